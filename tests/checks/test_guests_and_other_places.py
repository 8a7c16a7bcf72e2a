"""People and places that are not the practice's own: a guest or speaker named with a profession
(a podcast, a webinar, an interview) is no practitioner of the practice (2b-7); a sentence under a
heading about client experience measures the care, it describes no step of the route (2b-9); a method
received "bij een traumacentrum" or "at a clinic" is another place's care (2b-11).

Passages written for these tests. Each case has a twin that still counts."""
import pytest

from check_helpers import judge, one_page



# --------------------------------------------------------------------------- 2b-7: guests and speakers

@pytest.mark.parametrize("heading,line", [
    ("Podcast", "Onze gast in aflevering 12 is psychotherapeut Joris van Dalen, over rouw bij jonge vaders."),
    ("Podcast", "In aflevering 4 vertelt GZ-psycholoog Meike Hofstra over haar ervaringen met mindfulness bij slaapproblemen."),
    ("Webinar", "Op 9 april spreekt klinisch psycholoog dr. Ruben Aalders, opgeleid in ACT, over werkstress en herstel."),
    ("Events", "Our guest speaker this autumn is clinical psychologist Dr. Hannah Moore, on loneliness."),
])
def test_a_guest_or_speaker_is_not_the_practices_practitioner(heading, line):
    snap = one_page(f"https://praktijkdewilg.example/{heading.lower()}", heading, line,
                     "Luister of kijk terug via de link onderaan deze pagina.")
    assert judge("2b-7", snap).status != "voldoet"


@pytest.mark.parametrize("line", [
    "Joris van Dalen is psychotherapeut en behandelt volwassenen met rouw- en angstklachten.",
    "Joris van Dalen is psychotherapeut. Hij spreekt Engels en Duits en behandelt volwassenen.",
    "Dr. Hannah Moore is a clinical psychologist. She speaks English, Dutch and German.",
    "Meike Hofstra is GZ-psycholoog (BIG 12345678901) en werkt met kinderen en hun ouders.",
])
def test_the_practices_own_practitioner_still_counts(line):
    snap = one_page("https://praktijkdewilg.example/team", "Ons team", line)
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-9: a heading about client experience

@pytest.mark.parametrize("heading", ["Cliëntervaring", "Ervaringsonderzoek", "Client experience"])
def test_an_invitation_after_treatment_under_client_experience_is_no_step(heading):
    snap = one_page("https://praktijkdewilg.example/kwaliteit", heading,
                     "Na de behandeling ontvangt u van ons een uitnodiging per e-mail.",
                     "Meedoen is vrijwillig en anoniem.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_words_on_a_route_page_still_count():
    snap = one_page("https://praktijkdewilg.example/werkwijze", "Werkwijze",
                     "Na de aanmelding volgt een intakegesprek en stellen we samen een behandelplan op.",
                     "Halverwege evalueren we de behandeling.",
                     "Na de behandeling ontvangt u van ons een uitnodiging voor een afsluitend gesprek.")
    assert judge("2b-9", snap).status in ("voldoet", "voldoet_bijna")


# --------------------------------------------------------------------------- 2b-11: care at another place

@pytest.mark.parametrize("line", [
    "Via de huisarts kwam Noor terecht bij een traumacentrum in Zwolle, waar zij EMDR kreeg.",
    "Eerder kreeg Bas schematherapie in een psychiatrische kliniek in het oosten van het land.",
    "Before moving here, Emma had a course of CBT at a clinic in London.",
])
def test_a_method_received_at_another_place_is_not_the_practices(line):
    snap = one_page("https://praktijkdewilg.example/een-nieuwe-start", "Een nieuwe start", line,
                     "Nu woont zij in onze stad en heeft zij weer werk.")
    assert judge("2b-11", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "In ons centrum bieden wij EMDR en schematherapie.",
    "At our clinic we offer CBT and EMDR.",
])
def test_the_practices_own_centre_still_counts(line):
    snap = one_page("https://praktijkdewilg.example/aanbod", "Aanbod", line)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: a practitioner's registration

@pytest.mark.parametrize("line", [
    "Na de opleiding tot GZ-psycholoog volgt inschrijving in het BIG-register.",
    "Wie de opleiding afrondt, krijgt een inschrijving in het NIP-register en daarna in het BIG-register.",
])
def test_an_entry_in_a_professional_register_is_no_registration_of_a_client(line):
    snap = one_page("https://praktijkdewilg.example/titels", "Titels in de ggz", line,
                     "Daarna mag de psycholoog de beschermde titel voeren.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_clients_registration_still_counts():
    snap = one_page("https://praktijkdewilg.example/werkwijze", "Werkwijze",
                     "Na uw inschrijving volgt een intakegesprek, waarna we samen een behandelplan opstellen.",
                     "Tijdens de behandeling evalueren we regelmatig hoe het gaat.")
    assert judge("2b-9", snap).status in ("voldoet", "voldoet_bijna")
