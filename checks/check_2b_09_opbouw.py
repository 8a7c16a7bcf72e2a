"""2b-9 Opbouw behandeling (zorgproces).

Voldoet when the site describes the path from aanmelding / intake (start) through the treatment
itself (behandelplan, behandelfase, tussentijdse evaluatie) to afronding / afsluiting (end). Only
part of the path is voldoet_bijna. Mentions in money, waiting-time, legal or referral-letter
passages do not count ("na afronding ontvangt u de factuur").

Each page is scored on a few signals rather than on one matching sentence (``PageScore``):
which phases and which distinct steps it names, whether they stand together in one passage,
whether the sentences describe a step (sequence words such as "daarna" / "vervolgens" / "tot
slot", process verbs, a numbered or headed step "2. Intake") and whether the page is about the
treatment path (werkwijze, aanmelden, hoe werkt het). A phase named once in a sentence about
something else ("tijdens de behandeling kan de regiebehandelaar een specialist raadplegen",
"het eConsult wordt afgesloten") is a passing mention and makes no verdict: the path, or a part
of it, must be what the passage is about.

How practices write the route varies, so the phase of a passage is read from its place too: a
numbered step or a run of labelled list items gives its phase to an unnamed step between start and
end ("3. Aan de slag"), a question heading names its phase ("Hoe verloopt de intake?"), a sentence
that refers back ("Daarin ...", "During this session ...") goes on describing the step before it,
and one own-voice sentence about the practice's own first or last step ("de psycholoog zal eerst
een intake met u doen") is a part of the route, unless the step is only a point in time for
something else ("neem de brief mee naar het eerste gesprek"), a place or a duration. So is a
sentence on how a client registers ("aanmelden kan telefonisch of via het formulier"; not for a
workshop, a portal or a referrer).

What ends must be the treatment: an ending word whose clause ends something else ("elke sessie
sluiten we af met een oefening", "is de intake afgerond", "de medicatie wordt afgebouwd") or that
breaks the route off ("voortijdig beëindigd", "bij ernstiger klachten terugverwezen") is no ending
phase. A numbered list of steps each told in a few words ("3. Intake en behandelplan") is the
route itself, and a section of a terms page headed "Werkwijze" describes it too.

A part of the route can also be told without a pronoun, when the step itself is what the sentence
states ("Na aanmelding volgt een intakegesprek", "Cliënten worden uitgenodigd voor een intake"),
or as a list of the steps' names ("- Aanmelding / - Intake / - Behandeling / - Afsluiting"); a list
names the route, it cannot complete it. A section headed by the aanmelding and the wait ("Aanmelding
en wachttijd") describes the aanmelding, and under a heading about the wait a sentence on what
happens in a step, not on how soon, is read too.

The middle is often told in everyday words: a plan made together ("samen maken we een plan"), a
number of sessions or visits, a weekly frequency, "aan de slag", looking at how it is going; a look
back in the last meeting is the end, not an interim evaluation. Steps are also numbered in words
("Eerste stap:", "Step two:"), marked with ticks, told as short list items over sentences of their
own, as step labels with nothing under them, or joined by arrows. A question of a FAQ that names a
phase heads its answer ("Hoe meld ik me aan?"); a call to plan a free kennismakingsgesprek is the
practice's first step offered. A blog post or explainer that tells the practice's own route ("bij
ons begint het met een intake") is read, a course, study, newsletter or job page's registration is
not the client's route, and a sentence about the referral letter or the wait is read for its other
clauses (not one about money: that made a set-aside site worse).

Lines close together that each tell a little of one step, going from the start through the middle
to the end in that order, describe the route whatever marks their steps ("Sessie 2 tot en met 7:
...", "Initial consultation - ..."); a page on the practice's "aanpak" or "opbouw" is about the
route; taking leave ("we nemen afscheid") and the last consult end it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (addresses_others, evidence, in_boilerplate_section, in_client_voice, in_legal_section, in_waiting_section, is_cost, is_course_page, course_not_treatment, is_editorial_page,
                                 is_legal_page, is_referral_letter, is_vacancy_page, is_waiting_time, join_dutch, NAV_SEPARATOR, is_menu_line,
                                 page_about, page_titled)
from checks.text.patterns import QuickRegex, has_email, phone_numbers
from checks.text.units import PageInfo, SiteText, Unit, fragment
from models.finding import Finding
from models.snapshot import SiteSnapshot

PHASES = ("start", "middle", "end")
UI_STRINGS = {
    "start": "aanmelding en intake",
    "middle": "de behandelfase",
    "end": "de afronding of afsluiting",
    "to": "tot",
}

# "plaats" / "duren" say where and how long a session is, not that a phase follows
# (and in English: "after that there are about five sessions", "then", "during")
_SEQUENCE = re.compile(r"\b(?:daarna|vervolgens|na\s+(?:de|het|afloop)|eerst|tijdens|waarna|dan\s+(?:volgt|volgen|starten|begint|beginnen)|start|begint|volgt|(?:twee)?wekelijks\w*|om\s+de\s+(?:twee\s+)?week|eens\s+per\s+(?:twee\s+)?we(?:e)?k(?:en)?|frequentie|weekly|fortnightly"
                       r"|after\s+(?:that|this|the|your)|afterwards|then|next|subsequently|first|during|starts?|begins?|follows?|every\s+(?:other|two)\s+weeks?|frequency)\b")
# "1. Aanmelden", "Stap 4 - Afronden", "Fase 2: behandeling", "Step 3 -"
# ... or told in words: "Stap één:", "Eerste stap -", "Step two:", "Final step:"; or a check mark or arrow
_ORDINAL = (r"(?:(?:stap|fase|step|phase)\s+(?:een|één|twee|drie|vier|vijf|zes|zeven|one|two|three|four|five|six|seven)|"
            r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste|first|second|third|fourth|fifth|sixth|final|last)\s+(?:stap|fase|step|phase))\b")
_NUMBERING = re.compile(r"^(?:(?:stap|fase|step|phase)\s*)?\d{1,2}\s*[.):]?\s*(?:[-:|]\s*)?|^(?:stap|fase|step|phase)\s+\w+\s*[-:]\s*|"
                        r"^" + _ORDINAL + r"\s*[-:.)]?\s*|^[✔✓☑►▶➤➔→]\s*")


def _unnumbered(text: str) -> str:
    """``_NUMBERING.sub("", text)``: every alternative starts with ``^`` (no MULTILINE), so a match
    can only start at position 0 and ``match`` finds it, where ``sub`` tried every position."""
    m = _NUMBERING.match(text)
    return text[m.end():] if m else text
# "na de intake" as a point in time ("dat bespreken we na de intake") describes what follows
# "vanaf het eerste gesprek", "vanaf het begin", "from the first session (onwards)", "right from the start"
_FROM_THE_START = re.compile(r"(?<![a-z])(?:vanaf|from|right\s+from)\s+(?:het|de|the|your|our|uw|je)?\s*(?:\w+\s+)?$"
                             r"|(?<![a-z])(?:vanaf|from)\s+(?:het|de|the)?\s*(?:eerste|first|begin|start)\w*(?![a-z])")
_PLANS = re.compile(r"(?<![a-z])(?:bespreken|bespreekt|bespreek|kijken|kijkt|spreken|discuss\w*|agree\w*|plan\w*|werken\s+(?:we\s+)?toe|work\s+towards|keep\s+an\s+eye|"
                    # ("vanaf de eerste afspraak letten we op een tijdige afronding", "from the start we pay attention to ending on time")
                    r"aandacht|attention|houden\s+(?:we\s+|wij\s+)?rekening|bear\s+in\s+mind)(?![a-z])")
# a step said not to be taken: "wij doen geen (diagnostisch) onderzoek", "we do not do assessments"
_NOT_DONE = re.compile(r"(?<![a-z])(?:geen|niet|no|not)\s+(?:\w+\s+){0,2}$")
_TIME_REF = re.compile(r"\b(?:na\s+(?:de|het|afloop\s+van\s+(?:de|het))|after\s+(?:the|your|our))\s+$")
_NEXT_STEP = re.compile(r"\b(?:stap|fase|traject|vervolg\w*|daarna|vervolgens|waarna|verder\s+(?:wil\w*|gaan|gaat)|continue\w*)\b")
_MAX_HEADING_WORDS = 5
# a referral to another service or provider ("a referral to a specialised service", "een verwijzing naar een andere
# instelling"): the step named is taken there, not at the practice
_REFERRED_AWAY = re.compile(r"\b(?:referral|refer\w*|verwijzing|verwijz\w*|verwijs\w*)\s+(?:\w+\s+){0,3}?(?:to|naar)\s+(?:a|an|another|een|een\s+andere|andere)\s+"
                            r"(?:[\w-]+\s+)?(?:service|clinic|provider|centre|center|specialist|instelling|aanbieder|organisatie|zorgaanbieder)\w*\b")
# the step is held with the one who buys a service for others (an employer, HR, a manager), not with a client
_COMMISSIONER = re.compile(r"\b(?:met|with)\s+(?:de\s+|het\s+|uw\s+|jullie\s+|the\s+|your\s+)?(?:opdrachtgever\w*|werkgever\w*|leidinggevende\w*|hr|p&o|"
                          r"directie|management|employer\w*|managers?|hr\s+or\s+management)\b")
# something to bring along or fill in before a step ("neem ... mee naar", "take this letter with you to"; a form
# signed, not a client who "signed up")
_BRING_ALONG = re.compile(r"\b(?:mee|meenemen|meegenomen|meesturen|meegestuurd|meebrengen|bring\w*|with\s+you|ondertekend\w*|ondertekent|signed(?!\s+up)|invullen|fill\w*)\b")
# the end of the intake or of the assessment is no end of the treatment
_NOT_TREATMENT_END = re.compile(r"\w*\s+(?:van|na)\s+(?:de|het|uw|je)\s+(?:intake\w*|onderzoek\w*|diagnosti\w*|kennismaking\w*|screening|aanmeld\w*|eerste)\b")
# what else ends, closes or is tapered off in a route: one session, the intake or an assessment, a
# module or an exercise, medication, a questionnaire, a contract - not the treatment itself
_OTHER_OBJECT = re.compile(r"\b(?:(?:elke|iedere|each|every)\s+(?:\w+\s+)?(?:sessie|gesprek|afspraak|consult|session|meeting|appointment)|"
                           r"medicatie|medicijn\w*|medication|antidepressiva|pillen|module\w*|opdracht\w*|oefening\w*|huiswerk|les|lessen|"
                           r"exercise\w*|homework|intake\w*|kennismaking\w*|onderzoek\w*|diagnosti\w*|screening|assessment|vragenlijst\w*|questionnaire\w*|"
                           r"contract\w*|\w*overeenkomst\w*|agreement\w*|verzekering\w*|polis|dossier\w*|opleiding\w*|studie|stage|wachtlijst|"
                           # the organisation's year, its accounts or a project ("het boekjaar sloten we af met een tekort")
                           r"(?:boek|kalender|verslag)?jaar|jaarrekening\w*|begroting\w*|(?:fiscal\s+|financial\s+)?year|budget\w*|project\w*|sollicitatie\w*)\b")
_TREATMENT_OBJECT = re.compile(r"\b(?:behandel\w*|therapie\w*|traject\w*|begeleiding|treatment|therapy|zorg)\b")
_ENDING_WORD = re.compile(r"^(?:afrond|afgerond|afsluit|afgesloten|afbouw|afgebouwd|beeindig|eindig|rond|sluit|bouw|stop|end|finish|complet|conclu|clos|wrap)")


def _other_ending(u: Unit) -> bool:
    """A unit whose ending word ends something else than the treatment (kept from the route)."""
    if u.kind == "title":
        return False
    return any(h.on == "low" and _ends_something_else(u.low, h.start, h.end) for h in terms("process", "end").find(u))


def _ends_something_else(low: str, start: int, end: int) -> bool:
    """The ending word ends something else than the treatment, in its own clause."""
    if not _ENDING_WORD.match(low[start:end]):
        return False
    left = max(low.rfind(c, 0, start) for c in ",;:(") + 1
    rights = [i for i in (low.find(c, end) for c in ",;:)") if i >= 0]
    clause = low[left:min(rights) if rights else len(low)]
    return bool(_OTHER_OBJECT.search(clause)) and not _TREATMENT_OBJECT.search(clause)


# the register of a profession (BIG, a quality register, a protected title), not a client registering
_PROFESSIONAL_REGISTER = re.compile(r"\b(?:big|the\s+register|a\s+register|registers|professional\s+titles?|protected\s+titles?|professions?|statutory|by\s+law|dutch\s+law|"
                                    r"quality\s+register|registered\s+(?:as\s+)?(?:an?\s+)?(?:psycholog|psychotherap|therap|health|gz|member|clinic|counsel|nurse|doctor)\w*)\b")
# an ending that breaks off the route or sends the client elsewhere because the care does not fit
# is no ending phase of it
_EXCEPTIONAL_END = re.compile(r"\b(?:voortijdig\w*|vroegtijdig\w*|eenzijdig\w*|ernstiger|zwaarder\w*|verergere?n?|niet\s+(?:meer\s+)?(?:goed\s+)?(?:behandeld|passend|geschikt)|"
                              r"prematurely|early\s+termination|not\s+(?:be\s+)?suitable|more\s+severe|worsen\w*)\b")
_GENERIC_MIDDLE = {"behandelfase"}
# the treatment itself made of sessions: "de behandeling bestaat uit vijf tot tien gesprekken"
_CONSISTS = re.compile(r"\b(?:behandeling|therapie|begeleiding|behandeltraject|treatment|therapy)\s+(?:\w+\s+){0,2}(?:bestaat|bestaan|omvat|omvatten|consists?)\b")
_GENERIC_WORDS = re.compile(r"^(?:gesprekken|sessies|afspraken|sessions)$")
# a "heading" this long is a paragraph marked up as a heading (or a page's first line used as its
# title): it is read as a sentence
_SENTENCE_HEADING_WORDS = 8
# the units of one passage: the phases of a described path stand within this many units
_PASSAGE_UNITS = 30
# two mentions of one phase this close describe that phase, not mention it in passing
_NEAR_UNITS = 4


_HEAD_TAIL = re.compile(r"\s+(?:van|na|bij)\s+(?:de|het|uw|je|jouw|your|the)\s+(?:behandeling|therapie|behandeltraject|traject|treatment|therapy)$")
_HEAD_ARTICLE = re.compile(r"^(?:het|de|een|the|uw|je|jouw|your)\s+(?=\w)")
_HEAD_GLUE = re.compile(r"^(?:\s|,|/|&|\ben\b|\band\b|\bde\b|\bhet\b|\bthe\b)*$")
# the general names of the middle phase: as a heading they name a page's subject as often as a phase
_GENERAL_HEADS = {"behandeling", "de behandeling", "behandelen", "therapie", "de therapie", "begeleiding", "treatment", "therapy"}


_HEADING_PHASES: dict[tuple[int, str], str | None] = {}


def heading_phase(low: str) -> str | None:
    """The phase a heading or a step label names ("2. Behandeling" -> middle, "Afronding van de
    behandeling" -> end), else None. The heading must be nothing but phase names: "Behandeling
    Basis GGZ", "Aanmeldingswachttijd" or "Therapieruimte" name no phase. (Answers are kept per
    heading text and vocabulary: every unit under a heading asks about it again.)"""
    key = (id(terms("process", "heading_phase")), low)
    if key not in _HEADING_PHASES:
        if len(_HEADING_PHASES) > 50_000:
            _HEADING_PHASES.clear()
        _HEADING_PHASES[key] = _heading_phase(low)
    return _HEADING_PHASES[key]


# a question heading about one phase ("Hoe verloopt de intake?", "Wat gebeurt er na de behandeling?",
# "What happens during therapy?") names that phase
_QUESTION_HEAD = re.compile(r"^(?:hoe\s+(?:verloopt|verlopen|gaat|werkt|ziet)|wat\s+gebeurt\s+er|what\s+happens|how\s+does)\s+")
_QUESTION_TAIL = re.compile(r"\s+(?:eruit|er\s+uit|in\s+zijn\s+werk|work|look\s+like)$")


def _heading_phase(low: str) -> str | None:
    named = _named_heading_phase(low)
    if named is None and low.rstrip().endswith("?"):
        named = _question_phase(low)
    return named


# a question heading about how the client goes through one step ("Hoe meld ik mij aan?", "Wanneer
# stopt de behandeling?", "How do I sign up?") names that step; not one about its price, wait,
# length, place or who does it, nor one that asks what something is
_QUESTION_WORD = re.compile(r"^(?:hoe|wat|wanneer|waarna|how|what|when)\b")
_QUESTION_NOT = re.compile(r"\b(?:is|zijn|betekent|kost\w*|prijs|tarie\w*|vergoe\w*|betaal\w*|betalen|wacht\w*|lang|duurt|verzeker\w*|waar|wie|"
                           r"gegevens|dossier\w*|privacy|factu\w*|rekening|klacht\w*|afzeg\w*|annuler\w*|"
                           r"cost\w*|price|pay\w*|fee|wait\w*|long|insur\w*|where|who|data|file|records?|invoice\w*|complain\w*|cancel\w*)\b")


def _question_phase(low: str) -> str | None:
    q = _unnumbered(low.strip()).strip(" .:-?")
    if len(q.split()) > _SENTENCE_HEADING_WORDS or not _QUESTION_WORD.match(q) or _QUESTION_NOT.search(q):
        return None
    plain = _plain(q)
    found = {ph for ph in PHASES for h in terms("process", ph).find(plain) if not _GENERIC_WORDS.match(h.text)}
    return found.pop() if len(found) == 1 else None


def _named_heading_phase(low: str) -> str | None:
    bare = _unnumbered(low.strip()).strip(" .:-?")
    if low.rstrip().endswith("?"):
        bare = _QUESTION_TAIL.sub("", _QUESTION_HEAD.sub("", bare))
    bare = _HEAD_TAIL.sub("", _HEAD_ARTICLE.sub("", bare))
    if not bare or len(bare.split()) > _MAX_HEADING_WORDS:
        return None
    plain = _plain(bare)
    named = list(terms("process", "heading_phase").find(plain))
    for phase in PHASES:  # any phase term opens a heading too ("Behandelplan", "Eindevaluatie")
        named += [_relabel(h, phase) for h in terms("process", phase).find(plain) if not _GENERIC_WORDS.match(h.text)]
    first = max((h for h in named if h.start == 0), key=lambda h: h.end, default=None)
    if first is None:
        return None
    # everything after the first name is another phase name or glue ("Evaluatie en afronding")
    pos = first.end
    # after a phase name, "afspraken" / "gesprekken" go with it ("Aanmelding en afspraken")
    named += [_relabel(h, first.label) for ph in PHASES for h in terms("process", ph).find(plain) if _GENERIC_WORDS.match(h.text)]
    for h in sorted(named, key=lambda h: h.start):
        if h.start >= pos and _HEAD_GLUE.match(bare[pos:h.start]):
            pos = h.end
    return first.label if _HEAD_GLUE.match(bare[pos:]) else None


def _relabel(hit, phase: str):
    return replace(hit, label=phase)


def is_general_heading(low: str) -> bool:
    """"Behandeling", "Therapie": a heading that may name the middle phase or a page's subject."""
    bare = _unnumbered(low.strip()).strip(" .:-?")
    if low.rstrip().endswith("?"):
        # "Hoe ziet een behandeling eruit?", "Hoe gaat therapie in zijn werk?": the general name asked about
        bare = _HEAD_ARTICLE.sub("", _QUESTION_TAIL.sub("", _QUESTION_HEAD.sub("", bare)))
    return _HEAD_TAIL.sub("", bare) in _GENERAL_HEADS


def _plain(text: str):
    from checks.text.terms import plain_text
    return plain_text(text)


_LABEL = re.compile(r"^((?:(?:stap|fase|step|phase)\s*\d{1,2}|\d{1,2}[.)]|" + _ORDINAL + r")?\s*[-:]?\s*[^:.]{2,40})[:.]\s")


def _labelled_sentence(unit: Unit) -> bool:
    """A step label with a sentence after it ("Afrondingsfase: de behandeling wordt afgesloten in een eindgesprek."):
    the step told, not a label standing alone over what follows."""
    m = _LABEL.match(unit.low)
    return m is not None and len(unit.low[m.end():].split()) >= 3


def _step_label(unit: Unit) -> str | None:
    """A unit opened by a step label: "Stap 2 - Intake: na de intake ...", "Behandelfase: samen
    met ..." -> the phase the label names."""
    m = _LABEL.match(unit.low)
    return heading_phase(m.group(1)) if m else None




# the end named as the purpose or the goal of something else ("we stellen doelen, zodat we op tijd kunnen
# afronden", "het doel is dat we tijdig afronden", "we evaluate so that we can end treatment when ..."):
# why the practice works as it does (its short care, 2b-10), not the ending step told
_PURPOSE = re.compile(r"\b(?:zodat|opdat|so\s+that|in\s+order\s+to)\b|\b(?:het|ons|mijn|the|our|my)\s+(?:doel|streven|aim|goal|objective)\s+(?:is|was)\b")
# the time after the treatment as the time the client goes on alone ("vaardigheden die u na de behandeling
# zelf kunt blijven gebruiken", "na afloop houdt u nog drie maanden toegang", "tools you keep after therapy"):
# what the client has afterwards, not an ending step of the practice (nazorg, a follow-up, contact is one)
_AFTER_TIME = re.compile(r"^(?:na|after)\b")
_ON_OWN = re.compile(r"\b(?:zelf|zelfstandig|eigen|blijven|blijft|toegang|on\s+your\s+own|yourself|independently|keep|still\s+have|access)\b")
_AFTERCARE = re.compile(r"\b(?:contact\w*|nazorg|aftercare|terugkom\w*|booster\w*|follow[- ]?up\w*|check-?in|gesprek\w*|sessie\w*|sessions?|afspraak|appointment|"
                        r"bel\w*|call\w*|huisarts\w*|gp|brief|letter|terugval\w*|relapse)\b")
# a phase as the moment at which the practice may send the client elsewhere ("blijkt tijdens de intake dat
# specialistische hulp beter past, dan verwijzen wij u door", "twijfelen wij na de intake of u bij ons op
# de goede plek bent"): who is not treated (2b-8), not the step told
_IF_ELSEWHERE = re.compile(r"^(?:\w+\s+){0,2}(?:blijkt|blijken|mocht|mochten|als|wanneer|indien|twijfel\w*|merk\w*|zien|zie|ziet|constate\w*|if|should|when|where)\b")
_ELSEWHERE = re.compile(r"\b(?:verwijz\w*|verwijs\w*|doorverwijz\w*|doorverwezen|verwezen|(?:goede|juiste|passende|andere)\s+plek|elders|"
                        r"refer\w*|elsewhere|(?:right|another)\s+place)\b")
_AT_MOMENT = re.compile(r"\b(?:tijdens|na|in|bij|during|after|at|in)\s+(?:de|het|uw|je|jouw|the|your)\s+(?:\w+\s+)?$|\b(?:of|or)\s+(?:de|het|the)\s+$")


# the steps in the plural, of all clients at once, with no client or reader in the sentence ("het team
# bespreekt wekelijks de nieuwe aanmeldingen en de voortgang van behandelingen", "the team reviews all
# new referrals"): the staff's work on its caseload, not the route told to a client
_CASELOAD = re.compile(r"\b(?:aanmeldingen|intakes|behandelingen|trajecten|behandeltrajecten|registrations|referrals|treatments)\b")
_READER_OR_CLIENT = re.compile(r"\b(?:u|uw|je|jij|jou|jouw|you|your|cli[eë]nt\w*|pati[eë]nt\w*|client\w*|patient\w*)\b")


def _end_in_passing(low: str, start: int, text: str) -> bool:
    """The end hit at ``start`` is the purpose or goal of the sentence, or the time after the treatment
    in which the client goes on alone."""
    purpose = _PURPOSE.search(low, 0, start)
    if purpose and ";" not in low[purpose.start():start]:
        return True
    return bool(_AFTER_TIME.match(text) and _ON_OWN.search(low) and not _AFTERCARE.search(low[start:]))


def _phases(unit: Unit) -> dict[str, list[str]]:
    """The phases (and their step labels) a unit names."""
    found: dict[str, list[str]] = {}
    all_hits = {phase: terms("process", phase).find(unit) for phase in PHASES}
    for phase in PHASES:
        labels = []
        for h in all_hits[phase]:
            if phase == "middle" and h.label in _GENERIC_MIDDLE and _GENERIC_WORDS.match(h.text) and not _SEQUENCE.search(unit.low) and not _CONSISTS.search(unit.low):
                continue  # "gesprekken" alone is no treatment phase
            if phase == "start" and h.on == "low" and ("refer" in unit.low or "verwij" in unit.low) and _REFERRED_AWAY.search(unit.low):
                continue  # "For an assessment, see your family doctor and ask to be referred to a specialist service": another's intake
            if phase in ("start", "middle") and h.on == "low" and _COMMISSIONER.search(unit.low):
                continue  # "een kennismakingsgesprek met de opdrachtgever", "an intake call with HR": a client's route? no, a buyer's
            if (phase == "start" and h.on == "low" and _TIME_REF.search(unit.low[:h.start])
                    and not any(all_hits[p] for p in PHASES if p != "start") and not _NEXT_STEP.search(unit.low)):
                continue  # "welke methode past, bespreken we na de intake"
            if phase == "start" and h.on == "low" and _BRING_ALONG.search(unit.low) and _TIME_POINT.search(unit.low[:h.start]):
                continue  # "neem de brief mee naar het eerste gesprek": the intake as a point in time
            if phase == "start" and h.on == "low" and (_FROM_THE_START.search(unit.low[max(0, h.start - 25):h.start])
                                                       or _NOT_DONE.search(unit.low[max(0, h.start - 30):h.start])):
                continue  # "vanaf het eerste gesprek ...", "from the first session onwards": a time; "wij doen geen
                # diagnostisch onderzoek": a step the practice does not take
            if phase == "end" and h.on == "low" and _FROM_THE_START.search(unit.low) and _PLANS.search(unit.low):
                continue  # "vanaf het begin bespreken we wanneer we de behandeling afronden": the end is planned, the
                # short character of the care (2b-10), not a step told
            if phase == "end" and h.on == "low" and _NOT_TREATMENT_END.match(unit.low[h.end:]):
                continue  # "als afsluiting van de intakefase volgt een adviesgesprek"
            if phase == "end" and h.on == "low" and _ends_something_else(unit.low, h.start, h.end):
                continue  # "elke sessie sluiten we af met een oefening", "is de intake afgerond, dan ...", "de medicatie wordt afgebouwd"
            if phase == "end" and h.on == "low" and _end_in_passing(unit.low, h.start, h.text):
                continue  # "zodat we op tijd kunnen afronden", "vaardigheden die u na de behandeling zelf blijft gebruiken"
            if h.on == "low" and _IF_ELSEWHERE.match(unit.low) and _ELSEWHERE.search(unit.low) and _AT_MOMENT.search(unit.low[max(0, h.start - 30):h.start]):
                continue  # "blijkt tijdens de intake dat ... beter past, dan verwijzen wij u door"
            if phase == "end" and _EXCEPTIONAL_END.search(unit.low):
                continue  # "het traject kan voortijdig beëindigd worden", "bij ernstiger klachten wordt u terugverwezen"
            if phase == "start" and h.on == "low" and h.text.startswith("regist") and _PROFESSIONAL_REGISTER.search(unit.low):
                continue  # "psychologists whose registration is set by law", "entered in the register": the profession's, not the client's
            if h.label not in labels:
                labels.append(h.label)
        if labels:
            found[phase] = labels
    if found and _CASELOAD.search(unit.low) and not _READER_OR_CLIENT.search(unit.low) and all(
            _CASELOAD.fullmatch(h.text) or _CASELOAD.search(unit.low[max(0, h.start - 30):h.end + 35])
            for ph in found for h in all_hits[ph]):
        return {}  # "wekelijks bespreekt het team alle nieuwe aanmeldingen": the staff's caseload
    if "evaluatie" in found.get("middle", ()) and "end" not in found and _CLOSING.match(unit.low):
        found["end"] = ["afronding"]  # "tot slot volgt een evaluatiegesprek": the final evaluation
    if found.get("middle") == ["evaluatie"] and "end" in found and not _INTERIM.search(unit.low):
        # "in het laatste gesprek kijken we samen terug": the final evaluation, a step of the end, no middle phase
        del found["middle"]
        if "eindevaluatie" not in found["end"]:
            found["end"].append("eindevaluatie")
    return found


_AFTER_STEP_QUESTION = re.compile(r"\b(?:na|daarna|vervolgens|after|then|next)\b")


# an evaluation during the treatment, not the look back at its end
_INTERIM = re.compile(r"\b(?:tussen\w*|regelmatig\w*|halverwege|periodiek\w*|elke|iedere|geregeld|af\s+en\s+toe|tijdens|every|each|regular\w*|halfway|during|"
                      r"na\s+(?:\w+\s+)?(?:sessies|gesprekken|weken|maanden)|after\s+(?:\w+\s+)?(?:sessions|weeks|months))\b")


# a sentence that opens with the last step: "Tot slot ...", "Ten slotte ...", "Finally, ...", "Aan het eind ...",
# "In the end ..." (not the end of each session: "aan het eind van elke sessie", "at the end of every meeting")
_CLOSING = re.compile(r"^(?:tot\s+slot|ten\s+slotte|tenslotte|als\s+laatste|afsluitend|finally|lastly|in\s+the\s+end|to\s+(?:finish|close)"
                      r"|(?:at\s+the\s+end|aan\s+het\s+eind(?:e)?)(?!\s+(?:of|van)\s+(?:elke|iedere|een|each|every|a|de\s+sessie|het\s+gesprek|the\s+session)\b))\b")


@dataclass
class Mention:
    """A unit of a page that names a phase of the care path."""
    unit: Unit
    pos: int                         # position among the page's units
    phases: dict[str, list[str]]     # phase -> step labels
    heading: bool                    # a short heading: names a phase, describes nothing
    step: bool                       # described as a step (sequence word, process verb, step label)
    named: bool                      # its heading or step label names the phase it describes
    general: bool                    # ... by a general name ("Behandeling", "Therapie")
    measuring: bool                  # a questionnaire / ROM passage ("bij afsluiting vult u ...")


@dataclass
class PageScore:
    """The signals of one page and the verdict they give: 2 voldoet, 1 bijna, 0 nothing."""
    page: int
    mentions: list[Mention] = field(default_factory=list)
    phases: set[str] = field(default_factory=set)     # phases described on the page
    passage: set[str] = field(default_factory=set)    # phases within one passage
    steps: set[str] = field(default_factory=set)      # distinct steps (aanmelding, intake, ...)
    step_units: int = 0                               # units that describe a step
    process_page: bool = False                        # the page is about the treatment path
    headed: bool = False                              # phases named by headings or step labels
    topic: str = ""                                   # why some phase is what a passage is about
    verdict: int = 0

    def signals(self) -> dict:
        return {"phases": sorted(self.phases), "passage": sorted(self.passage), "steps": sorted(self.steps),
                "step_units": self.step_units, "process_page": self.process_page, "headed": self.headed, "topic": self.topic}


# a numbered step that is a heading or a sentence of its own: "Stap 2 – Kennismaken.", "3. Aan de slag"
_NUMBERED_STEP = re.compile(r"^(?:(?:stap|fase|step|phase)\s*\d{1,2}|\d{1,2}[.)]|" + _ORDINAL + r"|[✔✓☑►▶➤➔→])\s*[-:.)]?\s*\S")
_STEP_LABEL_WORDS = 7


# a sentence that refers back to the step just named: "Daarin ...", "In dit gesprek ...", "During this session ..."
_BACK_REFERENCE = re.compile(r"^(?:daarin|hierin|daarbij|hierbij|daar|tijdens\s+(?:dit|dat|deze|die)\s+\w+|in\s+(?:dit|dat|deze|die)\s+(?:\w+\s+)?(?:gesprek|gesprekken|sessie|sessies|afspraak|fase|consult|contact|kennismaking)"
                             r"|(?:during|in)\s+(?:this|that|these)\s+(?:\w+\s+)?(?:session|meeting|appointment|conversation|phase|call)s?)\b")


# the practice (or its practitioner) as the one who acts: "wij bellen u", "ik nodig je uit", "a clinician will call you"
_PRACTICE_ACTS = re.compile(r"^(?:\w+\s+){0,4}(?:wij|we|ik|i|the\s+(?:therapist|psychologist)|your\s+(?:therapist|psychologist)|de\s+praktijk|de\s+psycholoog|uw\s+behandelaar|de\s+behandelaar|de\s+secretaresse|het\s+secretariaat|a\s+clinician|the\s+practice|our\s+\w+)\b")


# ... and what it does after an aanmelding: it calls, invites, plans the first appointment
_CONTACTS = re.compile(r"\b(?:bel\w*|terugbel\w*|contact|nodig\w*|uitnodig\w*|plan\w*|inplan\w*|afspraak|call|invite|schedule|arrange)\b")


# ... or what it does in that first meeting: it asks, listens, discusses, explores ("We bespreken waar
# jullie tegenaan lopen", "I will ask about your background")
_EXPLORES = re.compile(r"\b(?:bespreek\w*|bespreken|besproken|kijk|kijken|vraag|vragen|breng\w*\s+(?:\w+\s+){0,4}in\s+kaart|in\s+kaart|verken\w*|onderzoek\w*|luister\w*|"
                       r"kennis\s+maken|maken\s+(?:\w+\s+)?kennis|leren\s+(?:\w+\s+)?kennen|discuss\w*|ask\w*|explor\w*|talk\w*|listen\w*|get\s+to\s+know)\b")

# questions as things someone has or brings ("Nog een vraag, of aanmelden?", "het aanspreekpunt voor praktische
# vragen", "if you have any questions"): not the questions a practitioner asks in a first meeting ("we vragen naar ...")
_QUESTIONS_AS_THINGS = re.compile(r"\b(?:een|uw|je|jouw|praktische|andere|eventuele|alle|a|any|your|other|practical)\s+(?:\w+\s+)?(?:vraag|vragen|questions?)\b")

# the reader asking for something ("bij het eerste gesprek mag u om een papieren versie vragen", "you can ask for a
# copy"): a request, not the questions explored in the meeting ("we vragen naar uw klachten")
_READER_REQUESTS = re.compile(r"\b(?:kunt|kan|kun|mag|moet)\s+(?:u|je|jij)\s+(?:\w+\s+){0,8}?(?:vragen|opvragen|aanvragen)\b|"
                              r"\b(?:you\s+(?:can|may)\s+ask\s+for)\b")


def _numbered_steps(page: PageInfo) -> dict[int, str | None]:
    """The numbered steps of a page (position -> the phase the step's name gives, or None), or
    its labelled list items or its headings from start to end, and
    the phase of an unnamed step from its place in the sequence: a step after the start (or the
    middle) and before the end ("1. Aanmelden, 2. Kennismaken, 3. Aan de slag, 4. Afsluiten") is
    the treatment itself, whatever the practice calls it."""
    steps: dict[int, str | None] = {}
    units = page.units
    for pos, u in enumerate(units):
        if u.kind in ("title", "table_row"):
            continue
        split_off = bool(pos) and _NUMBER_ONLY.match(units[pos - 1].low) is not None and units[pos - 1].block == u.block
        if len(u.text.split()) > _STEP_LABEL_WORDS:
            if (_WORDED_STEP.match(u.low) or split_off) and len(u.text.split()) <= _SENTENCE_STEP_WORDS:
                # "Stap 4: we sluiten af met een eindgesprek en een brief aan de huisarts": a step told
                # in its own sentence after its number (also a number the sentence splitter set apart: "4." +
                # "we nemen afscheid en je huisarts krijgt een brief")
                steps[pos] = _one_phase(u)
            continue
        if _NUMBERED_STEP.match(u.low):
            steps[pos] = heading_phase(u.low.rstrip(" .:")) or (_one_phase(u) if _WORDED_STEP.match(u.low) else None)
        elif split_off:
            # "4." split off its step by the sentence splitter: "4. | Behandeling met evaluatie"
            steps[pos] = heading_phase(u.low.rstrip(" .:"))
    if len(steps) < 3:
        # or list items in a row that each open with a label ("- Aanmelden: ...", "- Aan de slag: ...")
        steps = {}
        run: dict[int, str | None] = {}
        for pos, u in enumerate(page.units):
            m = _LABEL.match(u.low) if u.kind == "list_item" else None
            if m:
                run[pos] = heading_phase(m.group(1))
            elif u.kind != "list_item" and run:
                if len(run) > len(steps):
                    steps = run
                run = {}
        if len(run) > len(steps):
            steps = run
    if len(steps) < 3:
        steps = _label_items(page) or steps
    if len(steps) < 3:
        steps = _heading_run(page) or steps
    if len(steps) >= 3:
        order = sorted(steps)
        for i, pos in enumerate(order):
            if steps[pos] is None and not _NOT_A_STEP.search(page.units[pos].low):
                before = {steps[p] for p in order[:i]}
                after = {steps[p] for p in order[i + 1:]}
                if before & {"start", "middle"} and after & {"end", "middle"}:
                    steps[pos] = "middle"
        first = order[0]
        if steps[first] is None and not _NOT_A_STEP.search(page.units[first].low) and {"middle", "end"} <= {steps[p] for p in order[1:]}:
            # the first of the steps before the treatment and its end is the start, whatever its name
            # ("Fase 1: Onderzoek", "1. Contact opnemen")
            steps[first] = "start"
    return steps


# a list item of a few words over sentences of its own: a numbered step whose number the page's
# list took ("1. Reach out" over "Send us a message ...")
_LABEL_ITEM_WORDS = 4


def _label_items(page: PageInfo) -> dict[int, str | None]:
    """Short list items in one section, each followed by sentences of its own: the steps of a route
    told as a numbered list of labels over paragraphs (at least three, one naming a phase)."""
    units = page.units
    out: dict[int, str | None] = {}
    for pos, u in enumerate(units[:-1]):
        nxt = units[pos + 1]
        if (u.kind == "list_item" and len(u.text.split()) <= _LABEL_ITEM_WORDS and not u.low.rstrip().endswith((".", ":", "?"))
                and nxt.kind in ("sentence", "paragraph") and nxt.headings == u.headings and len(nxt.text.split()) >= 4):
            out[pos] = heading_phase(u.low)
    if len(out) < 3 or len({u.headings for p, u in ((p, units[p]) for p in out)}) > 1 or not any(out.values()):
        return {}
    return out


# a step announced as one ("Stap 2:", "Step two -", "Tweede stap:"), not a bare number that may count anything
_WORDED_STEP = re.compile(r"^(?:(?:stap|fase|step|phase)\s*\d{1,2}\b|" + _ORDINAL + r")")
_SENTENCE_STEP_WORDS = 30


def _one_phase(u: Unit) -> str | None:
    """The one phase a step's own sentence names ("Step two: an intake of one or two sessions")."""
    found = _phases(u)
    return next(iter(found)) if len(found) == 1 else None


# a step number left alone by the sentence splitter ("4." before "Behandeling met evaluatie")
_NUMBER_ONLY = re.compile(r"^(?:(?:stap|fase|step|phase)\s*)?\d{1,2}\s*[.):]?$")
# a numbered step with no text of its own under it says what the step is in a few words
# ("3. Intake en behandelplan", "Stap 5: Evaluatie en afsluiting."): it is the step's description
_BARE_STEP_WORDS = 3


def _bare_steps(page: PageInfo, numbered: dict[int, str | None]) -> set[int]:
    """The numbered steps (not headings) followed directly by the next step or by nothing in their
    section: a list of steps each told in a few words, not labels over paragraphs."""
    units = page.units
    out: set[int] = set()
    for pos in numbered:
        u = units[pos]
        if u.kind == "heading" or len(_unnumbered(u.low).split()) < _BARE_STEP_WORDS:
            continue
        nxt = pos + 1
        while nxt < len(units) and _NUMBER_ONLY.match(units[nxt].low):
            nxt += 1
        if nxt >= len(units) or nxt in numbered or units[nxt].kind in ("heading", "title") or units[nxt].headings != u.headings:
            out.add(pos)
    return out


# a section that is no step of the route, wherever it stands ("Ons team", "Kosten", "Contact")
_NOT_A_STEP = re.compile(r"\b(?:team|contact|kosten|tarie\w*|vergoed\w*|wacht\w*|locatie\w*|route|adres|privacy|klacht\w*|ons|mij|openingstijden|bereikba\w*|links?|costs?|fees?|location|about)\b")


def _heading_run(page: PageInfo) -> dict[int, str | None]:
    """Short headings of one level from a start heading to an end heading ("Aanmelding", "Samen
    op weg", "Afronding"): the route in sections, whatever the practice calls the middle one (at
    most two sections between them)."""
    levels: dict[int, list[int]] = {}
    for pos, u in enumerate(page.units):
        if u.kind == "heading" and len(u.text.split()) < _SENTENCE_HEADING_WORDS:
            levels.setdefault(len(u.headings), []).append(pos)
    for order in levels.values():
        named = {pos: heading_phase(page.units[pos].low) for pos in order}
        starts = [i for i, pos in enumerate(order) if named[pos] == "start"]
        ends = [i for i, pos in enumerate(order) if named[pos] == "end"]
        if starts and ends and starts[0] < ends[-1] and ends[-1] - starts[0] - 1 <= 2 + sum(1 for p in order[starts[0] + 1:ends[-1]] if named[p]):
            return {pos: named[pos] for pos in order[starts[0]:ends[-1] + 1]}
    return {}


# the names of a site's pages in its menu ("Home", "Contact", "Tarieven", "Over ons", "Fees", "About", "Kosten en
# vergoeding", "Uw rechten en plichten", "Actuele wachttijden", "Formulieren en downloads")
_PAGE_NAME = re.compile(r"^(?:home|homepage|start|welkom|welcome|contact|team|ons\s+team|our\s+team|over\s+\w+|about(?:\s+\w+)?|tarieven|kosten|"
                        r"vergoeding\w*|fees?(?:\s+and\s+\w+)?|prices|blog|nieuws|news|faq|veelgestelde\s+vragen|privacy|disclaimer|locaties|locations?|"
                        r"route|wie\s+(?:ben\s+ik|zijn\s+wij)|vacatures?|werken\s+bij|careers?|links|"
                        r"kosten\s+en\s+vergoeding\w*|(?:uw\s+|je\s+)?rechten\s+en\s+plichten|(?:actuele\s+)?wacht(?:tijd|lijst)\w*|"
                        r"privacy\w*(?:\s+en\s+\w+(?:\s+\w+)?)?|klacht\w*|formulieren(?:\s+en\s+downloads)?|downloads?|sitemap|cookie\w*|"
                        r"waiting\s+(?:times?|list)|rights\s+and\s+obligations|complaints?(?:\s+procedure)?|forms?(?:\s+and\s+downloads)?)$")
# a menu item is a line of a few words without a sentence's end; in a list of links to the site's other pages it may
# have an arrow or a bullet before it ("→ Kosten en vergoeding") and a few more words
_MENU_ITEM_WORDS = 3
_LINK_ITEM_WORDS = 5
_LINK_MARK = re.compile(r"^\s*[\u2192\u00bb\u203a>\u25aa\u25b8\u2022-]\s*")
_MENU_RUN = 3


def _menu_units(page: PageInfo) -> set[int]:
    """The positions of a menu written out as lines of its own ("Home / Behandeling / Tarieven /
    Aanmelden / Contact"): a run of at least three short lines without a sentence's end, of which at
    least two name the site's other pages. A menu item "Aanmelden" names a page of the site, no step
    of the route, and a heading that is its last item heads nothing."""
    got = page.memo.get("opbouw_menu")
    if got is not None:
        return got
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= _MENU_RUN and sum(1 for p in run if _PAGE_NAME.match(_link_text(page.units[p].low))) >= 2:
            out.update(run)
        run.clear()

    for pos, u in enumerate(page.units):
        parts = [_link_text(p) for p in NAV_SEPARATOR.split(u.low)]
        if (len(parts) >= _MENU_RUN and len(u.text.split()) <= 12 and sum(1 for p in parts if _PAGE_NAME.match(p)) >= 2) or is_menu_line(u):
            out.add(pos)  # the menu in one line: "Home | Onze zorg | Aanmelden | Privacy", "Over ons Aanbod Aanmelden FAQ Contact"
        linked = bool(_LINK_MARK.match(u.text)) or u.kind == "list_item"
        short = (u.kind in ("sentence", "paragraph", "heading", "list_item")
                 and len(u.text.split()) <= (_LINK_ITEM_WORDS if linked else _MENU_ITEM_WORDS)
                 and not u.text.rstrip().endswith((".", "!", ":", ",")) and not (u.text.rstrip().endswith("?") and not linked)
                 and not any(ch.isdigit() for ch in u.text))
        if short:
            run.append(pos)
        else:
            close()
    close()
    page.memo["opbouw_menu"] = out
    return out


# how long a meeting lasts ("een intake duurt een uur", "a session lasts 50 minutes") ...
_LASTS = re.compile(r"\b(?:duurt|duren|lasts?|takes)\b")
_MEETING_LENGTH = re.compile(r"\b(?:\d+|een|één|anderhalf|half|twee|an?|one)\s*(?:minuten|min\b|uur|uren|kwartier|minutes|hours?)\b")
# ... and nothing of what happens or comes next
_STEP_TOLD = re.compile(r"\b(?:daarna|vervolgens|dan|eerst|volgt|volgen|nadat|waarna|then|after|first|next|follows?)\b")


def _only_how_long(u: Unit) -> bool:
    """A short sentence that only says how long the meetings last ("Het kennismakingsgesprek duurt een half uur, een sessie
    50 minuten", "The intake takes 90 minutes"): their length, not the route."""
    low = u.low
    return (len(low.split()) <= 20 and bool(_LASTS.search(low)) and bool(_MEETING_LENGTH.search(low))
            and not _STEP_TOLD.search(low) and not _EXPLORES.search(low))


# a button or link text ("Lees meer over aanmelden", "Read more", "Terug naar overzicht", "Ga naar het aanmeldformulier")
_BUTTON = re.compile(r"^\W*(?:lees\s+(?:hier\s+)?meer|meer\s+lezen|read\s+more|learn\s+more|meer\s+(?:info|informatie)(?:\s+over)?|bekijk|klik\s+hier|"
                     r"ga\s+naar|terug\s+naar|naar\s+(?:de|het)\s+\w+\s*$|"
                     # ... or a call to act ("Meld je aan", "Plan een kennismaking", "Book an intake", "Make an appointment")
                     r"meld\s+(?:je|u|jezelf|uzelf)\s+(?:nu\s+|direct\s+|hier\s+)?aan\s*$|(?:nu\s+|direct\s+)?aanmelden\s*$|"
                     r"plan\s+(?:een|je|uw|jouw)\s+(?:gratis\s+)?[\w-]+\s*$|maak\s+(?:direct\s+|nu\s+)?(?:een|je|uw)\s+afspraak\s*$|"
                     r"(?:book|schedule|plan|request)\s+(?:a|an|your)\s+(?:free\s+)?[\w-]+(?:\s+(?:call|session|appointment))?\s*$|"
                     r"make\s+an\s+appointment\s*$|sign\s+up(?:\s+now)?\s*$|register(?:\s+now)?\s*$)(?![a-z])")


def _link_text(low: str) -> str:
    """A menu item or link without its arrow or bullet and without a file note ("→ aanmelden", "klachtenregeling (pdf)")."""
    return _FILE_NOTE.sub("", _LINK_MARK.sub("", low)).strip(" .:")


_FILE_NOTE = re.compile(r"\s*\((?:pdf|docx?|odt)\b[^)]*\)", re.I)
_FORM_NAME = re.compile(r"[\w-]*(?:formulier|form)(?:\s+\(?(?:pdf|docx?)\)?)?")


def _document_title(u: Unit) -> bool:
    """A line that is the title of a document to download or fill in ("Registration form (PDF, 210 KB)",
    "Aanmeldformulier"): a link, no step told."""
    low = u.low.strip(" .:")
    return len(low.split()) <= 8 and not u.text.rstrip().endswith((".", "!", "?")) and (
        bool(_FILE_NOTE.search(low)) or bool(_FORM_NAME.fullmatch(_LINK_MARK.sub("", low))))


# the client fills in a list ("vult u aan het begin en eind een korte klachtenlijst in", "clients fill in a
# checklist"): a measurement, whatever the list is called (not the wait list)
_FILLS_IN_LIST = re.compile(r"^(?=.*\b(?!wachtlijst)\w*lijst(?:en)?\b|.*\b(?:checklists?|surveys?)\b).*\b(?:vul\w*|invul\w*|ingevuld|fill\w*|complet\w*)\b")
# a registration for something else than the care: a newsletter, a course, an event ("Meld je aan voor de nieuwsbrief")
_REGISTERS_FOR_OTHER = re.compile(r"\b(?:meld\w*|aanmeld\w*|aangemeld|inschrijv\w*|ingeschreven|schrijf\w*|sign(?:ed)?\s+up|subscribe\w*|register\w*)\s+(?:\w+\s+){0,3}?"
                                  r"(?:voor|bij|op|for|to)\s+(?:de\s+|het\s+|onze\s+|een\s+|our\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
                                  r"(?:nieuwsbrief|newsletter|workshop|cursus|course|training|lezing|webinar|bijeenkomst|event|themavond)\w*")
# ... and the reader's registration named right after it ("... om je aanmelding te bevestigen")
_YOUR_REGISTRATION = re.compile(r"\b(?:je|jouw|uw|your)\s+(?:aanmelding|inschrijving|registration|subscription)\b")
# a grade given ("gemiddeld met een 8,4", "an average of 8.2"): a measurement, no step
_GRADE_GIVEN = re.compile(r"\b(?:gemiddeld|average)\s+(?:\w+\s+){0,2}?(?:met\s+)?(?:een|an?|of)?\s*(?:[1-9]|10)[,.]\d\b")


def _measuring(page: PageInfo, u: Unit) -> bool:
    """A passage about measuring the care (ROM, the CQI, questionnaires): by its words, the section it
    stands in ("ROM", "Cliëntervaringen (CQI)") or the page it is on ("Client experiences (CQI)");
    "Bij het begin en het einde vullen cliënten een vragenlijst in" names the intake and the end as
    moments of measuring, not as steps."""
    return bool(terms("process", "measurement").search(u) or _FILLS_IN_LIST.search(u.low) or _GRADE_GIVEN.search(u.low)
                or _measuring_place(page, u))


def _measuring_place(page: PageInfo, u: Unit) -> bool:
    """The section a passage stands in or its page is about measuring the care (``_measuring`` by place alone)."""
    measurement = terms("process", "measurement")
    return bool((u.heading and measurement.search_text(u.heading))
                or measurement.search_text(page.title) or measurement.search_text(page.path_low))


def _unmeasured_phases(page: PageInfo, u: Unit) -> dict[str, list[str]]:
    """The phases of the clauses of a unit that do not measure, when the unit measures by its own words (not by
    its section or page) and has other clauses: {} when every clause measures ("Bij de intake en bij afsluiting
    vult u een vragenlijst in": the moments of measuring, no steps)."""
    if _measuring_place(page, u):
        return {}
    measurement = terms("process", "measurement")
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(u.text) if c.strip()]
    if len(clauses) < 2:
        return {}
    found: dict[str, list[str]] = {}
    measured = False
    for c in clauses:
        piece = fragment(u, c)
        if measurement.search(piece) or _FILLS_IN_LIST.search(piece.low) or _MEASURES.search(piece.low) \
                or (measured and _MOMENT_GOES_ON.match(piece.low)):
            # (a clause that only goes on with the moments of the measuring clause before it, "..., tijdens de
            # behandeling en aan het eind", is a moment of measuring too)
            measured = True
            continue
        measured = False
        for ph, labels in _phases(piece).items():
            found.setdefault(ph, [])
            found[ph] += [lb for lb in labels if lb not in found[ph]]
    return found


# the clause itself measures, whatever the instrument is called in the next one ("Daarnaast meten we aan het begin en bij het
# afsluiten hoe zwaar de klachten zijn (ROM)", "we measure your symptoms at the start and at the end")
_MEASURES = re.compile(r"\b(?:meten|gemeten|metingen|measure[sd]?|measuring)\b")
# a clause that opens with a moment and no subject of its own ("tijdens de behandeling en aan het eind", "during
# treatment and at the end")
_MOMENT_GOES_ON = re.compile(r"^\W*(?:(?:en|of|and|or)\s+)?(?:tijdens|bij|na|aan|halverwege|gedurende|voor|during|at|after|halfway|midway|before)\s")


# a report sent or received ("u ontvangt van ons een bericht na de intake", "you will receive a letter at the
# end of treatment"): on a page for referrers its steps are the moments of the report to the referrer
_REPORTS = re.compile(r"\b(?:ontvang\w*|krijg\w*|stur\w*|verstuur\w*|gestuurd|receiv\w*|send\w*|sent|get)\b.*?"
                      r"\b(?:bericht\w*|brief|brieven|verslag\w*|terugkoppeling\w*|terugrapportage\w*|rapportage\w*|update\w*|letters?|reports?|summary)\b")
_REFERRER_PAGE = QuickRegex(r"verwijzer\w*|huisarts\w*|\bpoh\b|referrer\w*|referring|\bgps?\b|for\s+(?:doctors|professionals)|voor\s+(?:professionals|zorgverleners)")


def _referrer_page(page: PageInfo) -> bool:
    """A page for referrers (GPs, POH-GGZ) by its address, title or first heading."""
    return bool(_REFERRER_PAGE.search(page.title_low) or _REFERRER_PAGE.search(page.path_low) or _REFERRER_PAGE.search(page.first_heading))


# an end named as the end of the treatment itself, not of a step ("aan het einde van de behandeling", "na afloop van de
# therapie", "nazorg", "at the end of your treatment", "aftercare")
_TREATMENT_END = re.compile(r"\b(?:einde?|afsluiting|afronding|end|close|completion)\s+(?:van|of)\s+(?:de|het|uw|je|jouw|the|your)\s+"
                            r"(?:behandeling|therapie|behandeltraject|traject|treatment|therapy)\b|"
                            r"\bna\s+(?:afloop\s+van\s+)?(?:de|het|je|uw|jouw)\s+(?:behandeling|therapie|behandeltraject)\b|"
                            r"\bafter\s+(?:the\s+|your\s+)?(?:treatment|therapy)\b|\bnazorg|\baftercare\b")


# a register number of the organisation ("KvK 71234567", "AGB-code 94061234")
_REGISTER_NUMBER = re.compile(r"(?<![a-z])(?:kvk|agb|btw|iban)(?:-?\s?(?:nummer|nr|code))?\.?:?\s*[\d-]{6,}")
# a Dutch postcode ("8861 AB")
_POSTCODE = re.compile(r"(?<!\d)\d{4}\s?[A-Z]{2}(?![A-Za-z])")


def _contact_line(u: Unit) -> bool:
    """A footer or contact line: the practice's name, address, phone, e-mail or register numbers between separators
    ("Kindpraktijk X | Havenstraat 12 | 8861 AB Harlingen | 0517 - 41 22 09", "AGB 94061234 | KvK 71234567"): under a
    heading "Aanmelden" (a button a crawler kept as a heading) it tells no step."""
    return bool(NAV_SEPARATOR.search(u.low)) and (has_email(u.text) or bool(_POSTCODE.search(u.text)) or bool(_REGISTER_NUMBER.search(u.low))
                                                  or bool(phone_numbers(u.text)))


def _mentions(st: SiteText, page: PageInfo) -> list[Mention]:
    out: list[Mention] = []
    lead: tuple[str | None, tuple[str, ...]] = (None, ())  # a paragraph "Afronding:" over the next ones
    numbered = _numbered_steps(page)
    bare = _bare_steps(page, numbered) if len(numbered) >= 3 else set()
    # a numbered heading whose phase its place gives ("# 3. Aan de slag")
    placed = {page.units[pos].low: ph for pos, ph in numbered.items() if page.units[pos].kind == "heading" and ph}
    # the steps are list items over sentences of their own: each item heads the sentences under it
    numbered_items = bool(numbered) and all(page.units[pos].kind == "list_item" for pos in numbered) and bool(_label_items(page))
    menu = _menu_units(page)
    referrer = _referrer_page(page)
    # on a page about an eHealth tool a heading "Na de behandeling" names when the tool is used, not a phase told
    tool_times = _ehealth_page(page) and not _path_page(page)
    under_menu = False  # the unit stands under a heading that is a menu's last item
    for pos, u in enumerate(page.units):
        if u.kind == "heading":
            lead = (None, ())
            under_menu = pos in menu
        if u.kind == "title" or pos in menu or (_document_title(u) and pos not in numbered):
            continue
        if _DIARY_ADMIN.search(u.low) and not _EXPLORES.search(u.low):
            continue  # "na het intakegesprek kunt u in de online agenda zelf uw afspraken verzetten": the diary, no step told
        if len(u.low.split()) <= 15 and _REGISTERS_FOR_OTHER.search(u.low):
            continue  # "Aanmelden voor onze nieuwsbrief", "Schrijf je in voor de workshop": not the care's registration
        if (pos > 0 and _YOUR_REGISTRATION.search(u.low) and page.units[pos - 1].block == u.block
                and len(page.units[pos - 1].low.split()) <= 15 and _REGISTERS_FOR_OTHER.search(page.units[pos - 1].low)):
            continue  # "Ook aangemeld voor de nieuwsbrief?" + "Bevestig je aanmelding via de link in je mail"
        if _BUTTON.match(u.low) and len(u.low.split()) <= 7 and not _MEETING_DETAIL.search(u.low):
            continue  # "Lees meer over aanmelden", "Ga naar het aanmeldformulier", "Book an intake": a button, no step told
            # (a call that tells of the meeting, "Plan een gratis kennismakingsgesprek", is weighed by ``_books_first_meeting``)
        if _only_how_long(u):
            continue  # "Een intakegesprek neemt een uur, elke sessie drie kwartier": how long the meetings last, no step told
        reason = _skip_reason(st, u)
        partial = _clause_phases(u) if reason == "unit" and u.kind != "heading" else None
        if reason in ("page", "cost") or (reason == "unit" and not partial):
            continue
        words = len(u.text.split())
        heading = u.kind == "heading" and words < _SENTENCE_HEADING_WORDS
        if pos in numbered and pos not in bare and (u.kind not in ("heading", "list_item") or (u.kind == "list_item" and numbered_items)) \
                and not _labelled_sentence(u):
            # a numbered step label standing alone ("Stap 2 – Kennismaken.") heads what follows it
            lead = (numbered[pos], u.headings)
            heading = True
        elif u.kind != "heading" and u.low.rstrip().endswith(":") and words <= _MAX_HEADING_WORDS + 2:
            # a bold paragraph ending in a colon works as a heading ("Afronding van uw behandeling:")
            lead = (heading_phase(u.low.rstrip(" :")), u.headings)
            heading = True
        elif u.kind in ("sentence", "paragraph") and u.low.rstrip().endswith("?") and words <= _SENTENCE_HEADING_WORDS:
            # a question of a list of questions heads its answer ("Hoe meld ik mij aan?" over "Dat kan
            # via het formulier"); a question about something else ends the answer before it
            # (not a question on what follows a step: "Wat gebeurt er na de aanmelding?" asks for the route)
            lead = (None if _AFTER_STEP_QUESTION.search(u.low) else _question_phase(u.low), u.headings)
            heading = lead[0] is not None
        phases = partial if partial is not None else _phases(u)
        if (not phases and not heading and out and out[-1].pos == pos - 1 and not out[-1].heading and out[-1].unit.headings == u.headings
                and (_BACK_REFERENCE.match(u.low) or ("start" in out[-1].phases and _PRACTICE_ACTS.search(u.low)
                                                        and (_CONTACTS.search(u.low) or _EXPLORES.search(u.low))))):
            # "Daarin kijken we samen wat je nodig hebt", "During this conversation we ...", "Wij
            # bellen u daarna terug": the sentence after a step goes on describing that step
            phases = {ph: list(ls) for ph, ls in out[-1].phases.items()}
        named = None
        if not heading:
            # text under a heading that names a phase ("2. Intake", "Na de behandeling"), or
            # opened by a step label ("Stap 3 - Behandeling: ...", "Behandelfase: ..."),
            # describes that phase, whatever words it uses
            label = _step_label(u) or (numbered.get(pos) if u.kind == "list_item" or pos in bare else None)
            led = lead[0] if lead[1] == u.headings else None
            # (a question under the heading asks, it does not describe the phase: "Wilt u liever niet online werken?")
            under = (heading_phase(u.headings[-1]) or placed.get(u.headings[-1])) if (u.headings and u.kind != "heading" and not under_menu
                                                                                    and not u.low.rstrip().endswith("?") and not tool_times
                                                                                    and not _contact_line(u)) else None
            named = label or led or under
            if named == "start" and "end" in phases and "middle" not in phases and not _TREATMENT_END.search(u.low):
                # "we sluiten af met een adviesgesprek" under "Intake": the intake's end (not "aan het einde van de
                # behandeling is er een afsluitend gesprek" under "Aanmelden": the end of the treatment, said so)
                del phases["end"]
            if named == "end" and phases.get("middle") == ["evaluatie"]:
                del phases["middle"]  # "een evaluatie van uw behandeling" under "Afronding": the final evaluation
            general = not label and not led and named is not None and is_general_heading(u.headings[-1])
            # under a heading of a route told in headings ("3 / Behandeling / Wekelijkse gesprekken.")
            # a short line describes that step as well
            in_run = under is not None and not label and not led and u.headings[-1] in placed and words >= 3
            if named and (words >= 5 or pos in bare or in_run):
                phases.setdefault(named, [named])
            else:
                named = None
        if not phases:
            continue
        measuring = _measuring(page, u)
        if measuring and not heading and not named and partial is None:
            # a route told in one long sentence of which one clause is a questionnaire ("de cliënt vult eerst een
            # vragenlijst in, waarna wij hem uitnodigen voor een screeningsgesprek, en daarna plant het secretariaat
            # een intake"): its other clauses tell the steps
            rest = _unmeasured_phases(page, u)
            if rest:
                phases, measuring = rest, False
        out.append(Mention(unit=u, pos=pos, phases=phases, heading=heading,
                           step=not heading and (bool(named) or pos in bare or terms("process", "step").search(u)
                                                 or (len(phases) >= 2 and _step_chain(u.low))),
                           named=bool(named) and named in phases, general=bool(named) and general,
                           measuring=measuring))
    if referrer and out and all(_REPORTS.search(m.unit.low) for m in out if not m.heading):
        # a page for referrers whose only steps are the moments of its reports to them ("u ontvangt na de
        # intake en bij afsluiting een brief") tells no route (one that tells its steps with the client does)
        return []
    return out


# a page about referring to mental health care in general: a GP's or care group's page ("Verwijzen naar de
# GGZ", "Informatie voor huisartsen", "Zorgpaden") ...
_REFERRAL_TOPIC = QuickRegex(r"verwijz\w*|verwijs\w*|huisarts\w*|zorgpad\w*|zorggroep\w*|referr\w*|\bgps?\b")
_PRACTICE_SPEAKS = re.compile(r"\b(?:wij|we|ik|ons|onze|mijn|mij|our|us|my)\b|(?<![\w.])i(?![\w.])")
# ... that names the providers as others: the chosen or participating practice, a provider
_OTHER_PROVIDERS = re.compile(r"\b(?:de|een|het)\s+(?:gekozen|deelnemende|andere)\s+(?:\w+\s+)?(?:praktijk|praktijken|zorgaanbieder\w*|aanbieder\w*|instelling\w*|behandelaar\w*)\b|"
                              r"\bdeelnemende\s+(?:praktijken|instellingen|aanbieders)\b|\b(?:bij|van)\s+veel\s+praktijken\b|\b(?:een|de)\s+zorgaanbieder\b|"
                              r"\bthe\s+(?:chosen|participating)\s+(?:practice|provider)s?\b")


def _third_party_route_page(page: PageInfo) -> bool:
    """A page about referral to mental health care that names the providers as others and on which
    the practice never speaks of a step itself ("U meldt zich aan bij de gekozen praktijk", "de
    behandelaar stuurt na afloop een bericht aan de huisarts"): another provider's route, told by a GP
    or a care group. A page for referrers on which the practice tells its steps is read."""
    key = ("third_party_route_page",)
    got = page.memo.get(key)
    if got is None:
        topic = _REFERRAL_TOPIC.search(page.title_low) or _REFERRAL_TOPIC.search(page.path_low) or _REFERRAL_TOPIC.search(page.first_heading)
        got = page.memo[key] = bool(topic) and any(_OTHER_PROVIDERS.search(v.low) for v in page.units) and not any(
            _PRACTICE_SPEAKS.search(v.low) and any(terms("process", ph).search(v) for ph in PHASES) for v in page.units if v.kind != "title")
    return got


# a sentence about an eHealth tool (its modules, programmes, app or account): how the tool is used in a
# phase ("Na de behandeling: je houdt nog een half jaar toegang tot je modules"), not the route itself
_TOOL = QuickRegex(r"\b(?:modules?|programma'?s|programma|platform\w*|apps?|account|online\s+oefening\w*|e-?health|"
                   # (on a page about the tool, the exercises and the diary kept in it: "Je behandelaar reageert op je oefeningen")
                   r"oefeningen|dagboek\w*|exercises|diary)\b")


def _ehealth_page(page: PageInfo) -> bool:
    """The page names an eHealth platform or eHealth in general (not in its menu: "Zorgpad · eHealth · Contact" names a page)."""
    key = ("ehealth_page",)
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = any((terms("ehealth", "platform").search(v) or terms("ehealth", "generic").search(v))
                                   and not is_menu_line(v) for v in page.units)
    return got


def _under_tool_heading(u: Unit) -> bool:
    """The unit stands in a section whose heading names an eHealth tool ("# Online programme" over "You do them between
    sessions ... After your final session the modules stay open"): what it says is how the tool is used."""
    return bool(u.headings) and bool(terms("ehealth", "platform").search_text(u.headings[-1])
                                     or terms("ehealth", "generic").search_text(u.headings[-1]))


def _skip(st: SiteText, u: Unit) -> bool:
    return _skip_reason(st, u) is not None


def _skip_reason(st: SiteText, u: Unit) -> str | None:
    """Why a unit is not read: "page" (its page or section is about something else), "cost" (the unit
    speaks of money) or "unit" (the unit speaks of the referral letter or the wait: its other clauses
    may still tell a step, see ``_clause_phases``), or None. (Reading the other clauses of a sentence
    about money too made a set-aside site worse: such sentences stay unread.)"""
    page = st.page_of(u)
    if (page_titled(page, ("process", "not_route_page")) or _not_own(page, u) or _third_party_route_page(page)
            or (u.kind != "heading" and (_TOOL.search(u.low) or _under_tool_heading(u)) and _ehealth_page(page) and not _path_page(page))
            or ((is_editorial_page(page) or _explainer(page)) and not _own_route_in_article(page, u))
            or (in_legal_section(u) and not _route_section(u))
            or (in_waiting_section(u) and not _registration_section(u) and not _step_beside_the_wait(u))
            or in_client_voice(st, u)):  # a client's story of their own route, not the practice describing it
        return "page"
    if is_cost(u):
        return "cost"
    if ((is_referral_letter(u) and not _after_referral(u)) or (is_waiting_time(u) and not _NO_WAITING.search(u.low))
            or _INTAKE_STOP.search(u.low)):
        return "unit"
    return None


# the clauses of a sentence: "Daarna volgen de behandelgesprekken, die worden vergoed door uw verzekeraar"
_CLAUSE_SPLIT = re.compile(r"[;:()]|,(?!\d)|\s[-–]\s")
_REGISTERS = re.compile(r"\b(?:u|je|jij|jullie|you)\b")


def _clause_phases(u: Unit) -> dict[str, list[str]] | None:
    """The phases of a route step told in a sentence that also speaks of money, the referral letter or
    the wait, read from its other clauses ("Daarna volgen de behandelgesprekken, die worden vergoed",
    "Het eerste gesprek is een kennismaking, waarvoor geen kosten in rekening worden gebracht"); a
    clause on how the client registers with the letter is the aanmelding ("met een verwijsbrief kunt u
    zich aanmelden via het formulier"). A clause counts when it tells the step as this practice's
    step: said to the client or by the practice, or the phase follows or the client is invited to it.
    Money, the letter or the wait alone, a step as a moment of them ("na afronding ontvangt u de
    factuur"), or a condition ("indien de behandeling nog niet is afgerond") give nothing."""
    if not any(terms("process", ph).search(u) for ph in PHASES):
        return None  # (cheap: most money lines name no phase at all)
    cost, letter, start = terms("context", "cost"), terms("context", "referral_letter"), terms("process", "start")
    clauses = _CLAUSE_SPLIT.split(u.low)
    # the route as a chain of steps set between dashes or arrows ("Verwijsbrief – intake – plan – behandeling en evaluatie –
    # slotgesprek"): each link is a step of its own
    chain = _step_chain(u.low)
    found: dict[str, list[str]] = {}
    dropped = False
    for c in clauses:
        if cost.search_text(c) or _WAITING_WORDS.search(c):
            dropped = True
            continue
        plain = _plain(c)
        if letter.search_text(c):
            dropped = True
            if ((_REGISTERS.search(c) or _CHANNEL.search(c) or chain) and not _CONDITION.match(c.strip()) and not _BRING_ALONG.search(c)
                    and any(_REGISTER_WORD.match(h.text) for h in start.find(plain))):
                # "met een verwijsbrief kunt u zich aanmelden", "aanmelding via Zorgdomein of de website"
                found.setdefault("start", ["aanmelding"])
            elif any(_PHASE_HAPPENS.search(c[:h.start]) for h in start.find(plain) if not _REGISTER_WORD.match(h.text)):
                found.setdefault("start", ["intake"])  # "na aanmelding met een verwijsbrief volgt een intake"
            continue
        if _CONDITION.match(c.strip()) or _GENERAL_VOICE.search(c) or _GENERIC_SUBJECT.search(c):
            continue
        for ph in PHASES:
            for h in terms("process", ph).find(plain):
                if _GENERIC_WORDS.match(h.text) and not _SEQUENCE.search(c):
                    continue
                if ph == "end" and _ends_something_else(c, h.start, h.end):
                    continue
                told = (_OWN_VOICE.search(c) and (terms("process", "step").search_text(c) or _SEQUENCE.search(c) or _FIRST_IS.search(c) or _INVITES.search(c)))
                # the next step of the route after the clause before it ("Aanmelding via Zorgdomein, daarna een
                # intake van twee gesprekken en een behandelplan")
                told = told or bool(found and _NEXT_CLAUSE.match(c)) or chain
                if told or _PHASE_HAPPENS.search(c[:h.start]) or _INVITED_TO.search(c[:h.start]) or (ph == "start" and _FIRST_IS.search(c)):
                    labels = found.setdefault(ph, [])
                    if h.label not in labels:
                        labels.append(h.label)
    return found if dropped and found else None


_REGISTER_WORD = re.compile(r"^(?:aanmeld|aangemeld|meld|register|sign|refer)")
_CHAIN_SPLIT = re.compile(r"\s[-–—→>]\s")


def _step_chain(low: str) -> bool:
    """Three links or more set between dashes or arrows: a route told as a chain of its steps."""
    return len(_CHAIN_SPLIT.split(low, maxsplit=2)) >= 3
# the channel of a registration ("aanmelding via Zorgdomein of de website", "registration through our form")
_CHANNEL = re.compile(r"\b(?:via|through)\b")
# a clause that opens with the next step ("daarna een intake", "then a treatment plan")
_NEXT_CLAUSE = re.compile(r"^\s*(?:en\s+|and\s+)?(?:daarna|vervolgens|waarna|aansluitend|then|next|after\s+that|gevolgd\s+door|followed\s+by)\b")


# a clause of condition: "indien de behandeling nog niet is afgerond", "als u zich afmeldt"
_CONDITION = re.compile(r"^(?:indien|mits|tenzij|als|wanneer|if|unless|when)\b")


_WAITING_WORDS = re.compile(r"wacht(?:tijd|lijst)|waiting")


# the practice itself named in a sentence: "bij ons", "in onze praktijk", "onze psychologen", "at our practice"
_OWN_PRACTICE = re.compile(r"\b(?:bij|in|van)\s+(?:ons|onze\s+praktijk|mijn\s+praktijk|mij)\b|\bonze?\s+(?:praktijk|medewerkers?|behandelaars?|psychologen|"
                           r"therapeuten|secretariaat|formulier|aanmeldformulier|website|team)\b|\bons\s+(?:online\s+)?(?:\w*formulier|team|secretariaat)\b|"
                           r"\b(?:at|with)\s+(?:us|our\s+practice)\b|\bour\s+(?:practice|team|therapists?|psychologists?)\b|\bmy\s+practice\b")


# the practice and its reader in one sentence: "Na je aanmelding nodigen we je uit voor een intake"
_PRACTICE_VOICE = re.compile(r"\b(?:wij|we|ik|our|us)\b")
_READER = re.compile(r"\b(?:u|uw|je|jij|jou|jouw|you|your)\b")


def _own_route_in_article(page: PageInfo, u: Unit) -> bool:
    """A blog post, news item or explainer that tells this practice's own route ("Bij ons begint het met
    een intakegesprek. Daarna ...", "Na je aanmelding nodigen we je uit voor een intake"): its sentences
    that are not about therapy in general are read."""
    key = ("own_route_in_article",)
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = any((_OWN_PRACTICE.search(v.low) or (_PRACTICE_VOICE.search(v.low) and _READER.search(v.low)))
                                   and _phases(v) and not _of_anyone(v.low) for v in page.units if v.kind != "title")
    return got and not _of_anyone(u.low) and not _HEDGE.search(u.low)


# the waiting words of a heading, whole words ("Aanmeldingswachttijd" goes as a whole)
_WAITING_WORD = re.compile(r"\S*(?:wacht|waiting)\S*")


def _registration_section(u: Unit) -> bool:
    """A section headed by the aanmelding as well as the wait ("Aanmelding en wachttijd",
    "Registration and waiting list"): it describes how a client registers, and only its sentences
    about the wait are about waiting (those stay skipped by ``is_waiting_time``)."""
    rest = _WAITING_WORD.sub(" ", u.headings[-1])
    return bool(terms("process", "start").search_text(rest))


# a span of time or haste: how soon something happens is about the wait ("binnen twee weken", "direct")
_TIME_SPAN = re.compile(r"\b(?:binnen|within|direct|meteen|gelijk|snel\w*|spoedig|zsm|immediately|soon|quickly|right\s+away)\b|"
                        r"\b(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|a|one|two|three|four|five|six|eight|ten)\s+(?:\w+\s+)?"
                        r"(?:dag|dagen|werkdag\w*|week|weken|maand|maanden|days?|weeks?|months?)\b")


def _step_beside_the_wait(u: Unit) -> bool:
    """Under a heading about the wait, a sentence that says nothing about waiting or how soon, but
    what happens in a step ("Tijdens het eerste telefonische contact schatten wij in of u hier op de
    juiste plek bent"): the practice goes on to describe its route there."""
    return (u.kind != "heading" and not _TIME_SPAN.search(u.low) and not is_cost(u)
            and bool(terms("process", "step").search(u)))


# the practice takes no new clients for now ("Tijdens de vakantie nemen wij geen nieuwe aanmeldingen aan", "aanmeldstop",
# "we take no new referrals"): its capacity, not a step of its route
_INTAKE_STOP = QuickRegex(r"aanmeldstop|cli[eë]ntenstop|(?:geen|niet)\s+(?:\w+\s+)?nieuwe\s+(?:clienten|cliënten|aanmeldingen|patienten|patiënten|verwijzingen)"
                          r"|(?:no|not\s+\w+)\s+(?:any\s+)?new\s+(?:clients|referrals|registrations|patients)")


def _not_own(page: PageInfo, u: Unit) -> bool:
    """Legal and vacancy text (``not_own_content``); a cookie banner taken for the title or a
    heading makes no page or section legal. A section of terms whose own heading names the route
    or one of its steps ("Werkwijze", "Behandelfase") describes the practice's route, not a
    condition (an article title, "Artikel 5 Beëindiging", stays a condition)."""
    return ((is_legal_page(page) and not _route_section(u)) or is_vacancy_page(page)
            or in_boilerplate_section(u))


_ARTICLE = re.compile(r"^(?:artikel|article|art\.?|§)\s*\d|^\d{1,2}(?:\.\d{1,2})*\.?\s")


# a step label that opens the sentence and works as its heading ("Intakefase: kennismaking en ...", "Treatment phase: ...")
_STEP_LABEL = re.compile(r"^\W*(?:\d{1,2}[.)]\s*)?([^:.!?]{3,40}):\s")


def _route_section(u: Unit) -> bool:
    """The unit's own section heading names the route or one of its steps, and is no article title; or the
    sentence opens with a step of the route as its label ("Behandelfase: samen met de psycholoog werkt de cliënt
    aan ...", in house rules that lay out the phases of the treatment)."""
    if u.kind == "heading":
        return False
    label = _STEP_LABEL.match(u.text)
    if (label and not _ARTICLE.match(label.group(1)) and heading_phase(label.group(1).lower()) is not None
            and not terms("context", "legal").search_text(label.group(1).lower()) and not _AGREEMENT.search(u.low)):
        return True
    if not u.headings:
        return False
    h = u.headings[-1]
    if terms("context", "legal").search_text(h):
        return False
    if _ARTICLE.match(h):
        # an article of terms titled by a phase ("Artikel 4 Evaluatie") reads as that step where its
        # sentence is about the treatment itself, not the agreement ("de overeenkomst eindigt ...")
        title = _ARTICLE.sub("", h).strip(" .:-")
        return (bool(title) and heading_phase(title) is not None and bool(_TREATMENT_SUBJECT.search(u.low))
                and not _AGREEMENT.search(u.low))
    return bool(heading_phase(h)) or terms("process", "path_page").search_text(h)


_TREATMENT_SUBJECT = re.compile(r"\b(?:de|het|een|uw|je)\s+(?:behandeling|therapie|behandeltraject|traject|intake\w*|behandelplan)\b")
_AGREEMENT = re.compile(r"\b(?:overeenkomst\w*|contract\w*|opzeg\w*|ontbind\w*|aansprakelijk\w*|factu\w*|betal\w*|tarie\w*|kosten)\b")


# "zodra de verwijsbrief binnen is, maken we een afspraak voor een screening": what the practice
# does once the letter is in is a step of the route, not a requirement of the letter
_AFTER_LETTER = re.compile(r"\b(?:zodra|nadat|na\s+ontvangst|once|after\s+we\s+(?:have\s+)?receive)")


def _after_referral(u: Unit) -> bool:
    return bool(_AFTER_LETTER.search(u.low)) and "start" in _phases(u) and terms("process", "step").search(u)


# what something is or why: "Wat is psychotherapie?", "Waarom naar een psycholoog?", "What is CBT?"
# (not "Wat kunt u verwachten?", "Wat gebeurt er na de aanmelding?", "Welke stappen doorloopt u?":
# those ask how this practice's route goes)
_EXPLAINER_TITLE = re.compile(r"^(?:wat\s+(?:is|zijn|betekent|doet|houdt)|waarom|wanneer|what\s+(?:is|are|does)|why|when\s+(?:to|should)|who\s+(?:is|are))\b.*\?\s*$")


def _explainer(page: PageInfo) -> bool:
    """A general explainer whose title asks a question ("Wat is psychotherapie?"): it says what
    therapy is, not how this practice's path goes. ("Hoe werkt het?" asks exactly that: kept.)"""
    title = page.title_low or page.first_heading
    return bool(_EXPLAINER_TITLE.match(title.strip()))


# "(ik hanteer geen wachtlijst)" in a sentence about the first appointment is not about waiting
_NO_WAITING = re.compile(r"\bgeen\s+wacht(?:lijst|tijd)")


def _enumeration(m: Mention) -> bool:
    """A unit that lists three or more steps of more than one phase between commas and does not
    describe them ("Informatie over aanmelden, intake, behandeling, evaluaties en afronding")."""
    steps = sum(len(ls) for ls in m.phases.values())
    low = m.unit.low
    separators = low.count(",") + sum(low.count(a) for a in _ARROWS)
    return steps >= 3 and len(m.phases) >= 2 and separators >= 2 and not terms("process", "step").search(m.unit)


# "Aanmelding → Intake → Behandeling → Afsluiting": the steps of a route in a row
_ARROWS = ("→", "->", "»", "›", "⇒", "➔", "➜", ">", "|")


# a list item or a line of a few words: "Intake", "Afsluiting: eindgesprek", "Registration"
_LIST_LINE_WORDS = 6
# the lines of one list stand this close together
_LIST_UNITS = 8


def _phase_list(page: PageInfo, ms: list[Mention]) -> bool:
    """Short lines close together that name steps of two or more phases ("- Aanmelding",
    "- Intake", "- Behandeling", "- Afsluiting"; "Registration", "Closing session"), or one
    sentence that lists them ("Uw traject bij ons: aanmelding, intake, behandeling en afsluiting"):
    the practice lists the steps of its route. That names a part of the route, at least; a list
    cannot complete it (see ``_enumeration``). Not a list introduced as moments of something else
    ("U vult een vragenlijst in op drie momenten:" over "- bij aanmelding", "- bij afsluiting"), and
    not the phases of therapy in general ("Een therapie kent meestal deze fasen:")."""
    if any(_enumeration(m) and not _general(m.unit.low) for m in ms):
        return True
    lines = [m for m in ms if len(m.unit.text.split()) <= _LIST_LINE_WORDS]
    for i, m in enumerate(lines):
        got = set(m.phases)
        for n in lines[i + 1:]:
            if n.pos - m.pos > _LIST_UNITS:
                break
            got.update(n.phases)
        if len(got) >= 2 and not _list_about_something_else(page, m.pos):
            return True
    return False


def _step_labels(page: PageInfo, ms: list[Mention]) -> bool:
    """Numbered step labels with nothing under them ("Stap 1: Aanmelden", "Stap 2: Intake", "Stap 3:
    Behandeling"): the route in a list of its steps' names, like ``_phase_list``."""
    labels = {m.pos for m in ms if m.heading and _NUMBERED_STEP.match(m.unit.low)}
    if len(labels) < 2:
        return False
    numbered = _numbered_steps(page)
    named = {numbered[p] for p in labels if numbered.get(p)}
    return len(numbered) >= 3 and len(named) >= 2 and not _list_about_something_else(page, min(labels))


def _of_anyone(low: str) -> bool:
    """Therapy in general ("Bij een ggz-instelling volgt na aanmelding vaak eerst een screening"),
    not told by or to the practice's client."""
    return bool(_GENERAL_VOICE.search(low) or (_GENERIC_SUBJECT.search(low) and not _OWN_VOICE.search(low)))


# any therapy as the subject: "Een therapie kan eindigen met ...", "A treatment usually starts with ..."
_ANY_THERAPY = re.compile(r"^(?:\w+\s+){0,2}(?:een|a|an)\s+(?:therapie|behandeling|behandeltraject|traject|psychotherapie|therapy|treatment)\b")


def _told_of_anyone(low: str) -> bool:
    """Therapy in general (``_of_anyone``), or any therapy as the subject of a hedged step where
    neither the practice nor its client speaks or is spoken to ("Een therapie kan eindigen met een
    afsluitend gesprek"; not "Een behandeling bestaat uit een intake en ...", an offer's make-up)."""
    return _of_anyone(low) or bool(_ANY_THERAPY.search(low) and _HEDGE.search(low) and not _OWN_VOICE.search(low))


def _general(low: str) -> bool:
    return bool(_GENERAL_VOICE.search(low) or _HEDGE.search(low) or _GENERIC_SUBJECT.search(low))


def _list_about_something_else(page: PageInfo, pos: int) -> bool:
    """The line that introduces a list (the nearest longer unit before it) measures, costs or speaks
    of therapy in general: the list is not the practice's route."""
    for u in reversed(page.units[max(0, pos - _LIST_UNITS):pos]):
        if u.kind not in ("list_item", "table_row") or len(u.text.split()) > _LIST_LINE_WORDS:
            return bool(terms("process", "measurement").search(u) or is_cost(u) or _general(u.low))
    return False


def _window_phases(ms: list[Mention]) -> set[str]:
    """The most phases that stand within one passage of ``_PASSAGE_UNITS`` units."""
    best: set[str] = set()
    for i, m in enumerate(ms):
        got: set[str] = set()
        for n in ms[i:]:
            if n.pos - m.pos > _PASSAGE_UNITS:
                break
            got.update(n.phases)
        if len(got) > len(best):
            best = got
    return best


# lines of a route told in order stand this close to each other, and each says something of its
# step beyond its name ("Sessie 2 tot en met 7: werken aan de doelen", "Initial consultation - a
# 60-minute conversation about your concerns")
_ORDER_GAP = 2
_ORDER_LINE_WORDS = 4


def _told_in_order(page: PageInfo, ms: list[Mention]) -> bool:
    """Lines close together, each naming one phase and telling a little of it, that go from the
    start through the middle to the end in that order: the page tells its route step by step,
    whatever marks the steps (a session number, a dash, a label). A list of the steps' bare names
    ("- Aanmelding / - Intake / ...") only names the route (``_phase_list``), and a line that
    measures, lists several phases or speaks of therapy in general is no step of the run. (The
    headings between the lines do not count in their distance: a route in short sections.)"""
    run: list[str] = []
    last = -10
    for m in ms:
        ok = (len(m.phases) == 1 and not m.measuring and not m.heading and len(m.unit.text.split()) >= _ORDER_LINE_WORDS
              and not _enumeration(m) and not _general(m.unit.low))
        between = sum(1 for u in page.units[max(last + 1, 0):m.pos] if u.kind != "heading") if last >= 0 else _ORDER_GAP + 1
        if not ok or between >= _ORDER_GAP:
            run = []
        if ok:
            ph = next(iter(m.phases))
            if run and PHASES.index(ph) < PHASES.index(run[-1]):
                run = []
            run.append(ph)
            last = m.pos
            if run[0] == "start" and run[-1] == "end" and "middle" in run:
                return True
    return False


def _general_only(m: Mention) -> bool:
    """The mention's phase comes only from a general heading over it ("Behandeling", "Therapie")."""
    return m.general and all(ls == [ph] for ph, ls in m.phases.items())


def _process_signals_beside_menu(page: PageInfo) -> bool:
    """The page's address, title or headings say it is about the route without the items of a menu
    written out on it (a menu item "Aanmelden" set as a heading says nothing of the page)."""
    menu = _menu_units(page)
    if not menu:
        return True
    heads = " ".join(u.low for pos, u in enumerate(page.units) if u.kind in ("heading", "title") and pos not in menu)
    return terms("process", "process_page").search_text(f"{page.path_low} {page.title_low} {heads}")


def score_page(st: SiteText, page_index: int) -> PageScore:
    page = st.pages[page_index]
    ms = _mentions(st, page)
    sc = PageScore(page=page_index, mentions=ms)
    if not ms:
        return sc
    sc.process_page = page_about(page, ("process", "process_page")) and _process_signals_beside_menu(page)
    body = [m for m in ms if not m.heading]
    other = {ph for m in body if not m.measuring for ph in m.phases}
    # "bij afsluiting vult u een vragenlijst in" measures: an end step only on a page that
    # describes the rest of the path
    # (a questionnaire passage names the intake or the end as moments of measuring, not as steps)
    # (a step label or a phase heading over it says it is a step: "Intakefase: gesprekken en vragenlijsten")
    # (and a questionnaire step of a phase the page also describes in other words elaborates that
    # phase: "in een intake vindt nader onderzoek plaats aan de hand van vragenlijsten")
    usable = [m for m in body if not m.measuring or m.named or (m.step and (len(other) >= 2 or set(m.phases) <= other))]
    # (a grade given is a result, also under a phase's heading: "# Evaluatie" + "Scholen gaven de training gemiddeld een 8,4")
    usable = [m for m in usable if not (m.measuring and _GRADE_GIVEN.search(m.unit.low))]
    for m in usable:
        if m.measuring and not m.named:
            m.phases = {ph: ls for ph, ls in m.phases.items() if ph == "end"} or m.phases
    if usable and all(_told_of_anyone(m.unit.low) for m in usable) and not _path_page(page):
        # every phase is told of anyone ("Een therapeut begint meestal met een intake", "Bij een
        # ggz-instelling volgt vaak eerst een screening"): therapy in general, not this practice's route
        usable = []
    sc.phases = {ph for m in usable for ph in m.phases}
    # a list of phase names ("procedure voor aanmelden, intake, behandeling, afronding") names the
    # path, it does not describe it: it cannot complete one
    sc.passage = _window_phases([m for m in usable if not _enumeration(m)])
    sc.steps = {s for m in usable for ls in m.phases.values() for s in ls}
    sc.step_units = sum(1 for m in usable if m.step)
    sc.headed = any(m.named for m in usable) or any(m.heading for m in ms)
    # a phase is the topic of a passage: named by its heading or step label, or described in two
    # units close together of which one describes a step, or one unit naming two steps in sequence
    named_phases = {ph for m in usable if m.named and not m.general for ph in m.phases}
    for m in usable:
        if m.named and (not m.general or len(named_phases) >= 1):
            sc.topic = sc.topic or "named"
        # (a line read as the middle only because a general heading "Behandeling" stands over it names no
        # phase of its own: a page about the treatment in general, not a described phase)
        near = [n for n in usable if n is not m and abs(n.pos - m.pos) <= _NEAR_UNITS and set(n.phases) & set(m.phases)
                and not _general_only(n)]
        if near and not _general_only(m) and (m.step or any(n.step for n in near) or _path_page(page)):
            sc.topic = sc.topic or "near"
        if m.step and sum(len(ls) for ls in m.phases.values()) >= 2 and not _of_anyone(m.unit.low):
            sc.topic = sc.topic or "two_steps"
    if not sc.phases:
        if _step_labels(page, ms) and not _not_care_page(page):
            sc.phases = {ph for m in ms for ph in m.phases}
            sc.topic, sc.verdict = "step_labels", 1  # "Stap 1: Aanmelden / Stap 2: Intake / ...": the route's steps named
        return sc
    described = sc.step_units >= 2 or sc.headed or sc.process_page or _told_in_order(page, usable)
    # a page for referrers, a course or news (``_not_client_page``): a registration there is the client's only where the
    # client's own way in beside the referral is told (``_SELF_REGISTERS``)
    for_others = _not_client_page(page)
    self_way = for_others and any(_SELF_REGISTERS.search(m.unit.low) for m in usable)
    if sc.passage == set(PHASES) and described and len(usable) >= 3:
        sc.verdict = 2
    elif sc.topic or (len(sc.passage) >= 2 and sc.step_units >= 1):
        sc.verdict = 1
    elif sc.step_units >= 1 and len(usable) >= 2 and _path_page(page):
        sc.verdict = 1  # the page about aanmelden / werkwijze describing its one step
    elif any(_own_start_step(m) for m in usable) and not _not_care_page(page) and not _referrer_registers(page, usable):
        sc.topic = "own_start"
        sc.verdict = 1  # "de psycholoog zal eerst een intake met u doen": the practice's own first step
    elif _phase_list(page, usable):
        sc.topic = "phase_list"
        sc.verdict = 1  # "- Aanmelding / - Intake / - Behandeling / - Afsluiting": the route in a list of its steps
    elif any(_books_first_meeting(m) for m in usable) and not _not_care_page(page):
        sc.topic = "first_meeting_offer"
        sc.verdict = 1  # "Plan een gratis kennismakingsgesprek", "Book a free consultation": the practice's first step offered
    elif any(_how_to_register(m) for m in usable) and (not for_others or self_way):
        sc.topic = "how_to_register"
        sc.verdict = 1  # "aanmelden kan telefonisch of via het formulier": the practice's aanmelding procedure
    if sc.verdict == 1 and ((sc.phases <= {"start"} and (_not_care_page(page) or (
            for_others and all(set(m.phases.get("start", ())) <= {"aanmelding"} for m in usable) and not self_way)))
            or (_not_care_page(page) and not sc.step_units >= 2)):
        # (on a page for employers, a newsletter or a vacancy a step told once, "# Aan de slag: teamafspraken
        # over werkdruk", is the training's or the job's, whatever its phase)
        # the registration or first meeting of a course, a study or a job is not the client's route, nor is the
        # registration alone on a page for referrers ("de huisarts meldt de patiënt bij ons aan via ZorgDomein") (a
        # page for referrers may well tell the client's first steps: "daar screenen we de klachten van de patiënt" stays)
        sc.verdict, sc.topic = 0, ""
    elif sc.verdict == 1 and page_titled(page, ("context", "partners_page")):
        # a page on the organisations the practice works with: the handover, the feedback to a referrer and the yearly
        # evaluation of the agreements ("The agreements are evaluated every year with local GPs") are the partnership's
        # steps, not a client's route told in part
        sc.verdict, sc.topic = 0, ""
    elif sc.verdict and (is_course_page(page) or course_not_treatment(page) or addresses_others(page)):
        # the sign-up, meetings and last meeting of a course, a workshop, supervision for colleagues or a study
        # ("Cursus opvoeden in de pubertijd", "/opleiding/supervisie-en-intervisie/") are that course's, not a treatment route;
        # nor is the route of what a page offers to others than clients (an employer's contact, intake with HR and
        # evaluation of an in-company training)
        sc.verdict, sc.topic = 0, ""
    return sc


# a page about something else than the client's care: a course or training for others, a study, a
# newsletter, an event, a job or an internship, an offer to employers ("Voor bedrijven", "For businesses")
_NOT_CARE_PAGE = re.compile(r"\w*(?:nieuwsbrief|newsletter|workshop|cursus|course|lezing|webinar|supervis|leertherap|vacature|sollicit|intervisie|"
                            r"werkgever|employer|leidinggevend)\w*|\b(?:voor\s+(?:bedrijven|organisaties)|for\s+(?:business(?:es)?|companies|organi[sz]ations))\b|"
                            r"\b(?:algemene\s+voorwaarden\s+(?:\w+\s+)?(?:training|cursus)\w*|wetenschappelijk\w*\s+onderzoek|meedoen\s+aan\s+(?:\w+\s+)?onderzoek|"
                            r"research|study|trial|open\s+dag|stage\w*|internship|vacanc\w*|werken\s+bij|nascholing\w*|accreditati\w*|"
                            # how to reach the building: its first appointment is a moment to arrange a room or a parking place
                            r"routebeschrijving|parkeren|parking|getting\s+here|how\s+to\s+get\s+here|directions|toegankelijkheid|accessibility)\b")


def _not_care_page(page: PageInfo) -> bool:
    return bool(_NOT_CARE_PAGE.search(page.title_low) or _NOT_CARE_PAGE.search(page.path_low) or _NOT_CARE_PAGE.search(page.first_heading))


# how a client registers with this practice: by which way ("Aanmelden kan telefonisch of via het
# contactformulier", "You can register through the form") - the aanmelding procedure, a part of the route
_REGISTER_WAY = re.compile(r"\b(?:via|telefonisch|online|per\s+(?:e-?mail|mail|telefoon|post)|(?:e-?)?mail(?:tje)?\s+(?:te\s+)?(?:sturen|stuur\w*)|door\s+(?:te\s+)?(?:bellen|mailen|ons|het)|bellen|mailen|\w*formulier\w*|"
                           r"through|by\s+(?:phone|e-?mail|calling|filling)|form|phone|call\s+us|e-?mail\s+us)\b")
# ... not for a workshop, a newsletter or an event, not a referrer registering a patient, not a wait
_NOT_CLIENT_REGISTRATION = re.compile(r"\w*(?:nieuwsbrief|newsletter|workshop|cursus|course|training|lezing|webinar|bijeenkomst|event|supervis|leertherap)\w*|"
                                      r"\b(?:wetenschappelijk\w*\s+onderzoek|meedoen\s+aan\s+(?:\w+\s+)?onderzoek|research|study|trial|"
                                      r"open\s+dag|patient\w*|zorgdomein|verwijzer\w*|referrer\w*|wacht\w*|waiting|stage\w*|vacature\w*|sollicit\w*|intervisie\w*|"
                                      r"portaal|portal|inlog\w*|log\s*in|login|account|digid|wachtwoord|password)\b")


def _how_to_register(m: Mention) -> bool:
    if set(m.phases) != {"start"} or "aanmelding" not in m.phases["start"] or m.measuring:
        return False
    low = m.unit.low
    section = m.unit.headings[-1] if m.unit.headings else ""
    if _NOT_CLIENT_REGISTRATION.search(section):
        # under a heading for referrers only the client's own way in beside the referral ("Ouders kunnen hun kind ook
        # zelf aanmelden") is the client's registration
        return bool(_SELF_REGISTERS.search(low)) and not _GENERAL_VOICE.search(low)
    return bool(_REGISTER_WAY.search(low)) and not _NOT_CLIENT_REGISTRATION.search(low) and not _GENERAL_VOICE.search(low)


def _not_client_page(page: PageInfo) -> bool:
    """A page for referrers, courses, supervision of colleagues or news: its registration or first
    meeting is not the client's route."""
    return bool(_NOT_CLIENT_REGISTRATION.search(page.title_low) or _NOT_CLIENT_REGISTRATION.search(page.path_low)
                or _NOT_CLIENT_REGISTRATION.search(page.first_heading))


# the client or the practice in the sentence: it is about this practice's route, not therapy in general
_OWN_VOICE = re.compile(r"\b(?:u|uw|je|jij|jou|jouw|you|your|wij|we|ik|ons|onze|our|us|my|me)\b|(?<![\w.])i(?![\w.])")
_GENERAL_VOICE = re.compile(r"\b(?:in\s+het\s+algemeen|over\s+het\s+algemeen|generally|in\s+general|veel\s+mensen|many\s+people|most\s+therapists|een\s+psycholoog|een\s+therapeut)\b")
# the step as a point in time for something else: "neem de brief mee naar het eerste gesprek",
# "dit geldt ook voor de intake", "bring it to the first appointment"
_TIME_POINT = re.compile(r"\b(?:naar|bij|voor|op|to|at|for|before)\s+(?:de|het|uw|je|jouw|een|the|your|an?)\s+(?:\w+\s+)?$")
# an errand of the account or the bill at a step ("daarna krijgt u per mail een code om het account te activeren", "you will
# get an invoice", "log in with the code"): the step as a point in time, not the step told
_START_ADMIN = re.compile(r"\b(?:activatie\w*|activation|account\w*|inloggegevens|inlogcode\w*|log-?in\s+(?:code|details)|wachtwoord\w*|password|"
                          r"factu\w*|invoice\w*|herinnering\w*|reminder\w*)\b")
# ... or of the diary ("na het intakegesprek zet u zelf uw afspraken in de online agenda"; such a sentence tells no step at
# all: ``_mentions`` leaves it out)
_DIARY_ADMIN = re.compile(r"\b(?:(?:online\s+)?agenda|afspraken\s+(?:\w+\s+){0,2}(?:inplannen|plannen|verzetten|annuleren|wijzigen|afzeggen)|"
                          r"(?:reschedule|cancel)\w*\s+(?:\w+\s+){0,2}appointments?)\b")
# where the client is to go, agreed, confirmed or sent ("we confirm the office and e-mail you its address", "spreken we af op
# welke locatie"): at a step, an errand of the place, not the step told ("wij nodigen u uit voor een intake op onze locatie"
# is the step)
_PLACE_ERRAND = re.compile(r"^(?=.*\b(?:spreken\s+(?:\w+\s+){0,3}af|afspreken|bevestig\w*|stur\w*|mail\w*|laten\s+(?:\w+\s+)?weten|"
                           r"confirm\w*|send\w*|sent|agree\w*|let\s+you\s+know)\b)"
                           r"(?=.*\b(?:locatie\w*|vestiging\w*|adres\w*|routebeschrijving\w*|address\w*|directions|locations?)\b)")
# the step as the time in which something else is done ("in the first conversation", "tijdens de intake"): a step
# only when the sentence says what is explored in it ("tijdens de intake brengen we je klachten in kaart") ...
_DURING = re.compile(r"\b(?:in|tijdens|gedurende|during)\s+(?:de|het|uw|je|jouw|een|the|your|our|ons|onze|an?)\s+(?:\w+\s+)?$")
# ... or when the client or their matter is in it ("bij het eerste belcontact kijken we of u bij ons goed zit", "we assess
# your complaints")
_CLIENT_MATTERS = re.compile(r"\b(?:u|uw|je|jij|jou|jouw|you|your|cli[eë]nt\w*|klacht\w*|hulpvraag\w*|problem\w*|probleem|complaints?|concerns?)\b")


def _own_start_step(m: Mention) -> bool:
    """One sentence that describes the practice's own first or last step as a step: the intake,
    aanmelding or ending (or making the treatment plan or evaluating the treatment together) is
    what happens ("wij nodigen u uit voor een kennismakingsgesprek", "we start with an initial
    consultation", "halverwege evalueren we samen de voortgang"), said to the client, by the
    practice or of its own treatment ("de behandeling wordt afgesloten met een eindgesprek", "de
    intake wordt gedaan door de regiebehandelaar"), not a point in time for something else ("neem
    de verwijsbrief mee naar het eerste gesprek"), not the file or the bill at the end, and not
    therapy in general."""
    low = m.unit.low
    middle = set(m.phases.get("middle", ())) if set(m.phases) == {"middle"} else set()
    making_plan = "behandelplan" in middle and middle <= {"behandelplan", "evaluatie"} and _MAKING_PLAN.search(low)
    # evaluating the treatment together: "halverwege evalueren we samen de voortgang"
    evaluating = not making_plan and middle == {"evaluatie"} and _EVALUATED.search(low) and not _PER_SESSION.search(low)
    own = (_OWN_VOICE.search(low) or _DONE_BY.search(low)
           or ((_OWN_TREATMENT.match(low) or _FIRST_IS.search(low) or _impersonal_step(m, evaluating)) and not _HEDGE.search(low)))
    if (set(m.phases) not in ({"start"}, {"end"}) and not making_plan and not evaluating) or m.measuring or not own or _GENERAL_VOICE.search(low):
        return False
    if not m.step:
        # no sequence word, but what happens in the first meeting ("het eerste gesprek gebruik ik om
        # je klachten in kaart te brengen") or what the first meeting is ("de eerste afspraak is een
        # intakegesprek"); (an ending without a sequence word stays a passing mention)
        return set(m.phases) == {"start"} and bool(_EXPLORES.search(_QUESTIONS_AS_THINGS.sub(" ", _READER_REQUESTS.sub(" ", low)))
                                                   or _FIRST_IS.search(low))
    if evaluating:
        return True
    if not terms("process", "step").search(_plain(_WHERE_HOW_LONG.sub(" ", m.unit.low))):
        return False  # "het intakegesprek vindt plaats op onze locatie", "... duurt 60 minuten": where or how long, no step
    if making_plan:
        return True
    phase = next(iter(m.phases))
    hits = [h for h in terms("process", phase).find(m.unit) if h.on == "low"]
    if phase == "end":
        # what happens at the end is the ending step when it is care ("at the end of treatment your
        # GP receives a letter", "we sluiten af met een gesprek over terugval"), not the file or the bill, nor
        # a tool the client keeps using after it ("ook na de laatste sessie kunt u de app blijven gebruiken")
        return bool(hits) and not _END_ADMIN.search(low) and not _KEEPS_USING.search(low) and (_END_CARE.search(low) is not None
                                                             or not any(_TIME_POINT.search(low[:h.start]) for h in hits))
    if hits and _PLACE_ERRAND.search(low) and not _EXPLORES.search(low):
        return False  # "bij het plannen van het eerste gesprek hoort u in welke vestiging u terechtkunt": the time of an errand
    if hits and _INVITES.search(low) and not _BRING_ALONG.search(low):
        return True  # "wij nodigen u uit voor een intakegesprek", "we will invite you for an intake"
    if hits and _START_ADMIN.search(low) and not _EXPLORES.search(low):
        return False  # "Na het eerste gesprek krijgt u per mail een code om uw account te activeren": the step as the time of an errand
    if hits and all(_DURING.search(low[:h.start]) for h in hits) and not (_EXPLORES.search(low) or _CLIENT_MATTERS.search(low)):
        return False  # "our vision is explained at length in the first conversation", "our fees are explained during the
        # first session": the first meeting as the time of something about the practice, not what the step is
    return bool(hits) and not any(_TIME_POINT.search(low[:h.start]) for h in hits)


# A route told without a pronoun ("Na aanmelding volgt een intakegesprek", "Cliënten worden
# uitgenodigd voor een intake", "De intake bestaat uit twee gesprekken", "Na vijf sessies wordt de
# behandeling geëvalueerd") is the practice's own route when the step itself is what the sentence
# states: the phase follows or takes place, the client is invited to it, the phase is made of
# something, or the treatment is evaluated - not a phase as a point in time for something else
# ("de visie wordt in het eerste gesprek uitgelegd"), and not general ("bij een intake stelt een
# psycholoog vragen": see _GENERIC_SUBJECT)
_PHASE_HAPPENS = re.compile(r"\b(?:volgt|volgen|vindt|vinden|start|starten|begint|beginnen|krijgt|krijgen|follows?|starts?|begins?|gets?|receives?)\s+"
                            r"(?:er\s+)?(?:eerst|dan|daarna|vervolgens|altijd|allereerst|first|then|always)?\s*(?:een|het|de|uw|je|jouw|a|an|the|your)?\s*(?:\w+\s+)?$")
_INVITED_TO = re.compile(r"\b(?:wordt|worden|word|is|are|will\s+be|get|gets)\s+(?:\w+\s+){0,3}(?:uitgenodigd|ingepland|opgeroepen|gebeld|invited|scheduled|called)\s+"
                         r"(?:\w+\s+){0,2}(?:voor|for|to)\s+(?:een|het|de|uw|je|an?|the|your)?\s*(?:\w+\s+)?$")
_PHASE_IS_MADE = re.compile(r"^\s*(?:\w+\s+){0,2}(?:bestaat|bestaan|omvat|omvatten|consists?|includes?)\b")
_TREATMENT_EVALUATED = re.compile(r"\b(?:wordt|worden|is|are|will\s+be)\s+(?:\w+\s+){0,2}(?:de|het|uw|je|jouw|the|your)\s+(?:behandeling|therapie|voortgang|behandeldoelen|doelen|treatment|therapy|progress|goals)\s+(?:\w+\s+){0,4}"
                                 r"(?:geevalueerd|besproken|reviewed|evaluated|discussed)\b|\b(?:de|het|uw|je|jouw|the|your)\s+(?:behandeling|therapie|voortgang|treatment|therapy|progress)\s+"
                                 r"(?:wordt|worden|is|will\s+be)\s+(?:\w+\s+){0,4}(?:geevalueerd|besproken|reviewed|evaluated|discussed)\b")
# a subject that is anyone, anywhere: general text about therapy, not this practice's route
_GENERIC_SUBJECT = re.compile(r"\b(?:een|a|an|veel|de\s+meeste|most|many|sommige|some)\s+(?:\w+\s+)?(?:psycholo\w*|therapeut\w*|behandelaar\w*|hulpverlener\w*|praktijk\w*|instelling\w*|"
                              r"ggz-?\w*|cli[eë]nt\w*|pati[eë]nt\w*|mensen|therapist\w*|psychologist\w*|clinician\w*|practice\w*|clients?|patients?|people)\b|"
                              r"\b(?:iemand|someone|meestal|usually|normaal\s+gesproken|vaak|often|typically|doorgaans)\b")


def _impersonal_step(m: Mention, evaluating: bool) -> bool:
    """The sentence states the step of the practice's route without a pronoun (see above)."""
    low = m.unit.low
    if _GENERIC_SUBJECT.search(low):
        return False
    if evaluating:
        return bool(_TREATMENT_EVALUATED.search(low))
    phase = next(iter(m.phases))
    for h in terms("process", phase).find(m.unit):
        if h.on != "low":
            continue
        before, after = low[:h.start], low[h.end:]
        if _PHASE_HAPPENS.search(before) or _INVITED_TO.search(before):
            return True
        if phase == "start" and _PHASE_IS_MADE.match(after) and re.search(r"(?:^|[,;:]\s*)(?:de|het|the|your|uw|je)\s+$", before):
            return True  # "De intake bestaat uit twee gesprekken"
    return False


# the practice invites the client to the step, plans or offers it: the step happens (not a point in time)
# (or calls the client back for it: "ik bel je binnen twee dagen terug voor een eerste gesprek", "we will call you back to plan an intake")
_INVITES = re.compile(r"\b(?:uitnodig\w*|uitgenodigd|nodig\w*\s+(?:\w+\s+){0,4}uit|invit\w*|inplan\w*|ingepland|schedul\w*|arrang\w*|offer\w*|"
                      r"bied\w*\s+(?:\w+\s+){0,4}aan|aanbied\w*|(?:bel\w*|call\w*)\s+(?:\w+\s+){0,4}(?:terug|back)\s+(?:\w+\s+){0,3}(?:voor|om|to|for))\b")


# the practice's own treatment as the subject, without a pronoun: "De behandeling wordt afgesloten
# met een eindgesprek", "Iedere behandeling begint met een intake" (not a hedged general statement:
# "Therapie wordt meestal afgesloten als ...")
_OWN_TREATMENT = re.compile(r"^(?:\w+\s+){0,3}(?:de|iedere|elke|each|every)\s+(?:behandeling|therapie|behandeltraject|traject|treatment|therapy)\b|^(?:treatment|therapy)\s+(?!is\b|are\b|can\b)\w+")
_HEDGE = re.compile(r"\b(?:meestal|vaak|doorgaans|soms|kan|kunnen|usually|often|generally|sometimes|can|may)\b")
_END_CARE = re.compile(r"\b(?:huisarts\w*|verwijzer|gp|brief|letter|verslag\w*|bericht|report|evalu\w*|terugkijk\w*|terug\s+op|gesprek\w*|sessie\w*|sessions?|"
                       r"terugval\w*|relapse|nazorg|aftercare|follow\w*|afspraak|afspraken|appointment|terugkom\w*|look\s+back|review)\b")
_KEEPS_USING = re.compile(r"\b(?:blijven|blijft|blijf)\s+(?:\w+\s+){0,2}(?:gebruiken|inloggen|raadplegen)|toegang\s+(?:\w+\s+){0,2}(?:houden|behouden|houdt)|"
                          r"\b(?:houd|houdt|behoud|behoudt)\s+(?:\w+\s+){0,6}?toegang\b|"
                          r"keep\s+(?:using|access)|continue\s+(?:to\s+use|using)|still\s+(?:use|access)\b")
_END_ADMIN = re.compile(r"\b(?:dossier\w*|factu\w*|betal\w*|bewaar\w*|bewaren|archie\w*|kosten|rekening|vragenlijst\w*|file|records?|invoice\w*|bill\w*|pay\w*|kept|stored?)\b")


# the treatment plan being made with the client ("samen stel ik een behandelplan op", "we draw up a
# treatment plan"), not a plan that something else follows ("de modules sluiten aan bij uw behandelplan")
_MAKING_PLAN = re.compile(r"\b(?:stel\w*|maak\w*|maken|gemaakt|opgesteld|opstellen|draw\w*|drew|agree\w*|bespreek\w*|bespreken|besproken|formul\w*|"
                          r"bepal\w*|vast\w*|set|setting|defin\w*)\b")
# what is evaluated is the treatment, its progress or its goals (not the practice's quality)
_EVALUATED = re.compile(r"\b(?:behandeling|therapie|voortgang|vooruitgang|doelen|doel|aanpak|progress|goals|treatment|therapy|hoe\s+het\s+(?:gaat|met\s+\w+\s+gaat)|how\s+(?:things|you|it)\s+(?:are|is)\b)")
# ... over the course of the treatment, not after every single session ("na elke sessie evalueren we")
_PER_SESSION = re.compile(r"\b(?:na|aan\s+het\s+eind\w*\s+van|after|at\s+the\s+end\s+of)\s+(?:elke|iedere|each|every)\s+(?:sessie|gesprek|afspraak|session|meeting)\b")
# the practice's own step done by one of its roles: "de intake wordt gedaan door de regiebehandelaar"
_DONE_BY = re.compile(r"\b(?:wordt|worden)\s+(?:\w+\s+){0,3}(?:gedaan|uitgevoerd|afgenomen|gevoerd|verricht)\s+(?:\w+\s+){0,2}door\s+(?:de|een|onze|één|een\s+van\s+(?:de|onze))\s+"
                      r"(?:\w+\s+)?(?:regiebehandelaar|hoofdbehandelaar|behandelaar|psycholoog|psychologen|gz-psycholoog|psychotherapeut|psychiater|therapeut)\w*"
                      # in English: "the intake is done by the lead practitioner", "is carried out by one of our psychologists"
                      r"|\b(?:is|are|will\s+be)\s+(?:\w+\s+){0,2}(?:done|carried\s+out|conducted|performed|held)\s+(?:\w+\s+){0,2}by\s+(?:the|an?|our|one\s+of\s+(?:the|our))\s+"
                      r"(?:\w+\s+)?(?:practitioner|clinician|psychologist|psychotherapist|psychiatrist|therapist)s?\b")
# the first meeting is the intake: "de eerste afspraak is een intakegesprek", "our first session is an assessment"
_FIRST_IS = re.compile(r"\b(?:de|het|je|jouw|uw|onze?|the|your|our)\s+(?:eerste|first|initial)\s+(?:afspraak|gesprek|sessie|consult|contact|appointment|session|meeting)\s+(?:is|wordt|bestaat\s+uit|will\s+be)\b")
_WHERE_HOW_LONG = re.compile(r"\b(?:vindt|vinden|plaatsvinden|takes?)\s+(?:\w+\s+){0,3}(?:plaats|place)\b|\b(?:duurt|duren|lasts?|takes)\b")


def _path_page(page: PageInfo) -> bool:
    """The page's address or title says it is about the client's route (aanmelden, werkwijze)."""
    return page_titled(page, ("process", "path_page"))


def _first_per_phase(sc: PageScore) -> list[Unit]:
    out: list[Unit] = []
    for ph in PHASES:
        m = next((m for m in sc.mentions if not m.heading and ph in m.phases), None)
        if m is not None:
            out.append(m.unit)
    return out


@register
class Opbouw(Check):
    topic = "opbouw"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-9"
    message_keys = ("voldoet", "partial", "partial_brief", "missing")
    per_page = False  # weighs its pages itself (score_page), and joins the parts of the path on pages about it

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        scores = [score_page(st, i) for i in range(len(st.pages))]
        scores = [s for s in scores if s.mentions]
        if not scores:
            # an ending word read as the end of something else ("elke sessie sluiten we af met een
            # oefening") is a reading the reviewer checks
            other = [u for u in st.units if _other_ending(u) and not _skip(st, u)][:3]
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.55 if other else 0.7, needs_review=bool(other),
                                evidence=evidence(other))
        best = max(scores, key=lambda s: (s.verdict, len(s.passage), len(s.phases), s.step_units))
        details = {"phases_on_best_page": sorted(best.phases), "page": st.pages[best.page].url, "signals": best.signals()}
        found_all = f"{UI_STRINGS['start']} {UI_STRINGS['to']} {UI_STRINGS['end']}"
        if best.verdict == 2:
            return self.finding(ctx, "voldoet", "voldoet", confidence=0.8, evidence=evidence(_first_per_phase(best)),
                                details=details, found=found_all)

        # across pages about the treatment path, each describing its part
        site_phases: dict[str, Unit] = {}
        for s in scores:
            if s.verdict >= 1 and s.process_page:
                for ph in PHASES:
                    m = next((m for m in s.mentions if not m.heading and ph in m.phases and not _enumeration(m)), None)
                    if m is not None:
                        site_phases.setdefault(ph, m.unit)
        if set(site_phases) == set(PHASES):
            details["phases_across_pages"] = sorted(site_phases)
            return self.finding(ctx, "voldoet", "voldoet", confidence=0.65, evidence=evidence([site_phases[ph] for ph in PHASES]),
                                needs_review=True, details=details, found=found_all)

        if best.verdict == 0:
            # a passing mention ("neem de verwijsbrief mee naar het eerste gesprek") describes no treatment path;
            # the reviewer looks only where a sentence names a phase (a heading alone, or a
            # questionnaire at the intake, is no description of a phase: clearly nothing found)
            doubt = bool(best.phases) or any(_other_ending(u) and not _skip(st, u) for u in st.pages[best.page].units)
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.55 if doubt else 0.65, needs_review=doubt,
                                evidence=evidence([m.unit for m in best.mentions if not m.heading]), details=details)
        present = best.phases | set(site_phases)
        missing = [UI_STRINGS[ph] for ph in PHASES if ph not in present]
        found = join_dutch([UI_STRINGS[ph] for ph in PHASES if ph in present])
        conf = 0.7 if len(present) == 2 else 0.6
        # every phase named, but too briefly for a description of the route: say so, not "nothing missing"
        key = "partial" if missing else "partial_brief"
        return self.finding(ctx, "voldoet_bijna", key, confidence=conf, evidence=evidence(_first_per_phase(best)),
                            needs_review=len(present) == 2, details=details,
                            found=found, missing=join_dutch(missing))


def _referrer_registers(page: PageInfo, usable: list[Mention]) -> bool:
    """On a page for courses, events or referrers, the one start sentence is the referrer's or the
    participant's registration ("verwijzingen kunnen via ZorgDomein"), not the client's first step;
    a page for referrers that tells what the practice does with the client ("daarna nodigen wij de
    cliënt uit voor een intake") does describe the client's route."""
    if not _not_client_page(page):
        return False
    return not any(_own_start_step(m) and _CLIENT_IN_STEP.search(m.unit.low) or _SELF_REGISTERS.search(m.unit.low) for m in usable)


# on a page for referrers, the client's own way in beside the referral: "ouders kunnen hun kind ook zelf aanmelden", "ook
# kunnen cliënten zich rechtstreeks aanmelden", "clients can also register directly" (the client's aanmelding, "bijna")
_SELF_REGISTERS = re.compile(
    r"\b(?:(?:ouders|cli[eë]nten|de\s+cli[eë]nt|u|je|jij|parents|clients|the\s+client|you)\s+(?:kunnen|kan|kunt|kun|mogen|mag|can|may)|"
    r"(?:kunnen|kan|kunt|kun|mogen|mag)\s+(?:ouders|cli[eë]nten|de\s+cli[eë]nt|u|je|jij))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:zelf|rechtstreeks|zelfstandig|themselves|yourself|directly)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aanmelden|aan\s+te\s+melden|register|sign\s+up|apply|contact)\b|"
    r"(?:register|sign\s+up|apply)\s+(?:themselves\s+|yourself\s+)?(?:directly|themselves|yourself)\b)")


# the client (or patient) is the one the step is done with
_CLIENT_IN_STEP = re.compile(r"\b(?:cli[eë]nt\w*|pati[eë]nt\w*|client\w*|patient\w*|uw\s+verwezene|de\s+verwezene)\b")


# a call to plan or book the practice's first meeting: "Plan een gratis kennismakingsgesprek", "Vraag
# een vrijblijvend intakegesprek aan", "Book a free 15-minute consultation"
_BOOK = re.compile(r"\b(?:plan|boek|reserveer|maak|vraag|book|schedule|request|arrange)\s+(?:\w+\s+){0,2}(?:een|je|jouw|uw|a|an|your)\s+(?:\w+[-\s]){0,3}?"
                   r"(?:\w*kennismak\w*|intake\w*|\w*gesprek|\w*consult\w*|call|consultation|session|appointment)\b")
_FIRST_MEETING_WORD = re.compile(r"kennismak|intake|vrijblijvend|orienter|gratis|kosteloos|free|introduct|initial|first|eerste")


def _books_first_meeting(m: Mention) -> bool:
    """One sentence inviting the reader to plan the practice's first meeting (see ``_BOOK``); not a
    course, a newsletter or therapy in general."""
    if set(m.phases) != {"start"} or m.measuring:
        return False
    low = m.unit.low
    b = _BOOK.search(low)
    if b is not None and len(m.unit.text.split()) <= _BUTTON_WORDS and not _MEETING_DETAIL.search(low):
        return False  # "Plan een kennismaking", "Book a call": a button a site repeats on every page, not the step told
    return (b is not None and bool(_FIRST_MEETING_WORD.search(b.group(0))) and not _NOT_CLIENT_REGISTRATION.search(low)
            and not _GENERAL_VOICE.search(low) and not (_PLACE_ERRAND.search(low) and not _EXPLORES.search(low)))


# a call of this many words or fewer is a button, unless it tells something of the meeting: that it is free or without
# obligation, how long it takes or how it is held ("Plan een gratis kennismakingsgesprek", "Book a free 15-minute call")
_BUTTON_WORDS = 5
_MEETING_DETAIL = re.compile(r"\b(?:gratis|kosteloos|vrijblijvend\w*|free|no[-\s]obligation|\d+\s*-?\s*(?:min\w*)|kwartier|half\s+uur|"
                             r"telefonisch\w*|by\s+phone|online|video\w*|face[-\s]to[-\s]face)\b")
