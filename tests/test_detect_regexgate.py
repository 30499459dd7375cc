"""The substring gates in front of the cue regexes never hide a match.

A cue's regex runs only when the text holds one of the literal strings every
match of it contains (detect/regexgate.py). Worked out wrongly, a gate would
silently drop a denial or a layoff; so this checks, over every corpus text and
every headline quoted in the tests, English and Chinese, that each text a cue
matches is let through to that cue.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detect.cues import EN_TRAP, ZH_TRAP, CueSet, _Scanner, cueset
from detect.hanzi import ascii_lower, normalise, tighten_cjk
from detect.regexfast import fold_pattern
from detect.regexgate import required_literals

HERE = Path(__file__).parent


def _texts(lang: str) -> list[str]:
    out: list[str] = []
    for f in sorted((HERE / "data").glob("*/*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("lang") == lang:
                    out += [row["title"], row.get("summary") or ""]
    for f in HERE.glob("test_*.py"):
        out += re.findall(r'"([^"\n]{6,})"', f.read_text(encoding="utf-8"))
    out = [normalise(t) for t in out if t]
    if lang == "zh":
        return [tighten_cjk(t) for t in out]
    return [ascii_lower(t) for t in out]


@pytest.fixture(scope="module", params=["en", "zh"])
def lang_texts(request: pytest.FixtureRequest) -> tuple[CueSet, list[str]]:
    return cueset(request.param), _texts(request.param)


def test_trap_gates_let_every_match_through(lang_texts: tuple[CueSet, list[str]]) -> None:
    cues, texts = lang_texts
    table = EN_TRAP if cues.lang == "en" else ZH_TRAP
    plain = [(name, veto, re.compile(fold_pattern(p) if cues.lang == "en" else p))
             for name, p, _, veto in table]
    checked = 0
    for text in texts:
        found = {h.cue.name for h in cues.traps.scan(text, text)}
        found_veto = {h.cue.name for h in cues.veto_traps.scan(text, text)}
        for name, veto, rx in plain:
            if rx.search(text):
                checked += 1
                assert name in found, (name, text)
                assert veto != "always" or name in found_veto, (name, text)
    assert checked > 300  # the corpus does exercise the traps


def test_scanner_gates_let_every_match_through(lang_texts: tuple[CueSet, list[str]]) -> None:
    cues, texts = lang_texts
    checked = 0
    for scanner in (cues.layoff, cues.reported, cues.planned, cues.confirmed, cues.round):
        assert isinstance(scanner, _Scanner)
        for text in texts:
            matching = {i for i, (_, rx) in enumerate(scanner._cues) if rx.search(text)}
            if matching:
                checked += 1
                assert matching <= scanner.candidates(text), text
    assert checked > 1000


def test_the_trap_gates_skip_most_cues_on_a_layoff_report() -> None:
    # the point of the gate: a plain layoff report runs few trap regexes
    en = cueset("en").traps
    text = ascii_lower("Acme Corp lays off 1,200 employees, about 10% of its staff")
    assert len(en.candidates(text)) < len(EN_TRAP) / 3
    zh = cueset("zh").traps
    assert len(zh.candidates("某某科技裁员1200人,占员工总数一成")) < len(ZH_TRAP) / 3


@pytest.mark.parametrize(("pattern", "expected"), [
    # the strings of a short alternation, multiplied out
    (r"den(?:y|ies|ied)\b", {"deny", "denies", "denied"}),
    # of two, the longer (rarer) one
    (r"den(?:y|ies|ied)\b.{0,40}layoffs?", {"layoff"}),
    # an optional ending spells nothing a text must hold beyond the stem
    (r"\bcut(?:s|ting)?\b", {"cut"}),
    # a class of words ends the string; what follows still counts
    (r"\w+ tracker", {" tracker"}),
    (r"(?:foo|\d+) bar", {" bar"}),
    # two letters gate nothing; a branch without a literal leaves the whole unguarded
    (r"[^a]bc", set()),
    (r"(?:versus|vs)\b", set()),
    (r"(?:rehire|\w+ go)", set()),
    # case-insensitive groups spell more than their letters
    (r"(?i:layoff)", set()),
    # a group repeated at least once must itself appear
    (r"(?:tracker )+\d", {"tracker "}),
    (r"(?:tracker )*\d", set()),
    # Chinese: single characters are strong enough
    (r"否认(?:裁员|传闻)", {"否认裁员", "否认传闻"}),
    (r"\d+人", {"人"}),
])
def test_required_literals(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == frozenset(expected)


def test_weak_strings_are_passed_over_for_rarer_ones() -> None:
    common = "layoffs job cuts"
    weak = lambda s: s in common  # noqa: E731
    assert required_literals(r"den(?:y|ies|ied)\b.{0,40}layoffs?", weak) == {
        "deny", "denies", "denied"}
    # when a branch has only weak strings, no gate can be named
    assert required_literals(r"(?:denies|job cuts)", weak) == frozenset()
