"""Read the inputs of an assessment: scan report, review file, norm data, round-1 assessment.

Every problem is collected and reported together, in Dutch, naming the file and the entry,
so a reviewer can fix the file in one go. Nothing here writes anything.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Sequence

import yaml
from pydantic import ValidationError

from models.assessment import Assessment
from models.norms import NormSet
from models.report import SCHEMA_VERSION, SiteReport
from models.review import EXCELLENT, OVERRIDE_STATUSES, REVIEW_STATUSES, CriterionReview, Override, Review
from norms import UnsupportedYear, load_norms

REVIEW_KEYS = ("provider", "keurmerk_year", "round", "website", "reviewer", "previous_assessment", "criteria", "overrides")
CRITERION_KEYS = ("status", "toelichting", "actie")
OVERRIDE_KEYS = ("status", "toelichting", "reviewer", "datum", "actie")


class InputError(Exception):
    """One or more problems with the inputs; ``problems`` holds one Dutch sentence each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(f"- {p}" for p in self.problems)


@dataclass
class Inputs:
    report: SiteReport
    review: Review
    norms: NormSet
    previous: Assessment | None
    report_path: Path
    review_path: Path
    previous_path: Path | None = None


# --------------------------------------------------------------------------- scan report

def resolve_scan_report(path: Path) -> Path:
    """Accept a report.json, a site folder holding one, or a scan folder with one site."""
    path = Path(path)
    if path.is_dir():
        if (path / "report.json").is_file():
            return path / "report.json"
        index = path / "index.json"
        if index.is_file():
            try:
                sites = json.loads(index.read_text(encoding="utf-8")).get("sites", [])
            except (ValueError, AttributeError):
                sites = []
            if len(sites) == 1 and isinstance(sites[0], dict) and sites[0].get("report"):
                return path / sites[0]["report"]
    return path


def _read_text(path: Path, label: str, problems: list[str]) -> str | None:
    """The file's UTF-8 text, or None with a Dutch problem line when it is missing or unreadable."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{label} bestaat niet.")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{label} kan niet worden gelezen ({exc.__class__.__name__}).")
    return None


def read_scan_report(path: Path, problems: list[str]) -> SiteReport | None:
    path = resolve_scan_report(path)
    label = f"Scanrapport {path}"
    if path.is_dir():
        problems.append(f"{label} is een map met meerdere of geen websites; geef het report.json van één website op.")
        return None
    text = _read_text(path, label, problems)
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f" (regel {line})" if line else ""
        problems.append(f"{label} is geen geldige JSON{where}.")
        return None
    if not isinstance(data, dict):
        problems.append(f"{label} is geen scanrapport (verwacht een JSON-object).")
        return None
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        problems.append(
            f"{label} heeft schemaversie {version!r}; deze versie van keurmerk-scan leest schemaversie "
            f"{SCHEMA_VERSION!r}. Scan de website opnieuw met deze versie."
        )
        return None
    try:
        report = SiteReport.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            problems.append(f"{label}: veld {_loc(err['loc'])} is ongeldig ({_dutch_error(err)}).")
        return None
    locate_screenshots(report, path.parent)
    return report


def locate_screenshots(report: SiteReport, site_dir: Path) -> None:
    """Screenshot paths are relative to the scan report's folder: make them file URIs, or drop
    them when the file is gone (a pruned archive), so the assessment can show the thumbnails."""
    for finding in report.findings:
        for ev in finding.evidence:
            for attr in ("screenshot", "thumbnail"):
                rel = getattr(ev, attr)
                if not rel or "://" in rel:
                    continue
                target = (site_dir / rel).resolve()
                setattr(ev, attr, target.as_uri() if target.is_file() else None)


def _loc(loc: tuple[Any, ...]) -> str:
    return "'" + ".".join(str(p) for p in loc) + "'" if loc else "(hoofdniveau)"


def _dutch_error(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "missing":
        return "ontbreekt"
    if kind == "literal_error":
        return f"waarde {err.get('input')!r} is niet toegestaan"
    return f"waarde {str(err.get('input'))[:60]!r} past niet: {err.get('msg', kind)}"


# --------------------------------------------------------------------------- YAML with duplicate keys

class _DuplicateKeyLoader(yaml.SafeLoader):
    """Safe loader that records keys given twice (PyYAML would silently keep the last one)."""

    duplicates: list[tuple[str, int]]


def _construct_mapping(loader: _DuplicateKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            if key in seen:
                loader.duplicates.append((str(key), key_node.start_mark.line + 1))
            seen.add(key)
        except TypeError:
            pass
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(text: str) -> tuple[Any, list[tuple[str, int]]]:
    loader = _DuplicateKeyLoader(text)
    loader.duplicates = []
    try:
        return loader.get_single_data(), loader.duplicates
    finally:
        loader.dispose()


# --------------------------------------------------------------------------- review file

def read_review_raw(path: Path, problems: list[str]) -> dict[str, Any] | None:
    label = f"Reviewbestand {path}"
    text = _read_text(path, label, problems)
    if text is None:
        return None
    try:
        data, duplicates = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" op regel {mark.line + 1}, kolom {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "onleesbaar"
        problems.append(f"{label} is geen geldige YAML{where}: {problem}.")
        return None
    for key, line in duplicates:
        problems.append(f"{label}: '{key}' staat meer dan één keer in het bestand (regel {line}); laat één van beide staan.")
    if not isinstance(data, dict):
        problems.append(f"{label} bevat geen reviewgegevens (verwacht velden als provider, keurmerk_year, criteria).")
        return None
    return data


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float, date)):
        return str(value).strip()
    return ""


def check_review_header(data: dict[str, Any], label: str, problems: list[str]) -> dict[str, Any]:
    """Validate the top-level fields; returns the clean values that passed."""
    out: dict[str, Any] = {}
    for key in data:
        if str(key) not in REVIEW_KEYS:
            problems.append(f"{label}: onbekend veld '{key}' (toegestaan: {', '.join(REVIEW_KEYS)}).")
    provider = data.get("provider")
    if not isinstance(provider, str) or not provider.strip():
        problems.append(f"{label}: 'provider' ontbreekt; vul de naam van de GGZ-aanbieder in.")
    else:
        out["provider"] = provider.strip()
    year = data.get("keurmerk_year")
    if isinstance(year, bool) or not isinstance(year, int):
        problems.append(f"{label}: 'keurmerk_year' ontbreekt of is geen jaartal (bijvoorbeeld 2025).")
    else:
        out["keurmerk_year"] = year
    rnd = data.get("round", 1)
    if rnd not in (1, 2) or isinstance(rnd, bool):
        problems.append(f"{label}: 'round' moet 1 (kwalificatie) of 2 (herkwalificatie) zijn, niet {rnd!r}.")
    else:
        out["round"] = rnd
    for key in ("website", "reviewer", "previous_assessment"):
        value = data.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            problems.append(f"{label}: '{key}' moet tekst zijn, niet {value!r}.")
        else:
            out[key] = value.strip()
    return out


def _section(data: dict[str, Any], key: str, problems: list[str], message: str) -> dict[Any, Any]:
    """A mapping section of the review file; anything else is reported and read as empty."""
    raw = data.get(key)
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        problems.append(message)
        return {}
    return raw


def _fields_and_status(entry: dict[Any, Any], status: Any, where: str, allowed_keys: Sequence[str],
                       allowed_statuses: Sequence[str], problems: list[str]) -> bool:
    """Report unknown fields and an invalid status of one entry; True when there was neither."""
    ok = True
    for k in entry:
        if str(k) not in allowed_keys:
            problems.append(f"{where}: onbekend veld '{k}' (toegestaan: {', '.join(allowed_keys)}).")
            ok = False
    if status not in allowed_statuses:
        problems.append(f"{where}: ongeldige status {status!r} (toegestaan: {', '.join(allowed_statuses)}).")
        ok = False
    return ok


def check_review_criteria(
    data: dict[str, Any], norms: NormSet, label: str, problems: list[str], default_reviewer: str
) -> tuple[dict[str, CriterionReview], dict[str, Override]]:
    reviewer_ids = [c.id for c in norms.reviewer_criteria()]
    website_ids = [c.id for c in norms.website_criteria()]
    statuses = REVIEW_STATUSES + ((EXCELLENT,) if EXCELLENT in norms.status_labels else ())
    criteria: dict[str, CriterionReview] = {}
    overrides: dict[str, Override] = {}

    raw_criteria = _section(data, "criteria", problems,
                            f"{label}: 'criteria' moet per criterium een status bevatten (bijvoorbeeld 1-1: {{status: voldoet}}).")
    for key, entry in raw_criteria.items():
        cid = str(key)
        where = f"{label}: criterium {cid}"
        if cid in website_ids:
            problems.append(
                f"{where} is een websitecriterium; het wordt beoordeeld door de websitecheck. "
                "Zet een besluit van de reviewer onder 'overrides' (met reviewer en datum)."
            )
            continue
        if cid not in reviewer_ids:
            problems.append(f"{where} bestaat niet in {norms.title} (reviewercriteria: {', '.join(reviewer_ids)}).")
            continue
        if isinstance(entry, str):
            entry = {"status": entry}
        if entry is None:
            entry = {}
        if not isinstance(entry, dict):
            problems.append(f"{where}: verwacht status, toelichting en actie, niet {entry!r}.")
            continue
        status = entry.get("status", "todo")
        ok = _fields_and_status(entry, status, where, CRITERION_KEYS, statuses, problems)
        if ok:
            criteria[cid] = CriterionReview(
                status=status, toelichting=_text(entry.get("toelichting")), actie=_text(entry.get("actie"))
            )

    raw_overrides = _section(data, "overrides", problems,
                             f"{label}: 'overrides' moet per websitecriterium een besluit bevatten.")
    for key, entry in raw_overrides.items():
        cid = str(key)
        where = f"{label}: override {cid}"
        if cid in reviewer_ids:
            problems.append(f"{where}: {cid} is een reviewercriterium; zet het oordeel onder 'criteria'.")
            continue
        if cid not in website_ids:
            problems.append(f"{where}: onbekend websitecriterium (websitecriteria: {', '.join(website_ids)}).")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{where}: verwacht status, toelichting, reviewer en datum, niet {entry!r}.")
            continue
        status = entry.get("status")
        ok = _fields_and_status(entry, status, where, OVERRIDE_KEYS, OVERRIDE_STATUSES, problems)
        toelichting = _text(entry.get("toelichting"))
        if not toelichting:
            problems.append(f"{where}: 'toelichting' ontbreekt; schrijf waarom het automatische oordeel wordt gewijzigd.")
            ok = False
        reviewer = _text(entry.get("reviewer")) or default_reviewer
        if not reviewer:
            problems.append(f"{where}: 'reviewer' ontbreekt; vul de naam in van wie dit besluit neemt.")
            ok = False
        datum = entry.get("datum")
        if isinstance(datum, str):
            try:
                datum = date.fromisoformat(datum.strip())
            except ValueError:
                pass
        if not isinstance(datum, date):
            problems.append(f"{where}: 'datum' ontbreekt of is geen datum (JJJJ-MM-DD), gevonden: {entry.get('datum')!r}.")
            ok = False
        if ok:
            overrides[cid] = Override(
                status=status, toelichting=toelichting, reviewer=reviewer, datum=datum, actie=_text(entry.get("actie"))
            )
    return criteria, overrides


# --------------------------------------------------------------------------- previous assessment

def read_previous(path: Path, problems: list[str]) -> Assessment | None:
    label = f"Beoordeling van ronde 1 ({path})"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{label} bestaat niet.")
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        problems.append(f"{label} kan niet worden gelezen als JSON ({exc.__class__.__name__}).")
        return None
    try:
        return Assessment.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors()[:10]:
            problems.append(f"{label}: veld {_loc(err['loc'])} is ongeldig ({_dutch_error(err)}).")
        return None


# --------------------------------------------------------------------------- everything together

def load_norm_data(norms_path: Path | None, year: int | None, problems: list[str]) -> NormSet | None:
    try:
        if norms_path is not None:
            return load_norms(Path(norms_path))
        if year is None:
            return None
        return load_norms(year)
    except UnsupportedYear as exc:
        problems.append(str(exc))
    except FileNotFoundError:
        problems.append(f"Normbestand {norms_path} bestaat niet.")
    except (yaml.YAMLError, ValidationError, OSError) as exc:
        problems.append(f"Normbestand {norms_path or year} is ongeldig ({exc.__class__.__name__}).")
    return None


def load_inputs(report_path: Path, review_path: Path, norms_path: Path | None = None) -> Inputs:
    """Read and cross-check all inputs; raises ``InputError`` listing every problem found."""
    problems: list[str] = []
    report = read_scan_report(Path(report_path), problems)
    resolved_report = resolve_scan_report(Path(report_path))
    raw = read_review_raw(Path(review_path), problems)
    label = f"Reviewbestand {review_path}"
    header = check_review_header(raw, label, problems) if raw is not None else {}

    # The norm data follow the scan report's year; a review for another year is reported below.
    year = report.keurmerk_year if report is not None else header.get("keurmerk_year")
    norms = load_norm_data(norms_path, year, problems)

    if norms is not None:
        if "keurmerk_year" in header and header["keurmerk_year"] != norms.keurmerk_year:
            problems.append(
                f"{label} is voor Keurmerk {header['keurmerk_year']}, maar "
                + ("het scanrapport en " if norms_path is None and report is not None else "")
                + f"de normdata ({norms.id}) zijn voor Keurmerk {norms.keurmerk_year}."
            )
        if report is not None and report.keurmerk_year != norms.keurmerk_year:
            problems.append(
                f"Het scanrapport is beoordeeld voor Keurmerk {report.keurmerk_year}, maar de beoordeling is voor "
                f"Keurmerk {norms.keurmerk_year}; scan de website opnieuw voor het juiste jaar."
            )
        elif report is not None and report.norm_version != norms.id:
            problems.append(
                f"Het scanrapport is beoordeeld met normdata '{report.norm_version}', de beoordeling gebruikt "
                f"'{norms.id}'; scan de website opnieuw met dezelfde normdata."
            )
    if report is not None and header.get("website"):
        wanted = _host(header["website"])
        if wanted not in (_host(report.site), _host(report.url)):
            problems.append(
                f"{label} hoort bij website '{header['website']}', maar het scanrapport is van '{report.site}' "
                f"({report.url}). Gebruik het reviewbestand van deze aanbieder."
            )

    criteria: dict[str, CriterionReview] = {}
    overrides: dict[str, Override] = {}
    if raw is not None and norms is not None:
        criteria, overrides = check_review_criteria(raw, norms, label, problems, header.get("reviewer", ""))

    previous: Assessment | None = None
    previous_path: Path | None = None
    if header.get("previous_assessment"):
        previous_path = Path(header["previous_assessment"])
        if not previous_path.is_absolute():
            previous_path = Path(review_path).parent / previous_path
        previous = read_previous(previous_path, problems)
        if header.get("round") == 1:
            problems.append(
                f"{label}: 'previous_assessment' hoort bij ronde 2 (herkwalificatie); zet 'round: 2' of verwijder het."
            )
        if previous is not None:
            if previous.round != 1:
                problems.append(f"Beoordeling {previous_path} is van ronde {previous.round}; verwacht de beoordeling van ronde 1.")
            if "provider" in header and previous.provider != header["provider"]:
                problems.append(
                    f"Beoordeling {previous_path} is van '{previous.provider}', het reviewbestand van '{header['provider']}'."
                )
            if "keurmerk_year" in header and previous.keurmerk_year != header["keurmerk_year"]:
                problems.append(
                    f"Beoordeling {previous_path} is voor Keurmerk {previous.keurmerk_year}, het reviewbestand voor "
                    f"Keurmerk {header['keurmerk_year']}."
                )

    if problems:
        raise InputError(problems)
    assert report is not None and norms is not None and raw is not None
    review = Review(
        provider=header["provider"],
        keurmerk_year=header["keurmerk_year"],
        round=header["round"],
        website=header.get("website"),
        reviewer=header.get("reviewer", ""),
        previous_assessment=header.get("previous_assessment"),
        criteria=criteria,
        overrides=overrides,
    )
    return Inputs(report, review, norms, previous, resolved_report, Path(review_path), previous_path)


def _host(value: str) -> str:
    value = value.strip().lower()
    if "://" in value:
        value = value.split("://", 1)[1]
    value = value.split("/", 1)[0]
    return value[4:] if value.startswith("www.") else value
