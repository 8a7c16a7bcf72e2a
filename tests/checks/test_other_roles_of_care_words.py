"""Pages that use the words of 2b-8 and 2b-10 in other roles (passages written for these tests): a
client's story, the practice's history, a closure or retention period in weeks, a rule on missed
appointments, the building the practice is in, English insurance wording, a page for employers, news
about care policy, a job advert that only its opening announces. None describes the practice's own care
as short or generalist, or whom it treats."""
import pytest
from check_helpers import judge, page, site

from checks.text.context import is_policy_news, is_vacancy_page
from checks.text import site_text

P = "https://praktijk.example"

NOT_THE_OWN_CARE = [
    # one client's story: how that care went, not what the care is
    (P + "/ervaringen/tom", "Het verhaal van Tom", [
        "# Het verhaal van Tom",
        "Tom kwam bij ons met nachtmerries na een ongeluk. Na 8 gesprekken voelde hij zich weer de oude.",
    ]),
    (P + "/en/clients/maria", "Maria's story", [
        "# Maria's story",
        "Maria came to us with panic attacks. After six sessions she felt in control again.",
    ]),
    # a client's quoted words on an ordinary page
    (P + "/praktijk", "De praktijk", [
        "# De praktijk",
        '"Na 6 gesprekken kon ik weer alleen de trein in," vertelt een cliënt.',
    ]),
    # the practice's history
    (P + "/over-ons/geschiedenis", "Geschiedenis", [
        "# Onze geschiedenis",
        "Wij begonnen in 1998 als kleine eerstelijnspraktijk. In 2014 werd de basis GGZ ingevoerd.",
    ]),
    # weeks as a closure, not a length of care
    (P + "/praktische-informatie", "Praktische informatie", [
        "# Praktische informatie",
        "In de zomer zijn wij maximaal 3 weken gesloten.",
    ]),
    # a count of missed appointments: a rule on attendance
    (P + "/afspraken", "Afspraken", [
        "# Afspraken",
        "Wie drie afspraken zonder afmelding mist, wordt uitgeschreven.",
        "Na twee gemiste afspraken nemen wij contact met u op.",
    ]),
    # the building the practice is in
    (P + "/route", "Route", [
        "# Route",
        "Onze praktijk is gevestigd in Eerstelijnscentrum De Brug, naast de apotheek.",
        "Wij zitten in het Gezondheidscentrum Eerstelijnszorg Rivierenland, op de eerste verdieping.",
    ]),
    # English insurance wording
    (P + "/en/faq", "FAQ", [
        "# FAQ",
        "How many sessions will my insurer cover?",
        "That depends on your policy: most supplementary policies cover up to 10 sessions a year.",
    ]),
    # a page for employers: what is sold to a company
    (P + "/voor-werkgevers", "Voor werkgevers", [
        "# Voor werkgevers",
        "Een coachtraject voor uw medewerkers bestaat uit 6 gesprekken en kan snel starten.",
    ]),
    # news about care policy in which the practice never speaks
    (P + "/het-kabinet-en-de-ggz", "Kabinet wil wachtlijsten GGZ aanpakken", [
        "# Kabinet wil wachtlijsten GGZ aanpakken",
        "Het kabinet trekt extra geld uit om de wachtlijsten in de GGZ te verkorten.",
        "Kortdurende behandelingen in de basis ggz zouden sneller beschikbaar moeten komen.",
    ]),
]


@pytest.mark.parametrize("url,title,items", NOT_THE_OWN_CARE, ids=[p[0].split("/", 3)[-1] for p in NOT_THE_OWN_CARE])
def test_care_words_in_other_roles_are_no_short_or_generalist_care(url, title, items):
    assert judge("2b-10", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_a_story_adds_to_what_the_practice_says_itself():
    story = page(*NOT_THE_OWN_CARE[0][:1], *NOT_THE_OWN_CARE[0][2], title=NOT_THE_OWN_CARE[0][1])
    own = page(P + "/werkwijze", "# Werkwijze", "Onze behandeling is kortdurend.")
    assert judge("2b-10", site(own, story)).status == "voldoet_bijna"


def test_the_length_of_the_own_care_still_counts():
    # weeks or months in a sentence about the care, or about how long it takes
    for text in ("De behandeling duurt maximaal 3 maanden.", "Reken erop dat het gemiddeld 2 tot 4 maanden duurt.",
                 "We zien je één keer per week, gedurende maximaal 10 weken.",
                 '"Kort waar het kan" is ons motto: een behandeling duurt bij ons meestal 5 tot 10 gesprekken.'):
        assert judge("2b-10", site(page(P + "/werkwijze", "# Werkwijze", text))).status == "voldoet_bijna", text
    # the own basis GGZ beside the building it is in
    snap = site(page(P + "/praktijk", "# De praktijk",
                     "Wij bieden generalistische basis GGZ en zijn gevestigd in het gezondheidscentrum."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_job_advert_announced_only_by_its_opening_is_a_vacancy():
    advert = page(P + "/kom-erbij", "# Nieuwe collega",
                  "Wij zijn op zoek naar een GZ-psycholoog voor 24 uur per week.",
                  "Jij behandelt volwassenen met angst, depressie en burn-out in kortdurende trajecten van 5 tot 12 gesprekken.",
                  "Cliënten met complexe problematiek zie je niet: die verwijzen wij door naar de specialistische GGZ.")
    assert is_vacancy_page(site_text(site(advert)).pages[0])
    assert judge("2b-8", site(advert)).status == "voldoet_niet"
    assert judge("2b-10", site(advert)).status == "voldoet_niet"


def test_matching_a_client_to_a_practitioner_is_no_vacancy():
    intake = page(P + "/aanmelden", "# Aanmelden",
                  "Na uw aanmelding zoeken wij een passende behandelaar voor u.",
                  "U krijgt binnen een week bericht.")
    assert not is_vacancy_page(site_text(site(intake)).pages[0])


def test_policy_news_needs_a_silent_practice():
    news = page(P + "/kabinet", "# Kabinet investeert in de GGZ", "Het kabinet trekt extra geld uit voor de GGZ.")
    assert is_policy_news(site_text(site(news)).pages[0])
    own = page(P + "/kabinet", "# Kabinet investeert in de GGZ", "Het kabinet trekt extra geld uit voor de GGZ.",
               "Wij bieden kortdurende behandelingen in de basis GGZ.")
    assert not is_policy_news(site_text(site(own)).pages[0])


def test_a_bounded_area_is_no_bounded_care():
    snap = site(page(P + "/werkgebied", "# Werkgebied",
                     "Wij werken in een afgebakend werkgebied: alleen inwoners van de gemeente kunnen zich aanmelden."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    snap = site(page(P + "/werkwijze", "# Werkwijze", "Wij bieden een afgebakend traject."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_the_answer_to_a_question_about_one_method_is_its_typical_length():
    faq = site(page(P + "/faq", "# Veelgestelde vragen", "Hoeveel sessies heb ik nodig bij EMDR?", "Meestal 3 tot 6 sessies."))
    assert judge("2b-10", faq).status == "voldoet_niet"
    faq = site(page(P + "/en/faq", "# FAQ", "How many sessions does EMDR take?", "Usually 3 to 6 sessions."))
    assert judge("2b-10", faq).status == "voldoet_niet"
    # ... unless the answer speaks of the practice's own care, or the question is about the treatment
    own = site(page(P + "/faq", "# Veelgestelde vragen", "Hoeveel sessies heb ik nodig bij EMDR?",
                    "Bij ons duurt een behandeling meestal 3 tot 6 sessies."))
    assert judge("2b-10", own).status == "voldoet_bijna"
    own = site(page(P + "/faq", "# Veelgestelde vragen", "Hoe lang duurt een behandeling?", "Meestal 5 tot 10 sessies."))
    assert judge("2b-10", own).status == "voldoet_bijna"


def test_handling_a_request_or_the_gps_generalist_care_is_not_the_own_care():
    snap = site(page(P + "/aanmelden", "# Aanmelden", "Wij zorgen voor een snelle en korte behandeling van uw aanmelding."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    snap = site(page(P + "/praktijk", "# De praktijk", "De praktijk werkt nauw samen met de generalistische huisartsenzorg in de wijk."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    # a short treatment of the client's complaints is the care
    snap = site(page(P + "/aanbod", "# Aanbod", "Wij bieden een korte behandeling van uw klachten."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_weeks_of_waiting_said_with_the_verb_are_no_length():
    snap = site(page(P + "/wachten", "# Hoe lang moet ik wachten?",
                     "Daarna wacht u gemiddeld nog 2 tot 3 weken op de start van de behandeling."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    snap = site(page(P + "/en/faq", "# FAQ", "After the intake you wait about 2 weeks before treatment starts."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_basis_ggz_the_practice_sends_clients_to_is_not_its_own():
    for text in ("Voor lichte klachten verwijzen wij u terug naar de huisarts of naar de basis GGZ.",
                 "Past uw hulpvraag beter in de basis GGZ, dan verwijzen wij u naar een collega."):
        assert judge("2b-10", site(page(P + "/voor-wie", "# Voor wie", text))).status == "voldoet_niet", text
    # a referral to the practice for the basis GGZ, or the practice's own basis GGZ, still count
    for text in ("De huisarts verwijst u naar ons voor de basis GGZ.", "U heeft een verwijzing nodig voor de generalistische basis GGZ.",
                 "Wij bieden basis GGZ. Bij complexe klachten verwijzen wij u naar de specialistische GGZ."):
        assert judge("2b-10", site(page(P + "/aanmelden", "# Aanmelden", text))).status == "voldoet_bijna", text
