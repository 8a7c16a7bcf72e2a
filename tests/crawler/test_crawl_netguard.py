"""SSRF guard of self-scans (crawler.netguard): internal addresses are refused before any request leaves.

The crawl test runs ONE crawl_sites call with every case as its own site. The only allowed
network is the single loopback address of the "entry" fixture site (the explicit test setting);
a second loopback site, the "inside" one, plays the internal server: it must receive nothing.
"""
from __future__ import annotations

import socket

import pytest
from twisted.internet.error import DNSLookupError

from crawler import netguard
from crawler.resolver import HostOverrideResolver
from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, next_host, page
from keurmerk_scan.siteserver import Route, SiteServer


@pytest.mark.parametrize("ip, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "privé"), ("172.16.0.9", "privé"), ("192.168.1.1", "privé"), ("fd12::1", "privé"),
    ("169.254.169.254", "cloud-metadata"), ("fd00:ec2::254", "cloud-metadata"),
    ("169.254.10.10", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.251", "multicast"), ("0.0.0.0", "ongespecificeerd"), ("240.0.0.1", "gereserveerd"),
    ("100.64.0.1", "niet-openbaar"), ("::ffff:10.0.0.1", "privé"),
])
def test_internal_addresses_are_refused_with_a_dutch_reason(ip, kind):
    reason = netguard.refusal("praktijk.test", ip, allowed=[])
    assert reason is not None and kind in reason
    assert "niet opgehaald" in reason


@pytest.mark.parametrize("ip", ["93.184.216.34", "2a00:1450:400e:80c::200e", "145.97.39.155"])
def test_public_addresses_pass(ip):
    assert netguard.refusal("praktijk.test", ip, allowed=[]) is None


def test_allowed_networks_never_include_cloud_metadata():
    allowed = netguard.parse_networks(["127.0.0.0/8", "169.254.0.0/16"])
    assert netguard.refusal("x", "127.0.0.5", allowed) is None
    assert netguard.refusal("x", "169.254.169.254", allowed) is not None


def test_form_check_looks_at_every_dns_answer(monkeypatch):
    """A host name with one public and one private answer is refused (the resolver is faked)."""
    def fake_getaddrinfo(host, port, type=0):
        assert host == "praktijk-intern.test"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 0))]

    reason = netguard.check_url_now("https://praktijk-intern.test/", allowed=[], resolve=fake_getaddrinfo)
    assert reason and "praktijk-intern.test (10.0.0.7)" in reason and "privé-netwerkadres" in reason
    assert netguard.check_url_now("file:///etc/passwd", allowed=[]) .startswith("Alleen webadressen met http")
    assert "169.254.169.254" in netguard.check_url_now("http://169.254.169.254/latest/meta-data/", allowed=[])
    assert "loopback" in netguard.check_url_now("http://[::1]:8000/", allowed=[])


def test_resolver_fails_the_lookup_of_a_name_that_resolves_inward(monkeypatch):
    from twisted.internet import defer, reactor

    monkeypatch.setattr("scrapy.resolver.CachingThreadedResolver.getHostByName",
                        lambda self, name, timeout=(): defer.succeed("192.168.10.20"))
    resolver = HostOverrideResolver(reactor, 0, 5.0, {"vast.test": "10.9.9.9"}, guard=True)
    failures = []
    resolver.getHostByName("dns.test").addErrback(failures.append)
    resolver.getHostByName("vast.test").addErrback(failures.append)
    assert [f.type for f in failures] == [DNSLookupError, DNSLookupError]
    assert "privé-netwerkadres" in netguard.REFUSED["dns.test"]
    unguarded = HostOverrideResolver(reactor, 0, 5.0, {"vast.test": "10.9.9.9"})
    answers = []
    unguarded.getHostByName("vast.test").addCallback(answers.append)
    assert answers == ["10.9.9.9"]


def test_self_scan_crawl_refuses_internal_start_urls_and_redirects():
    with SiteServer({"/": Route.html(page("Binnen", "<p>Geheime interne pagina.</p>"))}, host=next_host()) as inside:
        inside_url = inside.url
        targets = {
            "loopback": inside_url,
            "private": "http://10.0.0.1/",
            "metadata": "http://169.254.169.254/latest/meta-data/",
            "ipv6": f"http://[::1]:{inside.port}/",
            "name": f"http://intern.test:{inside.port}/",
        }
        routes = {f"/naar-{key}": Route.redirect(url) for key, url in targets.items()}
        routes["/"] = Route.html(page("Praktijk Open", "<p>Welkom bij onze praktijk voor kortdurende zorg.</p>"
                                      f"<a href='/contact'>Contact</a> <a href='{inside_url}'>Intern</a>"))
        routes["/contact"] = Route.html(page("Contact", "<p>Bel ons op werkdagen.</p>"))
        with SiteServer(routes, host=next_host()) as entry:
            options = fast_options(refuse_internal_addresses=True, allowed_networks=(f"{entry.host}/32",),
                                   host_overrides=(("intern.test", inside.host),))
            starts = [entry.url] + [entry.url + f"naar-{key}" for key in targets] + list(targets.values())
            counted: dict[str, dict[str, int]] = {}
            snapshots = crawl_sites(starts, options, counts=lambda url, numbers: counted.__setitem__(url, numbers))
            assert inside.requests == [], "het interne adres mag geen enkel verzoek krijgen"
        assert entry.requests.count("/") == 1 and "/contact" in entry.requests

    ok, *refused = snapshots
    assert ok.crawl.status != "failed" and {p.url.rsplit("/", 1)[-1] for p in ok.pages} >= {"", "contact"}
    assert counted[starts[0]] == {"pages": 2, "rendered": 0, "documents": 0}  # live progress figures
    for start, snapshot in zip(starts[1:], refused):
        assert snapshot.crawl.status == "failed", start
        assert snapshot.crawl.errors[0].kind == "refused_address", (start, snapshot.crawl.errors)
        assert "om veiligheidsredenen niet opgehaald" in snapshot.crawl.failure_reason, start


@pytest.mark.browser
def test_rendered_pages_cannot_make_chromium_fetch_internal_addresses():
    """A JavaScript page whose script fetches an internal address, directly and through a redirect."""
    from pathlib import Path

    if not Path("/usr/bin/chromium").exists():
        pytest.fail("Chromium ontbreekt op /usr/bin/chromium (Debian-pakket chromium).")
    with SiteServer({"/geheim": Route.html("<p>intern</p>")}, host=next_host()) as inside:
        text = "Wij behandelen volwassenen met angstklachten in een kort traject van enkele gesprekken. " * 4
        script = (f"fetch('{inside.url}geheim').catch(() => null);"
                  "fetch('/omweg').catch(() => null);"
                  "fetch('/omweg-binnen').catch(() => null);"
                  "var s = document.createElement('script'); s.src = '" + inside.url + "geheim.js';"
                  "document.head.appendChild(s);"
                  f"document.getElementById('app').innerHTML = '<h1>Praktijk Script</h1><p>{text}</p>';")
        routes = {
            "/": Route.html("<html lang='nl'><head><title>Praktijk Script</title><script src='/app.js' defer></script>"
                            "</head><body><div id='app'></div></body></html>"),
            "/app.js": Route(script.encode(), 200, "application/javascript"),
            "/omweg": Route.redirect(inside.url + "via-omweg"),
            "/omweg-binnen": Route.redirect("/doel"),
            "/doel": Route.html("<p>doel</p>"),
        }
        with SiteServer(routes, host=next_host()) as entry:
            options = fast_options(render="auto", refuse_internal_addresses=True,
                                   allowed_networks=(f"{entry.host}/32",))
            snapshot, = crawl_sites([entry.url], options)
            assert any(p.rendered for p in snapshot.pages), snapshot.crawl
            assert "Praktijk Script" in " ".join(b.text for p in snapshot.pages for b in p.blocks)
            assert inside.requests == [], inside.requests
            assert "/omweg" in entry.requests  # the redirect was requested, its target refused
            assert "/doel" in entry.requests   # a redirect on the site itself is still followed
