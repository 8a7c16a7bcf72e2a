"""Readings found with fresh written pages (round 16): who a crisis service is "better suited" for, an advice line
set as label and value, pages on how to get to the building (2b-6); a practice described as one with ten
practitioners, a register number with the profession before it, disciplines as plain lines under "In ons team
werken:", a network's name (2b-7); "Niet in ons aanbod", longer list lines without bullets (2b-8); the end of the
treatment named under a registration heading, a referrer's registration, a partnership page (2b-9); the basis GGZ
at some other practice, a training for colleagues (2b-10); a book page (2b-11); other parties' apps (2b-12).

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from datetime import date

import pytest

from check_helpers import context, corpus_site, judge, judge_site, one_page



# --------------------------------------------------------------------------- 2b-6

def test_a_crisis_service_better_suited_for_some_problems_is_no_reachability_advice():
    snap = one_page("https://praktijkberk.example/niet-geschikt", "Wanneer zijn wij niet de juiste plek?",
                     "Wij behandelen geen acute suïcidaliteit, geen actieve psychose en geen verslaving op de voorgrond.",
                     "Voor deze problemen is een ggz-instelling met een crisisdienst beter geschikt dan onze kleine praktijk.")
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_crisis_service_the_reader_is_told_to_call_still_counts():
    snap = one_page("https://praktijkberk.example/niet-geschikt", "Wanneer zijn wij niet de juiste plek?",
                     "Wij behandelen geen acute suïcidaliteit, geen actieve psychose en geen verslaving op de voorgrond.",
                     "In een crisis buiten onze openingstijden belt u de huisartsenpost; zij schakelen zo nodig de crisisdienst in.")
    assert judge("2b-6", snap).status != "voldoet_niet"


@pytest.mark.parametrize("advice", [
    "Bij spoed buiten kantoortijden: huisartsenpost Zwolle of 112.",
    "In case of an emergency outside office hours: the huisartsenpost or 112.",
])
def test_an_advice_line_set_as_label_and_value_is_the_practices_advice(advice):
    snap = one_page("https://gzpsyberk.example/", "Praktisch",
                     "Ik ben telefonisch bereikbaar op maandag tot en met donderdag van 9 tot 12 uur via 038-4411223.",
                     advice)
    assert judge("2b-6", snap).status == "voldoet"


def test_an_advice_line_in_a_blog_post_stays_general():
    snap = one_page("https://gzpsyberk.example/blog/slecht-slapen", "Blog: vijf tips bij slecht slapen",
                     "Slecht slapen overkomt bijna iedereen weleens.", "Bij spoed buiten kantoortijden: huisartsenpost of 112.")
    assert judge_site("2b-6", snap).status != "voldoet"


def test_the_emergency_department_as_a_landmark_on_a_route_page_is_no_advice():
    snap = corpus_site("https://psyberk.example/route-en-parkeren",
                       "Route en parkeren | Praktijk Berk\n\nOnze praktijk zit op de tweede verdieping van het ziekenhuis; "
                       "uw psycholoog haalt u op in de wachtruimte.\n\nMet de fiets\n\n"
                       "Er is een fietsenrek vlak bij de ingang van de spoedeisende hulp.\n\n"
                       "Met de auto\n\nParkeren kan op het terrein van het ziekenhuis (betaald).")
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_full_advice_on_a_route_page_still_counts():
    snap = corpus_site("https://psyberk.example/route-en-parkeren",
                       "Route en parkeren | Praktijk Berk\n\n"
                       "Wij zijn op werkdagen bereikbaar van 9 tot 17 uur via 038-4411223.\n\n"
                       "Heeft u buiten deze tijden spoed, bel dan de huisartsenpost; bij direct gevaar belt u 112.")
    assert judge_site("2b-6", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-7

@pytest.mark.parametrize("line", [
    "Praktijk Berk is een groepspraktijk in Zwolle met negen behandelaren, onder wie basispsychologen en een psychotherapeut.",
    "Berk Psychology is a group practice in Zwolle with nine therapists: clinical psychologists and a psychotherapist.",
])
def test_the_practice_described_as_one_with_several_practitioners_names_its_disciplines(line):
    assert judge("2b-7", one_page("https://praktijkberk.example/", "Welkom", line)).status == "voldoet_bijna"


def test_a_kind_of_practice_defined_names_no_team():
    line = "Een groepspraktijk is een praktijk met meerdere behandelaren onder één dak."
    assert judge("2b-7", one_page("https://praktijkberk.example/blog/soorten", "Soorten praktijken", line)).status == "voldoet_niet"


def test_a_register_number_after_the_profession_is_a_registration():
    snap = corpus_site("https://psyberk.example/over-mij",
                       "Over mij\n\nNa mijn studie in Groningen werkte ik bij een huisartsenpraktijk; sinds 2018 heb ik mijn eigen praktijk.\n\n"
                       "Registraties\n\nBIG-registratie GZ-psycholoog: 29055512325\n\nLid van het NIP")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_disciplines_as_plain_lines_under_the_teams_lead_in():
    snap = corpus_site("https://werkberk.example/ons-team",
                       "Ons team - Werk en Veerkracht\n\nOns team\n\nWij zijn een klein team met hart voor werkende mensen.\n\n"
                       "In ons team werken:\n\nGZ-psychologen\n\neen arbeids- en organisatiepsycholoog\n\nloopbaanbegeleiders\n\n"
                       "Wij kennen de wereld van werk van binnenuit.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_professions_wanted_under_a_lead_in_name_no_team():
    snap = corpus_site("https://werkberk.example/vacatures",
                       "Vacatures - Werk en Veerkracht\n\nVacatures\n\nWij zoeken per direct:\n\nGZ-psychologen\n\n"
                       "een arbeids- en organisatiepsycholoog\n\nStuur je brief naar ons secretariaat.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_network_whose_name_holds_a_profession_is_no_team():
    line = "Wij zijn lid van het netwerk Psychologen Salland en van de zorggroep Noord."
    assert judge("2b-7", one_page("https://praktijkberk.example/samenwerking", "Samenwerking", line)).status == "voldoet_niet"


def test_the_practices_own_psychologists_registered_still_count():
    line = "Onze psychologen zijn lid van het NIP en BIG-geregistreerd."
    assert judge("2b-7", one_page("https://praktijkberk.example/kwaliteit", "Kwaliteit", line)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-8

def test_not_in_our_offer_heading_opens_the_excluded_side():
    snap = corpus_site("https://praktijkberk.example/aanbod",
                       "Aanbod | Praktijk Berk\n\nPraktijk Berk behandelt volwassenen vanaf 18 jaar.\n\n"
                       "• Angststoornissen\n• Depressieve klachten (licht tot matig)\n• Slaapproblemen\n\n"
                       "Niet in ons aanbod\n\n• Verslaving als hoofdprobleem\n• Psychotische stoornissen\n• Eetstoornissen")
    assert judge("2b-8", snap).status == "voldoet"


def test_the_same_lists_without_the_heading_read_as_treated():
    snap = corpus_site("https://praktijkberk.example/aanbod",
                       "Aanbod | Praktijk Berk\n\nPraktijk Berk behandelt volwassenen vanaf 18 jaar.\n\n"
                       "• Angststoornissen\n• Depressieve klachten (licht tot matig)\n• Slaapproblemen")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_longer_lines_without_bullets_after_the_lead_in_are_its_items():
    snap = corpus_site("https://ouderenpsyberk.example/over-mij",
                       "Over mij\n\nVoor wie?\n\nIk werk met mensen van 65 jaar en ouder die last hebben van bijvoorbeeld:\n\n"
                       "verdriet of somberheid na het overlijden van een dierbare\n\nangst en piekeren\n\n"
                       "moeite met het wennen aan een lichamelijke beperking")
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9

def test_the_end_of_the_treatment_under_a_registration_heading_is_the_end():
    snap = corpus_site("https://jeugdberk.example/aanmelden",
                       "Aanmelden | Jeugdpraktijk Berk\n\nAanmelden\n\nOuders melden hun kind bij ons aan via het formulier.\n\n"
                       "Na de aanmelding volgt eerst een gesprek met de ouders. Daarna bespreken we samen het behandelplan.\n\n"
                       "Om de twaalf weken evalueren we samen de voortgang.\n\n"
                       "Aan het einde van de behandeling volgt een afsluitend gesprek met u en uw kind.")
    assert judge("2b-9", snap).status == "voldoet"


def test_a_closing_conversation_of_the_intake_stays_the_intakes():
    snap = one_page("https://jeugdberk.example/intake", "Intake",
                     "De intake bestaat uit twee gesprekken met u en uw kind.",
                     "We sluiten de intake af met een adviesgesprek.")
    assert judge("2b-9", snap).status != "voldoet"


def test_a_referrers_registration_alone_is_no_route():
    snap = corpus_site("https://ggzberk.example/verwijzers/aanmelden",
                       "Verwijzen | GGZ Berk\n\nHuisartsen en praktijkondersteuners kunnen hun patiënten aanmelden via ZorgDomein.\n\n"
                       "Lukt ZorgDomein niet, stuur de verwijzing dan naar ons aanmeldbureau.\n\n"
                       "Vier keer per jaar sturen wij een nieuwsbrief; u kunt zich hieronder aanmelden.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_referrers_page_that_tells_the_clients_first_steps_still_counts():
    snap = corpus_site("https://ggzberk.example/verwijzers/aanmelden",
                       "Verwijzen | GGZ Berk\n\nU verwijst de patiënt via ZorgDomein.\n\n"
                       "Daarna screenen wij de klachten van de patiënt in een telefonisch gesprek, en nodigen we hem uit voor een intake.")
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_the_steps_of_a_partnership_are_no_route():
    snap = corpus_site("https://berkpsychology.example/en/about/partnerships/crisis-team",
                       "Partnerships | Berk Psychology\n\nOur partnership with the regional crisis team\n\n"
                       "When we conclude that someone needs more acute care than we provide, we hand over quickly.\n\n"
                       "What was agreed?\n\nA shared handover form\n\nA short report to the referring GP after each assessment\n\n"
                       "Evaluation\n\nEvery year the agreements are evaluated with the GPs of the region.")
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10

def test_the_basis_ggz_at_some_other_practice_is_not_the_practices_own():
    snap = one_page("https://psychotherapieberk.example/", "Welkom",
                     "Mijn zorg valt onder de specialistische GGZ en duurt vaak een jaar of langer.",
                     "Voor lichte klachten kunt u beter naar de POH-GGZ bij uw huisarts of naar een praktijk voor basis GGZ.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_practices_own_basis_ggz_still_counts():
    snap = one_page("https://praktijkberk.example/", "Welkom",
                     "Onze praktijk biedt basis GGZ aan volwassenen met lichte tot matige klachten.")
    assert judge("2b-10", snap).status != "voldoet_niet"


def test_a_training_for_colleagues_named_short_is_not_the_practices_care():
    snap = one_page("https://praktijkberk.example/verwijzers", "Voor verwijzers",
                     "Voor praktijkondersteuners bieden wij een geaccrediteerde training 'Kortdurend werken met piekeren' (drie avonden).")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_practices_own_short_care_for_referred_clients_still_counts():
    snap = one_page("https://praktijkberk.example/verwijzers", "Voor verwijzers",
                     "Wij bieden kortdurende behandeling aan de volwassenen die u naar ons verwijst.")
    assert judge("2b-10", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-11

def test_a_book_page_titled_by_the_word_alone_is_no_offer():
    snap = corpus_site("https://praktijkberk.example/boek",
                       "Boek: 'Rustig aan' | Praktijk Berk\n\nHome | Over mij | Boek | Contact\n\n"
                       "In het najaar verscheen mijn boek over leven met een druk hoofd.\n\n"
                       "Inhoud: Deel 3: Oefeningen uit mindfulness en ACT")
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_booking_an_appointment_is_no_book_page():
    snap = corpus_site("https://praktijkberk.example/boek-een-afspraak",
                       "Boek een afspraak | Praktijk Berk\n\nIn de behandeling werk ik met ACT en mindfulness.")
    assert judge_site("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-12

def test_other_parties_apps_while_waiting_are_not_the_practices_ehealth():
    snap = corpus_site("https://berkpsychology.example/en/while-you-wait",
                       "While you wait | Berk Psychology\n\nUseful apps and websites while you wait\n\n"
                       "Below we have collected some apps you may want to try in the meantime.\n\n"
                       "A breathing app with short exercises\n\nA mood diary app to track how you feel\n\n"
                       "Note: the links below go to third-party websites. We cannot vouch for what they say.")
    assert judge_site("2b-12", snap).status == "voldoet_niet"


def test_the_practices_own_app_in_the_treatment_still_counts():
    snap = corpus_site("https://berkpsychology.example/en/ehealth",
                       "eHealth | Berk Psychology\n\nDuring your treatment you use our app with short exercises between sessions; "
                       "your psychologist discusses them with you.")
    assert judge_site("2b-12", snap).status == "voldoet"


# --------------------------------------------------------------------------- second pass (round 16)

def test_a_route_page_still_gives_the_practices_own_phone():
    snap = corpus_site("https://psyberk.example/route-en-parkeren",
                       "Route en parkeren | Praktijk Berk\n\nOnze praktijk vindt u op de eerste etage van het gezondheidshuis.\n\n"
                       "Met de auto\n\nU parkeert gratis achter het gebouw.\n\n"
                       "Kunt u het gebouw niet vinden? Bel ons gerust: 038-4411223 (maandag tot en met donderdag).")
    assert judge_site("2b-6", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    "Wij zijn Anne de Vries en Jeroen Smit.",
    "We are Anne de Vries and Jeroen Smit.",
])
def test_practitioners_presenting_themselves_in_the_plural_are_named(line):
    snap = one_page("https://praktijkberk.example/", "Welkom",
                     "Praktijk Berk helpt volwassenen uit de regio met psychische klachten.", line)
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_we_are_a_practice_names_no_one():
    snap = one_page("https://praktijkberk.example/", "Welkom", "Wij zijn Praktijk Berk, een kleine praktijk in Zwolle.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_client_groups_left_out_of_the_offer_are_excluded():
    snap = one_page("https://praktijkberk.example/aanbod", "Aanbod",
                     "Ik behandel volwassenen met angst, somberheid en stress.",
                     "Kinderen en jongeren behoren niet tot het aanbod van mijn praktijk.")
    assert judge("2b-8", snap).status == "voldoet"


def test_the_offer_without_anything_left_out_stays_one_side():
    snap = one_page("https://praktijkberk.example/aanbod", "Aanbod",
                     "Ik behandel volwassenen met angst, somberheid en stress.",
                     "Ook partners en kinderen zijn soms welkom bij een gesprek.")
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_route_told_as_a_chain_of_steps_between_dashes():
    chain = "Aanmelden – intakegesprek – behandelplan opstellen – gesprekken met evaluatie halverwege – afsluitend gesprek, met een brief voor de huisarts."
    assert judge("2b-9", one_page("https://praktijkberk.example/", "Zo verloopt het", chain)).status == "voldoet"
    # ... also where the first link names the referral letter (a sentence on the letter is otherwise read clause by clause)
    snap = one_page("https://praktijkberk.example/", "Welkom",
                     "Ik help volwassenen die door stress, somberheid of angst niet meer verder komen.",
                     "Wij spreken vooraf een beperkt aantal gesprekken af en evalueren halverwege of we op koers liggen.",
                     "# Zo verloopt het", "Aanmelden met verwijsbrief – " + chain.split(" – ", 1)[1])
    assert judge("2b-9", snap).status == "voldoet"


def test_a_menu_of_three_links_is_no_chain_of_steps():
    snap = one_page("https://praktijkberk.example/", "Welkom", "Home – Over ons – Contact",
                     "Ik help volwassenen met stress en somberheid.")
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_talks_counted_under_an_intake_heading_are_the_intakes():
    snap = corpus_site("https://psychotherapieberk.example/werkwijze",
                       "Werkwijze\n\nIntake\n\nIn twee of drie gesprekken brengen we samen in kaart wat er speelt en wat u anders wilt.\n\n"
                       "Behandeling\n\nDe gesprekken duren 50 minuten en vinden eens per week plaats.")
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_talks_counted_under_a_treatment_heading_still_count():
    snap = corpus_site("https://psychotherapieberk.example/werkwijze",
                       "Werkwijze\n\nBehandeling\n\nIn zes tot acht gesprekken werken we samen aan uw doelen.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- third pass (round 16)

def test_a_year_in_the_practitioners_history_does_not_date_the_grade():
    snap = one_page("https://ouderenpsyberk.example/", "Welkom",
                     "Ik werkte vijftien jaar in een verpleeghuis voordat ik in 2019 mijn eigen praktijk begon.",
                     "Cliënten waarderen de praktijk met een 8,7 in het cliënttevredenheidsonderzoek (CQI).")
    found = judge("2b-13", snap)
    assert found.status == "voldoet_bijna" and found.details["cqi_year"] is None


def test_a_measurement_year_in_the_section_still_dates_the_grade():
    snap = one_page("https://ouderenpsyberk.example/kwaliteit", "Cliëntervaringen",
                     "De meting over 2019 is afgerond.",
                     "Cliënten waarderen de praktijk met een 8,7 in het cliënttevredenheidsonderzoek (CQI).")
    assert judge("2b-13", snap).details["cqi_year"] == 2019


def test_a_profession_in_a_quoted_name_is_no_discipline():
    snap = one_page("https://psyberk.example/voor-verwijzers", "Voor verwijzers",
                     "U kunt uw patiënt verwijzen via ZorgDomein; u vindt ons onder de naam 'Psychologen Berkhout'.")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_profession_outside_the_quotes_still_counts():
    snap = one_page("https://psyberk.example/over-ons", "Over ons",
                     "In onze praktijk 'De Berk' zijn drie GZ-psychologen en een psychotherapeut werkzaam.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    "Wel hebben al onze behandelaars ruime ervaring met queer en trans cliënten.",
    "Al onze behandelaren zijn gespecialiseerd in trauma.",
    "All of our therapists have experience with expat families.",
])
def test_all_the_practitioners_described_without_names(line):
    assert judge("2b-7", one_page("https://psyberk.example/faq", "Veelgestelde vragen", line)).status == "voldoet_bijna"


def test_a_reader_asked_about_experience_is_no_team():
    line = "Heeft u al veel ervaring met therapie gehad?"
    assert judge("2b-7", one_page("https://psyberk.example/faq", "Veelgestelde vragen", line)).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Voor overleg over een patiënt belt u op werkdagen tussen 12.00 en 13.00 uur met 038-4411223.",
    "GPs who want to discuss a patient before referring can reach our intake coordinator on weekdays between 12:30 and 13:30 at 038-4411223.",
])
def test_a_line_for_referrers_to_talk_over_a_patient_is_no_reachability(line):
    assert judge("2b-6", one_page("https://psyberk.example/verwijzers", "Voor verwijzers", line)).status == "voldoet_niet"


def test_the_practices_own_phone_hours_on_the_same_page_still_count():
    snap = one_page("https://psyberk.example/verwijzers", "Voor verwijzers",
                     "Voor overleg over een patiënt belt u op werkdagen tussen 12.00 en 13.00 uur.",
                     "Cliënten bereiken het secretariaat op werkdagen van 9.00 tot 12.00 uur via 038-4411223.")
    assert judge("2b-6", snap).status == "voldoet_bijna"


def test_an_evening_for_parents_admits_no_clients():
    snap = corpus_site("https://kinderpsyberk.example/ouderavonden",
                       "Ouderavonden | Kinderpraktijk Berk\n\nOuderavonden\n\nDeze ouderavonden zijn er voor ouders van kinderen van 6 tot 12 jaar "
                       "die veel piekeren of angstig zijn.\n\nDe avonden zijn niet bedoeld voor ouders van kinderen in een acute crisis.\n\n"
                       "Aanmelden kan via het formulier hieronder.")
    assert judge_site("2b-8", snap).status == "voldoet_niet"


def test_the_practices_own_page_for_children_still_names_its_clients():
    snap = corpus_site("https://kinderpsyberk.example/voor-wie",
                       "Voor wie | Kinderpraktijk Berk\n\nWij behandelen kinderen van 6 tot 12 jaar die veel piekeren of angstig zijn.")
    assert judge_site("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- fourth pass (round 16)

@pytest.mark.parametrize("name", ["Yusuf Demir", "Hatice Yilmaz", "Khadija El Amrani"])
def test_turkish_and_arabic_given_names_are_names(name):
    given = name.split()[0]
    snap = one_page("https://psyberk.example/nieuws/nieuwe-collega", f"Nieuwe collega: {name}",
                     f"Met veel plezier verwelkomen we een nieuwe collega in ons team: {name}.",
                     f"{given} werkt als GZ-psycholoog en is BIG-geregistreerd.")
    assert judge("2b-7", snap).status == "voldoet"


def test_a_turkish_name_that_is_an_english_word_stays_a_word():
    snap = one_page("https://psyberk.example/en/faq", "FAQ", "Can I bring my partner? Yes, partners are welcome.")
    assert judge("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Our psychiatrist, our two psychologists and a nurse specialist work closely together.",
    "Een psychiater, twee psychologen en een verpleegkundig specialist werken nauw samen.",
    "Een team van nuchtere psychologen met oog voor de mens.",
])
def test_the_disciplines_of_the_practice_without_names(line):
    assert judge("2b-7", one_page("https://psyberk.example/praktijk", "De praktijk", line)).status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    "Een psycholoog en een psychiater werken vaak samen.",
    "In de ggz werkt vaak een team van psychologen en psychiaters samen.",
    "Wil jij ons team van psychologen komen versterken?",
])
def test_disciplines_in_general_or_wanted_are_no_team(line):
    assert judge("2b-7", one_page("https://psyberk.example/blog/samenwerken", "Blog", line)).status == "voldoet_niet"


def test_given_names_under_photo_placeholders_on_a_team_page():
    snap = corpus_site("https://ggzberk.example/locaties/oost/team",
                       "Team Oost | GGZ Berk\n\nTeam Oost\n\nOp onze locatie Oost werkt een vast team. Wij stellen ons graag aan u voor.\n\n"
                       "[foto] Marloes\n\n[foto] Ruben\n\n[foto] Sanne\n\nHet gebouw\n\nOnze locatie zit in het gezondheidshuis.")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_photo_placeholders_of_the_building_name_no_one():
    snap = corpus_site("https://ggzberk.example/locaties/oost",
                       "Locatie Oost | GGZ Berk\n\nLocatie Oost\n\n[foto] Wachtkamer\n\n[foto] Ingang\n\n[foto] Tuin\n\n"
                       "Onze locatie zit in het gezondheidshuis.")
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- fifth pass (round 16)

def test_a_result_line_dates_the_grade_below_it():
    snap = corpus_site("https://psyberk.example/kwaliteit",
                       "Kwaliteit | Praktijk Berk\n\nNa de behandeling sturen wij cliënten de CQ-index, een landelijke vragenlijst over hun ervaringen.\n\n"
                       "Resultaat 2024\n\nGemiddeld rapportcijfer: 8,2 (schaal 1-10)")
    found = judge("2b-13", snap, context(2025, date(2025, 3, 1)))
    assert found.status == "voldoet" and found.details["cqi_year"] == 2024


@pytest.mark.parametrize("lines", [
    ("Studenten geven ons een 9,0", "Dat blijkt uit onze eigen enquête onder studenten die klaar zijn met hun behandeling."),
    ("Op Zorgkaart Nederland delen cliënten hun ervaring.", "Met 41 waarderingen staat de praktijk daar gemiddeld op een 9,3."),
])
def test_a_satisfaction_grade_without_the_cqi_is_a_part(lines):
    snap = one_page("https://psyberk.example/", "Welkom", *lines)
    found = judge("2b-13", snap)
    assert found.status == "voldoet_bijna" and found.details.get("cqi") is False


def test_a_number_of_students_is_no_grade():
    snap = one_page("https://psyberk.example/", "Welkom", "Vorig jaar hielpen we 9 studenten per week aan een eerste gesprek.")
    assert judge("2b-13", snap).status == "voldoet_niet"


@pytest.mark.parametrize("line", [
    "Your insurer pays when your GP gives you a referral to the ‘basis GGZ’.",
    "We provide both basic and specialised mental health care in English.",
])
def test_the_basis_ggz_named_in_english_wordings(line):
    assert judge("2b-10", one_page("https://expatberk.example/faq", "FAQ", line)).status == "voldoet_bijna"


def test_specialised_care_alone_names_no_basis_ggz():
    line = "We provide specialised mental health care in English."
    assert judge("2b-10", one_page("https://expatberk.example/faq", "FAQ", line)).status == "voldoet_niet"


def test_a_count_with_school_and_solving_things_yourself_is_explained():
    snap = one_page("https://tienerberk.example/vragen", "Hoe lang duurt het?",
                     "Je komt meestal zes tot tien keer. Kort en praktisch dus: het doel is dat je weer gewoon naar school gaat "
                     "en dingen zelf kunt oplossen.")
    assert judge("2b-10", snap).status == "voldoet"


def test_a_count_alone_stays_a_part():
    snap = one_page("https://tienerberk.example/vragen", "Hoe lang duurt het?", "Je komt meestal zes tot tien keer.")
    assert judge("2b-10", snap).status == "voldoet_bijna"
