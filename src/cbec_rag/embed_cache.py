"""Persistent cache of passage embeddings, so re-indexing only embeds changed chunks.

A cache folder (one embedder per folder) holds one file, switched as a unit::

    embeddings.npz    a plain (uncompressed) NumPy archive, read with ``allow_pickle=False``:
        header        uint8: UTF-8 JSON {"format": 2, "embedder_id", "dim", "count",
                      "keys_sha256", "vectors_sha256"}
        keys          (count,) fixed-width bytes "S64": hex sha256 of each text's UTF-8 bytes
        vectors       (count, dim) float32, row i belongs to keys[i]

``save()`` writes the whole archive to a temp file in the folder, fsyncs it, and
``os.replace``-s it over ``embeddings.npz`` (then fsyncs the folder): one rename switches
keys, vectors and header together, so a ``kill -9`` at any moment leaves the complete old
cache or the complete new one, never a mix. Temp files of killed saves
(``.embeddings.npz.*.tmp``, and the per-file temps of format 1) are removed by the next
``save()``. The header's digests still guard against any other damage: a cache that fails
them, or was made by another embedder id or dimension, is ignored (logged), never trusted,
and replaced on the next ``save()``.

A format-1 cache (``header.json`` + ``keys.npy`` + ``vectors.npy``, replaced one file after
another) is still read, so an upgrade re-embeds nothing; the next ``save()`` writes
``embeddings.npz`` and removes the three old files. Vectors are keyed by text only: any text
(chunks, sentences...) can be cached; ``role="passage"`` embeddings are what the indexer puts here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from .embed import Embedder

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
ARCHIVE_NAME = "embeddings.npz"
# format 1 (read for the upgrade, removed by the next save)
LEGACY_FORMAT = 1
HEADER_NAME = "header.json"
KEYS_NAME = "keys.npy"
VECTORS_NAME = "vectors.npy"
_LEGACY_NAMES = (HEADER_NAME, KEYS_NAME, VECTORS_NAME)
_TEMP_GLOBS = (f".{ARCHIVE_NAME}.*.tmp", *(f".{n}.*.tmp" for n in _LEGACY_NAMES))
_KEY_DTYPE = np.dtype("S64")


def text_key(text: str) -> bytes:
    """Cache key of a passage: hex sha256 of its UTF-8 bytes (64 ASCII bytes)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest().encode("ascii")


def _digest(arr: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(arr).tobytes()).hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class EmbeddingCache:
    """Passage vectors keyed by (embedder id, sha256 of passage text), kept in ``folder``.

    >>> cache = EmbeddingCache(Path("index/.embed_cache"), emb.id, emb.dim)
    >>> vecs, missing = cache.lookup(texts)      # rows of hits filled, ``missing`` = row indices
    >>> cache.add([texts[i] for i in missing], new_vectors)
    >>> cache.save()

    Not thread-safe; one writer process per folder (last ``save()`` wins).
    """

    def __init__(self, folder: Path, embedder_id: str, dim: int) -> None:
        if int(dim) < 1:
            raise ValueError(f"dim must be >= 1, got {dim}")
        self.folder = Path(folder)
        self.embedder_id = str(embedder_id)
        self.dim = int(dim)
        self._keys: list[bytes] = []
        self._rows: dict[bytes, int] = {}
        self._vectors = np.zeros((0, self.dim), dtype=np.float32)
        self._pending: list[np.ndarray] = []  # rows added since the last consolidation
        self._dirty = False
        self._load()

    # ---- loading ---------------------------------------------------------------------

    def _load(self) -> None:
        archive = self.folder / ARCHIVE_NAME
        legacy = not archive.exists()
        if legacy and not (self.folder / HEADER_NAME).exists():
            return
        try:
            if legacy:
                header = json.loads((self.folder / HEADER_NAME).read_text(encoding="utf-8"))
            else:
                with np.load(archive, allow_pickle=False) as npz:
                    header = json.loads(npz["header"].tobytes().decode("utf-8"))
            if not isinstance(header, dict):
                raise ValueError("header is not a JSON object")
            expected = LEGACY_FORMAT if legacy else FORMAT_VERSION
            if header.get("format") != expected:
                log.warning(
                    "embedding cache %s has format %r (expected %d); ignoring it, it will be rebuilt",
                    self.folder,
                    header.get("format"),
                    expected,
                )
                return
            if header.get("embedder_id") != self.embedder_id or header.get("dim") != self.dim:
                log.warning(
                    "embedding cache %s was made by %r (dim %r), not %r (dim %d); ignoring it, "
                    "it will be replaced on save",
                    self.folder,
                    header.get("embedder_id"),
                    header.get("dim"),
                    self.embedder_id,
                    self.dim,
                )
                return
            if legacy:
                keys = np.load(self.folder / KEYS_NAME, allow_pickle=False)
                vectors = np.load(self.folder / VECTORS_NAME, allow_pickle=False)
            else:
                with np.load(archive, allow_pickle=False) as npz:
                    keys, vectors = npz["keys"], npz["vectors"]
            count = int(header["count"])
            if keys.dtype != _KEY_DTYPE or keys.shape != (count,):
                raise ValueError(f"keys have dtype {keys.dtype} shape {keys.shape}, expected S64 ({count},)")
            if vectors.dtype != np.float32 or vectors.shape != (count, self.dim):
                raise ValueError(
                    f"vectors have dtype {vectors.dtype} shape {vectors.shape}, "
                    f"expected float32 ({count}, {self.dim})"
                )
            if _digest(keys) != header.get("keys_sha256") or _digest(vectors) != header.get("vectors_sha256"):
                raise ValueError("checksum mismatch (interrupted save or damaged files)")
            if not np.isfinite(vectors).all():
                raise ValueError("non-finite vectors")
        except Exception as exc:  # noqa: BLE001 - any damage means: start empty
            log.warning(
                "embedding cache %s is unreadable (%s); ignoring it, it will be rebuilt", self.folder, exc
            )
            return
        key_list = [bytes(k) for k in keys.tolist()]
        self._keys = key_list
        self._rows = {k: i for i, k in enumerate(key_list)}
        self._vectors = np.ascontiguousarray(vectors)

    # ---- queries ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and text_key(text) in self._rows

    def _matrix(self) -> np.ndarray:
        if self._pending:
            self._vectors = np.ascontiguousarray(np.vstack([self._vectors, *self._pending]), dtype=np.float32)
            self._pending = []
        return self._vectors

    def lookup(self, texts: Sequence[str]) -> tuple[np.ndarray, list[int]]:
        """Cached vectors for ``texts``.

        Returns ``(vectors, missing)``: ``vectors`` is float32 ``(len(texts), dim)``
        with the rows of cache hits filled and the other rows zero; ``missing`` lists
        the row indices (ascending) that were not in the cache.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing: list[int] = []
        hit_rows: list[int] = []
        hit_src: list[int] = []
        for i, t in enumerate(texts):
            r = self._rows.get(text_key(t))
            if r is None:
                missing.append(i)
            else:
                hit_rows.append(i)
                hit_src.append(r)
        if hit_rows:
            out[hit_rows] = self._matrix()[hit_src]
        return out, missing

    # ---- updates ---------------------------------------------------------------------

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store ``vectors[i]`` for ``texts[i]`` (existing entries are overwritten)."""
        vecs = np.asarray(vectors, dtype=np.float32)
        if vecs.ndim != 2 or vecs.shape != (len(texts), self.dim):
            raise ValueError(f"vectors must have shape ({len(texts)}, {self.dim}), got {vecs.shape}")
        if not np.isfinite(vecs).all():
            raise ValueError("vectors contain NaN or inf; refusing to cache them")
        latest: dict[bytes, np.ndarray] = {}
        for t, v in zip(texts, vecs, strict=True):
            latest[text_key(t)] = v  # a text given twice: the last vector wins
        if not latest:
            return
        updates = [(self._rows[k], v) for k, v in latest.items() if k in self._rows]
        if updates:
            mat = self._matrix()
            for r, v in updates:
                mat[r] = v
        new_keys = [k for k in latest if k not in self._rows]
        for k in new_keys:
            self._rows[k] = len(self._keys)
            self._keys.append(k)
        if new_keys:
            self._pending.append(
                np.array([latest[k] for k in new_keys], dtype=np.float32).reshape(-1, self.dim)
            )
        self._dirty = True

    def prune(self, keep: Iterable[str]) -> int:
        """Drop entries whose text is not in ``keep``; returns how many were dropped."""
        wanted = {text_key(t) for t in keep}
        keep_rows = [i for i, k in enumerate(self._keys) if k in wanted]
        dropped = len(self._keys) - len(keep_rows)
        if dropped:
            mat = self._matrix()
            self._keys = [self._keys[i] for i in keep_rows]
            self._rows = {k: i for i, k in enumerate(self._keys)}
            self._vectors = np.ascontiguousarray(mat[keep_rows])
            self._dirty = True
        return dropped

    def save(self) -> None:
        """Write the cache as one file, switched atomically (temp file + fsync + ``os.replace``).

        A no-op when nothing changed since loading/saving and the file exists. Removes temp
        files left by saves that were killed, and the files of a format-1 cache.
        """
        if not self._dirty and (self.folder / ARCHIVE_NAME).exists():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.clean_temp_files()
        vectors = self._matrix()
        keys = np.array(self._keys, dtype=_KEY_DTYPE).reshape(len(self._keys))
        header = {
            "format": FORMAT_VERSION,
            "embedder_id": self.embedder_id,
            "dim": self.dim,
            "count": len(self._keys),
            "keys_sha256": _digest(keys),
            "vectors_sha256": _digest(vectors),
        }
        raw_header = np.frombuffer(json.dumps(header).encode("utf-8"), dtype=np.uint8)
        fd, tmp = tempfile.mkstemp(prefix=f".{ARCHIVE_NAME}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as f:
                np.savez(f, header=raw_header, keys=keys, vectors=vectors)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.folder / ARCHIVE_NAME)  # the switch: old cache or new, never a mix
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _fsync_dir(self.folder)
        for name in _LEGACY_NAMES:  # a format-1 cache, superseded (the archive is read first)
            (self.folder / name).unlink(missing_ok=True)
        self._dirty = False

    def clean_temp_files(self) -> int:
        """Remove temp files of killed saves (one writer per folder: never another's live temp)."""
        n = 0
        for pattern in _TEMP_GLOBS:
            for p in self.folder.glob(pattern):
                try:
                    p.unlink()
                    n += 1
                except OSError:
                    pass
        if n:
            log.info("embedding cache %s: removed %d temp files of interrupted saves", self.folder, n)
        return n

    def __repr__(self) -> str:
        return f"EmbeddingCache({str(self.folder)!r}, {self.embedder_id!r}, dim={self.dim}, n={len(self)})"


def embed_with_cache(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    *,
    batch_size: int = 32,
    progress: Callable[[int], None] | None = None,
    on_hits: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Embed passages, sending only texts missing from ``cache`` to the embedder.

    Returns ``(matrix, n_newly_embedded)``: ``matrix`` is float32 ``(len(texts), dim)``
    in input order. Duplicate texts are embedded once. New vectors are added to the
    cache, which is *not* saved here (call ``cache.save()`` once the index is built).
    ``progress`` receives counts that sum to ``len(texts)``: cache hits first (one
    call), then each embedded batch (duplicates of a batch's texts counted with it).
    ``on_hits``, when given, receives the cache hits' count instead of ``progress``.
    """
    texts = list(texts)
    if cache is not None:
        if cache.embedder_id != embedder.id or cache.dim != embedder.dim:
            raise ValueError(
                f"cache belongs to {cache.embedder_id!r} (dim {cache.dim}), "
                f"not to {embedder.id!r} (dim {embedder.dim})"
            )
        out, missing = cache.lookup(texts)
    else:
        out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
        missing = list(range(len(texts)))

    # dedupe: first occurrence of each missing text -> all rows wanting it
    rows_of: dict[str, list[int]] = {}
    for i in missing:
        rows_of.setdefault(texts[i], []).append(i)
    unique = list(rows_of)

    n_hits = len(texts) - len(missing)
    if on_hits is not None:
        on_hits(n_hits)
    elif progress is not None and n_hits:
        progress(n_hits)

    for start in range(0, len(unique), max(1, batch_size)):
        batch = unique[start : start + max(1, batch_size)]
        vecs = embedder.embed_passages(batch, batch_size=max(1, batch_size))
        for t, v in zip(batch, vecs, strict=True):
            out[rows_of[t]] = v
        if cache is not None:
            cache.add(batch, vecs)
        if progress is not None:
            progress(sum(len(rows_of[t]) for t in batch))
    return np.ascontiguousarray(out, dtype=np.float32), len(unique)


__all__ = ["EmbeddingCache", "embed_with_cache", "text_key"]
