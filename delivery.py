"""The delivery loop: outbox rows -> notifiers, with pacing, retries and backoff.

Rows are taken in order; per notifier, up to `max_concurrency` sends run at
once, and two sends to the same target are at least `min_interval` apart.
What happens to a row after a failure depends on the error (notifiers/base.py):

    TemporaryError   retried with exponential backoff, never before Retry-After
    PermanentError   the notifier is held (all its rows wait) with a growing
                     delay, the error logged once; rows go out once it's fixed
    TargetGone       the chat's subscriptions are paused and its rows dropped
    ChatMoved        (a TargetGone: a group became a supergroup) the chat's
                     subscriptions and rows move to its new id; the row is
                     sent there at once

The row is marked sent only after the notifier returned, so a crash between
the send and the mark repeats that one message (at-least-once), never loses it.

A notifier with `send_many(rows) -> refs` and no pacing (jsonl) gets a
target's due rows in batches: one call (one write and fsync for jsonl), then
all of them marked sent in one transaction. A failed batch counts against its
first row, and the rest wait for the next sweep, as after a failed send.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

from models import Delivery, utcnow
from notifiers.base import ChatMoved, Notifier, PermanentError, TargetGone, TemporaryError
from store import Store

log = logging.getLogger(__name__)

SEND_MANY_BATCH = 500  # rows per send_many() call


@dataclass
class SweepStats:
    sent: int = 0
    failed: int = 0
    dropped: int = 0
    held: int = 0
    errors: list[str] = field(default_factory=list)


class Deliverer:
    def __init__(
        self,
        store: Store,
        notifiers: dict[str, Notifier],
        *,
        base_delay: float = 5.0,
        max_delay: float = 3600.0,
        hold_delay: float = 60.0,
        send_timeout: float = 120.0,
        batch: int = 5000,
    ) -> None:
        self.store = store
        self.notifiers = notifiers
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.hold_delay = hold_delay
        self.send_timeout = send_timeout
        self.batch = batch
        self._last_sent: dict[tuple[str, str], float] = {}
        self._held_until: dict[str, float] = {}
        self._hold_count: dict[str, int] = defaultdict(int)
        self._reported: set[tuple[str, str]] = set()
        self._wake = asyncio.Event()
        self._released = False

    def wake(self) -> None:
        """New rows were queued: don't wait for the next tick."""
        self._wake.set()

    def backoff(self, attempts: int) -> float:
        delay = min(self.base_delay * 2.0 ** max(attempts, 0), self.max_delay)
        return float(delay * random.uniform(0.8, 1.2))

    async def release(self, names: list[str] | None = None) -> None:
        """Retry held notifiers now (at start-up and after a reload: the token or
        channel may have been fixed). Default: every notifier held in the store."""
        store = self.store
        held = await store.run(store.held_notifiers)
        for name in held if names is None else names:
            if name in self.notifiers:
                self._held_until.pop(name, None)
                self._hold_count.pop(name, None)
                await store.run(store.release_notifier, name)

    async def sweep(self) -> SweepStats:
        """Send every row that is due now, once."""
        if not self._released:
            self._released = True
            await self.release()
        stats = SweepStats()
        now = time.time()
        rows = await self.store.run(self.store.due_deliveries, now, self.batch)
        by_notifier: dict[str, list[Delivery]] = defaultdict(list)
        for d in rows:
            if d.alert.notifier in self.notifiers:
                by_notifier[d.alert.notifier].append(d)
        await asyncio.gather(
            *(self._send_all(self.notifiers[n], ds, stats) for n, ds in by_notifier.items())
        )
        return stats

    async def _send_all(self, notifier: Notifier, rows: list[Delivery], stats: SweepStats) -> None:
        if self._held_until.get(notifier.name, 0) > time.time():
            stats.held += len(rows)
            return
        per_target: dict[str, list[Delivery]] = defaultdict(list)
        for d in rows:
            per_target[d.target].append(d)
        slots = asyncio.Semaphore(max(1, notifier.max_concurrency))

        send_many = getattr(notifier, "send_many", None)

        async def one_target(target: str, queue: list[Delivery]) -> None:
            if callable(send_many) and self._interval(notifier, target) <= 0:
                for start in range(0, len(queue), SEND_MANY_BATCH):
                    rows = queue[start:start + SEND_MANY_BATCH]
                    if self._held_until.get(notifier.name, 0) > time.time():
                        stats.held += len(rows)
                        continue
                    async with slots:
                        ok = await self._send_batch(notifier, rows, stats)
                    if not ok:
                        break
                return
            for d in queue:
                if self._held_until.get(notifier.name, 0) > time.time():
                    stats.held += 1
                    continue
                await self._pace(notifier, target)
                async with slots:
                    ok = await self._send_one(notifier, d, stats)
                if not ok:
                    break  # keep this target's order: later rows wait for the next sweep

        await asyncio.gather(*(one_target(t, q) for t, q in per_target.items()))

    def _interval(self, notifier: Notifier, target: str) -> float:
        fn = getattr(notifier, "interval_for", None)
        return float(fn(target)) if callable(fn) else notifier.min_interval

    async def _pace(self, notifier: Notifier, target: str) -> None:
        interval = self._interval(notifier, target)
        if interval <= 0:
            return
        key = (notifier.name, target)
        last = self._last_sent.get(key)
        now = time.monotonic()
        if last is not None and now - last < interval:
            await asyncio.sleep(interval - (now - last))
        self._last_sent[key] = time.monotonic()

    async def _send_one(self, notifier: Notifier, d: Delivery, stats: SweepStats) -> bool:
        store = self.store
        if d.alert.kind == "update" and d.thread_ref is None:
            # The event's first message may have gone out earlier in this sweep.
            ref = await store.run(store.thread_ref, d.alert.event.id, notifier.name, d.target)
            if ref is not None:
                d = Delivery(d.id, d.alert, d.target, d.attempts, ref)
        try:
            async with asyncio.timeout(self.send_timeout):
                ref = await notifier.send(d)
        except Exception as exc:
            return await self._failed(notifier, d, exc, stats)
        self._hold_count.pop(notifier.name, None)
        stats.sent += 1
        await store.run(store.mark_sent, d, ref, utcnow())
        return True

    async def _send_batch(self, notifier: Notifier, rows: list[Delivery],
                          stats: SweepStats) -> bool:
        store = self.store
        try:
            async with asyncio.timeout(self.send_timeout):
                refs = await notifier.send_many(rows)  # type: ignore[attr-defined]
        except Exception as exc:
            return await self._failed(notifier, rows[0], exc, stats)
        self._hold_count.pop(notifier.name, None)
        stats.sent += len(rows)
        await store.run(store.mark_sent_many, rows, list(refs), utcnow())
        return True

    async def _failed(self, notifier: Notifier, d: Delivery, exc: Exception,
                      stats: SweepStats) -> bool:
        """Record a failed send of `d` as its error says; always False."""
        store = self.store
        where = f"{notifier.name}" + (f" → {d.target}" if d.target else "")
        if isinstance(exc, ChatMoved) and exc.new_target and exc.new_target != d.target:
            # Not a failure: the row (now addressed to the new id) stays due,
            # and the next sweep, at once, sends it there.
            log.info("%s: %s; moving this chat's subscriptions and queue to %s",
                     where, exc, exc.new_target)
            await store.run(store.move_chat, notifier.name, d.target, exc.new_target)
            return False
        if isinstance(exc, TargetGone):
            stats.dropped += 1
            log.warning("%s: %s; pausing this chat's subscriptions", where, exc)
            await store.run(store.pause_chat, notifier.name, d.target, str(exc))
            await store.run(store.mark_dropped, d, str(exc))
            return False
        if isinstance(exc, PermanentError):
            stats.failed += 1
            self._hold_count[notifier.name] += 1
            hold = min(self.hold_delay * 2 ** (self._hold_count[notifier.name] - 1),
                       self.max_delay)
            until = time.time() + hold
            self._held_until[notifier.name] = until
            message = str(exc)
            if (notifier.name, message) not in self._reported:
                self._reported.add((notifier.name, message))
                log.error("%s: %s — alerts stay queued and go out once this is fixed",
                          notifier.name, message)
            stats.errors.append(f"{notifier.name}: {message}")
            await store.run(store.mark_failed, d, message, until)
            await store.run(store.defer_notifier, notifier.name, until)
            await store.run(store.record_notifier_error, notifier.name, message, utcnow(), True)
            return False
        # TemporaryError and anything unexpected: retry later
        stats.failed += 1
        retry_after = exc.retry_after if isinstance(exc, TemporaryError) else None
        delay = max(self.backoff(d.attempts), retry_after or 0.0)
        message = str(exc) or type(exc).__name__
        log.warning("%s: delivery %d failed (%s); retry in %.0fs", where, d.id, message, delay)
        stats.errors.append(f"{notifier.name}: {message}")
        await store.run(store.mark_failed, d, message, time.time() + delay)
        await store.run(store.record_notifier_error, notifier.name, message, utcnow(), False)
        return False

    async def next_due(self) -> float | None:
        return await self.store.run(self.store.next_due, list(self.notifiers))

    async def deliver_until_idle(self, max_wait: float = 30.0) -> SweepStats:
        """Sweep until nothing is due within `max_wait` seconds of starting.

        `once` uses it: short retries (a 429's Retry-After, a flaky 5xx) are
        waited out; anything longer stays queued for the next run.
        """
        total = SweepStats()
        deadline = time.time() + max_wait
        while True:
            s = await self.sweep()
            total.sent += s.sent
            total.failed += s.failed
            total.dropped += s.dropped
            total.held += s.held
            total.errors += s.errors
            due = await self.next_due()
            if due is None or due > deadline:
                return total
            await asyncio.sleep(max(0.0, due - time.time()))

    async def run(self, stop: asyncio.Event, tick: float = 1.0) -> None:
        """Deliver until `stop` is set, then finish what is due and return."""
        while not stop.is_set():
            try:
                await self.sweep()
            except Exception:
                log.exception("delivery sweep failed; retrying")
            due = await self.next_due()
            wait = tick if due is None else min(tick, max(0.0, due - time.time()))
            self._wake.clear()
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            _, pending = await asyncio.wait(waiters, timeout=max(wait, 0.05),
                                            return_when=asyncio.FIRST_COMPLETED)
            for w in pending:
                w.cancel()
        await self.deliver_until_idle(max_wait=5.0)
