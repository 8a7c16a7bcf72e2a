"""Run every website check of a norm set over one snapshot, and weigh the pages of a site.

Guarantees: exactly one finding per website criterion, in norm order; an unreadable site gives
``niet_beoordeeld`` everywhere (never a false ``voldoet_niet``); a check that raises gives
``niet_beoordeeld`` with ``needs_review`` instead of crashing the scan.

How a site is weighed: each check judges every page on its own (``page_views``) and the site's
verdict is the best page's (``best_finding``); a "voldoet bijna" from a page that does not describe
the practice's own care makes no verdict (a passing mention: ``_judge_view``); every "voldoet bijna", and a
"voldoet niet" on a site with a page about the topic, is flagged for the reviewer.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import re
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Iterator

import yaml

import checks  # noqa: F401  (imports every check module, filling the registry)
from checks.base import CheckContext
from checks.registry import get_check
from checks.text.context import (READER_VOICE, addresses_others, introduces_professional_audience, is_complaints_page, own_name_spans, is_for_professionals, is_general_explainer,
                                  is_links_page, is_unvoiced_explainer, page_kind, page_titled, reads_as_article)
from checks.text.terms import VOCAB_DIR, load_vocab, terms
from checks.text.units import SiteText, page_view_text, prime, segment, site_text
from models.finding import Finding
from models.snapshot import CrawlSummary, Page, SiteSnapshot

log = logging.getLogger(__name__)

DEFAULT_UNREADABLE = "er is geen leesbare tekst gevonden."
TOPIC_PAGE_NOTE = "De website heeft wel een pagina over dit onderwerp ({url}); controleer of daar de gevraagde informatie staat."
TOPIC_SIGNAL_NOTE = "Op {url} komt dit onderwerp wel ter sprake; controleer of daar de gevraagde informatie staat."


def not_judged(criterion: str, ctx: CheckContext, failure_reason: str) -> Finding:
    msg = ctx.norms.common_messages["niet_beoordeeld"]
    return Finding(
        criterion=criterion,
        status="niet_beoordeeld",
        confidence=1.0,
        reason=msg.reason.format(failure_reason=failure_reason),
        action=msg.action,
        evidence=[],
        needs_review=True,
    )


def partial_crawl_caveat(snapshot: SiteSnapshot, ctx: CheckContext) -> str | None:
    """The note for findings that could change had the whole site been read, or None."""
    # a dead link (4xx) hides nothing; caps, time-outs, server errors and unreadable documents may
    errors = [e for e in snapshot.crawl.errors
              if not (e.kind == "http_error" and e.status is not None and 400 <= e.status < 500)]
    if snapshot.crawl.status != "partial" or not errors:
        return None
    budget = [e for e in errors if e.kind == "budget"]
    first = (budget or errors)[0].message.rstrip(".")
    detail = first if len(errors) == 1 else f"{len(errors)} meldingen, onder andere: {first}"
    return ctx.norms.common_messages["partial_crawl"].reason.format(detail=detail)


def with_caveat(finding: Finding, caveat: str | None) -> Finding:
    """A negative verdict on a partly read site is flagged for review: the missing pages may hold the answer."""
    if caveat is None or finding.status not in ("voldoet_niet", "voldoet_bijna"):
        return finding
    return finding.model_copy(update={"reason": f"{finding.reason} {caveat}", "needs_review": True})


_RANK = {"voldoet": 2, "voldoet_bijna": 1, "voldoet_niet": 0}


def page_views(snapshot: SiteSnapshot, full: SiteText, judged_ahead: bool = False) -> Iterator[SiteSnapshot]:
    """One view per page with text, and one for the site's header and footer.

    A criterion is judged page by page: a verdict rests on what one page (or one linked
    document) says as a whole, the way a reader of that page would take it. Fragments from
    unrelated pages (a word in a blog post, a sentence in a vacancy) are never added up into
    a "voldoet" that no single page supports. The header and footer, the same on every page,
    are judged once, as a page of their own. The site is segmented once; each view gets its
    units from it (``page_view_text``), put in the cache the checks read just before the view
    is handed out.
    """
    indexed = [i for i, p in enumerate(snapshot.pages) if p.blocks]
    if len(indexed) + bool(snapshot.site_blocks) <= 1:
        prime(snapshot, full)
        yield snapshot
        return
    for i in indexed:
        view = _AheadView(snapshot, full, i)
        # with ``judged_ahead`` the view is built only when the page was not judged ahead
        yield view if judged_ahead else view.materialise()
    if snapshot.site_blocks:
        view = snapshot.model_copy(update={"pages": []})
        prime(view, page_view_text(full, len(full.pages) - 1))
        yield view


def best_finding(findings: list[Finding], off_care: list[bool] | None = None, own_pages: bool = False) -> Finding:
    """The site's verdict: the best page verdict; among equals, one with evidence, then (for
    "voldoet niet") one that a page about the practice's own care flagged for review, then the
    highest confidence (the first page wins a tie: the crawler reads the important pages first).

    A "voldoet niet" that an off-care page (a blog, terms, a general explainer: ``off_care``, one
    flag per finding) flagged for review does not flag a site that also has pages about its own
    care (``own_pages``): on a real site of a hundred pages some blog or terms page mentions every topic, and a flag
    that every site gets tells the reviewer nothing. Its hint stays in the details."""
    off = off_care or [False] * len(findings)

    def weight(i: int) -> tuple:
        f = findings[i]
        rank = _RANK.get(f.status, -1)
        flagged = rank == 0 and f.needs_review
        return (rank, bool(f.evidence), flagged and not off[i], flagged, f.confidence)
    best = max(range(len(findings)), key=weight)
    found = findings[best]
    if found.status == "voldoet_niet" and found.needs_review and off[best] and own_pages:
        found = found.model_copy(update={"needs_review": False})
    return found


def _passing(check, finding: Finding, view: SiteSnapshot, ctx: CheckContext) -> Finding:
    """The "voldoet niet" with a hint that replaces a passing mention."""
    hint = {"passing_mention": [e.model_dump() for e in finding.evidence]}
    return check.finding(ctx, "voldoet_niet", "missing", confidence=0.55, needs_review=True, details=hint)


def _judge_view(check, ctx: CheckContext, view: SiteSnapshot, single: bool, view_off) -> tuple[Finding, bool]:
    """One check's finding on one view, and whether it rests on an off-care page (a page view that
    is one, or a whole-site bijna that only such pages support). A "voldoet bijna" from there is a
    passing mention (a blog, a privacy statement, a vacancy, a general article: on a real site of a
    hundred pages such passages turn up for every criterion): it makes no verdict, and becomes
    "voldoet niet" with the passage as a hint for the reviewer. ``single``: the view is one page;
    ``view_off(check)``: that page is off-care for the check (``_view_off``), asked only where the
    answer matters: for a "voldoet bijna", and for a "voldoet niet" flagged for review (the only
    finding whose off-care flag ``best_finding`` reads)."""
    finding = check.run(view, ctx)
    if check.per_page and single and finding.status == "voldoet_bijna" and view_off(check):
        return _passing(check, finding, view, ctx), True
    if not check.per_page and finding.status == "voldoet_bijna" and off_care_evidence(finding, view, check):
        return _passing(check, finding, view, ctx), True
    return finding, finding.status == "voldoet_niet" and finding.needs_review and view_off(check)


def _run_all(checks, view: SiteSnapshot, out: dict[str, list[Finding]], failed: set[str], site: str,
             off: dict[str, list[bool]] | None = None) -> None:
    """Run (criterion id, check, context) triples over one view. ``off`` gets, per finding, whether
    it rests on an off-care page (``_judge_view``)."""
    single = len(view.pages) == 1 and not view.site_blocks
    view_off = _view_off(view, single)
    for cid, check, ctx in checks:
        if cid in failed:
            continue
        try:
            finding, from_off = _judge_view(check, ctx, view, single, view_off)
            out[cid].append(finding)
            if off is not None:
                off[cid].append(from_off)
        except Exception:  # a defect in one check must not cost the other verdicts
            log.exception("check %s failed on %s", cid, site)
            failed.add(cid)


def review_policy(finding: Finding) -> Finding:
    """"Voldoet bijna" is always for the reviewer to confirm: whether the missing part is really
    missing, or was only missed, is what a reviewer decides (cf. axe-core's "incomplete")."""
    if finding.status == "voldoet_bijna" and not finding.needs_review:
        return finding.model_copy(update={"needs_review": True})
    return finding


def topic_page(full: SiteText, topic: str) -> str | None:
    """The URL of a page whose path or title says it is about ``topic`` (context vocabulary
    ``topic_page_<topic>``), or None."""
    if f"topic_page_{topic}" not in load_vocab("context"):
        return None
    return next((page.url for page in full.pages if page_titled(page, ("context", f"topic_page_{topic}"))), None)


def off_care(page, topic: str = "") -> bool:
    """``off_care_page`` for one page of a site's text (``PageInfo``); for the check of ``topic`` a terms or
    privacy page is its own when the topic is in ``LEGAL_OWN_TOPICS``."""
    kind = page_kind(page)
    if kind == "legal" and topic in LEGAL_OWN_TOPICS and not is_complaints_page(page):
        kind = ""
    if kind == "vacancy" and topic in VACANCY_OWN_TOPICS:
        kind = ""
    return bool(kind or is_for_professionals(page) or is_links_page(page) or is_general_explainer(page)
                or is_complaints_page(page) or introduces_professional_audience(page, strict=True)
                or page_titled(page, ("context", "history_page")))
# (the history of the practice or of a method, "# Geschiedenis", "/a-short-history/": "In the 1960s Aaron Beck ... noticed",
# tells no care of today; an annual report may say what the practice did that year, and is weighed by the checks)


# Topics whose checks weigh a terms or privacy page themselves: there the practitioner of a small practice says
# who they are ("ik werk conform de beroepscode van het NIP", "psychologists at Practice X work under the NIP
# code"; LABELING v2: a first-person page with registrations is "bijna"), and the check reads whose words those are.
# (2b-10 reads on a terms page only the referral its own care needs: "referred to generalist basic mental health care")
LEGAL_OWN_TOPICS = frozenset({"behandelaren", "kortdurend"})
# Topics whose checks weigh a vacancy or "werken bij" page themselves: there a colleague tells what they are ("van huis
# uit ben ik psychotherapeut, nu werk ik in het team jeugd"), and the check tells that from the advert's words to the candidate.
VACANCY_OWN_TOPICS = frozenset({"behandelaren"})


# Topics whose checks read the role of each sentence themselves (therapy in general, a general subject,
# care in general): on a page whose title asks a question ("Hoe ziet een behandeling eruit?", "Is
# therapie iets voor mij?") the practice that speaks to its reader about its route or its target group
# describes its own care, and the question title alone makes no off-care page.
OWN_VOICE_QUESTION_TOPICS = frozenset({"opbouw", "doelgroep", "behandelaren"})
_PRACTICE_VOICE = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|our|us|my)(?![a-z])")
_CARE_DONE = re.compile(r"(?<![a-z])(?:behandel\w*|help\w*|begeleid\w*|bied\w*|treat\w*|offer\w*|support\w*)(?![a-z])")


def _question_page_in_own_voice(page, topic: str = "") -> bool:
    """A page off care only by its question title, on which the practice speaks of what it does with
    its clients ("wij behandelen ...", "we nodigen je uit ..."), or speaks to its reader in one
    sentence; not a writer's "we" alone ("In dit artikel zetten we de grote lijnen op een rij")."""
    if page_kind(page) or is_for_professionals(page) or is_links_page(page) or is_complaints_page(page):
        return False
    if not is_general_explainer(page):
        return False
    named = topic in OWN_NAME_QUESTION_TOPICS
    return any(_PRACTICE_VOICE.search(u.low) and (READER_VOICE.search(u.low) or _CARE_DONE.search(u.low))
               or named and own_name_spans(u.text, u.url, page) for u in page.units if u.kind not in ("title", "heading"))


# Topics for which the practice's own name in a sentence of a question page ("Wat doet een psychiater? ... De
# psychiaters van Samen Gevestigd zijn ook psychotherapeut") is the practice speaking of its own people, as its
# "wij" is: the check reads whether the sentence describes them.
OWN_NAME_QUESTION_TOPICS = frozenset({"behandelaren"})


# Criteria (by check topic) for which a general explainer in which the practice never speaks ("Wat is
# EMDR?", "/kennisbank/act", "eHealth uitgelegd"), or an article that only its text shows to be one (a
# date in the URL, a reading time, share buttons, sources), is an off-care page too: what a method, an
# eHealth module or the CQI is, or whom anyone calls in a crisis, is not the practice's own offer. (Not
# so for the route, the target group or the basis GGZ: a page explaining the basis GGZ on the site of a
# practice that offers it describes its care, LABELING v2.)
EXPLAINER_OFF_TOPICS = frozenset({"bereikbaarheid", "behandelmethoden", "ehealth", "cqi"})


def _general_text(page) -> bool:
    """A general text (``EXPLAINER_OFF_TOPICS``), or a page addressed to people other than the
    practice's clients (``addresses_others``: the press, employers, schools, volunteers, a web shop,
    therapists buying a platform): the phone line for an interview, the mindfulness training sold
    to a company or the modules sold to colleagues are not the clients' reachability or care."""
    return is_unvoiced_explainer(page) or reads_as_article(page) or addresses_others(page)


def _own_kind(check, page) -> bool:
    """The check names ``page`` as its own whatever its kind (``own_care_kind``)."""
    own = getattr(check, "own_care_kind", None)
    return bool(own and own(page))


def off_care_for(page, topic: str, check=None) -> bool:
    """``off_care`` for the check of ``topic``: also a general text (``EXPLAINER_OFF_TOPICS``), and
    the pages a check names itself (``off_care_kind``: a tariff page for reachability), except the pages a check
    names as its own whatever their kind (``own_care_kind``: a news item announcing the practice's closure for reachability)."""
    if _own_kind(check, page):
        return False
    if off_care(page, topic) and not (topic in OWN_VOICE_QUESTION_TOPICS and _question_page_in_own_voice(page, topic)):
        return True
    if topic in EXPLAINER_OFF_TOPICS and _general_text(page):
        return True
    extra = getattr(check, "off_care_kind", None)
    return bool(extra and extra(page))


def off_care_evidence(finding: Finding, view: SiteSnapshot, check=None) -> bool:
    """A finding of a whole-site check whose evidence stands only on off-care pages other than
    terms: a blog's "intake" or a general explainer's "registration" make no verdict."""
    pages = {p.url: p for p in site_text(view).pages}
    urls = {e.url for e in finding.evidence}
    topic = getattr(check, "topic", "") if check is not None else ""
    # (a werkwijze section of a terms page does describe the route: terms pages are no off-care
    # page for these checks, which weigh the sections of a page themselves)
    return bool(urls) and all(u in pages and off_care_for(pages[u], topic, check) and page_kind(pages[u]) != "legal"
                              for u in urls)


def _view_off(view: SiteSnapshot, single: bool):
    """A function of a check: whether the page view (``single``: one page) is off-care for it
    (``off_care_for``). The page readings are made on the first question and kept for the others."""
    pages = site_text(view).pages[:1] if single else []
    page = pages[0] if pages else None
    known: dict = {}

    def for_check(check) -> bool:
        if page is None:
            return False
        topic = getattr(check, "topic", "")
        if _own_kind(check, page):
            return False
        key = "off_legal_own" if topic in LEGAL_OWN_TOPICS else "off"
        if key not in known:
            known[key] = off_care(page, topic)
        if known[key]:
            if topic not in OWN_VOICE_QUESTION_TOPICS:
                return True
            qkey = ("own_voice_question", topic in OWN_NAME_QUESTION_TOPICS)
            if qkey not in known:
                known[qkey] = _question_page_in_own_voice(page, topic)
            if not known[qkey]:
                return True
        if topic in EXPLAINER_OFF_TOPICS:
            if "general" not in known:
                known["general"] = _general_text(page)
            if known["general"]:
                return True
        extra = getattr(check, "off_care_kind", None)
        return bool(extra and extra(page))
    return for_check


def off_care_page(view: SiteSnapshot, topic: str = "", check=None) -> bool:
    """A page that does not describe the practice's own care: a blog post, news item or article,
    a vacancy, a privacy statement, terms or complaints procedure, a course or supervision for other
    professionals, a list of links, or a general explainer whose title is a question ("Wat is EMDR?",
    "Werkt eHealth?"); for the check of ``topic`` also what ``off_care_for`` adds. (Tariff pages do describe it: the basis GGZ products
    with their length and the complaints they are for often stand there.)"""
    return any(off_care_for(page, topic, check) for page in site_text(view).pages[:1])


@lru_cache(maxsize=1)
def _topic_signals() -> dict[str, list[str]]:
    with open(VOCAB_DIR / "topic_signals.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def topic_signal(full: SiteText, topic: str) -> str | None:
    """The URL of an ordinary page of the practice (not legal, vacancy or editorial) that uses the
    topic's core words (``checks/vocab/topic_signals.yaml``), or None. A signal "a + b" needs
    both groups on one page."""
    signals = [[terms(*g.strip().split("/", 1)) for g in entry.split("+")]
               for entry in _topic_signals().get(topic) or []]
    if not signals:
        return None
    for page in full.pages:
        if page_kind(page):
            continue
        for groups in signals:
            if all(any(g.search(u) for u in page.units) for g in groups):
                return page.url
    return None


def flag_unfound_topic(finding: Finding, full: SiteText, topic: str) -> Finding:
    """A "voldoet niet" on a site with a page about the topic, or with an ordinary page that uses
    the topic's core words, is for the reviewer to look at."""
    if finding.status != "voldoet_niet" or finding.needs_review:
        return finding
    url, note, key = topic_page(full, topic), TOPIC_PAGE_NOTE, "topic_page"
    if url is None:
        url, note, key = topic_signal(full, topic), TOPIC_SIGNAL_NOTE, "topic_signal"
    if url is None:
        return finding
    return finding.model_copy(update={"needs_review": True, "reason": f"{finding.reason} {note.format(url=url)}",
                                      "details": {**finding.details, key: url}})


_GC_LOCK = threading.Lock()
_GC_PAUSES = 0
_GC_WAS_ENABLED = False


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the checks run (nested and concurrent uses
    counted; it is switched back on when the last one ends, if it was on before).

    Judging builds a few hundred thousand small objects (units, match caches, hits) that live
    until the site is judged; the collector kept walking all of them, a third of the CPU of
    judging a large site. It only ever frees reference cycles, and judging makes none (a test
    holds the checks to that), so pausing it frees the same memory at the same moments:
    everything still goes when its last reference does."""
    global _GC_PAUSES, _GC_WAS_ENABLED
    with _GC_LOCK:
        if _GC_PAUSES == 0:
            _GC_WAS_ENABLED = gc.isenabled()
            gc.disable()
        _GC_PAUSES += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_PAUSES -= 1
            if _GC_PAUSES == 0 and _GC_WAS_ENABLED:
                gc.enable()


def _criterion_checks(ctx: CheckContext) -> list[tuple[str, Any, CheckContext]]:
    """(criterion id, check, context) for each website criterion of ``ctx.norms`` that has a check,
    in norm order. The check of a criterion is named by topic in the norm file (`check:`); a draft
    file without `check:` keeps working for the 2025 ids (a check's home criterion). Each check runs
    with the framework criterion it judges in its context (its id and messages go into the finding)."""
    out = []
    for criterion in ctx.norms.website_criteria():
        check = get_check(criterion.check or criterion.id)
        if check is not None:
            out.append((criterion.id, check, replace(ctx, criterion=criterion)))
    return out


def run_checks(snapshot: SiteSnapshot, ctx: CheckContext) -> list[Finding]:
    """One finding per website criterion of ``ctx.norms``, in norm order (see the module doc)."""
    with cyclic_gc_paused():
        return _run_checks(snapshot, ctx)


def _run_checks(snapshot: SiteSnapshot, ctx: CheckContext) -> list[Finding]:
    criteria = ctx.norms.website_criteria()
    if not snapshot.readable:
        reason = snapshot.crawl.failure_reason or DEFAULT_UNREADABLE
        return [not_judged(c.id, ctx, reason) for c in criteria]
    findings: list[Finding] = []
    caveat = partial_crawl_caveat(snapshot, ctx)
    per_view: dict[str, list[Finding]] = {c.id: [] for c in criteria}
    off: dict[str, list[bool]] = {c.id: [] for c in criteria}
    failed: set[str] = set()
    checks = _criterion_checks(ctx)
    checks_for = {cid: check for cid, check, _ctx in checks}
    # the site is segmented once: the whole-site checks read it first, then every page view gets
    # its units from it; views outside, checks inside, so the checks share each view's match caches
    full = site_text(snapshot)
    _run_all([x for x in checks if not x[1].per_page], snapshot, per_view, failed, snapshot.start_url, off)
    page_checks = [x for x in checks if x[1].per_page]
    own_pages = any(not off_care(p) for p in full.pages if p.units)
    page_ids = [cid for cid, _check, _ctx in page_checks]
    for view in page_views(snapshot, full, judged_ahead=bool(_AHEAD)):
        ahead = _take_ahead(view, ctx, page_ids) if isinstance(view, _AheadView) else None
        if ahead is None:
            if isinstance(view, _AheadView):
                view = view.materialise()
            _run_all(page_checks, view, per_view, failed, snapshot.start_url, off)
        else:
            _replay(ahead, page_checks, per_view, failed, snapshot.start_url, off)
    for criterion in criteria:
        if criterion.id not in checks_for:
            findings.append(not_judged(criterion.id, ctx, "voor dit criterium is (nog) geen automatische controle."))
        elif criterion.id in failed or not per_view[criterion.id]:
            findings.append(not_judged(criterion.id, ctx, "de automatische controle liep vast; beoordeel dit criterium handmatig."))
        else:
            found = review_policy(best_finding(per_view[criterion.id], off[criterion.id], own_pages))
            found = flag_unfound_topic(found, full, getattr(checks_for[criterion.id], "topic", ""))
            findings.append(with_caveat(found, caveat))
    return findings


# --------------------------------------------------------------------------- judging pages ahead
#
# A page's view is judged from that page alone (``page_views``), so it can be judged as soon as
# the page is fetched, while the crawler is still waiting out its polite delays for the rest of
# the site: a batch's crawl child hands the pages it stores to its judging process, which calls
# ``judge_pages_ahead`` (``pipeline.scan.judge_pages_ahead``). ``run_checks`` then takes
# a page view's findings from here when a page with exactly that content was judged ahead under
# the same norms and peildatum, and judges the view as usual otherwise (the crawl moved repeated
# text of the page to the site blocks; nothing was judged ahead). The verdicts are the same
# either way: only when they are computed changes. (So a per-page check reads nothing but its
# page view's page: the digest below covers exactly that.)

_AHEAD_MAX_PAGES = 8192  # pages judged ahead and not yet taken (oldest dropped first)
# per page: (criterion id, finding or None when the check failed, whether it rests on an off-care page)
_AHEAD: "OrderedDict[bytes, list[tuple[str, Finding | None, bool]]]" = OrderedDict()
_AHEAD_LOCK = threading.Lock()
_AHEAD_FETCHED_AT = datetime(1970, 1, 1, tzinfo=timezone.utc)
AHEAD_COUNTS = {"used": 0, "redone": 0}  # page views taken from here / judged again (for benchmarks)


def _ahead_key(page: Page, ctx: CheckContext, criteria: list[str]) -> bytes:
    """A digest of everything a page view can read (the page, the norms, the peildatum, the
    criteria judged per page)."""
    digest = hashlib.blake2b(digest_size=20)
    fields = [ctx.norms.id, str(ctx.norms.keurmerk_year), ctx.as_of.isoformat(), *criteria, "\x00",
              page.url, page.kind, str(page.status), page.title, str(page.depth), str(page.rendered)]
    for block in page.blocks:
        fields += (block.kind, str(block.level), block.text)
    for field in fields:
        raw = field.encode("utf-8", "surrogatepass")
        digest.update(len(raw).to_bytes(8, "little"))
        digest.update(raw)
    return digest.digest()


def judge_pages_ahead(pages: list[Page], ctx: CheckContext) -> None:
    """Judge each of ``pages`` as a page view of its own now, with every per-page check of
    ``ctx.norms``; ``run_checks`` uses the result for a page view with the same content. A check
    that fails here is recorded as failed, as it would be there. The pages are cut into units
    together first (one pass of the tokenizer and one lemma look-up for all of them)."""
    pages = [page.model_copy() for page in pages if page.blocks]  # the crawl may still replace a block list
    if not pages:
        return
    checks = [x for x in _criterion_checks(ctx) if x[1].per_page]
    criteria = [cid for cid, _check, _ctx in checks]
    with cyclic_gc_paused():
        if len(pages) > 1:  # the blocks' cuts are remembered for each page's (and the site's) segmentation
            segment(_lone_view(pages), remember=True)
        for page in pages:
            view = _lone_view([page])
            # the page's cut blocks are remembered: the site's segmentation takes them from there
            prime(view, segment(view, remember=True))
            view_off = _view_off(view, True)
            results: list[tuple[str, Finding | None, bool]] = []
            for cid, check, check_ctx in checks:
                try:
                    results.append((cid, *_judge_view(check, check_ctx, view, True, view_off)))
                except Exception:  # noqa: BLE001 (recorded; the site's judgement logs it)
                    results.append((cid, None, False))
            key = _ahead_key(page, ctx, criteria)
            with _AHEAD_LOCK:
                _AHEAD[key] = results
                while len(_AHEAD) > _AHEAD_MAX_PAGES:
                    _AHEAD.popitem(last=False)


def _lone_view(pages: list[Page]) -> SiteSnapshot:
    return SiteSnapshot(start_url=pages[0].url, site="", fetched_at=_AHEAD_FETCHED_AT, pages=pages,
                        crawl=CrawlSummary(status="ok"))


class _AheadView:
    """A page view not built yet (``page_views`` with ``judged_ahead``): page ``index`` of
    ``snapshot``, built by ``materialise`` only when the page was not judged ahead."""

    __slots__ = ("snapshot", "full", "index")

    def __init__(self, snapshot: SiteSnapshot, full: SiteText, index: int):
        self.snapshot, self.full, self.index = snapshot, full, index

    @property
    def page(self) -> Page:
        return self.snapshot.pages[self.index]

    def materialise(self) -> SiteSnapshot:
        view = self.snapshot.model_copy(update={"pages": [self.page], "site_blocks": []})
        prime(view, page_view_text(self.full, self.index))
        return view


def _take_ahead(view: "_AheadView", ctx: CheckContext, criteria: list[str]) -> list[tuple[str, Finding | None, bool]] | None:
    """The findings judged ahead for a page with the view's content, under the same norms and
    peildatum, for the same criteria (taken: each is used once)."""
    key = _ahead_key(view.page, ctx, criteria)
    with _AHEAD_LOCK:
        got = _AHEAD.pop(key, None)
    AHEAD_COUNTS["used" if got is not None else "redone"] += 1
    return got


def _replay(results: list[tuple[str, Finding | None, bool]], checks, out: dict[str, list[Finding]],
            failed: set[str], site: str, off: dict[str, list[bool]]) -> None:
    """``_run_all`` with the findings judged ahead (the same criteria, in the same order)."""
    by_id = {cid: (finding, from_off) for cid, finding, from_off in results}
    for cid, _check, _ctx in checks:
        if cid in failed:
            continue
        finding, from_off = by_id[cid]
        if finding is None:
            log.error("check %s failed on %s (on a page judged ahead)", cid, site)
            failed.add(cid)
        else:
            out[cid].append(finding)
            off[cid].append(from_off)
