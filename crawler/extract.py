"""HTML -> structured text: the page's main text as ``Block`` items, header/footer text apart.

BeautifulSoup with the lxml parser copes with malformed HTML. What is dropped: scripts, styles,
hidden elements, navigation menus and cookie banners. What is kept apart: the site header and
footer (``<header>``, ``<footer>``, role=banner/contentinfo outside an article), which the snapshot
stores once per site. Text is normalised (whitespace, no-break spaces, soft hyphens); lines split
by ``<br>`` stay separate lines within their block.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from w3lib.encoding import html_body_declared_encoding, read_bom

from models.snapshot import Block

# Elements whose content is never text for a reader.
DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "select", "option", "button", "input", "textarea", "head", "map", "audio", "video", "dialog",
)
# Tokens in a class or id that mark cookie banners and consent dialogs.
COOKIE_MARKERS = re.compile(
    r"cookie|consent|gdpr|cybotcookiebot|cmplz|onetrust|cc-window|cc_banner|avg-melding",
    re.IGNORECASE,
)
# Tokens in a class or id that mark a navigation menu (only dropped when mostly links).
MENU_MARKERS = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|mainmenu|main-menu|menubar|breadcrumbs?|skip-link|"
    r"sidenav|offcanvas|mobile-menu)($|[\s_-])",
    re.IGNORECASE,
)
SITE_CHROME_IDS = re.compile(r"^(site-?|page-?|main-?)?(header|footer|masthead|colophon)$", re.IGNORECASE)
SITE_CHROME_CLASSES = frozenset({"site-header", "site-footer", "global-header", "global-footer", "footer-widgets"})

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
PARAGRAPH_TAGS = {"p", "blockquote", "pre", "address", "figcaption", "caption", "dt", "dd", "summary", "legend"}
LIST_ITEM_TAGS = {"li"}
BLOCK_TAGS = (
    set(HEADING_TAGS) | PARAGRAPH_TAGS | LIST_ITEM_TAGS
    | {"div", "section", "article", "main", "aside", "header", "footer", "nav", "ul", "ol", "dl",
       "table", "thead", "tbody", "tfoot", "tr", "td", "th", "form", "fieldset", "figure", "hr",
       "body", "html", "center", "details", "hgroup", "menu"}
)

_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def decode_html(body: bytes, content_type: str, decoded: str) -> str:
    """The page's text: ``decoded`` (Scrapy's decoding) unless the page declares no encoding.

    Without a charset in the header, a BOM or a meta tag, Scrapy guesses, and for Dutch text in
    windows-1252 it may guess wrong (mac-latin2). Then: UTF-8 when the bytes are valid UTF-8,
    otherwise windows-1252, the usual encoding of older Dutch sites.
    """
    if "charset=" in content_type.lower() or read_bom(body)[0] or html_body_declared_encoding(body):
        return decoded
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def normalize_text(text: str) -> str:
    """Collapse spaces within each line, drop soft hyphens and zero-width characters, NFC."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass
class PageContent:
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    site_blocks: list[Block] = field(default_factory=list)
    script_count: int = 0

    @property
    def text_length(self) -> int:
        """Characters of main text, the title not counted."""
        return sum(len(b.text) for b in self.blocks if b.kind != "title")


def extract_html(html: str) -> PageContent:
    """Parse one HTML page into its title, main-text blocks and header/footer blocks."""
    soup = BeautifulSoup(html, "lxml")
    content = PageContent()
    tags = _tags(soup)
    content.script_count = sum(1 for tag in tags if _named(tag, ("script",)))
    title_tag = next((tag for tag in tags if _named(tag, ("title",))), None)
    if title_tag is not None:
        content.title = normalize_text(title_tag.get_text(" ")).replace("\n", " ")
    _drop_noise(soup)
    root = soup.body or soup
    chrome = _take_site_chrome(root)
    for element in chrome:
        content.site_blocks.extend(_blocks_of(element))
    content.blocks = _dedupe(
        ([Block(kind="title", text=content.title)] if content.title else []) + _blocks_of(root)
    )
    content.site_blocks = _dedupe(content.site_blocks)
    return content


# --- tree walks -----------------------------------------------------------------------------
# Plain walks over ``descendants`` instead of BeautifulSoup's find/find_all with a name filter:
# the same elements in the same (document) order, without the cost of its generic filters
# (a third of the extraction time).

def _named(tag: Tag, names: tuple[str, ...] | frozenset[str] | set[str]) -> bool:
    """What BeautifulSoup's name filter matches: the tag's name, or its prefixed name."""
    return tag.name in names or (bool(tag.prefix) and f"{tag.prefix}:{tag.name}" in names)


def _tags(root: Tag, names: tuple[str, ...] | frozenset[str] | set[str] | None = None) -> list[Tag]:
    """``root.find_all(names)`` (every element below ``root`` when ``names`` is None)."""
    if names is None:
        return [d for d in root.descendants if isinstance(d, Tag)]
    return [d for d in root.descendants if isinstance(d, Tag) and _named(d, names)]


def _decomposed(tag: Tag) -> bool:
    """``tag.decomposed``, read from the tag itself. BeautifulSoup's property does
    ``getattr(tag, "_decomposed", False)``, and on a tag that was never decomposed that falls
    through to its ``tag.x`` = ``tag.find("x")`` shortcut: a search of the whole subtree for an
    element named ``_decomposed`` (which no HTML page has), for every element asked about."""
    return bool(tag.__dict__.get("_decomposed", False))


def _child_tags(root: Tag, names: tuple[str, ...]) -> list[Tag]:
    """``root.find_all(names, recursive=False)``."""
    return [c for c in root.children if isinstance(c, Tag) and _named(c, names)]


# --- cleaning -------------------------------------------------------------------------------

def _attr_text(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, str(tag.get("id") or "")])


def _link_ratio(tag: Tag) -> float:
    text = tag.get_text(" ", strip=True)
    if not text:
        return 1.0
    link_text = sum(len(a.get_text(" ", strip=True)) for a in _tags(tag, ("a",)))
    return link_text / len(text)


def _drop_noise(soup: BeautifulSoup) -> None:
    for comment in [d for d in soup.descendants if isinstance(d, Comment)]:
        comment.extract()
    for tag in _tags(soup, DROP_TAGS):
        tag.decompose()
    for tag in _tags(soup):
        if _decomposed(tag) or tag.name in ("html", "body"):
            continue
        if tag.attrs is None:
            continue
        if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(str(tag.get("style") or "")):
            tag.decompose()
            continue
        marker = _attr_text(tag)
        role = str(tag.get("role") or "").lower()
        if tag.name == "nav" or role in ("navigation", "menubar", "menu"):
            tag.decompose()
        elif marker and COOKIE_MARKERS.search(marker) and tag.name not in ("main", "article"):
            tag.decompose()
        elif marker and MENU_MARKERS.search(marker) and tag.name in ("div", "ul", "ol", "aside") and _link_ratio(tag) > 0.6:
            tag.decompose()


def _inside(tag: Tag, names: tuple[str, ...]) -> bool:
    return any(parent.name in names for parent in tag.parents)


def _take_site_chrome(root: Tag) -> list[Tag]:
    """Remove and return the site header and footer (not headers of articles or sections)."""
    found: list[Tag] = []
    for tag in _tags(root):
        if _decomposed(tag) or any(parent is f for parent in tag.parents for f in found):
            continue
        role = str(tag.get("role") or "").lower()
        is_chrome = (
            role in ("banner", "contentinfo")
            or (tag.name in ("header", "footer") and not _inside(tag, ("article", "section", "main", "aside")))
            or (tag.name == "div" and bool(SITE_CHROME_IDS.match(str(tag.get("id") or ""))))
            or (tag.name == "div" and not SITE_CHROME_CLASSES.isdisjoint(tag.get("class") or ()))
            or str(tag.get("data-elementor-type") or "") in ("header", "footer")
        )
        if is_chrome:
            found.append(tag)
    for tag in found:
        tag.extract()
    return found


# --- blocks ---------------------------------------------------------------------------------

def _has_block_child(tag: Tag) -> bool:
    """``tag.find(BLOCK_TAGS) is not None``."""
    return any(isinstance(d, Tag) and _named(d, BLOCK_TAGS) for d in tag.descendants)


def _inline_text(node: Tag | NavigableString) -> str:
    """Text of inline content, with ``<br>`` kept as a line break."""
    if isinstance(node, NavigableString):
        return str(node)
    parts: list[str] = []
    for desc in node.descendants:
        if isinstance(desc, NavigableString):
            if not isinstance(desc, Comment):
                parts.append(str(desc))
        elif desc.name == "br":
            parts.append("\n")
        elif _touches_element(desc) and parts and parts[-1][-1:].strip():
            parts.append(" ")
    return "".join(parts)


def _touches_element(tag: Tag) -> bool:
    """True when ``tag`` directly follows another element, e.g. ``<strong>A</strong><small>B</small>``.

    Such neighbours are usually styled as separate pieces (a logo and its tagline, a label and
    its value), so their texts are joined with a space rather than glued together.
    """
    return isinstance(tag.previous_sibling, Tag) and tag.previous_sibling.name != "br"


def _block(kind: str, raw: str, level: int = 0) -> Block | None:
    text = normalize_text(raw)
    if kind in ("heading", "table_row"):
        text = text.replace("\n", " ")
    return Block(kind=kind, text=text, level=level) if text else None  # type: ignore[arg-type]


def _table_row(tr: Tag) -> Block | None:
    cells = _child_tags(tr, ("td", "th"))
    texts = [normalize_text(_inline_text(c)).replace("\n", " ") for c in cells]
    texts = [t for t in texts if t]
    return Block(kind="table_row", text=" | ".join(texts)) if texts else None


def _is_layout_row(tr: Tag) -> bool:
    return any(_has_block_child(c) for c in _child_tags(tr, ("td", "th")))


def _blocks_of(root: Tag) -> list[Block]:
    """Walk ``root`` in document order and turn its content into blocks."""
    blocks: list[Block] = []
    buffer: list[str] = []

    def add(block: Block | None) -> None:
        if block:
            blocks.append(block)

    def flush() -> None:
        if buffer:
            add(_block("paragraph", "".join(buffer)))
            buffer.clear()

    def walk(nodes) -> None:  # noqa: ANN001 (iterable of bs4 nodes)
        for child in list(nodes):
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    buffer.append(str(child))
                continue
            if not isinstance(child, Tag) or _decomposed(child):
                continue
            name = child.name
            if name == "br":
                buffer.append("\n")
                continue
            if name not in BLOCK_TAGS and not _has_block_child(child):
                if _touches_element(child) and buffer and buffer[-1][-1:].strip():
                    buffer.append(" ")
                buffer.append(_inline_text(child))
                continue
            flush()
            if name in HEADING_TAGS:
                add(_block("heading", _inline_text(child), HEADING_TAGS[name]))
            elif name == "tr" and not _is_layout_row(child):
                add(_table_row(child))
            elif name in LIST_ITEM_TAGS or name in PARAGRAPH_TAGS:
                # The element's own text is one block; nested lists or paragraphs follow it.
                kind = "list_item" if name in LIST_ITEM_TAGS else "paragraph"
                own: list[str] = []
                nested: list[Tag] = []
                for sub in child.children:
                    if isinstance(sub, Tag) and (sub.name in BLOCK_TAGS or _has_block_child(sub)):
                        nested.append(sub)
                    elif isinstance(sub, Tag):
                        own.append("\n" if sub.name == "br" else _inline_text(sub))
                    elif not isinstance(sub, Comment):
                        own.append(str(sub))
                add(_block(kind, "".join(own)))
                walk(nested)
            else:
                walk(child.children)
            flush()

    walk(root.children)
    flush()
    return blocks


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Drop a block that repeats the block right before it."""
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].text == block.text and out[-1].kind == block.kind:
            continue
        out.append(block)
    return out


def page_html(response: object) -> str:
    """The HTML text of a Scrapy ``TextResponse``, decoded as ``decode_html`` describes."""
    if "playwright" in (getattr(response, "flags", None) or []):
        return response.text  # type: ignore[attr-defined]
    content_type = response.headers.get("Content-Type", b"").decode("latin-1")  # type: ignore[attr-defined]
    return decode_html(response.body, content_type, response.text)  # type: ignore[attr-defined]
