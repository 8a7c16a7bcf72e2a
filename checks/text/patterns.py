"""Small pattern readers: negation and clause scope, phone numbers, years, report grades, names.

All functions work on one unit (sentence, list item, table row) or on its folded text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from checks.text.first_names import is_given_name
from checks.text.terms import regex_needles, terms

# ----------------------------------------------------------------------------- quick regexes


class QuickRegex:
    """A regular expression whose ``search`` first tests the text for the literal pieces that
    every match contains (``regex_needles``: "kost", "tarie", "€", ...) with plain substring
    tests, and runs the regex only when one is there. Same answers as ``re.search``; much faster
    on the many texts that hold none, where the regex engine would try every position. A regex
    without such pieces (or with flags that make them unsure) is simply always run."""

    __slots__ = ("regex", "pattern", "needles")

    def __init__(self, pattern: str):
        self.regex = re.compile(pattern)
        self.pattern = pattern
        self.needles = regex_needles(pattern)

    def search(self, text: str) -> re.Match | None:
        if self.needles is None:
            return self.regex.search(text)
        for piece in self.needles:
            if piece in text:
                return self.regex.search(text)
        return None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """``re.finditer``: no match at all in a text that holds none of the pieces."""
        if self.needles is None:
            return self.regex.finditer(text)
        for piece in self.needles:
            if piece in text:
                return self.regex.finditer(text)
        return iter(())


# ----------------------------------------------------------------------------- clauses / negation

# (a relative clause after a comma is its own clause: "... klachten, die niet bij de huisarts kunnen worden behandeld"
# describes the complaints, it does not negate the sentence's main clause)
_CLAUSE_BREAK = re.compile(r"[.;:!?()]|,\s*(?:maar|echter|wel|terwijl|want|tenzij|die|dat|which|who)\b|\s(?:maar|echter)\s")
# (not the first part of a compound: "niet-helpende gedachten", "niet-aangeboren hersenletsel")
_NEG = re.compile(r"(?<![a-z])(?:geen|niet|nooit|zonder|uitgezonderd|behalve|uitgesloten|noch)(?![a-z])(?!-[a-z])")
# phrases whose negation negates no care ("niet alleen", "geen wachtlijst"; a generalist's breadth: "een generalist, die niet
# gespecialiseerd is in één stoornis"; a mild band: "problemen die niet zo ernstig zijn"; a lasting complaint: "angst die
# niet overgaat"; danger: "omdat iemand niet veilig is")
_NEG_FALSE = re.compile(r"(?<![a-z])(?:niet alleen|niet zelden|niet altijd|geen wachtlijst|geen wachttijd|niet meer dan|geen verwijsbrief|niet nodig|"
                        r"niet\s+gespecialiseerd(?:\s+is)?\s+in\s+(?:één|een|1)\s+(?:\w+\s+)?(?:stoornis|stoornissen|klacht|probleem|aandoening)|"
                        r"niet\s+(?:zo\s+|heel\s+|erg\s+)?ernstig|niet\s+(?:meer\s+)?veilig|"
                        # a complaint that does not pass ("angst die niet overgaat", "klachten die maar niet weggaan")
                        r"(?:die|dat)\s+(?:\w+\s+){0,2}niet\s+(?:\w+\s+){0,2}(?:overgaa?t|overgaan|weggaa?t|weggaan|verdwijn\w*|ophoud\w*|"
                        r"verbeter\w*|minder\s+wordt|minder\s+worden|beter\s+wordt|beter\s+worden))(?![a-z])")


def clause(low: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause of ``low`` around [start, end)."""
    lo = 0
    for m in _CLAUSE_BREAK.finditer(low, 0, start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(low, end)
    hi = m.start() if m else len(low)
    return lo, hi


# a relative clause after a word ("volwassenen die ...", "klachten waarvoor ...", "people who ..."): it says something of
# that word, not of the verb before it
_RELATIVE = re.compile(r"\s(?:die|dat|waarvoor|waarbij|waarin|waardoor|waarmee|waarover|who|which|whose)\s")


def negated(low: str, start: int, end: int, main_only: bool = False) -> bool:
    """True when the clause holding [start, end) is negated ("wij behandelen geen ..."); with ``main_only`` a negation in
    a relative clause after [start, end) does not count ("ik werk met volwassenen die last hebben van klachten waarvoor geen
    oorzaak is gevonden" is no negated "werk met")."""
    lo, hi = clause(low, start, end)
    if main_only:
        rel = _RELATIVE.search(low, end, hi)
        hi = rel.start() if rel else hi
    part = _NEG_FALSE.sub(" ", low[lo:hi])
    return bool(_NEG.search(part))


# ----------------------------------------------------------------------------- phone numbers

_PHONE = re.compile(
    r"(?<![\d\w+])(?:\+31[\s.-]?(?:\(0\)[\s.-]?)?|0031[\s.-]?|\(?0)"
    r"(?:[1-9](?:[\s.)\-\u2013]{0,3}\d){8}"  # 0xx-xxxxxxx, 06-xxxxxxxx, +31 6 ..., 050 - 123 45 67, (050) 1234567
    r"|[89]0[09][\s.-]?(?:\d[\s.-]?){3,6}\d?)"  # 0800-0113, 0900-1234567
    r"(?![\d])"
)
_SHORT = re.compile(r"(?<![\d€.,/-])(?:112|113)(?![\d,/%-])(?![.]\d)(?!\s*(?:euro|minuten|min\b|uur|%))")


# What stands right before a run of digits that is an account or register number, not a phone number:
# the tail of an IBAN ("NL42 RABO 0318 7765 20") or the label of a number ("KvK 0612…", "AGB-code 03…").
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?"
    r"|\b(?:iban|rekening(?:nummer)?|bankrekening(?:nummer)?|kvk(?:-?nummer)?|agb(?:-?codes?)?|btw(?:-?nummer)?)\W{0,3})$",
    re.I)


def phone_numbers(text: str) -> list[str]:
    """Dutch phone numbers in ``text`` (landline, mobile, +31, 0800/0900); not the digits of an IBAN or of a
    number labelled as a KvK, AGB or VAT number."""
    if "0" not in text and "+31" not in text:
        return []  # every number starts with "+31", "0031", "(0" or "0": most texts hold none
    return [m.group(0).strip() for m in _PHONE.finditer(text)
            if not _NOT_PHONE_BEFORE.search(text, max(0, m.start() - 24), m.start())]


def short_numbers(text: str) -> list[str]:
    """The emergency numbers 112 and 113 when they stand alone (not amounts or codes)."""
    return [m.group(0) for m in _SHORT.finditer(text)]


# a web or e-mail address ("info@speltherapie-noord.nl", "www.emdrpraktijk.nl", "basisggz-hengelveld.nl/contact"): it
# names a site, not a method or a kind of care
ADDRESS = QuickRegex(r"[^\s@]*@\S+|\S*(?:www\.|https?://)\S*|\S+\.(?:nl|com|org|eu|be|net|info|nu)(?![a-z])\S*")

# an e-mail address ("info@praktijk.nl"); ``has_email`` also takes the word "e-mail" for one
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL = re.compile(EMAIL_ADDRESS.pattern + r"|e-?mail(?:adres)?\b", re.I)

# a Dutch postcode ("7231 KL", "3011WK"): the line that holds one is an address
POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?[A-Z]{2}(?![\w-])")


def has_email(text: str) -> bool:
    return bool(_EMAIL.search(text))


# ----------------------------------------------------------------------------- years and grades

YEAR = re.compile(r"(?<![\d.,/-])(20[0-4]\d)(?![\d])")
_PERIOD = re.compile(r"(?<![\d])(20[0-4]\d)\s*(?:-|t/m|tot en met|tot)\s*(?:[A-Za-z]+\s+)?(20[0-4]\d)(?!\d)")


def year_positions(text: str) -> list[tuple[int, int]]:
    """(offset, year) of the years in ``text``; a period "2023-2024" is its end year, at its end."""
    periods = [(m.start(1), m.start(2), int(m.group(2))) for m in _PERIOD.finditer(text)]
    starts = {a for a, _, _ in periods}
    out = [(m.start(), int(m.group(1))) for m in YEAR.finditer(text) if m.start() not in starts]
    out += [(b, y) for _, b, y in periods if all(pos != b for pos, _ in out)]
    return sorted(out)


# a line that only dates a text ("12 maart 2024", "Geplaatst op 3 juni 2025", "March 12, 2024", "12-03-2024"): when it was
# published, not the year of what it reports
_MONTH = r"(?:jan|feb|maa|mar|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(r"^\W*(?:(?:geplaatst|gepubliceerd|posted|published|datum|date)(?:\s+op|\s+on)?\s*:?\s*)?"
                       r"(?:(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|ma|di|wo|do|vr|za|zo|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
                       r"(?:\d{1,2}\s+" + _MONTH + r"\s+20\d\d|" + _MONTH + r"\s+\d{1,2},?\s+20\d\d|"
                       r"\d{1,2}[-/.]\d{1,2}[-/.]20\d\d)\W*$")


def is_dateline(low: str) -> bool:
    """``low`` (lower case) is a line that only gives a date, as a news item's or a post's publication line."""
    return bool(_DATELINE.match(low))


def years(text: str) -> list[int]:
    """Four-digit years 2000-2049 in ``text`` in order (``year_positions``); a period "2023-2024"
    counts as its end year."""
    return [y for _, y in year_positions(text)]


# A grade 1-10 with optional one/two decimals, written 8,4 / 8.4 / 8 / 10, never part of a date,
# a time, an amount or a longer number, nor a point of a scale's legend ("1 = zeer slecht, 10 = uitstekend").
_GRADE = re.compile(
    r"(?<![\d€$.,:/-])(?<![\d]\s)(10(?:[.,]0{1,2})?|[1-9](?:[.,]\d{1,2})?)(?![\d])"
    r"(?![.,]\d)(?!\s*(?:%|procent|euro|uur|minuten|min\b|weken|maanden|jaar|sessies|gesprekken|keer|x\b|:\d|=))"
)
_OUT_OF = re.compile(r"\s*(?:/\s*(\d+)|uit\s+(?:de\s+)?(\d+)|op\s+(\d+)|van\s+de\s+(\d+))")
_RANGE_BEFORE = re.compile(r"(?:\b(?:tot|t/m|maximaal|minimaal|tussen|schaal|uit|op|out\s+of)\s*|\b[01]\s*-\s*|\b[01]\s+(?:en|to|through)\s+|/\s*)$")
_RANGE_AFTER = re.compile(r"^\s*(?:-|tot|t/m|to|through|en\s+(?:maximaal\s+)?\d)\s*\d")
_SCALE = re.compile(r"schaal\s+(?:van\s+)?(\d+)\s*(?:-|tot(?:\s+en\s+met)?|t/m)\s*(\d+)")


@dataclass(frozen=True)
class Grade:
    value: float
    text: str
    start: int
    end: int
    out_of: int | None  # the maximum written next to it ("/10", "uit 10"), None when absent


def grades(low: str) -> list[Grade]:
    """Report-grade-like numbers in folded text. Scores on other scales ("4,8/5", "op een schaal
    van 1-5") are dropped; the caller decides whether the context makes them report grades."""
    scale = _SCALE.search(low)
    out: list[Grade] = []
    for m in _GRADE.finditer(low):
        raw = m.group(1)
        value = float(raw.replace(",", "."))
        if not 1.0 <= value <= 10.0:
            continue
        tail = _OUT_OF.match(low, m.end())
        out_of = None
        if tail:
            out_of = int(next(g for g in tail.groups() if g))
        if out_of is not None and out_of != 10:
            continue
        if out_of is None and scale and int(scale.group(2)) != 10 and abs(m.start() - scale.start()) < 60:
            continue
        if _RANGE_BEFORE.search(low[max(0, m.start() - 14):m.start()]) or _RANGE_AFTER.match(low[m.end():]):
            continue  # an end point of a scale ("1-10", "van 1 tot 10", "uit 10"), not a grade
        out.append(Grade(value, raw, m.start(), m.end(), out_of))
    return out


# ----------------------------------------------------------------------------- person names

_TITLE = r"(?:drs|dr|mr|prof|ir|ing|mw|mevr|dhr|mevrouw|meneer|de heer)\.?"
_CAP = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_PART = r"(?:van|de|der|den|ter|ten|te|la|le|du|da|el|op|in\s+'t|'t|van\s+der|van\s+de|van\s+den|van\s+het)"
_INITIALS = r"(?<![A-Za-z])(?:[A-Z]\.\s?){1,4}"
# A name starts with a title (d, m, p, i), initials (A-Z), a name particle (v, d, t, l, e, o, i, ')
# or a capital: the lookahead in front lets the regex engine skip every other position at once,
# where it tried each alternative below (the same matches, found about twice as fast).
_NAME_START = r"(?=[dmpivtleo'A-ZÀ-Ý])"
_NAME = re.compile(
    _NAME_START +
    # (the given name in brackets after the initials, "drs. L. (Lieke) Bakker", belongs to the initials part)
    rf"(?:(?P<title>\b{_TITLE}\s+)?(?P<initials>{_INITIALS}\s*(?:\({_CAP}\)\s+)?)?|\b)"
    rf"(?P<first>(?:{_PART}\s+)?{_CAP})(?:\s+\([A-Z]\.?\))?"
    rf"(?P<rest>(?:\s+{_PART})*\s+{_CAP}(?:\s+{_CAP})?)?",
)


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    strong: bool  # title, initials or a known first name: very likely a person


def person_names(text: str) -> list[Name]:
    """Likely person names ("Birgit de Cnodder", "drs. J. Jansen", "Esther Menkveld")."""
    first_names = terms("names", "first_names")
    stop = terms("names", "not_names")
    out: list[Name] = []
    for m in _NAME.finditer(text):
        first, rest = m.group("first"), m.group("rest")
        titled = bool(m.group("title") or m.group("initials"))
        if not rest and not titled:
            continue
        words = (first + " " + (rest or "")).split()
        if any(stop.search_text(w) for w in words if w[:1].isupper()):
            continue
        known_first = first_names.search_text(first) or is_given_name(first.split()[-1])
        if not (titled or known_first):
            continue
        if titled and not rest and not m.group("initials"):
            continue
        start = m.start("title") if m.group("title") else (m.start("initials") if m.group("initials") else m.start("first"))
        out.append(Name(text[start:m.end()].strip(), start, m.end(), True))
    return out
