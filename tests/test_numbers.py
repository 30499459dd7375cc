"""Headcounts and percentages, English and Chinese (detect.numbers)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detect.hanzi import normalise, tighten_cjk
from detect.numbers import (
    find_percents,
    headcounts,
    parse_en_words,
    parse_zh_number,
    workforce_percents,
)


def count(text: str, lang: str = "en") -> tuple[int, bool] | None:
    """The first plausible headcount in text, as (value, lower bound)."""
    if lang == "zh":
        text = tighten_cjk(normalise(text))
    found = headcounts(text, lang)
    if not found:
        return None
    q = found[0].quantity
    return q.value, q.lower_bound


def percent(text: str, lang: str = "en") -> float | None:
    if lang == "zh":
        text = tighten_cjk(normalise(text))
    found = workforce_percents(text, lang)
    return found[0].percent.value if found else None


# ------------------------------------------------------------------ English counts

@pytest.mark.parametrize(("text", "expected"), [
    ("Amazon to cut 14,000 corporate jobs", (14000, False)),
    ("Startup cuts 1.2k jobs", (1200, False)),
    ("Retailer lays off 12 000 workers", (12000, False)),
    ("Firm lays off 73,000 employees", (73000, False)),
    ("Bank lays off two hundred employees", (200, False)),
    ("Studio lets go of a dozen developers", (12, False)),
    ("Company lays off one hundred and fifty staff", (150, False)),
    ("Meta lays off 11 thousand workers", (11000, False)),
    # the first of "N out of M" is the cut (nen-0020)
    ("82 out of 178 employees — 46% of the staff — were let go", (82, False)),
])
def test_english_counts(text: str, expected: tuple[int, bool]) -> None:
    assert count(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Google lays off hundreds of staff", (100, True)),
    ("Meta to lay off thousands of employees", (1000, True)),
    ("tens of thousands of workers lose their jobs", (10000, True)),
    ("Startup lets go of dozens of engineers", (12, True)),
])
def test_vague_magnitudes_are_lower_bounds(text: str, expected: tuple[int, bool]) -> None:
    assert count(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Intel to lay off more than 15,000 workers", (15000, True)),
    ("Amazon to shed over 18,000 jobs", (18000, True)),
    ("Bank to cut at least 2,000 jobs", (2000, True)),
    ("Bank of America to cut 10,000 or more jobs", (10000, True)),
    ("Microsoft laying off about 6,000 employees", (6000, False)),
    ("Microsoft to lay off nearly 11K employees", (11000, False)),
    ("Microsoft to lay off as many as 9,000 employees", (9000, False)),
    ("Salesforce could cut up to 1,000 roles", (1000, False)),
    ("Firm to cut 1,000+ jobs", (1000, True)),
    ("AT&T planning to lay off 10,000 to 15,000 employees", (10000, True)),
])
def test_qualifiers(text: str, expected: tuple[int, bool]) -> None:
    assert count(text) == expected


@pytest.mark.parametrize("text", [
    "Company reports revenue of $2,500 million",  # revenue
    "Acme posts 1,500 million in sales",
    "Layoffs at Acme in 2024",  # a year
    "Acme will cut jobs on May 15",  # a date
    "Acme shares fall to 1,250 after the news",  # a price
    "Acme, which employs 10,000 people worldwide, is cutting jobs",  # total staff
    "Acme has 3,000 employees in Europe",
    "Acme will be left with more than 1,000 people",  # staff remaining
    "Acme is reducing its workforce to 800 employees",
    "Acme closes 200 stores",
    "Acme cuts 5 products from its line-up",
    "Acme to lay off one in five employees",  # a share, not a count
    "Death by 1,000 paper cuts",
    # a number inside a name, and the sources of a report (the nineteenth set)
    "Carta’s covid-19 layoff",
    "Take-Two Interactive laying off personnel",
    "Acme is laying off staffers, two people familiar with the matter tell CoinDesk",
    "45, 000 Miners in South Africa could be jobless",  # a badly spaced figure's tail
])
def test_numbers_that_are_not_the_headcount(text: str) -> None:
    assert count(text) is None


def test_headcount_beside_total_and_remaining() -> None:
    text = ("Acme lays off 500 of its 2,000 employees and will be left with "
            "more than 1,000 people")
    assert [h.quantity.value for h in headcounts(text, "en")] == [500]


def test_passive_quantities_count() -> None:
    assert count("Thousands could be affected by Intel layoffs") == (1000, True)


# ------------------------------------------------------------------ Chinese counts

@pytest.mark.parametrize(("text", "expected"), [
    ("阿里巴巴裁员1万人", (10000, False)),
    ("公司裁员3千人", (3000, False)),
    ("公司裁员一万两千名员工", (12000, False)),
    ("公司裁员1.2万人", (12000, False)),
    ("英特尔计画将裁员 15%、达 1.5 万人", (15000, False)),
    ("腾讯裁员上千人", (1000, True)),
    ("小米近千人被裁", (1000, False)),
    ("字节裁员数百人", (100, True)),
    ("知乎裁撤超400人", (400, True)),
    ("巴克莱将裁员100多人", (100, True)),
    ("希捷裁员2000余人", (2000, True)),
    ("京东被曝1000多号人办离职", (1000, True)),
    ("汇丰裁员五万", (50000, False)),
    ("微软拟裁员1.1万至2.2万人", (11000, True)),
    ("美国银行裁掉16名银行家", (16, False)),
    ("Google裁撤逾百名设计职位", (100, True)),
    # ten-thousands, then the rest in digits (szs-0043)
    ("2万5000名员工恐面临失业风险", (25000, False)),
    ("裁退約百名合約招聘員", (100, False)),
])
def test_chinese_counts(text: str, expected: tuple[int, bool]) -> None:
    assert count(text, "zh") == expected


@pytest.mark.parametrize("text", [
    "公司营收100亿元",  # revenue
    "2024年公司裁员",  # a year
    "公司3月15日宣布裁员",  # a date
    "股价跌至120港元",  # a share price
    "公司员工总数约1万人，此次裁员三分之一",  # total staff
    "裁员后仅剩500人",  # remaining
    "连续裁掉7个游戏工作室",  # studios, not people
    "第二轮裁员",  # an ordinal
    "每4位美国新娘就有1人穿这家",  # a ratio, one in four (szs-0012)
])
def test_chinese_numbers_that_are_not_the_headcount(text: str) -> None:
    assert count(text, "zh") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("一万两千", 12000), ("三百五十", 350), ("一千二", 1200), ("两万五", 25000),
    ("十二", 12), ("1万", 10000), ("1.2万", 12000), ("3千", 3000), ("五万", 50000),
    ("2万5000", 25000), ("1万500", 10500),
])
def test_parse_zh_number(text: str, expected: int) -> None:
    assert parse_zh_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("two hundred", 200), ("a dozen", 12), ("one hundred and fifty", 150),
    ("twelve thousand", 12000), ("forty-five", 45), ("a thousand", 1000),
])
def test_parse_en_words(text: str, expected: int) -> None:
    assert parse_en_words(text) == expected


# ------------------------------------------------------------------ percentages

@pytest.mark.parametrize(("text", "expected"), [
    ("Meta to cut 10% of staff", 10.0),
    ("Salesforce to reduce its staff by 10 percent", 10.0),
    ("Xiaohongshu trims 9 per cent of staff", 9.0),
    ("Coinbase to cut workforce by a tenth", 10.0),
    ("Kuaishou lays off nearly a third of some departments", 33.3),
    ("Robinhood lays off a quarter of its staff", 25.0),
    ("Twitter laid off half its workforce", 50.0),
    ("Bitmain halves its workforce", 50.0),
    ("Foundry has cut nearly a third of its staff", 33.3),
    ("Intel nears completion of 15% workforce cut", 15.0),
    ("Snap to lay off one in five employees", 20.0),
    # the whole workforce, in sentence case and in a Title Case headline
    ("the chain has laid off all 18,000 of its employees", 100.0),
    ("Brewpub Chain Lays Off All 18,000 Of Its Employees", 100.0),
    # quoted from a memo (the nineteenth set)
    ("Tesla is reportedly laying off ‘more than 10 percent’ of its workforce", 10.0),
    ("SoundCloud Announces Layoffs of ‘Up to 20%’ of Global Workforce", 20.0),
])
def test_english_percents(text: str, expected: float) -> None:
    assert percent(text) == expected


@pytest.mark.parametrize("text", [
    "Acme shares fall 10% after layoffs",
    "Revenue rose 15% as Acme cut 200 jobs",
    "Acme cuts prices by 10%",
    "Profit in the first half of 2024",
])
def test_percents_that_are_not_the_workforce(text: str) -> None:
    assert percent(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("京东拟裁员七成员工", 70.0),
    ("公司裁员超七成", 70.0),
    ("滴滴拟裁两成员工", 20.0),
    ("裁员三分之一", 33.3),
    ("阿里云裁员7%", 7.0),
    ("裁员比例最高可达30%", 30.0),
    ("裁员百分之二十", 20.0),
    ("多个部门人员减半", 50.0),
    ("Tesla全球裁员1成", 10.0),
    ("占员工总数的不到5%", 5.0),
])
def test_chinese_percents(text: str, expected: float) -> None:
    assert percent(text, "zh") == expected


@pytest.mark.parametrize("text", [
    "税前利润下滑三分之一",
    "股价下跌10%",
    "营收同比增长15%",
])
def test_chinese_percents_that_are_not_the_workforce(text: str) -> None:
    assert percent(text, "zh") is None


def test_find_percents_reads_fractions() -> None:
    values = [p.value for p in find_percents("a third, two-thirds and a quarter", "en")]
    assert values == [33.3, 66.7, 25.0]


# ------------------------------------------------------------------ properties

@given(st.integers(min_value=1, max_value=9_999_999))
def test_any_integer_with_separators_comes_back_equal(n: int) -> None:
    assert count(f"Acme lays off {n:,} workers") == (n, False)


@given(st.integers(min_value=1000, max_value=999_999))
def test_any_integer_with_thin_space_groups_comes_back_equal(n: int) -> None:
    grouped = f"{n:,}".replace(",", " ")
    assert count(f"Acme cuts {grouped} jobs") == (n, False)


@given(st.integers(min_value=1, max_value=99_999))
def test_any_integer_in_chinese_text_comes_back_equal(n: int) -> None:
    assert count(f"某公司裁员{n}人", "zh") == (n, False)


def test_a_share_in_brackets_after_the_headcount() -> None:
    from detect.numbers import workforce_percents
    found = workforce_percents("Acme to lay off 1,000 employees (10% reduction) this year", "en")
    assert [p.percent.value for p in found] == [10.0]
    assert workforce_percents("Acme revenue fell (10% cut) this year", "en") == []


# ------------------------------------------------------------------ forms met in held-out news

@pytest.mark.parametrize(("text", "lang", "expected"), [
    # Swiss-style separator in wire copy
    ("the software giant cuts another 1'000 jobs in a new round of layoffs", "en", (1000, False)),
    # a store's managers are people; a store is not
    ("Debenhams set to slash 320 store manager roles in cost-cutting drive", "en", (320, False)),
    # the revised figure is the cut, the first one is what it replaces
    ("惠普裁员由2.7万增至2.9万 Q3重组费用支出17亿美元", "zh", (29000, False)),
])
def test_counts_from_held_out_phrasings(text: str, lang: str,
                                        expected: tuple[int, bool]) -> None:
    assert count(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Retailer to close 200 stores next year",
    "威马汽车上海裁员 近一半门店被关闭",  # 近一半 is a share of the shops, not one person
])
def test_not_headcounts_from_held_out_phrasings(text: str) -> None:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    assert count(text, lang) is None


@pytest.mark.parametrize("text", [
    "全球裁員2萬人 日產2年內或削減20%產能",  # a fifth of the capacity
    "威马汽车上海裁员 近一半门店被关闭",  # half of the shops
])
def test_shares_of_other_things_are_not_workforce_percents(text: str) -> None:
    assert percent(text, "zh") is None


# ------------------------------------------------------------------ ninth held-out set

def test_shifts_are_not_people() -> None:
    text = ("General Motors Corp. said Monday it plans to cut one shift at four North American "
            "factories that make pickup trucks and big sport utility vehicles, laying off about "
            "3,500 workers.")
    assert [h.quantity.value for h in headcounts(text, "en")] == [3500]


@pytest.mark.parametrize(("text", "expected"), [
    ("据这家连锁咖啡巨头的CEO Kevin Johnson在美国当地时间周二发布的一份内部文件显示,"
     "公司将裁员350人,占其整体员工数量的5%左右。", 5.0),
    ("Expedia全球裁員3000人 佔整體12% 料省39億成本", 12.0),  # Traditional 佔
    ("n+2|汽车之家:不存在大规模裁员,整体人员优化幅度不及5%", 5.0),  # at most 5%
])
def test_chinese_shares_of_the_workforce(text: str, expected: float) -> None:
    assert percent(text, "zh") == expected


def test_the_size_a_workforce_is_cut_from_is_not_the_cut() -> None:
    text = ("法国奢侈品牌香奈儿(Chanel)宣布对中国区开展战略调整,"
            "计划年内把中国总部员工规模从462人削减至373人,裁员幅度达20%。")
    assert count(text, "zh") is None


# ------------------------------------------------------------------ tenth held-out set

@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a range: at least the lower figure, as with headcounts
    ("京东多个事业群裁员调整,京喜拼拼业务“优化”10-15%", "zh", 10.0),
    ("Goldman Sachs plans to layoff 3-4% of its workforce or between 1300 and 1800 people, "
     "according to the WSJ.", "en", 3.0),
    # a fraction of the group's staff, said with 数
    ("受到疫情影响,香港国泰集团今天(21日)宣布大裁员,预计人数高达8,500人,大约占全部集团员工数的四分之一,"
     "不仅裁员人数超乎预期", "zh", 25.0),
    # the layoff rate, hedged with 可能
    ("据职场社交媒体平台爆料,此次裁员比例可能高达50%,影响约150名员工。", "zh", 50.0),
    # half of a group of workers, then what happens to them
    ("《南华早报》周五援引三星员工收到的通知称,三星电子苏州电脑厂1700名合同工中约一半将受到影响,"
     "其中不包括从事研发的员工。", "zh", 50.0),
])
def test_tenth_set_shares(text: str, lang: str, expected: float) -> None:
    assert percent(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two neighbouring figures are a range, counted from its lower end (rzh-0088, wzt-0003,
    # dzh-0023, ezh-0052)
    ("Keep突然裁员 或涉及两三百人", (200, True)),
    ("在該區擁有3家百貨的微風集團昨傳出裁員近3成,約2、300人恐受影響。", (200, True)),
    ("可能有四五万人得另谋出路", (40000, True)),
    ("若HTC上海廠已裁500、600人的消息屬實", (500, True)),
    ("裁员3、4千人", (3000, True)),
    # not neighbours: two figures, the first of them the count
    ("裁员200、500人", (200, False)),
])
def test_chinese_ranges_count_from_their_lower_end(text: str,
                                                   expected: tuple[int, bool]) -> None:
    assert count(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the Mid-Autumn festival is no "among the staff" (wzt-0024)
    ("「廣東館」80員工中秋前失業", (80, False)),
    ("令約八十名員工中秋節前失業", (80, False)),
    # the whole staff dismissed, summed up with 共 (wzv-0015)
    ("「不得不決定」自10月3日起解雇公司所有共103名員工。", (103, False)),
    # the cut's total at the end of a long clause (wzv-0016)
    ("西門子公司準備裁減旗下能源和基礎建設事業在3處地點共1200至1400名員工。", (1200, True)),
    # posts lost, counted after the noun (wzu-0030)
    ("本田将于2022年关闭其英国西南部斯文顿的汽车工厂,就业岗位将流失3500个", (3500, False)),
])
def test_chinese_counts_from_the_thirtieth_set(text: str, expected: tuple[int, bool]) -> None:
    assert count(text, "zh") == expected


def test_a_staff_total_is_still_no_count() -> None:
    # 共 with no cut before it in the clause is the size of the staff
    assert count("该公司共1200名员工", "zh") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("台北信義商圈逛街人潮少了6、7成,裁員6、7成", 60.0),
    ("裁员六七成", 60.0),
])
def test_chinese_share_ranges_count_from_their_lower_end(text: str, expected: float) -> None:
    assert percent(text, "zh") == expected


def test_hourly_employees_are_people_and_a_strong_workforce_its_size() -> None:
    assert count("will furlough about 900 hourly employees") == (900, False)
    assert count("the future of over three thousand strong workforce is uncertain") is None


def test_a_fourth_is_a_share_but_not_the_fourth_quarter() -> None:
    assert percent("The company will cut a fourth of its staff") == 25.0
    assert percent("layoffs in the fourth quarter of the year") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The studio's QA team is halved as Warner Bros. Discovery incurs a loss", 50.0),
    ("its workforce was halved", 50.0),
    ("profits halved", None),
])
def test_a_workforce_halved(text: str, expected: float | None) -> None:
    assert percent(text) == expected


# the thirty-first set's shares and sizes (ein-0004, eip-0020, eip-0024, ein-0102)
@pytest.mark.parametrize(("text", "expected"), [
    ("Swiss banking giant Credit Suisse said yesterday that it will cut roughly 5,300, or 11 "
     "per cent, of its jobs after posting a loss of around 3 billion Swiss francs", 11.0),
    ("A Nottinghamshire building company has entered administration, with all 26 staff "
     "losing their jobs.", 100.0),
    ("Utah State University President Stan L. Albrecht on Monday announced a mandatory "
     "furlough for all full- and part-time employees as a way to deal with budget cuts.", 100.0),
    # (not all of them: "all but 11 of the 159 employees immediately losing their jobs")
    ("Central Building Contractors (Glasgow) has gone into administration, with all but 11 of "
     "the 159 employees immediately losing their jobs.", None),
])
def test_shares_from_the_thirty_first_set(text: str, expected: float | None) -> None:
    assert percent(text) == expected


def test_the_size_a_workforce_stood_at_is_not_the_cut() -> None:
    assert count("New York-based e-commerce company, Etsy Inc, has announced that it will be "
                 "cutting an additional 15% of its global workforce. At the end of 2016, Etsy’s "
                 "workforce stood at about 1,000 employees.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # "labour force" is the workforce (ekn-0016)
    ("Hyundai Motors India Ltd, the country's largest auto exporter and the second largest car "
     "manufacturer, will cut production and lay off 2,000 temporary workers, about one-fourth of "
     "its labour force, to tide over a continuing slump in car sales.", 25.0),
    # a share of the costs, not of the staff (ekp-0019)
    ("Oxfam, one of the UK's largest fundraising charities, is running an organisation-wide "
     "review, which includes possible job cuts, to try to slash 10%-15% from its total costs.",
     None),
    # the cut's share of the "human resources" (yzv-0013)
    ("美國交通網絡公司優步(Uber)今天表示,旗下叫車服務事業在疫情期間業務大幅下滑,將裁員3700人因應。"
     "法新社報導,這次裁員占優步全球人力資源約14%,人力資源中不含代僱駕駛在內。", 14.0),
])
def test_shares_from_the_thirty_third_set(text: str, expected: float | None) -> None:
    lang = "zh" if not text.isascii() else "en"
    assert percent(text, lang) == expected
