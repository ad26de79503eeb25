"""eval/confidence_bands.py: answers counted per confidence band, refusals left out."""

from __future__ import annotations

import pytest

cb = pytest.importorskip("eval.confidence_bands")


def test_answers_are_counted_per_band_and_refusals_left_out():
    points = [
        (0.10, False, True, False),  # low, right
        (0.20, False, False, False),  # low, wrong
        (0.50, False, True, False),  # medium, right
        (0.90, False, False, True),  # high, a near miss answered: wrong
        (0.95, True, True, True),  # refused: left out
        (None, False, True, False),  # no confidence (another generator): left out
    ]
    assert cb.by_band(points) == {"low": (2, 1), "medium": (1, 1), "high": (1, 0)}
