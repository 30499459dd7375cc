"""Secrets never leave the environment: not in output at any log level, the database, or files.

Every command a user runs (`check`, `once`, `run`, `status`, `test-notify`) runs
as a subprocess at --log-level DEBUG with recognisable fake tokens in
SLACK_BOT_TOKEN, TELEGRAM_BOT_TOKEN and SLACK_WEBHOOK_URL, against loopback
fakes of Slack and Telegram in three states:

    accepted   the fakes accept the tokens (messages go out)
    rejected   the fakes expect other tokens (401 / invalid_auth paths)
    refused    nothing listens on the configured ports (connection errors)

Then ALL stdout and stderr, every file under the state directory (the
database, its -wal and -shm) and the alerts file are searched for the secret
parts of the tokens. None may appear.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fake_slack import FakeSlack
from fake_telegram import FakeTelegram
from feedserver import FeedServer, wait_until
from support import Entry, corpus, recent, rss, write_config

ROOT = Path(__file__).resolve().parent.parent

SLACK_SECRET = "SECRETslackTOKENdoNotLeak"
SLACK_TOKEN = f"xoxb-424242424242-{SLACK_SECRET}-9z8y7x"
TG_SECRET = "AAsecretTelegramTOKENdoNotLeak_0123456"
TG_TOKEN = f"987654321:{TG_SECRET}"
HOOK_SECRET = "hookSECRETdoNotLeak4242"
CHAT = "-1001234567890"


@dataclass
class World:
    tmp: Path
    config: Path
    state: Path
    alerts: Path
    env: dict[str, str]
    outputs: list[tuple[str, str]]  # (what, text)

    def bot(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(ROOT / "bot.py"), "--config", str(self.config), "--state",
             str(self.state), "--log-level", "DEBUG", *args],
            cwd=self.tmp, env=self.env, capture_output=True, text=True, timeout=timeout)
        print(f"{' '.join(args)}: exit {result.returncode} in {time.monotonic() - started:.1f}s")
        self.outputs.append((f"{args[0]} stdout", result.stdout))
        self.outputs.append((f"{args[0]} stderr", result.stderr))
        return result


def layoff_feed() -> bytes:
    rows = [r for r in corpus("en", "layoff") if r["company"] and r["count"]][:3]
    return rss([Entry(r["title"], r["url"], r["id"], recent(), r["summary"]) for r in rows])


@pytest.fixture(params=["accepted", "rejected", "refused"])
def world(request: pytest.FixtureRequest, feed_server: FeedServer,
          tmp_path: Path) -> Iterator[World]:
    mode = request.param
    hook_path = f"/services/T0FAKE/B0HOOK/{HOOK_SECRET}"
    slack: FakeSlack | None = None
    telegram: FakeTelegram | None = None
    if mode == "refused":
        slack_url = FeedServer.refused_url("/api/")
        tg_url = FeedServer.refused_url("").rstrip("/")
        hook_url = FeedServer.refused_url(hook_path)
    else:
        slack = FakeSlack()
        telegram = FakeTelegram(TG_TOKEN if mode == "accepted" else "111111111:AAotherToken-xyz")
        slack.token = SLACK_TOKEN if mode == "accepted" else "xoxb-1-someone-else"
        if mode == "accepted":
            slack.webhooks[hook_path] = slack.channels["layoffs"]
        slack.start()
        telegram.start()
        slack_url, tg_url, hook_url = slack.api_url, telegram.base_url, slack.url + hook_path
    feed_server.add("/news.xml", layoff_feed())
    alerts = tmp_path / "alerts.jsonl"
    config = write_config(
        tmp_path, [("news", feed_server.url("/news.xml"))], alerts=alerts,
        rules='rules:\n  - name: everything\n    companies: "*"\n'
              "    notify: [archive, team-slack, tg, hook]\n",
        notifiers=(
            "notifiers:\n"
            f"  archive: {{type: jsonl, path: {alerts}}}\n"
            f"  team-slack: {{type: slack, channel: '#layoffs', token_env: SLACK_BOT_TOKEN,"
            f" base_url: '{slack_url}'}}\n"
            f"  tg: {{type: telegram, token_env: TELEGRAM_BOT_TOKEN, base_url: '{tg_url}',"
            f" chats: ['{CHAT}']}}\n"
            "  hook: {type: slack_webhook, webhook_env: SLACK_WEBHOOK_URL}\n"
        ),
    )
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_URL"))}
    env.update(SLACK_BOT_TOKEN=SLACK_TOKEN, TELEGRAM_BOT_TOKEN=TG_TOKEN,
               SLACK_WEBHOOK_URL=hook_url)
    try:
        yield World(tmp_path, config, tmp_path / "state", alerts, env, [])
    finally:
        if slack is not None and telegram is not None:
            slack.stop()
            telegram.stop()


def leaks(text: str) -> list[str]:
    return [name for name, secret in (("slack token", SLACK_SECRET), ("telegram token", TG_SECRET),
                                      ("webhook url", HOOK_SECRET)) if secret in text]


def test_no_command_leaks_a_token_anywhere(world: World) -> None:
    check = world.bot("check")
    assert check.returncode == 0, check.stderr
    once = world.bot("once", "--wait", "2")
    assert once.returncode == 0, once.stderr
    assert "polled 1 sources" in once.stderr
    archived = world.alerts.read_text().count("\n")
    assert archived >= 1
    world.bot("status")
    world.bot("status", "--json")
    world.bot("test-notify", "team-slack")
    world.bot("test-notify", "tg")
    world.bot("test-notify", "hook")

    # `run`, briefly, on a fresh state so it fetches and delivers again.
    run_state = world.tmp / "state-run"
    started = time.monotonic()
    with (world.tmp / "run.log").open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "bot.py"), "--config", str(world.config), "--state",
             str(run_state), "--log-level", "DEBUG", "run"],
            cwd=world.tmp, env=world.env, stdout=log, stderr=subprocess.STDOUT)
        try:
            assert wait_until(lambda: world.alerts.read_text().count("\n") >= 2 * archived, 30)
            time.sleep(1.0)  # a few delivery sweeps and Telegram polls
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
    print(f"run: {time.monotonic() - started:.1f}s")
    world.outputs.append(("run output", (world.tmp / "run.log").read_text(errors="replace")))

    everything = world.outputs + [
        (str(p.relative_to(world.tmp)), p.read_bytes().decode("utf-8", "replace"))
        for p in sorted(world.tmp.rglob("*")) if p.is_file()
    ]
    assert any(p.endswith("layoffwatch.db-wal") or p.endswith("layoffwatch.db")
               for p, _ in everything)
    found = [(where, leaks(text)) for where, text in everything if leaks(text)]
    assert not found, f"secrets leaked: {found}"


def test_the_search_would_find_a_leak(feed_server: FeedServer, tmp_path: Path) -> None:
    """The search above is only worth something if it can fail: a secret the bot
    does print (here, one a user pasted into a source URL) must be found."""
    config = write_config(tmp_path, [("news", feed_server.url(f"/news.xml?key={TG_SECRET}"))])
    result = subprocess.run([sys.executable, str(ROOT / "bot.py"), "--config", str(config),
                             "--state", str(tmp_path / "state"), "check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert leaks(result.stdout) == ["telegram token"]
