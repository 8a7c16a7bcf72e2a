"""Readings found with fresh written pages in the raw form a crawler stores (round 18): a site's menu that the
page builder set as a heading heads nothing (its "Tarieven" or "Werken bij" does not make the page below a
cost or vacancy section); the site's own name or web address is no care type (2b-10); the board and the office
are no practitioners (2b-7); a central registration desk ("aanmeldpunt") is the practice's own line and another
tenant's opening hours are not the practice's (2b-6); the organisation's year is no ending (2b-9); press
releases and a research department's pages are editorial.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
import pytest

from check_helpers import corpus_site, judge_site as judge, one_page, page, site


# --------------------------------------------------------------------------- a menu set as a heading

_MENU_HEADING_PAGE = """Werkwijze | Praktijk Zeegras
Home Over ons Werkwijze Tarieven Werken bij Contact

Hoe gaat het bij ons?
Aanmelden doet u met een verwijzing van uw huisarts. Tijdens het intakegesprek brengen we samen uw hulpvraag in kaart.
Daarna maken we samen een behandelplan. Na zes gesprekken evalueren we hoe het gaat.
Tussen de gesprekken oefent u thuis met de online modules van het programma Denkstap, en uw psycholoog bespreekt uw oefeningen in het volgende gesprek.
Tot slot stellen we samen een terugvalplan op en ronden we de behandeling af."""


def test_a_menu_set_as_heading_makes_no_cost_section():
    snap = corpus_site("https://praktijkzeegras.example/werkwijze", _MENU_HEADING_PAGE)
    assert judge("2b-12", snap).status == "voldoet"


def test_a_menu_set_as_heading_makes_no_vacancy_section():
    snap = corpus_site("https://praktijkzeegras.example/werkwijze", _MENU_HEADING_PAGE)
    assert judge("2b-9", snap).status == "voldoet"


def test_a_real_tariff_heading_still_makes_a_cost_section():
    snap = one_page("https://praktijkzeegras.example/tarieven", "Tarieven",
                    "Tussen de gesprekken oefent u thuis met de online modules van het programma Denkstap; "
                    "die kosten u niets extra.")
    assert judge("2b-12", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10

def test_the_site_name_is_no_care_type():
    snap = corpus_site("https://www.eerstelijnszorg-hengelveld.nl/verhuizing/",
                       "Wij verhuizen in maart | Eerstelijns Zorg Hengelveld\n"
                       "Vanaf 1 maart vindt u ons aan de Stationsstraat 4, naast het station.\n"
                       "Stichting Eerstelijns Zorg Hengelveld · KvK 81234567 · Privacy")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_a_web_address_is_no_care_type():
    snap = site(page("https://basisggz-hengelveld.example/", "# basisggz-hengelveld.nl",
                     "Welkom op onze nieuwe website. Hier vindt u binnenkort meer.",
                     title="basisggz-hengelveld.nl"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_name_in_a_sentence_about_the_care_still_names_it():
    snap = site(page("https://eerstelijnszorg-hengelveld.example/", "# Welkom",
                     "Eerstelijns Zorg Hengelveld helpt volwassenen met lichte klachten weer op weg.",
                     title="Welkom | Eerstelijns Zorg Hengelveld"))
    assert judge("2b-10", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-7

def test_the_board_is_no_practitioner():
    snap = one_page("https://ggzrivierenland.example/over-ons/organisatie", "Organisatie",
                    "De dagelijkse leiding ligt bij twee bestuurders.",
                    "# Raad van Bestuur", "Samenstelling:",
                    "- drs. Anne Wolters, voorzitter", "- ir. Pieter Ruys, lid")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_board_member_who_treats_is_a_practitioner():
    snap = one_page("https://ggzrivierenland.example/over-ons/organisatie", "Organisatie",
                    "# Raad van Bestuur", "Samenstelling:",
                    "- drs. Anne Wolters, GZ-psycholoog (BIG) en voorzitter")
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-6

def test_a_central_registration_desk_is_the_practice_line():
    snap = one_page("https://ggzrivierenland.example/contact", "Contact",
                    "Centraal aanmeldpunt: 0344 - 61 20 00 (werkdagen 9.00 - 16.30 uur)")
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_a_reporting_point_is_still_another_organisation():
    snap = one_page("https://ggzrivierenland.example/links", "Nuttige nummers",
                    "Meldpunt Discriminatie: 0344 - 61 77 77")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_another_tenants_opening_hours_are_not_the_practice():
    snap = one_page("https://gezondheidshuisdebron.example/het-gebouw", "Het gebouw",
                    "Op de begane grond zit de apotheek, met een afhaalkluis die ook buiten de openingstijden "
                    "van de apotheek bereikbaar is.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_the_practice_out_of_hours_still_counts():
    snap = one_page("https://gezondheidshuisdebron.example/contact", "Contact",
                    "Buiten onze openingstijden kunt u de huisartsenpost bellen: 0900 - 112 44 55.")
    assert judge("2b-6", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-9

def test_closing_the_year_is_no_ending():
    snap = one_page("https://ggzrivierenland.example/jaarverslag", "Jaarverslag",
                    "Het aantal aanmeldingen steeg met tien procent.",
                    "Door hogere huurkosten sluiten we het jaar af met een klein tekort.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_closing_the_treatment_is_still_an_ending():
    snap = one_page("https://ggzrivierenland.example/werkwijze", "Werkwijze",
                    "Met een laatste evaluatiegesprek sluiten wij de therapie af.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- press releases and research pages

def test_names_in_a_press_release_are_no_practitioners():
    snap = one_page("https://ggzrivierenland.example/over-ons/pers/samenwerking-gemeente", "Samenwerking met de gemeente",
                    "[Foto: Marjan Kooi (GGZ Rivierenland) en Ruud Vos (gemeente Tiel) na de ondertekening]",
                    "Vanaf januari werken de gemeente en GGZ Rivierenland samen in de wijk.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_study_on_the_research_pages_is_no_offer():
    snap = one_page("https://ggzrivierenland.example/kennis-en-onderzoek/lopende-studies", "Lopende studies",
                    "Een promovenda zet het onderzoek naar de werking van ACT (acceptance and commitment therapy) voor ouderen op een rij.")
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("url", ["https://ggzrivierenland.example/behandelingen/act",
                                 "https://ggzrivierenland.example/over-ons/ons-aanbod"])
def test_a_method_on_an_offer_page_is_still_named(url):
    snap = one_page(url, "Ons aanbod", "Wij bieden acceptance and commitment therapy (ACT) en EMDR.")
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- second pass

def test_a_menu_with_many_separators_is_still_a_menu():
    snap = corpus_site("https://harbourcounselling.example/faq/",
                       "We use cookies to improve this website. Accept all  Reject\n"
                       "FAQ - Harbour Counselling\n"
                       "Home | Our team | Who we help... | FAQ | Fees | Contact | NL\n"
                       "Do you offer online modules?\n"
                       "Yes. We use the online programme Tidewise. Your therapist picks short modules on sleep or worry, "
                       "to do at home in the week between two appointments; your therapist then talks your exercises through with you.")
    assert judge("2b-12", snap).status == "voldoet"


def test_outside_these_hours_is_out_of_hours():
    snap = one_page("https://harbourcounselling.example/contact", "Help at night",
                    "Our office is open on weekdays. Outside these hours, please call the huisartsenpost: 0900 - 123 45 67.",
                    "For an emergency, phone 112 at once.")
    assert judge("2b-6", snap).status == "voldoet"


def test_practitioners_introducing_themselves_by_given_name_are_named():
    snap = one_page("https://praktijkdeklaproos.example/over-ons", "Over ons",
                    "Hoi! Wij zijn Femke en Bart.",
                    "Femke fietst graag en Bart bakt elke vrijdag brood voor de wachtkamer.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_we_are_glad_names_nobody():
    snap = one_page("https://praktijkdeklaproos.example/over-ons", "Over ons", "Hoi! Wij zijn blij dat je er bent.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_practice_name_as_heading_is_no_person():
    snap = one_page("https://harbourcounselling.example/about-us", "About us",
                    "# About Harbour Counselling",
                    "Everyone who treats here is a registered psychologist: GZ-psychologists and psychologists registered with the NIP.",
                    "# Our office", "Practice coordinator: Wendy Kuipers")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_a_practitioner_named_like_the_site_is_still_a_person():
    snap = one_page("https://mariekevanbrakel.example/over-mij", "Over mij",
                    "# Marieke van Brakel", "GZ-psycholoog, BIG-geregistreerd. Ik werk met volwassenen.")
    assert judge("2b-7", snap).status == "voldoet"


@pytest.mark.parametrize("line", ["Basisopleiding EMDR (2016)", "2021  Training Compassion Focused Therapy"])
def test_a_course_on_the_cv_is_no_offer(line):
    snap = one_page("https://praktijkdeklaproos.example/over-mij", "Over mij",
                    "Ik ben Femke de Ruiter, GZ-psycholoog.", "# Opleidingen", line)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_a_method_the_practitioner_works_with_is_named():
    snap = one_page("https://praktijkdeklaproos.example/over-mij", "Over mij",
                    "Ik ben Femke de Ruiter, GZ-psycholoog.", "In mijn praktijk werk ik met EMDR en compassion focused therapy.")
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- third pass

def test_short_care_named_by_the_practice_name_in_the_gp_practice_is_its_own():
    snap = one_page("https://steunindewijk-ommeren.example/", "Welkom",
                    "Steun in de Wijk Ommeren geeft kortdurende, laagdrempelige ondersteuning, dichtbij in je eigen huisartsenpraktijk.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_short_care_of_the_poh_is_still_another_providers():
    snap = one_page("https://steunindewijk-ommeren.example/verwijzen", "Andere hulp",
                    "In de huisartsenpraktijk kunt u ook kortdurende ondersteuning krijgen van de POH-GGZ.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_our_practice_nurses_and_psychologists_are_the_team():
    snap = one_page("https://steunindewijk-ommeren.example/", "Welkom",
                    "Onze praktijkondersteuners GGZ en psychologen hebben spreekuur in twaalf huisartsenpraktijken.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_how_soon_one_can_start_is_a_waiting_time():
    snap = one_page("https://praatpuntonline.example/faq", "Veelgestelde vragen",
                    "Hoe snel kan ik beginnen?", "Nu kun je vaak al binnen drie weken beginnen met de intake.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_step_within_weeks_after_another_is_no_waiting_time():
    snap = one_page("https://praatpuntonline.example/werkwijze", "Werkwijze",
                    "Binnen twee weken na de intake starten we met de behandeling.")
    assert judge("2b-9", snap).status != "voldoet_niet"


def test_a_plural_orthopedagogue_generalist_is_a_profession():
    snap = one_page("https://jeugdpraktijkdezwaluw.example/", "Welkom",
                    "Ons team bestaat uit GZ-psychologen en orthopedagogen-generalist.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def _home_with_button(button: str) -> str:
    return ("Harbour Therapy | Counselling in English\nHome Approach Our app Team Fees Contact\nEN | NL\n"
            "Counselling in English, near the harbour\n"
            "Harbour Therapy is there for newcomers to the region. Our psychologists give brief, "
            "hands-on treatment in English.\n" + button + "\n"
            "Therapy that goes on between sessions\n"
            "Nearly every treatment pairs the meetings with our app Lighthouse. Your psychologist picks modules that suit what "
            "you want to change, such as sleeping better or less stress. At home you do short exercises on your phone. Your "
            "therapist can see how you progress and uses that in the next session. The app stays open to you "
            "for two months once therapy is over.\n"
            "What our clients say\n"
            "Once treatment has ended, each client gets the CQ-index (Consumer Quality Index) questionnaire, with a "
            "grade from 1 to 10 for the care as a whole.\nOver 2024 that grade averaged 8.4.")


@pytest.mark.parametrize("button", ["Book an intake", "Meld je aan", "Plan een kennismaking"])
def test_a_call_to_act_is_no_step(button):
    # the button is the only "start": it must not complete a route from registration to the end
    snap = corpus_site("https://harbourtherapy.example/", _home_with_button(button))
    assert judge("2b-9", snap).status != "voldoet"


def test_telling_how_to_register_is_still_a_step():
    snap = one_page("https://praatpuntonline.example/aanmelden", "Aanmelden",
                    "Aanmelden gaat met het webformulier; daarna plannen we binnen een week een intake.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- fourth pass

def test_a_short_cookie_banner_as_title_makes_no_cookie_page():
    snap = corpus_site("https://dunepsychology.example/contact/",
                       "We use cookies.  OK\nContactContact\n"
                       "Office hours: Monday to Thursday, 9:00 - 16:00, phone +31 70 555 01 23.\n"
                       "Need help after 17:00 or on Saturday and Sunday? Phone the huisartsenpost: 0900 - 777 66 55.\n"
                       "If your life is in danger, call 112.")
    assert judge("2b-6", snap).status == "voldoet"


def test_a_cookie_policy_title_still_makes_a_cookie_page():
    snap = site(page("https://dunepsychology.example/cookies", "# Ons gebruik van cookies",
                     "Wij plaatsen alleen functionele cookies. Bel 070 - 555 01 23 bij vragen.", title="Ons gebruik van cookies"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_short_and_generalist_care_explained_in_english():
    snap = one_page("https://dunepsychology.example/approach", "Our approach",
                    "Our care in the basis GGZ is intended to be brief: most people come for 6 to 10 sessions.",
                    "Goals are set together and checked halfway, to finish on time.",
                    "We work on how you can function at work and at home, using the strengths you already have.")
    assert judge("2b-10", snap).status == "voldoet"


def test_a_menu_of_audience_pages_names_no_client_group():
    snap = corpus_site("https://jeugdhulpdeboei.example/nieuws/",
                       "Nieuws\nHome  Voor jongeren  Voor kinderen  Voor verwijzers  Voor ouders  Contact\n"
                       "Onze wachtkamer heeft nieuwe stoelen gekregen, gemaakt door een sociale werkplaats uit de buurt.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_menu_with_a_language_switch_is_still_a_menu():
    snap = corpus_site("https://dunepsychology.example/online/",
                       "Online | Dune Psychology\nHome  Our team  Fees  How it works  About us  Contact  NL | EN\n"
                       "Between sessions you use our online programme Tidemark: your psychologist picks short modules on worry "
                       "or sleep, you do the exercises at home, and your psychologist talks them through with you at the next session.")
    assert judge("2b-12", snap).status == "voldoet"


def test_a_newsletter_sign_up_is_no_registration_step():
    snap = one_page("https://jeugdhulpdeboei.example/scholen", "Voor scholen",
                    "Wij geven trainingen aan leerkrachten.", "Meld je hier aan voor onze nieuwsbrief")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_grade_under_an_evaluation_heading_is_no_step():
    snap = one_page("https://jeugdhulpdeboei.example/scholen", "Voor scholen",
                    "# Evaluatie", "Leerkrachten gaven de training vorig jaar gemiddeld een 8,1.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_an_evaluation_of_the_treatment_under_its_heading_is_still_a_step():
    snap = one_page("https://jeugdhulpdeboei.example/werkwijze", "Werkwijze",
                    "# Evaluatie", "Na zes gesprekken bespreken we met jou en je ouders hoe het gaat.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_an_annual_report_names_no_care_type():
    snap = one_page("https://zorggroep-middenwaard.example/jaarverslag-2024", "Jaarverslag 2024",
                    "Samen sterk in de eerste lijn: in 2025 richten we ons op personeel en digitalisering in de eerste lijn.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_a_care_group_name_is_no_person():
    snap = corpus_site("https://www.middenwaard-zorg.example/over-ons/",
                       "Over ons - Zorggroep Middenwaard\nZorggroep Middenwaard is een samenwerking van huisartsen in de regio.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_who_not_over_a_list_is_the_excluded_side():
    snap = one_page("https://eerstelijnskring-vaart.example/verwijzers", "Voor verwijzers",
                    "# Wie kunt u naar ons sturen?", "Volwassenen met milde tot matige psychische klachten.",
                    "# Wie niet?", "- Mensen met een acute crisis", "- Ernstige verslavingsproblematiek")
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- fifth pass

_ROUTE_WITHOUT_END = ("1. Aanmelding - Via ons webformulier, met de verwijzing van uw huisarts.",
                      "2. Kennismaking en intake - In twee gesprekken brengen we samen uw hulpvraag in beeld.",
                      "3. Behandelplan - We stellen samen doelen op.",
                      "4. Tussenevaluatie - Na een paar gesprekken bekijken we samen de voortgang.")


def test_attention_to_ending_on_time_is_no_ending_step():
    snap = one_page("https://praktijkdehoeve.example/werkwijze", "Werkwijze", *_ROUTE_WITHOUT_END,
                    "Vanaf de eerste afspraak hebben we aandacht voor een tijdige afronding.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_an_ending_told_still_completes_the_route():
    snap = one_page("https://praktijkdehoeve.example/werkwijze", "Werkwijze", *_ROUTE_WITHOUT_END,
                    "5. Afronding - Het laatste gesprek gebruiken we om terug te blikken en een terugvalplan op te stellen.")
    assert judge("2b-9", snap).status == "voldoet"


# --------------------------------------------------------------------------- sixth pass (small practices)

def test_a_garbled_character_is_no_euro_sign():
    snap = corpus_site("https://praktijkdewaterlelie.example/faq/",
                       "Vragen\nHome Over ons Werkwijze Vragen Contact\nHome â€º Vragen\n"
                       "Gebruiken jullie eHealth?\nJa. Wij werken met het online programma Kompasvrij. Je psycholoog kiest "
                       "oefeningen die bij je doelen passen, je doet ze thuis tussen de afspraken en je psycholoog neemt ze met je door.")
    assert judge("2b-12", snap).status == "voldoet"


def test_a_menu_between_dashes_heads_nothing():
    snap = corpus_site("https://relatiepraktijkdebrug.example/online/",
                       "Online oefenen\nHome - Voor stellen - Aanpak - Tarieven - Contact\n"
                       "Wij werken met het online programma Samenspraak. Jullie therapeut kiest oefeningen die bij jullie doelen "
                       "passen, jullie doen ze thuis tussen de afspraken en de therapeut neemt ze met jullie door.")
    assert judge("2b-12", snap).status == "voldoet"


def test_confirming_a_newsletter_sign_up_is_no_step():
    snap = one_page("https://relatiepraktijkdebrug.example/bedankt", "Bedankt!",
                    "We hebben je bericht ontvangen.", "Heb je je ingeschreven voor onze nieuwsbrief? "
                    "Dan krijg je zo een mail om je inschrijving te bevestigen.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_name_in_the_practice_name_after_it_names_the_writer():
    snap = corpus_site("https://www.femkederuiter-psychotherapie.example/aanbod/",
                       "Waarmee kun je bij mij komen? | Femke de Ruiter Psychotherapie\n"
                       "Ik werk als psychotherapeut en GZ-psycholoog met volwassenen die op hun werk of thuis vastlopen.")
    assert judge("2b-7", snap).status == "voldoet"


def test_referred_on_in_consultation_with_the_gp_is_the_excluded_side():
    snap = one_page("https://praktijkdewaterlelie.example/werkwijze", "Werkwijze",
                    "Wij zijn er voor volwassenen met milde tot matige klachten.",
                    "Is je probleem complex of speelt het al jaren, dan verwijzen wij je in overleg met jouw huisarts door, meestal naar de specialistische GGZ.")
    assert judge("2b-8", snap).status == "voldoet"


def test_the_practice_calling_the_client_is_no_reachability():
    snap = one_page("https://praktijkdewaterlelie.example/aanmelden", "Aanmelden",
                    "Vul het aanmeldformulier in. Binnen drie werkdagen bellen wij u voor een kort telefonisch kennismakingsgesprek.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_the_practice_line_with_its_hours_still_counts():
    snap = one_page("https://praktijkdewaterlelie.example/contact", "Contact",
                    "Telefonisch bereikbaar op dinsdag en donderdag, 8.15 - 9.45 uur: 0318 - 64 21 90.")
    assert judge("2b-6", snap).status == "voldoet_bijna"
