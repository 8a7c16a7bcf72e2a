"""2b-10 on wordings the check was not tuned on (own passages, Dutch and English): the referral a terms page
sets for the practice's own care, the intake counted in with the treatment, money in a clause of its own,
the care kept short on purpose, breadth instead of specialisation in any word form, a short course of
therapy, longer or specialised care referred elsewhere, and a course for colleagues."""
import pytest

from check_helpers import judge, judge_site, page, site


# ---------------------------------------------------------------- a terms page names the care type its referral needs

@pytest.mark.parametrize("url, title, text", [
    ("https://praktijk.example/algemene-voorwaarden", "Algemene voorwaarden",
     "Voor vergoeding door de verzekeraar heeft u een verwijzing nodig waarin staat dat u bent verwezen naar de generalistische basis GGZ."),
    ("https://praktijk.example/voorwaarden", "Voorwaarden",
     "De zorgverzekeraar vergoedt de behandeling als de huisarts u verwijst naar de basis GGZ en een stoornis vermoedt."),
    ("https://praktijk.example/en/terms", "Terms and conditions",
     "Your insurer reimburses treatment when your GP has written a referral saying you are referred to generalist basic mental health care."),
    ("https://praktijk.example/en/general-terms", "General terms",
     "The psychologists of this practice follow the professional code for psychologists. A referral for basic mental health care from your doctor is required."),
])
def test_referral_on_a_terms_page_names_the_own_care_type(url, title, text):
    snap = site(page(url, f"# {title}", "Deze voorwaarden gelden voor elke behandelovereenkomst met de praktijk.", text))
    assert judge_site("2b-10", snap).status == "voldoet_bijna"


def test_terms_page_without_referral_stays_niet():
    snap = site(page("https://praktijk.example/algemene-voorwaarden", "# Algemene voorwaarden",
                     "Deze voorwaarden gelden voor elke behandelovereenkomst.", "Een afspraak zegt u uiterlijk 24 uur vooraf af."))
    assert judge_site("2b-10", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Voor vergoeding is een verwijzing van de huisarts nodig voor de generalistische basis GGZ.",
    "U heeft een verwijzing van uw huisarts of bedrijfsarts nodig voor de basis GGZ.",
    "You need a referral from your own GP for generalist basic mental health care.",
])
def test_referral_with_the_referrer_named_in_between(text):
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden", text))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# ---------------------------------------------------------------- the intake counted in with the treatment

@pytest.mark.parametrize("text", [
    "Intake en behandeling samen omvatten meestal 6 tot 10 gesprekken.",
    "Een traject telt vaak zes tot negen gesprekken, inclusief de intake.",
    "All in all, therapy takes about eight sessions including the intake.",
    "Treatment usually takes five to ten sessions; the intake is included in that number.",
])
def test_count_with_the_intake_counted_in_is_the_length_of_the_care(text):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", text))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna" and f.details["count"]


def test_count_of_the_intake_alone_stays_out():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "De intake bestaat uit 2 gesprekken."))
    assert judge("2b-10", snap).status == "voldoet_niet"


# A count in a sentence that also speaks of money stays out, also when the money has a clause of its own: reading
# such a clause apart turned a set-aside page on costs into a false "voldoet" (the count is then left to other sentences).
@pytest.mark.parametrize("text", [
    "Je start zodra er plek is; een behandeling beslaat vaak 5 tot 12 gesprekken, en het tarief omvat ook de indirecte tijd.",
    "Most treatments take six to ten sessions, and the fee your insurer pays also covers time spent on reports.",
])
def test_count_beside_money_in_one_sentence_stays_out(text):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", text))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_price_of_the_first_sessions_stays_billing():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven", "De eerste 2 gesprekken kosten 95 euro per gesprek."))
    assert judge("2b-10", snap).status == "voldoet_niet"


# ---------------------------------------------------------------- the short and the generalist side in other words

_GEN = "De psycholoog richt zich op de klachten waar je nu last van hebt en op hoe je weer kunt functioneren."


@pytest.mark.parametrize("text", [
    "Het streven is de behandeling zo beperkt mogelijk te houden.",
    "We houden de therapie bewust kort.",
    "We aim to keep treatment brief and focused.",
    "Wij houden de behandeling zo kort als het kan.",
])
def test_care_kept_short_on_purpose_explains_the_short_side(text):
    snap = site(page("https://praktijk.example/aanpak", "# Onze aanpak", "Wij bieden behandeling in de basis GGZ.",
                     text, _GEN))
    assert judge("2b-10", snap).status == "voldoet"


@pytest.mark.parametrize("text", [
    "De psycholoog weet veel van uiteenlopende psychische problemen in de breedte.",
    "Onze psychologen helpen bij veel voorkomende klachten, in plaats van gespecialiseerd te zijn in één stoornis.",
    "Our psychologists help with many common complaints instead of specialising in one disorder.",
])
def test_breadth_in_any_word_form_is_the_generalist_side(text):
    snap = site(page("https://praktijk.example/basis-ggz", "# Generalistische basis GGZ",
                     "De praktijk biedt kortdurende, klachtgerichte hulp in de generalistische basis GGZ.", text))
    f = judge("2b-10", snap)
    assert "breed" in f.details["generalist_explained"]


@pytest.mark.parametrize("text", [
    "We offer a short course of therapy for adults.",
    "We offer a brief course of counselling sessions.",
    "Wij bieden een korte reeks gesprekken aan.",
])
def test_a_short_course_of_therapy_is_short_care(text):
    snap = site(page("https://praktijk.example/aanbod", "# Aanbod", text))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna" and f.details["short"]


@pytest.mark.parametrize("texts", [
    ("We offer a short course of therapy for people with mild to moderate complaints such as stress or low mood.",
     "Together we set concrete goals and work on them in a limited number of sessions.",
     "If you need longer or more specialised help, we refer you to a colleague."),
    ("Wij helpen volwassenen met lichte tot matige klachten in een beperkt aantal gesprekken, met concrete doelen.",
     "Heb je langere of meer gespecialiseerde hulp nodig, dan verwijzen we je door."),
    ("I work with clients with mild to moderate anxiety, in a limited number of sessions with concrete goals.",
     "For long-term or intensive treatment I refer clients to specialised care."),
])
def test_longer_or_specialised_care_referred_elsewhere_is_the_generalist_side(texts):
    snap = site(page("https://praktijk.example/approach", "# How we work", *texts))
    assert judge("2b-10", snap).status == "voldoet"


def test_referral_elsewhere_without_the_scope_stays_bijna():
    snap = site(page("https://praktijk.example/approach", "# How we work",
                     "We work in a limited number of sessions.", "If you need more specialised help, we refer you."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# ---------------------------------------------------------------- a course for colleagues is not the practice's care

@pytest.mark.parametrize("items", [
    ("# Cursus kortdurend werken in de basis GGZ", "Deze scholing is bedoeld voor psychologen en POH-GGZ.",
     "U leert in een beperkt aantal sessies klachtgericht te werken met cliënten met lichte tot matige klachten."),
    ("# Brief therapy course", "This course is intended for therapists working in basic mental health care.",
     "You learn to help clients with mild to moderate complaints in a limited number of sessions, focused on daily functioning."),
    ("# Training", "Accreditatie is aangevraagd bij het NIP.",
     "Deelnemers oefenen met kortdurende, klachtgerichte behandeling van lichte tot matige klachten in zes sessies."),
])
def test_a_course_for_colleagues_draws_no_verdict(items):
    snap = site(page("https://opleiding.example/aanbod", *items))
    assert judge_site("2b-10", snap).status == "voldoet_niet"


# ---------------------------------------------------------------- the referral letter states the basis GGZ it asks for

@pytest.mark.parametrize("text", [
    "Op de verwijsbrief vermeldt de arts zijn AGB-code, uw gegevens en of hij een kortere (generalistische basis) of een langere behandeling adviseert.",
    "Your doctor's letter needs an AGB code and should say whether generalist basis treatment is advised.",
    "Uw verwijsbrief moet de vermelding basis GGZ bevatten.",
])
def test_the_referral_letter_naming_the_basis_ggz_is_the_own_care_type(text):
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden", text))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_referral_letter_without_the_care_type_stays_niet():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden", "Op de verwijsbrief staan de AGB-code van de arts en uw klachten."))
    assert judge("2b-10", snap).status == "voldoet_niet"


# ---------------------------------------------------------------- the generalist side in everyday words

@pytest.mark.parametrize("texts", [
    ("If you come to us, expect a brief treatment of about six to eight sessions.",
     "We work on the problems that trouble you most right now and on getting back to work and family life, using what you are already good at."),
    ("Bij ons duurt een behandeling kort, meestal zes tot acht gesprekken.",
     "We werken aan de klachten waar je nu last van hebt en aan hoe je weer terug naar je werk kunt, vanuit wat je al goed kunt."),
    ("De meeste cliënten ronden hun behandeling af binnen acht tot tien gesprekken.",
     "Onze zorg is kortdurend en richt zich op je klachten en je dagelijks functioneren."),
    ("We are a small practice for basic mental health care.",
     "Our therapists treat a broad range of common complaints. Treatment typically takes five to twelve sessions."),
])
def test_generalist_side_in_everyday_words(texts):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", *texts))
    assert judge("2b-10", snap).status == "voldoet"


def test_a_count_alone_with_a_broad_range_of_methods_stays_bijna():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "We use a broad range of methods. Treatment typically takes five to twelve sessions."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Neem een verwijsbrief mee voor de specialistische GGZ, geschreven door de huisarts of door de basis GGZ psycholoog bij wie u nu loopt.",
    "You need a referral letter for specialised care from your GP or your current basic mental health care provider.",
])
def test_the_basis_ggz_as_the_referrer_in_the_letter_stays_niet(text):
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden", text))
    assert judge("2b-10", snap).status == "voldoet_niet"


# ---------------------------------------------------------------- the explanation before the count in one paragraph,
# finishing within a period, easing the complaints, building on what goes well

def _para(*sentences: str):
    return site(page("https://praktijk.example/werkwijze", "# Werkwijze", " ".join(sentences)))


@pytest.mark.parametrize("sentences", [
    ("We kijken naar hoe je weer kunt functioneren op je werk en thuis, en naar wat je zelf al kunt.",
     "Dat doen we in een kortdurende behandeling.", "Meestal zijn zes tot negen gesprekken genoeg."),
    ("We look at how you can function again at work and at home, and at what you can do yourself.",
     "We do so in short-term therapy.", "Most people need six to nine sessions."),
])
def test_explanation_before_the_count_in_the_same_paragraph(sentences):
    assert judge("2b-10", _para(*sentences)).status == "voldoet"


@pytest.mark.parametrize("text", [
    "Als psycholoog in de basis GGZ bied ik kortdurende hulp; we ronden de behandeling meestal binnen een half jaar af.",
    "Ik bied kortdurende hulp in de basis GGZ, die doorgaans binnen drie maanden is afgerond.",
    "I offer short-term help in basic mental health care and complete most treatments within three months.",
])
def test_care_finished_within_a_period_explains_the_short_side(text):
    snap = site(page("https://praktijk.example/over", "# Over mij", text,
                     "We richten ons op het verminderen van je klachten en op je veerkracht."))
    assert judge("2b-10", snap).status == "voldoet"


@pytest.mark.parametrize("text", [
    "Samen zoeken we naar wat al goed gaat in je leven.",
    "We look at what already works for you, so you can carry on by yourself.",
    "We concentrate on easing your symptoms.",
])
def test_own_strength_and_complaints_in_other_words(text):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "Wij bieden kortdurende behandeling in de basis GGZ.", text))
    f = judge("2b-10", snap)
    assert f.details["generalist_explained"], f.details


@pytest.mark.parametrize("texts", [
    ("Behandelduur: maximaal 8 sessies.", "We werken aan je klachten en aan je dagelijks leven.", "Voor complexe problematiek verwijzen we door."),
    ("Treatment takes at most eight sessions.", "We work on how you cope with daily life.", "Clients with severe problems we refer to a colleague."),
    ("Een traject duurt hooguit tien gesprekken.", "Ik help je weer te functioneren op je werk.", "Bij ernstige stoornissen verwijs ik je naar een andere zorgaanbieder."),
])
def test_heavier_problems_referred_elsewhere_is_the_generalist_side(texts):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", *texts))
    assert judge("2b-10", snap).status == "voldoet"


def test_heavier_problems_referred_elsewhere_alone_says_nothing_of_the_length():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "Voor complexe problematiek verwijzen we door."))
    assert judge("2b-10", snap).status == "voldoet_niet"
