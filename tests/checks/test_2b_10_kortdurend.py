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


def test_referral_to_the_basis_ggz_names_the_practice_care_bijna():
    # LABELING v2: the referral wording "verwijzing voor de GB-GGZ" names the provider's care type (1)
    snap = site(page("https://praktijk.example/verwijzing", "# Eisen verwijsbrief",
                     "- vermelding dat u verwezen wordt naar de basis GGZ", "- de AGB-code van de verwijzer"))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna"
    assert "verwezen wordt naar de basis GGZ" in f.evidence[0].quote


def test_referral_letter_for_the_specialist_ggz_is_nothing():
    snap = site(page("https://praktijk.example/verwijzing", "# Verwijsbrief",
                     "U heeft een verwijsbrief voor de specialistische GGZ nodig van uw huisarts of van uw basis GGZ psycholoog."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_intake_sessions_are_no_treatment_length():
    snap = site(page(B, "De intake bestaat uit twee tot drie gesprekken."))
    assert judge("2b-10", snap).status == "voldoet_niet"


# --- whose length: a method's, a waiting time's, a survey's (issue 7) -------------------------------


def test_length_of_one_method_under_its_heading_is_nothing():
    snap = site(page("https://praktijk.example/behandelingen/schematherapie", "# Schematherapie",
                     "Bij deze therapie worden patronen uit de jeugd onderzocht.",
                     "Meestal duurt deze therapie 20 tot 40 sessies."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_method_as_subject_of_kortdurend_is_nothing():
    snap = site(page("https://praktijk.example/aanbod", "# Mijn aanbod",
                     "Bij mij is de oplossingsgerichte behandeling die ik geef kortdurend en praktisch."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_practice_length_next_to_a_method_still_counts():
    snap = site(page(B, "# Onze behandeling",
                     "Wij werken met EMDR en cognitieve gedragstherapie.",
                     "Onze behandeling in de basis GGZ duurt gemiddeld 8 gesprekken."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_weeks_under_a_waiting_time_heading_are_no_treatment_length():
    snap = site(page(B, "# Wachttijd", "Op dit moment bedraagt deze ongeveer 6 weken.", "Daarna volgt een intake."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_survey_grades_per_care_type_are_no_description():
    snap = site(page("https://praktijk.example/kwaliteit", "# Tevredenheid van cliënten (CQI)",
                     "| Basis GGZ | 8,3 |", "| Specialistische GGZ | 7,9 |"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_kort_as_adverb_is_no_product():
    snap = site(page(B, "Meestal kunt u kort, binnen twee weken, bij ons terecht."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_basis_ggz_product_with_minutes_is_bijna():
    snap = site(page(B, "- Basis Kort: maximaal 294 minuten", "- Basis Middel: maximaal 495 minuten"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_basis_ggz_products_counted_out_for_mild_complaints_voldoet():
    snap = site(page(B, "# Onze zorg in de generalistische basis GGZ",
                     "- Basis Kort (circa 300 minuten): voor lichte, enkelvoudige klachten met een laag risico.",
                     "- Basis Middel (circa 500 minuten): voor klachten van matige ernst."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert f.needs_review  # one explanation only: the reviewer confirms


def test_count_with_only_the_other_echelon_named_stays_bijna():
    snap = site(page(B, "# Basis GGZ of specialistische GGZ",
                     "Wij bieden basis GGZ; een behandeling duurt gemiddeld 8 gesprekken.",
                     "Daarnaast bestaat de specialistische GGZ."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_english_complaint_oriented_short_care_is_recognised():
    snap = site(page("https://praktijk.example/en/basic-care", "# Basic mental health care (basis GGZ)",
                     "Our treatment is short-term and complaint-oriented, for mild to moderate problems.",
                     "It usually takes 5 to 10 sessions."))
    assert judge("2b-10", snap).status == "voldoet"


def test_english_session_length_is_no_treatment_length():
    snap = site(page("https://praktijk.example/en/practical", "# Practical information",
                     "A session lasts 50 minutes. Please arrive 5 minutes before your appointment."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_profession_titles_are_no_generalist_care():
    for sentence in ("Ik ben orthopedagoog-generalist (NVO) en werk met kinderen.",
                     "Wij werken samen met huisartsen, POH-GGZ en eerstelijnspsychologen in de regio.",
                     "Mijn naam is Anna; ik ben eerstelijnspsycholoog en GZ-psycholoog."):
        assert judge("2b-10", site(page("https://praktijk.example/over-mij", sentence))).status == "voldoet_niet", sentence


def test_own_generalist_care_named_keeps_its_evidence():
    f = judge("2b-10", site(page(B, "Wij bieden generalistische basis GGZ aan volwassenen.")))
    assert f.status == "voldoet_bijna"
    assert f.evidence and "generalistische basis GGZ" in f.evidence[0].quote


def test_short_care_of_the_poh_ggz_is_not_the_practice_care():
    snap = site(page("https://praktijk.example/verwijzing", "Bij de huisarts kunt u eerst kortdurende begeleiding krijgen van de POH-GGZ."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_english_waiting_times_are_no_short_care():
    snap = site(page("https://praktijk.example/en/practical", "We work hard to keep waiting times short-term and shorter than elsewhere."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_english_short_term_therapy_with_sessions_is_bijna():
    snap = site(page("https://praktijk.example/en/therapy", "We offer short-term therapy, usually 8 to 12 sessions."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_referral_wording_keeps_the_count_in_the_same_sentence():
    snap = site(page(B, "Na een verwijzing naar de basis GGZ volgen bij ons meestal 5 tot 8 gesprekken."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["count"]


def test_lengths_of_a_group_a_part_a_price_or_an_assessment_are_no_treatment_length():
    for sentence in ("Onze groepstraining bestaat uit 8 sessies van 2 uur.",
                     "De eerste 3 gesprekken zijn bedoeld om elkaar te leren kennen.",
                     "Sessions cost € 120 each (first 2 sessions € 130).",
                     "Het psychologisch onderzoek bestaat uit 3 tot 4 gesprekken."):
        assert judge("2b-10", site(page(B, sentence))).status == "voldoet_niet", sentence


def test_explanation_in_a_section_named_basis_ggz_counts():
    snap = site(page(B, "# Generalistische basis GGZ",
                     "Voor minder ernstige, niet complexe klachten.",
                     "Een behandeling bestaat uit maximaal 12 gesprekken."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert "niet complex" in f.details["generalist_explained"]


def test_treatment_length_under_a_waiting_heading_still_counts_when_it_names_the_care():
    snap = site(page(B, "# Wachttijd",
                     "De generalistische basis GGZ is bedoeld voor lichte tot matige klachten en bestaat uit ongeveer 8 á 9 gesprekken."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert f.details["count"]


# --- the practice's own generalist care in other words, Dutch and English (issue 7) ---------------

import pytest  # noqa: E402


@pytest.mark.parametrize("line", [
    "Psychologiepraktijk De Wilg levert uitsluitend zorg binnen de generalistische basis ggz.",
    "Praktijk Zonnedauw werkt binnen de basis-ggz.",
    "Our practice offers basic mental health care to adults in and around Leiden.",
    "Your GP should state in the referral letter that you are referred for generalist basic mental health care.",
])
def test_the_practice_naming_its_generalist_care_is_bijna(line):
    f = judge("2b-10", site(page("https://praktijk.example/over", "# Over de praktijk", line)))
    assert f.status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    "In the Netherlands, basic mental health care is meant for mild to moderate problems and takes a limited number of sessions.",
    "De basis ggz biedt kortdurende hulp aan mensen in heel Nederland.",
])
def test_the_system_explained_without_the_practice_offering_it_is_not_voldoet(line):
    f = judge("2b-10", site(page("https://praktijk.example/ggz-in-nederland", "# De ggz in Nederland", line)))
    assert f.status != "voldoet"


def test_care_aimed_at_the_complaints_and_own_strength_with_a_count_voldoet():
    snap = site(page(B, "# Hoe lang duurt het?",
                     "Bij ons is een traject kort: doorgaans 6 tot 10 sessies binnen de basis ggz.",
                     "We richten ons vooral op de klachten waarmee je aanklopt en op wat je zelf al kunt, zodat je zelf verder kunt."))
    assert judge("2b-10", snap).status == "voldoet"


def test_less_severe_problems_and_a_limited_number_of_sessions_voldoet():
    snap = site(page(B, "# Generalistische basis ggz",
                     "Zijn uw problemen minder ernstig, dan behandelen wij u in de generalistische basis ggz.",
                     "U werkt dan in een beperkt aantal gesprekken aan uw klachten; de meeste mensen hebben er zo'n 9 gesprekken voor nodig."))
    assert judge("2b-10", snap).status == "voldoet"


def test_english_short_term_complaint_focused_care_with_a_count_voldoet():
    snap = site(page("https://praktijk.example/en/treatment", "# Treatment",
                     "Our treatment is short-term and complaint-focused: on average 8 sessions.",
                     "We work in generalist care for mild to moderate problems and help you get back to daily life."))
    assert judge("2b-10", snap).status == "voldoet"


def test_a_length_section_that_bounds_the_sessions_beforehand_explains_the_short_character():
    snap = site(page("https://praktijk.example/werkwijze", "# Duur van de behandeling",
                     "Bij ons wordt kortdurend en klachtgericht gewerkt, voor milde tot matige klachten.",
                     "Iedere cliënt is anders en niet elke vraag is even groot.",
                     "Soms nemen we een partner of ouder mee in de gesprekken.",
                     "Hoeveel gesprekken u ongeveer nodig heeft, schatten we na het intakegesprek samen met u in aan de hand van een vragenlijst."))
    assert judge("2b-10", snap).status == "voldoet"


def test_a_length_section_about_specialist_care_is_no_generalist_explanation():
    snap = site(page("https://praktijk.example/duur", "# Duur en vergoeding van de behandeling",
                     "Psychotherapie in onze praktijk is een behandeling in de tweede lijn.",
                     "Het verschil met de eerste lijn is vooral de ernst van de problematiek.",
                     "Hoe lang u komt, stemmen we gaandeweg met u af."))
    # the second line names the first line only as a contrast: no own generalist care explained
    assert judge("2b-10", snap).status == "voldoet_niet"


# --- the role of a number, numbers in words, a question page in the practice's voice -------------


def test_weeks_between_sessions_are_no_treatment_length():
    snap = site(page("https://praktijk.example/gesprek", "# Hoe verloopt een gesprek?",
                     "Een gesprek duurt 45 minuten en we beginnen op tijd.",
                     "Tussen de gesprekken zitten meestal 2 tot 3 weken."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_treatment_length_in_words_is_bijna():
    snap = site(page("https://praktijk.example/behandeling", "# Behandeling",
                     "De behandeling duurt bij ons maximaal drie maanden. Daarna kijken we samen hoe verder."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_english_session_count_in_words_counts_the_short_character():
    snap = site(page("https://practice.example/how-i-work", "# How I work",
                     "I offer short-term, focused therapy of about six sessions.",
                     "As a generalist psychologist I treat common problems of mild to moderate severity.",
                     "We focus on your own strength and on getting you back to daily life."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert "six sessions" in " ".join(f.details["count"])


def test_question_titled_page_in_the_practice_voice_is_its_own_care():
    snap = site(page("https://praktijk.example/hoe-lang", "# Hoe lang duurt een behandeling?",
                     "Dat bepalen we samen bij de intake.",
                     "De meeste behandelingen bij ons duren tussen de 6 en 10 sessies.",
                     "Wij bieden generalistische zorg: we richten ons op de klachten waarvoor u komt en op uw herstel en veerkracht."))
    assert judge("2b-10", snap).status == "voldoet"


def test_question_titled_page_on_the_basis_ggz_explains_the_practices_care():
    # LABELING v2: a page explaining the basis GGZ on a practice's own site counts, its question title included
    snap = site(page("https://praktijk.example/hoe-lang", "# Hoe lang duurt een behandeling in de basis GGZ?",
                     "De generalistische basis GGZ is bedoeld voor lichte tot matige klachten.",
                     "Een behandeling duurt gemiddeld 5 tot 12 gesprekken."))
    assert judge("2b-10", snap).status != "voldoet_niet"


def test_question_titled_page_on_another_subject_without_the_practice_voice_stays_general():
    snap = site(page("https://praktijk.example/piekeren", "# Wat is piekeren?",
                     "Voor klachten die niet te zwaar zijn is er de generalistische basis GGZ.",
                     "Een behandeling duurt gemiddeld 5 tot 12 gesprekken."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_cookie_banner_as_title_does_not_hide_the_own_basis_ggz():
    snap = site(page("https://praktijk.example/locaties/basis-ggz",
                     "# Basis ggz",
                     "Op onze locaties in drie steden kun je terecht voor begeleiding vanuit de basis ggz.",
                     title="Deze website maakt gebruik van cookies. Klik op akkoord om cookies te accepteren."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_terms_page_stays_silent_on_the_care():
    snap = site(page("https://praktijk.example/algemene-voorwaarden", "# Algemene voorwaarden",
                     "Deze voorwaarden gelden voor alle behandelingen in de basis GGZ en de specialistische GGZ van onze praktijk.",
                     title="Algemene voorwaarden"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_care_the_practice_does_not_give_is_not_its_character():
    snap = site(page("https://praktijk.example/behandeling", "# Onze behandeling",
                     "Wij bieden langdurende psychotherapie in de specialistische GGZ.",
                     "Voor kortdurende behandelingen in de basis GGZ kunt u niet bij ons terecht; daarvoor verwijzen we u naar collega's."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_generalist_explained_by_scope_and_contrast_beside_an_explained_short_character():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "We werken kortdurend en doelgericht: we ronden de behandeling af zodra uw doel bereikt is.",
                     "Onze zorg is generalistisch: gericht op lichte tot matige psychische klachten.",
                     "Voor complexe problematiek verwijzen we naar de specialistische GGZ."))
    assert judge("2b-10", snap).status == "voldoet"


def test_short_workshop_is_a_format_not_the_care():
    snap = site(page("https://praktijk.example/workshop-stress", "# Workshop Omgaan met stress",
                     "Een kortdurende workshop van één avond voor iedereen die meer rust wil.",
                     "De workshop is kortdurend en praktisch: je gaat naar huis met oefeningen voor thuis."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_working_with_first_line_colleagues_is_no_generalist_care():
    snap = site(page("https://praktijk.example/samenwerking", "# Samenwerking",
                     "Wij werken nauw samen met huisartsen, de POH-GGZ en andere zorgverleners in de eerste lijn."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_what_the_client_can_do_alone_explains_the_generalist_character():
    snap = site(page("https://praktijk.example/kort", "# Kort en krachtig",
                     "Bij ons is een behandeling kortdurend: gemiddeld 8 gesprekken.",
                     "We werken klachtgericht en kijken naar wat jij zelf al kunt.",
                     "Voor complexe problemen verwijzen we naar de specialistische GGZ."))
    assert judge("2b-10", snap).status == "voldoet"


def test_short_or_limited_things_that_are_not_care():
    for text in ("Bij ziekte neemt een collega de zorg waar. De vervanging is meestal kortdurend.",
                 "Deze aanbieding is van beperkte duur: tot 1 maart krijgt u korting.",
                 "Access to the platform is time-limited: the link expires after 7 days.",
                 "We are looking for a psychologist on a time-limited contract of 12 months."):
        snap = site(page("https://praktijk.example/info", "# Informatie", text))
        assert judge("2b-10", snap).status == "voldoet_niet", text


def test_short_said_of_the_way_of_working_is_bijna():
    for text in ("Mijn werkwijze is kortdurend en praktisch.", "I work in a time-limited way with adults and couples.",
                 "Onze behandelingen zijn kortdurend."):
        snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", text))
        assert judge("2b-10", snap).status == "voldoet_bijna", text


def test_short_said_of_care_named_before_a_clause_is_bijna():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "De therapie die wij bieden is kortdurend."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_numbers_of_kinds_or_per_period_are_no_treatment_length():
    for text in ("Wij bieden vijf behandelingen aan: cognitieve gedragstherapie, EMDR, ACT, schematherapie en mindfulness.",
                 "Per week vinden er in onze praktijk ongeveer 60 gesprekken plaats."):
        snap = site(page("https://praktijk.example/praktijk", "# De praktijk", text))
        assert judge("2b-10", snap).status == "voldoet_niet", text


def test_weekly_sessions_over_a_number_of_weeks_is_a_length():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "We zien je één keer per week, gedurende maximaal 10 weken."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_denying_long_care_but_offering_short_care_is_bijna():
    snap = site(page("https://praktijk.example/aanbod", "# Aanbod",
                     "Wij bieden geen langdurige psychotherapie, maar kortdurende behandelingen voor volwassenen."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_the_practice_explains_its_generalist_care_in_its_own_voice_elsewhere_on_the_page():
    snap = site(page("https://praktijk.example/visie", "# Onze visie op behandelen",
                     "# Kort als het kan",
                     "Gemiddeld heeft een cliënt bij ons zeven gesprekken.",
                     "# Gericht op uw leven",
                     "We kijken vooral naar wat u nodig heeft om weer te functioneren op uw werk en thuis.",
                     "We bouwen voort op wat u zelf al kunt.",
                     "# Geen specialistische zorg",
                     "Onze praktijk is een generalistische praktijk."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet"
    assert {"functioneren", "eigen kracht"} <= set(f.details["generalist_explained"])


def test_explanation_words_elsewhere_do_not_explain_a_care_the_page_does_not_call_its_own():
    # no own generalist care named: the session count alone stays "bijna"
    snap = site(page("https://praktijk.example/visie", "# Onze visie",
                     "Gemiddeld heeft een cliënt bij ons zeven gesprekken.",
                     "# Gericht op uw leven",
                     "We kijken vooral naar wat u nodig heeft om weer te functioneren.",
                     "We bouwen voort op wat u zelf al kunt."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_focus_on_daily_functioning_and_own_strengths_in_english():
    snap = site(page("https://practice.example/approach", "# Short and focused",
                     "Our care is short-term basic mental health care (generalistische basis-ggz). Most treatments take "
                     "between six and ten sessions. We focus on helping you function again in daily life and we build on "
                     "your own strengths."))
    assert judge("2b-10", snap).status == "voldoet"


def test_a_bare_number_answering_how_many_sessions_counts_them():
    snap = site(page("https://praktijk.example/veelgestelde-vragen", "# Veelgestelde vragen",
                     "Hoeveel gesprekken krijg ik?", "Gemiddeld tussen de zes en tien."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna" and f.details["count"] == ["zes en tien gesprekken"]


def test_a_bare_number_after_another_question_is_no_count():
    snap = site(page("https://praktijk.example/veelgestelde-vragen", "# Veelgestelde vragen",
                     "Hoeveel weken duurt de wachttijd?", "Gemiddeld tussen de zes en tien."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_length_of_a_treatment_under_a_cost_heading_is_still_its_length():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven", "# Hoeveel kost een behandeling?",
                     "De kosten hangen af van het aantal gesprekken.",
                     "Een behandeling bij ons bestaat gemiddeld uit acht consulten."))
    f = judge("2b-10", snap)
    assert f.status == "voldoet_bijna" and f.details["count"] == ["acht consulten"]


def test_a_price_for_sessions_under_a_cost_heading_is_no_length():
    snap = site(page("https://praktijk.example/tarieven", "# Tarieven", "# Hoeveel kost een behandeling?",
                     "Voor vijf gesprekken betaalt u zelf ongeveer 600 euro."))
    assert judge("2b-10", snap).status == "voldoet_niet"
