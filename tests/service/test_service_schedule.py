"""The periodic re-scan (default monthly) of all current Keurmerkdragers, and the resume task."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

pytestmark = pytest.mark.django_db


def test_default_schedule_is_monthly(settings):
    from service.scans.tasks import _schedule

    settings.KEURMERK_RESCAN_SCHEDULE = "0 3 1 * *"
    fires = _schedule()
    assert fires(datetime(2025, 5, 1, 3, 0)) and fires(datetime(2025, 6, 1, 3, 0))
    assert not fires(datetime(2025, 5, 2, 3, 0)) and not fires(datetime(2025, 5, 1, 4, 0))
    settings.KEURMERK_RESCAN_SCHEDULE = "off"
    assert _schedule() is None


def test_scheduled_rescan_takes_current_keurmerkdragers_and_queues_the_batch(settings):
    from huey.contrib.djhuey import HUEY

    from service.providers.models import Provider, Website
    from service.scans.models import Batch
    from service.scans.tasks import start_rescan

    HUEY.flush()
    settings.KEURMERK_TASKS_PER_BATCH = 2
    today = date.today()
    current = Provider.objects.create(name="Huidig", keurmerk_since=today - timedelta(days=30))
    Website.objects.create(provider=current, url="http://huidig.test/")
    Website.objects.create(provider=current, url="http://oud.test/", active=False)
    ended = Provider.objects.create(name="Verlopen", keurmerk_until=today - timedelta(days=1))
    Website.objects.create(provider=ended, url="http://verlopen.test/")
    future = Provider.objects.create(name="Toekomstig", keurmerk_since=today + timedelta(days=1))
    Website.objects.create(provider=future, url="http://later.test/")

    batch_id = start_rescan()
    batch = Batch.objects.get(pk=batch_id)
    assert batch.kind == "gepland"
    assert list(batch.items.values_list("website__url", flat=True)) == ["http://huidig.test/"]
    assert HUEY.pending_count() == 1  # one task for one website
    HUEY.flush()


def test_resume_queues_work_only_for_batches_nobody_works_on(settings):
    from huey.contrib.djhuey import HUEY

    from service.scans import batches
    from service.scans.models import BatchItem
    from service.scans.tasks import resume_open_batches
    from service_helpers import make_provider

    HUEY.flush()
    _, website = make_provider()
    batch = batches.create_batch([website])
    token, items = batches.claim(batch.pk, "levende-worker")
    resume_open_batches.call_local()
    assert HUEY.pending_count() == 0  # a live lease: the worker is busy with it
    BatchItem.objects.filter(pk=items[0].pk).update(lease_until=batches.now() - timedelta(seconds=1))
    resume_open_batches.call_local()
    assert HUEY.pending_count() == 1
    HUEY.flush()
