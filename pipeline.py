"""One pass of one source: fetch -> items -> detections -> events -> alerts -> outbox.

`Pipeline.poll(source)` is what the scheduler runs per source and what `once`
runs for every source at once. Fetching is async (watchers/); everything
after it happens in `ingest()`, on the store's writer thread, inside ONE
transaction: the items seen, the events they make or change, the alerts and
their outbox rows commit together or not at all, so a crash can neither
lose an alert (the items would be unseen again) nor queue one twice.

Watchers never touch the database: validators (ETag, Last-Modified, body
hash) go in from the store and come back out in the FetchResult.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

import watchers
from config import Config
from dedup import item_keys
from events import Candidate, EventChange, assign
from matching import rule_matches
from models import Alert, Detection, Item, utcnow
from notifiers.base import Notifier
from store import NewItem, Store
from watchers import parsepool
from watchers.base import FetchResult, SourceConfig, Validators

log = logging.getLogger(__name__)

MAX_BACKOFF = 6 * 3600.0  # a failing source is still tried at least this often
_OLD_ROUND_HORIZON = timedelta(days=365)
_DETECT_MEMO = 4096  # distinct texts remembered; a few MB at most


class DetectorLike:
    """What the pipeline needs of a detector. `detect` must depend only on the
    item's title, summary and lang: the pipeline memoises it on those."""

    def detect(self, item: Item) -> Detection | None:  # pragma: no cover - protocol
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class PollReport:
    source: str
    outcome: str  # ok | not_modified | error | gone | skipped
    items: int = 0  # entries in the feed
    new_items: int = 0  # entries never seen before
    layoffs: int = 0  # new entries detected as layoff reports
    alerts: int = 0  # outbox rows queued
    error: str | None = None
    elapsed: float = 0.0


def backoff_delay(every: float, failures: int, retry_after: float | None = None) -> float:
    """Seconds until a failing source is tried again: doubling from its
    interval, capped, never sooner than the server's Retry-After."""
    delay = min(every * 2.0 ** max(failures - 1, 0), max(MAX_BACKOFF, every))
    return max(delay, retry_after or 0.0)


class Pipeline:
    def __init__(
        self,
        config: Config,
        store: Store,
        detector: DetectorLike,
        client: httpx.AsyncClient,
        notifiers: dict[str, Notifier],
        *,
        on_alerts: Callable[[], None] | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.detector = detector
        self.client = client
        self.notifiers = notifiers  # active ones only: alerts for the others aren't queued
        self.on_alerts = on_alerts
        self._inflight: set[asyncio.Task[object]] = set()
        self._memo: OrderedDict[tuple[str, str, str | None], Detection | None] = OrderedDict()
        self._memo_owner: DetectorLike | None = None

    async def poll(self, source: SourceConfig, *, force: bool = False) -> PollReport:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            return await self._poll(source, force=force)
        finally:
            if task is not None:
                self._inflight.discard(task)

    async def _poll(self, source: SourceConfig, *, force: bool) -> PollReport:
        row = await self.store.run(self.store.source, source.name)
        url = source.feed_url()
        if row is not None and row.disabled and row.url == url:
            return PollReport(source.name, "skipped", error=row.disabled)
        if not force and row is not None and row.next_poll and time.time() < row.next_poll:
            return PollReport(source.name, "skipped", error="backing off")
        validators = (
            Validators(row.etag, row.last_modified, row.content_hash) if row else Validators()
        )
        started = time.monotonic()
        watchers.use_detector(self.detector)  # parse workers detect too (cheap if unchanged)
        result = await watchers.poll(source, self.client, validators)
        report = await self.store.run_grouped(self.ingest, source, result, utcnow())
        if report.alerts and self.on_alerts is not None:
            self.on_alerts()
        return dataclasses.replace(report, elapsed=time.monotonic() - started)

    async def poll_all(self, sources: Sequence[SourceConfig] | None = None) -> list[PollReport]:
        """Every enabled source once, concurrently; one failing never stops the others."""
        todo = [s for s in (sources or self.config.sources) if s.enabled]
        watchers.use_detector(self.detector)
        parsepool.expect(len(todo))
        results = await asyncio.gather(
            *(self.poll(s, force=True) for s in todo), return_exceptions=True
        )
        reports: list[PollReport] = []
        for src, res in zip(todo, results, strict=True):
            if isinstance(res, BaseException):
                log.error("source %s: unexpected failure: %r", src.name, res)
                reports.append(PollReport(src.name, "error", error=repr(res)))
            else:
                reports.append(res)
        return reports

    async def wait_inflight(self) -> None:
        current = asyncio.current_task()
        pending = [t for t in self._inflight if t is not current]
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    # -- everything below runs on the store's writer thread ------------------

    def ingest(self, source: SourceConfig, result: FetchResult, now: datetime) -> PollReport:
        store = self.store
        with store.transaction():
            row = store.source(source.name)
            url = source.feed_url()
            if result.outcome in ("ok", "not_modified"):
                first_poll = row is None or row.first_success is None
                # A source added to a running installation must not flood
                # users with its backlog; on a brand-new install, max_age
                # alone bounds what the first pass alerts.
                quiet = (
                    first_poll
                    and not self.config.settings.new_source_backlog
                    and source.name
                    not in store.initial_sources([s.name for s in self.config.sources])
                )
                new, layoffs, queued = self._ingest_items(result, now, quiet=quiet)
                v = result.validators
                store.record_poll(
                    source.name, url=url, now=now, ok=True, etag=v.etag,
                    last_modified=v.last_modified, content_hash=v.content_hash,
                    next_poll=None, new_items=new,
                )
                return PollReport(source.name, result.outcome, len(result.items), new, layoffs,
                                  queued)
            failures = (row.consecutive_failures if row else 0) + 1
            if result.outcome == "gone":
                reason = f"disabled: the feed answered {result.http_status or 410} Gone"
                log.error("source %s: %s; fix its url in rules.yaml to re-enable it",
                          source.name, reason)
                store.record_poll(source.name, url=url, now=now, ok=False, error=reason,
                                  disabled=reason)
                return PollReport(source.name, "gone", error=reason)
            delay = backoff_delay(source.every, failures, result.retry_after)
            store.record_poll(
                source.name, url=url, now=now, ok=False, error=result.error,
                next_poll=time.time() + delay,
            )
            # watchers/ already logged the reason at WARNING; this adds the schedule.
            log.info("source %s: failure %d in a row; next try in %ds", source.name, failures,
                     int(delay))
            return PollReport(source.name, "error", error=result.error)

    def _ingest_items(
        self, result: FetchResult, now: datetime, *, quiet: bool
    ) -> tuple[int, int, int]:
        store = self.store
        settings = self.config.settings
        cutoff = now - timedelta(seconds=settings.max_age)
        items = result.items
        # Keys usually come computed with the parse (in a worker process).
        all_keys = (result.keys if len(result.keys) == len(items)
                    else tuple(tuple(item_keys(item)) for item in items))
        # One query for the whole feed; keys of entries taken below join the
        # set, so a feed repeating an entry records it once.
        seen = store.seen(k for keys in all_keys for k in keys)
        # Detections from a parse worker count only if made by the detector
        # we hold now (a config reload replaces it).
        detected = (result.detections if result.detected_by is self.detector
                    and len(result.detections) == len(items) else None)
        fresh: list[NewItem] = []
        new = layoffs = queued = 0
        for i, (item, keys) in enumerate(zip(items, all_keys, strict=True)):
            if any(k in seen for k in keys):
                continue
            seen.update(keys)
            new += 1
            det = detected[i] if detected is not None else self._detect(item)
            event_id = None
            if det is not None and det.company:
                layoffs += 1
                change = self._cluster(det, item, now)
                event_id = change.event.id
                stale = quiet or (item.published is not None and item.published < cutoff)
                if stale:
                    log.info("not alerting %r: %s", item.title,
                             "backlog of a new source" if quiet else "older than max_age")
                elif change.informative:
                    queued += self._enqueue(change, now)
            fresh.append(NewItem(keys, source=item.source, guid=item.guid, url=item.url,
                                 title=item.title, published=item.published,
                                 layoff=det is not None, event_id=event_id))
        # Same transaction as the events and alerts above (ingest's), one batch.
        store.add_items(fresh, now)
        return new, layoffs, queued

    def _detect(self, item: Item) -> Detection | None:
        # The same story reaches many feeds word for word (wire copy, Google
        # News queries that overlap, syndication), and detection reads only the
        # text and its language: each distinct text is analysed once. Profiled
        # as the largest cost of a cold pass. Reset when the detector is
        # replaced (config reload).
        if self._memo_owner is not self.detector:
            self._memo.clear()
            self._memo_owner = self.detector
        key = (item.title, item.summary, item.lang)
        if key in self._memo:
            self._memo.move_to_end(key)
            return self._memo[key]
        det = self.detector.detect(item)
        self._memo[key] = det
        if len(self._memo) > _DETECT_MEMO:
            self._memo.popitem(last=False)
        return det

    def _cluster(self, det: Detection, item: Item, now: datetime) -> EventChange:
        assert det.company is not None
        store = self.store
        when = item.published or now
        candidates = [
            Candidate(event, titles, revision)
            for event, titles, revision in store.events_for_company(
                det.company.casefold(), when - _OLD_ROUND_HORIZON
            )
        ]
        change = assign(
            det, item, candidates, now=now,
            window=timedelta(seconds=self.config.settings.cluster_window),
        )
        store.save_event(change.event, revision=change.revision, titles=change.titles)
        return change

    def _enqueue(self, change: EventChange, now: datetime) -> int:
        store = self.store
        ev = change.event
        queued = 0
        for rule in self.config.rules:
            if not rule_matches(rule, company=ev.company, count=ev.count, percent=ev.percent,
                                status=ev.status):
                continue
            for name in rule.notify:
                notifier = self.notifiers.get(name)
                if notifier is None:
                    continue
                update = store.alerted_before(ev.id, rule.name, name)
                alert = Alert(kind="update" if update else "new", event=ev, rule=rule.name,
                              notifier=name, changes=change.changes if update else ())
                queued += store.enqueue(alert, change.revision, notifier.targets(), now)
        for name, notifier in self.notifiers.items():
            if not getattr(notifier.config, "subscriptions", False):
                continue
            chats = store.subscribers(name, company=ev.company, count=ev.count,
                                      percent=ev.percent)
            known = store.delivered_targets(ev.id, name, chats)
            fresh = [c for c in chats if c not in known]
            seen = [c for c in chats if c in known]
            for kind, targets in (("new", fresh), ("update", seen)):
                if targets and (kind == "new" or change.changes):
                    alert = Alert(kind=kind, event=ev, rule="subscription", notifier=name,  # type: ignore[arg-type]
                                  changes=change.changes if kind == "update" else ())
                    queued += store.enqueue(alert, change.revision, targets, now)
        return queued
