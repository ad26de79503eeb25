"""The corpus folder as a writable store: safe file names, durable writes, content hashes.

Used by the service's ``POST /documents`` / ``DELETE /documents/{id}`` and by the indexer
(which records :func:`corpus_hashes` in each generation's manifest, so a server can tell
whether its live index still matches the folder).

Guarantees of :meth:`CorpusFolder.add`:

* the stored name is a plain file name inside the folder (no path parts, no leading dot,
  no control characters, at most ``MAX_NAME_BYTES`` bytes, an allowed suffix);
* an existing file is never overwritten: a different file with a taken name (or a name
  whose document id is taken) gets a ``-2``, ``-3``... suffix (``os.link`` refuses to
  clobber, so two concurrent writers cannot overwrite each other either);
* identical bytes already in the folder are detected by sha256 and not stored twice;
* when ``add`` returns, the file is durable: written to a hidden temp file, fsynced,
  linked into place, and the folder fsynced. A crash before that leaves at most a hidden
  ``.upload-*`` temp file, which ingestion ignores and :meth:`CorpusFolder.sweep` removes.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import CbecRagError
from .ingest import SUPPORTED_SUFFIXES, make_doc_id
from .store import file_sha256, fsync_dir

__all__ = [
    "ALLOWED_SUFFIXES",
    "CorpusFolder",
    "StoredFile",
    "UnsupportedTypeError",
    "UploadError",
    "corpus_files",
    "corpus_hashes",
    "file_sha256",
    "sanitize_filename",
]

ALLOWED_SUFFIXES = tuple(SUPPORTED_SUFFIXES)  # .txt .md .pdf .docx .html .htm
TEMP_PREFIX = ".upload-"
MAX_NAME_BYTES = 180
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_BAD_CHARS = re.compile(r"[^\w\-. ()（）\[\]]")  # \w is Unicode-aware: CJK letters are kept
_SPACES = re.compile(r"\s+")


class UploadError(CbecRagError):
    """A file cannot be added to or removed from the corpus folder."""


class UnsupportedTypeError(UploadError):
    """The file's type is not one the indexer reads."""


def sanitize_filename(raw: str) -> str:
    """A safe plain file name for ``raw`` (a client-supplied name), keeping its suffix.

    Path parts (``../``, ``C:\\``, ``/etc/``) are dropped, control and format characters
    and lone surrogates removed, characters other than letters, digits, ``-_.()[] `` and
    spaces become ``_``, leading dots go (no hidden files), trailing dots and spaces go
    (``a.pdf.`` is ``a.pdf``), an empty name becomes ``document``, and the name is cut to
    ``MAX_NAME_BYTES`` UTF-8 bytes. Raises :class:`UnsupportedTypeError` unless the
    suffix (case-insensitive) is one of ``ALLOWED_SUFFIXES``.
    """
    text = (raw or "").encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = text.replace("\\", "/").split("/")[-1]
    text = _SPACES.sub(" ", text).strip().rstrip(". ")  # trailing dots and spaces mean nothing (Windows)
    stem, dot, suffix = text.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    stem = stem.lstrip(". ")  # no hidden files: ".env.txt" -> "env.txt", ".txt" -> "document.txt"
    if suffix not in ALLOWED_SUFFIXES:
        shown = suffix or "(no suffix)"
        raise UnsupportedTypeError(
            f"unsupported file type {shown[:20]!r}: upload one of {', '.join(ALLOWED_SUFFIXES)}"
        )
    stem = _BAD_CHARS.sub("_", stem).strip(" ._") or "document"
    if stem.split(".")[0].lower() in _RESERVED:
        stem = f"_{stem}"
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(" ._") or "document"
    return stem + suffix


def corpus_files(root: Path) -> list[tuple[str, Path]]:
    """Every non-hidden file under ``root`` with an indexable suffix, as (source, path), sorted
    (the same files, in the same order, that ingestion reads)."""
    root = Path(root)
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            path = Path(dirpath) / name
            found.append((path.relative_to(root).as_posix(), path))
    return sorted(found)


def corpus_hashes(root: Path) -> dict[str, str]:
    """sha256 of the bytes of every indexable file under ``root``, by source path."""
    out = {}
    for source, path in corpus_files(root):
        try:
            out[source] = file_sha256(path)
        except OSError:
            continue  # vanished or unreadable: the indexer will skip it too
    return out


@dataclass(frozen=True)
class StoredFile:
    source: str  # path relative to the corpus root
    doc_id: str  # the id the indexer will give it
    sha256: str
    size: int
    duplicate: bool  # identical bytes were already in the folder (nothing was written)


class CorpusFolder:
    """A corpus folder that uploads are added to and documents removed from (thread-safe)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()
        self._hash_cache: dict[str, tuple[tuple[int, int, int], str]] = {}

    # ------------------------------------------------------------------ reading
    def hashes(self) -> dict[str, str]:
        """sha256 by source of every indexable file (cached per file by size, mtime, inode)."""
        out: dict[str, str] = {}
        for source, path in corpus_files(self.root):
            try:
                st = path.stat()
                key = (st.st_size, st.st_mtime_ns, st.st_ino)
                cached = self._hash_cache.get(source)
                digest = cached[1] if cached and cached[0] == key else file_sha256(path)
            except OSError:
                continue
            self._hash_cache[source] = (key, digest)
            out[source] = digest
        for gone in set(self._hash_cache) - set(out):
            del self._hash_cache[gone]
        return out

    def find(self, digest: str) -> str | None:
        """The source of a file with these bytes, or None."""
        return next((s for s, d in sorted(self.hashes().items()) if d == digest), None)

    def path_of(self, source: str) -> Path:
        """The file of ``source``; raises UploadError when it would lie outside the folder."""
        root = self.root.resolve()
        path = (root / source).resolve()
        if path == root or not path.is_relative_to(root):
            raise UploadError(f"{source!r} is not inside the corpus folder")
        return path

    # ------------------------------------------------------------------ writing
    def add(
        self, filename: str, data: bytes, *, validate: Callable[[Path], None] | None = None
    ) -> StoredFile:
        """Store ``data`` under a safe, unused name derived from ``filename``; durable on return.

        ``validate(path)`` (e.g. a parse check) runs on the fsynced temp file before the
        file becomes visible; whatever it raises propagates and nothing is stored.
        """
        name = sanitize_filename(filename)
        digest = hashlib.sha256(data).hexdigest()
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f"{TEMP_PREFIX}{uuid.uuid4().hex}{Path(name).suffix}"
        try:
            with open(tmp, "xb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            if validate is not None:
                validate(tmp)
            with self._lock:
                existing = self.find(digest)
                if existing is not None:
                    return StoredFile(existing, self._doc_id(existing), digest, len(data), True)
                source = self._link_unique(tmp, name)
            fsync_dir(self.root)
            return StoredFile(source, make_doc_id(source), digest, len(data), False)
        finally:
            try:
                tmp.unlink()
                fsync_dir(self.root)
            except FileNotFoundError:
                pass

    def remove(self, source: str) -> bool:
        """Delete ``source`` durably; False when it was not there."""
        path = self.path_of(source)
        with self._lock:
            try:
                path.unlink()
            except FileNotFoundError:
                return False
            self._hash_cache.pop(source, None)
        fsync_dir(path.parent)
        return True

    def sweep(self) -> int:
        """Remove temp files left by interrupted uploads; returns how many."""
        n = 0
        if not self.root.is_dir():
            return 0
        for p in self.root.glob(f"{TEMP_PREFIX}*"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
        return n

    # ------------------------------------------------------------------ helpers
    def _doc_id(self, source: str) -> str:
        return make_doc_id(source)

    def _link_unique(self, tmp: Path, name: str) -> str:
        """Hard-link ``tmp`` to the first free variant of ``name`` (never clobbers); returns it."""
        taken_ids = {make_doc_id(s).casefold() for s, _ in corpus_files(self.root)}
        stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
        for i in range(1, 10_000):
            candidate = name if i == 1 else f"{stem}-{i}{suffix}"
            if make_doc_id(candidate).casefold() in taken_ids:
                continue
            target = self.root / candidate
            try:
                os.link(tmp, target)
            except FileExistsError:
                continue
            except OSError:  # no hard links on this filesystem: the folder lock guards the check
                if target.exists():
                    continue
                os.replace(tmp, target)
            return candidate
        raise UploadError(f"no free file name for {name!r} in the corpus folder")
