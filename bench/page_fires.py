"""How often each check fires on a page that does not meet its criterion, page by page.

A real provider site has 20 to 150 pages, most of which meet no criterion. The site's verdict is
its best page's, so a check that gives "voldoet bijna" to a share p of irrelevant pages gives it
to about 1 - (1 - p)^n of sites with n such pages. This script judges every corpus page as a site
of its own and prints, per criterion and per part of the split (tuning / set aside):

- fires: share of the pages labelled 0 on the criterion that get "bijna" or "voldoet";
- passes: share of those that get "voldoet" (a false pass);
- misses: share of the pages labelled 1 or 2 that get "voldoet niet";
- op 8: the expected share of sites that get a verdict from 8 irrelevant pages, 1 - (1 - fires)^8.

Only counts are printed, never page texts (the set-aside part is not to be read while tuning).

    python bench/page_fires.py ../shared/corpus/dev.jsonl
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from keurmerk_scan.corpus_sites import CorpusError, build_site, load_corpus, split_of  # noqa: E402
from keurmerk_scan.evaluate import expected_record_label, snapshot_without_crawl  # noqa: E402
from norms import load_norms  # noqa: E402
from pipeline.scan import judge  # noqa: E402

RANK = {"voldoet": 2, "voldoet_bijna": 1, "voldoet_niet": 0}
PARTS = {"afstemming": "afstemdeel", "apart": "apart gezet deel"}


def main(corpus: str, year: int = 2025) -> int:
    norms = load_norms(year)
    criteria = [c.id for c in norms.website_criteria()]
    records = load_corpus(corpus, criteria)
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for rec in records:
        report = judge(snapshot_without_crawl(build_site(rec.domain, [rec])), norms, date(year, 12, 31))
        part = split_of(rec.domain)
        for f in report.findings:
            if f.criterion not in criteria:
                continue
            got = RANK.get(str(getattr(f.status, "value", f.status)), 0)
            want = expected_record_label(rec, f.criterion, year)  # a CQI grade of an old year: 0
            c = counts[(part, f.criterion)]
            if want == 0:
                c["neg"] += 1
                c["fire"] += got >= 1
                c["pass"] += got == 2
            else:
                c["pos"] += 1
                c["miss"] += got == 0
    for part, name in PARTS.items():
        print(f"\n{name}: elke pagina als eigen website")
        print(f"{'criterium':9} {'niet-rel.':>9} {'vuurt':>6} {'voldoet':>8} {'op 8':>6} {'rel.':>5} {'gemist':>7}")
        total = Counter()
        for crit in criteria:
            c = counts[(part, crit)]
            total.update(c)
            print(_row(crit, c))
        print(_row("totaal", total))
    return 0


def _row(name: str, c: Counter) -> str:
    fire = c["fire"] / c["neg"] if c["neg"] else 0.0
    passes = c["pass"] / c["neg"] if c["neg"] else 0.0
    miss = c["miss"] / c["pos"] if c["pos"] else 0.0
    return (f"{name:9} {c['neg']:9d} {fire:6.2f} {passes:8.2f} {1 - (1 - fire) ** 8:6.2f} "
            f"{c['pos']:5d} {miss:7.2f}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1].startswith("-"):
        sys.exit(__doc__)
    path = sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared" / "corpus" / "dev.jsonl")
    try:
        sys.exit(main(path))
    except (OSError, CorpusError) as exc:
        sys.exit(f"Fout: het corpus {path} kan niet worden gelezen: {exc}")
