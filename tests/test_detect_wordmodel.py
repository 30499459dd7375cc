"""The word model: trained from the corpus as shipped, and when it may overrule the rules.

The policy tests use a one-word model built here, so what decides each case is
the detector's rule for consulting the model, not what the bundled weights
happen to say about a headline.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from backtest import load_items
from detect import CompanyDirectory, Detector
from detect.wordmodel import WordModel
from detect.wordtrain import (
    DEFAULT_OUT,
    _loss_grad,
    _vectorise,
    corpus_digest,
    corpus_files,
    documents,
    train,
    train_language,
)

CORPUS = Path(__file__).parent / "data" / "corpus"
HOLDOUT = Path(__file__).parent / "data" / "holdout"


def one_word_model(lang: str, word: str, sure: bool) -> WordModel:
    """P(layoff) ~0.9997 for text holding `word` alone of the vocabulary if `sure`, else ~0.018."""
    return WordModel({lang: {"bias": -4.0, "vocab": {word: [1.0, 12.0 if sure else -12.0]}}})


@pytest.fixture(scope="module")
def directory() -> CompanyDirectory:
    return CompanyDirectory.bundled()


def test_the_shipped_model_was_trained_on_this_corpus_and_not_the_held_out_set() -> None:
    shipped = json.loads(DEFAULT_OUT.read_text("utf-8"))
    files = corpus_files(CORPUS)
    assert shipped["trained_on"] == [f.name for f in files]
    assert shipped["corpus_sha256"] == corpus_digest(files), (
        "the corpus changed since the word model was trained: run python -m detect.wordtrain")
    held_out = {str(it["title"]) for it in load_items(sorted(HOLDOUT.glob("*.jsonl")))}
    assert held_out and not held_out & {str(it["title"]) for it in load_items(files)}


def test_retraining_reproduces_the_shipped_weights() -> None:
    shipped = json.loads(DEFAULT_OUT.read_text("utf-8"))
    again = json.loads(json.dumps(train(corpus_files(CORPUS))))
    assert again["languages"]["en"]["bias"] == shipped["languages"]["en"]["bias"]
    assert again == shipped


def test_the_trainer_reaches_the_regularised_optimum() -> None:
    items = [it for it in load_items(corpus_files(CORPUS)) if it["lang"] == "zh"][:200]
    spec = train_language(items, "zh", c=4.0)
    docs, ys = documents(items, "zh")
    vocab, _, rows = _vectorise(docs, 2)
    weights = spec["vocab"]
    assert isinstance(weights, dict) and list(weights) == vocab
    w = [weights[f][1] for f in vocab] + [float(spec["bias"])]  # type: ignore[arg-type]
    _, grad = _loss_grad(w, rows, ys, 4.0)
    # the gradient of the objective vanishes at its minimum (up to the 5-decimal rounding)
    assert max(abs(g) for g in grad) < 0.02
    assert max(abs(g) for g in _loss_grad([0.0] * len(w), rows, ys, 4.0)[1]) > 10


def test_sure_it_is_no_layoff_the_model_overrules_a_middling_rules_decision(
        directory: CompanyDirectory) -> None:
    # an unnamed employer: a cue and nothing to anchor it (score 3)
    title = "Warehouse automation startup lays off staff"
    summary = "The warehouse automation startup did not say how many people were affected."
    rules = Detector(directory, rules_only=True).analyse(title, summary, "en")
    assert rules.is_layoff and rules.score < 4
    d = Detector(directory, model=one_word_model("en", "robots", sure=True)).analyse(
        title, summary, "en")
    assert not d.is_layoff
    assert "word model: P(layoff) 0.02 <= 0.3: not a layoff" in d.reasons


def test_the_model_never_overrules_a_bare_headline_or_the_rules_surest_case(
        directory: CompanyDirectory) -> None:
    doubting = Detector(directory, model=one_word_model("en", "robots", sure=True))
    assert doubting.analyse("Acme Robotics lays off staff", "", "en").is_layoff
    # a named company doing the cutting, even without a number (score 4)
    named = doubting.analyse(
        "Acme Robotics lays off staff",
        "The warehouse automation startup did not say how many people were affected.", "en")
    assert named.is_layoff and named.score == 4
    strong = doubting.analyse("Acme Robotics lays off 200 staff",
                              "The warehouse automation startup said the cuts were final.", "en")
    assert strong.is_layoff and strong.score >= 5
    explained = doubting.analyse("Acme Robotics lays off 200 staff",
                                 "The warehouse automation startup said the cuts were final.",
                                 "en", explain=True)
    assert explained.is_layoff
    assert any("not asked" in r for r in explained.reasons)


def test_sure_it_is_a_layoff_the_model_finds_one_the_rules_missed_with_its_details(
        directory: CompanyDirectory) -> None:
    # (corpus item ten-0025: "rehire them" weighs against the cut in the rules)
    title = "Stitch Fix to Lay Off About 1,400 Employees in California"
    summary = ("The online retailer known for its personal shopping services will cut stylists "
               "and rehire them in lower-cost states, according to a report from the Wall "
               "Street Journal.")
    assert not Detector(directory, rules_only=True).analyse(title, summary, "en").is_layoff
    d = Detector(directory, model=one_word_model("en", "employees", sure=True)).analyse(
        title, summary, "en")
    assert d.is_layoff
    assert (d.company, d.count) == ("Stitch Fix", 1400)
    assert any(r.startswith("word model: P(layoff) 1.00") and r.endswith(">= 0.7: a layoff")
               for r in d.reasons)


def test_where_the_rules_read_no_cue_the_models_find_still_gets_company_and_count(
        directory: CompanyDirectory) -> None:
    title = "Metlife Relocates 2600 Jobs to North Carolina"
    summary = ("Global life insurance giant MetLife, Inc. (NYSE: MET) intends to create 2,600 "
               "jobs in Charlotte and Cary, North Carolina by the end of 2015.")
    rules = Detector(directory, rules_only=True).analyse(title, summary, "en")
    assert rules.reasons == ("no layoff cue",)
    d = Detector(directory, model=one_word_model("en", "charlotte", sure=True)).analyse(
        title, summary, "en")
    assert (d.is_layoff, d.company, d.count) == (True, "MetLife", 2600)


@pytest.mark.parametrize(("title", "summary", "word", "details"), [
    # the title's share counts though no cue named a cut there; the employer heads the title
    ("American Airlines To Cut 30 Percent of Management and Administrative Staff",
     "The Fort Worth-based airline is slashing costs after the COVID-19 pandemic devastated "
     "demand for air travel.", "staff", ("American Airlines", None, 30.0)),
    # "involving more than 100 employees in total" is the cut, not a workforce total
    ("Source: Autonomous driving unicorn Momenta dissolves aftermarket division due to funding "
     "difficulties",
     "On July 31, Beijing-based autonomous driving unicorn Momenta abruptly eliminated its "
     "entire automative aftermarket division, involving more than 100 employees in total, "
     "sources told Pandaily.", "division", ("Momenta", 100, None)),
])
def test_a_models_find_with_no_cue_takes_the_titles_employer_and_numbers(
        directory: CompanyDirectory, title: str, summary: str, word: str,
        details: tuple[str, int | None, float | None]) -> None:
    assert Detector(directory, rules_only=True).analyse(title, summary, "en").reasons == (
        "no layoff cue",)
    d = Detector(directory, model=one_word_model("en", word, sure=True)).analyse(
        title, summary, "en")
    assert d.is_layoff
    assert (d.company, d.count, d.percent) == details, d.reasons


@pytest.mark.parametrize(("title", "summary", "lang", "word"), [
    ("Alibaba Denies the Rumor of ‘Laying Off 25,000 Employees’",
     "Recently, there has been speculation online about Alibaba Group Holding Limited planning "
     "to lay off 25,000 employees.", "en", "employees"),
    ("小米否认裁员10%:创业至今未裁员,有超4000岗位仍在招聘",
     "近日,有传闻称小米(01810.HK)计划裁员10%,其中主要包括手机硬件、应用商店、智能、技术等部门,"
     "其中主要裁员范围是绩效为C的员工,也有B和B+的员工涉及。",
     "zh", "裁员"),
])
def test_the_model_never_turns_a_denial_into_a_layoff(
        directory: CompanyDirectory, title: str, summary: str, lang: str, word: str) -> None:
    d = Detector(directory, model=one_word_model(lang, word, sure=True)).analyse(
        title, summary, lang, explain=True)
    assert not d.is_layoff
    assert any(r.startswith("trap denial") for r in d.reasons)


def test_explain_shows_the_decision_a_plain_run_makes(directory: CompanyDirectory) -> None:
    """explain reads more of a rejected item (traps after a weak cue), never decides otherwise."""
    det = Detector(directory)
    differ = []
    for it in load_items(corpus_files(CORPUS) + sorted(HOLDOUT.glob("*.jsonl"))):
        plain = det.analyse(str(it["title"]), str(it["summary"] or ""), str(it["lang"]))
        shown = det.analyse(str(it["title"]), str(it["summary"] or ""), str(it["lang"]),
                            explain=True)
        details = (plain.company, plain.count, plain.percent, plain.status, plain.new_round)
        if plain.is_layoff != shown.is_layoff or (plain.is_layoff and details != (
                shown.company, shown.count, shown.percent, shown.status, shown.new_round)):
            differ.append(it["id"])
    assert differ == []


def test_a_denial_stops_the_model_even_where_the_rules_stopped_at_a_weak_cue(
        directory: CompanyDirectory) -> None:
    title = "GM to call 7,200 workers back to work at 4 plants"
    summary = ("General Motors said Monday about 7,200 laid-off workers would be called back to "
               "work to add second shifts at two of its assembly plants and increase production "
               "at two others.")
    sure = Detector(directory, model=one_word_model("en", "plants", sure=True))
    for explain in (False, True):
        assert not sure.analyse(title, summary, "en", explain=explain).is_layoff


def test_explain_names_the_words_that_moved_the_bundled_model(
        directory: CompanyDirectory) -> None:
    d = Detector(directory).analyse(
        "Klaussner Furniture suddenly shuts down",
        "ASHEBORO – Klaussner Furniture Industries Inc. unexpectedly announced it was closing "
        "all operations and laying off all of its nearly 4,000 employees.", "en", explain=True)
    said = [r for r in d.reasons if r.startswith("word model: P(layoff)")]
    assert len(said) == 1 and "'0 employees' +" in said[0] and said[0].endswith(">= 0.7: a layoff")


@pytest.mark.parametrize(("title", "summary", "word"), [
    # a tally of employers (ninth set): word by word it reads like one layoff
    ("9 retailers that have slashed jobs in recent months",
     "Thousands of Poundland employees are facing redundancy after the struggling discount "
     "chain unveiled its restructuring plan this week that will see the closure of at least 68 "
     "of its stores as well as two distribution centres.", "retailers"),
    # no cue at all, and a whole trade in the headline
    ("Jobs massacre in German industry", "A huge jobs massacre is looming in German industry.",
     "massacre"),
])
def test_the_model_never_turns_an_english_tally_or_trade_into_a_layoff(
        directory: CompanyDirectory, title: str, summary: str, word: str) -> None:
    sure = Detector(directory, model=one_word_model("en", word, sure=True))
    for explain in (False, True):
        assert not sure.analyse(title, summary, "en", explain=explain).is_layoff


def test_a_chinese_trade_binds_the_model_unless_the_rules_tied_a_company_to_the_cut(
        directory: CompanyDirectory) -> None:
    sure = Detector(directory, model=one_word_model("zh", "裁", sure=True))
    # a trade's wave, a supplier named only in the summary: the veto holds
    trade = sure.analyse(
        "裁員潮席卷德國汽車行業 向電動汽車的轉型面臨推遲",
        "每經AI快訊,新一輪裁員浪潮正席卷德國汽車供應商,包括博世和采埃孚在內的公司都在競相降低成本,"
        "該行業正艱難應對向電動汽車的高成本轉型。", "zh")
    assert not trade.is_layoff, trade.reasons
    # Robinhood cutting, in a trade's winter: the model may overrule
    firm = sure.analyse(
        "線上券商寒冬 羅賓漢大裁員",
        "開春以來美國股市大幅走低,線上股票交易跟著退燒,在疫情時期紅極一時的線上券商羅賓漢(Robinhood)"
        "2日宣布裁減將近四分之一員工,此為今年來第二輪精簡人事計畫。", "zh")
    assert firm.is_layoff, firm.reasons


@pytest.mark.parametrize(("title", "summary", "lang", "word"), [
    ("Pay cuts become a tool to avoid layoffs",
     "It was late and Martin A. Kits van Heyningen feared he was letting the team down at the "
     "company he co-founded, KVH Industries.", "en", "the"),
    ("中芯聚源澄清“全部裁员”等不实信息:目前公司经营正常,人员稳定",
     "IT之家 3 月 3 日报道,中芯聚源对近期部分自媒体发布的不实言论发表了澄清公告,"
     "以下是IT之家附上的原文:",
     "zh", "裁"),
])
def test_a_denial_below_the_threshold_stops_the_model_in_a_plain_run(
        directory: CompanyDirectory, title: str, summary: str, lang: str, word: str) -> None:
    # below the threshold the rules stop short of their trap scan; the denial must still
    # be read before the model may overrule them
    sure = Detector(directory, model=one_word_model(lang, word, sure=True))
    for explain in (False, True):
        d = sure.analyse(title, summary, lang, explain=explain)
        assert not d.is_layoff, d.reasons


def model_at(lang: str, word: str, p: float) -> WordModel:
    """P(layoff) = p for text holding `word` alone of the vocabulary."""
    return WordModel({lang: {"bias": -4.0, "vocab": {word: [1.0, 4.0 + math.log(p / (1 - p))]}}})


@pytest.mark.parametrize(("title", "summary", "word"), [
    ("Safaricom Ethiopia seeks to recruit 1,000 staff by June next year",
     "Safaricom Ethiopia has rolled out countrywide staff recruitment as the company edges "
     "closer to commercial launch.", "staff"),
    ("Over 17,000 jobs to be created in Singapore by investments: EDB",
     "Large corporate investments in 2021 will result in more than 17,000 jobs being created in "
     "Singapore over the next five years, according to the Economic Development Board (EDB).",
     "jobs"),
])
def test_the_model_never_turns_a_hiring_headline_into_a_layoff(
        directory: CompanyDirectory, title: str, summary: str, word: str) -> None:
    d = Detector(directory, model=one_word_model("en", word, sure=True)).analyse(
        title, summary, "en")
    assert not d.is_layoff, d.reasons


def test_with_no_cue_the_model_alone_must_be_surer(directory: CompanyDirectory) -> None:
    title = "Metlife Relocates 2600 Jobs to North Carolina"
    summary = ("Global life insurance giant MetLife, Inc. (NYSE: MET) intends to create 2,600 "
               "jobs in Charlotte and Cary, North Carolina by the end of 2015.")
    fairly = Detector(directory, model=model_at("en", "charlotte", 0.8)).analyse(
        title, summary, "en")
    assert not fairly.is_layoff
    sure = Detector(directory, model=model_at("en", "charlotte", 0.9)).analyse(
        title, summary, "en", explain=True)
    assert sure.is_layoff
    assert any(r.endswith(">= 0.85 (no cue: the model alone): a layoff") for r in sure.reasons)


def test_a_place_before_firm_is_no_name_in_a_models_find(directory: CompanyDirectory) -> None:
    title = "Cork firm to cut 55 jobs"
    summary = ("A wireless technology company has announced it is to make 55 staff redundant "
               "less than six months after Tánaiste and Minister for Enterprise, Trade and "
               "Employment, Mary Coughlan had announced the company was going to recruit 145 "
               "extra staff.")
    # the rules find it too now: "Cork firm to cut" is one employer's cut, which the
    # summary's hiring backdrop ("going to recruit 145 extra staff") does not veto
    rules = Detector(directory, rules_only=True).analyse(title, summary, "en")
    assert (rules.is_layoff, rules.company, rules.count) == (True, None, 55), rules.reasons
    d = Detector(directory, model=one_word_model("en", "staff", sure=True)).analyse(
        title, summary, "en")
    assert (d.is_layoff, d.company, d.count) == (True, None, 55), d.reasons


@pytest.mark.parametrize(("title", "summary"), [
    # several trades; whether a layoff happened, asked of a region's giants
    ("从科技到油气行业:2025年第三季度的裁员与解雇",
     "【新加坡】为了应对高昂成本、激烈竞争和全球贸易不确定性等挑战,从石油与天然气到媒体和航空等"
     "多个行业的公司持续削减员工数量。"),
    ("东南亚电商巨头是否进行了裁员",
     "2023年以来,东南亚主要电商平台相继确认组织调整与人员优化,涉及ShopeeLazada等头部企业。"),
])
def test_the_model_never_turns_several_chinese_employers_into_one_layoff(
        directory: CompanyDirectory, title: str, summary: str) -> None:
    d = Detector(directory, model=one_word_model("zh", "裁员", sure=True)).analyse(
        title, summary, "zh")
    assert not d.is_layoff, d.reasons


def test_fired_in_hong_kong_usage_is_a_cue_the_model_may_confirm(
        directory: CompanyDirectory) -> None:
    title = "機師、空服員集體被炒! 國泰航空城愁雲慘霧"
    summary = ("全球航空業進入寒冬,香港國泰航空集團,宣布全球裁員8500人,其中駐港員工,就占了5300人,"
               "但最大的震撼彈,是國泰決定收掉「港龍航空」這個品牌,外界擔心,國泰大裁員,"
               "恐怕讓已經創16年新高的香港失業率,繼續攀升。")
    d = Detector(directory, model=one_word_model("zh", "国泰", sure=True)).analyse(
        title, summary, "zh", explain=True)
    assert any(r.startswith("layoff cue '辞退/解雇/遣散': '集体被炒' in the title")
               for r in d.reasons)
    assert (d.is_layoff, d.company, d.count) == (True, "Cathay Pacific", 8500), d.reasons


def test_a_chinese_report_the_model_is_unsure_of_stays_a_layoff_an_english_one_does_not(
        directory: CompanyDirectory) -> None:
    # judged set by set with a model trained without the set, the model's Chinese vetoes
    # at P 0.2-0.3 were wrong 15 times of 18, its English ones right 3 times of 7
    title = "日汽車大廠驚爆裁員!2300人失業 員工嘆「躺著賺日子沒了」"  # the fourteenth set
    summary = ("日本汽車品牌本田在陸銷售低迷,5月宣布對當地工廠進行大規模裁員,不過由於豐厚的資遣費,"
               "自願離職人數甚至超出預期。")
    rules = Detector(directory, rules_only=True).analyse(title, summary, "zh")
    assert rules.is_layoff and rules.score < 5  # a case the model is asked about

    def unsure(lang: str, word: str, weight: float) -> Detector:
        return Detector(directory, model=WordModel(
            {lang: {"bias": -4.0, "vocab": {word: [1.0, weight]}}}))

    d = unsure("zh", "裁员", 2.9).analyse(title, summary, "zh")  # P 0.25
    assert (d.is_layoff, d.company, d.count) == (True, "Honda", 2300), d.reasons
    d = unsure("zh", "裁员", 1.8).analyse(title, summary, "zh")  # P 0.10
    assert not d.is_layoff
    assert "word model: P(layoff) 0.10 <= 0.2: not a layoff" in d.reasons

    title = "Warehouse automation startup lays off staff"
    summary = "The warehouse automation startup did not say how many people were affected."
    d = unsure("en", "startup", 2.9).analyse(title, summary, "en")  # P 0.25
    assert not d.is_layoff
    assert "word model: P(layoff) 0.25 <= 0.3: not a layoff" in d.reasons


@pytest.mark.parametrize(("title", "summary", "word", "trap"), [
    # an outlet's editorial argues about layoffs, it reports none (ehn-0087)
    ("EDITORIAL: Major shift in Canadian media as at least 1,000 journalists laid off",
     "Well, the scope of the cuts was unexpected. More than 2,000 journalists, editors and "
     "administrative employees at Canada’s top media houses will be out of a job by the end "
     "of the year.", "journalists", "trap opinion or explainer"),
    # job cuts put off (ehp-0065)
    ("Improved operating performance sees Implats delay job cuts",
     "JOHANNESBURG - Impala Platinum announced that it would further delay the closure of "
     "some of its shafts and reduce job cuts amid higher prices and improved operating "
     "performance at its Rustenburg operations.", "cuts", "trap cut put off"),
])
def test_the_model_never_overrules_an_editorial_or_a_cut_put_off(
        directory: CompanyDirectory, title: str, summary: str, word: str, trap: str) -> None:
    d = Detector(directory, model=one_word_model("en", word, sure=True)).analyse(
        title, summary, "en", explain=True)
    assert not d.is_layoff, d.reasons
    assert any(r.startswith(trap) for r in d.reasons), d.reasons
