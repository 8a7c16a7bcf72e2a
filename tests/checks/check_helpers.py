"""Helpers to build small site snapshots from Dutch passages written for these tests."""
from __future__ import annotations

from datetime import date, datetime

import checks  # noqa: F401  (registers every check)
from checks.base import CheckContext
from checks.registry import get_check
from models.finding import Finding
from models.snapshot import Block, CrawlSummary, Page, SiteSnapshot
from norms import load_norms


def page(url: str, *items: str, title: str = "") -> Page:
    """A page from short markup: "# Kop" = heading, "- item" = list item, "| a | b" = table row,
    anything else = paragraph."""
    blocks: list[Block] = []
    if title:
        blocks.append(Block(kind="title", text=title))
    for item in items:
        if item.startswith("# "):
            blocks.append(Block(kind="heading", text=item[2:], level=2))
        elif item.startswith("- "):
            blocks.append(Block(kind="list_item", text=item[2:]))
        elif item.startswith("| "):
            blocks.append(Block(kind="table_row", text=item[2:]))
        else:
            blocks.append(Block(kind="paragraph", text=item))
    return Page(url=url, title=title, blocks=blocks)


def site(*pages: Page, footer: tuple[str, ...] = ()) -> SiteSnapshot:
    return SiteSnapshot(
        start_url="https://praktijk.example/",
        site="praktijk.example",
        fetched_at=datetime(2025, 3, 1, 12, 0),
        pages=list(pages),
        site_blocks=[Block(kind="paragraph", text=t) for t in footer],
        site_blocks_url="https://praktijk.example/" if footer else None,
        crawl=CrawlSummary(status="ok", pages_fetched=len(pages)),
    )

def one_page(url: str, heading: str, *lines: str, title: str | None = None) -> SiteSnapshot:
    """A site of one page: a heading (also the title, unless given) over the lines (markup as in ``page``)."""
    return site(page(url, f"# {heading}", *lines, title=title or heading))



def context(year: int = 2025, as_of: date = date(2025, 3, 1)) -> CheckContext:
    norms = load_norms(2025)
    if year != 2025:
        norms = norms.model_copy(update={"keurmerk_year": year, "id": f"keurmerk-{year}"})
    return CheckContext(norms=norms, as_of=as_of)


def judge(criterion: str, snapshot: SiteSnapshot, ctx: CheckContext | None = None) -> Finding:
    check = get_check(criterion)
    assert check is not None, f"no check registered for {criterion}"
    return check.run(snapshot, ctx or context())


def judge_site(criterion: str, snapshot: SiteSnapshot, ctx: CheckContext | None = None) -> Finding:
    """The site's finding as a scan gives it: every check through the runner (page by page, the
    review policy, passing mentions)."""
    from checks.runner import run_checks

    found = {f.criterion: f for f in run_checks(snapshot, ctx or context())}
    return found[criterion]


def corpus_site(url: str, text: str) -> SiteSnapshot:
    """A one-page site built the way the evaluation builds a corpus page from its plain text (lines,
    blank lines, bullets), with the crawler's own extraction."""
    import json

    from keurmerk_scan.corpus_sites import build_site, parse_record
    from keurmerk_scan.evaluate import snapshot_without_crawl

    criteria = [c.id for c in load_norms(2025).website_criteria()]
    domain = url.split("/")[2]
    raw = json.dumps({"url": url, "domain": domain, "text": text, "labels": {c: 0 for c in criteria},
                      "cqi_year": None, "why": ""})
    return snapshot_without_crawl(build_site(domain, [parse_record(raw, 1, "test.jsonl", criteria)]))
