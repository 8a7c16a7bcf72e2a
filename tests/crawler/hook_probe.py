"""Hook functions for the crawl tests: where the site hook runs, and a hook process that dies."""
from __future__ import annotations

import os

STARTED: list[int] = []  # process ids where ``init`` ran


def init(args) -> None:
    STARTED.append(os.getpid())


def site(index, snapshot, args) -> dict:
    return {"pages": len(snapshot.pages), "pid": os.getpid(), "parent": os.getppid(), "init_here": STARTED}


def site_kills_the_process(index, snapshot, args) -> None:
    os._exit(3)  # as if the hook process were killed (out of memory)
