"""Given names in use in the Netherlands, Belgium and English-speaking countries, and common Turkish and Arabic ones,
to recognise a person ("Willemijn Haak", "Hannah Clarke", "Yusuf Demir") whose given name is not in the project's short
list (``checks/vocab/names.yaml``).

The names come from the name dictionary that the ``gender-guesser`` package ships (Jörg
Michael's ``nam_dict.txt``: about 45,000 given names with a frequency per country, 1 = rare to
13 = extremely common). A name counts when it is in use in the Netherlands or Belgium (``MIN_FREQ``
2: "Fleur", "Hidde", "Sytske" are 2 there), or common in Great Britain or the U.S.A. (English-language pages), Turkey or
the Arab countries (6 and up: "Yusuf", "Hatice", "Khadija"; practitioners in the Netherlands carry them too). A few
given names that are also everyday words ("Hope", "May", "Wil") are left out: they start
sentences and headings too often.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from checks.text.normalize import strip_accents

# column of each country in a line of nam_dict.txt (one hexadecimal digit per country from col 30)
_COLUMN = {"great_britain": 0, "usa": 2, "belgium": 8, "the_netherlands": 10, "turkey": 46, "arabia": 47}
# (Turkish and Arabic given names: many Dutch practitioners carry one, "Yusuf Demir", "Fatma", "Khadija"; only the
# common ones, 6 and up, as the Dutch column does not hold them)
MIN_FREQ = {"the_netherlands": 2, "belgium": 2, "great_britain": 5, "usa": 5, "turkey": 6, "arabia": 6}
_EVERYDAY_WORDS = {"Hope", "Faith", "Joy", "Grace", "May", "June", "April", "Will", "Wil", "Page", "Bill", "Roos", "Ster",
                   "Summer", "Autumn", "Dawn", "Sunny", "Happy", "Honey", "Destiny", "Mercy", "Patience", "Constance",
                   "Trust", "Liberty", "Justice", "Rich", "Case", "Art", "Don", "Guy", "Miles", "Lance", "Chase", "Angel",
                   "Else", "Boy", "Har", "Cock", "Elle",
                   # ... and Turkish or Arabic names that are English, Dutch or German words too
                   "Can", "Mine", "Nur", "Sultan", "Said", "Gül", "Hayat", "Hilal", "Salam", "Amal", "Sabah", "Nada",
                   "Huda", "Sahar", "Maha", "Mona", "Hana", "Sana", "Rana", "Dina", "Lina", "Iman", "Emin", "Sami"}


def _frequent_digits(min_freq: int) -> frozenset[str]:
    """The frequency digits (hexadecimal, either case) of at least ``min_freq``; a blank or
    missing column counts as frequency 0."""
    return frozenset(d for d in "0123456789abcdefABCDEF" if int(d, 16) >= min_freq)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names (as spelled, capitalised); empty when the package is not installed."""
    try:
        data = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    out: set[str] = set()
    # (position in the line, digits frequent enough) per country: a set lookup per column instead
    # of parsing every digit of the 48,000 lines
    frequent = [(30 + _COLUMN[c], _frequent_digits(f)) for c, f in MIN_FREQ.items()]
    for line in data.splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        if not any(line[pos:pos + 1] in digits for pos, digits in frequent):
            continue
        name = line.split()[1]
        for spelled in {name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")}:
            if spelled[:1].isupper() and spelled not in _EVERYDAY_WORDS:
                out.add(spelled)
    return frozenset(out)


def is_given_name(word: str) -> bool:
    """``word`` is a given name as spelled, or its spelling without accents is one ("Inês", "Inés": "Ines"), as the
    dictionary's columns used here hold a name from abroad in its plain spelling at most."""
    names = given_names()
    if word in names:
        return True
    if word.isascii():
        return False
    plain = strip_accents(word)
    return plain != word and plain in names
