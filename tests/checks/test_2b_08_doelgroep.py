import pytest
from check_helpers import judge, page, site

V = "https://praktijk.example/voor-wie"


def test_inclusion_and_exclusion_voldoet():
    snap = site(page(V, "# Voor wie",
                     "U kunt bij ons terecht met klachten zoals:",
                     "- somberheid en depressie", "- angst- en paniekklachten", "- rouw en verlies",
                     "# Wat behandelen wij niet",
                     "- verslavingsproblematiek", "- acute psychiatrische crisis of psychose"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert {"depressie", "angst", "rouw"} <= set(f.details["included"])
    assert "verslaving" in f.details["excluded"]


def test_negated_sentence_is_exclusion_not_inclusion():
    snap = site(page(V, "Wij behandelen geen eetstoornissen en geen verslaving; daarvoor verwijzen wij u naar de specialistische GGZ."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["included"] == []
    assert "eetstoornis" in f.details["excluded"]


def test_only_inclusion_is_bijna():
    snap = site(page(V, "Onze praktijk is bedoeld voor volwassenen met stressklachten, burn-out of angstklachten."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert "only_inclusion" or f.details["excluded"] == []
    assert f.details["excluded"] == []


def test_komt_niet_in_aanmerking_is_exclusion():
    snap = site(page(V, "Voor wie?", "Wij helpen jongeren met angst, somberheid en problemen met zelfbeeld.",
                     "Bij ernstige suïcidaliteit komt een jongere niet in aanmerking voor behandeling in onze praktijk."))
    assert judge("2b-8", snap).status == "voldoet"


def test_reimbursement_rules_are_not_exclusion_criteria():
    snap = site(page("https://praktijk.example/vergoeding",
                     "Aanpassingsstoornissen, relatieproblemen en burn-out worden niet vergoed door de zorgverzekeraar."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_profession_description_is_not_a_doelgroep():
    snap = site(page("https://praktijk.example/psycholoog",
                     "Een psycholoog behandelt psychische problemen zoals angst, depressie en fobieën."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --- whose target group: the practice's, not a method's evidence or a career (issue 7) ------------


def test_evidence_claim_of_a_method_is_no_target_group():
    snap = site(page("https://praktijk.example/behandelingen", "# Schematherapie",
                     "Schematherapie is bewezen effectief bij persoonlijkheidsproblematiek en chronische depressie."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_indication_of_the_practice_treatment_is_one_side():
    snap = site(page("https://praktijk.example/behandelingen", "# EMDR in onze praktijk",
                     "EMDR wordt bij ons ingezet bij klachten na een schokkende gebeurtenis, zoals angst en nachtmerries."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_example_word_far_from_complaints_is_no_frame():
    snap = site(page("https://praktijk.example/therapie", "# Hoe gedachten werken",
                     "Bijvoorbeeld: als je steeds uitgaat van het ergste wat kan gebeuren, voel je je sneller angstig of somber."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_complaints_listed_after_zoals_for_the_reader_are_one_side():
    snap = site(page(V, "Je kunt hier terecht met klachten zoals angst, somberheid of stress."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_past_career_in_a_bio_is_no_target_group():
    snap = site(page("https://praktijk.example/team/anna", "# Anna, GZ-psycholoog",
                     "Voordat ik deze praktijk startte, werkte ik jaren met volwassenen in een ziekenhuis."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_indication_list_beside_contra_indications_voldoet():
    snap = site(page("https://praktijk.example/verwijzers/criteria", "# Criteria voor aanmelding",
                     "# Verwijsindicaties", "- Leeftijd 18 tot 65 jaar", "- Er is een DSM-classificatie",
                     "- De cliënt is gemotiveerd voor behandeling",
                     "# Contra-indicaties", "- Acute suïcidaliteit", "- Verslaving als hoofdprobleem"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"]


def test_criteria_without_complaints_and_no_exclusion_list_is_nothing():
    snap = site(page("https://praktijk.example/verwijzers", "# Aanmeldcriteria",
                     "- Er is een verwijsbrief van de huisarts", "- U bent ingeschreven bij een zorgverzekeraar"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_conditional_referral_when_care_does_not_fit_is_the_exclusion_side():
    snap = site(page("https://praktijk.example/werkwijze", "# Aanmelding",
                     "Na de intake kan blijken dat mijn behandelaanbod niet passend is voor uw hulpvraag.",
                     "In dat geval verwijs ik u terug naar uw huisarts voor een andere vorm van hulp."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["exclusion_referral"]
    assert "doorverwezen" in f.reason


def test_target_group_plus_conditional_referral_voldoet():
    snap = site(page(V, "# Voor wie",
                     "Wij behandelen volwassenen met angst, somberheid en stressklachten.",
                     "Als u niet bij ons op de juiste plek bent, bespreken we samen met u de vervolgstappen."))
    assert judge("2b-8", snap).status == "voldoet"


def test_referral_process_without_a_misfit_is_no_exclusion():
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "Als u zich wilt aanmelden, heeft u een verwijzing van de huisarts nodig.",
                     "De huisarts verwijst u dan naar onze praktijk."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_english_not_the_right_place_with_referral():
    snap = site(page("https://praktijk.example/en/who", "# Who we help",
                     "We help adults with anxiety, depression and burn-out.",
                     "If our practice is not the right place for you, we will refer you to other care."))
    assert judge("2b-8", snap).status == "voldoet"


def test_more_wordings_of_not_treated_here():
    for sentence in ("Met een eetstoornis of verslaving kunt u helaas niet bij ons terecht.",
                     "Bij een verslaving kunnen wij u helaas niet helpen.",
                     "Is er sprake van een psychose, dan verwijzen wij u door."):
        f = judge("2b-8", site(page(V, sentence)))
        assert f.status == "voldoet_bijna", sentence
        assert f.details["excluded"] and not f.details["included"], sentence


def test_heading_waarmee_opens_the_inclusion_side():
    snap = site(page(V, "# Waarmee kun je bij ons terecht?", "- somberheid", "- angst en paniek", "- stress en burn-out"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert {"depressie", "angst", "burn-out"} <= set(f.details["included"])


def test_paragraph_styled_as_heading_is_read_as_text():
    snap = site(page("https://praktijk.example/schematherapie",
                     "# Deze therapie in onze praktijk is bedoeld voor volwassenen die vastlopen in patronen, bijvoorbeeld bij persoonlijkheidsproblematiek of chronische somberheid.",
                     "Wij werken met individuele sessies."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert "persoonlijkheid" in f.details["included"]


def test_referrals_by_the_gp_in_general_are_no_exclusion_of_the_practice():
    for sentence in ("De huisarts kan u bij complexe problematiek doorverwijzen naar de specialistische GGZ.",
                     "Is uw probleem te complex, dan verwijst de POH-GGZ u naar een psycholoog."):
        assert judge("2b-8", site(page("https://praktijk.example/ggz", sentence))).status == "voldoet_niet", sentence
    own = "Is uw probleem te complex voor onze praktijk, dan verwijzen wij u terug naar de huisarts."
    assert judge("2b-8", site(page("https://praktijk.example/ggz", own))).status == "voldoet_bijna"


def test_unframed_clients_beside_an_exclusion_are_the_treated_side():
    snap = site(page("https://praktijk.example/praktisch", "# Praktisch",
                     "Kinderen, jongeren en studenten krijgen hier hulp bij angst en somberheid.",
                     "Zijn de problemen te ernstig om hier goed te behandelen, dan verwijzen wij terug naar de huisarts."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert f.needs_review  # the treated side is inferred: the reviewer confirms


def test_unframed_complaints_without_an_exclusion_stay_nothing():
    snap = site(page("https://praktijk.example/praktisch", "# Praktisch",
                     "Angst en somberheid krijgen in de media veel aandacht; hulp zoeken is normaal."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_bijvoorbeeld_to_the_reader_is_an_illustration_not_a_target_group():
    snap = site(page("https://praktijk.example/over-stress", "# Wat doet stress met je?",
                     "Je kunt bijvoorbeeld angstig of somber worden als de spanning lang aanhoudt."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_practice_naming_complaints_it_sees_is_one_side():
    snap = site(page("https://praktijk.example/praktijk", "In onze praktijk zien wij onder andere angst, somberheid en burn-out."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_mild_to_moderate_band_is_one_side():
    for sentence in ("Het gaat bij ons om milde tot matige klachten waarbij u even vastloopt.",
                     "Our care is meant for mild to moderate problems."):
        f = judge("2b-8", site(page("https://praktijk.example/werkwijze", sentence)))
        assert f.status == "voldoet_bijna", sentence


def test_practice_or_its_care_as_subject_of_a_target_group():
    for sentence in ("Praktijk De Linde is er voor kinderen en jongeren van 4 tot 18 jaar.",
                     "De behandeling is gericht op volwassenen met angst- en stemmingsklachten.",
                     "Cliënten komen bij mij met uiteenlopende klachten zoals angst, burn-out en rouw."):
        f = judge("2b-8", site(page("https://praktijk.example/praktijk", sentence)))
        assert f.status == "voldoet_bijna", sentence
        assert not f.details["excluded"], sentence


def test_method_aimed_at_a_change_is_no_target_group():
    snap = site(page("https://praktijk.example/cgt", "CGT is gericht op het veranderen van gedachten bij angst."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_headings_that_are_sentences_of_either_side():
    snap = site(page(V, "# Wij behandelen", "- burn-out", "- angst",
                     "# Wij behandelen niet", "- eetstoornissen", "- verslaving"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"] and "verslaving" not in f.details["included"]


def test_referral_to_a_specialised_institution_is_the_other_side():
    snap = site(page(V, "Onze praktijk is er voor volwassenen met angst en somberheid.",
                     "Voor verslavingszorg kunt u terecht bij een verslavingsinstelling."))
    assert judge("2b-8", snap).status == "voldoet"


def test_out_of_hours_advice_is_no_exclusion():
    snap = site(page("https://praktijk.example/contact", "Bij spoed of crisis kunt u terecht bij de huisartsenpost."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --- generalisation (issue 7): the practice's own target group in other words, and what is not ----


@pytest.mark.parametrize("sentence", [
    "Praktijk De Meent is een kleine praktijk voor de basis-ggz voor volwassenen (18+).",
    "Ik behandel cliënten vanaf 18 jaar, vooral mensen die vastlopen in hun werk.",
    "De praktijk levert zorg aan met name jongvolwassenen en ouderen.",
    "We work with adults and young adults who want to understand themselves better.",
])
def test_an_age_or_client_group_of_the_own_care_is_one_side(sentence):
    f = judge("2b-8", site(page("https://praktijk.example/over", sentence)))
    assert f.status == "voldoet_bijna"
    assert f.details["excluded"] == [] and not f.details["exclusion_severity"]


@pytest.mark.parametrize("sentence,expected", [
    ("Ik heb ruime ervaring met de behandeling van rouw, angst en somberheid.", {"rouw", "angst", "depressie"}),
    ("Mijn aandachtsgebieden zijn trauma, faalangst en hechting.", {"trauma", "zelfbeeld"}),
    ("Our practice offers therapy to adults struggling with grief, anxiety or low mood.", {"rouw", "angst", "depressie"}),
    ("GGZ Voorbeeld focuses on treating panic attacks and depression.", {"angst", "depressie"}),
    ("You can contact us for help with stress, grief and low self-esteem.", {"burn-out", "rouw", "zelfbeeld"}),
])
def test_specialisms_and_english_frames_name_complaints_treated(sentence, expected):
    f = judge("2b-8", site(page("https://praktijk.example/aanbod", sentence)))
    assert f.status == "voldoet_bijna"
    assert expected <= set(f.details["included"])


def test_a_question_sentence_frames_its_answer():
    snap = site(page("https://praktijk.example/info", "Met welke klachten kunt u bij ons terecht?",
                     "Bijvoorbeeld piekeren, paniekaanvallen, somberheid of rouw."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert {"angst", "depressie", "rouw"} <= set(f.details["included"])
    # the same answer without the question is an illustration, not a target group
    assert judge("2b-8", site(page("https://praktijk.example/info",
                                   "Bijvoorbeeld piekeren, paniekaanvallen, somberheid of rouw."))).status == "voldoet_niet"


@pytest.mark.parametrize("exclusion", [
    "Cliënten met een actieve verslaving worden doorverwezen naar een verslavingszorginstelling.",
    "Wanneer sprake is van ernstige problematiek, is de specialistische ggz meer op zijn plaats.",
    "Blijkt tijdens de intake dat een andere vorm van zorg beter past, dan verwijzen wij u door.",
    "If your problems are too complex for short-term care, we will discuss other options with your GP.",
])
def test_other_exclusion_wordings_make_the_second_side(exclusion):
    snap = site(page("https://praktijk.example/voor-wie", "Wij helpen volwassenen met angst, somberheid en burn-out.",
                     exclusion))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("lines", [
    # a play corner for children is no target group; fees by age are costs
    ["In de wachtkamer is een speelhoek voor kinderen en er staat koffie klaar."],
    ["Voor kinderen en jongeren tot 18 jaar betaalt de gemeente de behandeling."],
    # a career and a family are no target group
    ["Na mijn studie heb ik tien jaar in een ziekenhuis gewerkt met kinderen en volwassenen.", "Ik ben getrouwd en heb twee kinderen."],
    # recruiting on a page that does not call itself a vacancy
    ["We are looking for a psychologist who has experience working with adults with anxiety and depression."],
    ["Wij zoeken een collega met ervaring in de behandeling van jongeren met trauma en angst."],
    # a general article about a disorder or a method
    ["ADHD is a condition that affects attention and impulse control in children and adults."],
    ["EMDR is oorspronkelijk ontwikkeld voor mensen met een posttraumatische stressstoornis."],
    # parents who come along, a workshop
    ["Ouders van kinderen onder de 12 jaar komen altijd mee naar de afspraak."],
])
def test_groups_and_complaints_in_other_contexts_are_no_target_group(lines):
    assert judge("2b-8", site(page("https://praktijk.example/informatie", *lines))).status == "voldoet_niet"


def test_a_conditional_referral_by_severity_is_the_other_side():
    snap = site(page("https://praktijk.example/werkwijze",
                     "Wij behandelen volwassenen met milde tot matige klachten zoals stress en somberheid.",
                     "Wanneer bij de intake blijkt dat u in de gespecialiseerde ggz thuishoort, bespreken we met u "
                     "welke zorg en welke andere zorgverlener het meest passend voor u is."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert f.details["exclusion_referral"]
    # the same discussion without a condition is how an intake ends, not who is not treated
    snap = site(page("https://praktijk.example/werkwijze",
                     "Wij behandelen volwassenen met milde tot matige klachten zoals stress en somberheid.",
                     "Na de intake bespreken we met u welke behandeling het meest passend is."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_people_in_general_under_a_when_heading_are_no_target_group():
    snap = site(page("https://praktijk.example/wanneer-hulp", "# Wanneer naar een psycholoog?",
                     "Iedereen voelt zich weleens somber of angstig.",
                     "Veel mensen met paniekklachten gaan eerst naar de huisarts."))
    assert judge("2b-8", snap).status == "voldoet_niet"
    # the practice speaking under the same heading does name its target group
    snap = site(page("https://praktijk.example/wanneer-hulp", "# Wanneer naar een psycholoog?",
                     "Mensen met somberheid of angst kunnen bij onze praktijk terecht."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    '"Ik werd goed geholpen met mijn burn-out en kan weer werken." - Petra',
    "\u201cI was helped a lot with my anxiety and now feel more confident.\u201d - J.",
    "Ik ben hier geholpen met mijn paniekaanvallen en somberheid.",
])
def test_a_client_testimonial_is_no_target_group(line):
    assert judge("2b-8", site(page("https://praktijk.example/ervaringen", "# Wat cliënten zeggen", line))).status == "voldoet_niet"


def test_complaints_given_as_examples_of_what_is_discussed_are_no_target_group():
    snap = site(page("https://praktijk.example/intake", "# Het intakegesprek",
                     "Tijdens de intake bespreken we uw klachten, bijvoorbeeld somberheid of angst, en uw hulpvraag."))
    assert judge("2b-8", snap).status == "voldoet_niet"
    snap = site(page("https://praktijk.example/intake", "In onze praktijk zien we onder andere somberheid, angst en rouw."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("exclusion", [
    "Bij ernstige eetproblemen is een intensievere vorm van behandeling nodig.",
    "Treatment of addiction is not offered at our practice.",
    "Kinderen onder de 12 jaar kunnen wij helaas niet behandelen.",
    "Heeft u vooral last van een verslaving, dan bent u bij ons aan het verkeerde adres.",
    "Is er sprake van een crisis of ernstige suïcidale gedachten, dan is onze praktijk niet de aangewezen plek.",
    "Wanneer u vooral hulp nodig heeft bij schulden of huisvesting, kunt u beter terecht bij het maatschappelijk werk.",
])
def test_more_exclusion_wordings(exclusion):
    snap = site(page("https://praktijk.example/voor-wie", "Wij helpen volwassenen met angst, somberheid en burn-out.",
                     exclusion))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("line", [
    # an age in a practical rule, not a group the practice does not treat
    "Kinderen onder de 12 jaar kunnen niet zonder ouder naar de afspraak komen.",
    # being better off at home when ill is no referral elsewhere
    "Als u ziek bent, kunt u beter thuisblijven en de afspraak verzetten.",
])
def test_practical_rules_are_no_exclusion(line):
    snap = site(page("https://praktijk.example/voor-wie", "Wij helpen volwassenen met angst, somberheid en burn-out."),
                page("https://praktijk.example/afspraken", "# Afspraken", line))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_question_about_who_is_not_treated_frames_its_answer():
    inc = "Wij helpen volwassenen met angst en somberheid."
    snap = site(page("https://praktijk.example/info", inc, "Wanneer kunt u niet bij ons terecht?",
                     "Bij een verslaving, een psychose of een acute crisis."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert {"verslaving", "psychose"} <= set(f.details["excluded"])
    # a practical question with "niet" is no exclusion
    snap = site(page("https://praktijk.example/info", inc, "Is het niet mogelijk om overdag te komen?",
                     "Dan kunt u een avondafspraak maken."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_practice_named_in_one_word_and_a_method_it_applies():
    f = judge("2b-8", site(page("https://praktijk.example/", "Psychologenpraktijk Noord helpt volwassenen met "
                                "psychische klachten zoals angst, depressie en burn-out.")))
    assert f.status == "voldoet_bijna" and {"angst", "depressie", "burn-out"} <= set(f.details["included"])
    f = judge("2b-8", site(page("https://praktijk.example/emdr", "# EMDR", "In onze praktijk zetten wij EMDR in bij "
                                "mensen met traumatische ervaringen of angststoornissen.")))
    assert f.status == "voldoet_bijna" and {"trauma", "angst"} <= set(f.details["included"])


def test_niet_is_flagged_for_review_only_where_a_reviewer_has_something_to_read():
    # the target-group page was read, but neither side was recognised: a reviewer looks
    snap = site(page("https://praktijk.example/voor-wie", "# Voor wie", "Iedereen is welkom voor een kennismaking."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_niet" and f.needs_review
    # a site of pages that have nothing to do with the target group: a sure niet
    snap = site(page("https://praktijk.example/route", "# Route", "Parkeren kan in de garage aan de Stationsweg."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_niet" and not f.needs_review


@pytest.mark.parametrize("sentence", [
    "Verwijs naar ons cliënten vanaf 18 jaar met een vermoeden van een DSM-stoornis.",
    "Psychotherapie in onze praktijk is vooral bedoeld voor mensen met hardnekkige problemen die meer tijd vragen.",
    "Onze cliënten hebben vaak last van stress, piekeren en somberheid.",
])
def test_referral_advice_a_severity_of_the_own_care_and_our_clients_are_one_side(sentence):
    assert judge("2b-8", site(page("https://praktijk.example/verwijzers", sentence))).status == "voldoet_bijna"


@pytest.mark.parametrize("sentence", [
    # a practical rule for clients of an age
    "Wij vragen cliënten vanaf 18 jaar om een geldig identiteitsbewijs mee te nemen.",
    # the severity band of a level of care in general, no practice speaking
    "Specialistische ggz is bedoeld voor mensen met ernstige en complexe psychische problemen.",
])
def test_an_age_in_a_practical_rule_or_a_care_level_in_general_is_no_target_group(sentence):
    assert judge("2b-8", site(page("https://praktijk.example/info", sentence))).status == "voldoet_niet"


@pytest.mark.parametrize("lines,excluded", [
    (["# Niet bij ons", "Verslaving, psychose en ernstige persoonlijkheidsproblematiek."], {"verslaving", "psychose"}),
    (["# When we are not the right fit", "- addiction", "- psychosis"], {"verslaving", "psychose"}),
])
def test_more_exclusion_headings(lines, excluded):
    f = judge("2b-8", site(page("https://praktijk.example/voor-wie",
                                "Wij helpen volwassenen met angst, somberheid en burn-out.", *lines)))
    assert f.status == "voldoet"
    assert excluded <= set(f.details["excluded"])


def _outline(url, *spec):
    """A page with nested headings: (level, text) for a heading, a bare string for a list item."""
    from check_helpers import Block, Page
    blocks = [Block(kind="heading", text=x[1], level=x[0]) if isinstance(x, tuple) else Block(kind="list_item", text=x)
              for x in spec]
    return Page(url=url, title="", blocks=blocks)


def test_the_symptoms_of_a_disorder_are_no_target_group():
    snap = site(_outline("https://praktijk.example/adhd", (1, "ADHD"), (2, "Klachten"),
                         "concentratieproblemen", "onrust", "impulsiviteit en stemmingswisselingen"))
    assert judge("2b-8", snap).status == "voldoet_niet"
    snap = site(_outline("https://praktijk.example/angst", (1, "Angst"), (2, "Klachten bij angst"),
                         "paniekaanvallen", "somberheid"))
    assert judge("2b-8", snap).status == "voldoet_niet"
    # complaints listed under "Klachten" on the target-group page are the treated side
    snap = site(_outline("https://praktijk.example/voor-wie", (1, "Voor wie"), (2, "Klachten"), "angst", "somberheid"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and {"angst", "depressie"} <= set(f.details["included"])


from irrelevant_pages_2b_08 import PAGES_2B_08  # noqa: E402


@pytest.mark.parametrize("url,title,items", PAGES_2B_08, ids=[p[0].rsplit("/", 1)[-1] for p in PAGES_2B_08])
def test_pages_that_name_complaints_or_groups_in_other_contexts_stay_niet(url, title, items):
    assert judge("2b-8", site(page(url, *items, title=title))).status == "voldoet_niet"
    # nor do they lift a site that names only its treated side to voldoet
    own = page("https://praktijk.example/voor-wie", "# Voor wie", "Wij helpen volwassenen met angst, somberheid en burn-out.")
    assert judge("2b-8", site(own, page(url, *items, title=title))).status == "voldoet_bijna"


def test_a_general_referral_route_is_no_exclusion():
    # (closed by the general-page reading: an explanation page ("/ggz-uitleg") opens no side)
    snap = site(page("https://praktijk.example/ggz-uitleg", "# Hoe werkt de ggz?",
                     "Vroeger werd iedereen met psychische problemen doorverwezen naar een gespecialiseerde instelling; nu gebeurt dat minder."))
    assert judge("2b-8", snap).status == "voldoet_niet"


@pytest.mark.parametrize("sentence", [
    "Samen stellen we een behandelplan op.",
    "Na de intake stellen wij samen de doelen vast.",
])
def test_the_verb_stellen_with_the_plan_is_no_client_group(sentence):
    # "stellen" with the plan or the goals as its object is the verb, not couples
    snap = site(page("https://praktijk.example/intake", "# Het intakegesprek", sentence))
    assert judge("2b-8", snap).status == "voldoet_niet"


@pytest.mark.parametrize("sentence", ["Sinds 2015 help ik stellen in mijn praktijk in Zwolle.", "Wij helpen stellen die vastlopen in hun relatie."])
def test_couples_stay_a_client_group(sentence):
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", sentence))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --- wordings of the own offer and of its limits seen on real provider sites (issue 7, t8) ---------


@pytest.mark.parametrize("sentence", [
    "Onze psychologen behandelen mensen met uiteenlopende klachten op het gebied van stemming, angst en stress.",
    "Hulp bij angst, depressie en burn-out.",
    "Praktijk De Wilg: voor hulp bij paniek, somberheid en rouw.",
    "Counselling for adults with stress, burnout or grief.",
    "Our therapists help clients with anxiety, depression and stress.",
    "Deze behandeling is bestemd voor cliënten met een angststoornis of depressie.",
    "Indicaties voor deze behandeling zijn angst, depressie en burn-out.",
    "Psychotherapie in onze praktijk is geïndiceerd bij persoonlijkheidsproblematiek en langdurige depressie.",
    "Veel voorkomende klachten waarmee cliënten bij ons komen zijn angst, somberheid en stress.",
    "Je bent welkom met uiteenlopende hulpvragen, bijvoorbeeld als je vastloopt in je werk of onzekerheid ervaart.",
])
def test_own_offer_in_other_words_is_one_side(sentence):
    snap = site(page("https://praktijk.example/praktijk", "# De praktijk", sentence))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert f.details["excluded"] == []


def test_complaints_after_a_traumatic_event_are_trauma():
    snap = site(page("https://praktijk.example/emdr", "# EMDR",
                     "Deze behandeling is geschikt voor u als u last heeft van nachtmerries na een schokkende gebeurtenis."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert "trauma" in f.details["included"]


@pytest.mark.parametrize("exclusion", [
    ["Bij acute problematiek, zoals suïcidaliteit of psychose, zijn wij niet de aangewezen partij."],
    ["Wanneer er sprake is van complexe of meervoudige problematiek, is behandeling in de specialistische ggz nodig."],
    ["Verslaving, psychose en ernstige persoonlijkheidsproblematiek vallen buiten ons behandelaanbod."],
    ["Heeft u ernstige psychische klachten, dan is de specialistische ggz passender."],
    ["Clients with active addiction or psychosis cannot be treated in our practice."],
    ["Wij kunnen u niet helpen als er sprake is van:", "- een verslaving", "- een eetstoornis"],
    ["# Voor wie niet", "- verslaving", "- psychose"],
    ["# Wat wij niet doen", "- crisisopvang", "- behandeling van verslaving"],
    ["# Niet behandeld worden", "- eetstoornissen", "- verslaving"],
    ["# Grenzen aan onze zorg", "- ernstige psychiatrische problematiek", "- acute crisis"],
    ["# Wanneer kunt u beter ergens anders terecht?", "- bij een verslaving", "- bij een psychose"],
])
def test_exclusion_in_other_words_makes_voldoet(exclusion):
    snap = site(page(V, "# Voor wie", "Wij behandelen volwassenen met angst, depressie en burn-out.", *exclusion))
    assert judge("2b-8", snap).status == "voldoet"


def test_target_group_in_a_sentence_on_reimbursement_is_one_side():
    snap = site(page("https://praktijk.example/tarieven", "# Vergoeding",
                     "De behandeling in de basis ggz is bedoeld voor lichte tot matige klachten en wordt vergoed "
                     "uit de basisverzekering."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_group_that_is_reimbursed_is_no_target_group():
    snap = site(page("https://praktijk.example/tarieven", "# Vergoeding",
                     "Voor volwassenen wordt de hulp vergoed door de zorgverzekeraar als u een restitutiepolis heeft."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_reimbursement_rule_with_complaints_is_no_exclusion():
    snap = site(page("https://praktijk.example/tarieven", "# Vergoeding",
                     "Wij behandelen volwassenen met angst en somberheid.",
                     "Relatieproblemen en werkproblemen worden niet vergoed door de zorgverzekeraar; u betaalt die "
                     "behandeling zelf."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_negated_criteria_are_the_excluded_side():
    snap = site(page("https://praktijk.example/aanmelden", "# Criteria voor behandeling",
                     "- je bent 18 jaar of ouder", "- er is sprake van lichte tot matige klachten",
                     "- er is geen acuut suïciderisico", "- er is geen verslaving op de voorgrond"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"
    assert "verslaving" in f.details["excluded"] and "verslaving" not in f.details["included"]


def test_a_negated_item_without_complaints_is_no_exclusion():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "- Geen verwijsbrief nodig", "- Geen wachttijd",
                     "Wij behandelen volwassenen met angst en somberheid."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("exclusion", [
    ["In de volgende gevallen is onze hulp minder geschikt:", "- verslaving", "- psychose"],
    ["Er mag geen sprake zijn van ernstige psychiatrische problematiek."],
    ["Our practice is less suitable for people with severe psychiatric problems."],
])
def test_care_that_fits_less_is_the_excluded_side(exclusion):
    snap = site(page(V, "# Voor wie", "Wij behandelen volwassenen met angst, depressie en burn-out.", *exclusion))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("items", [
    ["Heb je last van angst, somberheid of stress? Dan kan ik je helpen."],
    ["Worstel je met rouw of een burn-out?", "Je bent bij ons van harte welkom."],
    ["Do you struggle with anxiety, low mood or stress? I can help."],
])
def test_a_question_to_the_reader_answered_by_the_offer_is_one_side(items):
    snap = site(page("https://praktijk.example/", "# Welkom", *items))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_question_to_the_reader_without_an_offer_is_no_target_group():
    snap = site(page("https://praktijk.example/", "# Welkom", "Heb je last van stress of somberheid?",
                     "Iedereen heeft weleens een slechte dag."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_partners_in_care_are_no_target_group():
    snap = site(page("https://praktijk.example/samenwerking", "# Samenwerking",
                     "Wij werken samen met huisartsen, de POH-GGZ, de specialistische ggz en de verslavingszorg in de regio."))
    assert judge("2b-8", snap).status == "voldoet_niet"


@pytest.mark.parametrize("sentence", [
    "Bij spoed of crisis kunt u niet bij ons terecht, bel dan uw huisarts of 112.",
    "Wij bieden geen crisisopvang; bij een crisis neemt u contact op met de huisartsenpost.",
])
def test_emergency_advice_is_no_exclusion_criterion(sentence):
    snap = site(page("https://praktijk.example/contact", "# Contact", sentence))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_an_intake_stop_for_a_group_is_no_target_group():
    snap = site(page("https://praktijk.example/wachttijd", "# Aanmelden",
                     "Op dit moment hebben wij een aanmeldstop voor kinderen en jongeren."))
    assert judge("2b-8", snap).status == "voldoet_niet"


@pytest.mark.parametrize("items", [
    ["Onze praktijk is bedoeld voor mensen met lichte tot matige klachten; bij complexe problematiek verwijzen wij door naar de specialistische ggz."],
    ["Wij behandelen angst, depressie en burn-out, maar geen verslaving of psychose."],
    ["Wij helpen volwassenen met psychische klachten, tenzij er sprake is van een acute crisis of een verslaving."],
    ["De praktijk richt zich op volwassenen; kinderen onder de 18 jaar kunnen wij niet behandelen."],
])
def test_one_sentence_with_both_sides_is_voldoet(items):
    snap = site(page(V, "# Voor wie", *items))
    assert judge("2b-8", snap).status == "voldoet"


def test_both_sides_in_one_sentence_keep_their_labels_apart():
    snap = site(page(V, "# Voor wie", "Wij behandelen angst, depressie en burn-out, maar geen verslaving of psychose."))
    f = judge("2b-8", snap)
    assert "verslaving" in f.details["excluded"] and "verslaving" not in f.details["included"]
    assert "angst" in f.details["included"] and "angst" not in f.details["excluded"]


@pytest.mark.parametrize("inclusion", [
    "U komt voor behandeling in onze praktijk in aanmerking als er sprake is van psychische klachten die uw dagelijks leven belemmeren.",
    "Iedereen met psychische klachten kan zich bij ons aanmelden.",
    "Wij behandelen mensen die vastlopen in hun werk, relatie of gezin.",
])
def test_a_target_group_in_own_words_beside_an_exclusion_is_voldoet(inclusion):
    snap = site(page(V, "# Voor wie", inclusion,
                     "Bij een acute crisis of een verslaving verwijzen wij u door naar de specialistische ggz."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_general_target_group_alone_is_no_target_group():
    snap = site(page(V, "# Over ons", "Iedereen met psychische klachten kan zich bij ons aanmelden."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_care_meant_for_people_in_own_words_is_one_side():
    snap = site(page("https://praktijk.example/psychotherapie", "# Psychotherapie",
                     "Een behandeling hier is niet aan een vast aantal gesprekken gebonden; psychotherapie is vooral "
                     "bedoeld voor mensen bij wie kortere hulp onvoldoende heeft geholpen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_people_the_care_is_not_meant_for_are_the_excluded_side():
    snap = site(page("https://praktijk.example/psychotherapie", "# Psychotherapie",
                     "Deze zorg is niet bedoeld voor mensen met een acute crisis."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and f.details["included"] == [] and f.details["exclusion_severity"]


def test_a_treatment_meant_for_a_severity_is_one_side_without_a_pronoun():
    snap = site(page("https://praktijk.example/behandelingen", "# Intensieve therapie",
                     "Deze behandeling is bedoeld voor cliënten met langdurige en complexe klachten."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("heading", ["# Kinderen en jongeren (4-18 jaar)", "# Therapie voor volwassenen", "# Adults & couples",
                                     "# Psycholoog voor kinderen en jongeren in Utrecht"])
def test_a_section_named_for_a_client_group_is_one_side(heading):
    snap = site(page("https://praktijk.example/aanbod", heading, "Samen zoeken we naar wat jou verder helpt."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and f.details["excluded"] == []


@pytest.mark.parametrize("heading", ["# Informatie voor ouders en kinderen", "# Depressie bij ouderen", "# Werken met kinderen",
                                     "# Ouderen 7,1 8,0", "# Ouders"])
def test_a_heading_that_names_something_else_is_no_target_group(heading):
    snap = site(page("https://praktijk.example/info", heading, "Hier leest u er meer over."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_group_heading_on_a_blog_is_no_target_group():
    snap = site(page("https://praktijk.example/blog/kinderen-en-jongeren", "# Kinderen en jongeren",
                     "Steeds meer jongeren voelen druk op school."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_how_a_complaint_is_treated_in_general_is_no_target_group():
    snap = site(page("https://praktijk.example/behandelingen", "# Behandeling",
                     "De behandeling bij angstklachten en depressieve klachten bestaat meestal uit gesprekken en oefeningen."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_training_that_is_for_a_group_with_complaints_is_one_side():
    snap = site(page("https://praktijk.example/training", "# Training",
                     "De training is voor volwassenen met somberheid of angstklachten."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --- the other side in other words: the practice turns a complaint or group away (issue 7) ---------

_TREATED = "In mijn praktijk begeleid ik volwassenen met paniekaanvallen, piekeren en rouwverwerking."


@pytest.mark.parametrize("other_side", [
    "Voor een eetstoornis of drugsproblemen ben je elders beter geholpen.",
    "Sommige problemen horen beter ergens anders thuis, zoals een verslaving of een psychose.",
    "Bij ernstige persoonlijkheidsproblematiek kijk ik samen met jou en je huisarts naar een passende behandelaar.",
    "Wij doen geen onderzoek naar ADHD of autisme.",
    "Kinderen en jongeren onder de 18 jaar verwijzen wij door naar een collega in de jeugdhulp.",
    "We do not offer treatment for eating disorders or substance abuse.",
])
def test_the_other_side_in_other_words_makes_voldoet(other_side):
    f = judge("2b-8", site(page(V, "# Wie kan bij mij terecht?", _TREATED, other_side)))
    assert f.status == "voldoet"
    assert "angst" in f.details["included"]


def test_a_question_answered_by_turning_the_reader_away_is_the_other_side():
    snap = site(page(V, "# Voor wie", _TREATED, "Speelt bij jou vooral een gokverslaving?",
                     "Dan ben je bij mij niet aan het goede adres en help ik je een andere hulpverlener te vinden."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet" and "verslaving" in f.details["excluded"]
    assert "verslaving" not in f.details["included"]


def test_a_question_answered_with_emergency_advice_is_no_exclusion():
    # what to do in a crisis is 2b-6; the page says only whom the practice treats
    snap = site(page(V, "# Voor wie", _TREATED, "Heb je acute gedachten aan zelfdoding?",
                     "Dan kun je niet bij ons terecht: bel direct 113 of de huisartsenpost."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_referral_back_to_the_gp_after_treatment_is_no_exclusion():
    snap = site(page(V, "# Voor wie", _TREATED,
                     "Na de laatste sessie verwijzen wij u terug naar de huisarts en sturen we een korte brief."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_whom_specialist_care_is_for_is_not_the_practices_target_group():
    snap = site(page("https://praktijk.example/ggz-uitleg", "# Hoe is de ggz ingedeeld?",
                     "De gespecialiseerde ggz is er voor mensen met een bipolaire stoornis, schizofrenie of een zware verslaving."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_parents_in_a_consent_rule_are_no_treated_side():
    # the page says only when care elsewhere fits better (one side); the consent rule names no target group
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Bij de aanmelding bekijk ik of de vraag van uw kind past bij mijn praktijk; bij zware problematiek is een gespecialiseerde instelling meer op zijn plaats.",
                     "Zijn de ouders gescheiden, dan is voor de therapie de toestemming van beide gezaghebbende ouders nodig."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and f.details["included"] == []


@pytest.mark.parametrize("other_side", [
    "Als er sprake is van zware of ingewikkelde problematiek, dan is een gespecialiseerde ggz-instelling aangewezen.",
    "Met een ernstige verslaving hoor je eerder in de verslavingszorg thuis.",
    "Cliënten jonger dan 16 jaar kunnen zich helaas niet bij ons aanmelden.",
    "Wij nemen geen mensen in behandeling bij wie een psychose op de voorgrond staat.",
    "Onze hulp past niet bij mensen die jarenlange, intensieve therapie nodig hebben.",
    "Wanneer een collega beter bij jouw vraag past, bespreken we samen met wie je verder kunt.",
    "We might not be the right practice for you if you mainly struggle with an eating disorder.",
])
def test_the_other_side_said_as_another_place_or_a_client_not_taken_on(other_side):
    f = judge("2b-8", site(page(V, "# Wie kan bij mij terecht?", _TREATED, other_side)))
    assert f.status == "voldoet"


def test_no_new_clients_for_now_is_capacity_not_a_target_group():
    snap = site(page(V, "# Voor wie", _TREATED, "Wegens drukte nemen we op dit moment geen nieuwe cliënten aan."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_no_treatment_when_the_parents_will_not_take_part_is_the_other_side():
    snap = site(page("https://praktijk.example/kinderen", "# Therapie voor kinderen",
                     "Ik werk met kinderen van 5 tot 12 jaar die vastlopen met boosheid, angst of verdriet.",
                     "Zijn ouders niet bereid om zelf ook een aantal gesprekken te voeren, dan begin ik niet aan een behandeling van het kind."))
    assert judge("2b-8", snap).status == "voldoet"


@pytest.mark.parametrize("rule", [
    "Zonder toestemming van beide gezaghebbende ouders kunnen we niet met de behandeling beginnen.",
    "Als u geen geldig identiteitsbewijs meeneemt, kunnen wij de behandeling niet starten.",
])
def test_a_consent_or_identity_rule_is_no_exclusion(rule):
    snap = site(page("https://praktijk.example/kinderen", "# Therapie voor kinderen",
                     "Ik werk met kinderen van 5 tot 12 jaar die vastlopen met boosheid, angst of verdriet.", rule))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_question_answered_by_inviting_the_reader_is_the_treated_side():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Slaap je slecht door piekeren, of zit je al weken met een somber gevoel? Samen gaan we aan de slag."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_the_own_care_indicated_for_a_severity_is_one_side():
    snap = site(page("https://praktijk.example/psychiater", "# Onze psychiater",
                     "Een afspraak bij onze psychiater is zinvol als de klachten ernstiger zijn dan de huisarts kan behandelen."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("head", ["# Doorverwijzen", "# Beperkingen", "# Limitations", "Maar niet met:"])
def test_a_list_under_a_heading_or_lead_in_that_limits_the_care_is_the_other_side(head):
    snap = site(page(V, "# Voor wie", _TREATED, head, "- een eetstoornis", "- gokverslaving", "- een psychotische stoornis"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet" and "verslaving" in f.details["excluded"]


@pytest.mark.parametrize("treated", [
    "De generalistische basis ggz is er voor mensen met een lichte of matige stoornis, bijvoorbeeld een paniekstoornis.",
    "Denk hierbij aan klachten als rouw, piekeren of een burn-out.",
    "Mensen komen bij ons met heel verschillende vragen, bijvoorbeeld over angst, rouw of werkstress.",
    "U kunt ons inschakelen voor somberheid, paniek of spanningsklachten.",
])
def test_the_treated_side_in_other_words_beside_a_referral_makes_voldoet(treated):
    snap = site(page("https://praktijk.example/basis-ggz", "# Onze zorg", treated,
                     "Is uw probleem zwaarder of ingewikkelder, dan verwijzen wij u door naar de specialistische ggz."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_list_of_complaints_without_a_referral_stays_off():
    # the illustration alone is no target group: it counts only beside the practice's own exclusion
    snap = site(page("https://praktijk.example/over-stress", "# Over stress", "Denk hierbij aan klachten als rouw, piekeren of een burn-out."))
    assert judge("2b-8", snap).status == "voldoet_niet"
