"""Where a unit sits: money or legal passages, page topics, and evidence helpers."""
from __future__ import annotations

import re
from typing import Iterable

from checks.base import quote
from models.finding import Evidence

from checks.text.terms import terms
from checks.text.units import PageInfo, SiteText, Unit


def is_cost(unit: Unit) -> bool:
    """A passage about money or insurance (tariffs, reimbursement, no-show fees)."""
    return terms("context", "cost").search(unit)


_WAITING = re.compile(r"wacht(?:tijd|lijst)")


def is_waiting_time(unit: Unit) -> bool:
    """A passage about the waiting time or waiting list (not about the treatment itself)."""
    return bool(_WAITING.search(unit.low))


_WAITING_HEADING = re.compile(r"wacht(?:tijd|lijst)|waiting")


def in_waiting_section(unit: Unit) -> bool:
    """A unit in a section about the waiting time ("# Wachttijd" ... "Deze bedraagt max 6 weken"):
    its phases and numbers are about waiting, not about the treatment."""
    return bool(unit.headings) and bool(_WAITING_HEADING.search(unit.headings[-1]))


# Page and heading predicates are asked once per unit by every check: their answers are kept on
# the page (``PageInfo.memo``) and the unit (``Unit.match_cache``), keyed by the term set, so a
# reloaded vocabulary never reuses an old answer.


def _page_memo(page: PageInfo, key: tuple, compute) -> bool:
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = bool(compute())
    return got


def _headings_match(unit: Unit, ts, last: int | None = None) -> bool:
    """Some heading above the unit (the last ``last`` ones when given) matches ``ts``. Units of
    one section share their heading path, so the answer is kept per path."""
    heads = unit.headings if last is None else unit.headings[-last:]
    if not heads:
        return False
    key = (ts._key, heads)
    got = _HEADINGS.get(key)
    if got is None:
        if len(_HEADINGS) > 50_000:
            _HEADINGS.clear()
        got = _HEADINGS[key] = any(ts.search_text(h) for h in heads)
    return got


_HEADINGS: dict[tuple[str, tuple[str, ...]], bool] = {}


def _titled(page: PageInfo, ts) -> bool:
    return _page_memo(page, ("titled", ts._key), lambda: ts.search_text(page.path_low) or ts.search_text(page.title_low))


def page_titled(page: PageInfo, group: tuple[str, str]) -> bool:
    """The page's URL path or title matches the vocabulary group (what the page says it is)."""
    return _titled(page, terms(*group))


def is_legal_page(page: PageInfo) -> bool:
    """Privacy statement, terms and conditions, complaints procedure: by URL or title."""
    return page_titled(page, ("context", "legal"))


def is_cost_page(page: PageInfo) -> bool:
    """A tariff or reimbursement page, by URL or title."""
    return page_titled(page, ("context", "cost"))


def _page_is(page: PageInfo, group: str) -> bool:
    ts = terms("context", group)
    return _page_memo(page, ("page_is", ts._key), lambda: (
        ts.search_text(page.path_low) or ts.search_text(page.title_low) or ts.search_text(page.first_heading)))


def is_vacancy_page(page: PageInfo) -> bool:
    """A job advert ("vacature", "werken bij"): the text asks a candidate for experience
    ("je hebt ervaring met CGT en EMDR"); it never describes the practice's own care."""
    return _page_is(page, "vacancy")


def is_editorial_page(page: PageInfo) -> bool:
    """A blog post, news item or article: it writes about a subject (anxiety, EMDR in general),
    not about the practice's offer. Its passages may support a verdict, never make one alone."""
    return _page_is(page, "editorial") and not is_vacancy_page(page)


def page_kind(page: PageInfo) -> str:
    """'legal', 'vacancy', 'editorial' or '' (an ordinary page of the practice)."""
    if is_legal_page(page):
        return "legal"
    if is_vacancy_page(page):
        return "vacancy"
    if is_editorial_page(page):
        return "editorial"
    return ""


def in_boilerplate_section(unit: Unit) -> bool:
    """A unit under a vacancy heading ("Vacature", "Werken bij ons") on any page."""
    return _headings_match(unit, terms("context", "vacancy"))


def not_own_content(st: SiteText, unit: Unit) -> bool:
    """Legal and vacancy text (page or section): never the practice describing its care."""
    page = st.page_of(unit)
    return is_legal_page(page) or is_vacancy_page(page) or in_boilerplate_section(unit)


def editorial_about(page: PageInfo, ts) -> bool:
    """An editorial page whose URL path or title is itself about the topic of ``ts``."""
    return _titled(page, ts)


def in_legal_section(unit: Unit) -> bool:
    return _headings_match(unit, terms("context", "legal"))


def is_referral_letter(unit: Unit) -> bool:
    """A requirement of the referral letter ("de verwijsbrief moet vermelden: Basis GGZ")."""
    return terms("context", "referral_letter").search(unit) or any(
        "verwijsbrief" in h for h in unit.headings[-1:]
    )


def page_about(page: PageInfo, group: tuple[str, str]) -> bool:
    """The page's URL path, title or headings match the vocabulary group (e.g. a team page)."""
    ts = terms(*group)
    return _page_memo(page, ("signals", ts._key), lambda: ts.search_text(page.signals))


def evidence(units: Iterable[Unit], limit: int = 4) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for u in units:
        text = u.text
        if u.heading and u.kind in ("list_item", "table_row", "sentence") and len(text) < 60:
            text = f"{u.heading}: {text}"
        key = (u.url, text)
        if key in seen:
            continue
        seen.add(key)
        out.append(Evidence(url=u.url, quote=quote(text)))
        if len(out) >= limit:
            break
    return out


def join_dutch(items: list[str]) -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


_RECRUITING = re.compile(
    r"(?<![a-z])(?:(?:wij|we)\s+(?:zijn\s+)?(?:zoeken|op\s+zoek\s+naar)|(?:we\s+are|we're)\s+(?:looking\s+for|hiring|seeking)"
    r"|(?:je|jij|u|you)\s+(?:hebt|heeft|have)\s+(?:\w+\s+){0,2}(?:ervaring|experience)|kandida\w*|candidate\w*|sollicit\w*"
    r"|(?:who|die)\s+(?:has|have|heeft|hebben)\s+(?:\w+\s+){0,2}(?:ervaring|experience))(?![a-z])")


def is_recruiting(unit: Unit) -> bool:
    """A sentence that recruits staff ("wij zoeken een psycholoog met ervaring in ...", "we are
    looking for a psychologist who has experience with ...") on any page: what the candidate knows,
    not whom the practice treats (a vacancy that a URL or title does not announce)."""
    return bool(_RECRUITING.search(unit.low))
