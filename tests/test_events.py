"""Clustering reports into events, and what counts as news about an event."""

from __future__ import annotations

from datetime import timedelta

from events import Candidate, assign, similarity, story_title
from models import Detection, Item, Status, utcnow

NOW = utcnow()
WINDOW = timedelta(days=14)


def det(count: int | None = None, percent: float | None = None, status: Status = "confirmed",
        new_round: bool = False, company: str = "Tencent") -> Detection:
    return Detection(is_layoff=True, company=company, count=count, percent=percent,
                     status=status, new_round=new_round)


def item(title: str, days_ago: float = 0, url: str = "") -> Item:
    return Item(source="s", title=title, url=url or f"https://ex.com/{abs(hash(title))}",
                published=NOW - timedelta(days=days_ago))


def first(title: str, d: Detection, days_ago: float = 0) -> Candidate:
    ch = assign(d, item(title, days_ago), [], now=NOW - timedelta(days=days_ago), window=WINDOW)
    assert ch.is_new
    return Candidate(ch.event, ch.titles, ch.revision)


def test_story_title_drops_outlet_suffixes_and_wire_prefixes() -> None:
    expected = "tencent to cut 1,000 jobs"
    assert story_title("UPDATE 2-Tencent to cut 1,000 jobs - Reuters") == expected
    assert story_title("Tencent to cut 1,000 jobs | TechNode") == "tencent to cut 1,000 jobs"
    assert story_title("腾讯裁员千人（图）") == "腾讯裁员千人"
    assert similarity(story_title("腾讯裁员千人 - 新浪科技"), story_title("腾讯裁员千人")) == 1.0


def test_same_story_from_another_outlet_joins_without_news() -> None:
    c = first("Tencent to cut 1,000 jobs in games unit", det(1000))
    ch = assign(det(1000), item("Tencent to cut 1,000 jobs in games unit - Reuters"), [c],
                now=NOW, window=WINDOW)
    assert not ch.is_new and ch.changes == () and ch.event.id == c.event.id
    assert len(ch.event.sources) == 2


def test_higher_count_is_an_update_saying_what_changed() -> None:
    c = first("Tencent lays off 1,000", det(1000))
    ch = assign(det(2000), item("Tencent layoffs reach 2,000, sources say"), [c],
                now=NOW, window=WINDOW)
    assert ch.event.id == c.event.id and ch.revision == 1
    assert ch.changes == ("count 1,000 → 2,000",)
    assert ch.event.count == 2000


def test_lower_count_from_a_later_report_is_not_news() -> None:
    c = first("Tencent lays off 2,000", det(2000))
    ch = assign(det(1500), item("Tencent cuts 1,500 jobs"), [c], now=NOW, window=WINDOW)
    assert ch.changes == () and ch.event.count == 2000


def test_rumour_then_confirmation_is_an_update() -> None:
    c = first("腾讯被曝裁员", det(status="reported"))
    ch = assign(det(status="confirmed", percent=10), item("腾讯确认裁员10%"), [c],
                now=NOW, window=WINDOW)
    assert ch.changes == ("percent unknown → 10%", "status reported → confirmed")


def test_new_round_with_different_numbers_is_a_new_event() -> None:
    c = first("Tencent lays off 1,000", det(1000), days_ago=5)
    ch = assign(det(3000, new_round=True), item("Tencent begins another round of layoffs, 3,000"),
                [c], now=NOW, window=WINDOW)
    assert ch.is_new


def test_far_apart_numbers_are_different_layoffs() -> None:
    c = first("Tencent lays off 100 in Shenzhen", det(100))
    ch = assign(det(5000), item("Tencent to cut 5,000 jobs"), [c], now=NOW, window=WINDOW)
    assert ch.is_new


def test_old_round_resurfacing_joins_its_event_quietly() -> None:
    c = first("Tencent lays off 1,000", det(1000), days_ago=60)
    ch = assign(det(1000), item("Looking back: Tencent's 1,000 layoffs"), [c], now=NOW,
                window=WINDOW)
    assert not ch.informative and ch.event.id == c.event.id


def test_outside_window_with_new_numbers_is_a_new_event() -> None:
    c = first("Tencent lays off 1,000", det(1000), days_ago=60)
    ch = assign(det(1500), item("Tencent to cut 1,500 jobs"), [c], now=NOW, window=WINDOW)
    assert ch.is_new


def test_a_vague_lower_bound_and_the_exact_figure_are_one_layoff() -> None:
    c = first("Meta to lay off thousands of staff, reports say",
              Detection(is_layoff=True, company="Meta", count=1000, count_is_lower_bound=True,
                        status="reported"))
    ch = assign(det(11000, company="Meta"), item("Meta lays off 11,000 employees"), [c],
                now=NOW, window=WINDOW)
    assert ch.event.id == c.event.id
    assert ch.changes == ("count ≥1,000 → 11,000", "status reported → confirmed")
    hundreds = first("Meta cuts hundreds of jobs",
                     Detection(is_layoff=True, company="Meta", count=100,
                               count_is_lower_bound=True))
    assert assign(det(11000, company="Meta"), item("Meta lays off 11,000 employees"),
                  [hundreds], now=NOW, window=WINDOW).is_new
