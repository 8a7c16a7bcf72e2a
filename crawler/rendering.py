"""Rendering of JavaScript pages through scrapy-playwright and Debian's Chromium.

``LazyPlaywrightDownloadHandler`` is scrapy-playwright's handler, except that Playwright and the
browser start only when the first page actually needs rendering (the stock handler starts the
Playwright driver when the engine starts, once per crawler: too costly for 90 sites that need no
browser). Requests without ``meta["playwright"]`` take the ordinary HTTP path.
"""
from __future__ import annotations

import asyncio
from typing import Any

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from scrapy_playwright.page import PageMethod

# Wait until the page's visible text stops growing (checked every 250 ms, at most 8 s).
WAIT_FOR_STABLE_TEXT = """
() => new Promise((resolve) => {
  let last = -1, stable = 0, waited = 0;
  const tick = () => {
    const n = document.body ? document.body.innerText.length : 0;
    if (n > 0 && n === last) { stable += 1; } else { stable = 0; last = n; }
    waited += 250;
    if (stable >= 2 || waited >= 8000) { resolve(n); } else { setTimeout(tick, 250); }
  };
  setTimeout(tick, 250);
})
"""

SKIPPED_RESOURCES = frozenset({"image", "media", "font"})


def render_meta() -> dict[str, Any]:
    """Request meta that sends a page through the browser."""
    return {
        "playwright": True,
        "playwright_page_methods": [PageMethod("evaluate", WAIT_FOR_STABLE_TEXT)],
    }


def abort_heavy_request(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: skip images, video and fonts; text is all we need."""
    return request.resource_type in SKIPPED_RESOURCES


class LazyPlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
    lazy = True

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._playwright_started = False
        self._start_lock = asyncio.Lock()

    async def _maybe_launch_in_thread(self) -> None:  # engine_started: start nothing yet
        return None

    def _engine_started(self) -> None:  # older Scrapy API, same reason
        return None

    async def _download_request(self, request: Any, spider: Any = None) -> Any:
        async with self._start_lock:
            if not self._playwright_started:
                self._playwright_started = True
                await self._launch()
        return await super()._download_request(request, spider)

    async def _close(self) -> None:
        if self._playwright_started:
            await super()._close()
