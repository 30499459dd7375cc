"""poll() over loopback: conditional GET, caps, redirects, deadlines, HTTP errors.

Every case checks what the pipeline (and so a user in `status`) sees: the
outcome, the reason text, and the one log line naming the source.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
from typing import TYPE_CHECKING

import pytest

from watchers import USER_AGENT, UrlSource, Validators, make_client, poll

if TYPE_CHECKING:
    from feedserver import FeedServer

pytest_plugins = ["feedserver"]

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>http://example.com/</link>
<item><title>Acme to cut 1,000 jobs</title><link>/news/1</link><guid>n1</guid>
<pubDate>Mon, 06 Jan 2025 09:00:00 GMT</pubDate></item>
<item><title>Other news</title><link>http://example.com/news/2</link>
<pubDate>Sun, 05 Jan 2025 09:00:00 GMT</pubDate></item>
</channel></rss>"""
LAST_MODIFIED = "Mon, 06 Jan 2025 10:00:00 GMT"


def src(url: str, **kw: object) -> UrlSource:
    return UrlSource(name=kw.pop("name", "acme-news"), url=url, **kw)  # type: ignore[arg-type]


def warnings_for(caplog: pytest.LogCaptureFixture, name: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.levelno >= logging.WARNING and name in r.getMessage()]


async def test_items_and_user_agent(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed.xml", RSS)
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "ok"
    assert [i.title for i in result.items] == ["Acme to cut 1,000 jobs", "Other news"]
    assert result.items[0].url == feed_server.url("/news/1")  # relative link made absolute
    assert result.http_status == 200
    assert feed_server.requests("/feed.xml")[0]["user-agent"] == USER_AGENT


async def test_etag_304_path(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed.xml", RSS, etag='"v1"', last_modified=LAST_MODIFIED)
    async with make_client() as client:
        first = await poll(src(url), client)
        assert first.validators.etag == '"v1"'
        assert first.validators.last_modified == LAST_MODIFIED
        second = await poll(src(url), client, first.validators)
    assert second.outcome == "not_modified"
    assert second.http_status == 304
    assert second.items == ()
    assert second.validators == first.validators
    sent = feed_server.requests("/feed.xml")[1]
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == LAST_MODIFIED


async def test_last_modified_only_304(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed.xml", RSS, last_modified=LAST_MODIFIED)
    async with make_client() as client:
        first = await poll(src(url), client)
        second = await poll(src(url), client, first.validators)
    assert second.outcome == "not_modified"
    assert "if-none-match" not in feed_server.requests("/feed.xml")[1]


async def test_identical_body_skips_parsing_and_changed_body_parses(
    feed_server: FeedServer,
) -> None:
    url = feed_server.add("/feed.xml", RSS)  # no validators at all
    async with make_client() as client:
        first = await poll(src(url), client)
        same = await poll(src(url), client, first.validators)
        feed_server.add("/feed.xml", RSS.replace(b"Other news", b"Fresh news"))
        changed = await poll(src(url), client, same.validators)
    assert first.validators.content_hash
    assert same.outcome == "not_modified"
    assert same.http_status == 200
    assert changed.outcome == "ok"
    assert "Fresh news" in [i.title for i in changed.items]
    assert changed.validators.content_hash != first.validators.content_hash


async def test_gzip_response(feed_server: FeedServer) -> None:
    url = feed_server.add("/feed.xml", RSS)
    async with make_client() as client:
        result = await poll(src(url), client)
    assert "gzip" in feed_server.requests("/feed.xml")[0]["accept-encoding"]
    assert result.outcome == "ok"
    assert len(result.items) == 2
    assert result.bytes_read == len(gzip.compress(RSS))  # on the wire, compressed


async def test_size_cap_with_content_length(
    feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = RSS + b"<!--" + b"x" * 200_000 + b"-->"
    url = feed_server.add("/big.xml", body, compress=False)
    async with make_client() as client:
        result = await poll(src(url, max_bytes="100kB"), client)
    assert result.outcome == "error"
    assert result.error == f"body of {len(body):,} bytes exceeds the 100,000 bytes cap"
    assert warnings_for(caplog, "acme-news") == [f"source acme-news: {result.error}"]


async def test_size_cap_streamed_without_length(feed_server: FeedServer) -> None:
    url = feed_server.add("/stream.xml", feed_server.repeat_chunks(3_000_000))
    async with make_client() as client:
        result = await poll(src(url, max_bytes="1MB"), client)
    assert result.outcome == "error"
    assert result.error == "body exceeds the 1 MB cap"
    assert result.bytes_read < 1_200_000  # stopped reading at the cap


async def test_size_cap_applies_after_decompression(feed_server: FeedServer) -> None:
    # 2 MB of feed compresses to a few kB: the cap is on what we'd have to parse.
    body = RSS.replace(b"<title>T</title>", b"<title>" + b"a" * 2_000_000 + b"</title>")
    url = feed_server.add("/packed.xml", body)
    async with make_client() as client:
        result = await poll(src(url, max_bytes="1MB"), client)
    assert result.outcome == "error"
    assert result.error == "body exceeds the 1 MB cap after decompression"
    assert result.bytes_read < 100_000


async def test_redirect_followed_and_links_resolved_against_final_url(
    feed_server: FeedServer,
) -> None:
    feed_server.add("/new/feed.xml", RSS)
    url = feed_server.redirect("/old.xml", "/new/feed.xml", status=301)
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "ok"
    assert result.items[0].url == feed_server.url("/news/1")


async def test_redirect_loop_is_named(
    feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    feed_server.redirect("/a", "/b")
    url = feed_server.redirect("/b", feed_server.url("/a"))
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert result.error == f"redirect loop: {url} -> {feed_server.url('/a')} -> {url}"
    assert len(warnings_for(caplog, "acme-news")) == 1


async def test_more_than_five_redirects(feed_server: FeedServer) -> None:
    for i in range(7):
        feed_server.redirect(f"/r{i}", f"/r{i + 1}")
    feed_server.add("/r7", RSS)
    async with make_client() as client:
        result = await poll(src(feed_server.url("/r0")), client)
        five = await poll(src(feed_server.url("/r2")), client)  # exactly 5 hops: fine
    assert result.outcome == "error"
    assert (result.error or "").startswith("too many redirects (more than 5)")
    assert five.outcome == "ok"


async def test_overall_deadline_on_a_slow_server(feed_server: FeedServer) -> None:
    url = feed_server.add("/slow.xml", RSS, delay=10)
    async with make_client() as client:
        result = await poll(src(url, timeout="0.5s"), client)
    assert result.outcome == "error"
    assert result.error == f"timed out after 0.5s (overall deadline) fetching {url}"
    assert result.elapsed < 5


async def test_overall_deadline_on_a_dripping_server(feed_server: FeedServer) -> None:
    # Each byte arrives well within the read timeout; only the overall deadline ends it.
    url = feed_server.add("/drip.xml", RSS, drip_bytes_per_sec=200, compress=False)
    async with make_client() as client:
        result = await poll(src(url, timeout="0.5s"), client)
    assert result.outcome == "error"
    assert (result.error or "").startswith("timed out after 0.5s (overall deadline)")


@pytest.mark.parametrize("status", [500, 404, 403])
async def test_http_errors(feed_server: FeedServer, status: int,
                           caplog: pytest.LogCaptureFixture) -> None:
    url = feed_server.add("/err.xml", b"oops", status=status, content_type="text/plain")
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert result.http_status == status
    assert (result.error or "").startswith(f"HTTP {status} ")
    assert (result.error or "").endswith(f"from {url}")
    assert result.retry_after is None
    assert warnings_for(caplog, "acme-news") == [f"source acme-news: {result.error}"]


async def test_retry_after_seconds_on_429(feed_server: FeedServer) -> None:
    url = feed_server.add("/busy.xml", b"", status=429, headers={"Retry-After": "120"})
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert result.retry_after == 120
    assert result.error == f"HTTP 429 Too Many Requests from {url} (Retry-After 120s)"


async def test_retry_after_http_date_on_503(feed_server: FeedServer) -> None:
    url = feed_server.add("/down.xml", b"", status=503,
                          headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.http_status == 503
    assert result.retry_after == 0  # a date in the past: retry now


async def test_410_gone(feed_server: FeedServer) -> None:
    url = feed_server.add("/gone.xml", b"", status=410)
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "gone"
    assert result.error == f"HTTP 410 Gone: {url} was removed; disable or fix this source"


async def test_connection_refused(feed_server: FeedServer,
                                  caplog: pytest.LogCaptureFixture) -> None:
    url = feed_server.refused_url()
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert result.error == f"connection refused by {url.split('/')[2]}"
    assert warnings_for(caplog, "acme-news") == [f"source acme-news: {result.error}"]


async def test_html_page_is_not_a_feed(feed_server: FeedServer) -> None:
    page = b"<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in</body></html>"
    url = feed_server.add("/login", page, content_type="text/html; charset=utf-8")
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert result.error == "not a feed: got an HTML page"


async def test_json_is_not_a_feed(feed_server: FeedServer) -> None:
    url = feed_server.add("/api", b'{"error": "rate limited"}', content_type="application/json")
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "error"
    assert (result.error or "").startswith("not a feed (no RSS/Atom found)")


async def test_failed_poll_keeps_old_validators(feed_server: FeedServer) -> None:
    old = Validators(etag='"v1"', last_modified=LAST_MODIFIED, content_hash="abc")
    url = feed_server.add("/err.xml", b"", status=500)
    async with make_client() as client:
        result = await poll(src(url), client, old)
    assert result.validators == old


async def test_per_host_limit(feed_server: FeedServer) -> None:
    for i in range(8):
        feed_server.add(f"/f{i}.xml", RSS, delay=0.2)
    async with make_client(per_host=2) as client:
        results = await asyncio.gather(
            *(poll(src(feed_server.url(f"/f{i}.xml"), name=f"s{i}"), client) for i in range(8))
        )
    assert [r.outcome for r in results] == ["ok"] * 8
    assert feed_server.max_in_flight == 2


async def test_a_failing_source_does_not_delay_a_healthy_one(feed_server: FeedServer) -> None:
    slow = feed_server.add("/slow.xml", RSS, delay=10)
    good = feed_server.add("/good.xml", RSS)
    async with make_client() as client:
        slow_task = asyncio.create_task(poll(src(slow, name="slow", timeout="1s"), client))
        healthy = await poll(src(good, name="good"), client)
        assert not slow_task.done()  # the healthy one finished first
        slow_result = await slow_task
    assert healthy.outcome == "ok"
    assert slow_result.outcome == "error"


async def test_session_server_serves_too(feed_server_session: FeedServer) -> None:
    url = feed_server_session.add("/test_fetch/session.xml", RSS)
    async with make_client() as client:
        result = await poll(src(url), client)
    assert result.outcome == "ok"
    assert feed_server_session.hits("/test_fetch/session.xml") >= 1
