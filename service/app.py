"""The cbec-rag HTTP service (FastAPI) and its web page: the app factory and its lifespan.

    POST   /ask                question -> cited answer (JSON, or server-sent events with "stream": true)
    POST   /search             question -> ranked passages with per-retriever scores
    GET    /health             liveness: always 200 while the process serves
    GET    /ready              readiness: 200 once the index and models are loaded, else 503 + reason;
                               a `warning` when a newer generation was refused
    GET    /documents          the indexed documents (doc_id, source, title, chars)
    GET    /documents/{id}     a document's source text, or a ?start=&end= slice of it
    POST   /documents          upload a document (API key; multipart `file`) -> durable, then indexed
    DELETE /documents/{id}     remove a document (API key) -> hidden at once, then re-indexed
    GET    /jobs/{id}          a rebuild job's status (API key)
    POST   /admin/reload       hot-reload the generation CURRENT names (API key when one is set)
    GET    /                   the web page (service/static)
    GET    /docs               OpenAPI (Swagger UI; /openapi.json is the schema)

Modules: :mod:`.routes_query` (ask, search), :mod:`.routes_documents` (documents, jobs),
:mod:`.routes_admin` (health, ready, reload), :mod:`.state` (the live pipeline, hot reload,
overload gate), :mod:`.jobs` (background rebuilds), :mod:`.auth` (API key),
:mod:`.middleware` (body limits), :mod:`.streaming` (server-sent events), :mod:`.models`
(JSON shapes), :mod:`.responses` (always-valid JSON, scrubbed errors).

``create_app(settings)`` builds an app; the module's ``app`` (for ``uvicorn service.app:app``) is
built on first use with its settings from the environment (``CBEC_RAG_*``, see
:mod:`service.settings`): importing the module reads no setting and builds nothing, and the index
and models load once, in the lifespan hook. A missing or damaged index does not stop
the server: /ready, /ask and /search answer 503 saying to run ``cbec-rag index``, and the
reload poll picks the index up once it is built.

Error mapping (library exceptions -> HTTP): QueryError 422; IndexNotBuiltError,
IndexCorruptError, IndexMismatchError, EmbedderError 503; GeneratorError 502 (GeneratorConfigError,
the generator not configured on this server, 503); request validation 422 (415 when the body is not
sent as JSON); body over its limit 413; no/wrong API key 401/403; overload 503 +
Retry-After; anything else 500 with a generic message (the traceback is logged, never sent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from cbec_rag.errors import (
    CbecRagError,
    GeneratorConfigError,
    GeneratorError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotBuiltError,
    QueryError,
)
from cbec_rag.threads import configure_threads

from . import routes_admin, routes_documents, routes_query
from .auth import AuthError, auth_problem, scope_headers
from .middleware import BodyLimitMiddleware, Refusal
from .models import GENERATORS, MAX_K, MAX_QUESTION_CHARS, MODES, AnswerModel, HitModel, SearchResponse
from .responses import INTERNAL_ERROR, SafeJSONResponse, error_response, scrub_paths, validation_message
from .settings import Settings, get_settings
from .state import Gate, NotReady, Overloaded, ServiceState, public_load_error
from .streaming import GatedStreamingResponse, sse, text_deltas

__all__ = [
    "GENERATORS",
    "MAX_K",
    "MAX_QUESTION_CHARS",
    "MODES",
    "AnswerModel",
    "BodyLimitMiddleware",
    "Gate",
    "GatedStreamingResponse",
    "HitModel",
    "SafeJSONResponse",
    "SearchResponse",
    "ServiceState",
    "create_app",
    "local_swagger_ui",
    "public_load_error",
    "scrub_paths",
    "sse",
    "text_deltas",
]

log = logging.getLogger("cbec_rag.service")

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
UPLOAD_OVERHEAD_BYTES = 64 * 1024  # multipart boundaries and part headers around the file


def _needs_reload(state: ServiceState, pointer: str | None) -> bool:
    """CURRENT changed, or the last load was refused because the search backend (Milvus) was
    unreachable: it may be back, whether or not an older generation is still served (a new
    generation refused that way would otherwise never be picked up, its pointer being unchanged)."""
    return state.backend_down or pointer != state.pointer


async def _poll(state: ServiceState, interval: float) -> None:
    """Every ``interval`` seconds, read CURRENT and hot-reload when :func:`_needs_reload`."""
    while True:
        await asyncio.sleep(interval)
        try:
            if _needs_reload(state, await run_in_threadpool(state.pointer_text)):
                await run_in_threadpool(state.reload, reason="poll")
        except Exception:  # the poll must outlive any one failure
            log.exception("index reload poll failed")


def _setup_writes(state: ServiceState) -> None:
    """With an API key and a corpus folder: the corpus store, the rebuild worker, startup reconcile."""
    from cbec_rag.uploads import CorpusFolder

    from .jobs import Rebuilder, reconcile

    settings = state.settings
    if not settings.writes_enabled:
        return
    if settings.corpus_dir is None:
        log.warning("CBEC_RAG_API_KEY is set but CBEC_RAG_CORPUS_DIR is not: uploads answer 503")
        return
    state.corpus = CorpusFolder(Path(settings.corpus_dir))
    state.rebuilder = Rebuilder(state)
    try:
        reconcile(state)
    except OSError:
        log.exception("could not compare the corpus folder with the index")


def json_body(request: Request) -> bool:
    """The request's route reads a JSON body (a model), not a form or an uploaded file."""
    from fastapi import params

    body = getattr(request.scope.get("route"), "body_field", None)
    return body is not None and not isinstance(getattr(body, "field_info", None), params.Form)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the service. Nothing heavy happens here: the index loads in the lifespan hook."""
    configure_threads()  # the CLI's and Pipeline.load's OpenMP setting, before the index loads
    settings = settings or get_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state: ServiceState = app.state.rag
        await run_in_threadpool(state.load)
        await run_in_threadpool(_setup_writes, state)
        poll = (
            asyncio.create_task(_poll(state, settings.reload_poll_s)) if settings.reload_poll_s > 0 else None
        )
        try:
            yield
        finally:
            if poll is not None:
                poll.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await poll
            if state.rebuilder is not None:
                await run_in_threadpool(state.rebuilder.close)
            await run_in_threadpool(state.close)  # the search backend's client (a milvus-lite file's lock)

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

    # -- middleware: body limits innermost, CORS only when configured -----------------------------
    def is_upload(scope: Scope) -> bool:
        return scope.get("method") == "POST" and scope.get("path", "").rstrip("/") == "/documents"

    def limit_for(scope: Scope) -> int | None:
        return settings.upload_max_bytes + UPLOAD_OVERHEAD_BYTES if is_upload(scope) else None

    def precheck(scope: Scope) -> Refusal | None:  # no large body is read for a refused upload
        return auth_problem(settings, scope_headers(scope)) if is_upload(scope) else None

    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=settings.max_body_bytes,
        limit_for=limit_for,
        precheck=precheck,
        read_timeout=settings.body_timeout_s,
        total_timeout=settings.body_total_timeout_s,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type"],
            max_age=600,
        )
    _add_error_handlers(app, settings)
    app.include_router(routes_query.router)
    app.include_router(routes_admin.router)
    app.include_router(routes_documents.router)

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
    _document_errors_as_sent(app)
    return app


def _document_errors_as_sent(app: FastAPI) -> None:
    """Every 422 is ``{"detail": "message"}`` (see the validation handler): say so in the
    OpenAPI document instead of FastAPI's default list-of-errors model."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = build()
        for methods in spec.get("paths", {}).values():
            for op in methods.values():
                resp = op.get("responses", {}).get("422")
                if resp and "HTTPValidationError" in str(resp):
                    resp["content"] = {
                        "application/json": {"schema": {"$ref": "#/components/schemas/ErrorModel"}}
                    }
                    resp["description"] = "invalid parameters"
        schemas = spec.get("components", {}).get("schemas", {})
        if "HTTPValidationError" not in str(spec.get("paths")):
            schemas.pop("HTTPValidationError", None)
            schemas.pop("ValidationError", None)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def _add_error_handlers(app: FastAPI, settings: Settings) -> None:
    @app.exception_handler(RequestValidationError)
    async def _on_validation(request: Request, exc: RequestValidationError) -> SafeJSONResponse:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body_error = any(tuple(err.get("loc", ()))[:1] == ("body",) for err in exc.errors())
        json_type = ctype == "application/json" or ctype.endswith("+json")
        if body_error and not json_type and json_body(request):  # (no Content-Type at all, too)
            return error_response(
                415,
                "send the request body as JSON with Content-Type: application/json, "
                + (f"not {ctype[:60]}" if ctype else "none was sent"),
            )
        return error_response(422, validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _on_http(request: Request, exc: StarletteHTTPException) -> SafeJSONResponse:
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # Starlette names only the first route's methods
            headers["Allow"] = ", ".join(allowed_methods(request.app, request.scope))
        return error_response(exc.status_code, str(exc.detail), headers=headers or None)

    @app.exception_handler(AuthError)
    async def _on_auth(request: Request, exc: AuthError) -> SafeJSONResponse:
        return error_response(exc.status, exc.detail, headers=exc.headers)

    @app.exception_handler(QueryError)
    async def _on_query(request: Request, exc: QueryError) -> SafeJSONResponse:
        return error_response(422, scrub_paths(str(exc)))

    @app.exception_handler(GeneratorError)
    async def _on_generator(request: Request, exc: GeneratorError) -> SafeJSONResponse:
        if isinstance(exc, GeneratorConfigError):  # nothing upstream was asked: this server lacks it
            log.warning("generator not configured: %s", exc)
            return error_response(503, "the answer generator is not available here: " + scrub_paths(str(exc)))
        log.warning("generator failed: %s", exc)
        return error_response(502, "the answer generator failed: " + scrub_paths(str(exc)))

    @app.exception_handler(NotReady)
    async def _on_not_ready(request: Request, exc: NotReady) -> SafeJSONResponse:
        return error_response(503, str(exc), headers={"Retry-After": "30"})

    @app.exception_handler(CbecRagError)
    async def _on_library(request: Request, exc: CbecRagError) -> SafeJSONResponse:
        log.error("library error on %s: %s", request.url.path, exc)
        if isinstance(exc, IndexNotBuiltError | IndexCorruptError | IndexMismatchError):
            return error_response(503, public_load_error(exc, settings.index_dir, settings.milvus_uri))
        detail = scrub_paths(str(exc), settings.index_dir, uris=(settings.milvus_uri,))
        return error_response(503, "the search backend failed: " + detail)

    @app.exception_handler(Overloaded)
    async def _on_overload(request: Request, exc: Overloaded) -> SafeJSONResponse:
        return error_response(
            503,
            "server busy: too many questions at once, retry shortly",
            headers={"Retry-After": str(settings.retry_after_s)},
        )

    @app.exception_handler(Exception)
    async def _on_unexpected(request: Request, exc: Exception) -> SafeJSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, INTERNAL_ERROR)


_METHODS = ("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")


def allowed_methods(app: FastAPI, scope: Scope) -> list[str]:
    """Every method some route of ``app`` accepts on the request's path (for a 405's ``Allow``):
    each method is tried against the routes (included routers too), as the router would."""
    from starlette.routing import Match

    return [
        method
        for method in _METHODS
        if any(route.matches({**scope, "method": method})[0] == Match.FULL for route in app.router.routes)
    ]


def local_swagger_ui() -> Path | None:
    """Swagger UI assets from the ``swagger-ui-bundle-v2`` package (a dependency: Swagger UI 5,
    needed for OpenAPI 3.1, Apache-2.0, its licence in the package's dist-info), so /docs works
    offline; None when the package is missing or incomplete."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except Exception:
        return None
    folder = Path(swagger_ui_path)
    if (folder / "swagger-ui-bundle.js").is_file() and (folder / "swagger-ui.css").is_file():
        return folder
    return None


def _add_docs(app: FastAPI) -> None:
    """/docs from local assets (the page must work offline); without them (a broken install),
    FastAPI's CDN default, with a warning."""
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = local_swagger_ui()
    urls: dict[str, str] = {}
    if assets is None:
        log.warning("swagger-ui-bundle-v2 is missing: /docs loads Swagger UI from a CDN (needs internet)")
    else:
        app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")
        urls = {
            "swagger_js_url": "/docs-assets/swagger-ui-bundle.js",
            "swagger_css_url": "/docs-assets/swagger-ui.css",
            "swagger_favicon_url": "/docs-assets/favicon-32x32.png",
        }

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Any:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="cbec-rag API",
            # no badge that asks an online validator about the schema: the page makes no outside call
            swagger_ui_parameters={"validatorUrl": None},
            **urls,
        )


def _package_version() -> str:
    try:
        from cbec_rag import __version__

        return __version__
    except Exception:  # pragma: no cover
        return "0"


def __getattr__(name: str) -> Any:
    """``app``: the app of the environment's settings (``uvicorn service.app:app``), built on its
    first use rather than at import, so importing this module reads no setting and builds nothing."""
    if name == "app":
        built = create_app()
        globals()["app"] = built  # (later lookups find it without coming here)
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
