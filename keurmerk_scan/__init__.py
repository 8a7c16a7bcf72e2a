"""keurmerk-scan: website-transparency crawler and compliance checker for the Keurmerk Kortdurende GGZ."""
__version__ = "0.1.0"
