"""2b-8 readings of long running prose (own passages): next steps as "volgende stappen", a referral clause
before a clause on money, care offered "to adults", a group that "can come" to the practice ("terechtkunnen"),
a condition on the reader answered by the offer in the same sentence, and a method the practice "can use"."""
from check_helpers import judge, page, site

V = "https://www.praktijkwilgenhoek.example/werkwijze"


def _status(*lines, url=V):
    return judge("2b-8", site(page(url, *lines))).status


def test_a_misfit_with_the_next_steps_discussed_is_the_other_side():
    assert _status("# Werkwijze", "Na de intake maken we samen een plan.",
                   "Blijk je bij mij niet op de goede plek te zitten, dan bekijken we samen welke volgende stappen je kunt nemen.") == "voldoet_bijna"


def test_a_referral_clause_before_a_clause_on_money_still_counts():
    assert _status("# Werkwijze", "Na de intake maken we samen een plan.",
                   "Als er sprake is van een vraag die niet bij ons aanbod past, dan volgt in overleg een doorverwijzing naar "
                   "een andere zorgverlener; dat gebeurt ook als de klachten niet voor vergoeding in aanmerking komen.") == "voldoet_bijna"


def test_a_money_rule_alone_is_still_no_exclusion():
    assert _status("# Kosten", "Na de intake maken we samen een plan.",
                   "Als uw klachten niet voor vergoeding in aanmerking komen, betaalt u de gesprekken zelf; "
                   "dan sturen wij de rekening naar u.") == "voldoet_niet"


def test_care_offered_to_adults_by_the_practice_is_a_general_target_group():
    assert _status("# About", "Practice Linden is an independent practice in Utrecht offering generalist basic "
                   "mental health care to adults (18+).", url="https://www.praktijkwilgenhoek.example/en/about") == "voldoet_bijna"


def test_groups_that_can_come_to_the_practice_are_a_general_target_group():
    assert _status("# Over ons", "Wij zijn Praktijk Linden, een zelfstandige praktijk waar vooral jongvolwassenen "
                   "en ouderen terechtkunnen voor psychologische hulp.") == "voldoet_bijna"
    assert _status("# Over ons", "Wij zijn Praktijk Linden, een praktijk voor psychologische hulp; kinderen kunnen "
                   "bij ons niet terecht.") != "voldoet"


def test_a_condition_on_the_reader_answered_by_the_offer_in_one_sentence_is_the_treated_side():
    assert _status("# FAQ", "If you struggle with depression or with anxiety and panic attacks, our practice focuses on you.",
                   url="https://www.praktijkwilgenhoek.example/en/faq") == "voldoet_bijna"
    assert _status("# Hulp", "Als je last hebt van somberheid of piekeren, kunnen we je helpen met een korte behandeling.") == "voldoet_bijna"


def test_a_condition_on_the_reader_without_the_offer_is_nothing():
    assert _status("# Hulp", "Als je last hebt van somberheid of piekeren, is het goed om eerst met je huisarts te praten.") == "voldoet_niet"


def test_a_question_answered_by_a_method_the_practice_can_use_is_the_treated_side():
    assert _status("# EMDR", "Heb je nog altijd last van de gevolgen van een traumatische gebeurtenis, zoals een ongeluk of "
                   "een overval? Dan is EMDR een behandeling die we kunnen inzetten.") == "voldoet_bijna"


def test_the_practice_by_its_name_offering_help_with_complaints_is_the_treated_side():
    assert _status("# About", "Wilgenhoek Psychology Care provides support with burnout, low mood and "
                   "trouble in relationships.", url="https://www.praktijkwilgenhoek.example/en/about") == "voldoet_bijna"
    assert _status("# Over ons", "Wilgenhoek biedt hulp bij opvoedproblemen, stressklachten en relatieproblemen.",
                   url="https://www.praktijkwilgenhoek.example/over-ons") == "voldoet_bijna"


def test_a_question_answered_by_a_therapy_that_may_suit_the_reader_is_the_treated_side():
    assert _status("# Therapy", "Do you struggle with worry or panic attacks? Then this therapy may suit you.",
                   url="https://www.praktijkwilgenhoek.example/en/therapy") == "voldoet_bijna"


def test_english_which_other_provider_suits_the_client_best_is_the_other_side():
    assert _status("# How we work", "After the intake we draw up a plan together.",
                   "If the intake shows that you fall into a higher care type, we discuss together "
                   "which care and which provider would suit you best.",
                   url="https://www.praktijkwilgenhoek.example/en/how-we-work") == "voldoet_bijna"
