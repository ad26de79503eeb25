"""``POST /ask`` and ``POST /search``.

Each request takes the live pipeline once and finishes on it (a hot reload never changes
it mid-request); the response's ``index_version`` names that pipeline's generation.
Search and generation are CPU-bound and run in worker threads behind the overload gate.
"""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Body
from starlette.concurrency import run_in_threadpool

from .answering import ask_visible, resolve_generator, search_visible
from .models import (
    ASK_EXAMPLES,
    ERRORS,
    SEARCH_EXAMPLES,
    AnswerModel,
    AskRequest,
    ErrorModel,
    SearchRequest,
    SearchResponse,
)
from .responses import SafeJSONResponse
from .state import SettingsDep, StateDep
from .streaming import stream_answer

router = APIRouter()


@router.post(
    "/ask",
    response_model=AnswerModel,
    responses={
        **ERRORS,
        200: {
            "description": "the answer (JSON), or with `stream: true` server-sent events "
            "`passages`, `delta`..., `done` (or `error`)",
            "content": {"text/event-stream": {}},
        },
        502: {"model": ErrorModel, "description": "the answer generator (e.g. an LLM server) failed"},
        503: {
            "model": ErrorModel,
            "description": "index not loaded (run `cbec-rag index`) or server busy (both with Retry-After), "
            "or the requested generator not configured on this server (no Retry-After: retrying cannot help)",
        },
    },
    summary="Answer a question with cited source spans",
)
async def ask(
    req: Annotated[AskRequest, Body(openapi_examples=ASK_EXAMPLES)],
    state: StateDep,
    cfg: SettingsDep,
) -> Any:
    pipeline = state.require()
    generator = req.generator or cfg.default_generator
    resolve_generator(pipeline, generator)
    if req.stream:
        return await stream_answer(state, pipeline, req, generator)
    state.gate.acquire()
    try:
        answer = await run_in_threadpool(
            ask_visible, state, pipeline, req.question, req.k, req.mode, generator
        )
    finally:
        state.gate.release()
    return SafeJSONResponse(answer.to_json())


@router.post(
    "/search",
    response_model=SearchResponse,
    responses=ERRORS,
    summary="Retrieve ranked passages with per-retriever scores",
)
async def search(
    req: Annotated[SearchRequest, Body(openapi_examples=SEARCH_EXAMPLES)], state: StateDep
) -> Any:
    pipeline = state.require()
    state.gate.acquire()
    t0 = time.perf_counter()
    try:
        retrieval = await run_in_threadpool(search_visible, state, pipeline, req.question, req.k, req.mode)
    finally:
        state.gate.release()
    timings = {**retrieval.timings_ms, "total": (time.perf_counter() - t0) * 1000}
    return SafeJSONResponse(
        {
            "question": req.question,
            "hits": [h.to_json() for h in retrieval.hits],
            "notes": list(retrieval.notes),
            "timings_ms": {k: round(v, 2) for k, v in timings.items()},
            "index_version": pipeline.version,
        }
    )
