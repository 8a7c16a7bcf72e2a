"""2b-8 Inclusie- en exclusiecriteria cliëntendoelgroep.

Voldoet when the site says concretely which complaints or clients are treated (at least two
complaint kinds, in an inclusion context: "Voor wie", "wij behandelen", "u kunt terecht met") AND
which are not or when to go elsewhere (an exclusion naming complaints or severity: "wij behandelen
geen verslaving", "bij acute crisis of complexe problematiek verwijzen wij naar de specialistische
GGZ", a list under "Exclusiecriteria"). One side only is voldoet_bijna. Reimbursement rules
("wordt niet vergoed") and referral-letter requirements are not clinical criteria; a general
description of a profession ("een psycholoog behandelt ...") is not the practice's own doelgroep.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import evidence, in_legal_section, is_cost, is_legal_page, is_referral_letter, join_dutch
from checks.text.patterns import negated
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "severity": "ernstige of complexe problematiek",
    "clients": "bepaalde cliëntgroepen",
    "complaints": "psychische klachten",
}

# the practice or its reader is the subject, not "een psycholoog" in general
_OWN = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|mij|u|je|jij|jou|jouw|uw|praktijk\w*|bij ons|kind|kinderen|jongeren|volwassenen|clienten|client)(?![a-z])")
_GENERIC_SUBJECT = re.compile(r"^(?:een|de)\s+(?:gz-?\s?)?(?:psycholoog|psychotherapeut|psychiater|therapeut|orthopedagoog)\b")
_EXPLICIT_INCLUSION = {"terecht", "bedoeld", "lichte tot matige"}
_TREAT = re.compile(r"behandel|help|begeleid|terecht|aanmeld|hulp|zorg|therapie")


@dataclass
class Side:
    units: list[Unit] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    severity: bool = False
    groups: bool = False

    def add(self, unit: Unit, labels: list[str], severity: bool = False, groups: bool = False) -> None:
        if unit not in self.units:
            self.units.append(unit)
        self.labels.extend(x for x in labels if x not in self.labels)
        self.severity |= severity
        self.groups |= groups


def _lead_in(st: SiteText, unit: Unit) -> Unit | None:
    """For a list item: the sentence that introduces the list ("... de volgende klachten:")."""
    if unit.kind != "list_item":
        return None
    units = st.pages[unit.page].units
    pos = units.index(unit)
    for prev in reversed(units[max(0, pos - 25):pos]):
        if prev.kind == "list_item":
            continue
        if prev.kind in ("heading", "title"):
            return None
        return prev
    return None


@register
class Doelgroep(Check):
    criterion = "2b-8"
    message_keys = ("voldoet", "only_inclusion", "only_exclusion", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        inc, exc = self._sides(st)

        inc_concrete = len(inc.labels) >= 2
        exc_concrete = bool(exc.labels or exc.severity)
        included = join_dutch(inc.labels[:5]) or (UI_STRINGS["clients"] if inc.groups else UI_STRINGS["complaints"])
        excluded = join_dutch(exc.labels[:5]) or UI_STRINGS["severity"]
        details = {"included": inc.labels, "excluded": exc.labels, "exclusion_severity": exc.severity}

        if inc_concrete and exc_concrete:
            conf = 0.8 if (len(inc.labels) >= 3 and exc.labels) else 0.65
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf,
                                evidence=evidence(inc.units[:2] + exc.units[:2]), needs_review=conf < 0.7,
                                details=details, included=included, excluded=excluded)
        if inc.units and not exc_concrete:
            return self.finding(ctx, "voldoet_bijna", "only_inclusion", confidence=0.7 if inc_concrete else 0.55,
                                evidence=evidence(inc.units), needs_review=not inc_concrete or bool(exc.units),
                                details=details, included=included)
        if exc_concrete:
            key = "only_exclusion"
            # both sides present, but the inclusion side names no concrete complaints
            return self.finding(ctx, "voldoet_bijna", key, confidence=0.6,
                                evidence=evidence(exc.units[:2] + inc.units[:2]), needs_review=bool(inc.units),
                                details=details, excluded=excluded)
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7, details=details)

    @staticmethod
    def _sides(st: SiteText) -> tuple[Side, Side]:
        complaint = terms("complaints", "complaint")
        severity = terms("complaints", "severity")
        groups = terms("complaints", "client_group")
        inc_cue = terms("complaints", "inclusion_cue")
        exc_cue = terms("complaints", "exclusion_cue")
        inc_head = terms("complaints", "inclusion_heading")
        exc_head = terms("complaints", "exclusion_heading")
        inc, exc = Side(), Side()
        for u in st.units:
            if u.kind in ("heading", "title"):
                continue
            page = st.page_of(u)
            if is_legal_page(page) or in_legal_section(u) or is_cost(u) or is_referral_letter(u):
                continue
            labels = complaint.labels_in(u)
            sev = severity.search(u)
            grp = groups.search(u)
            lead = _lead_in(st, u)
            heads = list(u.headings[-2:])
            under_exc = any(exc_head.search_text(h) for h in heads) or (lead is not None and (exc_cue.search(lead) or exc_head.search_text(lead.low)))
            under_inc = any(inc_head.search_text(h) for h in heads) or (lead is not None and (inc_cue.search(lead) or inc_head.search_text(lead.low)))

            is_exc = bool(exc_cue.search(u)) or under_exc
            if not is_exc and labels and _TREAT.search(u.low):
                # "verslaving behandelen wij niet": a negated clause around the complaint
                first = complaint.find(u)[0]
                is_exc = first.on == "low" and negated(u.low, first.start, first.end) and bool(
                    re.search(r"(?:behandel|help|terecht|geschikt|bedoeld)\w*", u.low))
            if is_exc:
                if labels or sev or under_exc:
                    exc.add(u, labels, severity=bool(sev) or (under_exc and not labels))
                continue
            cues = set(inc_cue.labels_in(u))
            band = "lichte tot matige" in cues
            if not (labels or grp or band):
                continue
            own = bool(_OWN.search(u.low)) or (lead is not None and bool(_OWN.search(lead.low)))
            if _GENERIC_SUBJECT.match(u.low) and not under_inc:
                continue
            if labels and (under_inc or (cues & _EXPLICIT_INCLUSION) or (cues and own)):
                inc.add(u, labels, groups=bool(grp))
            elif (grp or band) and (under_inc or (cues & _EXPLICIT_INCLUSION and (own or band))):
                # only a client group or a severity band ("lichte tot matige problemen"): one side, not concrete
                inc.add(u, [], groups=bool(grp))
        return inc, exc
