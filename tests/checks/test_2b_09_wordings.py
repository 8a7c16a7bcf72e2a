"""2b-9 read across wordings: the treatment phase told as its time ("zodra de therapie loopt", "once
treatment is under way"), a plan laid down together as a step, and a heading about waiting that uses
the verb ("Hoe lang moet u wachten?"). Passages written for these tests."""
from check_helpers import judge, page, site


def test_plan_and_the_running_therapy_are_a_part_of_the_route():
    snap = site(page("https://praktijk.example/clienten/behandelplan",
                     "Het plan voor uw behandeling is verplicht.",
                     "Samen leggen we vast waaraan we gaan werken en welke oefeningen daarbij horen.",
                     "Zodra de therapie loopt, houden we elkaar goed op de hoogte van hoe het gaat."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "middle" in f.details["phases_on_best_page"]


def test_english_plan_and_treatment_under_way_are_a_part_of_the_route():
    snap = site(page("https://praktijk.example/en/treatment-plan",
                     "Your treatment plan is required by law.",
                     "In it we describe what you want to achieve.",
                     "Once treatment is under way, we keep each other informed about how things are going."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"


def test_heading_asking_how_long_one_waits_is_about_the_wait():
    snap = site(page("https://praktijk.example/wachten", "# Hoe lang moet u wachten?",
                     "Meestal kunt u binnen twee weken terecht voor een eerste gesprek.",
                     "Spreken we daarna vervolgafspraken af, dan hoeft u daar niet opnieuw op te wachten.",
                     "Duurt het u te lang, dan kunt u uw zorgverzekeraar om bemiddeling vragen."))
    assert judge("2b-9", snap).status == "voldoet_niet"
