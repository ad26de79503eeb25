"""eval/compare_sealed.py: outcomes from the evaluation's points, and the paired interval."""

from __future__ import annotations

import argparse

import numpy as np
import pytest

cs = pytest.importorskip("eval.compare_sealed")


def test_outcomes_count_as_score_sealed_does():
    points = [
        (0.9, False, True, False),  # answered right
        (0.8, False, False, False),  # answered wrong
        (0.1, True, False, False),  # answerable, refused: missed
        (0.1, True, True, True),  # near miss refused: right
        (0.7, False, False, True),  # near miss answered: wrong
    ]
    o = cs.outcomes(points)
    assert o.tolist() == [cs.RIGHT, cs.WRONG, cs.MISSED, cs.RIGHT, cs.WRONG]
    assert cs.counts(o) == "2 / 2 / 1 (+0)"


def test_the_paired_interval_holds_the_difference_and_narrows_with_agreement():
    rng = np.random.default_rng(0)
    noisy = [rng.choice([-2, -1, 0, 1, 2], size=200) for _ in range(3)]
    lo, hi = cs.paired_interval(noisy, 4000, seed=1)
    total = sum(int(d.sum()) for d in noisy)
    assert lo < total < hi
    assert cs.paired_interval([np.zeros(200, dtype=int)], 1000, seed=1) == (0.0, 0.0)
    # a model better on one question in ten, the same elsewhere: the interval excludes zero
    better = [np.where(np.arange(230) % 10 == 0, 1, 0) for _ in range(3)]
    assert cs.paired_interval(better, 4000, seed=1)[0] > 0
    # the same seed, the same interval
    assert cs.paired_interval(noisy, 500, seed=3) == cs.paired_interval(noisy, 500, seed=3)


def test_a_set_is_given_as_gold_and_index():
    s = cs.parse_set("eval/heldout21/gold.jsonl:eval/out/heldout21_index")
    assert s.name == "heldout21" and s.index_dir.name == "heldout21_index"
    with pytest.raises(argparse.ArgumentTypeError, match="GOLD:INDEX_DIR"):
        cs.parse_set("eval/heldout21/gold.jsonl")


def test_slices_split_by_language_and_kind():
    from types import SimpleNamespace as NS

    gold = [
        NS(lang="zh", unanswerable=False),
        NS(lang="en", unanswerable=True),
        NS(lang="en", unanswerable=False),
    ]
    got = {k: v.tolist() for k, v in cs.slices(gold).items()}
    assert got == {
        "zh answerable": [True, False, False],
        "en answerable": [False, False, True],
        "zh near misses": [False, False, False],
        "en near misses": [False, True, False],
    }
