"""From a CSV of 20 local fixture sites: import, rescan with a worker, history and regressions;
a second rescan after one site lost its crisis paragraph lists exactly that regression (2b-6)."""
from __future__ import annotations

import json

import pytest

from fixture_sites import providers_csv, serve_sites
from keurmerk_scan.cli import main

pytestmark = pytest.mark.django_db(transaction=True)
RESCAN = ["rescan", "--all", "--wait", "--render", "never", "--local-test-sites"]


def test_import_rescan_history_regressions(tmp_path, workers, capsys, settings):
    settings.KEURMERK_TASKS_PER_BATCH = 2
    with serve_sites(20, first_host=200) as sites:
        csv_path = tmp_path / "keurmerkdragers.csv"
        csv_path.write_text(providers_csv(sites), encoding="utf-8")
        assert main(["providers", "import", str(csv_path)]) == 0
        assert "20 aanbieders toegevoegd" in capsys.readouterr().out

        workers.start(KEURMERK_SITES_PER_CRAWL="5")
        assert main(RESCAN) == 0
        out = capsys.readouterr().out
        assert "20 van 20 websites klaar" in out and out.count("crawl ok, 5 pagina's") == 20, out

        assert main(["history", sites[6].name, "--format", "json"]) == 0
        history = json.loads(capsys.readouterr().out)
        assert len(history["scans"]) == 1
        verdicts = history["scans"][0]["verdicts"]
        assert verdicts["2b-6"] == "voldoet" and verdicts["2b-7"] == "voldoet" and verdicts["2b-13"] == "voldoet_niet"
        assert main(["regressions", "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["regressions"] == []

        sites[6].drop_crisis_paragraph()
        assert main(RESCAN) == 0
        capsys.readouterr()

    assert main(["regressions", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["regressions"]
    assert [(r["provider"], r["url"], r["criterion"], r["old_status"], r["new_status"]) for r in found] == [
        (sites[6].name, sites[6].url, "2b-6", "voldoet", "voldoet_bijna")]
    assert "buiten openingstijden" in found[0]["reason"] and found[0]["evidence_url"].endswith("/contact")

    assert main(["history", sites[6].name]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("  20")]
    assert [row[3] for row in rows] == ["voldoet", "bijna"]  # 2b-6 over time
    assert main(["history", sites[5].name]) == 0
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.startswith("  20")]
    assert len(rows) == 2 and rows[0][2:] == rows[1][2:]


def test_import_scan_folder_of_the_cli(tmp_path, capsys):
    from service.scans.models import Scan

    with serve_sites(2, first_host=230) as sites:
        csv_path = tmp_path / "lijst.csv"
        csv_path.write_text(providers_csv(sites[:1]), encoding="utf-8")
        assert main(["providers", "import", str(csv_path)]) == 0
        out = tmp_path / "scan"
        assert main(["scan", sites[0].url, sites[1].url, "--out", str(out), "--render", "never",
                     "--max-pages", "5"]) == 0
        capsys.readouterr()
    # The second site has no provider in the list: nothing is imported, the site is named.
    assert main(["import-scan", str(out)]) == 2
    assert f"{sites[1].url}: geen aanbieder met deze website" in capsys.readouterr().err
    assert Scan.objects.count() == 0
    csv_path.write_text(providers_csv(sites), encoding="utf-8")
    assert main(["providers", "import", str(csv_path)]) == 0
    assert main(["import-scan", str(out)]) == 0
    assert "2 scan(s) opgeslagen" in capsys.readouterr().out
    assert main(["import-scan", str(out)]) == 0
    assert "0 scan(s) opgeslagen, 2 stonden er al in" in capsys.readouterr().out
    scan = Scan.objects.get(url=sites[0].url)
    assert scan.source == "import" and scan.findings.count() == 8
    from service.scans.store import report_of
    from pipeline.compare import load_scan

    assert report_of(scan) == load_scan(out)[sites[0].url]
