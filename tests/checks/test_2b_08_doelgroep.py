from check_helpers import judge, page, site

V = "https://praktijk.example/voor-wie"


def test_inclusion_and_exclusion_voldoet():
    snap = site(page(V, "# Voor wie",
                     "U kunt bij ons terecht met klachten zoals:",
                     "- somberheid en depressie", "- angst- en paniekklachten", "- rouw en verlies",
                     "# Wat behandelen wij niet",
                     "- verslavingsproblematiek", "- acute psychiatrische crisis of psychose"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert {"depressie", "angst", "rouw"} <= set(f.details["included"])
    assert "verslaving" in f.details["excluded"]


def test_negated_sentence_is_exclusion_not_inclusion():
    snap = site(page(V, "Wij behandelen geen eetstoornissen en geen verslaving; daarvoor verwijzen wij u naar de specialistische GGZ."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["included"] == []
    assert "eetstoornis" in f.details["excluded"]


def test_only_inclusion_is_bijna():
    snap = site(page(V, "Onze praktijk is bedoeld voor volwassenen met stressklachten, burn-out of angstklachten."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert "only_inclusion" or f.details["excluded"] == []
    assert f.details["excluded"] == []


def test_komt_niet_in_aanmerking_is_exclusion():
    snap = site(page(V, "Voor wie?", "Wij helpen jongeren met angst, somberheid en problemen met zelfbeeld.",
                     "Bij ernstige suïcidaliteit komt een jongere niet in aanmerking voor behandeling in onze praktijk."))
    assert judge("2b-8", snap).status == "voldoet"


def test_reimbursement_rules_are_not_exclusion_criteria():
    snap = site(page("https://praktijk.example/vergoeding",
                     "Aanpassingsstoornissen, relatieproblemen en burn-out worden niet vergoed door de zorgverzekeraar."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_profession_description_is_not_a_doelgroep():
    snap = site(page("https://praktijk.example/psycholoog",
                     "Een psycholoog behandelt psychische problemen zoals angst, depressie en fobieën."))
    assert judge("2b-8", snap).status == "voldoet_niet"
