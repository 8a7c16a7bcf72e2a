"""Readings found with fresh written pages (round 23), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- a client's story by its subtitle

_STORY = """"Ik dacht dat ik het wel alleen kon"
Een cliëntverhaal
Joost (34) werkt als monteur en kwam vorig jaar bij ons terecht. Hij schreef dit zelf en vond het goed dat we het delen.
Jaren geleden had ik al eens CGT gehad bij een psycholoog in Deventer, toen ging het over faalangst op school.
Mijn zus zweert bij mindfulness, maar stil zitten is niks voor mij.
Nu fiets ik weer naar mijn werk en slaap ik beter. Het is niet allemaal opgelost, maar ik weet wat ik kan doen.
Meer verhalen"""


def test_a_page_under_a_client_story_subtitle_offers_no_method():
    snap = corpus_site("https://www.praktijkijsselzicht.example/verhalen/joost/", _STORY)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_lines_under_a_subtitle_of_the_practice_s_offer_name_methods():
    text = _STORY.replace("Een cliëntverhaal", "Onze behandelingen").replace(
        "Jaren geleden had ik al eens CGT gehad bij een psycholoog in Deventer, toen ging het over faalangst op school.",
        "Wij werken met CGT en EMDR.")
    snap = corpus_site("https://www.praktijkijsselzicht.example/verhalen/joost/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


def test_experiences_as_a_section_heading_under_the_page_title_are_no_story_page():
    # "Ervaringen" right under the first heading is a section of a treatment page, not the page's kind
    text = """Behandeling bij somberheid
Ervaringen
Veel cliënten vertellen dat de eerste weken het zwaarst zijn.
Wij werken met CGT en EMDR. In de CGT onderzoek je samen met je behandelaar welke gedachten je somberheid in stand houden."""
    snap = corpus_site("https://www.praktijkijsselzicht.example/behandeling/somberheid/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"
