"""Compare two `keurmerk-scan eval --out` files: per site the predicted verdicts, and every
disagreement's reason and evidence, must be identical (the speed work may change no verdict).

    python bench/eval_compare.py BEFORE.json AFTER.json     # exit 1 when they differ
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def key_of(site: dict) -> str:
    return site["site"]


def main(before: str, after: str) -> int:
    a, b = (json.loads(Path(p).read_text("utf-8")) for p in (before, after))
    problems: list[str] = []
    sa, sb = ({key_of(s): s for s in d["per_site"]} for d in (a, b))
    if set(sa) != set(sb):
        problems.append(f"sites differ: {sorted(set(sa) ^ set(sb))[:5]}")
    for site in sorted(set(sa) & set(sb)):
        for field in ("predicted", "crawl_status", "pages_fetched", "expected"):
            if sa[site].get(field) != sb[site].get(field):
                problems.append(f"{site} {field}: {sa[site].get(field)} -> {sb[site].get(field)}")
    da = sorted(json.dumps({k: v for k, v in x.items()}, sort_keys=True) for x in a["disagreements"])
    db = sorted(json.dumps({k: v for k, v in x.items()}, sort_keys=True) for x in b["disagreements"])
    if da != db:
        problems.append(f"disagreements differ: {len(set(da) ^ set(db))} entries")
    if a["metrics"] != b["metrics"]:
        problems.append("metrics differ")
    for line in problems[:20]:
        print(line)
    print(f"{len(sa)} sites, {len(a['disagreements'])} disagreements compared: "
          f"{'identical' if not problems else str(len(problems)) + ' differences'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
