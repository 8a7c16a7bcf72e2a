"""2b-8: target groups in shapes real provider pages use (own passages): the target question turned
round ("Waarmee niet?"), "wij behandelen geen <groep>", a tagline for a client group, a heading over
indications and contra-indications, and a table of complaints with yes or no."""
from check_helpers import judge, page, site


def test_turned_round_question_over_a_list_is_the_other_side():
    snap = site(page("https://praktijk.example/aanbod", "# Waarmee kan ik je helpen?",
                     "- Piekeren", "- Onzekerheid", "- Slaapproblemen", "- Stress op het werk",
                     "Waarmee niet?", "- Verslaving", "- Psychose", "- Acute crisis"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"]


def test_we_do_not_treat_a_client_group_and_a_tagline_for_one():
    snap = site(page("https://kinderpraktijk.example/", "# Kinderpraktijk de Uil",
                     "Voor kinderen van 4 tot 12 jaar met angst, somberheid of problemen met vriendjes.",
                     "Wij behandelen geen kinderen ouder dan 12 jaar."))
    assert judge("2b-8", snap).status == "voldoet"


def test_statement_about_a_group_with_its_own_verb_is_no_tagline():
    snap = site(page("https://praktijk.example/tips", "# Tips voor ouders",
                     "Voor kinderen met angst is een vast dagritme belangrijk."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_indications_and_contra_indications_under_one_heading():
    snap = site(page("https://praktijk.example/emdr", "# Indicaties en contra-indicaties",
                     "Indicaties:", "- depressie", "- angststoornissen", "- PTSS",
                     "Contra-indicaties:", "- actieve verslaving", "- acute psychose"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "depressie" in f.details["included"] and "verslaving" in f.details["excluded"]


def test_table_of_complaints_with_yes_and_no():
    snap = site(page("https://praktijk.example/aanbod", "# Behandelaanbod",
                     "| Klacht | Wij behandelen", "| Angst en paniek | ja", "| Depressie | ja",
                     "| Verslaving | nee", "| Eetstoornissen | nee"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"] and "verslaving" not in f.details["included"]


def test_table_of_reimbursement_is_no_target_group():
    snap = site(page("https://praktijk.example/vergoeding", "# Vergoeding",
                     "| Klacht | Vergoed", "| Depressie | ja", "| Relatieproblemen | nee"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_lines_under_a_colon_lead_in_are_its_list():
    snap = site(page("https://praktijk.example/werkgebieden", "# Werkgebieden",
                     "Wij werken met mensen met:", "angstklachten", "depressieve klachten", "trauma", "rouw"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_question_title_over_the_practice_saying_whom_it_treats():
    from check_helpers import judge_site
    snap = site(page("https://praktijk.example/therapie", "# Hoe ziet een behandeling eruit?",
                     "Wij behandelen volwassenen met angst, somberheid en burn-out.", title="Hoe ziet een behandeling eruit?"))
    assert judge_site("2b-8", snap).status == "voldoet_bijna"


def test_question_title_explainer_with_a_writers_we_stays_general():
    from check_helpers import judge_site
    snap = site(page("https://praktijk.example/ggz", "# Hoe werkt de ggz?",
                     "In dit artikel zetten we de grote lijnen op een rij.",
                     "Deze vorm van zorg is bedoeld voor mensen met milde psychische problemen.", title="Hoe werkt de ggz?"))
    assert judge_site("2b-8", snap).status == "voldoet_niet"


def test_other_care_as_the_better_way_on_the_target_group_page():
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie?",
                     "Psychotherapie is bedoeld voor mensen met psychische klachten die al langer bestaan.",
                     "Soms biedt de hulp van een maatschappelijk werker of de praktijkondersteuner een betere oplossing."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert f.details["exclusion_referral"]


def test_a_better_solution_said_by_no_one_on_a_general_page_is_no_exclusion():
    snap = site(page("https://praktijk.example/nieuws/slaap", "# Slecht slapen",
                     "Een slaapcursus is soms een betere oplossing dan een slaappil van de huisarts."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_label_for_a_group_before_a_colon_is_no_tagline():
    snap = site(page("https://praktijk.example/tips", "# Tips voor ouders",
                     "Voor kinderen met ADHD: tips voor structuur in huis.", "Maak een vast dagritme en gebruik picto's."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_english_we_do_not_work_with_is_the_other_side():
    snap = site(page("https://practice.example/about", "# Who I work with",
                     "I work with adults who struggle with anxiety, low mood or burnout.",
                     "I do not work with people who are in acute crisis or who have a severe addiction; in that case please contact your GP."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"] and "verslaving" not in f.details["included"]


def test_question_to_the_reader_answered_by_can_come_here():
    snap = site(page("https://praktijk.example/somberheid", "# Hulp bij somberheid",
                     "Voel je je al weken somber, heb je nergens meer zin in en slaap je slecht?",
                     "Bij Praktijk Vlier kun je terecht."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_tagline_with_an_age_range_in_brackets():
    snap = site(page("https://praktijk.example/", "# Praktijk Duin",
                     "Psychologische zorg voor jongvolwassenen (18-30 jaar) die vastlopen in studie, werk of relaties."))
    assert judge("2b-8", snap).status == "voldoet_bijna"
