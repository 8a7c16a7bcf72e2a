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


def test_a_general_yes_no_question_page_makes_no_verdict_but_a_clients_question_does():
    article = page(P + "/werkt-ehealth", "# Werkt eHealth?",
                   "Mensen die een online module volgen met begeleiding houden het vaker vol.", title="Werkt eHealth?")
    f = judge_site("2b-12", site(article))
    assert f.status == "voldoet_niet" and f.details["passing_mention"]
    faq = page(P + "/online", "# Kan ik bij jullie ook online modules volgen?",
               "Ja, dat kan: onze online modules zijn er voor iedereen die dat wil.", title="Kan ik bij jullie ook online modules volgen?")
    assert judge_site("2b-12", site(faq)).status == "voldoet_bijna"


def test_a_general_statement_about_apps_is_no_offer():
    tips = page(P + "/tips", "# Tips", "Er zijn veel apps die je kunnen helpen om te ontspannen.", title="Tips")
    assert judge_site("2b-12", site(tips)).status == "voldoet_niet"
    own = page(P + "/tips", "# Tips", "Er zijn veel apps, maar wij raden onze eigen app met ontspanningsoefeningen aan.", title="Tips")
    assert judge_site("2b-12", site(own)).status != "voldoet_niet"


def test_an_english_own_offer_is_still_found_beside_them():
    own = page(P + "/en/treatment", "# Our treatment",
               "At our practice we work with cognitive behavioural therapy (CBT).",
               "In CBT you learn to recognise unhelpful thoughts and to change your behaviour step by step.",
               "Between sessions you do online exercises in Minddistrict, which your therapist discusses with you.",
               title="Treatment")
    snap = site(*[page(u, *items, title=t) for u, t, items in SITE_PAGES if "/en/" in u], own)
    assert judge_site("2b-11", snap).status == "voldoet"
    assert judge_site("2b-12", snap).status == "voldoet"


@pytest.mark.parametrize("title, off_care", [
    ("Wat is EMDR?", True),                  # a general explainer
    ("Werkt online therapie?", True),
    ("Wie zijn wij?", False),                # the practice's own people page
    ("Wie ben ik?", False),
    ("Hoe werken wij?", False),              # its own werkwijze
    ("Kan ik bij jullie terecht?", False),   # a client's question to the practice
])
def test_a_question_title_is_a_general_explainer_only_when_it_is_not_about_the_practice(title, off_care):
    from checks.runner import off_care_page

    view = site(page("https://praktijk.example/pagina", f"# {title}",
                     "Hier staat een gewone alinea zonder bijzonderheden.", title=title))
    assert off_care_page(view) is off_care


from irrelevant_pages_site import SUBJECT_PAGES  # noqa: E402


@pytest.mark.parametrize("url,title,items", SUBJECT_PAGES, ids=[p[0].rsplit("/", 1)[-1] for p in SUBJECT_PAGES])
def test_a_page_about_another_subject_meets_no_criterion(url, title, items):
    snap = site(page(url, *items, title=title))
    fired = {c: judge_site(c, snap).status for c in CRITERIA}
    assert {c: s for c, s in fired.items() if s != "voldoet_niet"} == {}


def test_the_practices_own_offer_in_the_same_words_still_counts():
    """What those pages say, said by the practice about its own care, is found."""
    methods = page(P + "/behandelingen/cgt", "# Wat is cognitieve gedragstherapie eigenlijk?",
                   "In onze praktijk werken wij met cognitieve gedragstherapie.",
                   "Je leert hoe gedachten, gevoelens en gedrag elkaar beïnvloeden en oefent stap voor stap met nieuw gedrag.",
                   title="Gedragstherapie")
    assert judge_site("2b-11", site(methods)).status == "voldoet"
    ehealth = page(P + "/werkwijze", "# Online behandeling",
                   "Ook online behandeling is mogelijk: naast de gesprekken werk je in onze online modules.",
                   title="Werkwijze")
    assert judge_site("2b-12", site(ehealth)).status != "voldoet_niet"
    contact = page(P + "/contact", "# Contact",
                   "U kunt ons bellen op 030-2468101, op werkdagen tussen 9 en 12 uur.",
                   "Bij spoed buiten kantoortijden belt u de huisartsenpost; bij een crisis 112.", title="Contact")
    assert judge_site("2b-6", site(contact)).status == "voldoet"


@pytest.mark.parametrize("text,general", [
    ("Wat is EMDR?", True),
    ("What do registrations mean?", True),
    ("Werkt online therapie net zo goed?", True),
    ("Hoe?", False),                 # no subject named: the page's own how
    ("Hoe werkt het?", False),       # a pronoun subject: the offer of the page it heads
    ("Hoe werken wij?", False),
    ("Kan ik bij jullie terecht?", False),
    ("Do I need a referral?", False),
    ("Hoe werkt aanmelden?", False),  # the practice's route, without "wij" or "u"
    ("What happens in the first session?", False),
])
def test_a_general_question_names_a_subject_and_is_not_asked_of_the_practice(text, general):
    from checks.text.context import is_general_question

    assert is_general_question(text.lower()) is general


def test_an_off_care_pages_flag_does_not_flag_a_site_with_own_pages():
    """A general article mentioning eHealth gives a hint, not a review flag, when the site has
    pages about its own care; on its own it stays flagged for the reviewer."""
    article = page(P + "/helpt-zelfhulp", "# Helpt zelfhulp via internet?",
                   "Mensen die een online module volgen met begeleiding houden het vaker vol.", title="Helpt zelfhulp via internet?")
    home = page(P + "/", "# Welkom", "Welkom bij onze praktijk in het centrum van de stad.", title="Home")
    alone = judge_site("2b-12", site(article))
    assert alone.status == "voldoet_niet" and alone.details.get("passing_mention") and alone.needs_review
    together = judge_site("2b-12", site(home, article))
    assert together.status == "voldoet_niet" and together.details.get("passing_mention") and not together.needs_review


def test_a_whole_site_bijna_only_on_an_off_care_page_is_a_passing_mention():
    """2b-9 weighs its pages itself; a phase named only on a general explainer is still no verdict."""
    explainer = page(P + "/info/stepped-care", "# Wat betekent stepped care in de ggz?",
                     "Na de aanmelding volgt in de ggz meestal een intakegesprek.", title="Stepped care")
    f = judge_site("2b-9", site(explainer))
    assert f.status == "voldoet_niet"
