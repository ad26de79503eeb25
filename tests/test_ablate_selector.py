"""The ablation script (eval/ablate_selector.py): outcomes counted as compare_sealed counts them, and
an arm without the feature that tells the answer apart scores worse, on tiny synthetic fit data."""

from __future__ import annotations

import numpy as np
import pytest

from cbec_rag.generate import features

ab = pytest.importorskip("eval.ablate_selector")


def _question(qid: str, domain: str, answerable: bool, rng: np.random.Generator):
    """Four candidates; where answerable, the first holds the answer and has the high ``cover``."""
    X = np.zeros((4, len(features.NAMES)), dtype=np.float32)
    X[:, features.INDEX["cover"]] = rng.uniform(0.0, 0.3, 4)
    X[:, features.INDEX["bm25"]] = rng.uniform(0.0, 1.0, 4)  # noise
    y = np.zeros(4, dtype=np.int8)
    texts = ["filler a", "filler b", "filler c", "filler d"]
    if answerable:
        at = int(rng.integers(0, 4))
        X[at, features.INDEX["cover"]] = rng.uniform(0.7, 1.0)
        y[at] = 1
        texts[at] = "the answer"
    return ab.Question(qid, domain, answerable, X, y, texts, [frozenset({"w"})] * 4, [["answer"]], doc=qid)


@pytest.mark.parametrize(
    ("answerable", "chosen", "expected"),
    [
        (True, [0], 1),  # holds every answer group
        (True, [1], -1),  # answered without it
        (True, [], 0),  # refused: missed
        (False, [], 1),  # a near miss refused
        (False, [1], -1),  # a near miss answered
    ],
)
def test_outcomes_are_counted_as_compare_sealed_counts_them(answerable, chosen, expected):
    q = ab.Question(
        "q", "policy", answerable, np.zeros((2, 1)), np.zeros(2), ["the answer", "other"], [], [["answer"]]
    )
    assert ab.outcome(q, chosen) == expected


def test_an_arm_without_the_telling_feature_scores_worse():
    rng = np.random.default_rng(0)
    qs = [_question(f"{d}{i}", d, i % 4 != 0, rng) for d in ("gold", "policy", "policy2") for i in range(40)]
    fold = [i % 5 for i in range(len(qs))]
    names = ["cover", "bm25"]
    common = {
        "candidate": "logistic",
        "head_model": "logistic",
        "share": 0.05,
        "ratio": 1.01,
        "kw": {"gold_weight": 3.0, "C": 1.0, "seed": 0, "foreign_all": False},
    }
    head = ["lead_logit", "second_gap", "lead_cover"]
    full = ab.arm(qs, fold, names, head, **common)
    ablated = ab.arm(qs, fold, ["bm25"], ["lead_logit", "second_gap"], **common)
    assert set(full.outcome) == {q.qid for q in qs}  # every written question scored, out of fold
    assert full.top1 > 0.9 and ablated.top1 < 0.6
    r_full, w_full, _ = full.counts()
    r_abl, w_abl, _ = ablated.counts()
    assert r_full - w_full > r_abl - w_abl


def test_questions_made_from_others_are_not_scored():
    rng = np.random.default_rng(1)
    made = _question("policy1#year", "policy", False, rng)
    mrc = _question("mrc1", "mrc", True, rng)
    assert not ab.written(made) and not ab.written(mrc)
    assert ab.written(_question("policy1", "policy", True, rng))
