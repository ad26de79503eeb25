"""The parts of a year a text names, as month ranges, for the fitted selector's period features.

"上半年", "1—6月", "first half" and "H1" are all ``(1, 6)``; "三季度" and "Q3" are ``(7, 9)``;
"全年" and "the whole year" are ``(1, 12)``. A question that asks for one part of a year is not
answered by a figure for another part (or for a sentence that names none), just as a question for
one year is not answered by another year's figure; the selector reads the agreement as features and
lets the fitted weights decide what it is worth. The patterns are the calendar words of each
language, nothing of a particular corpus.
"""

from __future__ import annotations

import re

Period = tuple[int, int]  # first and last month, 1-12

FULL: Period = (1, 12)
_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = {m: i + 1 for i, m in enumerate(_MONTHS)}
_COUNT = {w: i + 2 for i, w in enumerate("two three four five six seven eight nine ten eleven".split())}
_ORDINAL = {"一": 1, "1": 1, "first": 1, "二": 2, "2": 2, "second": 2, "三": 3, "3": 3, "third": 3}
_ORDINAL |= {"四": 4, "4": 4, "fourth": 4}

_FIXED = (
    (re.compile(r"上半年|first half|\bh1\b"), (1, 6)),
    (re.compile(r"下半年|second half|\bh2\b|后两个?季度"), (7, 12)),
    (re.compile(r"全年|full year|whole year|whole of \d{4}|(?<![a-z])annual(?! ?report)"), FULL),
)
_QUARTER = re.compile(r"(?<!前)第?([一二三四1-4])季度|\bq([1-4])\b|\b(first|second|third|fourth) quarter")
_MONTH_SPAN = re.compile(r"(?<!\d)(\d{1,2})\s*月?\s*[-—–~至到]\s*(\d{1,2})\s*月")
_EN_SPAN = re.compile(rf"\b({'|'.join(_MONTHS[:11])})\s*(?:-|–|—|to|through)\s*({'|'.join(_MONTHS[1:])})\b")
# the first N quarters of a year: 前N季度, 前N个季度, "first N quarters" (N = 2 to 4)
_FIRST_QUARTERS = re.compile(r"前([两二三四2-4])个?季度|\bfirst (two|three|four) quarters\b")
_QUARTER_COUNT = {"两": 2, "二": 2, "2": 2, "two": 2, "三": 3, "3": 3, "three": 3, "四": 4, "4": 4, "four": 4}
_FIRST_MONTHS = re.compile(rf"first ({'|'.join(_COUNT)}) months")


def periods(text: str) -> set[Period]:
    """The parts of a year ``text`` names (lower-cased matching; empty when it names none)."""
    low = text.lower()
    out = {span for pattern, span in _FIXED if pattern.search(low)}
    for m in _QUARTER.finditer(low):
        k = _ORDINAL[m.group(1) or m.group(2) or m.group(3)]
        out.add((3 * k - 2, 3 * k))
    for m in _MONTH_SPAN.finditer(low):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 <= a < b <= 12:
            out.add((a, b))
    for m in _EN_SPAN.finditer(low):
        a, b = _MONTH[m.group(1)], _MONTH[m.group(2)]
        if a < b:
            out.add((a, b))
    for m in _FIRST_QUARTERS.finditer(low):
        out.add((1, 3 * _QUARTER_COUNT[m.group(1) or m.group(2)]))
    for m in _FIRST_MONTHS.finditer(low):
        out.add((1, _COUNT[m.group(1)]))
    return out


def agreement(asked: set[Period], stated: set[Period]) -> tuple[float, float, float]:
    """``(match, other, none)`` for a question that asks for the parts ``asked`` and a sentence (or
    its context) that states ``stated``: it states an asked part; it states only other parts; the
    question asks for a part of the year (not the whole) and it states none. All 0 when the
    question names no period."""
    if not asked:
        return 0.0, 0.0, 0.0
    match = bool(asked & stated)
    part = any(p != FULL for p in asked)
    return float(match), float(bool(stated) and not match), float(part and not stated)


__all__ = ["FULL", "Period", "agreement", "periods"]
