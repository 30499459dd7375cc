"""Text normalisation before detection: NFKC, quotes, and Traditional -> Simplified Chinese.

Hong Kong and Taiwan outlets write 騰訊裁員 where the mainland writes 腾讯裁员. Rather
than doubling every cue and company name, item text is mapped character by
character to Simplified. One-to-one character
mapping keeps the text length, so spans stay valid; the table comes from
OpenCC's dictionary (see _simplified_table).
"""

from __future__ import annotations

import re
import unicodedata

import opencc


def _simplified_table() -> dict[int, str]:
    """Traditional -> Simplified for every CJK character OpenCC maps to a single character.

    Built character by character (one-to-one, so spans stay valid) from OpenCC's
    t2s dictionary: ~3,700 characters in ~35 ms at import, rather than a
    hand-kept list that misses whatever a Hong Kong outlet writes next (無綫, 開鍘).
    """
    converter = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    for block in ((0x3400, 0xA000), (0xF900, 0xFB00)):
        for cp in range(*block):
            simp = converter.convert(chr(cp))
            if len(simp) == 1 and simp != chr(cp):
                table[cp] = simp
    return table


_TABLE: dict[int, str] = _simplified_table()
# typographic quotes and dashes that NFKC leaves alone
_TABLE.update({
    ord("\u2019"): "'", ord("\u2018"): "'", ord("\u201c"): '"', ord("\u201d"): '"',
    ord("\u2013"): "-", ord("\u2014"): "-", ord("\u00a0"): " ",
})

# str.translate looks each character up in its table; in a dict every character the
# table lacks (most of a Chinese text) is a KeyError raised and caught. The same table
# as a list indexed by code point over the Basic Multilingual Plane, unmapped characters
# mapping to themselves, translates the same text twice as fast (characters above it
# are left alone either way).
_TRANSLATE: list[int | str] = list(range(0x10000))
for _cp, _to in _TABLE.items():
    _TRANSLATE[_cp] = _to

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# a space between a CJK character and anything else carries no meaning in Chinese text
# (written to open with the space itself, so the regex engine jumps from space to space:
# "(?<=[CJK])[ \t]+|[ \t]+(?=[CJK])", the CJK neighbour checked behind or ahead of it)
_CJK_SPACE = re.compile(rf"[ \t](?:(?<=[{_CJK}][ \t])[ \t]*|[ \t]*(?=[{_CJK}]))")


def normalise(text: str) -> str:
    """NFKC, plain quotes, Simplified Chinese; length may change (NFKC), spans are of the result."""
    if text.isascii():
        return text  # already NFKC, and nothing in the table is ASCII
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


def tighten_cjk(text: str) -> str:
    """Drop spaces next to CJK characters: '裁员 900 人' -> '裁员900人'."""
    if " " not in text and "\t" not in text:
        return text  # nothing to drop (two in three Chinese texts): no regex pass
    return _CJK_SPACE.sub("", text)


# what is not a CJK character, not a Latin letter: deleted, the rest is counted
_NOT_CJK = re.compile(rf"[^{_CJK}]+")
_NOT_LATIN = re.compile(r"[^A-Za-z]+")


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among letters (CJK + Latin)."""
    if not text or text.isascii():
        return 0.0
    cjk = len(_NOT_CJK.sub("", text))
    letters = cjk + len(_NOT_LATIN.sub("", text))
    return cjk / letters if letters else 0.0


_ASCII_UPPER_RUN = re.compile(r"[A-Z]+")


def _lower_run(m: re.Match[str]) -> str:
    return m.group(0).lower()


def ascii_lower(text: str) -> str:
    """Lowercase A-Z only, so the result has exactly the same length and indices.

    English cues, numbers and company names are all matched on this form. ASCII
    text takes str.lower (the same result there, in C without a table lookup per
    character: most English items are pure ASCII); other text keeps its é and 騰, and only
    its runs of capitals are lowered (a Chinese text has few: "Oracle中国").

    The detector lowers the same title and summary objects up to six times each (cue
    scan, directory, counts, percents, word model), by turns: the last two are
    remembered by identity (no hashing; a remembered text is kept alive, so `is` means
    the same text).
    """
    global _LAST, _BEFORE_LAST
    last, before = _LAST, _BEFORE_LAST  # (each pair read whole: safe across threads)
    if text is last[0]:
        return last[1]
    if text is before[0]:
        _LAST, _BEFORE_LAST = before, last
        return before[1]
    low = text.lower() if text.isascii() else _ASCII_UPPER_RUN.sub(_lower_run, text)
    _LAST, _BEFORE_LAST = (text, low), last
    return low


_LAST: tuple[str, str] = ("", "")
_BEFORE_LAST: tuple[str, str] = ("", "")


def to_simplified(text: str) -> str:
    return text.translate(_TRANSLATE)
