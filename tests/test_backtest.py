"""Backtest over the labelled development corpus, with floors, and the --out contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from backtest import BacktestReport, run_backtest
from detect import CompanyDirectory, Detector
from support import below_floors, rule

CORPUS = Path(__file__).parent / "data" / "corpus"

# Floors a little below what the detector reaches on the dev corpus (see README):
# they catch regressions without pinning every headline. The word model is trained
# on this corpus, so precision and recall here are a training fit; the held-out
# figures (test_holdout) are the measure. Chinese company and count accuracy fell
# a point when the model came: the layoffs it finds that no cue names have weaker
# extraction than the rules' own.
FLOORS = {
    "en": {"precision": 0.98, "recall": 0.94, "company": 0.91, "count": 0.96, "percent": 0.97},
    "zh": {"precision": 0.98, "recall": 0.90, "company": 0.92, "count": 0.95, "percent": 0.97},
}


RULES = [
    rule("watchlist", ("Alibaba", "JD.com", "Tencent", "ByteDance")),
    rule("big-cuts", "*", min_count=1000, min_percent=10),
]


def backtest_rows(tmp_path: Path, rows: list[Any],
                  detector: Detector | None = None) -> BacktestReport:
    """Backtest these labelled rows, written to a JSONL file, with RULES."""
    src = tmp_path / "items.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    return run_backtest(src, detector or Detector(), RULES)


@pytest.fixture(scope="module")
def report() -> BacktestReport:
    return run_backtest(CORPUS, Detector(CompanyDirectory.bundled()), RULES)


def test_corpus_is_there(report: BacktestReport) -> None:
    assert len(report.results) >= 400
    assert {"en", "zh"} <= set(report.languages())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_detection_floors(report: BacktestReport, lang: str) -> None:
    floors = {k: FLOORS[lang][k] for k in ("precision", "recall")}
    assert not below_floors(report, lang, floors), report.format()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_extraction_floors(report: BacktestReport, lang: str) -> None:
    floors = {k: FLOORS[lang][k] for k in ("company", "count", "percent")}
    assert not below_floors(report, lang, floors), report.format()


def test_rules_are_scored(report: BacktestReport) -> None:
    data = report.as_dict()
    assert set(data["rules"]) == {"watchlist", "big-cuts"}
    watch = data["rules"]["watchlist"]
    assert watch["tp"] > 5 and watch["precision"] >= 0.9
    assert data["rules"]["big-cuts"]["recall"] >= 0.85


def test_format_lists_figures_and_misses(report: BacktestReport) -> None:
    text = report.format()
    assert "lang en" in text and "lang zh" in text
    assert "rule watchlist" in text and "rule big-cuts" in text
    assert "False negatives" in text and "False positives" in text
    for rid in report.as_dict()["false_negatives"]:
        assert rid in text


def test_out_file_has_one_result_per_input_line(tmp_path: Path) -> None:
    src = tmp_path / "mini.jsonl"
    rows = [
        {"id": "a", "title": "Meta lays off 11,000 employees", "summary": "", "lang": "en",
         "label": "layoff", "company": "Meta", "count": 11000, "percent": None},
        {"id": "b", "title": "Fed cuts rates by a quarter point", "summary": "",
         "label": "not_layoff", "company": None, "count": None, "percent": None},
        {"id": "c", "title": "阿里巴巴拟裁员10%", "summary": "", "lang": "zh",
         "label": "layoff", "company": "阿里", "count": None, "percent": 10},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rep = run_backtest(src, Detector(), RULES, out_path=out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", "c"]
    assert set(lines[0]) == {"id", "layoff", "company", "count", "count_is_lower_bound",
                             "percent", "status", "rules"}
    assert lines[0] == {"id": "a", "layoff": True, "company": "Meta", "count": 11000,
                        "count_is_lower_bound": False, "percent": None, "status": "confirmed",
                        "rules": ["big-cuts"]}
    assert lines[1]["layoff"] is False and lines[1]["rules"] == []
    assert lines[2]["company"] == "Alibaba" and lines[2]["status"] == "planned"
    assert lines[2]["rules"] == ["watchlist", "big-cuts"]
    # the label "阿里" resolves through the directory, so the company counts as right
    data = rep.as_dict()
    assert data["overall"]["accuracy"]["company"] == 1.0
    assert data["overall"]["precision"] == 1.0 and data["overall"]["recall"] == 1.0


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "title": "x", "label": "layoff"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:2"):
        run_backtest(src, Detector())


def test_status_is_scored_where_the_label_gives_one(tmp_path: Path) -> None:
    rows = [
        {"id": "s1", "title": "Meta lays off 11,000 employees", "label": "layoff",
         "company": "Meta", "count": 11000, "percent": None, "status": "confirmed"},
        # labelled reported, detected planned: a status error, not an extraction error
        {"id": "s2", "title": "阿里巴巴拟裁员10%", "label": "layoff", "company": "Alibaba",
         "count": None, "percent": 10, "status": "reported"},
        {"id": "s3", "title": "Intel to cut 15,000 jobs", "label": "layoff", "company": "Intel",
         "count": 15000, "percent": None},
    ]
    rep = backtest_rows(tmp_path, rows)
    acc = rep.accuracy()
    assert acc["status_labelled"] == 2 and acc["status"] == 0.5
    assert rep.as_dict()["status_errors"] == ["s2"]
    assert rep.as_dict()["extraction_errors"] == []
    text = rep.format()
    assert "status 0.500" in text
    assert "s2  planned vs reported" in text


def test_a_common_name_matches_the_full_name_it_begins(tmp_path: Path) -> None:
    rows = [
        {"id": "n1", "title": "Zurich to cut 800 jobs globally", "label": "layoff",
         "company": "Zurich Insurance", "count": 800, "percent": None},
        # a short word is no evidence: "Sea" does not match "Seagate"
        {"id": "n2", "title": "Seagate to cut 3,000 jobs", "label": "layoff",
         "company": "Sea", "count": 3000, "percent": None},
    ]
    rep = backtest_rows(tmp_path, rows)
    assert {r.id: r.company_ok for r in rep.results} == {"n1": True, "n2": False}


def test_initials_match_the_full_name_they_spell(tmp_path: Path) -> None:
    rows = [
        # (ebn-0128) the title's initials, the label's full name
        {"id": "i1", "title": "ATO set for more job losses",
         "summary": "THE Australian Services Union says as many as 60 Hobart ATO workers could "
                    "be made redundant by October.",
         "label": "layoff", "company": "Australian Taxation Office", "count": 60},
        # initials that spell another name are no match
        {"id": "i2", "title": "ATO set for more job losses",
         "summary": "THE Australian Services Union says as many as 60 Hobart ATO workers could "
                    "be made redundant by October.",
         "label": "layoff", "company": "Australian Trade Commission", "count": 60},
    ]
    # (an empty directory: the name is read from the text, whatever the directory lists)
    rep = backtest_rows(tmp_path, rows, Detector(CompanyDirectory.from_data({"companies": []})))
    assert [r.detection.company for r in rep.results] == ["ATO", "ATO"]
    assert {r.id: r.company_ok for r in rep.results} == {"i1": True, "i2": False}


def test_a_name_without_its_line_of_business_is_the_same_company(tmp_path: Path) -> None:
    rows = [
        # "Neta" is what alerts say; collectors wrote the line of business in
        {"id": "n1", "title": "哪吒汽车研发团队即将整体解散", "label": "layoff",
         "company": "Neta Auto", "count": None, "percent": None},
        {"id": "n2", "title": "解散全部员工,深圳一电子厂宣布停产!网友:很多人的青春坍塌了",
         "summary": "近日,深圳一家经营13年的电子厂——深圳市达尔美电子科技有限公司"
                    "传出停产结业的消息!",
         "label": "layoff", "company": "达尔美电子", "count": None, "percent": None},
        # but not another word: "Bell" is not Bell Aliant
        {"id": "n3", "title": "Canada’s Bell to Cut 4,800 Jobs", "label": "layoff",
         "company": "Bell Aliant", "count": 4800, "percent": None},
    ]
    rep = backtest_rows(tmp_path, rows)
    assert {r.id: r.company_ok for r in rep.results} == {"n1": True, "n2": True, "n3": False}


def test_a_leading_the_is_not_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        {"id": "n1", "title": "Daily Dot lays off 30 employees across company",
         "summary": "The Daily Dot laid off 30 people — about 40 percent of its total staff — "
                    "on Friday, POLITICO has learned.",
         "label": "layoff", "company": "The Daily Dot", "count": 30, "percent": 40},
    ]
    rep = backtest_rows(tmp_path, rows)
    assert [(r.detection.company, r.company_ok) for r in rep.results] == [("Daily Dot", True)]


@pytest.mark.parametrize(("row", "detected"), [
    # the directory writes "Citroen"; the collector wrote "Citroën" (zzh-0088)
    ({"title": "神龙汽车:将实施竞聘上岗 裁员数量最高达三成", "company": "Dongfeng Peugeot Citroën",
      "percent": 30}, "Dongfeng Peugeot Citroen"),
    # Taiwanese and Hong Kong collectors label in Traditional characters; the detector reads
    # and names in Simplified
    ({"title": "解散全部员工,深圳一电子厂宣布停产!网友:很多人的青春坍塌了",
      "summary": "近日,深圳一家经营13年的电子厂——深圳市达尔美电子科技有限公司传出停产结业的消息!",
      "company": "達爾美電子"}, "达尔美"),
], ids=["accents", "traditional"])
def test_a_label_spelt_another_way_names_the_same_company(
        tmp_path: Path, row: dict[str, object], detected: str) -> None:
    labelled = {"id": "n1", "label": "layoff", "count": None, "percent": None, **row}
    rep = backtest_rows(tmp_path, [labelled])
    assert [(r.detection.company, r.company_ok, r.percent_ok) for r in rep.results] == [
        (detected, True, True)]
