"""Where feed parsing runs: a worker thread normally, worker processes under load.

feedparser is pure Python: about 10 ms of CPU per 40-entry feed, all of it
holding the GIL, so parsing in a thread keeps the event loop responsive but
never uses a second core. When many fetched bodies wait to be parsed at once
(`once`, the first pass of `run`, a burst of sources falling due together),
parsing moves to a small pool of worker processes, which profiled as the
single largest cost of a cold pass over 400 feeds.

- Few parses at a time (the steady state of `run`, most tests): a thread, as
  before; no process is ever started.
- From PROCESS_THRESHOLD parses in flight: a process pool (forkserver, so the
  bot's threads are never forked; the server preloads the main module and
  the parser, so workers start fast and share those pages), created on first need and kept. Until a
  worker has answered, parsing stays in the thread: a cold start never waits
  on processes starting. Workers ignore SIGINT: Ctrl-C is the parent's.
- What `parse_feed` logs in a worker is sent back with its result and logged
  here, under the same logger names, so a degraded feed reads the same
  wherever it was parsed.
- A broken pool (a worker killed) is dropped; that parse and later ones run
  in a thread until a new pool is needed.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from typing import Any

from dedup import item_keys
from models import Item
from watchers.base import SourceConfig
from watchers.parse import parse_feed

logger = logging.getLogger(__name__)

PROCESS_THRESHOLD = 4  # parses in flight before further ones go to processes
MAX_WORKERS = max(1, min(os.cpu_count() or 1, 4))

_pool: ProcessPoolExecutor | None = None
_ready = False  # a worker of _pool has answered
_in_flight = 0


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Only plain fields cross the process boundary: args may not pickle.
        self.records.append({"name": record.name, "levelno": record.levelno,
                             "levelname": record.levelname, "msg": record.getMessage(),
                             "pathname": record.pathname, "lineno": record.lineno,
                             "funcName": record.funcName})


Keys = tuple[tuple[str, ...], ...]


def parse_and_key(
    body: bytes, headers: Mapping[str, str], url: str, source: SourceConfig,
    now: datetime | None = None,
) -> tuple[tuple[Item, ...], Keys]:
    """`parse_feed`, plus each item's dedup keys: work the pipeline would
    otherwise do per entry on its own (busiest) thread."""
    items = parse_feed(body, headers, url, source, now=now)
    return items, tuple(tuple(item_keys(item)) for item in items)


def _parse_in_worker(
    body: bytes, headers: dict[str, str], url: str, source: SourceConfig,
    now: datetime | None, level: int,
) -> tuple[tuple[Item, ...], Keys, list[dict[str, Any]]]:
    root = logging.getLogger()
    collect = _Collect()
    root.handlers[:] = [collect]
    logging.getLogger("watchers").setLevel(level)
    try:
        items, keys = parse_and_key(body, headers, url, source, now)
        return items, keys, collect.records
    finally:
        root.handlers[:] = []


def _answer() -> bool:
    return True


def _start_pool() -> None:
    """Create the pool and start its workers from a background thread."""
    global _pool, _ready
    try:
        ctx = multiprocessing.get_context("forkserver")
    except ValueError:  # no forkserver on this platform: threads only
        return
    # Workers import the parent's __main__ (multiprocessing does, for pickled
    # functions); importing it and the parser once in the server lets every
    # worker start by fork with those pages shared.
    ctx.set_forkserver_preload(["__main__", "watchers.parse", "dedup"])
    pool = _pool = ProcessPoolExecutor(MAX_WORKERS, mp_context=ctx, initializer=_worker_init)
    _ready = False

    def ready(future: Future[bool]) -> None:
        global _ready
        if _pool is pool and not future.cancelled() and future.exception() is None:
            _ready = True  # a pool that cannot start is never used: threads go on

    def warm() -> None:
        try:
            futures = [pool.submit(_answer) for _ in range(MAX_WORKERS)]
        except (RuntimeError, BrokenProcessPool):  # shut down meanwhile
            return
        futures[0].add_done_callback(ready)

    threading.Thread(target=warm, name="parse-pool-start", daemon=True).start()


def shutdown() -> None:
    """Stop the worker processes, if any were started (also done at exit)."""
    global _pool, _ready
    if _pool is not None:
        pool, _pool, _ready = _pool, None, False
        pool.shutdown(wait=True, cancel_futures=True)


async def parse_off_loop(
    body: bytes, headers: Mapping[str, str], url: str, source: SourceConfig,
    *, now: datetime | None = None,
) -> tuple[Item, ...]:
    """`parse_feed` off the event loop: same result, same exceptions, same log lines."""
    items, _ = await parse_and_key_off_loop(body, headers, url, source, now=now)
    return items


async def parse_and_key_off_loop(
    body: bytes, headers: Mapping[str, str], url: str, source: SourceConfig,
    *, now: datetime | None = None,
) -> tuple[tuple[Item, ...], Keys]:
    """`parse_and_key` off the event loop, in a thread or a worker process."""
    global _in_flight, _pool, _ready
    if _in_flight >= PROCESS_THRESHOLD and _pool is None and MAX_WORKERS > 1:
        _start_pool()
    pool = _pool if _ready and _in_flight >= PROCESS_THRESHOLD else None
    _in_flight += 1
    try:
        if pool is not None:
            level = logging.getLogger("watchers").getEffectiveLevel()
            try:
                items, keys, records = await asyncio.wrap_future(pool.submit(
                    _parse_in_worker, body, dict(headers), url, source, now, level))
            except BrokenProcessPool:
                logger.warning("feed parser worker died; parsing in a thread instead")
                if _pool is pool:
                    _pool, _ready = None, False
            else:
                for fields in records:
                    record = logging.makeLogRecord(fields)
                    logging.getLogger(record.name).handle(record)
                return items, keys
        return await asyncio.to_thread(parse_and_key, body, headers, url, source, now)
    finally:
        _in_flight -= 1
