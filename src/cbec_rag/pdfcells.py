"""Table rows from a PDF page's text, where the extractor gave each cell a line of its own.

pypdf's default extraction writes a drawn table cell by cell, one line each::

    <label header> / <year 1> / <year 2> / <row label> / <figure> / <figure> / <row label> / …

and the cleaner, seeing short lines without a full stop, joins them into one run-on blob in which no
cell keeps its row or column. :func:`regroup_cells` finds such runs of short lines and, where they
fall into rows of ``k`` cells whose columns keep one kind (a first column of words that label the
rows, columns of figures), joins each row's cells with tabs: the cleaner then reads a tab-separated
table row, and a cited row is shown with its header like a row of any other format.

Only the newlines inside a row become tabs, so the text keeps its length and every offset. A run
whose rows do not line up (a list of short headings, figures without labels) is left as it was.
"""

from __future__ import annotations

import re

#: a line short enough to be one cell (a paragraph's wrapped lines are longer)
MAX_CELL = 24
MIN_ROWS = 2  # data rows under the header
MAX_COLUMNS = 8
# a figure: a currency sign, digits with separators, a sign, a unit or percent sign or a short unit
# word after it
_FIGURE = re.compile(
    r"[(（]?(?:[¥$€£]|RMB ?|US\$ ?)?[-+−~约≈]?\d[\d,.，]*\s*(?:%|‰|[A-Za-z\u4e00-\u9fff]{0,3})[)）]?"
)
_ENDS_SENTENCE = re.compile(r"[。！？；;!?]$|[^\d\s]\.$")
# a clause break inside a line (prose); a comma between digits ("12,500") is a thousands separator
_CLAUSE = re.compile(r"[、：:]\S|[，,](?!\d{3}(?!\d))\S")
_ITEM_NUMBER = re.compile(r"[(（]?(\d{1,2})[.、)）]?")


def _is_cell(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MAX_CELL and not _ENDS_SENTENCE.search(s) and not _CLAUSE.search(s)


def _kind(line: str) -> str:
    """``n`` for a figure, ``t`` for words."""
    return "n" if _FIGURE.fullmatch(line.strip()) else "t"


def _counts_items(cells: list[str]) -> bool:
    """``cells`` (one column, row by row) number items 1, 2, 3…: a numbered list, not figures."""
    numbers = []
    for cell in cells:
        m = _ITEM_NUMBER.fullmatch(cell.strip())
        if m is None:
            return False
        numbers.append(int(m.group(1)))
    return bool(numbers) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _best_layout(lines: list[str], kinds: list[str], lo: int, hi: int) -> tuple[int, int, int] | None:
    """(first line, columns, rows with the header) of the table that covers most of ``lines[lo:hi]``
    (``kinds``: each line's kind): from ``lo`` or up to two lines of words later (a caption or
    heading may come first), a header row whose first cell is words, then rows of ``columns`` cells
    whose kinds are the same in every row, the first a label of words and some other a figure that
    is not an item's number. None: no such table."""
    best: tuple[float, int, int, int] | None = None
    for offset in range(0, 3):
        first = lo + offset
        if first >= hi or kinds[first] != "t" or "n" in kinds[lo:first]:
            break
        for k in range(2, MAX_COLUMNS + 1):
            start = first + k  # the first data row
            if start + k > hi:
                break
            pattern = kinds[start : start + k]
            if pattern[0] != "t" or "n" not in pattern:
                continue  # rows open with their label (words), and some column holds figures
            rows = 1
            while (
                start + (rows + 1) * k <= hi and kinds[start + rows * k : start + (rows + 1) * k] == pattern
            ):
                rows += 1
            if rows < MIN_ROWS:
                continue
            figures = [c for c in range(k) if pattern[c] == "n"]
            if all(_counts_items([lines[start + r * k + c] for r in range(rows)]) for c in figures):
                continue  # "1." <heading> "2." <heading>…: a numbered list
            covered = (rows + 1) * k
            score = covered - 1.5 * k - 0.5 * offset  # the fewest columns among equal covers
            if best is None or score > best[0]:
                best = (score, first, k, rows + 1)
    return None if best is None else best[1:]


def regroup_cells(text: str) -> str:
    """``text`` with the cells of each table found in it joined into tab-separated rows."""
    lines = text.split("\n")
    kinds = [_kind(ln) for ln in lines]
    joins: set[int] = set()  # indices of lines whose newline (after them) becomes a tab
    i = 0
    while i < len(lines):
        if not _is_cell(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_cell(lines[j]):
            j += 1
        while j - i >= (MIN_ROWS + 1) * 2:
            # (a layout is checked only as far as its rows repeat, and the next search starts where
            # a table ended: a run costs time in proportion to its length)
            layout = _best_layout(lines, kinds, i, j)
            if layout is None:
                break
            first, k, rows = layout
            for r in range(rows):
                joins.update(range(first + r * k, first + r * k + k - 1))
            i = first + rows * k  # a second table may follow in the same run
        i = max(i, j)
    if not joins:
        return text
    pieces = []
    for n, line in enumerate(lines):
        pieces.append(line)
        if n < len(lines) - 1:
            pieces.append("\t" if n in joins else "\n")
    return "".join(pieces)


__all__ = ["regroup_cells"]
