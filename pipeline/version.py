"""The tool version stamped into every report: the installed package's own (pyproject.toml)."""
from importlib.metadata import PackageNotFoundError, version

try:
    TOOL_VERSION = version("keurmerk-scan")
except PackageNotFoundError:  # run from a checkout that was never installed
    TOOL_VERSION = "0+onbekend"
