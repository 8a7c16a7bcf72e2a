"""How crawl children start: forked from the caller when that is safe, else a new interpreter;
either way a child that dies leaves failed sites with a Dutch reason, never a crash."""
from __future__ import annotations

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
