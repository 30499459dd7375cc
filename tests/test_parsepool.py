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
