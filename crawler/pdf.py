"""PDF -> structured text (pypdf): paragraphs and list items, lines rejoined where they wrap.

A PDF that pypdf cannot open or read raises ``BrokenDocument``; the spider records it as a
``broken_document`` crawl error and goes on.
"""
from __future__ import annotations

import io
import logging
import re

from models.snapshot import Block

from crawler.extract import normalize_text

MAX_PDF_PAGES = 200
MAX_PDF_CHARS = 400_000

_BULLET = re.compile(r"^\s*([\u2022\u25cf\u25aa\u2023\u2043\u25e6\-\*\u2013\uf0b7\uf0a7]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"[.:;!?]$")

logging.getLogger("pypdf").setLevel(logging.ERROR)


class BrokenDocument(Exception):
    """The document could not be read."""


def looks_like_pdf(body: bytes, content_type: str = "") -> bool:
    return body[:1024].lstrip().startswith(b"%PDF") or "application/pdf" in content_type.lower()


def extract_pdf(data: bytes) -> tuple[str, list[Block]]:
    """Return (title, blocks) of a PDF; raise ``BrokenDocument`` when it cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise BrokenDocument("geen PDF-bestand")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BrokenDocument("het document is beveiligd met een wachtwoord")
        title = ""
        try:
            meta = reader.metadata
            title = normalize_text(str(meta.title)) if meta and meta.title else ""
        except Exception:  # noqa: BLE001 (metadata is optional and often malformed)
            title = ""
        texts: list[str] = []
        total = 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            text = page.extract_text() or ""
            texts.append(text)
            total += len(text)
            if total > MAX_PDF_CHARS:
                break
    except BrokenDocument:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError, AssertionError, ZeroDivisionError) as exc:
        raise BrokenDocument(f"{type(exc).__name__}: {exc}") from exc
    if not reader.pages:
        raise BrokenDocument("het document heeft geen pagina's")
    blocks = text_to_blocks("\n\n".join(texts))
    if title:
        blocks.insert(0, Block(kind="title", text=title.replace("\n", " ")))
    return title, blocks


def text_to_blocks(text: str) -> list[Block]:
    """Group extracted PDF lines into paragraphs and list items.

    A line continues the previous block when that block does not end a sentence and the line
    starts in lower case (or the previous line ended in a hyphenated word break).
    """
    blocks: list[tuple[str, str]] = []
    for raw_line in text.split("\n"):
        line = normalize_text(raw_line)
        if not line:
            blocks.append(("", ""))  # paragraph break
            continue
        bullet = _BULLET.match(line)
        if bullet:
            blocks.append(("list_item", line[bullet.end():].strip()))
            continue
        if blocks and blocks[-1][0]:
            kind, prev = blocks[-1]
            if prev.endswith("-") and line[:1].islower():
                blocks[-1] = (kind, prev[:-1] + line)
                continue
            if not _SENTENCE_END.search(prev) and (line[:1].islower() or line[:1] in "(€%0123456789"):
                blocks[-1] = (kind, prev + " " + line)
                continue
        blocks.append(("paragraph", line))
    return [Block(kind=kind, text=t) for kind, t in blocks if kind and t]  # type: ignore[arg-type]
