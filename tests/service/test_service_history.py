"""History and regressions over stored scans; an unreadable site is never a regression."""
from __future__ import annotations

import csv
import io
import json

import pytest

from keurmerk_scan.cli import main
from service_helpers import make_provider, report

pytestmark = pytest.mark.django_db


def test_regressions_skip_unreadable_scans_and_filter_by_date(capsys):
    from service.scans.store import store_report

    provider, website = make_provider()
    other, other_site = make_provider("Praktijk Zuid", "http://zuid.test/")
    url = website.url
    store_report(report(url, {"2b-6": "voldoet", "2b-9": "voldoet_bijna"}), provider, website)
    store_report(report(url, day=10, failed=True), provider, website)          # unreadable: no regression
    store_report(report(url, {"2b-6": "voldoet_niet", "2b-9": "voldoet"}, day=20), provider, website)
    store_report(report(other_site.url, {"2b-7": "voldoet"}), other, other_site)
    store_report(report(other_site.url, {"2b-7": "voldoet_bijna"}, day=40), other, other_site)

    assert main(["regressions", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["regressions"]
    assert [(r["provider"], r["criterion"], r["old_status"], r["new_status"]) for r in found] == [
        ("Praktijk Noord", "2b-6", "voldoet", "voldoet_niet"),
        ("Praktijk Zuid", "2b-7", "voldoet", "voldoet_bijna"),
    ]
    assert found[0]["old_scanned_at"].startswith("2025-03-01") and found[0]["new_scanned_at"].startswith("2025-03-21")

    assert main(["regressions", "--since", "2025-04-01"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["provider"], r["criterion"]) for r in rows] == [("Praktijk Zuid", "2b-7")]


def test_history_shows_each_scan_per_criterion(capsys):
    from service.scans.store import store_report

    provider, website = make_provider()
    store_report(report(website.url, {"2b-13": "voldoet_bijna"}), provider, website)
    store_report(report(website.url, day=5, failed=True), provider, website)
    assert main(["history", "praktijk noord"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("  2025")]
    assert len(lines) == 2
    assert lines[0].split()[2:] == ["ok", "voldoet", "voldoet", "voldoet", "voldoet", "voldoet", "voldoet", "voldoet",
                                    "bijna"]
    assert lines[1].split()[2:] == ["failed"] + ["n.b."] * 8
    assert main(["history", "Onbekend"]) == 2
