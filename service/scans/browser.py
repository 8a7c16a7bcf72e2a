"""One Chromium per worker process, shared by every crawl of that worker that renders pages.

Started on the first crawl that may render (``render`` auto or always), with a DevTools port on
loopback; each crawl connects to it (``CrawlOptions.chromium_cdp_url``, scrapy-playwright's
``PLAYWRIGHT_CDP_URL``) and opens its own browser context, instead of starting a browser per site.
Restarted when it died; stopped when the worker exits.
"""
from __future__ import annotations

import atexit
import re
import shutil
import subprocess
import tempfile
import threading
import time

from crawler.settings import CHROMIUM_ARGS

_DEVTOOLS = re.compile(r"DevTools listening on (ws://\S+)")


class SharedChromium:
    def __init__(self, executable: str = "/usr/bin/chromium"):
        self.executable = executable
        self._proc: subprocess.Popen | None = None
        self._url = ""
        self._profile = ""
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc and self._proc.poll() is None else None

    def cdp_url(self, timeout: float = 30.0) -> str:
        """The DevTools URL of the running browser; starts (or restarts) it when needed."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._start(timeout)
            return self._url

    def _start(self, timeout: float) -> None:
        self._cleanup()
        self._profile = tempfile.mkdtemp(prefix="keurmerk-chromium-")
        self._proc = subprocess.Popen(
            [self.executable, "--headless", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
             f"--user-data-dir={self._profile}", *CHROMIUM_ARGS, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + timeout
        assert self._proc.stderr is not None
        while time.monotonic() < deadline:
            line = self._proc.stderr.readline()
            if not line and self._proc.poll() is not None:
                break
            match = _DEVTOOLS.search(line)
            if match:
                self._url = match.group(1)
                # Keep reading stderr so the browser never blocks on a full pipe.
                threading.Thread(target=self._drain, args=(self._proc,), daemon=True).start()
                return
        self.stop()
        raise RuntimeError(f"Chromium ({self.executable}) is niet gestart")

    @staticmethod
    def _drain(proc: subprocess.Popen) -> None:
        for _ in proc.stderr:  # type: ignore[union-attr]
            pass

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
        self._cleanup()

    def _cleanup(self) -> None:
        if self._profile:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = ""


_shared: SharedChromium | None = None


def shared_chromium(executable: str) -> SharedChromium:
    global _shared
    if _shared is None or _shared.executable != executable:
        if _shared is not None:
            _shared.stop()
        _shared = SharedChromium(executable)
        atexit.register(_shared.stop)
    return _shared
