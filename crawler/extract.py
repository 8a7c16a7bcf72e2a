"""HTML -> structured text: the page's main text as ``Block`` items, header/footer text apart.

lxml's HTML parser (libxml2) copes with malformed HTML; the tree is walked directly (no
BeautifulSoup layer over it, which cost more than the parse itself). What is dropped: scripts, styles,
hidden elements, navigation menus and cookie banners. What is kept apart: the site header and
footer (``<header>``, ``<footer>``, role=banner/contentinfo outside an article), which the snapshot
stores once per site. Text is normalised (whitespace, no-break spaces, soft hyphens); lines split
by ``<br>`` stay separate lines within their block.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree
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


def _parse(html: str) -> etree._Element | None:
    """The document's root element, or None for an empty document. Fed as text, so an XML
    declaration with an encoding does not stop the parser."""
    parser = etree.HTMLParser()
    try:
        parser.feed(html)
        return parser.close()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def extract_html(html: str) -> PageContent:
    """Parse one HTML page into its title, main-text blocks and header/footer blocks."""
    content = PageContent()
    doc = _parse(html)
    if doc is None:
        return content
    scripts = 0
    title_tag = None
    for el in doc.iter():
        if el.tag == "script":
            scripts += 1
        elif el.tag == "title" and title_tag is None:
            title_tag = el
    content.script_count = scripts
    if title_tag is not None:
        content.title = normalize_text(" ".join(_strings(title_tag))).replace("\n", " ")
    _drop_noise(doc)
    root = next(doc.iter("body"), None)
    if root is None:
        root = doc
    chrome = _take_site_chrome(root)
    for element in chrome:
        content.site_blocks.extend(_blocks_of(element))
    content.blocks = _dedupe(
        ([Block(kind="title", text=content.title)] if content.title else []) + _blocks_of(root)
    )
    content.site_blocks = _dedupe(content.site_blocks)
    return content


# --- tree helpers ---------------------------------------------------------------------------
# An element's content in document order is its ``text``, then each child followed by that
# child's ``tail``. Comments and processing instructions are removed first, so every node left
# is an element or a string.

def _nodes(el: etree._Element) -> list[etree._Element | str]:
    """The element's children in document order: strings and elements."""
    out: list[etree._Element | str] = [el.text] if el.text else []
    for child in el:
        out.append(child)
        if child.tail:
            out.append(child.tail)
    return out


def _strings(el: etree._Element) -> list[str]:
    """Every text string below ``el`` (not its own tail), in document order."""
    out = [el.text] if el.text else []
    for d in el.iterdescendants():
        if d.text:
            out.append(d.text)
        if d.tail:
            out.append(d.tail)
    return out


def _remove(el: etree._Element) -> None:
    """Take ``el`` out of the tree; the text right after it stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    el.tail = None
    parent.remove(el)


def _attr_text(el: etree._Element) -> str:
    return " ".join([*(el.get("class") or "").split(), el.get("id") or ""])


def _get_text(el: etree._Element) -> str:
    """The element's text, each string stripped, joined with spaces."""
    return " ".join(t for t in (s.strip() for s in _strings(el)) if t)


def _link_ratio(el: etree._Element) -> float:
    text = _get_text(el)
    if not text:
        return 1.0
    link_text = sum(len(_get_text(a)) for a in el.iterdescendants("a"))
    return link_text / len(text)


# --- cleaning -------------------------------------------------------------------------------

def _drop_noise(doc: etree._Element) -> None:
    for node in list(doc.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(node)
    for el in list(doc.iter(*DROP_TAGS)):
        _remove(el)
    _drop_hidden(doc)


def _drop_hidden(el: etree._Element) -> None:
    """Hidden elements, navigation, cookie banners and link menus, in document order (a menu's
    link share is measured before anything inside it is dropped)."""
    for child in list(el):
        if child.tag not in ("html", "body") and _noise(child):
            _remove(child)
        else:
            _drop_hidden(child)


def _noise(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style") or ""):
        return True
    name = el.tag
    role = (el.get("role") or "").lower()
    if name == "nav" or role in ("navigation", "menubar", "menu"):
        return True
    marker = _attr_text(el)
    if marker and COOKIE_MARKERS.search(marker) and name not in ("main", "article"):
        return True
    return bool(marker and MENU_MARKERS.search(marker) and name in ("div", "ul", "ol", "aside") and _link_ratio(el) > 0.6)


def _inside(el: etree._Element, names: tuple[str, ...]) -> bool:
    return any(parent.tag in names for parent in el.iterancestors())


def _take_site_chrome(root: etree._Element) -> list[etree._Element]:
    """Remove and return the site header and footer (not headers of articles or sections)."""
    found: list[etree._Element] = []

    def visit(el: etree._Element) -> None:
        for child in el:
            if _is_chrome(child):
                found.append(child)
            else:
                visit(child)

    visit(root)
    for el in found:
        _remove(el)
    return found


def _is_chrome(el: etree._Element) -> bool:
    name = el.tag
    role = (el.get("role") or "").lower()
    return (
        role in ("banner", "contentinfo")
        or (name in ("header", "footer") and not _inside(el, ("article", "section", "main", "aside")))
        or (name == "div" and bool(SITE_CHROME_IDS.match(el.get("id") or "")))
        or (name == "div" and not SITE_CHROME_CLASSES.isdisjoint((el.get("class") or "").split()))
        or (el.get("data-elementor-type") or "") in ("header", "footer")
    )


# --- blocks ---------------------------------------------------------------------------------

def _has_block_child(el: etree._Element) -> bool:
    return any(d.tag in BLOCK_TAGS for d in el.iterdescendants())


def _touches_element(el: etree._Element) -> bool:
    """True when ``el`` directly follows another element, e.g. ``<strong>A</strong><small>B</small>``.

    Such neighbours are usually styled as separate pieces (a logo and its tagline, a label and
    its value), so their texts are joined with a space rather than glued together.
    """
    prev = el.getprevious()
    return prev is not None and not prev.tail and prev.tag != "br"


def _inline_text(el: etree._Element) -> str:
    """Text of inline content, with ``<br>`` kept as a line break."""
    parts: list[str] = []

    def visit(node: etree._Element) -> None:
        for child in _nodes(node):
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                if _touches_element(child) and parts and parts[-1][-1:].strip():
                    parts.append(" ")
                visit(child)

    visit(el)
    return "".join(parts)


def _block(kind: str, raw: str, level: int = 0) -> Block | None:
    text = normalize_text(raw)
    if kind in ("heading", "table_row"):
        text = text.replace("\n", " ")
    return Block(kind=kind, text=text, level=level) if text else None  # type: ignore[arg-type]


def _cells(tr: etree._Element) -> list[etree._Element]:
    return [c for c in tr if c.tag in ("td", "th")]


def _table_row(tr: etree._Element) -> Block | None:
    texts = [normalize_text(_inline_text(c)).replace("\n", " ") for c in _cells(tr)]
    texts = [t for t in texts if t]
    return Block(kind="table_row", text=" | ".join(texts)) if texts else None


def _is_layout_row(tr: etree._Element) -> bool:
    return any(_has_block_child(c) for c in _cells(tr))


def _blocks_of(root: etree._Element) -> list[Block]:
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

    def walk(nodes: list[etree._Element | str]) -> None:
        for child in nodes:
            if isinstance(child, str):
                buffer.append(child)
                continue
            name = child.tag
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
                nested: list[etree._Element] = []
                for sub in _nodes(child):
                    if isinstance(sub, str):
                        own.append(sub)
                    elif sub.tag in BLOCK_TAGS or _has_block_child(sub):
                        nested.append(sub)
                    else:
                        own.append("\n" if sub.tag == "br" else _inline_text(sub))
                add(_block(kind, "".join(own)))
                walk(nested)
            else:
                walk(_nodes(child))
            flush()

    walk(_nodes(root))
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
