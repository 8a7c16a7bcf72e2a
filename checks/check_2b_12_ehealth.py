"""2b-12 Aanbod en wijze van toepassing eHealth-interventies.

Voldoet when the site names its eHealth offer concretely (a platform such as Therapieland,
Minddistrict, Karify, NiceDay, Gezondeboel, or online modules / a client portal with exercises)
AND says how it is used in the treatment (between sessions, next to the face-to-face sessions,
blended, before or after the treatment, with feedback of the practitioner). eHealth mentioned
without what or how (or only "sessies kunnen ook online") is voldoet_bijna. Mentions in privacy
statements or terms, and sentences about money, are not an eHealth offer; on a tariff page or under
a cost heading (or on a page that is mostly about money) eHealth named in a sentence of its own is a
mention only ("Praktijk X werkt met internettherapie" among the tariffs), never voldoet. Nor are a portal, app or platform named only
to communicate, log in, make appointments or video call (LABELING v2), a survey, a research finding
or a general statement about apps in which the practice does not speak.
"""
from __future__ import annotations

import re

from checks.base import Check, CheckContext
from checks.registry import register
from checks.text import site_text, terms
from checks.text.context import (READER_WORD, owns_poh, own_name_spans, some_sentence, addresses_others, is_menu_line, editorial_about, evidence, in_cost_section, in_legal_section, is_cost, is_mostly_money, is_cost_page, is_editorial_page, join_dutch,
                                 about_products, is_for_professionals, is_line_heading, is_links_page, is_measurement_page, states_what_exists, is_unvoiced_explainer, not_own_content, page_titled, practice_silent,
                                 reads_as_article, is_page_furniture,
                                 speaks_as_practice)
from checks.text.units import SiteText, Unit
from models.finding import Finding
from models.snapshot import SiteSnapshot

UI_STRINGS = {
    "what": "welk eHealth-aanbod (platform, modules of app) wordt gebruikt",
    "how": "hoe het in de behandeling wordt ingezet",
    "what_and_how": "welk aanbod het is en hoe het in de behandeling wordt ingezet",
    "own": "welk eHealth-aanbod de praktijk zelf gebruikt en hoe zij het in de behandeling inzet",
    "usage": {
        "tussen sessies": "tussen de sessies",
        "naast de gesprekken": "naast de gesprekken (blended)",
        "na de behandeling": "na de behandeling",
        "voor de behandeling": "voor of tijdens de wachttijd",
        "behandelaar": "met terugkoppeling van de behandelaar",
        "oefeningen": "met oefeningen en opdrachten die de cliënt zelf doet",
    },
}
_CONCRETE = {"online module", "portaal"}
# a tool named as the practice's by its own name ("de online ouderomgeving van Stroomop", "het platform van Praktijk X")
_TOOL_OF = re.compile(r"(?:omgeving|platform|app|portaal|portal|module|modules|programma|programme|program)\w*\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?$", re.I)


def _tool_of_own_name(u: Unit, pg) -> bool:
    """The eHealth tool of the practice, named by the practice's own name (``_TOOL_OF`` right before it)."""
    return (" van " in u.text or " of " in u.text) and any(
        _TOOL_OF.search(u.text[max(0, a - 40):a]) for a, _ in own_name_spans(u.text, u.url, pg))


# a tool named by its own name after its kind ("de app Stappenteller", "het platform Mindkey", "the app Calmly")
_NAMED_TOOL = re.compile(r"(?<![\w])(?:de|het|onze|ons|the|our)\s+(?:app|platform|programma|portaal|portal|module|website)\s+[A-Z][\w-]+")
_POH = re.compile(r"(?<![a-z])(?:poh|praktijkondersteuner\w*)(?![a-z])")
# "er hoeft geen app te worden geinstalleerd", "zonder app", "no app needed": an app the client does not use
_NEGATED_BEFORE = re.compile(r"(?<![a-z])(?:geen|zonder|no|without|hoeft\s+niet|"
                             # ... or the verb of use denied ("we do not use online programmes", "wij werken niet met apps")
                             r"(?:do|does|did)\s*(?:not|n't)\s+(?:use|offer|provide|work\s+with)|(?:werken|werk|werkt)\s+(?:\w+\s+){0,2}?niet\s+met)"
                             r"\s+(?:[\w'’-]+\s+){0,3}$")
# ... or denied after it, the thing first ("Een eigen app hebben we niet", "Online modules bieden wij (nog) niet aan", "an app
# we do not have")
_NEGATED_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:hebben|heb|bieden|bied|gebruiken|gebruik|is|zijn)\s+(?:wij|we|ik|er)\s+"
                            r"(?:\w+\s+){0,3}?(?:niet|geen)(?![a-z])|\s*(?:[\w-]+\s+){0,2}?(?:we|i)\s+(?:do|did)\s*(?:not|n't)\s+(?:have|offer|use)(?![a-z])")
_DENIAL_WORD = re.compile(r"(?<![a-z])(?:geen|zonder|no|without|not|n't|niet)(?![a-z])")


def _negated_generics(unit: Unit, gens: list[str]) -> bool:
    """Every generic eHealth word of the unit is said not to be used ("er hoeft geen app te worden geinstalleerd": the
    questionnaire opens in the browser; "Ik bied geen online programma's aan")."""
    if not gens or not _DENIAL_WORD.search(unit.low):
        return False
    hits = [h for g in ("generic", "weak") for h in terms("ehealth", g).find(unit) if h.on in ("low", "text")]
    hits = [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
                                       for o in hits)]  # ("modules" inside "online modules" is that one mention)
    # (a whole-word term, "=app", is found in the text as written: its offsets are the text's)
    return bool(hits) and all(_NEGATED_BEFORE.search(src[max(0, h.start - 30):h.start]) or _NEGATED_AFTER.match(src, h.end)
                              for h in hits for src in [unit.low if h.on == "low" else unit.text.lower()])


def _section_denies(st: SiteText, heading: Unit, strong_page: bool) -> bool:
    """The sentences under a heading that names eHealth say it is not used ("# A note on apps" over "We prefer to work
    face to face, so we do not use apps"), and none of them names it otherwise."""
    platform, generic, weak = terms("ehealth", "platform"), terms("ehealth", "generic"), terms("ehealth", "weak")
    denied = False
    for v in _scope(st, heading)[1:]:
        gens = generic.labels_in(v) + (weak.labels_in(v) if strong_page else [])
        if platform.search(v):
            return False
        if gens:
            if not _negated_generics(v, gens):
                return False
            denied = True
    return denied


# the practice's staff learning online ("de e-learning is door bijna alle medewerkers gevolgd", "staff completed the online
# course"), with no client in the sentence
_STAFF = re.compile(r"(?<![a-z])(?:medewerkers|personeel|collega'?s|staff|employees|zorgprofessionals|teamleden|team\s+members)(?![a-z])")
_LEARNING = re.compile(r"e-?learning|scholing|nascholing|training|cursus|geschoold|getraind|afgerond|gevolgd|completed|trained|course")
_CLIENT_SIDE = re.compile(r"(?<![a-z])(?:cli[eë]nt\w*|client\w*|pati[eë]nt\w*|u|je|jij|uw|jouw|you|your)(?![a-z])")

# a question that invites the reader's own questions about something ("Heb je vragen over online behandelen?", "Vragen over
# de app?", "Do you have any questions about our online programme?")
_INVITES_QUESTIONS = re.compile(r"^\W*(?:(?:heb|hebt|heeft)\s+(?:je|jij|u)\s+(?:nog\s+)?|do\s+you\s+have\s+(?:any\s+)?|any\s+)?"
                                r"(?:vragen|vraag|questions?)\s+(?:over|about|on)\b[^.!]*\?\s*$")


def _scope(st: SiteText, unit: Unit) -> list[Unit]:
    """The mention and the next sentences about it: of its own section, or, for a heading, the
    first sentences under it."""
    after = st.neighbours(unit, 0, 5)[1:]
    if unit.kind in ("heading", "title"):
        under = []
        for v in after:
            if v.kind in ("heading", "title"):
                if under:
                    break
                continue  # the page title, then its first heading: the sentences under that
            under.append(v)
        return [unit] + under[:4]
    out = [unit]
    for i, v in enumerate(after):
        if v.kind in ("heading", "title") or v.headings != unit.headings or is_line_heading(st, v) or _INVITES_QUESTIONS.match(v.low):
            break  # (a short question or colon line of its own heads the next part: "Meer nodig?" + "... bespreken we"; so
            # does an invitation to ask, "Vragen over de modules?" + "Bespreek ze met je behandelaar": the questions are discussed)
        nxt = after[i + 1] if i + 1 < len(after) else None
        if _step_title(v, nxt) and not unit.low.rstrip().endswith(":") and not _tool_at_work(nxt):
            break  # "- Evaluatie" + "Halverwege bespreken we ...": the next step of a route set as items with text between
            # (a step whose text goes on with the tool's work stays: "- Aan de slag" + "Elke week doe je een nieuwe les.")
        out.append(v)
    return out[:5]


def _tool_at_work(v: Unit | None) -> bool:
    """The sentence names eHealth or what a client does in it (lessons, exercises, assignments, a diary)."""
    return v is not None and bool(terms("ehealth", "generic").search(v) or terms("ehealth", "activity").search(v)
                                  or _LESSONS.search(v.low))


_LESSONS = re.compile(r"(?<![a-z])(?:les|lessen|lesson|lessons)(?![a-z])")


def _step_title(v: Unit, nxt: Unit | None) -> bool:
    """A short list item without closing punctuation followed by a sentence of its own: the title of a step or part
    whose text follows it, not an item of a list the mention leads ("Modules:" + "- Piekeren" + "- Slapen")."""
    return (v.kind == "list_item" and len(v.text.split()) <= 4 and not v.text.rstrip().endswith((".", "!", "?", ";", ":"))
            and nxt is not None and nxt.kind == "sentence")


# the care or self-help in or after an app or portal mention ("een app met oefeningen", "het portaal met je behandelmodules")
_CARE_WORDS = re.compile(r"(?<![a-z])(?:behandel\w*|therapie\w*|therapy|therapies|treatment\w*|zelfhulp\w*|self-help|"
                         r"module\w*|programma\w*|programmes?|programs?|psycho-?educatie|psychoeducation|klachten|complaints|"
                         r"symptoms?|herstel\w*|recovery|ontspanning\w*|relaxation|mindfulness|slaap\w*|sleep)(?![a-z])")


def _care_in_or_over(u: Unit, scope: list[Unit], usage) -> bool:
    """Care words in the mention or the sentences after it (``_CARE_WORDS``), or the care or its place in the heading over
    it ("# Tussendoor", "# Behandeling")."""
    return any(_CARE_WORDS.search(v.low) for v in scope) or bool(
        u.headings and (usage.search_text(u.headings[-1]) or _CARE_WORDS.search(u.headings[-1].lower())))


# a page that says the tools it names are not the practice's ("niet van onze praktijk", "van andere aanbieders", "geen
# onderdeel van de behandeling", "not part of any treatment at our practice", "no relationship with the makers", "these
# links lead to third-party websites; we are not responsible for their content")
_NOT_OURS = re.compile(r"(?<![a-z])(?:niet\s+van\s+(?:ons|onze\s+praktijk|de\s+praktijk|mij)|van\s+andere\s+aanbieders|"
                       r"geen\s+onderdeel\s+(?:uit\s+)?van\s+(?:de|onze|een|uw|je)\s+behandeling|maken\s+geen\s+deel\s+uit\s+van\s+(?:de|onze|uw|je)\s+behandeling|"
                       r"not\s+part\s+of\s+(?:any|our|the|your)\s+(?:\w+\s+)?(?:treatment|therapy|care)|not\s+(?:ours|our\s+own|from\s+us|made\s+by\s+us)|"
                       r"no\s+(?:commercial\s+)?(?:relationship|affiliation|ties)\s+with|geen\s+(?:commerci\w+\s+)?(?:relatie|band|banden)\s+met|"
                       # ... or that they are other parties' sites, for whose content the practice answers not
                       r"(?:websites?|sites?|apps?)\s+van\s+derden|third[\s-]part(?:y|ies)(?:'s?)?\s+(?:websites?|sites?|apps?)|"
                       r"niet\s+verantwoordelijk\s+voor\s+(?:de|hun|het)\s+inhoud|not\s+responsible\s+for\s+(?:their|the|its)\s+content)(?![a-z])")


def _disowned(page) -> bool:
    return some_sentence(page, _NOT_OURS)


def _contact_words(unit: Unit) -> bool:
    return terms("ehealth", "admin").search(unit) or terms("ehealth", "contact").search(unit)


def _only_contact(plats: list[str], gens: list[str], unit: Unit) -> bool:
    """A portal, app or platform that the unit names only as a way to communicate, log in, make
    appointments or fill in questionnaires ("wij communiceren met u via Karify", "log in op het
    cliëntportaal", "plan je afspraken in via de app"): contact, no eHealth intervention (LABELING v2)."""
    contact = _contact_words(unit)
    if plats:
        return set(gens) <= {"portaal", "app"} and (contact or terms("ehealth", "channel").search(unit))
    if set(gens) == {"portaal"} and (terms("ehealth", "channel").search(unit) or terms("ehealth", "access").search(unit)):
        return True
    return set(gens) <= {"portaal", "app"} and contact


def _portal_for_contact(platform, generic, unit: Unit) -> bool:
    """The unit names no platform and no eHealth word but a portal or app, and names it for appointments or messages only
    ("In het cliëntportaal zet u zelf uw afspraken om"); an account for an online environment may hold modules."""
    gens = generic.labels_in(unit)
    return bool(gens) and set(gens) <= {"portaal", "app"} and not platform.search(unit) and bool(_APPOINTMENTS.search(unit.low))


_APPOINTMENTS = re.compile(r"(?<![a-z])(?:afspra\w*|appointments?|berichten|bericht|messages?|e-?mails?|mailen|factu\w*|invoices?|agenda)(?![a-z])")


def _channels_only(units: list[Unit], platform, generic) -> bool:
    """The units name only ways to talk, write or fill in lists (video calls, e-mail, online questionnaires, a portal for
    them), and no platform, module, app or programme of the practice's own (LABELING v2: no eHealth)."""
    if not units or any(platform.search(v) or (set(generic.labels_in(v)) - {"eHealth"} and not _only_contact([], generic.labels_in(v), v))
                        for v in units):
        return False  # (a secure environment named for mail is a channel too)
    return any(_contact_words(v) or terms("ehealth", "channel").search(v) or terms("ehealth", "measurement").search(v) for v in units)


def _answered_with_channels_only(st: SiteText, u: Unit, platform, generic) -> bool:
    """A question that names eHealth ("Werkt u met eHealth?", "Do you offer eHealth?") answered in the next sentences
    with video calls, e-mail or online questionnaires only (``_channels_only``)."""
    if not u.low.rstrip().endswith("?"):
        return False
    answer = []
    for v in st.neighbours(u, 0, 4)[1:]:
        if v.kind in ("heading", "title") or v.low.rstrip().endswith("?"):
            break
        answer.append(v)
    return _channels_only(answer, platform, generic)


def _heads_channels_only(st: SiteText, u: Unit, platform, generic) -> bool:
    """A heading or title that names eHealth ("eHealth bij Praktijk X") over a page whose text names only video calls, e-mail,
    online questionnaires or an appointments portal (``_channels_only``)."""
    if u.kind not in ("heading", "title"):
        return False
    return _channels_only([v for v in st.pages[u.page].units if v.kind not in ("heading", "title")], platform, generic)


# the reader's intake or treatment plan ("In het intakegesprek bespreek je ...", "maken jullie een behandelplan")
_ROUTE_WORD = re.compile(r"(?<![a-z])(?:intake\w*|behandelplan\w*|treatment\s+plan)")


def _named_for_tool(page, platform, generic) -> bool:
    """The page's title or first heading names an eHealth tool or eHealth ("Online programma's via Stapwijs", "Onze app"):
    every section of it is about that tool. (Kept per page.)"""
    key = ("ehealth", "named_for_tool")
    got = page.memo.get(key)
    if got is None:
        heads = [page.title_low, page.first_heading]
        got = page.memo[key] = any(h and (platform.search_text(h) or generic.search_text(h)) for h in heads)
    return got


def _tells_readers_care(page) -> bool:
    """The practice speaks on the page (not ``practice_silent``) and tells the reader's own treatment in some sentence
    (``readers_care``: "je behandelplan", "uw behandelaar", "your therapist"; or the reader's intake or plan, ``_ROUTE_WORD``). (Kept per page.)"""
    key = ("ehealth", "tells_readers_care")
    got = page.memo.get(key)
    if got is None:
        readers_care = terms("ehealth", "readers_care")
        got = page.memo[key] = not practice_silent(page) and any(
            readers_care.search(v) or (_ROUTE_WORD.search(v.low) and READER_WORD.search(v.low))
            for v in page.units if v.kind not in ("heading", "title"))
    return got


def _announces_own_offer(page) -> bool:
    """An editorial page in which the practice announces an offer to its own clients (``own_offer``)
    and speaks of the reader's own treatment with it (``readers_care``: "je behandelaar", "uw behandelplan")."""
    key = ("ehealth", "announces_own_offer")
    got = page.memo.get(key)
    if got is None:
        offer, readers_care = terms("ehealth", "own_offer"), terms("ehealth", "readers_care")
        units = [u for u in page.units if u.kind not in ("heading", "title")]
        got = page.memo[key] = (any(offer.search(u) for u in units) and any(readers_care.search(u) for u in units))
    return got


# the practice says it works with a tool by its name ("Daarom werken wij met Tussenstap", "we use Mindwise"); a sentence on
# the same page that describes that name as eHealth ("Tussenstap is een online programma ...") describes the practice's own tool
_WORKS_WITH_NAME = re.compile(r"\b(?:werken|werkt|werk|gebruiken|gebruikt|gebruik|bieden|biedt)\s+(?:wij|we|ik)\s+(?:\w+\s+){0,2}?(?:met\s+)?"
                              r"(?:de\s+app\s+|het\s+platform\s+)?(?P<a>[A-Z][\w-]{2,})|"
                              r"\b(?:wij|we|ik)\s+(?:werken|werk|gebruiken|gebruik|bieden)\s+(?:\w+\s+){0,2}?(?:met\s+)?(?:de\s+app\s+|het\s+platform\s+)?"
                              r"(?P<b>[A-Z][\w-]{2,})|\b(?:we|i)\s+(?:use|work\s+with|offer)\s+(?P<c>[A-Z][\w-]{2,})")


def _own_tool_names(page) -> set[str]:
    key = ("ehealth", "own_tool_names")
    got = page.memo.get(key)
    if got is None:
        got = page.memo[key] = {m.group(m.lastgroup) for u in page.units if u.kind not in ("heading", "title")
                                for m in _WORKS_WITH_NAME.finditer(u.text)}
    return got


def _names_own_tool(page, u: Unit) -> bool:
    """The unit names a tool by the name with which the practice said it works (``_WORKS_WITH_NAME``)."""
    names = _own_tool_names(page)
    return bool(names) and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", u.text) for n in names)


# eHealth as another name for online sessions ("Online diagnose en behandeling / E-health", "online therapie (eHealth)",
# "eHealth, oftewel online behandelen")
_SESSIONS_ALIAS = re.compile(r"online\s+(?:\w+\s+){0,3}?(?:behandel\w*|therapie|hulp|zorg|consult\w*|treatment|therapy|sessions?|sessies?)"
                             r"\s*(?:/|\(|,?\s+(?:oftewel|ofwel|ook\s+wel|of|or|also\s+called|i\.e\.)\s+)\s*e-?\s?health(?![a-z])|"
                             r"(?<![a-z])e-?\s?health\s*(?:/|\(|,?\s+(?:oftewel|ofwel|ook\s+wel|of|or|also\s+called|i\.e\.)\s+)\s*"
                             r"(?:\w+\s+)?online\s+(?:\w+\s+){0,3}?(?:behandel\w*|therapie|hulp|zorg|consult\w*|treatment|therapy|sessions?|sessies?)")
# the sessions held through a screen ("via een beeldscherm", "through a screen", "webcam", "beeldbellen")
_THROUGH_SCREEN = re.compile(r"(?<![a-z])(?:webcam\w*|(?:via|through|over|op)\s+(?:a|the|een|het|je|uw|your)\s+(?:beeld)?(?:scherm|screen)|"
                             r"beeldbel\w*|videobel\w*|video\s*(?:call\w*|bellen|consult\w*|sessions?|verbinding))(?![a-z])")


def _sessions_called_ehealth(st: SiteText, platform, generic) -> set[int]:
    """The units (ids) that use "eHealth" as another name for online sessions (``_SESSIONS_ALIAS``), on a page whose online
    care is told as sessions through a screen (``_THROUGH_SCREEN``) and that names no platform, module, app or portal
    elsewhere: video calls, not eHealth (LABELING v2)."""
    out: set[int] = set()
    for page in st.pages:
        alias = [u for u in page.units if "health" in u.low and _SESSIONS_ALIAS.search(u.low) and set(generic.labels_in(u)) == {"eHealth"}
                 and not platform.search(u)]
        if not alias or not any(_THROUGH_SCREEN.search(u.low) for u in page.units):
            continue
        ids = {id(u) for u in alias}
        if any(id(u) not in ids and (platform.search(u) or generic.search(u)) and not is_menu_line(u) for u in page.units):
            continue
        out |= ids
    return out


# a sentence that speaks of money in words the cost vocabulary leaves to other contexts ("... en kost u niets extra",
# "tegen hetzelfde tarief"), or that points back to the sentence about money before it ("Dat geldt ook voor behandeling
# via internet")
_MONEY_WORD = re.compile(r"(?<![a-z])(?:kost|kosten|kostte|betaal\w*|vergoed\w*|tarie\w*|prijs\w*|euro|nota|factu\w*|"
                         r"costs?|fees?|pay\w*|paid|reimburs\w*|charged?|price\w*)(?![a-z])|\u20ac")
_POINTS_BACK = re.compile(r"^\W*(?:dat|dit|hetzelfde|that|this|the\s+same)\s+(?:geldt|gaat\s+op|applies|holds)(?![a-z])")


def _about_money(st: SiteText, u: Unit) -> bool:
    if _MONEY_WORD.search(u.low):
        return True
    before = st.neighbours(u, 1, 0)[:-1]  # (the sentence before it on its page, if any)
    return bool(_POINTS_BACK.search(u.low)) and bool(before) and is_cost(before[0])


@register
class EHealth(Check):
    topic = "ehealth"  # the key norm frameworks use for this check (check: in norms/*.yaml)
    criterion = "2b-12"
    message_keys = ("voldoet", "mention_only", "missing")

    def run(self, snapshot: SiteSnapshot, ctx: CheckContext) -> Finding:
        st = site_text(snapshot)
        platform, generic = terms("ehealth", "platform"), terms("ehealth", "generic")
        usage, activity = terms("ehealth", "usage"), terms("ehealth", "activity")
        mentions: list[Unit] = []
        money_mentions: list[Unit] = []  # eHealth named where money is the subject (only a mention)
        platforms: list[str] = []
        kinds: set[str] = set()
        uses: dict[str, Unit] = {}
        activities: set[str] = set()
        own, readers_care = terms("ehealth", "own"), terms("ehealth", "readers_care")
        weak = terms("ehealth", "weak")
        # "online therapie", "blended": eHealth only where the page also names eHealth itself
        # (not in the site's menu: its "eHealth" item names a page and stands on every page alike; nor a portal named only to
        # make appointments or send messages: "In het cliëntportaal zet u zelf uw afspraken om")
        aliases = _sessions_called_ehealth(st, platform, generic)
        strong_page = any((platform.search(u) or generic.search(u)) and not is_menu_line(u)
                          and not _portal_for_contact(platform, generic, u) and id(u) not in aliases for u in st.units)
        owned = False  # the practice speaks of its own offer (a general explanation of eHealth is not)
        editorial_only = True
        for u in st.units:
            pg = st.page_of(u)
            if not_own_content(st, u) or in_legal_section(u) or is_cost(u):
                continue
            # on a page or under a heading about money a sentence that is not about money itself may still name the
            # practice's eHealth ("Vergoedingen" + "Praktijk X maakt gebruik van ROM en eHealth"): a mention, no more
            # ("# Wat kost het?" + "ook online behandeling is mogelijk" names what is charged: no eHealth word of its own)
            money_place = is_cost_page(pg) or in_cost_section(u) or is_mostly_money(pg)
            plats = platform.labels_in(u)
            gens = generic.labels_in(u) + [w for w in weak.labels_in(u) if strong_page]
            if not (plats or gens):
                continue
            if is_menu_line(u):
                continue  # "Home · Over ons · Behandeling · eHealth · Contact": the name of a page, no offer told
            if id(u) in aliases:
                continue  # "Online behandeling / eHealth" on a page of sessions through a screen: video calls (LABELING v2)
            if not plats and _negated_generics(u, gens):
                continue
            if u.kind == "heading" and not plats and _section_denies(st, u, strong_page):
                continue  # "# A note on apps" over "... so we do not use apps": what the practice does not use
            if _disowned(pg) and not (own.search(u) and usage.search(u)):
                continue  # "Deze apps en websites zijn niet van ons", "not part of any treatment at our practice": tips of
                # other makers' tools, not the practice's offer
            if not plats and set(gens) == {"eHealth"} and (_answered_with_channels_only(st, u, platform, generic)
                                                           or _heads_channels_only(st, u, platform, generic)):
                continue  # "Doet u aan eHealth? Jazeker: we beeldbellen ook, en u mailt ons beveiligd": the answer
                # names only ways to talk, write or fill in lists (LABELING v2: no eHealth)
            if _STAFF.search(u.low) and _LEARNING.search(u.low) and not _CLIENT_SIDE.search(u.low):
                continue  # "Alle medewerkers volgden de e-learning over beveiliging", "all staff completed the online training": the
                # staff's own training, no eHealth for clients
            if _INVITES_QUESTIONS.match(u.low):
                continue  # "Nog vragen over de app?" + "Stel ze in je volgende gesprek": the reader is invited to
                # ask about it; what the practitioner discusses then are the questions, not the work in a module
            if not (usage.search(u) or activity.search(u)) and _only_contact(plats, gens, u):
                continue  # a secure channel for mail or documents, logging in, appointments, messages or video calls
            if (terms("methods", "research").search(u) or terms("ehealth", "general").search(u)) and not speaks_as_practice(u):
                continue  # "uit studies blijkt dat online zelfhulp werkt": a finding, not the practice's offer
            if not plats and (states_what_exists(u) or (about_products(pg) and not readers_care.search(u))):
                continue  # "ook bestaan er online programma's voor ouders", an overview of the apps out there
            # (a page for colleagues or another audience, "Voor behandelaars: wijs uw cliënten modules toe",
            # sells or teaches the platform: weighed as an article about it)
            # (so is a general explanation or comparison in which the practice never speaks: "Platforms vergeleken")
            # (and a list of links: "Voorbeeldsite.nl - online cursussen om zelf mee te oefenen" is what another site offers)
            editorial = (is_editorial_page(pg) or reads_as_article(pg) or is_for_professionals(pg) or addresses_others(pg)
                         or is_unvoiced_explainer(pg) or is_links_page(pg))
            if editorial and _announces_own_offer(pg):
                editorial = False  # "Nieuw: vanaf deze maand kunnen cliënten van onze praktijk de app gebruiken ...
                # je behandelaar zet de modules klaar": a news item that states what the practice itself does
            if editorial and not (editorial_about(pg, platform) or editorial_about(pg, generic)):
                continue  # a blog or news item mentioning eHealth in passing
            editorial_only = editorial_only and editorial
            if terms("ehealth", "measurement").search(u) and not (gens and usage.search(u)) and "eHealth" not in gens:
                continue  # a survey run on a platform ("maakt gebruik van ROM en eHealth" still names eHealth)
            if (page_titled(pg, ("ehealth", "measurement")) or is_measurement_page(pg)) and not plats and "eHealth" not in gens:
                continue  # on a page about client surveys: what the survey asks about ("zelfhulpprogramma's")
            # the use may be told in the mention itself or in the next sentences about it (on a page named for the tool, in any
            # section of it: "# Online programma's via Stapwijs" ... "# Hoe werkt het?" / "Thuis doet u oefeningen")
            scope = _scope(st, u)
            if _named_for_tool(pg, platform, generic):
                seen = {id(v) for v in scope}
                scope = scope + [v for v in pg.units if v.kind not in ("heading", "title") and id(v) not in seen and not is_page_furniture(v)]
            if not plats and set(gens) <= {"portaal", "app"} and not any(usage.search(v) or activity.search(v) for v in scope) and (
                    any(_contact_words(v) or terms("ehealth", "access").search(v) for v in scope[1:]) or not _care_in_or_over(u, scope, usage)):
                continue  # an app or a portal named as a tool, no eHealth: for contact or access ("# De app van de praktijk" + "met
                # het adres, de route en uw afspraken", "# Cliëntportaal" + "log hier in met uw wachtwoord"), or with nothing of the
                # care in, after or over it ("The portal is available in Dutch and English", "stel de verificatie in met een
                # authenticatie-app"; "We werken ook met de app Stemmingsmaatje" under "# Tussendoor" stays: the heading says when)
            if money_place:
                if gens and set(gens) - {"blended", "portaal", "app"} and not _about_money(st, u):
                    money_mentions.append(u)
                continue
            mentions.append(u)
            if plats or own.search(u) or _names_own_tool(pg, u) or _tool_of_own_name(u, pg):
                owned = True
            elif _NAMED_TOOL.search(u.text) and usage.search(u) and not practice_silent(pg):
                owned = True  # "Tieners kunnen de app Stappenteller gebruiken voor opdrachten tussen de sessies", on a
                # page where the practice speaks of its care: a tool by its name, used in the treatment's own sessions
            platforms.extend(p for p in plats if p not in platforms)
            kinds.update(gens)
            for v in scope:
                if own.search(v) and v is not u and (usage.search(v) or activity.search(v)):
                    owned = True
                if readers_care.search(v) and (usage.search(u) or activity.search(v) or usage.search(v)) \
                        and not practice_silent(pg):
                    owned = True  # "werkt u tussen de gesprekken aan modules" + "uw behandelaar bespreekt ze"
                if _POH.search(u.low) and (usage.search(v) or activity.search(v)) and owns_poh(pg):
                    owned = True  # "Soms zet de POH een online cursus in" + "die maakt u thuis", on a page of "onze
                    # praktijkondersteuner GGZ": the site's own POH
                for lab in usage.labels_in(v):
                    uses.setdefault(lab, v)
                activities.update(activity.labels_in(v))
            if not owned and any(READER_WORD.search(v.low) and set(activity.labels_in(v)) - {"thuis"} for v in scope) \
                    and _tells_readers_care(pg):
                owned = True  # "Tussen de afspraken maak je de opdrachten uit de app", on a page where the
                # practice tells the reader's own treatment ("samen stellen jullie een behandelplan op", "uw behandelaar"):
                # the reader's work in the tool is part of that treatment (being treated "thuis" is no work in a tool)

        if not mentions and money_mentions:
            named = sorted({k for u in money_mentions for k in generic.labels_in(u)})
            return self.finding(ctx, "voldoet_bijna", "mention_only", confidence=0.6, evidence=evidence(money_mentions),
                                needs_review=True, details={"kinds": named, "money_place": True},
                                found=join_dutch(named[:3]), missing=UI_STRINGS["what_and_how"])
        if not mentions:
            return self.finding(ctx, "voldoet_niet", "missing", confidence=0.75)
        # an app or eHealth in which the client does exercises or keeps a diary is a concrete offer ("de app X, met
        # oefeningen die je thuis doet"), not an app for appointments
        concrete = bool(platforms) or bool(kinds & _CONCRETE) or (bool(kinds & {"eHealth", "app"}) and bool(activities))
        offer = join_dutch(platforms[:3]) or join_dutch(sorted(kinds)[:3])
        # "blended" alone names a way of working, not yet how the offer is used; so does a generic offer said only to
        # supplement the care in the same sentence ("soms gebruiken we online modules als aanvulling op de behandeling",
        # "online modules can be used alongside therapy"): which modules, or what the client does with them, is not told
        real_uses = [k for k in uses if not (k == "naast de gesprekken" and len(uses) == 1
                                             and ("blended" in kinds or not platforms) and not activities)]
        if activities and not real_uses:
            # homework, exercises, a diary in the offer: how the client uses it in the treatment (v2)
            real_uses = ["oefeningen"]
            uses["oefeningen"] = next((v for v in mentions if activity.search(v)), mentions[0])
        details = {"platforms": platforms, "kinds": sorted(kinds), "usage": sorted(uses), "activities": sorted(activities)}
        details["own_offer"] = owned
        details["editorial_only"] = editorial_only
        if concrete and real_uses and owned and not editorial_only:
            how = join_dutch([UI_STRINGS["usage"][k] for k in real_uses[:3]])
            conf = 0.85 if platforms and len(real_uses) >= 2 else 0.7
            ev = mentions[:2] + [uses[k] for k in real_uses[:2]]
            return self.finding(ctx, "voldoet", "voldoet", confidence=conf, evidence=evidence(ev),
                                needs_review=conf < 0.75, details=details, found=f"{offer}, {how}")
        if concrete and real_uses and editorial_only:  # an article about eHealth: at most bijna, for a reviewer
            missing = UI_STRINGS["own"]
        elif concrete and real_uses:  # a general explanation of eHealth, not the practice's own offer
            missing = UI_STRINGS["own"]
        else:
            missing = UI_STRINGS["how"] if concrete else (UI_STRINGS["what"] if real_uses else UI_STRINGS["what_and_how"])
        return self.finding(ctx, "voldoet_bijna", "mention_only", confidence=0.65 if (concrete or real_uses) else 0.75,
                            evidence=evidence(mentions + [uses[k] for k in real_uses]), needs_review=concrete or bool(real_uses) or editorial_only,
                            details=details, found=offer, missing=missing)
