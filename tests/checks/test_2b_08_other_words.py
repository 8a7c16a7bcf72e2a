"""2b-8 read in other words (own passages): contra-indications said in a sentence, an answer to
"Wanneer niet?" that advises other care, English "specialised care is more appropriate", a care
meant for people who did not get further with shorter help, and "ontvangst" (no fear)."""
from check_helpers import judge, page, site

V = "https://praktijk.example/emdr"


def test_contra_indications_in_a_sentence_are_the_other_side():
    snap = site(page(V, "# EMDR",
                     "In onze praktijk zetten wij EMDR in bij klachten na een schokkende gebeurtenis.",
                     "Contra-indicaties voor EMDR zijn onder meer een dissociatieve stoornis en epilepsie."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_sentence_that_says_there_are_no_contra_indications_is_not():
    snap = site(page(V, "# EMDR",
                     "In onze praktijk zetten wij EMDR in bij klachten na een schokkende gebeurtenis.",
                     "Er zijn geen contra-indicaties bekend voor deze korte behandeling bij volwassenen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_answer_to_when_not_that_advises_other_care():
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie is onze therapie?",
                     "Onze therapie is bedoeld voor mensen met langer bestaande problemen in relaties, die met kortere hulp niet verder zijn gekomen.",
                     "Wanneer niet?",
                     "Als een kort traject bij de huisarts volstaat, raden we u aan daar eerst hulp te zoeken."))
    assert judge("2b-8", snap).status == "voldoet"


def test_meant_for_people_who_did_not_get_further_is_a_target_group():
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie is onze therapie?",
                     "Onze therapie is bedoeld voor mensen met langer bestaande problemen in relaties, die met kortere hulp niet verder zijn gekomen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_english_specialised_care_is_more_appropriate():
    snap = site(page("https://practice.example/en/is-it-for-you", "# Is our therapy right for you?",
                     "Our short-term therapy is suitable for adults with mild to moderate complaints such as stress or low mood.",
                     "If your problems are more severe, for example an addiction or a psychosis, specialised care is more appropriate and we help you find it."))
    assert judge("2b-8", snap).status == "voldoet"


def test_receipt_of_a_referral_is_no_fear():
    snap = site(page("https://praktijk.example/verwijzers", "# Voor verwijzers",
                     "U kunt cliënten naar ons verwijzen via het beveiligde portaal.",
                     "Na ontvangst van de verwijzing nemen wij binnen vijf werkdagen contact op met uw cliënt."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_heading_on_how_the_practice_works_is_no_target_group_frame():
    # a blog teaser under "Zo werken wij" names a complaint, not whom the practice treats
    snap = site(page("https://praktijk.example/zo-werken-wij", "# Zo werken wij",
                     "Je belt of mailt ons en we plannen een eerste gesprek.",
                     "Blog: omgaan met stress",
                     "Lees meer"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_named_practitioner_who_works_with_complaints_tells_her_specialism_not_the_target_group():
    # (read the other way until round 26: most readers of fresh pages take a practitioner's focus for that person's
    # specialism, 2b-7, not for whom the practice treats)
    snap = site(page("https://praktijk.example/over-de-praktijk", "# Over de praktijk",
                     "Praktijk Linde is een kleine praktijk in het centrum.",
                     "Anouk is GZ-psycholoog en werkt al tien jaar met volwassenen die vastlopen door angst of somberheid."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_english_practitioner_specialisms_are_no_target_group():
    snap = site(page("https://practice.example/en/team", "# Our team",
                     "Dr. Sara Vos – clinical psychologist (BIG). Sara specialises in trauma and anxiety.",
                     "Luuk Berg, MSc – healthcare psychologist. Luuk focuses on burnout and sleep problems."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_practice_that_works_with_complaints_names_the_treated_side():
    # twin: the practice itself, not one practitioner, works with the complaints
    snap = site(page("https://praktijk.example/over-de-praktijk", "# Over de praktijk",
                     "Wij werken met volwassenen die vastlopen door angst of somberheid."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_method_that_focuses_on_complaints_is_no_practitioner():
    snap = site(page("https://praktijk.example/methoden", "# Methoden",
                     "Schematherapie richt zich op diepgewortelde patronen bij persoonlijkheidsproblemen."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_an_opening_label_names_the_excluded_side():
    snap = site(page("https://praktijk.example/over-ons", "# Voor wie?",
                     "Volwassenen met lichte tot matige klachten: angst, somberheid, stress en rouw.",
                     "Niet bij ons: verslaving als hoofdprobleem, psychose en ernstige persoonlijkheidsproblematiek."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet" and "verslaving" in f.details["excluded"]


def test_measuring_client_experience_names_no_target_group():
    snap = site(page("https://praktijk.example/clientervaringen", "# Cliëntervaringen",
                     "Wij meten de ervaringen van onze cliënten met de CQI GGZ en Verslavingszorg.",
                     "De uitkomsten staan per thema op een schaal van 1 tot 4."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_verb_first_the_practice_sees_a_client_group_with_complaints():
    snap = site(page("https://praktijk.example/over-mij", "# Over mij",
                     "In mijn praktijk zie ik vooral volwassenen met piekerklachten, somberheid en onzekerheid."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_own_offer_when_the_reader_has_complaints():
    snap = site(page("https://praktijk.example/emdr", "# EMDR",
                     "Bij ons kun je EMDR-therapie krijgen als je last hebt van herinneringen aan een schokkende gebeurtenis."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_elliptical_question_answered_by_the_offer():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Vastgelopen?", "Last van angst, somberheid of stress?", "Wij helpen je verder."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_welcome_in_the_practice_and_the_clientele_described():
    snap = site(page("https://praktijk.example/onze-zorg", "# Onze zorg",
                     "Iedereen vanaf 18 jaar met psychische klachten is welkom in onze praktijk."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
    snap = site(page("https://kinderpraktijk.example/", "# Kinderpraktijk",
                     "Het gaat vaak om kinderen met faalangst, boosheid of slaapproblemen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_therapy_said_to_be_for_people_names_its_target_group():
    snap = site(page("https://praktijk.example/relatietherapie", "# Relatietherapie",
                     "Relatietherapie is voor stellen die vastlopen in hun relatie, bijvoorbeeld na ontrouw of een verlies."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
