"""2b-8 read across wordings (own passages): a client-group line that a page builder set as text over
the headings of its section, parents who take part in a child's care (not a client group) next to parents
the care is for, and more wordings of the same target group (impersonal voice, word order, English)."""
from check_helpers import judge, page, site

W = "https://praktijk.example/werkwijze"


def test_client_group_line_set_as_text_over_headings_is_the_treated_side():
    snap = site(page(W, "# Hoe wij werken",
                     "Voor volwassenen vanaf 18 jaar",
                     "# Kennismaking",
                     "In het eerste gesprek vertelt u wat u wilt veranderen en maken we samen een plan."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_client_group_sentence_in_running_text_stays_no_section_name():
    # a line that ends a paragraph, not one over a heading, is no name of a section
    snap = site(page(W, "# Hoe wij werken",
                     "In het eerste gesprek vertelt u wat u wilt veranderen en maken we samen een plan.",
                     "Voor volwassenen vanaf 18 jaar"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_parents_who_take_part_in_a_childs_care_are_no_target_group():
    snap = site(page(W, "# Het behandelplan",
                     "In het plan leggen we vast wat de doelen zijn en hoe lang het ongeveer duurt.",
                     "Behandelen we een kind, dan praten we ook geregeld met de ouders over de voortgang."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_parents_the_care_is_for_are_a_target_group():
    snap = site(page("https://praktijk.example/aanbod", "# Ons aanbod",
                     "Wij begeleiden ook ouders die vastlopen in de opvoeding van hun kind."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_question_to_the_reader_with_another_verb_answered_by_the_offer():
    snap = site(page("https://praktijk.example/emdr", "# EMDR",
                     "Blijft u last houden van een traumatische gebeurtenis of steeds terugkerende nachtmerries? Dan kan EMDR u helpen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_method_said_to_be_usable_for_complaints_is_the_treated_side():
    snap = site(page("https://praktijk.example/schematherapie", "# Schematherapie",
                     "Schematherapie is ook goed bruikbaar bij hardnekkige somberheid en faalangst."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_method_made_to_treat_complaints_is_the_treated_side():
    snap = site(page("https://praktijk.example/training", "# Training",
                     "Deze training is ontwikkeld om jongeren met faalangst en somberheid verder te helpen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_care_that_is_there_above_all_for_people_with_problems():
    snap = site(page("https://praktijk.example/verwijzing", "# Verwijzing en duur",
                     "Onze therapie is er vooral voor mensen met klachten die steeds terugkomen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_misfit_with_the_verb_first_and_a_referral_is_the_other_side():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Sluit uw vraag niet aan bij ons aanbod, dan verwijzen wij u in overleg door naar een collega."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and f.details["exclusion_referral"]


def test_english_mild_to_moderately_severe_is_a_band():
    snap = site(page("https://practice.example/en/care", "# Our care",
                     "Basic care at our centre offers treatment to people whose psychological problems are mild to moderately severe."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_an_age_group_signed_up_in_the_passive_is_the_treated_side():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Jongeren tot 18 jaar worden aangemeld door hun ouders of voogd."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_an_age_group_signing_up_with_a_separable_verb_is_the_treated_side():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Vanaf 16 jaar meldt een jongere zich zelf aan, als je wilt samen met jou."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_no_treatment_started_by_the_therapist_when_parents_will_not_take_part():
    snap = site(page("https://praktijk.example/ouders", "# Werken met ouders",
                     "De praktijk helpt kinderen van 6 tot 12 jaar die vastlopen thuis of op school.",
                     "Willen ouders niet meewerken, dan begint de therapeut geen behandeling met het kind."))
    assert judge("2b-8", snap).status == "voldoet"


def test_english_couples_under_the_target_question_and_not_the_right_choice():
    snap = site(page("https://practice.example/en/couples", "# Relationship therapy",
                     "Who is this therapy for?",
                     "For couples who keep having the same arguments or feel distant from each other.",
                     "Our therapy is not the right choice when one of you struggles with an addiction."))
    assert judge("2b-8", snap).status == "voldoet"
