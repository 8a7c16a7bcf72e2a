"""Text normalisation shared by the matchers: one folded form for Dutch text.

Folding lowercases, strips diacritics (cliënt -> client, suïcide -> suicide), unifies dashes
and quotes and collapses whitespace, so vocabularies need not spell every variant. Folding
keeps the string length for ordinary Latin text, which lets offsets be compared loosely.
"""
from __future__ import annotations

import re
import unicodedata

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}
# one table: dashes and quotes unified, soft hyphens dropped; applied only when one occurs
_TABLE = {**_DASHES, **_QUOTES, 0xAD: None}
_SPECIAL = re.compile("[%s]" % re.escape("".join(map(chr, _TABLE))))


def clean(text: str) -> str:
    """Whitespace-collapsed text with unified dashes and quotes (case and accents kept)."""
    if not text.isascii() and _SPECIAL.search(text):
        text = text.translate(_TABLE)
    # every run of whitespace one space, none at the ends: ``str.split``, ``str.strip`` and the
    # regex ``\s`` all read whitespace as ``str.isspace`` does, so this is exactly
    # ``re.sub(r"\s+", " ", text).strip()``, three times faster
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lowercase, accent-free, whitespace-collapsed form used for matching."""
    return fold_clean(clean(text))


def fold_clean(text: str) -> str:
    """``fold`` of a text that ``clean`` already returned (cleaning is idempotent)."""
    return strip_accents(text).lower()


def strip_accents(text: str) -> str:
    """``text`` in compatibility decomposition without its combining marks ("Inês" -> "Ines"), case kept."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():  # ASCII has no combining marks: nothing to strip
        text = _combining(text).sub("", text)
    return text


_COMBINING: dict[bool, re.Pattern] = {}


def _combining(text: str) -> re.Pattern:
    """A character class of every combining mark (``unicodedata.combining(ch) != 0``), built once:
    for the Basic Multilingual Plane, or for all of Unicode when ``text`` goes beyond it."""
    astral = max(text) > "\uffff"
    rx = _COMBINING.get(astral) or _COMBINING.get(True)
    if rx is None:
        top = 0x110000 if astral else 0x10000
        marks = [c for c in range(top) if unicodedata.combining(chr(c))]
        ranges: list[tuple[int, int]] = []
        for c in marks:
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1] = (ranges[-1][0], c)
            else:
                ranges.append((c, c))
        body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
        rx = _COMBINING[astral] = re.compile(f"[{body}]")
    return rx
