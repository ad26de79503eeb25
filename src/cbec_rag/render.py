"""Plain-text rendering of hits and answers for the terminal (colour only on a TTY)."""

from __future__ import annotations

import math
import re

from .types import Answer, Hit

_BOLD, _DIM, _CYAN, _YELLOW, _RESET = "\033[1m", "\033[2m", "\033[36m", "\033[33m", "\033[0m"


def _c(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _one_line(text: str, limit: int = 240) -> str:
    s = re.sub(r"\s+", " ", text).strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


_OPEN_QUOTES = "“‘「『\"'«《"

#: an answer's confidence (the selector's P(answerable)) in words. Measured on five sealed outside sets
#: (heldout17-21, 1,029 answers given; README "Use"): answers below 0.35 were right 44% of the time,
#: from 0.35 to 0.65 59%, from 0.65 up 79%
CONFIDENCE_BANDS = ((0.35, "low"), (0.65, "medium"), (float("inf"), "high"))


def confidence_band(confidence: float) -> str:
    """``low``, ``medium`` or ``high`` (see :data:`CONFIDENCE_BANDS`)."""
    return next(name for upper, name in CONFIDENCE_BANDS if confidence < upper)


def quoted(text: str) -> str:
    """``text`` in quotation marks, unless it already starts with one ("“某某”计划…" is not
    given a second)."""
    return text if text[:1] in _OPEN_QUOTES else f"“{text}”"


_MARKS = re.compile(r"(?:[ \t]*\[\d+\])+")
_ENDS = "。．.!?！？；;…"
_CLOSERS = "”’」』）)\"'"


def answer_lines(text: str) -> list[str]:
    """The sentences of an answer, each with its markers: a break after a marker group that ends
    a sentence ("…。[1]" or "…[1]。", not "…[1]，…") and at line breaks. Blank lines go."""
    out: list[str] = []
    for line in text.split("\n"):
        start = 0
        for m in _MARKS.finditer(line):
            end = m.end()
            before = line[: m.start()].rstrip()
            if before[-1:] not in _ENDS and not (before[-1:] in _CLOSERS and before[-2:-1] in _ENDS):
                while end < len(line) and line[end] in _ENDS:
                    end += 1
                if end == m.end():
                    continue  # the marker closes a clause, its sentence goes on
                while end < len(line) and line[end] in _CLOSERS:
                    end += 1
            if line[end:].strip():
                out.append(line[start:end].strip())
                start = end
        if line[start:].strip():
            out.append(line[start:].strip())
    return out


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"


def format_hit(hit: Hit, *, color: bool = False) -> str:
    c = hit.chunk
    scores = " ".join(f"{k}={_fmt(v)}(#{hit.ranks.get(k) or '-'})" for k, v in hit.scores.items())
    head = f"{hit.rank}. {c.source} [{c.start}:{c.end}] score={hit.score:.4f} {scores}"
    lines = [_c(head, _BOLD, color)]
    if c.section:
        lines.append(_c(f"   § {c.section}", _DIM, color))
    lines.append(f"   {_one_line(c.text)}")
    return "\n".join(lines)


def format_answer(answer: Answer, *, color: bool = False, sources: bool = False) -> str:
    """An answer for the terminal: its sentences one per line with their markers, then each
    citation with where it is and its quote as displayed (``Citation.display``: no PDF line
    breaks inside words), then notes."""
    lines = [
        re.sub(r"\[(\d+)\]", lambda m: _c(m.group(), _CYAN, color), s) for s in answer_lines(answer.text)
    ]
    lines.append("")
    if answer.refused and answer.passages:
        lines.append(_c("closest passages:", _DIM, color))
        for h in answer.passages[:3]:
            lines.append(
                f"  {h.rank}. {h.chunk.source} § {h.chunk.section or '-'}: {_one_line(h.chunk.text, 120)}"
            )
    by_chunk = {h.chunk.chunk_id: h.chunk for h in answer.passages}
    for cit in answer.citations:
        section = by_chunk[cit.chunk_id].section if cit.chunk_id in by_chunk else ""
        where = f"{cit.source} [{cit.start}:{cit.end}]" + (f" § {section}" if section else "")
        lines.append(_c(f"[{cit.n}] {where}", _CYAN, color))
        lines.append(f"    {quoted(_one_line(cit.shown, 400))}")
    if not answer.refused and answer.confidence is not None and math.isfinite(answer.confidence):
        band = confidence_band(answer.confidence)
        shown = f"confidence {answer.confidence:.2f} ({band}" + (
            ": check the cited sentence)" if band == "low" else ")"
        )
        lines.append(_c(shown, _YELLOW if band == "low" else _DIM, color))
    for flag in answer.flags:
        lines.append(_c(f"note: {flag}", _YELLOW, color))
    if answer.degraded:
        lines.append(_c("note: degraded answer (fell back to the extractive generator)", _YELLOW, color))
    if sources:
        lines.append("")
        lines.extend(format_hit(h, color=color) for h in answer.passages)
    return "\n".join(lines).rstrip()
