"""The lemma table's SQLite copy gives exactly the entries of the table itself, is built once in
the cache folder, and a folder that cannot be written falls back to the table in memory."""
from __future__ import annotations

import pytest

import checks.text.nlp as nlp

WORDS = ["behandelingen", "gesprekken", "behandeld", "psychologen", "wachttijden", "is",
         "kortdurende", "geen-woord-xyz", "EMDR".lower(), "cliënten"]


@pytest.fixture
def fresh_lookup(monkeypatch, tmp_path):
    monkeypatch.setattr(nlp, "_LOOKUP", {})
    return tmp_path


def test_the_sqlite_copy_answers_as_the_table(fresh_lookup, monkeypatch):
    monkeypatch.setenv("KEURMERK_CACHE_DIR", str(fresh_lookup / "cache"))
    lookup = nlp._lemma_lookup()
    [db] = (fresh_lookup / "cache").glob("nl_lemma_lookup*.sqlite")
    assert nlp._lemma_db() == db                     # built once, then found again
    table = nlp._lemma_table()
    for word in WORDS + list(table)[::5000]:
        assert lookup(word) == table.get(word), word
    assert lookup("behandeld") == table["behandeld"] != "behandeld"   # a real lemma, not the word
    assert lookup("geen-woord-xyz") is None


def test_an_unwritable_cache_folder_uses_the_table_in_memory(fresh_lookup, monkeypatch):
    blocker = fresh_lookup / "bestand"
    blocker.write_text("geen map", "utf-8")
    monkeypatch.setenv("KEURMERK_CACHE_DIR", str(blocker / "cache"))   # below a file: cannot exist
    assert nlp._lemma_db() is None
    lookup = nlp._lemma_lookup()
    table = nlp._lemma_table()
    assert [lookup(w) for w in WORDS] == [table.get(w) for w in WORDS]


def test_a_new_process_opens_its_own_connection(fresh_lookup, monkeypatch):
    """A connection is never used across a fork: the lookup is kept per process id."""
    monkeypatch.setenv("KEURMERK_CACHE_DIR", str(fresh_lookup / "cache"))
    first = nlp._lemma_lookup()
    assert nlp._lemma_lookup() is first
    monkeypatch.setattr(nlp.os, "getpid", lambda: -1)   # as seen from a forked child
    second = nlp._lemma_lookup()
    assert second is not first and second("behandeld") == first("behandeld")
