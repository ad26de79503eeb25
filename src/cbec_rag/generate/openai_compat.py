"""Answers from any OpenAI-compatible chat-completions server (vLLM, llama.cpp
server, Ollama, hosted APIs), checked and cited like every other answer.

Request
    ``POST {base_url}/chat/completions`` with ``temperature: 0``. The system prompt is
    the template ``answer_{zh|en}.txt`` for the question's language, sent verbatim
    (packaged in ``cbec_rag/data/prompts/``; override the folder with the
    ``prompts_dir`` argument or ``CBEC_RAG_PROMPTS_DIR``). The user message carries the
    question and the passages as numbered DATA blocks::

        <passage n="1" source="..." title="..." section="...">escaped text</passage>

    Passage text is escaped (``& < >`` and every bracket a citation marker may use,
    ``[ ] 【 】 ［ ］``, become character references) so a document can neither close its
    block, open a role tag nor plant a fake ``[n]`` citation marker.

Answer
    The reply goes through :func:`~cbec_rag.generate.validate.validate_answer`:
    markers resolved to the exact source sentences that best support their claims and
    renumbered; a claim whose figures or words its cited sentence does not state is dropped
    and the answer marked ``degraded`` (a flag says why); uncited sentences are flagged. A
    reply containing the fixed refusal sentence gives a refused answer.

Failure
    Connect errors, 429 and 5xx are retried (exponential backoff, ``Retry-After``
    honoured up to ``max_retry_wait``); other 4xx are not. Connect/read timeouts and
    an overall deadline mean a hung server never hangs the caller. On any failure
    (timeout, HTTP error, malformed JSON, no choices, empty content, a stream cut
    short, no supported claim with a valid citation) the answer comes from the ``fallback`` generator with
    ``degraded=True`` and a flag naming the cause; without a fallback a
    :class:`~cbec_rag.errors.GeneratorError` is raised.

Streaming
    :meth:`OpenAICompatGenerator.stream` returns an :class:`AnswerStream`: iterate it
    for the model's raw text deltas as they arrive, then read ``.answer`` for the final
    validated :class:`~cbec_rag.types.Answer`. The final answer's text is authoritative:
    markers may have been renumbered, and after a failure mid-stream it is the
    fallback's answer (``degraded=True``), so a client should replace what it rendered
    from the deltas with ``answer.text``.
"""

from __future__ import annotations

import email.utils
import json
import os
import re
import time
from collections.abc import Callable, Container, Mapping
from collections.abc import Generator as _Gen
from contextlib import closing
from typing import Any

import httpx

from ..errors import GeneratorConfigError, GeneratorError
from ..tokenize import detect_lang
from ..types import Answer, Hit
from .base import DocumentStore, Generator
from .prompt import ENV_PROMPTS_DIR, build_user_message, default_prompts_dir, escape_data, load_prompts
from .stream import AnswerStream, stream_answer
from .validate import validate_answer

__all__ = [
    "AnswerStream",
    "OpenAICompatGenerator",
    "build_user_message",
    "default_prompts_dir",
    "escape_data",
    "load_prompts",
    "stream_answer",
]

ENV_BASE_URL = "CBEC_RAG_LLM_BASE_URL"
ENV_MODEL = "CBEC_RAG_LLM_MODEL"
ENV_API_KEY = "CBEC_RAG_LLM_API_KEY"
ENV_TIMEOUT = "CBEC_RAG_LLM_TIMEOUT"
ENV_RETRIES = "CBEC_RAG_LLM_RETRIES"

DEFAULT_TIMEOUT = 30.0
DEFAULT_RETRIES = 2

_LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S)


# ----------------------------------------------------------------------------- the generator


class _Failure(Exception):
    """Why the LLM gave no usable answer (becomes a ``degraded`` flag)."""


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _content_text(content: Any) -> str | None:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        parts = [p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
        return "".join(parts) if parts else None
    return None


class OpenAICompatGenerator(Generator):
    """Answers with an OpenAI-compatible chat-completions model; validated, cited, and
    falling back to ``fallback`` (marked degraded) whenever the model fails."""

    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        store: DocumentStore,
        fallback: Generator | None = None,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        prompts_dir: str | os.PathLike[str] | None = None,
        transport: httpx.BaseTransport | None = None,
        connect_timeout: float = 10.0,
        total_timeout: float | None = 300.0,
        backoff: float = 0.5,
        max_retry_wait: float = 10.0,
        max_tokens: int | None = 1024,
        max_passages: int = 5,
        max_passage_chars: int = 2000,
        sleep: Callable[[float], None] = time.sleep,
        idf: Callable[[str], float] | None = None,
        vocabulary: Container[str] | None = None,
    ) -> None:
        """
        ``timeout``: read/write timeout per operation (seconds of silence tolerated);
        ``connect_timeout``: capped by ``timeout``; ``total_timeout``: wall-clock cap of one
        call including retries (None: no cap); ``retries``: extra attempts after a connect
        error, 429 or 5xx, waiting ``backoff * 2**attempt`` s or ``Retry-After`` (at most
        ``max_retry_wait``); ``transport``: an httpx transport (tests, proxies); ``idf`` and
        ``vocabulary``: the index's, to weigh a claim's words against its cited sentence.
        """
        if not base_url or not model:
            raise GeneratorConfigError(
                f"an LLM base URL and model are required: set {ENV_BASE_URL} and {ENV_MODEL}"
            )
        if timeout <= 0 or retries < 0:
            raise GeneratorConfigError("timeout must be > 0 and retries >= 0")
        url = base_url.rstrip("/")
        self.url = url if url.endswith("/chat/completions") else url + "/chat/completions"
        self.base_url = base_url
        self.model = model
        self.store = store
        self.fallback = fallback
        self.api_key = api_key or None
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.total_timeout = total_timeout
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.max_tokens = max_tokens
        self.max_passages = max_passages
        self.max_passage_chars = max_passage_chars
        self.prompts = load_prompts(prompts_dir)
        self._sleep = sleep
        self.idf = idf
        self.vocabulary = vocabulary
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.timeout, connect=min(connect_timeout, self.timeout)),
            transport=transport,
            follow_redirects=False,
            # proxies from the environment, except for a server on this machine
            trust_env=transport is None and httpx.URL(self.url).host not in _LOOPBACK,
        )

    @classmethod
    def from_env(
        cls,
        *,
        fallback: Generator | None,
        store: DocumentStore,
        env: Mapping[str, str] = os.environ,
        **kw: Any,
    ) -> OpenAICompatGenerator:
        """Build from ``CBEC_RAG_LLM_BASE_URL`` (e.g. ``http://127.0.0.1:8080/v1``),
        ``CBEC_RAG_LLM_MODEL``, ``CBEC_RAG_LLM_API_KEY`` (optional), ``CBEC_RAG_LLM_TIMEOUT``
        (default 30 s), ``CBEC_RAG_LLM_RETRIES`` (default 2) and ``CBEC_RAG_PROMPTS_DIR``
        (optional prompt folder). Extra keyword arguments go to the constructor."""
        base_url = (env.get(ENV_BASE_URL) or "").strip()
        model = (env.get(ENV_MODEL) or "").strip()
        missing = [k for k, v in ((ENV_BASE_URL, base_url), (ENV_MODEL, model)) if not v]
        if missing:
            raise GeneratorConfigError(
                f"the openai generator is not configured: set {' and '.join(missing)} "
                f"(e.g. {ENV_BASE_URL}=http://127.0.0.1:8080/v1 {ENV_MODEL}=qwen2.5-7b-instruct; "
                f"optional: {ENV_API_KEY}, {ENV_TIMEOUT}, {ENV_RETRIES}, {ENV_PROMPTS_DIR}) "
                f"or use the extractive generator"
            )

        def number(key: str, default: float, kind: type) -> Any:
            raw = (env.get(key) or "").strip()
            if not raw:
                return default
            try:
                val = kind(raw)
            except ValueError:
                raise GeneratorConfigError(f"{key}={raw!r} is not a valid {kind.__name__}") from None
            if val < 0 or (kind is float and val == 0):
                raise GeneratorConfigError(f"{key}={raw!r} must be {'> 0' if kind is float else '>= 0'}")
            return val

        kw.setdefault("prompts_dir", (env.get(ENV_PROMPTS_DIR) or "").strip() or None)
        return cls(
            base_url,
            model,
            store=store,
            fallback=fallback,
            api_key=(env.get(ENV_API_KEY) or "").strip() or None,
            timeout=number(ENV_TIMEOUT, DEFAULT_TIMEOUT, float),
            retries=number(ENV_RETRIES, DEFAULT_RETRIES, int),
            **kw,
        )

    def close(self) -> None:
        self._client.close()

    def __repr__(self) -> str:
        return f"OpenAICompatGenerator(url={self.url!r}, model={self.model!r})"

    # -- request -------------------------------------------------------------------------------
    def build_messages(self, question: str, hits: list[Hit]) -> list[dict[str, str]]:
        lang = detect_lang(question)
        return [
            {"role": "system", "content": self.prompts[lang]},
            {
                "role": "user",
                "content": build_user_message(question, hits, max_passage_chars=self.max_passage_chars),
            },
        ]

    def build_request(self, question: str, hits: list[Hit], *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": self.build_messages(question, hits),
            "temperature": 0,
            "stream": stream,
        }
        if self.max_tokens:
            body["max_tokens"] = self.max_tokens
        return body

    def _headers(self, stream: bool) -> dict[str, str]:
        h = {
            "Content-Type": "application/json",
            "Accept": "text/event-stream" if stream else "application/json",
        }
        if self.api_key:
            h["Authorization"] = f"Bearer {self.api_key}"
        return h

    def _check_deadline(self, deadline: float | None) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise _Failure(f"timeout: no complete answer within {self.total_timeout:g} s")

    def _open(self, body: dict[str, Any], *, stream: bool, deadline: float | None) -> httpx.Response:
        """Send the request, retrying connect errors, 429 and 5xx; a 2xx response, open."""
        request = self._client.build_request("POST", self.url, json=body, headers=self._headers(stream))
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                response = self._client.send(request, stream=True)
            except (httpx.ConnectError, httpx.ConnectTimeout) as e:
                cause = f"connect error: {type(e).__name__}: {e}"
            except httpx.RemoteProtocolError as e:  # disconnected before any response: retry
                cause = f"server disconnected: {e}"
            except httpx.TimeoutException as e:
                raise _Failure(f"timeout: {type(e).__name__} after {self.timeout:g} s") from e
            except httpx.HTTPError as e:
                raise _Failure(f"http error: {type(e).__name__}: {e}") from e
            else:
                status = response.status_code
                if 200 <= status < 300:
                    return response
                detail = self._error_detail(response)
                response.close()
                cause = f"http {status}{': ' + detail if detail else ''}"
                if status != 429 and status < 500:
                    hint = {
                        401: " (check CBEC_RAG_LLM_API_KEY)",
                        403: " (check CBEC_RAG_LLM_API_KEY)",
                        404: " (check CBEC_RAG_LLM_BASE_URL and CBEC_RAG_LLM_MODEL)",
                    }.get(status, "")
                    raise _Failure(cause + hint)
                retry_after = _retry_after(response.headers.get("retry-after"))
            if attempt >= self.retries:
                raise _Failure(cause + (f" (after {attempt + 1} attempts)" if attempt else ""))
            wait = min(
                self.max_retry_wait, retry_after if retry_after is not None else self.backoff * 2**attempt
            )
            if deadline is not None and time.monotonic() + wait > deadline:
                raise _Failure(cause + " (no time left to retry)")
            self._sleep(wait)
            attempt += 1

    @staticmethod
    def _error_detail(response: httpx.Response) -> str:
        try:
            raw = response.read()[:2000].decode("utf-8", "replace")
        except httpx.HTTPError:
            return ""
        try:
            err = json.loads(raw).get("error")
            if isinstance(err, dict):
                raw = str(err.get("message") or err)
            elif err:
                raw = str(err)
        except (ValueError, AttributeError):
            pass
        return " ".join(raw.split())[:200]

    def _read_json(self, response: httpx.Response, deadline: float | None) -> tuple[str, str | None]:
        """The (content, finish_reason) of a non-streaming reply."""
        data = bytearray()
        for part in response.iter_bytes():
            data += part
            self._check_deadline(deadline)
        try:
            obj = json.loads(data.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            raise _Failure(f"malformed JSON reply: {e}") from e
        return self._parse_completion(obj)

    @staticmethod
    def _parse_completion(obj: Any) -> tuple[str, str | None]:
        if not isinstance(obj, dict):
            raise _Failure("malformed reply: not a JSON object")
        if obj.get("error"):
            raise _Failure(f"server error in reply: {str(obj['error'])[:200]}")
        choices = obj.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise _Failure("malformed reply: no choices")
        msg = choices[0].get("message")
        content = _content_text(msg.get("content")) if isinstance(msg, dict) else None
        if content is None:
            raise _Failure("malformed reply: no message content")
        return content, choices[0].get("finish_reason")

    def _iter_sse(self, response: httpx.Response, deadline: float | None) -> _Gen[str, None, str | None]:
        """Yield content deltas of an SSE stream; return the finish reason. A stream that
        ends without ``[DONE]`` or a finish reason is a failure."""
        ctype = response.headers.get("content-type", "")
        if "text/event-stream" not in ctype and "json" in ctype:
            # the server ignored stream=true: one whole completion
            content, finish = self._read_json(response, deadline)
            if content:
                yield content
            return finish
        finish: str | None = None
        done = False
        for line in response.iter_lines():
            self._check_deadline(deadline)
            if not line.startswith("data:"):
                continue  # comments (": ping"), event:/id: lines, blank separators
            payload = line[5:].strip()
            if payload == "[DONE]":
                done = True
                break
            if not payload:
                continue
            try:
                obj = json.loads(payload)
            except ValueError as e:
                raise _Failure(f"malformed JSON in stream: {e}") from e
            if not isinstance(obj, dict):
                raise _Failure("malformed stream event: not a JSON object")
            if obj.get("error"):
                raise _Failure(f"server error in stream: {str(obj['error'])[:200]}")
            choices = obj.get("choices")
            if not isinstance(choices, list):
                raise _Failure("malformed stream event: no choices")
            if not choices:
                continue  # e.g. a final usage-only event
            ch = choices[0] if isinstance(choices[0], dict) else {}
            delta = ch.get("delta") or {}
            piece = _content_text(delta.get("content")) if isinstance(delta, dict) else None
            if piece:
                yield piece
            if ch.get("finish_reason"):
                finish = ch["finish_reason"]
        if not done and finish is None:
            raise _Failure("stream closed before the answer finished (no [DONE])")
        return finish

    # -- answer --------------------------------------------------------------------------------
    def generate(self, question: str, hits: list[Hit]) -> Answer:
        """Answer non-streaming (see the module docstring for validation and fallback)."""
        t0 = time.perf_counter()
        sent = hits[: self.max_passages]
        if not sent:
            return self.refuse(question, hits, "no passages")
        deadline = time.monotonic() + self.total_timeout if self.total_timeout else None
        try:
            body = self.build_request(question, sent, stream=False)
            with closing(self._open(body, stream=False, deadline=deadline)) as response:
                text, finish = self._read_json(response, deadline)
        except _Failure as f:
            return self._fallback(question, hits, str(f), t0)
        except httpx.TimeoutException as e:
            return self._fallback(question, hits, f"timeout: {type(e).__name__} after {self.timeout:g} s", t0)
        except httpx.HTTPError as e:
            return self._fallback(question, hits, f"http error: {type(e).__name__}: {e}", t0)
        return self._finish(question, hits, sent, text, finish, t0)

    def stream(self, question: str, hits: list[Hit]) -> AnswerStream:
        """Answer streaming: an :class:`AnswerStream` of text deltas whose ``.answer`` is the
        final validated answer. Nothing is sent until the stream is first iterated."""
        return AnswerStream(self._stream(question, hits))

    def _stream(self, question: str, hits: list[Hit]) -> _Gen[str, None, Answer]:
        t0 = time.perf_counter()
        sent = hits[: self.max_passages]
        if not sent:
            return self.refuse(question, hits, "no passages")
        deadline = time.monotonic() + self.total_timeout if self.total_timeout else None
        pieces: list[str] = []
        try:
            body = self.build_request(question, sent, stream=True)
            with closing(self._open(body, stream=True, deadline=deadline)) as response:
                finish = yield from self._collect(self._iter_sse(response, deadline), pieces)
        except _Failure as f:
            return self._fallback(question, hits, str(f), t0, streamed=len("".join(pieces)))
        except httpx.TimeoutException as e:
            cause = f"timeout: {type(e).__name__} after {self.timeout:g} s"
            return self._fallback(question, hits, cause, t0, streamed=len("".join(pieces)))
        except httpx.HTTPError as e:
            cause = f"stream broken: {type(e).__name__}: {e}"
            return self._fallback(question, hits, cause, t0, streamed=len("".join(pieces)))
        return self._finish(question, hits, sent, "".join(pieces), finish, t0)

    @staticmethod
    def _collect(deltas: _Gen[str, None, str | None], pieces: list[str]) -> _Gen[str, None, str | None]:
        while True:
            try:
                piece = next(deltas)
            except StopIteration as stop:
                return stop.value
            pieces.append(piece)
            yield piece

    def _finish(
        self, question: str, hits: list[Hit], sent: list[Hit], raw: str, finish: str | None, t0: float
    ) -> Answer:
        t_llm = (time.perf_counter() - t0) * 1000
        text = _THINK.sub("", raw).strip()
        extra = ["llm answer truncated (max_tokens reached)"] if finish == "length" else []
        if not text:
            return self._fallback(question, hits, "empty answer from the model", t0)
        checked = validate_answer(question, text, sent, self.store, idf=self.idf, vocabulary=self.vocabulary)
        if not checked.valid:
            why = [
                f
                for f in checked.flags
                if f.startswith(("citation", "figures", "unsupported", "uncited claim"))
            ]
            return self._fallback(question, hits, "; ".join(["no valid citation in the answer", *why]), t0)
        degraded = bool(checked.dropped)
        if degraded:
            n = len(checked.dropped)
            extra.insert(
                0, f"degraded: {n} unsupported claim{'s' if n > 1 else ''} dropped from the llm answer"
            )
        ans = Answer(
            question,
            checked.text,
            checked.citations,
            checked.refused,
            hits,
            self.name,
            degraded=degraded,
            flags=[*extra, *checked.flags],
        )
        ans.timings_ms["llm"] = t_llm
        ans.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
        return ans

    def _fallback(
        self, question: str, hits: list[Hit], cause: str, t0: float, *, streamed: int = 0
    ) -> Answer:
        if streamed:
            cause += f" (after {streamed} streamed characters)"
        if self.fallback is None:
            raise GeneratorError(f"the LLM at {self.url} gave no usable answer: {cause}")
        ans = self.fallback.generate(question, hits)
        ans.degraded = True
        ans.flags = [
            f"degraded: {self.name} generator failed ({cause}); answered by {ans.generator}",
            *ans.flags,
        ]
        ans.timings_ms["llm"] = (time.perf_counter() - t0) * 1000
        return ans


__all__ = [
    "AnswerStream",
    "OpenAICompatGenerator",
    "build_user_message",
    "escape_data",
    "load_prompts",
    "stream_answer",
]
