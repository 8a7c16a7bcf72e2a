"""Start-up: --help, --version and argument errors answer without loading spaCy or Scrapy.

Each case runs the real CLI entry point in a fresh interpreter and then lists which heavy
packages ended up in ``sys.modules`` (a behaviour check, not a timing test).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("spacy", "scrapy", "twisted", "weasyprint", "playwright")

PROBE = """
import contextlib, io, json, sys
from keurmerk_scan.cli import main
out, err = io.StringIO(), io.StringIO()
code = None
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(%r))
print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue(), "heavy": heavy}))
""" % (HEAVY,)


def probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argv, code, stream, text", [
    (("--version",), 0, "out", "keurmerk-scan"),
    (("--help",), 0, "out", "scan"),
    (("scan", "--help"), 0, "out", "--max-pages"),
    (("eval", "--help"), 0, "out", "CORPUS"),
    (("scan", "https://praktijk.example/"), 2, "err", "--out"),            # a required option missing
    (("scan", "geen url", "--out", "x"), 2, "err", "ongeldige URL"),
    (("scan", "https://praktijk.example/", "--out", "x", "--max-pages", "0"), 2, "err", "positief"),
    (("compare",), 2, "err", "usage"),
])
def test_light_answers_load_no_heavy_packages(argv, code, stream, text):
    got = probe(*argv)
    assert got["code"] == code
    assert text in got[stream]
    assert got["heavy"] == []


def test_a_scan_judges_in_the_crawl_child_and_the_probe_sees_heavy_packages(tmp_path):
    """A scan without screenshots crawls and judges in the crawl child: the CLI process loads
    neither Scrapy nor spaCy, yet every criterion got its finding. Guard against a probe that
    cannot fail: rejudging that scan judges in the CLI process, and the probe sees spaCy."""
    out = tmp_path / "out"
    got = probe("scan", "http://127.0.0.1:9/", "--out", str(out), "--render", "never")
    assert got["code"] == 0
    assert got["heavy"] == []
    report = json.loads((out / "sites" / "127.0.0.1_9" / "report.json").read_text("utf-8"))
    assert "niet bereikbaar" in report["crawl"]["failure_reason"]
    assert len(report["findings"]) == 8 and {f["status"] for f in report["findings"]} == {"niet_beoordeeld"}
    got = probe("rejudge", str(out))
    assert got["code"] == 0
    assert "spacy" in got["heavy"]
