"""Benchmark of the scan path; prints figures (no pass/fail).

1. Judging: all eight checks over a synthetic site of N pages (the demo site's pages, repeated
   with varied URLs), wall time and peak memory (tracemalloc) of the judging step.
2. Crawling: the demo site served on loopback, crawled with the polite defaults off and on
   (rendering included), and K copies of it on separate loopback hosts in one call.

    .venv/bin/python bench/bench_scan.py [--pages 150] [--copies 10]
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.options import CrawlOptions  # noqa: E402
from crawler.run import crawl_sites  # noqa: E402
from keurmerk_scan.pipeline import judge  # noqa: E402
from keurmerk_scan.siteserver import SiteServer, routes_from_directory  # noqa: E402
from norms import load_norms  # noqa: E402

DEMO = REPO / "examples" / "demo-site"
FAST = CrawlOptions(autothrottle=False, download_delay=0)


def bench_judging(snapshot, pages: int) -> None:
    norms = load_norms(2025)
    base = [p for p in snapshot.pages if p.blocks]
    copies = [base[i % len(base)].model_copy(update={"url": f"{base[i % len(base)].url}?v={i}"}) for i in range(pages)]
    big = snapshot.model_copy(update={"pages": copies})
    chars = sum(len(p.text) for p in copies)
    judge(snapshot, norms, date(2025, 1, 15))  # warm-up: loads spaCy and the vocabularies once
    tracemalloc.start()
    started = time.perf_counter()
    report = judge(big, norms, date(2025, 1, 15))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"judging   {pages} pages ({chars / 1000:.0f} k chars): {elapsed:.2f} s, "
          f"peak memory {peak / 2**20:.0f} MiB, {len(report.findings)} findings")


def bench_crawl(copies: int) -> object:
    routes = routes_from_directory(DEMO)
    with SiteServer(routes, host="127.0.0.1") as server:
        for label, options in (("fast", FAST), ("polite defaults", CrawlOptions())):
            started = time.perf_counter()
            [snap] = crawl_sites([server.url], options)
            print(f"crawl     demo site, {label}: {time.perf_counter() - started:.1f} s, "
                  f"{snap.crawl.pages_fetched} pages, {snap.crawl.pages_rendered} rendered, "
                  f"{snap.crawl.documents} documents, status {snap.crawl.status}")
    servers = [SiteServer(routes, host=f"127.0.1.{i + 1}").start() for i in range(copies)]
    try:
        started = time.perf_counter()
        snaps = crawl_sites([s.url for s in servers], FAST)
        elapsed = time.perf_counter() - started
    finally:
        for s in servers:
            s.stop()
    print(f"crawl     {copies} demo sites concurrently, fast: {elapsed:.1f} s, "
          f"{sum(s.crawl.pages_fetched for s in snaps)} pages, "
          f"{sum(s.crawl.pages_rendered for s in snaps)} rendered")
    return snap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    snapshot = bench_crawl(args.copies)
    bench_judging(snapshot, args.pages)


if __name__ == "__main__":
    main()
