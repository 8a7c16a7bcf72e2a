"""The evidence archive end to end on the demo site: WARC, screenshots, and judging again offline."""
from __future__ import annotations

import importlib
import json
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from crawler.replay import snapshot_from_warc
from keurmerk_scan.cli import main
from pipeline.scan import judge
from keurmerk_scan.siteserver import SiteServer, routes_from_directory
from models.report import SiteReport
from models.snapshot import SiteSnapshot
from norms import load_norms

REPO = Path(__file__).resolve().parents[2]
DEMO_SITE = REPO / "examples" / "demo-site"

pytestmark = pytest.mark.browser
# The module (checks.text re-exports a function of the same name).
terms = importlib.import_module("checks.text.terms")


def warcio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warcio.cli", *args], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def demo_scan(tmp_path_factory):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's Chromium (/usr/bin/chromium) is not installed: run `make setup`")
    out = tmp_path_factory.mktemp("archive-demo") / "scan"
    with SiteServer(routes_from_directory(DEMO_SITE), host="127.0.0.1") as server:
        code = main(["scan", server.url, "--out", str(out), "--as-of", "2025-01-15"])
        base = server.url
    assert code == 0
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    site_dir = (out / index["sites"][0]["report"]).parent
    return out, site_dir, base


def records(path: Path) -> list[dict]:
    result = warcio("index", "-f", "warc-type,warc-target-uri,http:status,warc-keurmerk-role", str(path))
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_warc_is_valid_and_holds_every_page_the_pdf_and_the_rendered_team_page(demo_scan):
    _, site_dir, base = demo_scan
    warc = site_dir / "archive.warc.gz"
    check = warcio("check", "-v", str(warc))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "fail" not in check.stdout.lower()

    recs = records(warc)
    responses = {r["warc-target-uri"] for r in recs if r["warc-type"] == "response"}
    requests = {r["warc-target-uri"] for r in recs if r["warc-type"] == "request"}
    pages = {base + p.name for p in DEMO_SITE.glob("*.html")}
    assert pages <= responses, pages - responses
    assert base + "kwaliteitsstatuut.pdf" in responses
    assert base + "robots.txt" in responses
    assert responses <= requests  # every response with the request the crawl sent
    rendered = [r for r in recs if r["warc-type"] == "resource"]
    assert [r["warc-target-uri"] for r in rendered] == [base + "team.html"]
    assert recs[0]["warc-type"] == "warcinfo"
    assert recs[-1] == {"warc-type": "metadata", "warc-target-uri": "urn:keurmerk:crawl"}

    report = json.loads((site_dir / "report.json").read_text(encoding="utf-8"))
    archive = report["crawl"]["archive"]
    assert archive["file"] == "archive.warc.gz" and archive["bytes"] == warc.stat().st_size
    assert archive["records"] == len(recs) and archive["truncated"] is False


def test_the_rendered_dom_in_the_archive_holds_the_script_built_team(demo_scan):
    _, site_dir, _ = demo_scan
    snapshot = snapshot_from_warc(site_dir / "archive.warc.gz")
    team = next(p for p in snapshot.pages if p.url.endswith("team.html"))
    assert team.rendered
    static = (DEMO_SITE / "team.html").read_text(encoding="utf-8")
    # Names the script puts on the page are in the rebuilt page, not in the static file.
    built = [b.text for b in team.blocks if b.text not in static]
    assert built, "the team page was read from the static HTML, not from the rendered DOM"


def test_evidence_pages_have_screenshots_shown_in_the_report(demo_scan):
    _, site_dir, _ = demo_scan
    report = SiteReport.model_validate_json((site_dir / "report.json").read_text(encoding="utf-8"))
    snapshot = SiteSnapshot.model_validate_json((site_dir / "snapshot.json").read_text(encoding="utf-8"))
    kinds = {p.url: p.kind for p in snapshot.pages}
    html_evidence = [ev for f in report.findings for ev in f.evidence if kinds.get(ev.url) == "html"]
    assert html_evidence
    from PIL import Image

    for ev in html_evidence:
        assert ev.screenshot and ev.thumbnail, ev.url
        with Image.open(site_dir / ev.screenshot) as shot:
            assert shot.format == "PNG" and shot.height >= 900  # full page, at least one screen
        with Image.open(site_dir / ev.thumbnail) as thumb:
            assert thumb.format == "JPEG" and thumb.width == 320
    # Each quote's thumbnail shows the part of the page around that quote (found on the page).
    located = [ev for ev in html_evidence if Path(ev.thumbnail).name != Path(ev.screenshot).stem + "-klein.jpg"]
    assert len(located) >= 0.8 * len(html_evidence)
    # A quoted PDF: a picture of the PDF page with the quote, made from the archived PDF.
    pdf_evidence = [ev for f in report.findings for ev in f.evidence if kinds.get(ev.url) == "pdf"]
    assert pdf_evidence
    for ev in pdf_evidence:
        assert ev.screenshot and ev.screenshot.endswith("-p1.png") and (site_dir / ev.thumbnail).is_file()
    html = (site_dir / "report.html").read_text(encoding="utf-8")
    for ev in html_evidence:
        assert f'src="{ev.thumbnail}"' in html


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access during rejudge: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def rejudge_outcome(out: Path) -> dict:
    latest = max(out.glob("rejudged-*.json"), key=lambda p: p.stat().st_mtime_ns)
    return json.loads(latest.read_text(encoding="utf-8"))


def test_rejudge_without_network_gives_the_same_findings(demo_scan, no_network, capsys):
    out, site_dir, _ = demo_scan
    assert main(["rejudge", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "geen wijzigingen" in printed
    site = rejudge_outcome(out)["sites"][0]
    assert site["ok"] and site["changes"] == []
    old = SiteReport.model_validate_json((site_dir / "report.json").read_text(encoding="utf-8"))
    new = SiteReport.model_validate_json(Path(site["new_report"]).read_text(encoding="utf-8"))
    assert new.findings == old.findings  # screenshots included: they stay with their evidence
    assert new.rejudged_at is not None and Path(site["new_report"]).with_suffix(".html").is_file()
    assert (site_dir / "report.json").read_text(encoding="utf-8")  # the old report is kept


def test_rejudge_after_a_vocabulary_change_reports_exactly_the_changed_findings(
        demo_scan, no_network, tmp_path, monkeypatch, capsys):
    out, site_dir, _ = demo_scan
    vocab = tmp_path / "vocab"
    shutil.copytree(terms.VOCAB_DIR, vocab)
    ehealth = yaml.safe_load((vocab / "ehealth.yaml").read_text(encoding="utf-8"))
    # The provider's eHealth offer is no longer recognised: only 2b-12 uses this vocabulary.
    ehealth["platform"] = {"geen": ["zzzgeenplatformzzz"]}
    ehealth["generic"] = {"geen": ["zzzgeenehealthzzz"]}
    (vocab / "ehealth.yaml").write_text(yaml.safe_dump(ehealth, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(terms, "VOCAB_DIR", vocab)
    terms.load_vocab.cache_clear()
    try:
        old = SiteReport.model_validate_json((site_dir / "report.json").read_text(encoding="utf-8"))
        snapshot = SiteSnapshot.model_validate_json((site_dir / "snapshot.json").read_text(encoding="utf-8"))
        expected = judge(snapshot, load_norms(old.keurmerk_year), old.as_of, url=old.url)
        differs = [n.criterion for o, n in zip(old.findings, expected.findings) if o.status != n.status]
        assert differs == ["2b-12"]  # the test's premise: this change moves one verdict

        assert main(["rejudge", str(out)]) == 0
    finally:
        terms.load_vocab.cache_clear()
    site = rejudge_outcome(out)["sites"][0]
    assert [c["criterion"] for c in site["changes"]] == ["2b-12"]
    change = site["changes"][0]
    assert change["old_status"] == old.findings[6].status
    assert change["new_status"] == expected.findings[6].status
    assert "oordeel" in change["what"]
    printed = capsys.readouterr().out
    assert "1 bevinding gewijzigd" in printed and "2b-12:" in printed
