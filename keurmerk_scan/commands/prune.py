"""`keurmerk-scan prune ROOT --older-than DAGEN`: remove old evidence archives, never the latest."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from keurmerk_scan.commands.scan import positive_number


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "prune", help="ruim oude archieven op (nooit het archief van de laatste scan van een website)",
        description=("Verwijder de archieven (archive.warc.gz) van scans onder ROOT die ouder zijn dan het "
                     "opgegeven aantal dagen. Het archief van de laatste scan van elke website blijft altijd "
                     "staan; rapporten blijven ook staan."))
    p.add_argument("root", type=Path, metavar="ROOT", help="map met scanmappen (of één scanmap)")
    p.add_argument("--older-than", type=positive_number, required=True, metavar="DAGEN",
                   help="verwijder archieven van scans ouder dan dit aantal dagen")
    p.add_argument("--screenshots", action="store_true",
                   help="verwijder ook de schermafbeeldingen van die scans")
    p.add_argument("--dry-run", action="store_true", help="toon alleen wat verwijderd zou worden")
    p.set_defaults(func=run)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def run(args: argparse.Namespace) -> int:
    from keurmerk_scan.prune import apply_prune, plan_prune

    if not args.root.is_dir():
        print(f"Fout: {args.root} is geen map.", file=sys.stderr)
        return 2
    plan = plan_prune(args.root, args.older_than)
    for problem in plan.problems:
        print(f"Let op: {problem}", file=sys.stderr)
    verb = "zou verwijderen" if args.dry_run else "verwijderd"
    for entry in plan.remove:
        print(f"- {verb}: {entry.archive} ({entry.site}, scan van {entry.scanned_at:%d-%m-%Y})")
    for entry in plan.keep_latest:
        print(f"- bewaard (laatste scan van {entry.site}): {entry.archive}")
    if args.dry_run:
        total = sum(e.size if args.screenshots else e.archive.stat().st_size for e in plan.remove)
        print(f"Proefrun: {len(plan.remove)} archief/archieven ({_mb(total)}) zouden worden verwijderd; "
              f"{len(plan.keep_latest) + len(plan.keep_recent)} blijven staan.")
        return 0
    freed = apply_prune(plan, screenshots=args.screenshots)
    print(f"{len(plan.remove)} archief/archieven verwijderd ({_mb(freed)} vrijgemaakt); "
          f"{len(plan.keep_latest) + len(plan.keep_recent)} blijven staan.")
    return 0
