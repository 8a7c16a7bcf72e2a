"""Readings found with fresh written pages (round 15): a student practice's "PhD candidates" are a client
group, not applicants (2b-8); under a heading about when the practice does not treat, its statement of
whom it helps stays the treated side when the complaints after its colon contain a "niet" ("elkaar niet
meer bereiken") or when a group is said to be welcome (2b-8); "In EFT kijken we samen naar het patroon
..." / "we look together at the pattern ..." explains the method (2b-11).

Passages written for these tests. Each case has a twin that keeps its old reading."""
import pytest

from check_helpers import judge, one_page, page, site



# --------------------------------------------------------------------------- 2b-8

@pytest.mark.parametrize("line", [
    "We help students and PhD candidates with anxiety, low mood and stress.",
    "We treat bachelor and master students and PhD candidates with exam stress and worrying.",
])
def test_phd_candidates_are_a_client_group(line):
    assert judge("2b-8", one_page("https://studentpsy.example/faq", "FAQ", line)).status == "voldoet_bijna"


def test_a_candidate_for_a_job_is_still_no_client_group():
    line = "We are looking for candidates with experience in treating students with anxiety and stress."
    assert judge("2b-8", one_page("https://studentpsy.example/faq", "FAQ", line)).status == "voldoet_niet"


@pytest.mark.parametrize("treated", [
    "Wij helpen paren die in hun relatie vastzitten: telkens dezelfde ruzie, elkaar niet meer begrijpen, twijfel over samen verder gaan of depressieve klachten bij een van beiden.",
    "Ook stellen van wie een partner last heeft van angst of depressie, en die merken dat de relatie daaronder lijdt, zijn welkom.",
])
def test_whom_the_practice_helps_under_a_when_not_heading_is_the_treated_side(treated):
    snap = one_page("https://relatiepraktijk.example/wanneer-niet", "Wanneer niet?", treated,
                     "Wij starten geen relatietherapie bij huiselijk geweld, een actieve verslaving of een psychose.",
                     title="Wanneer niet?")
    assert judge("2b-8", snap).status == "voldoet"


def test_a_negation_before_the_colon_still_turns_it_round():
    snap = one_page("https://relatiepraktijk.example/wanneer-niet", "Wanneer niet?",
                     "Wij helpen geen stellen met deze problemen: huiselijk geweld, een actieve verslaving of een psychose.",
                     title="Wanneer niet?")
    assert judge("2b-8", snap).status != "voldoet"


# --------------------------------------------------------------------------- 2b-11

@pytest.mark.parametrize("lines", [
    ("Wij werken met Emotionally Focused Therapy (EFT).",
     "In EFT kijken we samen naar het patroon dat steeds terugkomt, zoals de een die achter de ander aan gaat en de ander die wegloopt."),
    ("We use Emotionally Focused Therapy (EFT).",
     "In EFT we look together at the pattern that keeps coming back, such as one partner who chases and the other who walks away."),
])
def test_looking_together_at_the_pattern_explains_the_method(lines):
    assert judge("2b-11", one_page("https://relatiepraktijk.example/aanbod", "Relatietherapie", *lines)).status == "voldoet"


def test_looking_at_the_fees_page_explains_nothing():
    lines = ("We use Emotionally Focused Therapy (EFT).",
             "Please look at our fees page for the costs of a session with us and for the cancellation terms.")
    assert judge("2b-11", one_page("https://relatiepraktijk.example/aanbod", "Relatietherapie", *lines)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: own strength in a child's care

def test_what_the_child_can_already_do_is_own_strength():
    snap = one_page("https://kinderpraktijk.example/behandeling", "Kort en dichtbij",
                     "Onze hulp is kortdurend: meestal 5 tot 8 gesprekken.",
                     "We werken niet aan het repareren van uw kind, maar aan weer goed functioneren thuis en op school, "
                     "en we bouwen op wat uw kind al goed kan.")
    assert judge("2b-10", snap).status == "voldoet"


def test_functioning_alone_stays_unexplained():
    snap = one_page("https://kinderpraktijk.example/behandeling", "Kort en dichtbij",
                     "Onze hulp is kortdurend: meestal 5 tot 8 gesprekken.",
                     "We werken niet aan het repareren van uw kind, maar aan weer goed functioneren thuis en op school.")
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the country's providers and insurers

@pytest.mark.parametrize("crit", ["2b-8", "2b-10"])
def test_what_dutch_providers_and_insurers_distinguish_is_the_system(crit):
    snap = one_page("https://expatcounsel.example/en/costs", "Costs and insurance",
                     "Dutch providers and insurers distinguish between basic mental health care, meant for mild to moderate "
                     "problems and usually short-term, and specialist care for severe or complex problems.",
                     "Our sessions are private and cost 110 euros.")
    assert judge(crit, snap).status == "voldoet_niet"


@pytest.mark.parametrize("crit", ["2b-8", "2b-10"])
def test_the_practice_saying_the_same_of_its_own_care_still_counts(crit):
    snap = one_page("https://expatcounsel.example/en/care", "Our care",
                     "Our care is basic mental health care, meant for adults with mild to moderate problems and usually short-term.")
    assert judge(crit, snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-9: a client's rights

@pytest.mark.parametrize("heading", ["Recht op een tweede mening", "Second opinion", "Rechten en plichten"])
def test_a_page_on_a_clients_rights_tells_no_route(heading):
    snap = one_page("https://psypraktijk.example/rechten", heading,
                     "Bent u het niet eens met uw diagnose of met het plan dat u voorgesteld is? Dan mag u een andere deskundige om advies vragen.",
                     "Die leest uw dossier, spreekt u een of twee keer en schrijft daarna een advies.")
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: the English question over what is treated

@pytest.mark.parametrize("question", ["What problems can you help with?", "What kind of issues do you treat?"])
def test_an_english_question_over_the_complaints_opens_the_treated_side(question):
    snap = site(page("https://expatpsy.example/faq", "# FAQ", f"# {question}",
                     "Stress, anxiety, low mood, homesickness and burnout.",
                     "# Is there anything you don't treat?",
                     "Yes. I do not treat psychosis, addictions or eating disorders.", title="FAQ"))
    assert judge("2b-8", snap).status == "voldoet"


def test_a_question_about_the_fee_opens_nothing():
    snap = site(page("https://expatpsy.example/faq", "# FAQ", "# What do you charge?",
                     "Stress, anxiety, low mood, homesickness and burnout cost the same: 95 euros a session.",
                     "# Is there anything you don't treat?",
                     "Yes. I do not treat psychosis, addictions or eating disorders.", title="FAQ"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: meetings counted in "keer" / "times"

@pytest.mark.parametrize("line", [
    "Na het eerste gesprek zien we elkaar meestal zes tot tien keer.",
    "After the first session we usually meet six to ten times.",
])
def test_the_number_of_meetings_in_times_is_a_count(line):
    snap = one_page("https://psypraktijk.example/werkwijze", "Werkwijze", line)
    assert judge("2b-10", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("line", [
    "In het begin zien we elkaar twee keer per week.",
    "At first we meet two times a week.",
])
def test_a_frequency_is_no_count(line):
    snap = one_page("https://psypraktijk.example/werkwijze", "Werkwijze", line)
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-13: the year in the sentence before the grade

@pytest.mark.parametrize("lines", [
    ("De CQ-index is een landelijke vragenlijst; cliënten geven aan het eind een rapportcijfer van 0 tot 10.",
     "In 2025 vulden 318 cliënten de CQ-index in.", "Zij gaven onze zorg gemiddeld een 8,2."),
    ("The CQ-index is a national questionnaire; at the end clients give an overall grade from 0 to 10.",
     "In 2025, 318 clients filled in the CQ-index.", "They gave our care an average of 8.2."),
])
def test_the_year_the_clients_filled_in_the_cqi_dates_the_grade(lines):
    snap = one_page("https://psypraktijk.example/kwaliteit", "Wat vinden cliënten van ons?", *lines)
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet" and finding.details["cqi_year"] == 2025


def test_a_grade_without_any_year_stays_undated():
    snap = one_page("https://psypraktijk.example/kwaliteit", "Wat vinden cliënten van ons?",
                     "De CQ-index is een landelijke vragenlijst; cliënten geven aan het eind een rapportcijfer van 0 tot 10.",
                     "Veel cliënten vulden de CQ-index in.", "Zij gaven onze zorg gemiddeld een 8,2.")
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet_bijna" and finding.details["cqi_year"] is None


# --------------------------------------------------------------------------- 2b-10: what the referral says

@pytest.mark.parametrize("line", [
    "Op de verwijzing moet staan dat u naar de basis GGZ verwezen wordt, met uw klachten erbij.",
    "The referral should state that you are referred to the basis GGZ and which complaints you have.",
])
def test_the_basis_ggz_named_on_the_referral_is_named_not_explained(line):
    finding = judge("2b-10", one_page("https://psypraktijk.example/aanmelden", "Aanmelden", line))
    assert finding.status == "voldoet_bijna"
    assert "basis GGZ" in finding.reason and "kortdurende karakter" not in finding.reason


def test_a_referral_without_the_care_type_names_nothing():
    line = "Op de verwijzing staat welke klachten u heeft en wat uw huisarts al heeft geprobeerd."
    assert judge("2b-10", one_page("https://psypraktijk.example/aanmelden", "Aanmelden", line)).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-7 and 2b-9: practical pages

@pytest.mark.parametrize("line", [
    "Bij vragen over medicijnen doen we een beroep op twee psychiaters in de wijk.",
    "For questions about medication we can call on two psychiatrists nearby.",
])
def test_professionals_the_practice_calls_on_are_not_its_team(line):
    assert judge("2b-7", one_page("https://psypraktijk.example/samenwerking", "Samenwerking", line)).status == "voldoet_niet"


def test_its_own_psychiatrist_called_on_is_its_team():
    line = "Bij vragen over medicijnen doen we een beroep op onze eigen psychiater en twee GZ-psychologen."
    assert judge("2b-7", one_page("https://psypraktijk.example/samenwerking", "Samenwerking", line)).status == "voldoet_bijna"


@pytest.mark.parametrize("heading,url", [("Getting here", "/getting-here"), ("Parkeren en routebeschrijving", "/parkeren")])
def test_the_first_appointment_on_a_page_about_getting_there_is_no_step(heading, url):
    snap = one_page(f"https://psypraktijk.example{url}", heading,
                     "Do you come in a wheelchair? Tell us before your first appointment and we will book a room downstairs.",
                     "Parking is free in the street behind the building.")
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: "Waar helpen we je mee?" over short lines

@pytest.mark.parametrize("question", ["Waar helpen we je mee?", "Waar helpen we bij?"])
def test_a_main_clause_question_over_short_complaint_lines_opens_the_treated_side(question):
    snap = site(page("https://vastgelopen.example/", "# Vastgelopen?", "Loop je al een tijdje rond met stress? Je bent niet de enige.",
                     question, "Stress en burn-outklachten", "Angst en paniek", "Somberheid", title="Vastgelopen?"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_short_complaint_lines_under_another_question_are_not():
    snap = site(page("https://vastgelopen.example/", "# Vastgelopen?", "Loop je al een tijdje rond met stress? Je bent niet de enige.",
                     "Waar vind je ons?", "Kralingen", "Delfshaven", "Rotterdam-Zuid", title="Vastgelopen?"))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: check marks and crosses

def test_check_marks_and_crosses_give_both_sides():
    snap = site(page("https://klaarmet.example/aanbod", "# Aanbod", "Hier helpen we je mee",
                     "✔ Piekeren en stress", "✔ Angst en paniek", "Hier zijn we niet de juiste plek voor",
                     "✘ Eetstoornissen", "✘ Verslaving aan alcohol of drugs", title="Aanbod"))
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet" and "eetstoornis" in finding.details["excluded"]


def test_check_marks_alone_are_the_treated_side():
    snap = site(page("https://klaarmet.example/aanbod", "# Aanbod", "Hier helpen we je mee",
                     "✔ Piekeren en stress", "✔ Angst en paniek", title="Aanbod"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: a step called "Aan de slag", a check put as a question

def test_a_short_marketing_route_is_whole():
    snap = site(page("https://kopop.example/zo-werkt-het", "# Zo werkt het",
                     "# Stap 1 - Meld je aan", "Verwijsbrief van de huisarts? Formulier invullen: drie minuten.",
                     "# Stap 2 - Intake", "Jij vertelt, wij luisteren. Samen kiezen we een of twee doelen.",
                     "# Stap 3 - Aan de slag", "Hooguit acht sessies, gericht op wat jij nu nodig hebt.",
                     "# Stap 4 - Check", "Halverwege kijken we: werkt het? Zo niet, dan passen we de aanpak aan.",
                     "# Stap 5 - Klaar", "In de laatste sessie maken we je terugvalplan.", title="Zo werkt het"))
    assert judge("2b-9", snap).status == "voldoet"


def test_the_same_route_without_its_middle_is_partial():
    snap = site(page("https://kopop.example/zo-werkt-het", "# Zo werkt het",
                     "# Stap 1 - Meld je aan", "Verwijsbrief van de huisarts? Formulier invullen: drie minuten.",
                     "# Stap 2 - Intake", "Jij vertelt, wij luisteren.",
                     "# Stap 3 - Klaar", "In de laatste sessie maken we je terugvalplan.", title="Zo werkt het"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-11: an indirect-question title names the page's own topic

def test_how_therapy_works_in_my_practice_is_no_general_explainer():
    snap = site(page("https://psychodynamisch.example/how-therapy-works", "# How therapy works",
                     "Every therapy is different. Here is what you can expect in my practice.",
                     "In psychodynamic psychotherapy we meet once or twice a week.", title="How therapy works"))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_what_is_psychodynamic_therapy_stays_a_general_explainer():
    snap = site(page("https://psychodynamisch.example/what-is-psychodynamic-therapy", "# What is psychodynamic therapy?",
                     "In psychodynamic psychotherapy we meet once or twice a week.",
                     title="What is psychodynamic therapy?"))
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-6: the reader told to call, in the imperative

@pytest.mark.parametrize("lines", [
    ("You can reach us on weekdays between 9 am and 5 pm.",
     "Evenings and weekends: please phone the huisartsenpost, the GP out-of-hours service.",
     "In an emergency call 112."),
    ("Wij zijn op werkdagen bereikbaar van 9 tot 17 uur.",
     "Buiten kantoortijden: bel de huisartsenpost.", "Bij spoed of levensgevaar: bel 112."),
])
def test_imperative_advice_on_the_practices_page_is_its_own(lines):
    assert judge("2b-6", one_page("https://psypraktijk.example/", "Out of hours", *lines)).status == "voldoet"


def test_imperative_advice_in_a_general_text_stays_general():
    lines = ("Crisis care in the Netherlands works through the GP.",
             "Evenings and weekends: please phone the GP out-of-hours service.",
             "In an emergency call 112.")
    assert judge("2b-6", one_page("https://psypraktijk.example/blog/crisis-care", "How crisis care works", *lines)).status != "voldoet"
