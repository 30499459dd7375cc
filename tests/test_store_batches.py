"""The store's batched paths give the same answers as the one-at-a-time ones.

Covers what the cold-pass work added (docs/scaling.md): the per-company event
cache (kept in step with saves, rollbacks and other connections), whole-feed
key lookups and item batches, a fan-out's delivered-chat lookup, and group
commits (calls share a transaction but fail alone).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models import Alert, Event
from store import NewItem, Store

NOW = datetime(2026, 11, 20, 8, 0, 0, 123456, tzinfo=UTC)


def event(n: int, *, company: str = "Acme", minutes: int = 0,
          percent: float | None = None) -> Event:
    when = NOW + timedelta(minutes=minutes)
    return Event(id=f"ev_{n}", company=company, count=100 * n, count_is_lower_bound=False,
                 percent=percent, status="reported", title=f"Acme cuts {n}", url=f"https://x/{n}",
                 published=when, source="s", sources=(f"https://x/{n}",), first_seen=when,
                 last_seen=when, summary="")


def candidates(store: Store, company: str = "acme") -> list[tuple[Event, tuple[str, ...], int]]:
    return store.events_for_company(company, NOW - timedelta(days=365))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "layoffwatch.db"


def test_cached_candidates_are_what_the_table_says(db: Path) -> None:
    store = Store(db)
    store.save_event(event(1), revision=0, titles=["acme cuts 1"])
    assert [e.id for e, _, _ in candidates(store)] == ["ev_1"]  # now cached
    store.save_event(event(2, minutes=5, percent=10), revision=0, titles=["acme cuts 2"])
    store.save_event(event(3, minutes=5), revision=0, titles=["acme cuts 3"])  # same last_seen
    store.save_event(event(1, minutes=9), revision=1, titles=["acme cuts 1", "acme again"])
    fresh = Store(db)  # no cache: straight from the table
    assert candidates(store) == candidates(fresh)
    assert [e.id for e, _, _ in candidates(store)] == ["ev_1", "ev_3", "ev_2"]
    first, titles, revision = candidates(store)[0]
    assert (titles, revision) == (("acme cuts 1", "acme again"), 1)
    assert first.last_seen == (NOW + timedelta(minutes=9)).replace(microsecond=0)
    assert candidates(store)[2][0].percent == 10.0
    store.close()
    fresh.close()


def test_a_rolled_back_save_is_forgotten(db: Path) -> None:
    store = Store(db)
    store.save_event(event(1), revision=0, titles=["acme cuts 1"])
    assert len(candidates(store)) == 1
    with pytest.raises(RuntimeError), store.transaction():
        store.save_event(event(2, minutes=1), revision=0, titles=["acme cuts 2"])
        raise RuntimeError("crash inside the feed's transaction")
    assert [e.id for e, _, _ in candidates(store)] == ["ev_1"]
    store.close()


def test_events_saved_by_another_process_are_seen(db: Path) -> None:
    store, other = Store(db), Store(db)
    store.save_event(event(1), revision=0, titles=["acme cuts 1"])
    assert len(candidates(store)) == 1
    other.save_event(event(2, minutes=1), revision=0, titles=["acme cuts 2"])
    assert [e.id for e, _, _ in candidates(store)] == ["ev_2", "ev_1"]
    store.close()
    other.close()


def test_seen_and_add_items_in_batches(db: Path) -> None:
    store = Store(db)
    items = [NewItem([f"g:s:{n}", f"h:{n}"], source="s", guid=str(n), url=f"https://x/{n}",
                     title=f"t{n}", published=NOW, layoff=n % 2 == 0) for n in range(700)]
    store.add_items(items, NOW)
    asked = [f"h:{n}" for n in range(0, 1400, 2)]  # more than one IN (...) chunk
    assert store.seen(asked) == {f"h:{n}" for n in range(0, 700, 2)}
    assert store.seen([]) == set()
    assert store.item_count() == 700
    ids = {key: item_id for key, item_id in store.db.execute("SELECT key, item_id FROM item_keys")}
    assert ids["g:s:5"] == ids["h:5"] != ids["h:6"]
    store.close()


def test_delivered_targets(db: Path) -> None:
    store = Store(db)
    ev = event(1)
    store.save_event(ev, revision=0, titles=["acme cuts 1"])
    alert = Alert(kind="new", event=ev, rule="subscription", notifier="tg")
    store.enqueue(alert, 0, ["1", "2"], NOW)
    chats = [str(n) for n in range(1200)]
    assert store.delivered_targets("ev_1", "tg", chats) == {"1", "2"}
    assert store.delivered_targets("ev_1", "other", chats) == set()
    store.close()


async def test_grouped_calls_commit_together_but_fail_alone(db: Path) -> None:
    store = Store(db)

    def add(n: int) -> int:
        store.add_items([NewItem([f"k{n}"], source="s", guid=None, url="", title=f"t{n}",
                                 published=None, layoff=False)], NOW)
        if n == 3:
            raise ValueError("entry 3 is broken")
        return n

    results = await asyncio.gather(*(store.run_grouped(add, n) for n in range(6)),
                                   return_exceptions=True)
    assert results[:3] == [0, 1, 2] and results[4:] == [4, 5]
    assert isinstance(results[3], ValueError)
    reader = Store(db)  # another connection sees exactly what was committed
    assert reader.seen([f"k{n}" for n in range(6)]) == {"k0", "k1", "k2", "k4", "k5"}
    reader.close()
    store.close()
