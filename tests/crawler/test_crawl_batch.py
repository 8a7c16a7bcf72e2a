"""A batch over several crawl children, each finished site handed over while others still crawl."""
from __future__ import annotations

import threading
import time

import crawler.run as crawl_run
from crawler.run import child_count, crawl_sites
from crawler_fixture_sites import fast_options, page, serve
from keurmerk_scan.siteserver import Route

SLOW_SECONDS = 3.0


def _site(name: str) -> dict:
    return {
        "/": Route.html(page(f"Praktijk {name}", f"<h1>Praktijk {name}</h1><p>Welkom bij praktijk {name}.</p>"
                             "<a href='/contact'>Contact</a>")),
        "/contact": Route.html(page("Contact", f"<h1>Contact</h1><p>Bel praktijk {name}.</p>")),
    }


def test_child_count_grows_with_the_batch(monkeypatch):
    monkeypatch.setattr(crawl_run.os, "cpu_count", lambda: 2)
    assert child_count(1) == 1
    assert child_count(crawl_run.SITES_PER_EXTRA_CHILD * 2 - 1) == 1
    assert child_count(crawl_run.SITES_PER_EXTRA_CHILD * 2) == 2
    assert child_count(1000) == 2          # never more children than cores


def test_sites_over_two_children_come_back_in_order_and_early(monkeypatch):
    monkeypatch.setattr(crawl_run.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(crawl_run, "SITES_PER_EXTRA_CHILD", 2)   # 5 sites -> 2 children
    started: list[list[str]] = []
    real_popen = crawl_run.subprocess.Popen

    def popen(args, **kwargs):
        started.append(list(args))
        return real_popen(args, **kwargs)

    monkeypatch.setattr(crawl_run.subprocess, "Popen", popen)
    slow_done = threading.Event()
    slow_finished_at: list[float] = []

    def slow_contact(path: str) -> Route:
        time.sleep(SLOW_SECONDS)
        slow_finished_at.append(time.monotonic())
        slow_done.set()
        return Route.html(page("Contact", "<h1>Contact</h1><p>Bel praktijk Traag.</p>"))

    names = ["Een", "Twee", "Traag", "Vier", "Vijf"]
    sites = [_site(n) for n in names]
    sites[2]["/contact"] = slow_contact
    handed: list[tuple[int, float, bool]] = []
    with serve(*sites) as servers:
        urls = [s.url for s in servers] + ["ftp://geen.website/"]
        snapshots = crawl_sites(urls, fast_options(), on_snapshot=lambda i, snap: handed.append(
            (i, time.monotonic(), slow_done.is_set())))
    assert len(started) == 2 and all("--child" in a for a in started)
    assert [s.site for s in snapshots[:5]] == [u.split("//")[1].split(":")[0] for u in urls[:5]]
    assert [s.crawl.status for s in snapshots] == ["ok"] * 5 + ["failed"]
    assert sorted(i for i, _, _ in handed) == list(range(6))          # once per URL
    for snap, name in zip(snapshots, names):
        assert any(f"praktijk {name}" in b.text for p in snap.pages for b in p.blocks)
    # the fast sites reached the caller while the slow one was still being crawled
    early = [i for i, _, slow_was_done in handed if not slow_was_done and i != 5]
    assert set(early) >= {0, 1, 3, 4}, handed
