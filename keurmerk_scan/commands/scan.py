"""`keurmerk-scan scan URL [URL ...] --out DIR`: crawl sites, judge them, write the reports."""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from crawler.options import CrawlOptions
from keurmerk_scan.progress import Progress

# spaCy (checks), Scrapy (crawler) and pydantic (models, norms) are imported where they are used,
# so --help, --version and argument errors answer without loading them.


def valid_url(value: str) -> str:
    parts = urlsplit(value if "://" in value else f"https://{value}")
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise argparse.ArgumentTypeError(
            f"ongeldige URL: {value!r} (verwacht bijvoorbeeld https://www.praktijk.nl/)"
        )
    return value


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldige datum: {value!r} (verwacht JJJJ-MM-DD)") from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"verwacht een positief geheel getal, niet {value!r}")
    return number


def add_judging_arguments(parser: argparse.ArgumentParser,
                          as_of_help: str = "peildatum JJJJ-MM-DD (standaard vandaag)") -> None:
    """Arguments shared by every command that judges sites (scan, eval)."""
    parser.add_argument("--keurmerk-year", type=int, default=2025,
                        help="Keurmerkjaar waarvan de normen gelden (standaard 2025)")
    parser.add_argument("--as-of", type=iso_date, default=None, help=as_of_help)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan een of meer websites en schrijf de rapporten",
                       description="Crawl de website(s) en beoordeel norm 2b, criteria 6-13.")
    p.add_argument("urls", nargs="+", type=valid_url, metavar="URL", help="startadres van een website")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="map voor de rapporten")
    add_judging_arguments(p)
    p.add_argument("--max-pages", type=positive_int, default=CrawlOptions.max_pages,
                   help=f"maximum aantal pagina's per website (standaard {CrawlOptions.max_pages})")
    p.add_argument("--render", choices=("auto", "never", "always"), default="auto",
                   help="pagina's met JavaScript renderen met Chromium (standaard auto)")
    p.set_defaults(func=run)


def resolve_norms(year: int):
    from norms import available_years, load_norms

    try:
        return load_norms(year)
    except FileNotFoundError:
        years = ", ".join(map(str, available_years()))
        print(f"Fout: geen normen voor Keurmerkjaar {year}. Beschikbaar: {years}.", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    from crawler.run import crawl_sites

    norms = resolve_norms(args.keurmerk_year)
    if norms is None:
        return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Fout: kan de uitvoermap {args.out} niet aanmaken: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    as_of = args.as_of or date.today()
    options = CrawlOptions(max_pages=args.max_pages, render=args.render)
    started = time.monotonic()
    progress = Progress(args.urls, stream=sys.stderr)
    rels: list[Path] = []
    judged: dict[int, object] = {}
    entries: dict[int, object] = {}

    def judge_and_write(index: int, snapshot) -> None:
        # called as each site's crawl is done: judging and writing run in this process while the
        # crawl children go on, and the snapshot is not kept once its files are written. The checks
        # (spaCy) are imported at the first call, while the crawl is already running.
        from keurmerk_scan.pipeline import judge, site_dirs, write_site

        if not rels:
            rels.extend(site_dirs(args.urls))  # folder names in input order, whatever order sites finish in
        report = judge(snapshot, norms, as_of, url=args.urls[index])
        entries[index] = write_site(report, snapshot, args.out, rels[index])
        judged[index] = report

    try:
        crawl_sites(args.urls, options, progress=progress.update, on_snapshot=judge_and_write)
        progress.finish()
        from keurmerk_scan.pipeline import write_index

        write_index([entries[i] for i in range(len(args.urls))], args.out)
    except OSError as exc:
        progress.finish()
        print(f"Fout: de rapporten konden niet worden geschreven in {args.out}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    reports = [(judged[i], None) for i in range(len(args.urls))]
    elapsed = time.monotonic() - started
    print_summary(reports, args.out, elapsed)
    return 0


def print_summary(reports, out_dir: Path, elapsed: float) -> None:
    labels = {"voldoet": "voldoet", "voldoet_bijna": "bijna", "voldoet_niet": "niet", "niet_beoordeeld": "n.b."}
    print(f"Scan klaar in {elapsed:.1f} s. Rapporten in {out_dir}/index.json")
    for report, _ in reports:
        crawl = report.crawl
        documents = f"{crawl.documents} document" + ("" if crawl.documents == 1 else "en")
        pages = f"{crawl.pages_fetched} pagina" + ("" if crawl.pages_fetched == 1 else "'s")
        print(f"- {report.url}: crawl {crawl.status}, {pages} ({crawl.pages_rendered} gerenderd), {documents}")
        if crawl.failure_reason:
            print(f"  {crawl.failure_reason}")
        print("  " + "  ".join(f"{f.criterion}: {labels[f.status]}" for f in report.findings))
