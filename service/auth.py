"""API-key authentication of the write and admin routes.

The key (setting ``api_key``, env ``CBEC_RAG_API_KEY``) is sent as ``X-API-Key: KEY`` or
``Authorization: Bearer KEY`` and compared in constant time (``hmac.compare_digest``).

* no key configured: document writes and jobs answer **403** ("uploads are disabled");
  ``POST /admin/reload`` is open (it only re-reads the index pointer);
* key configured, none sent: **401** with ``WWW-Authenticate: Bearer``;
* key configured, a wrong one sent: **403**.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import Scope

from .middleware import Refusal
from .settings import Settings

DISABLED = (
    "document uploads are disabled on this server: set CBEC_RAG_API_KEY "
    "(and CBEC_RAG_CORPUS_DIR) to enable them"
)
MISSING = "an API key is required: send `X-API-Key: KEY` or `Authorization: Bearer KEY`"
WRONG = "the API key is not valid"

# only for the OpenAPI document (the check itself reads the headers, see auth_problem)
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the server's CBEC_RAG_API_KEY")
bearer = HTTPBearer(auto_error=False, description="the server's CBEC_RAG_API_KEY as a bearer token")


class AuthError(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def _presented(headers: Mapping[str, str]) -> bytes | None:
    """The key a client sent (X-API-Key first, then a bearer token), as the raw header bytes."""
    key = headers.get("x-api-key")
    if key is None:
        auth = headers.get("authorization")
        if auth is not None:
            scheme, _, token = auth.strip().partition(" ")
            key = token.strip() if scheme.lower() == "bearer" else ""
    return None if key is None else key.encode("latin-1", "replace")


def auth_problem(settings: Settings, headers: Mapping[str, str], *, admin: bool = False) -> Refusal | None:
    """Why a request to a protected route is refused, or None when it may go on.

    ``admin`` routes are open when no key is configured; write routes are disabled then.
    """
    if settings.api_key is None:
        return None if admin else (403, DISABLED, {})
    sent = _presented(headers)
    if not sent:
        return (401, MISSING, {"WWW-Authenticate": "Bearer"})
    expected = settings.api_key.get_secret_value().encode("utf-8")
    if not hmac.compare_digest(sent, expected):
        return (403, WRONG, {})
    return None


def scope_headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def _check(request: Request, *, admin: bool) -> None:
    problem = auth_problem(request.app.state.rag.settings, request.headers, admin=admin)
    if problem is not None:
        raise AuthError(*problem)


def require_writer(
    request: Request,
    _key: Annotated[str | None, Security(api_key_header)] = None,
    _bearer: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)] = None,
) -> None:
    """Dependency of the write routes: a configured key, presented correctly."""
    _check(request, admin=False)


def require_admin(
    request: Request,
    _key: Annotated[str | None, Security(api_key_header)] = None,
    _bearer: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)] = None,
) -> None:
    """Dependency of the admin routes: the key when one is configured."""
    _check(request, admin=True)


WriterDep = Depends(require_writer)
AdminDep = Depends(require_admin)
