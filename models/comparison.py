"""Comparison of two scan runs of the same sites (scheduled re-scans: what changed, what regressed)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Change = Literal["verbeterd", "verslechterd", "gelijk", "nu niet beoordeeld", "weer beoordeeld", "nieuw criterium",
                 "vervallen criterium", "ander normenkader"]


class CriterionChange(BaseModel):
    criterion: str
    old_status: str | None
    new_status: str | None
    change: Change
    new_reason: str = ""


class SiteComparison(BaseModel):
    url: str
    presence: Literal["beide", "alleen oud", "alleen nieuw"]
    old_crawl_status: str | None = None
    new_crawl_status: str | None = None
    framework_note: str = Field("", description="Dutch: why changes between two different norm frameworks "
                                "(Keurmerk year or norm data) are not called regressions; empty when the same")
    changes: list[CriterionChange] = []

    @property
    def regressions(self) -> list[CriterionChange]:
        return [c for c in self.changes if c.change == "verslechterd"]


class ScanComparison(BaseModel):
    old_scan: str
    new_scan: str
    sites: list[SiteComparison]

    @property
    def regression_count(self) -> int:
        return sum(len(s.regressions) for s in self.sites)
