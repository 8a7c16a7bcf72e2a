"""A snapshot cut into text units that remember where they come from.

A unit is a sentence of a paragraph, a whole list item or table row, or a heading. Each unit
carries its page URL and title, its block kind and the heading it sits under (headings carry
meaning: "Spoed?", "Wat behandelen wij niet"), plus a folded copy and a lemma string for
matching. Header and footer text of the site (``snapshot.site_blocks``) becomes units of the
page it was taken from, with ``in_site_blocks`` set.

Segmenting runs spaCy once per snapshot; the result is cached, so the eight checks share it.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit

from models.snapshot import Block, Page, SiteSnapshot

# checks.text.nlp first: it imports spaCy without spaCy's command-line package
from checks.text.nlp import _LEMMAS, MAX_CHARS, lemma_of, prefetch_lemmas, sentence_starts, split_docs
from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH  # isort: skip
from checks.text.cookies import is_cookie_notice
from checks.text.menus import is_menu_text, vertical_menu_lines
from checks.text.normalize import clean, fold, fold_clean
from checks.text.patterns import EMAIL_ADDRESS, POSTCODE, phone_numbers

# Paragraphs shorter than this are kept whole (no sentence split needed).
_SPLIT_MIN_CHARS = 40


@dataclass
class Unit:
    text: str             # cleaned text (case and accents kept)
    low: str              # folded text for matching
    lemmas: str           # folded, space-joined lemmas
    url: str
    kind: str             # sentence | list_item | table_row | heading | title
    heading: str          # nearest heading above the unit ("" when none)
    headings: tuple[str, ...]  # the heading path (outermost first), folded
    page: int             # index of the page in ``SitePages.pages``
    index: int            # position in the site-wide unit list
    block: int            # block index within the page (-1 for site blocks)
    in_site_blocks: bool = False
    in_menu: bool = False  # one item of the site's menu written down the page (``menus.vertical_menu_lines``)
    match_cache: dict = field(default_factory=dict, repr=False, compare=False)  # TermSet results


@dataclass
class PageInfo:
    url: str
    title: str
    kind: str
    path_low: str          # folded URL path, words separated by spaces ("/over-ons/team" -> "over ons team")
    title_low: str
    units: list[Unit] = field(default_factory=list)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # page-level predicate results

    @property
    def first_heading(self) -> str:
        """The folded text of the page's first heading or title ("" when none; a cookie banner or a menu set as a heading or
        taken for the title is none)."""
        got = self.memo.get("first_heading")
        if got is None:
            got = self.memo["first_heading"] = next((u.low for u in self.units if u.kind in ("heading", "title")
                                                     and not is_cookie_notice(u.low)
                                                     and not u.in_menu
                                                     and not is_menu_text(u.low)), "")
        return got

    @property
    def signals(self) -> str:
        """Folded URL path + title + headings: what the page says it is about."""
        got = self.memo.get("signals")
        if got is None:
            heads = " ".join(u.low for u in self.units if u.kind in ("heading", "title"))
            got = self.memo["signals"] = f"{self.path_low} {self.title_low} {heads}"
        return got


@dataclass
class SiteText:
    pages: list[PageInfo]
    units: list[Unit]

    def page_of(self, unit: Unit) -> PageInfo:
        return self.pages[unit.page]

    def neighbours(self, unit: Unit, before: int = 1, after: int = 1) -> list[Unit]:
        """Units of the same page around ``unit`` (itself included), in order."""
        lo, hi = max(0, unit.index - before), min(len(self.units), unit.index + after + 1)
        return [u for u in self.units[lo:hi] if u.page == unit.page]

    def run_above(self, unit: Unit, belongs, limit: int) -> tuple[list[Unit], Unit | None]:
        """The units right above ``unit`` on its page, nearest first, for which ``belongs`` holds (the rows of its table,
        the items of its list), at most ``limit`` units up; and the unit just above that run (its header or lead-in), or
        None when the run reaches the page's start or the limit."""
        run: list[Unit] = []
        for v in reversed(self.neighbours(unit, limit, 0)[:-1]):
            if not belongs(v):
                return run, v
            run.append(v)
        return run, None

    def section(self, unit: Unit) -> list[Unit]:
        """Units of the same page under the same heading path."""
        return [u for u in self.pages[unit.page].units if u.headings == unit.headings and u.kind not in ("heading", "title")]


def _path_words(url: str) -> str:
    parts = urlsplit(url)
    path = unquote(parts.path + (" " + parts.query if parts.query else ""))
    return fold(" ".join(w for w in _split_words(path) if w))


def _split_words(s: str) -> list[str]:
    out, cur = [], []
    for ch in s:
        if ch.isalnum():
            cur.append(ch)
        else:
            if cur:
                out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def _page_blocks(snapshot: SiteSnapshot) -> list[tuple[Page, list[Block], bool]]:
    items: list[tuple[Page, list[Block], bool]] = [(p, p.blocks, False) for p in snapshot.pages]
    if snapshot.site_blocks:
        url = snapshot.site_blocks_url or snapshot.start_url
        host = Page(url=url, title="")
        items.append((host, snapshot.site_blocks, True))
    return items


# Blocks cut by a ``segment(..., remember=True)`` call and not yet used by another ``segment``
# call: (split into sentences?, cleaned text) -> the (text, folded text, lemmas, match cache) of
# its units.
# The crawl child's judging process segments the pages as they come in (``judge_pages_ahead``)
# and the whole site once it is complete: the site's segmentation takes each block from here.
_REMEMBERED: "OrderedDict[tuple[bool, str], list[tuple[str, str, str, dict]]]" = OrderedDict()
_REMEMBERED_MAX = 50_000  # blocks (oldest dropped first)


def _pieces(text: str, split: bool, array) -> list[tuple[str, str, str]]:
    """The (text, folded text, folded lemmas) of the units of one block's cleaned text."""
    lemma_cache = _LEMMAS
    text = text[:MAX_CHARS]
    rows = array.tolist()
    bounds = sentence_starts(rows, text) if split else ([0] if rows else [])
    out = []
    for n, lo in enumerate(bounds):
        hi = bounds[n + 1] if n + 1 < len(bounds) else len(rows)
        last = rows[hi - 1]
        stext = text[rows[lo][1]:last[1] + last[2]].strip()
        if not stext:
            continue
        lemmas = " ".join([lemma_cache[o] if o in lemma_cache else lemma_of(o, text[i:i + n_])
                           for o, i, n_, _ in rows[lo:hi]])
        # stext is a stripped piece of cleaned text, so cleaning it again would change nothing
        out.append((stext, fold_clean(stext), fold(lemmas)))
    return out


def segment(snapshot: SiteSnapshot, remember: bool = False) -> SiteText:
    """Cut a snapshot into units (uncached; use ``site_text`` in checks). ``remember``: keep its
    blocks' cuts for the next ``segment`` call that meets the same blocks (``_REMEMBERED``)."""
    pages: list[PageInfo] = []
    pending: list[tuple[int, int, Block, tuple[str, ...], str, bool, str]] = []  # ..., cleaned text
    menu_blocks: set[tuple[int, int]] = set()  # (page, block) of the menu items written down a page
    for pidx, (page, blocks, is_site) in enumerate(_page_blocks(snapshot)):
        title, title_low = page.title, fold(page.title)
        if title_low and is_menu_text(title_low):
            # (a title that is the site's menu, "Home | Aanmelden | Behandeling | Ervaringen | Contact", where an extractor
            # took the first line for it, names no page: not the experiences page its "Ervaringen" would make it)
            title, title_low = "", ""
        pages.append(PageInfo(url=page.url, title=clean(title), kind=page.kind,
                              path_low=_path_words(page.url), title_low=title_low))
        stack: list[tuple[int, str]] = []  # (level, folded heading)
        raw_heading = ""
        cleaned = [clean(block.text) for block in blocks]
        # (only short lines can be menu items: the long ones are not folded for it; a heading's fold is used again below)
        folded = [fold_clean(t) if t and not is_site and block.kind in ("heading", "paragraph") and len(t) <= 60
                  and len(t.split()) <= 8 else None for block, t in zip(blocks, cleaned)]
        sublows = [fold_clean(t) if t and not is_site and block.kind == "list_item" and len(t) <= 40 and len(t.split()) <= 4
                   else None for block, t in zip(blocks, cleaned)]
        menu = vertical_menu_lines(folded, [block.kind == "heading" for block in blocks], own=pages[-1].path_low,
                                   sublows=sublows)
        for bidx, block in enumerate(blocks):
            text = cleaned[bidx]
            if not text:
                continue
            if bidx in menu:
                menu_blocks.add((pidx, bidx))
                pending.append((pidx, bidx, block, tuple(h for _, h in stack), raw_heading, is_site, text))
                continue  # an item of the menu written down the page heads nothing
            if block.kind in ("heading", "title"):
                level = 0 if block.kind == "title" else (block.level or 2)
                stack = [(lv, h) for lv, h in stack if lv < level]
                heading_path = tuple(h for _, h in stack)
                pending.append((pidx, bidx, block, heading_path, raw_heading, is_site, text))
                low = folded[bidx] if folded[bidx] is not None else fold_clean(text)
                if is_menu_text(low) or is_cookie_notice(low) or EMAIL_ADDRESS.search(text) or phone_numbers(text) \
                        or POSTCODE.search(text):
                    continue  # the site's menu set as a heading ("Home Over ons Werkwijze Tarieven Contact") heads nothing,
                    # nor does a cookie banner, nor a contact line taken for a heading ("E-mail: info@praktijk.nl (niet voor
                    # dringende zaken)" over "Adres: ...": the address is no item of what is not treated), nor an address
                    # ("Bezoekadres: Kerkstraat 4, 1234 AB Dorp" over the waiting times)
                stack.append((level, low))
                raw_heading = text
                continue
            pending.append((pidx, bidx, block, tuple(h for _, h in stack), raw_heading, is_site, text))

    texts = [text for *_, text in pending]
    splits = [block.kind in ("paragraph", "list_item") and len(text) >= _SPLIT_MIN_CHARS
              for (_p, _b, block, *_rest), text in zip(pending, texts)]
    pieces: list[list[tuple] | None] = (
        [_REMEMBERED.pop((split, text), None) for split, text in zip(splits, texts)] if _REMEMBERED
        else [None] * len(texts))
    todo = [i for i, got in enumerate(pieces) if got is None]
    if remember and len(todo) < len(texts):  # kept for the next call too (the site's segmentation)
        for split, text, got in zip(splits, texts, pieces):
            if got is not None:
                _REMEMBERED[(split, text)] = got
    todo_texts = [texts[i] for i in todo]
    # token arrays instead of Token objects: (orth id, char offset, length, is punctuation), kept
    # as numpy arrays (one object each, not a list per token) until their block is cut
    arrays = [doc.to_array([ORTH, IDX, LENGTH, IS_PUNCT]) for doc in split_docs(todo_texts)]
    # the lemmas of the words this process has not met yet, looked up together
    prefetch_lemmas(todo_texts, arrays)
    for i, array in zip(todo, arrays):
        pieces[i] = got = _pieces(texts[i], splits[i], array)
        if remember:  # with the units' match caches (what a term set finds depends only on the text)
            pieces[i] = got = [(*piece, {}) for piece in got]
            _REMEMBERED[(splits[i], texts[i])] = got
    if remember:
        while len(_REMEMBERED) > _REMEMBERED_MAX:
            _REMEMBERED.popitem(last=False)
    units: list[Unit] = []
    for (pidx, bidx, block, hpath, raw_heading, is_site, _), got in zip(pending, pieces):
        kind = "sentence" if block.kind == "paragraph" else block.kind  # a long list item stays a list_item per sentence
        for stext, low, lemmas, *cache in got or ():
            unit = Unit(text=stext, low=low, lemmas=lemmas, url=pages[pidx].url,
                        kind=kind, heading=raw_heading if kind not in ("heading", "title") else "",
                        headings=hpath, page=pidx, index=len(units), block=-1 if is_site else bidx,
                        in_site_blocks=is_site, in_menu=(pidx, bidx) in menu_blocks, match_cache=cache[0] if cache else {})
            units.append(unit)
            pages[pidx].units.append(unit)
    return SiteText(pages=pages, units=units)


def page_view_text(full: SiteText, page_index: int) -> SiteText:
    """The units of one page (or of the header and footer) taken from the segmented site,
    re-numbered as a site of its own: the same result as segmenting that page alone, without
    running the sentence splitter again. Match caches and page memos are shared (same texts)."""
    old = full.pages[page_index]
    info = replace(old, units=[])
    for u in old.units:
        nu = _clone(u)  # (dataclasses.replace runs __init__ per unit: too slow for every page view)
        nu.page, nu.index = 0, len(info.units)
        info.units.append(nu)
    return SiteText(pages=[info], units=list(info.units))


def _clone(unit: Unit) -> Unit:
    new = object.__new__(Unit)
    new.__dict__.update(unit.__dict__)
    return new


def fragment(unit: Unit, text: str) -> Unit:
    """A piece of ``unit``'s text (a clause, a window of words) read as a unit of its own in the same place:
    folded for matching, without lemmas (the readings of a piece use plain patterns), with its own match cache."""
    return replace(unit, text=text, low=fold(text), lemmas="", match_cache={})


def semicolon_clauses(unit: Unit, min_chars: int = 1) -> list[Unit]:
    """The clauses of a unit that joins several statements with semicolons, each a ``fragment`` (the ones of
    at least ``min_chars`` characters); [] when the unit has no semicolon."""
    parts = [t.strip() for t in unit.text.split(";")]
    if len(parts) < 2:
        return []
    return [fragment(unit, t) for t in parts if len(t) >= min_chars]


def prime(snapshot: SiteSnapshot, text: SiteText) -> None:
    """Put an already segmented text for ``snapshot`` in the cache ``site_text`` reads."""
    _CACHE[_key(snapshot)] = (snapshot, text)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)


def _key(snapshot: SiteSnapshot) -> tuple[int, int, int]:
    return (id(snapshot), len(snapshot.pages), sum(len(p.blocks) for p in snapshot.pages) + len(snapshot.site_blocks))


_CACHE: "OrderedDict[tuple[int, int, int], tuple[SiteSnapshot, SiteText]]" = OrderedDict()
_CACHE_SIZE = 4


def site_text(snapshot: SiteSnapshot) -> SiteText:
    """Cached ``segment``: the eight checks of one scan segment a snapshot only once."""
    key = _key(snapshot)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is snapshot:
        _CACHE.move_to_end(key)
        return hit[1]
    result = segment(snapshot)
    _CACHE[key] = (snapshot, result)
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result
