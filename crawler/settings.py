"""Scrapy settings of the crawler project.

The module-level names are the project defaults (``scrapy.cfg`` points here). ``settings_for``
applies a ``CrawlOptions``: per-site caps, politeness and rendering. One crawler runs per site,
so per-crawler limits (CONCURRENT_REQUESTS, CLOSESPIDER_*, DEPTH_LIMIT) are per-site limits.
"""
from __future__ import annotations

from typing import Any

from scrapy.settings import default_settings as _scrapy_defaults

from crawler.options import CrawlOptions

BOT_NAME = "keurmerk_scan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = CrawlOptions().user_agent
ROBOTSTXT_OBEY = True

# Politeness (AutoThrottle adapts the delay to the server's response times).
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_DELAY = 0.5
CONCURRENT_REQUESTS = 4
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Items of one response handled at a time: the item pipeline is synchronous, so Scrapy's default
# (100) only creates 100 asyncio tasks per page for nothing.
CONCURRENT_ITEMS = 4

# Caps.
DEPTH_LIMIT = 5
DEPTH_PRIORITY = 1                 # shallower pages first, keyword links get a bonus on top
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"   # breadth-first within a priority
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
DOWNLOAD_TIMEOUT = 30
CLOSESPIDER_TIMEOUT = 300
RETRY_TIMES = 1
REDIRECT_MAX_TIMES = 8
METAREFRESH_MAXDELAY = 5
URLLENGTH_LIMIT = 1000

# Components.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.SiteOffsiteMiddleware": 50,
    "crawler.netguard.AddressGuardMiddleware": 40,   # before anything else: redirects too
    "crawler.middlewares.PageBudgetMiddleware": 120,
    "crawler.middlewares.RenderMiddleware": 585,
    # Next to the downloader: sees every response as served (redirects, robots.txt, rendered DOM).
    "crawler.archive.WarcArchiveMiddleware": 950,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.TrapGuardMiddleware": 850,
}
ITEM_PIPELINES = {
    "crawler.pipelines.SnapshotPipeline": 300,
}
# Scrapy's default extensions without the telnet console, log and memory stats, feed export and
# Scrapy 2.19's remote-control server (it runs code sent to it; it also imports aiohttp). They are
# left out of the base list rather than set to None in EXTENSIONS: Scrapy imports every class
# named there, even a disabled one.
_unwanted_extensions = ("telnet.TelnetConsole", "logstats.LogStats", "memusage.MemoryUsage",
                        "feedexport.FeedExporter", "remote_control.RemoteControl")
EXTENSIONS_BASE = {name: order for name, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if not name.endswith(_unwanted_extensions)}
EXTENSIONS: dict[str, int | None] = {}
# Only the handlers a scan uses: Scrapy imports every handler class named here at start-up, even
# the lazy ones (FTP pulls in Twisted's FTP client, S3 looks for botocore). Links to file:, data:,
# ftp: or s3: addresses are off the site and never fetched.
DOWNLOAD_HANDLERS_BASE = {scheme: _scrapy_defaults.DOWNLOAD_HANDLERS_BASE[scheme] for scheme in ("http", "https")}
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
TWISTED_DNS_RESOLVER = "crawler.resolver.HostOverrideResolver"
GUARD_ADDRESSES = False             # crawler.netguard: on for self-scans of user-given URLs
GUARD_ALLOWED_NETWORKS: list[str] = []
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
COOKIES_ENABLED = True
HTTPCACHE_ENABLED = False
LOG_LEVEL = "WARNING"

# Trap guard: at most this many query-string variants per path, and this many URLs per path
# pattern with the digits masked (/kalender/2025/01/ and /kalender/2031/07/ share a pattern)
# before the pattern must prove itself: a pattern whose numbers are dates stops there; any other
# gets TRAP_GROWTH_PER_NEW_PAGE more URLs for every fetched page under it with at least
# TRAP_NEW_TEXT_CHARS characters of text not seen under the pattern (an archive of articles).
TRAP_MAX_QUERY_VARIANTS = 8
TRAP_MAX_PATTERN_URLS = 12
TRAP_GROWTH_PER_NEW_PAGE = 2
TRAP_NEW_TEXT_CHARS = 100

# Evidence archive (WARC) per site: stops archiving (and says so) past this size.
ARCHIVE_MAX_BYTES = 100 * 1024 * 1024

# Rendering of JavaScript pages (scrapy-playwright, Debian's Chromium).
RENDER_MIN_TEXT_CHARS = 200         # static text below this, with scripts present: render
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 2
PLAYWRIGHT_ABORT_REQUEST = "crawler.rendering.abort_heavy_request"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-gpu", "--no-first-run", "--disable-sync",
]


def settings_for(options: CrawlOptions, *, log_level: str = LOG_LEVEL) -> dict[str, Any]:
    """The project settings with ``options`` applied, as a dict for ``CrawlerProcess``."""
    settings = {name: value for name, value in globals().items() if name.isupper()}
    settings.update(
        USER_AGENT=options.user_agent,
        ROBOTSTXT_OBEY=options.obey_robots,
        AUTOTHROTTLE_ENABLED=options.autothrottle,
        DOWNLOAD_DELAY=options.download_delay,
        CONCURRENT_REQUESTS=options.concurrent_requests_per_site,
        CONCURRENT_REQUESTS_PER_DOMAIN=options.concurrent_requests_per_site,
        DEPTH_LIMIT=options.max_depth,
        DOWNLOAD_MAXSIZE=options.max_response_bytes,
        DOWNLOAD_TIMEOUT=max(5, min(30, int(options.time_budget_seconds / 2))),
        CLOSESPIDER_TIMEOUT=options.site_time_budget(),
        # Backstop only: PageBudgetMiddleware enforces the cap in priority order. A rendered
        # page counts twice here (static + browser response), plus robots.txt.
        CLOSESPIDER_PAGECOUNT=2 * options.max_pages + 10,
        MAX_PAGES=options.max_pages,
        RENDER_MODE=options.render,
        LOG_LEVEL=log_level,
        HOST_OVERRIDES=dict(options.host_overrides),
        ARCHIVE_MAX_BYTES=options.archive_max_bytes,
        GUARD_ADDRESSES=options.refuse_internal_addresses,
        GUARD_ALLOWED_NETWORKS=list(options.allowed_networks),
    )
    if options.refuse_internal_addresses:
        settings["PLAYWRIGHT_ABORT_REQUEST"] = "crawler.netguard.abort_request"
    if options.autothrottle:
        settings["AUTOTHROTTLE_START_DELAY"] = max(options.download_delay, 0.5)
    if options.render != "never":
        # Only the handlers are installed; the browser starts on the first page that needs it.
        settings["DOWNLOAD_HANDLERS"] = {
            "http": "crawler.rendering.LazyPlaywrightDownloadHandler",
            "https": "crawler.rendering.LazyPlaywrightDownloadHandler",
        }
        args = list(CHROMIUM_ARGS)
        if options.host_overrides:
            rules = ",".join(f"MAP {host} {ip}" for host, ip in options.host_overrides)
            args.append(f"--host-resolver-rules={rules}")
        if options.chromium_cdp_url:
            settings["PLAYWRIGHT_CDP_URL"] = options.chromium_cdp_url
        else:
            settings["PLAYWRIGHT_LAUNCH_OPTIONS"] = {
                "executable_path": options.chromium_path,
                "headless": True,
                "args": args,
            }
    return settings
