"""Item pipeline: collects one site's pages and, when its spider closes, builds the snapshot."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

from scrapy import signals

from crawler import messages
from crawler.archive import close_archive
from crawler.items import PageItem
from crawler.scope import site_name
from models.snapshot import CrawlError, CrawlSummary, Page, SiteSnapshot

PROGRESS_EVERY = 10  # pages between two progress messages
# Text on at least this share of a site's pages (and at least REPEATED_MIN_PAGES pages) is site
# furniture (a sidebar, a footer without <footer>): it moves to the site blocks, kept once.
REPEATED_SHARE = 0.7
REPEATED_MIN_PAGES = 4


class SnapshotPipeline:
    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.pages: list[Page] = []
        self.fingerprints: set[tuple] = set()
        self.site_blocks: list = []
        self.site_blocks_url: str | None = None
        self.started = time.monotonic()
        self.fetched_at = datetime.now(timezone.utc).replace(microsecond=0)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SnapshotPipeline":
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        spider.report(messages.text("progress_started"), self.counts())

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, PageItem):
            return item
        fingerprint = (item.page.kind, tuple((b.kind, b.text) for b in item.page.blocks))
        if fingerprint in self.fingerprints:
            return item  # same content under another URL (/ and /index.html): kept once
        self.fingerprints.add(fingerprint)
        self.pages.append(item.page)
        page_sink = getattr(self.crawler.spider, "page_sink", None) if self.crawler is not None else None
        if page_sink is not None:
            page_sink(item.page)
        if item.site_blocks and not self.site_blocks:
            self.site_blocks = list(item.site_blocks)
            self.site_blocks_url = item.page.url
        html_pages = sum(1 for p in self.pages if p.kind == "html")
        if self.crawler is not None and item.page.kind == "html" and html_pages % PROGRESS_EVERY == 0:
            self.crawler.spider.report(messages.text("progress_pages", pages=html_pages), self.counts())
        return item

    def counts(self) -> dict[str, int]:
        """Pages read (HTML), of which rendered in the browser, and documents, for live progress."""
        return {
            "pages": sum(1 for p in self.pages if p.kind == "html"),
            "rendered": sum(1 for p in self.pages if p.kind == "html" and p.rendered),
            "documents": sum(1 for p in self.pages if p.kind == "pdf"),
        }

    def spider_closed(self, spider: Any, reason: str) -> None:
        snapshot = self.build_snapshot(spider, reason)
        snapshot.crawl.archive = close_archive(spider, snapshot)
        if snapshot.crawl.status == "failed":
            spider.report(messages.text("progress_failed", reason=snapshot.crawl.failure_reason), self.counts())
        else:
            spider.report(messages.text(
                "progress_done",
                pages=messages.count_text(snapshot.crawl.pages_fetched, "pagina", "pagina's"),
                documents=messages.count_text(snapshot.crawl.documents, "document", "documenten"),
            ), self.counts())
        spider.sink(snapshot)

    def build_snapshot(self, spider: Any, reason: str) -> SiteSnapshot:
        errors: list[CrawlError] = list(spider.errors)
        if reason == "closespider_timeout":
            errors.append(CrawlError(url=spider.start_url, kind="budget", message=messages.text(
                "budget_time", limit=int(spider.settings.getfloat("CLOSESPIDER_TIMEOUT")))))
        elif reason == "closespider_pagecount" and not spider.budget_reached:
            errors.append(CrawlError(url=spider.start_url, kind="budget", message=messages.text(
                "budget_pages", limit=spider.settings.getint("MAX_PAGES"))))
        if self.crawler.stats.get_value("depth/request_ignored_count"):
            errors.append(CrawlError(url=spider.start_url, kind="budget", message=messages.text(
                "budget_depth", limit=spider.settings.getint("DEPTH_LIMIT"))))
        move_repeated_blocks(self.pages, self.site_blocks)
        if self.site_blocks and self.site_blocks_url is None:
            self.site_blocks_url = spider.base_url or spider.start_url
        html_pages = [p for p in self.pages if p.kind == "html"]
        documents = [p for p in self.pages if p.kind == "pdf"]
        readable = any(b.kind != "title" for p in self.pages for b in p.blocks) or any(
            b for b in self.site_blocks
        )
        failure: CrawlError | None = spider.home_failure
        if failure is None and not html_pages:
            failure = CrawlError(url=spider.start_url, kind="other", message=messages.text(
                "crawler_timeout", url=spider.start_url))
        if failure is None and not readable:
            render_errors = [e for e in errors if e.kind == "render_failed"]
            if render_errors:
                failure = CrawlError(url=spider.start_url, kind="render_failed", message=messages.text(
                    "render_failed_home", url=spider.start_url, detail=spider.render_failure_detail or "onbekende fout"))
            else:
                key = "empty_js_home" if spider.saw_script_only_page else "empty_home"
                failure = CrawlError(url=spider.start_url, kind="empty", message=messages.text(
                    key, url=spider.start_url))
        if failure is not None:
            status, failure_reason = "failed", failure.message
            if failure not in errors:
                errors.insert(0, failure)
        elif errors:
            status, failure_reason = "partial", None
        else:
            status, failure_reason = "ok", None
        return SiteSnapshot(
            start_url=spider.start_url,
            site=site_name(spider.start_url),
            fetched_at=self.fetched_at,
            pages=self.pages,
            site_blocks=self.site_blocks,
            site_blocks_url=self.site_blocks_url,
            crawl=CrawlSummary(
                status=status,
                failure_reason=failure_reason,
                pages_fetched=len(html_pages),
                pages_rendered=sum(1 for p in html_pages if p.rendered),
                documents=len(documents),
                duration_seconds=round(time.monotonic() - self.started, 2),
                errors=errors,
            ),
        )


def move_repeated_blocks(pages: list[Page], site_blocks: list) -> None:
    """Move blocks that recur on most HTML pages into ``site_blocks`` (in place)."""
    html_pages = [p for p in pages if p.kind == "html"]
    if len(html_pages) < REPEATED_MIN_PAGES:
        return
    counts: dict[tuple[str, str], int] = {}
    for p in html_pages:
        for key in {(b.kind, b.text) for b in p.blocks if b.kind != "title"}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(REPEATED_MIN_PAGES, REPEATED_SHARE * len(html_pages))
    repeated = {key for key, n in counts.items() if n >= threshold}
    if not repeated:
        return
    known = {(b.kind, b.text) for b in site_blocks}
    for p in html_pages:  # in page order, so the home page's order wins
        for b in p.blocks:
            key = (b.kind, b.text)
            if key in repeated and key not in known:
                site_blocks.append(b)
                known.add(key)
    for p in html_pages:
        p.blocks = [b for b in p.blocks if (b.kind, b.text) not in repeated]
