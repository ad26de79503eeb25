"""The exception tree of cbec-rag. Every message names the fix.

    CbecRagError
    ├── CorpusError          corpus folder missing/empty, nothing readable
    ├── IndexNotBuiltError   no index at the given folder
    ├── IndexCorruptError    index files missing, truncated or inconsistent
    ├── IndexMismatchError   index built with another embedder or format version, or a Milvus
    │                        collection or request Milvus refuses for good (fields, dimension,
    │                        parameters): retrying cannot help, rebuilding can
    ├── BackendUnavailableError  the search backend (a Milvus server or file) cannot be reached,
    │                            timed out or cannot answer now (never a partial answer)
    ├── QueryError           empty / token-less question, bad parameters
    │   └── QuestionTooLongError  over MAX_QUESTION_CHARS characters (refused, never truncated)
    ├── EmbedderError        an embedding backend cannot be loaded or run
    ├── GeneratorError       an answer backend failed (e.g. LLM unreachable)
    │   └── GeneratorConfigError  it is not configured, or its settings are invalid (nothing was
    │                             asked of it: the CLI exits 1, the service answers 503)
    └── SelectorError        the answer selector's weights are missing, damaged or fitted for
                             another embedder or feature version

Library code raises these; only the edges (CLI exit codes, HTTP status codes)
translate them.
"""

from __future__ import annotations


class CbecRagError(Exception):
    """Base class of all cbec-rag errors."""


class CorpusError(CbecRagError):
    """The corpus could not be read (missing folder, nothing indexable)."""


def index_command(index_dir: object) -> str:
    """The command that builds (or rebuilds) the index at ``index_dir``, quoted for a message: with
    ``--corpus``, which a user running it from another folder than the project's needs."""
    import shlex

    return f"`cbec-rag index --corpus <documents folder> --index-dir {shlex.quote(str(index_dir))}`"


class IndexNotBuiltError(CbecRagError):
    """No index exists where one was expected (``why``: what is there instead, when known)."""

    def __init__(self, index_dir: str, why: str | None = None) -> None:
        super().__init__(why or f"index not built at {index_dir!r}: run {index_command(index_dir)}")
        self.index_dir = index_dir


class IndexCorruptError(CbecRagError):
    """An index exists but is incomplete or inconsistent."""


class IndexMismatchError(CbecRagError):
    """The index was built with another embedder or an older format, or the Milvus collection
    behind the alias is not one this version can search (see :mod:`cbec_rag.backends.milvus_errors`)."""


class BackendUnavailableError(CbecRagError):
    """The search backend cannot answer: a Milvus URI unreachable at start or a failure mid-query.
    The CLI exits 3, the service answers 503 (``/ready`` says why)."""


class QueryError(CbecRagError, ValueError):
    """The question or search parameters are not usable."""


#: the longest question accepted, in characters after trimming, by the CLI and the HTTP API alike
MAX_QUESTION_CHARS = 2000


class QuestionTooLongError(QueryError):
    """A question longer than :data:`MAX_QUESTION_CHARS` characters (after trimming): refused with
    this message (CLI exit 5, HTTP 422), never silently cut."""

    def __init__(self, n_chars: int) -> None:
        super().__init__(
            f"the question is too long: {n_chars} characters, at most {MAX_QUESTION_CHARS}; "
            "ask a shorter question"
        )
        self.n_chars = n_chars


def check_question_length(question: str) -> None:
    """Raise :class:`QuestionTooLongError` when ``question.strip()`` is over the limit."""
    n = len(question.strip())
    if n > MAX_QUESTION_CHARS:
        raise QuestionTooLongError(n)


class EmbedderError(CbecRagError):
    """An embedding backend could not be loaded or failed."""


class GeneratorError(CbecRagError):
    """An answer generator failed (unreachable server, malformed reply...)."""


class GeneratorConfigError(GeneratorError):
    """An answer generator is not configured (no LLM server named) or its settings are invalid:
    the message names the setting. Nothing upstream was asked, so the service answers 503, not 502."""


class SelectorError(CbecRagError):
    """The fitted answer selector cannot be used (weights file missing, unreadable, or fitted
    for another embedder or feature version)."""


class RerankerError(CbecRagError):
    """The fitted passage reranker cannot be used (weights file unreadable, or fitted for another
    embedder or feature version)."""


__all__ = [
    "BackendUnavailableError",
    "CbecRagError",
    "CorpusError",
    "EmbedderError",
    "GeneratorError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexNotBuiltError",
    "MAX_QUESTION_CHARS",
    "QueryError",
    "QuestionTooLongError",
    "RerankerError",
    "SelectorError",
    "check_question_length",
]
