"""The cbec-rag HTTP service (FastAPI) and its web page.

    POST /ask               question -> cited answer (JSON, or server-sent events with "stream": true)
    POST /search            question -> ranked passages with per-retriever scores
    GET  /health            liveness: always 200 while the process serves
    GET  /ready             readiness: 200 once the index and models are loaded, else 503 + reason
    GET  /documents         the indexed documents (doc_id, source, title, chars)
    GET  /documents/{id}    a document's source text, or a ?start=&end= slice of it
    GET  /                  the web page (service/static)
    GET  /docs              OpenAPI (Swagger UI; /openapi.json is the schema)

``create_app(settings)`` builds an app; the module-level ``app`` reads its settings from
the environment (``CBEC_RAG_*``, see :mod:`service.settings`) and loads nothing at import:
the index and models load once, in the lifespan hook. A missing or damaged index does not
stop the server: /ready, /ask and /search answer 503 saying to run ``cbec-rag index``.

Search and answer generation are CPU-bound and run in worker threads; at most
``max_concurrency`` run at once and a request beyond that gets 503 + ``Retry-After``
at once (overload fails fast instead of queueing).

Error mapping (library exceptions -> HTTP): QueryError 422; IndexNotBuiltError,
IndexCorruptError, IndexMismatchError, EmbedderError 503; GeneratorError 502; request
validation 422; body over ``max_body_bytes`` 413; anything else 500 with a generic
message (the traceback is logged, never sent).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import time
import unicodedata
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, field_validator
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cbec_rag.errors import (
    CbecRagError,
    EmbedderError,
    GeneratorError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotBuiltError,
    QueryError,
)

from .settings import Settings, get_settings

log = logging.getLogger("cbec_rag.service")

STATIC_DIR = Path(__file__).resolve().parent / "static"
MAX_QUESTION_CHARS = 2000
MAX_K = 50
MODES = ("hybrid", "bm25", "dense")
GENERATORS = ("extractive", "openai")  # kept equal to cbec_rag.pipeline.GENERATORS (tested)
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
INTERNAL_ERROR = "internal server error (the details are in the server log)"


# ======================================================================================
# JSON that is always valid UTF-8
# ======================================================================================


_SURROGATE = re.compile("[\ud800-\udfff]")


def _safe_text(text: str) -> str:
    """Lone surrogates (from JSON escapes like "\\ud800") become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) else text


class SafeJSONResponse(JSONResponse):
    """UTF-8 JSON that cannot fail on lone surrogates (they are replaced)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8", "replace"
        )


def _error(status: int, detail: str, headers: dict[str, str] | None = None) -> SafeJSONResponse:
    return SafeJSONResponse({"detail": _safe_text(detail)}, status_code=status, headers=headers)


_ABS_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][^\s\\/'\"`:;,()\[\]{}<>]+){2,}[\\/]?")


def scrub_paths(message: str, *paths: Path | str) -> str:
    """Drop filesystem paths from a message meant for a client."""
    for p in paths:
        for form in {str(p), str(Path(p).resolve())}:
            if form and Path(form).is_absolute():
                message = message.replace(form, "<index-dir>")
    return _ABS_PATH.sub("<path>", message)


# ======================================================================================
# request / response models (the JSON shapes of DESIGN.md)
# ======================================================================================

_CONTROL_OK = {"\t", "\n", "\r"}


def clean_question(value: str) -> str:
    """Lone surrogates -> U+FFFD, control characters -> space, trimmed; 1..2000 characters."""
    text = _safe_text(value)
    text = "".join(
        " " if (unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK) else ch for ch in text
    ).strip()
    if not text:
        raise ValueError("the question is empty: ask something, e.g. 跨境电商综试区有哪些支持政策？")
    if len(text) > MAX_QUESTION_CHARS:
        raise ValueError(f"the question is too long: {len(text)} characters, at most {MAX_QUESTION_CHARS}")
    return text


class SearchRequest(BaseModel):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [{"question": "跨境电商综试区有哪些支持政策？", "k": 5, "mode": "hybrid"}]
        },
    )

    question: str = Field(
        description=f"the question, Chinese or English: 1..{MAX_QUESTION_CHARS} characters after trimming",
        examples=[
            "跨境电商综试区有哪些支持政策？",
            "What tax policies apply to cross-border e-commerce exports?",
        ],
    )
    k: StrictInt = Field(5, ge=1, le=MAX_K, description="how many passages to retrieve")
    mode: Literal["hybrid", "bm25", "dense"] = Field(
        "hybrid", description="hybrid (BM25 + dense, fused), bm25 only, or dense only"
    )

    @field_validator("question", mode="after")
    @classmethod
    def _check_question(cls, value: str) -> str:
        return clean_question(value)


class AskRequest(SearchRequest):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [
                {
                    "question": "跨境电商综试区有哪些支持政策？",
                    "k": 5,
                    "mode": "hybrid",
                    "generator": "extractive",
                }
            ]
        },
    )

    generator: Literal["extractive", "openai"] | None = Field(
        None, description="answer generator; default: the server's (extractive unless configured)"
    )
    stream: StrictBool = Field(
        False,
        description="answer as server-sent events: `passages`, then `delta` events with answer text, then `done`",
    )


class RetrieverScores(BaseModel):
    bm25: float | None = None
    dense: float | None = None


class RetrieverRanks(BaseModel):
    bm25: int | None = None
    dense: int | None = None


class HitModel(BaseModel):
    rank: int
    chunk_id: str
    doc_id: str
    source: str = Field(description="file path relative to the corpus root")
    title: str
    section: str
    start: int = Field(description="character offset into the document's source text")
    end: int
    text: str = Field(description="source_text[start:end], whitespace normalised")
    kind: str = Field(description='"text" or "table"')
    score: float = Field(description="fused score (the retriever's own score in bm25/dense mode)")
    scores: RetrieverScores = Field(description="raw score from each retriever (null: not ranked by it)")
    ranks: RetrieverRanks = Field(description="rank from each retriever (null: not ranked by it)")


class CitationModel(BaseModel):
    n: int = Field(description="the marker [n] in the answer")
    chunk_id: str
    doc_id: str
    source: str
    start: int
    end: int
    quote: str = Field(description="exactly source_text[start:end]")


class AnswerModel(BaseModel):
    question: str
    answer: str = Field(description="answer text with [n] citation markers")
    refused: bool = Field(description="true when the documents do not support an answer")
    citations: list[CitationModel]
    passages: list[HitModel]
    generator: str
    degraded: bool
    flags: list[str]
    confidence: float | None
    index_version: str
    timings_ms: dict[str, float]


class SearchResponse(BaseModel):
    question: str
    hits: list[HitModel]
    notes: list[str]
    timings_ms: dict[str, float]
    index_version: str


class DocumentInfo(BaseModel):
    doc_id: str
    source: str
    title: str
    chars: int = Field(description="length of the source text in characters (code points)")


class DocumentText(DocumentInfo):
    start: int
    end: int
    text: str = Field(description="source_text[start:end]")


class ErrorModel(BaseModel):
    detail: str


class HealthModel(BaseModel):
    status: str


class ReadyModel(BaseModel):
    status: str
    index_version: str | None = None
    documents: int | None = None
    chunks: int | None = None
    embedder: str | None = None
    load_ms: float | None = Field(None, description="time to load the index and models")
    warmup_ms: float | None = Field(None, description="time of the first (warm-up) query")
    detail: str | None = None


_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorModel, "description": "request body too large"},
    422: {"model": ErrorModel, "description": "invalid question or parameters"},
    503: {"model": ErrorModel, "description": "index not loaded (run `cbec-rag index`) or server busy"},
}

_ASK_EXAMPLES = {
    "zh": {"summary": "中文问题", "value": {"question": "跨境电商综试区有哪些支持政策？", "k": 5}},
    "en": {
        "summary": "English question",
        "value": {
            "question": "What support policies do the comprehensive pilot zones get?",
            "k": 5,
            "mode": "hybrid",
        },
    },
    "stream": {
        "summary": "streamed (server-sent events)",
        "value": {"question": "跨境电商出口退税政策是什么？", "stream": True},
    },
}
_SEARCH_EXAMPLES = {
    "zh": {"summary": "中文", "value": {"question": "海外仓", "k": 5, "mode": "hybrid"}},
    "en": {
        "summary": "English, BM25 only",
        "value": {"question": "overseas warehouse", "k": 10, "mode": "bm25"},
    },
}


# ======================================================================================
# service state: the pipeline, loaded once, and the overload gate
# ======================================================================================


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


def public_load_error(exc: BaseException, index_dir: Path) -> str:
    """A client-safe reason why the index is not loaded; always names `cbec-rag index`."""
    if isinstance(exc, IndexNotBuiltError):
        return "index not built: run `cbec-rag index` (then restart the service)"
    if isinstance(exc, IndexCorruptError):
        reason = "index is damaged or incomplete"
    elif isinstance(exc, IndexMismatchError):
        reason = "index was built with another embedder or format version"
    elif isinstance(exc, EmbedderError):
        reason = "the embedding model could not be loaded"
    else:
        reason = "index could not be loaded"
    # library messages are written for users; other exceptions' text is internal (see the log)
    detail = scrub_paths(_safe_text(str(exc)), index_dir).strip() if isinstance(exc, CbecRagError) else ""
    fix = "rebuild it with `cbec-rag index` (then restart the service)"
    return f"{reason} ({detail}); {fix}" if detail else f"{reason}: {fix}"


@dataclass
class ServiceState:
    settings: Settings
    pipeline: Any = None
    error: str | None = "index not loaded yet: the service is starting"
    load_ms: float | None = None
    warmup_ms: float | None = None
    gate: Gate = field(default_factory=lambda: Gate(16))

    def load(self) -> None:
        """Load the pipeline (blocking; runs in a worker thread at startup)."""
        t0 = time.perf_counter()
        index_dir = Path(self.settings.index_dir)
        try:
            from cbec_rag.pipeline import Pipeline

            pipeline = Pipeline.load(index_dir)
        except CbecRagError as e:
            self.error = public_load_error(e, index_dir)
            log.error("index not loaded from %s: %s", index_dir, e)
            return
        except Exception as e:  # a broken install or an unreadable file must not kill startup
            log.exception("index could not be loaded from %s", index_dir)
            self.error = public_load_error(e, index_dir)
            return
        self.load_ms = (time.perf_counter() - t0) * 1000
        t1 = time.perf_counter()
        try:  # first query initialises tokenizer dictionaries and the embedding model
            pipeline.search("warm up 跨境电商", k=1, mode="hybrid")
        except Exception:
            log.warning("warm-up query failed", exc_info=True)
        self.warmup_ms = (time.perf_counter() - t1) * 1000
        self.pipeline = pipeline
        self.error = None
        log.info(
            "index %s loaded in %.0f ms (warm-up %.0f ms)", pipeline.version, self.load_ms, self.warmup_ms
        )

    def require(self) -> Any:
        if self.pipeline is None:
            raise NotReady(self.error or "index not loaded: run `cbec-rag index`")
        return self.pipeline


def get_state(request: Request) -> ServiceState:
    return request.app.state.rag


StateDep = Annotated[ServiceState, Depends(get_state)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


# ======================================================================================
# request body limit (pure ASGI: counts streamed bytes, with or without Content-Length)
# ======================================================================================


class BodyLimitMiddleware:
    """Reads the request body up front (at most ``max_bytes``) and answers 413 beyond it.

    Works for chunked bodies without a Content-Length; a declared length over the
    limit is refused before reading anything. The buffered body is replayed to the app.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self._reply(send, 400, "invalid Content-Length header")
                    return
        if declared is not None and declared > self.max_bytes:
            await self._reply(send, 413, self._too_large())
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._reply(send, 413, self._too_large())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> str:
        return f"request body too large: at most {self.max_bytes} bytes"

    @staticmethod
    async def _reply(send: Send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


# ======================================================================================
# streaming (server-sent events)
# ======================================================================================


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


def _finish_answer(
    pipeline: Any, answer: Any, question: str, retrieval: Any, t0: float, t_retrieve: float
) -> Any:
    """What Pipeline.ask adds to a generator's answer (question, timings, flags, version)."""
    answer.question = question
    answer.timings_ms = {"retrieve": t_retrieve, **retrieval.timings_ms, **answer.timings_ms}
    answer.timings_ms["total"] = (time.perf_counter() - t0) * 1000
    answer.flags = [*retrieval.notes, *answer.flags]
    answer.index_version = pipeline.version
    return answer


def resolve_generator(pipeline: Any, name: str) -> Any:
    """The pipeline's generator ``name``; a backend that cannot be set up is a 502, not a 500."""
    try:
        return pipeline.generator(name)
    except CbecRagError:
        raise
    except ImportError as e:
        log.error("generator %s is not available", name, exc_info=True)
        raise GeneratorError(f"the {name} generator is not available on this server") from e


def _error_event(exc: BaseException) -> bytes:
    if isinstance(exc, GeneratorError):
        return sse("error", {"status": 502, "detail": scrub_paths(_safe_text(str(exc)))})
    if isinstance(exc, QueryError):
        return sse("error", {"status": 422, "detail": scrub_paths(_safe_text(str(exc)))})
    if isinstance(exc, CbecRagError):
        return sse("error", {"status": 503, "detail": scrub_paths(_safe_text(str(exc)))})
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
            retrieval = await run_in_threadpool(pipeline.search, req.question, req.k, req.mode)
            t_retrieve = (time.perf_counter() - t0) * 1000
            answer = None
        else:
            answer = await run_in_threadpool(pipeline.ask, req.question, req.k, req.mode, generator)
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
            final = _finish_answer(pipeline, final, req.question, retrieval, t0, t_retrieve)
            body = final.to_json()
            if body["answer"] != sent:  # e.g. a fallback answer, or markers renumbered after streaming
                body["replace"] = True
            yield sse("done", _done_payload(body))
        except Exception as e:
            yield _error_event(e)
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


# ======================================================================================
# the app
# ======================================================================================


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path")]
        kind = err.get("type", "")
        if kind == "json_invalid":
            parts.append("malformed JSON body: " + str(err.get("ctx", {}).get("error", "cannot parse")))
            continue
        msg = str(err.get("msg", "invalid value"))
        msg = msg.removeprefix("Value error, ")
        if kind == "missing" and loc:
            msg = "is required"
        where = ".".join(loc)
        parts.append(f"{where}: {msg}" if where else msg)
    return _safe_text("; ".join(parts) or "invalid request")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service. Nothing heavy happens here: the index loads in the lifespan hook."""
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state: ServiceState = app.state.rag
        await run_in_threadpool(state.load)
        yield
        state.pipeline = None

    app = FastAPI(
        title="cbec-rag",
        version=_package_version(),
        description=(
            "Bilingual (中文/English) question answering over Chinese cross-border e-commerce policy "
            "documents. Every claim in an answer cites an exact span of a source document "
            "(`quote == source_text[start:end]`), or the answer says the documents do not say."
        ),
        lifespan=lifespan,
        default_response_class=SafeJSONResponse,
        docs_url=None,
        redoc_url=None,
    )
    app.state.rag = ServiceState(settings=settings, gate=Gate(settings.max_concurrency))
    app.dependency_overrides[get_settings] = lambda: settings  # tests may override it again

    # -- middleware: body limit innermost of the two, CORS only when configured ------------------
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
            max_age=600,
        )

    # -- error mapping ---------------------------------------------------------------------------
    @app.exception_handler(RequestValidationError)
    async def _on_validation(request: Request, exc: RequestValidationError) -> SafeJSONResponse:
        return _error(422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> SafeJSONResponse:
        return _error(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(QueryError)
    async def _on_query(request: Request, exc: QueryError) -> SafeJSONResponse:
        return _error(422, scrub_paths(str(exc)))

    @app.exception_handler(GeneratorError)
    async def _on_generator(request: Request, exc: GeneratorError) -> SafeJSONResponse:
        log.warning("generator failed: %s", exc)
        return _error(502, "the answer generator failed: " + scrub_paths(str(exc)))

    @app.exception_handler(NotReady)
    async def _on_not_ready(request: Request, exc: NotReady) -> SafeJSONResponse:
        return _error(503, str(exc), headers={"Retry-After": "30"})

    @app.exception_handler(CbecRagError)
    async def _on_library(request: Request, exc: CbecRagError) -> SafeJSONResponse:
        log.error("library error on %s: %s", request.url.path, exc)
        if isinstance(exc, IndexNotBuiltError | IndexCorruptError | IndexMismatchError):
            return _error(503, public_load_error(exc, settings.index_dir))
        return _error(503, "the search backend failed: " + scrub_paths(str(exc), settings.index_dir))

    @app.exception_handler(Overloaded)
    async def _on_overload(request: Request, exc: Overloaded) -> SafeJSONResponse:
        return _error(
            503,
            "server busy: too many questions at once, retry shortly",
            headers={"Retry-After": str(settings.retry_after_s)},
        )

    @app.exception_handler(Exception)
    async def _on_unexpected(request: Request, exc: Exception) -> SafeJSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return _error(500, INTERNAL_ERROR)

    # -- routes ----------------------------------------------------------------------------------
    @app.post(
        "/ask",
        response_model=AnswerModel,
        responses={
            **_ERRORS,
            200: {
                "description": "the answer (JSON), or with `stream: true` server-sent events "
                "`passages`, `delta`..., `done` (or `error`)",
                "content": {"text/event-stream": {}},
            },
            502: {"model": ErrorModel, "description": "the answer generator (e.g. an LLM server) failed"},
        },
        summary="Answer a question with cited source spans",
    )
    async def ask(
        req: Annotated[AskRequest, Body(openapi_examples=_ASK_EXAMPLES)],
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
            answer = await run_in_threadpool(pipeline.ask, req.question, req.k, req.mode, generator)
        finally:
            state.gate.release()
        return SafeJSONResponse(answer.to_json())

    @app.post(
        "/search",
        response_model=SearchResponse,
        responses=_ERRORS,
        summary="Retrieve ranked passages with per-retriever scores",
    )
    async def search(
        req: Annotated[SearchRequest, Body(openapi_examples=_SEARCH_EXAMPLES)], state: StateDep
    ) -> Any:
        pipeline = state.require()
        state.gate.acquire()
        t0 = time.perf_counter()
        try:
            retrieval = await run_in_threadpool(pipeline.search, req.question, req.k, req.mode)
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

    @app.get("/health", response_model=HealthModel, summary="Liveness (always 200)")
    async def health() -> Any:
        return {"status": "ok"}

    @app.get(
        "/ready",
        response_model=ReadyModel,
        response_model_exclude_none=True,
        responses={503: {"model": ReadyModel, "description": "not ready, with the reason"}},
        summary="Readiness: 200 once the index and models are loaded",
    )
    async def ready(state: StateDep) -> Any:
        p = state.pipeline
        if p is None:
            return SafeJSONResponse(
                {"status": "not ready", "detail": state.error or "index not loaded: run `cbec-rag index`"},
                status_code=503,
                headers={"Retry-After": "30"},
            )
        return {
            "status": "ready",
            "index_version": p.version,
            "documents": len(p.index.documents),
            "chunks": len(p.index.chunks),
            "embedder": getattr(p.embedder, "id", None),
            "load_ms": round(state.load_ms or 0.0, 1),
            "warmup_ms": round(state.warmup_ms or 0.0, 1),
        }

    @app.get(
        "/documents",
        response_model=list[DocumentInfo],
        responses={503: _ERRORS[503]},
        summary="The indexed documents",
    )
    async def documents(state: StateDep) -> Any:
        docs = state.require().index.documents
        return SafeJSONResponse(
            [
                {"doc_id": d.doc_id, "source": d.source, "title": d.title, "chars": len(d.text)}
                for d in sorted(docs.values(), key=lambda d: d.source)
            ]
        )

    @app.get(
        "/documents/{doc_id}",
        response_model=DocumentText,
        responses={
            404: {"model": ErrorModel, "description": "unknown document id"},
            422: _ERRORS[422],
            503: _ERRORS[503],
        },
        summary="A document's source text, or the slice [start:end] of it (for showing a citation in context)",
    )
    async def document(
        doc_id: str,
        state: StateDep,
        start: Annotated[int | None, Query(ge=0, description="first character (code point) offset")] = None,
        end: Annotated[
            int | None, Query(ge=0, description="end offset (exclusive); clamped to the length")
        ] = None,
    ) -> Any:
        doc = state.require().index.documents.get(doc_id)
        if doc is None:
            return _error(404, "no document with this id: GET /documents lists them")
        n = len(doc.text)
        s = min(start if start is not None else 0, n)
        e = min(end if end is not None else n, n)
        if e < s:
            return _error(422, "end must not be before start")
        return SafeJSONResponse(
            {
                "doc_id": doc.doc_id,
                "source": doc.source,
                "title": doc.title,
                "chars": n,
                "start": s,
                "end": e,
                "text": doc.text[s:e],
            }
        )

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(
            STATIC_DIR / "index.html",
            media_type="text/html; charset=utf-8",
            headers={
                "Content-Security-Policy": PAGE_CSP,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
                "Cache-Control": "no-cache",
            },
        )

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _add_docs(app)
    return app


def local_swagger_ui() -> Path | None:
    """Swagger UI assets from the optional ``swagger-ui-bundle-v2`` package (Swagger UI 5,
    needed for OpenAPI 3.1), so /docs works offline; None when not installed."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except Exception:
        return None
    folder = Path(swagger_ui_path)
    if (folder / "swagger-ui-bundle.js").is_file() and (folder / "swagger-ui.css").is_file():
        return folder
    return None


def _add_docs(app: FastAPI) -> None:
    """/docs from local assets when available (the page must work offline), else FastAPI's CDN default."""
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = local_swagger_ui()
    urls: dict[str, str] = {}
    if assets is not None:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")
        urls = {
            "swagger_js_url": "/docs-assets/swagger-ui-bundle.js",
            "swagger_css_url": "/docs-assets/swagger-ui.css",
            "swagger_favicon_url": "/docs-assets/favicon-32x32.png",
        }

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Any:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="cbec-rag API", **urls
        )


def _package_version() -> str:
    try:
        from cbec_rag import __version__

        return __version__
    except Exception:  # pragma: no cover
        return "0"


app = create_app()
