"""Search backends (see :mod:`.base`): ``embedded`` (default) and ``milvus``.

:class:`BackendSpec` is what the edges (CLI flags, service settings) hand the library;
:func:`open_backend` turns it into a :class:`~.base.SearchBackend` for a loaded index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import QueryError
from .base import CandidateQuery, Candidates, SearchBackend
from .embedded import EmbeddedBackend

if TYPE_CHECKING:
    from ..store import LoadedIndex
    from .milvus import MilvusTarget

BACKENDS = ("embedded", "milvus")

__all__ = [
    "BACKENDS",
    "BackendSpec",
    "CandidateQuery",
    "Candidates",
    "EmbeddedBackend",
    "SearchBackend",
    "open_backend",
]


@dataclass(frozen=True)
class BackendSpec:
    """Which backend to search: ``kind`` embedded or milvus; for milvus, its URI (a milvus-lite
    file or ``http://host:19530``), the alias of the live collection and HNSW's search ef."""

    kind: str = "embedded"
    milvus_uri: str | None = None
    milvus_alias: str | None = None
    milvus_ef: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in BACKENDS:
            raise QueryError(f"unknown backend {self.kind!r}: choose one of {', '.join(BACKENDS)}")
        if self.kind == "milvus" and not (self.milvus_uri or "").strip():
            raise QueryError("--backend milvus needs --milvus-uri FILE.db or http://host:19530")
        if self.kind == "milvus" and self.milvus_alias is not None:
            from .milvus_names import alias_problem

            problem = alias_problem(self.milvus_alias)
            if problem:
                raise QueryError(
                    f"--milvus-alias {self.milvus_alias!r} is not a usable Milvus alias: {problem}"
                )

    @staticmethod
    def searches_locally(spec: object) -> bool:
        """Whether ``spec`` (a spec, a backend object or None: the embedded default) searches the
        index's own FAISS vectors, which :func:`~cbec_rag.store.load_index` must then load
        (``dense=True``); a Milvus backend searches its collection."""
        return not (isinstance(spec, BackendSpec) and spec.kind == "milvus")

    def milvus(self) -> MilvusTarget:
        from .milvus import DEFAULT_ALIAS, DEFAULT_EF, MilvusTarget

        return MilvusTarget(
            uri=str(self.milvus_uri),
            alias=self.milvus_alias or DEFAULT_ALIAS,
            ef=self.milvus_ef or DEFAULT_EF,
        )


def open_backend(
    spec: BackendSpec | None, index: LoadedIndex, *, embedder_id: str, dim: int
) -> SearchBackend:
    """The backend ``spec`` names, over ``index`` (whose vocabulary and chunk records the
    Milvus backend uses for query weights and to keep results within that generation)."""
    if spec is None or spec.kind == "embedded":
        return EmbeddedBackend(index)
    from .milvus import MilvusBackend

    return MilvusBackend(
        spec.milvus(),
        embedder_id=embedder_id,
        dim=dim,
        vocab=index.bm25.vocab,
        known={c.chunk_id: c for c in index.chunks},
    )
