"""Queue tasks (Huey): work a batch, resume open batches, and the periodic re-scan.

The consumer (``keurmerk-scan worker``) runs these; the state lives in the database, not in the
queue, so a task lost with a killed worker costs nothing: the next worker start, or the resume
task once a minute, starts work on every open batch again.
"""
from __future__ import annotations

import logging

from django.conf import settings
from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task, on_startup

from service.scans import batches

logger = logging.getLogger(__name__)


@db_task()
def work_batch_task(batch_id: int) -> int:
    return batches.work_batch(batch_id)


def enqueue_batch(batch_id: int, tasks: int | None = None) -> None:
    for _ in range(tasks or settings.KEURMERK_TASKS_PER_BATCH):
        work_batch_task(batch_id)


def _schedule() -> crontab | None:
    spec = settings.KEURMERK_RESCAN_SCHEDULE.strip()
    if spec.lower() in ("", "off", "uit"):
        return None
    minute, hour, day, month, weekday = spec.split()
    return crontab(minute=minute, hour=hour, day=day, month=month, day_of_week=weekday)


def start_rescan(kind: str = "gepland") -> int | None:
    websites = list(batches.current_websites())
    if not websites:
        return None
    batch = batches.create_batch(websites, kind=kind, crawl_options=getattr(settings, "KEURMERK_CRAWL_OPTIONS", {}))
    enqueue_batch(batch.pk, min(len(websites), settings.KEURMERK_TASKS_PER_BATCH))
    return batch.pk


_SCHEDULE = _schedule()
if _SCHEDULE is not None:
    @db_periodic_task(_SCHEDULE)
    def scheduled_rescan() -> int | None:
        """The periodic re-scan of all current Keurmerkdragers (KEURMERK_RESCAN_SCHEDULE)."""
        return start_rescan("gepland")


@db_periodic_task(crontab(minute="*"))
def resume_open_batches() -> None:
    """Once a minute: a batch with claimable sites and nobody working on it gets a worker again."""
    for batch_id in batches.open_batches():
        if not batches.batch_has_live_worker(batch_id):
            work_batch_task(batch_id)


_resumed = False


@on_startup()
def resume_on_startup() -> None:
    """A (re)started worker picks up every open batch, e.g. after a kill -9 mid-batch."""
    global _resumed
    if _resumed or HUEY.immediate:
        return
    _resumed = True
    from django.db import close_old_connections

    close_old_connections()
    for batch_id in batches.open_batches():
        enqueue_batch(batch_id)
    close_old_connections()
