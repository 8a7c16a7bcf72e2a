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
def _lemma_table():
    return get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup", {})


def split_docs(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Docs with tokens and sentence starts for ``texts`` (each cut to ``MAX_CHARS``), without
    running the lemmatizer: segmentation reads lemmas with ``lemma_of``, once per distinct word."""
    return get_nlp().pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size, disable=["lemmatizer"])


def pipe(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Docs for ``texts`` (each cut to ``MAX_CHARS``), streamed through the cached pipeline."""
    nlp = get_nlp()
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


def lemma_string(doc_or_span) -> str:
    """Space-joined lowercase lemmas of a doc or span (for lemma-level phrase matching)."""
    return " ".join((tok.lemma_ or tok.text).lower() for tok in doc_or_span)
