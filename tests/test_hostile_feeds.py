"""Hostile feeds (issue #8 point 2): each ends in a FetchResult, within bounded
time and memory, with one clear log line naming the source, while a healthy
source polled at the same time on the same client is unaffected.

Timeouts are set small here; the whole of each case runs under a generous
asyncio deadline so a regression fails instead of hanging. Memory is the
tracemalloc peak over the poll (it traces every thread, so the loopback
server and the parser thread are counted too).
"""

from __future__ import annotations

import asyncio
import logging
import tracemalloc
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest

from models import Item
from watchers import MAX_ENTRIES, FetchResult, UrlSource, make_client, poll

if TYPE_CHECKING:
    from feedserver import FeedServer

pytest_plugins = ["feedserver"]

MEMORY_BOUND = 60_000_000
CASE_DEADLINE = 30.0  # seconds; every case is expected to finish in a small fraction of this

HEALTHY = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Healthy</title>
<item><title>Acme to cut 1,000 jobs</title><link>https://healthy.example/1</link>
<pubDate>Mon, 06 Jan 2025 09:00:00 GMT</pubDate></item>
<item><title>Beta hires</title><link>https://healthy.example/2</link>
<pubDate>Mon, 06 Jan 2025 08:00:00 GMT</pubDate></item>
</channel></rss>"""


def rss(items: str, *, decl: str = "utf-8", doctype: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="{decl}"?>{doctype}<rss version="2.0"><channel>'
            f"<title>t</title>{items}</channel></rss>").encode()


def gzip_bomb(expanded: int = 256 << 20) -> bytes:
    """`expanded` bytes of an RSS prefix plus zeros, gzipped: ~1000:1."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [c.compress(b'<?xml version="1.0"?><rss version="2.0"><channel><title>')]
    zeros = b"\0" * (1 << 20)
    out += [c.compress(zeros) for _ in range(expanded >> 20)]
    out.append(c.flush())
    return b"".join(out)


LOL = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)
DATED = "<pubDate>Mon, 06 Jan 2025 09:00:00 GMT</pubDate>"
BILLION_LAUGHS = rss(
    f"<item><title>&lol9;</title><link>https://x.example/1</link>{DATED}</item>"
    f"<item><title>plain</title><link>https://x.example/2</link>{DATED}</item>",
    doctype=f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{LOL}]>',
)
FLAT_AMPLIFICATION = rss(
    f"<item><title>t</title><link>https://x.example/1</link>{DATED}<description>"
    + "&big;" * 50_000 + "</description></item>",
    doctype='<!DOCTYPE rss [<!ENTITY big "' + "x" * 50_000 + '">]>',
)  # 300 kB that would expand to 2.5 GB
TAG_FLOOD = rss(f"<item><title>t</title><link>https://x.example/1</link>{DATED}</item>"
                + "<x/>" * 300_000)
DEPTH = 20_000
DEEP = rss(f"<item><title>ok</title><link>https://x.example/1</link>{DATED}<description>"
           + "<div>" * DEPTH + "x" + "</div>" * DEPTH + "</description></item>")
INVALID_UTF8 = (rss(f"<item><title>caf@ bad @@ bytes</title><link>https://x.example/1</link>"
                    f"{DATED}</item>")
                .replace(b"@@", b"\xff\xfe").replace(b"@", b"\xe9"))
GBK_SAYS_UTF8 = rss(f"<item><title>阿里巴巴裁员一万人</title><link>https://x.example/1</link>"
                    f"{DATED}</item>").decode().encode("gbk")
UTF8_SAYS_UTF16 = rss(f"<item><title>京东裁员</title><link>https://x.example/1</link>{DATED}</item>",
                      decl="utf-16")


def ten_thousand_entries() -> bytes:
    base = datetime(2025, 1, 1, tzinfo=UTC)
    items = "".join(
        f"<item><title>Story {i}</title><link>https://x.example/{i}</link><guid>g{i}</guid>"
        f"<pubDate>{(base - timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        f"<description>&lt;p&gt;Body of story {i}.&lt;/p&gt;</description></item>"
        for i in range(10_000)
    )
    return rss(items)


MISSING_AND_FUTURE_DATES = rss(
    "<item><title>undated</title><link>https://x.example/1</link></item>"
    "<item><title>from the future</title><link>https://x.example/2</link>"
    "<pubDate>Sat, 01 Jan 2050 00:00:00 GMT</pubDate></item>"
    "<item><title>garbled date</title><link>https://x.example/3</link>"
    "<pubDate>someday soon</pubDate></item>"
    "<item><title>dated</title><link>https://x.example/4</link>"
    "<pubDate>Mon, 06 Jan 2025 09:00:00 GMT</pubDate></item>"
)
HTML_PAGE = (b"<!DOCTYPE html>\n<html lang=en><head><title>Just a moment...</title></head>"
             b"<body><p>Checking your browser</p></body></html>")


@dataclass
class Case:
    """One hostile source: how to serve it, and what the pipeline must see."""

    serve: Callable[[FeedServer], str]  # registers the route, returns the URL
    outcome: str
    message: str  # the reason (error) or the log line's tail, `{url}` filled in
    level: int = logging.WARNING
    options: dict[str, Any] = field(default_factory=dict)
    check: Callable[[FetchResult], None] | None = None


def _titles(result: FetchResult) -> list[str]:
    return [i.title for i in result.items]


def _check_laughs(r: FetchResult) -> None:
    assert _titles(r) == ["&lol9;", "plain"]  # left unexpanded, never a billion laughs


def _check_10k(r: FetchResult) -> None:
    assert len(r.items) == MAX_ENTRIES
    assert r.items[0].title == "Story 0"  # the newest
    assert r.items[-1].title == f"Story {MAX_ENTRIES - 1}"


def _check_dates(r: FetchResult) -> None:
    dated: dict[str, datetime | None] = {i.title: i.published for i in r.items}
    assert dated["undated"] is None
    assert dated["garbled date"] is None
    assert dated["dated"] == datetime(2025, 1, 6, 9, tzinfo=UTC)
    future = dated["from the future"]
    assert future is not None and future < datetime.now(UTC) + timedelta(minutes=1)


def _check_latin1_fallback(r: FetchResult) -> None:
    assert _titles(r) == ["café bad ÿþ bytes"]


def _check_utf16_fallback(r: FetchResult) -> None:
    assert _titles(r) == ["京东裁员"]


def _check_gbk(r: FetchResult) -> None:
    assert len(r.items) == 1 and "阿里巴巴" not in r.items[0].title  # garbled, and said so


CASES: dict[str, Case] = {
    "gzip bomb": Case(
        lambda s: s.add("/bomb.xml", BOMB, headers={"Content-Encoding": "gzip"}, compress=False),
        "error", "body exceeds the 5 MB cap after decompression",
        check=lambda r: (r.bytes_read < 500_000) or pytest.fail(f"read {r.bytes_read} bytes"),
    ),
    "50 MB body": Case(
        lambda s: s.add("/huge.xml", s.repeat_chunks(50_000_000), compress=False),
        "error", "body exceeds the 5 MB cap",
    ),
    "50 MB body with Content-Length": Case(
        lambda s: s.add("/huge-cl.xml", s.repeat_chunks(50_000_000),
                        headers={"Content-Length": "50000000"}, compress=False),
        "error", "body of 50 MB exceeds the 5 MB cap",
    ),
    "dripping server": Case(
        lambda s: s.add("/drip.xml", HEALTHY, drip_bytes_per_sec=20, compress=False),
        "error", "timed out after 1s (overall deadline) fetching {url}",
        options={"timeout": "1s"},
    ),
    "redirect loop": Case(
        lambda s: (s.redirect("/loop-b", "/loop-a"), s.redirect("/loop-a", "/loop-b"))[1],
        "error", "redirect loop: {url} -> {base}/loop-b -> {url}",
    ),
    "billion laughs": Case(
        lambda s: s.add("/laughs.xml", BILLION_LAUGHS),
        "ok", "parsed with problems: dropped its DTD entity declarations; not well-formed (",
        level=logging.INFO, check=_check_laughs,
    ),
    "entity amplification (flat)": Case(
        lambda s: s.add("/amplify.xml", FLAT_AMPLIFICATION),
        "ok", "parsed with problems: dropped its DTD entity declarations; not well-formed (",
        level=logging.INFO,
        check=lambda r: len(r.items[0].summary) <= 1000 or pytest.fail("expanded"),
    ),
    "tag flood": Case(
        lambda s: s.add("/flood.xml", TAG_FLOOD),
        "error", "too much markup to be a news feed (300,015 tags, limit 250,000)",
    ),
    "deeply nested XML": Case(
        lambda s: s.add("/deep.xml", DEEP),
        "error", "XML nested deeper than 256 levels: not a news feed",
    ),
    "invalid UTF-8": Case(
        lambda s: s.add("/bad-utf8.xml", INVALID_UTF8),
        "ok", "parsed with problems: document declared as utf-8, but parsed as windows-1252; "
              "text may be garbled (set `encoding:` on this source)",
        check=_check_latin1_fallback,
    ),
    "GBK declared as UTF-8": Case(
        lambda s: s.add("/gbk.xml", GBK_SAYS_UTF8),
        "ok", "parsed with problems: document declared as utf-8, but parsed as windows-1252; "
              "text may be garbled (it decodes as GBK: set `encoding: gbk`)",
        check=_check_gbk,
    ),
    "UTF-8 declared as UTF-16": Case(
        lambda s: s.add("/utf16.xml", UTF8_SAYS_UTF16),
        "ok", "parsed with problems: wrong charset declared (document declared as utf-16, "
              "but parsed as utf-8); text is fine",
        level=logging.INFO, check=_check_utf16_fallback,
    ),
    "10,000 entries": Case(
        lambda s: s.add("/10k.xml", TEN_K),
        "ok", f"parsed with problems: 10,000 entries, kept the newest {MAX_ENTRIES}",
        level=logging.INFO, check=_check_10k,
    ),
    "missing and future dates": Case(
        lambda s: s.add("/dates.xml", MISSING_AND_FUTURE_DATES),
        "ok", "parsed with problems: 2 of 4 entries have no readable date; "
              "1 dated in the future (dated now instead)",
        level=logging.INFO, check=_check_dates,
    ),
    "HTML instead of XML": Case(
        lambda s: s.add("/html.xml", HTML_PAGE, content_type="application/rss+xml"),
        "error", "not a feed: got an HTML page",
    ),
    "empty 200": Case(
        lambda s: s.add("/empty.xml", b""),
        "error", "empty response (no feed in the body)",
    ),
    "404": Case(
        lambda s: s.url("/nowhere.xml"),
        "error", "HTTP 404 Not Found from {url}",
    ),
    "410": Case(
        lambda s: s.add("/gone.xml", b"", status=410),
        "gone", "HTTP 410 Gone: {url} was removed; disable or fix this source",
    ),
}
BOMB = gzip_bomb()
TEN_K = ten_thousand_entries()


def _watcher_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records
            if r.name.startswith("watchers") and r.levelno >= logging.INFO]


@pytest.mark.parametrize("name", list(CASES))
async def test_hostile_feed(name: str, feed_server: FeedServer,
                            caplog: pytest.LogCaptureFixture) -> None:
    case = CASES[name]
    caplog.set_level(logging.INFO, logger="watchers")
    url = case.serve(feed_server)
    healthy_url = feed_server.add("/healthy.xml", HEALTHY)
    hostile_source = UrlSource(name="hostile", url=url, **case.options)
    healthy_source = UrlSource(name="healthy", url=healthy_url)

    tracemalloc.start()
    try:
        async with asyncio.timeout(CASE_DEADLINE), make_client() as client:
            hostile, healthy = await asyncio.gather(
                poll(hostile_source, client), poll(healthy_source, client)
            )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    expected = case.message.format(url=url, base=feed_server.base_url)
    assert hostile.source == "hostile"
    assert hostile.outcome == case.outcome, hostile.error
    if case.outcome in ("error", "gone"):
        assert hostile.error == expected
        assert hostile.items == ()
    if case.check:
        case.check(hostile)
    assert peak < MEMORY_BOUND, f"peak {peak / 1e6:.1f} MB"

    lines = _watcher_lines(caplog)
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert lines[0].levelno == case.level
    assert lines[0].getMessage().startswith(f"source hostile: {expected}")

    assert healthy.outcome == "ok"
    assert [i.title for i in healthy.items] == ["Acme to cut 1,000 jobs", "Beta hires"]
    assert all(isinstance(i, Item) for i in healthy.items)


async def test_hostile_sources_together_leave_healthy_ones_alone(
    feed_server: FeedServer,
) -> None:
    """Every hostile case at once, with ten healthy sources on the same client."""
    hostile = [UrlSource(name=f"hostile-{i}", url=case.serve(feed_server), **case.options)
               for i, case in enumerate(CASES.values())]
    healthy = [UrlSource(name=f"healthy-{i}", url=feed_server.add(f"/ok{i}.xml", HEALTHY))
               for i in range(10)]
    async with asyncio.timeout(CASE_DEADLINE), make_client() as client:
        results = await asyncio.gather(*(poll(s, client) for s in [*hostile, *healthy]))
    by_name = {r.source: r for r in results}
    assert [by_name[s.name].outcome for s in healthy] == ["ok"] * 10
    assert [by_name[s.name].outcome for s in hostile] == [c.outcome for c in CASES.values()]
