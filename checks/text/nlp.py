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


def pipe(texts: Iterable[str], batch_size: int = 256) -> Iterator[Doc]:
    """Docs for ``texts`` (each cut to ``MAX_CHARS``), streamed through the cached pipeline."""
    nlp = get_nlp()
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=batch_size)


def lemma_string(doc_or_span) -> str:
    """Space-joined lowercase lemmas of a doc or span (for lemma-level phrase matching)."""
    return " ".join((tok.lemma_ or tok.text).lower() for tok in doc_or_span)
