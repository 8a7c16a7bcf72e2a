"""2b-9 read across wordings of the same step (issue 7): the subject before the verb ("we gaan samen aan de
slag"), the treatment itself in English, the next sessions that follow, a check on whether it helps, an ending
told as a goal reached in an inverted condition, as the sessions that stop, as the last time we meet or as
wrapping things up, a closing look back opened by "aan het eind" / "in the end", an English page on the
working method, and a numbered step whose number the sentence splitter set apart. Passages written for these
tests."""
import pytest

from check_helpers import corpus_site, judge, judge_site, page, site

_NL = "Werkwijze\n\nJe meldt je aan via het formulier en daarna volgt een intakegesprek. Vervolgens zien we elkaar om de week.\n"
_EN = "How it works\n\nYou sign up through our form, after which we plan an intake. Then we meet every other week.\n"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/werkwijze", _NL + "Is het doel bereikt, dan stoppen de gesprekken en krijgt je huisarts bericht."),
    ("https://p.example/werkwijze", _NL + "Zijn jouw doelen behaald, dan ronden we samen af."),
    ("https://p.example/werkwijze", _NL + "De laatste keer dat we elkaar zien, maken we een plan voor als het weer minder gaat."),
    ("https://p.example/werkwijze", _NL + "Aan het einde blikken we samen terug en bespreken we hoe je verder kunt."),
    ("https://p.example/en/how-it-works", _EN + "In the end we review together what has changed and how you can keep it up."),
    ("https://p.example/en/how-it-works", _EN + "Once we both feel you are ready, we wrap things up."),
    ("https://p.example/en/how-it-works", _EN + "The last time we meet, we make a plan for harder days."),
])
def test_an_ending_told_in_other_words_completes_the_route(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/werkwijze", "Werkwijze\n\n1. Je neemt contact op.\n2. We plannen een kennismakingsgesprek.\n3. We gaan samen aan de slag.\n"
                                    "4. We nemen afscheid en je huisarts krijgt een brief."),
    ("https://p.example/werkwijze", "Hoe gaat het in zijn werk?\n\nHet begint met een telefoontje of mailtje van jou. Daarna volgt een intake, waarin "
                                    "we samen een plan maken. Dan volgen de gesprekken zelf. Als je doelen bereikt zijn, stoppen we en kun je altijd "
                                    "weer terecht bij je huisarts."),
    ("https://p.example/en/process", "The process\n\nFirst you register online. Next, a psychologist sees you for an assessment and writes a plan "
                                     "with you. The treatment itself is eight to twelve sessions. In our last session we review what helped and what "
                                     "to do if symptoms return."),
    ("https://p.example/en/working-method", "Working method\n\nAfter the intake we draw up a treatment plan. Along the way we regularly check "
                                            "whether it helps. We use the last appointment to look back, and after treatment you can always go "
                                            "back to your GP."),
])
def test_a_middle_told_in_other_words_completes_the_route(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet"


def test_numbered_steps_whose_last_number_the_splitter_set_apart():
    snap = site(page("https://p.example/werkwijze", "1. Je neemt contact op.", "2. We plannen een kennismakingsgesprek.",
                     "3. We gaan samen aan de slag.", "4. We nemen afscheid en je huisarts krijgt een brief."))
    assert judge("2b-9", snap).status == "voldoet"


@pytest.mark.parametrize("text", [
    _NL + "Aan het eind van elke sessie kijken we even terug.",
    _EN + "At the end of each session we look back for a moment.",
    _NL + "Elke sessie sluiten we af met een korte oefening.",
    _EN + "Each session ends with a short exercise.",
])
def test_the_end_of_each_session_is_no_ending_phase(text):
    url = "https://p.example/en/how-it-works" if text.startswith("How") else "https://p.example/werkwijze"
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet_bijna"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/verwijzers", "Voor verwijzers\n\nNa de aanmelding begint de cliënt met een korte screening, waarbij hij eerst online een "
                                     "vragenlijst invult, waarna een van onze psychologen hem belt en het secretariaat vervolgens een intake plant."),
    ("https://p.example/en/referrers", "For referrers\n\nAfter the registration the client starts with a short screening, in which he first "
                                       "completes an online questionnaire, after which our office schedules an intake."),
    ("https://p.example/en/referrers", "For referrers\n\nAfter your referral the client first completes an online questionnaire, after which one "
                                       "of our psychologists calls for a screening, and then our office schedules an intake."),
])
def test_a_route_sentence_with_one_questionnaire_clause_tells_its_other_steps(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet_bijna"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/kwaliteit", "Kwaliteit\n\nBij de intake en bij de afsluiting vult u een vragenlijst in, zodat wij kunnen zien of de behandeling heeft geholpen."),
    ("https://p.example/en/quality", "Quality\n\nAt the intake and at the end of treatment you complete a questionnaire, so that we can measure whether treatment helped."),
    ("https://p.example/rom", "ROM\n\nAan het begin, halverwege en aan het einde vult u een vragenlijst in, zodat we de voortgang kunnen meten."),
])
def test_the_moments_of_a_questionnaire_stay_no_route(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet_niet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/werkwijze", "Werkwijze\n\nNa de aanmelding volgt een intake. Gedurende het hele traject bespreken we regelmatig hoe het "
                                    "staat met je doelen. Tot slot ronden we af met een eindgesprek."),
    ("https://p.example/en/approach", "Our approach\n\nAfter you sign up, we invite you for an intake. Throughout the treatment we keep checking "
                                      "how you are doing with your goals. Finally, we end with a closing conversation."),
])
def test_how_the_goals_stand_over_the_whole_course_is_the_middle(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet"


def test_a_general_tip_on_goals_stays_niet():
    text = "Doelen stellen\n\nHet stellen van doelen helpt veel mensen. Vraag jezelf regelmatig af hoe het staat met je doelen."
    assert judge_site("2b-9", corpus_site("https://p.example/blog/doelen", text)).status == "voldoet_niet"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/", "Praktijk De Linde\n\nWelkom! Wil je een afspraak maken? Vul het contactformulier in en ik bel je binnen twee "
                           "werkdagen terug voor een eerste gesprek."),
    ("https://p.example/contact", "Contact\n\nLaat via het formulier je gegevens achter; wij bellen je dan terug om een kennismakingsgesprek te plannen."),
    ("https://p.example/en/contact", "Contact\n\nLeave your details through the form and one of us will call you back for an intake."),
])
def test_a_call_back_for_the_first_meeting_is_the_practices_first_step(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet_bijna"


@pytest.mark.parametrize("url, text", [
    ("https://p.example/en/how-it-works", "How it works\n\nOnce you have signed up, I invite you for an intake. If we agree on a plan, we start "
                                          "the treatment. When you feel better and have reached your goals, we close off together."),
    ("https://p.example/en/approach", "Approach\n\nAfter you have signed up, we call you for a first appointment. Then we meet every two weeks. "
                                      "Once you have achieved your goals, we end with a closing session."),
    ("https://p.example/en/process", "The process\n\nHaving signed up online, you are invited to an intake. In the sessions that follow we work "
                                     "on your goals, and when you have met the goals we agreed on, we close off with a look back."),
])
def test_a_client_who_signed_up_is_no_form_signed_and_goals_reached_end_the_route(url, text):
    assert judge_site("2b-9", corpus_site(url, text)).status == "voldoet"


def test_a_form_signed_and_brought_to_the_intake_stays_a_point_in_time():
    text = "Practical\n\nPlease bring the signed consent form to the intake."
    assert judge_site("2b-9", corpus_site("https://p.example/en/practical", text)).status == "voldoet_niet"
