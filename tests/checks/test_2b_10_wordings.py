"""2b-10 read across wordings: English names of the short and generalist character, "short-term"
used predicatively, a question line set as a paragraph heading its section, a range of sessions
from "a few" up to a number. Passages written for these tests."""
from check_helpers import judge, page, site

B = "https://praktijk.example/werkwijze"


def test_english_short_term_before_a_conjunction_is_the_way_of_working():
    snap = site(page(B, "# How we work",
                     "Our psychologists work in a way that is short-term and easy to reach.",
                     "We focus on how you function in daily life and on your own strengths."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert "kortdurend" in f.details["short"]


def test_english_short_term_named_as_a_term_is_the_care():
    snap = site(page(B, "# Our approach",
                     "Short-term means that we keep the number of sessions as small as we can.",
                     "We look at your daily functioning and at your own strengths."))
    assert "kortdurend" in judge("2b-10", snap).details["short"]


def test_short_term_contract_stays_something_else():
    snap = site(page(B, "# Vacancies for our front desk",
                     "We offer a short-term contract for the summer months at the front desk."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_english_basic_care_section_with_its_scope_and_length_voldoet():
    snap = site(page("https://praktijk.example/en/care", "# Our care",
                     "At our practice you can get Basis GGZ or specialised mental health care.",
                     "# Basic mental health care",
                     "This care is meant for adults whose problems are mild to moderately severe.",
                     "Most clients recover with a short treatment of roughly five to ten sessions.",
                     "# Specialised mental health care",
                     "This is for severe and complex problems."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert "niet complex" in f.details["generalist_explained"]


def test_question_line_over_a_section_heads_the_estimate_of_the_sessions():
    snap = site(page(B, "# Zo werken wij",
                     "Wij werken kortdurend en klachtgericht.",
                     "U kunt bij ons terecht met lichte tot matige klachten.",
                     "Hoe lang en hoe vaak?",
                     "Ieder mens is anders.",
                     "Ook uw klachten zijn uniek.",
                     "Hoeveel gesprekken u nodig heeft, bepalen we samen aan het begin van de behandeling."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"


def test_range_from_a_few_sessions_up_to_a_number_is_a_length():
    snap = site(page(B, "# Treatment",
                     "The treatment we offer takes anywhere from a few sessions up to about 12."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["count"]


def test_an_open_ended_count_is_no_limit_of_the_care():
    for sentence in ("Hoe lang je bij ons in behandeling bent verschilt: van zo'n 6 gesprekken tot meer dan 40.",
                     "Sommige cliënten komen meer dan 25 sessies, afhankelijk van wat er speelt.",
                     "Treatment length varies a lot, from about 7 sessions to more than 35 in total.",
                     "We usually meet for at least ten sessions before we look back together."):
        assert judge("2b-10", site(page(B, sentence))).status == "voldoet_niet", sentence


def test_a_count_with_an_upper_bound_still_counts():
    for sentence in ("Een behandeling bij ons duurt meestal 6 tot 10 gesprekken.",
                     "Treatment with us usually takes five to eight sessions."):
        assert judge("2b-10", site(page(B, sentence))).status == "voldoet_bijna", sentence


# --- readings added for the blind6/7 round (passages written for these tests) ---

def test_functioning_with_the_verb_last_explains_the_generalist_care():
    snap = site(page(B, "# Kort en gericht",
                     "Onze praktijk hoort bij de basis GGZ en de behandeling telt meestal zes tot negen gesprekken.",
                     "Dat houdt in dat de hulp vooral op uw functioneren thuis en op het werk gericht is, en dat we uitgaan "
                     "van wat u zelf al in huis heeft."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert {"functioneren", "eigen kracht"} <= set(f.details["generalist_explained"])


def test_english_practice_named_by_its_name_offers_basic_care_and_explains_it():
    snap = site(page("https://praktijk.example/en/how-we-help", "# How we help",
                     "Leiden Harbour Psychology Practice offers basic mental health care (basis GGZ). Treatment here takes "
                     "about eight sessions on average.",
                     "We concentrate on what helps you function well again at home and at work, and on the resources "
                     "you already have."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"


def test_a_later_sentence_of_the_same_paragraph_explains_the_short_care():
    snap = site(page(B, "# Zo werken wij",
                     "Onze trajecten zijn kortdurend: meestal zeven gesprekken. Onze hulp is er voor lichte tot matige "
                     "klachten. We stellen eerst doelen op. Er is ruimte voor uw vragen. Wij kijken daarbij vooral hoe u weer "
                     "kunt functioneren in uw gezin."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"


def test_advice_after_a_few_sessions_is_a_moment_not_the_length():
    snap = site(page(B, "# Hoe ik werk",
                     "Na twee of drie gesprekken geef ik je een advies over de behandeling die past.",
                     "After three sessions we decide together which treatment suits you."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_english_daily_routine_and_rather_than_specialised_explain_the_generalist_care():
    snap = site(page("https://practice.example/approach", "# Our approach",
                     "We offer short-term therapy: most clients need between five and ten sessions.",
                     "We focus on getting you back to your daily routine and build on your own strengths, rather than on "
                     "specialised long-term treatment."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert {"functioneren", "breed"} <= set(f.details["generalist_explained"])


def test_dutch_instead_of_specialist_care_explains_the_generalist_care():
    snap = site(page(B, "# Onze aanpak",
                     "Wij bieden kortdurende hulp van meestal zes tot tien gesprekken.",
                     "We werken aan uw eigen kracht in plaats van aan een specialistische, langdurige behandeling."))
    f = judge("2b-10", snap)
    assert "breed" in f.details["generalist_explained"]


def test_english_homepage_kind_of_practice_and_paraphrased_explanation_voldoet():
    snap = site(page("https://practice.example/", "# Welcome",
                     "Harbour Psychology is a practice for basic mental health care in Leiden.",
                     "Treatment usually takes six to ten sessions.",
                     "We focus on how you cope at work and at home, and we build on what is already going well."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert {"functioneren", "eigen kracht"} <= set(f.details["generalist_explained"])


def test_dutch_taking_part_again_and_building_on_what_goes_well_explain_the_generalist_care():
    snap = site(page(B, "# Werkwijze",
                     "Wij bieden basis GGZ; een behandeling telt gemiddeld acht gesprekken.",
                     "Het doel is dat u weer mee kunt doen op uw werk, en we bouwen voort op wat al goed gaat."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
