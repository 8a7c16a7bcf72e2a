"""Pages judged ahead (while the crawl still fetches the rest of the site) give exactly the
verdicts of judging the finished site, and are used only for a page with the same content,
under the same norms and peildatum."""
from __future__ import annotations

from datetime import date

import pytest

import checks.runner as runner
from checks.runner import AHEAD_COUNTS, judge_pages_ahead, run_checks
from checks.text.units import segment
from check_helpers import context, page, site
from models.snapshot import Block


def _practice_site():
    # passages written for this test: every check has something to read, on several pages
    return site(
        page("https://praktijk.example/", "# Welkom bij Praktijk De Wilg",
             "Wij bieden kortdurende behandeling in de generalistische basis GGZ voor volwassenen.",
             "Bij spoed buiten kantoortijden belt u de huisartsenpost.",
             title="Praktijk De Wilg"),
        page("https://praktijk.example/team", "# Ons team",
             "Mw. C. Bakker is GZ-psycholoog (BIG-geregistreerd) en werkt met schematherapie.",
             "Dhr. D. Smit is orthopedagoog generalist en behandelt vooral jongvolwassenen.",
             title="Team"),
        page("https://praktijk.example/aanbod", "# Aanbod",
             "Wij behandelen lichte tot matige angst- en depressieklachten.",
             "Bij ernstige verslavingsproblematiek of acuut suïcidaal gedrag verwijzen wij door.",
             "- Eerst volgt een intake; daarna stellen we samen een behandelplan op.",
             "- Na vijf gesprekken evalueren we; de behandeling eindigt met een afsluitend gesprek.",
             "Tussen de sessies werkt u met online modules in een beveiligde omgeving.",
             "In 2024 gaven onze cliënten ons een 8,7 in de CQ-index.",
             title="Aanbod"),
        footer=("Praktijk De Wilg, Wilgenlaan 2, 4321 BA Stad, telefoon 012-9876543",),
    )


def _dump(findings):
    return [f.model_dump(mode="json") for f in findings]


@pytest.fixture(autouse=True)
def _empty_memo():
    runner._AHEAD.clear()
    yield
    runner._AHEAD.clear()


def test_pages_judged_ahead_give_the_same_verdicts_and_are_used():
    ctx = context()
    plain = _dump(run_checks(_practice_site(), ctx))
    snapshot = _practice_site()
    for p in snapshot.pages:
        judge_pages_ahead([p], ctx)
    used = AHEAD_COUNTS["used"]
    assert _dump(run_checks(snapshot, ctx)) == plain
    assert AHEAD_COUNTS["used"] - used == len(snapshot.pages)   # every page view came from ahead
    assert not runner._AHEAD                                    # and each was taken once


def test_pages_judged_ahead_together_give_the_same_verdicts():
    """A hand-over of several pages (of two sites, as a batch's crawl child sends them) is cut
    into units in one pass; each page's view is still judged on its own and used once."""
    ctx = context()
    plain = _dump(run_checks(_practice_site(), ctx))
    other = site(page("https://ander.example/", "# Praktijk Elders",
                      "Wij werken met EMDR en cognitieve gedragstherapie.", title="Elders"),
                 page("https://ander.example/contact", "# Contact", "Bel ons op werkdagen tussen 9 en 17 uur.",
                      title="Contact"))
    plain_other = _dump(run_checks(other.model_copy(deep=True), ctx))
    snapshot = _practice_site()
    judge_pages_ahead([*snapshot.pages, *other.pages], ctx)
    used = AHEAD_COUNTS["used"]
    assert _dump(run_checks(snapshot, ctx)) == plain
    assert _dump(run_checks(other, ctx)) == plain_other
    assert AHEAD_COUNTS["used"] - used == len(snapshot.pages) + len(other.pages)
    assert not runner._AHEAD


def test_a_page_changed_after_it_was_judged_ahead_is_judged_again():
    ctx = context()
    snapshot = _practice_site()
    for p in snapshot.pages:
        judge_pages_ahead([p], ctx)
    # the crawl may still change a page (repeated text moved to the site blocks): here the team
    # page loses its practitioners, so judging it ahead would have given 2b-7 a wrong "voldoet"
    team = snapshot.pages[1]
    team.blocks = [b for b in team.blocks if "psycholoog" not in b.text and "orthopedagoog" not in b.text]
    team.blocks.append(Block(kind="paragraph", text="Wij zijn een klein team."))
    redone, used = AHEAD_COUNTS["redone"], AHEAD_COUNTS["used"]
    got = _dump(run_checks(snapshot, ctx))
    assert (AHEAD_COUNTS["redone"] - redone, AHEAD_COUNTS["used"] - used) == (1, 2)
    runner._AHEAD.clear()
    expected = _practice_site()
    expected.pages[1].blocks = list(team.blocks)
    assert got == _dump(run_checks(expected, ctx))
    runner._AHEAD.clear()
    before = {f["criterion"]: f["status"] for f in _dump(run_checks(_practice_site(), ctx))}
    assert before["2b-7"] != {f["criterion"]: f["status"] for f in got}["2b-7"]  # the change mattered


def test_judged_ahead_under_another_peildatum_is_not_used():
    snapshot = _practice_site()
    for p in snapshot.pages:
        judge_pages_ahead([p], context(as_of=date(2024, 3, 1)))
    used = AHEAD_COUNTS["used"]
    ctx = context(as_of=date(2026, 3, 1))
    assert _dump(run_checks(snapshot, ctx)) == _dump(run_checks(_practice_site(), ctx))
    assert AHEAD_COUNTS["used"] == used


def test_a_site_cut_after_its_pages_were_cut_ahead_gets_the_same_units():
    fresh = segment(_practice_site())
    snapshot = _practice_site()
    for p in snapshot.pages:
        segment(snapshot.model_copy(update={"pages": [p], "site_blocks": []}), remember=True)
    again = segment(snapshot)
    fields = ("text", "low", "lemmas", "url", "kind", "heading", "headings", "page", "index", "block", "in_site_blocks")
    assert [[getattr(u, f) for f in fields] for u in again.units] == [[getattr(u, f) for f in fields] for u in fresh.units]
