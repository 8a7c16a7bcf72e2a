"""Versioned norm data: one YAML file per Keurmerk year (``keurmerk-<year>.yaml``).

A new year is a new data file, not a code change. ``load_norms`` also accepts a path, so a
reviewer can try a draft file before it is bundled.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from models.norms import NormSet

DATA_DIR = Path(__file__).parent


def available_years() -> list[int]:
    return sorted(int(p.stem.split("-")[1]) for p in DATA_DIR.glob("keurmerk-*.yaml"))


@lru_cache(maxsize=None)
def _load_path(path: str) -> NormSet:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return NormSet.model_validate(data)


def load_norms(year_or_path: int | str | Path) -> NormSet:
    """Norm set for a Keurmerk year (bundled) or from an explicit YAML path."""
    if isinstance(year_or_path, int) or (isinstance(year_or_path, str) and year_or_path.isdigit()):
        path = DATA_DIR / f"keurmerk-{int(year_or_path)}.yaml"
        if not path.exists():
            years = ", ".join(map(str, available_years())) or "geen"
            raise FileNotFoundError(
                f"Geen normdata voor Keurmerk {year_or_path}. Beschikbare jaren: {years}."
            )
        return _load_path(str(path))
    return _load_path(str(Path(year_or_path).resolve()))
