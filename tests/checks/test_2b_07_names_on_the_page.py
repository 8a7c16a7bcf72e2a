"""2b-7: practitioners as real pages write them, on a site whose host names nothing (an IP address,
as in a local test) and on an ordinary domain (passages written for these tests)."""
import pytest

from check_helpers import judge, judge_site, page, site

from checks.text.context import own_name_spans, page_name_cores
from checks.text.units import PageInfo, Unit

HOSTS = ("http://127.0.0.9:8000", "https://praktijkvoorbeeld.example")


def _page_info(title: str, *lines: tuple[str, str]) -> PageInfo:
    units = [Unit(text=t, low=t.lower(), lemmas="", url="http://127.0.0.9/x", kind=k, heading="", headings=(), page=0,
                  index=i, block=i) for i, (k, t) in enumerate(lines)]
    return PageInfo(url="http://127.0.0.9/x", title=title, kind="html", path_low="x", title_low=title.lower(), units=units)


@pytest.mark.parametrize("title,lines,core", [
    ("Over mij | Praktijk Jansen", (), "jansen"),
    ("Psychologiepraktijk De Linde - Home", (), "delinde"),
    ("Contact - praktijkjansen.nl", (), "jansen"),
    ("Werkwijze", (("heading", "Werkwijze"), ("sentence", "© 2025 Praktijk Jansen. Alle rechten voorbehouden")), "jansen"),
    ("Psychologenpraktijk Noord", (("heading", "Psychologenpraktijk Noord"),), "noord"),
])
def test_the_practice_name_read_from_its_own_page(title, lines, core):
    assert core in page_name_cores(_page_info(title, *lines))


@pytest.mark.parametrize("title", ["Een psychiater", "Wie zijn wij?", "Hulp Regelen", "Over mij | Contact"])
def test_a_page_name_is_no_practice_name(title):
    assert page_name_cores(_page_info(title, ("heading", title))) == ()


def test_own_name_spans_use_the_page_when_the_host_is_an_address():
    info = _page_info("Over mij | Praktijk Jansen")
    text = "Bij Praktijk Jansen werken twee psychologen."
    assert [text[a:b] for a, b in own_name_spans(text, "http://127.0.0.9/x", info)] == ["Praktijk Jansen"]
    assert own_name_spans(text, "http://127.0.0.9/x") == []
    # a name in the domain still wins over the page
    assert own_name_spans("Bij Praktijk Jansen werken ...", "https://www.praktijkdelinde.example/", info) == []


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("path,title,items", [
    # a given name with the profession as an apposition
    ("/kennismaken", "Kennismaken", ["Het eerste gesprek heeft u met Laura, onze GZ-psycholoog. Zij bespreekt met u wat u nodig heeft."]),
    ("/wie-zijn-wij", "Wie zijn wij", ["Wij zijn Eva en Tom, allebei GZ-psycholoog. Samen runnen wij de praktijk sinds 2018."]),
    ("/volwassenen", "Volwassenen", ["Voor volwassenen bieden wij kortdurende behandelingen. De gesprekken worden gevoerd door "
                                     "Thomas, die als GZ-psycholoog al vijftien jaar ervaring heeft met angstklachten."]),
    # a given name right after the profession
    ("/kinderen", "Kinderen", ["Onze speltherapeut Sanne helpt kinderen die vastlopen op school of thuis."]),
    ("/kinderen", "Kinderen", ["Als speltherapeut werkt Sanne met kinderen van 4 tot 12 jaar."]),
    # a given name that is in use but not common ("Fleur", "Hidde")
    ("/kinderen", "Kinderen", ["Fleur is speltherapeut en werkt met kinderen van 4 tot 12 jaar."]),
    ("/jongeren", "Jongeren", ["Het eerste gesprek heeft u met Hidde, onze GZ-psycholoog."]),
    # a first name the name list does not know, with the profession as an apposition or on the next line
    ("/team", "Team", ["Jildou Hoekstra, GZ-psycholoog", "Sytske de Jong (psychotherapeut)"]),
    ("/team", "Team", ["Jildou Hoekstra", "GZ-psycholoog", "Hidde Postma", "Basispsycholoog"]),
    ("/praktijk", "Praktijk", ["De praktijk wordt geleid door Ymke Wiersma, klinisch psycholoog en psychotherapeut."]),
    # the practice's founder, described in the next sentence ("She is ...")
    ("/practice", "Our practice", ["The practice was founded by Sarah Jones in 2010. She is a clinical psychologist and EMDR practitioner."]),
    # a name line with the job title under it (taken for a heading)
    ("/therapists", "Our therapists", ["Daniel Brooks", "# Clinical psychologist", "Daniel works with adults with anxiety and trauma."]),
    # a first-person page with registrations, the name in a signature or the practice's name
    ("/over-mij", "Over mij", ["Ik ben Klinisch Psycholoog en Psychotherapeut, BIG-geregistreerd. Mijn specialisaties zijn trauma "
                               "en rouw.", "Drs. R. de Wit"]),
    ("/over-mij", "Over mij", ["Ik ben geregistreerd in het BIG-register en aangesloten bij de LVVP.", "Hartelijke groet,",
                               "Ellen Vermeer"]),
    ("/over-mij", "Over mij", ["Ik ben BIG-geregistreerd als GZ-psycholoog en lid van het NIP.",
                               "© 2025 Psychologiepraktijk Marieke de Groot"]),
    ("/over-mij", "Over mij", ["Ik ben GZ-psycholoog en lid van het NIP.", "Marieke de Groot Psychologie | Kerkstraat 1 | Utrecht"]),
    ("/about", "About me", ["I am a licensed psychologist (BIG registered) and a member of the NIP. I work with expats.",
                            "Dr. Emma Clarke"]),
])
def test_named_practitioners_voldoen(host, path, title, items):
    assert judge_site("2b-7", site(page(host + path, *items, title=title))).status == "voldoet"


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("path,title,items", [
    # disciplines without names
    ("/behandeling", "Behandeling", ["Bij Centrum Noord werken psychologen, psychotherapeuten en vaktherapeuten samen in één team."]),
    ("/kwaliteit", "Kwaliteit", ["De psychiaters van onze praktijk zijn allen ook geregistreerd psychotherapeut."]),
    ("/kwaliteit", "Kwaliteit", ["De therapeuten zijn allemaal BIG-geregistreerd."]),
    # a role in the practice's care defined by a profession or registration
    ("/rollen", "Rollen", ["De regiebehandelaar is altijd BIG-geregistreerd en houdt het overzicht over uw behandeling."]),
    ("/rollen", "Rollen", ["- Behandelaar is basispsycholoog of GZ-psycholoog"]),
    # the practice, by its name, offers care with a profession
    ("/online", "Online spreekuur", ["MindPraktijk biedt de mogelijkheid om via een beveiligde omgeving contact op te nemen met een psychiater."]),
    # a name tied to the practice on a page that gives a protected title (here in a tariff line)
    ("/tarieven", "Tarieven", ["- Consult GZ-psycholoog: € 110", "Voor vragen over uw afspraak kunt u contact opnemen met Marieke de Groot."]),
    # a personal register number without a name
    ("/achtergrond", "Mijn achtergrond", ["- BIG-registratie: 19012345625", "- Lid van het NIP"]),
])
def test_disciplines_or_a_register_number_without_names_are_bijna(host, path, title, items):
    assert judge_site("2b-7", site(page(host + path, *items, title=title))).status == "voldoet_bijna"


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("path,title,items", [
    ("/verwijzen", "Verwijzen", ["Soms is meer nodig. Dan verwijzen wij u naar Karin, psychiater bij GGZ Oost, of naar uw huisarts."]),
    ("/ervaringen", "Ervaringen", ["'Ik voelde me meteen op mijn gemak.' - Marleen, 34 jaar"]),
    ("/blog/stress", "Stress op het werk", ["Iedereen heeft weleens stress. Volgens Anna, psycholoog bij de GGD, helpt slapen het meest.",
                                            "Geschreven door Ellen Vermeer"]),
    ("/vacature", "Vacature GZ-psycholoog", ["Wij zoeken een GZ-psycholoog met BIG-registratie. Je hebt ervaring met CGT."]),
    ("/ggz", "De ggz in Nederland", ["De psychologen in de specialistische ggz zijn allemaal BIG-geregistreerd."]),
    ("/samenwerking", "Samenwerking", ["Bij Centrum Oost werken psychiaters met wie wij samen werken."]),
    ("/emdr", "Over EMDR", ["EMDR werd in 1987 bedacht door de Amerikaanse psychologe Francine Shapiro."]),
    ("/emdr-en", "EMDR", ["It was developed in the late 1980s by the American psychologist Francine Shapiro."]),
    ("/verhaal", "Mijn verhaal", ["Ik ben naar een psycholoog gegaan toen het niet meer ging.", "Groetjes, Sanne de Boer"]),
    ("/nieuws", "Nieuws", ["Op 12 mei geeft Mark, psychiater, een lezing over slaap in de bibliotheek."]),
    ("/klachten", "Klachten", ["Heeft u een klacht? Wij zijn aangesloten bij de klachtenregeling van het NIP."]),
    ("/contact", "Contact", ["Praktijk De Linde", "Kerkstraat 12", "AGB-code 94012345"]),
    ("/ervaring", "Mijn ervaring", ["Mijn psycholoog Anna heeft me enorm geholpen. Ik kan het iedereen aanraden.", "Tom"]),
    ("/emdr-uitleg", "EMDR", ["Volgens psychiater Mark helpt EMDR bij nachtmerries."]),
    ("/adres", "Adres", ["Praktijk Zon, Kerkstraat 12, Utrecht. Bereikbaar met de bus."]),
    ("/partners", "Samenwerkingspartners", ["Stichting Luisterlijn biedt gratis gesprekken met een psycholoog."]),
    ("/ggz-uitleg", "De ggz", ["In de specialistische ggz is de regiebehandelaar een psychiater of klinisch psycholoog."]),
    ("/rollen-niet", "Rollen", ["De behandelaar is niet altijd een psycholoog."]),
    ("/kwaliteit-big", "Kwaliteit", ["Klachten over een BIG-geregistreerde zorgverlener kunt u melden bij het tuchtcollege.",
                                      "# Ervaringen van cliënten",
                                      "'Ik werd goed geholpen.' - Marleen de Wit"]),
    # a capitalised heading over a sentence with a profession is no name over a job title
    ("/vragen", "Vragen", ["# Veel Gestelde Vragen", "Een psycholoog kan je helpen als je vastloopt."]),
    ("/verwijzers", "Verwijzers", ["Huisartsen kunnen verwijzen naar Ymke Wiersma, psychiater bij GGZ Noord."]),
    ("/nieuws-juni", "Nieuws", ["Op 3 juni spreekt Jildou Hoekstra, psycholoog, op het congres over angst."]),
])
def test_no_practitioner_of_the_practice(host, path, title, items):
    assert judge_site("2b-7", site(page(host + path, *items, title=title))).status == "voldoet_niet"
