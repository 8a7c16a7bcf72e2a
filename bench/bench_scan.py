"""Benchmark of the scan path; prints figures (no pass/fail).

1. Judging: all eight checks over a site of N pages, CPU time of the FIRST judge() call on that
   snapshot (what a scan pays; a second call hits the segmentation and match caches and is
   printed too, for comparison), after a warm-up on a separate snapshot (spaCy and the
   vocabularies loaded), and peak memory (tracemalloc). The pages carry distinct texts: the
   development corpus (../shared/corpus/dev.jsonl, read at run time, never copied) when it is
   there, otherwise the demo site's pages repeated (flattered: repeated text hits the caches).
2. Crawling: the demo site served on loopback, crawled with the polite defaults off and on
   (rendering included), and K copies of it on separate loopback hosts in one call.

    .venv/bin/python bench/bench_scan.py [--pages 150] [--copies 10]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.options import CrawlOptions  # noqa: E402
from crawler.run import crawl_sites  # noqa: E402
from pipeline.scan import judge  # noqa: E402
from keurmerk_scan.siteserver import SiteServer, routes_from_directory  # noqa: E402
from norms import load_norms  # noqa: E402

DEMO = REPO / "examples" / "demo-site"
CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
FAST = CrawlOptions(autothrottle=False, download_delay=0)


def corpus_pages(snapshot, pages: int) -> tuple[list, str]:
    """``pages`` pages with distinct texts: corpus texts as paragraphs when available."""
    from models.snapshot import Block, Page

    if CORPUS.is_file():
        texts = [json.loads(line).get("text", "") for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
        texts = [t for t in texts if t.strip()]
        out = []
        for i in range(pages):
            paragraphs = [p for p in texts[i % len(texts)].split("\n") if p.strip()]
            blocks = [Block(kind="title", text=f"Pagina {i}")] + [Block(kind="paragraph", text=p) for p in paragraphs]
            out.append(Page(url=f"{snapshot.start_url}pagina-{i}/", title=f"Pagina {i}", blocks=blocks))
        return out, f"corpus texts ({CORPUS.name})"
    base = [p for p in snapshot.pages if p.blocks]
    return ([base[i % len(base)].model_copy(update={"url": f"{base[i % len(base)].url}?v={i}"}) for i in range(pages)],
            "demo pages repeated (flattered)")


def bench_judging(snapshot, pages: int) -> None:
    norms = load_norms(2025)
    copies, source = corpus_pages(snapshot, pages)
    big = snapshot.model_copy(update={"pages": copies})
    chars = sum(len(p.text) for p in copies)
    judge(snapshot, norms, date(2025, 1, 15))  # warm-up on another snapshot: spaCy and the vocabularies
    cpu, started = time.process_time(), time.perf_counter()
    report = judge(big, norms, date(2025, 1, 15))
    cold_cpu, elapsed = time.process_time() - cpu, time.perf_counter() - started
    cpu = time.process_time()
    judge(big, norms, date(2025, 1, 15))
    repeat_cpu = time.process_time() - cpu
    fresh = big.model_copy(deep=True)  # peak memory of judging a snapshot object once more
    tracemalloc.start()
    judge(fresh, norms, date(2025, 1, 15))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"judging   {pages} pages ({chars / 1000:.0f} k chars, {source}), first call: {cold_cpu:.2f} s CPU "
          f"= {1000 * cold_cpu / pages:.1f} ms/page = {pages / cold_cpu:.0f} pages/s/core (wall {elapsed:.2f} s), "
          f"{len(report.findings)} findings; a repeat call on the same snapshot: {repeat_cpu:.2f} s CPU (caches); "
          f"peak memory of a call {peak / 2**20:.0f} MiB")


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
