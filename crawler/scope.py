"""What belongs to one site: same host (``www.`` optional), same port, http or https.

A start URL is one site. ``www.example.nl`` and ``example.nl`` are the same site; a redirect from
http to https or from the bare domain to ``www.`` stays on the site; any other host is off-site.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that only track a visitor; dropped so one page is not fetched many times.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "_ga", "replytocom")


class InvalidStartUrl(ValueError):
    """The given start URL cannot be crawled (no host, unsupported scheme)."""


def normalize_start_url(url: str) -> str:
    """Return a crawlable absolute URL; a bare host name gets ``http://`` (sites redirect to https)."""
    url = (url or "").strip()
    if not url:
        raise InvalidStartUrl("leeg webadres")
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise InvalidStartUrl(f"alleen http- en https-adressen worden ondersteund ({parts.scheme})")
    host = parts.hostname
    if not host or " " in url:
        raise InvalidStartUrl("geen geldige hostnaam")
    try:
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        raise InvalidStartUrl("ongeldig poortnummer") from exc
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def bare_host(host: str) -> str:
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def site_name(url: str) -> str:
    """The site's host without ``www.`` (the ``SiteSnapshot.site`` value)."""
    try:
        return bare_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


def _explicit_port(url: str) -> int | None:
    parts = urlsplit(url)
    port = parts.port
    if port is None or port == DEFAULT_PORTS.get(parts.scheme.lower()):
        return None
    return port


def same_site(url: str, site_url: str) -> bool:
    """True when ``url`` lies on the site of ``site_url``.

    Hosts are compared without ``www.``; ports only matter when one of the URLs names a
    non-default port (local test sites share 127.0.0.1 but differ by port).
    """
    try:
        a, b = urlsplit(url), urlsplit(site_url)
        if a.scheme.lower() not in DEFAULT_PORTS:
            return False
        if bare_host(a.hostname or "") != bare_host(b.hostname or ""):
            return False
        return _explicit_port(url) == _explicit_port(site_url)
    except ValueError:
        return False


def rebase(url: str, base_url: str) -> str:
    """Move an on-site URL onto the scheme and host the site's home page answered from.

    After ``http://example.nl`` redirected to ``https://www.example.nl/``, a link to
    ``http://example.nl/contact`` is fetched as ``https://www.example.nl/contact`` (no duplicate).
    """
    a, b = urlsplit(url), urlsplit(base_url)
    query = "&".join(
        part for part in a.query.split("&")
        if part and not part.split("=", 1)[0].lower().startswith(TRACKING_PARAMS)
    )
    return urlunsplit((b.scheme, b.netloc, a.path or "/", query, ""))
