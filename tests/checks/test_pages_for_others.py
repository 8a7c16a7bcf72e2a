"""Pages whose contact details, crisis advice, methods or modules are not the practice's to its own
clients: pages addressed to another audience (the press, employers, volunteers, a room for rent,
therapists buying a platform), a page of helplines, a general answer on what to do in a crisis, and a
general explainer that says "our memory" (people in general, not the practice). The practice's own
contact page and offer still count."""
import pytest

from check_helpers import judge_site, page, site

from checks.text import site_text
from checks.text.context import addresses_others, speaks_as_practice

P = "https://praktijk-t.example"


@pytest.mark.parametrize("path,title,items", [
    ("/pers", "Pers", ["# Voor de pers",
                       "Journalisten die een interview willen, kunnen onze woordvoerder bellen op 06-11223344, ook 's avonds."]),
    ("/ruimte-te-huur", "Ruimte te huur", ["# Ruimte te huur",
                                             "Op vrijdag is onze tweede kamer vrij. Bel 012-3456789 op werkdagen tussen 9 en 17 uur voor een bezichtiging."]),
    ("/vrijwilligers", "Vrijwilligers", ["# Vrijwilligers gezocht voor onze inloopgroep",
                                          "Wil je een avond per maand helpen? Bel ons op 012-3456789 of mail naar groep@praktijk-t.example."]),
    ("/for-employers", "For employers", ["# For employers",
                                          "Call our account team on +31 12 3456789, Monday to Friday 9 am to 5 pm, for a quote."]),
])
def test_contact_details_for_another_audience_make_no_reachability(path, title, items):
    assert judge_site("2b-6", site(page(P + path, *items, title=title))).status == "voldoet_niet"


@pytest.mark.parametrize("path,title,items,criterion", [
    ("/voor-bedrijven", "Voor bedrijven", ["# Voor bedrijven",
                                            "In een training op de werkvloer oefenen medewerkers met mindfulness en leren zij beter omgaan met werkdruk."],
     "2b-11"),
    ("/voor-behandelaars", "Voor behandelaars", ["# Voor behandelaars",
                                                  "Met ons platform wijs je je cliënten online modules toe die zij tussen de sessies doorwerken."],
     "2b-12"),
])
def test_methods_and_modules_offered_to_another_audience_are_no_care_offer(path, title, items, criterion):
    assert judge_site(criterion, site(page(P + path, *items, title=title))).status == "voldoet_niet"


def test_the_audience_reading_reads_the_page_not_its_words():
    pers = page(P + "/pers", "# Voor de pers", "Bel onze woordvoerder.", title="Pers")
    contact = page(P + "/contact", "# Contact", "Voor persvragen en andere vragen: bel 012-3456789.", title="Contact")
    pages = site_text(site(pers, contact)).pages
    assert [addresses_others(p) for p in pages if p.url.endswith(("/pers", "/contact"))] == [True, False]


def test_a_general_answer_on_a_crisis_and_a_page_of_helplines_are_no_reachability():
    crisis = page(P + "/wat-te-doen-bij-een-crisis", "# Wat te doen bij een psychische crisis?",
                  "Overdag belt u de huisarts. Buiten kantooruren belt u de huisartsenpost, bij direct levensgevaar 112.",
                  title="Wat te doen bij een psychische crisis?")
    assert judge_site("2b-6", site(crisis)).status == "voldoet_niet"
    helplines = page(P + "/resources", "# Resources",
                     "Outside office hours, the GP out-of-hours service (huisartsenpost) can help.",
                     "In an emergency, call 112. For suicidal thoughts, call 113 (0800-0113), day and night.",
                     title="Resources")
    assert judge_site("2b-6", site(helplines)).status == "voldoet_niet"


def test_the_practices_own_contact_page_still_counts():
    contact = page(P + "/contact", "# Contact", "U belt ons op werkdagen van 9 tot 12 uur via 012-3456789.",
                   "Buiten kantooruren belt u bij spoed de huisartsenpost; bij levensgevaar 112.", title="Contact")
    assert judge_site("2b-6", site(contact)).status == "voldoet"


def test_our_memory_is_people_in_general():
    text = page(P + "/what-is-emdr", "# What is EMDR?",
                "EMDR is a treatment for people who keep suffering from a shocking event.",
                "While recalling the memory you follow a moving hand, which taxes our working memory so that the memory loses its charge.",
                title="What is EMDR?")
    units = [u for u in site_text(site(text)).units if "working memory" in u.low]
    assert units and not speaks_as_practice(units[0])
    assert judge_site("2b-11", site(text)).status == "voldoet_niet"
    own = page(P + "/what-is-emdr", "# What is EMDR?",
               "In our practice we offer EMDR to people who keep suffering from a shocking event.",
               "While recalling the memory you follow a moving hand, so that the memory loses its charge.",
               title="What is EMDR?")
    assert judge_site("2b-11", site(own)).status != "voldoet_niet"


@pytest.mark.parametrize("title,items", [
    ("Somberheid", ["# Somberheid",
                    "Iedereen voelt zich weleens somber. Houdt het weken aan, dan spreek je van een depressie.",
                    "Een depressie wordt meestal behandeld met cognitieve gedragstherapie, soms met medicatie erbij."]),
    ("Piekeren", ["# Piekeren",
                  "Piekeren kost veel energie en houdt je 's nachts wakker.",
                  "Ook mindfulness kan je helpen om gedachten te laten komen en gaan."]),
    ("Fear of flying", ["# Fear of flying",
                        "Many people feel tense before a flight.",
                        "Exposure therapy can really help people with a phobia."]),
])
def test_a_page_on_a_complaint_naming_what_helps_in_general_is_no_offer(title, items):
    assert judge_site("2b-11", site(page(P + "/" + title.lower().replace(" ", "-"), *items, title=title))).status == "voldoet_niet"


def test_the_practice_naming_what_helps_is_still_its_offer():
    own = page(P + "/somberheid", "# Somberheid",
               "Een depressie wordt meestal behandeld met cognitieve gedragstherapie.",
               "In onze praktijk werken wij daarom vooral met cognitieve gedragstherapie.", title="Somberheid")
    assert judge_site("2b-11", site(own)).status != "voldoet_niet"
    offer = page(P + "/behandelaanbod", "# Behandelaanbod", "Ook mindfulness kan helpen bij stress.", title="Behandelaanbod")
    assert judge_site("2b-11", site(offer)).status != "voldoet_niet"


def test_a_signed_quotation_is_no_offer():
    reviews = page(P + "/reviews", "# Reviews", '"Fijne praktijk, goed geholpen met EMDR." - cliënt, 2023', title="Reviews")
    assert judge_site("2b-11", site(reviews)).status == "voldoet_niet"


def test_a_comparison_of_platforms_in_which_no_practice_speaks_is_no_ehealth_offer():
    compared = page(P + "/platforms-vergeleken", "# Platforms voor online therapie vergeleken",
                    "Deprexis, Minddistrict en NiceDay zijn drie platforms met modules die cliënten tussen de sessies doorwerken.",
                    "Het ene platform heeft meer modules, het andere richt zich op een dagboek.",
                    title="Platforms voor online therapie vergeleken")
    assert judge_site("2b-12", site(compared)).status == "voldoet_niet"


def test_what_therapists_in_general_do_is_no_offer():
    about = page(P + "/about-therapy", "# About therapy",
                 "Starting therapy can feel daunting.",
                 "Some therapists use CBT, others prefer a psychodynamic approach.", title="About therapy")
    assert judge_site("2b-11", site(about)).status == "voldoet_niet"


def test_the_number_of_the_big_register_is_not_the_practices():
    big = page(P + "/big", "# BIG-register",
               "U kunt een registratie controleren via het BIG-register, telefonisch 0900-1112223 op werkdagen van 8 tot 17 uur.",
               title="BIG-register")
    assert judge_site("2b-6", site(big)).status == "voldoet_niet"


@pytest.mark.parametrize("text,own", [
    ("Slachtofferhulp Nederland is bereikbaar via 0900-1112223.", False),
    ("Zorgloket Midden is op werkdagen bereikbaar via 088-1112223.", False),
    ("De praktijk is op werkdagen bereikbaar via 012-3456789.", True),
    ("Marieke is op maandag en dinsdag bereikbaar via 012-3456789.", True),
    ("Het secretariaat is op werkdagen bereikbaar via 012-3456789.", True),
])
def test_a_named_organisation_that_is_reachable_is_not_the_practice(text, own):
    got = judge_site("2b-6", site(page(P + "/na-een-schok", "# Na een schokkende gebeurtenis", text, title="Na een schok"))).status
    assert (got != "voldoet_niet") == own


@pytest.mark.parametrize("path,title,items", [
    ("/visie", "Visie", ["# Visie",
                         "Klachten zijn eerder signalen dan problemen op zichzelf.",
                         "Oefeningen uit de acceptance and commitment therapy kunnen daarbij een hulpmiddel zijn, nooit een doel."]),
    ("/medicatie", "Medicatie", ["# Medicatie",
                                 "Bij een angststoornis worden naast gesprekken soms medicijnen gecombineerd met exposure."]),
    ("/piekeren-bij-kinderen", "Piekeren bij kinderen", ["# Piekeren bij kinderen",
                                                         "Piekeren hoort bij opgroeien.", "Soms is cognitieve gedragstherapie dan nodig."]),
    ("/meten", "Meten", ["# Meten is weten",
                         "Met vragenlijsten volgen psychologen of een behandeling aanslaat.",
                         "Zo ziet de beroepsgroep welke behandelingen, zoals EMDR, bij welke klachten het beste werken."]),
    ("/find-a-therapist", "Find a therapist", ["# Find a therapist",
                                               "Search English-speaking therapists by city and approach: CBT, EMDR, ACT."]),
])
def test_more_pages_naming_methods_that_are_no_offer(path, title, items):
    assert judge_site("2b-11", site(page(P + path, *items, title=title))).status == "voldoet_niet"


def test_an_exercise_from_a_method_on_a_self_help_page_is_no_offer():
    tips = page(P + "/zelf-oefenen", "# Zelf oefenen", "Een paar oefeningen om thuis te proberen.",
                "# De gedachtenkolom (uit de cognitieve gedragstherapie)",
                "Schrijf op wat er gebeurde, wat je dacht, wat je voelde en wat je deed, zodat je patronen in je gedachten leert zien.",
                title="Zelf oefenen")
    assert judge_site("2b-11", site(tips)).status == "voldoet_niet"
    own = page(P + "/zelf-oefenen", "# Zelf oefenen", "In onze behandelingen gebruiken wij oefeningen uit de cognitieve gedragstherapie.",
               title="Zelf oefenen")
    assert judge_site("2b-11", site(own)).status != "voldoet_niet"


def test_what_the_members_of_a_network_use_is_no_offer():
    kring = page(P + "/over-de-kring", "# Over de kring",
                 "De kring is een netwerk van vrijgevestigde psychologen. De leden werken met onder meer EMDR en schematherapie.",
                 title="Over de kring")
    assert judge_site("2b-11", site(kring)).status == "voldoet_niet"


def test_crisis_numbers_a_course_teaches_are_no_reachability():
    course = page(P + "/eerste-hulp-cursus", "# Cursus eerste hulp bij psychische problemen",
                  "In vier avonden leer je signalen herkennen.",
                  "Je leert het gesprek aangaan en doorverwijzen, bij een crisis naar de huisarts, 112 of 113.",
                  title="Cursus")
    assert judge_site("2b-6", site(course)).status == "voldoet_niet"


def test_what_anyone_does_in_a_crisis_is_no_reachability_of_the_practice():
    crisis = page(P + "/psychische-crisis", "# Psychische crisis",
                  "Iemand in een psychische crisis kan zichzelf of anderen in gevaar brengen.",
                  "# Wat kun je doen als naaste?",
                  "Blijf kalm en neem de persoon serieus. Bel de huisarts, of buiten kantooruren de huisartsenpost. Bij acuut gevaar bel je 112.",
                  title="Psychische crisis")
    assert judge_site("2b-6", site(crisis)).status == "voldoet_niet"


@pytest.mark.parametrize("tie", [
    "In spoedgevallen kunt u de voicemail inspreken; die wordt dagelijks afgeluisterd.",
    "Een crisis kun je in principe overbruggen tot je volgende afspraak.",
])
def test_crisis_advice_tied_to_the_readers_own_treatment_still_counts(tie):
    wait = page(P + "/wachttijd", "# Wachttijd", "De wachttijd is nu zes weken.", tie,
                "Bij een crisis kunt u altijd terecht bij uw huisarts of buiten kantooruren bij de huisartsenpost.",
                title="Wachttijd")
    assert judge_site("2b-6", site(wait)).status != "voldoet_niet"
