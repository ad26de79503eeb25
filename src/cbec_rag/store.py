"""Index persistence: atomic generations with a checksummed manifest.

Layout of an index folder::

    index/
      CURRENT                 name of the live generation (replaced atomically)
      generations/<gen>/      one complete, immutable index
        documents.jsonl       decoded source text of every document (citations quote it)
        chunks.jsonl          one Chunk per line, row i = vector i = BM25 document i
        vectors.npy           float32 (n_chunks, dim), L2-normalised
        dense.faiss           FAISS index over the vectors
        bm25/                 bm25s arrays (allow_pickle=False)
        manifest.json         written last: format, embedder, chunker, corpus fingerprint,
                              counts, created time, sha256 of every file above, and
                              ``manifest_sha256``: sha256 of the manifest's own canonical
                              JSON (without that field; it includes the generation name)
      cache/                  embedding cache shared by rebuilds

A build writes a new generation into ``generations/.tmp-<gen>/`` (files fsynced,
manifest last), renames it into place, fsyncs ``generations/`` and only then switches
``CURRENT`` (temp file + fsync + ``os.replace`` + fsync of the folder). The previous
generation stays until the new one is live, so a crash (``kill -9``, power loss) at any
moment leaves ``CURRENT`` naming a complete old or new generation; leftover
``.tmp-*`` folders are never read and are removed by the next build (builds are
serialised by the build lock, so any ``.tmp-*`` it finds belongs to a dead build).

Loading checks the manifest's own checksum and that it names its folder's generation
(a manifest edited, or copied from another generation, is refused), that every file of
the generation is listed in it (every file the loader reads, and nothing unlisted beside
them), then verifies each listed file's sha256 and the counts, and refuses anything
inconsistent with :class:`~cbec_rag.errors.IndexCorruptError`. A load that races a
concurrent rebuild (which may delete the generation it was reading, see
``KEEP_GENERATIONS``) retries on the new ``CURRENT``.

When ``CURRENT`` is missing, empty, unreadable or names a damaged generation while an
intact one is on disk, :func:`load_index` falls back to the newest intact generation and
says so in :attr:`LoadedIndex.warning` (the CLI prints it on stderr, the service shows it
in ``/ready``); the next build switches ``CURRENT`` again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .bm25 import BM25Index
from .dense import DenseIndex
from .errors import IndexCorruptError, IndexMismatchError, IndexNotBuiltError, index_command
from .paths import file_in_the_way
from .sentvec import SentenceVectors
from .types import Chunk, Document

# 2: sentence vectors for the answer selector, and the manifest carries its own checksum
FORMAT_VERSION = 2
KEEP_GENERATIONS = 2  # the live generation and the one before it
_DATA_FILES = (
    "documents.jsonl",
    "chunks.jsonl",
    "vectors.npy",
    "dense.faiss",
    "sentence_keys.npy",
    "sentence_vectors.npy",
)
_GEN_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.-]{0,127}")
_LOAD_RETRIES = 3


@dataclass
class LoadedIndex:
    folder: Path  # the generation folder
    generation: str
    manifest: dict[str, Any]
    documents: dict[str, Document]
    chunks: list[Chunk]
    vectors: np.ndarray  # memory-mapped, not read, when loaded without ``dense``
    dense: DenseIndex | None  # None when loaded for a backend that searches elsewhere (Milvus)
    bm25: BM25Index
    sentences: SentenceVectors
    warning: str | None = None  # set when this is a fallback (CURRENT unusable): why, and what is served

    @property
    def embedder_spec(self) -> str:
        return str(self.manifest["embedder"]["spec"])


def file_sha256(path: Path) -> str:
    """sha256 hex digest of a file's bytes, read in 1 MB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
    for d in [folder, *[p for p in folder.rglob("*") if p.is_dir()]]:
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def manifest_digest(manifest: dict[str, Any]) -> str:
    """sha256 of a manifest's canonical JSON (sorted keys, no spaces), without ``manifest_sha256``."""
    body = {k: v for k, v in manifest.items() if k != "manifest_sha256"}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _generation_files(folder: Path) -> set[str]:
    """Every file of a generation folder except its manifest, as posix paths relative to it."""
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).as_posix() != "manifest.json"
    }


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def fsync_dir(folder: Path) -> None:
    """Make a folder's entries (new, renamed or removed files) durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_generation(index_dir: Path) -> str | None:
    """The name in ``CURRENT`` (None when there is no pointer yet).

    A pointer that is not a plain generation name (e.g. ``../../etc``) is refused with
    :class:`IndexCorruptError`: it must never lead a load outside ``generations/``.
    """
    problem = file_in_the_way(index_dir)
    if problem:
        raise IndexNotBuiltError(str(index_dir), problem)
    pointer = Path(index_dir) / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise IndexCorruptError(
            f"the CURRENT pointer of the index is unreadable ({type(e).__name__}): "
            f"rebuild with {index_command(index_dir)}"
        ) from e
    if not name:
        return None
    if not _GEN_NAME.fullmatch(name):
        raise IndexCorruptError(
            f"the CURRENT pointer of the index names no valid generation ({name[:40]!r}): "
            f"rebuild with {index_command(index_dir)}"
        )
    return name


def list_generations(index_dir: Path) -> list[str]:
    """Names of the complete generations on disk (those with a manifest), oldest first."""
    gens = Path(index_dir) / "generations"
    if not gens.is_dir():
        return []
    return sorted(
        p.name
        for p in gens.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / "manifest.json").is_file()
    )


def save_generation(
    index_dir: Path,
    documents: list[Document],
    chunks: list[Chunk],
    vectors: np.ndarray,
    dense: DenseIndex,
    bm25: BM25Index,
    manifest: dict[str, Any],
    sentences: SentenceVectors,
    before_switch: Callable[[], dict[str, Any]] | None = None,
) -> str:
    """Write a new generation and make it live; returns its name.

    ``before_switch`` runs once every file of the generation is written, before its manifest and
    the switch: what it returns joins the manifest. An outside store that must change with the
    index (a Milvus collection) is changed there, so that a failure to write the local files leaves
    it untouched, and its failure leaves the live generation as it was."""
    index_dir = Path(index_dir)
    gens = index_dir / "generations"
    gens.mkdir(parents=True, exist_ok=True)
    # sortable: second, then nanoseconds within it, then a random tag against concurrent builders
    now = time.time_ns()
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now // 10**9))
    name = f"{stamp}-{now % 10**9:09d}-{uuid.uuid4().hex[:6]}"
    sweep_temp_folders(index_dir)  # of killed builds (callers hold the build lock: none is live)
    tmp = gens / f".tmp-{name}"
    tmp.mkdir()
    try:
        _write_jsonl(
            tmp / "documents.jsonl",
            [
                {"doc_id": d.doc_id, "source": d.source, "title": d.title, "fmt": d.fmt, "text": d.text}
                for d in documents
            ],
        )
        _write_jsonl(tmp / "chunks.jsonl", [c.to_json() for c in chunks])
        np.save(tmp / "vectors.npy", np.ascontiguousarray(vectors, dtype=np.float32), allow_pickle=False)
        dense.save(tmp / "dense.faiss")
        doc_ids = [d.doc_id for d in documents]
        np.save(tmp / "sentence_keys.npy", sentences.key_array(doc_ids), allow_pickle=False)
        svec = np.ascontiguousarray(sentences.vectors, dtype=np.float32)
        np.save(tmp / "sentence_vectors.npy", svec, allow_pickle=False)
        bm25.save(tmp / "bm25")
        if before_switch is not None:
            manifest = {**manifest, **before_switch()}
        files = {rel: file_sha256(tmp / rel) for rel in sorted(_generation_files(tmp))}
        full = {
            **manifest,
            "format_version": FORMAT_VERSION,
            "generation": name,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "counts": {
                **manifest.get("counts", {}),
                "documents": len(documents),
                "chunks": len(chunks),
                "sentences": len(sentences),
            },
            "files": files,
        }
        full["manifest_sha256"] = manifest_digest(full)
        _fsync_tree(tmp)
        mtmp = tmp / "manifest.json.tmp"
        mtmp.write_text(json.dumps(full, ensure_ascii=False, indent=2), encoding="utf-8")
        with open(mtmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(mtmp, tmp / "manifest.json")
        fsync_dir(tmp)
        os.replace(tmp, gens / name)
        fsync_dir(gens)  # the generation's folder entry is durable before CURRENT names it
        _switch(index_dir, name)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _collect_garbage(index_dir, keep=name)
    return name


def _switch(index_dir: Path, name: str) -> None:
    tmp = index_dir / f".CURRENT.{uuid.uuid4().hex[:8]}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    fsync_dir(index_dir)


def _collect_garbage(index_dir: Path, keep: str) -> None:
    """Keep the live generation and the one before it; drop older ones and stale temp folders."""
    gens = index_dir / "generations"
    complete = sorted(p for p in gens.iterdir() if p.is_dir() and not p.name.startswith("."))
    older = [p for p in complete if p.name != keep]
    for p in older[: max(0, len(older) - (KEEP_GENERATIONS - 1))]:
        shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob(".CURRENT.*"):
        p.unlink(missing_ok=True)


def sweep_temp_folders(index_dir: Path) -> int:
    """Remove the ``generations/.tmp-*`` folders of killed builds; returns how many.

    Only while holding the build lock (:func:`cbec_rag.indexer.build_lock`), as
    :func:`save_generation`'s callers do: then no live build is writing one.
    """
    gens = Path(index_dir) / "generations"
    n = 0
    for p in gens.glob(".tmp-*") if gens.is_dir() else []:
        shutil.rmtree(p, ignore_errors=True)
        n += 1
    return n


#: what a documents folder holds (a user who passes one as the index folder is told to index it)
_DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})


def _not_an_index(index_dir: Path) -> str | None:
    """Why ``index_dir`` (which holds no index) is not one, when it is something else: a file, or a
    folder of documents; None when it is simply missing or empty."""
    problem = file_in_the_way(index_dir)
    if problem:
        return problem
    try:
        docs = index_dir.is_dir() and any(
            f.suffix.lower() in _DOCUMENT_SUFFIXES for f in index_dir.iterdir() if f.is_file()
        )
    except OSError:
        return None
    if docs and not (index_dir / "generations").exists():
        return (
            f"{str(index_dir)!r} holds documents, not an index: build an index from them with "
            f"`cbec-rag index --corpus {shlex.quote(str(index_dir))} --index-dir index` and pass --index-dir index"
        )
    return None


def read_manifest(index_dir: Path, generation: str | None = None) -> tuple[str, Path, dict[str, Any]]:
    """(name, folder, manifest) of the live generation, or of ``generation`` when given."""
    index_dir = Path(index_dir)
    if generation is None:
        name = current_generation(index_dir)
        if name is None:
            raise IndexNotBuiltError(str(index_dir), _not_an_index(index_dir))
    else:
        if not _GEN_NAME.fullmatch(generation):
            raise IndexCorruptError(f"{generation[:40]!r} is not a generation name")
        name = generation
    folder = index_dir / "generations" / name
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise IndexCorruptError(
            f"index generation {name!r} has no manifest: rebuild with {index_command(index_dir)}"
        ) from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise IndexCorruptError(
            f"manifest of {name!r} is unreadable ({e}): rebuild with {index_command(index_dir)}"
        ) from e
    if not isinstance(manifest, dict):
        raise IndexCorruptError(
            f"manifest of {name!r} is not a JSON object: rebuild with {index_command(index_dir)}"
        )
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index format version {version} is not the supported version {FORMAT_VERSION}: "
            f"rebuild with {index_command(index_dir)}"
        )
    try:
        intact = manifest.get("manifest_sha256") == manifest_digest(manifest)
    except (TypeError, ValueError):  # not JSON-serialisable back (NaN...): not a manifest we wrote
        intact = False
    if not intact:
        raise IndexCorruptError(
            f"the manifest of generation {name} does not match its checksum (edited or damaged): "
            f"rebuild with {index_command(index_dir)}"
        )
    if manifest.get("generation") != name:
        raise IndexCorruptError(
            f"the manifest in generation {name} belongs to generation {str(manifest.get('generation'))[:40]!r}: "
            f"rebuild with {index_command(index_dir)}"
        )
    return name, folder, manifest


def load_index(
    index_dir: Path,
    *,
    verify: bool = True,
    generation: str | None = None,
    fallback: bool = True,
    dense: bool = True,
) -> LoadedIndex:
    """Load the live generation (or the named ``generation``), verifying checksums and counts.

    ``dense`` False is for a backend that searches elsewhere (Milvus): the FAISS index is not loaded
    (:attr:`LoadedIndex.dense` is None), and the chunk vectors and the BM25 postings are
    memory-mapped, not read into memory (the vocabulary's document frequencies, which weigh the
    question's terms, are read); at a million chunks that saves more than half the resident index.

    Raises IndexNotBuiltError (no ``CURRENT`` and no generation), IndexMismatchError (other
    format) or IndexCorruptError (anything missing, damaged or inconsistent). When the live
    generation vanishes or changes while it is being read (a concurrent rebuild moved
    ``CURRENT`` on and collected it), the load is retried on the new live generation.

    With ``fallback`` (the default), a ``CURRENT`` that is missing, empty, unreadable or
    names a damaged generation is not the end: the newest intact generation on disk is
    loaded instead, with :attr:`LoadedIndex.warning` saying why (the original error is
    raised when none is intact).
    """
    index_dir = Path(index_dir)
    if generation is not None:
        return _load_generation(index_dir, *read_manifest(index_dir, generation), verify=verify, dense=dense)
    try:
        return _load_current(index_dir, verify=verify, dense=dense)
    except (IndexNotBuiltError, IndexCorruptError) as e:
        if not fallback:
            raise
        failed = e
    try:
        named = current_generation(index_dir)
    except IndexCorruptError:
        named = None
    for name in reversed(list_generations(index_dir)):  # newest first (names sort by time)
        if name == named:
            continue
        try:
            loaded = _load_generation(index_dir, *read_manifest(index_dir, name), verify=verify, dense=dense)
        except (IndexCorruptError, IndexMismatchError):
            continue
        if isinstance(failed, IndexNotBuiltError):
            why = "the index pointer CURRENT is missing or empty"
        else:
            why = str(failed).split(": rebuild with")[0]
        loaded.warning = (
            f"{why}; serving the newest intact generation {name} instead "
            f"(run {index_command(index_dir)} to repair it)"
        )
        return loaded
    raise failed


def _load_current(index_dir: Path, *, verify: bool, dense: bool = True) -> LoadedIndex:
    for attempt in range(_LOAD_RETRIES):
        name, folder, manifest = read_manifest(index_dir)
        try:
            return _load_generation(index_dir, name, folder, manifest, verify=verify, dense=dense)
        except IndexCorruptError:
            moved = current_generation(index_dir) != name
            if not moved or attempt == _LOAD_RETRIES - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _load_generation(
    index_dir: Path, name: str, folder: Path, manifest: dict[str, Any], *, verify: bool, dense: bool = True
) -> LoadedIndex:
    fix = f"rebuild with {index_command(index_dir)}"
    files = manifest.get("files")
    if not isinstance(files, dict) or any(rel not in files for rel in _DATA_FILES):
        raise IndexCorruptError(f"the manifest of generation {name} does not list every index file: {fix}")
    if not folder.is_dir():
        raise IndexCorruptError(f"index generation {name} is missing: {fix}")
    unlisted = sorted(_generation_files(folder) - set(files))
    if unlisted:  # the loader reads every file of the folder (bm25s reads its folder): all must be checked
        raise IndexCorruptError(
            f"the manifest of generation {name} does not list every index file ({unlisted[0]} is not listed): {fix}"
        )
    for rel, digest in files.items():
        path = folder / rel
        if not isinstance(digest, str) or not path.is_file():
            raise IndexCorruptError(f"index file {rel} is missing from generation {name}: {fix}")
        if verify and file_sha256(path) != digest:
            raise IndexCorruptError(f"index file {rel} does not match its checksum (damaged): {fix}")
    try:
        n = int(manifest["counts"]["chunks"])
        dim = int(manifest["embedder"]["dim"])
        documents = {}
        for line in (folder / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            documents[d["doc_id"]] = Document(
                d["doc_id"], d["source"], d["title"], d["text"], d.get("fmt", "txt")
            )
        chunks = [
            Chunk.from_json(json.loads(line))
            for line in (folder / "chunks.jsonl").read_text("utf-8").splitlines()
        ]
        vectors = np.load(folder / "vectors.npy", allow_pickle=False, mmap_mode=None if dense else "r")
        skeys = np.load(folder / "sentence_keys.npy", allow_pickle=False)
        svecs = np.load(folder / "sentence_vectors.npy", allow_pickle=False)
        doc_order = list(documents)
        if skeys.ndim != 2 or skeys.shape[1:] != (3,) or svecs.shape != (len(skeys), dim):
            raise ValueError(f"sentence keys {skeys.shape} and vectors {svecs.shape} do not match")
        if len(skeys) and not (0 <= int(skeys[:, 0].min()) and int(skeys[:, 0].max()) < len(doc_order)):
            raise ValueError("sentence keys name unknown documents")
        sentences = SentenceVectors.from_arrays(skeys, svecs, doc_order)
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise IndexCorruptError(
            f"index generation {name} is unreadable ({type(e).__name__}: {e}): {fix}"
        ) from e
    if len(chunks) != n or vectors.shape != (n, dim):
        raise IndexCorruptError(
            f"index generation {name} is inconsistent: {len(chunks)} chunks, vectors {vectors.shape}, "
            f"manifest says {n} x {dim}: {fix}"
        )
    if len({c.chunk_id for c in chunks}) != n:
        raise IndexCorruptError(f"index generation {name} has duplicate chunk ids: {fix}")
    if any(c.doc_id not in documents for c in chunks):
        raise IndexCorruptError(f"index generation {name} has chunks of unknown documents: {fix}")
    faiss_index = (
        DenseIndex.load(folder / "dense.faiss", expected_dim=dim, expected_count=n) if dense else None
    )
    bm25 = BM25Index.load(folder / "bm25", expected_docs=n, mapped=not dense)
    return LoadedIndex(folder, name, manifest, documents, chunks, vectors, faiss_index, bm25, sentences)
