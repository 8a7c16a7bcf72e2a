from check_helpers import judge, judge_site, page, site

M = "https://praktijk.example/behandelmethoden"


def test_method_with_explanation_voldoet():
    snap = site(page(M, "# Cognitieve gedragstherapie",
                     "Bij CGT onderzoeken we samen welke gedachten uw gevoelens en gedrag beïnvloeden; u leert helpende gedachten te oefenen.",
                     "# EMDR",
                     "EMDR is een behandeling waarbij nare herinneringen hun emotionele lading verliezen door afleiding met oogbewegingen."))
    f = judge("2b-11", snap)
    assert f.status == "voldoet"
    assert {"CGT", "EMDR"} <= set(f.details["explained"])


def test_bare_list_is_bijna():
    snap = site(page(M, "Wij werken onder andere met:", "- CGT", "- EMDR", "- ACT", "- schematherapie"))
    f = judge("2b-11", snap)
    assert f.status == "voldoet_bijna"
    assert set(f.details["methods"]) == {"CGT", "EMDR", "ACT", "schematherapie"}


def test_one_line_gloss_is_not_an_explanation():
    snap = site(page(M, "Speltherapie is een vorm van therapie voor kinderen."))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_english_act_is_not_a_method_and_forms_are_not_methods():
    snap = site(page(M, "We act fast.", "Wij bieden individuele therapie en partnerrelatietherapie."))
    assert judge("2b-11", snap).status == "voldoet_niet"


def test_explanation_in_following_sentence():
    snap = site(page(M, "Ik werk vooral met acceptance and commitment therapy.",
                     "Daarin leer je lastige gedachten en gevoelens te accepteren en te handelen naar je waarden."))
    assert judge("2b-11", snap).status == "voldoet"


def test_short_glosses_that_say_what_happens_explain_a_method():
    f = judge("2b-11", site(page("https://praktijk.example/aanbod", "# Aanbod",
                                 "- Cognitieve gedragstherapie: je leert anders omgaan met belemmerende gedachten.",
                                 "- EMDR: een behandeling om nare herinneringen te verwerken.")))
    assert f.status == "voldoet"


def test_a_gloss_without_content_stays_a_list():
    f = judge("2b-11", site(page("https://praktijk.example/aanbod", "# Aanbod",
                                 "- Cognitieve gedragstherapie: een bewezen effectieve methode.", "- EMDR", "- ACT")))
    assert f.status == "voldoet_bijna"


def test_english_explanation_of_a_method():
    f = judge("2b-11", site(page("https://praktijk.example/en/treatment", "# Treatments",
                                 "EMDR (Eye Movement Desensitization and Reprocessing) helps you process traumatic memories.")))
    assert f.status == "voldoet"


def test_paragraph_set_in_a_heading_tag_is_read_as_text():
    f = judge("2b-11", site(page("https://praktijk.example/oplossingsgericht",
                                 "# Oplossingsgerichte therapie richt zich niet op het probleem maar op wat al goed gaat. "
                                 "Het is een therapievorm die gericht is op het benutten van jouw sterke kanten en hulpbronnen.")))
    assert f.status == "voldoet"


def test_a_tariff_page_names_no_offer():
    """What a tariff page lists (complaints and treatments that are reimbursed) is what care costs,
    not which methods the practice offers."""
    tariffs = page("https://praktijk.example/vergoeding-en-tarieven", "# Vergoeding",
                   "Het gaat dan bijvoorbeeld om klachten als angst, somberheid of een trauma waarvoor EMDR nodig is.",
                   "Voor zelfbetalers geldt het tarief van de NZa.", title="Vergoeding en tarieven")
    assert judge("2b-11", site(tariffs)).status == "voldoet_niet"
    # the same sentence on a page about the treatment offer does name the offer
    offer = page("https://praktijk.example/behandelingen", "# Behandelingen",
                 "In onze praktijk behandelen we onder meer angst, somberheid en trauma, bijvoorbeeld met EMDR.", title="Behandelingen")
    assert judge("2b-11", site(offer)).status == "voldoet_bijna"


def test_a_web_or_mail_address_names_no_method():
    contact = page("https://praktijk.example/contact", "# Contact",
                   "Mail ons via info@speltherapie-noord.nl of kijk op www.schematherapie-centrum.nl voor de route.", title="Contact")
    assert judge("2b-11", site(contact)).status == "voldoet_niet"


def test_a_method_the_practice_does_not_offer_is_no_offer():
    f = judge("2b-11", site(page("https://praktijk.example/aanbod", "# Ons aanbod",
                                "Wij bieden geen traumabehandeling; daarvoor verwijzen wij u door.",
                                "Wij werken met oplossingsgerichte therapie.", title="Aanbod")))
    assert f.status == "voldoet_bijna"
    assert f.details["methods"] == ["oplossingsgericht"]


def test_a_credential_names_no_offer_unless_the_method_is_used():
    about = page("https://praktijk.example/over-mij", "# Over mij",
                 "Ik ben lid van de Vereniging EMDR Nederland.",
                 "In 2019 heb ik de basiscursus schematherapie afgerond.", title="Over mij")
    assert judge("2b-11", site(about)).status == "voldoet_niet"
    quality = page("https://praktijk.example/kwaliteit", "# Kwaliteit",
                   "Onze behandelaars volgen elk jaar nascholing, bijvoorbeeld over EMDR.", title="Kwaliteit")
    assert judge("2b-11", site(quality)).status == "voldoet_niet"
    used = page("https://praktijk.example/over-mij", "# Over mij",
                "Na de basiscursus schematherapie werk ik in mijn praktijk ook met schematherapie.", title="Over mij")
    assert judge("2b-11", site(used)).status == "voldoet_bijna"


def test_a_research_finding_names_no_offer():
    news = page("https://praktijk.example/stress", "# Stress verminderen",
                "Uit onderzoek blijkt dat mindfulness helpt om minder te piekeren.",
                "Research shows that EMDR reduces nightmares in children.", title="Stress verminderen")
    assert judge("2b-11", site(news)).status == "voldoet_niet"
    own = page("https://praktijk.example/stress", "# Stress verminderen",
               "Omdat onderzoek laat zien dat mindfulness helpt, bieden wij een mindfulnesstraining aan.", title="Stress verminderen")
    assert judge("2b-11", site(own)).status == "voldoet_bijna"


def test_a_guideline_sentence_in_a_general_article_is_no_offer():
    """What guidelines say about treating a condition, in a text where the practice does not speak."""
    article = page("https://praktijk.example/dwang", "# Dwangklachten",
                   "Bij dwangklachten blijven gedachten of handelingen zich steeds herhalen.",
                   "Volgens de richtlijn is exposure met responspreventie de behandeling van eerste keus, eventueel samen met cognitieve therapie.",
                   title="Dwang")
    assert judge_site("2b-11", site(article)).status == "voldoet_niet"
    own = page("https://praktijk.example/dwang", "# Dwangklachten",
               "Volgens de richtlijn is exposure de eerste keus; daarom werken wij bij dwang met exposure en cognitieve therapie.",
               title="Dwang")
    assert judge_site("2b-11", site(own)).status != "voldoet_niet"


def test_methods_on_a_page_that_is_mostly_about_money_are_no_offer():
    prices = page("https://praktijk.example/pagina-8", "# Praktisch",
                  "Een consult kost in 2026 € 150 en wordt vergoed door uw zorgverzekeraar.",
                  "Het eigen risico is van toepassing.",
                  "Ook EMDR-sessies worden zo gedeclareerd.",
                  "Facturen betaalt u binnen dertig dagen.",
                  title="Praktisch")
    assert judge_site("2b-11", site(prices)).status == "voldoet_niet"


def test_an_english_explanation_in_the_sentences_after_the_method():
    snap = site(page("https://couples.example/couples-therapy", "# How we work",
                     "We use Emotionally Focused Therapy (EFT).",
                     "EFT starts from the idea that conflicts are often an attempt to feel connected.",
                     "Together we map out the negative cycle you get stuck in and help you express the needs underneath."))
    f = judge("2b-11", snap)
    assert f.status == "voldoet"


def test_an_english_method_named_without_explanation_stays_a_list():
    snap = site(page("https://couples.example/couples-therapy", "# How we work",
                     "We use Emotionally Focused Therapy (EFT).", "Sessions are with both partners present."))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_an_explanation_with_a_split_frame_and_compound_words():
    snap = site(page("https://praktijk.example/therapievormen", "# Therapievormen", "# Cognitieve gedragstherapie",
                     "Deze aanpak gaat vooral uit van het verband tussen je denken, je gevoelsleven en wat je doet.",
                     "# Acceptance and commitment therapy",
                     "ACT gaat er van uit dat klachten blijven bestaan door starre gedrags- en gedachtenpatronen."))
    f = judge("2b-11", snap)
    assert f.status == "voldoet"


def test_method_names_with_their_own_words_are_no_explanation():
    snap = site(page("https://praktijk.example/aanbod", "# Aanbod",
                     "Wij werken met cognitieve gedragstherapie, EMDR en schematherapie."))
    assert judge("2b-11", snap).status == "voldoet_bijna"


def test_english_method_names_are_methods():
    snap = site(page("https://practice.example/en/approach", "# How I work", "I work with interpersonal therapy.",
                     "Interpersonal therapy focuses on your relationships: you learn to recognise the patterns in how you deal "
                     "with the people around you."))
    f = judge("2b-11", snap)
    assert f.status == "voldoet" and f.details["explained"] == ["IPT"]


def test_person_centred_care_is_no_method():
    # "person-centred" of care in general is how care is organised, not the person-centred therapy
    snap = site(page("https://practice.example/en/care", "# Specialist care",
                     "Specialist mental health care is person-centred and complex."))
    assert judge("2b-11", snap).status == "voldoet_niet"
    snap = site(page("https://practice.example/en/approach", "# My approach", "I offer person-centred counselling."))
    assert judge("2b-11", snap).details["methods"] == ["cliëntgericht"]


def test_a_page_explaining_a_method_names_it_as_the_offer_only_where_the_practice_says_it_uses_it():
    # a studio's explainer: it speaks of its own lessons, never of working with the method in treatment
    lines = ["# Wat is mindfulness?",
             "Mindfulness is aandachtig in het nu zijn, zonder direct een oordeel te vellen.",
             "Een bekende oefening is de bodyscan, waarbij je met je aandacht langzaam door je lichaam gaat.",
             "# Onze lessen", "In ons centrum geven we elke week lessen voor iedereen die wil ontspannen."]
    assert judge("2b-11", site(page("https://studio.example/wat-is-mindfulness", *lines))).status == "voldoet_niet"
    lines.append("In mijn praktijk werk ik met mindfulness als onderdeel van de behandeling van stressklachten.")
    assert judge("2b-11", site(page("https://studio.example/wat-is-mindfulness", *lines))).status != "voldoet_niet"
