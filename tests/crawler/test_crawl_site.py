"""A normal provider site, crawled end to end: structure, scope, header/footer, PDFs, priority."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, next_host, page, pdf_bytes, pdf_route, serve
from keurmerk_scan.siteserver import Route, SiteServer

HEADER = "<header><p class='logo'>Praktijk De Linde</p><nav><ul><li><a href='/'>Home</a></li>" \
         "<li><a href='/contact'>Contact</a></li></ul></nav></header>"
FOOTER = "<footer><p>Praktijk De Linde<br>Lindelaan 1<br>1234 AB Utrecht</p><p>Bij spoed: bel 113</p></footer>"


def linde_routes(bare: str, offsite: str) -> dict[str, Route]:
    """Site A; ``bare`` is its own address without www (absolute links use it)."""
    def linde(title: str, body: str) -> Route:
        return Route.html(page(title, body, header=HEADER, footer=FOOTER))

    return {
        "/start": Route.redirect(bare.replace("://", "://www.") + "/"),
        "/": linde("Praktijk De Linde", (
            "<h1>Welkom bij Praktijk De Linde</h1>"
            "<p>Wij bieden kortdurende behandeling voor volwassenen.</p>"
            "<h2>Wat wij behandelen</h2><ul><li>Angstklachten</li><li>Somberheid</li></ul>"
            "<table><tr><th>Behandeling</th><th>Sessies</th></tr><tr><td>Kort</td><td>5 tot 8</td></tr></table>"
            f"<p><a href='{bare}/over-ons'>Over ons</a> <a href='/werkwijze'>Werkwijze</a> "
            "<a href='/docs/kwaliteitsstatuut.pdf'>Kwaliteitsstatuut (pdf)</a> "
            f"<a href='{offsite}'>Landelijke vereniging</a> <a href='mailto:info@linde.test'>Mail</a> "
            "<a href='/fotos/praktijk.jpg'>Foto</a> <a href='/index.html'>Home</a></p>"
        )),
        "/index.html": lambda path: linde_routes(bare, offsite)["/"],  # the home page again
        "/contact": linde("Contact", "<h1>Contact</h1><p>Telefoon 030-1234567<br>E-mail info@linde.test</p>"),
        "/over-ons": linde("Over ons", "<h1>Over ons</h1><p>Ons team.</p><a href='/team'>Team</a>"),
        "/werkwijze": linde("Werkwijze", "<h1>Werkwijze</h1><h2>Aanmelding</h2><p>Na de intake volgt een plan.</p>"),
        "/team": linde("Team", "<h1>Team</h1><p>Drs. A. Jansen, GZ-psycholoog (BIG 123)</p>"),
        "/fotos/praktijk.jpg": Route(b"\xff\xd8\xff" + b"0" * 100, 200, "image/jpeg"),
        "/docs/kwaliteitsstatuut.pdf": pdf_route(pdf_bytes(
            ["Kwaliteitsstatuut Praktijk De Linde", "Cliëntervaringen: gemiddeld rapportcijfer 8,4",
             "gemeten met de CQI over 2024."], title="Kwaliteitsstatuut De Linde")),
    }


@pytest.fixture(scope="module")
def crawled():
    offsite = SiteServer({"/": Route.html(page("Vereniging", "<p>Elders</p>"))}, host=next_host())
    host_a = next_host()
    with offsite, SiteServer({}, host=host_a) as site_a:
        bare = f"http://linde.test:{site_a.port}"
        site_a.routes.update(linde_routes(bare, offsite.url))
        site_b_routes = {
            "/": Route.html(page("Praktijk Berk", "<h1>Praktijk Berk</h1><p>Wij zijn Berk.</p><a href='/aanbod'>Aanbod</a>")),
            "/aanbod": Route.html(page("Aanbod Berk", "<h1>Aanbod</h1><p>EMDR en CGT.</p><a href='/'>Home</a>")),
        }
        with serve(site_b_routes) as [site_b]:
            progress: list[tuple[str, str]] = []
            urls = [f"{bare}/start", site_b.url]
            options = fast_options(host_overrides=(("linde.test", host_a), ("www.linde.test", host_a)))
            snapshots = crawl_sites(urls, options, progress=lambda url, msg: progress.append((url, msg)))
            yield {
                "a": snapshots[0], "b": snapshots[1], "urls": urls, "progress": progress,
                "a_requests": list(site_a.requests), "offsite_requests": list(offsite.requests),
                "www": f"http://www.linde.test:{site_a.port}",
            }


def _page(snap, path):
    return next(p for p in snap.pages if urlsplit(p.url).path == path)


def test_status_and_counts(crawled):
    a = crawled["a"]
    assert a.crawl.status == "ok", a.crawl.errors
    assert a.crawl.failure_reason is None
    assert a.crawl.pages_fetched == 5 and a.crawl.documents == 1 and a.crawl.pages_rendered == 0
    assert a.site == "linde.test"
    assert a.readable


def test_bare_domain_redirects_to_www_and_links_are_rebased(crawled):
    a, www = crawled["a"], crawled["www"]
    assert all(p.url.startswith(www + "/") for p in a.pages), [p.url for p in a.pages]
    paths = [urlsplit(p.url).path for p in a.pages]
    assert sorted(paths) == sorted({"/", "/contact", "/over-ons", "/werkwijze", "/team", "/docs/kwaliteitsstatuut.pdf"})
    # every page fetched once, though linked under both host names; /index.html is the home
    # page again, so its content is not kept twice
    fetched = [r for r in crawled["a_requests"] if r != "/robots.txt"]
    assert sorted(fetched) == sorted(["/start", "/", "/contact", "/over-ons", "/werkwijze", "/team",
                                      "/docs/kwaliteitsstatuut.pdf", "/index.html"])


def test_offsite_links_and_files_are_not_followed(crawled):
    assert crawled["offsite_requests"] == []
    assert "/fotos/praktijk.jpg" not in crawled["a_requests"]


def test_page_structure(crawled):
    home = _page(crawled["a"], "/")
    kinds = [(b.kind, b.level, b.text) for b in home.blocks]
    assert kinds[0] == ("title", 0, "Praktijk De Linde")
    assert ("heading", 1, "Welkom bij Praktijk De Linde") in kinds
    assert ("heading", 2, "Wat wij behandelen") in kinds
    assert ("list_item", 0, "Angstklachten") in kinds
    assert ("table_row", 0, "Kort | 5 tot 8") in kinds
    assert home.depth == 0 and _page(crawled["a"], "/team").depth == 2
    contact = _page(crawled["a"], "/contact")
    assert "Telefoon 030-1234567\nE-mail info@linde.test" in [b.text for b in contact.blocks]


def test_header_and_footer_kept_once(crawled):
    a = crawled["a"]
    site_text = [b.text for b in a.site_blocks]
    assert "Praktijk De Linde\nLindelaan 1\n1234 AB Utrecht" in site_text
    assert "Bij spoed: bel 113" in site_text
    assert a.site_blocks_url is not None and urlsplit(a.site_blocks_url).path == "/"
    for p in a.pages:
        assert "Bij spoed: bel 113" not in p.text
        assert "Home" not in [b.text for b in p.blocks]  # the nav menu is dropped


def test_pdf_is_extracted(crawled):
    pdf = _page(crawled["a"], "/docs/kwaliteitsstatuut.pdf")
    assert pdf.kind == "pdf" and pdf.title == "Kwaliteitsstatuut De Linde"
    assert "Cliëntervaringen: gemiddeld rapportcijfer 8,4 gemeten met de CQI over 2024." in pdf.text


def test_sites_are_kept_apart(crawled):
    a, b = crawled["a"], crawled["b"]
    assert [a.start_url, b.start_url] == crawled["urls"]
    assert b.crawl.status == "ok"
    assert {urlsplit(p.url).path for p in b.pages} == {"/", "/aanbod"}
    assert all(p.url.startswith(crawled["urls"][1]) for p in b.pages)
    assert "EMDR en CGT." in b.pages[1].text + b.pages[0].text
    assert not any("Berk" in p.text for p in a.pages)


def test_progress_messages(crawled):
    by_url: dict[str, list[str]] = {}
    for url, message in crawled["progress"]:
        by_url.setdefault(url, []).append(message)
    assert set(by_url) == set(crawled["urls"])
    for messages in by_url.values():
        assert messages[0] == "gestart"
        assert messages[-1].startswith("klaar: ")
    assert by_url[crawled["urls"][0]][-1] == "klaar: 5 pagina's, 1 document"


def test_priority_links_win_under_a_page_cap():
    plain = "".join(f"<a href='/nieuws-{i}'>Nieuwsbericht {i}</a> " for i in range(1, 9))
    keyword = "<a href='/contact'>Contact</a> <a href='/ons-team'>Ons team</a> <a href='/prijzen'>Tarieven</a>"
    routes = {"/": Route.html(page("Praktijk Eik", f"<h1>Eik</h1><p>{keyword}{plain}</p>"))}
    for path in ["/contact", "/ons-team", "/prijzen"] + [f"/nieuws-{i}" for i in range(1, 9)]:
        routes[path] = Route.html(page(path, f"<h1>{path}</h1><p>Inhoud van {path}.</p>"))
    with serve(routes) as [site]:
        [snap] = crawl_sites([site.url], fast_options(max_pages=4, concurrent_requests_per_site=2))
    assert {urlsplit(p.url).path for p in snap.pages} == {"/", "/contact", "/ons-team", "/prijzen"}
    assert snap.crawl.status == "partial"
    [budget] = [e for e in snap.crawl.errors if e.kind == "budget"]
    assert "limiet van 4 pagina's" in budget.message
    assert not any(r.startswith("/nieuws") for r in site.requests)


def test_time_budget_ends_a_slow_site():
    import time

    def slow(path: str) -> Route:
        time.sleep(0.4)
        n = int(path.rsplit("-", 1)[1]) if "-" in path else 0
        return Route.html(page(f"Pagina {n}", f"<h1>Pagina {n}</h1><p>Tekst {n}.</p>"
                               f"<a href='/pagina-{n + 1}'>Volgende</a><a href='/pagina-{n + 2}'>Daarna</a>"))

    with serve({"/": slow, "/pagina-*": slow}) as [site]:
        started = time.monotonic()
        [snap] = crawl_sites([site.url], fast_options(time_budget_seconds=2.0, concurrent_requests_per_site=1))
        elapsed = time.monotonic() - started
    assert snap.crawl.status == "partial"
    assert 1 <= snap.crawl.pages_fetched <= 6
    assert any(e.kind == "budget" and "tijdslimiet van 2 seconden" in e.message for e in snap.crawl.errors)
    assert elapsed < 12
