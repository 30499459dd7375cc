"""The records that flow between stages, one way:

    source -> Item -> Detection -> Event -> Alert -> Delivery

Every stage takes and returns these frozen dataclasses and never reaches into
another stage's internals, so each stage can be tested (and replaced) alone.
Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Status = Literal["confirmed", "reported", "planned"]
AlertKind = Literal["new", "update"]
STATUSES: tuple[Status, ...] = ("confirmed", "reported", "planned")


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 in UTC with a trailing Z, as the alert contract shows."""
    if dt is None:
        return None
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of one feed, as a watcher read it."""

    source: str
    title: str
    summary: str = ""
    url: str = ""
    guid: str | None = None
    published: datetime | None = None
    lang: str | None = None  # "en" / "zh" when the feed or source says so


@dataclass(frozen=True, slots=True)
class Detection:
    """What detection makes of one item's text.

    `is_layoff` False still carries reasons, so `explain` can say why not.
    """

    is_layoff: bool
    company: str | None = None  # canonical name (watchlist or bundled directory)
    count: int | None = None
    count_is_lower_bound: bool = False
    percent: float | None = None
    status: Status = "reported"
    lang: str = "en"
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    new_round: bool = False  # "another round", "second wave", 再次, 新一轮


@dataclass(frozen=True, slots=True)
class Event:
    """One layoff, however many articles report it."""

    id: str
    company: str
    count: int | None
    count_is_lower_bound: bool
    percent: float | None
    status: Status
    title: str
    url: str
    published: datetime | None
    source: str  # source name of the item that opened the event
    sources: tuple[str, ...] = ()  # article URLs that reported it
    first_seen: datetime = field(default_factory=utcnow)
    last_seen: datetime = field(default_factory=utcnow)
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Alert:
    """One event, for one rule, through one notifier."""

    kind: AlertKind
    event: Event
    rule: str
    notifier: str
    changes: tuple[str, ...] = ()  # for updates: what is new, e.g. "count 1,000 -> 2,000"

    def to_json(self) -> dict[str, Any]:
        """The contract's alert object (shared/GUIDE.md §1); extra keys only add."""
        e = self.event
        return {
            "kind": self.kind,
            "event_id": e.id,
            "company": e.company,
            "count": e.count,
            "count_is_lower_bound": e.count_is_lower_bound,
            "percent": e.percent,
            "status": e.status,
            "title": e.title,
            "url": e.url,
            "published": iso(e.published),
            "source": e.source,
            "sources": list(e.sources),
            "rule": self.rule,
            "notifier": self.notifier,
            "changes": list(self.changes),
            "first_seen": iso(e.first_seen),
            "summary": e.summary,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Alert:
        event = Event(
            id=data["event_id"],
            company=data["company"],
            count=data.get("count"),
            count_is_lower_bound=bool(data.get("count_is_lower_bound")),
            percent=data.get("percent"),
            status=data.get("status", "reported"),
            title=data.get("title", ""),
            url=data.get("url", ""),
            published=parse_iso(data.get("published")),
            source=data.get("source", ""),
            sources=tuple(data.get("sources", ())),
            first_seen=parse_iso(data.get("first_seen")) or utcnow(),
            summary=data.get("summary", ""),
        )
        return cls(
            kind=data["kind"],
            event=event,
            rule=data["rule"],
            notifier=data["notifier"],
            changes=tuple(data.get("changes", ())),
        )


@dataclass(frozen=True, slots=True)
class Delivery:
    """One alert to one target of a notifier: a row of the outbox.

    `target` is "" for notifiers with a single destination (console, jsonl,
    a Slack channel) and a chat id for Telegram. `thread_ref` is what the
    notifier returned for this event's first message at this target (Slack
    `ts`, Telegram message_id), so updates can reply in thread.
    """

    id: int
    alert: Alert
    target: str = ""
    attempts: int = 0
    thread_ref: str | None = None
