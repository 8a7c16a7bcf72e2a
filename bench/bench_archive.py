"""Benchmark of the evidence archive; prints figures (no pass/fail).

For the demo site and for a generated 150-page local site: the crawl time without and with the
WARC archive (overhead of archiving), the archive size, the time and disk size of the evidence
screenshots (Chromium), and the time to rebuild the snapshot from the archive and judge it again.
Crawls run with the polite delays off (as in ``bench_scan.py``), so the overhead is not hidden
behind waiting time; every crawl runs ``--runs`` times and the fastest run is reported.

    .venv/bin/python bench/bench_archive.py [--pages 150] [--runs 3] [--cli]

``--cli`` also times whole ``keurmerk-scan scan`` commands with the polite defaults (AutoThrottle,
download delay), without and with archive and screenshots: the overhead a user sees.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.options import CrawlOptions  # noqa: E402
from crawler.replay import snapshot_from_warc  # noqa: E402
from crawler.run import crawl_sites  # noqa: E402
from pipeline.scan import judge  # noqa: E402
from keurmerk_scan.screenshots import gather_screenshots  # noqa: E402
from keurmerk_scan.siteserver import Route, SiteServer, routes_from_directory  # noqa: E402
from norms import load_norms  # noqa: E402

DEMO = REPO / "examples" / "demo-site"
AS_OF = date(2025, 1, 15)

# Text of the generated site (written for this benchmark).
TOPICS = [
    ("Bereikbaarheid", "Buiten kantooruren en bij spoed belt u uw huisarts of de huisartsenpost; bij acuut "
                       "gevaar belt u 112."),
    ("Ons team", "Drs. Lotte Smit is GZ-psycholoog (BIG-registratie) en cognitief gedragstherapeut VGCt."),
    ("Voor wie", "Wij behandelen volwassenen met lichte tot matige angst- en stemmingsklachten. Bij ernstige "
                 "verslaving of acute psychose verwijzen wij door."),
    ("Werkwijze", "Na de aanmelding volgt een intake; samen stellen we een behandelplan op en we evalueren "
                  "halverwege en aan het einde van de behandeling."),
    ("Behandelingen", "Wij werken met cognitieve gedragstherapie, EMDR en schematherapie."),
    ("Online", "Naast de gesprekken gebruikt u tussen de sessies online modules in een beveiligde omgeving."),
    ("Kwaliteit", "Cliënten gaven ons over 2024 gemiddeld een 8,6 in de CQI-vragenlijst."),
]
FILLER = ("In onze praktijk staat de samenwerking met de cliënt centraal. We bespreken wat u wilt bereiken "
          "en hoe u daar stap voor stap naartoe werkt. ")


def slug(i: int) -> str:
    """Letters only (a, b, ..., ba, ...): numbered paths would trip the crawler's trap guard."""
    out = ""
    while True:
        i, r = divmod(i, 26)
        out = chr(97 + r) + out
        if i == 0:
            return "onderwerp-" + out


def generated_site(pages: int) -> dict[str, Route]:
    """A site of ``pages`` HTML pages of ordinary weight (menu, inline style, footer, text)."""
    style = "<style>" + "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#3{i % 10}3}}" for i in range(400)) + "</style>"
    menu = "<nav class='menu'><ul>" + "".join(f"<li><a href='/{slug(i)}'>Pagina {i}</a></li>" for i in range(1, 30)) + "</ul></nav>"
    footer = "<footer><p>Praktijk De Meerpaal · Dorpsstraat 1 · 1234 AB Ergens · 012-3456789</p></footer>"

    def html(title: str, body: str) -> Route:
        return Route.html(f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title>"
                          f"{style}</head><body><header>{menu}</header><main><h1>{title}</h1>{body}</main>"
                          f"{footer}</body></html>")

    routes: dict[str, Route] = {}
    links = "".join(f"<p><a href='/{slug(i)}'>Lees meer over onderwerp {i}</a></p>" for i in range(1, pages))
    routes["/"] = html("Praktijk De Meerpaal", f"<p>Welkom bij onze praktijk voor kortdurende GGZ.</p>{links}")
    for i in range(1, pages):
        title, sentence = TOPICS[i % len(TOPICS)]
        body = f"<h2>{title} ({i})</h2><p>{sentence}</p>" + "".join(f"<p>{FILLER}{j}</p>" for j in range(8))
        routes[f"/{slug(i)}"] = html(f"{title} {i}", body)
    return routes


def kb(n: float) -> str:
    return f"{n / 1024:.0f} kB" if n < 10 * 2**20 else f"{n / 2**20:.1f} MB"


def bench_write(routes: dict[str, Route]) -> tuple[float, int]:
    """The archiving work alone: every route's response written once, in-process (seconds, bytes)."""
    from scrapy import Request
    from scrapy.http import HtmlResponse, Response

    from crawler.archive import SiteArchive

    base = "http://127.0.0.1:8000"
    pairs = []
    for path, route in routes.items():
        cls = HtmlResponse if "html" in route.content_type else Response
        pairs.append((Request(base + path, meta={"page": True}),
                      cls(base + path, body=route.body, status=route.status,
                          headers={"Content-Type": route.content_type, **route.headers})))
    with tempfile.TemporaryDirectory(prefix="bench-warc-") as tmp:
        started = time.perf_counter()
        archive = SiteArchive(Path(tmp) / "a.warc.gz", base + "/")
        for request, response in pairs:
            archive.add_exchange(request, response)
        archive.close({})
        return time.perf_counter() - started, archive.size


def bench_site(label: str, routes: dict[str, Route], host: str, options: CrawlOptions, runs: int) -> None:
    norms = load_norms(2025)
    with SiteServer(routes, host=host) as server, tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        plain: list[float] = []
        archived: list[float] = []
        snapshot = None
        warc = Path(tmp) / "archive.warc.gz"
        for run in range(runs):
            started = time.perf_counter()
            crawl_sites([server.url], options)
            plain.append(time.perf_counter() - started)
            started = time.perf_counter()
            [snapshot] = crawl_sites([server.url], options, archive_paths=[warc])
            archived.append(time.perf_counter() - started)
        assert snapshot is not None
        info = snapshot.crawl.archive
        body_bytes = sum(len(r.body) for r in routes.values())
        print(f"{label}: {snapshot.crawl.pages_fetched} pages ({snapshot.crawl.pages_rendered} rendered), "
              f"{snapshot.crawl.documents} documents, site bytes served once {kb(body_bytes)}")
        print(f"  crawl without archive: fastest {min(plain):.2f} s (median {statistics.median(plain):.2f} s)")
        print(f"  crawl with archive:    fastest {min(archived):.2f} s (median {statistics.median(archived):.2f} s); "
              f"overhead {min(archived) - min(plain):+.2f} s ({(min(archived) / min(plain) - 1) * 100:+.0f} %)")
        print(f"  archive: {kb(info.bytes)} ({info.records} records, truncated: {info.truncated})")
        write_seconds, _ = bench_write(routes)
        print(f"  archiving work alone (every response written once, in-process): {write_seconds * 1000:.0f} ms")

        report = judge(snapshot, norms, AS_OF)
        site_dir = Path(tmp) / "site"
        started = time.perf_counter()
        shots = gather_screenshots(report, snapshot, site_dir, options)
        shot_time = time.perf_counter() - started
        shot_dir = site_dir / "screenshots"
        pngs = sum(p.stat().st_size for p in shot_dir.glob("*.png")) if shot_dir.is_dir() else 0
        thumbs = sum(p.stat().st_size for p in shot_dir.glob("*.jpg")) if shot_dir.is_dir() else 0
        print(f"  screenshots: {shots} pictures (evidence pages and quoted PDF pages) in {shot_time:.2f} s "
              f"(incl. Chromium start); PNG {kb(pngs)}, thumbnails {kb(thumbs)}")

        started = time.perf_counter()
        replayed = snapshot_from_warc(warc)
        again = judge(replayed, norms, AS_OF)
        print(f"  rejudge from archive: {time.perf_counter() - started:.2f} s; same findings: "
              f"{[f.status for f in again.findings] == [f.status for f in report.findings]}")


def bench_cli(label: str, routes: dict[str, Route], host: str, pages: int) -> None:
    """Whole ``keurmerk-scan scan`` runs with the polite defaults: what a user waits for."""
    import subprocess

    cli = [sys.executable, "-m", "keurmerk_scan", "scan"]
    variants = (("no archive, no screenshots", ["--no-archive", "--no-screenshots"]),
                ("archive, no screenshots", ["--no-screenshots"]),
                ("archive and screenshots (the default)", []))
    with SiteServer(routes, host=host) as server:
        for name, extra in variants:
            with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
                started = time.perf_counter()
                result = subprocess.run([*cli, server.url, "--out", tmp, "--as-of", AS_OF.isoformat(),
                                         "--max-pages", str(pages), *extra],
                                        cwd=REPO, capture_output=True, text=True)
                elapsed = time.perf_counter() - started
                size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
            print(f"{label}, scan command, {name}: {elapsed:.1f} s, output {kb(size)} (exit {result.returncode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cli", action="store_true",
                        help="also time whole scan commands with the polite defaults (slow: minutes)")
    args = parser.parse_args()
    judge_warmup = load_norms(2025)  # noqa: F841 (spaCy and vocabularies load inside the first judge)
    fast = CrawlOptions(autothrottle=False, download_delay=0, max_pages=max(150, args.pages))
    bench_site("demo site", routes_from_directory(DEMO), "127.0.0.1", fast, args.runs)
    bench_site(f"generated {args.pages}-page site", generated_site(args.pages), "127.0.0.1",
               CrawlOptions(autothrottle=False, download_delay=0, max_pages=args.pages, render="never"), args.runs)
    if args.cli:
        bench_cli("demo site", routes_from_directory(DEMO), "127.0.0.1", 150)
        bench_cli(f"generated {args.pages}-page site", generated_site(args.pages), "127.0.0.1", args.pages)


if __name__ == "__main__":
    main()
