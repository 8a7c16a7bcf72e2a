"""Every Keurmerk year: default year from the peildatum, fallback framework, year rules, notices."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
import yaml
from pypdf import PdfReader

from keurmerk_scan.cli import main
from pipeline.scan import judge
from models.snapshot import Block, CrawlSummary, Page, SiteSnapshot
from norms import UnsupportedYear, default_keurmerk_year, load_norms

FALLBACK_2027 = "normenkader 2025 toegepast; voor 2027 is nog geen normenkader vastgelegd"


def snapshot(url: str = "https://www.praktijkdelinde.nl/", cqi_year: int = 2025) -> SiteSnapshot:
    pages = [
        Page(url=url + "contact", title="Contact", blocks=[
            Block(kind="heading", level=1, text="Contact"),
            Block(kind="paragraph", text="U bereikt de praktijk op werkdagen van 9.00 tot 17.00 uur via 033-1234567 "
                                         "of info@praktijkdelinde.nl."),
        ]),
        Page(url=url + "kwaliteit", title="Kwaliteit", blocks=[
            Block(kind="heading", level=1, text="Cliëntervaringen"),
            Block(kind="paragraph", text=(
                "Wij meten de ervaringen van cliënten met de CQI (Consumer Quality Index), een landelijke vragenlijst. "
                f"Over {cqi_year} gaven cliënten ons gemiddeld het rapportcijfer 8,3 op een schaal van 1 tot 10.")),
        ]),
    ]
    return SiteSnapshot(start_url=url, site="praktijkdelinde.nl", fetched_at=datetime(2026, 11, 30, tzinfo=timezone.utc),
                        pages=pages, crawl=CrawlSummary(status="ok", pages_fetched=len(pages)))


@pytest.mark.parametrize("day, year", [
    (date(2026, 5, 31), 2026), (date(2026, 6, 1), 2027), (date(2026, 11, 30), 2027),
    (date(2026, 12, 31), 2027), (date(2027, 1, 1), 2027), (date(2027, 1, 31), 2027),
    (date(2027, 5, 31), 2027), (date(2027, 6, 1), 2028),
])
def test_default_year_is_the_round_open_or_next(day, year):
    assert default_keurmerk_year(day) == year


@pytest.mark.parametrize("year, framework", [
    (2021, 2021), (2022, 2021), (2024, 2021), (2025, 2025), (2026, 2025), (2030, 2025),
])
def test_a_year_without_a_file_uses_the_newest_earlier_one(year, framework):
    norms = load_norms(year)
    assert norms.keurmerk_year == year and norms.applied_framework_year == framework
    assert norms.id == f"keurmerk-{framework}"
    assert norms.is_fallback is (year != framework)
    expected = f"normenkader {framework} toegepast"
    if year != framework:
        expected += f"; voor {year} is nog geen normenkader vastgelegd"
    assert norms.framework_notice == expected


def test_year_texts_follow_the_requested_year():
    assert load_norms(2027).criterion("2b-13").title.endswith("gemeten over 2026")
    assert load_norms(2025).criterion("2b-13").title.endswith("gemeten over 2024")
    assert "leren in 2027" in load_norms(2027).criterion("3-1").wording
    assert load_norms(2023).criterion("3-4").title.endswith("gemeten over 2022")


def test_a_year_before_2021_is_refused():
    with pytest.raises(UnsupportedYear, match="2020 wordt niet ondersteund"):
        load_norms(2020)


@pytest.mark.parametrize("year, status", [(2022, "voldoet"), (2024, "voldoet_niet")])
def test_cqi_year_rule_follows_the_requested_year_under_the_2021_framework(year, status):
    report = judge(snapshot(cqi_year=2021), load_norms(year), date(year, 1, 20))
    cqi = {f.criterion: f for f in report.findings}["3-4"]
    assert cqi.status == status, cqi.reason
    if status == "voldoet_niet":
        assert "CQI-scores van 2021" in cqi.reason and f"gemeten over {year - 1}" in cqi.action
    assert report.framework_year == 2021 and report.keurmerk_year == year


def test_cqi_year_rule_for_a_year_after_the_newest_framework():
    ok = {f.criterion: f for f in judge(snapshot(cqi_year=2026), load_norms(2027), date(2027, 1, 20)).findings}
    old = {f.criterion: f for f in judge(snapshot(cqi_year=2025), load_norms(2027), date(2027, 1, 20)).findings}
    assert ok["2b-13"].status == "voldoet" and old["2b-13"].status == "voldoet_niet"


def test_bereikbaarheid_2021_bar_is_contact_details():
    """Keurmerk 2021: contact details voldoen (the framework re-grades the check's outcome as data)."""
    snap = snapshot()
    f2021 = {f.criterion: f for f in judge(snap, load_norms(2021), date(2021, 1, 20)).findings}["3-1"]
    f2025 = {f.criterion: f for f in judge(snap, load_norms(2025), date(2025, 1, 20)).findings}["2b-6"]
    assert f2025.status == "voldoet_bijna"
    assert f2021.status == "voldoet" and "bereikbaarheid van de praktijk" in f2021.reason


# --------------------------------------------------------------------------- the scan command

@pytest.fixture
def fake_crawl(monkeypatch):
    """The scan command without the network: the crawler returns a fixed snapshot per URL."""
    import crawler.run

    def crawl_sites(urls, options, progress=None, archive_paths=None, on_snapshot=None, site_hook=None):
        snaps = [snapshot(url=u) for u in urls]
        for index, snap in enumerate(snaps):
            if site_hook is not None:  # what the crawl child does with the scan's hook
                site_hook.on_result(index, crawler.run._load_function(site_hook.function)(index, snap, site_hook.args))
            elif on_snapshot is not None:
                on_snapshot(index, snap)
        return [] if site_hook is not None else snaps

    monkeypatch.setattr(crawler.run, "crawl_sites", crawl_sites)


def scan(tmp_path, *args: str) -> tuple[int, dict, str]:
    out = tmp_path / "out"
    code = main(["scan", "https://www.praktijkdelinde.nl/", "--out", str(out), "--no-screenshots", *args])
    if code != 0:
        return code, {}, ""
    site = out / json.loads((out / "index.json").read_text(encoding="utf-8"))["sites"][0]["report"]
    return code, json.loads(site.read_text(encoding="utf-8")), site.with_name("report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("year", range(2021, 2031))
def test_scan_writes_reports_for_every_year(tmp_path, fake_crawl, year):
    code, report, html = scan(tmp_path, "--keurmerk-year", str(year), "--as-of", "2026-11-30")
    assert code == 0
    framework = 2021 if year < 2025 else 2025
    assert report["keurmerk_year"] == year and report["framework_year"] == framework
    assert report["norm_version"] == f"keurmerk-{framework}"
    ids = [f["criterion"] for f in report["findings"]]
    assert ids == ([f"3-{i}" for i in range(1, 9)] if framework == 2021 else [f"2b-{i}" for i in range(6, 14)])
    assert "niet_beoordeeld" not in {f["status"] for f in report["findings"]}
    notice = report["framework_notice"]
    assert notice.startswith(f"normenkader {framework} toegepast")
    assert (f"voor {year} is nog geen normenkader vastgelegd" in notice) is (year != framework)
    assert notice[0].upper() + notice[1:] in html


def test_scan_without_year_uses_the_default_and_says_which_framework(tmp_path, fake_crawl, capsys):
    code, report, html = scan(tmp_path, "--as-of", "2026-11-30")
    assert code == 0 and report["keurmerk_year"] == 2027 and report["framework_year"] == 2025
    assert report["framework_notice"] == FALLBACK_2027
    assert "Normenkader 2025 toegepast; voor 2027 is nog geen normenkader vastgelegd." in html
    assert "gemeten over 2026" in html
    assert FALLBACK_2027 in capsys.readouterr().err


def test_scan_refuses_2020_in_dutch(tmp_path, fake_crawl, capsys):
    code, _, _ = scan(tmp_path, "--keurmerk-year", "2020")
    assert code == 2
    err = capsys.readouterr().err
    assert "Keurmerkjaar 2020 wordt niet ondersteund" in err and "2021" in err
    assert not (tmp_path / "out").exists()


def test_scan_refuses_a_year_that_is_not_a_number(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["scan", "https://www.praktijkdelinde.nl/", "--out", str(tmp_path / "o"), "--keurmerk-year", "volgend"])
    assert exc.value.code == 2 and "ongeldig Keurmerkjaar" in capsys.readouterr().err


def test_help_explains_the_default_rule(capsys):
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "vanaf 1 juni" in out and "2026-11-30 geeft 2027" in out


# --------------------------------------------------------------------------- review and assessment

def fill(review_path, status="voldoet"):
    data = yaml.safe_load(review_path.read_text(encoding="utf-8"))
    for entry in data["criteria"].values():
        entry.update(status=status, toelichting="Beschreven in de zelfevaluatie.")
    review_path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


def test_fallback_notice_in_the_assessment_json_html_and_pdf(tmp_path, fake_crawl):
    code, report, _ = scan(tmp_path, "--as-of", "2026-11-30")
    assert code == 0
    report_dir = tmp_path / "out"
    review = tmp_path / "review.yaml"
    assert main(["review-template", str(report_dir), "--out", str(review), "--provider", "Praktijk De Linde"]) == 0
    text = review.read_text(encoding="utf-8")
    assert "gemeten over 2026" in text and FALLBACK_2027 in " ".join(text.replace("#", " ").split())
    data = fill(review)
    assert data["keurmerk_year"] == 2027 and "2b-3" in data["criteria"]
    out = tmp_path / "beoordeling"
    assert main(["assess", str(report_dir), "--review", str(review), "--out", str(out)]) == 0
    result = json.loads((out / "assessment.json").read_text(encoding="utf-8"))
    assert result["keurmerk_year"] == 2027 and result["framework_year"] == 2025
    assert result["framework_notice"] == FALLBACK_2027
    assert "Normenkader 2025 toegepast; voor 2027 is nog geen normenkader vastgelegd." in \
        (out / "assessment.html").read_text(encoding="utf-8")
    pdf_text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(out / "assessment.pdf").pages).split())
    assert "voor 2027 is nog geen normenkader vastgelegd" in pdf_text


def test_a_2021_review_has_the_2021_criteria_and_assesses(tmp_path, fake_crawl):
    code, report, _ = scan(tmp_path, "--keurmerk-year", "2021", "--as-of", "2021-01-20")
    assert code == 0 and report["framework_notice"] == "normenkader 2021 toegepast"
    review = tmp_path / "review.yaml"
    assert main(["review-template", str(tmp_path / "out"), "--out", str(review), "--provider", "Praktijk De Linde"]) == 0
    text = review.read_text(encoding="utf-8")
    assert "Keurmerk Basis GGZ 2021" in text and "Excelleert:" in text
    data = fill(review)
    assert data["keurmerk_year"] == 2021
    assert set(data["criteria"]) == {*(f"1-{i}" for i in range(1, 6)), *(f"2-{i}" for i in range(1, 11)), "3-9",
                                     *(f"4-{i}" for i in range(1, 5)), "5-1", "5-2", "6-1", "6-2"}
    data["criteria"]["6-1"]["status"] = "excelleert"  # the fourth level of the 2021 framework
    review.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    out = tmp_path / "beoordeling"
    assert main(["assess", str(tmp_path / "out"), "--review", str(review), "--out", str(out)]) == 0
    result = json.loads((out / "assessment.json").read_text(encoding="utf-8"))
    assert [n["norm"] for n in result["norms"]] == ["1", "2", "3", "4", "5", "6"]
    norm6 = next(n for n in result["norms"] if n["norm"] == "6")
    assert norm6["status"] == "groen" and norm6["criteria"][0]["status_label"] == "Excelleert"
    assert "Excelleert" in (out / "assessment.html").read_text(encoding="utf-8")
    norm3 = next(n for n in result["norms"] if n["norm"] == "3")
    assert [c["criterion"] for c in norm3["criteria"]] == [f"3-{i}" for i in range(1, 10)]
    assert result["framework_notice"] == "normenkader 2021 toegepast"


def test_excelleert_is_refused_for_a_framework_without_that_level(tmp_path, fake_crawl, capsys):
    assert scan(tmp_path, "--keurmerk-year", "2025", "--as-of", "2025-01-20")[0] == 0
    review = tmp_path / "review.yaml"
    assert main(["review-template", str(tmp_path / "out"), "--out", str(review), "--provider", "Praktijk De Linde"]) == 0
    data = fill(review)
    data["criteria"]["3-1"]["status"] = "excelleert"
    review.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert main(["assess", str(tmp_path / "out"), "--review", str(review), "--out", str(tmp_path / "b")]) == 2
    assert "ongeldige status 'excelleert'" in capsys.readouterr().err
