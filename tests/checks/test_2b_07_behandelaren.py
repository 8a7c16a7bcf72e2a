from check_helpers import judge, page, site

T = "https://praktijk.example/over-ons/team"


def test_named_practitioner_with_registration_voldoet():
    snap = site(page(T, "# Ons team", "# Marieke van den Berg",
                     "Marieke is GZ-psycholoog (BIG 49012345678) en gespecialiseerd in angst en trauma.",
                     "Zij behandelt ook in het Engels."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Marieke van den Berg" in f.details["practitioners"]
    assert "GZ-psycholoog" in f.details["characteristics"]


def test_initials_and_title():
    snap = site(page(T, "De behandelingen worden uitgevoerd door drs. J.P. Jansen, klinisch psycholoog en psychotherapeut."))
    assert judge("2b-7", snap).status == "voldoet"


def test_names_only_is_bijna():
    snap = site(page(T, "In de praktijk werken Sanne de Vries en Peter Bakker."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet_bijna"


def test_generic_team_is_bijna():
    snap = site(page(T, "Ons team bestaat uit ervaren GZ-psychologen en psychotherapeuten."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_general_explanation_of_professions_is_not_a_team():
    snap = site(page("https://praktijk.example/beroepen", "# De GZ-psycholoog",
                     "Een GZ-psycholoog heeft na de studie psychologie een tweejarige opleiding gevolgd en staat in het BIG-register."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_famous_therapists_are_not_practitioners():
    snap = site(page("https://praktijk.example/therapie",
                     "Bekende grondleggers van deze stroming zijn onder andere Albert Ellis en Aaron Beck."))
    assert judge("2b-7", snap).status != "voldoet"


def test_privacy_contact_with_big_number_is_no_practitioner_description():
    snap = site(page("https://praktijk.example/privacyverklaring", "# Privacyverklaring",
                     "Vragen over uw persoonsgegevens kunt u stellen aan Esther Jansen, BIG-registratienummer 12345678901."))
    assert judge("2b-7", snap).status != "voldoet"
