"""Readings found with fresh written pages (round 28), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- a menu that ends in "Privacy"

_HOME = """Praktijk Lisdodde
{menu}
Praktijk Lisdodde
Hulp bij somberheid en spanning in Meppel
Onze aanpak
Methoden: we werken met cognitieve gedragstherapie, waarbij je leert hoe gedachten en gedrag je gevoelens beinvloeden en hoe je ze kunt veranderen.
Praktijk Lisdodde · Kerkplein 4 · Meppel"""


def test_a_menu_line_that_ends_in_privacy_does_not_make_the_home_page_legal():
    snap = corpus_site("https://www.praktijklisdodde.example/", _HOME.format(menu="Home  Aanmelden  Agenda  Privacy"))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_privacy_heading_under_the_title_still_makes_a_page_legal():
    # twin: the page's own first heading names the privacy statement
    snap = corpus_site("https://www.praktijklisdodde.example/", _HOME.format(menu="Privacyverklaring"))
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the disciplines of "onze POH's"

_POH = """Wie zijn {who}?
{subject} zijn sociaalpsychiatrisch verpleegkundigen, maatschappelijk werkers of psychologen met ervaring in de GGZ."""


def test_the_disciplines_of_the_own_poh_staff_are_its_team():
    snap = corpus_site("https://www.poh-steunpunt-vechtdal.example/over-ons/",
                       _POH.format(who="onze POH's", subject="Onze POH's-GGZ"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_disciplines_of_the_gps_are_no_team():
    # twin: the same words about the general practitioners the organisation supports name no team of its own
    snap = corpus_site("https://www.poh-steunpunt-vechtdal.example/over-ons/",
                       _POH.format(who="de huisartsen", subject="De huisartsen in de regio"))
    assert judge("2b-7", snap).status == "voldoet_niet"
