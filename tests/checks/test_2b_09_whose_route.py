"""2b-9: whose route and which phase (own passages). A first talk with the buyer of a service (an
employer, HR) is no client's intake; "after the first conversation" is a point in time; an English
waiting-time line names no step; lines under a general heading "Behandeling" that name no phase of
their own describe no treatment phase."""
from check_helpers import judge, page, site


def test_intake_with_the_employer_is_no_client_route():
    snap = site(page("https://bureau.example/voor-organisaties", "# Voor organisaties",
                     "Wij verzorgen teamsessies en trainingen over werkdruk.",
                     "# Werkwijze",
                     "We beginnen altijd met een kennismakingsgesprek met de opdrachtgever, waarin we de vraag scherp maken.",
                     "Daarna volgt een voorstel op maat."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_english_intake_call_with_hr_is_no_client_route():
    snap = site(page("https://bureau.example/en/for-employers", "# For employers",
                     "We offer workshops on stress and resilience for international teams.",
                     "We start with a short intake call with HR or management to understand your needs.",
                     "Then we send a tailored proposal."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_after_the_first_conversation_is_a_point_in_time():
    snap = site(page("https://practice.example/en/who-we-help", "# Who we help",
                     "We help adults with anxiety and low mood.",
                     "If another provider would suit you better, we will tell you after the first conversation and help you find the right place."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_english_waiting_time_line_names_no_step():
    snap = site(page("https://practice.example/en/client-experiences", "# Client experiences",
                     "Clients were less positive about:",
                     "- the waiting time before the first appointment",
                     "We discuss these results in our team every year."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_lines_under_a_general_heading_are_no_treatment_phase():
    snap = site(page("https://praktijk.example/behandeling", "# Behandeling",
                     "Hoe lang duurt een behandeling?",
                     "Gemiddeld hebben onze cliënten zeven gesprekken.",
                     "Welke methoden gebruiken we?",
                     "We werken met cognitieve gedragstherapie en EMDR.",
                     "Waar vinden de gesprekken plaats?",
                     "In onze praktijkruimte aan het plein."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_how_an_ehealth_tool_is_used_per_phase_is_no_route():
    snap = site(page("https://praktijk.example/online-behandelen", "# Online behandelen met Minddistrict",
                     "Wij werken met Minddistrict, een online platform met programma's voor stress en somberheid.",
                     "Tijdens de behandeling: je behandelaar zet een programma voor je klaar dat past bij je doelen.",
                     "Na de behandeling: als terugvalpreventie kun je nog een paar maanden oefenen met de programma's."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_gp_page_about_referral_to_other_providers_is_no_own_route():
    snap = site(page("https://gezondheidscentrum.example/verwijzen-naar-ggz", "# Verwijzen naar de GGZ",
                     "1. De huisarts schrijft een verwijsbrief.",
                     "2. U kiest samen met de huisarts een zorgaanbieder.",
                     "3. U meldt zich zelf aan bij de gekozen praktijk, of de praktijk neemt contact met u op.",
                     "4. Na afloop van de behandeling ontvangt de huisarts een brief van de behandelaar."))
    assert judge("2b-9", snap).status == "voldoet_niet"


def test_a_page_for_referrers_telling_the_practice_steps_is_read():
    snap = site(page("https://praktijk.example/verwijzers", "# Informatie voor verwijzers",
                     "Na verwijzing nodigen wij uw patiënt uit voor een intake.",
                     "Na de intake ontvangt u een brief met het behandelvoorstel.",
                     "Tijdens de behandeling houden wij u op de hoogte als dat nodig is.",
                     "Na afloop van de behandeling ontvangt u een afsluitende brief."))
    assert judge("2b-9", snap).status == "voldoet"
