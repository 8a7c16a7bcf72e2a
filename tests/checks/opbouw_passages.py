"""Pages written for the 2b-9 tests (never corpus text): practices that describe the client's route
in their own words, Dutch and English, the whole route or a part of it, and pages that mention a
phase without describing the route (blogs on therapy in general, waiting times, costs, terms,
complaints). Each entry: (name, expected status, url, title, items) in check_helpers.page markup."""

P = "https://praktijk.example"

ROUTE_PAGES = [
    # --- the whole route: start, middle and an ending
    ("stappen_genummerd", "voldoet", P + "/zo-gaat-het", "Zo gaat het", [
        "# Zo gaat het",
        "Stap 1 – Aanmelden. U belt ons of vult het formulier in. Houd uw verwijsbrief bij de hand.",
        "Stap 2 – Kennismaken. In een eerste gesprek van een uur vertelt u wat er speelt en wat u wilt veranderen.",
        "Stap 3 – Aan de slag. We spreken af waar we aan werken en zien elkaar meestal om de week.",
        "Stap 4 – Afsluiten. Gaat het weer, dan bouwen we de afspraken af en krijgt uw huisarts een korte brief.",
    ]),
    ("proza_verloop", "voldoet", P + "/praktijk/hoe-verloopt-een-behandeling", "Hoe verloopt een behandeling?", [
        "# Hoe verloopt een behandeling?",
        "Het begint met een kennismakingsgesprek. Daarin vertelt u over uw klachten en kijken we samen of wij u kunnen helpen.",
        "Aansluitend volgen een of twee gesprekken waarin ik uw klachten verder in kaart breng. Op basis daarvan stel ik een behandelplan voor, dat we samen bespreken.",
        "In de gesprekken daarna werken we aan uw doelen. Regelmatig staan we stil bij hoe het gaat en of de aanpak nog past.",
        "Als u uw doelen heeft bereikt, sluiten we de behandeling af met een laatste gesprek. Met uw toestemming informeer ik uw huisarts.",
    ]),
    ("fasen_kopjes", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Onze werkwijze",
        "# Aanmelding",
        "Met een verwijzing van uw huisarts kunt u zich telefonisch of online aanmelden. De secretaresse neemt daarna contact met u op.",
        "# Intake en diagnostiek",
        "Tijdens twee gesprekken onderzoeken we uw klachten. U vult ook enkele vragenlijsten in. We sluiten af met een adviesgesprek.",
        "# Behandelfase",
        "De behandeling bestaat uit gesprekken van 45 minuten. Na zes gesprekken houden we een tussentijdse evaluatie.",
        "# Nazorg",
        "Na de laatste sessie plannen we nog een terugkomafspraak na drie maanden om te kijken hoe het met u gaat.",
    ]),
    ("english_whole", "voldoet", P + "/en/your-treatment", "Your treatment", [
        "# Your treatment with us",
        "Your first appointment is an assessment: we talk about your difficulties and what you would like to achieve.",
        "Based on this assessment we agree on a treatment plan with you.",
        "Treatment usually consists of eight to twelve weekly sessions, and we review your progress along the way.",
        "When you have reached your goals we end treatment with a final session and send a discharge letter to your GP.",
    ]),
    ("english_steps", "voldoet", P + "/en/how-we-work", "How we work", [
        "# How we work",
        "1. Registration: you sign up through the contact form together with the referral from your GP.",
        "2. First meeting: we get to know each other and discuss your questions.",
        "3. Treatment: together we work on your goals in regular sessions.",
        "4. Ending: in the last session we look back and make a plan to prevent relapse.",
    ]),
    ("traject_ik", "voldoet", P + "/mijn-aanpak", "Mijn aanpak", [
        "# Mijn aanpak",
        "Na je aanmelding bel ik je voor een kort telefonisch kennismakingsgesprek.",
        "Daarna plannen we een intake. Samen bepalen we waar je aan wilt werken en leggen we dat vast in een behandelplan.",
        "We zien elkaar vervolgens om de twee weken. Halverwege evalueren we of je vooruitgaat.",
        "Tot slot ronden we af en bespreken we hoe je terugval kunt voorkomen.",
    ]),
    # --- a part of the route
    ("alleen_aanmelden", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "Voor een behandeling heeft u een verwijzing van de huisarts nodig.",
        "U kunt zich aanmelden door ons te bellen of door het aanmeldformulier op deze website in te vullen.",
        "Binnen een week nemen wij contact met u op om een datum voor het eerste gesprek af te spreken.",
    ]),
    ("intake_en_plan", "voldoet_bijna", P + "/behandeling", "Behandeling", [
        "# Behandeling",
        "In het intakegesprek brengen wij uw klachten en uw situatie in kaart.",
        "Op basis daarvan stellen wij samen met u een behandelplan op met doelen die voor u belangrijk zijn.",
        "Daarna starten de behandelgesprekken, meestal eens per twee weken.",
    ]),
    ("english_getting_started", "voldoet_bijna", P + "/en/getting-started", "Getting started", [
        "# Getting started",
        "To register, please call us or fill in the contact form and attach the referral letter from your GP.",
        "We will then contact you to schedule a first appointment, the intake, within two weeks.",
    ]),
    ("diagnostiek_kind", "voldoet_bijna", P + "/kind-en-jeugd/onderzoek", "Onderzoek", [
        "# Psychologisch onderzoek",
        "Het onderzoek begint met een gesprek met de ouders over de ontwikkeling en de zorgen over het kind.",
        "Daarna ziet de psycholoog het kind een of twee keer voor tests en observatie.",
        "In een adviesgesprek bespreken we de uitkomsten en wat er nodig is.",
    ]),
    ("kennismaking_ik", "voldoet_bijna", P + "/over-mij", "Over mij", [
        "# Werkwijze",
        "Ik begin altijd met een vrijblijvend kennismakingsgesprek, zodat je kunt voelen of het klikt.",
        "Als we verder gaan, volgen twee intakegesprekken waarin we je klachten en je geschiedenis bespreken.",
    ]),
    ("middle_and_end", "voldoet_bijna", P + "/over-de-behandeling", "Over de behandeling", [
        "# Over de behandeling",
        "Wij maken met u een behandelovereenkomst waarin staat wat u wilt bereiken.",
        "Iedere vijf gesprekken houden we een tussentijdse evaluatie.",
        "Bij de afsluiting sturen wij, als u dat goedvindt, een terugverwijzing naar uw huisarts.",
    ]),
    ("intake_eerst", "voldoet_bijna", P + "/behandelaanbod", "Behandelaanbod", [
        "# Behandelaanbod",
        "Wij behandelen volwassenen met angst- en stemmingsklachten.",
        "Voordat de behandeling start, heeft u eerst een intakegesprek met een van onze psychologen.",
        "Blijkt uit de intake dat een andere vorm van hulp beter past, dan bespreken we met u en uw huisarts waar u terecht kunt.",
    ]),
    ("faq_vragen", "voldoet", P + "/veelgestelde-vragen", "Veelgestelde vragen", [
        "# Veelgestelde vragen",
        "# Hoe verloopt de intake?",
        "In het eerste gesprek vertelt u waarvoor u komt. U vult vooraf online een korte vragenlijst in.",
        "# Wat gebeurt er tijdens de behandeling?",
        "We werken met oefeningen die u thuis uitprobeert. Na ongeveer vijf sessies volgt een evaluatie.",
        "# Wat gebeurt er na de behandeling?",
        "Na afloop van de behandeling stuur ik, met uw toestemming, een brief naar uw huisarts.",
    ]),
    ("sessies_volgorde", "voldoet", P + "/psychotherapie/verloop", "Verloop", [
        "# Verloop van de therapie",
        "De eerste sessie staat in het teken van kennismaken en het in kaart brengen van uw vraag.",
        "In de daaropvolgende sessies gaan we gericht aan de slag met uw doelen.",
        "In de laatste sessie blikken we samen terug en kijken we vooruit.",
    ]),
    ("english_prose", "voldoet", P + "/en/what-to-expect", "What to expect", [
        "# What to expect",
        "We start with an initial consultation to understand what brings you here.",
        "In the sessions that follow we work on the goals we agreed on, and every few sessions we review how things are going.",
        "When you feel ready, we end therapy together and plan a follow-up appointment a few months later.",
    ]),
    ("english_partial", "voldoet_bijna", P + "/en/starting-therapy", "Starting therapy", [
        "# Starting therapy",
        "Please contact us to register; we will ask you a few questions by phone.",
        "You will then be invited for an intake of about 60 minutes, after which we agree on a treatment plan.",
    ]),
    ("jouw_traject", "voldoet", P + "/jouw-traject", "Jouw traject", [
        "# Jouw traject bij ons",
        "Je meldt je aan via het formulier. Binnen vijf werkdagen bellen we je voor een oriënterend gesprek.",
        "Tijdens de intake bespreken we je klachten en stellen we samen doelen op.",
        "Elke vier weken kijken we samen of je vooruitgaat.",
        "Aan het einde van de therapie houden we een slotgesprek en maken we een terugvalpreventieplan.",
    ]),
    ("home_alinea", "voldoet_bijna", P + "/", "Psychologenpraktijk De Linde", [
        "# Welkom bij Psychologenpraktijk De Linde",
        "Wij bieden kortdurende behandeling voor volwassenen met psychische klachten.",
        "Na een intakegesprek stellen we samen met u een behandelplan op.",
        "Kijk voor onze tarieven op de pagina Kosten.",
    ]),
    ("contact_aanmelden", "voldoet_bijna", P + "/contact", "Contact", [
        "# Contact en aanmelden",
        "Aanmelden kan telefonisch of via het contactformulier.",
        "Wij bellen u binnen twee werkdagen terug om een afspraak te maken.",
    ]),
    ("intake_pagina", "voldoet_bijna", P + "/intake", "Intake", [
        "# Het intakegesprek",
        "Het intakegesprek duurt ongeveer een uur.",
        "We bespreken uw klachten, uw achtergrond en wat u wilt bereiken.",
    ]),
    ("english_referral", "voldoet_bijna", P + "/en/referral", "Referral", [
        "# Referral",
        "You can refer yourself by completing our online form.",
        "After we receive it, a clinician will call you to arrange an initial assessment.",
    ]),
    ("kennismaking_daarin", "voldoet_bijna", P + "/", "Praktijk Zonnebloem", [
        "# Welkom",
        "Bij ons start je altijd met een kennismakingsgesprek.",
        "Daarin kijken we samen wat je nodig hebt en of wij je daarbij kunnen helpen.",
        "Onze praktijk ligt midden in het dorp, vlak bij het station.",
    ]),
    ("english_during_this", "voldoet_bijna", P + "/en/", "Home", [
        "# Welcome",
        "Your first appointment is an intake with one of our psychologists.",
        "During this conversation we discuss your complaints and what you would like to change.",
    ]),
    ("einde_in_woorden", "voldoet", P + "/hoe-wij-werken", "Hoe wij werken", [
        "# Hoe wij werken",
        "Na uw aanmelding volgt een intakegesprek, waarin we uw hulpvraag verkennen.",
        "In de weken daarna werken we samen aan de doelen die u belangrijk vindt.",
        "Als u uw doelen heeft bereikt, nemen we afscheid en ontvangt uw huisarts een eindbrief.",
    ]),
    ("english_goals_met", "voldoet", P + "/en/our-approach", "Our approach", [
        "# Our approach",
        "After you sign up we invite you for an intake.",
        "Then we work on your goals in weekly sessions.",
        "Once your goals are met, we wrap up with a final appointment.",
    ]),
    ("bestaat_uit_fasen", "voldoet", P + "/opbouw", "Opbouw van de behandeling", [
        "# Van aanmelding tot afsluiting",
        "Een behandeling bij ons bestaat uit de aanmelding, een intake, het opstellen van een behandelplan, de behandeling met tussentijdse evaluaties en de afsluiting.",
        "Na de intake bespreken we het behandelplan met u.",
        "Bij de afsluiting kijken we samen terug.",
    ]),
    ("ik_behandelplan", "voldoet_bijna", P + "/over-mij", "Over mij", [
        "# Over mij",
        "Ik ben GZ-psycholoog en werk sinds 2010 in mijn eigen praktijk.",
        "Samen met jou stel ik een behandelplan op dat past bij wat jij wilt bereiken.",
        "Ik werk vooral met cognitieve gedragstherapie en EMDR.",
    ]),
    ("ik_eerste_afspraak", "voldoet_bijna", P + "/praktijk", "Praktijk", [
        "# Mijn praktijk",
        "In de eerste afspraak bespreek ik met u wat u hierheen brengt.",
        "Mijn praktijk is gevestigd in een rustig pand aan de rivier.",
    ]),
    ("wat_kunt_u_verwachten", "voldoet", P + "/wat-kunt-u-verwachten", "Wat kunt u verwachten?", [
        "# Wat kunt u verwachten?",
        "Na uw aanmelding ontvangt u binnen een week een uitnodiging voor het intakegesprek.",
        "Daarna stellen we samen een behandelplan op en starten de behandelsessies.",
        "De behandeling wordt afgesloten met een eindevaluatie.",
    ]),
    ("ik_afsluiting", "voldoet_bijna", P + "/mijn-werkwijze", "Mijn werkwijze", [
        "# Mijn werkwijze",
        "Ik werk oplossingsgericht en kijk vooral naar wat al goed gaat.",
        "Aan het einde van de behandeling stuur ik, als je dat goed vindt, je huisarts een korte brief.",
    ]),
    ("tot_slot_evaluatie", "voldoet", P + "/behandeltraject", "Behandeltraject", [
        "# Het behandeltraject",
        "Het traject start met een intake van anderhalf uur.",
        "Vervolgens werken we in zes tot tien gesprekken aan uw doelen.",
        "Tot slot volgt een evaluatiegesprek, waarna u weer terug naar uw huisarts gaat.",
    ]),
    ("lijst_met_labels", "voldoet", P + "/zo-werkt-het", "Zo werkt het", [
        "# Zo werkt het",
        "- Aanmelden: u vult het formulier in en stuurt de verwijzing van uw huisarts mee.",
        "- Kennismaken: in een eerste gesprek vertelt u wat er speelt.",
        "- Aan de slag: u oefent met nieuwe manieren van denken en doen, thuis en in de gesprekken.",
        "- Afronden: samen kijken we terug op wat u heeft bereikt.",
    ]),
    ("twee_fasen_een_stap", "voldoet_bijna", P + "/ons-aanbod", "Ons aanbod", [
        "# Ons aanbod",
        "Wij helpen volwassenen met angst, somberheid en stress.",
        "Het intakegesprek is bij een van onze GZ-psychologen.",
        "Tijdens de behandeling werkt u met een vaste psycholoog.",
    ]),
    ("kopjes_eigen_namen", "voldoet", P + "/uw-traject", "Uw traject", [
        "# Uw traject",
        "# Aanmelding",
        "U meldt zich aan met de verwijsbrief van uw huisarts. Wij nemen daarna contact met u op.",
        "# Samen op weg",
        "In wekelijkse of tweewekelijkse afspraken oefent u met wat u lastig vindt, stap voor stap.",
        "# Afronding",
        "Als het weer lukt, spreken we een laatste afspraak af en sturen we uw huisarts een brief.",
    ]),
    ("english_first_session", "voldoet_bijna", P + "/en/therapy", "Therapy", [
        "# Therapy",
        "In the first session we explore what brings you here and what you hope to change.",
        "After that we decide together whether to continue and how often we meet.",
    ]),
]

# pages that mention a phase but describe no route of this practice: no finding
NO_ROUTE_PAGES = [
    ("blog_therapie", P + "/blog/wat-gebeurt-er-in-therapie", "Wat gebeurt er eigenlijk in therapie?", [
        "# Wat gebeurt er eigenlijk in therapie?",
        "Veel mensen vinden de eerste stap naar een psycholoog spannend.",
        "In het algemeen begint therapie met een intake, waarna de therapeut en de cliënt doelen afspreken.",
        "Therapie eindigt meestal als de klachten genoeg zijn afgenomen.",
    ]),
    ("wachttijd", P + "/wachttijden", "Wachttijden", [
        "# Wachttijden",
        "De wachttijd tot de intake is op dit moment vijf weken.",
        "Na de intake duurt het ongeveer drie weken voordat de behandeling start.",
    ]),
    ("tarieven", P + "/tarieven", "Tarieven", [
        "# Tarieven 2025",
        "Een intakegesprek van 60 minuten kost € 140. Een behandelsessie van 45 minuten kost € 105.",
        "Na afronding van de behandeling ontvangt u een factuur, die u bij uw zorgverzekeraar kunt indienen.",
    ]),
    ("voorwaarden", P + "/algemene-voorwaarden", "Algemene voorwaarden", [
        "# Algemene voorwaarden",
        "Artikel 3. De behandelovereenkomst komt tot stand na het intakegesprek.",
        "Artikel 6. De behandelovereenkomst eindigt bij afsluiting van de behandeling of als een van beide partijen haar opzegt.",
    ]),
    ("klachten", P + "/klachtenregeling", "Klachtenregeling", [
        "# Klachtenregeling",
        "Heeft u een klacht over uw behandeling, bespreek die dan eerst met uw behandelaar.",
        "Daarna kunt u de klacht voorleggen aan de klachtenfunctionaris, die de klacht binnen zes weken afhandelt.",
    ]),
    ("english_blog", P + "/en/blog/what-to-expect", "What to expect from therapy", [
        "# What to expect from therapy",
        "Starting therapy can feel daunting. Most therapists begin with an assessment of your difficulties.",
        "Research shows that the relationship with your therapist matters more than the method.",
    ]),
    ("afzeggen", P + "/afspraken", "Afspraken", [
        "# Afspraken afzeggen",
        "Kunt u niet komen, zeg uw afspraak dan minstens 24 uur van tevoren af.",
        "Dit geldt ook voor het eerste gesprek. Niet afgezegde afspraken brengen wij in rekening.",
    ]),
    ("rom", P + "/vragenlijsten", "Vragenlijsten", [
        "# Vragenlijsten",
        "Bij de intake en bij het afsluiten van de behandeling vraagt u een vragenlijst in te vullen.",
        "Zo kunnen wij meten of uw klachten zijn afgenomen.",
    ]),
    ("nieuws_team", P + "/nieuws/nieuwe-psycholoog", "Nieuwe psycholoog", [
        "# Welkom Sara!",
        "Sinds deze maand versterkt Sara ons team. Zij gaat vooral intakes doen en cliënten met angstklachten behandelen.",
    ]),
    ("vacature_en", P + "/en/careers", "Careers", [
        "# Join our team",
        "As a psychologist you carry out intakes, draw up treatment plans and guide clients until the end of their treatment.",
    ]),
    ("blog_einde_therapie", P + "/blog/wanneer-stop-je-met-therapie", "Wanneer stop je met therapie?", [
        "# Wanneer stop je met therapie?",
        "Het einde van een therapie kan dubbele gevoelens oproepen.",
        "Sommige mensen bouwen de gesprekken liever langzaam af. Bespreek dit altijd eerst met je therapeut.",
    ]),
    ("emdr_methode", P + "/emdr", "EMDR", [
        "# EMDR",
        "EMDR is een behandeling voor klachten na een schokkende gebeurtenis.",
        "Tijdens een sessie denkt u aan de herinnering terwijl u de vingers van de therapeut volgt.",
        "Vaak zijn enkele sessies al voldoende.",
    ]),
    ("big_register", P + "/over-mij/registraties", "Registraties", [
        "# Registraties",
        "Ik ben ingeschreven in het BIG-register als GZ-psycholoog.",
        "Inschrijving in het register is verplicht om de titel te mogen voeren.",
    ]),
    ("contracten", P + "/vergoeding", "Vergoeding", [
        "# Vergoeding",
        "Voor 2025 heb ik contracten afgesloten met alle grote zorgverzekeraars.",
        "Na het eerste gesprek ontvangt u een overzicht van de kosten.",
    ]),
    ("english_terms", P + "/en/terms", "Terms and conditions", [
        "# Terms and conditions",
        "Sessions cancelled less than 24 hours in advance will be charged. This also applies to the first appointment.",
        "At the end of treatment your file is kept for twenty years.",
    ]),
    ("gratis_kennismaking_kosten", P + "/tarieven-en-vergoeding", "Tarieven", [
        "# Tarieven",
        "Het kennismakingsgesprek is gratis.",
        "Daarbij betaalt u ook geen eigen risico.",
    ]),
    ("blog_eerste_gesprek", P + "/blog/spannend-eerste-gesprek", "Het eerste gesprek is spannend", [
        "# Het eerste gesprek is spannend",
        "Veel mensen zien op tegen het eerste gesprek met een psycholoog.",
        "Daarin hoef je niet meteen alles te vertellen.",
    ]),
    ("english_bring_id", P + "/en/practical", "Practical information", [
        "# Practical information",
        "Please bring your ID and insurance card to your first appointment.",
        "Our practice is on the second floor; there is a lift.",
    ]),
    ("eerste_gesprek_spannend", P + "/", "Welkom", [
        "# Welkom bij onze praktijk",
        "Veel mensen vinden het eerste gesprek spannend; dat is heel normaal.",
        "Wij werken in een rustige omgeving aan de rand van de stad.",
    ]),
    ("intake_locatie", P + "/locaties", "Locaties", [
        "# Onze locaties",
        "Het intakegesprek vindt plaats op onze locatie in Utrecht.",
        "Parkeren kan op het terrein.",
    ]),
    ("intake_duur", P + "/praktisch", "Praktisch", [
        "# Praktische informatie",
        "Bij ons duurt het intakegesprek 60 minuten.",
        "De praktijk is op maandag gesloten.",
    ]),
    ("big_registratie_en", P + "/en/about-me", "About me", [
        "# About me",
        "I am a health care psychologist with a BIG registration (registration number 123456789).",
        "Psychologists must register in the BIG register to use their title.",
    ]),
    ("brief_meenemen", P + "/praktische-zaken", "Praktische zaken", [
        "# Praktische zaken",
        "Wilt u de verwijzing van uw huisarts meenemen naar het eerste gesprek?",
        "Het behandelcontract wordt bij de intake ondertekend.",
    ]),
    ("ehealth_behandelplan", P + "/online-modules", "Online modules", [
        "# Online modules",
        "Naast de gesprekken kunt u online modules volgen. De modules sluiten aan bij uw behandelplan.",
    ]),
    ("wat_is_therapie", P + "/wat-is-psychotherapie", "Wat is psychotherapie?", [
        "# Wat is psychotherapie?",
        "Psychotherapie begint met een intake, waarna de therapeut een behandelplan opstelt.",
        "De therapie wordt afgesloten als de doelen zijn bereikt.",
    ]),
    ("dossier_bewaren", P + "/praktijkinformatie", "Praktijkinformatie", [
        "# Praktijkinformatie",
        "Wij bewaren uw dossier twintig jaar na afsluiting van de behandeling.",
        "De praktijk is rolstoeltoegankelijk.",
    ]),
    ("privacy", P + "/privacy", "Privacy", [
        "# Privacyverklaring",
        "Bij de intake leggen wij uw gegevens vast in een dossier. Na afsluiting van de behandeling bewaren wij het dossier twintig jaar.",
    ]),
    ("verwijsbrief", P + "/verwijzing", "Verwijzing", [
        "# Verwijzing",
        "Voor de vergoeding heeft u een verwijsbrief nodig. Neem die mee naar het intakegesprek.",
    ]),
]


# sentences on practical matters that put the steps of a long page far apart
_PRACTICAL = [
    "Onze praktijk is goed bereikbaar met het openbaar vervoer en er is voldoende parkeergelegenheid.",
    "De wachtkamer is op de begane grond en er is een invalidentoilet.",
    "Wij werken samen met huisartsen en POH-GGZ in de regio.",
    "Alle behandelaren zijn BIG-geregistreerd en lid van hun beroepsvereniging.",
    "Wij nemen deel aan intervisie en volgen regelmatig nascholing.",
    "Voor kinderen hebben wij een aparte speelkamer.",
    "U kunt ook online afspraken maken via beeldbellen.",
    "Wij hechten veel waarde aan een veilige en respectvolle sfeer.",
    "Onze openingstijden zijn van maandag tot en met vrijdag van 8.00 tot 18.00 uur.",
    "Op zaterdag zijn wij gesloten.",
]

# more routes in other words (issue 7): FAQ questions, step lists told in a few words, terms pages
# with a werkwijze section, single sentences on the practice's own first or last step, English
ROUTE_PAGES += [
    ("q_aanmelden", "voldoet_bijna", P + "/veelgestelde-vragen", "Veelgestelde vragen", [
        "# Veelgestelde vragen",
        "# Hoe meld ik mij aan?",
        "Vul het aanmeldformulier in op deze website. Wij bellen u binnen drie werkdagen.",
        "# Heb ik een verwijzing nodig?",
        "Ja, voor vergoeding door de zorgverzekeraar is een verwijzing van de huisarts nodig.",
    ]),
    ("na_aanmelding_kennismaking", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "Na de aanmelding volgt een kennismakingsgesprek met een van onze behandelaren.",
        "In dit gesprek bespreken we uw hulpvraag en of onze praktijk bij u past.",
    ]),
    ("behandelvoorstel", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "In het eerste gesprek brengen we samen uw klachten in kaart.",
        "Aan het eind van dit gesprek krijgt u een behandelvoorstel.",
        "Als u daarmee instemt, kunnen we direct beginnen.",
    ]),
    ("full_prose_one_par", "voldoet", P + "/behandeling", "Behandeling", [
        "# Behandeling",
        "Na uw aanmelding nodigen we u uit voor een intake. Samen stellen we doelen op en leggen die vast in een behandelplan. Halverwege bekijken we samen of de behandeling helpt. De behandeling wordt afgerond met een afsluitend gesprek, waarna uw huisarts een brief ontvangt.",
    ]),
    ("traject_stappenplan", "voldoet", P + "/traject", "Het traject", [
        "# Stappenplan",
        "Stap 1: U meldt zich aan via het formulier.",
        "Stap 2: Intakegesprek, waarin we uw klachten bespreken.",
        "Stap 3: Behandelplan. We leggen uw doelen vast.",
        "Stap 4: Behandeling, gemiddeld acht gesprekken.",
        "Stap 5: Evaluatie en afsluiting.",
    ]),
    ("english_plan_review_end", "voldoet", P + "/en/process", "Our process", [
        "# Our process",
        "Every client starts with an intake session, in which we get to know you and your concerns.",
        "Together we then make a treatment plan with clear goals.",
        "After about six sessions we review the plan with you.",
        "Treatment ends with a closing session in which we discuss how to keep the progress you made.",
    ]),
    ("hoe_ziet_eruit", "voldoet", P + "/behandeling", "Behandeling", [
        "# Hoe ziet een behandeling eruit?",
        "Je begint met een intake van ongeveer een uur. Daarin vertel je wat er speelt.",
        "Daarna maken we samen een plan. Je komt meestal eens per twee weken.",
        "Na vijf gesprekken evalueren we hoe het gaat.",
        "Als je klachten voldoende zijn afgenomen, ronden we de therapie af.",
    ]),
    ("kwaliteitsstatuut_blokken", "voldoet", P + "/kwaliteitsstatuut", "Kwaliteitsstatuut", [
        "# Behandelproces",
        "# Aanmelding en intake",
        "De cliënt meldt zich aan na verwijzing door de huisarts. De intake wordt gedaan door de regiebehandelaar.",
        "# Behandeling",
        "De regiebehandelaar stelt samen met de cliënt een behandelplan op en bewaakt het verloop. De voortgang wordt periodiek geëvalueerd met de cliënt.",
        "# Afsluiting en nazorg",
        "Bij afsluiting van de behandeling wordt de huisarts geïnformeerd. Als de cliënt terugvalt, kan hij contact opnemen met de praktijk.",
    ]),
    ("alleen_intake_uitleg", "voldoet_bijna", P + "/intake", "De intake", [
        "# De intake",
        "Het eerste gesprek noemen we de intake. U vertelt over uw klachten, uw werk en uw gezin.",
        "Ook vult u een paar vragenlijsten in.",
    ]),
    ("home_kort_traject", "voldoet_bijna", P + "/", "Welkom", [
        "# Welkom bij Praktijk Het Anker",
        "Wij helpen volwassenen met stress, angst en somberheid.",
        "Na een kennismaking kijken we samen welke aanpak bij u past en hoeveel gesprekken er nodig zijn.",
        "U kunt bij ons terecht zonder wachtlijst.",
    ]),
    ("samen_doelen_eind", "voldoet", P + "/aanpak", "Aanpak", [
        "# Mijn aanpak",
        "We starten met een intake waarin ik je klachten en je achtergrond uitvraag.",
        "Samen stellen we doelen op en kiezen we een methode die bij je past.",
        "Na afloop van de behandeling plannen we nog een terugkomgesprek na drie maanden.",
    ]),
    ("english_free_call", "voldoet_bijna", P + "/en/contact", "Book a session", [
        "# Book a session",
        "Book a free 15-minute introductory call through the calendar below.",
        "In this call we discuss what you are looking for and whether we are a good fit.",
    ]),
    ("english_how_does_it_work", "voldoet", P + "/en/how-does-it-work", "How does it work?", [
        "# How does therapy work?",
        "First we meet for an intake.",
        "Then we agree on goals and start the sessions, usually every two weeks.",
        "We check regularly whether you are making progress.",
        "When your goals are reached, we conclude the therapy with a final appointment.",
    ]),
    ("behandeling_bestaat_uit", "voldoet_bijna", P + "/aanbod", "Aanbod", [
        "# Aanbod",
        "Een behandeling bestaat uit een intake en vijf tot acht behandelgesprekken.",
        "We werken met cognitieve gedragstherapie en EMDR.",
    ]),
    ("eerste_gesprek_ik", "voldoet_bijna", P + "/over-mij", "Over mij", [
        "# Over mij",
        "Ik ben Marieke, GZ-psycholoog.",
        "In het eerste gesprek maken we kennis en hoor ik wat je bezighoudt. We kijken samen of ik je verder kan helpen.",
    ]),
    ("nummers_zonder_stap", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "1. Aanmelding",
        "U meldt zich aan via de website of telefonisch.",
        "2. Intake",
        "In twee gesprekken brengen we uw klachten in kaart.",
        "3. Behandeling",
        "U krijgt gemiddeld acht gesprekken.",
        "4. Afsluiting",
        "We sluiten af met een evaluatie; uw huisarts krijgt bericht.",
    ]),
    ("traject_fasen_woorden", "voldoet", P + "/traject", "Traject", [
        "# Hoe verloopt een traject?",
        "Een traject begint met een oriënterend gesprek en een uitgebreide intake.",
        "In de behandelfase werken we aan de afgesproken doelen; we evalueren tussentijds.",
        "We bouwen de gesprekken geleidelijk af en eindigen met een eindevaluatie.",
    ]),
    ("vervolgafspraak", "voldoet_bijna", P + "/eerste-afspraak", "Eerste afspraak", [
        "# Uw eerste afspraak",
        "Tijdens de eerste afspraak bespreken we uw klachten en wat u wilt bereiken.",
        "Aan het eind maken we een vervolgafspraak als we samen verder gaan.",
    ]),
    ("english_intake_only", "voldoet_bijna", P + "/en/intake", "Intake", [
        "# The intake",
        "During the intake we ask about your complaints, your history and what you want to change.",
        "It takes about an hour.",
    ]),
    ("wat_kun_je_verwachten", "voldoet", P + "/wat-kun-je-verwachten", "Wat kun je verwachten", [
        "# Wat kun je verwachten?",
        "Na je aanmelding ontvang je een vragenlijst en een uitnodiging voor een eerste gesprek.",
        "In dat gesprek bekijken we samen wat je hulpvraag is.",
        "Daarna volgt een aantal gesprekken waarin we aan je doelen werken.",
        "Bij het laatste gesprek kijken we terug op wat je hebt bereikt.",
    ]),
    ("oudergesprek_kind", "voldoet", P + "/kinderen", "Kinderen en jongeren", [
        "# Kinderen en jongeren",
        "We beginnen altijd met een oudergesprek, zonder uw kind erbij.",
        "Daarna ziet de therapeut uw kind een paar keer om het beter te leren kennen. In een adviesgesprek bespreken we welke hulp past.",
        "De speltherapie zelf bestaat uit ongeveer tien sessies, met elke vijf sessies een oudergesprek over de voortgang.",
        "De therapie eindigt met een afsluitend gesprek met ouders en kind.",
    ]),
    ("relatie_eerste_gesprek", "voldoet_bijna", P + "/relatietherapie", "Relatietherapie", [
        "# Relatietherapie",
        "Het eerste gesprek is een kennismaking met jullie allebei. We bespreken waar jullie tegenaan lopen en wat jullie van de therapie verwachten.",
        "Relatietherapie kan helpen als jullie steeds in dezelfde ruzies belanden.",
    ]),
    ("toegewezen", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "U kunt zich aanmelden met het formulier hieronder. Na de intake krijgt u een vaste behandelaar toegewezen.",
        "Heeft u vragen? Bel dan ons secretariaat.",
    ]),
    ("eindigt_wanneer", "voldoet", P + "/de-behandeling", "De behandeling", [
        "# De behandeling",
        "Na een intake van twee gesprekken ontvangt u een behandelplan.",
        "De gesprekken vinden meestal wekelijks plaats; na acht gesprekken is er een evaluatie.",
        "De behandeling eindigt wanneer u uw doelen heeft bereikt of als we samen besluiten dat een andere vorm van hulp beter past.",
    ]),
    ("long_page_embedded", "voldoet", P + "/over-ons", "Over ons", [
        "# Over ons",
        "Praktijk De Brug is in 2012 opgericht door twee psychologen. Wij werken vanuit een licht pand in het centrum.",
        "Wij behandelen volwassenen met angst, depressie, burn-out en traumaklachten.",
        "# Zo werken wij",
        "Na uw aanmelding belt een van onze psychologen u voor een korte screening. Past uw vraag bij ons, dan volgt een intakegesprek.",
        "Op basis van de intake maken we samen een behandelplan. Gemiddeld duurt een behandeling acht tot twaalf gesprekken en we bespreken regelmatig de voortgang.",
        "Aan het einde van de behandeling evalueren we samen het resultaat en informeren we, met uw toestemming, uw huisarts.",
        "# Ons team",
        "Ons team bestaat uit vier GZ-psychologen en een praktijkondersteuner.",
    ]),
    ("aanmeld_procedure_stappen", "voldoet_bijna", P + "/aanmeldprocedure", "Aanmeldprocedure", [
        "# Aanmeldprocedure",
        "- Vraag uw huisarts om een verwijsbrief.",
        "- Vul het aanmeldformulier in en upload de verwijsbrief.",
        "- Wij nemen binnen vijf werkdagen contact met u op om een intake te plannen.",
    ]),
    ("english_ending_therapy", "voldoet_bijna", P + "/en/ending", "Ending therapy", [
        "# Ending therapy",
        "We will decide together when it is time to end therapy. Usually we reduce the frequency of sessions first.",
        "In the last session we look back on what has changed.",
    ]),
    ("english_first_session_what", "voldoet_bijna", P + "/en/first-session", "Your first session", [
        "# What happens in the first session?",
        "In the first session I will ask about your reasons for coming and about your background.",
        "At the end of the session we decide together whether to continue.",
    ]),
    ("doelen_evaluatie_only", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Samen met u formuleer ik concrete doelen.",
        "Iedere vier tot zes gesprekken kijken we samen terug: zijn we op de goede weg?",
    ]),
    ("english_numbered_prose", "voldoet", P + "/en/steps", "Steps", [
        "# Four steps",
        "Step 1 - Contact. You send us a message through the form.",
        "Step 2 - Intake. We meet to talk about your situation and goals.",
        "Step 3 - Therapy. We work on your goals in sessions every week or two.",
        "Step 4 - Closing. We evaluate the results and say goodbye.",
    ]),
    ("kort_stappenplan", "voldoet", P + "/stappenplan", "Stappenplan", [
        "# Stappenplan",
        "1. Aanmelden via de website",
        "2. Telefonisch kennismakingsgesprek",
        "3. Intake en behandelplan",
        "4. Behandeling met tussentijdse evaluatie",
        "5. Afsluiting en terugkoppeling aan de huisarts",
    ]),
    ("single_home_sentence_start", "voldoet_bijna", P + "/", "Home", [
        "# Psychologenpraktijk Vos",
        "Voor een afspraak kunt u zich aanmelden via het contactformulier; ik neem dan zo snel mogelijk contact met u op voor een kennismakingsgesprek.",
        "De praktijk is gevestigd in Amersfoort.",
    ]),
    ("werkwijze_traject_doelen", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Ieder traject start met een kennismaking. We bespreken je vraag en wat je al hebt geprobeerd.",
        "Vervolgens stellen we samen een plan op. We werken toe naar de doelen die jij belangrijk vindt en staan geregeld stil bij de voortgang.",
        "Het traject sluiten we af met een evaluatie; daarna kun je altijd nog een keer terugkomen voor een opfrisgesprek.",
    ]),
    ("aanm_verwijsbrief", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "Voor een behandeling bij ons heeft u een verwijsbrief van uw huisarts nodig.",
        "U kunt zich aanmelden door het aanmeldformulier in te vullen en de verwijsbrief mee te sturen.",
        "Na ontvangst van uw aanmelding nemen wij binnen een week contact met u op.",
    ]),
    ("aanm_kort", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "Aanmelden kan via het online aanmeldformulier. U ontvangt daarna een bevestiging per e-mail en wij bellen u voor een afspraak.",
    ]),
    ("aanm_contact_mix", "voldoet_bijna", P + "/contact", "Contact", [
        "# Contact",
        "Telefoon: 030 123 45 67. E-mail: info@praktijk.example.",
        "Wilt u zich aanmelden? Stuur ons een e-mail met uw naam en telefoonnummer, dan bellen wij u terug voor een kennismaking.",
        "Adres: Dorpsstraat 1, Utrecht.",
    ]),
    ("aanm_stappen_lijst", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Hoe werkt aanmelden?",
        "- U vult het aanmeldformulier in.",
        "- Binnen twee werkdagen belt de praktijkassistent u.",
        "- Samen plannen we het eerste gesprek.",
    ]),
    ("intake_twee_gesprekken", "voldoet_bijna", P + "/intake", "Intake", [
        "# Intake",
        "De intake bestaat uit twee gesprekken.",
        "In het eerste gesprek vraagt de psycholoog naar uw klachten, in het tweede naar uw levensgeschiedenis.",
        "Na de intake hoort u welke behandeling wij u adviseren.",
    ]),
    ("en_register", "voldoet_bijna", P + "/en/register", "Register", [
        "# How to register",
        "You can register by filling in the form below. We will contact you within a week to plan an intake.",
    ]),
    ("en_intake_plan", "voldoet_bijna", P + "/en/treatment", "Treatment", [
        "# Treatment",
        "After the intake we discuss a treatment plan with you.",
        "Sessions take place every one or two weeks.",
    ]),
    ("behandeling_verloop_mid", "voldoet_bijna", P + "/behandeling", "Behandeling", [
        "# Verloop van de behandeling",
        "De behandeling bestaat meestal uit vijf tot tien gesprekken van 45 minuten.",
        "Tussen de gesprekken door oefent u thuis met opdrachten.",
        "Na vijf gesprekken evalueren we samen of de behandeling aanslaat.",
    ]),
    ("screening_telefonisch", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na uw aanmelding volgt een telefonische screening van ongeveer vijftien minuten.",
        "Daarin beoordelen we of uw klachten passen bij ons aanbod.",
    ]),
    ("home_bullets", "voldoet_bijna", P + "/", "Home", [
        "# Welkom",
        "- Geen wachtlijst",
        "- Vergoed door alle zorgverzekeraars",
        "- Binnen een week een kennismakingsgesprek",
        "Bij ons starten we altijd met een intake, waarin we samen kijken naar uw klachten en doelen.",
    ]),
    ("en_faq", "voldoet", P + "/en/faq", "FAQ", [
        "# Frequently asked questions",
        "# How do I sign up?",
        "Fill in the registration form and we will call you back within two working days.",
        "# What happens during treatment?",
        "We agree on goals in the first sessions and check every few weeks whether you are getting closer to them.",
        "# How does treatment end?",
        "In the last session we make a plan for the future and, with your consent, inform your GP.",
    ]),
    ("nl_faq_end", "voldoet", P + "/faq", "FAQ", [
        "# Veelgestelde vragen",
        "# Hoe kan ik mij aanmelden?",
        "Via het aanmeldformulier of telefonisch. Wij nemen daarna contact met u op voor een intake.",
        "# Hoe gaat de behandeling verder?",
        "Na de intake stellen we samen een behandelplan op. Iedere zes gesprekken bespreken we de voortgang.",
        "# Wanneer stopt de behandeling?",
        "Als u uw doelen heeft bereikt, ronden we de behandeling af. Uw huisarts ontvangt dan een afsluitende brief.",
    ]),
    ("contact_aanmelden_kan", "voldoet_bijna", P + "/contact", "Contact", [
        "# Contact",
        "Praktijk Zeezicht, Strandweg 4, Katwijk. Telefoon 071 123 45 67.",
        "Aanmelden kan telefonisch of via het contactformulier.",
    ]),
    ("home_u_kunt_zich", "voldoet_bijna", P + "/", "Home", [
        "# Welkom bij Praktijk Zeezicht",
        "Wij bieden psychologische hulp aan volwassenen.",
        "U kunt zich aanmelden via het aanmeldformulier op deze website.",
    ]),
    ("en_register_form", "voldoet_bijna", P + "/en/", "Home", [
        "# Welcome",
        "We offer psychological help to adults in English.",
        "You can register through the form on this website.",
    ]),
    ("einde_brief_huisarts", "voldoet_bijna", P + "/praktisch", "Praktische informatie", [
        "# Praktische informatie",
        "Na afloop van de behandeling ontvangt uw huisarts, met uw toestemming, een korte brief.",
        "Gesprekken duren 45 minuten.",
    ]),
    ("einde_terugval", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Ik werk vooral met oplossingsgerichte therapie.",
        "We sluiten de behandeling af met een gesprek over het voorkomen van terugval.",
    ]),
    ("passief_afsluiting", "voldoet_bijna", P + "/praktijk", "Praktijk", [
        "# Praktijkinformatie",
        "De praktijk is gevestigd in het gezondheidscentrum.",
        "De behandeling wordt afgesloten met een eindgesprek, waarna de huisarts een verslag ontvangt.",
    ]),
    ("passief_intake", "voldoet_bijna", P + "/praktijk", "Praktijk", [
        "# Praktijkinformatie",
        "De praktijk is gevestigd in het gezondheidscentrum.",
        "Iedere behandeling begint met een intakegesprek bij een van de psychologen.",
    ]),
    ("passief_intake2", "voldoet_bijna", P + "/praktijk", "Praktijk", [
        "# Praktijkinformatie",
        "De praktijk is gevestigd in het gezondheidscentrum.",
        "Na aanmelding wordt een intakegesprek ingepland.",
    ]),
    ("en_end_letter", "voldoet_bijna", P + "/en/practical", "Practical", [
        "# Practical information",
        "Sessions last 50 minutes.",
        "At the end of treatment your GP receives a short letter, if you agree.",
    ]),
    ("lange_pagina", "voldoet", P + "/informatie", "Informatie", [
        "# Informatie voor cliënten",
        "# Aanmelding en intake",
        "U meldt zich aan met een verwijzing van de huisarts. Daarna volgt een intakegesprek waarin we uw klachten bespreken.",
        "Na de intake stellen we samen een behandelplan op.",
        "# Praktisch",
        *_PRACTICAL,
        *_PRACTICAL,
        "# Behandeling",
        "De behandeling bestaat uit gesprekken van 45 minuten. Na zes gesprekken evalueren we de voortgang.",
        "# Praktisch 2",
        *_PRACTICAL,
        "# Afsluiting",
        "Als uw doelen zijn bereikt, sluiten we de behandeling af en ontvangt uw huisarts een brief.",
    ]),
    ("kwaliteitsstatuut_model", "voldoet", P + "/kwaliteitsstatuut", "Kwaliteitsstatuut", [
        "# Kwaliteitsstatuut",
        "# Aanmelding en wachttijd voor intake en behandeling",
        "De cliënt kan zich telefonisch of via de website aanmelden; de praktijk neemt binnen een week contact op.",
        "# Diagnostiek",
        "Tijdens de intake wordt de hulpvraag in kaart gebracht en wordt, indien nodig, psychodiagnostisch onderzoek gedaan.",
        "# Behandeling",
        "Het behandelplan wordt samen met de cliënt opgesteld. De voortgang wordt besproken met behulp van ROM-vragenlijsten en evaluatiegesprekken.",
        "# Afsluiting en nazorg",
        "Bij afsluiting van de behandeling bespreekt de regiebehandelaar met de cliënt de resultaten en de mogelijke vervolgstappen. De verwijzer wordt geïnformeerd, tenzij de cliënt daartegen bezwaar maakt.",
    ]),
    ("en_long_journey", "voldoet", P + "/en/your-journey", "Your journey", [
        "# Your journey with us",
        "# Getting in touch",
        "You can contact us by phone or email. We will send you an intake form.",
        "# Assessment",
        "In the first two sessions we assess your difficulties and agree on a treatment plan.",
        "# Therapy",
        "Sessions take place weekly. Every six sessions we review your progress together.",
        "# Ending",
        "Towards the end we space out the sessions and plan how to keep things going. A final report goes to your GP.",
    ]),
    ("fasen_eigen_namen", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "# Fase 1: Verkennen",
        "In de eerste gesprekken leren we elkaar kennen en brengen we in kaart wat er speelt.",
        "# Fase 2: Veranderen",
        "Je gaat aan de slag met nieuwe manieren van denken en doen. Na een aantal gesprekken kijken we samen terug.",
        "# Fase 3: Volhouden",
        "We bouwen de gesprekken af en maken een plan om terugval te voorkomen.",
    ]),
    ("jeugd_route", "voldoet", P + "/jeugd", "Jeugd", [
        "# Jeugdhulp",
        "- Kennismaking: een gesprek met ouders en kind over de hulpvraag.",
        "- Onderzoek: indien nodig doen we psychologisch onderzoek.",
        "- Adviesgesprek: we bespreken de uitkomsten en stellen een plan op.",
        "- Behandeling: wekelijkse of tweewekelijkse sessies met het kind, met regelmatig een oudergesprek.",
        "- Afsluiting: een eindgesprek met ouders en kind.",
    ]),
    ("en_completion", "voldoet", P + "/en/treatment", "Treatment", [
        "# Treatment",
        "# Initial consultation",
        "We start with an initial consultation to discuss your concerns.",
        "# Treatment sessions",
        "Most clients have between six and twelve sessions. We regularly evaluate whether the treatment is helping.",
        "# Completion",
        "When you are ready, we complete the treatment with a final session.",
    ]),
    ("voorbereiding_uitvoering", "voldoet", P + "/traject", "Traject", [
        "# Een traject in drie stappen",
        "Voorbereiding. Na je aanmelding hebben we een intakegesprek en stellen we samen je doelen vast.",
        "Uitvoering. We werken in ongeveer acht sessies aan je doelen en evalueren halverwege.",
        "Afronding. In het laatste gesprek blikken we terug en kijken we vooruit.",
    ]),
    ("prose_long_sentences", "voldoet", P + "/over-de-behandeling", "Over de behandeling", [
        "# Over de behandeling",
        "Nadat u zich via de website heeft aangemeld en wij uw verwijsbrief hebben ontvangen, nodigen wij u uit voor een eerste gesprek, waarin u kennismaakt met uw behandelaar en vertelt over uw klachten.",
        "Samen bepalen we vervolgens wat u wilt bereiken en hoe we daaraan gaan werken; dit leggen we vast in uw behandelplan, dat we tijdens de behandeling regelmatig met u bespreken.",
        "Wanneer u merkt dat het beter gaat, bouwen we de frequentie van de gesprekken af, en na het laatste gesprek informeren we uw huisarts over het verloop.",
    ]),
    ("sessie_eindigt", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na uw aanmelding volgt een intakegesprek.",
        "Daarna stellen we een behandelplan op en starten de gesprekken.",
        "Elke sessie sluiten we af met een korte oefening voor thuis.",
    ]),
    ("medicatie_afbouwen", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na uw aanmelding volgt een intakegesprek met de psychiater.",
        "Daarna stellen we een behandelplan op; zo nodig start de psychiater met medicatie.",
        "Later kan de medicatie in overleg worden afgebouwd.",
    ]),
    ("intake_afgerond", "voldoet_bijna", P + "/aanmelden", "Aanmelden", [
        "# Aanmelden",
        "U meldt zich aan via het formulier, waarna wij u uitnodigen voor een intake.",
        "Is de intake afgerond, dan stellen we samen een behandelplan op en begint de behandeling.",
    ]),
    ("module_afronden", "voldoet_bijna", P + "/behandeling", "Behandeling", [
        "# Behandeling",
        "Na de intake stellen we samen een behandelplan op.",
        "Tussen de gesprekken door werkt u in een online module. Als u een module heeft afgerond, bespreken we die in het volgende gesprek.",
    ]),
    ("afzeggen_end", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na aanmelding volgt een intake en stellen we een behandelplan op.",
        "Afspraken die niet binnen 24 uur worden afgezegd, brengen wij in rekening.",
    ]),
    ("verwijzing_elders", "voldoet_bijna", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na aanmelding volgt een intake en stellen we samen een behandelplan op.",
        "Blijkt tijdens de behandeling dat u meer nodig heeft, dan verwijzen we u in overleg met uw huisarts door naar de specialistische ggz.",
    ]),
]

# ... and phase words that describe no route of this practice
NO_ROUTE_PAGES += [
    ("wachttijd_met_eerste", P + "/wachttijd", "Wachttijd", [
        "# Wachttijd",
        "Na aanmelding duurt het gemiddeld vier weken tot het eerste gesprek.",
        "De behandelwachttijd is twee weken.",
    ]),
    ("therapie_algemeen_zin", P + "/over-therapie", "Over therapie", [
        "# Over therapie",
        "Therapie is een samenwerking tussen cliënt en therapeut.",
        "Een behandeling is pas geslaagd als u zich weer beter voelt.",
    ]),
    ("blog_general_steps", P + "/blog/stappen-in-therapie", "De stappen in therapie", [
        "# De stappen in een therapie",
        "Iedere therapie doorloopt grofweg dezelfde fasen. Eerst is er de kennismaking, waarin de therapeut een beeld vormt van de klachten.",
        "Daarna wordt gewerkt aan verandering en tot slot wordt de therapie afgebouwd.",
        "Lees verder in onze andere blogs.",
    ]),
    ("vacature_long", P + "/vacature", "Vacature", [
        "# Vacature psycholoog",
        "Als psycholoog doe je zelfstandig intakes, stel je behandelplannen op en sluit je behandelingen af met een eindevaluatie.",
        "Je werkt 24 uur per week en hebt een BIG-registratie.",
    ]),
    ("kosten_intake", P + "/kosten", "Kosten", [
        "# Kosten",
        "Het intakegesprek en de behandelgesprekken worden vergoed door uw zorgverzekeraar.",
        "Het eigen risico is van toepassing.",
    ]),
    ("wachttijd_proces", P + "/wachttijden", "Wachttijden", [
        "# Wachttijden",
        "Na uw aanmelding kunt u binnen drie weken terecht voor een intake. Na de intake start de behandeling binnen twee weken.",
    ]),
    ("nieuws_afsluiting", P + "/nieuws", "Nieuws", [
        "# Nieuws",
        "De praktijk is tijdens de zomer drie weken gesloten. Lopende behandelingen worden na de vakantie voortgezet.",
    ]),
    ("nl_faq_cost_q", P + "/faq", "FAQ", [
        "# Veelgestelde vragen",
        "# Wat kost een intake?",
        "Het intakegesprek wordt vergoed vanuit de basisverzekering.",
        "# Hoe lang is de wachttijd?",
        "Op dit moment ongeveer vier weken tot het eerste gesprek.",
    ]),
    ("workshop_aanmelden", P + "/workshops", "Workshops", [
        "# Workshop voor ouders",
        "Op zaterdag organiseren wij een workshop over opvoeden. Aanmelden kan via het formulier.",
    ]),
    ("nieuwsbrief", P + "/nieuws", "Nieuws", [
        "# Nieuws",
        "Wilt u op de hoogte blijven? U kunt zich aanmelden voor onze nieuwsbrief via het formulier onderaan de pagina.",
    ]),
    ("verwijzers", P + "/verwijzers", "Verwijzers", [
        "# Voor verwijzers",
        "U kunt een patiënt aanmelden via Zorgdomein of met een verwijsbrief per post.",
    ]),
    ("wachttijd_aanmelden", P + "/wachttijd", "Wachttijd", [
        "# Wachttijd",
        "Na aanmelding via het formulier is de wachttijd tot de intake ongeveer zes weken.",
    ]),
    ("general_therapy_end", P + "/blog/therapie", "Therapie", [
        "# Over therapie",
        "Therapie wordt meestal afgesloten als de klachten voldoende zijn verminderd.",
    ]),
    ("contract_afgesloten", P + "/vergoeding", "Vergoeding", [
        "# Vergoeding",
        "De praktijk heeft contracten met alle zorgverzekeraars.",
    ]),
    ("dossier_afsluiting", P + "/dossier", "Dossier", [
        "# Uw dossier",
        "Na afsluiting van de behandeling bewaren wij uw dossier twintig jaar.",
    ]),
    ("factuur_na_afloop", P + "/betalen", "Betalen", [
        "# Betalen",
        "Na afloop van de behandeling ontvangt u de factuur van de zorgverzekeraar.",
    ]),
    ("waarneming", P + "/vakantie", "Vakantie", [
        "# Vakantie",
        "Tijdens mijn vakantie kunt u in dringende gevallen terecht bij een waarnemend collega. Lopende behandelingen worden daarna voortgezet.",
    ]),
]


# one or two sentences on the practice's own step among other information on an 'over mij' page
_ABOUT = ("Mijn praktijk is gevestigd in een rustig pand in het centrum.", "Ik werk met volwassenen en jongeren vanaf 16 jaar.")


def _about_page(sentences, url="/over-mij", title="Over mij"):
    return P + url, title, ["# " + title, _ABOUT[0], *sentences, _ABOUT[1]]


ROUTE_PAGES += [
    ("kennismaking_klik", "voldoet_bijna", *_about_page(["We beginnen met een kennismakingsgesprek waarin we bekijken of er een klik is."])),
    ("eerste_gesprek_in_kaart", "voldoet_bijna", *_about_page(["Het eerste gesprek gebruik ik om je klachten en je achtergrond goed in kaart te brengen."])),
    ("intake_dan_plan", "voldoet_bijna", *_about_page(["Na een intake van één of twee gesprekken maak ik met je een plan."])),
    ("doelen_begin_evalueren", "voldoet_bijna", *_about_page(["Aan het begin van de behandeling stellen we samen doelen op, en die evalueren we regelmatig."])),
    ("tijdens_intake_onderzoeken", "voldoet_bijna", *_about_page(["Tijdens de intake onderzoeken we welke hulp het beste bij je past."])),
    ("eerste_afspraak_is_intake", "voldoet_bijna", *_about_page(["De eerste afspraak is een intakegesprek van anderhalf uur."])),
    ("gratis_kennismaking_ik", "voldoet_bijna", *_about_page(["Ik begin altijd met een gratis kennismakingsgesprek van 20 minuten."])),
    ("start_formuleren_doelen", "voldoet_bijna", *_about_page(["Bij de start van de therapie formuleren we samen concrete doelen."])),
    ("en_free_introductory", "voldoet_bijna", *_about_page(["You can start with a free introductory session to see if we are a good match."], "/en/about", "About")),
    ("en_first_meeting_intake", "voldoet_bijna", *_about_page(["Our first meeting is an intake in which we explore your concerns."], "/en/about", "About")),
    ("en_set_goals_evaluate", "voldoet_bijna", *_about_page(["Together we set goals and evaluate them every five sessions."], "/en/about", "About")),
    ("aangemeld_contact", "voldoet_bijna", *_about_page(["Wanneer je je hebt aangemeld, neem ik binnen drie dagen contact met je op."])),
    ("na_intake_advies", "voldoet_bijna", *_about_page(["Na het intakegesprek krijg je van mij een advies over de behandeling."])),
    ("iedere_behandeling_intake", "voldoet_bijna", *_about_page(["Iedere behandeling start met een uitgebreide intake."], "/behandelingen", "Behandelingen")),
    ("halverwege_evalueren", "voldoet_bijna", *_about_page(["Halverwege de behandeling evalueren we samen de voortgang."], "/behandelingen", "Behandelingen")),
    ("afgerond_met_evaluatiegesprek", "voldoet_bijna", *_about_page(["De behandeling wordt afgerond met een evaluatiegesprek."], "/behandelingen", "Behandelingen")),
]

NO_ROUTE_PAGES += [
    ("eerste_stap_moeilijk", *_about_page(["Veel mensen vinden de eerste stap naar hulp moeilijk."])),
    ("therapie_moed", *_about_page(["In therapie werk je aan jezelf; dat vraagt moed."])),
    ("wachttijd_intake_zin", *_about_page(["De wachttijd voor een intake is op dit moment vier weken."])),
    ("ervaring_afronden_rouw", *_about_page(["Ik heb ruime ervaring met het afronden van complexe rouwprocessen."])),
    ("gestart_eigen_praktijk", *_about_page(["Sinds 2015 ben ik gestart met mijn eigen praktijk."])),
    ("intake_kost", *_about_page(["Een intake kost 120 euro."])),
    ("opleiding_afgerond", *_about_page(["Ik heb mijn opleiding tot GZ-psycholoog in 2012 afgerond."])),
    ("begonnen_als_psycholoog", *_about_page(["In 2010 ben ik begonnen als psycholoog in de ggz."])),
]


# whole routes with other words for a phase (oriëntatiegesprek, 'je bent klaar als', winding down)
ROUTE_PAGES += [
    ("orientatie_stoppen", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "We beginnen met een oriëntatiegesprek waarin we je vraag verkennen.",
        "Daarna werken we in sessies van een uur aan de doelen die we samen hebben bepaald.",
        "We stoppen wanneer jij aangeeft dat je weer verder kunt; in een laatste sessie kijken we terug.",
    ]),
    ("klaar_als", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na aanmelding volgt een intake.",
        "Vervolgens zien we elkaar eens per twee weken en bespreken we regelmatig de voortgang.",
        "Je bent klaar als je je doelen hebt bereikt; je huisarts krijgt dan bericht.",
    ]),
    ("minder_vaak", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "Na je aanmelding plannen we een kennismakingsgesprek.",
        "In de behandelgesprekken oefen je met nieuwe vaardigheden.",
        "Gaat het beter, dan spreken we minder vaak af en ronden we in overleg af.",
    ]),
    ("en_wind_down", "voldoet", P + "/en/process", "Process", [
        "# How therapy goes",
        "It starts with an intake call to hear what brings you.",
        "Then we meet weekly and review your goals every month.",
        "As you improve, we gradually wind down the sessions until we say goodbye.",
    ]),
    ("en_discharge_letter", "voldoet", P + "/en/how-it-works", "How it works", [
        "# How it works",
        "Once we have your referral, we invite you for an assessment.",
        "Together we agree on a treatment plan and start weekly sessions, with a review after six sessions.",
        "When treatment is complete, we send a discharge letter to your GP.",
    ]),
]


# registering for a portal, a training or a job, questions about data or fees, the practice's own goals
NO_ROUTE_PAGES += [
    ("portaal", P + "/clientportaal", "Cliëntportaal", [
        "# Cliëntportaal",
        "U kunt zich aanmelden bij het cliëntportaal via DigiD of met uw e-mailadres en wachtwoord.",
        "In het portaal vindt u uw afspraken en vragenlijsten.",
    ]),
    ("faq_gegevens", P + "/faq", "Veelgestelde vragen", [
        "# Veelgestelde vragen",
        "# Wat gebeurt er met mijn gegevens na afloop van de behandeling?",
        "Uw dossier bewaren wij twintig jaar, zoals de wet voorschrijft. Daarna wordt het vernietigd.",
        "# Wat gebeurt er als ik een afspraak moet afzeggen na de intake?",
        "Zeg uw afspraak minstens 24 uur van tevoren af, anders brengen wij de afspraak in rekening.",
    ]),
    ("groep_mindfulness", P + "/groepen", "Groepen", [
        "# Mindfulnesstraining",
        "De training bestaat uit acht bijeenkomsten van twee uur. Aanmelden kan via het formulier.",
    ]),
    ("sollicitatie", P + "/werken-bij", "Werken bij", [
        "# Werken bij ons",
        "Wil je bij ons werken? Stuur je cv en motivatie per e-mail naar de praktijkmanager.",
    ]),
    ("blog_eerste_afspraak", P + "/blog/eerste-afspraak", "Je eerste afspraak bij een psycholoog", [
        "# Je eerste afspraak bij een psycholoog",
        "Bij de meeste psychologen is de eerste afspraak een intakegesprek.",
        "Het is normaal om zenuwachtig te zijn.",
    ]),
    ("en_question_fees", P + "/en/faq", "FAQ", [
        "# FAQ",
        "# How much does the intake cost?",
        "The intake costs 120 euros and is reimbursed by most insurers.",
        "# When do I pay after treatment ends?",
        "You receive an invoice at the end of each month.",
    ]),
    ("evaluatie_kwaliteit", P + "/kwaliteit", "Kwaliteit", [
        "# Kwaliteit",
        "Wij evalueren jaarlijks onze werkwijze met het hele team.",
        "Ook doen wij mee aan visitatie van de beroepsvereniging.",
    ]),
    ("doelen_praktijk", P + "/visie", "Visie", [
        "# Onze visie",
        "Wij stellen onszelf als praktijk ieder jaar nieuwe doelen op het gebied van kwaliteit en bereikbaarheid.",
    ]),
]

# the practice's own intake done by one of its roles, on a page of facts about the practice
ROUTE_PAGES += [
    ("intake_door_wie", "voldoet_bijna", P + "/kwaliteit", "Kwaliteitsstatuut", [
        "# Kwaliteitsstatuut",
        "Naam praktijk: Praktijk Zeezicht. KvK 12345678.",
        "De intake wordt gedaan door de regiebehandelaar; de behandeling kan ook door een collega worden uitgevoerd.",
    ]),
]


# being invited to the practice's own first meeting is a step of its route; bringing something to it is not
ROUTE_PAGES += [
    ("uitnodigen_intake", "voldoet_bijna", *_about_page(["Wij nodigen u uit voor een intakegesprek."])),
    ("en_invite_intake", "voldoet_bijna", *_about_page(["We will invite you for an intake."], "/en/about", "About")),
    ("en_invited_assessment", "voldoet_bijna", *_about_page(["You will be invited for an initial assessment with one of our psychologists."], "/en/about", "About")),
    ("uitgenodigd_kennismaking", "voldoet_bijna", *_about_page(["Je wordt uitgenodigd voor een kennismakingsgesprek."])),
    ("na_kennismaking_verder", "voldoet_bijna", *_about_page(["Na het kennismakingsgesprek beslis je of je met mij verder wilt."])),
    ("en_i_offer_first_session", "voldoet_bijna", *_about_page(["I offer a free first session to get to know each other."], "/en/about", "About")),
]

NO_ROUTE_PAGES += [
    ("en_bring_id_first_session", *_about_page(["Please bring your ID to the first session."], "/en/about", "About")),
    ("verzekeringspas_meenemen", *_about_page(["Neem uw verzekeringspas mee naar het eerste gesprek."])),
]


# a method page evaluating after every session, waits, surveys, a blog, a group training, supervision of colleagues
NO_ROUTE_PAGES += [
    ("methode_emdr_eval", P + "/emdr", "EMDR", [
        "# EMDR",
        "EMDR is een therapie voor klachten na een schokkende ervaring.",
        "Na elke sessie evalueren we samen hoe het gaat met de herinnering.",
    ]),
    ("methode_eerste_sessie", P + "/schematherapie", "Schematherapie", [
        "# Schematherapie",
        "Schematherapie is een vorm van psychotherapie voor hardnekkige patronen.",
        "In de eerste sessies van schematherapie onderzoeken we samen welke schema's bij je spelen.",
    ]),
    ("wacht_uitnodiging", P + "/wachttijd", "Wachttijd", [
        "# Wachttijd",
        "Na aanmelding nodigen wij u binnen zes weken uit voor een intake.",
    ]),
    ("dienstverlening_eval", P + "/tevredenheid", "Tevredenheid", [
        "# Tevredenheid",
        "Wij nodigen u na afloop uit voor een evaluatie van onze dienstverlening.",
    ]),
    ("blog_je_eerste", P + "/blog/je-eerste-gesprek", "Je eerste gesprek", [
        "# Je eerste gesprek",
        "In het eerste gesprek vraagt de therapeut naar je klachten en je achtergrond.",
        "Dat kan spannend zijn.",
    ]),
    ("groepstraining_aanmelden_via", P + "/aanbod/assertiviteit", "Assertiviteitstraining", [
        "# Assertiviteitstraining",
        "In deze groepstraining leer je opkomen voor jezelf.",
        "Aanmelden kan via het contactformulier.",
    ]),
    ("supervisie", P + "/supervisie", "Supervisie", [
        "# Supervisie en leertherapie",
        "Ik bied supervisie aan collega's in opleiding. We beginnen met een kennismakingsgesprek waarin we je leervragen bespreken.",
    ]),
]


# the whole route in a table or in labelled English bullets
ROUTE_PAGES += [
    ("tabel_route", "voldoet", P + "/werkwijze", "Werkwijze", [
        "# Werkwijze",
        "| Aanmelding | U meldt zich aan via het formulier; wij bellen u binnen een week.",
        "| Intake | In twee gesprekken brengen we uw klachten in kaart en stellen we een behandelplan op.",
        "| Behandeling | Wekelijkse gesprekken, met na zes gesprekken een evaluatie.",
        "| Afsluiting | Een eindgesprek en een brief aan uw huisarts.",
    ]),
    ("en_bullets_route", "voldoet", P + "/en/what-to-expect", "What to expect", [
        "# What to expect",
        "- Intake: one or two sessions to understand your situation",
        "- Treatment plan: goals we agree on together",
        "- Sessions: weekly, with a review every six weeks",
        "- Ending: a final session and a letter to your GP",
    ]),
]


# a section headed by the aanmelding as well as the wait describes the aanmelding; under a heading
# about the wait, a sentence on what happens in a step (not on how soon) goes on describing the route
ROUTE_PAGES += [
    ("kop_aanmelding_en_wachttijd", "voldoet_bijna", P + "/praktische-informatie", "Praktische informatie", [
        "# Praktische informatie",
        "# Aanmelding en wachttijd",
        "U kunt zich aanmelden door mij te bellen of te mailen.",
        "Na uw aanmelding neem ik contact met u op voor een kennismakingsgesprek.",
        "De wachttijd is op dit moment ongeveer vier weken.",
        "# Tarieven",
        "Zie de pagina tarieven.",
    ]),
    ("en_registration_and_waiting", "voldoet_bijna", P + "/en/practical", "Practical", [
        "# Practical information",
        "# Registration and waiting list",
        "You can register through the contact form.",
        "We will then call you to plan an intake.",
        "The current waiting time is about a month.",
    ]),
    ("stap_onder_wachttijd", "voldoet_bijna", P + "/praktisch", "Praktisch", [
        "# Praktisch",
        "# Wachttijd",
        "Er is op dit moment een wachttijd van zes weken.",
        "Tijdens het eerste telefonische contact schatten wij in of u bij ons op de juiste plek bent.",
    ]),
]

NO_ROUTE_PAGES += [
    ("wachttijd_dan_starten", P + "/praktisch", "Praktisch", [
        "# Praktisch",
        "# Wachttijd",
        "De wachttijd tot de intake bedraagt zes weken.",
        "Na de intake kunt u direct starten.",
    ]),
    ("wachttijden_zorgverzekeraar", P + "/praktisch", "Praktisch", [
        "# Praktisch",
        "# Wachttijden",
        "Uw zorgverzekeraar kan u helpen als de wachttijd tot een intakegesprek langer is dan vier weken.",
        "Bij de huisarts kun je een verwijzing voor de basis GGZ krijgen.",
    ]),
    ("en_waiting_list_only", P + "/en/waiting", "Waiting list", [
        "# Waiting list",
        "Our waiting list for a first appointment is about eight weeks.",
        "After the intake, treatment can usually start right away.",
    ]),
]


# the ending or the start told with "eindigt met" / "ends with" / "we start with", and an English
# review of progress with an adverb; a client-satisfaction grade at the end is no ending step
ROUTE_PAGES += [
    ("traject_eindigt_met", "voldoet_bijna", *_about_page(["Een traject eindigt met een evaluatiegesprek."])),
    ("en_treatment_ends_with", "voldoet_bijna", *_about_page(["Treatment ends with a review of your goals and a letter to your GP."], "/en/about", "About")),
    ("en_finish_with_session", "voldoet_bijna", *_about_page(["We finish therapy with a session in which we look back at what has changed."], "/en/about", "About")),
    ("en_start_with_call_each_other", "voldoet_bijna", *_about_page(["We always start with a short phone call to get to know each other."], "/en/about", "About")),
    ("en_regularly_review", "voldoet_bijna", *_about_page(["We regularly review how things are going."], "/en/about", "About")),
    ("eerst_maken_we_kennis", "voldoet_bijna", *_about_page(["Eerst maken we kennis, zodat je kunt voelen of het klikt."])),
    ("spel_eindigt_oudergesprek", "voldoet_bijna", P + "/speltherapie", "Speltherapie", [
        "# Speltherapie",
        "Speltherapie is voor kinderen van 4 tot 12 jaar.",
        "De therapie eindigt met een afsluitend gesprek met de ouders.",
    ]),
]

NO_ROUTE_PAGES += [
    ("cijfer_na_afloop", *_about_page(["Cliënten geven ons na afloop van de behandeling gemiddeld een 8,7."])),
    ("en_grade_at_end", *_about_page(["At the end of treatment our clients rate us 8.9 on average."], "/en/about", "About")),
    ("waardering_na_afronding", *_about_page(["Na afronding van de behandeling waarderen cliënten ons met een 8,5."])),
    ("kennismaken_met_team", P + "/team", "Team", [
        "# Ons team",
        "Graag nodigen we je uit om kennis te maken met ons team van zes psychologen.",
    ]),
    ("sessie_eindigt_met_oefening", P + "/mindfulness", "Mindfulness", [
        "# Mindfulness",
        "Mindfulness helpt je om met aandacht te leven.",
        "Elke sessie eindigt met een korte evaluatie van de oefening.",
    ]),
]


# a route told without a pronoun: the step itself is what the sentence states (it follows, takes place,
# the client is invited to it, the intake consists of ...); not with a generic subject or a hedge
def _practice_page(sentences, url="/praktijk", title="De praktijk"):
    return P + url, title, ["# " + title, "De praktijk is gevestigd in het centrum van de stad.", *sentences, "De praktijk is rolstoeltoegankelijk."]


ROUTE_PAGES += [
    ("zonder_voornaamwoord_volgt", "voldoet_bijna", *_practice_page(["Na aanmelding volgt een intakegesprek."])),
    ("client_meldt_vervolgens_intake", "voldoet_bijna", *_practice_page(["De cliënt meldt zich aan via de huisarts; vervolgens vindt er een intake plaats."])),
    ("ouders_eerst_intake", "voldoet_bijna", *_practice_page(["Na de aanmelding vindt eerst een intakegesprek met de ouders plaats."], "/jeugd", "Jeugd")),
    ("intake_bestaat_uit", "voldoet_bijna", *_practice_page(["De intake bestaat uit twee gesprekken van een uur."])),
    ("en_new_clients_invited", "voldoet_bijna", *_practice_page(["New clients are first invited for an intake with one of the psychologists."], "/en/practice", "Practice")),
]

NO_ROUTE_PAGES += [
    ("algemeen_client_doelen", *_practice_page(["In therapie werkt een cliënt aan zijn doelen; dat kost tijd."], "/over-therapie", "Over therapie")),
    ("algemeen_intake_psycholoog_vragen", *_practice_page(["Bij een intake stelt een psycholoog meestal vragen over je klachten."], "/over-therapie", "Over therapie")),
    ("en_patients_usually_assessed", *_practice_page(["Patients are usually assessed before treatment begins."], "/en/info", "Info")),
    ("visie_in_eerste_gesprek_uitgelegd", *_practice_page(["De visie van de praktijk wordt in het eerste gesprek uitgelegd."], "/visie", "Visie")),
    ("ggz_instelling_algemeen", *_practice_page(["Bij een ggz-instelling volgt na aanmelding vaak eerst een screening."], "/over-de-ggz", "Over de ggz")),
]


# the steps of the route listed in short lines or in one sentence name a part of it (a list cannot
# complete the route); not a list of moments to fill in a questionnaire, not the phases of therapy
# in general
ROUTE_PAGES += [
    ("lijst_fasenamen_home", "voldoet_bijna", P + "/", "Home", [
        "# Welkom bij Praktijk Ruimte",
        "Wij bieden kortdurende psychologische hulp.",
        "# Zo werken wij",
        "- Aanmelding",
        "- Intake",
        "- Behandeling",
        "- Afsluiting",
        "Wij zijn gevestigd in Ede.",
    ]),
    ("en_list_of_steps", "voldoet_bijna", P + "/en/", "Home", [
        "# Welcome",
        "Short-term psychological care in English.",
        "# Our process",
        "- Registration",
        "- Intake",
        "- Treatment",
        "- Closing session",
    ]),
    ("zin_met_fasenamen", "voldoet_bijna", P + "/", "Home", [
        "# Welkom bij Praktijk Ruimte",
        "Wij bieden kortdurende psychologische hulp.",
        "Uw traject bij ons: aanmelding, intake, behandeling, evaluatie en afsluiting.",
        "Wij zijn gevestigd in Ede.",
    ]),
]

NO_ROUTE_PAGES += [
    ("vragenlijst_momenten", P + "/rom", "Vragenlijsten", [
        "# Vragenlijsten",
        "U vult een vragenlijst in op drie momenten:",
        "- bij aanmelding",
        "- halverwege",
        "- bij afsluiting",
    ]),
    ("algemene_fasen_lijst", P + "/fasen-van-therapie", "Fasen van therapie", [
        "# Fasen van therapie",
        "Een therapie kent meestal deze fasen:",
        "- kennismaking",
        "- werkfase",
        "- afsluiting",
    ]),
    ("algemene_fasen_zin", P + "/psychotherapie", "Psychotherapie", [
        "# Psychotherapie",
        "Psychotherapie is een behandeling met gesprekken.",
        "Een behandeling bestaat in het algemeen uit intake, diagnostiek, behandeling en afsluiting.",
    ]),
    ("tarieven_per_stap", P + "/tarieven", "Tarieven", [
        "# Tarieven",
        "| Intakegesprek | € 130",
        "| Behandelsessie | € 110",
        "| Afsluitend gesprek | € 110",
    ]),
    ("vacature_takenlijst", P + "/vacature", "Vacature", [
        "# Vacature psycholoog",
        "Jouw taken:",
        "- Intakes",
        "- Behandelingen",
        "- Afsluitende gesprekken",
    ]),
]


# the ending as "na de behandeling", "after treatment", "once treatment is finished", "the final phase"
_START_MIDDLE_NL = ["# Werkwijze", "Je meldt je aan via het formulier, waarna we een intake plannen.", "In de gesprekken daarna werken we aan je doelen."]
_START_MIDDLE_EN = ["# My approach", "We start with an intake to explore your concerns.", "Then we meet every week and work on the goals we set together."]
ROUTE_PAGES += [
    ("na_de_behandeling_terugkomen", "voldoet", P + "/werkwijze", "Werkwijze",
     _START_MIDDLE_NL + ["Na de behandeling kun je altijd nog een keer terugkomen als dat nodig is."]),
    ("en_after_treatment_check_in", "voldoet", P + "/en/approach", "Approach",
     _START_MIDDLE_EN + ["After treatment you can always come back for a check-in session."]),
    ("en_final_phase_space_out", "voldoet", P + "/en/approach", "Approach",
     _START_MIDDLE_EN + ["In the final phase we space out the sessions and prepare for the time after therapy."]),
    ("en_once_finished_report", "voldoet", P + "/en/approach", "Approach",
     _START_MIDDLE_EN + ["Once treatment is finished, your GP receives a short report."]),
]

NO_ROUTE_PAGES += [
    ("na_behandeling_factuur", P + "/betalen", "Betalen", ["# Betalen", "Na de behandeling ontvangt u een factuur."]),
    ("na_behandeling_dossier", P + "/dossier", "Uw dossier", ["# Uw dossier", "Uw dossier wordt na de behandeling vijftien jaar bewaard."]),
    ("na_behandeling_vragenlijst", P + "/kwaliteit", "Kwaliteit", ["# Kwaliteit", "Na de behandeling vraagt de praktijk u om een vragenlijst in te vullen."]),
    ("en_blog_after_therapy", P + "/en/blog/after", "Life after therapy", ["# Life after therapy", "Many people feel uncertain after therapy ends."]),
]


# the start in other words: every treatment begins with ..., the first step is a conversation, a
# first meeting with an adjective, "leer ik je kennen", registering by sending an e-mail, "I will
# get back to you to plan an intake", a bare English "Therapy starts with ..."
ROUTE_PAGES += [
    ("en_every_treatment_begins", "voldoet_bijna", P + "/en/services", "Services", [
        "# Services", "We offer individual therapy for adults.", "Every treatment begins with a thorough assessment of your difficulties."]),
    ("eerste_stap_is_gesprek", "voldoet_bijna", P + "/", "Home", [
        "# Welkom", "Wij helpen je verder.", "De eerste stap is een telefonisch gesprek met een van onze psychologen, waarin we je vraag bespreken."]),
    ("eerste_gezamenlijk_gesprek", "voldoet_bijna", P + "/relatietherapie", "Relatietherapie", [
        "# Relatietherapie", "Ruzie, afstand of een affaire: relatietherapie kan helpen.",
        "Na een eerste gezamenlijk gesprek heb ik met ieder van jullie een individueel gesprek.", "Daarna werken we weer samen verder."]),
    ("in_het_begin_leer_ik_je_kennen", "voldoet_bijna", P + "/verwachten", "Wat kun je verwachten", [
        "# Wat kun je verwachten?", "In het begin leer ik je kennen: wat speelt er, wat heb je al geprobeerd en wat wil je bereiken?"]),
    ("aanmelden_mail_sturen", "voldoet_bijna", P + "/praktisch", "Praktische informatie", [
        "# Praktische informatie", "Aanmelden doe je door een mail te sturen met je naam en telefoonnummer.", "Sessies duren 50 minuten."]),
    ("en_faq_get_back_plan", "voldoet_bijna", P + "/en/faq", "FAQ", [
        "# FAQ", "# How do I start?", "Send me a message through the contact form and I will get back to you to plan an intake.",
        "# Is therapy confidential?", "Yes."]),
    ("en_therapy_starts_with", "voldoet_bijna", *_about_page(["Therapy starts with an initial consultation of 60 minutes."], "/en/about", "About")),
]

NO_ROUTE_PAGES += [
    ("en_every_session_begins", *_about_page(["Every session begins with a short check-in about your week."], "/en/about", "About")),
    ("eerste_stap_naar_hulp_huisarts", *_about_page(["De eerste stap naar hulp is vaak een gesprek met je huisarts."])),
    ("en_therapy_is_a_process", *_about_page(["Therapy is a process that takes time and commitment."], "/en/about", "About")),
    ("en_therapy_can_help", *_about_page(["Therapy can help with anxiety, low mood and stress."], "/en/about", "About")),
    ("en_get_to_know_our_team", P + "/en/team", "Team", ["# Get to know our team", "Anna is a clinical psychologist.", "Ben is a psychotherapist."]),
    ("elke_les_begint", *_about_page(["Elke les begint met een korte meditatie."], "/training", "Training")),
]
