"""What an alert looks like in Slack: numbers, escaping and limits (pure rendering, no I/O)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fake_slack import Message, _blocks_ok
from notifiers import slack_blocks as sb
from samples import alert as make_alert


@pytest.mark.parametrize(
    ("count", "lower", "percent", "status", "expected"),
    [
        (20000, True, None, "reported", "Alibaba — ~20,000 jobs · reported"),
        (20000, False, None, "confirmed", "Alibaba — 20,000 jobs · confirmed"),
        (1, False, None, "planned", "Alibaba — 1 job · planned"),
        (1500, False, 10.0, "confirmed", "Alibaba — 1,500 jobs (10%) · confirmed"),
        (None, False, 12.5, "reported", "Alibaba — 12.5% of staff · reported"),
        (None, False, None, "reported", "Alibaba — layoffs · reported"),
    ],
)
def test_header_states_company_numbers_and_status(
    count: int | None, lower: bool, percent: float | None, status: str, expected: str
) -> None:
    alert = make_alert(count=count, count_is_lower_bound=lower, percent=percent, status=status)
    assert sb.header_text(alert) == expected
    assert sb.blocks(alert)[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": expected, "emoji": True},
    }


def test_fallback_text_names_company_and_numbers_in_words() -> None:
    text = sb.fallback_text(make_alert(percent=10.0))
    assert text.startswith("Layoffs at Alibaba: at least 20,000 jobs (10%) (reported).")
    assert "Alibaba to cut 20,000 jobs" in text
    assert "https://technode.com/2026/11/20/alibaba-layoffs/" in text


def test_update_says_what_changed() -> None:
    alert = make_alert("update", changes=("count 1,000 -> 2,000", "status reported -> confirmed"))
    blocks = sb.blocks(alert)
    assert blocks[0]["text"]["text"].startswith("Update: Alibaba")
    assert blocks[1]["text"]["text"] == (
        "*What changed*\n• count 1,000 -&gt; 2,000\n• status reported -&gt; confirmed"
    )
    assert "Changed: count 1,000 -&gt; 2,000; status reported -&gt; confirmed." in sb.fallback_text(
        alert
    )


def test_feed_text_is_escaped_so_it_cannot_ping_or_forge_links() -> None:
    alert = make_alert(
        title="Layoffs <!channel> & <https://evil.example|click> at R&D",
        summary="<p>Staff told <b>&lt;today&gt;</b> &amp; more</p>",
        company="AT&T <Labs>",
    )
    rendered = str(sb.blocks(alert)) + sb.fallback_text(alert)
    assert "<!channel>" not in rendered
    assert "<https://evil.example|click>" not in rendered
    headline = sb.blocks(alert)[1]["text"]["text"]
    assert "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; at R&amp;D" in headline
    summary = sb.blocks(alert)[2]["text"]["text"]
    assert summary == "Staff told &lt;today&gt; &amp; more"  # tags dropped, text escaped
    # plain_text headers are shown literally by Slack: no escaping there
    assert sb.header_text(alert).startswith("AT&T <Labs> — ")


def test_fit_never_cuts_inside_an_entity() -> None:
    for limit in range(1, 30):
        out = sb.fit("&&&&&&&&&&<<<<<>>>>>", limit)
        assert len(out) <= limit
        assert sb.escape("&&&&&&&&&&<<<<<>>>>>").startswith(out.removesuffix("…"))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x?a=1&b=2", "https://a.example/x?a=1&amp;b=2"),
        ("https://a.example/x|y>z", "https://a.example/x%7Cy%3Ez"),
        ("javascript:alert(1)", None),
        ("mailto:x@example.com", None),
        ("", None),
    ],
)
def test_links_only_for_http_and_never_broken_by_pipes(url: str, expected: str | None) -> None:
    assert sb.safe_url(url) == expected


def test_huge_fields_fit_slack_limits() -> None:
    alert = make_alert(
        "update",
        changes=tuple(f"count {i:,} -> {i + 1:,} & <more>" for i in range(200)),
        company="Mega" * 100,
        title="<&>" * 50_000,
        summary="word & " * 20_000,
        sources=tuple(f"https://news{i}.example/{'x' * 400}" for i in range(300)),
        url="https://technode.com/" + "y" * 5000,
    )
    blocks = sb.blocks(alert)
    assert len(blocks) <= sb.BLOCKS_MAX
    header = blocks[0]["text"]["text"]
    assert len(header) <= 150
    assert header.endswith(" — ~20,000 jobs · reported")  # the numbers survive the cut
    for block in blocks[1:]:
        texts = [e["text"] for e in block.get("elements", [block.get("text")])]
        for text in texts:
            assert 0 < len(text) <= 3000
    assert len(sb.fallback_text(alert)) <= sb.FALLBACK_MAX
    sources = blocks[-2]["text"]["text"]
    shown = sources.count("• <https://news")  # long URLs stay clickable
    assert 1 <= shown <= 10
    assert sources.endswith(f"…and {300 - shown} more")


def test_context_line_has_rule_status_and_first_seen() -> None:
    context = sb.blocks(make_alert())[-1]
    assert context["type"] == "context"
    assert context["elements"][0]["text"] == (
        "Rule: *watchlist* · Status: reported · First seen: 2026-11-20 08:05 UTC"
        " · Published: 2026-11-20 08:00 UTC · Via: technode"
    )


# -- properties: whatever a feed sends, the message stays valid -------------------

# Pieces a hostile or sloppy feed really sends, mixed with arbitrary unicode.
feed_text = st.lists(
    st.sampled_from(
        ["<!channel>", "<@U123>", "<https://x.example|y>", "&amp;", "&", "<", ">", "|", "@here",
         "*", "_", "~", "`", "\n> ", "＊", "＿", "＞", " "]
    )
    | st.text(st.characters(blacklist_categories=["Cs"]), max_size=40),
    max_size=150,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=feed_text, limit=st.integers(min_value=1, max_value=400))
def test_fit_is_a_bounded_prefix_of_the_escaped_text(text: str, limit: int) -> None:
    out = sb.fit(text, limit)
    assert len(out) <= limit
    full = sb.escape(text)
    assert out == full or (out.endswith("…") and full.startswith(out[:-1]))


@settings(max_examples=60, deadline=None)
@given(
    company=feed_text,
    title=feed_text,
    summary=feed_text,
    url=st.text(max_size=300) | st.just("https://example.com/a|b>c&d"),
    changes=st.lists(feed_text, max_size=30),
    count=st.none() | st.integers(min_value=0, max_value=10**12),
    percent=st.none() | st.floats(min_value=0, max_value=100),
)
def test_any_alert_renders_within_slack_limits(
    company: str,
    title: str,
    summary: str,
    url: str,
    changes: list[str],
    count: int | None,
    percent: float | None,
) -> None:
    alert = make_alert(
        "update",
        changes=tuple(changes),
        company=company,
        title=title,
        summary=summary,
        url=url,
        sources=(url, "https://b.example/x"),
        count=count,
        percent=percent,
    )
    blocks = sb.blocks(alert)
    assert _blocks_ok(blocks)  # the fake's copy of Slack's block validation
    text = sb.fallback_text(alert)
    assert 0 < len(text) <= sb.FALLBACK_MAX
    # No pings or forged links smuggled into mrkdwn (the plain_text header is shown as is).
    mrkdwn = [b["text"]["text"] for b in blocks[1:] if "text" in b]
    mrkdwn += [e["text"] for b in blocks if b["type"] == "context" for e in b["elements"]]
    for raw in [text, *mrkdwn]:
        assert "<!" not in raw
        assert "<@" not in raw
        assert "<https://x.example|y>" not in raw
    # As a reader sees it: our bold, nothing else, and no one pinged.
    message = Message("C0LAYOFFS", "1.000001", text, blocks)
    for seen in (message.seen(), message.seen_text()):
        assert {style for style, _ in seen.styles} <= {"bold"}
        assert seen.pings == []
