"""One alert per layoff event: syndication, mirrors, republishes, old rounds, updates.

Three feeds carry the same dozen real stories (from the labelled corpus):
the originals; a mirror with new links and outlet-suffixed titles; and a
republish with new guids and utm parameters. One more original is 60 days
old. Each story must alert exactly once, the old one never; a later report
doubling one company's count must produce exactly one `update`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import bot
from feedserver import FeedServer
from support import Entry, clear_stories, corpus, read_alerts, recent, rss, write_config

SUFFIXES = [" - Reuters", " | TechNode", " – Pandaily", "（图）", " - 新浪科技", " | 36氪"]


def dozen() -> list[dict]:
    seen: set[str] = set()
    out = []
    for row in clear_stories("en") + clear_stories("zh"):
        # One story per company and per page (one article may report two companies).
        if row["company"] not in seen and row["url"] not in seen:
            seen.update((row["company"], row["url"]))
            out.append(row)
    return out[:13]  # twelve fresh stories and one old one


def mirror_link(url: str) -> str:
    return "https://mirror.example.net/a/" + hashlib.sha1(url.encode()).hexdigest()[:12]


def once(cfg: Path, state: Path) -> None:
    assert bot.main(["--config", str(cfg), "--state", str(state), "--log-level", "WARNING",
                     "once", "--wait", "1"]) == 0


def test_a_dozen_syndicated_stories_alert_once_each_and_an_update_once(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    *stories, old = dozen()
    assert len(stories) == 12
    originals = [Entry(r["title"], r["url"], f"orig-{r['id']}", recent(3), r["summary"])
                 for r in stories]
    originals.append(Entry(old["title"], old["url"], f"orig-{old['id']}", recent(24 * 60),
                           old["summary"]))
    mirror = [Entry(r["title"] + SUFFIXES[i % len(SUFFIXES)], mirror_link(r["url"]),
                    f"mirror-{i}", recent(2), r["summary"]) for i, r in enumerate(stories)]
    republish = [Entry(r["title"], r["url"] + "?utm_source=feed&utm_medium=rss",
                       f"repub-{i}", recent(1), r["summary"]) for i, r in enumerate(stories)]
    feed_server.add("/orig.xml", rss(originals))
    feed_server.add("/mirror.xml", rss(mirror))
    feed_server.add("/repub.xml", rss(republish))
    cfg = write_config(tmp_path, [("orig", feed_server.url("/orig.xml")),
                                  ("mirror", feed_server.url("/mirror.xml")),
                                  ("repub", feed_server.url("/repub.xml"))])
    state = tmp_path / "state"
    once(cfg, state)
    alerts = read_alerts(tmp_path / "alerts.jsonl")
    assert sorted(a["company"] for a in alerts) == sorted(r["company"] for r in stories), alerts
    assert all(a["kind"] == "new" for a in alerts)
    assert old["company"] not in {a["company"] for a in alerts}
    # Every copy of a story joined its event.
    assert sorted(len(a["sources"]) >= 1 for a in alerts) == [True] * 12

    # A second pass over the same three feeds (a restart: state from the database) is silent.
    once(cfg, state)
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 12

    # A later report doubles one company's count: exactly one update.
    target = stories[0]
    doubled = target["count"] * 2
    later = Entry(target["title"].replace(f"{target['count']:,}", f"{doubled:,}"),
                  "https://later.example.org/follow-up", "later-1", recent(0.5),
                  target["summary"].replace(f"{target['count']:,}", f"{doubled:,}"))
    assert later.title != target["title"], "the story's headline carries its count"
    feed_server.add("/orig.xml", rss([later, *originals]))
    once(cfg, state)
    new_alerts = read_alerts(tmp_path / "alerts.jsonl")[12:]
    assert len(new_alerts) == 1
    update = new_alerts[0]
    assert update["kind"] == "update" and update["company"] == target["company"]
    assert update["count"] == doubled
    assert update["changes"] == [f"count {target['count']:,} → {doubled:,}"]
    first = next(a for a in alerts if a["company"] == target["company"])
    assert update["event_id"] == first["event_id"]


def test_english_and_chinese_reports_of_one_layoff_make_one_event(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    rows = {r["id"]: r for r in corpus()}
    pairs = [("en-0077", "zh-0054"), ("en-0187", "zh-0063"), ("en-0207", "zh-0114")]
    feed = [Entry(rows[i]["title"], rows[i]["url"], i, recent(2), rows[i]["summary"])
            for pair in pairs for i in pair]
    feed_server.add("/both.xml", rss(feed))
    cfg = write_config(tmp_path, [("both", feed_server.url("/both.xml"))])
    once(cfg, tmp_path / "state")
    alerts = read_alerts(tmp_path / "alerts.jsonl")
    assert sorted(a["company"] for a in alerts) == sorted(rows[en]["company"] for en, _ in pairs)
    for a in alerts:
        assert len(a["sources"]) == 1  # the alert went out before the second language joined
    assert bot.main(["--config", str(cfg), "--state", str(tmp_path / "state"), "events",
                     "--json"]) == 0
