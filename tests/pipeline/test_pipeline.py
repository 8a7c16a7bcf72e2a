"""The judging half of the flow on hand-built snapshots: runner guarantees, report files, HTML."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from checks.base import Check, CheckContext
from checks.runner import run_checks
from pipeline.scan import judge, site_dir_name, write_scan
from models import Block, CrawlSummary, Evidence, Finding, Page, SiteSnapshot
from models.report import SiteReport
from norms import load_norms
from reports.html_report import render_site_report

WEBSITE_CRITERIA = [f"2b-{i}" for i in range(6, 14)]


def snapshot(pages=(), status="ok", failure=None) -> SiteSnapshot:
    return SiteSnapshot(
        start_url="https://praktijk.example/",
        site="praktijk.example",
        fetched_at=datetime(2025, 1, 15, 10, 0, tzinfo=timezone.utc),
        pages=list(pages),
        crawl=CrawlSummary(status=status, failure_reason=failure, pages_fetched=len(pages)),
    )


def page(url: str, *paragraphs: str) -> Page:
    return Page(url=url, title="Praktijk", blocks=[Block(kind="paragraph", text=t) for t in paragraphs])


@pytest.fixture(scope="module")
def norms():
    return load_norms(2025)


def test_failed_crawl_gives_niet_beoordeeld_for_every_criterion(norms):
    snap = snapshot(status="failed", failure="De website is niet bereikbaar (verbinding geweigerd).")
    findings = run_checks(snap, CheckContext(norms, date(2025, 1, 15)))
    assert [f.criterion for f in findings] == WEBSITE_CRITERIA
    assert {f.status for f in findings} == {"niet_beoordeeld"}
    assert all("niet bereikbaar" in f.reason for f in findings)


def test_site_without_text_is_not_judged(norms):
    snap = snapshot(pages=[Page(url="https://praktijk.example/", blocks=[])])
    findings = run_checks(snap, CheckContext(norms, date(2025, 1, 15)))
    assert {f.status for f in findings} == {"niet_beoordeeld"}


def test_readable_site_gets_one_verdict_per_criterion_never_niet_beoordeeld(norms):
    snap = snapshot(pages=[page("https://praktijk.example/", "Welkom bij onze praktijk voor psychologische zorg.")])
    report = judge(snap, norms, date(2025, 1, 15))
    assert [f.criterion for f in report.findings] == WEBSITE_CRITERIA
    assert all(f.status in ("voldoet", "voldoet_bijna", "voldoet_niet") for f in report.findings)
    # nothing on the page speaks of any criterion: no check may claim voldoet
    assert not [f for f in report.findings if f.status == "voldoet"]


def test_a_crashing_check_is_reported_not_raised(norms, monkeypatch):
    from checks import registry

    class Broken(Check):
        topic = "opbouw"
        criterion = "2b-9"
        message_keys = ()

        def run(self, snapshot, ctx):
            raise RuntimeError("boom")

    monkeypatch.setitem(registry._CHECKS, "opbouw", Broken())
    findings = run_checks(snapshot(pages=[page("https://praktijk.example/", "Tekst.")]), CheckContext(norms, date(2025, 1, 15)))
    broken = next(f for f in findings if f.criterion == "2b-9")
    assert broken.status == "niet_beoordeeld" and broken.needs_review
    assert len(findings) == 8


def test_write_scan_follows_the_cli_contract(tmp_path, norms):
    snaps = [snapshot(pages=[page("https://praktijk.example/", "Welkom.")]),
             snapshot(status="failed", failure="HTTP-fout 500 op de startpagina.")]
    reports = [(judge(s, norms, date(2025, 1, 15), url=u), s)
               for s, u in zip(snaps, ["https://praktijk.example/", "praktijk.example"])]
    write_scan(reports, tmp_path)
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert [e["url"] for e in index["sites"]] == ["https://praktijk.example/", "praktijk.example"]
    assert [e["status"] for e in index["sites"]] == ["ok", "failed"]
    assert len({e["report"] for e in index["sites"]}) == 2
    for entry in index["sites"]:
        data = json.loads((tmp_path / entry["report"]).read_text(encoding="utf-8"))
        assert {"schema_version", "url", "keurmerk_year", "scanned_at", "crawl", "findings"} <= data.keys()
        assert {"status", "pages_fetched", "pages_rendered", "documents", "errors"} <= data["crawl"].keys()
        assert [f["criterion"] for f in data["findings"]] == WEBSITE_CRITERIA
        for f in data["findings"]:
            assert {"criterion", "status", "confidence", "reason", "action", "evidence"} <= f.keys()
        assert (tmp_path / entry["report"]).with_name("report.html").exists()
        SiteReport.model_validate(data)


def test_html_report_escapes_site_text_and_shows_evidence(norms):
    snap = snapshot(pages=[page("https://praktijk.example/", "Welkom.")])
    report = judge(snap, norms, date(2025, 1, 15))
    evil = '<script>alert("x")</script> Bel 112'
    report.findings[0] = Finding(criterion="2b-6", status="voldoet_bijna", confidence=0.6,
                                 reason="Alleen contactgegevens.", action="Vermeld wat te doen bij spoed.",
                                 evidence=[Evidence(url="https://praktijk.example/contact", quote=evil)])
    html = render_site_report(report)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "https://praktijk.example/contact" in html
    assert "Voldoet bijna" in html and "Vermeld wat te doen bij spoed." in html


def test_site_dir_names_are_unique_and_safe():
    taken: set[str] = set()
    names = [site_dir_name(u, taken) for u in
             ["https://www.praktijk.nl/", "http://www.praktijk.nl/contact", "http://127.0.0.2:8080/", "ex/../../etc"]]
    assert names[0] == "www.praktijk.nl" and names[1] == "www.praktijk.nl-2"
    assert names[2] == "127.0.0.2_8080"
    assert all("/" not in n and not n.startswith(".") for n in names)


def test_partial_crawl_flags_negative_verdicts_for_review(norms):
    from models import CrawlError

    snap = snapshot(pages=[page("https://praktijk.example/", "Welkom bij onze praktijk.")], status="partial")
    snap.crawl.errors.append(CrawlError(url="https://praktijk.example/", kind="budget",
                                        message="De limiet van 150 pagina's per website is bereikt; niet alle pagina's zijn bekeken."))
    findings = run_checks(snap, CheckContext(norms, date(2025, 1, 15)))
    negative = [f for f in findings if f.status in ("voldoet_niet", "voldoet_bijna")]
    assert negative, "a page that says nothing should give negative verdicts"
    for f in negative:
        assert f.needs_review
        assert "niet de hele website is gelezen" in f.reason and "limiet van 150" in f.reason
    full = run_checks(snapshot(pages=snap.pages), CheckContext(norms, date(2025, 1, 15)))
    assert not any("niet de hele website" in f.reason for f in full)


def test_a_dead_link_alone_is_no_reason_for_review(norms):
    from models import CrawlError

    snap = snapshot(pages=[page("https://praktijk.example/", "Welkom bij onze praktijk.")], status="partial")
    snap.crawl.errors.append(CrawlError(url="https://praktijk.example/oud", kind="http_error", status=404,
                                        message="De pagina https://praktijk.example/oud gaf foutcode 404."))
    findings = run_checks(snap, CheckContext(norms, date(2025, 1, 15)))
    assert not any("niet de hele website" in f.reason for f in findings)
