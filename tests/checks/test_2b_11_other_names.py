"""2b-11: a method word that names something else is no method of the practice: the care of another
provider (the POH-GGZ at the GP), a hospital whose acronym is a method's ("ziekenhuis MST", "Medisch
Spectrum Twente (MST)"), and "inzichtgevend" said of a conversation, not of a therapy.

Passages written for these tests. Each case has a twin that still counts, so that the reading cannot
simply have been switched off."""
import pytest

from check_helpers import judge, one_page



# --------------------------------------------------------------------------- another provider's care

@pytest.mark.parametrize("line", [
    "De POH-GGZ van uw huisarts biedt eerst enkele gesprekken, soms met oplossingsgerichte gesprekstherapie.",
    "Bij de praktijkondersteuner van de huisarts kunt u vaak terecht voor een paar gesprekken met elementen uit de CGT.",
    "At your GP practice the POH-GGZ may first offer a few sessions of solution-focused counselling.",
    "Het wijkteam biedt soms ouderbegeleiding aan gezinnen in de buurt.",
])
def test_a_method_of_another_providers_care_is_not_the_practices(line):
    snap = one_page("https://praktijkdelinde.example/huisarts", "Huisarts en POH-GGZ", line,
                     "Blijkt meer hulp nodig, dan verwijst de huisarts naar de basis GGZ.")
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "De POH-GGZ kan u naar ons verwijzen; bij ons krijgt u dan CGT of EMDR.",
    "Your GP's POH-GGZ may refer you to us, and in our practice we offer CBT and EMDR.",
])
def test_the_practices_own_methods_beside_another_provider_still_count(line):
    snap = one_page("https://praktijkdelinde.example/huisarts", "Huisarts en POH-GGZ", line)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a hospital's acronym

@pytest.mark.parametrize("line", [
    "Onze praktijk ligt op vijf minuten lopen van het ziekenhuis MST, vlak bij de bushalte.",
    "De praktijk zit in het gezondheidscentrum tegenover Medisch Spectrum Twente (MST), op de eerste verdieping.",
    "Our practice is a five-minute walk from the MST hospital, next to the bus stop.",
])
def test_a_hospitals_acronym_is_no_method(line):
    snap = one_page("https://psychologenhengelo.example/route", "Route en parkeren", line,
                     "Parkeren kan gratis in de straat.")
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Voor gezinnen met ernstige gedragsproblemen bieden wij Multisysteemtherapie (MST).",
    "Wij bieden MST aan gezinnen met jongeren die ernstig vastlopen.",
    "Bij angst en somberheid bieden wij Cognitive Behavioural Therapy (CBT) in het Engels.",
])
def test_a_method_spelled_out_or_offered_by_its_acronym_still_counts(line):
    snap = one_page("https://jeugdpraktijkhengelo.example/aanbod", "Aanbod", line)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- "inzichtgevend"

@pytest.mark.parametrize("line", [
    "In een eerste, inzichtgevend gesprek kijken we samen naar uw vraag; dit gesprek is vrijblijvend.",
    "Veel cliënten vinden het kennismakingsgesprek al inzichtgevend.",
])
def test_an_insightful_conversation_is_no_method(line):
    snap = one_page("https://praktijkbloei.example/kennismaken", "Kennismaken", line)
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Ik werk met inzichtgevende therapie en met oplossingsgerichte therapie.",
    "Naast CGT bied ik inzichtgevende psychotherapie voor wie zijn patronen wil begrijpen.",
])
def test_insight_oriented_therapy_is_still_a_method(line):
    snap = one_page("https://praktijkbloei.example/werkwijze", "Werkwijze", line)
    assert judge("2b-11", snap).status != "voldoet_niet"
