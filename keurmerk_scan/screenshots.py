"""Gather screenshots: a full-page PNG of every HTML page that carries evidence.

A gathering step of the scan, after judging and before the reports: it opens each evidence URL
in Debian's Chromium (Playwright, ``executable_path``, ``--no-sandbox``; never a downloaded
browser), saves the full page as PNG, and gives every quote a small JPEG thumbnail: the part of
the page around the quote, outlined (or the page's top when the quote cannot be located). Both
paths go on the evidence, relative to the site's report folder. A quoted PDF gets a picture of
its page with the quote, made with Poppler's ``pdftoppm`` from the PDF as the crawl archived it
(never fetched again). Checks never fetch and reports only show what they are given. A page that
cannot be shot keeps its evidence without a picture; the scan goes on.
"""
from __future__ import annotations

import hashlib
import io
import logging
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from crawler.options import ARCHIVE_FILE, CrawlOptions
from models.report import SiteReport
from models.snapshot import SiteSnapshot

logger = logging.getLogger(__name__)

SCREENSHOT_DIR = "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
THUMB_WIDTH = 320           # pixels; the thumbnail shows the top of the page
THUMB_MAX_HEIGHT = 400
THUMB_QUALITY = 70          # JPEG: keeps the PDF report small
QUOTE_MARGIN = 160          # page pixels shown above and below the quote in its thumbnail
QUOTE_WINDOW = 640          # at least this many page pixels high
MAX_PAGE_HEIGHT = 12000     # CSS pixels; longer pages are cut off in the PNG
PAGE_TIMEOUT_MS = 15_000
TOTAL_BUDGET_SECONDS = 120.0


def screenshot_name(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def evidence_urls(report: SiteReport, snapshot: SiteSnapshot) -> list[str]:
    """The HTML pages quoted as evidence, in report order, each once (PDFs are not shot)."""
    kinds = {p.url: p.kind for p in snapshot.pages}
    urls: list[str] = []
    for finding in report.findings:
        for ev in finding.evidence:
            if kinds.get(ev.url, "html") == "html" and ev.url not in urls:
                urls.append(ev.url)
    return urls


def attach(report: SiteReport, shots: dict[str, tuple[str, str]],
           thumbs: dict[tuple[str, str], str] | None = None) -> None:
    """Put the screenshot of its page on every evidence item, and its own thumbnail (the part of
    the page around the quote, when it was found) or else the page's top."""
    thumbs = thumbs or {}
    for finding in report.findings:
        for ev in finding.evidence:
            if ev.url in shots:
                ev.screenshot, ev.thumbnail = shots[ev.url]
                ev.thumbnail = thumbs.get((ev.url, ev.quote), ev.thumbnail)


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).lower()


def quote_keys(quote: str) -> list[str]:
    """Search keys for a quote on its page: the quote, and without a heading prefix ("Kop: ...")."""
    text = _squash(quote).strip("“”\"' …")
    keys = [text]
    if ": " in text:
        keys.append(text.split(": ", 1)[1])
    return [k[:60] for k in keys if len(k) >= 8]


# The innermost element whose text holds one of the keys: its box in page coordinates.
FIND_QUOTE = r"""
(keys) => {
  const norm = (s) => (s || '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  for (const key of keys) {
    if (!norm(document.body.textContent).includes(key)) continue;
    let best = document.body, descended = true;
    while (descended) {
      descended = false;
      for (const child of best.children) {
        if (norm(child.textContent).includes(key)) { best = child; descended = true; break; }
      }
    }
    if (best === document.body) continue;
    const r = best.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    return {x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height};
  }
  return null;
}
"""


def pdf_page_of(data: bytes, quote: str) -> int:
    """1-based number of the first PDF page whose text holds the start of ``quote`` (1 if none)."""
    from pypdf import PdfReader

    key = _squash(quote)[:40]
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        for number, page in enumerate(reader.pages[:200], start=1):
            if key and key in _squash(page.extract_text() or ""):
                return number
    except Exception:  # noqa: BLE001 (an odd PDF: show its first page)
        logger.debug("could not search the PDF for the quote", exc_info=True)
    return 1


def shoot_pdf_pages(report: SiteReport, snapshot: SiteSnapshot, site_dir: Path, archive: Path) -> int:
    """A PNG of each quoted PDF page (from the archived PDF) on the evidence; return how many."""
    from crawler.replay import ArchiveError, archived_bodies

    pdfs = {p.url for p in snapshot.pages if p.kind == "pdf"}
    wanted = {ev.url for f in report.findings for ev in f.evidence if ev.url in pdfs}
    if not wanted or not archive.is_file() or not shutil.which("pdftoppm"):
        return 0
    try:
        bodies = archived_bodies(archive, wanted)
    except ArchiveError:
        logger.warning("no PDF pictures: the archive %s is unreadable", archive)
        return 0
    out_dir = Path(site_dir) / SCREENSHOT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[tuple[str, int], tuple[str, str] | None] = {}
    for finding in report.findings:
        for ev in finding.evidence:
            data = bodies.get(ev.url)
            if data is None:
                continue
            number = pdf_page_of(data, ev.quote)
            key = (ev.url, number)
            if key not in made:
                made[key] = _render_pdf_page(data, number, out_dir, f"{screenshot_name(ev.url)}-p{number}")
            if made[key]:
                ev.screenshot, ev.thumbnail = made[key]
    return sum(1 for v in made.values() if v)


def _render_pdf_page(data: bytes, number: int, out_dir: Path, name: str) -> tuple[str, str] | None:
    with tempfile.TemporaryDirectory(prefix="keurmerk-pdf-") as tmp:
        source = Path(tmp) / "document.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(["pdftoppm", "-f", str(number), "-l", str(number), "-r", "110", "-png",
                            "-singlefile", str(source), str(out_dir / name)],
                           check=True, capture_output=True, timeout=60)
            png, jpeg = out_dir / f"{name}.png", out_dir / f"{name}-klein.jpg"
            make_thumbnail(png, jpeg)
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            logger.warning("no picture of PDF page %d: %s", number, exc)
            return None
    return f"{SCREENSHOT_DIR}/{png.name}", f"{SCREENSHOT_DIR}/{jpeg.name}"


def make_thumbnail(png: Path, jpeg: Path, box: dict[str, float] | None = None) -> None:
    """A small JPEG: the part of the page around ``box`` (the quote, outlined), or the page's top."""
    from PIL import Image, ImageDraw

    with Image.open(png) as image:
        image = image.convert("RGB")
        scale = THUMB_WIDTH / image.width
        if box and box["y"] < image.height:
            height = min(image.height, max(QUOTE_WINDOW, int(box["height"]) + 2 * QUOTE_MARGIN))
            top = int(max(0, min(box["y"] - QUOTE_MARGIN, image.height - height)))
            part = image.crop((0, top, image.width, top + height))
            line = max(4, round(3 / scale))  # about 3 pixels wide in the thumbnail
            pad = line + 4
            ImageDraw.Draw(part).rectangle(
                (max(0, box["x"] - pad), max(0, box["y"] - top - pad),
                 min(image.width - 1, box["x"] + box["width"] + pad),
                 min(part.height - 1, box["y"] - top + box["height"] + pad)),
                outline=(214, 40, 40), width=line)
        else:
            part = image.crop((0, 0, image.width, min(image.height, int(THUMB_MAX_HEIGHT / scale))))
        part = part.resize((THUMB_WIDTH, max(1, int(part.height * scale))), Image.LANCZOS, reducing_gap=2.0)
        part.save(jpeg, "JPEG", quality=THUMB_QUALITY)


def gather_screenshots(report: SiteReport, snapshot: SiteSnapshot, site_dir: Path,
                       options: CrawlOptions | None = None) -> int:
    """Shoot the evidence pages of one site into ``site_dir/screenshots``; return how many pictures."""
    options = options or CrawlOptions()
    pdf_pages = shoot_pdf_pages(report, snapshot, site_dir, Path(site_dir) / ARCHIVE_FILE)
    urls = evidence_urls(report, snapshot)
    if not urls:
        return pdf_pages
    chromium = Path(options.chromium_path)
    if not chromium.exists():
        logger.warning("no screenshots: Chromium not found at %s", chromium)
        return pdf_pages
    out_dir = Path(site_dir) / SCREENSHOT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--hide-scrollbars"]
    if options.host_overrides:
        rules = ",".join(f"MAP {host} {ip}" for host, ip in options.host_overrides)
        args.append(f"--host-resolver-rules={rules}")
    shots: dict[str, tuple[str, str]] = {}
    thumbs: dict[tuple[str, str], str] = {}
    quotes: dict[str, list[str]] = {}
    for finding in report.findings:
        for ev in finding.evidence:
            if ev.quote not in quotes.setdefault(ev.url, []):
                quotes[ev.url].append(ev.quote)
    rendered = {p.url for p in snapshot.pages if p.rendered}
    started = time.monotonic()
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(chromium), headless=True, args=args)
            try:
                context = browser.new_context(viewport=VIEWPORT, user_agent=options.user_agent)
                page = context.new_page()
                page.set_default_timeout(PAGE_TIMEOUT_MS)
                for url in urls:
                    if time.monotonic() - started > TOTAL_BUDGET_SECONDS:
                        logger.warning("screenshot budget spent; %d pages not shot", len(urls) - len(shots))
                        break
                    name = screenshot_name(url)
                    png, jpeg = out_dir / f"{name}.png", out_dir / f"{name}-klein.jpg"
                    try:
                        page.goto(url, wait_until="load")  # text, styles and images are there
                        if url in rendered:  # built by scripts: let them finish their requests
                            try:
                                page.wait_for_load_state("networkidle", timeout=3000)
                            except PlaywrightError:
                                pass  # a page that keeps polling: shoot what is there
                        height = page.evaluate("() => document.documentElement.scrollHeight")
                        if isinstance(height, (int, float)) and height > MAX_PAGE_HEIGHT:
                            page.screenshot(path=str(png), clip={"x": 0, "y": 0, "width": VIEWPORT["width"],
                                                                 "height": MAX_PAGE_HEIGHT}, full_page=True)
                        else:
                            page.screenshot(path=str(png), full_page=True)
                        make_thumbnail(png, jpeg)
                        for quote in quotes.get(url, []):
                            box = page.evaluate(FIND_QUOTE, quote_keys(quote))
                            if box:
                                thumb = out_dir / f"{name}-{screenshot_name(quote)[:8]}-klein.jpg"
                                make_thumbnail(png, thumb, box)
                                thumbs[(url, quote)] = f"{SCREENSHOT_DIR}/{thumb.name}"
                    except (PlaywrightError, OSError, ValueError) as exc:
                        logger.warning("no screenshot of %s: %s", url, exc)
                        continue
                    shots[url] = (f"{SCREENSHOT_DIR}/{png.name}", f"{SCREENSHOT_DIR}/{jpeg.name}")
            finally:
                browser.close()
    except Exception:  # noqa: BLE001 (no browser, no pictures: the scan itself stands)
        logger.exception("screenshots failed")
    attach(report, shots, thumbs)
    return len(shots) + pdf_pages
