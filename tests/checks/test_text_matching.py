"""The fast paths of the text machinery give exactly what the plain definitions give.

- ``fold`` (ASCII shortcut, one compiled class of combining marks) against the per-character
  definition, also beyond the Basic Multilingual Plane;
- pattern needles (the pre-filter of ``TermSet.find``) against running every regex;
- segmentation (tokenizer + own sentence-start rule + lemma table) against spaCy's full pipeline.
"""
from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from checks.text import site_text
from checks.text.nlp import lemma_string, pipe
from checks.text.normalize import _TABLE as _CLEAN_TABLE, clean, fold
from checks.text.terms import Hit, TermSet, _Plain, load_vocab, plain_text, regex_needles
from check_helpers import page, site

VOCAB_DIR = Path(__file__).resolve().parents[2] / "checks" / "vocab"

# Written for these tests (no corpus text): many vocabulary words in Dutch sentences.
SENTENCES = [
    "Wij behandelen angst- en paniekklachten, somberheid en burn-out bij volwassenen vanaf 18 jaar.",
    "Bij spoed buiten kantooruren belt u de huisartsenpost (HAP) of 113; in levensgevaar 112.",
    "Onze GZ-psycholoog drs. A. de Vries (BIG 12345678901) werkt met CGT, EMDR en ACT.",
    "De behandeling duurt gemiddeld 5 tot 8 gesprekken van 45 minuten in de Basis GGZ (product Kort).",
    "Cliënten gaven ons in 2024 een 8,4 (CQi); de tevredenheid meten wij met een enquête na afloop.",
    "Na de intake volgt een tussentijdse evaluatie en een afsluitend gesprek; neem gerust contact op.",
    "Wij bieden e-health via een app op je telefoon en een beveiligd portaal; mail ons gerust.",
    "Ernstige verslavingsproblematiek of een acute crisis behandelen wij niet; wij verwijzen u dan door.",
    "Onze praktijk is er voor jongeren en volwassenen met lichte tot matige klachten.",
    "De kosten vallen onder de basisverzekering; het eigen risico van € 385 geldt, ZPM-tarieven.",
    "Ma t/m vr van 9.00 tot 17.00 uur zijn wij bereikbaar, 's avonds en in het weekend niet.",
    "Ik ben Sanne Jansen, ik werk als klinisch psycholoog en ik heb mijn opleiding in Utrecht gedaan.",
]


def _fold_reference(text: str) -> str:
    text = unicodedata.normalize("NFKD", clean(text))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def test_fold_equals_the_per_character_definition():
    rng = random.Random(12)
    samples = SENTENCES + ["Cliënt suïcide café naïef", "e\u0301\u0327 a\u20d0 \U0001d4d0\U0001e8d0 x\U0001e8d6"]
    samples += ["".join(chr(rng.randrange(0x20, 0x30000)) for _ in range(40)) for _ in range(300)]
    for text in samples:
        assert fold(text) == _fold_reference(text)


def _all_vocab_termsets() -> list[TermSet]:
    out = []
    for path in sorted(VOCAB_DIR.glob("*.yaml")):
        out.extend(load_vocab(path.stem).values())
    return out


class _Unit:
    def __init__(self, text: str, lemmas: str = ""):
        self.text, self.low, self.lemmas, self.match_cache = text, fold(text), lemmas, {}


def _brute_force(ts: TermSet, unit: _Unit) -> list[Hit]:
    """Every regex of the term set run on the unit, no pre-filter (the definition of find)."""
    hits = []
    for target, _source, _group in ts._always_rx:
        s = getattr(unit, target)
        for m in ts.joined_regex(target).finditer(s):
            hits.append(Hit(ts._always_label[m.lastgroup], m.start(), m.end(), m.group(0), target))
    for pid in sorted(ts._indexed):
        label, target, _source = ts._indexed[pid]
        for m in ts.regex(pid).finditer(getattr(unit, target)):
            hits.append(Hit(label, m.start(), m.end(), m.group(0), target))
    hits.sort(key=lambda h: (h.on != "low", h.start, -h.end))
    return hits


def _vocab_texts() -> list[str]:
    """Every literal vocabulary pattern, written out inside a sentence (and with a hyphen)."""
    texts = []
    for ts in _all_vocab_termsets():
        for _label, _target, source in ts._indexed.values():
            texts.append(f"Wij noemen hier {source}.")
    import yaml

    for path in sorted(VOCAB_DIR.glob("*.yaml")):
        for value in (yaml.safe_load(path.read_text("utf-8")) or {}).values():
            pats = value if isinstance(value, list) else [p for ps in value.values() for p in (ps if isinstance(ps, list) else [ps])]
            for p in map(str, pats):
                if not p.startswith("re:"):
                    word = p.removeprefix("lemma:").lstrip("=").strip("*")
                    texts.append(f"Over {word} en {word.replace(' ', '-')}s, zoals {word.upper()}.")
    return texts


def test_needle_prefilter_finds_exactly_what_running_every_regex_finds():
    units = [_Unit(t, lemma_string(doc)) for t, doc in zip(SENTENCES + _vocab_texts(), pipe(SENTENCES + _vocab_texts()))]
    termsets = _all_vocab_termsets()
    checked = found = 0
    for unit in units:
        for ts in termsets:
            expected = _brute_force(ts, unit)
            assert sorted(ts.find(unit), key=repr) == sorted(expected, key=repr), (ts.name, unit.text)
            checked += 1
            found += bool(expected)
    assert found > 300 and checked > 1000   # the texts do hit the vocabularies


def test_shared_plain_text_finds_what_a_fresh_bare_string_finds():
    """``plain_text`` keeps one cached bare string per text for every term set (headings, titles,
    URL paths): each term set finds exactly the hits it finds on a fresh, uncached one."""
    texts = SENTENCES + _vocab_texts()[:400] + ["# Onze werkwijze", "/behandeling/kosten-en-vergoeding", ""]
    termsets = _all_vocab_termsets()
    for text in texts:
        shared = plain_text(text)
        assert plain_text(text) is shared and shared.match_cache is not None
        for ts in termsets:
            assert ts.find(shared) == ts.find(_Plain(text)), (ts.name, text)
            assert ts.search_text(text) == bool(ts.find(_Plain(text)))
    # a term set added later (a test's own) forgets the shared strings: no hits of an older one
    before = plain_text("Wij behandelen angst.")
    TermSet("test.shared_plain", {"angst": ["angst*"]})
    assert plain_text("Wij behandelen angst.") is not before


@pytest.mark.parametrize("rx, text", [
    (r"\b(?:\d{1,2}|drie|vier)\s+(?:gesprekken|sessies)\b", "in 6 sessies"),
    (r"(?:behandel|help)\w*\s+(?:wij|we|ik)\s+(?:geen|niet)", "helpen wij niet"),
    (r"'?s\s?avonds|'?s\s?nachts|\bavond(?:en)?\s*(?:-|,|en)\s*(?:nacht|weekend)", "avonden en weekend"),
    (r"buiten\s+(?:de\s+)?kantoortijden", "buiten kantoortijden"),
])
def test_regex_needles_are_in_every_match(rx, text):
    needles = regex_needles(rx)
    assert needles, rx
    assert re.search(rx, text)
    assert any(n in text for n in needles)


def test_regex_needles_refuse_what_they_cannot_be_sure_of():
    assert regex_needles(r"\b\d{1,2}[.:]\d{2}\b") is None
    assert regex_needles(r"(?i)spoed") is None
    assert regex_needles(r"(?:kort)?\d+") is None


def test_segmentation_equals_the_full_spacy_pipeline():
    text = ("Dit is de eerste zin. En dit de tweede, met o.a. een afkorting! Bel 030-1234567 of mail "
            "info@praktijk.nl... Daarna: de intake (ca. 60 min.). Wat kost dat? € 95,- per gesprek.")
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", text,
                     "- Een lang lijstitem met twee zinnen. Hier begint de tweede zin van het item."))
    units = [u for u in site_text(snap).units if u.kind in ("sentence", "list_item")]
    expected = []
    for block_text in (text, "Een lang lijstitem met twee zinnen. Hier begint de tweede zin van het item."):
        [doc] = list(pipe([clean(block_text)]))
        expected += [(s.text.strip(), fold(s.text.strip()), fold(lemma_string(s))) for s in doc.sents]
    assert [(u.text, u.low, u.lemmas) for u in units] == expected
    assert len(expected) >= 6


def test_left_boundary_checked_after_matching_finds_what_the_lookbehind_finds():
    # a bounded literal is searched without its left-boundary lookbehind and a match inside a
    # word is dropped; the search then goes on one character further, so a valid match that
    # overlaps a dropped one ("xab ab ab": the match at 1 is inside a word, the one at 4 is not)
    # is still found, as the lookbehind regex finds it
    ts = TermSet("test.boundary", {"pair": ["ab ab"], "tail": ["kort*"], "word": ["zorg"]})
    for text in ["xab ab ab", "ab ab ab", "ab-ab", "xab abab ab ab", "kortdurend en zeer kort",
                 "ongekort kort", "zorgzorg zorg", "mantelzorg, zorg.", "zorg"]:
        unit = _Unit(text)
        assert ts.find(unit) == _brute_force(ts, unit), text
    assert [(h.label, h.start) for h in ts.find(_Unit("xab ab ab"))] == [("pair", 4)]


def test_quick_regex_answers_exactly_as_the_regex():
    from checks.text.patterns import QuickRegex

    patterns = [r"€|\beur(?:o|os)?\b|\btarie|\bkost(?:en|t)\b|\bfee\b|\bvergoed",
                r"(?<!incl )intake|wacht(?:tijd|lijst)|(?:test|dyslexie)\s?onderzoek|screening",
                r"groep\w*|(?:online\s+)?programma\w*", r"klacht|\bnip\b|\bkiwa\b", r"\b\d{1,2}[.:]\d{2}\b"]
    texts = ["de kosten worden vergoed", "kostbaar", "een euro", "europa", "incl intake", "de intake",
             "wachttijd", "wacht even", "dyslexieonderzoek", "online programma's", "het nip", "snip",
             "om 9.30 uur", "", "€ 95", "geen van alle"]
    rng = random.Random(7)
    alphabet = "abcdeiklmnoprstuvwxyz €.:0123456789"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    texts += [t + " " + u for t in ("kost", "intake", "groep", "klacht") for u in ("en", "s", "x")]
    quick = [QuickRegex(p) for p in patterns]
    assert all(q.needles for q in quick[:4]) and quick[4].needles is None
    for q in quick:
        for text in texts:
            got, want = q.search(text), q.regex.search(text)
            assert (got and got.span()) == (want and want.span()), (q.pattern, text)
            assert [m.span() for m in q.finditer(text)] == [m.span() for m in q.regex.finditer(text)], (q.pattern, text)


def test_numbering_stripped_at_the_start_only_as_the_regex_sub_did():
    from checks.check_2b_09_opbouw import _NUMBERING, _unnumbered

    for text in ("1. aanmelden", "stap 4 - afronden", "fase 2: intake 3. daarna", "eerste stap - kennismaken",
                 "step two: intake", "✔ wij bellen u", "wij bellen u. 2. intake", "", "12) stap 3 - x", "de 1e stap"):
        assert _unnumbered(text) == _NUMBERING.sub("", text)


def test_alternatives_run_one_by_one_find_what_the_joined_regex_finds():
    # raw patterns whose matches overlap and tie: the joined regex keeps, at the first position
    # where any matches, the first alternative's match and goes on after it; each alternative run
    # on its own (only those whose needle occurs) must give exactly those hits
    ts = TermSet("test.alternatives", {
        "one": ["re:a+b"], "two": ["re:ba+"], "three": ["re:ab"], "four": ["re:b\\s?c"],
        "five": ["re:(?<![a-z])ca"], "six": ["re:c+"], "seven": ["re:\\bbb"],
    })
    assert ts._alternatives["low"] is not None and len(ts._alternatives["low"]) == 7
    rng = random.Random(11)
    texts = ["".join(rng.choice("abc ") for _ in range(rng.randrange(0, 18))) for _ in range(4000)]
    texts += ["aab", "abab", "bab c", "ca ca", "cccab", "b c", "bbaab"]
    for text in texts:
        unit = _Unit(text)
        assert ts.find(unit) == _brute_force(ts, unit), text
    assert TermSet("test.empty", {"x": ["re:a*"], "y": ["re:b"]})._alternatives["low"] is None  # may match ""


def test_clean_collapses_whitespace_exactly_as_the_regex_did():
    """``clean`` joins ``str.split`` instead of running ``\\s{2,}|[^\\S ]`` and stripping: the same
    for every code point (whitespace or not) alone, in runs, and at the ends."""
    def by_regex(text: str) -> str:
        text = text.translate(_CLEAN_TABLE) if not text.isascii() else text
        return re.sub(r"\s{2,}|[^\S ]", " ", text).strip()

    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for i in range(0, len(chars), 2000):
        chunk = chars[i:i + 2000]
        for text in (" a ".join(chunk), chunk, f"\t {chunk[:50]}\u00a0\u2003 x \n"):
            assert clean(text) == by_regex(text)
    assert clean("  Wij  bieden\u00a0\ngesprekken aan.\t") == "Wij bieden gesprekken aan."


def test_name_regex_start_lookahead_finds_the_same_names():
    from checks.text.patterns import _NAME, _NAME_START

    without = re.compile(_NAME.pattern[len(_NAME_START):])
    rng = random.Random(3)
    alphabet = "aAdDmMpPiIvVtTlLeEoO'.() -ÉÀÝxXzZ"
    texts = ["drs. J. Jansen en mevrouw de Vries", "Wij zijn Anna in 't Veld en 't Hart", "prof. Éva Ångström (M.)",
             "de heer A.B. van der Berg, GZ-psycholoog", "ik ben ing. K. Bos", ""]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in _NAME.finditer(text)] == [m.span() for m in without.finditer(text)], text
