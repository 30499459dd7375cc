"""One pass end to end in-process: feeds -> alerts in a jsonl archive.

Real headlines from the labelled corpus are served by the loopback feed
server; the real detector, store and delivery loop run on them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bot
from feedserver import FeedServer
from store import Store
from support import Entry, clear_stories, corpus, read_alerts, recent, rss, write_config

CONTRACT = {"kind", "event_id", "company", "count", "count_is_lower_bound", "percent", "status",
            "title", "url", "published", "source", "sources", "rule", "notifier"}


def stories(n: int, lang: str = "en", offset: int = 0) -> list[dict]:
    """n labelled layoff items about n different companies, with a headcount."""
    seen: set[str] = set()
    out = []
    for row in clear_stories(lang):
        if row["company"] not in seen:
            seen.add(row["company"])
            out.append(row)
    assert len(out) >= offset + n, "the corpus has enough clearly detected stories"
    return out[offset : offset + n]


def negatives(n: int, lang: str = "en") -> list[dict]:
    return corpus(lang, "not_layoff")[:n]


def entries(rows: list[dict], hours: float = 2, prefix: str = "") -> list[Entry]:
    return [
        Entry(title=r["title"], link=r["url"], guid=f"{prefix}{r['id']}", published=recent(hours),
              summary=r["summary"])
        for r in rows
    ]


def once(config: Path, state: Path, *extra: str) -> int:
    return bot.main(["--config", str(config), "--state", str(state), "--log-level", "WARNING",
                     "once", "--wait", "2", *extra])


def test_first_pass_alerts_second_pass_fetches_conditionally_and_stays_silent(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    layoffs = stories(3)
    feed_server.add("/news.xml", rss(entries(layoffs) + entries(negatives(3))), etag='"v1"')
    cfg = write_config(tmp_path, [("news", feed_server.url("/news.xml"))])
    alerts_path = tmp_path / "alerts.jsonl"

    assert once(cfg, tmp_path / "state") == 0
    alerts = read_alerts(alerts_path)
    assert {a["company"] for a in alerts} == {r["company"] for r in layoffs}
    assert all(a["kind"] == "new" and set(a) >= CONTRACT for a in alerts)
    by_company = {a["company"]: a for a in alerts}
    for r in layoffs:
        assert by_company[r["company"]]["count"] == r["count"]
        assert by_company[r["company"]]["url"] == r["url"]
        assert by_company[r["company"]]["source"] == "news"

    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(alerts_path)) == len(alerts)
    last = feed_server.requests("/news.xml")[-1]
    assert last.get("if-none-match") == '"v1"'


def test_restart_and_republish_with_new_guids_and_tracking_links_do_not_realert(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    rows = stories(2)
    feed_server.add("/a.xml", rss(entries(rows)))
    cfg = write_config(tmp_path, [("a", feed_server.url("/a.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 2

    republished = [
        Entry(title=r["title"], link=r["url"] + "?utm_source=rss&utm_medium=feed",
              guid=f"new-{r['id']}", published=recent(1), summary=r["summary"])
        for r in rows
    ]
    feed_server.add("/a.xml", rss(republished))
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 2


def test_items_older_than_max_age_are_recorded_but_never_alerted(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    old, fresh = stories(2)
    feed = entries([old], hours=24 * 5) + entries([fresh], hours=1)
    feed_server.add("/f.xml", rss(feed))
    cfg = write_config(tmp_path, [("f", feed_server.url("/f.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert [a["company"] for a in read_alerts(tmp_path / "alerts.jsonl")] == [fresh["company"]]
    store = Store(tmp_path / "state" / "layoffwatch.db")
    assert store.item_count() == 2
    store.close()


def test_a_newly_added_source_does_not_alert_its_backlog(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    first, backlog, later = stories(1), stories(2, offset=1), stories(1, offset=3)
    feed_server.add("/one.xml", rss(entries(first)))
    cfg = write_config(tmp_path, [("one", feed_server.url("/one.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 1

    feed_server.add("/two.xml", rss(entries(backlog)))
    cfg = write_config(tmp_path, [("one", feed_server.url("/one.xml")),
                                  ("two", feed_server.url("/two.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 1  # backlog recorded, not alerted

    feed_server.add("/two.xml", rss(entries(backlog) + entries(later, hours=0.1)))
    assert once(cfg, tmp_path / "state") == 0
    alerts = read_alerts(tmp_path / "alerts.jsonl")
    assert [a["company"] for a in alerts[1:]] == [later[0]["company"]]


def test_broken_sources_are_reported_backed_off_and_do_not_stop_the_others(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.add("/ok.xml", rss(entries(stories(1))))
    feed_server.add("/500.xml", b"oops", status=500)
    feed_server.add("/html.xml", b"<html><body>Not a feed</body></html>", content_type="text/html")
    cfg = write_config(tmp_path, [
        ("healthy", feed_server.url("/ok.xml")),
        ("server-error", feed_server.url("/500.xml")),
        ("not-a-feed", feed_server.url("/html.xml")),
        ("refused", FeedServer.refused_url()),
    ])
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 1
    err = capsys.readouterr().err
    for name in ("server-error", "not-a-feed", "refused"):
        assert f"source {name}:" in err

    assert bot.main(["--config", str(cfg), "--state", str(tmp_path / "state"), "status",
                     "--json"]) == 0
    status = {s["name"]: s for s in json.loads(capsys.readouterr().out)["sources"]}
    assert status["healthy"]["state"] == "ok"
    for name in ("server-error", "not-a-feed", "refused"):
        assert status[name]["state"] == "failing"
        assert status[name]["consecutive_failures"] == 1
        assert status[name]["next_poll"] != "on schedule"  # backing off
    assert "500" in status["server-error"]["last_error"]


def test_failed_deliveries_stay_queued_and_go_out_on_a_later_run(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.add("/n.xml", rss(entries(stories(2))))
    blocked = tmp_path / "blocked"
    blocked.mkdir()
    # A directory where the archive file should be: every append fails.
    cfg = write_config(tmp_path, [("n", feed_server.url("/n.xml"))], alerts=blocked)
    assert once(cfg, tmp_path / "state") == 0
    store = Store(tmp_path / "state" / "layoffwatch.db")
    assert [r["status"] for r in store.deliveries()] == ["pending", "pending"]
    assert "cannot append" in store.deliveries()[0]["last_error"]
    store.db.execute("UPDATE deliveries SET next_attempt = 0")  # backoff elapsed
    store.close()

    good = tmp_path / "alerts.jsonl"
    cfg = write_config(tmp_path, [("n", feed_server.url("/n.xml"))], alerts=good)
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(good)) == 2


def test_a_chinese_headline_in_a_feed_that_says_english_is_still_read_as_chinese(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    row = clear_stories("zh")[0]
    feed_server.add("/mislabelled.xml", rss(entries([row]), lang="en"))
    cfg = write_config(tmp_path, [("m", feed_server.url("/mislabelled.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    alerts = read_alerts(tmp_path / "alerts.jsonl")
    assert [(a["company"], a["count"]) for a in alerts] == [(row["company"], row["count"])]


def test_a_gone_feed_is_disabled_until_its_url_changes(
    feed_server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed_server.add("/gone.xml", b"", status=410)
    feed_server.add("/moved.xml", rss(entries(stories(1))))
    cfg = write_config(tmp_path, [("f", feed_server.url("/gone.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert once(cfg, tmp_path / "state") == 0
    assert feed_server.hits("/gone.xml") == 1  # not fetched again once disabled
    capsys.readouterr()
    assert bot.main(["--config", str(cfg), "--state", str(tmp_path / "state"), "status",
                     "--json"]) == 0
    status = json.loads(capsys.readouterr().out)["sources"][0]
    assert status["state"] == "disabled" and "410" in status["last_error"]

    cfg = write_config(tmp_path, [("f", feed_server.url("/moved.xml"))])
    assert once(cfg, tmp_path / "state") == 0
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 1
