"""`explain TEXT`: what detection and the rules make of one headline, and why.

    from explain import explain, format_explain
    result = explain(detector, config.rules, "Meta lays off 10% of staff")
    print(format_explain(result))          # or json.dumps(result) for --json

TEXT is a headline; anything after its first line is read as the summary.
Rules are evaluated only for layoffs (nothing alerts otherwise); for a
non-layoff the reasons say which trap or missing cue decided it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from detect import Detector
from matching import RuleLike, matching_rules


def explain(detector: Detector, rules: Iterable[RuleLike], text: str,
            lang: str | None = None) -> dict[str, Any]:
    title, _, summary = text.strip().partition("\n")
    d = detector.analyse(title, summary.strip(), lang, explain=True)
    rule_names = matching_rules(
        rules, company=d.company, count=d.count, percent=d.percent, status=d.status
    ) if d.is_layoff else []
    return {
        "decision": "layoff" if d.is_layoff else "not_layoff",
        "is_layoff": d.is_layoff,
        "company": d.company,
        "count": d.count,
        "count_is_lower_bound": d.count_is_lower_bound,
        "percent": d.percent,
        "status": d.status,
        "new_round": d.new_round,
        "lang": d.lang,
        "score": d.score,
        "threshold": detector.threshold,
        "rules": rule_names,
        "reasons": list(d.reasons),
        "title": title,
        "summary": summary.strip(),
    }


def format_explain(result: dict[str, Any]) -> str:
    yes = result["is_layoff"]
    lines = [
        f"Decision:  {'LAYOFF' if yes else 'NOT A LAYOFF'}  "
        f"(score {result['score']:g}, threshold {result['threshold']:g}, lang {result['lang']})",
        f"Company:   {result['company'] or '-'}",
    ]
    count = result["count"]
    if count is None:
        lines.append("Count:     -")
    else:
        bound = " (at least)" if result["count_is_lower_bound"] else ""
        lines.append(f"Count:     {count:,}{bound}")
    pct = result["percent"]
    lines.append(f"Percent:   {'-' if pct is None else f'{pct:g}%'}")
    lines.append(f"Status:    {result['status'] if yes else '-'}")
    if result.get("new_round"):
        lines.append("New round: yes")
    if yes:
        names = ", ".join(result["rules"]) if result["rules"] else "none match"
        lines.append(f"Rules:     {names}")
    lines.append("Why:")
    lines += [f"  - {r}" for r in result["reasons"]]
    return "\n".join(lines)
