"""Registry of checks by criterion id, filled by the ``@register`` decorator of each check module."""
from __future__ import annotations

from checks.base import Check

_CHECKS: dict[str, Check] = {}


def register(cls: type[Check]) -> type[Check]:
    if cls.criterion in _CHECKS:
        raise ValueError(f"two checks registered for {cls.criterion}")
    _CHECKS[cls.criterion] = cls()
    return cls


def get_check(criterion: str) -> Check | None:
    return _CHECKS.get(criterion)


def registered() -> dict[str, Check]:
    return dict(_CHECKS)
