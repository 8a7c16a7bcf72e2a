"""2b-11 readings added for the blind6/7 round: one sentence that explains several methods clause by clause,
and a method named only as a practitioner's training or title, also where the verb of use is part of the
method's name ("oplossingsgericht werken") or the credential is an acronym. Passages written for these tests."""
from check_helpers import judge, page, site

U = "https://praktijk.example/aanpak"


def test_english_methods_explained_clause_by_clause_voldoet():
    snap = site(page("https://practice.example/approach", "# How we treat",
                     "We offer CBT, EMDR, ACT and schema therapy, depending on what you need.",
                     "With CBT you learn to notice and change unhelpful thoughts and behaviour; with EMDR you work "
                     "through painful memories; with ACT you learn to accept difficult feelings and live by your values; "
                     "schema therapy looks at old patterns."))
    f = judge("2b-11", snap)
    assert f.status == "voldoet"
    assert {"CGT", "ACT"} <= set(f.details["explained"])


def test_dutch_methods_explained_clause_by_clause_voldoet():
    snap = site(page(U, "# Onze methoden",
                     "Wij werken met CGT, EMDR, ACT en oplossingsgerichte therapie.",
                     "Bij CGT leert u belemmerende gedachten en gedrag te veranderen; bij EMDR verwerkt u nare herinneringen; "
                     "bij ACT leert u lastige gevoelens te accepteren en te leven naar uw waarden; oplossingsgerichte "
                     "therapie kijkt vooral vooruit."))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_list_without_explanation_stays_bijna():
    snap = site(page(U, "# Onze methoden", "Wij werken met CGT, EMDR, ACT en schematherapie; dat bespreken we bij de intake."))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_training_in_a_method_whose_name_holds_a_verb_of_use_is_a_credential():
    snap = site(page("https://praktijk.example/over-mij", "# Over mij",
                     "Ik ben psycholoog en heb een extra opleiding in oplossingsgericht werken afgerond."))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_acronym_title_and_register_acronym_are_credentials():
    snap = site(page("https://praktijk.example/team", "# Ons team",
                     "Pieter Jansen - GZ-psycholoog BIG, ACT-therapeut.",
                     "Specialisatie van Ans de Boer: paniek, cognitieve gedragstherapie (VGCt)."))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_english_training_and_therapist_titles_are_credentials():
    snap = site(page("https://practice.example/about", "# About me",
                     "I have schooled myself further in EMDR, and I hold registrations as a schema therapist."))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_a_practitioner_who_works_with_a_method_still_names_it():
    snap = site(page("https://praktijk.example/team", "# Ons team",
                     "Marit is GZ-psycholoog (BIG) en werkt veel met EMDR bij traumaklachten."))
    assert judge("2b-11", snap).status == "voldoet_bijna"
