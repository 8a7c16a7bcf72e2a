"""How crawl children start: forked from the caller when that is safe, else a new interpreter;
either way a child that dies leaves failed sites with a Dutch reason, never a crash."""
from __future__ import annotations

import json
import os

import pytest

import crawler.run as crawl_run
from crawler import messages
from crawler.run import crawl_sites
from crawler_fixture_sites import fast_options, page, serve
from keurmerk_scan.siteserver import Route

SITE = {
    "/": Route.html(page("Praktijk Start", "<h1>Praktijk Start</h1><p>Welkom bij onze praktijk.</p>"
                         "<a href='/contact'>Contact</a>")),
    "/contact": Route.html(page("Contact", "<h1>Contact</h1><p>Bel ons op werkdagen.</p>")),
}


def test_fork_only_when_one_thread_runs(monkeypatch):
    monkeypatch.delenv("KEURMERK_CRAWL_START", raising=False)
    monkeypatch.delitem(crawl_run.sys.modules, "twisted.internet.reactor", raising=False)
    monkeypatch.setattr(crawl_run.threading, "active_count", lambda: 1)
    assert crawl_run._fork_children() is hasattr(os, "fork")
    monkeypatch.setattr(crawl_run.threading, "active_count", lambda: 3)  # e.g. the service's worker
    assert crawl_run._fork_children() is False


def test_no_fork_next_to_a_loaded_twisted_reactor(monkeypatch):
    monkeypatch.delenv("KEURMERK_CRAWL_START", raising=False)
    monkeypatch.setattr(crawl_run.threading, "active_count", lambda: 1)
    monkeypatch.setitem(crawl_run.sys.modules, "twisted.internet.reactor", object())
    assert crawl_run._fork_children() is False


def test_the_environment_chooses_the_way(monkeypatch):
    monkeypatch.setattr(crawl_run.threading, "active_count", lambda: 1)
    monkeypatch.setenv("KEURMERK_CRAWL_START", "spawn")
    assert crawl_run._fork_children() is False
    monkeypatch.setattr(crawl_run.threading, "active_count", lambda: 5)
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    assert crawl_run._fork_children() is hasattr(os, "fork")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_crawls_next_to_a_loaded_reactor(monkeypatch):
    """Forced to fork while this process has a Twisted reactor loaded (as a test run may have):
    the child leaves the parent's reactor alone and installs its own."""
    from twisted.internet import reactor  # noqa: F401 (loads the default reactor here)

    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    with serve(SITE) as [server]:
        [snap] = crawl_sites([server.url], fast_options())
    assert snap.crawl.status == "ok" and snap.crawl.pages_fetched == 2


@pytest.mark.parametrize("how", ["fork", "spawn"])
def test_a_relative_archive_path_is_the_callers(how, tmp_path, monkeypatch):
    """A spawned child runs in the project folder: a relative archive path must still land in
    the caller's folder (a scan with --out relative to where it was started)."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", how)
    monkeypatch.chdir(tmp_path)
    with serve(SITE) as [server]:
        [snap] = crawl_sites([server.url], fast_options(), archive_paths=[os.path.join("uit", "archive.warc.gz")])
    assert snap.crawl.status == "ok" and snap.crawl.pages_fetched == 2
    assert (tmp_path / "uit" / "archive.warc.gz").stat().st_size > 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_that_dies_leaves_failed_sites_with_a_dutch_reason(monkeypatch):
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")

    def crash(job, protocol_fd):  # runs in the forked child
        raise RuntimeError("kapot")

    monkeypatch.setattr(crawl_run, "_crawl_job", crash)
    progress: list[tuple[str, str]] = []
    with serve(SITE) as [server]:
        [snap] = crawl_sites([server.url], fast_options(), progress=lambda url, msg: progress.append((url, msg)))
        assert server.requests == []   # the child died before fetching anything
    assert snap.crawl.status == "failed"
    assert snap.crawl.failure_reason == messages.UI["crawler_crashed"].format(url=server.url)
    assert "onverwacht gestopt" in snap.crawl.failure_reason
    assert progress and progress[-1][0] == server.url


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_crawls_and_reports_progress(monkeypatch):
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    handed: list[int] = []
    with serve(SITE) as [server]:
        [snap] = crawl_sites([server.url], fast_options(), on_snapshot=lambda i, s: handed.append(i))
    assert handed == [0]
    assert snap.crawl.status == "ok"
    assert [p.title for p in snap.pages] == ["Praktijk Start", "Contact"]


def _hook_args(out, urls, rels):
    return {"keurmerk_year": 2025, "as_of": "2025-12-31", "out": str(out), "urls": urls, "rels": rels}


@pytest.mark.parametrize("how", ["fork", "spawn"])
def test_a_site_hook_judges_and_writes_each_site_in_the_crawl_child(how, tmp_path, monkeypatch):
    """The scan's hook: each site judged and written where it was crawled; only its index entry
    comes back, and no snapshot (the caller never judges it a second time)."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", how)
    results: dict[int, dict] = {}
    snapshots: list[int] = []
    with serve(SITE, SITE) as servers:
        urls = [s.url for s in servers]
        rels = ["sites/een", "sites/twee"]
        hook = crawl_run.SiteHook("pipeline.scan:judge_and_write_site", _hook_args(tmp_path, urls, rels),
                                  on_result=lambda i, r: results.__setitem__(i, r))
        back = crawl_sites(urls, fast_options(), on_snapshot=lambda i, s: snapshots.append(i), site_hook=hook)
    assert back == [] and snapshots == []
    assert sorted(results) == [0, 1]
    for i, rel in enumerate(rels):
        assert results[i] == {"url": urls[i], "report": f"{rel}/report.json", "status": "ok"}
        report = json.loads((tmp_path / rel / "report.json").read_text("utf-8"))
        assert report["url"] == urls[i] and report["crawl"]["pages_fetched"] == 2
        assert [f["criterion"] for f in report["findings"]] == [f"2b-{n}" for n in range(6, 14)]
        assert (tmp_path / rel / "snapshot.json").exists() and (tmp_path / rel / "report.html").exists()


@pytest.mark.parametrize("how", ["fork", "spawn"])
def test_a_failing_site_hook_hands_the_snapshot_back(how, tmp_path, monkeypatch):
    monkeypatch.setenv("KEURMERK_CRAWL_START", how)
    handed: list[tuple[int, str]] = []
    results: list[int] = []
    with serve(SITE) as [server]:
        bad_args = {"keurmerk_year": 2025, "as_of": "geen datum", "out": str(tmp_path),
                    "urls": [server.url], "rels": ["sites/een"]}
        hook = crawl_run.SiteHook("pipeline.scan:judge_and_write_site", bad_args,
                                  on_result=lambda i, r: results.append(i))
        [snap] = crawl_sites([server.url], fast_options(), site_hook=hook,
                             on_snapshot=lambda i, s: handed.append((i, s.crawl.status)))
    assert results == [] and handed == [(0, "ok")]
    assert snap.crawl.pages_fetched == 2


def test_an_unreachable_site_in_a_hooked_crawl_is_judged_in_the_child(tmp_path, monkeypatch):
    """An unreachable site is a failed snapshot of the child: its report says so in Dutch and
    every criterion is 'niet beoordeeld'."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    sock.close()
    results: dict[int, dict] = {}
    hook = crawl_run.SiteHook("pipeline.scan:judge_and_write_site", _hook_args(tmp_path, [url], ["sites/weg"]),
                              on_result=lambda i, r: results.__setitem__(i, r))
    crawl_sites([url], fast_options(), site_hook=hook)
    assert results[0]["status"] == "failed"
    report = json.loads((tmp_path / "sites/weg/report.json").read_text("utf-8"))
    assert "niet bereikbaar" in report["crawl"]["failure_reason"]
    assert {f["status"] for f in report["findings"]} == {"niet_beoordeeld"}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("how", ["fork", "spawn"])
def test_the_site_hook_runs_in_a_process_of_its_own_next_to_the_crawl(how, monkeypatch):
    """The hook runs in one process forked from the crawl child (not in the crawl's own process,
    whose event loop it would hold up), after its init has run there."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", how)
    tests_dir = os.path.dirname(__file__)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [tests_dir, os.environ.get("PYTHONPATH")])))
    monkeypatch.syspath_prepend(tests_dir)
    results: dict[int, dict] = {}
    with serve(SITE, SITE) as servers:
        urls = [s.url for s in servers]
        hook = crawl_run.SiteHook("hook_probe:site", {}, on_result=lambda i, r: results.__setitem__(i, r),
                                  init_function="hook_probe:init")
        crawl_sites(urls, fast_options(), site_hook=hook)
    assert sorted(results) == [0, 1]
    assert results[0]["pages"] == results[1]["pages"] == 2
    assert results[0]["pid"] == results[1]["pid"]                 # one hook process for the child
    assert results[0]["init_here"] == [results[0]["pid"]]         # its init ran there, once
    assert results[0]["parent"] not in (os.getpid(), results[0]["pid"])  # a child of the crawl child


SLOW_SITE = {  # four pages, fetched at least 0.3 s apart: the page hook's hand-overs come between
    "/": Route.html(page("Praktijk Traag", "<h1>Praktijk Traag</h1><p>Welkom.</p>"
                         + "".join(f"<a href='/p{i}'>Pagina {i}</a>" for i in range(1, 4)))),
    **{f"/p{i}": Route.html(page(f"Pagina {i}", f"<h1>Pagina {i}</h1><p>Tekst van pagina {i}.</p>")) for i in range(1, 4)},
}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
@pytest.mark.parametrize("how", ["fork", "spawn"])
def test_the_page_hook_sees_pages_in_the_hook_process_before_their_site(how, monkeypatch):
    """In a child with several sites each stored page may go to the page hook while the crawl goes
    on, in hand-overs of at least ``page_batch`` pages, in the hook process (never in the crawl's
    own process); a page it saw belongs to the site the site hook then gets. Pages still waiting
    when their site is done are not sent (the site hook judges them with the site)."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", how)
    tests_dir = os.path.dirname(__file__)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [tests_dir, os.environ.get("PYTHONPATH")])))
    monkeypatch.syspath_prepend(tests_dir)
    results: dict[int, dict] = {}
    options = fast_options(download_delay=0.3, concurrent_requests_per_site=1)
    with serve(SLOW_SITE, SLOW_SITE) as servers:
        hook = crawl_run.SiteHook("hook_probe:site", {}, on_result=lambda i, r: results.__setitem__(i, r),
                                  page_function="hook_probe:pages", page_batch=2)
        crawl_sites([s.url for s in servers], options, site_hook=hook)
    assert sorted(results) == [0, 1]
    seen = [url for i in (0, 1) for url in results[i]["seen"]]
    assert seen                                                   # pages went ahead ...
    for i in (0, 1):
        got = results[i]
        assert got["pages"] == 4 and set(got["seen"]) <= set(got["urls"])
        assert got["seen_pids"] in ([], [got["pid"]])             # ... in the hook process
        assert all(n >= 2 for n in got["seen_batches"])           # ... at least page_batch at a time
    assert results[0]["pid"] != os.getpid()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_single_site_has_no_page_hook(monkeypatch):
    """One site in a child: its pages all wait for the site hook (see SiteHook.page_batch)."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    monkeypatch.syspath_prepend(os.path.dirname(__file__))
    results: dict[int, dict] = {}
    options = fast_options(download_delay=0.3, concurrent_requests_per_site=1)
    with serve(SLOW_SITE) as [server]:
        hook = crawl_run.SiteHook("hook_probe:site", {}, on_result=lambda i, r: results.__setitem__(i, r),
                                  page_function="hook_probe:pages", page_batch=1)
        crawl_sites([server.url], options, site_hook=hook)
    assert results[0]["pages"] == 4 and results[0]["seen"] == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_sites_come_back_when_the_hook_process_dies(monkeypatch):
    """The hook process killed mid-crawl: no site is lost; each comes back as a snapshot for the
    caller to judge."""
    monkeypatch.setenv("KEURMERK_CRAWL_START", "fork")
    monkeypatch.syspath_prepend(os.path.dirname(__file__))
    handed: list[tuple[int, str, int]] = []
    results: list[int] = []
    with serve(SITE, SITE) as servers:
        urls = [s.url for s in servers]
        hook = crawl_run.SiteHook("hook_probe:site_kills_the_process", {}, on_result=lambda i, r: results.append(i))
        back = crawl_sites(urls, fast_options(), site_hook=hook,
                           on_snapshot=lambda i, s: handed.append((i, s.crawl.status, s.crawl.pages_fetched)))
    assert results == [] and sorted(handed) == [(0, "ok", 2), (1, "ok", 2)] and len(back) == 2
