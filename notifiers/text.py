"""How an alert's numbers read in any notifier: "~20,000 jobs (10%) · reported"."""

from __future__ import annotations

from models import Alert, Event


def format_count(event: Event) -> str | None:
    if event.count is None:
        return None
    prefix = "at least " if event.count_is_lower_bound else ""
    noun = "job" if event.count == 1 else "jobs"
    return f"{prefix}{event.count:,} {noun}"


def format_percent(event: Event) -> str | None:
    if event.percent is None:
        return None
    return f"{event.percent:g}% of staff"


def headline(alert: Alert) -> str:
    """Company, numbers and status on one line, the part people read first."""
    e = alert.event
    numbers = [x for x in (format_count(e), format_percent(e)) if x]
    parts = [e.company, " · ".join(numbers) if numbers else "layoffs", e.status]
    prefix = "UPDATE: " if alert.kind == "update" else ""
    return prefix + " — ".join(parts[:2]) + f" · {parts[2]}"
