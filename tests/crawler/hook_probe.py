"""Hook functions for the crawl tests: record, in the process that runs them, which pages the
page hook saw before the site hook was called."""
from __future__ import annotations

import os

SEEN: list[tuple[int, str, int]] = []  # (site index, page URL, process id)


def page(index, page, args) -> None:
    SEEN.append((index, page.url, os.getpid()))


def site(index, snapshot, args) -> dict:
    return {"pages_seen": sorted(url for i, url, _ in SEEN if i == index),
            "pages": sorted(p.url for p in snapshot.pages),
            "page_hook_pids": sorted({pid for i, _, pid in SEEN if i == index}),
            "pid": os.getpid()}


def page_kills_the_process(index, page, args) -> None:
    os._exit(3)  # as if the hook process were killed (out of memory)
