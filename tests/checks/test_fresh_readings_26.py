"""Readings found with fresh written pages (round 26), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- what the practice says it is not

_CONTACT = """Contact
Praktijk Zeggeveld, Rietkraag 12, Zwolle
Wij zijn op dinsdag en vrijdag tussen 8.45 en 9.30 uur telefonisch bereikbaar. Spreekt u buiten die tijd een bericht in, dan bellen wij u dezelfde week terug.
{crisis}"""


def test_a_practice_that_says_it_is_no_crisis_service_names_no_one_to_call():
    snap = corpus_site("https://www.praktijkzeggeveld.example/contact/",
                       _CONTACT.format(crisis="Let wel: Praktijk Zeggeveld is nadrukkelijk geen crisisdienst."))
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_a_practice_that_says_it_is_no_crisis_service_and_names_one_does():
    # twin: it goes on to name whom to call
    snap = corpus_site("https://www.praktijkzeggeveld.example/contact/",
                       _CONTACT.format(crisis="Wij zijn geen crisisdienst; bel bij een crisis uw huisarts of 's avonds de huisartsenpost."))
    assert judge("2b-6", snap).status == "voldoet"


def test_an_english_practice_that_is_not_a_crisis_service_names_no_one():
    snap = corpus_site("https://www.zeggeveld-therapy.example/contact/",
                       "Contact\nYou can reach me by phone on Tuesdays between 9 and 10. Outside those hours, leave a message and I will call you back.\n"
                       "Please note that this practice is not a crisis service.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a news item's date line dates the item

_NEWS = """Nieuws
Hoe tevreden zijn onze cliënten?
{dateline}
Wie bij De Wielewaal een behandeling afsluit, krijgt van ons de CQ-index toegestuurd: een landelijke, gevalideerde vragenlijst over de ervaringen met de zorg.
Over het jaar 2023 stuurden 412 cliënten de vragenlijst terug. Zij gaven ons gemiddeld een 8,1 als rapportcijfer (schaal 1-10)."""


def test_the_date_line_of_a_news_item_is_not_the_year_of_the_measurement():
    snap = corpus_site("https://www.ggz-wielewaal.example/nieuws/cijfer/", _NEWS.format(dateline="18 februari 2024"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_niet" and f.details["cqi_year"] == 2023


def test_a_heading_that_names_the_measurement_year_still_dates_the_grade():
    # twin: "Resultaten 2024" names the year of the results, no date line
    snap = corpus_site("https://www.ggz-wielewaal.example/nieuws/cijfer/",
                       _NEWS.format(dateline="Resultaten 2024").replace("Over het jaar 2023 stuurden", "Dat jaar stuurden"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["cqi_year"] == 2024


def test_a_date_line_is_told_from_a_dated_heading():
    from checks.text.patterns import is_dateline
    assert is_dateline("18 februari 2024") and is_dateline("posted on march 3, 2025") and is_dateline("di 4 feb. 2025")
    assert not is_dateline("meting 18 februari 2024") and not is_dateline("resultaten 2024")


# --------------------------------------------------------------------------- short care that came before and did not help

_SPECIALIST = """Voor wie
Psychotherapeutencentrum Vlietoever behandelt volwassenen met langer bestaande of terugkerende problemen{tail}
Een therapie bij ons loopt meestal één tot twee jaar."""


def test_short_care_that_did_not_help_is_the_clients_earlier_care():
    snap = corpus_site("https://www.vlietoever-psychotherapie.example/voor-wie/",
                       _SPECIALIST.format(tail=", bij wie een kortdurende behandeling eerder niet heeft geholpen."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_short_care_that_follows_when_it_does_not_suffice_is_the_own_care():
    # twin: the practice's own short care, and what it does when that is not enough
    snap = corpus_site("https://www.vlietoever-psychotherapie.example/voor-wie/",
                       _SPECIALIST.format(tail=". Wij bieden eerst een kortdurende behandeling; blijkt die niet voldoende, dan kijken we samen verder.")
                       .replace("Een therapie bij ons loopt meestal één tot twee jaar.", ""))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_english_short_term_therapy_that_has_not_helped_came_before():
    snap = corpus_site("https://www.vlietoever-therapy.example/who-we-help/",
                       "Who we help\nWe see adults with long-standing problems for whom short-term therapy elsewhere has not helped enough.\n"
                       "Therapy with us usually takes one to two years.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_a_previous_short_treatment_is_no_short_care_of_the_practice():
    snap = corpus_site("https://www.vlietoever-psychotherapie.example/aanmelden/",
                       "Aanmelden\nNa een eerdere kortdurende behandeling bij een andere praktijk kun je hier terecht voor een langer traject. Neem het verslag daarvan mee naar de intake.")
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a banner that ends with its consent buttons

_BANNER_PAGE = """{banner}
Psychologenpraktijk Brasem
Home · Aanbod · Team · Contact
Contact
Ons secretariaat is bereikbaar op werkdagen, 9.15-16.45 uur, via 0511 42 87 90.
Buiten kantoortijd en in een crisis kunt u terecht bij de huisartsenpost Noord (0900 112 33 44); gaat het om acuut levensgevaar: 112."""


def test_a_banner_that_ends_with_its_agree_button_does_not_make_a_privacy_page():
    snap = corpus_site("https://www.praktijkbrasem.example/contact/",
                       _BANNER_PAGE.format(banner="Uw privacy is belangrijk. Deze website zet cookies. [Voorkeuren] [Akkoord]"))
    assert judge("2b-6", snap).status == "voldoet"


def test_an_english_banner_with_its_ok_button_is_a_banner():
    from checks.text.cookies import is_cookie_notice
    assert is_cookie_notice("Your privacy matters. This site stores cookies. [Settings] [OK]")
    # twin: a page's own heading about cookies ends with no button
    assert not is_cookie_notice("Hoe wij omgaan met cookies en uw privacy")


def test_a_privacy_statement_that_mentions_reachability_stays_a_privacy_statement():
    # twin: the page is the privacy statement itself; its words on phone hours are no advice of the page
    snap = corpus_site("https://www.praktijkbrasem.example/privacy/",
                       "Privacyverklaring\nPsychologenpraktijk Brasem verwerkt persoonsgegevens volgens de AVG.\n"
                       "Vragen over deze verklaring? Ons secretariaat is bereikbaar op werkdagen, 9.15-16.45 uur.\n"
                       "Buiten kantoortijd en in een crisis kunt u terecht bij de huisartsenpost Noord (0900 112 33 44); gaat het om acuut levensgevaar: 112.")
    assert judge("2b-6", snap).status != "voldoet"


# --------------------------------------------------------------------------- a course that says it is no treatment

_COURSE = """Training ontspannen met aandacht
Acht avonden lang oefen je in een groep van tien met mindfulness: je richt je aandacht op je adem en je lichaam, merkt gedachten op zonder erin mee te gaan en neemt die houding mee naar je dag.
Zo verloopt het
• Eerst een kort kennismakingsgesprek met een van de twee trainers.
• Dan acht bijeenkomsten van twee uur, op donderdag.
• Een maand na avond acht volgt nog een terugkomavond.
{note}"""


def test_a_training_said_to_be_no_treatment_offers_no_method_and_no_route():
    snap = corpus_site("https://www.praktijkdeschelp.example/ontspannen-met-aandacht/",
                       _COURSE.format(note="Let wel: deze training is geen therapie; de zorgverzekeraar vergoedt haar niet."))
    assert judge("2b-11", snap).status == "voldoet_niet"
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_training_that_is_part_of_the_treatment_offers_its_method():
    # twin: the same training as a part of the practice's care
    snap = corpus_site("https://www.praktijkdeschelp.example/ontspannen-met-aandacht/",
                       _COURSE.format(note="Je volgt de training naast je gesprekken bij ons; de zorgverzekeraar vergoedt haar."))
    assert judge("2b-11", snap).status == "voldoet"


def test_an_english_course_page_that_says_it_is_no_treatment():
    snap = corpus_site("https://www.deschelp-practice.example/courses/mindfulness/",
                       "Mindfulness course\nEight weekly evenings in a small group, in which you practise breathing space, body scan and mindful walking, "
                       "learning to notice thoughts without acting on them.\nThis course is not therapy, and no referral is needed.")
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- given names of younger practitioners

_ABOUT_ME = """Over mij
Hoi, ik ben {name}. Ik studeerde in Nijmegen en was daarna zes jaar behandelaar bij een instelling in Arnhem.
Ik ben GZ-psycholoog (BIG 49057713925) en lid van het NIP en de VGCt."""


def test_a_practitioner_who_introduces_herself_by_a_younger_given_name_is_named():
    for name in ("Jonas Verhoef", "Esmee", "Tobias Brandsma"):
        snap = corpus_site("https://www.praktijk-verhoef.example/over-mij/", _ABOUT_ME.format(name=name))
        assert judge("2b-7", snap).status == "voldoet", name


def test_a_word_that_is_no_given_name_after_ik_ben_names_no_one():
    # twin: "ik ben Gelders" (from Gelderland) gives no name; the registrations without one stay "bijna"
    snap = corpus_site("https://www.praktijk-verhoef.example/over-mij/", _ABOUT_ME.format(name="Gelders van geboorte"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a practitioner of another practice in an apposition

_MEDICATION = """Medicatie
Wij hebben geen eigen voorschrijver in huis. Voor advies over medicijnen werken we samen met dr. Wessel Hanegraaf, psychiater {where} in Delft."""


def test_a_psychiatrist_at_another_named_practice_is_no_practitioner_of_ours():
    snap = corpus_site("https://www.praktijk-klaverweide.example/medicatie/",
                       _MEDICATION.format(where="bij Psychiatriepraktijk Oude Delft"))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_psychiatrist_at_the_practice_itself_stays_ours():
    # twin: the apposition names the site's own practice
    snap = corpus_site("https://www.praktijk-klaverweide.example/medicatie/",
                       _MEDICATION.format(where="bij Praktijk Klaverweide").replace("Wij hebben geen eigen voorschrijver in huis. ", ""))
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- a career in crisis care

def test_a_practitioners_years_in_a_crisis_team_are_no_crisis_advice():
    for career in ("Having started out on a crisis team, I later spent four years at an outpatient clinic in Zwolle.",
                   "Daarvoor werkte ik zeven jaar in het crisisteam van een grote instelling."):
        snap = corpus_site("https://www.lindeboom-therapie.example/over-mij/", f"Over mij\n{career}")
        assert judge("2b-6", snap).status == "voldoet_niet", career


def test_a_crisis_team_to_call_is_still_crisis_advice():
    # twin: the crisis team named as the one to contact
    snap = corpus_site("https://www.lindeboom-therapie.example/over-mij/",
                       "Over mij\nIk werk alleen overdag. Bij een crisis belt u het crisisteam van GGZ Oost via de huisarts.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the basis GGZ as the second of two places to go

_ELSEWHERE = """Over de praktijk
Praktijk Rietvink biedt psychotherapie in de specialistische GGZ. {tail}"""


def test_the_basis_ggz_named_second_as_the_better_place_is_someone_elses_care():
    snap = corpus_site("https://www.praktijkrietvink.example/over/", _ELSEWHERE.format(
        tail="Wie lichtere problemen heeft, is beter geholpen bij de praktijkondersteuner van zijn huisarts of bij een psycholoog binnen de basis GGZ."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_practice_working_in_the_basis_ggz_itself_is_its_own_care():
    # twin: the practice's own care type, with the POH named as another place beside it
    snap = corpus_site("https://www.praktijkrietvink.example/over/", _ELSEWHERE.format(
        tail="Daarnaast werken wij in de basis GGZ. Voor lichtere problemen kunt u ook bij de praktijkondersteuner van uw huisarts terecht."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a greeting before the writer's full name

_GREETING = """About me
{intro} I trained in Groningen and worked for nine years at an outpatient clinic before I set up on my own.
My title is GZ-psycholoog; I am in the BIG register and belong to the NIP."""


def test_a_greeting_before_a_full_name_introduces_the_writer():
    snap = corpus_site("https://www.hollowell-therapy.example/about/", _GREETING.format(intro="Hello, I'm Wiebke Sandhorst."))
    assert judge("2b-7", snap).status == "voldoet"


def test_a_greeting_before_a_single_unknown_word_names_no_one():
    # twin: "Hi, I'm Frisian." is where the writer comes from, not a name
    snap = corpus_site("https://www.hollowell-therapy.example/about/", _GREETING.format(intro="Hi, I'm Frisian."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- work and life back on track

_ON_TRACK = """How I work
Therapy with me is short-term: most people come for six to ten sessions. {aim}"""


def test_getting_work_and_relationships_back_on_track_explains_the_generalist_character():
    snap = corpus_site("https://www.hollowell-therapy.example/how-i-work/", _ON_TRACK.format(
        aim="Together we focus on getting your job and your studies back on track, drawing on the strengths you already have."))
    assert judge("2b-10", snap).status == "voldoet"


def test_getting_the_schedule_back_on_track_explains_nothing():
    # twin: the appointments, not the client's life, get back on track
    snap = corpus_site("https://www.hollowell-therapy.example/how-i-work/", _ON_TRACK.format(
        aim="After a holiday we get the appointments back on track quickly, drawing on the strengths you already have."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- whom the practitioner cannot help

_CANNOT_HELP = """About me
{who} people in an acute crisis, with a psychotic disorder or with a serious addiction. We then look with your GP for care that does fit."""


def test_whom_the_practitioner_cannot_help_is_no_crisis_advice():
    snap = corpus_site("https://www.hollowell-therapy.example/about/", _CANNOT_HELP.format(who="Clients I cannot help online:"))
    assert judge("2b-6", snap).status == "voldoet_niet"
    assert judge("2b-8", snap).status in ("voldoet_bijna", "voldoet")


def test_what_to_do_in_a_crisis_with_the_gp_is_still_crisis_advice():
    # twin: the same people told to go to the GP in a crisis
    snap = corpus_site("https://www.hollowell-therapy.example/about/",
                       "About me\nIn an acute crisis, please call your GP straight away.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- no crisis care, contact your GP

def test_no_crisis_care_with_contact_your_gp_is_reachability_advice_not_an_exclusion():
    snap = corpus_site("https://www.hollowell-therapy.example/waiting-time/",
                       "Waiting time\nThe wait is about five weeks at present.\n"
                       "When things are urgent, contact your GP straight away: we cannot offer crisis care.")
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_no_crisis_care_with_no_one_to_contact_stays_an_exclusion():
    # twin: no one named to contact, beside whom the practice treats: both sides
    snap = corpus_site("https://www.hollowell-therapy.example/who-i-help/",
                       "Who I help\nAdults with anxiety or low mood. We cannot offer crisis care.")
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- a menu between the tagline and the page's own name

def test_a_menu_under_the_sites_tagline_and_over_the_pages_repeated_name_is_a_menu():
    from checks.text.menus import vertical_menu_lines
    lines = ["hulp bij stress en somberheid", "home", "praktijkinfo", "kortdurende behandeling", "aanmelden", "contact",
             "praktijkinfo", "de praktijk is open van maandag tot en met donderdag."]
    assert vertical_menu_lines(lines, [False] * len(lines)) == {1, 2, 3, 4, 5}


def test_short_lines_that_name_no_pages_are_no_menu():
    # twin: a run of short lines with a repeated last line that names groups, not pages, stays text
    from checks.text.menus import vertical_menu_lines
    lines = ["onze groepen", "mindfulness", "assertiviteit", "rouwverwerking", "mindfulness", "de groepen starten in maart."]
    assert vertical_menu_lines(lines, [False] * len(lines)) == set()


def test_kortdurende_behandeling_in_such_a_menu_says_nothing_of_the_care():
    snap = corpus_site("https://www.praktijkdenneboom.example/praktijkinfo/",
                       "Praktijk Denneboom\nhulp bij stress en somberheid\nHome\nPraktijkinfo\nKortdurende behandeling\nAanmelden\nContact\n"
                       "Praktijkinfo\nDe praktijk is open van maandag tot en met donderdag. Op vrijdag zijn wij gesloten.")
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a contact line taken for a heading heads nothing

_CONTACT_LINES = """Contact
Telefoon: 0594 62 18 40
{mail}
Bezoekadres: Lindelaan 3, 9351 AB Leek."""


def test_an_email_line_not_for_urgent_matters_heads_no_exclusion():
    snap = corpus_site("https://www.praktijklindelaan.example/contact/",
                       _CONTACT_LINES.format(mail="E-mail: post@praktijklindelaan.example (niet voor spoedeisende vragen)"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_a_line_not_for_urgent_matters_without_an_address_still_heads_its_section():
    # twin: a heading "Niet voor spoedeisende vragen" over a sentence is a heading as before
    from checks.text import site_text
    snap = corpus_site("https://www.praktijklindelaan.example/contact/",
                       "Contact\nNiet voor spoedeisende vragen\nGebruik hiervoor het contactformulier op deze pagina.")
    unit = next(u for u in site_text(snap).units if u.text.startswith("Gebruik"))
    assert unit.headings[-1] == "niet voor spoedeisende vragen"


# --------------------------------------------------------------------------- the talks that map the complaints

_MAPPING = """Werkwijze
{count}
Pas daarna volgt een plan voor de behandeling."""


def test_the_talks_that_map_the_complaints_count_no_treatment_length():
    snap = corpus_site("https://www.praktijkhoefslag.example/werkwijze/", _MAPPING.format(
        count="Eerst verkennen we in twee à drie afspraken wat er speelt; zo brengen we uw vraag goed in kaart."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_talks_of_the_treatment_still_count_its_length():
    # twin: the count is the treatment's own
    snap = corpus_site("https://www.praktijkhoefslag.example/werkwijze/", _MAPPING.format(
        count="De behandeling zelf bestaat meestal uit zes tot tien afspraken."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_advice_after_what_has_not_worked_is_still_crisis_advice():
    # twin of the career reading: "gewerkt" said of what the client tried is no career
    snap = corpus_site("https://www.lindeboom-therapie.example/contact/",
                       "Contact\nHeeft wat we afspraken in een crisis niet gewerkt, bel dan meteen de huisartsenpost of 112.")
    assert judge("2b-6", snap).status in ("voldoet_bijna", "voldoet")


# --------------------------------------------------------------------------- the staff's own e-learning

_ANNUAL = """Jaarverslag 2024
{line}
Het ziekteverzuim daalde naar 4,1 procent."""


def test_the_staffs_e_learning_is_no_ehealth_for_clients():
    snap = corpus_site("https://www.ggz-heuvelrand.example/jaarverslag-2024/", _ANNUAL.format(
        line="Alle medewerkers hebben dit jaar de e-learning over privacy en beveiliging gevolgd."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_staff_who_help_clients_with_the_modules_still_name_ehealth():
    # twin: the clients are in the sentence
    snap = corpus_site("https://www.ggz-heuvelrand.example/jaarverslag-2024/", _ANNUAL.format(
        line="Onze medewerkers helpen cliënten op weg met de online modules van de e-learning omgeving."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a heading with a word between brackets

_WHEN_NOT = """Schematherapie bij De Kaap
Voor wie?
Volwassenen met patronen die steeds terugkomen in relaties en op het werk.
{heading}
• bij een acute psychose
• bij verslaving als belangrijkste probleem"""


def test_when_not_with_a_word_between_brackets_heads_the_excluded_side():
    snap = corpus_site("https://www.praktijkdekaap.example/schematherapie/", _WHEN_NOT.format(heading="Wanneer (even) niet?"))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_heading_with_brackets_that_is_no_question_of_exclusion_heads_nothing_excluded():
    # twin: "Hoe vaak (per maand)?" asks about frequency, not who is not treated
    snap = corpus_site("https://www.praktijkdekaap.example/schematherapie/", _WHEN_NOT.format(heading="Hoe vaak (per maand)?"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a negation inside a relative clause

def test_a_negation_in_a_relative_clause_does_not_negate_whom_the_practitioner_works_with():
    snap = corpus_site("https://www.praktijkeikhout.example/over-mij/",
                       "Over mij\nIk werk met volwassenen met somberheid, angst of pijnklachten waarvoor de dokter geen verklaring vond.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_negated_verb_still_negates_whom_the_practitioner_works_with():
    # twin: the negation stands in the main clause
    snap = corpus_site("https://www.praktijkeikhout.example/over-mij/",
                       "Over mij\nIk werk niet met volwassenen met somberheid of angst die een verwijzing hebben.")
    assert judge("2b-8", snap).status == "voldoet_niet"  # (no treated side: the frame is negated)
