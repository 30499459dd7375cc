"""Batched delivery (send_many): the jsonl notifier writes a sweep's alerts at once.

What a user sees is unchanged: every alert one line, in queue order, each row
sent exactly once; a failed batch leaves every row queued, and the next sweep
sends them all.
"""

from __future__ import annotations

import json
from pathlib import Path

from delivery import Deliverer
from models import Alert, Event, utcnow
from notifiers.base import build_notifier
from store import Store


def event(n: int) -> Event:
    now = utcnow()
    return Event(id=f"ev_{n}", company=f"Company {n}", count=100 * n, count_is_lower_bound=False,
                 percent=None, status="confirmed", title=f"Company {n} cuts jobs",
                 url=f"https://ex.com/{n}", published=now, source="s", first_seen=now,
                 last_seen=now)


def queue(store: Store, n: int) -> None:
    store.enqueue(Alert(kind="new", event=event(n), rule="r", notifier="archive"), 0, [""],
                  utcnow())


async def test_a_sweep_writes_every_alert_once_in_order(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    for n in range(7):
        queue(store, n)
    out = tmp_path / "alerts.jsonl"
    archive = build_notifier("archive", {"type": "jsonl", "path": str(out)})
    stats = await Deliverer(store, {"archive": archive}).deliver_until_idle(max_wait=1)
    assert stats.sent == 7
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["event_id"] for a in lines] == [f"ev_{n}" for n in range(7)]
    assert {r["status"] for r in store.deliveries()} == {"sent"}
    assert {r["attempts"] for r in store.deliveries()} == {1}
    # nothing left: a second sweep writes nothing more
    again = await Deliverer(store, {"archive": archive}).deliver_until_idle(max_wait=1)
    assert again.sent == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 7
    store.close()


async def test_a_failed_batch_keeps_every_row_queued(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    for n in range(3):
        queue(store, n)
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the directory should be")
    broken = build_notifier("archive", {"type": "jsonl", "path": str(blocked / "alerts.jsonl")})
    stats = await Deliverer(store, {"archive": broken}, base_delay=0.01).sweep()
    assert stats.sent == 0 and stats.failed == 1
    assert [r["status"] for r in store.deliveries()] == ["pending"] * 3
    assert [r["attempts"] for r in store.deliveries()] == [1, 0, 0]  # the batch's first row

    out = tmp_path / "alerts.jsonl"
    fixed = build_notifier("archive", {"type": "jsonl", "path": str(out)})
    stats = await Deliverer(store, {"archive": fixed}, base_delay=0.01).deliver_until_idle(
        max_wait=5)
    assert stats.sent == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    store.close()
