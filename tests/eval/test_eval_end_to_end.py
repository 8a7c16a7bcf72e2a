"""End to end through the CLI and the REAL crawler: a 3-record corpus served on loopback."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("crawler.run", reason="the crawler (crawler/run.py) is not there yet")

ROOT = Path(__file__).resolve().parents[2]
CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def record(url, text, cqi_year=None, **labels):
    full = {c: 0 for c in CRITERIA}
    full.update({k.replace("_", "-"): v for k, v in labels.items()})
    return {"url": url, "domain": url.split("/")[2].removeprefix("www."), "text": text,
            "labels": full, "cqi_year": cqi_year, "why": ""}


CORPUS = [
    record("https://www.praktijk-a.nl/contact/",
           "Contact\n\nBereikbaarheid\n\nBuiten kantoortijden en bij spoed belt u uw huisarts of de "
           "huisartsenpost. Bij levensgevaar belt u 112.", **{"2b_6": 2}),
    record("https://praktijk-a.nl/?page_id=7",
           "Werkwijze\n\nNa de aanmelding volgt een intake. Samen maken we een behandelplan.\n\n"
           "Wij werken met EMDR en cognitieve gedragstherapie.", **{"2b_9": 1, "2b_11": 1}),
    record("https://praktijk-b.nl/",
           "Welkom bij Praktijk B\n\nOnze cliënten gaven ons in 2024 een 8,6 (CQI, schaal 1-10).",
           cqi_year=2024, **{"2b_13": 1}),
]


def run_cli(tmp_path, *extra):
    corpus = tmp_path / "mini.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS) + "\n", encoding="utf-8")
    out = tmp_path / "eval.json"
    proc = subprocess.run(
        [sys.executable, "-m", "keurmerk_scan", "eval", str(corpus), "--out", str(out),
         "--as-of", "2025-03-01", *extra],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout, json.loads(out.read_text(encoding="utf-8"))


def test_crawled_baseline_reaches_every_labelled_page(tmp_path):
    stdout, data = run_cli(tmp_path, "--baseline", "--show-disagreements")
    assert data["mode"] == "crawl" and data["scorer"] == "baseline"
    assert data["sites"] == 2 and data["records"] == 3
    assert "crawl" in data["timings_seconds"]
    sites = {s["site"]: s for s in data["per_site"]}
    # the crawler found both linked pages of praktijk-a.nl (one behind a query string)
    assert sites["praktijk-a.nl"]["record_pages_missing"] == []
    assert sites["praktijk-a.nl"]["crawl_status"] in ("ok", "partial")
    assert sites["praktijk-a.nl"]["local_url"].startswith("http://127.0.0.2:")
    # verdicts that need the text of the linked pages
    a = sites["praktijk-a.nl"]["predicted"]
    assert a["2b-6"] == "voldoet_bijna" and a["2b-9"] == "voldoet_bijna" and a["2b-11"] == "voldoet_bijna"
    assert sites["praktijk-b.nl"]["predicted"]["2b-13"] == "voldoet_bijna"
    assert sites["praktijk-b.nl"]["predicted"]["2b-6"] == "voldoet_niet"
    # evidence points at the corpus URLs, not at the local copies
    d = next(d for d in data["disagreements"] if d["site"] == "praktijk-a.nl" and d["criterion"] == "2b-6")
    assert d["evidence"] and d["evidence"][0]["url"] == "https://www.praktijk-a.nl/contact/"
    assert data["metrics"]["totaal"]["n"] == 16
    assert "totaal" in stdout


def test_crawled_detectors_judge_every_criterion(tmp_path):
    stdout, data = run_cli(tmp_path)
    assert data["scorer"] == "detectors"
    for site in data["per_site"]:
        assert site["record_pages_missing"] == []
        assert set(site["predicted"]) == set(CRITERIA)
        assert "ontbreekt" not in site["predicted"].values()
    assert data["metrics"]["totaal"]["n"] == 16
    assert "Tijd: crawl" in stdout
