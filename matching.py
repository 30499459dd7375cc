"""Which rules and subscriptions an event satisfies.

A rule names companies (a list, or "*" for any company) and optional
thresholds. With thresholds, a rule matches when ANY threshold is met; a
report with no number never meets a threshold. A rule without thresholds
matches every layoff at its companies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol


class RuleLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def companies(self) -> str | Sequence[str]: ...
    @property
    def min_count(self) -> int | None: ...
    @property
    def min_percent(self) -> float | None: ...
    @property
    def statuses(self) -> Sequence[str] | None: ...


def meets_thresholds(
    count: int | None, percent: float | None, min_count: int | None, min_percent: float | None
) -> bool:
    if min_count is None and min_percent is None:
        return True
    if min_count is not None and count is not None and count >= min_count:
        return True
    return min_percent is not None and percent is not None and percent >= min_percent


def rule_matches(
    rule: RuleLike, *, company: str | None, count: int | None, percent: float | None, status: str
) -> bool:
    if rule.statuses and status not in rule.statuses:
        return False
    if rule.companies != "*" and (
        company is None or company.casefold() not in {c.casefold() for c in rule.companies}
    ):
        return False
    return meets_thresholds(count, percent, rule.min_count, rule.min_percent)


def matching_rules(
    rules: Iterable[RuleLike],
    *,
    company: str | None,
    count: int | None,
    percent: float | None,
    status: str,
) -> list[str]:
    """Names of the rules an event (or a detection) satisfies, in config order."""
    return [
        r.name
        for r in rules
        if rule_matches(r, company=company, count=count, percent=percent, status=status)
    ]
