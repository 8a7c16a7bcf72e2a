"""Expected site labels: best page of the domain, and the 2b-13 year rule."""
from keurmerk_scan.corpus_sites import CorpusRecord
from keurmerk_scan.evaluate import expected_record_label, expected_site_labels, label_notes

CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def record(labels, cqi_year=None, url="https://praktijk.nl/a", why=""):
    full = {c: 0 for c in CRITERIA} | labels
    return CorpusRecord(line=1, url=url, domain="praktijk.nl", text="x", labels=full, cqi_year=cqi_year, why=why)


def test_year_rule_grade_older_than_previous_year_is_not_passing():
    assert expected_record_label(record({"2b-13": 2}, 2023), "2b-13", 2025) == 0
    assert expected_record_label(record({"2b-13": 1}, 2019), "2b-13", 2025) == 0


def test_year_rule_keeps_grade_of_previous_or_current_year():
    assert expected_record_label(record({"2b-13": 2}, 2024), "2b-13", 2025) == 2
    assert expected_record_label(record({"2b-13": 2}, 2025), "2b-13", 2025) == 2
    assert expected_record_label(record({"2b-13": 1}, None), "2b-13", 2025) == 1


def test_year_rule_moves_with_keurmerk_year():
    assert expected_record_label(record({"2b-13": 2}, 2023), "2b-13", 2024) == 2
    assert expected_record_label(record({"2b-13": 2}, 2024), "2b-13", 2026) == 0


def test_year_rule_only_applies_to_2b13():
    assert expected_record_label(record({"2b-10": 2}, 2018), "2b-10", 2025) == 2


def test_site_label_is_maximum_over_pages():
    pages = [
        record({"2b-6": 1, "2b-9": 2}, url="https://praktijk.nl/contact"),
        record({"2b-6": 2, "2b-9": 0, "2b-11": 1}, url="https://praktijk.nl/spoed"),
        record({}, url="https://praktijk.nl/over"),
    ]
    expected = expected_site_labels(pages, CRITERIA, 2025)
    assert expected["2b-6"] == 2 and expected["2b-9"] == 2 and expected["2b-11"] == 1
    assert expected["2b-7"] == 0


def test_site_label_uses_year_rule_per_page():
    pages = [record({"2b-13": 2}, 2022), record({"2b-13": 1}, 2024)]
    assert expected_site_labels(pages, CRITERIA, 2025)["2b-13"] == 1


def test_label_notes_pick_the_criterion_lines():
    rec = record({}, why="2b-10: sessies genoemd\n2b-1: niet dit\nnote: iets\n2b-13: CQI 8,1")
    assert label_notes([rec], "2b-10") == ["2b-10: sessies genoemd"]
    assert label_notes([rec], "2b-1") == ["2b-1: niet dit"]
