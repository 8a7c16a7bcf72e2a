"""Readings found on the opened half of the corpus's set-aside part (round 30), in the form a text extractor stores.

Passages written for these tests, not taken from any page. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- "Within <the practice's name>, ... work"

_WITHIN = """Our approach
{lead} Klaverveld Psychologen, basic psychologists, health care psychologists and psychotherapists work side by side.
Who treats you depends on what you come for and on what your GP wrote in the referral."""


def test_the_disciplines_within_the_practice_named_at_the_start_are_its_team():
    snap = corpus_site("https://www.klaverveld-psychologen.example/en/approach/", _WITHIN.format(lead="Within"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_disciplines_outside_the_practice_are_no_team():
    # twin: "Outside" places them elsewhere
    snap = corpus_site("https://www.klaverveld-psychologen.example/en/approach/", _WITHIN.format(lead="Outside"))
    assert judge("2b-7", snap).status == "voldoet_niet"
