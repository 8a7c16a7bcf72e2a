"""Corpus records -> local websites: pages, links, escaping, lists, headings, serving."""
import urllib.request

from bs4 import BeautifulSoup

from keurmerk_scan.corpus_sites import (
    CorpusRecord, ServedSites, build_sites, loopback_host, request_path, text_to_body,
)

CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def rec(url, text, domain=None):
    host = url.split("/")[2].removeprefix("www.")
    return CorpusRecord(line=1, url=url, domain=domain or host, text=text, labels={c: 0 for c in CRITERIA})


def soup(html):
    return BeautifulSoup(html, "lxml")


def page(site, path):
    return next(p for p in site.pages if p.path == path)


def test_one_site_per_domain_with_home_linking_every_page():
    sites = build_sites([
        rec("https://www.praktijk.nl/werkwijze/", "Werkwijze\n\nEerst een intake."),
        rec("https://ander.nl/contact", "Contact\n\nBel ons."),
        rec("https://praktijk.nl/team?id=3", "Ons team\n\nWij zijn drie psychologen."),
    ])
    assert [s.domain for s in sites] == ["praktijk.nl", "ander.nl"]
    site = sites[0]
    assert [p.path for p in site.pages] == ["/", "/werkwijze/", "/team?id=3"]
    links = [(a["href"], a.get_text()) for a in soup(page(site, "/").html).find_all("a")]
    assert links == [("/werkwijze/", "Werkwijze"), ("/team?id=3", "Ons team")]
    assert page(site, "/").record is None


def test_record_that_is_the_home_page_gets_the_links():
    site = build_sites([
        rec("https://praktijk.nl/", "Welkom\n\nPraktijk voor psychologie."),
        rec("https://praktijk.nl/cqi", "CQI\n\nWij scoren een 8,4."),
    ])[0]
    assert [p.path for p in site.pages] == ["/", "/cqi"]
    home = soup(page(site, "/").html)
    assert [a["href"] for a in home.find_all("a")] == ["/cqi"]
    assert "Praktijk voor psychologie." in home.get_text()
    assert page(site, "/").record is site.records[0]


def test_text_is_escaped():
    text = 'Tarieven <script>alert(1)</script>\n\nPrijs < 100 & "korting" > niets.'
    site = build_sites([rec("https://p.nl/a", text)])[0]
    html = page(site, "/a").html
    assert "<script>" not in html
    doc = soup(html)
    assert doc.title.get_text() == "Tarieven <script>alert(1)</script>"
    assert doc.find("p").get_text() == 'Prijs < 100 & "korting" > niets.'


def test_link_hrefs_are_escaped():
    site = build_sites([rec("https://p.nl/?a=1&b=2", "Pagina\n\nTekst.")])[0]
    home = page(site, "/").html
    assert 'href="/?a=1&amp;b=2"' in home
    assert soup(home).find("a")["href"] == "/?a=1&b=2"


def test_lists_headings_and_paragraphs():
    text = (
        "Behandeling\n\n"
        "Wat wij behandelen\n\n"
        "Wij behandelen onder meer:\n"
        "  • angstklachten\n"
        "  • somberheid\n"
        "- burn-out\n\n"
        "Stappen\n"
        "1. Aanmelding\n"
        "2. Intake\n"
        "3. Afronding\n\n"
        "Wij behandelen geen verslaving."
    )
    title, fragments = text_to_body(text)
    assert title == "Behandeling"
    doc = soup("".join(fragments))
    assert [h.get_text() for h in doc.find_all("h2")] == ["Wat wij behandelen", "Stappen"]
    assert [li.get_text() for li in doc.find("ul").find_all("li")] == ["angstklachten", "somberheid", "burn-out"]
    assert [li.get_text() for li in doc.find("ol").find_all("li")] == ["Aanmelding", "Intake", "Afronding"]
    paragraphs = [p.get_text() for p in doc.find_all("p")]
    assert paragraphs == ["Wij behandelen onder meer:", "Wij behandelen geen verslaving."]


def test_sentences_and_trailing_short_lines_are_not_headings():
    title, fragments = text_to_body("Titel\n\nDit is een zin.\n\nLaatste regel zonder punt")
    doc = soup("".join(fragments))
    assert doc.find("h2") is None
    assert [p.get_text() for p in doc.find_all("p")] == ["Dit is een zin.", "Laatste regel zonder punt"]


def test_consecutive_caption_lines_are_not_headings():
    _, fragments = text_to_body("Titel\n\nFoto wachtkamer\nFoto locatie\nWachttijd\n\nDe wachttijd is vier weken.")
    doc = soup("".join(fragments))
    assert [h.get_text() for h in doc.find_all("h2")] == ["Wachttijd"]


def test_title_and_h1_come_from_first_line():
    site = build_sites([rec("https://p.nl/x", "\n\nOver ons\nWij zijn een praktijk.")])[0]
    doc = soup(page(site, "/x").html)
    assert doc.title.get_text() == "Over ons"
    assert doc.find("h1").get_text() == "Over ons"
    assert doc.find("p").get_text() == "Wij zijn een praktijk."


def test_request_path_percent_encodes_like_a_crawler():
    assert request_path("https://p.nl/over-ons/") == "/over-ons/"
    assert request_path("https://p.nl") == "/"
    assert request_path("https://p.nl/cliënten?p=ë") == "/cli%C3%ABnten?p=%C3%AB"
    assert request_path("https://p.nl/a%20b") == "/a%20b"


def test_duplicate_paths_on_www_and_bare_host_keep_both_pages():
    site = build_sites([
        rec("https://www.p.nl/info", "Info een\n\nA."),
        rec("https://p.nl/info", "Info twee\n\nB."),
    ])[0]
    paths = [p.path for p in site.pages]
    assert paths[0] == "/" and "/info" in paths and len(set(paths)) == 3


def test_loopback_hosts_are_distinct():
    hosts = {loopback_host(i) for i in range(600)}
    assert len(hosts) == 600
    assert loopback_host(0) == "127.0.0.2"
    assert "127.0.0.53" not in hosts and "127.0.0.1" not in hosts  # stub resolver, usual server
    assert all(h.startswith("127.0.") and 2 <= int(h.rsplit(".", 1)[1]) <= 254 for h in hosts)


def test_sites_are_served_on_their_own_loopback_address():
    sites = build_sites([
        rec("https://a.nl/werkwijze", "Werkwijze\n\nEerst een intake."),
        rec("https://b.nl/", "Welkom\n\nPraktijk B."),
    ])
    with ServedSites(sites) as served:
        urls = served.urls
        assert urls[0].startswith("http://127.0.0.2:") and urls[1].startswith("http://127.0.0.3:")
        home_a = urllib.request.urlopen(urls[0]).read().decode()
        assert 'href="/werkwijze"' in home_a
        page_a = urllib.request.urlopen(urls[0] + "werkwijze").read().decode()
        assert "Eerst een intake." in page_a
        assert "Praktijk B." in urllib.request.urlopen(urls[1]).read().decode()
        robots = urllib.request.urlopen(urls[1] + "robots.txt").read().decode()
        assert "Allow: /" in robots


def test_development_mode_extraction_of_generated_pages():
    from keurmerk_scan.evaluate import snapshot_without_crawl

    site = build_sites([rec("https://p.nl/a", "Aanpak\n\nStappen\n1. Intake\n2. Behandeling\n\nTot slot.")])[0]
    snapshot = snapshot_without_crawl(site)
    pages = {p.url: p for p in snapshot.pages}
    assert pages["https://p.nl/a"].title == "Aanpak"
    assert [(b.kind, b.text) for b in pages["https://p.nl/a"].blocks] == [
        ("title", "Aanpak"), ("heading", "Aanpak"), ("heading", "Stappen"), ("list_item", "Intake"),
        ("list_item", "Behandeling"), ("paragraph", "Tot slot."),
    ]
    home_blocks = pages["https://p.nl/"].blocks
    assert all(b.text != "Aanpak" for b in home_blocks)  # navigation links are not page text


def test_text_that_starts_with_a_paragraph_keeps_it_as_text():
    """A stored page whose first line is a whole paragraph gets a short title from its first
    words; the paragraph itself stays body text (a title is not read as an explanation)."""
    first = ("Oplossingsgerichte therapie kijkt niet naar het probleem maar naar wat al goed gaat, "
             "en bouwt samen met jou verder op je sterke kanten.")
    title, fragments = text_to_body(first + "\n\nTweede alinea.")
    assert title == "Oplossingsgerichte therapie kijkt niet naar het probleem maar"
    assert [p.get_text() for p in soup("".join(fragments)).find_all("p")] == [first, "Tweede alinea."]
    short_title, short_fragments = text_to_body("Werkwijze\n\nEerst een intake.")
    assert short_title == "Werkwijze" and "Werkwijze" not in "".join(short_fragments)
