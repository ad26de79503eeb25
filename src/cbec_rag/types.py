"""Typed records that flow between the pipeline stages.

    Document --chunk--> Chunk --index/retrieve--> Hit --generate--> Answer(Citation...)

Offsets (``start``/``end``) are always character offsets into the *decoded source
text* of the document (``Document.text``), so that ``Document.text[start:end]`` is
the verbatim span a chunk or citation came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One source file, decoded.

    ``text`` is the decoded source text (for PDF/DOCX/HTML: the extracted text);
    all offsets elsewhere point into it. ``source`` is the path relative to the
    corpus root, with forward slashes.
    """

    doc_id: str
    source: str
    title: str
    text: str
    fmt: str = "txt"


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: ``text`` is ``source_text[start:end]`` normalised
    (whitespace collapsed, page furniture dropped, nothing else changed)."""

    chunk_id: str
    doc_id: str
    source: str
    title: str
    section: str
    start: int
    end: int
    text: str
    kind: str = "text"  # "text" | "table"
    header: str = ""  # for a table slice after the first: the table's header row (searchable context)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Chunk:
        return cls(**{k: obj[k] for k in cls.__dataclass_fields__ if k in obj})


@dataclass
class Hit:
    """A chunk returned by a retriever, with the evidence for its rank."""

    chunk: Chunk
    score: float
    rank: int = 0
    scores: dict[str, float | None] = field(default_factory=dict)
    ranks: dict[str, int | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        c = self.chunk
        return {
            "rank": self.rank,
            "chunk_id": c.chunk_id,
            "doc_id": c.doc_id,
            "source": c.source,
            "title": c.title,
            "section": c.section,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "kind": c.kind,
            "score": round(float(self.score), 6),
            "scores": {k: (None if v is None else round(float(v), 6)) for k, v in self.scores.items()},
            "ranks": dict(self.ranks),
        }


@dataclass(frozen=True)
class Citation:
    """A cited sentence: ``quote`` is exactly ``source_text[start:end]`` (verbatim, checkable);
    ``display`` is the same sentence for reading: PDF line breaks joined as the cleaned text
    joins them (no space inside Chinese words), Markdown marks and a document's own footnote or
    citation marks (``[3]``, ``【3】``) dropped, table cells separated by `` | ``."""

    n: int
    chunk_id: str
    doc_id: str
    source: str
    start: int
    end: int
    quote: str
    display: str = ""

    @property
    def shown(self) -> str:
        """The text to show: ``display``, else the quote with its whitespace collapsed."""
        return self.display or " ".join(self.quote.split())

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["display"] = self.shown
        return out


@dataclass
class Answer:
    """A composed answer. ``text`` carries ``[n]`` markers matching ``citations``."""

    question: str
    text: str
    citations: list[Citation]
    refused: bool
    passages: list[Hit]
    generator: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    degraded: bool = False
    flags: list[str] = field(default_factory=list)
    confidence: float | None = None  # the fitted selector's answerability score (SelectorModel.answerability)
    index_version: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.to_json() for c in self.citations],
            "passages": [h.to_json() for h in self.passages],
            "generator": self.generator,
            "degraded": self.degraded,
            "flags": list(self.flags),
            "confidence": self.confidence,
            "index_version": self.index_version,
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
