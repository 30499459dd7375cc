"""watchers/parsepool.py: parsing in worker processes under load reads the same as in a thread.

Same items, same FeedProblem for a non-feed, and the same log lines (sent
back from the worker and logged under the same logger) a user reads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest

import watchers.parsepool as parsepool
from support import Entry, corpus, rss
from watchers.kinds import UrlSource
from watchers.parse import FeedProblem, parse_feed

HEADERS = {"content-type": "application/rss+xml; charset=utf-8"}


@pytest.fixture
def pool() -> Iterator[None]:
    if not parsepool.USE_PROCESSES:
        pytest.skip("one core: parsing never leaves the thread")
    yield
    parsepool.shutdown()


def _feed(n: int) -> bytes:
    # Undated entries: parse_feed logs "N of M entries have no readable date".
    rows = corpus("en")[n : n + 5]
    return rss([Entry(r["title"], f"{r['url']}?n={n}", f"g{n}-{r['id']}") for r in rows])


async def _until_ready() -> None:
    parsepool._start_pool()
    for _ in range(600):  # bounded: at most 30 s for the forkserver and a worker
        if parsepool._ready:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("parse workers never started")


async def test_under_load_workers_parse_and_their_log_lines_reach_the_caller(
    pool: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="watchers")
    await _until_ready()
    sources = [UrlSource(name=f"outlet-{i}", url=f"http://127.0.0.1/{i}.xml") for i in range(8)]
    bodies = [_feed(i) for i in range(8)]

    got = await asyncio.gather(*(
        parsepool.parse_off_loop(b, HEADERS, s.url, s) for b, s in zip(bodies, sources,
                                                                          strict=True)
    ))

    # Taken before the comparison below, whose own parse_feed calls log too.
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("watchers")]
    assert parsepool._pool is not None and parsepool._pool._processes  # workers did exist
    for src in sources:
        assert any(m.startswith(f"source {src.name}: parsed with problems: 5 of 5 entries")
                   for m in lines), lines
    for body, src, items in zip(bodies, sources, got, strict=True):
        assert items == parse_feed(body, HEADERS, src.url, src)
        assert len(items) == 5


async def test_a_non_feed_fails_the_same_way_in_a_worker(pool: None) -> None:
    await _until_ready()
    src = UrlSource(name="html", url="http://127.0.0.1/page")
    page = b"<!doctype html><html><body>hello</body></html>"
    calls = [parsepool.parse_off_loop(page, {"content-type": "text/html"}, src.url, src)
             for _ in range(parsepool.PROCESS_THRESHOLD + 2)]

    results = await asyncio.gather(*calls, return_exceptions=True)

    assert all(isinstance(r, FeedProblem) for r in results), results
    assert {str(r) for r in results} == {"not a feed: got an HTML page"}


async def test_workers_detect_with_the_detector_they_were_given(pool: None) -> None:
    from detect import CompanyDirectory, Detector

    detector = Detector(CompanyDirectory.bundled())
    parsepool.use_detector(detector)
    try:
        await _until_ready()
        sources = [UrlSource(name=f"d-{i}", url=f"http://127.0.0.1/d{i}.xml") for i in range(8)]
        bodies = [_feed(i) for i in range(8)]
        got = await asyncio.gather(*(
            parsepool.parse_and_key_off_loop(b, HEADERS, s.url, s)
            for b, s in zip(bodies, sources, strict=True)
        ))
        in_workers = [p for p in got if p.detections]
        assert in_workers, "a burst of parses went to the workers"
        for parsed in in_workers:
            # labelled as made by this detector, and what it says in this process
            assert parsed.detected_by is detector
            assert parsed.detections == tuple(detector.detect(i) for i in parsed.items)
        # A new detector retires workers holding the old one: nothing is
        # labelled with a detector that did not make it.
        other = Detector(CompanyDirectory.empty())
        parsepool.use_detector(other)
        again = await parsepool.parse_and_key_off_loop(bodies[0], HEADERS, sources[0].url,
                                                       sources[0])
        assert again.detected_by in (None, other)
    finally:
        parsepool.use_detector(None)


_OWNER = """
import asyncio, os, sys, time
sys.path[:0] = [{root!r}]
import watchers.parsepool as parsepool

async def main():
    parsepool._start_pool()
    while not parsepool._ready:
        await asyncio.sleep(0.05)
    workers = list(parsepool._pool._processes)
    ppids = [int(open(f"/proc/{{p}}/stat").read().rsplit(")", 1)[1].split()[1]) for p in workers]
    print(" ".join(map(str, workers + ppids)), flush=True)
    time.sleep(120)

asyncio.run(main())
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_workers_and_their_server_end_when_the_bot_is_killed(pool: None) -> None:
    # `kill -9` (or the OOM killer) gives the bot no chance to shut its pool down; its
    # workers and the forkserver must not wait for work for ever.
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see the processes")
    root = str(Path(__file__).resolve().parent.parent)
    bot = subprocess.Popen([sys.executable, "-c", _OWNER.format(root=root)],
                           stdout=subprocess.PIPE, text=True)
    try:
        assert bot.stdout is not None
        pids = [int(p) for p in bot.stdout.readline().split()]
        assert pids and all(_running(p) for p in pids)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(10)
        bot.stdout.close()
    deadline = time.monotonic() + 4 * parsepool.ORPHAN_CHECK + 10
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if _running(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)  # don't leave them behind on a failure either
    assert not left, f"processes left after the bot was killed: {left}"
