"""The text of an extractive answer: the chosen sentences with their ``[n]`` markers, each in a
frame in the question's language when it is in the other one (no pretend translation), a table row
with its column names, a document's own citation marks left out."""

from __future__ import annotations

from ..clean import han_ratio
from ..render import quoted
from ..tokenize import detect_lang
from .base import Sentence
from .markers import strip_markers
from .shapes import plain, row_text, table_header


def answer_text(question: str, chosen: list[Sentence], lead: str | None = None) -> str:
    """The answer text of ``chosen`` for ``question``, after the English ``lead`` line if any."""
    lang = detect_lang(question)
    out = [lead] if lead else []
    for n, s in enumerate(chosen, start=1):
        header = table_header(s)
        body = strip_markers(row_text(s.text) if header else plain(s.text))
        header = strip_markers(header) if header else header
        same = (han_ratio(s.text) >= 0.5) == (lang == "zh")
        if lang == "zh":
            cols = f"（表格：{row_text(header)}）" if header else ""
            out.append(
                f"{cols}{body}[{n}]" if same else f"文档英文原文（{_where(s, 'zh')}）：{quoted(body)}[{n}]"
            )
        elif same:
            out.append(f"(table columns: {row_text(header)}) {body} [{n}]" if header else f"{body} [{n}]")
        else:
            where = _where(s, "en") + (f", table columns “{row_text(header)}”" if header else "")
            out.append(f"The documents say in Chinese ({where}): {quoted(body)} [{n}]")
    return "".join(out) if lang == "zh" else "\n".join(out)


def _where(s: Sentence, lang: str) -> str:
    """Document title (or file) and the innermost section, for an answer's frame."""
    where = s.chunk.title or s.chunk.source
    section = s.chunk.section.split(" > ")[-1] if s.chunk.section else ""
    if section and section != where:
        where += f"，“{section}”部分" if lang == "zh" else f", section “{section}”"
    return where


__all__ = ["answer_text"]
