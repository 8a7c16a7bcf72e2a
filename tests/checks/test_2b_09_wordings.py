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


def test_english_route_ending_at_the_end_of_your_treatment_voldoet():
    snap = site(page("https://praktijk.example/en/working-method", "# Working method",
                     "In our first conversation, the intake, I try to understand what troubles you.",
                     "After the intake I propose a treatment plan and we discuss it together.",
                     "Then the sessions start, usually once every two weeks.",
                     "At the end of your treatment I write a short letter to your GP, if you agree."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"


def test_dutch_end_of_your_treatment_is_the_ending():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "In het eerste gesprek bespreken we wat u hierheen brengt.",
                     "Daarna maken we samen een behandelplan en starten de gesprekken, meestal om de week.",
                     "Aan het einde van uw behandeling kijken we samen terug en stuur ik uw huisarts een brief."))
    assert judge("2b-9", snap).status == "voldoet"


def test_english_registered_child_and_sessions_after_that_are_a_part():
    snap = site(page("https://praktijk.example/en/parents", "# For parents",
                     "When parents have registered their child, an introductory meeting with the parents takes place first.",
                     "After that there are about six sessions in which the child comes alone.",
                     "In these sessions we draw, play and talk."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert set(f.details["phases_on_best_page"]) == {"start", "middle"}


def test_english_first_phone_call_is_the_practice_first_step():
    snap = site(page("https://praktijk.example/en/approach", "# Approach",
                     "After a first phone call, we plan an appointment at the practice within two weeks.",
                     "The practice is close to the station."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_english_route_of_acquaintance_weekly_talks_and_final_evaluation_voldoet():
    snap = site(page("https://praktijk.example/en/what-to-expect", "# What to expect",
                     "The first step is a getting-to-know-you conversation with one of our psychologists.",
                     "After that the treatment consists of weekly conversations.",
                     "Progress is evaluated regularly.",
                     "When your goals have been met, we round off with a final evaluation."))
    assert judge("2b-9", snap).status == "voldoet"
