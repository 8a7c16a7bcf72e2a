"""The norm framework as data: every criterion of the Keurmerk 2025, in norm order."""
from norms import load_norms

EXPECTED_PDCA = {
    **{f"1-{i}": "plan" for i in range(1, 6)}, "1-6": "do", "1-7": "do", "1-8": "check", "1-9": "act",
    "2a-1": "check", "2a-2": "act", "2a-3": "act", "2a-4": "act",
    **{f"2b-{i}": "plan" for i in range(1, 6)}, **{f"2b-{i}": "do" for i in range(6, 14)},
    "3-1": "plan", "3-2": "plan", "3-3": "do",
}


def test_2025_has_every_criterion_in_norm_order_with_its_pdca_phase():
    norms = load_norms(2025)
    assert [c.id for c in norms.criteria] == list(EXPECTED_PDCA)
    assert {c.id: c.pdca for c in norms.criteria} == EXPECTED_PDCA
    assert [n.id for n in norms.norms] == ["1", "2a", "2b", "3"]
    for c in norms.criteria:
        assert c.norm == c.id.split("-")[0]


def test_only_2b_6_to_13_are_judged_on_the_website():
    norms = load_norms(2025)
    assert [c.id for c in norms.website_criteria()] == [f"2b-{i}" for i in range(6, 14)]
    assert len(norms.reviewer_criteria()) == 21


def test_reviewer_criteria_carry_the_handboek_wording():
    norms = load_norms(2025)
    for c in norms.reviewer_criteria():
        assert c.wording.startswith("De GGZ-aanbieder licht toe"), c.id
        assert c.title
    assert "540 behandelminuten" in norms.criterion("1-9").wording
    assert "12 maanden" in norms.criterion("2b-4").wording
    assert "deelgenomen in 2024" in norms.criterion("3-3").wording


def test_every_norm_has_a_description_and_a_client_promise():
    norms = load_norms(2025)
    levels = {n.id: n.level for n in norms.norms}
    assert levels == {"1": "spreekkamer", "2a": "organisatie", "2b": "organisatie", "3": "netwerk"}
    for n in norms.norms:
        assert n.description.startswith("De GGZ-aanbieder")
        assert n.client_promise and all(len(p) > 80 for p in n.client_promise)
