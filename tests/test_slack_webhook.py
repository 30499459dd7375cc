"""The `slack_webhook` notifier against the loopback fake, through the real AsyncWebhookClient.

The webhook URL is the secret: no exception, `last_response` or log line may contain it.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Callable

import pytest

import notifiers.slack  # noqa: F401  (registers the kinds)
import samples
from fake_slack import FakeSlack, fake_slack_fixture  # noqa: F401  (the fake_slack fixture)
from models import AlertKind, Delivery
from notifiers.base import PermanentError, TemporaryError, build_notifier
from notifiers.slack import SlackWebhookNotifier

Make = Callable[..., SlackWebhookNotifier]


JD_CUT = {
    "company": "JD.com",
    "count": None,
    "count_is_lower_bound": False,
    "percent": 10.0,
    "status": "confirmed",
    "title": "JD.com confirms 10% staff cut & <reorg>",
    "url": "https://www.scmp.com/tech/jd-cuts",
    "source": "scmp",
    "sources": ("https://www.scmp.com/tech/jd-cuts",),
    "summary": "",
}


def delivery(kind: AlertKind = "new", changes: tuple[str, ...] = ()) -> Delivery:
    thread_ref = "1700000000.000001" if kind == "update" else None
    return samples.delivery(
        kind, changes, id=7, thread_ref=thread_ref, rule="big-cuts", notifier="hook", **JD_CUT
    )


@pytest.fixture
def hook_url(fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> str:
    url = fake_slack.add_webhook("layoffs")
    monkeypatch.setenv("SLACK_WEBHOOK_URL", url)
    return url


@pytest.fixture
async def make(hook_url: str) -> AsyncIterator[Make]:
    made: list[SlackWebhookNotifier] = []

    def factory(**config: object) -> SlackWebhookNotifier:
        notifier = build_notifier("hook", {"type": "slack_webhook", **config})
        assert isinstance(notifier, SlackWebhookNotifier)
        made.append(notifier)
        return notifier

    yield factory
    for notifier in made:
        await notifier.close()


async def started(notifier: SlackWebhookNotifier) -> SlackWebhookNotifier:
    await notifier.start(None)
    return notifier


def secret_part(url: str) -> str:
    return url.rsplit("/", 1)[-1]


async def test_webhook_posts_blocks_and_text(make: Make, fake_slack: FakeSlack) -> None:
    notifier = await started(make())
    assert await notifier.send(delivery()) is None  # webhooks give no ts to thread under
    [message] = fake_slack.messages
    assert message.via == "webhook"
    assert message.channel == "C0LAYOFFS"
    assert message.text.startswith("Layoffs at JD.com: 10% of staff (confirmed).")
    assert "&amp; &lt;reorg&gt;" in message.text
    assert message.blocks is not None
    assert message.blocks[0]["text"]["text"] == "JD.com — 10% of staff · confirmed"
    assert notifier.last_response == "HTTP 200 ok"


async def test_webhook_update_posts_a_new_message(make: Make, fake_slack: FakeSlack) -> None:
    notifier = await started(make())
    await notifier.send(delivery("update", changes=("status reported -> confirmed",)))
    [message] = fake_slack.messages
    assert message.thread_ts is None
    assert message.text.startswith("Update on JD.com layoffs:")
    assert "thread_ts" not in fake_slack.hooks()[0].params


@pytest.mark.parametrize(
    ("status", "body", "says"),
    [
        (403, "invalid_token", "the webhook URL's token is invalid [invalid_token]"),
        (404, "channel_not_found", "the webhook's channel no longer exists [channel_not_found]"),
        (410, "channel_is_archived", "the webhook's channel is archived [channel_is_archived]"),
        (403, "action_prohibited", "a workspace admin restricted this webhook [action_prohibited]"),
    ],
)
async def test_webhook_4xx_is_permanent_and_says_why(
    make: Make, fake_slack: FakeSlack, hook_url: str, status: int, body: str, says: str
) -> None:
    fake_slack.fail_next("webhook", status=status, body=body)
    notifier = await started(make())
    with pytest.raises(PermanentError) as info:
        await notifier.send(delivery())
    assert str(info.value) == f"slack webhook hook: {says}; check SLACK_WEBHOOK_URL"
    assert secret_part(hook_url) not in str(info.value)
    assert notifier.last_response == f"HTTP {status} {body}"


async def test_removed_webhook_is_permanent(
    make: Make, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = fake_slack.url + "/services/T0FAKE/B0GONE/notarealsecret0000"
    monkeypatch.setenv("SLACK_WEBHOOK_URL", gone)
    notifier = await started(make())
    with pytest.raises(PermanentError, match=r"removed or disabled \[no_service\]") as info:
        await notifier.send(delivery())
    assert "notarealsecret0000" not in str(info.value)


async def test_webhook_429_is_waited_out(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.rate_limit_next(retry_after=1, path="webhook")
    notifier = await started(make())
    await notifier.send(delivery())
    assert [r.status for r in fake_slack.hooks()] == [429, 200]
    assert len(fake_slack.messages) == 1


async def test_webhook_long_429_is_temporary_with_retry_after(
    make: Make, fake_slack: FakeSlack
) -> None:
    fake_slack.rate_limit_next(retry_after=90, path="webhook")
    notifier = await started(make())
    with pytest.raises(TemporaryError) as info:
        await notifier.send(delivery())
    assert info.value.retry_after == 90
    assert fake_slack.messages == []


async def test_webhook_5xx_is_temporary(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("webhook", status=503, body="<html>busy</html>")
    notifier = await started(make())
    with pytest.raises(TemporaryError, match="HTTP 503"):
        await notifier.send(delivery())


async def test_webhook_rejected_blocks_resent_as_text(make: Make, fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("webhook", status=400, body="invalid_blocks")
    notifier = await started(make())
    await notifier.send(delivery())
    [message] = fake_slack.messages
    assert message.blocks is None
    assert "JD.com" in message.text


async def test_webhook_timeout_and_refused_are_temporary(
    make: Make, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_slack.fail_next("webhook", status=200, body="ok", hang=10)
    notifier = await started(make(timeout=0.3))
    with pytest.raises(TemporaryError, match="timed out"):
        await notifier.send(delivery())

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("SLACK_WEBHOOK_URL", f"http://127.0.0.1:{port}/services/T/B/refusedsecret")
    refused = await started(make())
    with pytest.raises(TemporaryError, match="could not connect") as info:
        await refused.send(delivery())
    assert "refusedsecret" not in str(info.value)
    assert info.value.__cause__ is None  # aiohttp's message could quote the URL


async def test_missing_or_malformed_webhook_env(
    make: Make, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_WEBHOOK_URL")
    notifier = make()
    assert notifier.missing_env() == ["SLACK_WEBHOOK_URL"]
    await notifier.start(None)
    with pytest.raises(PermanentError, match=r"^SLACK_WEBHOOK_URL is not set$"):
        await notifier.send(delivery())

    monkeypatch.setenv("SLACK_WEBHOOK_URL", "hooks.slack.com/services/T/B/nothttp")
    bad = await started(make())
    with pytest.raises(PermanentError, match="does not hold an http") as info:
        await bad.send(delivery())
    assert "nothttp" not in str(info.value)
    assert fake_slack.requests == []


async def test_webhook_url_never_in_logs_even_at_debug(
    make: Make,
    fake_slack: FakeSlack,
    hook_url: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    sdk = logging.getLogger("notifiers.slack.sdk")
    sdk.setLevel(logging.DEBUG)  # slack_sdk logs the full URL at DEBUG
    try:
        notifier = await started(make())
        await notifier.send(delivery())
        fake_slack.fail_next("webhook", status=403, body="invalid_token")
        with pytest.raises(PermanentError) as info:
            await notifier.send(delivery())
        logging.getLogger("test").error("failed: %s", info.value, exc_info=info.value)
    finally:
        sdk.setLevel(logging.INFO)
    assert "Sending a request" in caplog.text  # the SDK did log the request...
    out = capsys.readouterr()
    for text in (caplog.text, out.out, out.err, str(notifier.last_response)):
        assert secret_part(hook_url) not in text  # ...but not the secret
