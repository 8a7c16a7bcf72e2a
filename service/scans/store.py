"""Store a site report of the pipeline as a Scan with its Findings (the only way scans are written)."""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

from django.db import transaction

from models.finding import Evidence
from models.report import SiteReport
from service.providers.models import Provider, Website
from service.scans.models import Batch, Finding, Scan


def evidence_fingerprint(evidence: list[Evidence] | list[dict]) -> str:
    """A hash of what a finding rests on: page path and quoted text (case and spacing ignored).

    The host is left out, so ``www.`` or a move to https does not count as changed evidence.
    """
    items = []
    for e in evidence:
        url, quote = (e.url, e.quote) if isinstance(e, Evidence) else (e.get("url", ""), e.get("quote", ""))
        parts = urlsplit(url)
        where = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        items.append([where, re.sub(r"\s+", " ", quote).strip().casefold()])
    return hashlib.sha256(json.dumps(sorted(items), ensure_ascii=False).encode()).hexdigest()


@transaction.atomic
def store_report(report: SiteReport, provider: Provider, website: Website | None, *,
                 batch: Batch | None = None, source: str = "batch",
                 started_at: datetime | None = None) -> Scan:
    from service.reviews.decisions import apply_decisions

    scan = Scan.objects.create(
        provider=provider, website=website, batch=batch, source=source,
        url=report.url, site=report.site, keurmerk_year=report.keurmerk_year,
        norm_version=report.norm_version, tool_version=report.tool_version, as_of=report.as_of,
        scanned_at=report.scanned_at, started_at=started_at, finished_at=datetime.now(timezone.utc),
        crawl_status=report.crawl.status, failure_reason=report.crawl.failure_reason or "",
        pages_fetched=report.crawl.pages_fetched, report=report.model_dump(mode="json"),
    )
    Finding.objects.bulk_create([
        Finding(scan=scan, criterion=f.criterion, status=f.status, confidence=f.confidence,
                needs_review=f.needs_review, reason=f.reason, action=f.action,
                evidence=[e.model_dump(mode="json") for e in f.evidence], details=f.details,
                evidence_fingerprint=evidence_fingerprint(f.evidence))
        for f in report.findings
    ])
    apply_decisions(scan)
    return scan


def report_of(scan: Scan) -> SiteReport:
    """The scan as the pipeline wrote it (lossless)."""
    return SiteReport.model_validate(scan.report)
