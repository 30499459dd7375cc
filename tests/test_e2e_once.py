"""`python bot.py once` and `check` as a user runs them: a subprocess, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from feedserver import FeedServer
from support import Entry, clear_stories, read_alerts, recent, rss, write_config

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    return subprocess.run([sys.executable, str(ROOT / "bot.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_once_writes_contract_alerts_then_nothing_on_the_second_run(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    # Four stories about four companies: four events, four alerts.
    rows: dict[str, dict] = {}
    for row in clear_stories("en")[:10] + clear_stories("zh")[:10]:
        rows.setdefault(row["company"], row)
    en = [r for r in rows.values() if r["lang"] == "en"][:2]
    zh = [r for r in rows.values() if r["lang"] == "zh"][:2]
    feed_server.add("/en.xml", rss([Entry(r["title"], r["url"], r["id"], recent(), r["summary"])
                                    for r in en]), etag='"e1"')
    feed_server.add("/zh.xml", rss([Entry(r["title"], r["url"], r["id"], recent(), r["summary"])
                                    for r in zh], lang="zh-cn"), etag='"z1"')
    cfg = write_config(
        tmp_path, [("en", feed_server.url("/en.xml")), ("zh", feed_server.url("/zh.xml"))],
        notifiers=f"notifiers:\n  archive: {{type: jsonl, path: {tmp_path / 'alerts.jsonl'}}}\n"
                  "  console: {type: console}\n",
        rules='rules:\n  - name: everything\n    companies: "*"\n    notify: [archive, console]\n',
    )
    state = tmp_path / "state"
    first = run("--config", str(cfg), "--state", str(state), "once")
    assert first.returncode == 0, first.stderr
    alerts = read_alerts(tmp_path / "alerts.jsonl")
    assert len(alerts) == 4
    assert {a["company"] for a in alerts} == {r["company"] for r in en + zh}
    for a in alerts:
        assert a["kind"] == "new" and a["rule"] == "everything" and a["notifier"] == "archive"
        assert a["published"].endswith("Z") and a["sources"] == [a["url"]]
    for r in en + zh:
        assert f"== {r['company']} — " in first.stdout  # the console block
    assert (state / "layoffwatch.db").exists()

    second = run("--config", str(cfg), "--state", str(state), "once")
    assert second.returncode == 0, second.stderr
    assert len(read_alerts(tmp_path / "alerts.jsonl")) == 4
    assert "0 alerts queued" in second.stderr
    assert feed_server.requests("/en.xml")[-1].get("if-none-match") == '"e1"'
    assert feed_server.requests("/zh.xml")[-1].get("if-none-match") == '"z1"'


def test_check_names_the_line_of_a_misspelt_key(tmp_path: Path) -> None:
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "every: 15m" in t)
    bad = tmp_path / "rules.yaml"
    bad.write_text(text.replace("every: 15m", "evrey: 15m", 1), encoding="utf-8")
    result = run("--config", str(bad), "--state", str(tmp_path / "s"), "check")
    assert result.returncode == 1
    assert f"{bad}:{line}: sources[1].evrey: unknown key (did you mean 'every'?)" in result.stderr


def test_bundled_defaults_check_cleanly_and_say_which_tokens_are_missing() -> None:
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "rules.yaml: OK" in result.stdout
    assert "SLACK_BOT_TOKEN is not set" in result.stdout
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stdout


def test_unwritable_state_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("--state", str(blocker / "state"), "once")
    assert result.returncode != 0
    assert "is not writable" in result.stderr


def test_test_notify_says_when_there_is_nobody_to_send_to(tmp_path: Path) -> None:
    # A Telegram notifier with no fixed chats sends only to chats that subscribed; a test
    # send then has no target, and must say so rather than print nothing and exit 0.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]  # nothing listens here once the socket is closed
    cfg = write_config(
        tmp_path, [("feed", "http://127.0.0.1:9/feed")],
        notifiers=(f"notifiers:\n  tg: {{type: telegram, token_env: TELEGRAM_BOT_TOKEN,"
                   f" base_url: 'http://127.0.0.1:{closed}'}}\n"),
        rules='rules:\n  - name: everything\n    companies: "*"\n    notify: [tg]\n')
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env["TELEGRAM_BOT_TOKEN"] = "123456:not-a-real-token"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "--config", str(cfg), "--state",
         str(tmp_path / "s"), "test-notify", "tg"],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "tg: nothing to send to (no fixed chats in" in result.stderr
    assert "name one with --target" in result.stderr
    assert "not-a-real-token" not in result.stdout + result.stderr
