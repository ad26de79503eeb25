"""The shapes of sentences that label rather than state (titles, headings, notices, table
header rows, pointers to tables) and of questions for a number of items: what the extractive
generator leaves out of its candidates, or offers a whole list to.
"""

from __future__ import annotations

import re

from ..clean import han_ratio
from ..structure import classify_heading
from .base import Sentence

# "哪三个平台" / "三大趋势分别是什么" / "what are the three trends": the answer lists that many items
_NUMERALS = {w: n for n, w in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
_NUMERALS |= {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}
_ITEMS_Q = re.compile(
    r"哪\s*([两二三四五六七八九十]|\d{1,2})\s*[个项类种条点家座方面大]"
    r"|(?<![第一二三四五六七八九十两\d])([两二三四五六七八九十]|\d{1,2})\s*[个项类种条点大]"
    r"\S{0,6}?(?:分别|是什么|是哪|有哪|指什么|具体指|包括)"
    r"|\b(?:which|what)\s+(?:are|were)?\s*(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+[a-z]",
    re.I,
)
_RUN_IN = re.compile(r"[。；;！？!?]")
SENT_END = re.compile(r"[。！？!?；;.…]\W*$")
MD_HEADING = re.compile(r"^#{1,6}(?![^\n]*#\s*$)\s*")  # not a "#话题#" tag
# "具体情况见表1。" / "如表2所示。": it points at the answer, the table row states it
POINTER = re.compile(
    r"[^。；;.]{0,20}(?:见表\s*\d+|如表\s*\d+\s*所示|表\s*\d+\s*(?:所示|如下))[^。；;.]{0,6}[。；;：:.]?"
    r"|.{0,30}\b(?:see|in) table \d+\b.{0,10}",
    re.I,
)
# "…关于印发《…》的通知" / "苏府办〔2024〕58号": the title and number of an official notice
NOTICE_TITLE = re.compile(r"关于.{2,80}的(?:通知|意见|决定|批复|公告|通报|函)|[〔\[]\d{4}[〕\]]\d+号")
LABEL_CHARS = 40  # a line this short without a sentence end is a label (title, document number)


def is_label(text: str) -> bool:
    """A heading, title or other short line that ends no sentence (not a table row)."""
    if MD_HEADING.match(text):
        return True  # "# 标题" (Markdown, or a DOCX/HTML heading the ingester marked)
    if _RUN_IN.search(text) or "\t" in text:
        return False
    if SENT_END.search(text):
        return classify_heading(text) is not None
    # no sentence end: a short line, a notice's title or number, or an English title of a few words
    return (
        len(text) <= LABEL_CHARS
        or bool(NOTICE_TITLE.search(text))
        or (han_ratio(text) < 0.5 and len(text.split()) <= 20)
        or (classify_heading(text) is not None)
    )


def is_title(sent: Sentence) -> bool:
    """The document's title line (which may run on into a subtitle)."""
    title = squash_ws(sent.chunk.title)
    text = squash_ws(MD_HEADING.sub("", sent.text))
    # an HTML <title> may add the site's name after the page's heading
    same = text.startswith(title) or (len(text) >= 8 and title.startswith(text))
    return bool(title) and same and is_label(sent.text)


def table_header(sent: Sentence) -> str | None:
    """For a table row: its table's header row ("" when the row *is* the header); None for
    other sentences."""
    if "\t" not in sent.text or sent.chunk.kind != "table":
        return None
    if sent.chunk.header:
        return sent.chunk.header
    first = sent.chunk.text.split("\n", 1)[0]
    return "" if squash_ws(first) == squash_ws(sent.text) else first


def items_asked(question: str) -> int:
    """How many items the question asks for ("哪三个平台" -> 3), else 0."""
    m = _ITEMS_Q.search(question)
    if not m:
        return 0
    word = next(g for g in m.groups() if g)
    return int(word) if word.isdigit() else _NUMERALS.get(word.lower(), 0)


def squash_ws(text: str) -> str:
    return " ".join(text.split())


def row_text(text: str) -> str:
    return " | ".join(cell.strip() for cell in text.split("\t"))


_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_BULLET = re.compile(r"^(?:[-*•]\s+|#{1,6}\s+)")


def plain(text: str) -> str:
    """Text for reading: Markdown emphasis marks and a leading bullet or '#' dropped (the cited
    quote keeps them, it is the source as it is)."""
    return _EMPHASIS.sub(r"\2", _BULLET.sub("", text))
