"""The Dutch spaCy pipeline, loaded once per process.

A blank Dutch model (tokenizer rules only, no downloaded weights) with the rule-based
sentencizer and the lookup lemmatizer of spacy-lookups-data. Everything runs offline.

Segmentation needs only spaCy's Dutch tokenizer (``get_tokenizer``), the sentencizer's
punctuation and the lemma table; it builds just those, not the whole ``spacy.blank`` pipeline.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import types
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence


def _import_spacy() -> types.ModuleType:
    """``import spacy`` without its command-line package.

    ``spacy/__init__`` imports ``spacy.cli.info`` only to offer ``spacy.info``; that pulls in
    spaCy's whole CLI (typer, weasel, requests, httpx: a seventh of a second of CPU per process).
    While spaCy loads, ``spacy.cli`` is a placeholder whose ``info`` loads the real one when
    called; afterwards the placeholder is gone, so ``import spacy.cli`` still gets the real package.
    When the placeholder does not fit this spaCy version, spaCy is imported the ordinary way."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        import spacy
        return spacy

    def info(*args, **kwargs):  # spacy.info, loaded when somebody calls it
        from spacy.cli.info import info as real_info
        return real_info(*args, **kwargs)

    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli.info"].info = info
    sys.modules.update(placeholders)
    try:
        import spacy
    except Exception:  # noqa: BLE001 (another spaCy layout: load it in full)
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    return spacy


spacy = _import_spacy()

from spacy.language import Language  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

# spaCy's default maximum is far above any page; texts longer than this are cut into parts.
MAX_CHARS = 100_000


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


_LEMMAS: dict[int, str] = {}


def lemma_of(orth: int, text: str) -> str:
    """The lowercase lemma of a token (by its ORTH id and text), exactly as ``lemma_string``
    reads it from the lookup lemmatizer of ``get_nlp``: the table entry for the lowercased text,
    else the lowercased text itself. Cached per word."""
    got = _LEMMAS.get(orth)
    if got is None:
        low = text.lower()
        found = _lemma_lookup()(low)
        got = _LEMMAS[orth] = ((low if found is None else found) or text).lower()
    return got


def prefetch_lemmas(texts: Sequence[str], token_arrays: Sequence) -> None:
    """Find the lemmas of the words of ``texts`` (their token arrays: ORTH id, char offset,
    length, ...) that this process has not met yet, all at once, for ``lemma_of`` to return: the
    SQLite copy answers one query for a few hundred words much faster than word by word."""
    known = _LEMMAS
    pending: dict[int, str] = {}
    for text, rows in zip(texts, token_arrays):
        # the ORTH column alone first: most words are known, their offsets are never needed
        for k, orth in enumerate(rows[:, 0].tolist()):
            if orth not in known and orth not in pending:
                idx, length = int(rows[k, 1]), int(rows[k, 2])
                pending[orth] = text[idx:idx + length]
    if not pending:
        return
    lows = {orth: text.lower() for orth, text in pending.items()}
    found = _lemma_lookup_many(set(lows.values()))
    for orth, text in pending.items():
        low = lows[orth]
        entry = found.get(low)
        known[orth] = ((low if entry is None else entry) or text).lower()


def _lemma_lookup_many(words: set[str]) -> dict[str, str]:
    """The lemma table's entries for ``words`` (those it has)."""
    _lemma_lookup()  # opens this process's connection, or falls back to the table in memory
    con = _CONNECTION.get(os.getpid())
    if con is None:
        table = _lemma_table()
        return {w: table[w] for w in words if w in table}
    out: dict[str, str] = {}
    ordered = list(words)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        query = f"SELECT word, lemma FROM lemma WHERE word IN ({','.join('?' * len(chunk))})"
        out.update(con.execute(query, chunk).fetchall())
    return out


def _lemma_file() -> Path:
    import spacy_lookups_data

    return Path(str(spacy_lookups_data.nl["lemma_lookup"]))


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """The lemma lookup table of ``get_nlp``'s lemmatizer (spacy-lookups-data, Dutch), read as
    a plain dict: the same data without building spaCy's hashed Table (a few tenths of a second)."""
    from spacy.util import load_language_data

    return load_language_data(_lemma_file())


def lemma_cache_dir() -> Path:
    """Where the lemma table's SQLite copy is kept: $KEURMERK_CACHE_DIR, else
    $XDG_CACHE_HOME/keurmerk-scan, else ~/.cache/keurmerk-scan."""
    given = os.environ.get("KEURMERK_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "keurmerk-scan"


def _lemma_db() -> Path | None:
    """A SQLite copy of the lemma table (one row per word), built once per version of the table
    file (its name, size and modification time are in the copy's name), or None when it cannot
    be made (then the table is read into memory). Reading the whole JSON table costs about a
    tenth of a second in every process; a small site asks for a few thousand words."""
    source = _lemma_file()
    try:
        if not source.exists():  # spaCy reads the gzipped file then (load_language_data)
            source = source.with_suffix(source.suffix + ".gz")
        stat = source.stat()
        folder = lemma_cache_dir()
        db = folder / f"{source.name}-{stat.st_size}-{int(stat.st_mtime)}.sqlite"
        if db.exists():
            return db
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{db.name}.{os.getpid()}.tmp"
        con = sqlite3.connect(tmp)
        try:
            con.execute("CREATE TABLE lemma (word TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID")
            con.executemany("INSERT INTO lemma VALUES (?, ?)",
                            _lemma_table().items())
            con.commit()
        finally:
            con.close()
        os.replace(tmp, db)  # whole or not at all, also when two processes build it at once
        return db
    except (OSError, sqlite3.Error):
        return None


_LOOKUP: dict[int, Callable[[str], str | None]] = {}  # per process id: a connection never crosses a fork
_CONNECTION: dict[int, sqlite3.Connection] = {}


def _lemma_lookup() -> Callable[[str], str | None]:
    """word -> its entry in the lemma table, or None: from the SQLite copy when there is one,
    else from the table read into memory."""
    pid = os.getpid()
    lookup = _LOOKUP.get(pid)
    if lookup is None:
        _CONNECTION.clear()
        db = _lemma_db()
        if db is None:
            lookup = _lemma_table().get
        else:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
            _CONNECTION[pid] = con
            query = "SELECT lemma FROM lemma WHERE word = ?"

            def lookup(word: str, _execute=con.execute) -> str | None:
                row = _execute(query, (word,)).fetchone()
                return None if row is None else row[0]
        _LOOKUP.clear()
        _LOOKUP[pid] = lookup
    return lookup


@lru_cache(maxsize=1)
def get_tokenizer() -> Tokenizer:
    """The tokenizer of ``spacy.blank("nl")`` (and so of ``get_nlp``), built the way spaCy's
    default tokenizer factory builds it (``spacy.language.create_tokenizer``) from the Dutch
    defaults, without resolving a pipeline config."""
    from spacy import util
    from spacy.attrs import IS_PUNCT
    from spacy.lang.nl import Dutch
    from spacy.vocab import create_vocab

    defaults = Dutch.Defaults
    vocab = create_vocab(Dutch.lang, defaults)
    # segmentation reads only ORTH, IDX, LENGTH (kept by every lexeme) and IS_PUNCT; the tokenizer
    # itself reads no lexeme attribute. Every word met for the first time gets a lexeme, and
    # computing its twenty-odd other attributes (shape, stop word, like_num, ...) cost more
    # than the tokenizing: this vocabulary computes only IS_PUNCT, with spaCy's own getter.
    vocab.lex_attr_getters = {IS_PUNCT: vocab.lex_attr_getters[IS_PUNCT]}
    return Tokenizer(
        vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


def split_docs(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Tokenized docs for ``texts`` (each cut to ``MAX_CHARS``): the tokenizer of ``get_nlp`` only.
    Segmentation reads sentence starts with ``sentence_starts`` and lemmas with ``lemma_of``."""
    return get_tokenizer().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


_PUNCT_CHAR: dict[int, bool] = {}


def sentence_starts(rows: list[list[int]], text: str) -> list[int]:
    """Token positions where a sentence starts, exactly as spaCy's sentencizer in ``get_nlp``
    decides them, from token rows (ORTH, IDX, LENGTH, IS_PUNCT) instead of Token objects: after a
    sentence-final character (its ``punct_chars``) the first token that is not punctuation."""
    punct_chars = _punct_chars()
    starts = [0] if rows else []
    seen_period = False
    for i, (orth, idx, length, is_punct) in enumerate(rows):
        in_chars = _PUNCT_CHAR.get(orth)
        if in_chars is None:
            in_chars = _PUNCT_CHAR[orth] = text[idx:idx + length] in punct_chars
        if seen_period and not is_punct and not in_chars:
            starts.append(i)
            seen_period = False
        elif in_chars:
            seen_period = True
    return starts


@lru_cache(maxsize=1)
def _punct_chars() -> frozenset[str]:
    """The sentence-final characters of the sentencizer in ``get_nlp`` (its defaults)."""
    from spacy.pipeline.sentencizer import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


def pipe(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Docs for ``texts`` (each cut to ``MAX_CHARS``), streamed through the cached pipeline."""
    nlp = get_nlp()
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


def lemma_string(doc_or_span) -> str:
    """Space-joined lowercase lemmas of a doc or span (for lemma-level phrase matching)."""
    return " ".join((tok.lemma_ or tok.text).lower() for tok in doc_or_span)
