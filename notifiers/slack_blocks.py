"""How an alert looks in Slack: Block Kit blocks plus a plain `text` fallback.

Pure functions, no I/O, so the Slack notifier (bot token or webhook) and its
tests share one rendering. Everything that came from a feed goes through
`escape`/`fit` before it reaches mrkdwn:

    & < >               as entities, Slack's only escapes; this also stops a
                        headline from smuggling in `<!channel>` pings or fake links
    * _ ~ ` (and ＊ ＿ ｀) replaced by look-alikes (∗ ˍ ∼ ˋ): Slack has no escape
                        for its formatting marks, and a zero-width space does not
                        help, Slack reads it as a word break (jsx-slack's "exact
                        mode" inserts one to *force* formatting); look-alikes are
                        what jsx-slack's <Escape> uses where no other way works
    > or ＞ opening a line  a soft hyphen in front, so it is no block quote
    @here @channel @everyone  a word joiner after the @, and every mrkdwn object
                        is `verbatim`, so Slack auto-parses no mention either

Our own formatting (bold headline, "*Sources*", the rule name) is added around
the escaped text, so it is the only formatting a reader sees. Slack's limits are
enforced here rather than left to Slack, whose answer to an oversize field is to
reject the whole message:

    header text         150 chars (plain_text)
    section text        3,000 chars
    context element     2,000 chars (we stay well under), 10 elements
    blocks per message  50
    top-level text      40,000 chars (we keep the fallback under 4,000, as Slack advises)
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from models import Alert, Event

HEADER_MAX = 150
SECTION_MAX = 3000
CONTEXT_MAX = 2000
BLOCKS_MAX = 50
TEXT_MAX = 40_000
FALLBACK_MAX = 4000

SUMMARY_MAX = 600  # a snippet, not the article
SOURCES_SHOWN = 10
ELLIPSIS = "…"

_ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    # Formatting marks, which Slack cannot escape, become characters that look alike.
    "*": "\u2217",  # ∗ asterisk operator
    "_": "\u02cd",  # ˍ modifier letter low macron
    "~": "\u223c",  # ∼ tilde operator
    "`": "\u02cb",  # ˋ modifier letter grave accent
    # Slack also reads the full-width marks that CJK keyboards type.
    "\uff0a": "\ufe61",  # ＊ -> ﹡ small asterisk
    "\uff3f": "\u2e0f",  # ＿ -> ⸏ paragraphos
    "\uff40": "\u02cb",  # ｀ -> ˋ
}
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
_SPACE = re.compile(r"\s+")
# Bare broadcast keywords: a word joiner after the @ keeps them from reading as one.
_BROADCAST = re.compile(r"@(?=(?:here|channel|everyone)\b)", re.IGNORECASE)
# A line opening with > (sent as &gt;) or a full-width ＞ is a block quote in mrkdwn.
_QUOTE_START = re.compile(r"^(?=&gt;|\uff1e)", re.MULTILINE)
SOFT_HYPHEN = "\u00ad"
WORD_JOINER = "\u2060"


def _defuse(text: str) -> str:
    return _BROADCAST.sub("@" + WORD_JOINER, text)


def escape(text: str) -> str:
    """Feed text made inert in mrkdwn: entities for &<>, look-alikes for formatting marks."""
    return "".join(_ESCAPES.get(c, c) for c in _defuse(text))


def no_quote(mrkdwn: str) -> str:
    """Keep lines of finished mrkdwn from opening with a block quote's >."""
    return _QUOTE_START.sub(SOFT_HYPHEN, mrkdwn)


def fit(text: str, limit: int) -> str:
    """Escape `text` and cut it to at most `limit` characters, never inside an entity.

    Truncating after escaping could leave a dangling `&am`; truncating before
    could still overflow because `&` grows to five characters.
    """
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    used = 0
    for char in _defuse(text):
        piece = _ESCAPES.get(char, char)
        if used + len(piece) > limit - len(ELLIPSIS):
            break
        out.append(piece)
        used += len(piece)
    return "".join(out) + ELLIPSIS


def clip(text: str, limit: int) -> str:
    """Cut plain text (no escaping) to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def fold(text: str) -> str:
    """One line: headlines and names can carry newlines and tabs from the feed."""
    return _SPACE.sub(" ", text).strip()


def squash(text: str) -> str:
    """Feed summaries arrive as HTML fragments: drop tags, decode entities, fold whitespace.

    Only tag-shaped text is dropped, so "<20,000>" or "a < b" survive (escaped later).
    """
    return fold(html.unescape(_TAG.sub(" ", text)))


def safe_url(url: str) -> str | None:
    """A URL usable inside `<url|label>`, or None if it is not http(s).

    `|` and `>` would end the link early; Slack wants `&` as `&amp;` inside links too.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    url = quote(url, safe="/:?#[]@!$&'()*+,;=%~-._")
    return url.replace("&", "&amp;")


def link(url: str, label: str, limit: int) -> str:
    """`<url|label>` with the label escaped and cut so the whole fits `limit`."""
    target = safe_url(url)
    if target is None or len(target) > limit // 2:
        return fit(label, limit)
    return f"<{target}|{fit(label, limit - len(target) - 3)}>"


def format_count(count: int, lower_bound: bool, *, prose: bool = False) -> str:
    number = f"{count:,}"
    if lower_bound:
        number = f"at least {number}" if prose else f"~{number}"
    return f"{number} {'job' if count == 1 else 'jobs'}"


def format_percent(percent: float) -> str:
    text = f"{percent:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


def numbers(event: Event, *, prose: bool = False) -> str:
    """ "~20,000 jobs (10%)", "10% of staff", or "layoffs" when nothing was extracted."""
    if event.count is not None and event.percent is not None:
        return (
            f"{format_count(event.count, event.count_is_lower_bound, prose=prose)}"
            f" ({format_percent(event.percent)})"
        )
    if event.count is not None:
        return format_count(event.count, event.count_is_lower_bound, prose=prose)
    if event.percent is not None:
        return f"{format_percent(event.percent)} of staff"
    return "layoffs"


def header_text(alert: Alert) -> str:
    """ "Alibaba — ~20,000 jobs · reported", cut to Slack's 150 characters.

    The company name is what gets shortened, so the numbers always show.
    """
    event = alert.event
    prefix = "Update: " if alert.kind == "update" else ""
    tail = f" — {numbers(event)} · {event.status}"
    room = HEADER_MAX - len(prefix) - len(tail)
    company = clip(fold(event.company) or "Unknown company", max(room, 1))
    return clip(f"{prefix}{company}{tail}", HEADER_MAX)


def when(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _domain(url: str) -> str:
    try:
        host = urlsplit(url).hostname or url
    except ValueError:
        host = url
    return host.removeprefix("www.")


def _mrkdwn(text: str) -> dict[str, Any]:
    # verbatim: Slack auto-links no bare URL, #channel or @mention; our <url|label> links stay.
    return {"type": "mrkdwn", "text": no_quote(text), "verbatim": True}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": _mrkdwn(text)}


def blocks(alert: Alert) -> list[dict[str, Any]]:
    """The Block Kit layout: header, what changed (updates), headline, summary, sources, context."""
    event = alert.event
    header = {"type": "plain_text", "text": header_text(alert), "emoji": True}
    out: list[dict[str, Any]] = [{"type": "header", "text": header}]

    if alert.kind == "update" and alert.changes:
        lines = ["*What changed*"]
        lines += [f"• {fit(change, 140)}" for change in alert.changes[:20]]
        if len(alert.changes) > 20:
            lines.append(f"…and {len(alert.changes) - 20} more")
        out.append(_section("\n".join(lines)))

    title = fold(event.title) or "(no headline)"
    headline = "*" + link(event.url, title, SECTION_MAX - 2) + "*"
    out.append(_section(headline))

    summary = squash(event.summary)
    if summary:
        out.append(_section(fit(summary, SUMMARY_MAX)))

    sources = list(dict.fromkeys(s for s in event.sources if s)) or (
        [event.url] if event.url else []
    )
    if sources:
        lines = ["*Sources*"]
        used = len(lines[0])
        for url in sources[:SOURCES_SHOWN]:
            line = "• " + link(url, _domain(url), 1000)
            # Keep room for the "…and N more" line.
            if used + 1 + len(line) > SECTION_MAX - 40:
                break
            lines.append(line)
            used += 1 + len(line)
        if len(sources) > len(lines) - 1:
            lines.append(f"…and {len(sources) - (len(lines) - 1)} more")
        out.append(_section("\n".join(lines)))

    facts = [f"Rule: *{fit(alert.rule, 100)}*", f"Status: {fit(event.status, 20)}"]
    if (first := when(event.first_seen)) is not None:
        facts.append(f"First seen: {first}")
    if (published := when(event.published)) is not None:
        facts.append(f"Published: {published}")
    if event.source:
        facts.append(f"Via: {fit(event.source, 100)}")
    out.append({"type": "context", "elements": [_mrkdwn(" · ".join(facts))]})
    return out[:BLOCKS_MAX]


def fallback_text(alert: Alert) -> str:
    """What notifications, screen readers and old clients show: company and numbers first."""
    event = alert.event
    company = fold(event.company) or "Unknown company"
    figures = numbers(event, prose=True)
    if alert.kind == "update":
        lead = f"Update on {company} layoffs: {figures} ({event.status})."
        if alert.changes:
            lead += " Changed: " + "; ".join(alert.changes[:5]) + "."
    elif figures == "layoffs":
        lead = f"Layoffs at {company} ({event.status})."
    else:
        lead = f"Layoffs at {company}: {figures} ({event.status})."
    title = fold(event.title)
    text = fit(lead, 1000)
    if title:
        text += " " + fit(title, 1000)
    target = safe_url(event.url)
    if target is not None and len(text) + len(target) + 1 <= FALLBACK_MAX:
        text += " " + target
    return no_quote(text)
