"""2b-7: the same facts in other words (passages written for these tests).

The practice's care role ("de behandelaar", "whoever treats you", "the treating psychologist") described by a
profession or a registration is "voldoet bijna" in any word order or voice: as the subject, inverted after a place
("Bij ons is de behandelaar ..."), with the profession as an apposition ("Als systeemtherapeut heeft de behandelaar
...", "As a systemic therapist, the practitioner ..."), in Dutch and English. The law named after the register ("de
Wet BIG", "the BIG Act") is no one's registration."""
import pytest

from check_helpers import judge, judge_site, page, site

P = "https://praktijkdewilgenhoek.example"


@pytest.mark.parametrize("url,title,items", [
    (P + "/afspraken", "Afspraken", ["# Afspraken", "## Geheimhouding",
                                     "Als systeemtherapeut is de behandelaar gebonden aan geheimhouding: wat u vertelt, blijft binnen de praktijk."]),
    (P + "/en/appointments", "Appointments", ["# Appointments", "## Confidentiality",
                                              "As a systemic therapist, the practitioner is bound by professional secrecy."]),
    (P + "/kwaliteit", "Kwaliteit", ["# Kwaliteit",
                                     "De behandelaar staat als GZ-psycholoog ingeschreven in het BIG-register en is lid van de LVVP."]),
    (P + "/en/quality", "Quality", ["# Quality", "The practitioner is listed in the BIG register as a healthcare psychologist."]),
    (P + "/en/treatment", "Treatment", ["# Treatment", "The treating psychologist is always registered with the NIP."]),
    (P + "/en/how-we-work", "How we work", ["# How we work", "Whoever treats you is always a registered healthcare psychologist."]),
    (P + "/behandeling", "Behandeling", ["# Behandeling", "Wie u behandelt, is altijd een BIG-geregistreerde GZ-psycholoog."]),
    (P + "/werkwijze", "Werkwijze", ["# Werkwijze", "Bij ons is de behandelaar altijd een GZ-psycholoog of een psychotherapeut."]),
    (P + "/intake", "Intake", ["# Intake", "De behandelaar, een ervaren GZ-psycholoog, bespreekt met u de uitkomst van de intake."]),
])
def test_the_care_role_described_in_other_words_is_bijna(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("url,title,items", [
    # a definition, a rule, a denial, the sector, a referral: no one of the practice
    (P + "/gz", "Wat is een GZ-psycholoog?", ["# Wat is een GZ-psycholoog?",
                                             "De GZ-psycholoog is een psycholoog met een tweejarige vervolgopleiding."]),
    (P + "/regie", "Regiebehandelaar", ["# Regiebehandelaar", "De regiebehandelaar moet volgens de wet BIG-geregistreerd zijn."]),
    (P + "/ggz", "De ggz", ["# De ggz", "In de basis-ggz is de behandelaar vaak een GZ-psycholoog."]),
    (P + "/doorverwijzen", "Doorverwijzen", ["# Doorverwijzen",
                                              "Als medicatie nodig is, verwijzen wij u door; de behandelaar is dan een psychiater van de ggz-instelling."]),
    (P + "/proces", "Werkwijze", ["# Werkwijze", "Na de intake bespreekt de behandelaar het behandelplan met u."]),
    # the law, not a registration
    (P + "/en/code", "Professional code", ["# Professional code",
                                            "We follow the rules of the WGBO and the BIG Act; the government website explains both laws."]),
    (P + "/wetten", "Wetten", ["# Wetten", "Wij houden ons aan de WGBO en aan de Wet BIG, zoals de overheid die beschrijft."]),
])
def test_no_practitioner_of_the_practice_in_these_words(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_niet"



# ----------------------------------------------------------------------------- terms and privacy pages
# A terms page may say who works at the practice in the plural or in its own care ("bijna"); the writer's own
# code of conduct there ("ik werk volgens de beroepscode van het NIP") is on every such page and stays no team.
T = "https://praktijkhetbaken.example"


@pytest.mark.parametrize("url,title,items", [
    (T + "/en/general-terms", "General terms", ["# General terms",
                                                "Psychologists at Het Baken keep to the ethics rules of the NIP, their national association."]),
    (T + "/algemene-voorwaarden", "Algemene voorwaarden", ["# Algemene voorwaarden",
                                                           "Bij de intake zijn bij ons verschillende behandelaren betrokken, "
                                                           "die samen uw behandelplan opstellen."]),
    (T + "/voorwaarden", "Voorwaarden", ["# Voorwaarden", "De behandelaar staat als GZ-psycholoog in het BIG-register."]),
])
def test_the_practices_people_on_a_terms_page_are_bijna(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("url,title,items", [
    (T + "/en/terms", "Terms", ["# Terms", "I follow the professional code of the NIP in everything I do."]),
    (T + "/klachten", "Klachtenregeling", ["# Klachtenregeling",
                                           "Bij ons werken psychologen die zijn aangesloten bij de klachtenregeling van de LVVP."]),
])
def test_a_writers_code_on_a_terms_page_or_a_complaints_page_is_no_team(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_niet"
    assert judge_site("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("url,title,items", [
    (T + "/algemene-voorwaarden-2", "Algemene voorwaarden", ["# Algemene voorwaarden",
                                                             "Deze voorwaarden gelden voor alle gesprekken die Maartje Dekker, "
                                                             "psycholoog in de praktijk, met cliënten voert."]),
    (T + "/en/terms-of-service", "Terms of service", ["# Terms of service",
                                                      "These terms cover every session that Maartje Dekker, psychologist at the "
                                                      "practice, has with a client."]),
])
def test_a_named_practitioner_on_a_terms_page_is_bijna_not_voldoet(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- a question page in the practice's name
K = "https://praktijkdelinde.example"


def test_a_question_page_that_names_the_practices_own_people_is_bijna():
    snap = site(page(K + "/psychiater", "# Wat doet een psychiater?",
                     "Een psychiater is een medisch specialist in de psychiatrie.",
                     "Alle psychiaters van De Linde staan ook als psychotherapeut geregistreerd.",
                     title="Wat doet een psychiater?"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_a_question_page_about_the_profession_alone_is_no_team():
    snap = site(page(K + "/psychotherapeut", "# Wat doet een psychotherapeut?",
                     "Een psychotherapeut is een BIG-geregistreerde behandelaar met een vierjarige opleiding.",
                     "Psychotherapeuten behandelen vaak complexere klachten.",
                     title="Wat doet een psychotherapeut?"))
    assert judge_site("2b-7", snap).status == "voldoet_niet"
