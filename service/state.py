"""Service state: the live Pipeline (hot-swapped between index generations), the overload gate,
and the documents hidden because they were deleted after their generation was built.

Hot reload
    :meth:`ServiceState.reload` loads the generation ``CURRENT`` names (checksums verified),
    warms it up with one query and only then replaces ``state.pipeline`` in one assignment.
    A request takes the pipeline once, at its start, and finishes on it, so in-flight
    requests are never disturbed by a swap, and every response names (``index_version``)
    the generation it was computed from. A generation that fails to load is refused: the
    old one keeps serving and ``/ready`` carries a ``warning`` saying why. Reloads are
    serialised by a lock; the cheap poll (:meth:`pointer_text`) only reads ``CURRENT``.

    While the search backend (Milvus) is unreachable, the generation's index and embedder stay
    loaded and the poll's retries open only the backend again (until ``CURRENT`` names another
    generation): a retry costs a connection attempt, not a reload of the index and model.

    The replaced pipeline's search backend (a Milvus client) is closed once the last request
    holding that pipeline lets go of it: a ``weakref.finalize`` on the pipeline, so no request
    ever searches a closed client and nothing counts requests by hand. :meth:`close` (at
    shutdown) closes the live one and any replaced one still held.

Deleted documents
    ``DELETE /documents/{id}`` records a tombstone (doc id, time). A generation whose build
    started before that time may still hold the document, so its hits are filtered out of
    every answer and listing (:meth:`hidden_docs`) until a generation built after the
    deletion is live.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request

from cbec_rag.errors import (
    BackendUnavailableError,
    CbecRagError,
    EmbedderError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotBuiltError,
    QueryError,
    RerankerError,
    SelectorError,
)

from .responses import safe_text, scrub_paths
from .settings import Settings, get_settings

log = logging.getLogger("cbec_rag.service")

MAX_TOMBSTONES = 100_000


class Overloaded(Exception):
    """More concurrent search/ask requests than ``max_concurrency``."""


class NotReady(Exception):
    """The index or models are not loaded."""


class Gate:
    """A non-blocking counter of in-flight CPU work (used from the event loop only)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.active = 0

    def acquire(self) -> None:
        if self.active >= self.limit:
            raise Overloaded
        self.active += 1

    def release(self) -> None:
        self.active = max(0, self.active - 1)

    def slot(self) -> Callable[[], None]:
        """Acquire a slot; returns its release function (safe to call more than once)."""
        self.acquire()
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.release()

        return release


def public_load_error(exc: BaseException, index_dir: Path, milvus_uri: str | None = None) -> str:
    """A client-safe reason why the index is not loaded, naming the fix: `cbec-rag index`, or for
    fitted weights the command that refits them.
    ``milvus_uri`` (the configured one) is shown without credentials (see ``scrub_paths``)."""
    uris = (milvus_uri,)
    if isinstance(exc, IndexNotBuiltError):
        return "index not built: run `cbec-rag index` (a running service picks the new index up by itself)"
    if isinstance(exc, BackendUnavailableError):
        # names the URI and the fix itself (start Milvus, another --milvus-uri)
        return (
            "the search backend is unreachable: "
            + scrub_paths(safe_text(str(exc)), index_dir, uris=uris).strip()
        )
    if isinstance(exc, SelectorError | RerankerError):
        # fitted weights, not the index: rebuilding it cannot help (the answer selector has no
        # other way to choose; the reranker can be left out)
        return (
            "fitted weights could not be used: "
            + scrub_paths(safe_text(str(exc)), index_dir, uris=uris).strip()
            + (" (or start with CBEC_RAG_RERANK=0)" if isinstance(exc, RerankerError) else "")
        )
    if isinstance(exc, IndexCorruptError):
        reason = "index is damaged or incomplete"
    elif isinstance(exc, IndexMismatchError):
        reason = "index was built with another embedder or format version"
    elif isinstance(exc, EmbedderError):
        reason = "the embedding model could not be loaded"
    else:
        reason = "index could not be loaded"
    # library messages are written for users; other exceptions' text is internal (see the log)
    detail = (
        scrub_paths(safe_text(str(exc)), index_dir, uris=uris).strip()
        if isinstance(exc, CbecRagError)
        else ""
    )
    fix = "rebuild it with `cbec-rag index`"
    return f"{reason} ({detail}); {fix}" if detail else f"{reason}: {fix}"


@dataclass
class ServiceState:
    settings: Settings
    pipeline: Any = None
    error: str | None = "index not loaded yet: the service is starting"
    warning: str | None = None  # why the newest generation was refused, or why an older one is served
    load_ms: float | None = None
    warmup_ms: float | None = None
    gate: Gate = field(default_factory=lambda: Gate(16))
    pointer: str | None = None  # content of CURRENT at the last reload attempt (for the poll)
    tombstones: dict[str, float] = field(default_factory=dict)  # doc_id -> deletion time (time.time())
    backend_down: bool = False  # nothing served because the search backend (Milvus) was unreachable
    corpus: Any = None  # cbec_rag.uploads.CorpusFolder when writes are enabled
    rebuilder: Any = None  # service.jobs.Rebuilder when writes are enabled
    _reload_lock: threading.Lock = field(default_factory=threading.Lock)
    _retired: list[weakref.finalize] = field(default_factory=list)  # replaced pipelines' pending closes
    # (CURRENT's generation, its index, embedder) loaded while the search backend was unreachable
    _unreached: tuple[str | None, Any, Any] | None = None

    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index_dir)

    # ------------------------------------------------------------------ loading and hot reload
    def load(self) -> None:
        """First load at startup (blocking; runs in a worker thread)."""
        self.reload(reason="startup")

    def pointer_text(self) -> str | None:
        """The raw content of ``CURRENT`` (cheap: what the poll compares)."""
        try:
            return (self.index_dir / "CURRENT").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    def reload(self, *, reason: str = "reload") -> dict[str, Any]:
        """Load the generation ``CURRENT`` names and swap it in; keeps the old one on failure.

        Returns ``{"status": "reloaded"|"unchanged"|"refused"|"not ready", "index_version",
        "previous", "detail"}``.
        """
        from cbec_rag.store import current_generation

        with self._reload_lock:
            pointer = self.pointer_text()
            live = self.pipeline
            previous = live.version if live is not None else None
            try:
                name = current_generation(self.index_dir)
            except CbecRagError as e:
                name, early = None, e
            else:
                early = None
            if early is None and name is not None and name == previous:
                self.pointer = pointer
                self.warning = None
                return {"status": "unchanged", "index_version": previous, "previous": previous}
            t0 = time.perf_counter()
            pipeline = None
            try:
                if early is not None:
                    raise early
                pipeline = self._open(live, name)
                load_ms = (time.perf_counter() - t0) * 1000
                t1 = time.perf_counter()
                self._warm_up(pipeline, strict=live is not None)
                warmup_ms = (time.perf_counter() - t1) * 1000
            except Exception as e:
                if pipeline is not None:  # refused after it opened: nothing else holds it
                    _close_quietly(pipeline.backend)
                self.pointer = pointer
                return self._refuse(e, name, live, reason)
            self.pipeline = pipeline  # the swap: one reference assignment
            if live is not None:
                self._retire(live)
            self.pointer = pointer
            self.error = None
            self.backend_down = False
            fallback = getattr(
                pipeline.index, "warning", None
            )  # CURRENT unusable: an older intact generation
            self.warning = scrub_paths(safe_text(fallback), self.index_dir) if fallback else None
            if fallback:
                log.warning("index pointer unusable: %s", fallback)
            self.load_ms, self.warmup_ms = load_ms, warmup_ms
            log.info(
                "index %s loaded (%s) in %.0f ms (warm-up %.0f ms)",
                pipeline.version,
                reason,
                load_ms,
                warmup_ms,
            )
            return {"status": "reloaded", "index_version": pipeline.version, "previous": previous}

    def _retire(self, old: Any) -> None:
        """Close ``old``'s backend once no request holds ``old`` (see the module docstring)."""
        self._retired = [f for f in self._retired if f.alive]
        self._retired.append(weakref.finalize(old, _close_quietly, old.backend))

    def close(self) -> None:
        """At shutdown: stop serving and close every backend this state opened (after any
        reload in progress, which would otherwise swap one in behind this)."""
        with self._reload_lock:
            live, self.pipeline = self.pipeline, None
            self.error = "the service is stopping"
            retired, self._retired = self._retired, []
            self._unreached = None
        for fin in retired:
            fin()  # runs at most once: a replaced pipeline some caller still holds
        if live is not None:
            _close_quietly(live.backend)

    def _open(self, live: Any, name: str | None) -> Any:
        from cbec_rag.embed import load_embedder
        from cbec_rag.pipeline import Pipeline
        from cbec_rag.store import load_index
        from cbec_rag.tokenize import warmup

        held, self._unreached = self._unreached, None
        if held is not None and name is not None and held[0] == name:
            index, embedder = held[1], held[2]  # CURRENT unchanged: only the backend is tried again
        else:
            warmup()  # dictionaries in memory: a long-running process pays the load once, not per lookup
            # with nothing served yet, an unusable CURRENT falls back to the newest intact generation;
            # once serving, a bad pointer or generation is refused and the live one keeps serving
            # (a Milvus backend searches the vectors there: no FAISS index in memory here)
            from cbec_rag.backends import BackendSpec

            index = load_index(
                self.index_dir,
                fallback=live is None,
                dense=BackendSpec.searches_locally(self.settings.backend_spec()),
            )
            same = live is not None and live.index.manifest.get("embedder") == index.manifest.get("embedder")
            embedder = live.embedder if same else load_embedder(index.embedder_spec)
        try:
            return Pipeline(
                index,
                embedder,
                backend=self.settings.backend_spec(),
                rerank=self.settings.rerank,
            )
        except BackendUnavailableError:
            self._unreached = (name, index, embedder)  # the poll retries soon: keep what loaded
            raise

    @staticmethod
    def _warm_up(pipeline: Any, *, strict: bool) -> None:
        """One question initialises tokenizer dictionaries, the model and the answer generator; on a reload it is also
        a smoke test (a generation that cannot answer is refused)."""
        try:
            pipeline.ask("warm up 跨境电商", k=1, mode="hybrid")  # also loads the generator's dictionaries
        except QueryError:
            pass
        except Exception:
            if strict:
                raise
            log.warning("warm-up query failed", exc_info=True)

    def _refuse(self, exc: Exception, name: str | None, live: Any, reason: str) -> dict[str, Any]:
        if isinstance(exc, CbecRagError):
            log.error("index generation %s not loaded (%s): %s", name, reason, exc)
        else:
            log.exception("index generation %s could not be loaded (%s)", name, reason)
        detail = public_load_error(exc, self.index_dir, self.settings.milvus_uri)
        self.backend_down = isinstance(exc, BackendUnavailableError)
        if live is None:
            self.error = detail
            return {"status": "not ready", "index_version": None, "previous": None, "detail": detail}
        if isinstance(exc, IndexNotBuiltError):  # CURRENT vanished: keep serving what we have
            self.warning = f"the index pointer disappeared; still serving {live.version}"
        else:
            what = f"generation {name}" if name else "the index pointer (CURRENT)"
            self.warning = f"{what} refused: {detail}"
        return {
            "status": "refused",
            "index_version": live.version,
            "previous": live.version,
            "detail": self.warning,
        }

    def require(self) -> Any:
        if self.pipeline is None:
            raise NotReady(self.error or "index not loaded: run `cbec-rag index`")
        return self.pipeline

    # ------------------------------------------------------------------ deleted documents
    def tombstone(self, doc_id: str) -> None:
        if len(self.tombstones) >= MAX_TOMBSTONES:
            oldest = min(self.tombstones, key=self.tombstones.__getitem__)
            del self.tombstones[oldest]
        self.tombstones[doc_id] = time.time()

    def hidden_docs(self, pipeline: Any) -> frozenset[str]:
        """Documents of ``pipeline``'s generation deleted at or after its build started."""
        if not self.tombstones or pipeline is None:
            return frozenset()
        manifest = pipeline.index.manifest
        started = float(manifest.get("build_started") or 0.0)
        docs = pipeline.index.documents
        return frozenset(d for d, t in list(self.tombstones.items()) if t >= started and d in docs)


def _close_quietly(backend: Any) -> None:
    try:
        backend.close()
    except Exception:  # closing must not fail a swap or a shutdown
        log.warning("closing the search backend failed", exc_info=True)


def get_state(request: Request) -> ServiceState:
    return request.app.state.rag


StateDep = Annotated[ServiceState, Depends(get_state)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
