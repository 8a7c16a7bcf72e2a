"""2b-7: the practice's practitioners in the third person, without a possessive (passages written for these tests).

A sentence whose subject is a profession of the practice's own people ("de psychologen", "alle therapeuten", "de
praktijkhouder", "the psychologists") and whose predicate says what they are or have (registered, specialised,
trained, experienced, a member of, with which clients they work, which languages they speak), or the agent of the
practice's own care in the passive ("de behandeling wordt gedaan door een GZ-psycholoog"), is "voldoet bijna"
(LABELING v2: the disciplines without names). A role in a procedure, a definition of a title, the sector, another
organisation, a referral, a vacancy and a general article describe no practitioner of the practice."""
import pytest

from check_helpers import judge, judge_site, page, site

P = "https://praktijkeikenhof.example"


@pytest.mark.parametrize("url,title,items", [
    # the definite plural with what they are or have
    (P + "/psychologen", "Psychologen", ["# Psychologen", "De psychologen werken met volwassenen vanaf 18 jaar. "
                                          "Zij hebben allemaal een achtergrond in de klinische psychologie."]),
    (P + "/", "Psycholoog Haarlem", ["# Psycholoog Haarlem", "De psychologen van de praktijk zijn geregistreerd bij het NIP. "
                                      "Een afspraak maken kan telefonisch."]),
    (P + "/team", "Team", ["# Team", "Alle therapeuten zijn BIG-geregistreerd en werken volgens de richtlijnen van hun beroepsvereniging."]),
    (P + "/over", "Over de praktijk", ["# Over de praktijk", "De behandelaren zijn gespecialiseerd in angst- en stemmingsklachten bij jongeren."]),
    (P + "/kinderen", "Kinderen", ["# Kinderen en jongeren", "De kinderpsychologen hebben jarenlange ervaring met kinderen van 4 tot 18 jaar."]),
    (P + "/", "Welkom", ["# Welkom", "Daarnaast zijn alle behandelaren geregistreerd in het Kwaliteitsregister Jeugd."]),
    (P + "/ons-team", "Behandelaren", ["# Behandelaren", "De psychologen, allen BIG-geregistreerd, werken met volwassenen en ouderen."]),
    (P + "/trauma", "Trauma", ["# Trauma", "De therapeuten hebben zich gespecialiseerd in de behandeling van trauma."]),
    (P + "/en/staff", "Staff", ["# Staff", "The therapists, all registered with the NIP, offer sessions in English."]),
    # the singular of a role in the practice, or a profession with what it has
    (P + "/", "Praktijk Eikenhof", ["# Praktijk Eikenhof", "De praktijkhouder is GZ-psycholoog en BIG-geregistreerd."]),
    (P + "/over-mij", "Over de praktijk", ["# Over de praktijk", "De psycholoog is geregistreerd bij het NIP en heeft ervaring met angstklachten."]),
    # who works there
    (P + "/praktijk", "De praktijk", ["# De praktijk", "Er werken drie GZ-psychologen en een psychiater."]),
    (P + "/over-ons", "Over ons", ["# Over ons", "In de praktijk zijn twee psychotherapeuten en een GZ-psycholoog werkzaam."]),
    # the agent of the practice's own care, also with a trainee after the qualified practitioner
    (P + "/werkwijze", "Werkwijze", ["# Werkwijze", "De behandeling wordt gedaan door een GZ-psycholoog of een psycholoog in "
                                     "opleiding tot GZ-psycholoog onder supervisie."]),
    (P + "/diagnostiek", "Diagnostiek", ["# Diagnostiek", "Het onderzoek wordt door een orthopedagoog afgenomen en met de ouders besproken."]),
    (P + "/jeugd", "Jeugd", ["# Jeugd", "De diagnostiek is in handen van een orthopedagoog-generalist."]),
    (P + "/behandeling", "Behandeling", ["# Behandeling", "De behandeling vindt plaats bij een GZ-psycholoog of psychotherapeut."]),
    (P + "/behandelingen", "Behandeling", ["# Behandeling", "Alle behandelingen worden gegeven door BIG-geregistreerde psychologen."]),
    # a sentence that the layout cut after its subject
    (P + "/behandelaren", "Behandelaren", ["# Behandelaren", "De behandelaren van de praktijk",
                                           "zijn gespecialiseerd in trauma en persoonlijkheidsproblematiek."]),
    # English
    (P + "/en/about", "About", ["# About", "Our therapists are all registered with the Dutch Institute of Psychologists."]),
    (P + "/en/team", "Team", ["# Team", "The psychologists speak English, Dutch and German and have worked with expats for many years."]),
    (P + "/en/about-us", "About the practice", ["# About the practice", "All the psychologists are registered with the NIP."]),
    (P + "/en/how", "How we work", ["# How we work", "Assessments are carried out by a registered health care psychologist."]),
    (P + "/en/owner", "About", ["# About", "The practice owner is a clinical psychologist with twenty years of experience."]),
])
def test_the_practitioners_in_the_third_person_are_bijna(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("url,title,items", [
    # a role in the practice's procedure, not who the practitioners are
    (P + "/aanmelden", "Aanmelden", ["# Aanmelden", "Na uw aanmelding heeft u een intakegesprek met de psycholoog. "
                                     "De psycholoog stelt samen met u een behandelplan op."]),
    (P + "/emdr-sessie", "EMDR", ["# EMDR", "Tijdens EMDR volgt u de vingers van de therapeut. De therapeut vraagt u aan de herinnering te denken."]),
    (P + "/en/start", "Getting started", ["# Getting started", "After your intake, the psychologist will discuss the treatment plan with you."]),
    (P + "/contact", "Contact", ["# Contact", "De psychologen zijn bereikbaar op maandag tot en met vrijdag."]),
    (P + "/wachttijd", "Wachttijd", ["# Wachttijd", "De psychologen hebben op dit moment een wachttijd van zes weken."]),
    (P + "/kosten", "Kosten", ["# Kosten", "De psycholoog heeft een contract met alle zorgverzekeraars."]),
    (P + "/rooster", "Openingstijden", ["# Openingstijden", "De psychologen, die ook op zaterdag werken, zijn er op maandag niet."]),
    # a client about their own psychologist
    (P + "/mijn-verhaal", "Mijn verhaal", ["# Mijn verhaal", "De psycholoog heeft mij jaren geleden enorm geholpen met mijn angst."]),
    (P + "/vakantie", "Vakantie", ["# Vakantie", "De therapeuten zijn in augustus drie weken met vakantie."]),
    # a definition or a general article
    (P + "/blog/gz", "Wat is een GZ-psycholoog?", ["# Wat is een GZ-psycholoog?", "Een GZ-psycholoog is een psycholoog met een "
                                                   "extra opleiding. Psychologen hebben een universitaire studie gedaan."]),
    (P + "/veelgestelde-vragen", "Veelgestelde vragen", ["# Wat is een GZ-psycholoog?",
                                                         "De GZ-psycholoog is een psycholoog met een tweejarige vervolgopleiding."]),
    (P + "/veelgestelde-vragen-2", "Veelgestelde vragen", ["# Wat doet een psychiater?",
                                                           "De psychiater heeft geneeskunde gestudeerd en mag medicijnen voorschrijven."]),
    (P + "/en/faq", "FAQ", ["# FAQ", "What does a clinical psychologist do?",
                            "The clinical psychologist has completed a four-year specialist training."]),
    (P + "/hoe-werkt-de-ggz", "Hoe werkt de ggz", ["# Hoe werkt de ggz", "De behandeling is kortdurend en wordt gegeven door "
                                                   "bijvoorbeeld GZ-psychologen en psychotherapeuten, vaak in een vrijgevestigde praktijk."]),
    (P + "/ggz", "De ggz in Nederland", ["# De ggz in Nederland", "In de basis-ggz werken psychologen en GZ-psychologen.",
                                         "De psychologen zijn geregistreerd in het BIG-register."]),
    (P + "/nieuws", "Nieuws", ["# Nieuws", "Vanaf januari zijn alle psychologen in Nederland verplicht zich te registreren."]),
    (P + "/emdr", "EMDR", ["# EMDR", "EMDR is een therapie voor trauma. De therapie wordt gegeven door therapeuten die daarvoor zijn opgeleid."]),
    (P + "/en/what-is-cbt", "What is CBT?", ["# What is CBT?", "CBT is usually delivered by trained therapists. The therapists are often psychologists."]),
    # another organisation, a referral, a partner
    (P + "/links", "Links", ["# Links", "De psychologen van GGZ Oost zijn gespecialiseerd in verslaving."]),
    (P + "/samenwerking", "Samenwerking", ["# Samenwerking", "Wij werken samen met Praktijk Noord. De psychologen daar zijn gespecialiseerd in eetstoornissen."]),
    (P + "/doorverwijzen", "Doorverwijzen", ["# Doorverwijzen", "Als de klachten te ernstig zijn, verwijzen wij u naar de specialistische ggz. "
                                            "De behandeling wordt daar gedaan door een psychiater of psychotherapeut."]),
    (P + "/crisis", "Crisis", ["# Crisis", "Bij een crisis belt u de huisarts. De crisisdienst wordt gedaan door een psychiater van de GGZ."]),
    # a vacancy, the practice as a training place, confidentiality
    (P + "/vacatures/psycholoog", "Vacature psycholoog", ["# Vacature psycholoog", "De psychologen hebben een eigen kamer en werken met volwassenen."]),
    (P + "/stage", "Stage", ["# Stage", "Studenten psychologie kunnen bij ons stage lopen. De stagiaires worden begeleid door een GZ-psycholoog."]),
    (P + "/beroepsgeheim", "Beroepsgeheim", ["# Beroepsgeheim", "De behandelaren hebben een beroepsgeheim en zijn gebonden aan de wet."]),
    # a group led by unnamed practitioners without a discipline
    (P + "/groepen", "Groepen", ["# Groepen", "De groep wordt gegeven door twee behandelaren en duurt acht weken."]),
])
def test_the_same_forms_that_describe_no_practitioner_stay_niet(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_a_named_card_stays_voldoet():
    snap = site(page(P + "/team", "# Team", "Marleen Bakker", "GZ-psycholoog, BIG 49012345625", "Sanne Kok", "Psychotherapeut",
                     "De therapeuten zijn lid van de NVP.", title="Team"))
    assert judge_site("2b-7", snap).status == "voldoet"


def test_a_card_whose_job_line_with_its_registration_the_page_took_for_a_heading_is_voldoet():
    # "Name / ## Job title, registration (number) / lines about the person": the job line is longer than a bare title
    snap = site(page(P + "/about", "# About us", "Dr. Hanna Vermeulen",
                     "# Health care psychologist (GZ-psycholoog), BIG registered (BIG 29012345617)",
                     "Hanna grew up in Leiden and worked in Rotterdam for ten years.", "Languages: English, Dutch", title="About us"))
    assert judge_site("2b-7", snap).status == "voldoet"


def test_a_long_heading_that_is_a_sentence_is_no_job_line():
    snap = site(page(P + "/nieuws/lezing", "# Nieuws", "Lotte de Graaf",
                     "# Wat een psycholoog (GZ) doet bij angst en hoe je lid wordt van een patiëntenvereniging.",
                     "Op 4 mei vertelt zij in de bibliotheek over haar reis door Zuid-Amerika.", title="Nieuws"))
    assert judge_site("2b-7", snap).status != "voldoet"


def test_a_list_of_given_names_on_the_team_page_is_bijna():
    snap = site(page(P + "/team", "# Ons team", "Femke", "Ruben", "Noor",
                     "Wij zijn een klein team en werken vanuit een licht pand aan de rand van de stad.", title="Team"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("url,title,items", [
    # the same list of given names on a page that is not about the practice's people
    (P + "/ervaringen", "Ervaringen", ["# Ervaringen", "Femke", "Ruben", "Het hielp me om weer te slapen."]),
    (P + "/blog/namen", "Blog", ["# Populaire namen", "Femke", "Ruben", "Deze namen waren vorig jaar het populairst."]),
    # one given name alone on the team page, and the menu words of the team page
    (P + "/team", "Team", ["# Ons team", "Femke", "Wij werken vanuit een licht pand aan de rand van de stad."]),
    (P + "/team", "Team", ["# Team", "Home", "Contact", "Privacy", "Wij werken vanuit een licht pand."]),
])
def test_given_names_elsewhere_or_alone_are_no_team(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"
