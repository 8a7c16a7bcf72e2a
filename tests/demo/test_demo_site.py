"""Static checks of the bundled demo site (examples/demo-site): Praktijk De Linde.

These tests guard the site itself (links, encoding, PDF, the JavaScript page, robots.txt,
serving); they do not judge the Keurmerk criteria.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.request
import urllib.robotparser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from keurmerk_scan.siteserver import SiteServer, routes_from_directory

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "examples" / "demo-site"
PDF = SITE / "kwaliteitsstatuut.pdf"
PDF_SOURCE = ROOT / "examples" / "demo-site-src" / "kwaliteitsstatuut.html"
BUILD_SCRIPT = ROOT / "examples" / "build_demo_pdf.py"
JS_PAGE = "team.html"
CHROMIUM = "/usr/bin/chromium"

EXPECTED_PAGES = [
    "index.html", "contact.html", "over-ons.html", "team.html", "werkwijze.html",
    "aanmelden.html", "voor-wie.html", "behandelingen.html", "ehealth.html",
    "kwaliteit.html", "tarieven.html", "privacy.html",
]
HTML_PAGES = sorted(p.name for p in SITE.glob("*.html"))
STATIC_PAGES = [p for p in HTML_PAGES if p != JS_PAGE]


def soup(name: str) -> BeautifulSoup:
    return BeautifulSoup((SITE / name).read_bytes().decode("utf-8"), "lxml")


def visible_text(doc: BeautifulSoup) -> str:
    doc = BeautifulSoup(str(doc), "lxml")
    for tag in doc(["script", "style", "noscript", "title", "head"]):
        tag.decompose()
    return " ".join(doc.get_text(" ").split())


def script_text(doc: BeautifulSoup) -> str:
    return "\n".join(s.get_text() for s in doc.find_all("script") if not s.get("src"))


def local_refs(name: str) -> list[str]:
    """Every reference of a page to another resource: attributes and URLs inside inline scripts."""
    doc = soup(name)
    refs = [tag.get(attr) for tag in doc.find_all(True) for attr in ("href", "src", "action")
            if tag.get(attr) is not None]
    refs += re.findall(r"""['"]([\w./-]+\.(?:html|pdf|css|js|txt))['"]""", script_text(doc))
    return refs


def test_all_expected_files_exist():
    missing = [p for p in EXPECTED_PAGES + ["robots.txt", "style.css", "kwaliteitsstatuut.pdf"]
               if not (SITE / p).is_file()]
    assert not missing
    assert (SITE.parent / "README.md").is_file()  # documented beside the site, not served


@pytest.mark.parametrize("name", HTML_PAGES)
def test_page_is_utf8_with_title_and_charset(name):
    raw = (SITE / name).read_bytes()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte order mark"
    assert text.lstrip().lower().startswith("<!doctype html>")
    doc = BeautifulSoup(text, "lxml")
    assert doc.title is not None and doc.title.get_text(strip=True)
    assert "Praktijk De Linde" in doc.title.get_text()
    assert doc.find("meta", charset=True)["charset"].lower() == "utf-8"
    assert doc.html.get("lang") == "nl"


@pytest.mark.parametrize("name", HTML_PAGES)
def test_every_internal_link_resolves_to_a_file(name):
    refs = local_refs(name)
    assert refs, f"{name} has no links at all"
    broken = []
    for ref in refs:
        if ref.startswith(("mailto:", "tel:", "#")):
            continue
        parts = urlsplit(ref)
        assert not parts.scheme and not parts.netloc, f"{name}: link {ref!r} is not relative"
        target = urldefrag(ref)[0] or name
        if not (SITE / target).is_file():
            broken.append(ref)
    assert not broken, f"{name}: broken links {broken}"


@pytest.mark.parametrize("name", HTML_PAGES)
def test_fragment_links_point_to_existing_ids(name):
    for ref in local_refs(name):
        if ref.startswith(("mailto:", "tel:")) or "#" not in ref:
            continue
        page, fragment = ref.split("#", 1)
        target = soup(page or name)
        assert target.find(id=fragment) is not None, f"{name}: {ref!r} has no target"


def test_every_page_is_reachable_from_home():
    seen, todo = set(), ["index.html"]
    while todo:
        page = todo.pop()
        if page in seen:
            continue
        seen.add(page)
        if page.endswith(".html"):
            for ref in local_refs(page):
                target = urldefrag(ref)[0]
                if target.endswith((".html", ".pdf")) and target not in seen:
                    todo.append(target)
    assert set(EXPECTED_PAGES) | {"kwaliteitsstatuut.pdf"} <= seen


@pytest.mark.parametrize("name", STATIC_PAGES)
def test_static_pages_share_header_menu_footer_and_cookie_notice(name):
    doc = soup(name)
    nav = doc.select_one("header nav")
    assert nav is not None
    menu = [a["href"] for a in nav.find_all("a")]
    assert menu == [a["href"] for a in soup("index.html").select_one("header nav").find_all("a")]
    assert "contact.html" in menu and "team.html" in menu
    assert doc.find("main") is not None and visible_text(doc.find("main"))
    footer = visible_text(doc.find("footer"))
    for fact in ("Lindehof 14", "033-1234567", "info@praktijkdelinde.nl", "KvK"):
        assert fact in footer
    assert doc.find("div", class_="cookie-notice") is not None
    assert len(doc.find_all("h1")) == 1


def test_js_page_has_almost_no_static_text_but_a_script_with_the_content():
    doc = soup(JS_PAGE)
    words = visible_text(doc).split()
    assert len(words) < 15, words
    script = script_text(doc)
    for needle in ("GZ-psycholoog", "BIG-registratie", "Specialisaties", "Talen",
                   "Marieke van Dijk", "Samira El Amrani", "VGCt"):
        assert needle in script
    # the content really is put into the DOM by the script
    assert "createElement" in script and "appendChild" in script
    # other pages carry the practitioners' registrations only on the JS page
    for name in STATIC_PAGES:
        assert "BIG-registratie" not in (SITE / name).read_text(encoding="utf-8")


def test_pdf_opens_and_has_text():
    assert PDF.stat().st_size < 100_000
    reader = PdfReader(str(PDF))
    assert 1 <= len(reader.pages) <= 4
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Kwaliteitsstatuut Praktijk De Linde" in text
    assert "rapportcijfer" in text and "8,4" in text
    assert "2023" in text
    assert "Cliëntervaringen" in text  # non-ASCII survives


def test_pdf_is_linked_from_kwaliteit_page():
    links = [a["href"] for a in soup("kwaliteit.html").find_all("a", href=True)]
    assert "kwaliteitsstatuut.pdf" in links


def test_committed_pdf_matches_its_source(tmp_path):
    out = tmp_path / "k.pdf"
    subprocess.run([sys.executable, str(BUILD_SCRIPT), str(out)], check=True,
                   capture_output=True, timeout=120)

    def text(path: Path) -> str:
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)

    assert text(out) == text(PDF), "run examples/build_demo_pdf.py after editing the source"
    assert PDF_SOURCE.is_file()


def test_robots_txt_allows_all_but_admin():
    parser = urllib.robotparser.RobotFileParser()
    parser.parse((SITE / "robots.txt").read_text(encoding="utf-8").splitlines())
    agent = "keurmerk-scan/0.1"
    assert parser.can_fetch(agent, "/")
    assert parser.can_fetch(agent, "/team.html")
    assert parser.can_fetch(agent, "/kwaliteitsstatuut.pdf")
    assert not parser.can_fetch(agent, "/admin/")
    assert not parser.can_fetch(agent, "/admin/login.html")


def test_site_server_serves_the_demo_site():
    routes = routes_from_directory(SITE)
    with SiteServer(routes) as server:
        def get(path: str):
            with urllib.request.urlopen(server.url.rstrip("/") + path, timeout=10) as resp:
                return resp.headers.get_content_type(), resp.headers.get_content_charset(), resp.read()

        ctype, charset, body = get("/")
        assert (ctype, charset) == ("text/html", "utf-8")
        assert body == (SITE / "index.html").read_bytes()
        assert get("/kwaliteitsstatuut.pdf")[0] == "application/pdf"
        assert get("/style.css")[0] == "text/css"
        assert get("/robots.txt")[0] == "text/plain"
        assert get("/team.html")[2] == (SITE / JS_PAGE).read_bytes()
        with pytest.raises(urllib.error.HTTPError) as err:
            get("/admin/")
        assert err.value.code == 404


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None,
                    reason="Chromium not installed")
def test_chromium_renders_the_js_page(tmp_path):
    with SiteServer(routes_from_directory(SITE)) as server:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update",
             f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", server.url + JS_PAGE],
            capture_output=True, timeout=90, text=True,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    rendered = visible_text(BeautifulSoup(result.stdout, "lxml"))
    assert len(rendered.split()) > 200
    for needle in ("Ons team", "BIG-registratie 49000000025", "GZ-psycholoog",
                   "Nederlands, Engels en Arabisch", "KvK-nummer 12345678"):
        assert needle in rendered
