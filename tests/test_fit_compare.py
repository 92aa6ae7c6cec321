"""The fitting helpers of bench/fit_compare.py, which write the shipped constants."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from fit_compare import accuracy, best_threshold, plateau_threshold


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
