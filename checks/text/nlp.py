"""The Dutch spaCy pipeline, loaded once per process.

A blank Dutch model (tokenizer rules only, no downloaded weights) with the rule-based
sentencizer and the lookup lemmatizer of spacy-lookups-data. Everything runs offline.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
        table = _lemma_table()
        low = text.lower()
        got = _LEMMAS[orth] = (table.get(low, low) or text).lower()
    return got


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    """The lemma lookup table of ``get_nlp``'s lemmatizer (spacy-lookups-data, Dutch), read as
    a plain dict: the same data without building spaCy's hashed Table (a few tenths of a second)."""
    from spacy.util import load_language_data, registry

    return load_language_data(registry.lookups.get("nl")["lemma_lookup"])


@lru_cache(maxsize=1)
def get_splitter() -> Language:
    """``get_nlp`` without the lemmatizer: the same tokenizer and sentencizer, for segmentation."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def split_docs(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Tokenized docs for ``texts`` (each cut to ``MAX_CHARS``): the tokenizer of ``get_nlp`` only.
    Segmentation reads sentence starts with ``sentence_starts`` and lemmas with ``lemma_of``."""
    return get_splitter().tokenizer.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


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
    return frozenset(get_splitter().get_pipe("sentencizer").punct_chars)


def pipe(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Docs for ``texts`` (each cut to ``MAX_CHARS``), streamed through the cached pipeline."""
    nlp = get_nlp()
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


def lemma_string(doc_or_span) -> str:
    """Space-joined lowercase lemmas of a doc or span (for lemma-level phrase matching)."""
    return " ".join((tok.lemma_ or tok.text).lower() for tok in doc_or_span)
