"""Run the crawler: ``crawl_sites(urls, options, progress) -> list[SiteSnapshot]``.

Twisted's reactor cannot be restarted within one Python process, so every call runs Scrapy in
fresh child processes: the job goes in as JSON, progress comes back as JSON lines on a pipe, and
each site's snapshot as a JSON file announced on that pipe as soon as that site is done. A child
is a fork of the calling process when that is safe (only one thread, no Twisted reactor loaded:
the command line), so it does not start a second interpreter and import pydantic, the models and
the crawler again; otherwise a new interpreter (``python -m crawler.run --child``, the job on
stdin). ``KEURMERK_CRAWL_START=fork|spawn`` forces one way.

All sites of one child are crawled concurrently, one spider (crawler) per site with its own
limits. A large batch is split over one child per CPU core, and ``on_snapshot`` lets the caller
judge each finished site while the others are still being crawled. A caller may instead name a
``site_hook``: a function run on each finished site in place of sending its snapshot back, in a
process of its own next to each child (the scan command judges and writes a site's reports
there, so a batch's judging is spread over the cores while the children go on crawling, and
never holds up a child's event loop). The call never raises for a bad
site: such a site gets a ``failed`` snapshot with a Dutch reason.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import logging
import multiprocessing
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Sequence

from crawler import messages
from crawler.options import CrawlOptions
from crawler.scope import InvalidStartUrl, normalize_start_url, site_name
from models.snapshot import CrawlError, CrawlSummary, SiteSnapshot

logger = logging.getLogger(__name__)

ProgressFn = Callable[[str, str], None]
SnapshotFn = Callable[[int, SiteSnapshot], None]
CountsFn = Callable[[str, dict[str, int]], None]  # (url, {"pages", "rendered", "documents"})
PROJECT_ROOT = Path(__file__).resolve().parent.parent
CHILD_GRACE_SECONDS = 90.0  # on top of the per-site time budget, before the child is killed
# A batch gets one crawl child per CPU core, each with at least this many sites: a child costs
# about a second of start-up CPU, which a handful of sites would not earn back.
SITES_PER_EXTRA_CHILD = 20
PAGE_HOOK_INTERVAL = 0.5  # seconds between hand-overs of stored pages to the page hook


@dataclass(frozen=True)
class SiteHook:
    """Work done next to the crawl child on each finished site, in place of sending its snapshot
    back: ``function`` ("module:name", importable in the child) is called as
    ``function(index, snapshot, args)`` in the child's hook process (``_hook_worker``; the crawl
    of the other sites goes on), and its JSON-able result comes back to ``on_result(index,
    result)`` in the caller. When the function fails, the snapshot comes back as usual
    (``on_snapshot``)."""

    function: str
    args: dict[str, Any]
    on_result: Callable[[int, Any], None]
    # "module:name" called as ``init_function(args)`` when the hook process starts, while the
    # crawl fetches its first pages: what it loads (the checks, their vocabularies) is then kept
    # out of the cyclic garbage collector's reach with the rest of the process's heap
    # (``_worker_init``)
    init_function: str | None = None
    # "module:name" called in the hook process as ``page_function(pages, args)`` with the pages
    # the crawl has stored since the last call (a list of (site index, page)), before ``function``
    # sees their site: work that can be done per page while the crawl waits out its polite delays
    # (its failures are logged and ignored; its result is not sent back). Only where the hook has
    # a process of its own (in a thread it would hold up the crawl).
    page_function: str | None = None
    # the page hook gets pages in hand-overs of at least this many (see ``_crawl_job``), and only
    # in a crawl child with several sites: a single site's judging at its end is short beside its
    # crawl, and pages that trickle in one by one cost more judged apart than with their site
    page_batch: int = 8


def crawl_sites(
    urls: Sequence[str],
    options: CrawlOptions,
    progress: ProgressFn | None = None,
    archive_paths: Sequence[Path | None] | None = None,
    on_snapshot: SnapshotFn | None = None,
    counts: CountsFn | None = None,
    site_hook: SiteHook | None = None,
) -> list[SiteSnapshot]:
    """Crawl each URL as one site; one snapshot per URL, in the same order (without the sites
    that ``site_hook`` handled in the crawl child).

    ``archive_paths`` (one per URL, or None) turns on the evidence archive: each site's
    responses go to that WARC file (``crawler.archive``).
    ``on_snapshot(index, snapshot)`` is called once per URL, in this thread, as soon as that
    site's snapshot is there (so a caller can judge it while the other sites are crawled).
    ``progress`` gets Dutch progress lines, ``counts`` the numbers behind them (live progress pages)."""
    urls = list(urls)
    # absolute: a spawned child runs in the project folder, not in the caller's
    archives = {str(i): str(Path(p).absolute()) for i, p in enumerate(archive_paths or ()) if p is not None}
    results: list[SiteSnapshot | None] = [None] * len(urls)
    hooked: set[int] = set()
    jobs: list[tuple[int, str]] = []

    def done(index: int, snapshot: SiteSnapshot) -> None:
        results[index] = snapshot
        if on_snapshot is not None:
            on_snapshot(index, snapshot)

    for index, url in enumerate(urls):
        try:
            jobs.append((index, _start_url(url)))
        except InvalidStartUrl as exc:
            done(index, failed_snapshot(str(url), "other", messages.text("invalid_url", url=url, detail=exc)))
            _notify(progress, str(url), messages.text("progress_failed", reason=results[index].crawl.failure_reason))
    def hook_done(index: int, result: Any) -> None:
        hooked.add(index)
        assert site_hook is not None
        site_hook.on_result(index, result)

    if jobs:
        reason_if_lost = _run_children(jobs, options, progress, done, urls, archives, counts,
                                       site_hook, hook_done)
        for index, url in jobs:
            if results[index] is None and index not in hooked:
                done(index, failed_snapshot(url, "other", reason_if_lost.format(url=url)))
                _notify(progress, urls[index], messages.text("progress_failed", reason=results[index].crawl.failure_reason))
    return [snapshot for snapshot in results if snapshot is not None]


def child_count(sites: int) -> int:
    """Crawl children for a batch of ``sites``: one per CPU core, each with enough sites."""
    return max(1, min(os.cpu_count() or 1, sites // SITES_PER_EXTRA_CHILD))


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


def _fork_children() -> bool:
    """Start crawl children by forking this process? Only when that is safe: one thread (a fork
    copies only the calling thread, and a lock another thread holds would stay locked in the
    child) and no Twisted reactor installed here (the child installs its own)."""
    how = os.environ.get("KEURMERK_CRAWL_START", "auto")
    if how in ("fork", "spawn"):
        return how == "fork" and hasattr(os, "fork")
    return hasattr(os, "fork") and threading.active_count() == 1 and "twisted.internet.reactor" not in sys.modules


class _ForkedChild:
    """A crawl child forked from this process, with the parts of ``subprocess.Popen`` used here
    (``stdout`` carries the protocol lines; ``kill``, ``wait``, ``returncode``). The child crawls
    its job and leaves with ``os._exit``: no clean-up of the parent's state runs in it."""

    def __init__(self, job: dict[str, Any], log_path: Path):
        read_fd, write_fd = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # nothing buffered here may be written twice
            try:
                stream.flush()
            except (AttributeError, OSError, ValueError):
                pass
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(read_fd)
                log_fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(log_fd, 2)
                os.close(log_fd)
                null_fd = os.open(os.devnull, os.O_RDONLY)
                os.dup2(null_fd, 0)
                os.close(null_fd)
                # a Twisted reactor this process had loaded (not running: the caller is
                # single-threaded) is the parent's; the child's Scrapy installs its own
                sys.modules.pop("twisted.internet.reactor", None)
                code = _crawl_job(job, write_fd)
            except BaseException:  # noqa: BLE001 (whatever happens, the child must end here)
                try:
                    traceback.print_exc()
                    sys.stderr.flush()
                except BaseException:  # noqa: BLE001
                    pass
            finally:
                os._exit(code)
        os.close(write_fd)
        self.pid = pid
        self.stdout = os.fdopen(read_fd, "rb")
        self.returncode: int | None = None
        self._lock = threading.Lock()

    def kill(self) -> None:
        with self._lock:
            if self.returncode is None:  # never signal a pid that was reaped (it may be reused)
                try:
                    os.kill(self.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def wait(self) -> int:
        if self.returncode is None:
            _pid, status = os.waitpid(self.pid, 0)
            with self._lock:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode


def _spawn_child(job: dict[str, Any], log_path: Path, env: dict[str, str]) -> subprocess.Popen:
    """A crawl child in a new interpreter (``python -m crawler.run --child``), the job on stdin."""
    with open(log_path, "wb") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.run", "--child"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log_file,
            cwd=str(PROJECT_ROOT), env=env,
        )
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(job).encode("utf-8"))
    proc.stdin.close()
    return proc


def _run_children(
    jobs: list[tuple[int, str]],
    options: CrawlOptions,
    progress: ProgressFn | None,
    done: SnapshotFn,
    given_urls: list[str],
    archives: dict[str, str] | None = None,
    counts: CountsFn | None = None,
    site_hook: SiteHook | None = None,
    hook_done: Callable[[int, Any], None] | None = None,
) -> str:
    """Crawl ``jobs`` in child processes (sites dealt round-robin); hand each finished site to
    ``done`` as it arrives; return the reason for sites that were lost."""
    n = child_count(len(jobs))
    parts = [jobs[k::n] for k in range(n)]
    with tempfile.TemporaryDirectory(prefix="keurmerk-crawl-") as tmp:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
        env.setdefault("PYTHONUNBUFFERED", "1")
        timed_out = threading.Event()
        events: "queue.Queue[tuple[int, bytes | None]]" = queue.Queue()
        procs: list[Any] = []  # subprocess.Popen or _ForkedChild
        logs: list[Path] = []
        fork = _fork_children()
        try:
            for k, part in enumerate(parts):
                log_path = Path(tmp) / f"scrapy-{k}.log"
                logs.append(log_path)
                job = {"jobs": part, "options": _options_json(options), "out_dir": tmp,
                       "log_level": _child_log_level(), "archives": archives or {}}
                if site_hook is not None:
                    job["hook"] = {"function": site_hook.function, "args": site_hook.args,
                                   "init_function": site_hook.init_function,
                                   "page_function": site_hook.page_function,
                                   "page_batch": site_hook.page_batch}
                try:
                    procs.append(_ForkedChild(job, log_path) if fork else _spawn_child(job, log_path, env))
                except OSError:
                    logger.exception("could not start the crawler process")
            # the reader threads start after the last fork (a fork copies only the calling thread)
            for k, proc in enumerate(procs):
                threading.Thread(target=_pump, args=(k, proc, events), daemon=True).start()
            if not procs:
                return messages.UI["crawler_crashed"]

            def kill() -> None:
                timed_out.set()
                for proc in procs:
                    proc.kill()

            timer = threading.Timer(options.site_time_budget() + CHILD_GRACE_SECONDS, kill)
            timer.daemon = True
            timer.start()
            try:
                open_pipes = len(procs)
                while open_pipes:
                    _k, raw = events.get()
                    if raw is None:
                        open_pipes -= 1
                        continue
                    _handle_event(raw, progress, done, given_urls, counts, hook_done)
                for proc in procs:
                    proc.wait()
            finally:
                timer.cancel()
        except BaseException:
            for proc in procs:  # e.g. Ctrl-C in the CLI: do not leave the crawl running
                proc.kill()
                proc.wait()
            raise
        failed = any(proc.returncode != 0 for proc in procs)
        for log_path in logs:
            log_text = log_path.read_text("utf-8", "replace") if log_path.exists() else ""
            if log_text.strip():
                logger.log(logging.WARNING if failed else logging.DEBUG, "crawler log:\n%s", log_text[-20000:])
    return messages.UI["crawler_timeout" if timed_out.is_set() else "crawler_crashed"]


def _pump(k: int, proc: Any, events: "queue.Queue[tuple[int, bytes | None]]") -> None:
    """Move a child's protocol lines to the queue (so a slow consumer never blocks the child)."""
    assert proc.stdout is not None
    try:
        for raw in proc.stdout:
            events.put((k, raw))
    finally:
        events.put((k, None))


def _handle_event(raw: bytes, progress: ProgressFn | None, done: SnapshotFn, given_urls: list[str],
                  counts: CountsFn | None = None, hook_done: Callable[[int, Any], None] | None = None) -> None:
    try:
        event = json.loads(raw)
        index = int(event["index"])
        url = given_urls[index]
    except (ValueError, KeyError, IndexError, TypeError):
        logger.debug("crawler output: %s", raw.decode("utf-8", "replace").rstrip())
        return
    if "hooked" in event and hook_done is not None:
        hook_done(index, event["hooked"])
    elif "snapshot" in event:
        path = Path(str(event["snapshot"]))
        try:
            snapshot = SiteSnapshot.model_validate_json(path.read_bytes())
        except (OSError, ValueError):
            logger.exception("could not read the crawler's snapshot of %s", url)
            return
        path.unlink(missing_ok=True)
        done(index, snapshot)
    elif "message" in event:
        _notify(progress, url, str(event["message"]))
        if counts is not None and isinstance(event.get("counts"), dict):
            try:
                counts(url, {k: int(v) for k, v in event["counts"].items()})
            except Exception:  # noqa: BLE001 (a display problem must not stop the crawl)
                logger.exception("counts callback failed")


# --- child process -----------------------------------------------------------------------------

def _child_main() -> int:
    """``python -m crawler.run --child``: the job as JSON on stdin, the protocol on stdout."""
    job = json.loads(sys.stdin.read())
    return _crawl_job(job, os.dup(1))


def _crawl_job(job: dict[str, Any], protocol_fd: int) -> int:
    """Crawl the sites of ``job`` in this process (a crawl child); protocol lines go to
    ``protocol_fd``, anything else printed to stderr (the child's log)."""
    protocol = os.fdopen(protocol_fd, "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    options = _options_from_json(job["options"])
    out_dir = Path(job["out_dir"])

    from scrapy.crawler import CrawlerProcess

    from crawler.settings import settings_for
    from crawler.spiders.site_spider import SiteSpider

    lock = threading.Lock()

    def send_snapshot(index: int, snapshot: SiteSnapshot) -> None:
        path = out_dir / f"site-{index}.json"
        tmp_path = path.with_suffix(".tmp")
        tmp_path.write_text(snapshot.model_dump_json(), encoding="utf-8")
        tmp_path.replace(path)
        with lock:
            protocol.write(json.dumps({"index": index, "snapshot": str(path)}) + "\n")

    hook = job.get("hook")
    worker = _hook_worker(hook, protocol) if hook else None

    def hooked(index: int, snapshot: SiteSnapshot, future: Any) -> None:
        try:
            result = json.dumps({"index": index, "hooked": future.result()})
        except Exception:  # noqa: BLE001 (the caller then handles the snapshot itself)
            logger.exception("site hook %s failed; the snapshot goes back", hook["function"])
            send_snapshot(index, snapshot)
            return
        with lock:
            protocol.write(result + "\n")

    # pages for the page hook, handed over together: every PAGE_HOOK_INTERVAL seconds, once at
    # least the hook's page_batch have come in. One hand-over per page would cost the crawl child a
    # pickle and a pipe write per page and the hook process a wake-up with cold caches per page
    # (a single polite site brings one page every half second: judged one by one, each page cost
    # more than it does in its site's judgement at the end). A finished site's waiting pages are
    # not sent: the site hook judges them with their site.
    waiting_pages: list[tuple[int, Any]] = []
    send_pending = False  # a send_pages call is scheduled

    def send_pages() -> None:
        nonlocal send_pending
        send_pending = False
        if len(waiting_pages) >= hook.get("page_batch", 1):
            batch = waiting_pages[:]
            waiting_pages.clear()
            try:
                worker.submit(_worker_pages, batch)
            except Exception:  # noqa: BLE001 (the hook process is gone: the sites are judged without)
                logger.exception("page hook not started")
        if waiting_pages:
            schedule_send()

    def schedule_send() -> None:
        nonlocal send_pending
        if not send_pending:
            from twisted.internet import reactor

            send_pending = True
            reactor.callLater(PAGE_HOOK_INTERVAL, send_pages)

    def page_sink_for(index: int) -> Callable[[Any], None] | None:
        if worker is None or not hook.get("page_function") or not isinstance(worker, ProcessPoolExecutor):
            return None  # (in a thread it would hold up the crawl: see _hook_worker)
        if len(job["jobs"]) < 2:
            return None  # (one site: see SiteHook.page_batch)

        def page_sink(page: Any) -> None:
            waiting_pages.append((index, page))
            schedule_send()
        return page_sink

    def sink_for(index: int) -> Callable[[SiteSnapshot], None]:
        def sink(snapshot: SiteSnapshot) -> None:
            # each site is handed over as soon as its spider closes, while the other sites are
            # crawled (to the hook's process, or written and announced to the parent); the
            # crawl keeps it only until the hook is done with it (to send it back if that fails)
            if worker is not None:
                waiting_pages[:] = [item for item in waiting_pages if item[0] != index]
                try:
                    future = worker.submit(_worker_site, index, snapshot)
                except Exception:  # noqa: BLE001 (the hook process is gone: the caller judges it)
                    logger.exception("site hook not started; the snapshot goes back")
                    send_snapshot(index, snapshot)
                    return
                future.add_done_callback(lambda f: hooked(index, snapshot, f))
            else:
                send_snapshot(index, snapshot)
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
        process.crawl(SiteSpider, start_url=url, sink=sink_for(index), progress=progress_for(index),
                      page_sink=page_sink_for(index), archive_path=job.get("archives", {}).get(str(index)))
    process.start()
    if worker is not None:
        worker.shutdown(wait=True)
    protocol.close()
    return 0


def _hook_worker(hook: dict[str, Any], protocol: Any) -> Executor:
    """Where a crawl child runs the site hook: one process of its own, forked here before the
    crawl starts, so that judging a finished site never holds up the crawl of the others (a
    thread in this process would: while it holds Python's GIL every network event waits, and
    AutoThrottle, which measures the latency, slows the crawl down further). Without ``os.fork``
    (or when the process cannot start) the site hook runs in a thread."""
    if hasattr(os, "fork"):
        worker = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                                     initializer=_worker_init, initargs=(hook, protocol.fileno()))
        try:
            worker.submit(int).result()  # fork now: this process has one thread and no reactor yet
            return worker
        except Exception:  # noqa: BLE001 (e.g. no memory for a process: judge in a thread)
            logger.exception("no hook process; the hook runs in a thread")
            worker.shutdown(wait=False, cancel_futures=True)
    _WORKER.update(hook)
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-hook")


_WORKER: dict[str, Any] = {}  # the hook of this process (a crawl child's hook process)


def _worker_init(hook: dict[str, Any], protocol_fd: int) -> None:
    """In the hook process: remember the hook; let go of the protocol pipe (the parent reads the
    crawl child's end of it until the crawl child ends)."""
    os.close(protocol_fd)
    _WORKER.update(hook)
    if hook.get("init_function"):
        try:
            _load_function(hook["init_function"])(hook["args"])
        except Exception:  # noqa: BLE001 (the hooks load what they need themselves then)
            logger.exception("hook init %s failed", hook["init_function"])
    # what this process inherited from the crawl child (Scrapy, Twisted, the models) and what the
    # init loaded (the checks) stays for its whole life: out of the cyclic collector's reach, its
    # collections stay short, and the memory shared with the crawl child stays shared
    gc.freeze()


def _worker_site(index: int, snapshot: SiteSnapshot) -> Any:
    return _load_function(_WORKER["function"])(index, snapshot, _WORKER["args"])


def _worker_pages(batch: list[tuple[int, Any]]) -> None:
    try:
        _load_function(_WORKER["page_function"])(batch, _WORKER["args"])
    except Exception:  # noqa: BLE001 (the site hook does that work then)
        logger.exception("page hook %s failed", _WORKER["page_function"])


@lru_cache(maxsize=8)
def _load_function(name: str) -> Callable[..., Any]:
    """``"package.module:function"`` -> the function."""
    from importlib import import_module

    module, _, attr = name.partition(":")
    return getattr(import_module(module), attr)


if __name__ == "__main__":
    if "--child" in sys.argv[1:]:
        sys.exit(_child_main())
    print("Gebruik: crawl_sites() uit crawler.run; dit module draait alleen als kindproces.", file=sys.stderr)
    sys.exit(2)
