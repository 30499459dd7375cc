"""The word model: a second opinion on the rules, learnt from the labelled corpus.

The cue rules generalise poorly to phrasing they were not written for: on
three fresh held-out sets, rules tuned on one set fixed that set and nothing in
the next. A logistic regression over the words of the item (English words and
word pairs; Chinese characters and character pairs) knows the whole corpus at
once, and it errs on different items than the rules do. The detector keeps the
rules' decision unless the model is confident the other way (see
`Detector._second_opinion`), which on three held-out sets, each judged by a
model trained without it, removed 19 of 47 English errors and 12 of 41 Chinese.

Weights live in data/wordmodel.json, written by `python -m detect.wordtrain`
from tests/data/corpus. Inference is a dictionary lookup per feature: the
model is TF-IDF weighted (1 + ln tf, smoothed idf, L2-normalised, as in
scikit-learn's TfidfVectorizer) so a long summary does not outvote its title.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import Any

from detect.hanzi import ascii_lower, normalise

# English: words (with their apostrophe suffix), numbers as one shape ("0"), and
# "?" because a question headline is a different kind of story.
_EN_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|0|\?")
# Chinese: every CJK character, ASCII words, numbers as one shape, and the
# punctuation that carries meaning (questions, quotes around a rebuttal).
_ZH_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[a-z]+|0|[?？「」“”:：]")
_NUMBER = re.compile(r"\d[\d,.]*")


def _tokens(text: str, lang: str, normalised: bool) -> list[str]:
    folded = _NUMBER.sub("0", ascii_lower(text if normalised else normalise(text)))
    return (_EN_TOKEN if lang == "en" else _ZH_TOKEN).findall(folded)


def features(title: str, summary: str, lang: str, normalised: bool = False) -> Counter[str]:
    """Unigram and adjacent-pair counts of title and summary (pairs never span the two).

    `normalised`: the text has been through hanzi.normalise already (the detector's has).
    """
    # str.join over each pair runs in C: the same strings as a + joiner + b, a loop fewer
    return _counted(title, summary, lang, normalised, " ".join if lang == "en" else "".join)


def _counted(title: str, summary: str, lang: str, normalised: bool,
             pair: Callable[[tuple[str, str]], str] | None) -> Counter[Any]:
    """Unigrams and adjacent pairs of title and summary, each pair spelled by `pair` (None:
    the pair's tuple itself)."""
    feats: list[Any] = []
    for text in (title, summary):
        toks = _tokens(text, lang, normalised)
        feats += toks
        feats += pairwise(toks) if pair is None else map(pair, pairwise(toks))
    return Counter(feats)


# A feature as the model looks it up: an English word pair is the tuple of its two words
Feature = str | tuple[str, str]


def _keyed_features(title: str, summary: str, lang: str, normalised: bool) -> Counter[Feature]:
    """`features`, an English pair as its (word, word) tuple rather than "word word": no
    string built and hashed per pair (a tuple hashes its words' hashes, already known).
    English words hold no space, so "a b" <-> ("a", "b") is one to one and the counts, in
    the same order, are those of `features`. (Chinese pairs are joined without a
    separator, and "a"+"bc" is "ab"+"c": they stay strings.)"""
    return _counted(title, summary, lang, normalised, None if lang == "en" else "".join)


def _key(feature: str) -> Feature:
    """A vocabulary entry as `_keyed_features` spells it."""
    a, space, b = feature.partition(" ")
    return (a, b) if space and " " not in b else feature


def _name(feature: Feature) -> str:
    return feature if isinstance(feature, str) else " ".join(feature)


@dataclass(frozen=True)
class Opinion:
    """P(layoff) for one item, and the features that moved it most."""

    probability: float
    leading: tuple[tuple[str, float], ...]  # (feature, contribution to the log-odds), largest first


class WordModel:
    """Logistic regression over TF-IDF features, one per language."""

    def __init__(self, weights: dict[str, dict[str, object]]) -> None:
        self._langs: dict[str, tuple[dict[Feature, tuple[float, float]], float]] = {}
        for lang, spec in weights.items():
            vocab = spec["vocab"]
            assert isinstance(vocab, dict)
            bias = spec["bias"]
            assert isinstance(bias, (int, float))
            key = _key if lang == "en" else str
            self._langs[lang] = ({key(f): (float(iw[0]), float(iw[1]))
                                  for f, iw in vocab.items()}, float(bias))

    @classmethod
    def bundled(cls) -> WordModel:
        """The model shipped in detect/data, loaded once per process (~20 ms)."""
        global _BUNDLED
        if _BUNDLED is None:
            text = resources.files("detect").joinpath("data/wordmodel.json").read_text("utf-8")
            _BUNDLED = cls(json.loads(text)["languages"])
        return _BUNDLED

    def opinion(self, title: str, summary: str, lang: str, explain: int = 0,
                normalised: bool = False) -> Opinion:
        """P(layoff) for this title and summary; `explain` names that many leading features."""
        vocab, bias = self._langs[lang]
        counts = _keyed_features(title, summary, lang, normalised)
        if explain:
            return self._explained(counts, vocab, bias, explain)
        # The hot path, asked for ~half the items: no per-feature `explain` test, and a
        # feature seen once (~85 % of them) weighs its idf, so w·w and w·coef are idf·idf
        # and idf·coef (the same products, hence the same sums, in the same order).
        get = vocab.get
        log = math.log
        norm = dot = 0.0
        for feat, tf in counts.items():
            known = get(feat)
            if known is None:
                continue
            idf, coef = known
            if tf == 1:
                norm += idf * idf
                dot += idf * coef
            else:
                w = (1.0 + log(tf)) * idf
                norm += w * w
                dot += w * coef
        norm = math.sqrt(norm) or 1.0
        return Opinion(1.0 / (1.0 + math.exp(-(bias + dot / norm))), ())

    @staticmethod
    def _explained(counts: Counter[Feature], vocab: dict[Feature, tuple[float, float]],
                   bias: float, explain: int) -> Opinion:
        """`opinion` with the `explain` leading features (the same sums as its hot path)."""
        weighted: list[tuple[Feature, float]] = []
        norm = dot = 0.0
        for feat, tf in counts.items():
            known = vocab.get(feat)
            if known is None:
                continue
            idf, coef = known
            w = idf if tf == 1 else (1.0 + math.log(tf)) * idf
            norm += w * w
            dot += w * coef
            weighted.append((feat, w * coef))
        norm = math.sqrt(norm) or 1.0
        logit = bias + dot / norm
        weighted.sort(key=lambda fc: -abs(fc[1]))
        leading = tuple((_name(f), round(c / norm, 2)) for f, c in weighted[:explain])
        return Opinion(1.0 / (1.0 + math.exp(-logit)), leading)


_BUNDLED: WordModel | None = None
