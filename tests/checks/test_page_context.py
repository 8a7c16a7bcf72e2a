"""Page types, target-group frames, phase headings and the other generalisation fixes, on
passages written for these tests (including hard negatives)."""
from check_helpers import judge, page, site

from checks.check_2b_07_behandelaren import person_key
from checks.check_2b_09_opbouw import heading_phase
from checks.text import site_text
from checks.text.context import page_kind

B = "https://praktijk.example"


# ----------------------------------------------------------------------------- page types

def test_page_kind_from_path_title_and_first_heading():
    snap = site(page(f"{B}/werken-bij", "# Kom ons team versterken", "Tekst."),
                page(f"{B}/p/123", "# Vacature: GZ-psycholoog (24 uur)", "Tekst."),
                page(f"{B}/blog/slapen-na-een-verlies", "Tekst.", title="Slapen na een verlies"),
                page(f"{B}/privacyverklaring", "Tekst."),
                page(f"{B}/aanbod", "# Ons aanbod", "Tekst."))
    kinds = [page_kind(p) for p in site_text(snap).pages]
    assert kinds == ["vacancy", "vacancy", "editorial", "legal", ""]


def test_vacancy_page_makes_no_verdict():
    snap = site(page(f"{B}/vacatures", "# Vacature: psycholoog basis GGZ",
                     "Je hebt ruime ervaring met kortdurende trajecten van acht tot twaalf gesprekken, met schematherapie en met online modules van Therapieland.",
                     "Schematherapie leert cliënten hun patronen en gevoelens te herkennen en te veranderen, daarom vragen we die ervaring.",
                     "Bij spoed buiten kantoortijd ben je niet bereikbaar; cliënten bellen dan de huisartsenpost of 112.",
                     "Solliciteren? Mail naar werk@praktijk.example."))
    for crit in ("2b-6", "2b-10", "2b-11", "2b-12"):
        assert judge(crit, snap).status == "voldoet_niet", crit


def test_vacancy_section_on_another_page_is_discounted():
    snap = site(page(f"{B}/over-ons", "# Over de praktijk", "Wij zijn een kleine praktijk in het centrum.",
                     "# Wij zoeken een collega",
                     "Je werkt graag met EMDR en cognitieve gedragstherapie en je leert cliënten hun gedachten en gedrag te onderzoeken."))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_blog_mentions_in_passing_do_not_count_but_support():
    blog = page(f"{B}/blog/piekeren", "# Piekeren in de winter",
                "Veel mensen piekeren meer als de dagen korter worden; soms helpt EMDR bij nare herinneringen.",
                "Wij helpen je graag als piekeren je slaap en je werk verstoort.")
    assert judge("2b-11", site(blog)).status == "voldoet_niet"
    assert judge("2b-8", site(blog)).status == "voldoet_niet"
    # the same blog explaining a method the practice names on its own page supports the verdict
    expl = page(f"{B}/blog/wat-is-act", "# Wat is ACT?",
                "ACT gaat ervan uit dat je leert om pijnlijke gedachten en gevoelens te accepteren en te handelen naar je waarden.")
    offer = page(f"{B}/behandelingen", "# Behandelingen", "In de praktijk werken wij met ACT en schematherapie.")
    assert judge("2b-11", site(expl)).status == "voldoet_niet"
    assert judge("2b-11", site(offer, expl)).status == "voldoet"


# ----------------------------------------------------------------------------- 2b-8 frames

def test_first_person_singular_target_group():
    snap = site(page(f"{B}/over-mij", "Ik behandel volwassenen met paniekaanvallen, dwangklachten en somberheid."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert {"angst", "dwang", "depressie"} <= set(f.details["included"])


def test_english_target_group():
    snap = site(page(f"{B}/en/about", "I work with adults who struggle with anxiety, burnout or low mood after moving abroad."))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna"
    assert len(f.details["included"]) >= 2


def test_method_explanation_is_not_inclusion():
    snap = site(page(f"{B}/methoden", "# Methoden",
                     "Schematherapie richt zich op hardnekkige patronen die vaak samenhangen met angst en somberheid."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_other_service_and_quoted_training_are_not_inclusion():
    snap = site(page(f"{B}/contact", "Jongeren met zorgen kunnen ook terecht bij de Kindertelefoon of bij de Luisterlijn."),
                page(f"{B}/groepen", "Wij organiseren twee keer per jaar de cursus 'Grip op stress en somberheid'."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_negated_practice_frame_is_no_inclusion():
    snap = site(page(f"{B}/toestemming", "Zonder toestemming van beide ouders kunnen we geen behandeling starten."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# ----------------------------------------------------------------------------- 2b-6 exclusion context

def test_exclusion_list_is_not_crisis_advice():
    snap = site(page(f"{B}/voor-wie", "# Wanneer niet?",
                     "- bij ernstige suïcidale gedachten of een acute psychose",
                     "Onze behandeling is niet geschikt bij een hoog risico op zelfdoding."))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_exclusion_with_whom_to_call_still_counts():
    snap = site(page(f"{B}/contact",
                     "Buiten kantooruren kunt u de huisartsenpost bellen.",
                     "Wij zijn niet geschikt voor acute crisis; bel in dat geval 113 of 112."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet"
    assert any("113" in e.quote for e in f.evidence)


def test_evidence_quotes_the_sentence_naming_whom_to_call():
    snap = site(page(f"{B}/contact", "# Spoed",
                     "Heeft u 's avonds of in het weekend dringend hulp nodig?",
                     "Bel dan de huisartsenpost of bij levensgevaar 112."))
    f = judge("2b-6", snap)
    assert f.status == "voldoet"
    assert any("huisartsenpost" in e.quote for e in f.evidence)


# ----------------------------------------------------------------------------- 2b-7 evidence and names

def test_person_key_joins_spellings_of_one_person():
    assert person_key("drs. Annelies de Wit") == person_key("A. de Wit") == person_key("dr. A.M. de Wit")
    assert person_key("Annelies de Wit") != person_key("Bram de Wit")


def test_same_person_named_twice_is_one_practitioner_and_evidence_has_characteristics():
    snap = site(page(f"{B}/team", "# drs. Annelies de Wit", "GZ-psycholoog, BIG-geregistreerd", "Spreekt Nederlands en Frans."),
                page(f"{B}/kwaliteit", "Praktijkhouder is A. de Wit, GZ-psycholoog."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert f.details["practitioners"] == ["drs. Annelies de Wit"]
    assert any("GZ-psycholoog" in e.quote for e in f.evidence)


# ----------------------------------------------------------------------------- 2b-9 phase headings

def test_heading_phase_reads_numbering():
    assert heading_phase("1. aanmelden") == "start"
    assert heading_phase("stap 3 - behandeling") == "middle"
    assert heading_phase("fase 4: afronding") == "end"
    assert heading_phase("na de behandeling") == "end"
    assert heading_phase("onze visie op behandeling en herstel in de wijk") is None


def test_numbered_phase_headings_make_the_path():
    snap = site(page(f"{B}/zo-gaat-het", "# 1. Aanmelden", "Uw huisarts verwijst u en u vult ons online formulier in.",
                     "# 2. Kennismaken", "In een eerste gesprek brengen we uw klachten en wensen in kaart.",
                     "# 3. Behandeling", "We werken in gesprekken van drie kwartier aan de doelen die we samen kozen.",
                     "# 4. Afsluiten", "In het laatste gesprek kijken we terug en maken we een plan voor terugvalpreventie."))
    assert judge("2b-9", snap).status == "voldoet"


def test_time_reference_and_logistics_are_no_phase():
    snap = site(page(f"{B}/methoden", "Welke aanpak bij u past, bekijken we na de intake.",
                     "De gesprekken duren 50 minuten en vinden plaats in onze praktijk aan de Dorpsstraat."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_two_steps_in_one_answer_are_partial():
    snap = site(page(f"{B}/faq", "# Hoe meld ik mij aan?",
                     "Vul het aanmeldformulier in; daarna plannen wij binnen twee weken een intakegesprek."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- 2b-10

def test_practice_calling_itself_basis_ggz_is_bijna():
    snap = site(page(f"{B}/", "Wij zijn een praktijk voor generalistische basis GGZ in Zwolle."))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_basis_ggz_in_a_waiting_time_line_is_nothing():
    snap = site(page(f"{B}/wachttijd", "De wachttijd voor de basis GGZ is op dit moment vier weken."))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_functioning_and_own_strength_explain_the_generalist_character():
    snap = site(page(f"{B}/werkwijze",
                     "Onze behandeling in de basis GGZ is kortdurend: gemiddeld 8 gesprekken.",
                     "We werken aan uw functioneren thuis en op het werk, zodat u daarna op eigen kracht verder kunt."))
    assert judge("2b-10", snap).status == "voldoet"


def test_evaluation_moment_is_not_a_duration():
    snap = site(page(f"{B}/werkwijze", "Na een stuk of vier gesprekken evalueren we samen hoe het gaat."))
    assert judge("2b-10", snap).status == "voldoet_niet"


# ----------------------------------------------------------------------------- 2b-11 / 2b-12

def test_english_method_explanation():
    snap = site(page(f"{B}/en/therapy", "# Our approach",
                     "Acceptance and Commitment Therapy (ACT): you learn to accept painful thoughts and feelings and to act on your values."))
    assert judge("2b-11", snap).status == "voldoet"


def test_qualification_is_no_explanation():
    snap = site(page(f"{B}/team", "Sanne is geregistreerd EMDR-practitioner en opgeleid in het werken met nare herinneringen en emoties van kinderen."))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_secure_mail_channel_is_not_ehealth():
    snap = site(page(f"{B}/contact", "Verstuur uw verwijsbrief en andere documenten via onze beveiligde omgeving, niet per gewone e-mail."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_secure_environment_with_exercises_is_ehealth():
    snap = site(page(f"{B}/ehealth", "In onze beveiligde omgeving maakt u tussen de sessies oefeningen die uw behandelaar met u bespreekt."))
    assert judge("2b-12", snap).status != "voldoet_niet"


def test_an_insurance_policy_is_a_cost_word_and_polish_is_not():
    from checks.text.context import is_cost

    snap = site(page("https://praktijk.example/info", "# Informatie",
                     "Kijk in uw polis of uw zorgverzekeraar dit vergoedt.",
                     "Met een restitutiepolis krijgt u meer terug.",
                     "Lees de polisvoorwaarden goed.",
                     "Marieke is psycholoog en spreekt Polish, English en Nederlands.",
                     title="Informatie"))
    units = [u for u in site_text(snap).units if u.kind != "heading" and u.kind != "title"]
    assert [is_cost(u) for u in units] == [True, True, True, False]
