"""2b-9: a profession's register is no client's registration, and an English sentence on who
conducts the intake tells the practice's first step (own passages)."""
from check_helpers import judge, page, site


def test_register_of_the_profession_is_no_registration_step():
    snap = site(page("https://praktijk.example/en/about-therapy", "# About therapy",
                     "Clinical psychologists are a profession whose registration is regulated by Dutch law.",
                     "Only those who first complete the required training get a registration in the BIG register and may then use the protected title.",
                     "Some of them can also prescribe medicine because of that registration."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_english_intake_conducted_by_the_lead_practitioner_is_a_step():
    snap = site(page("https://praktijk.example/en/quality", "# Quality statement",
                     "Our practice offers generalist basic mental health care for adults.",
                     "The intake is conducted by the lead practitioner, who also keeps an eye on the whole treatment."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_dutch_intake_done_by_the_practitioner_stays_a_step():
    snap = site(page("https://praktijk.example/kwaliteit", "# Kwaliteitsstatuut",
                     "Onze praktijk biedt generalistische basis ggz voor volwassenen.",
                     "Het intakegesprek wordt gedaan door de regiebehandelaar van de praktijk."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
