"""The site spider: one instance per provider website.

It starts at the given URL, follows on-site links (keyword links first), turns HTML pages and
linked PDFs into ``PageItem``s and keeps track of what went wrong, in Dutch, for the snapshot.
Limits (depth, size, time, page cap, robots.txt) come from the settings and middlewares.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor
from w3lib.url import canonicalize_url

from crawler import messages
from crawler.extract import PageContent, extract_html, page_html
from crawler.items import PageItem
from crawler.messages import OffsiteRequest, PageBudgetReached, classify_failure
from crawler.pdf import BrokenDocument, extract_pdf, looks_like_pdf
from crawler.priorities import link_priority
from crawler.scope import rebase, same_site
from models.snapshot import CrawlError, Page

HOME_PRIORITY = 1000
SKIPPED_EXTENSIONS = frozenset(ext for ext in IGNORED_EXTENSIONS if ext != "pdf")


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(
        self,
        start_url: str,
        sink: Callable[[Any], None] | None = None,
        progress: Callable[..., None] | None = None,
        page_sink: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.start_url = start_url
        self.sink = sink or (lambda snapshot: None)
        self.page_sink = page_sink  # gets each page the pipeline stores, as it is stored
        self._progress = progress
        self.base_url: str | None = None     # where the home page answered (after redirects)
        self.home_failure: CrawlError | None = None
        self.errors: list[CrawlError] = []
        self.budget_reached = False
        self.render_failure_detail: str | None = None
        self.saw_script_only_page = False  # a page with scripts but (almost) no static text
        self._trap_paths: set[str] = set()
        self.home_fingerprints: set[str] = set()
        # URL -> lowest depth a request for it was yielded at: a link found again at that depth or
        # deeper would only be dropped later (duplicate filter, or the same depth limit), so no
        # request is made for it (menus repeat every link on every page)
        self.yielded_depth: dict[str, int] = {}
        self.links = LinkExtractor(deny_extensions=[], tags=("a", "area"), attrs=("href",), unique=True)

    # --- bookkeeping used by middlewares and the pipeline ------------------------------------

    def report(self, message: str, counts: dict[str, int] | None = None) -> None:
        if self._progress:
            self._progress(message, counts)

    def note_error(self, url: str, kind: str, message: str, status: int | None = None) -> None:
        self.errors.append(CrawlError(url=url, kind=kind, message=message, status=status))  # type: ignore[arg-type]

    def note_render_failure(self, url: str, detail: str) -> None:
        self.render_failure_detail = self.render_failure_detail or detail
        self.note_error(url, "render_failed", messages.text("render_failed", url=url, detail=detail))

    def note_trap(self, path: str) -> None:
        if path not in self._trap_paths:
            self._trap_paths.add(path)
            self.note_error(self.start_url, "budget", messages.text("budget_trap", path=path))

    # --- crawling ------------------------------------------------------------------------------

    async def start(self) -> Any:
        yield scrapy.Request(
            self.start_url,
            callback=self.parse_page,
            errback=self.on_error,
            dont_filter=True,
            priority=HOME_PRIORITY,
            meta={"home": True, "page": True},
        )

    def parse_page(self, response: Response) -> Iterator[Any]:
        home = bool(response.meta.get("home"))
        if not same_site(response.url, self.start_url):  # e.g. a script navigated away
            if home:
                self._fail_home(messages.OffsiteRequest(response.url))
            return
        if looks_like_pdf(response.body, response.headers.get("Content-Type", b"").decode("latin-1")):
            if home:
                self._fail_home_not_html(response)
            else:
                yield from self.parse_document(response)
            return
        if not isinstance(response, HtmlResponse):
            if home:
                self._fail_home_not_html(response)
            return
        if home and self.base_url is None:
            self.base_url = response.url
            self.home_fingerprints.update(
                canonicalize_url(u) for u in (self.start_url, response.url, *response.meta.get("redirect_urls", ()))
            )
        content: PageContent | None = None
        if not response.meta.get("playwright"):
            content = response.meta.pop("extracted", None)
        if content is None:
            content = extract_html(page_html(response))
        if content.script_count and content.text_length < self.settings.getint("RENDER_MIN_TEXT_CHARS"):
            self.saw_script_only_page = True
        page = Page(
            url=response.url,
            kind="html",
            status=response.status,
            title=content.title,
            blocks=content.blocks,
            depth=int(response.meta.get("depth", 0)),
            rendered=bool(response.meta.get("playwright")),
        )
        yield PageItem(page=page, site_blocks=content.site_blocks)
        yield from self.follow_links(response)

    def follow_links(self, response: HtmlResponse) -> Iterator[scrapy.Request]:
        base = self.base_url or self.start_url
        depth = int(response.meta.get("depth", 0)) + 1
        requests: list[scrapy.Request] = []
        for link in self.links.extract_links(response):
            url = link.url.split("#", 1)[0]
            known = self.yielded_depth.get(url)
            if known is not None and known <= depth:
                continue
            if not same_site(url, self.start_url):
                continue
            url = rebase(url, base)
            if canonicalize_url(url) in self.home_fingerprints:
                continue  # the home page itself (fetched with dont_filter, so not in the dupe filter)
            path = unquote(urlsplit(url).path)
            ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
            if ext in SKIPPED_EXTENSIONS:
                continue
            document = ext == "pdf"
            self.yielded_depth[link.url.split("#", 1)[0]] = depth
            requests.append(scrapy.Request(
                url,
                callback=self.parse_document if document else self.parse_page,
                errback=self.on_error,
                priority=link_priority(link.text or "", path, document=document),
                meta={"page": True, "document": document},
            ))
        # Highest priority first, so the scheduler sees keyword links before the rest.
        requests.sort(key=lambda r: -r.priority)
        yield from requests

    def parse_document(self, response: Response) -> Iterator[Any]:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if isinstance(response, HtmlResponse) and not looks_like_pdf(response.body, content_type):
            yield from self.parse_page(response)  # a ".pdf" link that answers with a web page
            return
        name = unquote(urlsplit(response.url).path.rsplit("/", 1)[-1]) or response.url
        try:
            title, blocks = extract_pdf(response.body)
        except BrokenDocument as exc:
            self.note_error(response.url, "broken_document", messages.text(
                "broken_document", url=response.url, detail=_short(str(exc))))
            return
        if not any(b.kind != "title" for b in blocks):
            self.note_error(response.url, "broken_document", messages.text("empty_document", url=response.url))
        yield PageItem(page=Page(
            url=response.url,
            kind="pdf",
            status=response.status,
            title=title or name,
            blocks=blocks,
            depth=int(response.meta.get("depth", 0)),
        ))

    def on_error(self, failure: Any) -> Iterator[Any]:
        request = failure.request
        exc = failure.value
        meta = request.meta
        static = meta.get("static_response")
        if static is not None and meta.get("playwright"):
            # The browser failed: keep what the static HTML had.
            self.note_render_failure(request.url, messages.render_failure_detail(exc))
            yield from self.parse_page(static)
            return
        if isinstance(exc, PageBudgetReached):
            if not self.budget_reached:
                self.budget_reached = True
                self.note_error(self.start_url, "budget", messages.text(
                    "budget_pages", limit=self.settings.getint("MAX_PAGES")))
            return
        home = bool(meta.get("home"))
        if home:
            self._fail_home(exc)
            return
        if isinstance(exc, OffsiteRequest) or "robots.txt" in str(exc):
            return  # an off-site redirect or a page robots.txt forbids: not followed, no error
        kind, message, status = classify_failure(
            exc, request.url, home=False, maxsize=self.settings.getint("DOWNLOAD_MAXSIZE"))
        self.note_error(request.url, kind, message, status)

    def _fail_home(self, exc: BaseException) -> None:
        kind, message, status = classify_failure(
            exc, self.start_url, home=True, maxsize=self.settings.getint("DOWNLOAD_MAXSIZE"))
        self.home_failure = CrawlError(url=self.start_url, kind=kind, message=message, status=status)  # type: ignore[arg-type]

    def _fail_home_not_html(self, response: Response) -> None:
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip()
        self.home_failure = CrawlError(
            url=self.start_url,
            kind="not_html",
            message=messages.text("not_html_home", url=self.start_url, content_type=content_type or "onbekend"),
            status=response.status,
        )


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
