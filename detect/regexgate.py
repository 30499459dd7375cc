"""Which literal strings every match of a regex must contain: a substring gate in front of it.

Most cues never match most texts, yet running a regex costs a scan of the
whole text. If every match of a cue holds one of a few strings ("deny",
"denies", "denied" for a denial), one Aho–Corasick pass over the text tells
which cues can match at all, and only those run.

The strings are read off the parsed pattern (Python's own parser, so any
syntax `re` accepts is understood or safely given up on):

* literals next to each other spell a string; a small class (``[sz]``), a
  short alternation of plain words (``(?:lay|laid)``) or an optional piece
  (``s?``) multiplies the strings spelt so far (``cut(?:s|ting)?`` → cut,
  cuts, cutting → just "cut", which all three contain);
* zero-width items (``\\b``, ``^``, lookarounds) keep their neighbours adjacent;
* anything else (``\\w+``, ``.{0,40}``, a big alternation) ends the string;
  what it must itself contain (a group repeated at least once, each branch
  of an alternation) is another candidate;
* of all the candidates of a sequence — each a set one of which any match
  holds — the strongest is kept: long strings over short, never a string the
  caller calls weak (words every layoff report holds, such as "off" or 裁).

An empty answer means "cannot be gated": the cue always runs.
`tests/test_detect_regexgate.py` checks on the whole corpus that no text a cue
matches is ever gated out.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable, Iterable
from typing import Any

# strings spelt by one piece of pattern before it is no longer worth expanding
_MAX_STRINGS = 32

Strings = frozenset[str]
Weak = Callable[[str], bool]


def required_literals(pattern: str, weak: Weak = lambda s: False, symbols: str = "") -> Strings:
    """Strings one of which every match of `pattern` contains; empty if none can be named.

    For the pattern as it is compiled without re.IGNORECASE (English cues are
    lowercased and run on lowercased text, detect/regexfast.fold_pattern).
    `symbols`: characters rare enough in the texts scanned to gate on alone (the
    weakest gate, taken only where no string is named: "+" in Chinese news)."""
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return frozenset()

    def strength(s: str) -> int:
        return _strength(s, weak, symbols)
    return _best(_candidates(list(parsed), strength), strength) or frozenset()


Strength = Callable[[str], int]


def _strength(s: str, weak: Weak, symbols: str = "") -> int:
    """How rarely a text holds `s`: 0 if useless as a gate, else longer is rarer."""
    if weak(s):
        return 0
    cjk = sum(1 for c in s if "\u3400" <= c <= "\u9fff")
    latin = sum(1 for c in s if c.isascii() and not c.isspace())
    if cjk == 0 and latin < 3:
        # "of", "in": everywhere (but "ex-" will do); a rare symbol is the weakest gate
        # (1: below any string's 2 and up, so it is chosen only where nothing else is)
        return 1 if any(c in symbols for c in s) else 0
    return 2 * cjk + latin


def _best(candidates: Iterable[Strings], strength: Strength) -> Strings | None:
    best: Strings | None = None
    best_key = (0, 0)
    for cand in candidates:
        cand = _minimal(cand)
        if not cand:
            continue
        key = (min(strength(s) for s in cand), -len(cand))
        if key[0] > 0 and key > best_key:
            best, best_key = cand, key
    return best


def _minimal(strings: Strings) -> Strings:
    """Drop strings that contain another of the set: a text holding "cuts" holds "cut"."""
    if "" in strings:
        return frozenset()  # some match spells nothing here
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _candidates(items: list[tuple[Any, Any]], strength: Strength) -> list[Strings]:
    exact, factors = _sequence(items, strength)
    return factors + ([exact] if exact is not None else [])


def _sequence(items: list[tuple[Any, Any]],
              strength: Strength | None = None) -> tuple[Strings | None, list[Strings]]:
    """(the strings the whole sequence spells if they are few, else None; candidates).

    Without `strength` only the spelt strings are wanted (an item inside a bigger one)."""
    run: Strings = frozenset([""])
    factors: list[Strings] = []
    whole = True
    for op, arg in items:
        spelt = _exact(op, arg)
        if spelt is not None and len(run) * len(spelt) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in spelt)
            continue
        whole = False
        if run != frozenset([""]):
            factors.append(run)
        run = frozenset([""])
        if strength is not None:
            factors.extend(_inner(op, arg, strength))
    if run != frozenset([""]):
        factors.append(run)
    return (run if whole else None), factors


def _exact(op: Any, arg: Any) -> Strings | None:
    """The strings this item matches, if it matches only a few fixed ones ("" for zero width)."""
    if op is _sre.LITERAL:
        return frozenset([chr(arg)])
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset([""])
    if op is _sre.IN:
        if len(arg) <= 8 and all(o is _sre.LITERAL for o, _ in arg):
            return frozenset(chr(a) for _, a in arg)
        return None
    if op is _sre.SUBPATTERN:
        if arg[1] & re.IGNORECASE:
            return None  # (?i:…) spells more than its letters
        return _sequence(list(arg[-1]))[0]
    if op is _sre.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:
            got = _sequence(list(branch))[0]
            if got is None:
                return None
            out |= got
            if len(out) > _MAX_STRINGS:
                return None
        return frozenset(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, inner = arg
        if high == 1:
            got = _sequence(list(inner))[0]
            if got is None:
                return None
            return got | {""} if low == 0 else got
    return None


def _inner(op: Any, arg: Any, strength: Strength) -> list[Strings]:
    """Candidates inside an item that spells too much to list: what any match of it holds."""
    if op is _sre.SUBPATTERN:
        return [] if arg[1] & re.IGNORECASE else _candidates(list(arg[-1]), strength)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, inner = arg
        return _candidates(list(inner), strength) if low >= 1 else []
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            got = _best(_candidates(list(branch), strength), strength)
            if got is None:
                return []
            union |= got
        return [frozenset(union)]
    return []
