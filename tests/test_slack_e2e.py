"""Issue 5 end to end: `once` with a wrong token, then the right one, through the outbox.

The real slack_sdk client talks to the loopback fake of Slack's Web API; the
bot runs as a subprocess, the way a user runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fake_slack import FakeSlack
from feedserver import FeedServer
from store import Store
from support import Entry, clear_stories, recent, rss, write_config

ROOT = Path(__file__).resolve().parent.parent


def run(cfg: Path, state: Path, token: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env["SLACK_BOT_TOKEN"] = token
    return subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "--config", str(cfg), "--state", str(state),
         "--log-level", "DEBUG", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_wrong_token_keeps_alerts_queued_then_right_token_delivers_threads_and_never_leaks(
    feed_server: FeedServer, fake_slack: FakeSlack, tmp_path: Path
) -> None:
    # Stories whose headline carries the count, so a follow-up can double it.
    stories = [r for r in clear_stories("en") if f"{r['count']:,}" in r["title"]]
    chosen = {r["company"]: r for r in stories}
    rows = list(chosen.values())[:3]
    feed = [Entry(r["title"], r["url"], r["id"], recent(2), r["summary"]) for r in rows]
    feed_server.add("/f.xml", rss(feed))
    cfg = write_config(
        tmp_path, [("f", feed_server.url("/f.xml"))],
        notifiers=("notifiers:\n  team-slack: {type: slack, channel: '#layoffs', "
                   f"token_env: SLACK_BOT_TOKEN, base_url: '{fake_slack.api_url}'}}\n"),
        rules='rules:\n  - name: all\n    companies: "*"\n    notify: [team-slack]\n',
    )
    state = tmp_path / "state"
    wrong = "xoxb-wrong-" + "9" * 24
    outputs = []

    first = run(cfg, state, wrong, "once", "--wait", "2")
    outputs += [first.stdout, first.stderr]
    assert first.returncode == 0, first.stderr
    assert "invalid_auth" in first.stderr
    store = Store(state / "layoffwatch.db")
    assert [r["status"] for r in store.deliveries()] == ["pending"] * 3
    store.close()
    status = run(cfg, state, wrong, "status")
    outputs += [status.stdout, status.stderr]
    assert "team-slack" in status.stdout and "BLOCKED" in status.stdout
    assert not fake_slack.messages

    # The right token: the held alerts go out; a 429 is waited out and retried.
    fake_slack.rate_limit_next(retry_after=1)
    second = run(cfg, state, fake_slack.token, "once", "--wait", "5")
    outputs += [second.stdout, second.stderr]
    assert second.returncode == 0, second.stderr
    assert any(r.status == 429 for r in fake_slack.posts())
    assert len(fake_slack.messages) == 3
    for message, row in zip(fake_slack.messages, rows, strict=True):
        assert message.blocks, "Block Kit message"
        assert row["company"] in message.text  # the plain fallback names the company
        assert f"{row['count']:,}" in message.text
        assert message.thread_ts is None
    store = Store(state / "layoffwatch.db")
    assert [r["status"] for r in store.deliveries()] == ["sent"] * 3
    store.close()

    # A later report doubles one count: the update lands in the original's thread.
    target = rows[0]
    doubled = target["count"] * 2
    later = Entry(target["title"].replace(f"{target['count']:,}", f"{doubled:,}"),
                  "https://later.example.org/x", "later", recent(0.2), target["summary"])
    feed_server.add("/f.xml", rss([later, *feed]))
    third = run(cfg, state, fake_slack.token, "once", "--wait", "3")
    outputs += [third.stdout, third.stderr]
    assert third.returncode == 0, third.stderr
    assert len(fake_slack.messages) == 4
    original = fake_slack.messages[0]
    reply = fake_slack.messages[3]
    assert reply.thread_ts == original.ts
    assert f"{doubled:,}" in reply.text

    test_notify = run(cfg, state, fake_slack.token, "test-notify", "team-slack")
    outputs += [test_notify.stdout, test_notify.stderr]
    assert test_notify.returncode == 0 and "ok" in test_notify.stdout

    everything = "\n".join(outputs)
    assert fake_slack.token not in everything and wrong not in everything
    db_bytes = b"".join(p.read_bytes() for p in state.glob("layoffwatch.db*"))
    assert fake_slack.token.encode() not in db_bytes and wrong.encode() not in db_bytes
