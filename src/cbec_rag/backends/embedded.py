"""The default backend: the FAISS index and bm25s postings of the loaded index generation.

This is the code that was inline in :class:`cbec_rag.retrieve.Retriever` before backends were
pluggable, moved here unchanged: BM25 scores every chunk and keeps the top ``n`` by a partial
sort (:func:`cbec_rag.bm25.top_positive`), FAISS returns its top ``n``, and the pooled chunks'
exact scores come from the BM25 score array and the stored vectors.
"""

from __future__ import annotations

import time

import numpy as np

from ..bm25 import top_positive
from ..errors import IndexMismatchError
from ..store import LoadedIndex
from .base import CandidateQuery, Candidates, SearchBackend


class EmbeddedBackend(SearchBackend):
    """Searches one :class:`~cbec_rag.store.LoadedIndex` in process."""

    name = "embedded"

    def __init__(self, index: LoadedIndex) -> None:
        if index.dense is None:
            raise IndexMismatchError(
                "this index was loaded without its FAISS index (load_index(dense=False), for the Milvus "
                "backend): load it with dense=True to search it in process"
            )
        self.index = index
        self._id_rank: np.ndarray | None = None  # see tiebreak

    def size(self) -> int:
        return len(self.index.chunks)

    def tiebreak(self) -> np.ndarray:
        """Each chunk's position in chunk-id order: equal scores are ranked by chunk id, so results
        are deterministic. Made once per backend (a sort of the ids, ~1 s per million chunks)."""
        if self._id_rank is None:
            ids = np.array([c.chunk_id for c in self.index.chunks])
            rank = np.empty(len(ids), dtype=np.int64)
            rank[np.argsort(ids, kind="stable")] = np.arange(len(ids), dtype=np.int64)
            self._id_rank = rank
        return self._id_rank

    def candidates(self, query: CandidateQuery) -> Candidates:
        n = len(self.index.chunks)
        timings: dict[str, float] = {}
        bm25_scores: np.ndarray | None = None
        if query.terms is not None:
            t0 = time.perf_counter()
            terms = query.terms
            bm25_scores = self.index.bm25.scores(terms) if terms else np.zeros(n, dtype=np.float32)
            timings["bm25"] = (time.perf_counter() - t0) * 1000
        qvec = query.vector
        dense_ids = dense_scores = None
        if qvec is not None:
            t0 = time.perf_counter()
            dense_scores, dense_ids = self.index.dense.search(qvec, query.n)
            timings["dense"] = (time.perf_counter() - t0) * 1000

        cand = self.pool(bm25_scores, dense_ids, dense_scores, qvec, query.n)
        cand.timings_ms = timings
        return cand

    def pool(
        self,
        bm25_scores: np.ndarray | None,
        dense_ids: np.ndarray | None,
        dense_scores: np.ndarray | None,
        qvec: np.ndarray | None,
        n: int,
    ) -> Candidates:
        """The candidate pool from a full BM25 score array and FAISS' answer."""
        tie = self.tiebreak()
        ranked_rows: dict[str, np.ndarray] = {}  # chunk rows, best first
        if bm25_scores is not None:
            ranked_rows["bm25"] = top_positive(bm25_scores, n, tiebreak=tie)[0]
        if qvec is not None and dense_ids is not None and dense_scores is not None:
            ranked_rows["dense"] = dense_ids[np.lexsort((tie[dense_ids], -dense_scores))]
        pool = np.unique(np.concatenate([*ranked_rows.values(), np.zeros(0, dtype=np.int64)]))
        # exact per-retriever scores for every pooled chunk, so each hit shows both (float64, as
        # the fused score is summed in float64)
        raw: dict[str, np.ndarray] = {}
        if bm25_scores is not None:
            raw["bm25"] = bm25_scores[pool].astype(np.float64)
        if qvec is not None:
            raw["dense"] = (self.index.vectors[pool] @ qvec).astype(np.float64)
        chunks = self.index.chunks
        return Candidates(
            chunks=[chunks[int(i)] for i in pool],
            tie=tie[pool],
            ranked={name: np.searchsorted(pool, rows) for name, rows in ranked_rows.items()},
            raw=raw,
        )
