"""One Chromium per worker: every crawl of the worker renders through the same browser."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.options import CrawlOptions
from crawler.run import crawl_sites
from fixture_sites import FAST_CRAWL
from keurmerk_scan.siteserver import Route, SiteServer

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
TEXT = "Wij behandelen volwassenen met angst- en stemmingsklachten in een kort traject van enkele gesprekken. " * 3


def js_routes(name: str) -> dict[str, Route]:
    script = ("document.addEventListener('DOMContentLoaded', function () {"
              f" document.getElementById('app').innerHTML = '<h1>{name}</h1><p>{TEXT}</p>'; }});")
    return {"/": Route.html(f"<html><head><title>{name}</title><script src='/app.js'></script></head>"
                            "<body><div id='app'></div></body></html>"),
            "/app.js": Route(script.encode(), 200, "application/javascript")}


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
def test_crawls_of_a_worker_share_one_chromium(tmp_path):
    from service.scans.browser import SharedChromium
    from service.scans.models import Batch
    from service.scans.scanning import crawl_options

    shared = SharedChromium(CHROMIUM)
    try:
        url = shared.cdp_url()
        assert url.startswith("ws://127.0.0.1:")
        pid = shared.pid
        # The crawls get a Chromium path that does not exist: they can only render through the
        # shared browser.
        options = CrawlOptions(**{**FAST_CRAWL, "render": "auto", "chromium_path": str(tmp_path / "geen-chromium"),
                                  "chromium_cdp_url": url})
        with SiteServer(js_routes("Praktijk Een"), host="127.0.0.240") as one, \
                SiteServer(js_routes("Praktijk Twee"), host="127.0.0.241") as two:
            first = crawl_sites([one.url, two.url], options)
            second = crawl_sites([one.url], options)
            alone = crawl_sites([two.url], CrawlOptions(**{**FAST_CRAWL, "render": "auto",
                                                         "chromium_path": str(tmp_path / "geen-chromium")}))
        for snapshot in first + second:
            assert snapshot.crawl.pages_rendered == 1, snapshot.crawl
            assert "kort traject" in snapshot.pages[0].text
        assert shared.pid == pid  # still the same browser
        # Control: without the shared browser the same crawl cannot render.
        assert alone[0].crawl.pages_rendered == 0
        assert "render_failed" in [e.kind for e in alone[0].crawl.errors]

        # The service's batch options point rendering crawls at the worker's browser.
        assert crawl_options(Batch(crawl_options={"render": "auto"})).chromium_cdp_url
        assert crawl_options(Batch(crawl_options={"render": "never"})).chromium_cdp_url == ""
    finally:
        shared.stop()
    assert shared.pid is None
