"""2b-7: two shapes of practitioner information that real sites use, and a reader's question that is none. A name written as initials with
the given name in brackets ("drs. L. (Lieke) Bakker", "K. (Karin) Jansen") is a name; a run of given
names under a heading about who works there ("Wie werkt hier?", "Who works here?") names the
practice's people, also on a location page.

Passages written for these tests. Each case has a twin: the same lines in another place do not count."""
import pytest

from check_helpers import judge, page, site


@pytest.mark.parametrize("line", [
    "drs. M. (Marloes) Verbeek - GZ-psycholoog, BIG 29012345625",
    "T. (Thijs) van Gelder, psychotherapeut, BIG 19098765416, lid NVP",
    "Mw. A.M. (Anne-Marie) de Wolf, klinisch psycholoog",
])
def test_initials_with_the_given_name_in_brackets_are_a_named_practitioner(line):
    snap = site(page("https://praktijkdewilg.example/locaties/deventer", "# Locatie Deventer",
                     "Op deze locatie werken:", f"- {line}", title="Locatie Deventer"))
    finding = judge("2b-7", snap)
    assert finding.status == "voldoet"


def test_the_same_card_without_a_profession_is_no_practitioner_description():
    snap = site(page("https://praktijkdewilg.example/locaties/deventer", "# Locatie Deventer",
                     "Op deze locatie werken:", "- drs. M. (Marloes) Verbeek", title="Locatie Deventer"))
    assert judge("2b-7", snap).status != "voldoet"


@pytest.mark.parametrize("heading", ["Wie werkt hier?", "Who works here?", "Het team in Zwolle"])
def test_given_names_under_a_heading_about_who_works_there_are_the_practices_people(heading):
    snap = site(page("https://praktijkdewilg.example/locaties/zwolle", "# Locatie Zwolle",
                     "De praktijk in Zwolle ligt aan de Thorbeckegracht.", f"# {heading}",
                     "- Anna", "- Joost", "- Mark", "- Sanne", title="Locatie Zwolle"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_given_names_under_another_heading_are_not():
    snap = site(page("https://praktijkdewilg.example/locaties/zwolle", "# Locatie Zwolle",
                     "De praktijk in Zwolle ligt aan de Thorbeckegracht.", "# Parkeren",
                     "- Anna", "- Joost", "- Mark", "- Sanne", title="Locatie Zwolle"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- professions that name no team

@pytest.mark.parametrize("line", [
    "Hoe controleer ik of een psycholoog of psychotherapeut bevoegd is?",
    "How do I check whether a psychologist or psychotherapist is registered?",
])
def test_a_readers_question_or_an_association_named_after_a_profession_is_no_team(line):
    snap = site(page("https://praktijkdewilg.example/registers", "# Titels en registers", line, title="Titels en registers"))
    assert judge("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "In ons team werken GZ-psychologen en psychotherapeuten.",
    "Onze psychologen zijn lid van de Nederlandse Vereniging van GZ-psychologen.",
])
def test_the_teams_own_professions_still_count(line):
    snap = site(page("https://praktijkdewilg.example/team", "# Ons team", line, title="Ons team"))
    assert judge("2b-7", snap).status == "voldoet_bijna"



@pytest.mark.parametrize("caption", [
    "Op de foto van links naar rechts: Joost, Mirjam, Anouk en Pieter.",
    "Photo: our team in the garden. From left: Bart, Ingrid, Hatice and Laura.",
])
def test_given_names_under_a_team_photo_are_the_practices_people(caption):
    snap = site(page("https://praktijkdewilg.example/over-ons", "# Over ons",
                     "Wij zijn een kleine praktijk in het centrum van Zwolle.", caption, title="Over ons"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_two_names_or_other_words_after_a_colon_are_no_team():
    snap = site(page("https://praktijkdewilg.example/over-ons", "# Over ons",
                     "Wij zijn een kleine praktijk in het centrum van Zwolle.",
                     "Onze favoriete plekken: Zwolle, Kampen, Deventer en Hattem.", title="Over ons"))
    assert judge("2b-7", snap).status == "voldoet_niet"
