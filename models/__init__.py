"""Data models shared by every stage of the flow.

crawl -> ``SiteSnapshot`` -> checks -> ``Finding`` -> ``SiteReport`` -> assessment -> reports.
Every stage reads the models of the stage before it and writes its own; nothing flows back.
"""
from models.snapshot import Block, CrawlError, CrawlSummary, Page, SiteSnapshot
from models.finding import Evidence, Finding, Status, STATUSES
from models.report import SCHEMA_VERSION, IndexEntry, ScanIndex, SiteReport

__all__ = [
    "Block", "CrawlError", "CrawlSummary", "Page", "SiteSnapshot",
    "Evidence", "Finding", "Status", "STATUSES",
    "SCHEMA_VERSION", "IndexEntry", "ScanIndex", "SiteReport",
]
