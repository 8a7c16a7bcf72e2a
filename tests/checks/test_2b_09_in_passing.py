"""2b-9: words of the route that name no phase of this practice's route - a menu written out on the
page, the end as the purpose of something else, the time after the treatment in which the client goes
on alone, a phase as the moment of a referral elsewhere and a questionnaire at the start and the end
(passages written for these tests)."""
from check_helpers import corpus_site, judge, page, site

P = "https://praktijk.example"


def _one(url: str, *items: str, title: str = "") -> str:
    return judge("2b-9", site(page(P + url, *items, title=title))).status


def test_a_menu_item_is_no_step():
    # the menu written out as lines: "Aanmelden" names a page of the site, not the aanmelding
    text = ("Onze hulp | Praktijk Zonnedauw\nHome\nOns team\nTarieven\nAanmelden\nContact\n"
            "Onze hulp\nWij helpen volwassenen die vastlopen door somberheid, angst of spanning. "
            "Samen kijken we naar wat u in uw dagelijks leven weer wilt kunnen.\n"
            "Vergoeding\nDe zorg valt onder de basisverzekering.")
    assert judge("2b-9", corpus_site("https://zonnedauw.example/onze-hulp", text)).status == "voldoet_niet"
    # ... also when the menu's last item stands as a heading over the page's first text
    text = ("Approach | Willow Psychology\nHome\nAbout us\nFees\nSign up\n"
            "What is short-term care?\nWe help adults with mild to moderate complaints to get back on their feet.")
    assert judge("2b-9", corpus_site("https://willow.example/approach", text)).status == "voldoet_niet"


def test_steps_in_lines_are_no_menu():
    # lines that name the steps and no other page are the route's steps, not a menu
    text = ("Werkwijze | Praktijk Zonnedauw\nWerkwijze\nZo verloopt uw traject bij ons:\n"
            "Aanmelding\nIntake\nBehandeling\nAfsluiting\nMeer weten? Bel ons gerust.")
    assert judge("2b-9", corpus_site("https://zonnedauw.example/werkwijze", text)).status != "voldoet_niet"


def test_the_end_as_a_purpose_is_no_ending_step():
    # a start and a middle told as steps, the end only as what the work is for: part of the route
    assert _one("/aanpak", "# Onze aanpak", "Nadat u zich heeft aangemeld, nodigen wij u uit voor een intakegesprek.",
                "Daarna werken we in wekelijkse gesprekken aan uw doelen, zodat we de behandeling op tijd kunnen afronden.") == "voldoet_bijna"
    assert _one("/approach", "# Our approach", "After you sign up, we invite you for an intake.",
                "Then we meet weekly to work on your goals, so that we can end treatment on time.") == "voldoet_bijna"
    assert _one("/aanpak", "# Onze aanpak", "Nadat u zich heeft aangemeld, nodigen wij u uit voor een intakegesprek.",
                "Daarna werken we in wekelijkse gesprekken aan uw doelen. Ons streven is dat we binnen drie maanden afronden.") == "voldoet_bijna"
    # the end told as a step completes it
    assert _one("/aanpak", "# Onze aanpak", "Nadat u zich heeft aangemeld, nodigen wij u uit voor een intakegesprek.",
                "Daarna werken we in wekelijkse gesprekken aan uw doelen. Zijn uw doelen bereikt, dan sluiten we af met een eindgesprek.") == "voldoet"


def test_going_on_alone_after_the_treatment_is_no_ending_step():
    assert _one("/aanpak", "# Onze aanpak", "Nadat u zich heeft aangemeld, nodigen wij u uit voor een intakegesprek.",
                "Daarna werken we in wekelijkse gesprekken aan uw doelen.",
                "Wat u leert, kunt u na de behandeling zelf blijven toepassen.") == "voldoet_bijna"
    assert _one("/online", "# Online", "De oefeningen uit de app kun je na de therapie zelf blijven gebruiken.") == "voldoet_niet"
    assert _one("/online", "# Online", "After therapy you keep access to the exercises for six months.") == "voldoet_niet"
    # contact after the treatment is nazorg: an ending step
    assert _one("/nazorg", "# Nazorg",
                "Na de behandeling kunt u altijd contact met ons opnemen voor een terugkomgesprek.") == "voldoet_bijna"


def test_a_phase_as_the_moment_of_a_referral_is_no_step():
    assert _one("/voor-wie", "# Voor wie",
                "Zien wij tijdens het kennismakingsgesprek dat u meer nodig heeft, dan verwijzen wij u terug naar uw huisarts.") == "voldoet_niet"
    assert _one("/who", "# Who we help",
                "If it turns out during the intake that you need more specialised care, we will refer you back to your GP.") == "voldoet_niet"


def test_a_questionnaire_at_start_and_end_is_no_route():
    assert _one("/kwaliteit", "# ROM",
                "Aan het begin en aan het einde van uw behandeling vult u een korte lijst in over uw klachten.") == "voldoet_niet"
    assert _one("/client-experiences", "# Client experiences",
                "Clients complete the survey anonymously after their treatment has ended.", title="Client experiences (CQI)") == "voldoet_niet"


def test_tapering_the_sessions_is_the_ending():
    # (the other way round: an ending told as the sessions tapered off completes the route)
    assert _one("/werkwijze", "# Werkwijze", "Na uw aanmelding volgt een intakegesprek.",
                "Daarna zien we elkaar om de week en werken we aan uw doelen.",
                "Tegen het einde bouwen we de frequentie van de afspraken geleidelijk af.") == "voldoet"
    assert _one("/how-we-work", "# How we work", "After you register, we invite you for an intake.",
                "We then meet every other week to work on your goals.",
                "Towards the end we gradually reduce the frequency of the sessions.") == "voldoet"


def test_a_phase_heading_on_a_tool_page_names_when_the_tool_is_used():
    snap = site(page(P + "/online-oefenen", "# Ons online platform",
                     "Wij werken met een beveiligd platform met modules en een dagboek.",
                     "# Na de behandeling",
                     "Ook na de afronding kunt u het platform nog drie maanden gebruiken.",
                     "Heeft u vragen, bespreek ze dan gerust met uw behandelaar."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_menu_in_one_line_is_no_step():
    text = ("Onze zorg\n\nKort en gericht op uw dagelijks leven\n\nWij bieden generalistische basis-ggz voor volwassenen.\n"
            "We plannen wekelijkse gesprekken waarin we samen aan uw doelen werken.\n\nHome | Onze zorg | Aanmelden | Privacy")
    assert judge("2b-9", corpus_site("https://zonnedauw.example/onze-zorg", text)).status == "voldoet_niet"


def test_weekly_group_meetings_are_the_treatment():
    # a group course told as its steps: a preliminary talk, weekly meetings, a follow-up meeting
    snap = site(page(P + "/groep-piekeren", "# Hoe verloopt de groep?",
                     "- Kennismakingsgesprek: u spreekt een van de begeleiders om te zien of de groep bij u past.",
                     "- Zes wekelijkse bijeenkomsten van twee uur met maximaal acht deelnemers.",
                     "- Een terugkombijeenkomst een maand na de laatste keer, waarin we samen terugkijken."))
    assert judge("2b-9", snap).status == "voldoet"


def test_the_staff_meeting_on_its_caseload_is_no_route():
    assert _one("/team", "# Ons team", "Onze psychologen overleggen iedere dinsdag over alle nieuwe aanmeldingen en volgen samen de voortgang van lopende behandelingen.") == "voldoet_niet"
    assert _one("/our-team", "# Our team", "Every week the team meets to review new referrals and the progress of ongoing treatments.") == "voldoet_niet"
    # the client's own step told the same way still counts
    assert _one("/aanmelden", "# Aanmelden", "Na uw aanmelding bespreekt het team uw hulpvraag en nodigen wij u uit voor een intake.") == "voldoet_bijna"
