"""What a Milvus failure means, decided by exception type and status code (not message text):

    BackendUnavailableError   the server cannot answer now (unreachable, timed out, over a
                              limit, restarting, a collection mid-switch): retrying may help;
                              the CLI exits 3, the service answers 503 and retries by itself
    IndexMismatchError        the request or the collection is wrong (fields, dimension, index,
                              parameters; any other error): retrying cannot help, the message
                              names the fix (rebuild the collection, or another alias)

:func:`failure` picks one for an exception raised while using a client; failures to connect
at all are always :func:`unavailable`.
"""

from __future__ import annotations

import enum
import logging
from typing import Any

from ..errors import BackendUnavailableError, CbecRagError, IndexMismatchError
from .milvus_names import hide_secrets

log = logging.getLogger("cbec_rag.milvus")

#: gRPC status codes (by name) of a call the server did not complete
DOWN_GRPC = frozenset(
    {"UNAVAILABLE", "DEADLINE_EXCEEDED", "CANCELLED", "RESOURCE_EXHAUSTED", "ABORTED", "INTERNAL", "UNKNOWN"}
)
#: Milvus status codes (the server's ``merr`` codes, pymilvus' ``ErrorCode``) of a server that
#: cannot answer now: service unavailable, over a memory/request/disk/rate limit, internal,
#: denied, time tick lagging (2-5, 7-9, 11); a collection not found, not (fully) loaded or
#: recovering, as during an alias switch or after a restart (100, 101, 103, 106); replicas,
#: channels, segments, nodes, I/O and the message queue (400-699, 900-1099, 1300-1399); the
#: server's catch-all 65535. Code 1 (service not ready on a server, "unexpected" from pymilvus
#: itself and milvus-lite) counts only when the server marks it retriable.
DOWN_CODES = frozenset({2, 3, 4, 5, 7, 8, 9, 11, 100, 101, 103, 106, 65535})
DOWN_RANGES = ((400, 700), (900, 1100), (1300, 1400))


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions it was raised from (pymilvus wraps a network error in its own)."""
    seen: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(seen) < 8 and all(e is not s for s in seen):
        seen.append(e)
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return seen


def _grpc_down(code: Any) -> bool:
    return getattr(code, "name", None) in DOWN_GRPC


def _one_down(e: BaseException) -> bool:
    if isinstance(e, OSError):  # ConnectionError, TimeoutError, socket and DNS errors
        return True
    try:
        import grpc
    except ImportError:  # pragma: no cover - pymilvus needs it
        grpc = None
    if grpc is not None:
        if isinstance(e, grpc.FutureTimeoutError):
            return True
        if isinstance(e, grpc.RpcError):
            code = getattr(e, "code", None)
            return _grpc_down(code() if callable(code) else None)
    try:
        from pymilvus.exceptions import ConnectError, MilvusException, MilvusUnavailableException
    except ImportError:  # pragma: no cover - a dependency of this backend
        return False
    if isinstance(e, ConnectError | MilvusUnavailableException):
        return True
    if not isinstance(e, MilvusException):
        return False
    if getattr(e, "retriable", False):
        return True
    code = e.code
    if not isinstance(code, int) and isinstance(code, enum.Enum):
        return _grpc_down(code)  # pymilvus' own retry deadline carries the last gRPC status
    try:
        code = int(code)
    except (TypeError, ValueError):
        return False
    return code in DOWN_CODES or any(lo <= code < hi for lo, hi in DOWN_RANGES)


def is_down(exc: BaseException) -> bool:
    """Whether ``exc`` says the server cannot answer now (a retry may succeed), as opposed to a
    request or a collection that no retry will fix. An error the server marks as the caller's
    input is never "down"; otherwise any exception in its cause chain that is down makes it so."""
    if getattr(exc, "is_input_error", False) is True:
        return False
    return any(_one_down(e) for e in _chain(exc))


def _why(exc: BaseException) -> str:
    return str(getattr(exc, "message", None) or exc or type(exc).__name__)


def unavailable(target: Any, exc: BaseException, doing: str) -> BackendUnavailableError:
    """The server at ``target.shown`` cannot answer (exit 3 / 503), with the fix."""
    why = _why(exc)
    hint = "start Milvus there or pass another --milvus-uri"
    if "lock" in why.lower() or "open local milvus failed" in why.lower():
        hint = (
            "another process may hold that milvus-lite file: run `milvus-lite server --data-dir DIR --port N` "
            "and connect every process with --milvus-uri http://127.0.0.1:N"
        )
    return BackendUnavailableError(
        hide_secrets(f"Milvus at {target.shown} failed while {doing} ({why}): {hint}")
    )


def refused(target: Any, exc: BaseException, doing: str) -> IndexMismatchError:
    """Milvus refused the request for good: the collection is not one this version can use."""
    return IndexMismatchError(
        hide_secrets(
            f"Milvus at {target.shown} refused {doing} ({type(exc).__name__}: {_why(exc)}); retrying will not "
            f"help: the collection behind alias {target.alias} does not have the fields, dimension or index "
            f"cbec-rag expects. Rebuild it with `cbec-rag index --backend milvus --milvus-uri {target.shown} "
            f"--milvus-alias {target.alias} --milvus-rebuild`, or pass the --milvus-alias of a collection "
            f"cbec-rag built"
        )
    )


def failure(target: Any, exc: BaseException, doing: str) -> CbecRagError:
    """The library error for ``exc``, raised while ``doing`` something with a connected client:
    :func:`unavailable` when :func:`is_down`, else :func:`refused` (logged with its traceback: it
    may be a bug rather than a foreign collection). A library error passes through."""
    if isinstance(exc, CbecRagError):
        return exc
    if is_down(exc):
        return unavailable(target, exc, doing)
    log.error("Milvus at %s refused %s", target.shown, doing, exc_info=exc)
    return refused(target, exc, doing)
