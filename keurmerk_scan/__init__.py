"""keurmerk-scan: website-transparency crawler and compliance checker for the Keurmerk Kortdurende GGZ.

The command line (``keurmerk-scan``); the flow it runs lives in ``pipeline``.
"""
from pipeline.version import TOOL_VERSION as __version__

__all__ = ["__version__"]
