"""Readings found with fresh written pages (round 24), in the form a text extractor stores.

Passages written for these tests. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge

from checks.text.cookies import is_cookie_notice
from checks.text.menus import is_menu_text


# --------------------------------------------------------------------------- a cookie banner that ends with its choices

_METHODS_UNDER_A_BANNER = """{banner}
Werkwijze | Praktijk HoogeveldWerkwijze
Home  Over ons  Werkwijze  Tarieven  Contact
Privacy en klachten
Zo werken wij
- Cognitieve gedragstherapie: je onderzoekt welke gedachten je somber maken en oefent stap voor stap met ander gedrag.
- EMDR: je denkt terug aan een nare herinnering terwijl je een lampje volgt, zodat die herinnering minder lading krijgt."""


def test_a_banner_ending_in_accept_and_reject_is_no_legal_heading():
    assert is_cookie_notice("Cookies Accept Reject")
    assert is_cookie_notice("Cookies maken deze site beter. Prima | Nee, dank je")
    snap = corpus_site("https://www.praktijkhoogeveld.example/werkwijze/",
                       _METHODS_UNDER_A_BANNER.format(banner="Cookies Accept Reject"))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_privacy_heading_still_heads_a_legal_section():
    # twin: a privacy heading without a banner's choices still makes what follows a legal text
    assert not is_cookie_notice("Privacy en cookies")
    assert not is_cookie_notice("Wij weigeren geen cliënten zonder verwijzing")
    text = _METHODS_UNDER_A_BANNER.format(banner="Privacyverklaring en cookies").replace(
        "Werkwijze | Praktijk HoogeveldWerkwijze\nHome  Over ons  Werkwijze  Tarieven  Contact\nPrivacy en klachten\nZo werken wij\n", "")
    snap = corpus_site("https://www.praktijkhoogeveld.example/privacy/", text)
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a page about one method

_ONE_METHOD = """Systeemtherapie: het gezin als geheel
Wat er met één gezinslid gebeurt, raakt de anderen ook.
Daarom nodigen we vaak meerdere gezinsleden uit voor de gesprekken.
Samen brengen we in kaart welke patronen er zijn tussen ouders en kinderen en wie wat van wie verwacht.
Soms gaat er een opdrachtje mee naar huis, voor tussen twee afspraken."""


def test_the_sentences_of_a_page_about_one_method_explain_it():
    snap = corpus_site("https://www.gezinspraktijkdelta.example/aanbod/systeemtherapie/", _ONE_METHOD)
    f = judge("2b-11", snap)
    assert f.status == "voldoet" and f.details["explained"] == ["systeemtherapie"]


def test_the_same_sentences_under_an_address_about_something_else_explain_nothing():
    # twin: the address does not name the method, so the heading alone does not make the page about it
    snap = corpus_site("https://www.gezinspraktijkdelta.example/aanbod/gezinnen/", _ONE_METHOD)
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- programmes said to be available here

_METHODS_AND_PROGRAMMES = """Behandelvormen
Wij werken onder andere met:
Speltherapie
Kinderen spelen uit wat ze nog niet kunnen zeggen; wij kijken mee en geven woorden aan wat er gebeurt.
Cognitieve gedragstherapie
Met tieners onderzoeken we welke gedachten de angst voeden en oefenen we met situaties die ze vermijden.
{last}"""


def test_programmes_said_to_be_available_do_not_make_a_page_about_apps_in_general():
    text = _METHODS_AND_PROGRAMMES.format(last="Voor tieners zijn er ook online programma's beschikbaar.")
    snap = corpus_site("https://www.jeugdpraktijkwilg.example/behandelvormen/", text)
    assert judge("2b-11", snap).status == "voldoet"


def test_thousands_of_apps_said_to_exist_still_make_a_page_about_apps():
    # twin: a page opening on how many apps there are in the world is about products, not the practice's offer
    text = ("Apps voor je mentale gezondheid\nEr zijn duizenden apps beschikbaar die beloven dat je je beter gaat voelen.\n"
            "Sommige apps bieden oefeningen uit de cognitieve gedragstherapie, waarin je gedachten leert opmerken en bijsturen.")
    snap = corpus_site("https://www.jeugdpraktijkwilg.example/apps/", text)
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a route offered to employers

_TRAINING = """{title}
Voor teams
Werkdruk en spanning lopen op in veel organisaties.
Het verloop
1. Aanmelding: neem contact op via het formulier.
2. Intake: een gesprek om het programma af te stemmen.
3. Vier bijeenkomsten met oefeningen tussendoor.
4. Evaluatie en afsluiting: een verslag met adviezen.
Prijs op aanvraag"""


def test_the_steps_of_an_in_company_training_are_no_client_route():
    snap = corpus_site("https://www.praktijkrustpunt.example/aanbod/werkstress/", _TRAINING.format(title="Incompany training werkstress"))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_the_same_steps_of_a_group_treatment_are_the_route():
    snap = corpus_site("https://www.praktijkrustpunt.example/aanbod/werkstress/", _TRAINING.format(title="Groepsbehandeling werkstress"))
    assert judge("2b-9", snap).status == "voldoet"


# --------------------------------------------------------------------------- complaints as a tagline

def _home(line: str) -> str:
    return f"""Praktijk Zonneveld
Psychologische hulp dichtbij, zonder lange wachttijd.
{line}
Meld je aan"""


def test_a_tagline_of_complaints_is_the_treated_side():
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Bij piekeren, paniek, somberheid en burn-out"))
    f = judge("2b-8", snap)
    assert f.status == "voldoet_bijna" and f.details["included"]


def test_a_sentence_on_complaints_with_a_verb_is_no_tagline():
    # twin: a statement about what helps with complaints in general names no target group
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Bij piekeren en paniek helpt ontspanning vaak al een beetje."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a grade given by clients, said the other way round

def test_a_grade_said_to_be_given_by_clients_is_a_satisfaction_grade():
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Gewaardeerd met een 9,1 door onze cliënten"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet_bijna" and f.details["cqi"] is False and f.details["grade"] == 9.1


def test_a_grade_given_by_someone_else_is_no_client_grade():
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Gewaardeerd met een 9,1 door de jury van de wijkprijs"))
    assert judge("2b-13", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the practice's own platform

def test_the_practice_s_own_platform_is_ehealth_named():
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Werk aan je klachten op ons eigen platform."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_a_platform_of_others_is_not_the_practice_s():
    snap = corpus_site("https://www.praktijkzonneveld.example/", _home("Verwijzers vinden ons ook op het regionale platform."))
    assert judge("2b-12", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the next step ends what a module's mention covers

_STEPS = """Werkwijze
- Intake
Het eerste gesprek gaat over jouw klachten en jouw wensen voor de behandeling.
- Behandeling
We werken in ongeveer acht gesprekken aan je doelen. Waar het helpt, bieden we ook online modules aan.
{item}
Na vier gesprekken bespreken we met jou of je doelen dichterbij zijn."""


def test_a_module_mention_does_not_reach_into_the_next_step():
    snap = corpus_site("https://www.praktijkzonneveld.example/werkwijze/", _STEPS.format(item="- Evaluatie"))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_without_the_next_step_the_following_sentence_tells_how_the_module_is_used():
    # twin: in one run of text the sentence after the mention is about the same treatment step
    snap = corpus_site("https://www.praktijkzonneveld.example/werkwijze/",
                       _STEPS.format(item="").replace("Na vier gesprekken bespreken we met jou of je doelen dichterbij zijn.",
                                                      "De modules maak je thuis; in het volgende gesprek kijken we samen terug op wat je deed."))
    assert judge("2b-12", snap).status == "voldoet"


# --------------------------------------------------------------------------- a menu with its submenus on one line

def test_a_long_menu_line_with_its_submenus_is_a_menu():
    line = ("home | tandarts | diëtist | psychologie | kind & jeugd | volwassenen | methoden: emdr - act - schematherapie "
            "| ehealth | praktijkondersteuner ggz | fysiotherapie | nieuws | contact")
    assert is_menu_text(line)
    text = f"Samenwerking met huisartsen\n{line}\nOnze psychologen overleggen elke maand met de huisartsen van het centrum."
    snap = corpus_site("https://www.centrumdekade.example/samenwerking/", text)
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_a_long_sentence_with_a_few_page_names_is_no_menu():
    assert not is_menu_text("wij werken samen met de huisarts, de fysiotherapeut en de apotheek | contact | nieuws "
                            "| en met de wijkverpleging en het sociaal team van de gemeente in de buurt")


# --------------------------------------------------------------------------- a heading legal only by its cookie words

_BANNER_OVER_CARE = """{banner}
Deze site plaatst enkel de cookies zonder welke hij niet werkt.
Alles accepteren  Alleen noodzakelijke
Over de praktijk
Praktijk Meerzicht biedt kortdurende behandeling aan volwassenen met angst, somberheid of spanningsklachten."""


def test_a_heading_that_only_says_the_site_uses_cookies_heads_no_legal_text():
    snap = corpus_site("https://www.praktijkmeerzicht.example/over/", _BANNER_OVER_CARE.format(banner="Praktijk Meerzicht gebruikt cookies"))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_privacy_and_cookie_heading_still_heads_a_legal_text():
    snap = corpus_site("https://www.praktijkmeerzicht.example/over/", _BANNER_OVER_CARE.format(banner="Privacyverklaring en cookies"))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- no crisis care, beside the emergency numbers

def _contact(extra: str) -> str:
    return f"""Contact
You can reach me by phone on weekdays between 9 and 12.
Please note that I do not provide crisis care.
{extra}"""


def test_no_crisis_care_beside_the_emergency_numbers_is_reachability_advice():
    snap = corpus_site("https://www.ingridvalkpsychology.example/contact/",
                       _contact("Evenings and weekends: ring the huisartsenpost; when life is at risk, dial 112."))
    assert judge("2b-8", snap).status == "voldoet_niet"


def test_no_crisis_care_without_any_emergency_advice_stays_an_exclusion():
    snap = corpus_site("https://www.ingridvalkpsychology.example/contact/", _contact("I am happy to answer your questions."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a banner's opening line is no legal heading

_BANNER_THEN_METHODS = """{first} Wij gebruiken cookies om bezoek te meten en de site te verbeteren. Alles toestaan | Weigeren
Behandelingen
Cognitieve gedragstherapie: je brengt in kaart welke gedachten de klachten voeden, en je probeert nieuw gedrag uit.
EMDR: terwijl je aan een beladen herinnering denkt, volg je een lampje; daarna voelt de herinnering minder heftig."""


def test_a_banner_s_opening_line_on_privacy_does_not_make_a_legal_page():
    snap = corpus_site("https://www.praktijkbeekdal.example/behandelingen/",
                       _BANNER_THEN_METHODS.format(first="Uw privacy telt."))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_privacy_statement_s_first_heading_still_makes_a_legal_page():
    # twin: the same short line over the page's text, with no banner under it, names the page a privacy statement
    text = _BANNER_THEN_METHODS.format(first="Privacyverklaring").replace(
        " Wij gebruiken cookies om bezoek te meten en de site te verbeteren. Alles toestaan | Weigeren", "")
    snap = corpus_site("https://www.praktijkbeekdal.example/behandelingen/", text)
    assert judge("2b-11", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a CQI grade explained in its own section

def _quality(cqi_section: str, rom_section: str) -> str:
    return f"""Kwaliteit
Cliëntervaringen
CQI-meting 2025
Gemiddeld rapportcijfer: 8,2
{cqi_section}
Routine Outcome Monitoring
{rom_section}"""


def test_words_of_another_section_do_not_explain_the_grade():
    text = _quality("", "Bij de start en bij de afronding vult u een landelijke lijst met vragen over uw klachten in.")
    f = judge("2b-13", corpus_site("https://www.praktijkbeekdal.example/kwaliteit/", text))
    assert f.status == "voldoet_bijna" and f.details["explained"] is False


def test_the_same_words_in_the_grade_s_section_explain_it():
    text = _quality("De CQI is een landelijke vragenlijst: cliënten beoordelen er hoe zij de zorg ervoeren.", "Ook meten we uw klachten.")
    f = judge("2b-13", corpus_site("https://www.praktijkbeekdal.example/kwaliteit/", text))
    assert f.status == "voldoet" and f.details["explained"] is True


# --------------------------------------------------------------------------- the practice named after its practitioner, with a title

def _contact_page(line: str) -> str:
    return f"""Contact
{line}
Molenweg 4, Beekdal
Op dinsdag, woensdag en vrijdag ben ik in de praktijk; spreek gerust de voicemail in."""


def test_the_own_practice_named_after_its_practitioner_with_a_title_names_the_practitioner():
    snap = corpus_site("https://www.annekeveltpsycholoog.example/contact/", _contact_page("Praktijk Anneke Velt, GZ-psycholoog"))
    assert judge("2b-7", snap).status == "voldoet"


def test_another_practice_named_after_a_person_names_no_practitioner_of_this_site():
    snap = corpus_site("https://www.annekeveltpsycholoog.example/contact/", _contact_page("Praktijk Jan Bos, psychotherapeut"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a POH-GGZ organisation's own POH

_POH_ONLINE = """Online hulp
De POH kan een online module voor u klaarzetten, bijvoorbeeld over piekeren.
Thuis maakt u de oefeningen ervan, in de weken tussen twee afspraken."""


def test_on_a_poh_organisation_s_site_the_poh_s_module_is_its_own_offer():
    snap = corpus_site("https://www.pohggz-waterland.example/online/", _POH_ONLINE)
    assert judge("2b-12", snap).status == "voldoet"


def test_on_another_site_the_poh_s_module_is_not_the_site_s_own():
    snap = corpus_site("https://www.huisartsenwaterland.example/online/", _POH_ONLINE)
    assert judge("2b-12", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- a two-column table of what is and is not treated

def _table(header: str) -> str:
    return f"""Voor wie
Hieronder ziet u in één oogopslag waarmee u bij ons terechtkunt.
{header}
Paniekklachten | Verslaving als belangrijkste probleem
Somberheid | Een eetstoornis met ondergewicht
Slaapproblemen |
Neem bij twijfel contact op."""


def test_a_table_headed_yes_and_no_gives_both_sides():
    f = judge("2b-8", corpus_site("https://www.praktijkbeekdal.example/voor-wie/", _table("Wel | Niet")))
    assert f.status == "voldoet" and "verslaving" in f.details["excluded"]


def test_a_table_headed_otherwise_gives_no_excluded_side():
    # twin: columns of complaints and the month their group starts say nothing about what is not treated
    f = judge("2b-8", corpus_site("https://www.praktijkbeekdal.example/voor-wie/", _table("Klacht | Startmaand groep")))
    assert f.details.get("excluded", []) == []
