"""2b-7: general ways of writing the practice's people that the check did not read (passages written for these tests).

The reader as the subject of the care in the passive ("u wordt behandeld door een GZ-psycholoog"), the practice's own
name as employer or place of work with the verb after the professions ("Praktijk X heeft twee psychologen in dienst",
"At X, psychologists ... work together"), a team label folded into the line ("Het team: ...", "Wie werken er? ...")
are "voldoet bijna" without a name; a profession as the title right before a name in a short line ("Onze psycholoog
Hanneke Bos ziet ...") is "voldoet" on a people page."""
import pytest

from check_helpers import judge, judge_site, page, site

P = "https://praktijkdeberkenhof.example"


def _status(text: str, path: str = "/over-ons", title: str = "Over ons") -> str:
    return judge("2b-7", site(page(P + path, "# " + title, text, title=title))).status


@pytest.mark.parametrize("text", [
    "U wordt behandeld door een GZ-psycholoog of een psychotherapeut.",
    "Je wordt gedurende het hele traject begeleid door een ervaren psychotherapeut.",
    "Jij wordt bij ons geholpen door een van de GZ-psychologen.",
    "You will be treated by a registered healthcare psychologist.",
    "You are always seen by an experienced psychotherapist.",
])
def test_the_reader_treated_by_a_profession_subject_first_is_bijna(text):
    assert _status(text, "/werkwijze", "Werkwijze") == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Als je wordt behandeld door een psycholoog zonder contract, betaal je een deel zelf.",
    "If you are treated by a psychologist without a contract, you pay part of the fee yourself.",
    "In de basis-ggz word je meestal behandeld door een psycholoog.",
    "You are usually seen by a psychologist in primary care.",
])
def test_a_condition_or_the_sector_is_no_team(text):
    assert _status(text, "/vergoeding", "Vergoeding") == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Praktijk De Berkenhof heeft drie GZ-psychologen en een psychiater in dienst.",
    "Praktijk De Berkenhof telt vier psychologen en twee psychotherapeuten.",
    "Praktijk De Berkenhof employs three psychologists and a psychiatrist.",
    "At Praktijk De Berkenhof, psychologists and psychotherapists work together.",
    "Praktijk De Berkenhof has two psychotherapists on its staff.",
])
def test_the_practice_named_as_employer_of_professions_is_bijna(text):
    assert _status(text, "/praktijk", "De praktijk") == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Praktijk De Berkenhof heeft geen psychiater in dienst.",
    "Praktijk De Berkenhof heeft een wachtlijst van vier weken.",
    "At Praktijk De Berkenhof, we refer to psychiatrists who work nearby.",
])
def test_the_practice_named_without_its_people_is_no_team(text):
    assert _status(text, "/praktijk", "De praktijk") == "voldoet_niet"


@pytest.mark.parametrize("items", [
    ["Het team: psycholoog, GZ-psycholoog, psychotherapeut en psychiater."],
    ["Ons behandelteam: twee GZ-psychologen, een systeemtherapeut en een verpleegkundig specialist."],
    ["Wie werken er? Psychologen, GZ-psychologen en een psychiater."],
    ["Our staff: a clinical psychologist, two psychotherapists and a psychiatrist."],
])
def test_a_team_label_folded_into_the_line_is_bijna(items):
    assert _status(*items, path="/praktijk", title="De praktijk") == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Het team: we zijn op vakantie van 1 tot 15 augustus.",
    "Wie werken er? Dat lees je binnenkort op deze pagina.",
])
def test_a_team_label_without_professions_is_no_team(text):
    assert _status(text, "/praktijk", "De praktijk") == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Onze psycholoog Hanneke Bos ziet cliënten op dinsdag.",
    "Our psychologist Hanneke Bos sees clients on Tuesdays.",
    "Psychotherapeut Hanneke Bos werkt op maandag.",
    "Our psychotherapist Joost sees couples.",
])
def test_a_profession_as_title_before_a_name_in_a_short_line_is_voldoet(text):
    assert _status(text) == "voldoet"


@pytest.mark.parametrize("text", [
    "Mijn psycholoog Hanneke hielp me enorm.",
    "Uw psycholoog Hanneke belt u terug.",
])
def test_a_clients_or_the_readers_psychologist_before_a_name_is_not_voldoet(text):
    assert _status(text, "/ervaringen", "Ervaringen") != "voldoet"


# ----------------------------------------------------------------------------- a colleague's own story under "werken bij"

@pytest.mark.parametrize("text", [
    "Van huis uit ben ik GZ-psycholoog; sinds 2018 werk ik hier in het team volwassenen.",
    "Ik werk nu zes jaar als psychotherapeut bij de praktijk en begeleid vooral jongvolwassenen.",
    "Ik heb een GZ-psycholoog-achtergrond en werk nu in het wijkteam.",
    "I trained as a clinical psychologist and have worked in this team since 2019.",
])
def test_a_colleague_telling_their_own_profession_on_a_werken_bij_page_is_bijna(text):
    assert _status(text, "/werken-bij/verhalen/een-dag-uit-het-leven", "Werken bij") == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "Als GZ-psycholoog ben je verantwoordelijk voor de diagnostiek en de behandeling.",
    "Je bent BIG-geregistreerd als GZ-psycholoog en hebt ervaring met CGT.",
    "Ik ben de praktijkhouder en wij zoeken een GZ-psycholoog voor 24 uur per week.",
    "You are a registered psychologist and I look forward to your letter.",
    "Heb ik als psycholoog in opleiding ook een plek bij jullie?",
])
def test_the_advert_s_own_words_on_a_vacancy_page_are_no_team(text):
    assert _status(text, "/werken-bij/vacatures/gz-psycholoog", "Vacature GZ-psycholoog") == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Ik heb een psychotherapeut-achtergrond en werk al twintig jaar met volwassenen.",
    "I have a psychotherapist background and have worked with adults for twenty years.",
])
def test_the_writers_profession_as_background_is_bijna(text):
    assert _status(text) == "voldoet_bijna"


def test_a_client_who_has_a_psychologist_is_no_team():
    assert _status("Ik heb een psycholoog gezocht die bij me paste.", "/ervaringen", "Ervaringen") == "voldoet_niet"


# ----------------------------------------------------------------------------- a named employee in an interview frame

@pytest.mark.parametrize("text", [
    "Vorige week sprak de regionale krant met Lieke Jansen, GZ-psycholoog bij Praktijk De Berkenhof, over somberheid.",
    "Last month the local radio talked to Lieke Jansen, psychotherapist at Praktijk De Berkenhof, about stress at work.",
    "Op het congres gaf Lieke Jansen, klinisch psycholoog bij Praktijk De Berkenhof, een lezing over angst.",
])
def test_a_named_person_placed_at_the_practice_in_an_interview_is_voldoet(text):
    assert _status(text, "/nieuws/interview", "Nieuws") == "voldoet"


@pytest.mark.parametrize("text", [
    "Op het congres sprak Lieke Jansen, psycholoog bij GGZ Oost, over angst.",
    "At the conference, Lieke Jansen, a psychologist with GGZ Oost, spoke about anxiety.",
])
def test_a_named_person_of_another_organisation_is_not_voldoet(text):
    assert _status(text, "/nieuws/interview", "Nieuws") != "voldoet"


def test_a_colleague_story_under_werken_bij_is_bijna_for_the_whole_site():
    snap = site(page(P + "/werken-bij/verhalen/mijn-werkdag", "# Werken bij: verhalen van collega's",
                     "Van oorsprong ben ik psychotherapeut; nu werk ik vier dagen per week in het team jeugd.",
                     "Wat ik mooi vind aan dit werk: dat mensen weer verder kunnen.", title="Werken bij"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("items", [
    ["Wij zoeken een GZ-psycholoog voor 24 uur per week.", "Je bent BIG-geregistreerd en hebt ervaring met CGT."],
    ["Als psychotherapeut werk je in een klein team.", "Heb je vragen? Bel dan met de praktijkhouder."],
    ["We are looking for a registered psychologist.", "You have at least two years of experience with adults."],
])
def test_a_vacancy_advert_stays_no_team_for_the_whole_site(items):
    snap = site(page(P + "/vacatures/psycholoog", "# Vacature", *items, title="Vacature"))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


# ----------------------------------------------------------------------------- a team counted in words above ten

@pytest.mark.parametrize("text", [
    "Wij hebben vier locaties en ongeveer dertig behandelaren, dus altijd een bij u in de buurt.",
    "Ruim veertig psychologen werken bij ons, verspreid over de provincie.",
    "Met een team van twintig therapeuten helpen wij volwassenen en jongeren.",
    "With a team of some thirty clinicians we are never far away from you.",
    "Over fifteen psychologists work in our centres.",
])
def test_a_team_counted_above_ten_in_words_is_bijna(text):
    assert _status(text, "/", "Welkom") == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "We are anxiety specialists for adults and work online.",
    "In de afgelopen twintig jaar hebben wij veel mensen geholpen.",
])
def test_words_that_only_look_like_a_count_are_no_team(text):
    assert _status(text, "/", "Welkom") == "voldoet_niet"
