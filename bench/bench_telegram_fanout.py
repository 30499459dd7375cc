"""Fan-out benchmark: one event to N subscribed Telegram chats (default 3,000).

Runs the lead's delivery loop (`Deliverer.deliver_until_idle`) with the real
TelegramNotifier and python-telegram-bot against the loopback fake Bot API,
which enforces Telegram's flood limits (more than 30 messages in any second,
two to one chat within a second, or more than 20 a minute to a group -> 429).

    .venv/bin/python bench/bench_telegram_fanout.py            # 3,000 chats, ~2 min
    .venv/bin/python bench/bench_telegram_fanout.py --chats 300

Prints the sustained rate (target ≥ 27 messages/s, 90 % of Telegram's 30/s),
messages dropped (must be 0) and 429s provoked (must be 0). Not a test: the
figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from delivery import Deliverer  # noqa: E402
from fake_telegram import TOKEN, FakeTelegram  # noqa: E402
from models import Alert, Event  # noqa: E402
from notifiers.base import NotifierContext, build_notifier  # noqa: E402
from notifiers.telegram import TelegramNotifier  # noqa: E402
from store import Store  # noqa: E402


def the_event() -> Event:
    now = datetime.now(UTC)
    return Event(
        id="bench-event", company="Alibaba", count=20000, count_is_lower_bound=True,
        percent=10.0, status="reported",
        title="Alibaba to cut 20,000 jobs as cloud unit restructures",
        url="https://technode.com/2026/11/20/alibaba-layoffs/", published=now,
        source="technode", sources=("https://technode.com/2026/11/20/alibaba-layoffs/",),
        first_seen=now, last_seen=now,
    )


async def bench(chats: int, groups: int, limits: bool) -> int:
    fake = FakeTelegram().start()
    if limits:
        fake.enforce_limits()
    os.environ["TELEGRAM_BOT_TOKEN"] = TOKEN
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "layoffwatch.db")
        event = the_event()
        store.save_event(event, revision=0, titles=[event.title])
        targets = [str(100_000 + i) for i in range(chats)]
        targets += [str(-1_001_000_000 - i) for i in range(groups)]
        for chat in targets:
            store.ensure_chat("tg", chat, chat_type="private" if chat[0] != "-" else "group")
            store.add_watch("tg", chat, "Alibaba")
        routed = store.subscribers("tg", company="Alibaba", count=event.count,
                                   percent=event.percent)
        alert = Alert(kind="new", event=event, rule="subscription", notifier="tg")
        queued = store.enqueue(alert, 0, routed, datetime.now(UTC))

        notifier = build_notifier("tg", {"type": "telegram", "base_url": fake.base_url,
                                         "subscriptions": True})
        assert isinstance(notifier, TelegramNotifier)
        await notifier.start(NotifierContext(store=store, interactive=False))
        deliverer = Deliverer(store, {"tg": notifier})
        started = time.monotonic()
        stats = await deliverer.deliver_until_idle(max_wait=60.0)
        elapsed = time.monotonic() - started
        await notifier.close()
        statuses = Counter(r["status"] for r in store.deliveries())
        store.close()
    fake.stop()

    sent = fake.messages()
    by_chat = Counter(m.chat_id for m in sent)
    times = sorted(m.at for m in sent)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    sustained = (len(times) - 1) / span if span else 0.0
    # The busiest one-second window the fake saw, and the quietest full one.
    windows = []
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        windows.append(i - j + 1)
    per_second = Counter(int(t - times[0]) for t in times)
    full = [per_second[s] for s in range(1, int(span))] or [len(times)]
    dropped = queued - len(by_chat)
    duplicates = sum(n - 1 for n in by_chat.values() if n > 1)

    print(f"chats subscribed         {chats} private + {groups} groups; queued {queued}")
    print(f"delivered                {len(by_chat)} chats in {elapsed:.1f} s "
          f"(loop: sent={stats.sent} failed={stats.failed} dropped={stats.dropped})")
    print(f"sustained rate           {sustained:.1f} messages/s "
          f"(first to last message; target >= 27, limit 30)")
    print(f"per-second buckets       min {min(full)}  max {max(per_second.values())}  "
          f"busiest sliding 1 s window {max(windows) if windows else 0}")
    print(f"dropped                  {dropped} (must be 0); duplicates {duplicates}")
    print(f"429s provoked            {fake.rejected_429} (must be 0); "
          f"limiter retry_after hits {notifier.limiter.retry_after_hits}")
    print(f"outbox                   {dict(statuses)}")
    print(f"max sends in flight      {fake.max_in_flight} at the fake")
    ok = dropped == 0 and fake.rejected_429 == 0 and sustained >= 27 and duplicates == 0
    print("RESULT                   " + ("ok" if ok else "BELOW TARGET"))
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chats", type=int, default=3000)
    parser.add_argument("--groups", type=int, default=0,
                        help="also subscribe this many group chats (20/min each)")
    parser.add_argument("--no-limits", action="store_true",
                        help="let the fake accept any rate (shows the limiter's own pace)")
    args = parser.parse_args()
    return asyncio.run(bench(args.chats, args.groups, not args.no_limits))


if __name__ == "__main__":
    raise SystemExit(main())
