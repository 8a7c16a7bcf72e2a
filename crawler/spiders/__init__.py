"""Spiders of the crawler project (one: ``SiteSpider``, one instance per provider site)."""
