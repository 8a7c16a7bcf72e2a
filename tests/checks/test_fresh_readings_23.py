"""Readings found with fresh written pages (round 23), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text import site_text
from checks.text.menus import vertical_menu_lines


# --------------------------------------------------------------------------- a client's story by its subtitle

_STORY = """"Ik dacht dat ik het wel alleen kon"
Een cliëntverhaal
Joost (34) werkt als monteur en kwam vorig jaar bij ons terecht. Hij schreef dit zelf en vond het goed dat we het delen.
Jaren geleden had ik al eens CGT gehad bij een psycholoog in Deventer, toen ging het over faalangst op school.
Mijn zus zweert bij mindfulness, maar stil zitten is niks voor mij.
Nu fiets ik weer naar mijn werk en slaap ik beter. Het is niet allemaal opgelost, maar ik weet wat ik kan doen.
Meer verhalen"""


def test_a_page_under_a_client_story_subtitle_offers_no_method():
    snap = corpus_site("https://www.praktijkijsselzicht.example/verhalen/joost/", _STORY)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_lines_under_a_subtitle_of_the_practice_s_offer_name_methods():
    text = _STORY.replace("Een cliëntverhaal", "Onze behandelingen").replace(
        "Jaren geleden had ik al eens CGT gehad bij een psycholoog in Deventer, toen ging het over faalangst op school.",
        "Wij werken met CGT en EMDR.")
    snap = corpus_site("https://www.praktijkijsselzicht.example/verhalen/joost/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


def test_experiences_as_a_section_heading_under_the_page_title_are_no_story_page():
    # "Ervaringen" right under the first heading is a section of a treatment page, not the page's kind
    text = """Behandeling bij somberheid
Ervaringen
Veel cliënten vertellen dat de eerste weken het zwaarst zijn.
Wij werken met CGT en EMDR. In de CGT onderzoek je samen met je behandelaar welke gedachten je somberheid in stand houden."""
    snap = corpus_site("https://www.praktijkijsselzicht.example/behandeling/somberheid/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- who speaks: a see-also line, the name as a logo

_GUIDELINE_PAGE = """Slaapproblemen bij tieners: wat helpt meestal?
Voor ouders
Veel tieners gaan laat naar bed en komen 's ochtends moeilijk op gang. Dat hoort deels bij de leeftijd.
Hoe gaat een behandeling?
Eerst komen uitleg en vaste tijden; helpt dat niet genoeg, dan volgt vaak een behandeling.
In CGT voor slapeloosheid houdt een tiener een slaapdagboek bij en leert hij in kleine stappen het bed weer met slapen te verbinden.
Tips voor thuis
- De telefoon 's avonds buiten de slaapkamer
- Elke dag rond dezelfde tijd op
Lees ook: Mijn zoon gamet tot diep in de nacht
Jeugdpraktijk Merelhof - Zutphen"""


def test_a_see_also_line_and_a_logo_line_do_not_make_the_practice_speak():
    snap = corpus_site("https://www.jeugdpraktijkmerelhof.example/ouders/slaap-bij-tieners/", _GUIDELINE_PAGE)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_practice_saying_it_uses_the_method_on_that_page_offers_it():
    text = _GUIDELINE_PAGE.replace("Tips voor thuis", "Bij Jeugdpraktijk Merelhof werken we ook met CGT voor slapeloosheid.\nTips voor thuis")
    snap = corpus_site("https://www.jeugdpraktijkmerelhof.example/ouders/slaap-bij-tieners/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


def test_a_line_with_the_name_and_more_words_still_speaks():
    text = _GUIDELINE_PAGE.replace("Jeugdpraktijk Merelhof - Zutphen", "Jeugdpraktijk Merelhof helpt tieners die slecht slapen.")
    snap = corpus_site("https://www.jeugdpraktijkmerelhof.example/ouders/slaap-bij-tieners/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: a blog post known by its text

_RESEARCH_POST = """Mindfulness bij stress: wat weten we?
Praktijk Bloesem
Mindfulness is populair, in sportscholen en in apps. Maar helpt het echt?
Wat zegt het onderzoek?
Het grootste effect heeft MBCT bij mensen die al drie keer een depressie doormaakten: zij vallen minder vaak terug.
Bij acute, ernstige klachten is mindfulness als enige aanpak minder geschikt.
Lees ook: Tien tips voor een rustig hoofd
Praktijk Bloesem - Haarlem"""


def test_a_silent_post_with_a_see_also_line_opens_no_side_of_the_target_group():
    snap = corpus_site("https://www.praktijkbloesem.example/weetjes/mindfulness-bij-stress/", _RESEARCH_POST)
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_practice_stating_its_target_group_on_that_page_is_read():
    text = _RESEARCH_POST.replace("Lees ook: Tien tips voor een rustig hoofd\n",
                                  "In onze praktijk helpen wij volwassenen met angstklachten die nog niet lang bestaan.\n"
                                  "Bij ernstige verslavingsproblematiek verwijzen wij door naar de specialistische GGZ.\n")
    snap = corpus_site("https://www.praktijkbloesem.example/weetjes/mindfulness-bij-stress/", text)
    assert judge("2b-8", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- a menu written down the page

_WAITING_TIMES = """Wachttijden | GGZ Lingehof
Zoeken
Voor cliënten  Voor verwijzers  Vacatures  Over ons
Hulp bij spoed
Basis GGZ
Specialistische GGZ
Locaties
Wachttijden
Kwaliteit
Home / Wachttijden
Hieronder staan de gemiddelde wachttijden van de afgelopen drie maanden, per team.
Team volwassenen Tiel  aanmelding 6 weken  behandeling 3 weken
Team ouderen Culemborg  aanmelding 8 weken  behandeling 5 weken
Uw eigen wachttijd kan hiervan afwijken."""


def test_care_levels_in_a_menu_written_down_the_page_are_no_short_generalist_care():
    snap = corpus_site("https://www.ggzlingehof.example/wachttijden/", _WAITING_TIMES)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_care_level_as_the_page_s_heading_over_its_text_is_read():
    text = _WAITING_TIMES.replace("Home / Wachttijden\nHieronder", "Home / Wachttijden\nBasis GGZ\n"
                                  "Wie lichte klachten heeft, helpen wij in de basis GGZ: kort en dicht bij huis.\nHieronder")
    snap = corpus_site("https://www.ggzlingehof.example/wachttijden/", text)
    assert judge("2b-10", snap).status != "voldoet_niet"


_TEAM_UNDER_MENU = """Team | Kinderpraktijk De Boei
Home
Aanbod
Team
Aanmelden
Contact
Ons team
Bij De Boei werken twee GZ-psychologen (BIG) en een speltherapeut. Samen bespreken zij elke week de nieuwe aanmeldingen."""


def test_the_page_s_own_heading_after_a_menu_down_the_page_still_heads_its_text():
    snap = corpus_site("https://www.kinderpraktijkdeboei.example/team/", _TEAM_UNDER_MENU)
    units = [u for u in site_text(snap).units if "GZ-psychologen" in u.text]
    assert units and units[0].headings[-1:] == ("ons team",)
    assert judge("2b-7", snap).status != "voldoet_niet"


def test_a_menu_down_the_page_needs_mostly_page_names_and_leaves_a_closing_heading_out():
    lines = ["home", "aanbod", "team", "contact", "over mij"]
    assert vertical_menu_lines(lines, [False, False, False, False, True]) == {0, 1, 2, 3}
    # short lines that name what is treated are no menu, nor is a heading and its text
    assert vertical_menu_lines(["angst", "somberheid", "rouw", "stress"], [False] * 4) == set()
    assert vertical_menu_lines(["team", "bij ons werken twee psychologen."], [True, False]) == set()


# --------------------------------------------------------------------------- 2b-8: helping the client find other care

_EXPAT_HOME = """Who we help
Adults (18+) with anxiety, low mood, stress or burnout, often after a move to the Netherlands.
{line}"""


def test_helping_the_client_find_specialised_care_for_severe_problems_is_the_excluded_side():
    line = ("Should your problems prove severe or long-lasting, such as an eating disorder or an addiction, "
            "we shall help you find the specialised care you need.")
    snap = corpus_site("https://www.harbourlightpsy.example/", _EXPAT_HOME.format(line=line))
    assert judge("2b-8", snap).status == "voldoet"


def test_the_same_in_dutch_is_the_excluded_side():
    text = ("Voor wie\nVolwassenen met angst, somberheid, stress of burn-out.\n"
            "Gaat het om een eetstoornis of een verslaving, dan helpen we je een passende plek in de specialistische zorg te vinden.")
    snap = corpus_site("https://www.praktijkzeewind.example/", text)
    assert judge("2b-8", snap).status == "voldoet"


def test_helping_the_client_with_the_treated_complaint_stays_the_treated_side():
    line = "If you struggle with anxiety, we help you find your strength again in a few sessions."
    snap = corpus_site("https://www.harbourlightpsy.example/", _EXPAT_HOME.format(line=line))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-7: a count of the staff with their disciplines

def test_a_count_of_the_staff_with_their_disciplines_after_a_colon_is_the_team_without_names():
    text = ("Over GGZ Lingehof\nGGZ Lingehof heeft drie locaties in de regio. Zo'n 90 medewerkers werken er elke dag aan goede zorg: "
            "psychiaters, GZ-psychologen, psychotherapeuten en sociaal psychiatrisch verpleegkundigen.")
    snap = corpus_site("https://www.ggzlingehof.example/over-ons/", text)
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_in_english_is_the_team_without_names():
    text = ("About us\nWe are a mid-sized centre in Utrecht. Some 40 people work here: psychiatrists, psychologists and "
            "psychotherapists, together with a small office team.")
    snap = corpus_site("https://www.utrechtmindcentre.example/about/", text)
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_a_count_of_the_staff_without_disciplines_names_no_team():
    text = ("Over GGZ Lingehof\nGGZ Lingehof heeft drie locaties in de regio. Zo'n 90 medewerkers werken er elke dag aan goede zorg: "
            "in Tiel, Culemborg en Geldermalsen.")
    snap = corpus_site("https://www.ggzlingehof.example/over-ons/", text)
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: a helpline's own audience

_CONTACT = """Contact
Telefoon: 0521 - 44 80 12 (werkdagen 9.00 - 12.00 uur)
Zorgen buiten kantoortijd?
Wij zijn geen crisisdienst; voor spoed buiten onze uren is er de huisartsenpost.
{line}"""


def test_a_helpline_s_audience_is_not_whom_the_practice_treats():
    line = "De Kindertelefoon is er voor kinderen en jongeren met vragen of zorgen (0800-0432)."
    snap = corpus_site("https://www.jeugdpraktijkvlinder.example/contact/", _CONTACT.format(line=line))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_practice_naming_its_own_clients_on_that_page_is_read():
    line = "Wij behandelen kinderen en jongeren tot 18 jaar met angst of somberheid."
    snap = corpus_site("https://www.jeugdpraktijkvlinder.example/contact/", _CONTACT.format(line=line))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a client panel's sign-up and evaluation

_PANEL = """Cliëntenpanel
Wil je meedenken over onze zorg? Word lid van het cliëntenpanel.
Zo verloopt het
Aanmelden gaat met het formulier hieronder. Daarna vraag ik je een paar keer per jaar om je mening over de website, de wachtkamer of de folders.
Na een jaar evalueren we met alle leden hoe het panel bevalt."""


def test_the_sign_up_and_evaluation_of_a_client_panel_are_no_treatment_route():
    snap = corpus_site("https://www.praktijkdebrug.example/meedenken/clientenpanel/", _PANEL)
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_steps_of_a_treatment_are_read():
    text = _PANEL.replace("Cliëntenpanel\n", "Onze werkwijze\n").replace(
        "Wil je meedenken over onze zorg? Word lid van het cliëntenpanel.", "Zo ziet een behandeling bij ons eruit.").replace(
        "Daarna vraag ik je een paar keer per jaar om je mening over de website, de wachtkamer of de folders.",
        "Daarna volgt een intakegesprek; samen maken we dan een behandelplan.").replace(
        "Na een jaar evalueren we met alle leden hoe het panel bevalt.", "Na zes gesprekken kijken we terug: helpt het, dan ronden we de behandeling af.")
    snap = corpus_site("https://www.praktijkdebrug.example/werkwijze/", text)
    assert judge("2b-9", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- numbered steps: an item's text is no list lead

_STEPS = """How it works
1. GP letter
Your Dutch insurer only pays when your GP has referred you. No GP yet? Arrange one first; we are not able to refer you ourselves.
2. Phone call
A short free call to check whether we suit you.
3. Intake
One or two sessions in which we map your concerns."""


def test_the_text_of_a_numbered_step_does_not_lead_the_next_step():
    snap = corpus_site("https://www.harbourlightpsy.example/how-it-works/", _STEPS)
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_sentence_ending_in_a_colon_still_leads_its_list():
    text = _STEPS + "\nWe cannot offer treatment for the following problems:\n- an addiction\n- an eating disorder"
    snap = corpus_site("https://www.harbourlightpsy.example/how-it-works/", text)
    assert judge("2b-8", snap).status == "voldoet_bijna"
