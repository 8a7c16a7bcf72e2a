"""2b-7 Kenmerken behandelaren / teams.

Voldoet when a practitioner of the practice is named together with a BIG-level profession or a
registration (GZ-psycholoog, psychotherapeut, BIG, NIP, LVVP, VGCt...), or with a profession plus
another characteristic (specialism, languages, education). Only names, or only a generic "ons
team van psychologen", or the practice's registrations without a person, is voldoet_bijna. A page
that explains professions in general ("een GZ-psycholoog is ...") without naming the practice's
own people does not count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import fold, site_text, terms
from checks.text.context import evidence, is_cost, is_legal_page, join_dutch, page_about
from checks.text.patterns import person_names
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "names": "namen van behandelaren",
    "team": "een algemene beschrijving van het team",
    "registrations": "registraties zonder namen van behandelaren",
}

_GROUPS = ("protected", "registration", "profession", "characteristic")


@dataclass
class Profile:
    name: str
    units: list[Unit] = field(default_factory=list)
    legal_only: bool = True  # seen only on privacy / terms pages (a privacy contact is no practitioner description)
    feats: dict[str, set[str]] = field(default_factory=lambda: {g: set() for g in _GROUPS})

    def strong(self) -> bool:
        f = self.feats
        return bool(f["protected"] or f["registration"] or (f["profession"] and f["characteristic"]))


def _feats(unit: Unit) -> dict[str, set[str]]:
    return {g: set(terms("practitioners", g).labels_in(unit)) for g in _GROUPS}


_CONTINUES = re.compile(r"^(?:ik|zij|hij|ze)\s+(?:ben|is|werk|heb|werkt|heeft)\b")
_LIST_MARK = re.compile(r"^[A-Z]\.\s+\S+$")


def _names(unit: Unit) -> list[str]:
    if unit.kind == "table_row" and len(unit.text) > 200:
        return []
    out = []
    for n in person_names(unit.text):
        if n.start == 0 and _LIST_MARK.match(n.text):  # "C. Diensten ..." is a list marker
            continue
        out.append(n.text)
    return out


def _fragment(unit: Unit, text: str) -> Unit:
    return Unit(text=text, low=fold(text), lemmas="", url=unit.url, kind=unit.kind, heading=unit.heading,
                headings=unit.headings, page=unit.page, index=unit.index, block=unit.block)


@register
class Behandelaren(Check):
    criterion = "2b-7"
    message_keys = ("voldoet", "generic", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        profiles = self._profiles(st)
        strong = [p for p in profiles.values() if p.strong() and not p.legal_only]
        if strong:
            feats = sorted(set().union(*(p.feats["protected"] | p.feats["registration"] | p.feats["profession"] for p in strong)))
            names = [p.name for p in strong]
            found = f"{join_dutch(names[:3])}{' e.a.' if len(names) > 3 else ''} ({', '.join(feats[:5])})"
            protected = any(p.feats["protected"] or p.feats["registration"] for p in strong)
            conf = min(0.95, 0.65 + 0.1 * len(strong)) if protected else 0.6
            ev = [u for p in strong for u in p.units[:1]]
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=not protected,
                                details={"practitioners": names[:10], "characteristics": feats},
                                found=found)

        own = self._own_team_units(st)
        named = [p for p in profiles.values() if p.units]
        if named or own:
            parts = []
            if named:
                parts.append(f"{UI_STRINGS['names']}: {join_dutch([p.name for p in named[:3]])}")
            if own:
                parts.append(UI_STRINGS["team"])
            ev = [p.units[0] for p in named[:2]] + own[:2]
            return self.finding(ctx, "voldoet_bijna", "generic", confidence=0.6, evidence=evidence(ev),
                                needs_review=True, details={"names": [p.name for p in named[:10]]},
                                found="; ".join(parts))
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7)

    @staticmethod
    def _profiles(st: SiteText) -> dict[str, Profile]:
        """Person names with the characteristics found next to them."""
        profiles: dict[str, Profile] = {}
        for page in st.pages:
            legal = is_legal_page(page)
            units = page.units
            for i, u in enumerate(units):
                if is_cost(u) and u.kind != "heading":
                    continue
                names = _names(u)
                if not names:
                    continue
                # a name as heading (or alone on a line) is described by what follows it
                if u.kind in ("heading", "title") or len(u.text) <= 60:
                    scope = [u] + [v for v in units[i + 1:i + 7] if v.kind not in ("heading", "title")][:5]
                    # stop at the next name
                    cut = []
                    for v in scope:
                        if v is not u and _names(v) and len(v.text) <= 60:
                            break
                        cut.append(v)
                    scope = cut
                else:
                    scope = [u]
                for name in names[:4]:
                    prof = profiles.setdefault(name, Profile(name))
                    prof.legal_only = prof.legal_only and legal
                    if u not in prof.units:
                        prof.units.append(u)
                    if u.kind not in ("heading", "title") and len(u.text) > 60:
                        # a name inside a sentence: only features right next to the name, or in
                        # the next sentence when it continues about the person ("Ik ben ...")
                        idx = u.text.find(name)
                        window = u.text[max(0, idx - 10): idx + len(name) + 80]
                        fs = _feats(_fragment(u, window))
                        nxt = units[i + 1] if i + 1 < len(units) else None
                        if nxt is not None and _CONTINUES.match(nxt.low):
                            for g, s_ in _feats(nxt).items():
                                fs[g] |= s_
                    else:
                        fs = {g: set() for g in _GROUPS}
                        for v in scope:
                            for g, s in _feats(v).items():
                                fs[g] |= s
                    for g in _GROUPS:
                        prof.feats[g] |= fs[g]
        return profiles

    @staticmethod
    def _own_team_units(st: SiteText) -> list[Unit]:
        """The practice's own people described without names: "ons team", "ik ben GZ-psycholoog"."""
        own = terms("practitioners", "own_team")
        out: list[Unit] = []
        for u in st.units:
            if u.kind in ("heading", "title") or is_cost(u) or is_legal_page(st.page_of(u)):
                continue
            f = _feats(u)
            if not (f["protected"] or f["registration"] or f["profession"]):
                continue
            if own.search(u):
                out.append(u)
        return out
