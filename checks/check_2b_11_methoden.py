"""2b-11 Aanbod en inhoud behandelmethoden.

Voldoet when the site names the methods it offers (CGT, EMDR, ACT, schematherapie, ...) AND
explains what at least one of them involves: a sentence naming the method (or under a heading
naming it, or right after the sentence that names it) that says how it works ("CGT gaat ervan uit
dat gedachten ... je leert ..."). A bare list of names, or a one-line gloss, is voldoet_bijna.
Treatment forms (individuele therapie, relatietherapie) are not methods.

Not the practice's offer: a method on a tariff page, under a heading about costs or on a page mostly about money, a blog, a course
for colleagues or a link list, a page for another audience (employers, schools, a web shop), a page on
measuring the care (ROM, questionnaires: "welke behandelingen, zoals CGT, het best werken"), a page that answers a general question ("Wat is EMDR?") in which
the practice never speaks, and on such a page also where it speaks, unless in the sentence that names the method it says it works with it
("In mijn praktijk werk ik met EMDR");
inside a web or e-mail address; said not to be offered ("geen traumabehandeling"); named only as a
person's credential ("lid van de Vereniging EMDR Nederland") or part of an organisation's or hospital's name ("ziekenhuis
MST"); in the care of another provider ("de POH-GGZ biedt soms oplossingsgerichte gesprekken"); or in a research finding or guideline in
which the practice does not speak ("uit onderzoek blijkt dat mindfulness helpt", "volgens de richtlijn
is CGT de eerste keus").
"""
from __future__ import annotations

import re

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.terms import plain_text
from checks.text.context import (about_products, addresses_others, is_menu_line, evidence, explains_subject, in_cost_section, in_legal_section, introduces_professional_audience,
                                 is_cost, is_cost_page, is_editorial_page, is_legal_by_first_heading, is_for_professionals, is_general_explainer, is_general_page, is_links_page,
                                 is_measurement_page, is_mostly_money, is_recruiting, is_unvoiced_explainer, join_dutch, of_other_provider, page_titled,
                                 own_name_spans, presents_no_offer, quotation_in_first_person, course_not_treatment, in_waiting_section, is_waiting_page, reads_as_article, not_own_content, practice_silent,
                                 signed_quotation, signed_with_age, speaks_as_practice, speaks_of_care_in_general)
from checks.text.menus import NAV_SEPARATOR
from checks.text.patterns import ADDRESS
from checks.text.units import Unit, fragment, semicolon_clauses
from models.finding import Finding
from models.snapshot import SiteSnapshot

MIN_WORDS = 12          # an explanation is a real sentence, not a gloss ...
MIN_SHORT_WORDS = 7     # ... or a short one that says what happens ("je leert anders omgaan met belemmerende gedachten")
LONG_HEADING = 20       # words: a heading this long is a paragraph set in a heading tag
MIN_EXPLAIN_TERMS = 2   # ... with two explanatory words, one about the content (gedachten, leert, ...)


# "Ademruimte (uit de mindfulness)", "an exercise from CBT": a method named as the source of a self-help
# exercise; where the practice does not speak, an exercise to try, not its offer
_ORIGIN = re.compile(r"(?:\((?:uit|from)\s+|(?:oefening\w*|techniek\w*|exercises?|techniques?)\s+(?:\w+\s+){0,2}"
                     r"(?:uit|from|based\s+on|gebaseerd\s+op|op\s+basis\s+van)\s+)"
                     r"(?:de\s+|het\s+|the\s+)?(?:[\w-]+\s+){0,4}$")
# the method as the subject of a work or an event: a study, a thesis, an article, a book, a lecture, an
# interview, a podcast episode, a congress ("onderzoek naar online EMDR", "een proefschrift over de werkzaamheid
# van interpersoonlijke therapie", "een lezing over trauma en EMDR", "a study on group schema therapy"): what
# it is about, not what the practice offers (the words between are a noun phrase: no pronoun, no verb of use)
_WORK = (r"lezing\w*|presentatie\w*|onderzoek\w*|studie\w*|proefschrift\w*|promotie\w*|artikel\w*|publicatie\w*|"
         r"boek(?:en|je)?|e-?book\w*|werkboek\w*|podcast\w*|aflevering\w*|interview\w*|column\w*|recensie\w*|reportage\w*|"
         r"documentaire\w*|congres\w*|symposi\w*|webinar\w*|studies|study|research|trial|articles?|papers?|books?|lectures?|"
         r"talks?|episodes?|interviews?|reviews?|thesis|conferences?|documentar\w*|"
         r"vak|vakken|colleges?|hoorcollege\w*|les|lessen|courses?|classes|lessons?|hoofdstuk\w*|chapters?")
_GAP_WORD = (r"(?!(?:wij|we|ik|u|je|jij|ons|onze|mijn|uw|jouw|i|you|our|my|bied\w*|werk\w*|gebruik\w*|pas|passen|zet\w*|"
             r"behandel\w*|kun\w*|kan|offer\w*|use|provide\w*|treat\w*)(?![\w-]))[\w-]+")
_SUBJECT_OF_WORK = re.compile(rf"(?<![a-z])(?:{_WORK})\s+(?:over|naar|about|on|into)\s+(?:{_GAP_WORD}\s+){{0,5}}$")
# the history of a method: where and when it arose ("In 1987 ontdekte Francine Shapiro ...", "De gedragstherapie
# ontstond in de jaren vijftig", "was developed by Jeffrey Young in the 1980s", "werd oorspronkelijk ontdekt
# tijdens een wandeling"): an origin word with a year, a decade, "oorspronkelijk" or its maker's name
_ORIGIN_WORD = re.compile(r"(?<![a-z])(?:ontwikkel\w*|ontstaan|ontstond\w*|ontdek\w*|bedacht\w*|bedenker\w*|grondlegger\w*|"
                          r"publiceerde\w*|gepubliceerd|geintroduceerd|introduceerde\w*|bekend|developed|founded|discovered|"
                          r"introduced|originated|invented|devised|published)(?![a-z])")
_WHEN_WHO = re.compile(r"(?<![\d])(?:1[89]\d\d|20[0-2]\d)(?![\d])|(?<![a-z])(?:jaren\s+(?:'?\d0|twintig|dertig|veertig|vijftig|zestig|"
                       r"zeventig|tachtig|negentig)|oorspronkelijk|originally)(?![a-z])|(?<![\w])(?:door|by)\s+(?:de\s+)?(?:[A-Z][a-z]+\s+)+[A-Z][a-z]+")


def _history(unit: Unit) -> bool:
    """The unit tells the history of a method (``_ORIGIN_WORD`` with ``_WHEN_WHO``)."""
    return bool(_ORIGIN_WORD.search(unit.low)) and bool(_WHEN_WHO.search(unit.low) or _WHEN_WHO.search(unit.text))


# "wij bieden geen EMDR", "no EMDR": a method the practice does not offer
_NOT_OFFERED = re.compile(r"(?<![a-z])(?:geen|no|not)\s+(?!only\b|just\b)(?:\w+\s+){0,2}$")
# ... said after it ("Relatietherapie en gezinstherapie bied ik niet aan", "EMDR is not something we offer") or sent elsewhere
# in the same clause ("Another service suits you better if you want family therapy", "Voor EMDR verwijzen wij
# u door naar een collega")
_NOT_OFFERED_AFTER = re.compile(r"[^.;!?]{0,60}?(?<![a-z])(?:(?:bied|bieden|biedt|doe|doen|doet|geef|geven|geeft)\s+(?:ik|wij|we)\s+(?:\w+\s+)?niet|"
                                r"(?:is|are)\s+not\s+(?:something\s+)?(?:we|i)\s+(?:offer|provide|do))(?![a-z])")
_SENT_ELSEWHERE = re.compile(r"(?<![a-z])(?:(?:an)?other\s+(?:service|provider|practice|therapist)|andere\s+(?:hulpverlener|zorgaanbieder|praktijk|instelling|therapeut)|"
                             r"elders|elsewhere|better\s+fit|(?:verwijs|verwijz)\w*\s+(?:wij|we|ik)\s+(?:\w+\s+){0,3}?door|refer\s+(?:you\s+)?(?:on|to))(?![a-z])")
_CLAUSE_TURN = re.compile(r";|(?<![a-z])(?:maar|but|terwijl|whereas)(?![a-z])")


def _not_offered_here(low: str, start: int, end: int) -> bool:
    """The method is said not to be offered, or to be found elsewhere, in its own clause (``_NOT_OFFERED_AFTER``,
    ``_SENT_ELSEWHERE``)."""
    if _NOT_OFFERED_AFTER.match(low, end):
        return True
    a = max((m.end() for m in _CLAUSE_TURN.finditer(low, 0, start)), default=0)
    b = next((m.start() for m in _CLAUSE_TURN.finditer(low, end)), len(low))
    return bool(_SENT_ELSEWHERE.search(low[a:b]))


# a method word inside an organisation's name: "EMDR Nederland", "ACT Academy", "Vereniging voor Gedragstherapie
# en Cognitieve Therapie", "Stichting Mindfulness Nederland"
_HOSPITAL = r"ziekenhuis|ziekenhuizen|hospital|kliniek|clinic"
_ORG_AFTER = re.compile(r"[\w-]*\s+(?:nederland|vlaanderen|europe|europa|international|internationaal|academy|academie|instituut|"
                        r"institute|centrum|center|centre|netwerk|network|association|society|foundation|stichting|vereniging|"
                        + _HOSPITAL + r")(?![a-z])",
                        re.I)
_ORG_BEFORE = re.compile(r"(?<![a-z])(?:vereniging|stichting|instituut|institute|association|society|academy|academie|netwerk|network|"
                         r"federatie|federation|college)\s+(?:voor|for|of)\s+(?:[\w-]+\s+){0,3}$", re.I)
# a hospital before an acronym ("ziekenhuis MST", "the hospital (MST)")
_HOSPITAL_BEFORE = re.compile(r"(?<![a-z])(?:" + _HOSPITAL + r")\s+(?:het\s+|the\s+)?\(?$", re.I)
# the capitalised words an acronym in brackets spells out ("Medisch Spectrum Twente (MST)"): the name of something
# else, unless they are a method's own name ("Multisysteemtherapie (MST)", "Cognitive Behavioural Therapy (CBT)")
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:en|and|&|of|for|voor|van|de)\s+)?){2,6})\($")


def _spells_other_name(text: str, hit) -> bool:
    """The acronym in brackets after the capitalised words whose initials it is, and those words name no method
    ("Medisch Spectrum Twente (MST)", "Nederlandse Emigratie Teams (NET)")."""
    m = _SPELLED_OUT.search(text[max(0, hit.start - 80):hit.start])
    if not m:
        return False
    words = [w for w in m.group(1).split() if w[:1].isupper()]
    return "".join(w[0] for w in words).upper() == hit.text.upper() and not terms("methods", "method").search_text(m.group(1))


_EXPOSURE_TO = re.compile(r"[a-z]*\s+to\s")
_SHOUTED = re.compile(r"^(?=(?:.*?[A-Z]){6})[^a-z]*$")  # a line set in capitals, with no lower-case letter


def _in_organisation_name(text: str, hit) -> bool:
    """The method word is part of an organisation's name ("EMDR Nederland", "Vereniging voor Gedragstherapie
    en Cognitieve Therapie"), or an acronym is a hospital's ("ziekenhuis MST", "MST hospital", "Medisch Spectrum
    Twente (MST)")."""
    before = text[max(0, hit.start - 80):hit.start]
    return bool(_ORG_AFTER.match(text, hit.end) or _ORG_BEFORE.search(before)
                or (hit.text.isupper() and (_HOSPITAL_BEFORE.search(before) or _spells_other_name(text, hit))))


def method_labels(unit: Unit) -> list[str]:
    """The methods a unit names, leaving out words inside a web or e-mail address, methods the
    sentence says are not offered, and methods named only as a person's credential (a course
    followed, a register or professional body) in a sentence that does not say they are used."""
    hits = terms("methods", "method").find(unit)
    if not hits:
        return []
    spans = {on: [m.span() for m in ADDRESS.finditer(getattr(unit, on))] for on in ("low", "text")}
    # (a credential or a method written as an acronym is matched on the text, the others on the folded text: the
    # offsets are the same but for the rare character that folds into two)
    creds = [c for g in ("qualification", "credential") for c in terms("methods", g).find(unit) if c.on in ("low", "text")]
    # a verb of use inside the method's own name ("oplossingsgericht werken") says nothing about its use
    credential_only = bool(creds) and not any(not any(h.start <= w.start < h.end for h in hits)
                                              for w in terms("methods", "use").find(unit) if w.on == "low")
    out: list[str] = []
    for h in hits:
        if h.on in spans and any(a <= h.start < b for a, b in spans[h.on]):
            continue
        if credential_only and h.on in ("low", "text") and any(abs(c.start - h.start) < 40 or c.start < h.start for c in creds):
            continue  # "lid van de Vereniging EMDR Nederland", "opleiding schematherapie afgerond", "volgen
            # nascholing, bijvoorbeeld in schematherapie of EMDR": a credential (every method after the word)
        if h.on == "low" and (_NOT_OFFERED.search(unit.low[max(0, h.start - 40):h.start]) or _not_offered_here(unit.low, h.start, h.end)):
            continue
        if h.on == "low" and _SUBJECT_OF_WORK.search(unit.low[max(0, h.start - 80):h.start]):
            continue  # "een lezing over EMDR", "onderzoek naar online EMDR": the subject of a work
        if _in_organisation_name(getattr(unit, h.on), h):
            continue  # "aangesloten bij EMDR Nederland", "Stichting Mindfulness Nederland": an organisation's name
        if h.on == "low" and h.label == "exposure" and _EXPOSURE_TO.match(unit.low, h.end):
            continue  # "exposure to daylight", "exposure to noise": the English word, not the method
        if h.on == "text" and _SHOUTED.match(unit.text) and h.text in ("NET", "ACT"):
            continue  # "NET ALS THUIS", "ACT NOW": a word in a line set in capitals, not an acronym
        if h.label not in out:
            out.append(h.label)
    return out


# a line that opens with the name of a provider ("Praktijk De Linde - CGT, EMDR", "Psychotherapie Van Dam, Katwijk:
# schematherapie"): in a directory or a list of partners, that provider's methods (the site's own name excepted)
_OTHER_PROVIDER_LINE = re.compile(
    r"^(?:[A-Z][\w'-]*\s+)?(?:Praktijk|Psychologenpraktijk|Psychologiepraktijk|Psychotherapiepraktijk|Psychotherapie|Therapiepraktijk|"
    r"Kindpraktijk|Centrum|Center|Centre|GGZ|Instituut|Stichting)\b[^.!?:\-\u2013\u2014|]{1,60}\s?[:\-\u2013\u2014|]\s")


# a suggestion to the reader to try something on their own ("Probeer eens mindfulness", "Try a CBT app"): self-help
_SELF_HELP = re.compile(r"^(?:probeer|try|doe\s+eens|download|installeer|install)(?![a-z])")
# a provider named in general ("een psycholoog", "a therapist"): a text about care anyone gives, not this practice
_ANY_PROVIDER = re.compile(r"(?<![a-z])(?:een|a|an)\s+(?:gz-?\s?|goede\s+|good\s+)?(?:psycholoog|psychotherapeut|therapeut|behandelaar|"
                           r"hulpverlener|psychiater|psychologist|psychotherapist|therapist|counsell?or)(?![a-z])")
# a heading that names a profession ("De GZ-psycholoog", "The psychotherapist"): a section that describes the profession
_PROFESSION_HEADING = re.compile(r"^(?:de|het|een|the|a|an)?\s*(?:gz-?\s?|klinisch\w*\s+)?(?:psycholoog|psychotherapeut|therapeut|orthopedagoog|"
                                 r"psychiater|behandelaar|psychologist|psychotherapist|therapist|counsell?or)$")


def _about_providers_in_general(page) -> bool:
    """A page in which the practice never speaks and that names providers in general ("Begeleiding door een
    psycholoog, bijvoorbeeld met CGT, versnelt het herstel", "Ask a therapist which approach they use"): a
    guide to care anyone gives, not a page of this practice's offer. (Kept per page.)"""
    key = ("methoden", "providers_in_general_page")
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = practice_silent(page) and any(
            _ANY_PROVIDER.search(u.low) for u in page.units if u.kind not in ("heading", "title"))
    return got


def _general_statement(unit: Unit) -> bool:
    """A finding, a guideline, what exists or what a profession does in general, in a sentence in which
    the practice does not speak ("Uit onderzoek blijkt ...", "volgens de richtlijn ...", "Er bestaan
    verschillende stromingen", "Een psychotherapeut kan gebruikmaken van ...")."""
    return (terms("methods", "research").search(unit) or terms("methods", "guideline").search(unit)
            or terms("methods", "general_kinds").search(unit) or bool(_SELF_HELP.search(unit.low))
            or bool(unit.headings and _PROFESSION_HEADING.match(unit.headings[-1].strip(" :")))) and not speaks_as_practice(unit)


# a list of other articles to read ("Lees ook:", "Gerelateerde artikelen", "Related posts", "See also")
_MORE_TO_READ = re.compile(r"^(?:lees\s+ook|zie\s+ook|gerelateerde\s+(?:artikelen|berichten|blogs?)|andere\s+(?:artikelen|blogs?)|"
                           r"meer\s+artikelen|related\s+(?:articles|posts)|see\s+also|also\s+read|more\s+articles)(?![a-z])")


def _item_like(unit: Unit) -> bool:
    """A list item or table row, or a short line without closing punctuation that a page without list
    markup sets on its own ("cognitieve gedragstherapie" under "De bekendste zijn:")."""
    if unit.kind in ("list_item", "table_row"):
        return True
    text = unit.text.rstrip()
    return unit.kind == "sentence" and len(text.split()) <= 6 and not text.endswith((".", ":", "!", "?", ";"))


# a sentence that opens a list (it ends in a colon) of what the practice does not offer or treat ("We do not offer treatment
# when:", "Wij behandelen niet:", "Niet bij ons terecht:", "Contra-indicaties:")
_EXCLUSION_INTRO = re.compile(r"(?<![a-z])(?:(?:we|i)\s+(?:do\s+not|don't|don’t|cannot|can't|can’t)\s+(?:offer|provide|treat|help|see)|"
                              r"(?:wij|we|ik)\s+(?:\w+\s+)?(?:bied|behandel|help)\w*\s+(?:\w+\s+)?(?:geen|niet)|"
                              r"(?:bied|behandel|help)\w*\s+(?:wij|we|ik)\s+(?:\w+\s+)?(?:geen|niet)|niet\s+(?:bij\s+(?:ons|mij)\s+)?terecht|"
                              r"niet\s+geschikt|not\s+suitable|exclusie\w*|contra-?\s?indicat\w*)(?![a-z])")


def _intro_not_offer(st, unit: Unit) -> bool:
    """The sentence that opens the list ``unit`` is an item of (the last other unit before it, and the
    one before that when it is a stub like "De bekendste zijn:") is no statement of the offer: a general
    statement, money, care in general, a candidate's requirements, or what the practice does not offer (``_EXCLUSION_INTRO``,
    ``_SENT_ELSEWHERE``)."""
    before = [v for v in st.neighbours(unit, 10, 0)[:-1] if not _item_like(v)]
    intro = before[-2:] if before and len(before[-1].text.split()) <= 5 else before[-1:]
    for v in reversed(intro):
        if _MORE_TO_READ.match(v.low):
            return True  # "Lees ook:", "Gerelateerde artikelen", "See also": titles of other articles
        if v.kind in ("heading", "title"):
            return False
        if (_general_statement(v) or is_cost(v) or speaks_of_care_in_general(v) or is_recruiting(v)
                or (v.low.rstrip().endswith(":") and (_EXCLUSION_INTRO.search(v.low) or _SENT_ELSEWHERE.search(v.low)))
                or (v.low.startswith(("wat wij vragen", "wat we vragen", "wat vragen wij", "functie-eisen", "requirements"))
                    and not is_cost(v))):
            return True
    return False


def _own_use(st, unit: Unit) -> bool:
    """The practice says it works with or offers the method: in its own voice with a verb of use
    ("Daarom werk ik met ACT", "Wij bieden EMDR"), in the unit or in the sentence that opens the list
    the unit is an item of ("Ik werk met de volgende methoden:" - "CGT"); not a recruiting sentence."""
    use = terms("methods", "use")
    if speaks_as_practice(unit) and use.search(unit) and not is_recruiting(unit):
        return True
    if unit.kind == "list_item":
        before = [v for v in st.neighbours(unit, 6, 0)[:-1] if v.kind != "list_item" and v.page == unit.page]
        if before and before[-1].kind not in ("heading", "title"):
            v = before[-1]
            return speaks_as_practice(v) and use.search(v) and not is_recruiting(v)
    return False


def _explains(unit: Unit) -> bool:
    words = len(unit.text.split())
    if (unit.kind in ("heading", "title") and words < LONG_HEADING) or words < MIN_SHORT_WORDS:
        return False  # (a "heading" of a whole paragraph is text a page put in a heading tag)
    quals = [h for h in terms("methods", "qualification").find(unit) if h.on == "low"]
    if quals and any(abs(q.start - m.start) < 40 for q in quals for m in terms("methods", "method").find(unit) if m.on == "low"):
        return False  # "Hij is EMDR-practitioner en geregistreerd bij ...": a qualification
    content = {h.label for h in terms("methods", "content").find(unit)}
    frame = {h.label for h in terms("methods", "frame").find(unit)}
    if words < MIN_WORDS:  # a short gloss explains only when it says what happens in two content words
        return len(content) >= 2
    return bool(content) and len(content) + len(frame) >= MIN_EXPLAIN_TERMS


_PAREN = re.compile(r"\(([^()]{12,200})\)")


def _glossed(unit: Unit) -> list[str]:
    """Methods explained in brackets right after their name, in a sentence that names several ("daarbij gebruik ik EMDR,
    ACT en schematherapie (je leert de patronen uit je jeugd herkennen)"): a gloss of four words or more that says what
    happens (two explanatory words, or one in a gloss of six words or more); not the spelled-out name ("ACT (acceptance
    and commitment therapy)")."""
    if "(" not in unit.text:
        return []
    out = []
    for m in _PAREN.finditer(unit.text):
        gloss = fragment(unit, m.group(1))
        words = len(gloss.text.split())
        if words < 4 or method_labels(gloss):
            continue
        before = re.split(r"[,;:()]|\s(?:en|of|and|or)\s", unit.text[max(0, m.start() - 60):m.start()])[-1]
        labs = method_labels(fragment(unit, before))
        if not labs:
            continue
        content = {h.label for h in terms("methods", "content").find(gloss)}
        frame = {h.label for h in terms("methods", "frame").find(gloss)}
        if len(content) >= 2 or (content and (words >= 6 or frame)):
            out.append(labs[-1])
    return out


def _tells_the_work(unit: Unit) -> bool:
    """A sentence of a page about one method that tells, in a full sentence, what happens in it (one word of its
    content: "Samen brengen we in kaart hoe jullie op elkaar reageren en wat dat oproept"): under that page's first
    heading it needs no second word to be about the method."""
    return len(unit.text.split()) >= MIN_WORDS and bool(terms("methods", "content").search(unit)) \
        and not terms("methods", "qualification").search(unit)


@register
class Methoden(Check):
    topic = "behandelmethoden"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-11"
    message_keys = ("voldoet", "list_only", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        general: dict[int, bool] = {}

        def general_only(page) -> bool:
            """An answer to a general question ("Wat is CGT?", "What is CBT?") in which the practice
            never speaks: an explainer, not the practice's offer (LABELING v2: general articles count
            only where they say what the provider itself does)."""
            key = id(page)
            if key not in general:
                general[key] = (is_general_explainer(page) and not any(
                    speaks_as_practice(v) for v in page.units if v.kind not in ("heading", "title"))) \
                    or is_unvoiced_explainer(page)
            return general[key]

        def research_only(page) -> bool:
            """A page about research or publications ("EMDR: wat weten we uit onderzoek?", "/publicaties/") in
            which the practice never speaks: what is known of a method, not what the practice offers."""
            return is_general_page(page, questions=False) and practice_silent(page)

        page_methods: dict[int, str | None] = {}

        def method_of_page(page) -> str | None:
            """The one method a page is about: the only method its first heading names ("Systeemtherapie: het
            gezin als geheel") is the one its address names ("/aanbod/systeemtherapie/"). What the page goes on to
            say of how the work goes explains that method, though the sentence does not name it again ("Samen
            brengen we in kaart hoe jullie op elkaar reageren"). Not a story or an article whose title names it."""
            key = id(page)
            if key not in page_methods:
                head = next((v for v in page.units if v.kind == "heading" and v.low == page.first_heading), None)
                got = method_labels(head) if head is not None and len(head.text.split()) <= 8 else []
                path = {h.label for h in terms("methods", "method").find(plain_text(page.path_low))}
                page_methods[key] = got[0] if (len(got) == 1 and path == set(got) and not (
                    is_editorial_page(page) or reads_as_article(page) or presents_no_offer(page))) else None
            return page_methods[key]

        named: dict[str, Unit] = {}
        explained: dict[str, Unit] = {}
        for u in st.units:
            page = st.page_of(u)
            if not_own_content(st, u) or in_legal_section(u) or is_cost(u) or is_legal_by_first_heading(page):
                continue
            if is_menu_line(u):
                continue  # "Behandelingen | EMDR | Schematherapie | eHealth": the site's menu names pages, on every page
                # alike, and readers take it for navigation; the offer is told on the pages it links to
            if course_not_treatment(page):
                continue  # "Mindfulness voor beginners" that says "dit is een cursus, geen behandeling": not the practice's care
            if in_waiting_section(u) or is_waiting_page(page):
                continue  # "Wachttijd EMDR: 4 weken", "# Wachttijden / Groepstraining mindfulness: start 2 september": how long one
                # waits for a treatment, not what it is (the offer is told elsewhere)
            labels = method_labels(u)
            # "Angststoornissen worden meestal behandeld met CGT", "Ook ACT kan bijdragen aan herstel" on a page in
            # which the practice never speaks: an article on a complaint naming what helps, not the practice's offer
            # (on a page about the method itself its title or heading names it; the sentence may still explain it)
            in_general = bool(labels) and practice_silent(page) and not page_titled(page, ("context", "own_offer_section")) \
                and (terms("methods", "general_effect").search(u) or all(
                    _ORIGIN.search(u.low[max(0, h.start - 40):h.start]) for h in terms("methods", "method").find(u) if h.on == "low"))
            if labels and (_general_statement(u) or (u.headings and terms("methods", "general_kinds").search_text(u.headings[-1]))):
                continue  # "onderzoek toont aan dat mindfulness helpt", "volgens de richtlijn is CGT de eerste
                # keus", "er bestaan verschillende stromingen, zoals CGT": a finding, a guideline or what exists
                # in general, not the practice's offer
            if labels and _item_like(u) and _intro_not_offer(st, u):
                continue  # the items of a list opened by such a sentence, or by one on money or a candidate's
                # experience ("De volgende behandelingen worden vergoed:", "Uit onderzoek blijkt dat deze
                # behandelingen werken:", "De bekendste vormen zijn:", "Wat wij vragen: ervaring met CGT")
            if labels and _OTHER_PROVIDER_LINE.search(u.text) and not own_name_spans(u.text[:60], u.url, page):
                continue  # "Praktijk De Linde, Utrecht - CGT, EMDR": a line naming another provider and its methods
            # a blog naming EMDR in passing is no offer; nor is a tariff page ("denk aan klachten als
            # burn-out, trauma, EMDR"): what it costs, not what the practice offers; nor a course for
            # colleagues or a list of links; nor the history of a method; nor, on a page about the
            # practice's vision, a method's history, a quiz, a CV or clients' experiences, a method the
            # practice does not say it works with; nor an overview of the apps out there ("sommige apps bieden
            # een programma gebaseerd op CGT", "# Mindfulnessapps": the products' methods)
            if labels and ((_history(u) and not _explains(u)) or presents_no_offer(page) or _about_providers_in_general(page)
                           or explains_subject(page) or about_products(page)) \
                    and not _own_use(st, u):
                labels_for_offer = []
            else:
                labels_for_offer = labels
            if labels_for_offer and not (is_editorial_page(page) or is_cost_page(page) or is_for_professionals(page)
                    or is_links_page(page) or introduces_professional_audience(page)
                    or addresses_others(page) or is_measurement_page(page) or signed_with_age(st, u) or of_other_provider(u, page)
                    or quotation_in_first_person(u.low) or signed_quotation(u.low) or in_general
                    or in_cost_section(u) or is_mostly_money(page) or general_only(page) or reads_as_article(page)
                    or research_only(page)
                    or page_titled(page, ("context", "partners_page"))):
                for lab in labels_for_offer:
                    named.setdefault(lab, u)
            if not labels:
                subject = method_of_page(page) if u.kind not in ("heading", "title") else None
                if subject and (_explains(u) or _tells_the_work(u)):
                    explained.setdefault(subject, u)
                continue
            if u.kind in ("heading", "title") and not _explains(u):
                if u.kind == "title" or (NAV_SEPARATOR.search(u.low) and own_name_spans(u.text, u.url, page)):
                    continue  # the site's name with its line of what it does ("Praktijk X | psychotherapie & EMDR") heads the
                    # whole page, no section about the method
                # a method as heading: explained by the first sentences of its section
                section = [v for v in st.pages[u.page].units[st.pages[u.page].units.index(u) + 1:][:4]
                           if v.kind not in ("heading", "title")]
                for v in section[:3]:
                    if _explains(v):
                        for lab in labels:
                            explained.setdefault(lab, v)
                        break
                continue
            if _explains(u) and len(labels) <= 2:
                for lab in labels:
                    explained.setdefault(lab, u)
                continue
            for lab in _glossed(u):
                explained.setdefault(lab, u)  # "mentalization based treatment (waarin je leert ... te begrijpen)"
            if len(labels) > 2:
                # one sentence that explains several methods clause by clause ("In CBT you work on your thoughts and
                # behaviour; in ACT you learn to accept ...", "Bij CGT ... ; bij EMDR ..."): each clause is read alone
                for clause in semicolon_clauses(u):
                    got = method_labels(clause)
                    if 1 <= len(got) <= 2 and _explains(clause):
                        for lab in got:
                            explained.setdefault(lab, u)
            # "Ik werk vooral met CGT." followed by the explanation in the next sentences
            if len(labels) <= 2:
                for v in st.neighbours(u, 0, 3)[1:]:
                    if v.kind in ("heading", "title"):
                        break
                    other = [x for x in method_labels(v) if x not in labels]
                    if other:
                        break
                    if _explains(v):
                        explained.setdefault(labels[0], v)
                        break

        # explanations on blog or news pages support methods the practice names elsewhere
        explained = {k: v for k, v in explained.items() if k in named}
        if explained:
            names = list(explained)
            others = [n for n in named if n not in explained]
            conf = 0.8 if len(explained) >= 2 else 0.65
            found = join_dutch(names[:4]) + (f" (ook genoemd: {', '.join(others[:4])})" if others else "")
            ev = [named[n] for n in names[:2]] + [explained[n] for n in names[:2]]
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=conf < 0.7,
                                details={"methods": list(named), "explained": names}, found=found)
        if named:
            return self.finding(ctx, "voldoet_bijna", "list_only", confidence=0.7,
                                evidence=evidence(list(named.values())), details={"methods": list(named)},
                                found=join_dutch(list(named)[:6]))
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7)
