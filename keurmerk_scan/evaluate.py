"""Detector accuracy: agreement of the site verdicts with KiBG reviewer labels.

The labelled corpus (one JSONL record per page) is turned into small local websites
(``corpus_sites``), crawled by the real crawler, judged by the real checks, and the verdicts are
compared with the labels. Expected site label per criterion = the highest label over the
domain's pages; for 2b-13 a grade measured over a year older than ``keurmerk_year - 1`` is
expected ``voldoet_niet`` (the year rule).

Metrics (per criterion and pooled over all judgements):
- exact agreement with the 0/1/2 labels (``niet_beoordeeld`` counts as a disagreement and is
  also counted on its own);
- linearly weighted Cohen's kappa over the judged pairs (``niet_beoordeeld`` left out);
- presence precision / recall / F1, present = label >= 1 resp. verdict voldoet(_bijna);
- false-pass rate: share of labels 0 or 1 that were judged ``voldoet``.
"""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from crawler.extract import extract_html
from pipeline.version import TOOL_VERSION as __version__
from keurmerk_scan.corpus_sites import (HALF_OPENED, HALF_SEALED, SPLIT_HELDOUT, SPLIT_TUNE, CorpusRecord, CorpusSite,
                                        ServedSites, build_sites, pad_records, set_aside_half, split_of)
from models.finding import Evidence, Finding
from models.norms import NormSet
from models.report import SiteReport
from models.snapshot import Block, CrawlSummary, Page, SiteSnapshot

STATUS_SCORE: dict[str, int] = {"voldoet": 2, "voldoet_bijna": 1, "voldoet_niet": 0}
SCORE_LABEL = {0: "voldoet_niet", 1: "voldoet_bijna", 2: "voldoet"}
CQI_CRITERION = "2b-13"
TOTAL = "totaal"

# The naive baseline of the issue: one bare keyword per criterion, never "voldoet".
BASELINE_KEYWORDS: dict[str, str] = {
    "2b-6": "spoed",
    "2b-7": "GZ-psycholoog",
    "2b-8": "niet",
    "2b-9": "intake",
    "2b-10": "kortdurend",
    "2b-11": "EMDR",
    "2b-12": "eHealth",
    "2b-13": "CQI",
}


JudgeFn = Callable[[SiteSnapshot, NormSet, date], SiteReport]


# --------------------------------------------------------------------------- metrics


def weighted_kappa(pairs: Iterable[tuple[int, int]], classes: int = 3) -> float | None:
    """Linearly weighted Cohen's kappa of ordinal ratings 0..classes-1.

    ``1 - D_o / D_e`` with disagreement weights ``|i - j| / (classes - 1)``. Returns ``None``
    when kappa is undefined: no pairs, or both raters used one and the same class only.
    """
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return None
    matrix = [[0] * classes for _ in range(classes)]
    for a, b in pairs:
        matrix[a][b] += 1
    rows = [sum(matrix[i]) for i in range(classes)]
    cols = [sum(matrix[i][j] for i in range(classes)) for j in range(classes)]
    scale = classes - 1
    observed = sum(abs(i - j) / scale * matrix[i][j] for i in range(classes) for j in range(classes)) / n
    expected = sum(
        abs(i - j) / scale * rows[i] * cols[j] for i in range(classes) for j in range(classes)
    ) / (n * n)
    if expected == 0:
        return None
    return 1.0 - observed / expected


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score_pairs(pairs: Sequence[tuple[int, int | None]]) -> dict[str, Any]:
    """All figures for (expected label, predicted score or None = niet_beoordeeld) pairs."""
    n = len(pairs)
    judged = [(e, p) for e, p in pairs if p is not None]
    exact = sum(1 for e, p in pairs if p == e)
    tp = sum(1 for e, p in pairs if e >= 1 and p is not None and p >= 1)
    fp = sum(1 for e, p in pairs if e == 0 and p is not None and p >= 1)
    fn = sum(1 for e, p in pairs if e >= 1 and (p is None or p == 0))
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    not_passing = [(e, p) for e, p in pairs if e <= 1]
    false_pass = sum(1 for _, p in not_passing if p == 2)
    confusion = {str(e): {str(p): 0 for p in ("0", "1", "2", "nb")} for e in range(3)}
    for e, p in pairs:
        confusion[str(e)]["nb" if p is None else str(p)] += 1
    return {
        "n": n,
        "exact": _ratio(exact, n),
        "kappa": weighted_kappa(judged),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "false_pass_rate": _ratio(false_pass, len(not_passing)),
        "false_passes": false_pass,
        "not_judged": n - len(judged),
        "confusion": confusion,
    }


# --------------------------------------------------------------------------- expected labels


def review_figures(rows: Sequence[tuple[int, int | None, bool]]) -> dict[str, Any]:
    """How far ``needs_review`` can be trusted: the flagged count, the share of findings NOT
    flagged, and exact agreement on those (what a reviewer would accept without looking)."""
    unflagged = [(e, p) for e, p, flagged in rows if not flagged]
    return {
        "needs_review": len(rows) - len(unflagged),
        "unflagged_share": _ratio(len(unflagged), len(rows)),
        "unflagged_exact": _ratio(sum(1 for e, p in unflagged if p == e), len(unflagged)),
    }


def expected_record_label(record: CorpusRecord, criterion: str, keurmerk_year: int) -> int:
    """The label of one page, with the 2b-13 year rule applied."""
    label = record.labels[criterion]
    if (
        criterion == CQI_CRITERION
        and label >= 1
        and record.cqi_year is not None
        and record.cqi_year < keurmerk_year - 1
    ):
        return 0
    return label


def expected_site_labels(records: Sequence[CorpusRecord], criteria: Sequence[str], keurmerk_year: int) -> dict[str, int]:
    """Expected site verdict per criterion: the best page of the domain."""
    return {c: max(expected_record_label(r, c, keurmerk_year) for r in records) for c in criteria}


def label_notes(records: Sequence[CorpusRecord], criterion: str) -> list[str]:
    """The labeller's ``why`` lines about one criterion."""
    notes = []
    prefix = re.compile(rf"^\s*{re.escape(criterion)}\s*[:=]", re.IGNORECASE)
    for rec in records:
        notes += [line.strip() for line in rec.why.splitlines() if prefix.match(line)]
    return notes


# --------------------------------------------------------------------------- baseline scorer


def baseline_judge(snapshot: SiteSnapshot, norms: NormSet, as_of: date) -> SiteReport:
    """Bare keyword lookup: ``voldoet_bijna`` when the criterion's word occurs, never ``voldoet``."""
    findings: list[Finding] = []
    blocks = [(p.url, b.text) for p in snapshot.pages for b in p.blocks]
    blocks += [(snapshot.site_blocks_url or snapshot.start_url, b.text) for b in snapshot.site_blocks]
    for criterion in norms.website_criteria():
        word = BASELINE_KEYWORDS.get(criterion.id)
        if not snapshot.readable or word is None:
            findings.append(Finding(
                criterion=criterion.id, status="niet_beoordeeld", confidence=1.0,
                reason="Niet beoordeeld: geen leesbare tekst of geen trefwoord.", action="",
                needs_review=True,
            ))
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE)
        hits = [Evidence(url=url, quote=" ".join(text.split())[:300]) for url, text in blocks if pattern.search(text)]
        if hits:
            findings.append(Finding(
                criterion=criterion.id, status="voldoet_bijna", confidence=0.5,
                reason=f"Het trefwoord '{word}' komt voor op de website.", action="",
                evidence=hits[:2],
            ))
        else:
            findings.append(Finding(
                criterion=criterion.id, status="voldoet_niet", confidence=0.5,
                reason=f"Het trefwoord '{word}' komt niet voor op de website.", action="",
            ))
    return SiteReport(
        tool_version=__version__, url=snapshot.start_url, site=snapshot.site,
        keurmerk_year=norms.keurmerk_year, as_of=as_of, norm_version=norms.id,
        scanned_at=snapshot.fetched_at, crawl=snapshot.crawl, findings=findings,
    )


def detector_judge(snapshot: SiteSnapshot, norms: NormSet, as_of: date) -> SiteReport:
    from pipeline.scan import judge

    return judge(snapshot, norms, as_of)


# --------------------------------------------------------------------------- no-crawl snapshots


def snapshot_without_crawl(site: CorpusSite) -> SiteSnapshot:
    """A snapshot of a corpus site built in-process from the generated HTML (development mode),
    with the crawler's own extraction so the blocks match what a crawl would give."""
    pages: list[Page] = []
    site_blocks: list[Block] = []
    for page in site.pages:
        content = extract_html(page.html)
        title, blocks = content.title, list(content.blocks)
        if not site_blocks:
            site_blocks = list(content.site_blocks)
        url = page.record.url if page.record is not None else f"https://{site.domain}/"
        pages.append(Page(url=url, title=title, blocks=blocks, depth=0 if page.path == "/" else 1))
    home = next((p.url for p in pages if p.depth == 0), pages[0].url)
    return SiteSnapshot(
        start_url=home,
        site=site.domain,
        fetched_at=datetime.now(timezone.utc).replace(microsecond=0),
        pages=pages,
        site_blocks=site_blocks,
        site_blocks_url=home if site_blocks else None,
        crawl=CrawlSummary(status="ok", pages_fetched=len(pages)),
    )


# --------------------------------------------------------------------------- evaluation run


@dataclass
class SiteOutcome:
    site: CorpusSite
    local_url: str
    snapshot: SiteSnapshot
    report: SiteReport
    expected: dict[str, int]
    split: str = SPLIT_TUNE

    def predicted(self) -> dict[str, Finding]:
        return {f.criterion: f for f in self.report.findings}


@dataclass
class Evaluation:
    corpus: str
    corpus_sha256: str
    mode: str          # "crawl" | "no-crawl" | "archive"
    scorer: str        # "detectors" | "baseline"
    keurmerk_year: int
    as_of: date
    norm_version: str
    criteria: list[str]
    outcomes: list[SiteOutcome]
    timings: dict[str, float] = field(default_factory=dict)
    records: int = 0
    extractor: str = "crawler"
    padding: int = 0

    # ---- figures

    def judgements(self, criterion: str | None = None, split: str | None = None,
                   half: str | None = None) -> list[tuple[int, int | None, bool]]:
        """(expected, predicted score or None, flagged needs_review) per site and criterion (``half``: only the
        set-aside sites of that half, ``set_aside_half``)."""
        out = []
        for o in self.outcomes:
            if split is not None and o.split != split:
                continue
            if half is not None and (o.split != SPLIT_HELDOUT or set_aside_half(o.site.domain) != half):
                continue
            found = o.predicted()
            for c in self.criteria:
                if criterion is not None and c != criterion:
                    continue
                f = found.get(c)
                out.append((o.expected[c], STATUS_SCORE.get(f.status) if f else None, f.needs_review if f else True))
        return out

    def pairs(self, criterion: str | None = None, split: str | None = None) -> list[tuple[int, int | None]]:
        return [(e, p) for e, p, _ in self.judgements(criterion, split)]

    def metrics(self, split: str | None = None, half: str | None = None) -> dict[str, dict[str, Any]]:
        table: dict[str, dict[str, Any]] = {}
        for c in [*self.criteria, None]:
            rows = self.judgements(c, split, half)
            table[c or TOTAL] = score_pairs([(e, p) for e, p, _ in rows]) | review_figures(rows)
        return table

    def splits(self) -> list[str]:
        return [s for s in (SPLIT_TUNE, SPLIT_HELDOUT) if any(o.split == s for o in self.outcomes)]

    def disagreements(self) -> list[dict[str, Any]]:
        out = []
        for o in self.outcomes:
            found = o.predicted()
            for c in self.criteria:
                f = found.get(c)
                predicted = STATUS_SCORE.get(f.status) if f else None
                if predicted == o.expected[c]:
                    continue
                out.append({
                    "site": o.site.domain,
                    "split": o.split,
                    "criterion": c,
                    "expected": SCORE_LABEL[o.expected[c]],
                    "predicted": f.status if f else "ontbreekt",
                    "reason": f.reason if f else "",
                    "needs_review": f.needs_review if f else True,
                    "confidence": f.confidence if f else None,
                    "evidence": [e.model_dump() for e in (f.evidence if f else [])],
                    "label_notes": label_notes(o.site.records, c),
                    "pages": [r.url for r in o.site.records],
                })
        return out

    def sites(self, reveal_set_aside: bool = True) -> list[dict[str, Any]]:
        out = []
        for o in self.outcomes:
            found = o.predicted()
            wanted = {_page_key(r.url) for r in o.site.records if not r.padding}
            got = {_page_key(p.url) for p in o.snapshot.pages}
            if o.split == SPLIT_HELDOUT and not reveal_set_aside:
                # Only what tells whether the site was read; no labels, verdicts or page list,
                # so that looking at eval.json while tuning does not reveal the held-out errors.
                out.append({
                    "site": o.site.domain,
                    "split": o.split,
                    "hidden": True,
                    "crawl_status": o.snapshot.crawl.status,
                    "pages_fetched": len(o.snapshot.pages),
                    "record_pages_missing": len(wanted - got),
                })
                continue
            out.append({
                "site": o.site.domain,
                "split": o.split,
                "local_url": o.local_url,
                "pages": [r.url for r in o.site.records],
                "crawl_status": o.snapshot.crawl.status,
                "pages_fetched": len(o.snapshot.pages),
                "record_pages_missing": sorted(wanted - got),
                "expected": {c: SCORE_LABEL[o.expected[c]] for c in self.criteria},
                "predicted": {c: (found[c].status if c in found else "ontbreekt") for c in self.criteria},
            })
        return out

    def to_json(self, reveal_set_aside: bool = False) -> dict[str, Any]:
        """All figures; the set-aside part only as figures unless ``reveal_set_aside``.

        The set-aside third exists to measure generalisation: whoever tunes the checks must not
        see which of its sites go wrong, so its disagreements and per-site verdicts are left out
        by default (``set_aside_hidden`` says how many disagreements were left out).
        """
        disagreements = self.disagreements()
        shown = disagreements if reveal_set_aside else [d for d in disagreements if d["split"] != SPLIT_HELDOUT]
        return {
            "tool_version": __version__,
            "corpus": self.corpus,
            "corpus_sha256": self.corpus_sha256,
            "records": self.records,
            "sites": len(self.outcomes),
            "mode": self.mode,
            "extractor": self.extractor,
            "scorer": self.scorer,
            "keurmerk_year": self.keurmerk_year,
            "as_of": self.as_of.isoformat(),
            "norm_version": self.norm_version,
            "timings_seconds": {k: round(v, 3) for k, v in self.timings.items()},
            "padding_per_site": self.padding,
            "metrics": self.metrics(),
            "metrics_by_split": {s: self.metrics(s) for s in self.splits()},
            # the set-aside part by its two halves: the one opened for study in round 30 and the one still sealed
            "metrics_by_set_aside_half": {h: self.metrics(half=h) for h in (HALF_OPENED, HALF_SEALED)
                                          if any(o.split == SPLIT_HELDOUT and set_aside_half(o.site.domain) == h
                                                 for o in self.outcomes)},
            "set_aside_revealed": reveal_set_aside,
            "set_aside_hidden": len(disagreements) - len(shown),
            "per_site": self.sites(reveal_set_aside),
            "disagreements": shown,
        }


def _page_key(url: str) -> str:
    parts = urlsplit(url)
    key = parts.path.rstrip("/") or "/"
    return f"{key}?{parts.query}" if parts.query else key


def _local_to_original(report: SiteReport, site: CorpusSite, local_url: str) -> None:
    """Rewrite evidence URLs of the local copy to the corpus URLs they stand for."""
    base = local_url.rstrip("/")

    def original(url: str) -> str:
        return site.original_url(url[len(base):] or "/") if url.startswith(base) else url

    for f in report.findings:
        for ev in f.evidence:
            ev.url = original(ev.url)
        page = f.details.get("topic_page")
        if isinstance(page, str) and page.startswith(base):  # named in the reason too
            f.details["topic_page"] = original(page)
            f.reason = f.reason.replace(page, f.details["topic_page"])


def run_evaluation(
    records: Sequence[CorpusRecord],
    norms: NormSet,
    as_of: date,
    *,
    crawl: bool = True,
    scorer: str = "detectors",
    corpus_path: str | Path = "",
    crawl_options: Any = None,
    padding: int = 0,
    only_split: str | None = None,
    archive_dir: Path | None = None,
    from_archive: Path | None = None,
) -> Evaluation:
    """Build the sites, crawl (or build snapshots in-process), judge, and collect the outcomes.

    ``padding`` adds that many pages meeting no criterion to every site (``pad_records``);
    ``only_split`` keeps the sites of one part of the split (``afstemming`` or ``apart``).
    ``archive_dir``: keep each site's crawl as ``<domain>.warc.gz`` there. ``from_archive``: no
    crawl; the snapshots are rebuilt from such archives (``crawler.replay``, the path of
    ``keurmerk-scan rejudge``), so a new version of the checks is scored on the same pages.
    """
    criteria = [c.id for c in norms.website_criteria()]
    judge_fn: JudgeFn = baseline_judge if scorer == "baseline" else detector_judge
    if only_split is not None:
        records = [r for r in records if split_of(r.domain) == only_split]
    n_records = len(records)
    records = pad_records(records, padding)
    sites = build_sites(records)
    timings: dict[str, float] = {}
    started = time.monotonic()

    if from_archive is not None:
        from crawler.replay import snapshot_from_warc

        t0 = time.monotonic()
        snapshots = [snapshot_from_warc(Path(from_archive) / f"{s.domain}.warc.gz") for s in sites]
        local_urls = [snap.start_url for snap in snapshots]
        timings["snapshots"] = time.monotonic() - t0
    elif crawl:
        from crawler.options import CrawlOptions
        from crawler.run import crawl_sites

        options = crawl_options or CrawlOptions(autothrottle=False, download_delay=0, render="never", obey_robots=True)
        t0 = time.monotonic()
        served = ServedSites(sites)
        with served:
            timings["serve_start"] = time.monotonic() - t0
            local_urls = served.urls
            t0 = time.monotonic()
            archives = [Path(archive_dir) / f"{s.domain}.warc.gz" for s in sites] if archive_dir else None
            snapshots = crawl_sites(local_urls, options, archive_paths=archives)
            timings["crawl"] = time.monotonic() - t0
            t0 = time.monotonic()
        timings["serve_stop"] = time.monotonic() - t0
    else:
        t0 = time.monotonic()
        local_urls = [f"https://{s.domain}/" for s in sites]
        snapshots = [snapshot_without_crawl(s) for s in sites]
        timings["snapshots"] = time.monotonic() - t0

    if len(snapshots) != len(sites):
        raise RuntimeError(f"crawler gaf {len(snapshots)} snapshots voor {len(sites)} websites")

    t0 = time.monotonic()
    outcomes: list[SiteOutcome] = []
    for site, url, snapshot in zip(sites, local_urls, snapshots):
        report = judge_fn(snapshot, norms, as_of)
        if crawl or from_archive is not None:
            _local_to_original(report, site, url)
        expected = expected_site_labels(site.records, criteria, norms.keurmerk_year)
        outcomes.append(SiteOutcome(site, url, snapshot, report, expected, split_of(site.domain)))
    timings["judge"] = time.monotonic() - t0
    timings["total"] = time.monotonic() - started

    digest = ""
    if corpus_path and Path(corpus_path).is_file():
        digest = hashlib.sha256(Path(corpus_path).read_bytes()).hexdigest()
    return Evaluation(
        corpus=str(corpus_path), corpus_sha256=digest,
        mode="archive" if from_archive is not None else ("crawl" if crawl else "no-crawl"), scorer=scorer,
        keurmerk_year=norms.keurmerk_year, as_of=as_of, norm_version=norms.id,
        criteria=criteria, outcomes=outcomes, timings=timings, records=n_records,
        extractor="crawler" if crawl or from_archive is not None else "crawler.extract", padding=padding,
    )


# --------------------------------------------------------------------------- text output


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def format_summary(metrics: dict[str, dict[str, Any]]) -> str:
    """One line of a part's figures: exact, kappa and false passes in total, and kappa per criterion."""
    t = metrics[TOTAL]
    per = " ".join(f"{name}:{_fmt(m['kappa'])}" for name, m in metrics.items() if name != TOTAL)
    return (f"exact {_fmt(t['exact'])}, kappa {_fmt(t['kappa'])}, onterecht voldoet {_fmt(t['false_pass_rate'])} | "
            f"kappa per criterium {per}")


def format_table(metrics: dict[str, dict[str, Any]]) -> str:
    header = ("criterium", "exact", "kappa", "P", "R", "F1", "false-pass", "n", "n.b.", "review",
              "zonder-review", "exact-zonder-review")
    rows = [header]
    for name, m in metrics.items():
        rows.append((
            name, _fmt(m["exact"]), _fmt(m["kappa"]), _fmt(m["precision"]), _fmt(m["recall"]),
            _fmt(m["f1"]), _fmt(m["false_pass_rate"]), str(m["n"]), str(m["not_judged"]),
            str(m["needs_review"]), _fmt(m.get("unflagged_share")), _fmt(m.get("unflagged_exact")),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for k, row in enumerate(rows):
        if k == len(rows) - 1:
            lines.append("  ".join("-" * w for w in widths))
        cells = [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def format_disagreements(items: Sequence[dict[str, Any]]) -> str:
    lines = []
    for d in items:
        lines.append(f"- {d['site']} {d['criterion']}: verwacht {d['expected']}, gekregen {d['predicted']}"
                     + (" (needs_review)" if d["needs_review"] else ""))
        if d["reason"]:
            lines.append(f"    reden: {d['reason']}")
        for ev in d["evidence"][:2]:
            lines.append(f"    bewijs: {ev['url']}: \"{ev['quote'][:160]}\"")
        for note in d["label_notes"][:2]:
            lines.append(f"    label: {note[:200]}")
    return "\n".join(lines)
