"""Operations: ``GET /health`` (liveness), ``GET /ready`` (readiness), ``POST /admin/reload``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from .auth import AdminDep
from .models import AUTH_ERRORS, HealthModel, ReadyModel, ReloadResponse
from .responses import SafeJSONResponse, safe_text
from .state import StateDep

router = APIRouter()


@router.get("/health", response_model=HealthModel, summary="Liveness (always 200)")
async def health() -> Any:
    return {"status": "ok"}


@router.get(
    "/ready",
    response_model=ReadyModel,
    response_model_exclude_none=True,
    responses={503: {"model": ReadyModel, "description": "not ready, with the reason"}},
    summary="Readiness: 200 once the index and models are loaded (a `warning` when a newer generation was refused)",
)
async def ready(state: StateDep) -> Any:
    p = state.pipeline
    if p is None:
        return SafeJSONResponse(
            {"status": "not ready", "detail": state.error or "index not loaded: run `cbec-rag index`"},
            status_code=503,
            headers={"Retry-After": "30"},
        )
    body = {
        "status": "ready",
        "index_version": p.version,
        "documents": len(p.index.documents) - len(state.hidden_docs(p)),
        "chunks": len(p.index.chunks),
        "embedder": getattr(p.embedder, "id", None),
        "load_ms": round(state.load_ms or 0.0, 1),
        "warmup_ms": round(state.warmup_ms or 0.0, 1),
    }
    if state.warning:
        body["warning"] = state.warning
    skipped = [
        {"source": safe_text(str(s.get("source", ""))), "reason": safe_text(str(s.get("reason", "")))}
        for s in p.index.manifest.get("skipped") or []
        if isinstance(s, dict)
    ]
    if skipped:
        body["skipped"] = skipped
    return body


@router.post(
    "/admin/reload",
    response_model=ReloadResponse,
    response_model_exclude_none=True,
    dependencies=[AdminDep],
    responses={**AUTH_ERRORS},
    summary="Load the index generation CURRENT names now (the poll does it every reload_poll_s seconds)",
)
async def reload(state: StateDep) -> Any:
    """Swaps the served pipeline atomically; requests in flight finish on the old one. A damaged
    generation is refused (`status: refused`, the old one keeps serving, /ready warns)."""
    result = await run_in_threadpool(state.reload, reason="admin")
    return {k: v for k, v in result.items() if v is not None}
