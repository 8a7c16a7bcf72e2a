"""The WARC the crawler writes (redirects, errors, headers, size cap) and the snapshot rebuilt from it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.archive import CRAWL_RECORD_URI, TRUNCATED_RECORD_URI
from crawler.replay import ArchiveError, snapshot_from_warc
from crawler.run import crawl_sites
from keurmerk_scan.siteserver import Route, SiteServer
from norms import load_norms
from pipeline.scan import judge
from reports.html_report import render_site_report

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "crawler"))
from crawler_fixture_sites import fast_options, page, pdf_bytes, pdf_route  # noqa: E402

FILLER = " ".join(["Wij werken met korte, heldere afspraken over de behandeling."] * 30)


def small_site() -> dict[str, Route]:
    return {
        "/": Route.html(page("Praktijk Het Anker", (
            "<h1>Welkom bij Praktijk Het Anker</h1><p>Wij bieden kortdurende behandeling aan volwassenen.</p>"
            "<a href='/team'>Ons team</a> <a href='/oud'>Werkwijze</a> <a href='/weg'>Tarieven</a> "
            "<a href='/folder.pdf'>Folder</a>"))),
        "/team": Route.html(page("Team", f"<h1>Ons team</h1><p>Anna de Vries is GZ-psycholoog.</p><p>{FILLER}</p>")),
        "/oud": Route.redirect("/werkwijze", status=301),
        "/werkwijze": Route.html(page("Werkwijze", f"<h1>Werkwijze</h1><p>Na de intake volgt een behandelplan.</p><p>{FILLER}</p>")),
        "/weg": Route.html(page("Niet gevonden", "<p>Deze pagina bestaat niet.</p>"), status=404),
        "/folder.pdf": pdf_route(pdf_bytes(["Praktijkfolder Het Anker", "Wij behandelen angst en somberheid."],
                                           title="Folder")),
    }


def read_warc(path: Path) -> list:
    out = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            http = record.http_headers
            out.append({
                "type": record.rec_type,
                "uri": record.rec_headers.get_header("WARC-Target-URI"),
                "status": http.get_statuscode() if http is not None and record.rec_type == "response" else None,
                "http": http,
                "body": record.content_stream().read(),
            })
    return out


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    warc = tmp_path_factory.mktemp("warc") / "archive.warc.gz"
    with SiteServer(small_site(), host="127.0.0.91") as server:
        [snapshot] = crawl_sites([server.url], fast_options(), archive_paths=[warc])
        base = server.url
    return snapshot, warc, base


def test_every_response_is_archived_with_its_request_redirects_and_errors_included(crawled):
    snapshot, warc, base = crawled
    recs = read_warc(warc)
    responses = {r["uri"]: r for r in recs if r["type"] == "response"}
    assert responses[base + "oud"]["status"] == "301"
    assert responses[base + "oud"]["http"].get_header("Location").endswith("/werkwijze")
    assert responses[base + "weg"]["status"] == "404"
    assert responses[base + "werkwijze"]["status"] == "200"
    assert responses[base + "folder.pdf"]["body"].startswith(b"%PDF")
    assert b"Anna de Vries" in responses[base + "team"]["body"]
    request = next(r for r in recs if r["type"] == "request" and r["uri"] == base + "team")
    assert request["http"].get_header("User-Agent").startswith("keurmerk-scan/")
    crawl_record = json.loads(recs[-1]["body"])
    assert recs[-1]["uri"] == CRAWL_RECORD_URI and crawl_record["start_url"] == snapshot.start_url
    assert crawl_record["crawl"]["status"] == snapshot.crawl.status
    assert snapshot.crawl.archive is not None and snapshot.crawl.archive.bytes == warc.stat().st_size
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", str(warc)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_snapshot_rebuilt_from_the_archive_equals_the_crawled_one(crawled):
    snapshot, warc, _ = crawled
    replayed = snapshot_from_warc(warc)
    assert replayed.model_dump(exclude={"crawl"}) == snapshot.model_dump(exclude={"crawl"})
    assert replayed.crawl.model_dump(exclude={"archive"}) == snapshot.crawl.model_dump(exclude={"archive"})
    assert {p.kind for p in replayed.pages} == {"html", "pdf"}


def test_the_size_cap_stops_the_archive_and_says_so(tmp_path):
    warc = tmp_path / "archive.warc.gz"
    with SiteServer(small_site(), host="127.0.0.92") as server:
        [snapshot] = crawl_sites([server.url], fast_options(archive_max_bytes=3000), archive_paths=[warc])
    info = snapshot.crawl.archive
    assert info is not None and info.truncated and info.skipped_responses >= 1 and info.max_bytes == 3000
    recs = read_warc(warc)
    truncated = [r for r in recs if r["uri"] == TRUNCATED_RECORD_URI]
    assert len(truncated) == 1 and json.loads(truncated[0]["body"])["truncated"] is True
    assert recs[-1]["uri"] == CRAWL_RECORD_URI  # the crawl record is always written
    assert snapshot.crawl.pages_fetched >= 3  # the crawl itself is not limited by the archive
    replayed = snapshot_from_warc(warc)
    assert replayed.crawl.archive.truncated
    assert len(replayed.pages) < len(snapshot.pages)
    html = render_site_report(judge(snapshot, load_norms(2025), snapshot.fetched_at.date()))
    assert "Archief afgekapt" in html


def test_an_unreadable_or_unfinished_archive_is_a_dutch_error(tmp_path):
    with pytest.raises(ArchiveError, match="ontbreekt"):
        snapshot_from_warc(tmp_path / "archive.warc.gz")
    broken = tmp_path / "kapot.warc.gz"
    broken.write_bytes(b"dit is geen warc-bestand")
    with pytest.raises(ArchiveError, match="onleesbaar"):
        snapshot_from_warc(broken)


@pytest.mark.parametrize("encoding", ["gzip", "zstd"])
def test_compressed_responses_are_stored_as_served_and_read_back(tmp_path, encoding):
    import gzip

    try:
        from compression import zstd  # Python >= 3.14
    except ImportError:
        from backports import zstd  # Scrapy's own zstd support
    html = page("Praktijk Het Wad", "<h1>Praktijk Het Wad</h1><p>Bij spoed buiten kantooruren belt u de "
                                    "huisartsenpost.</p>").encode("utf-8")
    body = gzip.compress(html) if encoding == "gzip" else zstd.compress(html)
    routes = {"/": Route(body, 200, "text/html; charset=utf-8", {"Content-Encoding": encoding})}
    warc = tmp_path / "archive.warc.gz"
    with SiteServer(routes, host="127.0.0.96") as server:
        [snapshot] = crawl_sites([server.url], fast_options(), archive_paths=[warc])
    assert snapshot.crawl.status == "ok"
    [home] = [r for r in read_warc(warc) if r["type"] == "response" and r["uri"] == server.url]
    assert home["http"].get_header("Content-Encoding") == encoding  # kept as the server sent it
    replayed = snapshot_from_warc(warc)
    assert replayed.pages == snapshot.pages
    assert "huisartsenpost" in replayed.pages[0].text
