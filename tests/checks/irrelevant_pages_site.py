"""More pages of a provider site that meet none of the website criteria 2b-6 to 2b-13 (written for
these tests). Unlike most of ``irrelevant_pages``, their URLs do not say "blog" or "nieuws": real
sites put research news, portal instructions, courses for colleagues and link lists at paths of
their own, and several of these pages speak as the practice ("wij", "onze").

Each page names a method or an eHealth word in a sense that is not the practice's own offer: a
research finding, a study that seeks participants, logging in to the client portal, an app for
appointments, a platform for messages, video calling, a course for other professionals, the
practitioners' own training, a list of links, a satisfaction survey, a vacancy, an internship, a lecture, a holiday closure."""

P = "https://praktijk-c.example"

SITE_PAGES = [
    (P + "/actualiteiten/emdr-onderzoek", "Nieuw onderzoek naar EMDR", [
        "# Nieuw onderzoek naar EMDR bij kinderen",
        "Onderzoekers van een Nederlandse universiteit hebben gekeken naar het effect van EMDR bij kinderen met nachtmerries.",
        "Na gemiddeld vier sessies waren de nachtmerries bij de meeste kinderen sterk afgenomen.",
        "De resultaten verschijnen later dit jaar in een internationaal tijdschrift.",
    ]),
    (P + "/stress", "Stress", [
        "# Minder stress",
        "Uit onderzoek blijkt dat mindfulness helpt om minder te piekeren.",
        "Ook voldoende slaap, bewegen en regelmatig pauze nemen maken verschil.",
    ]),
    (P + "/veilig-online", "Veilig online", [
        "# Veilig online",
        "Uw privacy is belangrijk voor ons. Het cliëntportaal is beveiligd met tweestapsverificatie; u logt in met een code die u per sms ontvangt.",
        "Beeldbellen gaat bij ons via een versleutelde verbinding.",
        "Deel uw inloggegevens nooit met anderen en log altijd uit als u klaar bent.",
    ]),
    (P + "/inloggen", "Inloggen", [
        "# Inloggen cliëntportaal",
        "Log hier in op het cliëntportaal met uw e-mailadres en wachtwoord.",
        "Wachtwoord vergeten? Klik op de link hieronder om een nieuw wachtwoord aan te vragen.",
    ]),
    (P + "/en/online-safety", "Online safety", [
        "# Online safety",
        "Our client portal is protected by two-factor authentication.",
        "Video calls take place through an encrypted connection. Please make sure you are in a quiet room.",
    ]),
    (P + "/afspraak-verzetten", "Afspraak verzetten", [
        "# Afspraak verzetten",
        "Je kunt je afspraken zelf inplannen en verzetten in de app van onze praktijk.",
        "Je ontvangt een dag van tevoren een herinnering.",
    ]),
    (P + "/onderzoek", "Meedoen aan onderzoek", [
        "# Meedoen aan onderzoek",
        "De universiteit zoekt deelnemers voor een onderzoek naar een app die mensen met somberheid helpt om meer te bewegen.",
        "Meedoen is vrijwillig en heeft geen invloed op uw behandeling.",
    ]),
    (P + "/gz-psycholoog-gezocht", "GZ-psycholoog gezocht", [
        "# GZ-psycholoog gezocht (24 uur)",
        "Ben jij een GZ-psycholoog die graag zelfstandig werkt in een klein team?",
        "Ervaring met EMDR en schematherapie is een pré. Je gebruikt ons e-healthplatform om cliënten tussen de sessies te ondersteunen.",
    ]),
    (P + "/scholing/act-training", "Training ACT voor professionals", [
        "# Tweedaagse training ACT voor professionals",
        "Deze training is bedoeld voor psychologen en praktijkondersteuners die Acceptance and Commitment Therapy willen leren toepassen.",
        "Je leert hoe je cliënten helpt om minder te vechten tegen nare gedachten en gevoelens en meer te leven naar hun waarden.",
        "De training is geaccrediteerd; deelnemers krijgen 14 nascholingspunten.",
    ]),
    (P + "/nascholing-huisartsen", "Nascholing huisartsen", [
        "# Nascholing voor huisartsen en POH-GGZ",
        "In deze avondcursus leren huisartsen hoe zij oplossingsgericht kunnen werken in een kort consult.",
        "Oplossingsgericht werken richt zich op wat wel goed gaat en op de doelen van de patiënt.",
    ]),
    (P + "/supervisie", "Supervisie", [
        "# Supervisie",
        "Voor collega's in opleiding tot cognitief gedragstherapeut bied ik supervisie aan.",
        "In de supervisie bespreken we casuïstiek en werken we aan jouw ontwikkeling als therapeut.",
    ]),
    (P + "/links", "Links", [
        "# Nuttige links",
        "- Vereniging EMDR Nederland: informatie over EMDR en een overzicht van therapeuten",
        "- Therapieland: online zelfhulpprogramma's",
        "- Thuisarts.nl: betrouwbare informatie over gezondheid",
    ]),
    (P + "/tevredenheid", "Cliënttevredenheid", [
        "# Cliënttevredenheid",
        "Na de behandeling vragen wij u een vragenlijst in te vullen over onze uitleg, de bejegening en zelfhulpprogramma's.",
        "De uitkomsten gebruiken wij om onze zorg te verbeteren.",
    ]),
    (P + "/route-en-parkeren", "Route", [
        "# Zo komt u bij ons",
        "De praktijk ligt op de eerste verdieping van een gezondheidscentrum. Er is een lift.",
        "Vanaf het station neemt u bus 5 tot de halte Lindeplein; parkeren kan achter het gebouw.",
    ]),
    (P + "/uw-gegevens", "Uw gegevens", [
        "# Uw gegevens",
        "Wij communiceren met u via het beveiligde platform Karify. Daar ontvangt u berichten en vult u vragenlijsten in.",
        "Uw gegevens worden alleen met uw toestemming gedeeld.",
    ]),
    (P + "/beeldbellen", "Beeldbellen", [
        "# Beeldbellen",
        "Wij beeldbellen via de app op uw telefoon of via de computer. U ontvangt van ons vooraf een link.",
        "Zorg dat u op een rustige plek zit.",
    ]),
    (P + "/app", "Onze app", [
        "# De app van de praktijk",
        "In onze app vindt u het adres, de route en de telefoonnummers van de praktijk.",
        "U kunt er ook uw afspraken in terugzien.",
    ]),
    (P + "/feestdagen", "Feestdagen", [
        "# Gesloten tijdens de feestdagen",
        "Tussen kerst en oud en nieuw is onze praktijk gesloten. Wij wensen iedereen fijne feestdagen.",
    ]),
    (P + "/kwaliteitsbeleid", "Kwaliteitsbeleid", [
        "# Kwaliteit",
        "Onze behandelaars nemen deel aan intervisie en volgen jaarlijks nascholing, bijvoorbeeld over EMDR en schematherapie.",
    ]),
    (P + "/studenten", "Studenten", [
        "# Stage bij ons?",
        "Wij bieden elk jaar één stageplaats voor een masterstudent klinische psychologie.",
        "Je loopt mee bij intakes en behandelingen met CGT en EMDR.",
    ]),
    (P + "/lezing-piekeren", "Lezing", [
        "# Lezing over piekeren",
        "Op 12 maart geeft onze psycholoog een gratis lezing over piekeren in de bibliotheek.",
        "Zij vertelt onder meer hoe mindfulness kan helpen.",
    ]),
    (P + "/werkgevers", "Voor werkgevers", [
        "# Mentale gezondheid op het werk",
        "Een op de zes werknemers heeft last van werkstress.",
        "Een open cultuur waarin medewerkers over stress kunnen praten helpt uitval voorkomen.",
    ]),
    # English versions
    (P + "/en/research", "Research", [
        "# Research",
        "Research shows that cognitive behavioural therapy is effective for anxiety and depression.",
        "Studies have also shown that online self-help programmes can help people with mild complaints.",
    ]),
    (P + "/en/login", "Login", [
        "# Client portal",
        "Log in to the client portal with your e-mail address and password.",
        "Forgot your password? Click the link below.",
    ]),
    (P + "/en/appointments", "Appointments", [
        "# Appointments",
        "You can schedule and cancel appointments in our app.",
        "You will receive a reminder one day before your appointment.",
    ]),
    (P + "/en/jobs", "Jobs", [
        "# Join our team",
        "We are looking for a psychologist with experience in EMDR and schema therapy.",
        "You will use our eHealth platform to support clients between sessions.",
    ]),
    (P + "/en/training", "Training for professionals", [
        "# ACT training for professionals",
        "This two-day course teaches psychologists how to apply Acceptance and Commitment Therapy.",
        "You learn how to help clients accept difficult thoughts and act on their values.",
    ]),
    (P + "/en/holidays", "Holidays", [
        "# Closed during the holidays",
        "Our practice is closed between Christmas and New Year. We wish everyone happy holidays.",
    ]),
]

# Pages whose subject is something else than the criterion they brush against (written for the
# padded-site round): an explainer answering a general question under a plain title, an online
# session priced under a cost heading, the phone and hours of a complaints officer, an English
# explainer whose first heading is the question. None says what the practice itself offers.
SUBJECT_PAGES = [
    (P + "/pagina-14", "Gedragstherapie", [
        "# Wat is cognitieve gedragstherapie eigenlijk?",
        "Cognitieve gedragstherapie is een behandelvorm waarin je leert hoe gedachten, gevoelens en gedrag elkaar beïnvloeden.",
        "Door belemmerende gedachten te toetsen en nieuw gedrag te oefenen nemen klachten vaak af.",
        "Meer informatie staat in de folders van de beroepsvereniging voor gedragstherapeuten.",
    ]),
    (P + "/en/info", "Eye movement therapy", [
        "# What is EMDR therapy?",
        "EMDR is a therapy in which a person recalls a distressing memory while following a moving hand with the eyes.",
        "This dual task makes the memory less vivid and less upsetting, and guidelines recommend it after trauma.",
    ]),
    (P + "/praktisch/tarieven-2026", "Praktisch", [
        "# Wat kost een gesprek?",
        "Ook online behandeling is mogelijk, tegen hetzelfde bedrag als een gesprek in de praktijk.",
        "Losse sessies zonder verwijzing betaalt u zelf.",
    ]),
    (P + "/nl/info-3", "Ontevreden?", [
        "# Bent u ontevreden over uw behandeling?",
        "Bespreek het eerst met uw behandelaar.",
        "Lukt dat niet, dan kunt u de onafhankelijke functionaris bellen op 030-2468101, bereikbaar op werkdagen tussen 9 en 12 uur.",
        "Buiten die tijden kunt u uw vraag per e-mail stellen; u krijgt binnen twee werkdagen antwoord.",
    ]),
]
