"""End-to-end: the real CLI (a child process) against fixture sites on separate loopback hosts."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from keurmerk_scan.siteserver import Route, SiteServer

REPO = Path(__file__).resolve().parents[2]
WEBSITE_CRITERIA = [f"2b-{i}" for i in range(6, 14)]

LAYOUT = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/contact">Contact</a> <a href="/team">Ons team</a></nav></header>
<main><h1>{title}</h1>{body}</main>
<footer><p>Praktijk Zonnebloem · Dorpsstraat 1 · 030-1234567 · info@zonnebloem.example</p></footer></body></html>"""


def page(title: str, body: str) -> Route:
    return Route.html(LAYOUT.format(title=title, body=body))


GOOD_SITE = {
    "/": page("Praktijk Zonnebloem", "<p>Welkom bij Praktijk Zonnebloem, een kleine praktijk voor basis GGZ.</p>"),
    "/contact": page("Contact", """
        <h2>Bereikbaarheid</h2><p>De praktijk is op werkdagen bereikbaar van 9.00 tot 17.00 uur via 030-1234567.</p>
        <h2>Buiten kantoortijden en bij spoed</h2>
        <p>Buiten kantoortijden kunt u contact opnemen met uw huisarts of de huisartsenpost.
        Bij acuut gevaar belt u 112. Denkt u aan zelfmoord, bel dan 113 Zelfmoordpreventie via 0800-0113.</p>"""),
    "/team": page("Ons team", """
        <h2>Drs. Anna de Vries</h2><p>Anna is GZ-psycholoog (BIG-registratie 12345678901) en lid van het NIP.
        Zij is gespecialiseerd in angst- en stemmingsklachten en behandelt ook in het Engels.</p>"""),
}


def free_port_closed() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str, timeout: int = 240) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "keurmerk_scan", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)


def load_reports(out: Path) -> dict[str, dict]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return {e["url"]: {**json.loads((out / e["report"]).read_text(encoding="utf-8")), "_index": e}
            for e in index["sites"]}


@pytest.fixture(scope="module")
def scan_of_several_sites(tmp_path_factory):
    """One CLI call, several sites on their own addresses: good, 404, 500, redirect loop, unreachable."""
    out = tmp_path_factory.mktemp("scan")
    servers = [
        SiteServer(GOOD_SITE, host="127.0.0.11"),
        SiteServer({}, host="127.0.0.12"),  # every path 404
        SiteServer({"/": Route.html("<h1>Interne fout</h1>", status=500)}, host="127.0.0.13"),
        SiteServer({"/": Route.redirect("/a"), "/a": Route.redirect("/")}, host="127.0.0.14"),
    ]
    for s in servers:
        s.start()
    try:
        unreachable = f"http://127.0.0.15:{free_port_closed()}/"
        urls = [s.url for s in servers] + [unreachable]
        result = run_cli("scan", *urls, "--out", str(out), "--as-of", "2025-01-15", "--render", "never")
    finally:
        for s in servers:
            s.stop()
    return result, urls, out


def test_cli_exits_zero_and_writes_one_report_per_site(scan_of_several_sites):
    result, urls, out = scan_of_several_sites
    assert result.returncode == 0, result.stderr
    reports = load_reports(out)
    assert list(reports) == urls  # start URLs as given, in order
    for url, report in reports.items():
        assert report["url"] == url
        assert [f["criterion"] for f in report["findings"]] == WEBSITE_CRITERIA
        assert (out / report["_index"]["report"]).with_name("report.html").exists()


def test_good_site_is_read_and_judged(scan_of_several_sites):
    _, urls, out = scan_of_several_sites
    report = load_reports(out)[urls[0]]
    assert report["crawl"]["status"] == "ok"
    assert report["crawl"]["pages_fetched"] >= 3
    statuses = {f["criterion"]: f["status"] for f in report["findings"]}
    assert "niet_beoordeeld" not in statuses.values()
    assert statuses["2b-6"] == "voldoet"
    evidence_urls = {e["url"] for f in report["findings"] for e in f["evidence"]}
    assert any(u.endswith("/contact") for u in evidence_urls)
    # pages of other sites never leak into this site's evidence
    assert all(u.startswith(urls[0].rstrip("/")) for u in evidence_urls)


@pytest.mark.parametrize("position, words", [
    (1, ("404",)), (2, ("500",)), (3, ("doorverwijz", "redirect")), (4, ("niet bereikbaar",)),
])
def test_broken_sites_are_failed_and_never_judged(scan_of_several_sites, position, words):
    _, urls, out = scan_of_several_sites
    report = load_reports(out)[urls[position]]
    assert report["_index"]["status"] == report["crawl"]["status"] == "failed"
    reason = report["crawl"]["failure_reason"].lower()
    assert any(w in reason for w in words), reason
    assert {f["status"] for f in report["findings"]} == {"niet_beoordeeld"}
    assert all(reason[:20] in f["reason"].lower() for f in report["findings"])


def test_bad_arguments_exit_non_zero_with_a_message(tmp_path):
    result = run_cli("scan", "http://exa mple.nl", "--out", str(tmp_path / "o"), timeout=60)
    assert result.returncode == 2 and "ongeldige URL" in result.stderr
    result = run_cli("scan", "https://praktijk.example/", "--out", str(tmp_path / "o"),
                     "--keurmerk-year", "1999", timeout=60)
    assert result.returncode == 2 and "1999" in result.stderr
    assert not (tmp_path / "o").exists()
    result = run_cli("scan", "https://praktijk.example/", "--out", str(tmp_path / "o"), "--max-pages", "0", timeout=60)
    assert result.returncode == 2
    result = run_cli("scan", "https://praktijk.example/", timeout=60)
    assert result.returncode == 2 and "--out" in result.stderr
    (tmp_path / "file").write_text("x")
    result = run_cli("scan", "https://praktijk.example/", "--out", str(tmp_path / "file"), timeout=60)
    assert result.returncode == 2 and "uitvoermap" in result.stderr


def test_sites_written_as_they_finish_keep_input_order_folders(tmp_path):
    """Each site is judged and written when its crawl is done; a slow first site still gets the
    first folder name of its host and the first place in index.json."""
    import time

    def slow(path: str) -> Route:
        time.sleep(2.0)
        return page("Traag", "<p>Deze pagina antwoordt traag.</p>")

    routes = {
        "/": page("Praktijk Traag", "<p>Welkom.</p><a href='/traag'>Traag</a>"),
        "/traag": slow,
        "/b/": page("Praktijk Snel", "<p>Welkom bij de snelle praktijk.</p>"),
    }
    with SiteServer(routes, host="127.0.0.16") as server:
        urls = [server.url, server.url + "b/"]
        result = run_cli("scan", *urls, "--out", str(tmp_path / "out"), "--render", "never")
    assert result.returncode == 0, result.stderr
    index = json.loads((tmp_path / "out" / "index.json").read_text("utf-8"))
    assert [s["url"] for s in index["sites"]] == urls
    first, second = (Path(s["report"]).parent.name for s in index["sites"])
    assert second == first + "-2"
    for entry in index["sites"]:
        report = json.loads((tmp_path / "out" / entry["report"]).read_text("utf-8"))
        assert report["url"] == entry["url"]


def test_reports_that_cannot_be_written_exit_one_with_a_message(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sites").write_text("geen map")  # the site folders cannot be made
    with SiteServer(GOOD_SITE, host="127.0.0.17") as server:
        result = run_cli("scan", server.url, "--out", str(out), "--render", "never")
    assert result.returncode == 1
    assert "konden niet worden geschreven" in result.stderr
    assert "Traceback" not in result.stderr
