"""Polite HTTP fetching of feeds: one shared client, bounded in every dimension.

What a fetch promises, whatever the server does:
- at most `timeout` seconds overall (asyncio deadline on top of httpx's
  connect/read timeouts, so a server dripping one byte a second still ends);
- at most `max_bytes` of body AFTER decompression: we read the raw stream and
  inflate it ourselves with a bounded output size, so a gzip bomb stops at the
  cap instead of expanding in memory first;
- at most 5 redirects, with loops named as such;
- conditional GET from the validators (ETag / Last-Modified);
- at most `per_host` requests in flight to one host (host:port), so one
  server is never hammered however many sources point at it.

Failures are raised as `FetchProblem` carrying a short reason a user can act
on; `watchers.poll` turns them into FetchResults.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import weakref
import zlib
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from watchers.base import Validators

logger = logging.getLogger(__name__)

USER_AGENT = "layoffwatch/0.1 (+https://github.com/layoffwatch/layoffwatch)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
          "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
MAX_REDIRECTS = 5
DEFAULT_PER_HOST = 4
MAX_RETRY_AFTER = 86_400.0  # a server asking for more than a day is ignored beyond that


class FetchProblem(Exception):
    """A fetch that produced no usable body; `reason` is what a user reads."""

    def __init__(
        self,
        reason: str,
        *,
        outcome: Literal["error", "gone"] = "error",
        http_status: int | None = None,
        retry_after: float | None = None,
        bytes_read: int = 0,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.outcome: Literal["error", "gone"] = outcome
        self.http_status = http_status
        self.retry_after = retry_after
        self.bytes_read = bytes_read


@dataclass(frozen=True, slots=True)
class Fetched:
    """A successful fetch: a body (or 304) and what to remember for next time."""

    url: str  # after redirects: the base for relative links
    status: int
    headers: dict[str, str]
    body: bytes
    bytes_read: int  # on the wire, before decompression

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostLimiter:
    """At most `per_host` requests in flight per host:port, and at most `total` overall.

    The overall cap keeps httpcore's pool from ever queueing: its bookkeeping
    walks every queued request against every connection each time a request
    starts or ends, which made 400 concurrent polls spend seconds of CPU in
    the pool. A host's slot is taken before the overall one, so sources
    waiting their turn behind a busy host never hold capacity others could use.

    Semaphores are made lazily inside the running loop (asyncio primitives
    bind to the loop that first waits on them).
    """

    def __init__(self, per_host: int = DEFAULT_PER_HOST, *, total: int | None = None) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        if total is not None and total < 1:
            raise ValueError("total must be at least 1")
        self.per_host = per_host
        self.total = total
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._all: asyncio.Semaphore | None = None

    @contextlib.asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        key = urlsplit(url).netloc.lower()
        sem = self._slots.get(key)
        if sem is None:
            sem = self._slots[key] = asyncio.Semaphore(self.per_host)
        async with sem:
            if self.total is None:
                yield
                return
            if self._all is None:
                self._all = asyncio.Semaphore(self.total)
            async with self._all:
                yield


_Origin = tuple[bytes, bytes, int | None]


class _Tracked(httpx.AsyncByteStream):
    """A response body that tells its pool's owner when it is closed."""

    def __init__(self, inner: httpx.AsyncByteStream, done: _PoolPerHost, key: _Origin) -> None:
        self._inner = inner
        self._done = done
        self._key = key
        self._open = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._open:
                self._open = False
                await self._done.release(self._key)


class _PoolPerHost(httpx.AsyncBaseTransport):
    """One small connection pool per origin (scheme, host, port) instead of one big one.

    httpcore 1.0's pool walks every connection it holds each time a request
    starts or ends, and for every idle one asks the socket whether the server
    closed it (getpeername + poll). With 100 hosts in one pool that profiled
    as the largest cost of the event loop in a cold pass (~48,000 socket
    checks for 400 feeds); per origin it is at most `per_host` connections.

    At most `max_pools` pools are kept: past that, the least recently used
    pools with nothing in flight are closed, so idle sockets stay bounded
    however many hosts the sources name.
    """

    def __init__(self, *, per_host: int, max_pools: int, keepalive_expiry: float) -> None:
        self._limits = httpx.Limits(max_connections=per_host,
                                    max_keepalive_connections=per_host,
                                    keepalive_expiry=keepalive_expiry)
        self._max_pools = max_pools
        self._pools: OrderedDict[_Origin, httpx.AsyncHTTPTransport] = OrderedDict()
        self._busy: dict[_Origin, int] = {}
        self._ssl: ssl.SSLContext | None = None  # one for all pools: each costs ~20 ms to load

    def _pool(self, key: _Origin) -> httpx.AsyncHTTPTransport:
        pool = self._pools.get(key)
        if pool is None:
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context()
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                verify=self._ssl, http1=True, http2=False, limits=self._limits)
        else:
            self._pools.move_to_end(key)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pool(key)
        self._busy[key] = self._busy.get(key, 0) + 1
        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            await self.release(key)
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _Tracked(response.stream, self, key)
        return response

    async def release(self, key: _Origin) -> None:
        left = self._busy.get(key, 1) - 1
        if left:
            self._busy[key] = left
        else:
            self._busy.pop(key, None)
        while len(self._pools) > self._max_pools:
            # Popped before the await: a concurrent release must not pick it too.
            oldest_idle = next((k for k in self._pools if k not in self._busy), None)
            if oldest_idle is None:
                return
            await self._pools.pop(oldest_idle).aclose()

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            await pool.aclose()


_LIMITERS: weakref.WeakKeyDictionary[httpx.AsyncClient, HostLimiter] = (
    weakref.WeakKeyDictionary()
)


def make_client(
    *,
    per_host: int = DEFAULT_PER_HOST,
    connect_timeout: float = 10.0,
    read_timeout: float = 20.0,
    max_connections: int = 100,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The one httpx.AsyncClient every source shares (connection reuse, pooled limits).

    At most `max_connections` requests are in flight, at most `per_host` to
    one host; connections are pooled per host (see `_PoolPerHost`), for at
    most `max_connections` hosts at a time. Close it with
    `await client.aclose()` when the bot stops.
    """
    if transport is None:
        transport = _PoolPerHost(per_host=per_host, max_pools=max_connections,
                                 keepalive_expiry=30.0)
    client = httpx.AsyncClient(
        http1=True,
        http2=False,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(connect=connect_timeout, read=read_timeout, write=10.0, pool=30.0),
        limits=httpx.Limits(
            max_connections=max_connections,
            # httpcore 1.0 counts ALL pooled connections against this limit, not just
            # idle ones: anything lower closes reusable connections once more hosts
            # than the limit are polled.
            max_keepalive_connections=max_connections,
            keepalive_expiry=30.0,
        ),
        headers={
            "User-Agent": USER_AGENT,
            "Accept": ACCEPT,
            # Only what we can inflate ourselves, with a bounded output size.
            "Accept-Encoding": "gzip, deflate",
        },
        transport=transport,
    )
    _LIMITERS[client] = HostLimiter(per_host, total=max_connections)
    return client


def limiter_for(client: httpx.AsyncClient) -> HostLimiter:
    """The client's per-host limiter (a client not made by make_client gets the default)."""
    limiter = _LIMITERS.get(client)
    if limiter is None:
        limiter = _LIMITERS[client] = HostLimiter()
    return limiter


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


class _Inflater:
    """Bounded decompression of one Content-Encoding.

    Every zlib call gets an output limit, so a tiny compressed chunk can
    never expand past what is left of the size cap.
    """

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in ("gzip", "x-gzip")
        self._d: zlib._Decompress | None = None

    def _new(self, data: bytes) -> zlib._Decompress:
        if self._gzip:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is zlib-wrapped per the RFC, raw deflate in practice often enough.
        wbits = zlib.MAX_WBITS if (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS
        return zlib.decompressobj(wbits)

    def feed(self, data: bytes, budget: int) -> bytes:
        """Inflate `data`; raise OverflowError once output would exceed `budget`."""
        out = bytearray()
        while data:
            if self._d is None:
                self._d = self._new(data)
            elif self._d.eof:
                if not self._gzip or not data.strip(b"\x00"):
                    break  # trailing bytes after the stream: ignore
                self._d = self._new(data)  # a further gzip member (concatenation is valid gzip)
            out += self._d.decompress(data, budget - len(out) + 1)
            if len(out) > budget:
                raise OverflowError
            data = self._d.unconsumed_tail or (self._d.unused_data if self._d.eof else b"")
        return bytes(out)

    def flush(self, budget: int) -> bytes:
        if self._d is None:
            return b""
        out = self._d.flush()
        if len(out) > budget:
            raise OverflowError
        return out


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


async def _read_body(resp: httpx.Response, max_bytes: int) -> tuple[bytes, int]:
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    codings = [c.strip() for c in encoding.split(",") if c.strip() and c.strip() != "identity"]
    if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
        raise FetchProblem(f"unsupported Content-Encoding {encoding!r}",
                           http_status=resp.status_code)
    declared = resp.headers.get("content-length", "")
    if not codings and declared.isdigit() and int(declared) > max_bytes:
        raise FetchProblem(
            f"body of {_mb(int(declared))} exceeds the {_mb(max_bytes)} cap",
            http_status=resp.status_code,
        )
    inflater = _Inflater(codings[0]) if codings else None
    body = bytearray()
    wire = 0
    too_big = FetchProblem(
        f"body exceeds the {_mb(max_bytes)} cap" + (" after decompression" if codings else ""),
        http_status=resp.status_code,
    )
    try:
        async for raw in resp.aiter_raw():
            wire += len(raw)
            if inflater is None:
                body += raw
            else:
                body += inflater.feed(raw, max_bytes - len(body))
            if len(body) > max_bytes:
                too_big.bytes_read = wire
                raise too_big
        if inflater is not None:
            body += inflater.flush(max_bytes - len(body))
    except OverflowError:
        too_big.bytes_read = wire
        raise too_big from None
    except zlib.error as exc:
        raise FetchProblem(
            f"corrupt {codings[0]} body ({exc})", http_status=resp.status_code, bytes_read=wire
        ) from None
    return bytes(body), wire


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if validators is not None:
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
    return headers


def _describe_network_error(exc: httpx.HTTPError, url: str) -> str:
    host = urlsplit(url).netloc
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connect to {host} timed out"
    if isinstance(exc, httpx.ReadTimeout):
        return f"{host} stopped sending (read timeout)"
    if isinstance(exc, httpx.PoolTimeout):
        return "no free connection (pool timeout)"
    if isinstance(exc, httpx.ConnectError):
        # httpx says "All connection attempts failed"; the cause chain says why.
        chain: list[BaseException] = []
        cause: BaseException | None = exc
        while cause is not None and len(chain) < 8:
            chain.append(cause)
            if isinstance(cause, BaseExceptionGroup):
                chain.extend(cause.exceptions)
            cause = cause.__cause__ or cause.__context__
        if any(isinstance(c, ConnectionRefusedError) for c in chain):
            return f"connection refused by {host}"
        low = " ".join(str(c) for c in chain).lower()
        if "refused" in low or "errno 111" in low:
            return f"connection refused by {host}"
        if any(s in low for s in ("name or service", "nodename", "errno -2", "getaddrinfo")):
            return f"cannot resolve {host}"
        return f"cannot connect to {host}: {text[:160]}"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} broke the HTTP exchange: {text[:160]}"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"bad URL {url!r}: {text[:160]}"
    return f"{type(exc).__name__} from {host}: {text[:160]}"


async def fetch(
    url: str,
    client: httpx.AsyncClient,
    validators: Validators | None = None,
    *,
    max_bytes: int = 5_000_000,
    timeout: float = 30.0,  # noqa: ASYNC109  (the deadline starts after the host slot)
) -> Fetched:
    """GET `url` politely; return the body or 304, else raise FetchProblem."""
    limiter = limiter_for(client)
    loop = asyncio.get_running_loop()
    seen = [url]
    wire = 0
    try:
        # The deadline starts once we hold a slot for the host: waiting our
        # turn behind other sources of the same host is politeness, not slowness.
        async with asyncio.timeout(None) as deadline:
            for _hop in range(MAX_REDIRECTS + 1):
                async with limiter.slot(url):
                    if deadline.when() is None:
                        deadline.reschedule(loop.time() + timeout)
                    async with client.stream(
                        "GET", url, headers=_conditional_headers(validators),
                        follow_redirects=False,
                    ) as resp:
                        status = resp.status_code
                        location = resp.headers.get("location")
                        if status in (301, 302, 303, 307, 308) and location:
                            nxt = urljoin(url, location.strip())
                            if nxt in seen:
                                chain = " -> ".join([*seen[seen.index(nxt):], nxt])
                                raise FetchProblem(f"redirect loop: {chain}", http_status=status)
                            seen.append(nxt)
                            url = nxt
                            continue
                        headers = {k.lower(): v for k, v in resp.headers.items()}
                        if status == 304:
                            return Fetched(url, 304, headers, b"", 0)
                        if status == 410:
                            raise FetchProblem(
                                f"HTTP 410 Gone: {url} was removed; disable or fix this source",
                                outcome="gone", http_status=410,
                            )
                        if status >= 400 or status < 200:
                            retry = (parse_retry_after(resp.headers.get("retry-after"))
                                     if status in (429, 503) else None)
                            phrase = resp.reason_phrase or ""
                            reason = f"HTTP {status} {phrase}".rstrip() + f" from {url}"
                            if retry is not None:
                                reason += f" (Retry-After {retry:g}s)"
                            raise FetchProblem(reason, http_status=status, retry_after=retry)
                        if status >= 300:
                            raise FetchProblem(
                                f"HTTP {status} without a usable Location from {url}",
                                http_status=status,
                            )
                        body, wire = await _read_body(resp, max_bytes)
                        return Fetched(url, status, headers, body, wire)
            raise FetchProblem(
                f"too many redirects (more than {MAX_REDIRECTS}): {' -> '.join(seen)}"
            )
    except TimeoutError:
        raise FetchProblem(
            f"timed out after {timeout:g}s (overall deadline) fetching {url}", bytes_read=wire
        ) from None
    except httpx.HTTPError as exc:
        raise FetchProblem(_describe_network_error(exc, url)) from None
    except OSError as exc:
        raise FetchProblem(f"network error fetching {url}: {exc}") from None
