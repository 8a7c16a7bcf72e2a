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
from typing import Iterable, Protocol

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
    left = "" if head_open else rf"(?<!{_WORD})"
    right = rf"{_WORD}*" if tail_open else rf"(?!{_WORD})"
    return left + body + right


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
    """Canonical labels with their patterns, searched in one pass per target string."""

    def __init__(self, name: str, entries: dict[str, list[str]]):
        self.name = name
        self.labels = list(entries)
        by_target: dict[str, list[str]] = {"low": [], "text": [], "lemmas": []}
        self._group_label: dict[str, str] = {}
        n = 0
        for label, patterns in entries.items():
            for pat in patterns:
                target, rx = compile_pattern(str(pat))
                gname = f"g{n}"
                n += 1
                self._group_label[gname] = label
                by_target[target].append(f"(?P<{gname}>{rx})")
        self._regex = {t: re.compile("|".join(parts)) for t, parts in by_target.items() if parts}

    def find(self, unit: Matchable) -> list[Hit]:
        hits: list[Hit] = []
        for target, rx in self._regex.items():
            s = getattr(unit, target)
            for m in rx.finditer(s):
                label = self._group_label[m.lastgroup]  # type: ignore[index]
                hits.append(Hit(label, m.start(), m.end(), m.group(0), target))
        hits.sort(key=lambda h: (h.on != "low", h.start))
        return hits

    def labels_in(self, unit: Matchable) -> list[str]:
        seen: list[str] = []
        for h in self.find(unit):
            if h.label not in seen:
                seen.append(h.label)
        return seen

    def search(self, unit: Matchable) -> bool:
        return any(rx.search(getattr(unit, t)) for t, rx in self._regex.items())

    def search_text(self, text: str) -> bool:
        """Match a bare string (no lemmas): folded patterns and case-sensitive ones."""
        low = fold(text)
        for target, rx in self._regex.items():
            if target == "low" and rx.search(low):
                return True
            if target == "text" and rx.search(text):
                return True
        return False


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


def any_match(termsets: Iterable[TermSet], unit: Matchable) -> bool:
    return any(ts.search(unit) for ts in termsets)
