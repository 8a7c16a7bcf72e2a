"""Which links the spider fetches first: pages likely to hold the information the checks need.

The keyword list is data: edit it here. Keywords are matched, accent- and case-insensitively,
against a link's anchor text and its URL path (hyphens, underscores and slashes read as spaces).
"""
from __future__ import annotations

import re
import unicodedata

PRIORITY_KEYWORDS: tuple[str, ...] = (
    "contact",
    "over ons",
    "over mij",
    "team",
    "behandelaren",
    "behandelaar",
    "medewerkers",
    "werkwijze",
    "aanmelden",
    "aanmelding",
    "voor wie",
    "aanbod",
    "behandeling",
    "behandelingen",
    "behandelmethoden",
    "ehealth",
    "e health",
    "kwaliteit",
    "kwaliteitsstatuut",
    "clientervaringen",
    "clienttevredenheid",
    "cqi",
    "tarieven",
    "kosten",
    "wachttijd",
    "wachttijden",
    "spoed",
    "crisis",
)

# Paths that rarely hold what the checks need: other languages, archives, feeds. Fetched last.
LOW_PRIORITY_PATH_PREFIXES: tuple[str, ...] = (
    "/en/", "/de/", "/fr/", "/tag/", "/tags/", "/category/", "/categorie/", "/author/", "/auteur/",
    "/feed/", "/wp-json/", "/page/", "/zoeken", "/search",
)

KEYWORD_PRIORITY = 20     # added to a request's priority when a keyword matches
DOCUMENT_PRIORITY = 5     # linked PDFs (kwaliteitsstatuut, CQI report) come early too
LOW_PRIORITY = -10        # for the path prefixes above

_SEPARATORS = re.compile(r"[\s\-_/.+%]+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " " + _SEPARATORS.sub(" ", text).strip() + " "


_KEYWORD_PATTERNS = tuple(re.compile(r"(?<![a-z])" + re.escape(_fold(k).strip())) for k in PRIORITY_KEYWORDS)


def matches_priority_keyword(anchor_text: str, url_path: str) -> bool:
    haystack = _fold(anchor_text) + _fold(url_path)
    return any(p.search(haystack) for p in _KEYWORD_PATTERNS)


def link_priority(anchor_text: str, url_path: str, *, document: bool = False) -> int:
    path = url_path.lower()
    if path.startswith(LOW_PRIORITY_PATH_PREFIXES) or path in ("/en", "/de", "/fr"):
        return LOW_PRIORITY
    priority = DOCUMENT_PRIORITY if document else 0
    if matches_priority_keyword(anchor_text, url_path):
        priority += KEYWORD_PRIORITY
    return priority
