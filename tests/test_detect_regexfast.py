"""The rewritten cue alternations find exactly what the plain alternations find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import detect.cues as cues
from detect.cues import _compile_fast, _spans, cueset
from detect.regexfast import factor_boundary, fast_patterns, fold_pattern, guard_first_char

CORPUS = Path(__file__).parent / "data" / "corpus"


def _texts(lang: str) -> list[str]:
    out = []
    for path in sorted(CORPUS.glob(f"{lang}*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out += [item["title"], item.get("summary") or ""]
    return out


def _plain(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(factor_boundary([pattern]), flags)


def _fast(pattern: str, flags: int = 0) -> list[tuple[re.Pattern[str], bool]]:
    return _compile_fast(pattern, flags)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_cue_finds_the_same_spans_on_the_corpus(lang: str) -> None:
    cs = cueset(lang)
    texts = [cs.fold(t) for t in _texts(lang)]
    layoff = [p for _, p, _ in (cues.EN_LAYOFF if lang == "en" else cues.ZH_LAYOFF)]
    traps = [p for _, p, _, _ in (cues.EN_TRAP if lang == "en" else cues.ZH_TRAP)]
    status = (cues.EN_REPORTED + cues.EN_PLANNED + cues.EN_CONFIRMED + cues.EN_ROUND
              if lang == "en" else cues.ZH_REPORTED + cues.ZH_PLANNED + cues.ZH_CONFIRMED
              + cues.ZH_ROUND)
    fold = fold_pattern if lang == "en" else (lambda p: p)
    checked = 0
    for pattern in [*layoff, *traps, *status]:
        plain, fast = _plain(fold(pattern), re.M), _fast(fold(pattern), re.M)
        for text in texts:
            assert _spans(fast, text) == [m.span() for m in plain.finditer(text)], \
                (pattern[:60], text)
            checked += 1
    # and the whole layoff alternation, as the scanner runs it
    union = re.compile(factor_boundary([fold(p) for p in layoff]))
    fast_union = _compile_fast("|".join(fold(p) for p in layoff), 0)
    hits = 0
    for text in texts:
        spans = _spans(fast_union, text)
        assert spans == [m.span() for m in union.finditer(text)], text
        hits += len(spans)
    assert checked > 50_000 and hits > 500


@pytest.mark.parametrize(("pattern", "text", "spans"), [
    (r"\b(?:job|staff)[\s-]+cuts?\b", "staff cuts and job-cuts, not nonjob cuts",
     [(0, 10), (15, 23)]),
    (r"\b(?:suddenly |abruptly )?shuts? down\b", "acme abruptly shuts down; it shut down",
     [(5, 24), (29, 38)]),
    (r"(?<![总仲])裁(?![判定])", "总裁说裁员，不是裁判", [(3, 4)]),
    (r"\b\d+ years? later\b|\blater\b", "2 years later, later", [(0, 13), (15, 20)]),
    (r"^(?:opinion|analysis)\b|\bop-ed\b", "opinion: an op-ed on opinion", [(0, 7), (12, 17)]),
])
def test_rewrites_keep_position_and_boundaries(pattern: str, text: str,
                                               spans: list[tuple[int, int]]) -> None:
    fast = _fast(pattern)
    assert _spans(fast, text) == [m.span() for m in _plain(pattern).finditer(text)] == spans
    # the fast pattern opens every branch with a plain character: the engine can skip ahead
    assert not fast[0][0].pattern.startswith(("\\b", "(", "^"))


def test_a_leading_group_is_spread_over_its_options() -> None:
    [fast] = fast_patterns([r"\b(?:job|staff)[\s-]+cuts?\b"])
    assert fast == r"j(?<=\bj)ob[\s-]+cuts?\b|s(?<=\bs)taff[\s-]+cuts?\b"


@pytest.mark.parametrize(("pattern", "guard"), [
    (r"(?P<q>约|近)?(?P<num>\d+)人", "(?=[\\d约近])"),       # optional group, then a class
    (r"\b(?:(?P<m>a|one)\s)?(?P<f>third|half)\b", "(?=[ahot])"),  # \b and an optional group
    (r"(?<![\d.])\d+%|一半", "(?=[\\d一])"),                # a lookbehind in front
    (r"(?:x)?(?(1)a|b)", None),                           # nothing to show: left alone
])
def test_the_first_character_guard_lists_what_a_match_opens_with(
        pattern: str, guard: str | None) -> None:
    guarded = guard_first_char(pattern)
    if guard is None:
        assert guarded == pattern
    else:
        assert guarded == f"{guard}(?:{pattern})"


@pytest.mark.parametrize("pattern", [
    r"job cuts?|layoffs",      # every branch opens with a letter: re skips ahead already
    r"\d+(?:,\d{3})*",         # opens with a class
    r"[a-z]+",                 # a repeated class: the first try is one class test
    r"^\s*of",                 # tried at the start only
    r"(?:layoffs?)?",          # may match the empty string
    r".{0,3}裁员",              # any character may open it
    r"[^a-z]x",                # a negated class
])
def test_the_guard_leaves_alone_what_it_cannot_speed_up_or_show(pattern: str) -> None:
    assert guard_first_char(pattern) == pattern
    assert guard_first_char(r"\bfoo|\bbar", re.IGNORECASE) == r"\bfoo|\bbar"


def test_guarded_number_patterns_match_as_their_plain_selves_on_the_corpus() -> None:
    import detect.numbers as numbers

    texts = _texts("en") + _texts("zh")
    texts += [t.lower() for t in texts]
    guarded = [rx for rx in vars(numbers).values()
               if isinstance(rx, re.Pattern) and rx.pattern.startswith("(?=[")]
    assert len(guarded) >= 5  # _ZH_QTY, _PCT_ZH, _PCT_EN, ...
    for rx in guarded:
        plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)
        for text in texts:
            assert ([(m.span(), m.groups()) for m in plain.finditer(text)]
                    == [(m.span(), m.groups()) for m in rx.finditer(text)]), (rx.pattern, text)
