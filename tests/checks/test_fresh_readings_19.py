"""Readings found with fresh written pages (round 19), in the form a text extractor stores: a cookie banner is no
heading, so the page's first heading below it says what the page is (a research call); the heading of a consent dialog ("Cookie-instellingen") is a banner, not a cookie policy; a menu
that names five pages is a menu even with a longer item among them; a shelf of books is a reading list (2b-11);
a lesson or a chapter about a method is its subject, not the practice's offer (2b-11).

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text.context import is_cookie_notice, is_legal_page
from checks.text.menus import is_menu_text
from checks.text import site_text


# --------------------------------------------------------------------------- a consent dialog's heading

_DIALOG_CONTACT = """Cookie-instellingen
Deze site zet cookies voor statistiek en voor filmpjes van derden; stel hieronder uw voorkeur in.
Alles accepteren   Alleen noodzakelijk
Contact - Praktijk Wilgenhoek
Contact
De assistente neemt van maandag t/m donderdag, 8.30-12.00 uur, de telefoon op: 0318 - 44 21 90.
U kunt ons ook mailen: secretariaat@wilgenhoek.example
Bezoekadres: Kerkpad 3, 6711 AB Ede"""


def test_a_consent_dialog_heading_is_a_banner_not_a_policy_name():
    assert is_cookie_notice("Cookie-instellingen")
    assert is_cookie_notice("Manage cookie consent")
    assert not is_cookie_notice("Cookieverklaring")
    assert not is_cookie_notice("Cookie policy")


def test_a_contact_page_under_a_consent_dialog_gives_its_phone_hours():
    snap = corpus_site("https://www.wilgenhoek.example/contact/", _DIALOG_CONTACT)
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_a_cookie_policy_stays_a_legal_page():
    snap = corpus_site("https://www.wilgenhoek.example/cookieverklaring/",
                       "Cookieverklaring\nOp deze website gebruiken wij functionele en analytische cookies.\n"
                       "U kunt ons bellen op 0318 - 44 21 90 als u vragen heeft over deze verklaring.")
    st = site_text(snap)
    assert is_legal_page(st.pages[-1])
    assert judge("2b-6", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a banner taken for the title

_RESEARCH_CALL = """Wij gebruiken cookies. Akkoord
Doe mee: onderzoek naar piekeren bij studenten - GGZ Lindeveld
Deelnemers gezocht
Studeer je en pieker je veel? Samen met de hogeschool doet GGZ Lindeveld onderzoek naar piekeren.
Het onderzoek wordt geleid door dr. Roos Henneman, universitair docent aan de hogeschool.
Opgeven gaat met het webformulier van de hogeschool."""


def test_a_banner_is_no_first_heading():
    snap = corpus_site("https://www.ggzlindeveld.example/projecten/piekeren/", _RESEARCH_CALL)
    page = site_text(snap).pages[-1]
    assert page.first_heading == "deelnemers gezocht"  # (the line above it is a paragraph in this page's markup)


def test_a_research_call_under_a_banner_names_no_practitioner():
    snap = corpus_site("https://www.ggzlindeveld.example/projecten/piekeren/", _RESEARCH_CALL)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_research_call_under_a_banner_tells_no_step():
    snap = corpus_site("https://www.ggzlindeveld.example/projecten/piekeren/", _RESEARCH_CALL)
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_practice_own_step_under_a_banner_still_counts():
    snap = corpus_site("https://www.ggzlindeveld.example/aanmelden/",
                       "Wij gebruiken cookies. Akkoord\nAanmelden - GGZ Lindeveld\n"
                       "Met de verwijsbrief van de huisarts schrijft u zich bij ons in. Zo'n tien dagen later volgt het intakegesprek "
                       "met een van onze psychologen.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- menus

def test_five_pages_named_are_a_menu_with_a_longer_item_among_them():
    assert is_menu_text("home over ons zo werkt het bij ons tarieven blog contact")
    assert not is_menu_text("op deze pagina leest u hoe het werkt en wat het kost")


# --------------------------------------------------------------------------- 2b-11

def test_a_shelf_of_books_is_no_offer():
    snap = corpus_site("https://www.praktijkhelmgras.example/boekenkast/",
                       "Boekenkast\nBoeken die cliënten en ikzelf de moeite waard vonden.\n"
                       "'Het patroon voorbij' - Jan Hoefman. Een toegankelijk boek met een hoofdstuk over schematherapie.\n"
                       "'Ruimte maken' - Ida Broek. Een praktische kennismaking met ACT en mindfulness.")
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_methods_the_practice_lists_as_its_offer_still_count():
    snap = corpus_site("https://www.praktijkhelmgras.example/behandelingen/",
                       "Behandelingen\nIn mijn praktijk werk ik met schematherapie en ACT.")
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_a_lesson_about_a_method_is_its_subject():
    snap = corpus_site("https://www.jeugdpraktijkdeboei.example/",
                       "Jeugdpraktijk De Boei\n'Ik dacht dat ik de enige was'\n"
                       "In de tweede klas kregen we één les over mindfulness; ik vond het toen maar vaag.")
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-7: the practice's dog

def test_the_practice_dog_is_no_practitioner():
    snap = corpus_site("https://www.praktijkduinroos.example/over-de-praktijk/bram/",
                       "Maak kennis met Bram\nWie in mijn wachtkamer zit, ziet hem vaak liggen: Bram, een oude labrador met "
                       "een grijze snuit.\nHij ligt bijna elke werkdag onder mijn bureau. Vind je honden eng, laat het weten; "
                       "dan laat ik hem die dag thuis.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_practitioner_who_loves_dogs_is_still_named():
    snap = corpus_site("https://www.praktijkduinroos.example/over-mij/bram/",
                       "Maak kennis met Bram\nBram, een echte hondenliefhebber, werkt sinds 2015 in de praktijk.\n"
                       "Hij wandelt graag met zijn twee herders in de duinen.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: a button kept as a heading over the footer

def test_footer_lines_under_an_aanmelden_button_tell_no_step():
    snap = corpus_site("https://www.jeugdpraktijkzandloper.example/",
                       "Jeugdpraktijk De Zandloper\nWij helpen kinderen van 6 tot 18 jaar bij angst en somberheid.\n"
                       "Aanmelden\nJeugdpraktijk De Zandloper | Havenstraat 12 | 8861 AB Harlingen | 0517 - 41 22 09\n"
                       "AGB 94061234 | KvK 71234567\nPrivacy Klachten")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_text_under_an_aanmelden_heading_still_tells_the_step():
    snap = corpus_site("https://www.jeugdpraktijkzandloper.example/",
                       "Jeugdpraktijk De Zandloper\nWij helpen kinderen van 6 tot 18 jaar bij angst en somberheid.\n"
                       "Aanmelden\nU meldt uw kind bij ons aan via het webformulier. Een verwijzing van huisarts of jeugdarts is nodig.\n"
                       "Jeugdpraktijk De Zandloper | Havenstraat 12 | 8861 AB Harlingen | 0517 - 41 22 09")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-13: the survey named in the sentence before

def test_a_grade_line_after_the_sentence_naming_the_survey_is_a_satisfaction_grade():
    snap = corpus_site("https://www.denkruimte-online.example/ervaringen/",
                       "Ervaringen\nNa afloop van je traject vragen we je een korte tevredenheidsvragenlijst in te vullen.\n"
                       "Gemiddeld cijfer: 8,7\n- 90% zou ons aanraden")
    assert judge("2b-13", snap).status == "voldoet_bijna"


def test_a_grade_line_after_an_unrelated_sentence_is_no_grade():
    snap = corpus_site("https://www.denkruimte-online.example/nieuws/voorlichting/",
                       "Voorlichting op het Dalton College\nDe derde klassen kregen van ons een les over slapen en schermtijd.\n"
                       "Gemiddeld cijfer: 7,9")
    assert judge("2b-13", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10: a heading that asks why the care is short

_WHY_SHORT_PAGE = """Hoe werkt het?
Praktijk Helder is een praktijk voor basis GGZ.
Behandeling
Een behandeling duurt meestal zes tot tien weken, met om de week een gesprek.
Afronding
Het laatste gesprek sluit af, met afspraken voor een mogelijke terugval.
{heading}
Wij helpen mensen met lichte tot matige klachten.
Het doel: weer functioneren zoals je wilt, in je gezin en in je baan."""


def test_a_section_asking_why_the_care_is_short_explains_it():
    snap = corpus_site("https://www.praktijkhelder.example/hoe-werkt-het/", _WHY_SHORT_PAGE.format(heading="Waarom kort?"))
    assert judge("2b-10", snap).status == "voldoet"


def test_the_same_lines_under_another_question_stay_unexplained():
    snap = corpus_site("https://www.praktijkhelder.example/hoe-werkt-het/", _WHY_SHORT_PAGE.format(heading="Waarom kiezen voor ons?"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_treatment_length_in_words_is_counted():
    snap = corpus_site("https://www.praktijkhelder.example/werkwijze/",
                       "Werkwijze\nPraktijk Helder biedt basis GGZ.\nEen behandeling duurt meestal zes tot tien weken.")
    assert judge("2b-10", snap).details["count"]


def test_a_waiting_time_in_words_is_not_counted():
    snap = corpus_site("https://www.praktijkhelder.example/werkwijze/",
                       "Werkwijze\nPraktijk Helder biedt basis GGZ.\nDe wachttijd is op dit moment twee tot vier weken.")
    assert not judge("2b-10", snap).details["count"]


# --------------------------------------------------------------------------- 2b-8: no client group told

def test_a_group_heading_on_a_route_page_is_a_practical_matter():
    snap = corpus_site("https://www.tidewater-therapy.example/en/getting-here/",
                       "Getting here\nOur rooms are on the first floor, above the bakery.\nParking\nStreet parking is paid.\n"
                       "Children\nPlease leave children at home; if a babysitter cancels, your session can be held online.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_group_heading_on_the_offer_page_still_names_the_group():
    snap = corpus_site("https://www.tidewater-therapy.example/en/services/",
                       "Services\nChildren\nWe see children from 6 to 12 with anxiety or sleeping problems, together with their parents.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_an_activity_said_to_be_no_treatment_draws_no_exclusion():
    snap = corpus_site("https://www.praktijkdewadden.example/buurt/wandelgroep/",
                       "Wandelgroep in de wijk\nElke zaterdag wandelen we een uur door het park, voor wie wil.\n"
                       "Geen behandeling\nDe wandelgroep is uitdrukkelijk geen behandeling, en wie meeloopt is daarmee geen cliënt van de praktijk.\n"
                       "Iedereen uit de wijk mag meelopen.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_an_exclusion_on_a_care_page_still_counts():
    snap = corpus_site("https://www.praktijkdewadden.example/voor-wie/",
                       "Voor wie?\nWij behandelen volwassenen met angst- en stemmingsklachten.\n"
                       "Bij ernstige verslaving of een acute crisis bieden wij geen behandeling; dan verwijzen we u door.")
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-9: a training for employers

def test_a_step_of_a_training_for_employers_is_no_treatment_phase():
    snap = corpus_site("https://www.werkkracht-ggz.example/voor-werkgevers/training-werkdruk/",
                       "Training werkdruk voor teams\nIn drie middagen leren medewerkers signalen van stress herkennen.\n"
                       "Samen aan de slag\nHet team maakt afspraken over pauzes, mail na vijven en de verdeling van werk.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_step_on_a_client_page_still_counts():
    snap = corpus_site("https://www.werkkracht-ggz.example/werkwijze/",
                       "Werkwijze\nNa het intakegesprek schrijven we met u het behandelplan.\n"
                       "Samen aan de slag\nIn de gesprekken werken we aan uw doelen en evalueren we regelmatig hoe het gaat.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the site's own POH-GGZ

_OWN_POH_PAGE = """Praktijkondersteuner GGZ
Spanning, slecht slapen of somberheid? Uw huisarts kan u verwijzen naar onze praktijkondersteuner GGZ.
In ons gezondheidscentrum werkt Sietske Bakker als POH-GGZ.
Bij de POH-GGZ krijgt u kortdurende begeleiding, doorgaans 3 tot 8 gesprekken.
U werkt aan wat nodig is om weer te functioneren; uw eigen kracht staat voorop.
Soms zet de POH een online cursus in, bijvoorbeeld over somberen.
Die cursus maakt u thuis wanneer het u past; de oefeningen komen aan bod in het gesprek erna."""


def test_the_own_poh_gives_the_sites_own_short_care():
    snap = corpus_site("https://www.gc-waterkant.example/zorgaanbod/poh-ggz/", _OWN_POH_PAGE)
    assert judge("2b-10", snap).status == "voldoet"


def test_the_own_poh_offers_the_sites_own_ehealth():
    snap = corpus_site("https://www.gc-waterkant.example/zorgaanbod/poh-ggz/", _OWN_POH_PAGE)
    assert judge("2b-12", snap).status == "voldoet"


def test_the_gps_poh_on_a_psychology_practice_site_stays_someone_elses():
    snap = corpus_site("https://www.psychologiepraktijkwaterkant.example/verwijzing/",
                       "Eerst naar de POH?\nBij lichte klachten kunt u bij uw huisarts terecht bij de POH-GGZ.\n"
                       "Bij de POH-GGZ krijgt u kortdurende begeleiding, doorgaans 3 tot 8 gesprekken.")
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: the practice's tool by its own name

_PARENT_ENV = """Groepstraining Dapper (8-12 jaar)
In de training oefenen kinderen met wat ze spannend vinden. We starten met een kennismaking met ouder en kind.
Ouderomgeving online
Als ouder logt u in op de online ouderomgeving van {owner}.
Per bijeenkomst vindt u er een kort filmpje en een oefening om thuis met uw kind te doen, tot de volgende keer."""


def test_a_youth_practice_domain_names_the_practice():
    from checks.text.context import domain_core
    assert domain_core("https://www.rivierjeugd.example/") == "rivier"


def test_an_online_environment_of_the_practice_by_its_name_is_its_own_ehealth():
    snap = corpus_site("https://www.rivierjeugd.example/aanbod/dapper/", _PARENT_ENV.format(owner="Rivier"))
    assert judge("2b-12", snap).status == "voldoet"


def test_an_online_environment_of_the_municipality_is_not_the_practices():
    snap = corpus_site("https://www.rivierjeugd.example/aanbod/dapper/", _PARENT_ENV.format(owner="de gemeente"))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-7: the job title as the first short sentence

def test_a_job_title_as_the_first_sentence_under_a_name_describes_the_practitioner():
    snap = corpus_site("https://www.praktijkhavenlicht.example/team/",
                       "Team\nMarit\nGZ-psycholoog en eigenaar. Marit begeleidt vaak mensen die vastlopen in hun werk.\n"
                       "Ids\nSecretariaat en planning.")
    assert judge("2b-7", snap).status == "voldoet"


def test_a_statement_about_a_title_under_a_name_is_no_job_line():
    snap = corpus_site("https://www.praktijkhavenlicht.example/blog/titels/",
                       "Titels in de zorg\nMarit\nGZ-psycholoog is een beschermde titel. Wie hem voert, staat in het BIG-register.")
    assert judge("2b-7", snap).status != "voldoet"


# --------------------------------------------------------------------------- 2b-8: the answer names the practice

def test_a_question_on_complaints_answered_at_the_practice_by_name_is_the_treated_side():
    snap = corpus_site("https://www.praktijkzeewind.example/",
                       "Praktijk Zeewind\nHeb je last van stress, piekeren of somberheid?\n"
                       "Bij Zeewind werk je in een paar gesprekken aan wat jij nodig hebt.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_question_answered_at_another_place_is_not():
    snap = corpus_site("https://www.praktijkzeewind.example/blog/slapen/",
                       "Slecht slapen\nHeb je last van stress, piekeren of somberheid?\n"
                       "Bij de bibliotheek leer je in een workshop meer over slapen.")
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: tips, and a question answered elsewhere

def test_a_cause_named_in_self_help_tips_is_no_complaint_treated():
    snap = corpus_site("https://www.praktijkduinpan.example/tips/rustig-slapen/",
                       "Vijf tips voor een rustige nacht\nDrink 's avonds geen koffie meer.\n"
                       "Alcohol helpt je misschien om in slaap te komen, maar je slaapt er minder diep door.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_question_answered_with_someone_elses_door_is_no_offer():
    snap = corpus_site("https://www.praktijkduinpan.example/vergoeding/",
                       "Vergoeding\nBent u student aan de hogeschool hier in de stad?\nDan kunt u eerst terecht bij de studentendecaan.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_question_answered_with_the_practices_own_door_still_counts():
    snap = corpus_site("https://www.praktijkduinpan.example/voor-wie/",
                       "Voor wie\nHeeft u last van piekeren of somberheid?\nDan kunt u bij ons terecht.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-7: figures of the field

_HISTORY = """Hoe de compassietherapie ontstond
De jaren negentig: Paul Gilford
De Britse psycholoog Paul Gilford zag dat veel cliënten zichzelf hard bleven veroordelen.
Hij bouwde voort op de gehechtheidstheorie van Johan Bolwerk."""


def test_a_figure_of_the_field_is_no_practitioner():
    snap = corpus_site("https://www.praktijkzeelucht.example/artikelen/compassie-geschiedenis/", _HISTORY)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_practices_own_psychologist_is_still_one():
    snap = corpus_site("https://www.praktijkzeelucht.example/over-ons/",
                       "Over ons\nOnze psycholoog Paul Gilford werkt met compassiegerichte therapie.\n"
                       "Hij is GZ-psycholoog en staat in het BIG-register.")
    assert judge("2b-7", snap).status == "voldoet"
