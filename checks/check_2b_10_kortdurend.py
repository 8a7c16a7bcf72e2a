"""2b-10 Kortdurende en generalistische karakter van de behandeling.

Voldoet when one page explains both characters: the short, bounded one (a number of sessions or
a duration, "beperkt aantal gesprekken", tijdig afronden) AND the generalist one, explained by at
least two signals (klachtgericht, gericht op functioneren / eigen kracht, brede kennis in plaats
van specialisatie, lichte tot matige / niet complexe problematiek, contrast with the specialist
GGZ); the practice's own basis GGZ with its length counted out and one explanation of what it is
for (lichte tot matige / niet complexe klachten, klachtgericht) is enough, flagged for review.
The bare words "kortdurend" or "basis GGZ", a session count alone, or a referral whose destination
is the basis GGZ ("verwijzing naar de generalistische basis GGZ") are voldoet_bijna.
Whose length it is decides whether it counts: not one method's or format's ("IPT duurt 12-16
sessies", a group training), not an intake, assessment, waiting time, price or part of the
treatment ("de eerste 3 gesprekken"), not the POH-GGZ's; a profession ("orthopedagoog-generalist")
or a survey table ("Basis GGZ 8,4") is no generalist character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (OTHER_PROVIDER, PRACTICE_SELF, QUOTE_MARKS_STRICT, addresses_others, in_client_voice, evidence, introduces_professional_audience, is_for_professionals, in_boilerplate_section, in_cost_section, in_waiting_section, is_cost, is_cost_page, is_course_page, is_links_page,
                                  is_editorial_page, is_general_page, is_legal_page, is_policy_news, is_mostly_money,
                                  is_referral_letter, is_vacancy_page, is_waiting_time, is_general_explainer, page_kind, join_dutch, line_heading, of_other_provider, own_name_spans, presents_no_offer, quoted_in_first_person,
                                  is_menu_line, page_titled, reads_as_article, says_no_waiting, speaks_as_practice, speaks_of_care_in_general)
from checks.text.patterns import ADDRESS, QuickRegex
from checks.text.units import Unit, semicolon_clauses
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "count": "het aantal sessies of de duur",
    "short": "het kortdurende karakter",
    "generalist": "het generalistische karakter",
    "explained": "uitleg",
}
_NOT_TREATMENT = QuickRegex(r"(?<!inclusief )(?<!incl\. )(?<!incl )intake|wacht(?:tijd|lijst)|kennismak|waiting\s?(?:time|list|period)|waitlist"
                            # the verb: "daarna wacht u gemiddeld nog 2 tot 3 weken op de start van de behandeling", "you wait"
                            r"|(?<![a-z])(?:wacht|wachten|wachtte|wait|waits|waited)(?![a-z])"
                            r"|diagnosti(?:ek|sch)|(?:psychologisch|test|intelligentie|dyslexie)\s?onderzoek|observatie|screening|assessment"
                            # what the first talks map ("de eerste drie gesprekken brengen uw vraag in kaart", "twee afspraken om alles in kaart te brengen")
                            r"|(?<![a-z])in\s+kaart\s+(?:te\s+)?(?:brengen|gebracht|brengt|breng)(?![a-z])|(?<![a-z])(?:brengen|brengt|breng)\s+(?:[\w,-]+\s+){0,10}?in\s+kaart(?![a-z])")
# the intake counted in with the treatment ("intake en behandeling samen beslaan 5 tot 12 gesprekken", "inclusief de
# intake", "including the intake", "the intake is included"): the count is still the length of the whole care
_INTAKE_INCLUDED = re.compile(r"(?<![a-z])(?:(?:de\s+|het\s+|the\s+|your\s+|je\s+|uw\s+)?intake\w*\s+(?:en|and|plus|&|\+)\s+(?:de\s+|het\s+|the\s+|your\s+|je\s+|uw\s+)?"
                              r"(?:behandeling|behandeltraject|traject|therapie|treatment|therapy)"
                              r"|(?:inclusief|incl\.?|met\s+inbegrip\s+van|samen\s+met|including|together\s+with)\s+(?:de\s+|het\s+|the\s+|your\s+|je\s+|uw\s+)?intake\w*"
                              r"|intake\w*\s+(?:\w+\s+){0,2}(?:inbegrepen|meegerekend|meegeteld|included|counted\s+in))(?![a-z])")


_INTAKE_HEADING = re.compile(r"^\W*(?:\d+\W*)?(?:stap\s+\d+\W*)?(?:het\s+|de\s+|the\s+|your\s+)?(?:intake\w*|kennismak\w*|eerste\s+gesprek\w*|"
                             r"first\s+(?:meeting|session|appointment)|initial\s+assessment|assessment)"
                             # (with the assessment it holds: "Intake en onderzoek", "Intake & diagnostiek", "Intake and assessment")
                             r"(?:\s+(?:en|and|&)\s+(?:het\s+|de\s+)?(?:onderzoek|diagnostiek|assessment))?\W*$")


def _under_intake_heading(u: Unit) -> bool:
    """The sentence stands under a heading that names only the intake or the first meeting ("Intake", "Het
    kennismakingsgesprek"): "In twee of drie gesprekken breng ik in kaart ..." counts the intake's talks (not under
    "Intake en indicatiestelling", where the products of the care may follow)."""
    head = u.headings[-1] if u.headings and u.kind not in ("heading", "title") else ""
    return bool(head) and _INTAKE_HEADING.match(head) is not None


def _not_treatment(low: str) -> bool:
    """The sentence counts an intake, a waiting time, an assessment (``_NOT_TREATMENT``), not where the intake
    is counted in with the treatment (``_INTAKE_INCLUDED``)."""
    if not _NOT_TREATMENT.search(low):
        return False
    return bool(_NOT_TREATMENT.search(_INTAKE_INCLUDED.sub(" ", low) if "intake" in low else low))


# a part of the treatment ("de eerste 3 gesprekken", "the first 2 sessions"), or a price per session
_PART_OR_PRICE = re.compile(r"(?:eerste|laatste|first|last)\s+(?:\w+\s+)?$")
# the specialist care named beside the basis GGZ: a list of the practice's care types
_PER_CARE_TYPE = re.compile(r"(?<![a-z])(?:s-?ggz|specialistische|gespecialiseerde|specialised|specialized|specialist)(?![a-z])")
# a share, not a count ("een op de twintig afspraken wordt niet nagekomen", "one in ten sessions")
_RATIO = re.compile(r"(?<![a-z])(?:op\s+de|one\s+in|1\s+in)\s+$")
# other roles of a number of sessions or weeks than the length of the treatment: a moment after or before
# something ("tot 3 maanden na de laatste sessie", "2 weeks before"), an interval ("iedere 6 sessies evalueren
# we", "every 4 weeks"), or a turnaround in a sentence that is not about the care ("reports are ready within
# about 3 weeks", "u ontvangt binnen ongeveer 2 weken bericht")
_AFTER_BEFORE = re.compile(r"^\s*(?:na\s+(?:afloop|het\s+einde|de\s+laatste|beeindiging|afronding|het\s+afronden|de\s+afsluiting|de\s+behandeling|het\s+traject)"
                           r"|voor\s+(?:aanvang|het\s+begin|de\s+start)|voorafgaand\w*|nadat|voordat|van\s+tevoren"
                           r"|after\s+(?:the\s+)?(?:end|last|treatment|therapy)|before\s+(?:the\s+)?(?:start|first|appointment|session)|prior|in\s+advance)(?![a-z])")
_INTERVAL = re.compile(r"(?<![a-z])(?:iedere|elke|om\s+de|every|each)\s+(?:\d{1,2}\s*(?:-|a|à|tot|of|to|or)\s*)?$")
# the time between two sessions ("tussen de gesprekken zitten meestal 2 tot 3 weken", "between sessions there
# are usually two weeks"): the rhythm of the care, not its length
_BETWEEN_SESSIONS = re.compile(r"(?<![a-z])(?:tussen\s+(?:de\s+|twee\s+|elke\s+|iedere\s+)?(?:\w+\s+)?(?:gesprekken|sessies|afspraken|consulten|behandelingen)"
                               r"|between\s+(?:the\s+|two\s+)?(?:sessions|appointments))(?![a-z])")
_WITHIN = re.compile(r"(?<![a-z])(?:binnen|within)\s+(?:\w+\s+)?$")
_CARE_LENGTH = re.compile(r"behandel|therap|traject|begeleid|sessie|gesprek|consult|treatment|session|counsel")


# an open-ended count is no limit: a lower bound ("meer dan 20 gesprekken", "at least six sessions") or a range
# whose upper end is open ("van 8 tot meer dan 30 gesprekken", "from 8 sessions to more than 30", "10 or more")
_LOWER_BOUND = re.compile(r"(?<![a-z])(?:meer\s+dan|minimaal|minstens|ten\s+minste|op\s+zijn\s+minst|ruim|more\s+than|at\s+least|over)\s+$")
_OPEN_END = re.compile(r"\s*(?:\w+\s+){0,2}?(?:(?:tot|to|up\s+to)\s+(?:ruim\s+|well\s+)?(?:meer\s+dan|more\s+than|over|ruim)\s+\d"
                       r"|(?:of|or)\s+(?:meer|more|langer|longer)(?![a-z]))")


def _not_a_length(low: str, hit) -> bool:
    before = low[max(0, hit.start - 20):hit.start]
    if _AFTER_BEFORE.match(low[hit.end:hit.end + 25]) or _INTERVAL.search(before):
        return True
    if _LOWER_BOUND.search(before) or _OPEN_END.match(low, hit.end):
        return True
    if (("tussen" in low or "between" in low) and re.search(r"(?:weken|maanden|weeks|months)$", low[hit.start:hit.end])
            and (_BETWEEN_SESSIONS.search(low[_sentence_start(low, hit.start):hit.start])
                 or _BETWEEN_SESSIONS.match(low, hit.end + 1))):
        return True
    if _COUNTS_KINDS.match(low, hit.end) or _KINDS_BEFORE.search(low[max(0, hit.start - 5):hit.end]):
        return True
    clause = low[max(_sentence_start(low, hit.start), hit.start - 50):hit.start].rsplit(",", 1)[-1]
    if _RATE.search(clause) and not _SPAN.search(clause):
        return True
    if _MISSED_BEFORE.search(before) or _MISSED_AFTER.match(low, hit.end):
        return True  # "wie drie afspraken zonder afmelding mist", "na twee gemiste afspraken", "two missed sessions"
    if _SPAN_UNIT.search(low[hit.start:hit.end]) and not _CARE_OR_LENGTH.search(_sentence_around(low, hit.start)):
        return True  # "in de zomer zijn wij maximaal 3 weken gesloten", "beelden bewaren wij maximaal 4 weken"
    return bool(_WITHIN.search(before)) and not _CARE_LENGTH.search(low)


# a count of appointments missed or cancelled: a rule on attendance, not the length of the care
_MISSED_BEFORE = re.compile(r"(?<![a-z])(?:gemiste|verzuimde|niet[\s-](?:na)?gekomen|afgezegde|geannuleerde|missed|cancelled|canceled|late[\s-]cancelled)\s+$")
_MISSED_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:zonder\s+(?:afmelding|bericht|afzegging|af\s+te\s+zeggen)|mist(?![a-z])|missen(?![a-z])|gemist"
                           r"|verzuim\w*|niet\s+(?:na)?(?:komt|komen|nakomt|nakomen)|afzegt|afzeggen|annuleert|without\s+(?:notice|cancelling)|miss(?:es|ed)?(?![a-z])|no[\s-]shows?)")


# weeks or months are the length of the care only in a sentence about the care or about how long something
# lasts; elsewhere they are a closure, a retention period or a term ("wij zijn maximaal 3 weken gesloten")
_SPAN_UNIT = re.compile(r"(?:weken|maanden|weeks|months)$")
_CARE_OR_LENGTH = re.compile(r"behandel|therap|traject|begeleid|sessie|gesprek|consult|hulp|zorg|coach|programma"
                             r"|treatment|session|counsel|care|(?<![a-z])(?:duur\w*|lang|length|lasts?|takes?|gedurende|during"
                             r"|(?:zie|zien|spreek|spreken)\s+(?:ik\s+|we\s+|wij\s+)?(?:je|jou|u)|see\s+you|keer\s+per|per\s+week|wekelijks|weekly)(?![a-z])")


def _sentence_around(low: str, pos: int) -> str:
    end = _SENTENCE_END.search(low, pos)
    return low[_sentence_start(low, pos):end.start() if end else len(low)]


# a number of kinds of treatment, not of sessions ("wij bieden vijf behandelingen aan: CGT, EMDR, ...",
# "drie verschillende behandelingen")
_COUNTS_KINDS = re.compile(r"\s*(?:aan\s*)?:")
_KINDS_BEFORE = re.compile(r"\s(?:verschillende|soorten|vormen\s+van|types?\s+of|kinds\s+of|different)\s+\w+$")
# a volume per period named before the number ("per week vinden er ongeveer 60 gesprekken plaats", "jaarlijks 40
# behandelingen"): how much, not how long one client's care takes ("maximaal 8 gesprekken per jaar" after it is a
# limit on the care the labels count)
_RATE = re.compile(r"(?<![a-z])(?:per\s+(?:week|maand|jaar|dag|kalenderjaar)|jaarlijks|wekelijks|maandelijks|dagelijks"
                   r"|(?:per|each)\s+(?:week|month|year|day)|annually|weekly|monthly)(?![a-z])")
# ... but "1 keer per week, gedurende maximaal 10 weken" is the length again
_SPAN = re.compile(r"(?<![a-z])(?:gedurende|in\s+totaal|totaal|for|over)(?![a-z])")


# a worked example of a bill on a money page ("Stel dat u in een jaar zes consulten heeft gehad")
_HYPOTHETICAL = QuickRegex(r"(?<![a-z])(?:stel\s+(?:dat|je\s+voor|u\s+heeft|je\s+hebt)|rekenvoorbeeld\w*|voorbeeldberekening\w*|suppose|let's\s+say|for\s+example,\s+if)(?![a-z])")
# the treatment itself as the subject of its length ("Een behandeling bij ons bestaat gemiddeld uit acht consulten",
# "A treatment usually takes six to ten sessions"), also under a heading on costs
_TREATMENT_IS = re.compile(r"(?<![a-z])(?:een|de|uw|je|a|the|your)\s+(?:behandeling|behandeltraject|traject|therapie|treatment)\s+"
                           r"(?:\w+\s+){0,3}(?:bestaat|duurt|omvat|beslaat|consists|takes|lasts)(?![a-z])")
_MONEY = QuickRegex(r"€|\beur(?:o|os)?\b|\btarie|\bkost(?:en|t)\b|\bcharged?\b|\bfee\b|\bprice\b|\bvergoed")
# the length of one format (a group, a training, a course, an online programme)
_FORMAT = QuickRegex(r"groep\w*|training\w*|cursus\w*|workshop\w*|module\w*|(?:online\s+)?programma\w*|group\w*|course\w*")
_STRONG_GEN = {"klachtgericht", "functioneren", "eigen kracht", "breed"}
# what the generalist care is for and how broad it is: lichte tot matige / niet complexe klachten,
# klachtgericht, brede kennis
_SCOPE_GEN = {"niet complex", "klachtgericht", "breed"}
# "na ongeveer zes afspraken evalueren we" is an evaluation moment, not the length of the treatment
# ... nor is a moment of advice or decision after a few sessions ("na twee of drie gesprekken geef ik je een advies",
# "after three sessions we decide together whether ..."), unless the sentence speaks of ending there
_EVAL_POINT = re.compile(r"(?<![a-z])(?:na|after)\s+(?:\w+\s+){0,3}$")
_EVALUATES = re.compile(r"evalu|bespreken|kijken\s+we|advies|adviseer|adviseren|besluit|beslissen|beslis|beoordel"
                        # (pausing to look back: "na vijf gesprekken staan we stil", "we take stock")
                        r"|(?:staan|sta)\s+(?:we|wij|ik)\s+(?:even\s+)?stil|stil\s+(?:te\s+)?staan|balans\s+op"
                        r"|(?<![a-z])(?:review|discuss|decide|advice|advise|assess|take\s+stock)")
_ENDS = re.compile(r"afrond|afsluit|stopp|einde|beeindig|afgelopen|klaar(?![a-z])|(?<![a-z])(?:end|ends|ending|finish\w*|stop\w*|complete[ds]?|round\s+off)(?![a-z])")


# "orthopedagoog-generalist", "eerstelijnspsycholoog": a profession or a colleague, not the character of the care
_PROFESSION = re.compile(r"orthopedago\w*[\s-]*generalist|generalistische\s+(?:huisarts|medisch|geneeskund|arts)\w*|huisarts\w*\s+(?:is\s+)?(?:een\s+)?generalist\w*|generalist\s*\(?nvo|(?:eerstelijns|eerste\s?lijns)[\s-]?(?:psycholo|psychotherap|zorgverlener|hulpverlener|collega|praktijk(?:en)?\b)")


# where the practice is, not what its care is: a building or centre named for the first line ("gevestigd in
# Eerstelijnscentrum De Brug", "in het Gezondheidscentrum Eerstelijnszorg Rivierenland", "located in a primary care centre")
_PLACE = re.compile(r"(?:eerstelijns|eerste\s?lijns)[\s-]?(?:gezondheids|zorg)?(?:centrum|centra|gebouw|locatie)")
_LOCATED = re.compile(r"(?<![a-z])(?:gevestigd|gehuisvest|huizen|zitten|zit|located|housed|based|situated)\s+(?:\w+\s+){0,2}(?:in|bij|at|within)\s+"
                      r"(?:het\s+|de\s+|een\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}$")


def _profession_title(u: Unit, hit) -> bool:
    if hit.on != "low":
        return False
    if any(m.start() <= hit.start < m.end() for m in _PLACE.finditer(u.low, max(0, hit.start - 20), hit.end + 25)):
        return True
    if "eerste" in hit.text and _LOCATED.search(u.low[max(0, hit.start - 70):hit.start]):
        return True
    return any(m.start() <= hit.start < m.end() for m in _PROFESSION.finditer(u.low, max(0, hit.start - 20), hit.end + 20))


# the separators between a page's name, the site's name and footer items
_SEGMENT = re.compile(r"\s[|·•–—-]\s|\s\|\s?|\s?\|\s")


def _site_name_only(u: Unit, hit) -> bool:
    """The hit lies in a web or e-mail address (``patterns.ADDRESS``), or in the site's own name where that
    name stands alone between separators ("... | Eerstelijns Zorg Hengelveld", "Stichting Eerstelijns Zorg
    Hengelveld · KvK ...").
    A name inside a sentence that says what the practice does ("Praktijk Linde Generalistische Basis GGZ
    helpt volwassenen met ...") still speaks of its care."""
    if hit.on != "low":
        return False
    if any(m.start() <= hit.start < m.end() for m in ADDRESS.finditer(u.low)):
        return True
    for a, b in own_name_spans(u.text, u.url):
        if a <= hit.start < b:
            starts = [0] + [m.end() for m in _SEGMENT.finditer(u.text) if m.end() <= a]
            ends = [m.start() for m in _SEGMENT.finditer(u.text) if m.start() >= b] + [len(u.text)]
            segment = u.text[max(starts):min(ends)]
            rest = segment.replace(u.text[a:b], " ")
            return not re.search(r"[^\W\d_]{3,}", re.sub(r"(?i)\b(?:stichting|praktijk|b\.?v\.?|vof)\b", " ", rest))
    return False


_SENTENCE_END = re.compile(r"[.!?;]\s")

# a referral whose destination is the basis GGZ ("verwijzing voor de (generalistische) basis GGZ", also with the one who
# refers and what is needed between: "een verwijzing van uw huisarts nodig voor de basis GGZ", "a referral from your GP for ...")
_REFERRED_TO_BASIS = re.compile(r"(?:verwij\w+|verwezen)\s+(?:[\w()-]+\s+){0,6}?(?:voor|naar)\s+(?:de\s+|een\s+)?[(‘'“\x22]?(?:generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz|eerstelijns\s?psycholo\w+|generalistische\s+basis)")
_REFERRED_TO_BASIS_EN = re.compile(r"(?:refer\w*|referral)\s+(?:[\w()-]+\s+){0,6}?(?:for|to)\s+(?:the\s+|a\s+)?[(‘'“\x22]?(?:generalist\)?\s+)?(?:basic|basis)\s+(?:mental\s+health|ggz)", re.I)


def _referred_to_basis(low: str) -> bool:
    """A referral to the basis GGZ, Dutch or English (``_REFERRED_TO_BASIS``, ``_REFERRED_TO_BASIS_EN``)."""
    return bool((("verwij" in low or "verwezen" in low) and _REFERRED_TO_BASIS.search(low))
                or ("refer" in low and _REFERRED_TO_BASIS_EN.search(low)))


# the basis GGZ by name, as a referral letter states the care type it asks for ("de brief vermeldt of de arts basis GGZ
# adviseert of juist specialistische zorg", "whether the doctor advises generalist basic care")
_BASIS_NAMED = re.compile(r"(?<![a-z])(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz|generalistische\)?\s+basis|generalist\)?\s+basi[cs]|basic\s+mental\s+health)(?![a-z])")


# ... not a person or a provider of the basis GGZ ("een verwijsbrief van uw huidige basis GGZ psycholoog", "your current
# basic mental health care provider"): the one who refers
_BASIS_PERSON = re.compile(r"\s*(?:\(?[\w-]+\)?\s+)?(?:psycholo\w*|behandelaar\w*|therapeut\w*|praktijk\w*|aanbieder\w*|instelling\w*|zorgverlener\w*"
                           r"|psychologist\w*|therapist\w*|provider\w*|practi\w+)")


def _letter_names_basis(u: Unit) -> bool:
    """A requirement of the referral letter (``is_referral_letter``) that names the basis GGZ as the care it asks for."""
    if not ("basi" in u.low or "ggz" in u.low):
        return False
    return any(not _BASIS_PERSON.match(u.low, m.end()) for m in _BASIS_NAMED.finditer(u.low)) and is_referral_letter(u)


def _waiting_referral(u: Unit) -> bool:
    """The referral to the basis GGZ is said in a waiting-time statement; where a unit joins clauses with
    semicolons, only the clause that names the referral counts ("je hebt een verwijsbrief voor de basis GGZ
    nodig; houd rekening met een wachttijd" names the care type apart from the wait)."""
    if not is_waiting_time(u):
        return False
    parts = [c for c in semicolon_clauses(u) if _referred_to_basis(c.low)]
    return not parts or any(is_waiting_time(c) for c in parts)


# the practice offers or works within the generalist care, said with its name as the subject ("Psychologenpraktijk
# De Linde biedt zorg binnen de generalistische basis ggz", "Our practice provides generalist basic mental health care");
# not the basis GGZ as the subject of an explanation ("de basis ggz biedt kortdurende hulp")
_OFFERS = re.compile(r"(?<![a-z])(?:biedt|bieden|bied|levert|leveren|lever|verleent|verlenen|verleen|werkt|werken|werk|offers?|provides?|works?)(?![a-z])")
_OWN_VOICE = re.compile(r"(?<![a-z])(?:wij|we|ik|ons|onze|mijn|our|my|i|us)(?![a-z])|praktijk|practice")


# the practice by its proper name as the subject ("Utrecht Central Psychologists offers ...", "Psychologen Noord
# Leiden biedt ..."): two or more capitalised words, one of them a practice word
_NAMED_PRACTICE = re.compile(r"\s*(?=(?:[A-Z][\w'&-]*\s+){1,5}?[A-Z])(?=[^.,;:]*(?:[Pp]sycholog|[Tt]herap|[Pp]raktijk|[Pp]ractice|GGZ|[Cc]ounsel))"
                             r"(?:[A-Z][\w'&-]*\s+){1,5}[A-Z][\w'&-]*\s*$")


# the English name of the basis GGZ: it counts only where the practice offers it or a referral asks for it
# (an English page explaining the Dutch system names it too)
_BASIC_EN = QuickRegex(r"(?<![a-z])basic\s+(?:and\s+(?:specialis|specializ)ed\s+)?(?:mental\s+health(?:\s*care)?|ggz)(?![a-z])")


# the money said in a clause after the care ("Our care is basic mental health care, covered by your insurer",
# "Wij bieden basis GGZ, die vergoed wordt uit de basisverzekering")
_MONEY_AFTER = re.compile(r",\s*(?:en\s+|and\s+)?(?:which\s+is\s+|die\s+(?:\w+\s+){0,3}?|dat\s+(?:\w+\s+){0,3}?|(?:wordt|is)\s+|"
                          # ... or what that means for the bill ("..., which means your sessions are reimbursed", "..., wat
                          # betekent dat de behandeling meestal wordt vergoed")
                          r"(?:which\s+means|wat\s+betekent|dat\s+betekent|so)\s+(?:that\s+|dat\s+)?(?:[\w-]+\s+){0,6}?(?:are|is|wordt|worden)\s+)?"
                          r"(?:reimbursed|covered|vergoed|betaald|paid)(?![a-z])")


def _care_before_money(u: Unit) -> bool:
    """A sentence on money whose main clause, before the money, names the care with no money in it (``_MONEY_AFTER``): the
    care type it names is the practice's own care, said before how it is paid."""
    m = _MONEY_AFTER.search(u.low)
    return m is not None and not terms("context", "cost").search_text(u.low[:m.start()])


def _offers_generalist(u: Unit, starts) -> bool:
    """The practice offers the generalist care: an offer verb after the practice's name or voice and
    before the generalist words (at ``starts``) in the same sentence."""
    for pos in starts:
        start = _sentence_start(u.low, pos)
        before = u.low[start:pos]
        verb = _OFFERS.search(before) or _IS_PRACTICE_FOR.search(before)
        if verb and (_OWN_VOICE.search(before[:verb.start()]) or _NAMED_PRACTICE.match(u.text[start:start + verb.start()])) \
                and not OTHER_PROVIDER.search(before):
            return True
    return False


# the practice says what kind of practice it is ("Harbour Psychology is a practice for basic mental health care",
# "de praktijk is er voor de generalistische basis GGZ")
_IS_PRACTICE_FOR = re.compile(r"(?<![a-z])(?:is|are|zijn|ben)\s+(?:a|an|een)\s+(?:[\w-]+\s+){0,2}(?:practice|praktijk|centre|center|centrum|clinic)"
                              r"\s+(?:for|in|of|voor)\s+(?:the\s+|de\s+)?(?:\(?generalist\w*\)?\s+)?$")


# a heading that asks why the care is short ("Waarom kort?", "Waarom zo kort?", "Why short-term?"): the section under it
# explains the short character, whatever words it uses
_WHY_SHORT = re.compile(r"^\W*(?:waarom|why)\s+(?:is\s+(?:de\s+|het\s+|onze\s+|the\s+|our\s+)?(?:\w+\s+)?)?(?:zo\s+|so\s+)?"
                        r"(?:kort|kortdurend|short|short-term|brief)\W*$")
# a section on how long the treatment takes ("Duur en vorm van de behandeling", "Hoe lang duurt een
# behandeling?", "How long does therapy take?"); not one on waiting ("Hoe lang is de wachttijd?")
_LENGTH_HEADING = re.compile(r"^(?!.*wacht)(?!.*wait).*(?:(?<![a-z])duur(?:\s+van|\s+en|$)|hoe\s+lang(?![a-z])|looptijd|aantal\s+(?:sessies|gesprekken)|hoeveel\s+(?:sessies|gesprekken)"
                             r"|how\s+long(?![a-z])|how\s+many\s+sessions|duration|length(?:\s+and\s+\w+)?\s+of\s+(?:the\s+|your\s+)?(?:treatment|therapy)|number\s+of\s+sessions)")
# the number of sessions is estimated at the start, also with questionnaires ("het aantal sessies dat nodig is,
# schatten we in tijdens de intake met vragenlijsten"): the length of the own care is bounded beforehand
_SESSIONS_ESTIMATED = re.compile(r"(?:aantal|hoeveel)\s+(?:\w+\s+){0,2}(?:sessies|gesprekken|behandelgesprekken)\s+(?:\w+,?\s+){0,8}?(?:schatten|inschatt\w*|ingeschat|bepaald|bepalen)(?![a-z])|number\s+of\s+sessions\s+(?:\w+,?\s+){0,6}?(?:estimated|determined)(?![a-z])"
                                 # the verb first: "we estimate the number of sessions", "we bepalen het aantal gesprekken"
                                 r"|(?<![a-z])(?:estimate|determine|schatten|bepalen)\s+(?:\w+\s+){0,3}?(?:the|het)\s+(?:expected\s+|verwachte\s+)?(?:number\s+of\s+sessions|aantal\s+(?:sessies|gesprekken))(?![a-z])")
_WAITING_EN = re.compile(r"waiting\s?(?:time|list|period)|waitlist")
_GRADE = re.compile(r"\b(?:10|[1-9])[.,]\d\b")


def _survey_row(u: Unit, measurement) -> bool:
    """A row of grades under a client-survey heading ("# CQI" ... "Basis GGZ 8,4 8,1"): a score of
    the care, not a description of it."""
    return (u.kind == "table_row" or bool(_GRADE.search(u.low))) and any(measurement.search_text(h) for h in u.headings[-2:])


def _under_method(u: Unit, method_t) -> bool:
    """A unit in the section about one method ("# Interpersoonlijke therapie" ... "De duur van
    deze therapie is meestal 12 tot 16 sessies") that does not speak of the practice's own care."""
    return not PRACTICE_SELF.search(u.low) and any(method_t.search_text(h) for h in u.headings[-2:])


def _answers_method_question(st, u: Unit, method_t) -> bool:
    """The unit answers a question about one method ("Hoeveel sessies heb ik nodig bij EMDR?" / "Meestal 3 tot
    6 sessies.", "How many sessions does EMDR take?"): that method's typical length, unless the answer speaks
    of the practice's own care."""
    if u.kind in ("heading", "title") or PRACTICE_SELF.search(u.low):
        return False
    prev = st.neighbours(u, 1, 0)[:-1]
    return bool(prev) and prev[-1].low.rstrip().endswith("?") and bool(method_t.search(prev[-1]))


# a practitioner's career or experience ("heb ik tien jaar in de basis GGZ gewerkt", "zij heeft ervaring met
# kortdurende behandelingen", "I worked in specialised care"): where someone worked, not the character of the care
# the practice offers now (unless the sentence offers it too: "... en nu bied ik kortdurende hulp"; "waar kortdurend
# wordt gewerkt" is the practice's way of working)
_CAREER = re.compile(r"(?<![a-z])(?:werkte|werkten|gewerkt|werkzaam\s+geweest|ervaring\s+(?:\w+\s+)?(?:met|in|opgedaan)|opgedaan|"
                     r"worked|experience\s+(?:with|in))(?![a-z])")
_OFFER_NOW = re.compile(r"(?<![a-z])(?:biedt|bieden|bied|levert|leveren|lever|verleent|verlenen|offers?|provides?)(?![a-z])")


_WORKED_HERE = re.compile(r"(?<![a-z])(?:wordt|worden)\s+(?:[\w-]+,?\s+){0,5}gewerkt(?![a-z])")


def _career(low: str) -> bool:
    return ("werk" in low or "ervaring" in low or "opgedaan" in low or "experience" in low) and bool(
        _CAREER.search(low)) and not _OFFER_NOW.search(low) and not _WORKED_HERE.search(low)


# short and long care side by side ("kortdurende en langdurende psychotherapie", "een korte of langere
# behandeling", "short-term and long-term therapy"): a range of lengths, not a short character
_SHORT_OR_LONG = re.compile(r"(?<![a-z])(?:kort\w*\s+(?:en|of|tot|and|or|to)\s+(?:\w+\s+)?lang\w*|lang\w*\s+(?:en|of)\s+(?:\w+\s+)?kort\w*"
                            r"|short[\s-]term\s+(?:and|or|to)\s+(?:\w+\s+)?long[\s-]term|long[\s-]term\s+(?:and|or)\s+(?:\w+\s+)?short[\s-]term"
                            r"|(?:brief|short)\s+(?:and|or)\s+(?:\w+\s+)?long(?:er)?)(?![a-z])")


def _short_or_long(low: str, hit) -> bool:
    if hit.on != "low" or not ("lang" in low or "long" in low):
        return False
    return any(m.start() <= hit.start < m.end() for m in _SHORT_OR_LONG.finditer(low, max(0, hit.start - 40), hit.end + 40))


# the generalist care denied or someone else's ("basis GGZ bieden wij niet", "valt niet onder de basis GGZ",
# "geen basis GGZ", "te zwaar voor de basis GGZ", "wij werken samen met ... de basis GGZ in de regio")
_NOT_GEN = re.compile(r"(?<![a-z])(?:niet|geen)\s+(?:(?:onder|in|binnen|tot|bij|voor)\s+)?(?:de\s+)?(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                      r"|(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)\s+(?:\w+\s+)?(?:bied|biedt|bieden|lever\w*|doe|doen)\s+(?:wij|we|ik)\s+niet"
                      r"|te\s+(?:zwaar|complex|ernstig|ingewikkeld)\w*\s+voor\s+(?:de\s+)?(?:generalistische\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                      r"|(?:samen\s?werk\w*|werk\w*\s+(?:\w+\s+){0,3}samen)\s+met\s+(?:[\w-]+,?\s+){0,12}?(?:in\s+)?(?:de\s+|het\s+)?(?:generalistische\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|eerstelijns\w*|eerste\s?lijn\w*)")


# the practice does not offer what the sentence names: "kunt u niet bij ons terecht", "bieden wij niet", "we do not offer"
_NOT_OFFERED = re.compile(r"(?<![a-z])(?:niet\s+(?:\w+\s+)?(?:bij\s+(?:ons|mij|onze\s+praktijk)\s+)terecht|(?:bij\s+(?:ons|mij)\s+)niet\s+terecht"
                          r"|(?:bied|biedt|bieden|doe|doen|geef|geven)\s+(?:wij|we|ik)\s+(?:\w+\s+)?niet(?![a-z])"
                          r"|(?:wij|we|ik)\s+(?:bied|biedt|bieden|geef|geven)\s+(?:\w+\s+)?geen"
                          r"|(?:do|does)\s+not\s+(?:offer|provide)|(?:don't|doesn't)\s+(?:offer|provide)|(?:not|no\s+longer)\s+offered)")

_BUT = re.compile(r"(?<![a-z])(?:maar|wel|alleen|uitsluitend|but|only|instead)(?![a-z])")


# the practice sends the client to the basis GGZ, or says the client belongs there rather than here ("voor lichte klachten
# verwijzen wij u naar de basis GGZ", "past uw hulpvraag beter in de basis GGZ, dan ..."): someone else's care
_SENT_TO_GEN = re.compile(r"(?<![a-z])(?:(?:verwijz\w*|verwijs)\s+(?:wij|we|ik)|(?:wij|we|ik)\s+(?:\w+\s+){0,2}(?:door)?(?:verwijz\w*|verwijs))\s+"
                          r"(?:[\w-]+\s+){0,8}?naar\s+(?:[\w-]+\s+){0,5}?(?:de\s+|een\s+)?(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                          r"|(?<![a-z])beter\s+(?:\w+\s+){0,3}(?:in|bij|thuis\s+in|op\s+(?:zijn|haar|je|uw)\s+plek\s+in)\s+(?:de\s+)?(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                          # ... or a provider of it ("dan bent u beter geholpen bij een instelling voor basis GGZ"), also as the second
                          # of two ("beter geholpen bij de POH of anders bij een praktijk binnen de basis GGZ")
                          r"|(?<![a-z])beter\s+(?:\w+\s+){0,3}bij\s+(?:[\w-]+\s+){0,6}?(?:(?:of|en)\s+bij\s+)?(?:een|de|andere)\s+(?:[\w-]+\s+)?(?:praktijk|psycholoog|aanbieder|zorgaanbieder|instelling|poh)\w*\s+"
                          r"(?:voor|in|uit|binnen)\s+(?:de\s+)?(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                          # the basis GGZ as the more fitting place ("voor lichte klachten past de basis GGZ bij een andere psycholoog meestal beter")
                          r"|(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)[^.;:]{0,80}?(?<![a-z])(?:passender|geschikter|beter\s+(?:geschikt|passend|op\s+(?:zijn|haar|je|uw)\s+plaats))(?![a-z])"
                          # anyone's referral to another provider of it ("de huisarts verwijst u naar een praktijk voor basis GGZ"), or onwards
                          # to the basis or the specialised GGZ, whichever fits: both are the next place, not this one
                          r"|(?<![a-z])(?:verwijz\w*|verwijs\w*|verwezen)\s+(?:[\w-]+\s+){0,6}?naar\s+(?:een|andere)\s+(?:[\w-]+\s+)?(?:aanbieder|praktijk|psycholoog"
                          r"|instelling|zorgaanbieder|zorgverlener)\w*\s+(?:van|voor|in|binnen|uit)\s+(?:de\s+)?(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)"
                          r"|(?<![a-z])naar\s+de\s+(?:\(?generalistische\)?\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz)\s+(?:of|en/of)\s+(?:naar\s+)?(?:de\s+)?"
                          r"(?:gespecialiseerde|specialistische)\s+ggz"
                          # the basis GGZ among those who refer the client here ("Cliënten zijn verwezen door een huisarts, de basis GGZ of een
                          # medisch specialist", "referred by your GP or the basic mental health care"; not "verwezen door de huisarts voor de basis GGZ")
                          r"|(?<![a-z])(?:verwezen|doorverwezen|referred)\s+(?:door|by)\s+(?:(?!voor\b|naar\b|for\b|to\b|in\b|binnen\b|within\b)[\w-]+[\s,]+){0,8}?"
                          r"(?:de\s+|the\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz|basic\s+mental\s+health)")


# the generalist care as the subject of a study ("de praktijk werkt mee aan een studie naar hoe goed behandelingen werken
# in de eerste lijn", "a study of outcomes in basic mental health care"): what is researched, not the practice's care
_RESEARCH_SUBJECT = re.compile(r"(?<![a-z])(?:onderzoek\w*|studie\w*|research\w*|stud(?:y|ies))\s+(?:naar|over|into|on|of)\s+(?:[\w-]+\s+){0,8}?"
                               r"(?:(?:in|binnen|within|in\s+the)\s+)?(?:de\s+|het\s+|the\s+)?(?:\(?generalistische\)?\s+)?"
                               r"(?:basis[\s-]?ggz|gb[\s-]?ggz|bggz|eerstelijns\w*|eerste\s?lijn\w*|basic\s+mental\s+health|primary\s+care)")


# one of the practice's practitioners, on its team page, treats in the basis GGZ now ("Hij behandelt complexere vragen binnen de
# basis GGZ", "Zij werkt in de generalistische basis GGZ"): the practice's own care type (not a career: "heeft ... gewerkt")
_PRACTITIONER_TREATS_IN = re.compile(r"(?<![a-z])(?:hij|zij|ze|he|she)\s+(?:\w+\s+){0,4}?(?:behandelt|werkt|begeleidt|helpt|treats|works)\s+"
                                     r"(?:[\w-]+\s+){0,4}?(?:in|binnen|within)\s+(?:de\s+|the\s+)?(?:generalistische\s+)?(?:basis[\s-]?ggz|gb[\s-]?ggz)")


def _not_own_generalist(low: str) -> bool:
    if ("verwij" in low or "verwez" in low or "referred" in low or "beter" in low or "passender" in low or "geschikter" in low) \
            and _SENT_TO_GEN.search(low):
        return True
    if ("onderzo" in low or "stud" in low or "research" in low) and _RESEARCH_SUBJECT.search(low):
        return True
    return ("niet" in low or "geen" in low or "samen" in low or "te " in low) and bool(_NOT_GEN.search(low))


# "kortdurende sluiting", "een kortdurende opname" (by the crisis service), "het werkgebied is afgebakend", "het
# formulier tijdig af te ronden": a short or bounded thing that is not the care
_CARE_WORD = re.compile(r"behandel|therap|traject|hulp|zorg|begeleid|psych|interventie|gesprek|sessie|aanpak|werkwijze|approach|coach|counsel|consult"
                        r"|programma|training|cursus|contact|ondersteun|ggz|treatment|session|care|help|support|intervention")
# the thing right before: "het aanmeldformulier tijdig af te ronden", "ons werkgebied is afgebakend"
_NOUN_BEFORE = re.compile(r"(?<![a-z])(?:het|de|uw|je|jouw|dit|dat|ons|onze|the|your|our)\s+([\w-]+)\s+(?:(?:is|zijn|wordt|worden|is\s+)\s*)?$")
# a format of its own length, not the care: a workshop, a course, a training, a group, a meeting
_FORMAT_NOUN = re.compile(r"(?:workshop|cursus|training|groep|bijeenkomst|lezing|webinar|masterclass|opleiding|scholing|course|group|meeting)\w*(?![\w-])")
# "behandeling" as the handling of a request ("een snelle en korte behandeling van uw aanmelding / klacht / aanvraag")
_PROCESSING = re.compile(r"\s+van\s+(?:uw|je|jouw|de|het|een|elke|iedere)\s+(?:\w+\s+)?(?:aanmelding|aanvraag|verzoek|vraag|vragen|e-?mail|bericht|"
                         r"declaratie|factuur|dossier|gegevens|zaak|melding|bezwaar|verwijzing)\w*")
_ATTRIBUTIVE_BOUNDED = re.compile(r"afgebakende?\s+([\w-]+)")
# (also before a second adjective after a comma: "kortdurende, laagdrempelige ondersteuning")
_ATTRIBUTIVE_SHORT = re.compile(r"(?:kortdurende|kort\s+durende|short[\s-]term)(?:,\s*[\w-]+e)?\s+([\w-]+(?:\s+[\w-]+){0,2})")
# English "short-term" is attributive and predicative alike: before a conjunction or a verb that says what it
# means it is the way of working named ("works in a way that is short-term and accessible", "Short-term means
# that ..."), not a short thing of another kind
_EN_PREDICATIVE = re.compile(r"(?:short[\s-]term|time[\s-]limited)\s+(?:and|or|but|as\s+well|means|meaning|speaks|implies|refers|stands|is\s+(?:what|how))(?![a-z])")


# what a short word is said of: "<de vervanging> is meestal kortdurend", "<deze aanbieding> is van beperkte duur",
# "<access> is time-limited" (a pronoun says nothing about it: "het is kortdurend")
_SUBJECT_IS = re.compile(r"(?<![a-z])((?:het|de|uw|je|jouw|dit|dat|deze|ons|onze|mijn|the|your|our|this|my)\s+)?([\w-]+)\s+"
                         r"(?:is|zijn|wordt|worden|blijft|blijven|are)\s+(?:(?:meestal|vaak|altijd|doorgaans|in\s+principe|bewust|"
                         r"usually|often|always|generally)\s+)*(?:van\s+|of\s+)?$")
_PRONOUN = re.compile(r"(?:het|dit|dat|deze|die|er|zij|ze|hij|wij|we|ik|ons|mij|me|jou|je|u|hem|haar|hun|us|you|it|this|that|they|we|i|these|those|which|wat|what|hier|there|here)$")
# English attributive: "a time-limited contract", "short-term availability"
_ATTRIBUTIVE_EN = re.compile(r"(?:time[\s-]limited|short[\s-]term)\s+([\w-]+)")


def _said_of_other(low: str, hit) -> bool:
    """The short word is said of a thing that is not the care ("de vervanging is meestal kortdurend",
    "deze aanbieding is van beperkte duur", "access is time-limited", "a time-limited contract")."""
    m = None if _EN_PREDICATIVE.match(low, hit.start) else _ATTRIBUTIVE_EN.match(low, hit.start)
    if m is not None:
        # ("in a time-limited way", "on a short-term basis": the way of working)
        return not (_CARE_WORD.search(m.group(1)) or m.group(1) in ("way", "manner", "basis"))
    start = _sentence_start(low, hit.start)
    window = low[max(start, hit.start - 60):hit.start]
    subject = _SUBJECT_IS.search(window)
    if not subject or not (subject.group(1) or (hit.start - 60 <= start and not window[:subject.start()].strip(" \"'(-"))):
        return False  # no subject named with an article or opening the sentence ("de therapie die wij bieden is kortdurend")
    noun = subject.group(2)
    head = _HEAD_BEFORE_PLACE.search(window[:subject.start()])
    if head is not None:
        noun = head.group(1)  # "de therapie bij Praktijk Noord is kortdurend": the care at a place is the subject
    return not _PRONOUN.match(noun) and not _CARE_WORD.search(noun)


# the head noun of a subject that goes on with where it is given ("de behandeling bij", "the treatment at")
_HEAD_BEFORE_PLACE = re.compile(r"(?<![a-z])(?:het|de|een|uw|je|onze|ons|the|your|our|a)\s+([\w-]+)\s+(?:bij|in|at|with)\s+$")


# short care the client already had and that did not help ("wie een kortdurende therapie al eens niet genoeg heeft geholpen",
# "na een eerdere kortdurende behandeling", "people for whom short-term therapy has not helped"): care before this
# practice's, the reason to come to it (a conditional "als een kortdurende behandeling niet voldoende is" stays the own care)
_FAILED_AFTER = re.compile(r"[^.;:!?]{0,50}?(?<![a-z])(?:(?:onvoldoende|niet|nauwelijks|te\s+weinig)\s+(?:\w+\s+){0,2}?(?:heeft|hebben|had|hadden)\s+"
                           r"(?:\w+\s+)?(?:geholpen|gewerkt|opgeleverd)|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?(?:onvoldoende|niet|nauwelijks)\s+"
                           r"(?:geholpen|gewerkt|opgeleverd)|(?:onvoldoende|niet)\s+(?:hielp|hielpen|werkte|werkten)|(?:has|have|had)\s+not\s+(?:\w+\s+)?"
                           r"(?:helped|worked)|(?:hasn't|haven't|hadn't)\s+(?:\w+\s+)?(?:helped|worked)|(?:did\s+not|didn't)\s+(?:\w+\s+)?(?:help|work))(?![a-z])")
_EARLIER_BEFORE = re.compile(r"(?<![a-z])(?:eerdere?|vorige|eerder\s+(?:een|al)|al\s+eerder\s+(?:een)?|previous|earlier|prior)\s+(?:\w+\s+)?$")


def _earlier_care(low: str, hit) -> bool:
    """The short care is the client's earlier care, which did not help (``_FAILED_AFTER``)."""
    return bool(_FAILED_AFTER.match(low, hit.end) or _EARLIER_BEFORE.search(low, max(0, hit.start - 30), hit.start))


def _short_of_care(low: str, hit) -> bool:
    """The short word is said of the care: an attributive "kortdurende X" needs care within its next
    words; "afgebakend" / "tijdig afronden" said of a thing that is not care ("het formulier") do not count,
    nor a short or limited thing that is not care ("de vervanging is kortdurend", "access is time-limited")."""
    if hit.on != "low":
        return True
    if hit.label == "kortdurend" and (_PROCESSING.match(low, hit.end) or _earlier_care(low, hit)):
        return False  # "een korte behandeling van uw aanmelding": the handling of a request, not the care; nor the care
        # the client had before, which did not help (``_earlier_care``)
    if hit.label == "kortdurend":
        m = None if _EN_PREDICATIVE.match(low, hit.start) else _ATTRIBUTIVE_SHORT.match(low, hit.start)
        if m is not None and _FORMAT_NOUN.match(m.group(1)):
            return False  # "een kortdurende workshop van één middag": a format, not the care
        if m is None:
            # said of a format ("de workshop is kortdurend en praktisch", "the course is short-term")
            subject = _NOUN_BEFORE.search(low[max(0, hit.start - 40):hit.start])
            if subject and _FORMAT_NOUN.match(subject.group(1)):
                return False
            return not _said_of_other(low, hit)
        return bool(_CARE_WORD.search(m.group(1)))
    if hit.label == "beperkt" and ("afgebak" in hit.text or "tijdig" in hit.text):
        # attributive: "een afgebakend werkgebied", "een afgebakende regio" (not "een afgebakend traject")
        after = _ATTRIBUTIVE_BOUNDED.match(low, hit.start)
        if after is not None:
            return bool(_CARE_WORD.search(after.group(1)))
        m = _NOUN_BEFORE.search(low[max(0, hit.start - 40):hit.start])
        return m is None or bool(_CARE_WORD.search(m.group(1)))
    if hit.label == "beperkt":
        return not _said_of_other(low, hit)
    return True


def _sentence_start(low: str, pos: int) -> int:
    return max((m.end() for m in _SENTENCE_END.finditer(low, 0, pos)), default=0)


def _sentence_before(low: str, pos: int) -> str:
    return low[_sentence_start(low, pos):pos]


def _method_subject(u: Unit, hit, method_t) -> bool:
    """The length word belongs to a method named before it in the same sentence ("de
    oplossingsgerichte behandeling is kortdurend", "EMDR bestaat meestal uit 3 tot 6 sessies")."""
    if hit.on != "low":
        return False
    start = _sentence_start(u.low, hit.start)
    return any(m.on == "low" and start <= m.start < hit.start for m in method_t.find(u))


# the practice sends on who needs longer or more specialised care than its own ("heb je langere of meer gespecialiseerde
# hulp nodig, dan verwijzen we je door", "if you need longer or more specialised help, we refer you", "for intensive
# treatment I refer clients to ..."): its own care is neither, the generalist side said by contrast
_LONGER_CARE = re.compile(r"(?<![a-z])(?:langere|langdurige|langdurender?|intensievere|intensieve|zwaardere|(?:meer\s+)?gespecialiseerde|specialistische"
                          r"|longer|long-term|longer-term|more\s+intensive|intensive|(?:more\s+)?speciali[sz]ed|specialist)\s+(?:of\s+|or\s+(?:more\s+)?[\w-]+\s+|(?:\w+\s+){0,1})?"
                          r"(?:hulp|zorg|behandeling\w*|therapie|begeleiding|ggz|help|care|treatment|therapy|support|mental\s+health)(?![a-z])")
# ... or who has more complex or severe problems than its care is for ("voor complexe problematiek verwijzen we door", "clients
# with severe problems we refer to specialised care")
_HEAVIER_PROBLEMS = re.compile(r"(?<![a-z])(?:complexe|complex|ernstige|ernstiger|zware|zwaardere|meervoudige|severe|serious|more\s+complex)\s+(?:\w+\s+)?"
                               r"(?:problematiek|problemen|klachten|stoornissen|problems|issues|complaints|disorders|conditions)(?![a-z])")
_REFERS_ON = re.compile(r"(?<![a-z])(?:(?:door)?verwijz\w*|(?:door)?verwijs|verwezen|refer|refers|referred|referring)(?![a-z])")


def _refers_on(low: str) -> bool:
    """The practice, in its own voice, refers those who need longer or more specialised care, or who have heavier problems, elsewhere."""
    return bool(("verw" in low or "refer" in low) and _REFERS_ON.search(low) and (_LONGER_CARE.search(low) or _HEAVIER_PROBLEMS.search(low))
                and _OWN_VOICE.search(low))


@dataclass
class PageSignals:
    units: list[Unit] = field(default_factory=list)
    short: set[str] = field(default_factory=set)
    count: list[str] = field(default_factory=list)
    generalist: bool = False
    gen_self: bool = False  # the practice calls itself basis GGZ / generalist (not a tariff or waiting-list line)
    gen_expl: set[str] = field(default_factory=set)
    short_expl: set[str] = field(default_factory=set)
    refers_on: bool = False  # the practice refers longer or more specialised care elsewhere (``_refers_on``)

    def topical(self) -> bool:
        """The page speaks of the short or generalist character at all (explanation words alone,
        "specialistische ggz" or "dagelijks leven", say nothing about it)."""
        return bool(self.short or self.count or self.generalist or self.gen_self)

    def explained(self) -> set[str]:
        return self.gen_expl if self.topical() else set()

    def short_ok(self) -> bool:
        if self.count or self.short_expl:
            return bool(self.short or self.generalist or self.count)
        # "kortdurend" next to a generalist character explained on two counts
        return "kortdurend" in self.short and len(self.gen_expl & _STRONG_GEN) >= 2

    def gen_ok(self) -> bool:
        # the generalist character explained on two counts, one of them about the care itself
        # (klachtgericht, functioning, own strength, broad): a wrong "voldoet" costs more than a
        # wrong "bijna"; the contrast with the specialist GGZ counts only where the page also
        # names its own care basis GGZ / generalist
        expl = self.explained()
        if not (self.generalist or self.gen_self or self.refers_on):
            expl = expl - {"specialistisch contrast"}
        strong = expl & _STRONG_GEN
        if (bool(strong) and len(expl) >= 2) or len(expl) >= 3:
            return True
        # the practice's own basis GGZ / generalist care with its bounded length counted out ("GB GGZ
        # Kort: circa 300 minuten, voor lichte enkelvoudige klachten"): one explanation is enough
        # (LABELING v2: time-limited AND generalist, e.g. "lichte tot matige klachten")
        # ("Basis GGZ of specialistische GGZ" names the other echelon and "herstel" or "vaardigheden"
        # occur in any text about therapy: alone they explain nothing)
        if bool(expl & _SCOPE_GEN) and (self.generalist or self.gen_self) and bool(self.count):
            return True
        # the practice's own generalist care explained by what it is for and what it is not ("onze zorg is
        # generalistisch: voor lichte tot matige klachten; voor complexe problematiek verwijzen we naar de
        # specialistische GGZ"), beside a short character that is itself explained
        # (or where it says it refers longer or more specialised care elsewhere: "for people with mild to moderate
        # complaints [...]; if you need longer or more specialised help, we refer you")
        return ("niet complex" in expl and "specialistisch contrast" in expl and (self.gen_self or self.refers_on)
                and bool(self.short_expl))

    def score(self) -> tuple[int, int]:
        return (int(self.short_ok()) + int(self.gen_ok()), len(self.explained()) + len(self.count) + len(self.short))


# a short answer that is only a number of something ("Gemiddeld tussen de zes en tien.", "Meestal 5 tot 8.",
# "Usually six to ten.")
_NUMBER_WORD = r"(?:\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_BARE_COUNT = re.compile(r"^\W*(?:(?:gemiddeld|meestal|ongeveer|circa|vaak|doorgaans|on\s+average|usually|about|typically|most\s+often)\s+)?"
                         rf"(?:(?:tussen\s+(?:de\s+)?|between\s+)?)(?P<n>{_NUMBER_WORD}(?:\s*(?:-|tot|en|a|à|of|to|and|or)\s*{_NUMBER_WORD})?)"
                         r"(?:\s+(?:keer|times))?\W*$")
# ... to a question on how many sessions the treatment takes ("Hoeveel gesprekken krijg ik?", "How many sessions will I need?")
_COUNT_QUESTION = re.compile(r"(?<![a-z])(?:hoeveel|how\s+many)\s+(?P<what>gesprekken|sessies|afspraken|consulten|behandelingen|sessions|appointments)(?![a-z])")


def _asked_count(st, u: Unit) -> str | None:
    """The sessions the question right before ``u`` (a unit or its own heading) asks the number of."""
    prev = st.neighbours(u, 1, 0)
    cands = ([prev[0].low] if len(prev) > 1 else []) + list(u.headings[-1:])
    for text in cands:
        m = _COUNT_QUESTION.search(text)
        if m and "?" in text:
            return m.group("what")
    return None


# a table's header cell that counts the sessions ("Aantal gesprekken", "Sessies", "Number of sessions")
_COUNT_HEADER = re.compile(r"^\s*(?:(?:aantal|gemiddeld\s+aantal|number\s+of)\s+)?(?:gesprekken|sessies|afspraken|consulten|sessions|appointments)\s*$")
_CELL_COUNT = re.compile(r"^\s*(?P<n>\d{1,2}(?:\s*(?:-|–|tot|to)\s*\d{1,2})?)\s*$")


def _count_under_column(st, u: Unit) -> str | None:
    """The cell of a table row that stands under a header cell counting the sessions ("Traject | Aantal gesprekken |
    Geschikt bij" over "Standaard | 5 - 8 | Angst, paniek"): "5 - 8 gesprekken", or None. The rows above, up to the
    header, are rows of the same table (each a line with " | ")."""
    cells = [c.strip() for c in u.text.split("|")]
    for v in st.run_above(u, lambda v: " | " in v.text, 8)[0]:
        head = [c.strip().lower() for c in v.text.split("|")]
        if len(head) != len(cells):
            continue
        col = next((i for i, c in enumerate(head) if _COUNT_HEADER.match(c)), None)
        if col is not None:
            m = _CELL_COUNT.match(cells[col])
            return f"{m.group('n')} {head[col].split()[-1]}" if m else None
    return None


# the name of the quality mark ("Keurmerk Kortdurende GGZ", "Keurmerk Kortdurende Generalistische Basis GGZ")
_MARK_NAME = re.compile(r"keurmerk\s+(?:voor\s+)?kortdurende\s+(?:generalistische\s+)?(?:basis\s*-?\s*)?ggz")


def _only_the_mark(u: Unit, term_sets) -> bool:
    """Every short-care, generalist or session-count word of the unit stands in the quality mark's name."""
    spans = [m.span() for m in _MARK_NAME.finditer(u.low)]
    if not spans:
        return False
    hits = [h for ts in term_sets for h in ts.find(u)]
    return all(h.on == "low" and any(a <= h.start < b for a, b in spans) for h in hits)


# the basis GGZ named in a page's title, heading or address ("generalistische basis GGZ", "basis-ggz", "GB-GGZ", "basic GGZ",
# "basic mental health care")
_BASIS_GGZ_NAMED = re.compile(r"(?<![a-z])(?:(?:generalistische\s+)?basis[\s-]?ggz|basic[\s-]?ggz|generalistische\s+basis|gb[\s-]?ggz|bggz|"
                              r"basic\s+(?:generalist\s+)?mental\s+health)")


@register
class Kortdurend(Check):
    topic = "kortdurend"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-10"
    message_keys = ("voldoet", "unexplained", "missing")

    @staticmethod
    def own_care_kind(page) -> bool:
        """A page of the practice that asks and answers what the basis GGZ is ("Wat is de generalistische basis GGZ?",
        "/generalistische-basis-ggz/"): LABELING v2 reads the explanation of the basis GGZ on a practice's own site as
        its care, so the question in its title makes no general explainer here (a blog post, a news item or a page for
        professionals stays off)."""
        key = ("kortdurend", "asks_basis_ggz")
        got = page.memo.get(key)
        if got is None:
            got = page.memo[key] = not (page_kind(page) or is_for_professionals(page) or not is_general_explainer(page)) and bool(
                _BASIS_GGZ_NAMED.search(page.title_low) or _BASIS_GGZ_NAMED.search(page.path_low.replace("-", " "))
                or _BASIS_GGZ_NAMED.search(page.first_heading))
        return got

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        short_t, count_t = terms("shortterm", "short"), terms("shortterm", "count")
        gen_t, gexp_t, sexp_t = terms("shortterm", "generalist"), terms("shortterm", "generalist_explained"), terms("shortterm", "short_explained")
        bound_t = terms("shortterm", "short_bounded")
        pages: dict[int, PageSignals] = {}
        measurement, method_t = terms("process", "measurement"), terms("methods", "method")
        for_colleagues = terms("context", "professional")
        # what a knowledge-base or explainer page, or a sentence placed in the care sector, research or
        # guidelines ("In de basis GGZ is de behandeling in het algemeen kortdurend", "in richtlijnen 12-20
        # sessies") says counts only where the site also speaks of its own short or generalist care
        # (LABELING v2: a page explaining basis GGZ counts on the site of a practice that offers it)
        general_pages: dict[int, PageSignals] = {}
        # explanations the practice gives in its own voice elsewhere on a page ("# Onze visie" ... "We bouwen
        # voort op wat u zelf al kunt"): they count once the page names its own short or generalist care
        elsewhere: dict[int, list[Unit]] = {}
        for u in st.units:
            page = st.page_of(u)
            # legal and vacancy text never describes the care; a cookie banner read as the page's title does
            # not make a page legal ("Deze website maakt gebruik van cookies" above "# Basis ggz")
            # (terms and conditions still name the practice's own care type where they set the referral it needs:
            # "a referral stating that you are referred to generalist basic mental health care"; LABELING v2: bijna)
            legal = is_legal_page(page)
            if (is_editorial_page(page) or is_vacancy_page(page) or in_boilerplate_section(u)
                    or (legal and not (u.kind not in ("heading", "title") and _referred_to_basis(u.low)))):
                continue
            if is_menu_line(u):
                continue  # "Home Over ons Kortdurende hulp Tarieven Contact": a page's name in the menu, no care described
            # a page that is general only by its question title ("Hoe lang duurt een behandeling?") answers for
            # the practice where a sentence speaks in its voice ("De meeste behandelingen bij ons duren 6 tot 10 sessies")
            # (not so a page that asks what the basis GGZ is: ``own_care_kind``)
            general = (is_general_page(page, questions=False)
                       or (is_general_page(page) and not (u.kind not in ("heading", "title") and speaks_as_practice(u))
                           and not self.own_care_kind(page)))
            # a page of clients' experiences or of the practice's history, and a client's quoted words ("Na 6
            # gesprekken kon ik weer alleen de trein in", "In 2014 werd de basis GGZ ingevoerd"): how one client's
            # care went or how the practice began, not what its care is now; like a general page it may add to
            # what the practice says of its own care elsewhere, never open it
            # (also a page addressed to others than clients, employers or schools, and news about care policy)
            # (and a course or training for colleagues: "Deze scholing is bedoeld voor psychologen": the short care it
            # teaches is not the practice's own care for its clients)
            # (and an article known by its text, "In dit artikel lichten we de indeling toe": how the GGZ is
            # arranged, LABELING v2, counts only beside what the practice says of its own care)
            general = (general or presents_no_offer(page, vision=False) or quoted_in_first_person(u, QUOTE_MARKS_STRICT)
                       or in_client_voice(st, u, by_heading=False) or addresses_others(page)
                       or is_policy_news(page) or is_for_professionals(page) or introduces_professional_audience(page, strict=True)
                       or is_links_page(page) or is_course_page(page) or reads_as_article(page))
            # (so is one sentence offering a course to colleagues: "Voor POH's geven wij een geaccrediteerde cursus
            # 'Kort en krachtig bij piekeren'": the training's name, not the practice's care)
            general = general or (u.kind not in ("heading", "title") and bool(for_colleagues.search(u)))
            target = general_pages if (general or speaks_of_care_in_general(u)) else pages
            if u.kind not in ("heading", "title") and _career(u.low):
                continue  # "ik heb jaren in de basis GGZ gewerkt", "zij heeft ervaring met kortdurende behandelingen"
            if "keurmerk" in u.low and _only_the_mark(u, (short_t, gen_t, count_t)):
                continue  # "Wij hebben het Keurmerk Kortdurende GGZ": the name of a quality mark, not the care described
            # (the site's own name standing alone, "Wij verhuizen | Eerstelijns Zorg Hengelveld", "Stichting
            # Eerstelijns Zorg Hengelveld · KvK ...", or its web address, names the organisation on every page, not
            # the character of its care)
            gen = any(not _profession_title(u, h) and not _site_name_only(u, h)
                      for h in gen_t.find(u)) and not _not_own_generalist(u.low)
            # the practice names its own care type where it asks for a referral to it ("een verwijzing
            # voor de generalistische basis GGZ"): bijna (LABELING v2: referral wording), though nothing
            # else in the line is about the care
            # (the referral wordings need "verwij"/"verwezen" or "referr": cheap tests first)
            named = (u.kind not in ("heading", "title") and (_referred_to_basis(u.low) or _letter_names_basis(u))
                     and not measurement.search(u) and not _waiting_referral(u) and not _not_own_generalist(u.low))
            if named:
                ps = target.setdefault(u.page, PageSignals())
                ps.gen_self = True
                ps.units.append(u)
                if is_referral_letter(u):
                    continue
            if legal:
                continue
            if (gen and u.kind not in ("heading", "title") and is_waiting_time(u) and _PER_CARE_TYPE.search(u.low)
                    and not (measurement.search(u) or is_cost(u) or _survey_row(u, measurement))):
                # the practice's waiting times per care type, its basis and its specialist GGZ ("Voor zowel GB-GGZ
                # en SGGZ gelden de volgende wachttijden"): it names the basis GGZ as one of its own products
                # (LABELING v2: bijna); its numbers and "kort" say nothing about the length of the care (the
                # sentence is skipped below). One waiting time "voor de basis GGZ" stays a hint for the reviewer.
                target.setdefault(u.page, PageSignals()).gen_self = True
            if (is_referral_letter(u) or ((is_waiting_time(u) or _WAITING_EN.search(u.low)) and not says_no_waiting(u))
                    or (measurement.search(u) and not _SESSIONS_ESTIMATED.search(u.low)) or _survey_row(u, measurement)):
                continue  # a waiting time, a survey ("de CQI geldt voor basis en specialistische GGZ")
            if u.kind == "title":
                if gen:
                    target.setdefault(u.page, PageSignals()).gen_self = True
                continue
            # session counts of the intake or of a waiting time say nothing about the treatment
            # ... and the typical length of one method ("IPT duurt 12-16 sessies", "de oplossingsgerichte
            # behandeling is kortdurend") is no limit of the practice's care
            method_length = not gen and (bool(method_t.search(u) and not PRACTICE_SELF.search(u.low))
                                         or _under_method(u, method_t) or of_other_provider(u, page)
                                         or _answers_method_question(st, u, method_t))
            if gen or short_t.search(u):
                # the practice says it does not give this care ("voor kortdurende behandelingen in de basis GGZ kunt
                # u niet bij ons terecht", "we do not offer short-term therapy"): neither character is its own
                # (not where it goes on to what it does give: "wij bieden geen langdurige therapie, maar kortdurende hulp")
                denied = _NOT_OFFERED.search(u.low)
                if denied and not _BUT.search(u.low, denied.end()):
                    gen, method_length = False, True
            # (a short care recommended elsewhere, "als uw klachten licht en kortdurend te behandelen zijn, is een psycholoog in de
            # basis GGZ vaak passender", is the other provider's, like its basis GGZ)
            sent_on = ("passender" in u.low or "geschikter" in u.low or "beter" in u.low or "verwij" in u.low) and _not_own_generalist(u.low)
            short_hits = [] if (method_length or sent_on) else [h for h in short_t.find(u) if not _method_subject(u, h, method_t)
                                                                  and not _short_or_long(u.low, h) and _short_of_care(u.low, h)]
            short = {h.label for h in short_hits}
            # a price per session ("de eerste 2 sessies kosten ...") is billing, not a limit of the care;
            # product names with their minutes ("Basis Kort: maximaal 294 minuten") are that limit
            billing = (is_cost(u) or bool(_MONEY.search(u.low)) or (in_cost_section(u) and not _TREATMENT_IS.search(u.low))
                       or (_HYPOTHETICAL.search(u.low) and (is_cost_page(page) or is_mostly_money(page)))) and not (short or gen)
            count = [] if (_not_treatment(u.low) or _under_intake_heading(u) or method_length or billing
                           or (in_waiting_section(u) and not gen)) else [
                h.text for h in count_t.find(u)
                if not (h.on == "low" and _EVAL_POINT.search(u.low[max(0, h.start - 25):h.start])
                        and _EVALUATES.search(u.low) and not _ENDS.search(u.low))
                and not _method_subject(u, h, method_t)
                and not (h.on == "low" and _PART_OR_PRICE.search(u.low[max(0, h.start - 20):h.start]))
                and not (h.on == "low" and _RATIO.search(u.low[max(0, h.start - 12):h.start]))
                and not (h.on == "low" and _not_a_length(u.low, h))
                and not (h.on == "low" and not gen and _FORMAT.search(_sentence_before(u.low, h.start)))]
            bare = None if (count or method_length or billing or u.kind in ("heading", "title")) else _BARE_COUNT.match(u.low)
            if bare:
                # "Hoeveel gesprekken krijg ik?" + "Gemiddeld tussen de zes en tien.": the answer counts the sessions
                # the question names (not an answer about one method: ``method_length``)
                q = _asked_count(st, u)
                if q:
                    count = [f"{bare.group('n').strip()} {q}"]
            if not (count or method_length or billing) and " | " in u.text:
                cell = _count_under_column(st, u)
                if cell:
                    count = [cell]  # "Traject | Aantal gesprekken | ..." over "Standaard | 5 - 8 | ...": the row's count
            starts = [h.start for h in gen_t.find(u) if h.on == "low" and not _profession_title(u, h)] if gen else []
            if not gen and _BASIC_EN.search(u.low) and not ((is_cost(u) and not _care_before_money(u)) or is_waiting_time(u)):
                # "Our practice offers basic mental health care": the practice's own generalist care, named
                basic = [m.start() for m in _BASIC_EN.finditer(u.low)]
                if _offers_generalist(u, basic):
                    gen, starts = True, basic
            # (the practice named by its own name counts as its voice: "Praktijk Linde Generalistische Basis GGZ helpt volwassenen met")
            if gen and not ((is_cost(u) and not _care_before_money(u)) or is_waiting_time(u)) and (u.kind == "heading" or PRACTICE_SELF.search(u.low) or _offers_generalist(u, starts)
                                                                     or bool(own_name_spans(u.text, u.url))
                                                                     or (_PRACTITIONER_TREATS_IN.search(u.low)
                                                                         and page_titled(page, ("context", "topic_page_behandelaren")))):
                target.setdefault(u.page, PageSignals()).gen_self = True
            if u.kind == "heading":
                if short or gen:
                    ps = target.setdefault(u.page, PageSignals())
                    ps.short |= short
                    ps.generalist |= gen
                continue
            topical = bool(short or count or gen)
            # explanations count in sentences about the topic, right after one, or in a section whose
            # heading names it ("# Generalistische basis GGZ" ... "Voor lichte tot matige klachten.");
            # in a section on the length of the treatment ("# Duur van de behandeling") only what explains
            # the short character ("het aantal sessies schatten we in bij de intake")
            length_only = False
            if not topical:
                prev = [v for v in st.neighbours(u, 2, 0)[:-1] if v.headings == u.headings]
                # (the section's heading, or a question line set as a paragraph over it: "Hoe lang en in welke vorm?";
                # the English name of the basis GGZ heads its section too: "# Basic mental health care")
                heads = [h for h in (*u.headings[-1:], line_heading(st, u)) if h]
                if not (any(short_t.search(v) or gen_t.search(v) or count_t.search(v) for v in prev)
                        or any(gen_t.search_text(h) or short_t.search_text(h) or _BASIC_EN.search(h) or _WHY_SHORT.search(h) for h in heads)):
                    if not (any(_LENGTH_HEADING.search(h) for h in heads) and sexp_t.search(u)):
                        if target is pages and u.kind not in ("heading", "title") and speaks_as_practice(u) \
                                and gexp_t.search(u):
                            # (a paragraph is one topic: the practice goes on about the short care an earlier sentence
                            # of the paragraph counted out, "Een traject bij ons is kort: meestal zo'n zes gesprekken.
                            # [...] Daarbij kijken we naar hoe je weer kunt functioneren op je werk en thuis.")
                            # (also where the paragraph counts it out after the explanation: "We kijken naar wat al goed gaat en
                            # bouwen daarop voort. Meestal zijn vijf tot acht gesprekken genoeg.")
                            same_par = u.block >= 0 and any(short_t.search(v) or count_t.search(v)
                                                            for v in st.neighbours(u, 8, 0)[:-3] + st.neighbours(u, 0, 8)[1:]
                                                            if v.page == u.page and v.block == u.block)
                            elsewhere.setdefault(u.page, []).append((u, same_par))
                        continue
                    length_only = True
            ps = target.setdefault(u.page, PageSignals())
            if u not in ps.units:
                ps.units.append(u)
            ps.short |= short
            ps.count.extend(count)
            ps.generalist |= gen
            if not length_only:
                ps.gen_expl |= set(gexp_t.labels_in(u))
                if target is pages and _refers_on(u.low):
                    ps.refers_on = True
                    ps.gen_expl.add("specialistisch contrast")
            ps.short_expl |= set(sexp_t.labels_in(u))
            if bound_t.search(u) and not method_t.search(u):
                ps.short_expl.add("begrensd aantal")  # "binnen een paar gesprekken", "a fixed number of sessions"

        for p, units in elsewhere.items():
            ps = pages.get(p)
            if ps is not None and (ps.count or ps.short):
                for u, same_par in units:
                    if not (ps.gen_self or same_par):
                        continue
                    ps.gen_expl |= set(gexp_t.labels_in(u)) & _STRONG_GEN
                    if u not in ps.units:
                        ps.units.append(u)
        if general_pages and any(ps.topical() for ps in pages.values()):
            for p, g in general_pages.items():
                ps = pages.setdefault(p, PageSignals())
                ps.units.extend(x for x in g.units if x not in ps.units)
                ps.short |= g.short
                ps.count.extend(g.count)
                ps.generalist |= g.generalist
                ps.gen_self |= g.gen_self
                ps.gen_expl |= g.gen_expl
                ps.short_expl |= g.short_expl
        if not pages:
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7)
        best_page = max(pages, key=lambda p: (pages[p].score(), pages[p].gen_self))
        ps = pages[best_page]
        details = {"count": ps.count[:3], "short": sorted(ps.short), "generalist": ps.generalist,
                   "generalist_explained": sorted(ps.explained()), "page": st.pages[best_page].url}
        if ps.short_ok() and ps.gen_ok():
            found = join_dutch([f"{UI_STRINGS['count']} ({ps.count[0]})" if ps.count else UI_STRINGS["short"],
                                f"{UI_STRINGS['generalist']} ({', '.join(sorted(ps.explained())[:3])})"])
            conf = 0.8 if (ps.count and len(ps.explained()) >= 3) else 0.65
            ev = self._pick(ps)
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=conf < 0.7, details=details, found=found)
        if not (ps.short or ps.count or ps.gen_self or (ps.generalist and ps.explained())):
            # nothing, or "basis GGZ" named in passing (how the GGZ is organised, a referral to the
            # specialist GGZ), not as the practice's own care
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.6,
                                needs_review=ps.generalist, details=details)
        parts = []
        if ps.count:
            parts.append(ps.count[0])
        parts += sorted(ps.short)[:2]
        if ps.generalist or ps.gen_self:
            # (also the basis GGZ named only as what the referral asks for: not "het kortdurende karakter")
            parts.append("basis GGZ / generalistisch")
        conf = 0.6 if (ps.short_ok() or ps.gen_ok()) else 0.7
        return self.finding(ctx, "voldoet_bijna", "unexplained", confidence=conf, evidence=evidence(self._pick(ps)),
                            needs_review=ps.short_ok() or ps.gen_ok(), details=details,
                            found=", ".join(parts) or UI_STRINGS["short"])

    @staticmethod
    def _pick(ps: PageSignals) -> list[Unit]:
        short_t, count_t = terms("shortterm", "short"), terms("shortterm", "count")
        gexp_t = terms("shortterm", "generalist_explained")
        first_short = [u for u in ps.units if count_t.search(u) or short_t.search(u)][:2]
        first_gen = [u for u in ps.units if gexp_t.search(u)][:2]
        return (first_short + first_gen) or ps.units[:2]
