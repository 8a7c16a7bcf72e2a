"""Pages of the kinds that pad a real site (tariffs, terms, complaints, privacy, general explainers,
blogs, ROM, partner lists) give no verdict on reachability, methods, eHealth or the CQI grade; the
practice's own offer in neighbouring words still counts. Passages written for these tests."""
from __future__ import annotations

from check_helpers import judge, judge_site, page, site

P = "https://praktijk.example"


# ----------------------------------------------------------------------------- 2b-11: explainers


def _emdr(url: str, title: str, *own: str):
    return page(url, f"# {title}",
                *own,
                "Bij EMDR denk je terug aan een nare herinnering terwijl je een afleidende taak doet; zo leer je de "
                "herinnering te verwerken en worden de gevoelens erbij minder heftig.",
                "De methode werd eind jaren tachtig ontwikkeld en wordt wereldwijd gebruikt na schokkende ervaringen.",
                title=title)


def test_an_explainer_titled_with_the_site_name_is_no_offer():
    """"Wat is EMDR? | Praktijk Zonnedauw": a general question before the site's name."""
    snap = site(_emdr(P + "/emdr-info", "Wat is EMDR? | Praktijk Zonnedauw"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_a_knowledge_base_page_is_no_offer():
    snap = site(page(P + "/kennisbank/act", "# Acceptance and Commitment Therapy",
                     "ACT is een vorm van gedragstherapie waarin je leert ruimte te maken voor lastige gedachten en gevoelens "
                     "en stappen te zetten naar wat je belangrijk vindt.", title="ACT"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_the_same_explainer_in_which_the_practice_speaks_still_counts():
    snap = site(_emdr(P + "/emdr-info", "Wat is EMDR? | Praktijk Zonnedauw",
                      "In onze praktijk bieden wij EMDR aan bij klachten na een schokkende gebeurtenis."))
    assert judge_site("2b-11", snap).status == "voldoet"


def test_a_method_page_of_the_offer_that_opens_with_a_question_still_counts():
    """"/behandelaanbod/..." opening with "Wat is MBCT?": the practice's offer, even without "wij"."""
    snap = site(page(P + "/behandelaanbod/mbct", "Wat is MBCT?",
                     "MBCT combineert mindfulness met cognitieve therapie: je leert gedachten te herkennen als "
                     "gedachten en niet als feiten, zodat je minder meegaat in piekeren.", title="MBCT"))
    assert judge_site("2b-11", snap).status == "voldoet"


def test_a_quoted_thought_is_not_the_practice_speaking():
    """"zoals 'ik ben niet goed genoeg'" is a belief the text quotes, not the practice's voice."""
    snap = site(page(P + "/kennisbank/schematherapie", "# Schematherapie",
                     "Schematherapie gaat ervan uit dat in de jeugd overtuigingen ontstaan, zoals 'ik ben niet goed genoeg', "
                     "die je later in het dagelijks leven leert herkennen en veranderen.", title="Schematherapie"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_an_overview_with_sources_in_which_the_practice_never_speaks_is_an_article():
    snap = site(page(P + "/behandelvormen", "# Behandelvormen in de ggz",
                     "Cognitieve gedragstherapie richt zich op het veranderen van niet-helpende gedachten en gedrag, "
                     "waarbij je oefent met nieuwe manieren van denken.",
                     "Interpersoonlijke therapie richt zich op relaties en veranderingen in rollen.",
                     "Bronnen: richtlijnen van de beroepsverenigingen", title="Behandelvormen"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_a_partner_page_naming_another_practices_therapy_is_no_offer():
    snap = site(page(P + "/samenwerkingspartners", "# Onze samenwerkingspartners",
                     "- Praktijk voor vaktherapie De Kleurenkist", "- Fysiotherapie Oostpoort", title="Samenwerkingspartners"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


# ----------------------------------------------------------------------------- 2b-6: whose number


def test_a_complaints_page_titled_klachten_gives_no_reachability():
    """"Klachten" is also the word for symptoms: the page is a procedure by what it says."""
    snap = site(page(P + "/klachten", "# Klachten",
                     "Bent u ontevreden, dan helpt de onafhankelijke klachtenfunctionaris u kosteloos.",
                     "Komt u er niet uit, dan kunt u naar de geschilleninstantie.",
                     "Met vragen over de juiste instantie kunt u bellen met het Landelijk Meldpunt Zorg: 088 - 120 50 00 "
                     "(maandag tot en met vrijdag).", title="Klachten"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_a_page_of_symptoms_titled_klachten_is_no_complaints_page():
    from checks.text import site_text
    from checks.text.context import is_complaints_page

    snap = site(page(P + "/klachten", "# Klachten",
                     "Met klachten zoals somberheid, angst of spanning kunt u bij ons terecht.",
                     "Ook bij een klacht na een ingrijpende gebeurtenis denken wij graag met u mee.", title="Klachten"))
    assert not is_complaints_page(site_text(snap).pages[0])


def test_a_confidential_advisers_line_is_not_the_practices():
    snap = site(page(P + "/vertrouwenspersoon", "# De vertrouwenspersoon",
                     "De vertrouwenspersoon werkt niet bij ons maar bij een onafhankelijk bureau.",
                     "Bel gratis 088 - 555 0001 (werkdagen 9.00 - 17.00 uur).", title="Vertrouwenspersoon"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_an_associations_number_in_the_next_sentence_is_the_associations():
    snap = site(page(P + "/naasten", "# Steun voor naasten",
                     "Vereniging Draagkracht is er voor familie van mensen met psychische klachten. Telefonisch advies "
                     "via 088 - 000 44 55.", title="Naasten"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_a_list_of_partners_with_their_numbers_gives_no_reachability():
    snap = site(page(P + "/samenwerkingspartners", "# Onze samenwerkingspartners",
                     "Huisartsengroep De Brink, Brinkstraat 4, telefoon 024 - 300 11 22.",
                     "Diëtistenpraktijk Voedzaam, telefoon 024 - 300 33 44.", title="Samenwerkingspartners"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_the_practices_own_number_on_its_contact_page_still_counts():
    snap = site(page(P + "/contact", "# Contact", "U kunt ons bellen op 024 - 300 55 66, op werkdagen tussen 9 en 12 uur.",
                     title="Contact"))
    assert judge_site("2b-6", snap).status == "voldoet_bijna"


def test_how_a_gp_is_reached_is_not_the_practices_out_of_hours_advice():
    snap = site(page(P + "/verwijzing", "# Verwijsbrief kwijt?",
                     "Vraag uw huisarts om een kopie. De huisarts is overdag bereikbaar via de eigen praktijk en buiten "
                     "kantoortijden via de huisartsenpost.", title="Verwijzing"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_another_organisations_line_open_day_and_night_is_not_out_of_hours_advice():
    snap = site(page(P + "/geheugenproblemen", "# Waar vind je steun?",
                     "De Dementielijn van de landelijke vereniging is dag en nacht bereikbaar.", title="Steun"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_crisis_advice_in_a_dated_blog_post_is_general_advice():
    snap = site(page(P + "/2024/02/09/somberheid-bij-je-partner", "# Somberheid bij je partner",
                     "9 februari 2024 · Leestijd 3 minuten",
                     "Maak je je zorgen? Buiten kantoortijden kun je terecht bij de huisartsenpost en bij direct gevaar "
                     "bel je 112.", title="Somberheid bij je partner"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"


def test_the_practices_own_crisis_advice_still_counts():
    snap = site(page(P + "/praktische-informatie", "# Spoed",
                     "Buiten onze openingstijden kunt u bij spoed de huisartsenpost bellen; in een crisis belt u 112.",
                     title="Praktische informatie"))
    assert judge_site("2b-6", snap).status == "voldoet"


# ----------------------------------------------------------------------------- 2b-12: an app that is not used


def test_no_app_needed_for_questionnaires_is_no_ehealth():
    snap = site(page(P + "/rom", "# Vragenlijsten",
                     "U ontvangt per e-mail een link naar de vragenlijst. Er hoeft geen app te worden geïnstalleerd.",
                     title="ROM: meten hoe het gaat"))
    assert judge_site("2b-12", snap).status == "voldoet_niet"


def test_an_app_used_between_sessions_still_counts():
    snap = site(page(P + "/werkwijze", "# Werkwijze",
                     "Tussen de sessies werk je in onze app aan oefeningen, die we samen met je bespreken.", title="Werkwijze"))
    assert judge_site("2b-12", snap).status != "voldoet_niet"


# ----------------------------------------------------------------------------- 2b-13: the sector's grade


CQI_GENERAL = ("De CQ-index is een landelijke vragenlijst waarmee cliënten hun ervaringen met de ggz beoordelen "
               "en een rapportcijfer van 1 tot 10 geven.")


def test_the_sectors_grade_range_is_not_the_practices():
    snap = site(page(P + "/tevredenheid", "# Cliënttevredenheid", CQI_GENERAL,
                     "In landelijke metingen in de ggz ligt het gemiddelde rapportcijfer meestal tussen 7,5 en 8,5.",
                     title="Cliënttevredenheid"))
    assert judge("2b-13", snap).status == "voldoet_niet"


def test_the_practices_own_cqi_grade_still_counts():
    snap = site(page(P + "/tevredenheid", "# Cliënttevredenheid", CQI_GENERAL,
                     "Over 2024 gaven onze cliënten ons gemiddeld een rapportcijfer van 8,3 (landelijk 7,9).",
                     title="Cliënttevredenheid"))
    f = judge("2b-13", snap)
    assert f.status == "voldoet" and f.details["grade"] == 8.3


def test_the_cqi_explained_in_general_is_no_mention_of_an_own_measurement():
    snap = site(page(P + "/cqi", "# De CQ-index", CQI_GENERAL, title="CQ-index"))
    assert judge("2b-13", snap).status == "voldoet_niet"
    # the practice's own measurement without any result shows no grade either (LABELING: "bijna" needs a grade or
    # sub-scale scores); with its results in words it is "bijna"
    own = site(page(P + "/cqi", "# De CQ-index", CQI_GENERAL, "Ook wij vragen onze cliënten na afloop deze lijst in te vullen.",
                    title="CQ-index"))
    assert judge("2b-13", own).status == "voldoet_niet"
    results = site(page(P + "/cqi", "# De CQ-index", CQI_GENERAL, "Ook wij vragen onze cliënten na afloop deze lijst in te vullen.",
                        "Op bejegening en inspraak scoren wij goed; op de informatie vooraf kunnen wij nog verbeteren.",
                        title="CQ-index"))
    assert judge("2b-13", results).status == "voldoet_bijna"


# ----------------------------------------------------------------------------- vocabulary


def test_english_terms_and_conditions_are_a_legal_page():
    from checks.text import site_text
    from checks.text.context import page_kind

    snap = site(page(P + "/terms", "# Terms and conditions", "Sessions cancelled late are charged in full.",
                     title="Terms and conditions"))
    assert page_kind(site_text(snap).pages[0]) == "legal"


def test_an_identity_document_is_no_identity_problem():
    from checks.text import terms
    from checks.text.units import site_text

    snap = site(page(P + "/eerste-afspraak", "Neem een geldig identiteitsbewijs mee.",
                     "Wij helpen jongeren met identiteitsvragen en onzekerheid.", title="Eerste afspraak"))
    units = [u for u in site_text(snap).units if u.kind == "sentence"]
    labels = [terms("complaints", "complaint").labels_in(u) for u in units]
    assert "levensfase" not in labels[0] and "levensfase" in labels[1]


# ----------------------------------------------------------------------------- general kinds, reading lists, testimonials


def test_a_list_of_what_kinds_of_therapy_exist_is_no_offer():
    snap = site(page(P + "/psychotherapie", "# Psychotherapie",
                     "Er bestaan verschillende stromingen, zoals cognitieve gedragstherapie, psychodynamische therapie "
                     "en systeemtherapie.", title="Psychotherapie"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"
    own = site(page(P + "/psychotherapie", "# Psychotherapie",
                    "Er bestaan verschillende stromingen; wij werken met cognitieve gedragstherapie en systeemtherapie.",
                    title="Psychotherapie"))
    assert judge_site("2b-11", own).status == "voldoet_bijna"


def test_a_reading_list_names_no_offer():
    snap = site(page(P + "/boekentips", "# Boekentips",
                     "- 'Stil worden' - een eerste kennismaking met mindfulness",
                     "- 'Ruimte voor wat telt' - een werkboek vanuit ACT", title="Boekentips"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_a_clients_testimonial_names_no_offer():
    snap = site(page(P + "/ervaringen", "# Wat cliënten zeggen",
                     '"Na de EMDR-behandeling slaap ik eindelijk weer door." - man, 41 jaar', title="Ervaringen"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_how_the_dutch_system_works_is_no_out_of_hours_advice():
    snap = site(page(P + "/en/insurance", "# How does the Dutch system work?",
                     "In the Netherlands the GP is the first point of contact; outside office hours the GP out-of-hours "
                     "service takes over.", title="Insurance"))
    assert judge_site("2b-6", snap).status == "voldoet_niet"
    own = site(page(P + "/en/contact", "# Outside office hours",
                    "Outside our office hours, please call the GP out-of-hours service; in an emergency call 112.",
                    title="Contact"))
    assert judge_site("2b-6", own).status == "voldoet"


def test_the_known_forms_of_psychotherapy_are_no_offer():
    snap = site(page(P + "/over-psychotherapie", "# Over psychotherapie",
                     "Psychotherapie kent verschillende vormen, zoals cognitieve gedragstherapie en EMDR.",
                     "Bekende stromingen zijn verder de psychodynamische therapie en de systeemtherapie.",
                     title="Over psychotherapie"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"


def test_a_data_protection_page_is_a_legal_page():
    from checks.text import site_text
    from checks.text.context import page_kind

    snap = site(page(P + "/uw-gegevens", "# Uw gegevens", "Wij bewaren uw dossier zorgvuldig.", title="Uw gegevens"))
    assert page_kind(site_text(snap).pages[0]) == "legal"


def test_methods_listed_after_a_training_word_are_credentials():
    snap = site(page(P + "/kwaliteit", "# Scholing",
                     "Onze behandelaren volgen elk jaar nascholing, bijvoorbeeld in schematherapie of in EMDR.",
                     title="Kwaliteit"))
    assert judge_site("2b-11", snap).status == "voldoet_niet"
    own = site(page(P + "/werkwijze", "# Werkwijze", "Wij werken met schematherapie en EMDR.", title="Werkwijze"))
    assert judge_site("2b-11", own).status == "voldoet_bijna"
