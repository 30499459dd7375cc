"""A running TelegramNotifier against the fake Bot API, for the chat-command tests.

`start_bot` builds the notifier from a rules.yaml-style dict pointed at the fake's
base_url (the real python-telegram-bot does the talking), starts it with chat
commands on, and returns a `Bot` that can speak as a user and deliver the outbox.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import pytest

from delivery import Deliverer
from fake_telegram import TOKEN, FakeTelegram, Sent, resolve_company, suggest_company
from notifiers.base import NotifierContext, build_notifier
from notifiers.telegram import FloodLimiter, TelegramNotifier
from store import Store


@dataclass
class Bot:
    fake: FakeTelegram
    store: Store
    notifier: TelegramNotifier

    async def say(self, chat_id: int | str, text: str, **kw: Any) -> Sent:
        """Send a message as a user and return the bot's reply."""
        before = len(self.fake.messages(chat_id))
        self.fake.push_command(chat_id, text, **kw)
        return (await self.fake.await_messages(chat_id, before + 1))[before]

    async def deliver(self) -> None:
        await Deliverer(self.store, {"tg": self.notifier}).deliver_until_idle(max_wait=10)


async def start_bot(fake: FakeTelegram, store: Store, monkeypatch: pytest.MonkeyPatch,
                    *, unpaced: bool = False, **config: Any) -> Bot:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    raw = {"type": "telegram", "base_url": fake.base_url, "subscriptions": True, **config}
    notifier = build_notifier("tg", raw)
    assert isinstance(notifier, TelegramNotifier)
    # Per-chat pacing is tested in test_telegram_send; here it would only make
    # every reply wait a second.
    notifier.limiter = FloodLimiter(private_interval=0.0, group_interval=0.0)
    if unpaced:
        notifier.group_interval = 0.0  # type: ignore[misc]
    ctx = NotifierContext(store=store, resolve_company=resolve_company,
                          suggest_company=suggest_company, interactive=True)
    await notifier.start(ctx)
    await asyncio.wait_for(notifier.commands_ready.wait(), 10)
    return Bot(fake, store, notifier)
