"""Readings found with fresh written pages (round 17): the digits of a bank account or a labelled register number
are no phone number (2b-6); a practice's name with a profession in it, repeated as title and heading, is no
practitioner (2b-7); a list of links to the site's other pages, a document's title and an errand of the place at
the first appointment tell no step of the route (2b-9); a grade of the whole sector is not the practice's (2b-13).

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
import pytest

from check_helpers import corpus_site, judge, judge_site, one_page, page, site



# --------------------------------------------------------------------------- 2b-6

def test_an_iban_is_no_phone_number():
    snap = one_page("https://stichtingvoorwaarts.example/steun-ons", "Steun ons werk",
                     "Met een gift maakt u lotgenotengroepen voor jongeren mogelijk.",
                     "Uw bijdrage is welkom op IBAN NL17 INGB 0594 3318 27 ten name van Stichting Voorwaarts.")
    assert judge("2b-6", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "KvK-nummer: 0614 2290 77",
    "AGB-code: 0301 4587 2",
])
def test_a_labelled_register_number_is_no_phone_number(line):
    snap = one_page("https://stichtingvoorwaarts.example/colofon", "Colofon", "Stichting Voorwaarts, Deventer.", line)
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_phone_number_next_to_the_account_still_counts():
    snap = one_page("https://stichtingvoorwaarts.example/contact", "Contact",
                     "Bel ons op 0570 - 64 82 19 of mail naar info@voorwaarts.example.",
                     "Giften: NL17 INGB 0594 3318 27.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-7

def test_a_practice_name_with_a_profession_in_it_is_no_practitioner():
    snap = corpus_site("https://eerstelijnspsychologenheuvelrug.example/nieuws/open-dag",
                       "Eerstelijnspsychologen Heuvelrug\n\nNieuws\n\nOpen dag in ons nieuwe pand\n\n"
                       "Op zaterdag 4 oktober kunt u tussen 11.00 en 15.00 uur binnenlopen in ons nieuwe pand aan de Stationsweg. "
                       "Er is koffie en u kunt de spreekkamers bekijken.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_name_line_with_its_job_line_still_counts():
    snap = one_page("https://praktijkheuvelrug.example/team", "Ons team",
                     "Marjolein Brandsma", "GZ-psycholoog", "Ruben Tjalsma", "Psychotherapeut")
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-9

def test_a_list_of_links_to_the_sites_pages_is_no_route():
    snap = corpus_site("https://praktijkkraanvogel.example/voor-clienten",
                       "Voor cliënten\n\nHier vindt u alles wat u als cliënt nodig hebt.\n\n"
                       "→ Aanmelden\n→ Wachttijden\n→ Kosten en vergoeding\n→ Uw rechten en plichten\n→ Na de behandeling\n"
                       "→ Formulieren en downloads\n\nAanmeldformulier (pdf) | Klachtenregeling (pdf)")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_document_title_is_no_step():
    snap = one_page("https://kraanvogelpsychology.example/en/documents", "Documents",
                     "- Registration form (PDF, 180 KB)", "- Consent form for contact with your GP (PDF, 75 KB)",
                     "- Complaints procedure (PDF, 120 KB)")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_list_of_the_routes_steps_still_counts():
    snap = corpus_site("https://praktijkkraanvogel.example/werkwijze",
                       "Werkwijze\n\nZo verloopt uw behandeling bij ons:\n\n- Aanmelding via het formulier\n- Intakegesprek\n"
                       "- Behandelplan opstellen\n- Behandeling en tussentijdse evaluatie\n- Afronding met een eindgesprek")
    assert judge("2b-9", snap).status != "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Bij het plannen van uw eerste afspraak spreken we met u af in welke vestiging u terechtkunt.",
    "Once your first appointment is booked, we send you the address of the office and a short description of the way.",
])
def test_the_place_arranged_at_the_first_appointment_is_no_step(line):
    snap = one_page("https://praktijkkraanvogel.example/vestigingen", "Onze vestigingen",
                     "Wij houden spreekuur in Baarn en in Soest.", line,
                     "Beide panden zijn goed bereikbaar met het openbaar vervoer.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_an_invitation_to_the_intake_at_a_location_still_counts():
    snap = one_page("https://praktijkkraanvogel.example/aanmelden", "Aanmelden",
                     "Na uw aanmelding nodigen wij u uit voor een intakegesprek op onze vestiging in Baarn.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-13

def test_a_grade_of_the_whole_sector_is_not_the_practices():
    snap = one_page("https://praktijkkraanvogel.example/nieuws/rapport", "Nieuw rapport over cliëntervaringen",
                     "Het sectorrapport op basis van de CQ-index is verschenen.",
                     "Cliënten in de vrijgevestigde ggz waardeerden hun behandelaar over 2024 gemiddeld met een 8,1 (schaal 1-10).",
                     "Deze cijfers zeggen niets over een afzonderlijke praktijk.")
    assert judge("2b-13", snap).status == "voldoet_niet"


def test_the_practices_own_grade_still_counts():
    snap = one_page("https://praktijkkraanvogel.example/kwaliteit", "Cliëntervaringen",
                     "Met de CQ-index vragen wij onze cliënten naar hun ervaringen.",
                     "Over 2024 waardeerden onze cliënten ons gemiddeld met een 8,6 (schaal 1-10).")
    assert judge("2b-13", snap).status == "voldoet"


# --------------------------------------------------------------------------- second pass

def test_the_client_councils_line_is_not_the_practices_reachability():
    snap = one_page("https://ggzlingewaal.example/organisatie/clientenraad", "De cliëntenraad",
                     "De cliëntenraad denkt mee over het beleid van onze organisatie.",
                     "De raad is op maandag en woensdag bereikbaar via 0344-618290 of clientenraad@lingewaal.example.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_the_practices_own_line_on_an_organisation_page_still_counts():
    snap = one_page("https://ggzlingewaal.example/organisatie", "Onze organisatie",
                     "Het secretariaat is op werkdagen bereikbaar via 0344-618200.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


_GREEN_PAGE = ("Duurzaam werken\n\nIn 2030 willen wij als organisatie klimaatneutraal werken.\n\n"
               "Vervoer – Medewerkers krijgen een ov-kaart. {app}\n\n"
               "Energie – Samen met de gemeente voeren we een programma om energie te besparen in onze panden.")


@pytest.mark.parametrize("app", [
    "Via onze deelfiets-app vinden collega's snel een fiets voor een huisbezoek.",
    "Het rooster staat voor alle medewerkers in een app.",
])
def test_an_app_the_staff_use_is_no_ehealth(app):
    snap = corpus_site("https://ggzlingewaal.example/over-ons/duurzaam", _GREEN_PAGE.format(app=app))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_an_app_for_the_clients_still_counts():
    snap = corpus_site("https://ggzlingewaal.example/over-ons/duurzaam", _GREEN_PAGE.format(
        app="Cliënten krijgen van ons een app met oefeningen voor tussen de gesprekken."))
    assert judge("2b-12", snap).status == "voldoet"


def test_what_an_insurance_covers_is_no_target_group():
    snap = corpus_site("https://maascounselling.example/insurance",
                       "Your insurance\n\nDutch basic insurance\nIt covers mental health treatment for adults when your GP has "
                       "referred you.\n\nThe deductible\nAdults pay the first part of their costs themselves.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_practices_own_target_group_beside_the_insurance_still_counts():
    snap = one_page("https://maascounselling.example/who-we-help", "Who we help",
                     "We help adults with anxiety, low mood and stress at work.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_asking_for_a_copy_at_the_first_appointment_is_no_step():
    snap = one_page("https://praktijkijssel.example/kwaliteit", "Ons kwaliteitsstatuut",
                     "U vindt het statuut in het register dat Zorginstituut Nederland openbaar bijhoudt.",
                     "Liever op papier? Bij het eerste gesprek mag u gerust om een gedrukt exemplaar vragen.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_first_appointment_in_which_we_ask_about_the_complaints_still_counts():
    snap = one_page("https://praktijkijssel.example/werkwijze", "Werkwijze",
                     "In het eerste gesprek vragen we naar uw klachten en wat u al geprobeerd hebt.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_a_register_explained_in_general_is_no_team():
    snap = corpus_site("https://praktijkijssel.example/registers",
                       "Registers\n\nHerregistratie\nWie zich niet blijft nascholen, raakt na vijf jaar zijn inschrijving kwijt.\n\n"
                       "Let op: een kwaliteitsregister zegt iets over één zorgverlener, een keurmerk over de hele praktijk.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_practitioners_own_registration_line_still_counts():
    snap = one_page("https://praktijkijssel.example/over-mij", "Registraties",
                     "- GZ-psycholoog, BIG-registratie 49061234525", "- Lid van het NIP")
    assert judge("2b-7", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- third pass

@pytest.mark.parametrize("menu", [
    "Over ons Werkwijze Aanmelden FAQ Blog Contact",
    "Onze zorg | Wie zijn wij | Verhalen | Aanmelden",
])
def test_a_menu_written_out_in_one_line_tells_no_step(menu):
    snap = corpus_site("https://praktijkvlinderhof.example/veelgestelde-vragen",
                       f"Praktijk Vlinderhof\n{menu}\n\nVeelgestelde vragen\n\nMoet ik zelf iets betalen?\n"
                       "Dat hangt af van uw eigen risico.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_menu_item_ehealth_is_no_offer():
    snap = corpus_site("https://praktijkvlinderhof.example/contact",
                       "Praktijk Vlinderhof\nHome · Over ons · Behandeling · eHealth · Contact\n\nContact\n\n"
                       "Wij zijn op werkdagen bereikbaar tussen 9.00 en 17.00 uur.")
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_a_sentence_naming_pages_is_no_menu():
    snap = one_page("https://praktijkvlinderhof.example/aanmelden", "Aanmelden",
                     "Na uw aanmelding nodigen wij u uit voor een intakegesprek; lees ook onze pagina's over ons en de werkwijze.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_the_intake_as_the_moment_to_book_ones_own_appointments_is_no_step():
    snap = one_page("https://praktijkvlinderhof.example/faq", "Veelgestelde vragen",
                     "Kan ik mijn afspraken zelf regelen?",
                     "Ja, na het intakegesprek kunt u in de online agenda zelf uw afspraken verzetten.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_tool_kept_after_the_treatment_is_no_ending():
    snap = one_page("https://praktijkvlinderhof.example/online", "Online oefenen",
                     "Tijdens de gesprekken werkt u met de oefenapp Kompaszin.",
                     "Als de therapie klaar is, mag u de app blijven gebruiken voor uw terugvalplan.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_ending_with_a_letter_to_the_gp_still_counts():
    snap = one_page("https://praktijkvlinderhof.example/werkwijze", "Afsluiting",
                     "Bij het afronden van uw behandeling sturen wij met uw toestemming een brief naar uw huisarts.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("block", [
    "Meetjaar: 2024\nAantal respondenten: 88\nGemiddeld rapportcijfer: 8,3",
    "Uitkomsten meetperiode januari t/m december 2024\nIngevulde vragenlijsten: 88\nGemiddeld rapportcijfer voor de behandeling: 8,3",
])
def test_the_year_of_a_block_of_labelled_lines_dates_the_grade(block):
    snap = corpus_site("https://praktijkvlinderhof.example/kwaliteit",
                       "Kwaliteit\n\nCliëntervaringen (CQI)\nNa de laatste afspraak vullen cliënten de CQI-vragenlijst in, een "
                       "landelijke vragenlijst over hun ervaringen met de ggz. Ze geven ook een rapportcijfer van 1 tot 10.\n\n"
                       f"{block}\n\nWij zijn blij met deze uitkomst.")
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet" and finding.details.get("cqi_year") == 2024


def test_a_point_of_the_scales_legend_is_no_grade():
    snap = corpus_site("https://praktijkvlinderhof.example/kwaliteit",
                       "Kwaliteit\n\nCliëntervaringen (CQI)\nIn 2024 lieten wij de ervaringen van onze cliënten meten met de CQI. "
                       "Cliënten geven een totaalcijfer (1 = zeer slecht, 10 = uitstekend).\n\nMeetjaar: 2024\nGemiddeld rapportcijfer: 7,9")
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet" and "7,9" in finding.reason


# --------------------------------------------------------------------------- fourth pass

def test_a_clause_that_measures_at_the_start_and_the_end_tells_no_step():
    snap = one_page("https://praktijkzandloper.example/kwaliteit", "Kwaliteit",
                     "Wij vinden het belangrijk dat onze zorg goed is.",
                     "Ook meten we bij het begin en tegen het einde van de behandeling hoe zwaar de klachten zijn (ROM).")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_an_app_with_guided_meditations_discussed_in_the_next_meeting_is_used_in_the_care():
    snap = one_page("https://praktijkzandloper.example/training", "Training aandacht",
                     "Tussen de bijeenkomsten oefen je thuis. Daarvoor krijg je de Zandloper-app met geleide meditaties.",
                     "In de app noteer je wanneer je geoefend hebt; daar kijken we samen naar in de les erna.")
    assert judge("2b-12", snap).status == "voldoet"


def test_a_tool_named_where_the_practice_says_it_works_with_it_is_its_own():
    snap = one_page("https://praktijkzandloper.example/online", "Online werken met Kompasje",
                     "Thuis verder oefenen schiet er vaak bij in. Om die reden werken wij met Kompasje.",
                     "Kompasje is een online programma met oefeningen die je doet wanneer het jou uitkomt.",
                     "Na elke sessie krijg je een onderdeel als huiswerk.")
    assert judge("2b-12", snap).status == "voldoet"


def test_an_online_programme_told_of_in_general_stays_no_own_offer():
    snap = one_page("https://praktijkzandloper.example/blog/online", "Online programma's",
                     "Kompasje is een online programma met oefeningen die je doet wanneer het jou uitkomt.",
                     "Na elke sessie krijg je een onderdeel als huiswerk.")
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_where_to_go_instead_in_english_is_the_excluded_side():
    snap = one_page("https://zandloperpsychology.example/treatment", "What we offer",
                     "We offer basic mental health care for adults with mild to moderate problems.",
                     "Should you need more intensive care, we talk with your GP about where you can go instead.")
    assert judge("2b-8", snap).status == "voldoet"


def test_the_basis_ggz_named_as_the_more_fitting_place_is_not_the_practices_care():
    snap = one_page("https://psychotherapiezandloper.example/voor-wie", "Wanneer ben ik niet de juiste plek?",
                     "- bij een acute crisis",
                     "- bij milde klachten die kortdurend te behandelen zijn; een psycholoog in de basis GGZ is dan meestal passender")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_practices_own_basis_ggz_still_counts():
    snap = one_page("https://praktijkzandloper.example/basis-ggz", "Basis GGZ",
                     "Onze praktijk biedt basis GGZ.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- fifth pass

def test_a_podcast_episode_on_a_method_is_no_offer():
    snap = one_page("https://podcastdeluisterstoel.example/afleveringen/afl-9-act", "Aflevering 9 - Acceptance and Commitment Therapy",
                     "In deze aflevering spreken we met een onderzoeker over ACT.",
                     "ACT leert je ruimte te maken voor lastige gevoelens en te doen wat voor jou belangrijk is.",
                     "Ook komt cognitieve gedragstherapie kort aan bod.")
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_steps_of_a_study_the_practice_took_part_in_are_no_route():
    snap = corpus_site("https://praktijkluisterstoel.example/onderzoek/uitkomsten",
                       "Wat ons meedoen aan een landelijke studie opleverde\n\n"
                       "Vorig jaar deden wij mee aan een onderzoek naar samenwerking in de eerste lijn.\n\n"
                       "Zo ging het:\n- Aanmelding: 90 praktijken gaven zich op.\n- Metingen: medewerkers vulden drie keer een vragenlijst in.\n"
                       "- Evaluatie: de onderzoekers bespraken de uitkomsten met een adviesgroep.\n- Afronding: in juni verscheen het rapport.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_body_oriented_exercises_are_no_named_method():
    snap = one_page("https://praktijkluisterstoel.example/werkwijze", "Zo werk ik",
                     "Soms praten we over je gedachten, soms doen we lichaamsgerichte oefeningen, soms tekenen we wat je voelt.")
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_body_oriented_therapy_named_still_counts():
    snap = one_page("https://praktijkluisterstoel.example/aanbod", "Aanbod",
                     "Ik bied lichaamsgerichte therapie en EMDR.")
    assert judge("2b-11", snap).status != "voldoet_niet"


def test_how_long_the_meetings_last_is_no_route():
    snap = one_page("https://praktijkluisterstoel.example/faq", "Veelgestelde vragen",
                     "Hoe lang duurt een gesprek?",
                     "Een kennismakingsgesprek duurt een half uur, een behandelsessie 50 minuten.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_what_the_intake_is_for_still_counts():
    snap = one_page("https://praktijkluisterstoel.example/werkwijze", "Werkwijze",
                     "Het intakegesprek duurt een uur; daarin brengen we samen in kaart waar u last van hebt.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- sixth pass

def test_a_news_item_with_the_practices_own_grade_is_its_own_result():
    snap = site(page("https://praktijkkeerkring.example/", "# Welkom", "Praktijk Keerkring helpt volwassenen met psychische klachten.",
                     title="Praktijk Keerkring"),
                page("https://praktijkkeerkring.example/nieuws/uitkomst-cqi", "# Nieuws",
                     "Geplaatst op 3 maart 2025",
                     "De uitkomsten van de CQI-vragenlijst zijn binnen. De CQI is een landelijke vragenlijst over ervaringen met de ggz.",
                     "Volgens de meting waarderen onze cliënten ons gemiddeld met een 8,4.", title="Nieuws"))
    assert judge_site("2b-13", snap).status == "voldoet_bijna"


def test_a_practitioner_on_the_team_page_who_treats_in_the_basis_ggz_names_the_care_type():
    snap = one_page("https://praktijkkeerkring.example/team", "Ons team",
                     "Marit Jongsma is GZ-psycholoog. Zij behandelt volwassenen binnen de basis GGZ.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_practitioner_who_once_worked_in_the_basis_ggz_names_no_care_type():
    snap = one_page("https://praktijkkeerkring.example/team", "Ons team",
                     "Marit Jongsma is psychotherapeut. Zij heeft jaren in de basis GGZ gewerkt.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_thinking_along_about_a_fitting_referral_for_more_intensive_help_is_the_excluded_side():
    snap = one_page("https://praktijkkeerkring.example/werkwijze", "Werkwijze",
                     "Is er toch intensiever hulp nodig, dan denken wij graag mee over een passende plek.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- seventh pass: text as a crawler stores it

_BANNER = "Wij gebruiken cookies om deze website beter te maken. Lees meer in ons cookiebeleid. Akkoord Weigeren"


def test_a_cookie_banner_taken_for_the_title_makes_no_legal_page():
    snap = corpus_site("https://praktijkwaterlelie.example/",
                       f"{_BANNER}\nPraktijk Waterlelie | Psycholoog in Oosterhout\n"
                       "Bel ons: 0162-448120 | Mail ons | Ma t/m do 9.00 - 17.00 uur\n\n"
                       "Welkom bij Praktijk Waterlelie, voor volwassenen die even niet verder kunnen.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_a_privacy_page_stays_a_legal_page():
    snap = corpus_site("https://praktijkwaterlelie.example/privacyverklaring",
                       "Privacyverklaring\n\nVragen over uw gegevens? Bel onze functionaris gegevensbescherming op 0162-448129.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_read_more_button_is_no_step():
    snap = corpus_site("https://praktijkwaterlelie.example/basis-ggz",
                       "Wat is basis GGZ?\n\nIn de basis GGZ helpen wij bij lichte of matige psychische klachten.\n\n"
                       "Lees meer over aanmelden\n\nWe spreken aan het begin af hoeveel gesprekken we ongeveer nodig hebben.")
    assert judge("2b-9", snap).status != "voldoet"


def test_a_phone_hour_for_referrers_is_not_the_clients_line():
    snap = one_page("https://praktijkwaterlelie.example/voor-verwijzers", "Voor verwijzers",
                     "Huisartsen kunnen hun patiënten verwijzen via ZorgDomein.",
                     "Elke werkdag van 12.15 tot 12.45 uur houden wij een telefonisch spreekuur voor verwijzers.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_message_function_in_the_portal_is_no_ehealth():
    snap = one_page("https://praktijkwaterlelie.example/online", "Online contact",
                     "Een vraag tussen de afspraken door? Gebruik de beveiligde berichtenfunctie in het cliëntportaal.",
                     "Uw behandelaar reageert binnen twee werkdagen.")
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_a_menu_item_named_for_the_short_care_is_no_description_of_it():
    snap = corpus_site("https://praktijkwaterlelie.example/veelgestelde-vragen",
                       "Veelgestelde vragen\nHome Wie we zijn Kortdurende hulp Aanbod Kwaliteit Contact\n\n"
                       "Moet ik zelf iets betalen?\nDat hangt af van uw eigen risico.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_year_a_long_sentence_says_the_questionnaire_was_filled_in_dates_the_grade():
    snap = one_page("https://praktijkwaterlelie.example/kwaliteit", "Wat vinden cliënten van ons?",
                    "In 2024 vulden 140 cliënten na het einde van hun behandeling bij ons de CQI-vragenlijst in.",
                    "De CQI is een landelijke vragenlijst over ervaringen met de ggz.",
                    "Gemiddeld waardeerden zij ons met een 8,5 (schaal 1 tot 10).")
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet" and finding.details.get("cqi_year") == 2024


def test_a_grade_of_a_survey_said_not_to_be_the_cqi_is_a_satisfaction_grade_whatever_its_year():
    snap = one_page("https://praktijkwaterlelie.example/ervaringen", "Ervaringen",
                    "Na de laatste afspraak vullen cliënten onze eigen tevredenheidsvragenlijst in.",
                    "In ons tevredenheidsonderzoek over 2023 gaven zij de praktijk gemiddeld een 8,2.",
                    "Deze lijst is geen CQI, maar helpt ons de zorg te verbeteren.")
    assert judge("2b-13", snap).status == "voldoet_bijna"
