"""The company directory: resolving names, finding them in text, extending from rules.yaml."""

from __future__ import annotations

import pytest

from detect import CompanyDirectory
from detect.hanzi import normalise


@pytest.fixture(scope="module")
def directory() -> CompanyDirectory:
    return CompanyDirectory.bundled()


def names_in(directory: CompanyDirectory, text: str) -> list[str]:
    return [m.name for m in directory.find(normalise(text))]


def test_bundled_directory_is_a_few_hundred_companies(directory: CompanyDirectory) -> None:
    assert len(directory) >= 300
    for name in ["Alibaba", "JD.com", "Tencent", "ByteDance", "Meituan", "Xiaohongshu", "iQiyi",
                 "Baidu", "Microsoft", "Google", "Meta", "Amazon"]:
        assert name in directory.names()


@pytest.mark.parametrize(("alias", "name"), [
    ("alibaba group", "Alibaba"), ("阿里巴巴", "Alibaba"), ("BABA", "Alibaba"),
    ("9988.HK", "Alibaba"), ("0700.hk", "Tencent"), ("騰訊", "Tencent"), ("京东", "JD.com"),
    ("jingdong", "JD.com"), ("Facebook", "Meta"), ("Alphabet", "Google"), ("字节跳动", "ByteDance"),
    ("TikTok", "ByteDance"), ("小红书", "Xiaohongshu"), ("RedNote", "Xiaohongshu"),
    ("爱奇艺", "iQiyi"), ("Didi Chuxing", "Didi"), ("B站", "Bilibili"),
])
def test_resolve(directory: CompanyDirectory, alias: str, name: str) -> None:
    assert directory.resolve(alias) == name


def test_resolve_unknown_is_none(directory: CompanyDirectory) -> None:
    assert directory.resolve("Frobnicator Ltd") is None
    assert directory.resolve("") is None
    assert directory.resolve(None) is None


def test_suggest_near_misses(directory: CompanyDirectory) -> None:
    assert directory.suggest("Alibabba")[0] == "Alibaba"
    assert "Tencent" in directory.suggest("Tencnet")
    assert directory.suggest("zzzzzzzz") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("JD cuts jobs", ["JD.com"]),
    ("Java developers update the JDK", []),  # "JD" inside "JDK"
    ("Meta lays off staff", ["Meta"]),
    ("metadata standards body meets", []),  # "meta" inside a word, and lowercase
    ("The meta-analysis found", []),
    ("Snap cuts 10% of staff", ["Snap"]),
    ("a snap decision", []),  # strict alias: case matters
    ("Block lays off 1,000", ["Block"]),
    ("a block of flats", []),
    ("X Corp cuts staff", ["Twitter"]),
    ("an X-ray of the economy", []),
    ("Xbox division hit", ["Microsoft"]),
    ("Google's layoffs", ["Google"]),
    ("google lays off", ["Google"]),  # plain names are case-insensitive
    ("the amazon rainforest", []),  # but names that are also words keep their case
])
def test_english_matching_is_word_bounded_and_careful_with_short_aliases(
        directory: CompanyDirectory, text: str, expected: list[str]) -> None:
    assert names_in(directory, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("阿里巴巴集团裁员", ["Alibaba"]),  # longest alias wins, one match
    ("北京东城区", []),  # 京东 inside 北京东
    ("让人联想到去年", []),  # 联想 the verb
    ("联想集团裁员", ["Lenovo"]),
    ("騰訊與京東", ["Tencent", "JD.com"]),  # Traditional characters
    ("腾讯(0700.HK)股价", ["Tencent", "Tencent"]),
])
def test_chinese_matching(directory: CompanyDirectory, text: str, expected: list[str]) -> None:
    assert names_in(directory, text) == expected


def test_extended_merges_a_watchlist_entry(directory: CompanyDirectory) -> None:
    ext = directory.extended([("Alibaba", ["阿里", "Ali", "Ali Baba Group"]), ("Acme", [])])
    assert ext.resolve("Ali Baba Group") == "Alibaba"
    assert ext.resolve("acme") == "Acme"
    assert names_in(ext, "Ali cuts jobs") == ["Alibaba"]
    assert names_in(ext, "ali") == []  # a short alias added by a user is case-sensitive
    assert len(ext) == len(directory) + 1
    assert directory.resolve("acme") is None  # the bundled directory is unchanged


def test_watchlist_name_becomes_canonical(directory: CompanyDirectory) -> None:
    ext = directory.extended([("Alibaba Group", ["BABA"])])
    assert ext.resolve("阿里巴巴") == "Alibaba Group"
    assert ext.resolve("Alibaba") == "Alibaba Group"
    assert "Alibaba" not in ext.names()


def test_alias_moves_to_the_watchlist_entry(directory: CompanyDirectory) -> None:
    ext = directory.extended([("Douyin Group", ["Douyin", "抖音"])])
    assert ext.resolve("抖音") == "Douyin Group"
    assert ext.resolve("字节跳动") == "ByteDance"


def test_thousands_of_aliases(directory: CompanyDirectory) -> None:
    extra = [(f"Synthco {i}", [f"SynthAlias{i}", f"合成{i}号公司"]) for i in range(1500)]
    ext = directory.extended(extra)
    assert ext.alias_count() > 4000
    assert names_in(ext, "SynthAlias1234 lays off 40 workers") == ["Synthco 1234"]
    assert names_in(ext, "合成77号公司裁员") == ["Synthco 77"]
