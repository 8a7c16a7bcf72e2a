"""The site snapshot: everything the crawler gathered about one provider website.

A snapshot is the only input of the checks. It holds text with its structure (title, headings,
paragraphs, list items, table rows), never raw HTML, so checks cannot fetch or re-parse.
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

BlockKind = Literal["title", "heading", "paragraph", "list_item", "table_row"]


class Block(BaseModel):
    """One structural unit of a page's main text."""

    kind: BlockKind
    text: str
    level: int = Field(0, description="Heading level 1-6 for headings, 0 otherwise")


class Page(BaseModel):
    """One fetched HTML page or linked document (PDF) of the site."""

    url: str
    kind: Literal["html", "pdf"] = "html"
    status: int = 200
    title: str = ""
    blocks: list[Block] = Field(default_factory=list)
    depth: int = 0
    rendered: bool = Field(False, description="Fetched again through a headless browser")

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind in ("title", "heading")]


CrawlErrorKind = Literal[
    "unreachable",      # DNS failure, connection refused, timeout
    "http_error",       # 4xx / 5xx
    "robots",           # disallowed by robots.txt
    "redirect_loop",
    "offsite_redirect",  # start URL redirects to another site
    "not_html",         # home page is not HTML (image, binary, ...)
    "too_large",        # response over the size cap
    "broken_document",  # a PDF that could not be read
    "render_failed",    # headless browser could not render the page
    "empty",            # pages fetched but no readable text
    "budget",           # page cap / time budget reached (not fatal)
    "refused_address",  # self-scan: an internal or reserved network address (SSRF guard)
    "other",
]


class CrawlError(BaseModel):
    url: str
    kind: CrawlErrorKind
    message: str = Field(description="Dutch, readable by a reviewer")
    status: int | None = None


class ArchiveSummary(BaseModel):
    """The site's evidence archive (WARC) written during the crawl."""

    file: str = Field(description="File name of the WARC, relative to the site's report folder")
    bytes: int = 0
    records: int = 0
    truncated: bool = Field(False, description="The per-site size cap stopped the archive early")
    skipped_responses: int = Field(0, description="Responses not archived because of the cap")
    max_bytes: int = 0


class CrawlSummary(BaseModel):
    status: Literal["ok", "partial", "failed"]
    failure_reason: str | None = Field(
        None, description="Dutch explanation when status is failed (why nothing can be judged)"
    )
    pages_fetched: int = 0
    pages_rendered: int = 0
    documents: int = 0
    duration_seconds: float = 0.0
    errors: list[CrawlError] = Field(default_factory=list)
    archive: ArchiveSummary | None = Field(None, description="The WARC of this crawl, when one was written")


class SiteSnapshot(BaseModel):
    """Artifact of one site's crawl."""

    start_url: str
    site: str = Field(description="Registrable host of the site, without www.")
    fetched_at: datetime
    pages: list[Page] = Field(default_factory=list)
    site_blocks: list[Block] = Field(
        default_factory=list,
        description="Header and footer text, kept once per site rather than once per page",
    )
    site_blocks_url: str | None = Field(None, description="Page the header/footer text was taken from")
    crawl: CrawlSummary

    @property
    def readable(self) -> bool:
        """True when there is text to judge."""
        return self.crawl.status != "failed" and any(p.blocks for p in self.pages)
