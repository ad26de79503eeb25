"""``POST /ask`` with ``"stream": true``: server-sent events ``passages``, ``delta``..., ``done`` (or ``error``)."""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.types import Receive, Scope, Send

from cbec_rag.errors import CbecRagError, GeneratorConfigError, GeneratorError, QueryError

from .answering import ask_visible, resolve_generator, search_visible
from .models import AskRequest
from .responses import INTERNAL_ERROR, safe_text, scrub_paths
from .state import ServiceState

log = logging.getLogger("cbec_rag.service")


class GatedStreamingResponse(StreamingResponse):
    """Releases its overload-gate slot when the response ends, however it ends (even when
    the client disconnects before the body generator starts)."""

    def __init__(self, content: Any, release: Callable[[], None], **kw: Any) -> None:
        super().__init__(content, **kw)
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


def sse(event: str, data: dict[str, Any]) -> bytes:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event}\ndata: {payload}\n\n".encode("utf-8", "replace")


_DELTA_SPLIT = re.compile(r"(?<=\])|(?<=\n)|(?<=[。！？；])|(?<=[.!?;] )")


def text_deltas(text: str, max_chars: int = 60) -> list[str]:
    """Split an answer into a few pieces (after citation markers and sentence ends)."""
    pieces: list[str] = []
    for part in _DELTA_SPLIT.split(text):
        while len(part) > max_chars:
            pieces.append(part[:max_chars])
            part = part[max_chars:]
        if part:
            pieces.append(part)
    return pieces or [text]


def _done_payload(answer_json: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in answer_json.items() if k != "passages"}


def _error_event(exc: BaseException, milvus_uri: str | None = None) -> bytes:
    if isinstance(exc, GeneratorError):  # (not configured here: 503, as the JSON answer's status)
        status = 503 if isinstance(exc, GeneratorConfigError) else 502
        return sse("error", {"status": status, "detail": scrub_paths(safe_text(str(exc)))})
    if isinstance(exc, QueryError):
        return sse("error", {"status": 422, "detail": scrub_paths(safe_text(str(exc)))})
    if isinstance(exc, CbecRagError):
        return sse("error", {"status": 503, "detail": scrub_paths(safe_text(str(exc)), uris=(milvus_uri,))})
    log.error("unexpected error while streaming an answer", exc_info=exc)
    return sse("error", {"status": 500, "detail": INTERNAL_ERROR})


async def stream_answer(
    state: ServiceState, pipeline: Any, req: AskRequest, generator: str
) -> StreamingResponse:
    """Retrieval runs before the response starts (so its errors get a status code); then
    ``passages``, ``delta``..., ``done`` (or ``error``) events."""
    gen = resolve_generator(pipeline, generator)
    streamer = getattr(gen, "stream", None)
    t0 = time.perf_counter()
    release = state.gate.slot()
    try:
        if callable(streamer):
            retrieval = await run_in_threadpool(
                search_visible, state, pipeline, req.question, req.k, req.mode
            )
            t_retrieve = (time.perf_counter() - t0) * 1000
            answer = None
        else:
            answer = await run_in_threadpool(
                ask_visible, state, pipeline, req.question, req.k, req.mode, generator
            )
            retrieval = None
    except BaseException:
        release()
        raise

    async def events() -> AsyncIterator[bytes]:
        try:
            if answer is not None:
                body = answer.to_json()
                yield sse(
                    "passages",
                    {
                        "question": body["question"],
                        "passages": body["passages"],
                        "index_version": body["index_version"],
                    },
                )
                for piece in text_deltas(body["answer"]):
                    yield sse("delta", {"text": piece})
                yield sse("done", _done_payload(body))
                return
            yield sse(
                "passages",
                {
                    "question": req.question,
                    "passages": [h.to_json() for h in retrieval.hits],
                    "index_version": pipeline.version,
                },
            )
            final = None
            sent = ""
            items = _stream_items(streamer, retrieval)
            try:
                async for item in iterate_in_threadpool(items):
                    if isinstance(item, str):
                        if item:
                            sent += item
                            yield sse("delta", {"text": item})
                    else:
                        final = item
            finally:
                with contextlib.suppress(Exception):  # "generator already executing" after a disconnect
                    items.close()
            if final is None:
                raise GeneratorError("the generator's stream ended without an answer")
            final = pipeline.finish(final, req.question, retrieval, t0, t_retrieve)
            body = final.to_json()
            if body["answer"] != sent:  # e.g. a fallback answer, or markers renumbered after streaming
                body["replace"] = True
            yield sse("done", _done_payload(body))
        except Exception as e:
            yield _error_event(e, state.settings.milvus_uri)
        finally:
            release()

    return GatedStreamingResponse(
        events(),
        release,
        media_type="text/event-stream; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _stream_items(streamer: Any, retrieval: Any) -> Iterator[Any]:
    """Text deltas (str) from a generator's ``stream(question, hits)``, then the final Answer.

    The stream is an iterator of str whose ``.answer`` is the validated final answer
    (``cbec_rag.generate.openai_compat.AnswerStream``); an iterator that yields the
    Answer itself as its last item works too.
    """
    s = streamer(retrieval.question, retrieval.hits)
    try:
        final = None
        for item in s:
            if isinstance(item, str):
                yield item
            else:
                final = item
        if final is None:
            final = getattr(s, "answer", None)
        if final is not None:
            yield final
    finally:
        close = getattr(s, "close", None)
        if callable(close):
            close()
