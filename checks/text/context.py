"""Where a unit sits: money or legal passages, page topics, and evidence helpers."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Iterable
from urllib.parse import unquote, urlsplit

from checks.base import quote
from models.finding import Evidence

from checks.text.terms import terms
from checks.text.normalize import fold
from checks.text.patterns import QuickRegex
from checks.text.cookies import is_cookie_notice  # noqa: F401 (asked by the checks too)
from checks.text.menus import NAV_SEPARATOR, is_menu_text
from checks.text.units import PageInfo, SiteText, Unit


def is_cost(unit: Unit) -> bool:
    """A passage about money or insurance (tariffs, reimbursement, no-show fees)."""
    return terms("context", "cost").search(unit)  # (search answers from the unit's match cache)


# (also the time until or between the first steps, as a waiting-time table puts it: "Time between first appointment and
# the start of regular sessions: 2 weeks", "tijd tot het eerste gesprek: 5 weken")
_WAITING = re.compile(r"wacht(?:tijd|lijst)|waiting\s*(?:time|list|period)|wait\s*list|waitlist|"
                      r"(?<![a-z])(?:time|tijd)\s+(?:until|till|to|between|from|tot|tussen|vanaf)\s+(?:\w+\s+){0,6}"
                      r"(?:first|eerste|start|intake|aanmelding|registration|referral|verwijzing)|"
                      # how soon one can start ("u kunt doorgaans binnen drie weken terecht voor een intake", "you can usually
                      # start within a week"); not a step after another ("binnen twee weken na de intake starten we ...")
                      r"(?<![a-z])(?:kun|kunt|kan|can)\s+(?:je|u|jij|you)\s+(?:\w+\s+){0,3}?(?:binnen|within)\s+(?:\w+\s+){0,2}"
                      r"(?:dagen|weken|week|maand|maanden|days|weeks?|months?)\s+(?!na\s|after\s)(?:\w+\s+){0,3}?"
                      r"(?:starten|beginnen|terecht|start|begin|een\s+intake|intake|an\s+intake|a\s+first\s+appointment)(?![a-z])|"
                      r"(?<![a-z])(?:binnen|within)\s+(?:\w+\s+){0,2}(?:dagen|weken|week|maand|maanden|days|weeks?|months?)\s+"
                      r"(?:kun|kunt|kan|can)\s+(?:je|u|jij|you)\s+(?:\w+\s+){0,3}?(?:starten|beginnen|terecht|start|begin)(?![a-z])|"
                      # the span from one first step to the next, with its length ("Van aanmelding tot intake: 4 weken", "from
                      # intake to the start of treatment: 2 weeks", in a table "Basis GGZ: aanmelding tot intake 3 weken"); not a
                      # treatment's length ("van intake tot afsluiting ...")
                      r"(?:(?<![a-z])(?:van|from|tussen|between)\s+|(?:^|[:|]\s*))(?:de\s+|the\s+)?(?:aanmelding|intake|registration|referral|verwijzing)\s+"
                      r"(?:tot|en|to|and|until)\s+(?:de\s+|het\s+|the\s+)?(?:start\s+(?:van\s+(?:de\s+)?|of\s+(?:the\s+)?)?)?"
                      r"(?:intake|intakegesprek|behandeling|treatment|therapy|eerste\s+gesprek|first\s+(?:session|appointment))"
                      r"\W{0,3}\s*(?:[a-z]+\s+){0,2}?\d+(?:\s*(?:-|tot|to)\s*\d+)?\s*(?:dagen|weken|week|maanden|maand|days|weeks?|months?)(?![a-z])")


def is_waiting_time(unit: Unit) -> bool:
    """A passage about the waiting time or waiting list (not about the treatment itself)."""
    return bool(_WAITING.search(unit.low))


# "geen wachtlijst", "zonder lange wachtlijsten", "no waiting list": the practice says there is no wait
_NO_WAITING = re.compile(r"(?<![a-z])(?:geen|zonder|without|no)\s+(?:[\w-]+\s+){0,2}?(?:wacht(?:lijst|tijd)\w*|waiting\s?(?:lists?|times?|period)|waitlists?)")


def says_no_waiting(unit: Unit) -> bool:
    """The passage names the wait only to say there is none ("ik hanteer geen wachtlijst", "kortdurende behandeling,
    dichtbij huis en zonder lange wachtlijsten"): it is not about waiting."""
    return bool(_NO_WAITING.search(unit.low))


# (also the verb: "Hoe lang moet je wachten?", "How long will I wait?")
# (not "Wat kunt u verwachten?")
_WAITING_HEADING = re.compile(r"wacht(?:tijd|lijst)|(?<![a-z])wachten(?![a-z])|waiting|(?<![a-z])wait(?![a-z])")


def in_waiting_section(unit: Unit) -> bool:
    """A unit in a section about the waiting time ("# Wachttijd" ... "Deze bedraagt max 6 weken"):
    its phases and numbers are about waiting, not about the treatment. A heading that names the wait only to say there is
    none ("Psychologische hulp, online en zonder wachtlijst") heads no such section."""
    return bool(unit.headings) and bool(_WAITING_HEADING.search(unit.headings[-1])) and not _NO_WAITING.search(unit.headings[-1])


# a page about the waiting times, by its address or title ("/wachttijden/", "Wachttijd | Praktijk X", "Waiting list")
_WAITING_PAGE = re.compile(r"wacht(?:tijd|lijst)|waiting|wait\s*list")


def is_waiting_page(page: PageInfo) -> bool:
    """The page's address or title says it is about the waiting times (``_WAITING_PAGE``). (Kept per page: asked of
    every unit.)"""
    return _page_memo(page, ("waiting_page",), lambda: bool(_WAITING_PAGE.search(page.path_low) or _WAITING_PAGE.search(page.title_low)))


# Page and heading predicates are asked once per unit by every check: their answers are kept on
# the page (``PageInfo.memo``) and the unit (``Unit.match_cache``), keyed by the term set, so a
# reloaded vocabulary never reuses an old answer.


def _page_memo(page: PageInfo, key: tuple, compute) -> bool:
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = bool(compute())
    return got


def some_sentence(page: PageInfo, pattern: re.Pattern) -> bool:
    """Some unit of the page other than a heading matches ``pattern`` (on its folded text). (Kept per page and pattern.)"""
    return _page_memo(page, ("some_sentence", pattern.pattern), lambda: any(
        pattern.search(u.low) for u in page.units if u.kind not in ("heading", "title")))


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


# answers per heading path: (term set key, headings) for ``_headings_match``, ("cost_section",
# (heading,)) for ``in_cost_section``
_HEADINGS: dict[tuple[str, tuple[str, ...]], bool] = {}


# (the page predicates below are asked for every unit of a page by every check: they read the
# memo themselves instead of going through ``_page_memo`` with a closure)


@lru_cache(maxsize=4096)
def _named_by(text: str) -> str:
    """``text`` (the page's title or first heading) as a name of the page: "" when it is a cookie banner that the
    extractor took for it ("Wij en onze partners plaatsen cookies voor statistiek" names no partners page). (Asked for
    every vocabulary group of every page: kept per text.)"""
    return "" if text and is_cookie_notice(text) else text


def _titled(page: PageInfo, ts) -> bool:
    key = ("titled", ts._key)
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = bool(ts.search_text(page.path_low) or ts.search_text(_named_by(page.title_low)))
    return got


def page_titled(page: PageInfo, group: tuple[str, str]) -> bool:
    """The page's URL path or title matches the vocabulary group (what the page says it is)."""
    return _titled(page, terms(*group))


_COOKIE_WORD = re.compile(r"\S*cookie\S*")


def is_legal_page(page: PageInfo) -> bool:
    """Privacy statement, terms and conditions, complaints procedure: by URL or title (not a cookie banner that a crawler
    took for the title: "Deze website gebruikt cookies ... Accepteren" over a home page is no legal page, as ``_titled``
    reads no such title; nor a title that only cookies make legal over an address that names another subject: "Cookies op
    deze site" over "/behandelingen/" is the banner, not the page's name)."""
    legal = terms("context", "legal")
    if not _titled(page, legal):
        return False
    if legal.search_text(page.path_low):
        return True
    if not page.path_low.strip():
        return True  # the home page: its title is all there is to name it
    return legal.search_text(_COOKIE_WORD.sub(" ", page.title_low))


def is_cost_page(page: PageInfo) -> bool:
    """A tariff or reimbursement page, by URL or title."""
    return _titled(page, terms("context", "cost"))


def _page_is(page: PageInfo, group: str) -> bool:
    ts = terms("context", group)
    key = ("page_is", ts._key)
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = bool(ts.search_text(page.path_low) or ts.search_text(_named_by(page.title_low))
                                    or ts.search_text(_named_by(page.first_heading)))
    return got


# the opening of a job advert that its URL, title or first heading does not announce ("Wij zijn op zoek naar een
# GZ-psycholoog voor 24 uur per week", "We are looking for a psychologist to join our team")
_SEEKS_COLLEAGUE = re.compile(
    r"(?<![a-z])(?:(?:wij|we)\s+(?:zijn\s+)?(?:zoeken|op\s+zoek\s+naar)|(?:we\s+are|we're)\s+(?:looking\s+for|hiring|seeking))\s+"
    r"(?:(?:een|twee|drie|a|an|two|nieuwe|new|enthousiaste|ervaren|enthusiastic|experienced)\s+)*"
    r"(?:[\w-]+\s+)?(?:[\w-]*(?:psycholo\w*|therapeut\w*|therapist\w*|behandelaar\w*|collega\w*|colleague\w*|orthopedago\w*|"
    r"psychiater\w*|psychiatrist\w*|medewerker\w*|secretaresse\w*|stagiair\w*|praktijkondersteuner\w*|counsel+or\w*|"
    r"verpleegkundige\w*|team\s?lid|teamleden))(?![a-z])")


def is_vacancy_page(page: PageInfo) -> bool:
    """A job advert ("vacature", "werken bij"): the text asks a candidate for experience
    ("je hebt ervaring met CGT en EMDR"); it never describes the practice's own care. Also a page
    that opens by seeking a colleague ("Wij zijn op zoek naar een GZ-psycholoog ...") in its first
    two sentences."""
    if _page_is(page, "vacancy"):
        return True
    return _page_memo(page, ("seeks_colleague",), lambda: any(
        _seeks_colleague(u.low) for u in [v for v in page.units if v.kind not in ("heading", "title")][:2]))


# ... not a practitioner matched to the client ("wij zoeken een passende behandelaar voor u", "we look for a
# therapist who suits you")
_FOR_THE_CLIENT = re.compile(r"(?<![a-z])(?:passende|geschikte|juiste|suitable|right)\s|(?<![a-z])(?:voor|bij|met|for|with)\s+(?:u|uw|je|jou|jouw|you|your)(?![a-z])"
                             r"|(?<![a-z])(?:past|suits?|fits?)(?![a-z])")


def _seeks_colleague(low: str) -> bool:
    m = _SEEKS_COLLEAGUE.search(low)
    return m is not None and not _FOR_THE_CLIENT.search(low, m.start())


_COURSE_PAGE = re.compile(r"\w*(?:cursus|course|workshop|lezing|lecture|webinar|supervis|leertherap|intervisie|intervision|nascholing|"
                          r"opleiding|lotgenot|ouderavond|informatieavond|voorlichtingsavond|themaavond|thema-avond)\w*|\b(?:wetenschappelijk\w*\s+onderzoek|meedoen\s+aan\s+(?:\w+\s+)?onderzoek|research|study|trial|"
                          r"(?:support|peer|self[- ]help)[- ]groups?|(?:steun|praat|zelfhulp)groep\w*|(?:parents?'?|information)\s+evenings?)\b")


def is_course_page(page: PageInfo) -> bool:
    """A page about a course, a workshop, a lecture, an evening for parents ("Ouderavonden"), supervision or training of
    colleagues, a study, or a peer or support group ("lotgenotengroep", "support group for partners abroad"), by its address,
    title or first heading ("Cursus opvoeden in de pubertijd", "/opleiding/supervisie-en-intervisie/"): its sign-up,
    meetings, admission rules and "not suitable for" are the course's, not the practice's care. Not a course that the top
    of the page (its first seven units below the title) says is part of the treatment ("Een groepscursus als onderdeel van je
    behandeling", "part of our treatment offer"): its who-for and not-for are the care's."""
    def compute() -> bool:
        if not (_COURSE_PAGE.search(page.title_low) or _COURSE_PAGE.search(page.path_low) or _COURSE_PAGE.search(page.first_heading)):
            return False
        top = islice((u.low for u in page.units if u.kind != "title"), 7)
        return not any(_PART_OF_TREATMENT.search(t) for t in top)
    return _page_memo(page, ("course_page",), compute)


# the offer said not to be treatment ("Dit is een training en geen therapie", "This course is not therapy", "de training
# vervangt geen therapie", "this group is no substitute for therapy")
_SAID_NO_TREATMENT = re.compile(
    r"(?<![a-z])(?:dit|het|this|it|(?:deze|onze|de|this|our|the)\s+[\w-]+)\s+(?:is|'s)\s+(?:(?:een|a|an)\s+[\w-]+,?\s+)?(?:en\s+|and\s+)?"
    r"(?:geen\s+|not\s+(?:a\s+|an\s+)?|no\s+)(?:behandeling|therapie|treatment|therapy|psychotherap\w*)(?![a-z])"
    r"|(?<![a-z])(?:vervangt\s+geen|(?:does\s+not|doesn't)\s+replace|(?:is\s+)?geen\s+vervanging\s+(?:van|voor)|(?:is\s+)?(?:no|not\s+a)\s+substitute\s+for)"
    r"\s+(?:\w+\s+)?(?:behandeling|therapie|treatment|therapy|psychotherap\w*)(?![a-z])")


_COURSE_WORD = re.compile(r"cursus|training|workshop|course|groep|group")


def course_not_treatment(page: PageInfo) -> bool:
    """A course that its page says is not treatment: a course page (``is_course_page``) that says so ("Let wel: dit is een
    training en geen therapie", "This course is not therapy"), or a page that says so of its training or group ("onze
    groep is geen behandeling"). The method it teaches (mindfulness) is no method the practice offers as
    care, and its sign-up and meetings are no treatment route."""
    def compute() -> bool:
        for u in page.units:
            m = _SAID_NO_TREATMENT.search(u.low) if u.kind != "title" else None
            if m is not None and (is_course_page(page) or _COURSE_WORD.search(u.low, max(0, m.start() - 30), m.end())):
                return True
        return False
    return _page_memo(page, ("course_not_treatment",), compute)


# a course said to be part of the practice's treatment ("onderdeel van je behandeling", "hoort bij ons behandelaanbod",
# "as part of your treatment", "part of our treatment offer")
_PART_OF_TREATMENT = re.compile(r"(?<![a-z])(?:onderdeel\s+van\s+(?:je|jouw|uw|de|onze|ons)\s+(?:\w+\s+)?(?:behandeling|behandelaanbod|zorgaanbod|aanbod)|"
                                r"part\s+of\s+(?:your|our|the)\s+(?:\w+\s+)?(?:treatment|therapy|care))(?![a-z])")


def is_editorial_page(page: PageInfo) -> bool:
    """A blog post, news item or article: it writes about a subject (anxiety, EMDR in general),
    not about the practice's offer; also a page of search results (snippets of other pages, each read on its
    own page). Its passages may support a verdict, never make one alone. Not a news item whose title or first heading
    announces the practice's own new offer ("Nieuw in ons aanbod: ...", "Wij starten met een groep voor ouders"): that
    says what the practice itself does (LABELING v2)."""
    return (_page_is(page, "editorial") or _search_results(page) or _timeline(page)) and not is_vacancy_page(page) \
        and not _announces_offer(page)


# a line of a timeline: a year, a span of years or a decade, then a dash and what happened ("1987 - Francine Shapiro
# beschrijft ...", "Jaren zestig - Albert Ellis ...", "Early 2000s - Internet therapy.", "Rond 2000 - ...")
_TIMELINE_LINE = re.compile(r"^\W*(?:(?:rond|omstreeks|circa|begin|eind|early|late|around|mid)\s+)?"
                            r"(?:(?P<y>(?:1[89]|20)\d\d)(?:s|'s)?(?:\s*[-\u2013]\s*(?:1[89]|20)\d\d)?|jaren\s+(?:'?\d0|[a-z]+tig)|the\s+\d0s)"
                            r"\s+[-\u2013\u2014]\s+\w")


def _timeline(page: PageInfo) -> bool:
    """The page is a timeline: three lines or more open with a year or a decade and a dash, spanning twenty years or
    more (a history of therapy told by its milestones, not a table of a few recent years' grades or waiting times)."""
    def compute() -> bool:
        years, lines = [], 0
        for u in page.units:
            m = _TIMELINE_LINE.match(u.low)
            if m:
                lines += 1
                if m.group("y"):
                    years.append(int(m.group("y")))
        return lines >= 3 and len(years) >= 2 and max(years) - min(years) >= 20
    return _page_memo(page, ("timeline",), compute)


# a title or first heading that announces the practice's own new care ("Nieuw in ons aanbod: ...", "Nieuw bij Praktijk X:
# ...", "Vanaf maart bieden wij ook ...", "Wij starten met een groep", "New at our practice: ...", "We now offer ...")
_ANNOUNCES_OFFER = re.compile(r"(?<![a-z])(?:nieuw\s+in\s+(?:ons|het|mijn)\s+(?:behandel)?aanbod|nieuw\s+bij\s+(?:ons|onze|mijn)|"
                              r"(?:wij|we|ik)\s+(?:bieden|bied|starten|start|beginnen|begin)\s+(?:\w+\s+){0,3}?(?:ook|met|nu)|"
                              r"new\s+(?:at|in)\s+our\s+(?:practice|offer|services)|(?:we|i)\s+now\s+offer)(?![a-z])")


def _announces_offer(page: PageInfo) -> bool:
    return _page_memo(page, ("announces_offer",), lambda: bool(
        _ANNOUNCES_OFFER.search(page.title_low) or _ANNOUNCES_OFFER.search(page.first_heading)))


# a site search: "/?s=emdr", "/zoeken?q=angst", "/search/trauma"
_SEARCH_QUERY = re.compile(r"(?:^|&)(?:s|q|query|search|zoek|zoekterm)=")
_SEARCH_PATH = re.compile(r"/(?:search|zoeken|zoekresultaten)(?:/|$)")


def _search_results(page: PageInfo) -> bool:
    def compute() -> bool:
        parts = urlsplit(page.url)
        return bool(_SEARCH_QUERY.search(parts.query) or _SEARCH_PATH.search(parts.path.lower()))
    return _page_memo(page, ("search_results",), compute)  # (asked for every unit: parse the address once per page)


def page_kind(page: PageInfo) -> str:
    """'legal', 'vacancy', 'editorial' or '' (an ordinary page of the practice). A cookie banner
    taken for the page's title does not make it a legal page."""
    if is_legal_page(page):
        return "legal"
    if is_vacancy_page(page):
        return "vacancy"
    if is_editorial_page(page):
        return "editorial"
    return ""


def in_boilerplate_section(unit: Unit) -> bool:
    """A unit under a vacancy heading ("Vacature", "Werken bij ons") on any page."""
    return bool(unit.headings) and _headings_match(unit, terms("context", "vacancy"))


def not_own_content(st: SiteText, unit: Unit) -> bool:
    """Legal and vacancy text (page or section): never the practice describing its care."""
    page = st.pages[unit.page]
    return is_legal_page(page) or is_vacancy_page(page) or in_boilerplate_section(unit)


def editorial_about(page: PageInfo, ts) -> bool:
    """An editorial page whose URL path or title is itself about the topic of ``ts``."""
    return _titled(page, ts)


# a line that points to a legal text ("Lees meer in onze cookieverklaring", "Read our privacy policy"): a
# banner's link, not the name of the page
_POINTS_TO = re.compile(r"^\W*(?:lees|read|bekijk|zie|see|view|meer\s+info\w*|more\s+info\w*)(?![a-z])")


def is_legal_by_first_heading(page: PageInfo) -> bool:
    """The page's first heading or short line other than its title names a legal text ("Privacy Policy",
    "Algemene voorwaarden") where the title does not (an extractor took a line such as "top of page" for it)."""
    def compute() -> bool:
        units = page.units
        # (not the site's menu written in one line: "Home  Aanmelden  Nieuws  Privacy" names pages, its last one too)
        cands = list(islice((i for i, u in enumerate(units) if u.kind not in ("title", "list_item", "table_row")
                             and u.low != page.title_low and not is_menu_line(u)), 2))
        if len(cands) > 1 and cands[0] + 1 < len(units) and is_cookie_notice(units[cands[0] + 1].text):
            cands = cands[1:]  # a cookie banner's opening line is no heading: "Uw privacy telt." + "Wij gebruiken cookies ..."
        head = units[cands[0]].low if cands else ""
        if len(head.split()) > 6 or _POINTS_TO.match(head):
            return False
        return bool(head) and terms("context", "legal").search_text(head) and not is_cookie_notice(head)
    return _page_memo(page, ("legal_first_heading",), compute)


def _cookie_words(h: str) -> bool:
    """Every word of ``h`` is a cookie word (``_COOKIE_WORD``)."""
    return not _COOKIE_WORD.sub(" ", h).strip()


def _banner_top(heads: tuple, i: int) -> bool:
    """The page's top heading (as title and as heading) made of cookie words only ("Cookies", "Cookiemelding"): the
    banner's heading."""
    return all(_cookie_words(h) for h in heads[:i + 1])


def in_legal_section(unit: Unit) -> bool:
    """Under a heading of privacy, terms or complaints (not a cookie banner a crawler took for a heading, nor a heading
    legal only by its cookie words: "Stroomzorg GGZ gebruikt cookies" over a page is its banner; the care text a
    crawler keeps under it is the page's own, and a cookie policy's own text names no care)."""
    ts = terms("context", "legal")
    heads = unit.headings
    return (bool(heads) and _headings_match(unit, ts)
            and any(ts.search_text(h) and not is_cookie_notice(h) and not _banner_top(heads, i) and _legal_without_cookies(h, ts)
                    for i, h in enumerate(heads)))


def _legal_without_cookies(h: str, ts) -> bool:
    return "cookie" not in h or ts.search_text(_COOKIE_WORD.sub(" ", h))


def is_referral_letter(unit: Unit) -> bool:
    """A requirement of the referral letter ("de verwijsbrief moet vermelden: Basis GGZ")."""
    return terms("context", "referral_letter").search(unit) or (
        bool(unit.headings) and "verwijsbrief" in unit.headings[-1])


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


# ----------------------------------------------------------------------------- the practice's own name

# generic words in provider domains ("psychologenpraktijk-perspectief.nl"): the rest names the practice
_GENERIC_DOMAIN_WORDS = sorted((
    "psychologenpraktijk", "psychologiepraktijk", "psychotherapiepraktijk", "therapiepraktijk", "praktijkvoor",
    "praktijk", "psychologen", "psychologie", "psycholoog", "psychology", "psychologist", "psychotherapie",
    "psychotherapeut", "therapie", "therapy", "therapeut", "ggz", "centrum", "center", "centre", "www",
    # youth care and counselling ("stroomopjeugd.nl" -> "stroomop", "kindpraktijk-debolder.nl" -> "debolder")
    "jeugdzorg", "jeugd", "kindpraktijk", "kinderpraktijk", "counselling", "counseling",
    # an organisation's form ("ggz-noorderlicht-groep.nl" -> "noorderlicht", "stichting-debrug.nl" -> "debrug")
    "groep", "stichting",
), key=len, reverse=True)
# a capitalised run of words, with the small words that occur inside practice names
_CAPS_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w'-]*|[a-z][A-Z][\w'-]*)(?:\s+(?:(?:en|van|de|der|den|het|voor|&|op|aan|in)\s+)*"
                       r"(?:[A-Z][\w'-]*|[a-z][A-Z][\w'-]*))*")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


@lru_cache(maxsize=4096)
def domain_core(url: str) -> str:
    """The distinctive part of the site's domain name ("psychologenpraktijkperspectief.nl" ->
    "perspectief", "ggzdrenthe.nl" -> "drenthe"), or "" when nothing distinctive is left (also for a
    host that is an IP address: it names nothing)."""
    host = (urlsplit(url).hostname or "").lower()
    labels = [x for x in host.split(".") if x and x != "www"]
    if len(labels) < 2 or all(x.isdigit() for x in labels):
        return ""
    # a hyphenated part of digits with at most two letters ("praktijkjansen-2", "...-b5") names nothing
    parts = [x for x in labels[0].split("-") if not (re.search(r"\d", x) and len(_letters(x)) < 3)]
    return _core_of("-".join(parts) if parts else labels[0])


def _core_of(name: str) -> str:
    """The distinctive letters of a practice name or domain label, without the generic words."""
    full = core = _letters(name)
    for word in _GENERIC_DOMAIN_WORDS:
        core = core.replace(word, "")
    if len(core) >= 4:
        return core
    # little left ("therapynow" -> "now"): the whole name, when it is more than generic words
    return full if core and len(full) >= 6 else ""


# ----------------------------------------------------------------------------- the practice's name read from its page

# ----- the site's name in a page title ("Over mij | Praktijk Jansen", "Wat is EMDR? - Praktijk X")
# One set of marks, read three ways (each kept exactly as its callers were tuned; see LABELING v2):
# - ``_TITLE_SEP`` (``page_name_cores``): every part of the original-case title, split at the base
#   marks and also at "·", "•", "»" and a spaced ":" and at unspaced "|", "·", "•", "»"; the site's
#   name is looked for in any part, so the widest split.
# - ``_TITLE_SEPARATOR`` (``title_core``): the part before the FIRST spaced base mark, "·" or "•":
#   the page's own name ("wat is emdr? | praktijk x" -> "wat is emdr?").
# - ``_TITLE_TAIL`` (``without_site_tail``): only the last part cut off, at the first spaced base
#   mark after which no "|", en or em dash follows ("emdr - kennisbank | praktijk x" -> "emdr -
#   kennisbank"): keeps a section word ("kennisbank") that ``title_core`` would drop.
_TITLE_MARKS = "|\\-\u2013\u2014"  # the base marks: | - – —
_TITLE_SEP = re.compile(rf"\s+[{_TITLE_MARKS}\u00b7\u2022\u00bb:]\s+|\s*[|\u00b7\u2022\u00bb]\s*")
_TITLE_SEPARATOR = re.compile(rf"\s+[{_TITLE_MARKS}\u00b7\u2022]\s+")
_TITLE_TAIL = re.compile(rf"\s+[{_TITLE_MARKS}]\s+[^|\u2013\u2014]*$")


def title_core(page: PageInfo) -> str:
    """The folded page title without the site's name after a separator ("wat is emdr? | praktijk x"
    -> "wat is emdr?"): the part before the first separator (``_TITLE_SEPARATOR``)."""
    got = page.memo.get("title_core")
    if got is None:
        parts = _TITLE_SEPARATOR.split(page.title_low)
        got = page.memo["title_core"] = (parts[0] if len(parts) > 1 and parts[0].strip() else page.title_low).strip()
    return got


def without_site_tail(text: str) -> str:
    """A title or heading with only its last part after a separator cut off (``_TITLE_TAIL``):
    "wat is psychotherapie? | praktijk x" -> "wat is psychotherapie?", "emdr - kennisbank | praktijk x"
    -> "emdr - kennisbank" (where ``title_core`` gives "emdr")."""
    return _TITLE_TAIL.sub("", text.strip())

# a copyright line: "© 2025 Praktijk Jansen", "Copyright 2019-2024 De Linde | Privacy"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,:-]?\s*"
                        r"(?P<name>[^|·•,.;\n]{3,60}?)\s*(?:[|·•,;]|\.\s|\s[-–]\s|alle rechten|all rights|$)", re.I)
# a word that makes a capitalised run a practice name ("Psychologiepraktijk De Linde", "GGZ Noord")
_PRACTICE_WORD = re.compile(r"praktijk|psycholog|therap|ggz|centrum|center|centre|practice|psychiatr|coaching", re.I)
# the names of pages and sections, not of a practice ("Home", "Over mij", "Contact")
_PAGE_WORDS = re.compile(r"^(?:home|welkom|welcome|contact|over\b.*|about\b.*|team|ons team|our team|blog|nieuws|news|"
                         r"tarieven|kosten|fees|werkwijze|aanmelden|faq|veelgestelde vragen|privacy.*|disclaimer|"
                         r"algemene voorwaarden|klachten.*|vacatures?|links|behandeling(?:en)?|aanbod|praktijkinformatie|"
                         r"praktische informatie|wie ben ik|wie zijn wij|mijn praktijk|de praktijk|onze praktijk)$", re.I)
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|info|nu|online|praktijk)$", re.I)


def _name_candidate_core(text: str, practice_word: bool) -> str:
    """The core of a title part, heading or copyright holder that names the practice: a domain
    name ("praktijkjansen.nl"), or a capitalised run of at most six words (with a practice word when
    ``practice_word``), not the name of a page ("Over mij", "Contact")."""
    text = text.strip(" -–—|:·•»©")
    if not text or _PAGE_WORDS.match(text.lower()):
        return ""
    if _DOMAIN_NAME.match(text):
        return domain_core("http://" + text.lower())
    m = _CAPS_RUN.fullmatch(text)
    if not m or len(text.split()) > 6 or (practice_word and not _PRACTICE_WORD.search(text)):
        return ""
    return _core_of(text)


def page_name_cores(page: PageInfo) -> tuple[str, ...]:
    """The practice's name as its own page gives it (a pure function of the page: its title and
    its own units): the site name after a title's separator ("Over mij | Praktijk Jansen"), a title
    or first heading that is a practice name ("Psychologiepraktijk De Linde"), the holder of a
    copyright line ("© 2025 Praktijk Jansen"). For a site whose host names nothing (an IP address)."""
    got = page.memo.get("name_cores")
    if got is not None:
        return got
    cores: list[str] = []
    title = page.title.strip()
    if title and not is_cookie_notice(title):
        parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
        if len(parts) > 1:
            # the site's name is the part after the page's own name (or before it: "Praktijk X - Home")
            cores += [_name_candidate_core(p, practice_word=(i == 0)) for i, p in enumerate(parts)]
        else:
            cores.append(_name_candidate_core(title, practice_word=True))
    heading = next((u.text for u in page.units if u.kind == "heading"), "")
    if heading:
        cores.append(_name_candidate_core(heading, practice_word=True))
    for u in ([_TitleLine(title)] if title else []) + page.units:
        if ("©" in u.text or "opyright" in u.text or "(c)" in u.low) and len(u.text) <= 200:
            m = _COPYRIGHT.search(u.text)
            if m:
                cores.append(_name_candidate_core(m.group("name"), practice_word=False))
    got = page.memo["name_cores"] = tuple(dict.fromkeys(c for c in cores if c))
    return got


class _TitleLine:
    """A page title read like a unit (for the copyright test)."""

    def __init__(self, text: str):
        self.text, self.low = text, text.lower()


def own_name_spans(text: str, url: str, page: PageInfo | None = None) -> list[tuple[int, int]]:
    """Where the practice names itself in ``text``: a capitalised run of words that carries the
    distinctive part of the site's own domain ("bij Perspectief", "de psychiaters van Vrij en
    Gevestigd" on vrijengevestigd.nl), allowing a letter's slip. Another organisation's name
    ("GGZ Oost" on perspectief.nl) does not match. When the host names nothing (an IP address)
    and ``page`` is given, the name the page gives itself (``page_name_cores``) is used instead."""
    core = domain_core(url)
    cores = (core,) if core else (page_name_cores(page) if page is not None else ())
    if not cores:
        return []
    out = []
    for m in _CAPS_RUN.finditer(text):
        # "Bij GGZ Drenthe" at the start of a sentence names "GGZ Drenthe", but "De Waard" keeps its
        # article: of the run and its tails after leading small words, the shortest that still matches
        run = m.group(0)
        starts = [m.start()] + [m.start() + w.end() for w in re.finditer(r"\S+\s+", run)
                                if _LEADING_SMALL_WORDS.fullmatch(run[:w.end()])]
        matching = [st for st in starts if any(_names_core(_letters(text[st:m.end()]), c) for c in cores)]
        if matching:
            out.append((matching[-1], m.end()))
    return out


def _names_core(cand: str, core: str) -> bool:
    from difflib import SequenceMatcher
    return len(cand) >= 4 and (core in cand or (len(cand) >= 6 and SequenceMatcher(None, core, cand).ratio() >= 0.88))


_LEADING_SMALL_WORDS = re.compile(r"^(?:(?:Bij|In|Van|De|Het|Een|Binnen|Within|Voor|Door|Met|Op|Welkom|Wij|We|At|The|Of|With|"
                                  r"Welcome|Our|Onze|Ons)\s+)+")

_RECRUITING = QuickRegex(
    r"(?<![a-z])(?:(?:wij|we)\s+(?:zijn\s+)?(?:zoeken|op\s+zoek\s+naar)|(?:we\s+are|we're)\s+(?:looking\s+for|hiring|seeking)"
    r"|(?:je|jij|u|you)\s+(?:hebt|heeft|have)\s+(?:\w+\s+){0,2}(?:ervaring|experience)|kandida\w*|(?<!phd\s)(?<!phd-)(?<!doctoral\s)candidate\w*|sollicit\w*"
    r"|(?:who|die)\s+(?:has|have|heeft|hebben)\s+(?:\w+\s+){0,2}(?:ervaring|experience))(?![a-z])")


def is_recruiting(unit: Unit) -> bool:
    """A sentence that recruits staff ("wij zoeken een psycholoog met ervaring in ...", "we are
    looking for a psychologist who has experience with ...") on any page: what the candidate knows,
    not whom the practice treats (a vacancy that a URL or title does not announce). "PhD candidates" are a client
    group of a student practice, no applicants."""
    return bool(_RECRUITING.search(unit.low))


# ----------------------------------------------------------------------------- whose voice: the practice's, or a general text

_OWN_VOICE = re.compile(r"(?<![a-z])(?:wij|we|ons|onze|ik|mij|mijn|our|us|my)(?![a-z])")
# "dan spreken we van", "we kennen het allemaal": the general 'we' of an explainer, not the practice
# ... nor the 'our' of human faculties ("our working memory", "ons brein", "onze hersenen"): people in general
_GENERIC_WE = re.compile(r"(?<![a-z])(?:(?:spreken|noemen|weten|zien|kennen|zeggen|bedoelen|verstaan) we"
                         r"|we (?:spreken|noemen|weten|kennen|zeggen|bedoelen|verstaan)|we (?:\w+ )?allemaal"
                         r"|(?:ons|onze|our) (?:eigen |own )?(?:werkgeheugen|geheugen|brein|hersenen|lichaam|lijf|zenuwstelsel|"
                         r"working memory|memory|memories|brains?|bod(?:y|ies)|nervous system|minds?)"
                         r"|(?:we|wij) (?:mensen|humans)|(?:each|all|most|many|some) of us|ieder(?:een)? van ons|de meesten van ons)(?![a-z])")
_FIRST_PERSON_I = re.compile(r"(?<![\w'’])I(?![\w'’])")


def speaks_as_practice(unit: Unit) -> bool:
    """The unit speaks as the practice: in the first person (wij, onze, ik, mijn; we, our, I), not
    the general 'we' of an explainer ("dan spreken we van"), or in the practice's own name."""
    if _OWN_VOICE.search(_GENERIC_WE.sub(" ", unit.low)) or _FIRST_PERSON_I.search(unit.text):
        return True
    return bool(own_name_spans(unit.text, unit.url))


def is_for_professionals(page: PageInfo) -> bool:
    """A page for other professionals (a course, accredited training, supervision), by URL path,
    title or first heading: what it teaches colleagues is not the practice's care for its clients."""
    return _page_is(page, "professional")


def addresses_others(page: PageInfo) -> bool:
    """A page addressed to people other than the practice's clients (the press, employers, schools,
    staff, volunteers, colleagues renting a room, buyers in a web shop, therapists buying a platform),
    by URL path, title or first heading: its phone numbers are for an interview or an order, its methods
    and modules what is sold or taught to that audience, not the clients' care."""
    return _page_is(page, "other_audience")


_NO_OFFER_KINDS = ("vision_page", "history_page", "annual_report_page", "trivia_page", "credentials_page")


def presents_no_offer(page: PageInfo, vision: bool = True) -> bool:
    """A page whose kind (URL path, title or first heading) says it is about something other than the
    care the practice offers: its vision or values, the history of a method, a quiz or trivia, a
    practitioner's CV or qualifications (context vocabulary ``vision_page`` ...), clients' experiences
    (``on_experiences_page``, which also reads a subtitle).
    ``vision=False`` leaves vision pages out: "Onze visie op behandelen: kort als het kan" may well tell
    the character of the practice's own care (2b-10)."""
    return any(_page_is(page, kind) for kind in _NO_OFFER_KINDS if vision or kind != "vision_page") or on_experiences_page(page)


# the page says it is meant for professionals or trainees ("Deze cursus is bedoeld voor GZ-psychologen",
# "ACT-bootcamp voor psychologen", "In het tweede jaar volgen de opleidelingen ...", "accreditatie is
# aangevraagd", "intended for psychologists"); not referrers (huisartsen, verwijzers), whom a practice's own
# pages address too
_PROFESSIONALS = (r"(?:gz-?\s?)?psychologen|psychotherapeuten|psychiaters|hulpverleners|zorgprofessionals|professionals|"
                  r"behandelaars|therapeuten|collega'?s|collega-\w+|poh-?\s?ggz\w*|praktijkondersteuners|"
                  r"psychologists|psychotherapists|therapists|clinicians|practitioners")
# a course for colleagues by its accreditation ("accreditatie is aangevraagd", "CPD points")
_ACCREDITATION = (r"|(?<![a-z])opleideling\w*|(?<![a-z])accreditatie\w*\s+(?:is\s+|wordt\s+)?(?:aangevraagd|toegekend)|accreditatiepunt\w*"
                  r"|accreditation\s+(?:has\s+been\s+|is\s+)?(?:requested|granted|applied)|(?<![a-z])cpd\s+points")
_AUDIENCE = rf"(?:(?:alle|ervaren|andere|startende|de|other|experienced|all)\s+)?(?:{_PROFESSIONALS})(?![a-z])"
# ... or that addresses its reader as one ("Ben je psycholoog en wil je ...", "Did you train as a psychologist abroad?")
_ONE_PROFESSIONAL = (r"(?:gz-?\s?)?psycholoog|psychotherapeut|psychiater|therapeut|hulpverlener|behandelaar|praktijkondersteuner|"
                     r"psychologist|psychotherapist|psychiatrist|therapist|clinician|counsel+or")
_FOR_PROFESSIONALS = re.compile(
    rf"(?<![a-z])(?:(?:bedoeld|bestemd|geschikt)\s+voor|voor|intended\s+for|aimed\s+at|designed\s+for|for)\s+{_AUDIENCE}" + _ACCREDITATION
    + rf"|(?<![a-z])(?:ben\s+(?:je|jij)|bent\s+u|are\s+you|did\s+you\s+(?:train|qualify|study)\s+as)\s+(?:(?:zelf|al|een|a|an|already)\s+)*"
      rf"(?:[\w-]+\s+)?(?:{_ONE_PROFESSIONAL})(?![a-z])")
# ... with a word that says whom the page is meant for ("bedoeld voor", "intended for"), or a course for them ("Een
# tweedaagse cursus voor praktijkondersteuners", "masterclass for therapists"): a bare "voor psychologen" is also a
# code's or a level's ("de beroepscode voor psychologen", "te zwaar voor de POH-GGZ")
_MEANT_FOR_PROFESSIONALS = re.compile(
    rf"(?<![a-z])(?:(?:bedoeld|bestemd)\s+voor|intended\s+for|aimed\s+at|designed\s+for|meant\s+for"
    rf"|(?:training|cursus|opleiding|masterclass|workshop|scholing|course|class)\w*\s+(?:voor|for))\s+{_AUDIENCE}" + _ACCREDITATION)


def page_subtitle(page: PageInfo) -> list[str]:
    """The heading right under the page's first heading (the page's frame and a repeat of the title skipped),
    as a one-item list, empty when the next line is no heading: it names what the page is as its title does
    ("Training ACT" over "Een tweedaagse cursus voor praktijkondersteuners"; a quotation over "Een cliëntverhaal")."""
    def compute() -> list[str]:
        top = [u for u in page.units[:8] if not is_page_furniture(u)]
        first = next((i for i, u in enumerate(top) if u.kind in ("heading", "title") and u.low == page.first_heading), None)
        if first is None:
            return []
        # (the title repeated as the first heading is the same name)
        nxt = next((u for u in top[first + 1:] if u.low != page.first_heading), None)
        return [nxt.low] if nxt is not None and nxt.kind == "heading" else []
    got = page.memo.get("subtitle")
    if got is None:
        got = page.memo["subtitle"] = compute()
    return got


def introduces_professional_audience(page: PageInfo, strict: bool = False) -> bool:
    """The top of the page (its title, first heading and first four other units) says it is meant for
    professionals or trainees: a course, training or module for colleagues, whose methods are what is
    taught, not the clients' care (``is_for_professionals`` reads only the URL, title and first heading's
    words; this reads whom the page names as its audience). A subtitle is the top too ("Training ACT" over
    "Een tweedaagse cursus voor praktijkondersteuners"). ``strict``: only where a word says whom the page
    is meant for ("bedoeld voor psychologen", "intended for therapists") or it speaks of accreditation."""
    def compute() -> bool:
        # (the first four sentences; the widgets, menu, breadcrumb and cookie banner above them say nothing of the audience)
        body = list(islice((u.low for u in page.units if u.kind not in ("heading", "title") and len(u.low.split()) >= 3
                            and not is_page_furniture(u)), 4))
        pattern = _MEANT_FOR_PROFESSIONALS if strict else _FOR_PROFESSIONALS
        return any(pattern.search(t) for t in (page.title_low, page.first_heading, *page_subtitle(page), *body) if t)
    return _page_memo(page, ("professional_audience", strict), compute)


def is_links_page(page: PageInfo) -> bool:
    """A list of links to other sites ("Nuttige links"): what others offer, not the practice."""
    return _page_is(page, "links")


# ----------------------------------------------------------------------------- products out there

# what exists in the world, not what the practice offers: a sentence that says such things exist ("er zijn
# duizenden apps", "ook bestaan er online programma's voor ouders", "there are many apps") or speaks of many or
# some of them ("veel apps werken met een abonnement", "sommige apps bieden", "countless apps promise")
_EXISTS = re.compile(r"(?<![a-z])(?:er\s+(?:zijn|bestaan|bestaat)|(?:zijn|bestaan|bestaat)\s+er|there\s+(?:are|exist|is\s+a\s+(?:wide\s+)?(?:range|variety|host))"
                     r"|there's\s+a\s+(?:wide\s+)?(?:range|variety))(?![a-z])")
_MANY_OR_SOME = re.compile(r"(?<![a-z])(?:veel|vele|sommige|talloze|ontelbare|duizenden|honderden|tal\s+van|de\s+meeste|allerlei|many|some|most|countless|"
                           r"numerous|thousands\s+of|hundreds\s+of|plenty\s+of|lots\s+of)\s+(?:[\w-]+\s+){0,2}$")


# said to be available, without a count of how many there are in the world: there for the page's reader
_AVAILABLE = re.compile(r"(?<![a-z])(?:beschikbaar|available|aangeboden|offered)(?![a-z])")


def states_what_exists(unit: Unit) -> bool:
    """Every generic eHealth word of the unit is a thing said to exist in the world or one of many such
    things (``_EXISTS``, ``_MANY_OR_SOME``), in a sentence in which the practice does not speak and that
    does not tie it to the reader's treatment ("er zijn ook modules die uw behandelaar kan klaarzetten")."""
    hits = terms("ehealth", "generic").find(unit)
    if not hits or speaks_as_practice(unit) or terms("ehealth", "readers_care").search(unit) or terms("ehealth", "usage").search(unit):
        return False
    low, lowered = unit.low, unit.text.lower()
    for h in hits:
        src = low if h.on == "low" else lowered
        many = _MANY_OR_SOME.search(src[max(0, h.start - 40):h.start])
        if not (_EXISTS.search(src, max(0, h.start - 60), h.start) or many):
            return False
        if not many and _AVAILABLE.search(src):
            return False  # "Voor jongeren zijn er ook online programma's beschikbaar": what is there for the reader
    return True


def about_products(page) -> bool:
    """A page whose first sentence with eHealth in it says such things exist in the world (``states_what_exists``:
    "Er zijn duizenden apps die beloven ...") and on which no sentence with eHealth in it speaks as the practice
    or of the reader's treatment: an overview of the apps and programmes out there, whose later "deze apps
    bieden oefeningen", "gebaseerd op CGT" and "apps met telefoonnummers voor als het slecht gaat" are the
    products', not the practice's offer, method or crisis advice."""
    key = ("ehealth", "about_products")
    got = page.memo.get(key)
    if got is None:
        generic, readers_care = terms("ehealth", "generic"), terms("ehealth", "readers_care")
        mentions = [u for u in page.units if u.kind not in ("heading", "title") and generic.search(u)]
        got = page.memo[key] = bool(mentions and states_what_exists(mentions[0])
                                    and not any(speaks_as_practice(u) or readers_care.search(u) for u in mentions))
    return got


# ----------------------------------------------------------------------------- general explainers

# a question about a subject ("Wat is EMDR?", "What do registrations mean?"); not "Wie zijn wij?" or
# "Hoe werken wij?", which ask about the practice itself (its people pages and werkwijze are often titled so)
# (also in the other languages of expat pages: "O que é mindfulness?", "¿Qué es la terapia?", "Was ist EMDR?",
# "Qu'est-ce que la TCC ?", "Co to jest CBT?")
_QUESTION = re.compile(r"^¿?(?:wat|hoe|waarom|wanneer|welke|what|how|why|when|o\s+que|que|qu[ée]|was\s+ist|warum|"
                       r"qu'est-ce|comment|pourquoi|co\s+to|jak|czym)\b.*\?\s*$")
# a yes/no question about a subject ("Werkt eHealth?", "Is online therapie net zo effectief?"), not
# one a client asks the practice ("Kan ik bij jullie terecht?")
_YES_NO = re.compile(r"^(?:werkt|werken|helpt|helpen|is|zijn|kan|kunnen|heeft|hebben|moet|moeten|wordt|worden|"
                     r"does|do|are|can|should)\b.*\?\s*$")
_ASKER = re.compile(r"(?<![a-z])(?:ik|mij|mijn|u|uw|je|jij|jouw|jullie|wij|we|ons|onze|i|my|you|your|our)(?![a-z])")
# "Hoe werkt het?", "Hoe gaat dat?": a short question whose subject is a pronoun asks about the offer
# of the page it heads, not about a subject in general
_PRONOUN_SUBJECT = re.compile(r"(?<![a-z])(?:het|dit|dat|deze|dan|er|it|this|that)(?![a-z])")


# a question about the client's route and practicalities at the practice (aanmelden, the first
# session, costs, waiting, appointments): what this practice does, even without "wij" or "u"
_OWN_ROUTE = re.compile(r"(?<![a-z])(?:aanmeld\w*|intake\w*|eerste (?:gesprek|sessie|afspraak|consult)\w*|afspra\w*|"
                        r"verloop\w*|verloopt|kost|kosten|wachttijd\w*|wachtlijst\w*|werkwijze|traject\w*|"
                        r"first (?:session|appointment|meeting)|appointment\w*|happens|expect|waiting|fees?|cost)(?![a-z])")


# an indirect question as a title, without a question mark ("How therapy works", "Hoe therapie werkt", "Hoe de behandeling
# verloopt"): it names what the page tells, as "Werkwijze" does
_HOW_IT_GOES = re.compile(r"^(?:how|hoe)\s+(?:[\w-]+\s+){1,3}(?:works?|goes|helps|werkt|werken|verloopt|verlopen|gaat|helpt)\??$")


def is_general_question(text: str) -> bool:
    """A title or heading that asks about a subject in general ("Wat is cognitieve gedragstherapie?",
    "What is CBT?", "Werkt online therapie?"), not a question to or about the practice ("Hoe werken
    wij?", "Kan ik bij u terecht?") nor a short one about the page's own offer ("Hoe werkt het?")."""
    text = text.strip()
    if not (_QUESTION.match(text) or _YES_NO.match(text)) or _ASKER.search(text):
        return False
    if _HOW_IT_GOES.match(text):
        return False  # "How therapy works", "Hoe de behandeling verloopt": the page's own topic named, no question asked
    words = re.findall(r"[a-z]+", text)
    if len(words) < 2:
        return False  # "Hoe?": no subject named
    if _OWN_ROUTE.search(text):
        return False  # "Hoe werkt aanmelden?", "What happens in the first session?": the practice's route
    return not (len(words) <= 4 and _PRONOUN_SUBJECT.search(" ".join(words[1:])))


# The "general page" readings share two primitives, ``_asks_general_question`` (a question title)
# and ``_presents_as_reference`` (a knowledge base or explanation by URL, title, headings,
# breadcrumb). Each reading keeps its own places, words and exclusions, as its callers were tuned:
# - ``is_general_explainer`` (runner ``off_care``, 2b-11): only a question, in the whole title or
#   the first heading unit; no words, no exclusion.
# - ``is_general_page`` (2b-8, 2b-10): ``_GENERAL_PAGE`` words (also publications and research) on
#   the URL path, the title without its site tail (``without_site_tail``) and the first two headings
#   near the top; with ``questions`` also a question in the title or first heading, site tail cut.
# - ``explains_subject`` / ``is_unvoiced_explainer`` (runner, 2b-11): a question as
#   ``is_general_explainer`` or in ``title_core`` or the URL slug, the vocabulary group
#   ``context.explainer`` on URL path, title, first heading and breadcrumb; never a page of the
#   practice's own offer or FAQ (``context.own_offer_section``).
# The word lists differ (``context.explainer`` has "kenniscentrum", "uitgelegd", "explained" but
# not a bare "uitleg", "kennisbase" or research): merging them would change which pages count.


def _asks_general_question(*texts: str, page: PageInfo | None = None) -> bool:
    """One of ``texts`` (a title or heading, cut as the reading asking cuts it) asks a general
    question (``is_general_question``); with ``page``, not one that names the practice itself
    (``_asks_at_practice``)."""
    return any(is_general_question(t) and not (page is not None and _asks_at_practice(t, page)) for t in texts if t)


def _asks_at_practice(text: str, page: PageInfo) -> bool:
    """A question about the practice itself, named by its site ("Wat is basis GGZ bij Kortweg?" on ggz-kortweg.nl, "Welke
    methoden gebruikt De Meander?" on ggz-de-meander.nl): what the practice does, not a subject in general. Another
    organisation's name or a group ("Wat is EMDR bij kinderen?") is no such question. The name is a run of one to three
    words whose letters hold the site's distinctive name and little more."""
    core = domain_core(page.url)
    cores = (core,) if core else page_name_cores(page)
    words = [_letters(w) for w in text.split()]
    runs = ("".join(words[i:i + n]) for i in range(len(words)) for n in (1, 2, 3) if i + n <= len(words))
    return any(c and c in cand and len(cand) <= len(c) + 8 for cand in runs for c in cores)


def _presents_as_reference(page: PageInfo, search, title: str, heads: Iterable[str] = ()) -> bool:
    """The page presents itself as a knowledge base or explanation: ``search`` (a regex's or a term
    set's search) finds its words in the URL path, in ``title`` (the title as the reading cuts it)
    or in one of ``heads`` (the headings or breadcrumb the reading looks at)."""
    return bool(search(page.path_low) or search(title) or any(search(h) for h in heads))


def is_general_explainer(page: PageInfo) -> bool:
    """A page that presents itself as an answer to a general question: its title or its first
    heading is one ("Wat is schematherapie?" under the title "Schematherapie" too). The whole title
    is read, site name included: "Wat is EMDR? | Praktijk X" is none here (``explains_subject`` and
    ``is_general_page`` cut the site's name off)."""
    def compute() -> bool:
        heading = next((u.low for u in page.units if u.kind == "heading"), "")
        return _asks_general_question(page.title_low, heading, page=page)
    return _page_memo(page, ("general_explainer",), compute)


# ----------------------------------------------------------------------------- subject of a section or page

_WHAT_IT_COSTS = re.compile(r"(?<![a-z])(?:wat kost|kost (?:het|dat|een|de)|how much)(?![a-z])")


def in_cost_section(unit: Unit) -> bool:
    """A unit under a heading about money ("# Tarieven", "# Wat kost het?", "# Fees"): "ook online
    sessies zijn mogelijk" there says what is charged, not what the practice offers. (The answer is
    kept per heading: the units of a section share it.)"""
    if not unit.headings:
        return False
    head = unit.headings[-1]
    key = ("cost_section", (head,))
    got = _HEADINGS.get(key)
    if got is None:
        if len(_HEADINGS) > 50_000:
            _HEADINGS.clear()
        got = _HEADINGS[key] = bool(terms("context", "cost").search_text(head) or _WHAT_IT_COSTS.search(head))
    return got


def in_complaint_procedure(page: PageInfo, unit: Unit) -> bool:
    """A unit of a complaints procedure: under a heading, or on a page whose title or first heading,
    says so ("Niet tevreden?", "Klachtenregeling", "Complaints procedure")."""
    ts = terms("context", "complaint_procedure")
    if unit.headings and _headings_match(unit, ts, last=1):
        return True
    return _page_memo(page, ("complaint_page", ts._key), lambda: (
        ts.search_text(page.title_low) or ts.search_text(page.path_low)
        or ts.search_text(next((u.low for u in page.units if u.kind == "heading"), ""))))


def is_mostly_money(page: PageInfo) -> bool:
    """A page most of whose sentences are about money or insurance (by its text, whatever its URL
    or title: "/pagina-7" titled "Praktisch" that is all tariffs, eigen risico and invoices)."""
    def compute() -> bool:
        body = [u for u in page.units if u.kind not in ("heading", "title")]
        return len(body) >= 3 and sum(bool(is_cost(u) or in_cost_section(u)) for u in body) * 2 >= len(body)
    return _page_memo(page, ("mostly_money",), compute)


# ----------------------------------------------------------------------------- care in general, not the practice's own

# the page presents itself as background on a subject: a knowledge base, an explanation, publications or
# research (by URL path or title); "onderzoek" alone is also a practice's own diagnostics, and a URL slug
# "wat-is-..." often names one answer of the practice's own FAQ
_REFERENCE_WORDS = r"kennisbank|kennisbase|knowledge\s?base|uitleg|encyclopedie|begrippenlijst|woordenlijst|glossary"
_RESEARCH_WORDS = (r"publicaties|publications|wetenschappelijk\s+onderzoek|research|"
                   r"(?:meedoen|deelnemen|deelname)\s+aan\s+(?:\w+\s+)?onderzoek|"
                   # what research says ("EMDR: wat weten we uit onderzoek?", "Wat zegt de wetenschap over ACT?", "Onderzoek
                   # naar online CGT"); a bare "Onderzoek" is also a practice's diagnostic assessment
                   r"uit\s+(?:het\s+)?onderzoek|onderzoek\s+naar|(?:de\s+)?wetenschap")
_GENERAL_PAGE = re.compile(rf"(?<![a-z])(?:{_REFERENCE_WORDS}|{_RESEARCH_WORDS})(?![a-z])")


def is_general_page(page: PageInfo, questions: bool = True) -> bool:
    """A page about a subject in general, not the practice's offer: a knowledge base, an explanation,
    publications or research ("/kennisbank/...", "Publicaties", a breadcrumb "Knowledge base > ..."), and with ``questions`` a page whose
    title or first heading asks a general question, also with the site's name after it ("Wat is
    psychotherapie? | Praktijk X", "How does mental health care work in the Netherlands? - Y")."""
    def compute() -> bool:
        # (the first two headings: the page's name and a breadcrumb "Kennisbank > Wat is EMDR?")
        heads = [u.low for u in page.units[:6] if u.kind == "heading"][:2]
        return _presents_as_reference(page, _GENERAL_PAGE.search, without_site_tail(page.title_low), heads)
    if _page_memo(page, ("general_page",), compute) or _page_memo(page, ("explains_others",), lambda: any(
            _EXPLAINS_OTHERS.search(u.low) for u in page.units[:12] if u.kind not in ("heading", "title"))):
        return True
    return questions and _page_memo(page, ("general_question_page",), lambda: _asks_general_question(
        *(without_site_tail(t) for t in (page.title_low, page.first_heading) if t), page=page))


# near its top the page says it explains something in general or someone else's care ("Op deze pagina leggen we uit wat de
# POH-GGZ in het algemeen doet", "De POH-GGZ werkt bij de huisarts en niet bij ons", "This page explains how ... works in
# general", "X is not part of our practice")
_EXPLAINS_OTHERS = re.compile(
    r"(?<![a-z])(?:(?:leggen|lichten)\s+(?:we|wij|ik)\s+(?:hier\s+|kort\s+)?uit\s+(?:wat|hoe)\s+(?:[\w-]+\s+){1,6}in\s+het\s+algemeen|"
    r"(?:werkt|werken|zit|zitten)\s+(?:[\w-]+\s+){0,4}?(?:en\s+)?niet\s+bij\s+(?:ons|onze\s+praktijk|mij)(?![a-z])|"
    r"(?:explains?|explain\s+here)\s+(?:what|how)\s+(?:[\w-]+\s+){1,6}in\s+general|"
    r"(?:works?|is\s+based)\s+(?:[\w-]+\s+){0,4}?(?:and\s+)?not\s+(?:at|with)\s+(?:us|our\s+practice|me)(?![a-z])|"
    r"(?:is|are)\s+not\s+part\s+of\s+(?:our|this)\s+practice)")


# where a sentence places what it says: the country or the care sector, research or guidelines ("In
# Nederland ...", "landelijk", "in de ggz wordt ...", "Uit onderzoek blijkt ...", "volgens de richtlijnen",
# "in the Netherlands", "Research shows ..."); not "in het algemeen" / "over het algemeen", which a practice
# also says of its own care ("over het algemeen duurt de behandeling 5 tot 8 gesprekken")
_GENERAL_SCOPE = QuickRegex(
    r"(?<![a-z])(?:in\s+nederland|nederlandse\s+(?:ggz|zorg|zorgstelsel|gezondheidszorg)|landelijk\w*|in\s+the\s+netherlands|"
    r"dutch\s+(?:system|mental\s+health|health\s*care)|"
    # the providers or insurers of the country as the subject ("Dutch providers and insurers distinguish ...", "Nederlandse
    # zorgverzekeraars vergoeden ...")
    r"dutch\s+(?:(?:mental\s+health\s+|health\s*care\s+)?providers|(?:health\s+)?insurers|insurance\s+companies)|"
    r"nederlandse\s+(?:zorg)?(?:aanbieders|verzekeraars|zorgverzekeraars|ggz-aanbieders)|"
    # the care system as the subject ("dit deel van het zorgstelsel", "this part of the system was intended for ...")
    r"(?:zorg)?stelsel|(?:health\s*care|mental\s+health(?:\s+care)?)\s+system|(?:part|deel|onderdeel)\s+(?:of|van)\s+(?:the|het)\s+(?:\w+\s+)?(?:system|stelsel)|"
    r"in\s+de\s+(?:hele\s+)?(?:nederlandse\s+)?(?:ggz|zorg|geestelijke\s+gezondheidszorg)(?![a-z-])|"
    r"(?:uit|in|volgens)\s+(?:\w+\s+)?(?:onderzoek|studies|de\s+literatuur)|onderzoek\w*\s+(?:laat|laten|toont|tonen|wijst|wijzen|vind\w*)|"
    r"onderzoekers|richtlijn\w*|(?:research|studies|guidelines)\s+(?:shows?|suggests?|recommends?|finds?|found)|in\s+studies)(?![a-z])")


# care given by someone else: the POH-GGZ at the GP's practice, a company doctor, the municipal team, another practitioner
OTHER_PROVIDER = QuickRegex(r"(?<![a-z])(?:poh(?:[\s-]?ggz)?|praktijkondersteuner\w*|bedrijfsarts\w*|wijkteam\w*|jeugdteam\w*|huisartsenpraktijk\w*|(?:het|de)\s+(?:sociaal\s+)?wijkteam|"
                             # another practitioner or practice ("een paar consulten bij die andere zorgverlener", "at another provider")
                             r"(?:de|een)\s+andere\s+(?:zorgverlener|zorgaanbieder|behandelaar|hulpverlener|praktijk|psycholoog|psychiater|instelling)|"
                             r"(?:another|the\s+other|a\s+different)\s+(?:care\s+)?(?:provider|practitioner|therapist|practice|psychologist|psychiatrist|clinic)|"
                             # an unnamed place of care ("bij een traumacentrum in Utrecht", "at a clinic"): not the practice's own
                             r"(?:bij|in|at)\s+(?:een|a|an)\s+(?:[\w-]+\s+)?(?:\w*centrum|kliniek|instelling|ziekenhuis|\w*(?:centre|center)|clinic|hospital))(?![a-z])")
# the practice itself in a sentence ("wij", "onze praktijk", "our practice"; not "your GP practice", nor some practice
# named with the indefinite article: "u kunt beter terecht bij de POH-GGZ of een praktijk voor basis GGZ")
PRACTICE_SELF = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|(?<!een\s)(?<!andere\s)praktijk\w*|our|us|my|"
                           r"(?<!gp\s)(?<!gp's\s)(?<!doctor's\s)(?<!\sa\s)(?<!another\s)practice)(?![a-z])")


def of_other_provider(unit: Unit, page: PageInfo | None = None) -> bool:
    """The sentence speaks of the care of someone else, in a sentence in which the practice does not speak of
    itself ("bij de huisarts kunt u kortdurende begeleiding krijgen van de POH-GGZ", "de POH-GGZ biedt soms
    oplossingsgerichte gesprekken", "a few sessions at another provider"): that provider's care, not this practice's.
    The practice speaks of itself also by its own name ("Hulp in de Wijk Noord geeft kortdurende steun, dichtbij
    bij jou in de huisartsenpraktijk": the place of its own care). With ``page``: the POH-GGZ of a page that calls
    the POH its own ("onze praktijkondersteuner GGZ", "In ons gezondheidscentrum werkt Janneke als POH-GGZ") is the
    site's own practitioner, and the POH's care its own care."""
    if not OTHER_PROVIDER.search(unit.low) or PRACTICE_SELF.search(unit.low) or own_name_spans(unit.text, unit.url):
        return False
    # (every other provider the sentence names is the POH, and the page calls the POH its own)
    return not (page is not None and all(_POH_WORD.match(x.group(0)) for x in OTHER_PROVIDER.finditer(unit.low))
                and owns_poh(page))


_POH_WORD = re.compile(r"poh|praktijkondersteuner")
# the page calls the POH-GGZ its own: "onze praktijkondersteuner (GGZ)", "onze POH", "bij ons werkt een POH-GGZ", "In ons
# gezondheidscentrum werkt Janneke als POH-GGZ", "our mental health nurse practitioner (POH-GGZ)"
_OWN_POH = re.compile(r"(?<![a-z])(?:onze|ons|our)\s+(?:eigen\s+|own\s+)?(?:poh(?:[\s-]?ggz)?|praktijkondersteuner\w*)(?![a-z])"
                      r"|(?<![a-z])(?:in|bij|at)\s+(?:ons|onze|our)\s+(?:[\w-]+\s+){0,2}?(?:werk(?:t|en)|works?)\s+(?:[\w-]+\s+){0,4}?(?:als\s+|as\s+)?"
                      r"(?:een\s+|de\s+|a\s+|the\s+)?(?:poh(?:[\s-]?ggz)?|praktijkondersteuner\w*)(?![a-z])")


def owns_poh(page: PageInfo) -> bool:
    """A sentence of the page calls the POH-GGZ the site's own (``_OWN_POH``), or the site is a POH-GGZ organisation's
    by its address ("pohggz-lindegouw.nl", "poh-ggz-noord.nl"): its POH is its own. (Kept per page.)"""
    return _POH_HOST.search(urlsplit(page.url).hostname or "") is not None or some_sentence(page, _OWN_POH)


# a host that names the POH-GGZ ("pohggz-lindegouw.nl", "poh-ggz-noord.nl", "pohveluwe.nl")
_POH_HOST = re.compile(r"(?:^|[.-])poh")


def speaks_of_care_in_general(unit: Unit) -> bool:
    """The sentence places what it says in the country, the care sector, research or guidelines, and
    not in the practice's own voice ("Voor depressie wordt in richtlijnen uitgegaan van 12 tot 20
    sessies", "Uit onderzoek blijkt dat CGT goed werkt bij angst", "Ook in de zorg wordt gesproken over
    korte trajecten"): how care goes in general, not whom or how long this practice treats."""
    low = unit.low
    if not ("neder" in low or "landelijk" in low or "zorg" in low or "ggz" in low or "onderzoek" in low
            or "studies" in low or "literatuur" in low or "richtlijn" in low or "dutch" in low
            or "research" in low or "guideline" in low or "stelsel" in low or "system" in low):
        return False
    return any(not _PLACE_BEFORE.search(low, 0, m.start()) for m in _GENERAL_SCOPE.finditer(low)) and not speaks_as_practice(unit)


# a place of care named before the sector ("een gespecialiseerd centrum in de ggz", "a colleague in mental health care"):
# the sector says where that place is, not that the sentence speaks of care in general
_PLACE_BEFORE = re.compile(r"(?<![a-z])(?:centrum|centra|instelling|instellingen|zorgaanbieder|zorgaanbieders|aanbieder|aanbieders|kliniek|klinieken|"
                           r"collega|collega's|specialist|specialisten|behandelaar|behandelaars|hulpverlener|hulpverleners|plek|plaats)\s+$")


# ----------------------------------------------------------------------------- pages that describe no care of the practice

def _last_path_segment(page: PageInfo) -> str:
    segs = [s for s in unquote(urlsplit(page.url).path).lower().split("/") if s]
    return re.sub(r"\.\w{2,5}$", "", segs[-1]).replace("-", " ").replace("_", " ") if segs else ""


# a quoted thought or saying ("zoals 'ik ben niet goed genoeg'"): someone's words, not the practice speaking
_QUOTED = re.compile(r"(?:(?<=[\s(:])|^)['\u2018\"\u201c][^'\u2019\"\u201d]{1,100}?['\u2019\"\u201d](?![a-z])", re.I)


# ----------------------------------------------------------------------------- the reader spoken to

# the reader addressed (u, uw, je, jij, jouw; you, your) ...
READER_WORD = re.compile(r"(?<![a-z])(?:u|uw|je|jij|jouw|you|your)(?![a-z])")
# ... also in the object form "jou" (the readings of 2b-6 and 2b-7 were tuned with ``READER_WORD``)
READER_VOICE = re.compile(r"(?<![a-z])(?:u|uw|je|jij|jou|jouw|you|your)(?![a-z])")


# ----------------------------------------------------------------------------- a line set as text that works as a heading

_HEADING_LINE_WORDS = 10


def is_heading_like_line(st: SiteText, unit: Unit) -> bool:
    """A short line without closing punctuation that a page builder set as a paragraph, though it heads
    the section below it: the next unit on the page is a heading ("Voor kinderen en jongeren tot 18 jaar"
    over "## Het eerste gesprek"), so the line names the part of the page the headings below belong to."""
    if unit.kind not in ("sentence", "paragraph") or len(unit.text.split()) > _HEADING_LINE_WORDS:
        return False
    if unit.text.rstrip().endswith((".", "!", "?", ":", ";", ",")):
        return False
    after = st.neighbours(unit, 0, 1)
    return len(after) > 1 and after[1].kind == "heading"


def is_nav_line(unit: Unit) -> bool:
    """A navigation or footer line ("Praktijk X · Privacy · Disclaimer", "Home > Blog"): the site's
    name and its pages, nobody speaking."""
    return len(unit.low.split()) <= 12 and bool(NAV_SEPARATOR.search(unit.low))


def is_menu_line(unit: Unit) -> bool:
    """A site's menu written out in one line (``menus.is_menu_text``), or one item of it written down the page
    (``Unit.in_menu``): nobody speaks in it, "Aanmelden" or "eHealth" there names a page, no step or offer. (Asked
    by several checks of every unit: kept on the unit.)"""
    if unit.in_menu:
        return True
    got = unit.match_cache.get(_MENU_KEY)
    if got is None:
        got = unit.match_cache[_MENU_KEY] = is_menu_text(unit.low)
    return got


_MENU_KEY = ("menu_line",)


def is_page_furniture(unit: Unit) -> bool:
    """A navigation or footer line, the site's menu ("Home Over ons Kennisbank Contact") or its cookie banner ("Wij en
    onze partners gebruiken cookies"): the page's frame, in which nobody speaks and no audience is named."""
    return is_nav_line(unit) or is_menu_line(unit) or is_cookie_notice(unit.text)


def _speaks_outside_quotes(unit: Unit) -> bool:
    """``speaks_as_practice`` with quoted words and the page's frame (``is_page_furniture``) left out; nor does the
    site's name in the title a crawler glued to the first heading ("Online of op locatie? | Praktijk ZuidOnline of op
    locatie: ...") speak."""
    if is_page_furniture(unit):
        return False
    text = unit.text
    if "'" in text or '"' in text or "\u2018" in text or "\u201c" in text:
        low, text = _QUOTED.sub(" ", unit.low), _QUOTED.sub(" ", text)
    else:
        low = unit.low
    if _SEE_ALSO.match(low):
        return False
    if _OWN_VOICE.search(_GENERIC_WE.sub(" ", low)) or _FIRST_PERSON_I.search(text):
        return True
    spans = own_name_spans(text, unit.url)
    if spans and _NAME_LINE_REST.fullmatch("".join(text[b:a] for (_, b), (a, _) in zip([(0, 0)] + spans, spans + [(len(text), 0)]))):
        return False
    return any(not (_NAME_AFTER_SEPARATOR.search(text, 0, a) or (b < len(text) and text[b].isupper()))
               for a, b in spans)


# a line that points to another page by its title ("Lees ook: Mijn zoon gamet tot diep in de nacht", "Zie ook: ...", "Read
# also: ..."): the other page's words, nobody speaking
_SEE_ALSO = re.compile(r"(?:lees\s+(?:ook|verder|meer)|zie\s+ook|bekijk\s+ook|read\s+(?:also|more)|see\s+also|related)\s*:")
# what is left of a line that only gives the practice's name, perhaps with its place ("Psychologiepraktijk Duinrand",
# "Psychologiepraktijk Duinrand – Castricum"): a logo or footer line, nobody speaking
_NAME_LINE_REST = re.compile(r"[\s|\u2013\u2014\-,·•]*(?:[A-Z][\w'-]+[\s|\u2013\u2014\-,·•]*){0,3}")


# the site's name as a title's tail: "Online of op locatie? | Praktijk Zuid", "Over ons - Praktijk Zuid"
_NAME_AFTER_SEPARATOR = re.compile(r"(?:^|\s)[|\u2013\u2014-]\s*$")


def _practice_silent(page: PageInfo) -> bool:
    """No sentence of the page speaks as the practice (wij, onze, ik; we, our; its own name; quoted
    words left out)."""
    return _page_memo(page, ("practice_silent",), lambda: not any(
        _speaks_outside_quotes(u) for u in page.units if u.kind not in ("heading", "title")))


def practice_silent(page: PageInfo) -> bool:
    """No sentence of the page speaks as the practice (``_practice_silent``: wij, onze, ik; we, our; its
    own name; quoted words and navigation lines left out)."""
    return _practice_silent(page)


def explains_subject(page: PageInfo) -> bool:
    """The page presents itself as an explanation of a subject in general: its title without the site
    name or its last URL segment asks a general question ("Wat is CGT? | Praktijk X", "/wat-is-cgt"),
    or it is a knowledge base or glossary page by URL, title, first heading or breadcrumb ("EMDR
    uitgelegd", "/kennisbank/act", "Kennisbank > Schematherapie"). A page of the practice's offer or
    its FAQ ("/behandelaanbod/mbct", "Veelgestelde vragen") is none."""
    def compute() -> bool:
        crumb = _crumb(page)
        own = terms("context", "own_offer_section")
        if own.search_text(page.path_low) or own.search_text(crumb) or own.search_text(title_core(page)):
            return False  # "/behandelaanbod/mbct" opening with "Wat is MBCT?": the practice's offer
        if is_general_explainer(page) or _presents_as_reference(
                page, terms("context", "explainer").search_text, page.title_low, (page.first_heading, crumb)):
            return True
        seg = _last_path_segment(page)
        if seg and len(seg.split()) >= 2 and is_general_question(seg + "?"):
            return True
        return _asks_general_question(title_core(page), page=page)
    return _page_memo(page, ("explains_subject",), compute)


_CRUMB = re.compile(r"\s(?:\u203a|>|/|\u00bb|\u2192)\s")


def _crumb(page: PageInfo) -> str:
    """The breadcrumb line near the top of the page ("home > kennisbank > act"), folded, or ""."""
    got = page.memo.get("crumb")
    if got is None:
        got = page.memo["crumb"] = next((u.low for u in page.units[:5] if u.kind != "title" and len(u.low) < 120
                                         and _CRUMB.search(u.low)), "")
    return got


# the actors of care policy: a text about what the government or parliament does or wants with the care
_POLICY_ACTOR = re.compile(r"(?<![a-z])(?:het\s+kabinet|kabinet\w*|(?:de\s+)?minister(?:ie)?\w*|staatssecretaris\w*|tweede\s+kamer\w*|de\s+overheid|"
                           r"de\s+politiek|regering\w*|the\s+government|government\s+(?:wants|plans|announced)|parliament|the\s+minister)(?![a-z])")


def is_policy_news(page: PageInfo) -> bool:
    """A page about care policy in which the practice never speaks: its title, first heading or first
    sentence names the government, a minister or parliament ("Kabinet wil wachtlijsten GGZ aanpakken"):
    news about the care system, not the practice's own care (LABELING v2)."""
    def compute() -> bool:
        body = [u.low for u in page.units if u.kind not in ("heading", "title")][:1]
        return any(_POLICY_ACTOR.search(t) for t in (page.title_low, page.first_heading, *body) if t) and _practice_silent(page)
    return _page_memo(page, ("policy_news",), compute)


def is_unvoiced_explainer(page: PageInfo) -> bool:
    """A general explanation (``explains_subject``) in which the practice never speaks: what CGT,
    EMDR or eHealth is, not what the practice offers (LABELING v2: general articles count only
    where they say what the provider itself does)."""
    return explains_subject(page) and _practice_silent(page)


def is_complaints_page(page: PageInfo) -> bool:
    """A complaints procedure: its title, URL or first heading says so ("Klachtenregeling",
    "Vertrouwenspersoon", "Complaints procedure"), or a page titled "Klachten" or "Complaints" (also
    the words for symptoms) whose text speaks of the procedure (klachtenfunctionaris, geschillen,
    tuchtcollege) in two places."""
    def compute() -> bool:
        ts = terms("context", "complaint_page")
        if ts.search_text(page.title_low) or ts.search_text(page.path_low) or ts.search_text(page.first_heading):
            return True
        named = f"{title_core(page)} {_last_path_segment(page)}"
        if "klacht" not in named and "complaint" not in named:
            return False
        body = terms("context", "complaint_body")
        return sum(1 for u in page.units if body.search(u)) >= 2
    return _page_memo(page, ("complaints_page",), compute)


def is_measurement_page(page: PageInfo) -> bool:
    """A page about measuring the care (ROM, questionnaires, client satisfaction) by its title, URL
    or first heading."""
    return _page_is(page, "measurement")


# ----------------------------------------------------------------------------- articles by their text

# the marks of a blog post or article that its URL or title does not announce: a date in the URL
# ("/2023/03/14/"), a publication line, a reading time, share buttons, "lees ook", a list of sources
_URL_DATE = re.compile(r"/20\d\d/(?:\d\d?/)?")
_ARTICLE_MARKS = {
    "date": re.compile(r"^(?:(?:geplaatst|gepubliceerd|posted|published)(?: op| on)?\s+)?\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)\w*\.?\s+20\d\d\b"
                       r"|^(?:geplaatst|gepubliceerd|posted|published)\s+(?:op|on)\b", re.M),
    "reading": re.compile(r"(?<![a-z])(?:leestijd|reading time|min(?:uten|\.)? (?:lezen|leestijd)|min read)(?![a-z])"),
    "share": re.compile(r"^(?:delen|deel dit(?: artikel| bericht)?|deel op|share(?: this)?(?: article| post)?)\b\s*:?", re.M),
    "more": re.compile(r"^(?:lees ook|lees meer artikelen|gerelateerde (?:artikelen|berichten)|meer artikelen|related (?:articles|posts)|"
                       r"vorig(?:e)? bericht|volgend(?:e)? bericht|previous post|next post)\b", re.M),
    "sources": re.compile(r"^(?:bronnen|bron|literatuur|referenties|references|sources|source)\s*:", re.M),
    "author": re.compile(r"^(?:auteur|geschreven door|written by|door)\s*:", re.M),
}
# the text calls itself an article or a blog ("In dit artikel leggen we uit ...", "In this post I explain ..."): a mark
# that is enough by itself
_SELF_NAMED_ARTICLE = re.compile(r"(?<![a-z])(?:in|met)\s+(?:dit|deze|this)\s+(?:artikel|blog|blogbericht|blogpost|article|post|blog\s+post)(?![a-z])")


def reads_as_article(page: PageInfo) -> bool:
    """A blog post or article by its text when its URL or title does not say so: a date in the URL,
    or two marks of an article (a publication date line, a reading time, share buttons, "lees ook",
    sources, an author line), or one such mark on a page in which the practice never speaks
    ("Bronnen: Thuisarts.nl" under an overview of treatments in the GGZ), or an opening that calls the text an article or
    a blog ("In dit artikel leggen we uit ..."). Not an item that announces the practice's own new offer
    (``_announces_offer``)."""
    def compute() -> bool:
        if _announces_offer(page):
            return False
        if _URL_DATE.search(urlsplit(page.url).path):
            return True
        # the short lines of the page joined, each mark looked for once over all of them
        lines = "\n".join(u.low for u in page.units if len(u.low) <= 160)
        found = sum(1 for rx in _ARTICLE_MARKS.values() if rx.search(lines))
        if found >= 2 or (found == 1 and _practice_silent(page)):
            return True
        return any(_SELF_NAMED_ARTICLE.search(u.low) for u in page.units[:8] if u.kind not in ("heading", "title"))
    return _page_memo(page, ("reads_as_article",), compute)


# ---------------------------------------------------------------- clients' words (testimonials)
# ---------------------------------------------------------------- clients' words (testimonials)
#
# The readings of "a client's own words" the checks share, each kept here once. They differ in
# reach on purpose (each check keeps the reach it was tuned to), so each is its own predicate:
#   in_testimonials_section     a heading, title or address of testimonials (2b-7: names there are clients')
#   on_experiences_page         a page of clients' experiences by the ``experiences_page`` vocabulary
#   in_client_voice             that page or heading, or a quoted block in the first person or signed (2b-9)
#   opens_quotation             a passage opening with a quotation mark (2b-8; ``QUOTE_MARKS_STRICT`` for 2b-10)
#   quoted_in_first_person      a unit opening with a quotation, in the first person (2b-10)
#   quotation_in_first_person   the first person inside the quotation that opens a passage (2b-11)
#   tells_own_care              "ik werd geholpen", "I was treated": a client telling of their care (2b-8)
#   signed_quotation            a quotation closed and signed after a dash (2b-11)
#   signed_with_age             words signed with a name or initial and an age (2b-11)

# opening quotation marks; the strict set leaves out the straight apostrophe, which also opens Dutch
# elisions ("'s avonds", "'t is"), and takes guillemets in
QUOTE_MARKS = "\"\u201c\u201e'\u2018"
QUOTE_MARKS_STRICT = "\"\u201c\u201e\u2018\u00ab"
# the first person singular, Dutch and English ("ik", "mij", "my"; "i'm" and "i've" by their "i")
_FIRST_PERSON = re.compile(r"(?<![a-z])(?:ik|mij|me|mijn|i|my)(?![a-z])")


@lru_cache(maxsize=None)
def _opening(marks: str) -> re.Pattern:
    return re.compile(r"^\W{0,2}[%s]" % re.escape(marks))


def opens_quotation(text: str, marks: str = QUOTE_MARKS) -> bool:
    """The passage opens with a quotation mark of ``marks``, after at most two other non-word
    characters ("\u201cNa zes gesprekken ...", "- 'Ik werd ...'"): someone's quoted words."""
    return bool(_opening(marks).match(text))


def quoted_in_first_person(unit: Unit, marks: str = QUOTE_MARKS) -> bool:
    """The unit (not a heading) opens with a quotation and speaks in the first person singular: a
    client's words ("\"Na 6 gesprekken kon ik weer alleen de trein in\""), not a motto of the practice
    ("\"Kort als het kan\" is ons motto")."""
    return unit.kind not in ("heading", "title") and opens_quotation(unit.text, marks) and bool(_FIRST_PERSON.search(unit.low))


# the first person within the first 300 characters of the quotation that opens the passage
_FIRST_PERSON_QUOTED = re.compile(r"^[%s][^\"\u201d]{0,300}?%s" % (re.escape(QUOTE_MARKS), _FIRST_PERSON.pattern))


def quotation_in_first_person(low: str) -> bool:
    """The folded passage opens with a quotation mark (straight away) and the quotation speaks in
    the first person ("\"Na de EMDR-behandeling kan ik weer slapen.\" - vrouw, 34"): a testimonial."""
    return bool(_FIRST_PERSON_QUOTED.search(low))


# "ik werd goed geholpen", "I was treated", "ik ben snel geholpen"
_OWN_CARE = re.compile(r"(?<![a-z])(?:ik|i)\s+(?:werd|ben|was|have\s+been|got)\s+(?:\w+\s+){0,3}(?:geholpen|helped|behandeld|treated)(?![a-z])")


def tells_own_care(low: str) -> bool:
    """The folded passage tells, in the first person, of being helped or treated ("ik werd daar goed
    geholpen", "I was treated for ..."): a client's words, not the practice's."""
    return bool(_OWN_CARE.search(low))


# a quotation opening the passage, closed and followed by a dash and its speaker ('"Goed geholpen
# met EMDR." - cliënt, 2023', '"EMDR gave me my sleep back" — Sanne, 24')
_SIGNED_QUOTATION = re.compile(r"^[%s][^\"\u201d]{3,300}[\"\u201d'\u2019]\s*[-\u2013\u2014]\s*(?:\w|$)" % re.escape(QUOTE_MARKS))


def signed_quotation(low: str) -> bool:
    """The folded passage is a quotation signed by its speaker after a dash: someone's words about
    the care, in the first person or not ("\"Fijne praktijk.\" - M.")."""
    return bool(_SIGNED_QUOTATION.search(low))


# words signed without quotation marks ("EMDR helped me to sleep again. - Laura, 35", "Fijne praktijk
# - M., 42 jaar"): a dash, a name or initial and an age at the end; or the signature line alone
_SIGNED_WITH_AGE = re.compile(r"\s[-\u2013\u2014]\s*(?:[A-Z][\w.]*|anoniem|anonymous)(?:\s+[A-Z][\w.]*)?,?\s*\d{1,2}(?:\s*(?:jaar|years?(?:\s+old)?))?\.?\s*$"
                              r"|^\s*[-\u2013\u2014]\s*(?:[A-Z][\w.]*|anoniem|anonymous)(?:\s+[A-Z][\w.]*)?,?\s*\d{0,2}(?:\s*(?:jaar|years?))?\.?\s*$")


def signed_with_age(st, unit: Unit) -> bool:
    """Someone's words signed with a name and age, in the unit or on the short line right after it
    ("EMDR helped me sleep again. - Laura, 35"): a testimonial, with or without quotation marks."""
    if _SIGNED_WITH_AGE.search(unit.text):
        return True
    nxt = st.neighbours(unit, 0, 1)[1:]  # (the sentence splitter may leave the dash with the quotation)
    return bool(nxt) and nxt[0].page == unit.page and len(nxt[0].text) < 40 and bool(_SIGNED_WITH_AGE.search(f"{unit.text} {nxt[0].text}"))


# a section or page of client testimonials by its heading or title, the heading's start ("Ervaringen",
# "Wat cliënten zeggen", "Reviews"), or by a word of its address ("/ervaringen", "/testimonials")
_TESTIMONIALS_HEADING = re.compile(r"^(?:ervaringen|(?:client|clienten|cliënten)ervaringen|ervaringsverhalen|wat\s.{0,30}\s(?:zeggen|vinden)|"
                                   r"testimonials?|reviews?|recensies|beoordelingen|what\s.{0,30}\ssays?)\b")
_TESTIMONIALS_PATH = re.compile(r"ervaringen|testimonials?|reviews?|recensies")


def in_testimonials_section(unit: Unit, page: PageInfo) -> bool:
    """The unit stands under a heading, or on a page titled or addressed, for clients' experiences
    (``_TESTIMONIALS_HEADING``, ``_TESTIMONIALS_PATH``): the names there are clients', not the
    practitioners'. Narrower than ``on_experiences_page``: the heading must start with the word."""
    if any(_TESTIMONIALS_HEADING.search(fold(h).strip()) for h in unit.headings[-1:]):
        return True
    got = page.memo.get("testimonials_page")
    if got is None:
        got = page.memo["testimonials_page"] = bool(_TESTIMONIALS_HEADING.search(page.title_low.strip())) or any(
            _TESTIMONIALS_PATH.fullmatch(w) for w in page.path_low.split())
    return got


# a subtitle that calls the page one client's story ("Een cliëntverhaal", "A client story", "Het verhaal van Tom"); a bare
# "Ervaringen" under the first heading is a section of the page ("Traumabehandeling" over "Ervaringen")
_ONE_STORY = re.compile(r"(?:(?:een|a|an)\s+)?(?:(?:client|clienten|patient|persoonlijk|personal)(?:'s)?(?:s?\s?verhaal|\s+story|\s+experience)|ervaringsverhaal)"
                        r"|(?:het\s+verhaal\s+van|the\s+story\s+of)\s+\w+|\w+'s\s+story")


def on_experiences_page(page: PageInfo) -> bool:
    """A page of clients' experiences by its address, title, first heading or subtitle ("Ervaringen", "Het
    verhaal van Sanne", "/testimonials"; a quotation over "A client story"): the page kinds of
    ``experiences_page`` in vocab/context.yaml, and a subtitle that calls the page one client's story (``_ONE_STORY``)."""
    got = page.memo.get("client_voice_page")
    if got is None:
        kinds = terms("context", "experiences_page")
        got = page.memo["client_voice_page"] = bool(
            _titled(page, kinds) or (page.first_heading and kinds.search_text(page.first_heading))
            or any(_ONE_STORY.fullmatch(h.strip(" .:")) for h in page_subtitle(page)))
    return got


# a quotation signed by its speaker at its end ("... - Sanne, 29", "— M., 42 jaar", "- cliënt, 2023")
_SIGNATURE = re.compile(r"[\"\u201d'\u2019.!]\s*[-\u2013\u2014]\s*[\w.]+(?:\s+[\w.]+)?(?:,\s*\d{1,4}(?:\s*(?:jaar|years?(?:\s+old)?))?)?\.?\s*$")


def in_client_voice(st, unit: Unit, by_heading: bool = True) -> bool:
    """The unit gives a client's own words about their care, not the practice describing it: it stands
    under a heading (with ``by_heading``) or on a page of clients' experiences ("Ervaringen", "Het verhaal van Sanne",
    "/testimonials"), or in a quoted paragraph in the first person or signed by its speaker
    ("'Ik meldde me aan ... Na een paar maanden sloten we af.' - Sanne, 29")."""
    page = st.page_of(unit)
    if on_experiences_page(page) or (by_heading and _headings_match(unit, terms("context", "experiences_page"), last=1)):
        return True
    key = ("client_voice_block", unit.block)
    got = page.memo.get(key)
    if got is None:
        block = [v for v in page.units if v.block == unit.block and v.kind not in ("heading", "title")]
        got = page.memo[key] = bool(block) and opens_quotation(block[0].text) and (
            any(_FIRST_PERSON.search(v.low) for v in block) or bool(_SIGNATURE.search(block[-1].text)))
    return got


def list_lead(st: SiteText, unit: Unit, reach: int = 25) -> Unit | None:
    """For a list item: the unit right above its list (within ``reach`` units of the page), the
    sentence that introduces it ("... de volgende klachten:", "Our practice is not the right place
    if:"); None when a heading comes first or the unit is no list item."""
    if unit.kind != "list_item":
        return None
    units = st.pages[unit.page].units
    pos = units.index(unit)
    window = units[max(0, pos - reach):pos]
    for at in range(len(window) - 1, -1, -1):
        prev = window[at]
        if prev.kind == "list_item":
            continue
        if prev.kind in ("heading", "title"):
            return None
        if not prev.low.rstrip().endswith(":") and _under_an_item(window, at):
            return None  # the text of the item above ("1. GP letter" / "Your insurer only pays when ..." / "2. Phone call"):
            # a numbered step's explanation, not a sentence that introduces the list
        return prev
    return None


def _under_an_item(window: list[Unit], at: int) -> bool:
    """The run of sentences that ends at ``window[at]`` stands right under a list item (it is that item's text)."""
    j = at
    while j > 0 and window[j - 1].kind not in ("list_item", "heading", "title"):
        j -= 1
    return j > 0 and window[j - 1].kind == "list_item"


# a line set as a paragraph that works as a heading: a short question or a short line ending in a colon
# ("Hoe lang duurt het?", "How long does it take?", "Duur van de behandeling:", "Meer nodig?")
_LINE_HEADING_WORDS = 8
_LINE_HEADING_ENDS = ("?", ":")


def is_line_heading(st: SiteText, unit: Unit, max_words: int = _LINE_HEADING_WORDS,
                    ends: tuple[str, ...] = _LINE_HEADING_ENDS) -> bool:
    """``unit`` is a line set as a paragraph that heads the part below it: a block of its own (the units
    before and after it belong to other blocks) of at most ``max_words`` words whose folded text ends in
    one of ``ends``."""
    if unit.kind not in ("sentence", "paragraph") or not unit.low.rstrip().endswith(ends) or len(unit.text.split()) > max_words:
        return False
    return all(v is unit or v.block != unit.block for v in st.neighbours(unit, 1, 1))


def line_lead(st: SiteText, unit: Unit, reach: int = 12, max_words: int = _LINE_HEADING_WORDS,
              ends: tuple[str, ...] = _LINE_HEADING_ENDS) -> Unit | None:
    """The nearest line above ``unit`` in its section (within ``reach`` units) that heads what follows
    it though it is set as a paragraph (``is_line_heading``); None when a heading or the section's start
    comes first."""
    for prev in reversed(st.neighbours(unit, reach, 0)[:-1]):
        if prev.kind in ("heading", "title") or prev.headings != unit.headings:
            return None
        if is_line_heading(st, prev, max_words, ends):
            return prev
    return None


def line_heading(st: SiteText, unit: Unit, reach: int = 12) -> str:
    """The folded text of the line that heads ``unit`` though it is set as a paragraph (``line_lead``:
    "Hoe lang en in welke vorm?" over "Iedereen is anders ..."); "" for a heading and when there is none."""
    if unit.kind in ("heading", "title"):
        return ""
    lead = line_lead(st, unit, reach)
    return lead.low if lead is not None else ""
