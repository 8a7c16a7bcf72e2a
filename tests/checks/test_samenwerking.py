"""Samenwerking met andere zorgaanbieders (Keurmerk 2021, 3-3): own passages and hard negatives."""
from datetime import date

from check_helpers import page, site
from checks.base import CheckContext
from checks.registry import get_check
from norms import load_norms


def judge(snapshot, year=2021):
    ctx = CheckContext(norms=load_norms(year), as_of=date(year, 1, 20))
    return get_check("samenwerking").run(snapshot, ctx)


def test_who_how_and_when_voldoet_with_the_2021_criterion_id():
    snap = site(page("https://praktijk.example/werkwijze",
                     "# Samenwerking",
                     "Wij werken nauw samen met huisartsen en POH-GGZ in de regio Amersfoort.",
                     "Na de intake en bij afronding van de behandeling sturen wij met uw toestemming een brief aan uw huisarts.",
                     "Als blijkt dat zwaardere zorg nodig is, overleggen we met de specialistische GGZ over een warme overdracht."))
    f = judge(snap)
    assert f.criterion == "3-3" and f.status == "voldoet", f.reason
    assert "huisarts" in f.reason and "wanneer" in f.reason
    assert f.evidence and f.evidence[0].url == "https://praktijk.example/werkwijze"
    assert {"huisarts", "POH-GGZ", "specialistische GGZ"} <= set(f.details["partners"])


def test_only_that_it_collaborates_is_bijna_and_names_what_is_missing():
    snap = site(page("https://praktijk.example/over-ons",
                     "Onze praktijk werkt samen met huisartsen en psychiaters in de omgeving.",
                     "Wij vinden een prettige sfeer in de praktijk belangrijk."))
    f = judge(snap)
    assert f.status == "voldoet_bijna" and f.needs_review
    assert "hoe er wordt samengewerkt" in f.reason and "wanneer" in f.reason
    assert f.evidence[0].quote.startswith("Onze praktijk werkt samen")


def test_a_vague_partner_is_not_enough_for_voldoet():
    snap = site(page("https://praktijk.example/werkwijze",
                     "Wij werken samen met andere zorgverleners: indien nodig overleggen wij met hen."))
    f = judge(snap)
    assert f.status == "voldoet_bijna" and "met welke zorgaanbieders" in f.reason


def test_nothing_about_collaboration_is_niet():
    f = judge(site(page("https://praktijk.example/", "Welkom bij onze praktijk voor psychologische hulp.")))
    assert f.status == "voldoet_niet" and f.criterion == "3-3" and not f.evidence


def test_hard_negatives_are_not_collaboration():
    snap = site(
        page("https://praktijk.example/werkwijze",
             "De samenwerking tussen u en uw behandelaar staat centraal: samen stellen we doelen op.",
             "In overleg met u bepalen we hoeveel gesprekken nodig zijn.",
             "Wij werken samen met alle zorgverzekeraars en hebben contracten voor de vergoeding."),
        page("https://praktijk.example/contact",
             "Bij spoed buiten kantoortijden kunt u overleggen met uw huisarts of de huisartsenpost.",
             "Lichte klachten behandelt de huisarts meestal zelf, in samenwerking met de praktijkondersteuner GGZ.",
             "In de specialistische GGZ werkte ik eerder binnen een netwerkorganisatie van therapeuten.",
             "Voor behandeling heeft u een verwijzing van uw huisarts nodig."),
        page("https://praktijk.example/privacy", "# Privacyverklaring",
             "Wij informeren uw huisarts na afloop van de behandeling alleen met uw toestemming.",
             title="Privacyverklaring"),
        page("https://praktijk.example/vacatures", "# Vacature GZ-psycholoog",
             "Je werkt nauw samen met huisartsen en de POH-GGZ en overlegt wekelijks met ons team.",
             title="Vacature"),
        page("https://praktijk.example/blog/samenwerken", "# Blog: samenwerken in de zorg",
             "Wij schreven eerder hoe huisartsen en psychologen beter kunnen samenwerken na de intake.",
             title="Blog"),
        footer=("Website gemaakt in samenwerking met Studio Pixel.",),
    )
    f = judge(snap)
    assert f.status == "voldoet_niet", (f.reason, [e.quote for e in f.evidence])


def test_how_and_when_may_follow_in_the_same_section_only():
    near = site(page("https://praktijk.example/werkwijze",
                     "# Huisarts",
                     "Wij hebben korte lijnen met de huisartsen in de wijk.",
                     "Bij de start van de behandeling koppelen wij de afspraken terug aan de verwijzer."))
    assert judge(near).status == "voldoet"
    apart = site(page("https://praktijk.example/werkwijze",
                      "# Huisarts",
                      "Wij hebben korte lijnen met de huisartsen in de wijk.",
                      "# Tarieven en afspraken",
                      "Bij de start van de behandeling koppelen wij de afspraken terug aan u."))
    assert judge(apart).status == "voldoet_bijna"


def test_the_2025_framework_does_not_use_the_samenwerking_check():
    assert load_norms(2025).criterion_for_check("samenwerking") is None
    assert load_norms(2021).criterion_for_check("samenwerking").id == "3-3"
