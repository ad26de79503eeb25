"""Sealed evaluation data is only scored, never edited: every file listed in an eval/*/SHA256SUMS
still has the digest it was committed with."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
SUMS = sorted(EVAL.glob("*/SHA256SUMS"))


def test_there_are_sealed_sets():
    assert {p.parent.name for p in SUMS} >= {
        "sealed",
        "heldout",
        "heldout2",
        "policycheck",
        "offtopic",
        "offtopic2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
    }


@pytest.mark.parametrize("sums", SUMS, ids=lambda p: p.parent.name)
def test_every_sealed_file_has_its_committed_digest(sums: Path):
    lines = [ln.split(maxsplit=1) for ln in sums.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert lines
    for digest, name in lines:
        path = sums.parent / name.strip().lstrip("*")
        assert path.is_file(), f"{path} is listed in {sums} but missing"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{path} changed since it was sealed"
