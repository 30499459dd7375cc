"""Which organisation a layoff report names as the employer (issue #3, company extraction).

The headlines are written for these tests, the way outlets phrase them; each
group is one rule of detect/detector.py.
"""

from __future__ import annotations

import pytest

from detect import CompanyDirectory, Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(CompanyDirectory.bundled())


CASES = [
    # an appositive between the name and its verb describes the name
    ("Chinese AI firm under US sanctions",
     "Megvii, a Chinese AI company that Washington has blacklisted, is reportedly planning "
     "further layoffs.", "Megvii"),
    ("Fintech once valued at $11 billion slashes a third of staff",
     "Bolt, the San Francisco-based checkout startup, is laying off about 100 employees.",
     "Bolt"),
    # the employer named after the cut is where it falls, over the parent announcing it
    ("TikTok confirms 300 job cuts at Tokopedia", "", "Tokopedia"),
    ("GM to cut 1,000 jobs at self-driving unit",
     "General Motors said it is laying off 1,000 workers at Cruise, its robotaxi unit.", "Cruise"),
    ("Layoffs at chip manufacturer GlobalFoundries", "", "GlobalFoundries"),
    # a title that puts the cut in an unnamed unit leaves the name to the summary
    ("ByteDance VR unit trims staff",
     "ByteDance's headset maker Pico is cutting hundreds of jobs, people familiar said.", "Pico"),
    # but a whole company that merely has units keeps its name
    ("Perfect World cuts staff in multi-unit restructuring", "", "Perfect World"),
    # a registered name in the summary names an unlisted Chinese employer
    ("深圳一电子厂宣布停产解散 全体员工被遣散",
     "深圳市恒远电子科技有限公司近日宣布停产,并与全部员工解除劳动合同。", "恒远电子"),
    ("老牌大厂正式解散", "东莞新华电器(东莞)有限公司(下称“新华电器”)正式解散。", "新华电器"),
    # a listed company announcing in the summary: 宝洁公司(P&G)宣布,…将裁员
    ("美国消费大厂宣布裁员6千人",
     "日用品巨头宝洁公司(Procter & Gamble)宣布,未来两年将裁员6000人。", "Procter & Gamble"),
]


@pytest.mark.parametrize(("title", "summary", "company"), CASES, ids=[c[0] for c in CASES])
def test_the_employer(detector: Detector, title: str, summary: str, company: str) -> None:
    d = detector.analyse(title, summary)
    assert d.is_layoff, d.reasons
    assert d.company == company, d.reasons


NOT_AN_EMPLOYER = [
    # months, pronouns, the outplacement firm that counts other firms' cuts, places
    ("September Job Cuts Jump to 40,000", "U.S.-based employers announced 40,000 cuts."),
    ("You've been laid off. What happens next?", ""),
    ("Southeast Asia Continues to Lay Off Tech Workers",
     "After companies like Meta and Amazon, the trend has reached the region."),
    # a single X in Chinese text is a person's initial, not the platform
    ("一个被裁掉的程序员与他的2023", "X去年底被裁员,至今仍在找工作。"),
]


@pytest.mark.parametrize(("title", "summary"), NOT_AN_EMPLOYER,
                         ids=[c[0] for c in NOT_AN_EMPLOYER])
def test_no_employer_is_invented(detector: Detector, title: str, summary: str) -> None:
    d = detector.analyse(title, summary)
    assert not d.is_layoff and d.company in (None, "Meta", "Amazon"), d.reasons
    assert d.company not in ("September", "You've", "Southeast Asia", "X", "Twitter")
