"""The outbox: failures stay queued and are retried; nothing is lost across restarts."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

import pytest

from delivery import Deliverer
from models import Alert, Delivery, Event, utcnow
from notifiers.base import (
    Notifier,
    NotifierConfig,
    PermanentError,
    TargetGone,
    TemporaryError,
)
from store import Store


class Recorder(Notifier):
    """A notifier of our own interface that fails as scripted, then records."""

    kind: ClassVar[str] = "recorder"

    def __init__(self, name: str = "rec", failures: list[Exception] | None = None) -> None:
        super().__init__(name, NotifierConfig(type="recorder"))
        self.failures = list(failures or [])
        self.sent: list[Delivery] = []

    async def send(self, delivery: Delivery) -> str | None:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(delivery)
        return f"ref-{delivery.id}"


def event(n: int = 1, count: int = 1000) -> Event:
    now = utcnow()
    return Event(id=f"ev_{n}", company=f"Company {n}", count=count, count_is_lower_bound=False,
                 percent=None, status="confirmed", title=f"Company {n} cuts {count:,} jobs",
                 url=f"https://ex.com/{n}", published=now, source="s", first_seen=now,
                 last_seen=now)


def queue(store: Store, ev: Event, notifier: str = "rec", targets: tuple[str, ...] = ("",),
          kind: str = "new", revision: int = 0) -> None:
    alert = Alert(kind=kind, event=ev, rule="r", notifier=notifier)  # type: ignore[arg-type]
    store.enqueue(alert, revision, list(targets), utcnow())


async def test_temporary_failures_are_retried_honouring_retry_after(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    queue(store, event())
    rec = Recorder(failures=[TemporaryError("HTTP 500"), TemporaryError("429", retry_after=0.3)])
    deliverer = Deliverer(store, {"rec": rec}, base_delay=0.05)
    stats = await deliverer.deliver_until_idle(max_wait=10)
    assert stats.sent == 1 and stats.failed == 2
    row = store.deliveries()[0]
    assert row["status"] == "sent" and row["attempts"] == 3
    # The retry after the 429 was scheduled no sooner than Retry-After.
    assert len(rec.sent) == 1


async def test_long_backoff_leaves_the_row_queued_for_the_next_run(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    queue(store, event())
    rec = Recorder(failures=[TemporaryError("503", retry_after=3600)])
    stats = await Deliverer(store, {"rec": rec}).deliver_until_idle(max_wait=1)
    assert stats.sent == 0
    assert [r["status"] for r in store.deliveries()] == ["pending"]
    assert store.deliveries()[0]["last_error"] == "503"


async def test_permanent_error_holds_everything_reports_once_and_survives_restart(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = Store(tmp_path / "db")
    for n in range(3):
        queue(store, event(n))
    rec = Recorder(failures=[PermanentError("invalid_auth: the token is wrong")] * 3)
    with caplog.at_level(logging.ERROR):
        stats = await Deliverer(store, {"rec": rec}).deliver_until_idle(max_wait=1)
    assert stats.sent == 0
    assert [r["status"] for r in store.deliveries()] == ["pending"] * 3
    assert sum("invalid_auth" in r.getMessage() for r in caplog.records) == 1
    health = store.notifier_health()
    assert health[0]["permanent"] == 1 and "invalid_auth" in health[0]["last_error"]
    store.close()

    # Restart with the problem fixed: the hold is lifted at start-up and every
    # held alert goes out, once.
    store = Store(tmp_path / "db")
    fixed = Recorder()
    stats = await Deliverer(store, {"rec": fixed}).deliver_until_idle(max_wait=1)
    assert stats.sent == 3
    assert sorted(d.alert.event.id for d in fixed.sent) == ["ev_0", "ev_1", "ev_2"]


async def test_gone_chat_is_paused_and_not_retried(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    store.add_watch("rec", "42", "Company 1")
    store.add_watch("rec", "43", "Company 1")
    queue(store, event(1), targets=("42", "43"))
    rec = Recorder(failures=[TargetGone("Forbidden: bot was blocked by the user")])
    await Deliverer(store, {"rec": rec}).deliver_until_idle(max_wait=1)
    statuses = {r["target"]: r["status"] for r in store.deliveries()}
    assert statuses == {"42": "dropped", "43": "sent"}
    assert store.chat("rec", "42")["paused"].startswith("Forbidden")
    assert store.subscribers("rec", company="Company 1", count=None, percent=None) == ["43"]


async def test_update_replies_to_the_message_of_its_event(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    ev = event(1)
    queue(store, ev)
    queue(store, ev, kind="update", revision=1)
    rec = Recorder()
    await Deliverer(store, {"rec": rec}).deliver_until_idle(max_wait=1)
    assert [d.alert.kind for d in rec.sent] == ["new", "update"]
    assert rec.sent[1].thread_ref == f"ref-{rec.sent[0].id}"


async def test_rows_of_inactive_notifiers_wait_untouched(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    queue(store, event(1), notifier="slack-without-token")
    stats = await Deliverer(store, {"rec": Recorder()}).deliver_until_idle(max_wait=1)
    assert stats.sent == 0
    assert store.deliveries()[0]["status"] == "pending"
    assert store.deliveries()[0]["attempts"] == 0
