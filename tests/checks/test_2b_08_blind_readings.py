"""2b-8 readings for pages nobody tuned on (own passages): a line that turns the target question round
heads the sentences below it ("Niet voor u als...", "Not for you if:"), a heading "Voor wie wij er niet
zijn", the own care said not to suit some, a degree clause ("niet zo ernstig dat specialistische zorg
nodig is") that is the treated side, more care needed with a referral, a crisis line to 113, a product's
name, the practice's own name as the one who offers care, "Waar ... mee helpen?"."""
from check_helpers import judge, page, site

V = "https://www.praktijkberkenhof.example/voor-wie"


def _status(*lines, url=V):
    return judge("2b-8", site(page(url, *lines))).status


def _details(*lines, url=V):
    return judge("2b-8", site(page(url, *lines))).details


def test_a_line_ending_in_an_ellipsis_heads_the_exclusions_below_it():
    assert _status("# Traject somberheid",
                   "Voor wie?",
                   "Dit traject is voor volwassenen met somberheid, piekeren of lusteloosheid.",
                   "Niet voor u als...",
                   "u vooral last heeft van een verslaving; dan past de verslavingszorg beter;",
                   "er een psychose speelt.") == "voldoet"


def test_english_not_for_you_if_heads_the_exclusions_below_it():
    assert _status("# Anxiety programme",
                   "This programme is for adults with panic attacks, social anxiety or phobias.",
                   "Not for you if:",
                   "you are struggling with an eating disorder that needs medical care;",
                   "you have an active addiction.", url="https://www.praktijkberkenhof.example/en/anxiety") == "voldoet"


def test_a_question_line_that_is_not_about_fit_heads_nothing():
    assert _status("# Traject somberheid",
                   "Dit traject is voor volwassenen met somberheid, piekeren of lusteloosheid.",
                   "Wat neemt u mee?",
                   "Een overzicht van uw medicijnen als u die gebruikt voor angst of slaap.") == "voldoet_bijna"


def test_the_target_question_turned_round_with_its_verb_heads_the_other_side():
    lines = ("# Voor wie wij er niet zijn",
             "u heeft een eetstoornis waarvoor medische controle nodig is;",
             "er is sprake van een verslaving die op de voorgrond staat;",
             "u heeft een persoonlijkheidsstoornis.")
    assert _status(*lines) == "voldoet_bijna"
    details = _details(*lines)
    assert details["excluded"] and not details["included"]


def test_the_own_care_said_not_to_suit_leads_a_list_of_the_other_side():
    details = _details("# Voor wie",
                       "Wij willen dat u snel op de goede plek bent. Onze hulp is niet geschikt in de volgende gevallen:",
                       "- u heeft een eetstoornis die medische zorg vraagt;",
                       "- er speelt een verslaving die op de voorgrond staat.")
    assert details["excluded"] and not details["included"]


def test_problems_not_so_severe_that_other_care_is_needed_are_the_treated_side():
    assert _status("# Onze zorg",
                   "Onze hulp is bedoeld voor jongvolwassenen met milde tot matige klachten, die niet zo ernstig zijn dat "
                   "specialistische zorg nodig is.") == "voldoet_bijna"
    assert _status("# Onze zorg",
                   "Onze hulp is bedoeld voor jongvolwassenen met milde tot matige klachten, die niet zo ernstig zijn dat "
                   "specialistische zorg nodig is.",
                   "Bij een verslaving verwijzen wij u door naar de verslavingszorg.") == "voldoet"


def test_more_care_needed_and_a_place_elsewhere_is_when_to_go_elsewhere():
    assert _status("# Voor wie",
                   "Ik werk met volwassenen die last hebben van stress, somberheid of rouw.",
                   "Is er meer nodig, dan kijk ik samen met u en uw huisarts naar een andere plek.") == "voldoet"


def test_english_more_intensive_care_needed_with_a_referral_is_one_side():
    assert _status("# How we work",
                   "Should longer or more intensive care turn out to be needed, we will talk about a referral with you and your GP.",
                   url="https://www.praktijkberkenhof.example/en/how-we-work") == "voldoet_bijna"


def test_more_information_or_a_way_back_after_treatment_is_no_exclusion():
    assert _status("# Voor wie",
                   "Ik werk met volwassenen die last hebben van stress, somberheid of rouw.",
                   "Als u na afloop meer hulp nodig heeft, verwijs ik u terug naar uw huisarts.",
                   "Als u meer informatie nodig heeft, verwijzen wij u naar onze folder.") == "voldoet_bijna"


def test_a_crisis_line_to_113_is_no_target_group():
    assert _status("# Contact",
                   "Heeft u buiten kantoortijd dringend hulp nodig, bel dan de huisartsenpost.",
                   "Wie anoniem wil praten over zelfmoordgedachten, kan dag en nacht terecht bij 113 Zelfmoordpreventie.") == "voldoet_niet"


def test_a_product_named_after_a_complaint_is_no_complaint():
    assert _status("# Behandeling",
                   "Tussen de gesprekken door werken we ook met de app Stemmingsplanner.") == "voldoet_niet"


def test_the_practice_by_its_own_name_offers_care_to_a_group():
    assert _status("# Welkom",
                   "Berkenhof Psychologen biedt kortdurende psychologische hulp aan volwassenen in de regio.",
                   url="https://www.berkenhofpsychologen.example/") == "voldoet_bijna"


def test_where_can_we_help_you_with_split_round_its_verb_heads_the_treated_side():
    assert _status("# Welkom",
                   "Waar kunnen wij u mee helpen?",
                   "Angst en paniek",
                   "Somberheid",
                   "Rouw en verlies",
                   url="https://www.praktijkberkenhof.example/") == "voldoet_bijna"


def test_the_own_care_not_aimed_at_severe_problems_is_the_other_side():
    assert _status("# Voor wie",
                   "Ik help volwassenen met stress, somberheid en piekeren.",
                   "Ik richt mij niet op ernstige of complexe problematiek.") == "voldoet"
    assert _status("# Who we help",
                   "We help adults with stress, low mood and worry.",
                   "Our practice is not set up for severe addiction or psychosis.",
                   url="https://www.praktijkberkenhof.example/en/who-we-help") == "voldoet"


def test_a_contrast_of_goals_is_no_exclusion():
    assert _status("# Voor wie",
                   "Ik help volwassenen met stress, somberheid en piekeren.",
                   "De behandeling is niet gericht op het wegnemen van elke angst, maar op weer goed functioneren.") == "voldoet_bijna"


def test_other_care_better_equipped_is_when_to_go_elsewhere():
    assert _status("# Voor wie",
                   "Wij behandelen volwassenen met angst, somberheid of burn-outklachten.",
                   "Bij een eetstoornis is een gespecialiseerde instelling daarvoor beter toegerust.") == "voldoet"
    assert _status("# Who we help",
                   "We treat adults with anxiety, low mood or burnout.",
                   "For an eating disorder, specialised services are better equipped to help.",
                   url="https://www.praktijkberkenhof.example/en/who-we-help") == "voldoet"
    assert _status("# Nieuws",
                   "Sinds de verbouwing zijn wij beter toegerust om mensen met angst en somberheid te helpen.") != "voldoet"


def test_they_after_a_sentence_on_the_own_team_offers_care_to_a_group():
    assert _status("# Team Noord",
                   "Op onze locatie werkt een team van psychologen en een psychotherapeut.",
                   "Samen bieden zij behandeling aan jongvolwassenen en volwassenen.",
                   url="https://www.praktijkberkenhof.example/team") == "voldoet_bijna"


EN = "https://www.praktijkberkenhof.example/en/who-we-help"
EN_INC = "We help adults with anxiety, low mood and stress."


def test_english_wordings_of_the_other_side():
    for other in ("Children under 18 cannot be seen at our practice.",
                  "We are unable to see clients with a severe eating disorder.",
                  "Our practice does not offer treatment for eating disorders.",
                  "Treatment for addiction is not something we offer.",
                  "Addiction and psychosis fall outside what we offer.",
                  "For people with an addiction, a specialised addiction service is the better place.",
                  "People in acute crisis are better served by the crisis team of a mental health institution.",
                  "When you need more intensive help, we will look for a suitable place together with your GP.",
                  "We are not specialised in eating disorders or addiction."):
        assert _status("# Who we help", EN_INC, other, url=EN) == "voldoet", other


def test_english_sentences_that_only_sound_like_the_other_side():
    for other in ("After the intake we look for a suitable treatment for your anxiety together.",
                  "Clients with anxiety who cannot be seen in person can use video calls.",
                  "For many people with low mood, walking is a better option than they think.",
                  "If you need more time to fill in the questionnaire, we will send it again."):
        assert _status("# Who we help", EN_INC, other, url=EN) == "voldoet_bijna", other


def test_dutch_wordings_of_the_other_side_and_look_alikes():
    nl = "Wij helpen volwassenen met angst, somberheid en stress."
    assert _status("# Voor wie", nl, "Verslaving en psychose vallen buiten wat wij bieden.") == "voldoet"
    assert _status("# Voor wie", nl, "Wij zijn niet gespecialiseerd in eetstoornissen of verslaving.") == "voldoet"
    assert _status("# Voor wie", nl, "Heeft u meer of intensievere hulp nodig, dan zoeken we samen met de huisarts een passende plek.") == "voldoet"
    assert _status("# Voor wie", nl, "Tijdens de intake zoeken we samen een passende behandeling voor uw angstklachten.") == "voldoet_bijna"
    assert _status("# Voor wie", nl, "Binnen ons team zoeken we een passende behandelaar voor uw somberheid.") == "voldoet_bijna"


def test_a_money_heading_glued_to_the_sentence_below_it_does_not_make_it_about_money():
    url = "https://www.praktijkberkenhof.example/info"
    assert _status("# Info", "Kosten van de behandeling Praktijk Berkenhof is een zelfstandige praktijk voor basis ggz, "
                   "vooral voor volwassenen en ouderen.", url=url) == "voldoet_bijna"
    assert _status("# Info", "Tarieven Een gesprek bij onze praktijk kost 95 euro voor volwassenen en wordt niet vergoed.",
                   url=url) == "voldoet_niet"


def test_more_wordings_of_the_treated_side():
    about = "https://www.praktijkberkenhof.example/about"
    for line in ("I see adults and young people (16+) with anxiety or depression.",
                 "Common reasons people contact us include anxiety, panic attacks, low mood and relationship problems.",
                 "The practice treats adults with anxiety disorders, depression and trauma-related complaints.",
                 "Mensen zoeken ons op bij angst, somberheid, rouw en burn-out.",
                 "Veelvoorkomende hulpvragen in onze praktijk zijn angst, somberheid en stress."):
        assert _status("# Over ons", line, url=about) == "voldoet_bijna", line
    assert _status("# Blog", "As I see it, people with anxiety and low mood often avoid what they fear.", url=about) == "voldoet_niet"
