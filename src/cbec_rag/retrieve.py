"""Hybrid retrieval: BM25 (jieba tokens + cross-lingual expansion) and dense (FAISS), fused.

Fusion is a weighted sum of min-max normalised scores over the candidate pool
(``fusion="weighted"``, the default: on the gold set it beat both single retrievers on
hit@5 and MRR, where equal-weight RRF fell below BM25 alone; see eval/sweep_fusion.py)
or reciprocal rank fusion (``fusion="rrf"``: ``sum_r w_r / (rrf_k + rank_r)``, k=60). Every hit
carries the raw score and rank it got from each retriever (``None`` when that
retriever did not rank it), so a user can see why a passage ranked. Ties are broken
by chunk id, so results are deterministic.

A hybrid search then reorders the fused order's best passages by a fitted reranker when one is
shipped for the embedder (:mod:`cbec_rag.rerank`); ``score`` is then its probability.
"""

from __future__ import annotations

import threading
import time
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from .backends.base import CandidateQuery, Candidates, SearchBackend, pool_ranks
from .crosslingual import WeightedQuery, build_query
from .embed import Embedder
from .errors import MAX_QUESTION_CHARS as MAX_QUESTION_CHARS  # re-exported: the limit lives in errors
from .errors import QueryError, check_question_length
from .rerank import DEPTH, PassageFeatures, Reranker, continued, passage_lang, reranked
from .store import LoadedIndex
from .types import Hit

MODES = ("hybrid", "bm25", "dense")
FUSIONS = ("rrf", "weighted")

MAX_K = 50


@dataclass
class Retrieval:
    question: str  # the question as searched (normalised, possibly truncated)
    hits: list[Hit]
    notes: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    query_vector: np.ndarray | None = None
    # ``build_query(question, vocabulary=index vocabulary)`` as the search made it (None when the
    # retriever does not expand): the extractive generator reuses it rather than build it again
    query: WeightedQuery | None = None


def normalise_question(question: str) -> str:
    """NFC, control characters and lone surrogates removed, whitespace collapsed."""
    if not isinstance(question, str):
        raise QueryError("the question must be text")
    q = question.encode("utf-8", "replace").decode("utf-8")
    q = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in q)
    q = unicodedata.normalize("NFC", " ".join(q.split()))
    if not q:
        raise QueryError("the question is empty: ask something, e.g. 跨境电商综试区有哪些支持政策？")
    return q


def scaled_by_language(vals: np.ndarray, chunks) -> np.ndarray:
    """``vals`` min-max scaled to [0, 1] within the passages of each language (a language with one
    passage, or with equal scores, gets 0 for it)."""
    langs = np.array([passage_lang(c.text) for c in chunks])
    out = np.zeros(len(vals), dtype=np.float64)
    for lang in set(langs.tolist()):
        m = langs == lang
        lo, hi = vals[m].min(), vals[m].max()
        if hi > lo:
            out[m] = (vals[m] - lo) / (hi - lo)
    return out


class Retriever:
    """Searches one loaded index with one embedder, through a search backend (the index's own
    FAISS + BM25 files unless another is given: :mod:`cbec_rag.backends`). The index always
    supplies the vocabulary the query terms are weighted with."""

    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder,
        *,
        weights: dict[str, float] | None = None,
        fusion: str = "weighted",
        rrf_k: int = 60,
        candidates: int = 50,
        expand: bool = True,
        backend: SearchBackend | None = None,
        bridge_terms: int | None = None,
        reranker: Reranker | None = None,
    ) -> None:
        if fusion not in FUSIONS:
            raise QueryError(f"unknown fusion {fusion!r}: choose one of {', '.join(FUSIONS)}")
        if bridge_terms is not None and (not isinstance(bridge_terms, int) or bridge_terms < 0):
            raise QueryError(f"bridge_terms must be None (all) or an integer >= 0, not {bridge_terms!r}")
        self.index = index
        self.embedder = embedder
        self.weights = {"bm25": 1.0, "dense": 1.0, **(weights or {})}
        self.fusion = fusion
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.expand = expand
        self.bridge_terms = bridge_terms  # see dense_text
        # reorders the fused order's best DEPTH passages of a hybrid search (None: the fused order)
        self.reranker = reranker
        self.features = PassageFeatures(index.bm25, index.chunks)
        self._vocab = index.bm25.vocab
        if backend is None:
            from .backends.embedded import EmbeddedBackend

            backend = EmbeddedBackend(index)
        self.backend = backend
        self._qvecs: OrderedDict[str, np.ndarray] = OrderedDict()  # recent query vectors by embedded text
        self._qlock = threading.Lock()

    def _embed_query(self, text: str) -> np.ndarray:
        """The query vector of ``text``, from a small cache of recent ones (the answer selector
        asks again for the vector a search just made)."""
        with self._qlock:
            vec = self._qvecs.get(text)
            if vec is not None:
                self._qvecs.move_to_end(text)
                return vec
        vec = self.embedder.embed_query(text)
        with self._qlock:
            self._qvecs[text] = vec
            while len(self._qvecs) > 64:
                self._qvecs.popitem(last=False)
        return vec

    def query_vector(self, question: str) -> np.ndarray:
        """The vector the dense search uses for ``question`` (as :meth:`search` returned it)."""
        wq = build_query(
            question,
            vocabulary=self._vocab if self.expand else None,
            use_glossary=self.expand,
            use_cedict=self.expand,
        )
        text, _ = self.embedder.truncate(self.dense_text(question, wq), role="query")
        return self._embed_query(text)

    def search(self, question: str, k: int = 5, mode: str = "hybrid") -> Retrieval:
        if mode not in MODES:
            raise QueryError(f"unknown mode {mode!r}: choose one of {', '.join(MODES)}")
        if not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise QueryError(f"k must be an integer between 1 and {MAX_K}")
        check_question_length(question)  # the same rule and message as the HTTP API's 422
        q = normalise_question(question)
        notes: list[str] = []
        timings: dict[str, float] = {}
        n = self.backend.size()
        n_cand = min(n, max(self.candidates, k))

        if not any(ch.isalnum() for ch in q):
            raise QueryError("the question has no searchable words (only punctuation or symbols)")
        t0 = time.perf_counter()
        wq = build_query(
            q,
            vocabulary=self._vocab if self.expand else None,
            use_glossary=self.expand,
            use_cedict=self.expand,
        )
        timings["query"] = (time.perf_counter() - t0) * 1000

        terms = None
        if mode in ("hybrid", "bm25"):
            if not wq.terms and mode == "bm25":
                raise QueryError("the question has no searchable words (only punctuation or stopwords?)")
            terms = wq.terms

        qvec = None
        embed_ms = None
        if mode in ("hybrid", "dense"):
            t0 = time.perf_counter()
            text, truncated = self.embedder.truncate(self.dense_text(q, wq), role="query")
            if truncated:
                notes.append(
                    f"question truncated to the embedding model's {self.embedder.max_tokens}-token limit"
                )
            qvec = self._embed_query(text)
            embed_ms = (time.perf_counter() - t0) * 1000

        cand = self.backend.candidates(CandidateQuery(terms, qvec, n_cand))
        # stage timings in pipeline order: query, bm25, embed, dense, fuse
        if "bm25" in cand.timings_ms:
            timings["bm25"] = cand.timings_ms["bm25"]
        if embed_ms is not None:
            timings["embed"] = embed_ms
        timings.update({k_: v for k_, v in cand.timings_ms.items() if k_ != "bm25"})

        t0 = time.perf_counter()
        # a query vector of one language scores passages of the other lower across the board (the
        # small multilingual model's language gap): its dense scores are compared within each
        # language; an English question's vector already holds its Chinese bridge terms
        rerank = mode == "hybrid" and self.reranker is not None and self.expand and bool(wq.terms)
        hits = self._rank(
            cand,
            max(k, DEPTH) if rerank else k,
            mode,
            by_language=mode == "hybrid" and self.dense_text(q, wq) == q,
        )
        timings["fuse"] = (time.perf_counter() - t0) * 1000
        if rerank and hits:
            t0 = time.perf_counter()
            # (the fused order's best DEPTH only, as fitted; a longer list goes on in the fused order)
            top, rest = hits[:DEPTH], hits[DEPTH:k]
            hits = reranked(top, self.reranker.scores(self.features.matrix(wq, top)), k)  # type: ignore[union-attr]
            hits += continued(rest, after=hits[-1])
            timings["rerank"] = (time.perf_counter() - t0) * 1000
        elif mode == "hybrid" and self.reranker is not None and self.expand and hits:
            notes.append("passage reranker skipped: the question has no searchable terms (fused order)")
        return Retrieval(q, hits, notes, timings, qvec, wq if self.expand else None)

    def dense_text(self, question: str, wq) -> str:
        """The text embedded for the dense side. An English question gets its Chinese bridge terms
        appended (measured on the gold set: English dense hit@5 0.35 -> ~0.7 with the small
        multilingual model, whose English-to-Chinese alignment is weak on its own).

        ``bridge_terms`` (the retriever's) keeps only that many, the highest-weighted (0: the
        question alone). The default is all: eval/sweep_bridge.py measured that every cap that
        embeds noticeably less (4, 8 or 12 terms, the question alone; also the question and the
        terms as two inputs with their vectors summed) costs English hybrid MRR@10 0.05 to 0.12,
        while the caps that keep it (16, 20) embed nearly the same text (README, benchmarks)."""
        if not self.expand or wq.lang != "en":
            return question
        extra: list[str] = []
        for terms in wq.expansions.values():
            for t in terms:
                if t not in extra and any("\u4e00" <= ch <= "\u9fff" for ch in t):
                    extra.append(t)
        if self.bridge_terms is not None and len(extra) > self.bridge_terms:
            best = sorted(range(len(extra)), key=lambda i: (-wq.terms.get(extra[i], 0.0), i))
            extra = [extra[i] for i in sorted(best[: self.bridge_terms])]  # in their first-seen order
        return f"{question} {' '.join(extra)}" if extra else question

    def _rank(self, cand: Candidates, k: int, mode: str, *, by_language: bool = False) -> list[Hit]:
        """Fuse a backend's candidate pool (the top ``n`` of each signal); nothing here touches
        the whole corpus. ``by_language``: the dense scores are min-max scaled within each
        language of the pooled passages, not across the pool (weighted fusion; measured on the fit
        corpora, README); the hits keep the raw scores."""
        if cand.size == 0:
            return []
        raw = cand.raw
        ranks = pool_ranks(cand.ranked, cand.size)
        if mode != "hybrid":
            fused = raw[mode]
        elif self.fusion == "rrf":
            fused = np.zeros(cand.size, dtype=np.float64)
            for name, r in ranks.items():
                w = self.weights.get(name, 1.0)
                fused = fused + np.where(r > 0, w / (self.rrf_k + np.maximum(r, 1)), 0.0)
        else:
            fused = np.zeros(cand.size, dtype=np.float64)
            for name, vals in raw.items():
                if name == "dense" and by_language:
                    fused = fused + self.weights.get(name, 1.0) * scaled_by_language(vals, cand.chunks)
                    continue
                lo, hi = vals.min(), vals.max()  # once per pool
                if hi > lo:
                    fused = fused + self.weights.get(name, 1.0) * ((vals - lo) / (hi - lo))
        keep = np.arange(cand.size) if mode == "hybrid" else np.flatnonzero(ranks[mode] > 0)
        top = keep[np.lexsort((cand.tie[keep], -fused[keep]))][:k]
        hits = []
        for r, j in enumerate(top.tolist(), start=1):
            hits.append(
                Hit(
                    chunk=cand.chunks[j],
                    score=float(fused[j]),
                    rank=r,
                    scores={name: float(raw[name][j]) for name in ("bm25", "dense") if name in raw},
                    ranks={
                        name: (int(ranks[name][j]) or None) for name in ("bm25", "dense") if name in ranks
                    },
                )
            )
        return hits
