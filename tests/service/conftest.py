"""Service tests: Django on SQLite by default, on PostgreSQL when DATABASE_URL says so.

``make test`` runs these tests twice: on SQLite and on a throw-away PostgreSQL server started by
``.ci/with-services`` (see the Makefile). Worker processes started by a test use the test's own
database (a file for SQLite, the ``test_...`` database on PostgreSQL) and their own queue.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import pytest

_DATA = tempfile.mkdtemp(prefix="keurmerk-service-test-")
os.environ["KEURMERK_DATA_DIR"] = _DATA        # never a real data folder
os.environ.pop("KEURMERK_QUEUE_URL", None)     # the test process queues in _DATA
os.environ["DJANGO_SETTINGS_MODULE"] = "service.settings"
os.environ["KEURMERK_RESCAN_SCHEDULE"] = "off"

import django  # noqa: E402 (after the environment above)

django.setup()

REPO = Path(__file__).resolve().parents[2]
WORKER_ENV = {
    "KEURMERK_LEASE_SECONDS": "3",
    "KEURMERK_RETRY_DELAY_SECONDS": "1",
    "KEURMERK_SITES_PER_CRAWL": "1",
    "KEURMERK_RESCAN_SCHEDULE": "off",
}


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_DATA, ignore_errors=True)


def database_url() -> str:
    """URL of the test database this process uses (for worker processes)."""
    from django.db import connection

    s = connection.settings_dict
    if s["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{s['NAME']}"
    auth = quote(s["USER"] or "", safe="")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"], safe="")
    return f"postgres://{auth}@{s['HOST'] or 'localhost'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def service_settings(settings):
    """Fast batch settings for in-process work (short lease, quick retries)."""
    settings.KEURMERK_LEASE_SECONDS = 3.0
    settings.KEURMERK_RETRY_DELAY_SECONDS = 1.0
    settings.KEURMERK_SITES_PER_CRAWL = 4
    settings.KEURMERK_CRAWL_OPTIONS = {}
    return settings


class Workers:
    """Start and stop ``keurmerk-scan worker`` processes on the test database."""

    def __init__(self, tmp_path: Path):
        self.tmp_path = tmp_path
        self.procs: list[subprocess.Popen] = []

    def start(self, queue_url: str | None = None, **env: str) -> subprocess.Popen:
        full = {**os.environ, **WORKER_ENV, "DATABASE_URL": database_url(), **env}
        if queue_url:
            full["KEURMERK_QUEUE_URL"] = queue_url
        log = open(self.tmp_path / f"worker-{len(self.procs)}.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "keurmerk_scan", "worker", "--no-scheduler"],
                                cwd=REPO, env=full, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    @staticmethod
    def kill9(proc: subprocess.Popen) -> None:
        """kill -9 of the worker and everything it started (its crawler child)."""
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()

    def logs(self) -> str:
        return "\n".join(p.read_text() for p in sorted(self.tmp_path.glob("worker-*.log")))


@pytest.fixture
def workers(tmp_path):
    from huey.contrib.djhuey import HUEY

    HUEY.flush()  # tasks left by an earlier test
    w = Workers(tmp_path)
    yield w
    w.stop_all()


def wait_until(condition, timeout: float, interval: float = 0.3, message: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"niet op tijd: {message}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real redis-server (Debian package) on a loopback port, stopped after the session."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server ontbreekt: installeer het Debian-pakket redis-server (make test doet dat).")
    port = free_port()
    folder = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    wait_until(lambda: _ping(client), 10, 0.1, "redis-server start")
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


def _ping(client) -> bool:
    try:
        return bool(client.ping())
    except Exception:  # noqa: BLE001
        return False
