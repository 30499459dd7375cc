"""Feed bytes -> models.Item: feedparser plus the fixes our feeds need.

Runs in a worker thread (see watchers.poll), so it must not touch the event
loop. feedparser is given bytes and the real response headers (with
content-location, so relative links resolve), never a URL.

- `bozo` is a warning: most real feeds have some defect and still parse.
  A body that yields no entries and is not a feed at all (an HTML page, JSON,
  garbage) is an error "not a feed".
- The per-source `encoding` override decodes the body with that codec and
  hands feedparser UTF-8, for feeds whose XML declaration lies (GBK that says
  utf-8).
- Dates come from watchers.dates (Chinese forms, CST as China).
- At most MAX_ENTRIES entries bound the work per feed: the document is cut
  to its newest MAX_ENTRIES entries before parsing, and the items are
  returned newest first. More than MAX_TAGS
  tags is refused: that much markup is not news and would take feedparser
  seconds to walk.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from xml.parsers import expat

import feedparser

from models import Item
from watchers import rss20
from watchers.base import SourceConfig
from watchers.dates import parse_date, zone_named
from watchers.text import normalise_space, strip_html, trim

logger = logging.getLogger(__name__)

FAST_RSS = True  # plain RSS 2.0 read by watchers/rss20.py (off: feedparser for everything)
MAX_ENTRIES = 500
# feedparser spends ~10 µs per element; past this a body is markup, not news (~2 s of parsing).
MAX_TAGS = 250_000
MAX_DEPTH = 256  # real feeds nest < 30 deep, even with XHTML content
SUMMARY_CHARS = 1000
TITLE_CHARS = 500
_XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""", re.I)
_ENTRY_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_DATE_ELEMENT = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:pubDate|published|updated|date)>\s*([^<]{4,80}?)\s*<")
_INTERNAL_DTD = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.S)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


class FeedProblem(Exception):
    """The body is not a feed we can read; the message says why."""


def _recode(body: bytes, encoding: str, headers: dict[str, str]) -> bytes:
    """Decode with the override and hand feedparser honest UTF-8."""
    text = body.decode(encoding, errors="replace")
    data = text.encode("utf-8")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    data = _XML_DECL_ENCODING.sub(rb"\1\2utf-8\2", data, count=1)
    ctype = headers.get("content-type", "").split(";")[0].strip() or "application/xml"
    headers["content-type"] = f"{ctype}; charset=utf-8"
    return data


def _lang_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    low = value.strip().lower()
    if low.startswith("zh"):
        return "zh"
    if low.startswith("en"):
        return "en"
    return None


def _absolute_http(link: Any, base: str) -> str:
    if not isinstance(link, str) or not link.strip():
        return ""
    url = urljoin(base, link.strip())
    # Only web links reach alerts: javascript:, data: and friends are dropped.
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _entry_summary(entry: Mapping[str, Any]) -> str:
    raw = entry.get("summary")
    if not raw:
        content = entry.get("content") or []
        raw = content[0].get("value") if content else ""
    return trim(strip_html(raw), SUMMARY_CHARS)


def _is_html_page(body: bytes, headers: Mapping[str, str]) -> bool:
    ctype = headers.get("content-type", "").lower()
    return "html" in ctype.split(";")[0] or bool(_HTML_START.match(body[:2048]))


def _entry_date(chunk: bytes) -> datetime | None:
    m = _DATE_ELEMENT.search(chunk)
    return parse_date(m.group(1).decode("utf-8", "replace")) if m else None


def _truncate_entries(body: bytes, keep: int) -> tuple[bytes, int]:
    """Keep only the `keep` newest entries of the document, before parsing.

    feedparser's cost grows with the document, so a 10,000-entry feed is cut
    before parsing rather than after. Feeds list entries newest first, or
    (rarely) oldest first: the first and last entries' dates decide which end
    to keep. Returns (body, number of entries seen).
    """
    starts = [m.start() for m in _ENTRY_START.finditer(body)]
    if len(starts) <= keep:
        return body, len(starts)
    last_close = max(body.rfind(b"</item>"), body.rfind(b"</entry>"))
    if last_close < starts[-1]:
        return body, len(starts)  # entries we can't delimit: let feedparser cope
    close_len = len(b"</entry>") if body.startswith(b"</entry>", last_close) else len(b"</item>")
    end = last_close + close_len
    first, last = _entry_date(body[starts[0]:starts[1]]), _entry_date(body[starts[-1]:end])
    if first and last and last > first:
        return body[:starts[0]] + body[starts[-keep]:], len(starts)
    return body[:starts[keep]] + body[end:], len(starts)


class _TooDeep(Exception):
    pass


def _nesting_depth(body: bytes, limit: int) -> int:
    """Deepest element nesting, found with expat (C speed, two callbacks per element).

    Stops at `limit`. A body expat can't read to the end (malformed, or a
    charset expat doesn't know) reports the depth seen so far: MAX_TAGS
    still bounds what feedparser's lenient parser gets.
    """
    depth = deepest = 0

    def start(name: str, attrs: Any) -> None:
        nonlocal depth, deepest
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                raise _TooDeep

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    with contextlib.suppress(expat.ExpatError, _TooDeep, ValueError):
        parser.Parse(body, True)
    return deepest


def _encoding_note(
    parsed: Mapping[str, Any], body: bytes, source: SourceConfig
) -> tuple[str, bool] | None:
    """(note, serious) when the declared charset was wrong, else None."""
    why = parsed.get("bozo_exception")
    if source.encoding or not isinstance(why, feedparser.CharacterEncodingOverride):
        return None
    said = str(why).strip()
    if str(parsed.get("encoding", "")).lower() in ("utf-8", "utf8"):
        return f"wrong charset declared ({said}); text is fine", False
    try:
        body.decode("utf-8")
        looks_gbk = False
    except UnicodeDecodeError:
        try:
            looks_gbk = bool(_CJK.search(body.decode("gb18030")))
        except UnicodeDecodeError:
            looks_gbk = False
    hint = ("it decodes as GBK: set `encoding: gbk`" if looks_gbk
            else "set `encoding:` on this source")
    return f"{said}; text may be garbled ({hint})", True


def parse_feed(
    body: bytes,
    headers: Mapping[str, str],
    url: str,
    source: SourceConfig,
    *,
    now: datetime | None = None,
) -> tuple[Item, ...]:
    """Items of one fetched feed body, newest first; raise FeedProblem if it isn't a feed.

    Problems that still leave a usable feed (wrong charset, too many entries,
    missing or future dates) are logged as one line for the source.
    """
    if not body.strip():
        raise FeedProblem("empty response (no feed in the body)")
    now = now or datetime.now(UTC)
    hdrs = {k.lower(): v for k, v in headers.items()}
    hdrs.setdefault("content-location", url)
    if source.encoding:
        try:
            body = _recode(body, source.encoding, hdrs)
        except LookupError:
            raise FeedProblem(f"unknown encoding override {source.encoding!r}") from None

    notes: list[str] = []
    serious = False
    if b"<!ENTITY" in body:
        # Feeds have no use for their own entities; expat would expand them (up to
        # 100x the body before its billion-laughs guard stops it), so drop the DTD
        # subset: references stay as literal text.
        body, dropped = _INTERNAL_DTD.subn(b"", body, count=1)
        if dropped:
            notes.append("dropped its DTD entity declarations")
    body, total = _truncate_entries(body, MAX_ENTRIES)
    if total > MAX_ENTRIES:
        notes.append(f"{total:,} entries, kept the newest {MAX_ENTRIES}")
    tags = body.count(b"<")
    if tags > MAX_TAGS:
        raise FeedProblem(f"too much markup to be a news feed ({tags:,} tags, limit {MAX_TAGS:,})")
    if _nesting_depth(body, MAX_DEPTH) > MAX_DEPTH:
        raise FeedProblem(f"XML nested deeper than {MAX_DEPTH} levels: not a news feed")

    # A file object, never bytes or str: feedparser treats those as a path or URL to open.
    # No sanitising or URI rewriting inside HTML: we strip all markup ourselves, and
    # feedparser's sanitiser is most of its parsing time.
    # Plain RSS 2.0 in UTF-8 (most feeds) is read ~10x faster by rss20, with
    # the same result; anything it is not sure about goes to feedparser.
    parsed = rss20.read(body, hdrs) if FAST_RSS else None
    if parsed is None:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=hdrs,
                                  sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        if _is_html_page(body, hdrs):
            raise FeedProblem("not a feed: got an HTML page")
        why = parsed.get("bozo_exception")
        detail = f": {str(why).splitlines()[0][:120]}" if why else ""
        raise FeedProblem(f"not a feed (no RSS/Atom found){detail}")
    if encoding_note := _encoding_note(parsed, body, source):
        notes.append(encoding_note[0])
        serious = encoding_note[1]
    elif parsed.get("bozo"):
        # Most real feeds have some defect and parse fine: worth a line, not a failure.
        why = str(parsed.get("bozo_exception") or "unknown defect").splitlines()[0][:120]
        notes.append(f"not well-formed ({why}), read leniently")

    feed_info = parsed.get("feed") or {}
    feed_lang = _lang_code(feed_info.get("language")) or _lang_code(hdrs.get("content-language"))
    naive_zone = zone_named(source.timezone)
    base = str(parsed.get("href") or hdrs.get("content-location") or url)

    items: list[tuple[int, Item]] = []
    undated = future = 0
    for position, entry in enumerate(entries[:MAX_ENTRIES]):
        title = trim(strip_html(entry.get("title")), TITLE_CHARS)
        summary = _entry_summary(entry)
        link = _absolute_http(entry.get("link"), base)
        if not (title or summary or link):
            continue
        title_detail = entry.get("title_detail") or {}
        lang = source.lang or _lang_code(title_detail.get("language")) or feed_lang
        raw_date = entry.get("published") or entry.get("updated")
        published = parse_date(
            raw_date if isinstance(raw_date, str) else None,
            naive_zone=naive_zone,
            chinese_feed=lang == "zh",
            now=now,
        )
        if published is None:  # feedparser's own reading, if it has one
            parsed_date = (rss20.parsed_date(entry) if parsed.get("lazy_dates")
                           else entry.get("published_parsed") or entry.get("updated_parsed"))
            if parsed_date:
                published = parse_date(None, fallback=parsed_date, now=now)
        if published is None:
            undated += 1
        elif published == now:
            future += 1
        guid = entry.get("id")
        items.append((position, Item(
            source=source.name,
            title=title or trim(summary, 120),
            summary=summary,
            url=link,
            guid=(normalise_space(guid)[:1000] or None) if isinstance(guid, str) else None,
            published=published,
            lang=lang,
        )))

    if undated:
        notes.append(f"{undated} of {len(items)} entries have no readable date")
    if future:
        notes.append(f"{future} dated in the future (dated now instead)")
    if notes:
        logger.log(logging.WARNING if serious else logging.INFO,
                   "source %s: parsed with problems: %s", source.name, "; ".join(notes))

    # Newest first; undated entries keep feed order after the dated ones.
    items.sort(key=lambda pi: (pi[1].published is None,
                               -(pi[1].published.timestamp() if pi[1].published else 0),
                               pi[0]))
    return tuple(item for _, item in items)
