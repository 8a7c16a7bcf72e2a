"""`keurmerk-scan demo`: serve the bundled example site on localhost, scan it and assess it."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


REPO = Path(__file__).resolve().parents[2]
DEMO_SITE = REPO / "examples" / "demo-site"
DEMO_REVIEW = REPO / "examples" / "review-voorbeeld.yaml"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="scan en beoordeel de meegeleverde voorbeeldwebsite",
                       description="Start de voorbeeldwebsite op localhost, scan haar en maak de beoordeling.")
    p.add_argument("--out", type=Path, default=Path("demo-out"), metavar="DIR")
    p.add_argument("--keurmerk-year", type=int, default=2025)
    p.add_argument("--as-of", default="2025-01-15", help="peildatum van de demo (standaard 2025-01-15)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from keurmerk_scan.cli import main

    if not DEMO_SITE.is_dir():
        print(f"Fout: voorbeeldwebsite niet gevonden in {DEMO_SITE}", file=sys.stderr)
        return 2
    from keurmerk_scan.siteserver import SiteServer, routes_from_directory

    with SiteServer(routes_from_directory(DEMO_SITE), host="127.0.0.1") as server:
        print(f"Voorbeeldwebsite 'Praktijk De Linde' draait op {server.url}")
        code = main(["scan", server.url, "--out", str(args.out),
                     "--keurmerk-year", str(args.keurmerk_year), "--as-of", args.as_of])
    if code != 0:
        return code
    index = json.loads((args.out / "index.json").read_text(encoding="utf-8"))
    report_json = args.out / index["sites"][0]["report"]
    print(f"\nWebsiterapport (HTML): {report_json.with_name('report.html').resolve()}")
    if DEMO_REVIEW.exists():
        assess_dir = args.out / "beoordeling"
        code = main(["assess", str(report_json), "--review", str(DEMO_REVIEW), "--out", str(assess_dir)])
        if code != 0:
            return code
        print(f"Totaalbeoordeling: {(assess_dir / 'assessment.html').resolve()}")
        print(f"                   {(assess_dir / 'assessment.pdf').resolve()}")
    return 0
