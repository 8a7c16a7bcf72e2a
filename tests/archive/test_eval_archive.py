"""`eval --archive DIR` keeps the evaluation crawl; `eval --from-archive DIR` scores it again offline."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def record(url, text, **labels):
    full = {c: 0 for c in CRITERIA}
    full.update({k.replace("_", "-"): v for k, v in labels.items()})
    return {"url": url, "domain": url.split("/")[2].removeprefix("www."), "text": text,
            "labels": full, "cqi_year": None, "why": ""}


CORPUS = [
    record("https://www.praktijk-kade.nl/spoed/",
           "Spoed\n\nBuiten onze openingstijden neemt u bij spoed contact op met de huisartsenpost; "
           "bij direct gevaar belt u 112.", **{"2b_6": 2}),
    record("https://praktijk-duin.nl/aanpak/",
           "Aanpak\n\nEerst is er een kennismakingsgesprek en een intake. Daarna stellen we samen een "
           "behandelplan op, dat we halverwege evalueren.\n\nWe werken met EMDR.", **{"2b_9": 2, "2b_11": 1}),
]


def run_eval(tmp_path: Path, name: str, *extra: str) -> tuple[subprocess.CompletedProcess, dict | None]:
    corpus = tmp_path / "mini.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in CORPUS) + "\n", encoding="utf-8")
    out = tmp_path / f"{name}.json"
    proc = subprocess.run(
        [sys.executable, "-m", "keurmerk_scan", "eval", str(corpus), "--out", str(out), "--as-of", "2025-03-01",
         *extra], capture_output=True, text=True, cwd=ROOT, timeout=180)
    return proc, (json.loads(out.read_text(encoding="utf-8")) if out.exists() else None)


def test_eval_from_the_archive_scores_the_same_pages_the_same_way(tmp_path):
    archive = tmp_path / "archief"
    crawled, first = run_eval(tmp_path, "crawl", "--archive", str(archive))
    assert crawled.returncode == 0, crawled.stderr
    assert sorted(p.name for p in archive.iterdir()) == ["praktijk-duin.nl.warc.gz", "praktijk-kade.nl.warc.gz"]
    again, second = run_eval(tmp_path, "replay", "--from-archive", str(archive))
    assert again.returncode == 0, again.stderr
    assert "uit de archieven" in again.stdout
    assert first["mode"] == "crawl" and second["mode"] == "archive"
    assert second["per_site"] == first["per_site"]
    assert second["metrics"] == first["metrics"]


def test_eval_from_a_missing_archive_is_a_dutch_error(tmp_path):
    (tmp_path / "leeg").mkdir()
    proc, data = run_eval(tmp_path, "x", "--from-archive", str(tmp_path / "leeg"))
    assert proc.returncode == 2 and data is None
    assert "geen archief gevonden" in proc.stderr
    proc, _ = run_eval(tmp_path, "y", "--from-archive", str(tmp_path / "bestaat-niet"))
    assert proc.returncode == 2 and "bestaat niet" in proc.stderr
