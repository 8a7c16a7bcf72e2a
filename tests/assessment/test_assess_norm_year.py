"""A new Keurmerk year is a new data file: assess with a second year's norms (test fixture)."""
import json
from datetime import date, datetime, timezone

import pytest
import yaml

from assess_helpers import FIXTURES, PROVIDER, make_report, review_data, write_report, write_review
from keurmerk_scan.cli import main
from norms import load_norms

NORMS_2026 = FIXTURES / "keurmerk-2026-test.yaml"


@pytest.fixture
def norms2026():
    return load_norms(NORMS_2026)


def test_the_2026_file_changes_the_criterion_set(norms2026):
    ids_2025 = [c.id for c in load_norms(2025).reviewer_criteria()]
    ids_2026 = [c.id for c in norms2026.reviewer_criteria()]
    assert set(ids_2025) - set(ids_2026) == {"2b-3"}
    assert set(ids_2026) - set(ids_2025) == {"2a-5"}
    assert norms2026.keurmerk_year == 2026 and norms2026.cqi_measurement_year == 2025
    msg = norms2026.criterion("2b-13").message("outdated", year=2024, measurement_year=norms2026.cqi_measurement_year)
    assert "CQI-scores van 2024" in msg.reason and "gemeten over 2025" in msg.action


def test_template_and_assessment_follow_the_2026_file(tmp_path, norms2026, capsys):
    report = write_report(tmp_path / "report.json", make_report(norms=norms2026))
    review = tmp_path / "review.yaml"
    assert main(["review-template", str(report), "--out", str(review), "--provider", PROVIDER,
                 "--norms", str(NORMS_2026)]) == 0
    text = review.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["keurmerk_year"] == 2026
    assert "2a-5" in data["criteria"] and "2b-3" not in data["criteria"]
    assert "Rapportcijfer cliëntervaringen met de CQI gemeten over 2025" in text

    for entry in data["criteria"].values():
        entry.update(status="voldoet", toelichting="Beschreven in de zelfevaluatie.")
    data["criteria"]["2a-5"].update(status="voldoet_niet", actie="Betrek cliënten bij het verbeteren.")
    write_review(review, data)
    out = tmp_path / "out"
    assert main(["assess", str(report), "--review", str(review), "--out", str(out), "--norms", str(NORMS_2026)]) == 0
    result = json.loads((out / "assessment.json").read_text(encoding="utf-8"))
    assert result["keurmerk_year"] == 2026 and result["norm_version"] == "keurmerk-2026-test"
    norms = {n["norm"]: n for n in result["norms"]}
    assert [c["criterion"] for c in norms["2a"]["criteria"]] == ["2a-1", "2a-2", "2a-3", "2a-4", "2a-5"]
    assert "2b-3" not in [c["criterion"] for c in norms["2b"]["criteria"]]
    assert norms["2a"]["status"] == "oranje" and result["qualified"] is False
    assert "Keurmerk Kortdurende GGZ 2026 (testnormen)" in (out / "assessment.html").read_text(encoding="utf-8")


def test_a_2025_review_does_not_pass_for_2026(tmp_path, norms2026, capsys):
    report = write_report(tmp_path / "report.json", make_report(norms=norms2026))
    review = write_review(tmp_path / "review.yaml", review_data())  # 2025 review with 2b-3
    assert main(["assess", str(report), "--review", str(review), "--out", str(tmp_path / "out"),
                 "--norms", str(NORMS_2026)]) == 2
    err = capsys.readouterr().err
    assert "is voor Keurmerk 2025" in err and "Keurmerk 2026" in err
    assert "criterium 2b-3 bestaat niet in Keurmerk Kortdurende GGZ 2026 (testnormen)" in err
    assert not (tmp_path / "out").exists()


def test_a_2025_scan_report_does_not_pass_for_2026(tmp_path, capsys):
    report = write_report(tmp_path / "report.json", make_report())
    review = write_review(tmp_path / "review.yaml", review_data(norms=load_norms(NORMS_2026)))
    assert main(["assess", str(report), "--review", str(review), "--out", str(tmp_path / "out"),
                 "--norms", str(NORMS_2026)]) == 2
    assert "Het scanrapport is beoordeeld voor Keurmerk 2025" in capsys.readouterr().err


def test_cqi_year_rule_moves_with_the_norm_file(norms2026):
    from checks.registry import get_check
    from pipeline.scan import judge
    from models.snapshot import Block, CrawlSummary, Page, SiteSnapshot

    if get_check("2b-13") is None:
        pytest.skip("de controle voor 2b-13 is (nog) niet geregistreerd")
    page = Page(url="https://www.praktijkdelinde.nl/kwaliteit", title="Kwaliteit", blocks=[
        Block(kind="heading", level=1, text="Cliëntervaringen"),
        Block(kind="paragraph", text=(
            "Wij meten de ervaringen van cliënten met de CQI (Consumer Quality Index), een landelijke vragenlijst. "
            "Over 2024 gaven cliënten ons gemiddeld het rapportcijfer 8,3 op een schaal van 1 tot 10.")),
    ])
    snapshot = SiteSnapshot(start_url="https://www.praktijkdelinde.nl/", site="praktijkdelinde.nl",
                            fetched_at=datetime(2026, 2, 1, tzinfo=timezone.utc), pages=[page],
                            crawl=CrawlSummary(status="ok", pages_fetched=1))
    f2025 = {f.criterion: f for f in judge(snapshot, load_norms(2025), date(2025, 2, 1)).findings}["2b-13"]
    f2026 = {f.criterion: f for f in judge(snapshot, norms2026, date(2026, 2, 1)).findings}["2b-13"]
    assert f2025.status == "voldoet"
    assert f2026.status == "voldoet_niet" and "2024" in f2026.reason and "2025" in f2026.action


def test_the_2026_file_has_every_message_the_registered_checks_use(norms2026):
    import checks  # noqa: F401  (fills the registry)
    from checks.registry import get_check

    for crit in norms2026.website_criteria():
        cid, check = crit.id, get_check(crit.check)
        missing = set(check.message_keys) - set(crit.messages)
        assert not missing, (f"{NORMS_2026.name} mist berichten {sorted(missing)} voor {cid}; "
                             "draai tests/assessment/fixtures/make_norms_2026_fixture.py opnieuw")
