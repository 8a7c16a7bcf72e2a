"""The title and general-page readings of checks/text/context.py: they share their primitives but
keep their own cuts, words and exclusions (passages written for these tests)."""
import pytest

from checks.text.context import (explains_subject, is_general_explainer, is_general_page, title_core,
                                 without_site_tail)
from checks.text.units import PageInfo, Unit


def _page(title: str, path: str = "x", *lines: tuple[str, str]) -> PageInfo:
    url = "https://praktijkvoorbeeld.example/" + path.replace(" ", "-")
    units = [Unit(text=t, low=t.lower(), lemmas="", url=url, kind=k, heading="", headings=(), page=0,
                  index=i, block=i) for i, (k, t) in enumerate(lines)]
    return PageInfo(url=url, title=title, kind="html", path_low=path, title_low=title.lower(), units=units)


@pytest.mark.parametrize("title,core,tail_cut", [
    ("Wat is EMDR? | Praktijk Voorbeeld", "wat is emdr?", "wat is emdr?"),
    ("EMDR - Kennisbank | Praktijk Voorbeeld", "emdr", "emdr - kennisbank"),
    ("Werkwijze \u00b7 Praktijk Voorbeeld", "werkwijze", "werkwijze \u00b7 praktijk voorbeeld"),
    ("Werkwijze", "werkwijze", "werkwijze"),
])
def test_title_core_keeps_the_first_part_without_site_tail_drops_the_last(title, core, tail_cut):
    page = _page(title)
    assert title_core(page) == core
    assert without_site_tail(page.title_low) == tail_cut


def test_a_question_title_with_the_site_name_after_it():
    page = _page("Wat is EMDR? | Praktijk Voorbeeld")
    assert not is_general_explainer(page)  # the whole title is read
    assert is_general_page(page) and not is_general_page(_page(page.title), questions=False)
    assert explains_subject(page)


def test_the_word_lists_differ():
    assert explains_subject(_page("EMDR uitgelegd"))
    assert not is_general_page(_page("EMDR uitgelegd"))
    assert is_general_page(_page("Publicaties"), questions=False)
    assert not explains_subject(_page("Publicaties"))


def test_the_own_offer_is_no_explainer_for_explains_subject_only():
    page = _page("EMDR", "behandelaanbod emdr", ("heading", "Wat is EMDR?"), ("sentence", "EMDR is een therapie."))
    assert is_general_explainer(page)
    assert not explains_subject(page)
