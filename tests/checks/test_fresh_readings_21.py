"""Readings found with fresh written pages (round 21), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text import site_text
from checks.text.context import practice_silent


# --------------------------------------------------------------------------- 2b-7: people who are not the practice's

_GUEST_COLUMN = """Column: waarom rust nemen zo lastig is
Iedereen kent het: je neemt je voor om het rustiger aan te doen en binnen een week zit je agenda weer vol.
Over de schrijver
Thijs Oudejans is klinisch psycholoog en onderzoeker aan een universiteit in het oosten van het land. Dit stuk is een bijdrage van een gastauteur; hij is niet werkzaam bij Praktijk Beukenlaan.
Terug naar overzicht"""


def test_a_guest_writer_said_not_to_work_there_is_no_practitioner():
    snap = corpus_site("https://www.praktijkbeukenlaan.example/blog/rust-nemen/", _GUEST_COLUMN)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_practice_s_own_writer_stays_a_practitioner():
    text = _GUEST_COLUMN.replace("Dit stuk is een bijdrage van een gastauteur; hij is niet werkzaam bij Praktijk Beukenlaan.",
                                 "Hij behandelt volwassenen met angstklachten in Praktijk Beukenlaan.")
    snap = corpus_site("https://www.praktijkbeukenlaan.example/blog/rust-nemen/", text)
    assert judge("2b-7", snap).status == "voldoet"


_RETIRED = """Interview: 'Luisteren heb ik pas laat geleerd'
12 maart 2025
Geert Hofstede-Blom (70) werkte bijna veertig jaar als psychiater in Zwolle en omstreken. Sinds zijn pensioen maakt hij aquarellen en geeft hij les aan amateurs.
We spraken hem over zijn werk en over wat hij jonge collega's zou meegeven."""


def test_a_retired_psychiatrist_in_an_interview_is_no_practitioner():
    snap = corpus_site("https://www.deoeverpraktijk.example/actueel/interview-hofstede/", _RETIRED)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_practitioner_working_there_after_a_pension_elsewhere_stays_one():
    text = _RETIRED.replace("werkte bijna veertig jaar als psychiater in Zwolle en omstreken. Sinds zijn pensioen maakt hij aquarellen en geeft hij les aan amateurs.",
                            "werkt na zijn pensioen bij een ziekenhuis nu als psychiater in onze praktijk, twee dagen per week.")
    snap = corpus_site("https://www.deoeverpraktijk.example/actueel/interview-hofstede/", text)
    assert judge("2b-7", snap).status == "voldoet"


_OBITUARY = """In memoriam Hendrik Vasbinder (1938-2024)
Met verdriet delen wij het bericht dat Hendrik Vasbinder, een van de oprichters van de praktijk, is overleden.
Hendrik begon de praktijk in 1979 in een kamer boven een bakkerij.
Hij was psychotherapeut in hart en nieren en stopte pas met werken op zijn vijfenzeventigste.
We zullen zijn droge humor missen."""


def test_an_obituary_names_no_practitioner():
    snap = corpus_site("https://www.praktijkdelinde.example/nieuws/in-memoriam-hendrik/", _OBITUARY)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_welcome_in_the_present_tense_names_one():
    text = (_OBITUARY.replace("In memoriam Hendrik Vasbinder (1938-2024)", "Welkom Hendrik Vasbinder")
            .replace("Met verdriet delen wij het bericht dat Hendrik Vasbinder, een van de oprichters van de praktijk, is overleden.",
                     "Met plezier melden wij dat Hendrik Vasbinder ons team komt versterken.")
            .replace("Hendrik begon de praktijk in 1979 in een kamer boven een bakkerij.", "")
            .replace("Hij was psychotherapeut in hart en nieren en stopte pas met werken op zijn vijfenzeventigste.",
                     "Hij is psychotherapeut en werkt vooral met stellen.")
            .replace("We zullen zijn droge humor missen.", ""))
    snap = corpus_site("https://www.praktijkdelinde.example/nieuws/welkom-hendrik/", text)
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- a knowledge page in which the practice is silent

_KNOWLEDGE = """Cookie-instellingen  Wij en onze partners zetten cookies in om deze site beter te maken. Akkoord  Weigeren
Apps en somberheid | Praktijk HoogveldApps en somberheid: helpen ze echt?
Home  Over ons  Kennisbank  Tarieven  Contact
Home > Kennisbank > Apps en somberheid
Leestijd: 4 minuten
Er bestaan honderden apps die beloven dat je je beter gaat voelen. Sommige geven oefeningen voor thuis, andere houden een stemmingsdagboek bij.
Onderzoek laat zien dat begeleide zelfhulp via internet beter werkt dan een app zonder begeleiding.
Let bij het kiezen op wie de app heeft gemaakt en wat er met je gegevens gebeurt."""


def _page(snap, part):
    return next(p for p in site_text(snap).pages if part in p.url)


def test_a_knowledge_page_under_a_banner_menu_and_glued_title_is_silent():
    snap = corpus_site("https://www.praktijkhoogveld.example/kennisbank/apps-en-somberheid/", _KNOWLEDGE)
    assert practice_silent(_page(snap, "/kennisbank/"))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_the_same_page_where_the_practice_speaks_is_not_silent():
    text = _KNOWLEDGE.replace("Let bij het kiezen", "Wij gebruiken in onze behandelingen zelf geen losse apps. Let bij het kiezen")
    snap = corpus_site("https://www.praktijkhoogveld.example/kennisbank/apps-en-somberheid/", text)
    assert not practice_silent(_page(snap, "/kennisbank/"))


# --------------------------------------------------------------------------- 2b-8: negations that negate no care

_METHODS = """Behandelingen
Cognitieve gedragstherapie
Samen zoeken we uit hoe denken, voelen en doen samenhangen. Je leert niet-helpende gedachten te herkennen en je oefent met situaties die je uit angst uit de weg gaat.
Groepstraining
De training is geschikt bij somberheid die terugkomt en bij stress."""


def test_a_niet_compound_is_no_exclusion():
    snap = corpus_site("https://www.praktijkwilgenhof.example/behandelingen/", _METHODS)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert not finding.details["excluded"]


def test_a_real_negation_in_the_same_sentence_still_excludes():
    text = _METHODS.replace("Je leert niet-helpende gedachten te herkennen en je oefent met situaties die je uit angst uit de weg gaat.",
                            "Mensen met een ernstige angststoornis behandelen wij niet.")
    snap = corpus_site("https://www.praktijkwilgenhof.example/behandelingen/", text)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet"
    assert finding.details["excluded"]


_LASTING = """Voor wie?
Wij behandelen volwassenen met klachten die al langer duren: een depressie die steeds terugkomt, angst die niet overgaat en problemen in het contact met anderen."""


def test_a_complaint_that_does_not_pass_is_the_treated_side():
    snap = corpus_site("https://www.psychotherapiedekade.example/voor-wie/", _LASTING)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["included"] and not finding.details["excluded"]


def test_a_complaint_the_practice_does_not_treat_stays_excluded():
    text = "Voor wie?\nAngst na een trauma behandelen wij niet; daarvoor verwijzen wij u door."
    snap = corpus_site("https://www.psychotherapiedekade.example/voor-wie/", text)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["excluded"] and not finding.details["included"]


# --------------------------------------------------------------------------- 2b-10: the number of sessions said to be limited

_LIMITED = """Hoeveel gesprekken?
Het aantal gesprekken met de praktijkondersteuner is beperkt, doorgaans tussen de drie en de acht. Een gesprek duurt een half uur."""


def test_a_number_of_sessions_said_to_be_limited_is_short_care():
    snap = corpus_site("https://www.huisartsenpraktijkbergweg.example/poh-ggz/", _LIMITED)
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_only_the_length_of_a_session_is_no_short_care():
    text = _LIMITED.replace("Het aantal gesprekken met de praktijkondersteuner is beperkt, doorgaans tussen de drie en de acht. ", "")
    snap = corpus_site("https://www.huisartsenpraktijkbergweg.example/poh-ggz/", text)
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: eHealth said not to be offered

_NO_MODULES = """Werkwijze
Ik werk met gesprekken in mijn praktijkruimte aan huis, meestal eens per twee weken.
Praktisch
Online programma's of modules bied ik niet aan. Zelf bied ik geen online programma's of apps aan; via beeldbellen praten kan wel als je ziek bent."""


def test_online_programmes_said_not_to_be_offered_are_no_ehealth():
    snap = corpus_site("https://www.praktijkvlierbes.example/werkwijze/", _NO_MODULES.replace("Online programma's of modules bied ik niet aan. ", ""))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_online_programmes_offered_are_still_named():
    text = _NO_MODULES.replace("Online programma's of modules bied ik niet aan. Zelf bied ik geen online programma's of apps aan;",
                               "Tussen de gesprekken kun je werken in een online programma;")
    snap = corpus_site("https://www.praktijkvlierbes.example/werkwijze/", text)
    assert judge("2b-12", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- a banner heading and an institution's menu

_INSTITUTION_EHEALTH = """Cookies op ggz-wadden.example
We zetten noodzakelijke cookies en, als jij dat goedvindt, ook meetcookies. Je keuze pas je later aan.
Alles accepteren   Alleen noodzakelijk
Online behandelen | GGZ WaddenOnline behandelen
Home  Ik zoek hulp  Basis GGZ  Jeugd  Ouderen  eHealth  Over Wadden  Vacatures  Contact
Online aan de slag
Bij GGZ Wadden loopt een stuk van de behandeling via WaddenWijs, een beveiligde omgeving met modules over onder meer piekeren en slaap.
Wie je behandelt, stelt een module voor je open en leest mee; in het volgende gesprek bespreken jullie de opdrachten die je thuis hebt gedaan."""


def test_cookies_on_the_site_as_title_make_no_legal_section():
    snap = corpus_site("https://www.ggz-wadden.example/online-behandelen/", _INSTITUTION_EHEALTH)
    finding = judge("2b-12", snap)
    assert finding.status != "voldoet_niet"
    assert any("WaddenWijs" in e.quote for e in finding.evidence)


def test_a_cookie_policy_heading_still_makes_a_legal_section():
    text = _INSTITUTION_EHEALTH.replace("Cookies op ggz-wadden.example", "Privacyverklaring")
    snap = corpus_site("https://www.ggz-wadden.example/online-behandelen/", text)
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_an_institution_menu_is_a_menu():
    from checks.text.menus import is_menu_text
    assert is_menu_text("home  ik zoek hulp  basis ggz  jeugd  ouderen  ehealth  over wadden  vacatures  contact")
    assert not is_menu_text("wij bieden basis ggz en specialistische ggz voor jeugd en volwassenen in de regio")


# --------------------------------------------------------------------------- a tagline that says there is no wait

_ONLINE_ROUTE = """Zo werkt Praktijk Duinroos Online
Hulp van een psycholoog, online en zonder wachtlijst
1. Aanmelden
Aanmelden doe je op onze site, samen met de verwijsbrief van de huisarts; we bellen je dezelfde week.
2. Intake
In een videogesprek leer je je psycholoog kennen en bespreken we wat je wilt bereiken.
3. Behandelen
Je hebt om de week een gesprek; daartussen oefen je met korte opdrachten.
4. Afronden
In het laatste gesprek maken we samen een terugvalplan en je huisarts krijgt een brief."""


def test_a_heading_saying_there_is_no_wait_heads_no_waiting_section():
    snap = corpus_site("https://www.duinroos-online.example/zo-werkt-het/", _ONLINE_ROUTE)
    assert judge("2b-9", snap).status == "voldoet"


def test_a_heading_about_the_wait_still_heads_one():
    from checks.text.context import in_waiting_section
    text = "Wachttijd\nHoe lang is de wachtlijst?\nNa je aanmelding volgt binnen zes weken een intake."
    snap = corpus_site("https://www.duinroos-online.example/wachttijd/", text)
    unit = next(u for u in site_text(snap).units if u.text.startswith("Na je aanmelding"))
    assert in_waiting_section(unit)


# --------------------------------------------------------------------------- 2b-6: danger said in so many words

_EVENINGS = """Veelgestelde vragen
Kunnen we jullie 's avonds bereiken?
Nee. Wij werken op werkdagen. Is er een crisis, omdat iemand zich niet veilig voelt? Bel dan overdag je huisarts, en in het weekend de huisartsenpost."""


def test_someone_not_safe_is_a_crisis_not_its_negation():
    snap = corpus_site("https://www.relatiepraktijkkompaan.example/veelgestelde-vragen/", _EVENINGS)
    finding = judge("2b-6", snap)
    assert finding.status == "voldoet"
    assert finding.details["emergency"]


def test_only_the_evening_advice_is_out_of_hours_only():
    text = _EVENINGS.replace("Is er een crisis, omdat iemand zich niet veilig voelt? Bel dan", "Bel")
    snap = corpus_site("https://www.relatiepraktijkkompaan.example/veelgestelde-vragen/", text)
    finding = judge("2b-6", snap)
    assert finding.status == "voldoet_bijna"
    assert not finding.details["emergency"]


def test_immediate_danger_is_an_emergency():
    text = "Contact\nBuiten kantoortijd kunt u de huisartsenpost bellen. Bij direct gevaar belt u 112."
    snap = corpus_site("https://www.relatiepraktijkkompaan.example/contact/", text)
    assert judge("2b-6", snap).details["emergency"]


# --------------------------------------------------------------------------- a menu with text glued to its ends

def test_a_menu_with_glued_ends_is_a_menu():
    from checks.text.menus import is_menu_text
    assert is_menu_text("zoek op de site... home | direct hulp | basis ggz | jeugd | voor verwijzers | over rivierland | vacatures | contact spoed?")
    assert not is_menu_text("wij bieden hulp | basis ggz | specialistische ggz. wat kunt u verwachten?")


# --------------------------------------------------------------------------- 2b-10: a pause to look back is no length

def test_a_pause_after_some_sessions_is_no_treatment_length():
    text = "Werkwijze\nNa vijf gesprekken staan we even stil: werkt dit voor jullie, of moeten we iets anders doen?"
    snap = corpus_site("https://www.relatiepraktijkkompaan.example/werkwijze/", text)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_ending_after_some_sessions_is_a_length():
    text = "Werkwijze\nNa vijf tot acht gesprekken ronden we meestal af."
    snap = corpus_site("https://www.relatiepraktijkkompaan.example/werkwijze/", text)
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-11: methods on a waiting-time page

_WAITING_TIMES = """Wachttijden
Actuele wachttijden per behandeling (bijgewerkt 1 oktober)
EMDR: ongeveer 4 weken
Schematherapie in een groep: 10 weken
Cognitieve gedragstherapie: 6 weken"""


def test_methods_on_a_waiting_time_page_are_no_offer_told():
    snap = corpus_site("https://www.psychologenlindelaan.example/wachttijden/", _WAITING_TIMES)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_methods_on_a_treatments_page_are_named():
    text = _WAITING_TIMES.replace("Wachttijden\nActuele wachttijden per behandeling (bijgewerkt 1 oktober)", "Behandelingen\nWat wij bieden")
    text = text.replace(": ongeveer 4 weken", "").replace(": 10 weken", "").replace(": 6 weken", "")
    snap = corpus_site("https://www.psychologenlindelaan.example/behandelingen/", text)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- page kinds: a shop, an overview of other providers

_SHOP = """Winkel
Boeken en materialen voor thuis, verzonden binnen twee werkdagen.
Werkboek 'Stap voor stap minder bang'
Een doeboek voor kinderen vanaf negen jaar, opgebouwd volgens de cognitieve gedragstherapie. € 19,50
Prentenboek over EMDR
Een voorleesboek voor ouders die hun kind willen vertellen wat EMDR is. € 14,95"""


def test_methods_in_a_shop_name_no_offer():
    snap = corpus_site("https://www.kinderpraktijkeikel.example/winkel/", _SHOP)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_lines_on_a_treatments_page_name_methods():
    text = _SHOP.replace("Winkel\nBoeken en materialen voor thuis, verzonden binnen twee werkdagen.", "Behandelingen\nWat wij doen")
    snap = corpus_site("https://www.kinderpraktijkeikel.example/behandelingen/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


_REGION = """Psychische zorg in de regio
Hieronder staan praktijken en organisaties in de buurt waar u met psychische klachten terecht kunt. Wij hebben met hen geen zakelijke band.
Psychologenpraktijk Zonnedauw
Volwassenen met angst en somberheid; werkt onder meer met EMDR en cognitieve gedragstherapie.
Centrum Waterlelie
Specialistische zorg bij ernstige of complexe problematiek, zoals persoonlijkheidsstoornissen."""


def test_an_overview_of_other_providers_names_no_offer():
    snap = corpus_site("https://www.gezondheidshuiswilg.example/doorverwijzen/psychische-zorg-in-de-regio/", _REGION)
    assert judge("2b-11", snap).status == "voldoet_niet"
    assert judge("2b-8", snap).status != "voldoet"
