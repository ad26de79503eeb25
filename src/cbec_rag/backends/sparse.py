"""BM25 as sparse vectors, computed client-side, so a vector store ranks as :mod:`cbec_rag.bm25`.

A chunk's lexical side is stored as ``{key(term): tfc}`` where ``tfc`` is BM25's saturated,
length-normalised term frequency (the Lucene variant bm25s uses)::

    tfc(t, d) = tf / (tf + k1 * (1 - b + b * len(d) / avgdl))

and a question's as ``{key(term): weight(term) * idf(term)}`` with the cross-lingual query
weights and the index vocabulary's IDF (``log(1 + (N - df + 0.5) / (df + 0.5))``). Their inner
product is the weighted BM25 score the embedded backend computes. Tokens are the same jieba +
domain-dictionary tokens (:func:`cbec_rag.tokenize.tokenize`), never the store's own analyser.

Keys are the first 32 bits of a term's blake2b hash (stable across processes and builds,
unlike bm25s' term ids); two terms of one chunk sharing a key is possible but rare (about
n^2 / 2^33 pairs over an n-term vocabulary). :data:`EMPTY_KEY` marks a chunk without tokens (a
store may refuse an empty sparse vector); no term maps to it.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np

from ..bm25 import Vocabulary

EMPTY_KEY = 2**32 - 2
_KEY_SPACE = 2**32 - 2  # term keys are 0 .. 2**32-3


def term_key(term: str) -> int:
    """The sparse-vector key of a term (32-bit, from blake2b, independent of PYTHONHASHSEED)."""
    h = int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest(), "little")
    return h % _KEY_SPACE


def mean_length(token_lists: Iterable[list[str]]) -> float:
    """Average chunk length in tokens (BM25's avgdl), as bm25s computes it."""
    lengths = [len([t for t in toks if t]) for toks in token_lists]
    return float(np.mean(lengths)) if lengths else 1.0


def doc_vector(tokens: list[str], *, avgdl: float, k1: float, b: float) -> dict[int, float]:
    """The stored lexical side of one chunk: ``{key: tfc}``."""
    toks = [t for t in tokens if t]
    if not toks:
        return {EMPTY_KEY: 1.0}
    norm = k1 * ((1 - b) + b * len(toks) / (avgdl or 1.0))
    out: dict[int, float] = {}
    for term, tf in Counter(toks).items():
        key = term_key(term)
        out[key] = out.get(key, 0.0) + float(np.float32(tf / (norm + tf)))
    return out


class LexicalQuery:
    """A question's weighted terms, ready for a sparse search and for exact scoring of a chunk's
    stored vector (float32 sums grouped by weight, as :meth:`cbec_rag.bm25.BM25Index.scores`)."""

    def __init__(self, terms: Mapping[str, float], vocab: Vocabulary) -> None:
        groups: dict[float, list[tuple[str, int, np.float32]]] = {}
        for term, w in terms.items():
            if term not in vocab:
                continue
            w = float(w)
            if w == 0.0 or not math.isfinite(w):
                continue
            groups.setdefault(w, []).append((term, term_key(term), np.float32(vocab.idf(term))))
        self._groups = [(np.float32(w), sorted(groups[w])) for w in sorted(groups)]
        vec: dict[int, float] = {}
        for w, items in self._groups:
            for _, key, idf in items:
                vec[key] = vec.get(key, 0.0) + float(w) * float(idf)
        self.vector = vec  # {key: weight * idf}: what the store searches with

    def __bool__(self) -> bool:
        return bool(self.vector)

    def score(self, stored: Mapping[int, float]) -> float:
        """The weighted BM25 score of a chunk from its stored ``{key: tfc}``."""
        total = np.float32(0.0)
        for w, items in self._groups:
            s = np.float32(0.0)
            for _, key, idf in items:
                v = stored.get(key)
                if v:
                    s += np.float32(idf * np.float32(v))
            total += w * s
        return float(total)
