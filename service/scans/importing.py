"""``import-scan DIR``: store the sites of a scan folder written by ``keurmerk-scan scan``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from crawler.scope import normalize_start_url, site_name
from pipeline.compare import ScanFolderError, load_scan
from service.providers.models import Website
from service.scans.models import Scan
from service.scans.store import store_report


@dataclass
class ScanImportResult:
    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # already in the database
    problems: list[str] = field(default_factory=list)  # no provider with this website


def find_website(url: str) -> Website | None:
    """The provider website a scanned URL belongs to: same URL, else same site (host)."""
    try:
        url = normalize_start_url(url)
    except ValueError:
        return None
    exact = Website.objects.filter(url=url).select_related("provider").order_by("-active").first()
    if exact:
        return exact
    site = site_name(url)
    for website in Website.objects.select_related("provider").order_by("-active"):
        if site_name(website.url) == site:
            return website
    return None


@transaction.atomic
def import_scan_folder(folder: Path) -> ScanImportResult:
    """All sites of the folder or none: a site without a known provider stops the import."""
    try:
        reports = load_scan(Path(folder))
    except ScanFolderError as exc:
        return ScanImportResult(problems=[str(exc)])
    result = ScanImportResult()
    matched = []
    for url, report in reports.items():
        website = find_website(url)
        if website is None:
            result.problems.append(f"{url}: geen aanbieder met deze website; voeg hem toe aan de lijst van "
                                   "Keurmerkdragers (providers import) en importeer de scan opnieuw.")
        else:
            matched.append((url, report, website))
    if result.problems:
        return result
    for url, report, website in matched:
        if Scan.objects.filter(website=website, scanned_at=report.scanned_at, url=report.url).exists():
            result.skipped.append(url)
            continue
        store_report(report, website.provider, website, source="import")
        result.stored.append(url)
    return result
