"""2b-11: a method named where it is not the practice's offer to its clients (passages written for these tests)."""
from check_helpers import judge, page, site


def status(url: str, *items: str, title: str = "") -> str:
    return judge("2b-11", site(page(url, *items, title=title))).status


def test_a_vision_page_weighing_methods_is_no_offer_unless_the_practice_says_it_works_with_them():
    url = "https://praktijkwilgen.example/visie"
    assert status(url, "# Onze visie", "Wij geloven in de kracht van mensen.",
                  "Een methode als schematherapie of EMDR is een hulpmiddel; de relatie telt zwaarder.") == "voldoet_niet"
    assert status(url, "# Onze visie", "Wij geloven in de kracht van mensen.",
                  "Daarom werk ik met schematherapie en EMDR.") == "voldoet_bijna"


def test_the_history_of_a_method_is_no_offer():
    assert status("https://praktijkduin.example/over-act", "# Hoe ACT begon",
                  "Acceptance and Commitment Therapy werd in de jaren tachtig ontwikkeld door Steven Hayes.",
                  "De methode verspreidde zich daarna snel over Europa.") == "voldoet_niet"


def test_the_subject_of_a_lecture_or_a_study_is_no_offer():
    assert status("https://praktijkheide.example/agenda-najaar", "# Najaar",
                  "Op 3 oktober volgt een avond met een lezing over trauma en EMDR in het buurthuis.",
                  "Een universiteit doet onderzoek naar de werkzaamheid van schematherapie bij ouderen.") == "voldoet_niet"


def test_a_list_takes_its_role_from_the_sentence_that_opens_it():
    url = "https://praktijkbeek.example/praktisch"
    assert status(url, "# Praktisch", "Uw basisverzekering vergoedt onder meer deze behandelingen:",
                  "- cognitieve gedragstherapie", "- EMDR", "Relatietherapie valt erbuiten.") == "voldoet_niet"
    assert status(url, "# Praktisch", "In de praktijk bieden wij deze behandelingen:",
                  "- cognitieve gedragstherapie", "- EMDR") == "voldoet_bijna"


def test_what_a_profession_does_in_general_is_no_offer():
    assert status("https://zorgberoepen.example/beroepen", "# Beroepen in de ggz",
                  "Een klinisch psycholoog gebruikt vaak methoden als CGT of schematherapie.",
                  "Psychotherapeuten werken daarnaast ook met psychodynamische therapie.") == "voldoet_niet"


def test_a_signed_testimonial_without_quotation_marks_is_no_offer():
    assert status("https://praktijkveld.example/home-ervaring", "# Wat mensen zeggen",
                  "Dankzij de schematherapie begrijp ik mezelf veel beter. - Ilse, 38") == "voldoet_niet"


def test_a_course_whose_page_names_professionals_as_its_audience_is_no_offer():
    assert status("https://traumascholing.example/aanbod-najaar", "# Verdiepingsdag EMDR",
                  "Deze dag is bedoeld voor ervaren psychologen die al met EMDR werken.",
                  "Je oefent met lastige casussen.") == "voldoet_niet"


def test_a_price_line_is_no_offer():
    assert status("https://praktijkmeer.example/praktisch-2", "# Praktisch",
                  "Een sessie schematherapie van 50 minuten kost EUR 118.") == "voldoet_niet"


def test_a_legal_text_under_an_uninformative_title_is_no_offer():
    assert status("https://praktijkeik.example/pagina-9", "Algemene voorwaarden", "# Artikel 4",
                  "De behandeling kan bestaan uit gesprekken, EMDR of cognitieve gedragstherapie.",
                  title="top of page") == "voldoet_niet"


def test_a_guide_about_any_psychologist_is_no_offer():
    assert status("https://werkenstress.example/herstel", "# Herstel na uitval",
                  "Herstel gaat stap voor stap.",
                  "Gesprekken met een psycholoog, bijvoorbeeld met ACT, maken het herstel vaak korter.") == "voldoet_niet"


def test_a_self_help_suggestion_is_no_offer():
    assert status("https://slaaptips.example/beter-slapen", "# Beter slapen",
                  "Ga op vaste tijden naar bed.", "Probeer eens mindfulness voor het slapengaan.") == "voldoet_niet"


def test_the_practice_naming_its_own_methods_still_counts():
    assert status("https://psycholoogjansen.example/", "# Welkom",
                  "Ik help volwassenen met angst en somberheid.", "Ik werk met CGT, EMDR en ACT.") == "voldoet_bijna"
    assert status("https://psycholoogjansen.example/aanbod", "# Aanbod", "- CGT", "- EMDR", "- Schematherapie") == "voldoet_bijna"


def test_a_method_word_in_an_organisation_name_the_english_exposure_and_a_line_in_capitals_name_no_method():
    assert status("https://praktijkzeebries.example/lidmaatschap", "# Lidmaatschap",
                  "We zijn aangesloten bij ACT Nederland en de Vereniging voor Schematherapie.") == "voldoet_niet"
    assert status("https://sunrisecounselling.example/en/winter", "# Winter",
                  "Exposure to bright light early in the day lifts the mood of many people.") == "voldoet_niet"
    assert status("https://praktijkduinzicht.example/nieuw", "# NET GEOPEND: ONZE TWEEDE LOCATIE IN HAARLEM",
                  "De tweede locatie ligt naast het station.") == "voldoet_niet"
    assert status("https://praktijkduinzicht.example/aanbod", "# Aanbod", "Wij bieden ACT en exposure.") == "voldoet_bijna"


def test_a_list_of_other_articles_to_read_is_no_offer():
    assert status("https://praktijkhavik.example/piekeren", "# Piekeren", "In mijn praktijk zie ik veel mensen die piekeren.",
                  "# Lees ook", "- Wat doet schematherapie?", "- Mindfulness in vijf minuten") == "voldoet_niet"
