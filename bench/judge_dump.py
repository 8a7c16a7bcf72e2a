"""Dump every finding (status, reason, action, evidence, details) of judged snapshots, to compare
two versions of the checks exactly.

    python bench/judge_dump.py crawl CORPUS.jsonl SNAPSHOTS.json   # crawl the corpus sites once
    python bench/judge_dump.py judge SNAPSHOTS.json FINDINGS.json  # judge them, write all findings
    python bench/judge_dump.py judge SNAPSHOTS.json FINDINGS.json --ahead  # each page judged ahead
                                                                   # first, as in a scan's crawl child
    python bench/judge_dump.py diff A.json B.json                  # exit 1 when they differ

The speed work on checks/text must leave the findings byte-for-byte identical.
"""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def crawl(corpus: str, out: str) -> None:
    from crawler.options import CrawlOptions
    from crawler.run import crawl_sites
    from keurmerk_scan.corpus_sites import ServedSites, build_sites, load_corpus
    from norms import load_norms

    criteria = [c.id for c in load_norms(2025).website_criteria()]
    sites = build_sites(load_corpus(corpus, criteria))
    with ServedSites(sites) as served:
        snapshots = crawl_sites(served.urls, CrawlOptions(autothrottle=False, download_delay=0, render="never"))
    Path(out).write_text(json.dumps([s.model_dump(mode="json") for s in snapshots]), "utf-8")
    print(f"{len(snapshots)} snapshots -> {out}")


def judge(snapshots: str, out: str, *flags: str) -> None:
    from pipeline.scan import _norms, judge as judge_one, judge_pages_ahead
    from models.snapshot import SiteSnapshot

    norms = _norms(2025)  # the norms object judge_pages_ahead uses too
    data = [SiteSnapshot.model_validate(s) for s in json.loads(Path(snapshots).read_text("utf-8"))]
    t0 = time.process_time()
    result = {}
    ahead = "--ahead" in flags
    from checks.runner import AHEAD_COUNTS
    for i, snap in enumerate(data):
        if ahead:
            judge_pages_ahead([(i, page) for page in snap.pages], {"keurmerk_year": 2025, "as_of": "2025-12-31"})
        report = judge_one(snap, norms, date(2025, 12, 31))
        result[f"{i}:{snap.start_url}"] = [f.model_dump(mode="json") for f in report.findings]
    cpu = time.process_time() - t0
    pages = sum(len(s.pages) for s in data)
    Path(out).write_text(json.dumps(result, indent=1, sort_keys=True), "utf-8")
    print(f"{len(data)} sites, {pages} pages judged in {cpu:.2f} s CPU -> {out}"
          + (f" (page views judged ahead: {AHEAD_COUNTS['used']} used, {AHEAD_COUNTS['redone']} judged again)"
             if ahead else ""))


def diff(a: str, b: str) -> int:
    left, right = json.loads(Path(a).read_text("utf-8")), json.loads(Path(b).read_text("utf-8"))
    bad = 0
    for key in sorted(set(left) | set(right)):
        if left.get(key) != right.get(key):
            bad += 1
            if bad <= 10:
                for fl, fr in zip(left.get(key) or [], right.get(key) or []):
                    if fl != fr:
                        print(f"{key} {fl.get('criterion')}:\n  - {json.dumps(fl, ensure_ascii=False)[:600]}\n"
                              f"  + {json.dumps(fr, ensure_ascii=False)[:600]}")
    print(f"{len(left)} vs {len(right)} sites; {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "crawl":
        crawl(*rest)
    elif cmd == "judge":
        judge(*rest)
    elif cmd == "diff":
        sys.exit(diff(*rest))
    else:
        sys.exit(__doc__)
