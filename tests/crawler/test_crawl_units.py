"""The crawler's pure parts: HTML and PDF extraction, site scope, link priority."""
from __future__ import annotations

import pytest

from crawler.extract import extract_html, normalize_text
from crawler.pdf import BrokenDocument, extract_pdf, text_to_blocks
from crawler.priorities import link_priority, matches_priority_keyword
from crawler.scope import InvalidStartUrl, normalize_start_url, rebase, same_site, site_name
from crawler_fixture_sites import pdf_bytes


def _blocks(html: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in extract_html(html).blocks]


def test_normalize_text():
    assert normalize_text("  be\u00adhan\u00addeling\u00a0\u00a0en\u200b  zo \n\n  verder ") == "behandeling en zo\nverder"
    assert normalize_text("clie\u0308nt") == "cliënt"  # decomposed diaeresis becomes one character


def test_noise_is_dropped():
    html = (
        "<html><head><title>T</title><style>.x{}</style></head><body>"
        "<div class='cookie-notice'>Wij gebruiken cookies. Akkoord?</div>"
        "<div id='CybotCookiebotDialog'><p>Toestemming</p></div>"
        "<ul class='menu'><li><a href='/a'>Home</a></li><li><a href='/b'>Over ons</a></li></ul>"
        "<div role='navigation'><a href='/c'>Contact</a></div>"
        "<p>Zichtbare tekst</p><p hidden>Verborgen</p><div style='display: none'>Ook verborgen</div>"
        "<script>document.write('script')</script><noscript>Zet JavaScript aan</noscript>"
        "</body></html>"
    )
    assert _blocks(html) == [("title", "T"), ("paragraph", "Zichtbare tekst")]


def test_content_menu_with_text_is_kept():
    # a list with class "menu" that is mostly text (a lunch menu, say) is content, not navigation
    html = "<body><ul class='menu'><li>Intake en kennismaking met de behandelaar</li><li><a href='/x'>x</a></li></ul></body>"
    assert ("list_item", "Intake en kennismaking met de behandelaar") in _blocks(html)


def test_site_chrome_goes_apart_but_article_headers_stay():
    html = (
        "<body><div role='banner'><p>Logo Praktijk</p></div>"
        "<article><header><h2>Blogtitel</h2></header><p>Blogtekst</p><footer><p>Geplaatst door Anna</p></footer></article>"
        "<div role='contentinfo'><p>KvK 1234</p></div></body>"
    )
    content = extract_html(html)
    assert [b.text for b in content.site_blocks] == ["Logo Praktijk", "KvK 1234"]
    assert [b.text for b in content.blocks] == ["Blogtitel", "Blogtekst", "Geplaatst door Anna"]


def test_odd_documents_give_only_their_text():
    # no body: the doctype is not text; comments and processing instructions are not text, and
    # the text around them stays joined; an XML declaration with an encoding does not stop parsing
    assert _blocks("<!DOCTYPE html><html><head><title>Alleen titel</title></head></html>") == [("title", "Alleen titel")]
    assert _blocks("<body><p>be<!-- x -->handeling<?php echo 1 ?>en</p></body>") == [("paragraph", "behandelingen")]
    assert _blocks('<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Intake</p></body></html>') == [("paragraph", "Intake")]
    assert _blocks("") == [] and _blocks("   \n ") == []
    # pieces styled apart are joined with a space, text right after a comment is not
    assert _blocks("<body><div><span>Logo</span><!-- c --><small>Tagline</small></div></body>") == [("paragraph", "Logo Tagline")]


def test_br_lines_headings_tables():
    html = (
        "<body><h2>Adres<br>en route</h2><p>Straat 1<br/>1234 AB Stad<br><br>Tel. 010</p>"
        "<table><tr><th>Sessie</th><th>Prijs</th></tr><tr><td>Intake</td><td></td><td>€ 100</td></tr></table>"
        "<table><tr><td><p>Layout kolom links</p></td><td><h3>Rechts</h3></td></tr></table></body>"
    )
    assert _blocks(html) == [
        ("heading", "Adres en route"),
        ("paragraph", "Straat 1\n1234 AB Stad\nTel. 010"),
        ("table_row", "Sessie | Prijs"),
        ("table_row", "Intake | € 100"),
        ("paragraph", "Layout kolom links"),
        ("heading", "Rechts"),
    ]
    levels = [b.level for b in extract_html(html).blocks if b.kind == "heading"]
    assert levels == [2, 3]


def test_text_in_divs_and_spans_wix_style():
    html = "<body><div><span>Eerste regel</span></div><div><div><span>Tweede</span> <b>deel</b></div></div></body>"
    assert _blocks(html) == [("paragraph", "Eerste regel"), ("paragraph", "Tweede deel")]


def test_nested_list_items():
    html = "<body><ul><li>Angst<ul><li>paniek</li></ul></li><li><p>Somberheid</p></li></ul></body>"
    assert _blocks(html) == [("list_item", "Angst"), ("list_item", "paniek"), ("paragraph", "Somberheid")]


def test_pdf_lines_are_joined_into_paragraphs():
    blocks = text_to_blocks("Het gemiddelde rapport-\ncijfer is 8,2 en wordt\ngemeten met de CQI.\n• EMDR\n2. CGT\nNieuwe alinea")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Het gemiddelde rapportcijfer is 8,2 en wordt gemeten met de CQI."),
        ("list_item", "EMDR"),
        ("list_item", "CGT"),
        ("paragraph", "Nieuwe alinea"),
    ]


def test_pdf_extract_and_broken():
    title, blocks = extract_pdf(pdf_bytes(["Kwaliteitsstatuut", "Wachttijd: 3 weken."], title="KS 2025"))
    assert title == "KS 2025"
    assert [b.text for b in blocks] == ["KS 2025", "Kwaliteitsstatuut", "Wachttijd: 3 weken."]
    for broken in (b"", b"<html>geen pdf</html>", b"%PDF-1.7\n%%EOF", pdf_bytes(["x"])[:200]):
        with pytest.raises(BrokenDocument):
            extract_pdf(broken)


def test_scope():
    assert same_site("https://www.praktijk.nl/contact", "http://praktijk.nl")
    assert same_site("http://praktijk.nl/a", "https://www.praktijk.nl/")
    assert not same_site("https://blog.praktijk.nl/", "https://praktijk.nl/")
    assert not same_site("https://praktijk.nl.evil.com/", "https://praktijk.nl/")
    assert not same_site("http://127.0.0.1:8001/", "http://127.0.0.1:8000/")
    assert same_site("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/")
    assert not same_site("mailto:info@praktijk.nl", "https://praktijk.nl/")
    assert rebase("http://praktijk.nl/contact?x=1#top", "https://www.praktijk.nl/") == "https://www.praktijk.nl/contact?x=1"
    assert rebase("http://praktijk.nl/a?utm_source=fb&p=2&fbclid=x", "http://praktijk.nl/") == "http://praktijk.nl/a?p=2"
    assert site_name("https://WWW.Praktijk.nl:443/") == "praktijk.nl"
    assert normalize_start_url("praktijk.nl") == "http://praktijk.nl/"
    for bad in ("", "   ", "ftp://praktijk.nl", "http://", "http://praktijk nl/", "http://praktijk.nl:99999/"):
        with pytest.raises(InvalidStartUrl):
            normalize_start_url(bad)


def test_priority_keywords():
    assert matches_priority_keyword("Cliëntervaringen", "/x")
    assert matches_priority_keyword("Lees meer", "/over-ons/")
    assert matches_priority_keyword("", "/e-health")
    assert matches_priority_keyword("Onze wachttijden", "/p=12")
    assert not matches_priority_keyword("Nieuws", "/blog/2024/zomer")
    assert link_priority("Contact", "/contact") > link_priority("Nieuws", "/nieuws")
    assert link_priority("Kwaliteitsstatuut", "/ks.pdf", document=True) > link_priority("Kwaliteit", "/kwaliteit")
    assert link_priority("Contact", "/en/contact") < link_priority("Nieuws", "/nieuws")
    assert link_priority("Team", "/tag/team/") < 0


def test_repeated_blocks_move_to_site_blocks():
    from crawler.pipelines import move_repeated_blocks
    from models.snapshot import Block, Page

    sidebar = Block(kind="paragraph", text="Bij spoed: bel uw huisarts of 113")
    pages = [
        Page(url=f"http://p.test/{i}", blocks=[Block(kind="title", text="Praktijk"), Block(kind="heading", text=f"Pagina {i}", level=1), sidebar])
        for i in range(5)
    ]
    pages.append(Page(url="http://p.test/ks.pdf", kind="pdf", blocks=[sidebar]))
    site_blocks: list[Block] = []
    move_repeated_blocks(pages, site_blocks)
    assert site_blocks == [sidebar]
    assert all(sidebar not in p.blocks for p in pages if p.kind == "html")
    assert all(p.blocks[0].kind == "title" and p.blocks[1].text.startswith("Pagina") for p in pages[:5])
    assert pages[-1].blocks == [sidebar]  # documents are left alone
    few = [Page(url="http://p.test/a", blocks=[sidebar]), Page(url="http://p.test/b", blocks=[sidebar])]
    move_repeated_blocks(few, kept := [])
    assert kept == [] and few[0].blocks == [sidebar]


def test_class_based_site_chrome():
    content = extract_html(
        "<body><div class='site-header x'><p>Logo</p></div><p>Inhoud</p>"
        "<div data-elementor-type='footer'><p>Adres</p></div></body>"
    )
    assert [b.text for b in content.site_blocks] == ["Logo", "Adres"]
    assert [b.text for b in content.blocks] == ["Inhoud"]


def test_adjacent_elements_get_a_space_but_words_stay_whole():
    html = ("<body><p><span><strong>Praktijk De Linde</strong><small>zorg in Amersfoort</small></span></p>"
            "<p><b>Kort</b>durend en <em>gene</em>ralistisch</p><div><strong>Tel:</strong><a href='tel:1'>033</a></div></body>")
    assert [b.text for b in extract_html(html).blocks] == [
        "Praktijk De Linde zorg in Amersfoort", "Kortdurend en generalistisch", "Tel: 033",
    ]
