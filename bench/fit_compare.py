"""Fit the sentence-comparison constants and write briefing_tui/analysis/_fitted.py.

    python bench/fit_compare.py           # fit on all rows, print CV figures, write the file
    python bench/fit_compare.py --check   # fit and print, but write nothing

What is fitted, over thousands of rows and never per row (a word's weight over the
five or more pairs it is one side's only in):

* ``SCORE``: a least-squares line from the features to the STS-B gold score (0-5),
  fitted on stsb_dev.tsv (1,500 pairs);
* ``AGREE``: a logistic regression from the same features to the MRPC paraphrase
  label, fitted on mrpc_train.tsv (4,076 pairs);
* ``LEXICAL``: fitted jointly with ``AGREE``, a weight for each common English word
  (:data:`LEXICAL_ZIPF`) that is one sentence's and not the other's in at least
  :data:`LEXICAL_MIN_PAIRS` training pairs; the model reads the mean weight of a
  pair's such words, so that each word's input is 1 / their number: what "and",
  "but", "not" or "will" on one side only says about a pair;
* ``DIFFER_MIN_SCORE``: the score above which a pair shares a point, the middle of
  the thresholds that best separate STS-B gold scores of 2 and more ("share some
  details") from the rest (:func:`plateau_threshold`).

The logistic model, with its hundreds of word weights, is fitted with numpy
(installed with the test dependencies; the package itself does not need it); the
rest is pure Python.  The helpers here are shared with bench_pairs.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
from _shared import REPO, shared_path

sys.path.insert(0, str(REPO))

from briefing_tui.analysis.compare import (
    FEATURES,
    Profile,
    measure,
    profile,
    unmatched_words,
    word_margin,
)
from briefing_tui.analysis.normalise import tokenize
from briefing_tui.analysis.wordlist import general_frequencies

FITTED = REPO / "briefing_tui" / "analysis" / "_fitted.py"
FOLDS = 10
SHARES_DETAILS = 2.0
"""STS-B gold score from which two sentences share a point (2 = "share some details")."""

LEXICAL_MIN_PAIRS = 5
"""A word gets a weight of its own when it is one side's only in this many training pairs."""
LEXICAL_ZIPF = 5.0
"""...and is this common in English (wordfreq's Zipf scale: 100 times per million
words), so that the weights say how a sentence is built ("and", "but", "not",
"will", "said", "yesterday") rather than what MRPC's news was about."""

Pair = tuple[str, str, float]
Matrix = list[list[float]]
Words = list[frozenset[str]]


def read_pairs(name: str, label: int) -> list[Pair]:
    """Rows of a shared pair file as ``(sentence1, sentence2, label)``."""
    path = shared_path("pairs", name)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(row[3], row[4], float(row[label])) for row in rows[1:]]


def mrpc() -> list[Pair]:
    """MRPC training pairs, labelled 1 (paraphrase) or 0."""
    return read_pairs("mrpc_train.tsv", 0)


def stsb() -> list[Pair]:
    """STS-B development pairs, with gold scores from 0 to 5."""
    return read_pairs("stsb_dev.tsv", 2)


def stsb_sources() -> list[str]:
    """The source (MSRpar, headlines, ...) of each STS-B development pair, in order."""
    path = shared_path("pairs", "stsb_dev.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row[1] for row in rows[1:]]


def profiles(pairs: Sequence[Pair]) -> list[tuple[Profile, Profile]]:
    """Each pair's two sentences, tokenised and profiled with the default weights."""
    return [(profile(tokenize(a)), profile(tokenize(b))) for a, b, _ in pairs]


def feature_rows(pairs: Sequence[Pair]) -> Matrix:
    """The comparison features of every pair."""
    return [list(measure(a, b)[0]) for a, b in profiles(pairs)]


def word_rows(pairs: Sequence[Pair]) -> Words:
    """The words (norms) that one sentence of each pair has and the other lacks."""
    return [unmatched_words(a, b) for a, b in profiles(pairs)]


def common_words(pairs: Sequence[Pair]) -> frozenset[str]:
    """The norms of the pairs' words that are common in English (:data:`LEXICAL_ZIPF`).

    A norm is as common as the commonest of the spellings it stands for here
    ("said" for "say"); numbers and words with digits have no weight of their own.
    """
    frequency = general_frequencies()
    best: dict[str, float] = {}
    for a, b, _ in pairs:
        for token in (*tokenize(a), *tokenize(b)):
            seen = frequency.get(token.text.lower(), 0.0)
            if seen > best.get(token.norm, 0.0):
                best[token.norm] = seen
    least = 10.0 ** (LEXICAL_ZIPF - 9.0)
    return frozenset(norm for norm, seen in best.items() if norm.isalpha() and seen >= least)


def vocabulary(words: Words, common: frozenset[str]) -> list[str]:
    """The common words one side only has in at least :data:`LEXICAL_MIN_PAIRS` pairs."""
    counts = Counter(word for row in words for word in row if word in common)
    return sorted(word for word, count in counts.items() if count >= LEXICAL_MIN_PAIRS)


# --- statistics -------------------------------------------------------------------------


def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties sharing the average of the ranks they span."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's correlation coefficient."""
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else 0.0


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson's over average ranks)."""
    return pearson(ranks(x), ranks(y))


def accuracy(predicted: Sequence[bool], gold: Sequence[bool]) -> float:
    """The share of predictions that match."""
    return sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> float:
    """The threshold ``t`` for which ``score >= t`` best matches ``gold``."""
    pairs = sorted(zip(scores, gold, strict=True))
    correct = sum(1 for _, g in pairs if not g)  # threshold above every score
    best, best_correct = math.inf, correct
    for i in range(len(pairs) - 1, -1, -1):
        correct += 1 if pairs[i][1] else -1  # pairs[i] now counts as positive
        if (i == 0 or pairs[i - 1][0] != pairs[i][0]) and correct > best_correct:
            best, best_correct = pairs[i][0], correct
    return best


PLATEAU = 0.005
"""How far below the best accuracy a threshold may fall and still be on its plateau."""


def plateau_threshold(
    scores: Sequence[float], gold: Sequence[bool], tolerance: float = PLATEAU, step: float = 0.25
) -> float:
    """The middle one of the thresholds (on a grid of ``step`` over 0-100) whose
    accuracy is within ``tolerance`` of the best.

    Where accuracy is flat over a wide range, as STS-B's is around "share some
    details" (within half a point from 32 to 42), its single best threshold jumps
    across the range when a feature changes (33 with one set of features, 40.5
    with one more); the middle of the plateau stays put (36 to 37.5).  The middle
    is one of those thresholds (the lower median), so it is never in a dip between
    two near-best ranges.
    """
    if not scores:
        return 0.0
    grid = [i * step for i in range(int(100 / step) + 1)]
    accuracies = [accuracy([score >= t for score in scores], gold) for t in grid]
    best = max(accuracies)
    near = [t for t, found in zip(grid, accuracies, strict=True) if found >= best - tolerance]
    return near[(len(near) - 1) // 2]


def folds(count: int, k: int = FOLDS, seed: int = 0) -> list[list[int]]:
    """``k`` disjoint, shuffled folds of ``range(count)``."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


# --- fitting ----------------------------------------------------------------------------


def _solve(matrix: Matrix, vector: list[float]) -> list[float]:
    """Solve ``matrix @ x = vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n + 1):
                rows[r][c] -= factor * rows[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (rows[i][n] - sum(rows[i][c] * x[c] for c in range(i + 1, n))) / rows[i][i]
    return x


def _weighted_normal(
    X: Matrix, weights: Sequence[float], targets: Sequence[float], ridge: float
) -> tuple[Matrix, list[float]]:
    """``X'WX + ridge`` (intercept unpenalised) and ``X'W t``, with a bias column."""
    n = len(X[0]) + 1
    gram = [[0.0] * n for _ in range(n)]
    moment = [0.0] * n
    for row, weight, target in zip(X, weights, targets, strict=True):
        full = [1.0, *row]
        for i in range(n):
            wi = weight * full[i]
            moment[i] += wi * target
            gram_i = gram[i]
            for j in range(i, n):
                gram_i[j] += wi * full[j]
    for i in range(n):
        for j in range(i):
            gram[i][j] = gram[j][i]
        if i:
            gram[i][i] += ridge
    return gram, moment


def predict(coefficients: Sequence[float], row: Sequence[float]) -> float:
    """``coefficients[0] + coefficients[1:] · row``."""
    return coefficients[0] + sum(c * v for c, v in zip(coefficients[1:], row, strict=True))


def fit_linear(X: Matrix, y: Sequence[float], ridge: float = 1e-3) -> list[float]:
    """Least squares with a bias term and a whisper of ridge for stability."""
    gram, moment = _weighted_normal(X, [1.0] * len(X), y, ridge)
    return _solve(gram, moment)


def standardise(X: Matrix) -> tuple[Matrix, list[float], list[float]]:
    """``X`` with every column scaled to mean 0 and standard deviation 1, and the scaling."""
    n = len(X)
    means = [sum(column) / n for column in zip(*X, strict=True)]
    spreads = [
        math.sqrt(sum((v - mean) ** 2 for v in column) / n) or 1.0
        for column, mean in zip(zip(*X, strict=True), means, strict=True)
    ]
    scaled = [
        [(v - mean) / spread for v, mean, spread in zip(row, means, spreads, strict=True)]
        for row in X
    ]
    return scaled, means, spreads


def fit_logistic(
    X: Matrix,
    y: Sequence[float],
    words: Words | None = None,
    vocabulary: Sequence[str] = (),
    ridge: float = 1.0,
) -> tuple[list[float], dict[str, float]]:
    """Logistic regression with an L2 penalty on standardised features, and word weights.

    The penalty treats every feature alike only when they share a scale, so the
    model is fitted on standardised features and its coefficients are mapped back
    to the raw ones, which is what ``compare.judge`` multiplies.  Each word of
    ``vocabulary`` is one more input, 1 / n when it is one of the n vocabulary
    words in the pair's ``words``, else 0, so that the model reads their mean
    weight; it is penalised alike, and its weight is returned by word.
    """
    scaled, means, spreads = standardise(X)
    index = {word: i for i, word in enumerate(vocabulary)}
    present = np.zeros((len(X), len(vocabulary)))
    for r, row in enumerate(words if words is not None else []):
        found = [index[word] for word in row if word in index]
        for column in found:
            present[r, column] = 1.0 / len(found)
    fitted = _fit_logistic_raw(np.hstack([np.asarray(scaled), present]), y, ridge)
    n = len(means)
    raw = [float(c) / spread for c, spread in zip(fitted[1 : n + 1], spreads, strict=True)]
    intercept = float(fitted[0]) - sum(c * mean for c, mean in zip(raw, means, strict=True))
    # Every word of the vocabulary is kept, its weight however small: the mean is
    # taken over the words a pair has that the table lists.
    lexical = {
        word: round(float(w), 5) for word, w in zip(vocabulary, fitted[n + 1 :], strict=True)
    }
    return [intercept, *raw], lexical


def _fit_logistic_raw(X: np.ndarray, y: Sequence[float], ridge: float) -> np.ndarray:
    """Logistic regression by Newton's method, every coefficient but the intercept
    penalised by ``ridge``."""
    rows, columns = X.shape
    design = np.hstack([np.ones((rows, 1)), X])
    penalty = np.full(columns + 1, ridge)
    penalty[0] = 0.0
    target = np.asarray(y, dtype=float)
    coefficients = np.zeros(columns + 1)
    for _ in range(50):
        margins = np.clip(design @ coefficients, -30.0, 30.0)
        p = 1.0 / (1.0 + np.exp(-margins))
        weights = np.maximum(p * (1.0 - p), 1e-9)
        hessian = (design * weights[:, None]).T @ design + np.diag(penalty)
        gradient = design.T @ (target - p) - penalty * coefficients
        step = np.linalg.solve(hessian, gradient)
        coefficients = coefficients + step
        if float(np.max(np.abs(step))) < 1e-9:
            break
    return coefficients


def cross_validate(
    count: int, evaluate: Callable[[list[int], list[int]], None], k: int = FOLDS
) -> None:
    """Call ``evaluate(train, test)`` for each of ``k`` folds."""
    for test in folds(count, k):
        held = set(test)
        evaluate([i for i in range(count) if i not in held], test)


def fit_all(
    mrpc_X: Matrix,
    mrpc_y: Sequence[float],
    sts_X: Matrix,
    sts_y: Sequence[float],
    mrpc_words: Words | None = None,
    common: frozenset[str] = frozenset(),
) -> tuple[list[float], list[float], float, dict[str, float]]:
    """Fit ``SCORE``, ``AGREE``, ``DIFFER_MIN_SCORE`` and ``LEXICAL`` on the given rows.

    The word weights are fitted only when ``mrpc_words`` (the rows' unmatched words)
    is given; their vocabulary comes from these rows alone.
    """
    score = fit_linear(sts_X, sts_y)
    words = mrpc_words if mrpc_words is not None else [frozenset()] * len(mrpc_X)
    agree, lexical = fit_logistic(mrpc_X, mrpc_y, words, vocabulary(words, common))
    scores = [min(100.0, max(0.0, 20.0 * predict(score, row))) for row in sts_X]
    differ = plateau_threshold(scores, [gold >= SHARES_DETAILS for gold in sts_y])
    return score, agree, differ, lexical


def margin(
    agree: Sequence[float],
    lexical: Mapping[str, float],
    row: Sequence[float],
    words: frozenset[str],
) -> float:
    """The logistic model's margin for one pair: paraphrase when positive."""
    return predict(agree, row) + word_margin(lexical, words)


def _tuple(values: Sequence[float]) -> str:
    """A tuple literal, one coefficient a line, named by the feature it multiplies."""
    lines = [f"    {values[0]:+.5f},  # intercept"]
    lines += [f"    {v:+.5f},  # {name}" for v, name in zip(values[1:], FEATURES, strict=True)]
    return "(\n" + "\n".join(lines) + "\n)"


def _words(lexical: Mapping[str, float]) -> str:
    """A dict literal, one word a line, in alphabetical order."""
    lines = [f"    {json.dumps(word)}: {weight:+.5f}," for word, weight in sorted(lexical.items())]
    return "{\n" + "\n".join(lines) + "\n}"


def write(
    score: Sequence[float],
    agree: Sequence[float],
    differ: float,
    lexical: Mapping[str, float],
    path: Path,
) -> None:
    """Write the fitted constants as a Python module."""
    path.write_text(
        '"""Constants fitted by ``python bench/fit_compare.py``: do not edit by hand.\n\n'
        "``SCORE`` maps the features of ``compare.measure`` to the STS scale (0-5) by\n"
        "least squares on STS-B dev; ``AGREE`` is a logistic regression on MRPC train\n"
        "(agree when positive), to whose margin is added the mean ``LEXICAL`` weight\n"
        "of the words (norms) that only one of the two sentences has and it lists;\n"
        "``DIFFER_MIN_SCORE`` is the score from which a pair shares a point (STS-B\n"
        'gold >= 2).  See docs/matching.md.\n"""\n\n'
        f"SCORE = {_tuple(score)}\n\n"
        f"AGREE = {_tuple(agree)}\n\n"
        f"DIFFER_MIN_SCORE = {differ:.2f}\n\n"
        f"LEXICAL: dict[str, float] = {_words(lexical)}\n",
        encoding="utf-8",
    )


def main() -> None:
    """Fit on all rows, report 10-fold cross-validated figures, write _fitted.py."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print figures, write nothing")
    args = parser.parse_args()

    mrpc_rows, sts_rows = mrpc(), stsb()
    mrpc_X, sts_X = feature_rows(mrpc_rows), feature_rows(sts_rows)
    mrpc_words, common = word_rows(mrpc_rows), common_words(mrpc_rows)
    mrpc_y = [label for _, _, label in mrpc_rows]
    sts_y = [gold for _, _, gold in sts_rows]

    held_scores = [0.0] * len(sts_X)

    def score_fold(train: list[int], test: list[int]) -> None:
        line = fit_linear([sts_X[i] for i in train], [sts_y[i] for i in train])
        for i in test:
            held_scores[i] = min(5.0, max(0.0, predict(line, sts_X[i])))

    held_agree = [False] * len(mrpc_X)

    def agree_fold(train: list[int], test: list[int]) -> None:
        words = [mrpc_words[i] for i in train]
        model, lexical = fit_logistic(
            [mrpc_X[i] for i in train],
            [mrpc_y[i] for i in train],
            words,
            vocabulary(words, common),
        )
        for i in test:
            held_agree[i] = margin(model, lexical, mrpc_X[i], mrpc_words[i]) >= 0.0

    cross_validate(len(sts_X), score_fold)
    cross_validate(len(mrpc_X), agree_fold)
    print(f"STS-B Spearman, {FOLDS}-fold CV: {spearman(held_scores, sts_y):.4f}")
    gold = [label > 0.5 for label in mrpc_y]
    print(f"MRPC accuracy (logistic alone), {FOLDS}-fold CV: {accuracy(held_agree, gold):.4f}")

    score, agree, differ, lexical = fit_all(mrpc_X, mrpc_y, sts_X, sts_y, mrpc_words, common)
    print(
        "SCORE ", " ".join(f"{name}={v:+.3f}" for name, v in zip(FEATURES, score[1:], strict=True))
    )
    print(
        "AGREE ", " ".join(f"{name}={v:+.3f}" for name, v in zip(FEATURES, agree[1:], strict=True))
    )
    print(f"DIFFER_MIN_SCORE {differ:.2f}")
    ranked = sorted(lexical.items(), key=lambda item: item[1])
    print(f"LEXICAL: {len(lexical)} words; most against a paraphrase:")
    print("  " + ", ".join(f"{word} {weight:+.2f}" for word, weight in ranked[:15]))
    print("  most for one: " + ", ".join(f"{word} {weight:+.2f}" for word, weight in ranked[-15:]))
    if not args.check:
        write(score, agree, differ, lexical, FITTED)
        print(f"wrote {FITTED.relative_to(REPO)}")


if __name__ == "__main__":
    main()
