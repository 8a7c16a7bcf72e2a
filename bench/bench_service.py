"""Batch benchmark of the Keurmerk service; prints figures (no pass/fail).

Serves N local sites of P pages each (loopback 127.0.1.x / 127.0.2.x, free ports), puts them in a
fresh SQLite service database as Keurmerkdragers, makes one batch, and lets one real
``keurmerk-scan worker`` process (Huey consumer) work it, crawling without rendering and without
throttling. Prints wall time, pages per second, CPU time per page of the worker and its crawler
children, and the peak memory (RSS) of the worker process tree, sampled every 0.2 s.

    .venv/bin/python bench/bench_service.py [--sites 300] [--pages 40] [--workers 1] [--sites-per-crawl 4]
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "service"))

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def tree(pid: int) -> list[int]:
    """pid and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for p in pids:
        try:
            total += int(Path(f"/proc/{p}/statm").read_text().split()[1]) * PAGE_SIZE
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """User + system time of the process and of its children it has waited for (crawler runs)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return (utime + stime + cutime + cstime) / TICKS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--workers", type=int, default=1, help="worker threads of the one worker process")
    parser.add_argument("--sites-per-crawl", type=int, default=4)
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="keurmerk-bench-"))
    os.environ.update(KEURMERK_DATA_DIR=str(data), KEURMERK_RESCAN_SCHEDULE="off",
                      KEURMERK_SITES_PER_CRAWL=str(args.sites_per_crawl), KEURMERK_TASKS_PER_BATCH=str(args.workers))
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("KEURMERK_QUEUE_URL", None)
    from service.setup import setup_django

    setup_django()
    from fixture_sites import FAST_CRAWL, FixtureSite, serve_sites  # noqa: F401
    from service.providers.models import Provider, Website
    from service.scans import batches
    from service.scans.models import Batch, Scan
    from service.scans.tasks import enqueue_batch

    extra = max(args.pages - 5, 0)
    proc = None
    try:
        sites_cm = _serve(args.sites, extra)
        sites = sites_cm.__enter__()
        for s in sites:
            Website.objects.create(provider=Provider.objects.create(name=s.name), url=s.url)
        batch = batches.create_batch(Website.objects.all(),
                                     crawl_options={**FAST_CRAWL, "max_pages": args.pages, "time_budget_seconds": 600})
        print(f"{args.sites} websites x {args.pages} pagina's, {args.workers} worker-thread(s), "
              f"{args.sites_per_crawl} websites per crawl; data in {data}")
        log = open(data / "worker.log", "w")
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "keurmerk_scan", "worker", "--no-scheduler",
                                 "--workers", str(args.workers)], cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        enqueue_batch(batch.pk, args.workers)
        peak, peak_worker_only, cpu = 0, 0, 0.0
        while Batch.objects.get(pk=batch.pk).status != Batch.DONE:
            if proc.poll() is not None:
                print("De worker is gestopt; zie", data / "worker.log")
                return 1
            pids = tree(proc.pid)
            peak = max(peak, rss_bytes(pids))
            peak_worker_only = max(peak_worker_only, rss_bytes([proc.pid]))
            cpu = cpu_seconds(proc.pid)
            time.sleep(0.2)
        wall = time.perf_counter() - started
        cpu = cpu_seconds(proc.pid)
        pages = sum(Scan.objects.filter(batch=batch).values_list("pages_fetched", flat=True))
        statuses = dict.fromkeys(("ok", "partial", "failed"), 0)
        for status in Scan.objects.filter(batch=batch).values_list("crawl_status", flat=True):
            statuses[status] += 1
        print(f"wall time            {wall:8.1f} s  ({pages / wall:.1f} pagina's/s)")
        print(f"pages fetched        {pages:8d}  (crawl ok {statuses['ok']}, partial {statuses['partial']}, "
              f"failed {statuses['failed']})")
        print(f"CPU worker+crawlers  {cpu:8.1f} s  ({1000 * cpu / max(pages, 1):.1f} ms per pagina)")
        print(f"peak RSS worker tree {peak / 2**20:8.0f} MiB (worker process alone {peak_worker_only / 2**20:.0f} MiB)")
        sites_cm.__exit__(None, None, None)
        return 0
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)


def _serve(count: int, extra_pages: int):
    import contextlib

    from fixture_sites import FixtureSite
    from keurmerk_scan.siteserver import SiteServer

    @contextlib.contextmanager
    def cm():
        sites = [FixtureSite(name=f"Benchpraktijk {i + 1:03d}", host=f"127.0.{1 + i // 250}.{1 + i % 250}",
                             extra_pages=extra_pages) for i in range(count)]
        with contextlib.ExitStack() as stack:
            for site in sites:
                site.server = stack.enter_context(SiteServer(site.routes(), host=site.host))
            yield sites
    return cm()


if __name__ == "__main__":
    sys.exit(main())
