"""Queue task of a self-scan (Huey, the service's queue; ``keurmerk-scan worker`` runs it)."""
from __future__ import annotations

from huey.contrib.djhuey import db_task

from service.web.selfscan import run_self_scan


@db_task()
def self_scan_task(self_scan_id: int) -> None:
    run_self_scan(self_scan_id)
