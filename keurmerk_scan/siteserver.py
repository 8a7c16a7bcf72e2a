"""A small threaded HTTP server for local sites: the demo site, the evaluation corpus and tests.

Routes map a path (with query string, if any) to a ``Route``. A key ending in ``*`` matches every
path with that prefix; a route may be a callable that builds the response from the request path
(used for crawler traps such as endless calendars). Unknown paths answer 404.
Binds only to loopback addresses.
"""
from __future__ import annotations

import mimetypes
import socketserver
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Mapping, Union


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def html(cls, text: str, status: int = 200, charset: str = "utf-8") -> "Route":
        return cls(text.encode(charset), status, f"text/html; charset={charset}")

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> "Route":
        return cls(b"", status, "text/html", {"Location": location})


RouteLike = Union[Route, Callable[[str], Route]]


def routes_from_directory(root: str | Path) -> dict[str, Route]:
    """Serve a directory: ``index.html`` answers for its folder, other files by their path."""
    root = Path(root)
    routes: dict[str, Route] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = "/" + path.relative_to(root).as_posix()
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript",):
            ctype += "; charset=utf-8"
        route = Route(path.read_bytes(), 200, ctype)
        routes[rel] = route
        if path.name == "index.html":
            routes[rel[: -len("index.html")]] = route
    return routes


class _LoopbackHTTPServer(ThreadingHTTPServer):
    """HTTPServer without the reverse DNS lookup of its own address in ``server_bind``.

    ``HTTPServer.server_bind`` calls ``socket.getfqdn(host)``; for 127.0.0.N that query goes to
    the DNS server and now and then waits for a 5 s timeout, which slows down starting many sites.
    """

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = port


class SiteServer:
    """Context manager serving ``routes`` on ``host`` (a loopback address) and a free port."""

    def __init__(self, routes: Mapping[str, RouteLike], host: str = "127.0.0.1", port: int = 0):
        if not host.startswith("127.") and host not in ("localhost", "::1"):
            raise ValueError("SiteServer only binds to loopback addresses")
        self.routes = dict(routes)
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                server.requests.append(self.path)
                route = server.resolve(self.path)
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(route.body)

            do_HEAD = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = _LoopbackHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self.host = host
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def resolve(self, path: str) -> Route:
        candidates = [path, path.split("?", 1)[0]]
        for key in candidates:
            if key in self.routes:
                return self._materialise(self.routes[key], path)
        prefixes = [k for k in self.routes if k.endswith("*") and path.startswith(k[:-1])]
        if prefixes:
            return self._materialise(self.routes[max(prefixes, key=len)], path)
        return Route.html("<html><body><h1>404 Niet gevonden</h1></body></html>", status=404)

    @staticmethod
    def _materialise(route: RouteLike, path: str) -> Route:
        return route(path) if callable(route) else route

    def start(self) -> "SiteServer":
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
