"""Labelled corpus records -> small local websites, one per provider domain.

A corpus record (see the labeling guide) holds the stored text of ONE page of a provider site.
For the evaluation every domain becomes a little website: each record's text is rendered as an
HTML page at the path of the record's URL, and the home page ``/`` links every page. The sites
are served with ``SiteServer`` on their own loopback address (127.0.0.2, 127.0.0.3, ...), so the
real crawler sees separate hosts.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence
from urllib.parse import quote, urlsplit

from keurmerk_scan.siteserver import Route, SiteServer
# The set-aside part of a corpus: a third of the provider domains, chosen by a hash of the
# domain and a fixed seed, so the split never depends on the order or size of the file.
from keurmerk_scan.splits import (HALF_OPENED, HALF_SEALED, OPEN_HALF_SEED, SPLIT_HELDOUT, SPLIT_SEED,  # noqa: F401
                                  SPLIT_TUNE, set_aside_half)  # (also imported from here)

REQUIRED_FIELDS = ("url", "text", "labels")
LABEL_VALUES = (0, 1, 2)
HEADING_MAX_CHARS = 80
LINK_TEXT_MAX_CHARS = 80
# Characters left as they are when a record path is turned into the request path a crawler sends.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"

_BULLET = re.compile(r"^(?:[•\-*●▪◦–]\s+|[•●▪◦])\s*(?P<text>.*)$")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?P<text>.*)$")
_SENTENCE_END = (".", "!", "?", ";", ",", ":")


class CorpusError(ValueError):
    """The corpus file cannot be used; the message (Dutch) names the file and line."""


@dataclass(frozen=True)
class CorpusRecord:
    line: int
    url: str
    domain: str
    text: str
    labels: dict[str, int]
    cqi_year: int | None = None
    why: str = ""
    padding: bool = False  # a filler page added by ``pad_records``


@dataclass
class SitePage:
    """One generated page of a corpus site."""

    path: str            # request path (with query string), e.g. "/praktijk/werkwijze/"
    title: str
    html: str
    record: CorpusRecord | None = None  # None for a generated home page


@dataclass
class CorpusSite:
    domain: str
    records: list[CorpusRecord]
    pages: list[SitePage] = field(default_factory=list)

    def routes(self) -> dict[str, Route]:
        routes = {p.path: Route.html(p.html) for p in self.pages}
        routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", 200, "text/plain; charset=utf-8")
        return routes

    def original_url(self, path: str) -> str:
        """The corpus URL of a generated page (for reports), else the domain's home URL."""
        for page in self.pages:
            if page.path == path and page.record is not None:
                return page.record.url
        return f"https://{self.domain}{path}"


# --------------------------------------------------------------------------- loading


def load_corpus(path: str | Path, criteria: Sequence[str]) -> list[CorpusRecord]:
    """Read and validate a JSONL corpus. Raises ``CorpusError`` naming the offending line."""
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"corpusbestand niet gevonden: {path}")
    if not path.is_file():
        raise CorpusError(f"{path} is geen bestand")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path} is geen UTF-8-tekst ({exc.reason} op positie {exc.start})") from None
    records: list[CorpusRecord] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        records.append(parse_record(raw, number, path, criteria))
    if not records:
        raise CorpusError(f"{path} bevat geen records")
    return records


def parse_record(raw: str, number: int, path: Path | str, criteria: Sequence[str]) -> CorpusRecord:
    where = f"{path}, regel {number}"
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{where}: geen geldige JSON ({exc.msg}, kolom {exc.colno})") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: verwacht een JSON-object per regel")
    missing = [k for k in REQUIRED_FIELDS if k not in data]
    if missing:
        raise CorpusError(f"{where}: veld(en) ontbreken: {', '.join(missing)}")
    url = data["url"]
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise CorpusError(f"{where}: ongeldige url {url!r}")
    text = data["text"]
    if not isinstance(text, str):
        raise CorpusError(f"{where}: 'text' moet tekst zijn")
    domain = data.get("domain") or parts.hostname
    if not isinstance(domain, str):
        raise CorpusError(f"{where}: 'domain' moet tekst zijn")
    domain = domain.strip().lower().removeprefix("www.")
    labels = data["labels"]
    if not isinstance(labels, dict):
        raise CorpusError(f"{where}: 'labels' moet een object zijn, bijvoorbeeld {{\"2b-6\": 0, ...}}")
    unknown = [k for k in labels if k not in criteria]
    if unknown:
        raise CorpusError(
            f"{where}: onbekend criterium {', '.join(map(repr, unknown))} "
            f"(bekend: {', '.join(criteria)})"
        )
    absent = [c for c in criteria if c not in labels]
    if absent:
        raise CorpusError(f"{where}: label ontbreekt voor {', '.join(absent)}")
    for cid, value in labels.items():
        if isinstance(value, bool) or value not in LABEL_VALUES:
            raise CorpusError(f"{where}: label {cid} = {value!r}, verwacht 0, 1 of 2")
    cqi_year = data.get("cqi_year")
    if cqi_year is not None and (isinstance(cqi_year, bool) or not isinstance(cqi_year, int)):
        raise CorpusError(f"{where}: 'cqi_year' moet een jaartal of null zijn, niet {cqi_year!r}")
    return CorpusRecord(
        line=number, url=url, domain=domain, text=text,
        labels={c: int(labels[c]) for c in criteria},
        cqi_year=cqi_year, why=str(data.get("why") or ""),
    )


# --------------------------------------------------------------------------- split and padding


def _hash(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()[:8], "big")


def split_of(domain: str, seed: str = SPLIT_SEED) -> str:
    """``apart`` for the set-aside third of the domains, ``afstemming`` for the rest."""
    return SPLIT_HELDOUT if _hash(seed, domain) % 3 == 0 else SPLIT_TUNE


def is_filler(record: CorpusRecord) -> bool:
    """A page that both readers labelled as meeting no criterion."""
    return all(v == 0 for v in record.labels.values())


def pad_records(records: Sequence[CorpusRecord], per_site: int, seed: str = SPLIT_SEED) -> list[CorpusRecord]:
    """Every domain gets ``per_site`` extra pages that meet no criterion, taken from other domains.

    Real provider sites are mostly pages that meet no criterion (blog posts, news, privacy,
    general articles); this makes the small corpus sites look like that. Fillers are chosen
    per domain by a seeded hash (reproducible), never from the domain itself and only from
    domains of the same part of the split (the set-aside part stays unseen, fillers included),
    and served at their own path under the domain. Their labels are all 0, so the expected
    verdicts stay.
    """
    fillers = [r for r in records if is_filler(r)]
    out = list(records)
    if per_site <= 0 or not fillers:
        return out
    domains = list(dict.fromkeys(r.domain for r in records))
    for domain in domains:
        part = split_of(domain)
        pool = sorted((f for f in fillers if f.domain != domain and split_of(f.domain) == part),
                      key=lambda f: _hash(seed, domain, f.url))
        for filler in pool[:per_site]:
            parts = urlsplit(filler.url)
            path = parts.path or "/"
            if path.rstrip("/") == "":
                path = f"/{filler.domain.split('.')[0]}/"
            url = f"https://{domain}{path}" + (f"?{parts.query}" if parts.query else "")
            out.append(CorpusRecord(line=filler.line, url=url, domain=domain, text=filler.text,
                                    labels=dict(filler.labels), cqi_year=None, why="", padding=True))
    return out


# --------------------------------------------------------------------------- text -> HTML


def request_path(url: str) -> str:
    """Path plus query of ``url`` as a crawler requests it (non-ASCII percent-encoded)."""
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    return path


def _list_item(line: str) -> tuple[str, str] | None:
    """``("ul"|"ol", text)`` when the line is a list item."""
    m = _BULLET.match(line)
    if m:
        return "ul", m.group("text")
    m = _NUMBERED.match(line)
    if m:
        return "ol", m.group("text")
    return None


def _title_like(line: str) -> bool:
    return (
        len(line) < HEADING_MAX_CHARS
        and not line.endswith(_SENTENCE_END)
        and not line[:1].islower()
        and any(ch.isalpha() for ch in line)
    )


MAX_TITLE_CHARS = 90           # a longer first line is a paragraph
TITLE_WORDS_FROM_PARAGRAPH = 8


def text_to_body(text: str) -> tuple[str, list[str]]:
    """Split stored page text into (title, body HTML fragments).

    The first line is the title (a first line over 90 characters is a paragraph, and its first
    eight words name the page); blank lines separate paragraphs; lines starting with a bullet
    or "1." become list items; a short title-like line (no final punctuation, under 80 characters)
    followed by a sentence or a list becomes ``<h2>``; other lines become ``<p>``.
    """
    lines = [" ".join(line.split()) for line in text.splitlines()]
    units: list[tuple[str, str]] = []   # (kind, text); kind: line | ul | ol | gap
    for line in lines:
        if not line:
            units.append(("gap", ""))
            continue
        item = _list_item(line)
        units.append(item if item and item[1] else ("line", line))
    content = [u for u in units if u[0] != "gap"]
    if not content:
        return "", []
    title = content[0][1]
    start = units.index(content[0]) + 1
    if len(title) > MAX_TITLE_CHARS:
        # stored text that starts with a paragraph, not a title: the page is named after its first
        # words and the paragraph stays text (as the corpus's sites are served for the real measure)
        title = " ".join(title.split()[:TITLE_WORDS_FROM_PARAGRAPH])
        start -= 1
    units = units[start:]

    fragments: list[str] = []
    i = 0
    while i < len(units):
        kind, value = units[i]
        if kind == "gap":
            i += 1
            continue
        if kind in ("ul", "ol"):
            items: list[str] = []
            while i < len(units) and units[i][0] == kind:
                items.append(f"<li>{html.escape(units[i][1])}</li>")
                i += 1
            fragments.append(f"<{kind}>\n" + "\n".join(items) + f"\n</{kind}>")
            continue
        following = next(((k, v) for k, v in units[i + 1:] if k != "gap"), None)
        # A heading introduces text: a list or a sentence, not another short title-like line.
        introduces = following is not None and (following[0] != "line" or not _title_like(following[1]))
        if _title_like(value) and introduces:
            fragments.append(f"<h2>{html.escape(value)}</h2>")
        else:
            fragments.append(f"<p>{html.escape(value)}</p>")
        i += 1
    return title, fragments


def render_page(title: str, fragments: Iterable[str], nav_links: Sequence[tuple[str, str]] = ()) -> str:
    nav = ""
    if nav_links:
        items = "\n".join(
            f'<li><a href="{html.escape(href, quote=True)}">{html.escape(text)}</a></li>'
            for href, text in nav_links
        )
        nav = f"<nav>\n<ul>\n{items}\n</ul>\n</nav>\n"
    body = "\n".join(fragments)
    esc_title = html.escape(title)
    return (
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{esc_title}</title>\n</head>\n<body>\n{nav}<main>\n<h1>{esc_title}</h1>\n"
        f"{body}\n</main>\n</body>\n</html>\n"
    )


def _link_text(title: str, path: str) -> str:
    text = title or path
    if len(text) > LINK_TEXT_MAX_CHARS:
        text = text[:LINK_TEXT_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def build_sites(records: Sequence[CorpusRecord]) -> list[CorpusSite]:
    """Group records by domain (first-seen order) and generate each site's pages."""
    by_domain: dict[str, list[CorpusRecord]] = {}
    for rec in records:
        by_domain.setdefault(rec.domain, []).append(rec)
    return [build_site(domain, recs) for domain, recs in by_domain.items()]


def build_site(domain: str, records: Sequence[CorpusRecord]) -> CorpusSite:
    site = CorpusSite(domain=domain, records=list(records))
    pages: list[tuple[str, str, list[str], CorpusRecord]] = []
    taken: set[str] = set()
    for rec in records:
        path = request_path(rec.url)
        base, n = path, 2
        while path in taken:  # the same path twice (e.g. www and bare host): keep both pages
            sep = "&" if "?" in base else "?"
            path, n = f"{base}{sep}kopie={n}", n + 1
        taken.add(path)
        title, fragments = text_to_body(rec.text)
        pages.append((path, title, fragments, rec))

    links = [(path, _link_text(title, path)) for path, title, _, _ in pages if path != "/"]
    for path, title, fragments, rec in pages:
        nav = links if path == "/" else ()
        site.pages.append(SitePage(path, title, render_page(title or domain, fragments, nav), rec))
    if "/" not in taken:
        site.pages.insert(0, SitePage("/", domain, render_page(domain, [], links)))
    return site


# --------------------------------------------------------------------------- serving


# 127.0.0.53 is systemd-resolved's stub resolver on many machines; binding there makes the
# server's reverse lookup of its own address wait for a DNS timeout (5 s), so it is skipped.
_RESERVED_LOOPBACK = {"127.0.0.1", "127.0.0.53"}
_PER_BLOCK = 253  # 127.0.X.2 ... 127.0.X.254


def loopback_host(index: int) -> str:
    """A distinct loopback address per site: 127.0.0.2, 127.0.0.3, ... then 127.0.1.2, ..."""
    n = 0
    for high in range(256):
        for low in range(2, 2 + _PER_BLOCK):
            host = f"127.0.{high}.{low}"
            if host in _RESERVED_LOOPBACK:
                continue
            if n == index:
                return host
            n += 1
    raise ValueError("te veel websites voor de loopback-adressen")


class ServedSites:
    """Serve every corpus site on its own loopback address (context manager)."""

    def __init__(self, sites: Sequence[CorpusSite]):
        self.sites = list(sites)
        self.servers: list[SiteServer] = []

    def __enter__(self) -> "ServedSites":
        # Binding looks up the host name of each address, which takes a moment: bind in parallel.
        def start(index: int) -> SiteServer:
            return SiteServer(self.sites[index].routes(), host=loopback_host(index), port=0).start()

        with ThreadPoolExecutor(max_workers=min(32, max(1, len(self.sites)))) as pool:
            futures = [pool.submit(start, i) for i in range(len(self.sites))]
        errors = [f.exception() for f in futures if f.exception() is not None]
        self.servers = [f.result() for f in futures if f.exception() is None]
        if errors:
            self._stop_all()
            raise errors[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop_all()

    def _stop_all(self) -> None:
        # SiteServer.stop() waits for its serve loop to notice (up to half a second); stopping
        # the servers one after another would cost that once per site, so stop them together.
        if not self.servers:
            return
        with ThreadPoolExecutor(max_workers=min(256, len(self.servers))) as pool:
            list(pool.map(lambda server: server.stop(), self.servers))

    @property
    def urls(self) -> list[str]:
        return [s.url for s in self.servers]

    def __iter__(self) -> Iterator[tuple[CorpusSite, SiteServer]]:
        return iter(zip(self.sites, self.servers))
