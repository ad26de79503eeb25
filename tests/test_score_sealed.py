"""The sealed-set scorer's outcome counts (eval/score_sealed.py): what a user got, from the
aggregate figures alone."""

from __future__ import annotations

import pytest

ss = pytest.importorskip("eval.score_sealed")


def test_outcomes_split_every_question_into_right_wrong_and_missed():
    # 10 answerable: 6 correct, 1 refused, 3 answered wrongly; 4 unanswerable: 3 refused, 1 answered
    v = {"n": 10, "accuracy": 0.6, "wrongly_refused": 0.1, "n_unanswerable": 4, "unanswerable_refused": 0.75}
    assert ss.outcomes(v) == {"right": 9, "wrong": 4, "missed": 1, "questions": 14}


def test_outcomes_of_a_slice_without_unanswerable_questions():
    v = {"n": 3, "accuracy": 1 / 3, "wrongly_refused": 0.0}
    assert ss.outcomes(v) == {"right": 1, "wrong": 2, "missed": 0, "questions": 3}
