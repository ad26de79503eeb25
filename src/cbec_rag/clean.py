"""Cleaning of PDF-extracted text, with an exact map back to source offsets.

The cleaned text of a document is built from *blocks* (paragraphs, headings,
captions, tables). Inside a block, every run of whitespace (line breaks included)
becomes:

* nothing, when a neighbouring character is CJK (PDF extraction breaks lines and
  sprinkles spaces inside Chinese text),
* nothing after a line-final hyphen inside a word (``cultivat-\\ning`` -> ``cultivat-ing``),
* a tab between table cells, a newline between table rows,
* one space otherwise (between Latin words).

Blocks are joined with ``"\\n"``. Page furniture (page numbers, running headers
repeated across pages, table-of-contents lines) is dropped. Nothing else changes:
the non-whitespace characters of the cleaned text are exactly those of the source
minus furniture, in order. ``CleanDoc.offsets[i]`` is the source index of cleaned
character ``i``, so any cleaned span maps back to ``source[start:end]``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .structure import Heading, classify_heading, guess_title, is_caption, is_markdown_heading, is_toc_line

_CJK_CLASS = (
    "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"
)
_CJK = re.compile(f"[{_CJK_CLASS}]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_WS = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u3000\ufeff]+")
_PIPE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_LINE_SPLIT = re.compile(r"\r\n|[\n\r\f\v\u2028\u2029]")
_TABLE_SPLIT = re.compile(r"\t+|[ \u3000]{3,}")
# two full-width (or two plain) spaces also align columns, but indent paragraphs, space form
# labels and follow full stops too: such rows are a table only beside rows of figures
# ("出口额（亿元）　　占比（%）" over "41.6　　29.1")
_WIDE_SPLIT = re.compile(r"\t+|[ \u3000]{3,}|\u3000{2,}|(?<! ) {2}(?! )")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*[%％]?")  # not a list marker "1."
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—·•\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-–—·•\s]*|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    r"|[ivxlc]{1,6})$",
    re.I,
)
_PARA_END = re.compile(r"[。！？!?；;…：:][”’」』）)】》\"']*$|(?<![A-Z])\.[”’\"')]*$")
_BULLET = re.compile(r"^[■●◆◇□▪•·\-–—*]\s*\S|^[【\[]")


@dataclass(frozen=True)
class Line:
    start: int  # source offset of the first non-whitespace character
    end: int  # source offset after the last non-whitespace character
    page: int
    kind: str = "text"  # text | blank | furniture | table | heading | caption


@dataclass(frozen=True)
class Block:
    kind: str  # text | heading | caption | table
    cstart: int  # span in the cleaned text
    cend: int
    heading: Heading | None = None


@dataclass
class CleanDoc:
    source: str
    text: str
    offsets: np.ndarray  # int64, len(text): source index of each cleaned character
    blocks: list[Block]
    title: str
    furniture: list[tuple[int, int]]

    def src_span(self, cstart: int, cend: int) -> tuple[int, int]:
        """Source offsets ``(start, end)`` of the cleaned span ``text[cstart:cend]``."""
        return int(self.offsets[cstart]), int(self.offsets[cend - 1]) + 1

    def render(self, start: int, end: int) -> str:
        """The cleaned text of ``source[start:end]``: the normalisation used for chunk text."""
        i = int(np.searchsorted(self.offsets, start, side="left"))
        j = int(np.searchsorted(self.offsets, end, side="left"))
        return self.text[i:j].strip()


def _is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def split_lines(source: str) -> list[Line]:
    """Physical lines with the offsets of their non-whitespace content; ``\\f`` starts a page."""
    lines: list[Line] = []
    pos, page = 0, 0
    for m in _LINE_SPLIT.finditer(source + "\n"):
        seg = source[pos : m.start()]
        stripped_left = len(seg) - len(seg.lstrip())
        content = seg.strip()
        start = pos + stripped_left
        lines.append(Line(start, start + len(content), page, "text" if content else "blank"))
        if m.group() == "\f":
            page += 1
        pos = m.end()
        if pos > len(source):
            break
    return lines


def _furniture_keys(source: str, lines: list[Line]) -> set[str]:
    """Short lines repeated on several pages (running headers/footers)."""
    counts: Counter[str] = Counter()
    pages: dict[str, set[int]] = {}
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.kind == "text":
            by_page.setdefault(ln.page, []).append(ln)
    # running headers/footers live at the top or bottom of a page
    edges = [ln for page in by_page.values() for ln in {*page[:2], *page[-2:]}]
    for ln in edges:
        key = re.sub(r"\d+", "#", re.sub(r"\s+", "", source[ln.start : ln.end]))
        if 2 <= len(key) <= 40:
            counts[key] += 1
            pages.setdefault(key, set()).add(ln.page)
    n_pages = max((ln.page for ln in lines), default=0) + 1
    min_pages = 3 if n_pages >= 3 else 10**9
    return {k for k, c in counts.items() if c >= 3 and len(pages[k]) >= min_pages}


def classify_lines(source: str, lines: list[Line], *, markdown: bool = False) -> list[Line]:
    """Tag each line: blank, furniture (page numbers, running headers, TOC), table, heading, caption, text.

    ``markdown``: only "#" lines are headings ("1. …" and "（一）…" are list items)."""
    repeated = _furniture_keys(source, lines)
    out: list[Line] = []
    in_toc = False
    for ln in lines:
        if ln.kind == "blank":
            out.append(ln)
            continue
        raw = source[ln.start : ln.end]
        compact = re.sub(r"\s+", "", raw)
        key = re.sub(r"\d+", "#", compact)
        if _PAGE_NUMBER.match(raw.strip()) or key in repeated or _PIPE_RULE.match(raw):
            kind = "furniture"  # (and the |---|---| rule under a Markdown table's header)
        elif _PIPE_ROW.match(raw):
            kind = "table"
        elif is_toc_line(raw):
            kind, in_toc = "furniture", True
        elif len(_TABLE_SPLIT.split(raw)) >= 2 and "\t" in raw or len(_TABLE_SPLIT.split(raw)) >= 3:
            kind = "table"
        elif len(_WIDE_SPLIT.split(raw.strip())) >= 3:
            kind = "table"  # checked below: only in a run of rows with figures
        elif is_caption(raw):
            kind = "caption"
        elif (markdown and is_markdown_heading(raw)) or (
            not markdown and classify_heading(_WS.sub(" ", raw)) is not None
        ):
            kind = "heading"
        else:
            kind = "text"
        if in_toc and kind != "furniture":
            in_toc = False
        out.append(Line(ln.start, ln.end, ln.page, kind))
    # rows aligned only by pairs of full-width spaces: a table only where its run has figures
    k = 0
    while k < len(out):
        if out[k].kind != "table":
            k += 1
            continue
        m = k
        while m < len(out) and out[m].kind == "table":
            m += 1
        rows = [source[ln.start : ln.end] for ln in out[k:m]]
        wide_only = [
            len(_TABLE_SPLIT.split(r.strip())) < 3 and "\t" not in r and not _PIPE_ROW.match(r) for r in rows
        ]
        figures = any(
            _FIGURE_CELL.fullmatch(cell.strip()) for r in rows for cell in _WIDE_SPLIT.split(r.strip())
        )
        if any(wide_only) and not (figures and m - k >= 2):
            for n, wide in enumerate(wide_only):
                if wide:
                    ln = out[k + n]
                    out[k + n] = Line(ln.start, ln.end, ln.page, "text")
        k = m
    # aligned (space-separated) rows count as a table only in runs of two or more
    fixed: list[Line] = []
    for i, ln in enumerate(out):
        raw = source[ln.start : ln.end]
        if ln.kind == "table" and "\t" not in raw and not _PIPE_ROW.match(raw):
            prev_t = i > 0 and out[i - 1].kind == "table"
            next_t = i + 1 < len(out) and out[i + 1].kind == "table"
            if not (prev_t or next_t):
                ln = Line(ln.start, ln.end, ln.page, "text")
        fixed.append(ln)
    return fixed


class _Builder:
    """Accumulates cleaned text and its source offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.offs: list[np.ndarray] = []
        self.length = 0

    def verbatim(self, start: int, end: int) -> None:
        if end > start:
            self.parts.append(self.source[start:end])
            self.offs.append(np.arange(start, end, dtype=np.int64))
            self.length += end - start

    def sep(self, ch: str, at: int) -> None:
        self.parts.append(ch)
        self.offs.append(np.array([at], dtype=np.int64))
        self.length += 1

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def span(self, start: int, end: int, *, table: bool = False) -> None:
        """Append ``source[start:end]`` (no outer whitespace) with inner whitespace normalised."""
        src = self.source
        pos = start
        for m in _WS.finditer(src, start, end):
            self.verbatim(pos, m.start())
            gap = m.group()
            if table and ("\t" in gap or len(gap) >= 3 or gap in ("\u3000\u3000", "  ")):
                self.sep("\t", m.start())
            else:
                self.joint(m.start(), m.end())
            pos = m.end()
        self.verbatim(pos, end)

    def pipe_row(self, start: int, end: int) -> None:
        """A Markdown table row "| a | b |": its cells, tab-separated, without the pipes."""
        text = self.source[start:end]
        bars = [k for k, ch in enumerate(text) if ch == "|"]
        edges = list(bars)
        if text[: bars[0]].strip():
            edges.insert(0, -1)  # no outer pipe on the left: the text before the first is a cell
        if text[bars[-1] + 1 :].strip():
            edges.append(len(text))
        for k in range(len(edges) - 1):
            a, b = edges[k] + 1, edges[k + 1]
            if k:
                self.sep("\t", start + a - 1)
            cell = text[a:b]
            lead, trail = len(cell) - len(cell.lstrip()), len(cell.rstrip())
            if trail > lead:
                self.span(start + a + lead, start + a + trail)

    def joint(self, ws_start: int, ws_end: int) -> None:
        """Whitespace between two pieces of one block: nothing next to CJK, else one space."""
        before = self.source[ws_start - 1] if ws_start > 0 else ""
        after = self.source[ws_end] if ws_end < len(self.source) else ""
        if _is_cjk(before) or _is_cjk(after):
            return
        if before == "-" and after.islower() and "\n" in self.source[ws_start:ws_end]:
            return
        self.sep(" ", ws_start)


#: formats whose extracted lines are paragraphs (nothing was wrapped)
PARAGRAPH_LINE_FORMATS = frozenset({"docx", "html"})

#: a line shorter than this share of the document's full line width, followed by a blank
#: line, stands alone
SHORT_LINE = 0.6


def _ends_paragraph(text: str) -> bool:
    return bool(_PARA_END.search(text))


def clean_document(source: str, *, title: str = "", fmt: str = "txt") -> CleanDoc:
    """Clean ``source`` into blocks with an exact offset map (see module docstring).

    ``fmt`` is the document's format: in text extracted from DOCX and HTML every line is a
    paragraph of its own (never joined with the next); in Markdown only "#" lines are headings.
    """
    lines = classify_lines(source, split_lines(source), markdown=fmt == "md")
    b = _Builder(source)
    blocks: list[Block] = []
    furniture = [(ln.start, ln.end) for ln in lines if ln.kind == "furniture"]
    content = [ln for ln in lines if ln.kind not in ("blank", "furniture")]

    width = _line_width(source, content)
    if fmt in PARAGRAPH_LINE_FORMATS:
        width = -1.0  # -1: a line is a paragraph
    i = 0
    while i < len(content):
        ln = content[i]
        if blocks:
            b.sep("\n", int(b.offs[-1][-1]) + 1)
        cstart = b.length
        if ln.kind == "table":
            j = i
            while j < len(content) and content[j].kind == "table":
                if j > i:
                    b.sep("\n", content[j - 1].end)
                if _PIPE_ROW.match(source[content[j].start : content[j].end]):
                    b.pipe_row(content[j].start, content[j].end)
                else:
                    b.span(content[j].start, content[j].end, table=True)
                j += 1
            blocks.append(Block("table", cstart, b.length))
            i = j
            continue
        if ln.kind in ("heading", "caption"):
            b.span(ln.start, ln.end)
            head = classify_heading(_WS.sub(" ", source[ln.start : ln.end])) if ln.kind == "heading" else None
            if head is not None and head.run_in:
                # a numbered paragraph whose first clause is the heading: keep joining its lines
                i = _continue_paragraph(b, content, i, source, width)
                blocks.append(Block("text", cstart, b.length, head))
                continue
            blocks.append(Block(ln.kind, cstart, b.length, head))
            i += 1
            continue
        b.span(ln.start, ln.end)
        i = _continue_paragraph(b, content, i, source, width)
        blocks.append(Block("text", cstart, b.length))

    text = "".join(b.parts)
    offsets = np.concatenate(b.offs) if b.offs else np.zeros(0, dtype=np.int64)
    if not title:
        title = guess_title(
            [source[ln.start : ln.end] for ln in lines if ln.kind not in ("blank", "furniture")]
        )
    return CleanDoc(source, text, offsets, blocks, title, furniture)


def _line_width(source: str, content: list[Line]) -> float:
    """The width of a full line of running text in this document: the 80th percentile of
    its text line lengths (a wrapped PDF line is about this long; a line per paragraph is
    longer still)."""
    lengths = sorted(len(source[ln.start : ln.end].strip()) for ln in content if ln.kind == "text")
    return float(lengths[int(0.8 * (len(lengths) - 1))]) if lengths else 0.0


def _broken_clause(cur: str, nxt: str) -> bool:
    """A Chinese line that has begun a clause (a comma inside it) and stops on a character, with the
    next line going on in Chinese: a sentence cut by a page or column break, not a title (titles,
    dates and document numbers hold no comma)."""
    return bool(cur and nxt and _is_cjk(cur[-1]) and _is_cjk(nxt[0]) and "，" in cur)


def _continue_paragraph(b: _Builder, content: list[Line], i: int, source: str, width: float = 0.0) -> int:
    """Join following text lines into the paragraph started by ``content[i]``; return the next index.

    A line ends its paragraph when it ends a sentence, or when it is much shorter than a
    full line (``width``) and a blank line follows: a title, a document number or a date
    line, not a wrapped line."""
    j = i
    while width >= 0 and j + 1 < len(content):
        cur, nxt = content[j], content[j + 1]
        if nxt.kind != "text" or _ends_paragraph(source[cur.start : cur.end]):
            break
        cur_text = source[cur.start : cur.end].strip()
        if (
            width >= 20
            and len(cur_text) < SHORT_LINE * width
            and source.count("\n", cur.end, nxt.start) >= 2
            and not _broken_clause(cur_text, source[nxt.start : nxt.end].lstrip())
        ):
            break
        nxt_text = source[nxt.start : nxt.end]
        if _BULLET.match(nxt_text):
            break
        b.joint(cur.end, nxt.start)
        b.span(nxt.start, nxt.end)
        j += 1
    return j + 1


def han_ratio(text: str) -> float:
    """Share of Han characters among letters and Han characters."""
    han = len(_HAN.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return han / (han + latin) if han + latin else 0.0
