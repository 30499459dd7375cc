"""Sample events, alerts and deliveries for the notifier tests.

One story (Alibaba cutting at least 20,000 jobs, reported by TechNode and the
SCMP) with every field overridable, so a test names only what it is about:

    delivery("update", ("count 1,000 → 20,000",), thread_ref=ts, count=20000)
    alert(company="AT&T <Labs>", title="*Breaking*")
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models import Alert, AlertKind, Delivery, Event

URL = "https://technode.com/2026/11/20/alibaba-layoffs/"
SECOND_URL = "https://www.scmp.com/tech/article/alibaba"

STORY: dict[str, Any] = {
    "id": "ev1",
    "company": "Alibaba",
    "count": 20000,
    "count_is_lower_bound": True,
    "percent": None,
    "status": "reported",
    "title": "Alibaba to cut 20,000 jobs in restructuring",
    "url": URL,
    "published": datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
    "source": "technode",
    "sources": (URL, SECOND_URL),
    "first_seen": datetime(2026, 11, 20, 8, 5, tzinfo=UTC),
    "summary": "The e-commerce giant is cutting staff across units.",
}


def event(**overrides: Any) -> Event:
    unknown = set(overrides) - set(STORY)
    if unknown:  # a typo would otherwise silently test the default
        raise TypeError(f"Event has no field(s) {sorted(unknown)}")
    return Event(**{**STORY, **overrides})


def alert(
    kind: AlertKind = "new",
    changes: tuple[str, ...] = (),
    *,
    rule: str = "watchlist",
    notifier: str = "team-slack",
    **overrides: Any,
) -> Alert:
    return Alert(kind, event(**overrides), rule, notifier, changes)


def delivery(
    kind: AlertKind = "new",
    changes: tuple[str, ...] = (),
    *,
    id: int = 1,
    target: str = "",
    thread_ref: str | None = None,
    rule: str = "watchlist",
    notifier: str = "team-slack",
    **overrides: Any,
) -> Delivery:
    made = alert(kind, changes, rule=rule, notifier=notifier, **overrides)
    return Delivery(id=id, alert=made, target=target, thread_ref=thread_ref)
