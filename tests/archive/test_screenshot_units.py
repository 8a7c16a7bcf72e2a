"""Screenshot helpers that need no browser: the PDF page holding a quote, thumbnails, attaching."""
from __future__ import annotations

from datetime import date, datetime, timezone

from PIL import Image

from keurmerk_scan.screenshots import attach, evidence_urls, make_thumbnail, pdf_page_of
from models.finding import Evidence, Finding
from models.report import SiteReport
from models.snapshot import CrawlSummary, Page, SiteSnapshot


def two_page_pdf() -> bytes:
    from weasyprint import HTML

    html = ("<html><body><p>Eerste pagina: algemene informatie over de praktijk.</p>"
            "<p style='page-break-before: always'>Tweede pagina: de regiebehandelaar is een "
            "GZ-psycholoog met BIG-registratie.</p></body></html>")
    return HTML(string=html).write_pdf()


def test_the_pdf_page_of_a_quote():
    data = two_page_pdf()
    assert pdf_page_of(data, "de regiebehandelaar is een GZ-psycholoog met BIG-registratie.") == 2
    assert pdf_page_of(data, "Eerste   pagina: algemene informatie") == 1
    assert pdf_page_of(data, "staat nergens in dit document") == 1
    assert pdf_page_of(b"geen pdf", "wat dan ook") == 1


def test_thumbnail_is_small_and_shows_the_top(tmp_path):
    png = tmp_path / "pagina.png"
    image = Image.new("RGB", (1280, 5000), "white")
    image.paste((200, 0, 0), (0, 0, 1280, 200))  # a red band at the top
    image.save(png)
    make_thumbnail(png, tmp_path / "klein.jpg")
    with Image.open(tmp_path / "klein.jpg") as thumb:
        assert thumb.size == (320, 400)
        r, g, b = thumb.convert("RGB").getpixel((160, 10))
        assert r > 150 and g < 80


def test_html_evidence_urls_once_each_and_attached_to_every_quote():
    finding = lambda c, *evs: Finding(criterion=c, status="voldoet", confidence=0.9, reason="r", action="",  # noqa: E731
                                      evidence=[Evidence(url=u, quote=q) for u, q in evs])
    report = SiteReport(url="https://p.nl/", site="p.nl", keurmerk_year=2025, as_of=date(2025, 1, 1),
                        norm_version="keurmerk-2025", scanned_at=datetime.now(timezone.utc),
                        crawl=CrawlSummary(status="ok"),
                        findings=[finding("2b-6", ("https://p.nl/contact", "a"), ("https://p.nl/folder.pdf", "b")),
                                  finding("2b-7", ("https://p.nl/team", "c"), ("https://p.nl/contact", "d"))])
    snapshot = SiteSnapshot(start_url="https://p.nl/", site="p.nl", fetched_at=datetime.now(timezone.utc),
                            crawl=CrawlSummary(status="ok"),
                            pages=[Page(url="https://p.nl/contact"), Page(url="https://p.nl/team"),
                                   Page(url="https://p.nl/folder.pdf", kind="pdf")])
    assert evidence_urls(report, snapshot) == ["https://p.nl/contact", "https://p.nl/team"]
    attach(report, {"https://p.nl/contact": ("screenshots/c.png", "screenshots/c-klein.jpg")})
    contact = [ev for f in report.findings for ev in f.evidence if ev.url == "https://p.nl/contact"]
    assert [ev.screenshot for ev in contact] == ["screenshots/c.png"] * 2
    others = [ev for f in report.findings for ev in f.evidence if ev.url != "https://p.nl/contact"]
    assert all(ev.screenshot is None and ev.thumbnail is None for ev in others)
