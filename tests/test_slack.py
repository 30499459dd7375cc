"""The `slack` notifier (bot token) against the loopback fake, through the real AsyncWebClient."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Callable

import pydantic
import pytest

import notifiers.slack  # noqa: F401  (registers the kinds)
from fake_slack import FakeSlack, fake_slack_fixture  # noqa: F401  (the fake_slack fixture)
from notifiers.base import PermanentError, TemporaryError, build_notifier
from notifiers.slack import SlackNotifier
from samples import delivery

Make = Callable[..., SlackNotifier]


@pytest.fixture
async def make(
    fake_slack: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Make]:
    monkeypatch.setenv("SLACK_BOT_TOKEN", fake_slack.token)
    made: list[SlackNotifier] = []

    def factory(**config: object) -> SlackNotifier:
        raw = {"type": "slack", "channel": "#layoffs", "base_url": fake_slack.url, **config}
        notifier = build_notifier("team-slack", raw)
        assert isinstance(notifier, SlackNotifier)
        made.append(notifier)
        return notifier

    yield factory
    for notifier in made:
        await notifier.close()


async def started(notifier: SlackNotifier) -> SlackNotifier:
    await notifier.start(None)
    return notifier


async def test_new_alert_posts_blocks_and_a_text_fallback(
    make: Make, fake_slack: FakeSlack
) -> None:
    notifier = await started(make())
    ts = await notifier.send(delivery())

    [post] = fake_slack.posts()
    assert post.headers["authorization"] == f"Bearer {fake_slack.token}"
    assert post.params["channel"] == "#layoffs"
    [message] = fake_slack.messages
    assert ts == message.ts
    assert message.thread_ts is None
    assert message.text.startswith("Layoffs at Alibaba: at least 20,000 jobs (reported).")
    assert message.blocks is not None
    assert message.blocks[0]["text"]["text"] == "Alibaba — ~20,000 jobs · reported"
    body = str(message.blocks)
    assert "<https://technode.com/2026/11/20/alibaba-layoffs/|Alibaba to cut 20,000 jobs" in body
    assert "The e-commerce giant is cutting staff" in body
    assert "<https://www.scmp.com/tech/article/alibaba|scmp.com>" in body
    assert "Rule: *watchlist* · Status: reported · First seen: 2026-11-20 08:05 UTC" in body
    assert notifier.last_response == f"ok: posted to C0LAYOFFS (ts {ts})"


async def test_feed_text_is_escaped_in_what_slack_receives(
    make: Make, fake_slack: FakeSlack
) -> None:
    notifier = await started(make())
    await notifier.send(delivery(title="Cuts <!here> at R&D <https://x.example|see>"))
    [message] = fake_slack.messages
    assert "<!here>" not in message.text + str(message.blocks)
    assert "Cuts &lt;!here&gt; at R&amp;D &lt;https://x.example|see&gt;" in message.text


async def test_huge_title_is_cut_to_slack_limits_and_accepted(
    make: Make,
    fake_slack: FakeSlack,
) -> None:
    notifier = await started(make())
    ts = await notifier.send(
        delivery(company="Mega Corp " * 30, title="Layoffs & cuts " * 20_000, summary="x" * 100_000)
    )
    [message] = fake_slack.messages  # the fake applies Slack's block limits; it accepted
    assert ts == message.ts
    assert message.blocks is not None
    assert len(message.text) <= 4000
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in message.blocks)


async def test_update_replies_in_the_thread_of_the_first_message(
    make: Make,
    fake_slack: FakeSlack,
) -> None:
    notifier = await started(make())
    first = await notifier.send(delivery(count=1000, count_is_lower_bound=False))
    assert first is not None
    again = await notifier.send(
        delivery("update", thread_ref=first, changes=("count 1,000 -> 20,000",))
    )

    assert again == first  # later updates keep threading under the parent
    [reply] = fake_slack.thread(first)
    assert reply.reply_broadcast is False
    assert reply.text.startswith("Update on Alibaba layoffs: at least 20,000 jobs")
    assert reply.blocks is not None
    assert reply.blocks[1]["text"]["text"] == "*What changed*\n• count 1,000 -&gt; 20,000"
    assert notifier.last_response is not None
    assert notifier.last_response.startswith(f"ok: replied in thread {first}")


async def test_reply_broadcast_comes_from_config(make: Make, fake_slack: FakeSlack) -> None:
    notifier = await started(make(reply_broadcast=True))
    first = await notifier.send(delivery())
    await notifier.send(delivery("update", thread_ref=first, changes=("status -> confirmed",)))
    [reply] = fake_slack.thread(str(first))
    assert reply.reply_broadcast is True


async def test_update_whose_thread_is_gone_posts_on_its_own(
    make: Make,
    fake_slack: FakeSlack,
) -> None:
    notifier = await started(make())
    ts = await notifier.send(delivery("update", thread_ref="1.000000", changes=("count +",)))
    [message] = fake_slack.messages
    assert message.thread_ts is None
    assert ts == message.ts  # becomes the thread for later updates


async def test_rejected_blocks_are_resent_as_plain_text(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next(status=200, body={"ok": False, "error": "invalid_blocks"})
    notifier = await started(make())
    ts = await notifier.send(delivery())
    [message] = fake_slack.messages
    assert ts == message.ts
    assert message.blocks is None
    assert "Alibaba" in message.text


@pytest.mark.parametrize(
    ("setup", "code", "says"),
    [
        (lambda f: f.channels.pop("layoffs"), "channel_not_found", "does not exist"),
        (lambda f: f.not_member.add("C0LAYOFFS"), "not_in_channel", "/invite"),
        (lambda f: f.archived.add("C0LAYOFFS"), "is_archived", "archived"),
    ],
)
async def test_channel_problems_are_permanent_and_say_what_to_fix(
    make: Make,
    fake_slack: FakeSlack,
    setup: Callable[[FakeSlack], object],
    code: str,
    says: str,
) -> None:
    setup(fake_slack)
    notifier = await started(make())
    with pytest.raises(PermanentError) as info:
        await notifier.send(delivery())
    assert f"[{code}]" in str(info.value)
    assert "#layoffs" in str(info.value)
    assert says in str(info.value)
    assert fake_slack.messages == []


async def test_wrong_token_is_permanent_and_never_shown(
    make: Make,
    fake_slack: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wrong = "xoxb-1111-2222-wrongwrongwrong"
    monkeypatch.setenv("SLACK_BOT_TOKEN", wrong)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("notifiers.slack.sdk").setLevel(logging.DEBUG)  # even at DEBUG
    try:
        notifier = await started(make())
        with pytest.raises(PermanentError) as info:
            await notifier.send(delivery())
        logging.getLogger("test").exception("delivery failed", exc_info=info.value)
    finally:
        logging.getLogger("notifiers.slack.sdk").setLevel(logging.INFO)

    message = str(info.value)
    assert message == (
        "slack team-slack (#layoffs): Slack rejected the bot token; check SLACK_BOT_TOKEN"
        " [invalid_auth]"
    )
    assert notifier.last_response == "error: invalid_auth (HTTP 200)"
    assert fake_slack.posts()[0].headers["authorization"] == f"Bearer {wrong}"  # it was sent
    out = capsys.readouterr()
    for text in (message, caplog.text, out.out, out.err, str(notifier.last_response)):
        assert wrong not in text
        assert "wrongwrong" not in text


async def test_missing_token_does_not_crash_start(
    make: Make,
    fake_slack: FakeSlack,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    notifier = make()
    assert notifier.missing_env() == ["SLACK_BOT_TOKEN"]
    await notifier.start(None)
    with pytest.raises(PermanentError, match=r"^SLACK_BOT_TOKEN is not set$"):
        await notifier.send(delivery())
    assert fake_slack.requests == []


async def test_429_is_waited_out_then_delivered(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.rate_limit_next(retry_after=1)
    notifier = await started(make())
    ts = await notifier.send(delivery())
    assert [p.status for p in fake_slack.posts()] == [429, 200]
    [message] = fake_slack.messages
    assert ts == message.ts


async def test_long_retry_after_goes_back_to_the_delivery_loop(
    make: Make,
    fake_slack: FakeSlack,
) -> None:
    fake_slack.rate_limit_next(retry_after=120)
    notifier = await started(make())
    with pytest.raises(TemporaryError) as info:
        await notifier.send(delivery())
    assert info.value.retry_after == 120
    assert "rate limited" in str(info.value)
    assert len(fake_slack.posts()) == 1  # no inline two-minute sleep
    assert fake_slack.messages == []


@pytest.mark.parametrize("status", [500, 502, 503])
async def test_server_errors_are_temporary(
    make: Make,
    fake_slack: FakeSlack,
    status: int,
) -> None:
    fake_slack.fail_next(status=status)
    notifier = await started(make())
    with pytest.raises(TemporaryError, match=f"HTTP {status}"):
        await notifier.send(delivery())
    # and the next attempt (the outbox's retry) goes through
    assert await notifier.send(delivery()) == fake_slack.messages[0].ts


async def test_timeout_is_temporary(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next(hang=10, status=200, body={"ok": True, "ts": "1.1"})
    notifier = await started(make(timeout=0.3))
    with pytest.raises(TemporaryError, match="timed out"):
        await notifier.send(delivery())


async def test_refused_connection_is_temporary(make: Make) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    notifier = await started(make(base_url=f"http://127.0.0.1:{port}"))
    with pytest.raises(TemporaryError, match="could not connect"):
        await notifier.send(delivery())


def test_config_rejects_unknown_keys_and_pasted_tokens() -> None:
    with pytest.raises(pydantic.ValidationError, match="chanel"):
        build_notifier("s", {"type": "slack", "chanel": "#x"})
    pasted = "xoxb-123456789-abcdefghijkl"
    with pytest.raises(pydantic.ValidationError) as info:
        build_notifier("s", {"type": "slack", "channel": "#x", "token_env": pasted})
    assert "environment variable" in str(info.value)
    assert pasted not in str(info.value)


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("https://slack-gov.com/api/", "https://slack-gov.com/api/"),
        ("https://slack-gov.com/api", "https://slack-gov.com/api/"),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000/api/"),
    ],
)
def test_base_url_always_ends_in_api(given: str, used: str) -> None:
    notifier = build_notifier("s", {"type": "slack", "channel": "#x", "base_url": given})
    assert isinstance(notifier, SlackNotifier)
    assert notifier.config.base_url == used


async def test_verify_checks_the_token_without_posting(
    make: Make, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    notifier = await started(make())
    assert await notifier.verify() == "token ok: @layoffbot in Fake"
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-not-the-right-one")
    wrong = await started(make())
    with pytest.raises(PermanentError, match=r"\[invalid_auth\]"):
        await wrong.verify()
    assert fake_slack.posts() == []
    assert fake_slack.messages == []


async def test_start_twice_reuses_nothing_stale(make: Make, fake_slack: FakeSlack) -> None:
    notifier = await started(make())
    await notifier.start(None)  # e.g. a config reload
    await notifier.send(delivery())
    await notifier.close()
    await notifier.close()  # idempotent
    assert len(fake_slack.messages) == 1


async def test_429_storm_gives_up_after_bounded_retries(
    make: Make, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    fake_slack.rate_limit_next(retry_after=0, times=10)
    notifier = await started(make())
    with pytest.raises(TemporaryError) as info:
        await notifier.send(delivery())
    assert info.value.retry_after == 0
    assert [p.status for p in fake_slack.posts()] == [429, 429, 429]  # 1 try + 2 inline retries
    assert fake_slack.messages == []
