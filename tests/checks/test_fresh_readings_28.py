"""Readings found with fresh written pages (round 28), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- a menu that ends in "Privacy"

_HOME = """Praktijk Lisdodde
{menu}
Praktijk Lisdodde
Hulp bij somberheid en spanning in Meppel
Onze aanpak
Methoden: we werken met cognitieve gedragstherapie, waarbij je leert hoe gedachten en gedrag je gevoelens beinvloeden en hoe je ze kunt veranderen.
Praktijk Lisdodde · Kerkplein 4 · Meppel"""


def test_a_menu_line_that_ends_in_privacy_does_not_make_the_home_page_legal():
    snap = corpus_site("https://www.praktijklisdodde.example/", _HOME.format(menu="Home  Aanmelden  Agenda  Privacy"))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_privacy_heading_under_the_title_still_makes_a_page_legal():
    # twin: the page's own first heading names the privacy statement
    snap = corpus_site("https://www.praktijklisdodde.example/", _HOME.format(menu="Privacyverklaring"))
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the disciplines of "onze POH's"

_POH = """Wie zijn {who}?
{subject} zijn maatschappelijk werkers, psychologen of sociaalpsychiatrisch verpleegkundigen met veel ervaring in de GGZ."""


def test_the_disciplines_of_the_own_poh_staff_are_its_team():
    snap = corpus_site("https://www.poh-steunpunt-vechtdal.example/over-ons/",
                       _POH.format(who="onze POH's", subject="Onze POH's-GGZ"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_disciplines_of_the_gps_are_no_team():
    # twin: the same words about the general practitioners the organisation supports name no team of its own
    snap = corpus_site("https://www.poh-steunpunt-vechtdal.example/over-ons/",
                       _POH.format(who="de huisartsen", subject="De huisartsen in de regio"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- eHealth: compounds and the reader's work in a tool

_AFTERCARE = """Afsluiten
In uw behandelplan staan de doelen waar we samen aan werken.
Na het laatste gesprek kunt u nog een half jaar terecht in de {tool} Bakenwijzer. In die module staan alle oefeningen uit uw behandeling nog voor u klaar."""


def test_an_online_module_named_for_aftercare_is_ehealth_the_reader_works_in():
    snap = corpus_site("https://www.ggz-oeverland.example/behandeling/afsluiten/", _AFTERCARE.format(tool="online nazorgmodule"))
    assert judge("2b-12", snap).status == "voldoet"


def test_a_place_named_without_online_is_no_ehealth():
    # twin: "nazorggroep" is a group that meets, no tool
    snap = corpus_site("https://www.ggz-oeverland.example/behandeling/afsluiten/", _AFTERCARE.format(tool="nazorggroep"))
    assert judge("2b-12", snap).status == "voldoet_niet"


_STEPS = """Zo werkt het
Stap 1 - Intake
Binnen een week plannen we je intakegesprek, waarin je met de psycholoog een behandelplan opstelt.
Stap 2 - Behandeling
Elke twee weken heb je een gesprek. {between}"""


def test_the_readers_exercises_in_the_app_between_sessions_are_the_practices_ehealth():
    snap = corpus_site("https://www.praktijk-wilgenhoek.example/zo-werkt-het/",
                       _STEPS.format(between="Tussen de afspraken maak je de opdrachten uit de app."))
    assert judge("2b-12", snap).status == "voldoet"


def test_an_app_for_appointments_on_the_same_page_stays_a_mention():
    # twin: an app in which the reader only sees appointments is no tool for the treatment
    snap = corpus_site("https://www.praktijk-wilgenhoek.example/zo-werkt-het/",
                       _STEPS.format(between="In de app zie je wanneer je volgende afspraak is."))
    assert judge("2b-12", snap).status != "voldoet"


def test_the_practices_own_environment_to_practise_in_is_its_platform():
    text = ("Onze werkwijze\nTussen twee afspraken oefen je in onze oefenomgeving Lisdodde Thuis met modules en huiswerk; "
            "daar praten we de keer erna samen over.")
    assert judge("2b-12", corpus_site("https://www.praktijklisdodde.example/werkwijze/", text)).status == "voldoet"


# --------------------------------------------------------------------------- a timeline is an article

_TIMELINE = """Van divan tot beeldscherm
Hoe de psychologische hulp veranderde, in een paar jaartallen.
{a} - De eerste praatkuren worden beschreven in Wenen.
{b} - Behandelaars proberen gedachten en gedrag stap voor stap te veranderen; cognitieve gedragstherapie leert cliënten belemmerende gedachten te toetsen.
{c} - Onderzoekers testen zelfhulp via internet met online modules, waarbij deelnemers thuis huiswerkopdrachten maken."""


def test_a_timeline_of_the_field_offers_no_method_of_the_practice():
    snap = corpus_site("https://www.praktijk-dijkgraaf.example/achtergrond/van-divan-tot-beeldscherm/",
                       _TIMELINE.format(a="1900", b="Jaren zestig", c="Rond 2000"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_a_few_recent_years_in_a_row_make_no_timeline():
    # twin: three lines that open with this decade's years are the practice's own news, not the history of the field
    snap = corpus_site("https://www.praktijk-dijkgraaf.example/achtergrond/van-divan-tot-beeldscherm/",
                       _TIMELINE.format(a="2023", b="2024", c="2025"))
    assert judge("2b-11", snap).status == "voldoet"


# --------------------------------------------------------------------------- trainers of workshops for colleagues, guest trainers

_WORKSHOP = """CBT in practice
A one-day workshop for anyone who wants to learn more about CBT.
Trainer
Dr. Pieter Holm, clinical psychologist, has taught this workshop since 2015."""


def test_the_trainer_of_a_workshop_for_practitioners_is_no_practitioner_of_the_practice():
    snap = corpus_site("https://www.praktijk-zeeg.example/workshops/cbt-for-practitioners/", _WORKSHOP)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_same_lines_on_the_page_of_our_practitioners_describe_one():
    # twin: the page of the practice's own practitioners
    snap = corpus_site("https://www.praktijk-zeeg.example/our-practitioners/", _WORKSHOP)
    assert judge("2b-7", snap).status == "voldoet"


_EVENING = """Workshop minder piekeren
Op 12 maart is er een avond voor iedereen die wil leren minder te malen.
{who} Ilse Verbrugge, GZ-psycholoog{where}, leidt de avond."""


def test_a_guest_trainer_is_no_practitioner_of_the_practice():
    snap = corpus_site("https://www.praktijk-zeeg.example/workshops/minder-piekeren/", _EVENING.format(who="Gasttrainer", where=""))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_practices_own_trainer_still_is():
    # twin: the trainer placed in the practice
    snap = corpus_site("https://www.praktijk-zeeg.example/workshops/minder-piekeren/",
                       _EVENING.format(who="Trainer", where=" in onze praktijk"))
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- a review and a named study are articles

_REVIEW = """{title}
Thomas Brink leans on acceptance and commitment therapy: you learn to make room for painful thoughts and feelings and to act on your values.
The exercises are short and practical; a few take no more than five minutes."""


def test_a_review_of_a_workbook_offers_no_method_of_the_practice():
    snap = corpus_site("https://www.calmharbour-therapy.example/reading/review-open-hands/", _REVIEW.format(title="Review: Open Hands"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_lines_on_the_page_of_the_approach_explain_a_method():
    # twin: the same words under the practice's own approach
    snap = corpus_site("https://www.calmharbour-therapy.example/our-approach/", _REVIEW.format(title="Our approach"))
    assert judge("2b-11", snap).status == "voldoet"


_STUDY = """Meedoen met de slaapwijzer?
Wij werken mee aan een onderzoek naar Slaapwijzer, een app waarin je elke ochtend bijhoudt hoe je hebt geslapen en welke oefeningen je deed.
Aanmelden kan via het formulier van de universiteit."""


def test_a_named_study_in_the_research_section_offers_no_ehealth():
    snap = corpus_site("https://www.ggz-zilverlinde.example/onderzoek/slaapwijzer-studie/", _STUDY)
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_the_same_lines_on_a_page_of_the_offer_still_mention_ehealth():
    # twin: the same words on a page of the practice's own offer
    snap = corpus_site("https://www.ggz-zilverlinde.example/aanbod/slaapwijzer/", _STUDY)
    assert judge("2b-12", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10: functioning again, in the verb

_LENGTH = """Hoe lang duurt het?
Meestal zes tot negen gesprekken. Wij zijn een praktijk in de basis GGZ.
{aim}"""


def test_functioning_again_and_own_strength_explain_the_generalist_care():
    text = _LENGTH.format(aim="Wij streven ernaar dat u weer prima functioneert, thuis en bij uw baas; op eigen kracht gaat u daarna verder.")
    assert judge("2b-10", corpus_site("https://www.praktijk-rietkraag.example/faq/", text)).status == "voldoet"


def test_own_strength_alone_stays_unexplained():
    # twin: only own strength, no functioning
    text = _LENGTH.format(aim="Op eigen kracht gaat u daarna verder.")
    assert judge("2b-10", corpus_site("https://www.praktijk-rietkraag.example/faq/", text)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-11: life review, behavioural activation, English EMDR

def test_life_review_explained_by_looking_back_is_an_explained_method():
    text = "Onze aanpak\nWij werken met life review: samen kijkt u terug op de jaren achter u en onderzoekt u welke betekenis ze voor u hebben."
    assert judge("2b-11", corpus_site("https://www.praktijk-avondzon.example/aanpak/", text)).status == "voldoet"


def test_looking_back_without_a_method_names_none():
    # twin: the same looking back in a talk, no method named
    text = "Onze aanpak\nSamen kijkt u terug op de jaren achter u en onderzoekt u welke betekenis ze voor u hebben."
    assert judge("2b-11", corpus_site("https://www.praktijk-avondzon.example/aanpak/", text)).status == "voldoet_niet"


def test_emdr_told_in_english_by_the_eyes_is_explained():
    text = "Therapy\nWe offer EMDR.\nEMDR\nHolding the memory in mind, you track the therapist's fingers with your eyes for half a minute at a time."
    assert judge("2b-11", corpus_site("https://www.northdune-therapy.example/therapy/", text)).status == "voldoet"


# --------------------------------------------------------------------------- 2b-8: a kind of care not offered turns no client away

_HOW_LONG = """Hoe lang duurt de behandeling?
Meestal zes tot tien gesprekken. {line}"""


def test_long_or_specialised_therapy_not_offered_is_no_exclusion():
    snap = corpus_site("https://www.praktijk-zwaluw.example/faq/", _HOW_LONG.format(line="Specialistische of langdurige therapie bieden wij niet."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_clients_with_long_lasting_complaints_turned_away_are_one():
    # twin: the client with long-lasting or severe complaints is not at the right place
    snap = corpus_site("https://www.praktijk-zwaluw.example/faq/",
                       _HOW_LONG.format(line="Met langdurige of ernstige klachten kunt u bij ons niet terecht."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_care_not_offered_followed_by_who_needs_more_stays_the_other_side():
    # twin: the next sentence says who needs more and where to go
    snap = corpus_site("https://www.praktijk-zwaluw.example/faq/", _HOW_LONG.format(
        line="Specialistische behandeling bieden wij niet. Blijkt dat u meer nodig heeft, dan zoeken we samen met uw huisarts een andere plek."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: basis GGZ as where someone else sends the client

_TRAUMA = """Ons traumacentrum
Wij behandelen volwassenen met complexe PTSS; een behandeling duurt gemiddeld een jaar.
{line}"""


def test_a_referral_to_another_provider_of_basis_ggz_is_not_the_practices_care():
    snap = corpus_site("https://www.ggz-kwelder.example/traumacentrum/", _TRAUMA.format(
        line="Na een eenmalige gebeurtenis kan de huisarts u beter verwijzen naar een praktijk voor basis GGZ bij u in de buurt."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_onwards_to_basis_or_specialised_ggz_is_not_the_practices_care_either():
    snap = corpus_site("https://www.ggz-kwelder.example/traumacentrum/", _TRAUMA.format(
        line="Blijkt meer nodig, dan kan uw huisarts u doorverwijzen: naar de basis GGZ of naar de specialistische GGZ."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_practice_named_in_the_basis_ggz_still_names_its_care():
    # twin: the practice says it works in the basis GGZ itself
    snap = corpus_site("https://www.ggz-kwelder.example/traumacentrum/", _TRAUMA.format(
        line="Na een eenmalige gebeurtenis helpen wij u in onze afdeling basis GGZ."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-6: "beter op je plek" with the GP in the referral

_NOT_HERE = """Kan ik altijd bij jullie terecht?
Bij een psychose of wanneer er acuut gevaar dreigt, ben je {place} bij een gespecialiseerde instelling. {next}"""


def test_better_placed_elsewhere_with_the_gp_in_the_referral_is_no_crisis_advice():
    snap = corpus_site("https://www.praktijk-lijsterbes.example/faq/", _NOT_HERE.format(
        place="beter op je plek", next="Samen met je huisarts zoek ik dan een goede verwijzing."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_better_placed_at_the_gp_post_with_its_number_still_is_advice():
    # twin: the better place is one to call, with its number, in the practice's own words
    text = ("Kan ik altijd bij jullie terecht?\nIk help je graag. Is er acuut gevaar, dan ben je bij de huisartsenpost beter op je plek: "
            "bel dan direct 088-1234567 of 112.")
    assert judge("2b-6", corpus_site("https://www.praktijk-lijsterbes.example/faq/", text)).status == "voldoet"


# --------------------------------------------------------------------------- 2b-9: a section under the eHealth tool's heading

_ONLINE = """How we work
We mostly use CBT, combined with short exercises.
{heading}
Every client gets a login to our online platform with modules on sleep and worry. Your therapist picks the modules that suit you. You do them between sessions and we talk them over at the next appointment. After your final session you keep access for two more months."""


def test_sentences_under_the_tools_heading_tell_how_the_tool_is_used_not_the_route():
    snap = corpus_site("https://www.brightwater-therapy.example/how-we-work/", _ONLINE.format(heading="Online programme"))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_sentences_under_a_heading_of_the_route_still_tell_a_part():
    # twin: the same sentences under a heading of the treatment's course
    snap = corpus_site("https://www.brightwater-therapy.example/how-we-work/", _ONLINE.format(heading="During and after treatment"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a history page tells no care of today

_BEGINNINGS = """Hoe het begon
De praktijk begon in 2009 met twee psychologen in een oud schoolgebouw. In 2016 kwamen er online modules bij."""


def test_the_practices_history_page_makes_no_passing_mention_of_ehealth():
    snap = corpus_site("https://www.praktijk-hoogland.example/over-ons/geschiedenis/", _BEGINNINGS)
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_the_same_lines_on_the_about_page_still_mention_ehealth():
    # twin: the same lines on the practice's "over ons" page
    snap = corpus_site("https://www.praktijk-hoogland.example/over-ons/", _BEGINNINGS)
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-11: more methods by name

_COUPLES = """Hoe ik werk
{name}: samen kijken we naar hoe jullie ruzie maken en het weer bijleggen, en jullie krijgen oefeningen mee voor thuis."""


def test_the_gottman_method_explained_is_a_method():
    snap = corpus_site("https://www.relatiepraktijk-getij.example/werkwijze/", _COUPLES.format(name="Ik werk met de Gottman-methode"))
    assert judge("2b-11", snap).status == "voldoet"


def test_the_same_work_without_a_methods_name_names_none():
    # twin: the work told without naming a method
    snap = corpus_site("https://www.relatiepraktijk-getij.example/werkwijze/", _COUPLES.format(name="In de gesprekken"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_rational_emotive_therapy_is_a_method():
    text = "Aanbod\nWe bieden rationeel-emotieve therapie (RET), in een groep of alleen."
    assert judge("2b-11", corpus_site("https://www.praktijk-getij.example/aanbod/", text)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-8: grades per group are no target group

_GRADES = """Wat vinden cliënten van ons?
Gemiddeld rapportcijfer: 8,0
Uitgesplitst naar doelgroep:
{row1}
{row2}"""


def test_grades_broken_down_per_group_name_no_target_group():
    snap = corpus_site("https://www.ggz-duinrand.example/kwaliteit/", _GRADES.format(row1="Volwassenen: 7,6", row2="Ouderen: 8,3"))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_groups_the_practice_treats_beside_the_grade_still_count():
    # twin: a sentence on whom the practice treats, without a grade in it
    snap = corpus_site("https://www.ggz-duinrand.example/kwaliteit/", _GRADES.format(
        row1="Wij behandelen jongeren en ouderen met angst- en stemmingsklachten.", row2=""))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-12: a page named for the tool

_TOOL_PAGE = """{title}
Bij onze praktijk hoort Kompaswijzer, een online platform dat u naast de gesprekken kunt gebruiken.
Zo werkt het
U maakt thuis, wanneer het u uitkomt, korte lessen en oefeningen. Daarna kijkt uw behandelaar mee en praat u er samen over."""


def test_how_it_works_in_another_section_of_the_tools_page_tells_the_use():
    snap = corpus_site("https://www.praktijk-kompas.example/kompaswijzer/", _TOOL_PAGE.format(title="Online programma's: Kompaswijzer"))
    assert judge("2b-12", snap).status == "voldoet"


def test_a_section_of_a_page_not_named_for_the_tool_is_read_on_its_own():
    # twin: the page is named for the care in general; its "Zo werkt het" section is not read with the platform
    snap = corpus_site("https://www.praktijk-kompas.example/kompaswijzer/", _TOOL_PAGE.format(title="Over onze behandeling"))
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: a step taken at another service

_STUDENTS = """For international students
We help students with stress, homesickness and low mood.
{line}"""


def test_an_assessment_for_which_the_gp_refers_to_another_service_is_no_step_of_the_practice():
    snap = corpus_site("https://www.studentpsych-haven.example/en/students/", _STUDENTS.format(
        line="For an assessment, see your family doctor and ask to be referred to a specialist service."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_practices_own_assessment_still_is_one():
    # twin: the assessment at the practice itself
    snap = corpus_site("https://www.studentpsych-haven.example/en/students/", _STUDENTS.format(
        line="After your GP's referral, you have an assessment with one of our psychologists."))
    assert judge("2b-9", snap).status == "voldoet_bijna"
