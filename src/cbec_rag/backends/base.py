"""The search-backend interface: where the candidate passages of a question come from.

A backend answers one call, :meth:`SearchBackend.candidates`: given the question's weighted
lexical terms and its query vector, the top ``n`` chunks of each signal and, for every chunk in
the union of those lists (the *pool*), its exact score under each signal. Fusion and ranking
stay in :mod:`cbec_rag.retrieve`, the same code for every backend, so two backends holding the
same chunk records rank them the same way.

    SearchBackend
    ├── EmbeddedBackend   FAISS + bm25s files of the loaded index generation (the default)
    └── MilvusBackend     a Milvus collection behind an alias (pymilvus; milvus-lite or a cluster)
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..types import Chunk

SIGNALS = ("bm25", "dense")


@dataclass(frozen=True)
class CandidateQuery:
    """What a backend searches with.

    ``terms``: lexical query terms and their weights (``{token: weight}``, from
    :func:`cbec_rag.crosslingual.build_query`), None to skip the lexical signal.
    ``vector``: the unit query vector, None to skip the dense signal. ``n``: how many
    candidates each signal contributes at most.
    """

    terms: Mapping[str, float] | None
    vector: np.ndarray | None
    n: int


@dataclass
class Candidates:
    """The candidate pool of one query, in pool order (position ``j`` everywhere below).

    ``chunks[j]`` is the chunk, ``tie[j]`` its place in chunk-id order (equal fused scores are
    ranked by it), ``ranked[signal]`` the pool positions that signal returned, best first, and
    ``raw[signal][j]`` the exact score of chunk ``j`` under that signal (float64; every pooled
    chunk has one, whether that signal ranked it or not).
    """

    chunks: Sequence[Chunk]
    tie: np.ndarray
    ranked: dict[str, np.ndarray]
    raw: dict[str, np.ndarray]
    timings_ms: dict[str, float] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.chunks)


class SearchBackend(ABC):
    """Dense, lexical and hybrid candidates over one set of chunk records."""

    #: short name for messages and ``/ready`` (``embedded``, ``milvus``)
    name: str = "backend"

    @abstractmethod
    def candidates(self, query: CandidateQuery) -> Candidates:
        """The top ``query.n`` chunks of each requested signal, with every pooled chunk's exact
        score under each requested signal. Raises :class:`~cbec_rag.errors.BackendUnavailableError`
        when the store cannot answer (never a partial pool)."""

    def size(self) -> int:
        """How many chunks the backend searches (an upper bound is enough)."""
        raise NotImplementedError

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections (nothing by default)."""


def pool_ranks(ranked: Mapping[str, np.ndarray], size: int) -> dict[str, np.ndarray]:
    """1-based rank of each pool position in each signal, 0 where that signal did not rank it."""
    ranks: dict[str, np.ndarray] = {}
    for name, pos in ranked.items():
        r = np.zeros(size, dtype=np.int64)
        r[pos] = np.arange(1, pos.size + 1)
        ranks[name] = r
    return ranks
