"""`keurmerk-scan scan URL [URL ...] --out DIR`: crawl sites, judge them, write the reports."""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from crawler.options import ARCHIVE_FILE, CrawlOptions
from keurmerk_scan.progress import Progress
from norms import FIRST_YEAR, UnsupportedYear, default_keurmerk_year

# spaCy (checks) and Scrapy (crawler) are imported where they are used, so --help, --version and
# argument errors answer without loading them.

YEAR_RULE_HELP = (
    "Keurmerkjaar waarvan de normen gelden; standaard de Keurmerkronde die op de peildatum loopt of als "
    "volgende komt: vanaf 1 juni (start van de aanvraag) het volgende jaar, daarvoor het lopende jaar "
    "(peildatum 2026-11-30 geeft 2027, 2027-05-31 geeft 2027, 2027-06-01 geeft 2028). Elk jaar vanaf "
    f"{FIRST_YEAR} kan; een jaar zonder eigen normenkader krijgt het nieuwste normenkader van een eerder jaar "
    "(het rapport vermeldt dat), de jaarregel van het CQI-rapportcijfer volgt het gevraagde jaar"
)


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


def keurmerk_year(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldig Keurmerkjaar: {value!r} (verwacht een jaartal, bijvoorbeeld 2027)") from None


def add_judging_arguments(parser: argparse.ArgumentParser,
                          as_of_help: str = "peildatum JJJJ-MM-DD (standaard vandaag)",
                          year_help: str = YEAR_RULE_HELP, default_year: int | None = None) -> None:
    """Arguments shared by every command that judges sites (scan, eval). ``default_year`` None:
    the year follows the peildatum (``resolve_year``)."""
    parser.add_argument("--keurmerk-year", type=keurmerk_year, default=default_year, metavar="JAAR", help=year_help)
    parser.add_argument("--as-of", type=iso_date, default=None, help=as_of_help)


def resolve_year(args: argparse.Namespace, as_of: date) -> int:
    """The requested Keurmerk year, or the default for the peildatum."""
    return args.keurmerk_year if args.keurmerk_year is not None else default_keurmerk_year(as_of)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan een of meer websites en schrijf de rapporten",
                       description="Crawl de website(s) en beoordeel de websitecriteria van het normenkader "
                                   "van het Keurmerkjaar (2025: norm 2b, criteria 6-13; 2021: norm 3).")
    p.add_argument("urls", nargs="+", type=valid_url, metavar="URL", help="startadres van een website")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="map voor de rapporten")
    add_judging_arguments(p)
    p.add_argument("--max-pages", type=positive_int, default=CrawlOptions.max_pages,
                   help=f"maximum aantal pagina's per website (standaard {CrawlOptions.max_pages})")
    p.add_argument("--render", choices=("auto", "never", "always"), default="auto",
                   help="pagina's met JavaScript renderen met Chromium (standaard auto)")
    add_archive_arguments(p)
    p.set_defaults(func=run)


def positive_number(value: str) -> float:
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        number = 0.0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"verwacht een positief getal, niet {value!r}")
    return number


def add_archive_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archive", action=argparse.BooleanOptionalAction, default=True,
                        help="bewaar alle antwoorden van de website in archive.warc.gz (standaard aan)")
    parser.add_argument("--archive-max-mb", type=positive_number, default=100.0, metavar="MB",
                        help="maximale grootte van het archief per website in MB (standaard 100)")
    parser.add_argument("--screenshots", action=argparse.BooleanOptionalAction, default=None,
                        help="maak schermafbeeldingen van de pagina's met bewijs "
                             "(standaard aan bij een scan van één website, tenzij --render never)")


def resolve_norms(year: int):
    """The norm framework applied to Keurmerk ``year`` (its own or a fallback), or None after a Dutch error."""
    from pipeline.scan import _norms  # the judging process forked from this one finds them loaded

    try:
        return _norms(year)
    except UnsupportedYear as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return None


def run(args: argparse.Namespace) -> int:
    from crawler.run import SiteHook, crawl_sites
    from models.report import IndexEntry, SiteReport
    from pipeline.scan import judge, site_dirs, write_index, write_site  # light: the checks load in judge()

    as_of = args.as_of or date.today()
    year = resolve_year(args, as_of)
    norms = resolve_norms(year)
    if norms is None:
        return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"Fout: kan de uitvoermap {args.out} niet aanmaken: {exc.strerror or exc}.", file=sys.stderr)
        return 2
    print(f"Keurmerk {norms.keurmerk_year}: {norms.framework_notice}.", file=sys.stderr)
    options = CrawlOptions(max_pages=args.max_pages, render=args.render,
                           archive_max_bytes=int(args.archive_max_mb * 1024 * 1024))
    started = time.monotonic()
    rels = site_dirs(args.urls)  # folder names in input order, whatever order the sites finish in
    folders = [args.out / rel for rel in rels]
    archive_paths = [folder / ARCHIVE_FILE for folder in folders] if args.archive else None
    progress = Progress(args.urls, stream=sys.stderr)
    # Default: on for a single site, unless the browser is switched off (--render never).
    screenshots = args.screenshots if args.screenshots is not None else (
        len(args.urls) == 1 and args.render != "never")
    judged: dict[int, object] = {}
    entries: dict[int, object] = {}

    def judge_and_write(index: int, snapshot) -> None:
        # called as each site's crawl is done, for the sites not judged in the crawl child (with
        # screenshots; a site the child could not finish): judging, screenshots and writing run in
        # this process while the crawl children go on, and the snapshot is not kept once its files
        # are written. The checks (spaCy) are imported at the first judge() call.
        report = judge(snapshot, norms, as_of, url=args.urls[index])
        if screenshots and any(f.evidence for f in report.findings):
            from keurmerk_scan.screenshots import gather_screenshots

            print(f"Schermafbeeldingen van de pagina's met bewijs: {report.url}", file=sys.stderr)
            gather_screenshots(report, snapshot, folders[index], options)
        entries[index] = write_site(report, snapshot, args.out, rels[index])
        judged[index] = report

    def written_in_child(index: int, entry: dict) -> None:
        entries[index] = IndexEntry.model_validate(entry)
        judged[index] = SiteReport.model_validate_json((args.out / rels[index] / "report.json").read_bytes())

    # Without screenshots each site is judged and written by the crawl child that crawled it (in
    # its hook process), and each page is judged there as soon as it is fetched, while the crawl
    # waits out its polite delays; what is left when the site is complete is the whole-site part:
    # a batch's judging runs on every core while the crawl goes on. Screenshots need this process
    # (one browser for all sites).
    hook = None if screenshots else SiteHook(
        function="pipeline.scan:judge_and_write_site",
        args={"keurmerk_year": year, "as_of": as_of.isoformat(), "out": str(args.out.absolute()),
              "urls": list(args.urls), "rels": [rel.as_posix() for rel in rels]},
        on_result=written_in_child,
        init_function="pipeline.scan:prepare_judging",
        page_function="pipeline.scan:judge_pages_ahead",
    )
    try:
        crawl_sites(args.urls, options, progress=progress.update, archive_paths=archive_paths,
                    on_snapshot=judge_and_write, site_hook=hook)
        progress.finish()
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
        if crawl.archive:
            size = f"{crawl.archive.bytes / 1024:.0f} kB".replace(".", ",")
            cut = f"; afgekapt, {crawl.archive.skipped_responses} antwoord(en) niet bewaard" if crawl.archive.truncated else ""
            shots = len({ev.url for f in report.findings for ev in f.evidence if ev.screenshot})
            extra = f", {shots} schermafbeelding(en)" if shots else ""
            print(f"  archief {crawl.archive.file}: {size}{cut}{extra}")
        print("  " + "  ".join(f"{f.criterion}: {labels[f.status]}" for f in report.findings))
