"""Gather screenshots: a full-page PNG of every HTML page that carries evidence.

A gathering step of the scan, after judging and before the reports: it opens each evidence URL
in Debian's Chromium (Playwright, ``executable_path``, ``--no-sandbox``; never a downloaded
browser), saves the full page as PNG plus a small JPEG thumbnail of its top, and records both on
the evidence (paths relative to the site's report folder). Checks never fetch and reports only
show what they are given. A page that cannot be shot keeps its evidence without a picture; the
scan goes on.
"""
from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from crawler.options import CrawlOptions
from models.report import SiteReport
from models.snapshot import SiteSnapshot

logger = logging.getLogger(__name__)

SCREENSHOT_DIR = "screenshots"
VIEWPORT = {"width": 1280, "height": 900}
THUMB_WIDTH = 320           # pixels; the thumbnail shows the top of the page
THUMB_MAX_HEIGHT = 400
THUMB_QUALITY = 70          # JPEG: keeps the PDF report small
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


def attach(report: SiteReport, shots: dict[str, tuple[str, str]]) -> None:
    """Put the screenshot and thumbnail paths on every evidence item of a shot URL."""
    for finding in report.findings:
        for ev in finding.evidence:
            if ev.url in shots:
                ev.screenshot, ev.thumbnail = shots[ev.url]


def make_thumbnail(png: Path, jpeg: Path) -> None:
    from PIL import Image

    with Image.open(png) as image:
        image = image.convert("RGB")
        scale = THUMB_WIDTH / image.width
        crop_height = min(image.height, int(THUMB_MAX_HEIGHT / scale))
        top = image.crop((0, 0, image.width, crop_height))
        top = top.resize((THUMB_WIDTH, max(1, int(crop_height * scale))), Image.LANCZOS, reducing_gap=2.0)
        top.save(jpeg, "JPEG", quality=THUMB_QUALITY)


def gather_screenshots(report: SiteReport, snapshot: SiteSnapshot, site_dir: Path,
                       options: CrawlOptions | None = None) -> int:
    """Shoot the evidence pages of one site into ``site_dir/screenshots``; return how many."""
    options = options or CrawlOptions()
    urls = evidence_urls(report, snapshot)
    if not urls:
        return 0
    chromium = Path(options.chromium_path)
    if not chromium.exists():
        logger.warning("no screenshots: Chromium not found at %s", chromium)
        return 0
    out_dir = Path(site_dir) / SCREENSHOT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--hide-scrollbars"]
    if options.host_overrides:
        rules = ",".join(f"MAP {host} {ip}" for host, ip in options.host_overrides)
        args.append(f"--host-resolver-rules={rules}")
    shots: dict[str, tuple[str, str]] = {}
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
                    except (PlaywrightError, OSError, ValueError) as exc:
                        logger.warning("no screenshot of %s: %s", url, exc)
                        continue
                    shots[url] = (f"{SCREENSHOT_DIR}/{png.name}", f"{SCREENSHOT_DIR}/{jpeg.name}")
            finally:
                browser.close()
    except Exception:  # noqa: BLE001 (no browser, no pictures: the scan itself stands)
        logger.exception("screenshots failed")
    attach(report, shots)
    return len(shots)
