"""The `eval` command: bad input messages, and a no-crawl run with the keyword baseline."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from keurmerk_scan.cli import main

CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def line(url, text, cqi_year=None, **labels):
    full = {c: 0 for c in CRITERIA}
    full.update({k.replace("_", "-"): v for k, v in labels.items()})
    return json.dumps({"url": url, "domain": url.split("/")[2].removeprefix("www."), "text": text,
                       "labels": full, "cqi_year": cqi_year, "why": ""})


def write(tmp_path, *lines):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_eval(capsys, *argv):
    code = main(["eval", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_file(tmp_path, capsys):
    code, _, err = run_eval(capsys, tmp_path / "nope.jsonl", "--no-crawl")
    assert code != 0
    assert "corpusbestand niet gevonden" in err and "nope.jsonl" in err


def test_invalid_json_names_the_line(tmp_path, capsys):
    path = write(tmp_path, line("https://a.nl/x", "Tekst"), "", '{"url": "https://b.nl/", "text": ')
    code, _, err = run_eval(capsys, path, "--no-crawl")
    assert code != 0
    assert "regel 3" in err and "geen geldige JSON" in err


def test_unknown_criterion_names_the_line_and_id(tmp_path, capsys):
    bad = json.loads(line("https://b.nl/", "Tekst"))
    bad["labels"]["2b-99"] = 1
    path = write(tmp_path, line("https://a.nl/x", "Tekst"), json.dumps(bad))
    code, _, err = run_eval(capsys, path, "--no-crawl")
    assert code != 0
    assert "regel 2" in err and "'2b-99'" in err and "onbekend criterium" in err


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["labels"].update({"2b-6": 3}), "verwacht 0, 1 of 2"),
    (lambda d: d["labels"].pop("2b-9"), "label ontbreekt voor 2b-9"),
    (lambda d: d.pop("text"), "ontbreken: text"),
    (lambda d: d.update({"url": "ftp://x"}), "ongeldige url"),
    (lambda d: d.update({"cqi_year": "2024"}), "cqi_year"),
])
def test_bad_record_fields(tmp_path, capsys, mutate, message):
    data = json.loads(line("https://a.nl/x", "Tekst"))
    mutate(data)
    code, _, err = run_eval(capsys, write(tmp_path, json.dumps(data)), "--no-crawl")
    assert code != 0
    assert "regel 1" in err and message in err


def test_empty_corpus(tmp_path, capsys):
    code, _, err = run_eval(capsys, write(tmp_path, "", "   "), "--no-crawl")
    assert code != 0 and "geen records" in err


def test_unknown_keurmerk_year(tmp_path, capsys):
    code, _, err = run_eval(capsys, write(tmp_path, line("https://a.nl/x", "T")), "--no-crawl",
                            "--keurmerk-year", "1999")
    assert code != 0 and "1999" in err


def test_baseline_no_crawl_figures(tmp_path, capsys):
    corpus = write(
        tmp_path,
        # site a.nl: two pages; "spoed" and "intake" occur; labels 2b-6 = max(1, 2) = 2
        line("https://a.nl/contact", "Contact\n\nBij spoed belt u de huisarts.", **{"2b_6": 1}),
        line("https://a.nl/spoed", "Spoed\n\nBel 112 of de huisartsenpost.", **{"2b_6": 2, "2b_9": 1}),
        # site b.nl: CQI 8,2 over 2022 -> expected 0 under the year rule although labelled 2
        line("https://b.nl/", "Welkom\n\nOnze CQI: rapportcijfer 8,2 (2022).\n\nWij doen een intake.",
             cqi_year=2022, **{"2b_13": 2, "2b_9": 1}),
    )
    out_file = tmp_path / "out" / "eval.json"
    code, out, err = run_eval(capsys, corpus, "--no-crawl", "--baseline", "--out", out_file,
                              "--show-disagreements", "--as-of", "2025-03-01")
    assert code == 0, err
    assert "totaal" in out and "ontwikkelmodus" in out
    data = json.loads(out_file.read_text())
    assert data["mode"] == "no-crawl" and data["scorer"] == "baseline"
    assert data["records"] == 3 and data["sites"] == 2 and data["as_of"] == "2025-03-01"
    per_site = {s["site"]: s for s in data["per_site"]}
    assert per_site["a.nl"]["expected"]["2b-6"] == "voldoet"
    assert per_site["a.nl"]["predicted"]["2b-6"] == "voldoet_bijna"     # baseline never passes
    assert per_site["b.nl"]["expected"]["2b-13"] == "voldoet_niet"      # year rule
    assert per_site["b.nl"]["predicted"]["2b-13"] == "voldoet_bijna"
    m = data["metrics"]
    # a.nl 2b-6: expected 2, got 1; b.nl 2b-6: 0/0
    assert m["2b-6"]["exact"] == 0.5 and m["2b-6"]["n"] == 2
    # 2b-9: a.nl label 1 (page /spoed), baseline finds no "intake" on a.nl -> 0; b.nl 1/1
    assert per_site["a.nl"]["predicted"]["2b-9"] == "voldoet_niet"
    assert m["2b-9"]["exact"] == 0.5 and m["2b-9"]["recall"] == 0.5
    # 2b-8 ("niet") does not occur anywhere: all 0/0
    assert m["2b-8"]["exact"] == 1.0
    assert m["totaal"]["n"] == 16
    wrong = {(d["site"], d["criterion"]) for d in data["disagreements"]}
    assert wrong == {("a.nl", "2b-6"), ("a.nl", "2b-9"), ("b.nl", "2b-13")}
    assert m["totaal"]["exact"] == pytest.approx(13 / 16)
    evidence = next(d for d in data["disagreements"] if d["criterion"] == "2b-13")["evidence"]
    assert evidence and evidence[0]["url"] == "https://b.nl/" and "CQI" in evidence[0]["quote"]
    assert "a.nl 2b-6: verwacht voldoet, gekregen voldoet_bijna" in out


def test_module_entry_point_runs(tmp_path):
    corpus = write(tmp_path, line("https://a.nl/x", "Titel\n\nTekst over EMDR.", **{"2b_11": 1}))
    proc = subprocess.run(
        [sys.executable, "-m", "keurmerk_scan", "eval", str(corpus), "--no-crawl", "--baseline",
         "--out", str(tmp_path / "e.json")],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "e.json").read_text())["metrics"]["2b-11"]["exact"] == 1.0


def test_default_as_of_follows_keurmerk_year(tmp_path, capsys):
    out_file = tmp_path / "e.json"
    code, out, err = run_eval(capsys, write(tmp_path, line("https://a.nl/x", "T")), "--no-crawl",
                              "--baseline", "--out", out_file)
    assert code == 0, err
    assert json.loads(out_file.read_text())["as_of"] == "2025-12-31"
    assert "peildatum 2025-12-31" in out


def test_out_pointing_at_a_directory_is_refused(tmp_path, capsys):
    code, _, err = run_eval(capsys, write(tmp_path, line("https://a.nl/x", "T")), "--no-crawl",
                            "--out", tmp_path)
    assert code != 0 and "is een map" in err
