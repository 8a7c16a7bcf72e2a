"""Pages of a provider site that name complaints, client groups, ages or referrals without saying whom
the practice treats or does not treat (written for these tests): cost and practical rules, a career,
recruiting, general articles on disorders and on how the GGZ refers, testimonials, crisis advice, a
complaints procedure. Check 2b-8 must stay "voldoet niet" on each; they are kept apart from
irrelevant_pages.py because some meet another criterion (crisis advice is 2b-6)."""

P = "https://praktijk.example"

PAGES_2B_08 = [
    (P + '/praktijk', 'De praktijk', [
        '# Onze praktijk',
        'In de wachtkamer is een speelhoek voor kinderen en er staat koffie en thee klaar.',
        'De praktijk is op de eerste verdieping; er is een lift.',
    ]),
    (P + '/tarieven', 'Tarieven', [
        '# Tarieven',
        'Voor kinderen en jongeren tot 18 jaar betaalt de gemeente de behandeling.',
        'Volwassenen vanaf 18 jaar betalen het eigen risico van hun zorgverzekering.',
    ]),
    (P + '/over-mij', 'Over mij', [
        '# Over mij',
        'Na mijn studie heb ik tien jaar in een ziekenhuis gewerkt met kinderen en volwassenen.',
        'Ik ben getrouwd en heb twee kinderen.',
    ]),
    (P + '/blog/depressie-bij-ouderen', 'Depressie bij ouderen', [
        '# Depressie bij ouderen',
        'Ouderen met een depressie worden vaak niet herkend, omdat somberheid als normaal bij ouder worden wordt gezien.',
        'Onderzoek laat zien dat therapie ook voor ouderen goed werkt.',
    ]),
    (P + '/vacatures/psycholoog-jeugd', 'Vacature', [
        '# Vacature psycholoog jeugd',
        'Wij zoeken een psycholoog met ervaring in de behandeling van kinderen en jongeren met angst en trauma.',
        'Je hebt ervaring met CGT en EMDR.',
    ]),
    (P + '/klachtenregeling', 'Klachtenregeling', [
        '# Klachtenregeling',
        'Bent u niet tevreden over de behandeling, dan kunt u terecht bij de klachtenfunctionaris.',
        'Komt u er niet uit, dan wordt uw klacht doorverwezen naar de geschilleninstantie.',
    ]),
    (P + '/blog/poh-ggz', 'De POH-ggz', [
        '# Wat doet de POH-ggz?',
        'De praktijkondersteuner ggz van de huisarts helpt volwassenen met stress, somberheid of slaapproblemen.',
        'Als de klachten te ernstig zijn, verwijst de huisarts door naar een psycholoog.',
    ]),
    (P + '/en/about-adhd', 'About ADHD', [
        '# About ADHD',
        'ADHD is a condition that affects attention and impulse control in children and adults.',
        'Many adults with ADHD were never diagnosed as children.',
    ]),
    (P + '/emdr', 'EMDR', [
        '# Wat is EMDR?',
        'EMDR is een methode die oorspronkelijk is ontwikkeld voor mensen met een posttraumatische stressstoornis.',
        'Tijdens EMDR denkt de cliënt terug aan een nare herinnering terwijl de therapeut voor afleiding zorgt.',
    ]),
    (P + '/nieuws/open-dag', 'Open dag', [
        '# Open dag',
        'Op zaterdag houden wij open dag. Kinderen kunnen in de speelkamer knutselen terwijl ouders een rondleiding krijgen.',
    ]),
    (P + '/afspraak', 'Afspraak annuleren', [
        '# Afspraak afzeggen',
        'Kunt u niet komen, zeg uw afspraak dan 24 uur van tevoren af.',
        'Ouders van kinderen onder de 12 jaar komen altijd mee naar de afspraak.',
    ]),
    (P + '/en/vacancy', 'Vacancy', [
        '# Vacancy: psychologist (English speaking)',
        'We are looking for a psychologist who has experience working with adults with anxiety and depression.',
        'You are registered as a GZ-psycholoog.',
    ]),
    (P + '/wanneer-psycholoog', 'Wanneer naar een psycholoog?', [
        '# Wanneer naar een psycholoog?',
        'Iedereen voelt zich weleens somber of angstig. Als klachten langer dan een paar weken duren en je dagelijks leven belemmeren, kan hulp zinvol zijn.',
        'Veel mensen gaan eerst naar de huisarts. De huisarts kan je doorverwijzen naar een psycholoog of naar de specialistische ggz als de problemen ernstig zijn.',
    ]),
    (P + '/crisis', 'Crisis', [
        '# In geval van crisis',
        'De praktijk biedt geen crisisopvang. Bij een acute crisis belt u uw huisarts of buiten kantoortijden de huisartsenpost.',
        'Denkt u aan zelfdoding? Bel 113 of 0800-0113.',
    ]),
    (P + '/verwijzers', 'Voor verwijzers', [
        '# Informatie voor verwijzers',
        'U kunt cliënten verwijzen via Zorgdomein. Vermeld op de verwijsbrief de vermoedelijke DSM-classificatie.',
        'Wij nemen binnen een week contact op met de cliënt.',
    ]),
    (P + '/blog/angst-bij-kinderen', 'Angst bij kinderen', [
        '# Angst bij kinderen',
        'Angst hoort bij de ontwikkeling van kinderen. Jonge kinderen zijn vaak bang in het donker.',
        'Wanneer de angst het dagelijks leven beheerst, kan cognitieve gedragstherapie helpen. Ouders spelen daarbij een belangrijke rol.',
    ]),
    (P + '/nieuws/groepstraining', 'Nieuwe training', [
        '# Nieuw: training Omgaan met stress',
        "In het voorjaar start de training 'Omgaan met stress'. De training bestaat uit acht bijeenkomsten.",
        'Aanmelden kan via het secretariaat.',
    ]),
    (P + '/klachten-procedure', 'Klachten', [
        '# Klachten',
        'Heeft u een klacht over uw behandelaar? Wij nemen uw klacht serieus.',
        'Als u er met de behandelaar niet uitkomt, kunt u terecht bij de klachtenfunctionaris. Die kan u ook verwijzen naar de geschillencommissie.',
    ]),
    (P + '/blog/gecompliceerde-rouw', 'Gecompliceerde rouw', [
        '# Gecompliceerde rouw',
        'Bij gecompliceerde rouw blijft het verdriet na een jaar nog even heftig. Mensen met complexe rouw hebben vaak ook last van somberheid.',
        'Onderzoek laat zien dat behandeling met CGT of EMDR goed helpt bij gecompliceerde rouw.',
    ]),
    (P + '/zorgverzekering', 'Vergoeding', [
        '# Vergoeding',
        'Niet alle klachten worden vergoed. Aanpassingsproblemen en relatieproblemen vallen buiten de basisverzekering.',
        'Kinderen tot 18 jaar zijn gratis verzekerd.',
    ]),
    (P + '/en/faq', 'FAQ', [
        '# Frequently asked questions',
        'Do I need a referral? Yes, you need a referral letter from your GP for the treatment to be reimbursed.',
        'How long is a session? A session lasts 45 minutes.',
    ]),
    (P + '/blog/burnout-werk', 'Burn-out en werk', [
        '# Burn-out en werk',
        'Werkgevers kunnen veel doen om burn-out te voorkomen. Een bedrijfsarts kan werknemers met stressklachten doorverwijzen naar een psycholoog.',
        'Bij ernstige klachten is soms een langere periode van herstel nodig.',
    ]),
    (P + '/wachtlijst', 'Wachtlijst', [
        '# Wachtlijst',
        'Voor kinderen en jongeren is de wachttijd op dit moment acht weken. Voor volwassenen is de wachttijd vier weken.',
    ]),
    (P + '/en/blog/depression', 'Depression explained', [
        '# Depression explained',
        'Depression affects people of all ages, from teenagers to older adults.',
        'Psychologists treat depression with talking therapies such as CBT; severe depression may need specialised care.',
    ]),
    (P + '/samenwerking-poh', 'Samenwerking', [
        '# Samenwerking met de POH-ggz',
        'De POH-ggz in de huisartsenpraktijk begeleidt mensen met lichte klachten zoals stress en slaapproblemen.',
        'Als meer nodig is, verwijst de huisarts naar onze praktijk.',
    ]),
    (P + '/ervaringen-clienten', 'Ervaringen', [
        '# Wat cliënten zeggen',
        '"Ik werd goed geholpen met mijn burn-out en kan weer werken." - Petra',
        '"Na een paar gesprekken waren mijn paniekaanvallen veel minder." - Ahmed',
    ]),
    (P + '/team', 'Team', [
        '# Ons team',
        'Anna de Vries is GZ-psycholoog en werkt met volwassenen. Zij heeft ervaring met EMDR.',
        'Peter Bakker is psychotherapeut en gespecialiseerd in schematherapie.',
    ]),
    (P + '/tips/slaap', 'Slaaptips', [
        '# Tips bij slaapproblemen',
        'Veel volwassenen slapen slecht door stress. Probeer voor het slapen te ontspannen.',
        'Help je kind met een vast slaapritueel als het bang is in het donker.',
    ]),
    (P + '/en/testimonials', 'Testimonials', [
        '# What clients say',
        '"I was helped a lot with my anxiety and now feel more confident." - J.',
    ]),
    (P + '/en/about-us', 'About us', [
        '# About us',
        'Our practice is located in the centre of Utrecht, close to the central station.',
        'We speak Dutch, English and German.',
    ]),
    (P + '/nieuws/onderzoek', 'Onderzoek', [
        '# Onze praktijk doet mee aan onderzoek',
        'Wij doen mee aan een landelijk onderzoek naar de behandeling van depressie bij jongeren.',
        'Deelname is vrijwillig.',
    ]),
    (P + '/mindfulness-training', 'Mindfulness', [
        '# Mindfulness',
        'Mindfulness helpt bij stress en piekeren.',
        'Onderzoek laat zien dat mindfulness terugval in depressie kan voorkomen.',
    ]),
]
