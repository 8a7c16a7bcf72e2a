"""Bad inputs: every broken site ends with a clear crawl status and a Dutch reason.

All fixture sites are crawled in ONE crawl_sites call (one child process), then checked one by
one. The batch also proves that broken sites do not disturb each other. Every test runs twice:
with the crawl child forked from this process (what the command line does) and with a child in
a new interpreter (what a process with several threads, such as the service's worker, does).
"""
from __future__ import annotations

import socket
import time

import pytest

from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, next_host, page, pdf_bytes, pdf_route, serve
from keurmerk_scan.siteserver import Route, SiteServer

MAX_BYTES = 100_000
DUTCH_TEXT = "Cliëntervaringen en privé-informatie: één coördinator, ideeën, café"


def _calendar(path: str) -> Route:
    """An endless calendar: every month links to the next one, by query string and by path."""
    year, month = 2025, 1
    if "maand=" in path:
        year, month = (int(x) for x in path.split("maand=", 1)[1][:7].split("-"))
    elif path.startswith("/kalender/"):
        parts = [p for p in path.split("/") if p]
        year, month = int(parts[1]), int(parts[2])
    links = []
    for ahead in range(1, 4):  # the next three months, by query string and by path
        n = year * 12 + month - 1 + ahead
        ny, nm = divmod(n, 12)
        links.append(f"<a href='/agenda?maand={ny}-{nm + 1:02d}'>{nm + 1:02d}-{ny}</a>")
        links.append(f"<a href='/kalender/{ny}/{nm + 1:02d}/'>Kalender {nm + 1:02d}-{ny}</a>")
    return Route.html(page(
        f"Agenda {year}-{month:02d}",
        f"<h1>Agenda {month:02d}-{year}</h1><p>Geen activiteiten deze maand.</p>" + "".join(links),
    ))


def _closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there any more
    return f"http://127.0.0.1:{port}/"


SITES = {
    "404": {"/": Route.html(page("Niet gevonden", "<h1>Pagina bestaat niet</h1>"), status=404)},
    "500": {"/": Route.html(page("Fout", "<h1>Serverfout</h1>"), status=500)},
    "loop": {"/": Route.redirect("/a"), "/a": Route.redirect("/")},
    "image": {"/": Route(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, 200, "image/png")},
    "binary": {"/": Route(bytes(range(256)) * 40, 200, "application/octet-stream")},
    "malformed": {"/": Route.html(
        "<html><head><title>Praktijk <b>Kapot</title><body><div><p>Wij behandelen <b>angst"
        "<p>en somberheid<table><tr><td>Intake<td>gratis</table></i></div></span><ul><li>EMDR<li>CGT</ul>"
        "<a href='/contact'>Contact</a></body></html></html>"
    ), "/contact": Route.html("<h1>Contact<p>Bel ons</h1>")},
    "cp1252_header": {"/": Route.html(page("Cliënten", f"<h1>Welkom</h1><p>{DUTCH_TEXT}</p>"), charset="windows-1252")},
    "cp1252_meta": {"/": Route(
        ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
         f"<title>Cliënten</title></head><body><p>{DUTCH_TEXT}</p></body></html>").encode("cp1252"),
        200, "text/html",
    )},
    "cp1252_undeclared": {"/": Route(
        f"<html><head><title>Cliënten</title></head><body><p>{DUTCH_TEXT}</p></body></html>".encode("cp1252"),
        200, "text/html",
    )},
    "oversized": {"/": Route.html(page("Groot", "<p>" + "veel tekst " * 30_000 + "</p>"))},
    "trap": {
        "/": Route.html(page("Praktijk Agenda", "<h1>Welkom</h1><p>Bekijk onze agenda.</p>"
                             "<a href='/agenda?maand=2025-01'>Agenda</a><a href='/kalender/2025/01/'>Kalender</a>")),
        "/agenda*": _calendar,
        "/kalender/*": _calendar,
    },
    "robots": {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /\n", 200, "text/plain"),
        "/": Route.html(page("Verboden", "<h1>Welkom</h1><p>Deze tekst mag niet gelezen worden.</p>")),
    },
    "broken_pdf": {
        "/": Route.html(page("Praktijk", "<h1>Kwaliteit</h1><p>Lees ons kwaliteitsstatuut.</p>"
                             "<a href='/docs/kwaliteitsstatuut.pdf'>Kwaliteitsstatuut</a>"
                             "<a href='/docs/cqi.pdf'>CQI-rapport</a>")),
        "/docs/kwaliteitsstatuut.pdf": pdf_route(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R"),
        "/docs/cqi.pdf": pdf_route(pdf_bytes(["CQI-rapport 2024", "Gemiddeld rapportcijfer: 8,3"])),
    },
    "dead_link": {
        "/": Route.html(page("Praktijk", "<h1>Welkom</h1><p>Onze praktijk.</p><a href='/team'>Team</a>")),
    },
    "empty": {"/": Route.html("<html><head><title></title></head><body>  </body></html>")},
}


@pytest.fixture(scope="module", params=["fork", "spawn"])
def crawled(request):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KEURMERK_CRAWL_START", request.param)
        yield from _crawl_all()


def _crawl_all():
    offsite_target = SiteServer({"/": Route.html(page("Andere site", "<p>Elders</p>"))}, host=next_host())
    with offsite_target, serve(*SITES.values()) as servers:
        urls = {name: server.url for name, server in zip(SITES, servers)}
        redirector = SiteServer({"/": Route.redirect(offsite_target.url + "welkom")}, host=next_host())
        with redirector:
            urls["offsite"] = redirector.url
            urls["closed_port"] = _closed_port_url()
            urls["invalid"] = "ftp://praktijk.example/"
            started = time.monotonic()
            snapshots = crawl_sites(list(urls.values()), fast_options(max_response_bytes=MAX_BYTES, max_pages=60))
            elapsed = time.monotonic() - started
        by_name = dict(zip(urls, snapshots))
        requests = {name: list(server.requests) for name, server in zip(SITES, servers)}
        requests["offsite_target"] = list(offsite_target.requests)
        yield {"snap": by_name, "urls": urls, "elapsed": elapsed, "requests": requests}


def _failed(snap, kind: str):
    assert snap.crawl.status == "failed", snap.crawl
    assert snap.crawl.failure_reason
    assert kind in [e.kind for e in snap.crawl.errors], snap.crawl.errors
    assert not snap.readable
    return snap.crawl.failure_reason


def test_one_snapshot_per_url_in_order(crawled):
    assert [s.start_url for s in crawled["snap"].values()] == list(crawled["urls"].values())


def test_batch_is_fast(crawled):
    assert crawled["elapsed"] < 40


def test_unreachable_host(crawled):
    reason = _failed(crawled["snap"]["closed_port"], "unreachable")
    assert "niet bereikbaar" in reason and "verbinding geweigerd" in reason
    assert crawled["urls"]["closed_port"] in reason


@pytest.mark.parametrize("name, status", [("404", 404), ("500", 500)])
def test_http_error_home(crawled, name, status):
    snap = crawled["snap"][name]
    reason = _failed(snap, "http_error")
    assert f"foutcode {status}" in reason
    assert snap.crawl.errors[0].status == status
    assert snap.pages == []


def test_redirect_loop(crawled):
    assert "doorverwijzingslus" in _failed(crawled["snap"]["loop"], "redirect_loop")


def test_redirect_offsite_is_not_followed(crawled):
    reason = _failed(crawled["snap"]["offsite"], "offsite_redirect")
    assert "andere website" in reason
    assert crawled["requests"]["offsite_target"] == []


@pytest.mark.parametrize("name, ctype", [("image", "image/png"), ("binary", "application/octet-stream")])
def test_non_html_home(crawled, name, ctype):
    reason = _failed(crawled["snap"][name], "not_html")
    assert "geen webpagina" in reason and ctype in reason


def test_malformed_html_is_read(crawled):
    snap = crawled["snap"]["malformed"]
    assert snap.crawl.status == "ok", snap.crawl
    home = snap.pages[0]
    text = home.text
    assert "Wij behandelen angst" in text and "en somberheid" in text
    assert "Intake | gratis" in [b.text for b in home.blocks if b.kind == "table_row"]
    assert {"EMDR", "CGT"} <= {b.text for b in home.blocks if b.kind == "list_item"}
    assert any(p.url.endswith("/contact") for p in snap.pages)


@pytest.mark.parametrize("name", ["cp1252_header", "cp1252_meta", "cp1252_undeclared"])
def test_windows_1252_is_decoded(crawled, name):
    snap = crawled["snap"][name]
    assert snap.crawl.status == "ok"
    assert DUTCH_TEXT in snap.pages[0].text
    assert snap.pages[0].title == "Cliënten"


def test_oversized_home(crawled):
    reason = _failed(crawled["snap"]["oversized"], "too_large")
    assert "groter dan de toegestane 98 kB" in reason


def test_calendar_trap_ends_quickly(crawled):
    snap = crawled["snap"]["trap"]
    assert snap.crawl.status == "partial"
    assert snap.crawl.pages_fetched < 30
    budget = [e.message for e in snap.crawl.errors if e.kind == "budget"]
    assert any("eindeloze kalender" in m and "/agenda" in m for m in budget), budget
    assert any("eindeloze kalender" in m and "/kalender/" in m for m in budget), budget
    fetched = crawled["requests"]["trap"]
    assert sum("/agenda" in r for r in fetched) <= 9 and sum("/kalender" in r for r in fetched) <= 13


def test_robots_disallow_everything(crawled):
    reason = _failed(crawled["snap"]["robots"], "robots")
    assert "robots.txt" in reason
    assert crawled["requests"]["robots"] == ["/robots.txt"]


def test_broken_pdf_gives_partial(crawled):
    snap = crawled["snap"]["broken_pdf"]
    assert snap.crawl.status == "partial"
    broken = [e for e in snap.crawl.errors if e.kind == "broken_document"]
    assert len(broken) == 1 and broken[0].url.endswith("/docs/kwaliteitsstatuut.pdf")
    assert "kon niet worden gelezen" in broken[0].message
    pdfs = [p for p in snap.pages if p.kind == "pdf"]
    assert [p.url.rsplit("/", 1)[1] for p in pdfs] == ["cqi.pdf"]
    assert "Gemiddeld rapportcijfer: 8,3" in pdfs[0].text
    assert snap.crawl.documents == 1


def test_dead_link_gives_partial(crawled):
    snap = crawled["snap"]["dead_link"]
    assert snap.crawl.status == "partial"
    [error] = snap.crawl.errors
    assert error.kind == "http_error" and error.status == 404 and error.url.endswith("/team")
    assert "foutcode 404" in error.message


def test_empty_home(crawled):
    assert "geen leesbare tekst" in _failed(crawled["snap"]["empty"], "empty")


def test_invalid_url(crawled):
    assert "Ongeldig webadres" in _failed(crawled["snap"]["invalid"], "other")
