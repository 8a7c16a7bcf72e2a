"""Fixture sites for the crawler tests: small HTML pages, PDFs and bad inputs, served locally."""
from __future__ import annotations

import contextlib
import itertools
from typing import Iterator, Mapping

from crawler.options import CrawlOptions
from keurmerk_scan.siteserver import Route, RouteLike, SiteServer

FAST = dict(autothrottle=False, download_delay=0.0, render="never", time_budget_seconds=60.0)

_hosts = itertools.count(40)


def next_host() -> str:
    """A fresh loopback address per fixture site (127.0.0.40, .41, ...)."""
    return f"127.0.0.{next(_hosts)}"


def fast_options(**overrides: object) -> CrawlOptions:
    return CrawlOptions(**{**FAST, **overrides})  # type: ignore[arg-type]


def page(title: str, body: str, *, header: str = "", footer: str = "") -> str:
    return (
        f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"{header}<main>{body}</main>{footer}</body></html>"
    )


def pdf_bytes(lines: list[str], title: str = "") -> bytes:
    """A minimal one-page PDF (Helvetica, WinAnsi) whose text is ``lines``."""
    def esc(s: str) -> bytes:
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 11 Tf 72 790 Td 15 TL " + b" ".join(b"(" + esc(l) + b") Tj T*" for l in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title) + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_route(data: bytes) -> Route:
    return Route(data, 200, "application/pdf")


@contextlib.contextmanager
def serve(*sites: Mapping[str, RouteLike]) -> Iterator[list[SiteServer]]:
    """Start one SiteServer per route map, each on its own loopback address."""
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(SiteServer(routes, host=next_host())) for routes in sites]
