"""The scan step of a batch: the same crawl -> checks -> site report pipeline as the CLI."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from crawler.options import CrawlOptions
from pipeline.scan import judge
from models.report import SiteReport
from norms import load_norms
from service.scans.models import Batch, BatchItem


def crawl_options(batch: Batch, *, share_browser: bool = True) -> CrawlOptions:
    """The batch's crawl options; rendering goes through the worker's one shared Chromium."""
    fields = dict(batch.crawl_options)
    if "host_overrides" in fields:
        fields["host_overrides"] = tuple(tuple(pair) for pair in fields["host_overrides"])
    options = CrawlOptions(**fields)
    # Host overrides are browser start arguments, so such a crawl keeps a browser of its own.
    if share_browser and options.render != "never" and not options.host_overrides and not options.chromium_cdp_url:
        from service.scans.browser import shared_chromium

        try:
            options = replace(options, chromium_cdp_url=shared_chromium(options.chromium_path).cdp_url())
        except (OSError, RuntimeError):
            pass  # the crawl starts its own browser, and reports it when that fails too
    return options


def scan_items(batch: Batch, items: list[BatchItem]) -> list[SiteReport]:
    """Crawl the items' websites together (one crawler process) and judge each; one report per item."""
    from crawler.run import crawl_sites

    norms = load_norms(batch.keurmerk_year)
    as_of = batch.as_of or date.today()
    urls = [item.website.url for item in items]
    snapshots = crawl_sites(urls, crawl_options(batch))
    return [judge(snapshot, norms, as_of, url=url) for url, snapshot in zip(urls, snapshots)]
