"""Citation markers: the one pattern that finds them, and what makes text free of them.

An answer cites passage sentences with ``[n]``; a model may write ``【n】`` or ``［n］`` too, so
the parser (:func:`cbec_rag.generate.validate.parse_markers`) accepts every bracket form in
:data:`OPEN_BRACKETS` / :data:`CLOSE_BRACKETS`. The same forms are escaped in passages sent to a
model (:func:`cbec_rag.generate.prompt.escape_data`), so a document cannot plant a citation, and
stripped from document text shown in an answer (:func:`strip_markers`), so a footnote mark
``[3]`` copied from a document never reads as, or links to, a citation of the answer.
"""

from __future__ import annotations

import re

OPEN_BRACKETS = "[【［"
CLOSE_BRACKETS = "]】］"

NUMBER = r"\d{1,3}"  # a passage number in a marker
SEPARATOR = r"\s*(?:[,，、;；]|[-–—~～])\s*"
#: one marker: [1] [1, 2] [1-3] 【1】 ［1，2］ ... (numbers of 1-3 digits; [2023] is a year)
MARKER = re.compile(
    rf"[{re.escape(OPEN_BRACKETS)}]\s*({NUMBER}(?:{SEPARATOR}{NUMBER})*)\s*[{re.escape(CLOSE_BRACKETS)}]"
)
_MARKER_WITH_SPACE = re.compile(rf"[ \t]*(?:{MARKER.pattern})")


def strip_markers(text: str) -> str:
    """``text`` without citation markers in any bracket form (and the blanks before them):
    "市场[10]。" -> "市场。", "the zone ［3］ was" -> "the zone was"."""
    return _MARKER_WITH_SPACE.sub("", text)


__all__ = ["CLOSE_BRACKETS", "MARKER", "NUMBER", "OPEN_BRACKETS", "SEPARATOR", "strip_markers"]
