"""Readings found with fresh written pages (round 20), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text import site_text
from checks.text.context import in_legal_section, is_editorial_page, is_legal_by_first_heading, is_legal_page, page_kind
from checks.text.cookies import is_cookie_notice


# --------------------------------------------------------------------------- 2b-8: the reader sent on to the practice's own people

_POH_QUESTION = """Praktijkondersteuner GGZ
Loopt het thuis of op uw werk al weken niet lekker? Heeft u last van piekeren, angst of somberheid?
Dan mag de huisarts u doorverwijzen naar onze POH-GGZ, Ilse Braam.
In een paar gesprekken zoekt u samen uit wat er speelt."""


def test_a_question_answered_with_a_referral_to_the_own_poh_names_the_treated_side():
    snap = corpus_site("https://www.gezondheidshuisdeleeuw.example/poh-ggz/", _POH_QUESTION)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert "somberheid" in finding.evidence[0].quote
    assert finding.details["included"] and not finding.details["excluded"]


def test_a_question_answered_with_a_referral_elsewhere_names_the_other_side():
    # the reader sent on to someone else's care: what the practice does not treat
    text = _POH_QUESTION.replace("naar onze POH-GGZ, Ilse Braam", "naar een psycholoog bij u in de buurt")
    snap = corpus_site("https://www.gezondheidshuisdeleeuw.example/poh-ggz/", text)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["excluded"] and not finding.details["included"]


# --------------------------------------------------------------------------- a council's or a research department's page

_YOUTH_COUNCIL = """Jongerenraad
Wij denken mee over Kompasroos
We zijn met z'n zessen, tussen de 15 en 22 jaar, en we kennen Kompasroos allemaal van binnenuit.
Wie zijn we?
Sem (17), Yara (16), Bo (21) en nog drie anderen. Marloes, onze begeleider en coach vanuit het bestuurssecretariaat, plant de vergaderingen.
Doe mee! Je krijgt een vergoeding per vergadering."""


def test_a_youth_council_page_names_no_practitioner():
    snap = corpus_site("https://www.kompasroos.example/jongerenraad/", _YOUTH_COUNCIL)
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_same_people_on_a_team_page_stay_practitioners():
    text = _YOUTH_COUNCIL.replace("Jongerenraad\n", "Ons team\n", 1)
    snap = corpus_site("https://www.kompasroos.example/ons-team/", text)
    assert judge("2b-7", snap).status == "voldoet"


_RESEARCH_LINES = """Onderzoek & Innovatie
Wat werkt, voor wie en waarom?
Onze afdeling doet praktijkgericht onderzoek met twee universiteiten; er lopen nu negen projecten.
Onderzoekslijnen
Piekeren bij jongvolwassenen
Helpt een groepstraining jongvolwassenen die veel piekeren? Vaak wordt deze groep pas laat doorverwezen, uit angst dat een training te zwaar is.
Acceptance and commitment therapy in de huisartsenpraktijk
ACT richt zich op het aanvaarden van lastige gedachten en het handelen naar je waarden. We vergelijken twee vormen van de training."""


def test_a_research_department_page_names_no_method_or_target_group():
    snap = corpus_site("https://www.ggzheuvelrand.example/onderzoek/", _RESEARCH_LINES)
    assert judge("2b-11", snap).status == "voldoet_niet"
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_same_lines_on_a_treatments_page_name_a_method():
    text = _RESEARCH_LINES.replace("Onderzoek & Innovatie", "Behandelingen", 1)
    snap = corpus_site("https://www.ggzheuvelrand.example/behandelingen/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-9: a volunteer's or a company's route

_VOLUNTEERS = """Vrijwilliger worden bij De Luifel
Help mee bij de moestuin of de fietsenwerkplaats
Zo'n zestig vrijwilligers helpen bij onze activiteiten: koken, klussen, de zomerweek.
Wat vragen we?
Je bent 18 jaar of ouder en kunt een dagdeel per maand.
Aanmelden
Vul het aanmeldformulier in. Daarna volgt een intakegesprek met de coördinator, zodat we samen kijken wat bij je past."""


def test_a_volunteer_page_tells_no_route():
    snap = corpus_site("https://www.deluifel-jeugd.example/vrijwilligers/", _VOLUNTEERS)
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_steps_for_a_client_tell_part_of_the_route():
    text = (_VOLUNTEERS.replace("Vrijwilliger worden bij De Luifel", "Aanmelden", 1)
            .replace("met de coördinator", "met een van onze behandelaars"))
    snap = corpus_site("https://www.deluifel-jeugd.example/aanmelden/", text)
    assert judge("2b-9", snap).status == "voldoet_bijna"


_FOR_COMPANIES = """Voor bedrijven
Werkdruk bespreekbaar maken
Wij helpen werkgevers om eerder in gesprek te gaan met medewerkers die vastlopen.
• Coaching voor medewerkers (drie tot vijf gesprekken)
• Trainingen voor leidinggevenden
De werkgever hoort alleen of het traject loopt en wanneer het is afgerond.
Plan een vrijblijvend kennismakingsgesprek"""


def test_a_page_for_companies_tells_no_route():
    snap = corpus_site("https://www.stevigstaan.example/voor-bedrijven/", _FOR_COMPANIES)
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a consent dialog run together with its text

_DIALOG_RUN_ON = """Cookie-instellingen  Deze site plaatst functionele cookies en, met uw toestemming, ook cookies van derden. Alles toestaan  Alleen noodzakelijk
Spoed - Praktijk HaverveldSpoed
Home > Contact > Spoed
Als cliënt van Praktijk Haverveld buiten kantooruren met spoed hulp nodig? Bel de huisartsenpost.
Bij direct levensgevaar belt u 112."""


def test_a_consent_dialog_run_together_with_its_text_is_a_banner():
    assert is_cookie_notice("Cookie-instellingen Deze site plaatst functionele cookies en, met uw toestemming, ook")
    assert is_cookie_notice("Privacy settings We place cookies to measure visits")
    assert not is_cookie_notice("Cookiebeleid Deze site plaatst functionele cookies")


def test_an_emergency_page_under_a_run_on_consent_dialog_gives_its_advice():
    snap = corpus_site("https://www.haverveld.example/spoed/", _DIALOG_RUN_ON)
    assert judge("2b-6", snap).status == "voldoet"


# --------------------------------------------------------------------------- 2b-8: a relative clause is its own clause

_RELATIVE = """Generalistische basis GGZ
Onze praktijk behandelt volwassenen die lichte tot matige klachten hebben, zoals somberheid of paniekaanvallen, die niet bij de huisarts kunnen worden behandeld.
Een behandeling duurt meestal acht gesprekken."""


def test_a_negation_in_a_relative_clause_does_not_turn_the_treated_side():
    snap = corpus_site("https://www.ggzbloemhof.example/basis-ggz/", _RELATIVE)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert finding.details["included"] and not finding.details["excluded"]


def test_a_negation_in_the_main_clause_still_excludes():
    text = _RELATIVE.replace("Onze praktijk behandelt volwassenen die lichte tot matige klachten hebben", "Onze praktijk behandelt geen volwassenen met een verslaving")
    snap = corpus_site("https://www.ggzbloemhof.example/basis-ggz/", text)
    finding = judge("2b-8", snap)
    assert finding.details["excluded"] and not finding.details["included"]


_GENERALIST = """Kortdurende behandeling
Praktijk Zuidoever helpt volwassenen bij lichte tot matige klachten.
Uw behandelaar is generalist: hij of zij kijkt breed naar klachten als somberheid, spanning en rouw, en is niet gespecialiseerd in één enkele stoornis."""


def test_a_generalist_not_specialised_in_one_disorder_excludes_nothing():
    snap = corpus_site("https://www.zuidoever.example/kortdurend/", _GENERALIST)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna"
    assert not finding.details["excluded"]


def test_not_specialised_in_a_named_complaint_still_excludes():
    text = _GENERALIST.replace("en is niet gespecialiseerd in één enkele stoornis", "maar is niet gespecialiseerd in eetstoornissen")
    snap = corpus_site("https://www.zuidoever.example/kortdurend/", text)
    assert judge("2b-8", snap).details["excluded"]


# --------------------------------------------------------------------------- a banner's link is no page name

_BANNER_LINK = """Deze website gebruikt cookies voor statistieken.
Lees meer in onze cookieverklaring.
Akkoord
Behandelingen - Praktijk LindenhofBehandelingen
Welke aanpak past bij jou?
Wij werken met bewezen methoden.
Cognitieve gedragstherapie
In cognitieve gedragstherapie ontdek je welk verband er is tussen wat je denkt, voelt en doet, en oefen je met ander gedrag in situaties die je nu uit de weg gaat."""


def test_a_banner_link_to_the_cookie_policy_makes_no_legal_page():
    snap = corpus_site("https://www.lindenhof.example/behandelingen/", _BANNER_LINK)
    assert not is_legal_by_first_heading(site_text(snap).pages[-1])
    assert judge("2b-11", snap).status == "voldoet"


def test_a_policy_name_as_first_heading_still_makes_a_legal_page():
    text = _BANNER_LINK.replace("Lees meer in onze cookieverklaring.", "Cookieverklaring", 1)
    snap = corpus_site("https://www.lindenhof.example/behandelingen/", text)
    assert is_legal_by_first_heading(site_text(snap).pages[-1])


_BANNER_HEADING = """Wij gebruiken cookies
Met cookies meten we het bezoek aan deze site. Kies 'Akkoord' om alle cookies toe te staan. Akkoord Instellingen
Zo werken wij | Praktijk MeerzichtZo werken wij
Van aanmelding tot afscheid
Aanmelden doet u met het webformulier. Tijdens de intake vertelt u over uw klachten en stellen we samen doelen op. Daarna volgen de gesprekken waarin u aan die doelen werkt; halverwege bekijken we samen de voortgang. Zijn de doelen bereikt, dan ronden we af in een laatste gesprek en krijgt uw huisarts een korte brief."""


def test_a_banner_heading_is_a_cookie_notice():
    assert is_cookie_notice("Wij gebruiken cookies")
    assert is_cookie_notice("This website uses cookies")
    assert not is_cookie_notice("Welke cookies gebruiken wij?")


def test_a_route_page_under_a_banner_heading_tells_its_route():
    snap = corpus_site("https://www.meerzicht.example/zo-werken-wij/", _BANNER_HEADING)
    assert page_kind(site_text(snap).pages[-1]) == ""  # not a cookie policy
    assert judge("2b-9", snap).status == "voldoet"


# --------------------------------------------------------------------------- a title legal only by its cookies

_COOKIES_TITLE = """Cookies
Alle cookies   Alleen noodzakelijk
Aanbod - Praktijk De SpiegelAanbod
Wij werken met EMDR. Bij EMDR denk je terug aan een nare herinnering terwijl je de hand van de therapeut volgt, zodat de herinnering minder heftig wordt."""


def test_a_cookies_title_over_another_address_makes_no_legal_page():
    snap = corpus_site("https://www.despiegel.example/aanbod/", _COOKIES_TITLE)
    assert not is_legal_page(site_text(snap).pages[-1])


def test_a_cookies_title_over_a_cookie_address_stays_legal():
    snap = corpus_site("https://www.despiegel.example/cookies/", _COOKIES_TITLE)
    assert is_legal_page(site_text(snap).pages[-1])


# --------------------------------------------------------------------------- 2b-6: a deputy without an absence

_PORTAL = """Portaal voor huisartsen
Het portaal is een beveiligde omgeving om berichten en documenten uit te wisselen.
Per huisartsenpraktijk kunnen meerdere accounts worden aangemaakt, ook voor waarnemers en de assistente."""


def test_accounts_for_deputising_doctors_are_no_contact_information():
    snap = corpus_site("https://www.ggzwesterkwartier.example/portaal/", _PORTAL)
    assert judge("2b-6", snap).status == "voldoet_niet"


def test_a_deputy_during_a_holiday_is_contact_information():
    text = _PORTAL + "\nTijdens mijn vakantie neemt mijn collega Joost Verhoef waar."
    snap = corpus_site("https://www.ggzwesterkwartier.example/portaal/", text)
    assert judge("2b-6", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a blog by another name

_JOURNAL = """Journal
Wat is acceptance and commitment therapy?
In acceptance and commitment therapy oefen je met het toelaten van lastige gedachten, zodat er ruimte komt voor wat jij waardevol vindt.
Lees verder"""


def test_a_journal_is_a_blog():
    snap = corpus_site("https://www.hetwakkerehuis.example/journal/", _JOURNAL)
    assert is_editorial_page(site_text(snap).pages[-1])
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_the_same_text_as_the_offer_names_a_method():
    text = _JOURNAL.replace("Journal", "Ons aanbod", 1) + "\nWij werken met acceptance and commitment therapy."
    snap = corpus_site("https://www.hetwakkerehuis.example/aanbod/", text)
    assert judge("2b-11", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: crisis on an emergency page

_URGENT = """Need help now?
I work on my own and I cannot offer crisis care.
In a life-threatening situation, dial 112. Evenings and weekends, phone the huisartsenpost (the GP service after hours)."""


def test_no_crisis_care_on_an_urgent_help_page_is_no_exclusion():
    snap = corpus_site("https://www.ommelandtherapy.example/en/urgent-help/", _URGENT)
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_no_crisis_care_among_the_target_group_still_excludes():
    text = "Who I work with\nI work with adults with anxiety, low mood and stress.\nI work on my own and I cannot offer crisis care."
    snap = corpus_site("https://www.ommelandtherapy.example/en/who-i-work-with/", text)
    assert judge("2b-8", snap).status == "voldoet"


_SPOED = """Spoed en crisis
Nog niet bij ons in behandeling? Bel dan uw eigen huisarts, of 's nachts en op zondag de huisartsenpost.
Die kan zo nodig de crisisdienst inschakelen.
Denkt u aan zelfdoding?
Praat erover. Bel gratis met 113 Zelfmoordpreventie."""


def test_suicidal_thoughts_on_an_emergency_page_are_no_exclusion():
    snap = corpus_site("https://www.ggzbeekdal.example/spoed-en-crisis/", _SPOED)
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- 2b-10: the intake's talks

_INTAKE_AND_ASSESSMENT = """Werkwijze
Intake en onderzoek
In de twee of drie gesprekken daarna breng ik uw klachten en uw voorgeschiedenis in kaart en stel ik een behandelplan voor."""


def test_talks_under_an_intake_and_assessment_heading_are_no_treatment_length():
    snap = corpus_site("https://www.praktijkdekeerkring.example/werkwijze/", _INTAKE_AND_ASSESSMENT)
    assert judge("2b-10", snap).status == "voldoet_niet"


def test_talks_under_a_treatment_heading_are_a_treatment_length():
    text = (_INTAKE_AND_ASSESSMENT.replace("Intake en onderzoek", "De behandeling", 1)
            .replace("breng ik uw klachten en uw voorgeschiedenis in kaart en stel ik een behandelplan voor",
                     "werken we aan uw doelen, daarna ronden we af"))
    snap = corpus_site("https://www.praktijkdekeerkring.example/werkwijze/", text)
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a banner's "Cookies" heading over the page

_COOKIES_ON_TOP = """Cookies
Cookies helpen ons de site te verbeteren en het bezoek te tellen.
[Selectie toestaan]  [Alle cookies toestaan]
Voor ouders - Kinderpraktijk ZeesterVoor ouders
Welke behandelingen bieden we?
Cognitieve gedragstherapie: uw kind ontdekt hoe denken, voelen en doen elkaar beïnvloeden, en oefent met kleine stapjes met wat spannend is."""


def test_a_cookies_heading_on_top_of_the_page_heads_no_legal_section():
    snap = corpus_site("https://www.kinderpraktijkzeester.example/voor-ouders/", _COOKIES_ON_TOP)
    unit = next(u for u in site_text(snap).units if u.text.startswith("Cognitieve gedragstherapie"))
    assert not in_legal_section(unit)
    assert judge("2b-11", snap).status == "voldoet"


def test_a_cookies_section_of_a_privacy_statement_stays_legal():
    text = "Privacyverklaring\nWij gaan zorgvuldig om met uw gegevens.\nCookies\nOp deze site gebruiken wij alleen functionele cookies."
    snap = corpus_site("https://www.kinderpraktijkzeester.example/privacyverklaring/", text)
    unit = next(u for u in site_text(snap).units if u.text.startswith("Op deze site"))
    assert in_legal_section(unit)


# --------------------------------------------------------------------------- 2b-8: the practice refers on

_REFERS_ON_TEXT = """Werkwijze
Wij helpen kinderen tussen 8 en 16 met angst, somberheid of faalangst.
Zien we tijdens de behandeling dat er meer hulp nodig is, bijvoorbeeld bij een verslaving, dan verwijzen we in overleg met de ouders door."""


def test_a_condition_with_the_practice_referring_on_is_the_other_side():
    snap = corpus_site("https://www.jeugdpraktijkbaken.example/werkwijze/", _REFERS_ON_TEXT)
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet"
    assert "verslaving" in finding.details["excluded"]


def test_the_complaint_without_a_referral_stays_treated():
    text = _REFERS_ON_TEXT.replace("dan verwijzen we in overleg met de ouders door", "dan bespreken we dat met de ouders")
    snap = corpus_site("https://www.jeugdpraktijkbaken.example/werkwijze/", text)
    assert "verslaving" not in judge("2b-8", snap).details.get("excluded", [])


# --------------------------------------------------------------------------- a sponsoring page

_SPONSORING = """Sponsoring
Ieder jaar steunen wij een paar initiatieven in de wijk.
Wij kijken naar deze criteria:
- het initiatief is bedoeld voor kinderen tot 18 jaar;
- het heeft geen commercieel doel."""


def test_the_criteria_for_sponsoring_requests_name_no_target_group():
    snap = corpus_site("https://www.jeugdpraktijkdewilg.example/over-ons/sponsoring/", _SPONSORING)
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_the_same_criteria_for_clients_name_a_target_group():
    text = _SPONSORING.replace("Sponsoring", "Voor wie", 1).replace("Ieder jaar steunen wij een paar initiatieven in de wijk.",
                                                                     "Wij helpen kinderen en jongeren met angst of somberheid.")
    snap = corpus_site("https://www.jeugdpraktijkdewilg.example/voor-wie/", text)
    assert judge("2b-8", snap).status != "voldoet_niet"


# --------------------------------------------------------------------------- 2b-8: a mild band said with "niet zo ernstig"

def test_complaints_that_are_not_so_severe_are_the_treated_side():
    text = "Voor wie\nWij helpen u bij problemen die (nog) niet heel ernstig zijn, bijvoorbeeld piekeren, somberheid of rouw."
    finding = judge("2b-8", corpus_site("https://www.praktijkhoefslag.example/voor-wie/", text))
    assert finding.status == "voldoet_bijna"
    assert finding.details["included"] and not finding.details["excluded"]


def test_complaints_that_are_too_severe_are_the_other_side():
    text = ("Voor wie\nWij helpen u bij piekeren, somberheid of rouw.\n"
            "Zijn uw klachten te ernstig, bijvoorbeeld bij een psychose, dan verwijzen wij u naar de specialistische ggz.")
    finding = judge("2b-8", corpus_site("https://www.praktijkhoefslag.example/voor-wie/", text))
    assert finding.status == "voldoet"
