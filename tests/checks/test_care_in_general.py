"""2b-8 and 2b-10 read whose care a passage is about: the practice's own, or care in general (a
knowledge-base page, a sentence placed in the sector, research or guidelines), a practitioner's
career, a range of lengths, a share or a worked bill. Passages written for these tests."""
from check_helpers import judge, page, site

P = "https://praktijk.example/"


# ----------------------------------------------------------------------------- 2b-10

def test_knowledge_base_page_on_therapy_length_is_nothing():
    snap = site(page(P + "kennisbank/hoe-lang-duurt-therapie",
                     "# Hoe lang duurt een therapie?",
                     "Veel behandelingen voor een enkelvoudige fobie zijn kortdurend: vaak acht tot twaalf sessies.",
                     "Bij langer bestaande problemen kan een behandeling een jaar duren.",
                     title="Hoe lang duurt een therapie? | Praktijk Voorbeeld"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_own_practice_page_with_the_same_words_still_counts():
    snap = site(page(P + "werkwijze", "# Werkwijze",
                     "Onze behandeling is kortdurend: meestal acht tot twaalf sessies.", title="Werkwijze"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_guideline_sentence_is_not_the_practice_length():
    snap = site(page(P + "depressie", "# Somberheid",
                     "Voor een depressie wordt in de richtlijnen uitgegaan van twaalf tot twintig sessies."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_sector_sentence_counts_beside_the_practice_own_care():
    # the practice names its own basis GGZ care on the page: the general explanation supports it
    snap = site(page(P + "basis-ggz", "# Basis GGZ",
                     "Wij bieden behandeling in de generalistische basis GGZ.",
                     "In Nederland is de basis GGZ bedoeld voor lichte tot matige klachten en gericht op het dagelijks functioneren."))
    f = judge("2b-10", snap)
    assert f.status in ("voldoet_bijna", "voldoet")
    assert f.details["generalist_explained"]


def test_short_and_long_therapy_is_a_range_not_a_short_character():
    snap = site(page(P + "home", "# Welkom", "Onze praktijk biedt kortdurende en langdurende psychotherapie."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    snap_en = site(page(P + "en/about", "# About", "We offer short-term and long-term therapy for adults."))
    assert judge("2b-10", snap_en).status == "voldoet_niet"
    # the short character alone still counts
    snap_short = site(page(P + "home", "# Welkom", "Onze praktijk biedt kortdurende psychotherapie."))
    assert judge("2b-10", snap_short).status == "voldoet_bijna"


def test_career_in_the_basis_ggz_is_not_the_practice_care():
    snap = site(page(P + "over-mij", "# Over mij",
                     "Na mijn studie heb ik tien jaar in de specialistische GGZ en daarna in de basis GGZ gewerkt."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    snap2 = site(page(P + "team", "# Team", "Zij heeft veel ervaring met kortdurende behandelingen bij jongeren."))
    assert judge("2b-10", snap2).status == "voldoet_niet"
    # the practice's way of working, said in the passive, is its own care
    snap3 = site(page(P + "werkwijze", "# Werkwijze", "Dit is een kleine praktijk waarin kortdurend en doelgericht wordt gewerkt."))
    assert judge("2b-10", snap3).status == "voldoet_bijna"


def test_share_of_appointments_is_no_session_count():
    snap = site(page(P + "afzeggen", "# Afzeggen", "Ongeveer een op de twintig afspraken wordt niet nagekomen."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_worked_bill_on_a_tariff_page_is_no_session_count():
    snap = site(page(P + "tarieven", "# Tarieven",
                     "Stel dat u in een jaar zes consulten heeft gehad.",
                     "Dan betaalt u het eigen risico van uw zorgverzekering.", title="Tarieven"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_publication_title_is_not_the_practice_care():
    snap = site(page(P + "publicaties", "# Publicaties",
                     "- Kortdurende interventies bij werkstress: een overzicht. Tijdschrift (2022).", title="Publicaties"))
    assert judge("2b-10", snap).status == "voldoet_niet"


# ----------------------------------------------------------------------------- 2b-8

def test_research_on_a_method_names_no_target_group():
    snap = site(page(P + "cgt", "# Cognitieve gedragstherapie",
                     "Uit onderzoek blijkt dat CGT goed werkt bij angststoornissen, depressie en slaapproblemen."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_knowledge_base_explainer_of_the_care_system_is_nothing():
    snap = site(page(P + "en/kennisbank/dutch-care",
                     "# Dutch mental health care",
                     "People with mild to moderate complaints are usually seen in basic mental health care.",
                     "People with severe or complex problems are referred to specialised mental health care.",
                     title="How does mental health care work? | Praktijk Voorbeeld"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_own_target_group_with_the_same_complaints_still_counts():
    snap = site(page(P + "voor-wie", "# Voor wie",
                     "Wij behandelen volwassenen met angst, depressie en slaapproblemen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
    snap2 = site(page(P + "voor-wie", "# Voor wie",
                      "Wij behandelen volwassenen met angst, depressie en slaapproblemen.",
                      "Bij een verslaving of een acute psychose verwijzen wij u door naar de specialistische GGZ."))
    assert judge("2b-8", snap2).status == "voldoet"


# ----------------------------------------------------------------------------- the practice's own, said without "wij"

def test_practice_named_by_its_own_name_offers_basis_ggz():
    # the practice is the subject by its name, the distinctive part of its domain (rondomhulp.example)
    own = "https://rondomhulp.example/"
    snap = site(page(own + "kwaliteitsstatuut", "# Kwaliteitsstatuut",
                     "Rondomhulp Generalistische Basis GGZ biedt hulp bij stress en somberheid."))
    assert judge("2b-10", snap).status == "voldoet_bijna"
    # another organisation's name in the same place is not the practice's care
    snap2 = site(page(own + "samenwerking", "# Samenwerking",
                      "Stichting Anders Generalistische Basis GGZ biedt hulp bij stress en somberheid."))
    assert judge("2b-10", snap2).status == "voldoet_niet"


def test_people_under_a_target_group_heading_are_the_target_group():
    snap = site(page(P + "behandeling", "# Voor wie", "Mensen met angst, somberheid of spanningsklachten."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
    snap2 = site(page(P + "behandeling", "# Niet geschikt voor", "Mensen met een actieve verslaving.",
                      "# Geschikt voor", "Mensen met angst, somberheid of spanningsklachten."))
    assert judge("2b-8", snap2).status == "voldoet"
    # people in general under a heading on symptoms stay an illustration
    snap3 = site(page(P + "angst", "# Klachten", "Mensen met angst vermijden vaak drukke plekken."))
    assert judge("2b-8", snap3).status == "voldoet_niet"


# ----------------------------------------------------------------------------- other roles of a number or a word

def test_a_moment_after_the_treatment_is_no_length():
    snap = site(page(P + "nazorg", "# Nazorg", "Tot 3 maanden na de laatste sessie kunt u contact opnemen voor een terugkomgesprek."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    # the length of the treatment itself still counts
    snap2 = site(page(P + "werkwijze", "# Werkwijze", "De behandeling duurt meestal 3 tot 6 maanden."))
    assert judge("2b-10", snap2).status == "voldoet_bijna"


def test_an_evaluation_interval_is_no_length():
    snap = site(page(P + "werkwijze", "# Evaluatie", "Iedere 6 sessies evalueren we samen de voortgang."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_a_turnaround_time_is_no_length():
    snap = site(page(P + "en/practical", "# Reports", "Reports are usually ready within about 3 weeks."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_cancellation_rules_count_no_sessions():
    snap = site(page(P + "afspraken", "# Afzeggen", "Bij ziekte kunt u tot 2 afspraken kosteloos verzetten."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_denied_or_partner_basis_ggz_is_not_the_practice_care():
    for text in ("Onze praktijk biedt uitsluitend specialistische GGZ; basis GGZ bieden wij niet.",
                 "Onze praktijk valt niet onder de generalistische basis GGZ.",
                 "Is uw klacht te zwaar voor de basis GGZ, dan verwijst de huisarts u naar ons.",
                 "Wij werken samen met eerstelijnspsychologen, de POH-GGZ en de basis GGZ in de regio."):
        assert judge("2b-10", site(page(P + "aanbod", "# Aanbod", text))).status == "voldoet_niet", text
    # the practice's own basis GGZ still counts
    assert judge("2b-10", site(page(P + "aanbod", "# Aanbod", "Onze praktijk biedt generalistische basis GGZ."))).status == "voldoet_bijna"


def test_short_things_that_are_not_care():
    for text in ("Na een kortdurende sluiting vanwege de verbouwing zijn we weer open.",
                 "Ons werkgebied is afgebakend tot de gemeenten rond de stad.",
                 "Wij vragen u het aanmeldformulier tijdig af te ronden."):
        assert judge("2b-10", site(page(P + "info", "# Informatie", text))).status == "voldoet_niet", text
    for text in ("Wij bieden kortdurende, oplossingsgerichte behandelingen.",
                 "Wij streven ernaar de behandeling tijdig af te ronden."):
        assert judge("2b-10", site(page(P + "info", "# Werkwijze", text))).status == "voldoet_bijna", text


def test_help_with_heading_and_indicated_when_are_the_treated_side():
    snap = site(page(P + "aanbod", "# Hulp bij", "- angst", "- depressie", "- burn-out"))
    assert judge("2b-8", snap).status == "voldoet_bijna"
    snap2 = site(page(P + "psychotherapie", "# Indicatie",
                      "Psychotherapie is geïndiceerd wanneer klachten langer bestaan en samenhangen met patronen in relaties."))
    assert judge("2b-8", snap2).status == "voldoet_bijna"
    # criteria that name no kind of problem stay a side only beside an exclusion list
    snap3 = site(page(P + "verwijzers", "# Verwijsindicaties", "- Er is een DSM-classificatie", "- GAF lager dan 65"))
    assert judge("2b-8", snap3).status == "voldoet_niet"
    # a blog heading on one subject is no offer
    snap4 = site(page(P + "pagina", "# Hulp bij rouw", "Rouw is een natuurlijke reactie op verlies."))
    assert judge("2b-8", snap4).status == "voldoet_niet"


def test_more_wordings_of_the_excluded_side():
    inc = "Wij behandelen volwassenen met angst en depressie."
    for items in (("# Wat doen wij niet?", "- crisisopvang", "- behandeling van verslaving"),
                  ("Bij een eetstoornis of verslaving raden wij aan contact op te nemen met een gespecialiseerde instelling.",),
                  ("Wanneer er sprake is van complexe problematiek, adviseren wij de specialistische GGZ.",),
                  ("In geval van ernstige problematiek overleggen wij met de huisarts over een passende verwijzing.",)):
        assert judge("2b-8", site(page(P + "voor-wie", "# Voor wie", inc, *items))).status == "voldoet", items
    # a general referral route told of the GP is still not the practice's exclusion
    snap = site(page(P + "verwijzing", "# Verwijzing",
                     "De huisarts beslist bij ernstige problematiek over een passende verwijzing naar de specialistische GGZ."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_waiting_time_per_own_care_type_names_the_basis_ggz():
    snap = site(page(P + "wachttijden", "# Wachttijden",
                     "Voor zowel de GB-GGZ als de SGGZ gelden de volgende wachttijden: aanmelding tot intake 3 weken."))
    assert judge("2b-10", snap).status == "voldoet_bijna"
    # a short waiting time says nothing about the care
    snap2 = site(page(P + "wachttijden", "# Wachttijd", "De wachttijd is op dit moment kort: ongeveer 2 weken."))
    assert judge("2b-10", snap2).status == "voldoet_niet"


def test_a_heading_on_what_is_not_done_with_data_opens_no_excluded_side():
    snap = site(page(P + "voor-wie", "# Voor wie", "Wij behandelen volwassenen met angst en depressie.",
                     "# Wat doen wij niet met uw gegevens?", "Wij verkopen uw gegevens nooit aan derden."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
