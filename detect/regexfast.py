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
from collections.abc import Iterator

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
