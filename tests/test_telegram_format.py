"""Telegram message text and chat-argument parsing, without a server."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import Alert, Event
from notifiers.telegram_commands import clean_arg, parse_min
from notifiers.telegram_format import (
    figures,
    format_alert,
    format_alert_plain,
    format_event_line,
    safe_url,
    tg_len,
)


def event(**over: Any) -> Event:
    fields: dict[str, Any] = dict(
        id="e", company="JD.com", count=None, count_is_lower_bound=False, percent=None,
        status="planned", title="京东计划裁员", url="https://36kr.com/p/1",
        published=datetime(2026, 11, 20, tzinfo=UTC), source="36kr",
        sources=("https://36kr.com/p/1",),
    )
    fields.update(over)
    return Event(**fields)


@pytest.mark.parametrize(
    ("over", "text"),
    [({"count": 1200}, "1,200 jobs"),
     ({"count": 20000, "count_is_lower_bound": True, "percent": 10.0}, "20,000+ jobs (10%)"),
     ({"percent": 12.5}, "12.5% of staff"),
     ({}, "size not reported")],
)
def test_figures(over: dict[str, Any], text: str) -> None:
    assert figures(event(**over)) == text


def test_company_and_title_are_escaped_and_bad_urls_not_linked() -> None:
    alert = Alert(kind="new", rule="r", notifier="tg", event=event(
        company="A&B <Corp>", title='"Quoted" <b>bold</b>', url="javascript:alert(1)",
        sources=("javascript:alert(1)", "https://ok.example/x"),
    ))
    text = format_alert(alert)
    assert text.startswith("<b>A&amp;B &lt;Corp&gt;</b> — size not reported · planned\n")
    assert "&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt;" in text
    assert "javascript" not in text
    assert 'Sources: <a href="https://ok.example/x">ok.example</a>' in text


def test_utf16_length_counts_emoji_twice() -> None:
    assert tg_len("裁员") == 2 and tg_len("📉") == 2
    alert = Alert(kind="new", rule="r", notifier="tg", event=event(title="📉" * 5000))
    assert tg_len(format_alert(alert)) <= 4096
    assert tg_len(format_alert_plain(alert)) <= 4096


def test_safe_url() -> None:
    assert safe_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("", "ftp://a", "http://", "https://a.example/x y", "data:text/html,x"):
        assert safe_url(bad) is None


def test_event_line() -> None:
    line = format_event_line(event(count=500, status="confirmed"))
    assert line == ("• <b>JD.com</b> — 500 jobs · confirmed · 2026-11-20\n"
                    '  <a href="https://36kr.com/p/1">京东计划裁员</a>')


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("1000", ("count", 1000.0)), ("1,000", ("count", 1000.0)), ("1.5k", ("count", 1500.0)),
     ("2万", ("count", 20000.0)), ("10%", ("percent", 10.0)), ("１０％", ("percent", 10.0)),
     ("off", ("off", 0.0)), ("0", ("off", 0.0)), ("200%", None), ("-5", None), ("abc", None),
     ("1e9", None), ("99999999", None)],
)
def test_parse_min(text: str, parsed: tuple[str, float] | None) -> None:
    assert parse_min(text) == parsed


def test_clean_arg_strips_controls_and_invisible_characters() -> None:
    assert clean_arg("  Ali\u200bba\u202eba\n\x00 Group\ufeff ") == "Alibaba Group"
    assert clean_arg("ＪＤ") == "JD"


@given(st.text(max_size=300))
def test_clean_arg_never_returns_controls_or_format_characters(text: str) -> None:
    import unicodedata

    out = clean_arg(text)
    assert out == out.strip()
    assert all(unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn") for c in out)


@given(title=st.text(max_size=6000), company=st.text(min_size=1, max_size=100),
       count=st.none() | st.integers(min_value=0, max_value=10**7))
def test_any_feed_text_fits_and_stays_escaped(title: str, company: str, count: int | None) -> None:
    alert = Alert(kind="new", rule="r", notifier="tg",
                  event=event(title=title, company=company, count=count))
    text = format_alert(alert)
    assert tg_len(text) <= 4096
    # Only our own tags survive: every '<' starts one of them.
    stripped = text
    for tag in ("<b>", "</b>", "<i>", "</i>", "</a>"):
        stripped = stripped.replace(tag, "")
    assert all(part.startswith('a href="') for part in stripped.split("<")[1:])
