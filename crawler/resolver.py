"""DNS resolver with fixed entries (setting ``HOST_OVERRIDES``: host name -> IP address).

Like ``curl --resolve``: local sites can use real-looking names (``www.praktijk.test`` and
``praktijk.test``) that point at a loopback address. Other names resolve as usual.

With ``GUARD_ADDRESSES`` (self-scans) every answer, fixed or from DNS, is checked by
``crawler.netguard``: an internal or reserved address fails the lookup, so no connection to it
is ever made (the refused name and reason are kept in ``netguard.REFUSED`` for the message).
"""
from __future__ import annotations

from typing import Any, Sequence

from twisted.internet import defer

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from crawler import netguard


class HostOverrideResolver(CachingThreadedResolver):
    def __init__(self, reactor: Any, cache_size: int, timeout: float, overrides: dict[str, str],
                 guard: bool = False, allowed_networks: Sequence[str] = ()):
        super().__init__(reactor, cache_size, timeout)
        self.overrides = {host.lower(): ip for host, ip in overrides.items()}
        self.guard = guard
        self.allowed = netguard.parse_networks(allowed_networks)

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> "HostOverrideResolver":
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), settings.getdict("HOST_OVERRIDES"),
                   settings.getbool("GUARD_ADDRESSES"), settings.getlist("GUARD_ALLOWED_NETWORKS"))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:  # noqa: N802
        ip = self.overrides.get(name.lower().rstrip("."))
        answer = defer.succeed(ip) if ip is not None else super().getHostByName(name, timeout)
        if self.guard:
            answer.addCallback(self._checked, name)
        return answer

    def _checked(self, ip: str, name: str) -> str:
        reason = netguard.refusal(name, ip, self.allowed)
        if reason:
            netguard.REFUSED[name.lower().rstrip(".")] = reason
            raise DNSLookupError(reason)
        return ip
