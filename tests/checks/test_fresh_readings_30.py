"""Readings found on the opened half of the corpus's set-aside part (round 30), in the form a text extractor stores.

Passages written for these tests, not taken from any page. Each reading has a twin that keeps the old verdict."""
from check_helpers import corpus_site, judge_site as judge


# --------------------------------------------------------------------------- "Within <the practice's name>, ... work"

_WITHIN = """Our approach
{lead} Klaverveld Psychologen, basic psychologists, health care psychologists and psychotherapists work side by side.
Which of them you meet is decided after the first talk, by the kind of problem you bring."""


def test_the_disciplines_within_the_practice_named_at_the_start_are_its_team():
    snap = corpus_site("https://www.klaverveld-psychologen.example/en/approach/", _WITHIN.format(lead="Within"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_disciplines_outside_the_practice_are_no_team():
    # twin: "Outside" places them elsewhere
    snap = corpus_site("https://www.klaverveld-psychologen.example/en/approach/", _WITHIN.format(lead="Outside"))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- care given by qualified practitioners, without names

_BY_QUALIFIED = """Tarieven
{line}
Een kennismakingsgesprek van een uur kost 95 euro; een vervolggesprek van 45 minuten kost 85 euro.
De factuur krijgt u per e-mail."""


def test_online_care_by_experienced_registered_psychologists_names_the_practices_discipline():
    snap = corpus_site("https://www.praktijk-meerkoet.example/tarieven/", _BY_QUALIFIED.format(
        line="Online therapie door ervaren, BIG-geregistreerde psychologen."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_english_therapy_by_registered_psychologists_names_the_practices_discipline():
    snap = corpus_site("https://www.praktijk-meerkoet.example/en/fees/", _BY_QUALIFIED.format(
        line="Therapy by experienced and registered psychologists, in English or Dutch."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_care_by_a_profession_without_a_qualifier_is_a_kind_of_care_not_the_team():
    # twin: a condition of reimbursement, no one vouched for
    snap = corpus_site("https://www.praktijk-meerkoet.example/tarieven/", _BY_QUALIFIED.format(
        line="Behandeling door een psychotherapeut valt onder de basisverzekering, mits de huisarts u heeft doorgestuurd."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_care_by_qualified_practitioners_elsewhere_is_no_team():
    # twin: the reader is sent to them
    snap = corpus_site("https://www.praktijk-meerkoet.example/tarieven/", _BY_QUALIFIED.format(
        line="Voor langere trajecten verwijzen wij u naar therapie door ervaren psychotherapeuten in de regio."))
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the same practitioner throughout the reader's care

def test_the_reader_keeps_the_same_psychologist_through_the_care():
    snap = corpus_site("https://www.praktijk-meerkoet.example/werkwijze/", """Werkwijze
Na je aanmelding bellen we je binnen een week voor een eerste afspraak.
Je hebt van het eerste tot het laatste gesprek te maken met dezelfde GZ-psycholoog.""")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_same_psychologist_in_the_sector_in_general_is_no_team():
    # twin: a statement about the basis GGZ in general
    snap = corpus_site("https://www.praktijk-meerkoet.example/werkwijze/", """Werkwijze
Na je aanmelding bellen we je binnen een week voor een eerste afspraak.
In de basis GGZ heb je meestal te maken met dezelfde psycholoog.""")
    assert judge("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- complaints better treated elsewhere: the other side

_ELSEWHERE = """Aanmelden
Aanmelden gaat via het webformulier, waarna ik binnen een week terugbel.
{line}
Wat je doelen zijn, leggen we vervolgens vast in een plan."""


def test_complaints_better_treated_in_another_setting_with_advice_are_who_is_not_treated():
    snap = corpus_site("https://www.praktijk-rietgans.example/aanmelden/", _ELSEWHERE.format(
        line="Merk ik in dat gesprek dat je klachten beter bij een andere hulpverlener behandeld kunnen worden, dan zeg ik dat eerlijk en geef ik je advies over waar je heen kunt."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_complaints_better_treated_elsewhere_then_referred_are_who_is_not_treated():
    snap = corpus_site("https://www.praktijk-rietgans.example/aanmelden/", _ELSEWHERE.format(
        line="Lijkt het na de intake dat je problemen beter elders worden opgevangen, dan verwijs ik je door."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_that_some_complaints_are_better_treated_elsewhere_in_general_is_no_exclusion():
    # twin: no condition, no referral by the practice
    snap = corpus_site("https://www.praktijk-rietgans.example/aanmelden/", _ELSEWHERE.format(
        line="Sommige problemen worden beter elders behandeld, zegt men vaak."))
    assert judge("2b-8", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the client's own way in, on a page for referrers

_FOR_REFERRERS = """Voor verwijzers
Informatie voor verwijzers
Bij Speelhuis De Wilg krijgen kinderen van 5 tot 12 jaar speltherapie en beeldende therapie.
Een verwijzing loopt via het sociaal wijkteam of de jeugdarts. {line}"""


def test_parents_registering_their_child_themselves_beside_the_referral_is_the_aanmelding():
    snap = corpus_site("https://www.speelhuis-dewilg.example/verwijzers/", _FOR_REFERRERS.format(
        line="Ouders mogen hun kind ook rechtstreeks bij ons aanmelden."))
    assert judge("2b-9", snap).status == "voldoet_bijna"


def test_a_referrer_registering_the_child_is_no_step_of_the_clients_route():
    # twin: only the referrer's ways in
    snap = corpus_site("https://www.speelhuis-dewilg.example/verwijzers/", _FOR_REFERRERS.format(
        line="Huisartsen verwijzen bij voorkeur via ZorgDomein."))
    assert judge("2b-9", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- "Wat is de basis GGZ?" on the practice's own site

_BASIS_EXPLAINED = """{title}
Wie psychische klachten heeft, gaat eerst naar de huisarts. Vermoedt die een psychische aandoening, dan kan hij verwijzen naar de generalistische basis GGZ.
Die is bedoeld voor wie niet al te zware klachten heeft, en zij duurt kort: meestal een handvol afspraken.
Wie daarna weer zelf verder kan met werk en gezin, is klaar; zware of ingewikkelde problematiek hoort bij de specialistische GGZ."""


def test_a_page_of_the_practice_asking_what_the_basis_ggz_is_explains_its_care():
    snap = corpus_site("https://www.praktijk-kievitsbloem.example/generalistische-basis-ggz/",
                       _BASIS_EXPLAINED.format(title="Wat is de generalistische basis GGZ?"))
    assert judge("2b-10", snap).status != "voldoet_niet"


def test_a_blog_post_asking_what_the_basis_ggz_is_stays_a_general_article():
    # twin: the same text as a blog post
    snap = corpus_site("https://www.praktijk-kievitsbloem.example/blog/wat-is-de-basis-ggz/",
                       _BASIS_EXPLAINED.format(title="Wat is de generalistische basis GGZ?"))
    assert judge("2b-10", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- CQI sub-scale scores of an older year

_SUBSCALES = """Ervaringen van cliënten
Wie klaar is met de behandeling, krijgt van mij de CQ-index toegestuurd om in te vullen.
{line}"""


def test_old_cqi_subscale_scores_without_a_report_grade_are_bijna():
    # LABELING: the CQI named with sub-scale scores but no rapportcijfer is "bijna"; the year rule is the grade's
    snap = corpus_site("https://www.praktijk-zwanebloem.example/ervaringen/", _SUBSCALES.format(
        line="Vorig jaar werkte ik aan betere uitleg over de behandeling (score 4,7 in 2022 en 4,9 in 2023)."))
    assert judge("2b-13", snap).status == "voldoet_bijna"


def test_an_old_cqi_report_grade_is_outdated():
    # twin: a report grade of 2023 is too old for Keurmerk 2025
    snap = corpus_site("https://www.praktijk-zwanebloem.example/ervaringen/", _SUBSCALES.format(
        line="Over 2023 gaven cliënten mij gemiddeld een 8,7 als rapportcijfer."))
    assert judge("2b-13", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- a method explained in brackets after its name

_GLOSSED = """Hoe ik werk
In de gesprekken zoeken we naar wat je vasthoudt: oude gewoontes, overtuigingen, pijnplekken.
Daarvoor put ik uit EMDR, mindfulness en {method}."""


def test_a_method_glossed_in_brackets_is_explained():
    snap = corpus_site("https://www.praktijk-hazelaar.example/hoe-ik-werk/", _GLOSSED.format(
        method="schematherapie (waarin je terugkerende patronen uit je jeugd leert zien en doorbreken)"))
    assert judge("2b-11", snap).status == "voldoet"


def test_a_method_with_its_name_spelled_out_in_brackets_is_only_named():
    # twin: the brackets hold the full name, no explanation
    snap = corpus_site("https://www.praktijk-hazelaar.example/hoe-ik-werk/", _GLOSSED.format(
        method="ACT (acceptance and commitment therapy, een vorm van gedragstherapie)"))
    assert judge("2b-11", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- building on "the things that already work"

_BUILD_ON = """How we work
Our treatment falls within Dutch basic mental health care and is short on purpose: six to eight sessions as a rule.
Together we find out what keeps you from functioning at your job and at home, and we build on {what}."""


def test_building_on_the_things_that_already_work_is_the_clients_own_strength():
    snap = corpus_site("https://www.duinpieper-psychology.example/en/how-we-work/", _BUILD_ON.format(
        what="the things which already go well in your life"))
    assert judge("2b-10", snap).status == "voldoet"


def test_building_on_a_method_is_no_own_strength():
    # twin: one explanation (functioning) is not enough for "voldoet"
    snap = corpus_site("https://www.duinpieper-psychology.example/en/how-we-work/", _BUILD_ON.format(
        what="methods from cognitive behavioural therapy"))
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- "dan past specialistische GGZ beter"; "een andere plek"

def test_other_care_that_fits_better_excludes_the_complaints_named():
    snap = corpus_site("https://www.ggz-rietvoorn.example/voor-wie/", """Voor wie
Wij behandelen volwassenen met lichte of matige klachten als neerslachtigheid, paniekaanvallen en overspannenheid.
Gaat het om een ernstige verslaving of een psychose, dan past gespecialiseerde GGZ beter bij u.""")
    assert judge("2b-8", snap).status == "voldoet"


def test_complaints_under_a_heading_that_another_place_is_better_are_not_treated():
    snap = corpus_site("https://www.kinderpraktijk-rietvoorn.example/voor-wie/", """Voor wie
Wij begeleiden kinderen van zes tot veertien jaar die bang, verdrietig of eenzaam zijn.
Wanneer een andere plek beter is
Denk aan een ernstige eetstoornis of aan agressie die thuis tot onveilige situaties leidt.""")
    assert judge("2b-8", snap).status == "voldoet"


def test_the_same_complaints_without_the_other_side_are_one_side():
    # twin: no other care named as the better fit
    snap = corpus_site("https://www.ggz-rietvoorn.example/voor-wie/", """Voor wie
Wij behandelen volwassenen met lichte of matige klachten als neerslachtigheid, paniekaanvallen en overspannenheid.
Gaat het om een ernstige verslaving of een psychose, dan bespreken we dat in de intake.""")
    assert judge("2b-8", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- "niet al te zware klachten": a mild band, no exclusion

def test_complaints_that_are_not_too_heavy_are_whom_the_practice_treats():
    snap = corpus_site("https://www.praktijk-boterbloem.example/voor-wie/", """Voor wie
Met niet al te zware klachten (neerslachtigheid, paniekaanvallen, overspannenheid) bent u hier aan het goede adres.""")
    finding = judge("2b-8", snap)
    assert finding.status == "voldoet_bijna" and finding.details["excluded"] == []


def test_complaints_that_are_too_heavy_are_not_treated():
    # twin: "te zwaar" without the litotes still turns the client away
    snap = corpus_site("https://www.praktijk-boterbloem.example/voor-wie/", """Voor wie
Wij behandelen neerslachtigheid, paniekaanvallen en overspannenheid. Zijn de klachten te zwaar, dan verwijzen we u door.""")
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- the board's members are no practitioners

_BOARD_PAGE = """{title}
Het toezicht op Stichting Zeekraal is in handen van vijf leden, ieder voor vier jaar benoemd.
{heading}
drs. Wietske Haringsma – voorzitter; econoom en oud-wethouder
Ruben Okkerse – ervaringsdeskundige; lid van de commissie kwaliteit"""


def test_a_supervisory_board_member_with_a_profession_is_no_practitioner():
    snap = corpus_site("https://www.ggz-zeekraal.example/over-ons/raad-van-toezicht/", _BOARD_PAGE.format(
        title="Raad van toezicht", heading="Leden van de raad van toezicht"))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_the_same_people_on_the_team_page_are_practitioners():
    # twin: under the team heading on the team page they describe the care
    snap = corpus_site("https://www.ggz-zeekraal.example/ons-team/", _BOARD_PAGE.format(
        title="Ons team", heading="Onze behandelaren"))
    assert judge("2b-7", snap).status == "voldoet"


# --------------------------------------------------------------------------- a "niet" that tells the complaint

_WELCOME = """Welkom bij Praktijk Goudvink
Onze psychologen zien volwassenen met milde tot middelzware problemen.
{line}"""


def test_a_negation_inside_the_complaint_told_turns_no_one_away():
    snap = corpus_site("https://www.praktijk-goudvink.example/", _WELCOME.format(
        line="Voor hulp kunt u hier terecht wanneer u veel piekert of somber bent, of als een verlies u niet loslaat."))
    assert judge("2b-8", snap).status == "voldoet_bijna"


def test_a_negation_of_the_care_itself_turns_the_complaint_away():
    # twin: the care is negated before the condition
    snap = corpus_site("https://www.praktijk-goudvink.example/", _WELCOME.format(
        line="U kunt bij ons niet terecht wanneer een verslaving op de voorgrond staat."))
    assert judge("2b-8", snap).status == "voldoet"


# --------------------------------------------------------------------------- "Bij X vind je ..."; a role defined in brackets

def test_registered_psychologists_found_at_the_named_practice_are_its_team():
    snap = corpus_site("https://www.praktijk-kwelder.example/", """Praktijk Kwelder
Bij Praktijk Kwelder vind je BIG-geregistreerde psychologen, ook in de avond.""")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_what_one_finds_at_another_named_place_is_no_team():
    # twin: the verb needs the practice's name at the start; a library names no team
    snap = corpus_site("https://www.praktijk-kwelder.example/", """Praktijk Kwelder
Bij de Openbare Bibliotheek vind je boeken van psychologen over piekeren.""")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_a_lead_practitioner_defined_by_profession_in_brackets_names_the_discipline():
    snap = corpus_site("https://www.ggz-kwelder.example/intake/", """Intake
Uw eerste twee afspraken zijn met een regiebehandelaar (klinisch psycholoog of psychiater).""")
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_a_lead_practitioner_without_a_profession_names_no_discipline():
    # twin: the brackets hold no profession
    snap = corpus_site("https://www.ggz-kwelder.example/intake/", """Intake
Uw eerste twee afspraken zijn met een regiebehandelaar (meestal op dinsdag).""")
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_an_english_page_asking_what_basic_ggz_is_names_the_practices_care():
    snap = corpus_site("https://www.kievitsbloem-psychology.example/what-is-basic-ggz/", """What is "basic GGZ"?
Your GP may refer you to "de basis GGZ". That is the second step of Dutch mental health care, for mild to moderate problems.
Kievitsbloem is a practice within it; you need a GP referral that mentions GB-GGZ.""")
    assert judge("2b-10", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- the own care type before what that means for the bill

def test_the_basis_ggz_named_before_what_it_means_for_the_bill_is_the_own_care():
    snap = corpus_site("https://www.grachtzicht-psychology.example/who-we-are/", """Who we are
Grachtzicht offers basic generalist mental health help (the GB-GGZ), which means that your sessions are reimbursed.""")
    assert judge("2b-10", snap).status == "voldoet_bijna"


def test_a_line_on_what_the_basis_ggz_costs_names_no_own_care():
    # twin: the line is about money from its start
    snap = corpus_site("https://www.grachtzicht-psychology.example/who-we-are/", """Who we are
Insurers cover basic mental health care (GB-GGZ) with a GP referral, minus the deductible.""")
    assert judge("2b-10", snap).status == "voldoet_niet"
