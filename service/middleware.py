"""Request body limit (pure ASGI: counts streamed bytes, with or without Content-Length)."""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# (status, detail, extra headers) to answer at once, before any body is read
Refusal = tuple[int, str, dict[str, str]]


class BodyLimitMiddleware:
    """Reads the request body up front (at most the request's limit) and answers 413 beyond it.

    Works for chunked bodies without a Content-Length; a declared length over the limit is
    refused before reading anything. The buffered body is replayed to the app.

    ``limit_for(scope)`` may give a request its own limit (uploads get their own, larger
    one; JSON routes keep ``max_bytes``). ``precheck(scope)`` may refuse a request before
    its body is read (an upload without a valid API key is not buffered at all).
    """

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        *,
        limit_for: Callable[[Scope], int | None] | None = None,
        precheck: Callable[[Scope], Refusal | None] | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limit_for = limit_for
        self.precheck = precheck

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = (self.limit_for(scope) if self.limit_for else None) or self.max_bytes
        declared = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await self._reply(send, 400, "invalid Content-Length header")
                    return
        refusal = self.precheck(scope) if self.precheck else None
        if refusal is not None:
            await self._reply(send, *refusal)
            return
        if declared is not None and declared > limit:
            await self._reply(send, 413, self._too_large(limit))
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > limit:
                await self._reply(send, 413, self._too_large(limit))
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

    @staticmethod
    def _too_large(limit: int) -> str:
        return f"request body too large: at most {limit} bytes"

    @staticmethod
    async def _reply(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        body = json.dumps({"detail": detail}).encode("utf-8")
        raw = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        await send({"type": "http.response.body", "body": body})
