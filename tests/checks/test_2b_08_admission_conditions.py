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


# --------------------------------------------------------------------------- more care asked, then a referral

def _good_to_know(*lines):
    return site(page("https://praktijkdeweide.example/goed-om-te-weten", "# Goed om te weten", *lines, title="Goed om te weten"))


@pytest.mark.parametrize("lines", [
    ("Do you turn out to need more intensive or specialised care?", "Then we will help you find the right place."),
    ("Heeft u meer specialistische zorg nodig?", "Dan helpen we u een passende plek te vinden."),
    ("If you turn out to need more intensive or specialised care, we will help you find the right place.",),
])
def test_more_care_asked_then_a_place_found_is_when_to_go_elsewhere(lines):
    assert judge("2b-8", _good_to_know(*lines)).status == "voldoet_bijna"


def test_a_question_about_more_information_is_no_exclusion():
    snap = _good_to_know("Do you need more information?", "Then call us on weekdays between 9 and 12.")
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- "suits"

@pytest.mark.parametrize("line", [
    "This treatment suits adults with stress, worry or low mood.",
    "Our therapy is well suited to students who struggle with stress or low mood.",
    "Deze behandeling past goed bij volwassenen die vastlopen door stress of somberheid.",
])
def test_care_that_suits_a_group_names_the_target_group(line):
    snap = site(page("https://praktijkdeweide.example/voor-wie", "# Is this for me?", line, title="Is this for me?"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the treated side under the other side's heading

@pytest.mark.parametrize("heading, lines", [
    ("# Contra-indicaties", ("Wij behandelen jongeren van 12 tot 18 jaar.", "Niet geschikt bij ernstige verslaving of een acute crisis.")),
    ("# Wanneer niet bij ons?", ("Wij behandelen mensen met lichte tot matige klachten.",
                                 "Bij een psychose of ernstige verslaving verwijzen wij u door naar de specialistische GGZ.")),
    ("# When we cannot help", ("We treat adults with anxiety, low mood and burn-out.",
                               "We do not treat addiction or eating disorders; for these we refer you elsewhere.")),
])
def test_whom_the_practice_treats_under_an_exclusion_heading_is_the_treated_side(heading, lines):
    snap = site(page("https://praktijkdeweide.example/contra-indicaties", heading, *lines, title="Contra-indicaties"))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("line", [
    "Bij een psychose of ernstige verslaving verwijzen wij u door naar de specialistische GGZ.",
    "Als er sprake is van acute suïcidaliteit, behandelen wij niet.",
])
def test_only_the_excluded_under_an_exclusion_heading_stays_one_side(line):
    snap = site(page("https://praktijkdeweide.example/contra-indicaties", "# Contra-indicaties",
                     "Niet geschikt bij ernstige verslaving of een acute crisis.", line, title="Contra-indicaties"))
    assert judge("2b-8", snap).status == "voldoet_bijna"
