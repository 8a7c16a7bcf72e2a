"""Readings found with fresh written pages (round 22), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- a course for colleagues by its subtitle

_MASTERCLASS = """Masterclass oplossingsgericht werken
Eendaagse masterclass voor psychologen en praktijkondersteuners
Oplossingsgericht werken kijkt vooral naar wat al lukt in plaats van naar de klacht; je leert met schaalvragen en de wondervraag kleine stappen vooruit te zetten.
We oefenen met casussen die deelnemers zelf meebrengen.
Programma
Ochtend: de uitgangspunten. Middag: oefenen in drietallen.
Kosten en inschrijven
De masterclass kost 245 euro inclusief lunch."""


def test_a_masterclass_for_colleagues_named_in_its_subtitle_offers_no_method():
    snap = corpus_site("https://www.academiezuidwest.example/aanbod/masterclass-oplossingsgericht/", _MASTERCLASS)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_a_group_course_for_clients_under_the_same_form_offers_the_method():
    text = _MASTERCLASS.replace("Eendaagse masterclass voor psychologen en praktijkondersteuners",
                                "Groepstraining voor volwassenen die vastlopen in hun werk").replace(
        "casussen die deelnemers zelf meebrengen", "situaties die je zelf meemaakt")
    snap = corpus_site("https://www.academiezuidwest.example/aanbod/masterclass-oplossingsgericht/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


_COURSE_SHORT_CARE = """Training kortdurend behandelen
Tweedaagse training voor behandelaars in de huisartsenpraktijk
In de generalistische basis-GGZ is de behandeling kortdurend: een beperkt aantal gesprekken, gericht op weer gewoon meedoen thuis en op het werk.
In deze training oefen je hoe je binnen acht gesprekken een behandeling opbouwt en afrondt.
Data en locatie
Twee donderdagen in maart, Amersfoort."""


def test_short_care_taught_in_a_training_for_colleagues_is_not_the_practice_s_care():
    snap = corpus_site("https://www.leerhuis-eerstelijn.example/trainingen/kortdurend-behandelen/", _COURSE_SHORT_CARE)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_same_short_care_for_clients_is_the_practice_s_care():
    text = _COURSE_SHORT_CARE.replace("Tweedaagse training voor behandelaars in de huisartsenpraktijk",
                                      "Hoe wij werken").replace(
        "In deze training oefen je hoe je binnen acht gesprekken een behandeling opbouwt en afrondt.",
        "Bij ons duurt een behandeling meestal vijf tot acht gesprekken.")
    snap = corpus_site("https://www.leerhuis-eerstelijn.example/trainingen/kortdurend-behandelen/", text)
    assert judge("2b-10", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- what research says about a method

_RESEARCH_PAGE = """ACT: wat zegt de wetenschap?
Acceptance and Commitment Therapy is een vorm van gedragstherapie waarin iemand leert om moeilijke gedachten en gevoelens toe te laten in plaats van ze te bestrijden.
Een behandeling richt zich daarnaast op wat iemand belangrijk vindt in het leven, en op kleine stappen in die richting.
Hoe sterk is het bewijs?
Overzichtsstudies laten zien dat ACT bij chronische pijn en bij angst ongeveer even goed helpt als andere bewezen behandelingen.
Bij andere klachten is het aantal studies nog klein."""


def test_a_page_on_what_research_says_about_a_method_is_no_offer():
    snap = corpus_site("https://www.psychologiepunt-noord.example/informatie/act-onderzoek/", _RESEARCH_PAGE)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_page_where_the_practice_says_it_works_with_the_method_is_an_offer():
    text = _RESEARCH_PAGE.replace("Hoe sterk is het bewijs?", "In onze praktijk werken wij met ACT.\nHoe sterk is het bewijs?")
    snap = corpus_site("https://www.psychologiepunt-noord.example/informatie/act-onderzoek/", text)
    assert judge("2b-11", snap).status == "voldoet"


# --------------------------------------------------------------------------- a cookie banner taken for the title

_BANNER = "Wij en onze partners plaatsen cookies voor statistiek. Alles accepteren  Alleen noodzakelijk\n"
_FAQ = """Vragen over de behandeling
Met welke methode werken jullie?
Wij werken met schematherapie. Daarin onderzoek je samen met je therapeut welke patronen uit je jeugd je nu nog parten spelen, en je leert met oefeningen anders te reageren.
Hoe lang duurt het?
Dat verschilt per persoon."""


def test_a_cookie_banner_naming_partners_does_not_make_a_partners_page():
    snap = corpus_site("https://www.schemapraktijkdelta.example/vragen/", _BANNER + _FAQ)
    assert judge("2b-11", snap).status == "voldoet"


def test_a_page_that_is_about_partners_still_offers_nothing():
    snap = corpus_site("https://www.schemapraktijkdelta.example/onze-partners/", _BANNER + _FAQ.replace(
        "Wij werken met schematherapie.", "Onze partners werken met schematherapie."))
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a course that is part of the treatment

_GROUP_COURSE = """Cursus Omgaan met piekeren
Een groepscursus van zes avonden als onderdeel van je behandeling bij ons
Voor wie?
De cursus is voor volwassenen die veel piekeren of somber zijn. Wie nu een ernstige depressie heeft of verslaafd is, kan niet meedoen; dan bespreken we met jou een andere behandeling.
Wat doe je?
Je leert piekergedachten herkennen en uitstellen, en oefent thuis met korte opdrachten."""


def test_a_course_said_to_be_part_of_the_treatment_tells_who_is_and_is_not_treated():
    snap = corpus_site("https://www.praktijkdeboei.example/cursussen/piekeren/", _GROUP_COURSE)
    assert judge("2b-8", snap).status == "voldoet"


def test_a_course_for_the_public_keeps_its_admission_rules_to_itself():
    text = _GROUP_COURSE.replace("Een groepscursus van zes avonden als onderdeel van je behandeling bij ons",
                                 "Een cursus van zes avonden in het buurthuis, open voor iedereen")
    snap = corpus_site("https://www.praktijkdeboei.example/cursussen/piekeren/", text)
    assert judge("2b-8", snap).status != "voldoet"


# --------------------------------------------------------------------------- news that announces the practice's own offer

_NEWS_OFFER = """Nieuw in ons aanbod: een oudergroep bij angst van kinderen
Gepubliceerd op 3 maart 2025
Vanaf april biedt Kinderpraktijk De Wilg een groep voor ouders van kinderen van 6 tot 12 jaar met angstklachten.
Voor wie?
De groep is voor ouders van kinderen met lichte tot matige angst. Hij is niet bedoeld voor gezinnen in een crisis of bij ernstige gedragsproblemen; dan kijken we samen naar een andere plek.
Deel dit bericht   Terug naar nieuws"""


def test_a_news_item_announcing_the_practice_s_own_new_offer_tells_who_is_treated():
    snap = corpus_site("https://www.kinderpraktijkdewilg.example/nieuws/oudergroep-angst/", _NEWS_OFFER)
    assert judge("2b-8", snap).status == "voldoet"


def test_a_news_item_about_something_else_stays_an_article():
    text = _NEWS_OFFER.replace("Nieuw in ons aanbod: een oudergroep bij angst van kinderen",
                               "Angst bij kinderen komt vaker voor dan gedacht")
    snap = corpus_site("https://www.kinderpraktijkdewilg.example/nieuws/oudergroep-angst/", text)
    assert judge("2b-8", snap).status != "voldoet"


# --------------------------------------------------------------------------- 2b-6: a closing on a named holiday

def test_closing_on_named_public_holidays_says_nothing_of_out_of_hours():
    text = "Contact\nDe praktijk is gesloten op Tweede Pinksterdag en op Koningsdag.\nDaarna zijn we er weer.\n"
    snap = corpus_site("https://www.praktijkhaven.example/contact/", text)
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_closing_in_the_evenings_and_weekends_is_out_of_hours_information():
    text = "Contact\nDe praktijk is in de avonden en in het weekend gesloten.\nDaarna zijn we er weer.\n"
    snap = corpus_site("https://www.praktijkhaven.example/contact/", text)
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a page that addresses professionals

_PROFESSIONALS_ABROAD = """Werken in de Nederlandse GGZ
Zoeken
NL EN
Home  Organisatie  Werken bij  Actueel  Contact
Home > Werken bij > Buitenlandse diploma's
Heb je psychologie gestudeerd in het buitenland? Ben je psycholoog en wil je in Nederland aan de slag? Op deze pagina zetten we de stappen op een rij.
Diploma en registratie
Voor een beschermde titel moet je diploma eerst worden erkend.
Behandelvormen
Veel behandelvormen ken je al: cognitieve gedragstherapie, EMDR en schematherapie worden in Nederland veel gegeven."""


def test_methods_on_a_page_addressing_professionals_are_no_offer():
    snap = corpus_site("https://www.ggzdeeemlanden.example/werken/buitenland/", _PROFESSIONALS_ABROAD)
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_methods_on_a_page_addressing_clients_are_an_offer():
    text = _PROFESSIONALS_ABROAD.replace(
        "Heb je psychologie gestudeerd in het buitenland? Ben je psycholoog en wil je in Nederland aan de slag? Op deze pagina zetten we de stappen op een rij.",
        "Woon je sinds kort in Nederland en zoek je hulp bij angst of somberheid? Op deze pagina zetten we de stappen op een rij.").replace(
        "worden in Nederland veel gegeven.", "bieden wij ook in het Engels aan.")
    snap = corpus_site("https://www.ggzdeeemlanden.example/werken/buitenland/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-11: methods said as a way of working

_SYSTEMIC = """Relatie- en gezinstherapie
Hoe werk ik?
Ik werk systemisch; dat houdt in dat ik vooral let op de patronen tussen jullie: hoe reageert de een op de ander, en hoe houden jullie samen een probleem in stand zonder dat iemand dat wil.
Met ouders werk ik soms met geweldloos verzet: ouders leren aanwezig te blijven en grenzen te stellen zonder ruzie te laten escaleren."""


def test_working_systemically_and_non_violent_resistance_are_methods_explained():
    snap = corpus_site("https://www.gezinspraktijkdebrug.example/werkwijze/", _SYSTEMIC)
    got = judge("2b-11", snap)
    assert got.status == "voldoet"
    assert set(got.details["methods"]) >= {"systeemtherapie", "geweldloos verzet"}


def test_a_system_of_appointments_is_no_method():
    text = """Afspraken
Ons systeem voor afspraken werkt eenvoudig: u kiest online een tijd en krijgt een bevestiging per mail."""
    snap = corpus_site("https://www.gezinspraktijkdebrug.example/afspraken/", text)
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-12: a tool by its name, used in the sessions

_NAMED_APP = """Zo werken wij
Bij kinderen werken wij vaak met spel en tekenen.
Tieners kunnen daarnaast de app Stappenteller gebruiken: daarin maken ze tussen de sessies korte opdrachten en houden ze een dagboekje bij."""


def test_a_named_app_used_between_the_practice_s_sessions_is_its_offer():
    snap = corpus_site("https://www.jeugdpraktijkdeduin.example/werkwijze/", _NAMED_APP)
    assert judge("2b-12", snap).status == "voldoet"


def test_the_same_app_on_a_page_where_the_practice_never_speaks_is_no_offer_of_its_own():
    text = _NAMED_APP.replace("Bij kinderen werken wij vaak met spel en tekenen.", "Spel en tekenen helpen kinderen vaak.")
    snap = corpus_site("https://www.jeugdpraktijkdeduin.example/werkwijze/", text)
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: the quality mark's name

def test_holding_the_quality_mark_names_no_short_care():
    text = "Kwaliteit\nSinds 2023 mag Praktijk Zonnedauw het Keurmerk Kortdurende GGZ voeren.\n"
    snap = corpus_site("https://www.praktijkzonnedauw.example/kwaliteit/", text)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_short_care_said_beside_the_mark_is_still_named():
    text = "Kwaliteit\nSinds 2023 mag Praktijk Zonnedauw het Keurmerk Kortdurende GGZ voeren; onze behandelingen zijn kortdurend.\n"
    snap = corpus_site("https://www.praktijkzonnedauw.example/kwaliteit/", text)
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: short care sent to another provider

_SPECIALIST = """Psychotherapie
Wij behandelen volwassenen met langer bestaande en complexe klachten; een behandeling duurt vaak een tot twee jaar.
Voor kortdurende hulp bij lichte klachten bent u beter af bij een praktijk binnen de basis GGZ."""


def test_short_care_sent_to_a_provider_of_basis_ggz_is_not_the_practice_s_own():
    snap = corpus_site("https://www.psychotherapiedeoever.example/behandeling/", _SPECIALIST)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_short_care_the_practice_gives_itself_stays_named():
    text = _SPECIALIST.replace("bent u beter af bij een praktijk binnen de basis GGZ.",
                               "kunt u bij ons terecht in de basis GGZ.")
    snap = corpus_site("https://www.psychotherapiedeoever.example/behandeling/", text)
    assert judge("2b-10", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-11: how exposure works, told step by step

_ERP = """Onze behandeling
Exposure met responspreventie
Bij smetvrees zoek je met je behandelaar stap voor stap de situaties op die je spannend vindt, zonder daarna je handen te wassen; zo merk je dat de spanning vanzelf minder wordt."""


def test_exposure_told_step_by_step_is_explained():
    snap = corpus_site("https://www.dwangpraktijkhetanker.example/behandeling/", _ERP)
    assert judge("2b-11", snap).status == "voldoet"


def test_exposure_named_with_only_where_it_is_given_is_not_explained():
    text = _ERP.replace("Bij smetvrees zoek je met je behandelaar stap voor stap de situaties op die je spannend vindt, zonder daarna je handen te wassen; zo merk je dat de spanning vanzelf minder wordt.",
                        "Deze behandeling vindt plaats op onze locatie in het centrum van de stad, op dinsdag en donderdag.")
    snap = corpus_site("https://www.dwangpraktijkhetanker.example/behandeling/", text)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- 2b-10: a count inside a client's quoted words

_QUOTED_STORY = """Traumabehandeling
Ervaringen
"Na de brand durfde ik niet meer te koken. Ik had weinig vertrouwen in de behandeling. Maar na drie sessies stond ik weer gewoon in de keuken." - Malika, 41"""


def test_a_count_in_the_middle_of_a_client_s_quotation_is_no_treatment_length():
    snap = corpus_site("https://www.traumapraktijkdebron.example/behandeling/", _QUOTED_STORY)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_the_same_count_said_by_the_practice_is_a_length():
    text = _QUOTED_STORY.replace(' Maar na drie sessies stond ik weer gewoon in de keuken." - Malika, 41',
                                 '" - Malika, 41\nOnze behandelingen duren meestal drie tot zes sessies.')
    snap = corpus_site("https://www.traumapraktijkdebron.example/behandeling/", text)
    assert judge("2b-10", snap).status == "voldoet_bijna"
