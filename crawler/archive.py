"""The evidence archive: every response of a site's crawl in a standard WARC file (warcio).

``WarcArchiveMiddleware`` sits next to the downloader, so it sees every response as it came off
the wire: pages, PDFs, robots.txt and redirects (3xx), each as a ``request`` + ``response`` record
pair with the crawl's own headers. A page the browser rendered is kept as a ``resource`` record
holding the rendered DOM (``text/html``), beside the static response it replaced. Records are
gzipped one by one, so ``warcio check`` / ``warcio index`` and every replay tool read the file.

Two ``metadata`` records are the tool's own: ``keurmerk:truncated`` when the per-site size cap
(``ARCHIVE_MAX_BYTES``) stops the archive early, and ``keurmerk:crawl`` at the end with the
crawl summary, so a scan can be judged again from its archive alone (``crawler.replay``).

The spider gets its archive file through the ``archive_path`` spider argument; a spider without
one archives nothing.
"""
from __future__ import annotations

import io
import json
import logging
from datetime import datetime, timezone
from http.client import responses as REASONS
from pathlib import Path
from typing import Any

from scrapy import Request, signals
from scrapy.http import Response

from crawler.options import ARCHIVE_FILE  # noqa: F401 (re-exported)
from models.snapshot import ArchiveSummary

logger = logging.getLogger(__name__)

ROLE_HEADER = "WARC-Keurmerk-Role"        # page | document | robots | other | rendered
DEPTH_HEADER = "WARC-Keurmerk-Depth"
CRAWL_RECORD_URI = "urn:keurmerk:crawl"
TRUNCATED_RECORD_URI = "urn:keurmerk:truncated"
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
# Hop-by-hop framing Scrapy has already undone: the stored payload is the de-chunked body.
_DROPPED_RESPONSE_HEADERS = {"transfer-encoding"}


def _headers(scrapy_headers: Any, drop: set[str] = frozenset()) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name, values in scrapy_headers.items():
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        if key.lower() in drop:
            continue
        for value in values:
            out.append((key, value.decode("latin-1") if isinstance(value, bytes) else str(value)))
    return out


def request_role(request: Request) -> str:
    meta = request.meta
    if meta.get("playwright"):
        return "rendered"
    if request.url.endswith("/robots.txt") and not meta.get("page"):
        return "robots"
    if meta.get("document"):
        return "document"
    if meta.get("page"):
        return "page"
    return "other"


class SiteArchive:
    """One site's WARC file, written record by record, capped at ``max_bytes``."""

    def __init__(self, path: Path, start_url: str, max_bytes: int = DEFAULT_MAX_BYTES, user_agent: str = ""):
        from warcio.warcwriter import WARCWriter

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.start_url = start_url
        self.max_bytes = max_bytes
        self._file = open(self.path, "wb")
        self._writer = WARCWriter(self._file, gzip=True)
        self.records = 0
        self.truncated = False
        self.skipped = 0
        self.closed = False
        info = self._writer.create_warcinfo_record(self.path.name, {
            "software": "keurmerk-scan (Scrapy, warcio)",
            "format": "WARC File Format 1.1",
            "isPartOf": start_url,
            "http-header-user-agent": user_agent,
            "description": "Websitecheck Keurmerk Kortdurende GGZ: alle antwoorden van de crawl van deze website",
        })
        self._write(info)

    # --- writing -------------------------------------------------------------------------------

    @property
    def size(self) -> int:
        return self._file.tell() if not self._file.closed else self.path.stat().st_size

    def _write(self, record: Any) -> None:
        self._writer.write_record(record)
        self.records += 1

    def _room_for(self, url: str, payload_bytes: int) -> bool:
        if self.truncated:
            self.skipped += 1
            return False
        if self.size + payload_bytes <= self.max_bytes:
            return True
        self.truncated = True
        self.skipped += 1
        self._write_json("metadata", TRUNCATED_RECORD_URI, {
            "truncated": True,
            "max_bytes": self.max_bytes,
            "first_skipped_url": url,
            "message": f"Archief afgekapt: de maximale grootte van {self.max_bytes} bytes is bereikt; "
                       f"vanaf {url} zijn antwoorden niet meer bewaard.",
        })
        return False

    def _write_json(self, record_type: str, uri: str, data: dict[str, Any]) -> None:
        payload = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        record = self._writer.create_warc_record(
            uri, record_type, payload=io.BytesIO(payload), length=len(payload),
            warc_content_type="application/json",
        )
        self._write(record)

    def add_exchange(self, request: Request, response: Response) -> None:
        """A request and the response the server gave (any status, redirects included)."""
        from warcio.statusandheaders import StatusAndHeaders

        if self.closed or not self._room_for(response.url, len(response.body)):
            return
        role = request_role(request)
        extra = {ROLE_HEADER: role, DEPTH_HEADER: str(int(request.meta.get("depth", 0)))}
        protocol = getattr(response, "protocol", None) or "HTTP/1.1"
        status_line = f"{response.status} {REASONS.get(response.status, 'Unknown')}"
        http_headers = StatusAndHeaders(
            status_line, _headers(response.headers, _DROPPED_RESPONSE_HEADERS), protocol=protocol)
        resp_record = self._writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body), length=len(response.body),
            http_headers=http_headers, warc_headers_dict=extra,
        )
        path = request.url.split("://", 1)[-1]
        path = "/" + path.split("/", 1)[1] if "/" in path else "/"
        req_headers = StatusAndHeaders(
            f"{request.method} {path} {protocol}", _headers(request.headers), protocol=protocol,
            is_http_request=True)
        body = request.body or b""
        req_record = self._writer.create_warc_record(
            request.url, "request", payload=io.BytesIO(body), length=len(body), http_headers=req_headers,
            warc_headers_dict={"WARC-Concurrent-To": resp_record.rec_headers.get_header("WARC-Record-ID")},
        )
        self._write(resp_record)
        self._write(req_record)

    def add_rendered(self, request: Request, response: Response) -> None:
        """The DOM of a page after the browser ran its scripts."""
        body = response.text.encode("utf-8")
        if self.closed or not self._room_for(response.url, len(body)):
            return
        record = self._writer.create_warc_record(
            response.url, "resource", payload=io.BytesIO(body), length=len(body),
            warc_content_type="text/html; charset=utf-8",
            warc_headers_dict={ROLE_HEADER: "rendered", DEPTH_HEADER: str(int(request.meta.get("depth", 0)))},
        )
        self._write(record)

    def close(self, snapshot_head: dict[str, Any] | None = None) -> ArchiveSummary:
        """Write the crawl record (always, also past the cap) and close the file."""
        if not self.closed:
            data = dict(snapshot_head or {})
            data["archive"] = {"truncated": self.truncated, "skipped_responses": self.skipped,
                               "max_bytes": self.max_bytes}
            self._write_json("metadata", CRAWL_RECORD_URI, data)
            self._file.close()
            self.closed = True
        return self.summary()

    def summary(self) -> ArchiveSummary:
        return ArchiveSummary(
            file=self.path.name,
            bytes=self.size,
            records=self.records,
            truncated=self.truncated,
            skipped_responses=self.skipped,
            max_bytes=self.max_bytes,
        )


class WarcArchiveMiddleware:
    """Downloader middleware (next to the downloader): archive every response of the spider."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.max_bytes = crawler.settings.getint("ARCHIVE_MAX_BYTES", DEFAULT_MAX_BYTES)
        self.archive: SiteArchive | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Any) -> "WarcArchiveMiddleware":
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        path = getattr(spider, "archive_path", None)
        if not path:
            return
        try:
            self.archive = SiteArchive(Path(path), spider.start_url, self.max_bytes,
                                       user_agent=self.crawler.settings.get("USER_AGENT", ""))
        except OSError:
            logger.exception("could not open the archive %s", path)
            return
        spider.warc_archive = self.archive

    def process_response(self, request: Request, response: Response) -> Response:
        archive = self.archive
        if archive is not None:
            try:
                if request.meta.get("playwright"):
                    archive.add_rendered(request, response)
                else:
                    archive.add_exchange(request, response)
            except (OSError, ValueError):
                logger.exception("could not archive %s", response.url)
        return response


def close_archive(spider: Any, snapshot: Any) -> ArchiveSummary | None:
    """Finish the spider's archive with the crawl record; the summary for the snapshot."""
    archive: SiteArchive | None = getattr(spider, "warc_archive", None)
    if archive is None:
        return None
    head = {
        "start_url": snapshot.start_url,
        "site": snapshot.site,
        "fetched_at": snapshot.fetched_at.isoformat(),
        "crawl": snapshot.crawl.model_dump(mode="json", exclude={"archive"}),
        "closed_at": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    }
    try:
        return archive.close(head)
    except OSError:
        logger.exception("could not close the archive %s", archive.path)
        return None
