"""Request and response models of the HTTP API (the JSON shapes of DESIGN.md), with examples."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from cbec_rag.errors import MAX_QUESTION_CHARS, QuestionTooLongError

from .responses import safe_text

MAX_K = 50
MODES = ("hybrid", "bm25", "dense")
GENERATORS = ("extractive", "openai")  # kept equal to cbec_rag.pipeline.GENERATORS (tested)

_CONTROL_OK = {"\t", "\n", "\r"}
# Blank: every character Python's str.isspace or JavaScript's \s calls a space, all control
# characters, and U+FEFF. Written with \x/\u escapes so that the OpenAPI `pattern` means the same
# in Python's re and in ECMA-262 regexes.
_BLANK = r"\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_ENDS_RE = re.compile(rf"^[{_BLANK}]+|[{_BLANK}]+$")
# The question with blanks trimmed from both ends holds 1..MAX_QUESTION_CHARS characters.
QUESTION_PATTERN = rf"^[{_BLANK}]*[^{_BLANK}](?:[\s\S]{{0,{MAX_QUESTION_CHARS - 2}}}[^{_BLANK}])?[{_BLANK}]*$"


def clean_question(value: str) -> str:
    """Lone surrogates -> U+FFFD, control characters -> space, blanks trimmed from both ends; then
    1..2000 characters (the OpenAPI `pattern` of the question states the same rule)."""
    text = safe_text(value)
    text = "".join(" " if (unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK) else ch for ch in text)
    text = _ENDS_RE.sub("", text)
    if not text:
        raise ValueError("the question is empty: ask something, e.g. 跨境电商综试区有哪些支持政策？")
    if len(text) > MAX_QUESTION_CHARS:  # the CLI's rule and message (cbec_rag.errors)
        raise ValueError(str(QuestionTooLongError(len(text))))
    return text


def whole_number(value: Any) -> Any:
    """An integer, or a float with no fractional part (JSON Schema's `integer`: 16.0 is 16)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be an integer, e.g. 5")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("must be a whole number, e.g. 5")
        return int(value)
    return value


class SearchRequest(BaseModel):
    model_config = ConfigDict(
        extra="ignore",
        json_schema_extra={
            "examples": [{"question": "跨境电商综试区有哪些支持政策？", "k": 5, "mode": "hybrid"}]
        },
    )

    question: str = Field(
        description=f"the question, Chinese or English: 1..{MAX_QUESTION_CHARS} characters once blanks and "
        "control characters are trimmed from both ends (the pattern)",
        json_schema_extra={"minLength": 1, "pattern": QUESTION_PATTERN},
        examples=[
            "跨境电商综试区有哪些支持政策？",
            "What tax policies apply to cross-border e-commerce exports?",
        ],
    )
    k: int = Field(5, ge=1, le=MAX_K, description="how many passages to retrieve (16.0 counts as 16)")
    mode: Literal["hybrid", "bm25", "dense"] = Field(
        "hybrid", description="hybrid (BM25 + dense, fused), bm25 only, or dense only"
    )

    @field_validator("question", mode="after")
    @classmethod
    def _check_question(cls, value: str) -> str:
        return clean_question(value)

    @field_validator("k", mode="before")
    @classmethod
    def _check_k(cls, value: Any) -> Any:
        return whole_number(value)


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
    score: float = Field(
        description="hybrid: the passage reranker's probability (the fused score when no reranker applies); "
        "bm25/dense mode: that retriever's own score"
    )
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
    display: str | None = Field(
        default=None,
        description="the quote for reading: PDF line breaks joined as in the cleaned text (no space inside "
        "Chinese words), the document's own footnote or citation marks dropped, table cells separated by ' | '",
    )


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
    warning: str | None = Field(
        None,
        description="a newer index generation was refused, or the index pointer is unusable and the newest "
        "intact generation is served (why); the named index_version is served",
    )
    skipped: list[SkippedModel] | None = Field(
        None, description="corpus files the live generation's build could not index (absent: none)"
    )


class SkippedModel(BaseModel):
    source: str = Field(description="the file, relative to the corpus folder")
    reason: str = Field(
        description="why it was not indexed; `quarantined: ...` when it failed before and is skipped "
        "unread until its content changes"
    )


class JobModel(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    action: str = Field(description="what the rebuild is for, e.g. `upload report.pdf`")
    created: float = Field(description="Unix time")
    started: float | None = None
    finished: float | None = None
    generation: str | None = Field(None, description="the index generation the rebuild made live")
    error: str | None = None
    skipped: list[SkippedModel] = Field(
        default_factory=list, description="corpus files the rebuild could not index, with the reason"
    )


class UploadResponse(BaseModel):
    doc_id: str = Field(description="the document's id (what GET /documents/{doc_id} and citations use)")
    source: str = Field(description="the stored file name, relative to the corpus folder")
    sha256: str
    bytes: int
    duplicate: bool = Field(description="identical bytes were already in the corpus: nothing was stored")
    job: JobModel | None = Field(None, description="the rebuild that indexes the document (GET /jobs/{id})")


class DeleteResponse(BaseModel):
    doc_id: str
    source: str
    deleted: bool = Field(description="the file was removed from the corpus folder")
    job: JobModel


class ReloadResponse(BaseModel):
    status: Literal["reloaded", "unchanged", "refused", "not ready"]
    index_version: str | None = Field(None, description="the generation served after the call")
    previous: str | None = None
    detail: str | None = None


AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorModel, "description": "no API key (send `X-API-Key` or `Authorization: Bearer`)"},
    403: {"model": ErrorModel, "description": "wrong API key, or document uploads disabled on this server"},
}

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorModel, "description": "malformed request body"},
    413: {"model": ErrorModel, "description": "request body too large"},
    422: {
        "model": ErrorModel,
        "description": "invalid question or parameters, or a question with no searchable words "
        "(only punctuation or symbols; in bm25 mode, no indexed term)",
    },
    415: {"model": ErrorModel, "description": "body not sent as JSON (send Content-Type: application/json)"},
    503: {"model": ErrorModel, "description": "index not loaded (run `cbec-rag index`) or server busy"},
}

ASK_EXAMPLES = {
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
SEARCH_EXAMPLES = {
    "zh": {"summary": "中文", "value": {"question": "海外仓", "k": 5, "mode": "hybrid"}},
    "en": {
        "summary": "English, BM25 only",
        "value": {"question": "overseas warehouse", "k": 10, "mode": "bm25"},
    },
}
