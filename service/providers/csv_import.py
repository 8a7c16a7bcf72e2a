"""Import the list of Keurmerkdragers from a CSV file: every bad row reported, nothing half-written.

Columns (header row, ``,`` or ``;`` separated, UTF-8):

    naam;websites;keurmerk_sinds;keurmerk_tot;contactpersoon;email;telefoon

``naam`` and ``websites`` are required; several websites are separated by spaces or ``|``;
dates are JJJJ-MM-DD or DD-MM-JJJJ. A provider that already exists (same name) is updated; its
websites not in the file are kept as inactive, with their scans.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from crawler.scope import InvalidStartUrl, normalize_start_url
from service.providers.models import Provider, Website

COLUMNS = ("naam", "websites", "keurmerk_sinds", "keurmerk_tot", "contactpersoon", "email", "telefoon")
REQUIRED = ("naam", "websites")
ALIASES = {"website": "websites", "name": "naam", "contact": "contactpersoon", "e-mail": "email"}


class ImportRejected(Exception):
    """The file was not imported; ``problems`` lists every problem in Dutch."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ProviderRow:
    line: int
    name: str
    websites: list[str]
    since: date | None
    until: date | None
    contact_name: str = ""
    email: str = ""
    phone: str = ""


@dataclass
class ImportResult:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def _date(value: str, line: int, column: str, problems: list[str]) -> date | None:
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            pass
    problems.append(f"regel {line}: '{column}' is geen datum: {value!r} (verwacht JJJJ-MM-DD).")
    return None


def parse_rows(text: str) -> list[ProviderRow]:
    """Parse and validate the whole file; raises ``ImportRejected`` with every problem found."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ImportRejected(["Het bestand is leeg; verwacht een kopregel met naam;websites;... en één regel per aanbieder."])
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [ALIASES.get(h.strip().lower(), h.strip().lower()) for h in next(reader)]
    problems: list[str] = []
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        problems.append(f"kopregel: onbekende kolom(men) {', '.join(unknown)} (toegestaan: {', '.join(COLUMNS)}).")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        problems.append(f"kopregel: verplichte kolom(men) ontbreken: {', '.join(missing)}.")
    if problems:
        raise ImportRejected(problems)

    rows: list[ProviderRow] = []
    seen_names: dict[str, int] = {}
    seen_urls: dict[str, int] = {}
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(f"regel {line}: {len(values)} velden, de kopregel heeft er {len(header)}.")
            continue
        cell = {h: v.strip() for h, v in zip(header, values)}
        before = len(problems)
        name = cell.get("naam", "")
        if not name:
            problems.append(f"regel {line}: de naam van de aanbieder ontbreekt.")
        elif name.lower() in seen_names:
            problems.append(f"regel {line}: aanbieder '{name}' staat ook op regel {seen_names[name.lower()]}.")
        else:
            seen_names[name.lower()] = line
        websites: list[str] = []
        raw_sites = cell.get("websites", "").replace("|", " ").split()
        if not raw_sites:
            problems.append(f"regel {line}: geen website opgegeven.")
        for raw in raw_sites:
            try:
                url = normalize_start_url(raw)
            except InvalidStartUrl as exc:
                problems.append(f"regel {line}: ongeldige website {raw!r} ({exc}).")
                continue
            if url in seen_urls and seen_urls[url] != line:
                problems.append(f"regel {line}: website {url} staat ook op regel {seen_urls[url]}.")
            seen_urls[url] = line
            websites.append(url)
        since = _date(cell.get("keurmerk_sinds", ""), line, "keurmerk_sinds", problems)
        until = _date(cell.get("keurmerk_tot", ""), line, "keurmerk_tot", problems)
        if since and until and until < since:
            problems.append(f"regel {line}: 'keurmerk_tot' ({until}) ligt vóór 'keurmerk_sinds' ({since}).")
        email = cell.get("email", "")
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(f"regel {line}: ongeldig e-mailadres {email!r}.")
        if len(problems) == before:
            rows.append(ProviderRow(line, name, list(dict.fromkeys(websites)), since, until,
                                    cell.get("contactpersoon", ""), email, cell.get("telefoon", "")))
    if problems:
        raise ImportRejected(problems)
    if not rows:
        raise ImportRejected(["Het bestand bevat geen aanbieders (alleen een kopregel)."])
    return rows


def import_providers(path: Path) -> ImportResult:
    """Import a CSV file in one transaction. Raises ``ImportRejected``; then nothing was written."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportRejected([f"Bestand {path} bestaat niet."]) from None
    except UnicodeDecodeError:
        raise ImportRejected([f"Bestand {path} is geen UTF-8-tekst; sla het op als CSV UTF-8."]) from None
    except OSError as exc:
        raise ImportRejected([f"Bestand {path} kan niet worden gelezen: {exc.strerror or exc}."]) from None
    rows = parse_rows(text)
    return save_rows(rows)


@transaction.atomic
def save_rows(rows: list[ProviderRow]) -> ImportResult:
    result = ImportResult()
    for row in rows:
        provider = Provider.objects.filter(name__iexact=row.name).first()
        created = provider is None
        provider = provider or Provider(name=row.name)
        provider.name = row.name
        provider.keurmerk_since, provider.keurmerk_until = row.since, row.until
        provider.contact_name, provider.contact_email, provider.contact_phone = row.contact_name, row.email, row.phone
        provider.full_clean()
        provider.save()
        provider.websites.exclude(url__in=row.websites).update(active=False)
        for url in row.websites:
            Website.objects.update_or_create(provider=provider, url=url, defaults={"active": True})
        (result.created if created else result.updated).append(row.name)
    return result
