"""Pages of a provider site that meet no criterion and describe none of its practitioners, written
for the 2b-7 tests (own text): a profession explained in general, someone else's professional (the
client's GP, the POH-GGZ, a colleague at the GP's practice), a blog author's byline, a complaint
procedure, a vacancy, a privacy statement that names "the practitioner", client testimonials, in
Dutch and English."""

P = "https://www.psychologiepraktijk-vermeer.example"

IRRELEVANT_2B_07 = [
    (P + "/blog/wat-doet-een-gz-psycholoog", "Wat doet een GZ-psycholoog?", [
        "# Wat doet een GZ-psycholoog eigenlijk?",
        "Een GZ-psycholoog is een psycholoog die na de universitaire master nog twee jaar in de praktijk is opgeleid.",
        "Hij of zij mag diagnoses stellen en staat ingeschreven in het BIG-register, net als artsen en verpleegkundigen.",
        "Wie een GZ-psycholoog zoekt, kan in het register controleren of de registratie geldig is.",
    ]),
    (P + "/nieuws/nieuwe-huisarts", "Nieuwe huisarts in het gezondheidscentrum", [
        "# Nieuwe collega in het gezondheidscentrum",
        "Sinds deze maand werkt Thomas Verhoef als huisarts in het gezondheidscentrum waar ook onze praktijk zit.",
        "Hij neemt de patiënten over van dokter Smulders, die met pensioen is gegaan.",
        "Ook de POH-GGZ van de huisartsenpraktijk, Femke Aalders, is nieuw: zij houdt spreekuur op dinsdag.",
    ]),
    (P + "/verwijzing", "Verwijzing", [
        "# Heeft u een verwijzing nodig?",
        "Voor behandeling die uw zorgverzekeraar vergoedt, heeft u een verwijsbrief nodig van uw huisarts of POH-GGZ.",
        "De huisarts of de praktijkondersteuner bespreekt met u welke hulp past.",
        "Op de verwijsbrief moet het vermoeden van een psychische stoornis staan.",
    ]),
    (P + "/klachtenregeling", "Klachtenregeling", [
        "# Klachtenregeling",
        "Heeft u een klacht over uw psycholoog, bespreek die dan eerst met hem of haar zelf.",
        "Komt u er samen niet uit? Neem dan contact op met de klachtenfunctionaris van de LVVP of dien een klacht in bij de Geschillencommissie.",
        "Een klacht over een BIG-geregistreerde psycholoog kunt u ook voorleggen aan het Regionaal Tuchtcollege.",
    ]),
    (P + "/vacatures/psycholoog", "Vacature", [
        "# Vacature: GZ-psycholoog (24-32 uur)",
        "Ons team zoekt een enthousiaste GZ-psycholoog met BIG-registratie.",
        "Jij hebt ervaring met cognitieve gedragstherapie en EMDR, en bent lid van het NIP of de VGCt.",
        "Wij bieden een fijne werkplek in een klein team. Reageren kan tot 1 maart.",
    ]),
    (P + "/privacy", "Privacyverklaring", [
        "# Privacyverklaring",
        "Uw behandelaar legt in een dossier vast wat nodig is voor een goede behandeling.",
        "Alleen uw behandelaar en, als dat nodig is voor de behandeling, een waarnemend collega hebben toegang tot uw dossier.",
        "Wij bewaren het dossier twintig jaar, zoals de wet voorschrijft.",
    ]),
    (P + "/ervaringen", "Ervaringen van cliënten", [
        "# Wat cliënten over ons zeggen",
        '"Mijn psycholoog luisterde echt naar mij. Na tien gesprekken kon ik weer werken." - Anouk, 34 jaar',
        '"Ik vond het eerst spannend, maar de therapeut stelde me meteen op mijn gemak." - Bas, 52 jaar',
    ]),
    (P + "/blog/slapen", "Beter slapen", [
        "# Vijf tips om beter te slapen",
        "Slecht slapen komt veel voor bij stress. Ga op vaste tijden naar bed en vermijd schermen in het laatste uur.",
        "Blijven de problemen, bespreek ze dan met uw huisarts.",
        "Geschreven door Marieke Jansen, GZ-psycholoog.",
    ]),
    (P + "/blog/rouw", "Rouw", [
        "# Rouw is geen ziekte",
        "Na een verlies is verdriet een gezonde reactie. Iedereen rouwt op zijn eigen manier en in zijn eigen tempo.",
        "Door: Peter de Groot, psychotherapeut | 12 maart 2025",
    ]),
    (P + "/en/blog/burnout", "Burnout", [
        "# Recognising burnout",
        "Burnout builds up slowly. Exhaustion, cynicism and feeling less effective are the usual signs.",
        "Written by Laura Green, clinical psychologist.",
    ]),
    (P + "/en/privacy", "Privacy statement", [
        "# Privacy statement",
        "Your practitioner keeps a file with the information needed for your treatment.",
        "Only your practitioner, and a colleague who replaces them during holidays, can read your file.",
    ]),
    (P + "/en/complaints", "Complaints", [
        "# Complaints procedure",
        "If you have a complaint about your psychologist, please discuss it with them first.",
        "Psychologists registered in the BIG register fall under Dutch disciplinary law.",
    ]),
    (P + "/en/jobs", "Vacancy", [
        "# We are hiring",
        "We are looking for a healthcare psychologist (GZ-psycholoog) with a BIG registration who speaks English and Dutch.",
        "You have experience with CBT and EMDR.",
    ]),
    (P + "/nieuws/afscheid-huisarts", "Afscheid", [
        "# Afscheid van dokter Van Leeuwen",
        "Huisarts Gerard van Leeuwen, met wie wij twintig jaar prettig samenwerkten, gaat met pensioen.",
        "Wij wensen hem veel plezier met zijn vrije tijd.",
    ]),
    (P + "/psychologen-in-nederland", "Psychologen", [
        "# Soorten psychologen",
        "- GZ-psycholoog: BIG-geregistreerd, werkt vaak in de basis-ggz",
        "- Klinisch psycholoog: specialist, werkt vaak in de specialistische ggz",
        "- Psychotherapeut: BIG-geregistreerd, behandelt langer en intensiever",
        "Welke psycholoog bij u past, hangt af van uw klachten.",
    ]),
    (P + "/opleidingsplaats", "Opleiding", [
        "# Opleidingsplaats",
        "Onze praktijk is erkend als opleidingsplaats voor psychologen in opleiding tot GZ-psycholoog.",
        "Psychologen in opleiding werken onder supervisie van een ervaren collega.",
    ]),
    (P + "/wie-ben-ik/registraties", "BIG-register", [
        "# Het BIG-register",
        "Het BIG-register is een openbaar register van de overheid. Zorgverleners met een beschermde titel, zoals de GZ-psycholoog, de psychotherapeut en de psychiater, moeten erin staan.",
        "Wie in het register staat, moet zich elke vijf jaar herregistreren en valt onder het tuchtrecht.",
    ]),
    (P + "/wat-is-psychotherapie", "Wat is psychotherapie", [
        "# Wat is psychotherapie",
        "Psychotherapie is een behandeling met gesprekken. De psychotherapeut helpt u om te begrijpen waarom u steeds op dezelfde manier vastloopt.",
        "Een psychotherapeut heeft na een basisopleiding als psycholoog of arts een opleiding van vier jaar gevolgd.",
    ]),
    (P + "/vragen/wat-doet-een-orthopedagoog", "Orthopedagoog", [
        "# De orthopedagoog",
        "Een orthopedagoog is gespecialiseerd in de opvoeding en ontwikkeling van kinderen bij wie het niet vanzelf gaat.",
        "De orthopedagoog-generalist is BIG-geregistreerd en mag zelfstandig diagnoses stellen.",
    ]),
    (P + "/behandelevaluatie", "Evaluatie", [
        "# Meten wat de behandeling oplevert",
        "Psychologen leren in hun opleiding dat meten belangrijk is. Daarom vragen wij u aan het begin en aan het eind van de behandeling een korte vragenlijst in te vullen.",
        "De psycholoog bespreekt de uitkomsten met u.",
    ]),
    (P + "/en/terms", "Terms and conditions", [
        "# Terms and conditions",
        "These terms apply to every agreement between you and me. My work follows the NIP code of ethics.",
        "Appointments must be cancelled at least 24 hours in advance.",
    ]),
    (P + "/en/data", "How I handle your data", [
        "# How I handle your data",
        "As a psychologist I am required by law to keep a file on your treatment. I keep it for twenty years.",
        "Nobody else can read it without your written permission.",
    ]),
    (P + "/spreekkamer", "De spreekkamer", [
        "# Onze spreekkamers",
        "De praktijk heeft twee lichte spreekkamers aan de tuinkant. Tussen de gesprekken door zetten de therapeuten de ramen open.",
        "Er is koffie en thee in de wachtkamer.",
    ]),
    (P + "/nieuws/nieuwe-poh", "Nieuwe POH-GGZ", [
        "# De POH-GGZ van de huisarts",
        "In de huisartsenpraktijk naast ons is sinds kort Linda Bosman werkzaam als POH-GGZ. Zij is sociaal psychiatrisch verpleegkundige.",
        "Bij lichte klachten kunt u via uw huisarts een afspraak met haar maken.",
    ]),
    (P + "/samenwerking-huisarts", "Samenwerking", [
        "# Samenwerking met de huisarts",
        "Wij werken nauw samen met huisartsenpraktijk De Esch. Huisarts Karin Molenaar en POH-GGZ Frank Timmer verwijzen regelmatig naar ons.",
    ]),
    (P + "/bereikbaarheid", "Bereikbaarheid", [
        "# Bereikbaarheid",
        "U kunt mij bellen op werkdagen tussen 9 en 10 uur.",
        "Bij mijn afwezigheid neemt collega psycholoog Anna de Wit van Praktijk Oost waar.",
    ]),
    (P + "/vakantie-2025", "Vakantie", [
        "# Vakantie",
        "Tijdens mijn vakantie kunt u terecht bij mijn waarnemer, GZ-psycholoog Peter Smit (Praktijk De Linde, 012-3456789).",
    ]),
    (P + "/depressie", "Depressie", [
        "# Depressie",
        "Zoals psychiater Dirk Verhaegen het zegt: somberheid hoort bij het leven, depressie niet.",
        "Een depressie is goed te behandelen.",
    ]),
    (P + "/jongeren", "Jongeren", [
        "# Jongeren",
        "Voor jongeren tot 18 jaar verwijzen wij naar Kinderpraktijk Het Nest, waar orthopedagoog Ellen Vos en GZ-psycholoog Mark Hoek werken.",
    ]),
    (P + "/links", "Links", [
        "# Nuttige links",
        "- NIP: Nederlands Instituut van Psychologen",
        "- LVVP: Landelijke Vereniging van Vrijgevestigde Psychologen en Psychotherapeuten",
        "- BIG-register",
    ]),
    (P + "/second-opinion", "Second opinion", [
        "# Second opinion",
        "Twijfelt u aan een diagnose of behandeladvies? U kunt een second opinion vragen bij een andere psycholoog of psychiater.",
    ]),
    (P + "/kwaliteit", "Kwaliteit", [
        "# Kwaliteit",
        "Psychologen zijn verplicht hun kennis bij te houden. Zij volgen nascholing en nemen deel aan intervisie.",
        "Zo blijft de registratie in het BIG-register geldig.",
    ]),
    (P + "/en/therapy", "Therapy", [
        "# Therapy",
        "A psychologist can help you understand your thoughts and feelings. Therapy is a conversation between you and your therapist.",
    ]),
    (P + "/stress-avond", "Avond over stress", [
        "# Avond over stress",
        "Op 12 maart spreekt GZ-psycholoog Anna Smit in de bibliotheek over stress op het werk.",
        "Toegang is gratis.",
    ]),
    (P + "/in-de-krant", "In de krant", [
        "# In de krant",
        "In een interview met een landelijke krant vertelt psychiater Rutger Bregman dat eenzaamheid toeneemt.",
    ]),
    (P + "/luistertip", "Luistertip", [
        "# Luistertip",
        "Luister naar de aflevering met klinisch psycholoog Hanna de Groot over perfectionisme.",
    ]),
    (P + "/filmtip", "Filmtip", [
        "# Filmtip",
        "In de documentaire volgt regisseur Sanne Rovers drie jongeren die een psychotherapeut bezoeken.",
    ]),
    (P + "/richtlijn-angst", "Richtlijn", [
        "# De richtlijn",
        "De richtlijn angst is opgesteld door een werkgroep onder leiding van psychiater Anton van Balkom.",
    ]),
    (P + "/en/supervision", "Supervision", [
        "# Training",
        "Trainees are supervised by an external supervisor, psychotherapist Helen Ward.",
    ]),
    (P + "/ervaring-ik", "Ervaring", [
        "# Mijn ervaring",
        "Ik was bang voor de eerste afspraak bij de psychotherapeut, maar dat bleek nergens voor nodig.",
    ]),
    (P + "/inspiratie", "Inspiratie", [
        "# Inspiratie",
        "\u201cDe mens is geen probleem dat opgelost moet worden.\u201d \u2013 Carl Rogers, psycholoog",
    ]),
    (P + "/links", "Links", [
        "# Links",
        "- Psychologenpraktijk Jansen (dr. P. Jansen, psychotherapeut)",
        "- Praktijk voor relatietherapie Anna Smit, GZ-psycholoog",
        "- Huisartsenpraktijk De Brug",
    ]),
    (P + "/ons-netwerk", "Netwerk", [
        "# Ons netwerk",
        "Wij werken samen met:",
        "- Dr. Karel Smits, psychiater",
        "- Marloes Kok, diëtist",
    ]),
    (P + "/samen", "Samen", [
        "# Samen sterk",
        "Voor medicatie werken wij samen met:",
        "- Drs. Hanna Vos, psychiater",
    ]),
]
