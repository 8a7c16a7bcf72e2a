"""Downloader and spider middlewares of the crawler.

- ``SiteOffsiteMiddleware``: keeps every request, redirects included, on the site (host with or
  without ``www.``, same port); a home page that redirects away fails with ``offsite_redirect``.
- ``PageBudgetMiddleware``: the per-site page cap, counted when a request leaves the scheduler,
  so the highest-priority pages are the ones fetched.
- ``RenderMiddleware``: sends an HTML page through the browser again when its static HTML holds
  little text but has scripts (render="auto"), or always (render="always").
- ``TrapGuardMiddleware``: caps query-string variants per path and URLs per digit pattern, so
  endless calendars end quickly, while an archive of numbered articles that keep bringing new
  text is read in full.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from crawler.extract import extract_html, page_html
from crawler.items import PageItem
from crawler.messages import OffsiteRequest, PageBudgetReached
from crawler.scope import same_site


class SiteOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter with the site rule of ``crawler.scope`` and a visible failure.

    The stock middleware lets ``dont_filter`` requests pass and drops redirects silently at
    scheduling time; here every request is checked when it is downloaded, so the errback of
    the start request learns that the home page redirected off-site.
    """

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        return None

    def process_request(self, request: Request) -> None:
        if request.meta.get("allow_offsite"):
            return None
        site_url = getattr(self.crawler.spider, "start_url", None)
        if site_url and not same_site(request.url, site_url):
            self.stats.inc_value("offsite/filtered")
            raise OffsiteRequest(request.url)
        return None


class PageBudgetMiddleware:
    """Refuse page requests beyond MAX_PAGES (robots.txt and browser re-fetches not counted)."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.max_pages = crawler.settings.getint("MAX_PAGES", 150)
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> "PageBudgetMiddleware":
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        meta = request.meta
        if not meta.get("page") or meta.get("budget_counted"):
            return None
        if self.sent >= self.max_pages:
            self.crawler.stats.inc_value("keurmerk/budget_refused")
            raise PageBudgetReached(f"page cap {self.max_pages}")
        self.sent += 1
        meta["budget_counted"] = True
        return None


class RenderMiddleware:
    """Fetch a page again through the headless browser when its static HTML is JavaScript-only."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        settings = crawler.settings
        self.mode = settings.get("RENDER_MODE", "never")
        self.min_chars = settings.getint("RENDER_MIN_TEXT_CHARS", 200)
        launch = settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS") or {}
        self.chromium = launch.get("executable_path") or ""
        self.shared_browser = bool(settings.get("PLAYWRIGHT_CDP_URL"))  # a running Chromium to connect to
        self.guarded = settings.getbool("GUARD_ADDRESSES")  # self-scans: crawler.netguard checks every browser request

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RenderMiddleware":
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        meta = request.meta
        if (
            self.mode == "never"
            or meta.get("playwright")
            or not meta.get("page")
            or response.status != 200
            or not isinstance(response, HtmlResponse)
        ):
            return response
        content = extract_html(page_html(response))
        meta["extracted"] = content  # the spider reuses it when the page is not rendered
        needs_render = self.mode == "always" or (
            content.script_count > 0 and content.text_length < self.min_chars
        )
        if not needs_render:
            return response
        spider = self.crawler.spider
        if not self.shared_browser and (not self.chromium or not os.path.exists(self.chromium)):
            spider.note_render_failure(response.url, f"Chromium niet gevonden op {self.chromium or '(geen pad)'}")
            return response
        from crawler.rendering import render_meta  # scrapy-playwright loads only when a page needs the browser

        self.crawler.stats.inc_value("keurmerk/render_requests")
        response.request = request  # kept as the fallback if the browser fails (meta, depth)
        extra = {"playwright_page_init_callback": "crawler.netguard.guard_page"} if self.guarded else {}
        return request.replace(
            url=response.url,
            meta={**meta, **render_meta(), **extra, "static_response": response},
            dont_filter=True,
            priority=request.priority + 100,
        )


_DIGITS = re.compile(r"\d+")
# A digit group that reads as a calendar date: a year 1900-2099, or yyyymmdd.
_DATE_GROUP = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[01]\d[0-3]\d)?(?!\d)")


def url_pattern(url: str) -> tuple[str, str, str]:
    """(path?query key, digit-masked pattern, path with the digits shown as an ellipsis)."""
    parts = urlsplit(url)
    key = f"{parts.path}?{parts.query}"
    pattern = _DIGITS.sub("#", parts.path) + ("?" + _DIGITS.sub("#", parts.query) if parts.query else "")
    return key, pattern, _DIGITS.sub("…", parts.path)


def dated(url: str) -> bool:
    """The numbers in the URL include a date (/agenda/2025/03/, ?dag=20250301): a calendar."""
    parts = urlsplit(url)
    return bool(_DATE_GROUP.search(parts.path) or _DATE_GROUP.search(parts.query))


class _Series:
    """Bookkeeping of one digit-masked URL pattern."""

    __slots__ = ("admitted", "novel", "seen", "held", "path")

    def __init__(self, path: str):
        self.admitted = 0
        self.novel = 0                 # fetched pages under the pattern that brought new text
        self.seen: set[int] = set()    # hashes of the (digit-masked) text blocks seen under it
        self.held: list[Request] = []  # waiting until pages under the pattern prove to be new content
        self.path = path


class TrapGuardMiddleware(BaseSpiderMiddleware):
    """Drop follow-up requests that look like an endless series (calendars, paged archives).

    Every digit-masked URL pattern (``/nieuws/bericht-#/``) gets ``TRAP_MAX_PATTERN_URLS`` URLs
    freely. Beyond that a pattern whose numbers are dates (a calendar) is cut off, and any other
    pattern grows by ``TRAP_GROWTH_PER_NEW_PAGE`` URLs for every fetched page under it that brought
    at least ``TRAP_NEW_TEXT_CHARS`` characters of text not seen under the pattern before (digits
    masked). An archive of articles keeps growing; an endless series of near-empty or repeated
    pages stops. Requests over the allowance wait; those still waiting when the site is done
    are reported as a trap.
    """

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        settings = crawler.settings
        self.max_query_variants = settings.getint("TRAP_MAX_QUERY_VARIANTS", 8)
        self.max_pattern_urls = settings.getint("TRAP_MAX_PATTERN_URLS", 12)
        self.growth = settings.getint("TRAP_GROWTH_PER_NEW_PAGE", 2)
        self.new_text_chars = settings.getint("TRAP_NEW_TEXT_CHARS", 100)
        self.max_held = max(1, settings.getint("MAX_PAGES", 150))
        self.seen: set[str] = set()
        self.held_keys: set[str] = set()
        self.query_variants: Counter[str] = Counter()
        self.series: dict[str, _Series] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> "TrapGuardMiddleware":
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(mw.spider_idle, signal=signals.spider_closed)
        return mw

    def allowance(self, series: _Series, url: str) -> int:
        if dated(url):
            return self.max_pattern_urls
        return self.max_pattern_urls + self.growth * series.novel

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is None or not request.meta.get("page"):
            return request
        parts = urlsplit(request.url)
        key, pattern, shown = url_pattern(request.url)
        if key in self.held_keys:
            return None  # already waiting
        if key in self.seen:
            return request  # the dupe filter handles exact repeats
        if parts.query and self.query_variants[parts.path] >= self.max_query_variants:
            return self._drop(parts.path)
        if _DIGITS.search(key):
            series = self.series.setdefault(pattern, _Series(shown))
            if series.admitted >= self.allowance(series, request.url):
                if dated(request.url) or len(series.held) >= self.max_held:
                    return self._drop(shown)
                self.held_keys.add(key)
                series.held.append(request)
                return None
            series.admitted += 1
        self.seen.add(key)
        if parts.query:
            self.query_variants[parts.path] += 1
        return request

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        if response is None or not isinstance(item, PageItem):
            return item
        first_url = (response.meta.get("redirect_urls") or [response.request.url])[0]
        series = self.series.get(url_pattern(first_url)[1])
        if series is None:
            return item
        new_chars = 0
        for block in item.page.blocks:
            h = hash(_DIGITS.sub("#", block.text.lower()))
            if h not in series.seen:
                series.seen.add(h)
                new_chars += len(block.text)
        if new_chars >= self.new_text_chars:
            series.novel += 1
            while series.held and series.admitted < self.allowance(series, series.held[0].url):
                request = series.held.pop(0)
                key = url_pattern(request.url)[0]
                self.held_keys.discard(key)
                self.seen.add(key)
                series.admitted += 1
                self.crawler.engine.crawl(request)
        return item

    def spider_idle(self, spider: Any = None, reason: str = "") -> None:
        """Nothing left to fetch: requests still waiting belong to a series without new content."""
        for series in self.series.values():
            if series.held:
                self.crawler.stats.inc_value("keurmerk/trap_dropped", len(series.held))
                series.held.clear()
                self.crawler.spider.note_trap(series.path)

    def _drop(self, path: str) -> None:
        self.crawler.stats.inc_value("keurmerk/trap_dropped")
        self.crawler.spider.note_trap(path)
        return None
