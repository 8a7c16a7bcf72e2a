"""`keurmerk-scan review-template` and `keurmerk-scan assess` through the CLI entry point."""
import json

import pytest
import yaml
from pypdf import PdfReader

from assess_helpers import PROVIDER, make_report, write_report
from keurmerk_scan.cli import main

OUTPUTS = ("assessment.json", "assessment.html", "assessment.pdf")


@pytest.fixture
def report_path(tmp_path):
    return write_report(tmp_path / "report.json", make_report(statuses={"2b-13": "voldoet_niet"}))


def make_template(report_path, out, *extra) -> int:
    return main(["review-template", str(report_path), "--out", str(out), "--provider", PROVIDER, *extra])


def fill(path, status="voldoet", **changes):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for cid, entry in data["criteria"].items():
        entry["status"] = changes.get(cid, status)
        entry["toelichting"] = f"Zelfevaluatie over {cid}."
        if entry["status"] != "voldoet":
            entry["actie"] = f"Werk {cid} uit."
    data["reviewer"] = "J. de Vries"
    data["overrides"] = {"2b-13": {"status": "voldoet", "toelichting": "CQI 2024 staat in het kwaliteitsverslag (PDF)",
                                   "datum": "2025-02-03"}}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_template_lists_every_reviewer_criterion_as_todo_with_wording_and_website_findings(tmp_path, report_path):
    out = tmp_path / "review.yaml"
    assert make_template(report_path, out) == 0
    text = out.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["provider"] == PROVIDER and data["keurmerk_year"] == 2025 and data["round"] == 1
    assert data["website"] == "praktijkdelinde.nl"
    assert len(data["criteria"]) == 21
    assert {e["status"] for e in data["criteria"].values()} == {"todo"}
    assert data["overrides"] is None
    assert "# 1-9 (Act) Tijdig afsluiten" in text and "540 behandelminuten" in text
    assert "#   Automatisch: Voldoet (nog) niet (zekerheid 0.90)." in text
    assert "#   Reden: Bevinding websitecheck voor 2b-13: voldoet_niet." in text
    assert "https://www.praktijkdelinde.nl/pagina-2b-6" in text


def test_template_never_overwrites_a_review_without_force_and_keeps_a_backup(tmp_path, report_path, capsys):
    out = tmp_path / "review.yaml"
    out.write_text("provider: ingevuld door de reviewer\n", encoding="utf-8")
    assert make_template(report_path, out) == 2
    assert out.read_text(encoding="utf-8") == "provider: ingevuld door de reviewer\n"
    assert "bestaat al en wordt niet overschreven" in capsys.readouterr().err
    assert make_template(report_path, out, "--force") == 0
    backups = list(tmp_path.glob("review.yaml.bak-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == "provider: ingevuld door de reviewer\n"
    assert "status: todo" in out.read_text(encoding="utf-8")
    assert make_template(report_path, out, "--force") == 0
    assert len(list(tmp_path.glob("review.yaml.bak-*"))) == 2


def test_assess_writes_json_html_and_pdf(tmp_path, report_path, capsys):
    review = tmp_path / "review.yaml"
    make_template(report_path, review)
    fill(review, **{"2a-3": "voldoet_bijna"})
    assert main(["assess", str(report_path), "--review", str(review), "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "assessment.json").read_text(encoding="utf-8"))
    assert data["qualified"] is False and data["complete"] is True
    assert {n["norm"]: n["status"] for n in data["norms"]} == {"1": "groen", "2a": "oranje", "2b": "groen", "3": "groen"}
    c13 = [c for n in data["norms"] for c in n["criteria"] if c["criterion"] == "2b-13"][0]
    assert c13["source"] == "override" and c13["automatic"]["status"] == "voldoet_niet"
    assert c13["override"] == {"status": "voldoet", "toelichting": "CQI 2024 staat in het kwaliteitsverslag (PDF)",
                               "actie": "", "reviewer": "J. de Vries", "datum": "2025-02-03"}
    html = (tmp_path / "out" / "assessment.html").read_text(encoding="utf-8")
    assert "Automatisch oordeel (websitecheck)" in html and "J. de Vries, 3 februari 2025" in html
    assert "Werk 2a-3 uit." in html and 'href="https://www.praktijkdelinde.nl/pagina-2b-6"' in html
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "out" / "assessment.pdf").pages)
    assert "Keurmerkrapportage" in pdf_text and PROVIDER in pdf_text and "Nog niet gekwalificeerd" in pdf_text
    assert "Norm 2a" in pdf_text and "Werk 2a-3 uit." in pdf_text
    assert "Norm 2a: oranje (3 van 4 criteria voldaan)" in capsys.readouterr().out


def test_html_escapes_what_a_reviewer_typed(tmp_path, report_path):
    review = tmp_path / "review.yaml"
    make_template(report_path, review)
    fill(review, **{"1-1": "voldoet_niet"})
    data = yaml.safe_load(review.read_text(encoding="utf-8"))
    data["criteria"]["1-1"]["toelichting"] = "<script>alert(1)</script>"
    review.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["assess", str(report_path), "--review", str(review), "--out", str(tmp_path / "out")]) == 0
    html = (tmp_path / "out" / "assessment.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_bad_input_names_every_problem_and_writes_nothing(tmp_path, report_path, capsys):
    review = tmp_path / "review.yaml"
    review.write_text(
        "provider: Praktijk De Linde\nkeurmerk_year: 2025\ncriteria:\n"
        "  1-1: {status: klaar}\n  7-1: {status: voldoet}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["assess", str(report_path), "--review", str(review), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: de rapportage is niet gemaakt:")
    assert "criterium 1-1: ongeldige status 'klaar'" in err and "criterium 7-1 bestaat niet" in err
    assert not out.exists()


def test_failed_rendering_leaves_no_half_written_set(tmp_path, report_path, monkeypatch, capsys):
    import reports.assessment_report as ar

    review = tmp_path / "review.yaml"
    make_template(report_path, review)
    fill(review)
    out = tmp_path / "out"
    out.mkdir()
    (out / "assessment.json").write_text("{\"oud\": true}", encoding="utf-8")

    def broken(html):
        raise RuntimeError("pango ontbreekt")

    monkeypatch.setattr(ar, "render_assessment_pdf", broken)
    assert main(["assess", str(report_path), "--review", str(review), "--out", str(out)]) == 1
    assert "Er is niets weggeschreven" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["assessment.json"]
    assert (out / "assessment.json").read_text(encoding="utf-8") == "{\"oud\": true}"


def test_round_two_shows_round_one_beside_the_new_outcome(tmp_path, report_path, capsys):
    r1 = tmp_path / "ronde1.yaml"
    make_template(report_path, r1)
    fill(r1, **{"2a-3": "voldoet_bijna"})
    assert main(["assess", str(report_path), "--review", str(r1), "--out", str(tmp_path / "ronde1")]) == 0
    previous = tmp_path / "ronde1" / "assessment.json"

    r2 = tmp_path / "ronde2.yaml"
    assert main(["review-template", str(report_path), "--out", str(r2), "--previous-assessment", str(previous)]) == 0
    text = r2.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["round"] == 2 and data["provider"] == PROVIDER
    assert data["previous_assessment"] == "ronde1/assessment.json"
    assert "#   Ronde 1: Voldoet bijna. Zelfevaluatie over 2a-3." in text
    fill(r2)
    # Round 2 may not overwrite the round-1 assessment it refers to.
    assert main(["assess", str(report_path), "--review", str(r2), "--out", str(tmp_path / "ronde1")]) == 2
    assert "uitkomst van ronde 1 bewaard blijft" in capsys.readouterr().err
    assert main(["assess", str(report_path), "--review", str(r2), "--out", str(tmp_path / "ronde2")]) == 0
    result = json.loads((tmp_path / "ronde2" / "assessment.json").read_text(encoding="utf-8"))
    assert result["round"] == 2 and result["qualified"] is True
    assert result["previous"]["qualified"] is False
    n2a = [n for n in result["norms"] if n["norm"] == "2a"][0]
    assert (n2a["previous_status"], n2a["status"]) == ("oranje", "groen")
    html = (tmp_path / "ronde2" / "assessment.html").read_text(encoding="utf-8")
    assert "<th>Ronde 1</th><th>Ronde 2</th>" in html and "ronde 1: Voldoet bijna" in html


def test_scan_folder_with_one_site_is_accepted(tmp_path):
    site = tmp_path / "scan" / "sites" / "praktijkdelinde.nl"
    site.mkdir(parents=True)
    write_report(site / "report.json", make_report())
    (tmp_path / "scan" / "index.json").write_text(json.dumps(
        {"sites": [{"url": "https://www.praktijkdelinde.nl/", "report": "sites/praktijkdelinde.nl/report.json",
                    "status": "ok"}]}), encoding="utf-8")
    assert make_template(tmp_path / "scan", tmp_path / "review.yaml") == 0
    fill(tmp_path / "review.yaml")
    assert main(["assess", str(tmp_path / "scan"), "--review", str(tmp_path / "review.yaml"),
                 "--out", str(tmp_path / "out")]) == 0
    assert json.loads((tmp_path / "out" / "assessment.json").read_text(encoding="utf-8"))["qualified"] is True
