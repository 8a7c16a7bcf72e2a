from check_helpers import judge, page, site

W = "https://praktijk.example/werkwijze"


def test_whole_path_on_one_page_voldoet():
    snap = site(page(W, "# Werkwijze",
                     "Na uw aanmelding nodigen wij u uit voor een intakegesprek.",
                     "Daarna stellen we samen een behandelplan op met concrete doelen.",
                     "Tijdens de behandeling evalueren we tussentijds de voortgang.",
                     "De behandeling wordt afgerond met een eindevaluatie en afspraken over terugvalpreventie."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"
    assert f.details["phases_on_best_page"] == ["end", "middle", "start"]


def test_only_intake_is_bijna():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "U kunt zich aanmelden via het contactformulier; daarna bellen wij u voor een korte screening.",
                     "Vervolgens plannen we een intakegesprek in."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "afronding" in f.reason


def test_phases_across_treatment_pages():
    snap = site(page("https://praktijk.example/aanmelden", "Na de aanmelding volgt binnen twee weken een intakegesprek."),
                page("https://praktijk.example/behandeling", "Na de intake maken we samen een behandelplan.",
                     "De behandeling wordt in overleg afgesloten met een eindgesprek."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"


def test_tariff_mentions_are_no_care_path():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven",
                     "Het intakegesprek kost € 120,-.", "Na afronding van de behandeling ontvangt u de factuur."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_measurement_at_end_is_no_end_phase():
    snap = site(page("https://praktijk.example/kwaliteit",
                     "Bij afsluiting van de behandeling vragen wij u een vragenlijst in te vullen."))
    assert judge("2b-9", snap).status == "voldoet_niet"


# --- a page is scored on what it is about, not on one matching sentence (passages written for these tests)

from checks.check_2b_09_opbouw import heading_phase  # noqa: E402
from check_helpers import judge_site  # noqa: E402


def test_phase_named_in_passing_on_a_team_page_is_no_path():
    snap = site(page("https://praktijk.example/team", "# Ons team",
                     "Onze GZ-psychologen werken nauw samen met de huisartsen in de regio.",
                     "Tijdens de behandeling kan uw psycholoog een collega om advies vragen.",
                     "Wij spreken Nederlands, Engels en Turks."))
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet_niet"


def test_waiting_time_section_is_no_path():
    snap = site(page("https://praktijk.example/praktisch", "# Wachttijden",
                     "De aanmeldingswachttijd tot het intakegesprek is op dit moment vier weken.",
                     "Deze bedraagt momenteel zes weken vanaf de intake tot de start van de behandeling."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_steps_under_phase_headings_are_a_path_whatever_words_they_use():
    snap = site(page("https://praktijk.example/zo-werken-wij", "# Zo werken wij",
                     "# 1. Intake",
                     "In twee gesprekken brengen we samen in kaart waar u tegenaan loopt en wat u wilt bereiken.",
                     "# 2. Behandeling",
                     "Wekelijks of eens per twee weken werken we aan uw doelen, met oefeningen voor thuis.",
                     "# 3. Afronding",
                     "Als het beter gaat, komen we minder vaak samen en kijken we terug op wat u heeft geleerd."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"
    assert f.details["signals"]["headed"] is True


def test_labelled_list_of_phases_is_a_path():
    snap = site(page("https://praktijk.example/informatie", "De behandeling verloopt in drie fasen:",
                     "- Intakefase: kennismaking en een inventarisatie van uw klachten, soms met vragenlijsten.",
                     "- Behandelfase: samen met uw psycholoog werkt u aan verandering van uw klachten.",
                     "- Afronding: in een afsluitend gesprek blikken we terug en maken we afspraken voor daarna."))
    assert judge("2b-9", snap).status == "voldoet"


def test_only_the_ending_described_is_bijna():
    snap = site(page("https://praktijk.example/stoppen", "# Het beëindigen van de therapie",
                     "Meestal besluiten u en uw therapeut samen wanneer de therapie kan stoppen.",
                     "U mag de therapie altijd zelf beëindigen; bespreek de reden dan wel met uw therapeut."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "aanmelding" in f.reason


def test_a_bold_label_heads_the_sentences_after_it():
    snap = site(page("https://praktijk.example/praktische-informatie", "# Praktische informatie",
                     "U betaalt geen eigen bijdrage voor het eerste gesprek.",
                     "Afronding van uw behandeling:",
                     "Aan het eind schrijft de psycholoog een kort verslag voor uw huisarts.",
                     "Een laatste gesprek geeft helderheid over wat u heeft bereikt."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_treatment_as_a_subject_heading_names_no_phase():
    snap = site(page("https://praktijk.example/vergoeding-info", "# Behandeling Basis GGZ",
                     "De Basis GGZ is er voor mensen met lichte tot matige psychische klachten.",
                     "Een behandeling duurt meestal vijf tot twaalf gesprekken.",
                     "Het aantal gesprekken hangt af van de ernst van de klachten."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_english_page_with_the_whole_path():
    snap = site(page("https://praktijk.example/en/how-it-works", "# How it works",
                     "After you register, we invite you for an intake session of about an hour.",
                     "Then we draw up a treatment plan together with clear goals.",
                     "During the sessions we evaluate the progress every six weeks.",
                     "At the end of treatment we plan a final session on relapse prevention."))
    assert judge("2b-9", snap).status == "voldoet"


def test_a_list_of_phase_names_does_not_complete_the_path():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Op deze pagina leest u over aanmelden, intake, behandeling, evaluatie en afronding.",
                     "Na uw aanmelding nodigen wij u binnen twee weken uit voor een intakegesprek.",
                     "Daarna stellen we samen een behandelplan op."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_end_of_the_intake_is_no_end_of_treatment():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "U meldt zich aan via het formulier, waarna wij u uitnodigen voor een intakegesprek.",
                     "Als afsluiting van de intakefase volgt een adviesgesprek waarin we het behandelplan bespreken.",
                     "Daarna start de behandeling met wekelijkse gesprekken."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "end" not in f.details["phases_on_best_page"]


def test_vacancy_asking_for_intakes_is_no_path():
    snap = site(page("https://praktijk.example/vacatures/gz-psycholoog", "# Vacature GZ-psycholoog",
                     "Jij voert zelfstandig intakes uit en stelt behandelplannen op.",
                     "Daarna begeleid je cliënten tot de afsluiting van hun behandeling."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_parts_on_pages_about_the_route_join_into_a_path():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Na uw aanmelding bellen wij u voor een korte screening.",
                     "Vervolgens plannen we een intakegesprek in."),
                page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Na de intake stellen we samen een behandelplan op.",
                     "De behandeling wordt in overleg afgesloten met een eindgesprek."))
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet"


def test_heading_phase_needs_nothing_but_phase_names():
    assert heading_phase("2. Intake") == "start"
    assert heading_phase("Afronding van uw behandeling") == "end"
    assert heading_phase("Aanmelding en afspraken") == "start"
    assert heading_phase("Behandeling Basis GGZ") is None
    assert heading_phase("Afspraken") is None
    assert heading_phase("Therapie ruimte") is None


# --- the route as different practices write it, and pages that only mention a phase
# (passages in opbouw_passages.py, written for these tests)

import pytest  # noqa: E402

from opbouw_passages import NO_ROUTE_PAGES, ROUTE_PAGES  # noqa: E402


@pytest.mark.parametrize("name,expected,url,title,items", ROUTE_PAGES, ids=[p[0] for p in ROUTE_PAGES])
def test_route_in_other_words(name, expected, url, title, items):
    assert judge_site("2b-9", site(page(url, *items, title=title))).status == expected


@pytest.mark.parametrize("name,url,title,items", NO_ROUTE_PAGES, ids=[p[0] for p in NO_ROUTE_PAGES])
def test_phase_mentioned_without_a_route(name, url, title, items):
    assert judge_site("2b-9", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_unnamed_numbered_step_between_start_and_end_is_the_treatment():
    snap = site(page("https://praktijk.example/route", "# Route",
                     "# 1. Kennismaken",
                     "We bellen u om kort kennis te maken en uw vraag te horen.",
                     "# 2. Aan de slag",
                     "Eens in de twee weken werkt u met uw psycholoog aan wat u wilt veranderen.",
                     "# 3. Afronden",
                     "Samen kijken we terug en u krijgt tips mee voor later."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"
    assert f.details["phases_on_best_page"] == ["end", "middle", "start"]


def test_intake_ending_under_the_intake_heading_is_no_treatment_end():
    snap = site(page("https://praktijk.example/intake", "# Intake",
                     "In twee gesprekken brengen we uw klachten in kaart.",
                     "We sluiten af met een adviesgesprek over de mogelijkheden."))
    f = judge("2b-9", snap)
    assert "end" not in f.details["phases_on_best_page"]


def test_separable_verbs_name_the_ending():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Na je aanmelding plannen we een intakegesprek.",
                     "Daarna werken we met een behandelplan aan je doelen.",
                     "Als het goed gaat, ronden we de therapie samen af."))
    assert judge("2b-9", snap).status == "voldoet"


def test_a_cookie_banner_taken_for_the_title_makes_no_legal_page():
    banner = "Deze website maakt gebruik van cookies. Klik op akkoord om ze te accepteren."
    snap = site(page("https://praktijk.example/aanmelden", "# " + banner, "# Aanmelden",
                     "Na uw aanmelding bellen wij u voor een korte screening.",
                     "Vervolgens plannen we een intakegesprek in.", title=banner))
    assert judge("2b-9", snap).status == "voldoet_bijna"
    # a real cookie page stays legal text
    cookies = site(page("https://praktijk.example/cookies", "# Cookies",
                        "Na uw aanmelding bellen wij u voor een korte screening.",
                        "Vervolgens plannen we een intakegesprek in.", title="Cookiebeleid"))
    assert judge("2b-9", cookies).status == "voldoet_niet"


def test_what_happens_once_the_referral_letter_is_in_is_a_step():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Zodra uw verwijsbrief bij ons binnen is, nemen wij contact op voor een telefonische screening.",
                     "Daarna volgt een intakegesprek van een uur."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
    letter = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                       "Op de verwijsbrief moet staan dat er een vermoeden is van een DSM-stoornis.",
                       "Neem de verwijsbrief mee naar het intakegesprek."))
    assert judge("2b-9", letter).status == "voldoet_niet"


def test_a_questionnaire_at_a_phase_the_page_describes_elaborates_it():
    snap = site(page("https://praktijk.example/onderzoek", "# Onderzoek",
                     "In een eerste telefonisch contact wordt kort vastgesteld waar uw klachten vandaan komen.",
                     "Wij horen graag wat u zelf belangrijk vindt.",
                     "In het intakegesprek vindt verder onderzoek plaats, onder meer met een paar vragenlijsten."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
    # a questionnaire alone at the intake and at the end is measuring, no route
    rom = site(page("https://praktijk.example/metingen", "# Metingen",
                    "Bij de intake en bij het afsluiten van de behandeling vult u een vragenlijst in."))
    assert judge("2b-9", rom).status == "voldoet_niet"


def test_referral_back_when_care_does_not_fit_is_no_ending():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Na uw aanmelding nodig ik u uit voor een intakegesprek.",
                     "Past uw hulpvraag niet bij mijn praktijk, dan verwijs ik u terug naar de huisarts."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "end" not in f.details["phases_on_best_page"]


def test_closing_evaluation_is_the_ending():
    snap = site(page("https://praktijk.example/traject", "# Traject",
                     "Na de aanmelding volgt een intake.",
                     "Daarna werken we in gesprekken aan uw doelen.",
                     "Tot slot volgt een evaluatiegesprek."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"


def test_sections_from_start_to_end_heading_make_the_middle_whatever_its_name():
    snap = site(page("https://praktijk.example/uw-traject", "# Uw traject",
                     "# Aanmelding", "Na uw aanmelding nemen wij contact met u op voor een eerste gesprek.",
                     "# Samen op weg", "In wekelijkse afspraken oefent u met wat u lastig vindt, stap voor stap.",
                     "# Afronding", "Als het weer lukt, spreken we een laatste afspraak af."))
    assert judge("2b-9", snap).status == "voldoet"
    # a team section between them is no step of the route
    team = site(page("https://praktijk.example/praktisch", "# Praktisch",
                     "# Intake", "Na uw aanmelding nemen wij contact met u op voor een eerste gesprek.",
                     "# Ons team", "In ons team werken vier psychologen en een secretaresse met elk een eigen specialisme.",
                     "# Afronding", "Als het weer lukt, spreken we een laatste afspraak af."))
    f = judge("2b-9", team)
    assert f.status == "voldoet_bijna"
    assert "middle" not in f.details["phases_on_best_page"]


def test_werkwijze_section_of_a_terms_page_describes_the_route():
    snap = site(page("https://praktijk.example/algemene-voorwaarden", "# Algemene voorwaarden",
                     "Deze voorwaarden gelden voor alle behandelovereenkomsten met de praktijk.",
                     "# Werkwijze van de praktijk",
                     "Na je aanmelding plannen we een intake. Samen stellen we daarna een behandelplan op.",
                     "Vervolgens werken we in wekelijkse gesprekken aan je doelen.",
                     "# Artikel 4 Beëindiging van de behandeling",
                     "De behandelovereenkomst eindigt als een van beide partijen deze schriftelijk opzegt.",
                     title="Algemene voorwaarden"))
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "end" not in f.details["phases_on_best_page"]  # the article on ending is a condition


def test_ending_that_breaks_off_the_route_is_no_ending():
    snap = site(page("https://praktijk.example/praktisch", "# Praktisch",
                     "Na aanmelding wordt een intakegesprek gepland.",
                     "In dit eerste gesprek brengen we uw vraag in kaart.",
                     "Een behandeltraject bestaat gemiddeld uit acht gesprekken.",
                     "Soms wordt een traject voortijdig beëindigd.",
                     "Worden de klachten ernstiger, dan wordt u terugverwezen naar de huisarts.",
                     title="Praktisch"))
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["phases_on_best_page"] == ["middle", "start"]


def test_a_question_heading_about_a_price_or_a_wait_names_no_step():
    assert heading_phase("wat kost een intake?") is None
    assert heading_phase("hoe lang is de wachttijd tot de intake?") is None
    assert heading_phase("hoe meld ik mij aan?") == "start"
    assert heading_phase("wanneer stopt de behandeling?") == "end"
    assert heading_phase("how does treatment end?") == "end"


def test_nothing_found_where_an_ending_word_ends_something_else_is_flagged_for_review():
    snap = site(page("https://praktijk.example/ontspanning", "# Ontspanning",
                     "Elke sessie sluiten we af met een korte ademhalingsoefening.",
                     title="Ontspanning"))
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet_niet"
    assert f.needs_review
    quiet = judge_site("2b-9", site(page("https://praktijk.example/route", "# Route", "Parkeren kan achter het pand.", title="Route")))
    assert quiet.status == "voldoet_niet" and not quiet.needs_review


@pytest.mark.xfail(strict=True, reason="known gap: one sentence on the practice's own ending without a sequence word "
                                       "stays a passing mention (letting it count fired on pages without a route)")
def test_one_sentence_on_coming_back_after_the_end_is_a_part():
    snap = site(page("https://praktijk.example/over-mij", "# Over mij",
                     "Mijn praktijk is gevestigd in een rustig pand in het centrum.",
                     "Als de therapie is afgerond, kun je altijd nog een keer terugkomen voor een opfrisgesprek.",
                     title="Over mij"))
    assert judge_site("2b-9", snap).status == "voldoet_bijna"
