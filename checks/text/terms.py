"""Vocabularies as data: term lists in ``checks/vocab/*.yaml`` compiled into matchers.

A vocabulary file maps group names to either a list of patterns or a mapping of canonical
labels to pattern lists::

    methods:
      CGT: ["cognitieve gedragstherapie", "=CGT", "gedragstherapeut*"]

Pattern syntax (all matching is on folded text unless said otherwise):

- ``word`` a literal that starts and ends at a word boundary; a space or hyphen inside it
  also matches a hyphen, a space or nothing (``basis ggz`` = ``basis-ggz`` = ``basisggz``).
- ``word*`` the literal may continue (inflection or compound tail: ``crisisdienst*``).
- ``*word`` the literal may be the tail of a compound (``*therapeut`` = ``gezinstherapeut``).
- ``=ACT`` case-sensitive whole word on the unfolded text (acronyms that are also words).
- ``lemma:behandelen`` whole-token match on the lemma string (``behandeld`` -> ``behandelen``).
- ``re:...`` a raw regular expression on the folded text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import yaml

from checks.text.normalize import fold

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab"
_WORD = r"[0-9a-z]"


class Matchable(Protocol):
    text: str
    low: str
    lemmas: str


@dataclass(frozen=True)
class Hit:
    label: str
    start: int
    end: int
    text: str
    on: str  # "low", "text" or "lemmas": the string the offsets refer to


def _literal(pattern: str) -> str:
    head_open = pattern.startswith("*")
    tail_open = pattern.endswith("*")
    core = fold(pattern.strip("*"))
    parts = re.split(r"[\s\-]+", core)
    body = r"[\s\-]?".join(re.escape(p) for p in parts if p)
    # a compound tail ("*therapeut") simply matches inside a word; the offset then points at the
    # tail, which is all the callers need (no backtracking prefix scan)
    # the left word boundary is checked after matching (see TermSet.find): a pattern that starts
    # with a literal lets the regex engine skip ahead quickly, a lookbehind would not
    right = rf"{_WORD}*" if tail_open else rf"(?!{_WORD})"
    return ("" if head_open else "\x00") + body + right


def compile_pattern(pattern: str) -> tuple[str, str]:
    """(target, regex) for one vocabulary pattern; target is low / text / lemmas."""
    if pattern.startswith("re:"):
        return "low", pattern[3:]
    if pattern.startswith("="):
        return "text", rf"(?<![0-9A-Za-z]){re.escape(pattern[1:])}(?![0-9A-Za-z])"
    if pattern.startswith("lemma:"):
        words = fold(pattern[6:]).split()
        return "lemmas", r"(?<!\S)" + r" ".join(re.escape(w) for w in words) + r"(?!\S)"
    return "low", _literal(pattern)


class TermSet:
    """Canonical labels with their patterns.

    Word-initial literals are indexed by the first characters of their first word, so a unit is
    only tried against the patterns whose first word could start one of its words (Python's
    regex engine does not optimise long alternations). Other patterns are tried on every unit.
    """

    def __init__(self, name: str, entries: dict[str, list[str]]):
        self.name = name
        self.labels = list(entries)
        self._key = f"{name}#{id(self)}"
        self._indexed: dict[str, list[tuple[str, str, re.Pattern]]] = {}
        self._always: list[tuple[str, str, re.Pattern]] = []
        for label, patterns in entries.items():
            for pat in patterns:
                pat = str(pat)
                target, rx = compile_pattern(pat)
                bounded = rx.startswith("\x00")
                if bounded:
                    rx = rf"(?<!{_WORD})" + rx[1:]
                item = (label, target, re.compile(rx))
                key = _index_key(pat) if bounded and target == "low" else None
                if key:
                    self._indexed.setdefault(key, []).append(item)
                else:
                    self._always.append(item)
        self._keys = frozenset(self._indexed)
        # the patterns tried on every unit: one alternation per target string, one scan each
        by_target: dict[str, list[str]] = {}
        self._always_label: dict[str, str] = {}
        for n, (label, target, rx) in enumerate(self._always):
            self._always_label[f"a{n}"] = label
            by_target.setdefault(target, []).append(f"(?P<a{n}>{rx.pattern})")
        self._always_rx = [(t, re.compile("|".join(parts))) for t, parts in by_target.items()]

    def find(self, unit: Matchable) -> list[Hit]:
        cache = getattr(unit, "match_cache", None)
        if cache is not None:
            got = cache.get(self._key)
            if got is not None:
                return got
            prefixes = cache.get("__prefixes")
            if prefixes is None:
                prefixes = cache["__prefixes"] = _prefixes(unit.low)
        else:
            prefixes = _prefixes(unit.low)
        hits: list[Hit] = []
        for target, rx in self._always_rx:
            s = getattr(unit, target)
            if s:
                for m in rx.finditer(s):
                    hits.append(Hit(self._always_label[m.lastgroup], m.start(), m.end(), m.group(0), target))  # type: ignore[index]
        candidates = []
        for k in prefixes & self._keys:
            candidates.extend(self._indexed[k])
        for label, target, rx in candidates:
            s = getattr(unit, target)
            if not s:
                continue
            for m in rx.finditer(s):
                hits.append(Hit(label, m.start(), m.end(), m.group(0), target))
        hits.sort(key=lambda h: (h.on != "low", h.start, -h.end))
        if cache is not None:
            cache[self._key] = hits
        return hits

    def labels_in(self, unit: Matchable) -> list[str]:
        seen: list[str] = []
        for h in self.find(unit):
            if h.label not in seen:
                seen.append(h.label)
        return seen

    def search(self, unit: Matchable) -> bool:
        return bool(self.find(unit))

    def search_text(self, text: str) -> bool:
        """Match a bare string (no lemmas): folded patterns and case-sensitive ones. Cached:
        headings, titles and URL paths are asked about once per unit below them."""
        key = (self._key, text)
        got = _TEXT_CACHE.get(key)
        if got is None:
            if len(_TEXT_CACHE) > _TEXT_CACHE_MAX:
                _TEXT_CACHE.clear()
            got = _TEXT_CACHE[key] = bool(self.find(_Plain(text)))
        return got


_TEXT_CACHE: dict[tuple[str, str], bool] = {}
_TEXT_CACHE_MAX = 200_000


_PREFIX_LEN = 3
_WORDS = re.compile(r"[0-9a-z]+")


def _index_key(pattern: str) -> str | None:
    """First characters of the first word of a word-initial literal, or None when not indexable."""
    core = fold(pattern.strip("*"))
    first = re.split(r"[\s\-]+", core)[0]
    if not first or not all(ch.isalnum() and ch.isascii() for ch in first):
        return None
    return first[:_PREFIX_LEN]


def _prefixes(low: str) -> set[str]:
    out: set[str] = set()
    for w in _WORDS.findall(low):
        out.add(w[:1])
        out.add(w[:2])
        out.add(w[:3])
    return out


class _Plain:
    """A bare string in the shape the matchers expect (no lemmas, no cache)."""

    __slots__ = ("text", "low", "lemmas")

    def __init__(self, text: str):
        self.text = text
        self.low = fold(text)
        self.lemmas = ""


def _entries(value: object, group: str) -> dict[str, list[str]]:
    if isinstance(value, list):
        return {str(p).strip("*=").removeprefix("lemma:").removeprefix("re:"): [str(p)] for p in value}
    if isinstance(value, dict):
        out: dict[str, list[str]] = {}
        for label, pats in value.items():
            out[str(label)] = [str(p) for p in (pats if isinstance(pats, list) else [pats])]
        return out
    raise ValueError(f"vocabulary group {group!r} must be a list or a mapping")


@lru_cache(maxsize=None)
def load_vocab(name: str) -> dict[str, TermSet]:
    """All groups of ``checks/vocab/<name>.yaml`` as term sets (cached)."""
    path = VOCAB_DIR / f"{name}.yaml"
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return {group: TermSet(f"{name}.{group}", _entries(value, group)) for group, value in data.items()}


def terms(name: str, group: str) -> TermSet:
    return load_vocab(name)[group]
