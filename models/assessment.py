"""The overall assessment: website findings and the reviewer's verdicts, per norm (the CLI contract).

``assessment.json`` is this model. Contract fields: ``qualified``, ``complete`` and ``norms``
(each with ``norm``, ``status`` and ``criteria`` of ``criterion``, ``status``, ``source``,
``toelichting``, ``actie``); the rest are extras for the report.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from models.finding import Evidence
from models.review import OverrideStatus, ReviewStatus

ASSESSMENT_SCHEMA_VERSION = "1.0"

NormStatus = Literal["groen", "oranje", "onvolledig"]
Source = Literal["website", "reviewer", "override"]


class AutomaticVerdict(BaseModel):
    """The website check's finding, kept beside a reviewer's override."""

    status: ReviewStatus
    reason: str
    action: str = ""
    confidence: float = 0.0
    needs_review: bool = False
    evidence: list[Evidence] = Field(default_factory=list)


class ReviewerDecision(BaseModel):
    status: OverrideStatus
    toelichting: str
    actie: str = ""
    reviewer: str
    datum: date


class CriterionResult(BaseModel):
    criterion: str
    status: ReviewStatus
    source: Source
    toelichting: str = ""
    actie: str = ""
    # extras
    title: str = ""
    wording: str = ""
    pdca: str = ""
    status_label: str = ""
    evidence: list[Evidence] = Field(default_factory=list, description="Website criteria: URL + quote")
    needs_review: bool = False
    automatic: AutomaticVerdict | None = Field(None, description="Website criteria: the automatic verdict")
    override: ReviewerDecision | None = Field(None, description="Set when source is 'override'")
    previous_status: ReviewStatus | None = Field(None, description="Round 2: the round-1 status")


class NormResult(BaseModel):
    norm: str
    status: NormStatus
    criteria: list[CriterionResult]
    # extras
    level: str = ""
    title: str = ""
    description: str = ""
    client_promise: list[str] = Field(default_factory=list)
    previous_status: NormStatus | None = Field(None, description="Round 2: the round-1 norm status")


class ScanInfo(BaseModel):
    url: str
    site: str
    scanned_at: datetime
    as_of: date
    norm_version: str
    crawl_status: str
    failure_reason: str | None = None
    pages_fetched: int = 0
    documents: int = 0


class PreviousRound(BaseModel):
    """Summary of the round-1 assessment that a herkwalificatie refers to."""

    round: int
    assessed_at: datetime
    qualified: bool
    complete: bool
    path: str = ""


class Assessment(BaseModel):
    schema_version: str = ASSESSMENT_SCHEMA_VERSION
    tool_version: str = ""
    provider: str
    keurmerk_year: int
    norm_version: str
    framework_year: int | None = Field(None, description="Year of the norm framework applied")
    framework_notice: str = Field("", description="Dutch: which framework was applied, and when it is not the "
                                  "Keurmerk year's own, that that year has no framework yet")
    title: str = Field("", description="Title of the Keurmerk, from the norm data")
    round: int
    assessed_at: datetime
    qualified: bool
    complete: bool
    outcome: str = Field("", description="Dutch one-line outcome")
    scan: ScanInfo
    norms: list[NormResult]
    previous: PreviousRound | None = None
    warnings: list[str] = Field(default_factory=list, description="Dutch notes for the reviewer")
