"""A Keurmerk 2021 scan of the demo site: a verdict with evidence for every 2021 website criterion."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from keurmerk_scan.siteserver import SiteServer, routes_from_directory

REPO = Path(__file__).resolve().parents[2]
SITE = REPO / "examples" / "demo-site"
CRITERIA_2021 = [f"3-{i}" for i in range(1, 9)]  # norm 3 Transparant zijn, website items (3-9 naasten: reviewer)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_2021(tmp_path_factory):
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's Chromium (/usr/bin/chromium) is not installed: run `make setup`")
    out = tmp_path_factory.mktemp("demo2021") / "out"
    with SiteServer(routes_from_directory(SITE), host="127.0.0.1") as server:
        result = subprocess.run(
            [sys.executable, "-m", "keurmerk_scan", "scan", server.url, "--out", str(out),
             "--keurmerk-year", "2021", "--as-of", "2021-01-20"],
            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    report_path = out / index["sites"][0]["report"]
    return json.loads(report_path.read_text(encoding="utf-8")), report_path.with_name("report.html")


def test_every_2021_website_criterion_gets_a_verdict_with_evidence(report_2021):
    report, _ = report_2021
    assert report["keurmerk_year"] == 2021 and report["norm_version"] == "keurmerk-2021"
    findings = {f["criterion"]: f for f in report["findings"]}
    assert list(findings) == CRITERIA_2021
    for cid, f in findings.items():
        assert f["status"] in ("voldoet", "voldoet_bijna", "voldoet_niet"), (cid, f["reason"])
        assert f["evidence"] and all(e["url"] and e["quote"] for e in f["evidence"]), cid


def test_the_demo_site_tells_with_whom_how_and_when_it_works_together(report_2021):
    report, html = report_2021
    samenwerking = next(f for f in report["findings"] if f["criterion"] == "3-3")
    assert samenwerking["status"] == "voldoet", samenwerking["reason"]
    assert any(e["url"].endswith("over-ons.html") and "huisarts" in e["quote"] for e in samenwerking["evidence"])
    assert {"huisarts", "POH-GGZ"} <= set(samenwerking["details"]["partners"])
    page = html.read_text(encoding="utf-8")
    assert "Samenwerking met andere zorgaanbieders" in page and "Normenkader 2021 toegepast." in page
    assert "Norm 3, criteria 3-1 – 3-8 (website)" in page

