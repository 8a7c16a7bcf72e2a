"""The crawler's own Scrapy exceptions (loaded only where Scrapy runs: the crawl child)."""
from __future__ import annotations

from scrapy.exceptions import IgnoreRequest


class OffsiteRequest(IgnoreRequest):
    """A request (usually a redirect) that leaves the site."""


class PageBudgetReached(IgnoreRequest):
    """The per-site page cap is reached; the request is not sent."""
