"""Registry of checks by TOPIC, filled by the ``@register`` decorator of each check module.

A check judges a topic (``bereikbaarheid``, ``cqi``, ``samenwerking``, ...); a norm framework
names, per website criterion, the topic of the check that judges it (``check:`` in
``norms/keurmerk-<year>.yaml``). So a new Keurmerk year that renumbers or rewords its criteria is a
data file, not code. ``get_check`` also accepts a check's home criterion id (the 2025 id it was
written for, e.g. ``2b-13``) for callers and tests that think in criteria.
"""
from __future__ import annotations

from checks.base import Check

_CHECKS: dict[str, Check] = {}
_BY_CRITERION: dict[str, Check] = {}


def register(cls: type[Check]) -> type[Check]:
    # a check written before topics existed is keyed by its criterion id (norm files then name that id)
    topic = getattr(cls, "topic", "") or getattr(cls, "criterion", "")
    if not topic:
        raise ValueError(f"check {cls.__name__} has neither a topic nor a criterion")
    if topic in _CHECKS:
        raise ValueError(f"two checks registered for topic {topic}")
    check = cls()
    _CHECKS[topic] = check
    home = getattr(cls, "criterion", "")
    if home:
        _BY_CRITERION.setdefault(home, check)
    return cls


def get_check(key: str) -> Check | None:
    """The check for a topic, or else for its home criterion id."""
    return _CHECKS.get(key) or _BY_CRITERION.get(key)


def registered() -> dict[str, Check]:
    """Every registered check by topic."""
    return dict(_CHECKS)
