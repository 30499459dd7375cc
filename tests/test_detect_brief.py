"""The phrasings the project brief itself quotes are read as a user would expect."""

from __future__ import annotations

import pytest

from detect import CompanyDirectory, Detector

DETECTOR = Detector(CompanyDirectory.bundled().extended([("MiningLamp", ["明略科技", "明略"])]))


def test_most_of_the_staff_fired_is_a_layoff_with_its_share() -> None:
    d = DETECTOR.analyse("MiningLamp: more than 70% of the company's employees have been fired")
    assert d.is_layoff and d.company == "MiningLamp" and d.percent == 70


@pytest.mark.parametrize("title", ["京东毕业一批员工 涉及上千人", "某大厂毕业了一波员工",
                                   "字节跳动毕业300名员工"])
def test_graduating_staff_is_the_layoff_euphemism(title: str) -> None:
    assert DETECTOR.analyse(title).is_layoff, DETECTOR.analyse(title, explain=True).reasons


def test_graduating_students_is_not_a_layoff() -> None:
    assert not DETECTOR.analyse("清华大学今年毕业生就业率创新高").is_layoff


def test_an_aggregate_without_a_company_makes_no_event() -> None:
    d = DETECTOR.analyse("Nearly 73,000 workers were laid off between July and mid-April")
    assert d.company is None  # no company: the pipeline opens no event and sends no alert
