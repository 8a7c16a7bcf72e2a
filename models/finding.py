"""A finding: the verdict of one check on one criterion, with its evidence."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Status = Literal["voldoet", "voldoet_bijna", "voldoet_niet", "niet_beoordeeld"]
STATUSES: tuple[str, ...] = ("voldoet", "voldoet_bijna", "voldoet_niet", "niet_beoordeeld")


class Evidence(BaseModel):
    url: str
    quote: str
    screenshot: str | None = Field(None, description="Full-page PNG of url, relative to the site's report folder")
    thumbnail: str | None = Field(None, description="Small JPEG of the top of the screenshot, same folder")


class Finding(BaseModel):
    criterion: str
    status: Status
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str = Field(description="Dutch: what was found (or not)")
    action: str = Field(description="Dutch: what the provider should change; empty when it voldoet")
    evidence: list[Evidence] = Field(default_factory=list)
    needs_review: bool = Field(False, description="Evidence weak or contradictory: a reviewer should look")
    details: dict[str, Any] = Field(default_factory=dict, description="Machine-readable extras, e.g. cqi_year")
