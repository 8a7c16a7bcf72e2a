"""The combination rules: groen / oranje / onvolledig per norm, qualified, overrides, round 2."""
from datetime import date

from assess_helpers import PROVIDER, make_report
from assessment.combine import assess, norm_status
from models.review import CriterionReview, Override, Review
from norms import load_norms

NORMS = load_norms(2025)


def review(status="voldoet", **changes) -> Review:
    crit = {c.id: CriterionReview(status=status, toelichting="Beschreven.") for c in NORMS.reviewer_criteria()}
    for cid, st in changes.items():
        crit[cid.replace("_", "-")] = CriterionReview(status=st, toelichting="Alleen DAT.", actie="Beschrijf HOE.")
    return Review(provider=PROVIDER, keurmerk_year=2025, criteria=crit)


def by_norm(a):
    return {n.norm: n for n in a.norms}


def test_norm_status_rule():
    assert norm_status(["voldoet", "voldoet"]) == "groen"
    assert norm_status(["voldoet", "voldoet_bijna"]) == "oranje"
    assert norm_status(["voldoet_niet", "voldoet"]) == "oranje"
    assert norm_status(["voldoet_niet", "todo"]) == "onvolledig"
    assert norm_status(["voldoet", "niet_beoordeeld"]) == "onvolledig"


def test_everything_voldoet_qualifies():
    a = assess(make_report(), review(), NORMS)
    assert a.qualified and a.complete
    assert [n.status for n in a.norms] == ["groen"] * 4
    assert a.outcome.startswith("Gekwalificeerd")


def test_one_reviewer_criterion_voldoet_bijna_turns_its_norm_oranje():
    a = assess(make_report(), review(**{"2a_3": "voldoet_bijna"}), NORMS)
    norms = by_norm(a)
    assert norms["2a"].status == "oranje"
    assert norms["1"].status == norms["2b"].status == norms["3"].status == "groen"
    assert a.complete and not a.qualified
    crit = {c.criterion: c for c in norms["2a"].criteria}["2a-3"]
    assert (crit.source, crit.status, crit.actie) == ("reviewer", "voldoet_bijna", "Beschrijf HOE.")
    assert "herkwalificatie" in a.outcome


def test_todo_makes_the_norm_onvolledig_even_beside_a_failing_criterion():
    a = assess(make_report(), review(**{"3_1": "todo", "3_2": "voldoet_niet"}), NORMS)
    assert by_norm(a)["3"].status == "onvolledig"
    assert not a.complete and not a.qualified
    assert "1 criterium" in a.outcome


def test_a_reviewer_criterion_missing_from_the_review_is_todo():
    r = review()
    del r.criteria["1-4"]
    a = assess(make_report(), r, NORMS)
    crit = {c.criterion: c for c in by_norm(a)["1"].criteria}["1-4"]
    assert crit.status == "todo" and by_norm(a)["1"].status == "onvolledig"


def test_website_findings_decide_2b_with_their_evidence():
    a = assess(make_report(statuses={"2b-11": "voldoet_bijna"}), review(), NORMS)
    n2b = by_norm(a)["2b"]
    assert n2b.status == "oranje"
    crit = {c.criterion: c for c in n2b.criteria}["2b-11"]
    assert crit.source == "website"
    assert crit.toelichting.startswith("Bevinding websitecheck voor 2b-11")
    assert crit.actie == "Pas de website aan voor 2b-11."
    assert crit.evidence[0].url.endswith("/pagina-2b-11") and crit.evidence[0].quote


def test_unreadable_website_leaves_2b_onvolledig_not_oranje():
    statuses = {f"2b-{i}": "niet_beoordeeld" for i in range(6, 14)}
    a = assess(make_report(statuses=statuses, crawl_status="failed"), review(), NORMS)
    assert by_norm(a)["2b"].status == "onvolledig"
    assert not a.complete and not a.qualified


def test_override_replaces_the_verdict_and_keeps_both():
    r = review()
    r.overrides["2b-13"] = Override(status="voldoet", toelichting="CQI 2024 staat in het kwaliteitsverslag (PDF)",
                                    reviewer="J. de Vries", datum=date(2025, 2, 3))
    a = assess(make_report(statuses={"2b-13": "voldoet_niet"}), r, NORMS)
    assert a.qualified
    crit = {c.criterion: c for c in by_norm(a)["2b"].criteria}["2b-13"]
    assert crit.source == "override" and crit.status == "voldoet"
    assert crit.automatic.status == "voldoet_niet"
    assert crit.override.reviewer == "J. de Vries" and crit.override.datum == date(2025, 2, 3)
    assert crit.toelichting == "CQI 2024 staat in het kwaliteitsverslag (PDF)" and crit.actie == ""


def test_override_can_reject_an_automatic_voldoet():
    r = review()
    r.overrides["2b-7"] = Override(status="voldoet_niet", toelichting="Team-pagina is van een andere praktijk.",
                                   reviewer="A. Jansen", datum=date(2025, 2, 4), actie="Beschrijf uw eigen behandelaren.")
    a = assess(make_report(), r, NORMS)
    assert by_norm(a)["2b"].status == "oranje" and not a.qualified
    crit = {c.criterion: c for c in by_norm(a)["2b"].criteria}["2b-7"]
    assert crit.automatic.status == "voldoet" and crit.actie == "Beschrijf uw eigen behandelaren."


def test_json_contract_fields():
    data = assess(make_report(), review(**{"1_1": "voldoet_bijna"}), NORMS).model_dump(mode="json")
    assert isinstance(data["qualified"], bool) and isinstance(data["complete"], bool)
    assert [n["norm"] for n in data["norms"]] == ["1", "2a", "2b", "3"]
    for n in data["norms"]:
        assert n["status"] in ("groen", "oranje", "onvolledig")
        for c in n["criteria"]:
            assert {"criterion", "status", "source", "toelichting", "actie"} <= set(c)
            assert c["source"] in ("website", "reviewer", "override")
    assert data["provider"] == PROVIDER and data["keurmerk_year"] == 2025 and data["round"] == 1
    assert data["scan"]["url"] == "https://www.praktijkdelinde.nl/"


def test_round_two_carries_the_round_one_outcome():
    first = assess(make_report(), review(**{"2a_3": "voldoet_bijna"}), NORMS)
    r2 = review()
    r2.round = 2
    r2.previous_assessment = "ronde1/assessment.json"
    second = assess(make_report(), r2, NORMS, first, previous_path="ronde1/assessment.json")
    assert second.qualified and second.previous and second.previous.qualified is False
    n2a = by_norm(second)["2a"]
    assert (n2a.previous_status, n2a.status) == ("oranje", "groen")
    crit = {c.criterion: c for c in n2a.criteria}["2a-3"]
    assert (crit.previous_status, crit.status) == ("voldoet_bijna", "voldoet")
    assert second.outcome.startswith("Gekwalificeerd")


def test_round_two_not_qualified_is_final():
    r2 = review(**{"1_9": "voldoet_niet"})
    r2.round = 2
    a = assess(make_report(), r2, NORMS)
    assert "niet toegekend" in a.outcome
    assert any("previous_assessment" in w for w in a.warnings)
