"""JSON responses that are always valid UTF-8, client-safe error bodies, and message scrubbing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

INTERNAL_ERROR = "internal server error (the details are in the server log)"

_SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(text: str) -> str:
    """Lone surrogates (from JSON escapes like "\\ud800") become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) else text


class SafeJSONResponse(JSONResponse):
    """UTF-8 JSON that cannot fail on lone surrogates (they are replaced)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8", "replace"
        )


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> SafeJSONResponse:
    return SafeJSONResponse({"detail": safe_text(detail)}, status_code=status, headers=headers)


_ABS_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?(?:[\\/][^\s\\/'\"`:;,()\[\]{}<>]+){2,}[\\/]?")


def scrub_paths(message: str, *paths: Path | str, uris: Iterable[str | None] = ()) -> str:
    """Drop filesystem paths and URL credentials from a message meant for a client.

    ``uris`` (the configured Milvus URI): each, as written or with its password hidden, is
    shown as ``scheme://host:port`` or, for a milvus-lite file, its file name; any other URL
    loses its ``user:password@``. The server log keeps the message as raised (the URI in full,
    its password or token hidden: see ``MilvusTarget.shown``).
    """
    from cbec_rag.backends.milvus_names import hide_secrets, public_uri, strip_userinfo

    for uri in uris:
        if not (uri and uri.strip()):
            continue
        forms = {uri, hide_secrets(uri)}
        if "://" not in uri:
            forms.add(str(Path(uri).resolve()))  # a milvus-lite file, as pymilvus may name it
        for form in sorted(forms, key=len, reverse=True):  # the longest first: no half-replaced form
            message = message.replace(form, public_uri(uri))
    message = strip_userinfo(message)
    for p in paths:
        for form in {str(p), str(Path(p).resolve())}:
            if form and Path(form).is_absolute():
                message = message.replace(form, "<index-dir>")
    return _ABS_PATH.sub("<path>", message)


def validation_message(exc: RequestValidationError) -> str:
    """One readable line from FastAPI's validation errors (``k: must be <= 50; ...``)."""
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("body", "query", "path", "header")]
        kind = err.get("type", "")
        if kind == "json_invalid":
            at = next((x for x in err.get("loc", ())[1:] if isinstance(x, int)), None)
            where = f" (at character {at}, counted from 0)" if at is not None else ""
            parts.append(
                "malformed JSON body: " + str(err.get("ctx", {}).get("error", "cannot parse")) + where
            )
            continue
        msg = str(err.get("msg", "invalid value"))
        msg = msg.removeprefix("Value error, ")
        if kind == "missing" and loc:
            msg = "is required"
        where = ".".join(loc)
        parts.append(f"{where}: {msg}" if where else msg)
    return safe_text("; ".join(parts) or "invalid request")
