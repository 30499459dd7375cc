"""The only module that touches SQLite: `<state>/layoffwatch.db`.

One connection, WAL, one writer. All access goes through `Store`, whose
methods are synchronous and short; async code calls them with
`await store.run(fn, *args)`, which runs them on the store's single worker
thread, so writes never interleave and the event loop never blocks on disk.
`with store.transaction():` groups calls into one atomic transaction — the
pipeline records items, events, alerts and their outbox rows in one, so a
crash leaves either all of them or none.

The schema is created and migrated on open, one numbered step at a time
(`MIGRATIONS`); `meta.schema_version` says how far a database has come.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlite_utils import Database

from models import Alert, Delivery, Event, iso, parse_iso, utcnow

P = ParamSpec("P")
T = TypeVar("T")

MIGRATIONS: list[tuple[int, str]] = [
    (
        1,
        """
        CREATE TABLE sources (
            name TEXT PRIMARY KEY,
            url TEXT,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            first_success TEXT,
            last_attempt TEXT,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_poll REAL,
            disabled TEXT,
            items_seen INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            guid TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            seen_at TEXT NOT NULL,
            layoff INTEGER NOT NULL DEFAULT 0,
            event_id TEXT
        );
        CREATE TABLE item_keys (
            key TEXT PRIMARY KEY,
            item_id INTEGER NOT NULL
        );
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            company TEXT NOT NULL,
            company_key TEXT NOT NULL,
            count INTEGER,
            count_is_lower_bound INTEGER NOT NULL DEFAULT 0,
            percent REAL,
            status TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            source TEXT,
            sources TEXT NOT NULL DEFAULT '[]',
            titles TEXT NOT NULL DEFAULT '[]',
            summary TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0,
            alerted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX events_company ON events (company_key, last_seen);
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            rule TEXT NOT NULL,
            notifier TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (event_id, revision, rule, notifier, kind)
        );
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL,
            event_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            notifier TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt REAL NOT NULL DEFAULT 0,
            last_error TEXT,
            ref TEXT,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            UNIQUE (event_id, revision, notifier, target)
        );
        CREATE INDEX deliveries_due ON deliveries (status, next_attempt);
        CREATE TABLE threads (
            event_id TEXT NOT NULL,
            notifier TEXT NOT NULL,
            target TEXT NOT NULL,
            ref TEXT NOT NULL,
            PRIMARY KEY (event_id, notifier, target)
        );
        CREATE TABLE notifier_health (
            name TEXT PRIMARY KEY,
            last_success TEXT,
            last_error TEXT,
            last_error_at TEXT,
            permanent INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE chats (
            notifier TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            chat_type TEXT,
            title TEXT,
            min_count INTEGER,
            min_percent REAL,
            paused TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (notifier, chat_id)
        );
        CREATE TABLE watches (
            notifier TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            company TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (notifier, chat_id, company)
        );
        """,
    ),
]

PENDING, SENT, DROPPED = "pending", "sent", "dropped"

_EVENT_CACHE_COMPANIES = 1024  # companies whose recent events stay in memory
# An events_for_company() answer is cached from a little further back than
# asked, so the next item (a few minutes older: feeds list newest first) is
# served from memory too.
_EVENT_CACHE_MARGIN = timedelta(days=30)
_IN_CHUNK = 500  # keys per `IN (...)`: far below SQLite's variable limit
_GROUP_MAX = 32  # run_grouped() calls committed together at most

# The same timestamps are formatted again and again (a feed's ingest time on
# every item, an event's dates on every save): strftime profiled at ~10 % of ingest.
_iso = functools.lru_cache(maxsize=4096)(iso)


@dataclass(frozen=True, slots=True)
class NewItem:
    """One item to record: its dedup keys and its row."""

    keys: Sequence[str]
    source: str
    guid: str | None
    url: str
    title: str
    published: datetime | None
    layoff: bool
    event_id: str | None = None


# (last_seen as stored, rowid, event, titles, revision): the order key and
# what clustering needs, as they would be read back from the table.
_Cached = tuple[str, int, Event, tuple[str, ...], int]


@dataclass(frozen=True, slots=True)
class SourceRow:
    name: str
    url: str | None  # the feed URL last polled: a changed URL re-enables a disabled source
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    first_success: str | None
    last_success: str | None
    last_error: str | None
    consecutive_failures: int
    next_poll: float | None
    disabled: str | None
    items_seen: int


def _settle(fut: asyncio.Future[Any], result: Any, exc: BaseException | None) -> None:
    if fut.cancelled():
        return
    if exc is not None:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


def _event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"],
        company=row["company"],
        count=row["count"],
        count_is_lower_bound=bool(row["count_is_lower_bound"]),
        percent=row["percent"],
        status=row["status"],
        title=row["title"] or "",
        url=row["url"] or "",
        published=parse_iso(row["published"]),
        source=row["source"] or "",
        sources=tuple(json.loads(row["sources"] or "[]")),
        first_seen=parse_iso(row["first_seen"]) or utcnow(),
        last_seen=parse_iso(row["last_seen"]) or utcnow(),
        summary=row["summary"] or "",
    )


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self.db = Database(conn)
        self._lock = threading.RLock()
        self._executor: ThreadPoolExecutor | None = None
        # company_key -> (oldest last_seen covered, its events newest first).
        # Kept in step by save_event; dropped on any rollback and whenever
        # another connection has committed (PRAGMA data_version).
        self._events: OrderedDict[str, tuple[str, list[_Cached]]] = OrderedDict()
        self._data_version: int | None = None
        self._group: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self._group_lock = threading.Lock()
        self._draining = False
        if self.path != ":memory:":
            self.db.enable_wal()
        # NORMAL is durable against a killed process in WAL mode (only power
        # loss can drop the last transactions), and much faster than FULL.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.migrate()

    # -- plumbing -------------------------------------------------------------

    def migrate(self) -> int:
        with self.transaction():
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(row[0]) if row else 0
            for step, sql in MIGRATIONS:
                if step > version:
                    for statement in filter(str.strip, sql.split(";")):
                        self.db.execute(statement)
                    version = step
            self.db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                [str(version)],
            )
        return version

    @property
    def schema_version(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                # What was rolled back may be in the events cache.
                self._events.clear()
                raise

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `fn` on the store's single worker thread (the one writer)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        loop = asyncio.get_running_loop()

        def call() -> T:
            with self._lock:
                return fn(*args, **kwargs)

        return await loop.run_in_executor(self._executor, call)

    async def run_grouped(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Like run(), but calls that queue up together share one transaction.

        A group commit: in a burst (a cold pass ingesting hundreds of feeds)
        a commit per feed profiled at ~15 % of ingest, mostly writing the same
        index pages to the WAL again and again. Each call still runs in its own
        savepoint, so one that raises undoes only its own writes, and no call
        returns before the group has committed: whatever a caller does next
        (deliver the alerts it queued) sees its writes durable. A crash before
        the commit loses the whole group, which is polled again on restart.
        Calls never wait for others to arrive: alone, a call commits alone.
        """
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[T] = loop.create_future()
        with self._group_lock:
            self._group.append((lambda: fn(*args, **kwargs), fut))
            start = not self._draining
            self._draining = True
        if start:
            self._submit_drain()
        return await fut

    def _submit_drain(self) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._executor.submit(self._drain)

    def _drain(self) -> None:
        with self._group_lock:
            batch, self._group = self._group[:_GROUP_MAX], self._group[_GROUP_MAX:]
        outcomes: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            with self.transaction():
                for call, fut in batch:
                    try:
                        with self.transaction():  # a savepoint: a failure undoes only this call
                            outcomes.append((fut, call(), None))
                    except Exception as exc:
                        outcomes.append((fut, None, exc))
        except BaseException as exc:  # the commit failed: nothing of the group was kept
            outcomes = [(fut, None, exc) for _, fut in batch]
        finally:
            with self._group_lock:
                more = bool(self._group)
                self._draining = more
            if more:
                self._submit_drain()
        for fut, result, error in outcomes:
            with contextlib.suppress(RuntimeError):  # RuntimeError: the caller's loop is gone
                fut.get_loop().call_soon_threadsafe(_settle, fut, result, error)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.db.close()

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def _upsert(self, table: str, row: dict[str, Any], *, pk: str) -> int:
        """Insert `row`, or update just its columns where `pk` already exists;
        returns the row's rowid.

        What sqlite-utils' upsert does, as one statement: its version
        introspects the table on every call, which profiled as most of the
        cost of saving events during a cold pass.
        """
        cols = list(row)
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != pk)
        sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
               f" ON CONFLICT({pk}) DO UPDATE SET {sets} RETURNING rowid")
        with self._lock:
            if self.db.conn.in_transaction:  # the usual case: inside a feed's transaction
                return int(self.db.conn.execute(sql, list(row.values())).fetchall()[0][0])
            with self.transaction():  # alone: committed now, like any other write here
                return int(self.db.conn.execute(sql, list(row.values())).fetchall()[0][0])

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = list(self.db.query(sql, params))
        return rows[0] if rows else None

    # -- sources --------------------------------------------------------------

    def source(self, name: str) -> SourceRow | None:
        row = self._one("SELECT * FROM sources WHERE name = ?", [name])
        if row is None:
            return None
        row.pop("last_attempt", None)
        row.pop("last_error_at", None)
        return SourceRow(**row)

    def initial_sources(self, configured: Sequence[str]) -> frozenset[str]:
        """The sources this installation started with (their first pass alerts).

        Fixed, in one transaction, the first time it is asked: before any poll
        is recorded. Deciding "added later" from which sources have succeeded
        so far would silence every source but the first one ingested on a new
        install, and, after a crash in the first pass, the ones not yet polled.
        A database from before this was kept counts the sources that had
        already succeeded.
        """
        with self.transaction():
            row = self._one("SELECT value FROM meta WHERE key = 'initial_sources'")
            if row is not None:
                return frozenset(json.loads(row["value"]))
            polled = [r["name"] for r in
                      self.db.query("SELECT name FROM sources WHERE first_success IS NOT NULL")]
            names = sorted(polled or configured)
            self.db.execute("INSERT INTO meta (key, value) VALUES ('initial_sources', ?)",
                            [json.dumps(names, ensure_ascii=False)])
            return frozenset(names)

    def record_poll(
        self,
        name: str,
        *,
        url: str,
        now: datetime,
        ok: bool,
        etag: str | None = None,
        last_modified: str | None = None,
        content_hash: str | None = None,
        error: str | None = None,
        next_poll: float | None = None,
        disabled: str | None = None,
        new_items: int = 0,
    ) -> None:
        """Persist one poll's outcome: validators on success, health either way."""
        with self.transaction():
            prev = self.source(name)
            stamp = iso(now)
            row: dict[str, Any] = {
                "name": name,
                "url": url,
                "last_attempt": stamp,
                "next_poll": next_poll,
                "disabled": disabled,
                "items_seen": (prev.items_seen if prev else 0) + new_items,
            }
            if ok:
                row.update(
                    etag=etag,
                    last_modified=last_modified,
                    content_hash=content_hash,
                    last_success=stamp,
                    consecutive_failures=0,
                    first_success=(prev.first_success if prev and prev.first_success else stamp),
                )
            else:
                row.update(
                    last_error=error,
                    last_error_at=stamp,
                    consecutive_failures=(prev.consecutive_failures if prev else 0) + 1,
                )
            self._upsert("sources", row, pk="name")

    def sources_health(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM sources ORDER BY name"))

    # -- items ----------------------------------------------------------------

    def seen_keys(self, keys: Sequence[str]) -> bool:
        if not keys:
            return False
        marks = ",".join("?" * len(keys))
        # Once per feed entry on every changed feed: the bare cursor, not
        # sqlite-utils' dict rows (profiled at ~50 us a call).
        cur = self.db.conn.execute(
            f"SELECT 1 FROM item_keys WHERE key IN ({marks}) LIMIT 1", list(keys))
        return cur.fetchone() is not None

    def seen(self, keys: Iterable[str]) -> set[str]:
        """Which of `keys` were recorded before: one query per 500 keys
        (a whole feed's entries at once, not one query per entry)."""
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        conn = self.db.conn
        for i in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[i:i + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(k for (k,) in conn.execute(
                f"SELECT key FROM item_keys WHERE key IN ({marks})", chunk))
        return found

    def add_items(self, items: Sequence[NewItem], now: datetime) -> None:
        """Record a feed's new items and their keys, in one transaction."""
        if not items:
            return
        seen_at = _iso(now)
        with self.transaction():
            conn = self.db.conn
            # Ids given explicitly so that items and keys go in as two batches.
            # Another process committing items meanwhile makes our first write
            # fail (WAL: SQLITE_BUSY_SNAPSHOT), never reuse an id.
            first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0])
            conn.executemany(
                "INSERT INTO items (id, source, guid, url, title, published, seen_at, layoff,"
                " event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(first + n, it.source, it.guid, it.url, it.title, _iso(it.published), seen_at,
                  int(it.layoff), it.event_id) for n, it in enumerate(items)],
            )
            conn.executemany("INSERT OR IGNORE INTO item_keys (key, item_id) VALUES (?, ?)",
                             [(k, first + n) for n, it in enumerate(items) for k in it.keys])

    def add_item(
        self,
        keys: Sequence[str],
        *,
        source: str,
        guid: str | None,
        url: str,
        title: str,
        published: datetime | None,
        now: datetime,
        layoff: bool,
        event_id: str | None = None,
    ) -> int:
        row = [source, guid, url, title, iso(published), iso(now), int(layoff), event_id]
        with self._lock:
            if self.db.conn.in_transaction:
                # Inside the pipeline's per-feed transaction: a savepoint per
                # entry (as transaction() would nest) cost more than the inserts.
                return self._insert_item(keys, row)
            with self.transaction():
                return self._insert_item(keys, row)

    def _insert_item(self, keys: Sequence[str], row: list[Any]) -> int:
        cur = self.db.conn.execute(
            "INSERT INTO items (source, guid, url, title, published, seen_at, layoff, event_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        item_id = int(cur.lastrowid or 0)
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO item_keys (key, item_id) VALUES (?, ?)",
            [(k, item_id) for k in keys],
        )
        return item_id

    def item_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM items").fetchone()[0])

    # -- events ---------------------------------------------------------------

    def events_for_company(
        self, company_key: str, since: datetime
    ) -> list[tuple[Event, tuple[str, ...], int]]:
        """A company's events seen since `since`, newest first, each with the
        story titles of its reports and its revision (what clustering needs).

        Asked for every layoff report of a feed, so answered from memory when
        possible (see `_events`); the answer is the same as the table's.
        """
        with self._lock:
            self._check_data_version()
            floor = _iso(since) or ""
            cached = self._events.get(company_key)
            if cached is None or floor < cached[0]:
                cached = self._load_events(company_key, since)
            else:
                self._events.move_to_end(company_key)
            return [(ev, titles, rev) for seen, _, ev, titles, rev in cached[1]
                    if seen >= floor]

    def _check_data_version(self) -> None:
        version = int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])
        if version != self._data_version:
            self._events.clear()  # another connection committed: it may have saved events
            self._data_version = version

    def _load_events(self, company_key: str, since: datetime) -> tuple[str, list[_Cached]]:
        floor = iso(since - _EVENT_CACHE_MARGIN) or ""
        rows = self.db.query(
            "SELECT rowid AS _rowid, * FROM events WHERE company_key = ? AND last_seen >= ?"
            " ORDER BY last_seen DESC, rowid DESC",
            [company_key, floor],
        )
        entries: list[_Cached] = [
            (r["last_seen"], r["_rowid"], _event_from_row(r), tuple(json.loads(r["titles"])),
             int(r["revision"]))
            for r in rows
        ]
        cached = self._events[company_key] = (floor, entries)
        if len(self._events) > _EVENT_CACHE_COMPANIES:
            self._events.popitem(last=False)
        return cached

    def save_event(self, event: Event, *, revision: int, titles: Sequence[str]) -> None:
        company_key = event.company.casefold()
        published, first_seen, last_seen = (
            _iso(event.published), _iso(event.first_seen), _iso(event.last_seen) or "")
        row: dict[str, Any] = {
            "id": event.id,
            "company": event.company,
            "company_key": company_key,
            "count": event.count,
            "count_is_lower_bound": int(event.count_is_lower_bound),
            "percent": event.percent,
            "status": event.status,
            "title": event.title,
            "url": event.url,
            "published": published,
            "source": event.source,
            "sources": json.dumps(list(event.sources), ensure_ascii=False),
            "titles": json.dumps(list(titles), ensure_ascii=False),
            "summary": event.summary,
            "first_seen": first_seen,
            "last_seen": last_seen,
            "revision": revision,
        }
        with self._lock:
            rowid = self._upsert("events", row, pk="id")
            cached = self._events.get(company_key)
            if cached is None:
                return  # loaded from the table when first asked for
            # As _event_from_row would read it back: whole seconds, percent a REAL.
            stored = Event(
                id=event.id, company=event.company, count=event.count,
                count_is_lower_bound=bool(event.count_is_lower_bound),
                percent=None if event.percent is None else float(event.percent),
                status=event.status, title=event.title or "", url=event.url or "",
                published=parse_iso(published), source=event.source or "",
                sources=tuple(event.sources), first_seen=parse_iso(first_seen) or utcnow(),
                last_seen=parse_iso(last_seen) or utcnow(), summary=event.summary or "",
            )
            entries = [e for e in cached[1] if e[2].id != event.id]
            entries.append((last_seen, rowid, stored, tuple(titles), revision))
            entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
            self._events[company_key] = (cached[0], entries)

    def event(self, event_id: str) -> Event | None:
        row = self._one("SELECT * FROM events WHERE id = ?", [event_id])
        return _event_from_row(row) if row else None

    def recent_events(self, limit: int = 20) -> list[Event]:
        rows = self.db.query(
            "SELECT * FROM events ORDER BY first_seen DESC, rowid DESC LIMIT ?", [limit]
        )
        return [_event_from_row(r) for r in rows]

    # -- alerts and the outbox ------------------------------------------------

    def alerted_before(self, event_id: str, rule: str, notifier: str) -> bool:
        return (
            self._one(
                "SELECT 1 AS x FROM alerts WHERE event_id = ? AND rule = ? AND notifier = ?",
                [event_id, rule, notifier],
            )
            is not None
        )

    def delivered_before(self, event_id: str, notifier: str, target: str) -> bool:
        return (
            self._one(
                "SELECT 1 AS x FROM deliveries WHERE event_id = ? AND notifier = ? AND target = ?",
                [event_id, notifier, target],
            )
            is not None
        )

    def delivered_targets(self, event_id: str, notifier: str, targets: Sequence[str]) -> set[str]:
        """Which of `targets` already have an outbox row for this event (any
        revision): one query per 500 targets, for a fan-out to thousands of chats."""
        found: set[str] = set()
        wanted = list(dict.fromkeys(targets))
        for i in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[i:i + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(t for (t,) in self.db.conn.execute(
                "SELECT DISTINCT target FROM deliveries WHERE event_id = ? AND notifier = ?"
                f" AND target IN ({marks})", [event_id, notifier, *chunk]))
        return found

    def enqueue(self, alert: Alert, revision: int, targets: Sequence[str], now: datetime) -> int:
        """Record an alert and one outbox row per target; returns rows queued.

        A target already queued for this event revision by another rule is
        not queued twice: one message per event change per destination.
        """
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO alerts (event_id, revision, rule, notifier, kind, payload,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    alert.event.id,
                    revision,
                    alert.rule,
                    alert.notifier,
                    alert.kind,
                    json.dumps(alert.to_json(), ensure_ascii=False),
                    iso(now),
                ],
            )
            if not cur.rowcount:
                return 0
            alert_id = cur.lastrowid
            self.db.execute(
                "UPDATE events SET alerted = 1 WHERE id = ?", [alert.event.id]
            )
            queued = 0
            for target in targets:
                cur = self.db.execute(
                    "INSERT OR IGNORE INTO deliveries (alert_id, event_id, revision, notifier,"
                    " target, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [alert_id, alert.event.id, revision, alert.notifier, target, iso(now)],
                )
                queued += cur.rowcount
            return queued

    def due_deliveries(self, now: float, limit: int = 1000) -> list[Delivery]:
        rows = self.db.query(
            "SELECT d.id, d.target, d.attempts, d.event_id, d.notifier, a.payload,"
            " t.ref AS thread_ref FROM deliveries d JOIN alerts a ON a.id = d.alert_id"
            " LEFT JOIN threads t ON t.event_id = d.event_id AND t.notifier = d.notifier"
            " AND t.target = d.target"
            " WHERE d.status = 'pending' AND d.next_attempt <= ? ORDER BY d.id LIMIT ?",
            [now, limit],
        )
        return [
            Delivery(
                id=r["id"],
                alert=Alert.from_json(json.loads(r["payload"])),
                target=r["target"],
                attempts=r["attempts"],
                thread_ref=r["thread_ref"],
            )
            for r in rows
        ]

    def next_due(self, notifiers: Sequence[str]) -> float | None:
        """When the earliest pending row of these notifiers is due (epoch seconds)."""
        if not notifiers:
            return None
        marks = ",".join("?" * len(notifiers))
        row = self.db.execute(
            "SELECT min(next_attempt) FROM deliveries WHERE status = 'pending'"
            f" AND notifier IN ({marks})",
            list(notifiers),
        ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def thread_ref(self, event_id: str, notifier: str, target: str) -> str | None:
        row = self._one(
            "SELECT ref FROM threads WHERE event_id = ? AND notifier = ? AND target = ?",
            [event_id, notifier, target],
        )
        return row["ref"] if row else None

    def mark_sent(self, delivery: Delivery, ref: str | None, now: datetime) -> None:
        self.mark_sent_many([delivery], [ref], now)

    def mark_sent_many(
        self, deliveries: Sequence[Delivery], refs: Sequence[str | None], now: datetime
    ) -> None:
        """Mark rows sent (with their thread refs), in one transaction."""
        with self.transaction():
            for delivery, ref in zip(deliveries, refs, strict=True):
                self.db.execute(
                    "UPDATE deliveries SET status = 'sent', sent_at = ?, ref = ?,"
                    " attempts = attempts + 1, last_error = NULL WHERE id = ?",
                    [iso(now), ref, delivery.id],
                )
                if ref is not None:
                    self.db.execute(
                        "INSERT OR IGNORE INTO threads (event_id, notifier, target, ref)"
                        " VALUES (?, ?, ?, ?)",
                        [delivery.alert.event.id, delivery.alert.notifier, delivery.target, ref],
                    )
            for name in dict.fromkeys(d.alert.notifier for d in deliveries):
                self._notifier_ok(name, now)

    def mark_failed(
        self, delivery: Delivery, error: str, next_attempt: float, *, count_attempt: bool = True
    ) -> None:
        self.db.execute(
            "UPDATE deliveries SET attempts = attempts + ?, next_attempt = ?, last_error = ?"
            " WHERE id = ?",
            [int(count_attempt), next_attempt, error, delivery.id],
        )

    def defer_notifier(self, notifier: str, until: float) -> None:
        """Hold every pending row of a notifier (e.g. while its token is wrong)."""
        self.db.execute(
            "UPDATE deliveries SET next_attempt = max(next_attempt, ?)"
            " WHERE notifier = ? AND status = 'pending'",
            [until, notifier],
        )

    def held_notifiers(self) -> list[str]:
        """Notifiers whose last error was permanent (a wrong token, a missing channel)."""
        return [r["name"] for r in self.db.query(
            "SELECT name FROM notifier_health WHERE permanent = 1")]

    def release_notifier(self, notifier: str) -> None:
        """Make a held notifier's rows due now: its config or token may have been fixed."""
        with self.transaction():
            self.db.execute(
                "UPDATE deliveries SET next_attempt = 0 WHERE notifier = ? AND status = 'pending'",
                [notifier],
            )
            self.db.execute("UPDATE notifier_health SET permanent = 0 WHERE name = ?", [notifier])

    def mark_dropped(self, delivery: Delivery, reason: str) -> None:
        self.db.execute(
            "UPDATE deliveries SET status = 'dropped', last_error = ?, attempts = attempts + 1"
            " WHERE id = ?",
            [reason, delivery.id],
        )

    def record_notifier_error(self, name: str, error: str, now: datetime, permanent: bool) -> None:
        self._upsert("notifier_health", {"name": name, "last_error": error,
                                         "last_error_at": iso(now), "permanent": int(permanent)},
                     pk="name")

    def _notifier_ok(self, name: str, now: datetime) -> None:
        # Once per delivered alert: sqlite-utils' upsert (table introspection
        # each call) profiled at ~0.8 ms here.
        self._upsert("notifier_health", {"name": name, "last_success": iso(now), "permanent": 0},
                     pk="name")

    def notifier_health(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM notifier_health ORDER BY name"))

    def backlog(self) -> list[dict[str, Any]]:
        """Outbox counts per notifier and status, with the oldest pending row's age."""
        return list(
            self.db.query(
                "SELECT notifier, status, count(*) AS n, min(created_at) AS oldest,"
                " max(last_error) AS last_error FROM deliveries GROUP BY notifier, status"
                " ORDER BY notifier, status"
            )
        )

    def deliveries(self, status: str | None = None) -> list[dict[str, Any]]:
        if status is None:
            return list(self.db.query("SELECT * FROM deliveries ORDER BY id"))
        return list(
            self.db.query("SELECT * FROM deliveries WHERE status = ? ORDER BY id", [status])
        )

    # -- chat subscriptions -----------------------------------------------------

    def ensure_chat(
        self, notifier: str, chat_id: str, *, chat_type: str | None = None,
        title: str | None = None,
    ) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO chats (notifier, chat_id, chat_type, title, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [notifier, chat_id, chat_type, title, iso(utcnow())],
            )
            # A chat that talks to the bot again is reachable again.
            self.db.execute(
                "UPDATE chats SET paused = NULL WHERE notifier = ? AND chat_id = ?",
                [notifier, chat_id],
            )

    def add_watch(self, notifier: str, chat_id: str, company: str) -> bool:
        """True if newly added, False if the chat already watched it."""
        self.ensure_chat(notifier, chat_id)
        cur = self.db.execute(
            "INSERT OR IGNORE INTO watches (notifier, chat_id, company, created_at)"
            " VALUES (?, ?, ?, ?)",
            [notifier, chat_id, company, iso(utcnow())],
        )
        return bool(cur.rowcount)

    def remove_watch(self, notifier: str, chat_id: str, company: str) -> bool:
        cur = self.db.execute(
            "DELETE FROM watches WHERE notifier = ? AND chat_id = ? AND company = ?",
            [notifier, chat_id, company],
        )
        return bool(cur.rowcount)

    def watch_count(self, notifier: str, chat_id: str) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM watches WHERE notifier = ? AND chat_id = ?", [notifier, chat_id]
        ).fetchone()
        return int(row[0])

    def watches(self, notifier: str, chat_id: str) -> list[str]:
        return [
            r["company"]
            for r in self.db.query(
                "SELECT company FROM watches WHERE notifier = ? AND chat_id = ? ORDER BY company",
                [notifier, chat_id],
            )
        ]

    def set_min(
        self, notifier: str, chat_id: str, *, min_count: int | None, min_percent: float | None
    ) -> None:
        """Set (or with both None, clear) a chat's headcount/percent thresholds."""
        self.ensure_chat(notifier, chat_id)
        self.db.execute(
            "UPDATE chats SET min_count = ?, min_percent = ? WHERE notifier = ? AND chat_id = ?",
            [min_count, min_percent, notifier, chat_id],
        )

    def chat(self, notifier: str, chat_id: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM chats WHERE notifier = ? AND chat_id = ?", [notifier, chat_id]
        )

    def unsubscribe_all(self, notifier: str, chat_id: str) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM watches WHERE notifier = ? AND chat_id = ?", [notifier, chat_id]
            )
            self.db.execute(
                "UPDATE chats SET min_count = NULL, min_percent = NULL"
                " WHERE notifier = ? AND chat_id = ?",
                [notifier, chat_id],
            )

    def pause_chat(self, notifier: str, chat_id: str, reason: str) -> None:
        """Stop sending to a chat that blocked the bot or vanished; drop its queue."""
        with self.transaction():
            self.db.execute(
                "UPDATE chats SET paused = ? WHERE notifier = ? AND chat_id = ?",
                [reason, notifier, chat_id],
            )
            self.db.execute(
                "UPDATE deliveries SET status = 'dropped', last_error = ?"
                " WHERE notifier = ? AND target = ? AND status = 'pending'",
                [reason, notifier, chat_id],
            )

    def move_chat(
        self, notifier: str, old_chat_id: str, new_chat_id: str, *,
        chat_type: str | None = "supergroup",
    ) -> bool:
        """Carry a chat that now answers under another id (a Telegram group
        upgraded to a supergroup) over to that id, in one transaction.

        The new chat keeps what it has and takes the old one's title and
        thresholds where it has none; it is not paused. Watches merge. Every
        outbox row moves: pending ones go out to the new id, and sent ones
        tell the pipeline the chat already saw their event, so a later change
        arrives as an update, not as a second "new". Where the new id already
        has a row for the same event revision, the old pending copy is dropped
        (the chat gets that alert once) and an old sent one stays as history.
        Thread refs of the old id go: message ids don't carry over. The old
        chat row is deleted. Safe to run twice; True if anything was moved.
        """
        if old_chat_id == new_chat_id:
            return False
        n, old, new = notifier, old_chat_id, new_chat_id
        moved = 0
        with self.transaction():
            self.db.execute(
                "INSERT OR IGNORE INTO chats (notifier, chat_id, chat_type, created_at)"
                " VALUES (?, ?, ?, ?)",
                [n, new, chat_type, iso(utcnow())],
            )
            old_row = self.chat(n, old)
            if old_row is not None:
                moved += 1
                self.db.execute(
                    "UPDATE chats SET title = coalesce(title, ?),"
                    " min_count = coalesce(min_count, ?), min_percent = coalesce(min_percent, ?)"
                    " WHERE notifier = ? AND chat_id = ?",
                    [old_row["title"], old_row["min_count"], old_row["min_percent"], n, new],
                )
                self.db.execute("DELETE FROM chats WHERE notifier = ? AND chat_id = ?", [n, old])
            self.db.execute(
                "UPDATE chats SET paused = NULL, chat_type = coalesce(?, chat_type)"
                " WHERE notifier = ? AND chat_id = ?",
                [chat_type, n, new],
            )
            moved += self.db.execute(
                "UPDATE OR IGNORE watches SET chat_id = ? WHERE notifier = ? AND chat_id = ?",
                [new, n, old],
            ).rowcount
            # What is left already exists under the new id.
            moved += self.db.execute(
                "DELETE FROM watches WHERE notifier = ? AND chat_id = ?", [n, old]
            ).rowcount
            moved += self.db.execute(
                "UPDATE OR IGNORE deliveries SET target = ? WHERE notifier = ? AND target = ?",
                [new, n, old],
            ).rowcount
            moved += self.db.execute(
                "UPDATE deliveries SET status = 'dropped', last_error = ?"
                " WHERE notifier = ? AND target = ? AND status = 'pending'",
                [f"already queued for chat {new}, which chat {old} became", n, old],
            ).rowcount
            moved += self.db.execute(
                "DELETE FROM threads WHERE notifier = ? AND target = ?", [n, old]
            ).rowcount
        return moved > 0

    def paused_chats(self, notifier: str) -> list[tuple[str, str]]:
        """(chat id, why) of every paused chat of a notifier."""
        return [(r["chat_id"], r["paused"]) for r in self.db.query(
            "SELECT chat_id, paused FROM chats WHERE notifier = ? AND paused IS NOT NULL"
            " ORDER BY chat_id", [notifier])]

    def subscribers(
        self, notifier: str, *, company: str, count: int | None, percent: float | None
    ) -> list[str]:
        """Chats of `notifier` whose watches or thresholds this event satisfies."""
        rows = self.db.query(
            "SELECT chat_id FROM chats c WHERE notifier = :n AND paused IS NULL AND ("
            " EXISTS (SELECT 1 FROM watches w WHERE w.notifier = c.notifier"
            "   AND w.chat_id = c.chat_id AND lower(w.company) = lower(:company))"
            " OR (min_count IS NOT NULL AND :count IS NOT NULL AND :count >= min_count)"
            " OR (min_percent IS NOT NULL AND :percent IS NOT NULL AND :percent >= min_percent)"
            ") ORDER BY chat_id",
            {"n": notifier, "company": company, "count": count, "percent": percent},
        )
        return [r["chat_id"] for r in rows]

