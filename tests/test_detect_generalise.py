"""Phenomena that the first corpora under-represented (issue #3, generalisation).

Each group is one general rule or vocabulary; the headlines are written for
these tests (none is in the dev corpus) the way Hong Kong, Taiwan, mainland and
English outlets phrase them.
"""

from __future__ import annotations

import pytest

from detect import CompanyDirectory, Detector
from detect.hanzi import normalise


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(CompanyDirectory.bundled())


NOT_LAYOFFS = [
    # Chinese denials and rebuttals, in their many forms
    ("denial", "傳將裁員兩成 宏碁:並無此類情事"),
    ("denial", "網傳京东裁员 公司回应:无事实根据"),
    ("denial", "腾讯裁员消息不正确 官方称正常招聘"),
    ("denial", "比亚迪大规模裁员?高管否认,称是谣言"),
    ("denial", "曝百度裁员 知情人士:纯属捏造"),
    ("denial", "传理想汽车裁员万人 官方回应:子虚乌有"),
    ("response to a rumour", "蔚来汽车回应裁员传闻"),
    ("response to a rumour", "小鹏回应网传裁员消息"),
    # aggregates, features and industry-wide stories
    ("aggregate", "锂电龙头们去年裁员超3万人"),
    ("aggregate", "游戏圈裁员:一个冬天走了多少人"),
    ("aggregate", "互联网大厂裁员记"),
    ("aggregate", "半导体业界大裁员,谁能幸免"),
    ("aggregate", "制造业倒闭潮来袭 数千工人面临失业"),
    ("feature", "汇丰裁员的影响(二)"),
    # furloughs are not layoffs
    ("furlough", "面板厂订单骤减 宣布放无薪假两个月"),
    ("furlough", "传裁员关厂 业者:只是实施无薪休假"),
    # English: stances, tallies, explainers
    ("stance", "Microsoft CEO says layoffs would be 'the last option'"),
    ("avoidance", "To Head Off Layoffs, Airline Pilots Accept Pay Cuts"),
    ("tally", "Intel, Cisco and Dell cut 20,000 jobs in one month"),
    ("tally", "3,000 workers lost jobs in gaming this month"),
    ("explainer", "Reflections on a year of layoffs, from the founders who made them"),
    ("explainer", "Got laid off? Here's what to do in the first week"),
]


@pytest.mark.parametrize(("kind", "title"), NOT_LAYOFFS, ids=[t for _, t in NOT_LAYOFFS])
def test_not_a_layoff(detector: Detector, kind: str, title: str) -> None:
    d = detector.analyse(title)
    assert not d.is_layoff, (kind, d.reasons)


LAYOFFS = [
    # Taiwan and Hong Kong vocabulary
    ("晶圆厂缩编 拟资遣150人", None, 150),
    ("面板厂大量解僱 逾300名员工受影响", None, 300),
    ("老牌电子厂遣退80名员工", None, 80),
    ("科技公司一口气炒鱿鱼200人", None, 200),
    # a company wound up with its staff
    ("芯片设计公司原地解散 2000人一夜失业", None, 2000),
    ("一家游戏公司停业解散 员工获N+1补偿", None, None),
    # an unnamed but single employer as the subject
    ("台湾面板大厂爆裁员 近百人受影响", None, 100),
    ("一家AI独角兽宣布裁员", None, None),
    ("A Midwest software startup lays off 60 employees", None, 60),
    # questions that go on to report the layoff
    ("裁员500人平均年龄40岁?IBM中国传将撤离研发中心", "IBM", 500),
    ("京东年底裁员?内部人士:确有其事,规模不大", "JD.com", None),
    # a response that confirms
    ("字节跳动回应裁员传闻:系正常业务调整", "ByteDance", None),
]


@pytest.mark.parametrize(("title", "company", "count"), LAYOFFS, ids=[t for t, _, _ in LAYOFFS])
def test_layoff(detector: Detector, title: str, company: str | None, count: int | None) -> None:
    d = detector.analyse(title)
    assert d.is_layoff, d.reasons
    assert d.company == company, d.reasons
    assert d.count == count, d.reasons


@pytest.mark.parametrize(("title", "company"), [
    ("Crypto Exchange Kraken Cuts 30% Of Its Workforce", "Kraken"),
    ("Spotify Begins Layoffs Under Plan to Cut Staff by 17%", "Spotify"),
    ("Silicon Valley tech company lays off hundreds, CEO blames Google", None),
    ("甲骨文中国裁员1600人?Oracle惊传关闭研发中心", "Oracle"),
])
def test_subject_extraction(detector: Detector, title: str, company: str | None) -> None:
    d = detector.analyse(title)
    assert d.is_layoff, d.reasons
    assert d.company == company, d.reasons


def test_taiwan_and_hong_kong_characters_are_read() -> None:
    assert normalise("縮編 炒魷魚 驚傳 鴻海 滙豐") == "缩编 炒鱿鱼 惊传 鸿海 汇丰"
    assert normalise("精簡人力 人事凍結 老闆 後續") == "精简人力 人事冻结 老板 后续"
    assert normalise("無綫電視 開鍘 諾基亞") == "无线电视 开铡 诺基亚"


def test_tvb_is_not_every_wireless_thing(detector: Detector) -> None:
    # 無綫 (TVB) simplifies to 无线, which is also "wireless": only the longer names count
    assert detector.analyse("传香港無綫將再次裁員百人").company == "TVB"
    assert detector.analyse("无线耳机厂商裁员300人").company != "TVB"


def test_rankings_are_roundups(detector: Detector) -> None:
    assert not detector.analyse("百强房企去年减员5万 万科裁掉近两成").is_layoff


@pytest.mark.parametrize("title", [
    "Automaker to call 5,300 laid-off workers back to work next month",
    "Retailer reverses plan to lay off 800 warehouse staff",
    "Top 5 Indian IT firms to lay off 40,000 this year",
])
def test_recalls_reversals_and_multi_company_tallies(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


def test_the_owner_of_a_title_is_an_unnamed_employer(detector: Detector) -> None:
    d = detector.analyse("Owner of the Daily Bugle axes 120 newsroom jobs")
    assert d.is_layoff and d.company is None and d.count == 120, d.reasons


def test_a_tally_in_another_clause_is_not_the_count(detector: Detector) -> None:
    d = detector.analyse("Dropbox to cut 16% of staff as tech layoffs top 150,000")
    assert d.is_layoff and d.company == "Dropbox" and d.count is None and d.percent == 16


def test_an_earlier_rounds_share_is_not_this_rounds(detector: Detector) -> None:
    d = detector.analyse("传小鹏汽车将启动新一轮裁员 3个月前曾宣布优化员工15%")
    assert d.is_layoff and d.company == "Xpeng" and d.percent is None, d.reasons


def test_a_year_is_not_an_earlier_round(detector: Detector) -> None:
    d = detector.analyse("三菱日联银行将在2026年前裁员6千人")
    assert d.is_layoff and d.company == "MUFG" and d.count == 6000, d.reasons


@pytest.mark.parametrize(("text", "name"), [
    ("無綫電視裁員", "TVB"), ("友達光電", "AUO"), ("利豐", "Li & Fung"),
    ("怡和集團", "Jardine Matheson"), ("《香港01》", "HK01"), ("宏達國際電子", "HTC"),
    ("鴻海", "Foxconn"), ("国泰航空", "Cathay Pacific"), ("长江存储", "YMTC"), ("京东方", "BOE"),
    ("Infosys", "Infosys"), ("印孚瑟斯", "Infosys"),
])
def test_directory_knows_hong_kong_taiwan_and_global_names(text: str, name: str) -> None:
    found = CompanyDirectory.bundled().find(normalise(text))
    assert [m.name for m in found] == [name]


@pytest.mark.parametrize("text", [
    "增长和就业", "美国航空业", "表达能力", "努力拓展", "裁员浪潮",
    "上海信息",
    "our reliance on AI", "layoffs are rippling through startups",
])
def test_new_names_do_not_match_ordinary_words(text: str) -> None:
    assert CompanyDirectory.bundled().find(normalise(text)) == []


@pytest.mark.parametrize(("text", "name"), [("海南航空", "Hainan Airlines"),
                                            ("山东航空", "Shandong Airlines")])
def test_short_airline_names_do_not_hide_inside_longer_ones(text: str, name: str) -> None:
    # 南航 (China Southern) sits inside 海南航空, 东航 (China Eastern) inside 山东航空
    assert [m.name for m in CompanyDirectory.bundled().find(normalise(text))] == [name]


@pytest.mark.parametrize(("title", "company"), [
    ("百度宣布关闭上海研发中心 员工获N+1补偿", "Baidu"),
    ("友達關閉竹科廠 約500人失業", "AUO"),
    ("Meta to cut 5% of 'low performers'", "Meta"),
])
def test_closing_a_site_or_cutting_low_performers_is_a_layoff(detector: Detector, title: str,
                                                             company: str) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company, d.reasons


@pytest.mark.parametrize("title", [
    "Laid off from Google? These startups are hiring",
    "优衣库关闭上海旗舰店",
])
def test_reader_questions_and_shop_closures_are_not_layoffs(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


@pytest.mark.parametrize(("title", "layoff"), [
    ("传英特尔将砍两成人力", True),
    ("裁员N+1补偿怎么算", False),
    ("推特裁员一周年", False),
    ("爱奇艺离职潮", False),
])
def test_more_chinese_phrasings(detector: Detector, title: str, layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


@pytest.mark.parametrize(("title", "company"), [
    ("永丰余资遣120名员工", "永丰余"),
])
def test_a_bare_unlisted_name_before_a_strong_cue_is_the_company(detector: Detector, title: str,
                                                                company: str) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company, d.reasons


@pytest.mark.parametrize("title", [
    "变相裁员", "恶意裁员", "密集裁员", "硅谷裁员", "违法裁员", "年底裁员", "华尔街裁员",
    "新势力裁员", "巨头裁员", "中国区裁员",
])
def test_manner_and_place_words_are_not_names(detector: Detector, title: str) -> None:
    d = detector.analyse(title)
    assert d.company is None and not d.is_layoff, d.reasons


@pytest.mark.parametrize(("title", "layoff"), [
    ("京东开启末位淘汰 比例10%", True),
    ("阿里与员工解约 补偿N+1", True),
    ("美团砍掉中国区团队", True),
    ("某餐厅倒闭", False),
    ("倒闭潮来袭", False),
])
def test_forced_exits_and_closures(detector: Detector, title: str, layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


@pytest.mark.parametrize("title", [
    "Tech giants Google, Meta and Amazon cut 40,000 jobs",
    "Indian IT majors TCS, Infosys, Wipro shed 64,000 jobs in FY24",
    "Big Tech has laid off 150,000 workers this year",
    "Why did Google lay off 12,000 people?",
    "How Meta decided which 11,000 employees to lay off",
])
def test_lists_of_employers_and_analyses_are_not_events(detector: Detector, title: str) -> None:
    d = detector.analyse(title)
    assert not d.is_layoff, d.reasons


def test_two_companies_announcing_together_is_still_an_event(detector: Detector) -> None:
    assert detector.analyse("CNN and NBC announce major layoffs").is_layoff


@pytest.mark.parametrize(("title", "layoff"), [
    ("宏碁精簡人力 逾百人受影響", True),
    ("联想组织瘦身 涉及500人", True),
    ("健身房教你瘦身", False),
])
def test_slimming_the_organisation(detector: Detector, title: str, layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


# ------------------------------------------------------------------ from the first held-out set
# (tests/data/corpus/*_d.jsonl: looked at after measuring, so now development data)

@pytest.mark.parametrize(("title", "company"), [
    ("Opinion | Jeff Glor, former 'CBS Evening News anchor, is among those laid off by "
     "Paramount Global", "Paramount"),
    ("23andMe cuts 40% of its workforce", "23andMe"),
    ("Outriders and Bulletstorm studio People Can Fly reportedly lays off over 30 developers",
     "People Can Fly"),
    ("South Africa's Telkom could cut 3,000 jobs - letter to unions", "Telkom"),
    ("MCI Reports 1Q Loss, Plans 7,500 Layoffs", "MCI"),
    ("Juul CEO addresses reported layoffs in leaked memo", "Juul"),
    # a game or a rival names no employer: the title alone gives none
    ("Orcs Must Die developer lays off staff", None),    # from tests/data/corpus/*_e.jsonl
    ("University of Delaware lays off over 1,100 part-time workers", "University of Delaware"),
    ("University of Northern Colorado plans to lay off 50 employees",
     "University of Northern Colorado"),
    ("UK-BASED TULLOW OIL PLANS JOB CUTS AS OIL HITS SIX YEAR LOWS", "Tullow Oil"),
    ("通用汽车旗下Cruise将裁员50%", "Cruise"),
    ("马来西亚星洲日报裁员", "Sin Chew Daily"),  # a newspaper (now listed), not the country
    ("极越汽车解散", "Jiyue"),  # a carmaker wound up
])
def test_subjects_in_held_out_and_later_shapes(detector: Detector, title: str,
                                                company: str | None) -> None:
    d = detector.analyse(title)
    assert d.is_layoff, d.reasons
    assert d.company == company, d.reasons


@pytest.mark.parametrize("title", [
    "US Banking Sector Trims Over 17,000 Jobs Amidst 2024 Turbulence",
    "Big US banks continue mass layoffs amid pressure to cut costs By Reuters",
    "Pharmaceutical Industry Faces Continued Layoffs and Restructuring Amid Strategic Shifts",
    "Unicorns & Non-Unicorns Hung Out to Dry: As SoftBank Licks its Wounds, Startup Funding "
    "Fizzles, Shutdowns & Layoffs Spread",
    "No-Layoff Companies Foster Employee Growth and Loyalty",
    "貝殼回應裁員傳聞:無整體優化計劃",
    "快狗打車回應裁員 屬正常人員流動變化",
    "網路公司再度裁員",
])
def test_sectors_trends_and_answers_are_not_events(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


def test_a_rival_is_not_the_employer(detector: Detector) -> None:
    d = detector.analyse("This Alibaba Competitor Undertakes Aggressive Job Cuts Across Multiple "
                         "Southeast Asian Markets",
                         "Sea Limited's SE e-commerce arm Shopee laid off staff across multiple "
                         "markets, DealStreetAsia reports.")
    assert d.is_layoff and d.company not in (None, "Alibaba"), d.reasons


def test_not_ruling_out_layoffs_is_not_an_event(detector: Detector) -> None:
    d = detector.analyse("諾基亞董事長稱經濟危機仍將持續2至3年",
                         "諾基亞董事長周日表示，當前的全球經濟危機還要持續2年至3年，諾基亞將來不排除進一步裁員的可能。")
    assert not d.is_layoff, d.reasons


def test_a_byline_is_not_the_employer(detector: Detector) -> None:
    d = detector.analyse("全球裁員2萬人 日產2年內或削減20%產能",
                         "[汽車之家 行業] 距離5月28日日產中期事業計劃的發布時間越來越近。")
    assert d.company != "Autohome", d.reasons
    assert d.count == 20000 and d.percent is None


@pytest.mark.parametrize("title", [
    "7 recent pharma layoffs",
    "Companies Laying Off Staff in 2026: Amazon, Citi, Pinterest and Dozens More Announce Major "
    "Job Cuts",
    "Common Layoffs After a Company Is Acquired: Strategies and Implications",
    "一场大裁员正在席卷银行!金饭碗,也不香了?",
    "绝不向中国低头!宁愿裁员9000人公司破产,也不接受中国的帮助?",
])
def test_lists_waves_and_hypotheticals_are_not_events(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


def test_a_loss_before_the_cut_does_not_hide_the_count(detector: Detector) -> None:
    d = detector.analyse("汉莎航空继续亏损 再度裁员1万人")
    assert d.is_layoff and d.count == 10000, d.reasons


def test_a_chief_warning_of_a_number_announces_it(detector: Detector) -> None:
    d = detector.analyse("Heineken CEO warns of 8 000 job cuts as pandemic hits beer sales")
    assert d.is_layoff and d.company == "Heineken" and d.count == 8000, d.reasons


@pytest.mark.parametrize("title", [
    "新东方在线有部门裁员20%?官方回应",  # a rumour asked, then answered
    "劳动法辞退补偿标准n+1",  # the law on severance, not an event
])
def test_answered_rumours_and_labour_law_are_not_events(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


@pytest.mark.parametrize(("title", "company", "count"), [
    # a furlough beside a cut
    ("怡中航空裁員340人 留任員工需延長無薪假計劃", "Jardine Aviation Services", 340),
    ("萬事達卡財報優於預期「照砍3%員工」 估全球千人被裁", "Mastercard", 1000),
])
def test_cuts_beside_furloughs_and_passive_counts(detector: Detector, title: str, company: str,
                                                 count: int) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company and d.count == count, d.reasons


def test_a_latin_name_before_the_cue_in_chinese(detector: Detector) -> None:
    d = detector.analyse("全球最大银行卡组织VISA近期将全球裁员!")
    assert d.is_layoff and d.company and d.company.casefold() == "visa", d.reasons


@pytest.mark.parametrize(("title", "company", "count"), [
    ("400 jobs set to go as Marshalls restructures", "Marshalls", 400),
    # the contractor cut 2,000 (a number that looks like a year after 裁员), not Microsoft
    ("微软在华外包公司裁员2000:系统打不开才知被裁", None, 2000),
])
def test_passive_subjects_and_contractors(detector: Detector, title: str, company: str | None,
                                          count: int) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company and d.count == count, d.reasons


def test_closing_shops_is_not_cutting_staff(detector: Detector) -> None:
    # 裁撤 applies to shops as well as staff; only the staff are a layoff
    assert not detector.analyse("苹果将裁撤部分零售门店").is_layoff
    assert detector.analyse("苹果将裁撤部分零售团队").is_layoff


def test_cost_cutting_words_do_not_hide_the_percent(detector: Detector) -> None:
    d = detector.analyse("美团降本增效 裁员10%")  # 增 in 增效 is not a rise in revenue
    assert d.is_layoff and d.percent == 10.0, d.reasons


@pytest.mark.parametrize("title", ["华为荣耀优化部分岗位", "滴滴全员信：将优化部分员工"])
def test_optimising_some_jobs_is_a_layoff(detector: Detector, title: str) -> None:
    assert detector.analyse(title).is_layoff


def test_layoffs_looming_at_one_employer_are_its_own(detector: Detector) -> None:
    d = detector.analyse("Layoffs loom at Volkswagen as profits slump")
    assert d.is_layoff and d.company == "Volkswagen", d.reasons
    assert not detector.analyse("WARN notices show 5,000 layoffs in California in March").is_layoff


@pytest.mark.parametrize(("title", "layoff"), [
    # the scale denied, a cut admitted: labelled layoffs in our corpora
    ("隆基回应裁员传闻：比例不实，属正常优化", True),
    ("安克创新否认大规模裁员 称小范围组织调整", True),
    # plain denials, turnover, and a reshuffle at the top stay denials
    ("台积电否认裁员传闻", False),
    ("旷视科技裁员 回应：正常人员流动", False),
    ("騰訊辟謠天美光子裁員傳聞,確認高層小范圍調整", False),
])
def test_denials_that_admit_a_smaller_cut(detector: Detector, title: str, layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


def test_dissolving_a_board_is_not_a_layoff(detector: Detector) -> None:
    assert not detector.analyse("某科技解散董事会").is_layoff


@pytest.mark.parametrize(("title", "layoff"), [
    ("英特尔撤出中国 员工获N+1补偿", True),  # severance by the formula is paid to people let go
    ("百度开启大规模人员调整", True),
    ("IBM中国研发部门整体撤销 涉及上千人", True),
    ("N+1赔偿是什么意思", False),
])
def test_severance_formulas_and_closed_departments(detector: Detector, title: str,
                                                   layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


# ------------------------------------------------------------ from tests/data/corpus/*_f.jsonl

@pytest.mark.parametrize(("title", "company", "count"), [
    ("Tenneco files WARN notice on nearly 600 jobs", "Tenneco", 600),  # the legal notice
    ("Saran Industries to close Indianapolis plant with 110 workers", "Saran Industries", 110),
    ("Ohio parts factory shutter planned, 200+ workers out", None, 200),
    ("Joy Global (JOY) Laying Off 150 Millersburg, Ky. Workers", "Joy Global", 150),
    ("Hanover Insurance to slash jobs", "Hanover Insurance", None),
])
def test_warn_notices_plant_closures_and_tickers(detector: Detector, title: str,
                                                 company: str | None, count: int | None) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company and d.count == count, d.reasons


@pytest.mark.parametrize("title", [
    "Pharma layoffs cut deep, spread widely",
    "Print Media Layoffs 2017 Hit Thousands at Time, Gannett, BH Media, & More",
    "Downsizings, September, 2002",
    "Largest hospital, health system layoffs of 2015",
    "Oilservice Sector Shouldering the Burden of Oil Patch Layoffs",
    "7 Things You Should Know about Retrenchment in Malaysia",
    "Layoffs in Nevada Continue, Gaming & Hospitality Being Mostly Affected",
    "Fierce Biotech Layoff Tracker: Finch culls 37% of workforce; Mereo makes cuts after investor "
    "pressure",
    "Nationwide Layoffs Impact Major Logistics and Transportation Companies",
    "Solar Firms Are Slashing Jobs",
    "Brewery Employees Are Being Laid Off En Masse, Thanks to Coronavirus",
    "'This Moment Is Like a Tornado': In the Past Month Alone, 17 American Museums Have Cut "
    "Almost 1,500 Jobs",
])
def test_trades_tallies_and_trackers_are_not_one_employer(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


@pytest.mark.parametrize(("title", "company"), [
    ("新郵政將裁退45人", "SingPost"),  # 裁退: Singapore and Malaysia's word
    ("華映聲請破產後 將解雇1900人", "Chunghwa Picture Tubes"),  # a bankruptcy court is no lawsuit
    ("复兴航空宣布解散资遣所有劳工", "TransAsia Airways"),
    ("快新聞/遠航明起停止營運 董事長消失 副總鞠躬致歉", "Far Eastern Air Transport"),
    ("曝魅族彻底放弃手机业务,团队全裁", "Meizu"),
    ("汇丰银行关闭62家英国分行,裁员", "HSBC"),  # 62 branches, not 62 companies
    ("美团裁员,“快买优”焦虑", "Meituan"),  # a mood word does not undo a named cut
])
def test_chinese_shutdowns_and_regional_words(detector: Detector, title: str,
                                              company: str) -> None:
    d = detector.analyse(title)
    assert d.is_layoff and d.company == company, d.reasons


@pytest.mark.parametrize("title", [
    "去年九成多公司给予遭裁退员工裁员福利",
    "大環境不佳 南韓三星、SK、樂天紛傳裁員",
    "李國慶稱不應該線上裁員",
    "东南亚电商裁员事件始末",
    "遠航停飛5年 員工自救會長：千餘員工盼能有復飛的機會",
])
def test_chinese_tallies_opinions_and_anniversaries(detector: Detector, title: str) -> None:
    assert not detector.analyse(title).is_layoff


@pytest.mark.parametrize(("title", "layoff"), [
    ("Auto parts supplier sends WARN notice about layoffs", True),  # one unnamed employer
    ("The Long-Term Layoff", False),  # an adjective, not a name
    ("From Talent Wars To Mass Layoffs, Shutdowns: Edtech Startups Fire 7,000 Employees In 2022",
     False),
])
def test_unnamed_employers_adjectives_and_journeys(detector: Detector, title: str,
                                                   layoff: bool) -> None:
    assert detector.analyse(title).is_layoff is layoff


def test_a_bare_headline_over_several_companies_is_a_roundup(detector: Detector) -> None:
    d = detector.analyse("裁員", "這幾天接二連三傳出大企業裁員的消息﹐匯豐花旗渣打無線﹐"
                               "陸續宣報解僱員工削減人手。")
    assert not d.is_layoff, d.reasons


def test_a_multi_word_latin_name_in_chinese_text(detector: Detector) -> None:
    d = detector.analyse("Star Media第四季开始裁员")
    assert d.is_layoff and d.company == "Star Media", d.reasons


TRAPS_WITH_SUMMARY = [
    # rebuttals and "false information" answers
    ("Infosys rubbishes social media buzz of 20,000 layoffs", ""),
    ("Xiaomi responds to 'mass layoffs at partner factories': false and untrue information", ""),
    ("JD Dismisses Layoff Rumours as Founder Calls for Change", ""),
    ("某茶饮品牌:大裁员30%都是假的,只是正常的优化", ""),
    ("建发集团回应:裁员40%消息不符合事实", ""),
    # the suit is the story; the layoff is its past
    ("Lawsuit Alleges Meta Layoffs Targeted Workers on Leave", ""),
    ("小米全球裁员2000人后,再迎印度区架构调整", ""),
    # surveys, comparisons, which-studios questions, executives dismissed
    ("From Byju's to Ola, India's startups let go of 20,000 employees in 2024", ""),
    ("Rivian's Layoffs vs. BYD's Hiring: Who Wins?", ""),
    ("Which Studios Cut the Most of 2024's 14,000 Game Layoffs", ""),
    ("某车企高管或因业绩下滑将被解雇", ""),
]


@pytest.mark.parametrize(("title", "summary"), TRAPS_WITH_SUMMARY,
                         ids=[t for t, _ in TRAPS_WITH_SUMMARY])
def test_traps_found_in_the_fifth_set(detector: Detector, title: str, summary: str) -> None:
    d = detector.analyse(title, summary)
    assert not d.is_layoff, d.reasons


@pytest.mark.parametrize(("title", "summary", "count", "percent"), [
    # a title's magnitude or round figure, refined by the summary's exact one
    ("Metro Bank to shut 40 branches and cut hundreds of jobs",
     "Metro Bank announced 320 job losses and the closure of 40 branches.", 320, None),
    ("诺和诺德裁员近万人", "诺和诺德宣布裁员约9000人,预计每年节省80亿丹麦克朗。", 9000, None),
    # a total, a share "who make up", a comma inside a Chinese figure, a slashed fraction
    ("Battery maker to cut a total of 1,600 jobs in Sweden", "", 1600, None),
    ("Intuit is laying off 1,800 employees who make up 10% of its workforce", "", 1800, 10.0),
    ("联邦快递计划削减12,000个工作岗位", "", 12000, None),
    ("某报业大砍1/3员工 裁撤体育部门", "", None, 33.3),
    # a denied share is not the cut; a volume that falls is not a workforce share
    ("隆基否认裁员30%,预计岗位结构优化5%", "", None, 5.0),
    ("UPS计划削减20,000个工作岗位", "因为最大客户的货运量将减少50%。", 20000, None),
])
def test_numbers_found_in_the_fifth_set(detector: Detector, title: str, summary: str,
                                        count: int | None, percent: float | None) -> None:
    d = detector.analyse(title, summary)
    assert d.is_layoff, d.reasons
    assert (d.count, d.percent) == (count, percent), d.reasons
