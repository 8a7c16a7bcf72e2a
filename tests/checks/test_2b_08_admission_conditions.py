"""2b-8: when a practice says whom it takes on as a condition ("you qualify for treatment when ...", "wij
nemen iemand in behandeling wanneer ..."), or restricts its care to some clients ("alleen mogelijk voor cliënten die
..."), in Dutch and in English (passages written for these tests).

Each reading has a twin that must stay as it was, so that it cannot simply have been switched on."""
import pytest

from check_helpers import judge, page, site


_OTHER_ROUTE = {
    "nl": "Therapie is niet de enige weg: soms biedt een maatschappelijk werker een betere oplossing.",
    "en": "Therapy is not the only route: sometimes a social worker offers a better solution.",
}


@pytest.mark.parametrize("lang, heading, condition", [
    ("en", "# Who we help", "You qualify for treatment at our practice when your psychological complaints are likely to lessen by changing how you act."),
    ("en", "# Who we help", "Clients are eligible for therapy when the psychological problems keep them from work or study."),
    ("en", "# Who we help", "We take people on for treatment when their psychological complaints stand in the way of daily life."),
    ("nl", "# Voor wie", "Wij nemen iemand in behandeling wanneer aannemelijk is dat de psychische klachten afnemen, ook als ze niet op een lichtere manier te verhelpen zijn."),
])
def test_a_condition_of_admission_is_the_treated_side(lang, heading, condition):
    snap = site(page("https://praktijk.example/voor-wie", heading, condition, _OTHER_ROUTE[lang], title="Voor wie"))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("text", [
    # the same conditions, negated in their own clause: no one is taken on that way (the negation of another
    # part of a long sentence does not count: see the Dutch case above)
    "We do not take people on for treatment when their psychological complaints are mild.",
    "Wij nemen mensen niet in behandeling wanneer hun psychische klachten licht zijn.",
])
def test_without_a_condition_of_admission_one_side_stays(text):
    snap = site(page("https://praktijk.example/voor-wie", "# Who we help", text, _OTHER_ROUTE["en"], title="Voor wie"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("heading", ["# Who is our therapy for?", "# Who are these sessions for?"])
def test_a_question_whom_the_care_is_for_heads_the_target_group(heading):
    snap = site(page("https://praktijk.example/voor-wie", heading, "We treat adults with psychological complaints.",
                     _OTHER_ROUTE["en"], title="Voor wie"))
    assert judge("2b-8", snap).status == "voldoet"


def test_another_heading_does_not_make_other_care_the_other_side():
    snap = site(page("https://praktijk.example/over", "# About us", "We treat adults with psychological complaints.",
                     _OTHER_ROUTE["en"], title="Over ons"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Bij ons is gesprekstherapie alleen mogelijk voor cliënten die goed Nederlands spreken.",
    "Therapy with us is only available to clients who speak English or Dutch well enough.",
])
def test_care_only_possible_for_some_clients_says_who_is_not_treated(text):
    snap = site(page("https://praktijk.example/talen", "# Talen", text, title="Talen"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_crisis_care_open_to_everyone_is_not_the_target_group():
    # the restriction is one side; that crisis care is for everyone is reachability, not the treated side
    snap = site(page("https://praktijk.example/talen", "# Talen",
                     "Bij ons is gesprekstherapie alleen mogelijk voor cliënten die goed Nederlands spreken.",
                     "Crisiszorg is er voor iedereen, ook voor wie een andere taal spreekt.", title="Talen"))
    assert judge("2b-8", snap).status == "voldoet_bijna"
