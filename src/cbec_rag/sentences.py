"""Bilingual sentence splitting on cleaned text.

Chinese sentences end at 。！？；… (and ASCII !?; next to Chinese text), with any
closing quotes or brackets kept on the sentence, and after the code of a journal
metadata field that runs into the text (【文献标识码】A在…). English sentences end at . ! ?
followed by whitespace, but not after decimals (1.84 never splits: no space),
common abbreviations (e.g., Mr., No., U.S.) or single initials. A sentence longer
than ``max_chars`` is split at the last comma or space before the limit, so one
run-on line (a table dump, a file with no punctuation) cannot become unbounded.
"""

from __future__ import annotations

import re

_CLOSERS = "”’」』）)】》\"'"
_ZH_END = re.compile(
    rf"(?:[。！？]|…+|；|[!?;](?=\s*[\u3400-\u9fff“「（(])|(?<=[\u3400-\u9fff])[!?;])[{_CLOSERS}]*"
)
_EN_END = re.compile(rf"[.!?][{_CLOSERS}]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u3400-\u9fff])")
_ABBREV = {
    "e.g",
    "i.e",
    "etc",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "no",
    "nos",
    "vs",
    "inc",
    "ltd",
    "co",
    "corp",
    "fig",
    "figs",
    "al",
    "st",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "approx",
    "dept",
    "u.s",
    "u.k",
    "p",
    "pp",
    "vol",
    "art",
}
# a journal metadata field whose code runs into the text after it (PDF lines joined):
# "【中图分类号】F724.6【文献标识码】A在一带一路……" ends after the code
_FIELD_CODE_END = re.compile(r"【[^】]{1,12}】\s*[A-Za-z0-9][A-Za-z0-9.\-/]{0,24}(?=\s*[\u3400-\u9fff])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_SOFT_BREAK = re.compile(r"[，,、：:]|\s")

DEFAULT_MAX_SENTENCE_CHARS = 600


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    return word in _ABBREV or (len(word) == 1 and text[m.start()].isupper())


def _ends(text: str) -> list[int]:
    """Candidate sentence end positions (exclusive) in ``text``."""
    ends = [m.end() for m in _ZH_END.finditer(text)]
    ends += [m.end() for m in _FIELD_CODE_END.finditer(text)]
    for m in _EN_END.finditer(text):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        ends.append(m.end())
    return sorted(set(ends))


def split_sentences(text: str, *, max_chars: int = DEFAULT_MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans ``(i, j)`` of ``text`` with surrounding whitespace excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_ends(text), len(text)]:
        if end <= start:
            continue
        _emit(text, start, end, max_chars, spans)
        start = end
    return spans


def _emit(text: str, i: int, j: int, max_chars: int, out: list[tuple[int, int]]) -> None:
    while i < j and text[i].isspace():
        i += 1
    while j > i and text[j - 1].isspace():
        j -= 1
    while j - i > max_chars:
        cut = 0
        for m in _SOFT_BREAK.finditer(text, i + max_chars // 2, i + max_chars):
            cut = m.end()
        if cut <= i:
            cut = i + max_chars
        _emit(text, i, cut, max_chars, out)
        i = cut
        while i < j and text[i].isspace():
            i += 1
    if j > i:
        out.append((i, j))
