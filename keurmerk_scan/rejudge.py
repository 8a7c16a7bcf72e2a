"""Judge a scan again from its evidence archive: WARC -> snapshot -> checks -> new report.

No network: the snapshot is rebuilt from the archived responses (``crawler.replay``), judged by
the current checks and norms, and written beside the original report with the list of findings
that changed. Screenshots of the original scan stay with the evidence they show.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from pydantic import BaseModel, Field

from crawler.options import ARCHIVE_FILE
from pipeline.compare import compare_status
from models.finding import Finding
from models.norms import NormSet
from models.report import SiteReport


class FindingChange(BaseModel):
    criterion: str
    old_status: str | None
    new_status: str | None
    change: str = Field(description="compare's status change (verbeterd, verslechterd, gelijk, ...)")
    what: list[str] = Field(description="Dutch: which parts changed (oordeel, reden, actie, bewijs)")
    old_reason: str = ""
    new_reason: str = ""


class SiteRejudgement(BaseModel):
    url: str
    site_dir: str
    ok: bool
    message: str = Field(description="Dutch")
    old_report: str | None = None
    new_report: str | None = None
    archive_truncated: bool = False
    changes: list[FindingChange] = Field(default_factory=list)


class Rejudgement(BaseModel):
    scan_dir: str
    rejudged_at: datetime
    keurmerk_year: int | None = None
    summary: str = Field("", description="File name of this overview in the scan folder")
    sites: list[SiteRejudgement]


def finding_changes(old: SiteReport, new: SiteReport) -> list[FindingChange]:
    """Findings that differ in verdict, reason, action or evidence (criterion order of the old)."""
    old_f: dict[str, Finding] = {f.criterion: f for f in old.findings}
    new_f: dict[str, Finding] = {f.criterion: f for f in new.findings}
    changes: list[FindingChange] = []
    for criterion in list(old_f) + [c for c in new_f if c not in old_f]:
        o, n = old_f.get(criterion), new_f.get(criterion)
        what: list[str] = []
        if o is None or n is None or o.status != n.status:
            what.append("oordeel")
        if o is not None and n is not None:
            if o.reason != n.reason:
                what.append("reden")
            if o.action != n.action:
                what.append("actie")
            if [(e.url, e.quote) for e in o.evidence] != [(e.url, e.quote) for e in n.evidence]:
                what.append("bewijs")
        if what:
            changes.append(FindingChange(
                criterion=criterion,
                old_status=o.status if o else None,
                new_status=n.status if n else None,
                change=compare_status(o.status if o else None, n.status if n else None),
                what=what,
                old_reason=o.reason if o else "",
                new_reason=n.reason if n else "",
            ))
    return changes


def keep_screenshots(old: SiteReport, new: SiteReport) -> None:
    """Evidence pages shot during the scan keep their pictures in the new report: the same quote
    its own thumbnail, a new quote on a shot page the page's screenshot and its top."""
    by_quote = {(ev.url, ev.quote): (ev.screenshot, ev.thumbnail)
                for f in old.findings for ev in f.evidence if ev.screenshot}
    by_url = {url: (shot, shot.rsplit(".", 1)[0] + "-klein.jpg") for (url, _), (shot, _) in by_quote.items()}
    for finding in new.findings:
        for ev in finding.evidence:
            if ev.screenshot:
                continue
            pictures = by_quote.get((ev.url, ev.quote)) or by_url.get(ev.url)
            if pictures:
                ev.screenshot, ev.thumbnail = pictures


def rejudge_site(site_dir: Path, norms_for: Callable[[int], NormSet | None], as_of: date | None,
                 stamp: str) -> SiteRejudgement:
    from crawler.replay import ArchiveError, snapshot_from_warc
    from pipeline.scan import judge
    from reports.html_report import render_site_report
    from reports.json_report import atomic_write_text, write_json

    report_path = site_dir / "report.json"
    try:
        old = SiteReport.model_validate_json(report_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return SiteRejudgement(url=str(site_dir), site_dir=str(site_dir), ok=False,
                               message=f"het rapport {report_path} is onleesbaar ({exc}); niet opnieuw beoordeeld.")
    archive_name = old.crawl.archive.file if old.crawl.archive else ARCHIVE_FILE
    archive = site_dir / archive_name
    result = SiteRejudgement(url=old.url, site_dir=str(site_dir), ok=False, message="",
                             old_report=str(report_path))
    if not archive.is_file():
        result.message = ("deze scan heeft geen archief (gemaakt zonder --archive of opgeruimd); "
                          "niet opnieuw beoordeeld.")
        return result
    try:
        snapshot = snapshot_from_warc(archive)
    except ArchiveError as exc:
        result.message = f"{exc}; niet opnieuw beoordeeld."
        return result
    norms: NormSet | None = norms_for(old.keurmerk_year)
    if norms is None:
        result.message = "geen normen voor dit Keurmerkjaar; niet opnieuw beoordeeld."
        return result
    new = judge(snapshot, norms, as_of or old.as_of, url=old.url)
    new.rejudged_at = datetime.now(timezone.utc).replace(microsecond=0)
    keep_screenshots(old, new)
    base = site_dir / f"rejudged-{stamp}"
    write_json(base.with_suffix(".json"), new)
    atomic_write_text(base.with_suffix(".html"), render_site_report(new))
    result.ok = True
    result.new_report = str(base.with_suffix(".json"))
    result.archive_truncated = bool(snapshot.crawl.archive and snapshot.crawl.archive.truncated)
    result.changes = finding_changes(old, new)
    n = len(result.changes)
    result.message = ("geen wijzigingen" if n == 0 else
                      f"{n} bevinding{'' if n == 1 else 'en'} gewijzigd")
    if result.archive_truncated:
        result.message += " (let op: het archief was afgekapt, niet alle pagina's zijn opnieuw gelezen)"
    return result


def rejudge_scan(scan_dir: Path, norms_for: Callable[[int], NormSet | None], as_of: date | None = None,
                 keurmerk_year: int | None = None) -> Rejudgement:
    """Rejudge every site of a scan folder; write ``rejudged-<time>.json`` with the changes."""
    from reports.json_report import write_json

    index = json.loads((scan_dir / "index.json").read_text(encoding="utf-8"))
    now = datetime.now(timezone.utc).replace(microsecond=0)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    n = 2
    while (scan_dir / f"rejudged-{stamp}.json").exists():  # two runs within one second
        stamp, n = f"{now.strftime('%Y%m%dT%H%M%SZ')}-{n}", n + 1
    sites = [rejudge_site((scan_dir / entry["report"]).parent, norms_for, as_of, stamp)
             for entry in index.get("sites", [])]
    outcome = Rejudgement(scan_dir=str(scan_dir), rejudged_at=now, keurmerk_year=keurmerk_year, sites=sites,
                          summary=f"rejudged-{stamp}.json")
    write_json(scan_dir / outcome.summary, outcome)
    return outcome
