"""The crawler: a small Scrapy project that turns provider websites into ``SiteSnapshot`` objects.

Entry point for other code: ``crawler.run.crawl_sites``. Scrapy itself runs in a child process,
because Twisted's reactor cannot be restarted within one Python process.
"""
