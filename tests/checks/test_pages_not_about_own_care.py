"""Pages and sentences that are not about the practice's own care for its clients (issue 7): a list of
links and a page about one book (what another site or the book offers), an overview of the apps out there and a sentence that says
such things exist, the generalist care as the subject of a study; and an eHealth offer whose "how" is
only that it supplements the care, or is told under the next line heading. The practice's own offer
still counts."""
import pytest

from check_helpers import judge, judge_site, page, site

from checks.text import site_text
from checks.text.context import about_products, states_what_exists

P = "https://praktijk-hz.example"


# ----------------------------------------------------------------------------- what others offer

@pytest.mark.parametrize("path,title,items", [
    ("/nuttige-links", "Nuttige links", ["# Nuttige links",
                                         "Therapieland.nl - online programma's met oefeningen om thuis zelf aan de slag te gaan met piekeren."]),
    ("/useful-links", "Useful links", ["# Useful links",
                                       "Minddistrict - online self-help programmes with exercises you do at home, at your own pace."]),
])
def test_a_platform_on_a_links_page_is_no_ehealth_offer(path, title, items):
    assert judge_site("2b-12", site(page(P + path, *items, title=title))).status == "voldoet_niet"


@pytest.mark.parametrize("path,title,items", [
    ("/het-boek", "Het boek 'Rustig aan' | Praktijk Hz",
     ["# Rustig aan",
      "Het boek is gebaseerd op acceptance and commitment therapy (ACT), waarin je leert om ruimte te maken voor lastige gevoelens "
      "en te doen wat je echt belangrijk vindt.",
      "Het boek is te koop in de boekhandel."]),
    ("/my-book", "My book | Practice Hz",
     ["# Quiet mind",
      "The book draws on schema therapy, in which you learn to recognise old patterns from your childhood and to meet your own needs.",
      "It is available from bookshops."]),
])
def test_a_method_in_a_book_page_is_no_offer(path, title, items):
    assert judge_site("2b-11", site(page(P + path, *items, title=title))).status == "voldoet_niet"


# ----------------------------------------------------------------------------- what exists in the world

@pytest.mark.parametrize("text", [
    "Ook bestaan er online cursussen voor ouders die uit elkaar gaan.",
    "Er zijn tegenwoordig talloze apps die beloven dat je beter gaat slapen.",
    "There are many apps that promise a calmer mind.",
    "Countless online programmes claim to help with stress.",
])
def test_a_sentence_that_says_such_things_exist_is_no_offer(text):
    s = site(page(P + "/scheiding", "# Kinderen en scheiding", text, title="Kinderen en scheiding"))
    assert judge("2b-12", s).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Er zijn online modules die uw behandelaar tussen de gesprekken voor u klaarzet.",
    "Wij bieden ook online modules aan.",
])
def test_modules_tied_to_the_readers_care_or_in_the_practice_voice_still_count(text):
    s = site(page(P + "/ehealth", "# Online", text, title="Online"))
    assert judge("2b-12", s).status != "voldoet_niet"
    unit = next(u for u in site_text(s).units if u.low.startswith(("er zijn", "wij bieden")))
    assert not states_what_exists(unit)


def test_an_overview_of_apps_out_there_is_no_offer_method_or_crisis_advice():
    overview = page(P + "/slaap-en-apps", "# Apps bij slaapproblemen",
                    "Er bestaan honderden apps voor wie slecht slaapt.",
                    "Deze apps bieden ademhalingsoefeningen en rustige muziek.",
                    "Sommige apps hebben een programma dat gebaseerd is op cognitieve gedragstherapie.",
                    "Een paar apps bevatten een veiligheidsplan met telefoonnummers voor als het even niet meer gaat.",
                    title="Apps bij slaapproblemen")
    s = site(overview)
    assert about_products(site_text(s).pages[0])
    for criterion in ("2b-6", "2b-11", "2b-12"):
        assert judge_site(criterion, s).status == "voldoet_niet", criterion


def test_a_page_on_which_the_practice_offers_its_own_app_is_no_overview():
    own = page(P + "/app", "# Onze app", "Er zijn veel apps, maar wij werken met één eigen app.",
               "In de app doet u tussen de sessies oefeningen die uw behandelaar met u bespreekt.", title="Onze app")
    assert not about_products(site_text(site(own)).pages[0])
    assert judge("2b-12", site(own)).status != "voldoet_niet"


# ----------------------------------------------------------------------------- the generalist care as a research subject

@pytest.mark.parametrize("text", [
    "Samen met de universiteit doen wij mee aan een studie naar de werkzaamheid van behandelingen in de eerste lijn.",
    "We take part in a study of outcomes in basic mental health care.",
])
def test_generalist_care_as_the_subject_of_a_study_is_no_character_of_the_care(text):
    s = site(page(P + "/onderzoek-en-samenwerking", "# Samenwerking", text, title="Samenwerking"))
    assert judge("2b-10", s).status == "voldoet_niet"


# ----------------------------------------------------------------------------- the "how" of an eHealth offer

@pytest.mark.parametrize("text", [
    "Soms zetten we online modules in als aanvulling op de behandeling.",
    "We sometimes use online modules alongside therapy.",
])
def test_generic_modules_said_only_to_supplement_the_care_are_bijna(text):
    s = site(page(P + "/behandeling", "# Behandeling", text, title="Behandeling"))
    assert judge("2b-12", s).status == "voldoet_bijna"


def test_a_named_platform_with_exercises_between_sessions_still_passes():
    s = site(page(P + "/ehealth", "# Online", "Naast de gesprekken werkt u in Therapieland aan oefeningen die uw behandelaar met u bespreekt.",
                  title="Online"))
    assert judge("2b-12", s).status == "voldoet"


def test_the_how_under_the_next_line_heading_is_not_the_offers():
    s = site(page(P + "/basis-ggz", "# Online", "Wij maken ook gebruik van online programma's.", "Meer nodig?",
                  "Als het niet genoeg blijkt, bespreken we met u en uw huisarts een verwijzing.", title="Basis GGZ"))
    assert judge("2b-12", s).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- what is said to colleagues

@pytest.mark.parametrize("text", [
    "Onze psychologen zijn op werkdagen van 12 tot 13 uur telefonisch bereikbaar voor collegiaal overleg.",
    "GPs can call our referrers' line on weekdays between 9 and 10 am.",
    "Voor consultatie zijn wij op dinsdag en donderdag telefonisch bereikbaar via het verwijzersnummer.",
])
def test_a_line_for_colleagues_is_no_reachability_for_clients(text):
    assert judge("2b-6", site(page(P + "/samenwerken", "# Samenwerken", text, title="Samenwerken"))).status == "voldoet_niet"


def test_the_practices_own_phone_hours_still_count():
    s = site(page(P + "/contact", "# Contact", "Wij zijn op werkdagen van 9 tot 17 uur telefonisch bereikbaar.", title="Contact"))
    assert judge("2b-6", s).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Twee keer per jaar geven wij een nascholing voor huisartsen over gespreksvoering bij een suïcidale crisis.",
    "Twice a year we run a workshop for GPs about recognising a suicidal crisis.",
])
def test_a_crisis_as_the_subject_of_a_course_is_no_advice(text):
    assert judge("2b-6", site(page(P + "/scholing", "# Scholing", text, title="Scholing"))).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Bij ernstige depressie met suïcidale gedachten zoeken wij samen met u en uw huisarts naar passende specialistische zorg.",
    "If you struggle with suicidal thoughts or a psychosis, together with you and your GP we will look for a specialist service.",
])
def test_the_gp_with_whom_a_referral_is_arranged_is_no_crisis_contact(text):
    s = site(page(P + "/voor-wie", "# Voor wie", text, title="Voor wie"))
    assert judge("2b-6", s).status == "voldoet_niet"


def test_the_gp_to_call_in_a_crisis_still_counts():
    s = site(page(P + "/contact", "# Contact", "Bij een crisis belt u overdag uw eigen huisarts.", title="Contact"))
    assert judge("2b-6", s).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- a count that marks a moment

@pytest.mark.parametrize("text", [
    "Na twee of drie gesprekken geef ik je een advies over de behandeling die bij je past.",
    "After two sessions we decide together whether therapy with us suits you.",
])
def test_a_count_that_marks_the_moment_of_advice_is_no_length_of_the_care(text):
    s = site(page(P + "/werkwijze", "# Werkwijze", text, title="Werkwijze"))
    assert judge("2b-10", s).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Na acht gesprekken ronden we de behandeling af.",
    "After eight sessions we finish the treatment.",
])
def test_a_count_that_ends_the_care_still_counts(text):
    s = site(page(P + "/werkwijze", "# Werkwijze", text, title="Werkwijze"))
    assert judge("2b-10", s).status != "voldoet_niet"


# ----------------------------------------------------------------------------- a holiday announced

@pytest.mark.parametrize("text", [
    "De praktijk is gesloten van 3 augustus tot en met 21 augustus.",
    "Our practice is closed from 2 to 16 August.",
    "In week 30 en 31 is de praktijk gesloten.",
])
def test_a_closure_over_dates_is_no_out_of_hours_reachability(text):
    s = site(page(P + "/", "# Welkom", "Wij helpen volwassenen met angst en somberheid.", "# Nieuws", text, title="Welkom"))
    assert judge("2b-6", s).status == "voldoet_niet"
