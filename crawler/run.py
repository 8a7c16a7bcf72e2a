"""Run the crawler: ``crawl_sites(urls, options, progress) -> list[SiteSnapshot]``.

Twisted's reactor cannot be restarted within one Python process, so every call runs Scrapy in a
fresh child process (``python -m crawler.run --child``): the job goes in as JSON on stdin,
progress comes back as JSON lines on stdout, the snapshots as a JSON file. All sites of one call
are crawled concurrently in that one child, one spider (crawler) per site with its own limits.
The call never raises for a bad site: such a site gets a ``failed`` snapshot with a Dutch reason.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

from crawler import messages
from crawler.options import CrawlOptions
from crawler.scope import InvalidStartUrl, normalize_start_url, site_name
from models.snapshot import CrawlError, CrawlSummary, SiteSnapshot

logger = logging.getLogger(__name__)

ProgressFn = Callable[[str, str], None]
CountsFn = Callable[[str, dict[str, int]], None]  # (url, {"pages", "rendered", "documents"})
PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHILD_GRACE_SECONDS = 90.0  # on top of the per-site time budget, before the child is killed


def crawl_sites(
    urls: Sequence[str],
    options: CrawlOptions,
    progress: ProgressFn | None = None,
    counts: CountsFn | None = None,
) -> list[SiteSnapshot]:
    """Crawl each URL as one site; one snapshot per URL, in the same order.

    ``progress`` gets Dutch progress lines, ``counts`` the numbers behind them (live progress pages).
    """
    urls = list(urls)
    results: list[SiteSnapshot | None] = [None] * len(urls)
    jobs: list[tuple[int, str]] = []
    for index, url in enumerate(urls):
        try:
            jobs.append((index, _start_url(url)))
        except InvalidStartUrl as exc:
            results[index] = failed_snapshot(str(url), "other", messages.text("invalid_url", url=url, detail=exc))
            _notify(progress, str(url), messages.text("progress_failed", reason=results[index].crawl.failure_reason))
    if jobs:
        reason_if_lost = _run_child(jobs, options, progress, results, urls, counts)
        for index, url in jobs:
            if results[index] is None:
                results[index] = failed_snapshot(url, "other", reason_if_lost.format(url=url))
                _notify(progress, urls[index], messages.text("progress_failed", reason=results[index].crawl.failure_reason))
    return [snapshot for snapshot in results if snapshot is not None]


def _start_url(url: str) -> str:
    """The URL as given (stripped), with ``http://`` added when it has no scheme."""
    normalize_start_url(url)  # validates
    url = url.strip()
    return url if "://" in url else "http://" + url


def failed_snapshot(url: str, kind: str, reason: str) -> SiteSnapshot:
    return SiteSnapshot(
        start_url=url,
        site=site_name(url if "://" in url else "http://" + url),
        fetched_at=datetime.now(timezone.utc).replace(microsecond=0),
        crawl=CrawlSummary(
            status="failed",
            failure_reason=reason,
            errors=[CrawlError(url=url, kind=kind, message=reason)],  # type: ignore[arg-type]
        ),
    )


def _notify(progress: ProgressFn | None, url: str, message: str) -> None:
    if progress is None:
        return
    try:
        progress(url, message)
    except Exception:  # noqa: BLE001 (a display problem must not stop the crawl)
        logger.exception("progress callback failed")


def _options_json(options: CrawlOptions) -> dict[str, Any]:
    return dataclasses.asdict(options)


def _options_from_json(data: dict[str, Any]) -> CrawlOptions:
    data = dict(data)
    data["host_overrides"] = tuple(tuple(pair) for pair in data.get("host_overrides", ()))
    data["allowed_networks"] = tuple(data.get("allowed_networks", ()))
    names = {f.name for f in dataclasses.fields(CrawlOptions)}
    return CrawlOptions(**{k: v for k, v in data.items() if k in names})


def _child_log_level() -> str:
    if logger.isEnabledFor(logging.DEBUG):
        return "DEBUG"
    if logger.isEnabledFor(logging.INFO):
        return "INFO"
    return "WARNING"


def _run_child(
    jobs: list[tuple[int, str]],
    options: CrawlOptions,
    progress: ProgressFn | None,
    results: list[SiteSnapshot | None],
    given_urls: list[str],
    counts: CountsFn | None = None,
) -> str:
    """Crawl ``jobs`` in a child process; fill ``results``; return the reason for lost sites."""
    with tempfile.TemporaryDirectory(prefix="keurmerk-crawl-") as tmp:
        out_path = Path(tmp) / "snapshots.json"
        log_path = Path(tmp) / "scrapy.log"
        job = {
            "jobs": jobs,
            "options": _options_json(options),
            "out": str(out_path),
            "log_level": _child_log_level(),
        }
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
        env.setdefault("PYTHONUNBUFFERED", "1")
        timed_out = threading.Event()
        with open(log_path, "wb") as log_file:
            try:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "crawler.run", "--child"],
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file,
                    cwd=str(PROJECT_ROOT), env=env,
                )
            except OSError:
                logger.exception("could not start the crawler process")
                return messages.UI["crawler_crashed"]

            def kill() -> None:
                timed_out.set()
                proc.kill()

            timer = threading.Timer(options.time_budget_seconds + CHILD_GRACE_SECONDS, kill)
            timer.daemon = True
            timer.start()
            try:
                assert proc.stdin is not None and proc.stdout is not None
                proc.stdin.write(json.dumps(job).encode("utf-8"))
                proc.stdin.close()
                for raw in proc.stdout:
                    try:
                        event = json.loads(raw)
                        index = int(event["index"])
                        _notify(progress, given_urls[index], str(event["message"]))
                        if counts is not None and isinstance(event.get("counts"), dict):
                            try:
                                counts(given_urls[index], {k: int(v) for k, v in event["counts"].items()})
                            except Exception:  # noqa: BLE001 (a display problem must not stop the crawl)
                                logger.exception("counts callback failed")
                    except (ValueError, KeyError, IndexError, TypeError):
                        logger.debug("crawler output: %s", raw.decode("utf-8", "replace").rstrip())
                proc.wait()
            except BaseException:
                proc.kill()  # e.g. Ctrl-C in the CLI: do not leave the crawl running
                proc.wait()
                raise
            finally:
                timer.cancel()
        log_text = log_path.read_text("utf-8", "replace") if log_path.exists() else ""
        if log_text.strip():
            level = logging.WARNING if proc.returncode != 0 else logging.DEBUG
            logger.log(level, "crawler log:\n%s", log_text[-20000:])
        if out_path.exists():
            try:
                data = json.loads(out_path.read_text("utf-8"))
                for key, snapshot in data.get("snapshots", {}).items():
                    results[int(key)] = SiteSnapshot.model_validate(snapshot)
            except (ValueError, TypeError):
                logger.exception("could not read the crawler's snapshots")
    return messages.UI["crawler_timeout" if timed_out.is_set() else "crawler_crashed"]


# --- child process -----------------------------------------------------------------------------

def _child_main() -> int:
    job = json.loads(sys.stdin.read())
    # stdout carries the progress protocol; anything else printed goes to stderr.
    protocol = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    options = _options_from_json(job["options"])
    out_path = Path(job["out"])

    from scrapy.crawler import CrawlerProcess

    from crawler.settings import settings_for
    from crawler.spiders.site_spider import SiteSpider

    snapshots: dict[int, dict[str, Any]] = {}
    lock = threading.Lock()

    def sink_for(index: int) -> Callable[[SiteSnapshot], None]:
        def sink(snapshot: SiteSnapshot) -> None:
            snapshots[index] = snapshot.model_dump(mode="json")
        return sink

    def progress_for(index: int) -> Callable[[str], None]:
        def progress(message: str, counts: dict[str, int] | None = None) -> None:
            event = {"index": index, "message": message}
            if counts is not None:
                event["counts"] = counts
            with lock:
                protocol.write(json.dumps(event) + "\n")
        return progress

    process = CrawlerProcess(settings_for(options, log_level=job.get("log_level", "WARNING")))
    for index, url in job["jobs"]:
        process.crawl(SiteSpider, start_url=url, sink=sink_for(index), progress=progress_for(index))
    process.start()
    tmp_out = out_path.with_suffix(".tmp")
    tmp_out.write_text(json.dumps({"snapshots": snapshots}), encoding="utf-8")
    tmp_out.replace(out_path)
    protocol.close()
    return 0


if __name__ == "__main__":
    if "--child" in sys.argv[1:]:
        sys.exit(_child_main())
    print("Gebruik: crawl_sites() uit crawler.run; dit module draait alleen als kindproces.", file=sys.stderr)
    sys.exit(2)
