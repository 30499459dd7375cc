"""explain(): the decision, what was extracted, which rules match, and why."""

from __future__ import annotations

import json

from detect import Detector
from explain import explain, format_explain
from support import rule

RULES = [
    rule("watchlist", ("Alibaba", "JD.com")),
    rule("big-cuts", "*", min_count=1000, min_percent=10),
    rule("confirmed-only", "*", statuses=("confirmed",)),
]


def test_layoff_with_rules_and_reasons() -> None:
    result = explain(Detector(), RULES, "阿里巴巴拟裁员1万人")
    assert result["decision"] == "layoff"
    assert (result["company"], result["count"], result["status"]) == ("Alibaba", 10000, "planned")
    assert result["rules"] == ["watchlist", "big-cuts"]
    json.dumps(result)  # --json output must serialise
    text = format_explain(result)
    assert "LAYOFF" in text and "Alibaba" in text and "10,000" in text
    assert "watchlist, big-cuts" in text
    assert "'裁员'" in text  # the cue is shown
    assert "via '阿里巴巴'" in text  # and the alias that named the company


def test_not_a_layoff_says_which_trap() -> None:
    result = explain(Detector(), RULES, "JD.com denies rumours of large-scale layoffs")
    assert result["decision"] == "not_layoff" and result["rules"] == []
    text = format_explain(result)
    assert text.startswith("Decision:  NOT A LAYOFF")
    assert "trap denial" in text and "veto" in text


def test_second_line_is_the_summary() -> None:
    result = explain(Detector(), RULES, "Acme Robotics restructures\nAcme Robotics laid off 80 "
                                        "people on Tuesday.")
    assert result["is_layoff"] and result["count"] == 80
    assert result["company"] == "Acme Robotics"
    assert result["rules"] == ["confirmed-only"]
    assert "Count:     80" in format_explain(result)


def test_lower_bound_and_percent_are_shown() -> None:
    text = format_explain(explain(Detector(), RULES, "Google lays off hundreds, 5% of staff"))
    assert "Count:     100 (at least)" in text
    assert "Percent:   5%" in text
