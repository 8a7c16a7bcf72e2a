"""The trap guard tells an archive of numbered articles from an endless series (fixture sites on loopback)."""
from __future__ import annotations

import pytest

from crawler.middlewares import dated
from crawler.options import CrawlOptions
from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, page, serve
from keurmerk_scan.siteserver import Route

ARTICLES = 40
TOPICS = ["slaapproblemen", "piekeren", "rouw", "faalangst", "paniekaanvallen", "burn-out", "perfectionisme",
          "sociale angst"]


def _article(n: int) -> Route:
    """A news item with its own text (written for this test), linking its neighbours."""
    topic = TOPICS[n % len(TOPICS)]
    body = (
        f"<h1>Bericht {n}: over {topic}</h1>"
        f"<p>In bericht nummer {n} vertelt een van onze behandelaars hoe {topic} het dagelijks leven "
        f"kan beheersen en welke eerste stappen helpen. Aflevering {n} van de reeks gaat vooral over "
        f"{'de rol van familie' if n % 2 else 'het werk en de collega'}s en over wat je zelf kunt doen "
        f"{'in de avond' if n % 3 else 'tijdens het weekend'}.</p>"
        f"<p>Uitgelicht in deel {n}: oefening {n * 7 % 31} uit het werkboek, "
        f"{'met een ademhalingsoefening' if n % 5 else 'met een schrijfopdracht'}.</p>"
    )
    links = "".join(f"<a href='/nieuws/bericht-{m}/'>Bericht {m}</a>" for m in (n - 1, n + 1) if 1 <= m <= ARTICLES)
    return Route.html(page(f"Bericht {n}", body + links))


def _endless(path: str) -> Route:
    """An endless paged list: every page links ten further ones and says nothing new."""
    n = int(path.rstrip("/").rsplit("-", 1)[1])
    links = "".join(f"<a href='/archief/pagina-{m}/'>Pagina {m}</a>" for m in range(n + 1, n + 11))
    return Route.html(page(f"Archief pagina {n}", f"<h1>Archief, pagina {n}</h1><p>Er zijn hier (nog) geen "
                                                   f"berichten te lezen.</p>{links}"))


SITES = {
    "archive": {
        "/": Route.html(page("Praktijk Nieuws", "<h1>Welkom</h1><p>Lees ons nieuws.</p><a href='/nieuws/'>Nieuws</a>")),
        "/nieuws/": Route.html(page("Nieuws", "<h1>Nieuws</h1>" + "".join(
            f"<a href='/nieuws/bericht-{n}/'>Bericht {n}</a>" for n in range(1, ARTICLES + 1)))),
        **{f"/nieuws/bericht-{n}/": _article(n) for n in range(1, ARTICLES + 1)},
    },
    "endless": {
        "/": Route.html(page("Praktijk Archief", "<h1>Welkom</h1><p>Ons archief.</p>"
                             "<a href='/archief/pagina-1/'>Archief</a>")),
        "/archief/*": _endless,
    },
}


@pytest.fixture(scope="module")
def crawled():
    with serve(*SITES.values()) as servers:
        snapshots = crawl_sites([s.url for s in servers], fast_options(max_pages=100))
        requests = [list(s.requests) for s in servers]
    return dict(zip(SITES, snapshots)), dict(zip(SITES, requests))


def test_archive_of_numbered_articles_is_read_in_full(crawled):
    snaps, requests = crawled
    snap = snaps["archive"]
    assert snap.crawl.status == "ok", snap.crawl.errors
    urls = {p.url.rstrip("/").rsplit("/", 1)[-1] for p in snap.pages}
    assert {f"bericht-{n}" for n in range(1, ARTICLES + 1)} <= urls
    assert not [e for e in snap.crawl.errors if e.kind == "budget"]
    assert sum("/nieuws/bericht-" in r for r in requests["archive"]) == ARTICLES


def test_endless_series_without_new_text_stops(crawled):
    snaps, requests = crawled
    snap = snaps["endless"]
    assert snap.crawl.status == "partial"
    budget = [e.message for e in snap.crawl.errors if e.kind == "budget"]
    assert any("eindeloze kalender" in m and "/archief/pagina-…/" in m for m in budget), budget
    fetched = sum("/archief/" in r for r in requests["endless"])
    assert 12 <= fetched <= 16   # the free twelve, plus a little growth for the first (new) page


@pytest.mark.parametrize("url, expected", [
    ("https://p.example/agenda/2025/03/", True),
    ("https://p.example/agenda?dag=20250301", True),
    ("https://p.example/kalender/?maand=2025-01", True),
    ("https://p.example/nieuws/bericht-13/", False),
    ("https://p.example/blog/page/3/", False),
    ("https://p.example/product/12345/", False),
])
def test_dates_in_urls(url, expected):
    assert dated(url) is expected


def test_time_budget_scales_with_the_page_cap():
    assert CrawlOptions().site_time_budget() == 300.0                      # 150 pages at 0.5 s
    assert CrawlOptions(max_pages=1000).site_time_budget() == 2000.0       # no cut-off near 450 pages
    assert CrawlOptions(max_pages=1000, download_delay=0).site_time_budget() == 300.0
