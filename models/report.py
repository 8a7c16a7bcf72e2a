"""The per-site scan report and the index of one scan run (the CLI contract)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

from models.finding import Finding
from models.snapshot import CrawlSummary

SCHEMA_VERSION = "1.0"


class SiteReport(BaseModel):
    schema_version: str = SCHEMA_VERSION
    tool_version: str = ""
    url: str = Field(description="Start URL as given")
    site: str
    keurmerk_year: int
    as_of: date
    norm_version: str = Field(description="Id of the norm data file the findings were judged against")
    framework_year: int | None = Field(None, description="Year of the norm framework applied (None in reports "
                                       "written before this field: then keurmerk_year)")
    framework_notice: str = Field("", description="Dutch: which framework was applied, and when it is not the "
                                  "Keurmerk year's own, that that year has no framework yet")
    scanned_at: datetime
    crawl: CrawlSummary
    findings: list[Finding]
    rejudged_at: datetime | None = Field(None, description="Set when judged again from the scan's archive (rejudge)")


    @property
    def applied_framework_year(self) -> int:
        return self.framework_year if self.framework_year is not None else self.keurmerk_year


class IndexEntry(BaseModel):
    url: str
    report: str = Field(description="Path of the site's report.json relative to the output dir")
    status: Literal["ok", "partial", "failed"]


class ScanIndex(BaseModel):
    sites: list[IndexEntry]
