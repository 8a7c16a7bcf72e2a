"""The check API: one small, self-describing unit per criterion (cf. Lighthouse audits).

A check declares its criterion and the message keys it uses (the Dutch texts live in the norm
data), judges only the ``SiteSnapshot`` it is given, and returns a ``Finding``. It never fetches.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Iterable

from models.finding import Evidence, Finding
from models.norms import Criterion, NormSet
from models.snapshot import SiteSnapshot

MAX_QUOTE_CHARS = 300
MAX_EVIDENCE = 4


@dataclass(frozen=True)
class CheckContext:
    norms: NormSet
    as_of: date
    criterion: Criterion | None = None  # the framework criterion being judged (set by the runner)

    @property
    def keurmerk_year(self) -> int:
        return self.norms.keurmerk_year


class Check(ABC):
    """Base class of a website check. Subclasses set ``topic``, ``criterion`` and ``message_keys``.

    ``topic`` is the key a norm framework uses to name the check (``check:`` of a criterion);
    ``criterion`` is the check's home criterion (the id it was written for), used when no
    framework criterion is given. The finding carries the id of the framework's criterion, and
    the framework may give an outcome (message key) another verdict (``status:`` of a message).
    """

    topic: ClassVar[str]
    criterion: ClassVar[str] = ""
    message_keys: ClassVar[tuple[str, ...]]
    # True: judged page by page (with the site's header and footer), the site's verdict is the
    # best page's; False: judged over the whole site at once (the check weighs pages itself)
    per_page: ClassVar[bool] = True

    def framework_criterion(self, ctx: CheckContext) -> Criterion:
        """The criterion of ``ctx.norms`` this check judges."""
        if ctx.criterion is not None:
            return ctx.criterion
        found = ctx.norms.criterion_for_check(self.topic)
        return found if found is not None else ctx.norms.criterion(self.criterion)

    @abstractmethod
    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        """Judge a readable snapshot. Unreadable snapshots never reach a check."""

    def finding(
        self,
        ctx: CheckContext,
        status: str,
        message_key: str,
        *,
        confidence: float,
        evidence: Iterable[Evidence] = (),
        needs_review: bool = False,
        details: dict[str, Any] | None = None,
        **params: object,
    ) -> Finding:
        """Build a finding whose Dutch reason and action come from the norm data."""
        params.setdefault("measurement_year", ctx.norms.cqi_measurement_year)
        criterion = self.framework_criterion(ctx)
        msg = criterion.message(message_key, **params)
        return Finding(
            criterion=criterion.id,
            status=msg.status or status,  # type: ignore[arg-type]
            confidence=round(max(0.0, min(1.0, confidence)), 2),
            reason=msg.reason,
            action=msg.action,
            evidence=dedupe_evidence(evidence)[:MAX_EVIDENCE],
            needs_review=needs_review,
            details=details or {},
        )


def quote(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """A passage shortened for evidence, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def dedupe_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, str]] = set()
    out: list[Evidence] = []
    for ev in items:
        key = (ev.url, ev.quote)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out
