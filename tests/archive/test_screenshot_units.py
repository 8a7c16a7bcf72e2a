"""Screenshot helpers that need no browser: the PDF page holding a quote, thumbnails, attaching."""
from __future__ import annotations

from datetime import date, datetime, timezone

from PIL import Image

from keurmerk_scan.screenshots import attach, evidence_urls, make_thumbnail, pdf_page_of, quote_keys
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


def test_the_thumbnail_of_a_quote_shows_it_outlined(tmp_path):
    png = tmp_path / "pagina.png"
    image = Image.new("RGB", (1280, 5000), "white")
    image.paste((0, 0, 200), (100, 3000, 700, 3060))  # the quote: a blue bar far down the page
    image.save(png)
    make_thumbnail(png, tmp_path / "citaat.jpg", {"x": 100, "y": 3000, "width": 600, "height": 60})
    with Image.open(tmp_path / "citaat.jpg") as thumb:
        thumb = thumb.convert("RGB")
        assert thumb.width == 320 and thumb.height == 160  # 640 page pixels around the quote
        # The bar is in view (160 page px below the crop's top), with a red outline around it.
        r, g, b = thumb.getpixel((100, 40 + 7))
        assert b > 150 and r < 80
        r, g, b = thumb.getpixel((100, 40 - 3))
        assert r > 150 and g < 100


def test_quote_keys_drop_a_heading_prefix_and_ignore_spacing():
    assert quote_keys("Buiten openingstijden: Belt u  de\nhuisartsenpost.") == [
        "buiten openingstijden: belt u de huisartsenpost.", "belt u de huisartsenpost."]
    assert quote_keys("“" + "a" * 100 + "”") == ["a" * 60]
    assert quote_keys("kort") == []


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
    attach(report, {"https://p.nl/contact": ("screenshots/c.png", "screenshots/c-klein.jpg")},
           {("https://p.nl/contact", "d"): "screenshots/c-d-klein.jpg"})
    contact = [ev for f in report.findings for ev in f.evidence if ev.url == "https://p.nl/contact"]
    assert [ev.screenshot for ev in contact] == ["screenshots/c.png"] * 2
    assert [ev.thumbnail for ev in contact] == ["screenshots/c-klein.jpg", "screenshots/c-d-klein.jpg"]
    others = [ev for f in report.findings for ev in f.evidence if ev.url != "https://p.nl/contact"]
    assert all(ev.screenshot is None and ev.thumbnail is None for ev in others)


def test_rejudged_findings_keep_the_pictures_of_the_scan():
    from keurmerk_scan.rejudge import keep_screenshots

    def report(*evidence: Evidence) -> SiteReport:
        return SiteReport(url="https://p.nl/", site="p.nl", keurmerk_year=2025, as_of=date(2025, 1, 1),
                          norm_version="keurmerk-2025", scanned_at=datetime.now(timezone.utc),
                          crawl=CrawlSummary(status="ok"),
                          findings=[Finding(criterion="2b-6", status="voldoet", confidence=0.9, reason="r",
                                            action="", evidence=list(evidence))])

    old = report(Evidence(url="https://p.nl/contact", quote="Bel de huisartsenpost.",
                          screenshot="screenshots/c.png", thumbnail="screenshots/c-q1-klein.jpg"))
    new = report(Evidence(url="https://p.nl/contact", quote="Bel de huisartsenpost."),
                 Evidence(url="https://p.nl/contact", quote="Bij gevaar belt u 112."),
                 Evidence(url="https://p.nl/team", quote="Anna is GZ-psycholoog."))
    keep_screenshots(old, new)
    same, other_quote, unshot = new.findings[0].evidence
    assert (same.screenshot, same.thumbnail) == ("screenshots/c.png", "screenshots/c-q1-klein.jpg")
    assert (other_quote.screenshot, other_quote.thumbnail) == ("screenshots/c.png", "screenshots/c-klein.jpg")
    assert (unshot.screenshot, unshot.thumbnail) == (None, None)
