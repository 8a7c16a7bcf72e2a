"""Hook functions for the crawl tests: where the site hook (and the page hook) runs, which pages
the page hook saw before the site hook, and a hook process that dies."""
from __future__ import annotations

import os

STARTED: list[int] = []  # process ids where ``init`` ran
SEEN: list[tuple[int, str, int, int]] = []  # (site index, page URL, process id, hand-over size)


def init(args) -> None:
    STARTED.append(os.getpid())


def pages(batch, args) -> None:
    SEEN.extend((index, page.url, os.getpid(), len(batch)) for index, page in batch)


def site(index, snapshot, args) -> dict:
    return {"pages": len(snapshot.pages), "pid": os.getpid(), "parent": os.getppid(), "init_here": STARTED,
            "urls": sorted(p.url for p in snapshot.pages),
            "seen": sorted(url for i, url, _pid, _n in SEEN if i == index),
            "seen_pids": sorted({pid for i, _url, pid, _n in SEEN if i == index}),
            "seen_batches": sorted({n for i, _url, _pid, n in SEEN if i == index})}


def site_kills_the_process(index, snapshot, args) -> None:
    os._exit(3)  # as if the hook process were killed (out of memory)
