"""Dutch texts of the crawler (failure reasons, crawl errors, progress), kept together.

A reviewer or provider reads these; code reads only the keys. ``classify_failure`` maps a
download failure (an exception from Scrapy or Twisted) to a ``CrawlError`` kind and text.
"""
from __future__ import annotations

# Scrapy and Twisted are imported inside the functions that classify their failures (and the two
# exception classes live in crawler/errors.py): the CLI process reads these texts without them.

UI = {
    # home page failures (failure_reason) ------------------------------------------------------
    "unreachable": "De website is niet bereikbaar ({detail}) op {url}.",
    "http_error_home": "De startpagina {url} gaf foutcode {status} ({status_text}); er is niets te beoordelen.",
    "robots_home": "Het robots.txt-bestand van de website verbiedt ons de startpagina {url} op te halen.",
    "redirect_loop_home": "De startpagina {url} blijft doorverwijzen (doorverwijzingslus); de website is niet te lezen.",
    "offsite_redirect_home": "De startpagina {url} verwijst door naar een andere website ({target}); geef het adres van die website op als het om dezelfde aanbieder gaat.",
    "not_html_home": "De startpagina {url} is geen webpagina maar een bestand van het type {content_type}.",
    "too_large_home": "De startpagina {url} is groter dan de toegestane {limit}; de website is niet gelezen.",
    "empty_home": "De website {url} bevat geen leesbare tekst.",
    "empty_js_home": "De website {url} bevat zonder JavaScript geen leesbare tekst, en weergave in een browser stond uit.",
    "render_failed_home": "De website {url} toont haar tekst pas met JavaScript en kon niet in een browser worden weergegeven ({detail}); er is geen leesbare tekst.",
    "invalid_url": "Ongeldig webadres '{url}': {detail}.",
    "crawler_crashed": "De crawler is onverwacht gestopt; de website {url} is niet gelezen.",
    "crawler_timeout": "Het ophalen van de website {url} duurde te lang en is afgebroken.",
    "other_home": "De startpagina {url} kon niet worden opgehaald ({detail}).",
    # errors on other pages (CrawlError.message) -------------------------------------------------
    "http_error": "De pagina {url} gaf foutcode {status}.",
    "unreachable_page": "De pagina {url} kon niet worden opgehaald ({detail}).",
    "redirect_loop": "De pagina {url} blijft doorverwijzen (doorverwijzingslus).",
    "too_large": "Het bestand {url} is groter dan de toegestane {limit} en is overgeslagen.",
    "broken_document": "Het document {url} kon niet worden gelezen ({detail}).",
    "empty_document": "Het document {url} bevat geen leesbare tekst (mogelijk een scan).",
    "render_failed": "De pagina {url} kon niet in een browser worden weergegeven ({detail}).",
    "budget_pages": "De limiet van {limit} pagina's per website is bereikt; niet alle pagina's zijn bekeken.",
    "budget_time": "De tijdslimiet van {limit} seconden per website is bereikt; niet alle pagina's zijn bekeken.",
    "budget_depth": "Pagina's die meer dan {limit} klikken van de startpagina liggen, zijn niet bekeken.",
    "budget_trap": "Veel bijna gelijke adressen onder {path} (bijvoorbeeld een eindeloze kalender); daarvan is slechts een deel bekeken.",
    "other": "De pagina {url} kon niet worden verwerkt ({detail}).",
    # progress --------------------------------------------------------------------------------
    "progress_started": "gestart",
    "progress_pages": "{pages} pagina's opgehaald",
    "progress_done": "klaar: {pages}, {documents}",
    "progress_failed": "mislukt: {reason}",
}

HTTP_STATUS_TEXT = {
    400: "ongeldig verzoek", 401: "inloggen vereist", 403: "toegang geweigerd", 404: "niet gevonden",
    410: "verwijderd", 429: "te veel verzoeken", 500: "serverfout", 502: "ongeldige gateway",
    503: "dienst niet beschikbaar", 504: "gateway-time-out",
}


def text(key: str, **params: object) -> str:
    return UI[key].format(**params)


def count_text(n: int, one: str, many: str) -> str:
    """``1 pagina``, ``12 pagina's``."""
    return f"{n} {one if n == 1 else many}"


def human_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n} bytes"


def __getattr__(name: str):
    """``OffsiteRequest`` and ``PageBudgetReached`` (Scrapy exceptions, see crawler/errors.py)."""
    if name in ("OffsiteRequest", "PageBudgetReached"):
        from crawler import errors

        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def unreachable_detail(exc: BaseException) -> str | None:
    """A short Dutch description when ``exc`` means the server could not be reached."""
    from scrapy.exceptions import (CannotResolveHostError, DownloadConnectionRefusedError, DownloadFailedError,
                                   DownloadTimeoutError, ResponseDataLossError)
    from twisted.internet import error as net_error

    if isinstance(exc, (DownloadConnectionRefusedError, net_error.ConnectionRefusedError)):
        return "verbinding geweigerd"
    if isinstance(exc, (CannotResolveHostError, net_error.DNSLookupError)):
        return "domeinnaam niet gevonden"
    if isinstance(exc, (DownloadTimeoutError, net_error.TimeoutError, net_error.TCPTimedOutError)):
        return "geen antwoord binnen de wachttijd"
    if isinstance(exc, (net_error.ConnectionLost, net_error.ConnectionDone, ResponseDataLossError)):
        return "verbinding verbroken"
    if isinstance(exc, net_error.SSLError) or "SSL" in type(exc).__name__ or "TLS" in type(exc).__name__:
        return "beveiligde verbinding mislukt"
    if isinstance(exc, (net_error.ConnectError, DownloadFailedError, net_error.NoRouteError)):
        return "verbinding mislukt"
    return None


def render_failure_detail(exc: BaseException) -> str:
    """A short Dutch description of why the headless browser failed."""
    message = str(exc)
    if "BrowserType.launch" in message or "Executable doesn't exist" in message:
        return "de browser kon niet worden gestart"
    if "Timeout" in message or "timeout" in message:
        return "de pagina laadde niet binnen de wachttijd"
    if "net::ERR_" in message:
        return "laadfout " + message.split("net::", 1)[1].split()[0]
    first_line = message.strip().splitlines()[0] if message.strip() else type(exc).__name__
    return first_line[:120]


def classify_failure(exc: BaseException, url: str, *, home: bool, maxsize: int) -> tuple[str, str, int | None]:
    """(CrawlError kind, Dutch message, HTTP status) for a failed download of ``url``."""
    from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError

    from crawler.errors import OffsiteRequest

    if isinstance(exc, HttpError):
        status = exc.response.status
        if home:
            return "http_error", text(
                "http_error_home", url=url, status=status,
                status_text=HTTP_STATUS_TEXT.get(status, "fout"),
            ), status
        return "http_error", text("http_error", url=url, status=status), status
    if isinstance(exc, OffsiteRequest):
        return "offsite_redirect", text("offsite_redirect_home", url=url, target=str(exc)), None
    from crawler.netguard import RefusedAddress

    if isinstance(exc, RefusedAddress):
        return "refused_address", str(exc), None
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if "robots.txt" in message:
            return "robots", text("robots_home", url=url), None
        if "redirections" in message:
            key = "redirect_loop_home" if home else "redirect_loop"
            return "redirect_loop", text(key, url=url), None
        return "other", text("other_home" if home else "other", url=url, detail=message), None
    if isinstance(exc, DownloadCancelledError) and "max size" in str(exc):
        key = "too_large_home" if home else "too_large"
        return "too_large", text(key, url=url, limit=human_size(maxsize)), None
    detail = unreachable_detail(exc)
    if detail:
        key = "unreachable" if home else "unreachable_page"
        return "unreachable", text(key, url=url, detail=detail), None
    name = type(exc).__name__
    return "other", text("other_home" if home else "other", url=url, detail=name), None
