"""The shared readings of a client's own words (checks/text/context.py), on passages written for
these tests. The readings differ in reach on purpose, per check; these tests pin each one."""
from check_helpers import page, site

from checks.text import site_text
from checks.text.context import (QUOTE_MARKS_STRICT, in_client_voice, in_testimonials_section, on_experiences_page,
                                 opens_quotation, quotation_in_first_person, quoted_in_first_person, signed_quotation,
                                 signed_with_age, tells_own_care)

B = "https://praktijkvoorbeeld.example"


def _units(*pages):
    st = site_text(site(*pages))
    return st, [u for p in st.pages for u in p.units]


def _unit(units, words: str):
    """The unit whose folded text contains ``words`` (the units' text has its quotation marks unified)."""
    return next(u for u in units if words in u.low)


def test_opens_quotation_and_the_strict_marks_leave_out_the_apostrophe():
    assert opens_quotation("\u201cNa vier gesprekken durfde ik weer te fietsen.\u201d")
    assert opens_quotation("- \"Fijn contact.\"")
    assert opens_quotation("'s Avonds ben ik bereikbaar.")          # the default marks take the apostrophe
    assert not opens_quotation("'s Avonds ben ik bereikbaar.", QUOTE_MARKS_STRICT)
    assert opens_quotation("\u00abIk sliep weer.\u00bb", QUOTE_MARKS_STRICT)
    assert not opens_quotation("\u00abIk sliep weer.\u00bb")
    assert not opens_quotation("Wij behandelen angst en somberheid.")


def test_tells_own_care():
    assert tells_own_care("ik werd er heel goed geholpen")
    assert tells_own_care("i was quickly treated for my panic")
    assert not tells_own_care("wij hebben veel mensen geholpen")


def test_quotation_in_first_person_looks_inside_the_opening_quotation_only():
    assert quotation_in_first_person("\"na de behandeling kan ik weer slapen.\" - vrouw, 51")
    assert not quotation_in_first_person("\"kort als het kan\" is het motto dat ik hanteer")
    assert not quotation_in_first_person("na de behandeling kan ik weer slapen.")


def test_signed_quotation_needs_a_dash_after_the_closing_mark():
    assert signed_quotation("\"prettige en rustige begeleiding.\" - cliente, 2024")
    assert not signed_quotation("\"prettige en rustige begeleiding.\" zo omschrijven veel clienten ons")


def test_quoted_in_first_person_takes_the_unit_not_a_heading():
    st, units = _units(page(f"{B}/werkwijze", "# \u201cIk wilde weer grip\u201d",
                            "\u201cNa zes gesprekken kon ik weer met de bus.\u201d",
                            "\u201cKort als het kan\u201d is ons motto."))
    assert quoted_in_first_person(_unit(units, "na zes"))
    assert not quoted_in_first_person(_unit(units, "kort als"))
    assert not quoted_in_first_person(_unit(units, "ik wilde"))


def test_signed_with_age_in_the_unit_or_on_the_short_line_after_it():
    st, units = _units(page(f"{B}/home", "# Welkom", "De therapie gaf mij rust in mijn hoofd. - Joost, 44",
                            "Het contact voelde meteen goed.", "\u2014 Nadia, 29 jaar",
                            "Wij werken met EMDR - sinds 2015."))
    assert signed_with_age(st, _unit(units, "de therapie"))
    assert signed_with_age(st, _unit(units, "het contact"))
    assert not signed_with_age(st, _unit(units, "wij werken"))


def test_testimonials_section_is_narrower_than_the_experiences_page():
    st, units = _units(page(f"{B}/ervaringen", "# Wat cliënten zeggen", "Femke hielp mij door een zware tijd."),
                       page(f"{B}/over-ons", "# Onze praktijk", "Wij zijn met drie psychologen.",
                            "# Reviews", "Heel fijne praktijk."),
                       page(f"{B}/verhalen", "# Het verhaal van Ruben", "Ruben meldde zich aan na een burn-out."))
    first, team, review, story = (_unit(units, "femke"), _unit(units, "wij zijn"), _unit(units, "heel fijne"),
                                  _unit(units, "ruben meldde"))
    assert in_testimonials_section(first, st.page_of(first)) and on_experiences_page(st.page_of(first))
    assert in_testimonials_section(review, st.page_of(review)) and not in_testimonials_section(team, st.page_of(team))
    # "Het verhaal van ..." is an experiences page for in_client_voice, not a testimonials heading for 2b-7
    assert on_experiences_page(st.page_of(story)) and in_client_voice(st, story)
    assert not in_testimonials_section(story, st.page_of(story))


def test_client_voice_reads_a_quoted_block_in_the_first_person_or_signed():
    st, units = _units(page(f"{B}/aanpak", "# Onze aanpak", "Wij starten met een kennismaking.",
                            "\u201cIk meldde me aan in maart. Na een paar maanden sloten we af.\u201d"))
    assert in_client_voice(st, _unit(units, "ik meldde"))
    assert not in_client_voice(st, _unit(units, "wij starten"))
