"""Reviewer decisions carry over while the evidence is unchanged; review YAML round trip is lossless."""
from __future__ import annotations

from datetime import date

import pytest
import yaml

from keurmerk_scan.cli import main
from service_helpers import make_provider, report

pytestmark = pytest.mark.django_db
REPO_EXAMPLE = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples" / "review-voorbeeld.yaml"


def _finding(scan, criterion):
    return scan.findings.get(criterion=criterion)


def test_override_carries_over_while_evidence_is_unchanged_and_is_flagged_when_it_changed():
    from service.reviews.decisions import record_decision
    from service.scans.store import store_report

    provider, website = make_provider()
    url = website.url
    first = store_report(report(url, {"2b-6": "voldoet_bijna"}, quotes={"2b-6": "Bel bij spoed de huisarts."}),
                         provider, website)
    decision = record_decision(_finding(first, "2b-6"), status="voldoet", toelichting="Crisisinfo staat in de footer.",
                               reviewer="A. Jansen", datum=date(2025, 3, 2))

    # Same evidence (other spacing and case only): the decision stays in force.
    second = store_report(report(url, {"2b-6": "voldoet_bijna"}, day=30,
                                 quotes={"2b-6": "bel  bij spoed\nde huisarts."}), provider, website)
    carried = _finding(second, "2b-6")
    assert (carried.decision_id, carried.review_state) == (decision.pk, "overgenomen")
    assert carried.status == "voldoet_bijna" and carried.effective_status == "voldoet"
    assert _finding(second, "2b-7").decision_id is None

    # The evidence changed: marked "opnieuw beoordelen", the automatic verdict counts meanwhile.
    third = store_report(report(url, {"2b-6": "voldoet_bijna"}, day=60,
                                quotes={"2b-6": "Bel in het weekend de huisartsenpost."}), provider, website)
    flagged = _finding(third, "2b-6")
    assert (flagged.decision_id, flagged.review_state) == (decision.pk, "opnieuw_beoordelen")
    assert flagged.effective_status == "voldoet_bijna"

    # Unreadable site: the decision waits; the next readable scan with the old evidence gets it again.
    fourth = store_report(report(url, day=90, failed=True), provider, website)
    assert _finding(fourth, "2b-6").review_state == "niet_gelezen"
    fifth = store_report(report(url, {"2b-6": "voldoet_bijna"}, day=120,
                                quotes={"2b-6": "Bel bij spoed de huisarts."}), provider, website)
    assert _finding(fifth, "2b-6").review_state == "overgenomen"

    # A new decision on the changed evidence replaces the old one from then on.
    newer = record_decision(_finding(third, "2b-6"), status="voldoet_niet", toelichting="Geen crisisinfo meer.",
                            reviewer="B. de Boer")
    sixth = store_report(report(url, {"2b-6": "voldoet_bijna"}, day=150,
                                quotes={"2b-6": "Bel in het weekend de huisartsenpost."}), provider, website)
    assert (_finding(sixth, "2b-6").decision_id, _finding(sixth, "2b-6").review_state) == (newer.pk, "overgenomen")


def _review_yaml(tmp_path, provider_name: str):
    data = yaml.safe_load(REPO_EXAMPLE.read_text(encoding="utf-8"))
    data["provider"] = provider_name
    data["website"] = "noord.test"
    data["overrides"] = {
        "2b-6": {"status": "voldoet", "toelichting": "Staat in de footer van elke pagina.", "reviewer": "A. Jansen",
                 "datum": date(2025, 3, 2)},
        "2b-13": {"status": "voldoet_niet", "toelichting": "Cijfer is van 2022.", "reviewer": "B. de Boer",
                  "datum": date(2025, 3, 3), "actie": "Zet het CQI-cijfer over 2024 op de website."},
    }
    path = tmp_path / "review.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_review_yaml_import_export_is_lossless(tmp_path):
    from service.reviews.models import Decision
    from service.reviews.review_files import read_review_file
    from service.scans.store import store_report

    provider, website = make_provider()
    scan = store_report(report(website.url, {"2b-13": "voldoet"}), provider, website)
    source = _review_yaml(tmp_path, provider.name)
    assert main(["reviews", "import", str(source)]) == 0
    out = tmp_path / "export.yaml"
    assert main(["reviews", "export", provider.name, "--out", str(out)]) == 0
    assert read_review_file(out) == read_review_file(source)
    # The overrides rest on the latest scan's evidence and apply to it.
    assert _finding(scan, "2b-13").review_state == "overgenomen"
    assert _finding(scan, "2b-13").effective_status == "voldoet_niet"
    # Importing the exported file again changes nothing and adds no decisions.
    assert main(["reviews", "import", str(out)]) == 0
    assert Decision.objects.count() == 2
    again = tmp_path / "again.yaml"
    assert main(["reviews", "export", provider.name, "--out", str(again)]) == 0
    assert again.read_text(encoding="utf-8").split("\n", 2)[2] == out.read_text(encoding="utf-8").split("\n", 2)[2]


def test_bad_review_file_is_reported_and_not_stored(tmp_path, capsys):
    from service.reviews.models import Decision, Review

    provider, _ = make_provider()
    path = tmp_path / "review.yaml"
    path.write_text(f"provider: {provider.name}\nkeurmerk_year: 2025\ncriteria:\n  1-1: {{status: goed}}\n"
                    "overrides:\n  2b-6: {status: voldoet}\n", encoding="utf-8")
    assert main(["reviews", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "ongeldige status 'goed'" in err and "'toelichting' ontbreekt" in err
    assert Review.objects.count() == 0 and Decision.objects.count() == 0
    unknown = _review_yaml(tmp_path, "Onbekende Praktijk")
    assert main(["reviews", "import", str(unknown)]) == 2
    assert "staat niet in de database" in capsys.readouterr().err
