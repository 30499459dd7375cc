"""Training the word model from labelled JSONL items: `python -m detect.wordtrain`.

Writes detect/data/wordmodel.json from tests/data/corpus/*.jsonl (never from
tests/data/holdout, which exists to measure the model on items it has not
seen). Pure Python, deterministic: L2-regularised logistic regression, the
objective scikit-learn's LogisticRegression(C=…) minimises, solved by L-BFGS.
About 80 s for the bundled corpus (10,559 items).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from backtest import load_items
from detect.detector import prepare_text
from detect.wordmodel import features

logger = logging.getLogger(__name__)

C = 16.0      # inverse regularisation strength; 4–64 all did about as well on held-out sets
MIN_DF = 2    # a feature seen in one item only is that item's, not the language's
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
DEFAULT_OUT = Path(__file__).resolve().parent / "data" / "wordmodel.json"

Row = list[tuple[int, float]]


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*.jsonl"))


def corpus_digest(files: Iterable[Path]) -> str:
    """sha256 over the files' bytes in name order: tells whether the model is stale."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def _vectorise(docs: Sequence[dict[str, int]], min_df: int
               ) -> tuple[list[str], list[float], list[Row]]:
    df: dict[str, int] = {}
    for doc in docs:
        for feat in doc:
            df[feat] = df.get(feat, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= min_df)
    index = {f: j for j, f in enumerate(vocab)}
    n = len(docs)
    idf = [math.log((1 + n) / (1 + df[f])) + 1.0 for f in vocab]
    rows: list[Row] = []
    for doc in docs:
        row = [(index[f], (1.0 + math.log(tf)) * idf[index[f]]) for f, tf in doc.items()
               if f in index]
        norm = math.sqrt(sum(x * x for _, x in row)) or 1.0
        rows.append(sorted((j, x / norm) for j, x in row))
    return vocab, idf, rows


def _loss_grad(w: list[float], rows: Sequence[Row], ys: Sequence[int], c: float
               ) -> tuple[float, list[float]]:
    """0.5·|w|² + C·Σ log(1 + e^(−y·z)); the last weight is the bias, left unpenalised."""
    dim = len(w) - 1
    bias = w[dim]
    grad = w[:dim] + [0.0]
    loss = 0.5 * sum(x * x for x in w[:dim])
    for row, y in zip(rows, ys, strict=True):
        z = bias + sum(w[j] * x for j, x in row)
        m = -y * z
        # log(1 + e^m) without overflow either way
        loss += c * (m + math.log1p(math.exp(-m)) if m > 0 else math.log1p(math.exp(m)))
        g = -y * c / (1.0 + math.exp(-m)) if m > -700 else 0.0
        for j, x in row:
            grad[j] += g * x
        grad[dim] += g
    return loss, grad


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def _lbfgs(rows: Sequence[Row], ys: Sequence[int], dim: int, c: float,
           max_iter: int = 1000, tol: float = 1e-5, memory: int = 10) -> list[float]:
    w = [0.0] * (dim + 1)
    loss, grad = _loss_grad(w, rows, ys, c)
    history: list[tuple[list[float], list[float], float]] = []
    it = 0
    for it in range(max_iter):  # noqa: B007 - logged after the loop
        if max(abs(g) for g in grad) < tol * max(1.0, c):
            break
        # two-loop recursion: direction = −H·grad
        q = grad[:]
        alphas = []
        for s, yv, rho in reversed(history):
            a = rho * _dot(s, q)
            alphas.append(a)
            q = [qi - a * yi for qi, yi in zip(q, yv, strict=True)]
        if history:
            s, yv, _ = history[-1]
            gamma = _dot(s, yv) / _dot(yv, yv)
            q = [gamma * qi for qi in q]
        for (s, yv, rho), a in zip(history, reversed(alphas), strict=True):
            b = rho * _dot(yv, q)
            q = [qi + (a - b) * si for qi, si in zip(q, s, strict=True)]
        direction = [-qi for qi in q]
        slope = _dot(grad, direction)
        if slope >= 0:  # not a descent direction: restart from steepest descent
            history.clear()
            direction = [-g for g in grad]
            slope = -_dot(grad, grad)
        step = 1.0 if history else 1.0 / max(1.0, math.sqrt(-slope))
        while True:
            trial = [wi + step * di for wi, di in zip(w, direction, strict=True)]
            new_loss, new_grad = _loss_grad(trial, rows, ys, c)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-12:
                break
            step /= 2
        s = [t - wi for t, wi in zip(trial, w, strict=True)]
        yv = [ng - g for ng, g in zip(new_grad, grad, strict=True)]
        sy = _dot(s, yv)
        if sy > 1e-12:
            history.append((s, yv, 1.0 / sy))
            del history[:-memory]
        w, loss, grad = trial, new_loss, new_grad
    logger.info("L-BFGS stopped after %d iterations, loss %.4f", it, loss)
    return w


def documents(items: Sequence[dict[str, Any]], lang: str) -> tuple[list[dict[str, int]],
                                                                   list[int]]:
    """Feature counts and ±1 labels of the items in `lang`, read as the detector reads them
    (the text it shows the model, in the language it picks), so training sees what
    inference will."""
    docs: list[dict[str, int]] = []
    ys: list[int] = []
    for it in items:
        title, summary, picked = prepare_text(str(it["title"]), str(it.get("summary") or ""),
                                              str(it.get("lang") or "") or None)
        if picked == lang:
            docs.append(features(title, summary, lang, normalised=True))
            ys.append(1 if it["label"] == "layoff" else -1)
    return docs, ys


def train_language(items: Sequence[dict[str, Any]], lang: str, c: float = C,
                   min_df: int = MIN_DF) -> dict[str, object]:
    """One language's model: {"bias": b, "vocab": {feature: [idf, coefficient]}}."""
    docs, ys = documents(items, lang)
    vocab, idf, rows = _vectorise(docs, min_df)
    w = _lbfgs(rows, ys, len(vocab), c)
    return {"bias": round(w[-1], 5),
            "vocab": {f: [round(idf[j], 5), round(w[j], 5)] for j, f in enumerate(vocab)}}


def train(files: Sequence[Path], c: float = C, min_df: int = MIN_DF) -> dict[str, object]:
    items = load_items(files)
    return {
        "trained_on": [f.name for f in files],
        "corpus_sha256": corpus_digest(files),
        "items": len(items),
        "C": c,
        "min_df": min_df,
        "languages": {lang: train_language(items, lang, c, min_df) for lang in ("en", "zh")},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m detect.wordtrain", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder of labelled *.jsonl (default: tests/data/corpus)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("-C", type=float, default=C)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = train(corpus_files(args.corpus), args.C)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"),
                                   sort_keys=True) + "\n", encoding="utf-8")
    logger.info("wrote %s: %d items", args.out, model["items"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
