"""A site's menu written out as text: the line a crawler keeps from the navigation bar.

Stored page texts often carry the menu as one line ("Home Over ons Werkwijze Tarieven Contact",
"Onze zorg | Wie zijn wij | Aanmelden"). Nobody speaks in it, and where the page builder set it as
a heading it heads nothing: the text under it is not a "Tarieven" or "Werken bij" section.
"""
from __future__ import annotations

import re

# a navigation or footer line ("Praktijk X · Kennisbank · Privacy", "Home > Blog"): the site's name, no speech
NAV_SEPARATOR = re.compile(r"\s[\u00b7|\u203a>\u00bb/\u2022]\s")

# the names of a site's pages in its menu ("Home", "Over ons", "Tarieven", "Veelgestelde vragen", "Fees", "About us")
_MENU_PAGE = (r"home|homepage|contact|team|ons\s+team|our\s+team|over\s+(?:ons|mij|de\s+praktijk)|about(?:\s+(?:us|me))?|wie\s+(?:ben\s+ik|zijn\s+wij)|"
              r"tarieven|kosten|vergoeding\w*|fees?|prices|blog|nieuws|news|faq|veelgestelde\s+vragen|privacy|disclaimer|locaties|locations?|"
              r"vacatures?|werken\s+bij|careers?|links|aanbod|ons\s+aanbod|werkwijze|ehealth|e-health|services|wachttijden?|klachten\w*|"
              r"wie\s+(?:we|wij)\s+zijn|kwaliteit|behandelingen|behandelaanbod|onze\s+zorg|ervaringen|aanmelden|"
              # the pages per audience ("Voor kinderen", "Voor ouders", "Voor verwijzers", "For referrers")
              r"voor\s+(?:kinderen|jongeren|ouders|volwassenen|verwijzers|huisartsen|professionals|cli[eë]nten|scholen|werkgevers|wie)|"
              r"for\s+(?:clients|parents|referrers|gps|professionals|employers|schools)|"
              r"behandelaars|behandelaren|hoe\s+werkt\s+het|how\s+it\s+works|treatments|our\s+approach|approach|"
              # an institution's pages per level of care and audience ("Ik zoek hulp  Basis GGZ  Volwassenen  Jeugd")
              r"hulp\s+zoeken|basis\s*-?ggz|specialistische\s+ggz|jeugd|volwassenen|ouderen|"
              # the menu's own button ("MENU", "Hoofdmenu") and the waiting list's page in English
              r"menu|hoofdmenu|navigatie|navigation|waiting\s+times?|waiting\s+lists?|wachtlijst(?:en)?|"
              # what an institution's menu asks or offers ("Need help?", "Hulp nodig?", "Crisis?", "What we offer", "About Noorderlicht")
              r"need\s+help\??|hulp\s+nodig\??|crisis\??|what\s+we\s+(?:offer|do)|wat\s+(?:we|wij)\s+(?:doen|bieden)|about\s+[\w-]+")
MENU_PAGE_NAME = re.compile(rf"^(?:{_MENU_PAGE})$")
# (a menu's items may also stand between dashes: "Home - Voor stellen - Aanpak - Tarieven - Contact")
# (and after a submenu's arrow: "Treatments \u25be EMDR \u00b7 Schema therapy")
_MENU_SEPARATOR = re.compile(r"\s[\u00b7|\u203a>\u00bb/\u2022\u25cf\u2013\u25be\u25bc-]\s")
_MAX_MENU_CHARS = 200  # fourteen page names with separators and a language switch fit in this
_LANGUAGE_CODES = ("nl", "en", "de", "fr")
_LANGUAGE_SWITCH = re.compile(r"(?:\s+|^)(?:nl|en|de|fr)(?:\s*[|/]\s*(?:nl|en|de|fr))*\s*$")
_MANY_PAGES = 5
_MANY_ITEMS = 8  # items between separators in a long line that is a menu with its submenus
# a menu's last item may ask a short question ("Crisis?", "Hulp nodig?"), one or two words
_SHORT_QUESTION_ITEM = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?\?$")
_LAST_QUESTION_ITEMS = re.compile(r"\s+(?=(?:[^\W\d]+\s+)?[^\W\d]+\?$)")
_MENU_PAGE_ANY = re.compile(rf"(?<![\w-])(?:{_MENU_PAGE})(?![\w-])")


def _named_items(parts: list[str]) -> int:
    """How many of a menu's items between separators are common pages' names (``MENU_PAGE_NAME``); -1 when one of them
    is longer than a menu item (a few words)."""
    if any(len(p.split()) > 4 for p in parts):
        return -1
    return sum(1 for p in parts if MENU_PAGE_NAME.match(p.strip(" .:")))


def is_menu_text(low: str) -> bool:
    """``low`` (folded text) is a site's menu written out in one line: its items between separators, each a few words
    and one at least the name of a common page ("onze zorg | wie zijn wij | verhalen | aanmelden", "home · over ons ·
    ehealth · contact"), or the names of three or more common pages run together without punctuation ("home over mij
    werkwijze tarieven contact")."""
    low = low.strip()
    if len(low) > _MAX_MENU_CHARS:
        return False  # (most texts: cheap tests first)
    if low.endswith("?"):
        # a menu whose last item asks a short question, one word or two ("... ons team wachttijden crisis?", "... · fees ·
        # crisis?"): the items before it say whether it is one
        seps = list(_MENU_SEPARATOR.finditer(low))
        if seps:
            if _SHORT_QUESTION_ITEM.match(low[seps[-1].end():]) and is_menu_text(low[:seps[-1].start()]):
                return True
        elif any(is_menu_text(low[:m.start()]) for m in _LAST_QUESTION_ITEMS.finditer(low)):
            return True
    if low.endswith((".", "!", "?", ":")):
        # a menu between separators with other text glued to its ends ("zoeken... home | hulp zoeken | basis ggz | ... |
        # contact crisis?"): its inner items say so
        parts = _MENU_SEPARATOR.split(low)[1:-1]
        return len(parts) >= _MANY_PAGES - 1 and _named_items(parts) >= 3
    if low[-2:] in _LANGUAGE_CODES:
        low = _LANGUAGE_SWITCH.sub("", low).strip()  # ("... Contact  NL | EN": the language switch at its end)
    words = sum(1 for w in low.split() if any(ch.isalnum() for ch in w))  # (separators are no words)
    if low.endswith((".", "!", "?", ":")):
        return False
    parts = [p.strip(" .:") for p in _MENU_SEPARATOR.split(low)]
    if words > 14:
        # (a longer one only when it is many short items between separators, most of whose words they are: a menu with
        # its submenus written out, "Home | Huisartsen | Psychologie | Volwassenen | Kind & Jeugd | eHealth | ... | Contact")
        return len(parts) >= _MANY_ITEMS and _named_items(parts) >= 3
    named = _named_items(parts) if len(parts) >= 3 else -1
    if named >= 2 or (named >= 1 and len(parts) >= 4):
        return True
    if len(parts) == 1 and words >= 4 and not any(ch in low for ch in ",;()"):
        # (nearly every word a page's name: a sentence that names pages has words of its own around them)
        rest = _MENU_PAGE_ANY.sub(" ", low).split()
        named = len(set(_MENU_PAGE_ANY.findall(low)))
        # (five pages named are a menu even with a longer item among them: "home over ons zo werkt het bij ons tarieven
        # blog contact")
        # (four pages named with at most half as many other words, the submenu's items: "behandelingen emdr
        # schematherapie ehealth ons team wachttijden")
        return (named >= 3 and len(rest) <= max(1, words // 4)) or named >= _MANY_PAGES \
            or (named >= _MANY_PAGES - 1 and len(rest) <= named // 2)
    return False


# a menu written down the page, one item per line ("Basis GGZ", "Jeugd", "Locaties", "Wachttijden", "Contact"): a run
# of short lines without closing punctuation, most of them the names of common pages
_ITEM_WORDS = 4
_MIN_ITEMS = 3
# the mark before a menu's item ("» Home", "- CBT", "• Contact", "☰ Menu")
_ITEM_MARK = re.compile(r"^[\s\u00bb\u203a>\u2022\u25cf\u25b8\u25b6\u2630*\u2013-]+(?=\w)")


def _item(low: str) -> str:
    return _ITEM_MARK.sub("", low.strip())


def _menu_item_line(low: str) -> bool:
    low = _item(low)
    if _SHORT_QUESTION_ITEM.match(low):
        return True  # a menu's item that asks ("Crisis?", "Hulp nodig?")
    return bool(low) and len(low.split()) <= _ITEM_WORDS and not low.endswith((".", "!", "?", ":", ";", ",")) \
        and not any(ch.isdigit() for ch in low)


def _names_another_page(low: str, own: str | None) -> bool:
    """``low`` is a common page's name that is not this page's (``own``: the words of its address): "Contact" set as a
    heading under the menu of the page "/voor-wie/" is the menu's last item, not that page's heading."""
    if own is None or not MENU_PAGE_NAME.match(low.strip(" .:")):
        return False
    # (a word of it or the name written together: "Ons team" names the page "/team/", "E-health" the page "/e-health/")
    path = "".join(ch for ch in own if ch.isalnum())
    words = ["".join(ch for ch in w if ch.isalnum()) for w in low.split()]
    return "".join(words) not in path and not any(len(w) >= 4 and w in path for w in words)


def vertical_menu_lines(lows: list[str | None], headings: list[bool], own: str | None = None,
                        sublows: list[str | None] | None = None) -> set[int]:
    """The positions of ``lows`` (a page's lines in order, folded; None for a line that cannot be a menu item, such as
    a list item or the title) that form a menu written one item per line: a run of at least three short lines without
    closing punctuation, of which all (three) or at least three and half (a longer run) are common pages' names
    (``MENU_PAGE_NAME``). A line set as a heading (``headings``) at the end of the run is the page's own heading over
    its text ("Home", "Over mij", "Aanbod", "Contact", then "Over mij" over "Mijn naam is ..."), not a menu item, unless
    it is the name of another page than this one (``own``: the words of its address); so is a last line that repeats an
    item of the run; lines above a "Home" item (the site's tagline) are none either. A run whose ends are other lines
    (a cookie banner's buttons and the site's name above it, "Accepteren", "Weigeren", "Praktijk X"; a language switch
    under it) is a menu when four or more of its items are pages' names and half of those between the first and the last.

    ``sublows`` (folded short list items, None elsewhere) are items too: a submenu ("Ons aanbod", "- Cognitieve
    gedragstherapie", "- EMDR", "Over ons", ...) or a menu set as a list. A page's own short lists look like that
    too ("Ons aanbod" over "- EMDR", "- Schematherapie"), so a run with list items is a menu only with a "Home" item
    or four pages' names."""
    seq = lows if sublows is None else [low if low is not None else sub for low, sub in zip(lows, sublows)]
    listed = set() if sublows is None else {i for i, (low, sub) in enumerate(zip(lows, sublows)) if low is None and sub is not None}
    out: set[int] = set()
    run: list[int] = []
    for i, low in enumerate([*seq, None]):
        if low is not None and _menu_item_line(low):
            run.append(i)
            continue
        heads = [k for k, j in enumerate(run) if j not in listed]
        if heads and headings[run[heads[-1]]] and all(j in listed for j in run[heads[-1] + 1:]) \
                and not _names_another_page(seq[run[heads[-1]]], own):
            run = run[:heads[-1]]  # (and a short list under the page's own heading is its text)
        if len(run) > 1 and seq[run[-1]] in [seq[j] for j in run[:-1]]:
            run.pop()  # the page's own name under the menu that names it ("... Aanmelden", "Contact", "Praktijkinformatie")
        items = [_item(seq[j]) for j in run]
        home = next((k for k, x in enumerate(items) if x == "home"), 0)
        run, items = run[home:], items[home:]  # (a tagline or the site's name right above "Home" is no item)
        if len(run) >= _MIN_ITEMS and _is_menu_run(items, home=bool(items) and items[0] == "home",
                                                   with_list=any(j in listed for j in run)):
            out.update(run)
        run = []
    return out


def _is_menu_run(items: list[str], home: bool, with_list: bool) -> bool:
    """The run's items (marks taken off) are a menu: all or half of them pages' names, or four names and half of the items
    between the first name and the last; a run with list items only with a "Home" item or four names."""
    # (every item is a few words at most, ``_menu_item_line``: the names counted as ``_named_items`` counts them)
    marks = [bool(MENU_PAGE_NAME.match(x.strip(" .:"))) for x in items]
    named = sum(marks)
    if with_list and not (home or named >= _MIN_ITEMS + 1):
        return False
    if named == len(items) or (named >= _MIN_ITEMS and 2 * named >= len(items)):
        return True
    if named < _MIN_ITEMS + 1:
        return False
    first, last = marks.index(True), len(marks) - 1 - marks[::-1].index(True)
    return 2 * named >= last - first + 1
