"""The norm framework of one Keurmerk year, loaded from a versioned data file (norms/*.yaml)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Message(BaseModel):
    """Dutch reason and action for one outcome of a check; `{placeholders}` are filled by the check."""

    reason: str
    action: str = ""


class Criterion(BaseModel):
    id: str
    norm: str
    pdca: Literal["plan", "do", "check", "act"]
    judged_by: Literal["website", "reviewer"]
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
        return Message(reason=msg.reason.format(**params), action=msg.action.format(**params))


class Norm(BaseModel):
    id: str
    level: str
    title: str
    description: str = Field("", description="Dutch: what the norm asks of the provider")
    client_promise: list[str] = Field(default_factory=list, description="Dutch: the cliëntbelofte, one entry per quote")


class NormSet(BaseModel):
    id: str
    keurmerk_year: int
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
    def cqi_measurement_year(self) -> int:
        """2b-13 year rule: for Keurmerk Y the grade must be measured over Y-1."""
        return self.keurmerk_year - 1
