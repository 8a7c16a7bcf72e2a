"""2b-9: a client's story and an intake stop name steps of care without describing the practice's route
(passages written for these tests)."""
from check_helpers import judge, page, site

P = "https://praktijk.example"


def test_a_page_of_experiences_is_no_route():
    snap = site(page(P + "/ervaringen-ouders", "# Wat ouders zeggen",
                     "Mijn zoon had faalangst. Na de behandeling gaat hij weer met plezier naar school."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_an_intake_stop_is_no_step():
    for text in ("Tijdens de vakantie nemen wij geen nieuwe aanmeldingen aan.", "During the summer we do not take new referrals."):
        assert judge("2b-9", site(page(P + "/vakantie", "# Vakantie", text))).status == "voldoet_niet", text
    # registration described as a step still counts
    snap = site(page(P + "/aanmelden", "# Aanmelden", "U kunt zich aanmelden via het aanmeldformulier op deze website."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
