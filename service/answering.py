"""Search and answer on one pipeline, leaving out documents deleted since its generation was built."""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import Any

from cbec_rag.errors import CbecRagError, GeneratorConfigError

from .models import MAX_K
from .state import ServiceState

log = logging.getLogger("cbec_rag.service")


def resolve_generator(pipeline: Any, name: str) -> Any:
    """The pipeline's generator ``name``; a backend this server cannot set up (its configuration or
    packages missing) is a 503, not a 500."""
    try:
        return pipeline.generator(name)
    except CbecRagError:
        raise
    except ImportError as e:
        log.error("generator %s is not available", name, exc_info=True)
        raise GeneratorConfigError(f"the {name} generator is not available on this server") from e


def search_visible(state: ServiceState, pipeline: Any, question: str, k: int, mode: str) -> Any:
    """``pipeline.search`` without the hits of deleted documents (ranks renumbered)."""
    hidden = state.hidden_docs(pipeline)
    if not hidden:
        return pipeline.search(question, k, mode)
    extra = sum(1 for c in pipeline.index.chunks if c.doc_id in hidden)
    retrieval = pipeline.search(question, min(MAX_K, k + extra), mode)
    kept = [h for h in retrieval.hits if h.chunk.doc_id not in hidden][:k]
    hits = [dataclasses.replace(h, rank=r) for r, h in enumerate(kept, start=1)]
    return dataclasses.replace(retrieval, hits=hits)


def ask_visible(state: ServiceState, pipeline: Any, question: str, k: int, mode: str, generator: str) -> Any:
    """``pipeline.ask`` over the visible hits only (see :func:`search_visible`)."""
    if not state.hidden_docs(pipeline):
        return pipeline.ask(question, k, mode, generator)
    gen = resolve_generator(pipeline, generator)
    t0 = time.perf_counter()
    retrieval = search_visible(state, pipeline, question, k, mode)
    t_retrieve = (time.perf_counter() - t0) * 1000
    answer = gen.generate_from(retrieval)
    return pipeline.finish(answer, question, retrieval, t0, t_retrieve)
