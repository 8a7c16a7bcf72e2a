"""`rejudge` and `prune` on the command line: bad input in Dutch, and the never-the-latest rule."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from keurmerk_scan.cli import main
from keurmerk_scan.siteserver import Route, SiteServer
from models.report import IndexEntry, ScanIndex, SiteReport
from models.snapshot import ArchiveSummary, CrawlSummary
from reports.json_report import write_json

SITE = {
    "/": Route.html("<!doctype html><html lang='nl'><head><title>Praktijk De Boei</title></head><body><main>"
                    "<h1>Praktijk De Boei</h1><p>Wij behandelen volwassenen met angst- en stemmingsklachten.</p>"
                    "<p>Buiten kantooruren belt u bij spoed de huisartsenpost.</p></main></body></html>"),
}


def scan(out: Path, host: str, *extra: str) -> int:
    with SiteServer(SITE, host=host) as server:
        return main(["scan", server.url, "--out", str(out), "--render", "never", "--as-of", "2025-01-15", *extra])


def site_dir(out: Path) -> Path:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return (out / index["sites"][0]["report"]).parent


def test_a_scan_without_archive_cannot_be_rejudged_and_says_why(tmp_path, capsys):
    out = tmp_path / "scan"
    assert scan(out, "127.0.0.93", "--no-archive") == 0
    assert not (site_dir(out) / "archive.warc.gz").exists()
    report = json.loads((site_dir(out) / "report.json").read_text(encoding="utf-8"))
    assert report["crawl"]["archive"] is None
    capsys.readouterr()
    assert main(["rejudge", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "geen archief" in printed and "niet opnieuw beoordeeld" in printed
    assert not list(site_dir(out).glob("rejudged-*"))


def test_rejudge_with_another_year_or_bad_folders(tmp_path, capsys):
    out = tmp_path / "scan"
    assert scan(out, "127.0.0.94") == 0
    assert (site_dir(out) / "archive.warc.gz").is_file()
    assert not list(site_dir(out).glob("screenshots"))  # --render never: no browser, no screenshots
    assert main(["rejudge", str(tmp_path / "bestaat-niet")]) == 2
    assert "geen scanmap" in capsys.readouterr().err
    assert main(["rejudge", str(out), "--keurmerk-year", "1999"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout:") and "1999" in err
    (site_dir(out) / "archive.warc.gz").write_bytes(b"kapot")
    assert main(["rejudge", str(out)]) == 1
    assert "onleesbaar" in capsys.readouterr().out


def test_rejudge_keeps_the_scans_peildatum_unless_another_is_given(tmp_path):
    out = tmp_path / "scan"
    assert scan(out, "127.0.0.95") == 0

    def latest_new_report() -> SiteReport:
        outcome = json.loads(max(out.glob("rejudged-*.json"), key=lambda p: p.stat().st_mtime_ns).read_text(encoding="utf-8"))
        return SiteReport.model_validate_json(Path(outcome["sites"][0]["new_report"]).read_text(encoding="utf-8"))

    assert main(["rejudge", str(out)]) == 0
    assert latest_new_report().as_of == date(2025, 1, 15)
    assert main(["rejudge", str(out), "--as-of", "2025-06-30"]) == 0
    assert latest_new_report().as_of == date(2025, 6, 30)
    assert len(list(out.glob("rejudged-*.json"))) == 2  # each run its own overview, none overwritten
    assert len(list(site_dir(out).glob("rejudged-*.json"))) == 2


# --- prune -------------------------------------------------------------------------------------

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def fake_scan(root: Path, name: str, site: str, days_ago: float, *, shots: bool = False) -> Path:
    """A scan folder with one site report and an archive file, scanned ``days_ago`` days ago."""
    scan_dir = root / name
    rel = Path("sites") / site
    folder = scan_dir / rel
    folder.mkdir(parents=True)
    (folder / "archive.warc.gz").write_bytes(b"x" * 1000)
    if shots:
        (folder / "screenshots").mkdir()
        (folder / "screenshots" / "a.png").write_bytes(b"y" * 500)
    report = SiteReport(
        url=f"https://www.{site}/", site=site, keurmerk_year=2025, as_of=date(2025, 1, 15),
        norm_version="keurmerk-2025", scanned_at=NOW - timedelta(days=days_ago),
        crawl=CrawlSummary(status="ok", archive=ArchiveSummary(file="archive.warc.gz", bytes=1000)),
        findings=[],
    )
    write_json(folder / "report.json", report)
    write_json(scan_dir / "index.json", ScanIndex(sites=[IndexEntry(url=report.url, report=(rel / "report.json").as_posix(), status="ok")]))
    return folder / "archive.warc.gz"


def test_prune_removes_old_archives_but_never_the_latest_scan_of_a_site(tmp_path, capsys):
    old_a = fake_scan(tmp_path, "2024-01", "anker.nl", 400, shots=True)
    mid_a = fake_scan(tmp_path, "2024-06", "anker.nl", 200)
    new_a = fake_scan(tmp_path, "2025-01", "anker.nl", 5)
    only_b = fake_scan(tmp_path, "2024-02", "boei.nl", 380)  # old, but boei's latest scan
    old_c = fake_scan(tmp_path, "2023-12", "duin.nl", 500)
    latest_c = fake_scan(tmp_path, "2024-03", "duin.nl", 300)  # older than the limit, still latest

    assert main(["prune", str(tmp_path), "--older-than", "90", "--dry-run"]) == 0
    assert "Proefrun: 3 archief/archieven" in capsys.readouterr().out
    assert all(p.exists() for p in (old_a, mid_a, new_a, only_b, old_c, latest_c))

    assert main(["prune", str(tmp_path), "--older-than", "90"]) == 0
    printed = capsys.readouterr().out
    assert not old_a.exists() and not mid_a.exists() and not old_c.exists()
    assert new_a.exists() and only_b.exists() and latest_c.exists()
    assert "3 archief/archieven verwijderd" in printed
    assert "bewaard (laatste scan van boei.nl)" in printed
    assert (old_a.parent / "report.json").is_file()  # reports stay
    assert (old_a.parent / "screenshots" / "a.png").is_file()  # screenshots only with --screenshots


def test_prune_with_screenshots_and_a_recent_limit(tmp_path, capsys):
    old = fake_scan(tmp_path, "oud", "anker.nl", 30, shots=True)
    recent = fake_scan(tmp_path, "recent", "anker.nl", 10)
    latest = fake_scan(tmp_path, "nieuw", "anker.nl", 1)
    assert main(["prune", str(tmp_path), "--older-than", "20", "--screenshots"]) == 0
    assert not old.exists() and not (old.parent / "screenshots").exists()
    assert recent.exists() and latest.exists()
    assert main(["prune", str(tmp_path / "bestaat-niet"), "--older-than", "20"]) == 2
    assert "geen map" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["prune", str(tmp_path), "--older-than", "-3"])
