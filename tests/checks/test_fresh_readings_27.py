"""Readings found with fresh written pages (round 27), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- the menu's "Spoed" names a page

_FRAMED = """Praktijk Hazelaar
Deventer · Zutphen
Home | Wie wij zijn | Aanbod | Kwaliteit | {item} | Contact
Aanbod
Bij Praktijk Hazelaar kun je terecht met somberheid, angst en spanningsklachten. We werken met cognitieve gedragstherapie.
© 2026 Praktijk Hazelaar · privacy"""


def test_a_menu_item_named_spoed_is_no_advice_for_an_emergency():
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/", _FRAMED.format(item="Spoed"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_menu_item_that_asks_about_a_crisis_is_no_advice_either():
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/", _FRAMED.format(item="Crisis?"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_line_of_page_links_that_gives_the_crisis_number_still_counts():
    # twin: a top bar with a phone number to call in a crisis is advice, menu or not
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/",
                       _FRAMED.format(item="Spoed? Bel 0570 612 448"))
    assert judge("2b-6", snap).status == "voldoet_bijna"

