"""Feed text in Slack shows as written: no formatting, quotes or pings of its own.

Headlines, company names, summaries and changes come from feeds; in mrkdwn
their `*`, `_`, `~`, backticks and a leading `>` would turn into formatting and
`<!channel>` or a bare @here into a ping. Alerts go through the real slack_sdk
clients to the loopback fake, whose `seen()` renders what a reader would see.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

import notifiers.slack  # noqa: F401  (registers the kinds)
from fake_slack import FakeSlack, Message, fake_slack_fixture  # noqa: F401  (the fixture)
from models import Delivery
from notifiers.base import Notifier, build_notifier
from samples import delivery

HOSTILE: dict[str, Any] = {
    "company": "*Ali*_baba_",
    "title": "*Breaking*: _Alibaba_ cuts ~20,000~ jobs in `cloud` @channel <!here>",
    "summary": "> Staff told *today*; see <@U123> & ~all~ teams @everyone",
}
# What a reader sees: the same words, with look-alikes standing in for the marks.
TITLE_SEEN = "∗Breaking∗: ˍAlibabaˍ cuts ∼20,000∼ jobs in ˋcloudˋ @channel <!here>"
SUMMARY_SEEN = "> Staff told ∗today∗; see <@U123> & ∼all∼ teams @everyone"

Post = Callable[[Delivery], Awaitable[Message]]


@pytest.fixture(params=["slack", "slack_webhook"])
async def post(
    request: pytest.FixtureRequest, fake_slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Post]:
    """Send one delivery through a bot-token or a webhook notifier; return the message."""
    if request.param == "slack":
        monkeypatch.setenv("SLACK_BOT_TOKEN", fake_slack.token)
        raw = {"type": "slack", "channel": "#layoffs", "base_url": fake_slack.api_url}
    else:
        monkeypatch.setenv("SLACK_WEBHOOK_URL", fake_slack.add_webhook())
        raw = {"type": "slack_webhook"}
    notifier: Notifier = build_notifier("team-slack", raw)

    async def send(d: Delivery) -> Message:
        await notifier.send(d)
        return fake_slack.messages[-1]

    yield send
    await notifier.close()


async def test_feed_marks_are_shown_not_applied(post: Post) -> None:
    message = await post(delivery(**HOSTILE))
    seen = message.seen()
    # The only formatting is ours: the bold headline link, "Sources", the rule name.
    assert seen.styles == [("bold", TITLE_SEEN), ("bold", "Sources"), ("bold", "watchlist")]
    assert seen.pings == []
    lines = seen.text.split("\n")
    assert lines[0] == "*Ali*_baba_ — ~20,000 jobs · reported"  # plain_text: shown as sent
    assert lines[1] == TITLE_SEEN
    assert lines[2] == SUMMARY_SEEN  # a leading ">" is no block quote


async def test_fallback_text_shows_the_marks_and_pings_nobody(post: Post) -> None:
    message = await post(delivery(**HOSTILE))
    seen = message.seen_text()
    assert seen.styles == []
    assert seen.pings == []
    assert seen.text.startswith(
        "Layoffs at ∗Ali∗ˍbabaˍ: at least 20,000 jobs (reported). " + TITLE_SEEN
    )


async def test_update_changes_and_a_quote_at_the_start_stay_plain(post: Post) -> None:
    message = await post(
        delivery("update", ("> count ≥1,000 → ≥20,000", "status *reported* → _confirmed_"),
                 summary="＞ 全体员工 ＊裁员＊ ＿通知＿")
    )
    seen = message.seen()
    assert ("bold", "What changed") in seen.styles
    assert not [s for s in seen.styles if s[0] != "bold"]
    assert "• > count ≥1,000 → ≥20,000\n• status ∗reported∗ → ˍconfirmedˍ" in seen.text
    assert "＞ 全体员工 ﹡裁员﹡ ⸏通知⸏" in seen.text.split("\n")
    assert message.seen_text().pings == []
