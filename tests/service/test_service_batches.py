"""Batch task state: atomic claims, leases taken over after a worker died, unreadable sites retried."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from fixture_sites import FAST_CRAWL, serve_sites
from service_helpers import make_provider, report

pytestmark = pytest.mark.django_db(transaction=True)


def _websites(n):
    return [make_provider(f"Praktijk {i}", f"http://p{i}.test/")[1] for i in range(n)]


def test_claims_never_hand_one_site_to_two_workers(service_settings):
    from service.scans import batches
    from service.scans.models import BatchItem

    batch = batches.create_batch(_websites(5), crawl_options=FAST_CRAWL)
    token_a, a = batches.claim(batch.pk, "worker-a", 3)
    token_b, b = batches.claim(batch.pk, "worker-b", 3)
    token_c, c = batches.claim(batch.pk, "worker-c", 3)
    assert len(a) == 3 and len(b) == 2 and c == []
    assert not {i.pk for i in a} & {i.pk for i in b}

    # worker-a dies: once its lease has run out, its sites are claimable again, and its late
    # results are refused (nothing stored twice).
    BatchItem.objects.filter(claim_token=token_a).update(lease_until=batches.now() - timedelta(seconds=1))
    token_d, d = batches.claim(batch.pk, "worker-d", 5)
    assert {i.pk for i in d} == {i.pk for i in a}
    assert batches.finish(a[0], token_a, report(a[0].website.url), batches.now()) is False
    assert batches.finish(d[0], token_d, report(d[0].website.url), batches.now()) is True
    assert BatchItem.objects.get(pk=d[0].pk).scan.provider == d[0].website.provider
    assert batches.renew(token_b) == 2  # heartbeat keeps b's live claims


def test_two_threads_share_a_batch_and_scan_each_site_once(service_settings):
    from service.scans import batches
    from service.scans.models import Scan

    service_settings.KEURMERK_SITES_PER_CRAWL = 1
    batch = batches.create_batch(_websites(8), crawl_options=FAST_CRAWL)
    scanned: list[tuple[str, str]] = []
    lock = threading.Lock()

    def fake_scan(batch, items):  # the crawl is replaced here only; claims and storage are real
        with lock:
            scanned.extend((threading.current_thread().name, i.website.url) for i in items)
        threading.Event().wait(0.05)
        return [report(i.website.url) for i in items]

    def run(name):
        from django.db import connection

        try:
            batches.work_batch(batch.pk, name, scan=fake_scan)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,), name=n) for n in ("t1", "t2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    urls = [url for _, url in scanned]
    assert sorted(urls) == sorted(set(urls)) and len(urls) == 8
    assert {name for name, _ in scanned} == {"t1", "t2"}
    assert Scan.objects.filter(batch=batch).count() == 8
    batch.refresh_from_db()
    assert batch.status == "klaar"


def test_unreadable_site_is_retried_later_in_the_batch(service_settings):
    from service.providers.models import Provider, Website
    from service.scans import batches
    from service.scans.history import regressions
    from service.scans.models import BatchItem, Scan

    service_settings.KEURMERK_MAX_ATTEMPTS = 2
    with serve_sites(3, first_host=130) as sites:
        sites[1].fail_first = 1     # unreadable once, then fine
        sites[2].fail_first = 99    # unreadable every time
        websites = []
        for s in sites:
            p = Provider.objects.create(name=s.name)
            websites.append(Website.objects.create(provider=p, url=s.url))
        # Before this batch, the always-unreadable site was fine: no regression may follow from n.b.
        from service.scans.store import store_report

        store_report(report(sites[2].url, day=-300), websites[2].provider, websites[2])
        batch = batches.create_batch(websites, crawl_options=FAST_CRAWL)
        batches.work_batch(batch.pk, "w")
    items = {i.website.url: i for i in BatchItem.objects.filter(batch=batch).select_related("scan")}
    assert [items[s.url].attempts for s in sites] == [1, 2, 2]
    assert items[sites[1].url].scan.crawl_status == "ok"
    assert items[sites[2].url].scan.crawl_status == "failed"
    assert set(items[sites[2].url].scan.findings.values_list("status", flat=True)) == {"niet_beoordeeld"}
    assert Scan.objects.filter(batch=batch).count() == 3
    assert [r for r in regressions() if r.url == sites[2].url] == []


def test_a_crash_inside_a_scan_gives_niet_beoordeeld_and_a_retry_not_a_stuck_batch(service_settings):
    from service.scans import batches
    from service.scans.models import BatchItem

    service_settings.KEURMERK_MAX_ATTEMPTS = 2
    batch = batches.create_batch(_websites(2), crawl_options=FAST_CRAWL)
    calls = []

    def crashing_scan(batch, items):
        calls.append([i.website.url for i in items])
        raise MemoryError("geheugen vol")

    batches.work_batch(batch.pk, "w", scan=crashing_scan)
    items = list(BatchItem.objects.filter(batch=batch).select_related("scan"))
    # Each site twice: the first attempt, then the retry later in the batch.
    assert sorted(url for call in calls for url in call) == ["http://p0.test/", "http://p0.test/",
                                                              "http://p1.test/", "http://p1.test/"]
    assert [i.attempts for i in items] == [2, 2] and {i.state for i in items} == {"klaar"}
    assert all(i.scan.crawl_status == "failed" and "interne fout (MemoryError: geheugen vol)" in i.scan.failure_reason
               for i in items)
