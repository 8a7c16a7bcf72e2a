"""Readings found with fresh written pages (round 29), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- "About <one word>": a practice, or a person

_ABOUT = """Duinlicht
Home · About · Contact
About {who}
{body}
Our room is on the first floor of an old school building near the station, with a view of the dunes.
© Duinlicht · Privacy"""


def test_about_a_word_that_is_no_given_name_names_no_practitioner():
    # the page of another practice, as a filler page of a site: "Kelderwind" names no person
    snap = corpus_site("https://www.duinlicht-therapie.example/about/", _ABOUT.format(
        who="Kelderwind", body="Why Kelderwind? The name comes from the cool air that rises from an old cellar in summer."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_about_a_word_that_the_page_gives_a_surname_is_a_practitioner():
    # twin: the same uncommon word is a first name where the page gives the surname that goes with it
    snap = corpus_site("https://www.duinlicht-therapie.example/about/", _ABOUT.format(
        who="Kelderwind", body="Kelderwind Haverkamp welcomes you in the practice on Tuesdays and Thursdays."))
    assert judge("2b-7", snap).status != "voldoet_niet"


def test_about_an_uncommon_first_name_in_the_first_person_is_a_practitioner():
    # twin: "ik ben <word>" introduces a person
    snap = corpus_site("https://www.duinlicht-therapie.example/over-mij/", """Duinlicht
Over Wilgje
Ik ben Wilgje en ik studeerde psychologie in Leiden; ik ben lid van het NIP.""")
    assert judge("2b-7", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- a page of exercises for the reader to do alone

_EXERCISE = """{title}
Ademanker: een mindfulness-oefening van drie minuten
Ga zitten met beide voeten op de grond. Volg je adem zonder hem te veranderen: de lucht die binnenkomt, de pauze, de lucht die weer gaat.
Raak je afgeleid door een gedachte? Geen probleem: keer telkens weer terug naar het ademhalen."""


def test_a_mindfulness_exercise_on_a_page_of_exercises_is_no_method_on_offer():
    snap = corpus_site("https://www.praktijk-zeegras.example/oefeningen/ademanker/", _EXERCISE.format(title="Oefeningen"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_exercise_on_a_treatment_page_names_the_method():
    # twin: on the page of the practice's treatment the same passage names mindfulness
    snap = corpus_site("https://www.praktijk-zeegras.example/behandeling/mindfulness/", _EXERCISE.format(title="Onze behandeling"))
    assert judge("2b-11", snap).status != "voldoet_niet"


_ONLINE = """Online oefeningen
Tijdens je behandeling krijg je toegang tot ons online platform Zeegras Online. Daar staan modules met uitleg en oefeningen.
Je werkt tussen de gesprekken in je eigen tempo aan de opdrachten, en je behandelaar bespreekt ze met je in de volgende sessie."""


def test_a_page_of_online_exercises_of_the_treatment_is_still_its_ehealth():
    # twin: "online oefeningen" are the exercises of the practice's own programme, not self-help for anyone
    snap = corpus_site("https://www.praktijk-zeegras.example/online-oefeningen/", _ONLINE)
    assert judge("2b-12", snap).status == "voldoet"


# --------------------------------------------------------------------------- a quotation signed by the practitioner

_QUOTE = """Praktijk Hoogwater
Welkom
'{quote}'
- Jorien Baaklo, GZ-psycholoog
Je bent welkom met somberheid, spanning of piekeren."""


def test_a_quotation_about_the_signers_own_work_introduces_the_practitioner():
    snap = corpus_site("https://www.praktijk-hoogwater.example/", _QUOTE.format(
        quote="Mijn werk bestaat uit luisteren, vragen stellen en soms een duwtje geven."))
    assert judge("2b-7", snap).status == "voldoet"


def test_a_quotation_about_life_stays_its_authors():
    # twin: words about life in general under which a psychologist signs are a quotation, not the practice's team
    snap = corpus_site("https://www.praktijk-hoogwater.example/", _QUOTE.format(
        quote="Wie de storm niet kan stoppen, kan wel leren zeilen."))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the names under "Ons secretariaat"

_OFFICE = """Contact
{heading}
Jolanda Vreeswijk en Tessa Ommering beantwoorden de telefoon op werkdagen. Zij plannen afspraken en zetten berichten door naar uw behandelaar."""


def test_the_names_under_the_office_heading_are_no_practitioners():
    snap = corpus_site("https://www.ggz-bremhorst.example/contact/", _OFFICE.format(heading="Ons secretariaat"))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_same_names_under_the_practitioners_heading_are_the_team():
    # twin: under "Onze behandelaren" the same names are the practice's own people, without characteristics
    snap = corpus_site("https://www.ggz-bremhorst.example/contact/", _OFFICE.format(heading="Onze behandelaren"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- whom the practice does not treat, in questions and answers

_FAQ_EN = """Frequently asked
What do you help with?
We help adults with worry, panic and low mood.
I have had problems with food and eating since my teens. Is that something you treat?
{answer}"""


def test_a_flat_no_to_whether_a_complaint_is_treated_excludes_it():
    snap = corpus_site("https://www.harbourlight-therapy.example/faq/", _FAQ_EN.format(
        answer="No. For eating disorders a specialised team that also watches your physical health works best."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_yes_to_the_same_question_excludes_nothing():
    # twin: answered yes, the complaint is on the treated side
    snap = corpus_site("https://www.harbourlight-therapy.example/faq/", _FAQ_EN.format(
        answer="Yes. For milder eating problems a specialised team is not always needed."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


_FAQ_NL = """Veelgestelde vragen
Ik ben zestien. Kan ik bij jullie komen?
{answer}
Wij behandelen somberheid, spanningsklachten en rouw."""


def test_a_bare_no_with_the_group_in_the_next_sentence_excludes_it():
    snap = corpus_site("https://www.praktijk-kwelder.example/vragen/", _FAQ_NL.format(
        answer="Helaas niet. Wij zien uitsluitend volwassenen van achttien jaar en ouder."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_no_followed_by_whom_the_practice_treats_is_the_treated_side():
    # twin: after the bare no the practice says whom it does treat (the treated side, beside the addiction it turns away)
    snap = corpus_site("https://www.praktijk-kwelder.example/vragen/", """Veelgestelde vragen
Kan ik met iedere klacht bij jullie komen?
Nee. Wij behandelen onder meer somberheid, spanningsklachten en rouw. Bij een verslaving zijn wij niet de juiste plek.""")
    assert judge("2b-8", snap).status == "voldoet"


_ELSEWHERE = """Voor wie
Wij helpen volwassenen met angst en somberheid.
{sentence}"""


def test_other_care_as_the_better_place_to_start_excludes_the_complaint():
    snap = corpus_site("https://www.praktijk-kwelder.example/voor-wie/", _ELSEWHERE.format(
        sentence="Drinkt of blowt u vooral om de dag door te komen, dan start u beter bij de verslavingszorg."))
    assert judge("2b-8", snap).status == "voldoet"


def test_starting_at_the_practice_excludes_nothing():
    # twin: the same complaint with the practice's own start
    snap = corpus_site("https://www.praktijk-kwelder.example/voor-wie/", _ELSEWHERE.format(
        sentence="Drinkt of blowt u vooral om de dag door te komen, dan start u gewoon bij de intake."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_an_assessment_the_practice_does_not_do_is_its_other_side():
    snap = corpus_site("https://www.harbourlight-therapy.example/who-we-help/", """Who we help
We help adults with worry, panic and low mood.
We do not do ADHD assessments.""")
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- a method the practice says it does not offer

def test_a_method_said_not_to_be_offered_after_its_name_is_no_method():
    snap = corpus_site("https://www.praktijk-kwelder.example/voor-wie/", """Voor wie
Wij zien volwassenen met spanning en somberheid.
Gezinstherapie en schematherapie geven wij niet.""")
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_a_method_the_practice_gives_is_still_named():
    # twin: the same sentence without the negation names the methods
    snap = corpus_site("https://www.praktijk-kwelder.example/voor-wie/", """Voor wie
Wij zien volwassenen met spanning en somberheid.
Gezinstherapie en schematherapie geven wij allebei.""")
    assert judge("2b-11", snap).status == "voldoet_bijna"


_LIMITS = """Who we see
We see adults with worry and low mood.
{lead}
- you mainly want family therapy together with your parents
- you need a report for a court case"""


def test_a_method_in_a_list_of_what_is_not_offered_is_no_method():
    snap = corpus_site("https://www.harbourlight-therapy.example/who-we-see/", _LIMITS.format(
        lead="We cannot help you here when:"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_list_under_what_is_offered_names_the_method():
    # twin: opened by what the practice does, the item names a method it offers
    snap = corpus_site("https://www.harbourlight-therapy.example/who-we-see/", _LIMITS.format(
        lead="You are welcome here when:"))
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- "Online behandelen": video calls and an appointments portal

_ONLINE_TALKS = """Online behandelen
Liever thuisblijven? Ook een gesprek op afstand is bij ons mogelijk.
Beeldbellen
U voert het gesprek via een beveiligde videoverbinding vanuit huis.
Uw portaal
{portal}"""


def test_online_treatment_by_video_with_an_appointments_portal_is_no_ehealth():
    snap = corpus_site("https://www.praktijk-duinzicht.example/online-behandelen/", _ONLINE_TALKS.format(
        portal="Via het cliëntportaal plant u zelf uw afspraken en zegt u er een af."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_a_portal_that_holds_modules_still_names_ehealth():
    # twin: the portal holds the treatment's modules
    snap = corpus_site("https://www.praktijk-duinzicht.example/online-behandelen/", _ONLINE_TALKS.format(
        portal="In het cliëntportaal zet uw psycholoog modules met oefeningen voor u klaar."))
    assert judge("2b-12", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- the basis GGZ as one who refers the client

_REFERRED = """Aanmelden
{sentence}
Na de aanmelding volgt een uitgebreide intake."""


def test_the_basis_ggz_among_the_referrers_is_not_the_practices_care():
    snap = corpus_site("https://www.ggz-hoevelaken.example/aanmelden/", _REFERRED.format(
        sentence="Wie bij ons komt, is verwezen door een huisarts, de basis GGZ of een ziekenhuisspecialist."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_a_referral_for_the_basis_ggz_still_names_the_practices_care():
    # twin: the GP's referral for the basis GGZ is the referral the practice's own care needs (LABELING v2: 1)
    snap = corpus_site("https://www.ggz-hoevelaken.example/aanmelden/", _REFERRED.format(
        sentence="U wordt verwezen door de huisarts voor de basis GGZ."))
    assert judge("2b-10", snap).status == "voldoet_bijna"
