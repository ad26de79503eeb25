"""Documents: list and read them; upload and delete them (API key); follow the rebuild jobs.

    GET    /documents              the documents of the live generation
    GET    /documents/{doc_id}     a document's source text, or a ?start=&end= slice of it
    POST   /documents              multipart ``file``: store it in the corpus folder, rebuild
    DELETE /documents/{doc_id}     remove its file from the corpus folder, rebuild
    GET    /jobs/{job_id}          a rebuild's status

Writes need the API key (see :mod:`service.auth`; without a configured key they answer
403) and the corpus folder (``CBEC_RAG_CORPUS_DIR``; 503 without it). An upload is
answered only once its file is durable in the corpus folder (see
:class:`cbec_rag.uploads.CorpusFolder`): 202 with the rebuild job, or 200 with the
existing document when identical bytes are already there. ``?wait=true`` waits (up to
``job_wait_s``) for the rebuild before answering. A deleted document is hidden from every
answer and listing at once, before its rebuild finishes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, UploadFile
from starlette.concurrency import run_in_threadpool

from cbec_rag.ingest import UnreadableFileError, load_document, make_doc_id
from cbec_rag.uploads import ALLOWED_SUFFIXES, UnsupportedTypeError, UploadError, sanitize_filename

from .auth import WriterDep
from .models import (
    AUTH_ERRORS,
    ERRORS,
    DeleteResponse,
    DocumentInfo,
    DocumentText,
    ErrorModel,
    JobModel,
    UploadResponse,
)
from .responses import SafeJSONResponse, error_response, safe_text
from .state import ServiceState, StateDep

router = APIRouter()

NO_CORPUS = "uploads need a corpus folder: set CBEC_RAG_CORPUS_DIR on the server"
_NOT_FOUND = {"model": ErrorModel, "description": "unknown document id"}
_WAIT = Query(description="wait (up to the server's job_wait_s) for the rebuild before answering")


@router.get(
    "/documents",
    response_model=list[DocumentInfo],
    responses={503: ERRORS[503]},
    summary="The indexed documents",
)
async def documents(state: StateDep) -> Any:
    pipeline = state.require()
    hidden = state.hidden_docs(pipeline)
    return SafeJSONResponse(
        [
            {"doc_id": d.doc_id, "source": d.source, "title": d.title, "chars": len(d.text)}
            for d in sorted(pipeline.index.documents.values(), key=lambda d: d.source)
            if d.doc_id not in hidden
        ]
    )


@router.get(
    "/documents/{doc_id}",
    response_model=DocumentText,
    responses={404: _NOT_FOUND, 422: ERRORS[422], 503: ERRORS[503]},
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
    pipeline = state.require()
    doc = pipeline.index.documents.get(doc_id)
    if doc is None or doc_id in state.hidden_docs(pipeline):
        return error_response(404, "no document with this id: GET /documents lists them")
    n = len(doc.text)
    s = min(start if start is not None else 0, n)
    e = min(end if end is not None else n, n)
    if e < s:
        return error_response(422, "end must not be before start")
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


def _validate(path: Path) -> None:
    """The stored file must be one the indexer can read (a parse, before it becomes visible)."""
    try:
        load_document(path, path.parent)
    except UnreadableFileError:
        raise
    except Exception as e:  # a parser's own exception types
        raise UnreadableFileError(f"unreadable: {type(e).__name__}") from e


@router.post(
    "/documents",
    status_code=202,
    response_model=UploadResponse,
    dependencies=[WriterDep],
    responses={
        200: {
            "model": UploadResponse,
            "description": "identical bytes are already in the corpus (`duplicate`)",
        },
        202: {"model": UploadResponse, "description": "stored durably; `job` indexes it (GET /jobs/{id})"},
        **AUTH_ERRORS,
        400: {"model": ErrorModel, "description": "malformed multipart body"},
        413: {"model": ErrorModel, "description": "file larger than the upload limit"},
        415: {"model": ErrorModel, "description": f"file type not one of {', '.join(ALLOWED_SUFFIXES)}"},
        422: {
            "model": ErrorModel,
            "description": "empty or unreadable file (also one that unpacks past the server's limits: "
            "a decompression bomb, too many pages or characters), or no `file` part",
        },
        503: {
            "model": ErrorModel,
            "description": "no corpus folder configured, or the file could not be stored",
        },
    },
    summary="Add a document (.txt .md .pdf .docx .html) to the corpus and index it",
)
async def upload(
    file: Annotated[
        UploadFile, File(description="the document; its name is sanitised and never overwrites another")
    ],
    state: StateDep,
    wait: Annotated[bool, _WAIT] = False,
) -> Any:
    if state.corpus is None or state.rebuilder is None:
        return error_response(503, NO_CORPUS)
    filename = safe_text(file.filename or "")
    try:
        sanitize_filename(filename)
    except UnsupportedTypeError as e:
        return error_response(415, str(e))
    limit = state.settings.upload_max_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        return error_response(413, f"file too large: more than {limit} bytes (the server's upload limit)")
    if not data:
        return error_response(422, "the file is empty (0 bytes)")
    try:
        stored = await run_in_threadpool(state.corpus.add, filename, data, validate=_validate)
    except UnreadableFileError as e:
        return error_response(422, f"the file cannot be indexed: {safe_text(e.reason)}")
    except UnsupportedTypeError as e:
        return error_response(415, str(e))
    except (UploadError, OSError):
        return error_response(503, "the file could not be stored in the corpus folder (see the server log)")
    body: dict[str, Any] = {
        "doc_id": stored.doc_id,
        "source": stored.source,
        "sha256": stored.sha256,
        "bytes": stored.size,
        "duplicate": stored.duplicate,
        "job": None,
    }
    if stored.duplicate:
        return SafeJSONResponse(body, status_code=200)
    job = state.rebuilder.submit(f"upload {stored.source}")
    if wait:
        await run_in_threadpool(job.done_event.wait, state.settings.job_wait_s)
    body["job"] = job.to_json()
    return SafeJSONResponse(body, status_code=202, headers={"Location": f"/jobs/{job.id}"})


def _source_of(state: ServiceState, doc_id: str) -> str | None:
    """The corpus file of ``doc_id``: in the live generation, or uploaded and not indexed yet."""
    live = state.pipeline
    if live is not None and doc_id in live.index.documents and doc_id not in state.hidden_docs(live):
        return live.index.documents[doc_id].source
    return next((s for s in sorted(state.corpus.hashes()) if make_doc_id(s) == doc_id), None)


@router.delete(
    "/documents/{doc_id}",
    status_code=202,
    response_model=DeleteResponse,
    dependencies=[WriterDep],
    responses={
        202: {
            "model": DeleteResponse,
            "description": "removed (never cited again); `job` rebuilds the index",
        },
        **AUTH_ERRORS,
        404: _NOT_FOUND,
        503: {
            "model": ErrorModel,
            "description": "no corpus folder configured, or the file could not be removed",
        },
    },
    summary="Remove a document from the corpus and the index",
)
async def delete_document(doc_id: str, state: StateDep, wait: Annotated[bool, _WAIT] = False) -> Any:
    if state.corpus is None or state.rebuilder is None:
        return error_response(503, NO_CORPUS)
    source = await run_in_threadpool(_source_of, state, doc_id)
    if source is None:
        return error_response(404, "no document with this id: GET /documents lists them")
    state.tombstone(doc_id)  # hidden from now on, before the file goes and the rebuild ends
    try:
        removed = await run_in_threadpool(state.corpus.remove, source)
    except UploadError:
        removed = False  # the live index was built from another folder: nothing to remove here
    except OSError:
        return error_response(
            503, "the file could not be removed from the corpus folder (see the server log)"
        )
    job = state.rebuilder.submit(f"delete {source}")
    if wait:
        await run_in_threadpool(job.done_event.wait, state.settings.job_wait_s)
    body = {"doc_id": doc_id, "source": source, "deleted": removed, "job": job.to_json()}
    return SafeJSONResponse(body, status_code=202, headers={"Location": f"/jobs/{job.id}"})


@router.get(
    "/jobs/{job_id}",
    response_model=JobModel,
    dependencies=[WriterDep],
    responses={**AUTH_ERRORS, 404: {"model": ErrorModel, "description": "unknown job id"}},
    summary="The status of a rebuild job (queued, running, done with the generation, or failed with why)",
)
async def job_status(job_id: str, state: StateDep) -> Any:
    job = state.rebuilder.get(job_id) if state.rebuilder is not None else None
    if job is None:
        return error_response(404, "no job with this id (jobs are kept until the server restarts)")
    return SafeJSONResponse(job.to_json())
