import pytest
from datetime import date

from check_helpers import context, judge, page, site

C = "https://praktijk.example/cliëntervaringen"
EXPLAIN = ("De CQI (Consumer Quality Index) is een landelijke vragenlijst waarmee cliënten hun ervaringen "
           "met de behandeling beoordelen op een schaal van 1 tot 10.")


def cqi_site(sentence: str):
    return site(page(C, "# Cliëntervaringen", EXPLAIN, sentence))


def test_grade_over_measurement_year_voldoet():
    f = judge("2b-13", cqi_site("Over 2024 gaven cliënten ons gemiddeld een rapportcijfer van 8,4."))
    assert f.status == "voldoet"
    assert f.details["cqi_year"] == 2024 and f.details["grade"] == 8.4
    assert "8,4" in f.reason and "2024" in f.reason


def test_older_year_is_outdated_and_names_the_year():
    f = judge("2b-13", cqi_site("In 2022 was het gemiddelde rapportcijfer 8.1 uit 10."))
    assert f.status == "voldoet_niet"
    assert f.details == {**f.details, "cqi_year": 2022, "grade": 8.1}
    assert "2022" in f.reason and "actualiseren" in f.reason


def test_year_rule_moves_with_keurmerk_year():
    snap = cqi_site("Over 2024 gaven cliënten ons gemiddeld een rapportcijfer van 8,4.")
    ctx2026 = context(2026, as_of=date(2026, 3, 1))
    f = judge("2b-13", snap, ctx2026)
    assert f.status == "voldoet_niet"
    assert "2025" in f.action  # the required measurement year for Keurmerk 2026
    f2025 = judge("2b-13", cqi_site("Over 2025 gaven cliënten ons gemiddeld een rapportcijfer van 8,6."), ctx2026)
    assert f2025.status == "voldoet" and f2025.details["cqi_year"] == 2025


def test_newer_year_than_measurement_year_is_accepted_with_review():
    f = judge("2b-13", cqi_site("Over 2025 gaven cliënten ons gemiddeld een 8,2."), context(2025, as_of=date(2025, 11, 1)))
    assert f.status == "voldoet" and f.needs_review


def test_future_year_is_not_accepted():
    f = judge("2b-13", cqi_site("Over 2027 gaven cliënten ons gemiddeld een 8,2."), context(2025, as_of=date(2025, 3, 1)))
    assert f.status == "voldoet_bijna" and f.needs_review


def test_most_recent_of_several_years_counts():
    f = judge("2b-13", cqi_site("In 2024 gaven cliënten gemiddeld het rapportcijfer 8,3. In 2023 was dat een 7,9."))
    assert (f.status, f.details["cqi_year"], f.details["grade"]) == ("voldoet", 2024, 8.3)


def test_period_counts_as_end_year_from_another_sentence():
    snap = site(page(C, "# CQI-resultaten", EXPLAIN, "| Gemiddeld rapportcijfer | 8,0",
                     "Bovenstaande betreft de meetperiode november 2023 tot maart 2024."))
    f = judge("2b-13", snap)
    assert f.details["cqi_year"] == 2024 and f.status == "voldoet"


def test_grade_without_year_is_bijna():
    f = judge("2b-13", cqi_site("Cliënten gaven ons het afgelopen jaar gemiddeld een rapportcijfer 8/10."))
    assert f.status == "voldoet_bijna" and f.details["cqi_year"] is None


def test_grade_without_explanation_is_bijna():
    snap = site(page(C, "Ons CQI-rapportcijfer over 2024: 8,5."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna"
    assert "uitleg" in f.reason


def test_own_survey_is_not_cqi():
    snap = site(page(C, "# Tevredenheid", "Uit onze eigen tevredenheidsmeting over 2024 kregen wij gemiddeld een 8,7."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["cqi"] is False


def test_cqi_without_grade_is_bijna_and_subscales_are_no_grade():
    snap = site(page(C, EXPLAIN, "Bejegening scoorde 4,6 op een schaal van 1-5."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["grade"] is None


def test_nothing_is_voldoet_niet():
    assert judge("2b-13", site(page(C, "Wij vinden kwaliteit belangrijk."))).status == "voldoet_niet"


def test_grade_given_with_a_verb_of_judging():
    """"Cliënten beoordelen ons met een 9,1" is a report grade like "gaven ons een 9,1"."""
    f = judge("2b-13", site(page(C, "# CQI-meting 2024",
                                 "Cliënten beoordelen onze praktijk met een 9,1. De CQ-index is een landelijk "
                                 "meetinstrument voor cliëntervaringen in de ggz.")))
    assert f.status == "voldoet" and f.details["grade"] == 9.1 and f.details["cqi_year"] == 2024


def test_english_grade_with_year_and_explanation():
    f = judge("2b-13", site(page("https://praktijk.example/en/quality", "# Client experiences",
                                 "We measure client experiences with the CQ-index, a standardised Dutch questionnaire.",
                                 "Clients rated our care with an average grade of 8.6 in 2024.")))
    assert f.status == "voldoet" and f.details["grade"] == 8.6


def test_a_measurement_period_written_without_spaces_dates_the_grade():
    snap = site(page("https://praktijk.example/kwaliteit", "# Resultaten",
                     "Uit de CQI-meting van 2023-2024 blijkt dat cliënten de behandeling gemiddeld met een 8,3 "
                     "waarderen. De CQI (Consumer Quality Index) meet de ervaringen van cliënten met de zorg."))
    f = judge("2b-13", snap, context(as_of=date(2025, 12, 31)))
    assert f.status == "voldoet" and f.details["cqi_year"] == 2024


@pytest.mark.parametrize("text", ["Onze cliënten geven ons gemiddeld een 9,0.", "Clients rate us 8.8 on average."])
def test_clients_grading_the_practice_is_a_satisfaction_grade(text):
    snap = site(page("https://praktijk.example/kwaliteit", "# Kwaliteit", text))
    f = judge("2b-13", snap, context(as_of=date(2025, 12, 31)))
    assert f.status == "voldoet_bijna" and f.details["grade"] in (9.0, 8.8)


def test_clients_rating_their_own_mood_is_no_grade_of_the_practice():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "Clients rate their own mood each week from 1 to 10."))
    assert judge("2b-13", snap, context(as_of=date(2025, 12, 31))).status == "voldoet_niet"


def test_a_grade_in_a_table_under_a_grade_column():
    # "Meetjaar | Rapportcijfer" heads the table: each row's number is a report grade of its year
    snap = site(page("https://praktijk.example/kwaliteit", "# Cliëntervaringen",
                     "| Meetjaar | Rapportcijfer", "| 2024 | 8,8", "| 2023 | 8,6",
                     "Gemeten met de CQ-index, een landelijke vragenlijst over de ervaringen van cliënten (schaal 1 tot 10)."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["cqi_year"] == 2024 and f.details["grade"] == 8.8


def test_a_table_without_a_grade_column_gives_no_grade():
    snap = site(page("https://praktijk.example/kwaliteit", "# Cliëntervaringen",
                     "| Meetjaar | Aantal vragenlijsten", "| 2024 | 8", "| 2023 | 9",
                     "Wij meten de ervaringen van cliënten met de CQ-index."))
    assert judge("2b-13", snap).details.get("grade") is None
