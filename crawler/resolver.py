"""DNS resolver with fixed entries (setting ``HOST_OVERRIDES``: host name -> IP address).

Like ``curl --resolve``: local sites can use real-looking names (``www.praktijk.test`` and
``praktijk.test``) that point at a loopback address. Other names resolve as usual.
"""
from __future__ import annotations

from typing import Any, Sequence

from twisted.internet import defer

from scrapy.resolver import CachingThreadedResolver


class HostOverrideResolver(CachingThreadedResolver):
    def __init__(self, reactor: Any, cache_size: int, timeout: float, overrides: dict[str, str]):
        super().__init__(reactor, cache_size, timeout)
        self.overrides = {host.lower(): ip for host, ip in overrides.items()}

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> "HostOverrideResolver":
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, settings.getfloat("DNS_TIMEOUT"), settings.getdict("HOST_OVERRIDES"))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:  # noqa: N802
        ip = self.overrides.get(name.lower().rstrip("."))
        if ip is not None:
            return defer.succeed(ip)
        return super().getHostByName(name, timeout)
