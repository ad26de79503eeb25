"""Structure-aware, sentence-bounded chunking of cleaned documents.

Sentences are packed into chunks up to a token budget (jieba words for Chinese,
words for English). A chunk never cuts a sentence, never crosses a heading (so it
never spans two top-level sections), overlaps its predecessor by one sentence, and
a table is its own chunk (long tables are sliced by rows; the header row is kept in
``Chunk.header`` so each slice is searchable by its column names). A heading that
is directly followed by a deeper heading is carried into that child's first chunk
instead of standing alone.

``Chunk.text`` is always ``CleanDoc.render(chunk.start, chunk.end)``: the source
span with whitespace normalised and page furniture dropped, nothing else.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from .clean import Block, CleanDoc, clean_document
from .sentences import split_sentences
from .structure import KIND_ORDER
from .types import Chunk, Document

DEFAULT_MAX_TOKENS = 160
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_WORDS = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*%?")


@lru_cache(maxsize=1)
def _jieba():
    """A jieba tokenizer with jieba's own dictionary (no user words), from the ready tables."""
    import logging

    import jieba

    from .tokenize import _tables

    jieba.setLogLevel(logging.WARNING)
    t = _tables()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = t.default, t.default_total, True
    return tk


def count_tokens(text: str) -> int:
    """Token count used for the chunk budget: jieba words for Chinese runs, words for the rest."""
    tk = _jieba()
    n = 0
    for run in _CJK_RUN.findall(text):
        n += sum(1 for _ in tk.cut(run, HMM=False))
    n += len(_WORDS.findall(_CJK_RUN.sub(" ", text)))
    return n


@dataclass(frozen=True)
class ChunkerConfig:
    max_tokens: int = DEFAULT_MAX_TOKENS
    overlap_sentences: int = 1
    table_max_rows: int = 12

    def to_json(self) -> dict[str, int]:
        return {
            "max_tokens": self.max_tokens,
            "overlap_sentences": self.overlap_sentences,
            "table_max_rows": self.table_max_rows,
        }


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable id: document id + offsets + text hash."""
    digest = hashlib.sha1(f"{doc_id}\x00{start}\x00{end}\x00{text}".encode()).hexdigest()[:12]
    return f"{doc_id}#{digest}"


def _levels(blocks: list[Block]) -> dict[str, int]:
    """Heading kind -> level for one document. Named headings (摘要, 引言, Abstract...) sit at
    the document's top numbered level, so ``引言`` and ``一、`` are siblings, not parent and child."""
    levels = dict(KIND_ORDER)
    numbered = [
        KIND_ORDER[b.heading.kind] for b in blocks if b.heading and b.heading.kind not in _ABOVE_NAMED
    ]
    if numbered:
        levels["named"] = min(numbered)
    return levels


_ABOVE_NAMED = ("named", "part", "chapter")


def chunk_document(
    doc: Document, config: ChunkerConfig | None = None, cleaned: CleanDoc | None = None
) -> list[Chunk]:
    """Split one document into chunks (see module docstring)."""
    config = config or ChunkerConfig()
    cd = cleaned or clean_document(doc.text, title=doc.title, fmt=doc.fmt)
    title = doc.title or cd.title
    chunks: list[Chunk] = []
    path: list[tuple[int, str]] = []  # (level, heading text)
    units: list[tuple[int, int]] = []  # cleaned-text sentence spans of the current section
    section = ""
    levels = _levels(cd.blocks)

    def flush() -> None:
        nonlocal units
        if units:
            chunks.extend(_pack(doc, cd, title, section, units, config))
        units = []

    for block in cd.blocks:
        if block.heading is not None:
            lvl = levels.get(block.heading.kind, 99)
            carry = units and _only_headings(units, cd) and path and lvl > path[-1][0]
            if not carry:
                flush()
            while path and path[-1][0] >= lvl:
                path.pop()
            path.append((lvl, block.heading.text))
            # the document's own title heading ("# Title") is the title, not a section
            section = " > ".join(t for k, (_, t) in enumerate(path) if not (k == 0 and t == title))
        if block.kind == "table":
            flush()
            chunks.extend(_table_chunks(doc, cd, title, section, block, config))
            continue
        if block.kind in ("heading", "caption"):
            units.append((block.cstart, block.cend))
        else:
            for i, j in split_sentences(cd.text[block.cstart : block.cend]):
                units.append((block.cstart + i, block.cstart + j))
    flush()
    return chunks


def _only_headings(units: list[tuple[int, int]], cd: CleanDoc) -> bool:
    heads = {(b.cstart, b.cend) for b in cd.blocks if b.kind == "heading"}
    return all(u in heads for u in units)


def _make(doc: Document, cd: CleanDoc, title: str, section: str, ci: int, cj: int, **kw: str) -> Chunk:
    start, end = cd.src_span(ci, cj)
    text = cd.text[ci:cj]
    return Chunk(
        chunk_id(doc.doc_id, start, end, text), doc.doc_id, doc.source, title, section, start, end, text, **kw
    )


def _pack(
    doc: Document, cd: CleanDoc, title: str, section: str, units: list[tuple[int, int]], config: ChunkerConfig
) -> list[Chunk]:
    sizes = [count_tokens(cd.text[i:j]) for i, j in units]
    out: list[Chunk] = []
    a = 0
    while a < len(units):
        b, total = a, 0
        while b < len(units) and (b == a or total + sizes[b] <= config.max_tokens):
            total += sizes[b]
            b += 1
        out.append(_make(doc, cd, title, section, units[a][0], units[b - 1][1]))
        if b >= len(units):
            break
        a = max(a + 1, b - config.overlap_sentences)
    return out


def _table_chunks(
    doc: Document, cd: CleanDoc, title: str, section: str, block: Block, config: ChunkerConfig
) -> list[Chunk]:
    rows: list[tuple[int, int]] = []
    pos = block.cstart
    for line in cd.text[block.cstart : block.cend].split("\n"):
        rows.append((pos, pos + len(line)))
        pos += len(line) + 1
    header_text = cd.text[rows[0][0] : rows[0][1]]
    out: list[Chunk] = []
    step = max(1, config.table_max_rows)
    for k in range(0, len(rows), step):
        part = rows[k : k + step]
        header = header_text if k > 0 else ""
        out.append(_make(doc, cd, title, section, part[0][0], part[-1][1], kind="table", header=header))
    return out


def chunk_documents(docs: list[Document], config: ChunkerConfig | None = None) -> list[Chunk]:
    """Chunk many documents in order."""
    out: list[Chunk] = []
    for doc in docs:
        out.extend(chunk_document(doc, config))
    return out


def index_text(chunk: Chunk) -> str:
    """What the retrievers see for a chunk: its section path (and table header) then its text."""
    parts = [p for p in (chunk.section, chunk.header, chunk.text) if p]
    return "\n".join(parts)


__all__ = ["ChunkerConfig", "chunk_document", "chunk_documents", "chunk_id", "count_tokens", "index_text"]
