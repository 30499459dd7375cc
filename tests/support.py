"""Helpers for tests: build RSS from real headlines, write rules.yaml files.

Headlines come from the labelled corpus (tests/data/corpus/*.jsonl), which
holds real news text with its source address.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from models import utcnow

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    guid: str | None = None
    published: datetime | None = None
    summary: str = ""


def rss(entries: Iterable[Entry], *, title: str = "Test feed", link: str = "https://example.com/",
        lang: str = "en") -> bytes:
    parts = []
    for e in entries:
        guid = f"<guid isPermaLink=\"false\">{escape(e.guid)}</guid>" if e.guid else ""
        date = f"<pubDate>{format_datetime(e.published)}</pubDate>" if e.published else ""
        parts.append(
            f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>{guid}{date}"
            f"<description>{escape(e.summary)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link><language>{lang}</language>"
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


def corpus(lang: str | None = None, label: str | None = None) -> list[dict]:
    rows = []
    for path in sorted((DATA / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if (lang is None or row.get("lang") == lang) and (
                    label is None or row["label"] == label
                ):
                    rows.append(row)
    return rows


@cache
def _detector() -> Any:
    from detect import CompanyDirectory, Detector

    return Detector(CompanyDirectory.bundled())


def clear_stories(lang: str | None = None) -> list[dict]:
    """Labelled layoff items with a company and a headcount that detection reads
    exactly as labelled: for tests of what happens AFTER detection (events,
    delivery), so that a detection miss doesn't masquerade as a pipeline bug.
    Detection quality itself is measured by the backtest."""
    out = []
    for row in corpus(lang, "layoff"):
        if not (row["company"] and row["count"]):
            continue
        d = _detector().analyse(row["title"], row["summary"], row.get("lang"))
        if d.is_layoff and d.company == row["company"] and d.count == row["count"]:
            out.append(row)
    return out


def rule(name: str, companies: str | tuple[str, ...], **limits: Any) -> Any:
    """A validated rule, as rules.yaml would give it (notifying the console)."""
    from config import RuleConfig

    return RuleConfig(name=name, companies=companies, notify=("console",), **limits)


def below_floors(report: Any, lang: str, floors: dict[str, float]) -> list[str]:
    """The backtest figures of one language that fall under their floor (or are missing):
    precision and recall of detection, company / count / percent accuracy of extraction."""
    scores = report.scores(lang)
    figures = {"precision": scores.precision, "recall": scores.recall, **report.accuracy(lang)}
    return [f"{name} {figures[name]} < {floor}" for name, floor in floors.items()
            if figures[name] is None or figures[name] < floor]


def recent(hours: float = 1) -> datetime:
    return utcnow() - timedelta(hours=hours)


def write_config(
    directory: Path,
    sources: Sequence[tuple[str, str]],
    *,
    alerts: Path | None = None,
    rules: str | None = None,
    notifiers: str | None = None,
    settings: str = "",
    companies: str = "",
) -> Path:
    """A rules.yaml with the given (name, url) sources and a jsonl notifier."""
    alerts = alerts or directory / "alerts.jsonl"
    src = "\n".join(f"  - name: {n}\n    url: {u}\n    every: 1m" for n, u in sources)
    rules = rules or textwrap.dedent("""\
        rules:
          - name: everything
            companies: "*"
            notify: [archive]
        """)
    notifiers = notifiers or f"notifiers:\n  archive: {{type: jsonl, path: {alerts}}}\n"
    text = f"version: 1\n{settings}sources:\n{src}\n{companies}{rules}{notifiers}"
    path = directory / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def read_alerts(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
