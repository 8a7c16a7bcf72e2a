"""The whole path through the CLI: scan a fixture site, generate the template, fill it, assess.

Needs the crawler and the scan command; the site is served locally (never the internet).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assess_helpers import FIXTURES
from keurmerk_scan.siteserver import SiteServer, routes_from_directory

ROOT = Path(__file__).resolve().parents[2]
PROVIDER = "Praktijk Het Baken"


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "keurmerk_scan", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    out = tmp_path_factory.mktemp("scan")
    with SiteServer(routes_from_directory(FIXTURES / "site"), host="127.0.0.41") as server:
        result = cli("scan", server.url, "--out", str(out / "scan"), "--render", "never")
    assert result.returncode == 0, result.stderr
    index = json.loads((out / "scan" / "index.json").read_text(encoding="utf-8"))
    assert len(index["sites"]) == 1
    return out / "scan" / index["sites"][0]["report"]


@pytest.fixture(scope="module")
def template(scanned, tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "review.yaml"
    result = cli("review-template", str(scanned), "--out", str(path), "--provider", PROVIDER)
    assert result.returncode == 0, result.stderr
    return path.read_text(encoding="utf-8")


def filled(template: str, scanned: Path, **changes: str) -> str:
    """What a reviewer does: judge every criterion, and decide on website verdicts that do not voldoen."""
    data = yaml.safe_load(template)
    data["reviewer"] = "J. de Vries"
    for cid, entry in data["criteria"].items():
        entry["status"] = changes.get(cid, "voldoet")
        entry["toelichting"] = f"De zelfevaluatie beschrijft {cid} concreet."
        if entry["status"] not in ("voldoet", "todo"):
            entry["actie"] = f"Beschrijf bij {cid} hoe u dit doet."
    report = json.loads(scanned.read_text(encoding="utf-8"))
    data["overrides"] = {
        f["criterion"]: {"status": "voldoet", "toelichting": "Gecontroleerd op de website en in het kwaliteitsverslag.",
                         "datum": "2025-02-03"}
        for f in report["findings"] if f["status"] != "voldoet"
    }
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def assess(scanned: Path, review_text: str, tmp_path: Path) -> dict:
    review = tmp_path / "review.yaml"
    review.write_text(review_text, encoding="utf-8")
    out = tmp_path / "out"
    result = cli("assess", str(scanned), "--review", str(review), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["assessment.html", "assessment.json", "assessment.pdf"]
    assert (out / "assessment.pdf").read_bytes().startswith(b"%PDF")
    return json.loads((out / "assessment.json").read_text(encoding="utf-8"))


def statuses(result: dict) -> dict[str, str]:
    return {n["norm"]: n["status"] for n in result["norms"]}


def test_template_from_a_real_scan(template, scanned):
    data = yaml.safe_load(template)
    assert data["provider"] == PROVIDER and data["website"]
    assert len(data["criteria"]) == 21 and {e["status"] for e in data["criteria"].values()} == {"todo"}
    report = json.loads(scanned.read_text(encoding="utf-8"))
    assert [f["criterion"] for f in report["findings"]] == [f"2b-{i}" for i in range(6, 14)]
    for f in report["findings"]:
        assert f"  # {f['criterion']} (Do) " in template


def test_filled_review_qualifies(template, scanned, tmp_path):
    result = assess(scanned, filled(template, scanned), tmp_path)
    assert result["qualified"] is True and result["complete"] is True
    assert set(statuses(result).values()) == {"groen"}
    assert result["provider"] == PROVIDER


def test_one_criterion_voldoet_bijna_turns_its_norm_oranje(template, scanned, tmp_path):
    result = assess(scanned, filled(template, scanned, **{"1-5": "voldoet_bijna"}), tmp_path)
    assert statuses(result) == {"1": "oranje", "2a": "groen", "2b": "groen", "3": "groen"}
    assert result["qualified"] is False and result["complete"] is True


def test_one_criterion_left_on_todo_makes_its_norm_onvolledig(template, scanned, tmp_path):
    result = assess(scanned, filled(template, scanned, **{"3-2": "todo"}), tmp_path)
    assert statuses(result)["3"] == "onvolledig"
    assert result["qualified"] is False and result["complete"] is False
