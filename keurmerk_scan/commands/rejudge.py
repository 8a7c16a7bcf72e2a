"""`keurmerk-scan rejudge SCAN_DIR`: judge a scan again from its archive, without network access."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from keurmerk_scan.commands.scan import iso_date

LABEL = {"voldoet": "voldoet", "voldoet_bijna": "voldoet bijna", "voldoet_niet": "voldoet niet",
         "niet_beoordeeld": "niet beoordeeld", None: "–"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "rejudge", help="beoordeel een eerdere scan opnieuw vanuit het archief (zonder internet)",
        description=("Lees de pagina's opnieuw uit het archief (archive.warc.gz) van een scan, beoordeel ze "
                     "met de huidige controles en normen, en schrijf een nieuw rapport naast het oude, met "
                     "de bevindingen die veranderd zijn."))
    p.add_argument("scan_dir", type=Path, metavar="SCAN_DIR", help="map van de scan (met index.json)")
    p.add_argument("--keurmerk-year", type=int, default=None,
                   help="Keurmerkjaar waarvan de normen gelden (standaard het jaar van de scan)")
    p.add_argument("--as-of", type=iso_date, default=None,
                   help="peildatum JJJJ-MM-DD (standaard de peildatum van de scan)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from keurmerk_scan.commands.scan import resolve_norms
    from keurmerk_scan.rejudge import rejudge_scan
    from norms import load_norms

    if not (args.scan_dir / "index.json").is_file():
        print(f"Fout: {args.scan_dir} is geen scanmap: index.json ontbreekt.", file=sys.stderr)
        return 2
    chosen = None
    if args.keurmerk_year is not None:
        chosen = resolve_norms(args.keurmerk_year)  # a Dutch error when there is no framework
        if chosen is None:
            return 2

    def norms_for(scan_year: int):
        if chosen is not None:
            return chosen
        try:
            return load_norms(scan_year)
        except (FileNotFoundError, ValueError):
            return None

    try:
        outcome = rejudge_scan(args.scan_dir, norms_for, as_of=args.as_of, keurmerk_year=args.keurmerk_year)
    except (OSError, ValueError) as exc:
        print(f"Fout: de scanmap {args.scan_dir} is onleesbaar: {exc}", file=sys.stderr)
        return 2
    for site in outcome.sites:
        print(f"- {site.url}: {site.message}")
        if site.new_report:
            print(f"  nieuw rapport: {site.new_report} (het oude rapport blijft staan)")
        for c in site.changes:
            if "oordeel" in c.what:
                print(f"  {c.criterion}: {LABEL[c.old_status]} → {LABEL[c.new_status]} ({c.change})")
            else:
                print(f"  {c.criterion}: oordeel gelijk ({LABEL[c.new_status]}), gewijzigd: {', '.join(c.what)}")
    done = sum(1 for s in outcome.sites if s.ok)
    print(f"{done} van {len(outcome.sites)} website(s) opnieuw beoordeeld; overzicht in "
          f"{args.scan_dir / outcome.summary}")
    return 0 if done == len(outcome.sites) else 1
