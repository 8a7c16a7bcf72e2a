"""Safe fetching of user-given URLs: refuse internal and reserved network addresses (SSRF guard).

A self-scan starts at an address a provider typed in. Such a crawl must never reach the scan
server's own network: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
(169.254/16, fe80::/10), multicast, reserved or unspecified addresses, or a cloud metadata
service (169.254.169.254). The guard is on when the setting ``GUARD_ADDRESSES`` is true
(``CrawlOptions.refuse_internal_addresses``) and works at three places:

- ``GuardedResolver`` (``crawler.resolver``) checks every DNS answer before a connection is made,
  so neither a link nor a redirect to a host name that resolves inward gets a connection;
- ``AddressGuardMiddleware`` (downloader middleware) checks every request before it leaves,
  redirects included (Scrapy sends each redirect through the middlewares again): only http(s),
  IP literals checked directly, host names resolved (the resolver caches the answer, so the
  connection uses the address that was checked) and refused with a Dutch reason;
- ``guard_page`` (page init callback of rendered pages) checks every request Chromium makes, each
  redirect hop included (Chromium's own redirects are replaced by fetches without redirects), and
  ``abort_request`` (``PLAYWRIGHT_ABORT_REQUEST``) does the same check as a second line.

``GUARD_ALLOWED_NETWORKS`` lists networks allowed anyway; only tests set it (loopback fixtures).
Cloud metadata addresses are never allowed.
"""
from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Any, Iterable
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",   # AWS, GCP, Azure, OpenStack
    "169.254.170.2",     # AWS ECS task metadata
    "100.100.100.200",   # Alibaba Cloud
    "fd00:ec2::254",     # AWS over IPv6
))

# Host names refused by the resolver, with the reason (read by the middleware for a clear message).
REFUSED: dict[str, str] = {}
# Networks allowed despite the guard, set per crawl process from GUARD_ALLOWED_NETWORKS (tests).
_ALLOWED: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
_ENABLED = False


class RefusedAddress(IgnoreRequest):
    """A request to an internal or reserved network address; ``str(exc)`` is the Dutch reason."""


def parse_networks(networks: Iterable[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(n, strict=False) for n in networks]


def configure(enabled: bool, allowed: Iterable[str] = ()) -> None:
    global _ENABLED
    _ENABLED = enabled
    _ALLOWED[:] = parse_networks(allowed)


def _kind(ip: Address) -> str | None:
    """Dutch name of the kind of non-public address, or None for a public address."""
    if ip in METADATA_ADDRESSES:
        return "het adres van een cloud-metadatadienst"
    if ip.is_loopback:
        return "een loopback-adres (de scanserver zelf)"
    if ip.is_link_local:
        return "een link-local-adres"
    if ip.is_multicast:
        return "een multicastadres"
    if ip.is_unspecified:
        return "een ongespecificeerd adres"
    if ip.is_private:
        return "een privé-netwerkadres"
    if ip.is_reserved:
        return "een gereserveerd adres"
    if not ip.is_global:
        return "een niet-openbaar netwerkadres"
    return None


def parse_ip(text: str) -> Address | None:
    try:
        ip = ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        # ::ffff:10.0.0.1 and 64:ff9b::/96-style embeddings reach the IPv4 address inside.
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip.sixtofour is not None:
            return ip.sixtofour
    return ip


def refusal(host: str, ip_text: str, allowed: Iterable[Any] | None = None) -> str | None:
    """The Dutch reason why ``ip_text`` (an answer for ``host``) may not be fetched, or None."""
    ip = parse_ip(ip_text)
    if ip is None:
        return f"Het adres {host} kon niet worden gecontroleerd en wordt daarom niet opgehaald."
    allowed = _ALLOWED if allowed is None else list(allowed)
    if ip not in METADATA_ADDRESSES and any(ip.version == net.version and ip in net for net in allowed):
        return None
    kind = _kind(ip)
    if kind is None:
        return None
    shown = host if host.strip("[]") == str(ip_text).strip("[]") else f"{host} ({ip_text})"
    return (f"Het adres {shown} is {kind}. Zo'n intern of gereserveerd adres wordt om veiligheidsredenen "
            "niet opgehaald; geef het openbare webadres van de praktijk op.")


def scheme_refusal(url: str) -> str | None:
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return None
    return f"Alleen webadressen met http of https worden opgehaald, niet '{scheme}:'."


def check_url_now(url: str, allowed: Iterable[Any] | None = None, resolve=None) -> str | None:
    """A blocking check of a URL as typed in a form: scheme, IP literal, every DNS answer.

    Returns the Dutch reason for refusing it, or None. A name that does not resolve passes here;
    the crawl then reports it as unreachable.
    """
    reason = scheme_refusal(url)
    if reason:
        return reason
    host = urlsplit(url).hostname or ""
    if not host:
        return "Het webadres bevat geen domeinnaam."
    if parse_ip(host) is not None:
        return refusal(host, host, allowed)
    try:
        answers = (resolve or socket.getaddrinfo)(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return None
    for answer in answers:
        reason = refusal(host, answer[4][0], allowed)
        if reason:
            return reason
    return None


class AddressGuardMiddleware:
    """Downloader middleware: refuse a request to an internal address before it is sent."""

    def __init__(self, crawler: Any):
        settings = crawler.settings
        self.enabled = settings.getbool("GUARD_ADDRESSES")
        configure(self.enabled, settings.getlist("GUARD_ALLOWED_NETWORKS"))
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "AddressGuardMiddleware":
        return cls(crawler)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        if not self.enabled:
            return None
        reason = scheme_refusal(request.url)
        host = urlsplit(request.url).hostname or ""
        if reason is None and parse_ip(host) is not None:
            reason = refusal(host, host)
        if reason is None and host:
            reason = await self._resolve_and_check(host)
        if reason:
            self.stats.inc_value("keurmerk/refused_address")
            raise RefusedAddress(reason)
        return None

    async def _resolve_and_check(self, host: str) -> str | None:
        from twisted.internet import reactor

        try:
            ip = await maybe_deferred_to_future(reactor.resolver.getHostByName(host))
        except Exception:  # noqa: BLE001 (a failed lookup is reported by the download itself)
            return REFUSED.get(host.lower().rstrip("."))
        return refusal(host, ip)

    def process_exception(self, request: Any, exception: BaseException, spider: Any = None) -> None:
        host = (urlsplit(request.url).hostname or "").lower().rstrip(".")
        if self.enabled and host in REFUSED and not isinstance(exception, RefusedAddress):
            raise RefusedAddress(REFUSED[host])
        return None


async def guard_page(page: Any, request: Any) -> None:
    """``playwright_page_init_callback`` of a guarded crawl: every request of the page, each hop of
    every redirect included, is checked before it leaves.

    Chromium follows redirects inside its network stack, where no route handler sees them. So this
    handler (registered after scrapy-playwright's, hence consulted first) fetches each allowed
    request itself without following redirects and hands the answer to the browser; a redirect
    comes back to Chromium as such, and its next hop is a new request that passes here again.
    """
    await page.route("**/*", _guarded_route)


async def _guarded_route(route: Any, request: Any) -> None:
    try:
        if await abort_request(request):
            await route.abort("blockedbyclient")
            return
        if request.url.startswith(("data:", "blob:", "about:")):
            await route.fallback()
            return
        response = await route.fetch(max_redirects=0)
        await route.fulfill(response=response)
    except Exception:  # noqa: BLE001 (a page closed meanwhile, or a network error: nothing is fetched)
        try:
            await route.abort()
        except Exception:  # noqa: BLE001
            pass


async def abort_request(request: Any) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST of a guarded crawl: heavy resources, and anything Chromium would
    fetch from an internal address (each DNS answer checked)."""
    from crawler.rendering import abort_heavy_request

    if abort_heavy_request(request):
        return True
    if not _ENABLED:
        return False
    url = request.url
    if url.startswith(("data:", "blob:", "about:")):
        return False
    if scheme_refusal(url):
        return True
    host = urlsplit(url).hostname or ""
    if parse_ip(host) is not None:
        return refusal(host, host) is not None
    try:
        answers = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return True
    return any(refusal(host, a[4][0]) for a in answers)
