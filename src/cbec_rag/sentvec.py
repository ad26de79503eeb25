"""Sentence vectors, made at index time: the dense signal of the fitted answer selector.

Every answer candidate (a sentence or table row of a passage, exactly as
:meth:`DocumentStore.sentences` splits it) is embedded once when the index is built, with the
passage prefix, through the same embedding cache as the chunks. A query then compares its own
vector with the candidates' vectors by a dot product: no sentence is embedded per query.

Candidates are keyed by ``(doc_id, start, end)``, their source span, so the same sentence seen
from two overlapping chunks has one vector.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .generate.base import DocumentStore, Sentence
from .generate.shapes import table_header
from .types import Chunk


def sentence_text(sent: Sentence) -> str:
    """What is embedded for a candidate: a table row is read with its column names."""
    header = table_header(sent)
    return f"{header}\n{sent.text}" if header else sent.text


def index_sentences(
    store: DocumentStore, chunks: Iterable[Chunk]
) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The distinct candidate sentences of ``chunks``: their keys and the texts to embed."""
    keys: list[tuple[str, int, int]] = []
    texts: list[str] = []
    seen: set[tuple[str, int, int]] = set()
    for chunk in chunks:
        for sent in store.sentences(chunk):
            key = (chunk.doc_id, sent.start, sent.end)
            if key not in seen:
                seen.add(key)
                keys.append(key)
                texts.append(sentence_text(sent))
    return keys, texts


@dataclass
class SentenceVectors:
    """Vectors of the index's candidate sentences, looked up by source span."""

    keys: list[tuple[str, int, int]]
    vectors: np.ndarray  # float32 (len(keys), dim), unit length

    def __post_init__(self) -> None:
        self._row = {k: i for i, k in enumerate(self.keys)}

    def __len__(self) -> int:
        return len(self.keys)

    def rows(self, sentences: list[Sentence]) -> np.ndarray:
        """Each sentence's row in :attr:`vectors`, -1 for one the index does not hold (built before
        the sentence was a candidate: the caller treats it as unknown)."""
        return np.array(
            [self._row.get((s.chunk.doc_id, s.start, s.end), -1) for s in sentences], dtype=np.int64
        )

    def matrix(self, sentences: list[Sentence]) -> tuple[np.ndarray, np.ndarray]:
        """The sentences' vectors (a zero row for one the index does not hold) and which it holds."""
        rows = self.rows(sentences)
        have = rows >= 0
        out = np.zeros((len(sentences), self.vectors.shape[1]), dtype=np.float32)
        out[have] = self.vectors[rows[have]]
        return out, have

    def similarity(self, query: np.ndarray, sentences: list[Sentence]) -> np.ndarray:
        """Cosine similarity of ``query`` to each sentence; NaN for one the index does not hold."""
        rows = self.rows(sentences)
        have = rows >= 0
        out = np.full(len(sentences), np.nan, dtype=np.float32)
        if have.any():
            out[have] = self.vectors[rows[have]] @ np.asarray(query, dtype=np.float32)
        return out

    def key_array(self, doc_ids: list[str]) -> np.ndarray:
        """Keys as an int64 array ``(n, 3)``: document position in ``doc_ids``, start, end."""
        pos = {d: i for i, d in enumerate(doc_ids)}
        return np.array([(pos[d], s, e) for d, s, e in self.keys], dtype=np.int64).reshape(-1, 3)

    @classmethod
    def from_arrays(cls, keys: np.ndarray, vectors: np.ndarray, doc_ids: list[str]) -> SentenceVectors:
        return cls([(doc_ids[int(d)], int(s), int(e)) for d, s, e in keys], vectors)


__all__ = ["SentenceVectors", "index_sentences", "sentence_text"]
