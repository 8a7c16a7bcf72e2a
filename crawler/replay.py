"""Replay: a site snapshot rebuilt from its evidence archive (WARC), without any network access.

The same extraction as during the crawl (``crawler.extract`` for HTML, ``crawler.pdf`` for PDF,
the snapshot pipeline's de-duplication and site-furniture rule), applied to the archived
responses in the order they arrived. A page the browser rendered is read from its rendered DOM
(the ``resource`` record), not from the static HTML it replaced. The crawl summary (status,
errors) comes from the archive's ``keurmerk:crawl`` record: what went wrong during the crawl
cannot be seen again from the responses alone.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from crawler.archive import CRAWL_RECORD_URI, DEPTH_HEADER, ROLE_HEADER, TRUNCATED_RECORD_URI
from crawler.extract import extract_html, page_html
from crawler.items import PageItem
from crawler.pdf import BrokenDocument, extract_pdf, looks_like_pdf
from crawler.pipelines import SnapshotPipeline, move_repeated_blocks
from crawler.scope import same_site, site_name
from models.snapshot import ArchiveSummary, CrawlSummary, Page, SiteSnapshot

PAGE_ROLES = ("page", "document")


class ArchiveError(ValueError):
    """The archive cannot be read (Dutch message)."""


def _records(path: Path) -> Iterator[dict[str, Any]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                headers = record.rec_headers
                http = record.http_headers
                item: dict[str, Any] = {
                    "type": record.rec_type,
                    "uri": headers.get_header("WARC-Target-URI") or "",
                    "role": headers.get_header(ROLE_HEADER) or "",
                    "depth": int(headers.get_header(DEPTH_HEADER) or 0),
                    "content_type": headers.get_header("Content-Type") or "",
                }
                if record.rec_type == "response" and http is not None:
                    item["status"] = int(http.get_statuscode() or 0)
                    item["headers"] = [(k, v) for k, v in http.headers
                                       if k.lower() not in ("content-encoding", "content-length")]
                    item["body"] = _decoded(record, http.get_header("Content-Encoding") or "")
                elif record.rec_type in ("resource", "metadata"):
                    item["body"] = record.content_stream().read()
                yield item
    except (OSError, ArchiveLoadFailed, ValueError) as exc:
        raise ArchiveError(f"het archief {path} is onleesbaar: {exc}") from exc


def _decoded(record: Any, encoding: str) -> bytes:
    """The payload as the spider saw it: chunking and content encoding undone.

    warcio undoes gzip, deflate and br; zstd (which Scrapy also accepts) is undone here.
    """
    body = record.content_stream().read()
    if encoding.strip().lower() == "zstd":
        try:
            from compression import zstd  # type: ignore[import-not-found]  # Python >= 3.14
        except ImportError:
            from backports import zstd  # type: ignore[import-not-found,no-redef]  # a Scrapy dependency
        try:
            body = zstd.decompress(body)
        except Exception as exc:  # noqa: BLE001 (a broken body: the page is unreadable, not the archive)
            raise ArchiveError(f"een antwoord in het archief is niet te decomprimeren (zstd): {exc}") from exc
    return body


def _response(item: dict[str, Any], *, rendered: bool = False) -> Any:
    from scrapy.http import Headers, HtmlResponse
    from scrapy.responsetypes import responsetypes

    if rendered:
        return HtmlResponse(url=item["uri"], body=item["body"], encoding="utf-8", status=200,
                            flags=["playwright"])
    headers = Headers(item["headers"])
    cls = responsetypes.from_args(headers=headers, url=item["uri"], body=item["body"])
    return cls(url=item["uri"], body=item["body"], headers=headers, status=item["status"])


def _page(item: dict[str, Any], start_url: str) -> PageItem | None:
    """What the spider made of this archived response (None: not a page)."""
    from scrapy.http import HtmlResponse

    rendered = item["type"] == "resource"
    if not rendered and not 200 <= item.get("status", 0) < 300:
        return None  # redirects and HTTP errors never became pages
    if not same_site(item["uri"], start_url):
        return None
    response = _response(item, rendered=rendered)
    content_type = response.headers.get("Content-Type", b"").decode("latin-1")
    if not rendered and looks_like_pdf(response.body, content_type):
        name = item["uri"].rstrip("/").rsplit("/", 1)[-1]
        try:
            title, blocks = extract_pdf(response.body)
        except BrokenDocument:
            return None
        return PageItem(page=Page(url=item["uri"], kind="pdf", status=response.status,
                                  title=title or name, blocks=blocks, depth=item["depth"]))
    if not isinstance(response, HtmlResponse):
        return None
    content = extract_html(page_html(response))
    return PageItem(
        page=Page(url=item["uri"], kind="html", status=response.status, title=content.title,
                  blocks=content.blocks, depth=item["depth"], rendered=rendered),
        site_blocks=content.site_blocks,
    )


def snapshot_from_warc(path: Path) -> SiteSnapshot:
    """The site snapshot as the crawl would have built it from the archived responses."""
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"geen archief gevonden: {path} ontbreekt.")
    items = list(_records(path))
    crawl_head: dict[str, Any] = {}
    truncated: dict[str, Any] = {}
    for item in items:
        if item["type"] == "metadata" and item["uri"] == CRAWL_RECORD_URI:
            crawl_head = json.loads(item["body"].decode("utf-8"))
        elif item["type"] == "metadata" and item["uri"] == TRUNCATED_RECORD_URI:
            truncated = json.loads(item["body"].decode("utf-8"))
    if not crawl_head:
        raise ArchiveError(f"het archief {path} is niet afgesloten (de crawl is afgebroken): "
                           "het crawlverslag ontbreekt.")
    start_url = crawl_head["start_url"]
    rendered_urls = {i["uri"] for i in items if i["type"] == "resource" and i["role"] == "rendered"}
    collector = SnapshotPipeline(crawler=None)
    for item in items:
        if item["role"] not in PAGE_ROLES + ("rendered",):
            continue
        if item["type"] == "response" and item["uri"] in rendered_urls:
            continue  # this page was read from its rendered DOM
        page_item = _page(item, start_url)
        if page_item is not None:
            collector.process_item(page_item)
    pages = collector.pages
    site_blocks = collector.site_blocks
    move_repeated_blocks(pages, site_blocks)
    site_blocks_url = collector.site_blocks_url
    if site_blocks and site_blocks_url is None:  # as the pipeline does: the home page's address
        site_blocks_url = next((p.url for p in pages if p.kind == "html"), start_url)
    crawl = CrawlSummary.model_validate(crawl_head.get("crawl") or {"status": "failed"})
    info = crawl_head.get("archive") or {}
    crawl.archive = ArchiveSummary(
        file=path.name, bytes=path.stat().st_size, records=len(items),
        truncated=bool(info.get("truncated") or truncated), skipped_responses=int(info.get("skipped_responses", 0)),
        max_bytes=int(info.get("max_bytes", 0)),
    )
    fetched_at = crawl_head.get("fetched_at")
    return SiteSnapshot(
        start_url=start_url,
        site=crawl_head.get("site") or site_name(start_url),
        fetched_at=datetime.fromisoformat(fetched_at) if fetched_at else datetime.now(timezone.utc),
        pages=pages,
        site_blocks=site_blocks,
        site_blocks_url=site_blocks_url if site_blocks else None,
        crawl=crawl,
    )


def archived_bodies(path: Path, urls: set[str]) -> dict[str, bytes]:
    """The decoded bodies of the archived 200 responses for ``urls`` (first of each), e.g. PDFs."""
    found: dict[str, bytes] = {}
    for item in _records(Path(path)):
        if (item["type"] == "response" and item["uri"] in urls and item["uri"] not in found
                and item.get("status") == 200):
            found[item["uri"]] = item["body"]
    return found
