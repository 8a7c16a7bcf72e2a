"""Local fixture websites of fictional GGZ practices for the service tests and the batch benchmark.

Every text here is written for these tests. Each site is served on its own loopback address
(127.0.0.100 and up) on a free port. ``FixtureSite.drop_crisis_paragraph()`` removes the
paragraph about reachability outside office hours and in a crisis (criterion 2b-6).
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from typing import Iterator

from keurmerk_scan.siteserver import Route, SiteServer

FAST_CRAWL = {"autothrottle": False, "download_delay": 0.0, "render": "never", "time_budget_seconds": 60.0}
FIRST_HOST = 100


def _page(title: str, body: str, links: str = "") -> str:
    nav = ("<nav><a href='/'>Home</a> <a href='/contact'>Contact</a> <a href='/team'>Ons team</a> "
           "<a href='/werkwijze'>Werkwijze</a> <a href='/behandelingen'>Behandelingen</a></nav>")
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><header>{nav}</header><main><h1>{title}</h1>{body}{links}</main>"
            "<footer><p>Lid van de vereniging van vrijgevestigden.</p></footer></body></html>")


CRISIS = ("<h2>Buiten kantooruren en in een crisis</h2>"
          "<p>Onze praktijk heeft geen crisisdienst. Heeft u 's avonds, 's nachts of in het weekend dringend "
          "hulp nodig, bel dan uw huisarts of de huisartsenpost bij u in de buurt.</p>"
          "<p>Is er direct gevaar voor uzelf of een ander, bel dan 112. Denkt u aan zelfdoding, "
          "bel dan gratis 113 of 0800-0113.</p>")


def site_pages(name: str, *, crisis: bool = True, extra_pages: int = 0) -> dict[str, str]:
    contact = (f"<p>{name}, Lindelaan 4, 1234 AB Voorbeeldstad. Telefoon 030-1234567, "
               "e-mail info@voorbeeld.test. Wij zijn bereikbaar op werkdagen van 9.00 tot 17.00 uur.</p>")
    pages = {
        "/": _page(name, f"<p>Welkom bij {name}, een praktijk voor kortdurende generalistische basis GGZ.</p>"),
        "/contact": _page("Contact", contact + (CRISIS if crisis else "")),
        "/team": _page("Ons team", "<p>Drs. M. de Vries is GZ-psycholoog, BIG-geregistreerd en lid van het NIP. "
                       "Zij behandelt volwassenen met angst- en stemmingsklachten, in het Nederlands en Engels.</p>"),
        "/werkwijze": _page("Werkwijze", "<p>Na uw aanmelding volgt binnen drie weken een intakegesprek. Daarna "
                            "stellen we samen een behandelplan op. De behandeling duurt meestal vijf tot acht "
                            "gesprekken. In het laatste gesprek ronden we de behandeling af en bespreken we hoe u "
                            "terugval voorkomt.</p>"),
        "/behandelingen": _page("Behandelingen", "<p>Wij werken met cognitieve gedragstherapie (CGT): u leert "
                                "belemmerende gedachten herkennen en ombuigen. Bij nare herinneringen gebruiken wij "
                                "EMDR, waarbij u terugdenkt aan de gebeurtenis terwijl u afgeleid wordt.</p>"),
    }
    if extra_pages:
        # Letters, not numbers, in the paths: numbered paths look like a crawler trap (endless calendar).
        slugs = [_letters(i) for i in range(extra_pages)]
        links = "".join(f"<li><a href='/artikel/{slug}'>Artikel {slug}</a></li>" for slug in slugs)
        pages["/"] = pages["/"].replace("</main>", f"<ul>{links}</ul></main>")
        for slug in slugs:
            pages[f"/artikel/{slug}"] = _page(f"Artikel {slug}", "".join(
                f"<p>Artikel {slug}, alinea {j}: tips om goed te slapen, regelmatig te bewegen en contact te houden "
                "met mensen om u heen wanneer het even tegenzit.</p>" for j in range(6)))
    return pages


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


@dataclass
class FixtureSite:
    name: str
    host: str
    crisis: bool = True
    extra_pages: int = 0
    delay: float = 0.0           # seconds per response (to catch a worker mid-batch)
    fail_first: int = 0          # the first N requests of the home page answer 404 (unreadable)
    server: SiteServer | None = None
    home_hits: int = field(default=0)

    def routes(self) -> dict:
        routes = {}
        for path, html in site_pages(self.name, crisis=self.crisis, extra_pages=self.extra_pages).items():
            routes[path] = self._route(path, html)
        return routes

    def _route(self, path: str, html: str):
        def serve(_request_path: str) -> Route:
            if path == "/":
                self.home_hits += 1
                if self.home_hits <= self.fail_first:
                    return Route.html("<p>Niet gevonden</p>", status=404)
            if self.delay:
                time.sleep(self.delay)
            return Route.html(html)
        return serve

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://{self.host}:{self.server.port}/"

    def drop_crisis_paragraph(self) -> None:
        self.crisis = False
        assert self.server is not None
        self.server.routes.update(self.routes())


@contextlib.contextmanager
def serve_sites(count: int, first_host: int = FIRST_HOST, **kwargs) -> Iterator[list[FixtureSite]]:
    sites = [FixtureSite(name=f"Praktijk Test {i + 1:02d}", host=f"127.0.0.{first_host + i}", **kwargs)
             for i in range(count)]
    with contextlib.ExitStack() as stack:
        for site in sites:
            site.server = stack.enter_context(SiteServer(site.routes(), host=site.host))
        yield sites


def providers_csv(sites: list[FixtureSite]) -> str:
    lines = ["naam;websites;keurmerk_sinds;keurmerk_tot;contactpersoon;email;telefoon"]
    lines += [f"{s.name};{s.url};2024-01-01;;M. de Vries;info@voorbeeld.test;030-1234567" for s in sites]
    return "\n".join(lines) + "\n"
