"""2b-9 Opbouw behandeling (zorgproces).

Voldoet when the site describes the path from aanmelding / intake (start) through the treatment
itself (behandelplan, behandelfase, tussentijdse evaluatie) to afronding / afsluiting (end). The
phases may sit on different pages when those pages are about the treatment path (werkwijze,
aanmelden, behandeling); otherwise the whole path must be on one page. Only part of the path is
voldoet_bijna. Mentions in money, waiting-time, legal or referral-letter passages do not count
("na afronding ontvangt u de factuur").
"""
from __future__ import annotations

import re

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (evidence, in_legal_section, is_cost, is_editorial_page, is_referral_letter, is_waiting_time, join_dutch,
                                 not_own_content, page_about)
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

PHASES = ("start", "middle", "end")
UI_STRINGS = {
    "start": "aanmelding en intake",
    "middle": "de behandelfase",
    "end": "de afronding of afsluiting",
    "to": "tot",
}

# "plaats" / "duren" say where and how long a session is, not that a phase follows
_SEQUENCE = re.compile(r"\b(?:daarna|vervolgens|na\s+(?:de|het|afloop)|eerst|tijdens|waarna|dan\s+(?:volgt|starten|begint)|start|begint|volgt|wekelijks|om\s+de\s+week|frequentie)\b")
# "1. Aanmelden", "Stap 4 - Afronden", "Fase 2: behandeling", "Step 3 -"
_NUMBERING = re.compile(r"^(?:(?:stap|fase|step|phase)\s*)?\d{1,2}\s*[.):]?\s*(?:[-:|]\s*)?|^(?:stap|fase|step|phase)\s+\w+\s*[-:]\s*")
# "na de intake" as a point in time ("dat bespreken we na de intake") describes what follows
_TIME_REF = re.compile(r"\bna\s+(?:de|het|afloop\s+van\s+(?:de|het))\s+$")
_NEXT_STEP = re.compile(r"\b(?:stap|fase|traject|vervolg\w*|daarna|vervolgens|waarna)\b")
_MAX_HEADING_WORDS = 5


def heading_phase(low: str) -> str | None:
    """The phase a heading or a step label names ("2. Behandeling" -> middle), else None."""
    bare = _NUMBERING.sub("", low.strip()).strip(" .:-?")
    if not bare or len(bare.split()) > _MAX_HEADING_WORDS:
        return None
    names = terms("process", "heading_phase")
    for phase in PHASES:
        hits = [h for h in names.find(_plain(bare)) if h.label == phase]
        if any(h.start == 0 for h in hits):
            return phase
    for phase in PHASES:
        if any(h.start == 0 for h in terms("process", phase).find(_plain(bare))):
            return phase
    return None


def _plain(text: str):
    from checks.text.terms import _Plain
    return _Plain(text)


def _step_label(unit: Unit) -> str | None:
    """A unit opened by a numbered step label: "Stap 2 - Intake: na de intake ..." -> start."""
    m = re.match(r"^((?:(?:stap|fase|step|phase)\s*\d{1,2}|\d{1,2}[.)])\s*[-:]?\s*[^:.]{2,40})[:.]\s", unit.low)
    return heading_phase(m.group(1)) if m else None
_GENERIC_MIDDLE = {"behandelfase"}
_GENERIC_WORDS = re.compile(r"^(?:gesprekken|sessies|afspraken|sessions)$")


def _phases(unit: Unit) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    all_hits = {phase: terms("process", phase).find(unit) for phase in PHASES}
    for phase in PHASES:
        hits = all_hits[phase]
        labels = []
        for h in hits:
            if phase == "middle" and h.label in _GENERIC_MIDDLE and _GENERIC_WORDS.match(h.text) and not _SEQUENCE.search(unit.low):
                continue
            if (phase == "start" and h.on == "low" and _TIME_REF.search(unit.low[:h.start])
                    and not any(all_hits[p] for p in PHASES if p != "start") and not _NEXT_STEP.search(unit.low)):
                continue  # "welke methode past, bespreken we na de intake"
            if h.label not in labels:
                labels.append(h.label)
        if labels:
            found[phase] = labels
    return found


def _phase_headed(phases: dict[str, list[Unit]]) -> bool:
    """Some of the units sit under a heading that names a phase ("Intake", "Afronding")."""
    return any(u.headings and heading_phase(u.headings[-1]) for us in phases.values() for u in us)


@register
class Opbouw(Check):
    topic = "opbouw"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-9"
    message_keys = ("voldoet", "partial", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        per_page: dict[int, dict[str, list[Unit]]] = {}
        labels: dict[int, dict[str, set[str]]] = {}
        for u in st.units:
            if u.kind == "title" or self._skip(st, u) or (u.kind == "heading" and len(u.text.split()) > _MAX_HEADING_WORDS * 3):
                continue  # (a paragraph marked up as a heading names no phase)
            phases = _phases(u)
            named = None
            if u.kind != "heading":
                # text under a heading that names a phase ("2. Intake", "Na de behandeling"), or
                # opened by a step label ("Stap 3 - Behandeling: ..."), describes that phase
                named = _step_label(u) or (heading_phase(u.headings[-1]) if u.headings else None)
                if named and len(u.text.split()) >= 5 and not terms("process", "measurement").search(u):
                    phases.setdefault(named, [named])
            if not phases:
                continue
            if u.kind != "heading" and not (named in phases or self._describes(st, u, phases)):
                continue
            for phase, labs in phases.items():
                per_page.setdefault(u.page, {}).setdefault(phase, []).append(u)
                labels.setdefault(u.page, {}).setdefault(phase, set()).update(labs)

        if not per_page:
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7)

        # the page covering most phases (ties: more described units)
        best = max(per_page, key=lambda p: (len([ph for ph in PHASES if self._described(per_page[p].get(ph, []))]), sum(len(v) for v in per_page[p].values())))
        page_phases = {ph for ph in PHASES if self._described(per_page[best].get(ph, []))}
        details = {"phases_on_best_page": sorted(page_phases), "page": st.pages[best].url}
        if page_phases == set(PHASES):
            ev = [per_page[best][ph][0] for ph in PHASES]
            return self.finding(ctx, "voldoet", "voldoet", confidence=0.8, evidence=evidence(ev), details=details,
                                found=f"{UI_STRINGS['start']} {UI_STRINGS['to']} {UI_STRINGS['end']}")

        # across pages about the treatment path
        site_phases: dict[str, Unit] = {}
        for p, phases in per_page.items():
            if not page_about(st.pages[p], ("process", "process_page")):
                continue
            for ph, us in phases.items():
                if self._described(us):
                    site_phases.setdefault(ph, us[0])
        if set(site_phases) == set(PHASES):
            ev = [site_phases[ph] for ph in PHASES]
            details["phases_across_pages"] = sorted(site_phases)
            return self.finding(ctx, "voldoet", "voldoet", confidence=0.65, evidence=evidence(ev),
                                needs_review=True, details=details,
                                found=f"{UI_STRINGS['start']} {UI_STRINGS['to']} {UI_STRINGS['end']}")

        present = page_phases | set(site_phases)
        n_units = sum(1 for us in per_page[best].values() for u in us if u.kind != "heading")
        steps = set().union(*labels[best].values())  # "aanmeldformulier, daarna intakegesprek": two steps
        process_page = page_about(st.pages[best], ("process", "process_page"))
        if len(present) <= 1 and len(steps) < 2 and not process_page and not (n_units >= 2 and _phase_headed(per_page[best])):
            # one passing mention ("u wordt uitgenodigd voor een intake") describes no treatment path
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.55, needs_review=True,
                                evidence=evidence([us[0] for us in per_page[best].values()]), details=details)
        if not present:
            # only headings or bare words: weak
            present = {ph for ph in PHASES if per_page[best].get(ph)}
        missing = [UI_STRINGS[ph] for ph in PHASES if ph not in present]
        found = join_dutch([UI_STRINGS[ph] for ph in PHASES if ph in present])
        ev = [us[0] for ph, us in per_page[best].items()]
        conf = 0.7 if len(present) == 2 else 0.6
        return self.finding(ctx, "voldoet_bijna", "partial", confidence=conf, evidence=evidence(ev),
                            needs_review=len(present) == 2, details=details,
                            found=found, missing=join_dutch(missing))

    @staticmethod
    def _describes(st: SiteText, u: Unit, phases: dict[str, list[str]]) -> bool:
        """A phase term in a sentence that describes a step: sequence words or process verbs,
        or a sentence under a heading that names the phase, on a page about the treatment path."""
        if terms("process", "measurement").search(u):
            # "bij afsluiting vult u een vragenlijst in" measures, it does not describe the end phase
            phases.pop("end", None)
            if not phases:
                return False
        if terms("process", "step").search(u):
            return True
        head = u.headings[-1] if u.headings else ""
        return bool(head) and any(terms("process", ph).search_text(head) for ph in PHASES) and page_about(
            st.page_of(u), ("process", "process_page"))

    @staticmethod
    def _described(units: list[Unit]) -> bool:
        return any(u.kind != "heading" for u in units)

    @staticmethod
    def _skip(st: SiteText, u: Unit) -> bool:
        return (is_cost(u) or not_own_content(st, u) or is_editorial_page(st.page_of(u)) or in_legal_section(u)
                or is_referral_letter(u) or is_waiting_time(u))
