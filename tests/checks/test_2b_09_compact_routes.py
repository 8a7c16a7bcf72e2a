"""2b-9: a route told compactly (own passages): a registration channel followed by the next steps in
one verbless sentence, a plan agreed "at the start" and a check whether the client is on course."""
from check_helpers import judge, page, site


def test_registration_channel_then_the_next_steps_in_one_sentence():
    snap = site(page("https://praktijk.example/over-ons", "# Werkwijze",
                     "Aanmelding via Zorgdomein of het formulier op de website, daarna een kennismaking van twee gesprekken en een behandelplan.",
                     "Tijdens de behandeling evalueren we na iedere vijf gesprekken.",
                     "We sluiten af met een plan voor terugvalpreventie en een brief aan je huisarts."))
    assert judge("2b-9", snap).status == "voldoet"


def test_goal_agreed_at_the_start_and_a_check_on_course_is_a_part():
    snap = site(page("https://praktijk.example/behandelingen", "# Kortdurend",
                     "Onze trajecten zijn kort: meestal zes gesprekken.",
                     "Bij de start spreken we af wat je wilt veranderen, en na drie gesprekken kijken we samen of we op koers liggen."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
