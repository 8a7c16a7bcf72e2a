from check_helpers import judge, judge_site, page, site

E = "https://praktijk.example/ehealth"


def test_platform_and_use_voldoet():
    snap = site(page(E, "# eHealth",
                     "Wij werken met Therapieland.",
                     "Tussen de sessies door maak je online oefeningen die je behandelaar bekijkt en met je bespreekt."))
    f = judge("2b-12", snap)
    assert f.status == "voldoet"
    assert f.details["platforms"] == ["Therapieland"]
    assert "tussen sessies" in f.details["usage"]


def test_mention_only_is_bijna():
    snap = site(page(E, "In onze praktijk is eHealth mogelijk."))
    f = judge("2b-12", snap)
    assert f.status == "voldoet_bijna"


def test_platform_without_use_is_bijna():
    snap = site(page(E, "Wij gebruiken het platform Minddistrict."))
    f = judge("2b-12", snap)
    assert f.status == "voldoet_bijna"
    assert "hoe het in de behandeling" in f.reason


def test_ehealth_in_privacy_statement_is_no_offer():
    snap = site(page("https://praktijk.example/privacyverklaring", "# Privacyverklaring",
                     "Voor e-health modules van Karify worden uw persoonsgegevens verwerkt volgens de AVG, naast de gesprekken."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_satisfaction_survey_platform_is_no_intervention():
    snap = site(page("https://praktijk.example/kwaliteit",
                     "Wij vragen cliënten jaarlijks een tevredenheidsvragenlijst in te vullen via Embloom."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_general_ehealth_explanation_is_not_the_own_offer():
    snap = site(page(E, "E-health betekent dat online modules de zorg ondersteunen, bijvoorbeeld tussen de sessies."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_billing_of_online_sessions_is_no_offer():
    snap = site(page("https://praktijk.example/kosten", "# Kosten",
                     "Sessies via beeldbellen worden volgens het zorgprestatiemodel op dezelfde manier gedeclareerd."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_logging_in_to_the_client_portal_is_no_ehealth_offer():
    """How to log in to the portal, or how it is secured, says nothing about an eHealth offer."""
    login = page("https://praktijk.example/inloggen", "# Inloggen cliëntportaal",
                 "Log hier in op het cliëntportaal met uw e-mailadres en wachtwoord.", title="Inloggen")
    safety = page("https://praktijk.example/online-veiligheid", "# Online veiligheid",
                  "Het cliëntportaal is beveiligd met tweestapsverificatie.",
                  "Our client portal is protected by two-factor authentication.", title="Online veiligheid")
    assert judge("2b-12", site(login)).status == "voldoet_niet"
    assert judge("2b-12", site(safety)).status == "voldoet_niet"


def test_a_portal_with_exercises_is_still_an_offer():
    f = judge("2b-12", site(page(E, "Na het inloggen op ons cliëntportaal vind je oefeningen die je tussen de sessies maakt.")))
    assert f.status == "voldoet"


def test_an_app_or_portal_for_appointments_or_messages_is_no_ehealth():
    """Online appointments and contact are no eHealth (LABELING v2), also when an app or portal carries them."""
    contact = page("https://praktijk.example/contact", "# Contact",
                   "Je afspraken plan je zelf in via de app van de praktijk.",
                   "Liever geen telefoon? Stuur ons gerust een app.", title="Contact")
    assert judge("2b-12", site(contact)).status == "voldoet_niet"


def test_a_page_about_client_surveys_names_no_ehealth_offer():
    """A satisfaction survey page that lists what the survey asks about (among which self-help
    programmes) describes the survey, not an eHealth offer."""
    cqi = page("https://praktijk.example/clienttevredenheid", "# Cliënttevredenheid",
               "Cliënten beoordelen onder meer de uitleg over de behandeling en over zelfhulpprogramma's.",
               title="Cliënttevredenheid")
    assert judge("2b-12", site(cqi)).status == "voldoet_niet"


def test_research_on_ehealth_names_no_offer():
    """A study of an app, or research on online self-help, is not the practice's eHealth offer."""
    research = page("https://praktijk.example/meedoen-aan-onderzoek", "# Meedoen aan onderzoek",
                    "De universiteit zoekt deelnemers voor een onderzoek naar een app voor mensen met somberheid.",
                    "Uit verschillende studies blijkt dat online zelfhulpprogramma's bij lichte klachten goed kunnen werken.",
                    title="Meedoen aan onderzoek")
    assert judge("2b-12", site(research)).status == "voldoet_niet"
    own = page(E, "Omdat uit onderzoek blijkt dat online modules helpen, bieden wij ze aan.")
    assert judge("2b-12", site(own)).status == "voldoet_bijna"


def test_a_platform_used_only_to_communicate_is_no_ehealth_offer():
    """Messages, questionnaires and video calls through a platform or app are contact (LABELING v2)."""
    data = page("https://praktijk.example/uw-gegevens", "# Uw gegevens",
                "Wij communiceren met u via het beveiligde platform Karify.", title="Uw gegevens")
    video = page("https://praktijk.example/beeldbellen", "# Beeldbellen",
                 "Wij beeldbellen via de app op uw telefoon; u ontvangt vooraf een link.", title="Beeldbellen")
    app = page("https://praktijk.example/app", "# De app van de praktijk",
               "In onze app vindt u het adres, de route en uw afspraken.", title="Onze app")
    for p in (data, video, app):
        assert judge("2b-12", site(p)).status == "voldoet_niet", p.url
    # a platform named as the practice's tool, without more, is still a mention
    assert judge("2b-12", site(page(E, "Wij werken met Karify."))).status == "voldoet_bijna"


def test_the_use_under_a_heading_naming_the_platform_counts():
    f = judge("2b-12", site(page(E, "# Minddistrict",
                                "Tussen de gesprekken door maak je online oefeningen die je behandelaar met je bespreekt.")))
    assert f.status == "voldoet"


def test_online_under_a_cost_heading_or_on_a_money_page_is_no_offer():
    faq = page("https://praktijk.example/nl/info", "# Wat kost een behandeling?",
               "Ook een online module hoort bij de behandeling en kost u niets extra.", title="Informatie")
    assert judge_site("2b-12", site(faq)).status == "voldoet_niet"
    prices = page("https://praktijk.example/pagina-2", "# Praktisch",
                  "Een consult kost € 150.", "De nota gaat naar uw zorgverzekeraar.",
                  "Dat geldt ook voor behandeling via internet.", "Het eigen risico betaalt u zelf.", title="Praktisch")
    assert judge_site("2b-12", site(prices)).status == "voldoet_niet"
    own = page("https://praktijk.example/werkwijze", "# Werkwijze",
               "Naast de gesprekken werk je thuis in een online module met oefeningen die we samen bespreken.", title="Werkwijze")
    assert judge_site("2b-12", site(own)).status != "voldoet_niet"


def test_modules_between_sessions_that_the_readers_own_practitioner_reads_are_the_practices_offer():
    snap = site(page("https://praktijk.example/zo-werken-wij", "# Zo werken wij",
                     "Wij plannen eerst een intakegesprek.",
                     "# Behandeling",
                     "Tussen de gesprekken door werkt u op het online platform aan modules over piekeren of slaap.",
                     "In de modules staan uitlegfilmpjes en oefeningen.",
                     "Uw behandelaar kan uw oefeningen inzien en bespreekt ze met u in het volgende gesprek."))
    f = judge("2b-12", snap)
    assert f.status == "voldoet" and f.details["own_offer"]


def test_the_same_modules_in_a_text_where_no_practice_speaks_stay_bijna():
    snap = site(page("https://praktijk.example/online-modules", "# Online modules",
                     "Tussen de gesprekken door werkt de cliënt op een online platform aan modules over piekeren of slaap.",
                     "Uw behandelaar kan de oefeningen inzien."))
    assert judge("2b-12", snap).status == "voldoet_bijna"


def test_an_app_to_apply_for_a_service_is_no_ehealth():
    snap = site(page("https://verzekeraar.example/wachttijdbemiddeling", "# Wachttijdbemiddeling",
                     "Onze zorgadviseurs zoeken met u naar een aanbieder met een kortere wachttijd.",
                     "Vraag wachttijdbemiddeling aan via Mijn Zorgverzekeraar of via de app."))
    assert judge("2b-12", snap).status == "voldoet_niet"


def test_a_news_item_announcing_the_practices_own_app_with_its_use_counts():
    snap = site(page("https://praktijk.example/nieuws/nieuwe-app", "# Nieuw: oefenen met de app",
                     "Vanaf deze maand kunnen cliënten van onze praktijk de Minddistrict-app gebruiken.",
                     "Je behandelaar zet na de intake modules voor je klaar; je werkt eraan tussen de gesprekken door.",
                     title="Nieuws"))
    f = judge_site("2b-12", snap)
    assert f.status == "voldoet" and "Minddistrict" in f.details["platforms"]


def test_a_blog_about_apps_in_general_stays_a_passing_mention():
    snap = site(page("https://praktijk.example/blog/apps", "# Apps voor je mentale gezondheid",
                     "Er zijn steeds meer apps met modules over slapen en piekeren.",
                     "Bespreek met je behandelaar of zo'n app tussen de gesprekken door bij je past.",
                     title="Blog"))
    assert judge_site("2b-12", snap).status == "voldoet_niet"


def test_english_names_of_ehealth_count_as_the_dutch_ones():
    # English pages name eHealth in their own words: internet-based help, an online programme, a
    # self-help module; used alongside the sessions
    snap = site(page("https://practice.example/en/treatment", "# Our treatment",
                     "Besides the sessions with your psychologist, we offer internet-based self-help.",
                     "You work through an online programme with short exercises at home, alongside the sessions."))
    f = judge("2b-12", snap)
    assert f.status in ("voldoet_bijna", "voldoet")
    assert f.details["kinds"]


def test_an_app_with_exercises_between_the_sessions_is_a_concrete_offer():
    # an app no list knows, in which the client does exercises: the offer is concrete, not an app for appointments
    snap = site(page("https://praktijk.example/veelgestelde-vragen", "# Werken jullie ook online?",
                     "Ja. Naast de gesprekken gebruiken wij de app Rustpunt.",
                     "Je behandelaar zet daarin oefeningen voor je klaar die je thuis tussen de afspraken door doet."))
    assert judge("2b-12", snap).status == "voldoet"


def test_modules_on_a_page_that_names_ehealth_are_its_online_modules():
    snap = site(page("https://praktijk.example/ehealth", "# eHealth",
                     "Wij combineren de gesprekken met eHealth.",
                     "Je behandelaar zet modules voor je klaar die bij je klachten passen.",
                     "Tussen de gesprekken door werk je daar in je eigen tempo aan."))
    f = judge("2b-12", snap)
    assert f.status == "voldoet" and "online module" in f.details["kinds"]


def test_an_app_for_appointments_stays_no_concrete_offer():
    snap = site(page("https://praktijk.example/app", "# Onze app",
                     "Via de app van de praktijk zie je je afspraken en kun je een afspraak verzetten."))
    assert judge("2b-12", snap).status != "voldoet"
