"""The fast RSS 2.0 reader gives exactly what feedparser gives, or steps aside.

Every case parses the same bytes twice through `parse_feed`: once as shipped
(fast reader first) and once with the fast reader switched off (feedparser
only), and compares the items and the log lines a user would see. Cases the
fast reader is meant to take also assert that it took them, so a reader
that silently declined everything would fail here.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchers import UrlSource, rss20
from watchers import parse as parse_module
from watchers.parse import parse_feed

ROOT = Path(__file__).resolve().parent.parent
FEEDS = sorted((ROOT / "tests" / "data" / "feeds").glob("*.xml"))
NOW = datetime(2026, 11, 1, tzinfo=UTC)
XML_UTF8 = {"content-type": "application/rss+xml; charset=utf-8"}


def both(body: bytes, headers: dict[str, str], source: UrlSource,
         caplog: pytest.LogCaptureFixture) -> tuple[object, object]:
    """(fast-first result, feedparser-only result): items or the error, plus log lines."""
    results = []
    for fast in (True, False):
        caplog.clear()
        parse_module.FAST_RSS = fast
        try:
            got: object = parse_feed(body, headers, "http://feeds.example/news/rss", source,
                                     now=NOW)
        except Exception as exc:
            got = repr(exc)
        finally:
            parse_module.FAST_RSS = True
        results.append((got, [(r.levelno, r.getMessage()) for r in caplog.records]))
    return results[0], results[1]


@pytest.mark.parametrize("path", FEEDS, ids=[p.name for p in FEEDS])
@pytest.mark.parametrize("ctype", ["application/rss+xml; charset=utf-8", "application/xml",
                                   "text/xml", "text/html"])
def test_recorded_feeds_read_the_same(path: Path, ctype: str,
                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="watchers")
    body = path.read_bytes()
    fast, slow = both(body, {"content-type": ctype}, UrlSource(name="s", url="http://x/"), caplog)
    assert fast == slow


def test_plain_utf8_rss_takes_the_fast_path() -> None:
    body = (ROOT / "tests" / "data" / "feeds" / "rss2-guardian-us.xml").read_bytes()
    assert rss20.read(body, XML_UTF8) is not None
    google = (ROOT / "tests" / "data" / "feeds" / "google-news-search.xml").read_bytes()
    assert rss20.read(google, XML_UTF8) is not None
    atom = (ROOT / "tests" / "data" / "feeds" / "atom-heise-developer.xml").read_bytes()
    assert rss20.read(atom, XML_UTF8) is None  # Atom: feedparser's


def test_bench_feeds_take_the_fast_path(caplog: pytest.LogCaptureFixture) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import _feeds
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rows = _feeds.corpus_rows()
    for i in range(0, 60, 7):
        body = _feeds.feed_body(i, 40, rows, NOW)
        assert rss20.read(body, XML_UTF8) is not None
        fast, slow = both(body, XML_UTF8, UrlSource(name=f"f{i}", url="http://x/"), caplog)
        assert fast == slow


# -- generated feeds: awkward text in every field ----------------------------------

ALPHABET = st.sampled_from([
    "a", "Z", " ", "  ", "\n", "\t", "&", "<", ">", '"', "'", ";", "#", "/", "?", "=",
    "&amp;", "&lt;b&gt;", "&nbsp;", "&#233;", "&copy;", "&bogus;", "<b>", "</b>", "<p>", "<br/>",
    "é", "Ã©", "â€™", "\u0080", "\u0093", "\u009f", "裁员", "阿里巴巴", "\u3000", "\u00a0", "💼",
    "http://", "https://", "javascript:", "..", "./", "%20", "utm_source=x",
])
TEXT = st.lists(ALPHABET, max_size=12).map("".join)
LINK = st.one_of(
    TEXT,
    st.sampled_from(["/news/1", "news/2?a=1&b=2", "../up", "//other.example/x",
                     "https://site.example/a?x=1&amp;y=2", "javascript:alert(1)",
                     "mailto:a@b.c", "  http://spaced.example/  ", "", "#frag", "?q=1"]),
)
DATE = st.one_of(TEXT, st.sampled_from([
    "Mon, 06 Jan 2025 09:00:00 GMT", "Tue, 08 Sep 2015 8:00 pm CST", "2018-09-18 14:38:10",
    "2025年1月1日 08:00", "2026-11-01T10:00:00+08:00", "Sun, 01 Nov 2026 23:59:59 +0000",
    "garbage", "", "Mon, 06 Jan 2099 09:00:00 GMT",
]))


def _element(tag: str, value: str | None, cdata: bool, attrs: str = "") -> str:
    if value is None:
        return ""
    if cdata and "]]>" not in value:
        return f"<{tag}{attrs}><![CDATA[{value}]]></{tag}>"
    return f"<{tag}{attrs}>{escape(value)}</{tag}>"


@st.composite
def item(draw: st.DrawFn) -> str:
    parts = [
        _element("title", draw(st.one_of(st.none(), TEXT)), draw(st.booleans())),
        _element("link", draw(st.one_of(st.none(), LINK)), False),
        _element("description", draw(st.one_of(st.none(), TEXT)), draw(st.booleans())),
        _element("pubDate", draw(st.one_of(st.none(), DATE)), False),
        _element("dc:date", draw(st.one_of(st.none(), DATE)), False),
    ]
    guid = draw(st.one_of(st.none(), LINK))
    if guid is not None:
        permalink = draw(st.sampled_from(["", ' isPermaLink="true"', ' isPermaLink="false"']))
        parts.append(_element("guid", guid, False, permalink))
    if draw(st.booleans()):
        parts.append(_element("content:encoded", draw(TEXT), True))
    if draw(st.booleans()):
        parts.append("<category>Tech</category><dc:creator>A. Writer</dc:creator>")
    if draw(st.booleans()):
        parts.append('<source url="https://pub.example/">Publisher &amp; Co</source>')
    order = draw(st.permutations(range(len(parts))))
    return "<item>" + "".join(parts[i] for i in order) + "</item>"


@st.composite
def feed(draw: st.DrawFn) -> tuple[bytes, dict[str, str]]:
    items = draw(st.lists(item(), min_size=1, max_size=4))
    language = draw(st.sampled_from(["", "<language>zh-cn</language>", "<language>en-us</language>",
                                     "<language>fr</language>"]))
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title>'
        f"<link>https://outlet.example/</link>{language}" + "".join(items) + "</channel></rss>"
    ).encode()
    headers = dict(XML_UTF8)
    headers["content-location"] = draw(st.sampled_from(
        ["http://feeds.example/news/rss", "https://feeds.example/a/b/../c/", ""]))
    if lang := draw(st.sampled_from(["", "zh-CN", "en_US", "de"])):
        headers["content-language"] = lang
    return body, headers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(case=feed(), zh=st.booleans())
def test_generated_feeds_read_the_same(case: tuple[bytes, dict[str, str]], zh: bool,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="watchers")
    body, headers = case
    source = UrlSource(name="gen", url="http://x/", **({"lang": "zh"} if zh else {}))
    fast, slow = both(body, headers, source, caplog)
    assert fast == slow
