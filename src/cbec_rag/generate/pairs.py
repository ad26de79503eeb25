"""Word-pair weights: a fitted lexical interaction between a question and a candidate sentence,
one feature (``pairs``) of the evidence selector (issue 16).

The other features say how much of the question a sentence repeats and what kind of thing it holds,
through a few hand-named kinds (figure, date, cause...). What a question asks is also carried by
words the answer does not repeat: a question's 为什么 / "why" against a sentence's 由于 or 旨在, 哪些
against an enumeration, 多少 against a figure with its unit. Here every pair (a word of the question,
a word the sentence adds to it) and every added word alone is a hashed column of a sparse logistic
model, fitted by ``eval/fit_selector.py`` jointly with the selector's other features (so the pairs
learn what those miss) on reading-comprehension and policy questions; nothing here names a word.
The feature is the sparse part's logit, standardised and weighed by the selector like any other.

Words: jieba's precise segmentation of the normalised, lower-cased text (English words as they
come), punctuation dropped, and any word with a digit reduced to its shape: ``<D>`` plus what is
not a digit (``15%`` -> ``<D>%``, ``2023`` -> ``<D>``; jieba leaves a unit such as 年 or 亿元 a word of
its own), so that a figure pairs by its shape, not its value.
"""

from __future__ import annotations

import hashlib
import io
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import SelectorError
from ..tokenize import _jieba, normalize

#: hashed columns (2**20: at the sizes fitted, a smaller table lost accuracy to collisions)
DIM = 1 << 20
_MIX = 0x9E3779B1  # odd multiplier that spreads the question word's hash before the sum
_ALONE = zlib.crc32(b"\x00added")  # the "question word" of the added-word-alone columns
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"[\d.,]+")


def words(text: str) -> list[str]:
    """The words of ``text`` as the pairs see them (see the module docstring)."""
    out = []
    for w in _jieba().lcut(normalize(text).lower()):
        w = w.strip()
        if not w or not any(ch.isalnum() for ch in w):
            continue
        out.append("<D>" + _DIGITS.sub("", w) if _DIGIT.search(w) else w)
    return out


@lru_cache(maxsize=16384)
def word_hashes(text: str) -> np.ndarray:
    """The distinct words of ``text`` as sorted 32-bit hashes (cached: the top passages of one
    corpus bring the same sentences back question after question)."""
    out = np.unique(np.array([zlib.crc32(w.encode("utf-8")) for w in words(text)], dtype=np.uint64))
    out.flags.writeable = False  # (shared by every caller of the cache)
    return out


def rows(question: np.ndarray, sentences: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The hashed columns each candidate sets, for all of one question's candidates in one pass:
    ``(owner, column)`` pairs (a column set twice by one candidate counts once) and each candidate's
    value (1/sqrt of its number of pairs, so a long sentence is not favoured for having many; 0 for one
    that adds no word and sets none). ``question``, ``sentences``: their :func:`word_hashes`. The fit
    (eval/fit_models.py) and :meth:`PairWeights.score` both read these."""
    none = np.zeros(0, dtype=np.int64)
    value = np.zeros(len(sentences))
    if not len(sentences):
        return none, none, value
    every = np.concatenate(sentences)
    owner = np.repeat(np.arange(len(sentences)), [len(h) for h in sentences])
    keep = ~np.isin(every, question)  # the words each sentence adds
    added, owner = every[keep], owner[keep]
    if not len(added):
        return none, none, value
    heads = np.append(question, np.uint64(_ALONE)) * np.uint64(_MIX)
    cols = ((heads[:, None] + added[None, :]) % np.uint64(DIM)).astype(np.int64)
    keys = np.unique(owner[None, :].astype(np.int64) * DIM + cols)
    n_added = np.bincount(owner, minlength=len(sentences))
    has = n_added > 0
    value[has] = 1.0 / np.sqrt(len(heads) * n_added[has])
    return keys // DIM, keys % DIM, value


def columns(question: np.ndarray, sentence: np.ndarray) -> tuple[np.ndarray, float]:
    """The hashed columns one candidate sets and the value each holds (:func:`rows` of one)."""
    _, cols, value = rows(question, [sentence])
    return cols, float(value[0])


def read_checked(path: Path, sha256: str, what: str, fit_command: str) -> bytes:
    """The bytes of a table file the selector weights name, checked against the sha256 they give."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SelectorError(f"{what} {path} not readable ({e}): refit with `{fit_command}`") from e
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise SelectorError(
            f"{what} {path} are not the ones the selector weights were fitted with (sha256 differs): "
            f"refit with `{fit_command}`"
        )
    return raw


@dataclass(frozen=True)
class PairWeights:
    """The fitted weight of each hashed column (the sparse part's logit is their sum)."""

    weights: np.ndarray  # float32, (DIM,)

    def score(self, question: str, texts: Sequence[str]) -> np.ndarray:
        """The pair logit of each candidate text for ``question``: the weights of the columns
        :func:`rows` gives it, summed, times its value."""
        owner, cols, value = rows(word_hashes(question), [word_hashes(t) for t in texts])
        sums = np.bincount(owner, weights=self.weights[cols], minlength=len(texts))
        return (sums * value).astype(np.float32)

    @classmethod
    def load(cls, path: Path, sha256: str, fit_command: str) -> PairWeights:
        """Read a weights table saved by the fit (``numpy.save`` of float16, :data:`DIM` long) and
        check it is the one its selector file names."""
        raw = read_checked(path, sha256, "pair weights", fit_command)
        try:
            w = np.load(io.BytesIO(raw), allow_pickle=False)
        except ValueError as e:
            raise SelectorError(
                f"pair weights {path} are unreadable ({e}): refit with `{fit_command}`"
            ) from e
        if w.shape != (DIM,) or not np.isfinite(w).all():
            raise SelectorError(
                f"pair weights {path} hold {w.shape} values, not {DIM} finite ones: refit with `{fit_command}`"
            )
        return cls(w.astype(np.float32))


__all__ = ["DIM", "PairWeights", "columns", "read_checked", "rows", "word_hashes", "words"]
