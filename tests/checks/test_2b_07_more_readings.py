"""2b-7: more ways real pages write the practice's people (passages written for these tests).

A named practitioner in running text with a time before the profession ("is sinds 2014 werkzaam
als"), a writer who gives a name the name list does not know ("Mijn naam is Yara Haddad"), a given
name alone over a job line, a name that opens a sentence and is registered further on in it:
"voldoet". The practice's disciplines without names, said as the care it gives ("de behandelingen
worden gegeven door ervaren GZ-psychologen"), as the practitioner of the reader's care ("de
GZ-psycholoog die uw behandeling doet"), as its place of work ("die in het Kinderhuis werkzaam zijn"),
its own people with their training ("onze behandelaren zijn opgeleid in ..."): "voldoet bijna". The
same words about the sector, a partnership, a client with a psychologist, history or a law describe
no practitioner of the practice."""
import pytest

from check_helpers import judge, page, site


def _status(url, title, *items):
    return judge("2b-7", site(page(url, f"# {title}", *items, title=title))).status


@pytest.mark.parametrize("url,items", [
    ("https://lichtpunt.example/", ["Nkechi Obi is sinds 2014 werkzaam als GZ-psycholoog en behandelt volwassenen."]),
    ("https://lichtpunt.example/over", ["Bram Koster werkt al twintig jaar als kinder- en jeugdpsycholoog."]),
    ("https://lichtpunt.example/over", ["Mijn naam is Yara Haddad en ik ben psycholoog NIP."]),
    ("https://psyche.example/team", ["Annemiek", "Psycholoog NIP, gespecialiseerd in faalangst"]),
    ("https://englishtherapist.example/about",
     ["Sarah Jennings has a Master's degree in Clinical Psychology and is registered with the Dutch Institute of "
      "Psychologists (NIP)."]),
])
def test_a_named_practitioner_is_voldoet(url, items):
    assert _status(url, "Over de praktijk", *items) == "voldoet"


@pytest.mark.parametrize("url,text", [
    # the writer's own voice together with the reader stays the writer's
    ("https://opmaat.example/werkwijze", "Als GZ-psycholoog stel ik samen met u een behandelplan op."),
    # the practice as a group of its professionals, or they work "here"
    ("https://opmaat.example/over", "Wij zijn een samenwerkingsverband van vrijgevestigde psychologen in Utrecht."),
    ("https://opmaat.example/over", "Het collectief bestaat uit zelfstandige psychologen en psychotherapeuten."),
    ("https://opmaat.example/", "Psychologen, psychotherapeuten en een psychiater werken hier samen onder één dak."),
    ("https://opmaat.example/about", "The psychologists at our practice all have a master's degree in clinical psychology."),
    ("https://opmaat.example/werkwijze", "De behandelingen worden gegeven door ervaren GZ-psychologen en psychotherapeuten."),
    ("https://opmaat.example/werkwijze", "De gesprekken worden gevoerd door een GZ-psycholoog."),
    # the reader is given one of the practice's practitioners; "onze" before a compound profession
    ("https://opmaat.example/werkwijze", "U krijgt bij ons een vaste psycholoog die u de hele behandeling begeleidt."),
    ("https://opmaat.example/werkwijze", "Je wordt gekoppeld aan een psycholoog die bij je hulpvraag past."),
    ("https://opmaat.example/werkwijze", "Na de aanmelding krijg je een intakegesprek met een GZ-psycholoog."),
    ("https://opmaat.example/werkwijze", "De intake vindt plaats bij een van onze GZ-psychologen."),
    ("https://opmaat.example/how", "You will be matched with a psychologist who fits your needs."),
    ("https://opmaat.example/approach", "Therapy is provided by experienced clinical psychologists."),
    ("https://opmaat.example/werkwijze", "Tijdens het intakegesprek maakt u kennis met de GZ-psycholoog die uw behandeling zal doen."),
    ("https://opmaat.example/aanbod",
     "Wij bieden behandeling door GZ-psychologen en psychotherapeuten in de basis- en specialistische GGZ."),
    ("https://opmaat.example/over", "De praktijk is in 2005 opgericht door een GZ-psycholoog met jarenlange ervaring."),
    ("https://opmaat.example/behandeling",
     "De regiebehandelaar is eindverantwoordelijk voor uw behandeling. Dit is bij ons een GZ-psycholoog."),
    ("https://opmaat.example/over", "Onze behandelaren zijn opgeleid in CGT, EMDR en schematherapie."),
    ("https://opmaat.example/over", "Wij hebben een multidisciplinair team met onder andere psychologen, een psychiater en vaktherapeuten."),
    ("https://opmaat.example/over", "In de praktijk zijn twee GZ-psychologen en een psychotherapeut werkzaam."),
    ("https://opmaat.example/about", "At our practice you will be seen by a psychologist or a psychotherapist, depending on your needs."),
    ("https://kinderhuis.example/werkwijze",
     "De orthopedagogen en GZ-psychologen die in het Kinderhuis werkzaam zijn, hebben zich breed geschoold."),
])
def test_the_practices_disciplines_without_names_are_bijna(url, text):
    assert _status(url, "Over ons", text) == "voldoet_bijna"


@pytest.mark.parametrize("url,title,text", [
    ("https://opmaat.example/basis-ggz", "Wat is basis GGZ", "In de basis GGZ wordt u behandeld door een psycholoog. Dat kan ook online."),
    ("https://opmaat.example/vergoeding", "Vergoeding",
     "De psycholoog die u behandelt moet een contract hebben met uw zorgverzekeraar, anders krijgt u minder vergoed."),
    ("https://opmaat.example/geschiedenis", "Geschiedenis", "In de jaren zeventig werkten de psychologen vooral in instellingen."),
    ("https://opmaat.example/onderzoek", "Onderzoek", "De psychologen uit het onderzoek vonden dat CGT goed werkt bij angst."),
    ("https://opmaat.example/rom", "Meten", "Sinds een nieuwe wet moeten alle zorgverleners hun uitkomsten aan een landelijk bureau melden."),
    ("https://opmaat.example/werkwijze", "Werkwijze", "De psychiaters die bij GGZ Oost werken, schrijven medicatie voor."),
    ("https://opmaat.example/werkwijze", "Werkwijze", "U kunt ook een psycholoog in uw eigen regio zoeken via de website van het NIP."),
    ("https://opmaat.example/blog/twijfel", "Twijfel", "Veel mensen twijfelen of ze naar een psycholoog moeten gaan."),
    ("https://opmaat.example/over", "Over ons", "Wij werken samen met psychologen van andere praktijken in de regio."),
    ("https://opmaat.example/over", "Over ons", "Wij zijn een netwerk dat u kan doorverwijzen naar psychologen in uw buurt."),
    # the practice's voice with a partner's professionals
    ("https://opmaat.example/samenwerking", "Samenwerking", "Wij bieden samen met GGZ Oost behandeling door psychiaters."),
    ("https://opmaat.example/nieuws", "Nieuws", "Alle behandelaren in Nederland zijn vanaf 2026 verplicht zich te registreren."),
])
def test_the_same_words_about_others_are_niet(url, title, text):
    assert _status(url, title, text) == "voldoet_niet"


def test_a_name_with_a_partner_in_the_sentence_gets_no_registration():
    # the registration after "samen met" is the partner's: Sarah is only a name here
    status = _status("https://englishtherapist.example/news", "Nieuws",
                     "Sarah Jennings werkt samen met een psychiater die is geregistreerd in het BIG-register.")
    assert status != "voldoet"


def test_disciplines_at_this_location_are_the_own_team_bijna():
    # a provider with several sites names who works at one of them, without names (written for this test)
    snap = site(page("https://ggz.example/vestigingen/oosterhout", "# Vestiging Oosterhout",
                     "Op deze locatie werken drie GZ-psychologen, verder een psychotherapeut en ook een SPV."))
    assert judge("2b-7", snap).status == "voldoet_bijna"
