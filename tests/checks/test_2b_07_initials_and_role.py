"""2b-7: a named practitioner written with initials or after the role they hold in the practice (passages
written for these tests). "J. de Boer staat ingeschreven als psychotherapeut" names a person with a protected
title as much as "Jan de Boer is psychotherapeut", also inside a passage on reimbursement, where a tariff line
("consult GZ-psycholoog 120 euro") still names no one."""
import pytest

from check_helpers import judge, page, site

P = "https://praktijkbeukenlaan.example"


@pytest.mark.parametrize("text", [
    "De behandeling valt onder de basisverzekering: R. van Dam staat in het BIG-register vermeld als klinisch psycholoog.",
    "De zorg wordt vergoed. W.J. Kuipers staat ingeschreven als psychotherapeut.",
    "Over de praktijk: T. Hendriks staat in het BIG-register als GZ-psycholoog.",
    "Vergoeding is mogelijk via uw polis: de praktijkhouder Lotte Verbeek staat als GZ-psycholoog in het BIG-register.",
    "Treatment is covered by your basic insurance: the owner Ruth Bakker is registered as a healthcare psychologist.",
])
def test_a_named_practitioner_with_initials_or_role_meets(text):
    snap = site(page(P + "/praktisch", "# Praktisch", text, title="Praktisch"))
    assert judge("2b-7", snap).status == "voldoet"


@pytest.mark.parametrize("text", [
    "Tarieven: consult GZ-psycholoog 120 euro; intake 150 euro.",
    "De zorg wordt vergoed als u een verwijzing heeft: de huisarts verwijst naar een GZ-psycholoog.",
    "Volgens de bekende psycholoog A. Beck staat de therapeut naast de cliënt.",
])
def test_no_named_practitioner_there(text):
    snap = site(page(P + "/praktisch", "# Praktisch", text, title="Praktisch"))
    assert judge("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "De GZ-psychologen en orthopedagogen van het Jeugdhuis hebben zich breed geschoold in behandeltechnieken.",
    "De psychologen en psychotherapeuten van Beukenlaan Psychologie stemmen elke week de behandelplannen af.",
])
def test_disciplines_of_a_named_place_without_names_are_bijna(text):
    snap = site(page(P + "/aanpak", "# Aanpak", text, title="Aanpak"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "De psychologen van Nederland vinden een korte wachttijd belangrijk.",
    "In de basis ggz bespreken de psychologen van Zorggroep Oost het plan met de huisarts.",
])
def test_disciplines_of_the_country_or_the_sector_are_not_the_team(text):
    snap = site(page(P + "/blog/nieuws", "# Nieuws", text, title="Nieuws"))
    assert judge("2b-7", snap).status == "voldoet_niet"
