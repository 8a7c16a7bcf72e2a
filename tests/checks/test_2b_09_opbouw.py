from check_helpers import judge, page, site

W = "https://praktijk.example/werkwijze"


def test_whole_path_on_one_page_voldoet():
    snap = site(page(W, "# Werkwijze",
                     "Na uw aanmelding nodigen wij u uit voor een intakegesprek.",
                     "Daarna stellen we samen een behandelplan op met concrete doelen.",
                     "Tijdens de behandeling evalueren we tussentijds de voortgang.",
                     "De behandeling wordt afgerond met een eindevaluatie en afspraken over terugvalpreventie."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"
    assert f.details["phases_on_best_page"] == ["end", "middle", "start"]


def test_only_intake_is_bijna():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "U kunt zich aanmelden via het contactformulier; daarna bellen wij u voor een korte screening.",
                     "Vervolgens plannen we een intakegesprek in."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "afronding" in f.reason


def test_phases_across_treatment_pages():
    snap = site(page("https://praktijk.example/aanmelden", "Na de aanmelding volgt binnen twee weken een intakegesprek."),
                page("https://praktijk.example/behandeling", "Na de intake maken we samen een behandelplan.",
                     "De behandeling wordt in overleg afgesloten met een eindgesprek."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet"


def test_tariff_mentions_are_no_care_path():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven",
                     "Het intakegesprek kost € 120,-.", "Na afronding van de behandeling ontvangt u de factuur."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_measurement_at_end_is_no_end_phase():
    snap = site(page("https://praktijk.example/kwaliteit",
                     "Bij afsluiting van de behandeling vragen wij u een vragenlijst in te vullen."))
    assert judge("2b-9", snap).status == "voldoet_niet"
