"""Backtest: run detection and the rules over labelled items and score them.

Input is JSON Lines (GUIDE §1): id, title, summary, lang, label (layoff |
not_layoff), company, count, percent, optional count_is_lower_bound and status.
`run_backtest()` returns a `BacktestReport` with

* precision / recall / F1 overall, per language and per rule. A rule *hits*
  an item when the item is labelled layoff and the rule matches the labelled
  company/count/percent/status; it *predicts* the item when detection says
  layoff and the rule matches what detection extracted;
* extraction accuracy on true positives:
  - company: both sides resolved through the directory (alias -> canonical),
    then compared ignoring case, punctuation, a leading "The" and a legal suffix (Inc,
    Ltd, Group …),
    a common name matching the full one it begins ("Zurich" / "Zurich Insurance");
    both empty counts as right;
  - count: right when equal, or within 10 % of the label (reports round
    differently: "nearly 1,000" vs "about 950"); exact matches are reported too;
  - percent: right when within 0.5 percentage points (a third = 33.3 ≈ 33);
  in each, both empty is right and one empty is wrong;
* status (confirmed / reported / planned) on true positives whose label gives one;
* the misses: false negatives, false positives, extraction and status errors, by id.

`--out` writes one JSON object per input line:
{"id", "layoff", "company", "count", "count_is_lower_bound", "percent", "status", "rules"}.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detect import Detector
from detect.hanzi import to_simplified
from matching import RuleLike, matching_rules
from models import Detection

COUNT_TOLERANCE = 0.10
PERCENT_TOLERANCE = 0.5


@dataclass(frozen=True, slots=True)
class ItemResult:
    id: str
    lang: str
    title: str
    labelled: bool
    label: dict[str, Any]
    detection: Detection
    rules_labelled: tuple[str, ...]
    rules_predicted: tuple[str, ...]
    company_ok: bool
    count_ok: bool
    count_exact: bool
    percent_ok: bool
    status_ok: bool | None = None  # None: the label gives no status

    @property
    def predicted(self) -> bool:
        return self.detection.is_layoff


@dataclass(slots=True)
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, labelled: bool, predicted: bool) -> None:
        if labelled and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif labelled:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(slots=True)
class BacktestReport:
    results: list[ItemResult] = field(default_factory=list)
    rule_names: list[str] = field(default_factory=list)

    # ------------------------------------------------------------ aggregates

    def scores(self, lang: str | None = None) -> Scores:
        s = Scores()
        for r in self.results:
            if lang is None or r.lang == lang:
                s.add(r.labelled, r.predicted)
        return s

    def rule_scores(self, rule: str) -> Scores:
        s = Scores()
        for r in self.results:
            s.add(rule in r.rules_labelled, rule in r.rules_predicted)
        return s

    def accuracy(self, lang: str | None = None) -> dict[str, Any]:
        tps = [r for r in self.results if r.labelled and r.predicted
               and (lang is None or r.lang == lang)]
        n = len(tps)

        def share(flag: str) -> float | None:
            return sum(1 for r in tps if getattr(r, flag)) / n if n else None

        with_status = [r for r in tps if r.status_ok is not None]
        status = (sum(1 for r in with_status if r.status_ok) / len(with_status)
                  if with_status else None)
        return {"true_positives": n, "company": share("company_ok"), "count": share("count_ok"),
                "count_exact": share("count_exact"), "percent": share("percent_ok"),
                "status": status, "status_labelled": len(with_status)}

    def languages(self) -> list[str]:
        return sorted({r.lang for r in self.results})

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": len(self.results),
            "overall": self.scores().as_dict() | {"accuracy": self.accuracy()},
            "languages": {lang: self.scores(lang).as_dict() | {"accuracy": self.accuracy(lang)}
                          for lang in self.languages()},
            "rules": {name: self.rule_scores(name).as_dict() for name in self.rule_names},
            "false_negatives": [r.id for r in self.results if r.labelled and not r.predicted],
            "false_positives": [r.id for r in self.results if r.predicted and not r.labelled],
            "extraction_errors": [
                r.id for r in self.results if r.labelled and r.predicted
                and not (r.company_ok and r.count_ok and r.percent_ok)
            ],
            "status_errors": [r.id for r in self.results if r.status_ok is False],
        }

    # ------------------------------------------------------------ text

    def format(self) -> str:
        def pct(v: float | None) -> str:
            return "  n/a" if v is None else f"{v:5.3f}"

        def line(name: str, s: Scores) -> str:
            return (f"  {name:<22} P {pct(s.precision)}  R {pct(s.recall)}  F1 {pct(s.f1)}"
                    f"   (tp {s.tp}, fp {s.fp}, fn {s.fn}, tn {s.tn})")

        def acc_line(name: str, a: dict[str, Any]) -> str:
            return (f"  {name:<22} company {pct(a['company'])}  count {pct(a['count'])} "
                    f"(exact {pct(a['count_exact'])})  percent {pct(a['percent'])}  "
                    f"status {pct(a['status'])}   on {a['true_positives']} true positives")

        out = [f"Backtest over {len(self.results)} items", "", "Detection:"]
        out.append(line("overall", self.scores()))
        for lang in self.languages():
            out.append(line(f"lang {lang}", self.scores(lang)))
        out += ["", "Extraction (on true positives; count within 10%, percent within 0.5):"]
        out.append(acc_line("overall", self.accuracy()))
        for lang in self.languages():
            out.append(acc_line(f"lang {lang}", self.accuracy(lang)))
        if self.rule_names:
            out += ["", "Rules:"]
            for name in self.rule_names:
                out.append(line(f"rule {name}", self.rule_scores(name)))
        fns = [r for r in self.results if r.labelled and not r.predicted]
        fps = [r for r in self.results if r.predicted and not r.labelled]
        errs = [r for r in self.results if r.labelled and r.predicted
                and not (r.company_ok and r.count_ok and r.percent_ok)]
        out += ["", f"False negatives ({len(fns)}):"]
        out += [f"  {r.id}  {r.title}" for r in fns] or ["  none"]
        out += ["", f"False positives ({len(fps)}):"]
        out += [f"  {r.id}  {r.title}" for r in fps] or ["  none"]
        out += ["", f"Extraction errors ({len(errs)}):"]
        for r in errs:
            d, lab = r.detection, r.label
            parts = []
            if not r.company_ok:
                parts.append(f"company {d.company!r} vs {lab.get('company')!r}")
            if not r.count_ok:
                parts.append(f"count {d.count} vs {lab.get('count')}")
            if not r.percent_ok:
                parts.append(f"percent {d.percent} vs {lab.get('percent')}")
            out.append(f"  {r.id}  {'; '.join(parts)}  | {r.title}")
        if not errs:
            out.append("  none")
        status_errs = [r for r in self.results if r.status_ok is False]
        out += ["", f"Status errors ({len(status_errs)}; confirmed / reported / planned):"]
        out += [f"  {r.id}  {r.detection.status} vs {r.label.get('status')}  | {r.title}"
                for r in status_errs] or ["  none"]
        return "\n".join(out)


# ------------------------------------------------------------------ running


def load_items(paths: str | Path | Sequence[str | Path]) -> list[dict[str, Any]]:
    """Labelled items from one or more JSONL files (a directory means its *.jsonl)."""
    if isinstance(paths, str | Path):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    items = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{f}:{n}: not JSON: {exc.msg}") from exc
    return items


def _same_company(detector: Detector, predicted: str | None, label: str | None) -> bool:
    if not predicted and not label:
        return True
    if not predicted or not label:
        return False
    resolve = detector.directory.resolve
    a = resolve(predicted) or predicted
    b = resolve(label) or label
    # "CyanWorlds" and "Cyan Worlds" name the same company
    if _fold(a) == _fold(b):
        return True
    # "Zurich" and "Zurich Insurance", "Great Lakes" and "Great Lakes Airlines": the short
    # common name and the full one (whole words, and never a lone short word like "Sea")
    if _initials_of(a, b) or _initials_of(b, a):
        return True
    fa, fb = sorted((_fold(a), _fold(b)), key=len)
    if len(fa) >= 2 and fb.startswith(fa) and _ZH_LINE_OF_BUSINESS.fullmatch(fb[len(fa):]):
        return True  # "达尔美" and "达尔美电子", "极目银河" and "极目银河数字科技"
    short, full = sorted((_words(a), _words(b)), key=len)
    if not short or full[:len(short)] != short:
        return False
    # "Neta" and "Neta Auto", "Yitu" and "Yitu Technology": a short name is the full one
    # when what it leaves off only says what line of business the company is in
    return len("".join(short)) >= 5 or all(w in _LINE_OF_BUSINESS for w in full[len(short):])


_ZH_LINE_OF_BUSINESS = re.compile(r"(?:数字|信息|网络|智能|电子|软件|技术|科技|实业|"
                                  r"贸易|发展|文化|传媒|汽车|集团|股份|控股|有限公司|公司)+")
_LINE_OF_BUSINESS = frozenset({
    "auto", "autos", "automotive", "motor", "motors", "car", "cars", "technology",
    "technologies", "tech", "airlines", "airways", "bank", "group", "games", "studios",
    "entertainment", "interactive", "electronics", "semiconductor", "robotics",
    "pharmaceuticals", "energy", "media"})


# "Dow Inc." and "Dow", "Bombardier Inc" and "Bombardier" name the same company
_LEGAL_SUFFIX = re.compile(r"[\s,]+(?:inc|corp|corporation|ltd|limited|llc|plc|co|ag|sa|nv|gmbh|"
                           r"holdings?|group)\.?$", re.I)


# "The Daily Dot" and "Daily Dot": the article is not part of the name
_LEADING_THE = re.compile(r"^the\s+", re.I)


# "ATO" and "Australian Taxation Office", "BTC" and "Bermuda Telephone Company": initials
# that spell the full name's words (not its "of", "and", "the")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_INITIALLED = frozenset({"of", "and", "the", "for", "&"})


def _initials_of(acronym: str, name: str) -> bool:
    if not _ACRONYM.fullmatch(acronym):
        return False
    words = [w for w in re.findall(r"[\w&]+", name) if w.casefold() not in _NOT_INITIALLED]
    return len(words) == len(acronym) and all(
        w[0].upper() == c for w, c in zip(words, acronym, strict=True))


def _bare(name: str) -> str:
    return _LEGAL_SUFFIX.sub("", _LEADING_THE.sub("", name.strip()))


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", _bare(name))]


def _fold(name: str) -> str:
    # "Citroën" and "Citroen": labels and the directory differ in accents; "聯合晚報" and
    # "联合晚报": a label in Traditional characters, a name the detector read in Simplified
    plain = "".join(c for c in unicodedata.normalize("NFKD", to_simplified(_bare(name)))
                    if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", plain).casefold()


def _count_ok(predicted: int | None, label: Any) -> tuple[bool, bool]:
    if label is None:
        return predicted is None, predicted is None
    if predicted is None:
        return False, False
    label = int(label)
    exact = predicted == label
    return exact or abs(predicted - label) <= COUNT_TOLERANCE * label, exact


def _percent_ok(predicted: float | None, label: Any) -> bool:
    if label is None:
        return predicted is None
    return predicted is not None and abs(predicted - float(label)) <= PERCENT_TOLERANCE


def run_backtest(
    path: str | Path | Sequence[str | Path],
    detector: Detector,
    rules: Iterable[RuleLike] = (),
    out_path: str | Path | None = None,
) -> BacktestReport:
    rules = list(rules)
    report = BacktestReport(rule_names=[r.name for r in rules])
    out_lines: list[str] = []
    for raw in load_items(path):
        d = detector.analyse(raw.get("title", ""), raw.get("summary", "") or "", raw.get("lang"))
        labelled = raw.get("label") == "layoff"
        label_company = detector.directory.resolve(raw.get("company")) or raw.get("company")
        rules_labelled = tuple(matching_rules(
            rules, company=label_company, count=raw.get("count"), percent=raw.get("percent"),
            status=raw.get("status") or "confirmed",
        )) if labelled else ()
        rules_predicted = tuple(matching_rules(
            rules, company=d.company, count=d.count, percent=d.percent, status=d.status,
        )) if d.is_layoff else ()
        count_ok, count_exact = _count_ok(d.count, raw.get("count"))
        report.results.append(ItemResult(
            id=str(raw.get("id", len(report.results) + 1)),
            lang=d.lang,
            title=raw.get("title", ""),
            labelled=labelled,
            label=raw,
            detection=d,
            rules_labelled=rules_labelled,
            rules_predicted=rules_predicted,
            company_ok=_same_company(detector, d.company, raw.get("company")),
            count_ok=count_ok,
            count_exact=count_exact,
            percent_ok=_percent_ok(d.percent, raw.get("percent")),
            status_ok=(d.status == raw["status"]
                       if labelled and d.is_layoff and raw.get("status") else None),
        ))
        out_lines.append(json.dumps({
            "id": raw.get("id"),
            "layoff": d.is_layoff,
            "company": d.company if d.is_layoff else None,
            "count": d.count if d.is_layoff else None,
            "count_is_lower_bound": d.count_is_lower_bound if d.is_layoff else False,
            "percent": d.percent if d.is_layoff else None,
            "status": d.status if d.is_layoff else None,
            "rules": list(rules_predicted),
        }, ensure_ascii=False))
    if out_path is not None:
        Path(out_path).write_text("\n".join(out_lines) + ("\n" if out_lines else ""),
                                  encoding="utf-8")
    return report
