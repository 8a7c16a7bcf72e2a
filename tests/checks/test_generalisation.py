"""Error classes seen on real provider sites (issue "Verdicts that hold ..."), each with passages
written for these tests: page-by-page judging, whose care a passage is about, the role of a number,
and what video calling is."""
from check_helpers import judge, judge_site, page, site

B = "https://praktijk.example"


# ----------------------------------------------------------------------------- whole sites


def test_fragments_on_unrelated_pages_do_not_add_up_to_voldoet():
    # the offer on one page, "how" only in a general article elsewhere: no page says both
    snap = site(
        page(f"{B}/ehealth", "# eHealth", "Wij werken met de modules van Therapieland."),
        page(f"{B}/blog/online-hulp", "# Blog", "Tussen de sessies door kun je als cliënt oefeningen doen."),
    )
    assert judge_site("2b-12", snap).status == "voldoet_bijna"


def test_the_best_page_decides_and_quotes_its_own_passages():
    snap = site(
        page(f"{B}/tarieven", "# Tarieven", "Een sessie kost € 110."),
        page(f"{B}/werkwijze", "# Werkwijze",
             "Na de aanmelding volgt een intakegesprek. Daarna stellen we samen een behandelplan op.",
             "In de behandelfase werken we aan uw doelen en evalueren we regelmatig.",
             "Tot slot ronden we de behandeling af met een afsluitend gesprek."),
    )
    f = judge_site("2b-9", snap)
    assert f.status == "voldoet"
    assert all(e.url.endswith("/werkwijze") for e in f.evidence)


def test_every_bijna_is_flagged_for_the_reviewer():
    snap = site(page(f"{B}/behandeling", "# Behandelmethoden", "Wij werken met CGT, EMDR en schematherapie."))
    assert judge("2b-11", snap).needs_review is False  # the check itself is sure of the list ...
    f = judge_site("2b-11", snap)  # ... the scan leaves what is missing to the reviewer
    assert (f.status, f.needs_review) == ("voldoet_bijna", True)


# ----------------------------------------------------------------------------- 2b-7 persons


def test_first_person_practitioner_is_bijna_without_a_name():
    snap = site(page(f"{B}/werkwijze", "Als psycholoog vind ik het belangrijk dat u zich vanaf het eerste gesprek op uw gemak voelt."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_referral_to_a_colleague_is_no_own_practitioner():
    snap = site(page(f"{B}/wachttijd", "Is de wachttijd te lang, dan geef ik u graag namen van collega-psychologen in de buurt."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_first_person_page_that_carries_the_name_voldoet():
    snap = site(page(f"{B}/team/noor-visser", "# Noor Visser",
                     "Ik werk sinds 2015 als GZ-psycholoog en ben daarnaast opgeleid tot speltherapeut."))
    assert judge("2b-7", snap).status == "voldoet"


def test_named_practitioner_with_protected_title_on_a_vacancy_page_counts():
    snap = site(page(f"{B}/werken-bij", "# Werken bij ons",
                     "Je komt te werken naast Hanneke Dijkstra, GZ-psycholoog en praktijkhouder."))
    assert judge("2b-7", snap).status == "voldoet"


def test_terms_page_with_a_professional_code_is_no_practitioner_description():
    snap = site(page(f"{B}/algemene-voorwaarden", "# Algemene voorwaarden",
                     "Ik werk volgens de beroepscode van het NIP."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_english_first_person_practitioner():
    snap = site(page(f"{B}/en/about", "# About", "As a psychologist I work with adults who feel stuck."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- 2b-8 sides


def test_severity_band_and_referral_voldoet():
    snap = site(page(f"{B}/voor-wie", "# Voor wie",
                     "Onze behandeling is bedoeld voor volwassenen met lichte tot matig ernstige klachten.",
                     "Bij ernstige of complexe problematiek verwijzen wij u door naar de specialistische GGZ."))
    assert judge("2b-8", snap).status == "voldoet"


def test_indication_of_a_treatment_is_one_side():
    snap = site(page(f"{B}/emdr", "# EMDR",
                     "EMDR is geschikt voor mensen met klachten na een schokkende gebeurtenis, zoals angst en nachtmerries."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_inclusion_and_exclusion_lists_under_one_heading():
    snap = site(page(f"{B}/criteria", "# In- en exclusiecriteria", "Inclusiecriteria:",
                     "- angstklachten", "- depressieve klachten", "Exclusiecriteria:", "- verslaving", "- psychose"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"] and "angst" in f.details["included"]


# ----------------------------------------------------------------------------- 2b-9 phases


def test_one_sentence_about_therapy_in_general_is_no_phase():
    snap = site(page(f"{B}/visie", "# Onze visie",
                     "Psychische klachten zijn nooit eenvoudig; in het eerste gesprek leggen we onze visie graag uit."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_english_path_with_rounding_off_session():
    snap = site(page(f"{B}/en/therapy-journey", "# Therapy journey",
                     "After the intake we will make a treatment plan together.",
                     "During the treatment we evaluate the progress every six sessions.",
                     "When you are ready to stop, we have a rounding off session and discuss relapse prevention."))
    assert judge("2b-9", snap).status == "voldoet"


# ----------------------------------------------------------------------------- 2b-10 numbers


def test_session_length_is_no_short_treatment():
    snap = site(page(f"{B}/praktisch", "Een sessie duurt 50 tot 60 minuten. Kom maximaal 5 minuten voor aanvang."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_price_of_sessions_is_no_limit():
    snap = site(page(f"{B}/en/fees", "# Fees", "The first 2 sessions are charged at € 120 per session."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_length_of_one_method_is_no_limit_of_the_practice():
    snap = site(page(f"{B}/ipt", "# Interpersoonlijke therapie", "De duur van IPT is meestal 12 tot 16 sessies."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_specialist_ggz_is_not_generalist():
    snap = site(page(f"{B}/aanbod", "Wij bieden specialistische GGZ voor mensen met langdurige klachten."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_survey_sentence_naming_basis_ggz_says_nothing_on_the_character():
    snap = site(page(f"{B}/kwaliteit", "De CQI-vragenlijst geldt voor de basis GGZ en de specialistische GGZ."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_product_minutes_with_severity_explained_voldoet():
    snap = site(page(f"{B}/werkwijze", "# Basis GGZ",
                     "Wij bieden generalistische basis GGZ.",
                     "Basis Kort (circa 300 minuten) is voor lichte, enkelvoudige klachten met een laag risico.",
                     "De behandeling is klachtgericht en gericht op uw dagelijks functioneren."))
    assert judge("2b-10", snap).status == "voldoet"


# ----------------------------------------------------------------------------- 2b-12 what eHealth is


def test_video_calling_alone_is_no_ehealth():
    snap = site(page(f"{B}/praktisch", "Als u niet naar de praktijk kunt komen, vinden de gesprekken plaats via veilig beeldbellen."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_online_therapy_by_chat_is_no_ehealth():
    snap = site(page(f"{B}/online", "# Online therapie", "Naast de gesprekken in de praktijk krijg je ook online therapie via chat."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_help_via_internet_is_a_mention():
    snap = site(page(f"{B}/behandeling", "De behandeling bestaat uit gesprekken, soms aangevuld met hulp via internet."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_modules_with_homework_say_how_they_are_used():
    snap = site(page(f"{B}/ehealth", "# eHealth",
                     "Wij gebruiken online modules van Minddistrict, waarin je thuis oefeningen en opdrachten doet."))
    assert judge("2b-12", snap).status == "voldoet"


# ----------------------------------------------------------------------------- pages about other things


def test_a_general_explainer_makes_no_verdict_but_leaves_a_hint():
    explainer = page(f"{B}/psycholoog", "# Wat doet een psycholoog?",
                     "Als psycholoog zie ik dagelijks mensen met angst of somberheid.")
    assert judge("2b-7", site(explainer)).status == "voldoet_bijna"  # the passage by itself ...
    f = judge_site("2b-7", site(explainer))  # ... on a page that explains a subject in general
    assert (f.status, f.needs_review) == ("voldoet_niet", True)
    assert f.details["passing_mention"][0]["url"].endswith("/psycholoog")


def test_a_privacy_statement_makes_no_verdict():
    privacy = page(f"{B}/privacyverklaring", "# Privacyverklaring",
                   "Als psycholoog NIP bewaar ik uw dossier vijftien jaar.")
    assert judge_site("2b-7", site(privacy)).status == "voldoet_niet"


def test_the_same_passage_on_the_practice_page_is_bijna():
    own = page(f"{B}/over-mij", "# Over mij", "Als psycholoog zie ik dagelijks mensen met angst of somberheid.")
    assert judge_site("2b-7", site(own)).status == "voldoet_bijna"


def test_voldoet_niet_is_flagged_where_an_ordinary_page_names_the_topic():
    """The check found no explanation of short, generalist care, but a page of the practice names
    the basis GGZ: a reviewer should look there (the reason names the page)."""
    waiting = page("https://praktijk.example/praktisch", "# Praktische zaken",
                   "De wachttijd voor de basis GGZ is op dit moment drie weken.", title="Praktisch")
    f = judge_site("2b-10", site(waiting))
    assert f.status == "voldoet_niet" and f.needs_review
    assert f.details["topic_signal"] == "https://praktijk.example/praktisch"
    assert "https://praktijk.example/praktisch" in f.reason


def test_no_topic_flag_from_a_blog_or_a_page_without_the_words():
    blog = page("https://praktijk.example/blog/ggz-stelsel", "# Hoe werkt de ggz?",
                "De wachttijd voor de basis GGZ is in veel regio's drie weken.", title="Hoe werkt de ggz?")
    plain = page("https://praktijk.example/praktisch", "# Praktische zaken",
                 "De wachttijd is op dit moment drie weken.", title="Praktisch")
    for snap in (site(blog), site(plain)):
        f = judge_site("2b-10", snap)
        assert f.status == "voldoet_niet" and not f.needs_review and "topic_signal" not in f.details
