"""2b-9: care routes told in everyday words (own passages, written for these tests).

The middle phase is often told without the words "behandelplan" or "behandelfase": a plan made
together, a number of sessions, a frequency, a look at how it is going. A look back in the last
meeting is the end, not an interim evaluation."""
from __future__ import annotations

import pytest

from check_helpers import corpus_site, judge, judge_site, page, site


def test_own_route_with_plan_and_check_ins_voldoet():
    snap = site(page("https://praktijk.example/over-mij", "# Hoe ik werk",
                     "Na je aanmelding bel ik je voor een kort telefonisch gesprek.",
                     "Daarna plannen we een intake waarin je vertelt waar je tegenaan loopt.",
                     "Samen maken we een plan.",
                     "Om de paar weken bespreken we hoe het gaat.",
                     "We ronden af als het doel bereikt is."))
    assert judge("2b-9", snap).status == "voldoet"


def test_english_youth_route_with_a_few_sessions_voldoet():
    snap = site(page("https://praktijk.example/en/how-it-works", "# How does it work?",
                     "Parents register their child through the form and we start with a meeting with the parents.",
                     "After that, your child meets the psychologist a few times.",
                     "Together we make a plan.",
                     "Every six sessions we sit down with the parents to see how things are going.",
                     "When things are going well, we finish with a closing session."))
    assert judge("2b-9", snap).status == "voldoet"


def test_home_visits_a_number_of_times_voldoet():
    snap = site(page("https://praktijk.example/hoe-verloopt-de-hulp", "# Hoe verloopt de hulp?",
                     "Uw huisarts meldt u bij ons aan.",
                     "Wij komen bij u thuis voor een eerste gesprek.",
                     "Daarna komen we een aantal keer terug.",
                     "Als de hulp klaar is, hebben we een afsluitend gesprek en krijgt uw huisarts bericht."))
    assert judge("2b-9", snap).status == "voldoet"


def test_numbers_on_their_own_lines_over_headings_voldoet():
    text = ("Werkwijze\n\n1\nAanmelden\nVia het formulier of telefonisch.\n\n2\nKennismaking\nEen vrijblijvend gesprek van een half uur.\n\n"
            "3\nBehandeling\nWekelijkse of tweewekelijkse gesprekken.\n\n4\nAfsluiten\nEen eindgesprek waarin we terugkijken.\n")
    f = judge_site("2b-9", corpus_site("https://praktijkvoorbeeld.nl/werkwijze/", text))
    assert f.status == "voldoet"


def test_look_back_in_last_meeting_is_no_middle_phase():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "U kunt zich aanmelden met een verwijsbrief van uw huisarts.",
                     "Daarna ontvangt u een uitnodiging voor het intakegesprek.",
                     "In het laatste gesprek kijken we samen terug en bespreken we hoe u terugval kunt voorkomen.",
                     "Uw huisarts ontvangt een afsluitende brief."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("items", [
    ("# Nieuwsbrief", "Vul je naam en e-mailadres in.",
     "Na je aanmelding ontvang je een bevestigingsmail; klik op de link om je inschrijving af te ronden.",
     "Daarna ontvang je een aantal keer per jaar onze nieuwsbrief."),
    ("# Blog: wat gebeurt er in therapie?",
     "Onderzoek laat zien dat therapie in het algemeen begint met het leren kennen van elkaar.",
     "Veel mensen gaan daarna een aantal keer in gesprek.",
     "Een therapie eindigt meestal als iemand merkt dat hij weer zelf verder kan."),
    ("# Vergoeding", "De behandeling wordt vergoed vanuit het basispakket.",
     "Na afloop van elke maand declareren wij de geleverde zorg bij uw zorgverzekeraar.",
     "Uw verzekeraar verrekent daarna het eigen risico met u."),
])
def test_near_misses_are_not_a_full_route(items):
    snap = site(page("https://praktijk.example/info", *items))
    assert judge("2b-9", snap).status != "voldoet"


def test_treatment_agreement_page_is_no_route():
    snap = site(page("https://praktijk.example/behandelovereenkomst", "# De behandelovereenkomst",
                     "Bij het begin van het contact ondertekent u een behandelovereenkomst.",
                     "Daarin leggen wij vast wat we samen afspreken, zoals de afzegregeling.",
                     "# Opzeggen",
                     "U kunt de overeenkomst altijd beëindigen."))
    assert judge("2b-9", snap).status == "voldoet_niet"


@pytest.mark.parametrize("url,items", [
    ("https://praktijk.example/voorwaarden-cursussen", ("# Inschrijving voor cursussen",
     "Uw inschrijving is definitief zodra het formulier en de aanbetaling binnen zijn.", "Daarna ontvangt u een bevestiging.")),
    ("https://praktijk.example/wetenschappelijk-onderzoek", ("# Meedoen aan wetenschappelijk onderzoek",
     "Wij werken mee aan een studie naar piekeren.", "# Aanmelden",
     "Aanmelden gaat via het formulier op de website van de onderzoekers.")),
])
def test_registration_for_a_course_or_study_is_no_client_route(url, items):
    assert judge("2b-9", site(page(url, *items))).status == "voldoet_niet"


def test_referrer_page_telling_the_clients_first_step_stays_a_part():
    snap = site(page("https://praktijk.example/voor-verwijzers", "# Voor verwijzers",
                     "Na uw verwijzing meldt de cliënt zich zelf bij ons aan via het formulier.",
                     "Daarna nodigen wij de cliënt uit voor een intakegesprek."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("items", [
    ("# Welkom", "Loop je vast in je werk of je relatie?", "Plan een gratis kennismakingsgesprek van een kwartier om te kijken of het klikt."),
    ("# Welcome", "Feeling stuck?", "Book a free 15-minute consultation to find out whether we are a good fit."),
    ("# Veelgestelde vragen", "Hoe meld ik me aan?", "Dat kan via het contactformulier of door ons te bellen."),
    ("# Jeugd", "We beginnen altijd met een oudergesprek, zonder uw kind erbij."),
    ("# Hoe werkt het?", "Stap 1: Aanmelden", "Stap 2: Intake", "Stap 3: Behandeling", "Stap 4: Afronding"),
    ("# Werkwijze", "Aanmelding → Intake → Behandeling → Afsluiting"),
])
def test_a_part_of_the_route_told_briefly_is_bijna(items):
    assert judge("2b-9", site(page("https://praktijk.example/info", *items))).status == "voldoet_bijna"


@pytest.mark.parametrize("items", [
    ("# Nieuwsbrief", "Meld je aan voor onze nieuwsbrief en plan een gratis kennismakingsgesprek met een van onze trainers voor de cursus."),
    ("# Veelgestelde vragen", "Hoe lang duurt de intake?", "Ongeveer een uur, soms iets langer."),
    ("# Veelgestelde vragen", "Heb ik een verwijzing nodig?", "Voor vergoeding door uw zorgverzekeraar heeft u een verwijsbrief nodig."),
    ("# Tarieven", "Intake → 120 euro", "Behandelsessie → 100 euro", "Afsluiting → 100 euro"),
])
def test_brief_mentions_that_are_no_route(items):
    assert judge("2b-9", site(page("https://praktijk.example/info", *items))).status == "voldoet_niet"


def test_numbered_labels_over_paragraphs_in_english_voldoet():
    text = ("The process\n\n1. Reach out\nSend us a message or give us a call and we will get back to you.\n\n"
            "2. Intake\nIn one or two sessions we explore what brings you here.\n\n"
            "3. Working together\nWe meet every week or every other week and take stock of your progress now and then.\n\n"
            "4. Wrapping up\nWhen you feel ready, we plan our final sessions and look at how you can keep going.\n")
    assert judge_site("2b-9", corpus_site("https://therapyvoorbeeld.com/process/", text)).status == "voldoet"


def test_control_appointments_are_the_middle_phase():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Na een verwijzing van uw huisarts ontvangt u een uitnodiging voor het eerste consult.",
                     "Als er medicatie wordt gestart, volgen enkele controleafspraken.",
                     "Daarna wordt u terugverwezen naar uw huisarts."))
    assert judge("2b-9", snap).status == "voldoet"


def test_terms_article_on_the_treatment_reads_as_a_step_but_not_the_agreement():
    snap = site(page("https://praktijk.example/algemene-voorwaarden", "# Algemene voorwaarden",
                     "# Artikel 3 Evaluatie", "De behandeling wordt na elke acht gesprekken met de cliënt geëvalueerd.",
                     "# Artikel 4 Beëindiging", "De behandeling wordt afgesloten met een eindgesprek.",
                     "# Artikel 5 Opzegging", "De overeenkomst eindigt door opzegging door een van beide partijen.", title="Algemene voorwaarden"))
    assert judge("2b-9", snap).status == "voldoet_bijna"
    only_agreement = site(page("https://praktijk.example/algemene-voorwaarden", "# Algemene voorwaarden",
                               "# Artikel 4 Beëindiging", "De overeenkomst eindigt wanneer de behandeling is afgerond of wordt opgezegd.",
                               title="Algemene voorwaarden"))
    assert judge("2b-9", only_agreement).status == "voldoet_niet"


def test_blog_post_telling_the_practices_own_route_voldoet():
    snap = site(page("https://praktijk.example/blog/hoe-verloopt-therapie-bij-ons", "# Hoe verloopt therapie bij ons?",
                     "Bij ons begint het met een intakegesprek.", "Daarna stellen we samen een behandelplan op.",
                     "Tijdens de behandeling evalueren we regelmatig.", "We sluiten af met een eindgesprek.", title="Blog"))
    assert judge_site("2b-9", snap).status == "voldoet"


def test_blog_post_on_therapy_in_general_stays_niet():
    snap = site(page("https://praktijk.example/blog/fasen", "# De fasen van therapie",
                     "Een therapie begint meestal met een intake.", "Daarna volgen vaak gesprekken.",
                     "Therapie eindigt doorgaans als de doelen bereikt zijn.", title="Blog"))
    assert judge_site("2b-9", snap).status == "voldoet_niet"


def test_question_on_what_follows_the_sign_up_asks_for_the_route():
    snap = site(page("https://praktijk.example/en/faq", "# FAQ", "What happens after I sign up?",
                     "We will call you to plan an intake.", "After the intake we agree on a treatment plan.",
                     "We review it regularly.", "Treatment ends with a final evaluation.", title="FAQ"))
    assert judge_site("2b-9", snap).status == "voldoet"


@pytest.mark.parametrize("items", [
    ("# Werkwijze", "Eerste stap: aanmelden", "Je meldt je aan via het formulier op de website.", "Tweede stap: intake",
     "In twee gesprekken brengen we je klachten in kaart.", "Derde stap: behandeling", "We werken in ongeveer tien gesprekken aan je doelen.",
     "Vierde stap: afronding", "In het laatste gesprek blikken we terug."),
    ("# Werkwijze", "✔ Aanmelding", "Aanmelden doet u via het formulier op deze website.", "✔ Intake",
     "In de intake bespreken we wat er speelt en wat u wilt bereiken.", "✔ Behandeling", "Daarna volgt de behandeling, meestal om de week.",
     "✔ Afronding", "We ronden af met een eindgesprek."),
    ("# How we work", "Step one: get in touch by phone or e-mail.", "Step two: an intake of one or two sessions.",
     "Step three: therapy sessions, usually every week.", "Step four: we close with a final session and a letter to your GP."),
])
def test_steps_numbered_in_words_or_marked_voldoet(items):
    assert judge_site("2b-9", site(page("https://praktijk.example/werkwijze", *items, title="Werkwijze"))).status == "voldoet"


def test_feature_ticks_are_no_route():
    snap = site(page("https://praktijk.example/", "# Waarom bij ons?", "✔ Geen wachtlijst", "✔ Vergoed door je zorgverzekeraar",
                     "✔ Avond- en weekendafspraken mogelijk", "✔ Ervaren psychologen", title="Home"))
    assert judge_site("2b-9", snap).status == "voldoet_niet"


@pytest.mark.parametrize("items,expected", [
    (("# Aanmelden", "Met een verwijsbrief van uw huisarts kunt u zich aanmelden via het formulier op deze website."), "voldoet_bijna"),
    (("# Werkwijze", "Na uw aanmelding komt u op de wachtlijst; zodra er plek is nodigen we u uit voor een intakegesprek."), "voldoet_bijna"),
    pytest.param(("# Werkwijze", "Het eerste gesprek is een kennismaking, waarvoor geen kosten in rekening worden gebracht."), "voldoet_bijna",
                 marks=pytest.mark.xfail(reason="known gap: reading route clauses beside money made a set-aside site worse; sentences with money words stay unread", strict=True)),
    pytest.param(("# Werkwijze", "Na de aanmelding plannen we een intake.", "Daarna volgen de behandelgesprekken, die worden vergoed door uw zorgverzekeraar.",
                  "Aan het eind sluiten we af met een evaluatie."), "voldoet",
                 marks=pytest.mark.xfail(reason="known gap: see above", strict=True)),
    (("# Tarieven", "Na afronding van de behandeling ontvangt u de factuur.", "Het intakegesprek kost 120 euro."), "voldoet_niet"),
    (("# Tarieven", "Het eigen risico rekenen wij per kalenderjaar af, en opnieuw (indien uw traject dan nog niet is afgerond) in het jaar daarna."), "voldoet_niet"),
    (("# Wachttijd", "De wachttijd tot de intake is zes weken."), "voldoet_niet"),
    (("# Vergoeding", "Wilt u de brief van de huisarts meenemen naar het eerste gesprek?"), "voldoet_niet"),
    (("# Vergoeding", "Zonder verwijsbrief krijgt u niets vergoed; een gesprek zonder verwijzing kost dan 95 euro, een vervolggesprek 85 euro."), "voldoet_niet"),
])
def test_route_clause_beside_the_letter_or_the_wait(items, expected):
    assert judge("2b-9", site(page("https://praktijk.example/info", *items))).status == expected


def test_first_sessions_in_plural_and_home_visits():
    parts = site(page("https://praktijk.example/traject", "# Het traject", "# Verkennen",
                      "In de eerste twee gesprekken verkennen we je vraag en stellen we samen je doelen vast.",
                      "# Veranderen", "In de gesprekken die volgen werk je aan je doelen.",
                      "# Verankeren", "We bouwen de gesprekken af en plannen na drie maanden een terugkomgesprek."))
    assert judge("2b-9", parts).status == "voldoet"
    visits = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                       "Na de verwijzing door uw huisarts maak ik een afspraak voor een eerste bezoek.",
                       "Daarna bezoek ik u een aantal keren.", "Na een paar bezoeken kijken we samen of het helpt.",
                       "Als het weer beter gaat, ronden we de begeleiding af."))
    assert judge("2b-9", visits).status == "voldoet"
