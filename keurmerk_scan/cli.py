"""Command-line entry point: ``keurmerk-scan <command> ...``.

Each command lives in ``keurmerk_scan/commands/<name>.py`` and exposes ``register(subparsers)``;
the parser it adds sets ``func(args) -> int`` (the exit code).
"""
from __future__ import annotations

import argparse
import logging
import sys
from importlib import import_module

from keurmerk_scan import __version__

COMMANDS = ("scan", "compare", "evaluate", "review", "demo", "rejudge", "prune", "service")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keurmerk-scan",
        description="Websitecheck Keurmerk Kortdurende GGZ: de websitecriteria van het normenkader van elk "
                    "Keurmerkjaar vanaf 2021 (2025: norm 2b, criteria 6-13).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="toon technische logregels")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS:
        import_module(f"keurmerk_scan.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
