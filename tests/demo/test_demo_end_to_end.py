"""`keurmerk-scan demo` end to end: serve, crawl (with one rendered page and a PDF), judge, assess."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The verdicts the demo site was written to give (examples/README.md explains each one).
DESIGNED = {
    "2b-6": "voldoet", "2b-7": "voldoet", "2b-8": "voldoet_bijna", "2b-9": "voldoet",
    "2b-10": "voldoet_bijna", "2b-11": "voldoet", "2b-12": "voldoet_bijna", "2b-13": "voldoet_niet",
}

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's Chromium (/usr/bin/chromium) is not installed: run `make setup`")
    out = tmp_path_factory.mktemp("demo") / "out"
    result = subprocess.run([sys.executable, "-m", "keurmerk_scan", "demo", "--out", str(out)],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    return result, out


def test_demo_scans_renders_and_reads_the_pdf(demo_run):
    result, out = demo_run
    assert result.returncode == 0, result.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    report = json.loads((out / index["sites"][0]["report"]).read_text(encoding="utf-8"))
    crawl = report["crawl"]
    assert crawl["status"] == "ok"
    assert crawl["pages_fetched"] >= 10 and crawl["pages_rendered"] >= 1 and crawl["documents"] == 1
    assert {f["criterion"]: f["status"] for f in report["findings"]} == DESIGNED
    cqi = next(f for f in report["findings"] if f["criterion"] == "2b-13")
    assert cqi["details"]["cqi_year"] == 2023 and "2023" in cqi["reason"]
    assert any(e["url"].endswith(".pdf") for e in cqi["evidence"])
    assert "report.html" in result.stdout


def test_demo_writes_the_assessment(demo_run):
    result, out = demo_run
    assessment = json.loads((out / "beoordeling" / "assessment.json").read_text(encoding="utf-8"))
    assert assessment["qualified"] is False
    assert [n["norm"] for n in assessment["norms"]] == ["1", "2a", "2b", "3"]
    assert (out / "beoordeling" / "assessment.pdf").read_bytes().startswith(b"%PDF")
    html = (out / "beoordeling" / "assessment.html").read_text(encoding="utf-8")
    assert "Praktijk De Linde" in html
