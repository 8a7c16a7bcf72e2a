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
