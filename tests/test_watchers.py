"""Source kinds, date reading, text cleaning and parse_feed details."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import ValidationError

import watchers
from watchers import SOURCE_KINDS, GoogleNewsSource, UrlSource, parse_feed
from watchers.dates import parse_date
from watchers.parse import MAX_ENTRIES, FeedProblem
from watchers.text import strip_html, trim

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def iso(dt: datetime | None) -> str | None:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None


# -- source kinds ------------------------------------------------------------------


def test_kinds_registered_on_import() -> None:
    assert SOURCE_KINDS["url"] is UrlSource
    assert SOURCE_KINDS["google_news"] is GoogleNewsSource
    assert watchers.SourceConfig is SOURCE_KINDS["url"].__mro__[1]


def test_url_kind() -> None:
    s = UrlSource(name="technode", url="https://technode.com/feed/", every="10m")
    assert s.feed_url() == "https://technode.com/feed/"
    assert s.every == 600
    assert s.max_bytes == 5_000_000


def test_url_kind_refuses_non_http_and_unknown_keys() -> None:
    with pytest.raises(ValidationError, match="is not an http"):
        UrlSource(name="x", url="file:///etc/passwd")
    with pytest.raises(ValidationError, match="extra"):
        UrlSource(name="x", url="https://a.example/feed", evry="10m")  # type: ignore[call-arg]


def test_google_news_url_defaults() -> None:
    s = GoogleNewsSource(name="g", google_news="layoffs OR 裁员")
    parts = urlsplit(s.feed_url())
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://news.google.com/rss/search"
    assert parse_qs(parts.query) == {
        "q": ["layoffs OR 裁员"], "hl": ["en-US"], "gl": ["US"], "ceid": ["US:en"],
    }


@pytest.mark.parametrize(
    ("language", "region", "ceid"),
    [("zh-CN", "CN", "CN:zh-Hans"), ("zh-TW", "TW", "TW:zh-Hant"), ("zh-HK", "HK", "HK:zh-Hant"),
     ("en-GB", "GB", "GB:en"), ("de", "DE", "DE:de")],
)
def test_google_news_editions(language: str, region: str, ceid: str) -> None:
    s = GoogleNewsSource(name="g", google_news="裁员", language=language, region=region)
    query = parse_qs(urlsplit(s.feed_url()).query)
    assert query["hl"] == [language]
    assert query["gl"] == [region]
    assert query["ceid"] == [ceid]


def test_google_news_rejects_bad_region() -> None:
    with pytest.raises(ValidationError):
        GoogleNewsSource(name="g", google_news="x", region="United States")


# -- dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kwargs", "want"),
    [
        ("2025年1月1日", {}, "2024-12-31T16:00:00Z"),  # a Chinese date is Beijing midnight
        ("2025年1月1日 10:30", {}, "2025-01-01T02:30:00Z"),
        ("2025年01月01日 10时30分", {}, "2025-01-01T02:30:00Z"),
        ("２０２５年１月１日", {}, "2024-12-31T16:00:00Z"),  # full-width digits
        ("2025/01/01", {}, "2025-01-01T00:00:00Z"),  # UTC when nothing says China
        ("2025/01/01", {"chinese_feed": True}, "2024-12-31T16:00:00Z"),
        ("2025/1/2 08:15:00", {"chinese_feed": True}, "2025-01-02T00:15:00Z"),
        ("2025-01-01 08:00:00 +0800", {}, "2025-01-01T00:00:00Z"),
        ("Wed, 01 Jan 2025 10:00:00 CST", {}, "2025-01-01T02:00:00Z"),  # CST = China
        ("Wed, 01 Jan 2025 10:00:00 GMT", {}, "2025-01-01T10:00:00Z"),
        ("Wed, 01 Jan 2025 10:00:00 +0100", {}, "2025-01-01T09:00:00Z"),
        ("Tue, 08 Sep 2015 8:00 pm CST", {}, "2015-09-08T12:00:00Z"),
        ("Wed, 01 Jan 2025 10:00:00 -0600 (CST)", {}, "2025-01-01T16:00:00Z"),  # offset wins
        ("Wed, 01 Jan 2025 10:00:00 +0800 (CST)", {}, "2025-01-01T02:00:00Z"),
        ("2025-01-01T10:00:00Z", {}, "2025-01-01T10:00:00Z"),
        ("2025-01-01T10:00:00", {"chinese_feed": True}, "2025-01-01T02:00:00Z"),
        ("", {}, None),
        ("not a date", {}, None),
        ("2025年13月45日", {}, None),
    ],
)
def test_parse_date(raw: str, kwargs: dict[str, bool], want: str | None) -> None:
    assert iso(parse_date(raw, now=NOW, **kwargs)) == want


def test_timezone_override_decides_naive_dates_and_cst() -> None:
    chicago = watchers.dates.zone_named("America/Chicago")
    naive = parse_date("2025/01/01 10:00", naive_zone=chicago, now=NOW)
    assert iso(naive) == "2025-01-01T16:00:00Z"
    assert iso(parse_date("Wed, 01 Jan 2025 10:00:00 CST", naive_zone=chicago, now=NOW)) == (
        "2025-01-01T16:00:00Z")
    assert watchers.dates.zone_named("Mars/Olympus") is None


def test_future_dates_become_now_and_near_future_is_kept() -> None:
    assert parse_date("2030-01-01T00:00:00Z", now=NOW) == NOW
    soon = NOW + timedelta(hours=3)
    assert parse_date(soon.isoformat(), now=NOW) == soon


def test_feedparser_reading_is_the_fallback() -> None:
    parsed = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC).timetuple()
    assert iso(parse_date("jeudi 4 mars", fallback=parsed, now=NOW)) == "2025-03-04T05:06:07Z"


# -- text ----------------------------------------------------------------------------


def test_strip_html() -> None:
    assert strip_html("<p>Acme&nbsp;cuts <b>1,000</b></p><p>jobs</p>") == "Acme cuts 1,000 jobs"
    assert strip_html("A &amp; B &lt;tag&gt;") == "A & B <tag>"
    assert strip_html("<script>alert(1)</script>Safe\n\n  text") == "Safe text"
    assert strip_html("Revenue < $1B") == "Revenue < $1B"
    assert strip_html(None) == ""


def test_trim_at_word_boundary() -> None:
    text = "word " * 300
    cut = trim(text.strip(), 1000)
    assert len(cut) <= 1000
    assert cut.endswith("word…")


# -- parse_feed ------------------------------------------------------------------------


def rss(items: str, *, lang: str = "", decl: str = "utf-8") -> bytes:
    language = f"<language>{lang}</language>" if lang else ""
    return (f'<?xml version="1.0" encoding="{decl}"?><rss version="2.0"><channel><title>t</title>'
            f"{language}{items}</channel></rss>").encode()


def test_gbk_feed_that_says_utf8_without_and_with_override() -> None:
    body = (FEEDS / "gbk-declared-utf8-qq-news.xml").read_bytes()
    headers = {"content-type": "application/rss+xml"}
    plain = UrlSource(name="qq", url="http://qq.example/rss")
    fixed = UrlSource(name="qq", url="http://qq.example/rss", encoding="gbk")
    garbled = parse_feed(body, headers, plain.url, plain, now=NOW)
    right = parse_feed(body, headers, fixed.url, fixed, now=NOW)
    assert right[0].title == "习近平为何如此强调崇尚英雄？"
    # Without the override the feed still parses (bozo is a warning), but the text is mojibake.
    assert len(garbled) == len(right) == 4
    assert garbled[0].title != right[0].title
    assert "崇尚英雄" not in garbled[0].title


def test_unknown_encoding_override() -> None:
    source = UrlSource(name="x", url="http://x.example/", encoding="no-such-codec")
    with pytest.raises(FeedProblem, match="unknown encoding override 'no-such-codec'"):
        parse_feed(rss("<item><title>a</title></item>"), {}, source.url, source)


def test_language_from_feed_entry_and_source() -> None:
    s = UrlSource(name="x", url="http://x.example/")
    one = "<item><title>a</title></item>"
    assert parse_feed(rss(one, lang="zh-CN"), {}, s.url, s)[0].lang == "zh"
    assert parse_feed(rss(one, lang="en-us"), {}, s.url, s)[0].lang == "en"
    assert parse_feed(rss(one, lang="fr"), {}, s.url, s)[0].lang is None
    forced = UrlSource(name="x", url="http://x.example/", lang="zh")
    assert parse_feed(rss("<item><title>a</title></item>", lang="en"), {}, s.url,
                      forced)[0].lang == "zh"


def test_missing_and_future_dates() -> None:
    s = UrlSource(name="x", url="http://x.example/")
    items = parse_feed(rss(
        "<item><title>undated</title></item>"
        "<item><title>future</title><pubDate>Sat, 01 Jan 2050 00:00:00 GMT</pubDate></item>"
        "<item><title>past</title><pubDate>Sat, 01 Nov 2025 00:00:00 GMT</pubDate></item>"
    ), {}, s.url, s, now=NOW)
    by_title = {i.title: i.published for i in items}
    assert by_title == {"undated": None, "future": NOW,
                        "past": datetime(2025, 11, 1, tzinfo=UTC)}
    assert [i.title for i in items] == ["future", "past", "undated"]  # newest first, undated last


@pytest.mark.parametrize("newest_first", [True, False])
def test_entries_capped_to_the_newest(newest_first: bool) -> None:
    s = UrlSource(name="x", url="http://x.example/")
    base = datetime(2025, 1, 1, tzinfo=UTC)
    order = range(MAX_ENTRIES + 99, -1, -1) if newest_first else range(MAX_ENTRIES + 100)
    entries = "".join(
        f"<item><title>n{i}</title><guid>g{i}</guid>"
        f"<pubDate>{(base + timedelta(minutes=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        "</item>"
        for i in order
    )
    items = parse_feed(rss(entries), {}, s.url, s, now=NOW)
    assert len(items) == MAX_ENTRIES
    assert items[0].title == f"n{MAX_ENTRIES + 99}"
    assert items[-1].title == "n100"


def test_unsafe_links_dropped_and_relative_links_resolved() -> None:
    s = UrlSource(name="x", url="http://x.example/feeds/main.xml")
    items = parse_feed(rss(
        "<item><title>a</title><link>javascript:alert(1)</link></item>"
        "<item><title>b</title><link>../news/b.html</link></item>"
    ), {}, s.url, s)
    assert {i.title: i.url for i in items} == {"a": "", "b": "http://x.example/news/b.html"}


def test_bytes_that_look_like_a_path_are_not_opened() -> None:
    s = UrlSource(name="x", url="http://x.example/")
    with pytest.raises(FeedProblem, match="not a feed"):
        parse_feed(b"/etc/passwd", {}, s.url, s)


def test_empty_body() -> None:
    s = UrlSource(name="x", url="http://x.example/")
    with pytest.raises(FeedProblem, match=r"^empty response"):
        parse_feed(b"  \n", {}, s.url, s)


def test_empty_but_valid_feed_is_ok() -> None:
    s = UrlSource(name="x", url="http://x.example/")
    assert parse_feed(rss(""), {}, s.url, s) == ()
