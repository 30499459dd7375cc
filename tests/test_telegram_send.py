"""TelegramNotifier.send() against the loopback fake Bot API, with the real
python-telegram-bot: message format, replies for updates, error mapping,
flood limits, and the token kept out of every output."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

import samples
from fake_telegram import (
    TOKEN,
    FakeTelegram,
    LogCapture,
)
from models import AlertKind, Delivery
from notifiers.base import (
    NotifierContext,
    PermanentError,
    TargetGone,
    TemporaryError,
    build_notifier,
)
from notifiers.telegram import FloodLimiter, TelegramNotifier, api_urls
from store import Store

pytestmark = pytest.mark.usefixtures("no_token_leaks")


# The shared sample story, as the Telegram tests have always read it.
TG_STORY: dict[str, Any] = {
    "percent": 10.0,
    "title": "Alibaba to cut 20,000 jobs <in> cloud & e-commerce",
    "sources": (samples.URL, "https://www.reuters.com/tech/alibaba-cuts"),
    "summary": "",
}


def make_delivery(target: str = "1001", *, kind: AlertKind = "new", thread_ref: str | None = None,
                  changes: tuple[str, ...] = (), **event: Any) -> Delivery:
    return samples.delivery(kind, changes, target=target, thread_ref=thread_ref, notifier="tg",
                            **{**TG_STORY, **event})


async def started(fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch, **config: Any,
                  ) -> TelegramNotifier:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    raw = {"type": "telegram", "base_url": fake.base_url, **config}
    notifier = build_notifier("tg", raw)
    assert isinstance(notifier, TelegramNotifier)
    await notifier.start(NotifierContext(interactive=False))
    return notifier


async def test_sends_html_with_figures_first_and_feed_text_escaped(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch, no_token_leaks: LogCapture
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    try:
        ref = await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    [msg] = fake_telegram.messages("1001")
    assert ref == str(msg.message_id)
    assert msg.parse_mode == "HTML"
    first, second, *rest = msg.text.split("\n")
    assert first == "<b>Alibaba</b> — 20,000+ jobs (10%) · reported"
    assert second == ('<a href="https://technode.com/2026/11/20/alibaba-layoffs/">'
                      "Alibaba to cut 20,000 jobs &lt;in&gt; cloud &amp; e-commerce</a>")
    assert 'reuters.com</a>' in rest[-1] and rest[-1].startswith("Sources: ")
    assert tg.last_response == f"sent message {msg.message_id} to chat 1001"
    # httpx logged the request URL; the redacting filter masked the token in it.
    assert "HTTP Request: POST http://127.0.0.1" in no_token_leaks.text
    assert "bot[REDACTED]/sendMessage" in no_token_leaks.text


async def test_message_is_capped_at_4096_and_keeps_the_figures(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    try:
        await tg.send(make_delivery(
            "1001", title="裁员 & <layoffs> " * 2000, summary="细节 " * 5000,
            sources=tuple(f"https://example{i}.com/a" for i in range(50)),
        ))
    finally:
        await tg.close()
    [msg] = fake_telegram.messages("1001")
    assert len(msg.text.encode("utf-16-le")) // 2 <= 4096
    assert msg.text.startswith("<b>Alibaba</b> — 20,000+ jobs (10%) · reported\n<a href=")
    assert "&lt;layoffs&gt;" in msg.text and "<layoffs>" not in msg.text


async def test_update_replies_to_the_first_message_and_says_what_changed(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    try:
        await tg.send(make_delivery(
            "1001", kind="update", thread_ref="77", count=25000, status="confirmed",
            changes=("count 20,000 -> 25,000", "status reported -> confirmed"),
        ))
    finally:
        await tg.close()
    [msg] = fake_telegram.messages("1001")
    assert msg.reply_to == 77 and msg.allow_sending_without_reply is True
    assert msg.text.startswith("<b>Update</b> · <b>Alibaba</b> — 25,000+ jobs (10%) · confirmed")
    assert "count 20,000 -&gt; 25,000; status reported -&gt; confirmed" in msg.text


async def test_short_429_is_waited_out_by_the_limiter(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    fake_telegram.script_send(429, retry_after=1)
    try:
        ref = await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    assert fake_telegram.rejected_429 == 1
    assert [m.message_id for m in fake_telegram.messages("1001")] == [int(ref or 0)]
    assert tg.limiter.retry_after_hits == 1


async def test_long_429_becomes_temporary_error_with_retry_after(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    fake_telegram.script_send(429, retry_after=40)
    try:
        with pytest.raises(TemporaryError) as err:
            await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    assert err.value.retry_after == 40
    assert "retry after 40" in str(err.value)
    assert fake_telegram.messages() == []


@pytest.mark.parametrize(
    ("status", "description"),
    [(403, "Forbidden: bot was blocked by the user"),
     (403, "Forbidden: user is deactivated"),
     (400, "Bad Request: chat not found")],
)
async def test_gone_chats_raise_target_gone(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch, status: int, description: str
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    fake_telegram.script_send(status, description=description)
    try:
        with pytest.raises(TargetGone, match="(?i)" + description.split(": ", 1)[1]):
            await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    assert tg.last_response is not None
    assert description.split(": ", 1)[1].lower() in tg.last_response.lower()


async def test_fixed_chat_that_refuses_is_a_config_problem_not_a_gone_target(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch, chats=[-100500, "@layoffs_channel"])
    assert tg.targets() == ["-100500", "@layoffs_channel"]
    fake_telegram.block(-100500)
    try:
        with pytest.raises(PermanentError, match=r"rules\.yaml"):
            await tg.send(make_delivery("-100500"))
        await tg.send(make_delivery("@layoffs_channel"))
    finally:
        await tg.close()
    assert len(fake_telegram.messages("@layoffs_channel")) == 1


@pytest.mark.parametrize("status", [500, 502])
async def test_server_errors_are_temporary(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    fake_telegram.script_send(status)
    try:
        with pytest.raises(TemporaryError):
            await tg.send(make_delivery("1001"))
        await tg.send(make_delivery("1002"))  # the service is back
    finally:
        await tg.close()
    assert len(fake_telegram.messages("1002")) == 1


async def test_refused_connection_is_temporary(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeTelegram().start()
    fake.stop()  # nothing listens on that port any more
    tg = await started(fake, monkeypatch)
    try:
        with pytest.raises(TemporaryError):
            await tg.send(make_delivery("1001"))
    finally:
        await tg.close()


async def test_wrong_token_is_permanent_and_never_shown(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch, no_token_leaks: LogCapture
) -> None:
    fake_telegram.token = "999999:SomeOtherTokenTheServerExpects"
    tg = await started(fake_telegram, monkeypatch)
    try:
        with pytest.raises(PermanentError) as err:
            await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    assert "TELEGRAM_BOT_TOKEN" in str(err.value) and "401" in str(err.value)
    assert TOKEN.split(":")[1] not in str(err.value)
    assert "was rejected" in no_token_leaks.text or "401" in no_token_leaks.text


async def test_missing_token_does_not_crash_start_and_send_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, no_token_leaks: LogCapture
) -> None:
    monkeypatch.delenv("TG_TOKEN_FOR_TEST", raising=False)
    tg = build_notifier("tg", {"type": "telegram", "token_env": "TG_TOKEN_FOR_TEST"})
    assert tg.missing_env() == ["TG_TOKEN_FOR_TEST"]
    await tg.start(NotifierContext(interactive=True))
    with pytest.raises(PermanentError, match="TG_TOKEN_FOR_TEST is not set"):
        await tg.send(make_delivery("1001"))
    await tg.close()
    assert "TG_TOKEN_FOR_TEST is not set" in no_token_leaks.text


async def test_html_refused_by_telegram_falls_back_to_plain_text(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    fake_telegram.script_send(
        400, description="Bad Request: can't parse entities: Unsupported start tag at byte 3"
    )
    try:
        await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    [msg] = fake_telegram.messages("1001")
    assert msg.parse_mode is None
    assert msg.text.startswith("Alibaba — 20,000+ jobs (10%) · reported\n")
    assert "<in>" in msg.text  # plain text: nothing to escape


async def test_limiter_keeps_a_burst_within_telegrams_flood_limits(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_telegram.enforce_limits()  # 30/s overall, 1/s per chat, 20/min per group
    tg = await started(fake_telegram, monkeypatch)
    deliveries = [make_delivery(str(2000 + i)) for i in range(45)]
    deliveries += [make_delivery("1001") for _ in range(3)]  # one chat thrice
    deliveries += [make_delivery("-100777") for _ in range(2)]  # a group twice
    try:
        refs = await asyncio.gather(*(tg.send(d) for d in deliveries))
    finally:
        await tg.close()
    assert fake_telegram.rejected_429 == 0
    assert len(set(refs)) == len(deliveries) == len(fake_telegram.messages())
    group = fake_telegram.messages("-100777")
    assert group[1].at - group[0].at >= 3.0  # 20 a minute, spread out


async def test_an_admin_check_is_not_held_up_by_message_pacing(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_telegram.set_member(-100777, 7, "administrator")
    tg = await started(fake_telegram, monkeypatch)
    try:
        assert tg.bot is not None
        tg.limiter.pause(3600)  # as after a long 429: sends wait, other calls don't
        member = await asyncio.wait_for(tg.bot.get_chat_member(-100777, 7), 10)
        assert member.status == "administrator"
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(tg.send(make_delivery("-100777")), 0.2)
    finally:
        await tg.close()
    assert fake_telegram.messages() == []


def test_limiter_spacing_per_kind_of_chat() -> None:
    limiter = FloodLimiter()
    assert limiter.interval_for("-100123") > 3.0 > limiter.interval_for("42") > 1.0
    tg = build_notifier("tg", {"type": "telegram", "chats": [-1001]})
    assert isinstance(tg, TelegramNotifier)
    assert tg.interval_for("-1001") == 3.0 and tg.interval_for("@news") == 3.0
    assert tg.interval_for("42") == tg.min_interval == 1.0
    assert tg.body_maxlen == 4096


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [(None, ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot")),
     ("http://localhost:8081", ("http://localhost:8081/bot", "http://localhost:8081/file/bot")),
     ("http://localhost:8081/bot/", ("http://localhost:8081/bot",
                                     "http://localhost:8081/file/bot")),
     ("http://h/x/bot{token}", ("http://h/x/bot{token}", "http://h/x/file/bot{token}"))],
)
def test_base_url_forms(base_url: str | None, expected: tuple[str, str]) -> None:
    assert api_urls(base_url) == expected


@pytest.mark.parametrize(
    "raw",
    [{"type": "telegram", "chat": [1]},  # unknown key
     {"type": "telegram", "chats": ["not-a-chat"]},
     {"type": "telegram", "allow": "closed"},
     {"type": "telegram", "max_watches": 0},
     {"type": "telegram", "base_url": "ftp://x"}],
)
def test_config_rejects_bad_keys_and_values(raw: dict[str, Any]) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        build_notifier("tg", raw)


async def test_a_slow_api_times_out_as_temporary(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    tg = build_notifier("tg", {"type": "telegram", "base_url": fake_telegram.base_url})
    assert isinstance(tg, TelegramNotifier)
    tg.request_timeout = 0.3
    await tg.start(NotifierContext(interactive=False))
    fake_telegram.send_delay = 1.0
    try:
        with pytest.raises(TemporaryError, match=r"(?i)timed out"):
            await tg.send(make_delivery("1001"))
    finally:
        fake_telegram.send_delay = 0.0
        await tg.close()


async def test_a_429_storm_gives_up_after_bounded_retries(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    tg = await started(fake_telegram, monkeypatch)
    tg.limiter.max_retries = 1
    fake_telegram.script_send(429, retry_after=1, times=5)
    try:
        with pytest.raises(TemporaryError) as err:
            await tg.send(make_delivery("1001"))
    finally:
        await tg.close()
    assert err.value.retry_after == 1
    assert fake_telegram.rejected_429 == 2  # the first try and one retry, then the loop's turn
    assert fake_telegram.messages() == []


async def test_interactive_start_with_a_rejected_token_keeps_running(
    fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch, no_token_leaks: LogCapture,
    tmp_path: Path,
) -> None:
    fake_telegram.token = "999999:SomeOtherTokenTheServerExpects"
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    tg = build_notifier("tg", {"type": "telegram", "base_url": fake_telegram.base_url,
                               "subscriptions": True})
    await tg.start(NotifierContext(store=Store(tmp_path / "db"), interactive=True))
    try:
        with pytest.raises(PermanentError, match="401"):
            await tg.send(make_delivery("1001"))
        for _ in range(50):
            if "chat commands are off" in no_token_leaks.text:
                break
            await asyncio.sleep(0.05)
    finally:
        await tg.close()
    assert "the token in TELEGRAM_BOT_TOKEN was rejected; chat commands are off" in (
        no_token_leaks.text)


async def test_interactive_start_with_the_api_down_retries_and_closes_cleanly(
    monkeypatch: pytest.MonkeyPatch, no_token_leaks: LogCapture, tmp_path: Path
) -> None:
    fake = FakeTelegram().start()
    fake.stop()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    tg = build_notifier("tg", {"type": "telegram", "base_url": fake.base_url,
                               "subscriptions": True})
    assert isinstance(tg, TelegramNotifier)
    await tg.start(NotifierContext(store=Store(tmp_path / "db"), interactive=True))
    for _ in range(50):
        if "can't reach the Bot API" in no_token_leaks.text:
            break
        await asyncio.sleep(0.05)
    await asyncio.wait_for(tg.close(), 5)
    assert "can't reach the Bot API" in no_token_leaks.text
    assert not tg.commands_ready.is_set()
