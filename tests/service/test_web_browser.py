"""End to end in a real browser (Playwright driving Debian's Chromium; no browser download).

A provider logs in, runs a self-scan of a local fixture site, sees the verdicts and downloads the
PDF; a fixture page carrying <script> and event-handler attributes in its text shows as text and
runs nothing (dialogs and console errors are collected); a second provider cannot open the scan;
a reviewer overrides a finding, fills the reviewer criteria and downloads the Keurmerkrapportage.
Every page visited is checked with axe-core (npm package, installed by ``make setup`` into
build/npm) for serious or critical violations.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from fixture_sites import FAST_CRAWL, site_pages
from keurmerk_scan.siteserver import Route, SiteServer
from web_helpers import PASSWORD, provider_account, user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
HOSTILE_HTML = ("<p>Bij spoed: &lt;script&gt;alert('zelfscan')&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; "
                "bel de huisartsenpost; bij direct gevaar 112.</p>")


@pytest.fixture
def browser(monkeypatch):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM}: installeer het Debian-pakket chromium (make setup).")
    if not AXE.exists():
        pytest.fail(f"axe-core ontbreekt ({AXE}): voer make setup uit (npm install in build/npm).")
    # The test thread uses the ORM while Playwright's sync API runs its event loop.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    from django.db import connections

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        try:
            yield b
        finally:
            b.close()
            # The test used the ORM while Playwright's event loop ran; without this, a database
            # connection stays open and PostgreSQL cannot drop the test database at the end.
            connections.close_all()


@pytest.fixture
def immediate_queue():
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield
    HUEY.immediate = False


class Watched:
    """A browser context with everything a page might run reported: dialogs and console errors."""

    def __init__(self, browser):
        self.context = browser.new_context(accept_downloads=True)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.visited: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("load", lambda page: self.visited.append(page.url))

    def login(self, base: str, username: str) -> None:
        self.page.goto(base + "/inloggen/")
        self.page.get_by_label("Gebruikersnaam").fill(username)
        self.page.get_by_label("Wachtwoord").fill(PASSWORD)
        self.page.get_by_role("button", name="Inloggen").click()
        self.page.wait_for_load_state()


AXE_RUN = ("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
           ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))")


def _serious(where: str, violations: list[dict]) -> list[str]:
    return [f"{where}: {v['id']} ({v['impact']}) {v['help']} {v['nodes'][:3]}" for v in violations
            if v["impact"] in ("serious", "critical")]


def axe_violations(browser, storage_state, urls: list[str]) -> list[str]:
    """Serious and critical axe-core violations of each page (axe injected with CSP bypassed, for the check only)."""
    context = browser.new_context(bypass_csp=True, storage_state=storage_state)
    page = context.new_page()
    # The checker itself must find a known problem (an image without alt text, a field without label).
    page.set_content("<html lang='nl'><head><title>t</title></head><body><main><img src='data:,'>"
                     "<input type='text'></main></body></html>")
    page.add_script_tag(path=str(AXE))
    control = {v.split(": ")[1].split(" ")[0] for v in _serious("controle", page.evaluate(AXE_RUN))}
    assert {"image-alt", "label"} <= control, control
    found = []
    shots = os.environ.get("KEURMERK_SCREENSHOTS")  # a folder: also save a screenshot of every page
    for url in dict.fromkeys(urls):
        assert page.goto(url).status == 200, url
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            name = re.sub(r"[^a-z0-9]+", "-", url.split("//", 1)[1].split("/", 1)[1].lower()).strip("-") or "home"
            page.screenshot(path=str(Path(shots) / f"{name}.png"), full_page=True)
        page.add_script_tag(path=str(AXE))
        found += _serious(url, page.evaluate(AXE_RUN))
    context.close()
    return found


def test_provider_self_scan_and_reviewer_work_in_a_real_browser(browser, live_server, settings, immediate_queue,
                                                                 tmp_path):
    from service.web.models import SelfScan

    pages = site_pages("Praktijk Browser", crisis=False)  # the crisis text is the hostile paragraph
    pages["/contact"] = pages["/contact"].replace("</main>", HOSTILE_HTML + "</main>")
    base = live_server.url
    with SiteServer({k: Route.html(v) for k, v in pages.items()}, host="127.0.0.93") as site:
        settings.KEURMERK_SELFSCAN_ALLOWED_NETWORKS = ["127.0.0.93/32"]
        settings.KEURMERK_SELFSCAN_CRAWL_OPTIONS = dict(FAST_CRAWL)
        provider, _, _ = provider_account("Praktijk Browser", site.url, "browser")
        provider_account("Praktijk Ander", "http://ander.test/", "ander")
        reviewer = user_with_role("rob", "reviewer")
        reviewer.first_name, reviewer.last_name = "Rob", "Reviewer"
        reviewer.save()

        # --- the provider: self-scan, verdicts, PDF
        me = Watched(browser)
        me.login(base, "browser")
        assert me.page.url.endswith("/zelfscan/")
        me.page.get_by_label("Webadres van uw praktijk").fill(site.url)
        me.page.get_by_role("button", name="Start de scan").click()
        me.page.wait_for_load_state()
        me.page.get_by_text("klaar", exact=True).wait_for(timeout=60_000)
        me.page.get_by_role("link", name="Bekijk de bevindingen").click()
        me.page.wait_for_load_state()
    scan_url = me.page.url
    assert me.page.locator("#criterium-2b-6 .verdict").inner_text() in ("Voldoet", "Voldoet bijna", "Voldoet (nog) niet")
    assert me.page.locator("section.criterion").count() == 8
    shown = me.page.locator("#criterium-2b-6").inner_text()
    assert "<script>alert('zelfscan')</script>" in shown, shown  # the crawled markup shows as text ...
    assert me.page.locator("main script, main img").count() == 0  # ... and never became elements
    with me.page.expect_download() as download:
        me.page.get_by_role("link", name="Rapport als pdf").click()
    pdf = tmp_path / "rapport.pdf"
    download.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    me.page.goto(base + "/zelfscan/")
    assert me.page.get_by_text("eerste scan van dit adres").is_visible()
    assert me.dialogs == [] and me.errors == [], (me.dialogs, me.errors)
    provider_pages = me.visited + [scan_url, base + "/wachtwoord-vergeten/",
                                   base + f"/zelfscan/{SelfScan.objects.get().pk}/"]
    provider_state = me.context.storage_state()

    # --- a second provider: no access
    other = Watched(browser)
    other.login(base, "ander")
    assert other.page.goto(scan_url).status == 404

    # --- the reviewer: override a finding, reviewer criteria, assessment and PDF
    rob = Watched(browser)
    rob.login(base, "rob")
    rob.page.get_by_role("link", name="Praktijk Browser").click()
    rob.page.goto(scan_url)
    rob.page.locator("#criterium-2b-7").get_by_role("link", name="Bevestigen of aanpassen").click()
    rob.page.get_by_label("Oordeel van de reviewer").select_option("voldoet_bijna")
    rob.page.get_by_label("Toelichting").fill("Alleen namen; beroep en registratie ontbreken.")
    rob.page.get_by_role("button", name="Besluit vastleggen").click()
    rob.page.wait_for_load_state()
    assert "Rob Reviewer" in rob.page.locator("#criterium-2b-7").inner_text()
    assert rob.page.locator("#criterium-2b-7 .verdict").inner_text() == "Voldoet bijna"
    rob.page.goto(base + f"/beoordelen/aanbieders/{provider.pk}/ronde-1/reviewercriteria/")
    for select in rob.page.locator("select").all():
        select.select_option("voldoet")
    rob.page.get_by_role("button", name="Oordelen opslaan").click()
    rob.page.wait_for_load_state()
    assert "Nog niet gekwalificeerd" in rob.page.locator("main").inner_text()  # 2b-7 voldoet bijna
    with rob.page.expect_download() as download:
        rob.page.get_by_role("link", name="Keurmerkrapportage als pdf").click()
    report = tmp_path / "keurmerkrapportage.pdf"
    download.value.save_as(report)
    assert report.read_bytes().startswith(b"%PDF")
    assert rob.dialogs == [] and rob.errors == [], (rob.dialogs, rob.errors)
    reviewer_pages = rob.visited + [base + "/beoordelen/", base + f"/beoordelen/aanbieders/{provider.pk}/"]
    reviewer_state = rob.context.storage_state()

    # --- axe-core on every page seen
    problems = axe_violations(browser, None, [base + "/inloggen/", base + "/wachtwoord-vergeten/"])
    problems += axe_violations(browser, provider_state, [u for u in provider_pages if "/inloggen/" not in u])
    problems += axe_violations(browser, reviewer_state, [u for u in reviewer_pages if "/inloggen/" not in u])
    assert problems == []
    assert len(set(provider_pages)) >= 5 and len(set(reviewer_pages)) >= 6
