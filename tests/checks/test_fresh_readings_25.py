"""Readings found with fresh written pages (round 25), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text.cookies import is_cookie_notice
from checks.text.menus import is_menu_text


# --------------------------------------------------------------------------- a question about the practice by its name

_SHORT_CARE = """{heading}
Basis GGZ helpt volwassenen met lichte of matige psychische klachten.
Gewoonlijk volstaan acht tot tien afspraken, in een periode van ongeveer vier maanden.
Het gaat erom dat iemand thuis en op het werk weer meedoet, met wat hij zelf al goed kan."""


def test_a_question_that_names_the_practice_asks_about_its_own_care():
    snap = corpus_site("https://www.ggz-zandvoort-duin.example/basis-ggz/",
                       _SHORT_CARE.format(heading="Wat is basis GGZ bij Zandvoort Duin?"))
    assert judge("2b-10", snap).status == "voldoet"


def test_a_general_question_on_another_subject_stays_a_general_question():
    # twin: a question on another subject names no practice, so the page answers a general question (since round 30 a
    # question about the basis GGZ itself, "Wat is basis GGZ bij volwassenen?", explains the practice's care: LABELING v2)
    snap = corpus_site("https://www.ggz-zandvoort-duin.example/piekeren/",
                       _SHORT_CARE.format(heading="Waarom piekeren volwassenen?"))
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- grades as items under their lead-in

_GRADES_AS_ITEMS = """Wat vinden cliënten van ons?
Na de laatste afspraak vragen we elke cliënt de CQ-index in te vullen, een landelijke en gestandaardiseerde vragenlijst.
{lead}
- 2024: 8,4
- 2025: 8,6"""


def test_grades_listed_under_a_lead_in_that_names_them_are_grades():
    snap = corpus_site("https://www.praktijkbeekdal.example/kwaliteit/",
                       _GRADES_AS_ITEMS.format(lead="Ons gemiddelde rapportcijfer per jaar, van 1 tot 10:"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["cqi_year"] == 2025 and f.details["grade"] == 8.6


def test_numbers_listed_under_a_lead_in_about_something_else_are_no_grades():
    # twin: the lead-in counts questionnaires, so the items give no grade
    snap = corpus_site("https://www.praktijkbeekdal.example/kwaliteit/",
                       _GRADES_AS_ITEMS.format(lead="Aantal ingevulde vragenlijsten per jaar, in honderden:"))
    assert judge("2b-13", snap).details.get("grade") is None


# --------------------------------------------------------------------------- the year of a grade line set as a heading

_GRADE_LINE = """Client experiences
How clients rate us
{when}, 57 of our clients filled in the CQI survey after their last session; the CQI is the standard Dutch survey of mental health care.
Average rating: 8.6 out of 10
We will share the next results on this page."""


def test_a_grade_line_taken_for_a_heading_is_dated_by_the_section_above_it():
    snap = corpus_site("https://www.harbourlight-therapy.example/experiences/", _GRADE_LINE.format(when="In 2022"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_niet" and f.details["cqi_year"] == 2022


def test_a_grade_line_without_a_year_above_it_stays_undated():
    # twin: the section above names no year, so the grade has none
    snap = corpus_site("https://www.harbourlight-therapy.example/experiences/", _GRADE_LINE.format(when="Last spring"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["cqi_year"] is None


# --------------------------------------------------------------------------- a banner that asks which cookies to allow

_BANNER_OVER_CARE = """{banner}
Aanvaarden | Instellingen
Psychologenpraktijk Veenhof
Kort en gericht
Wij behandelen volwassenen die last hebben van somberheid, spanning of piekeren.
Bij een ernstige verslaving of een psychose verwijzen we naar de specialistische GGZ."""


def test_a_banner_asking_which_cookies_to_allow_heads_nothing():
    assert is_cookie_notice("Wij respecteren uw privacy. Bepaal zelf welke cookies u toestaat.")
    assert is_cookie_notice("Choose which cookies you allow on this site.")
    snap = corpus_site("https://www.psychologenpraktijkveenhof.example/aanbod/",
                       _BANNER_OVER_CARE.format(banner="Wij respecteren uw privacy. Bepaal zelf welke cookies u toestaat."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_privacy_statement_heading_still_heads_a_legal_text():
    # twin: a privacy statement as the page's heading still makes what follows a legal text
    assert not is_cookie_notice("Privacyverklaring")
    snap = corpus_site("https://www.psychologenpraktijkveenhof.example/privacy/",
                       _BANNER_OVER_CARE.format(banner="Privacyverklaring").replace("Aanvaarden | Instellingen\n", ""))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- methods in the site's menu

_NEWS_UNDER_A_MENU = """Praktijk Korenbloem
{menu}
Route en parkeren
Vanaf station Zuid loopt u in tien minuten naar ons pand; neem de uitgang aan de kant van het park.
Parkeren kan achter het gebouw, aan de Molenstraat, met een parkeerschijf."""


def test_methods_named_only_in_the_menu_are_no_offer():
    snap = corpus_site("https://www.praktijkkorenbloem.example/route/", _NEWS_UNDER_A_MENU.format(
        menu="Home | Behandelingen | EMDR | Schematherapie | Ons team | Contact"))
    assert judge("2b-11", snap).status == "voldoet_niet"
    down = _NEWS_UNDER_A_MENU.format(menu="Home\nBehandelingen\nEMDR\nSchematherapie\nOns team\nContact")
    assert judge("2b-11", corpus_site("https://www.praktijkkorenbloem.example/route/", down)).status == "voldoet_niet"


def test_methods_named_in_a_sentence_of_the_page_are_the_offer():
    # twin: the same methods said in the page's own sentence are a list of what it offers
    snap = corpus_site("https://www.praktijkkorenbloem.example/route/", _NEWS_UNDER_A_MENU.format(
        menu="Home | Ons team | Contact") + "\nIn dit pand bieden wij EMDR en schematherapie.")
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- menus with a question item, an arrow, a button

def test_menus_ending_in_a_short_question_or_with_a_submenu_arrow_are_menus():
    assert is_menu_text("home aanbod cgt emdr ehealth ons team wachttijden hulp nodig?")
    assert is_menu_text("aanbod traumabehandeling emdr ehealth over ons wachttijden crisis?")
    assert is_menu_text("for clients: services \u25be emdr \u00b7 couples therapy \u00b7 ehealth")
    assert is_menu_text("start \u00b7 treatments \u00b7 fees \u00b7 waiting times \u00b7 crisis?")


def test_a_question_or_a_sentence_naming_pages_is_no_menu():
    # twin: a heading that asks, and a sentence with page names and words of its own, stay text
    assert not is_menu_text("hoe verloopt een behandeling bij ons?")
    assert not is_menu_text("wat gebeurt er na het aanmelden?")
    assert not is_menu_text("ons team bespreekt je aanmelden en de wachttijden")


_GALLERY_UNDER_A_MENU = """Praktijk Veldzicht
MENU
Behandelingen
EMDR
Schematherapie
eHealth
Ons team
Wachttijden
{last}
Fotogalerij
Een kijkje in ons pand
De wachtkamer kreeg dit voorjaar nieuwe stoelen en een leestafel.
In de grote spreekkamer hangen nu schilderijen van een kunstenaar uit de buurt."""


def test_a_menu_down_the_page_under_its_button_names_no_ehealth():
    snap = corpus_site("https://www.praktijkveldzicht.example/fotogalerij/", _GALLERY_UNDER_A_MENU.format(last="Crisis?"))
    assert judge("2b-12", snap).status == "voldoet_niet"
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_ehealth_said_in_a_sentence_under_the_same_menu_still_counts():
    # twin: the page's own sentence on eHealth is still read
    snap = corpus_site("https://www.praktijkveldzicht.example/fotogalerij/", _GALLERY_UNDER_A_MENU.format(last="Crisis?")
                       + "\nIn deze kamer kunt u ook werken aan de online modules van ons eHealth-platform.")
    assert judge("2b-12", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- a question answered "bij ons terecht"

_ASKED = """Gesprekken voor volwassenen
Zit je al weken met piekeren, paniek of een sombere stemming? {answer}"""


def test_a_question_answered_with_coming_to_us_after_a_long_phrase_names_the_treated_side():
    snap = corpus_site("https://www.praktijkhaverkamp.example/volwassenen/", _ASKED.format(
        answer="Dan kun je na een kort telefoontje met de huisarts bij ons terecht."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_the_same_question_answered_with_another_place_names_nothing():
    # twin: the answer sends the reader to another place, so it is no offer of the practice
    snap = corpus_site("https://www.praktijkhaverkamp.example/volwassenen/", _ASKED.format(
        answer="Dan kun je na een kort telefoontje met de huisarts terecht bij het wijkteam."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- eHealth: an invitation to ask, the practice's platform

_ONLINE = """Online werken
Bij ons zijn er, voor wie dat wil, aanvullende online modules.
{after}"""


def test_an_invitation_to_ask_about_online_care_tells_no_use():
    snap = corpus_site("https://www.praktijkrozenhof.example/online/", _ONLINE.format(
        after="Heb je nog vragen over het online behandelen? Bespreek die gerust met je behandelaar."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_exercises_discussed_with_the_practitioner_still_tell_the_use():
    # twin: what the client does in the modules, discussed in the sessions, is how they are used
    snap = corpus_site("https://www.praktijkrozenhof.example/online/", _ONLINE.format(
        after="De oefeningen uit de modules doe je thuis en je bespreekt ze met je behandelaar in het volgende gesprek."))
    assert judge("2b-12", snap).status == "voldoet"


_THIRD_PERSON = """Psychologische hulp in het gezondheidscentrum
Op dinsdag en vrijdag werkt GZ-psycholoog Ilse Brandsma in ons gebouw aan de Kerkweg.
Tussen twee afspraken door maakt u oefeningen in online modules die Ilse klaarzet in {where}.
Wat u daar invult, komt in het volgende gesprek aan bod."""


def test_modules_on_the_practices_platform_are_its_own_offer():
    snap = corpus_site("https://www.gezondheidscentrumdekerkweg.example/psycholoog/", _THIRD_PERSON.format(
        where="het platform van het gezondheidscentrum").replace("in ons gebouw", "in het gebouw"))
    assert judge("2b-12", snap).status == "voldoet"


def test_modules_on_an_unnamed_platform_in_a_silent_page_stay_a_mention():
    # twin: without the practice's platform or voice the page does not say whose offer it is
    snap = corpus_site("https://www.gezondheidscentrumdekerkweg.example/psycholoog/", _THIRD_PERSON.format(
        where="een beveiligde omgeving").replace("in ons gebouw", "in het gebouw"))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the practice's name inside a question

_METHODS_ASKED = """Welke therapieën biedt {name}?
Wat is EMDR?
Bij EMDR haalt de cliënt een nare herinnering op terwijl hij met zijn ogen een bewegend lichtje volgt, zodat de herinnering haar lading verliest.
Wat houdt cognitieve gedragstherapie in?
In CGT onderzoekt de cliënt met de therapeut welke gedachten de klachten voeden en oefent hij stap voor stap met ander gedrag."""


def test_a_question_with_the_practices_name_inside_heads_its_own_offer():
    snap = corpus_site("https://www.ggz-wilgenrijk.example/therapieen/", _METHODS_ASKED.format(name="Wilgenrijk"))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_question_with_another_organisations_name_stays_general():
    # twin: the page asks what another organisation offers, so it explains methods in general
    snap = corpus_site("https://www.ggz-wilgenrijk.example/therapieen/", _METHODS_ASKED.format(name="het Trimbos-instituut"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_an_organisations_form_in_its_domain_is_no_part_of_its_name():
    from checks.text.context import domain_core
    assert domain_core("https://www.ggz-wilgenrijk-groep.example/") == "wilgenrijk"
    assert domain_core("https://www.stichting-debrug.example/") == "debrug"
    assert domain_core("https://www.groepspraktijkzuid.example/") != ""


# --------------------------------------------------------------------------- grades as short lines under their lead-in

_GRADE_LINES = """Ervaringen van cliënten
Wij laten elke cliënt na afloop de CQ-index invullen, een landelijke gestandaardiseerde vragenlijst.
{lead}
Meetjaar 2025: 8,7 (44 cliënten)
Meetjaar 2024: 8,2 (51 cliënten)"""


def test_grade_lines_set_on_their_own_under_a_lead_in_are_grades():
    snap = corpus_site("https://www.praktijkmeerzicht.example/cqi/", _GRADE_LINES.format(lead="Het gemiddelde cijfer, van 1 tot 10, was:"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["cqi_year"] == 2025 and f.details["grade"] == 8.7


def test_the_same_lines_under_a_lead_in_on_something_else_are_no_grades():
    # twin: the lead-in gives the weeks of waiting, so the lines are no grades
    snap = corpus_site("https://www.praktijkmeerzicht.example/cqi/", _GRADE_LINES.format(lead="Zo lang was de wachttijd in weken:"))
    assert judge("2b-13", snap).details.get("grade") is None


# --------------------------------------------------------------------------- the site's menu taken for the page's title

_MENU_AS_TITLE = """{first}
Welkom bij Praktijk Zeegras
Zeegras geeft kortdurende behandelingen in de basis-ggz, aan de boulevard in Vlissingen."""


def test_a_menu_taken_for_the_title_names_no_page():
    snap = corpus_site("https://www.praktijkzeegras.example/welkom/", _MENU_AS_TITLE.format(
        first="Home | Aanmelden | Behandeling | Ervaringen | Contact"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_real_title_on_experiences_still_names_the_page():
    # twin: a page titled for clients' experiences stays such a page
    snap = corpus_site("https://www.praktijkzeegras.example/welkom/", _MENU_AS_TITLE.format(first="Ervaringen van cliënten"))
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- given names, each with a line about the person

_GIVEN_NAMES = """{heading}
Dit zijn wij.
Marieke
Marieke zingt in een koor en bakt op zondag brood.
Thomas
Thomas zwemt twee keer per week en leest graag detectives."""


def test_given_names_each_with_a_line_about_them_on_a_team_page_are_names():
    snap = corpus_site("https://www.praktijkbuitenhof.example/ons-team/", _GIVEN_NAMES.format(heading="Ons team"))
    f = judge("2b-7", snap)
    assert f.status == "voldoet_bijna" and "Marieke" in f.reason


def test_the_same_lines_on_a_news_page_name_no_practitioners():
    # twin: on a page that is not about who works there the names are no team
    snap = corpus_site("https://www.praktijkbuitenhof.example/nieuws/uitje/", _GIVEN_NAMES.format(heading="Ons jaarlijkse uitje"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a plural title before two names

def test_a_plural_title_before_two_names_titles_each():
    snap = corpus_site("https://www.praktijkwaterlelie.example/over-ons/", "Over ons\n"
                       "Onze therapeuten Sanne Mulder en Koen de Wit ontvangen u in een rustige praktijk aan de gracht.")
    f = judge("2b-7", snap)
    assert f.status == "voldoet" and "therapeut" in f.reason


def test_names_after_a_plural_in_a_general_sentence_are_not_titled():
    # twin: the names stand as examples after "zoals", not under the practice's title
    snap = corpus_site("https://www.praktijkwaterlelie.example/over-ons/", "Over ons\n"
                       "Bekende therapeuten, zoals Sanne Mulder en Koen de Wit, schreven boeken over piekeren.")
    assert judge("2b-7", snap).status != "voldoet"


# --------------------------------------------------------------------------- eHealth in English: your practitioner, an online environment

_PRACTITIONER = """Between sessions
We see adults at our practice near the Haarlem station.
Online exercises are part of the treatment.
{who} opens modules with exercises that fit the goals of the treatment; the client does them at home and the answers are talked through in the next session."""


def test_modules_opened_by_your_practitioner_are_the_readers_own_care():
    snap = corpus_site("https://www.lakeside-mh.example/between-sessions/", _PRACTITIONER.format(who="Your practitioner"))
    assert judge("2b-12", snap).status == "voldoet"


def test_modules_opened_by_a_practitioner_in_general_do_not_say_whose_offer():
    # twin: "a practitioner" is anyone's, so the page does not say the offer is the practice's
    snap = corpus_site("https://www.lakeside-mh.example/between-sessions/", _PRACTITIONER.format(who="A practitioner"))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: own strength and the specialised contrast, in other words

_SHORT_NL = """Kort en krachtig
Wij bieden basis GGZ: meestal vijf tot negen gesprekken, in ongeveer drie maanden.
We kijken naar je functioneren op je werk en thuis{extra}."""


def test_what_the_client_already_does_well_is_own_strength():
    snap = corpus_site("https://www.praktijkdeoeverzwaluw.example/werkwijze/",
                       _SHORT_NL.format(extra=", en we gaan verder met wat je zelf al goed doet"))
    assert judge("2b-10", snap).status == "voldoet"


def test_functioning_alone_is_one_count():
    # twin: without a second count the generalist character is not yet explained
    snap = corpus_site("https://www.praktijkdeoeverzwaluw.example/werkwijze/", _SHORT_NL.format(extra=""))
    assert judge("2b-10", snap).status == "voldoet_bijna"


_SHORT_EN = """Brief therapy
We offer basic mental health care (basis GGZ): usually six to nine sessions over about three months.
We build on the resources you already have.{extra}"""


def test_a_more_specialised_service_is_the_contrast():
    snap = corpus_site("https://www.brieftherapy-leiden.example/approach/", _SHORT_EN.format(
        extra=" When problems turn out to be severe, we help you find a more specialised service."))
    assert judge("2b-10", snap).status == "voldoet"


def test_without_the_contrast_own_strength_alone_is_one_count():
    # twin: one count of the generalist character is not enough
    snap = corpus_site("https://www.brieftherapy-leiden.example/approach/", _SHORT_EN.format(extra=""))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-8: more care needed, then a referral in the next sentence

_MORE_NEEDED = """Voor wie
Wij helpen volwassenen met piekeren, somberheid of spanning.
Het kan gebeuren dat er gaandeweg meer hulp nodig blijkt te zijn. {then}"""


def test_a_statement_that_more_care_may_be_needed_then_a_referral_is_the_other_side():
    snap = corpus_site("https://www.praktijkdehoeve.example/voor-wie/", _MORE_NEEDED.format(
        then="Dan kijken we met jou en je huisarts naar een passende gespecialiseerde behandeling."))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_statement_that_more_care_may_be_needed_then_more_sessions_is_no_referral():
    # twin: the next sentence keeps the client at the practice, so nobody is sent elsewhere
    snap = corpus_site("https://www.praktijkdehoeve.example/voor-wie/", _MORE_NEEDED.format(
        then="Dan plannen we samen een paar extra gesprekken in."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- "Behandelaars" names a people page

_NAMES_ONLY = """{title}
Karin Dijkstra
Pieter van Loon
Yasmina Haddou
Elk gezin krijgt één vaste behandelaar."""


def test_a_page_titled_behandelaars_with_names_names_the_team():
    snap = corpus_site("https://www.jeugdpraktijkdekreek.example/behandelaars/", _NAMES_ONLY.format(title="Behandelaars"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_names_on_a_page_about_something_else_name_nobody():
    # twin: on an ordinary page bare names are not presented as the practice's people
    snap = corpus_site("https://www.jeugdpraktijkdekreek.example/sponsorloop/", _NAMES_ONLY.format(title="Sponsorloop"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: "naast de gesprekken" alone, in another sentence

_BESIDE = """eHealth
Steeds vaker werken cliënten naast de gesprekken ook online aan hun klachten. Bij ons kan dat ook.
Voor een deel van de behandelingen hebben wij online modules.{extra}"""


def test_beside_the_sessions_alone_tells_no_use_of_the_modules():
    snap = corpus_site("https://www.praktijkdeoevers.example/online/", _BESIDE.format(extra=""))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_exercises_done_at_home_between_sessions_tell_the_use():
    # twin: what the client does in the modules tells how they are used
    snap = corpus_site("https://www.praktijkdeoevers.example/online/", _BESIDE.format(
        extra=" In de modules doet u thuis oefeningen, die u in het volgende gesprek met uw behandelaar bespreekt."))
    assert judge("2b-12", snap).status == "voldoet"


# --------------------------------------------------------------------------- an institution's menu items that ask or offer

_ANNUAL = """GGZ Lindeborg
{menu}
Route naar de locatie Noord
Vanaf het busstation wandelt u er in een paar minuten heen; voor de deur zijn drie invalidenplekken."""


def test_a_menu_of_asking_and_offering_items_names_no_methods():
    snap = corpus_site("https://www.ggz-lindeborg.example/locaties/noord/", _ANNUAL.format(
        menu="Hulp nodig?\nWat we bieden\nCognitieve gedragstherapie\nEMDR\nWachttijden\nOver Lindeborg\nOns team"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_methods_under_a_lead_in_of_the_offer_are_named():
    # twin: a lead-in with a colon over the methods is the page's own list, not a menu
    snap = corpus_site("https://www.ggz-lindeborg.example/locaties/noord/", _ANNUAL.format(
        menu="Op deze locatie bieden wij deze behandelingen aan:\n- Cognitieve gedragstherapie\n- EMDR"))
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- youth care: other care more fitting; the child's functioning

def test_specialised_youth_care_said_to_fit_better_is_the_other_side():
    snap = corpus_site("https://www.jeugdpraktijkhetanker.example/werkwijze/", "Werkwijze\n"
                       "Gaat het om een ernstige angststoornis of een verslaving, dan is gespecialiseerde jeugd-GGZ geschikter.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_another_session_said_to_fit_better_names_no_other_care():
    # twin: "geschikter" said of something the practice itself does is no referral
    snap = corpus_site("https://www.jeugdpraktijkhetanker.example/werkwijze/", "Werkwijze\n"
                       "Gaat het om een vraag over slapen, dan is een los adviesgesprek geschikter.")
    assert judge("2b-8", snap).status == "voldoet_niet"


_CHILD_SHORT = """Zo werken wij
Een traject bij ons is kort: meestal zes tot tien gesprekken.
{extra}"""


def test_the_childs_functioning_and_the_familys_strengths_explain_the_generalist_care():
    snap = corpus_site("https://www.jeugdpraktijkhetanker.example/zo-werken-wij/", _CHILD_SHORT.format(
        extra="We letten op hoe uw kind in de klas en thuis functioneert, en gaan uit van wat uw dochter al goed kan."))
    assert judge("2b-10", snap).status == "voldoet"


def test_without_them_the_short_care_stays_unexplained():
    # twin: the same short care without what it aims at
    snap = corpus_site("https://www.jeugdpraktijkhetanker.example/zo-werken-wij/", _CHILD_SHORT.format(
        extra="De gesprekken vinden plaats in onze praktijk aan de Dorpsstraat."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: "eHealth" in the menu makes no eHealth page

_ROUTE_UNDER_MENU = """GGZ Beekdal
Menu
Aanbod
Behandelroute
{item}
Contact
Van aanmelding tot afsluiting
Stap 1 - Aanmelding
Na de verwijzing door de huisarts vul je het aanmeldformulier op onze site in.
Stap 2 - Intake
In het eerste gesprek vertel je over je klachten en over wat je anders wilt.
Stap 3 - Behandelplan
Samen met je behandelaar zet je de doelen op papier.
Stap 4 - Behandeling
Je ziet je behandelaar om de twee weken en oefent tussendoor thuis.
Stap 5 - Tussentijdse evaluatie
Na zes gesprekken kijken jullie samen of de doelen dichterbij komen.
Stap 6 - Afsluiting en nazorg
Je sluit af met een terugblik; een maand later bellen we nog even hoe het gaat."""


def test_ehealth_as_a_menu_item_leaves_the_route_read():
    snap = corpus_site("https://www.ggz-beekdal.example/behandelroute/", _ROUTE_UNDER_MENU.format(item="eHealth"))
    assert judge("2b-9", snap).status == "voldoet"


def test_the_same_route_under_a_menu_without_ehealth_is_read_alike():
    # twin: the menu item made the difference, not the route
    snap = corpus_site("https://www.ggz-beekdal.example/behandelroute/", _ROUTE_UNDER_MENU.format(item="Wachttijden"))
    assert judge("2b-9", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-12: "eHealth" in the menu does not make weak words eHealth

_ONLINE_SESSIONS = """Praktijk Duinroos
{menu}
Afspraken
Wie niet naar de praktijk kan komen, kan bij ons ook kiezen voor online therapie."""


def test_online_therapy_under_a_menu_with_ehealth_is_no_ehealth():
    snap = corpus_site("https://www.praktijkduinroos.example/afspraken/", _ONLINE_SESSIONS.format(
        menu="Home | Aanbod | eHealth | Tarieven | Contact"))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_online_therapy_beside_ehealth_said_in_the_text_is_a_mention():
    # twin: eHealth named in the page's own sentence still makes "online therapie" count
    snap = corpus_site("https://www.praktijkduinroos.example/afspraken/", _ONLINE_SESSIONS.format(
        menu="Home | Aanbod | Tarieven | Contact") + "\nOok werken we met eHealth.")
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-11: family therapy is systemic therapy

_FAMILY = """Gezinstherapie
Bij ons komt het hele gezin samen aan tafel, soms ook opa of oma.
We onderzoeken samen welke rollen iedereen thuis heeft en hoe ruzies meestal verlopen.
Tussen de sessies krijgen jullie kleine opdrachten mee voor thuis."""


def test_a_page_about_family_therapy_explains_that_method():
    snap = corpus_site("https://www.kindpraktijkdewaaier.example/gezinstherapie/", _FAMILY)
    f = judge("2b-11", snap)
    assert f.status == "voldoet" and f.details["explained"] == ["systeemtherapie"]


def test_the_same_sentences_under_another_address_only_name_it():
    # twin: the address does not name the method, so the heading alone does not make the page about it
    snap = corpus_site("https://www.kindpraktijkdewaaier.example/ouders/", _FAMILY)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: the care at the practice by its name is short

def test_the_treatment_at_the_practice_by_name_said_short_is_its_own():
    snap = corpus_site("https://www.praktijkdewindroos.example/behandeling/", "Behandeling\n"
                       "Een behandeling bij De Windroos is kortdurend.\nIn de gesprekken werken we aan je eigen doelen.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_the_wait_at_the_practice_said_short_is_no_short_care():
    # twin: the short thing at the practice is its waiting time, not the care
    snap = corpus_site("https://www.praktijkdewindroos.example/behandeling/", "Behandeling\n"
                       "De wachttijd bij De Windroos is kortdurend.\nIn de gesprekken werken we aan je eigen doelen.")
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-9: a route page whose steps name the app

_APP_ROUTE = """{title}
Je meldt je bij ons aan met de verwijsbrief van je huisarts, waarna een intakegesprek volgt.
Tijdens de behandeling werk je tussen de gesprekken door in de app aan de oefeningen die je psycholoog klaarzet.
De laatste afspraak is een afsluitend gesprek, waarin je terugkijkt op wat je hebt geleerd."""


def test_the_steps_of_a_route_page_that_name_the_app_are_still_steps():
    snap = corpus_site("https://www.onlinepraktijkhelder.example/werkwijze/", _APP_ROUTE.format(title="Werkwijze"))
    assert judge("2b-9", snap).status == "voldoet"


def test_sentences_on_a_page_about_the_app_tell_when_it_is_used():
    # twin: on a page about the app (no route page) the sentences that name it tell when the tool is used, not a phase
    snap = corpus_site("https://www.onlinepraktijkhelder.example/app/", "Onze app\n"
                       "Nadat de intake is geweest, zoek je met de psycholoog modules uit in de app.\n"
                       "Tussen de gesprekken door doe je in de app korte oefeningen.\n"
                       "Is de behandeling klaar, dan mag je de app nog zes maanden houden.")
    assert judge("2b-9", snap).status != "voldoet"


# --------------------------------------------------------------------------- 2b-13: a grade from clients' reviews

def test_an_average_from_clients_reviews_is_a_satisfaction_grade():
    snap = corpus_site("https://www.seaviewcounselling.example/feedback/", "Feedback\n"
                       "Last year 41 clients wrote a review on an independent site.\nTheir mean rating was 8.9 out of 10.")
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["cqi"] is False


def test_a_count_of_reviews_without_a_grade_is_no_grade():
    # twin: reviews counted, no grade given
    snap = corpus_site("https://www.seaviewcounselling.example/feedback/", "Feedback\n"
                       "Last year 41 clients wrote a review on an independent site.\nYou can read them all there.")
    assert judge("2b-13", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10: clients said to come N times

def test_most_clients_coming_five_to_eight_times_counts_the_sessions():
    snap = corpus_site("https://www.praktijkhetveer.example/faq/", "Vragen\nHoe lang duurt het?\n"
                       "Dat hangt van je vraag af; de meeste cliënten komen vijf tot acht keer.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_clients_coming_twice_a_week_is_a_frequency():
    # twin: "twee keer per week" is how often, not how many sessions
    snap = corpus_site("https://www.praktijkhetveer.example/faq/", "Vragen\nHoe vaak?\n"
                       "In het begin komen de meeste cliënten twee keer per week.")
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10: a table's column of session counts

_TRACKS = """Onze trajecten
Vorm | {header} | Voor wie
Kort | 3 - 4 | Eén duidelijke vraag over werk of studie
Middel | 6 - 9 | Somberheid, spanning of piekeren"""


def test_counts_under_a_column_of_sessions_count_the_sessions():
    snap = corpus_site("https://www.praktijkdezandloper.example/trajecten/", _TRACKS.format(header="Aantal sessies"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_numbers_under_another_column_count_nothing():
    # twin: the column counts weeks of waiting, not sessions
    snap = corpus_site("https://www.praktijkdezandloper.example/trajecten/", _TRACKS.format(header="Wachttijd in weken"))
    assert judge("2b-10", snap).status == "voldoet_niet"
