"""Bad input: every problem is named, in Dutch, all at once; nothing is assessed."""
import json

import pytest

from assess_helpers import PROVIDER, make_report, review_data, write_report, write_review
from assessment.combine import assess
from assessment.inputs import InputError, load_inputs
from norms import load_norms


def problems_of(report_path, review_path, norms_path=None) -> list[str]:
    with pytest.raises(InputError) as exc:
        load_inputs(report_path, review_path, norms_path)
    return exc.value.problems


@pytest.fixture
def report_path(tmp_path):
    return write_report(tmp_path / "report.json", make_report())


def test_valid_inputs_load(tmp_path, report_path):
    data = review_data(website="www.praktijkdelinde.nl")
    data["overrides"] = {"2b-13": {"status": "voldoet", "toelichting": "CQI 2024 in de PDF.",
                                   "reviewer": "J. de Vries", "datum": "2025-02-03"}}
    inputs = load_inputs(report_path, write_review(tmp_path / "r.yaml", data))
    assert inputs.review.provider == PROVIDER and inputs.norms.keurmerk_year == 2025
    assert inputs.review.overrides["2b-13"].datum.isoformat() == "2025-02-03"
    assert len(inputs.review.criteria) == 21


def test_every_problem_in_the_review_is_named(tmp_path, report_path):
    data = review_data()
    data["criteria"]["9-9"] = {"status": "voldoet"}
    data["criteria"]["1-2"] = {"status": "goed"}
    data["criteria"]["2b-7"] = {"status": "voldoet"}
    data["criteria"]["1-3"] = {"status": "voldoet", "opmerking": "x"}
    data["overrides"] = {
        "2b-99": {"status": "voldoet"},
        "1-1": {"status": "voldoet"},
        "2b-13": {"status": "prima", "toelichting": "", "datum": "3 februari"},
    }
    data["extra"] = 1
    problems = problems_of(report_path, write_review(tmp_path / "r.yaml", data))
    text = "\n".join(problems)
    assert "criterium 9-9 bestaat niet" in text
    assert "ongeldige status 'goed'" in text
    assert "criterium 2b-7 is een websitecriterium" in text
    assert "onbekend veld 'opmerking'" in text
    assert "override 2b-99: onbekend websitecriterium" in text
    assert "override 1-1: 1-1 is een reviewercriterium" in text
    assert "override 2b-13: ongeldige status 'prima'" in text
    assert "override 2b-13: 'toelichting' ontbreekt" in text
    assert "override 2b-13: 'reviewer' ontbreekt" in text
    assert "override 2b-13: 'datum' ontbreekt of is geen datum" in text
    assert "onbekend veld 'extra'" in text
    assert len(problems) == 11


def test_review_for_another_year_and_site(tmp_path, report_path):
    data = review_data(keurmerk_year=2024, website="praktijk-anders.nl")
    problems = problems_of(report_path, write_review(tmp_path / "r.yaml", data))
    assert any("is voor Keurmerk 2024, maar het scanrapport en de normdata (keurmerk-2025)" in p for p in problems)
    assert any("hoort bij website 'praktijk-anders.nl'" in p and "praktijkdelinde.nl" in p for p in problems)


def test_missing_provider_and_bad_round(tmp_path, report_path):
    data = review_data(provider="", round=3)
    problems = problems_of(report_path, write_review(tmp_path / "r.yaml", data))
    assert any("'provider' ontbreekt" in p for p in problems)
    assert any("'round' moet 1 (kwalificatie) of 2 (herkwalificatie) zijn" in p for p in problems)


def test_wrong_schema_version_and_invalid_yaml_are_both_reported(tmp_path):
    data = make_report().model_dump(mode="json")
    data["schema_version"] = "0.9"
    (tmp_path / "report.json").write_text(json.dumps(data), encoding="utf-8")
    review = write_review(tmp_path / "r.yaml", "provider: X\ncriteria:\n  1-1: {status: voldoet\n")
    problems = problems_of(tmp_path / "report.json", review)
    assert any("schemaversie '0.9'" in p for p in problems)
    assert any("geen geldige YAML op regel" in p for p in problems)


def test_missing_files(tmp_path):
    problems = problems_of(tmp_path / "geen.json", tmp_path / "geen.yaml")
    assert any("Scanrapport" in p and "bestaat niet" in p for p in problems)
    assert any("Reviewbestand" in p and "bestaat niet" in p for p in problems)


def test_broken_scan_report_fields(tmp_path):
    data = make_report().model_dump(mode="json")
    data["findings"][0]["status"] = "super"
    del data["site"]
    (tmp_path / "report.json").write_text(json.dumps(data), encoding="utf-8")
    problems = problems_of(tmp_path / "report.json", write_review(tmp_path / "r.yaml", review_data()))
    assert any("'site'" in p and "ontbreekt" in p for p in problems)
    assert any("'findings.0.status'" in p for p in problems)


def test_duplicate_criterion_is_not_silently_dropped(tmp_path, report_path):
    text = (f"provider: {PROVIDER}\nkeurmerk_year: 2025\ncriteria:\n"
            "  1-1: {status: voldoet}\n  1-1: {status: voldoet_niet}\n")
    problems = problems_of(report_path, write_review(tmp_path / "r.yaml", text))
    assert problems == [f"Reviewbestand {tmp_path / 'r.yaml'}: '1-1' staat meer dan één keer in het bestand (regel 5); laat één van beide staan."]


def test_scan_report_judged_with_other_norm_data(tmp_path):
    report = make_report()
    report.norm_version = "keurmerk-2025-concept"
    path = write_report(tmp_path / "report.json", report)
    problems = problems_of(path, write_review(tmp_path / "r.yaml", review_data()))
    assert any("normdata 'keurmerk-2025-concept'" in p for p in problems)


def test_previous_assessment_checks(tmp_path, report_path):
    norms = load_norms(2025)
    inputs = load_inputs(report_path, write_review(tmp_path / "r1.yaml", review_data()))
    first = assess(inputs.report, inputs.review, norms)
    first.provider = "Praktijk Anders"
    (tmp_path / "ronde1").mkdir()
    (tmp_path / "ronde1" / "assessment.json").write_text(first.model_dump_json(), encoding="utf-8")
    data = review_data(round=1, previous_assessment="ronde1/assessment.json")
    problems = problems_of(report_path, write_review(tmp_path / "r2.yaml", data))
    assert any("hoort bij ronde 2" in p for p in problems)
    assert any("is van 'Praktijk Anders'" in p for p in problems)
    data = review_data(round=2, previous_assessment="ronde1/ontbreekt.json")
    problems = problems_of(report_path, write_review(tmp_path / "r3.yaml", data))
    assert any("ontbreekt.json" in p and "bestaat niet" in p for p in problems)


def test_criterion_shorthand_and_empty_sections(tmp_path, report_path):
    text = f"provider: {PROVIDER}\nkeurmerk_year: 2025\ncriteria:\n  1-1: voldoet\n  1-2:\noverrides:\n"
    inputs = load_inputs(report_path, write_review(tmp_path / "r.yaml", text))
    assert inputs.review.criteria["1-1"].status == "voldoet"
    assert inputs.review.criteria["1-2"].status == "todo"
    assert inputs.review.overrides == {}
