"""Versioned norm data: one YAML file per Keurmerk year (``keurmerk-<year>.yaml``).

A new year is a new data file, not a code change. ``load_norms`` also accepts a path, so a
reviewer can try a draft file before it is bundled.

Keurmerk years (see README, "Keurmerkjaar"):

- ``default_keurmerk_year(as_of)``: the round that is open or comes next on ``as_of``. The
  application for round Y opens on 1 June of Y-1 (Handboek 2021, fase 1: "1 juni t/m 31 oktober"),
  and the self-evaluation of Y runs from mid-December of Y-1 to 31 January of Y. So from 1 June
  of a year on the default is the next year's Keurmerk, before 1 June the current year's.
- ``load_norms(year)`` works for every year from ``FIRST_YEAR`` on: a year without its own file
  uses the newest file for an earlier year (the "fallback" framework). The returned norm set has
  ``keurmerk_year`` = the requested year, so the year rules (2b-13: grade measured over year-1)
  follow the requested year, and ``framework_year`` = the year of the file applied.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from models.norms import NormSet

DATA_DIR = Path(__file__).parent
FIRST_YEAR = 2021  # the oldest framework kept as data (norms/keurmerk-2021.yaml)
LAST_YEAR = 2100   # a sanity bound for typing errors ("20277")
NEW_ROUND_MONTH_DAY = (6, 1)  # from 1 June of Y-1 on, the default Keurmerk year is Y


class UnsupportedYear(ValueError):
    """A Keurmerk year no framework can be applied to (Dutch message)."""


def available_years() -> list[int]:
    return sorted(int(p.stem.split("-")[1]) for p in DATA_DIR.glob("keurmerk-*.yaml")
                  if p.stem.split("-")[1].isdigit())


def default_keurmerk_year(as_of: date) -> int:
    """The Keurmerk round that is open or comes next on ``as_of`` (rule in the module docstring)."""
    return as_of.year + 1 if (as_of.month, as_of.day) >= NEW_ROUND_MONTH_DAY else as_of.year


def framework_year_for(year: int) -> int:
    """The year of the framework file applied to Keurmerk ``year`` (its own, or the newest earlier one)."""
    if year < FIRST_YEAR:
        raise UnsupportedYear(
            f"Keurmerkjaar {year} wordt niet ondersteund: het oudste normenkader dat keurmerk-scan kent is "
            f"dat van {FIRST_YEAR}. Kies {FIRST_YEAR} of later."
        )
    if year > LAST_YEAR:
        raise UnsupportedYear(f"Keurmerkjaar {year} is geen geldig jaar (verwacht {FIRST_YEAR} tot en met {LAST_YEAR}).")
    earlier = [y for y in available_years() if y <= year]
    if not earlier:  # pragma: no cover - the 2021 file is bundled
        raise UnsupportedYear(f"Er is geen normenkader voor Keurmerk {year} of een eerder jaar.")
    return max(earlier)


@lru_cache(maxsize=None)
def _load_raw(path: str) -> NormSet:
    """The file as written: texts may still hold {keurmerk_year}-style year placeholders."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return NormSet.model_validate(data)


@lru_cache(maxsize=None)
def _load_path(path: str) -> NormSet:
    raw = _load_raw(path)
    return raw.for_year(raw.keurmerk_year)


@lru_cache(maxsize=None)
def _load_year(year: int) -> NormSet:
    return _load_raw(str(DATA_DIR / f"keurmerk-{framework_year_for(year)}.yaml")).for_year(year)


def load_norms(year_or_path: int | str | Path) -> NormSet:
    """Norm set for a Keurmerk year (bundled, with fallback) or from an explicit YAML path.

    A year before ``FIRST_YEAR`` raises ``UnsupportedYear``; a missing path ``FileNotFoundError``.
    """
    if isinstance(year_or_path, int) or (isinstance(year_or_path, str) and year_or_path.isdigit()):
        return _load_year(int(year_or_path))
    return _load_path(str(Path(year_or_path).resolve()))
