"""Reading the date strings feeds actually carry, which feedparser gets wrong.

feedparser reads `2025/01/01` and `2025年1月1日` as the wrong day and `CST` as
US Central. Our feeds are English and Chinese news, where CST is China
Standard Time (+08:00), so we parse the raw string ourselves first and fall
back to feedparser's reading only when we can't.

Decisions (documented because they change what gets alerted):
- A date without a zone is read in the source's `timezone` override; else in
  Asia/Shanghai when the date is written the Chinese way (年月日) or the feed is
  Chinese; else in UTC.
- `CST` means China Standard Time, unless the source sets a `timezone`, which
  then decides (so a US feed can say `timezone: America/Chicago`).
- A date more than a day in the future is a feed bug (usually a wrong zone):
  the item is dated when we saw it, so it is neither hidden from nor pinned
  above the freshness window.
- A missing or unreadable date is None.
"""

from __future__ import annotations

import calendar
import re
import time
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CHINA = ZoneInfo("Asia/Shanghai")
FUTURE_SLACK = timedelta(days=1)

_FULLWIDTH = str.maketrans("０１２３４５６７８９：／－", "0123456789:/-")
_CHINESE = re.compile(
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"
    r"(?:\D{0,6}?(\d{1,2})\s*[:时點点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?)?"
)
_NUMERIC = re.compile(
    r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT|CST|[A-Z]{3,4})?$",
    re.I,
)
_CST = re.compile(r"\bCST\b", re.I)
_TWELVE_HOUR = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?(?=\s|$)", re.I)
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")
_KNOWN_ABBR = {"UTC": UTC, "GMT": UTC, "Z": UTC}


def zone_named(name: str | None) -> tzinfo | None:
    """An IANA zone by name, or None when absent or unknown."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _zone_from_suffix(suffix: str | None, cst: tzinfo) -> tzinfo | None:
    if not suffix:
        return None
    upper = suffix.upper()
    if upper == "CST":
        return cst
    if upper in _KNOWN_ABBR:
        return _KNOWN_ABBR[upper]
    m = _OFFSET.match(suffix)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3))))
    return None


def _build(
    y: str, mo: str, d: str, h: str | None, mi: str | None, s: str | None, zone: tzinfo
) -> datetime | None:
    try:
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                        tzinfo=zone)
    except ValueError:
        return None


def _to_24h(m: re.Match[str]) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(4).lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2)}:{m.group(3) or '00'}"


def parse_date(
    raw: str | None,
    *,
    naive_zone: tzinfo | None = None,
    chinese_feed: bool = False,
    fallback: time.struct_time | None = None,
    now: datetime | None = None,
) -> datetime | None:
    """`raw` as an aware UTC datetime, or None.

    `naive_zone` is the source's timezone override; `fallback` is feedparser's
    own reading (a UTC struct_time), used when we can't read `raw`.
    """
    now = now or datetime.now(UTC)
    dt = _parse(raw, naive_zone, chinese_feed) if raw else None
    if dt is None and fallback is not None:
        try:
            dt = datetime.fromtimestamp(calendar.timegm(fallback), UTC)
        except (OverflowError, ValueError, TypeError, OSError):
            dt = None
    if dt is None:
        return None
    dt = dt.astimezone(UTC)
    if dt > now + FUTURE_SLACK:
        return now
    return dt


def _parse(raw: str, naive_zone: tzinfo | None, chinese_feed: bool) -> datetime | None:
    text = " ".join(raw.translate(_FULLWIDTH).split())
    if not text or len(text) > 100:
        return None
    cst: tzinfo = naive_zone or CHINA
    text = _TWELVE_HOUR.sub(_to_24h, text)

    m = _CHINESE.search(text)
    if m:
        rest = text[m.end():].strip()
        zone = _zone_from_suffix(rest.split()[0] if rest else None, cst)
        y, mo, d, h, mi, s = m.groups()
        return _build(y, mo, d, h, mi, s, zone or naive_zone or CHINA)

    m = _NUMERIC.match(text)
    if m:
        zone = _zone_from_suffix(m.group(7), cst)
        default = naive_zone or (CHINA if chinese_feed else UTC)
        y, mo, d, h, mi, s = m.groups()[:6]
        return _build(y, mo, d, h, mi, s, zone or default)

    # RFC 822 (the RSS norm), with CST read as China (or the override) rather than US Central.
    # An explicit offset beside it ("-0600 (CST)") wins over the abbreviation.
    rfc = text
    says_cst = bool(_CST.search(rfc))
    if says_cst:
        rfc = _CST.sub("", rfc).replace("()", "").strip()
    try:
        dt = parsedate_to_datetime(rfc)
    except (TypeError, ValueError, IndexError):
        dt = None
    if dt is not None:
        if dt.tzinfo is None:  # no zone, or "-0000" (zone unknown)
            return dt.replace(tzinfo=cst if says_cst else
                              naive_zone or (CHINA if chinese_feed else UTC))
        return dt

    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=naive_zone or (CHINA if chinese_feed else UTC))
    return dt
