"""Self-scan on the web page: refused addresses, per-account limits, and a real scan of a local site."""
from __future__ import annotations

import socket

import pytest
from django.test import Client
from django.urls import reverse

from fixture_sites import FAST_CRAWL
from keurmerk_scan.siteserver import Route, SiteServer
from web_helpers import assert_accessible_basics, provider_account, soup


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def immediate_queue():
    """Huey runs tasks at once, in this process (the service's queue in test mode)."""
    from huey.contrib.djhuey import HUEY

    HUEY.immediate = True
    yield HUEY
    HUEY.immediate = False


@pytest.fixture
def noord(db):
    return provider_account("Praktijk Noord", "http://noord.test/", "noord")


def _no_scan_started():
    from service.scans.models import Batch
    from service.web.models import SelfScan

    return not SelfScan.objects.exists() and not Batch.objects.exists()


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:8000/", "loopback"),
    ("http://10.1.2.3/", "privé-netwerkadres"),
    ("http://169.254.169.254/latest/meta-data/", "cloud-metadatadienst"),
    ("http://[::1]/", "loopback"),
    ("ftp://praktijk.nl/", "alleen http- en https-adressen"),
])
def test_internal_start_urls_are_refused_in_the_form(noord, url, expected):
    response = logged_in(noord[2]).post(reverse("web:self_scans"), {"url": url})
    assert response.status_code == 400
    error = soup(response).find(id="id_url_error").get_text(" ", strip=True)
    assert expected in error
    assert soup(response).find("input", attrs={"name": "url"})["value"] == url  # what was typed is kept
    assert _no_scan_started()


def test_a_host_name_resolving_to_a_private_address_is_refused(noord, monkeypatch):
    def resolver(host, port, *args, **kwargs):
        assert host == "praktijk-noord.test"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.4.8", 0))]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    response = logged_in(noord[2]).post(reverse("web:self_scans"), {"url": "https://praktijk-noord.test/"})
    assert response.status_code == 400
    assert "praktijk-noord.test (192.168.4.8) is een privé-netwerkadres" in soup(response).find(id="id_url_error").get_text()
    assert _no_scan_started()


def test_limits_on_running_and_daily_scans(noord, settings, monkeypatch):
    from service.web.models import SelfScan

    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0))])
    monkeypatch.setattr("service.web.views.self_scan_task", lambda pk: None)  # no worker in this test
    settings.KEURMERK_SELFSCAN_MAX_RUNNING = 1
    settings.KEURMERK_SELFSCAN_MAX_PER_DAY = 2
    client = logged_in(noord[2])
    first = client.post(reverse("web:self_scans"), {"url": "https://www.noord.nl/"})
    assert first.status_code == 302
    second = client.post(reverse("web:self_scans"), {"url": "https://www.noord.nl/"})
    assert second.status_code == 400 and "al 1 zelfscan(s) lopen" in second.content.decode()
    SelfScan.objects.update(state=SelfScan.DONE)
    assert client.post(reverse("web:self_scans"), {"url": "https://www.noord.nl/"}).status_code == 302
    SelfScan.objects.update(state=SelfScan.DONE)
    third = client.post(reverse("web:self_scans"), {"url": "https://www.noord.nl/"})
    assert third.status_code == 400 and "maximum per dag" in third.content.decode()
    assert SelfScan.objects.count() == 2
    # A provider's typed site does not join the scheduled re-scans of the KiBG list.
    from service.providers.models import Website

    assert Website.objects.get(url="https://www.noord.nl/").active is False


HOSTILE = ("<p>Bij spoed: &lt;script&gt;alert('zelfscan')&lt;/script&gt; "
           "&lt;img src=x onerror=alert(1)&gt; bel uw huisarts of de huisartsenpost; bij direct gevaar 112.</p>")


@pytest.mark.django_db(transaction=True)
def test_self_scan_of_a_local_site_end_to_end(immediate_queue, settings):
    from fixture_sites import site_pages
    from service.web.models import SelfScan

    pages = site_pages("Praktijk Oost")
    pages["/contact"] = pages["/contact"].replace("</main>", HOSTILE + "</main>")
    with SiteServer({k: Route.html(v) for k, v in pages.items()}, host="127.0.0.91") as site:
        settings.KEURMERK_SELFSCAN_ALLOWED_NETWORKS = ["127.0.0.91/32"]   # the explicit test setting
        settings.KEURMERK_SELFSCAN_CRAWL_OPTIONS = dict(FAST_CRAWL)
        provider, website, user = provider_account("Praktijk Oost", site.url, "oost")
        client = logged_in(user)
        form = client.get(reverse("web:self_scans"))
        assert_accessible_basics(form)
        started = client.post(reverse("web:self_scans"), {"url": site.url})
        assert started.status_code == 302, started.content.decode()[:2000]
        self_scan = SelfScan.objects.get()
        assert started["Location"] == reverse("web:self_scan_progress", args=[self_scan.pk])
    progress = client.get(started["Location"])
    assert_accessible_basics(progress)
    self_scan.refresh_from_db()
    assert self_scan.state == SelfScan.DONE, self_scan.message
    assert self_scan.pages == 5 and self_scan.documents == 0
    text = soup(progress).get_text(" ", strip=True)
    assert "klaar" in text and "Pagina's gelezen 5" in text
    assert soup(progress).find("meta", attrs={"http-equiv": "refresh"}) is None  # finished: no refresh
    scan_page = client.get(reverse("web:scan", args=[self_scan.scan_id]))
    assert_accessible_basics(scan_page)
    dom = soup(scan_page)
    assert dom.find(id="criterium-2b-6") and dom.find(id="criterium-2b-13")
    assert dom.find("script") is None and not [t for t in dom.find_all(True) if "onerror" in t.attrs]
    assert self_scan.scan.batch.crawl_options["refuse_internal_addresses"] is True
    # The second provider cannot open it.
    _, _, other = provider_account("Praktijk West", "http://west.test/", "west")
    assert logged_in(other).get(reverse("web:scan", args=[self_scan.scan_id])).status_code == 404
    assert logged_in(other).get(reverse("web:self_scan_progress", args=[self_scan.pk])).status_code == 404
