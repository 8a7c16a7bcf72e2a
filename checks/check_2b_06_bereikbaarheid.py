"""2b-6 Bereikbaarheid buiten openingstijden en bij spoed.

Voldoet when the site tells a client what to do outside opening hours (an explicit phrase about
the practice being closed: "buiten kantooruren", "'s avonds en in het weekend") AND in an emergency
or crisis, naming whom to contact (huisarts(enpost), 112, 113, crisisdienst). Only one of the two,
or only ordinary contact details, is voldoet_bijna. Money passages ("spoedtarief") do not count.
"""
from __future__ import annotations

import re

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (READER_WORD, about_products, evidence, in_client_voice, in_complaint_procedure, is_complaints_page, is_cost,
                                 is_editorial_page, is_general_explainer, is_links_page,
                                 is_measurement_page, is_menu_line, is_nav_line, is_unvoiced_explainer,
                                 join_dutch, list_lead, not_own_content, own_name_spans, page_titled, reads_as_article,
                                 speaks_as_practice)
from checks.text.first_names import is_given_name
from checks.text.patterns import QuickRegex, has_email, negated, phone_numbers
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "ooh": "buiten openingstijden",
    "emergency": "bij spoed of crisis",
    "ooh_action": "buiten openingstijden moet doen",
    "emergency_action": "bij spoed of crisis moet doen",
    "phone": "telefoonnummer",
    "email": "e-mail",
    "hours": "openingstijden of telefonische bereikbaarheid",
    "locum": "waarneming bij afwezigheid",
}

# "buiten de praktijktijden van uw huisarts" is about the GP's hours, not the practice's; so are the hours of
# another tenant of the building ("buiten de openingstijden van de apotheek", "outside the pharmacy's opening hours")
_OTHERS_HOURS = re.compile(r"^[^.;]{0,25}\b(?:van|of)\s+(?:uw|je|jouw|de|het|your|the)\s+(?:huisarts|apothe\w*|fysiothera\w*|tandarts\w*|"
                           r"di[eë]tist\w*|bibliothe\w*|gemeente\w*|pharmacy|physio\w*|dentist\w*|library)")
_NO_CAPACITY = re.compile(r"\b(?:geen|niet)\b[^.;]{0,40}\b(?:spoed|crisis|acute|noodgeval)|\b(?:spoed|crisis)\w*[^.;]{0,40}\b(?:niet|geen)\s+(?:mogelijk|bereikbaar|beschikbaar)")
_SERVICE = re.compile(r"\b(?:bereikba\w*|spoedhulp|spoedzorg|crisiszorg|crisisdienst\w*|crisisopvang|acute zorg|24\s*uur|dag en nacht)\b")
_STRONG_TARGETS = {"huisartsenpost", "112", "113", "crisisdienst", "luisterlijn"}
# the out-of-hours GP service answers for the hours outside the practice's: naming it in the advice
# for emergencies covers both (LABELING v2)
_OUT_OF_HOURS_SERVICES = {"huisartsenpost"}
# an emergency word that is no advice on whom to call: confidentiality rules, faster admission,
# a kind of care ("specialistische GGZ als u spoedeisende hulp nodig hebt")
_NOT_ADVICE = re.compile(r"beroepsgeheim|geheimhouding|confidential|legal obligation|wettelijke plicht|meldcode|"
                         r"melden|inform the|informeren|sneller|voorrang|eerder terecht|wachttijd|wachtlijst|"
                         r"specialistische ggz als|klacht|complaint|"
                         # a practitioner's career ("My first job was in a crisis team, where I worked four years", "ik werkte acht jaar bij de crisisdienst")
                         # (a person's past work, not "als dat niet heeft gewerkt, bel dan ...")
                         r"(?<![a-z])(?:(?:ik|i|hij|zij|ze|he|she)\s+(?:\w+\s+){0,3}?(?:werkte|gewerkt|worked|spent\s+\w+\s+years?)|werkte\s+(?:ik|hij|zij|ze)|"
                         r"begon\s+(?:ik|mijn\s+loopbaan|als)|started\s+(?:out|my\s+career))(?![a-z])|"
                         # what a course teaches its participants ("je leert ... doorverwijzen, bij een crisis naar 112")
                         r"(?<![a-z])(?:je leert|leer je|leren deelnemers|deelnemers leren|you learn|you will learn|participants learn)(?![a-z])|"
                         # ... or what a course or talk is about ("een nascholing voor huisartsen over gespreksvoering bij
                         # suïcidaliteit", "a workshop for teachers on recognising a crisis"): its subject, no advice
                         r"(?<![a-z])(?:(?:na|bij)?scholing\w*|cursus\w*|training\w*|workshop\w*|lezing\w*|webinar\w*|courses?|lectures?|talks?)"
                         r"\s+(?:[\w-]+,?\s+){0,12}?(?:over|about|on)\s")
# the advice is the practice's to its own clients, not a general text about crisis care
# (a location page of a practice with several sites gives that site's address, hours and advice: "Locatie Doetinchem")
_CONTACT_PAGE = re.compile(r"contact|bereikba|praktisch|praktijkinfo|praktijkgegevens|spoed|openingstijd|reach|practical|urgent|"
                           r"locatie|vestiging|location")


def _contact_page(page) -> bool:
    """A contact or practical-information page: its advice is the practice's own."""
    return bool(_CONTACT_PAGE.search(f"{page.path_low} {page.title_low}"))


_PRACTICE_WORD = re.compile(r"praktijk|psycholog|therap|ggz|centrum|center|centre|practice|psychiatr|coaching|counsel", re.I)
_OWN_CLIENTS = re.compile(r"(?<![a-z])(?:ik|mij|mijn|wij|we|ons|onze|praktijk|behandelaar|therapeut|psycholoog|our|my|i)(?![a-z])")
_MONTH = r"(?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\.?"
# a closure over a stretch of dates or weeks ("gesloten van 27 juli tot en met 14 augustus", "closed from 3 to 21 August",
# "in week 31 en 32") or on dates of the calendar ("in week 31", "op 5 mei"): a holiday announced, no hours outside which
# the client reaches anyone
_HOLIDAY = re.compile(r"(?<![a-z])(?:kerst\w*|feestdagen|vakantie\w*|zomer\w*|oud en nieuw|jaarwisseling|sluiting|holidays?|christmas|"
                      # the named public holidays ("gesloten op Tweede Pinksterdag", "op Koningsdag", "closed on Easter Monday")
                      r"(?:eerste\s+|tweede\s+)?(?:paas|pinkster)\w*|hemelvaart\w*|koningsdag|bevrijdingsdag|goede\s+vrijdag|"
                      r"easter\w*|whitsun\w*|whit\s+monday|good\s+friday|ascension\s+day|king'?s\s+day|new\s+year'?s\s+day)(?![a-z])"
                      rf"|(?<![a-z])(?:van|vanaf|from|tussen|between)\s+\d{{1,2}}(?:\s+{_MONTH})?\s+(?:tot\s+en\s+met|tot|t/m|tm|until|till|to|through|and|en|-|–)\s+\d{{1,2}}\s+{_MONTH}"
                      r"|(?<![a-z])(?:in\s+)?(?:week|weken|weeks)\s+\d{1,2}\s*(?:en|t/m|tot|and|to|-|–)\s*\d{1,2}(?![0-9])"
                      r"|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
                      r"january|february|march|june|july|august|october|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)(?![a-z])"
                      r"|(?<![a-z])(?:in\s+|vanaf\s+|t/m\s+|tot\s+en\s+met\s+)?(?:week|weken)\s+\d{1,2}(?!\d)")
_REACH = re.compile(r"bereikba|gesloten|\bdicht\b|closed|reachable|available|beschikbaar|\bniet\b|\bgeen\b")
# contact details of another organisation (complaints, professional bodies, insurers, the privacy
# authority, municipal and legal help, a pharmacy on a route page) are not the practice's
# the GP as the one with whom the practice and the client arrange other care ("met u en uw huisarts bespreken we een
# verwijzing", "in overleg met je huisarts zoeken we passende zorg", "ik denk met u en uw huisarts mee over een betere
# plek", "together with you and your GP we look for a specialist service"): a referral, not whom the client calls
_GP_IN_REFERRAL = re.compile(r"(?<![a-z])(?:(?:met|with)\s+(?:u|je|jou|you)\s+(?:en|and)|(?:u|je|jij|you)\s+(?:en|and)|(?:in\s+)?overleg\s+met|"
                             r"samen\s+met|together\s+with|in\s+consultation\s+with)\s+(?:uw|je|jouw|your|de|the)\s+(?:huisarts|gp|general\s+practitioner)"
                             r"(?![a-z])(?=.{0,120}?(?:verwij\w*|doorverwij\w*|refer\w*|zorg|care|behandel\w*|treatment|hulp|help|opties|options"
                             r"|plek|plaats|elders|specialis\w*|place|elsewhere))")
# another service named as the better place for some problems ("bij deze problemen is een crisisdienst beter geschikt",
# "a crisis service is better suited"): whom the practice does not treat, no advice on whom to call in a crisis
_BETTER_SUITED = re.compile(r"(?<![a-z])(?:(?:beter|meer)\s+(?:geschikt|passend|aangewezen|op\s+(?:zijn|haar|hun)\s+plaats|"
                            r"op\s+(?:je|uw|jouw)\s+(?:plek|plaats))|"
                            r"(?:better|more)\s+(?:suited|suitable|appropriate))(?![a-z])")
# a line for the practice's colleagues, not its clients: reachable for a consultation between professionals or on a
# referrers' number ("telefonisch bereikbaar voor collegiaal overleg", "via het verwijzersnummer", "GPs can reach our
# psychologists for a consultation", "voor overleg over een patiënt kunt u tussen 12 en 13 uur bellen")
_FOR_COLLEAGUES = re.compile(r"(?<![a-z])(?:collegia\w*\s+(?:overleg|consult\w*)|consultatie\w*|consultation\w*|verwijzers?(?:nummer|lijn|telefoon)\w*"
                             # ... or to talk over a patient ("voor overleg over een patiënt kunt u ... bellen", "to discuss a patient")
                             r"|overleg\s+over\s+(?:een|uw|de)\s+(?:pati[eë]nt|verwijzing)\w*|(?:discuss|talk\s+about)\s+(?:a|your|the)\s+patient"
                             r"|referrers?\W?\s?(?:line|number)|peer\s+consult\w*"
                             # ... or a phone hour for referrers ("een telefonisch spreekuur voor verwijzers", "a phone hour for GPs")
                             r"|(?:spreekuur|beluur|bereikbaar\w*|phone\s+hour|hotline)\s+(?:\w+\s+){0,2}(?:voor|for)\s+(?:verwijzers|huisartsen|collega'?s|referrers|gps|colleagues))(?![a-z])")
_OTHER_ORG = QuickRegex(r"klacht|complaint|geschil|beroepsvereniging|\bnip\b|\bnvpa\b|\blvvp\b|\bcbkz\b|"
                        r"verzekeraar|klachtenfunctionaris|tuchtcollege|\bkiwa\b|autoriteit persoonsgegevens|"
                        r"ombudsman|veilig thuis|wijkteam|juridisch loket|zorgbelang|apotheek|pharmacy|"
                        r"data protection authority|insurer|"
                        # associations, reporting points, a youth desk, a confidential adviser, advice and info lines of national
                        # organisations, a GP group, peer support (not "stichting": many practices are foundations)
                        r"vereniging|(?<!aan)meldpunt|jeugdloket|vertrouwenspersoon|\bakj\b|infolijn|hulplijn|advieslijn|mantelzorglijn|"
                        r"dementielijn|huisartsengroep|lotgenot\w*|patientenvereniging|helpline|big register|bigregister|big-register|"
                        r"\bcibg\b|ministerie|rijksoverheid|"
                        # the practice's own councils: the client council's or works council's line is the council's
                        r"cli[eë]ntenraad|clientenraad|client council|ondernemingsraad|works council|medezeggenschap\w*")
# the practice calls the client ("bellen wij u", "we bellen je terug", "we will call you")
_WE_CALL_YOU = re.compile(r"(?<![a-z])(?:bel(?:len|t)?\s+(?:wij|we|ik)\s+(?:u|je|jou)|(?:wij|we|ik)\s+(?:\w+\s+){0,2}bel(?:len)?\s+(?:u|je|jou)|"
                          r"(?:we|i)\s+(?:will\s+)?call\s+you|"
                          # ... or contacts the reader ("daarna nemen wij contact met u op", "we will contact you")
                          r"(?:neem|nemen)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?contact\s+(?:met\s+)?(?:u|je|jou)|"
                          r"(?:wij|we|ik)\s+(?:\w+\s+){0,3}?contact\s+(?:met\s+)?(?:u|je|jou)\s+op|(?:we|i)\s+(?:will\s+)?(?:contact|get\s+in\s+touch\s+with)\s+you)(?![a-z])")
# another organisation's line or service that is "dag en nacht bereikbaar" (a national line, a foundation):
# its hours, not the practice's
_ORG_SERVICE = re.compile(r"(?<![a-z])(?:stichting|vereniging|meldpunt|dementielijn|mantelzorglijn|infolijn|hulplijn|"
                          r"advieslijn|korrelatie|alzheimer nederland|mind nederland|foundation|association|helpline)(?![a-z])")
# the GP's own reachability ("de huisarts is overdag bereikbaar via de eigen praktijk en buiten
# kantoortijden via de huisartsenpost"): how a GP is reached, not this practice
_GP_REACHABLE = re.compile(r"(?<![a-z])(?:de|uw|je|jouw|your|the)\s+(?:huisarts|gp)\s+(?:is|zijn|are)\s+(?:\w+\s+){0,4}"
                           r"(?:bereikbaar|te bereiken|available|reachable)")


# "Slachtofferhulp Nederland is bereikbaar via 0900-...", "Labyrinth~In Perspectief is op werkdagen bereikbaar":
# a named organisation (capitalised words, no practice word, not the site's own name) as the subject of its
# reachability: its line, not the practice's
_NAMED_REACHABLE = re.compile(r"^(?P<name>(?:De |Het |The )?[A-Z][\w~&'-]*(?:\s+(?:[A-Z0-9][\w~&'-]*|van|voor|in|de|der|en|of|for|and))*)"
                              r"\s+(?:is|zijn|are|can be)\s+(?:[\w-]+\s+){0,5}?(?:bereikbaar|te bereiken|reachable|reached|available)(?![a-z])")
_NOT_A_NAME = re.compile(r"(?<![a-z])(?:de|het|the|wij|we|ik|i|zij|hij|u|je|jij|dit|deze|ons|onze|our|my|mijn|"
                         r"secretariaat|assistente|receptie|team|behandelaar|behandelaars|therapeut|psycholoog|office|reception)(?![a-z])")


def _named_other_reachable(u: Unit) -> bool:
    """The unit says that a named organisation other than the practice is reachable (its subject is a
    proper name without a practice word, not the site's own name, not "de praktijk" or "het secretariaat")."""
    m = _NAMED_REACHABLE.match(u.text.strip())
    if not m:
        return False
    name = m.group("name")
    words = [w for w in re.findall(r"[\w~&'-]+", name) if not _NOT_A_NAME.fullmatch(w.lower())]
    if not words or _PRACTICE_WORD.search(name) or own_name_spans(name, u.url) or is_given_name(words[0]) \
            or re.match(r"(?:drs|dr|mr|prof|mevr|mevrouw|dhr|meneer|mw|ms|mrs|miss)\b", words[0].lower()):
        return False  # ("Marieke is op maandag bereikbaar": a practitioner)
    return True


# the practice's own number: the phone number follows a call to the practice itself
_OWN_NUMBER = re.compile(r"(?<![a-z])(?:bel\s+(?:ons|mij|de\s+praktijk)|(?:ons|mij|de\s+praktijk)\s+(?:bellen|bereiken)|(?:call|phone|ring|reach)\s+(?:us|me|the\s+practice))"
                         r"(?:\s+(?:op|via|on|at|at\s+number|op\s+nummer|op\s+telefoonnummer))?\s*:?\s*\(?\+?\d")


# national emergency numbers and helplines: anyone's advice in a crisis, not yet how to reach the practice
_HOTLINES = {"112", "113", "luisterlijn"}


def _practice_speaks(page) -> bool:
    """Somewhere in the page's running text the practice speaks or is named (not only by being its contact page)."""
    key = ("bereikbaarheid", "practice_speaks")
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = any(_OWN_CLIENTS.search(u.low) or speaks_as_practice(u) for u in page.units
                                   if u.kind not in ("heading", "title") and not is_nav_line(u))
    return got


def _practice_voice(page) -> bool:
    """Somewhere on the page the practice speaks or is named (wij, ik, de praktijk, uw behandelaar,
    its own name), or the page is its contact page. An article on depression that ends in "bel 113"
    and in which no practice speaks gives the advice anyone gives, as a leaflet does (LABELING v2:
    general articles count only where they say what the provider itself does)."""
    key = ("practice_voice",)
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = _contact_page(page) or _practice_speaks(page)
    return got


_OWN_CARE = re.compile(r"(?<![a-z])(?:afspra\w*|behandeling\w*|behandelaar\w*|sessie\w*|gesprek(?:ken)?|intake|"
                       r"voicemail|e-?mail|mail|cli[eë]nt\w*|therapie|appointments?|sessions?|treatment|therapist|therapy)(?![a-z])")


def _own_care_tie(page) -> bool:
    """Something on the page ties what it says to the reader's own treatment (an appointment, a session,
    the treatment, the practitioner, the practice's voicemail or mail): "In spoedgevallen kunt u mailen;
    de voicemail wordt dagelijks afgeluisterd", "je kunt een crisis overbruggen tot een volgende afspraak"."""
    key = ("bereikbaarheid", "own_care_tie")
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = any(_OWN_CARE.search(u.low) for u in page.units if u.kind not in ("heading", "title"))
    return got


# how the country's care is organised ("In Nederland bel je bij nood 112", "In the Netherlands, outside
# office hours the GP out-of-hours service takes over"): the system, not the practice's advice
_NATIONAL = re.compile(r"(?<![a-z])(?:in nederland|in the netherlands|the dutch (?:system|health\w*)|het nederlandse zorgstelsel)(?![a-z])")


def _national_system(u: Unit) -> bool:
    """A sentence on how the country's care is organised, in which the practice does not speak."""
    low, head = u.low, (u.headings[-1] if u.headings else "")
    if not ("nederland" in low or "netherlands" in low or "dutch" in low
            or "nederland" in head or "netherlands" in head or "dutch" in head):
        return False
    return bool(_NATIONAL.search(u.low) or _NATIONAL.search(head)) and not _OWN_CLIENTS.search(u.low)


def _others_service(u: Unit) -> bool:
    """Out-of-hours words about another organisation's line or service ("Alzheimer Nederland: de
    Dementielijn is dag en nacht bereikbaar") in a sentence in which the practice does not speak."""
    return bool(_ORG_SERVICE.search(u.low) or _named_other_reachable(u)) and not _OWN_CLIENTS.search(u.low) and not speaks_as_practice(u) and not (
        set(terms("reachability", "target").labels_in(u)) & _STRONG_TARGETS)


def _ooh_units(st: SiteText) -> list[Unit]:
    ooh = terms("reachability", "out_of_hours")
    out = []
    for u in st.units:
        if is_cost(u):
            continue
        hits = list(ooh.find(u))
        if hits and all(h.label == "gesloten" for h in hits) and _HOLIDAY.search(u.low):
            continue  # "de praktijk is gesloten van 21 december tot en met 1 januari": a holiday, no hours outside which
        for hit in hits:
            if hit.on == "low" and _OTHERS_HOURS.match(u.low[hit.end:]):
                continue
            if not _others_service(u):
                out.append(u)
            break
    return out


def _skip(st: SiteText, u: Unit, money_ok: bool = False) -> bool:
    """Money passages, legal and vacancy text, blog posts: a blog that says "bel 113" gives general
    advice, not how to reach this practice; nor do the phone number and hours of a complaints
    officer in a complaints procedure (LABELING v2); nor an overview of the apps out there ("er bestaan apps
    met telefoonnummers voor als het slecht gaat": ``about_products``); nor a client's own story of a night at the
    emergency department (``in_client_voice``; by its page or its quotation marks: a menu link "Ervaringen van cliënten"
    taken for a heading does not make the crisis line under it a client's words); nor the site's menu, whose "Spoed" or
    "Crisis?" names a page and whose "Contact" names another (a menu that carries a phone number still gives it)."""
    page = st.page_of(u)
    general = page.memo.get(_GENERAL_PAGE)
    if general is None:  # one look-up per unit for the page kinds below
        general = page.memo[_GENERAL_PAGE] = bool((is_editorial_page(page) and not _own_closure_notice(page)) or is_complaints_page(page)
                                                  or reads_as_article(page) or _not_for_own_clients(page)
                                                  or about_products(page))
    return (general or (is_cost(u) and not money_ok) or not_own_content(st, u) or in_complaint_procedure(page, u)
            or (("huisarts" in u.low or "gp" in u.low) and _GP_REACHABLE.search(u.low) is not None)
            or _national_system(u) or in_client_voice(st, u, by_heading=False) or (is_menu_line(u) and not phone_numbers(u.text))
            or (("phone" in u.low or "telefoon" in u.low or "mobiel" in u.low) and _DEVICE_PHONE.search(u.low) is not None))


# a sentence about what people in general do ("Veel mensen belanden de eerste keer op de spoedeisende hulp", "Many people
# end up in the emergency room"): a description, not advice
_PEOPLE_DESCRIBED = re.compile(r"\W*(?:veel|sommige|de\s+meeste|vrijwel\s+alle|many|some|most)\s+(?:\w+\s+)?"
                               r"(?:mensen|people|cli[eë]nten|clients|pati[eë]nten|patients|ouders|parents|jongeren)(?![a-z])")


# the phone as the reader's device, handled, charged or put away ("don't reach for your phone", "laat de telefoon 's avonds in
# de keuken opladen", "leg je telefoon weg"): no way to reach anyone
_DEVICE_PHONE = re.compile(r"(?<![a-z])(?:(?:reach(?:es|ing)?\s+for|grab\w*|check\w*|pick\w*\s+up|put\w*\s+(?:down|away)|charg\w*|"
                           r"scroll\w*\s+(?:on|through)|look\w*\s+at)\s+(?:your|the|a|his|her|their|my)\s+(?:own\s+)?(?:mobile\s+|smart)?phone|"
                           r"(?:telefoon|mobiel|smartphone)\s+(?:[\w']+\s+){0,6}?(?:opladen|oplaadt|oplaad|weg\s*leggen|weglegt|wegleggen|"
                           r"weg(?![a-z])|afgepakt|afpakken|uitzetten|uitzet|uit\s+zetten|op\s+de\s+slaapkamer|in\s+de\s+keuken))")


_GENERAL_PAGE = ("bereikbaarheid", "general_page")

# the practice tells of its own closing or absence ("de praktijk is gesloten van ... tot ...", "ik ben met vakantie",
# "our practice will be closed", "telefoon en e-mail worden dan niet beantwoord")
_OWN_CLOSURE = re.compile(r"(?<![a-z])(?:(?:de|onze|our|the)\s+praktijk|(?:our|the)\s+practice|wij|we|ik|i)\s+(?:is|zijn|ben|are|am|will\s+be)\s+(?:\w+\s+){0,2}?"
                          r"(?:gesloten|dicht|afwezig|met\s+vakantie|niet\s+bereikbaar|closed|away|on\s+(?:holiday|leave|vacation)|unavailable|not\s+available)(?![a-z])"
                          r"|(?<![a-z])(?:telefoon|e-?mail|mail|berichten|phone|e-?mails|messages)\s+(?:\w+\s+){0,3}(?:niet|not)\s+(?:\w+\s+)?(?:beantwoord|gelezen|answered|read)(?![a-z])")


def _own_closure_notice(page) -> bool:
    """A news item or post in which the practice announces its own closing or absence ("Praktijk gesloten
    tijdens de feestdagen": "de praktijk is gesloten van ... tot ...; heeft u in deze periode spoed, neem dan
    contact op met uw huisarts"): what it tells its clients to do then is its own reachability advice, not a
    general article (LABELING v2: news counts where it states what the provider itself does)."""
    return any(_OWN_CLOSURE.search(u.low) for u in page.units if u.kind not in ("heading", "title"))


def _not_for_own_clients(page) -> bool:
    """A page whose numbers and advice are not the practice's to its own clients even where they
    would make a "voldoet": a list of links or helplines ("Resources": 112, 113, a foundation's line),
    or an answer to a general question ("Wat te doen bij een psychische crisis?") in which the practice
    never speaks, unless it is the contact or practical-information page. (Pages for professionals or
    another audience only lose their "voldoet bijna": the runner's ``off_care_for``.)"""
    if _contact_page(page):
        return False
    return bool(is_links_page(page) or is_unvoiced_explainer(page)
                or (is_general_explainer(page) and not _practice_voice(page)))


def _own_advice(u: Unit, st: SiteText) -> bool:
    """The advice is the practice's to its clients: the practice or its people speak in it, or it speaks
    to the reader on a page where the practice speaks ("Zit je in een crisis? Neem dan contact op met je
    huisarts"), in the unit or in the sentence after a lead-in question that names whom to contact."""
    carrier = _carrier(u, st)
    said = (u,) if carrier is u else (u, carrier)
    if any(_OWN_CLIENTS.search(v.low) for v in said):
        return True
    # (or on a page that gives the practice's own channels: "In spoedgevallen kunt u mailen; de voicemail wordt
    # dagelijks afgeluisterd. Voor dringende gevallen kunt u altijd bij de huisartsenpost terecht")
    return any(READER_WORD.search(v.low) or _TELLS_TO_CALL.search(v.low) or _ADVICE_LINE.match(v.low) for v in said) and (
        _practice_speaks(st.page_of(u)) or _own_channels(st.page_of(u)))


# the reader told to call in the imperative, without "u" / "you" ("In an emergency call 112", "please contact the
# huisartsenpost", "Bel bij spoed de huisartsenpost")
_TELLS_TO_CALL = re.compile(r"(?<![a-z])(?:please\s+(?:call|contact|phone|ring)|(?:call|phone|ring)\s+(?:112|113|the|your)|"
                            r"bel\s+(?:(?:dan|direct|meteen|altijd|bij\s+spoed|in\s+(?:dat\s+geval|noodgevallen))\s+)?(?:112|113|de|het|uw|je))(?![a-z])")


# a short line that pairs the occasion with whom to contact, set as label and value ("Bij spoed buiten kantoortijden:
# huisartsenpost Nijmegen of 112", "In case of emergency: 112"): an instruction without a verb
_ADVICE_LINE = re.compile(r"\W*(?:bij|in|buiten|na|tijdens|voor|outside|after|during|for|in\s+case\s+of)\s[^:.;?!]{2,60}:\s*\S")


def _own_channels(page) -> bool:
    """The page gives the practice's own channels: its voicemail or answering machine, a call-back, a contact form,
    or a phone number that is no helpline's and no other organisation's."""
    key = ("bereikbaarheid", "own_channels")
    got = page.memo.get(key)
    if got is None:
        contact, target = terms("reachability", "contact"), terms("reachability", "target")
        got = page.memo[key] = any(
            "terugbellen" in contact.labels_in(v)
            or (phone_numbers(v.text) and not _OTHER_ORG.search(v.low) and not set(target.labels_in(v)) & _HOTLINES)
            for v in page.units if v.kind not in ("heading", "title"))
    return got


def _carrier(text_unit: Unit, st: SiteText) -> Unit:
    """The unit that names whom to contact: the unit itself, or the next one when the unit is a
    lead-in ("Heeft u buiten openingstijden dringend hulp nodig?" + "Bel dan de huisartsenpost")."""
    tgt = terms("reachability", "target")
    if tgt.search(text_unit):
        return text_unit
    nxt = st.neighbours(text_unit, 0, 1)
    if len(nxt) > 1 and nxt[1].kind != "heading" and tgt.search(nxt[1]) and not _skip(st, nxt[1]):
        return nxt[1]
    return text_unit


# the practice saying what it is not ("Praktijk Kompasroos is geen crisisdienst", "we are not a crisis service")
# names no one to contact
_IS_NOT_A = re.compile(r"(?<![a-z])(?:(?:is|zijn|ben)\s+(?:nadrukkelijk\s+|uitdrukkelijk\s+)?geen|(?:is|are|am)\s+not\s+(?:an?\s+)?|"
                       r"(?:isn't|aren't)\s+(?:an?\s+)?)\s*$")


def _target_labels(u: Unit) -> set[str]:
    """The contact targets named in ``u``, less those the practice says it is not."""
    return {h.label for h in terms("reachability", "target").find(u)
            if not _IS_NOT_A.search(getattr(u, h.on)[max(0, h.start - 40):h.start].lower())}


def _targets(text_unit: Unit, st: SiteText) -> set[str]:
    """Contact targets in the unit, or in the next unit when the unit itself is a lead-in."""
    return _target_labels(_carrier(text_unit, st))


def _exclusion_context(u: Unit, st: SiteText) -> bool:
    """An emergency word in a statement of whom the practice does not treat ("niet geschikt bij
    hoog risico op suïcide", under "Wanneer niet?", an item of a list opened by "Our practice is not
    the right place if:"): a client criterion, not reachability advice."""
    if _SERVICE.search(u.low):
        return False  # "wij bieden geen spoedhulp", "niet bereikbaar bij crisis": about reachability
    if terms("reachability", "out_of_hours").search(u):
        # "voor spoedeisende zaken buiten deze tijden verwijs ik u naar uw huisarts": a statement about the hours is
        # about reachability, not about whom the practice treats
        return False
    cue = terms("complaints", "exclusion_cue")
    if cue.search(u):
        return True
    if any(terms("complaints", "exclusion_heading").search_text(h) for h in u.headings[-1:]):
        return True
    lead = list_lead(st, u, reach=12)  # a sentence of the same section ending in ":" opens the list
    if (lead is not None and lead.kind == "sentence" and lead.headings == u.headings and lead.text.rstrip().endswith(":")
            and cue.search(lead) and not _SERVICE.search(lead.low)):
        return True
    hit = next((h for h in terms("reachability", "emergency").find(u) if h.on == "low"), None)
    return hit is not None and negated(u.low, hit.start, hit.end) and not _NO_CAPACITY.search(u.low)


# an absence or a way to reach someone, beside a deputy ("Tijdens mijn vakantie neemt ... waar", "bij afwezigheid kunt u
# contact opnemen met mijn waarnemer")
_ABSENCE_OR_CONTACT = re.compile(r"(?<![a-z])(?:afwezig\w*|vakantie\w*|ziekte|ziek|verlof|holiday\w*|absen\w*|away|"
                                 r"contact\w*|bel\w*|bereik\w*|mail\w*|terecht|wend\w*|call\w*|reach\w*|vervang\w*|locum|collega\w*|"
                                 # (for whom: "neemt voor mij waar", "nemen voor elkaar waar"; not "waarnemen" alone, which is
                                 # also to perceive: "met aandacht waarnemen wat er in het moment gebeurt")
                                 r"voor\s+(?:mij|me|elkaar|ons|haar|hem))(?![a-z])")


@register
class Bereikbaarheid(Check):
    topic = "bereikbaarheid"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-6"
    message_keys = ("voldoet", "only_one", "only_contact", "missing")

    @staticmethod
    def off_care_kind(page) -> bool:
        """Pages on which a phone number or a word about crisis is no reachability advice for the
        runner's weighing (a "voldoet bijna" from them is a passing mention): a page mostly about money
        (not every page titled "Kosten": "Kosten en afspraken" may hold the crisis advice), one about questionnaires and client surveys, or one about the organisations
        the practice works with, unless it is the contact or practical-information page."""
        return (is_measurement_page(page) or page_titled(page, ("context", "partners_page"))
                or page_titled(page, ("context", "appointment_rules"))) and not _contact_page(page)

    @staticmethod
    def own_care_kind(page) -> bool:
        """A news item in which the practice announces its own closing or absence: what it tells its clients to do
        then is its own reachability, not a passing mention on an off-care page (``_own_closure_notice``)."""
        return is_editorial_page(page) and _own_closure_notice(page)

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        emergency = terms("reachability", "emergency")
        action = terms("reachability", "action")

        ooh_units = [u for u in _ooh_units(st) if not _skip(st, u) and not _exclusion_context(u, st)]
        ooh_with_target = [(u, _targets(u, st)) for u in ooh_units]
        ooh_instructed = [u for u, t in ooh_with_target if t or action.search(u) or phone_numbers(u.text)]
        # an evening or weekend appointment is no reachability; a statement that the practice is
        # closed or not reachable then is
        # ("gesloten tijdens de feestdagen" announces dates, it tells no client what to do)
        ooh_units = [u for u in ooh_units if u in ooh_instructed or (_REACH.search(u.low) and not _HOLIDAY.search(u.low))]

        emerg_units: list[tuple[Unit, set[str]]] = []
        for u in st.units:
            if u.kind in ("heading", "title") or _skip(st, u):
                continue
            in_unit = emergency.search(u)
            under_heading = any(emergency.search_text(h) for h in u.headings[-1:])
            if not (in_unit or under_heading):
                continue
            excluded = _exclusion_context(u, st)
            # in a statement of whom the practice does not treat, only a contact named in the statement itself
            # counts ("niet geschikt bij acute crisis; bel dan de huisartsenpost"), not one in the next sentence
            # ("... who are in acute crisis." + "Daniel will discuss with you and your GP which service suits")
            tgts = _target_labels(u) if excluded else _targets(u, st)
            # the client is told to contact someone: an instruction or a phone number
            told = bool(action.search(u) or phone_numbers(u.text))
            if tgts <= {"huisarts"} and not told and _GP_IN_REFERRAL.search(u.low):
                continue  # the GP arranges other care with the practice and the client: no one to call in a crisis
            if not told and _BETTER_SUITED.search(u.low):
                continue  # "een instelling of een crisisdienst is dan beter geschikt": a referral, no one to call
            if not told and page_titled(st.page_of(u), ("context", "route_page")):
                continue  # "Route en parkeren": "fietsen kunnen bij de ingang van de spoedeisende hulp staan" is a landmark
            # ... and only where the statement tells the client to contact it, not where it names the GP as the one
            # the practice looks for other care with
            if excluded and not (tgts and told):
                continue
            if _NOT_ADVICE.search(u.low):
                continue
            if not told and _PEOPLE_DESCRIBED.match(u.low) and not READER_WORD.search(u.low):
                continue  # "Many people go to the emergency room at their first attack": what people do, no one told whom to call
            # an emergency word counts as reachability advice only with whom/how to contact
            # ("bel 112", "neem contact op met de huisarts"), or when the practice says it has none
            if tgts or told or _NO_CAPACITY.search(u.low):
                emerg_units.append((u, tgts))
        # "Denk je aan zelfmoord? 113 is dag en nacht te bellen": helplines in a text in which no
        # practice speaks are anyone's advice, and their hours are the helpline's
        named = set().union(*(t for _, t in emerg_units), *(t for _, t in ooh_with_target))
        advice_pages = {id(p): p for p in (st.page_of(u) for u in [*(u for u, _ in emerg_units), *ooh_units])}.values()
        # ... and so is a text on what anyone does in a crisis ("Overdag bel je de huisarts, 's avonds de
        # huisartsenpost") in which no practice speaks and nothing ties the advice to the reader's own
        # treatment (an appointment, a session, the practitioner, the practice's voicemail)
        if named and not any(_practice_voice(p) or _own_care_tie(p) for p in advice_pages) and (
                named <= _HOTLINES or named & _STRONG_TARGETS):
            emerg_units = []
            ooh_units = [u for u in ooh_units if not _targets(u, st)]
            ooh_instructed = [u for u in ooh_instructed if not _targets(u, st)]
            ooh_with_target = [(u, t) for u, t in ooh_with_target if not t]
        emerg_with_target = [(u, t) for u, t in emerg_units if t]

        targets = set().union(*(t for _, t in emerg_with_target), *(t for _, t in ooh_with_target)) if (emerg_with_target or ooh_with_target) else set()
        found_targets = ", ".join(sorted(targets, key=lambda x: (x[0].isdigit(), x)))

        if not ooh_instructed:
            ooh_instructed = [u for u, t in emerg_with_target if t & _OUT_OF_HOURS_SERVICES and _own_advice(u, st)]
            ooh_units = ooh_units or ooh_instructed
        # the advice is the practice's own to its clients ("bij ons", "uw behandelaar", its phone
        # number), not a general text about crisis care of the kind every GGZ site carries
        own_advice = any(_own_advice(u, st) or phone_numbers(u.text) or _contact_page(st.page_of(u))
                         for u in [*ooh_instructed, *(u for u, _ in emerg_with_target)])
        if ooh_instructed and emerg_with_target and own_advice:
            strong = bool(targets & _STRONG_TARGETS)
            # quote the passages that name whom to contact, not only their lead-ins
            ooh_ev = next((u for u in ooh_instructed if terms("reachability", "target").search(u)), ooh_instructed[0])
            emerg_ev = next((u for u, t in emerg_with_target if t & _STRONG_TARGETS), emerg_with_target[0][0])
            ev = [ooh_ev, _carrier(ooh_ev, st), _carrier(emerg_ev, st)]
            conf = 0.85 if strong else 0.7
            found = f"{UI_STRINGS['ooh']} en {UI_STRINGS['emergency']} ({found_targets})"
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=not strong,
                                details={"targets": sorted(targets), "out_of_hours": True, "emergency": True},
                                found=found)

        if ooh_units or emerg_units:
            has_ooh = bool(ooh_units)
            found = UI_STRINGS["ooh"] if has_ooh else UI_STRINGS["emergency"]
            if found_targets:
                found += f" ({found_targets})"
            missing = UI_STRINGS["emergency"] if has_ooh else UI_STRINGS["ooh"]
            missing_action = UI_STRINGS["emergency_action"] if has_ooh else UI_STRINGS["ooh_action"]
            ev_units = ooh_units[:2] if has_ooh else [u for u, _ in (emerg_with_target or emerg_units)][:2]
            if has_ooh and emerg_units:  # both, but one of them without whom to contact
                missing = f"wie een cliënt {UI_STRINGS['ooh'] if not ooh_instructed else UI_STRINGS['emergency']} kan bereiken"
                ev_units = ooh_units[:1] + [emerg_units[0][0]]
            conf = 0.7 if emerg_with_target or ooh_instructed else 0.6
            return self.finding(ctx, "voldoet_bijna", "only_one", confidence=conf, evidence=evidence(ev_units),
                                needs_review=bool(ooh_units and emerg_units),
                                details={"targets": sorted(targets), "out_of_hours": has_ooh, "emergency": bool(emerg_units)},
                                found=found, missing=missing, missing_action=missing_action)

        contact_units, kinds = self._contact(st)
        if kinds == [UI_STRINGS["email"]] and not any(_contact_page(st.page_of(u)) for u in contact_units):
            contact_units = []  # "met vragen kun je ook mailen naar ...": an address for questions, no reachability
        if contact_units:
            return self.finding(ctx, "voldoet_bijna", "only_contact", confidence=0.75,
                                evidence=evidence(contact_units),
                                details={"contact": kinds}, found=join_dutch(kinds))
        return self.finding(ctx, "voldoet_niet", "missing", confidence=0.7,
                            details={}, needs_review=False)

    @staticmethod
    def _contact(st: SiteText) -> tuple[list[Unit], list[str]]:
        contact = terms("reachability", "contact")
        units: list[Unit] = []
        kinds: list[str] = []
        for u in st.units:
            # the number the practice gives as its own ("bel ons op 010 ...", "call us on ..."), also in a sentence
            # on money or one that names the insurer first ("neem contact op met uw zorgverzekeraar of bel ons op ...")
            own_number = bool(_OWN_NUMBER.search(u.low)) and bool(phone_numbers(u.text))
            if (_skip(st, u, money_ok=own_number) or (_OTHER_ORG.search(u.low) and not own_number) or _named_other_reachable(u)
                    or _FOR_COLLEAGUES.search(u.low)):
                continue
            phones = phone_numbers(u.text)
            if not phones and _WE_CALL_YOU.search(u.low):
                continue  # "wij bellen u dan voor een afspraak", "we will call you": the practice calls, no way to reach it
            if phones:
                prev = st.neighbours(u, 1, 0)
                if len(prev) > 1 and prev[0].block == u.block and _OTHER_ORG.search(prev[0].low):
                    continue  # "Ypsilon, vereniging voor naasten." + "Telefonisch advies via 088 ...": the association's number
            if set(terms("reachability", "target").labels_in(u)) & _HOTLINES:
                continue  # "bel 113 (0800-0113)": the helpline's number, not the practice's
            got = []
            if phones:
                got.append(UI_STRINGS["phone"])
            if "@" in u.text and has_email(u.text):
                got.append(UI_STRINGS["email"])
            labels = set(contact.labels_in(u))
            # under a heading "Openingstijden" / "Telefonisch spreekuur" a line of days and times says it
            under_contact_heading = bool(u.headings) and contact.search_text(u.headings[-1])
            if (labels & {"openingstijden", "telefoon", "bellen"} or under_contact_heading) and terms("reachability", "when").search(u):
                got.append(UI_STRINGS["hours"])  # "van maandag tot donderdag van 16:00 tot 17:30 telefonisch"
            if "waarneming" in labels and (phones or _ABSENCE_OR_CONTACT.search(u.low)):
                # (the deputy of an absence, or whom to contact: not "accounts for deputising GPs" on a portal page)
                got.append(UI_STRINGS["locum"])
            if got:
                units.append(u)
                kinds.extend(k for k in got if k not in kinds)
        return units[:3], kinds
