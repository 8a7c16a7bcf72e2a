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
