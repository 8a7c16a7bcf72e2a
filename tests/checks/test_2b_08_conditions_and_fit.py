"""2b-8 readings of conditions and fit on pages nobody tuned on (own passages, Dutch and English): a misfit said
with the verb first as falling outside or not within the care ("Vallen je klachten niet onder ..., dan ..."), the verb last in a clause ("dat u hier niet geholpen kunt worden"), the steps discussed after a misfit, the
reader said to be of a client group or age answered by the offer, care said to be meant both for one group and
another, a treatment said to be a good fit or choice for a kind of client, and a place of care named in the sector
("een gespecialiseerd centrum in de ggz") that does not make a sentence speak of care in general."""
from check_helpers import judge, page, site

V = "https://www.praktijkwilgenhof.example/informatie"
INC = "Wij helpen volwassenen met angst, somberheid en stress."


def _status(*lines, url=V):
    return judge("2b-8", site(page(url, *lines))).status


def test_a_misfit_said_with_the_verb_first_or_as_falling_outside_is_the_other_side():
    for line in ("Vallen uw klachten niet onder de basis ggz, dan bespreken we met u welke andere mogelijkheden er zijn.",
                 "Vallen je problemen niet binnen ons aanbod, dan verwijzen we je door.",
                 "Als je hulpvraag niet onder onze zorg valt, zoeken we met je huisarts naar een andere behandelaar.",
                 "If your problems do not fit within what we offer, we will refer you to another provider.",
                 "Should your request fall outside our care, we discuss the next steps with you."):
        assert _status("# Praktisch", line) == "voldoet_bijna", line
        assert _status("# Voor wie", INC, line) == "voldoet", line


def test_a_misfit_with_the_steps_discussed_is_when_to_go_elsewhere():
    for line in ("Blijk je bij mij niet op de goede plek te zijn, dan bekijken we samen welke stappen er daarna mogelijk zijn.",
                 "Als u bij ons niet op de juiste plek bent, bekijken we samen welke stappen passend zijn.",
                 "If you are not in the right place with me, I will talk with you about what steps you can take next.",
                 "If we are not the right fit for you, we will discuss which steps make sense."):
        assert _status("# Praktisch", line) == "voldoet_bijna", line
    # the steps of the treatment itself are no misfit
    assert _status("# Praktisch", "In het eerste gesprek bespreek ik met je welke stappen we in de behandeling zetten.") == "voldoet_niet"


def test_not_treated_with_the_verb_last_is_the_other_side():
    for line in ("Blijkt bij de intake dat u met een ernstige verslaving bij ons niet geholpen kunt worden, dan hoort u dat van ons.",
                 "Mensen met een eetstoornis of psychose die hier niet behandeld kunnen worden, bespreken dat met hun huisarts.",
                 "Het kan zijn dat een kind met autisme bij ons niet begeleid kan worden."):
        assert _status("# Voor wie", INC, line) == "voldoet", line


def test_a_place_of_care_in_the_sector_still_lets_the_practice_turn_away():
    for line in ("Speelt er een ernstige verslaving, dan ben je beter op je plek bij een gespecialiseerd centrum in de ggz.",
                 "Bij een ernstige eetstoornis ben je beter op je plek bij een gespecialiseerde kliniek in de ggz."):
        assert _status("# Voor wie", INC, line) == "voldoet", line
    # the sector as the scope of the sentence is still care in general
    assert _status("# Over ggz", "In de ggz worden mensen met een verslaving vaak elders behandeld.") == "voldoet_niet"


def test_the_reader_said_to_be_of_a_group_and_answered_by_the_offer_is_the_treated_side():
    for line in ("Ben je jongvolwassene of student, dan kun je bij ons in behandeling.",
                 "Als je tussen de 18 en 30 jaar bent, ben je bij ons van harte welkom.",
                 "Bent u ouder dan 65, dan helpen wij u graag.",
                 "If you are a young adult or a student, you are welcome at our practice.",
                 "If you are 18 years or older, we can help you."):
        assert _status("# Praktisch", line) == "voldoet_bijna", line
    # a discount, a rule on money or a message for parents is no target group
    for line in ("Als je student bent, krijg je korting op het tarief.",
                 "Ben je student, dan kun je tegen een lager tarief bij ons in behandeling.",
                 "Als je ouders gescheiden zijn, neem dan contact op met ons secretariaat."):
        assert _status("# Praktisch", line) == "voldoet_niet", line


def test_care_meant_for_a_pair_of_groups_or_a_good_fit_for_a_kind_of_client_is_the_treated_side():
    for line in ("Our therapy is meant both for young adults with burn-out or low mood and for adults with anxiety.",
                 "De behandeling is bedoeld voor zowel jongeren met angst als volwassenen met somberheid.",
                 "Schema therapy is a good fit if you keep running into the same patterns, for instance with personality problems.",
                 "Schematherapie past goed bij mensen met persoonlijkheidsproblemen of langdurige somberheid.",
                 "EMDR can be a good choice for people with trauma or nightmares."):
        assert _status("# Behandeling", line, url="https://www.praktijkwilgenhof.example/behandeling") == "voldoet_bijna", line
    # a good choice that is no kind of client
    assert _status("# Behandeling", "Online afspraken zijn een goede keuze als u weinig tijd heeft.",
                   url="https://www.praktijkwilgenhof.example/behandeling") == "voldoet_niet"


def test_a_question_to_the_reader_answered_by_a_referral_is_when_to_go_elsewhere():
    for q, a in (("Heeft u een ernstige verslaving?", "In dat geval verwijst uw huisarts u naar de verslavingszorg."),
                 ("Do you struggle with severe addiction?", "In that case your GP will refer you to specialised care."),
                 ("Struggling with an eating disorder?", "If so, we refer you to a specialised centre."),
                 ("Heb je last van psychotische klachten?", "Dan verwijzen we je terug naar de huisarts.")):
        assert _status("# Voor wie", INC, q, a) == "voldoet", q
        # the answer is on the same side as the question: no treated side read from it
        assert _status("# Praktisch", q, a) == "voldoet_bijna", q
    # a referral to the practice, or the letter needed to come, answers the question with the way in
    for a in ("Dan verwijst uw huisarts u naar onze praktijk.", "Dan heeft u een verwijzing van de huisarts nodig.",
              "In that case your GP can refer you to us."):
        assert _status("# Voor wie", INC, "Heeft u last van angst of somberheid?", a) == "voldoet_bijna", a
    # a GP who refers in general, without a question or condition on the reader, stays no exclusion
    assert _status("# Voor wie", INC, "De huisarts kan u bij complexe problemen verwijzen naar de specialistische ggz.") == "voldoet_bijna"


def test_a_referral_talked_about_under_a_condition_is_when_to_go_elsewhere():
    for line in ("Mocht er sprake zijn van een psychose, dan overleggen we met je huisarts over een verwijzing.",
                 "Should there be signs of psychosis, we will discuss a referral with your GP.",
                 "Als blijkt dat de klachten te ernstig zijn, bespreken wij met u een doorverwijzing.",
                 "If your complaints turn out to be severe, we will arrange a referral together with your GP."):
        assert _status("# Voor wie", INC, line) == "voldoet", line
    # a referral TO the practice is how to come in, not when to go elsewhere
    assert _status("# Voor wie", INC, "Als u angstklachten heeft, bespreek dan met uw huisarts een verwijzing naar onze praktijk.") == "voldoet_bijna"


def test_not_the_right_place_under_a_condition_on_the_reader_is_the_other_side():
    for line in ("Wij zijn niet de juiste plek als je dagelijks zorg of begeleiding nodig hebt.",
                 "We are not the right place for you if you need daily support or admission.",
                 "Onze praktijk is niet de aangewezen plek wanneer u intensieve begeleiding thuis nodig heeft.",
                 "I am not the right fit when you need care around the clock."):
        assert _status("# Voor wie", INC, line) == "voldoet", line


def test_more_wordings_of_other_care_instead():
    for line in ("For addiction problems, please contact an addiction care service instead.",
                 "Voor verslavingsproblemen kunt u beter direct contact opnemen met de verslavingszorg.",
                 "Severe eating problems are beyond what we can offer.",
                 "Our practice does not work with people with a severe addiction.",
                 "Clients with an eating disorder should contact a specialised care centre."):
        assert _status("# Voor wie", INC, line) == "voldoet", line
    # a crisis line stays 2b-6
    assert _status("# Voor wie", INC, "Bij acute crisis kunt u beter direct contact opnemen met de huisartsenpost of 113 bellen.") == "voldoet_bijna"


def test_the_reader_asked_about_an_age_or_the_team_specialised_in_complaints_is_the_treated_side():
    for lines in (("Ben je tussen de 18 en 25 en loop je vast in je studie?", "Dan kunnen we je helpen."),
                  ("Loop je vast door stress of een burn-out, dan ben je hier op de goede plek.",),
                  ("Struggling with grief or trauma? You are in the right place.",),
                  ("Onze psychologen zijn gespecialiseerd in angst, depressie en trauma.",),
                  ("Our psychologists specialise in anxiety, depression and trauma.",)):
        assert _status("# Praktisch", *lines) == "voldoet_bijna", lines
    # the wrong place, asked the same way, is the other side
    assert _status("# Voor wie", INC, "Heb je een ernstige verslaving? Dan ben je bij ons niet op de juiste plek.") == "voldoet"


def test_a_condition_of_treatment_that_rules_a_complaint_out_is_the_other_side():
    for line in ("Voorwaarde voor een behandeling bij ons is dat er geen actieve verslaving speelt.",
                 "A condition for starting therapy is that there is no active psychosis.",
                 "Een traject is alleen mogelijk als er op dat moment geen acute crisis is.",
                 "Treatment is only possible when there is no ongoing substance abuse.",
                 "Excluded from treatment are clients with a severe eating disorder."):
        assert _status("# Voor wie", INC, line) == "voldoet", line


def test_care_only_for_clients_of_a_kind_is_the_other_side_and_a_rule_of_access_is_not():
    for line in ("Psychotherapie bieden wij alleen aan cliënten die de Nederlandse taal voldoende beheersen.",
                 "Our therapy is only for clients who can hold a conversation in Dutch or English."):
        assert _status("# Praktisch", line) == "voldoet_bijna", line
        assert _status("# Voor wie", INC, line) == "voldoet", line
    for line in ("De groepstraining is alleen voor cliënten die al bij ons in behandeling zijn.",
                 "The online course is only for clients who have an appointment with us."):
        assert _status("# Voor wie", INC, line) == "voldoet_bijna", line
    # naming the treated group with "alleen" stays the treated side
    assert _status("# Praktisch", "Wij behandelen alleen volwassenen vanaf 18 jaar.") == "voldoet_bijna"


def test_a_group_asked_about_and_answered_no_is_the_other_side():
    for q, a in (("Werkt u ook met kinderen?", "Nee, wij behandelen volwassenen."),
                 ("Do you also see teenagers?", "No, our psychologists work with adults only."),
                 ("Begeleiden jullie ook ouderen?", "Nee, daarvoor verwijzen we naar een collega.")):
        assert _status("# Voor wie", INC, q, a) == "voldoet", q
    assert _status("# Voor wie", INC, "Zien jullie ook jongeren?", "Ja, vanaf 16 jaar.") == "voldoet_bijna"


def test_english_target_question_and_label_frame_the_treated_side():
    exc = "Bij een ernstige verslaving verwijzen wij u naar de specialistische ggz."
    for lines in (("Who is therapy with us for? Adults with anxiety, low mood or grief.",),
                  ("Target group: adults aged 18 and over with anxiety or depression.",)):
        assert _status("# Informatie", *lines, exc) == "voldoet", lines
    # a book's "Who is it for?" is no target question of care
    assert _status("# Review", "Who is it for?", "Parents who want to understand anxiety and worry in their children better.",
                   url="https://www.boekenplank.example/recensie") == "voldoet_niet"


def test_english_wordings_of_the_treated_side_that_dutch_already_had():
    exc = "Bij een ernstige verslaving verwijzen wij u naar de specialistische ggz."
    for line in ("What do we treat? Anxiety, low mood, burn-out and grief.",
                 "I am here for teenagers and young adults with anxiety or low mood.",
                 "Our practice is there for adults with stress, worry or grief.",
                 "With complaints such as anxiety, low mood or stress you are welcome here.",
                 "Redenen om je bij ons aan te melden zijn bijvoorbeeld angst, stress of somberheid."):
        assert _status("# Informatie", line, exc) == "voldoet", line


def test_english_wordings_of_the_other_side_that_dutch_already_had():
    for line in ("Treatment is not possible if there is an active addiction or psychosis.",
                 "In case of severe psychiatric problems we are not the appropriate practice.",
                 "For children under 12 we refer to a child psychologist.",
                 "With a severe eating disorder we refer you on to a specialised clinic.",
                 "If your complaints are severe and you need more than we can offer, your GP is the first step."):
        assert _status("# Voor wie", INC, line) == "voldoet", line
    # a referral to the practice is no other side
    assert _status("# Voor wie", INC, "Your GP can refer you to us with a letter.") == "voldoet_bijna"
