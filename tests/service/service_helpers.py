"""Small builders for the service tests: site reports as the pipeline makes them."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from models.finding import Evidence, Finding
from models.report import SiteReport
from models.snapshot import CrawlSummary

CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]
T0 = datetime(2025, 3, 1, 10, 0, tzinfo=timezone.utc)


def report(url: str, statuses: dict[str, str] | None = None, *, day: int = 0, quotes: dict[str, str] | None = None,
           failed: bool = False) -> SiteReport:
    statuses = statuses or {}
    quotes = quotes or {}
    findings = []
    for c in CRITERIA:
        status = "niet_beoordeeld" if failed else statuses.get(c, "voldoet")
        evidence = [] if failed else [Evidence(url=url + "contact", quote=quotes.get(c, f"Tekst over {c}."))]
        findings.append(Finding(criterion=c, status=status, confidence=0.9, reason=f"Reden {c}.",
                                action="" if status == "voldoet" else f"Actie {c}.", evidence=evidence))
    crawl = (CrawlSummary(status="failed", failure_reason="De website was niet bereikbaar.") if failed
             else CrawlSummary(status="ok", pages_fetched=5))
    return SiteReport(url=url, site=url.split("//")[1].split("/")[0], keurmerk_year=2025, as_of=date(2025, 3, 1),
                      norm_version="keurmerk-2025", scanned_at=T0 + timedelta(days=day), crawl=crawl,
                      findings=findings)


def make_provider(name: str = "Praktijk Noord", url: str = "http://noord.test/"):
    from service.providers.models import Provider, Website

    provider = Provider.objects.create(name=name)
    website = Website.objects.create(provider=provider, url=url)
    return provider, website
