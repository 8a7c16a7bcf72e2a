"""JavaScript sites: rendered through Chromium when the static HTML has no text; failures are clear."""
from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, page, serve
from keurmerk_scan.siteserver import Route

CHROMIUM = "/usr/bin/chromium"
LONG_TEXT = "Wij bieden kortdurende behandeling voor volwassenen met angst en somberheid. " * 4

JS_HOME = (
    "<html><head><title>Praktijk Wix</title><script src='/app.js'></script></head>"
    "<body><div id='root'></div></body></html>"
)
APP_JS = (
    "document.addEventListener('DOMContentLoaded', function () { setTimeout(function () {"
    " document.getElementById('root').innerHTML = '<h1>Welkom bij Praktijk Wix</h1><p>"
    + LONG_TEXT + "</p><a href=\"/team\">Ons team</a>'; }, 300); });"
).encode()
JS_TEAM = (
    "<html><head><title>Team</title><script>document.addEventListener('DOMContentLoaded', function () {"
    " document.body.innerHTML = '<h1>Ons team</h1><p>GZ-psycholoog J. Jansen, BIG-geregistreerd.</p>'; });"
    "</script></head><body></body></html>"
)


def js_site() -> dict[str, Route]:
    return {
        "/": Route.html(JS_HOME),
        "/app.js": Route(APP_JS, 200, "application/javascript"),
        "/team": Route.html(JS_TEAM),
    }


def static_site() -> dict[str, Route]:
    return {
        "/": Route.html(page("Praktijk Statisch", f"<h1>Welkom</h1><p>{LONG_TEXT}</p>"
                             "<script>var analytics = 1;</script><a href='/team'>Team</a>")),
        "/team": Route.html(JS_TEAM),  # a JavaScript-only page on an otherwise static site
    }


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"Debian's Chromium is not installed at {CHROMIUM}")
def test_javascript_site_is_rendered():
    plain = {"/": Route.html(page("Praktijk Eik", f"<h1>Eik</h1><p>{LONG_TEXT}</p><script>var x;</script>"))}
    with serve(js_site(), plain) as [wix, eik]:
        wix_snap, eik_snap = crawl_sites([wix.url, eik.url], fast_options(render="auto", chromium_path=CHROMIUM))
    assert wix_snap.crawl.status == "ok", wix_snap.crawl.errors
    assert wix_snap.crawl.pages_rendered == 2 and wix_snap.crawl.pages_fetched == 2
    pages = {urlsplit(p.url).path: p for p in wix_snap.pages}
    assert set(pages) == {"/", "/team"}  # /team is linked only from the rendered DOM
    assert all(p.rendered for p in pages.values())
    assert ("heading", 1, "Welkom bij Praktijk Wix") in [(b.kind, b.level, b.text) for b in pages["/"].blocks]
    assert "GZ-psycholoog J. Jansen, BIG-geregistreerd." in pages["/team"].text
    # a page with enough static text is not sent through the browser
    assert eik_snap.crawl.status == "ok" and eik_snap.crawl.pages_rendered == 0
    assert not eik_snap.pages[0].rendered


def _fake_chromium(tmp_path: Path) -> tuple[str, Path]:
    """An 'executable' that records that it was started and then fails, like a broken browser."""
    marker = tmp_path / "chromium-started"
    script = tmp_path / "chromium"
    script.write_text(f"#!/bin/sh\necho started >> '{marker}'\nexit 1\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script), marker


def test_no_browser_starts_for_static_sites(tmp_path):
    chromium, marker = _fake_chromium(tmp_path)
    plain = {"/": Route.html(page("Praktijk Eik", f"<h1>Eik</h1><p>{LONG_TEXT}</p><script>var x;</script>"))}
    with serve(plain) as [eik]:
        [snap] = crawl_sites([eik.url], fast_options(render="auto", chromium_path=chromium))
    assert snap.crawl.status == "ok" and snap.crawl.pages_rendered == 0
    assert not marker.exists()


def test_browser_that_fails_gives_render_failed(tmp_path):
    chromium, marker = _fake_chromium(tmp_path)
    with serve(js_site(), static_site()) as [wix, mixed]:
        wix_snap, mixed_snap = crawl_sites([wix.url, mixed.url], fast_options(render="auto", chromium_path=chromium))
    assert marker.exists()  # the browser was really started, and failed
    assert wix_snap.crawl.status == "failed"
    assert "JavaScript" in wix_snap.crawl.failure_reason and "browser" in wix_snap.crawl.failure_reason
    assert "render_failed" in [e.kind for e in wix_snap.crawl.errors]
    assert not wix_snap.readable
    # the static page is kept; only the JavaScript page is missing its text
    assert mixed_snap.crawl.status == "partial"
    [error] = [e for e in mixed_snap.crawl.errors if e.kind == "render_failed"]
    assert error.url.endswith("/team") and "kon niet in een browser worden weergegeven" in error.message
    assert LONG_TEXT.strip() in mixed_snap.pages[0].text


def test_missing_chromium_and_render_never():
    with serve(js_site(), js_site()) as [missing, never]:
        missing_snap, = crawl_sites([missing.url], fast_options(render="auto", chromium_path="/geen/chromium"))
        never_snap, = crawl_sites([never.url], fast_options(render="never"))
    assert missing_snap.crawl.status == "failed"
    assert "Chromium niet gevonden op /geen/chromium" in missing_snap.crawl.failure_reason
    assert never_snap.crawl.status == "failed"
    assert "zonder JavaScript geen leesbare tekst" in never_snap.crawl.failure_reason
    assert "/app.js" not in never.requests
