"""A Telegram group upgraded to a supergroup keeps its subscriptions.

Telegram gives the supergroup a new chat id and answers sends to the old one
with 400 "group chat was upgraded to a supergroup chat" and
parameters.migrate_to_chat_id. The chat's watches, thresholds and queued
alerts move to the new id (Store.move_chat), whether the bot learns it from a
failed send or from the service message; nothing is paused, lost or sent twice.
The end-to-end tests run the real python-telegram-bot against the fake Bot API.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import samples
from delivery import Deliverer
from fake_telegram import TOKEN, FakeTelegram
from models import Alert, Delivery, Event, utcnow
from notifiers.base import (
    ChatMoved,
    Notifier,
    NotifierConfig,
    NotifierContext,
    PermanentError,
    TargetGone,
    build_notifier,
)
from store import Store
from telegram_bot import Bot, start_bot

GROUP, SUPERGROUP = "-500", "-100500"
ADMIN = 500  # push_command's default sender in chat -500


def event(n: int, company: str = "Alibaba", count: int = 20000) -> Event:
    return samples.event(id=f"ev{n}", company=company, count=count, count_is_lower_bound=False,
                         title=f"{company} to cut {count:,} jobs", summary="")


def queue(store: Store, ev: Event, targets: list[str], *, notifier: str = "tg",
          kind: str = "new", revision: int = 0) -> None:
    alert = Alert(kind=kind, event=ev, rule="subscription", notifier=notifier)  # type: ignore[arg-type]
    store.enqueue(alert, revision, targets, utcnow())


def tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in ("chats", "watches", "deliveries", "threads")}


# -- Store.move_chat -------------------------------------------------------------


def test_move_chat_carries_watches_thresholds_and_the_queue_and_runs_twice_safely(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "db")
    store.ensure_chat("tg", GROUP, chat_type="group", title="Ops")
    store.add_watch("tg", GROUP, "Alibaba")
    store.add_watch("tg", GROUP, "JD.com")
    store.set_min("tg", GROUP, min_count=5000, min_percent=None)
    store.add_watch("tg", "42", "Alibaba")  # another chat, untouched
    queue(store, event(1), [GROUP, "42"])
    sent = next(d for d in store.due_deliveries(1e12) if d.target == GROUP)
    store.mark_sent(sent, "7", utcnow())  # message 7 in the old group
    queue(store, event(2, "Ford", 8000), [GROUP])  # still pending

    assert store.move_chat("tg", GROUP, SUPERGROUP) is True

    assert store.chat("tg", GROUP) is None
    chat = store.chat("tg", SUPERGROUP)
    assert chat is not None
    assert (chat["chat_type"], chat["title"], chat["min_count"], chat["paused"]) == (
        "supergroup", "Ops", 5000, None)
    assert store.watches("tg", GROUP) == []
    assert store.watches("tg", SUPERGROUP) == ["Alibaba", "JD.com"]
    assert store.subscribers("tg", company="Alibaba", count=None, percent=None) == [
        SUPERGROUP, "42"]
    assert store.subscribers("tg", company="Ford", count=8000, percent=None) == [SUPERGROUP]
    rows = {(r["event_id"], r["target"]): r["status"] for r in store.deliveries()}
    assert rows == {("ev1", SUPERGROUP): "sent", ("ev1", "42"): "pending",
                    ("ev2", SUPERGROUP): "pending"}
    # The pending alert goes to the new id; the old message id means nothing there.
    assert [(d.alert.event.id, d.target, d.thread_ref) for d in store.due_deliveries(1e12)] == [
        ("ev1", "42", None), ("ev2", SUPERGROUP, None)]
    assert store.thread_ref("ev1", "tg", GROUP) is None
    assert store.thread_ref("ev1", "tg", SUPERGROUP) is None
    # The group saw ev1: a later change to it is an update there, not a second "new".
    assert store.delivered_targets("ev1", "tg", [SUPERGROUP]) == {SUPERGROUP}

    before = tables(store)
    assert store.move_chat("tg", GROUP, SUPERGROUP) is False
    assert tables(store) == before
    store.close()


def test_move_chat_merges_into_a_supergroup_that_already_exists(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    store.add_watch("tg", GROUP, "Alibaba")
    store.add_watch("tg", GROUP, "Tencent")
    store.set_min("tg", GROUP, min_count=1000, min_percent=5.0)
    store.add_watch("tg", SUPERGROUP, "Tencent")
    store.set_min("tg", SUPERGROUP, min_count=None, min_percent=10.0)
    store.pause_chat("tg", SUPERGROUP, "group chat was upgraded")  # as the old code left it
    queue(store, event(1), [GROUP, SUPERGROUP])  # both ids queued for the same alert
    queue(store, event(2, "Tencent", 300), [GROUP])

    assert store.move_chat("tg", GROUP, SUPERGROUP) is True

    assert store.watches("tg", SUPERGROUP) == ["Alibaba", "Tencent"]
    chat = store.chat("tg", SUPERGROUP)
    assert chat is not None
    assert (chat["min_count"], chat["min_percent"], chat["paused"]) == (1000, 10.0, None)
    pending = [(d.alert.event.id, d.target) for d in store.due_deliveries(1e12)]
    assert pending == [("ev1", SUPERGROUP), ("ev2", SUPERGROUP)]  # ev1 once, not twice
    assert store.subscribers("tg", company="Alibaba", count=None, percent=None) == [SUPERGROUP]
    store.close()


# -- the delivery loop ------------------------------------------------------------


class Migrating(Notifier):
    """Answers sends to `old` with ChatMoved, as the Telegram notifier does."""

    kind: ClassVar[str] = "migrating"

    def __init__(self, old: str, new: str) -> None:
        super().__init__("tg", NotifierConfig(type="migrating"))
        self.old, self.new = old, new
        self.sent: list[Delivery] = []
        self.refused = 0

    async def send(self, delivery: Delivery) -> str | None:
        if delivery.target == self.old:
            self.refused += 1
            raise ChatMoved("group chat was upgraded", new_target=self.new)
        self.sent.append(delivery)
        return f"ref-{delivery.id}"


async def test_delivery_moves_the_chat_and_sends_its_queue_to_the_new_id(tmp_path: Path) -> None:
    store = Store(tmp_path / "db")
    store.add_watch("tg", GROUP, "Alibaba")
    store.add_watch("tg", "43", "Alibaba")
    queue(store, event(1), [GROUP, "43"])
    queue(store, event(2), [GROUP])
    tg = Migrating(GROUP, SUPERGROUP)
    stats = await Deliverer(store, {"tg": tg}).deliver_until_idle(max_wait=5)
    assert sorted((d.alert.event.id, d.target) for d in tg.sent) == sorted([
        ("ev1", "43"), ("ev1", SUPERGROUP), ("ev2", SUPERGROUP)])
    assert tg.refused == 1  # learnt once; the second row went straight to the new id
    assert stats.dropped == 0
    assert {r["status"] for r in store.deliveries()} == {"sent"}
    assert store.subscribers("tg", company="Alibaba", count=None, percent=None) == [
        SUPERGROUP, "43"]
    store.close()


# -- the Telegram notifier ---------------------------------------------------------


async def test_send_to_an_upgraded_group_raises_chat_moved_with_the_new_id(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    tg = build_notifier("tg", {"type": "telegram", "base_url": fake_telegram.base_url,
                               "chats": [-600]})
    await tg.start(NotifierContext(interactive=False))
    fake_telegram.upgrade(GROUP, SUPERGROUP)
    fake_telegram.upgrade(-600, -100600)
    try:
        with pytest.raises(ChatMoved) as moved:
            await tg.send(samples.delivery(target=GROUP, notifier="tg"))
        # A chat from rules.yaml can't be moved by us: the admin is told where it went.
        with pytest.raises(PermanentError, match=r"-100600; update rules\.yaml"):
            await tg.send(samples.delivery(target="-600", notifier="tg"))
    finally:
        await tg.close()
    assert moved.value.new_target == SUPERGROUP
    assert isinstance(moved.value, TargetGone)
    assert fake_telegram.messages() == []


@pytest.fixture
async def bot(fake_telegram: FakeTelegram, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Bot]:
    store = Store(tmp_path / "layoffwatch.db")
    running = await start_bot(fake_telegram, store, monkeypatch, unpaced=True)
    fake_telegram.set_member(GROUP, ADMIN, "administrator")
    try:
        yield running
    finally:
        await running.notifier.close()
        store.close()


async def subscribe_group(bot: Bot) -> None:
    assert (await bot.say(GROUP, "/watch Alibaba", chat_type="group")).text.startswith(
        "Watching <b>Alibaba</b>")
    assert (await bot.say(GROUP, "/min 5000", chat_type="group")).text == (
        "You'll get any company's layoffs of <b>5,000+ jobs</b>.")


def route(store: Store, ev: Event, revision: int = 0,
          changes: tuple[str, ...] = ()) -> None:
    """What the pipeline does for subscriptions: subscribed chats, new vs update."""
    chats = store.subscribers("tg", company=ev.company, count=ev.count, percent=ev.percent)
    known = store.delivered_targets(ev.id, "tg", chats)
    for kind, targets in (("new", [c for c in chats if c not in known]),
                          ("update", [c for c in chats if c in known])):
        if targets:
            alert = Alert(kind=kind, event=ev, rule="subscription", notifier="tg",  # type: ignore[arg-type]
                          changes=changes if kind == "update" else ())
            store.enqueue(alert, revision, targets, utcnow())


async def test_upgraded_group_gets_its_alerts_in_the_supergroup_with_the_same_watches(
    bot: Bot,
) -> None:
    await subscribe_group(bot)
    replies = len(bot.fake.messages(GROUP))
    bot.fake.upgrade(GROUP, SUPERGROUP)  # the bot finds out from its next send

    route(bot.store, event(1))                    # watched company
    route(bot.store, event(2, "Ford", 8000))      # over the group's /min
    route(bot.store, event(3, "Tencent", 300))    # neither: not for this chat
    await bot.deliver()

    alerts = bot.fake.messages(SUPERGROUP)
    assert [m.text.split(" · ")[0] for m in alerts] == [
        "<b>Alibaba</b> — 20,000 jobs", "<b>Ford</b> — 8,000 jobs"]
    assert len(bot.fake.messages(GROUP)) == replies  # nothing more "sent" to the old id
    assert {r["status"] for r in bot.store.deliveries()} == {"sent"}
    assert bot.store.chat("tg", GROUP) is None
    new_chat = bot.store.chat("tg", SUPERGROUP)
    assert new_chat is not None and new_chat["paused"] is None

    listing = await bot.say(SUPERGROUP, "/list", chat_type="supergroup")
    assert listing.text == "<b>Watching</b> (1): Alibaba\n<b>Any company</b>: 5,000+ jobs"

    # A later change to an event the group already saw is an update, threaded
    # under the message in the supergroup, and nothing goes out twice.
    route(bot.store, event(1, count=25000), revision=1, changes=("count 20,000 -> 25,000",))
    await bot.deliver()
    update = bot.fake.messages(SUPERGROUP)[-1]
    assert update.text.startswith("<b>Update</b> · <b>Alibaba</b> — 25,000 jobs")
    assert update.reply_to == alerts[0].message_id
    route(bot.store, event(1, count=25000), revision=1)  # the same report polled again
    await bot.deliver()
    assert len(bot.fake.messages(SUPERGROUP)) == len(alerts) + 1 + 1  # + /list's reply
    assert bot.fake.messages(GROUP)[replies:] == []


async def test_the_upgrade_service_message_moves_subscriptions_before_any_alert(
    bot: Bot,
) -> None:
    await subscribe_group(bot)
    sent_before = len(bot.fake.messages())
    # Telegram posts migrate_to_chat_id in the old group, migrate_from_chat_id in the new.
    bot.fake.upgrade(GROUP, SUPERGROUP, announce=True, title="Ops")
    # Updates of one chat are handled in order: the service message comes first.
    listing = await bot.say(SUPERGROUP, "/list", chat_type="supergroup", title="Ops")
    assert listing.text == "<b>Watching</b> (1): Alibaba\n<b>Any company</b>: 5,000+ jobs"
    assert len(bot.fake.messages()) == sent_before + 1  # the service messages got no reply
    bot.fake.wait_until_idle()
    assert bot.store.chat("tg", GROUP) is None
    assert bot.store.subscribers("tg", company="Alibaba", count=None, percent=None) == [
        SUPERGROUP]

    route(bot.store, event(1))
    await bot.deliver()
    assert [m.text.split(" · ")[0] for m in bot.fake.messages(SUPERGROUP)][1:] == [
        "<b>Alibaba</b> — 20,000 jobs"]
    # The alert went straight to the new id: no send to the old one was tried.
    assert [p["chat_id"] for p in bot.fake.method_calls("sendMessage")
            if p["chat_id"] == GROUP] == [GROUP, GROUP]  # the two command replies


async def test_start_rescues_chats_an_earlier_version_paused_for_upgrading(
    fake_telegram: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "db")
    store.add_watch("tg", GROUP, "Alibaba")
    # What delivery recorded when ChatMigrated still meant "gone".
    store.pause_chat("tg", GROUP, f"chat {GROUP} became supergroup {SUPERGROUP}")
    store.add_watch("tg", "77", "Alibaba")
    store.pause_chat("tg", "77", "Forbidden: bot was blocked by the user")  # really gone
    assert store.subscribers("tg", company="Alibaba", count=None, percent=None) == []
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    tg = build_notifier("tg", {"type": "telegram", "base_url": fake_telegram.base_url,
                               "subscriptions": True})
    await tg.start(NotifierContext(store=store, interactive=False))
    await tg.close()
    assert store.subscribers("tg", company="Alibaba", count=None, percent=None) == [SUPERGROUP]
    assert store.paused_chats("tg") == [("77", "Forbidden: bot was blocked by the user")]
    store.close()
