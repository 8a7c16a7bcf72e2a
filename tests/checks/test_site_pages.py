"""Pages a real provider site is full of, whose method or eHealth words are not the practice's own
offer, make no finding; the practice's own offer in the same words still does."""
import pytest

from check_helpers import judge_site, page, site
from irrelevant_pages_site import SITE_PAGES

from checks.text import site_text
from checks.text.context import is_for_professionals, is_links_page, speaks_as_practice

CRITERIA = ("2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13")
P = "https://praktijk-c.example"


@pytest.mark.parametrize("url,title,items", SITE_PAGES, ids=[p[0].rsplit("/", 1)[-1] for p in SITE_PAGES])
def test_site_page_meets_no_criterion(url, title, items):
    snap = site(page(url, *items, title=title))
    fired = {c: judge_site(c, snap).status for c in CRITERIA}
    assert {c: s for c, s in fired.items() if s != "voldoet_niet"} == {}


def test_site_pages_together_do_not_lift_a_site():
    snap = site(*[page(u, *items, title=t) for u, t, items in SITE_PAGES])
    fired = {c: judge_site(c, snap).status for c in CRITERIA}
    assert {c: s for c, s in fired.items() if s != "voldoet_niet"} == {}


def test_they_do_not_hide_the_practices_own_offer():
    """The same site with one page on which the practice describes its own methods and eHealth."""
    own = page(P + "/aanbod", "# Ons aanbod",
               "In onze praktijk werken wij met cognitieve gedragstherapie en EMDR.",
               "Bij cognitieve gedragstherapie leer je belemmerende gedachten herkennen en je gedrag stap voor stap veranderen.",
               "Tussen de gesprekken door maak je online oefeningen in Therapieland, die je behandelaar met je bespreekt.",
               title="Aanbod")
    snap = site(*[page(u, *items, title=t) for u, t, items in SITE_PAGES], own)
    assert judge_site("2b-11", snap).status == "voldoet"
    assert judge_site("2b-12", snap).status == "voldoet"


@pytest.mark.parametrize("text,own", [
    ("Bij angst werken wij met cognitieve gedragstherapie.", True),
    ("In mijn praktijk pas ik EMDR toe.", True),
    ("At our practice we offer EMDR.", True),
    ("I work with schema therapy.", True),
    ("Als de angst blijft, dan spreken we van een angststoornis.", False),
    ("We kennen het allemaal: piekeren voor het slapengaan.", False),
    ("Cognitieve gedragstherapie wordt vaak ingezet bij angst.", False),
])
def test_speaks_as_practice(text, own):
    unit = site_text(site(page(P + "/x", text))).units[0]
    assert speaks_as_practice(unit) is own


def test_pages_for_professionals_and_link_lists_are_recognised():
    snap = site(page(P + "/scholing", "# Nascholing", "Tekst."),
                page(P + "/p/12", "# Supervisie", "Tekst."),
                page(P + "/nuttige-links", "Tekst.", title="Nuttige links"),
                page(P + "/behandelingen", "# Behandelingen", "Tekst."))
    pages = site_text(snap).pages
    assert [is_for_professionals(p) for p in pages] == [True, True, False, False]
    assert [is_links_page(p) for p in pages] == [False, False, True, False]


def test_a_bijna_on_a_page_for_professionals_makes_no_verdict():
    """The runner weighs the page: a "voldoet bijna" resting on a course for colleagues is a hint."""
    course = page(P + "/nascholing", "# Nascholing voor POH-GGZ",
                  "Wij geven deze cursus over het signaleren van somberheid; bij vragen kunt u ons bellen op 012-3456789.",
                  title="Nascholing")
    f = judge_site("2b-6", site(course))
    assert f.status == "voldoet_niet"
    assert f.details["passing_mention"]
