"""2b-8 Inclusie- en exclusiecriteria cliëntendoelgroep.

Voldoet when the site says concretely which complaints or clients are treated (at least two
complaint kinds, in an inclusion context: "Voor wie", "wij behandelen", "u kunt terecht met") AND
which are not or when to go elsewhere (an exclusion naming complaints or severity: "wij behandelen
geen verslaving", "bij acute crisis of complexe problematiek verwijzen wij naar de specialistische
GGZ", a list under "Exclusiecriteria"). One side only is voldoet_bijna. Reimbursement rules
("wordt niet vergoed") and referral-letter requirements are not clinical criteria (a sentence on money
still says whom the care is meant for when it names complaints or a severity band without negation); a general
description of a profession ("een psycholoog behandelt ...") is not the practice's own doelgroep,
nor is a method's evidence ("CGT is effectief bij angst"), an illustration to the reader ("je kunt
bijvoorbeeld somber worden") or a practitioner's past career. The other side may be said without
complaints: a conditional misfit with a referral ("als u niet bij ons op de juiste plek bent,
verwijzen wij u door"); a referral by the GP in general is not the practice's exclusion. Beside an
explicit exclusion or contra-indication list, the items of a criteria list ("Verwijsindicaties")
and unframed sentences about care on the same page are the treated side (flagged for review).

Read as meaning, not as words: one sentence may hold both sides ("wij behandelen angst, maar geen
verslaving"; "... lichte tot matige klachten; bij complexe problematiek verwijzen wij door"), split at
its turn; a negated criterion ("- geen actieve verslaving") is the excluded side; a section of the
practice's own page named for a client group ("Kinderen en jongeren (4-18 jaar)"), care said to be meant
for people ("bedoeld voor mensen die ...") or a question to the reader answered by the offer ("Heb je
last van angst? Dan kan ik je helpen") is the treated side. Not the practice's target group: emergency
advice that only turns away a crisis ("bij spoed kunt u niet bij ons terecht, bel 112"), partners in
care ("wij werken samen met de verslavingszorg"), an intake stop, how a complaint is treated in general
("de behandeling bij angst bestaat uit ..."), a level of the care system as the subject ("specialistische
ggz is bedoeld voor ..."), a cookie banner taken for a page title.

The target question turned round ("Waarmee niet?", "Who is it not for?") heads the other side, as
does "wij behandelen geen kinderen ouder dan 12"; a verbless tagline for a client group ("Voor
kinderen van 4 tot 12 jaar met angst") is the treated side; under "Indicaties en contra-indicaties"
each lead-in says its side, and a row of a table on what is treated says it by its yes or no. On the
practice's own target-group page, other care said to be the better way for some ("soms biedt de hulp
van een maatschappelijk werker een betere oplossing") is when to go elsewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (is_menu_line, is_cost_page, addresses_others, evidence, in_boilerplate_section, in_legal_section, is_cost, is_course_page, is_links_page,
                                  is_editorial_page, is_legal_page, is_recruiting, reads_as_article, is_referral_letter,
                                  is_general_page, is_heading_like_line, is_vacancy_page, line_lead, READER_VOICE, is_waiting_time, join_dutch, list_lead, not_own_content, opens_quotation,
                                  own_name_spans, page_titled, some_sentence,
                                  speaks_of_care_in_general, tells_own_care)
from checks.text.patterns import QuickRegex, negated
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "severity": "ernstige of complexe problematiek",
    "clients": "bepaalde cliëntgroepen",
    "complaints": "psychische klachten",
    "referral": "wie niet bij de praktijk past, wordt doorverwezen",
}

_GENERIC_SUBJECT = re.compile(r"^(?:een|de)\s+(?:gz-?\s?)?(?:psycholoog|psychotherapeut|psychiater|therapeut|orthopedagoog)\b")
_EXPLICIT_INCLUSION = {"terecht", "bedoeld", "lichte tot matige"}
_PRONOUN = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|mij|u|je|jij|jouw|uw)(?![a-z])")
_STRONG_FRAME = {"eigen behandeling", "terecht bij ons"}
# a complaint word inside quotes names a training, book or title ("de training 'Omgaan met angst'")
_QUOTED = re.compile(r"(?:(?<=\s)|^)['\"][^'\"]{2,60}['\"](?![a-z])")
_BOTH_SIDES = re.compile(r"(?<![a-z])in(?:clusie)?[- ]*(?:en|&|/)\s*exclusie|inclusion and exclusion|(?<![a-z])indicaties?\s+(?:en|&|/)\s+contra[- ]?indicaties?|"
                         r"indications?\s+(?:and|&|/)\s+contra[- ]?indications?")
# a "heading" that is a paragraph of prose (a page builder's styled intro): read as a sentence
_PROSE_HEADING = re.compile(r"^(?:\S+\s+){11,}\S+[.!]$")
# the one who refers or decides is the GP, the POH-GGZ, a company doctor or the insurer
_REFERRER = re.compile(r"(?<![a-z])(?:de|uw|je|jouw)\s+(?:huisarts|poh(?:[\s-]?ggz)?|praktijkondersteuner|bedrijfsarts|verwijzer|zorgverzekeraar)\w*\s+(?:\w+\s+){0,3}(?:kan|kunnen|zal|zullen|verwijst|verwijzen|beslist|bepaalt|besluit|stuurt)|(?:verwijst|verwijzen|stuurt)\s+(?:de|uw|je)\s+(?:huisarts|poh|praktijkondersteuner|bedrijfsarts)")
_PRONOUN_SELF = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mij|mijn)(?![a-z])")
# the practice spoken of in the third person ("de therapeut", "onze psycholoog", "the therapist", "the practice")
_THE_PRACTITIONER = re.compile(r"(?<![a-z])(?:de|onze|mijn|the|our|my)\s+(?:[a-z]+-?)?(?:therapeut|psycholoog|psychotherapeut|behandelaar|hulpverlener|praktijk|"
                               r"therapist|psychologist|practitioner|counsel+or|practice)(?:en|s)?(?![a-z])")
_COMPLAINT_LIST = re.compile(r"(?:klachten|problemen)\s+(?:als|zoals)")
_EVIDENCE_CLAIM = re.compile(r"effecti|bewezen|werkza")
# a career in a practitioner's bio ("ik werkte eerst met volwassenen") is no target group of the practice
_CAREER = re.compile(r"(?<![a-z])(?:werkte|werkten|gewerkt|behandelde|begeleidde|overgestapt|worked)(?![a-z])")
_TREAT = re.compile(r"behandel|help|begeleid|terecht|aanmeld|hulp|zorg|therapie")
# a sentence about care or a practice of care (not "a play corner for children in the waiting room")
_CARE = re.compile(r"behandel|help|begeleid|ondersteun|terecht|aanmeld|aangemeld|(?<![a-z])meld\w*\s+(?:\S+\s+){0,4}?aan(?![a-z])|hulp|zorg|therap|ggz|psycholo|psychiat|counsel|treat|care(?![a-z])|support|verwijs|verwijz")
# a subordinate clause after the statement of the care, in which the complaints are told ("je kunt bij ons terecht als ...")
_SUBORDINATE = re.compile(r"(?<![a-z])(?:als|wanneer|indien|omdat|doordat|terwijl|if|when|because)(?![a-z])")
_NEG_WORD = re.compile(r"(?<![a-z])(?:geen|niet|nooit|not|no)(?![a-z])")


def _negation_describes_complaint(low: str, hits) -> bool:
    """Every negation of the sentence stands in a clause that tells the complaint, after the statement of the care and a
    subordinator, away from any complaint named ("welkom voor hulp wanneer u piekert, of als een verlies u niet
    loslaat"): part of what troubles the client, no one turned away ("terecht als je niet verslaafd bent" keeps its
    negation next to the complaint)."""
    care = _TREAT.search(low)
    if care is None:
        return False
    sub = _SUBORDINATE.search(low, care.end())
    negs = list(_NEG_WORD.finditer(low))
    if sub is None or not negs or any(n.start() < sub.start() for n in negs):
        return False
    return not any(h.on == "low" and 0 <= h.start - n.end() <= 12 for n in negs for h in hits)


# the practice sees or treats the complaints it gives as examples ("wij zien onder andere ..."), not
# discusses them ("tijdens de intake bespreken we uw klachten, bijvoorbeeld ...")
_SEES = re.compile(r"(?<![a-z])(?:behandel\w*|help\w*|begeleid\w*|ondersteun\w*|terecht|zie|zien|ziet|hulp|werk\w*\s+(?:\w+\s+)?met|richt\w*|speciali\w*|treat\w*|see)(?![a-z])")
# treating itself is denied ("kunnen wij niet behandelen", "nemen wij geen ... in behandeling")
_NOT_TREATED = re.compile(r"(?<![a-z])(?:niet|geen)\s+(?:\w+\s+){0,3}(?:behandel\w*|helpen|geholpen|begeleid\w*|in\s+behandeling|aanmelden|aangemeld)|(?:behandel\w*|help\w*|begeleid\w*)\s+(?:wij|we|ik)\s+(?:\w+\s+)?(?:niet|geen)(?![a-z])|(?<![a-z])(?:wij|we|ik)\s+(?:\w+\s+)?(?:behandel|help|begeleid|bied)\w*\s+(?:\w+\s+)?(?:niet|geen)(?![a-z])|(?:do|does|can)\s*(?:not|n't)\s+(?:treat|help|see|accept|work\s+with|take\s+on)|(?:cannot|can't|can\s+not|will\s+not|won't)\s+be\s+(?:seen|treated|helped|accepted|taken\s+on|admitted)(?!\s+(?:in\s+person|face|physically))"
                          # ... or left out of the offer ("kinderen en jongeren behoren niet tot mijn aanbod", "valt buiten ons aanbod")
                          r"|(?:behoort|behoren|hoort|horen|valt|vallen)\s+(?:niet\s+(?:tot|onder|binnen|bij)|buiten)\s+(?:ons|mijn|het)\s+(?:behandel)?aanbod")
# a question about whether the care fits ("Wanneer kunt u niet bij ons terecht?"), not about
# practicalities ("Is het niet mogelijk om overdag te komen?")
_FIT_WORDS = re.compile(r"terecht|geschikt|bedoeld|behandel|helpen|passend|juiste|suitable|treat|help")
# the client is better helped elsewhere ("kunt u beter terecht bij", "aan het verkeerde adres")
_BETTER_ELSEWHERE = re.compile(r"beter\s+terecht|beter\s+(?:op\s+)?(?:zijn|haar|je|jouw|uw|z'n)\s+(?:plaats|plek)|verkeerde\s+adres|beter\s+geholpen|better\s+(?:helped|suited|served)")
# a sentence about people in general ("Iedereen voelt zich weleens somber", "Veel mensen met angst
# vermijden ...", "Many people ..."): an illustration, not whom the practice treats
_PEOPLE_IN_GENERAL = re.compile(r"^(?:iedereen|ieder mens|veel mensen|de meeste mensen|sommige mensen|mensen|een op de \w+|everyone|many people|most people|some people|people)(?![a-z])")
# the start of a criterion up to its complaint is a negation ("geen ", "er is geen actuele ", "zonder ")
_NEGATED_ITEM = re.compile(r"\W*(?:(?:er\s+)?(?:is|zijn|mag|mogen|moet|moeten)\s+(?:er\s+)?)?(?:geen|zonder|no|without|niet)\s+(?:(?:sprake\s+(?:zijn\s+)?van|[\w-]+)\s+){0,3}")
# a heading that names the target group ("Voor wie?", "Doelgroep", "Geschikt voor", "Bedoeld voor", "For whom", "Who
# I work with", "Who is our therapy for?") or opens a list of what the practice helps with ("Hulp bij", "Wij helpen bij", "Help with"); not
# "Klachten" or "Wanneer", which also head descriptions of symptoms
_TARGET_HEADING = re.compile(r"^\W*(?:(?:psychologische\s+|professionele\s+)?(?:hulp|behandeling|begeleiding|therapie)\s+(?:bij|voor)\s*$|(?:wij|we|ik)\s+(?:helpen|help|behandelen|behandel)\s+(?:\w+\s+)?(?:bij|met)\s*$|help\s+with\s*$|(?:i|we)\s+(?:can\s+)?help\s+with\s*$|voor\s+wie|doelgroep\w*|(?:\w+\s+){0,3}(?:geschikt|bedoeld|bestemd)\s+voor|for\s+whom|who\s+(?:is\s+it\s+for|(?:we|i)\s+(?:help|treat|work\s+with|see))|who\s+(?:is|are)\s+(?:[\w-]+\s+){1,3}?for\W*$)(?![a-z])")
# the sentence names the people, with what they have or do ("Mensen met angst", "Volwassenen die vastlopen")
_PEOPLE_WITH = re.compile(r"^(?:mensen|volwassenen|people|adults)\s+(?:met|die|with|who)(?![a-z])")
# a heading that asks or says what the practice does not do or offer ("Wat doen wij niet?", "Wat bieden we niet",
# "Waarmee kunnen wij u niet helpen?", "What we don't do")
_EXC_HEADING = re.compile(r"^\W*(?:wat|waarmee|waarvoor)\s+(?:(?:doen|doe|bieden|biedt|behandelen|behandel|helpen|help|kunnen|kan|begeleiden)\s+)?"
                          r"(?:wij|we|ik)\s+(?:(?:u|je|jou)\s+)?(?:(?:doen|bieden|behandelen|helpen|begeleiden)\s+)?niet"
                          r"(?:\s+(?:doen|bieden|behandelen|helpen|begeleiden|mee\s+helpen))?\W*$"
                          r"|^\W*what\s+(?:we|i)\s+(?:do\s+not|don't|cannot|can't)\s+(?:do|offer|treat|help\s+with)\W*$")
# the words of care, clients and their problems: a sentence under a heading of what the practice does not do names something
# of its care only with one of them ("Geen relatietherapie", "We are no crisis service", "Wij schrijven geen verklaringen
# voor de rechter")
_CARE_OR_CLIENTS = re.compile(r"(?<![a-z])(?:behandel\w*|therap\w*|hulp\w*|help\w*|zorg\w*|begeleid\w*|klacht\w*|probl\w*|stoornis\w*|"
                              r"diagnos\w*|onderzoek\w*|verwij\w*|cli[eë]nt\w*|client\w*|pati[eë]nt\w*|kind\w*|jonger\w*|jeugd\w*|"
                              r"volwassen\w*|ouders?|stel|stellen|gezin\w*|mensen|people|persons?|adults?|children|teenagers?|couples?|"
                              r"famil\w*|treat\w*|care|support\w*|counsel\w*|assess\w*|refer\w*|crisis|spoed\w*|urgent\w*|emergenc\w*|"
                              r"verslav\w*|addict\w*|psych\w*|trauma\w*|rouw|angst\w*|anxi\w*|depress\w*|medicat\w*|medicijn\w*|"
                              r"rapport\w*|verklaring\w*|reports?|letters?|attest\w*|court|rechtb\w*|rechter|forens\w*|advie\w*|advi[cs]e|"
                              r"sessie\w*|sessions?|gesprek\w*|consult\w*|intake\w*|groep\w*|groups?|training\w*|coach\w*)(?![a-z])")
# more wordings of "not here": a condition the client must not meet ("er mag geen sprake zijn van ..."), the
# practice advising other care ("raden wij aan contact op te nemen met een gespecialiseerde instelling",
# "adviseren wij de specialistische GGZ"), or talking about a fitting referral ("overleggen wij met de huisarts
# over een passende verwijzing")
_MORE_EXCLUSION = re.compile(
    r"(?<![a-z])(?:mag|mogen|mag\s+er|mogen\s+er)\s+(?:er\s+)?geen\s+sprake\s+(?:zijn\s+)?van(?![a-z])"
    r"|(?<![a-z])(?:raden|raad|adviseren|adviseer|verwijzen|verwijs)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,8}?(?:gespecialiseerde|specialistische|tweedelijns|verslavingszorg|ggz-instelling|andere\s+(?:zorgverlener|hulpverlener|behandelaar|instelling|praktijk))(?![a-z])"
    r"|(?<![a-z])(?:over|naar)\s+(?:een\s+)?(?:passende|andere|geschikte)\s+(?:door)?verwijzing(?![a-z])")


# the own care is not aimed at some ("wij richten ons niet op ernstige of complexe problematiek", "onze praktijk is
# niet ingericht op crisiszorg", "our practice is not set up for severe addiction", "we do not focus on eating
# disorders") - not a contrast of goals ("niet gericht op het wegnemen van alle klachten, maar op ...")
_NOT_AIMED = re.compile(r"(?<![a-z])(?:richt\w*\s+(?:zich|ons|mij|me)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?op|(?:is|zijn)\s+(?:\w+\s+)?niet\s+(?:\w+\s+)?"
                        r"(?:gericht\s+op|ingericht\s+(?:op|voor)|toegerust\s+(?:op|voor)|bedoeld\s+voor)|(?:is|are)\s+not\s+(?:\w+\s+)?(?:aimed\s+at|designed\s+for|"
                        r"geared\s+(?:to|towards)|set\s+up\s+for|intended\s+for|meant\s+for|equipped\s+(?:for|to))|(?:we|i)\s+(?:do\s+not|don't)\s+(?:focus\s+on|"
                        r"speciali[sz]e\s+in|aim\s+at|cater\s+(?:to|for))"
                        # ... nor specialised in it ("wij zijn niet gespecialiseerd in", "we are not specialised in", "we have no expertise in")
                        r"|(?:zijn|ben|is)\s+(?:\w+\s+)?niet\s+gespecialiseerd\s+in|(?:are|am|is)\s+not\s+speciali[sz]ed\s+in"
                        r"|(?:hebben|heb|heeft|have|has)\s+(?:\w+\s+)?(?:geen|no)\s+(?:\w+\s+)?(?:expertise|specialisatie|specialism)\s+(?:in|met|op|with))(?![a-z])")
_GOAL_TURN = re.compile(r",?\s+(?:maar|but)\s+(?:(?:wel|vooral|juist|eerder|rather)\s+)?(?:op|om|aan|on|at|to)(?![a-z])|(?<![a-z])rather\s+than(?![a-z])")
_GOAL_CONTRAST = re.compile(r"(?<![a-z])(?:maar|doch|wel|but|rather|instead)(?![a-z])")
_OWN_CARE_WORDS = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|our|my|i)(?![a-z])|praktijk|practice")


def _not_aimed_at(low: str) -> bool:
    if "niet" not in low and "not" not in low and "n't" not in low:
        return False
    m = _NOT_AIMED.search(low)
    return bool(m) and not _GOAL_CONTRAST.search(low[m.end():]) and bool(_OWN_CARE_WORDS.search(low[:m.end()]))


def _more_exclusion(low: str) -> bool:
    return ("geen sprake" in low or "raad" in low or "raden" in low or "advise" in low or "verwij" in low) and bool(_MORE_EXCLUSION.search(low))


# the practice advises the reader to seek other care ("raden we u aan daar eerst hulp te zoeken", "adviseer ik je
# contact op te nemen met de huisarts", "we would advise you to contact your GP")
_ADVISES_ELSEWHERE = QuickRegex(r"(?<![a-z])(?:raden|raad|adviseren|adviseer|advise|recommend)\s+(?:(?:wij|we|ik|i|would)\s+)+(?:\w+\s+){0,8}?"
                                r"(?:daar|elders|huisarts\w*|poh\w*|ggz\w*|instelling|verslavingszorg|maatschappelijk\w*|andere|gp|elsewhere|other|specialis\w*|specializ\w*)(?![a-z])")
# the sentence names its content as contra-indications or exclusion criteria
_NAMED_EXCLUSION = re.compile(r"(?<![a-z])(?:contra[- ]?indicat\w*|exclusiecriteri\w*|uitsluitingscriteri\w*|exclusion\s+criteria)(?![a-z])")


# a heading on how the practice works ("Zo werken wij", "Hoe ik werk", "Onze werkwijze", "How we work"): the
# way of working, not whom it works with, so no frame for the complaints below it (a blog teaser, a step)
_HOW_HEADING = re.compile(r"^\W*(?:zo|hoe|so|how|this\s+is\s+how)\s+(?:(?:wij|we|ik|i)\s+)?(?:werk|werken|werkt|work|works)(?:\s+(?:wij|we|ik))?\W*$|werkwijze|working\s+method|^\W*(?:our|my)\s+approach\W*$")


# measuring clients' experience or complaints (a questionnaire, the CQI, ROM)
# (also a grade the clients gave: "Jongeren vanaf 12 jaar gaven ons gemiddeld een 7,6", "adults rated us 8.4": the group
# as respondents of a measurement)
_MEASURING = re.compile(r"(?<![a-z])(?:cqi|cq-index|consumer\s+quality|vragenlijst\w*|questionnaire\w*|tevredenheidsonderzoek\w*|rom|rapportcijfer\w*)(?![a-z])"
                        r"|(?<![a-z])(?:gemiddeld\w*|average|gaven|gave|gegeven|rated|rate|waardeerden|beoordeelden)\s+(?:[\w-]+\s+){0,5}(?:een\s+|an?\s+)?"
                        r"(?:[1-9]|10)[,.]\d(?![\d])")
# a short label before a colon that opens a sentence ("Niet bij ons: ...", "Not for: ...")
_OPENING_LABEL = re.compile(r"^\W*([^:.!?]{2,30}):\s")
# a product named after its kind ("de app Stemmingsmaatje", "het platform Angstvrij Online", "the Worry Less app" is
# not caught): its name is no complaint the practice treats
_PRODUCT_NAME = re.compile(r"(?<![A-Za-z])(?:app|platform|programma|module|training|cursus|tool|website|application|programme|program)\s+"
                           r"((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)")


def _product_names(u: Unit) -> list[tuple[int, int]]:
    if len(u.text) != len(u.low):
        return []
    return [m.span(1) for m in _PRODUCT_NAME.finditer(u.text)]


# a care noun right after a severity word, maybe after a second one ("langdurige therapie", "langdurige of specialistische
# behandeling", "long-term therapy")
_CARE_AFTER = re.compile(r"\s+(?:(?:of|en|or|and)\s+[\w-]+\s+)?(?:therapie\w*|behandeling\w*|zorg|hulp|ggz|begeleiding|trajecten?|"
                         r"therapy|therapies|treatment\w*|care|help)(?![a-z])")


# the practice says it does not give something ("bieden wij niet", "doen we niet", "we do not offer"), not that the client
# is not at the right place ("voor langdurige hulp zit je hier niet goed", "dan kunt u niet bij ons terecht")
_OFFER_VERB = re.compile(r"(?<![a-z])(?:bieden|biedt|bied|geven|geeft|doen|doet|offer|offers|provide|provides)(?![a-z])")
# ... a kind of care by its length or level (not "crisis care": a crisis is the client's state, "I cannot offer crisis
# care" turns a client in crisis away)
_KIND_OF_CARE = re.compile(r"(?:langdur|specialis|gespecialiseerd|intensie|long|more\s+intensive)")
_CLIENT_FIT = re.compile(r"(?<![a-z])(?:adres|plek|plaats|terecht\w*|geschikt|passend|past|place|right|suitable|fit)(?![a-z])")


def _only_care_denied(u: Unit, severity) -> bool:
    """The practice says it does not offer a kind of care (``_OFFER_VERB``, no client fit), and every severity word of the
    unit qualifies that care (``_CARE_AFTER``), not the client's problems."""
    if not _OFFER_VERB.search(u.low) or _CLIENT_FIT.search(u.low):
        return False
    hits = [h for h in severity.find(u) if h.on == "low"]
    return bool(hits) and all(_CARE_AFTER.match(u.low, h.end) and _KIND_OF_CARE.match(u.low, h.start) for h in hits)


def _more_care_next(st, u: Unit, referral) -> bool:
    """The next sentence goes on with who needs more care or where to go ("Blijkt er meer nodig, dan ..."): the
    denied care opens the other side."""
    nxt = st.neighbours(u, 0, 1)[1:]
    return bool(nxt) and nxt[0].page == u.page and bool(_MORE_CARE_NEEDED.search(nxt[0].low) or referral.search(nxt[0])
                                                          or _CLIENT_FIT.search(nxt[0].low))


# a grade out of ten ("7,8", "8.1")
_GRADE = re.compile(r"(?<![\d,.])(?:10|[1-9])[,.]\d(?![\d,.])")


def _grade_row(u: Unit) -> bool:
    """A row of a table of grades per group, under or beside the grade it breaks down ("Uitgesplitst naar doelgroep:" /
    "Volwassenen: 7,7" / "Ouderen: 8,0"): how each group rated the care, not whom the practice treats."""
    if not _GRADE.search(u.text):
        return False
    heads = [u.low] + [h.lower() for h in u.headings[-2:]]
    return any(terms("process", "measurement").search_text(h) or "cijfer" in h or "grade" in h or "score" in h for h in heads)


# the problems are said not to be so severe that other care is needed ("die niet zo ernstig zijn dat specialistische
# zorg nodig is", "not so severe that specialist care is needed"): a severity band of the treated side
_NOT_SO_SEVERE = re.compile(r"(?<![a-z])(?:niet|geen|not)\s+(?:zo|dermate|dusdanig|zodanig|zo'n|te|so|too)\s+(?:\w+\s+){0,2}?"
                            r"(?:ernstig|complex|zwaar|hevig|intensief|severe|serious|complex)\w*\s+(?:\w+\s+){0,2}?(?:dat|om|that|as\s+to)(?![a-z])"
                            r"|(?<![a-z])not\s+(?:severe|serious|complex)\s+enough\s+to(?![a-z])")
# more or other care than the practice's is needed ("is er meer nodig", "als specialistische zorg nodig is", "should
# longer or more specialist help prove to be needed", "if you need more, ..."), not more of something else ("meer informatie nodig")
_MORE_WORD = r"(?:meer|andere|intensievere|zwaardere|langere|langdurigere|langdurige|specialistische|gespecialiseerde|more|other|longer-term|long-term|longer|specialised|specialized|specialist|intensive)"
_MORE_CARE_NEEDED = re.compile(r"(?<![a-z])(?:need|needs|require|requires)\s+(?:\w+\s+)?" + _MORE_WORD + r"\s+(?:(?:(?:or|and)\s+)?" + _MORE_WORD + r"\s+)*"
                               r"(?:care|help|treatment|therapy|support)(?![a-z])|(?<![a-z])" + _MORE_WORD + r"\s+(?:(?:(?:of|or|en|and)\s+)?" + _MORE_WORD + r"\s+)*"
                               r"(?:(?:zorg|hulp|behandeling|begeleiding|therapie|ggz|care|help|treatment|therapy|support)\s+)?"
                               r"(?:(?:is|zijn|blijkt|blijken|lijkt|lijken|te|er|turns?|out|to|be|seems?|appears?|are|would|will|may|might)\s+){0,4}"
                               r"(?:nodig|vereist|noodzakelijk|needed|required|necessary)(?![a-z])|(?<![a-z])(?:need|needs|require|requires)\s+more(?=\s*(?:[,;.]|than\s|$))")
# ... after the treatment, on the way back (a referral back to the GP is no exclusion)
_AFTER_CARE = re.compile(r"(?<![a-z])(?:terug\w*|na\s+(?:afloop|afronding|de\s+behandeling)|after\s+(?:the\s+)?(?:treatment|therapy)|back\s+to)(?![a-z])")


# the practice by its name as the one who offers the care ("GGZ Noord biedt kortdurende hulp aan volwassenen", "De
# Linde helpt jongeren", "Mindful Expats offers therapy to ..."), not named in a grade or a measurement
_OFFERS_AFTER_NAME = re.compile(r"\s+(?:\w+\s+)?(?:biedt|bieden|levert|leveren|helpt|helpen|behandelt|behandelen|begeleidt|begeleiden|ondersteunt|"
                                r"is\s+er\s+voor|richt\s+zich|werkt\s+met|offers|provides|helps|treats|supports|works\s+with)(?![a-z])")


def _name_offers(u: Unit) -> bool:
    if len(u.text) != len(u.low) or _MEASURING.search(u.low):
        return False
    return any(_OFFERS_AFTER_NAME.match(u.low, end) for _, end in own_name_spans(u.text, u.url))


# "zij" / "they" right after a sentence on the practice's own team ("Op onze locatie werkt een team van
# psychologen en een psychotherapeut. Samen bieden zij behandeling aan volwassenen."): the practice speaking of itself
_THEY = re.compile(r"(?<![a-z])(?:zij|ze|they)(?![a-z])")
_TEAM_WORD = re.compile(r"(?<![a-z])(?:team|behandelaars|behandelaren|psychologen|therapeuten|psychotherapeuten|hulpverleners|"
                        r"psychologists|therapists|psychotherapists|clinicians)(?![a-z])")
_OUR = re.compile(r"(?<![a-z])(?:onze|ons|our)(?![a-z])")


def _own_team_they(st: SiteText, u: Unit) -> bool:
    if not _THEY.search(u.low):
        return False
    before = st.neighbours(u, 1, 0)
    prev = before[0] if len(before) > 1 else None
    return (prev is not None and prev.kind not in ("heading", "title") and bool(_TEAM_WORD.search(prev.low))
            and bool(_OUR.search(prev.low)) and not _THEY.search(prev.low))


# a heading glued to the sentence below it when the page lost its line break ("Kosten van de behandeling Praktijk
# Jansen is een praktijk voor volwassenen ..."): a capitalised word within the first words starts the sentence
_GLUED_START = re.compile(r"^(?:[A-Za-z\u00c0-\u00ff'-]+\s+){1,5}?(?=[A-Z][a-z\u00e0-\u00ff]+\s)")


def _cost_only_in_glued_heading(u: Unit) -> bool:
    """The unit's words on money all stand in a heading glued to its start: the sentence itself is not on money."""
    m = _GLUED_START.match(u.text)
    if m is None or len(u.text) != len(u.low) or len(u.text.split()) < 10 or any(w[:1].isupper() for w in m.group(0).split()[1:]):
        return False
    hits = [h for h in terms("context", "cost").find(u) if h.on == "low"]
    return bool(hits) and all(h.start < m.end() for h in hits)


# a heading that names the practice's offer as a whole ("Aanbod", "Ons behandelaanbod", "Behandelingen", "Treatments")
_OFFER_HEADING = re.compile(r"^\W*(?:ons\s+|onze\s+|het\s+|our\s+)?(?:behandel|zorg|hulp)?(?:aanbod|behandelingen|behandelmethoden|methoden|therapievormen|"
                            r"treatments?|services|therapies)\W*$")


# the topics of an online programme, module or app ("een online platform met programma's voor onder meer stress,
# somberheid en angst", "modules over piekeren en slaap", "an app with modules on anxiety"): what the product
# covers, not whom the practice treats
_MODULE_TOPIC = re.compile(r"(?<![a-z])(?:programma'?s?|modules?|apps?|platforms?|e-?health\w*|cursussen|oefeningen|programmes?|programs?)\s+"
                           r"(?:\w+\s+){0,2}?(?:voor|over|rond|bij|rondom|op\s+het\s+gebied\s+van|for|on|about|covering)\s+"
                           r"(?:onder\s+(?:meer|andere)\s+|bijvoorbeeld\s+|o\.a\.\s+|among\s+others\s+|e\.g\.\s+|such\s+as\s+)?"
                           r"(?P<topics>(?:[\w-]+,?\s+(?:en\s+|of\s+|and\s+|or\s+)?){0,8})$")


def _module_topic(low: str, pos: int) -> bool:
    if not ("programma" in low or "module" in low or "app" in low or "platform" in low or "health" in low
            or "cursussen" in low or "oefeningen" in low or "program" in low):
        return False
    clause = _clause_before(low, pos)
    m = _MODULE_TOPIC.search(clause)
    # ... not a programme for people with the complaints ("een programma voor jongeren met angst"), nor one the
    # practice offers as its care ("wij bieden online programma's voor angst en somberheid")
    return m is not None and not _PEOPLE_WITH_IN.search(m.group("topics")) and not _OFFERS_PRODUCT.search(clause[:m.start() + 1])


_OFFERS_PRODUCT = re.compile(r"(?<![a-z])(?:wij|we|ik|i)\s+(?:\w+\s+)?(?:bied|bieden|biedt|geven|geef|verzorgen|verzorg|offer|provide|run)(?![a-z])"
                             r"|(?<![a-z])(?:bied|bieden|geven|verzorgen)\s+(?:wij|we|ik)(?![a-z])")


_PEOPLE_WITH_IN = re.compile(r"(?<![a-z])(?:met|die|wie|with|who|mensen|clienten|cliënten|kinderen|jongeren|volwassenen|ouders|people|clients|children|adults)(?![a-z])")


# consent or custody for a child's treatment ("toestemming van beide gezaghebbende ouders"): a legal rule
_CONSENT = re.compile(r"(?<![a-z])(?:toestemming|gezag\w*|handtekening\w*|onderteken\w*|consent)(?![a-z])")
# the care does not fit a kind of client ("past niet bij mensen die ...", "niet geschikt voor cliënten met ...")
_NOT_FOR_PEOPLE = re.compile(r"(?:past|passen|geschikt|bedoeld)\s+niet\s+(?:bij|voor)\s+(?:\w+\s+)?(?:mensen|clienten|personen|kinderen|jongeren|volwassenen)\s+(?:die|met|bij\s+wie)(?![a-z])|(?:niet|geen)\s+(?:\w+\s+)?(?:geschikt|passend)\w*\s+(?:voor|bij)\s+(?:\w+\s+)?(?:mensen|clienten|personen)\s+(?:die|met|bij\s+wie)(?![a-z])")
# the practice starts no treatment ("start ik geen behandeling", "kunnen we niet met de therapie beginnen") ...
# an identity document is no identity problem ("neem een geldig identiteitsbewijs mee")
_ID_DOCUMENT = re.compile(r"identiteits(?:bewijs|kaart|document|controle|plicht|papier)")
_NO_START = QuickRegex(r"(?<![a-z])(?:geen|niet)\s+(?:\w+\s+){0,3}(?:behandeling|therapie|begeleiding|traject)\w*\s+(?:\w+\s+){0,4}(?:starten|beginnen|opstarten|aangaan|aanbieden|start|begin)(?![a-z])|(?:start|starten|begin|begint|beginnen)\s+(?:ik|we|wij|(?:de|onze|mijn)\s+(?:therapeut|psycholoog|behandelaar|praktijk|hulpverlener)\w*)\s+(?:\w+\s+){0,2}(?:geen|niet)\s+(?:\w+\s+){0,2}(?:behandeling|therapie|begeleiding|traject)")
# ... when the client (or the parents) will not take part ("niet bereid", "niet gemotiveerd", "niet mee willen doen")
_UNWILLING = re.compile(r"(?<![a-z])(?:niet|geen)\s+(?:\w+\s+){0,2}(?:bereid\w*|gemotiveerd|motivatie|mee\s*(?:te\s+)?werken|meewerken|meedoen|mee\s+(?:willen\s+|te\s+)?doen|betrokken|open\s+staan)(?![a-z])|(?:willing|motivated)\s+to")
# the practice refers the client on (not back to the GP after the treatment)
_REFERS_ON = re.compile(r"(?:verwijz|verwijs)\w*\s+(?:wij|we|ik)\s+(?:(?:u|je|jou|hen|jullie|dan|graag|altijd|direct)\s+){0,2}(?:door(?![a-z])|naar(?![a-z]))|(?<![a-z])(?:we|i)\s+(?:will\s+|then\s+)?refer\s+(?:(?:you|them|clients|children|young)(?![a-z])|(?:on\s+)?to(?![a-z]))")
_NEGATION = re.compile(r"(?<![a-z])(?:niet|geen|not|no)(?![a-z])(?!-[a-z])")  # (not "niet-helpende", "no-show")
# the practice or its reader speaks or is spoken to, not people in general
# the practice's own intake or care told in the passive ("jongeren onder de 16 worden door een ouder aangemeld",
# "clients from 18 are seen by ..."): the practice's process without its pronoun
_OWN_PASSIVE = re.compile(r"(?<![a-z])(?:wordt|worden|kan|kunnen|mag|mogen)\s+(?:[\w()-]+\s+){0,4}?(?:aangemeld|behandeld|geholpen|begeleid|gezien|ingeschreven)(?![a-z])"
                          r"|(?<![a-z])(?:is|are|can\s+be|will\s+be)\s+(?:\w+\s+){0,2}(?:treated|seen|accepted|registered|signed\s+up)(?![a-z])")
_VOICE = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mij|mijn|u|uw|je|jij|jou|jouw|our|my|you|your)(?![a-z])|praktijk|practice")


@dataclass
class Side:
    units: list[Unit] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    severity: bool = False
    groups: bool = False
    inferred: bool = False  # (inclusion) read from unframed sentences or criteria beside an exclusion
    referral: bool = False  # (exclusion) a conditional referral elsewhere when the care does not fit
    listed: bool = False  # (exclusion) items under an explicit heading ("Exclusiecriteria", "Contra-indicaties")

    def add(self, unit: Unit, labels: list[str], severity: bool = False, groups: bool = False) -> None:
        if unit not in self.units:
            self.units.append(unit)
        self.labels.extend(x for x in labels if x not in self.labels)
        self.severity |= severity
        self.groups |= groups


class _Either:
    """Two term sets read as one (complaints.yaml, shared with 2b-6, plus doelgroep.yaml)."""

    def __init__(self, *sets):
        self.sets = sets

    def search(self, unit) -> bool:
        return any(t.search(unit) for t in self.sets)

    def search_text(self, text: str) -> bool:
        return any(t.search_text(text) for t in self.sets)


def _no_fit_referral(st: SiteText, unit: Unit, not_fit, referral, condition) -> bool:
    """The unit says the practice's care may not fit a client, under a condition, and that the
    client is then referred elsewhere (in the unit or the next one on the page)."""
    if unit.kind in ("heading", "title") or not (not_fit.search(unit) and condition.search(unit)):
        return False
    if referral.search(unit):
        return True
    units = st.pages[unit.page].units
    pos = units.index(unit)
    return any(referral.search(v) for v in units[pos + 1:pos + 2] if v.kind not in ("heading", "title"))


# a line of a few words without a full stop: an item of a list whose bullets the page's text lost; a longer one
# when it goes on in lower case as the items of a lead-in ending in ":" do ("somberheid of rouw na het verlies van een
# partner", "wennen aan een lichaam dat minder kan")
_ITEM_LINE_WORDS = 5
_LOWER_ITEM_LINE_WORDS = 10


def _item_line(u: Unit) -> bool:
    if u.kind not in ("sentence", "paragraph") or u.text.rstrip().endswith((".", ":", "?", "!")):
        return False
    words = len(u.text.split())
    return words <= _ITEM_LINE_WORDS or (words <= _LOWER_ITEM_LINE_WORDS and u.text.lstrip()[:1].islower())


def _lead_in(st: SiteText, unit: Unit) -> Unit | None:
    """For a list item: the sentence that introduces the list ("... de volgende klachten:"); for a
    short line without a full stop, the sentence ending in a colon above a run of such lines (a list
    whose bullets were lost: "Wij werken met mensen met:" over "angstklachten", "rouw")."""
    if unit.kind != "list_item":
        if not _item_line(unit):
            return None
        units = st.pages[unit.page].units
        pos = units.index(unit)
        for prev in reversed(units[max(0, pos - 12):pos]):
            if _item_line(prev) and prev.headings == unit.headings:
                continue
            if prev.kind in ("sentence", "paragraph") and prev.text.rstrip().endswith(":") and prev.headings == unit.headings:
                return prev
            return None
        return None
    return list_lead(st, unit)


_SYMPTOM_HEADING = re.compile(r"^(?:de\s+|typische\s+|veel\s+voorkomende\s+)?(?:klachten|symptomen|kenmerken|verschijnselen|signalen|symptoms|signs)(?:\s+(?:van|bij)\s+.*)?\W*$")


def _symptom_section(unit: Unit, complaint) -> bool:
    """The unit sits under "Klachten" / "Symptomen" on a page about one disorder (the heading above
    it, or the rest of its own heading, names the complaint): a description of symptoms."""
    heads = unit.headings
    if not heads or not _SYMPTOM_HEADING.match(heads[-1]):
        return False
    rest = heads[-1].split(" van ", 1)[-1].split(" bij ", 1)[-1] if (" van " in heads[-1] or " bij " in heads[-1]) else ""
    return bool(rest and complaint.search_text(rest)) or any(complaint.search_text(h) for h in heads[:-1][-2:])


# a line set as a paragraph that leads the sentences below it (``line_lead``): a short question, or a line ending in a
# colon or an ellipsis whose items complete it ("Niet voor u als...", "Not suitable if:")
_LINE_LEAD_WORDS = 10
_LEAD_END = ("?", ":", "...")


def _unit_pos(page, unit: Unit) -> int:
    """The unit's index among its page's units (the positions kept per page)."""
    where = page.memo.get("unit_pos")
    if where is None:
        where = page.memo["unit_pos"] = {id(v): i for i, v in enumerate(page.units)}
    return where.get(id(unit), 0)


# a list's lead-in that points back at the sentence before it ("Dat is bijvoorbeeld zo bij:", "Denk aan:", "For example:",
# "This applies to:"): it names no side of its own, the sentence it points at does
_POINTS_BACK = re.compile(r"^(?:(?:dat|dit|het)\s+(?:is|geldt)\s+(?:[\w.]+\s+){0,3}?(?:bij|voor|als|wanneer)|denk\s+(?:\w+\s+)?aan|"
                          r"bijvoorbeeld(?:\s+bij)?|zoals|for\s+(?:example|instance)|such\s+as|think\s+of|"
                          r"(?:this|that)\s+(?:is|applies)\s+(?:[\w.]+\s+){0,3}?(?:to|for|with|when|if))\W*:$")


def _points_back_to_misfit(st: SiteText, lead: Unit, exc_cue, not_fit) -> bool:
    """``lead`` points back (``_POINTS_BACK``) at a sentence right above it that turns clients away ("Niet iedereen past
    bij ons aanbod." over "Dat is bijvoorbeeld zo bij:"): the list under it is the excluded side."""
    if not _POINTS_BACK.match(lead.low.strip()):
        return False
    page = st.pages[lead.page]
    pos = _unit_pos(page, lead)
    prev = page.units[pos - 1] if pos else None
    return (prev is not None and prev.kind in ("sentence", "paragraph") and prev.headings == lead.headings
            and bool(exc_cue.search(prev) or not_fit.search(prev)))


def _question_before(st: SiteText, unit: Unit) -> Unit | None:
    """The sentence just before the unit when it is a question ("Met welke klachten kunt u bij
    ons terecht?"): a heading written as prose, answered by the sentences after it."""
    if unit.kind in ("heading", "title"):
        return None
    page = st.pages[unit.page]
    pos = _unit_pos(page, unit)
    prev = page.units[pos - 1] if pos else None
    if prev is None or prev.kind in ("heading", "title") or not prev.text.rstrip().endswith("?"):
        return None
    return prev


# where a sentence turns from whom the practice treats to whom it does not ("; ", ", maar", ", tenzij",
# "behalve", "met uitzondering van", "but", "unless")
_CONTRAST = QuickRegex(r";\s*|,?\s+(?:maar|echter|tenzij|behalve|uitgezonderd|met\s+uitzondering\s+van|except|but|unless)(?![a-z])")
_CONTRAST_EXCLUDES = re.compile(r"\W*(?:tenzij|behalve|uitgezonderd|met\s+uitzondering\s+van|except|unless)(?![a-z])")
# a general target group said without complaint words ("volwassenen met psychische klachten", "mensen
# met een DSM-stoornis", "iedereen met psychische problemen", "adults with psychological difficulties"): one side, beside the other in one sentence
_GENERAL_TARGET = QuickRegex(r"(?<![a-z])(?:psychische|psychologische|emotionele|mentale|psychological|emotional|mental(?:\s+health)?)\s+(?:\w+\s+)?"
                             r"(?:klacht|probl|stoornis|aandoening|hulpvra|issues|problems|complaints|difficulties|disorders?)|(?<![a-z])dsm")

# the practice names whom it is for in its own words ("bedoeld voor mensen die ...", "terecht als u
# vastloopt in ...", "in aanmerking als:"): beside an exclusion on the same page, the treated side
# ("you qualify / are eligible for treatment")
_QUALIFY = r"(?:qualif(?:y|ies)|eligible)\s+for\s+(?:\w+\s+){0,2}(?:treatment|therapy|care|help|support|counsel\w*)"
_WHO_FRAMED = QuickRegex(r"(?<![a-z])(?:(?:mensen|clienten|cliënten|personen|iedereen|volwassenen|people|clients|anyone)\s+(?:\w+\s+)?(?:die|met|bij\s+wie|who|with)|(?:terecht|aanmelden|welkom)\s+(?:\w+\s+){0,2}(?:als|wanneer|indien)|in\s+aanmerking\s+(?:\w+\s+){0,2}(?:als|wanneer|indien|voor)|in\s+aanmerking\s+te\s+komen|"
                         + _QUALIFY + r")(?![a-z])")
# the practice states when someone is taken on ("u komt in aanmerking wanneer", "you qualify for treatment when")
_ELIGIBLE = re.compile(r"in\s+aanmerking|" + _QUALIFY + r"|"
                       r"(?<![a-z])(?:neemt|nemen|neem)\s+(?:[\w-]+\s+){1,4}?in\s+(?:behandeling|therapie|zorg)\s+(?:[\w-]+\s+){0,5}?(?:als|wanneer|indien)(?![a-z])|"
                       r"(?<![a-z])(?:takes?|accepts?)\s+(?:[\w-]+\s+){1,3}?(?:on|into\s+(?:treatment|therapy|care))\s+(?:[\w-]+\s+){0,4}?(?:when|if)(?![a-z])")

# the practice takes no new clients for now ("aanmeldstop voor kinderen", "geen nieuwe cliënten"): capacity, not a target group
_INTAKE_STOP = re.compile(r"aanmeldstop|cli[eë]ntenstop|patientenstop|wachtlijststop|(?:geen|niet)\s+(?:\w+\s+)?nieuwe\s+(?:clienten|aanmeldingen|patienten|clients)")
# emergency advice: where to go now ("bel dan 112", "neem contact op met de huisartsenpost")
_EMERGENCY_ADVICE = re.compile(r"(?<![a-z0-9])(?:112|113|huisartsenpost|huisartsendienst|spoedpost|spoedeisende|crisisdienst|bel\w*|contact\s+op|neem\s+(?:dan\s+)?contact|call|emergency\s+services"
                               # (in English also "please contact your GP")
                               r"|contact\s+(?:your|the)\s+(?:gp|huisarts|doctor|general\s+practitioner))(?![a-z0-9])")
_CRISIS_WORDS = re.compile(r"(?<![a-z])(?:crisis\w*|acute?|acuut|spoed\w*|nood\w*|levens\w*|emergenc\w*|urgent\w*|suicid\w*|zelfmoord\w*|zelfdoding|"
                           r"buiten\s+kantoortijd\w*|buiten\s+kantooruren)(?![a-z])")
# a page on what to do in an emergency ("Spoed en crisis", "/urgent-help/", "Direct hulp nodig?")
_EMERGENCY_PAGE = re.compile(r"(?<![a-z])(?:spoed\w*|crisis\w*|urgent\w*|emergenc\w*|noodgeval\w*|direct\s+hulp|acute\s+hulp|help\s+now)(?![a-z])")


def _emergency_page(page) -> bool:
    """The page's address, title or first heading says it is about an emergency (``_EMERGENCY_PAGE``). (Kept per page:
    asked of every unit that names a complaint or a severity.)"""
    got = page.memo.get("doelgroep_emergency_page")
    if got is None:
        got = page.memo["doelgroep_emergency_page"] = bool(
            _EMERGENCY_PAGE.search(page.path_low) or _EMERGENCY_PAGE.search(page.title_low) or _EMERGENCY_PAGE.search(page.first_heading))
    return got


def _crisis_advice(unit: Unit, hits, severity, page=None) -> bool:
    """The unit excludes only an emergency (crisis, spoed, acute danger) and says where to go instead, or
    stands on a page about what to do in an emergency ("I cannot offer crisis care" on "/urgent-help/"), under
    such a heading ("Bij crisis:" over "Crisisopvang bied ik niet") or on a page that gives the emergency
    services' numbers: advice on reachability, not a criterion of the practice's target group."""
    if any(h.label != "suïcidaliteit" for h in hits):
        return False
    if any(not _CRISIS_WORDS.search(h.text) for h in severity.find(unit) if h.on == "low"):
        return False
    return bool(_CRISIS_WORDS.search(unit.low) and (_EMERGENCY_ADVICE.search(unit.low) or (page is not None and _emergency_page(page))
                                                    or (bool(unit.headings) and _EMERGENCY_PAGE.search(unit.headings[-1]) is not None)
                                                    or (page is not None and some_sentence(page, _EMERGENCY_NUMBER))))


# the emergency services by name or number ("bel 112", "de huisartsenpost", "113 Zelfmoordpreventie"): a page that gives
# them tells what to do in an emergency, and its "I cannot offer crisis support" belongs to that advice
_EMERGENCY_NUMBER = re.compile(r"(?<![a-z0-9])(?:112|113|0800-0113|huisartsenpost|spoedpost|crisisdienst|emergency\s+services|out-of-hours\s+gp)(?![a-z0-9])")

# the reader is asked about complaints ("Heb je last van angst of somberheid?", "Loop je vast?", "Do you
# struggle with ...?") ...
_ASKS_READER = re.compile(r"^\W*(?:(?:veel\s+)?last\s+van|vastgelopen|(?:veel\s+)?moeite\s+met|struggling\s+with|suffering\s+from)(?![a-z])|(?<![a-z])(?:heb|heeft|ben|bent|loop|loopt|voel|voelt|herken|herkent|worstel|worstelt|zit|zie|blijf|blijft|kamp|kampt|lijd|lijdt|merk|merkt|ervaar|ervaart|word|wordt)\s+(?:je|jij|u)(?![a-z])|(?<![a-z])(?:do|are|have)\s+you(?![a-z])|(?<![a-z])(?:uw|je|jouw)\s+kind(?![a-z])")
# ... and the practice answers with its offer ("Dan kan ik je helpen", "Je bent welkom", "I can help", "Dan kun je na een
# telefoontje met de huisarts bij ons terecht"), or with the reader sent on to its own people ("Dan kan de huisarts je
# doorverwijzen naar onze POH-GGZ")
_OFFER = re.compile(r"(?<![a-z])(?:(?:je|jou|u|you)\s+(?:\w+\s+)?(?:door)?(?:verwijzen|verwijst|refer)\s+(?:naar|to)\s+(?:onze|ons|mij|our|me)(?![a-z])|(?:ik|wij|we)\s+(?:\w+\s+){0,2}(?:help|behandel|begeleid|ondersteun|bied|inzet|aanbied)\w*|(?:i|we)\s+(?:can\s+|could\s+)?(?:offer|provide)|(?:kan|kunnen)\s+(?:ik|wij|we)\s+(?:je|u|jou|jullie)\s+(?:\w+\s+)?(?:helpen|begeleiden|ondersteunen|behandelen)|(?:bij\s+(?:ons|mij)\s+)?(?:aan\s+het\s+)?juiste\s+adres|(?:je|u)\s+(?:bent|kunt|kan)\s+(?:\w+\s+){0,4}(?:welkom|terecht)|(?:ben|bent|kun|kunt|kan)\s+(?:je|u|jij)\s+(?:\w+\s+){0,4}(?:welkom|terecht)|(?:ben|bent|kun|kunt|kan)\s+(?:je|u|jij)\s+(?:[\w-]+\s+){0,8}?bij\s+(?:ons|mij|onze\s+praktijk)\s+(?:\w+\s+){0,2}?(?:welkom|terecht)|(?:i|we)\s+(?:can|could|would\s+like\s+to)\s+help|(?:i|we)\s+(?:help|support|treat)\w*|samen\s+(?:gaan|kijken|werken|zoeken)\s+(?:we|wij)|(?:gaan|kijken|werken|zoeken)\s+(?:we|wij)\s+samen|(?:we|wij|ik)\s+(?:gaan\s+)?(?:samen\s+)?(?:met\s+(?:je|jou|u)\s+)?aan\s+de\s+slag|neem\s+(?:dan\s+|gerust\s+)?contact\s+(?:met\s+(?:ons|mij|de\s+praktijk)\s+)?op(?!\s+met)|meld\s+(?:je|u)\s+(?:dan\s+)?aan|kan\s+(?:\w+\s+){0,2}(?:therapie|behandeling|\w+therapie|\w+behandeling|begeleiding|emdr|cgt)\s+(?:je|jou|u)?\s*(?:helpen|verlichting\s+geven)|(?:therapy|treatment|counsel+ing)\s+can\s+help|(?:may|might|can|could|will|would)\s+suit\s+you|(?:past|passen)\s+(?:\w+\s+){0,3}?bij\s+(?:je|jou|u)|(?:get|reach)\s+in\s+touch\s+with\s+(?:us|me)|op\s+de\s+(?:goede|juiste)\s+(?:plek|plaats)|(?:in|at)\s+the\s+right\s+place)(?![a-z])")


# the reader's complaints set as a condition, with the practice's offer as the main clause ("Als je last hebt van
# angst of piekeren, kunnen we je helpen", "Loop je vast in je werk door stress, dan ben je welkom", "If you struggle
# with low mood or panic, our practice focuses on you")
_IF_READER = re.compile(r"^\W*(?:(?:als|wanneer|indien|if|when|should)\s+(?:je|jij|u|you)|(?:heb|heeft|ben|bent|loop|loopt|voel|voelt|herken|"
                        r"herkent|worstel|worstelt|kamp|kampt|lijd|lijdt|merk|merkt)\s+(?:je|jij|u))(?![a-z])")
# ... the practice is there for the reader ("richt zich op jou", "is er voor u", "focuses on you", "is there for you")
_FOR_READER = re.compile(r"(?<![a-z])(?:focus\w*\s+on|(?:is|are)\s+there\s+for|richt\w*\s+(?:zich|ons|mij|me)\s+(?:\w+\s+)?op|(?:is|zijn|ben)\s+(?:er\s+)?"
                         r"(?:\w+\s+)?voor)\s+(?:you|je|jou|u)(?![a-z])")


def _if_then_offered(low: str, first_complaint: int) -> bool:
    """The sentence opens with a condition on the reader that holds a complaint, and a later clause (after a
    comma) is the practice's offer, not negated."""
    if not _IF_READER.match(low):
        return False
    for m in re.finditer(r",", low):
        if m.start() < first_complaint:
            continue
        clause = low[m.end():].split(",", 1)[0]
        if (_OFFER.search(clause) or _FOR_READER.search(clause)) and not _NEGATION.search(clause):
            return True
    return False


# the reader said to BE one of a client group or age in the condition ("Ben je student of jongvolwassene, dan ...", "Als u
# ouder bent dan 65, ...", "If you are a young adult or a student, ..."); not parents (a rule on consent or contact)
_READER_IS_GROUP = re.compile(r"(?<![a-z])(?:ben|bent|is|zijn|are|am)(?![a-z])")
_GROUP_NOUN = re.compile(r"(?<![a-z])(?:\(?jong\)?\s*volwassenen?|jongvolwassenen?|student(?:en)?|jongeren?|tieners?|adolescent(?:en)?|expats?|"
                         r"senior(?:en)?|65-?plusser|(?:young\s+)?adults?|students?|teenagers?|adolescents?|young\s+(?:person|people)|"
                         r"(?:ouder|jonger|older|younger)\s+(?:dan|than)\s+\d{1,2}|(?:tussen|between)\s+(?:de\s+)?\d{1,2}\s+(?:en|and)\s+\d{1,2}|"
                         r"\d{1,2}\s+(?:jaar|years)(?:\s+(?:of|or)\s+(?:ouder|older))?)(?![a-z])")
# ... the offer may also be the reader coming into treatment ("dan kun je bij ons in behandeling", "you are welcome")
_OFFER_MORE = re.compile(r"(?<![a-z])(?:(?:ben|bent|kun|kunt|kan)\s+(?:je|u|jij)\s+(?:\w+\s+){0,4}in\s+behandeling|"
                         r"(?:helpen|help|behandelen|behandel|begeleiden|begeleid|ondersteunen|ondersteun)\s+(?:wij|we|ik)\s+(?:je|u|jou|jullie)(?![a-z])|you\s+(?:are|will\s+be)\s+(?:\w+\s+)?welcome|"
                         r"you\s+can\s+(?:\w+\s+){0,3}(?:come\s+to|see)\s+(?:us|me))(?![a-z])")


def _reader_group_offered(low: str, nxt: Unit | None = None) -> bool:
    """The sentence opens with a condition that the reader is of a client group or age, and its main clause is
    the practice's offer, not negated: whom the care is for (one side)."""
    if not (_IF_READER.match(low) or (nxt is not None and low.rstrip().endswith("?") and _ASKS_READER.search(low))):
        return False
    if low.rstrip().endswith("?"):
        # a question to the reader answered by the next sentence ("Ben je tussen de 18 en 25? Dan kunnen we je helpen")
        if nxt is None or nxt.kind in ("heading", "title") or not _ANSWER_TURNS.search(nxt.low):
            return False
        cond, main = low, re.split(r"[,;]", nxt.low, maxsplit=1)[0]
    else:
        m = re.search(r"[,?]\s*", low)
        if m is None:
            return False
        cond, main = low[:m.start()], re.split(r"[,;]", low[m.end():], maxsplit=1)[0]
    return (bool(_GROUP_NOUN.search(cond)) and bool(_READER_IS_GROUP.search(cond)) and not _NEGATION.search(cond + " " + main)
            and bool(_OFFER.search(main) or _OFFER_MORE.search(main) or _FOR_READER.search(main))
            and not terms("context", "cost").search_text(cond + " " + main))


def _asked_then_offered(st: SiteText, unit: Unit) -> bool:
    """The unit asks the reader about complaints and the practice answers with its offer, in the same
    unit after the question mark or in the next sentence."""
    low = unit.low
    if "?" not in low or not _ASKS_READER.search(low.split("?")[0] if low.index("?") > 3 else low):
        return False
    rest = low.rsplit("?", 1)[1]
    if _OFFER.search(rest) and not _WELCOME_ELSEWHERE.search(rest):
        return True
    if not low.rstrip().endswith("?"):
        return False
    nxt = _next_unit(st, unit)
    return (nxt is not None and nxt.kind not in ("heading", "title") and bool(_OFFER.search(nxt.low) or _at_own_place(nxt))
            and not _WELCOME_ELSEWHERE.search(nxt.low) and not nxt.low.rstrip().endswith("?"))


# the reader is welcome elsewhere ("Dan kunt u eerst terecht bij de studentendecaan", "you can go to your GP"):
# another provider's care, not the practice's offer
_WELCOME_ELSEWHERE = re.compile(r"(?<![a-z])(?:terecht|welkom)\s+(?:\w+\s+){0,2}?(?:bij|at|with)\s+(?!ons(?![a-z])|onze(?![a-z])|mij(?![a-z])|"
                                r"de\s+praktijk|us(?![a-z])|our(?![a-z])|me(?![a-z]))")


# the reader's care at the practice, named by its own name ("Bij Zeewind werk je in een paar gesprekken aan ...",
# "At Harbour Counselling you work with one therapist"): the practice's offer
_AT_PLACE = re.compile(r"^\W*(?:bij|at)\s+", re.I)
_READER_WORKS = re.compile(r"(?<![a-z])(?:werk|krijg|leer|ga|spreek)(?:t)?\s+(?:je|jij|u)|(?:you)\s+(?:will\s+)?(?:work|get|learn|meet)(?![a-z])")


def _at_own_place(u: Unit) -> bool:
    m = _AT_PLACE.match(u.text)
    return bool(m) and bool(_READER_WORKS.search(u.low)) and any(a <= m.end() + 1 for a, _ in own_name_spans(u.text, u.url))

# other care is the better way for some clients ("biedt ... een betere oplossing", "is beter op zijn plaats")
_OTHER_CARE_BETTER = re.compile(r"(?<![a-z])(?:betere|geschiktere|passendere)\s+(?:oplossing|keuze|optie|plek|plaats|hulp|vorm\s+van\s+hulp)|"
                                r"beter\s+(?:op\s+(?:zijn|haar|hun|z'n)\s+(?:plaats|plek)|passend|geschikt|aangewezen)|"
                                r"(?:a\s+)?better\s+(?:option|choice|fit|solution|place)")
# ... named as another kind of care
_OTHER_CARE = re.compile(r"(?<![a-z])(?:maatschappelijk\s*werk\w*|poh\w*|praktijkondersteuner\w*|eerstelijns\w*|huisarts\w*|verslavingszorg|"
                         r"specialistische|gespecialiseerde|tweedelijns|ggz-instelling\w*|instelling|kliniek|coach\w*|social\s+work\w*|gp|"
                         r"specialist\w*\s+(?:care|service)|other\s+(?:care|help|service))(?![a-z])")
# the answer to a question turns the reader away ("Dan bent u bij ons niet op de juiste plek", "Nee, ...")
_ANSWER_TURNS = re.compile(r"^\W*(?:dan|nee|helaas|in\s+dat\s+geval|no|then|unfortunately|in\s+that\s+case|if\s+so)(?![a-z])")
# ... or that the reader is then referred on, by the practice or the GP ("In dat geval verwijst uw huisarts u naar de
# verslavingszorg", "In that case your GP will refer you to specialised care")
_REFERRED_ON = re.compile(r"(?<![a-z])(?:verwijs|verwijst|verwijzen|doorverwijzen|doorverwijst|terugverwijzen|refer|refers|will\s+refer)\s+(?:\w+\s+){0,4}?"
                          r"(?:naar|door|terug|to|on|back)(?!\s+(?:ons|onze|mij|mijn|de\s+praktijk|us|our|me|this)(?![a-z]))(?![a-z])")


# the practice is not the right place under a condition on the reader ("Wij zijn niet de juiste plek als je dagelijks
# begeleiding nodig hebt", "We are not the right place for you if you need admission"): who is not treated
_NOT_RIGHT_PLACE_IF = re.compile(r"(?<![a-z])(?:niet\s+(?:de|het)\s+(?:juiste|goede|aangewezen|geschikte)\s+(?:plek|plaats|adres|praktijk)|"
                                 r"not\s+the\s+right\s+(?:place|practice|fit))\s+(?:\w+\s+){0,3}?(?:als|wanneer|indien|if|when)\s+(?:je|u|jij|you)(?![a-z])")
# the practice talks about or arranges a referral ("dan overleggen we met je huisarts over een verwijzing", "we will
# discuss a referral with your GP"), not a referral to itself ("bespreek met uw huisarts een verwijzing naar onze praktijk")
_REFERRAL_TALK = re.compile(r"(?<![a-z])(?:overleg\w*|bespre\w*|bespreek|regel\w*|discuss\w*|talk\w*\s+about|arrange\w*)\s+(?:\w+\s+){0,6}?"
                            r"(?:een\s+|a\s+)?(?:door|terug)?(?:verwijzing|referral)(?![a-z])")
# the practice refers the client on, with words between ("dan verwijzen wij u samen met uw huisarts door")
_REFERS_ON_AFTER = re.compile(r"(?<![a-z])(?:verwijzen|verwijs)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,8}?door(?![a-z])")
# a helpline for the public that 2b-6 reads as whom to call (113, De Luisterlijn, de Kindertelefoon)
_HELPLINES = ("113", "luisterlijn")


def _helpline_audience(u: Unit) -> bool:
    """A sentence about a helpline or crisis service in which the practice does not speak ("De Kindertelefoon
    is er voor kinderen met vragen of zorgen", "Jongeren die aan zelfdoding denken, kunnen bellen
    met 113"): whom that line serves, not whom the practice treats. Not a sentence that sends a group elsewhere ("Mensen
    met suïcidale gedachten kunnen beter terecht bij 113"): that says whom the practice does not treat."""
    return (not _OWN_CARE_WORDS.search(u.low) and any(t in _HELPLINES for t in terms("reachability", "target").labels_in(u))
            and not _OTHER_CARE_BETTER.search(u.low) and not terms("complaints", "exclusion_cue").search(u))


# ... or helps the client find other care ("we can help you find a specialist service", "dan helpen we je passende
# zorg te vinden", "helpen wij u een andere plek te zoeken")
_HELPS_FIND_CARE = re.compile(r"(?<![a-z])(?:help|helpen|helpt)\s+(?:(?:we|wij|ik)\s+)?(?:you|je|jou|u)\s+(?:"
                              r"(?:to\s+)?find\s+(?:\w+\s+){0,3}?(?:care|place|provider|therapist|service)"
                              r"|(?:\w+\s+){0,3}?(?:zorg|hulp|plek|plaats|zorgverlener|hulpverlener)\s+(?:\w+\s+){0,4}?(?:te\s+)?(?:vinden|zoeken))(?![a-z])")
_REFERRAL_TO_US = re.compile(r"(?:verwijzing|verwijsbrief|referral)\s+(?:\w+\s+)?(?:naar|voor|to|for)\s+(?:ons|onze|mij|mijn|de\s+praktijk|our|us|me|this\s+practice)(?![a-z])")


# the own care restricted to clients of a kind ("gesprekstherapie bieden wij alleen aan cliënten die voldoende Nederlands
# spreken", "therapy is only for clients who ...", "alleen mogelijk voor cliënten die ..."): those who are not of that kind are not treated. ("Wij behandelen alleen
# volwassenen" names the treated group and stays the treated side.)
_ONLY_GROUP = re.compile(r"(?<![a-z])(?:uitsluitend|alleen|enkel|only|exclusively)\s+(?:(?:bedoeld|geschikt|mogelijk|toegankelijk|beschikbaar|"
                         r"intended|meant|available|possible|open)\s+)?(?:voor|aan|for|to)\s+(?:\w+\s+)?"
                         r"(?:clienten|cliënten|patienten|personen|mensen|clients|patients|people)\s+(?:die|who|that)(?![a-z])")
# ... not a rule of access ("alleen voor cliënten die al bij ons in behandeling zijn", "only for clients with a referral")
_ACCESS_RULE = re.compile(r"(?<![a-z])(?:al\s+(?:bij|in)|in\s+behandeling\s+(?:zijn|is)|already|afspra\w*|verwij\w*|verzeker\w*|ingeschreven|"
                          r"lid|leden|members?|referral|appointment|insured|insurance)(?![a-z])")


_ANSWER_NO = re.compile(r"^\W*(?:nee|neen|no|helaas\s+(?:niet|nee)|unfortunately\s+not|sorry,?\s+(?:no|nee))(?![a-z])")
_ASKED_VERB = re.compile(r"(?<![a-z])(?:werk\w*|behandel\w*|help\w*|zie|zien|ziet|begeleid\w*|see|treat|work|accept)(?![a-z])")
# a question whether the reader can come to the practice ("Kan ik bij je komen?", "Kan ik ook bij jullie terecht?", "Can I still
# come?", "Is that something you treat?")
_ASKS_TO_COME = re.compile(r"(?<![a-z])(?:komen|kom|terecht|aanmelden|come|sign\s+up|register)(?![a-z])")
# ... asked in the reader's own first person ("Kan ik bij jullie komen?", "my main problem is ...")
_ASKER_SELF = re.compile(r"(?<![a-z])(?:i|ik|my|mijn)(?![a-z])")


def _group_asked_answered_no(st: SiteText, unit: Unit) -> bool:
    """The unit asks whether the practice also works with a client group and the next sentence answers no."""
    low = unit.low
    if unit.kind in ("heading", "title") or not low.rstrip().endswith("?") or not _ASKED_VERB.search(low):
        return False
    nxt = _next_unit(st, unit)
    return nxt is not None and nxt.kind not in ("heading", "title") and bool(_ANSWER_NO.search(nxt.low))


def _answers_no(st: SiteText, unit: Unit) -> bool:
    """The unit answers "no" ("Nee.", "Helaas niet.", "No.", "Unfortunately not") to the question right before it in the reader's
    voice, whether the practice treats or sees them or they can come ("Problems with food since my teens. Do you treat
    that?" / "No. For eating disorders a specialised team works best."): what the answer or question names is not treated. (An
    answer that goes on to say whom the practice does treat, "Kan ik met iedere klacht komen? / Nee. Wij behandelen onder
    meer ...", is the treated side: the caller asks ``_states_treated_side``.)"""
    if unit.kind in ("heading", "title"):
        return False
    before = st.neighbours(unit, 2, 0)
    if len(before) < 2 or before[-1] is not unit or before[-2].page != unit.page:
        return False
    if not _ANSWER_NO.search(unit.low):
        # the answer's first sentence is the bare "no" ("Helaas niet." + "Wij zien uitsluitend volwassenen.")
        bare = before[-2]
        if len(before) < 3 or len(bare.low.split()) > 3 or not _ANSWER_NO.search(bare.low) or before[-3].page != unit.page:
            return False
        before = before[:-1]
    q = before[-2].low.rstrip()
    return q.endswith("?") and bool(_ASKED_VERB.search(q) or _ASKS_TO_COME.search(q)) and bool(
        READER_VOICE.search(q) or _ASKS_READER.search(q) or _ASKER_SELF.search(q))


def _next_unit(st: SiteText, unit: Unit) -> Unit | None:
    """The unit after ``unit`` on its page; None at the page's end or for a piece of a unit (a ``fragment``)."""
    around = st.neighbours(unit, 0, 1)
    return around[1] if len(around) > 1 and around[0] is unit else None


# the practice says whom it treats, in its own voice ("wij behandelen jongeren van 12 tot 18 jaar", "de praktijk is er voor
# volwassenen", "we treat adults with ...", "our therapy is meant for ...")
_TREATS_IN_OWN_VOICE = re.compile(
    r"(?<![a-z])(?:(?:wij|we|ik|i)\s+(?:\w+\s+)?(?:behandelen|behandel|helpen|help|begeleiden|begeleid|treat|see|work\s+with)|"
    r"(?:de|onze|mijn|deze|the|our|my|this)\s+(?:praktijk|behandeling|therapie|practice|treatment|therapy)\s+(?:\w+\s+)?"
    r"(?:behandelt|helpt|begeleidt|is\s+(?:er\s+)?(?:\w+\s+)?(?:voor|bedoeld|geschikt)|treats|helps|is\s+(?:\w+\s+)?(?:for|meant|suitable))|"
    # a group said to be welcome ("ook stellen waarbij een van beiden depressief is, zijn welkom", "students are welcome")
    r"(?:zijn|is|ben|bent)\s+(?:\w+\s+)?welkom|(?:are|is)\s+(?:\w+\s+)?welcome)(?![a-z])")


# a condition or an exception in the sentence ("als", "tenzij", "if", "unless"): whom it treats only under a condition
_CONDITIONAL = re.compile(r"(?<![a-z])(?:als|wanneer|indien|tenzij|behalve|if|when|unless|except)(?![a-z])")


def _states_treated_side(u: Unit, exc_cue) -> bool:
    """The sentence says in the practice's voice whom it treats (``_TREATS_IN_OWN_VOICE``), with no negation, no exclusion
    cue, no condition and no "only": the treated side, also in a section headed by the other side."""
    low = u.low
    said = _TREATS_IN_OWN_VOICE.search(low)
    if said is None:
        return False
    # a negation inside the list after a colon describes the complaints ("wij helpen stellen die vastlopen: elkaar niet
    # meer bereiken, ..."), it does not turn the statement round; before the colon, or without one, it does
    head = low if said.start() > low.find(":") >= 0 else low.split(":", 1)[0]
    return (not _NEGATION.search(head) and not exc_cue.search(u)
            and not _ONLY_GROUP.search(low) and not _MORE_CARE_NEEDED.search(low) and not low.rstrip().endswith("?")
            and not _CONDITIONAL.search(low))


def _more_care_asked(st: SiteText, unit: Unit, referral) -> Unit | None:
    """The question asks whether the reader needs more or other care than the practice's, and the next unit answers
    it with "dan" / "then" and a referral in the practice's voice ("Heeft u meer specialistische zorg nodig? Dan
    verwijzen wij u door", "Do you turn out to need more intensive care? Then we help you find the right place"):
    that answer (or None)."""
    if not _MORE_CARE_NEEDED.search(unit.low) or _AFTER_CARE.search(unit.low) or _REFERRER.search(unit.low):
        return None
    nxt = _next_unit(st, unit)
    if nxt is None or not _ANSWER_TURNS.match(nxt.low) or not referral.search(nxt) or _REFERRER.search(nxt.low):
        return None
    return nxt if (_PRONOUN_SELF.search(nxt.low) or _THE_PRACTITIONER.search(nxt.low)) else None


def _asked_then_turned_away(st: SiteText, unit: Unit, exc_cue) -> bool:
    """The unit asks the reader about a complaint and the next sentence answers that the practice is
    then not the place ("Heeft u vooral last van een verslaving? Dan bent u bij ons niet op de juiste
    plek."): who is not treated. An answer that sends the reader to emergency care is 2b-6."""
    low = unit.low
    if unit.kind in ("heading", "title") or not low.rstrip().endswith("?") or not (READER_VOICE.search(low) or _ASKS_READER.search(low)):
        return False
    nxt = _next_unit(st, unit)
    return (nxt is not None and nxt.kind not in ("heading", "title") and bool(_ANSWER_TURNS.search(nxt.low))
            and bool(exc_cue.search(nxt) or _REFERRED_ON.search(nxt.low)) and not _EMERGENCY_ADVICE.search(nxt.low))


# collaboration with other care ("werken samen met", "samenwerkingspartners", "we work closely with")
_COLLABORATION = re.compile(r"(?<![a-z])(?:samen\s?werk\w*|werk\w*\s+(?:\w+\s+)?samen\s+met|collaborat\w*|work\w*\s+(?:together|closely)\s+with)(?![a-z])")
_TREATS = re.compile(r"(?<![a-z])(?:behandel\w*|help\w*|begeleid\w*|terecht|bedoeld|richt\w*|treat\w*)(?![a-z])")

# the care is meant for or suits people with or who ... ("is bedoeld voor mensen met", "bestemd voor cliënten die", "suits adults with")
# (also with an adverb, "is er vooral voor mensen met", or as a kind of care, "is onder meer een behandeling voor
# mensen die", "is a therapy for people who")
_MEANT_FOR = QuickRegex(r"(?<![a-z])(?:(?:(?:bedoeld|bestemd|meant|intended|designed|is|zijn|are)\s+(?:er\s+)?(?:(?:vooral|met\s+name|juist|speciaal|primair|"
                        r"hoofdzakelijk|voornamelijk|in\s+de\s+eerste\s+plaats|ook|mainly|primarily|especially|particularly|specifically|also)\s+)?"
                        # (a pair announced: "is bedoeld voor zowel ... als ...", "is meant both for ... and ...")
                        r"(?:(?:zowel|both|either|niet\s+alleen|not\s+only)\s+)?"
                        r"|(?:is|zijn|are)\s+(?:\w+\s+){0,2}(?:een|a|an)\s+(?:\w+\s+)?(?:behandeling|therapie|behandelvorm|therapievorm|behandelmethode|"
                        r"methode|training|treatment|therapy|method)\s+)(?:voor|for)|"
                        # ("this therapy suits adults with ...", "is well suited to people who", "past goed bij mensen die")
                        r"(?:suits|is\s+(?:well\s+|best\s+)?suited\s+to|past\s+(?:goed\s+|vooral\s+)?bij))\s+(?:\w+\s+){0,2}(?:mensen|clienten|patienten|personen|volwassenen|jongvolwassenen|kinderen|jongeren|ouderen|studenten|tieners|adolescenten|stellen|gezinnen|people|clients|adults|children|students|teenagers|adolescents|couples|families)\s+(?:met|die|bij\s+wie|with|who)(?![a-z])")


# the care is indicated when the client has problems of a kind ("psychotherapie is geïndiceerd wanneer klachten
# langer bestaan", "is aangewezen bij problemen die ...", "is indicated when problems ..."): a general target group
_INDICATED_WHEN = re.compile(r"(?<![a-z])(?:geindiceerd|geïndiceerd|aangewezen|indicated)\s+(?:\w+\s+){0,2}(?:bij|wanneer|als|indien|voor|when|if|for)\s+"
                            r"(?:[\w-]+\s+){0,6}?(?:klacht|probl|stoornis|aandoening|moeite|vastlo|complaint|disorder|difficult)")


# a level of the care system as the subject ("specialistische ggz is bedoeld voor ..."): the system, not the practice
_ECHELON = re.compile(r"(?<![a-z])(?:(?:specialistische|gespecialiseerde|generalistische|basis|tweedelijns|eerstelijns)[\s-]*(?:ggz|zorg)|s-?ggz|gb-?ggz|poh\w*|huisarts\w*|tweede\s+lijn|eerste\s+lijn)(?![a-z])")


# the specialist care system as the subject of the sentence ("De specialistische ggz is bedoeld voor ...",
# "In de gespecialiseerde ggz worden mensen met ... behandeld", "Specialised mental health care treats ...")
_SPECIALIST_SUBJECT = re.compile(r"^\W*(?:\w+\s+){0,3}(?:(?:specialistische|gespecialiseerde|tweedelijns)[\s-]*(?:ggz|zorg|geestelijke\s+gezondheidszorg|jeugdzorg|jeugdhulp)|s-?ggz|(?:specialised|specialized|specialist)\s+mental\s+health\s+care)(?![a-z])")


_CLAUSE_STOPS = ";:.!?"


def _clause_start(low: str, pos: int, stops: str = _CLAUSE_STOPS) -> int:
    """Where the clause of ``low`` that holds position ``pos`` starts (after a semicolon, colon or sentence end;
    with ``stops`` also after another mark, such as a comma)."""
    return max(low.rfind(c, 0, pos) for c in stops) + 1


def _clause_before(low: str, pos: int) -> str:
    """The clause of ``low`` up to position ``pos``: a negation of the care ("niet bedoeld voor mensen met"),
    not one inside the people it is meant for ("mensen die met kortere hulp niet verder komen")."""
    return low[_clause_start(low, pos):pos]


def _clause_at(low: str, pos: int, stops: str = _CLAUSE_STOPS) -> str:
    """The clause of ``low`` around position ``pos`` (between semicolons, colons or sentence ends, or ``stops``)."""
    ends = [i for i in (low.find(c, pos) for c in stops) if i >= 0]
    return low[_clause_start(low, pos, stops):min(ends) if ends else len(low)]


def _negated_target(low: str, target: re.Match) -> bool:
    """A negation before the target group in its clause ("wij behandelen geen mensen met psychische klachten") or in
    the stretch of the sentence between commas that holds it ("psychische klachten behandelen wij niet"); not one in
    another part of a long sentence ("..., ook als die niet op een lichtere manier te verhelpen zijn")."""
    return bool(_NEGATION.search(_clause_before(low, target.start()))
                or _NEGATION.search(_clause_at(low, target.start(), "," + _CLAUSE_STOPS)))


# a heading that names only client groups, perhaps after the care offered them and with their ages
# ("Kinderen en jongeren", "Therapie voor volwassenen (18+)", "Adults & couples"); "Informatie voor ouders
# en kinderen", "Werken met kinderen" or "Depressie bij ouderen" name something else
_GROUP_WORD = (r"(?:\(?jong\)?\s*volwassenen|kinderen|jongeren|jeugd(?:igen)?|tieners|adolescenten|jongvolwassenen|volwassenen|"
               r"ouderen|senioren|studenten|expats|internationals|gezinnen|stellen|ouders|adults|children|teenagers|adolescents|"
               r"young\s+adults|couples|families|students|seniors)")
_GROUP_HEADING = re.compile(
    r"(?:voor\s+|for\s+|(?:(?:psychologische\s+|psychische\s+|professionele\s+)?(?:\w*hulp|\w*behandeling|\w*therapie|\w*zorg|\w*begeleiding|psychologie|psycholoog|ggz|"
    r"coaching|counsel+ing|\w*therapy|help|treatment|care|support)\s+(?:voor|aan|bij|for)\s+))?"
    + _GROUP_WORD + r"(?:\s*(?:,|en|&|of|/|and|or|\+)\s*" + _GROUP_WORD + r")*"
    r"(?:\s*\(?(?:\d{1,2}\s*(?:\+|-|tot|t/m)\s*(?:\d{1,2})?\s*(?:jaar|years)?|(?:van|tussen)\s+\d{1,2}\s+(?:tot|en|t/m)\s+\d{1,2}\s+jaar"
    r"|(?:vanaf|tot|t/m|onder|boven|from|under|over)\s+(?:de\s+)?\d{1,2}\s*(?:jaar|years)?|\d{1,2}\s*\+)\)?)?")


# care or a practitioner for a group, within a longer heading ("Psycholoog voor kinderen en jongeren in
# Utrecht", "Hulp voor jongeren die vastlopen"), but not figures ("Ouderen 7,1 8,1": a table of scores)
_CARE_FOR_GROUP = re.compile(r"(?:psycholo\w*|psychotherap\w*|therap\w*|praktijk\w*|hulp|zorg|behandel\w*|begeleid\w*|coach\w*|counsel\w*|help|care|support)\s+"
                             r"(?:\w+\s+){0,2}(?:voor|aan|for)\s+(?:\w+\s+)?" + _GROUP_WORD + r"(?![a-z])")
_SCORES = re.compile(r"\d[,.]\d")


# a line that names whom the care is for as its subject, without a verb of its own: a tagline of the
# practice's offer ("Voor kinderen van 4 tot 12 jaar met angst of somberheid", "Therapie voor
# volwassenen die vastlopen", "For adults with anxiety or low mood") - not a statement about such
# people ("Voor kinderen met ADHD is structuur belangrijk": a verb of its own, advice in general)
_FOR_GROUP_LINE = re.compile(r"^\W*(?:(?:\w+\s+){0,2}(?:hulp|therapie|behandeling|begeleiding|zorg|help|therapy|treatment|care|support|counsel+ing)\s+)?(?:voor|for)\s+(?:\w+\s+)?"
                             + _GROUP_WORD + r"(?:\s*\(?(?:(?:van|tussen|vanaf|tot|from|aged?|between)\s+[\d\w\s-]{1,20}?(?:jaar|years)|\d{1,2}\s*(?:-|tot|t/m)\s*\d{1,2}(?:\s*(?:jaar|years))?|\d{1,2}\s*\+)\)?)?,?\s+(?:met|die|with|who)(?![a-z])")
_OWN_VERB = re.compile(r"(?<![a-z])(?:is|zijn|kan|kunnen|moet|moeten|wordt|worden|heeft|hebben|hebt|krijg\w*|vinden|vindt|are|can|should|must|has|have|need|needs|get|gets|find)(?![a-z])")


# a line of the practice's own page that is only "for" or "with" complaints, no verb and no full stop ("Bij somberheid, stress,
# angst en slaapproblemen", "Hulp bij angst en paniek", "For anxiety, low mood and burnout"): the tagline of what it
# helps with, read as "Wij helpen bij ..." ("Bij angst werkt CGT goed" has a verb and says something else)
_FOR_COMPLAINTS_LINE = re.compile(r"^\W*(?:(?:\w+\s+){0,2}(?:hulp|therapie|behandeling|begeleiding|help|therapy|treatment|support)\s+)?"
                                  r"(?:bij|voor|with|for)\s")


def _for_complaints_line(u: Unit, labels) -> bool:
    m = _FOR_COMPLAINTS_LINE.match(u.low)
    return (bool(m) and len(labels) >= 2 and len(u.low.split()) <= 15 and not _OWN_VERB.search(u.low)
            and ":" not in u.low and not u.low.rstrip().endswith(("?", ".", "!")))


def _for_group_line(low: str) -> bool:
    m = _FOR_GROUP_LINE.match(low)
    # (a label before a colon heads something else: "Voor kinderen met ADHD: tips voor thuis")
    return bool(m) and len(low.split()) <= 25 and not _OWN_VERB.search(low[m.end():]) and ":" not in low[m.end():]


# the answer cell of a table row ("Verslaving | nee", "Angst | ja", "Eating disorders | ✗")
_YES_CELL = re.compile(r"^(?:ja|yes|wel|✓|✔|☑|v)$")
_NO_CELL = re.compile(r"^(?:nee|neen|no|niet|geen|✗|✘|×|x)$")
# the table's header or the section over it is about what is treated ("Klacht | Wij behandelen", "# Behandelaanbod")
_TABLE_TOPIC = re.compile(r"behandel|aanbod|help|begeleid|terecht|geschikt|treat|suitable|offer")


# a list line that opens with a check mark or a cross ("✔ Angst en paniek", "✘ Eetstoornissen"): the page's own yes or no
_CHECK_MARK = re.compile(r"^\s*[\u2713\u2714\u2705\u2611]")
_CROSS_MARK = re.compile(r"^\s*[\u2717\u2718\u274c\u274e\u2716\u00d7\u2a2f\u2612]")


def _marked_answer(u: Unit) -> str | None:
    """"yes" for a line opened by a check mark, "no" for one opened by a cross, None otherwise."""
    return "yes" if _CHECK_MARK.match(u.text) else "no" if _CROSS_MARK.match(u.text) else None


def _table_answer(st: SiteText, u: Unit) -> str | None:
    """A row of a table on what the practice treats, with a yes or no cell: "yes" (treated) or "no"
    (not treated); None for any other line. The table's header row (the first row above it) or the
    heading over it must be about treating, and not about money ("Klacht | Vergoed": reimbursement)."""
    if "|" not in u.low:
        return None
    cells = [c.strip(" .:;!") for c in u.low.split("|")][1:]
    answer = "no" if any(_NO_CELL.match(c) for c in cells) else "yes" if any(_YES_CELL.match(c) for c in cells) else None
    if answer is None:
        return None
    page = st.pages[u.page]
    pos = _unit_pos(page, u)
    first = pos
    while first > 0 and "|" in page.units[first - 1].low and page.units[first - 1].kind not in ("heading", "title"):
        first -= 1
    header = page.units[first].low if first < pos else ""
    topic = header or (u.headings[-1] if u.headings else "")
    if not _TABLE_TOPIC.search(topic) or is_cost(page.units[first]) or terms("context", "cost").search_text(topic):
        return None
    return answer


# the header of a two-column table of what is and is not treated ("Wel | Niet", "Wel behandeld | Niet behandeld", "Ja | Nee",
# "We treat | We do not treat"): a yes column, then a no column
_YES_COLUMN = re.compile(r"^(?:wel|ja|yes|(?:wij\s+|we\s+)?(?:wel\s+)?behandel(?:en|d)(?:\s+wij|\s+we)?(?:\s+wel)?|wel\s+terecht|"
                         r"(?:we\s+)?treat(?:ed)?|suitable|geschikt)$")
_NO_COLUMN = re.compile(r"^(?:niet|nee|no|niet\s+(?:behandeld|terecht|geschikt)|(?:wij\s+|we\s+)?(?:behandelen\s+(?:wij\s+|we\s+)?)?niet(?:\s+behandeld)?|"
                        r"(?:we\s+)?(?:do\s+not|don't)\s+treat|not\s+(?:treated|suitable)|ongeschikt|elders)$")


def _column_sides(st: SiteText, u: Unit) -> bool | None:
    """For a row under a header "Wel | Niet" (the nearest line above it with cells, within the run of such lines): whether
    its right cell holds text (True/False); None when the unit is no row of such a table."""
    for v in st.run_above(u, lambda v: "|" in v.low, 12)[0]:
        cells = [c.strip(" .:;!") for c in v.low.split("|")]
        if len(cells) == 2 and _YES_COLUMN.match(cells[0]) and _NO_COLUMN.match(cells[1]):
            return bool(u.low.split("|", 1)[1].strip(" .:;!"))
    return None


# a page of self-help tips ("/tips/beter-slapen-in-zeven-stappen", "Zelfhulp: piekeren", "Self-help tips"): like an article,
# what it names (alcohol, stress) is advice to anyone, not whom the practice treats
_TIPS_PAGE = re.compile(r"(?<![a-z])(?:tips?|zelfhulp\w*|self[\s-]?help)(?![a-z])")


def _tips_page(page) -> bool:
    """The page's address or title says it gives self-help tips (``_TIPS_PAGE``). (Kept per page: asked of every unit.)"""
    got = page.memo.get("doelgroep_tips_page")
    if got is None:
        got = page.memo["doelgroep_tips_page"] = bool(_TIPS_PAGE.search(page.path_low) or _TIPS_PAGE.search(page.title_low))
    return got


# the page's subject said to be no treatment ("Het Stiltemoment is uitdrukkelijk geen behandeling", "Deze wandelgroep is geen
# therapie", "This walking group is not therapy"): an activity, not the practice's care
_NO_CARE_ITSELF = re.compile(r"(?<![a-z])(?:is|zijn|are)\s+(?:dus\s+|uitdrukkelijk\s+|nadrukkelijk\s+|expliciet\s+|bewust\s+|echt\s+|explicitly\s+|expressly\s+)?"
                             r"(?:geen|not|no)\s+(?:a\s+)?(?:vorm\s+van\s+|form\s+of\s+)?(?:behandeling|therapie|zorg|hulpverlening|treatment|therapy|"
                             r"counsel+ing|care)(?=\s*(?:[.,;:!]|en\s|maar\s|and\s|but\s|$))")


def _about_no_care(page) -> bool:
    """A sentence of the page says its subject is no treatment (``_NO_CARE_ITSELF``)."""
    return some_sentence(page, _NO_CARE_ITSELF)


def _names_group_section(u: Unit, groups) -> bool:
    """The line names a client group as a section of the page ("Kinderen en jongeren (tot 18 jaar)",
    "Therapie voor volwassenen"), not scores ("Ouderen 7,1 8,0"), money or an intake stop."""
    return any(_is_client_group(h) for h in groups.find(u)) and bool(
        _GROUP_HEADING.fullmatch(u.low.strip(" .:!"))
        or (_CARE_FOR_GROUP.search(u.low) and len(u.low.split()) <= 10 and not _SCORES.search(u.low)
            and not is_cost(u) and not _INTAKE_STOP.search(u.low)))


# parents are a client group where the care is for them ("hulp voor ouders", "wij begeleiden ouders", "ouders die
# vastlopen in de opvoeding", "ook ouders kunnen bij ons terecht"); elsewhere they take part in a child's care
# ("samen met de ouders bespreken we de doelen", "als de ouders het goed vinden")
_PARENTS_AS_CLIENTS = re.compile(
    r"(?<![a-z])(?:voor|aan|help\w*|begeleid\w*|ondersteun\w*|adviseer\w*|adviseren|coach\w*|behandel\w*|ook|for|support\w*)\s+(?:\w+\s+){0,2}?(?:ouders|parents)(?![a-z])"
    r"|(?<![a-z])(?:ouders|parents)\s+(?:en\s+verzorgers\s+)?(?:die|met|who|with|van\s+(?:\w+\s+)?(?:kinderen|jongeren|een\s+kind)|kunnen\s+(?:\w+\s+){0,3}terecht)(?![a-z])")


def _names_client_group(u: Unit, groups) -> bool:
    """The unit names a client group: parents where the care is for them, couples where "stellen" is no verb,
    other groups and ages wherever they stand."""
    return any((h.text != "ouders" or _PARENTS_AS_CLIENTS.search(u.low)) and not (h.text == "stellen" and _STELLEN_PLAN.search(u.low))
               for h in groups.find(u))


# "stellen" with the plan or the goals as its object is the verb ("na de intake stellen we samen een behandelplan op",
# "samen stellen we doelen vast")
_STELLEN_PLAN = re.compile(r"(?<![a-z])stellen\s+(?:\w+\s+){0,4}?(?:een\s+|het\s+|de\s+|jouw\s+|uw\s+|je\s+)?(?:behandelplan\w*|plan|doelen|doel|behandeldoelen)(?![a-z])")


def _is_client_group(hit) -> bool:
    """A client-group hit other than parents (involved in a child's care) or "stellen" (also a verb)."""
    return hit.text not in ("ouders", "stellen")


class _Part:
    """A clause of a unit in the shape the term sets read (folded text, no lemmas)."""

    __slots__ = ("text", "low", "lemmas")

    def __init__(self, low: str):
        self.text = self.low = low
        self.lemmas = ""


def _clause_before_cost(u: Unit) -> _Part | None:
    """The part of a sentence on money before the clause that holds its first money word, when a semicolon
    ends it and it is a clause of its own (eight words or more); None otherwise."""
    starts = [h.start for h in terms("context", "cost").find(u) if h.on == "low"]
    if not starts or ";" not in u.low[:min(starts)]:
        return None
    head = u.low[:u.low.rindex(";", 0, min(starts))]
    return _Part(head) if len(head.split()) >= 8 else None


def _both_sides(unit: Unit, under_inc: bool, complaint, severity, groups, exc_cue, frame, own_frame, inc_cue, band_t):
    """((included labels, client group), (excluded labels, severity)) when the unit says whom the
    practice treats and, after a turn, whom it does not; None otherwise."""
    low = unit.low
    for m in _CONTRAST.finditer(low):
        head, tail = _Part(low[:m.start()]), _Part(low[m.start():])
        if len(head.low.split()) < 3 or len(tail.low.split()) < 2:
            continue
        if exc_cue.search(head) or _NEGATION.search(head.low):
            return None
        t_labels = list(dict.fromkeys(h.label for h in complaint.find(tail)))
        t_sev = severity.search(tail)
        t_group = any(h.text not in ("ouders", "stellen") for h in groups.find(tail))
        turns = exc_cue.search(tail) or bool(_CONTRAST_EXCLUDES.match(tail.low[1:] if tail.low[:1] == ";" else tail.low)) or bool(
            _NEGATION.search(tail.low))
        if not (turns and (t_labels or t_sev or t_group)):
            continue
        h_labels = list(dict.fromkeys(h.label for h in complaint.find(head)))
        h_group = any(h.text not in ("ouders", "stellen") for h in groups.find(head))
        h_band = band_t.search(head) or "lichte tot matige" in inc_cue.labels_in(head)
        framed = under_inc or frame.search(head) or own_frame.search(head) or bool(
            set(inc_cue.labels_in(head)) & {"bedoeld", "terecht", "behandelen"})
        if framed and (h_labels or h_group or h_band or _GENERAL_TARGET.search(head.low)):
            return (h_labels, h_group), (t_labels, bool(t_sev) or not t_labels)
        return None
    return None


@register
class Doelgroep(Check):
    topic = "doelgroep"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-8"
    message_keys = ("voldoet", "only_inclusion", "only_exclusion", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        inc, exc = self._sides(st)

        inc_concrete = len(inc.labels) >= 2
        exc_concrete = bool(exc.labels or exc.severity or exc.referral or exc.groups)
        included = join_dutch(inc.labels[:5]) or (UI_STRINGS["clients"] if inc.groups else UI_STRINGS["complaints"])
        excluded = join_dutch(exc.labels[:5]) or UI_STRINGS[
            "severity" if exc.severity else "referral" if exc.referral else "clients" if exc.groups else "severity"]
        details = {"included": inc.labels, "excluded": exc.labels, "exclusion_severity": exc.severity,
                   "exclusion_referral": exc.referral}

        # LABELING v2: a target group, a severity band or complaints treated (one side), plus
        # anything on who is not treated or is referred elsewhere (the other side) = voldoet
        if inc.units and exc_concrete:
            conf = 0.8 if (len(inc.labels) >= 3 and exc.labels) else (0.7 if inc_concrete else 0.6)
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf,
                                evidence=evidence(inc.units[:2] + exc.units[:2]), needs_review=conf < 0.7 or inc.inferred,
                                details=details, included=included, excluded=excluded)
        if inc.units and not exc_concrete:
            return self.finding(ctx, "voldoet_bijna", "only_inclusion", confidence=0.7 if inc_concrete else 0.55,
                                evidence=evidence(inc.units), needs_review=not inc_concrete or bool(exc.units),
                                details=details, included=included)
        if exc_concrete:
            key = "only_exclusion"
            # both sides present, but the inclusion side names no concrete complaints
            return self.finding(ctx, "voldoet_bijna", key, confidence=0.6,
                                evidence=evidence(exc.units[:2] + inc.units[:2]), needs_review=bool(inc.units),
                                details=details, excluded=excluded)
        # complaints named on an own page, without a frame that says the practice treats them
        near = [u for u in st.units if u.kind not in ("heading", "title") and not not_own_content(st, u)
                and not is_editorial_page(st.page_of(u)) and len(terms("complaints", "complaint").labels_in(u)) >= 2]
        details["near_miss"] = [u.text[:120] for u in near[:2]]
        # a reviewer looks when the practice's own pages name complaints or when its target-group
        # page ("Voor wie", "Doelgroep") was read without finding either side
        topic = any(page_titled(p, ("context", "topic_page_doelgroep")) and not is_editorial_page(p) for p in st.pages)
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.6 if near else 0.7, details=details,
                            needs_review=bool(near) or topic)

    @classmethod
    def _sides(cls, st: SiteText) -> tuple[Side, Side]:
        """Both sides from the practice's own pages; blog posts and news may add to a side that
        already exists, never open one."""
        inc, exc = cls._collect(st, editorial=False)
        e_inc, e_exc = cls._collect(st, editorial=True)
        for side, extra in ((inc, e_inc), (exc, e_exc)):
            if side.units and extra.units:
                side.labels.extend(x for x in extra.labels if x not in side.labels)
        return inc, exc

    @staticmethod
    def _collect(st: SiteText, editorial: bool) -> tuple[Side, Side]:
        complaint = terms("complaints", "complaint")
        severity = terms("complaints", "severity")
        groups = terms("complaints", "client_group")
        inc_cue = terms("complaints", "inclusion_cue")
        exc_cue = _Either(terms("complaints", "exclusion_cue"), terms("doelgroep", "exclusion_cue"))
        inc_head = _Either(terms("complaints", "inclusion_heading"), terms("doelgroep", "inclusion_heading"))
        exc_head = _Either(terms("complaints", "exclusion_heading"), terms("doelgroep", "exclusion_heading"))
        frame = terms("complaints", "inclusion_frame")
        indication = terms("complaints", "indication")
        method = terms("methods", "method")
        crit_head = terms("doelgroep", "criteria_heading")
        own_frame = terms("doelgroep", "own_frame")
        band_t = terms("doelgroep", "band")
        group_offer = terms("doelgroep", "group_offer")
        excluded_age = terms("doelgroep", "excluded_age")
        severity_target = terms("doelgroep", "severity_target")
        not_fit, referral, condition = (terms("doelgroep", g) for g in ("not_fit", "referral", "condition"))
        inc, exc = Side(), Side()
        criteria_items: list[Unit] = []
        soft: list[tuple[Unit, list[str], bool]] = []
        answer_units: set[int] = set()
        for u in st.units:
            heading = u.kind in ("heading", "title") and not _PROSE_HEADING.match(u.text)
            if heading and u.kind == "title":
                continue
            if is_menu_line(u):
                continue  # "Home Voor kinderen Voor ouders Voor verwijzers Contact": the site's pages, no client group told
            page = st.page_of(u)
            # a knowledge-base or explainer page, and a sentence placed in the care sector, research or
            # guidelines ("In de basis GGZ worden in het algemeen mensen met lichte tot matige klachten
            # behandeld", "Uit onderzoek blijkt dat CGT werkt bij angst"), say how care goes in general:
            # like a blog post they may add to a side the practice states itself, never open one
            # (so do a page of partners or links, whom other organisations help, one of a course: whom it admits, and a
            # blog post known by its text: "Lees ook" on a page in which the practice never speaks)
            if (is_editorial_page(page) or reads_as_article(page) or is_general_page(page, questions=False) or speaks_of_care_in_general(u)
                    or page_titled(page, ("context", "partners_page")) or is_links_page(page) or is_course_page(page)
                    or _tips_page(page)) != editorial:
                continue
            # (a cookie banner that the extractor took for the title or a heading makes no legal page)
            # (a page for employers, the press or schools: its complaints are the topics of a workshop or an article)
            if (is_legal_page(page) or is_vacancy_page(page) or addresses_others(page) or in_boilerplate_section(u)
                    or in_legal_section(u) or is_referral_letter(u) or is_recruiting(u) or _about_no_care(page)
                    or (heading and _names_group_section(u, groups) and (page_titled(page, ("context", "route_page")) or is_cost_page(page)))
                    or (not heading and _helpline_audience(u)) or _grade_row(u)):
                # (also a helpline's own audience, "De Kindertelefoon is er voor kinderen met vragen", said
                # where the practice does not speak;
                # also a page about an activity that says it is no treatment, "Het Stiltemoment is uitdrukkelijk geen
                # behandeling": whom it welcomes is no client group; and a group named on a route page, "# Children" over
                # "Please leave children at home": a practical matter)
                continue
            if heading:
                # a section of the practice's own page named for a client group ("Kinderen en jongeren",
                # "Therapie voor volwassenen"): a general target group, one side; a table header with
                # scores ("Ouderen 7,1 8,0") or a heading on money is not
                if not editorial and _names_group_section(u, groups):
                    inc.add(u, [], groups=True)
                continue
            if not editorial and is_heading_like_line(st, u) and _names_group_section(u, groups):
                # the same name of a section set as a line of text over the headings below it ("Voor kinderen
                # en jongeren tot 18 jaar" over "## Het eerste gesprek"): it heads that part of the page
                inc.add(u, [], groups=True)
                continue
            # a sentence on money may still say whom the care is meant for ("de basis ggz is bedoeld
            # voor lichte tot matige klachten en wordt vergoed uit de basisverzekering"), never whom it
            # is not for: "wordt niet vergoed", "geen passende diagnose" is a reimbursement rule
            if not editorial and u.kind != "list_item" and not is_cost_page(page) and _reader_group_offered(u.low, _next_unit(st, u)):
                # "Ben je jongvolwassene of student, dan ben je welkom voor therapie": the reader as one
                # of a client group, answered by the offer (a general target group, one side)
                inc.add(u, [], groups=True)
                continue
            cost = is_cost(u) and not _cost_only_in_glued_heading(u)
            if cost and _NEGATION.search(u.low):
                # (a clause before the money, cut off at a semicolon, may still turn a misfit away: "Past uw
                # vraag niet bij ons aanbod, dan volgt een doorverwijzing; dat geldt ook als iets niet vergoed wordt")
                lead_clause = _clause_before_cost(u)
                if (lead_clause is not None and not editorial and not_fit.search(lead_clause) and condition.search(lead_clause)
                        and referral.search(lead_clause) and not _REFERRER.search(lead_clause.low)):
                    exc.add(u, [])
                    exc.referral = True
                continue
            quoted = [m.span() for m in _QUOTED.finditer(u.low)] if ("'" in u.low or '"' in u.low) else []
            # (and a product's name: "de app Stemmingskompas", "the Worry Less platform")
            quoted += _product_names(u)
            hits = [h for h in complaint.find(u) if not (h.on == "low" and any(a <= h.start < b for a, b in quoted))
                    and not _ID_DOCUMENT.match(h.text) and not (h.on == "low" and _module_topic(u.low, h.start))]
            labels = list(dict.fromkeys(h.label for h in hits))
            sev = severity.search(u)
            if (labels or sev) and _emergency_page(page) and _crisis_advice(u, hits, severity, page):
                # on a page about what to do in an emergency, crisis and suicidal thoughts are when to call
                # whom (2b-6), not whom the practice treats
                continue
            grp = _names_client_group(u, groups)
            # the practice (or its reader) and care in one sentence that names an age or client group
            # (the practice may speak of itself by its name: "GGZ Noord biedt kortdurende hulp aan volwassenen")
            offered = bool(group_offer.search(u) and _CARE.search(u.low)
                           and (_VOICE.search(u.low) or _OWN_PASSIVE.search(u.low) or _name_offers(u) or _own_team_they(st, u))
                           and not is_waiting_time(u) and not _CAREER.search(u.low) and not _INTAKE_STOP.search(u.low))
            grp = grp or offered
            cols = _column_sides(st, u) if ("|" in u.low and not cost and not editorial) else None
            if cols is not None:
                # a row of a two-column table headed "Wel | Niet": its left cell is treated, its right cell is not
                split = u.low.index("|")
                left = list(dict.fromkeys(h.label for h in hits if h.on == "low" and h.start < split))
                right = list(dict.fromkeys(h.label for h in hits if h.on == "low" and h.start > split))
                if left:
                    inc.add(u, left)
                if right or cols:
                    exc.add(u, right, severity=bool(severity.search_text(u.low[split:])))
                    exc.listed = True
                continue
            answer = (_table_answer(st, u) or _marked_answer(u)) if (labels and not cost) else None
            if answer is not None:
                # a row of a table of what is treated: its yes or no says the side
                (exc if answer == "no" else inc).add(u, labels)
                exc.listed |= answer == "no"
                continue
            lead = _lead_in(st, u)
            heads = list(u.headings[-2:])
            # under "In- en exclusiecriteria" the lead-in or the item itself says which side it is on
            side_heads = [h for h in heads if not _BOTH_SIDES.search(h)]
            lead_exc = lead is not None and (exc_cue.search(lead) or exc_head.search_text(lead.low)
                                             or _points_back_to_misfit(st, lead, exc_cue, not_fit))
            # (a lead-in that is only the criteria's name, "Indicaties:", opens the treated side)
            lead_inc = lead is not None and (inc_cue.search(lead) or inc_head.search_text(lead.low)
                                             or (crit_head.search_text(lead.low) and lead.low.rstrip().endswith(":")))
            # a heading that is itself a sentence of either side ("Wij behandelen" / "Wij behandelen niet")
            short_heads = [h for h in side_heads[-1:] if len(h.split()) <= 8]
            neg_heads = [h for h in short_heads if exc_cue.search_text(h)]
            under_exc = (any(exc_head.search_text(h) or _EXC_HEADING.match(h) for h in side_heads) or lead_exc or bool(neg_heads))
            # a label that opens the sentence works as its heading ("Niet bij ons: acute crisis, verslaving, ...")
            opening = _OPENING_LABEL.match(u.low) if u.kind != "heading" else None
            under_exc = under_exc or bool(opening and (exc_head.search_text(opening.group(1)) or _EXC_HEADING.match(opening.group(1))))
            # a heading that names the target group itself ("Voor wie", "Doelgroep", "Geschikt voor", "For whom")
            target_head = any(_TARGET_HEADING.match(h) for h in short_heads) and not any(exc_cue.search_text(h) for h in short_heads)
            under_inc = (any(inc_head.search_text(h) or crit_head.search_text(h) for h in side_heads) or lead_inc
                         or len(side_heads) < len(heads) or target_head
                         or any(frame.search_text(h) and not exc_cue.search_text(h) and not _HOW_HEADING.search(h) for h in short_heads))
            if (under_inc and not lead_inc and u.kind != "list_item" and len(heads) > 1 and method.search_text(heads[-1])
                    and all(_OFFER_HEADING.match(h) for h in heads[:-1])):
                # "# Aanbod / ## Cognitieve gedragstherapie / Je leert sombere of angstige gedachten herkennen": a
                # sentence in the section of one method says how it works, not whom the practice treats (it may still
                # say so itself: "EMDR is bedoeld voor mensen met ..."; a list there is the method's indications)
                under_inc = False
            if under_inc and not lead_inc and _symptom_section(u, complaint):
                # "# ADHD / ## Klachten / - onrust": the symptoms of a disorder, not whom the practice treats
                under_inc = False
            advises = bool(_ADVISES_ELSEWHERE.search(u.low)) and not cost
            question = _question_before(st, u) if (labels or sev or grp or advises) else None
            if question is not None and len(question.text.split()) <= 14:
                # a question put as a sentence over its answer ("Waarmee kunt u bij ons terecht?",
                # "Wanneer kunt u niet bij ons terecht?")
                if exc_head.search_text(question.low) or (exc_cue.search(question) and _FIT_WORDS.search(question.low)):
                    # the answer says who is not treated when it names complaints or a severity, or
                    # advises other care ("Wanneer niet? Als een kortere behandeling volstaat, raden we u
                    # aan daar eerst hulp te zoeken"); an answer that only says where to go in a crisis
                    # ("Bent u nog niet bij ons in behandeling? Bel bij een crisis uw huisarts") is 2b-6
                    under_exc = under_exc or bool((labels or sev or advises) and not _crisis_advice(u, hits, severity, page))
                else:
                    under_inc = under_inc or inc_head.search_text(question.low)
            if not under_exc and (labels or sev or advises) and not heading:
                # a line set as a paragraph over a run of sentences, that turns the target question round
                # ("Niet voor u als...", "Voor wie is deze hulp niet bedoeld?", "Not for you if:"): the
                # sentences below it, up to the next such line, say who is not treated
                above = line_lead(st, u, reach=10, max_words=_LINE_LEAD_WORDS, ends=_LEAD_END)
                under_exc = above is not None and (exc_head.search_text(above.low) or bool(_EXC_HEADING.match(above.low))
                                                   or bool(exc_cue.search(above) and _FIT_WORDS.search(above.low)))
            if lead_inc and not lead_exc:
                under_exc = False
            treated_said = bool(under_exc and (labels or grp or sev or band_t.search(u)) and _states_treated_side(u, exc_cue))
            if treated_said:
                # "# Wanneer niet bij ons? / Wij behandelen mensen met lichte tot matige klachten. Bij een psychose ...":
                # a sentence in the section that says, in the practice's voice and without a negation, whom it does treat
                under_exc = False
            is_exc = bool(exc_cue.search(u)) or under_exc or _more_exclusion(u.low) or bool((labels or sev) and _not_aimed_at(u.low))
            if (not is_exc and not cost and not editorial and _ONLY_GROUP.search(u.low) and not _CAREER.search(u.low)
                    and not _ACCESS_RULE.search(u.low)
                    and _CARE.search(u.low) and not _INTAKE_STOP.search(u.low)):
                # "Wij behandelen alleen volwassenen vanaf 18 jaar", "We only treat adults": who is not treated
                is_exc = True
            degree = _NOT_SO_SEVERE.search(u.low) if is_exc and not under_exc else None
            if degree is not None:
                # "klachten die niet zo zwaar zijn dat gespecialiseerde hulp nodig is": the other care
                # is named to say how light the problems are that the care is for, not whom it turns away
                rest = _Part(u.low[:degree.start()] + u.low[degree.start() + len(_clause_at(u.low, degree.start())):])
                is_exc = bool(exc_cue.search(rest)) or _more_exclusion(rest.low)
            if (is_exc and not under_exc and not labels and not grp and sev and not referral.search(u)
                    and _only_care_denied(u, severity) and not _more_care_next(st, u, referral)):
                continue  # "Langdurige of specialistische zorg geven wij niet": the kind of care not given (2b-10),
                # no client turned away (a severity word that qualifies the care, not the problems)
            if is_exc and not under_exc and _REFERRER.search(u.low) and not _PRONOUN_SELF.search(u.low):
                # "de huisarts kan u bij complexe problematiek doorverwijzen naar de specialistische
                # GGZ": how referrals go in general, not whom this practice does not treat
                continue
            under_criteria = not under_exc and any(crit_head.search_text(h) for h in heads)
            if not under_exc and u.kind != "list_item":
                both = _both_sides(u, under_inc, complaint, severity, groups, exc_cue, frame, own_frame, inc_cue, band_t)
                if both is not None:
                    # one sentence with both sides ("wij behandelen angst en somberheid, maar geen
                    # verslaving"; "... bedoeld voor lichte tot matige klachten; bij complexe
                    # problematiek verwijzen wij door"): each clause on its own side
                    (i_labels, i_groups), (e_labels, e_sev) = both
                    inc.add(u, i_labels, groups=i_groups)
                    exc.add(u, e_labels, severity=e_sev)
                    continue
            if not is_exc and (labels or sev) and (u.kind == "list_item" or under_inc or under_criteria or (lead is not None and u.kind != "list_item")):
                # a criterion that negates a complaint or severity ("- geen acute suïcidaliteit", "er is
                # geen verslaving op de voorgrond", "no active substance abuse"): who is not treated
                first = min((h for h in hits + severity.find(u) if h.on == "low"), key=lambda h: h.start, default=None)
                if first is not None and len(u.low.split()) <= 16 and _NEGATED_ITEM.fullmatch(u.low[:first.start]):
                    exc.add(u, labels, severity=bool(sev))
                    exc.listed |= under_criteria or under_inc
                    continue
            if not is_exc and labels and _TREAT.search(u.low) and not treated_said:
                # "verslaving behandelen wij niet": a negated clause around the complaint (not a "niet" in the complaints
                # listed after the statement of whom the practice helps: "wij helpen stellen die vastlopen: elkaar niet
                # meer bereiken, ...")
                first = hits[0]
                # (not a contrast of goals: "niet gericht op het wegnemen van elke angst, maar op weer functioneren")
                is_exc = first.on == "low" and negated(u.low, first.start, first.end) and bool(
                    re.search(r"(?:behandel|help|terecht|geschikt|bedoeld)\w*", u.low)) and not _GOAL_TURN.search(u.low, first.end) \
                    and not _negation_describes_complaint(u.low, hits)
            if not (labels or under_exc) and (not is_exc or not sev) and _no_fit_referral(st, u, not_fit, referral, condition):
                # "als u niet bij ons op de juiste plek bent, verwijzen wij u door": who is not
                # treated, said without naming complaints (one side); also with a severity ("wanneer
                # u in de gespecialiseerde ggz thuishoort, bespreken we welke zorgverlener past")
                exc.add(u, [], severity=bool(sev))
                exc.referral = True
                continue
            if (not is_exc and not cost and not editorial and _OTHER_CARE_BETTER.search(u.low) and _OTHER_CARE.search(u.low)
                    and (target_head or _PRONOUN_SELF.search(u.low)) and not _REFERRER.search(u.low)):
                # on the practice's own target-group page, other care is said to be the better way
                # ("soms biedt de hulp van een maatschappelijk werker een betere oplossing"): when to go elsewhere
                exc.add(u, [])
                exc.referral = True
                continue
            if (not is_exc and (labels or sev) and not cost and condition.search(u) and (_REFERRAL_TALK.search(u.low) or _REFERS_ON_AFTER.search(u.low) or _HELPS_FIND_CARE.search(u.low))
                    and not _REFERRAL_TO_US.search(u.low) and _OWN_CARE_WORDS.search(u.low) and not _REFERRER.search(u.low)):
                # "Mocht er sprake zijn van een psychose, dan overleggen we met je huisarts over een verwijzing": when to go elsewhere
                # (so does "blijkt meer hulp nodig, bij een verslaving bijvoorbeeld, dan verwijzen wij u samen met uw huisarts door",
                # and "should it be an eating disorder, we help you to find a specialist service")
                is_exc = True
            if not is_exc and (labels or grp) and not cost and not editorial and _answers_no(st, u) \
                    and not _states_treated_side(u, exc_cue) and not _crisis_advice(u, hits, severity, page):
                # "Do you treat that? / No. For eating disorders ...", "Kan ik bij jullie komen? / Helaas niet. Wij zien
                # uitsluitend volwassenen": what the answer names is not treated
                exc.add(u, labels, groups=bool(grp and not labels))
                continue
            if not is_exc and not labels and grp and not cost and not editorial and _group_asked_answered_no(st, u):
                # "Werkt u ook met kinderen? Nee, ...", "Do you also see children? No, ...": that group is not treated
                exc.add(u, [], groups=True)
                continue
            if not is_exc and (labels or sev) and _asked_then_turned_away(st, u, exc_cue):
                is_exc = True
                # (the answer belongs to the same side: "... ? In dat geval verwijst uw huisarts u naar de verslavingszorg")
                answer_units.add(id(_next_unit(st, u)))
            if (not is_exc and not cost and _NO_START.search(u.low) and _UNWILLING.search(u.low) and condition.search(u)
                    and (_PRONOUN_SELF.search(u.low) or _THE_PRACTITIONER.search(u.low)) and not _CONSENT.search(u.low)):
                # a condition on the client under which the practice starts no treatment ("als ouders niet
                # bereid zijn mee te werken, start ik geen behandeling met het kind"): who is not treated
                exc.add(u, [], groups=True)
                continue
            if is_exc and cost:
                continue
            if not is_exc and labels and _crisis_advice(u, hits, severity, page):
                # "wie aan zelfdoding denkt, kan altijd anoniem 113 bellen": where to go in a
                # crisis (2b-6), not whom the practice treats
                continue
            asked = _more_care_asked(st, u, referral) if not labels and (
                u.low.rstrip().endswith("?") or (condition.search(u) and u.kind != "heading")) else None
            if asked is not None and not cost and not editorial:
                # "Blijkt u meer zorg nodig te hebben? Dan zoeken we samen een passende plek", "Do you turn out to need
                # more specialised care? Then we help you find the right place": the question is the condition (so is a
                # statement with its own condition word: "Soms blijkt dat er meer nodig is." + "Dan verwijzen we je door.")
                exc.add(u, [], severity=bool(sev))
                exc.referral = True
                answer_units.add(id(asked))
                continue
            if (not labels and not cost and not editorial and (is_exc or referral.search(u)) and condition.search(u)
                    and _MORE_CARE_NEEDED.search(u.low) and (_PRONOUN_SELF.search(u.low) or _THE_PRACTITIONER.search(u.low))
                    and not _AFTER_CARE.search(u.low) and not _REFERRER.search(u.low)):
                # "Blijkt meer hulp nodig, dan kijken we met je huisarts naar een andere plek", "should more
                # intensive help prove necessary, we talk about a referral": when to go elsewhere
                exc.add(u, [], severity=bool(sev))
                exc.referral = True
                continue
            if is_exc and not under_exc and _crisis_advice(u, hits, severity, page):
                # "bij spoed of crisis kunt u niet bij ons terecht, bel dan de huisartsenpost": what to do
                # in an emergency (2b-6), not a criterion of whom the practice treats
                continue
            # a sentence that names its content as contra-indications or exclusion criteria ("Contra-indicaties
            # voor EMDR zijn een dissociatieve stoornis en epilepsie"): the other side, whatever it names
            named_list = (is_exc and not cost and not heading and bool(_NAMED_EXCLUSION.search(u.low))
                          and len(u.low.split()) >= 6 and not _NEGATION.search(u.low[:_NAMED_EXCLUSION.search(u.low).start()]))
            if is_exc:
                if under_exc and not (labels or sev or named_list or grp) and not _CARE_OR_CLIENTS.search(u.low):
                    continue  # "# What we don't do / No tracking cookies on this site", "# Limitations / Much of the research
                    # relies on student samples": a sentence under such a heading that speaks of no care, client or problem
                if labels or sev or under_exc or named_list:
                    exc.add(u, labels, severity=bool(sev) or (under_exc and not labels) or (named_list and not labels))
                    exc.listed |= under_exc or named_list
                elif _NOT_TREATED.search(u.low) and (any(h.text != "ouders" for h in groups.find(u)) or excluded_age.search(u)):
                    # a client group or age not treated ("kinderen onder de 12 jaar kunnen wij niet behandelen")
                    exc.add(u, [], groups=True)
                elif _NOT_FOR_PEOPLE.search(u.low) and (_PRONOUN_SELF.search(u.low) or "praktijk" in u.low):
                    # the own care does not fit a kind of client ("onze zorg past niet bij mensen die een
                    # langdurige, intensieve behandeling nodig hebben")
                    exc.add(u, [], groups=True)
                elif _REFERS_ON.search(u.low) and (any(_is_client_group(h) for h in groups.find(u)) or excluded_age.search(u)):
                    # a client group or age the practice refers on ("jongeren onder de 18 jaar verwijzen
                    # wij naar de jeugd-ggz", "children we refer to a colleague")
                    exc.add(u, [], groups=True)
                elif _ONLY_GROUP.search(u.low) and not cost and not editorial and not _ACCESS_RULE.search(u.low):
                    # "wij behandelen alleen volwassenen": the own care restricted to a group, the others not treated
                    exc.add(u, [], groups=True)
                elif _NOT_RIGHT_PLACE_IF.search(u.low) and _OWN_CARE_WORDS.search(u.low) and not cost:
                    # "Wij zijn niet de juiste plek als je dagelijks begeleiding nodig hebt": who is not treated
                    exc.add(u, [], groups=True)
                elif condition.search(u) and _BETTER_ELSEWHERE.search(u.low):
                    # when the need lies elsewhere the client is better helped there ("wanneer u vooral
                    # hulp nodig heeft bij schulden, kunt u beter terecht bij het maatschappelijk werk")
                    exc.add(u, [])
                    exc.referral = True
                continue
            if under_criteria and not (labels or grp):
                if (not editorial and not cost and ("indic" in u.low or "aangewezen" in u.low) and _INDICATED_WHEN.search(u.low)
                        and not _NEGATION.search(u.low)):
                    # "# Indicatie / Psychotherapie is geïndiceerd wanneer klachten langer bestaan ...": whom the
                    # care is for, said as a kind of problem (one side)
                    inc.add(u, [], groups=True)
                    continue
                # "Verwijsindicaties: - GAF < 65 - Er is een DSM-classificatie": inclusion criteria
                # that name no complaint; they make a side only next to an explicit exclusion list
                criteria_items.append(u)
                continue
            cues = set(inc_cue.labels_in(u))
            # a care meant for a severity: said by the practice, or of a care that is not a level of the
            # care system in general ("psychotherapie is bedoeld voor mensen met langdurige problemen",
            # not "specialistische ggz is bedoeld voor mensen met ernstige problemen")
            band = "lichte tot matige" in cues or band_t.search(u) or bool(severity_target.search(u) and (
                _VOICE.search(u.low) or (not editorial and not _ECHELON.search(u.low))))
            meant = _MEANT_FOR.search(u.low) or (("indic" in u.low or "aangewezen" in u.low) and _INDICATED_WHEN.search(u.low))
            if (meant and not (labels or grp or band) and not cost and not editorial and _CARE.search(u.low)
                    and not _PEOPLE_IN_GENERAL.match(u.low) and not _NEGATION.search(_clause_before(u.low, meant.end()))
                    and not _ECHELON.search(_clause_at(u.low, meant.start())[:meant.start()])):
                # the care is said to be meant for people ("psychotherapie is vooral bedoeld voor mensen met
                # problemen die meer tijd vragen dan ..."): a general target group, one side
                inc.add(u, [], groups=True)
                continue
            target = None if (labels or grp or band or cost) else (_GENERAL_TARGET.search(u.low) or _WHO_FRAMED.search(u.low))
            if target and (
                    under_inc or frame.search(u) or own_frame.search(u) or cues & {"bedoeld", "terecht"}
                    or _ELIGIBLE.search(u.low)) and not _negated_target(u.low, target) and not _CRISIS_WORDS.search(u.low):
                # "wij helpen volwassenen met psychische klachten": a general target group, the treated
                # side only beside an exclusion on the same page (below); a negation in another clause of
                # a long paragraph ("... niet alleen op te lossen; wij nemen iemand in behandeling wanneer ...")
                # does not turn it round. Crisis care open to everyone ("crisiszorg bieden we aan iedereen") is
                # reachability (2b-6), not whom the practice treats
                soft.append((u, [], True))
                continue
            if not (labels or grp or band) or (cost and not (labels or band)):
                # on money, an age or client group is who pays or is reimbursed ("voor volwassenen
                # wordt de hulp vergoed"), not a target group
                continue
            if _SPECIALIST_SUBJECT.match(u.low) and not _PRONOUN_SELF.search(u.low):
                # "De specialistische ggz is bedoeld voor mensen met een psychose of verslaving": whom
                # another level of the care system is for, not whom the practice treats
                continue
            if (_GENERIC_SUBJECT.match(u.low) or _CAREER.search(u.low)) and not under_inc:
                continue
            if opens_quotation(u.low) or tells_own_care(u.low):  # a client's words (a testimonial), not the practice's
                continue
            if _MEASURING.search(u.low):
                # "wij meten de ervaringen van onze cliënten met de CQI GGZ en Verslavingszorg", "u vult een
                # vragenlijst in over angst en somberheid": a measurement, not whom the practice treats
                continue
            if _COLLABORATION.search(u.low) and not _TREATS.search(u.low):
                # "wij werken samen met huisartsen, de specialistische ggz en de verslavingszorg": the
                # practice's partners, not whom it treats
                continue
            if (u.kind == "sentence" and _PEOPLE_IN_GENERAL.match(u.low) and not _PRONOUN_SELF.search(u.low) and "praktijk" not in u.low
                    and not (target_head and _PEOPLE_WITH.match(u.low))):
                # ("Mensen met angst of somberheid." under "Voor wie": the target group, not people in general)
                continue
            # inclusion needs the practice as the one who treats ("wij behandelen", "ik werk met",
            # "u kunt bij ons terecht met"), a target-group frame ("voor wie", "onze doelgroep"),
            # or a list under an inclusion heading or lead-in
            fhits = [h for h in frame.find(u) if not (h.on == "low" and negated(u.low, h.start, h.end, main_only=True))]
            frames = {h.label for h in fhits}
            strong = bool(frames & _STRONG_FRAME) or own_frame.search(u)
            lead_frame = lead is not None and (frame.search(lead) or bool(set(inc_cue.labels_in(lead)) & _EXPLICIT_INCLUSION))
            # "klachten zoals ..." addressed to the reader or said by the practice ("je kunt denken
            # aan klachten als stress, ...", "wij zien klachten zoals ...")
            # the complaints follow the cue ("klachten zoals angst"), not a "bijvoorbeeld" somewhere
            # else in the sentence ("bijvoorbeeld: als je negatief denkt, voel je je somber")
            # a bare "bijvoorbeeld" / "onder andere" to the reader is an illustration ("je kunt
            # bijvoorbeeld angstig worden"); the practice speaking ("wij zien onder andere ...") or an
            # explicit list of complaints ("klachten zoals ...") is a target group
            examples = bool(_PRONOUN.search(u.low)) and any(
                h.label == "klachten zoals" and any(0 <= c.start - h.end <= 40 for c in hits)
                and (_COMPLAINT_LIST.match(h.text) or bool(_PRONOUN_SELF.search(u.low) and _SEES.search(u.low)))
                for h in inc_cue.find(u))
            framed = under_inc or lead_frame or strong or "doelgroep" in frames or examples
            # a method explained ("IPT richt zich op ... bij depressie") is not a target group
            mhits = [h for h in method.find(u) if h.on == "low"]
            # ... but the practice's own page saying for whom a treatment is meant ("EMDR is geschikt
            # voor mensen met ...") names complaints treated
            # "CGT is effectief bij angst" is what research says of a method, not whom the practice treats
            indicated = bool(labels) and not editorial and any(not _EVIDENCE_CLAIM.search(h.text) for h in indication.find(u))
            # ... nor is one said to be for people ("Relatietherapie is voor stellen die vastlopen ...")
            meant_for = not editorial and bool(_MEANT_FOR.search(u.low)) and not _PEOPLE_IN_GENERAL.match(u.low)
            if mhits and hits and not strong and mhits[0].start < hits[0].start and not indicated and "bedoeld" not in cues and not meant_for:
                continue
            framed = (framed or indicated or offered or meant_for or (not editorial and _asked_then_offered(st, u))
                      or (not editorial and bool(hits) and hits[0].on == "low" and _if_then_offered(u.low, hits[0].start))
                      # (the practice by its name offers help with the complaints: "Linden biedt hulp bij stress en rouw")
                      or (not editorial and not cost and bool(labels) and _name_offers(u))
                      or (not editorial and not cost and bool(grp) and _for_group_line(u.low))
                      or (not editorial and not cost and _for_complaints_line(u, labels)))
            # (a practitioner of the practice named as the one who works with or focuses on complaints, "Marieke werkt met
            # volwassenen die vastlopen door angst", "Rebecca specialises in trauma", tells that person's specialism (2b-7),
            # not whom the practice treats)
            if labels and framed:
                inc.add(u, labels, groups=bool(grp))
            elif (grp and framed) or band:
                # only a client group or a severity band ("lichte tot matige problemen"): one side, not concrete
                inc.add(u, [], groups=bool(grp))
            elif ((_TREAT.search(u.low) or (len(labels) >= 2 and _COMPLAINT_LIST.search(u.low))) and not cost
                  and not (_CONSENT.search(u.low) and not labels)):
                # complaints or clients in a sentence about care, or a list of complaints ("denk aan klachten
                # zoals ..."), without a frame that makes them the practice's own: the treated side only
                # beside an exclusion on the same page (below);
                # parents named in a rule about consent ("bij gescheiden ouders is toestemming van beide
                # ouders nodig") are no client group
                soft.append((u, labels, bool(grp)))
        if exc.listed:
            for u in criteria_items:
                inc.add(u, [])
                inc.inferred = True
        if exc.units and not inc.units:
            # a page that says whom the practice does not treat is about its target group: the
            # complaints and client groups it names elsewhere, unframed, are the treated side
            pages = {x.page for x in exc.units}
            for u, labels, grp in soft:
                if u.page in pages and id(u) not in answer_units:
                    inc.add(u, labels, groups=grp)
                    inc.inferred = True
        return inc, exc
