"""2b-9: routes in shapes real provider pages use (own passages): steps told in order by session
numbers or by dashes, a route in short sections with everyday headings, a taking of leave, the last
consult, and numbered phases named by their first step's other names."""
from check_helpers import judge, page, site


def test_sessions_numbered_in_order_describe_the_route():
    snap = site(page("https://praktijk.example/therapie", "# Zo ziet het eruit",
                     "Sessie 1: kennismaking en uitleg over de aanpak.",
                     "Sessie 2 tot en met 7: werken aan de doelen met oefeningen.",
                     "Sessie 8: evaluatie en afsluiting van het traject."))
    assert judge("2b-9", snap).status == "voldoet"


def test_english_steps_after_dashes_in_order_describe_the_route():
    snap = site(page("https://praktice.example/therapy", "# Therapy",
                     "Initial consultation - a 60-minute conversation about your concerns and goals.",
                     "Ongoing sessions - weekly 50-minute sessions using CBT where suitable.",
                     "Review - every six sessions we review progress together.",
                     "Wrapping up - a final session to consolidate what you have learned."))
    assert judge("2b-9", snap).status == "voldoet"


def test_bare_names_of_the_steps_in_order_stay_a_part():
    # a list of the steps' names only names the route (LABELING v2: one side of the description)
    snap = site(page("https://praktijk.example/traject", "# Traject",
                     "- Aanmelding", "- Intake", "- Behandeling", "- Afsluiting"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_steps_out_of_order_with_a_general_line_do_not_make_a_route():
    snap = site(page("https://praktijk.example/blog/therapie", "# Over therapie",
                     "Een therapie kan soms eindigen met een afsluitend gesprek over terugval.",
                     "Vaak begint een therapeut met een intake van een of twee gesprekken.",
                     "Meestal volgen daarna gesprekken waarin aan doelen wordt gewerkt."))
    assert judge("2b-9", snap).status != "voldoet"


def test_route_in_sections_under_an_approach_page():
    snap = site(page("https://praktijk.example/mijn-aanpak", "# Mijn aanpak",
                     "# Oriëntatie", "In een eerste gesprek verkennen we je vraag.",
                     "# Doelen", "We formuleren samen wat je wilt bereiken.",
                     "# Werken aan verandering", "In de gesprekken daarna oefen je met nieuwe manieren van denken en doen.",
                     "# Borgen", "In de laatste gesprekken zorgen we dat je het geleerde zelf kunt vasthouden.", title="Mijn aanpak"))
    assert judge("2b-9", snap).status == "voldoet"


def test_taking_leave_is_the_ending():
    snap = site(page("https://praktijk.example/werkwijze", "# Zo gaan we te werk",
                     "- Je neemt contact met ons op.",
                     "- We plannen een eerste gesprek om kennis te maken.",
                     "- We gaan samen aan de slag met je hulpvraag.",
                     "- We bekijken regelmatig hoe het gaat.",
                     "- We nemen afscheid als je verder kunt zonder ons."))
    assert judge("2b-9", snap).status == "voldoet"


def test_last_consult_is_the_ending():
    snap = site(page("https://praktijk.example/consulten", "# Consulten",
                     "Het eerste consult is een kennismaking en inventarisatie.",
                     "In de vervolgconsulten werken we met oefeningen en gesprekken.",
                     "Het laatste consult staat in het teken van terugkijken en vooruitkijken."))
    assert judge("2b-9", snap).status == "voldoet"


def test_phase_named_diagnostiek_starts_a_numbered_route():
    snap = site(page("https://praktijk.example/jeugd", "# Begeleiding van uw kind",
                     "Fase 1: Diagnostiek.", "We observeren uw kind en spreken met u als ouders.",
                     "Fase 2: Begeleiding.", "Uw kind komt wekelijks; tussendoor hebben we oudergesprekken.",
                     "Fase 3: Afbouw.", "We bouwen de sessies af en sluiten samen af."))
    assert judge("2b-9", snap).status == "voldoet"


def test_a_research_section_is_no_first_step():
    snap = site(page("https://praktijk.example/onderzoek", "# Onderzoek",
                     "Onze praktijk doet mee aan onderzoek naar de effecten van online modules.",
                     "Deelnemers vullen na aanmelding drie vragenlijsten in."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_route_told_of_any_therapy_is_no_route_of_the_practice():
    snap = site(page("https://praktijk.example/over-therapie", "# Over therapie in het algemeen",
                     "Een therapeut begint meestal met een intake van een of twee gesprekken.",
                     "Daarna volgen vaak gesprekken waarin aan doelen wordt gewerkt.",
                     "Een therapie kan eindigen met een afsluitend gesprek over terugval."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_question_title_over_the_practice_speaking_to_its_client_is_its_own_route():
    from check_helpers import judge_site
    snap = site(page("https://praktijk.example/behandeling", "# Hoe ziet een behandeling eruit?",
                     "Na je aanmelding nodigen we je uit voor een intakegesprek.",
                     "Daarin bespreken we je klachten en wat je wilt bereiken.", title="Hoe ziet een behandeling eruit?"))
    assert judge_site("2b-9", snap).status == "voldoet_bijna"


def test_question_title_general_name_over_other_text_names_no_phase():
    from check_helpers import judge_site
    snap = site(page("https://praktijk.example/behandeling", "# Hoe ziet een behandeling eruit?",
                     "Wij behandelen volwassenen met angst, somberheid en burn-out.", title="Hoe ziet een behandeling eruit?"))
    assert judge_site("2b-9", snap).status == "voldoet_niet"


def test_the_first_numbered_step_before_treatment_and_ending_is_the_start():
    snap = site(page("https://praktijk.example/jeugd", "# Begeleiding van uw kind",
                     "Fase 1: Onderzoek.", "We observeren uw kind in de klas en spreken met u als ouders.",
                     "Fase 2: Begeleiding.", "Uw kind komt wekelijks; tussendoor hebben we oudergesprekken.",
                     "Fase 3: Afbouw.", "We bouwen de sessies af en sluiten samen af."))
    assert judge("2b-9", snap).status == "voldoet"
