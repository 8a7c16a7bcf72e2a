"""Readings found with fresh written pages (round 20), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- 2b-8: the reader sent on to the practice's own people

_POH_QUESTION = """Praktijkondersteuner GGZ
Loopt het thuis of op uw werk al weken niet lekker? Heeft u last van piekeren, angst of somberheid?
Dan kan uw huisarts u doorverwijzen naar onze praktijkondersteuner GGZ, Ilse Braam.
In een paar gesprekken zoekt u samen uit wat er speelt."""


def test_a_question_answered_with_a_referral_to_the_own_poh_names_the_treated_side():
    snap = corpus_site("https://www.gezondheidshuisdeleeuw.example/poh-ggz/", _POH_QUESTION)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert "somberheid" in finding.evidence[0].quote
    assert finding.details["included"] and not finding.details["excluded"]


def test_a_question_answered_with_a_referral_elsewhere_names_the_other_side():
    # the reader sent on to someone else's care: what the practice does not treat
    text = _POH_QUESTION.replace("naar onze praktijkondersteuner GGZ, Ilse Braam", "naar een psycholoog bij u in de buurt")
    snap = corpus_site("https://www.gezondheidshuisdeleeuw.example/poh-ggz/", text)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["excluded"] and not finding.details["included"]
