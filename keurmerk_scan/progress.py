"""A terminal progress display for crawls: one live line on a terminal, plain lines otherwise."""
from __future__ import annotations

import time
from typing import Sequence, TextIO


class Progress:
    def __init__(self, urls: Sequence[str], stream: TextIO):
        self.urls = list(urls)
        self.stream = stream
        self.last: dict[str, str] = {}
        self.live = hasattr(stream, "isatty") and stream.isatty()
        self.started = time.monotonic()
        self._last_plain = 0.0

    def update(self, url: str, message: str) -> None:
        self.last[url] = message
        done = sum(1 for m in self.last.values() if m.startswith("klaar") or m.startswith("mislukt"))
        line = f"[{done}/{len(self.urls)} klaar, {time.monotonic() - self.started:.0f} s] {url}: {message}"
        if self.live:
            self.stream.write("\r\033[K" + line[:150])
            self.stream.flush()
        elif message.startswith(("klaar", "mislukt")) or time.monotonic() - self._last_plain > 5:
            self._last_plain = time.monotonic()
            print(line, file=self.stream, flush=True)

    def finish(self) -> None:
        if self.live:
            self.stream.write("\r\033[K")
            self.stream.flush()
