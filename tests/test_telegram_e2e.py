"""Issue 6 end to end: `python bot.py run` as a subprocess, the way a user runs it,
with the real python-telegram-bot talking to the loopback fake Bot API (which
enforces Telegram's flood limits) and a loopback feed server.

Chats subscribe with /watch and /min; after the feed gains new layoff stories
each chat receives exactly the alerts it subscribed to, once, and no others;
a later report that raises a count arrives as a reply to the first message;
a 429 is waited out; SIGTERM exits 0; the token appears in no output.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fake_telegram import BOT_USERNAME, TOKEN, FakeTelegram, Sent
from feedserver import FeedServer
from store import Store
from support import Entry, recent, rss

ROOT = Path(__file__).resolve().parent.parent

ALICE, BOB, GROUP, DORA, ERIC = 501, 502, -100503, 504, 505


def config(tmp: Path, feed_url: str, zh_feed_url: str, api: str) -> Path:
    path = tmp / "rules.yaml"
    path.write_text(
        f"""version: 1
sources:
  - name: news
    url: {feed_url}
    every: 2s
  - name: cn
    url: {zh_feed_url}
    every: 2s
    lang: zh
companies:
  - name: Alibaba
    aliases: [阿里巴巴, BABA]
  - name: JD.com
    aliases: [JD, 京东]
rules: []
notifiers:
  tg:
    type: telegram
    token_env: TELEGRAM_BOT_TOKEN
    base_url: {api}
    subscriptions: true
""",
        encoding="utf-8",
    )
    return path


def wait_for(fake: FakeTelegram, chat: int, count: int, timeout: float = 30.0) -> list[Sent]:
    return fake.wait_for_messages(chat, count, timeout)


def test_run_answers_commands_and_routes_each_chat_exactly_its_alerts(
    feed_server: FeedServer, fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    fake = fake_telegram
    fake.enforce_limits()  # 30/s overall, 1/s per chat, 20/min per group
    feed_server.add("/news.xml", rss([]))
    feed_server.add("/cn.xml", rss([], lang="zh-cn"))
    cfg = config(tmp_path, feed_server.url("/news.xml"), feed_server.url("/cn.xml"),
                 fake.base_url)
    state = tmp_path / "state"
    env = {k: v for k, v in os.environ.items()
           if not k.endswith("_TOKEN") and not k.startswith("LAYOFFWATCH_")}
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "bot.py"), "--config", str(cfg), "--state", str(state),
             "--log-level", "DEBUG", "run"],
            env=env, stdout=out, stderr=err, cwd=tmp_path,
        )
    try:
        # -- chats subscribe ----------------------------------------------------
        fake.push_command(ALICE, "/start")
        fake.push_command(ALICE, "/watch 阿里巴巴")
        fake.push_command(BOB, "/min 5000")
        fake.set_member(GROUP, abs(GROUP), "administrator")  # groups change through admins
        fake.push_command(GROUP, f"/watch@{BOT_USERNAME} JD", chat_type="supergroup")
        fake.push_command(DORA, "/start")
        fake.push_command(ERIC, "/watch Tencent")
        fake.push_command(ERIC, "/stop")
        fake.push_command(ALICE, "/list")
        replies = {chat: wait_for(fake, chat, n) for chat, n in
                   ((ALICE, 3), (BOB, 1), (GROUP, 1), (DORA, 1), (ERIC, 2))}
        assert "/watch" in replies[ALICE][0].text
        assert replies[ALICE][1].text.startswith("Watching <b>Alibaba</b>")
        assert replies[ALICE][2].text == "<b>Watching</b> (1): Alibaba"
        assert replies[BOB][0].text == "You'll get any company's layoffs of <b>5,000+ jobs</b>."
        assert replies[GROUP][0].text.startswith("Watching <b>JD.com</b>")
        assert replies[ERIC][1].text.startswith("Unsubscribed from everything.")
        assert [c["command"] for c in fake.commands][:3] == ["watch", "unwatch", "min"]
        answered = {chat: len(r) for chat, r in replies.items()}

        # -- the feed gains stories -----------------------------------------------
        fake.script_send(429, retry_after=1, chat_id=BOB)  # Bob's first alert hits a 429
        stories = [
            Entry("Alibaba to cut 20,000 jobs in cloud restructuring",
                  "https://news.example/alibaba", "a1", recent(0.5)),
            Entry("Ford to cut 8,000 jobs in Europe", "https://news.example/ford", "f1",
                  recent(0.5)),
            Entry("Tencent cuts 300 jobs in gaming division", "https://news.example/tencent",
                  "t1", recent(0.5)),
        ]
        feed_server.add("/news.xml", rss(stories))
        feed_server.add("/cn.xml", rss(
            [Entry("京东宣布裁员1000人", "https://news.example/jd", "j1", recent(0.5))],
            lang="zh-cn"))
        alice = wait_for(fake, ALICE, answered[ALICE] + 1)[answered[ALICE]:]
        bob = wait_for(fake, BOB, answered[BOB] + 2)[answered[BOB]:]
        group = wait_for(fake, GROUP, answered[GROUP] + 1)[answered[GROUP]:]
        # (the status word after " · " is detection's call, not this test's)
        assert [m.text.split(" · ")[0] for m in alice] == ["<b>Alibaba</b> — 20,000 jobs"]
        assert sorted(m.text.split(" — ")[0] for m in bob) == ["<b>Alibaba</b>", "<b>Ford</b>"]
        assert [m.text.split(" · ")[0] for m in group] == ["<b>JD.com</b> — 1,000 jobs"]
        assert fake.rejected_429 == 1  # the scripted one, waited out; none provoked

        # -- a later report raises the count: an update, in reply to the first message
        first_alice, first_bob = alice[0], next(m for m in bob if "Alibaba" in m.text)
        update = Entry("Alibaba layoffs to reach 25,000 jobs, company confirms",
                       "https://other.example/alibaba-25k", "a2", recent(0.1))
        feed_server.add("/news.xml", rss([update, *stories]))
        alice_update = wait_for(fake, ALICE, answered[ALICE] + 2)[-1]
        bob_update = wait_for(fake, BOB, answered[BOB] + 3)[-1]
        for reply, original in ((alice_update, first_alice), (bob_update, first_bob)):
            assert reply.text.startswith("<b>Update</b> · <b>Alibaba</b> — 25,000 jobs")
            assert reply.reply_to == original.message_id

        # Nothing else arrives: not for Dora or Eric, no duplicates for anyone.
        time.sleep(3)  # two more polls
        assert len(fake.messages(ALICE)) == answered[ALICE] + 2
        assert len(fake.messages(BOB)) == answered[BOB] + 3
        assert len(fake.messages(GROUP)) == answered[GROUP] + 1
        assert len(fake.messages(DORA)) == answered[DORA]
        assert len(fake.messages(ERIC)) == answered[ERIC]
        assert fake.rejected_429 == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    output = out_path.read_text() + err_path.read_text()
    assert code == 0, output[-3000:]
    secret = TOKEN.split(":", 1)[1]
    assert secret not in output
    db = b"".join(p.read_bytes() for p in state.glob("layoffwatch.db*"))
    assert secret.encode() not in db

    # Subscriptions outlive the process.
    store = Store(state / "layoffwatch.db")
    try:
        assert store.subscribers("tg", company="Alibaba", count=10, percent=None) == [str(ALICE)]
        assert store.subscribers("tg", company="JD.com", count=6000, percent=None) == [
            str(GROUP), str(BOB)]
        assert {r["status"] for r in store.deliveries()} == {"sent"}
    finally:
        store.close()
