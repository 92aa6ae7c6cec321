"""The fitting helpers of bench/fit_compare.py, which write the shipped constants."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from fit_compare import (
    accuracy,
    best_threshold,
    common_words,
    fit_logistic,
    margin,
    plateau_threshold,
    vocabulary,
)


def test_a_single_peak_is_its_own_plateau() -> None:
    scores = [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    gold = [False, False, False, True, True, True]
    assert 30.0 < plateau_threshold(scores, gold, tolerance=0.0) <= 40.0
    assert best_threshold(scores, gold) == 40.0


def test_a_flat_optimum_gives_its_middle_not_an_edge() -> None:
    """Every threshold between the last negative and the first positive is as good:
    the best single one is an edge of that range, which one changed score moves;
    the plateau's middle moves by half as much."""
    gold = [False, False, False, True, True, True]
    middle = plateau_threshold([10.0, 20.0, 30.0, 45.0, 60.0, 70.0], gold, tolerance=0.0)
    assert 37.0 <= middle <= 38.0
    assert best_threshold([10.0, 20.0, 30.0, 45.0, 60.0, 70.0], gold) == 45.0
    nudged = plateau_threshold([10.0, 20.0, 30.0, 41.0, 60.0, 70.0], gold, tolerance=0.0)
    assert 35.0 <= nudged <= 36.0


def test_the_middle_is_never_in_a_dip_between_two_plateaus() -> None:
    scores = [20.0] * 10 + [40.0] * 10 + [80.0] * 10
    gold = [False] * 10 + [True] * 6 + [False] * 4 + [True] * 4 + [False] * 6
    best = max(accuracy([s >= t for s in scores], gold) for t in (20.0, 40.0, 80.0, 90.0))
    chosen = plateau_threshold(scores, gold)
    assert accuracy([s >= chosen for s in scores], gold) >= best - 0.005


def test_no_scores_no_threshold() -> None:
    assert plateau_threshold([], []) == 0.0


def test_word_weights_learn_which_unmatched_words_tell_pairs_apart() -> None:
    # 400 pairs whose one feature says nothing; "and" on one side only comes with
    # non-paraphrases, "said" with paraphrases, "the" with both alike.
    rng = random.Random(7)
    X: list[list[float]] = []
    y: list[float] = []
    words: list[frozenset[str]] = []
    for i in range(400):
        label = float(i % 2)
        pick = {"the"} if rng.random() < 0.5 else set()
        pick.add("said" if label else "and")
        X.append([rng.gauss(0.0, 1.0)])
        y.append(label)
        words.append(frozenset(pick))
    agree, lexical = fit_logistic(X, y, words, ["and", "said", "the"])
    assert lexical["and"] < -1.0 < 1.0 < lexical["said"]
    assert abs(lexical["the"]) < 0.5
    assert len(agree) == 2  # intercept and the one feature
    # The margin reads the mean weight of the pair's listed words.
    both = frozenset({"and", "said", "zebra"})
    assert margin(agree, lexical, [0.0], both) == pytest.approx(
        agree[0] + (lexical["and"] + lexical["said"]) / 2
    )


def test_the_vocabulary_is_common_words_seen_unmatched_often_enough() -> None:
    pairs = [("The deal was signed, and shares rose.", "The deal was signed.", 1.0)] * 5
    pairs += [("Zyzzyva shares rose 42.", "Shares rose.", 0.0)] * 5
    common = common_words(pairs)
    assert "and" in common
    assert "zyzzyva" not in common
    assert "42" not in common
    rows = [frozenset({"and", "zyzzyva", "42"})] * 5 + [frozenset({"rare"})] * 4
    assert vocabulary(rows, common | {"rare"}) == ["and"]
