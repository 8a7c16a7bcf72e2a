"""2b-7 Kenmerken behandelaren / teams.

Voldoet when a practitioner of the practice is named together with a BIG-level profession or a
registration (GZ-psycholoog, psychotherapeut, BIG, NIP, LVVP, VGCt...), or with a profession plus
another characteristic (specialism, languages, education). Only names, or only a generic "ons
team van psychologen", or the practice's registrations without a person, is voldoet_bijna. A page
that explains professions in general ("een GZ-psycholoog is ...") without naming the practice's
own people does not count.

The check reads whose practitioner a passage is about. A name counts only as one of the
practice's people: not a referral target ("verwijzen wij u naar psychiater ..."), a speaker, an
author or a method's founder, a quoted researcher, a member of another organisation ("... van de
GGD") or a client under a testimonial; a bare name needs a link to the practice for "bijna".
Professions without names count as the practice's team when the sentence ties them to the
practice: its own voice with a profession that is not anyone's ("ik ben GZ-psycholoog", not "ik
ben naar een psycholoog gegaan", "we recommend a psychologist" or "mijn psycholoog heeft me
geholpen"), its own name from the site's domain as their place of work ("de psychiaters van X",
"bij X werken ..."), the definite plural in the reader's care ("wanneer de psychologen inschatten
dat u ..."), never the sector ("de psychologen in de basis-ggz"), a partner or a denial.

A named person counts only when tied to the practice: on its people pages, as a profile block
(a name with the profession under it), or in a sentence (or the one beside it) in the practice's
voice, with its name or place, the care the person gives or a registration; a name with a title
in an announcement, interview, podcast or guideline is no practitioner of the practice. Given
names come from the project's list and the name dictionary of ``gender-guesser``
(``checks.text.first_names``); a writer who introduces themself ("Ik ben Marloes", "I'm Sarah")
names a first-person page. A profession word counts as a person only as a noun ("psycho-
therapeutische behandeling", "orthopedagogiek" name none), and the practice's "we" next to it only
when the profession is not no one's, everyone's or the reader's own ("wij hebben geen
psychiater", "elke psychotherapeut in Nederland", "bij uw psychotherapeut"). Stand-ins,
colleagues of another practice, former colleagues, quoted people, blog authors (bylines) and the
practice as a training place are not its team; English terms, privacy and complaints pages are
legal pages like the Dutch ones.

Without names, "bijna" also comes from a team of several disciplines in the practice's own care
("bij uw behandeling zijn verschillende behandelaren betrokken", "our multidisciplinary team", "de
praktijk wordt gerund door twee GZ-psychologen"), not in a referral, a partnership, the sector, a
file's access rules or a peer-review group; and from a writer who says what they trained in, worked
as, specialise in, treat in (a language) or are registered as ("ik ben opgeleid in schematherapie",
"mijn BIG-nummer is ...", "I offer therapy in English"), not a client under testimonials, a
vacancy or a question to the reader. A named person who is the subject of their own specialism or
training ("Sanne is gespecialiseerd in EMDR") is "voldoet", as with a profession. A registrations
list under a qualifications heading on a people page belongs to the person the page (or the
practice's name, "Psychologenpraktijk Lotte van Dam") names.

How pages write their people, read as well: a given name with the profession as an apposition or
right after it ("met Laura, onze GZ-psycholoog", "Als speltherapeut werkt Sanne", not "mijn
psycholoog Anna" or "Volgens Anna, psycholoog bij de GGD"); a first name the name list does not know,
with the profession beside it or on the line under the name ("Jildou Hoekstra / GZ-psycholoog"); a
job title under a name line that the page took for a heading; the writer's name on a first-person
page in a signature or in the practice's name ("© 2025 Psychologiepraktijk Marieke de Groot"); a
personal register number ("BIG-registratie: 19012345625", "bijna" without a name). The practice's
own name comes from the domain, or, when the host names nothing (an IP address), from the page
itself (``page_name_cores``: its title, first heading or copyright line). A complaints route ("wij
zijn aangesloten bij de klachtenregeling van het NIP") describes no team.

More ways of writing the practice's people without names ("bijna"): the care it gives by a profession ("de
behandelingen worden gegeven door ervaren GZ-psychologen", "wij bieden behandeling door ...", "dit is bij ons een
GZ-psycholoog"), the practitioner of the reader's own care ("de GZ-psycholoog die uw behandeling doet", "u krijgt
bij ons een vaste psycholoog", "you will be matched with a psychologist"), the practice as a group of its
professionals ("wij zijn een samenwerkingsverband van psychologen", "psychologen werken hier onder één dak"), its
people with their training ("onze behandelaren zijn opgeleid in ..."); not with a partner ("samen met GGZ Oost"),
the sector or a waiting time. A name is "voldoet" also with a time before the profession ("is sinds 2014
werkzaam als GZ-psycholoog"), after "mijn naam is" whatever the given name, alone over its job line, or as the
subject of a sentence that gives its registration further on; titles after "samen met" are the partner's.

The same facts in other words: the care role ("de behandelaar", "wie u behandelt", "the treating psychologist")
with a profession or registration in any word order or voice ("Als systeemtherapeut heeft de behandelaar ...", "Bij
ons is de behandelaar altijd een GZ-psycholoog", "whoever treats you is a registered ...") is "bijna"; "de Wet BIG"
and "the BIG Act" are a law, no registration. A terms or privacy page (not a complaints procedure) counts for the
practice's people in the plural or in its care, and for a name there ("bijna"; "voldoet" still needs a protected
title), not for the writer's own code ("ik werk volgens de beroepscode van het NIP", on every such page). On a
question page ("Wat doet een psychiater?") a sentence with the practice's own name is its own voice (runner).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import fold, site_text, terms
from checks.text.context import (READER_VOICE, READER_WORD, addresses_others, in_boilerplate_section, evidence, explains_subject, in_complaint_procedure, is_complaints_page, is_cost,
                                 in_testimonials_section, is_editorial_page, is_for_professionals, is_general_page, is_legal_page, is_recruiting,
                                 is_vacancy_page, is_general_question, reads_as_article, speaks_as_practice, speaks_of_care_in_general,
                                 join_dutch, not_own_content, own_name_spans, page_titled)
from checks.text.first_names import is_given_name
from checks.text.patterns import person_names
from checks.text.terms import plain_text
from checks.text.units import SiteText, Unit, fragment, semicolon_clauses
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "names": "namen van behandelaren",
    "team": "een algemene beschrijving van het team",
    "registrations": "registraties zonder namen van behandelaren",
}

_GROUPS = ("protected", "registration", "profession", "characteristic")


@dataclass
class Profile:
    name: str
    units: list[Unit] = field(default_factory=list)
    feat_units: list[Unit] = field(default_factory=list)  # the passages that carry the characteristics
    legal_only: bool = True  # seen only on privacy / terms pages (a privacy contact is no practitioner description)
    feats: dict[str, set[str]] = field(default_factory=lambda: {g: set() for g in _GROUPS})
    # seen on a team, about or practitioner page of the practice
    on_people_page: bool = False
    # every mention gives the person another role: the founder of a method, an author, the
    # complaints officer, the client's GP ("EMDR is ontwikkeld door Francine Shapiro")
    foreign_only: bool = True
    # the subject of a profession in a sentence on the practice's own pages: "Sanne is speltherapeut"
    subject: bool = False
    # a profession right under the name ("Sanne de Vries / Speltherapeut"), not a line further
    # down that addresses the reader ("Benieuwd wie jouw psycholoog wordt?")
    titled: bool = False
    # tied to the practice somewhere: on its people pages, or in a sentence that says so ("onze",
    # "werkt", "praktijkhouder", "helpt kinderen", a BIG number), not only a name with a title in an
    # announcement, interview, film or guideline ("spreekt GZ-psycholoog Anna Smit in de bibliotheek")
    tied: bool = False
    # the subject of a specialism or training in a sentence on the practice's own pages: "Sanne is
    # gespecialiseerd in EMDR", "Peter heeft de opleiding tot systeemtherapeut afgerond"
    trained: bool = False
    # said somewhere not to be one of the practice's practitioners now (a guest writer, retired, deceased;
    # ``_not_ours``): only their own people page makes them so again
    not_ours: bool = False

    def strong(self) -> bool:
        f = self.feats
        if not self.tied:
            return False
        if f["protected"] or f["registration"] or (f["profession"] and f["characteristic"]):
            return True
        # a named person with a profession on the page that presents the practice's people, or
        # said to be one in so many words
        if f["profession"] and (self.titled or self.subject):
            return True
        # a named practitioner with a specialism or training of their own (labelling guide v2: a name with a
        # profession, registration, specialism or qualification)
        return bool(f["characteristic"] and self.trained)


# a word for the care or the field, not for a person: "psychotherapeutische behandeling", "our
# psychotherapeutic approach", "orthopedagogisch onderzoek", "orthopedagogiek", "GZ-psychologie"
_NOT_A_PERSON = re.compile(r"(?:isch|ische|ic|ical|ically|iek|ie)$")


# the law named after the register, not anyone's registration: "de Wet BIG", "de Wet op de BIG", "the BIG Act",
# "BIG-wet", "the Dutch BIG law"
_LAW_BEFORE = re.compile(r"(?<![a-z])(?:wet|wet\s+op\s+de|de\s+wet)\s*[-(]?\s*$")
_LAW_AFTER = re.compile(r"^\s*[-)]?\s*(?:act|law|wet|legislation|wetgeving)(?![a-z])")


def _the_law(unit, h) -> bool:
    if h.label != "BIG":
        return False
    on = getattr(unit, h.on).lower()
    return bool(_LAW_BEFORE.search(on[max(0, h.start - 14):h.start]) or _LAW_AFTER.match(on[h.end:h.end + 16]))


class _PersonTerms:
    """A practitioners vocabulary group whose hits name a person: its wildcard patterns
    ("psychotherapeut*", "orthopedago*") also match the adjective and the field, which are left out."""

    def __init__(self, group: str):
        self.ts = terms("practitioners", group)

    def find(self, unit) -> list:
        return [h for h in self.ts.find(unit) if not _NOT_A_PERSON.search(h.text.lower()) and not _the_law(unit, h)]

    def labels_in(self, unit) -> list[str]:
        return list(dict.fromkeys(h.label for h in self.find(unit)))

    def search(self, unit) -> bool:
        return self.ts.search(unit) and bool(self.find(unit))

    def search_text(self, text: str) -> bool:
        return self.ts.search_text(text) and bool(self.find(plain_text(text)))


_PERSON_TERMS: dict[str, _PersonTerms] = {}


def _practitioner_terms(group: str) -> _PersonTerms:
    got = _PERSON_TERMS.get(group)
    if got is None:
        got = _PERSON_TERMS[group] = _PersonTerms(group)
    return got


def _feats(unit: Unit) -> dict[str, set[str]]:
    return {g: set(_practitioner_terms(g).labels_in(unit)) for g in _GROUPS}


_CONTINUES = re.compile(r"^(?:ik|zij|hij|ze|she|he|i)\s+(?:ben|is|werk|heb|werkt|heeft|am|works|has|was|worked|trained|studied)\b")
_LIST_MARK = re.compile(r"^[A-Z]\.\s+\S+$")


# a street, square or building named after a person ("Anna van Burenstraat 12", "Willem Dreeslaan")
_STREET = re.compile(r"\w{3,}(?:straat|laan|weg|kade|plein|singel|gracht|dreef|steeg|street|road|avenue|square)$", re.I)
_BUILDING = re.compile(r"\w{3,}(?:ziekenhuis|kliniek|school|college)$", re.I)
_BUILDING_AFTER = re.compile(r"^[\s-]*(?:school|college|ziekenhuis|kliniek|instituut|museum|fonds|prijs|lyceum|"
                             r"gymnasium|centrum|hospital|clinic|institute)\b", re.I)
_HOUSE_NUMBER = re.compile(r"^\s*[1-9]\d{0,3}[a-zA-Z]?\b(?![\s-]*\d)")


# a capitalised profession right before a name ("Kinderpsycholoog Lisa de Boer"): read in lower case,
# so that the name pattern does not take the profession for the first name
_CAPITALISED_PROFESSION = re.compile(r"\b[A-Z][a-z]*(?:psycholoog|psychologe|therapeut|therapeute|psychiater|pedagoog|coach)\b")
# a given name alone with a profession beside it: "Anna (speltherapeut)", "Bram - systeemtherapeut"
_GIVEN_NAME_WITH_ROLE = re.compile(r"^\s*(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)\s*(?:\(|[-–—,:|]\s*)(?=[^)]{0,40}?"
                                   r"(?:psycholo|therapeut|psychiater|pedagoo|counsel|coach|verpleegkundig|therapist))")


def _names(unit: Unit) -> list[str]:
    if unit.kind == "table_row" and len(unit.text) > 200:
        return []
    out = []
    m = _GIVEN_NAME_WITH_ROLE.match(unit.text)
    if m and len(unit.text) <= 80 and _given(m.group("name")):
        out.append(m.group("name"))
    text_for_names = _CAPITALISED_PROFESSION.sub(lambda p: p.group(0).lower(), unit.text)
    for n in person_names(text_for_names):
        if _BUILDING.search(n.text) or _BUILDING_AFTER.match(unit.text[n.end:]) or (_STREET.search(n.text) and _HOUSE_NUMBER.match(unit.text[n.end:])):
            continue  # an address or a building, not a person
        text = n.text
        if n.start > 0 and unit.text[n.start - 1].isalpha():
            # the name pattern took the end of a word for a particle ("psychia|ter Hanna Vos")
            text = re.sub(r"^[a-z']+\s+", "", text)
            if not text[:1].isupper():
                continue
        lead = re.match(r"(?:[a-z']+\s+)+(?=([A-ZÀ-Ý][\w-]*))", text)
        if lead and _given(lead.group(1)):
            # "het programma van Jon Kabat-Zinn": the particle belongs to the sentence, not the name
            text = text[lead.end():]
        if n.start == 0 and _LIST_MARK.match(n.text) and not (_practitioner_terms("protected").search(unit)
                                                              or terms("practitioners", "registration").search(unit)):
            # "C. Diensten ..." is a list marker; "N. Jansen staat als GZ-psycholoog ..." a person
            continue
        out.append(text)
    if len(unit.text) <= 160 and ("," in unit.text or "(" in unit.text or " - " in unit.text or " – " in unit.text):
        out += [n for n in _full_names_with_role(unit.text) if not any(n in o or o in n for o in out)]
    return out


# "Acceptance and Commitment Therapy (ACT) voor psychologen": the profession is an audience or a
# possessor after a preposition, not the apposition of a name
_FOR_WHOM = re.compile(r"(?<![\w-])(?:voor|for|van|of|met|with|bij|at|aan|to|door|by)\s+(?:\w+\s+){0,2}$", re.I)


def _full_names_with_role(text: str) -> list[str]:
    """A first name and surname that the name list does not know, with the profession as an
    apposition ("Jildou Hoekstra, GZ-psycholoog", "Sytske de Jong (psychotherapeut)")."""
    out = []
    for m in _FULL_NAME_ROLE.finditer(text):
        tail = text[m.end():m.end() + 50]
        words = m.group("name").split()
        if _SENTENCE_WORD.fullmatch(words[0]):
            continue  # "Volgens Anna, psycholoog bij ...": a capitalised sentence word, then a given name
        if _not_name(words) or _BUILDING.search(m.group("name")) or _STREET.search(m.group("name")):
            continue
        if any(h.start <= 12 and not _FOR_WHOM.search(tail[:h.start])
               for g in ("protected", "profession") for h in _practitioner_terms(g).find(plain_text(tail))) \
                and not _ELSEWHERE_AFTER.match(tail[12:]):
            out.append(m.group("name"))
    return out


_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
# a person's initials before the surname: "J. de Boer", "M.A. Jansen", "K.L.M. Smit"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|la|le|du|da|el|op)"
# (a particle is followed by the surname: "Let op" is no name)
_NAME_LINE = re.compile(rf"^(?:(?:drs|dr|mr|mw|dhr)\.?\s+)?{_NAME_WORD}(?:(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{1,2}})?$")
_ABOUT_NAME = re.compile(rf"^(?i:over|about|maak kennis met|meet|even voorstellen:?)\s+({_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{0,2}})$")
# capitalised words that open a sentence before a name ("Volgens Anna, ...", "Dear Emma, ...")
_SENTENCE_WORD = re.compile(r"Volgens|Door|Dankzij|Namens|Samen|Met|Zoals|Ook|Daarnaast|Verder|Tevens|Hierbij|Mede|Collega|Aldus|"
                            r"Vraag|Bel|Mail|Neem|Dag|Beste|Lieve|Hoi|Hallo|Groet|Groeten|Dank|Bedankt|Volg|Lees|Zie|Dear|Hi|Hello|"
                            r"According|With|By|From|Ask|Call|Meet|Thanks|Read|See|Sinds|Tot|Na|Voor|Bij|Van|Aan|Onder|Over|Uit")
_FULL_NAME_ROLE = re.compile(rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE})*\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
                             r"(?:\s*,\s*|\s*\(\s*|\s+[-–—|]\s+)(?:(?:MSc|MA|BSc|drs\.?)\s*,?\s*)?")
# "Sanne de Vries is GZ-psycholoog", "Peter werkt als systeemtherapeut", "Anna is a psychologist", "J. de Boer staat
# ingeschreven als psychotherapeut", "de praktijkhouder Eva Smit staat als GZ-psycholoog in het BIG-register"
_SUBJECT = re.compile(rf"(?:^|[.:;!?]\s+|,\s+|\ben\s+|\band\s+)(?:(?:[Dd]e|[Oo]nze|[Tt]he|[Oo]ur)\s+(?:praktijkhouder|praktijkeigenaar|eigenaar|"
                      rf"oprichter|owner|founder)\s+)?(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{0,2}}|"
                      rf"{_INITIALS}(?:\s*{_PARTICLE})*\s*{_NAME_WORD})"
                      r"\s+(?:(?:is|werkt|staat|has\s+(?:been\s+working|worked))\s+(?:(?!samen\b|niet\b|geen\b|nooit\b|met\b|together\b|not\b)"
                      r"[\w-]+\s+){0,4}?(?:werkzaam\s+)?(?:als|as)|is\s+(?:(?!niet\b|geen\b|nooit\b)[\w-]+\s+){0,4}?werkzaam\s+als|"
                      r"is|is\s+opgeleid\s+(?:als|tot)|works\s+as)"
                      r"\s+(?!(?:geen|niet|not|no|nog|never|nooit)\b)(?:een\s+|de\s+|a\s+|an\s+)?"
                      r"(?:(?!geen\b|niet\b|not\b|no\b|met\b|van\b|voor\b|bij\b|with\b|of\b|for\b|praktijk|team\b|centrum|organisatie|"
                      r"practice|centre|center|groep|group)[a-zà-ÿ()-]+\s+){0,2}$")


# someone who is not one of the practice's practitioners, said right before or after the name
_FOREIGN_ROLE = re.compile(
    r"ontwikkeld door|bedacht door|bedenker|grondlegger|grondleggers|founder of|developed by|devised by|"
    r"\bbekende|beroemde|\bbekendste|beroemdste|\bfamous|well-known|well known|best[- ]known|"
    r"\bauteur|\bschrijver|\bschrijfster|(?:zijn|haar|het) boek|\bauthor|citaat|"
    r"klachtenfunctionaris|vertrouwenspersoon|klachtencommissie|complaints officer|waarnem\w*|\bstand-in|locum|"
    r"oud-collega|\boud collega|voormalig\w*|\bformer\b|overleden|in memoriam|passed away|met pensioen|retired|"
    # a colleague who leaves: "neemt afscheid van onze praktijk", "verlaat de praktijk", "is leaving the practice"
    r"neemt\s+(?:\w+\s+)?afscheid|nam\s+(?:\w+\s+)?afscheid|afscheid\s+van\s+(?:onze|ons|de|het)\s+(?:praktijk|team)|afscheidsreceptie|"
    r"verlaat\s+(?:onze|ons|de|het)\s+(?:praktijk|team)|(?:is\s+)?leaving\s+(?:our|the)\s+(?:practice|team)|"
    r"leaves\s+(?:our|the)\s+(?:practice|team)|farewell|says\s+goodbye|"
    r"huisarts|\bgp\b|verwijzer|ervaringsverhaal|testimonial|recensie|"
    r"fotografie|foto:|photo:|photography|webdesign|website door|website by", re.I)


# said right before the name, in the same sentence: the reader is sent to this person ("verwijzen
# wij u naar psychiater ...", "we refer you to ..."), the person wrote a titled work ("'Leven met
# angst' van psycholoog ...") or speaks at an event ("een lezing door ...", "a talk by ...")
_FOREIGN_BEFORE = re.compile(
    r"(?:\b(?:verwijz\w*|verwezen|doorverwijz\w*|refer(?:s|red|ring)?)\b(?:\s+(?:wij|we|ik|u|you|jou|je))*\s+(?:u\s+|you\s+)?"
    r"(?:door\s+)?(?:naar|to)\b[^.!?]{0,120}"
    r"|[\"'‘’“”][^\"‘’“”]{2,80}[\"'’”]\s*,?\s*(?:van|door|by|of)\b[^.!?]{0,90}"
    # the origin of a method or a work: "gebaseerd op het werk van ...", "het programma van ..."
    r"|\b(?:gebaseerd\s+op|based\s+on|ge[iï]nspireerd\s+door|inspired\s+by)\b[^.!?]{0,60}"
    # "developed in the late 1980s by the American psychologist ...", "in 1987 ontwikkeld door de psycholoog ..."
    r"|\b(?:ontwikkeld|bedacht|developed|devised|invented)\b[^.!?]{0,40}\b(?:door|by)\s+[^.!?]{0,50}"
    r"|\b(?:programma|methode|model|theorie|aanpak|protocol|training|werk|ideeën|program|method|theory|approach|work)\s+(?:van|of)\s+"
    r"(?:de\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
    r"|\b(?:volgens|according\s+to|onderzoekers?|researchers?|(?:onderzoek|studie)\s+(?:van|door)|(?:research|study)\s+by|"
    r"citeert|quotes?)\b[^.!?]{0,40}"
    r"|\b(?:lezing|spreker|sprekers|sprak|gastspreker|webinar|congres|symposium|boek|boeken|lecture|talk|speaker|"
    r"conference|book|books)\b[^.!?]{0,60}"
    r"|[\"'’”»]\s*[-–—]?\s*|^\s*[-–—]\s*"
    # the byline of a blog post or article: "Geschreven door ...", "Door: ...", "Written by ..."
    r"|^\s*(?:door|by|auteur|author|tekst|text)\s*:?\s*|\b(?:geschreven|gepost|geplaatst|written|posted)\s+(?:door|by)\s*:?\s*)$", re.I)
# said right after the name: a member of another organisation ("... van de GGD", "... from the
# University of Leiden", "... (UMC Utrecht)")
_FOREIGN_AFTER = re.compile(
    r"^\s*,?\s*(?:\(|van|bij|from|of|at)\s+(?:de\s+|het\s+|the\s+)?(?:GGD|GGZ\b|[Uu]niversit|UMC|[Zz]iekenhuis|"
    r"[Hh]ospital|Trimbos|Veilig Thuis|[Gg]emeente|RIVM|[Ii]nstitu|[Kk]liniek|[Cc]linic|[Hh]ogeschool|[Ss]chool)")


# the name is the subject of a past creation: the founder of a method or an author ("Marsha Linehan
# ontwikkelde DBT", "Albert Ellis created a similar therapy")
_CREATED = re.compile(r"^,?\s+(?:[\w-]+\s+){0,3}(?:ontwikkeld|uitgewerkt|bedacht|beschreven|opgesteld|ge[iï]ntroduceerd|"
                      r"ontwikkelde|uitwerkte|bedacht|bedacht|ontdekte|legde|schreef|beschreef|introduceerde|"
                      r"grondlegde|created|developed|invented|founded|discovered|introduced|wrote|described|pioneered)\b")


# right after the name, another practice as the person's place of work: "collega Anna de Wit van
# Praktijk Oost", "psychologist Emma Stone of Therapy Centre North" (not the site's own name)
_OTHER_PRACTICE_AFTER = re.compile(r"^\s*,?\s*(?:van|bij|from|of|at)\s+(?:de\s+|het\s+|the\s+)?(?:[A-Z][\w'-]*\s+){0,3}?"
                                   r"(?:[A-Z][\w-]*)?(?:[Pp]raktijk|[Pp]ractice|[Cc]entrum|[Cc]entre|[Cc]enter)\w*")


# ... or after the person's profession in the name's apposition: "dr. Imke Sollewijn, psychiater bij Psychiatriepraktijk
# Westerkade", "Tom Bos (psychologist at Therapy Centre North)" (a capitalised organisation word; not "bij de praktijk")
_OTHER_PRACTICE_IN_APPOSITION = re.compile(r"^\s*(?:,|\(|[-–—])\s*(?:[\w-]+\s+){1,6}?(?:van|bij|at|of|with)\s+(?:de\s+|het\s+|the\s+)?"
                                           r"(?:[A-Z][\w'-]*\s+){0,3}?(?=[A-Z])(?i:[\w-]*?(?:praktijk|practice|centrum|centre|center|kliniek|"
                                           r"clinic|ziekenhuis|hospital|ggz))\w*")


# the name's apposition places the person at a place of work: "Anna de Wit, GZ-psycholoog bij X", "Tom Bos (psychologist at X)"
_AT_WORKPLACE = re.compile(r"\s*(?:,|\(|[-–—])\s*(?:[\w-]+\s+){0,6}?(?:bij|van|binnen|at|of|with|for)\s+(?:de\s+|het\s+|the\s+)?$", re.I)


def _placed_at_own_name(text: str, end: int, url: str, page) -> bool:
    """Right after a name (at ``end``), its apposition names the site's own practice as the place of work
    ("Lotte Vink, GZ-psycholoog en teamleider bij Praktijk Zuid" on that practice's site; within the same sentence)."""
    if not url:
        return False
    tail = re.split(r"[.!?;]\s", text[end:end + 100], maxsplit=1)[0]
    for a, _b in own_name_spans(text, url, page):
        if end <= a <= end + len(tail) and _AT_WORKPLACE.fullmatch(text[end:a]):
            return True
    return False


def _foreign_mention(text: str, name: str, url: str = "", page=None) -> bool:
    idx = text.find(name)
    if idx < 0:
        return False
    rest = text[idx + len(name):]
    m = _OTHER_PRACTICE_AFTER.match(rest) or _OTHER_PRACTICE_IN_APPOSITION.match(re.split(r"[.!?;]\s", rest, maxsplit=1)[0])
    if m and url:
        org = (idx + len(name) + m.start(), idx + len(name) + m.end())
        if not any(a < org[1] and org[0] < b for a, b in own_name_spans(text, url, page)):
            return True
    if _placed_at_own_name(text, idx + len(name), url, page):
        # "de krant interviewde Lotte Vink, GZ-psycholoog bij Praktijk X": an interview frame or an event before the name
        # does not make the practice's own employee someone else's
        return bool(_FOREIGN_ROLE.search(text[max(0, idx - 100): idx + len(name) + 60]))
    if (_FOREIGN_BEFORE.search(text[max(0, idx - 120): idx]) or _FOREIGN_AFTER.match(text[idx + len(name):])
            or _CREATED.match(text[idx + len(name):])):
        return True
    if _QUOTED_AFTER.match(text[idx + len(name):]):
        return True
    around = text[max(0, idx - 100): idx + len(name) + 60]
    return bool(_FOREIGN_ROLE.search(around) or _GUEST.search(around))


# the person is said not to work at the practice, in the sentence with the name or the next one: a guest
# writer or trainer ("schrijft deze column als gastauteur", "a guest post by", "Guest trainer X, a Swedish psychologist"),
# or in so many words ("is niet werkzaam bij Praktijk Oost", "is not affiliated with our practice"); also said of someone
# who is the subject of a profession
_NOT_OURS = re.compile(
    r"(?<![a-z])(?:gast(?:auteur|schrijver|schrijfster|column|blog|bijdrage|trainer|docent|spreker)\w*|"
    r"guest\s+(?:author|writer|column\w*|post|blog\w*|contributor|trainer|lecturer|speaker|teacher))(?![a-z])|"
    r"(?<![a-z])(?:niet|geen)\s+(?:meer\s+)?(?:werkzaam|verbonden)\s+(?:bij|aan)\s+(?:ons|onze|de\s+praktijk|het\s+team|[A-Z])|"
    r"(?<![a-z])(?:is\s+not|isn't|not)\s+(?:affiliated|employed|working)\s+(?:with|by|at|for)\s+(?:us|our|the\s+practice|[A-Z])|"
    r"(?<![a-z])(?:does\s+not|doesn't)\s+work\s+(?:at|for)\s+(?:us|our|the\s+practice|[A-Z])")
# retired or deceased: "werkte dertig jaar als psychiater; sinds zijn pensioen schrijft hij", an in memoriam
_GONE = re.compile(r"(?<![a-z])(?:pensioen\w*|gepensioneerd\w*|overleden|overleed|overlijden|in\s+memoriam|wijlen|"
                   r"retired|retirement|passed\s+away|died|obituary)(?![a-z])")
_PAST_VERB = re.compile(r"(?<![a-z])(?:was|werkte|werkten|worked|had\s+been)(?![a-z])")
_PRESENT_VERB = re.compile(r"(?<![a-z])(?:is|werkt|werken|ben|bent|are|works|work)(?![a-z])")


def _not_ours(units: list[Unit], i: int, name: str, page, scope: list[Unit]) -> bool:
    """The person named in ``units[i]`` is said not to be one of the practice's practitioners now, there or in the
    next sentence: a guest writer, someone said not to work there, or someone retired or deceased whose
    profession is only told in the past ("Zij was jarenlang psychotherapeut in de praktijk"; not "sinds haar pensioen
    bij de GGZ werkt zij als psychotherapeut in onze praktijk"). ``scope``: the lines the name is described by (its sentence, or a name as heading
    with the lines under it)."""
    u = units[i]
    idx = u.text.find(name)
    if idx < 0:
        return False
    nxt = [v for v in units[i + 1:i + 2] if v.kind not in ("heading", "title")]
    near = [u.text[idx:]] + [v.text for v in nxt]
    # (also the role right before the name in its own clause: "Guest trainer Mira Holm, a psychologist from Oslo")
    before = re.split(r"[.!?;,]", u.text[max(0, idx - 30):idx])[-1]
    if any(_NOT_OURS.search(t) for t in near) or _NOT_OURS.search((before + name).lower()):
        return True
    heads = " ".join(t for t in (page.title_low, page.first_heading) if t)
    if not (any(_GONE.search(t.lower()) for t in near) or _GONE.search(heads)):
        return False
    told = [v.low for v in scope + [v for v in nxt if all(v is not w for w in scope)]
            if _practitioner_terms("protected").search(v) or _practitioner_terms("profession").search(v)]
    return bool(told) and all(_PAST_VERB.search(t) and not _PRESENT_VERB.search(t) for t in told)


# a guest in a podcast, at an event or in a course, not placed at the practice ("onze gast in aflevering 7 is ...",
# "gastspreker", "our guest speaker ..."); placed at the practice ("GZ-psycholoog bij Praktijk X") the guest is still
# its own (``_placed_at_own_name``). "Spreekt" only with the subject of a talk: "Marieke spreekt Engels en Duits" gives
# a practitioner's languages.
_GUEST = re.compile(r"(?<![a-z])(?:gast|gasten|gastspreker\w*|gastdocent\w*|guests?|aflevering|episode)(?![a-z])|"
                    # a talk on a subject ("op 3 maart spreekt klinisch psycholoog X over burn-out", "X speaks about grief")
                    r"(?<![a-z])(?:spreekt|sprak|speaks|spoke)\s+(?:[\w.'-]+\s+){0,8}?(?:over|about)(?![a-z])", re.I)


# the person is quoted: "zoals psychiater X het zegt", "... says psychologist X"
_QUOTED_AFTER = re.compile(r"^\s+(?:het\s+|it\s+)?(?:zegt|zei|schrijft|schreef|stelt|stelde|noemt|noemde|says|said|writes|wrote|puts\s+it)\b")
# a sentence about someone else's professional: a referral, a stand-in during absence, a partner


def _attributed(units: list[Unit], i: int, unit: Unit, name: str) -> bool:
    """The name right under a quotation ("... worden." - | Carl Rogers, psycholoog): its author. Not a quotation in which
    the signer speaks of their own work with clients ("'Mijn werk bestaat uit luisteren ...' - | Jorien Baaklo, GZ-psycholoog"): a
    practitioner of the practice introducing themselves."""
    return i > 0 and unit.text.lstrip(" -–—").startswith(name) and bool(
        re.search(r"[\"”’'»]\s*[-–—]?\s*$", units[i - 1].text)) and not _OWN_WORK_QUOTED.search(units[i - 1].low)


# the speaker's own work with clients in a quotation: "mijn werk", "in mijn praktijk", "mijn cliënten", "my clients", "in my work"
_OWN_WORK_QUOTED = re.compile(r"(?<![a-z])(?:mijn|my)\s+(?:werk|vak|praktijk|cli[eë]nten|clients?|work|practice|sessies|sessions|gesprekken)(?![a-z])")


_PARTNERS_PAGE = re.compile(r"(?<![a-z])(?:links?|nuttige links|useful links|netwerk|network|partners?|samenwerking\w*|"
                            r"verwijsadressen|doorverwijz\w*|verwijzers)(?![a-z])")


def _partners_page(page) -> bool:
    """A page of links, partners or the practice's network, by URL path, title or first heading."""
    return any(_PARTNERS_PAGE.search(t) for t in (page.path_low, page.title_low, page.first_heading) if t)


def _listed_as_partner(units: list[Unit], i: int) -> bool:
    """A list item under a sentence about partners or referrals ("Wij werken samen met:")."""
    if units[i].kind != "list_item":
        return False
    j = i - 1
    while j >= 0 and units[j].kind == "list_item":
        j -= 1
    return j >= 0 and units[j].kind not in ("heading", "title") and bool(_PARTNER_INTRO.search(units[j].low))


# a sentence that introduces partners or referral addresses: "Voor medicatie werken wij samen met:"
_PARTNER_INTRO = re.compile(r"samenwerk|werk\w*\s+(?:\w+\s+)?samen|verwijs|verwijz|doorverwijz|refer|partners?\b|netwerk|"
                            r"network|together\s+with|work\s+with")


def _given(word: str) -> bool:
    """A known given name (the project's list or the name dictionary)."""
    return is_given_name(word) or terms("names", "first_names").search_text(word)


def _practice_name_only(name: str, url: str, page) -> bool:
    """``name`` is the site's own name (``own_name_spans`` covers all of it) and does not open with a given name."""
    words = name.split()
    if not words or _given(words[0].strip(".,")):
        return False
    return any(a == 0 and b >= len(name.rstrip(". ")) for a, b in own_name_spans(name, url, page))


def _not_name(words: list[str]) -> bool:
    stop = terms("names", "not_names")
    return any(stop.search_text(w) for w in words if w[:1].isupper())


# a verb makes a short sentence a statement, not a job title ("GZ-psycholoog is een beschermde titel.")
_VERB_IN_TITLE = re.compile(r"(?<![a-z])(?:is|zijn|was|werkt|werken|heeft|hebben|kan|kunnen|wordt|worden|biedt|helpt|are|has|works|helps|offers)(?![a-z])")


def _job_line(v: Unit) -> bool:
    """A short line that is a job title ("GZ-psycholoog", "Psychotherapeut NVP"), not a question or a name; also the job
    title as the first short sentence of the paragraph under a name ("Sanne" / "GZ-psycholoog en praktijkhouder. Sanne ...")."""
    text = v.text.strip()
    if text.endswith(".") and not (len(text.split()) <= 5 and not _VERB_IN_TITLE.search(v.low)):
        return False
    return (len(text) <= 60 and len(text.split()) <= 6 and not text.endswith(("?", "!")) and not _NOT_A_TITLE.match(v.low)
            and not _names(v) and bool(_practitioner_terms("protected").search(v) or _practitioner_terms("profession").search(v)))


# a job line with its registration after the title: "GZ-psycholoog, BIG-registratie 49012345625", "Clinical
# psychologist (klinisch psycholoog), BIG registered (BIG 69012345678)"
_TITLE_AND_REGISTRATION = re.compile(r"[,(|–—-]\s*(?:big|nip|lvvp|vgct|nvp|skj|registered|geregistreerd|lid\b|member)", re.I)


# a heading about who works there ("Wie werkt hier?", "Who works here?", "Onze behandelaren", "Het team in Zwolle")
_TEAM_SECTION = re.compile(r"(?<![a-z])(?:wie\s+(?:werkt|werken)\s+(?:hier|er|bij\s+ons)|who\s+works?\s+here|who\s+you\s+will\s+meet|"
                           r"(?:ons|onze|het|our|the)\s+(?:behandelaren|medewerkers|therapeuten|psychologen|therapists|psychologists|staff)|"
                           r"team)(?![a-z])")


# the names after a colon or "van links naar rechts" / "from left", joined by commas and "en" / "and"
_NAMES_AFTER = re.compile(r"(?::|van\s+links\s+naar\s+rechts|from\s+left(?:\s+to\s+right)?)\s*:?\s*(?P<names>[^:.!?]+)[.!]?\s*$", re.I)


def _given_names_listed(text: str) -> list[str]:
    """Three or more given names (all but one known) and nothing else after a colon or "van links naar rechts" ("Op de foto: Joost,
    Mirjam, Anouk en Pieter", "From left: Bart, Ingrid, Hatice and Laura"); [] otherwise."""
    m = _NAMES_AFTER.search(text)
    if m is None:
        return []
    parts = [p.strip() for p in re.split(r",|\s+(?:en|and|&)\s+", m.group("names")) if p.strip()]
    if len(parts) < 3 or not all(" " not in p and p[:1].isupper() and p.isalpha() for p in parts):
        return []
    # (one name the list of given names does not know may stand among them: "Bart, Ingrid, Hatice and Laura")
    return parts if sum(1 for p in parts if _given(p)) >= len(parts) - 1 else []


# "Wij zijn Femke en Bart.", "Ik ben Mirjam!", "Mijn naam is Ruben,", "We are Femke and Bart." (given names only)
_INTRODUCED = re.compile(r"^\W*(?:(?:hoi|hallo|hey|hi|hello|welkom|welcome)\W+)?(?:wij\s+zijn|we\s+zijn|we\s+are|ik\s+ben|i\s+am|i'm|"
                         r"mijn\s+naam\s+is|my\s+name\s+is)\s+(?P<names>[A-Z][a-z\u00e0-\u00ff]+(?:(?:\s*,\s*|\s+(?:en|and|&)\s+)"
                         r"[A-Z][a-z\u00e0-\u00ff]+){0,4})\s*[.!,]", re.I)


def _introduced_given_names(text: str) -> list[str]:
    """The given names with which the speakers introduce themselves at the start of a sentence, all of them known given
    names ("Hoi! Wij zijn Femke en Bart." -> Femke, Bart); [] otherwise."""
    m = _INTRODUCED.match(text)
    if m is None:
        return []
    parts = [p for p in re.split(r"\s*,\s*|\s+(?:en|and|&)\s+", m.group("names")) if p]
    return parts if parts and all(p[:1].isupper() and _given(p) for p in parts) and not _not_name(parts) else []


# the placeholder of a photo before a name on a team page ("[foto] Marloes", "Foto: Ruben", "[image] Sam")
_PHOTO_MARK = re.compile(r"^\s*(?:\[\s*(?:foto|photo|afbeelding|image|img)\s*\]|(?:foto|photo)\s*:)\s*", re.I)


# a photo's caption set between brackets ("[Photo: Sanne]", "[Foto: Joost]")
_BRACKETED_PHOTO = re.compile(r"^\s*\[\s*(?:foto|photo|afbeelding|image|img)\s*:\s*(?P<name>[^\]]*?)\s*\]\s*$", re.I)


def _without_photo_mark(text: str) -> str:
    m = _BRACKETED_PHOTO.match(text)
    if m:
        return m.group("name")
    return _PHOTO_MARK.sub("", text).strip()


def _bare_given_name(v: Unit) -> bool:
    """A line that is one known given name and nothing else ("Anna", "Joost", also "[foto] Marloes")."""
    text = _without_photo_mark(v.text)
    return (v.kind not in ("title",) and len(text) <= 20 and " " not in text and text[:1].isupper() and text.isalpha()
            and _given(text) and not _not_name([text]))


def _about_the_name(v: Unit, name: str) -> bool:
    """The sentence opens with the name, as the text under a person's name on a team page does ("Anna houdt van ...")."""
    return v.kind not in ("heading", "title") and v.text.startswith(name + " ")


# a line that opens like a sentence, not a job title ("Een psycholoog kan je helpen ...")
_NOT_A_TITLE = re.compile(r"^\W*(?:een|de|het|a|an|the|je|jij|u|uw|wij|we|ik|zij|hij|ze|onze|ons|our|your|my|mijn|i|you|"
                          r"wat|hoe|wie|waarom|what|how|who|why)\b")


# an animal ("Pip, een Friese stabij van zeven", "onze praktijkhond Pip", "Max, our practice dog"): the practice's dog
# or cat, no person
_ANIMAL = (r"(?:honden|hond|praktijkhond|therapiehond|kantoorhond|hulphond|bezoekhond|kat|katten|poes|pup|puppy|stabij|labrador|"
           r"labradoodle|retriever|teckel|herder|dogs?|cats?|kitten|pony|paard)")


def _named_animal(page, name: str) -> bool:
    """The page says that ``name`` is an animal: an animal word in an apposition after it or right before it."""
    n = re.escape(name)
    after = re.compile(rf"(?<![\w-]){n},?\s+(?:is\s+)?(?:een|onze|ons|de|het|our|a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_ANIMAL}(?![\w-])", re.I)
    before = re.compile(rf"(?<![\w-]){_ANIMAL}\s+{n}(?![\w-])", re.I)
    return any(after.search(u.text) or before.search(u.text) for u in page.units if u.kind not in ("heading", "title"))


# a figure of the field introduced by a nationality or fame ("De Amerikaanse psycholoog Jeffrey Young", "de Britse
# psychiater John Bowlby", "the famous psychologist ..."): who developed a method or wrote a book, not the practice's own
_FAMOUS_BEFORE = re.compile(r"(?<![a-z])(?:amerikaanse|britse|engelse|schotse|ierse|duitse|franse|zweedse|zwitserse|oostenrijkse|canadese|"
                            r"australische|belgische|deense|noorse|italiaanse|spaanse|russische|israelische|israëlische|beroemde|bekende|"
                            r"overleden|wijlen|american|british|english|german|french|swedish|swiss|austrian|canadian|australian|famous|renowned|"
                            r"late)\s+(?:[\w-]+\s+){0,2}$", re.I)


# ... or named in a sentence as the maker of a method or a theory ("de cognitieve therapie van Aaron Beck", "the model of ...")
_MAKER_BEFORE = re.compile(r"(?<![a-z])(?:\w*therapie|\w*therapy|theorie|theory|model|methode|method)\s+(?:van|of|by|door)\s+$", re.I)


def _before_name(text: str, name: str, width: int) -> str:
    """The ``width`` characters of ``text`` before the first ``name`` ("" when it is absent or opens the text)."""
    i = text.find(name)
    return text[max(0, i - width):i] if i > 0 else ""


def _maker_of_method(text: str, name: str) -> bool:
    """``name`` stands as the maker of a method or a theory in this sentence (``_MAKER_BEFORE``)."""
    return bool(_MAKER_BEFORE.search(_before_name(text, name, 40)))


# ... or, in a blog post or review, the author of the book or article it discusses ("Psychiater X schreef er een toegankelijk
# boek over", "X - Het piekerbrein. Uitgeverij Y, 2024", "the author, psychologist X, ..."), not tied to the practice in that
# sentence ("onze psycholoog X schreef een boek" stays the practice's)
_WORK = re.compile(r"(?<![a-z])(?:boek\w*|werkboek\w*|roman|bestseller|book\w*|workbook\w*|novel|uitgeverij|publisher|uitgegeven|published|"
                   r"blz|pagina'?s|pages)(?![a-z])")
_WROTE = re.compile(r"(?<![a-z])(?:schreef|schrijft|geschreven|auteur\w*|schrijver|schrijfster|wrote|writes|written|author\w*|"
                    r"uitgeverij|publisher)(?![a-z])")
_OWN_TIE = re.compile(r"(?<![a-z])(?:onze?|ons|mijn|our|my|collega\w*|colleague\w*)(?![a-z])")


def _author_of_work(text: str, name: str) -> bool:
    """In the sentence with ``name``, a book or publication and its writing or publisher are named, and nothing ties the
    writer to the practice (``_OWN_TIE``)."""
    low = text.lower()
    return bool(_WORK.search(low) and _WROTE.search(low) and not _OWN_TIE.search(low))


def _famous_figure(text: str, name: str) -> bool:
    """``name`` stands right after a profession that a nationality or fame introduces (``_FAMOUS_BEFORE``)."""
    before = _before_name(text, name, 60)
    return bool(_FAMOUS_BEFORE.search(before)) and bool(_practitioner_terms("profession").search_text(before.lower())
                                                         or _practitioner_terms("protected").search_text(before.lower()))


def page_person(page) -> str | None:
    """The person a page is about: a heading that is a name and matches the page's URL
    ("/team/davida-mels" with heading "Davida Mels"), or "Over Carla" / "About Anna"; not the practice's dog
    ("Maak kennis met Pip" over "Pip, een Friese stabij")."""
    slug = fold(page.url.rstrip("/").rsplit("/", 1)[-1].split("?")[0].replace("-", " ").replace("_", " "))
    for u in page.units:
        if u.kind not in ("heading", "title"):
            continue
        text = u.text.strip()
        m = _ABOUT_NAME.match(text)
        cand = m.group(1) if m else (text if _NAME_LINE.match(text) else None)
        if not cand or _not_name(cand.split()) or _named_animal(page, cand):
            continue
        words = [fold(w) for w in cand.split()]
        if m and len(words) == 1 and not _given(cand) and not _full_name_on_page(page, cand):
            continue  # "About Saltmarsh", "Over Oeverhorst": one word that is no given name names the practice
        if m and (words[0] in slug.split() or is_people_page(page)):
            return cand
        known = _given(cand.split()[0])
        if (known or is_people_page(page)) and len(words) >= 2 and all(w in slug.split() for w in words if len(w) > 3):
            return cand
    return None


# a word that makes a name an organisation's ("Saltmarsh Therapy", "Oeverhorst GGZ")
_ORG_WORD = (r"(?i:therap|psycholog|psychiatr|praktijk|practice|ggz|counsel|coach|centr|groep|group|zorg|care|mental|"
             r"health|clinic|kliniek|instituut|institute|advies|stichting|foundation|team|netwerk|network)")


def _full_name_on_page(page, word: str) -> bool:
    """``word`` is a person's first name on this page: a surname follows it ("Ik ben Rienke Oostervelt") or
    someone introduces themselves by it ("ik ben Rienke", "my name is Rienke")."""
    w = re.escape(word)
    pattern = re.compile(rf"\b{w}\s+(?:(?:van|de|der|den|ter|ten|'t)\s+)*(?!{_ORG_WORD})[A-Z][a-z]|"
                         rf"(?i:\b(?:ik\s+ben|i\s+am|i'm|mijn\s+naam\s+is|my\s+name\s+is|ik\s+heet)\s+){w}\b")
    return any(pattern.search(u.text) for u in page.units if u.kind not in ("heading", "title"))


def is_people_page(page) -> bool:
    """A team, about or practitioner page, by URL path or title; not a page for professionals ("/workshops/act-for-practitioners":
    a workshop for them, its trainer no one of the team)."""
    return page_titled(page, ("practitioners", "people_page")) and not is_for_professionals(page)


def _subject_names(unit: Unit) -> list[str]:
    """Names that are the subject of a profession: "Sanne de Vries is GZ-psycholoog"."""
    out = []
    for g in ("protected", "profession"):
        for h in _practitioner_terms(g).find(unit):
            if h.on == "lemmas" or (h.on == "low" and len(unit.low) != len(unit.text)):
                continue
            m = _SUBJECT.search(unit.text[:h.start])
            words = m.group("name").split() if m else []
            if len(words) == 1 and not _given(words[0]):
                continue  # "Eik is een praktijk met ...": one word that is no given name names no person
            if m and not _not_name(words) and m.group("name") not in out:
                out.append(m.group("name"))
    return out


# given names with their profession as an apposition: "met Laura, onze GZ-psycholoog", "Wij zijn Eva en
# Tom, allebei GZ-psycholoog", "Thomas (psychotherapeut)", "Anna, psychologist at our practice"
_GIVEN_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]+"
_APPOSITION = re.compile(rf"(?<![\w-])(?P<names>{_GIVEN_WORD}(?:\s*(?:,|\ben\b|\band\b|&)\s*{_GIVEN_WORD})*)"
                         r"(?:\s*\(\s*|\s*,\s*(?:(?:allebei|beiden|beide|both|allen|zelf)\s+)?"
                         r"(?:(?:onze|ons|de|het|mijn|our|the|my|die\s+als|who\s+as|als|as|een|a|an)\s+)?)")


# a given name right after a profession, or after it and a verb: "onze speltherapeut Sanne helpt ...",
# "Als speltherapeut werkt Sanne met ...", "our psychologist Anna sees ..."
_GIVEN_AFTER_ROLE = re.compile(rf"^[ \t]*(?:(?:werkt|helpt|begeleidt|behandelt|ziet|biedt|works|helps|sees|treats|supports)\s+)?"
                               rf"(?P<name>{_GIVEN_WORD})\b(?![ \t]+(?:[A-ZÀ-Ý]|van\b|de\b|der\b|den\b|ter\b|ten\b))")


def _apposition_names(unit: Unit) -> list[str]:
    """Given names right before their profession or protected title (``_APPOSITION``), or right
    after it (``_GIVEN_AFTER_ROLE``), not one of another organisation ("Tom, psycholoog bij de GGD")."""
    text = unit.text
    out: list[str] = []
    if len(unit.low) == len(text):
        for g in ("protected", "profession"):
            for h in _practitioner_terms(g).find(unit):
                if h.on != "low":
                    continue
                m = _GIVEN_AFTER_ROLE.match(text[h.end:])
                before = unit.low[max(0, h.start - 30):h.start]
                if not m or _NONE_OR_EVERY.search(before) or _ANY_ONE.search(before) or _CLIENTS_OWN.search(before) \
                        or _READERS_OWN.search(before):
                    continue  # "een psycholoog", "geen", "mijn psycholoog Anna" (a client), "uw psycholoog"
                name = m.group("name")
                if _given(name) and not _not_name([name]) \
                        and not _ELSEWHERE_AFTER.match(text[h.end + m.end():]) and name not in out:
                    out.append(name)
    if "," not in text and "(" not in text:
        return out
    for m in _APPOSITION.finditer(text):
        tail = text[m.end():m.end() + 60]
        hit = None
        for g in ("protected", "profession"):
            hit = next((h for h in _practitioner_terms(g).find(plain_text(tail)) if h.start <= 22), None)
            if hit:
                break
        if hit is None or _ELSEWHERE_AFTER.match(tail[hit.end:]) or _NONE_OR_EVERY.search(fold(tail[:hit.start])):
            continue
        for name in re.split(r"\s*(?:,|\ben\b|\band\b|&)\s*", m.group("names")):
            if name and _given(name) and not _not_name([name]):
                out.append(name)
    return out




# a profession right before the name, as its title: "onze psycholoog Hanneke Bos ziet ...", "our psychologist Anna
# sees ..." (not a client's, the reader's or anyone's: "mijn psycholoog Anna", "uw psycholoog", "een psycholoog")
_TITLE_BEFORE = re.compile(r"[\w-]*(?:psycholoog|psychologe|therapeut|therapeute|psychiater|pedagoog|psychologist|therapist|"
                           r"psychiatrist)\s*$", re.I)


# a profession in the plural right before names joined by "en", "and" or commas, as the title of each: "onze psychologen
# Hanneke Bos en Joost Kramer", "our therapists Anna Berg and Tom Wil"
_PLURAL_TITLE = re.compile(r"(?<![\w-])(?:[\w-]*(?:psychologen|therapeuten|psychiaters|pedagogen|psychologists|therapists|psychiatrists))\s+"
                           r"(?P<names>[A-Z][\w'-]*(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][\w'-]*)*"
                           r"(?:(?:\s*,\s*|\s+(?:en|and|&)\s+)[A-Z][\w'-]*(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*[A-Z][\w'-]*)*)+)")


_SINGULAR = {"psychologen": "psycholoog", "therapeuten": "therapeut", "psychiaters": "psychiater", "pedagogen": "pedagoog",
             "psychologists": "psychologist", "therapists": "therapist", "psychiatrists": "psychiatrist"}


def _plural_title_of(text: str, idx: int) -> str:
    """The profession, in the singular, of the plural title before the enumeration of names in which position ``idx``
    stands ("onze GZ-psychologen Hanneke Bos en Joost Kramer" -> "GZ-psycholoog" for either name); "" when none, or when
    the title is a client's, the reader's or anyone's."""
    for m in _PLURAL_TITLE.finditer(text):
        if m.start("names") <= idx < m.end("names"):
            low = fold(text[max(0, m.start() - 20):m.start()])
            if _CLIENTS_OWN.search(low) or _READERS_OWN.search(low) or _NONE_OR_EVERY.search(low):
                return ""
            word = text[m.start():m.start("names")].strip()
            return next((word[:-len(pl)] + sg for pl, sg in _SINGULAR.items() if word.lower().endswith(pl)), "")
    return ""


def _title_before(text: str, name: str) -> bool:
    idx = text.find(name)
    if idx <= 0:
        return False
    if _plural_title_of(text, idx):
        return True
    pre = re.split(r"[,;:.()]|\s(?:en|and)\s", text[max(0, idx - 40):idx])[-1]
    low = fold(pre)
    return bool(_TITLE_BEFORE.search(pre)) and not (_CLIENTS_OWN.search(low) or _READERS_OWN.search(low)
                                                    or _NONE_OR_EVERY.search(low) or re.search(r"(?<![a-z])(?:een|a|an)\s", low))


def _titled(units: list[Unit], i: int, name: str) -> bool:
    """A profession in the name's own line or the two lines right under it (a job title or a
    first sentence about the person), not in a question or a line addressing the reader."""
    unit = units[i]
    idx = unit.text.find(name)
    own = unit.text[idx: idx + len(name) + 80] if idx >= 0 else ""
    lines = [own] + [v.text for v in units[i + 1:i + 3]]
    for text in lines:
        low = fold(text)
        if not low or low.rstrip().endswith("?") or READER_WORD.search(low):
            continue
        if _practitioner_terms("profession").search_text(low) or _practitioner_terms("protected").search_text(low):
            return True
    return False


# right after the name, the person's own specialism or training: "... is gespecialiseerd in", "... heeft de
# opleiding tot ... afgerond", "... studeerde psychologie", "... is trained in", "... specialises in"
_TRAINED_AFTER = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:studeerde|specialiseerde|studied|specialises|specializes|trained|qualified|graduated)\b|"
    r"(?:is|was|werd|heeft|had|has|have)\s+(?:(?:ook|also|zich|been|ruim|jarenlang)\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:gespecialiseerd|opgeleid|afgestudeerd|gepromoveerd|geschoold|gecertificeerd|opleiding\w*|specialised|specialized|"
    r"trained|certified|qualified|graduated|degree)\b)")


def _trained_subject(text: str, name: str) -> bool:
    """The name is the subject of its own specialism or training (``_TRAINED_AFTER``), not negated."""
    idx = text.find(name)
    if idx < 0:
        return False
    rest = text[idx + len(name):]
    m = _TRAINED_AFTER.match(rest)
    if not m or _NEGATED.search(fold(rest[:m.end()])):
        return False
    head = fold(rest[:m.end() + 40])
    return bool(_practitioner_terms("characteristic").search_text(head) or re.search(r"\b(?:specialises|specializes|trained|studied)\b", head))


# a partner or a referral after the name: the titles that follow are the partner's
_PARTNER_AFTER = re.compile(r"\b(?:samen\s+met|werkt\s+samen|in\s+samenwerking|together\s+with|works?\s+with|verwijs\w*|verwijz\w*|"
                            r"doorverwijz\w*|refers?|referred)\b", re.I)


# the subject of the sentence is registered or a member: "... en is geregistreerd bij het NIP", "... and is
# registered with the Dutch Institute of Psychologists (NIP)", "... staat ingeschreven in het BIG-register"
_REGISTERED = re.compile(r"\b(?:is|staat|are|has\s+been)\s+(?:(?:ook|also|sinds\s+\d{4}|since\s+\d{4})\s+)?"
                         r"(?:geregistreerd|ingeschreven|aangesloten|lid|registered|a\s+member|affiliated|accredited|erkend|"
                         r"gecertificeerd|certified)\b")


def _subject_registered(text: str, idx: int, name: str) -> dict[str, set[str]]:
    """The registrations of a name that opens the sentence, said further on in it ("Sarah Jennings has
    a Master's degree ... and is registered with the NIP"), when no other name comes between and the
    sentence does not speak of others (a referral, a colleague, the complaints route)."""
    out: dict[str, set[str]] = {g: set() for g in _GROUPS}
    if idx < 0 or _TITLES.sub("", text[:idx]).strip(" -–—:"):
        return out
    rest = text[idx + len(name):]
    rest = re.split(r"[.!?;]\s", rest, maxsplit=1)[0]
    m = _REGISTERED.search(rest)
    if not m or len(rest) > 240 or _OTHERS.search(fold(rest)) or _COMPLAINTS.search(fold(rest)) or _NEGATED.search(fold(rest[:m.end()])):
        return out
    if person_names(rest[:m.start()]):
        return out
    tail = plain_text(rest[m.start():])
    out["registration"] = set(_practitioner_terms("registration").labels_in(tail))
    out["protected"] = set(_practitioner_terms("protected").labels_in(tail))
    return out


_TITLES = re.compile(r"^(?:(?:drs|dr|mr|prof|ir|ing|mw|mevr|dhr|mevrouw|meneer|de heer)\.?\s+)+", re.I)
_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "la", "le", "du", "da", "el", "op", "in", "'t", "het"}


def person_key(name: str) -> tuple[str, str] | None:
    """(first initial, surname) of a name, to join "drs. Marieke van Dijk" and "M. van Dijk"."""
    bare = _TITLES.sub("", name.strip())
    words = [w for w in re.split(r"\s+", bare) if w and not re.fullmatch(r"(?:MSc|MA|BSc|MBA|PhD|RN)\.?", w)]
    if len(words) < 2:
        return None
    first = words[0]
    rest = words[1:]
    # initials "M." or "M.J." followed by the surname
    while rest and re.fullmatch(r"(?:[A-Z]\.)+", rest[0]):
        rest = rest[1:]
    surname = " ".join(w for w in rest if w.lower() not in _PARTICLES) or (rest[-1] if rest else "")
    if not surname:
        return None
    return (first[0].upper(), fold(surname))


def _ranked_feat_units(prof: Profile, st: SiteText) -> list[Unit]:
    """The profile's passages, those with a protected title or registration first, web pages
    before documents."""
    def score(u: Unit) -> int:
        f = _feats(u)
        return 4 * bool(f["protected"] or f["registration"]) + 2 * bool(f["profession"]) + bool(f["characteristic"])
    units = prof.feat_units or prof.units
    return sorted(units, key=lambda u: (-score(u), st.pages[u.page].kind == "pdf", u.index))


def _merge_same_person(profiles: dict[str, Profile]) -> dict[str, Profile]:
    """One profile per person: the longest spelling keeps the name, the others add to it."""
    by_key: dict[tuple[str, str], Profile] = {}
    out: dict[str, Profile] = {}
    for name in sorted(profiles, key=lambda n: -len(n)):
        prof = profiles[name]
        key = person_key(name)
        main = by_key.get(key) if key else None
        if main is None:
            if key:
                by_key[key] = prof
            out[name] = prof
            continue
        main.units.extend(u for u in prof.units if u not in main.units)
        main.feat_units.extend(u for u in prof.feat_units if u not in main.feat_units)
        main.legal_only = main.legal_only and prof.legal_only
        main.subject = main.subject or prof.subject
        main.trained = main.trained or prof.trained
        main.titled = main.titled or prof.titled
        main.tied = main.tied or prof.tied
        main.foreign_only = main.foreign_only and prof.foreign_only
        main.on_people_page = main.on_people_page or prof.on_people_page
        main.not_ours = main.not_ours or prof.not_ours
        for g in _GROUPS:
            main.feats[g] |= prof.feats[g]
    # keep the order in which the people appear on the site
    order = {id(u): u.index for p in out.values() for u in p.units}
    return dict(sorted(out.items(), key=lambda kv: min((order[id(u)] for u in kv[1].units), default=0)))


# the writer or the practice itself ("ik", "wij", "onze"), Dutch and English
_OWN_VOICE = re.compile(r"(?<![a-z])(?:ik|mij|mijn|wij|we|ons|onze|our|my|us)(?![a-z.'])")
_ENGLISH_I = re.compile(r"(?<![A-Za-z])I(?:['’]m)?(?![A-Za-z.'’])")
# the profession belongs to someone else: a referral, a colleague elsewhere, the reader's own choice
_OTHERS = re.compile(r"collega|waarnem\w*|afwezig\w*|vervang\w*|absence|replac\w*|ons land|onze (?:maatschappij|samenleving)|our (?:society|country)|samenwerk|werk\w* samen|samen werk\w*|verwijs|verwijz|doorverwijz|refer|elders|(?<!onder\s)andere (?:psycholo|behandel|therapeut)|"
                     r"naar een|bij een|zoekt|zoeken|vacature|huisarts|\bgp\b|general practitioner|wanted|looking for|"
                     # confidentiality and files: who may read the file, not who the practitioner is
                     r"beroepsgeheim|geheimhouding|vertrouwelijk|dossier|privacy|toegang|confidential|secrecy|access|"
                     # who may see the file, and the peers of the writer's peer review
                     r"inzien|inzage|\brecords\b|shared with|gedeeld met|delen met|intervisie\w*|intervision|peer review")
_FIRST_PERSON = re.compile(r"(?<![a-z])(?:ik|mijn|my)(?![a-z.'])")
_NEAR = 100  # characters between the own voice and the profession


# the profession only introduces an observation about people in general ("als psycholoog merk ik
# dat veel mensen ...", "zie ik als therapeut vaak ...", "as a psychologist I often see ...")
_OBSERVES = r"(?:zie|merk|hoor|ervaar|spreek|lees|kom)\s+ik|i\s+(?:\w+\s+)?(?:see|notice|hear|meet|come\s+across|speak\s+to)"
_OBSERVES_AFTER = re.compile(rf"^\w*\s*,?\s*(?:{_OBSERVES})\b")
_OBSERVES_BEFORE = re.compile(r"\b(?:zie|merk|hoor|ervaar|spreek|lees|kom)\s+ik\s+(?:\w+\s+){0,3}als\s+(?:\w+\s+)?$")


# a profession with the indefinite article is anyone's ("contact opnemen met een psycholoog", "we
# recommend a psychologist"), unless the writer says to be one ("ik ben een ...", "I am a ...")
_ANY_ONE = re.compile(r"\b(?:een|a|an)\s+(?:[\w-]+\s+)?$")
_I_AM_ONE = re.compile(r"\b(?:as|als|ik\s+ben|ben\s+ik|wij\s+zijn|we\s+zijn|i\s+am|i'm|we\s+are|werk\s+ik\s+als|ik\s+werk\s+als|"
                       r"i\s+work\s+as)\s+(?:een|a|an)\s+(?:[\w-]+\s+)?$")


# the writer's profession as their background: "ik heb een psychotherapeut-achtergrond", "I have
# a psychotherapist's background"
_I_HAVE_A = re.compile(r"\b(?:ik\s+heb|heb\s+ik|i\s+have|i've)\s+(?:ook\s+|also\s+)?(?:een|a|an)\s+(?:[\w-]+\s+){0,2}$")
_BACKGROUND_AFTER = re.compile(r"^[\w'’-]*\s*-?\s*(?:achtergrond|background|vooropleiding)\b")
_NONE_OR_EVERY = re.compile(r"\b(?:geen|niet|not|no|nooit|never|elke|iedere|ieder|elk|every|each|any|welke|which)\s+(?:[\w-]+\s+)?$")
_READERS_OWN = re.compile(r"\b(?:uw|je|jouw|your)\s+(?:[\w-]+\s+)?$")
_THE_ROLE = re.compile(r"\b(?:de|het|the)\s+$")
# the writer as the one the role acts on, or their own therapist: "de therapeut stelde me gerust"
_ME = re.compile(r"(?<![a-z])(?:me|mij|mijn|my)(?![a-z])")
# the writer goes to, sees or talks with "the" role: a client ("bij de psychotherapeut", "to the psychologist")
_CLIENT_GOES = re.compile(r"\b(?:naar|bij|met|aan|to|with|see|saw|visit(?:ed)?)\s+(?:de|het|the|mijn|my)\s+(?:[\w-]+\s+)?$")
_I_AM_THE = re.compile(r"\b(?:ik\s+ben|ben\s+ik|i\s+am|i'm|als|as)\s+(?:de|het|the)\s+$")
# "mijn psycholoog", "my therapist": the writer is the client, not the practitioner
_CLIENTS_OWN = re.compile(r"\b(?:mijn|my)\s+(?:[\w-]+\s+)?$")


# a registration body as the subject of what it does (asks, advises, publishes), not anyone's membership:
# "de LVVP heeft gevraagd om ...", "het NIP adviseert ...", "the NIP has published ..."
_BODY_ACTS = re.compile(r"^[\w-]*\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:(?:heeft|hebben|has|have)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:gevraagd|aangedrongen|gepleit|geadviseerd|gepubliceerd|opgesteld|aangegeven|bepaald|besloten|"
                        r"asked|urged|called|advised|published|issued|decided|lobbied)|vraagt|vroeg|pleit|pleitte|adviseert|"
                        r"publiceert|stelt\s+voor|asks|asked|urges|urged|advises|advised|publishes|lobbies)\b")


def _speaks_as_practitioner(unit: Unit) -> bool:
    """The first person (or "onze") right next to a profession or registration of the practice's
    own people: "dan vind ik het als psycholoog belangrijk", "ik ben aangesloten bij het NIP"."""
    for g in ("protected", "registration", "profession"):
        for h in _practitioner_terms(g).find(unit):
            if h.text.lower().endswith(("isch", "ische")):  # "psychotherapeutische behandeling": no person
                continue
            lo, hi = max(0, h.start - _NEAR), h.end + _NEAR
            on = getattr(unit, h.on).lower()
            window = on[lo:hi]
            if _OBSERVES_AFTER.match(on[h.end:h.end + 40]) or _OBSERVES_BEFORE.search(on[max(0, h.start - 60):h.start]):
                continue  # "als psycholoog zie ik vaak mensen die ...": about people in general, not the writer
            ws = h.start  # the start of the word ("psycholoog" in "gz-psycholoog" starts at "gz-")
            while ws > 0 and (on[ws - 1].isalnum() or on[ws - 1] == "-"):
                ws -= 1
            before = on[max(0, ws - 40):ws]
            if _ANY_ONE.search(before) and not _I_AM_ONE.search(before) and not (
                    _I_HAVE_A.search(before) and _BACKGROUND_AFTER.match(on[h.end:h.end + 40])):
                # "we weten dat gesprekken met een psycholoog helpen": any psychologist, not ours ("ik heb een
                # psychotherapeut-achtergrond" is the writer's own)
                continue
            if _NONE_OR_EVERY.search(before) or _READERS_OWN.search(before) or _in_the_sector(window) and not (
                    _FIRST_PERSON.search(window) or _ENGLISH_I.search(unit.text[lo:hi])):
                # "wij hebben geen psychiater", "elke psychotherapeut in Nederland", "veilig bij uw
                # psychotherapeut": no one, everyone or the reader's own, not the writer
                continue
            if g == "registration" and _BODY_ACTS.match(on[h.end:h.end + 60]):
                continue  # "onze beroepsvereniging, de LVVP, heeft gevraagd ...": the association acts, no one's registration
            if _CLIENTS_OWN.search(before) and not (g == "registration" and _OWN_NUMBER.match(on[h.end:])):
                continue  # "mijn psycholoog heeft me geleerd ...": a client speaks (not "mijn BIG-nummer is ...")
            if g != "registration" and _CLIENT_GOES.search(before) and not _I_AM_THE.search(before):
                continue  # "mijn eerste afspraak bij de psychotherapeut": the writer is the client
            if g != "registration" and _THE_ROLE.search(before) and not _I_AM_THE.search(before) and (
                    not (_FIRST_PERSON.search(window) or _ENGLISH_I.search(unit.text[lo:hi])) or _ME.search(window)):
                # "wij vragen u af te zeggen, zodat de therapeut ...": the practice's "we" next to a
                # role in its rules; "de therapeut stelde me op mijn gemak": a client about their
                # therapist ("in de rol van de therapeut probeer ik ...": the writer)
                continue
            if (_OWN_VOICE.search(window) or _ENGLISH_I.search(unit.text[lo:hi])) and not _OTHERS.search(window) \
                    and not _WITH_A_PARTNER.search(window):
                return True
    return False


# the writer's own training, registration or specialism: "ik heb de opleiding tot ... gevolgd",
# "ik ben gespecialiseerd in", "I trained as", "I am registered with"
_OWN_QUALIFICATION = re.compile(
    r"\b(?:[Ii]k|I)\s+(?:ben|heb|am|have|was)\b[^.!?]{0,80}?\b(?:opleiding\w*|opgeleid|gespecialiseerd|"
    r"geregistreerd|gecertificeerd|afgestudeerd|gepromoveerd|trained|registered|certified|qualified|specialised|"
    r"specialized|graduated)\b")
# who works here, without names: "binnen de praktijk werken GZ-psychologen en ...", "bij
# Psychologenpraktijk X werken ...", "uw behandelaar is een GZ-psycholoog", "your therapist is a ..."
_TEAM_FRAME = re.compile(
    r"\b(?:in|binnen|bij|op)\s+(?:de|het|onze|ons|mijn|deze)\s+(?:praktijk|team|organisatie|vestiging|centrum|locatie|locaties)\s+"
    r"(?:zijn\s+|is\s+)?(?:werk(?:en|t|zaam)|actief)\b|"
    r"\bbij\s+[\w-]*(?:praktijk|psycholog|therap)[\w-]*(?:\s+[\w'-]+){0,3}\s+werk(?:en|t)\b|"
    r"\b(?:uw|je|jouw)\s+(?:behandelaar|therapeut|hoofdbehandelaar|regiebehandelaar)\s+is\s+(?:altijd\s+)?(?:(?:een|de)\b|"
    r"(?=gz|psycholo|psychotherap|psychiater|orthopedago|klinisch|verpleegkundig|[a-z]*therapeut))|"
    r"\b(?:behandeling(?:en)?|gesprekken|intakes?|therapie(?:ën)?|sessies|consulten)\s+(?:wordt|worden)\s+(?:altijd\s+|steeds\s+|alleen\s+)?"
    r"(?:uitgevoerd|gegeven|gedaan|verzorgd|geboden|gevoerd)\s+door\s+(?:(?:een|de|onze|ervaren|deskundige|gekwalificeerde|"
    r"geregistreerde|erkende|bevoegde|gediplomeerde)\b)|"
    r"\b(?:treatment|therapy|sessions?|assessments?)\s+(?:is|are)\s+(?:always\s+|only\s+)?(?:provided|given|delivered|conducted|done)\s+by\s+"
    r"(?:a|an|the|our|experienced|qualified|registered|licensed)\b|"
    r"\byour\s+(?:therapist|psychologist|practitioner)\s+(?:is|will\s+be)\s+an?\s+(?:[\w-]+\s+)?"
    r"(?=gz|health|clinical|psycholog|psychotherap|psychiatr|orthopedago|[a-z]*therapist|counsel)|"
    # "bij ons kunt u terecht bij een GZ-psycholoog of ...", "with us you will see a psychologist"
    r"\b(?:bij|binnen)\s+(?:ons|onze\s+praktijk)\b(?![^.;]{0,40}\b(?:samen|niet|geen|verwijz\w*)\b)[^.;]{0,40}"
    r"\b(?:bij|met|door)\s+(?:een|de|onze)\b|"
    r"\bwith\s+us\b(?![^.;]{0,40}\b(?:not|no|together|refer\w*)\b)[^.;]{0,40}\b(?:with|by|see)\s+(?:a|an|one\s+of\s+our)\b|"
    r"\b(?:at|in)\s+(?:our|this)\s+(?:practice|centre|center|clinic)\b(?![^.;]{0,40}\b(?:not|no|together|refer\w*)\b)[^.;]{0,40}"
    r"\b(?:seen|treated|helped|supported|assessed)\s+by\s+(?:a|an|one\s+of\s+our)\b")
# the practice's people in its own care, without names (read with ``_own_care_by``): "de GZ-psycholoog die uw
# behandeling doet", "wij bieden behandeling door GZ-psychologen", "dit is bij ons een GZ-psycholoog"
_OWN_CARE_BY = re.compile(
    # the reader is given one of the practice's practitioners: "u krijgt bij ons een vaste psycholoog", "je wordt
    # gekoppeld aan een psycholoog", "je intakegesprek is met een GZ-psycholoog", "you will be matched with a psychologist"
    r"\b(?:u|je|jij|you)\s+(?:krijgt|krijg|wordt\s+gekoppeld\s+aan|word\s+gekoppeld\s+aan|(?:will\s+be|are)\s+(?:matched|paired)\s+with|"
    r"(?:will\s+be|are)\s+assigned|(?:will\s+)?get)\s+(?:(?:bij\s+ons|altijd|with\s+us|always)\s+)?(?:een|a|an)\s+"
    r"(?:(?:vaste|eigen|ervaren|personal|dedicated|experienced)\s+)?(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut|therapist))|"
    # ... the reader's own intake with one: "na de aanmelding krijg je een intakegesprek met een GZ-psycholoog" (not a
    # waiting time "de wachttijd voor een intake bij een GZ-psycholoog")
    r"\b(?:(?:u|je|jij|you)\s+(?:krijgt|krijg|heeft|hebt|heb|have|get)|(?:krijgt|heeft)\s+u|(?:krijg|heb)\s+je)\s+(?:eerst\s+|first\s+)?"
    r"(?:een|an?)\s+(?:intake|intakegesprek|kennismakingsgesprek|eerste\s+gesprek|introductory\s+session)\s+(?:met|bij|with)\s+"
    r"(?:een|één|an?)\s+(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut|therapist))|"
    # "bij ons wordt u gezien door een GZ-psycholoog", "je wordt behandeld door een van onze psychologen"
    r"\b(?:wordt|word|worden)\s+(?:u|je|jij)\s+(?:[\w-]+\s+){0,2}?(?:gezien|behandeld|geholpen|begeleid)\s+door\s+(?:een|één|onze)\b|"
    # the practitioner of the reader's own care, in a relative clause: "de GZ-psycholoog die uw behandeling
    # doet", "de psycholoog die je intake doet", "the psychologist who will treat you"
    r"\b(?:de|the)\s+(?:[\w-]+\s+)?[\w-]*(?:psycholoog|psychologe|therapeut|psychiater|pedagoog|psychologist|therapist|psychiatrist)\s+"
    r"(?:die|who)\s+(?:(?:u|je|jou|you)\s+(?:gaat\s+|zal\s+|will\s+)?(?:behandel\w*|begeleid\w*|zie\w*|spreek\w*|treat\w*|see\w*)|"
    r"(?:uw|je|jouw|your)\s+(?:[\w-]+\s+)?(?:behandeling|intake|gesprekken|therapie|treatment|intake|sessions|therapy))\b|"
    # the practice's voice offering care by a profession: "wij bieden behandeling door GZ-psychologen", "we offer therapy with ..."
    r"\b(?:wij|we)\s+(?:bieden|geven|verzorgen|offer|provide)\s+(?:[\w-]+\s+){0,3}?(?:behandeling\w*|therapie\w*|gesprekken|begeleiding|"
    r"hulp|zorg|treatment|therapy|sessions|care|support)\s+(?:door|met|by|with)\s+(?:(?:een|ervaren|onze|an?|experienced|our)\s+)?"
    r"(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut|therapist))|"
    # "dit is bij ons een GZ-psycholoog", "bij ons is dat altijd een psychotherapeut"
    r"\b(?:is|zijn)\s+(?:dit|dat|die\s+)?\s*bij\s+ons\s+(?:altijd\s+|steeds\s+)?(?:een|de)\s+(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut))|"
    r"\bbij\s+ons\s+(?:is|zijn)\s+(?:dit|dat|dat\s+altijd|dit\s+altijd)\s+(?:een|de)\s+(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut))")


# the practice's own people with their training or registration, without names or professions: "onze
# behandelaren zijn opgeleid in CGT en EMDR", "al onze therapeuten zijn geregistreerd", "all our clinicians are trained in ..."
_OWN_PEOPLE_TRAINED = re.compile(
    r"\b(?:onze|al\s+onze|alle|our|all\s+our|all)\s+(?:[\w-]+\s+)?(?:behandelaren|behandelaars|therapeuten|hulpverleners|professionals|"
    r"medewerkers|therapists|clinicians|practitioners|counsellors|counselors)\s+(?:zijn|hebben|are|have)\s+"
    r"(?:(?:allemaal|allen|all|ook|also|been)\s+)?(?:[\w-]+\s+)?(?:opgeleid|geschoold|getraind|gespecialiseerd|gecertificeerd|geregistreerd|"
    r"trained|specialised|specialized|certified|registered|qualified)\b")


def _own_people_trained(unit: Unit) -> bool:
    low = unit.low
    return bool(_OWN_PEOPLE_TRAINED.search(low)) and not (_OTHERS.search(low) or _NEGATED.search(low) or low.rstrip().endswith("?")
                                                         or is_recruiting(unit) or _in_the_sector(low))


# ----------------------------------------------------------------------------- the practitioners in the third person
# The practice's practitioners described without a possessive: a sentence whose subject is a profession in the
# definite plural or with "alle" ("De psychologen zijn geregistreerd bij het NIP", "Alle therapeuten zijn
# BIG-geregistreerd", "The psychologists speak English and Dutch") and whose predicate says what they are or have
# (registered, specialised, trained, experienced, a member of, with which clients they work, which languages they
# speak), or the agent of the practice's own care in the passive ("De behandeling wordt gedaan door een
# GZ-psycholoog", "Het onderzoek wordt afgenomen door een orthopedagoog-generalist", "Treatment is provided by
# licensed psychologists"). Read only on the practice's own pages, not on a general article, a knowledge base or
# a page for professionals, and not of the sector, another organisation or a referral ("In de basis-ggz wordt de
# behandeling gegeven door bijvoorbeeld GZ-psychologen", "De psychologen van GGZ Oost ..."); a role in a
# procedure ("De psycholoog stelt met u een behandelplan op") and a definition ("Een GZ-psycholoog is ...",
# "Psychologen hebben een universitaire studie gedaan") describe no one.
_PL_NOUN = (r"(?:[a-z]+-)?(?:gz-?|kinder|jeugd|basis|eerstelijns|klinisch\s+|klinische\s+)?(?:psychologen|psychotherapeuten|"
            r"(?!fysio|ergo|oefen|manueel)[a-z]*therapeuten|psychiaters|(?:ortho)?pedagogen(?:-generalist)?|behandelaren|"
            r"behandelaars|hulpverleners|verpleegkundigen|psychologists|psychotherapists|(?!physio)[a-z]*therapists|psychiatrists|"
            r"clinicians|practitioners|counsell?ors)")
_SG_NOUN = (r"(?:[a-z]+-)?(?:gz-?|kinder|jeugd|basis|eerstelijns|klinisch\s+|klinische\s+)?(?:psycholoog|psychologe|psychotherapeut|"
            r"(?!fysio|ergo|oefen|manueel)[a-z]*therapeut|psychiater|(?:ortho)?pedagoog(?:-generalist)?|psychologist|"
            r"psychotherapist|(?!physio)[a-z]*therapist|psychiatrist|gz'er)")
# up to two words before the noun, not a preposition ("de ervaren psychologen", not "de kosten van psychologen")
_FILLER = r"(?:(?!(?:van|met|voor|bij|of|for|with|and|en|die|dat|who|that)\b)[\w-]+\s+){0,2}?"
_ADV = r"(?:(?:allemaal|allen|alle|ook|bovendien|tevens|stuk\s+voor\s+stuk|zelf|beiden|beide|all|also|both|each|themselves)\s+)"
# what the practitioners are or have
_PRACTITIONER_PREDICATE = (
    r"(?:zijn|is|staan|staat|are|is)\s*:?\s+" + _ADV + r"*(?:(?:big|nip|lvvp|vgct|nvp|skj|officieel|officially)[\s-]*)?"
    r"(?:geregistreerd|ingeschreven|gespecialiseerd|opgeleid|geschoold|getraind|gecertificeerd|gekwalificeerd|gediplomeerd|"
    r"afgestudeerd|gepromoveerd|ervaren|erkend|lid\b|aangesloten|werkzaam\s+als|bevoegd|bekwaam|deskundig|thuis\s+in|"
    r"registered|licensed|certified|qualified|trained|speciali[sz]ed|experienced|members?\b|accredited|native|fluent|"
    r"(?:een\s+|an?\s+)?(?:[a-z-]+\s+)?" + _SG_NOUN + r"|" + _PL_NOUN + r")|"
    r"(?:hebben|heeft)\s+" + _ADV + r"*zich\s+(?:[\w-]+\s+){0,3}?(?:gespecialiseerd|geschoold|bekwaamd|toegelegd)\b|"
    # an apposition: "De psychologen, allen BIG-geregistreerd, ...", "The therapists, all registered with the NIP, ..."
    r"(?:allen|allemaal|beiden|beide|all|both|each)\s+(?:(?:big|nip|lvvp|vgct)[\s-]*)?(?:geregistreerd|registered|"
    r"gespecialiseerd|opgeleid|trained|speciali[sz]ed|licensed|qualified|ervaren|experienced|lid|members?|" + _SG_NOUN + r"|" +
    _PL_NOUN + r")\b|"
    r"(?:hebben|heeft|have|has|hold|holds|bezitten|beschikken\s+over|beschikt\s+over)\s+" + _ADV + r"*(?:[\w-]+\s+){0,5}?"
    r"(?:ervaring|werkervaring|achtergrond|opleiding|vervolgopleiding|master|masters|postmaster|diploma|specialisatie|"
    r"expertise|registratie|big-registratie|kennis|jaren\s+(?:[\w-]+\s+)?(?:ervaring|werkervaring)|jarenlange|experience|background|"
    r"degree|training\s+(?:in|als|as|gevolgd)|trained|qualifications?|registration|expertise|years\s+of)\b|"
    r"(?:werken|werkt|work|works|specialiseren\s+zich|specialise|specialize)\s+" + _ADV + r"*(?:al\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:met|voor|in|with|in)\s+(?:[\w-]+\s+){0,3}?(?:volwassenen|kinderen|jongeren|ouderen|adolescenten|studenten|expats|"
    r"gezinnen|ouders|stellen|jongvolwassenen|kinderen|adults|children|adolescents|young|teenagers|expats|couples|families|"
    r"students|elderly)\b|"
    r"(?:spreken|spreekt|behandelen|speak|speaks|offer\s+(?:therapy|sessions|treatment))\s+" + _ADV + r"*(?:[\w-]+\s+){0,3}?"
    r"(?:in\s+het\s+)?(?:engels|duits|frans|spaans|turks|arabisch|pools|english|german|french|spanish|turkish|arabic|polish|dutch)\b")
_THE_PRACTITIONERS_ARE = re.compile(
    # "De psychologen (van de praktijk) zijn ...", "Alle therapeuten hebben ...", "The psychologists at the practice speak ..."
    r"(?:^|[:;]\s*)(?:[\W\d]*)(?:(?:daarnaast|verder|tevens|bovendien|ook|in addition|also)\s*,?\s+)?"
    r"(?:(?:alle|al\s+de|al\s+onze|alle\s+onze|beide|all(?:\s+(?:of\s+)?(?:the|our))?|both)\s+" + _FILLER + r"(?P<noun>" + _PL_NOUN + r")|(?:de|the)\s+" + _FILLER +
    r"(?P<noun1>" + _PL_NOUN + r"|" + _SG_NOUN + r"|praktijkhouder|praktijkeigenaar|eigenaar\s+van\s+de\s+praktijk|practice\s+owner))\b"
    r"(?P<tie>\s+(?:van|in|bij|binnen|at|of|in|from)\s+(?:de|het|onze|ons|deze|the|our|this)\s+(?:praktijk|team|centrum|practice|"
    r"centre|center|clinic)\b)?(?:\s*\([^)]{0,40}\))?\s*,?\s+(?:" + _PRACTITIONER_PREDICATE + r")|"
    # "Daarnaast zijn de psychologen lid van ...", "Verder hebben alle behandelaren ..."
    r"(?:^|[:;]\s*)(?:[\W\d]*)(?:daarnaast|verder|tevens|bovendien|ook|wel|in\s+de\s+praktijk|in\s+onze\s+praktijk|hier)\s+"
    r"(?:zijn|hebben|spreken|werken)\s+(?:de|alle|al\s+onze|alle\s+onze)\s+(?:[\w-]+\s+){0,2}?(?P<noun2>" + _PL_NOUN + r")\s+" + _ADV + r"*"
    r"(?:(?:big|nip|lvvp|vgct)[\s-]*)?(?:geregistreerd|ingeschreven|gespecialiseerd|opgeleid|geschoold|gecertificeerd|lid\b|"
    r"aangesloten|ervaren|(?:[\w-]+\s+){0,5}?(?:ervaring|achtergrond|opleiding|specialisatie|expertise|registratie)\b|"
    r"(?:[\w-]+\s+){0,3}?(?:engels|duits|frans|spaans|turks|arabisch|pools)\b|met\s+(?:[\w-]+\s+){0,3}?(?:volwassenen|kinderen|"
    r"jongeren|ouderen|adolescenten|studenten|expats|gezinnen))|"
    # "Er werken drie GZ-psychologen en een psychiater", "In de praktijk zijn twee psychotherapeuten werkzaam"
    r"(?:^|[:;]\s*)(?:[\W\d]*)(?:(?:in|binnen)\s+(?:de|onze|deze)\s+praktijk\s+|op\s+dit\s+moment\s+|momenteel\s+|hier\s+)?"
    r"er\s+(?:werken\s+(?:op\s+dit\s+moment\s+|momenteel\s+|nu\s+)?" + _FILLER + r"(?P<noun3>" + _PL_NOUN + r"|" + _SG_NOUN +
    r")\b|zijn\s+(?:op\s+dit\s+moment\s+|momenteel\s+|nu\s+)?" + _FILLER + r"(?P<noun4>" + _PL_NOUN + r"|" + _SG_NOUN +
    r")\b[^.;]{0,80}\b(?:werkzaam|actief|in\s+dienst|verbonden\s+aan)\b)")
_CARE_NOUN = (r"(?:behandeling(?:en)?|therapie(?:en|ën)?|gesprekken|intakes?|intakegesprek(?:ken)?|diagnostiek|(?:psychologisch\s+)?"
              r"onderzoek(?:en)?|testen|testonderzoek|begeleiding|sessies|consulten|groepen|groepsbehandeling|training(?:en)?|"
              r"treatment|therapy|sessions?|assessments?|intakes?|counsell?ing|care|testing|groups?)")
_AGENT = (r"(?:(?:een|één|de|twee|drie|(?:big|nip)[\s-]?geregistreerde|ervaren|deskundige|gekwalificeerde|geregistreerde|erkende|bevoegde|gediplomeerde|"
          r"a|an|the|two|three|experienced|qualified|registered|licensed|certified|trained)\s+)?(?:[\w-]+\s+){0,3}?")
# ... a determiner or a qualification before the agent: a bare plural ("door psychologen die een EMDR-opleiding hebben
# gevolgd") on a method's page is who gives that method anywhere, unless the practice speaks
_AGENT_DETERMINED = re.compile(r"\b(?:door|by|bij|van|of)\s+(?:een|één|de|twee|drie|(?:big|nip)[\s-]?geregistreerde|ervaren|deskundige|gekwalificeerde|geregistreerde|erkende|"
                               r"bevoegde|gediplomeerde|a|an|the|two|three|experienced|qualified|registered|licensed|certified|"
                               r"trained)\s+(?:[\w-]+\s+){0,3}$")
_CARE_BY_PROFESSION = re.compile(
    # "De behandeling wordt gedaan door een GZ-psycholoog", "Het onderzoek wordt door een orthopedagoog afgenomen", "De
    # behandeling vindt plaats bij een GZ-psycholoog", "De diagnostiek is in handen van een GZ-psycholoog", "Treatment is
    # provided by licensed psychologists"
    _CARE_NOUN + r"\s+(?:(?:wordt|worden|is|zijn|will\s+be|are)\s+(?:(?:altijd|steeds|alleen|uitsluitend|bij\s+ons|in\s+principe|"
    r"always|only|all|exclusively)\s+)*(?:(?:gegeven|gedaan|uitgevoerd|verzorgd|afgenomen|gevoerd|geboden|verleend|geleid|"
    r"provided|given|delivered|conducted|done|carried\s+out|led|offered|performed)\s+(?:door|by)\s+" + _AGENT +
    r"(?P<agent>" + _SG_NOUN + r"|" + _PL_NOUN + r")\b|door\s+" + _AGENT + r"(?P<agent2>" + _SG_NOUN + r"|" + _PL_NOUN + r")"
    r"(?:\s+[\w-]+){0,6}?\s+(?:gegeven|gedaan|uitgevoerd|verzorgd|afgenomen|gevoerd|geboden|verleend|geleid)\b)|"
    r"(?:vindt|vinden)\s+(?:(?:altijd|steeds|alleen|uitsluitend)\s+)?plaats\s+(?:bij|door)\s+" + _AGENT +
    r"(?P<agent3>" + _SG_NOUN + r"|" + _PL_NOUN + r")\b|"
    r"(?:is|zijn|ligt|liggen|are|is)\s+(?:(?:altijd|steeds|always)\s+)?(?:in\s+handen\s+van|in\s+the\s+hands\s+of)\s+" + _AGENT +
    r"(?P<agent4>" + _SG_NOUN + r"|" + _PL_NOUN + r")\b)")
_AGENT_GROUPS = ("agent", "agent2", "agent3", "agent4")
# a hedge or an example: a sentence about care in general ("vaak", "bijvoorbeeld", "such as")
_HEDGED = re.compile(r"\b(?:bijvoorbeeld|onder\s+andere|o\.a\.|zoals|vaak|meestal|doorgaans|veelal|in\s+de\s+regel|in\s+het\s+algemeen|"
                     r"over\s+het\s+algemeen|for\s+example|for\s+instance|such\s+as|often|usually|typically|generally|in\s+general)\b")
# a rule for everyone with the title, not the practice's people: "alle GZ-psychologen moeten ...", "psychologists must ..."
_NORM = re.compile(r"\b(?:moeten|moet|mogen|mag|dienen|verplicht\w*|wettelijk\w*|must|may|shall|required|obliged)\b")
_BEHANDELAAR_ONLY = re.compile(r"^(?:behandelaren|behandelaars|hulpverleners|practitioners|clinicians)$")


# a trainee after the qualified practitioner who gives the care: "... wordt gedaan door een GZ-psycholoog of een
# psycholoog in opleiding tot GZ-psycholoog onder supervisie" (the practice's care, not the practice as a training place)
_TRAINEE_WORDS = re.compile(r"\bin\s+opleiding\b|\bi\.?o\.?\b|\btrainees?\b")


def _care_by_qualified_and_trainees(unit: Unit) -> bool:
    low = unit.low
    m = _CARE_BY_PROFESSION.search(low)
    if not m:
        return False
    agent_end = next(m.end(g) for g in _AGENT_GROUPS if m.group(g))
    rest = low[agent_end:]
    # the only training words come after the first practitioner, and not right after it
    return (not _TRAINEES.search(low[:agent_end]) and not re.match(r"\s*(?:\(?in\s+opleiding|\(?i\.?o\.?\b|trainee)", rest)
            and not _TRAINEES.search(_TRAINEE_WORDS.sub(" ", rest)))

# their experience in a part of the care ("psychologen met ruime ervaring in de basis-ggz") places them, not the sentence
_EXPERIENCE_IN = re.compile(r"\b(?:ervaring|werkervaring|experience|gewerkt|worked)\s+(?:[\w-]+\s+){0,2}?(?:in|binnen|within)\s+"
                            r"(?:de|het|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\b")


def _general_antecedent(unit: Unit, page) -> bool:
    """"De psychologen" refers back to professionals of the sector: the page's title or the unit's heading, or
    one of the two sentences before it on the page, places them there ("In de basis-ggz werken psychologen en
    GZ-psychologen. De psychologen zijn ...", a page titled "De ggz in Nederland") or asks about the profession in
    general ("What does a clinical psychologist do? The clinical psychologist has ...")."""
    heads = [page.title_low] + list(unit.headings[-1:])
    if any(h and (_IN_THE_SECTOR.search(h) or _GENERAL_SCOPE_TITLE.search(h)) for h in heads):
        return True
    try:
        at = page.units.index(unit)
    except ValueError:
        return False
    before = [v for v in page.units[max(0, at - 3):at] if v.kind not in ("heading", "title")][-2:]
    return any(_in_the_sector(_EXPERIENCE_IN.sub(" ", v.low)) or speaks_of_care_in_general(v) or _HEDGED.search(v.low)
               or is_general_question(v.low) for v in before)


# a page title about the care system or a profession in general: "Hoe werkt de ggz", "De ggz in Nederland",
# "Opleiding tot GZ-psycholoog"
_GENERAL_SCOPE_TITLE = re.compile(r"\b(?:hoe\s+werkt|how\s+does|opleiding\s+tot|het\s+beroep|beschermde\s+titel|"
                                  r"becoming\s+an?)\b|\bwat\s+(?:is|doet)\s+een\b|\bwhat\s+(?:is|does)\s+an?\b")

_IS_A_PROFESSION = re.compile(r"\s*,?\s+(?:is|are)\s+(?:een\s+|an?\s+)?(?:[\w-]+\s+)?(?:" + _SG_NOUN + r"|arts|doctor)\b")
# a sentence that opens with its verb in lower case: the rest of a sentence whose subject the layout put on the line above
_PREDICATE_FIRST = re.compile(r"^(?:zijn|hebben|werken|spreken|beschikken|are|have|work|speak|hold)\b")


def _line_before(unit: Unit, page) -> Unit | None:
    """The short line right above the unit on its page, without a full stop: the start of its sentence."""
    try:
        at = page.units.index(unit)
    except ValueError:
        return None
    if at == 0:
        return None
    prev = page.units[at - 1]
    text = prev.text.strip()
    return prev if len(text) <= 80 and not text.endswith((".", "!", "?", ":")) else None


def _the_practitioners_described(unit: Unit, page) -> bool:
    """The practice's practitioners in the third person, without a possessive (see above): "bijna"."""
    low = unit.low
    if not ("door" in low or " by " in low or "de " in low or "alle" in low or "the " in low or "all " in low or "both" in low
            or "beide" in low or "er " in low or "plaats" in low or "handen" in low or _PREDICATE_FIRST.match(unit.text)):
        return False
    m = _THE_PRACTITIONERS_ARE.search(low)
    if m is None and page is not None and _PREDICATE_FIRST.match(unit.text):
        # the subject on the line above, the sentence cut by the layout ("De behandelaren van de praktijk / zijn
        # gespecialiseerd in trauma"): read the two lines as one sentence
        prev = _line_before(unit, page)
        if prev is not None:
            m = _THE_PRACTITIONERS_ARE.search(f"{prev.low} {low}")
            low = f"{prev.low} {low}" if m else low
    care = None if m else _CARE_BY_PROFESSION.search(low)
    if not (m or care):
        return False
    if low.rstrip().endswith("?") or _HEDGED.search(low) or _NORM.search(low) or _NEGATED.search(low):
        return False
    # ("vindt plaats bij een GZ-psycholoog" is the practice's care, not the reader going to anyone's)
    if _OTHERS.search(low.replace("plaats bij een", "plaats door een")) or _REFERS.search(low) or _in_the_sector(_EXPERIENCE_IN.sub(" ", low)) \
            or speaks_of_care_in_general(unit) or _COMPLAINTS.search(low):
        return False
    if page is not None and (is_general_page(page) or explains_subject(page) or reads_as_article(page)
                             or is_for_professionals(page) or addresses_others(page) or is_complaints_page(page)):
        return False
    if page is not None and _general_antecedent(unit, page):
        return False
    if any(is_general_question(h) for h in unit.headings[-1:]):
        return False  # under "Wat doet een psychiater?": the profession in general
    if m and m.group("noun1") and re.fullmatch(_SG_NOUN, m.group("noun1")) and _IS_A_PROFESSION.match(low[m.end("noun1"):]):
        return False  # "De GZ-psycholoog is een psycholoog met ...": a definition of the title, not a person
    if m and m.group("noun1") and re.fullmatch(_SG_NOUN, m.group("noun1")) and _ME.search(low):
        return False  # "De psycholoog heeft mij jaren ervaring ...": a client about their own psychologist
    if care is not None and not speaks_as_practice(unit):
        agent_start = next(care.start(g) for g in _AGENT_GROUPS if care.group(g))
        if not _AGENT_DETERMINED.search(low[care.start():agent_start]):
            return False
    # the professionals belong to another organisation: "door een psychiater van de GGZ", "de psychologen van GGZ Oost",
    # "a team of psychologists from the university"
    m = m or care
    end = next((m.end(g) for g in ("noun", "noun1", "noun2", "noun3", "noun4", "agent", "agent2", "agent3", "agent4")
                if g in m.re.groupindex and m.group(g)), m.end())
    return not _all_elsewhere(unit, page) and not _ORGANISATION_AFTER.match(low[end:])


# ----------------------------------------------------------------------------- the role of the practice's care, described
# The practitioner of the practice's care named by the role, not by a name, with a profession or registration in any
# word order and voice: "De behandelaar staat als GZ-psycholoog in het BIG-register", "Als systeemtherapeut heeft de
# behandelaar een beroepsgeheim", "Wie u behandelt, is altijd een GZ-psycholoog", "Bij ons is de behandelaar altijd
# een GZ-psycholoog", "The treating psychologist is always registered with the NIP", "As a systemic therapist, the
# practitioner ...", "Whoever treats you is a registered healthcare psychologist". "bijna": no name. (Not a rule
# for everyone, a denial, the sector, a referral or a general page: the same limits as the third-person reading.)
_ROLE_NOUN = (r"(?:(?:regie|hoofd|eind)-?\s?behandelaar|behandelaar|hulpverlener|zorgverlener|practitioner|clinician|"
              r"(?:behandelende?|vaste|eigen|treating|lead|own)\s+(?:[\w-]*psycholoog|psychologe|[\w-]*therapeut|psychiater|"
              r"[\w-]*psychologist|[\w-]*therapist|psychiatrist))")
# ... also a profession as the role when a registration or an apposition describes it ("de therapeut is lid van ...")
_ROLE_OR_PROF = r"(?:" + _ROLE_NOUN + r"|" + _SG_NOUN + r")"
_ROLE_DET = r"(?:de|het|the|uw|je|jouw|your)\s+"
_TREATS = r"(?:behandelt|behandelen|begeleidt|ziet|spreekt|treats?|sees?|will\s+(?:treat|see)|is\s+treating)"
_WHOM = r"(?:u|je|jou|jouw\s+kind|uw\s+kind|you|your\s+child)"
_WHO_TREATS = (r"(?:wie|degene\s+die|diegene\s+die|whoever|the\s+(?:person|one|professional|clinician)\s+(?:who|that))\s+"
               r"(?:" + _WHOM + r"\s+(?:[\w-]+\s+){0,2}?" + _TREATS + r"|" + _TREATS + r"\s+" + _WHOM + r")\b\s*,?")
_ROLE_ADV = r"(?:(?:altijd|steeds|bij\s+ons|ook|tevens|in\s+alle\s+gevallen|always|also|in\s+all\s+cases|officially|officieel)\s+)*"
_REG_WORD = (r"(?:(?:big|nip|lvvp|vgct|skj)[\s-]*)?(?:geregistreerd|ingeschreven|registered|listed|vermeld|opgenomen|aangesloten|"
             r"affiliated|gecertificeerd|certified|licensed|accredited|lid|(?:een\s+|a\s+)?member)\b|"
             r"(?:in|on)\s+(?:het|the)\s+(?:[\w-]+?[\s-])?(?:register|registry)\b")
_AS_PROF = r"(?:als|as)\s+(?:een\s+|an?\s+)?(?:[\w-]+\s+){0,2}?" + _SG_NOUN + r"\b"
_ROLE_DESCRIBED = re.compile(
    # the role as the subject: "De behandelaar is (altijd) (een) GZ-psycholoog", "the clinician is listed as ..."
    r"(?:^|[.:;,]\s*|\b(?:en|and|maar|but|dus|so)\s+)\W*(?:" + _ROLE_DET + r"(?:[\w-]+\s+)?(?P<role>" + _ROLE_OR_PROF + r")|"
    r"(?P<who>" + _WHO_TREATS + r"))\s+"
    r"(?:(?:is|wordt|will\s+be)\s+" + _ROLE_ADV + r"(?:een\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?P<prof>" + _SG_NOUN + r")\b|"
    r"(?:is|staat|wordt|will\s+be|has\s+been)\s+" + _ROLE_ADV + r"(?:" + _AS_PROF + r"\s+)?(?P<reg>" + _REG_WORD + r"))|"
    # inverted: "Bij ons is de behandelaar altijd een GZ-psycholoog", "In deze praktijk is uw therapeut BIG-geregistreerd"
    r"\b(?:is|wordt)\s+" + _ROLE_DET + r"(?:[\w-]+\s+)?(?P<role2>" + _ROLE_OR_PROF + r")\s+" + _ROLE_ADV +
    r"(?:(?:een\s+)?(?:[\w-]+\s+){0,2}?(?P<prof2>" + _SG_NOUN + r")\b|(?P<reg2>" + _REG_WORD + r"))|"
    # the profession as an apposition: "Als systeemtherapeut heeft de behandelaar ...", "As a psychologist, the therapist ..."
    r"(?:^|[.:;]\s*)\W*" + _AS_PROF + r"\s*,?\s+(?:[\w-]+\s+){0,2}?" + _ROLE_DET + r"(?:[\w-]+\s+)?(?P<role3>" + _ROLE_OR_PROF + r")\b|"
    # "De behandelaar, een GZ-psycholoog, ...", "the practitioner, a registered psychotherapist, ..."
    r"\b" + _ROLE_DET + r"(?P<role4>" + _ROLE_NOUN + r")\s*,\s*(?:een|a|an)\s+(?:[\w-]+\s+){0,2}?" + _SG_NOUN + r"\s*,")
# other people: a colleague, a stand-in, the GP, a referral (not the files and secrecy words of ``_OTHERS``: the
# practitioner's own professional secrecy says who they are)
_OTHER_PEOPLE = re.compile(r"collega|waarnem\w*|afwezig\w*|vervang\w*|absence|replac\w*|samenwerk|werk\w* samen|samen werk\w*|"
                           r"verwijs|verwijz|doorverwijz|refer|elders|(?<!onder\s)andere (?:psycholo|behandel|therapeut)|naar een|"
                           r"bij een|zoekt|zoeken|vacature|huisarts|\bgp\b|general practitioner|wanted|looking for|"
                           r"intervisie\w*|intervision|peer review")


def _role_described(unit: Unit, page) -> bool:
    """The practice's care role described by a profession or registration (``_ROLE_DESCRIBED``): "bijna"."""
    low = unit.low
    m = _ROLE_DESCRIBED.search(low)
    if m is None or low.rstrip().endswith("?"):
        return False
    role = m.group("role") or m.group("role2") or ""
    if re.fullmatch(_SG_NOUN, role) and not (m.group("reg") or m.group("reg2")):
        return False  # "De GZ-psycholoog is een psycholoog met ...": a profession defined, not a person described
    if (m.group("reg") or m.group("reg2")) and not (_practitioner_terms("registration").search(unit)
                                                    or _practitioner_terms("protected").search(unit)):
        return False  # "de behandelaar is aangesloten bij de klachtenregeling": registered, but with no register named
    span = low[max(0, m.start() - 20):m.end() + 20]
    if _NEGATED.search(span) or _NORM.search(low) or _HEDGED.search(low) or _in_the_sector(low) \
            or _OTHER_PEOPLE.search(low) or _COMPLAINTS.search(low) or is_recruiting(unit) or speaks_of_care_in_general(unit):
        return False
    if page is not None and (is_general_page(page) or explains_subject(page) or reads_as_article(page)
                             or is_for_professionals(page) or addresses_others(page) or is_complaints_page(page)
                             or _general_antecedent(unit, page) or any(is_general_question(h) for h in unit.headings[-1:])):
        return False
    return not _all_elsewhere(unit, page) and not _ORGANISATION_AFTER.match(low[m.end():])


_ORGANISATION_AFTER = re.compile(r"\s*,?\s*(?:van|bij|uit|at|of|from)\s+(?:de\s+|het\s+|een\s+|the\s+|an?\s+)?(?:[\w-]+\s+)?"
                                 r"(?:[\w-]*ggz|ggd|huisarts\w*|ziekenhui\w*|instelling\w*|kliniek\w*|universit\w*|hogeschool|"
                                 r"gemeente\w*|school|instituut|organisatie\w*|hospital|clinic|university|municipality|institute|"
                                 r"organi[sz]ation|crisisdienst|politie|rechtbank|jeugdzorg|wijkteam\w*)")


# the practice is a group of its professionals, or they work "here": "wij zijn een samenwerkingsverband van
# vrijgevestigde psychologen", "het collectief bestaat uit zelfstandige psychotherapeuten", "psychologen en een
# psychiater werken hier samen onder één dak", "the psychologists at our practice ..."
_PROF_WORD = r"[\w-]*(?:psycholo\w*|psychotherap\w*|psychiat\w*|orthopedago\w*|therapeut\w*|therapists?)"
_OWN_GROUP = re.compile(
    r"\b(?:wij|we|onze\s+praktijk|de\s+praktijk|het\s+collectief|ons\s+collectief|het\s+samenwerkingsverband|our\s+practice|"
    r"the\s+practice|our\s+collective)\s+(?:zijn|is|bestaat\s+uit|bestaan\s+uit|are|consists\s+of)\s+(?:een\s+|an?\s+)?"
    r"(?:(?:samenwerkingsverband|collectief|maatschap|vereniging|coöperatie|cooperatie|collective|partnership|cooperative)\s+(?:van|of)\s+)?"
    r"(?:(?:[\w-]+|\d+)\s+){0,2}?" + _PROF_WORD + r"\b|"
    + _PROF_WORD + r"\b[^.;:!?]{0,80}?\b(?:werken|werkt|work|works)\s+(?:hier|here)\b|"
    r"\b(?:de|the)\s+(?:[\w-]+\s+)?" + _PROF_WORD + r"\s+(?:at|in|of|van|bij|binnen)\s+(?:our|onze|ons|deze|this)\s+"
    r"(?:practice|praktijk|team|centre|center|clinic)\b")


def _own_group(unit: Unit) -> bool:
    low = unit.low
    return bool(_OWN_GROUP.search(low)) and not (_ELSEWHERE.search(low) or _NEGATED.search(low) or low.rstrip().endswith("?")
                                               or is_recruiting(unit) or _in_the_sector(low) or _REFERS.search(low))


_REFERS = re.compile(r"verwijs|verwijz|doorverwijz|refer")


# the reader as the subject of the care, in the passive with the subject first: "u wordt behandeld door een
# GZ-psycholoog", "je wordt bij ons begeleid door een van de psychologen", "you will be treated by a registered
# psychologist", "you are always seen by one of our therapists" (not a condition on insurance or a choice
# elsewhere: "als u wordt behandeld door een psycholoog zonder contract ...", "if you are seen by ...")
_YOU_ARE_TREATED_BY = re.compile(
    r"(?<![\w-])(?P<you>u|je|jij|you)\s+(?:wordt|word|zult|zal|gaat|will\s+be|are|get|would\s+be)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:gezien|behandeld|geholpen|begeleid|gesproken|seen|treated|helped|supported|guided|counsell?ed|assessed)\s+"
    r"(?:(?:worden\s+)?(?:door|by)\s+)(?:een|één|onze|de|a|an|one\s+of\s+(?:our|the)|our|the|ervaren|experienced|registered|"
    r"(?:big|nip)[\s-]?geregistreerde)\b")
_CONDITION_BEFORE = re.compile(r"\b(?:als|indien|wanneer|zodra|tenzij|of|if|when|whether|once|unless|once)\s+(?:[\w-]+\s+){0,2}$")


def _you_are_treated_by(low: str) -> bool:
    m = _YOU_ARE_TREATED_BY.search(low)
    return bool(m) and not _CONDITION_BEFORE.search(low[max(0, m.start() - 40):m.start()]) and not _HEDGED.search(low)


# the care offered, given by practitioners whose qualification the practice vouches for: "online therapie door ervaren,
# BIG-geregistreerde psychologen", "begeleiding wordt gegeven door bevoegde therapeuten", "therapy by experienced, registered
# psychologists" (the qualifier makes them the practice's own, not a kind of care explained); read from "door" / "by", with
# the care named right before it (``_CARE_BEFORE_BY``)
_BY_QUALIFIED = re.compile(
    r"(?<![a-z])(?:door|by)\s+(?:(?:een|onze|an?|our)\s+)?(?:(?:ervaren|erkende|bevoegde|gediplomeerde|gekwalificeerde|"
    r"(?:big|nip)?-?geregistreerde|gecertificeerde|experienced|qualified|licen[sc]ed|certified|accredited|(?:big|nip)?-?registered)"
    r"\s*,?\s+(?:(?:en|and)\s+)?){1,3}(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut|therapist))")
_CARE_BEFORE_BY = re.compile(r"(?:therapie|behandeling|begeleiding|hulp|zorg|coaching|therapy|treatment|help|care|counsell?ing|support)\s+"
                             r"(?:(?:wordt|worden|is|are)\s+)?(?:(?:gegeven|geboden|verzorgd|verleend|uitgevoerd|given|provided|offered|"
                             r"delivered)\s+)?$")


# the reader keeps one practitioner through the care: "je hebt van begin tot eind te maken met dezelfde psycholoog", "you will
# see the same psychologist throughout" (read from the word "dezelfde" / "same" back to the reader)
_SAME_ONE = re.compile(r"(?<![a-z])(?:dezelfde|the\s+same|één\s+vaste)\s+(?:[\w-]+\s+)?"
                       r"(?=[\w-]*(?:psycholo|psychotherap|psychiat|orthopedago|therapeut|therapist))")
_READER_BEFORE = re.compile(r"(?<![a-z])(?:u|je|jij|you)(?![a-z])[^.;?]{0,60}$")


def _keeps_same_practitioner(low: str) -> bool:
    if "dezelfde" not in low and "same" not in low and "vaste" not in low:
        return False  # (cheap: most sentences have none)
    return any(_READER_BEFORE.search(low[max(0, m.start() - 70):m.start()]) for m in _SAME_ONE.finditer(low))


def _care_by_qualified(low: str) -> bool:
    if "door" not in low and "by" not in low:
        return False  # (cheap: most sentences have neither)
    return any(_CARE_BEFORE_BY.search(low[max(0, m.start() - 40):m.start()]) for m in _BY_QUALIFIED.finditer(low))


def _own_care_by(unit: Unit, page=None) -> bool:
    """``_OWN_CARE_BY``, ``_BY_QUALIFIED``, ``_SAME_ONE`` or ``_YOU_ARE_TREATED_BY`` outside a partnership or referral, a
    denial and another organisation's people."""
    low = unit.low
    return bool(_OWN_CARE_BY.search(low) or _care_by_qualified(low) or _keeps_same_practitioner(low)
                or _you_are_treated_by(low)) and not (
        _WORKS_WITH_OTHERS.search(low) or _TOGETHER.search(low) or _NEGATED.search(low) or low.rstrip().endswith("?")
        or _all_elsewhere(unit, page) or (_IN_THE_SECTOR.search(low) and not _OWN_VOICE.search(low)))


# together with someone other than the reader: "wij bieden samen met GGZ Oost ...", "together with a local clinic"
_WITH_A_PARTNER = re.compile(r"\b(?:samen\s+met|in\s+samenwerking\s+met|together\s+with|in\s+partnership\s+with)\s+"
                             r"(?!(?:u|je|jou|jouw|uw|jij|you|your|elkaar|each\s+other|ouders|uw\s+kind|je\s+kind)\b)")
_TOGETHER = re.compile(r"\bsamen\s+met\b|\bin\s+samenwerking\b|\btogether\s+with\b|\bin\s+partnership\b")


# the practice's people or the practice itself with a registration or protected title: "alle
# behandelaren zijn BIG-geregistreerd", "de praktijk is aangesloten bij de LVVP", "all our
# therapists are registered with the NIP"
_ALL_OUR_PEOPLE = re.compile(r"\b(?:alle|onze|al\s+onze|all|all\s+our|our)\s+(?:[\w-]+\s+)?(?:behandelaren|behandelaars|psychologen|"
                             r"therapeuten|psychotherapeuten|medewerkers|collega's|professionals|practitioners|therapists|"
                             r"psychologists|clinicians|staff)\b")
# "de psychiaters (van X) zijn allen ook geregistreerd psychotherapeut", "the psychologists are all BIG registered"
_THE_PEOPLE_ALL = re.compile(r"\b(?:de|the)\s+(?:[\w-]+\s+)?(?:behandelaren|behandelaars|psychologen|therapeuten|psychotherapeuten|"
                             r"psychiaters|psychologists|therapists|psychotherapists|psychiatrists)\b[^.;]{0,40}?\b(?:zijn|are)\s+"
                             r"(?:(?:ook|also)\s+)?(?:allen|allemaal|alle|all|stuk\s+voor\s+stuk)\b")
_PRACTICE_REGISTERED = re.compile(r"\b(?:de|onze|mijn|our|the|this)\s+(?:praktijk|practice)\s+(?:is|are)\s+(?:[\w-]+\s+){0,2}"
                                  r"(?:aangesloten|lid|geregistreerd|ingeschreven|affiliated|registered|a\s+member)\b")
# the heading over a list of the team's disciplines ("Wie werken er?", "Disciplines", "Ons team")
_TEAM_HEADING = re.compile(r"wie werken er|disciplines|behandelaren|ons team|het team|onze mensen|medewerkers|our team|"
                           r"the team|wie zijn wij|wie zijn we|who works here|who work here|who we are|our staff|our people|"
                           r"meet the team|our therapists|our psychologists|our practitioners")


# a relation word right before the practice's own name: "psychiaters van Vrij en Gevestigd",
# "psycholoog zijn bij Perspectief", "psychologists at Therapy Now", "binnen Praktijk X"
# a relative clause that places the profession in the practice's name: "psychologen die in het X werkzaam
# zijn", "therapists who work at X"
_WHO_WORK_IN = re.compile(r"^\s*(?:die|who)\s+(?:(?:in|bij|binnen|at|for)\s+(?:het\s+|de\s+|the\s+)?)$", re.I)
_WORK_AFTER = re.compile(r"^\s*(?:werkzaam|werken|werkt|actief|work|works)\b", re.I)
_TO_OWN_NAME = re.compile(r"(?:^|\s)(?:bij|van|binnen|at|within|of|with|for)\s+$", re.I)
# the practice's name as the place of work before the profession: "Bij Praktijk X werken ..."
_WORKS_AT = re.compile(r"\b(?:werk\w*|zijn|is|work\w*|employ\w*|heeft|hebben|has|have|behandeld|geholpen|begeleid|terecht|"
                       r"treated|seen|helped|supported)\b", re.I)
# ... or with the verb after the professions: "At Practice X, psychologists and psychotherapists work together", "Bij
# Praktijk X zijn psychologen en een psychiater werkzaam"
_WORK_VERB_AFTER = re.compile(r"^(?:\s*,)?(?:\s+(?:en|and|of|or|een|a|an|[\w-]*(?:psycholo|psychotherap|psychiat|pedago|therapeut|therapist|"
                              r"verpleegkundig|nurse)[\w-]*)\b,?){0,8}\s+(?:(?:zijn|are)\s+)?(?:werken|werkt|werkzaam|work|works|practi[sc]e)\b",
                              re.I)
# the practice as the employer of its professionals: "Praktijk X heeft drie GZ-psychologen in dienst", "Praktijk X
# telt vier psychologen", "X employs two psychologists", "X has three psychologists on its staff"
_EMPLOYS = re.compile(r"^\s*(?:(?P<staff>telt|tellen|employs?)|heeft|hebben|has|have)\s+"
                      r"(?:(?:nu|momenteel|currently|now)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ON_STAFF_AFTER = re.compile(r"^(?:\s*,)?(?:\s+[\w-]+,?){0,8}?\s+(?:in\s+dienst|on\s+(?:its\s+|the\s+)?staff|employed)\b", re.I)
# the practice as the subject: "Praktijk X is een kleine praktijk met vier psychologen", "X is a team of ...", also a compound
# ("X is een groepspraktijk van vier psychologen", "een duopraktijk van twee psychotherapeuten")
_IS_PRACTICE_WITH = re.compile(r"\b(?:is|zijn|are)\b[^,;]{0,40}(?:\b|groeps|duo)(?:praktijk|team|centrum|organisatie|practice|centre|center|"
                               r"group|groep)\s+(?:met|van|with|of)\s+(?:[\w-]+\s+){0,2}$|"
                               # "Praktijk X bestaat uit vier GZ-psychologen en ...", "X consists of ..."
                               r"^\s*(?:bestaat|bestaan)\s+uit\s+(?:[\w-]+\s+){0,2}$|^\s*consists?\s+of\s+(?:[\w-]+\s+){0,2}$|"
                               # "X wordt gerund door twee psychologen", "X is run by two psychologists"
                               r"^\s*(?:wordt|werd|is|was)\s+(?:[\w-]+\s+){0,2}?(?:gerund|geleid|bemand|run|led|staffed)\s+(?:door|by)\s+(?:[\w-]+\s+){0,3}$", re.I)
# the practice's own professionals in the definite plural, in the reader's own care: "wanneer de
# psychologen inschatten dat u ...", "the psychologists will discuss your ..."
_PLURAL_PROFESSIONS = (r"(?:gz-?|gz\s+)?(?:psychologen|psychotherapeuten|psychiaters|orthopedagogen|"
                       r"therapeuten|psychologists|psychotherapists|psychiatrists|therapists)")
_DEFINITE_PLURAL = re.compile(rf"\b(?:de|the)\s+{_PLURAL_PROFESSIONS}\b")
# the definite plural of professions with the named place they belong to: "de psychologen en orthopedagogen van
# Centrum Noord", "the psychologists of Therapy North"
_DEFINITE_PLURAL_OF = re.compile(rf"(?i:\b(?:de|the)\s+{_PLURAL_PROFESSIONS}"
                                 r"(?:\s*(?:,|en|and)\s+(?:gz-?)?[\w-]+(?:en|ers|ists|s))*\s+(?:van|of|at|bij)\s+(?:het\s+|de\s+|the\s+)?)"
                                 r"(?!Nederland|Netherlands|Holland|Belgi)[A-Z][\w-]*")
# the professionals of a part of the health care system, not of the practice: "de psychologen in de
# basis-ggz", "in de specialistische ggz stellen de psychiaters ...", "in the Dutch mental health care"
_IN_THE_SECTOR = re.compile(r"\bin\s+(?:de|het|the)\s+(?:[\w-]+\s+){0,4}(?:[\w-]*ggz|zorg|gezondheidszorg|lijn|care|sector)\b|"
                            r"\bin\s+(?:nederland|the\s+netherlands)\b")
# ... unless the sentence places them at the practice ("In de basis GGZ werken bij ons GZ-psychologen", "in our practice")
_AT_OURS = re.compile(r"(?<![a-z])(?:bij\s+ons|bij\s+onze\s+praktijk|in\s+onze\s+praktijk|binnen\s+onze\s+praktijk|"
                      r"at\s+our\s+(?:practice|centre|center|clinic)|in\s+our\s+(?:practice|team)|with\s+us)(?![a-z])")


def _in_the_sector(low: str) -> bool:
    """The professionals of a part of the care system (``_IN_THE_SECTOR``), not placed at the practice (``_AT_OURS``)."""
    return bool(_IN_THE_SECTOR.search(low)) and not _AT_OURS.search(low)


# a sentence that opens with a named place of work: "Bij Centrum Noord werken ...", "At Therapy North work ..."
_AT_NAMED_PLACE = re.compile(r"^(?:Bij|Binnen|In|At)\s+(?:(?:de|het|the)\s+)?(?:[A-Z][\w'-]*\s+){1,4}(?:werken|werkt|zijn\s+(?:\w+\s+)?werkzaam|"
                             r"is\s+(?:\w+\s+)?werkzaam|works?)\b(?![^.;]{0,60}\b(?:samen\s+met|samen\s+werk\w*|met\s+wie|together\s+with|with\s+whom|geen|niet|no)\b)")
# ... or what the reader finds there: "Bij Praktijk X vind je BIG-geregistreerde psychologen", "At X you will find experienced therapists"
_FIND_AT_NAMED = re.compile(r"^(?:Bij|At)\s+(?:(?:de|het|the)\s+)?(?:[A-Z][\w'-]*\s+){1,4},?\s*(?:vind\s+je|vindt\s+u|you(?:'ll|\s+will)?\s+find)\s+"
                            r"(?:(?:een|twee|drie|vier|vijf|zes|ervaren|erkende|deskundige|gediplomeerde|(?:BIG-)?geregistreerde|several|experienced|qualified|"
                            r"licensed|registered|\d+),?\s+(?:en\s+|and\s+)?){0,3}"
                            r"(?=[\w-]*(?:[Pp]sycholo|[Pp]sychotherap|[Pp]sychiat|[Oo]rthopedago|[Tt]herapeut|[Tt]herapist))")
# the complaints route ("klachten" alone are the client's symptoms)
_COMPLAINTS = re.compile(r"klachten(?:regeling|functionaris|commissie|procedure|reglement)|geschillen\w*|tucht\w*|een\s+klacht\b|"
                         r"complaints?\s+(?:procedure|scheme|officer|committee|regulation)|disciplinary")
# a role in the practice's care defined by a profession or registration: "De regiebehandelaar is BIG-geregistreerd",
# "Behandelaar is basispsycholoog of GZ-psycholoog", "the treating therapist is always a registered psychologist"
_ROLE_IS = re.compile(r"^\W*(?:de\s+|the\s+)?(?:regie-?\s?|hoofd|eind|treating\s+|lead\s+)?(?:behandelaar|therapist|practitioner)\s+"
                      r"(?:is|zijn)\s+(?:altijd\s+|steeds\s+|always\s+)?(?:een\s+|a\s+|an\s+)?(?:[\w-]+\s+)?"
                      r"(?:big[\s-]?geregistreerd|big[\s-]?registered|registered|(?:gz|basis|klinisch|kinder|jeugd|health|clinical)?[\w-]*"
                      r"(?:psycholo|psychotherap|psychiat|orthopedago))|"
                      # ... or defined in brackets: "de intake doet een regiebehandelaar (een psychiater of een GZ-psycholoog)"
                      r"(?<![a-z])(?:regie-?\s?|hoofd|eind)?(?:behandelaar|therapist|practitioner)\s*\(\s*(?:een\s+|a\s+|an\s+)?"
                      r"(?:big[\s-]?geregistreerde?\s+|registered\s+)?(?:(?:gz|basis|klinisch|kinder|jeugd|health|clinical)[\s-]?)?[\w-]*"
                      r"(?:psycholo|psychotherap|psychiat|orthopedago)")
# a named organisation as the subject that offers care with a profession: "Zorgpunt Oost biedt u
# gesprekken met een psychiater of een therapeut", "Therapy North offers sessions with a psychologist"
_NAMED_SUBJECT_OFFERS = re.compile(r"^(?P<org>(?:[A-Z][\w'-]*|[a-z]{1,3}[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})\s+"
                                   r"(?:biedt|bieden|offers|provides|allows|lets|enables)\b(?![^.;]*\b(?:samen|together|partner|verwijs|verwijz|refer))")
_NEGATED = re.compile(r"\b(?:geen|niet|not|no|none)\b")
# the same offer with the named service as the way in: "Via Praktijk X kun je contact leggen met een psychiater",
# "Through X you can talk to a psychologist" (the service's own care, as with "X biedt ...")
_THROUGH_NAMED_OFFERS = re.compile(r"^(?:Via|Through)\s+(?P<org>(?:[A-Z][\w'-]*|[a-z]{1,3}[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3})\s*,?\s+"
                                   r"(?:kun\s+je|kunt\s+u|kan\s+je|kan\s+u|can\s+you|you\s+can)\b"
                                   r"(?![^.;]*\b(?:samen|together|partner|verwijs|verwijz|refer))")


# the practice, as the subject of the sentence, offers or employs the profession: "Praktijk X biedt
# gesprekken met een psychiater of therapeut", "X has two psychotherapists"
_OFFERS = re.compile(r"\b(?:biedt|bieden|heeft|hebben|offers?|has|have|employs?)\b(?![^,;]*\b(?:samen|together|partner))", re.I)
# ... care with or by the profession: "gesprekken met een psychiater", "treatment by a psychologist"
_CARE_WITH = re.compile(r"\b(?:gesprek\w*|behandel\w*|contact|touch|praten|spreken|consult\w*|therapie|sessies?|treatment|sessions?|"
                        r"appointments?|therapy)\b[^,;]{0,40}\b(?:met|door|bij|with|by)\s+(?:een\s+|de\s+|onze\s+|a\s+|an\s+|our\s+)?"
                        r"(?:[\w-]+\s+)?$|\b(?:contact|reach|see|consult)\s+(?:a|an|our)\s+(?:[\w-]+\s+)?$", re.I)
# the profession belongs to another organisation named right after it: "psychiaters van Altrecht"
_ELSEWHERE_AFTER = re.compile(r"^\s*(?:van|bij|at|of|from)\s+(?:de\s+|het\s+|the\s+)?[A-Z]")


_WORKS_WITH_OTHERS = re.compile(r"samenwerk|werk\w* samen|verwijs|verwijz|doorverwijz|refer")


def _anyones(unit: Unit, h) -> bool:
    """The profession is anyone's or a client's: "naar een psycholoog gaan", "mijn psycholoog"."""
    before = getattr(unit, h.on).lower()[max(0, h.start - 40):h.start]
    return bool(_ANY_ONE.search(before) and not _I_AM_ONE.search(before) or _CLIENTS_OWN.search(before))


# the writer says what they are or where they are registered: "ik ben ... lid van", "I am registered as"
_I_AM = re.compile(r"(?<![\w-])(?:ik|i)\s+(?:[\w-]+\s+){0,3}?(?:ben|am|was)(?![\w-])|(?<![\w-])i['’]m(?![\w-])|"
                   r"(?<![\w-])ben\s+ik(?![\w-])|(?<![\w-])(?:ik|i)\s+(?:sta|staan|stand|am\s+listed)\s")


def _says_what_i_am(unit: Unit) -> bool:
    """A passage on money or insurance in which the writer also says what they are ("vertel je
    verzekeraar dat ik psycholoog NIP ben", "tell your insurer that I am registered as a
    psychologist"): the writer's profession, not a tariff line ("Consult GZ-psycholoog € 120")."""
    if not _I_AM.search(unit.low):
        return False
    f = _feats(unit)
    return bool(f["protected"] or f["registration"] or f["profession"])


def _own_words_fit(unit: Unit, feats: dict[str, set[str]]) -> bool:
    """"Ons team", "ik ben", "in onze praktijk" make the practice's people only with a profession
    that is not anyone's ("ik ben naar een psycholoog gegaan"), outside a question ("ben ik bij
    een psycholoog aan het goede adres?") and not in a referral or partnership ("ik werk samen
    met een psychiater")."""
    if unit.low.rstrip().endswith("?") or _WORKS_WITH_OTHERS.search(unit.low):
        return False
    if feats["registration"]:
        return True
    return any(not _anyones(unit, h) and not _a_role_in_the_procedure(unit, h)
               for g in ("protected", "profession") for h in _practitioner_terms(g).find(unit))


def _a_role_in_the_procedure(unit: Unit, h) -> bool:
    """"In onze praktijk vult u vragenlijsten in, die de psycholoog met u bespreekt": "the"
    psychologist as a role in the practice's procedure, not a description of who works there (the
    plural "de psychologen" of a team stays)."""
    on = getattr(unit, h.on).lower()
    return bool(_THE_ROLE.search(on[max(0, h.start - 12):h.start])) and not on[h.start:h.end].endswith(
        ("en", "s")) and not _I_AM_THE.search(on[max(0, h.start - 30):h.start])


def _all_elsewhere(unit: Unit, page=None) -> bool:
    """Every profession in the unit is another organisation's: "een psychiater van GGZ Oost",
    "psychologists from the University of Leiden" (not the practice's own name)."""
    hits = [h for g in ("protected", "profession") for h in _practitioner_terms(g).find(unit) if h.on == "low"]
    if not hits or len(unit.low) != len(unit.text):
        return False
    own = own_name_spans(unit.text, unit.url, page)
    for h in hits:
        m = _ELSEWHERE_AFTER.match(unit.text[h.end:])
        if not m or any(a <= h.end + m.end() - 1 < b for a, b in own):
            return False
    return True


def _own_disciplines(unit: Unit, page=None) -> bool:
    """Professions tied to the practice itself in one sentence, without names: the practice's
    own name as their place of work, or the definite plural in the reader's care."""
    if _OTHERS.search(unit.low):
        return False
    if _DEFINITE_PLURAL.search(unit.low) and READER_WORD.search(unit.low) and not _IN_THE_SECTOR.search(unit.low):
        return True
    m = _DEFINITE_PLURAL_OF.search(unit.text)
    if m and not _IN_THE_SECTOR.search(unit.low) and not _NEGATED.search(unit.low) and not (page is not None and _partners_page(page)):
        return True  # "de GZ-psychologen en orthopedagogen van het Jeugdhuis": the professions of a place named as theirs
    if ((_AT_NAMED_PLACE.match(unit.text) or _FIND_AT_NAMED.match(unit.text) and own_name_spans(unit.text[:80], unit.url, page))
            and not _IN_THE_SECTOR.search(unit.low) and not _NEGATED.search(unit.low)
            and not (page is not None and _partners_page(page))):
        return True  # "Bij Centrum Noord werken psychologen en ...": the site's own place, named at the sentence's start
    if _ROLE_IS.search(unit.low) and not _IN_THE_SECTOR.search(unit.low) and not _NEGATED.search(unit.low) \
            and not unit.low.rstrip().endswith("?"):
        return True  # "De regiebehandelaar is BIG-geregistreerd", "Behandelaar is GZ-psycholoog": the roles of its care
    m = _NAMED_SUBJECT_OFFERS.match(unit.text) or _THROUGH_NAMED_OFFERS.match(unit.text)
    if m and not _not_name(m.group("org").split()) and not _SENTENCE_WORD.fullmatch(m.group("org").split()[0]) \
            and not _IN_THE_SECTOR.search(unit.low) and not _NEGATED.search(unit.low) \
            and not (page is not None and _partners_page(page)):
        rest = unit.text[m.end():].strip()
        for g in ("protected", "profession"):
            for h in _practitioner_terms(g).find(plain_text(rest)):
                if _CARE_WITH.search(rest[:h.start]) and not _ELSEWHERE_AFTER.match(rest[h.end:]):
                    return True  # "ePsychiater biedt ... contact met een psychiater of therapeut"
    spans = own_name_spans(unit.text, unit.url, page)
    if not spans or len(unit.low) != len(unit.text):
        return False
    for g in ("protected", "profession"):
        for h in _practitioner_terms(g).find(unit):
            if h.on != "low" or any(a <= h.start < b for a, b in spans):
                continue  # a profession inside the practice's name ("Psycholoog Nederland") says nothing
            for a, b in spans:
                between = unit.text[h.end:a] if a >= h.end else unit.text[b:h.start]
                if len(between) > 120 or re.search(r"[.!?;]", between) or _NEGATED.search(fold(between)):
                    continue
                if a >= h.end and len(between) <= 80 and _TO_OWN_NAME.search(unit.text[h.end:a]):
                    return True
                if a >= h.end and len(between) <= 40 and _WHO_WORK_IN.match(between) and _WORK_AFTER.match(unit.text[b:b + 30]):
                    return True  # "de orthopedagogen die in het Kindertherapeuticum werkzaam zijn"
                if b <= h.start and (_TO_OWN_NAME.search(unit.text[max(0, a - 12):a]) and (
                        _WORKS_AT.search(between) or _WORK_VERB_AFTER.match(unit.text[h.end:]))
                                     and len(between) <= 80
                                     or not unit.text[:a].strip() and (_OFFERS.search(between) and _CARE_WITH.search(between)
                                                                       or _IS_PRACTICE_WITH.search(between)
                                                                       or _EMPLOYS.match(between) and (
                                                                           _EMPLOYS.match(between).group("staff")
                                                                           or _ON_STAFF_AFTER.match(unit.text[h.end:])))) \
                        and not _ELSEWHERE_AFTER.match(unit.text[h.end:]):
                    return True
    return False


def _team_list_item(unit: Unit) -> bool:
    """A list item naming a profession under a heading about who works at the practice."""
    return unit.kind == "list_item" and any(_TEAM_HEADING.search(fold(h)) for h in unit.headings[-1:])


# more ways to say which disciplines the practice has, without names: "de praktijk heeft een
# psychiater in dienst", "werkzaam in de praktijk: ...", "bij de behandeling zijn een GZ-psycholoog en
# ... betrokken", "het team van psychologen bespreekt uw behandelplan", "our practice employs ..."
_DISCIPLINES_FRAME = re.compile(
    r"\b(?:de|onze|ons|mijn|het)\s+(?:praktijk|team|organisatie|centrum)\s+(?:heeft|hebben|telt)\b[^.;]{0,120}\bin\s+dienst\b|"
    # a count of the staff with their disciplines: "met ruim 180 professionals, waaronder psychiaters en GZ-psychologen, wordt ..."
    r"\b\d+\s+(?:professionals|medewerkers|behandelaars|behandelaren|zorgverleners|hulpverleners|therapeuten|clinicians|staff\s+members)\b,?\s+"
    r"(?:waaronder|onder\s+wie|including|among\s+them|among\s+whom)\b|"
    # ... or their disciplines after a colon: "ruim 180 medewerkers zetten zich in voor ...: psychiaters, GZ-psychologen, ..."
    r"\b\d+\s+(?:professionals|medewerkers|behandelaars|behandelaren|zorgverleners|hulpverleners|therapeuten|clinicians|"
    r"staff(?:\s+members)?|people)\b[^.;:?!]{0,100}:\s|"
    r"\b(?:de|onze|ons|het)\s+(?:praktijk|team)\s+telt\b|"
    r"\bwerkzaam\s+(?:in|bij|binnen)\s+(?:de|onze|ons|het|deze)\s+(?:praktijk|team|centrum)\b|"
    r"\b(?:bij|aan|in)\s+(?:de|uw|je|jouw)\s+(?:behandeling|intake|diagnostiek)\s+(?:zijn|is|worden|wordt)\b[^.;]{0,100}\bbetrokken\b|"
    r"\bbetrokken\s+bij\s+(?:uw|je|jouw)\s+(?:behandeling|intake|diagnostiek)\b|"
    r"\binvolved\s+in\s+your\s+(?:treatment|assessment|intake|care)\b|"
    r"\b(?:het|the)\s+(?:behandel)?team\s+(?:van|of)\s+(?:[\w-]+\s+){0,2}(?:psycholog|psychiater|psychiatr|psychotherap|therap)|"
    r"\b(?:our|the)\s+(?:practice|team|centre|center)\s+(?:employs|has)\b|"
    # who runs the practice: "de praktijk wordt gerund door twee GZ-psychologen", "the practice is run by ..."
    r"\b(?:de|onze|ons|mijn|deze|het|the|our|my|this)\s+(?:praktijk|team|centrum|practice|centre|center)\s+(?:wordt|werd|is|was)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:gerund|geleid|opgericht|bemand|run|led|founded|staffed)\s+(?:door|by)\b")
# a sentence that introduces a list of the disciplines: "Binnen de praktijk zijn de volgende
# disciplines vertegenwoordigd:", "Bij ons werken:", "Our team consists of:"
_LIST_INTRO = re.compile(r"(?:disciplines|vertegenwoordigd|werk(?:en|zaam)|bestaat uit|behandelaren|professionals|"
                         r"registraties|registrations|lidmaatschappen|memberships|aangesloten bij|lid van|member of|"
                         r"opleidingen|opleiding|kwalificaties|qualifications|education|training|diploma's|"
                         r"our team|consists of|includes|employs|work(?:s|ing)?)\b[^.]{0,40}:\s*$")


# a team label that opens the line, with its list after a colon or its question answered in the same line (a heading
# folded into running text): "Het team: ...", "Ons team: ...", "Wie werken er? ...", "Our staff: ..."
_TEAM_LEAD = re.compile(r"^\W*(?:(?:het|ons|onze|our|the)\s+(?:[\w-]+\s+)?(?:team|behandelteam|behandelaren|mensen|medewerkers|staff|people|"
                        r"practitioners|clinicians)|wie\s+(?:werken|zijn)\s+(?:er|wij|we)(?:\s+(?:bij\s+ons|hier|in\s+de\s+praktijk))?|"
                        r"who\s+(?:works|work|we\s+are)(?:\s+here)?|disciplines|behandelaren|medewerkers)\s*[:?]\s+(?=\w)")


def _own_disciplines_said(unit: Unit, prev: Unit | None) -> bool:
    """The practice's disciplines in a frame of its own (see ``_DISCIPLINES_FRAME``), in a list
    after a sentence that introduces them, or right under a heading that asks who works there."""
    if _OTHERS.search(unit.low) or _IN_THE_SECTOR.search(unit.low) or unit.low.rstrip().endswith("?"):
        return False
    if _DISCIPLINES_FRAME.search(unit.low):
        return True
    regs = _practitioner_terms("registration").search(unit) or _practitioner_terms("protected").search(unit)
    if regs and (_ALL_OUR_PEOPLE.search(unit.low) or _PRACTICE_REGISTERED.search(unit.low) or _THE_PEOPLE_ALL.search(unit.low)):
        return True
    lead = _TEAM_LEAD.match(unit.low)
    if lead is None and prev is not None and len(unit.text) <= 200 and _TEAM_LEAD.match(prev.low + " x") \
            and _TEAM_LEAD.match(prev.low + " x").end() >= len(prev.low):
        lead = re.match("", unit.low)  # the label alone in the line before: "Wie werken er? / Psychologen, ..."
    if lead and any(h.start >= lead.end() and not _anyones(unit, h)
                    for g in ("protected", "profession") for h in _practitioner_terms(g).find(unit) if h.on == "low"):
        return True  # the heading folded into the line: "Het team: psycholoog, GZ-psycholoog en ...", "Wie werken er? Psychologen, ..."
    if unit.kind == "list_item" and prev is not None and _LIST_INTRO.search(prev.low) and not (
            _OTHERS.search(prev.low) or _PARTNER_INTRO.search(prev.low)):
        return True
    return (unit.kind in ("sentence", "paragraph") and len(unit.text) <= 240 and any(_TEAM_HEADING.search(fold(h)) for h in unit.headings[-1:])
            and any(not _anyones(unit, h) for g in ("protected", "profession") for h in _practitioner_terms(g).find(unit)))


# several practitioners in the practice's own care, without names or professions: "bij uw
# behandeling zijn verschillende behandelaren betrokken", "behandelaren met verschillende
# achtergronden", "onze therapeuten bespreken samen hoe het met u gaat", "de intake is bij
# ons multidisciplinair", "our multidisciplinary team", "therapists from different disciplines"
_PEOPLE_PLURAL = (r"behandelaren|behandelaars|professionals|hulpverleners|zorgverleners|deskundigen|specialisten|therapeuten|"
                  r"psychologen|therapists|practitioners|clinicians|specialists|psychologists|professionals")
_SEVERAL_PEOPLE = re.compile(
    rf"\b(?:verschillende|meerdere|diverse|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien|(?:twin|der|veer|vijf|zes|zeven|tach|negen)tig|honderd|"
    r"tientallen|[2-9]|[1-9]\d+|several|multiple|various|different|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|dozens\s+of)\s+(?:[\w-]+\s+)?(?:[\w]+-|kinder|jeugd|gz)?(?:{_PEOPLE_PLURAL}|disciplines)\b|"
    rf"\b(?:{_PEOPLE_PLURAL})\s+(?:met|uit|vanuit|van|with|from|of)\s+(?:verschillende|diverse|uiteenlopende|different|various)\s+"
    r"(?:deskundigheden|vakgebieden|disciplines|achtergronden|expertises?|specialismen|backgrounds|fields|professions)\b|"
    rf"\b(?:{_PEOPLE_PLURAL})\s+(?:[\w-]+\s+){{0,2}}(?:overleggen|bespreken|beslissen|discuss|confer|decide)\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:met\s+elkaar|onderling|samen|together|with\s+each\s+other)\b|"
    r"\bmulti-?\s?disciplin\w*|\bmultidisciplinary\b")
# ... said of the practice's own care (its own voice, or the reader's care), not of other care
# providers, a referral, a partnership, a file's access rules, a vacancy or the sector in general
_OWN_CARE_WORDS = re.compile(r"(?<![a-z])(?:wij|we|ons|onze|our|us|u|uw|je|jouw|jij|you|your)(?![a-z])")
_ELSEWHERE = re.compile(r"\b(?:(?<!onder\s)andere|elders|instelling\w*|organisaties|aanbieders|other|elsewhere|organisations|organizations|"
                        r"providers|regio|region|netwerk|network|specialistische\s+ggz|specialist\s+mental|"
                        # who may see the file, and the colleagues of peer review: not who treats
                        r"gegevens|inzien|inzage|gedeeld|delen|data|records|shared?|intervisie\w*|supervisie\w*|intervision|"
                        r"supervision|peer\s+review)\b")


def _several_own_practitioners(unit: Unit) -> bool:
    """The practice's care is given by several practitioners of different disciplines (see
    ``_SEVERAL_PEOPLE``), said in its own voice or of the reader's care: a team without names, "bijna"."""
    low = unit.low
    if not _SEVERAL_PEOPLE.search(low) or low.rstrip().endswith("?"):
        return False
    if _OTHERS.search(low) or _ELSEWHERE.search(low) or _NEGATED.search(low) or is_recruiting(unit):
        return False
    if _IN_THE_SECTOR.search(low) and not _OWN_VOICE.search(low):
        return False
    return bool(_OWN_CARE_WORDS.search(low) or _THE_PRACTICE.search(low) or _OWN_PROCESS.search(low)
                or (_IS_A_PRACTICE_WITH.search(low) and not _GENERIC_SUBJECT.match(low))
                or (_WORK_TOGETHER.search(low) and _COUNTED.search(low) is not None))


# the practice's team named by what its people are ("Een team van nuchtere psychologen", "a team of
# experienced therapists"): its disciplines without names
_TEAM_OF = re.compile(r"\b(?:een|ons|het|a|our|the)\s+(?:[\w-]+\s+)?team\s+(?:van|of)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:[\w-]*psycholog(?:en|ists)|[\w-]*therapeuten|[\w-]*therapists|psychiaters|psychiatrists|behandelaren|behandelaars|"
                      r"clinicians|practitioners)\b")


_OF_ANOTHER_PLACE = re.compile(r"\s+(?:van|bij|uit|vanuit|of|at|from)\s+(?!onze\b|ons\b|our\b|deze\b|this\b)")


def _team_of_professionals(u: Unit) -> bool:
    low = u.low
    m = _TEAM_OF.search(low)
    if m is None or _OF_ANOTHER_PLACE.match(low, m.end()):
        return False  # "een team van psychologen van de universiteit": another organisation's team
    return not (_OTHERS.search(low) or _ELSEWHERE.search(low) or _NEGATED.search(low)
                or low.rstrip().endswith("?") or is_recruiting(u) or _in_the_sector(low))


# the disciplines said to work together, as the subject of the sentence ("A psychiatrist, two psychologists and a nurse
# practitioner work closely together", "Twee psychologen en een psychiater werken nauw samen", with a count; not "Een
# psycholoog en een psychiater werken vaak samen", which tells how care goes)
_WORK_TOGETHER = re.compile(r"\b(?:werken|work)\s+(?:\w+\s+){0,2}?(?:samen|together)\b")
_COUNTED = re.compile(r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+[\w-]+")


# the practice's own procedure in the impersonal voice: "de intake is multidisciplinair opgezet", "daarna
# volgen gesprekken met meerdere behandelaars", "the intake is done by several clinicians"
_OWN_PROCESS = re.compile(r"\b(?:de|het|the)\s+(?:intake\w*|behandelplan|behandeltraject|diagnostiekfase|treatment\s+plan)\b|"
                          r"\b(?:gesprekken|sessies|sessions|appointments|talks)\s+(?:[\w-]+\s+){0,2}?(?:met|with)\s+"
                          r"(?:verschillende|meerdere|diverse|several|multiple|various|different)\b")


# the practice or its team named as such, on its own site: "in de praktijk zijn twee GZ-psychologen werkzaam",
# "het team: vier psychologen en ...", "the practice has three therapists"
_THE_PRACTICE = re.compile(r"\b(?:de|het|deze|the|this)\s+(?:praktijk|team|practice)\b(?!\s+(?:van|of)\s+(?:de|het|een|the|a)\b)")
# ... or the site's own practice described as a practice of several people ("Praktijk Kastanje is een groepspraktijk in
# Hilversum met tien behandelaren: ...", "X is a group practice with six therapists")
_IS_A_PRACTICE_WITH = re.compile(r"\b(?:is|zijn|are)\s+(?:een|a|an)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*praktijk|(?:group\s+)?practice)\b"
                                 r"[^.;:!?]{0,60}?\b(?:met|with)\s+")
# (not a kind of practice defined: "Een groepspraktijk is een praktijk met meerdere behandelaren")
_GENERIC_SUBJECT = re.compile(r"\W*(?:een|a|an)\s")


# the writer's own training, registration or skill in a method, without a name on the page: "ik ben
# opgeleid tot ...", "ik ben gespecialiseerd in ...", "naast EMDR ben ik bekend met ...", "I am
# trained in EMDR", "I'm certified in schema therapy"
_I_TRAINED = re.compile(
    r"(?<![a-z])(?:(?:ik|i)\s+(?:ben|heb|am|have(?:\s+been)?|was)|i['’]m|(?:ben|heb)\s+ik)\s+"
    r"(?:(?!die\b|dat\b|een\b|who\b|that\b|an?\b)[\w-]+\s+){0,4}?"
    r"(?:opgeleid|geschoold|getraind|gespecialiseerd|geregistreerd|gecertificeerd|bevoegd|afgestudeerd|gepromoveerd|"
    r"trained|certified|registered|qualified|speciali[sz]ed|graduated)\b|"
    r"(?<![a-z])(?:(?:ik|i)\s+(?:heb|have)|heb\s+ik)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*opleiding|opleidingen|training|trainingen|cursus|"
    r"master|postmaster|specialisatie)\b[^.!?]{0,80}\b(?:gevolgd|afgerond|gedaan|completed|followed|finished)\b|"
    # the writer's own studies in the field: "ik heb psychologie gestudeerd", "na mijn studie orthopedagogiek",
    # "I studied psychology", "after my master's degree in clinical psychology"
    r"(?<![a-z])(?:ik|i)\s+(?:heb|have)\s+(?:[\w-]+\s+){0,3}?(?:psychologie|orthopedagogiek|pedagogiek|geneeskunde)\s+"
    r"(?:[\w-]+\s+){0,3}?gestudeerd\b|"
    r"(?<![a-z])(?:ik\s+studeerde|studeerde\s+ik|i\s+studied|i\s+have\s+studied)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:psychologie|orthopedagogiek|pedagogiek|geneeskunde|psychology|medicine)\b|"
    r"\b(?:mijn|my)\s+(?:[\w'’-]+\s+){0,2}(?:studie|opleiding|master|masters|master['’]s|bachelor|degree)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:psychologie|orthopedagogiek|pedagogiek|geneeskunde|psychotherapie|psychology|psychotherapy|medicine|in\s+(?:clinical\s+)?psychology)\b")
# ... or familiar with a named method ("ben ik bekend met imaginatie met rescriptie")
_I_KNOW_METHOD = re.compile(r"(?<![a-z])(?:ik\s+ben|ben\s+ik|i\s+am|i['’]m)\s+(?:ook\s+|also\s+)?(?:bekend|vertrouwd|familiar|"
                            r"experienced|ervaren)\s+(?:met|with|in)\b")


# a question of the reader's, no description of the team: about the reader's own profession or training ("Bent u
# GZ-psycholoog?", "Ben je opgeleid als ...?", "Are you a registered psychologist?"), or asked in the first person
# about how to find or check one ("Hoe controleer ik een psycholoog?", "How do I check whether my psychologist is
# registered?")
_READERS_QUESTION = re.compile(r"(?:^|[.!?]\s+)(?:bent\s+u|ben\s+je|ben\s+jij|heeft\s+u|heb\s+je|heb\s+jij|are\s+you|have\s+you|"
                               r"do\s+you)\b[^.!]*\?\s*$|"
                               r"(?<![a-z])(?:hoe|waar|wanneer|welke|kan|mag|moet|how|where|when|which|can|should)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:ik|i)\s+[^.!]*\?\s*$")


_VACANCY_WORDS = re.compile(r"zoekt|zoeken|vacature|wanted|looking for|sollicit\w*|hiring")


# the writer's own registration number: "mijn BIG-nummer is ...", "my BIG registration number is ..."
_OWN_NUMBER = re.compile(r"[\w-]*\s*(?:registratie)?(?:nummer|number|registration\s+number|nr\.?|no\.?)?\s*(?:is|:)?\s*\d{5,}")
# the writer's own profession, also at another place of work before: "werkte ik als psycholoog bij
# een ggz-instelling", "I worked as a clinical psychologist in London"
_I_WORK_AS = re.compile(r"(?<![a-z])(?:ik\s+(?:werk|werkte|werkzaam\s+was|heb\s+(?:\w+\s+){0,4}gewerkt)|(?:werk|werkte|was)\s+ik|"
                        r"i\s+(?:work|worked|have\s+worked|am\s+working|was\s+working))\s+(?:[\w-]+\s+){0,4}?(?:als|as)\s+"
                        r"(?:een\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?=[\w-]*(?:psycholo|therapeut|therapist|psychiat|pedagoo|"
                        r"counsel))")
# the writer's own specialisms, languages of treatment or years of experience: "mijn specialisaties zijn ...",
# "my areas of expertise are ...", "ik behandel ook in het Engels", "I offer therapy in English and German",
# "ik heb tien jaar ervaring in de jeugdzorg", "years of experience in mental health care"
_I_SPECIALISE = re.compile(
    r"\b(?:mijn|my)\s+(?:[\w-]+\s+)?(?:specialisatie|specialisaties|specialisme|specialismen|expertise|aandachtsgebied\w*|"
    r"areas?\s+of\s+(?:expertise|specialisation|specialization)|specialt(?:y|ies)|speciali[sz]ations?)\b|"
    r"(?<![a-z])(?:ik|i)\s+(?:behandel|begeleid|spreek|werk|bied|offer|provide|treat|work|speak|see\s+clients)\w*\s+(?:\w+\s+){0,4}?"
    r"(?:ook\s+|also\s+)?in\s+(?:het\s+)?(?:engels|duits|frans|spaans|turks|arabisch|pools|english|german|french|spanish|"
    r"turkish|arabic|polish|dutch)\b|"
    r"(?<![a-z])(?:ik\s+heb|heb\s+ik|i\s+have)\s+(?:\w+\s+){0,3}?(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
    r"twaalf|\w+tien|twintig|dertig|veertig|ten|eleven|twelve|\w+teen|twenty|thirty|forty)\s+(?:jaar|years?)\s+(?:\w+\s+)?"
    r"(?:werk)?(?:ervaring|experience)\s+(?:(?:als|as)\s+(?:een\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?=[\w-]*(?:psycholo|therapeut|"
    r"therapist|psychiat|pedagoo|counsel|hulpverlen|behandelaar|verpleegkundig|nurse))|(?:in|binnen|within)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?=ggz|jeugdzorg|jeugdhulp|psychiatrie|hulpverlening|geestelijke|verslavingszorg|mental|psychiatry|psycholog|therap))")


_FIRST_SINGULAR = re.compile(r"(?<![a-z])(?:ik|i|mijn|my)(?![a-z])")
# the writer runs a practice of their own ("al twintig jaar heb ik een eigen praktijk", "ik ben in 2012 mijn eigen
# praktijk begonnen", "I opened my own practice in 2015"): the practice's practitioner, their experience told
_I_OWN_PRACTICE = re.compile(r"(?<![a-z])(?:ik|i)\s+(?:[\w-]+\s+){0,4}?(?:een|mijn|my|a|an)\s+(?:eigen|own)\s+(?:praktijk|practice)(?![a-z])")


def _own_training(unit: Unit) -> bool:
    """The writer says they are trained, registered or skilled in a method (``_I_TRAINED``,
    ``_I_KNOW_METHOD`` with a method named), what they specialise in, which languages they treat
    in, or what they worked as: a practitioner of the practice without a name, "bijna"."""
    low = unit.low
    if not _FIRST_SINGULAR.search(low):
        return False  # every reading below needs the writer's "ik", "I", "mijn" or "my"
    if low.rstrip().endswith("?") or is_recruiting(unit) or _NEGATED.search(low):
        return False
    if _I_WORK_AS.search(low) and not _VACANCY_WORDS.search(low):
        return True  # "werkte ik als psycholoog bij een ggz-instelling": the writer's own profession, also elsewhere
    if _OTHERS.search(low):
        return False
    if _I_TRAINED.search(low) or _I_SPECIALISE.search(low) or _I_OWN_PRACTICE.search(low):
        return True
    m = _I_KNOW_METHOD.search(low)
    return bool(m) and terms("methods", "method").search_text(low[m.end():m.end() + 80])


# the person works at the practice or introduces themself: "in de praktijk werken Sanne en
# Peter", "mijn naam is ...", "praktijkhouder ...", "I am ..."
_AT_WORK = re.compile(r"(?<![a-z])(?:werk\w*|praktijk\w*|practi[cs]e|behandelaar\w*|hulpverlener\w*|team|collega\w*|"
                      r"eigenaar|oprichter|owner|founder|works?|working|staff|psycholog\w*|\w*therap\w*|aangesloten|affiliated|lid|member|ik\s+ben|mijn\s+naam|my\s+name|i\s+am)(?![a-z])")
# the practitioners presenting themselves in the plural, the names right after ("Wij zijn Jos Habets en Maud Pelzer.",
# "We are Jos Habets and Maud Pelzer"; the first of them or the one after "en" / "and")
_WE_ARE_BEFORE = re.compile(r"(?<![a-z])(?:[Ww](?:ij|e)\s+zijn|[Ww]e\s+are)\s+(?:[A-Z][\w.'-]*\s+){0,3}?(?:(?:en|and|&)\s+)?$")


# words that tie a person to the practice: its own voice, its name or place, its people, the care
# they give ("helpt kinderen", "treats adults") or the way to reach them
_TIE_WORDS = re.compile(r"(?<![a-z])(?:onze?|ons|mijn|wij|we|ik|our|my|us|i|praktijk\w*|practice|eigenaar|oprichter|owner|founder|"
                        r"werkzaam|werkt|werken|werkte|werkten|gewerkt|works?|working|worked|\w*behandelaar\w*|gespecialiseerd|speciali[sz]e[sd]?|team|collega\w*|behandelt|behandelen|helpt|helpen|begeleidt|"
                        r"begeleiden|biedt|bieden|helps?|treats?|supports?|offers?|ziet|sees|spreekuur|afspraak|appointments?|"
                        r"intake|bereikbaar|contact|bespreekt|bespreken|doet|voert|onderzoekt|discusses|conducts)(?![a-z])")


def _tied(units: list[Unit], name: str, page=None) -> bool:
    """The passages about the name tie the person to the practice (``_TIE_WORDS``, a registration
    or the practice's own name), said in the sentence itself."""
    for v in units:
        text = v.text
        idx = text.find(name) if name else -1
        start = 0 if idx < 0 else max((text.rfind(c, 0, idx) for c in ".!?"), default=-1) + 1
        ends = [e for e in (text.find(c, max(idx, 0) + len(name)) for c in ".!?") if e >= 0]
        sentence = text[start:min(ends) + 1 if ends else len(text)]
        if not name:
            sentence = text
        if _TIE_WORDS.search(fold(sentence).replace(fold(name), " ") if name else fold(sentence)) or _practitioner_terms("registration").search(
                fragment(v, sentence)) or own_name_spans(sentence, v.url, page):
            return True
    return False


# the organisation's board, supervisors and office: the people who run it, not those who treat
# ("Raad van Bestuur: drs. Anne Wolters, voorzitter", "Jan Smit, penningmeester", "our office manager Lisa", the
# names under "Ons secretariaat")
_GOVERNANCE = re.compile(r"(?<![a-z])(?:raad\s+van\s+(?:bestuur|toezicht|commissarissen)|rv[bt]|bestuur(?:der|ders|slid|sleden|ssecretaris"
                         r"|svoorzitter)?|voorzitter|vicevoorzitter|penningmeester|secretaris|toezichthouder\w*|commissaris\w*|"
                         r"office\s?manager|praktijkmanager|practice\s+co[o\u00f6]rdinator|praktijkco[o\u00f6]rdinator|secretaresse\w*|secretaria\w*|receptionist\w*|receptie|administrat\w*|financi\w+\s+(?:medewerker|manager)|"
                         r"controller|board(?:\s+of\s+(?:directors|trustees))?|supervisory\s+board|trustees?|chair(?:man|woman|person)?|"
                         r"treasurer|secretary|non-executive)(?![a-z])")


def _governance_only(prof: Profile) -> bool:
    """Every mention of the name places the person in the board or the office (in the same line,
    right before or after the name), never in the care."""
    seen = False
    for u in prof.units:
        idx = u.text.find(prof.name)
        if idx < 0:
            continue
        seen = True
        line_start = u.text.rfind("\n", 0, idx) + 1
        line_end = u.text.find("\n", idx)
        line_end = len(u.text) if line_end < 0 else line_end
        around = fold(u.text[max(line_start, idx - 60): min(line_end, idx + len(prof.name) + 60)])
        heading = fold(" ".join(u.headings[-1:]))
        if not (_GOVERNANCE.search(around) or _GOVERNANCE.search(heading)):
            return False
    return seen


# the organisation's board or supervisors as the subject of a page or a section ("# Raad van toezicht", "/over-ons/bestuur/",
# "Supervisory board")
_BOARD = re.compile(r"(?<![a-z])(?:raad\s+van\s+(?:bestuur|toezicht|commissarissen)|rv[bt]|bestuur|governance|supervisory\s+board|"
                    r"board\s+of\s+(?:directors|trustees|supervisors)|toezicht)(?![a-z])")


def _board_only(prof: Profile, st: SiteText) -> bool:
    """Every mention of the name stands in a section or on a page about the board or the supervisors: a member's
    background there ("R. Okkerse - ervaringsdeskundige; lid commissie kwaliteit") is no description of the practice's
    care (the caller keeps a member with a protected title or registration, who may well treat: "drs. A. Wolters,
    GZ-psycholoog (BIG) en voorzitter")."""
    if not prof.units:
        return False
    for u in prof.units:
        page = st.pages[u.page]
        if not (any(_BOARD.search(fold(h)) for h in u.headings[-1:]) or _BOARD.search(page.path_low.replace("-", " "))
                or _BOARD.search(page.title_low)):
            return False
    return True


def _presented(prof: Profile) -> bool:
    """A name that is shown as one of the practice's people, not just any name on an ordinary
    page (a client under a quote, a researcher, a speaker): on the team page, said to be a
    practitioner, with a profession or registration, or in a sentence about working here."""
    if not (prof.feats["protected"] or prof.feats["registration"] or prof.feats["profession"]) and _governance_only(prof):
        return False
    if prof.on_people_page:
        return True
    if not prof.tied:
        return False
    if prof.subject or prof.titled or any(prof.feats.values()):
        return True
    for u in prof.units:
        idx = u.text.find(prof.name)
        if idx < 0:
            continue
        if _AT_WORK.search(fold(u.text[max(0, idx - 80): idx + len(prof.name) + 80])):
            return True
        if _WE_ARE_BEFORE.search(u.text[max(0, idx - 60):idx]):
            return True
    return False


def _page_has_title(page) -> bool:
    """The page gives a protected title or a registration somewhere (also in a tariff line: "Consult
    GZ-psycholoog" says the practice has one)."""
    got = page.memo.get("2b7_has_title")
    if got is None:
        got = page.memo["2b7_has_title"] = any(
            _practitioner_terms("protected").search(v) or terms("practitioners", "registration").search(v) for v in page.units)
    return got


# English legal pages, by URL path, title or first heading: terms and conditions, privacy and data,
# complaints (the Dutch ones are the context vocabulary's "legal" pages)
_ENGLISH_LEGAL = re.compile(r"\b(?:terms|conditions|privacy|gdpr|data protection|(?:your|my|personal) data|complaints?|disclaimer|"
                            r"cancellation policy|code of (?:conduct|ethics))\b")


def _not_own_text(page, unit: Unit) -> bool:
    """Text in which the practice does not describe its own people without names: a vacancy (page or section) or a
    complaints procedure. (A terms or privacy page does: there the practitioner of a small practice says who they
    are, "ik werk conform de beroepscode van het NIP", "psychologists at Practice X work under the NIP code";
    LABELING v2, a first-person page with registrations is "bijna". Names on those pages still need a protected
    title, see ``_profiles``.)"""
    return is_vacancy_page(page) or in_boilerplate_section(unit) or is_complaints_page(page) or _ENGLISH_COMPLAINTS.search(
        " ".join(t for t in (page.path_low, page.title_low, page.first_heading) if t)) is not None


_ENGLISH_COMPLAINTS = re.compile(r"complaints?|disciplinary")


def _english_legal(page) -> bool:
    return any(_ENGLISH_LEGAL.search(t) for t in (page.path_low, page.title_low, page.first_heading) if t)


# the practice as a training place and its trainees: "erkende opleidingsplaats voor de opleiding tot
# GZ-psycholoog", "studenten lopen stage", "psychologen in opleiding", "trainee psychologists"
_TRAINEES = re.compile(r"opleidingsplaats|opleidingsplek\w*|opleidingsinstelling|praktijkopleider|\bstage\w*|stagiair\w*|studenten|"
                       r"\bin opleiding\b|\bi\.?o\.?\b|\btrainees?\b|\binterns?\b|internships?|placement|"
                       r"training (?:place|position)")


_INTRODUCES = re.compile(rf"(?:^|[.!?:,]\s*|\b)(?:(?P<greet>(?:[Hh]i|[Hh]ello|[Hh]allo|[Hh]oi|[Hh]ey)[,!]?\s+(?:[Ii]k\s+ben|I\s+am|I'm|I’m))|"
                         rf"[Ii]k\s+ben|(?P<named>[Mm]ijn\s+naam\s+is|[Ii]k\s+heet|[Mm]y\s+name\s+is)|I\s+am|I'm|I’m)\s+"
                         rf"(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{0,2}})")


def _self_introduced(text: str) -> list[str]:
    """The name the writer gives themself ("Ik ben Marloes", "My name is Laura Bennett"): a
    capitalised name whose first word is a given name; after "mijn naam is", "ik heet" or "my
    name is" any name ("Mijn naam is Yara Haddad"), as those words say that a name follows; after a greeting ("Hi, I'm
    Maren Holtkamp", "Hoi, ik ben Sietse Brouwer") a full name of two words or more, as a greeting opens an introduction."""
    out = []
    for m in _INTRODUCES.finditer(text):
        name = m.group("name")
        first = name.split()[0]
        greeted = bool(m.group("greet")) and sum(1 for w in name.split() if w[:1].isupper()) >= 2
        if (m.group("named") or greeted or _given(first)) and not _not_name(name.split()):
            out.append(name)
    return out


# a heading over the practitioner's registrations or qualifications
_QUALIFICATION_HEADING = re.compile(r"registratie|registraties|kwalificatie|kwalificaties|lidmaatschap|lidmaatschappen|"
                                    r"opleiding|opleidingen|beroepsvereniging|registrations?|qualifications?|memberships?|"
                                    r"credentials|education|training")


def _qualification_line(unit: Unit) -> bool:
    """A short line or list item with a registration or protected title under a heading about
    registrations or qualifications ("# Registraties / - BIG-register 19012345678 / - lid van het NIP")."""
    if unit.kind not in ("list_item", "paragraph", "sentence", "table_row") or len(unit.text) > 100:
        return False
    if not unit.headings or not _QUALIFICATION_HEADING.search(fold(unit.headings[-1])):
        return False
    if _OTHERS.search(unit.low) or _TRAINEES.search(unit.low) or _ABOUT_THE_TITLE.search(unit.low):
        return False
    return bool(_practitioner_terms("protected").search(unit) or _practitioner_terms("registration").search(unit))


# a line that explains a title, a register or a training in general, not someone's own: "de opleiding tot
# GZ-psycholoog duurt twee jaar", "een psychotherapeut mag ...", "een kwaliteitsregister gaat over één zorgverlener, niet over de praktijk",
# "the training takes four years"
_ABOUT_THE_TITLE = re.compile(r"\b(?:een|a|an|elke|iedere|ieder|every|any)\s+(?:[\w-]+\s+)?(?:gz|gezondheidszorg|klinisch|psycholo|psychotherap|"
                              r"psychiat|orthopedago|therap|health|clinical|[\w-]*register\b|[\w-]*registratie\b|registration\b)|\b(?:duurt|duren|mag|mogen|moet|moeten|kun|kunt|kan|"
                              r"kunnen|takes|lasts|may|must|can)\b")


# a practice named after its practitioner: "Psychologenpraktijk Lotte van Dam", "Therapiepraktijk Jan Bos"
_PRACTICE_OF = re.compile(rf"\b[\w-]*(?:[Pp]raktijk|[Tt]herapie|[Pp]sychologie|[Cc]oaching|[Pp]ractice)\s+"
                          rf"(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{1,2}})")


# ... or the name first ("Lotte Ariëns Psychotherapie", "Sam de Vries Psychology")
_PRACTICE_NAMED_FIRST = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_PARTICLE})*(?:\s+{_NAME_WORD}){{1,2}})\s+"
                                   rf"(?:[Pp]sychotherapie|[Pp]sychologie|[Tt]herapie|[Cc]oaching|[Pp]sychology|[Pp]sychotherapy|[Tt]herapy|[Cc]ounsell?ing)\b")


def _named_practice(text: str) -> list[str]:
    """The practitioner's name inside the practice's name (a given name and a surname)."""
    out = []
    for m in [*_PRACTICE_OF.finditer(text), *_PRACTICE_NAMED_FIRST.finditer(text)]:
        words = m.group("name").split()
        if _given(words[0]) and not _not_name(words):
            out.append(m.group("name"))
    return out



def _own_title_line(unit: Unit, page) -> bool:
    """A short line that names the site's own practice after a person (``_named_practice``, the site's own name) and
    gives a profession or registration beside it; not a partner's practice in a list of others."""
    if len(unit.text.split()) > 12 or not _named_practice(unit.text) or not own_name_spans(unit.text, unit.url, page):
        return False
    feats = _feats(unit)
    return bool(feats["protected"] or feats["profession"] or feats["registration"])


def _signature(unit: Unit) -> list[str]:
    """A short line that is only a person's name ("Drs. R. de Wit", "Hartelijke groet, Ellen Vermeer"), also
    as the first part of a contact line ("Marieke de Groot Psychologie | Kerkstraat 1 | Utrecht"): the
    writer's name under a first-person page."""
    if unit.kind in ("heading", "title") or len(unit.text) > 160:
        return []
    text = re.split(r"\s*[|·•]\s*", unit.text.strip())[0].strip(" ,.-–—")
    if len(text) > 60 or not text:
        return []
    text = re.sub(r"^(?:(?:met\s+)?(?:vriendelijke|hartelijke|warme)\s+groet(?:en)?|groet(?:en|jes)?|kind\s+regards|"
                  r"best\s+wishes|warm\s+regards|regards)\s*,?\s*", "", text, flags=re.I)
    return [n for n in _names(fragment(unit, text)) if len(n) >= 0.6 * len(text)]


# a personal register number: "BIG-registratie: 19012345625", "BIG-registratie GZ-psycholoog: 49012345625", "BIG-nummer 49012345616", "SKJ-registratienummer
# 110012345", "NIP lidnummer 12345"
_REGISTER_NUMBER = re.compile(r"(?<![a-z])(?:big|skj|nip|lvvp|vgct|nvp|rbcz|kwaliteitsregister)[\w-]*\s*"
                              r"(?:[\w-]*(?:nummer|nr\.?|number|no\.?|registratie|registration)\s*)?(?:[a-z]+-?[a-z]+\s*)?[:.]?\s*(?:is\s+)?\d{5,11}(?!\d)")

_FIVE_DIGITS = re.compile(r"\d{5}")  # (cheap: every register number has five digits or more)


def _register_number(unit: Unit) -> bool:
    """A line with a registration and its personal number, not about a referrer's or someone else's."""
    low = unit.low
    if not _FIVE_DIGITS.search(low) or not _REGISTER_NUMBER.search(low):
        return False
    return not (_OTHERS.search(low) or _TRAINEES.search(low) or is_recruiting(unit))


@register
class Behandelaren(Check):
    topic = "behandelaren"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-7"
    message_keys = ("voldoet", "generic", "disciplines", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        profiles = self._profiles(st)
        profiles = {n: p for n, p in profiles.items() if not p.foreign_only and not (p.not_ours and not p.on_people_page)
                    and not (_board_only(p, st) and not (p.feats["protected"] or p.feats["registration"]))}
        strong = [p for p in profiles.values() if p.strong()
                  and (not p.legal_only or p.feats["protected"])]
        if not strong:
            strong = self._first_person_pages(st)
        if strong:
            feats = sorted(set().union(*(p.feats["protected"] | p.feats["registration"] | p.feats["profession"] for p in strong)))
            names = [p.name for p in strong]
            found = f"{join_dutch(names[:3])}{' e.a.' if len(names) > 3 else ''} ({', '.join(feats[:5])})"
            protected = any(p.feats["protected"] or p.feats["registration"] for p in strong)
            conf = min(0.95, 0.65 + 0.1 * len(strong)) if protected else 0.6
            # quote what justifies the verdict: the passages with profession, registration, specialism
            best = [_ranked_feat_units(p, st) for p in strong]
            ev = [r[0] for r in best] + [u for r in best[:2] for u in r[1:2]]
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=not protected,
                                details={"practitioners": names[:10], "characteristics": feats},
                                found=found)

        own = self._own_team_units(st)
        # a bare name is one of the practice's people when it is presented as such, or tied to the practice
        # on a page that gives someone's protected title or registration ("BIG", "NIP", "GZ-psycholoog")
        # (a name seen only on terms or privacy pages is one of the practice's people too, for "bijna" only: not
        # on a complaints procedure or a vacancy)
        named = [p for p in profiles.values() if p.units and (not p.legal_only or not any(
            _not_own_text(st.pages[u.page], u) for u in p.units)) and (
            _presented(p) or (p.tied and any(_page_has_title(st.pages[u.page]) for u in p.units)))]
        # the disciplines of the team without names (LABELING v2: "bijna"): say which ones were read, so that the
        # reason does not claim the professions are missing
        disciplines = [] if named else list(dict.fromkeys(
            f for u in own for g in ("protected", "profession") for f in sorted(_feats(u)[g])))
        # ("GZ-psycholoog" says more than "psycholoog", read in the same words)
        disciplines = [f for f in disciplines if not any(g != f and g.lower().endswith(f.lower()) for g in disciplines)]
        if disciplines:
            return self.finding(ctx, "voldoet_bijna", "disciplines", confidence=0.6, evidence=evidence(own[:2]),
                                needs_review=True, details={"names": [], "disciplines": disciplines},
                                found=join_dutch(disciplines[:5]))
        if named or own:
            parts = []
            if named:
                parts.append(f"{UI_STRINGS['names']}: {join_dutch([p.name for p in named[:3]])}")
            if own:
                parts.append(UI_STRINGS["team"])
            ev = [p.units[0] for p in named[:2]] + own[:2]
            return self.finding(ctx, "voldoet_bijna", "generic", confidence=0.6, evidence=evidence(ev),
                                needs_review=True, details={"names": [p.name for p in named[:10]]},
                                found="; ".join(parts))
        # professions named on the practice's own pages, but not as its people: a reviewer may read more in them
        near = [u for u in st.units if u.kind not in ("heading", "title") and not not_own_content(st, u)
                and (_practitioner_terms("protected").search(u) or terms("practitioners", "registration").search(u))]
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.6 if near else 0.7, needs_review=False,
                            details={"near_miss": [u.text[:120] for u in near[:2]]})

    @staticmethod
    def _profiles(st: SiteText) -> dict[str, Profile]:
        """Person names with the characteristics found next to them."""
        profiles: dict[str, Profile] = {}
        for page in st.pages:
            # legal pages and vacancies ("wij zoeken een GZ-psycholoog") describe no practitioner,
            # unless a named person is given a protected title there ("N. Jansen staat als
            # GZ-psycholoog in het BIG-register"; a privacy contact's BIG number alone is not that)
            legal = is_legal_page(page) or is_vacancy_page(page) or _english_legal(page)
            editorial = is_editorial_page(page)
            person = page_person(page)
            page_people = people = is_people_page(page) or person is not None
            # a links, partners or network page names other organisations' people
            partners = not people and _partners_page(page)
            units = page.units
            famous: dict[str, bool] = {}  # a name introduced as a figure of the field somewhere on the page (per name)
            for i, u in enumerate(units):
                # a run of given names under a heading about who works there ("Wie werkt hier?", "Our team"), also on a
                # location or contact page: the practice's people, as on its team page
                people = page_people or (_bare_given_name(u) and _TEAM_SECTION.search(fold(u.heading)) is not None)
                if is_cost(u) and u.kind != "heading" and not _subject_names(u):
                    continue  # a tariff line ("Consult GZ-psycholoog € 120"), not "X is GZ-psycholoog"
                names = _names(u)
                if not names and len(u.text) <= 40 and _NAME_LINE.match(u.text.strip()) and (
                        len(u.text.split()) >= 2 or _given(u.text.strip())) \
                        and not _not_name(u.text.split()) and i + 1 < len(units) and _job_line(units[i + 1]) \
                        and units[i + 1].text.strip() != u.text.strip() and not _job_line(u):
                    # "Jildou Hoekstra / GZ-psycholoog": a name the list does not know, with its job line; or a
                    # given name alone ("Annemiek / Psycholoog NIP, gespecialiseerd in faalangst"); not a practice's
                    # name with a profession in it ("Basispsychologen Westerkwartier"), repeated as title and heading
                    names = [u.text.strip()]
                if not names and people and not legal and _bare_given_name(u) and (
                        (i > 0 and _bare_given_name(units[i - 1])) or (i + 1 < len(units) and (
                            _bare_given_name(units[i + 1]) or _about_the_name(units[i + 1], _without_photo_mark(u.text))))):
                    # a list of given names on the team page ("Ons team / Anna / Joost / Mark"), or each with a line about
                    # that person ("Anna / Anna houdt van wandelen"): only names, "bijna"
                    names = [_without_photo_mark(u.text)]
                if not names and page_people and not legal and u.kind not in ("heading", "title"):
                    # the given names in one line, as under a team photo ("Op de foto: Joost, Mirjam, Anouk en Pieter")
                    names = _given_names_listed(u.text)
                if not names and not legal and not editorial and u.kind not in ("heading", "title"):
                    # the practitioners introducing themselves by their given names ("Hoi! Wij zijn Femke en Bart.")
                    names = _introduced_given_names(u.text)
                # the subject of a profession ("Jolien Verhoef is speltherapeut"), also when the
                # name was recognised as one already
                subjects = [] if u.kind in ("heading", "title") else _subject_names(u)
                names += [n for n in subjects if n not in names]
                # a given name with its profession as an apposition ("met Laura, onze GZ-psycholoog")
                appositions = [] if u.kind in ("heading", "title") or editorial or legal else _apposition_names(u)
                names += [n for n in appositions if n not in names]
                # (anywhere on the page: "# De jaren tachtig: Jeffrey Young" over "De Amerikaanse psycholoog Jeffrey Young ...")
                for n in names:
                    if n not in famous:
                        famous[n] = any(_famous_figure(v.text, n) or (editorial and _author_of_work(v.text, n)) for v in units if n in v.text)
                names = [n for n in names if not _maker_of_method(u.text, n) and not famous[n]]
                if person and u.kind in ("heading", "title") and fold(person) in u.low and person not in names:
                    names.append(person)
                if not names:
                    continue
                # a name as heading (or alone on a line) is described by what follows it
                if u.kind in ("heading", "title") or len(u.text) <= 60:
                    # a job title right under the name that the page took for a heading ("Daniel Brooks /
                    # ## Clinical psychologist / Daniel works with ..."), also with its registration after it ("Clinical
                    # psychologist (klinisch psycholoog), BIG registered (BIG 12345678901)"), then the lines about the person
                    jobs = []
                    for v in units[i + 1:i + 3]:
                        if v.kind != "heading" or len(v.text) > (60 if _TITLE_AND_REGISTRATION.search(v.text) is None else 120) \
                                or _names(v) or v.text.rstrip().endswith((".", "?", "!")) or not (
                                _practitioner_terms("profession").search(v) or _practitioner_terms("protected").search(v)):
                            break
                        jobs.append(v)
                    scope = [u] + jobs + [v for v in units[i + 1:i + 7] if v.kind not in ("heading", "title")][:5]
                    # stop at the next name
                    cut = []
                    for v in scope:
                        if v is not u and _names(v) and len(v.text) <= 60:
                            break
                        cut.append(v)
                    scope = cut
                else:
                    scope = [u]
                # the practice's own name is no person ("About Harbour Counselling" on harbourcounselling.nl), unless it is
                # the practitioner's own name ("Marieke Brink" on mariekebrink.nl: a given name first)
                names = [n for n in names if not _practice_name_only(n, u.url, page)]
                for name in names[:4]:
                    prof = profiles.setdefault(name, Profile(name))
                    prof.legal_only = prof.legal_only and legal
                    prof.subject = prof.subject or (name in subjects and not editorial and not legal)
                    prof.trained = prof.trained or (not editorial and not legal and _trained_subject(u.text, name))
                    prof.foreign_only = prof.foreign_only and not (people and not legal) and (
                        name not in subjects and (_foreign_mention(u.text, name, u.url, page) or in_testimonials_section(u, page)
                                                  or _attributed(units, i, u, name) or partners
                                                  or _listed_as_partner(units, i)))
                    prof.not_ours = prof.not_ours or (not (people and not legal) and _not_ours(units, i, name, page, scope))
                    prof.on_people_page = prof.on_people_page or (people and not legal)
                    prof.titled = prof.titled or _titled(units, i, name) or name in appositions or (
                        u.kind not in ("heading", "title") and len(u.text) <= 60 and not legal and not editorial
                        and _title_before(u.text, name))
                    # a name as a heading or a line of its own with the profession under it: a profile
                    profile_block = (u.kind in ("heading", "title") or len(u.text) <= 60) and _titled(units, i, name)
                    prof.tied = prof.tied or (people and not legal) or (profile_block and not legal) or _tied(scope if (
                        u.kind in ("heading", "title") or len(u.text) <= 60) else [u], name, page) or _tied(
                        [v for v in units[max(0, i - 1):i] + units[i + 1:i + 2] if v.kind not in ("heading", "title")], "", page)
                    if u not in prof.units:
                        prof.units.append(u)
                    if u.kind not in ("heading", "title") and len(u.text) > 60:
                        # a name inside a sentence: only features right next to the name, or in
                        # the next sentence when it continues about the person ("Ik ben ...")
                        idx = u.text.find(name)
                        # a title right before the name ("GZ-psycholoog Marieke Jansen") belongs to
                        # it; one before a comma or "en" belongs to the previous person
                        pre = re.split(r"[,;:.()]|\s(?:en|and)\s", u.text[max(0, idx - 40): idx])[-1]
                        after = u.text[idx: idx + len(name) + 80]
                        cut = _PARTNER_AFTER.search(after, len(name))
                        # "Sarah werkt samen met een psychiater die ...": what follows is the partner's
                        window = pre + (after[:cut.start()] if cut else after)
                        plural = _plural_title_of(u.text, idx) if not legal and not editorial else ""
                        if plural:
                            # "onze psychologen Marieke Sloot en Jeroen Haverkamp": the plural title is each one's
                            window, prof.titled = plural + " " + window, True
                        fs = _feats(fragment(u, window))
                        if re.search(r"[\w-]*(?:psycholoog|psychologe|therapeut|therapeute|psychiater|pedagoog|coach|psychologist|"
                                     r"therapist|psychiatrist)\s*$", pre, re.I) and not legal and not editorial:
                            # "kinderpsycholoog Lisa de Boer": the profession as the name's title
                            prof.titled = True
                        if not legal and not editorial:
                            for g, s_ in _subject_registered(u.text, idx, name).items():
                                fs[g] |= s_
                        nxt = units[i + 1] if i + 1 < len(units) else None
                        if nxt is not None and _CONTINUES.match(nxt.low):
                            for g, s_ in _feats(nxt).items():
                                fs[g] |= s_
                    else:
                        fs = {g: set() for g in _GROUPS}
                        for v in scope:
                            for g, s in _feats(v).items():
                                fs[g] |= s
                    for g in _GROUPS:
                        prof.feats[g] |= fs[g]
                    for v in scope:  # (a sentence's scope is the sentence itself)
                        if v not in prof.feat_units and any(_feats(v).values()):
                            prof.feat_units.append(v)
        return _merge_same_person(profiles)

    @classmethod
    def _first_person_pages(cls, st: SiteText) -> list[Profile]:
        """A practitioner who writes about themself ("ik ben GZ-psycholoog") on a page that
        carries their name (title, heading or the URL of a team member's page)."""
        out: list[Profile] = []
        for page in st.pages:
            if is_vacancy_page(page) or is_legal_page(page) or _english_legal(page):
                continue
            body = [u for u in page.units if u.kind not in ("heading", "title") and not is_cost(u)]
            units = [u for u in body if (_FIRST_PERSON.search(u.low) or _ENGLISH_I.search(u.text))
                     and _speaks_as_practitioner(u)]
            person = page_person(page)
            # on the page of a named person: their own training or specialism in the first person
            trained = [u for u in body if _OWN_QUALIFICATION.search(u.text)] if person else []
            if is_people_page(page):
                # the practitioner's registrations listed on their own page: "# Registraties / - BIG 1234 / - lid van de LVVP"
                trained += [u for u in body if _qualification_line(u)]
            # a personal register number ("BIG-registratie: 19012345625"): someone's own registration
            trained += [u for u in body if u not in trained and _register_number(u)]
            # the practice's own name, named after its practitioner, with the profession beside it ("Praktijk Anneke
            # Velt, GZ-psycholoog"), also in a line the page set as a heading: the writer's own title line
            trained += [u for u in page.units if u.kind != "title" and u not in trained and not is_cost(u) and _own_title_line(u, page)]
            if not units and not trained:
                continue
            names = [n for u in page.units if u.kind in ("heading", "title") for n in _names(u) + _named_practice(u.text)]
            names += [n.text for n in person_names(page.url.rsplit("/", 1)[-1].replace("-", " ").title())]
            if person:
                names.append(person)
            # the writer introduces themself by name: "Ik ben Marloes", "Mijn naam is Sanne de Wit", "I'm Sarah"
            names += [n for u in page.units if not is_cost(u) for n in _self_introduced(u.text)]  # also a heading "Hoi, ik ben Femke"
            if not is_editorial_page(page):
                # the writer's name elsewhere on the page: a signature line ("Drs. R. de Wit", "Ellen Vermeer")
                # or the practice named after them in any line ("© 2025 Psychologiepraktijk Marieke de Groot")
                names += [n for u in page.units if not is_cost(u) for n in _named_practice(u.text) + _signature(u)]
            if not names:
                continue
            prof = Profile(names[0], units=units + trained, feat_units=units + trained, legal_only=False)
            for u in units + trained:
                for g, found in _feats(u).items():
                    prof.feats[g] |= found
            if prof.feats["protected"] or prof.feats["registration"] or prof.feats["profession"] or (
                    trained and prof.feats["characteristic"]):
                out.append(prof)
        return out

    @staticmethod
    def _own_team_units(st: SiteText) -> list[Unit]:
        """The practice's own people described without names: "ons team van psychologen",
        "ik ben GZ-psycholoog", "als psycholoog vind ik", "we work according to the NIP code",
        on the practice's own pages (not its terms, privacy statement or vacancies)."""
        own = terms("practitioners", "own_team")
        out: list[Unit] = []
        prev: Unit | None = None  # the last paragraph before a list (its introduction)
        colon_intro: Unit | None = None  # the team's lead-in ending in ":" over a run of short lines without bullets
        for u in st.units:
            page = st.page_of(u)
            intro, prev = prev, (u if u.kind in ("sentence", "paragraph") else prev if u.kind == "list_item" else None)
            if colon_intro is not None and (st.page_of(colon_intro) is not page or u.kind == "title" or len(u.text) > 80
                                            or u.text.rstrip().endswith((".", "?", "!"))):
                colon_intro = None
            if colon_intro is not None and _names_discipline(u):
                out.append(u)  # "In ons team werken:" + "GZ-psychologen" + "een psychotherapeut": plain lines the page
                continue  # shows as a list (a short capitalised line is read as a heading, the next ones as sentences)
            if u.kind in ("sentence", "paragraph") and u.low.rstrip().endswith(":"):
                colon_intro = u if _own_team_lead_in(u) else None
            if u.kind in ("heading", "title"):
                continue
            if is_vacancy_page(page):
                if _colleague_speaks(u):
                    out.append(u)  # a colleague's own story under "werken bij": "van huis uit ben ik ... en werk nu als ..."
                continue
            # a tariff or insurance line names no team ("Consult GZ-psycholoog € 120"), unless the writer says
            # there what they are; a long sentence that joins several statements with semicolons (running prose
            # that folds separate lines into one: "meld je aan via onze website; je hebt een verwijsbrief nodig;
            # de psycholoog die je kiest ...") is read clause by clause, so that a referral or a cost in one
            # clause does not hide the practice's people in another
            whole = not is_cost(u) or _says_what_i_am(u)
            parts = [c for c in semicolon_clauses(u, min_chars=_CLAUSE_CHARS) if not is_cost(c)]
            if not whole and not parts:
                continue
            if is_editorial_page(page) and not is_people_page(page):
                continue  # a blog post or news item that mentions "onze psychologen" describes no team
            # (the question needs its question mark: a cheap test first)
            if ("?" in u.low and _READERS_QUESTION.search(u.low)) or is_recruiting(u) or in_testimonials_section(u, page):
                continue  # "Bent u opgeleid als psycholoog en wilt u bij ons werken?": a candidate, not the team
            # on a terms or privacy page only the practice's people in the plural or in its care, not a writer's
            # own code or registration ("ik werk volgens de beroepscode van het NIP" is on every such page)
            legal = is_legal_page(page) or _english_legal(page)
            if whole and _describes_own_team(u, page, intro, legal, own) or any(
                    _describes_own_team(c, page, intro, legal, own) for c in parts):
                out.append(u)
        return out


def _own_team_lead_in(intro: Unit) -> bool:
    """A sentence ending in ":" that leads in the practice's own team ("In ons team werken:", "Our team includes:"), not
    a partner's, a referral's or a vacancy's."""
    return bool(_LIST_INTRO.search(intro.low) and (_OWN_CARE_WORDS.search(intro.low) or _THE_PRACTICE.search(intro.low))) \
        and not (_OTHERS.search(intro.low) or _PARTNER_INTRO.search(intro.low) or is_recruiting(intro))


def _names_discipline(u: Unit) -> bool:
    """The line names a discipline, not anyone's ("GZ-psychologen", "een arbeids- en organisatiepsycholoog")."""
    return any(not _anyones(u, h) for g in ("protected", "profession") for h in _practitioner_terms(g).find(u))


def _colleague_speaks(u: Unit) -> bool:
    """On a vacancy or "werken bij" page, one of the practice's people tells in the first person what they are
    ("oorspronkelijk ben ik opgeleid als verpleegkundige en nu werk ik als psychotherapeut", "I have worked here as a psychologist since
    2019"): not the advert's words to the candidate ("je bent GZ-psycholoog", "you are registered"), a question, a
    colleague, a trainee or someone wanted."""
    low = u.low
    if not (_FIRST_PERSON.search(low) or _ENGLISH_I.search(u.text)):
        return False
    if READER_VOICE.search(low) or "?" in low or is_recruiting(u) or _OTHERS.search(low) or _TRAINEES.search(low) \
            or _NEGATED.search(low):
        return False
    return _speaks_as_practitioner(u)


# a clause of fewer characters is a fragment too short to describe anyone
_CLAUSE_CHARS = 21


_QUOTED_NAME = re.compile(r"['‘\"“][^'’\"”]{2,60}['’\"”]")
_QUOTE_CHARS = ("'", "‘", '"', "“")


def _professions_only_quoted(u: Unit) -> bool:
    """Every profession in the sentence stands inside quotation marks: the name of a practice, a network or a
    book ("onder de naam 'Psychologen Westkwartier'"), not people described."""
    if not any(q in u.text for q in _QUOTE_CHARS):
        return False  # (cheap: most sentences quote nothing)
    spans = [m.span() for m in _QUOTED_NAME.finditer(u.low)]
    hits = [h for g in ("protected", "profession") for h in _practitioner_terms(g).find(u) if h.on == "low"]
    return bool(spans and hits) and all(any(a <= h.start < b for a, b in spans) for h in hits)


# the practice is a member of a network or care group, whose name may hold a profession ("aangesloten bij het netwerk
# Psychologen Salland", "lid van de coöperatie Psychotherapeuten Oost", "part of the network Therapists Utrecht")
_JOINED_NETWORK = re.compile(r"(?<![a-z])(?:aangesloten\s+bij|lid\s+van|onderdeel\s+van|deel\s+uit\s+van|member\s+of|part\s+of)\s+"
                             r"(?:het|de|een|the|a)?\s*(?:[\w-]+\s+){0,2}?(?:netwerk|network|zorggroep|coöperatie|cooperatie|cooperative|kring)(?![a-z])")
# the practice calls on professionals from outside ("kunnen we een beroep doen op een psychiater", "we can call on"),
# unless they are its own ("onze eigen psychiater", "in-house")
# (also where the practice itself goes with its questions: "met medicijnvragen kunnen wij terecht bij een psychiater",
# "we can consult a psychiatrist")
_CALLS_ON = re.compile(r"(?<![a-z])(?:beroep\s+(?:\w+\s+)?doen\s+op|een\s+beroep\s+op|call\s+(?:up)?on|draw\s+on|"
                       r"(?:wij|we|ik|i)\s+(?:\w+\s+)?terecht\s+bij|(?:wij|we|ik|i)\s+(?:\w+\s+){0,2}?(?:consulteren|consulteer|consult))(?![a-z])")
_IN_HOUSE = re.compile(r"(?<![a-z])(?:onze\s+eigen|ons\s+eigen|our\s+own|in-house|in\s+house|binnen\s+(?:de|onze|ons)\s+(?:praktijk|team))(?![a-z])")


def _describes_own_team(u: Unit, page, intro, legal: bool, own) -> bool:
    """One passage (or clause) describes the practice's own people without names (see ``_own_team_units``)."""
    if ((_several_own_practitioners(u) or _own_people_trained(u) or _team_of_professionals(u)
         or not legal and (_own_training(u) or _qualification_line(u) or _register_number(u)))
            and not _not_own_text(page, u) and not _TRAINEES.search(u.low)):
        return True  # a team of several disciplines, or a writer's own training, without names
    if (_the_practitioners_described(u, page) and not _not_own_text(page, u) and not in_complaint_procedure(page, u)
            and not (_TRAINEES.search(u.low) and not _care_by_qualified_and_trainees(u))):
        return True  # the practice's practitioners in the third person: "de psychologen zijn lid van het NIP"
    f = _feats(u)
    if not (f["protected"] or f["registration"] or f["profession"]):
        return False
    if _COMPLAINTS.search(u.low) or in_complaint_procedure(page, u):
        return False  # "wij zijn aangesloten bij de klachtenregeling van het NIP": the complaints route, not the team
    if _not_own_text(page, u):
        return False  # a vacancy or a complaints procedure
    if _all_elsewhere(u, page):
        return False  # "wij werken samen met een psychiater van GGZ Oost": someone else's professional
    if _professions_only_quoted(u):
        return False  # "U vindt ons onder de naam 'Psychologen Westkwartier'": a name, not the team's disciplines
    if _JOINED_NETWORK.search(u.low):
        return False  # "lid van het netwerk Psychologen Salland": a network's name, not the team
    if _CALLS_ON.search(u.low) and not _IN_HOUSE.search(u.low):
        return False  # "bij vragen over medicijnen doen we een beroep op een psychiater in de wijk": consulted, not the team
    if _TRAINEES.search(u.low) and not _care_by_qualified_and_trainees(u):
        return False  # trainees and the practice as a training place
    if ((not legal and (own.search(u) and _own_words_fit(u, f) or _speaks_as_practitioner(u)))
            or _TEAM_FRAME.search(u.low) or _own_care_by(u, page) or _own_group(u)
            or _team_list_item(u) or _own_disciplines(u, page) or _own_disciplines_said(u, intro)
            or _role_described(u, page)):
        return True
    return False

