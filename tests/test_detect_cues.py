"""The cue scanners' substring gates never hide a match.

English cues are scanned behind a gate of the literal stems their patterns
spell out (detect.cues._stems); a text with none of a cue's stems is not
scanned. This checks, over every corpus text and test headline, that each
regex match contains one of its cue's stems, so the gate is exact.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detect.cues import (
    _COMMON,
    EN_CONFIRMED,
    EN_LAYOFF,
    EN_PLANNED,
    EN_REPORTED,
    EN_ROUND,
    EN_TRAP,
    _gate_stems,
)
from detect.regexfast import fold_pattern

HERE = Path(__file__).parent


def texts() -> list[str]:
    out = []
    for line in (HERE / "data" / "corpus" / "en.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out += [row["title"], row.get("summary") or ""]
    for f in HERE.glob("test_*.py"):
        out += re.findall(r'"([^"\n]{10,})"', f.read_text(encoding="utf-8"))
    out += ["Musk to axe 1,800 jobs", "Firm axes 200", "Bank sacks 300", "Studio fires 40",
            "Acme will be cutting staff", "Layoffs: Report"]
    return [t.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                      "abcdefghijklmnopqrstuvwxyz")) for t in out]


CASES = (
    [(f"trap {n}", p, True) for n, p, _, _ in EN_TRAP]
    + [(f"layoff {n}", p, True) for n, p, _ in EN_LAYOFF]
    + [(f"status {p}", p, False) for p in EN_REPORTED + EN_PLANNED + EN_CONFIRMED + EN_ROUND]
)


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    return texts()


@pytest.mark.parametrize(("name", "pattern", "minus_common"), CASES,
                         ids=[c[0] for c in CASES])
def test_every_match_contains_a_stem(corpus_texts: list[str], name: str, pattern: str,
                                     minus_common: bool) -> None:
    stems = _gate_stems(pattern, _COMMON if minus_common else frozenset())
    rx = re.compile(fold_pattern(pattern), re.M)
    for text in corpus_texts:
        for m in rx.finditer(text):
            assert not stems or any(s in text for s in stems), (name, m.group(0))
