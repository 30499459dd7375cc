"""Numbers in layoff news, English and Chinese: headcounts and percentages.

Two layers:

* grammar: find every quantity ("73,000", "1.2k", "12 000", "two hundred",
  "a dozen", "hundreds of", "tens of thousands", 1万, 3千, 一万两千, 上千, 近千,
  数百) and every percentage ("10%", "10 percent", "a third", "half", 七成,
  三分之一) with its span, value and whether it is only a lower bound;
* context: decide which of them is a *headcount being cut* and which is
  something else that sits near it in the same sentence (revenue, years,
  dates, share prices, total staff, staff remaining). `headcounts()` and
  `workforce_percents()` return only the plausible ones, each with a reason.

Vague magnitudes become the smallest number they promise ("hundreds of" ->
100, "tens of thousands" -> 10,000, 上千 -> 1,000) with `lower_bound=True`, as
do "more than", "over", 超, 逾, "1,000+" and 千余. "nearly", "about", "up to",
近, 约 keep the number and are not lower bounds.

Text is expected to be NFKC-normalised already (full-width digits and ％
become ASCII), which `detect.detector` does once per item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from detect.hanzi import ascii_lower
from detect.regexfast import compile_guarded, fast_patterns, fold_pattern, guard_first_char

_compile = compile_guarded  # every pattern here: the same matches, fewer full tries


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int
    lower_bound: bool
    start: int
    end: int
    text: str
    vague: bool = False


@dataclass(frozen=True, slots=True)
class Percent:
    value: float
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Headcount:
    """A quantity judged to be people losing their jobs, and why."""

    quantity: Quantity
    why: str
    strength: int  # 2: attached to a headcount noun or a cut verb; 1: weaker


@dataclass(frozen=True, slots=True)
class WorkforcePercent:
    percent: Percent
    why: str


# ---------------------------------------------------------------- English words

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD_ALT = "|".join(sorted([*_ONES, *_TENS, *_SCALES, "dozen"], key=len, reverse=True))


_WORD_BREAK = _compile(r"[\s-]+")


def parse_en_words(text: str) -> int | None:
    """'two hundred' -> 200, 'a dozen' -> 12, 'one hundred and fifty' -> 150."""
    tokens = [t for t in _WORD_BREAK.split(text.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    if tokens[0] in ("a", "an"):
        tokens[0] = "one"
    total = current = 0
    seen = False
    for tok in tokens:
        if tok in _ONES:
            current += _ONES[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million"):
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# ---------------------------------------------------------------- Chinese numerals

_ZH_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}


_ZH_ARABIC_UNITS = _compile(r"(\d+(?:\.\d+)?)\s*([十百千万亿]*)")
_ZH_WAN_THEN_DIGITS = _compile(r"(\d{1,4})万(\d{3,4})")


def parse_zh_number(text: str) -> int | None:
    """一万两千 -> 12000, 三百五十 -> 350, 一千二 -> 1200, 1.2万 -> 12000, 3千 -> 3000."""
    text = text.replace(",", "").replace(" ", "").strip()
    if not text:
        return None
    if wan := _ZH_WAN_THEN_DIGITS.fullmatch(text):
        return int(wan.group(1)) * 10_000 + int(wan.group(2))  # 2万5000 = 25000
    m = _ZH_ARABIC_UNITS.fullmatch(text)
    if m:
        value = float(m.group(1))
        for ch in m.group(2):
            value *= _ZH_SMALL_UNIT.get(ch) or _ZH_BIG_UNIT[ch]
        return round(value)
    total = section = 0
    digit: int | None = None
    last_unit = 1
    for ch in text:
        if ch in _ZH_DIGIT:
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_SMALL_UNIT:
            unit = _ZH_SMALL_UNIT[ch]
            section += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        elif ch in _ZH_BIG_UNIT:
            unit = _ZH_BIG_UNIT[ch]
            if digit is not None:
                # 两万五 = 25000: a trailing digit counts in the next lower unit
                section += digit * (last_unit // 10 if last_unit >= 10 else 1)
            total += (section or 1) * unit
            section, digit, last_unit = 0, None, unit
        else:
            return None
    if digit is not None:
        # 一千二 = 1200: a bare trailing digit after a unit is one unit lower
        section += digit * (last_unit // 10 if last_unit >= 10 else 1)
    return total + section


# ---------------------------------------------------------------- English grammar


def _compile_en(pattern: str) -> re.Pattern[str]:
    """English patterns run on ASCII-lowercased text: lowercased, without re.IGNORECASE,
    which is several times slower in Python's engine."""
    folded = fold_pattern(pattern)
    # the same pattern with every branch opening on a plain character, when it has no
    # named groups to duplicate and no branch that cannot (detect/regexfast.py)
    fast = fast_patterns([folded]) if "(?P<" not in folded else []
    return re.compile(fast[0] if len(fast) == 1 and fast[0][0] != "^" else guard_first_char(folded))


_EN_QUAL_LB = r"more than|over|at least|upwards of|in excess of|north of|above|beyond|over"
_EN_QUAL_APPROX = (
    r"nearly|almost|close to|about|around|roughly|approximately|approx\.|some|up to|"
    r"as many as|an estimated|estimated|as much as|fewer than|less than|under|just under|"
    r"just over|a further|another|an additional|additional"
)
_EN_VAGUE = _compile_en(
    r"\b(?:(?P<tot>tens|hundreds) of thousands"
    r"|(?P<few>several|a few|few|some|many|a couple of) (?P<fewscale>hundred|thousand)"
    r"|(?P<plain>dozens|hundreds|thousands|scores))\b(?! of (?:millions|billions|dollars))")
# magnitudes found (they tell a cut of many from one dismissal) but too vague to report as
# a count: the labels give none for "dozens of employees"
TOO_VAGUE_TO_COUNT = frozenset({"dozens", "scores"})
# The number opens with a digit written first, the "not after a word, a dot, a slash or a
# colon" check behind it: a pattern that opens with a class lets the regex engine jump
# from digit to digit, where one opening with a lookbehind is tried at every position.
_EN_DIGITS = _compile(
    r"(?P<num>\d(?<![\w.,/:]\d)"
    r"(?:\d{0,2}(?:,\d{3})+(?!\d)|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,])"
    # Swiss and some wire copy: 1'000
    r"|\d{0,2}(?:'\d{3})+(?!\d)|\d*(?:\.\d+)?))"
    r"(?:\s?(?P<k>[kK])\b|\s+(?P<scale>thousand|million)\b)?"
    r"(?P<plus>\+|-plus\b| plus\b)?",
)
_EN_WORDS = _compile_en(
    rf"\b(?:(?:a|an|half a)[\s-]+(?=(?:dozen|hundred|thousand)\b))?(?:{_WORD_ALT})"
    # ("Six-hundred-and-eighty-four staff": hyphens around the "and")
    rf"(?:(?:[\s-]+|[\s-]+and[\s-]+)(?:{_WORD_ALT}))*\b")
_WORD = _compile(r"[a-z]+")
_ANY_DIGIT = _compile(r"\d")


def _maybe_percent(text: str) -> bool:
    """Whether the (lowered) text holds one of the strings every match of _PCT_EN holds:
    %, percent, per cent, pc, tenth, third, quarter, fourth, fifth, sixth, eighth, half,
    halv, one in ("per" alone would let every "personnel" through). Substring tests (C, no regex
    engine; "per" and "hal" first, since most texts hold neither percent string nor half):
    ~1.8 -> 0.8 us per English text against a regex search."""
    return ("%" in text or ("per" in text and ("percent" in text or "per cent" in text))
            or "pc" in text or "tenth" in text or "third" in text or "quarter" in text
            or "fifth" in text or "sixth" in text or "eighth" in text or "fourth" in text
            or ("hal" in text and ("half" in text or "halv" in text)) or "one in" in text)


NUMBER_WORDS = frozenset([*_ONES, *_TENS, *_SCALES, "dozen"])
_LEFT_QUAL = _compile_en(rf"\b(?P<q>{_EN_QUAL_LB}|{_EN_QUAL_APPROX})\s*$")
_LB_QUALS = {q.strip() for q in _EN_QUAL_LB.split("|")}


def _en_qualify(text: str, start: int) -> tuple[int, bool]:
    """Extend a quantity left over its qualifier; return (new start, is lower bound)."""
    m = _LEFT_QUAL.search(text, max(0, start - 24), start)
    if not m:
        return start, False
    return m.start(), m.group("q").lower() in _LB_QUALS


_DIGIT_SEPARATORS = _compile(r"[,'\s\u00a0\u202f]")
_ONE_IN_N = _compile(r"\s+in\s+(?:two|three|four|five|six|eight|ten|\d+)\b", re.I)
_WORDS_FRACTION = _compile(r"[\s-]+(?:third|quarter|fifth|tenth|half|sixth|eighth)")


def find_quantities_en(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    original, text = text, ascii_lower(text)
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    vague = "hundred" in text or "thousand" in text or "dozen" in text or "score" in text
    for m in _EN_VAGUE.finditer(text) if vague else ():
        if m.group("tot"):
            value = 10_000 if m.group("tot").lower() == "tens" else 100_000
        elif m.group("few"):
            value = 100 if m.group("fewscale").lower() == "hundred" else 1000
        else:
            value = {"dozens": 12, "hundreds": 100, "thousands": 1000, "scores": 20}[
                m.group("plain").lower()
            ]
        out.append(Quantity(value, True, m.start(), m.end(), original[m.start():m.end()],
                            vague=True))
        taken.append((m.start(), m.end()))
    for m in _EN_DIGITS.finditer(text) if _ANY_DIGIT.search(text) else ():
        if not free(m.start(), m.end()):
            continue
        raw = m.group("num")
        num = float(_DIGIT_SEPARATORS.sub("", raw))
        if m.group("k"):
            num *= 1000
        elif m.group("scale"):
            num *= _SCALES[m.group("scale").lower()]
        elif "." in raw:
            continue  # 3.5 jobs is not a headcount; a decimal needs k/thousand/million
        start, lb = _en_qualify(text, m.start())
        lb = lb or bool(m.group("plus"))
        out.append(Quantity(round(num), lb, start, m.end(), original[start:m.end()]))
        taken.append((m.start(), m.end()))
    words = NUMBER_WORDS.intersection(_WORD.findall(text))
    for m in _EN_WORDS.finditer(text) if words else ():
        if not free(m.start(), m.end()):
            continue
        phrase = m.group(0)
        if phrase.lower().startswith("half a"):
            if not phrase.lower().endswith("dozen"):
                continue
            words_value: int | None = 6
        else:
            words_value = parse_en_words(phrase)
        if not words_value or phrase.lower() in _SCALES:
            continue  # "$27 million": a bare scale word is not a number of people
        if _ONE_IN_N.match(text[m.end():]):
            continue  # "one in five employees" is a share
        if _WORDS_FRACTION.match(text[m.end():]):
            continue  # "one-third of jobs" is a share
        start, lb = _en_qualify(text, m.start())
        out.append(Quantity(words_value, lb, start, m.end(), original[start:m.end()]))
        taken.append((m.start(), m.end()))
    out.sort(key=lambda q: q.start)
    return out


# ---------------------------------------------------------------- Chinese grammar

_ZH_NUMERAL = r"[零〇一二两三四五六七八九十百千万亿]+"
_ZH_ARABIC = r"\d{1,3}(?:[, ]\d{3})+(?!\d)|\d+(?:\.\d+)?"
_ZH_QTY = _compile(
    r"(?P<vague>成百上千|上千|上万|上百|数十|数百|数千|数万|几十|几百|几千|几万|近千|近万|近百"
    r"|千余|百余|万余|十余|千|万)(?=[名人位个员]|职员)"
    r"|(?P<q>将近|接近|大约|约|近|超过|超|逾|多达|高达|达|至少|不少于|不到|不足|上)?"
    # ("1千6百", "1万2千": digits for the numerals, unit by unit)
    # ("2万5000": ten-thousands, then the rest in digits)
    rf"(?P<num>\d{{1,4}}万\d{{3,4}}(?![\d.,])|(?:\d[十百千万亿])+\d?(?![\d.,])"
    rf"|(?:{_ZH_ARABIC})\s*[十百千万亿]*|{_ZH_NUMERAL})"
    r"(?P<more>余|多|来)?"
)
_ZH_VAGUE = {
    "成百上千": (100, True), "上千": (1000, True), "上万": (10_000, True), "上百": (100, True),
    "数十": (10, True), "数百": (100, True), "数千": (1000, True), "数万": (10_000, True),
    "几十": (10, True), "几百": (100, True), "几千": (1000, True), "几万": (10_000, True),
    "近千": (1000, False), "近万": (10_000, False), "近百": (100, False),
    "千余": (1000, True), "百余": (100, True), "万余": (10_000, True), "十余": (10, True),
    "千": (1000, False), "万": (10_000, False),
}
_ZH_LB_QUALS = {"超过", "超", "逾", "至少", "不少于", "上"}


_ZH_UNIT = _compile(r"[十百千万亿]")
_ZH_DIGIT_UNITS = _compile(r"(?:\d[十百千万亿]){2,}\d?|\d[十百千万亿]\d")
_DIGIT_TO_ZH = str.maketrans("0123456789", "零一二三四五六七八九")


def find_quantities_zh(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _ZH_QTY.finditer(text):
        if m.group("vague"):
            value, lb = _ZH_VAGUE[m.group("vague")]
            out.append(Quantity(value, lb, m.start(), m.end(), m.group(0), vague=True))
            continue
        raw = m.group("num")
        if text.startswith("半", m.end("num")):
            continue  # 近一半: a share, not one person
        if raw in ("一", "两", "二") and not m.group("q"):
            continue  # 一家, 一轮, 两年: almost never a headcount on their own
        q = m.group("q") or ""
        lb = q in _ZH_LB_QUALS or bool(m.group("more"))
        if pair := _ZH_NEIGHBOUR_NUMERALS.fullmatch(raw):
            # "两三百人", "四五万人": two neighbouring numerals are a range, counted from
            # its lower end
            low, high = _ZH_DIGIT[pair.group(1)], _ZH_DIGIT[pair.group(2)]
            if high == low + 1:
                lowest = parse_zh_number(pair.group(1) + pair.group(3))
                if lowest:
                    out.append(Quantity(lowest, True, m.start(), m.end(), m.group(0)))
                continue
        if _ZH_DIGIT_UNITS.fullmatch(raw):
            raw = raw.translate(_DIGIT_TO_ZH)
        parsed = parse_zh_number(raw)
        if not parsed:
            continue
        if "." in raw and not _ZH_UNIT.search(raw):
            continue
        out.append(Quantity(parsed, lb, m.start(), m.end(), m.group(0)))
    return _joined_ranges(text, out) if "、" in text else out


def _digit(ch: str) -> int:
    """One digit, Arabic or Chinese: "7" or 七."""
    return int(ch) if ch.isdigit() else _ZH_DIGIT[ch]


# "两三百", "四五万": neighbouring numerals, then the unit they share
_ZH_NEIGHBOUR_NUMERALS = _compile(r"([一二两三四五六七八])([二三四五六七八九])([十百千万]+)")
_LEADING_DIGIT = _compile(r"\d|[一二两三四五六七八九]")


def _joined_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "约2、300人", "3、4千人", "500、600人": two neighbouring figures joined by 、 are a
    range, counted from its lower end (the first figure, in the second's unit)."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and b.start == a.end + 1 and text[a.end] == "、" and not a.vague \
                and not b.vague:
            lead_a = _LEADING_DIGIT.search(a.text)
            lead_b = _LEADING_DIGIT.search(b.text)
            if lead_a and lead_b:
                da, db = _digit(lead_a.group(0)), _digit(lead_b.group(0))
                # the first figure alone ("2") takes the second's unit ("300": hundreds)
                scale = b.value // db if a.value < 10 else 1
                value = a.value * scale
                if db == da + 1 and value * db == b.value * da:
                    out.append(Quantity(value, True, a.start, b.end, text[a.start:b.end]))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# ---------------------------------------------------------------- percentages

_EN_FRACTION = {
    "tenth": 10.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "sixth": 16.7,
    "eighth": 12.5, "half": 50.0,
}
_EN_MULT = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4}
_PCT_EN = _compile_en(
    # "10-15%", "5 to 10 percent": at least the lower figure, as with headcount ranges
    r"(?:(?<![\d.])(?P<rlo>\d{1,2}(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*)?"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pct\b|pc\b)"
    r"|\b(?:(?P<mult>a|an|one|two|three|four)[\s-])?(?P<frac>tenth|third|quarter|fifth|sixth|"
    r"eighth)"
    r"s?\b(?(mult)|(?=\s+of\b))"
    # "about a fourth of the … workforce" (never a bare "fourth": "the fourth quarter")
    r"|\b(?P<fmult>a|an|one|three)[\s-]fourths?\b"
    r"|\bone in (?P<onein>two|three|four|five|six|eight|ten|\d+)\b"
    rf"|\b(?P<wordpct>(?:{_WORD_ALT})(?:[\s-]+(?:{_WORD_ALT}))*)\s+(?:percent|per cent)\b"
    r"|\b(?P<half>half)\b|\b(?P<halve>halv(?:e|es|ed|ing))\b")
_PCT_ZH = _compile(
    r"(?:(?<![\d.])(?P<rlo>\d{1,2}(?:\.\d+)?)\s*%?\s*[-–~～至到]\s*)?(?P<num>\d+(?:\.\d+)?)\s*%"
    r"|百分之(?P<zhpct>[零一二两三四五六七八九十百点\d.]+)"
    # ("六七成", "6、7成": a range, from its lower end)
    r"|(?:(?P<clo>[一二两三四五六七八]|\d(?=、))、?)?(?P<cheng>[一二两三四五六七八九]|\d)成(?![为功立本果])"
    r"|(?P<den>[二三四五六七八九十]|\d+)分之(?P<nom>[一二三四五六七八九]|\d+)"
    # "大砍1/3员工": a fraction written with a slash; not "8/9裁員280人", a date (no
    # layoff takes eight ninths)
    r"|(?<![\d/])(?P<snom>[1-4])/(?P<sden>[2-9]|10)(?![\d/])"
    r"|(?P<half>一半|半数|近半|过半|逾半|超半数|超半|减半|(?<=[裁员])砍半)"
)
# every match of _PCT_ZH holds one of these: a text without them is not scanned
_ZH_PERCENT_MARKS = ("%", "成", "分之", "/", "半")
_EN_ONE_IN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}


def _range_low(m: re.Match[str]) -> float:
    high = float(m.group("num"))
    low = m.group("rlo")
    return float(low) if low is not None and float(low) < high else high


def find_percents(text: str, lang: str) -> list[Percent]:
    out: list[Percent] = []
    if lang == "zh":
        if not any(mark in text for mark in _ZH_PERCENT_MARKS):
            return out
        for m in _PCT_ZH.finditer(text):
            value: float | None = None
            if m.group("num"):
                value = _range_low(m)
            elif m.group("zhpct"):
                raw = m.group("zhpct")
                if "点" in raw:
                    a, _, b = raw.partition("点")
                    whole = parse_zh_number(a)
                    frac = "".join(str(_ZH_DIGIT.get(c, c)) for c in b)
                    value = float(f"{whole}.{frac}") if whole is not None else None
                else:
                    n = parse_zh_number(raw)
                    value = float(n) if n is not None else None
            elif m.group("cheng"):
                c = m.group("cheng")
                value = 10.0 * _digit(c)
                if lo := m.group("clo"):
                    low = 10.0 * _digit(lo)
                    value = low if low + 10 == value else value
            elif m.group("den"):
                den = parse_zh_number(m.group("den"))
                nom = parse_zh_number(m.group("nom"))
                if den and nom and nom < den:
                    value = round(100.0 * nom / den, 1)
            elif m.group("snom"):
                nom, den = int(m.group("snom")), int(m.group("sden"))
                value = round(100.0 * nom / den, 1) if nom < den else None
            elif m.group("half"):
                value = 50.0
            if value is not None and 0 < value <= 100:
                out.append(Percent(value, m.start(), m.end(), m.group(0)))
        # English-style percents also appear in Chinese text ("10 percent" rarely)
        return out
    original, text = text, ascii_lower(text)
    if not _maybe_percent(text):
        return out
    for m in _PCT_EN.finditer(text):
        value = None
        if m.group("num"):
            value = _range_low(m)
        elif m.group("frac"):
            mult = _EN_MULT[(m.group("mult") or "a").lower()]
            value = round(mult * _EN_FRACTION[m.group("frac").lower()], 1)
            if m.group("frac").lower() == "third" and mult == 2:
                value = 66.7
        elif m.group("fmult"):
            value = 75.0 if m.group("fmult").lower() == "three" else 25.0
        elif m.group("onein"):
            raw = m.group("onein").lower()
            den = _EN_ONE_IN.get(raw) or (int(raw) if raw.isdigit() else 0)
            value = round(100.0 / den, 1) if den else None
        elif m.group("wordpct"):
            n = parse_en_words(m.group("wordpct"))
            value = float(n) if n else None
        elif m.group("half") or m.group("halve"):
            value = 50.0
        if value is not None and 0 < value <= 100:
            out.append(Percent(value, m.start(), m.end(), original[m.start():m.end()]))
    return out


# ---------------------------------------------------------------- context: headcounts

_EN_PEOPLE = (
    r"(?:employees?|workers?|staff(?:ers|s)?|jobs?|roles?|positions?|people|persons|personnel|"
    r"engineers?|developers?|programmers?|designers?|managers?|executives?|employees|"
    r"contractors?|team members?|members|workforce|headcount|posts?|hires|recruiters?|"
    r"layoffs?|lay-?offs|job cuts?|redundanc(?:y|ies)|salespeople|journalists?|reporters?|"
    r"editors?|researchers?|scientists?|drivers?|agents?|associates?|tech workers|"
    r"white-collar|corporate|office|middle managers?|full-time|part-time|seats|"
    r"people's jobs|individuals|colleagues|team|teammates|trainees?|interns?|freshers|graduates|"
    r"nurses|teachers|miners|pilots|technicians|analysts|bankers|consultants|writers|artists|"
    r"animators|moderators|cashiers|mechanics)"
)
# up to three descriptive words between number and noun: "1,000 more corporate jobs"
_EN_NOUN_AFTER = _compile_en(
    # "about 1,000 U.S.-based workers": a dotted place name among them
    rf"^(?:\s+of)?(?:\s+(?:its|their|the|more|additional|other|of|&|[A-Za-z][\w&'.-]*)){{0,3}}?"
    rf"\s*[-\s]?{_EN_PEOPLE}\b")
_EN_PASSIVE_AFTER = _compile_en(
    r"^\s+(?:(?:could|will|may|might|are|were|to|would)\s+)?(?:be\s+|have been\s+|been\s+)?"
    r"(?:affected|impacted|laid off|let go|cut|axed|lose (?:their )?jobs|losing (?:their )?jobs"
    # "up to 80 made redundant"; "to make 150 redundant"
    r"|made redundant|redundant|fired|sacked|dismissed|furloughed|retrenched)\b")
_EN_FROM_TO = _compile_en(r"^\s+(?:[\w-]+\s+){0,2}?to\s+(?:merely\s+|just\s+|only\s+|about\s+"
                          r"|around\s+|some\s+)?\d")
_EN_FOUNDED_BY = _compile_en(r"\b(?:founded|co-founded|started|created|led|run|headed) by\s+$")
_EN_NOT_PEOPLE_AFTER = _compile_en(
    r"^\s*(?:%|percent|per cent|pc\b|pct\b|million|billion|trillion|bn\b|mn\b|m\b|years?|"
    r"months?|weeks?|days?|hours?\b|minutes?|shops?|outlets?|branches|offices|locations|"
    # "the telcos' combined 21000 strong workforce": the staff's size
    r"strong\b|"
    # "320 store manager roles" are people, "200 stores" are not
    r"stores?\b(?!\s+(?:[\w-]+\s+)?(?:managers?|management|staff|workers|employees|associates|"
    r"roles|jobs|positions))|"
    # "Boeing 737 Max Supplier Cuts Jobs": a model number
    r"max\b|dreamliners?\b|jets?\b|aircraft\b|"
    # (whole words: "6,400 production employees", "300 career staff" are people)
    r"sites|plants?\b|factories|factory|restaurants|products?\b|cars?\b|vehicles?|units|devices|"
    # "Korean Top Three Yards to Cut Jobs": employers counted, not people
    r"phones|yards\b|shipyards|shipbuilders|mills\b|mines\b|companies|firms\b|banks\b|"
    r"shifts?|production lines?|assembly lines?|"
    r"users|customers|subscribers|clients|times|x\b|dollars|euros|yuan|pounds|shares|points|"
    r"bps|basis|degrees|km|miles|mph|kg|tons|games|episodes|titles|apps|projects|models|"
    # "shedding two programs": a company's lines of work, not its staff
    r"programs\b|programmes\b|divisions\b|brands\b|"
    r"companies|firms|startups|businesses|countries|nations|cities|markets|-year|-month|-day|-week|"
    r"-hour|Q[1-4]|quarter|fiscal|FY|"
    # "two people familiar with the matter": the sources, not the cut
    r"(?:people|persons|sources|employees|staff(?:ers)?)\s+(?:familiar|with knowledge|briefed|"
    r"close to|aware|who spoke))")
_EN_CUT_VERB_BEFORE = _compile_en(
    r"(?:lay(?:s|ing)? off|laid off|cut(?:s|ting)?|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)|"
    r"eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|trim(?:s|med|ming)?|fir(?:e|es|ed|ing)|"
    r"sack(?:s|ed|ing)?|let(?:s|ting)? go(?: of)?|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|"
    r"involv(?:e|es|ed|ing)|layoffs? of|lay-?offs? of|job cuts? of|redundancies of|total(?:l?ing)|"
    r"(?:layoffs|job cuts|cuts|redundancies) (?:reach(?:es|ed)?|hit|hits|top|tops|exceed(?:s|ed)?|"
    r"number(?:s|ed)?|climb(?:s|ed)? to|r[io]se to)|reduc(?:e|es|ed|ing)\b.{0,30}\bby|"
    r"(?:workforce|headcount|staff|jobs|employees|payroll|roles|positions|staffing) by|"
    r"dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing)|furlough(?:s|ed|ing)?|"
    r"(?:pink slips?|layoff notices?|termination (?:letters|notices)|buyouts?|buyout offers?) to|"
    r"(?:is|are|were|was|will be|to be|being) (?:laid off|cut|affected|let go|eliminated))"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|up to|as many as|at least|more than|"
    r"over|another|an? additional|a further|approximately|close to|an estimated|its|the))*\s*$")
_EN_TOTAL_BEFORE = _compile_en(
    r"(?:\b(?:of|from) (?:its|their|the(?: company's)?|his|her|a|about|roughly|nearly|some|"
    r"approximately|around|more than|over|total|global|entire|worldwide|[A-Z][\w.&'-]*'s)"
    r"(?: \w+)?"
    r"|\bout of|\bworkforce of|\bheadcount of|\bstaff of|\bteam of|\bemploys|\bemploying|"
    r"\bemployed|\bhas|\bhave|\bhad|\b(?:workforce|staff|employees|headcount|team) total(?:l?ing)|"
    # "At the end of 2016, Etsy's workforce stood at about 1,000 employees": its size
    r"\b(?:workforce|staff|headcount|staffing) (?:stood|stands|was|is) at|"
    r"\bleft with|\bleaving(?: it| them)?"
    r"(?: with)?|\bremaining|\bdown to"
    # "6% of its staff - amounting to 20 employees" is the cut in people
    # "which translates to more than 100 employees", "That works out to about 325"
    r"|(?<!amounting )(?<!amounts )(?<!equal )(?<!equivalent )(?<!equating )(?<!equates )"
    # ("which will lead to 4,556 job losses": what the cut comes to)
    r"(?<!works out )(?<!translates )(?<!translated )(?<!translating )(?<!lead )(?<!leads )"
    r"(?<!leading )(?<!led )\bto"
    r"|\bretain(?:s|ing)?|\bkeep(?:s|ing)?|"
    # "the union that represents around 550 of its staffers": members, not the cut
    r"\bnumber(?:s|ed)?|\bwould have|\bwill have|\bstill|\brepresent(?:s|ed|ing)?)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|approximately|more than|over|"
    r"just|only|its|the|a|total|of))*\s*$")
_EN_TOTAL_AFTER = _compile_en(
    r"^[^.;:!?]{0,30}?\b(?:remain(?:ing)?|left|in total)\b")
_EN_MONEY_BEFORE = _compile_en(r"(?:[$€£¥]|US\$|USD|HK\$|RMB|Rs\.?|₹)\s*$")
# the last character of each of its branches, lowered (before the trailing whitespace)
_MONEY_ENDS = frozenset("$€£¥₹dbs.")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_EN_SECTION_BEFORE = _compile_en(r"\b(?:section|article|clause|rule)$")
_EN_DATE_AROUND = _compile_en(rf"(?:\b(?:{_MONTHS})\.?\s*$)")
_EN_DATE_AFTER = _compile_en(rf"^\s*(?:{_MONTHS})\b|^(?:st|nd|rd|th)\b|^:\d")


_EN_RANGE = _compile(
    r"^\s*(?:(?:-|–|to|and)\s*(?:\d[\d,.]*\s?[kK]?|(?:about|around|nearly) [\d,]+)"
    r"|or more\b|-plus\b)"
)
_EN_RANGE_TOP = _compile(r"\d\s?[-–]\s?$")  # (its dash is within the last three characters)
_ZH_RANGE = _compile(
    r"^(?:至|到|-|~|或)(?:\d+(?:\.\d+)?\s*[十百千万亿]*|[零一二两三四五六七八九十百千万]+)"
)


# (not "6% of its global staff—44 people", its dash made a hyphen)
_EN_NAME_HYPHEN = _compile(r"\b(?!(?:staff|employees|workers|workforce|people|jobs|roles)-)"
                           r"[a-z]+-$", re.I)
# "82 out of 178 employees — 46% of the staff — were let go": the first number is the cut
_EN_OUT_OF = _compile_en(rf"^\s+out of\s+(?:its\s+|the\s+)?[\d,]+\s+{_EN_PEOPLE}\b")
_NON_DIGIT = _compile(r"\D")
_CUT_NOUN = _compile(r"lay|cut|redundanc")
_POSSESSIVE_END = _compile(r"\w's\s*$")
_WHOLE_STAFF = _compile(r"employees|staff|workers|workforce|people|headcount", re.I)
_ONE_IN_END = _compile(r"\b(?:one|\d+)\s+in\s*$", re.I)
_OF_THE = _compile(r"^\s+(?:of\s+)?(?:its|their|the)\b", re.I)
_ONE_OF_THE = _compile(r"^\s+of\s+(?:the|its|their|our)\s", re.I)


# "cut two of its podcast productions": things, not people, counted after the verb
_EN_OF_THINGS = _compile(
    r"^\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:shows|podcasts|productions|stores|plants|"
    r"factories|offices|brands|titles|products|programs|programmes|projects|games|magazines|"
    r"newspapers|branches|sites|locations|restaurants|outlets|channels|studios|lines|"
    r"divisions|units|businesses)\b")
_EN_IN_THE_MAGNITUDE = _compile(
    r"\b(?:lay-?offs?|job cuts|cuts|redundancies|job losses|jobs)\b[^.;]{0,50}\bin the\s*$")


_OPENING_QUOTES = frozenset("'\"‘“")
_CLOSING_QUOTES = frozenset("'\"’”")


def headcounts_en(text: str) -> list[Headcount]:
    """Quantities in English text that plausibly count people losing their jobs."""
    out: list[Headcount] = []
    quantities = find_quantities_en(text)
    text = ascii_lower(text)
    for q in quantities:
        if not q.value:
            continue  # "45, 000 Miners": the tail of a badly spaced figure, never a count
        left = text[max(0, q.start - 60):q.start]
        right = text[q.end:q.end + 50]
        core = q.text
        if right[:1] in _CLOSING_QUOTES and left[-1:] in _OPENING_QUOTES:
            left, right = left[:-1], right[1:]  # "could affect “thousands” of workers"
        if rng := _EN_RANGE.match(right):
            # "10,000 to 15,000 employees", "10,000 or more jobs": at least the first number
            q = replace(q, lower_bound=True)
            right = right[rng.end():]
        # The end-anchored searches below run only where the end of `left` holds what
        # their matches end with (tail: `left` without the trailing whitespace their \s*$
        # or \s+$ takes, the same characters str.rstrip strips): most numbers follow a
        # plain word, where each search tried every position of the 60 characters in vain.
        tail = left.rstrip()
        if tail[-1:] in _MONEY_ENDS and _EN_MONEY_BEFORE.search(left):
            continue
        if ("-" in left[-3:] or "–" in left[-3:]) and _EN_RANGE_TOP.search(left):
            continue  # "300–350 employees": the range is counted from its lower figure
        if _EN_NOT_PEOPLE_AFTER.match(right):
            continue
        if _EN_DATE_AROUND.search(left) or _EN_DATE_AFTER.match(right):
            continue
        if "-" in left[-2:] and _EN_NAME_HYPHEN.search(left):
            continue  # "Carta's covid-19 layoff", "F-35 jobs": part of a name
        if tail[-1:] in "nNeE" and _EN_SECTION_BEFORE.search(tail):
            continue  # "issues Section 189 letters": a law's section, not people
        noun = (_EN_NOUN_AFTER.match(right) or _EN_PASSIVE_AFTER.match(right)
                or _EN_OUT_OF.match(right))
        verb = _EN_CUT_VERB_BEFORE.search(left)
        digits = _NON_DIGIT.sub("", core)
        yearish = len(digits) == 4 and digits[:2] in ("19", "20") and "," not in core
        if yearish and (not noun or _CUT_NOUN.search(noun.group(0))):
            continue
        if not verb and _EN_TOTAL_BEFORE.search(left):  # (the costly search only if it counts)
            continue
        if noun and not verb and _EN_TOTAL_AFTER.match(right[noun.end():]):
            continue  # "employs 900 people in total", not "affecting 100 employees in total"
        if noun and _POSSESSIVE_END.search(left) and _WHOLE_STAFF.search(noun.group(0)):
            continue  # "the company's 7,500 employees" is the whole workforce
        if tail[-1:] in ("n", "N") and _ONE_IN_END.search(left):
            continue  # "one in five employees" is a share
        if tail.endswith("from") and _EN_FROM_TO.match(right):
            continue  # "reduce personnel from 1650 staff to merely 400": the size before
        if tail.endswith("by") and _EN_FOUNDED_BY.search(left):
            continue  # "founded by two engineers from the Google self-driving car project"
        if core.lower() == "one" and _ONE_OF_THE.match(right) and not verb:
            continue  # "One of the most popular job platforms lays off": a phrase, not a count
        if q.vague and (size := _EN_IN_THE_MAGNITUDE.search(left)):
            # "layoffs …, believed to be in the hundreds": the size of the cut
            out.append(Headcount(q, f"{core!r} after {size.group(0).strip()!r}", 2))
        elif noun and not _OF_THE.match(right[:12]):
            out.append(Headcount(q, f"{core!r} followed by {noun.group(0).strip()!r}", 2))
        elif verb and not _EN_OF_THINGS.match(right):
            out.append(Headcount(q, f"{core!r} after {verb.group(0).strip()!r}", 2))
        elif noun:
            out.append(Headcount(q, f"{core!r} followed by {noun.group(0).strip()!r}", 1))
    return out


_ZH_PEOPLE_AFTER = _compile(
    # "数百名 IT 员工": a Latin department name between the measure word and the noun
    # "3234名45~59岁自愿退职者": an age span between the measure word and the noun
    r"^(?:[名个](?:\d{2}[~～至-]\d{2}岁(?:的)?)?(?:[\u4e00-\u9fff]{0,6}?|\s?[A-Za-z]{1,8}\s?)"
    r"(?=员工|职工|职员|雇员|人员|工人|岗位|职位|白领|程序员|工程师|银行家|设计师|编辑|退职者|离职者)|"
    r"名|位|个|人次|号)?(?:的)?(?:正式|全职|外包|一线|技术|研发|销售|中层|管理层|核心)?"
    r"(?:员工|职工|职员|雇员|人员|工人|岗位|职位|工作岗位|工位|人|员|白领|程序员|工程师|打工人|骑手|"
    r"编辑|教职员|退职者|离职者)"
    # "约百名合约招聘员": a job title ending in 员, after the measure word (not "3空服员基地",
    # three bases)
    r"|^[名位][\u4e00-\u9fff]{0,4}?(?:招聘员|服务员|店员|业务员|乘务员|空服员|飞行员|快递员|销售员"
    r"|专员)"
)
_ZH_NOT_PEOPLE_AFTER = _compile(
    r"^(?:多|余)?(?:个(?![\u4e00-\u9fff]{0,6}(?:人|员工|岗位|职位|工作岗位|工位|职员))|成|分之|百分|元|块|亿|美元|港元|港币|"
    r"欧元|日元|英镑|年|月|日|号(?!人)|岁|倍|家|个月|天|小时|"
    r"分钟|%|个百分点|辆|台|部|款|店|门店|城|座|项|次|轮|期|季|代|股|只|场|户|平方|公里|"
    # ("裁减百万产能": output, not people)
    r"万元|亿元|千元|百元|万美元|亿美元|用户|粉丝|条|件|本|篇|份|米|产能|产量|吨|桶|套|箱)"
)
_ZH_CUT_BEFORE = _compile(
    r"(?:裁员|裁掉|裁减|裁撤|裁|优化|优化掉|辞退|解雇|遣散|减员|砍掉|砍|毕业|清退|劝退|开除|"
    r"削减|缩减|减少|涉及|波及|影响|约谈|裁员人数|裁员规模|裁员总数|裁员[,，]规模|裁员[,，]人数)"
    r"(?:了|掉|约|近|超|超过|逾|达|达到|高达|多达|或达|或|将|人数|规模|总数|为|至少|近一半|员工|人员|"
    r"数量|人员数量|共计|合计|总计|一共)*$"
)
# "裁员由2.7万增至2.9万": the revised figure is the cut
_ZH_RAISED_TO = _compile(r"(?:裁员|裁减|减员)[^，。；]{0,12}(?:增至|增加至|增加到|扩大至|扩大到|"
                           r"上调至|上调到|提高至|提高到|升至)$")
# "估全球千人被裁": the people who lose their jobs, whatever stands before the number
_ZH_PASSIVE_AFTER = _compile(r"^(?:名|位|个)?(?:员工|人|职工)(?:将|或|恐|已)?(?:被裁|遭裁|被优化|"
                               r"被辞退|被解雇|失业|丢饭碗)")
_ZH_TOTAL_BEFORE = _compile(
    r"(?:总数|总人数|员工数|员工人数|人数|共有|现有|拥有|目前有|目前|全球|总共|共计?|规模|剩余|编制|"
    r"仅剩|"
    r"只剩|剩下|剩|留下|保留|只留|仅留|留|缩减至|减至|降至|降到|减少到|减少至|缩减到|缩至|只有|"
    r"精简到|精简至|缩编至|缩编到|裁到|裁至|"
    r"仅有|仅|"
    # "按3500人计算": the base of a share; "原本550人左右的团队": the team before the cut
    r"员工总数|总员工|雇员总数|超过|达到|按|原本|原有|原来)[(（]?"
    r"(?:约|近|超|超过|逾|达|为|了|有|到|至|不足|不到)*"
    # "员工人数从原本1400到1500人，减少到约1000人": the size before the cut
    r"(?:(?:从|由)(?:原本|原来|原先|之前|此前)?)?$"
)
_ZH_PAREN_COUNT = _compile(r"^(?:名|人|位)[)）]")
_ZH_PAREN_PEOPLE = _compile(r"(?:员工|人员|职员|雇员|职工)[(（](?:约|近|逾|超过|大约)?$")
_ZH_RANGE_TOP = _compile(r"\d\s?[-–~～至到]\s?$")
_ZH_WHOLE_STAFF = _compile(r"(?:员工|雇员|职工)(?:总数|总人数)(?:约|近|为|达|了|有)*$")
# "亏损2亿", not "继续亏损 再度裁员1万人": a cut verb in between takes the number back
_ZH_MONEY_BEFORE = _compile(r"(?:营收|收入|利润|净利|亏损|市值|股价|估值|融资|投资|金额|赔偿|"
                              r"补偿)[^，。；裁减砍]{0,4}$")


_ZH_LOSS_AFTER = _compile(r"[^，。,；]{0,3}?(?:失业|丢(?:了|失|掉)?(?:工作|饭碗)|下岗)")
_ENDS_IN_DIGIT = _compile(r"\d$")
_OPENS_WITH_DIGIT = _compile(r"^[\d./]")
_REMAINING = _compile(r"剩|留|仍有|还有")
_ZH_RATE_BEFORE = _compile(r"(?:每天|每日|每周|每月|平均)[^，。,；]{0,6}$"
                           # "每4位美国新娘就有1人穿这家": a ratio, one in four
                           r"|每[\d一二三四五六七八九十两]+[位个名人][^，。,；]{0,8}有$")
# "1万名员工中", "630名行政助理中的1/3": the total the cut is taken from
# (not "2000名被解雇员工中外籍占多": those are the cut)
_AMONG = _compile(r"^(?:名|位|个|人)?(?:(?![\u4e00-\u9fff]{0,3}[被遭裁])[\u4e00-\u9fff]{0,4}?"
                  # (not "80员工中秋前失业": the Mid-Autumn festival)
                  r"(?:员工|人员|助理|职员|雇员|工人|员))?(?:中(?![秋旬午])|里|当中)")
# a cut verb, then the clause runs on to "共N名员工": the total cut
ZH_CUT_THEN_TOTAL = _compile(r"(?:裁员|裁减|裁撤|裁掉|解雇|遣散|辞退|资遣|裁退)"
                              r"[^，。；,;!！?？]{0,28}?(?:共计?|总共|合计|一共)$")
# "就业岗位将流失3500个"
_ZH_POSTS_LOST_BEFORE = _compile(r"(?:岗位|职位|饭碗)(?:将|会|或将?|恐|预计)?(?:流失|消失|减少|"
                                 r"被裁|被削减)(?:约|近|超过?|逾|达)?$")
_ZH_CUT_END = _compile(r"(?:裁员|裁掉|裁减|裁撤|减员)$")
_CLOSING_BRACKET = _compile(r"[》」』)）】〉]")


def headcounts_zh(text: str) -> list[Headcount]:
    out: list[Headcount] = []
    for q in find_quantities_zh(text):
        left = text[max(0, q.start - 12):q.start]
        right = text[q.end:q.end + 16]
        core = text[q.start:q.end]
        if rng := _ZH_RANGE.match(right):
            q = replace(q, lower_bound=True)
            right = right[rng.end():]
        if right[:1] == "个" and _ZH_POSTS_LOST_BEFORE.search(left):
            # "就业岗位将流失3500个": posts, counted after the noun they stand for
            out.append(Headcount(q, f"{core!r} after {left[-6:]!r}", 2))
            continue
        if _ZH_NOT_PEOPLE_AFTER.match(right):
            continue
        if _ZH_RANGE_TOP.search(left):
            continue  # "200-250名行政人员": the range counts from its lower figure
        if (left.endswith(("第", "分之", "/")) or _ENDS_IN_DIGIT.search(left)
                or _OPENS_WITH_DIGIT.match(right)):
            continue
        if _ZH_MONEY_BEFORE.search(left):
            continue
        if _ZH_RATE_BEFORE.search(left):
            continue  # "每天裁员平均接近2000人": a rate over a whole trade, not one cut
        noun = _ZH_PEOPLE_AFTER.match(right)
        if noun is None and _ZH_PAREN_PEOPLE.search(left):
            noun = _ZH_PAREN_COUNT.match(right)  # "影响17%内部员工(约170名)": those people
        verb = _ZH_CUT_BEFORE.search(left) or _ZH_RAISED_TO.search(
            text[max(0, q.start - 20):q.start])
        if verb is None and left[-1:] in "共计" and noun:
            # "裁减旗下…在3处地点共1200至1400名员工": the cut's total, not the staff's
            verb = ZH_CUT_THEN_TOTAL.search(text[max(0, q.start - 36):q.start])
        if verb is None and not _REMAINING.search(left):
            verb = _ZH_PASSIVE_AFTER.match(right)
        if (not verb or _ZH_WHOLE_STAFF.search(left)) and _ZH_TOTAL_BEFORE.search(left):
            continue  # "涉及员工总数约为5000多人": the cut touches a staff of that size
        if _AMONG.match(right):
            continue  # 1万名员工中 …: the total the cut is taken from
        if left.endswith("从") and re.match(
                r"^(?:名|位|个|人)?(?:员工)?[^，。,；]{0,4}(?:削减|减少|缩减|降|减|裁)[至到]",
                right):
            continue  # "员工规模从462人削减至373人": the size before, not the cut
        digits = _NON_DIGIT.sub("", core)
        if len(digits) == 4 and digits[:2] in ("19", "20") and not noun and not (
                verb and _ZH_CUT_END.search(left)):
            continue  # 2023年…, but "裁员2000:" is two thousand people
        if noun:
            # "3.5万员工 2000人失业": the people who lose their jobs, over the staff's size
            lost = _ZH_LOSS_AFTER.match(right, noun.end()) is not None
            out.append(Headcount(q, f"{core!r} followed by {noun.group(0)!r}", 3 if lost else 2))
        elif verb and q.value >= 10 and not _CLOSING_BRACKET.match(right):
            # "信昌化裁員1》": a part number in a series of articles, not one person
            out.append(Headcount(q, f"{core!r} after {verb.group(0)!r}", 2))
    return out


def headcounts(text: str, lang: str) -> list[Headcount]:
    return headcounts_zh(text) if lang == "zh" else headcounts_en(text)


# ---------------------------------------------------------------- context: percents

_EN_WORKFORCE = (
    r"(?:workforce|work force|staff|staffers|employees|workers|headcount|jobs|roles|"
    r"positions|personnel|team|teams|people|employee base|global workforce|corporate workforce|"
    r"corporate staff|salaried|white-collar|engineers|company|employees globally|departments?|"
    r"payroll|divisions?|units?|staff numbers|employee count|contractors|labou?r force)"
)
_EN_PCT_OF_WORKFORCE = _compile_en(
    # ("cut roughly 5,300, or 11 per cent, of its jobs")
    rf"^\s*(?:,?\s*of\s+)?(?:(?:its|their|the|the company's|his|our|[A-Z][\w.&-]*'s|total|"
    rf"global|entire|overall|corporate|current|remaining|full-time|salaried|tech|"
    rf"worldwide|U\.S\.|US|[\w-]+-person|\d[\d,]*-?(?:person|strong|member)?|"
    rf"approximately|about|roughly|nearly|[\w-]+)\s+){{0,4}}{_EN_WORKFORCE}\b")
_EN_WORKFORCE_HALVED = _compile_en(rf"\b{_EN_WORKFORCE}\s+(?:(?:is|was|has been|will be|were|"
                                   rf"have been|are)\s+)?(?:being\s+)?$")
_EN_PCT_OF_OTHER = _compile_en(r"^\s*of\s+(?:its|their|the)?\s*(?!workforce|staff|employees|"
                               r"workers|headcount|jobs|roles|positions|personnel|team|people)\w")
# "slash 10%-15% from its total costs": a share of what it spends
_EN_PCT_OF_COSTS = _compile_en(r"^\s*(?:from|off|of|in)\s+(?:its|their|the)?\s*(?:[\w-]+\s+){0,2}?"
                               r"(?:costs?|budgets?|spending|expenses|overheads?)\b")
# "1,000 employees (10% reduction)": a share in brackets right after the headcount
_EN_PCT_BRACKET_RIGHT = _compile_en(r"^\s*(?:reduction|cut|of (?:the )?(?:total|workforce|staff))"
                                    r"\s*\)")
_EN_PCT_BRACKET_LEFT = _compile_en(r"(?:\d[\d,]*|hundreds|thousands)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:jobs|employees|staff|workers|roles|positions|people)"
                                   # "275 people from its workforce (18% of total)"
                                   r"(?:\s+from\s+(?:its|the|their)\s+(?:workforce|staff|payroll))?"
                                   r"\s*\($")
_EN_PCT_AFTER_NOUN = _compile_en(r"^\s*(?:-\s*)?(?:workforce|staff|job|jobs|headcount|layoffs?|"
                                r"reduction in (?:its )?(?:workforce|staff|headcount)|cuts? in "
                                r"(?:its )?(?:workforce|staff|headcount|jobs))\b")
_EN_PCT_BEFORE = _compile_en(
    # "the overall layoffs rate was around 20%"
    rf"(?:{_EN_WORKFORCE}|headcount|lay-?offs? rate\s+(?:was|is|of|at|stood at|reached)|"
    rf"lay(?:s|ing)? off|laid off|cut(?:s|ting)?|slash(?:es|ed|ing)?|"
    rf"ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|trim(?:s|med|ming)?|"
    rf"reduc(?:e|es|ed|ing)|affect(?:s|ed|ing)?|shrink(?:s|ing)?|shrank|downsiz(?:e|es|ed|ing))"
    rf"(?:\s*,|\s+(?:its|their|the|workforce|staff|headcount|employees|by|about|around|roughly|nearly|"
    rf"almost|some|up to|as many as|at least|more than|over|another|an? additional|a further|"
    rf"approximately|close to|an estimated|the equivalent of|of|in|as much as|numbers|size|count|"
    rf"almost|just under|just over|or|payroll))*\s*$")
_EN_PCT_FINANCE = _compile_en(
    r"(?:shares?|stock|revenue|sales|profit|earnings|margin|growth|stake|tariff|rates?|price|"
    # ("reduce its salary expenses by 20 per cent through voluntary staff buyouts")
    r"prices|inflation|index|valuation|market share|bonds?|yield|costs?|budget|spending|"
    r"expenses|overheads?|"
    r"output|production|salar(?:y|ies)|pay|wages?|bonus(?:es)?|fees?|dividend|forecast|"
    r"guidance|outlook|sales|ad sales|users|traffic|rose|fell|jump(?:s|ed)?|drop(?:s|ped)?|"
    r"surg(?:e|es|ed)|plung(?:e|es|ed)|gain(?:s|ed)?|climb(?:s|ed)?|slid|sink(?:s)?|sank|"
    r"tumbl(?:e|es|ed)|soar(?:s|ed)?|(?<!make )(?<!makes )(?<!made )(?<!making )up|down|"
    r"year-over-year|yoy)\s*(?:by\s*)?$")


# "laying off all of its nearly 4,000 employees", "laid off all 18,000 of its employees":
# the whole workforce goes
_EN_ALL_STAFF = _compile(
    r"\b(?:lay(?:s|ing)?|laid|cut(?:s|ting)?|fir(?:e|es|ed|ing)|let(?:s|ting)? go(?: of)?|"
    r"sack(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing))\s+(?:off\s+)?"
    r"(?P<all>all\b[^.;:]{0,40}?|(?:its|their|the) entire)\s+"
    r"(?:employees|staff|workers|workforce|personnel)\b"
    # "has entered administration, with all 26 staff losing their jobs", "a mandatory
    # furlough for all full- and part-time employees"
    r"|\b(?P<all2>all)\s+(?:\d[\d,]*\s+)?(?:employees|staff|workers)\s+(?:losing|lose|lost|"
    r"will lose)\s+their\s+jobs\b"
    r"|\bfurlough\s+for\s+(?P<all3>all)\b[^.;:]{0,30}?\s(?:employees|staff|workers)\b", re.I)


# "Some teams will see nearly a third of their staff cut": a share of those teams only
_EN_PCT_SOME_TEAMS = _compile_en(r"\b(?:some|certain|several|a few|many)\s+(?:teams|units|"
                                 r"departments|divisions|groups|offices|studios)\b[^.;]{0,30}$")


def workforce_percents_en(text: str) -> list[WorkforcePercent]:
    out: list[WorkforcePercent] = []
    percents = find_percents(text, "en")
    original, text = text, ascii_lower(text)
    # the gate reads the lowered text: a Title Case "Lays Off All 300 Employees" holds "All"
    if ("all" in text or "entire" in text) and (whole := _EN_ALL_STAFF.search(original)):
        start = next(whole.start(g) for g in ("all", "all2", "all3") if whole.group(g))
        p100 = Percent(100.0, start, whole.end(), original[start:whole.end()])
        out.append(WorkforcePercent(p100, f"{p100.text!r}: the whole workforce"))
    for p in percents:
        left = text[max(0, p.start - 45):p.start]
        right = text[p.end:p.end + 60]
        if right[:1] in _CLOSING_QUOTES:
            right = right[1:]  # "laying off ‘more than 10 percent’ of its workforce"
        word = p.text.lower()
        if word.startswith("halv"):
            if re.match(rf"^\s+(?:its|their|the)?\s*{_EN_WORKFORCE}", right, re.I):
                out.append(WorkforcePercent(p, f"{p.text!r} the workforce"))
            elif word == "halved" and _EN_WORKFORCE_HALVED.search(left):
                # "The studio's QA team is halved", "its workforce was halved"
                out.append(WorkforcePercent(p, f"the workforce {p.text!r}"))
            continue
        if _EN_PCT_FINANCE.search(left) or _EN_PCT_SOME_TEAMS.search(left) or \
                _EN_PCT_OF_COSTS.match(right):
            continue
        if _EN_PCT_BRACKET_RIGHT.match(right) and _EN_PCT_BRACKET_LEFT.search(left):
            out.append(WorkforcePercent(p, f"{p.text!r} in brackets after the headcount"))
        elif m := _EN_PCT_OF_WORKFORCE.match(right):
            if word == "half" and not right.lstrip().lower().startswith("of") and \
                    not _EN_PCT_BEFORE.search(left):
                continue
            out.append(WorkforcePercent(p, f"{p.text!r} of {m.group(0).strip()!r}"))
        elif m2 := _EN_PCT_AFTER_NOUN.match(right):
            out.append(WorkforcePercent(p, f"{p.text!r} {m2.group(0).strip()!r}"))
        elif (m3 := _EN_PCT_BEFORE.search(left)) and not _EN_PCT_OF_OTHER.match(right):
            if word == "half" and not re.search(r"(?:by|in|cut(?:s|ting)?|lay(?:s|ing)? off)\s*$",
                                                left, re.I):
                continue
            out.append(WorkforcePercent(p, f"{p.text!r} after {m3.group(0).strip()!r}"))
    return out


_ZH_PCT_PEOPLE_AFTER = _compile(
    r"^(?:左右|以上)?(?:的)?(?:正式|全职|外包|一线|技术|研发|销售|中层|全体|现有|国内|全球)?"
    r"(?:员工|职工|雇员|人员|岗位|职位|人力|员|团队|人手|人)"
)
_ZH_PCT_CUT_BEFORE = _compile(
    r"(?:裁员|裁掉|裁减|裁撤|裁|优化|辞退|解雇|遣散|减员|砍掉|砍|毕业|清退|削减|缩减|减少|"
    r"裁员比例|优化比例|比例|比率|幅度|减幅|降幅|员工|人员|人力|团队|规模|岗位|涉及|影响|"
    # "现有编制(约110人)减三分之一"
    r"编制[^，。,；]{0,8}减)"
    r"(?:了|掉|约|近|超|超过|逾|达|高达|多达|或达|或|将|为|至少|比例|幅度|的|总数|总数的|员工|人员|"
    r"接近|大约|不到|"
    r"不超过|不足|最高|最多|可达|约为|在|部门|多个部门|估算|预计|预估|估计|人数|总人数|总量|总量的|"
    r"人数的|略低于|低于|略高于|约占|占|接近|不及|少于|未达|未超过|可能|或将|预计将|数量|"
    # "裁员规模或升至15%": the share the cut grows to
    r"升至|增至|扩大至|扩大到|提高至|上调至)*"
    r"[\"“”「」『』]?$"  # "京喜拼拼业务“优化”10-15%"
)
# "裁员5600人，占比18%": the cut's share of the workforce, said right after the count
_ZH_PCT_SHARE = _compile(
    r"人[,，]?占比(?:约|为|达|高达|近|接近|超过|超|逾)?$"
    # "约1700人应征，占合资公司总人数14%", "相当于总员工量约6%"
    r"|(?:占|相当于)[^，。,；]{0,6}(?:总人数|员工总数|员工总量|总员工量?|员工人数|员工|人员|人力资源|人力|"
    r"劳动力|员工队伍|雇员|职工|总数)"
    # "相当于6月底雇员总数3599名的8%"
    r"(?:数量|数目|总数|人数|数)?(?:\d[\d,]*(?:名|人))?(?:的)?(?:约|近|超过|超|逾|介于|在)?$"
    # "Expedia全球裁员3000人 占整体12%"
    r"|占(?:整体|总体|全体|全部)(?:员工|人员)?(?:的)?(?:约|近|超过|超|逾)?$")
_ZH_PCT_FINANCE = _compile(
    r"(?:股价|营收|收入|利润|净利|下跌|上涨|增长|同比|环比|市场份额|份额|降价|折扣|涨|跌|增|降|"
    r"薪资|薪酬|工资|降薪|奖金|成本|预算|毛利|市值|渗透率|利率|下滑|下降|亏损|销量|"
    r"订单)[^，。；,裁减砍优]{0,3}$"
)


# "货运量将减少50%": a volume falls, not a workforce
_ZH_PCT_VOLUME_CUT = _compile(
    # "将系统范围运能削减6-8%": an airline's capacity
    r"(?:货运量|运量|业务量|出货量|销量|营收|收入|需求|订单量?|产量|交付量|产能|生产能力|运能|运力|"
    r"航班量?|班次)"
    r"(?:将|或|预计|可能)*"
    r"(?:减少|下降|下滑|降低|削减|缩减)(?:约|近|超过|超|逾)?$")
# "削减20%产能", "近一半门店被关闭": a share of something other than staff
_ZH_PCT_NOT_PEOPLE_AFTER = _compile(
    r"^(?:左右|以上)?(?:的)?(?:门店|店铺|店|产能|产量|产线|生产线|工厂|业务|预算|成本|开支|费用|库存|车型|"
    r"项目|投资|资本支出|营收|利润|股份|股权|办公|面积)")


# "1700名合同工中约一半将受到影响": a share of a group of staff, then what happens to it
_ZH_PCT_OF_GROUP = _compile(r"(?:员工|职工|工人|合同工|雇员|人员|名[\u4e00-\u9fff]{0,3}工)中"
                              r"(?:约|近|超过|超|逾|有)?$")
_ZH_PCT_GROUP_CUT = _compile(r"^(?:的人|人|员工)?(?:将|或将|或|会|已|可能)?"
                               r"(?:受到影响|受影响|被裁|遭裁|被优化|被辞退|被解雇|失业|离职|下岗)")


# "这是…此前宣布的到2026年底裁员20%计划的一部分": the share of an earlier, larger plan
_ZH_PCT_EARLIER_PLAN = _compile(r"(?:此前|之前|早前|先前|去年|年初)(?:已)?"
                                r"(?:宣布|公布|披露|提出|启动)的[^，。,；]{0,14}$")


# "中兴通讯裁员人员五分之一来自手机部门", "裁员约3000人,其中1/5将来自…", "被裁员工中七成是…":
# a share of the cut (not "裁减人员20%", the staff's share cut)
_ZH_PCT_OF_CUT = _compile(r"(?:裁员|被裁|裁减|被优化)(?:人员|人数|员工)(?:中|里|当中)$"
                          # "裁员160人,台湾员工占3成": who the cut is made of, by place
                          r"|(?:台湾|香港|大陆|中国|美国|日本|新加坡|本地|海外|当地|国内|外籍)"
                          r"(?:员工|人员|职员)?占(?:比)?(?:约|近|逾|超过)?$")
_ZH_PCT_FROM = _compile(r"^(?:将|或将|会|预计)?来自")


# like "some teams … a third of their staff" in English
# (not "部分部门裁员比例达30%": the corpus labels a share of departments the percent)
_ZH_PCT_SOME_TEAMS = _compile(r"(?:部分|个别|某些|有的|有)(?:团队|组别|小组|组|业务线|岗位)"
                              r"[^，。,；]{0,10}$")


# "遣散全部员工", "解雇全体员工": the whole workforce goes, as with "laying off all staff"
_ZH_ALL_STAFF = _compile(
    r"(?:遣散|解雇|辞退|裁掉|裁撤|开除)(?:了)?(?P<all>(?:全部|所有|全体)(?:员工|职工|雇员))"
    # "将旗下500名员工全数资遣"
    r"|(?:员工|职工|雇员)(?P<all2>全数(?:资遣|遣散|解雇|裁撤|辞退))"
    # "所有员工即时遣散": the whole staff named first
    r"|(?P<all3>(?:全部|所有|全体)(?:员工|职工|雇员)(?:即时|即日|将|已|被|均|都|一律)*"
    r"(?:遣散|资遣|解雇|辞退))")


def workforce_percents_zh(text: str) -> list[WorkforcePercent]:
    out: list[WorkforcePercent] = []
    if ("全" in text or "所有" in text) and (whole := _ZH_ALL_STAFF.search(text)):
        group = next(g for g in ("all", "all2", "all3") if whole.group(g))
        p100 = Percent(100.0, whole.start(group), whole.end(), whole.group(group))
        out.append(WorkforcePercent(p100, f"{p100.text!r}: the whole workforce"))
    for p in find_percents(text, "zh"):
        left = text[max(0, p.start - 14):p.start]
        right = text[p.end:p.end + 10]
        if (_ZH_PCT_FINANCE.search(left) or _ZH_PCT_NOT_PEOPLE_AFTER.match(right)
                or _ZH_PCT_VOLUME_CUT.search(left)):
            continue
        if _ZH_PCT_EARLIER_PLAN.search(text, max(0, p.start - 24), p.start):
            continue
        if _ZH_PCT_SOME_TEAMS.search(text, max(0, p.start - 16), p.start):
            continue  # "部分团队裁员五成", "有组别比例超50%": some teams' share, not the company's
        if _ZH_PCT_OF_CUT.search(left) or _ZH_PCT_FROM.match(right):
            continue
        if m := _ZH_PCT_PEOPLE_AFTER.match(right):
            out.append(WorkforcePercent(p, f"{p.text!r} followed by {m.group(0)!r}"))
        elif m2 := (_ZH_PCT_CUT_BEFORE.search(left)
                    or _ZH_PCT_SHARE.search(text, max(0, p.start - 24), p.start)):
            out.append(WorkforcePercent(p, f"{p.text!r} after {m2.group(0)!r}"))
        elif (m3 := _ZH_PCT_OF_GROUP.search(left)) and _ZH_PCT_GROUP_CUT.match(right):
            out.append(WorkforcePercent(p, f"{p.text!r} after {m3.group(0)!r}"))
    return out


def workforce_percents(text: str, lang: str) -> list[WorkforcePercent]:
    return workforce_percents_zh(text) if lang == "zh" else workforce_percents_en(text)
