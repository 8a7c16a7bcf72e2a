"""Pages of a provider site that meet none of the website criteria 2b-6 to 2b-13 (written for
these tests, in the kinds real sites are full of: blog posts and general articles, news, vacancies,
legal pages, costs and appointments, ROM, video calling, complaints, waiting times). A check that
fires on a few percent of such pages fires on almost every real site of a hundred pages."""

P = "https://praktijk.example"

IRRELEVANT_PAGES = [
    (P + '/blog/slapen', 'Beter slapen in vijf stappen', [
        '# Beter slapen in vijf stappen',
        'Veel mensen slapen slecht als ze piekeren. Ga op vaste tijden naar bed en sta op vaste tijden op.',
        "Vermijd schermen in het uur voor het slapen en drink 's avonds geen koffie.",
        'Lukt het na een paar weken nog steeds niet, bespreek het dan met je huisarts.',
    ]),
    (P + '/nieuws/verhuizing', 'Wij verhuizen', [
        '# Wij verhuizen!',
        'Vanaf 1 maart vind je ons in het nieuwe gezondheidscentrum aan de Kerkstraat 12.',
        'Er is gratis parkeergelegenheid en het pand is goed bereikbaar met de bus.',
    ]),
    (P + '/vacatures/gz-psycholoog', 'Vacature GZ-psycholoog', [
        '# Vacature: GZ-psycholoog (24-32 uur)',
        'Wij zoeken een enthousiaste GZ-psycholoog met een BIG-registratie die ons team komt versterken.',
        'Je doet intakes, stelt behandelplannen op en behandelt cliënten met CGT en EMDR.',
        'Wij bieden een prettige werkplek, scholingsbudget en een salaris volgens de cao.',
    ]),
    (P + '/privacy', 'Privacyverklaring', [
        '# Privacyverklaring',
        'Wij verwerken uw persoonsgegevens volgens de AVG. Uw dossier bewaren wij twintig jaar, zoals de WGBO voorschrijft.',
        'Als BIG-geregistreerde zorgverleners hebben wij een beroepsgeheim.',
        'U heeft recht op inzage, correctie en verwijdering van uw gegevens.',
    ]),
    (P + '/cookies', 'Cookies', [
        '# Cookieverklaring',
        'Deze website gebruikt functionele en analytische cookies om het gebruik van de site te meten.',
        'U kunt cookies uitzetten in de instellingen van uw browser.',
    ]),
    (P + '/route', 'Route', [
        '# Route en parkeren',
        'Met de auto: neem afslag 12 en volg de borden centrum. Parkeren kan in de garage aan de Stationsweg.',
        'Met het openbaar vervoer: vanaf het station is het tien minuten lopen.',
    ]),
    (P + '/blog/wat-is-depressie', 'Wat is een depressie?', [
        '# Wat is een depressie?',
        'Een depressie is meer dan een dipje. Mensen met een depressie voelen zich wekenlang somber en hebben nergens zin in.',
        'Ongeveer een op de vijf Nederlanders krijgt ooit in zijn leven een depressie.',
        'Een depressie kan behandeld worden met gesprekken, bijvoorbeeld cognitieve gedragstherapie, en soms met medicijnen.',
    ]),
    (P + '/blog/wat-doet-een-psycholoog', 'Wat doet een psycholoog?', [
        '# Wat doet een psycholoog eigenlijk?',
        'Een psycholoog helpt mensen met psychische klachten. Een GZ-psycholoog heeft na de master nog een tweejarige opleiding gedaan.',
        'Een psychiater is een arts en mag medicijnen voorschrijven; een psycholoog niet.',
    ]),
    (P + '/nieuws/kerst', 'Kerstsluiting', [
        '# Kerstsluiting',
        'De praktijk is gesloten van 24 december tot en met 1 januari. Wij wensen iedereen fijne feestdagen!',
    ]),
    (P + '/algemene-voorwaarden', 'Algemene voorwaarden', [
        '# Algemene voorwaarden',
        'Artikel 1. Deze voorwaarden gelden voor alle behandelovereenkomsten tussen de praktijk en de cliënt.',
        'Artikel 4. Een afspraak die niet 24 uur van tevoren is afgezegd, wordt in rekening gebracht.',
        'Artikel 7. De behandelaar is aangesloten bij de beroepsvereniging en volgt haar beroepscode.',
    ]),
    (P + '/blog/mindfulness', 'Mindfulness in het dagelijks leven', [
        '# Mindfulness in het dagelijks leven',
        'Mindfulness betekent aandacht hebben voor het hier en nu, zonder oordeel.',
        'Je kunt het oefenen door een paar minuten per dag bewust je ademhaling te volgen.',
        'Er zijn veel apps met geleide meditaties die je daarbij kunnen helpen.',
    ]),
    (P + '/nieuws/wachttijd', 'Wachttijd', [
        '# Actuele wachttijd',
        'Op dit moment is de wachttijd tot het eerste gesprek ongeveer zes weken.',
        'Wij doen ons best om de wachttijd kort te houden.',
    ]),
    (P + '/en/blog/anxiety', 'Understanding anxiety', [
        '# Understanding anxiety',
        'Anxiety is a normal reaction to danger. When it becomes too strong or lasts too long, it can get in the way of daily life.',
        'Many people with anxiety avoid situations, which keeps the fear going.',
        'Talking to someone you trust is often a good first step.',
    ]),
    (P + '/en/news/new-website', 'Our new website', [
        '# Our new website',
        'We are happy to present our new website. You will find all information about our practice here, now also in English.',
    ]),
    (P + '/ervaringen', 'Ervaringen', [
        '# Ervaringen van cliënten',
        '"Ik voelde me vanaf het eerste moment op mijn gemak." - Sanne',
        '"Fijne praktijk, goed bereikbaar en een prettige wachtkamer." - Mark',
    ]),
    (P + '/blog/burn-out', 'Burn-out herkennen', [
        '# Burn-out herkennen',
        'Een burn-out ontstaat vaak na een lange periode van stress. Je bent uitgeput en kunt je slecht concentreren.',
        'Het herstel duurt vaak maanden. Rust alleen is meestal niet genoeg; het helpt om te leren grenzen te stellen.',
    ]),
    (P + '/nieuws/nieuwe-collega', 'Nieuwe collega', [
        '# Welkom!',
        'Vanaf september is er een nieuwe secretaresse bij ons op de praktijk. Zij zal u te woord staan als u belt.',
    ]),
    (P + '/workshops', 'Workshops', [
        '# Workshop voor ouders',
        'Op zaterdag 14 juni organiseren wij een workshop over opvoeden in een scheidingssituatie. Aanmelden kan via het formulier.',
        'De kosten zijn € 35 per persoon, inclusief koffie en thee.',
    ]),
    (P + '/blog/rouw', 'Rouw', [
        '# Rouw is geen ziekte',
        'Iedereen rouwt op zijn eigen manier. Verdriet, boosheid en schuldgevoel horen daarbij.',
        'Soms blijft rouw lang heel intens. Dan spreken we van gecompliceerde rouw en kan professionele hulp zinvol zijn.',
    ]),
    (P + '/disclaimer', 'Disclaimer', [
        '# Disclaimer',
        'Aan de informatie op deze website kunnen geen rechten worden ontleend. De praktijk is niet aansprakelijk voor schade door het gebruik van deze site.',
    ]),
    (P + '/sitemap', 'Sitemap', [
        '# Sitemap',
        '- Home',
        '- Over ons',
        '- Aanbod',
        '- Tarieven',
        '- Contact',
        '- Privacy',
    ]),
    (P + '/nieuws/zorgverzekering', 'Zorgverzekering 2026', [
        '# Uw zorgverzekering in 2026',
        'In december kunt u overstappen naar een andere zorgverzekeraar. Het eigen risico blijft in 2026 € 385.',
        'Kijk goed of uw polis psychologische zorg vergoedt.',
    ]),
    (P + '/blog/piekeren', 'Stoppen met piekeren', [
        '# Stoppen met piekeren',
        'Piekeren kost veel energie. Een handige techniek is het piekerkwartier: je spreekt met jezelf af dat je alleen op een vast moment van de dag piekert.',
        'Schrijf je zorgen op en kijk na een week wat ervan is uitgekomen.',
    ]),
    (P + '/en/privacy', 'Privacy', [
        '# Privacy statement',
        'We process your personal data in accordance with the GDPR. Your file is kept for twenty years, as required by Dutch law.',
        'You may request access to your data at any time.',
    ]),
    (P + '/rom', 'ROM-metingen', [
        '# Wat is ROM?',
        'ROM staat voor Routine Outcome Monitoring. Met vragenlijsten wordt gemeten hoe het met de klachten gaat.',
        'De vragenlijsten worden aan het begin en aan het einde van de behandeling digitaal afgenomen via een beveiligde omgeving.',
        'De uitkomsten worden anoniem aangeleverd aan een landelijke databank.',
    ]),
    (P + '/kosten', 'Kosten en vergoeding', [
        '# Kosten',
        'Sinds 2022 geldt in de ggz het zorgprestatiemodel. Elke sessie wordt als consult in rekening gebracht, afhankelijk van de duur en de beroepsgroep van de behandelaar.',
        'Een diagnostisch consult van 60 minuten door een GZ-psycholoog kost in 2025 ongeveer € 150.',
        'Behandeling van aanpassingsstoornissen en relatieproblemen valt niet onder de basisverzekering.',
        'U betaalt eerst uw eigen risico.',
    ]),
    (P + '/afspraken', 'Afspraken en afzeggen', [
        '# Afspraken',
        'Een gesprek duurt meestal 45 minuten. De tijd daarna gebruikt de behandelaar voor verslaglegging.',
        '# Afzeggen',
        'Verhinderd? Zeg uw afspraak uiterlijk 24 uur van tevoren af. Anders brengen wij € 60 in rekening; dat geldt ook voor het intakegesprek.',
    ]),
    (P + '/blog/online-therapie-werkt', 'Werkt online therapie?', [
        '# Werkt online therapie net zo goed?',
        'Sinds de coronaperiode volgen veel mensen therapie via beeldbellen. Onderzoek laat zien dat online behandeling bij veel klachten even effectief kan zijn als face-to-face.',
        'Voordelen zijn dat je niet hoeft te reizen en flexibeler kunt plannen; een nadeel is dat non-verbale signalen minder goed zichtbaar zijn.',
    ]),
    (P + '/blog/wat-is-emdr', 'Wat is EMDR?', [
        '# Wat is EMDR?',
        'EMDR is ontwikkeld door de Amerikaanse psycholoog Francine Shapiro. De therapie wordt wereldwijd gebruikt na schokkende gebeurtenissen.',
        'Tijdens EMDR denkt iemand terug aan een nare herinnering terwijl hij wordt afgeleid. Daardoor verliest de herinnering haar lading.',
        'Onderzoek laat zien dat EMDR vaak na enkele sessies al effect heeft.',
    ]),
    (P + '/klachten', 'Klachtenregeling', [
        '# Niet tevreden?',
        'Bent u ontevreden over uw behandeling, bespreek dit dan eerst met uw behandelaar.',
        'Komt u er samen niet uit, dan kunt u terecht bij de onafhankelijke klachtenfunctionaris van de beroepsvereniging. Daarna kunt u naar de geschillencommissie.',
        'Klachten over het handelen van BIG-geregistreerde zorgverleners kunnen ook aan het tuchtcollege worden voorgelegd.',
    ]),
    (P + '/zorgverzekeraars', 'Contracten', [
        '# Contracten met zorgverzekeraars',
        'Voor 2025 hebben wij contracten afgesloten met VGZ, Zilveren Kruis, CZ en Menzis.',
        'Bent u bij een andere verzekeraar verzekerd, dan vergoedt uw verzekeraar een deel van de kosten; kijk in uw polisvoorwaarden.',
    ]),
    (P + '/wachttijden', 'Wachttijden', [
        '# Wachttijden',
        'Aanmeldwachttijd: 4 weken. Behandelwachttijd: 6 weken.',
        'De wachttijden worden iedere maand bijgewerkt. Bij een wachttijd langer dan de treeknorm kunt u contact opnemen met uw zorgverzekeraar voor wachtlijstbemiddeling.',
    ]),
    (P + '/samenwerking', 'Samenwerking', [
        '# Samenwerking',
        'Wij werken samen met huisartsen, POH-ggz, de wijkteams en de specialistische ggz in de regio.',
        'Ook zijn wij aangesloten bij een intervisiegroep van vrijgevestigde psychologen.',
    ]),
    (P + '/kwaliteit', 'Kwaliteit', [
        '# Kwaliteit',
        'De praktijk heeft een kwaliteitsstatuut dat is goedgekeurd door Zorginstituut Nederland. Daarin staat hoe de zorg georganiseerd is.',
        'Alle behandelaren volgen jaarlijks nascholing en nemen deel aan intervisie.',
    ]),
    (P + '/en/about-therapy', 'About therapy', [
        '# What is psychotherapy?',
        'Psychotherapy is a treatment in which a trained therapist helps you understand your feelings and change patterns in your life.',
        'It can be short or long, depending on the problems. Research shows that the relationship between client and therapist matters most.',
    ]),
    (P + '/blog/ehealth-apps', 'Apps voor je mentale gezondheid', [
        '# Apps voor je mentale gezondheid',
        'In app-winkels vind je honderden apps voor ontspanning en slaap. Let op: niet alle apps zijn wetenschappelijk onderzocht.',
        'Kies bij voorkeur een app die door een zorgprofessional is aanbevolen.',
    ]),
    (P + '/nieuws/ggz-stelsel', 'Veranderingen in de ggz', [
        '# Veranderingen in de ggz',
        'Vroeger was er onderscheid tussen generalistische basis-ggz en specialistische ggz. Met het zorgprestatiemodel is dat onderscheid in de bekostiging vervallen.',
        'Voor cliënten verandert er weinig: ook nu is een verwijzing van de huisarts nodig.',
    ]),
    (P + '/verwijzing', 'Verwijsbrief', [
        '# Verwijsbrief',
        'Voor vergoeding van de behandeling heeft u een verwijsbrief van uw huisarts nodig. Op de verwijsbrief moet staan dat er een vermoeden is van een DSM-stoornis.',
        'Neem de verwijsbrief mee naar het eerste gesprek of stuur hem vooraf per post.',
    ]),
    (P + '/over-de-site', 'Toegankelijkheid', [
        '# Toegankelijkheid',
        'Wij willen dat iedereen deze website kan gebruiken. Loopt u tegen een probleem aan, laat het ons weten via het contactformulier.',
    ]),
    (P + '/blog/paniekaanval', 'Wat te doen bij een paniekaanval?', [
        '# Wat te doen bij een paniekaanval?',
        'Een paniekaanval voelt vaak alsof je een hartaanval krijgt: je hart bonst en je krijgt moeilijk lucht.',
        'Probeer rustig uit te ademen en tel tot vier. Twijfel je of het om je hart gaat, bel dan 112.',
        'Paniekaanvallen zijn niet gevaarlijk, maar wel heel naar.',
    ]),
    (P + '/nieuws/congres', 'Congres', [
        '# Verslag van het najaarscongres',
        'Op het congres sprak klinisch psycholoog dr. Anna Verbeek over de behandeling van trauma bij vluchtelingen.',
        'Psychiater Johan de Groot liet zien hoe slaaptekort bijdraagt aan somberheid.',
        'Het congres werd bezocht door ruim vierhonderd professionals.',
    ]),
    (P + '/blog/boekentip', 'Boekentip', [
        "# Boekentip: 'Leven met angst'",
        'In dit boek beschrijft psychotherapeut Maria Smit hoe angst ontstaat en hoe je er anders mee leert omgaan.',
        'Het boek is goed leesbaar en bevat veel voorbeelden.',
    ]),
    (P + '/blog/online-vragenlijsten', 'Vragenlijsten', [
        '# Waarom vragen wij u vragenlijsten in te vullen?',
        'Vragenlijsten geven een beeld van uw klachten. U ontvangt een link per e-mail en vult de lijst online in.',
        'Ze worden aan het begin en aan het einde afgenomen.',
    ]),
    (P + '/beeldbellen', 'Beeldbellen', [
        '# Beeldbellen',
        'Wij gebruiken een beveiligde verbinding om te beeldbellen. U ontvangt voor de afspraak een link per e-mail.',
        'Zorg voor een rustige ruimte en een stabiele internetverbinding.',
    ]),
    (P + '/blog/wat-is-cgt', 'Wat is cognitieve gedragstherapie?', [
        '# Wat is cognitieve gedragstherapie?',
        'Cognitieve gedragstherapie gaat ervan uit dat gedachten invloed hebben op gevoelens en gedrag.',
        'Bij de therapie leert iemand niet-helpende gedachten te herkennen en uit te dagen.',
        'CGT is een van de best onderzochte vormen van psychotherapie.',
    ]),
    (P + '/nieuws/jubileum', 'Jubileum', [
        '# Tien jaar praktijk!',
        "Dit jaar bestaan we tien jaar. We willen alle cliënten, verwijzers en collega's bedanken voor het vertrouwen.",
        'Ter gelegenheid van ons jubileum houden we op 12 oktober een open dag.',
    ]),
    (P + '/blog/wachtlijst-tips', 'Tips tijdens de wachttijd', [
        '# Tips voor tijdens de wachttijd',
        'Wachten op hulp is vervelend. Probeer in de tussentijd een dagritme aan te houden en te bewegen.',
        'Op thuisarts.nl staat betrouwbare informatie over veel klachten.',
        'Worden je klachten erger, neem dan contact op met je huisarts.',
    ]),
    (P + '/en/blog/therapy-myths', 'Five myths about therapy', [
        '# Five myths about therapy',
        'Myth 1: therapy takes years. Some people need only a few sessions, others longer.',
        'Myth 2: you have to be really ill to see a psychologist. Many people seek help for everyday problems such as stress.',
    ]),
    (P + '/privacy-beroepsgeheim', 'Beroepsgeheim', [
        '# Beroepsgeheim',
        'Psychologen en psychotherapeuten hebben een beroepsgeheim. Zonder uw toestemming geven wij geen informatie aan derden.',
        'Alleen bij acuut gevaar voor uzelf of anderen kan het beroepsgeheim worden doorbroken, volgens de meldcode.',
    ]),
    (P + '/nieuws/wet', 'Nieuwe wet', [
        '# Wat verandert er met de nieuwe wet?',
        'Vanaf 1 januari gelden nieuwe regels voor de uitwisseling van medische gegevens. Zorgverleners moeten uw toestemming vragen voordat zij gegevens delen.',
    ]),
    (P + '/blog/kinderen-en-scheiding', 'Kinderen en scheiding', [
        '# Kinderen en scheiding',
        'Een scheiding is voor kinderen ingrijpend. Jonge kinderen denken soms dat het hun schuld is.',
        'Praat met je kind in eenvoudige woorden en houd vaste gewoontes aan.',
        'Speltherapie kan kinderen helpen om hun gevoelens te uiten.',
    ]),
]
