"""2b-9: a route whose every phase is named in one short line is "bijna" with a reason that says it is
too brief, never a reason that lists nothing as missing (own passages)."""
from __future__ import annotations

from check_helpers import corpus_site, judge, page, site


def test_every_phase_named_in_passing_is_bijna_with_a_brief_reason():
    text = """Practice programmes | Marram Psychology

Practising between sessions

Alongside your sessions we offer a secure practice platform with short modules and a diary.

How do we use it in treatment?
- After the intake, you and your psychologist pick a module that suits your treatment goals.
- Between sessions, you do the exercises at home, about half an hour a week.
- In the last session, we look back on which modules helped you most.

© 2025 Marram Psychology"""
    f = judge("2b-9", corpus_site("https://marram-psychology.nl/programmes", text))
    assert f.status == "voldoet_bijna"
    assert "ontbreekt" not in f.reason
    assert "zo kort" in f.reason and "behandelfase" in f.reason


def test_a_missing_phase_is_still_named_as_missing():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Na uw aanmelding nodigen wij u binnen twee weken uit voor een intakegesprek.",
                     "In de intake bespreken we uw klachten en wat u wilt bereiken."))
    f = judge("2b-9", snap)
    assert f.status == "voldoet_bijna"
    assert "ontbreekt" in f.reason
