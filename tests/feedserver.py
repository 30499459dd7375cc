"""A loopback HTTP server for feeds, good and hostile, running in a background thread.

Because it runs in a thread (not in the test's event loop) it serves async
tests, sync tests and subprocesses such as `python bot.py once` alike. It
binds 127.0.0.1 on an ephemeral port; nothing leaves the machine.

    pytest_plugins = ["feedserver"]        # in a test module or tests/conftest.py: the fixtures

    def test_something(feed_server):
        feed_server.add("/tech.xml", rss_bytes, etag='"v1"')
        url = feed_server.url("/tech.xml")            # http://127.0.0.1:PORT/tech.xml
        ...                                           # poll it
        assert feed_server.requests("/tech.xml")[-1]["if-none-match"] == '"v1"'

`add(path, body, *, status=200, headers=None, etag=None, last_modified=None,
delay=0.0, drip_bytes_per_sec=None, content_type="application/rss+xml",
compress=True)` serves `body` at `path` (the query string is ignored unless a
route was added with one):
- `body` is bytes, or a callable returning an iterable of byte chunks (to
  stream e.g. 50 MB without holding it in memory; sent without Content-Length,
  then the connection closes, unless `headers` declare one).
- `etag` / `last_modified`: the response carries them, and a request whose
  If-None-Match / If-Modified-Since matches gets 304 with no body.
- `delay`: seconds to wait before answering (timeouts).
- `drip_bytes_per_sec`: send the body this slowly (read timeouts, deadlines).
- `compress`: gzip the body when the client accepts gzip. Pass
  `headers={"Content-Encoding": "gzip"}` with pre-compressed bytes to send
  them as-is (gzip bombs).
- `status`/`headers`: anything else (500, 429 with Retry-After, 410, ...).

`redirect(path, to, status=302)` answers with a Location (relative or absolute).
`max_in_flight` is the most requests the server was answering at once.
`FeedServer.repeat_chunks(total)` makes a streamed body of `total` bytes.
`requests(path)` lists the headers (lower-case keys) of every request seen for
that path, oldest first; `hits(path)` counts them. `refused_url()` gives a URL
on which nothing listens (connection refused).

Fixtures: `feed_server` (one per test) and `feed_server_session` (shared;
add unique paths, and don't rely on `requests()` being empty).
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass
class Route:
    body: Body = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip_bytes_per_sec: float | None = None
    content_type: str | None = "application/rss+xml"
    compress: bool = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024  # the default 5 drops connections when hundreds poll at once
    owner: FeedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-body is what hostile-feed tests do on purpose.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET(head=True)

    def do_GET(self, head: bool = False) -> None:
        owner = self.server.owner
        path = self.path
        headers = {k.lower(): v for k, v in self.headers.items()}
        route = owner._route(path, headers)
        owner._enter()
        try:
            if route is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found\n", head)
                return
            if route.delay and owner._stopping.wait(route.delay):
                return
            self._serve(route, headers, head)
        except (ConnectionError, TimeoutError, OSError):
            self.close_connection = True
        finally:
            owner._leave()

    def _send(self, status: int, headers: dict[str, str], body: bytes, head: bool) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head and body:
            self.wfile.write(body)

    def _serve(self, route: Route, req: dict[str, str], head: bool) -> None:
        out: dict[str, str] = {}
        if route.content_type:
            out["Content-Type"] = route.content_type
        if route.etag:
            out["ETag"] = route.etag
        if route.last_modified:
            out["Last-Modified"] = route.last_modified
        out.update(route.headers)

        if route.status == 200 and (
            (route.etag and req.get("if-none-match") == route.etag)
            or (
                route.last_modified
                and req.get("if-modified-since") == route.last_modified
                and not req.get("if-none-match")
            )
        ):
            self.send_response(304)
            for k in ("ETag", "Last-Modified"):
                if k in out:
                    self.send_header(k, out[k])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return

        if callable(route.body):
            self._stream(route, out, route.body(), head)
            return
        body = route.body
        already_encoded = any(k.lower() == "content-encoding" for k in out)
        if route.compress and not already_encoded and "gzip" in req.get("accept-encoding", ""):
            body = gzip.compress(body)
            out["Content-Encoding"] = "gzip"
        if route.drip_bytes_per_sec:
            self._stream(route, out, [body], head, length=len(body))
            return
        self._send(route.status, out, body, head)

    def _stream(
        self,
        route: Route,
        out: dict[str, str],
        chunks: Iterable[bytes],
        head: bool,
        length: int | None = None,
    ) -> None:
        self.send_response(route.status)
        for k, v in out.items():
            self.send_header(k, v)
        if length is not None:
            self.send_header("Content-Length", str(length))
        elif not any(k.lower() == "content-length" for k in out):
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if head:
            return
        stopping = self.server.owner._stopping
        rate = route.drip_bytes_per_sec
        for chunk in chunks:
            if not rate:
                self.wfile.write(chunk)
                continue
            # Small writes at the given rate; stop promptly when the server stops.
            step = max(1, int(rate / 10))
            for i in range(0, len(chunk), step):
                self.wfile.write(chunk[i : i + step])
                self.wfile.flush()
                if stopping.wait(step / rate):
                    return


class FeedServer:
    """See the module docstring."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._requests: dict[str, list[dict[str, str]]] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.in_flight = 0
        self.max_in_flight = 0  # most requests answered at once: per-host politeness tests
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"feedserver:{self.port}",
            daemon=True,
        )

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuring -------------------------------------------------------------

    def add(
        self,
        path: str,
        body: Body,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        drip_bytes_per_sec: float | None = None,
        content_type: str | None = "application/rss+xml",
        compress: bool = True,
    ) -> str:
        """Serve `body` at `path`; returns the full URL."""
        route = Route(
            body,
            status,
            dict(headers or {}),
            etag,
            last_modified,
            delay,
            drip_bytes_per_sec,
            content_type,
            compress,
        )
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Answer `path` with a redirect to `to` (a path or a full URL)."""
        return self.add(
            path, b"", status=status, headers={"Location": to}, content_type=None, compress=False
        )

    def remove(self, path: str) -> None:
        with self._lock:
            self._routes.pop(path, None)

    # -- observing ---------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def requests(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [dict(h) for h in self._requests.get(path, [])]

    def hits(self, path: str) -> int:
        with self._lock:
            return len(self._requests.get(path, []))

    @staticmethod
    def refused_url(path: str = "/feed.xml") -> str:
        """A loopback URL where nothing listens: connecting is refused."""
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        return f"http://127.0.0.1:{port}{path}"

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    @staticmethod
    def repeat_chunks(total: int, chunk: bytes = b"x" * 65536) -> Callable[[], Iterator[bytes]]:
        """A streamed body of `total` bytes (see the module-level function)."""
        return repeat_chunks(total, chunk)

    def _route(self, raw_path: str, headers: dict[str, str]) -> Route | None:
        bare = urlsplit(raw_path).path
        with self._lock:
            self._requests.setdefault(bare, []).append(headers)
            if raw_path != bare:
                self._requests.setdefault(raw_path, []).append(headers)
            return self._routes.get(raw_path) or self._routes.get(bare)


def repeat_chunks(total: int, chunk: bytes = b"x" * 65536) -> Callable[[], Iterator[bytes]]:
    """A body of `total` bytes made on the fly (for huge-body tests without huge memory)."""

    def gen() -> Iterator[bytes]:
        sent = 0
        while sent < total:
            piece = chunk[: total - sent]
            sent += len(piece)
            yield piece

    return gen


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture(scope="session")
def feed_server_session() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll `predicate` until true or `timeout` (for subprocess tests)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
