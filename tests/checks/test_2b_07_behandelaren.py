import pytest

from check_helpers import judge, judge_site, page, site

T = "https://praktijk.example/over-ons/team"


def test_named_practitioner_with_registration_voldoet():
    snap = site(page(T, "# Ons team", "# Marieke van den Berg",
                     "Marieke is GZ-psycholoog (BIG 49012345678) en gespecialiseerd in angst en trauma.",
                     "Zij behandelt ook in het Engels."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Marieke van den Berg" in f.details["practitioners"]
    assert "GZ-psycholoog" in f.details["characteristics"]


def test_initials_and_title():
    snap = site(page(T, "De behandelingen worden uitgevoerd door drs. J.P. Jansen, klinisch psycholoog en psychotherapeut."))
    assert judge("2b-7", snap).status == "voldoet"


def test_names_only_is_bijna():
    snap = site(page(T, "In de praktijk werken Sanne de Vries en Peter Bakker."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet_bijna"


def test_generic_team_is_bijna():
    snap = site(page(T, "Ons team bestaat uit ervaren GZ-psychologen en psychotherapeuten."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_general_explanation_of_professions_is_not_a_team():
    snap = site(page("https://praktijk.example/beroepen", "# De GZ-psycholoog",
                     "Een GZ-psycholoog heeft na de studie psychologie een tweejarige opleiding gevolgd en staat in het BIG-register."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_famous_therapists_are_not_practitioners():
    snap = site(page("https://praktijk.example/therapie",
                     "Bekende grondleggers van deze stroming zijn onder andere Albert Ellis en Aaron Beck."))
    assert judge("2b-7", snap).status != "voldoet"


def test_privacy_contact_with_big_number_is_no_practitioner_description():
    snap = site(page("https://praktijk.example/privacyverklaring", "# Privacyverklaring",
                     "Vragen over uw persoonsgegevens kunt u stellen aan Esther Jansen, BIG-registratienummer 12345678901."))
    assert judge("2b-7", snap).status != "voldoet"


def test_profile_page_named_by_heading_and_url_voldoet():
    # a given name the name list does not know: the heading matches the team member's URL
    snap = site(page("https://praktijk.example/team/jorinde-haverkamp", "# Jorinde Haverkamp",
                     "# Orthopedagoog",
                     "Ik werk al vijftien jaar als GZ-psycholoog met gezinnen en jonge kinderen."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Jorinde Haverkamp" in f.details["practitioners"]


def test_heading_that_matches_url_but_is_no_person_stays_without_name():
    snap = site(page("https://praktijk.example/veel-gestelde-vragen", "# Veel Gestelde Vragen",
                     "Een psycholoog kan je helpen als je vastloopt."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_about_given_name_page_first_person_with_profession_voldoet():
    snap = site(page("https://praktijk.example/over-noortje", "# Over Noortje",
                     "Als speltherapeut help ik kinderen die vastlopen op school of thuis.",
                     "Ik heb de opleiding tot speltherapeut aan de hogeschool gevolgd."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"


def test_named_subject_of_profession_in_running_text_voldoet():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Welkom bij onze praktijk in het centrum. Jolien Verhoef is speltherapeut en werkt met kinderen van 4 tot 12 jaar."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Jolien Verhoef" in f.details["practitioners"]


def test_english_subject_of_profession_voldoet():
    snap = site(page("https://practice.example/en/", "# Welcome",
                     "Welcome to our practice. Anouk Brinkman is a psychologist and offers therapy in English and Dutch."))
    assert judge("2b-7", snap).status == "voldoet"


def test_famous_founder_in_past_tense_is_no_subject():
    snap = site(page("https://praktijk.example/therapie/rationele-therapie",
                     "Deze vorm van therapie werd in de jaren vijftig bedacht. Albert Ellis was psycholoog en schreef er veel over."))
    assert judge("2b-7", snap).status != "voldoet"


def test_general_sentence_about_a_profession_names_no_subject():
    snap = site(page("https://praktijk.example/werkwijze",
                     "Uw Huisarts is vaak de eerste die u spreekt. De Praktijkondersteuner is geen psycholoog maar kan u wel verwijzen."))
    assert judge("2b-7", snap).status != "voldoet"


def test_negated_profession_names_no_subject():
    snap = site(page("https://praktijk.example/werkwijze",
                     "Welkom. Praktijkondersteuner Yara is geen psycholoog maar kan u wel verwijzen."))
    assert judge("2b-7", snap).status != "voldoet"


def test_founders_and_famous_names_are_not_the_practice_s_people():
    snap = site(page("https://praktijk.example/emdr",
                     "EMDR is eind jaren tachtig ontwikkeld door de Amerikaanse Francine Shapiro en later door Peter Verbeek uitgewerkt.",
                     "Beroemde therapeuten als Anna Freud en Carl Rogers schreven veel over de relatie met de cliënt."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet_niet"


def test_complaints_officer_is_no_practitioner():
    snap = site(page("https://praktijk.example/praktische-informatie",
                     "Heeft u een klacht, dan kunt u contact opnemen met de klachtenfunctionaris, Marieke de Wit."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_street_named_after_a_person_is_no_practitioner():
    snap = site(page("https://praktijk.example/contact", "# Contact",
                     "U vindt de praktijk aan de Anna van Burenstraat 12 in Zwolle, naast het Willem Drees college.",
                     "Parkeren kan op de Jan Steenkade 4."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_first_person_about_page_with_registrations_but_no_name_is_bijna():
    snap = site(page("https://praktijk.example/over-mij", "# Over mij",
                     "Ik ben GZ-psycholoog en sta ingeschreven in het BIG-register onder nummer 12345678901.",
                     "Daarnaast ben ik lid van de LVVP."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_english_about_page_with_name_and_registration_voldoet():
    snap = site(page("https://practice.example/about-me", "# About Olivia Hartman",
                     "I am a registered psychologist (NIP) and I offer therapy in English."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Olivia Hartman" in f.details["practitioners"]


def test_english_about_me_without_name_is_bijna():
    snap = site(page("https://practice.example/about-me", "# About me",
                     "I am a clinical psychologist registered with the NIP and the BIG register."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_list_of_disciplines_without_names_is_bijna():
    snap = site(page("https://praktijk.example/over-de-praktijk", "# Wie werken er?",
                     "Binnen de praktijk zijn verschillende disciplines vertegenwoordigd:",
                     "- GZ-psycholoog", "- psychotherapeut", "- systeemtherapeut"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_who_works_at_the_practice_without_names_is_bijna():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Bij Psychologenpraktijk De Brug werken psychologen, psychotherapeuten en een vaktherapeut."))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Uw behandelaar is een GZ-psycholoog of een psychotherapeut, afhankelijk van uw klachten."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_who_works_in_the_sector_or_refers_is_not_the_team():
    snap = site(page("https://praktijk.example/ggz", "# Wat is basis GGZ",
                     "In de basis GGZ werken psychologen, GZ-psychologen en psychotherapeuten."))
    assert judge("2b-7", snap).status == "voldoet_niet"
    snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden",
                     "U heeft een verwijzing nodig van uw huisarts, bedrijfsarts of een psychiater."))
    assert judge("2b-7", snap).status == "voldoet_niet"


def test_named_about_page_with_own_training_voldoet():
    snap = site(page("https://praktijk.example/over-wietske", "# Over Wietske",
                     "Na twintig jaar in het onderwijs koos ik voor een nieuwe richting.",
                     "Ik heb de opleiding tot kindercoach en later tot beeldend begeleider gevolgd."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Wietske" in f.details["practitioners"]


def test_own_training_without_a_name_on_the_page_is_no_voldoet():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Ik heb de opleiding tot kindercoach gevolgd en werk graag met creatieve middelen."))
    assert judge("2b-7", snap).status != "voldoet"


def test_practitioner_who_mentions_clients_and_guidelines_stays_a_practitioner():
    snap = site(page("https://praktijk.example/", "# Welkom",
                     "Jolien Verhoef is speltherapeut; zij begeleidt cliënten volgens de richtlijnen van haar beroepsvereniging.",
                     "Boek een kennismakingsgesprek via het formulier."))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert "Jolien Verhoef" in f.details["practitioners"]


def test_team_page_with_photo_names_and_a_question_to_the_reader_is_bijna():
    snap = site(page("https://praktijk.example/ons-team", "# Ons team",
                     "Foto: Lotte Brinkhuis", "Lotte Brinkhuis", "Lees meer",
                     "Foto: Ruben Aydin", "Ruben Aydin", "Lees meer",
                     "Wie wordt jouw psycholoog? Na de aanmelding kiezen we samen de behandelaar die bij je past."))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_team_page_name_with_job_title_voldoet():
    snap = site(page("https://praktijk.example/ons-team", "# Ons team",
                     "# Lotte Brinkhuis", "Systeemtherapeut", "# Ruben Aydin", "Psycholoog"))
    f = judge("2b-7", snap)
    assert f.status == "voldoet"
    assert {"Lotte Brinkhuis", "Ruben Aydin"} <= set(f.details["practitioners"])


# --------------------------------------------------------------------------- whose person is named
# A name on an ordinary page of the practice is not yet one of its practitioners: the reader may
# be sent to someone elsewhere, a client may sign a quote, a speaker or author may be named.

def test_named_psychiatrist_the_practice_refers_to_is_not_its_practitioner():
    snap = site(page("https://praktijk.example/samenwerking", "# Samenwerking",
                     "Voor medicatie verwijzen wij u naar psychiater Hanna Vos van GGZ Oost."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_english_referral_to_a_named_psychiatrist_is_not_a_practitioner():
    snap = site(page("https://praktijk.example/en/referrals", "# Referrals",
                     "For medication we refer you to psychiatrist Dr. Laura Green at the university hospital."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_book_by_a_named_psychologist_is_not_a_practitioner():
    snap = site(page("https://praktijk.example/leestips", "# Leestips",
                     "'Verslaafd aan denken' van klinisch psycholoog Mark Williams en psychiater Danny Penman."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_speaker_from_another_organisation_is_not_a_practitioner():
    snap = site(page("https://praktijk.example/agenda", "# Agenda",
                     "Op 12 maart geeft orthopedagoog Ingrid Mulder van de GGD een lezing over opvoeden."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_researcher_quoted_in_an_article_is_not_a_practitioner():
    snap = site(page("https://praktijk.example/stress", "# Stress",
                     "Volgens onderzoeker Petra de Boer slapen mensen met veel stress gemiddeld een uur korter."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_client_names_under_testimonials_are_not_practitioners():
    for url, head, quote_ in (("https://praktijk.example/ervaringen", "# Wat cliënten zeggen",
                               "\"Ik durf weer alleen de trein in.\" - Linda de Wit"),
                              ("https://praktijk.example/en/testimonials", "# What clients say",
                               "\"The sessions helped me to find my way again.\" - Sarah Miller")):
        assert judge_site("2b-7", site(page(url, head, quote_))).status == "voldoet_niet", url


def test_name_without_any_link_to_the_practice_is_no_bijna():
    snap = site(page("https://praktijk.example/nieuwe-website", "# Nieuwe website",
                     "Vanaf vandaag is de website vernieuwd. Dank aan Bram de Jong voor het meedenken."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_named_owner_of_the_practice_stays_bijna():
    snap = site(page("https://praktijk.example/contact", "# Contact",
                     "Praktijkhouder: Femke Dijkstra. Bel of mail gerust voor een kennismaking."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_own_practitioner_named_in_a_referral_context_still_counts():
    # the referral is to the practice's own GZ-psycholoog, who is said to be one in so many words
    snap = site(page(T, "# Ons team", "# Marieke van den Berg",
                     "Marieke is GZ-psycholoog en neemt ook verwijzingen van de POH-ggz aan."))
    assert judge_site("2b-7", snap).status == "voldoet"


def test_profession_that_only_introduces_an_observation_is_no_team():
    for text in ("Als psycholoog merk ik dat veel mensen 's nachts liggen te piekeren.",
                 "As a psychologist I often see clients who sleep badly when they are stressed."):
        snap = site(page("https://praktijk.example/piekeren", "# Piekeren", text,
                         "Probeer overdag een vast piekermoment te nemen."))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_first_person_practitioner_stance_in_own_care_stays_bijna():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "Als psycholoog vind ik het belangrijk dat u zich vanaf het eerste gesprek op uw gemak voelt."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_a_team_of_another_organisation_is_not_the_practice_s_team():
    for url, text in (("https://praktijk.example/specialistische-ggz",
                       "In de specialistische ggz werkt een team van psychiaters, psychotherapeuten en verpleegkundigen samen."),
                      ("https://praktijk.example/onderzoek",
                       "Het onderzoek wordt uitgevoerd door een team van psychologen van de universiteit.")):
        assert judge_site("2b-7", site(page(url, "# Informatie", text))).status == "voldoet_niet", text


def test_the_practice_s_own_team_without_names_is_bijna_dutch_and_english():
    for url, text in (("https://praktijk.example/over-ons", "Het team bestaat uit drie GZ-psychologen en een psychotherapeut."),
                      ("https://praktijk.example/praktijk", "Wij zijn een klein team van psychologen in het centrum van Zwolle."),
                      ("https://praktijk.example/en/about", "We are a small team of psychologists and psychotherapists in Utrecht.")):
        assert judge_site("2b-7", site(page(url, "# De praktijk", text))).status == "voldoet_bijna", text


# --------------------------------------------------------------------------- the practice's own disciplines
# Without names, a profession is the practice's own when the sentence ties it to the practice
# itself: its own name (recognised from the site's domain) as the place of work, or the definite
# plural in the reader's own care. A profession in general, in the sector or elsewhere is not.

W = "https://www.psychologenpraktijk-dewaard.example"


def test_professions_at_the_practice_s_own_name_are_its_team():
    for text in ("De psychiaters van De Waard zijn allen ook BIG-geregistreerd psychotherapeut.",
                 "Een tweede mening kan worden gegeven door een klinisch psycholoog of psychotherapeut bij De Waard.",
                 "Bij Psychologenpraktijk De Waard werken GZ-psychologen en een orthopedagoog-generalist.",
                 "All the psychologists at De Waard hold a master's degree in clinical psychology."):
        snap = site(page(W + "/werkwijze", "# Werkwijze", text))
        assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_the_practice_s_name_with_a_slip_of_a_letter_still_counts():
    snap = site(page(W + "/werkwijze", "# Werkwijze", "De psychologen van De Waardd hebben allemaal een BIG-registratie."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_professions_at_another_organisation_or_denied_are_not_the_team():
    for text in ("Voor medicatie kunt u terecht bij de psychiater van GGZ Oost.",
                 "Psychologenpraktijk De Waard werkt samen met de psychiaters van Altrecht.",
                 "Bij De Waard werken geen psychiaters; voor medicatie gaat u naar uw huisarts."):
        snap = site(page(W + "/samenwerking", "# Samenwerking", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_a_profession_inside_the_practice_s_name_is_no_team():
    snap = site(page("https://www.psycholoog-de-waard.example/welkom", "# Welkom",
                     "Welkom bij Psycholoog De Waard in Tiel. Aanmelden kan via het formulier."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_definite_plural_in_the_reader_s_care_is_the_team():
    snap = site(page(W + "/werkwijze", "# Werkwijze",
                     "Wanneer de psychologen na de intake inschatten dat u meer gesprekken nodig heeft, bespreken zij dat met u."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_definite_plural_of_the_sector_is_no_team():
    for text in ("De psychologen in de basis-ggz behandelen u kortdurend, meestal in vijf tot twaalf gesprekken.",
                 "In de specialistische ggz stellen de psychiaters en psychotherapeuten samen met u een behandelplan op.",
                 "The psychologists in the Dutch basic mental health care treat you in a limited number of sessions."):
        snap = site(page("https://praktijk.example/ggz-uitleg", "# De ggz", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_domain_core_and_own_name_spans():
    from checks.text.context import domain_core, own_name_spans
    assert domain_core("https://www.psychologenpraktijk-dewaard.example/x") == "dewaard"
    assert domain_core("https://praktijk.example/") == ""
    assert domain_core("https://therapynow.example/faq") == "therapynow"
    # a hyphenated part of digits with at most two letters names nothing ("-2", "-b5"); "-de-" is a word
    assert domain_core("https://psychologenpraktijk-dewaard-2.example/x") == "dewaard"
    assert domain_core("https://praktijk-de-waard.example/x") == "dewaard"
    text = "Bij De Waard werken psychologen; GGZ Oost werkt met psychiaters."
    assert [text[a:b] for a, b in own_name_spans(text, W + "/")] == ["De Waard"]


def test_the_practice_offering_care_with_a_profession_is_its_team():
    for text in ("De Waard biedt de mogelijkheid om, ook anoniem, online contact te hebben met een psychiater of therapeut.",
                 "De Waard offers treatment by a psychologist or psychotherapist, in English or Dutch."):
        snap = site(page(W + "/aanbod", "# Aanbod", text))
        assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_the_practice_offering_something_else_around_a_profession_is_no_team():
    for text in ("De Waard biedt stageplaatsen aan studenten die de opleiding tot GZ-psycholoog volgen.",
                 "De Waard heeft informatiefolders over wat een psychiater en een psycholoog doen.",
                 "De Waard heeft een samenwerkingsverband met de psychiaters van Altrecht.",
                 "De Waard heeft geen psychiater; uw huisarts kan u verwijzen."):
        snap = site(page(W + "/informatie", "# Informatie", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_body_therapists_in_the_same_building_are_not_the_practice_s_people():
    snap = site(page("https://praktijk.example/wachtkamer", "# De wachtkamer",
                     "Onze wachtkamer delen wij met fysiotherapeuten, ergotherapeuten en een diëtist."))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


def test_registered_in_a_system_or_a_domain_register_is_no_professional_registration():
    for text in ("Wij controleren of u in ons systeem geregistreerd staat.",
                 "Onze website is geregistreerd bij SIDN en wij gebruiken geen tracking cookies.",
                 "We will register you in our system and contact you within a week."):
        snap = site(page("https://praktijk.example/aanmelden", "# Aanmelden", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_registered_as_a_professional_still_counts():
    for text in ("Ik ben geregistreerd als psycholoog in het kwaliteitsregister van het NIP.",
                 "I am registered as a healthcare psychologist in the BIG register."):
        snap = site(page("https://praktijk.example/over-mij", "# Over mij", text))
        assert judge_site("2b-7", snap).status in ("voldoet_bijna", "voldoet"), text


L = "https://www.praktijk-lindehof.example"


def test_the_practice_described_with_its_disciplines_is_its_team():
    for url, text in ((L + "/wie-zijn-wij", "Praktijk Lindehof is een kleine praktijk met vier psychologen en een psychotherapeut."),
                      (L + "/en/treatment", "At Lindehof you will be treated by a healthcare psychologist, sometimes together with a psychotherapist."),
                      (L + "/aanbod", "U kunt bij ons terecht bij een GZ-psycholoog, een psychotherapeut of een verpleegkundig specialist."),
                      (L + "/kinderen", "Bij Lindehof werken ook twee kinderpsychologen en een speltherapeut.")):
        assert judge_site("2b-7", site(page(url, "# De praktijk", text))).status == "voldoet_bijna", text


def test_professionals_the_practice_works_with_or_lacks_are_not_its_team():
    for url, text in ((L + "/medicatie", "Bij ons werken wij samen met een psychiater van GGZ Oost voor medicatie."),
                      (L + "/geen-psychiater", "Bij ons kunt u niet terecht bij een psychiater; uw huisarts helpt u verder."),
                      (L + "/en/medication", "At Lindehof you will not be treated by a psychiatrist; your GP can prescribe medication."),
                      (L + "/stichting", "Lindehof is een praktijk van Stichting Zorg Oost, met een bestuur van drie leden.")):
        assert judge_site("2b-7", site(page(url, "# Informatie", text))).status == "voldoet_niet", text


def test_own_practitioner_after_her_studies_or_an_examination_is_not_a_researcher():
    for text in ("Na haar studie psychologie in Leiden begon GZ-psycholoog Marieke Jansen deze praktijk.",
                 "Na het onderzoek bespreekt GZ-psycholoog Marieke Jansen de uitslag met de ouders."):
        snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze", text))
        assert judge_site("2b-7", snap).status in ("voldoet_bijna", "voldoet"), text


def test_title_right_before_the_name_belongs_to_it():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "De intake wordt gedaan door GZ-psycholoog Marieke Jansen of door een collega."))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet"
    assert "GZ-psycholoog" in f.details["characteristics"]


def test_title_of_the_previous_person_in_a_list_does_not_carry_over():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "De gesprekken worden gevoerd door Anna Visser (psychotherapeut) en Peter Bakker, die de planning doet."))
    from checks.check_2b_07_behandelaren import Behandelaren
    from checks.text import site_text
    profiles = Behandelaren._profiles(site_text(snap))
    assert profiles["Anna Visser"].feats["protected"] == {"psychotherapeut"}
    assert not profiles["Peter Bakker"].feats["protected"]


def test_general_we_with_any_psychologist_is_no_team():
    for text in ("We weten uit onderzoek dat gesprekken met een psycholoog bij somberheid goed helpen.",
                 "We recommend that you contact a psychologist when anxiety lasts for weeks."):
        snap = site(page("https://praktijk.example/somberheid", "# Somberheid", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_the_writer_who_says_to_be_one_still_counts():
    for text in ("Ik ben een ervaren GZ-psycholoog en werk vooral met jongvolwassenen.",
                 "I am a registered psychologist and I work with expats."):
        snap = site(page("https://praktijk.example/praktijk", "# De praktijk", text))
        assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_a_client_s_own_psychologist_or_the_country_s_is_no_team():
    for text in ("Mijn psycholoog heeft me geleerd om weer grenzen te stellen. Ik ben haar heel dankbaar.",
                 "My therapist helped me to understand my panic attacks.",
                 "In ons land mag iedereen zich psycholoog noemen, maar GZ-psycholoog is een beschermde titel."):
        snap = site(page("https://praktijk.example/verhalen", "# Verhalen", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_own_words_with_anyone_s_profession_a_question_or_a_partner_are_no_team():
    for text in ("Ik ben vorig jaar naar een psycholoog gegaan omdat ik niet meer sliep.",
                 "Ben ik bij een psycholoog aan het juiste adres als ik last heb van stress?",
                 "Ik werk samen met een psychiater als er medicatie nodig is."):
        snap = site(page("https://praktijk.example/informatie", "# Informatie", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_own_words_with_the_practice_s_profession_stay_a_team():
    for text in ("In onze praktijk werken drie GZ-psychologen en een psychotherapeut.",
                 "Ik ben GZ-psycholoog en werk met volwassenen."):
        snap = site(page("https://praktijk.example/praktijk", "# De praktijk", text))
        assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_the_practice_s_we_next_to_a_role_in_its_rules_or_its_agb_code_is_no_team():
    for text in ("Wij vragen u om afspraken 24 uur van tevoren af te zeggen, zodat de therapeut iemand anders kan helpen.",
                 "We ask you to cancel at least 24 hours in advance, so that the therapist can see someone else.",
                 "U kunt ons bereiken via 012-3456789. Onze AGB-code is 94012345 en ons KvK-nummer 12345678.",
                 "You can reach us at 012-3456789. Our AGB code is 94012345."):
        snap = site(page("https://praktijk.example/afspraken", "# Afspraken", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_the_writer_next_to_the_role_still_counts():
    snap = site(page("https://praktijk.example/werkwijze", "# Werkwijze",
                     "In de rol van de therapeut probeer ik vooral goed te luisteren."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_what_the_practice_or_team_consists_of_is_its_team():
    for text in ("De praktijk bestaat uit twee GZ-psychologen, een psychotherapeut en een secretaresse.",
                 "The team consists of three psychologists and a psychotherapist."):
        snap = site(page("https://praktijk.example/over-de-praktijk", "# Over de praktijk", text))
        assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_the_practice_s_we_next_to_a_psychiatrist_elsewhere_is_no_team():
    for text in ("We do not prescribe medication; the psychiatrist or your GP can do that.",
                 "Wij schrijven geen medicijnen voor; daarvoor gaat u naar de psychiater van de huisartsenpost."):
        snap = site(page("https://praktijk.example/medicatie", "# Medicatie", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_founders_named_as_subject_of_a_past_creation_are_not_practitioners():
    for text in ("Albert Ellis created a similar therapy in the 1950s.",
                 "Marsha Linehan ontwikkelde dialectische gedragstherapie voor mensen met heftige emoties."):
        snap = site(page("https://praktijk.example/methoden", "# Methoden", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


def test_as_a_psychologist_the_writer_describes_themself():
    snap = site(page("https://praktijk.example/en/about-me", "# About me", "As a psychologist I work with adults who feel stuck."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- pages that describe no team

from not_a_team_pages import NOT_A_TEAM  # noqa: E402


@pytest.mark.parametrize("url,title,items", NOT_A_TEAM, ids=[p[0].split("//", 1)[1] for p in NOT_A_TEAM])
def test_page_that_describes_no_practitioner_of_the_practice(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_all_those_pages_together_describe_no_team():
    snap = site(*[page(u, *items, title=t) for u, t, items in NOT_A_TEAM])
    assert judge_site("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- given names beyond the short list

def test_given_names_from_the_name_dictionary_are_recognised():
    from checks.text.first_names import is_given_name
    for name in ("Willemijn", "Margot", "Tessa", "Hannah", "Lieke"):
        assert is_given_name(name), name
    for word in ("Praktijk", "Angst", "Hope", "May", "Welkom"):
        assert not is_given_name(word), word


def test_founders_named_by_a_practice_with_an_uncommon_given_name_are_its_people():
    snap = site(page("https://praktijk.example/over-ons", "# Over ons",
                     "Praktijk De Boog is opgericht door Margot van Rijn en Tessa Dekker.",
                     "Wij vinden persoonlijk contact belangrijk."))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet_bijna"
    assert "Margot van Rijn" in f.details["names"]


def test_first_person_page_with_a_self_introduced_name_and_registration_voldoet():
    snap = site(page("https://praktijk.example/over-mij", "# Over mij",
                     "Mijn naam is Rosalie Brink. Ik ben GZ-psycholoog (BIG 49012345678) en lid van het NIP en de LVVP.",
                     "Ik werk met volwassenen met angst- en stemmingsklachten."))
    assert judge_site("2b-7", snap).status == "voldoet"


def test_the_originator_of_a_programme_is_no_practitioner():
    for text in ("Het programma van Jon Kabat-Zinn wordt in veel praktijken gebruikt.",
                 "De methode is gebaseerd op het werk van psycholoog Marsha Linehan.",
                 "Schematherapie werd door Jeffrey Young uitgewerkt voor mensen met hardnekkige patronen."):
        snap = site(page("https://praktijk.example/methoden", "# Methoden", text))
        assert judge_site("2b-7", snap).status == "voldoet_niet", text


# --------------------------------------------------------------------------- disciplines without names, other phrasings

@pytest.mark.parametrize("items", [
    ["De praktijk heeft een psychiater, twee GZ-psychologen en een SPV in dienst."],
    ["Binnen de praktijk zijn de volgende disciplines vertegenwoordigd:", "- GZ-psycholoog", "- Psychotherapeut", "- Psychiater"],
    ["Werkzaam in de praktijk: drie GZ-psychologen, een psychotherapeut en een praktijkondersteuner."],
    ["Na de intake bespreekt het team van psychologen en psychiater uw behandelplan."],
    ["Bij de behandeling zijn een GZ-psycholoog, een psychotherapeut en zo nodig een psychiater betrokken."],
    ["# Wie werken er bij Hoogland", "Psychologen, psychotherapeuten en een psychiater. Samen bespreken zij elke nieuwe aanmelding."],
])
def test_the_practice_s_disciplines_without_names_are_bijna(items):
    snap = site(page("https://www.praktijk-hoogland.example/praktijk", "# De praktijk", *items, title="De praktijk"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna", items


@pytest.mark.parametrize("items", [
    ["In de ggz zijn bij de behandeling van depressie vaak een psycholoog en een psychiater betrokken."],
    ["Wij werken samen met een psychiater; de volgende disciplines zijn bij ons niet aanwezig:", "- Psychiater"],
    ["Het gezondheidscentrum heeft een huisarts en een fysiotherapeut in dienst; wij huren er een kamer."],
])
def test_disciplines_of_the_sector_or_of_others_are_no_team(items):
    snap = site(page("https://www.praktijk-hoogland.example/info", "# Informatie", *items, title="Informatie"))
    assert judge_site("2b-7", snap).status == "voldoet_niet", items


# --------------------------------------------------------------------------- irrelevant pages written for 2b-7

from irrelevant_pages_2b_07 import IRRELEVANT_2B_07  # noqa: E402


@pytest.mark.parametrize("url,title,items", IRRELEVANT_2B_07, ids=[p[0].split("//", 1)[1] for p in IRRELEVANT_2B_07])
def test_irrelevant_page_describes_no_practitioner(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_irrelevant_pages_together_describe_no_practitioner():
    snap = site(*[page(u, *items, title=t) for u, t, items in IRRELEVANT_2B_07])
    assert judge_site("2b-7", snap).status == "voldoet_niet"


# --------------------------------------------------------------------------- the practice's "we" next to a profession that is not its people

@pytest.mark.parametrize("text", [
    "Wij hebben geen psychiater in dienst.",
    "Wij zijn geen psychotherapeut en bieden geen langdurige therapie.",
    "Wij werken volgens de richtlijnen die ook voor de GZ-psycholoog gelden.",
    "Voor ons is het belangrijk dat u zich veilig voelt bij uw psychotherapeut.",
    "Sinds 2024 zijn wij erkend als opleidingsplek voor GZ-psycholoog.",
    "We vinden het belangrijk dat elke psychotherapeut in Nederland goed is opgeleid.",
    "Onze visie: iedere GZ-psycholoog moet ook naar de mens achter de klacht kijken.",
    "Wij bieden een psychotherapeutische behandeling voor volwassenen.",
    "Our psychotherapeutic approach is warm and practical.",
    "Ik was bang voor de eerste afspraak bij de psychotherapeut, maar dat bleek nergens voor nodig.",
])
def test_the_practice_s_we_next_to_a_profession_that_is_nobody_of_the_team(text):
    snap = site(page("https://www.praktijkzonnewende.example/info", "# Informatie", text, title="Informatie"))
    assert judge_site("2b-7", snap).status == "voldoet_niet", text


@pytest.mark.parametrize("text", [
    "Wij zijn allebei GZ-psycholoog en werken met volwassenen.",
    "Binnen onze praktijk worden kinderen door onze orthopedagogen behandeld.",
    "We are registered psychologists and work in English and Dutch.",
])
def test_the_practice_s_we_as_its_professionals_is_its_team(text):
    snap = site(page("https://www.praktijkzonnewende.example/over-ons", "# Over ons", text, title="Over ons"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna", text


# --------------------------------------------------------------------------- first-person pages: the writer's own name

@pytest.mark.parametrize("url,items", [
    ("https://www.praktijk-linde.example/over-mij", ["# Over mij", "Ik ben Marloes, psycholoog en moeder van twee dochters."]),
    ("https://www.praktijk-linde.example/wie-ben-ik", ["# Wie ben ik", "Mijn naam is Sanne. Ik ben kinder- en jeugdpsycholoog NIP en werk sinds 2012 met kinderen."]),
    ("https://www.praktijk-linde.example/en/about", ["# About", "Hi, I'm Sarah. I am a counsellor and psychologist with ten years of experience with expats."]),
])
def test_a_writer_who_gives_their_name_and_profession_voldoet(url, items):
    assert judge_site("2b-7", site(page(url, *items, title=items[0][2:]))).status == "voldoet"


def test_ik_ben_with_a_profession_is_no_name():
    snap = site(page("https://www.praktijk-linde.example/over-mij", "# Over mij", "Ik ben GZ-psycholoog en werk met volwassenen."))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_a_list_of_registrations_after_its_introduction_is_bijna():
    snap = site(page("https://www.praktijk-linde.example/over-mij", "# Over mij", "Registraties:",
                     "- BIG-registratie GZ-psycholoog", "- Lid NIP", "- Lid LVVP", title="Over mij"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


# --------------------------------------------------------------------------- more ways a practice describes its people

@pytest.mark.parametrize("path,text", [
    ("/kwaliteit", "Alle behandelaren zijn BIG-geregistreerd en volgen jaarlijks nascholing."),
    ("/kwaliteit-lvvp", "De praktijk is aangesloten bij de LVVP en werkt volgens de beroepscode van het NIP."),
    ("/werkwijze", "Uw behandelaar is GZ-psycholoog of psychotherapeut en staat in het BIG-register."),
    ("/praktijk", "Praktijk De Linde bestaat uit vier GZ-psychologen en een psychotherapeut."),
    ("/praktijk-met", "De Linde is een praktijk met GZ-psychologen, een klinisch psycholoog en een psychiater."),
])
def test_the_practice_s_people_without_a_full_description_are_bijna(path, text):
    snap = site(page("https://www.praktijkdelinde.example" + path, "# Informatie", text, title="Informatie"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna", text


def test_given_names_with_a_profession_in_a_team_list_voldoet():
    snap = site(page("https://www.praktijkdelinde.example/team", "# Therapeuten", "- Anna (speltherapeut)",
                     "- Bram (systeemtherapeut)", title="Therapeuten"))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet"
    assert "Anna" in f.details["practitioners"]


def test_a_one_word_practice_name_is_no_person():
    snap = site(page("https://www.praktijkdelinde.example/praktijk", "# Praktijk",
                     "Linde is een praktijk met GZ-psychologen en een psychiater.", title="Praktijk"))
    assert judge_site("2b-7", snap).details.get("practitioners") is None


def test_your_therapist_is_a_professional_is_no_discipline():
    snap = site(page("https://www.praktijkdelinde.example/en/therapy", "# Therapy",
                     "Your therapist is a trained professional who listens without judging.", title="Therapy"))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("path,items", [
    ("/en/about-me", ["# About me", "I'm a psychologist specialised in anxiety and burnout."]),
    ("/over-mij", ["# Over mij", "Opleidingen:", "- Master Klinische Psychologie, Universiteit Leiden", "- Postmaster GZ-psycholoog"]),
    ("/over-mij-ggz", ["# Over mij", "Na mijn opleiding tot psychotherapeut werkte ik acht jaar in de specialistische ggz."]),
])
def test_first_person_practitioner_without_a_name_is_bijna(path, items):
    snap = site(page("https://www.praktijkdelinde.example" + path, *items, title=items[0][2:]))
    assert judge_site("2b-7", snap).status == "voldoet_bijna", items


@pytest.mark.parametrize("path,items", [
    ("/en/who-we-are", ["# Who we are", "Anna Kowalski is a healthcare psychologist (BIG) who works in English, Polish and Dutch."]),
    ("/en/meet-the-team", ["# Meet the team", "Dr. Sarah Jones - Clinical Psychologist",
                           "Sarah has worked with expats for fifteen years and speaks English and German."]),
    ("/en/", ["# Welcome", "My name is David Cohen and I am a psychologist and EMDR therapist in Utrecht."]),
])
def test_english_practitioner_pages_voldoen(path, items):
    snap = site(page("https://www.therapy-amsterdam.example" + path, *items, title=items[0][2:]))
    assert judge_site("2b-7", snap).status == "voldoet", items


def test_a_named_practitioner_titled_in_running_text_voldoet():
    snap = site(page("https://www.praktijkdelinde.example/kinderen", "# Kinderen",
                     "Kinderpsycholoog Lisa de Boer helpt kinderen met angst en faalangst.", title="Kinderen"))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet"
    assert "Lisa de Boer" in f.details["practitioners"]
