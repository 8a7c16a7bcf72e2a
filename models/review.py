"""The review file: one per provider and round, filled in by a reviewer (YAML on disk).

It holds the reviewer's verdict on every reviewer-judged criterion and, optionally, the
reviewer's decisions that override an automatic website finding. ``assessment.inputs`` reads the
YAML, reports every problem in Dutch and only then builds these models.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

ReviewStatus = Literal["voldoet", "voldoet_bijna", "voldoet_niet", "niet_beoordeeld", "todo", "excelleert"]
REVIEW_STATUSES: tuple[str, ...] = ("voldoet", "voldoet_bijna", "voldoet_niet", "niet_beoordeeld", "todo")
# "excelleert" (voldoet ruimschoots, voorbeeld voor anderen): only in a framework that has that level
# (its status_labels name it, as Keurmerk 2021 does); it counts as voldoet for the norm.
EXCELLENT = "excelleert"
MET_STATUSES: tuple[str, ...] = ("voldoet", EXCELLENT)

OverrideStatus = Literal["voldoet", "voldoet_bijna", "voldoet_niet"]
OVERRIDE_STATUSES: tuple[str, ...] = ("voldoet", "voldoet_bijna", "voldoet_niet")


class CriterionReview(BaseModel):
    """The reviewer's verdict on one reviewer-judged criterion."""

    status: ReviewStatus = "todo"
    toelichting: str = Field("", description="Dutch: what was found in the self-evaluation, and why")
    actie: str = Field("", description="Dutch: what the provider has to do; empty when it voldoet")


class Override(BaseModel):
    """A reviewer's decision that replaces the automatic verdict on a website criterion."""

    status: OverrideStatus
    toelichting: str
    reviewer: str
    datum: date
    actie: str = ""


class Review(BaseModel):
    provider: str
    keurmerk_year: int
    round: Literal[1, 2] = 1
    website: str | None = Field(None, description="Site of the scan report (host), checked against it")
    reviewer: str = Field("", description="Default reviewer name for overrides")
    previous_assessment: str | None = Field(
        None, description="Round 2: path of the round-1 assessment.json, relative to the review file"
    )
    criteria: dict[str, CriterionReview] = Field(default_factory=dict)
    overrides: dict[str, Override] = Field(default_factory=dict)
