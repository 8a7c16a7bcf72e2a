"""Do the checks read meaning or wording? Judge pages and their rewrites side by side.

A rewrite keeps a page's facts and labels and changes its wording: other synonyms and word order,
another voice (wij / ik / "de praktijk"), English instead of Dutch, headings set as plain lines.
A check that is right on a page and wrong on its rewrite hangs on the words it was tuned on; that
is how it fails on real sites nobody tuned on. Give two corpus files (the JSONL schema of
``../shared/corpus``) whose lines are the same pages in the same order; each page is judged as a
site of its own. Prints per criterion: right on both, right only on the original (a reading that
broke), right only on the rewrite, wrong on both; pairs whose labels differ are left out.
Only counts are printed, never texts (the rewrites of real pages stay outside the project).

    python bench/rewording.py ORIGINALS.jsonl REWRITES.jsonl
"""
from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from keurmerk_scan.corpus_sites import CorpusError, build_site, load_corpus  # noqa: E402
from keurmerk_scan.evaluate import expected_record_label, snapshot_without_crawl  # noqa: E402
from norms import load_norms  # noqa: E402
from pipeline.scan import judge  # noqa: E402

RANK = {"voldoet": 2, "voldoet_bijna": 1, "voldoet_niet": 0}


def _verdicts(record, norms) -> dict[str, int]:
    report = judge(snapshot_without_crawl(build_site(record.domain, [record])), norms, date(norms.keurmerk_year, 12, 31))
    return {f.criterion: RANK.get(f.status, -1) for f in report.findings}


def main(originals: str, rewrites: str, year: int = 2025) -> int:
    norms = load_norms(year)
    criteria = [c.id for c in norms.website_criteria()]
    try:
        before, after = load_corpus(originals, criteria), load_corpus(rewrites, criteria)
    except CorpusError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    if len(before) != len(after):
        print(f"Fout: {len(before)} originele pagina's en {len(after)} herschreven pagina's; "
              "de bestanden moeten dezelfde pagina's in dezelfde volgorde bevatten.", file=sys.stderr)
        return 2
    counts: dict[str, Counter] = {c: Counter() for c in criteria}
    for old, new in zip(before, after):
        got_old, got_new = _verdicts(old, norms), _verdicts(new, norms)
        for c in criteria:
            want_old, want_new = expected_record_label(old, c, year), expected_record_label(new, c, year)
            if want_old != want_new:
                counts[c]["labels differ"] += 1
                continue
            counts[c][(got_old.get(c) == want_old, got_new.get(c) == want_new)] += 1
    print(f"{len(before)} pagina's en hun herschrijving, elk als eigen website beoordeeld")
    print(f"{'criterium':10} {'beide goed':>10} {'alleen origineel':>16} {'alleen herschreven':>18} {'beide fout':>10} {'exact herschreven':>17}")
    total = Counter()
    for c in criteria:
        k = counts[c]
        total.update(k)
        n = sum(v for key, v in k.items() if key != "labels differ") or 1
        print(f"{c:10} {k[(True, True)]:10d} {k[(True, False)]:16d} {k[(False, True)]:18d} {k[(False, False)]:10d} "
              f"{(k[(True, True)] + k[(False, True)]) / n:17.3f}")
    n = sum(v for key, v in total.items() if key != "labels differ") or 1
    print(f"{'totaal':10} {total[(True, True)]:10d} {total[(True, False)]:16d} {total[(False, True)]:18d} "
          f"{total[(False, False)]:10d} {(total[(True, True)] + total[(False, True)]) / n:17.3f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
