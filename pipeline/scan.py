"""The one-way flow of a scan: crawl -> snapshot -> checks -> findings -> site report -> files.

Nothing here fetches or judges by itself: it wires the crawler, the checks and the reports.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Sequence

from pipeline.version import TOOL_VERSION as __version__
from models.norms import NormSet
from models.report import IndexEntry, ScanIndex, SiteReport
from models.snapshot import Block, CrawlSummary, Page, SiteSnapshot


def judge(snapshot: SiteSnapshot, norms: NormSet, as_of: date, url: str | None = None) -> SiteReport:
    """Run the checks over a snapshot and wrap the findings in a site report."""
    from checks.base import CheckContext  # the checks (and spaCy) load at the first judgement
    from checks.runner import run_checks

    findings = run_checks(snapshot, CheckContext(norms=norms, as_of=as_of))
    return SiteReport(
        tool_version=__version__,
        url=url or snapshot.start_url,
        site=snapshot.site,
        keurmerk_year=norms.keurmerk_year,
        as_of=as_of,
        norm_version=norms.id,
        framework_year=norms.applied_framework_year,
        framework_notice=norms.framework_notice,
        scanned_at=snapshot.fetched_at,
        crawl=snapshot.crawl,
        findings=findings,
    )


def site_dir_name(url: str, taken: set[str]) -> str:
    """A readable, unique folder name for a site: its host (and port), safe for a file system."""
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/", 1)[0]
    base = re.sub(r"[^a-z0-9.\-]+", "_", host).strip("._") or "site"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def site_dirs(urls: Sequence[str]) -> list[Path]:
    """The folder of each site under the scan folder (``sites/<host>``), unique, in input order."""
    taken: set[str] = set()
    return [Path("sites") / site_dir_name(url, taken) for url in urls]


def write_site(report: SiteReport, snapshot: SiteSnapshot, out_dir: Path, rel: Path) -> IndexEntry:
    """Write one site's report.json, snapshot.json and report.html under ``out_dir / rel``."""
    from reports.html_report import render_site_report
    from reports.json_report import atomic_write_text, write_json

    site_dir = out_dir / rel
    site_dir.mkdir(parents=True, exist_ok=True)
    write_json(site_dir / "report.json", report)
    write_json(site_dir / "snapshot.json", snapshot)
    atomic_write_text(site_dir / "report.html", render_site_report(report))
    return IndexEntry(url=report.url, report=(rel / "report.json").as_posix(), status=report.crawl.status)


@lru_cache(maxsize=4)
def _norms(year: int) -> NormSet:
    from norms import load_norms

    return load_norms(year)


def judge_and_write_site(index: int, snapshot: SiteSnapshot, args: dict[str, Any]) -> dict[str, Any]:
    """The scan's work on one finished site where it was crawled (``crawler.run.SiteHook``):
    judge it and write its report.json, snapshot.json and report.html. ``args`` holds the
    Keurmerk year, the peildatum (ISO), the scan folder (absolute), and per site its URL as given
    and its folder under the scan folder. Returns the site's index entry (JSON)."""
    report = judge(snapshot, _norms(int(args["keurmerk_year"])), date.fromisoformat(args["as_of"]),
                   url=args["urls"][index])
    entry = write_site(report, snapshot, Path(args["out"]), Path(args["rels"][index]))
    return entry.model_dump(mode="json")


def prepare_judging(args: dict[str, Any]) -> None:
    """Load what judging needs (the checks, spaCy's tokenizer, the vocabularies, the norms of
    ``args``) by judging a small page: the crawl child's hook process does this when it starts
    (``crawler.run.SiteHook.init_function``), while the crawl fetches its first pages."""
    page = Page(url="http://voorbeeld.invalid/", title="Voorbeeld", blocks=[
        Block(kind="heading", text="Over de praktijk", level=1),
        Block(kind="paragraph", text="Wij bieden kortdurende behandeling. Bel bij spoed de huisarts.")])
    snapshot = SiteSnapshot(start_url=page.url, site="voorbeeld.invalid", fetched_at=datetime.now(timezone.utc),
                            pages=[page], crawl=CrawlSummary(status="ok"))
    judge(snapshot, _norms(int(args["keurmerk_year"])), date.fromisoformat(args["as_of"]))


def judge_pages_ahead(pages: list[tuple[int, Page]], args: dict[str, Any]) -> None:
    """The scan's work on pages as the crawl child stores them (``crawler.run.SiteHook``'s
    ``page_function``; (site index, page) pairs), while the rest of their sites is still being
    fetched: judge each page on its own, so that ``judge_and_write_site`` (same ``args``) finds its
    findings ready."""
    from checks.base import CheckContext
    from checks.runner import judge_pages_ahead as judge_ahead

    judge_ahead([page for _index, page in pages],
                CheckContext(norms=_norms(int(args["keurmerk_year"])), as_of=date.fromisoformat(args["as_of"])))


def write_index(entries: Sequence[IndexEntry], out_dir: Path) -> ScanIndex:
    """DIR/index.json over the sites' entries (in input order)."""
    from reports.json_report import write_json

    index = ScanIndex(sites=list(entries))
    write_json(out_dir / "index.json", index)
    return index


def write_scan(
    reports: Sequence[tuple[SiteReport, SiteSnapshot]],
    out_dir: Path,
) -> ScanIndex:
    """Write each site's report.json, report.html and snapshot.json, then DIR/index.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rels = site_dirs([report.url for report, _ in reports])
    entries = [write_site(report, snapshot, out_dir, rel) for (report, snapshot), rel in zip(reports, rels)]
    return write_index(entries, out_dir)
