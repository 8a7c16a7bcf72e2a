"""Readings found with fresh written pages (round 26), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- what the practice says it is not

_CONTACT = """Contact
Praktijk Zeggeveld, Rietkraag 12, Zwolle
Wij zijn op dinsdag en vrijdag tussen 8.45 en 9.30 uur telefonisch bereikbaar. Spreekt u buiten die tijd een bericht in, dan bellen wij u dezelfde week terug.
{crisis}"""


def test_a_practice_that_says_it_is_no_crisis_service_names_no_one_to_call():
    snap = corpus_site("https://www.praktijkzeggeveld.example/contact/",
                       _CONTACT.format(crisis="Let wel: Praktijk Zeggeveld is nadrukkelijk geen crisisdienst."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_a_practice_that_says_it_is_no_crisis_service_and_names_one_does():
    # twin: it goes on to name whom to call
    snap = corpus_site("https://www.praktijkzeggeveld.example/contact/",
                       _CONTACT.format(crisis="Wij zijn geen crisisdienst; bel bij een crisis uw huisarts of 's avonds de huisartsenpost."))
    assert judge("2b-6", snap).status == "voldoet"


def test_an_english_practice_that_is_not_a_crisis_service_names_no_one():
    snap = corpus_site("https://www.zeggeveld-therapy.example/contact/",
                       "Contact\nYou can reach me by phone on Tuesdays between 9 and 10. Outside those hours, leave a message and I will call you back.\n"
                       "Please note that this practice is not a crisis service.")
    assert judge("2b-6", snap).status == "voldoet_bijna"
