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
  the parser, so workers start fast and share those pages), created on first
  need (or when a pass announces a burst, `expect`) and kept. Parses of a
  burst wait up to START_WAIT for a starting worker (~0.5 s) rather than
  land in the thread, on the pipeline's own and busiest core; a pool that
  has not answered by then is bypassed. Workers ignore SIGINT: Ctrl-C is
  the parent's.
- What `parse_feed` logs in a worker is sent back with its result and logged
  here, under the same logger names, so a degraded feed reads the same
  wherever it was parsed.
- A broken pool (a worker killed) is dropped; that parse and later ones run
  in a thread until a new pool is needed. The other way round, a bot killed
  outright leaves no workers behind: they end themselves (and so the server)
  within ORPHAN_CHECK seconds.
- Workers also compute each item's dedup keys and, given a detector
  (`use_detector`), its detection: per-entry work that would otherwise run
  on the pipeline's busiest thread. The pipeline uses those detections only
  if they come from the detector it holds now (a reload replaces it).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dedup import item_keys
from models import Detection, Item
from watchers.base import SourceConfig
from watchers.parse import parse_feed

logger = logging.getLogger(__name__)

PROCESS_THRESHOLD = 4  # parses in flight before further ones go to processes
START_WAIT = 3.0  # seconds a burst's parses wait for a starting pool
# The pipeline's own thread keeps one core busy in a burst (fetching, ingest):
# workers get the others. One core: parsing never leaves the thread.
USE_PROCESSES = (os.cpu_count() or 1) > 1
MAX_WORKERS = max(1, min((os.cpu_count() or 1) - 1, 4))

_DETECT_MEMO = 4096  # distinct texts a worker remembers (wire copy repeats them)

_pool: ProcessPoolExecutor | None = None
_pool_detector: Any = None  # the detector the pool's workers were started with
_ready = False  # a worker of _pool has answered
_started = 0.0  # time.monotonic() when _pool was created
_in_flight = 0
_detector: Any = None  # see use_detector()
_detector_blob: bytes | None = None

# In a worker: the detector it was started with, and its memo.
_worker_detector: Any = None
_worker_memo: OrderedDict[tuple[str, str, str | None], Detection | None] = OrderedDict()


def use_detector(detector: Any) -> None:
    """Detect in the worker processes with `detector` (an object with
    `detect(item)` that depends only on the item's title, summary and lang).

    A detector that cannot be pickled is not sent: the pipeline then detects
    itself. Replacing the detector retires the running workers (they hold
    the old one); the next burst starts new ones.
    """
    global _detector, _detector_blob
    if detector is _detector:
        return
    try:
        blob: bytes | None = pickle.dumps(detector)
    except Exception:  # a closure, a handle: fine in-process, not for workers
        logger.debug("detector %r cannot be pickled; detecting in the pipeline", detector)
        blob = None
    _detector, _detector_blob = detector, blob
    if _pool is not None and _pool_detector is not detector:
        _retire()


ORPHAN_CHECK = 2.0  # seconds between a worker's checks that the bot is still alive


def _worker_init(blob: bytes | None, owner: int) -> None:
    global _worker_detector
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_detector = pickle.loads(blob) if blob is not None else None
    threading.Thread(target=_exit_when_orphaned, args=(owner,), name="orphan-watch",
                     daemon=True).start()


def _exit_when_orphaned(owner: int) -> None:
    """End this worker once the bot that owns the pool is gone.

    A bot killed outright (SIGKILL, the OOM killer) never shuts its pool down,
    and a worker, child of the forkserver rather than of the bot, holds its
    own task pipe open and so waits for work for ever, keeping the forkserver
    alive too. Checking the owner's pid ends both within ORPHAN_CHECK seconds.
    """
    while True:
        time.sleep(ORPHAN_CHECK)
        try:
            os.kill(owner, 0)
        except (ProcessLookupError, PermissionError):  # gone, or its pid reused by another user
            os._exit(0)


def _detect_in_worker(items: tuple[Item, ...]) -> tuple[Detection | None, ...]:
    if _worker_detector is None:
        return ()
    out: list[Detection | None] = []
    for item in items:
        key = (item.title, item.summary, item.lang)
        if key in _worker_memo:
            _worker_memo.move_to_end(key)
            out.append(_worker_memo[key])
            continue
        det = _worker_detector.detect(item)
        _worker_memo[key] = det
        if len(_worker_memo) > _DETECT_MEMO:
            _worker_memo.popitem(last=False)
        out.append(det)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed feed with the per-entry work done alongside: keys always,
    detections (aligned with items) when a worker process ran `detected_by`."""

    items: tuple[Item, ...]
    keys: tuple[tuple[str, ...], ...]
    detections: tuple[Detection | None, ...] = ()
    detected_by: Any = None


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
) -> tuple[tuple[Item, ...], Keys, tuple[Detection | None, ...], list[dict[str, Any]]]:
    root = logging.getLogger()
    collect = _Collect()
    root.handlers[:] = [collect]
    logging.getLogger("watchers").setLevel(level)
    try:
        items, keys = parse_and_key(body, headers, url, source, now)
        return items, keys, _detect_in_worker(items), collect.records
    finally:
        root.handlers[:] = []


def _answer() -> bool:
    return True


def _start_pool() -> None:
    """Create the pool and start its workers from a background thread."""
    global _pool, _ready, _pool_detector, _started
    try:
        ctx = multiprocessing.get_context("forkserver")
    except ValueError:  # no forkserver on this platform: threads only
        return
    # Workers import the parent's __main__ (multiprocessing does, for pickled
    # functions); importing it and the parser once in the server lets every
    # worker start by fork with those pages shared.
    ctx.set_forkserver_preload(["__main__", "watchers.parse", "dedup"])
    pool = _pool = ProcessPoolExecutor(MAX_WORKERS, mp_context=ctx, initializer=_worker_init,
                                       initargs=(_detector_blob, os.getpid()))
    _pool_detector = _detector if _detector_blob is not None else None
    _ready = False
    _started = time.monotonic()

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


def expect(parses: int) -> None:
    """A hint that about `parses` feeds are about to be fetched and parsed at
    once (`once`, a first pass): start the workers now, while the requests
    are in flight, rather than when the bodies are already waiting."""
    if parses >= PROCESS_THRESHOLD and _pool is None and USE_PROCESSES:
        _start_pool()


def shutdown() -> None:
    """Stop the worker processes, if any were started (also done at exit)."""
    global _pool, _ready
    if _pool is not None:
        pool, _pool, _ready = _pool, None, False
        pool.shutdown(wait=True, cancel_futures=True)


def _retire() -> None:
    """Let the current workers finish what they hold, without waiting for them."""
    global _pool, _ready
    if _pool is not None:
        pool, _pool, _ready = _pool, None, False
        pool.shutdown(wait=False)


async def parse_off_loop(
    body: bytes, headers: Mapping[str, str], url: str, source: SourceConfig,
    *, now: datetime | None = None,
) -> tuple[Item, ...]:
    """`parse_feed` off the event loop: same result, same exceptions, same log lines."""
    return (await parse_and_key_off_loop(body, headers, url, source, now=now)).items


async def _pool_for_burst() -> ProcessPoolExecutor | None:
    if _pool is None and USE_PROCESSES:
        _start_pool()
    # _ready is set by a pool callback thread, for whichever loop is waiting:
    # polling it for at most START_WAIT is simpler than a cross-thread event.
    while _pool is not None and not _ready and time.monotonic() < _started + START_WAIT:  # noqa: ASYNC110
        await asyncio.sleep(0.02)
    return _pool if _ready else None


async def parse_and_key_off_loop(
    body: bytes, headers: Mapping[str, str], url: str, source: SourceConfig,
    *, now: datetime | None = None,
) -> Parsed:
    """`parse_and_key` off the event loop, in a thread or a worker process
    (which also detects, see use_detector)."""
    global _in_flight, _pool, _ready
    burst = _in_flight >= PROCESS_THRESHOLD
    _in_flight += 1
    try:
        pool = await _pool_for_burst() if burst else None
        detected_by = _pool_detector
        if pool is not None:
            level = logging.getLogger("watchers").getEffectiveLevel()
            try:
                items, keys, detections, records = await asyncio.wrap_future(pool.submit(
                    _parse_in_worker, body, dict(headers), url, source, now, level))
            except BrokenProcessPool:
                logger.warning("feed parser worker died; parsing in a thread instead")
                if _pool is pool:
                    _pool, _ready = None, False
            else:
                for fields in records:
                    record = logging.makeLogRecord(fields)
                    logging.getLogger(record.name).handle(record)
                return Parsed(items, keys, detections, detected_by if detections else None)
        items, keys = await asyncio.to_thread(parse_and_key, body, headers, url, source, now)
        return Parsed(items, keys)
    finally:
        _in_flight -= 1
