"""2b-13 Rapportcijfer cliëntervaringen gemeten met de CQI.

Reads report grades deliberately (no date search: "8,4" is a grade, not the 8th of April): a
number 1-10 written 8,4 / 8.4 / 8 / 8,4/10 / "8,4 uit 10" / "een 8" in a sentence with a grade word
(rapportcijfer, cijfer, gemiddeld, waardering, score), not on another scale ("4,5 op een schaal
van 1-5", sub-scales such as bejegening). The measurement year is a year 20xx in the same sentence
(nearest to the grade when there are several; a period "november 2018 - maart 2019" counts as its
end year), else in the heading above it or in the sentence before it.

Year rule (Keurmerk Y needs the grade measured over Y-1 = ``ctx.norms.cqi_measurement_year``):
- year < Y-1: voldoet_niet "outdated", naming the year found;
- year == Y-1: voldoet (with explanation of scale or CQI) or voldoet_bijna without explanation;
- Y-1 < year <= as_of.year: a newer measurement is at most one year old relative to the
  assessment and at least as current as required, so it is accepted like Y-1, but flagged
  ``needs_review`` with lower confidence (a partial-year measurement may be shown);
- year > as_of.year: a year in the future is a typo or a misread: voldoet_bijna, needs_review.
No year: voldoet_bijna "no_year". A grade not measured with the CQI: voldoet_bijna "not_cqi"
(voldoet_niet when its year is older than Y-1). CQI mentioned without a report grade, also with
sub-scale scores of any year: voldoet_bijna (LABELING v2).
"""
from __future__ import annotations

from dataclasses import dataclass

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import evidence, in_legal_section, is_legal_page, is_page_furniture, speaks_as_practice
from checks.text.patterns import Grade, grades, is_dateline, year_positions, years
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

MIN_GRADE_WITHOUT_SCALE = 5.0  # "4,6" without "/10" is a sub-scale score (1-5), not a report grade


@dataclass
class Candidate:
    grade: Grade
    year: int | None
    unit: Unit
    cqi: bool
    year_unit: Unit | None


def _fmt(value: float) -> str:
    return (f"{value:.2f}".rstrip("0").rstrip(".")).replace(".", ",") if value != int(value) else str(int(value))


def _year_near(unit: Unit, grade: Grade, n_grades: int) -> int | None:
    found = year_positions(unit.low)
    if not found:
        return None
    if n_grades == 1:
        ys = years(unit.low)
        return max(ys) if ys else None
    return min(found, key=lambda p: abs(p[0] - grade.start))[1]


# the explanation words that only name the grade's subject or its measurement ("kwaliteit", "cliëntervaringen",
# "gemeten"): beside them one at least must say what the grade is (a questionnaire, national, standardised, its scale)
_WEAK_EXPLAIN = frozenset({"meet", "gemeten", "ervaringen", "cliëntervaringen", "clientervaringen", "kwaliteit", "measure", "experiences"})


def _grade_section(st: SiteText, unit: Unit) -> list[Unit]:
    """The units about the grade: the page's units under the same heading as the grade, and those of a section that
    names the CQI ("... krijgt de CQ-index." + "Die lijst is landelijk; het eindcijfer loopt van 1 tot 10.");
    a page's other sections, on ROM questionnaires or complaints, explain something else, and its menu ("Home ·
    Kwaliteit · Nieuws") nothing."""
    cqi_t = terms("cqi", "cqi")
    page = st.pages[unit.page]
    head = unit.headings[-1:] if unit.kind not in ("heading", "title") else (unit.low,)
    text = [v for v in page.units if not is_page_furniture(v)]
    cqi_heads = {v.headings[-1:] for v in text if cqi_t.search(v)}
    return [v for v in text if v.headings[-1:] == head or v is unit or v.headings[-1:] in cqi_heads]


@register
class CqiRapportcijfer(Check):
    topic = "cqi"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-13"
    per_page = False  # a grade, its year and its explanation may sit on a page and the report it links
    message_keys = ("voldoet", "no_explanation", "no_year", "not_cqi", "no_grade", "outdated", "future_year", "missing")

    @staticmethod
    def own_care_kind(page) -> bool:
        """A news item in which the practice reports its own grade ("De meting laat zien dat onze cliënten ons gemiddeld een
        8,4 geven"): its own result, not a passing mention on a news page (the runner's weighing)."""
        key = ("cqi", "own_grade_news")
        got = page.memo.get(key)
        if got is None:
            cqi_t, cue = terms("cqi", "cqi"), terms("cqi", "grade_cue")
            got = page.memo[key] = any(cqi_t.search(u) for u in page.units) and any(
                u.kind not in ("heading", "title") and cue.search(u) and grades(u.low) and speaks_as_practice(u)
                and not _sector_figure(u) for u in page.units)
        return got

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        cqi_t = terms("cqi", "cqi")
        # (not a sentence that says the survey is not the CQI: "Deze vragenlijst is geen CQI")
        cqi_pages = {u.page for u in st.units if cqi_t.search(u) and not is_legal_page(st.page_of(u)) and not _NOT_CQI.search(u.low)}
        cands = self._candidates(st, cqi_pages)
        my = ctx.norms.cqi_measurement_year
        this_year = ctx.as_of.year

        if not cands:
            cqi_units = [u for u in st.units if u.page in cqi_pages and cqi_t.search(u)]
            if cqi_units and not any(_own_measurement(st, p) for p in {u.page for u in cqi_units}):
                cqi_units = []  # what the CQI is, in general: no measurement of the practice's own (LABELING v2)
            if not cqi_units:
                return self.finding(ctx, "voldoet_niet", "missing", confidence=0.8)
            old = self._subscale_years(st, cqi_pages)
            # (LABELING v2: CQI scores without a report grade are "bijna" whatever their year: the year rule is the
            # report grade's; an old year is named in the details for the reviewer)
            return self.finding(ctx, "voldoet_bijna", "no_grade", confidence=0.7, evidence=evidence(cqi_units),
                                details={"cqi_year": max(old) if old else None, "grade": None})

        # the most recent CQI grade (a grade without year ranks below any dated one)
        pool = [c for c in cands if c.cqi] or cands
        best = max(pool, key=lambda c: (c.year or 0, c.grade.out_of is not None))
        grade_s = _fmt(best.grade.value)
        details = {"cqi_year": best.year, "grade": best.grade.value, "cqi": best.cqi}
        ev_units = [best.unit] + ([best.year_unit] if best.year_unit and best.year_unit is not best.unit else [])
        explained = self._explained(st, best)
        details["explained"] = explained
        if not best.cqi and not any(c.cqi for c in cands) and _said_not_cqi(st, best):
            # a grade of the practice's own survey that the page itself says is not the CQI ("Deze vragenlijst is geen
            # CQI"): a satisfaction grade, "bijna" whatever its year (LABELING v2), not an outdated CQI grade
            return self.finding(ctx, "voldoet_bijna", "not_cqi", confidence=0.65, needs_review=True,
                                evidence=evidence(ev_units), details=details, grade=grade_s)
        if best.year is not None and best.year < my:
            ev_units += [u for u in st.pages[best.unit.page].units if cqi_t.search(u)][:1]
            return self.finding(ctx, "voldoet_niet", "outdated", confidence=0.85 if best.cqi else 0.7,
                                evidence=evidence(ev_units), details=details, year=best.year)
        if not best.cqi:
            return self.finding(ctx, "voldoet_bijna", "not_cqi", confidence=0.65, needs_review=True,
                                evidence=evidence(ev_units), details=details, grade=grade_s)
        if best.year is None:
            return self.finding(ctx, "voldoet_bijna", "no_year", confidence=0.75, evidence=evidence(ev_units),
                                details=details, grade=grade_s)
        if best.year > this_year:
            return self.finding(ctx, "voldoet_bijna", "future_year", confidence=0.5, needs_review=True,
                                evidence=evidence(ev_units), details=details, grade=grade_s, year=best.year)
        newer = best.year > my
        if not explained:
            return self.finding(ctx, "voldoet_bijna", "no_explanation", confidence=0.7, needs_review=newer,
                                evidence=evidence(ev_units), details=details, grade=grade_s, year=best.year)
        return self.finding(ctx, "voldoet", "voldoet", confidence=0.7 if newer else 0.9, needs_review=newer,
                            evidence=evidence(ev_units), details=details, grade=grade_s, year=best.year)

    @staticmethod
    def _candidates(st: SiteText, cqi_pages: set[int]) -> list[Candidate]:
        cue, sub, sat = terms("cqi", "grade_cue"), terms("cqi", "subscale"), terms("cqi", "satisfaction")
        cqi_t = terms("cqi", "cqi")
        out: list[Candidate] = []
        for u in st.units:
            page = st.page_of(u)
            if is_legal_page(page) or in_legal_section(u):
                continue  # headings are candidates too: "Ons rapportcijfer 2024: 8,4" is often one
            on_topic = (u.page in cqi_pages or sat.search(u) or cqi_t.search(u)
                        or any(sat.search_text(h) for h in u.headings[-2:]))
            if not (cue.search(u) or _under_grade_column(st, u, cue)):
                continue
            if not on_topic and not any(sat.search(v) for v in st.neighbours(u, 2, 0)[:-1]):
                continue  # (the survey may be named in the sentence before: "Na iedere behandeling vragen we je een
                # tevredenheidsvragenlijst in te vullen." + "Gemiddeld cijfer: 8,9")
            gs = [g for g in grades(u.low) if g.out_of == 10 or g.value >= MIN_GRADE_WITHOUT_SCALE]
            # skip numbers that are years' neighbours like "2019 (n=45)" or counts of respondents
            gs = [g for g in gs if not _is_count(u.low, g)]
            if not gs:
                continue
            if _sector_figure(u):
                continue  # "landelijk ligt het gemiddelde tussen 7,5 en 8,5": the sector's grades, not the practice's
            if sub.search(u) and not _REPORT_GRADE.search(u.low):
                continue  # a sub-scale score (bejegening 4,5), not the report grade
            for g in gs:
                year = _year_near(u, g, len(gs))
                year_unit = u if year is not None else None
                if year is None:
                    year, year_unit = _context_year(st, u)
                is_cqi = u.page in cqi_pages
                out.append(Candidate(g, year, u, is_cqi, year_unit))
        return out

    @staticmethod
    def _explained(st: SiteText, c: Candidate) -> bool:
        """Some explanation on the grade's page: the scale (1-10, /10) or what the CQI is."""
        expl = terms("cqi", "explain")
        if c.grade.out_of == 10:
            return True
        hits = set()
        for u in _grade_section(st, c.unit):
            hits.update(expl.labels_in(u))
        return len(hits) >= 2 and bool(hits - _WEAK_EXPLAIN)

    @staticmethod
    def _subscale_years(st: SiteText, cqi_pages: set[int]) -> list[int]:
        """Years next to CQI scores when no report grade is shown ("samen beslissen 4,9 in 2023")."""
        meas = terms("cqi", "measurement")
        found: list[int] = []
        for p in cqi_pages:
            for u in st.pages[p].units:
                if meas.search(u) and grades(u.low):
                    found.extend(years(u.low))
        return found


import re  # noqa: E402  (helpers below)

_REPORT_GRADE = re.compile(r"rapportcijfer|totaalcijfer|eindcijfer|gemiddeld(?:e)?\s+cijfer|cijfer\s+van|overall|report\s+grade")
_COUNT_AFTER = re.compile(r"^\s*(?:respondent|deelnemer|client|vragenlijst|ingevulde|personen|mensen|reacties|procent|%|keer|jaar)")


def _is_row(u: Unit) -> bool:
    return u.kind == "table_row" or " | " in u.text


def _under_grade_column(st: SiteText, u: Unit, cue) -> bool:
    """A row of a table whose header row names the grade ("Meetjaar | Rapportcijfer" over "2024 | 8,8"):
    the rows above it, up to the header, are rows of the same table. Likewise an item of a list whose
    lead-in names it ("Gemiddeld cijfer per meetjaar:" over "- 2024: 8,6" or the line "Over 2024: 8,6")."""
    if _lead_item(u):
        lead = st.run_above(u, _lead_item, 8)[1]
        return lead is not None and lead.low.rstrip().endswith(":") and bool(cue.search(lead))
    return _is_row(u) and any(cue.search(v) for v in st.run_above(u, _is_row, 8)[0])


def _lead_item(u: Unit) -> bool:
    """An item under a lead-in: a list item, or a short label line set on its own ("Over 2024: 8,6 (58 cliënten)")."""
    return u.kind == "list_item" or (u.kind == "sentence" and len(u.low.split()) <= 8 and bool(_LABEL_LINE.match(u.low)))


def _is_count(low: str, g: Grade) -> bool:
    return bool(_COUNT_AFTER.match(low[g.end:]))


def _context_year(st: SiteText, u: Unit) -> tuple[int | None, Unit | None]:
    """Year of a grade from its heading or the sentence before it ("Resultaten 2024")."""
    for h in reversed(u.headings[-2:]):
        ys = years(h)
        if ys and not is_dateline(h):  # (a news item's date line "12 maart 2024" dates the item, not the measurement)
            return max(ys), u
    meas = terms("cqi", "measurement")
    # the nearest sentence of the same section that dates the measurement ("meetperiode ... 2019")
    units = st.pages[u.page].units
    section = [v for v in units if v is not u and (
        v.headings == u.headings or (u.kind in ("heading", "title") and v.headings[-1:] == (u.low,)))]
    if u.kind == "heading" and _label_line(u):
        # a grade line taken for a heading ("Mean score: 8.2 out of 10") ends the section above it, whose sentences
        # tell of its measurement ("Last year (2024) 80 clients filled in the CQ-index.")
        before = st.neighbours(u, 1, 0)[:-1]
        above = before[0] if before else None
        if above is not None and above.kind not in ("heading", "title"):
            section += [v for v in units if v.index < u.index and v.headings == above.headings]
    # (not a measurement still to come: "een nieuwe meting volgt in 2026", "a new measurement is being carried out in
    # 2026"; at the same distance the sentence before the grade dates it, as in "De meting van 2024 ... Het cijfer: 8,1")
    dated = [v for v in section if years(v.low) and meas.search(v) and not _PLANNED.search(v.low) and not _HISTORY.search(v.low)]
    if dated:
        v = min(dated, key=lambda v: (abs(v.index - u.index), v.index > u.index))
        return max(years(v.low)), v
    page = st.pages[u.page]
    # a block of label lines ("Meetperiode: heel 2024 / Ingevulde lijsten: 88 / Gemiddeld
    # rapportcijfer: 8,3"), of which the line with the grade may have been taken for a heading: the dated line just above
    pos = next((i for i, v in enumerate(page.units) if v is u), None)
    if pos is not None:
        for v in reversed(page.units[max(0, pos - _LABEL_BLOCK):pos]):
            if v.kind in ("sentence", "paragraph", "list_item", "heading") and _label_line(v) and years(v.low) \
                    and meas.search(v) and not _PLANNED.search(v.low) and not _HISTORY.search(v.low):
                return max(years(v.low)), v
    ys = years(page.path_low + " " + page.title_low)
    if ys:
        return max(ys), u
    return None, None


# the survey said not to be the CQI ("deze vragenlijst is geen CQI", "het is niet de CQ-index", "this is not the CQI")
_NOT_CQI = re.compile(r"(?<![a-z])(?:geen|niet\s+(?:de|het|een)|not\s+(?:the|a))\s+(?:officiele\s+|official\s+)?(?:cqi|cq-?index|consumer\s+quality)")


def _said_not_cqi(st: SiteText, c: Candidate) -> bool:
    """The grade's page says its survey is not the CQI (``_NOT_CQI``)."""
    return any(_NOT_CQI.search(u.low) for u in st.pages[c.unit.page].units)


# a line of a block of labels and values ("Meetjaar: 2024", "Meetperiode: 1 januari - 31 december 2024"): at most this many
# lines above the grade
_LABEL_BLOCK = 3
_LABEL_LINE = re.compile(r"^[^:.!?]{2,40}:\s*\S")


def _label_line(v: Unit) -> bool:
    """A label with its value ("Meetjaar: 2024"), or a short line without a sentence's end ("Resultaten meetperiode 2024")."""
    return bool(_LABEL_LINE.match(v.low)) or (len(v.low.split()) <= 10 and not v.low.rstrip().endswith((".", "!", "?")))


# (nor a year in the practice's or a practitioner's history: "ik werkte twintig jaar bij de GGZ voordat ik in 2021 mijn
# eigen praktijk begon", "opgericht in 2015", "founded in 2019")
_HISTORY = re.compile(r"(?<![a-z])(?:begon|begonnen|gestart|opgericht|werkte|werkten|gewerkt|geopend|afgestudeerd|met\s+pensioen|"
                      r"founded|started|established|opened|graduated|retired|worked)(?![a-z])")


# a measurement still to come or put off ("volgt in", "wordt uitgevoerd", "gepland", "uitgesteld", "will", "is being
# carried out", "planned", "postponed")
_PLANNED = re.compile(r"(?<![a-z])(?:volgt|volgen|zal|zullen|gepland\w*|uitgesteld|binnenkort|nieuwe\s+meting|wordt\s+(?:\w+\s+){0,3}uitgevoerd|"
                      r"will|is\s+being|are\s+being|planned|postponed|upcoming|next\s+(?:measurement|survey)|new\s+measurement)(?![a-z])")


# a figure of the sector or the country ("in landelijke metingen", "het landelijk gemiddelde", "cliënten in de
# vrijgevestigde ggz", "across the Netherlands") or a range of grades ("tussen 7,5 en 8,5"): no grade the practice's clients gave it
_SECTOR = re.compile(r"(?<![a-z])(?:landelijk\w*|nationa\w*|in nederland|in de (?:[\w-]+\s+){0,2}(?:sector|ggz|zorg)|sectorrapport\w*|"
                     r"alle (?:zorg)?aanbieders|alle praktijken|sectorbreed|branche\w*|nationwide|in the netherlands|"
                     r"across the sector)(?![a-z])")
_GRADE_RANGE = re.compile(r"(?<![a-z])(?:tussen|between)\s+(?:een\s+)?\d{1,2}(?:[.,]\d)?\s+(?:en|and)\s+(?:een\s+)?\d{1,2}(?:[.,]\d)?(?![\d])")


def _sector_figure(u: Unit) -> bool:
    """A grade of the sector or a range of grades, in a sentence in which the practice does not speak."""
    if not (_SECTOR.search(u.low) or _GRADE_RANGE.search(u.low)):
        return False
    return not speaks_as_practice(u)


def _own_measurement(st: SiteText, page: int) -> bool:
    """The CQI page gives results of the practice's own measurement: in its own voice ("wij meten", "maak
    ik gebruik van", its name) with results in words ("Lentis scoort goed op keuzevrijheid", "92% van onze
    cliënten is tevreden"), or scores ("bejegening 4,5"). That the practice measures with the CQI, without any
    result, is no grade at all (LABELING: "1" is a grade without year or explanation, or sub-scale scores)."""
    units = st.pages[page].units
    scored = (terms("cqi", "measurement"), terms("cqi", "subscale"))
    body = [u for u in units if u.kind not in ("heading", "title")]
    return (any(speaks_as_practice(u) for u in body) and any(_RESULTS.search(u.low) for u in body)) or any(
        _SCORE.search(u.low) and any(t.search(u) for t in scored) and not _sector_figure(u) for u in units)


# results told in words: a score, a comparison, a share of clients, satisfaction ("scoort goed op", "in vergelijking met
# andere instellingen", "87% van de cliënten", "cliënten zijn tevreden over", "scored well", "were satisfied")
_RESULTS = re.compile(r"\b(?:scoor\w*|scoren|scoort|scoorde\w*|scored|scores?\s+(?:goed|hoog|laag|beter|boven|onder|well|high|low|above|below)|"
                      r"in\s+vergelijking\s+met|vergeleken\s+met|compared\s+(?:to|with)|\d+\s*(?:%|procent|percent)|"
                      r"(?:zijn|is|waren|was|were|are)\s+(?:\w+\s+)?(?:tevreden|satisfied)|gaven\s+(?:ons|onze|de\s+praktijk)|rated\s+(?:us|our)|"
                      # ... or published where the reader finds them ("de resultaten vindt u hieronder", "results are available below")
                      r"(?:resultat\w*|uitkomst\w*|results?|outcomes?)\s+(?:[\w-]+\s+){0,6}(?:vindt\s+u|vind\s+je|staan\s+(?:hieronder|op|in)|hieronder|"
                      r"te\s+downloaden|downloaden|below|can\s+be\s+found|are\s+(?:available|published)))")


_SCORE = re.compile(r"(?<![\d.,])\d{1,2}[,.]\d{1,2}(?![\d])")  # "4,6", "8.3": a score, not a year or a count
