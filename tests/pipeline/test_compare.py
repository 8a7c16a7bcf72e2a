"""Re-scan comparison: regressions, improvements, unreadable runs, sites present in one run only."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from keurmerk_scan.cli import main
from pipeline.compare import compare_scans, compare_status
from pipeline.scan import judge, write_scan
from models import Block, CrawlSummary, Page, SiteSnapshot
from norms import load_norms

CONTACT = ("Buiten kantooruren kunt u contact opnemen met de huisartsenpost. "
           "Bij een crisis of acute nood belt u 112 of 113 Zelfmoordpreventie (0800-0113).")


def snap(url: str, text: str | None) -> SiteSnapshot:
    pages = [] if text is None else [Page(url=url + "contact", blocks=[Block(kind="paragraph", text=text)])]
    status = "failed" if text is None else "ok"
    return SiteSnapshot(start_url=url, site=url.split("//")[1].strip("/"),
                        fetched_at=datetime(2025, 1, 15, tzinfo=timezone.utc), pages=pages,
                        crawl=CrawlSummary(status=status, failure_reason="Niet bereikbaar." if text is None else None))


def scan_dir(tmp_path, name, sites: dict[str, str | None], year: int = 2025):
    norms = load_norms(year)
    reports = [(judge(snap(u, t), norms, date(year, 1, 15)), snap(u, t)) for u, t in sites.items()]
    write_scan(reports, tmp_path / name)
    return tmp_path / name


@pytest.mark.parametrize("old, new, change", [
    ("voldoet", "voldoet_bijna", "verslechterd"), ("voldoet_niet", "voldoet", "verbeterd"),
    ("voldoet", "voldoet", "gelijk"), ("voldoet", "niet_beoordeeld", "nu niet beoordeeld"),
    ("niet_beoordeeld", "voldoet_niet", "weer beoordeeld"), (None, "voldoet", "nieuw criterium"),
])
def test_status_changes(old, new, change):
    assert compare_status(old, new) == change


def test_compare_finds_the_regression_and_the_unreadable_site(tmp_path):
    a, b, c = "http://a.example/", "http://b.example/", "http://c.example/"
    old = scan_dir(tmp_path, "old", {a: CONTACT, b: CONTACT, c: CONTACT})
    new = scan_dir(tmp_path, "new", {a: "Bel ons op werkdagen via 030-1234567.", b: None, "http://d.example/": CONTACT})
    comparison = compare_scans(old, new)
    by_url = {s.url: s for s in comparison.sites}
    six_a = next(ch for ch in by_url[a].changes if ch.criterion == "2b-6")
    assert (six_a.old_status, six_a.new_status, six_a.change) == ("voldoet", "voldoet_bijna", "verslechterd")
    # an unreachable re-scan is never a regression
    assert by_url[b].regressions == [] and by_url[b].new_crawl_status == "failed"
    assert {ch.change for ch in by_url[b].changes} == {"nu niet beoordeeld"}
    assert by_url[c].presence == "alleen oud" and by_url["http://d.example/"].presence == "alleen nieuw"
    assert comparison.regression_count == 1


def test_compare_cli_exit_codes_and_json(tmp_path, capsys):
    a = "http://a.example/"
    old = scan_dir(tmp_path, "old", {a: CONTACT})
    new = scan_dir(tmp_path, "new", {a: "Bel ons op werkdagen via 030-1234567."})
    assert main(["compare", str(old), str(new), "--out", str(tmp_path / "c.json")]) == 0
    out = capsys.readouterr().out
    assert "2b-6: voldoet → voldoet bijna (verslechterd)" in out
    assert json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["sites"][0]["url"] == a
    assert main(["compare", str(old), str(new), "--fail-on-regression"]) == 1
    assert main(["compare", str(old), str(old), "--fail-on-regression"]) == 0
    assert main(["compare", str(tmp_path / "missing"), str(new)]) == 2
    assert "index.json ontbreekt" in capsys.readouterr().err


CQI_2024 = ("Wij meten cliëntervaringen met de CQI (Consumer Quality Index). Over 2024 gaven cliënten ons "
            "gemiddeld het rapportcijfer 8,4 op een schaal van 1 tot 10.")


def test_a_change_between_two_frameworks_is_not_a_regression(tmp_path, capsys):
    a = "http://a.example/"
    # the same site text: CQI over 2024 voldoet for Keurmerk 2025, not for 2026 (same norm file, other year)
    old = scan_dir(tmp_path, "old", {a: CQI_2024}, year=2025)
    new = scan_dir(tmp_path, "new", {a: CQI_2024}, year=2026)
    site = compare_scans(old, new).sites[0]
    cqi = next(ch for ch in site.changes if ch.criterion == "2b-13")
    assert (cqi.old_status, cqi.new_status, cqi.change) == ("voldoet", "voldoet_niet", "ander normenkader")
    assert site.regressions == [] and "verschillende normenkaders" in site.framework_note
    assert "Keurmerk 2025 (keurmerk-2025)" in site.framework_note
    assert "Keurmerk 2026 (keurmerk-2025, normenkader 2025)" in site.framework_note
    assert main(["compare", str(old), str(new), "--fail-on-regression"]) == 0
    assert "niet als verslechtering" in capsys.readouterr().out
    # 2021 against 2025: other criteria altogether, never a regression
    old21 = scan_dir(tmp_path, "old21", {a: CONTACT}, year=2021)
    site = compare_scans(old21, old).sites[0]
    assert site.regressions == [] and "keurmerk-2021" in site.framework_note
    assert {ch.change for ch in site.changes} <= {"nieuw criterium", "vervallen criterium"}


def test_the_same_framework_still_finds_regressions(tmp_path):
    a = "http://a.example/"
    old = scan_dir(tmp_path, "old", {a: CQI_2024.replace("2024", "2025")}, year=2026)
    new = scan_dir(tmp_path, "new", {a: "Bel ons op werkdagen via 030-1234567."}, year=2026)
    site = compare_scans(old, new).sites[0]
    assert site.framework_note == "" and [r.criterion for r in site.regressions] == ["2b-13"]
