"""The norm framework of one Keurmerk year, loaded from a versioned data file (norms/*.yaml)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Message(BaseModel):
    """Dutch reason and action for one outcome of a check; `{placeholders}` are filled by the check."""

    reason: str
    action: str = ""
    status: Literal["voldoet", "voldoet_bijna", "voldoet_niet"] | None = Field(
        None, description="The verdict this framework gives to this outcome of the check, when it differs "
        "from the check's own (e.g. Keurmerk 2021: contact details alone voldoen for bereikbaarheid)")


class Criterion(BaseModel):
    id: str
    norm: str
    pdca: Literal["plan", "do", "check", "act", ""] = Field("", description="PDCA phase (Keurmerk 2025); empty when "
                                                           "the framework has none (Keurmerk 2021)")
    judged_by: Literal["website", "reviewer"]
    check: str = Field("", description="Topic of the website check that judges this criterion (checks are keyed "
                       "by topic, so a framework names its checks as data); empty for reviewer criteria")
    title: str
    wording: str = ""
    levels: dict[str, str] = Field(default_factory=dict, description="What voldoet / voldoet_bijna / voldoet_niet mean")
    messages: dict[str, Message] = Field(default_factory=dict)

    def message(self, key: str, **params: object) -> Message:
        """The message `key`, with placeholders filled. A missing key is a data error."""
        try:
            msg = self.messages[key]
        except KeyError as exc:  # pragma: no cover - guarded by tests over every norm file
            raise KeyError(f"norm data has no message {key!r} for criterion {self.id}") from exc
        return Message(reason=msg.reason.format(**params), action=msg.action.format(**params), status=msg.status)


class Norm(BaseModel):
    id: str
    level: str
    title: str
    description: str = Field("", description="Dutch: what the norm asks of the provider")
    client_promise: list[str] = Field(default_factory=list, description="Dutch: the cliëntbelofte, one entry per quote")


YEAR_PLACEHOLDERS = ("{keurmerk_year}", "{measurement_year}", "{previous_year}")


def _with_years(text: str, year: int) -> str:
    """Fill the year placeholders a framework text may hold (a fallback framework moves with the year)."""
    if "{" not in text:
        return text
    return (text.replace("{keurmerk_year}", str(year)).replace("{measurement_year}", str(year - 1))
            .replace("{previous_year}", str(year - 1)))


class NormSet(BaseModel):
    id: str
    keurmerk_year: int = Field(description="The Keurmerk year judged (the requested year)")
    framework_year: int | None = Field(None, description="Year of the framework file applied; differs from "
                                       "keurmerk_year when no framework for that year exists yet")
    title: str
    status_labels: dict[str, str]
    norms: list[Norm]
    criteria: list[Criterion]
    common_messages: dict[str, Message] = Field(default_factory=dict)

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(f"unknown criterion {cid!r} in {self.id}")

    def website_criteria(self) -> list[Criterion]:
        return [c for c in self.criteria if c.judged_by == "website"]

    def reviewer_criteria(self) -> list[Criterion]:
        return [c for c in self.criteria if c.judged_by == "reviewer"]

    @property
    def applied_framework_year(self) -> int:
        return self.framework_year if self.framework_year is not None else self.keurmerk_year

    @property
    def is_fallback(self) -> bool:
        """True when this year has no framework of its own and an earlier year's is applied."""
        return self.applied_framework_year != self.keurmerk_year

    @property
    def framework_notice(self) -> str:
        """Dutch: which framework was applied, and when it is not the year's own, that it is not."""
        if self.is_fallback:
            return (f"normenkader {self.applied_framework_year} toegepast; voor {self.keurmerk_year} is nog geen "
                    "normenkader vastgelegd")
        return f"normenkader {self.applied_framework_year} toegepast"

    def for_year(self, year: int) -> "NormSet":
        """This framework applied to Keurmerk ``year``: year placeholders in titles, wording and levels
        filled for ``year``; ``keurmerk_year`` = ``year``, ``framework_year`` = this file's year.
        Message placeholders are left for the checks (they fill ``{measurement_year}`` themselves)."""
        def fill(c: Criterion) -> Criterion:
            return c.model_copy(update={
                "title": _with_years(c.title, year),
                "wording": _with_years(c.wording, year),
                "levels": {k: _with_years(v, year) for k, v in c.levels.items()},
            })
        norms = [n.model_copy(update={"description": _with_years(n.description, year),
                                      "client_promise": [_with_years(t, year) for t in n.client_promise]})
                 for n in self.norms]
        return self.model_copy(update={
            "keurmerk_year": year,
            "framework_year": self.applied_framework_year,
            "title": _with_years(self.title, year),
            "norms": norms,
            "criteria": [fill(c) for c in self.criteria],
        })

    def criterion_for_check(self, topic: str) -> Criterion | None:
        """The website criterion this framework has judged by the check ``topic``, or None."""
        for c in self.criteria:
            if c.judged_by == "website" and c.check == topic:
                return c
        return None

    @property
    def cqi_measurement_year(self) -> int:
        """2b-13 year rule: for Keurmerk Y the grade must be measured over Y-1."""
        return self.keurmerk_year - 1
