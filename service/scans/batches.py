"""Batches of re-scans: per-site task state in the database, so a batch survives any worker.

- ``claim``: a conditional UPDATE (``WHERE state = wacht OR lease ran out``) hands each site to
  exactly one worker; the same statement works on SQLite and PostgreSQL.
- A claim is a lease with a token. The worker renews it while it crawls (``Heartbeat``); a worker
  killed with ``kill -9`` stops renewing, and after the lease another worker takes the site over.
- ``finish`` stores the scan only while the worker still holds the claim (token unchanged), in
  one transaction with marking the site done: a finished site is never redone, a site is never
  stored twice.
- A site that could not be read is put back with ``not_before`` (retried later in the batch);
  after the last attempt its niet_beoordeeld scan is stored.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.db.models import F, Q

from models.report import SiteReport
from service.providers.models import Provider, Website
from service.scans.models import Batch, BatchItem
from service.scans.store import store_report

logger = logging.getLogger(__name__)


def now() -> datetime:
    return datetime.now(timezone.utc)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def current_websites(provider: Provider | None = None) -> Iterable[Website]:
    qs = Website.objects.filter(active=True, provider__in=Provider.objects.current()).select_related("provider")
    if provider is not None:
        qs = Website.objects.filter(active=True, provider=provider)
    return qs.order_by("provider__name", "url")


@transaction.atomic
def create_batch(websites: Iterable[Website], *, kind: str = "handmatig", keurmerk_year: int | None = None,
                 as_of: date | None = None, crawl_options: dict | None = None) -> Batch:
    batch = Batch.objects.create(kind=kind, keurmerk_year=keurmerk_year or settings.KEURMERK_DEFAULT_YEAR,
                                 as_of=as_of, crawl_options=crawl_options or {})
    BatchItem.objects.bulk_create([BatchItem(batch=batch, website=w) for w in websites])
    return batch


def _claimable(batch_id: int, at: datetime) -> Q:
    pending = Q(state=BatchItem.PENDING) & (Q(not_before__isnull=True) | Q(not_before__lte=at))
    lost = Q(state=BatchItem.RUNNING, lease_until__lt=at)
    return Q(batch_id=batch_id) & (pending | lost)


def claim(batch_id: int, worker: str, limit: int = 1) -> tuple[str, list[BatchItem]]:
    """Claim up to ``limit`` sites of the batch for this worker; returns (token, items)."""
    token = uuid.uuid4().hex
    claimed: list[int] = []
    at = now()
    candidates = list(BatchItem.objects.filter(_claimable(batch_id, at))
                      .order_by("attempts", "id").values_list("id", flat=True)[: limit * 3])
    for item_id in candidates:
        if len(claimed) >= limit:
            break
        # The WHERE clause repeats the claimable condition: of two workers racing for a site, the
        # database lets exactly one UPDATE match.
        won = BatchItem.objects.filter(_claimable(batch_id, at), pk=item_id).update(
            state=BatchItem.RUNNING, claim_token=token, worker=worker, attempts=F("attempts") + 1,
            lease_until=at + timedelta(seconds=settings.KEURMERK_LEASE_SECONDS), started_at=at)
        if won:
            claimed.append(item_id)
    items = list(BatchItem.objects.filter(pk__in=claimed).select_related("website", "website__provider", "batch"))
    return token, items


def renew(token: str) -> int:
    return BatchItem.objects.filter(claim_token=token, state=BatchItem.RUNNING).update(
        lease_until=now() + timedelta(seconds=settings.KEURMERK_LEASE_SECONDS))


class Heartbeat:
    """Renews a claim every third of the lease while the worker crawls."""

    def __init__(self, token: str):
        self.token = token
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="keurmerk-heartbeat")

    def _run(self) -> None:
        interval = max(settings.KEURMERK_LEASE_SECONDS / 3, 0.2)
        try:
            while not self._stop.wait(interval):
                try:
                    renew(self.token)
                except Exception:  # noqa: BLE001 (a missed beat is retried; the lease has slack)
                    logger.exception("heartbeat failed")
        finally:
            connection.close()

    def __enter__(self) -> "Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def finish(item: BatchItem, token: str, report: SiteReport, started_at: datetime) -> bool:
    """Store the site's scan and mark it done, or put an unreadable site back for a later attempt.

    Returns False when the claim was lost (another worker took the site over): nothing is stored.
    """
    readable = report.crawl.status != "failed"
    last_attempt = item.attempts >= settings.KEURMERK_MAX_ATTEMPTS
    with transaction.atomic():
        mine = BatchItem.objects.filter(pk=item.pk, claim_token=token, state=BatchItem.RUNNING)
        if not readable and not last_attempt:
            return bool(mine.update(
                state=BatchItem.PENDING, claim_token="", lease_until=None, last_error=report.crawl.failure_reason or "",
                not_before=now() + timedelta(seconds=settings.KEURMERK_RETRY_DELAY_SECONDS)))
        if not mine.update(state=BatchItem.DONE, finished_at=now(), lease_until=None,
                           last_error="" if readable else (report.crawl.failure_reason or "")):
            transaction.set_rollback(True)
            return False
        scan = store_report(report, item.website.provider, item.website, batch=item.batch, started_at=started_at)
        BatchItem.objects.filter(pk=item.pk).update(scan=scan)
    return True


def failed_report(batch: Batch, item: BatchItem, exc: Exception) -> SiteReport:
    """niet_beoordeeld on every criterion, with the reason; the site is retried like an unreadable one."""
    from crawler.run import failed_snapshot
    from pipeline.scan import judge
    from norms import load_norms

    reason = f"De scan van {item.website.url} is mislukt door een interne fout ({exc.__class__.__name__}: {exc})."
    snapshot = failed_snapshot(item.website.url, "other", reason)
    return judge(snapshot, load_norms(batch.keurmerk_year), batch.as_of or date.today(), url=item.website.url)


def batch_open(batch_id: int) -> bool:
    return BatchItem.objects.filter(batch_id=batch_id).exclude(state=BatchItem.DONE).exists()


def close_if_done(batch_id: int) -> bool:
    if batch_open(batch_id):
        return False
    Batch.objects.filter(pk=batch_id, status=Batch.OPEN).update(status=Batch.DONE, finished_at=now())
    return True


def next_wakeup(batch_id: int) -> datetime | None:
    """When something in the batch may become claimable (a retry or a lease running out)."""
    times = []
    for state, field in ((BatchItem.PENDING, "not_before"), (BatchItem.RUNNING, "lease_until")):
        value = (BatchItem.objects.filter(batch_id=batch_id, state=state)
                 .order_by(field).values_list(field, flat=True).first())
        if state == BatchItem.PENDING and BatchItem.objects.filter(batch_id=batch_id, state=state).exists() and value is None:
            return now()
        if value is not None:
            times.append(value)
    return min(times) if times else None


def work_batch(batch_id: int, worker: str | None = None, *, wait: bool = True, scan=None) -> int:
    """Work through the batch until every site is done; returns the number of sites this call finished.

    With ``wait`` the worker stays while other workers hold sites, so it can take over a site
    whose worker died; without it, it returns as soon as nothing is claimable.
    """
    from service.scans.scanning import scan_items

    scan = scan or scan_items
    worker = worker or worker_name()
    done = 0
    while True:
        close_old_connections()
        batch = Batch.objects.get(pk=batch_id)
        token, items = claim(batch_id, worker, settings.KEURMERK_SITES_PER_CRAWL)
        if items:
            started = now()
            with Heartbeat(token):
                try:
                    reports = scan(batch, items)
                except Exception as exc:  # noqa: BLE001 (one bad crawl must not stop the batch)
                    logger.exception("scan of %s failed", [i.website.url for i in items])
                    reports = [failed_report(batch, item, exc) for item in items]
            for item, report in zip(items, reports):
                if finish(item, token, report, started):
                    done += 1
            continue
        if close_if_done(batch_id) or not wait:
            return done
        wake = next_wakeup(batch_id)
        delay = 1.0 if wake is None else min(max((wake - now()).total_seconds(), 0.2), 5.0)
        threading.Event().wait(delay)


def open_batches() -> list[int]:
    return list(Batch.objects.filter(status=Batch.OPEN).values_list("pk", flat=True))


def batch_has_live_worker(batch_id: int) -> bool:
    return BatchItem.objects.filter(batch_id=batch_id, state=BatchItem.RUNNING, lease_until__gte=now()).exists()
