"""Telegram message text: alerts and event lines in HTML parse mode.

Everything that came from a feed or a user is escaped with `html.escape`;
only our own tags (<b>, <i>, <a href>) are markup. Links are kept only for
http(s) URLs, because Telegram rejects a whole message whose `href` it can't
parse. Messages stay within Telegram's 4096 characters, counted the way
Telegram counts them (UTF-16 code units), by trimming the feed text and the
source list, never by cutting through a tag or an entity.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from models import Alert, Event

MAX_LEN = 4096
MAX_SOURCES = 5
_ELLIPSIS = "…"


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def safe_url(url: str) -> str | None:
    """The URL if Telegram will accept it in an href, else None."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    if any(c.isspace() or ord(c) < 32 for c in url):
        return None
    return url


def link(url: str, text: str) -> str:
    target = safe_url(url)
    return f'<a href="{esc(target)}">{esc(text)}</a>' if target else esc(text)


def clip(text: str, limit: int) -> str:
    """Plain text cut to `limit` UTF-16 units, with an ellipsis when cut."""
    text = " ".join(text.split())
    if tg_len(text) <= limit:
        return text
    out = []
    used = 1  # the ellipsis
    for ch in text:
        used += tg_len(ch)
        if used > limit:
            break
        out.append(ch)
    return "".join(out).rstrip() + _ELLIPSIS


def number(n: int) -> str:
    return f"{n:,}"


def percent(p: float) -> str:
    return f"{p:g}%"


def figures(event: Event) -> str:
    """'20,000+ jobs (10%)' — the numbers a reader wants first."""
    if event.count is not None:
        size = number(event.count) + ("+" if event.count_is_lower_bound else "")
        text = f"{size} jobs"
        if event.percent is not None:
            text += f" ({percent(event.percent)})"
        return text
    if event.percent is not None:
        return f"{percent(event.percent)} of staff"
    return "size not reported"


def headline(event: Event) -> str:
    """'<b>Alibaba</b> — 20,000+ jobs (10%) · reported' (HTML)."""
    return f"<b>{esc(event.company)}</b> — {esc(figures(event))} · {esc(event.status)}"


def _domain(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _sources_line(urls: list[str], budget: int) -> str:
    """'Sources: a.com, b.com +3 more' within `budget`, or '' if nothing fits."""
    shown: list[str] = []
    for i, url in enumerate(urls[:MAX_SOURCES]):
        candidate = [*shown, link(url, _domain(url))]
        rest = len(urls) - (i + 1)
        line = "Sources: " + ", ".join(candidate) + (f" +{rest} more" if rest else "")
        if tg_len(line) > budget:
            break
        shown = candidate
    if not shown:
        return ""
    rest = len(urls) - len(shown)
    return "Sources: " + ", ".join(shown) + (f" +{rest} more" if rest else "")


def format_alert(alert: Alert, *, max_len: int = MAX_LEN) -> str:
    """The HTML message for one alert: figures and status, changes, headline, sources."""
    event = alert.event
    lines: list[str] = []
    if alert.kind == "update":
        lines.append(f"<b>Update</b> · {headline(event)}")
        if alert.changes:
            changed = "; ".join(clip(c, 200) for c in alert.changes[:5])
            lines.append(f"<i>What changed:</i> {esc(changed)}")
    else:
        lines.append(headline(event))
    fixed = "\n".join(lines)
    urls = [u for u in dict.fromkeys((event.url, *event.sources)) if safe_url(u)]

    # Budget the feed text last, so figures and status always survive.
    room = max_len - tg_len(fixed) - 2
    title_text = clip(event.title or event.url or "(no headline)", min(600, room // 2))
    title_line = link(event.url, title_text)
    if tg_len(title_line) > room:
        title_line = esc(clip(event.title, max(room // 6, 1)))
    parts = [fixed, title_line]
    room -= tg_len(title_line) + 1
    if event.summary and room > 80:
        summary = esc(clip(event.summary, min(500, room // 6)))
        if tg_len(summary) < room - 40:
            parts.append(summary)
            room -= tg_len(summary) + 1
    sources = _sources_line(urls, room - 1)
    if sources:
        parts.append(sources)
    text = "\n".join(parts)
    if tg_len(text) > max_len:  # only reachable with absurd company names
        text = esc(clip(html.unescape(text), max_len // 6))
    return text


def format_alert_plain(alert: Alert, *, max_len: int = MAX_LEN) -> str:
    """Plain-text fallback, for when Telegram refuses to parse our HTML."""
    event = alert.event
    first = f"{event.company} — {figures(event)} · {event.status}"
    if alert.kind == "update":
        first = "Update · " + first
    lines = [first]
    if alert.kind == "update" and alert.changes:
        lines.append("What changed: " + "; ".join(alert.changes[:5]))
    lines.append(event.title)
    if event.url:
        lines.append(event.url)
    text = "\n".join(lines)
    return text if tg_len(text) <= max_len else clip(text, max_len)


def format_event_line(event: Event) -> str:
    """One /recent entry (HTML)."""
    when = (event.published or event.first_seen).strftime("%Y-%m-%d")
    title = link(event.url, clip(event.title or event.url, 200))
    return f"• {headline(event)} · {when}\n  {title}"
