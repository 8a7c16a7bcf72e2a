"""Options of one crawl run, shared by the CLI, the evaluation and the tests."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RenderMode = Literal["auto", "never", "always"]
ARCHIVE_FILE = "archive.warc.gz"  # a site's evidence archive, in its report folder


@dataclass(frozen=True)
class CrawlOptions:
    max_pages: int = 150             # per site
    max_depth: int = 5               # link hops from the start page
    max_response_bytes: int = 10 * 1024 * 1024
    time_budget_seconds: float = 300.0  # per site
    render: RenderMode = "auto"
    chromium_path: str = "/usr/bin/chromium"
    # DevTools address of a Chromium that is already running (the service starts one per worker
    # and shares it between all its crawls); empty: the crawl starts its own when a page needs it.
    chromium_cdp_url: str = ""
    obey_robots: bool = True
    autothrottle: bool = True         # off for local evaluation sites
    download_delay: float = 0.5
    concurrent_requests_per_site: int = 4
    user_agent: str = "keurmerk-scan/0.1 (+Keurmerk Kortdurende GGZ website check; Stichting KiBG)"
    # Fixed name resolution, like curl --resolve: (("praktijk.test", "127.0.0.5"), ...). Lets
    # local sites use real-looking host names (www and bare domain) without DNS.
    host_overrides: tuple[tuple[str, str], ...] = ()
    # Self-scans of user-given URLs: never fetch a loopback, private, link-local, multicast,
    # reserved or cloud-metadata address (crawler.netguard). Networks allowed anyway: tests only.
    refuse_internal_addresses: bool = False
    allowed_networks: tuple[str, ...] = ()
    # Evidence archive: per-site cap of the WARC file (crawl_sites(archive_paths=...) turns it on).
    archive_max_bytes: int = 100 * 1024 * 1024

    def site_time_budget(self) -> float:
        """The time budget of one site, scaled with the page cap: a polite crawl waits
        ``download_delay`` between requests (about 0.6 s a page with AutoThrottle), so a fixed 300 s
        would cut a site off near 450 pages whatever --max-pages says. Each allowed page gets four
        delays (room for slow answers and AutoThrottle backing off); the default (150 pages at
        0.5 s) keeps exactly 300 s, and an unthrottled local crawl keeps ``time_budget_seconds``."""
        return max(self.time_budget_seconds, self.max_pages * 4 * self.download_delay)
