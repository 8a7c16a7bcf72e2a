"""Pages of a real site that meet no criterion but use its words: a mission page with a booking
button, an explainer of a profession, a page for employers, terms of a practice named "... Psychologists",
a page on how the care is measured (passages written for these tests).

Each case has a twin that still counts, so that the reading cannot simply have been switched off."""
import pytest

from check_helpers import corpus_site, judge, judge_site, page, site


# --------------------------------------------------------------------------- 2b-9: the first meeting named, not told

@pytest.mark.parametrize("items", [
    # a booking button under a section of a mission, core-values or route page
    ("# Onze missie", "Wij geloven dat ieder mens veerkracht heeft.", "# Samen", "Plan een kennismaking"),
    ("# Route en parkeren", "U parkeert gratis achter het gebouw.", "Boek een kennismaking"),
    ("# Our values", "We believe in warmth and honesty.", "Book a consultation"),
])
def test_a_booking_button_is_no_step(items):
    snap = site(page("https://praktijk.example/over-ons", *items, title="Over ons"))
    assert judge("2b-9", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Plan een gratis kennismakingsgesprek",
    "Vraag een vrijblijvend intakegesprek aan",
    "Book a free 15-minute call",
])
def test_an_offer_that_tells_of_the_meeting_stays_a_step(text):
    snap = site(page("https://praktijk.example/over-ons", "# Over ons", "Wij werken met volwassenen.", text, title="Over ons"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Onze visie lichten we uitgebreid toe in het eerste gesprek.",
    "Our view on therapy is explained at length in the first conversation.",
    "Our fees are explained during the first session.",
])
def test_the_first_meeting_as_the_time_of_something_about_the_practice_is_no_step(text):
    snap = site(page("https://praktijk.example/visie", "# Visie", "Wij werken vanuit een eigen visie.", text, title="Visie"))
    assert judge("2b-9", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Tijdens het eerste telefonische contact kijken we samen of je met jouw vraag bij ons goed zit.",
    "In het eerste gesprek brengen we samen je klachten in kaart.",
    "During the first session we talk about your concerns and what you hope to change.",
])
def test_what_is_done_with_the_client_in_the_first_meeting_stays_a_step(text):
    snap = site(page("https://praktijk.example/visie", "# Visie", "Wij werken vanuit een eigen visie.", text, title="Visie"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_a_professional_registration_is_no_sign_up():
    snap = site(page("https://praktijk.example/en/what-is-a-gz-psycholoog",
                     "# What is a GZ-psycholoog?",
                     "A GZ-psycholoog is a psychologist with a two-year post-master training in health care.",
                     "# A protected title",
                     "The law protects the title. Their registration is easy to verify online.",
                     "# Their role",
                     "Often they are the regiebehandelaar, who carries the final say over the whole treatment plan.",
                     title="What is a GZ-psycholoog?"))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_registering_as_a_client_stays_the_start():
    snap = site(page("https://praktijk.example/en/getting-started", "# Getting started",
                     "After your registration we will invite you for an intake within two weeks.",
                     title="Getting started"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_a_first_meeting_for_employers_is_not_the_clients_route():
    snap = site(page("https://praktijk.example/voor-werkgevers", "# Voor werkgevers",
                     "Psychische klachten op het werk kosten veel. Wij helpen organisaties daar goed mee om te gaan.",
                     "# Adviesgesprek",
                     "Voor managers hebben wij een adviesgesprek over hoe zij een medewerker met psychische klachten steunen.",
                     title="Voor werkgevers"))
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-7: a practice's name is no person

@pytest.mark.parametrize("name", ["Waalbrug Psychologists", "Leiden Wellbeing Psychologists", "Noordzee Therapy Centre"])
def test_the_practice_name_as_a_heading_is_no_practitioner(name):
    snap = site(page("https://praktijk.example/en/cancellation-policy", f"# {name}", "# Cancellation policy",
                     "If you cancel later than 24 hours before your session, we charge the full fee.", title=name))
    assert judge("2b-7", snap).status == "voldoet_niet"


FAMOUS = """Psychotherapie
Praktijk Voorland
Home | Over ons | Psychotherapie | Contact
Psychotherapie
Psychotherapie is een behandeling waarin gesprekken centraal staan. Er bestaan veel stromingen, zoals de cognitieve gedragstherapie en de schematherapie.
Bekendste psychotherapeuten uit de geschiedenis zijn bijvoorbeeld Carl Rogers, Aaron Beck, Albert Ellis en Marsha Linehan.
In onze praktijk werken BIG-geregistreerde psychotherapeuten en GZ-psychologen."""


def test_famous_names_of_a_profession_are_no_practitioners():
    # the practice's own disciplines stay ("bijna"), the famous names are not its people
    f = judge("2b-7", corpus_site("https://www.voorland.example/psychotherapie/", FAMOUS))
    assert f.status == "voldoet_bijna"
    assert "Beck" not in f.reason and not f.details.get("names")


def test_a_person_with_a_job_line_stays_a_practitioner():
    snap = site(page("https://praktijk.example/en/team", "# Our team", "# Maaike Hendriks", "# Health care psychologist",
                     "Maaike is BIG registered and treats adults with anxiety.", title="Team"))
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-8: groups in other roles

@pytest.mark.parametrize("text", [
    "Tieners vanaf 13 jaar beoordeelden onze begeleiding in 2024 gemiddeld met een 7,9.",
    "Volwassenen met angstklachten waardeerden de begeleiding met een 8,2.",
])
def test_a_client_group_as_respondents_of_a_grade_is_no_target_group(text):
    snap = site(page("https://praktijk.example/ervaringen", "# Ervaringen", text, title="Ervaringen"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_workshop_for_employers_names_no_target_group():
    snap = site(page("https://praktijk.example/voor-werkgevers", "# Voor werkgevers",
                     "Psychische klachten op het werk kosten veel. Wij helpen organisaties daar goed mee om te gaan.",
                     "# Lezingen en workshops",
                     "- Werkstress herkennen en bespreekbaar maken", "- Na een schokkend voorval op het werk: wat nu?",
                     title="Voor werkgevers"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_same_group_on_the_practices_own_page_stays():
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie",
                     "Wij behandelen jongeren vanaf 12 jaar met angst en somberheid.", title="Voor wie"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-13: the CQI used, no result given

def test_measuring_with_the_cqi_without_any_result_is_no_grade():
    snap = site(page("https://praktijk.example/kwaliteit", "# Kwaliteit",
                     "Na afloop vragen wij iedere cliënt hoe de zorg beviel.",
                     "Hiervoor gebruiken wij een vragenlijst die is afgeleid van de CQ-index.",
                     "De uitkomsten bespreken wij in het team om de zorg te verbeteren.", title="Kwaliteit"))
    assert judge_site("2b-13", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Op de CQ-index scoort onze praktijk goed op bejegening en iets lager op informatie.",
    "In vergelijking met andere instellingen zijn onze cliënten vaker tevreden over de inspraak, blijkt uit de CQ-index.",
    "De resultaten van onze CQI-meting vindt u hieronder.",
])
def test_cqi_results_in_words_stay_bijna(text):
    snap = site(page("https://praktijk.example/kwaliteit", "# Kwaliteit",
                     "Na afloop vullen onze cliënten de CQ-index in.", text, title="Kwaliteit"))
    assert judge_site("2b-13", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- whole pages as a site stores them

EMPLOYERS = """Psychologenpraktijk De Kade
Voor cliënten | Voor werkgevers | Contact
Voor werkgevers
Psychisch verzuim duurt vaak lang. Als werkgever kunt u veel doen om uitval te voorkomen en medewerkers te steunen.
Trainingen voor teams
Voor teams en managers verzorgen wij lezingen en trainingen, onder andere:
- Signalen van werkstress herkennen
- Het gesprek aangaan met een collega die vastloopt
- Omgaan met een schokkende gebeurtenis op het werk
Een lezing duurt ongeveer anderhalf uur.
Advies voor leidinggevenden
Voor managers is er een adviesgesprek over het steunen van een medewerker met psychische klachten.
Interesse?
Vul het aanvraagformulier in."""

EXPLAINER = """Harbour Psychology
Home | For expats | What is a GZ-psycholoog? | Fees
What is a GZ-psycholoog?
Whoever needs a psychologist in Holland soon reads the word 'GZ-psycholoog'. What is meant?
A protected title
A GZ-psycholoog has done a two-year training in health care after a master's degree. The title is reserved for those listed in the BIG register. Everyone's registration can be verified online.
What does a GZ-psycholoog do?
They diagnose and treat on their own. Often they are the 'regiebehandelaar', who carries the final say over the whole treatment plan."""


def test_a_page_for_employers_tells_no_route_and_no_target_group():
    snap = corpus_site("https://www.dekade.example/voor-werkgevers/", EMPLOYERS)
    assert judge("2b-9", snap).status == "voldoet_niet"
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_an_explainer_of_a_profession_tells_no_route():
    assert judge("2b-9", corpus_site("https://www.harbour.example/en/what-is-a-gz-psycholoog/", EXPLAINER)).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: tools that are not the care

@pytest.mark.parametrize("items", [
    ("# Client portal", "In the client portal you see your appointments and invoices.",
     "# Language", "The portal is available in Dutch and English."),
    ("# Inloggen", "U logt in met uw e-mailadres.", "Daarna koppelt u een authenticatie-app voor de inlogcode."),
])
def test_an_app_or_portal_with_nothing_of_the_care_is_no_ehealth(items):
    snap = site(page("https://praktijk.example/portaal", *items, title="Portaal"))
    assert judge("2b-12", snap).status == "voldoet_niet"


@pytest.mark.parametrize("items", [
    ("# Tussendoor", "We werken ook met de app Stemmingsmaatje."),
    ("# Online", "In het cliëntportaal vind je ook oefeningen voor thuis."),
])
def test_an_app_in_the_care_stays_a_mention(items):
    snap = site(page("https://praktijk.example/behandeling", *items, title="Behandeling"))
    assert judge("2b-12", snap).status in ("voldoet_bijna", "voldoet")


TIPS = """Praktijk Zonneveld
Home > Zelfhulp > Tips bij stress
Tips bij stress
Iedereen heeft weleens last van spanning. Hieronder staan algemene tips die veel mensen helpen.
Handige apps
- Een ademhalingsapp met korte oefeningen van een paar minuten.
- Een slaapdagboek-app om bij te houden hoe je slaapt.
Let op: deze apps zijn niet van ons en geen onderdeel van onze behandeling."""


def test_self_help_apps_the_practice_disowns_are_no_offer():
    assert judge("2b-12", corpus_site("https://www.zonneveld.example/zelfhulp/tips-bij-stress/", TIPS)).status == "voldoet_niet"
    # the same list without the disclaimer is read as before
    own = TIPS.replace("Let op: deze apps zijn niet van ons en geen onderdeel van onze behandeling.", "")
    assert judge("2b-12", corpus_site("https://www.zonneveld.example/zelfhulp/tips-bij-stress/", own)).status != "voldoet_niet"


# --------------------------------------------------------------------------- waiting times, the care system, errands

WAITING = """Praktijk Stroomdal
Home > Wachttijden
Actuele wachttijden
Bijgewerkt op 1 maart.
Tijd tot het eerste gesprek: ongeveer 4 weken
Tijd tussen eerste gesprek en begin van de wekelijkse gesprekken: circa 2 weken
Wat betekenen deze getallen?
Het eerste getal is de tijd vanaf het moment dat wij je aanmelding ontvangen tot je eerste afspraak. Het tweede getal is de tijd tot de vaste afspraken beginnen."""


def test_a_waiting_time_table_tells_no_route_and_no_length():
    snap = corpus_site("https://www.stroomdal.example/wachttijden/", WAITING)
    assert judge("2b-9", snap).status == "voldoet_niet"
    assert judge("2b-10", snap).status == "voldoet_niet"


SYSTEM = """Oakridge Psychologists
Home > Knowledge > Basic and specialist care
Basic and specialist mental health care
Until recently the Dutch system had two levels of care.
Basic care
This part of the system was meant for mild to moderate problems without serious risk or a complicated course."""


def test_a_part_of_the_care_system_is_no_target_group():
    assert judge("2b-8", corpus_site("https://www.oakridge.example/en/knowledge/basic-and-specialist-care", SYSTEM)).status == "voldoet_niet"


def test_an_errand_after_the_first_appointment_is_no_step():
    snap = site(page("https://praktijk.example/online-afspraken", "# Online afspraken regelen",
                     "Na uw eerste afspraak krijgt u een e-mail met een activatielink voor het portaal.", title="Online afspraken"))
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- glossaries, partners, general articles

GLOSSARY = """Praktijk Wilgenhof
Home > Begrippen A-Z
Begrippen A-Z
Aanmelding - de eerste stap: je meldt je bij een praktijk, meestal met een verwijzing van de huisarts.
Intake - een of twee gesprekken waarin de behandelaar je klachten in kaart brengt.
Behandelplan - de afspraken over doelen en aanpak van de behandeling.
Afronding - het laatste gesprek, waarin je terugkijkt en afspraken maakt voor later.
Basis GGZ - kortdurende, generalistische zorg voor lichte tot matige klachten, meestal ongeveer twaalf gesprekken.
Mindfulness - een training in aandachtig aanwezig zijn; je leert gedachten opmerken zonder erin mee te gaan."""


def test_a_glossary_defines_words_and_tells_no_offer():
    snap = corpus_site("https://www.wilgenhof.example/begrippen-a-z/", GLOSSARY)
    for crit in ("2b-8", "2b-9", "2b-10", "2b-11"):
        assert judge_site(crit, snap).status == "voldoet_niet", crit


PARTNERS = """Fernwood Counselling
Home
Network
Contact
Our network: organisations we know
We got to know many fellow professionals over time; this list is only meant as information.
Specialist care
The regional institute has a team for severe problems such as psychosis. They offer schema therapy and DBT in groups.
Children and families
For families with kids under 18 the town youth team is where to start.
Peer support
Monthly meetups for parents far from family."""


def test_a_network_page_names_the_partners_offer_not_the_practices():
    snap = corpus_site("https://www.fernwood.example/en/network/", PARTNERS)
    assert judge_site("2b-8", snap).status == "voldoet_niet"
    assert judge_site("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Cognitieve gedragstherapie is bij kinderen met angst het best onderzocht.",
    "If a teenager's fear started after something frightening happened, EMDR may be considered.",
])
def test_a_method_named_in_an_article_for_parents_is_no_offer(text):
    snap = site(page("https://praktijk.example/voor-ouders/angst-bij-kinderen", "# Angst bij kinderen",
                     "Alle kinderen zijn weleens bang. Dat hoort bij het opgroeien.", text, title="Angst bij kinderen"))
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("title", ["O que é mindfulness?", "¿Qué es la terapia cognitiva?", "Was ist EMDR?", "Qu'est-ce que la TCC ?"])
def test_a_general_question_in_another_language_is_a_general_page(title):
    from checks.text import site_text
    from checks.text.context import is_general_explainer

    snap = site(page("https://praktijk.example/artigo", f"# {title}", "Texto.", title=title))
    assert is_general_explainer(site_text(snap).pages[0])


def test_house_rules_are_a_legal_page():
    from checks.text import site_text
    from checks.text.context import page_kind

    snap = site(page("https://praktijk.example/praktijkreglement", "# Praktijkreglement", "# Agressie",
                     "Bij agressie of geweld wordt de afspraak beëindigd.", title="Praktijkreglement"))
    assert page_kind(site_text(snap).pages[0]) == "legal"
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- courses, workshops, supervision

COURSE = """Jeugdpraktijk Bongerd
Home > Ouders > Cursus
Cursus: opvoeden als je kind puber wordt
Een cursus van vijf avonden voor ouders van kinderen tussen 11 en 16 jaar.
Aanmelden
Je meldt je aan via het formulier. Daarna volgt een kort kennismakingsgesprek om te kijken of de cursus bij je past.
De avonden
Op elke avond bespreken we een thema, zoals grenzen stellen en ruzies. Halverwege evalueren we samen hoe het gaat.
Voor wie is de cursus niet geschikt?
Als er sprake is van ernstige of complexe problematiek of een crisis in het gezin, is deze cursus niet de juiste plek."""


def test_the_route_and_admission_of_a_course_are_the_courses():
    snap = corpus_site("https://www.bongerd.example/ouders/cursus-opvoeden-puberteit/", COURSE)
    assert judge_site("2b-9", snap).status == "voldoet_niet"
    assert judge_site("2b-8", snap).status == "voldoet_niet"


LINKS = """Praktijk Esdoorn
Home > Nuttige links
Nuttige links
Hier vind je websites van organisaties die je verder kunnen helpen.
- Thuisarts.nl: informatie over klachten, geschreven door huisartsen.
- Basis GGZ Rivierenland: kortdurende generalistische hulp bij lichte tot matige klachten, meestal vijf tot twaalf gesprekken.
- MIND Korrelatie: anonieme hulplijn."""


def test_another_organisations_short_care_on_a_links_page_is_not_the_practices():
    # (before: "voldoet", a false pass from another organisation's description)
    assert judge_site("2b-10", corpus_site("https://www.esdoorn.example/nuttige-links/", LINKS)).status == "voldoet_niet"
