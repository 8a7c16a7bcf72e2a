"""Readings found on pages that meet no criterion, served without the address that named them (round 31).

A real site's blog posts, privacy statements and news items carry the site's menu in their stored text; when a page's
address says nothing of its kind ("/p=123", "/de-dag-dat-het-dak-dichtging/"), that menu must not read as the
practice's offer. Passages written for these tests, not taken from any page. Each reading has a twin that keeps the
old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text.menus import vertical_menu_lines


# --------------------------------------------------------------------------- a menu with its submenus set as lists

_SUBMENU_PRIVACY = """Praktijk Zeegras gebruikt cookies
Zonder uw akkoord plaatsen we enkel functionele cookies.
Akkoord
Praktijk Zeegras
Home
Wie zijn wij
- Ons team
- Werken bij
Behandelingen
- Schematherapie
- EMDR
- Mindfulness
Wachttijden
Contact
Privacyverklaring
Wij bewaren uw gegevens niet langer dan de wet voorschrijft en delen ze alleen met uw toestemming.
Uw dossier staat in een beveiligd systeem waar alleen uw behandelaar bij kan."""


def test_a_menu_whose_submenus_are_lists_names_no_methods_on_a_privacy_page():
    snap = corpus_site("https://www.praktijk-zeegras.example/p-118/", _SUBMENU_PRIVACY)
    assert judge("2b-11", snap).status == "voldoet_niet"


_OWN_LIST = """Praktijk Zeegras
Ons aanbod
Behandelingen
- Schematherapie
- EMDR
- Mindfulness
Contact
Bel ons op werkdagen voor een kennismaking; we bespreken dan welke behandeling bij u past."""


def test_the_practices_own_short_list_of_treatments_still_names_them():
    # twin: a heading over a short list, then one page name: the page's own text, no menu
    snap = corpus_site("https://www.praktijk-zeegras.example/p-119/", _OWN_LIST)
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_a_list_run_needs_home_or_four_page_names():
    lines = ["ons aanbod", None, None, None, "contact"]
    subs = [None, "schematherapie", "emdr", "mindfulness", None]
    assert vertical_menu_lines(lines, [True, False, False, False, True], sublows=subs) == set()
    lines = ["home", "behandelingen", None, None, "wachttijden", "contact", None]
    subs = [None, None, "schematherapie", "emdr", None, None, None]
    assert vertical_menu_lines(lines, [False] * 7, sublows=subs) == {0, 1, 2, 3, 4, 5}


# --------------------------------------------------------------------------- a menu under a cookie banner's buttons

def test_a_menu_under_cookie_buttons_and_the_sites_name_is_a_menu():
    lines = ["accepteren", "weigeren", "instellingen", "praktijk zeegras", "hulp nodig?", "aanbod", "schematherapie",
             "emdr", "mindfulness", "groepen", "wachttijden", "over ons", "ons team", "nieuws", "contact",
             "het nieuwe dak ligt erop."]
    assert vertical_menu_lines(lines, [False] * len(lines)) == set(range(15))


def test_short_lines_with_few_page_names_stay_text_under_cookie_buttons():
    # twin: two page names among the short lines
    lines = ["accepteren", "weigeren", "aanbod", "schematherapie", "emdr", "mindfulness", "rouw", "contact",
             "het nieuwe dak ligt erop."]
    assert vertical_menu_lines(lines, [False] * len(lines)) == set()


def test_a_menu_line_between_round_dots_is_a_menu():
    from checks.text.menus import is_menu_text
    assert is_menu_text("home ● praktijk ● ons team ● behandeling ● cgt ● wachttijden ● contact")
    # twin: methods between the dots, no page's name
    assert not is_menu_text("cgt ● emdr ● schematherapie ● mindfulness")


_MARKED_MENU = """Deze website gebruikt cookies
Accepteren
Weigeren
Praktijk Zeegras
» Home
» Over ons
» Aanbod
» Cognitieve gedragstherapie
» EMDR
» Wachttijden
» Contact
We zijn verhuisd
Sinds deze maand ontvangen we iedereen aan de Havenkade 4; het oude pand was te klein geworden.
Het gebouw heeft een lift; parkeren achter het pand kost niets."""


def test_a_menu_whose_items_carry_a_mark_names_no_methods_on_a_news_item():
    snap = corpus_site("https://www.praktijk-zeegras.example/we-zijn-verhuisd-2/", _MARKED_MENU)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_lines_without_page_names_still_name_methods():
    # twin: the marked lines are a list of treatments, not pages
    text = _MARKED_MENU.replace("» Home\n» Over ons\n» Aanbod\n", "Onze behandelingen\n").replace("» Wachttijden\n» Contact\n", "")
    snap = corpus_site("https://www.praktijk-zeegras.example/we-zijn-verhuisd-2/", text)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- eHealth named on a page about money

_FEES = """Tarieven en vergoeding
{line}
Een intake kost 120 euro en een vervolgconsult 95 euro.
Uw zorgverzekeraar vergoedt de behandeling uit de basisverzekering; het eigen risico betaalt u zelf."""


def test_the_practices_ehealth_named_on_its_fees_page_is_a_mention():
    snap = corpus_site("https://www.praktijk-zeegras.example/tarieven/", _FEES.format(
        line="Praktijk Zeegras werkt met internettherapie en online zelfhulpmodules."))
    found = judge("2b-12", snap)
    assert found.status == "voldoet_bijna" and found.needs_review


def test_what_online_care_costs_on_a_fees_page_names_no_ehealth():
    # twin: the sentence is about money itself
    snap = corpus_site("https://www.praktijk-zeegras.example/tarieven/", _FEES.format(
        line="Voor de online zelfhulpmodules betaalt u 30 euro per maand."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_online_sessions_under_a_fees_heading_name_no_ehealth():
    # twin: only the weak word ("online behandeling"), what is charged
    snap = corpus_site("https://www.praktijk-zeegras.example/tarieven/", _FEES.format(
        line="Ook online behandeling is mogelijk, tegen hetzelfde tarief."))
    assert judge("2b-12", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- eHealth as another name for video sessions

_SCREEN_ONLY = """Online therapie
Bij Praktijk Zeegras vinden alle gesprekken online plaats.
{how}
Online therapie / eHealth wordt door de zorgverzekeraar vergoed zoals een gesprek in de praktijk."""


def test_ehealth_as_the_name_of_sessions_through_a_screen_is_no_ehealth():
    snap = corpus_site("https://www.praktijk-zeegras.example/online-therapie/", _SCREEN_ONLY.format(
        how="U spreekt uw psycholoog via een beveiligde webcamverbinding, vanaf uw laptop of telefoon."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_the_same_name_beside_online_modules_is_a_mention():
    # twin: the page also names online modules, so "eHealth" may be more than the video calls
    snap = corpus_site("https://www.praktijk-zeegras.example/online-therapie/", _SCREEN_ONLY.format(
        how="U spreekt uw psycholoog via een beveiligde webcamverbinding en u krijgt toegang tot online modules."))
    assert judge("2b-12", snap).status != "voldoet_niet"


def test_the_same_name_without_sessions_through_a_screen_is_a_mention():
    # twin: nothing says the online therapy is video calls
    snap = corpus_site("https://www.praktijk-zeegras.example/online-therapie/", _SCREEN_ONLY.format(
        how="U kiest zelf het moment waarop u aan de slag gaat."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the short character said as a fixed or small number of sessions

_OWN_BASIS = """Onze zorg
Praktijk Zeegras werkt in de generalistische basis GGZ; onze kortdurende hulp is bedoeld voor lichte en matige klachten bij volwassenen.
{line}
We werken aan wat u zelf weer kunt; wie zwaardere zorg nodig heeft, verwijzen we naar de specialistische GGZ."""


def test_care_done_within_a_few_sessions_explains_the_short_character():
    snap = corpus_site("https://www.praktijk-zeegras.example/onze-zorg/", _OWN_BASIS.format(
        line="Vaak zijn de klachten binnen een paar gesprekken al duidelijk minder."))
    assert judge("2b-10", snap).status == "voldoet"


def test_kortdurend_alone_beside_the_generalist_side_stays_unexplained():
    # twin: no sessions counted or bounded
    snap = corpus_site("https://www.praktijk-zeegras.example/onze-zorg/", _OWN_BASIS.format(
        line="Vaak zijn de klachten dan al duidelijk minder."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_methods_few_sessions_do_not_explain_the_practices_short_character():
    # twin: the few sessions are one method's
    snap = corpus_site("https://www.praktijk-zeegras.example/onze-zorg/", _OWN_BASIS.format(
        line="EMDR helpt bij een eenmalige schokkende gebeurtenis vaak binnen een paar sessies."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


_OWN_BASIS_EN = """Our care
At Zeegras Psychology we treat clients in the Dutch basic GGZ (generalistische basis GGZ).
Our help there is short-term and complaint-focused{tail}.
More complex problems are treated in specialised mental health care."""


def test_a_fixed_number_of_sessions_explains_the_short_character_in_english():
    snap = corpus_site("https://www.praktijk-zeegras.example/en/our-care/", _OWN_BASIS_EN.format(
        tail=", with a fixed number of sessions for each care product"))
    assert judge("2b-10", snap).status == "voldoet"


def test_short_term_help_without_a_bound_stays_unexplained_in_english():
    # twin: nothing bounds the number of sessions
    snap = corpus_site("https://www.praktijk-zeegras.example/en/our-care/", _OWN_BASIS_EN.format(tail=""))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the writer's own practice, without a name

_OWN_PRACTICE = """Werkwijze
Aanmelden kan telefonisch; we plannen dan eerst een kennismaking.
{line}"""


def test_the_writer_who_runs_a_practice_of_their_own_is_its_practitioner():
    snap = corpus_site("https://www.praktijk-zeegras.example/werkwijze/", _OWN_PRACTICE.format(
        line="In de vijftien jaar dat ik een eigen praktijk heb, zag ik vooral volwassenen met angst en rouw."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_practices_years_without_a_writer_name_nobody():
    # twin: the practice's age, no first person
    snap = corpus_site("https://www.praktijk-zeegras.example/werkwijze/", _OWN_PRACTICE.format(
        line="In de vijftien jaar dat deze praktijk bestaat, kwamen er vooral volwassenen met angst en rouw."))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a heading of what is not done, over no care

_NOT_DONE = """Cookies op deze site
Welke cookies plaatsen we?
Alleen een sessiecookie en, met uw toestemming, een cookie voor anonieme bezoekcijfers.
Wat wij niet doen
{line}"""


def test_what_the_site_does_not_do_with_cookies_excludes_nobody():
    snap = corpus_site("https://www.praktijk-zeegras.example/p-120/", _NOT_DONE.format(
        line="Wij plaatsen geen advertentiecookies en volgen uw bezoek niet op andere sites."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_what_the_practice_does_not_treat_under_the_same_heading_is_an_exclusion():
    # twin: the sentence under the heading names care
    snap = corpus_site("https://www.praktijk-zeegras.example/p-120/", _NOT_DONE.format(
        line="Wij bieden geen relatietherapie en geen begeleiding bij verslaving."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the reader's phone as a device

_SLEEP = """Slapen met een druk hoofd
Wakker liggen om vier uur is vervelend, maar meestal onschuldig.
{line}
Sta na een kwartier even op en lees iets saais bij zacht licht."""


def test_the_readers_phone_put_away_at_night_is_no_reachability():
    snap = corpus_site("https://www.praktijk-zeegras.example/p-121/", _SLEEP.format(
        line="Spreek af dat je telefoon 's avonds in de gang oplaadt, niet naast je bed."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_reaching_for_your_phone_at_night_is_no_reachability():
    snap = corpus_site("https://www.praktijk-zeegras.example/en/p-122/", """Waking at four
Waking up early is annoying, but usually harmless.
Try not to reach for your phone at night; the light keeps you awake.""")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_the_practice_by_phone_in_the_evening_is_still_reachability():
    # twin: the practice's phone at a time of day
    snap = corpus_site("https://www.praktijk-zeegras.example/p-121/", _SLEEP.format(
        line="Wij nemen op dinsdag 's avonds tot acht uur de telefoon op voor vragen van cliënten."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the author of a reviewed book

_REVIEW = """Boekbespreking: Eindelijk uitgerust
Femke Dorrestein – Eindelijk uitgerust. Zo doorbreek je slapeloosheid. Uitgeverij Nachtpauw, 2025, 198 blz., € 21,95.
{line}
Het eerste deel legt uit waarom slecht slapen zichzelf in stand houdt; het tweede deel geeft een programma van zes weken.
Wij vonden het een bruikbaar boek voor wie al lang slecht slaapt. Vier van de vijf sterren."""


def test_the_author_of_a_reviewed_book_is_no_practitioner_of_the_practice():
    snap = corpus_site("https://www.praktijk-zeegras.example/blog/eindelijk-uitgerust/", _REVIEW.format(
        line="Psychiater Femke Dorrestein schreef er een helder boek over."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_psychologist_who_wrote_a_book_on_the_practices_own_page_stays_its_practitioner():
    # twin: the same sentence on the practice's page about itself, no review
    snap = corpus_site("https://www.praktijk-zeegras.example/over-ons/", """Over ons
Praktijk Zeegras helpt volwassenen die slecht slapen of vastlopen in piekeren.
Slaaparts en psycholoog Femke Dorrestein schreef een helder boek over hardnekkige slapeloosheid.""")
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- what people in general do in an emergency

_PANIC = """Paniekaanvallen
Bij een paniekaanval komt plots veel angst op, met een bonzend hart en een licht gevoel in het hoofd.
{line}
Een aanval duurt meestal niet langer dan een half uur en is niet gevaarlijk.
In onze praktijk leer je in een paar weken hoe je een aanval laat uitrazen."""


def test_what_many_people_do_at_a_first_attack_is_no_emergency_advice():
    snap = corpus_site("https://www.praktijk-zeegras.example/p-123/", _PANIC.format(
        line="Veel mensen belanden bij hun eerste aanval op de spoedeisende hulp, omdat ze denken aan een hartinfarct."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_telling_the_reader_to_go_to_the_emergency_department_is_still_advice():
    # twin: the reader is told what to do
    snap = corpus_site("https://www.praktijk-zeegras.example/p-123/", _PANIC.format(
        line="Twijfel je of het een hartinfarct is, bel dan 112 of ga naar de spoedeisende hulp; wij zijn geen crisisdienst."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- eHealth denied after its name

_DENIED_AFTER = """Werkwijze
Na het eerste gesprek stellen we samen een plan op.
{line}"""


def test_online_modules_the_practice_does_not_offer_are_no_ehealth():
    snap = corpus_site("https://www.praktijk-zeegras.example/werkwijze/", _DENIED_AFTER.format(
        line="Online modules bieden wij op dit moment niet aan; alle gesprekken zijn in de praktijk."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_an_app_with_exercises_the_practice_does_not_have_is_no_ehealth():
    # (a whole-word term such as "app" is found in the text as written; its denial was not read)
    snap = corpus_site("https://www.praktijk-zeegras.example/werkwijze/", _DENIED_AFTER.format(
        line="Een app met oefeningen hebben wij niet."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_online_modules_the_practice_also_offers_stay_ehealth():
    # twin: the same order of words, offered
    snap = corpus_site("https://www.praktijk-zeegras.example/werkwijze/", _DENIED_AFTER.format(
        line="Online modules bieden wij op dit moment ook aan; die maak je thuis."))
    assert judge("2b-12", snap).status == "voldoet"
