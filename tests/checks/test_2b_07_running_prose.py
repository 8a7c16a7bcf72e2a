"""2b-7: the practice's people in long running prose (passages written for these tests).

Headings folded into sentences, the first person in English ("as a ... therapist I am ..."), the writer's
registration told inside a passage on insurance, clauses joined by semicolons, a named service as the way
in ("Via X kun je ...", "X allows you to contact ...") are "voldoet bijna" without a name. A professional
association that acts ("de LVVP heeft gevraagd ...") is no one's registration."""
import pytest

from check_helpers import judge, judge_site, page, site

P = "https://praktijkhetlindenhof.example"


@pytest.mark.parametrize("text", [
    # the writer's profession in English, next to their secrecy
    "Everything is treated with care: as a body-oriented therapist I am held to a duty of confidentiality, so what you share stays here.",
    "As a couples therapist, I follow the professional code of my association in everything I do.",
    "Als klinisch psycholoog ben ik gebonden aan het beroepsgeheim, dus wat je vertelt blijft bij mij.",
    # the writer's registration inside a passage on insurance
    "Belt u uw zorgverzekeraar over de vergoeding, meld dan dat ik psycholoog NIP ben en lid ben van de NVPA.",
    "When you ask your insurer about reimbursement, mention that I am registered as a psychologist with the NIP.",
    # one clause about the practice's people, one about a referral letter and the insurer
    "Bij Lindenhof Psychologen meld je je aan via ons formulier; je hebt daarvoor een verwijzing van de huisarts nodig en je polis bepaalt de vergoeding.",
    # a named service as the way in to a profession
    "Via Lindenconsult kun je, desgewenst anoniem, schriftelijk contact leggen met een psychiater of therapeut.",
    "Lindenconsult allows you to contact a psychiatrist, or else a therapist, in writing and without giving your name.",
    "Through Lindenconsult you can get in touch with a psychiatrist or a therapist in writing.",
])
def test_practitioners_in_running_prose_are_bijna(text):
    snap = site(page(P + "/informatie", "# Informatie", text, title="Informatie"))
    assert judge("2b-7", snap).status == "voldoet_bijna"
    assert judge_site("2b-7", snap).status == "voldoet_bijna"


@pytest.mark.parametrize("text", [
    "As a result I have a short waiting list at the moment.",
    "As a rule, I work with a psychiatrist from another practice.",
    "Consult GZ-psycholoog: 120 euro, vergoed door de zorgverzekeraar.",
    "Ik ben niet gecontracteerd, vraag dus of je verzekeraar een psycholoog vergoedt.",
    "Via Zorgwijzer kun je lezen wat een psychiater doet.",
    # the professional association acts: no one's registration
    "Onze beroepsvereniging, de LVVP, heeft de verzekeraars al vaak gevraagd dit te veranderen, tot nu toe zonder succes.",
    "Our professional association, the NIP, has asked the insurers several times to change this rule.",
])
def test_no_practitioner_in_these_passages(text):
    snap = site(page(P + "/informatie", "# Informatie", text, title="Informatie"))
    assert judge("2b-7", snap).status == "voldoet_niet"


@pytest.mark.parametrize("text", [
    "De intake is multidisciplinair ingericht: meerdere professionals uit uiteenlopende disciplines bepalen samen het behandelplan.",
    "Daarna worden gesprekken ingepland met verschillende behandelaars, waarna een plan volgt.",
    "The intake is multidisciplinary: several clinicians from different fields draw up the treatment plan together.",
])
def test_several_practitioners_in_the_impersonal_voice_are_bijna(text):
    snap = site(page(P + "/werkwijze", "# Werkwijze", text, title="Werkwijze"))
    assert judge("2b-7", snap).status == "voldoet_bijna"


def test_the_sector_s_multidisciplinary_intake_is_no_team():
    snap = site(page(P + "/werkwijze", "# Werkwijze", "In de specialistische GGZ is de intake multidisciplinair.", title="Werkwijze"))
    assert judge("2b-7", snap).status == "voldoet_niet"
