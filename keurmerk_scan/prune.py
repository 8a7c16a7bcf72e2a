"""Prune evidence archives by age, never the archive of a site's latest scan.

Scan folders (a folder with ``index.json``) are found under a root folder. Per site (the
report's ``site``: the provider's host without ``www.``) the scan with the latest ``scanned_at``
keeps its archive whatever its age; from the other scans, archives whose scan is older than the
given number of days are removed (the WARC file; with ``screenshots`` also the screenshots).
Reports and snapshots stay: a pruned scan can still be read, only not judged again.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

from crawler.options import ARCHIVE_FILE
from models.report import SiteReport

SCREENSHOT_DIR = "screenshots"


@dataclass
class ArchiveEntry:
    site: str
    scanned_at: datetime
    site_dir: Path
    archive: Path

    @property
    def size(self) -> int:
        total = self.archive.stat().st_size if self.archive.is_file() else 0
        shots = self.site_dir / SCREENSHOT_DIR
        if shots.is_dir():
            total += sum(p.stat().st_size for p in shots.iterdir() if p.is_file())
        return total


@dataclass
class PrunePlan:
    remove: list[ArchiveEntry] = field(default_factory=list)
    keep_latest: list[ArchiveEntry] = field(default_factory=list)
    keep_recent: list[ArchiveEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def scan_dirs(root: Path) -> Iterator[Path]:
    root = Path(root)
    if (root / "index.json").is_file():
        yield root
    for index in sorted(root.rglob("index.json")):
        if index.parent != root:
            yield index.parent


def site_entries(root: Path, problems: list[str]) -> list[tuple[SiteReport, Path]]:
    """Every site report of every scan under ``root`` with its folder (unreadable ones noted)."""
    out: list[tuple[SiteReport, Path]] = []
    for scan in scan_dirs(root):
        try:
            index = json.loads((scan / "index.json").read_text(encoding="utf-8"))
            reports = [scan / entry["report"] for entry in index.get("sites", [])]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            problems.append(f"{scan}/index.json is onleesbaar; deze map is overgeslagen.")
            continue
        for path in reports:
            try:
                report = SiteReport.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                problems.append(f"{path} is onleesbaar; deze website is overgeslagen.")
                continue
            out.append((report, path.parent))
    return out


def plan_prune(root: Path, older_than_days: float, now: datetime | None = None) -> PrunePlan:
    now = now or datetime.now(timezone.utc)
    cutoff = now - timedelta(days=older_than_days)
    plan = PrunePlan()
    entries = site_entries(root, plan.problems)
    latest: dict[str, datetime] = {}
    for report, _ in entries:
        scanned = _aware(report.scanned_at)
        if report.site not in latest or scanned > latest[report.site]:
            latest[report.site] = scanned
    for report, site_dir in entries:
        name = report.crawl.archive.file if report.crawl.archive else ARCHIVE_FILE
        archive = site_dir / name
        if not archive.is_file():
            continue
        entry = ArchiveEntry(site=report.site, scanned_at=_aware(report.scanned_at), site_dir=site_dir, archive=archive)
        if entry.scanned_at >= latest[report.site]:
            plan.keep_latest.append(entry)
        elif entry.scanned_at < cutoff:
            plan.remove.append(entry)
        else:
            plan.keep_recent.append(entry)
    return plan


def apply_prune(plan: PrunePlan, screenshots: bool = False) -> int:
    """Remove what the plan says; return the bytes freed."""
    freed = 0
    for entry in plan.remove:
        if screenshots:
            freed += entry.size
            shutil.rmtree(entry.site_dir / SCREENSHOT_DIR, ignore_errors=True)
        else:
            freed += entry.archive.stat().st_size
        entry.archive.unlink(missing_ok=True)
    return freed


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
