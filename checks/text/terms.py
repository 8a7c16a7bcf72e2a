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

import re._constants as _sre
import re._parser as _sre_parser

import yaml

from checks.text.normalize import fold

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: same data, faster
_WORD = r"[0-9a-z]"
_WORD_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"  # the characters of _WORD
_BOUNDARY = rf"(?<!{_WORD})"


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


def needles(pattern: str) -> tuple[str, ...] | None:
    """Pieces of text of which every match of the pattern contains at least one (on its target
    string), or None when there are none to be sure of. Lets a matcher skip a regex cheaply."""
    if pattern.startswith("re:"):
        return regex_needles(pattern[3:])
    one = needle(pattern)
    return None if one is None else (one,)


def regex_needles(rx: str) -> tuple[str, ...] | None:
    """For a raw regular expression: literal strings of which every match contains one, read from
    its parse tree (a run of literals that is always matched, or one per branch of an
    alternation that must match), or None when there is no such set (or it is unsure)."""
    try:
        parsed = _parse_tree(rx)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed))


@lru_cache(maxsize=128)
def _parse_tree(rx: str) -> _sre_parser.SubPattern:
    """The parse tree of a regular expression (only read: shared by ``regex_needles`` and
    ``_alternative``, which both read each raw pattern of a term set while it is built; a term
    set has at most a few dozen, so the last 128 trees are enough and little memory is kept)."""
    return _sre_parser.parse(rx)


def _required(items: list) -> tuple[str, ...] | None:
    options: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append(("".join(run),))
            run = []
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = arg
            if not add_flags & (re.IGNORECASE | re.VERBOSE):
                got = _required(list(sub))
                if got:
                    options.append(got)
        elif op is _sre.BRANCH:
            alternatives = [_required(list(alt)) for alt in arg[1]]
            if all(alternatives):
                options.append(tuple(dict.fromkeys(n for alt in alternatives for n in alt)))  # type: ignore[union-attr]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            got = _required(list(arg[2]))
            if got:
                options.append(got)
    if not options:
        return None
    # the most selective requirement: the one whose shortest needle is longest
    return max(options, key=lambda o: (min(len(n) for n in o), -len(o)))


def needle(pattern: str) -> str | None:
    """A piece of text every match of a literal, ``=`` or ``lemma:`` pattern contains, on its
    target string (its longest literal part); None for a raw regular expression."""
    if pattern.startswith("re:"):
        return None
    if pattern.startswith("="):
        return pattern[1:] or None
    if pattern.startswith("lemma:"):
        words = fold(pattern[6:]).split()
    else:
        words = [p for p in re.split(r"[\s\-]+", fold(pattern.strip("*"))) if p]
    return max(words, key=len) if words else None


class _NeedleIndex:
    """One Aho-Corasick automaton per target string (low, text, lemmas) over the needles of every
    pattern of every term set: one pass over a unit tells which patterns could match it at all.

    The first build loads every vocabulary file in ``checks/vocab/`` (whatever its name), so the
    automaton is built once per process; a term set made later (a test's own) rebuilds it.
    """

    def __init__(self) -> None:
        self.generation = 0
        self.built = -1
        self.next_id = 0
        self.needles: dict[str, dict[str, list[int]]] = {}
        self.owners: list[str] = []  # pattern id -> key of the term set it belongs to
        self.automata: list[tuple[str, object]] = []
        self.preloaded = False

    def register(self, target: str, needles: tuple[str, ...], owner: str = "") -> int:
        """A new pattern id, reported by ``present`` when any of ``needles`` occurs; ``owner``
        is the key of the term set the pattern belongs to (see ``by_owner``)."""
        pid = self.next_id
        self.next_id += 1
        self.owners.append(owner)
        for text in needles:
            self.needles.setdefault(target, {}).setdefault(text, []).append(pid)
        self.generation += 1
        return pid

    def build(self) -> None:
        import ahocorasick

        if not self.preloaded:
            self.preloaded = True
            for path in sorted(VOCAB_DIR.glob("*.yaml")):
                try:
                    load_vocab(path.stem)
                except Exception:  # noqa: BLE001 (a broken file fails in the check that uses it)
                    pass
        automata = []
        owners = self.owners
        for target, needles in self.needles.items():
            auto = ahocorasick.Automaton()
            for text, ids in needles.items():
                # each needle's pattern ids grouped by their term set (for ``present_by_owner``)
                grouped: dict[str, list[int]] = {}
                for pid in ids:
                    grouped.setdefault(owners[pid], []).append(pid)
                auto.add_word(text, (tuple(ids), tuple((k, tuple(v)) for k, v in grouped.items())))
            auto.make_automaton()
            automata.append((target, auto))
        self.automata = automata
        self.built = self.generation

    def present(self, unit: Matchable) -> set[int]:
        """Ids of the patterns whose needle occurs in the unit's target string."""
        if self.built != self.generation:
            self.build()
        out: set[int] = set()
        for target, auto in self.automata:
            s = getattr(unit, target)
            if s:
                for _, (ids, _grouped) in auto.iter(s):  # type: ignore[attr-defined]
                    out.update(ids)
        return out

    def present_by_owner(self, unit: Matchable) -> dict[str, set[int]]:
        """``by_owner(present(unit))`` in one pass: the automaton's payloads are grouped by term
        set already (the same sets of ids, without a set of all of them first)."""
        if self.built != self.generation:
            self.build()
        out: dict[str, set[int]] = {}
        for target, auto in self.automata:
            s = getattr(unit, target)
            if s:
                for _, (_ids, grouped) in auto.iter(s):  # type: ignore[attr-defined]
                    for key, ids in grouped:
                        got = out.get(key)
                        if got is None:
                            out[key] = set(ids)
                        else:
                            got.update(ids)
        return out

    def by_owner(self, present: set[int]) -> dict[str, set[int]]:
        """The ids of ``present`` grouped by the term set they belong to: a term set that is
        not a key has no pattern that could match (most term sets, for most units)."""
        owners = self.owners
        out: dict[str, set[int]] = {}
        for pid in present:
            key = owners[pid]
            got = out.get(key)
            if got is None:
                out[key] = {pid}
            else:
                got.add(pid)
        return out


_NEEDLES = _NeedleIndex()


class TermSet:
    """Canonical labels with their patterns.

    One pass per unit (``_NeedleIndex``, cached on the unit) finds which patterns of all
    vocabularies could match it: every pattern but a raw regex has a needle, a literal piece that
    each of its matches contains. A term set then runs only the regexes whose needle is present
    (the rest cannot match, so the hits are exactly those of running them all), in the order the
    patterns were written. Patterns without a needle and those not starting at a word boundary
    are joined into one alternation per target string, run when one of its needles is present or
    when it holds a pattern without one; its hits are found with only the alternatives that can
    match the unit, each run on its own (``_alternation``: the same hits).
    """

    def __init__(self, name: str, entries: dict[str, list[str]]):
        self.name = name
        self.labels = list(entries)
        self._key = f"{name}#{id(self)}"
        self._indexed: dict[int, tuple[str, str, str]] = {}   # pattern id -> (label, target, regex source)
        self._compiled: dict[int, re.Pattern] = {}
        self._compiled_open: dict[int, re.Pattern] = {}  # the same without the left boundary (see _find)
        self._always: list[tuple[str, str, str, tuple[str, ...] | None]] = []  # (label, target, regex source, needles)
        for label, patterns in entries.items():
            for pat in patterns:
                pat = str(pat)
                target, rx = compile_pattern(pat)
                bounded = rx.startswith("\x00")
                if bounded:
                    rx = _BOUNDARY + rx[1:]
                ndl = needles(pat)
                if bounded and ndl is not None:
                    # compiled when its needle first turns up (most never do on a given site)
                    self._indexed[_NEEDLES.register(target, ndl, self._key)] = (label, target, rx)
                else:
                    self._always.append((label, target, rx, ndl))  # compiled below, joined per target
        self._indexed_ids = frozenset(self._indexed)
        by_target: dict[str, list[str]] = {}
        ids: dict[str, set[int] | None] = {}
        self._always_label: dict[str, str] = {}
        # per target: the alternatives of the joined regex one by one, or None when one of them
        # could match the empty string
        self._alternatives: dict[str, list[_Alternative] | None] = {}
        for n, (label, target, rx, ndl) in enumerate(self._always):
            self._always_label[f"a{n}"] = label
            by_target.setdefault(target, []).append(f"(?P<a{n}>{rx})")
            pid = None if ndl is None else _NEEDLES.register(target, ndl, self._key)
            group = ids.setdefault(target, set())
            if pid is None or group is None:
                ids[target] = None
            else:
                group.add(pid)
            alternatives = self._alternatives.setdefault(target, [])
            if alternatives is not None:
                self._alternatives[target] = _alternative(label, rx, pid, alternatives)
        # per target: the joined regex's source (compiled by ``joined_regex`` when it has to run:
        # only when an alternative could match the empty string, see ``_alternatives``)
        self._always_rx = [
            (t, "|".join(parts), None if ids[t] is None else frozenset(ids[t]))  # type: ignore[arg-type]
            for t, parts in by_target.items()
        ]
        self._joined: dict[str, re.Pattern] = {}
        # a joined regex without a needle runs on every unit; else only a unit where one of this
        # term set's needles occurs can give a hit
        self._unconditional = any(group is None for _, _, group in self._always_rx)

    def find(self, unit: Matchable) -> list[Hit]:
        cache = getattr(unit, "match_cache", None)
        if cache is None:
            return self._find(unit, _NEEDLES.present(unit))
        got = cache.get(self._key)
        if got is not None:
            return got
        known = cache.get("__present")
        if known is None or known[0] != _NEEDLES.generation:
            known = cache["__present"] = (_NEEDLES.generation, _NEEDLES.present_by_owner(unit))
        mine = known[1].get(self._key)
        if mine is None and not self._unconditional:
            hits: list[Hit] = []  # none of this term set's needles occurs in the unit
        else:
            hits = self._find(unit, mine)
        cache[self._key] = hits
        return hits

    def _find(self, unit: Matchable, mine: set[int] | None) -> list[Hit]:
        """The hits in ``unit``, given the ids of the patterns whose needle occurs in it (this
        term set's, or more; None: none)."""
        hits: list[Hit] = []
        present = mine or ()
        for target, _source, group in self._always_rx:
            if group is None or not group.isdisjoint(present):
                s = getattr(unit, target)
                if s:
                    alternatives = self._alternatives[target]
                    if alternatives is None:
                        for m in self.joined_regex(target).finditer(s):
                            hits.append(Hit(self._always_label[m.lastgroup], m.start(), m.end(), m.group(0), target))  # type: ignore[index]
                    else:
                        _alternation(s, target, [a for a in alternatives if a.pid is None or a.pid in present], hits)
        if mine:
            candidates = self._indexed_ids & mine
            if candidates:
                for pid in sorted(candidates):
                    label, target, _source = self._indexed[pid]
                    s = getattr(unit, target)
                    if not s:
                        continue
                    # ``regex(pid)`` starts with a lookbehind for the left word boundary, which keeps
                    # the regex engine from skipping ahead to its literal: the pattern without it
                    # runs instead, and a match that starts inside a word is dropped with the
                    # search going on one character further (not after the match), which finds
                    # exactly the matches of ``regex(pid).finditer`` (all non-empty)
                    rx = self._compiled_open.get(pid) or self._open_regex(pid)
                    m = rx.search(s)
                    while m is not None:
                        start = m.start()
                        if start and s[start - 1] in _WORD_CHARS:
                            m = rx.search(s, start + 1)
                            continue
                        end = m.end()
                        hits.append(Hit(label, start, end, m.group(0), target))
                        m = rx.search(s, end)
        if len(hits) > 1:
            hits.sort(key=lambda h: (h.on != "low", h.start, -h.end))
        return hits

    def joined_regex(self, target: str) -> re.Pattern:
        """The joined alternation of the patterns run on every unit of ``target`` (compiled once,
        on first use)."""
        rx = self._joined.get(target)
        if rx is None:
            rx = self._joined[target] = re.compile(next(src for t, src, _ in self._always_rx if t == target))
        return rx

    def regex(self, pid: int) -> re.Pattern:
        """The compiled regex of an indexed pattern (compiled once, on first use)."""
        rx = self._compiled.get(pid)
        if rx is None:
            rx = self._compiled[pid] = re.compile(self._indexed[pid][2])
        return rx

    def _open_regex(self, pid: int) -> re.Pattern:
        """``regex(pid)`` without its leading left-boundary lookbehind (indexed patterns are
        bounded literals: they all start with it)."""
        source = self._indexed[pid][2]
        assert source.startswith(_BOUNDARY)
        rx = self._compiled_open[pid] = re.compile(source[len(_BOUNDARY):])
        return rx

    def labels_in(self, unit: Matchable) -> list[str]:
        seen: list[str] = []
        for h in self.find(unit):
            if h.label not in seen:
                seen.append(h.label)
        return seen

    def search(self, unit: Matchable) -> bool:
        # the cached answer read here first: most searches are repeats (every check asks again)
        cache = getattr(unit, "match_cache", None)
        if cache is not None:
            got = cache.get(self._key)
            if got is not None:
                return bool(got)
        return bool(self.find(unit))

    def search_text(self, text: str) -> bool:
        """Match a bare string (no lemmas): folded patterns and case-sensitive ones. Cached:
        headings, titles and URL paths are asked about once per unit below them."""
        key = (self._key, text)
        got = _TEXT_CACHE.get(key)
        if got is None:
            if len(_TEXT_CACHE) > _TEXT_CACHE_MAX:
                _TEXT_CACHE.clear()
            got = _TEXT_CACHE[key] = bool(self.find(plain_text(text)))
        return got


class _Alternative:
    """One alternative of a term set's joined regex: its label, its regex source, the pattern id
    of its needles (None: it has none) and its regex, compiled on first use (most alternatives
    never run on a given site: their needles do not occur)."""

    __slots__ = ("label", "source", "pid", "_regex")

    def __init__(self, label: str, source: str, pid: int | None):
        self.label, self.source, self.pid = label, source, pid
        self._regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        rx = self._regex
        if rx is None:
            rx = self._regex = re.compile(self.source)
        return rx


def _alternative(label: str, rx: str, pid: int | None, alternatives: list[_Alternative]) -> list[_Alternative] | None:
    """``alternatives`` with one more, or None when it could match the empty string (then the
    joined regex runs as it is)."""
    try:
        if _parse_tree(rx).getwidth()[0] == 0:
            return None
    except re.error:
        return None
    alternatives.append(_Alternative(label, rx, pid))
    return alternatives


def _alternation(s: str, target: str, active: list[_Alternative], hits: list[Hit]) -> None:
    """The matches of the joined regex ``(?P<a0>rx0)|(?P<a1>rx1)|...`` in ``s``, found with the
    alternatives that can match at all (``active``: a needle of theirs occurs in ``s``, or they
    have none), each run on its own: one alternation makes the regex engine try every
    alternative at every position of the text, while most of them cannot match anywhere in it.

    The joined regex, scanning from ``pos``, returns at the first position where some
    alternative matches the match of the first such alternative, then goes on from its end.
    Here each alternative keeps its own leftmost match from ``pos`` on (searched again only when
    it starts before ``pos``: a match that starts later is still its leftmost); the earliest
    start wins, the first alternative on a tie. No alternative matches the empty string, so
    every match ends after it starts (see ``_alternative``)."""
    if not active:
        return
    if len(active) == 1:
        label = active[0].label
        for m in active[0].regex.finditer(s):
            hits.append(Hit(label, m.start(), m.end(), m.group(0), target))
        return
    found = [a.regex.search(s) for a in active]
    pos = 0
    while True:
        best, best_start = -1, -1
        for k, m in enumerate(found):
            if m is None:
                continue
            start = m.start()
            if start < pos:
                m = found[k] = active[k].regex.search(s, pos)
                if m is None:
                    continue
                start = m.start()
            if best < 0 or start < best_start:
                best, best_start = k, start
        if best < 0:
            return
        m = found[best]
        hits.append(Hit(active[best].label, best_start, m.end(), m.group(0), target))  # type: ignore[union-attr]
        pos = m.end()  # type: ignore[union-attr]


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
    """The first one, two and three characters of every word of ``low``."""
    heads = set(_WORD_HEADS.findall(low))  # w[:3] of every word (the whole word when shorter)
    out = set(heads)
    for w in heads:
        out.add(w[:2])
        out.add(w[:1])
    return out


_WORD_HEADS = re.compile(r"(?<![0-9a-z])[0-9a-z]{1,%d}" % _PREFIX_LEN)


class _Plain:
    """A bare string in the shape the matchers expect (no lemmas; a match cache only when
    ``cached``, see ``plain_text``)."""

    __slots__ = ("text", "low", "lemmas", "match_cache")

    def __init__(self, text: str, cached: bool = False):
        self.text = text
        self.low = fold(text)
        self.lemmas = ""
        self.match_cache: dict | None = {} if cached else None


def plain_text(text: str) -> _Plain:
    """``text`` as a bare string with a match cache, shared by every term set asked about it: a
    heading, title or URL path is asked about by dozens of term sets, and each then folds it and
    runs the needle pass once, not once per term set (the same hits: ``TermSet.find`` with a
    unit's cache). The shared strings are forgotten when a term set is added (a reloaded
    vocabulary or a test's own) and when there are too many."""
    global _PLAIN_GENERATION
    if _PLAIN_GENERATION != _NEEDLES.generation or len(_PLAIN_CACHE) > _PLAIN_CACHE_MAX:
        _PLAIN_CACHE.clear()
        _PLAIN_GENERATION = _NEEDLES.generation
    got = _PLAIN_CACHE.get(text)
    if got is None:
        got = _PLAIN_CACHE[text] = _Plain(text, cached=True)
    return got


_PLAIN_CACHE: dict[str, _Plain] = {}
_PLAIN_CACHE_MAX = 4096  # (about 4 kB each with their match caches: some 17 MB at most)
_PLAIN_GENERATION = -1


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
def _load_vocab(name: str) -> dict[str, TermSet]:
    path = VOCAB_DIR / f"{name}.yaml"
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_YAML_LOADER) or {}
    return {group: TermSet(f"{name}.{group}", _entries(value, group)) for group, value in data.items()}


def load_vocab(name: str) -> dict[str, TermSet]:
    """All groups of ``checks/vocab/<name>.yaml`` as term sets (cached; ``load_vocab.cache_clear()``
    forgets them, and the term sets ``terms`` handed out)."""
    return _load_vocab(name)


def _clear_vocab() -> None:
    _load_vocab.cache_clear()
    terms.cache_clear()
    _PLAIN_CACHE.clear()


load_vocab.cache_clear = _clear_vocab  # type: ignore[attr-defined]


# (name, group) -> the term set: checks ask for their term sets a few hundred thousand times per
# judging pass, inside their loops over the units (functools' cache answers in C)
@lru_cache(maxsize=None)
def terms(name: str, group: str) -> TermSet:
    return load_vocab(name)[group]
