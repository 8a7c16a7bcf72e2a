"""2b-6 readings added for the blind6/7 round: a location page of a provider with several sites and a
life-threatening situation, the GP named as a partner in a referral, a closure on calendar dates, the
practice's own number in a sentence on money. Passages written for these tests."""
from check_helpers import judge, page, site


def test_location_page_with_advice_for_urgent_help_and_danger_to_life_voldoet():
    snap = site(page("https://ggz.example/vestigingen/oosterhout", "# Vestiging Oosterhout",
                     "Adres: Kerkplein 3, Oosterhout.",
                     "# Dringend en na sluitingstijd",
                     "Heeft u overdag dringend hulp nodig? Bel dan de vestiging en vraag naar de dienstdoende regiebehandelaar.",
                     "Na sluitingstijd en buiten openingstijden kunt u terecht bij de huisartsenpost (0900 - 123 45 67).",
                     "In een levensbedreigende situatie belt u 112."))
    assert judge("2b-6", snap).status == "voldoet"


def test_english_life_threatening_situation_is_an_emergency():
    snap = site(page("https://practice.example/contact", "# Contact",
                     "In a life-threatening situation, call 112 straight away."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_bijna" and f.details["emergency"]


def test_gp_as_partner_in_a_referral_is_no_crisis_advice():
    snap = site(page("https://practice.example/who-we-see", "# Who we see",
                     "We see adults with stress, worry and low mood.",
                     "Where problems are serious, such as suicidal thoughts or an eating disorder, we look together with "
                     "you and your GP for a specialised place to be treated."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_gp_as_partner_in_dutch_is_no_crisis_advice():
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie",
                     "Bij ernstige crisis of suïcidaliteit zoeken wij samen met u en uw huisarts een andere plek."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_closure_on_calendar_dates_is_no_out_of_hours_advice():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Onze praktijk helpt volwassenen met angst en somberheid.",
                     "De praktijk is gesloten van 3 augustus tot en met 21 augustus."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_own_number_in_a_sentence_on_money_is_the_practice_reachable():
    snap = site(page("https://praktijk.example/kosten", "# Kosten",
                     "Een consult kost volgens het NZa-tarief ongeveer 140 euro.",
                     "Vragen over de vergoeding? Bel dan uw zorgverzekeraar, of bel ons op 030 - 765 43 21."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet_bijna" and f.details.get("contact")


def test_insurer_number_alone_stays_someone_elses():
    snap = site(page("https://praktijk.example/kosten", "# Kosten",
                     "Vragen over de vergoeding? Bel uw zorgverzekeraar op 030 - 765 43 21."))
    assert judge("2b-6", snap).status == "voldoet_niet"
