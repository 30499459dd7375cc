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
- At most MAX_ENTRIES entries, newest first, bound the work per feed.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from models import Item
from watchers.base import SourceConfig
from watchers.dates import parse_date, zone_named
from watchers.text import normalise_space, strip_html, trim

logger = logging.getLogger(__name__)

MAX_ENTRIES = 500
SUMMARY_CHARS = 1000
TITLE_CHARS = 500
_XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""", re.I)
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


def parse_feed(
    body: bytes,
    headers: Mapping[str, str],
    url: str,
    source: SourceConfig,
    *,
    now: datetime | None = None,
) -> tuple[Item, ...]:
    """Items of one fetched feed body, newest first; raise FeedProblem if it isn't a feed."""
    if not body.strip():
        raise FeedProblem("empty response (no feed in the body)")
    hdrs = {k.lower(): v for k, v in headers.items()}
    hdrs.setdefault("content-location", url)
    if source.encoding:
        try:
            body = _recode(body, source.encoding, hdrs)
        except LookupError:
            raise FeedProblem(f"unknown encoding override {source.encoding!r}") from None

    # A file object, never bytes or str: feedparser treats those as a path or URL to open.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=hdrs)
    entries = parsed.get("entries") or []
    if not entries and not parsed.get("version"):
        if _is_html_page(body, hdrs):
            raise FeedProblem("not a feed: got an HTML page")
        why = parsed.get("bozo_exception")
        detail = f": {str(why).splitlines()[0][:120]}" if why else ""
        raise FeedProblem(f"not a feed (no RSS/Atom found){detail}")
    if parsed.get("bozo"):
        logger.debug("%s: feed has defects (%s), parsed anyway", source.name,
                     parsed.get("bozo_exception"))

    feed_info = parsed.get("feed") or {}
    feed_lang = _lang_code(feed_info.get("language")) or _lang_code(hdrs.get("content-language"))
    naive_zone = zone_named(source.timezone)
    base = str(parsed.get("href") or hdrs.get("content-location") or url)

    items: list[tuple[int, Item]] = []
    for position, entry in enumerate(entries):
        title = trim(strip_html(entry.get("title")), TITLE_CHARS)
        summary = _entry_summary(entry)
        link = _absolute_http(entry.get("link"), base)
        if not (title or summary or link):
            continue
        title_detail = entry.get("title_detail") or {}
        lang = source.lang or _lang_code(title_detail.get("language")) or feed_lang
        raw_date = entry.get("published") or entry.get("updated")
        parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
        published = parse_date(
            raw_date if isinstance(raw_date, str) else None,
            naive_zone=naive_zone,
            chinese_feed=lang == "zh",
            fallback=parsed_date,
            now=now,
        )
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

    # Newest first; undated entries keep feed order after the dated ones.
    items.sort(key=lambda pi: (pi[1].published is None,
                               -(pi[1].published.timestamp() if pi[1].published else 0),
                               pi[0]))
    return tuple(item for _, item in items[:MAX_ENTRIES])
