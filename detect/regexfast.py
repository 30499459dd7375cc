"""Rewriting a cue alternation so Python's regex engine can skip ahead to where it may match.

`re` scans a pattern such as ``\\b(?:job cuts|lay(?:s|ing)? off|…)`` by trying
every alternative at every position of the text. When instead every
alternative opens with a plain character, the engine collects those
characters and jumps straight to the next position holding one of them (a
"charset prefix"), two to four times faster on headlines. So the
alternatives are rewritten, keeping exactly what and where they match:

* a leading group is distributed over its options (``(?:a|b)X`` → ``aX|bX``,
  ``(?:a|b)?X`` → ``aX|bX|X``), which keeps the order they are tried in;
* a leading ``\\b`` moves behind the first character as a lookbehind
  (``\\bjob`` → ``j(?<=\\bj)ob``), same position, same condition;
* alternatives that open otherwise (``^``, ``\\d``, a class, a lookaround)
  go to a second, residual pattern that the scanners run after the first.

`tests/test_detect_regexfast.py` checks on the whole corpus that the rewritten
patterns find the same spans as the plain alternation.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Iterator
from typing import Any

# a character that can open a branch of the fast pattern: letters, digits, CJK, and
# escaped or harmless punctuation
_LITERAL = re.compile(
    r"[A-Za-z0-9 '\-#@&:%\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d]"
    r"|\\[.$?()\[\]+*|{}\-/\"]")
# a first character that is a class: "\\d", "[Nn]" (such branches go to the residual pattern)
_CLASS = re.compile(r"\\d|\[(?:\\.|[^\]\\])+\]")
_EXPANSION_LIMIT = 64


def alternatives(pattern: str) -> list[str]:
    """Top-level alternatives of a regex source (outside groups and character classes)."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def factor_boundary(patterns: list[str]) -> str:
    """One alternation, with the leading \\b taken out of the branches that have one.

    ``\\b(?:a|b|c)`` checks the cheap word boundary and only then the branches,
    which is several times faster than ``\\ba|\\bb|\\bc`` and matches exactly the same.
    """
    alts = [a for p in patterns for a in alternatives(p)]
    bounded = [a[2:] for a in alts if a.startswith("\\b")]
    others = [a for a in alts if not a.startswith("\\b")]
    parts = [f"\\b(?:{'|'.join(f'(?:{a})' for a in bounded)})"] if bounded else []
    return "|".join(parts + [f"(?:{a})" for a in others])


def fast_patterns(patterns: list[str]) -> list[str]:
    """The alternation of `patterns` as [fast, residual, start-only] patterns (any may be absent).

    Run separately they find what the plain alternation finds; only where a
    residual match overlaps a fast one can the two differ, and the scanners
    resolve that as the plain alternation would, by start (earliest wins).
    """
    return FastAlternation(patterns).patterns()


class FastAlternation:
    """`fast_patterns` of a list of patterns, and of any subset of them in the same order.

    A subset's patterns are the full ones with the other patterns' branches left
    out, every remaining branch where it was. On a text where the patterns left
    out cannot match anywhere (their required strings are absent, see
    detect/regexgate.py) the subset finds exactly what the whole alternation
    finds, with fewer branches to try at every position.
    """

    def __init__(self, patterns: list[str]) -> None:
        self._count = len(patterns)
        # each branch tagged with the index of the pattern it comes from
        fast: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        classed: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        anchored: list[tuple[int, str]] = []
        residual: list[tuple[int, str]] = []
        for tag, pattern in enumerate(patterns):
            for alt in alternatives(pattern):
                for piece in _distribute(alt):
                    if piece.startswith("^"):
                        anchored.append((tag, piece[1:]))
                    elif (split := _split_first(piece)) is None:
                        residual.append((tag, piece))
                    else:
                        first, rest, bounded = split
                        group = fast if _LITERAL.fullmatch(first) else classed
                        group.setdefault((first, bounded), []).append((tag, rest))
        self._fast, self._classed = fast, classed
        self._anchored, self._residual = anchored, residual

    def patterns(self, keep: frozenset[int] | set[int] | None = None) -> list[str]:
        """[fast, residual, start-only] of the patterns indexed in `keep` (all if None)."""
        def kept(tagged: list[tuple[int, str]]) -> list[str]:
            return [b for tag, b in tagged if keep is None or tag in keep]

        fast = {key: rests for key, tagged in self._fast.items() if (rests := kept(tagged))}
        classed = {key: rests for key, tagged in self._classed.items()
                   if (rests := kept(tagged))}
        anchored, residual = kept(self._anchored), kept(self._residual)
        rest_parts = [_branches(classed)] if classed else []
        if residual:
            rest_parts.append(factor_boundary(residual))
        # "^…" can only match at the start: its own pattern, which the scanners just `match`
        start = f"^(?:{'|'.join(anchored)})" if anchored else ""
        return [p for p in (_branches(fast), "|".join(rest_parts), start) if p]


def _branches(groups: dict[tuple[str, bool], list[str]]) -> str:
    """``j(?<=\\bj)(?:ob cuts?|obs axed)|l(?<=\\bl)(?:…)``: one branch per first character."""
    return "|".join(
        first + (f"(?<=\\b{first})" if bounded else "")
        + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for (first, bounded), rests in groups.items())


def _class_end(pattern: str, i: int) -> int:
    """Index of the "]" closing the character class opened at i."""
    i += 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str, i: int) -> int:
    """Index of the ")" closing the group opened at i, or -1."""
    return next((j for j, c, depth in _structure(pattern, i) if c == ")" and depth == 0), -1)


def _structure(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each "(", ")" and "|" of the pattern
    from i on, skipping escapes and character classes."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
        elif c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield i, c, depth
        i += 1


def _distribute(alt: str) -> list[str]:
    """Spread a leading non-capturing group over its options, recursively."""
    lead = "\\b" if alt.startswith("\\b") else ""
    body = alt[len(lead):]
    if not body.startswith("(?:"):
        return [alt]
    end = _group_end(body, 0)
    if end < 0:
        return [alt]
    after = body[end + 1:]
    options = alternatives(body[3:end])
    if after.startswith("?") and not after.startswith("??"):
        after = after[1:]
        options.append("")  # greedy "?": the group first, then without it
    elif after[:1] in ("?", "*", "+", "{"):
        return [alt]
    out = [d for o in options for d in _distribute(lead + o + after)]
    return out if len(out) <= _EXPANSION_LIMIT else [alt]


def _split_first(alt: str) -> tuple[str, str, bool] | None:
    """(first character as a pattern, the rest, whether a \\b preceded it), if plain.

    Lookbehinds before the character move behind it, the character appended:
    ``(?<![总仲])裁`` is ``裁(?<![总仲]裁)``.
    """
    bounded = alt.startswith("\\b")
    body = alt[2:] if bounded else alt
    behind: list[tuple[str, str]] = []
    while body.startswith(("(?<!", "(?<=")):
        end = _group_end(body, 0)
        if end < 0:
            return None
        behind.append((body[:4], body[4:end]))
        body = body[end + 1:]
    m = _LITERAL.match(body) or _CLASS.match(body)
    if m is None:
        return None
    first, rest = m.group(0), body[m.end():]
    if rest.startswith("+") and not rest.startswith("+?"):
        rest = f"{first}*{rest[1:]}"  # "\\d+ years" is "\\d" then "\\d* years"
    if rest[:1] in ("?", "*", "+", "{"):
        return None  # the character is optional or repeated
    if behind:
        rest = "".join(f"{op}(?:{inner}){first})" for op, inner in behind) + rest
    return first, rest, bounded


def fold_pattern(pattern: str) -> str:
    """Lowercase a pattern's letters but not its escapes (\\S stays \\S, (?P stays (?P).

    English is matched on ASCII-lowercased text (hanzi.ascii_lower) with lowercased
    patterns: several times faster in Python's engine than re.IGNORECASE, same spans.
    """
    return re.sub(r"\\.|\(\?P|[A-Z]", lambda m: m.group(0) if m.group(0)[0] in "\\(" else
                  m.group(0).lower(), pattern)


# ---------------------------------------------------------------- first-character guard

# the class escapes of re's categories (the same meaning under the same flags)
_CATEGORY_ESCAPES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


class _Unknown(Exception):
    """The first characters of a piece of pattern cannot be listed as a class."""


def guard_first_char(pattern: str, flags: int = 0) -> str:
    """The pattern behind a lookahead for the characters any match can open with.

    Python's engine skips ahead to the next possible start only when a pattern
    opens with a plain character or a class (a "prefix"); one that opens with a
    named group, an optional piece, ``\\b`` or a lookbehind before its
    alternatives is tried in full at every position. ``(?=[…])`` in front turns
    most of those tries into one class check: ``_ZH_QTY`` on a Chinese headline,
    whose matches open with a digit or one of ~40 characters, ~3x faster. Every
    match opens with a character of the class, so the matches are the same, groups
    included. The pattern comes back unchanged when that cannot be shown (it can
    match the empty string, opens with any character or a negated class, uses
    IGNORECASE, VERBOSE or inline global flags) or when it already has a prefix,
    which a lookahead in front would hide from the engine.
    """
    opening = _opening(pattern, flags)
    if opening is None or _has_prefix(opening[0]):
        return pattern
    return f"(?=[{''.join(sorted(opening[1]))}])(?:{pattern})"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile, behind a lookahead for the characters a match can open with when the
    pattern has no prefix the engine skips to (`guard_first_char`): the same matches, a
    class check instead of a full try at most positions."""
    return re.compile(guard_first_char(pattern, flags), flags)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of the pattern can open with, or None when that cannot be
    shown (as for `guard_first_char`) or the set is large (a class over a wide range)."""
    opening = _opening(pattern, flags)
    if opening is None:
        return None
    out: set[str] = set()
    for item in opening[1]:
        ends = _ESCAPED_RANGE.fullmatch(item)
        if ends is None:
            return None  # a category such as \\d
        lo, hi = (_unescape(e) for e in ends.groups(default=ends.group(1)))
        if ord(hi) - ord(lo) > 64:
            return None
        out.update(map(chr, range(ord(lo), ord(hi) + 1)))
    return frozenset(out)


def _opening(pattern: str, flags: int) -> tuple[list[Any], set[str]] | None:
    """The parsed pattern and the class items every match opens with, or None when that
    cannot be shown: the pattern can match the empty string, opens with any character or
    a negated class, or uses IGNORECASE, VERBOSE or inline global flags."""
    global_flags = pattern.startswith("(?") and pattern[2:3].isalpha() and pattern[2] != "P"
    if flags & (re.IGNORECASE | re.VERBOSE) or global_flags:
        return None
    try:
        items = list(_sre_parse.parse(pattern, flags))
        chars, nullable = _first(items)
    except (_Unknown, re.error):
        return None
    if nullable or not chars:
        return None
    return items, chars


# an item of `_first`'s set: one character (itself or \\U escaped) or a range of two
_ESCAPED_RANGE = re.compile(r"(\\U[0-9a-f]{8}|[^\\])(?:-(\\U[0-9a-f]{8}|[^\\]))?")


def _unescape(item: str) -> str:
    return chr(int(item[2:], 16)) if len(item) == 10 else item


def _has_prefix(items: list[Any]) -> bool:
    """Does the compiled pattern open with a literal or a class the engine skips to
    (re's own test: groups unwrapped, a literal or class, or every branch a literal),
    or whose first try costs no more than the guard's (``^``, a repeated class)?"""
    while items and items[0][0] is _sre.SUBPATTERN:
        items = list(items[0][1][3])
    if not items:
        return False
    op, av = items[0]
    if op in (_sre.LITERAL, _sre.IN):
        return True
    if op is _sre.AT and av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
        return True  # tried at the start only: nothing to skip
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] in (_sre.LITERAL,
                                                                            _sre.IN):
        return True  # "[a-z]+": the first try is one class test already (measured: no gain)
    if op is _sre.BRANCH:
        return all(alt and next(iter(alt))[0] is _sre.LITERAL for alt in av[1])
    return False


def _char(code: int) -> str:
    c = chr(code)
    return c if c.isalnum() else f"\\U{code:08x}"


def _first(items: list[Any]) -> tuple[set[str], bool]:
    """(class items any match of this sequence can open with, whether it can match empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: the next item opens the match
        if op is _sre.LITERAL:
            chars.add(_char(av))
            return chars, False
        if op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL:
                    chars.add(_char(value))
                elif kind is _sre.RANGE:
                    chars.add(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is _sre.CATEGORY and value in _CATEGORY_ESCAPES:
                    chars.add(_CATEGORY_ESCAPES[value])
                else:
                    raise _Unknown  # a negated class, a range of case-folded letters
            return chars, False
        if op is _sre.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.VERBOSE):
                raise _Unknown
            sub, nullable = _first(list(av[3]))
        elif op is _sre.ATOMIC_GROUP:
            sub, nullable = _first(list(av))
        elif op is _sre.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                alt_chars, alt_nullable = _first(list(alt))
                sub |= alt_chars
                nullable = nullable or alt_nullable
        elif op in _REPEATS:
            low, _, body = av
            sub, nullable = _first(list(body))
            nullable = nullable or low == 0
        elif op is _sre.GROUPREF_EXISTS:
            _, yes, no = av
            sub, nullable = _first(list(yes))
            if no is None:
                nullable = True
            else:
                no_chars, no_nullable = _first(list(no))
                sub |= no_chars
                nullable = nullable or no_nullable
        else:
            raise _Unknown  # any character, a back reference, a negated literal
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True
