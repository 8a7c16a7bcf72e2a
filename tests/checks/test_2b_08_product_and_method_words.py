"""2b-8: complaints named as the topics of an online programme or app, and complaint words in a sentence on
how one method works, are no target group (passages written for these tests); a programme for people with
complaints, the practice's own programmes, a method's indications stay the treated side."""
from check_helpers import corpus_site, judge

U = "https://www.praktijk-voorbeeld.nl/aanbod"


def status(text: str) -> str:
    return judge("2b-8", corpus_site(U, text)).status


def test_the_topics_of_a_platform_or_app_are_no_target_group():
    assert status("Online behandelen\n\nDaarom werken wij met een online platform met programma's voor onder meer "
                  "stress, somberheid, angst en slaap.") == "voldoet_niet"
    assert status("eHealth\n\nIn de app vind je modules over angst, somberheid, burn-out en slaapproblemen.") == "voldoet_niet"
    assert status("eHealth\n\nWe use an app with modules on anxiety, low mood and sleep.") == "voldoet_niet"


def test_programmes_for_people_or_offered_by_the_practice_stay_the_treated_side():
    assert status("Aanbod\n\nWij bieden een programma voor jongeren met angst en somberheid.") == "voldoet_bijna"
    assert status("Aanbod\n\nWij bieden online programma's voor angst en somberheid.") == "voldoet_bijna"


def test_a_sentence_on_how_a_method_works_is_no_target_group():
    assert status("Aanbod\n\nCognitieve gedragstherapie\nJe leert sombere of angstige gedachten herkennen en toetsen "
                  "aan de werkelijkheid.") == "voldoet_niet"


def test_a_methods_indications_stay_the_treated_side():
    assert status("Aanbod\n\nEMDR\nEMDR is bedoeld voor mensen met trauma of PTSS.") == "voldoet_bijna"
    assert status("Aanbod\n\nEMDR\n- trauma\n- PTSS") == "voldoet_bijna"
    assert status("Voor wie\n\nEMDR\n- trauma\n- PTSS") == "voldoet_bijna"
