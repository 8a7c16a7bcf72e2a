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
    scanned_at: datetime
    crawl: CrawlSummary
    findings: list[Finding]
    rejudged_at: datetime | None = Field(None, description="Set when judged again from the scan's archive (rejudge)")


class IndexEntry(BaseModel):
    url: str
    report: str = Field(description="Path of the site's report.json relative to the output dir")
    status: Literal["ok", "partial", "failed"]


class ScanIndex(BaseModel):
    sites: list[IndexEntry]
