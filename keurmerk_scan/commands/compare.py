"""`keurmerk-scan compare OUD NIEUW`: what changed between two scans of the same sites."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


LABEL = {"voldoet": "voldoet", "voldoet_bijna": "voldoet bijna", "voldoet_niet": "voldoet niet",
         "niet_beoordeeld": "niet beoordeeld", None: "–"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="vergelijk twee scans (herhaalscan: wat is veranderd, wat is verslechterd)",
                       description="Vergelijk twee scanmappen per website en criterium.")
    p.add_argument("old", type=Path, metavar="OUD", help="map van de eerdere scan")
    p.add_argument("new", type=Path, metavar="NIEUW", help="map van de nieuwe scan")
    p.add_argument("--out", type=Path, metavar="FILE", help="schrijf de vergelijking ook als JSON")
    p.add_argument("--fail-on-regression", action="store_true",
                   help="exitcode 1 als een criterium verslechterd is (voor geplande herhaalscans)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.compare import ScanFolderError, compare_scans  # pydantic models: only when used
    from reports.json_report import write_json

    try:
        comparison = compare_scans(args.old, args.new)
    except ScanFolderError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    for site in comparison.sites:
        if site.presence != "beide":
            print(f"- {site.url}: {site.presence}")
            continue
        crawl = "" if site.old_crawl_status == site.new_crawl_status else \
            f" (crawl {site.old_crawl_status} → {site.new_crawl_status})"
        changed = [c for c in site.changes if c.change != "gelijk"]
        print(f"- {site.url}: {len(changed)} wijziging(en), {len(site.regressions)} verslechtering(en){crawl}")
        if site.framework_note:
            print(f"  Let op: {site.framework_note}")
        for c in changed:
            print(f"  {c.criterion}: {LABEL[c.old_status]} → {LABEL[c.new_status]} ({c.change})")
    print(f"Totaal: {comparison.regression_count} verslechtering(en) op {len(comparison.sites)} website(s).")
    if args.out:
        write_json(args.out, comparison)
    return 1 if args.fail_on_regression and comparison.regression_count else 0
