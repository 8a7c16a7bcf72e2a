"""Readings found with fresh written pages (round 27), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- the menu's "Spoed" names a page

_FRAMED = """Praktijk Hazelaar
Deventer · Zutphen
Home | Wie wij zijn | Aanbod | Kwaliteit | {item} | Contact
Aanbod
Bij Praktijk Hazelaar kun je terecht met somberheid, angst en spanningsklachten. We werken met cognitieve gedragstherapie.
© 2026 Praktijk Hazelaar · privacy"""


def test_a_menu_item_named_spoed_is_no_advice_for_an_emergency():
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/", _FRAMED.format(item="Spoed"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_menu_item_that_asks_about_a_crisis_is_no_advice_either():
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/", _FRAMED.format(item="Crisis?"))
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_line_of_page_links_that_gives_the_crisis_number_still_counts():
    # twin: a top bar with a phone number to call in a crisis is advice, menu or not
    snap = corpus_site("https://www.praktijkhazelaar.example/aanbod/",
                       _FRAMED.format(item="Spoed? Bel 0570 612 448"))
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the menu's last item set as a heading

_MENU_DOWN = """Praktijk Ravelijn
Home
Over ons
Aanmelden
Tarieven
{last}
Voor wie is de praktijk?
Bij Praktijk Ravelijn kunnen volwassenen terecht die last hebben van lichte tot matige klachten."""


def _headings_of(url: str, text: str, start: str) -> tuple[str, ...]:
    from checks.text import site_text
    st = site_text(corpus_site(url, text))
    return next(u.headings for u in st.units if u.low.startswith(start))


def test_the_menus_last_item_set_as_a_heading_heads_nothing_on_another_page():
    # "Contact" under the menu of the page "voor wie" is the menu's last item, not that page's heading
    url = "https://www.praktijkravelijn.example/voor-wie/"
    assert "contact" not in _headings_of(url, _MENU_DOWN.format(last="Contact"), "bij praktijk ravelijn kunnen")


def test_the_pages_own_name_under_the_menu_still_heads_it():
    # twin: on the contact page the same line is the page's own heading
    url = "https://www.praktijkravelijn.example/contact/"
    assert _headings_of(url, _MENU_DOWN.format(last="Contact"), "bij praktijk ravelijn kunnen")[-1:] == ("contact",)


def test_a_page_name_written_with_a_hyphen_names_its_own_page():
    url = "https://www.praktijkravelijn.example/aanbod/e-health/"
    text = _MENU_DOWN.format(last="E-health").replace("Voor wie is de praktijk?\n", "")
    assert _headings_of(url, text, "bij praktijk ravelijn kunnen")[-1:] == ("e-health",)


# --------------------------------------------------------------------------- a lead-in that points back

_MISFIT = """Voor wie
Bij Ravelijn kunnen volwassenen terecht met klachten als somberheid, angst en stress.
Wanneer zijn we niet de goede plek?
{turn}
{lead}
- problemen met alcohol of drugs die eerst aandacht vragen
- een acute psychose
- ernstige eetproblemen"""


def test_a_list_under_a_lead_in_that_points_back_at_a_misfit_is_excluded():
    snap = corpus_site("https://www.praktijkravelijn.example/voor-wie/",
                       _MISFIT.format(turn="Af en toe past onze hulp niet bij wat een aanmelder vraagt.",
                                      lead="Dat is bijvoorbeeld zo bij:"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet"


def test_an_english_lead_in_that_points_back_at_a_misfit():
    text = ("Who we help\nAdults with anxiety, low mood or stress can come to Ravelijn Therapy.\n"
            "Now and then our care does not fit what a person asks for.\nThis applies for example to:\n"
            "- addiction as the main problem\n- acute psychosis\n- severe eating disorders")
    assert judge("2b-8", corpus_site("https://www.ravelijn-therapy.example/who-we-help/", text)).status == "voldoet"


def test_the_same_lead_in_after_a_sentence_of_whom_the_practice_helps_stays_the_treated_side():
    # twin: the lead-in points back at the treated side
    snap = corpus_site("https://www.praktijkravelijn.example/voor-wie/",
                       _MISFIT.format(turn="Onze psychologen helpen mensen die vastlopen in hun dagelijks leven.",
                                      lead="Dat is bijvoorbeeld zo bij:").replace("Wanneer zijn we niet de goede plek?\n", "Wie helpen we?\n"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the questionnaires of a year date its grade

_RETURNED = """Kwaliteit
Wie de behandeling afrondt, vult bij ons de CQ-index in: een vaste vragenlijst die in het hele land wordt gebruikt. Cliënten geven daarin ook een rapportcijfer tussen 1 en 10.
{count}
Gemiddeld kwam dat uit op een 8,2."""


def test_the_questionnaires_returned_over_a_year_date_the_grade_after_them():
    snap = corpus_site("https://www.praktijkravelijn.example/kwaliteit/",
                       _RETURNED.format(count="Over 2024 kregen we 96 ingevulde vragenlijsten terug."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["cqi_year"] == 2024


def test_an_older_year_of_returned_questionnaires_makes_the_grade_outdated():
    snap = corpus_site("https://www.praktijkravelijn.example/kwaliteit/",
                       _RETURNED.format(count="In 2022 kwamen 96 vragenlijsten terug."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_niet" and f.details["cqi_year"] == 2022


def test_a_count_without_a_year_leaves_the_grade_undated():
    # twin: nothing dates the questionnaires
    snap = corpus_site("https://www.praktijkravelijn.example/kwaliteit/",
                       _RETURNED.format(count="We kregen 96 ingevulde vragenlijsten terug."))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["cqi_year"] is None


# --------------------------------------------------------------------------- a given name with an accent

def test_a_given_name_written_with_an_accent_introduces_the_writer():
    text = ("Therapy in English and Spanish\nI'm Inés Carvalho, GZ-psycholoog (BIG 49021773501). "
            "I see adults with stress, low mood and anxiety at my practice in Leiden.")
    f = judge("2b-7", corpus_site("https://www.carvalho-therapy.example/", text))
    assert f.status == "voldoet"


def test_an_accented_word_is_no_given_name_when_its_plain_spelling_is_none():
    from checks.text.first_names import is_given_name
    assert is_given_name("Inês") and is_given_name("Inés")
    assert not is_given_name("Privé") and not is_given_name("Één") and not is_given_name("Café")


# --------------------------------------------------------------------------- what explains a grade

_SURVEY = """How did clients rate us?
Once treatment ends, each client gets the CQ-index (Consumer Quality Index) to fill in.
{explain}
Figures for 2024
- Lists returned: 58
- Mean overall grade: 8.4"""


def test_the_sentence_after_the_cqi_in_its_section_explains_the_grade_under_another_heading():
    text = _SURVEY.format(explain="It is a fixed Dutch survey; the last question asks for one grade, 1 being the worst and 10 the best (scale 1-10).")
    f = judge("2b-13", corpus_site("https://www.kadeplein-therapy.example/client-ratings/", text))
    assert f.status == "voldoet" and f.details["cqi_year"] == 2024


def test_a_section_that_names_no_cqi_explains_nothing_of_its_grade():
    # twin: the survey is named and explained nowhere near the grade
    text = ("Quality\nWe use routine outcome monitoring: a short standardised questionnaire that measures complaints on a "
            "scale from 1 to 10.\nFigures for 2024\n- Lists returned: 58\n- Mean CQI overall grade: 8.4")
    f = judge("2b-13", corpus_site("https://www.kadeplein-therapy.example/client-ratings/", text))
    assert f.status == "voldoet_bijna"


_FIGURES = """Praktijk Kadeplein
Home · Aanbod · Wachttijd · Kwaliteit · Contact
CQI-cijfers
Gemiddeld rapportcijfer 2024: 8,2{extra}
Aantal teruggestuurde vragenlijsten: 40"""


def test_the_menus_quality_item_explains_no_grade():
    f = judge("2b-13", corpus_site("https://www.praktijkkadeplein.example/kwaliteit/cqi/", _FIGURES.format(extra="")))
    assert f.status == "voldoet_bijna" and f.details["cqi_year"] == 2024


def test_a_line_on_the_scale_still_explains_it():
    # twin: the page says what the grade is
    f = judge("2b-13", corpus_site("https://www.praktijkkadeplein.example/kwaliteit/cqi/",
                                   _FIGURES.format(extra="\nDat cijfer gaat van 1 tot 10, de schaal van een schoolrapport.")))
    assert f.status == "voldoet"


# --------------------------------------------------------------------------- a page in a "resources" section

_OWN_MODULES = """Online modules
Next to your sessions you can work in our online modules on the Lichtbaken platform: short lessons and exercises on worry, sleep and self-esteem.
Your psychologist picks a module with you, you do the exercises at home between appointments, and we go through them at the next session."""


def test_a_page_in_a_resources_section_names_its_own_subject():
    snap = corpus_site("https://www.kadeplein-therapy.example/resources/online-modules/", _OWN_MODULES)
    assert judge("2b-12", snap).status == "voldoet"


def test_the_resources_page_itself_is_still_a_page_of_links():
    # twin: the section's own page lists what others offer
    text = ("Resources\nUseful websites and apps made by others, for in between:\n"
            "- Slaapwijzer: an online course on sleeping better, used between sessions with your own therapist\n"
            "- Piekerpauze: an app with exercises against worrying")
    f = judge("2b-12", corpus_site("https://www.kadeplein-therapy.example/resources/", text))
    assert f.status == "voldoet_niet"


# --------------------------------------------------------------------------- where a client lives is no referral

def test_clients_living_elsewhere_are_not_sent_elsewhere():
    text = ("Who we see\nKadeplein Therapy sees adults with anxiety, low mood and stress.\nIf you are living elsewhere\n"
            "Clients with anxiety or low mood who live outside Utrecht can have their sessions by video.")
    assert judge("2b-8", corpus_site("https://www.kadeplein-therapy.example/who-we-see/", text)).status == "voldoet_bijna"


def test_clients_sent_elsewhere_still_are():
    # twin: the practice refers a group on
    text = ("Who we see\nKadeplein Therapy sees adults with anxiety, low mood and stress.\n"
            "With an eating disorder you are better helped elsewhere, and we will refer you.")
    assert judge("2b-8", corpus_site("https://www.kadeplein-therapy.example/who-we-see/", text)).status == "voldoet"


# --------------------------------------------------------------------------- a platform named by the practice that works with it

_PLATFORM = """Online
{works}
Thuis volg je daar in je eigen tempo een reeks oefeningen, zoals een slaapdagboek. Ik lees mee en in ons volgende gesprek kijken we samen wat je ervan leerde."""


def test_a_platform_the_practice_works_with_is_its_ehealth_offer():
    snap = corpus_site("https://www.praktijkhelmgras.example/online/", _PLATFORM.format(works="Ik werk met het platform Kompasweb."))
    assert judge("2b-12", snap).status == "voldoet"


def test_the_platform_of_a_sector_body_is_no_offer():
    # twin: a platform that is an organisation, not a tool the client works in
    snap = corpus_site("https://www.praktijkhelmgras.example/online/",
                       _PLATFORM.format(works="Ik werk mee aan het platform van de regionale huisartsen."))
    assert judge("2b-12", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- "waarnemen" is also to perceive

def test_to_perceive_the_moment_is_no_deputy():
    text = ("Mindfulness\nIn de training oefent u om met aandacht waar te nemen wat er in uw lichaam gebeurt. "
            "Wie met aandacht waarneemt, merkt eerder dat spanning opbouwt.")
    assert judge("2b-6", corpus_site("https://www.praktijkhelmgras.example/mindfulness/", text)).status == "voldoet_niet"


def test_a_colleague_who_deputises_is_still_regular_reachability():
    # twin: a colleague deputises for the practitioner
    text = ("Praktijkinformatie\nIk werk op maandag, woensdag en donderdag. Op de andere dagen is mijn collega Joost Hendriks mijn waarnemer.")
    assert judge("2b-6", corpus_site("https://www.praktijkhelmgras.example/praktijk/", text)).status == "voldoet_bijna"


def test_a_deputy_during_a_holiday_is_regular_reachability_as_before():
    # twin: unchanged, the absence is named
    text = ("Praktijkinformatie\nIk werk op maandag, woensdag en donderdag. Tijdens mijn vakantie neemt Joost Hendriks waar.")
    assert judge("2b-6", corpus_site("https://www.praktijkhelmgras.example/praktijk/", text)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- an address taken for a heading heads nothing

_TIMES = """Openingstijden en wachttijden
Openingstijden
De telefoon wordt 's ochtends (9-12 uur) door ons secretariaat opgenomen.
E-mail: balie@ggzhelmgras.example
{address}
Afspraken plannen we van maandag t/m vrijdag, ook vroeg in de ochtend.
Wachttijden (stand 1 november 2025)
Van aanmelding tot intake: 3 weken
Tussen intake en eerste behandelsessie: 5 weken"""


def test_the_address_line_heads_nothing():
    from checks.text import site_text
    st = site_text(corpus_site("https://www.ggzhelmgras.example/openingstijden-en-wachttijden/",
                               _TIMES.format(address="Bezoekadres: Dijkweg 12, 8251 RT Dronten")))
    assert all("dronten" not in h for u in st.units for h in u.headings)


def test_a_heading_with_a_year_and_capitals_still_heads_its_text():
    # twin: "Resultaten 2024 CQ-index" is no address
    from checks.text import site_text
    st = site_text(corpus_site("https://www.ggzhelmgras.example/kwaliteit/",
                               "Kwaliteit\nWij meten elk jaar hoe cliënten onze zorg ervaren.\nResultaten 2024 CQ-index\n"
                               "Het gemiddelde eindcijfer (schaal 1-10) lag op 8,3, berekend uit 75 lijsten."))
    assert next(u for u in st.units if "8,3" in u.text).headings[-1:] == ("resultaten 2024 cq-index",)


# --------------------------------------------------------------------------- the span from one first step to the next is a wait

def test_the_span_from_registration_to_intake_is_a_waiting_time_wherever_it_stands():
    snap = corpus_site("https://www.ggzhelmgras.example/openingstijden-en-wachttijden/",
                       _TIMES.format(address="Bezoekadres: Dijkweg 12, 8251 RT Dronten"))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_table_row_of_the_wait_per_kind_of_care_tells_no_short_care():
    text = ("Aanmelden\nDe wachttijden per zorgsoort:\n- Basis GGZ: aanmelding tot intake 3 weken; daarna nog 2 weken tot de eerste behandelsessie\n"
            "- Specialistische GGZ: aanmelding tot intake 8 weken; daarna nog 6 weken tot de eerste behandelsessie")
    assert judge("2b-10", corpus_site("https://www.ggzhelmgras.example/aanmelden/", text)).status == "voldoet_niet"


def test_the_span_from_intake_to_the_end_is_still_the_treatments_length():
    # twin: from the intake to the last session is how long the care lasts
    from checks.text.context import is_waiting_time
    from checks.text import site_text
    st = site_text(corpus_site("https://www.ggzhelmgras.example/werkwijze/",
                               "Werkwijze\nVan intake tot afsluiting duurt een traject bij ons meestal tien tot twaalf weken."))
    assert not any(is_waiting_time(u) for u in st.units)
    assert is_waiting_time(next(u for u in site_text(corpus_site("https://www.ggzhelmgras.example/werkwijze/",
                                                                  "Werkwijze\nVan intake tot start behandeling: 2 weken")).units
                                 if "2 weken" in u.text))


# --------------------------------------------------------------------------- a text that calls itself an article

_EXPLAINED = """Huisarts, basis GGZ of specialistische GGZ?
{opening}
Basis GGZ
De generalistische basis GGZ helpt mensen van wie de klachten licht tot matig en niet complex zijn. Een traject telt meestal vijf tot twaalf gesprekken en is erop gericht dat iemand weer gewoon kan meedoen thuis en op het werk.
Specialistische GGZ
Bij zware of ingewikkelde problemen, of als eerdere hulp niet genoeg was, verwijst de huisarts naar de specialistische GGZ."""


def test_a_text_that_calls_itself_an_article_explains_the_system_not_the_practices_care():
    snap = corpus_site("https://www.psychotherapiehelmgras.example/huisarts-basis-of-specialistisch/",
                       _EXPLAINED.format(opening="In dit artikel lichten we toe hoe de zorg in Nederland is ingedeeld."))
    assert judge("2b-10", snap).status == "voldoet_niet"
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_same_explanation_without_calling_itself_an_article_still_counts():
    # twin: LABELING v2, a page explaining basis GGZ on the practice's own site counts
    snap = corpus_site("https://www.psychotherapiehelmgras.example/huisarts-basis-of-specialistisch/",
                       _EXPLAINED.format(opening="Hieronder leest u hoe de zorg in Nederland is ingedeeld."))
    assert judge("2b-10", snap).status == "voldoet"


# --------------------------------------------------------------------------- eHealth said not to be used

_NO_APPS = """Our approach
We start with an intake and agree on goals together.
About apps
{said}"""


def test_online_programmes_the_practice_does_not_use_are_no_offer():
    text = _NO_APPS.format(said="Sessions happen in person here; we do not use online treatment programmes of any kind.")
    assert judge("2b-12", corpus_site("https://www.helmgras-therapy.example/approach/", text)).status == "voldoet_niet"


def test_a_practice_that_works_without_apps_in_dutch_offers_none():
    text = ("Werkwijze\nWe beginnen met een intake.\nApps\nWij werken niet met apps of online modules; alles gebeurt in de spreekkamer.")
    assert judge("2b-12", corpus_site("https://www.praktijkhelmgras.example/werkwijze/", text)).status == "voldoet_niet"


def test_online_programmes_the_practice_does_use_still_count():
    # twin: the same section says they are used
    text = _NO_APPS.format(said="Besides our sessions we use online programmes with exercises you do at home between appointments.")
    assert judge("2b-12", corpus_site("https://www.helmgras-therapy.example/approach/", text)).status != "voldoet_niet"


# --------------------------------------------------------------------------- the practice's own questions to another's professional

def test_a_psychiatrist_the_practice_goes_to_with_its_questions_is_not_its_team():
    text = ("Consultatie\nMet vragen over medicijnen kunnen wij terecht bij psychiater Jurre Wolthuis van GGZ Vechtstreek. "
            "Hij denkt dan met ons mee.")
    assert judge("2b-7", corpus_site("https://www.praktijkhelmgras.example/consultatie/", text)).status == "voldoet_niet"


def test_a_psychiatrist_the_practice_can_consult_in_english_is_not_its_team():
    text = "Consultation\nFor questions about medication we can consult a psychiatrist when needed."
    assert judge("2b-7", corpus_site("https://www.helmgras-therapy.example/consultation/", text)).status == "voldoet_niet"


def test_the_reader_who_comes_to_the_practices_psychologists_still_meets_its_team():
    # twin: the reader, not the practice, "kan terecht bij" the practice's own people
    text = "Aanbod\nBij Praktijk Helmgras kunt u terecht bij een van onze GZ-psychologen."
    assert judge("2b-7", corpus_site("https://www.praktijkhelmgras.example/aanbod/", text)).status == "voldoet_bijna"


def test_modules_given_through_a_named_platform_are_the_practices_ehealth():
    text = ("Tussen de gesprekken door\nVia het platform Ankerpunt krijg je korte modules, zoals een ademhalingsoefening. "
            "Die doe je thuis, en als je wilt kijk ik mee; daarna praten we erover bij de volgende afspraak.")
    assert judge("2b-12", corpus_site("https://www.praktijkhelmgras.example/werkwijze/", text)).status == "voldoet"


def test_information_through_the_platform_of_a_sector_body_is_no_offer():
    # twin: "via het platform van" an organisation
    text = ("Nieuws\nVia het platform van de regionale huisartsen delen wij onze wachttijden.")
    assert judge("2b-12", corpus_site("https://www.praktijkhelmgras.example/nieuws/", text)).status == "voldoet_niet"


# --------------------------------------------------------------------------- what solution-focused work does

def test_the_miracle_question_and_scaling_questions_explain_solution_focused_therapy():
    text = ("Oplossingsgerichte therapie\nBij ons werken we oplossingsgericht.\nZo gaat het\n"
            "Je behandelaar stelt de wondervraag: stel dat je probleem vannacht verdwenen is, wat merk je morgen als eerste? "
            "Met schaalvragen kijken we waar je nu staat en wat één stap hoger zou zijn.")
    snap = corpus_site("https://www.praktijkhelmgras.example/oplossingsgerichte-therapie/", text)
    assert judge("2b-11", snap).status == "voldoet"


def test_the_method_named_without_its_work_is_still_named_only():
    # twin: no word of how it goes
    text = ("Oplossingsgerichte therapie\nBij ons werken we oplossingsgericht.\nPraktisch\n"
            "Je behandelaar plant de afspraken in overleg met jou, overdag of in de vroege avond.")
    snap = corpus_site("https://www.praktijkhelmgras.example/oplossingsgerichte-therapie/", text)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a question as a thing one has is no step

def test_a_question_one_has_beside_registering_tells_no_first_step():
    text = "Contact\nPraktijk Helmgras, Dijkweg 12, Dronten\nNog een vraag, of klaar om u aan te melden? Bel of mail ons gerust."
    assert judge("2b-9", corpus_site("https://www.praktijkhelmgras.example/contact/", text)).status == "voldoet_niet"


def test_the_desk_for_registrations_and_practical_questions_tells_no_first_step():
    text = ("Over ons\nSanne verwerkt de aanmeldingen en helpt u bij praktische vragen over uw afspraken.")
    assert judge("2b-9", corpus_site("https://www.praktijkhelmgras.example/over-ons/", text)).status == "voldoet_niet"


def test_the_questions_asked_in_the_first_meeting_still_tell_it():
    # twin: the practitioner asks in the first meeting
    text = ("Aanmelden\nNa uw aanmelding volgt een eerste gesprek; daarin vragen wij naar uw klachten en uw doelen.")
    assert judge("2b-9", corpus_site("https://www.praktijkhelmgras.example/aanmelden/", text)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- clients who rate the practice

def test_clients_who_rate_the_practice_give_a_satisfaction_grade():
    text = "Reviews\nOur clients rate us 8.9 / 10\nBased on 41 reviews on independent sites"
    f = judge("2b-13", corpus_site("https://www.helmgras-therapy.example/reviews/", text))
    assert f.status == "voldoet_bijna" and f.details["cqi"] is False


def test_a_rate_that_is_no_grade_of_the_practice_gives_none():
    # twin: a rate of something else
    text = "Fees\nThe hourly rate is 110 euros; most insurers rate us as a contracted provider."
    assert judge("2b-13", corpus_site("https://www.helmgras-therapy.example/fees/", text)).status == "voldoet_niet"


# --------------------------------------------------------------------------- the practice contacts the reader

def test_the_practice_that_will_contact_the_reader_gives_no_way_to_reach_it():
    text = ("Aanmelden\nStuur het formulier met de verwijsbrief op. Binnen drie werkdagen neem ik telefonisch contact met je op "
            "om kort kennis te maken.")
    assert judge("2b-6", corpus_site("https://www.praktijkhelmgras.example/aanmelden/", text)).status == "voldoet_niet"


def test_a_phone_number_to_call_the_practice_still_does():
    # twin: the reader is given the number
    text = ("Aanmelden\nStuur het formulier met de verwijsbrief op. Vragen? Bel ons op 0321 384 226, op werkdagen van 9 tot 12 uur.")
    assert judge("2b-6", corpus_site("https://www.praktijkhelmgras.example/aanmelden/", text)).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the care named before how it is paid

def test_the_care_type_named_before_how_it_is_reimbursed_is_the_practices():
    text = "Services\nOur practice gives generalist basis GGZ, which is covered by your insurer once your GP refers you."
    assert judge("2b-10", corpus_site("https://www.helmgras-therapy.example/services/", text)).status == "voldoet_bijna"


def test_the_care_type_named_only_as_what_is_reimbursed_is_not():
    # twin: the money comes first and the care type is what it pays for
    text = "Fees\nYour Dutch health insurer reimburses basic mental health care when you have a GP referral."
    assert judge("2b-10", corpus_site("https://www.helmgras-therapy.example/fees/", text)).status == "voldoet_niet"


# --------------------------------------------------------------------------- a group practice of four psychologists

def test_a_group_practice_of_four_psychologists_names_its_discipline():
    text = "Over ons\nPraktijk Helmgras is een groepspraktijk van vier psychologen, vlak bij het station van Dronten."
    assert judge("2b-7", corpus_site("https://www.praktijkhelmgras.example/over-ons/", text)).status == "voldoet_bijna"


def test_a_group_practice_without_a_profession_names_none():
    # twin: no discipline named
    text = "Over ons\nPraktijk Helmgras is een groepspraktijk van vier collega's, vlak bij het station van Dronten."
    assert judge("2b-7", corpus_site("https://www.praktijkhelmgras.example/over-ons/", text)).status == "voldoet_niet"


# --------------------------------------------------------------------------- a photo's caption between brackets

_CAPTIONS = """Ons team
Klein team, grote koffiemokken:
{a}
Marloes
Fietst elke ochtend langs de dijk naar de praktijk.
{b}
Jasper
Bakt op vrijdag taart voor het hele team."""


def test_given_names_under_bracketed_photo_captions_are_the_teams_names():
    snap = corpus_site("https://www.praktijkhelmgras.example/team/", _CAPTIONS.format(a="[Foto: Marloes]", b="[Foto: Jasper]"))
    f = judge("2b-7", snap)
    assert f.status == "voldoet_bijna" and "Marloes" in f.details["names"]


def test_bracketed_captions_of_something_else_name_no_one():
    # twin: the captions show the rooms, and the lines under the names say nothing of a person by name
    snap = corpus_site("https://www.praktijkhelmgras.example/praktijk/",
                       "Onze praktijk\n[Foto: de wachtkamer]\nEen lichte ruimte met planten.\n[Foto: de tuin]\nAchter het pand ligt een stille tuin.")
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- an eHealth page of channels only

_CHANNELS = """eHealth bij Praktijk Helmgras
Beeldbellen
Zit u ziek thuis, dan spreken we elkaar via een beveiligde videoverbinding. De link krijgt u per e-mail.
Berichten
Korte vragen stelt u via het berichtensysteem in het cliëntportaal; wij antwoorden binnen twee werkdagen.
{more}"""


def test_a_page_named_ehealth_that_names_only_channels_offers_no_ehealth():
    snap = corpus_site("https://www.praktijkhelmgras.example/ehealth/", _CHANNELS.format(more=""))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_the_same_page_with_modules_still_offers_them():
    # twin: a module programme among the channels
    snap = corpus_site("https://www.praktijkhelmgras.example/ehealth/", _CHANNELS.format(
        more="Online modules\nTussen de gesprekken door werkt u in online modules met oefeningen; uw behandelaar bespreekt ze met u."))
    assert judge("2b-12", snap).status == "voldoet"


# --------------------------------------------------------------------------- the site's name with its line of work heads no method section

_TAGLINE = """Praktijk Helmgras | psychotherapie & EMDR
Start · Over mij · Aanbod · Contact
Na een schokkende gebeurtenis
Nare ervaringen kunnen jaren later nog doorwerken: in dromen, in schrikreacties en in het gevoel steeds op je hoede te moeten zijn.
Ik werk vooral met EMDR.{more}"""


def test_the_sites_name_with_its_methods_heads_no_section_that_explains_them():
    snap = corpus_site("https://www.praktijkhelmgras.example/", _TAGLINE.format(more=""))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_a_sentence_on_how_the_method_works_still_explains_it():
    # twin: the page says what EMDR involves
    snap = corpus_site("https://www.praktijkhelmgras.example/", _TAGLINE.format(
        more=" U roept het beeld van toen op terwijl tikjes op uw knieën uw aandacht afleiden; zo verliest de herinnering haar kracht."))
    assert judge("2b-11", snap).status == "voldoet"


# --------------------------------------------------------------------------- the tool's exercises and access on an eHealth page

_TOOL_PAGE = """Online werken naast je gesprekken
Via ons platform Helmgras Online werk je in modules over piekeren, slapen en spanning.
Hoe gaat dat?
- Je behandelaar bekijkt je oefeningen en reageert erop; in het volgende gesprek kijken jullie er samen naar.
- {end}"""


def test_the_exercises_and_the_access_after_the_treatment_on_an_ehealth_page_tell_no_route():
    snap = corpus_site("https://www.praktijkhelmgras.example/online-werken/",
                       _TOOL_PAGE.format(end="Na het afsluiten van je therapie houd je zes maanden lang je toegang."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_route_page_with_its_steps_still_tells_them():
    # twin: the practice's route page, its steps with an intake and an ending
    text = ("Werkwijze\n- Na je aanmelding volgt een intakegesprek, waarin we je klachten in kaart brengen en samen een behandelplan maken.\n"
            "- Tijdens de behandeling bekijkt je behandelaar je oefeningen en bespreken jullie ze in het volgende gesprek.\n"
            "- Het laatste gesprek is een eindgesprek, daarna sturen we je huisarts een korte brief ter afsluiting.")
    assert judge("2b-9", corpus_site("https://www.praktijkhelmgras.example/werkwijze/", text)).status == "voldoet"
