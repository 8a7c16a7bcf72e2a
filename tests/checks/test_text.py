from checks.text import fold, site_text
from checks.text.patterns import grades, negated, person_names, phone_numbers, short_numbers, year_positions, years
from checks.text.terms import TermSet, compile_pattern
from check_helpers import page, site


def test_fold_strips_accents_and_case():
    assert fold("Cliënt met  suïcidale\u00a0gedachten – ACUUT") == "client met suicidale gedachten - acuut"


def test_phone_formats():
    text = "Bel 030-2345678, 06 12 34 56 78, +31 (0)20 123 45 67 of 0800-0113; bij nood 112 of 113."
    assert phone_numbers(text) == ["030-2345678", "06 12 34 56 78", "+31 (0)20 123 45 67", "0800-0113"]
    assert short_numbers(text) == ["112", "113"]


def test_short_numbers_are_not_amounts():
    assert short_numbers("Het consult kost € 112,50 en duurt 113 minuten.") == []


def test_grades_are_read_deliberately():
    low = fold("Cliënten gaven ons gemiddeld een 8,4 (schaal 1-10). Vorig jaar een 8. Ook 7.9 uit 10 en 8,1/10.")
    values = [g.value for g in grades(low)]
    assert values == [8.4, 8.0, 7.9, 8.1]


def test_subscale_scores_are_not_grades():
    assert grades(fold("Bejegening 4,6/5 en samen beslissen 4,2 op een schaal van 1-5")) == []


def test_years_period_counts_as_end_year():
    assert years("meetperiode november 2023 - maart 2024") == [2024]
    assert years("over het jaar 2024 (en 2023)") == [2024, 2023]
    assert years("uit de cqi-meting van 2023-2024 blijkt") == [2024]  # no space: the end year too
    text = "8,1 in 2022; 8,4 in 2023-2024"
    assert year_positions(text) == [(text.index("2022"), 2022), (text.index("2024"), 2024)]


def test_negated_clause():
    low = fold("Wij behandelen geen eetstoornissen, maar wel angstklachten.")
    assert negated(low, low.index("eetstoornissen"), low.index("eetstoornissen") + 5)
    assert not negated(low, low.index("angstklachten"), low.index("angstklachten") + 5)


def test_person_names():
    names = [n.text for n in person_names("Mijn collega drs. P. de Wit en Marieke van den Berg, GZ-psycholoog.")]
    assert "drs. P. de Wit" in names
    assert "Marieke van den Berg" in names
    assert person_names("Generalistische Basis GGZ en Specialistische GGZ") == []


def test_termset_literal_compound_acronym_and_lemma():
    ts = TermSet("t", {"crisis": ["crisisdienst*"], "tail": ["*therapeut"], "ACT": ["=ACT"], "treat": ["lemma:behandelen"]})
    snap = site(page("https://praktijk.example/a", "De gezinstherapeut werkt met ACT; cliënten worden behandeld. Bel de crisisdienstlijn."))
    labels = {lab for unit in site_text(snap).units for lab in ts.labels_in(unit)}
    assert labels == {"tail", "ACT", "crisis", "treat"}
    other = site_text(site(page("https://praktijk.example/b", "We act quickly."))).units[0]
    assert ts.labels_in(other) == []


def test_literal_spacing_variants():
    target, rx = compile_pattern("basis ggz")
    import re
    pattern = re.compile(rx.lstrip("\x00"))
    for variant in ("basis ggz", "basis-ggz", "basisggz"):
        assert pattern.search(variant)


def test_units_carry_url_kind_and_heading():
    snap = site(page("https://praktijk.example/contact", "# Spoed?", "Bel buiten kantoortijden de huisartsenpost.",
                     "- Bij acute nood: 112", title="Contact"))
    units = [u for u in site_text(snap).units if u.kind not in ("heading", "title")]
    assert [u.kind for u in units] == ["sentence", "list_item"]
    assert all(u.url == "https://praktijk.example/contact" for u in units)
    assert units[0].heading == "Spoed?"
    assert "spoed?" in units[1].headings


def test_site_text_is_cached_per_snapshot():
    snap = site(page("https://praktijk.example/", "Welkom."))
    assert site_text(snap) is site_text(snap)
