"""No check may find anything on a page that is about none of the criteria: on a real site such
pages are the majority, and the site's verdict is the best page's."""
import pytest

from check_helpers import judge_site, page, site
from irrelevant_pages import IRRELEVANT_PAGES

CRITERIA = ("2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13")


@pytest.mark.parametrize("url,title,items", IRRELEVANT_PAGES, ids=[p[0].rsplit("/", 1)[-1] or "home" for p in IRRELEVANT_PAGES])
def test_irrelevant_page_meets_no_criterion(url, title, items):
    snap = site(page(url, *items, title=title))
    fired = {c: judge_site(c, snap).status for c in CRITERIA}
    assert {c: s for c, s in fired.items() if s != "voldoet_niet"} == {}


def test_an_irrelevant_page_does_not_lift_a_site_that_meets_nothing():
    """Forty such pages together still make no finding: fragments do not add up across pages."""
    snap = site(*[page(u, *items, title=t) for u, t, items in IRRELEVANT_PAGES])
    fired = {c: judge_site(c, snap).status for c in CRITERIA}
    assert {c: s for c, s in fired.items() if s != "voldoet_niet"} == {}
