"""A fitted passage reranker for the hybrid search (issue 16: answers lost to retrieval).

The fused order of BM25 and dense scores put a passage holding the answer first for 0.61 of the
fit writers' questions, and in the top 5 for 0.93 (eval/fit_reranker.py). Its best
:data:`DEPTH` passages are reordered here by a logistic model over generic signals of each
passage, the same in any corpus or language:

* retrieval: the fused score and each retriever's score beside the pool's best, and the three
  ranks (fused, BM25, dense);
* the question's terms (IDF-weighted, cross-lingual bridge terms at their weights) found in the
  passage's indexed text (read from the BM25 postings, not by tokenising passages per query), in
  its section path, in its document's title, and in its text outside the section path;
* the passage: its length, and whether it is in the question's language (English questions also
  get their dense gap and term cover apart: a Chinese corpus answers them across languages).

The weights are fitted by ``python eval/fit_reranker.py`` on questions written for fitting (never
on sealed ones) and shipped per embedder under ``data/rerank/``; an embedder without a file keeps
the fused order. The hits keep their retrievers' scores; ``score`` becomes the reranker's
probability, so ranks follow scores.
"""

from __future__ import annotations

import json
import math
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from .bm25 import BM25Index
from .crosslingual import WeightedQuery
from .errors import RerankerError
from .logistic import Logistic, weights_name
from .tokenize import detect_lang, token_set
from .types import Chunk, Hit

FIT_COMMAND = "python eval/fit_reranker.py"
RERANK_VERSION = 1
#: how many of the fused order's best passages are reordered (a deeper pool changed nothing on
#: the fit data: a passage holding the answer was in the fused top 30 for 0.99 of the questions)
DEPTH = 30
#: the rank given to a passage one retriever did not return (its pool is 50 deep)
_UNRANKED = 60

NAMES: tuple[str, ...] = (
    "fused_gap",
    "bm25_rel",
    "dense_gap",
    "log_rank",
    "log_rank_bm25",
    "log_rank_dense",
    "log_len",
    "same_lang",
    "dense_gap_en",
    "cover_en",
    "cover",
    "cover_section",
    "cover_title",
    "cover_text",
    "cover_all",
)
_INDEX = {n: i for i, n in enumerate(NAMES)}


@lru_cache(maxsize=1 << 14)
def passage_lang(text: str) -> str:
    """The language of a passage's text (cached: the same passages come back question after
    question; the cache holds the texts the pools last brought, not the corpus)."""
    return detect_lang(text)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> frozenset[str]:
    """Tokens of a title or section path (few distinct ones per corpus, asked again and again)."""
    return token_set(text) if text else frozenset()


class PassageFeatures:
    """Feature rows (:data:`NAMES`) of fused hits, over one index's BM25 postings."""

    def __init__(self, bm25: BM25Index, chunks: Sequence[Chunk]) -> None:
        self.bm25 = bm25
        self._chunks = chunks
        self._rows: dict[str, int] | None = None  # chunk id -> BM25 row, made on first use

    def rows(self, hits: Sequence[Hit]) -> np.ndarray:
        """The BM25 rows of ``hits`` (-1 for a chunk this index does not hold)."""
        if self._rows is None:
            self._rows = {c.chunk_id: i for i, c in enumerate(self._chunks)}
        return np.array([self._rows.get(h.chunk.chunk_id, -1) for h in hits], dtype=np.int64)

    def matrix(self, wq: WeightedQuery, hits: Sequence[Hit]) -> np.ndarray:
        """One row per hit, in ``hits`` order (the fused order, best first)."""
        X = np.zeros((len(hits), len(NAMES)), dtype=np.float64)
        if not hits:
            return X
        vocab = self.bm25.vocab
        terms = sorted(wq.terms)
        weight = np.array([wq.terms[t] * vocab.idf(t) for t in terms], dtype=np.float64)
        total = float(weight.sum()) or 1.0
        indexed = self.bm25.holds(terms, self.rows(hits))  # (terms, hits)
        fused = np.array([h.score for h in hits], dtype=np.float64)
        bm25 = np.array([h.scores.get("bm25") or 0.0 for h in hits], dtype=np.float64)
        dense = np.array([h.scores.get("dense") or 0.0 for h in hits], dtype=np.float64)
        en = float(wq.lang == "en")
        top_fused, top_bm25, top_dense = float(fused.max()), float(bm25.max()), float(dense.max())
        for j, h in enumerate(hits):
            c = h.chunk
            section = _tokens(f"{c.section} {c.header}".strip())
            title = _tokens(c.title)
            has = indexed[:, j]
            in_section = np.array([t in section for t in terms], dtype=bool)
            in_title = np.array([t in title for t in terms], dtype=bool)
            cover = float(weight[has].sum()) / total
            row = X[j]
            row[_INDEX["fused_gap"]] = fused[j] - top_fused
            row[_INDEX["bm25_rel"]] = bm25[j] / top_bm25 if top_bm25 > 0 else 0.0
            row[_INDEX["dense_gap"]] = dense[j] - top_dense
            row[_INDEX["log_rank"]] = math.log(j + 1)
            row[_INDEX["log_rank_bm25"]] = math.log(h.ranks.get("bm25") or _UNRANKED)
            row[_INDEX["log_rank_dense"]] = math.log(h.ranks.get("dense") or _UNRANKED)
            row[_INDEX["log_len"]] = math.log(len(c.text) + 1)
            row[_INDEX["same_lang"]] = float(passage_lang(c.text) == wq.lang)
            row[_INDEX["dense_gap_en"]] = row[_INDEX["dense_gap"]] * en
            row[_INDEX["cover_en"]] = cover * en
            row[_INDEX["cover"]] = cover
            row[_INDEX["cover_section"]] = float(weight[in_section].sum()) / total
            row[_INDEX["cover_title"]] = float(weight[in_title].sum()) / total
            row[_INDEX["cover_text"]] = float(weight[has & ~in_section].sum()) / total
            row[_INDEX["cover_all"]] = float(weight[has | in_title].sum()) / total
        return X


class Reranker(ABC):
    """Scores passages from their feature rows; higher ranks first."""

    @abstractmethod
    def scores(self, X: np.ndarray) -> np.ndarray:
        """One score per row of ``X`` (columns :data:`NAMES`)."""


@dataclass(frozen=True)
class LogisticReranker(Reranker):
    """P(the passage holds the answer), by a logistic model fitted for one embedder."""

    embedder: str
    version: int
    model: Logistic

    def scores(self, X: np.ndarray) -> np.ndarray:
        return self.model.proba(X[:, [_INDEX[n] for n in self.model.names]])

    def to_json(self) -> dict:
        return {"embedder": self.embedder, "version": self.version, "depth": DEPTH, **self.model.to_json()}

    @classmethod
    def load(cls, path: Path | str, *, embedder_id: str) -> LogisticReranker:
        """Load and check a weights file: of this version, and fitted for ``embedder_id``."""
        path = Path(path)
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
            out = cls(str(obj["embedder"]), int(obj["version"]), Logistic.from_json(obj, _INDEX))
        except FileNotFoundError as e:
            raise RerankerError(f"reranker weights {path} not found: fit them with `{FIT_COMMAND}`") from e
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise RerankerError(
                f"reranker weights {path} are unreadable ({type(e).__name__}: {e}): refit with `{FIT_COMMAND}`"
            ) from e
        if out.version != RERANK_VERSION:
            raise RerankerError(
                f"reranker weights {path} are of version {out.version}, this code computes version "
                f"{RERANK_VERSION}: refit with `{FIT_COMMAND}`"
            )
        if out.embedder != embedder_id:
            raise RerankerError(
                f"reranker weights {path} were fitted for embedder {out.embedder}, the index uses "
                f"{embedder_id}: refit with `{FIT_COMMAND}` on indexes built with it"
            )
        return out

    @classmethod
    def packaged(cls, embedder_id: str) -> LogisticReranker | None:
        """The weights shipped for ``embedder_id``; None when none were fitted for it."""
        own = resources.files("cbec_rag") / "data" / "rerank" / weights_name(embedder_id)
        if not own.is_file():
            return None
        return _cached(str(own), embedder_id)


@lru_cache(maxsize=8)
def _cached(path: str, embedder_id: str) -> LogisticReranker:
    return LogisticReranker.load(path, embedder_id=embedder_id)


def reranked(hits: Sequence[Hit], scores: np.ndarray, k: int) -> list[Hit]:
    """The best ``k`` of ``hits`` by ``scores`` (ties: the fused order), renumbered from 1, each
    with its score."""
    order = np.lexsort((np.arange(len(hits)), -np.asarray(scores, dtype=np.float64)))[:k]
    return [replace(hits[j], score=float(scores[j]), rank=r) for r, j in enumerate(order.tolist(), start=1)]


def continued(hits: Sequence[Hit], *, after: Hit) -> list[Hit]:
    """``hits`` (the fused order past :data:`DEPTH`) numbered on from ``after``, the last reranked
    hit, each scored as it is (ranks follow scores: none of them is reordered)."""
    return [replace(h, score=after.score, rank=after.rank + i) for i, h in enumerate(hits, start=1)]


__all__ = [
    "DEPTH",
    "FIT_COMMAND",
    "NAMES",
    "RERANK_VERSION",
    "LogisticReranker",
    "PassageFeatures",
    "Reranker",
    "continued",
    "passage_lang",
    "reranked",
]
