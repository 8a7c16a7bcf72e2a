"""`providers import FILE.csv`: bad rows reported per row in Dutch, nothing half-imported."""
from __future__ import annotations

import pytest

from keurmerk_scan.cli import main

pytestmark = pytest.mark.django_db

HEADER = "naam;websites;keurmerk_sinds;keurmerk_tot;contactpersoon;email;telefoon\n"


def write(tmp_path, text: str):
    path = tmp_path / "aanbieders.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_imports_providers_with_websites(tmp_path, capsys):
    from service.providers.models import Provider

    path = write(tmp_path, HEADER
                 + "Praktijk Noord;https://www.noord.test/ noord-tweede.test;2024-01-01;;A. Bakker;a@noord.test;\n"
                 + "Praktijk Zuid;http://zuid.test;01-02-2023;31-12-2024;;;\n")
    assert main(["providers", "import", str(path)]) == 0
    assert "2 aanbieders toegevoegd" in capsys.readouterr().out
    noord = Provider.objects.get(name="Praktijk Noord")
    assert sorted(noord.websites.values_list("url", flat=True)) == ["http://noord-tweede.test/", "https://www.noord.test/"]
    assert noord.contact_email == "a@noord.test"
    zuid = Provider.objects.get(name="Praktijk Zuid")
    assert str(zuid.keurmerk_until) == "2024-12-31"
    # Zuid's Keurmerk has ended: it is not a current Keurmerkdrager.
    assert list(Provider.objects.current().values_list("name", flat=True)) == ["Praktijk Noord"]


def test_bad_rows_are_reported_per_row_and_nothing_is_written(tmp_path, capsys):
    from service.providers.models import Provider, Website

    Provider.objects.create(name="Bestaande Praktijk")
    path = write(tmp_path, HEADER
                 + "Praktijk Goed;https://goed.test/;2024-01-01;;;;\n"
                 + ";https://zonder-naam.test/;;;;;\n"
                 + "Praktijk Datum;https://datum.test/;2024-02-30;;;;\n"
                 + "Praktijk Adres;ftp://adres.test/;;;;geen-e-mail;\n"
                 + "Praktijk Goed;https://dubbel.test/;;;;;\n"
                 + "Praktijk Volgorde;https://volgorde.test/;2024-05-01;2024-01-01;;;\n"
                 + "Praktijk Kort;https://kort.test/\n")
    assert main(["providers", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "niet geïmporteerd (er is niets opgeslagen)" in err
    assert "regel 3: de naam van de aanbieder ontbreekt." in err
    assert "regel 4: 'keurmerk_sinds' is geen datum: '2024-02-30'" in err
    assert "regel 5: ongeldige website 'ftp://adres.test/'" in err
    assert "regel 5: ongeldig e-mailadres 'geen-e-mail'." in err
    assert "regel 6: aanbieder 'Praktijk Goed' staat ook op regel 2." in err
    assert "regel 7: 'keurmerk_tot' (2024-01-01) ligt vóór 'keurmerk_sinds' (2024-05-01)." in err
    assert "regel 8: 2 velden, de kopregel heeft er 7." in err
    assert "- regel 2:" not in err  # the good row is not reported
    assert list(Provider.objects.values_list("name", flat=True)) == ["Bestaande Praktijk"]
    assert Website.objects.count() == 0


def test_a_failure_while_writing_rolls_back_every_row(tmp_path, monkeypatch):
    from service.providers import csv_import
    from service.providers.models import Provider

    rows = csv_import.parse_rows(HEADER + "Een;https://een.test/;;;;;\nTwee;https://twee.test/;;;;;\n")
    original = csv_import.Website.objects.update_or_create
    calls = []

    def failing(*args, **kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("schijf vol")
        return original(*args, **kwargs)

    monkeypatch.setattr(csv_import.Website.objects, "update_or_create", failing)
    with pytest.raises(RuntimeError):
        csv_import.save_rows(rows)
    assert Provider.objects.count() == 0


def test_header_problems_and_empty_files(tmp_path, capsys):
    assert main(["providers", "import", str(write(tmp_path, "naam;adres\nX;Y\n"))]) == 2
    err = capsys.readouterr().err
    assert "onbekende kolom(men) adres" in err and "verplichte kolom(men) ontbreken: websites" in err
    assert main(["providers", "import", str(write(tmp_path, ""))]) == 2
    assert "Het bestand is leeg" in capsys.readouterr().err
    assert main(["providers", "import", str(tmp_path / "bestaat-niet.csv")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_reimport_updates_and_keeps_dropped_websites_inactive(tmp_path):
    from service.providers.models import Provider

    assert main(["providers", "import", str(write(tmp_path, HEADER + "Praktijk Noord;https://oud.test/;;;;;\n"))]) == 0
    assert main(["providers", "import", str(write(tmp_path, HEADER
                                                   + "praktijk noord;https://nieuw.test/;2024-01-01;;;;\n"))]) == 0
    provider = Provider.objects.get()
    assert provider.name == "praktijk noord"
    assert dict(provider.websites.values_list("url", "active")) == {"https://oud.test/": False, "https://nieuw.test/": True}


def test_the_tests_run_on_the_database_asked_for():
    import os

    from django.db import connection

    wanted = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == wanted
    if wanted == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
