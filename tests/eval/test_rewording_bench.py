"""bench/rewording.py: a page and its rewrite judged side by side (counts only)."""
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("rewording", ROOT / "bench" / "rewording.py")
rewording = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rewording)

LABELS = {"2b-6": 2, "2b-7": 0, "2b-8": 0, "2b-9": 0, "2b-10": 0, "2b-11": 0, "2b-12": 0, "2b-13": 0}


def _write(path: Path, url: str, text: str) -> str:
    rec = {"url": url, "domain": url.split("/")[2], "text": text, "labels": LABELS, "cqi_year": None, "why": "2b-6: crisis"}
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_a_reading_that_breaks_on_the_rewrite_is_counted(tmp_path, capsys):
    old = _write(tmp_path / "a.jsonl", "https://praktijk-a.example/contact",
                 "Contact\n\nBuiten kantoortijden belt u bij spoed de huisartsenpost. Bij levensgevaar belt u 112.")
    # the same advice, but in words no reachability reading knows: the check is right on the original only
    new = _write(tmp_path / "b.jsonl", "https://praktijk-b.example/contact",
                 "Contact\n\nWanneer wij dicht zijn en het niet kan wachten, weet u ons niet te vinden; zoek dan iemand die wel open is.")
    assert rewording.main(old, new) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("2b-6"))
    assert row.split()[1:5] == ["0", "1", "0", "0"]


def test_files_of_different_length_are_refused_in_dutch(tmp_path, capsys):
    old = _write(tmp_path / "a.jsonl", "https://praktijk-a.example/contact", "Contact\n\nBel ons op 030-1234567.")
    new = tmp_path / "b.jsonl"
    line = Path(old).read_text(encoding="utf-8")
    new.write_text(line + line.replace("praktijk-a", "praktijk-c"), encoding="utf-8")
    assert rewording.main(old, str(new)) == 2
    assert "dezelfde pagina's in dezelfde volgorde" in capsys.readouterr().err
