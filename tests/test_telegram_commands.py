"""Chat commands, end to end through the real python-telegram-bot Application
(manual lifecycle, long polling) against the loopback fake Bot API, with a real
Store on disk: what a user types, what they read back, what is persisted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fake_telegram import (
    BOT_USERNAME,
    TOKEN,
    FakeTelegram,
)
from models import Event
from notifiers.base import NotifierContext, build_notifier
from notifiers.telegram import FloodLimiter, TelegramNotifier
from notifiers.telegram_commands import ADMIN_TTL, CANT_CHECK, NOT_ADMIN
from store import Store
from telegram_bot import Bot, start_bot

pytestmark = pytest.mark.usefixtures("no_token_leaks")


@pytest.fixture
async def bot(fake_telegram: FakeTelegram, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Bot]:
    store = Store(tmp_path / "layoffwatch.db")
    running = await start_bot(fake_telegram, store, monkeypatch)
    try:
        yield running
    finally:
        await running.notifier.close()
        store.close()


async def test_start_answers_with_usage_and_commands_are_registered(bot: Bot) -> None:
    reply = await bot.say(42, "/start")
    assert "/watch" in reply.text and "/min" in reply.text and "/stop" in reply.text
    assert reply.parse_mode == "HTML"
    names = [c["command"] for c in bot.fake.commands]
    assert names == ["watch", "unwatch", "min", "list", "recent", "stop", "help"]
    assert bot.store.chat("tg", "42") is not None
    assert (await bot.say(42, "/help")).text == reply.text


async def test_watch_resolves_chinese_names_and_tickers(bot: Bot) -> None:
    reply = await bot.say(42, "/watch 阿里巴巴")
    assert reply.text == (
        "Watching <b>Alibaba</b> (from “阿里巴巴”). You'll get its layoff news here."
    )
    assert (await bot.say(42, "/watch BABA")).text == "This chat already watches <b>Alibaba</b>."
    assert "<b>JD.com</b>" in (await bot.say(42, "/watch 京东")).text
    assert bot.store.watches("tg", "42") == ["Alibaba", "JD.com"]
    listing = await bot.say(42, "/list")
    assert listing.text == "<b>Watching</b> (2): Alibaba, JD.com"


async def test_watch_suggests_near_misses_and_stores_nothing(bot: Bot) -> None:
    reply = await bot.say(42, "/watch Alibabba")
    assert reply.text == "I don't know “Alibabba”. Did you mean <b>Alibaba</b>?"
    reply = await bot.say(42, "/watch Zzyzx Widgets")
    assert reply.text.startswith("I don't know “Zzyzx Widgets”. Try its English or Chinese name")
    assert (await bot.say(42, "/watch")).text.startswith("Which company?")
    assert bot.store.watches("tg", "42") == []


async def test_watch_cap_per_chat(fake_telegram: FakeTelegram, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "db.sqlite")
    bot = await start_bot(fake_telegram, store, monkeypatch, max_watches=2)
    try:
        await bot.say(7, "/watch Alibaba")
        await bot.say(7, "/watch Tencent")
        reply = await bot.say(7, "/watch 微软")
        assert reply.text.startswith("This chat already watches 2 companies, the most allowed.")
        assert store.watches("tg", "7") == ["Alibaba", "Tencent"]
        await bot.say(7, "/unwatch 腾讯")
        assert "Watching <b>Microsoft</b>" in (await bot.say(7, "/watch 微软")).text
    finally:
        await bot.notifier.close()
        store.close()


async def test_min_thresholds_list_and_clear(bot: Bot) -> None:
    reply = await bot.say(42, "/min 1,000")
    assert reply.text == "You'll get any company's layoffs of <b>1,000+ jobs</b>."
    reply = await bot.say(42, "/min 10%")
    assert reply.text == "You'll get any company's layoffs of <b>1,000+ jobs or 10%+ of staff</b>."
    assert "<b>Any company</b>: 1,000+ jobs or 10%+ of staff" in (await bot.say(42, "/list")).text
    row = bot.store.chat("tg", "42")
    assert row is not None and (row["min_count"], row["min_percent"]) == (1000, 10.0)
    assert bot.store.subscribers("tg", company="Nobody", count=1500, percent=None) == ["42"]
    assert bot.store.subscribers("tg", company="Nobody", count=999, percent=9.0) == []
    assert (await bot.say(42, "/min 2万")).text.endswith("<b>20,000+ jobs or 10%+ of staff</b>.")
    reply = await bot.say(42, "/min lots")
    assert reply.text.startswith("Usage: /min 1000") and "“lots”" in reply.text
    reply = await bot.say(42, "/min off")
    assert reply.text.startswith("Thresholds cleared")
    assert (await bot.say(42, "/list")).text.startswith("This chat isn't subscribed to anything")


async def test_unwatch_and_stop(bot: Bot) -> None:
    await bot.say(42, "/watch Alibaba")
    await bot.say(42, "/watch JD")
    await bot.say(42, "/min 5%")
    assert (await bot.say(42, "/unwatch 阿里")).text == "Stopped watching <b>Alibaba</b>."
    assert (await bot.say(42, "/unwatch Alibaba")).text.startswith("This chat doesn't watch")
    reply = await bot.say(42, "/stop")
    assert reply.text.startswith("Unsubscribed from everything.")
    assert bot.store.watches("tg", "42") == []
    row = bot.store.chat("tg", "42")
    assert row is not None and row["min_percent"] is None


async def test_recent_lists_the_last_five_events_escaped(bot: Bot) -> None:
    assert (await bot.say(42, "/recent")).text == "No layoffs seen yet."
    for i in range(7):
        event = Event(
            id=f"e{i}", company="Alibaba" if i % 2 else "京东", count=1000 * (i + 1),
            count_is_lower_bound=False, percent=None, status="reported",
            title=f"Story {i} <script>", url=f"https://news.example/{i}",
            published=datetime(2026, 11, 10 + i, tzinfo=UTC), source="s",
            first_seen=datetime(2026, 11, 10 + i, tzinfo=UTC),
        )
        bot.store.save_event(event, revision=0, titles=[event.title])
    reply = await bot.say(42, "/recent")
    lines = reply.text.split("\n")
    assert lines[0] == "<b>Last 5 layoffs</b>"
    assert lines[1] == "• <b>京东</b> — 7,000 jobs · reported · 2026-11-16"
    assert lines[2] == '  <a href="https://news.example/6">Story 6 &lt;script&gt;</a>'
    assert len(lines) == 11 and "Story 1 " not in reply.text


async def test_allowlist_refuses_other_chats_politely(
    fake_telegram: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "db.sqlite")
    bot = await start_bot(fake_telegram, store, monkeypatch, allow=[111, "-100999"])
    try:
        reply = await bot.say(222, "/watch Alibaba")
        assert reply.text.startswith("Sorry, this bot only serves chats its admin has allowed.")
        assert "<code>222</code>" in reply.text
        assert store.watches("tg", "222") == [] and store.chat("tg", "222") is None
        assert "Watching <b>Alibaba</b>" in (await bot.say(111, "/watch Alibaba")).text
        fake_telegram.set_member(-100999, 100999, "administrator")
        reply = await bot.say(-100999, "/watch Alibaba", chat_type="supergroup")
        assert "Watching <b>Alibaba</b>" in reply.text
    finally:
        await bot.notifier.close()
        store.close()


async def test_group_commands_addressed_to_this_bot(bot: Bot) -> None:
    group = -100123
    bot.fake.set_member(group, 100123, "creator")  # the sender push_command picks
    reply = await bot.say(group, f"/watch@{BOT_USERNAME} JD", chat_type="supergroup",
                          title="Layoff Watchers")
    assert "Watching <b>JD.com</b>" in reply.text
    assert reply.reply_to is not None  # quoted, so the group sees whose command it was
    # Another bot's command is ignored: the next reply is the one to /list.
    bot.fake.push_command(group, "/watch@some_other_bot Alibaba", chat_type="supergroup")
    reply = await bot.say(group, f"/list@{BOT_USERNAME}", chat_type="supergroup")
    assert reply.text == "<b>Watching</b> (1): JD.com"
    row = bot.store.chat("tg", str(group))
    assert row is not None and row["chat_type"] == "supergroup"
    assert row["title"] == "Layoff Watchers"
    help_text = (await bot.say(group, "/help", chat_type="group")).text
    assert f"/watch@{BOT_USERNAME} Alibaba" in help_text


async def test_hostile_input_is_escaped_stored_safely_and_capped(bot: Bot) -> None:
    reply = await bot.say(42, "/watch <b>evil</b> & <a href='x'>")
    assert reply.text.startswith("I don't know “&lt;b&gt;evil&lt;/b&gt; &amp; &lt;a href=&#x27;x")
    reply = await bot.say(42, "/watch Robert'); DROP TABLE watches;--")
    assert reply.text.startswith("I don't know “Robert&#x27;); DROP TABLE watches;--”.")
    assert bot.store.watch_count("tg", "42") == 0  # the table is still there
    # Zero-width and bidi characters can't smuggle a different name in.
    reply = await bot.say(42, "/watch Ali\u200bba\u202eba\u200d")
    assert "Watching <b>Alibaba</b>" in reply.text
    assert (await bot.say(42, "/watch " + "A" * 101)).text.startswith("That is too long")
    assert (await bot.say(42, "/watch " + "長" * 5000)).text.startswith("That is too long")
    assert (await bot.say(42, "/unknowncommand")).text.startswith("I don't know that command.")
    assert bot.store.watches("tg", "42") == ["Alibaba"]


async def test_subscriptions_survive_a_restart_on_the_same_file(
    fake_telegram: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state" / "layoffwatch.db"
    store = Store(path)
    bot = await start_bot(fake_telegram, store, monkeypatch)
    await bot.say(42, "/watch 阿里巴巴")
    await bot.say(43, "/min 5000")
    await bot.notifier.close()
    store.close()

    store = Store(path)
    bot = await start_bot(fake_telegram, store, monkeypatch)
    try:
        assert store.subscribers("tg", company="Alibaba", count=100, percent=None) == ["42"]
        assert store.subscribers("tg", company="Tencent", count=6000, percent=None) == ["43"]
        assert store.subscribers("tg", company="alibaba", count=6000, percent=None) == [
            "42", "43"]
        assert (await bot.say(42, "/list")).text == "<b>Watching</b> (1): Alibaba"
    finally:
        await bot.notifier.close()
        store.close()


async def test_close_stops_polling_and_confirms_updates(bot: Bot) -> None:
    await bot.say(42, "/start")
    await bot.notifier.close()
    assert bot.notifier.app is None
    # Every update the bot saw was confirmed with a final offset.
    bot.fake.wait_until_idle(timeout=2)
    calls = len(bot.fake.method_calls("getUpdates"))
    await asyncio.sleep(0.5)
    assert len(bot.fake.method_calls("getUpdates")) == calls  # no more polling


async def test_any_command_lifts_a_pause_left_by_a_blocked_chat(bot: Bot) -> None:
    await bot.say(42, "/watch Alibaba")
    bot.store.pause_chat("tg", "42", "Forbidden: bot was blocked by the user")
    assert bot.store.subscribers("tg", company="Alibaba", count=None, percent=None) == []
    await bot.say(42, "/list")
    assert bot.store.subscribers("tg", company="Alibaba", count=None, percent=None) == ["42"]


async def test_with_the_bundled_company_directory(
    fake_telegram: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from detect import CompanyDirectory

    directory = CompanyDirectory.bundled()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    notifier = build_notifier("tg", {"type": "telegram", "base_url": fake_telegram.base_url,
                                     "subscriptions": True})
    assert isinstance(notifier, TelegramNotifier)
    notifier.limiter = FloodLimiter(private_interval=0.0, group_interval=0.0)
    store = Store(tmp_path / "db.sqlite")
    await notifier.start(NotifierContext(store=store, resolve_company=directory.resolve,
                                         suggest_company=directory.suggest, interactive=True))
    bot = Bot(fake_telegram, store, notifier)
    try:
        await asyncio.wait_for(notifier.commands_ready.wait(), 10)
        assert "Watching <b>Alibaba</b>" in (await bot.say(9, "/watch 阿里巴巴")).text
        assert "Watching <b>JD.com</b>" in (await bot.say(9, "/watch 京东")).text
        assert "Watching <b>Tencent</b>" in (await bot.say(9, "/watch 0700.HK")).text
        assert "Did you mean <b>Alibaba</b>" in (await bot.say(9, "/watch Alibabba")).text
        assert store.watches("tg", "9") == ["Alibaba", "JD.com", "Tencent"]
    finally:
        await notifier.close()
        store.close()


async def test_list_of_many_watches_stays_within_one_message(bot: Bot) -> None:
    for i in range(400):
        bot.store.add_watch("tg", "42", f"Company With A Rather Long Name {i:03d}")
    reply = await bot.say(42, "/list")
    assert len(reply.text) <= 4096
    assert reply.text.startswith("<b>Watching</b> (400): Company With A Rather Long Name 000, ")
    assert reply.text.endswith(" more")


# -- groups: only admins change what the group follows ----------------------------

ADMIN, OWNER, MEMBER = 7, 8, 9


def group_with_admins(fake: FakeTelegram, group: int) -> None:
    fake.set_member(group, ADMIN, "administrator")
    fake.set_member(group, OWNER, "creator")


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
async def test_in_groups_only_admins_change_subscriptions(bot: Bot, chat_type: str) -> None:
    group = -100200
    group_with_admins(bot.fake, group)

    async def say(user: int, text: str) -> str:
        return (await bot.say(group, text, chat_type=chat_type, user_id=user)).text

    for command in ("/watch Alibaba", "/unwatch Alibaba", "/min 1000", "/min off", "/stop"):
        assert await say(MEMBER, command) == NOT_ADMIN, command
    assert bot.store.watches("tg", str(group)) == []
    # Reading stays open to everyone.
    assert (await say(MEMBER, "/list")).startswith("This chat isn't subscribed to anything")
    assert await say(MEMBER, "/recent") == "No layoffs seen yet."
    assert "Only the group's admins can change what it follows." in await say(MEMBER, "/help")

    assert "Watching <b>Alibaba</b>" in await say(ADMIN, "/watch Alibaba")
    assert "1,000+ jobs" in await say(OWNER, "/min 1000")
    assert await say(MEMBER, "/stop") == NOT_ADMIN
    assert await say(MEMBER, "/list") == (
        "<b>Watching</b> (1): Alibaba\n<b>Any company</b>: 1,000+ jobs"
    )
    asked = {(c["chat_id"], c["user_id"]) for c in bot.fake.method_calls("getChatMember")}
    assert asked == {(str(group), str(u)) for u in (ADMIN, OWNER, MEMBER)}


async def test_every_status_but_creator_and_administrator_is_refused(bot: Bot) -> None:
    group = -100300
    statuses = ["creator", "administrator", "member", "restricted", "left", "kicked"]
    for user, status in enumerate(statuses, start=20):
        bot.fake.set_member(group, user, status)
    replies = {
        status: (await bot.say(group, "/watch JD", chat_type="supergroup", user_id=user)).text
        for user, status in enumerate(statuses, start=20)
    }
    assert [s for s, text in replies.items() if text == NOT_ADMIN] == statuses[2:]
    assert replies["creator"].startswith("Watching <b>JD.com</b>")
    assert replies["administrator"] == "This chat already watches <b>JD.com</b>."


async def test_private_chats_and_anonymous_admins_need_no_check(bot: Bot) -> None:
    assert "Watching <b>Alibaba</b>" in (await bot.say(42, "/watch Alibaba")).text
    reply = await bot.say(-100400, "/watch Alibaba", chat_type="supergroup", anonymous_admin=True)
    assert "Watching <b>Alibaba</b>" in reply.text
    assert bot.fake.method_calls("getChatMember") == []
    assert bot.store.watches("tg", "-100400") == ["Alibaba"]


async def test_admin_checks_are_remembered_briefly(
    bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = -100500
    group_with_admins(bot.fake, group)
    for text in ("/watch Alibaba", "/watch JD", "/unwatch JD"):
        await bot.say(group, text, chat_type="supergroup", user_id=ADMIN)
    assert len(bot.fake.method_calls("getChatMember")) == 1

    bot.fake.set_member(group, ADMIN, "member")  # demoted: takes effect once the check expires
    reply = await bot.say(group, "/watch Tencent", chat_type="supergroup", user_id=ADMIN)
    assert reply.text.startswith("Watching <b>Tencent</b>")
    assert bot.notifier.commands is not None
    check = bot.notifier.commands.admins
    later = check.clock() + ADMIN_TTL + 1
    monkeypatch.setattr(check, "clock", lambda: later)
    reply = await bot.say(group, "/watch Meta", chat_type="supergroup", user_id=ADMIN)
    assert reply.text == NOT_ADMIN
    assert len(bot.fake.method_calls("getChatMember")) == 2
    assert bot.store.watches("tg", str(group)) == ["Alibaba", "Tencent"]


async def test_a_failed_admin_check_refuses_and_is_not_remembered(bot: Bot) -> None:
    group = -100600
    group_with_admins(bot.fake, group)
    bot.fake.script_call("getChatMember", 500)
    reply = await bot.say(group, "/watch Alibaba", chat_type="supergroup", user_id=ADMIN)
    assert reply.text == CANT_CHECK
    assert bot.store.watches("tg", str(group)) == []
    reply = await bot.say(group, "/watch Alibaba", chat_type="supergroup", user_id=ADMIN)
    assert reply.text.startswith("Watching <b>Alibaba</b>")
