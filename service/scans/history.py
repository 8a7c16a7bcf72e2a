"""History and regressions: per criterion, the verdict of a provider's website over time."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timezone

from pipeline.compare import RANK
from service.providers.models import Provider
from service.scans.models import Finding, Scan

LABELS = {"voldoet": "voldoet", "voldoet_bijna": "bijna", "voldoet_niet": "niet", "niet_beoordeeld": "n.b."}


@dataclass
class HistoryRow:
    scan_id: int
    url: str
    scanned_at: str
    crawl_status: str
    verdicts: dict[str, str]          # criterion -> automatic status
    decisions: dict[str, str]         # criterion -> review state, where a decision exists


def provider_history(provider: Provider) -> list[HistoryRow]:
    rows = []
    for scan in Scan.objects.filter(provider=provider).order_by("url", "scanned_at", "id").prefetch_related("findings"):
        findings = sorted(scan.findings.all(), key=lambda f: _criterion_key(f.criterion))
        rows.append(HistoryRow(
            scan_id=scan.pk, url=scan.url, scanned_at=scan.scanned_at.isoformat(), crawl_status=scan.crawl_status,
            verdicts={f.criterion: f.status for f in findings},
            decisions={f.criterion: f.review_state for f in findings if f.review_state},
        ))
    return rows


def _criterion_key(criterion: str) -> tuple:
    head, _, tail = criterion.partition("-")
    return (head, int(tail) if tail.isdigit() else 0)


@dataclass
class Regression:
    provider: str
    url: str
    criterion: str
    old_status: str
    new_status: str
    old_scanned_at: str
    new_scanned_at: str
    new_scan_id: int
    reason: str
    action: str
    evidence_url: str
    review_state: str

    def as_dict(self) -> dict:
        return asdict(self)


def regressions(since: date | None = None) -> list[Regression]:
    """Every provider website and criterion whose verdict went down from one judged scan to the next.

    A scan in which the site could not be read (niet_beoordeeld) is skipped: it is never a
    regression, and the next readable scan is compared with the last readable one before it.
    """
    since_dt = datetime.combine(since, time.min, tzinfo=timezone.utc) if since else None
    found: list[Regression] = []
    last: dict[tuple[int, str, str], Finding] = {}
    findings = (Finding.objects.select_related("scan", "scan__provider")
                .order_by("scan__scanned_at", "scan_id", "criterion"))
    for f in findings.iterator():
        if f.status not in RANK:
            continue
        key = (f.scan.provider_id, f.scan.url, f.criterion)
        previous = last.get(key)
        last[key] = f
        if previous is None or RANK[f.status] >= RANK[previous.status]:
            continue
        if since_dt and f.scan.scanned_at < since_dt:
            continue
        found.append(Regression(
            provider=f.scan.provider.name, url=f.scan.url, criterion=f.criterion,
            old_status=previous.status, new_status=f.status,
            old_scanned_at=previous.scan.scanned_at.isoformat(), new_scanned_at=f.scan.scanned_at.isoformat(),
            new_scan_id=f.scan_id, reason=f.reason, action=f.action,
            evidence_url=f.evidence[0]["url"] if f.evidence else "", review_state=f.review_state,
        ))
    found.sort(key=lambda r: (r.provider, r.url, _criterion_key(r.criterion), r.new_scanned_at))
    return found
