"""Self-scans: a provider starts a scan of its website from the web page.

A self-scan is a one-site batch of the service (``kind="aanbieder"``) worked by the same queue
and the same pipeline as the re-scans, with the address guard on (``refuse_internal_addresses``):
the crawler never fetches an internal or reserved address, the start URL is checked here first
for a clear message. Per account a limit on running scans and scans per day.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from crawler import netguard
from crawler.scope import InvalidStartUrl, normalize_start_url
from service.providers.models import Website
from service.scans import batches
from service.scans.models import BatchItem, Scan
from service.web.models import SelfScan


class SelfScanRefused(ValueError):
    """The self-scan cannot start; ``str(exc)`` is the Dutch message for the form."""


def check_start_url(url: str) -> str:
    """The normalised start URL, or SelfScanRefused with a Dutch reason."""
    try:
        url = normalize_start_url(url)
    except InvalidStartUrl as exc:
        raise SelfScanRefused(f"Ongeldig webadres: {exc}.") from exc
    reason = netguard.check_url_now(url, allowed=netguard.parse_networks(settings.KEURMERK_SELFSCAN_ALLOWED_NETWORKS))
    if reason:
        raise SelfScanRefused(reason)
    return url


def check_limits(user) -> None:
    running = SelfScan.objects.filter(user=user, state__in=[SelfScan.WAITING, SelfScan.RUNNING]).count()
    if running >= settings.KEURMERK_SELFSCAN_MAX_RUNNING:
        raise SelfScanRefused(f"U heeft al {running} zelfscan(s) lopen; wacht tot die klaar is voordat u een "
                              "nieuwe start.")
    since = timezone.now() - timedelta(days=1)
    today = SelfScan.objects.filter(user=user, created_at__gte=since).count()
    if today >= settings.KEURMERK_SELFSCAN_MAX_PER_DAY:
        raise SelfScanRefused(f"U heeft in de afgelopen 24 uur al {today} zelfscans gestart, het maximum per dag. "
                              "Probeer het morgen opnieuw.")


def crawl_options() -> dict:
    return {**settings.KEURMERK_SELFSCAN_CRAWL_OPTIONS, "refuse_internal_addresses": True,
            "allowed_networks": list(settings.KEURMERK_SELFSCAN_ALLOWED_NETWORKS)}


def start_self_scan(user, provider, url: str, enqueue: Callable[[int], object]) -> SelfScan:
    """Check the URL and the limits, create the batch and hand its id to ``enqueue`` (the queue
    task, ``service.web.tasks.self_scan_task``) after the transaction commits."""
    url = check_start_url(url)
    with transaction.atomic():
        check_limits(user)
        website = Website.objects.filter(provider=provider, url=url).first()
        if website is None:
            # A site typed by the provider is not added to the list of scheduled re-scans.
            website = Website.objects.create(provider=provider, url=url, active=False)
        batch = batches.create_batch([website], kind="aanbieder", crawl_options=crawl_options())
        # Tried once: the provider sees the result at once and can start again (no retries 10 min later).
        BatchItem.objects.filter(batch=batch).update(attempts=max(settings.KEURMERK_MAX_ATTEMPTS - 1, 0))
        self_scan = SelfScan.objects.create(user=user, provider=provider, website=website, batch=batch, url=url)
        transaction.on_commit(lambda: enqueue(self_scan.pk))
    return self_scan


def run_self_scan(self_scan_id: int) -> SelfScan:
    """Work the self-scan's batch in this process, with live progress figures on the SelfScan."""
    from crawler.run import crawl_sites
    from pipeline.scan import judge
    from norms import load_norms
    from service.scans.scanning import crawl_options as batch_crawl_options

    self_scan = SelfScan.objects.get(pk=self_scan_id)
    SelfScan.objects.filter(pk=self_scan_id, state=SelfScan.WAITING).update(state=SelfScan.RUNNING)

    def figures(url: str, numbers: dict[str, int]) -> None:
        SelfScan.objects.filter(pk=self_scan_id).update(
            pages=numbers.get("pages", 0), rendered=numbers.get("rendered", 0), documents=numbers.get("documents", 0))

    def scan(batch, items):
        options = batch_crawl_options(batch)
        options = replace(options, allowed_networks=tuple(options.allowed_networks))
        urls = [item.website.url for item in items]
        snapshots = crawl_sites(urls, options, counts=figures)
        norms = load_norms(batch.keurmerk_year)
        return [judge(s, norms, batch.as_of or date.today(), url=u) for u, s in zip(urls, snapshots)]

    try:
        batches.work_batch(self_scan.batch_id, wait=False, scan=scan)
    finally:
        sync_state(self_scan)
    return SelfScan.objects.get(pk=self_scan_id)


def sync_state(self_scan: SelfScan) -> SelfScan:
    """Take over the outcome of the batch (also when another worker finished it, e.g. after a restart)."""
    if self_scan.finished:
        return self_scan
    item = BatchItem.objects.filter(batch_id=self_scan.batch_id).first()
    if item is None or item.state != BatchItem.DONE:
        return self_scan
    scan_obj = Scan.objects.filter(pk=item.scan_id).first() if item.scan_id else None
    if scan_obj is not None:
        self_scan.state = SelfScan.FAILED if scan_obj.crawl_status == "failed" else SelfScan.DONE
        self_scan.scan, self_scan.message = scan_obj, scan_obj.failure_reason or ""
    else:
        self_scan.state, self_scan.message = SelfScan.FAILED, item.last_error or "De scan is niet opgeslagen."
    self_scan.save(update_fields=["state", "scan", "message"])
    return self_scan
