"""Real queue workers (``keurmerk-scan worker`` processes): kill -9 mid-batch and resume; two
workers sharing one batch through a real redis-server. Each site is scanned exactly once."""
from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest

from conftest import REPO, WORKER_ENV, database_url, wait_until
from fixture_sites import FAST_CRAWL, serve_sites

pytestmark = pytest.mark.django_db(transaction=True)


def _register(sites):
    from service.providers.models import Provider, Website

    return [Website.objects.create(provider=Provider.objects.create(name=s.name, keurmerk_since="2024-01-01"),
                                   url=s.url) for s in sites]


def _states(batch_id):
    from service.scans.models import BatchItem

    return dict(Counter(BatchItem.objects.filter(batch_id=batch_id).values_list("state", flat=True)))


def test_kill_9_mid_batch_then_restart_finishes_every_site_once(workers):
    from service.scans import batches
    from service.scans.models import Batch, BatchItem, Scan
    from service.scans.tasks import enqueue_batch

    with serve_sites(6, first_host=150, delay=0.3) as sites:
        websites = _register(sites)
        by_url = {s.url: s for s in sites}
        batch = batches.create_batch(websites, crawl_options=FAST_CRAWL)
        first = workers.start()
        enqueue_batch(batch.pk, 1)

        def mid_batch():
            running = BatchItem.objects.filter(batch=batch, state=BatchItem.RUNNING).select_related("website").first()
            done = BatchItem.objects.filter(batch=batch, state=BatchItem.DONE).count()
            return done >= 2 and running is not None and by_url[running.website.url].home_hits >= 1

        wait_until(mid_batch, 120, 0.05, "twee websites klaar en een derde bezig\n" + workers.logs())
        workers.kill9(first)
        done_before = {i.website.url for i in BatchItem.objects.filter(batch=batch, state=BatchItem.DONE)
                       .select_related("website")}
        # Normally the site being crawled; it may just have finished between the check and the kill.
        killed = list(BatchItem.objects.filter(batch=batch, state=BatchItem.RUNNING))
        hits_before = {url: by_url[url].home_hits for url in done_before}
        assert Batch.objects.get(pk=batch.pk).status == Batch.OPEN and len(done_before) < 6

        workers.start()  # no new enqueue: the restarted worker resumes open batches itself
        wait_until(lambda: Batch.objects.get(pk=batch.pk).status == Batch.DONE, 180, 0.3,
                   f"batch klaar na herstart {_states(batch.pk)}\n" + workers.logs())

    per_site = Counter(Scan.objects.filter(batch=batch).values_list("website__url", flat=True))
    assert per_site == Counter({s.url: 1 for s in sites})
    # Sites finished before the kill were not crawled again.
    assert {url: by_url[url].home_hits for url in done_before} == hits_before
    assert all(hits == 1 for hits in hits_before.values())
    # The site the killed worker was crawling was taken over after its lease ran out.
    for item in killed:
        item.refresh_from_db()
        assert item.state == BatchItem.DONE and item.attempts == 2 and item.scan.crawl_status == "ok"


def test_two_workers_on_redis_share_one_batch(workers, redis_url):
    from service.scans.models import Batch, BatchItem, Scan

    env = {"KEURMERK_QUEUE_URL": redis_url, "KEURMERK_QUEUE_NAME": f"test-{os.getpid()}-{id(workers)}"}
    with serve_sites(8, first_host=170, delay=0.1) as sites:
        _register(sites)
        workers.start(**env)
        workers.start(**env)
        rescan = subprocess.run(
            [sys.executable, "-m", "keurmerk_scan", "rescan", "--all", "--wait", "--render", "never",
             "--local-test-sites"],
            cwd=REPO, env={**os.environ, **WORKER_ENV, **env, "DATABASE_URL": database_url(),
                           "KEURMERK_TASKS_PER_BATCH": "2"},
            capture_output=True, text=True, timeout=300)
        assert rescan.returncode == 0, rescan.stderr + workers.logs()
        assert "8 van 8 websites klaar" in rescan.stdout
        hits = {s.url: s.home_hits for s in sites}
    batch = Batch.objects.get()
    assert batch.status == Batch.DONE
    assert Counter(Scan.objects.filter(batch=batch).values_list("website__url", flat=True)) == Counter(
        {s.url: 1 for s in sites})
    assert set(hits.values()) == {1}
    # Both worker processes took part (worker name = host:pid:thread).
    pids = {w.split(":")[1] for w in BatchItem.objects.filter(batch=batch).values_list("worker", flat=True)}
    assert pids == {str(p.pid) for p in workers.procs}
