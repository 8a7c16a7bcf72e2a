"""2b-7: the practice's practitioners described without names (passages written for these tests).

A team of several disciplines in the practice's own care, or a writer who says to be trained in a
method, is "voldoet bijna"; the same words about other organisations, the sector, a vacancy, a
client's story or a file's access rules describe no practitioner of the practice."""
import pytest

from check_helpers import judge, judge_site, page, site

W = "https://praktijk.example/werkwijze"


@pytest.mark.parametrize("text", [
    # several practitioners of different disciplines in the reader's care
    "Bij uw behandeling zijn meestal twee of drie behandelaren betrokken. Zij hebben elk een andere achtergrond.",
    "Deze behandelaren stemmen uw behandelplan samen af in een multidisciplinair overleg.",
    "Het intakegesprek voeren wij met professionals uit verschillende vakgebieden.",
    # English
    "Your treatment plan is discussed in our multidisciplinary team every month.",
    "At our centre you will meet therapists from different backgrounds, who discuss your progress together.",
])
def test_a_team_of_several_disciplines_is_bijna(text):
    snap = site(page(W, "# Zo werken wij", text, title="Werkwijze"))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    # the writer's own training or skill in a method, on a page without a name
    "Naast cognitieve gedragstherapie ben ik ook bekend met EMDR, dat ik bij nare herinneringen kan inzetten.",
    "Ik ben opgeleid in schematherapie en gebruik dat bij klachten die steeds terugkomen.",
    "Ik heb de vervolgopleiding voor systeemtherapie in 2019 afgerond.",
    "I am trained in EMDR and use it when memories keep coming back.",
    "I'm also familiar with acceptance and commitment therapy.",
])
def test_a_writer_trained_in_a_method_is_bijna(text):
    snap = site(page("https://praktijk.example/behandeling", "# Behandeling", text, title="Behandeling"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("url,title,items", [
    # other organisations' people: the practice's network
    (W, "Werkwijze", ["# Samenwerking", "Wij werken samen met verschillende hulpverleners in de regio, zoals de huisarts en de fysiotherapeut."]),
    (W, "Werkwijze", ["Als u meer nodig heeft, verwijzen wij u naar een instelling met een multidisciplinair team."]),
    # the sector in general, not the practice's own care
    ("https://praktijk.example/ggz-uitleg", "Basis en specialistisch",
     ["In de specialistische ggz zijn vaak verschillende behandelaren betrokken bij één cliënt."]),
    # a file's access rules
    (W, "Werkwijze", ["Alleen de behandelaren die bij uw behandeling betrokken zijn, kunnen uw dossier inzien; "
                      "soms zijn dat meerdere professionals."]),
    # a vacancy
    ("https://praktijk.example/vacatures/gz-psycholoog", "Vacature GZ-psycholoog",
     ["# Wij zoeken een GZ-psycholoog", "Je komt te werken in ons multidisciplinaire team met ervaren collega's.",
      "Je bent BIG-geregistreerd en hebt ervaring met EMDR."]),
    # a privacy statement
    ("https://praktijk.example/privacy", "Privacyverklaring",
     ["Uw gegevens worden gedeeld met de verschillende behandelaren die bij uw behandeling betrokken zijn."]),
    # a client's story: the client was trained, not the practitioner
    ("https://praktijk.example/ervaringen", "Ervaringen van cliënten",
     ["# Ervaringen", "Ik ben opgeleid als verpleegkundige en raakte na jaren van nachtdiensten uitgeput.",
      "Na tien gesprekken kon ik weer aan het werk."]),
    # a referral to the reader's own GP or psychiatrist
    (W, "Werkwijze", ["Bij ernstige klachten kunt u het beste contact opnemen met uw huisarts of psychiater."]),
    # a question to the reader, and a denial
    (W, "Werkwijze", ["Bent u opgeleid als psycholoog en wilt u bij ons werken? Neem dan contact op."]),
    (W, "Werkwijze", ["Wij zijn een kleine praktijk en hebben geen multidisciplinair team."]),
    # a blog post with an author's byline
    ("https://praktijk.example/blog/slapen", "Beter slapen",
     ["# Vijf tips voor beter slapen", "Geschreven door Iris Blom",
      "Ik ben getraind in slaaptherapie, maar deze tips helpen iedereen."]),
])
def test_the_same_words_elsewhere_describe_no_practitioner(url, title, items):
    snap = site(page(url, *items, title=title))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


P = "https://praktijklotus.example"


@pytest.mark.parametrize("url,title,items", [
    # who runs the practice, in Dutch and English
    (P + "/", "Home", ["De praktijk wordt gerund door twee GZ-psychologen."]),
    (P + "/", "Home", ["The practice is run by two psychologists, both registered with the NIP."]),
    # the writer's own studies on an "over mij" page without a name
    (P + "/over-mij", "Over mij", ["# Mijn achtergrond", "Ik heb psychologie gestudeerd in Groningen en daarna jaren in de jeugdzorg gewerkt."]),
    (P + "/about-me", "About me", ["# About me", "After my master's degree in clinical psychology I worked in a hospital for eight years."]),
    # a list of disciplines under an English heading about who works there
    (P + "/our-team", "Our team", ["# Who works here", "- Healthcare psychologists", "- Psychotherapists", "- A psychiatrist"]),
])
def test_practitioners_without_names_are_bijna(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_bijna"


def test_a_heading_that_introduces_the_writer_names_the_page():
    snap = site(page(P + "/over-mij", "# Hoi, ik ben Femke", "Ik ben GZ-psycholoog en help volwassenen met angst en somberheid.",
                     title="Over mij"))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet"
    assert "Femke" in f.details["practitioners"]


def test_a_named_practitioner_who_has_worked_somewhere_is_tied_to_the_home_page():
    snap = site(page(P + "/", "Dr. Jasper Kuiper, psychologist, has worked with international students for twelve years.",
                     title="Home"))
    assert judge_site("2b-7", snap).status == "voldoet"


@pytest.mark.parametrize("url,title,items", [
    # a colleague who leaves the practice
    (P + "/nieuws/afscheid", "Afscheid", ["# Afscheid van Gerard", "Na twaalf jaar neemt Gerard Hoekstra, psychotherapeut, afscheid van onze praktijk.",
                                         "Wij wensen hem veel plezier met zijn pensioen."]),
    # a client who looked for a specialised psychologist, or studied psychology
    (P + "/ervaringen", "Ervaringen", ["# Ervaringen", "Ik zocht een psycholoog die gespecialiseerd is in trauma en vond die hier."]),
    (P + "/reviews", "Reviews", ["# Reviews", "I studied psychology myself, so I was sceptical, but the sessions helped me a lot."]),
    # the profession explained in general
    (P + "/faq", "FAQ", ["# FAQ", "A healthcare psychologist is registered in the BIG register and may diagnose mental disorders."]),
])
def test_no_practitioner_of_the_practice(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"


def test_registrations_listed_on_a_people_page_without_a_name_are_bijna():
    snap = site(page(P + "/over-mij", "# Registraties", "- BIG-register: 19012345625", "- NIP eerstelijnspsycholoog",
                     "- Lid van de LVVP", title="Over mij"))
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


def test_a_practice_named_after_its_practitioner_names_the_qualifications():
    snap = site(page(P + "/over-mij", "# Kwalificaties", "- GZ-psycholoog (BIG 19012345625)", "- EMDR-practitioner",
                     "- Lid van de VGCt", title="Over mij | Psychologenpraktijk Lotte van Dam"))
    f = judge_site("2b-7", snap)
    assert f.status == "voldoet"
    assert f.details["practitioners"] == ["Lotte van Dam"]


def test_a_team_counted_without_professions_is_bijna():
    assert judge_site("2b-7", site(page(P + "/", "Ons team bestaat uit zes behandelaren.", title="Home"))).status == "voldoet_bijna"


@pytest.mark.parametrize("items", [
    ["# Opleiding", "De opleiding tot GZ-psycholoog duurt twee jaar.", "- Een psychotherapeut mag zelf diagnoses stellen."],
    ["# Opleidingsplaats", "- Erkende opleidingsplaats voor GZ-psychologen in opleiding"],
    ["# Registrations", "- A healthcare psychologist must be registered in the BIG register."],
])
def test_a_training_explained_in_general_under_a_qualification_heading_is_no_practitioner(items):
    snap = site(page(P + "/informatie", *items, title="Informatie"))
    assert judge_site("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Mijn BIG-nummer is 19012345625.",
    "My BIG registration number is 19012345625.",
    "Voordat ik mijn eigen praktijk begon, werkte ik als psycholoog bij een ggz-instelling.",
    "I worked as a clinical psychologist in a London hospital before moving to Utrecht.",
    "Ik behandel ook in het Engels en het Duits.",
    "I offer therapy in English, German and Dutch.",
    "Mijn specialisaties zijn angst, trauma en rouw.",
    "My areas of expertise are anxiety, burnout and relationship problems.",
    "Ik heb ruim twaalf jaar werkervaring in de jeugdzorg.",
    "Ik heb 12 jaar ervaring als gezinstherapeut.",
])
def test_the_writer_on_their_own_practice_without_a_name_is_bijna(text):
    for url, title in ((P + "/werkwijze", "Werkwijze"), (P + "/over-mij", "Over mij")):
        assert judge_site("2b-7", site(page(url, text, title=title))).status == "voldoet_bijna", url


@pytest.mark.parametrize("url,title,items", [
    # a client on a testimonials page
    (P + "/ervaringen", "Ervaringen", ["# Wat cliënten zeggen", "Ik werkte als psycholoog en dacht dat ik alles zelf kon oplossen.",
                                       "Mijn specialisaties op het werk hielpen me niet tegen mijn eigen somberheid."]),
    # a vacancy in the first person of the practice owner
    (P + "/vacature", "Vacature", ["# Vacature", "Ik zoek een collega die als GZ-psycholoog wil werken in mijn praktijk."]),
    # the site in another language, not the language of treatment
    (P + "/", "Home", ["Deze website is ook in het Engels te lezen.", "This website is also available in English."]),
    # a client who names their own registration number? no: a client's own work, not treatment
    (P + "/", "Home", ["Ik heb tien jaar ervaring als klant bij deze praktijk en kom er graag."]),
])
def test_first_person_words_that_are_not_a_practitioner(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "Ellen Vos, klinisch psycholoog en psychotherapeut, is de regiebehandelaar.",
    "Ellen Vos is opgeleid als GZ-psycholoog en gespecialiseerd in angststoornissen.",
    # a name with a specialism of their own, without a profession (labelling guide v2)
    "Ellen Vos is gespecialiseerd in EMDR en schematherapie.",
    "Ellen Vos specialises in trauma therapy for refugees.",
])
def test_a_named_practitioner_in_running_text_voldoet(text):
    for url, title in ((P + "/werkwijze", "Werkwijze"), (P + "/", "Home")):
        assert judge_site("2b-7", site(page(url, text, title=title))).status == "voldoet", url


@pytest.mark.parametrize("url,title,items", [
    (P + "/nieuws/lezing", "Lezing over rouw", ["# Lezing", "In de bibliotheek spreekt Anna Smit, gespecialiseerd in rouw, over verlies."]),
    (P + "/werkwijze", "Werkwijze", ["Voor EMDR verwijzen wij u naar Ellen Vos, die gespecialiseerd is in trauma."]),
    (P + "/werkwijze", "Werkwijze", ["Volgens Marsha Linehan, die gespecialiseerd was in borderline, helpt validatie."]),
    (P + "/werkwijze", "Werkwijze", ["Ellen Vos is niet gespecialiseerd in kinderen; zij verwijst hen door."]),
])
def test_a_named_specialist_who_is_not_the_practices_practitioner_does_not_voldoen(url, title, items):
    assert judge_site("2b-7", site(page(url, *items, title=title))).status != "voldoet"


@pytest.mark.parametrize("text", [
    "Uw gegevens zijn alleen in te zien door de verschillende behandelaren die bij uw behandeling betrokken zijn.",
    "Ik bespreek mijn werk eens per maand in een intervisiegroep met vier psychotherapeuten.",
    "Your records are shared only with the several therapists involved in your care.",
])
def test_several_practitioners_in_file_rules_or_peer_review_are_no_team(text):
    assert judge_site("2b-7", site(page(P + "/werkwijze", text, title="Werkwijze"))).status == "voldoet_niet"


@pytest.mark.parametrize("text, named", [
    ("In onze praktijk werken drie GZ-psychologen en een psychotherapeut. Zij zijn allen BIG-geregistreerd.",
     ["GZ-psycholoog", "psychotherapeut"]),
    ("Our team consists of two health care psychologists and a psychotherapist, all registered.",
     ["psychotherapeut"]),
])
def test_disciplines_without_names_say_which_disciplines(text, named):
    # the reason names the disciplines it read and asks for names, instead of saying the professions are missing
    f = judge("2b-7", site(page(W, "# Over ons", text, title="Over ons")))
    assert f.status == "voldoet_bijna"
    assert f.details["disciplines"]
    assert all(d in f.reason for d in named)
    assert "zonder kenmerken als beroep" not in f.reason
    assert "per behandelaar" in f.action


def test_a_team_without_disciplines_keeps_the_general_reason():
    f = judge("2b-7", site(page(W, "# Zo werken wij", "Bij uw behandeling zijn meestal twee of drie behandelaren betrokken.",
                                "Zij hebben elk een andere achtergrond.", title="Werkwijze")))
    assert f.status == "voldoet_bijna"
    assert "disciplines" not in f.details
    assert "algemene termen" in f.reason


# --------------------------------------------------------------------------- the sector, placed at the practice

@pytest.mark.parametrize("text", [
    "In de basis GGZ werken bij ons GZ-psychologen en basispsychologen, ondersteund door een secretariaat.",
    "In de generalistische basis-ggz werken binnen onze praktijk twee GZ-psychologen en een psychotherapeut.",
    "In basic mental health care at our practice, clinical psychologists and a psychotherapist work together.",
])
def test_the_disciplines_of_a_care_sector_placed_at_the_practice_are_its_team(text):
    snap = site(page("https://praktijk.example/team", "# Ons team", text, title="Ons team"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "In de basis GGZ zijn vooral GZ-psychologen en basispsychologen aan het werk.",
    "In de specialistische ggz werken psychiaters, klinisch psychologen en verpleegkundig specialisten.",
])
def test_the_disciplines_of_a_care_sector_alone_are_no_team(text):
    snap = site(page("https://praktijk.example/ggz", "# De GGZ in Nederland", text, title="De GGZ in Nederland"))
    assert judge("2b-7", snap).status == "voldoet_niet"
