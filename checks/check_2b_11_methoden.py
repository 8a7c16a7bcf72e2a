"""2b-11 Aanbod en inhoud behandelmethoden.

Voldoet when the site names the methods it offers (CGT, EMDR, ACT, schematherapie, ...) AND
explains what at least one of them involves: a sentence naming the method (or under a heading
naming it, or right after the sentence that names it) that says how it works ("CGT gaat ervan uit
dat gedachten ... je leert ..."). A bare list of names, or a one-line gloss, is voldoet_bijna.
Treatment forms (individuele therapie, relatietherapie) are not methods.

Not the practice's offer: a method on a tariff page, under a heading about costs or on a page mostly about money, a blog, a course
for colleagues or a link list, a page for another audience (employers, schools, a web shop), a page on
measuring the care (ROM, questionnaires: "welke behandelingen, zoals CGT, het best werken"), a page that answers a general question ("Wat is EMDR?") in which
the practice never speaks;
inside a web or e-mail address; said not to be offered ("geen traumabehandeling"); named only as a
person's credential ("lid van de Vereniging EMDR Nederland"); or in a research finding or guideline in
which the practice does not speak ("uit onderzoek blijkt dat mindfulness helpt", "volgens de richtlijn
is CGT de eerste keus").
"""
from __future__ import annotations

import re

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (addresses_others, evidence, in_cost_section, in_legal_section, is_cost, is_cost_page, is_editorial_page,
                                 is_for_professionals, is_general_explainer, is_links_page, is_measurement_page, is_mostly_money, is_unvoiced_explainer,
                                 join_dutch, page_titled, reads_as_article,
                                 not_own_content, practice_silent,
                                 speaks_as_practice)
from checks.text.patterns import QuickRegex
from checks.text.units import Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

MIN_WORDS = 12          # an explanation is a real sentence, not a gloss ...
MIN_SHORT_WORDS = 7     # ... or a short one that says what happens ("je leert anders omgaan met belemmerende gedachten")
LONG_HEADING = 20       # words: a heading this long is a paragraph set in a heading tag
MIN_EXPLAIN_TERMS = 2   # ... with two explanatory words, one about the content (gedachten, leert, ...)


# a web or e-mail address ("info@speltherapie-noord.nl", "www.emdrpraktijk.nl") names a site, not a method
_ADDRESS = QuickRegex(r"[^\s@]*@\S+|\S*(?:www\.|https?://)\S*|\S+\.(?:nl|com|org|eu|be|net|info|nu)(?![a-z])\S*")
# a client's words in quotation marks ('"Na de EMDR-behandeling kan ik weer slapen." - vrouw, 34'): a
# testimonial, not the practice presenting its offer
_TESTIMONIAL = re.compile(r"^[\"\u201c\u201e'\u2018][^\"\u201d]{0,300}?(?<![a-z])(?:ik|mij|me|mijn|i|my)(?![a-z])")
# ... or any quotation signed by its speaker ('"Goed geholpen met EMDR." - cliënt, 2023', '"EMDR gave me my
# sleep back" — Sanne, 24'): someone's words about the care, not the practice presenting its offer
_ATTRIBUTED_QUOTE = re.compile(r"^[\"\u201c\u201e'\u2018][^\"\u201d]{3,300}[\"\u201d'\u2019]\s*[-\u2013\u2014]\s*(?:\w|$)")
# "Ademruimte (uit de mindfulness)", "an exercise from CBT": a method named as the source of a self-help
# exercise; where the practice does not speak, an exercise to try, not its offer
_ORIGIN = re.compile(r"(?:\((?:uit|from)\s+|(?:oefening\w*|techniek\w*|exercises?|techniques?)\s+(?:\w+\s+){0,2}(?:uit|from)\s+)"
                     r"(?:de\s+|het\s+|the\s+)?(?:[\w-]+\s+){0,2}$")
# "wij bieden geen EMDR", "no EMDR": a method the practice does not offer
_NOT_OFFERED = re.compile(r"(?<![a-z])(?:geen|no|not)\s+(?!only\b|just\b)(?:\w+\s+){0,2}$")


def method_labels(unit: Unit) -> list[str]:
    """The methods a unit names, leaving out words inside a web or e-mail address, methods the
    sentence says are not offered, and methods named only as a person's credential (a course
    followed, a register or professional body) in a sentence that does not say they are used."""
    hits = terms("methods", "method").find(unit)
    if not hits:
        return []
    spans = {on: [m.span() for m in _ADDRESS.finditer(getattr(unit, on))] for on in ("low", "text")}
    creds = [c for g in ("qualification", "credential") for c in terms("methods", g).find(unit) if c.on == "low"]
    credential_only = bool(creds) and not terms("methods", "use").search(unit)
    out: list[str] = []
    for h in hits:
        if h.on in spans and any(a <= h.start < b for a, b in spans[h.on]):
            continue
        if credential_only and h.on == "low" and any(abs(c.start - h.start) < 40 or c.start < h.start for c in creds):
            continue  # "lid van de Vereniging EMDR Nederland", "opleiding schematherapie afgerond", "volgen
            # nascholing, bijvoorbeeld in schematherapie of EMDR": a credential (every method after the word)
        if h.on == "low" and _NOT_OFFERED.search(unit.low[max(0, h.start - 40):h.start]):
            continue
        if h.label not in out:
            out.append(h.label)
    return out


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

        named: dict[str, Unit] = {}
        explained: dict[str, Unit] = {}
        for u in st.units:
            page = st.page_of(u)
            if not_own_content(st, u) or in_legal_section(u) or is_cost(u):
                continue
            labels = method_labels(u)
            # "Angststoornissen worden meestal behandeld met CGT", "Ook ACT kan bijdragen aan herstel" on a page in
            # which the practice never speaks: an article on a complaint naming what helps, not the practice's offer
            # (on a page about the method itself its title or heading names it; the sentence may still explain it)
            in_general = bool(labels) and practice_silent(page) and not page_titled(page, ("context", "own_offer_section")) \
                and (terms("methods", "general_effect").search(u) or all(
                    _ORIGIN.search(u.low[max(0, h.start - 40):h.start]) for h in terms("methods", "method").find(u) if h.on == "low"))
            if labels and (terms("methods", "research").search(u) or terms("methods", "guideline").search(u)
                           or terms("methods", "general_kinds").search(u)
                           or (u.headings and terms("methods", "general_kinds").search_text(u.headings[-1]))) \
                    and not speaks_as_practice(u):
                continue  # "onderzoek toont aan dat mindfulness helpt", "volgens de richtlijn is CGT de eerste
                # keus", "er bestaan verschillende stromingen, zoals CGT": a finding, a guideline or what exists
                # in general, not the practice's offer
            # a blog naming EMDR in passing is no offer; nor is a tariff page ("denk aan klachten als
            # burn-out, trauma, EMDR"): what it costs, not what the practice offers; nor a course for
            # colleagues or a list of links
            if not (is_editorial_page(page) or is_cost_page(page) or is_for_professionals(page) or is_links_page(page)
                    or addresses_others(page) or is_measurement_page(page)
                    or _TESTIMONIAL.search(u.low) or _ATTRIBUTED_QUOTE.search(u.low) or in_general
                    or in_cost_section(u) or is_mostly_money(page) or general_only(page) or reads_as_article(page)
                    or page_titled(page, ("context", "partners_page"))):
                for lab in labels:
                    named.setdefault(lab, u)
            if not labels:
                continue
            if u.kind in ("heading", "title") and not _explains(u):
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
