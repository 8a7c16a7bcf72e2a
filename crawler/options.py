"""Options of one crawl run, shared by the CLI, the evaluation and the tests."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RenderMode = Literal["auto", "never", "always"]


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
