"""The runner pauses Python's cyclic garbage collector while the checks run: that is only free of
cost because judging makes no reference cycles, which these tests hold the checks to."""
from __future__ import annotations

import gc

from checks.runner import cyclic_gc_paused, run_checks
from check_helpers import context, page, site


def _practice_site():
    # passages written for this test, touching every check: contact, team, target group, course
    # of treatment, length, methods, e-health, CQI and cooperation
    return site(
        page("https://praktijk.example/", "# Welkom bij Praktijk De Linde",
             "Wij bieden kortdurende behandeling in de basis GGZ voor volwassenen met angst- en stemmingsklachten.",
             "Bij crisis buiten kantoortijden belt u uw huisarts of de huisartsenpost.",
             title="Praktijk De Linde"),
        page("https://praktijk.example/team", "# Ons team",
             "Drs. A. de Vries is GZ-psycholoog (BIG-registratie 12345678901).",
             "Mw. B. Jansen is psychotherapeut en werkt met EMDR en cognitieve gedragstherapie.",
             title="Team"),
        page("https://praktijk.example/werkwijze", "# Werkwijze",
             "Na de aanmelding volgt een intakegesprek. Samen stellen we een behandelplan op.",
             "- De behandeling duurt gemiddeld acht gesprekken van 45 minuten.",
             "- Halverwege en aan het einde evalueren we de behandeling.",
             "Wij behandelen geen verslavingsproblematiek; dan verwijzen wij u door.",
             "Tussen de gesprekken werkt u online met oefeningen in ons e-health programma.",
             "Cliënten gaven ons in 2024 gemiddeld een 8,6 in de CQ-index.",
             "Wij werken samen met huisartsen en de praktijkondersteuners GGZ in de regio.",
             title="Werkwijze"),
        footer=("Praktijk De Linde, Lindelaan 4, 1234 AB Dorp, telefoon 012-3456789",),
    )


def test_judging_a_site_makes_no_reference_cycles():
    gc.collect()
    findings = run_checks(_practice_site(), context())
    assert len(findings) >= 8
    assert gc.collect() == 0   # nothing left for the cyclic collector: pausing it kept no memory


def test_the_collector_is_back_on_after_judging_and_stays_off_when_it_was_off():
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():  # nested (or a second thread): the outer pause still holds
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    run_checks(_practice_site(), context())
    assert gc.isenabled()
    gc.disable()
    try:
        run_checks(_practice_site(), context())
        assert not gc.isenabled()   # a caller that switched it off keeps it off
    finally:
        gc.enable()
