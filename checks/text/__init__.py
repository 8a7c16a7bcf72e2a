"""Shared Dutch text machinery for the website checks.

- ``normalize``: folding (lowercase, no accents) for matching.
- ``nlp``: the cached spaCy pipeline (blank Dutch, sentencizer, lookup lemmatizer).
- ``units``: a snapshot cut into units (sentence / list item / table row / heading) with page
  URL, block kind and heading path; ``site_text(snapshot)`` is cached per snapshot.
- ``terms``: vocabularies kept as data in ``checks/vocab/*.yaml``, compiled into matchers.
- ``patterns``: negation and clause scope, phone numbers, years, report grades, person names.
- ``context``: where a unit sits (cost or legal passage, page topic) and evidence helpers.
"""
from checks.text.normalize import clean, fold
from checks.text.terms import Hit, TermSet, load_vocab, terms
from checks.text.units import PageInfo, SiteText, Unit, segment, site_text

__all__ = [
    "clean", "fold", "Hit", "TermSet", "load_vocab", "terms",
    "PageInfo", "SiteText", "Unit", "segment", "site_text",
]
