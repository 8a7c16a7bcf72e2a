"""Near-miss pages: the vocabulary of a criterion on a page that does not describe the practice's
own care (a course for professionals, a book review, research by others), next to the practice's
own pages that still count."""
import pytest

from check_helpers import judge_site, page, site

P = "https://praktijk-nm.example"


def test_a_course_title_before_an_audience_of_psychologists_is_no_named_practitioner():
    snap = site(page(P + "/nascholing", "# Nascholing voor professionals",
                     "In het voorjaar geven wij een tweedaagse cursus Acceptance and Commitment Therapy (ACT) voor "
                     "psychologen en praktijkondersteuners. U leert de kernprocessen van ACT toepassen.",
                     title="Nascholing"))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_a_name_with_its_profession_in_brackets_still_counts():
    snap = site(page(P + "/team", "# Ons team", "Jildou Hoekstra (GZ-psycholoog) behandelt volwassenen.", title="Team"))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet" and "Jildou Hoekstra" in f.details["practitioners"]


@pytest.mark.parametrize("path,title,items,criterion", [
    ("/boekrecensie-leven-met-je-hoofd", "Boekrecensie: Leven met je hoofd",
     ["# Boekrecensie: Leven met je hoofd",
      "In dit boek legt de auteur helder uit hoe schematherapie werkt en beschrijft hij de modi in ons."], "2b-11"),
    ("/onderzoek", "Onderzoek naar online behandeling",
     ["# Onderzoek naar online behandeling",
      "De universiteit onderzoekt of een online module even goed werkt als gesprekken. Deelnemers volgen acht "
      "weken een module met oefeningen. Aanmelden kan via de website van het onderzoek, waarna een intake volgt."],
     "2b-12"),
])
def test_reviews_and_research_by_others_are_no_offer(path, title, items, criterion):
    snap = site(page(P + path, *items, title=title))
    assert judge_site(criterion, snap).status == "voldoet_niet"
    assert judge_site("2b-9", snap).status == "voldoet_niet"


def test_an_english_course_for_professionals_offers_no_method_to_clients():
    snap = site(page(P + "/courses/schema-therapy", "# Course: Introduction to Schema Therapy",
                     "Who is this course for? Psychologists and psychotherapists with an interest in schema therapy.",
                     "Content: the schema model, limited reparenting, imagery rescripting and chair work.",
                     title="Clinical Trainings – professional development for mental health professionals"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_audiences_of_leaflets_on_a_downloads_page_are_no_target_group():
    snap = site(page(P + "/brochures", "# Brochures en downloads", "# Voor ouders",
                     "- 'Mijn kind is somber': herkennen en hulp zoeken (pdf)", "# Voor jongeren",
                     "- 'Praat erover': over somberheid en stress (pdf)", title="Brochures"))
    assert judge_site("2b-8", snap).status == "voldoet_niet"


@pytest.mark.parametrize("path,title,items", [
    ("/verhalen/sanne", "Het verhaal van Sanne",
     ["# Het verhaal van Sanne", "'Ik twijfelde lang of ik hulp moest zoeken. Uiteindelijk meldde ik me aan. In het eerste "
      "gesprek vertelde ik over mijn paniek. We maakten samen een plan. Na een paar maanden sloten we af.' - Sanne, 29"]),
    ("/over-ons", "Over ons",
     ["# Over ons", "Wij zijn een kleine praktijk in Zwolle.",
      "\u201cNa mijn aanmelding had ik snel een intake. Daarna volgden tien gesprekken en een afsluitend gesprek.\u201d - M., 42 jaar"]),
    ("/interview-marieke", "Interview: luisteren is het belangrijkste",
     ["# Interview: luisteren is het belangrijkste",
      "'Elke behandeling begint met goed luisteren. In de intake wil ik begrijpen wat iemand nodig heeft. Halverwege "
      "evalueren we en aan het eind kijken we terug,' vertelt psycholoog Marieke de Boer aan het Dagblad."]),
])
def test_a_clients_story_or_a_press_interview_is_no_description_of_the_route(path, title, items):
    assert judge_site("2b-9", site(page(P + path, *items, title=title))).status == "voldoet_niet"


def test_the_practice_describing_its_own_route_still_counts_beside_a_testimonial():
    snap = site(page(P + "/werkwijze", "# Werkwijze",
                     "Na de aanmelding volgt bij ons eerst een intakegesprek. Daarna stellen we samen een behandelplan op.",
                     "Halverwege evalueren we de behandeling. In een afsluitend gesprek ronden we de behandeling af.",
                     "'Ik voelde me direct op mijn gemak.' - Anouk, 31", title="Werkwijze"))
    assert judge_site("2b-9", snap).status == "voldoet"


@pytest.mark.parametrize("items", [
    ["# Over mij", "Ik werk kort en gericht. Vanaf het eerste gesprek bespreken we ook wanneer we de behandeling kunnen afronden.",
     "We werken aan een doel dat u zelf kiest."],
    ["# How long will treatment take?", "Most clients need five to eight sessions.",
     "We discuss the expected end of treatment from the first session onwards."],
    ["# Veelgestelde vragen", "Doen jullie onderzoek naar ADHD?", "Wij doen geen diagnostisch onderzoek naar ADHD."],
])
def test_a_time_from_the_start_or_a_step_not_taken_is_no_route(items):
    assert judge_site("2b-9", site(page(P + "/over", *items, title="Over"))).status == "voldoet_niet"


def test_the_first_session_as_a_step_still_counts():
    snap = site(page(P + "/werkwijze", "# Werkwijze",
                     "Het eerste gesprek is een intake. Daarna stellen we een behandelplan op.",
                     "Na vijf gesprekken evalueren we. In het laatste gesprek ronden we de behandeling af.", title="Werkwijze"))
    assert judge_site("2b-9", snap).status == "voldoet"


def test_a_hedged_turned_round_question_heads_the_exclusions():
    snap = site(page(P + "/verwijzers", "# Voor verwijzers", "# Welke patiënten kunt u naar ons verwijzen?",
                     "- Volwassenen met lichte tot matige angst- en stemmingsklachten",
                     "# Wanneer liever niet?", "- Bij een psychotische of bipolaire stoornis",
                     "- Bij een primaire verslavingsproblematiek", title="Verwijzers"))
    f = judge_site("2b-8", snap)
    assert f.status == "voldoet"

