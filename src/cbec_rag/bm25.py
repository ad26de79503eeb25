"""A small BM25 index over pre-tokenised passages, backed by ``bm25s``.

Passages are tokenised by the caller (with :func:`cbec_rag.tokenize.tokenize`); this
module only stores and scores them. Queries are *weighted* term bags
(``{token: weight}``, see :mod:`cbec_rag.crosslingual`): the score of a document is
``sum(weight(t) * bm25(t, doc))`` over the query terms that are in the vocabulary.

Files written by :meth:`BM25Index.save` (one folder):

* bm25s' own files (``params.index.json``, ``vocab.index.json``, ``*.csc.index.npy``),
  saved with ``allow_pickle=False``;
* ``cbec_bm25.json``: ``{"format": 1, "n_docs": N, "n_vocab": V, "k1", "b", "method"}``,
  written last, so a folder without it is an interrupted save.

``bm25s`` (and through it scipy) is imported lazily, on first build; loading a saved index
reads its arrays with numpy alone (BM25L/BM25+ indexes excepted), so a query process never
imports it.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import CorpusError, IndexCorruptError

__all__ = ["BM25Index", "FORMAT_VERSION", "META_NAME", "Vocabulary", "top_positive"]

META_NAME = "cbec_bm25.json"
FORMAT_VERSION = 1
_EMPTY = ""  # bm25s' "empty token", never a real token (tokenize() drops empty strings)


def _bm25s():
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


#: bm25s methods whose scores need no non-occurrence term: a saved index of one of these is
#: read and scored with numpy alone (:class:`_SavedScores`)
_PLAIN_METHODS = ("robertson", "lucene", "atire")


class _SavedScores:
    """The read side of a saved bm25s index, with numpy alone, for the methods in
    :data:`_PLAIN_METHODS`: a query process then never imports bm25s and scipy (0.5 s or more of
    a cold CLI call). Reads the same files as ``bm25s.BM25.load`` and scores exactly as its
    ``get_scores`` (same float32 sums, in the same order)."""

    def __init__(self, folder: Path, params: dict[str, Any], *, mapped: bool = False) -> None:
        self.k1 = float(params["k1"])
        self.b = float(params["b"])
        self.method = str(params["method"])
        self.dtype = np.dtype(params.get("dtype", "float32"))
        self.int_dtype = np.dtype(params.get("int_dtype", "int32"))
        self.vocab_dict: dict[str, int] = json.loads(
            (folder / "vocab.index.json").read_text(encoding="utf-8")
        )
        # mapped: the postings (data, indices) stay on disk until a score needs them; the vocabulary's
        # document frequencies come from indptr, always in memory
        self.scores = {
            name: np.load(
                folder / f"{name}.csc.index.npy",
                allow_pickle=False,
                mmap_mode="r" if mapped and name != "indptr" else None,
            )
            for name in ("data", "indices", "indptr")
        }
        self.scores["num_docs"] = params["num_docs"]

    def get_scores(self, ids: list[int]) -> np.ndarray:
        data, indices, indptr = self.scores["data"], self.scores["indices"], self.scores["indptr"]
        q = np.asarray(ids, dtype=self.int_dtype)
        if int(q.max(initial=0)) >= len(indptr) - 1:
            raise ValueError("a query term id is outside the index")
        out = np.zeros(self.scores["num_docs"], dtype=self.dtype)
        for start, end in zip(indptr[q], indptr[q + 1], strict=True):
            # a term's column names each document once, so a plain indexed add is np.add.at's
            # sum in the same order (and several times faster on long posting lists)
            out[indices[start:end]] += data[start:end]
        return out


def _read_saved(folder: Path, *, mapped: bool = False) -> Any:
    """A saved index's scorer: :class:`_SavedScores` when its method allows, else bm25s' own
    (``mapped``: its postings memory-mapped)."""
    params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
    if params.get("method") in _PLAIN_METHODS and params.get("backend", "numpy") == "numpy":
        return _SavedScores(folder, params, mapped=mapped)
    return _bm25s().BM25.load(str(folder), allow_pickle=False, show_progress=False, mmap=mapped)


def top_positive(
    scores: np.ndarray, k: int, *, tiebreak: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``(ids int64, scores)`` of the best ``k`` entries of ``scores`` above 0, by score desc, then
    ``tiebreak[id]`` asc (the id when None). A partial sort: O(n) over ``scores``, and only the
    entries at or above the k-th best score (ties at it included) are sorted."""
    if k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=scores.dtype)
    pos = np.flatnonzero(scores > 0)
    if pos.size > k:
        # preselect: everything strictly above the k-th best score, plus ties at it
        kth = np.partition(scores[pos], pos.size - k)[pos.size - k]
        pos = pos[scores[pos] >= kth]
    s = scores[pos]
    order = np.lexsort((pos if tiebreak is None else tiebreak[pos], -s))[:k]
    ids = pos[order].astype(np.int64)
    return ids, s[order]


class Vocabulary(Mapping[str, int]):
    """The index vocabulary: a read-only ``token -> term id`` mapping that also knows
    document frequencies, so query builders can reason about IDF.

    ``idf`` uses the Lucene formula ``log(1 + (N - df + 0.5) / (df + 0.5))`` whatever
    the scoring method (it is used for weighting heuristics, not for scoring).
    """

    __slots__ = ("_ids", "_indptr", "n_docs", "memo")

    def __init__(self, ids: dict[str, int], indptr: np.ndarray, n_docs: int) -> None:
        self._ids = ids
        self._indptr = indptr
        self.n_docs = n_docs
        self.memo: dict[str, object] = {}  # what query builders derive from the vocabulary, once

    def __getitem__(self, term: str) -> int:
        return self._ids[term]

    def __contains__(self, term: object) -> bool:
        return term in self._ids

    def __iter__(self):
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def doc_freq(self, term: str) -> int:
        """Number of documents containing ``term`` (0 if unknown)."""
        tid = self._ids.get(term)
        if tid is None:
            return 0
        return int(self._indptr[tid + 1] - self._indptr[tid])

    def idf(self, term: str) -> float:
        df = self.doc_freq(term)
        return math.log(1.0 + (self.n_docs - df + 0.5) / (df + 0.5))


class BM25Index:
    """BM25 over a fixed list of token lists; document ids are list positions."""

    def __init__(self, retriever: Any, *, n_docs: int, k1: float, b: float, method: str) -> None:
        self._bm = retriever
        self.n_docs = int(n_docs)
        self.k1 = float(k1)
        self.b = float(b)
        self.method = method
        self._vocab: dict[str, int] = {t: i for t, i in retriever.vocab_dict.items() if t != _EMPTY}
        self._vocabulary = Vocabulary(self._vocab, retriever.scores["indptr"], self.n_docs)

    # ------------------------------------------------------------------ build
    @classmethod
    def build(
        cls,
        token_lists: list[list[str]],
        *,
        k1: float = 1.2,
        b: float = 0.75,
        method: str = "lucene",
    ) -> BM25Index:
        """Index ``token_lists`` (one list per document; empty lists are allowed)."""
        if len(token_lists) == 0:
            raise CorpusError("cannot build a BM25 index over zero passages: the corpus produced no text")
        # plain str tokens: bm25s writes its vocabulary with orjson when that is installed (pymilvus
        # needs it), and orjson refuses other key types (numpy strings, say) that json accepted
        docs = [[str(t) for t in toks if t] for toks in token_lists]
        if not any(docs):
            # bm25s cannot build an empty vocabulary: give every doc the empty token,
            # which is never a query term, so all scores stay 0.
            docs = [[_EMPTY] for _ in docs]
        bm25s = _bm25s()
        retriever = bm25s.BM25(k1=k1, b=b, method=method)
        retriever.index(docs, create_empty_token=True, show_progress=False)
        return cls(retriever, n_docs=len(docs), k1=k1, b=b, method=method)

    # ------------------------------------------------------------------ vocab
    @property
    def vocab(self) -> Vocabulary:
        """Token -> term id (read-only; supports ``in``, ``doc_freq``, ``idf``)."""
        return self._vocabulary

    def has_term(self, term: str) -> bool:
        return term in self._vocab

    def doc_freq(self, term: str) -> int:
        return self._vocabulary.doc_freq(term)

    def __len__(self) -> int:
        return self.n_docs

    # ------------------------------------------------------------------ scoring
    def scores(self, weighted_terms: Mapping[str, float]) -> np.ndarray:
        """float32 ``(n_docs,)``: ``sum(w * bm25(term, doc))``; unknown terms are ignored.

        Terms are grouped by weight and each group is scored by bm25s' ``get_scores``
        (so BM25L/BM25+ non-occurrence terms stay correct), then scaled and summed.
        """
        out = np.zeros(self.n_docs, dtype=np.float32)
        groups: dict[float, list[tuple[str, int]]] = {}
        for term, w in weighted_terms.items():
            tid = self._vocab.get(term)
            if tid is None:
                continue
            w = float(w)
            if w == 0.0 or not math.isfinite(w):
                continue
            groups.setdefault(w, []).append((term, tid))
        # sum in an order fixed by the terms themselves (term ids depend on the build's hash
        # seed), so a rebuild of the same corpus gives bit-identical scores
        for w in sorted(groups):
            s = self._bm.get_scores([tid for _, tid in sorted(groups[w])])
            out += np.float32(w) * np.asarray(s, dtype=np.float32)
        return out

    def holds(self, terms: Sequence[str], rows: np.ndarray) -> np.ndarray:
        """bool ``(len(terms), len(rows))``: whether the indexed text of document ``rows[j]`` has
        ``terms[i]``. A binary search of each term's postings (kept sorted by document), so it
        reads a few entries per row, never a whole column."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.zeros((len(terms), len(rows)), dtype=bool)
        sc = self._bm.scores
        indices, indptr = sc["indices"], sc["indptr"]
        for i, term in enumerate(terms):
            tid = self._vocab.get(term)
            if tid is None or tid + 1 >= len(indptr):
                continue
            col = indices[int(indptr[tid]) : int(indptr[tid + 1])]
            if len(col) == 0:
                continue
            # (rows in the postings' own integer type: else numpy converts, that is copies, the column)
            pos = np.searchsorted(col, rows.astype(col.dtype, copy=False) if col.dtype.kind == "i" else rows)
            out[i] = (pos < len(col)) & (col[np.minimum(pos, len(col) - 1)] == rows)
        return out

    def top_k(
        self, weighted_terms: Mapping[str, float], k: int, *, tiebreak: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(ids int64, scores float32)``: best ``k`` docs with score > 0, by score desc then
        ``tiebreak[id]`` asc (the id itself when ``tiebreak`` is None)."""
        return top_positive(self.scores(weighted_terms), k, tiebreak=tiebreak)

    # ------------------------------------------------------------------ persistence
    def save(self, folder: Path) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        meta_path = folder / META_NAME
        if meta_path.exists():
            meta_path.unlink()  # a crash mid-save must not leave a valid-looking folder
        self._bm.save(str(folder), allow_pickle=False, show_progress=False)
        meta = {
            "format": FORMAT_VERSION,
            "n_docs": self.n_docs,
            "n_vocab": len(self._bm.vocab_dict),
            "k1": self.k1,
            "b": self.b,
            "method": self.method,
        }
        tmp = folder / (META_NAME + ".tmp")
        tmp.write_text(json.dumps(meta, indent=2), encoding="utf-8")
        tmp.replace(meta_path)

    @classmethod
    def load(cls, folder: Path, *, expected_docs: int | None = None, mapped: bool = False) -> BM25Index:
        """Load a saved index; any problem raises :class:`IndexCorruptError`.

        ``mapped``: for a process that scores elsewhere (a Milvus backend) and reads only the
        vocabulary here: the postings are memory-mapped, not read (about 0.76 KB a chunk), and their
        ranges are not scanned (that would read them all); their sizes are still checked."""
        folder = Path(folder)

        def corrupt(why: str) -> IndexCorruptError:
            return IndexCorruptError(
                f"BM25 index at {str(folder)!r} is unusable ({why}): rebuild with `cbec-rag index`"
            )

        meta_path = folder / META_NAME
        if not meta_path.is_file():
            raise corrupt(f"missing {META_NAME}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            fmt = meta["format"]
            n_docs = int(meta["n_docs"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise corrupt(f"unreadable {META_NAME}: {exc}") from exc
        if fmt != FORMAT_VERSION:
            raise corrupt(f"format {fmt!r}, expected {FORMAT_VERSION}")
        if expected_docs is not None and n_docs != expected_docs:
            raise corrupt(f"it holds {n_docs} passages but the chunk store has {expected_docs}")
        try:
            retriever = _read_saved(folder, mapped=mapped)
        except Exception as exc:  # missing / truncated / malformed files of any kind
            raise corrupt(f"{type(exc).__name__}: {exc}") from exc
        sc = getattr(retriever, "scores", None) or {}
        try:
            data, indices, indptr = sc["data"], sc["indices"], sc["indptr"]
            n_vocab = len(retriever.vocab_dict)
            n_cols = len(indptr) - 1  # the empty token may or may not have a column
            real_ids = [i for t, i in retriever.vocab_dict.items() if t != _EMPTY]
            ok = (
                sc.get("num_docs") == n_docs
                and indptr.ndim == 1
                and n_cols in (n_vocab, n_vocab - 1)
                and (not real_ids or (min(real_ids) >= 0 and max(real_ids) < n_cols))
                and len(data) == len(indices) == int(indptr[-1])
                and (mapped or len(indices) == 0 or (int(indices.min()) >= 0 and int(indices.max()) < n_docs))
                and meta.get("n_vocab", n_vocab) == n_vocab
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise corrupt(f"inconsistent arrays: {exc}") from exc
        if not ok:
            raise corrupt("arrays, vocabulary and passage count disagree")
        return cls(
            retriever,
            n_docs=n_docs,
            k1=float(meta.get("k1", retriever.k1)),
            b=float(meta.get("b", retriever.b)),
            method=str(meta.get("method", retriever.method)),
        )
