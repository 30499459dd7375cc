"""One poll of one source: fetch politely, skip what hasn't changed, parse off the loop.

`poll()` never raises for anything a feed or its server can do: every failure
becomes a FetchResult with outcome "error" (or "gone" for 410) and a short
reason, logged once as `source NAME: reason`. Validators go in and come out;
the caller (the pipeline) stores them, watchers never touch the database.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import datetime

import httpx

from watchers.base import FetchResult, SourceConfig, Validators
from watchers.fetch import FetchProblem, fetch
from watchers.parse import FeedProblem
from watchers.parsepool import parse_and_key_off_loop

logger = logging.getLogger(__name__)


def _failed(
    source: SourceConfig,
    validators: Validators,
    started: float,
    reason: str,
    *,
    outcome: str = "error",
    http_status: int | None = None,
    retry_after: float | None = None,
    bytes_read: int = 0,
) -> FetchResult:
    logger.warning("source %s: %s", source.name, reason)
    return FetchResult(
        source=source.name,
        outcome="gone" if outcome == "gone" else "error",
        validators=validators,  # unchanged: a failed fetch teaches us nothing to keep
        error=reason,
        http_status=http_status,
        retry_after=retry_after,
        bytes_read=bytes_read,
        elapsed=time.monotonic() - started,
    )


async def poll(
    source: SourceConfig,
    client: httpx.AsyncClient,
    validators: Validators | None = None,
    *,
    now: datetime | None = None,
) -> FetchResult:
    """Fetch and parse `source` once. Cancellation propagates; nothing else does."""
    started = time.monotonic()
    old = validators or Validators()
    try:
        url = source.feed_url()
    except Exception as exc:  # a kind's URL builder failing is a config problem, still not a crash
        return _failed(source, old, started, f"cannot build the feed URL: {exc}")

    try:
        got = await fetch(url, client, old, max_bytes=source.max_bytes, timeout=source.timeout)
    except FetchProblem as problem:
        return _failed(source, old, started, problem.reason, outcome=problem.outcome,
                       http_status=problem.http_status, retry_after=problem.retry_after,
                       bytes_read=problem.bytes_read)

    etag = got.headers.get("etag") or old.etag
    last_modified = got.headers.get("last-modified") or old.last_modified
    if got.not_modified:
        logger.debug("source %s: 304 not modified", source.name)
        return FetchResult(
            source=source.name, outcome="not_modified",
            validators=Validators(etag, last_modified, old.content_hash),
            http_status=304, elapsed=time.monotonic() - started,
        )

    digest = hashlib.sha256(got.body).hexdigest()
    fresh = Validators(etag=etag, last_modified=last_modified, content_hash=digest)
    if digest == old.content_hash:
        logger.debug("source %s: body unchanged, not parsed", source.name)
        return FetchResult(
            source=source.name, outcome="not_modified", validators=fresh,
            http_status=got.status, bytes_read=got.bytes_read,
            elapsed=time.monotonic() - started,
        )

    try:
        # Parsing is CPU-bound (a 5 MB feed takes a while): keep it off the loop,
        # and under load off this process (watchers/parsepool.py).
        parsed = await parse_and_key_off_loop(got.body, got.headers, got.url, source, now=now)
    except FeedProblem as problem:
        return _failed(source, old, started, str(problem), http_status=got.status,
                       bytes_read=got.bytes_read)
    except Exception as exc:  # feedparser on hostile input: report, never crash the bot
        logger.debug("source %s: parser crashed", source.name, exc_info=True)
        return _failed(source, old, started, f"feed could not be parsed ({type(exc).__name__})",
                       http_status=got.status, bytes_read=got.bytes_read)

    return FetchResult(
        source=source.name, outcome="ok", items=parsed.items, keys=parsed.keys,
        detections=parsed.detections, detected_by=parsed.detected_by, validators=fresh,
        http_status=got.status, bytes_read=got.bytes_read, elapsed=time.monotonic() - started,
    )
