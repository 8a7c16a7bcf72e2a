from check_helpers import judge, page, site

B = "https://praktijk.example/basis-ggz"


def test_short_and_generalist_explained_voldoet():
    snap = site(page(B, "# Generalistische basis GGZ",
                     "Onze behandeling is kortdurend: meestal volstaan 5 tot 12 gesprekken, en we werken naar tijdig afronden.",
                     "We werken klachtgericht en richten ons op uw dagelijks functioneren en uw eigen kracht.",
                     "Voor complexe problematiek verwijzen we naar de specialistische GGZ."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert f.details["count"]


def test_session_count_alone_is_bijna():
    snap = site(page(B, "Een behandeling bestaat gemiddeld uit 8 sessies."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_word_kortdurend_alone_is_bijna():
    snap = site(page(B, "Wij bieden kortdurende behandelingen."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna"
    assert "kortdurend" in f.reason


def test_basis_ggz_on_referral_letter_is_nothing():
    snap = site(page("https://praktijk.example/verwijzing", "# Eisen verwijsbrief",
                     "- vermelding dat u verwezen wordt naar de basis GGZ", "- de AGB-code van de verwijzer"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_intake_sessions_are_no_treatment_length():
    snap = site(page(B, "De intake bestaat uit twee tot drie gesprekken."))
    assert judge("2b-10", snap).status == "voldoet_niet"
