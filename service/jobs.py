"""Background rebuilds after uploads and deletions, one at a time, each a pollable job.

Every corpus change submits a :class:`Job` (``GET /jobs/{id}``). One worker thread runs
the rebuilds: it takes every job queued so far, builds one new generation for all of
them (:func:`cbec_rag.indexer.build_index`, which also holds the index folder's build
lock against other processes), hot-reloads the service onto it and marks the jobs done
with the generation, or failed with the reason. The rebuild uses the live index's own
embedder (the loaded model object, so nothing is reloaded) and chunker settings.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from cbec_rag.errors import CbecRagError

from .responses import safe_text, scrub_paths
from .state import ServiceState

log = logging.getLogger("cbec_rag.service")

MAX_JOBS = 1000


@dataclass
class Job:
    id: str
    action: str
    status: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    generation: str | None = None
    error: str | None = None
    skipped: list[dict[str, str]] = field(default_factory=list)  # files the rebuild could not index
    done_event: threading.Event = field(default_factory=threading.Event, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "action": self.action,
            "created": self.created,
            "started": self.started,
            "finished": self.finished,
            "generation": self.generation,
            "error": self.error,
            "skipped": list(self.skipped),
        }


class Rebuilder:
    """Runs rebuild jobs for a service state, serially, in one daemon thread."""

    def __init__(self, state: ServiceState) -> None:
        self.state = state
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self._pending: list[Job] = []
        self._cond = threading.Condition()
        self._closing = False
        self._thread: threading.Thread | None = None
        self.builds = 0  # completed builds (for tests and /ready)

    # ------------------------------------------------------------------ API
    def submit(self, action: str) -> Job:
        job = Job(uuid.uuid4().hex, safe_text(action)[:200])
        with self._cond:
            self.jobs[job.id] = job
            while len(self.jobs) > MAX_JOBS:
                old_id, old = next(iter(self.jobs.items()))
                if old.status in ("queued", "running"):
                    break
                del self.jobs[old_id]
            self._pending.append(job)
            self._ensure_thread()
            self._cond.notify_all()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._cond:
            return self.jobs.get(job_id)

    @staticmethod
    def wait(job: Job, timeout: float) -> bool:
        return job.done_event.wait(timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Stop after the rebuild in progress (if any); queued jobs are dropped (the next start
        rebuilds from the corpus folder, see :func:`reconcile`)."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    # ------------------------------------------------------------------ worker
    def _ensure_thread(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._work, name="cbec-rag-rebuild", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if self._closing:  # queued work is not lost: the files are durable, startup reconciles
                    return
                batch, self._pending = self._pending, []
                now = time.time()
                for job in batch:
                    job.status, job.started = "running", now
            skipped: list[dict[str, str]] = []
            try:
                generation = self._rebuild(skipped)
                error = None
            except Exception as e:
                generation, error = None, self._public(e)
            with self._cond:
                for job in batch:
                    job.status = "failed" if error else "done"
                    job.generation, job.error, job.finished = generation, error, time.time()
                    job.skipped = skipped
                    job.done_event.set()

    def _rebuild(self, skipped: list[dict[str, str]]) -> str:
        from cbec_rag.chunk import ChunkerConfig
        from cbec_rag.indexer import build_index
        from cbec_rag.ingest import DEFAULT_MAX_FILE_BYTES

        state = self.state
        settings = state.settings
        live = state.pipeline
        embedder, spec, chunker = None, settings.embedder, ChunkerConfig()
        if live is not None:
            manifest = live.index.manifest
            spec, embedder = live.index.embedder_spec, live.embedder
            names = {f.name for f in fields(ChunkerConfig)}
            chunker = ChunkerConfig(
                **{k: v for k, v in (manifest.get("chunker") or {}).items() if k in names}
            )
        t0 = time.perf_counter()
        backend = settings.backend_spec()  # Milvus: upserts and deletes by document (sync_collection)
        summary = build_index(
            state.corpus.root,
            state.index_dir,
            embedder=embedder,
            embedder_spec=spec,
            chunker=chunker,
            max_file_bytes=max(DEFAULT_MAX_FILE_BYTES, settings.upload_max_bytes),
            on_skip=lambda s: skipped.append(
                {
                    "source": safe_text(s.source),
                    "reason": scrub_paths(safe_text(s.reason), state.index_dir, state.corpus.root),
                }
            ),
            milvus=backend.milvus() if backend is not None else None,
        )
        self.builds += 1
        log.info(
            "rebuilt index %s in %.1f s: %s", summary.generation, time.perf_counter() - t0, summary.line()
        )
        result = state.reload(reason="rebuild")
        if result["status"] in ("refused", "not ready"):
            raise RuntimeError(result.get("detail") or "the new generation was refused")
        return summary.generation

    def _public(self, exc: Exception) -> str:
        if isinstance(exc, CbecRagError):
            log.error("rebuild failed: %s", exc)
            state = self.state
            return scrub_paths(
                safe_text(str(exc)), state.index_dir, state.corpus.root, uris=(state.settings.milvus_uri,)
            )
        if isinstance(exc, RuntimeError):
            log.error("rebuild failed: %s", exc)
            return safe_text(str(exc))
        log.exception("rebuild failed")
        return "the rebuild failed (the details are in the server log)"


def reconcile(state: ServiceState) -> Job | None:
    """At startup (writes enabled): make the index catch up with the corpus folder.

    Sweeps temp files of interrupted uploads; hides documents whose file is gone (deleted
    by a server that died before its rebuild); submits a rebuild when the folder's files
    differ from those the live generation was built from (an acknowledged upload whose
    rebuild never ran), or when there is no usable index yet but there are files.
    """
    corpus = state.corpus
    swept = corpus.sweep()
    if swept:
        log.warning("removed %d temp files of interrupted uploads", swept)
    hashes = corpus.hashes()
    live = state.pipeline
    if live is None:
        return state.rebuilder.submit("startup: build the missing index") if hashes else None
    built_from = live.index.manifest.get("corpus") or {}
    root = built_from.get("root_resolved") or str(Path(built_from.get("root") or "").resolve())
    if root != str(corpus.root.resolve()):
        log.warning("the live index was built from another folder; uploads rebuild it from the corpus folder")
        return None
    for doc in live.index.documents.values():
        if doc.source not in hashes:
            state.tombstone(doc.doc_id)
    if built_from.get("files") != hashes:
        return state.rebuilder.submit("startup: index the corpus folder's changes")
    return None
