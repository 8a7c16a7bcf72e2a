"""Samenwerking met andere zorgaanbieders: HOE, met WIE en WANNEER (Keurmerk 2021, criterion 3-3).

Topic-keyed (``samenwerking``): the Keurmerk 2021 framework names this check for its criterion
3-3; a later framework that asks the same on the website names it too, without code.

A passage counts when the practice itself speaks ("wij", "de praktijk", "de behandelaar") of
working together with a named care provider (huisarts, POH-GGZ, specialistische GGZ, psychiater,
bedrijfsarts, sociaal domein, ...): a collaboration word (samenwerken, overleg, afstemming,
consultatie, terugkoppeling, brief, korte lijnen) and a partner in the same sentence. The HOE
(overleg, consultatie, terugkoppeling, overdracht) and WANNEER (bij aanmelding, na de intake,
tijdens of na de behandeling, indien nodig, met toestemming) may sit in that sentence or in the
next few sentences of the same section.

voldoet: a concrete partner + how + when; voldoet_bijna: collaboration stated, but how or when
(or a concrete partner) missing; voldoet_niet: nothing. Not counted (hard negatives): the
client's working relationship with the practitioner ("de samenwerking tussen u en uw
behandelaar", no partner), insurers and contracts (cost passages), instructions to the client
("bij spoed kunt u overleggen met uw huisarts": the practice does not speak), privacy and legal
text, job adverts, blog posts, and a web designer's credit.
"""
from __future__ import annotations

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import evidence, in_legal_section, is_cost, is_editorial_page, join_dutch, not_own_content
from checks.text.units import Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "how": "hoe er wordt samengewerkt (bijvoorbeeld overleg, consultatie of terugkoppeling)",
    "when": "wanneer er wordt samengewerkt (bijvoorbeeld na de intake, bij afronding of als dat nodig is)",
    "who": "met welke zorgaanbieders concreet (bijvoorbeeld huisarts, POH-GGZ of specialistische GGZ)",
}
GENERIC_PARTNER = "andere zorgaanbieders"
SCOPE_AFTER = 4  # sentences after a collaboration passage that may tell its how and when


@register
class Samenwerking(Check):
    topic = "samenwerking"
    criterion = ""  # no Keurmerk 2025 criterion: found through the framework's `check: samenwerking`
    message_keys = ("voldoet", "partial", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        partner, together = terms("samenwerking", "partner"), terms("samenwerking", "together")
        how, when, own = terms("samenwerking", "how"), terms("samenwerking", "when"), terms("samenwerking", "own")

        def excluded(u: Unit) -> bool:
            return (not_own_content(st, u) or in_legal_section(u) or is_cost(u)
                    or is_editorial_page(st.page_of(u)) or u.kind in ("heading", "title"))

        passages: list[Unit] = []
        partners: list[str] = []
        hows: dict[str, Unit] = {}
        whens: dict[str, Unit] = {}
        for u in st.units:
            if excluded(u) or not (together.search(u) and own.search(u)):
                continue
            found = partner.labels_in(u)
            if not found:
                continue  # working with the client, an insurer or a designer: no care provider named
            passages.append(u)
            partners.extend(p for p in found if p not in partners)
            scope = [u] + [v for v in st.neighbours(u, 0, SCOPE_AFTER)[1:]
                           if v.headings == u.headings and not excluded(v)]
            for v in scope:
                for lab in how.labels_in(v):
                    hows.setdefault(lab, v)
                for lab in when.labels_in(v):
                    whens.setdefault(lab, v)

        if not passages:
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7)
        concrete = [p for p in partners if p != GENERIC_PARTNER]
        details = {"partners": partners, "how": sorted(hows), "when": sorted(whens), "passages": len(passages)}
        who = join_dutch((concrete or partners)[:4])
        ev_units = passages[:2] + list(hows.values())[:1] + list(whens.values())[:1]
        if concrete and hows and whens:
            found = f"met {who}; hoe: {join_dutch(list(hows)[:3])}; wanneer: {join_dutch(list(whens)[:3])}"
            conf = 0.8 if len(passages) >= 2 else 0.7
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev_units),
                                needs_review=conf < 0.75, details=details, found=found)
        missing = [UI_STRINGS[k] for k, ok in (("who", concrete), ("how", hows), ("when", whens)) if not ok]
        return self.finding(ctx, "voldoet_bijna", "partial", confidence=0.65, evidence=evidence(ev_units),
                            needs_review=True, details=details, found=f"met {who}", missing=join_dutch(missing))
