"""JSON responses that are always valid UTF-8, client-safe error bodies, and message scrubbing."""

from __future__ import annotations

import json
import re
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


def scrub_paths(message: str, *paths: Path | str) -> str:
    """Drop filesystem paths from a message meant for a client."""
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
            parts.append("malformed JSON body: " + str(err.get("ctx", {}).get("error", "cannot parse")))
            continue
        msg = str(err.get("msg", "invalid value"))
        msg = msg.removeprefix("Value error, ")
        if kind == "missing" and loc:
            msg = "is required"
        where = ".".join(loc)
        parts.append(f"{where}: {msg}" if where else msg)
    return safe_text("; ".join(parts) or "invalid request")
