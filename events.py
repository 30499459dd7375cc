"""The same layoff from many sources -> one event; what a later report changes.

An item joins an existing event of the same company when it is plausibly the
same layoff: a near-duplicate headline (syndication, mirrors, republishes),
or a report inside the clustering window whose numbers are compatible. A
report marked as a new round ("another", "second round", 再次, 新一轮) with
different numbers, or far from the event in time, opens a new event.

Joining changes the event only when it adds knowledge — a first or higher
count or percent, rumour -> confirmed, planned -> done — and that change is
what an `update` alert says. Anything else just adds the article to
`sources`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from models import Detection, Event, Item, Status

# rumour < plan < done: a later report may only move an event rightwards.
_STATUS_RANK: dict[Status, int] = {"reported": 0, "planned": 1, "confirmed": 2}
_COUNT_RATIO = 4.0  # counts further apart than this are different layoffs
_LOWER_BOUND_RATIO = 20.0  # ... unless the smaller is only a lower bound ("thousands")
_SAME_TITLE = 0.6  # token-set similarity above which two headlines are one story
_NEW_ROUND_GAP = timedelta(days=2)

# Syndication decorations that say nothing about the story.
_PREFIX = re.compile(
    r"^\s*(?:update[d]?\s*\d*|exclusive|breaking|corrected|refile|analysis|独家|快讯|突发|更新)"
    r"\s*[:：\-–—|]\s*",
    re.I,
)
_SUFFIX = re.compile(r"\s*(?:[-–—|｜]\s*[^-–—|｜]{1,40}|[（(【\[][^）)】\]]{1,8}[）)】\]])\s*$")


# Both are called for every candidate title on every report (the same few hundred titles
# over and over in a busy pass): cached, they cost a dict lookup.
@functools.lru_cache(maxsize=8192)
def story_title(title: str) -> str:
    """A headline without outlet suffixes and wire prefixes, normalised."""
    text = unicodedata.normalize("NFKC", title).strip()
    for _ in range(2):
        text = _PREFIX.sub("", text)
        stripped = _SUFFIX.sub("", text)
        # Keep the suffix if removing it would leave almost nothing.
        shortest = 4 if re.search(r"[\u3400-\u9fff]", stripped) else 8
        if len(stripped) >= max(shortest, len(text) // 3):
            text = stripped
    return re.sub(r"\s+", " ", text).casefold().strip()


@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> frozenset[str]:
    words = set(re.findall(r"[a-z0-9]+(?:[.,][0-9]+)*", text))
    han = re.sub(r"[^\u3400-\u9fff]", "", text)
    return frozenset(words | {han[i : i + 2] for i in range(len(han) - 1)})


def similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing event with what clustering needs to know about it."""

    event: Event
    titles: tuple[str, ...]  # story_title() of every member item
    revision: int


@dataclass(frozen=True, slots=True)
class EventChange:
    event: Event
    titles: tuple[str, ...]
    revision: int
    is_new: bool
    changes: tuple[str, ...] = ()  # what the item added to an existing event

    @property
    def informative(self) -> bool:
        return self.is_new or bool(self.changes)


def _counts_compatible(det: Detection, event: Event) -> bool:
    a, b = det.count, event.count
    if a is None or b is None or a <= 0 or b <= 0:
        return True
    lo, hi = sorted((a, b))
    # "Thousands of jobs" (1,000 as a lower bound) and a later "11,000" are one
    # layoff; "hundreds" and 11,000 are not.
    lower_bound = det.count_is_lower_bound if a == lo else event.count_is_lower_bound
    return hi <= lo * (_LOWER_BOUND_RATIO if lower_bound else _COUNT_RATIO)


def _percents_compatible(a: float | None, b: float | None) -> bool:
    if a is None or b is None or a <= 0 or b <= 0:
        return True
    lo, hi = sorted((a, b))
    return hi <= lo * 2.5


def _numbers_differ(det: Detection, event: Event) -> bool:
    if det.count is not None and event.count is not None:
        return abs(det.count - event.count) > 0.15 * max(det.count, event.count)
    if det.percent is not None and event.percent is not None:
        return abs(det.percent - event.percent) > 2
    return False


def _same_event(
    det: Detection, title: str, when: datetime, cand: Candidate, window: timedelta
) -> bool:
    event = cand.event
    if any(similarity(title, t) >= _SAME_TITLE for t in cand.titles):
        return True
    anchor = event.published or event.first_seen
    gap = abs(when - anchor)
    if gap > window:
        # An old round mentioned again: the same numbers mean the same layoff.
        return (
            det.count is not None and det.count == event.count
        ) or (det.percent is not None and det.percent == event.percent)
    if det.new_round and (_numbers_differ(det, event) or gap > _NEW_ROUND_GAP):
        return False
    return _counts_compatible(det, event) and _percents_compatible(
        det.percent, event.percent
    )


def _event_id(company: str, item: Item) -> str:
    seed = f"{company.casefold()}\n{item.url}\n{item.title}"
    return "ev_" + hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:16]


def _fmt(n: float | None, pct: bool = False) -> str:
    if n is None:
        return "unknown"
    return f"{n:g}%" if pct else f"{int(n):,}"


def assign(
    det: Detection,
    item: Item,
    candidates: list[Candidate],
    *,
    now: datetime,
    window: timedelta,
) -> EventChange:
    """Put one detected layoff report into an event: a new one, or the best existing match."""
    assert det.company is not None, "only reports naming a company make events"
    title = story_title(item.title)
    when = item.published or now
    match = next(
        (c for c in candidates if _same_event(det, title, when, c, window)), None
    )
    if match is None:
        event = Event(
            id=_event_id(det.company, item),
            company=det.company,
            count=det.count,
            count_is_lower_bound=det.count_is_lower_bound,
            percent=det.percent,
            status=det.status,
            title=item.title,
            url=item.url,
            published=item.published,
            source=item.source,
            sources=(item.url,) if item.url else (),
            first_seen=now,
            last_seen=now,
            summary=item.summary[:500],
        )
        return EventChange(event=event, titles=(title,), revision=0, is_new=True)

    old = match.event
    changes: list[str] = []
    count, lower = old.count, old.count_is_lower_bound
    if det.count is not None and (
        old.count is None
        or det.count > old.count
        or (det.count == old.count and old.count_is_lower_bound and not det.count_is_lower_bound)
    ):
        if det.count != old.count or old.count_is_lower_bound != det.count_is_lower_bound:
            was = ("≥" if old.count_is_lower_bound else "") + _fmt(old.count)
            now_ = ("≥" if det.count_is_lower_bound else "") + _fmt(det.count)
            changes.append(f"count {was} → {now_}")
        count, lower = det.count, det.count_is_lower_bound
    percent = old.percent
    if det.percent is not None and (old.percent is None or det.percent > old.percent + 0.5):
        changes.append(f"percent {_fmt(old.percent, True)} → {_fmt(det.percent, True)}")
        percent = det.percent
    status = old.status
    if _STATUS_RANK[det.status] > _STATUS_RANK[old.status]:
        changes.append(f"status {old.status} → {det.status}")
        status = det.status
    sources = old.sources
    if item.url and item.url not in sources:
        sources = (*sources, item.url)
    titles = match.titles if title in match.titles else (*match.titles, title)
    updated = replace(
        old,
        count=count,
        count_is_lower_bound=lower,
        percent=percent,
        status=status,
        sources=sources,
        last_seen=now,
    )
    if changes:
        # The report that changed what is known is the one to show.
        updated = replace(updated, title=item.title, url=item.url or old.url,
                          summary=item.summary[:500] or old.summary)
    return EventChange(
        event=updated,
        titles=titles,
        revision=match.revision + (1 if changes else 0),
        is_new=False,
        changes=tuple(changes),
    )
