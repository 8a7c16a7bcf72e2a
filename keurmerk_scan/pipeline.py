"""The scan flow under its earlier import path (``keurmerk_scan.pipeline.judge``), kept for tools
outside the project that call it (such as the shared performance harness); it lives in
``pipeline.scan``."""
from pipeline.scan import judge, site_dir_name, site_dirs, write_index, write_scan, write_site

__all__ = ["judge", "site_dir_name", "site_dirs", "write_index", "write_scan", "write_site"]
