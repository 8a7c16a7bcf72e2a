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
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Whitespace-collapsed text with unified dashes and quotes (case and accents kept)."""
    text = text.translate(_DASHES).translate(_QUOTES).replace("\u00ad", "")
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lowercase, accent-free, whitespace-collapsed form used for matching."""
    text = unicodedata.normalize("NFKD", clean(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()
