"""Request body limit and read timeout (pure ASGI: counts streamed bytes, with or without Content-Length)."""

from __future__ import annotations

import asyncio
import json
import time
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

    ``read_timeout`` bounds the wait for each next piece of the body and ``total_timeout``
    the whole body: a client that declares more than it sends (or trickles it) gets 408 and
    the connection is closed, instead of holding it open.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_bytes: int,
        *,
        limit_for: Callable[[Scope], int | None] | None = None,
        precheck: Callable[[Scope], Refusal | None] | None = None,
        read_timeout: float | None = None,
        total_timeout: float | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.limit_for = limit_for
        self.precheck = precheck
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout

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
        deadline = time.monotonic() + self.total_timeout if self.total_timeout else None
        while True:
            wait = self.read_timeout
            if deadline is not None:
                left = max(0.0, deadline - time.monotonic())
                wait = left if wait is None else min(wait, left)
            try:
                message = await (receive() if wait is None else asyncio.wait_for(receive(), wait))
            except TimeoutError:
                await self._reply(send, 408, self._too_slow(size, declared))
                return
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

    def _too_slow(self, got: int, declared: int | None) -> str:
        expected = f" of the {declared} declared in Content-Length" if declared is not None else ""
        waits = [
            f"{t:g} s for {what}"
            for t, what in ((self.read_timeout, "each piece"), (self.total_timeout, "the whole body"))
            if t
        ]
        return (
            f"request body not received in time ({got} bytes{expected} arrived; the server waits "
            f"{' and '.join(waits)}): send the whole body, with a Content-Length that matches it"
        )

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
