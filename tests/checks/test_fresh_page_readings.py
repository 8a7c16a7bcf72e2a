"""Readings found on freshly written provider pages (passages written for these tests): the phases of
house rules, a measuring section, registering with a GP, "Let op" over a warning, a scale "from 0 to 10",
a measurement still to come, "if you need more".

Each case has a twin that still counts, so that the reading cannot simply have been switched off."""
import pytest

from check_helpers import corpus_site, judge, page, site


# --------------------------------------------------------------------------- 2b-9: the route in house rules

def _house_rules(*lines):
    return site(page("https://praktijk.example/huisregels", "# Huisregels", "De cliënt is geïnformeerd over het volgende.", *lines,
                     "Klachten over de behandeling kunt u bespreken met de psycholoog.", title="Huisregels"))


@pytest.mark.parametrize("lines", [
    ("1. Intakefase: kennismaking en het in kaart brengen van de klachten.",
     "2. Behandelfase: samen met de psycholoog werkt de cliënt aan zijn doelen.",
     "3. Afrondingsfase: de behandeling wordt afgesloten in een eindgesprek."),
    ("Intake phase: getting acquainted and mapping out the complaints.",
     "Treatment phase: together with the psychologist the client works on the goals.",
     "Closure: the treatment is ended in a final session."),
])
def test_phases_labelled_as_steps_in_house_rules_are_the_route(lines):
    assert judge("2b-9", _house_rules(*lines)).status == "voldoet"


def test_house_rules_without_step_labels_stay_conditions():
    snap = _house_rules("Bij niet tijdig afzeggen van de intake wordt het gesprek in rekening gebracht.",
                        "Tijdens de behandeling gelden de algemene voorwaarden.")
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-9: measuring is no step

@pytest.mark.parametrize("heading", ["# Measuring outcomes", "# Uitkomstmetingen"])
def test_the_moments_of_a_measuring_section_are_no_steps(heading):
    snap = site(page("https://praktijk.example/en/quality", "# Quality", heading,
                     "Clients fill in a brief questionnaire on their symptoms when therapy starts, during therapy and when it ends.",
                     "That way both of us can see if the therapy is doing its job.", title="Quality"))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_step_told_beside_a_measuring_section_stays_a_step():
    snap = site(page("https://praktijk.example/en/werkwijze", "# How we work",
                     "We start with an intake in which we map out your complaints together.",
                     "After that we draw up a treatment plan with you.", title="How we work"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-9: registering with someone else

@pytest.mark.parametrize("text", [
    "If you do not have a Dutch GP yet, register with one first.",
    "Please register with a local GP before anything else.",
    "Please read the points below before you register.",
])
def test_registering_with_a_gp_or_a_pointer_before_registering_is_no_sign_up(text):
    snap = site(page("https://praktijk.example/en/faq", "# FAQ", text, title="FAQ"))
    assert judge("2b-9", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "To register, please fill in the online form and we will call you within a week.",
    "You can register with us online; we then call you to plan the intake.",
])
def test_registering_with_the_practice_stays_the_sign_up(text):
    snap = site(page("https://praktijk.example/en/faq", "# FAQ", text, title="FAQ"))
    assert judge("2b-9", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-7: "Let op" is no name

def test_a_warning_heading_is_no_practitioner():
    # "Let op" over a warning, on a page whose title names the practice's psychologists: no name (a particle
    # such as "op" is followed by a surname)
    text = "\n".join(["Aanmelden – Online Psychologen Westkust", "Home", "Aanmelden", "Kosten", "Aanmelden",
                      "Alle gesprekken vinden plaats via een beveiligde videoverbinding.",
                      "Stap 1: intake", "Tijdens een video-intake bespreekt een behandelaar van ons met u de klachten.",
                      "Let op", "Niet iedereen heeft baat bij behandeling via het scherm. Twijfelt u? Bel ons gerust."])
    finding = judge("2b-7", corpus_site("https://www.onlinepsychologenwestkust.nl/aanmelden/", text))
    assert finding.status == "voldoet_niet"


def test_a_name_with_a_particle_and_a_surname_stays_a_name():
    snap = site(page("https://praktijk.example/team", "# Ons team", "## Anna op den Berg", "### GZ-psycholoog",
                     "Anna werkt met volwassenen.", title="Team"))
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-13: scale ends and a planned measurement

def _quality(*lines):
    return site(page("https://praktijk.example/en/quality", "# Quality", "## Client experiences",
                     "Client experiences are measured with the CQ-index (Consumer Quality Index).", *lines,
                     title="Quality"))


def test_the_ends_of_a_scale_are_no_grade():
    snap = _quality("Finally, clients rate our care as a whole on a scale from 0 to 10.",
                    "A new measurement is being carried out in 2026.")
    # the CQI is measured, but no grade is shown (not "10", the top of the scale)
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet_niet"
    assert finding.details.get("grade") is None


def test_a_grade_is_dated_by_its_measurement_not_by_the_next_one():
    snap = _quality("Our most recent measurement took place in 2021.", "The average overall rating was 7.8.",
                    "A new measurement is being carried out in 2026.")
    finding = judge("2b-13", snap)
    assert finding.status == "voldoet_niet"
    assert finding.details["cqi_year"] == 2021


def test_a_grade_dated_by_its_questionnaire_sentence():
    snap = _quality("In 2024, 64 clients completed the questionnaire.", "On average they gave the practice 8.7 out of 10.")
    finding = judge("2b-13", snap)
    assert finding.details["cqi_year"] == 2024
    assert finding.details["grade"] == 8.7


# --------------------------------------------------------------------------- 2b-8: "if you need more"

@pytest.mark.parametrize("text, status", [
    ("Should it appear that you need more, we talk with you about a referral to specialist care.", "voldoet"),
    ("If you need more information, please call us.", "voldoet_bijna"),
])
def test_needing_more_care_is_when_to_go_elsewhere(text, status):
    snap = site(page("https://praktijk.example/en/how-we-work", "# How we work",
                     "Our therapists see adults whose anxiety or gloominess is mild to moderate.", text, title="How we work"))
    assert judge("2b-8", snap).status == status


# --------------------------------------------------------------------------- 2b-7: who runs the practice

@pytest.mark.parametrize("text", [
    "Zeezicht is run by two psychologists, both registered in the BIG register.",
    "Zeezicht wordt gerund door twee GZ-psychologen.",
])
def test_the_practice_run_by_its_disciplines_names_them_without_names(text):
    snap = site(page("https://www.zeezicht.nl/faq", "# FAQ", text, "Sessions take place in English or Dutch.", title="FAQ"))
    finding = judge("2b-7", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["disciplines"]


def test_another_organisation_run_by_psychologists_is_not_the_team():
    snap = site(page("https://www.zeezicht.nl/links", "# Links", "Het landelijke steunpunt wordt gerund door vrijwilligers en twee psychologen.",
                     title="Links"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-6: a client's night at the emergency department

def test_a_clients_story_of_the_emergency_department_is_no_reachability():
    snap = site(page("https://praktijk.example/ervaringen/het-verhaal-van-sanne", "# Het verhaal van Sanne",
                     "\"Op de spoedeisende hulp bleek er lichamelijk niets aan de hand. Ik was opgelucht.\"",
                     "\"Via mijn huisarts kwam ik bij de praktijk terecht.\"", title="Het verhaal van Sanne"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_menu_link_to_client_stories_does_not_make_the_crisis_line_a_clients_words():
    text = "\n".join(["GGZ Zeeland | Hulp dichtbij", "Home", "Aanbod", "Contact", "GGZ Zeeland",
                      "Wij bieden ambulante behandeling aan volwassenen.", "Direct naar", "Aanmelden", "Wachttijden",
                      "Ervaringen van cliënten", "Spoed?",
                      "Heeft u als cliënt van ons 's avonds of in het weekend dringend hulp nodig? Bel de crisisdienst: 0113 000 000.",
                      "Bent u (nog) geen cliënt, bel dan uw huisarts of de huisartsenpost. Is er levensgevaar, bel 112."])
    assert judge("2b-6", corpus_site("https://www.ggzzeeland.nl/", text)).status == "voldoet"


def test_the_practices_own_crisis_line_stays_reachability():
    snap = site(page("https://praktijk.example/contact", "# Contact",
                     "Bij spoed buiten kantoortijden belt u de huisartsenpost of 113.", title="Contact"))
    assert judge("2b-6", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- pages about someone else's care

@pytest.mark.parametrize("url, heading", [
    ("https://praktijk.example/in-de-regio/lotgenotengroep-naasten", "# Lotgenotengroep voor naasten"),
    ("https://praktijk.example/en/support-groups/partners", "# Support group for partners abroad"),
])
def test_a_peer_or_support_group_page_names_no_route(url, heading):
    snap = site(page(url, heading, "Na je aanmelding nodigen we je uit voor een kennismakingsgesprek met de gespreksleider.",
                     "De groep komt zes keer bij elkaar.", title=heading.strip("# ")))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_an_explainer_of_the_poh_ggz_at_the_gp_is_no_own_short_care():
    snap = site(page("https://praktijk.example/samenwerking/poh-ggz", "# De POH-GGZ",
                     "Hier leggen we uit wat een POH-GGZ in het algemeen doet. Die POH-GGZ werkt bij de huisarts en niet bij ons.",
                     "Het blijft doorgaans bij een beperkt aantal gesprekken: zo'n vijf tot acht.", title="De POH-GGZ"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_sessions_at_another_provider_are_no_own_treatment_length():
    snap = site(page("https://praktijk.example/tweede-mening", "# Een tweede mening",
                     "Twijfelt u over uw diagnose? Dan kunt u een tweede mening vragen.",
                     "Doorgaans zijn dat één of twee consulten bij die andere zorgverlener.", title="Tweede mening"))
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_own_number_of_sessions_still_counts():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Het blijft doorgaans bij een beperkt aantal gesprekken: zo'n vijf tot acht.", title="Werkwijze"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a page of search results

_METHODS = ("Wij bieden EMDR en exposure.",
            "EMDR is een methode waarbij je terugdenkt aan een schokkende herinnering terwijl je de hand van de psycholoog volgt.",
            "Bij exposure zoek je stap voor stap op wat je spannend vindt, zodat de angst afneemt.")


@pytest.mark.parametrize("url", ["https://praktijk.example/?s=emdr", "https://praktijk.example/zoeken?q=emdr"])
def test_search_results_alone_make_no_verdict(url):
    # snippets of the site's own pages: each is read on its own page
    snap = site(page(url, "# Zoekresultaten voor: emdr", *_METHODS, title="Praktijk Waterlelie"))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_text_on_the_practices_own_page_counts():
    snap = site(page("https://praktijk.example/behandelingen", "# Behandelingen", *_METHODS, title="Behandelingen"))
    assert judge("2b-11", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-11: a method explained in Dutch content words

def test_emotionally_focused_therapy_explained_by_its_cycle_and_needs():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Mijn belangrijkste methode is Emotionally Focused Therapy (EFT).",
                     "EFT gaat ervan uit dat ruzies vaak voortkomen uit een vaste negatieve cirkel en onvervulde behoeften.",
                     title="Werkwijze"))
    assert judge("2b-11", snap).status == "voldoet"


def test_the_method_only_named_stays_a_list():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", "Mijn belangrijkste methode is Emotionally Focused Therapy (EFT).",
                     title="Werkwijze"))
    assert judge("2b-11", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "If you turn out to need longer-term or more intensive care, we will talk about a referral with you and your family doctor.",
    "If you need long-term care, we will discuss a referral with your GP.",
])
def test_needing_longer_term_care_is_when_to_go_elsewhere(text):
    snap = site(page("https://praktijk.example/en/how-we-work", "# How we work",
                     "Our therapists see adults whose anxiety or gloominess is mild to moderate.", text, title="How we work"))
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-7: a count of the staff with its disciplines

def test_a_count_of_professionals_with_their_disciplines_names_the_disciplines():
    snap = site(page("https://www.ggzzeeland.nl/", "# GGZ Zeeland",
                     "Met bijna 200 professionals, waaronder psychiaters, GZ-psychologen en psychotherapeuten, bieden wij "
                     "zorg aan in de basis GGZ en in de gespecialiseerde GGZ.", title="GGZ Zeeland"))
    finding = judge("2b-7", snap)
    assert finding.status == "voldoet_bijna"
    assert "GZ-psycholoog" in finding.details["disciplines"]


def test_a_count_of_professionals_in_the_country_is_no_team():
    snap = site(page("https://www.ggzzeeland.nl/nieuws/ggz-in-cijfers", "# De ggz in cijfers",
                     "In Nederland werken ruim 10000 professionals, waaronder psychiaters en GZ-psychologen, in de ggz.",
                     title="De ggz in cijfers"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: "eHealth" answered with channels only

@pytest.mark.parametrize("answer", [
    "Ja. U kunt ook met ons beeldbellen, en berichten stuurt u ons via een beveiligde mailomgeving.",
    "Yes: sessions can take place by video call, and you fill in your questionnaires online.",
])
def test_ehealth_asked_and_answered_with_video_calls_and_mail_is_no_ehealth(answer):
    snap = site(page("https://praktijk.example/faq", "# Veelgestelde vragen", "Werkt u met eHealth?", answer, title="FAQ"))
    assert judge("2b-12", snap).status == "voldoet_niet"


@pytest.mark.parametrize("answer, status", [
    ("Ja. Tussen de gesprekken door werkt u aan online modules van Therapieland.", "voldoet"),
    ("Ja, wij bieden eHealth aan.", "voldoet_bijna"),
])
def test_ehealth_asked_and_answered_with_an_offer_stays(answer, status):
    snap = site(page("https://praktijk.example/faq", "# Veelgestelde vragen", "Werkt u met eHealth?", answer, title="FAQ"))
    assert judge("2b-12", snap).status == status


# --------------------------------------------------------------------------- 2b-10: no waiting list is no waiting time

def test_short_care_beside_no_waiting_list_is_still_short_care():
    snap = site(page("https://praktijk.example/", "# Praktijk Zonnedauw",
                     "Wij helpen volwassenen met lichte klachten: kortdurende behandeling, in de buurt en zonder lange wachtlijsten.",
                     title="Praktijk Zonnedauw"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_short_waiting_time_is_no_short_care():
    snap = site(page("https://praktijk.example/", "# Praktijk Zonnedauw", "De wachttijd is kort: binnen twee weken heeft u een intake.",
                     title="Praktijk Zonnedauw"))
    assert judge("2b-10", snap).status == "voldoet_niet"
