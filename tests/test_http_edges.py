"""HTTP edges: a body that never arrives gets 408 and the connection closed; a 405 names every
allowed method; the OpenAPI schema says what validation enforces (k: 16.0 is 16; question rules)."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
from pathlib import Path

import pytest
from conftest import serve_in_thread, write_corpus
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index
from service.app import create_app
from service.middleware import BodyLimitMiddleware
from service.models import MAX_QUESTION_CHARS, QUESTION_PATTERN, clean_question
from service.settings import Settings

KEY = "edge-key-0123456789abcdef"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("edges")
    corpus = write_corpus(base / "corpus")
    build_index(corpus, base / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return base


def _app(site: Path, **kw):
    return create_app(
        Settings(index_dir=site / "index", corpus_dir=site / "corpus", api_key=KEY, reload_poll_s=0, **kw)
    )


@pytest.fixture(scope="module")
def client(site: Path):
    with TestClient(_app(site), raise_server_exceptions=False) as c:
        yield c


# ----------------------------------------------------------------------------- body read timeout


def _raw_request(url: str, head: bytes, body: bytes, wait: float) -> tuple[bytes, float, bool]:
    """Send ``head`` + ``body`` and read the answer; returns (response, seconds, closed by the server)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait) as s:
        t0 = time.monotonic()
        s.sendall(head + body)
        data = b""
        closed = False
        try:
            while True:
                piece = s.recv(65536)
                if not piece:
                    closed = True
                    break
                data += piece
        except TimeoutError:
            pass
        return data, time.monotonic() - t0, closed


def test_body_shorter_than_its_content_length_gets_408_and_the_connection_closes(site: Path) -> None:
    with serve_in_thread(_app(site, body_timeout_s=0.5)) as url:
        head = (
            b"POST /ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
        )
        data, seconds, closed = _raw_request(url, head, b'{"question": "', wait=10)
        assert data.startswith(b"HTTP/1.1 408"), data[:200]
        assert seconds < 5 and closed
        body = json.loads(data.split(b"\r\n\r\n", 1)[1])
        assert (
            "not received in time" in body["detail"] and "1000 declared in Content-Length" in body["detail"]
        )
        # a whole body is answered as usual on the same server
        good = json.dumps({"question": "海外仓"}).encode()
        head = (
            b"POST /search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
            b"Content-Length: " + str(len(good)).encode() + b"\r\n\r\n"
        )
        data, _, _ = _raw_request(url, head, good, wait=30)
        assert data.startswith(b"HTTP/1.1 200"), data[:200]


def test_a_trickled_body_is_cut_at_the_total_timeout() -> None:
    sent: list[dict] = []
    reached: list[bool] = []

    async def app(scope, receive, send):  # pragma: no cover - must never be reached
        reached.append(True)

    async def receive():
        await asyncio.sleep(0.05)  # one byte every 50 ms: never idle for read_timeout
        return {"type": "http.request", "body": b"x", "more_body": True}

    async def send(message):
        sent.append(message)

    mw = BodyLimitMiddleware(app, 1 << 20, read_timeout=1.0, total_timeout=0.3)
    t0 = time.monotonic()
    asyncio.run(mw({"type": "http", "method": "POST", "path": "/ask", "headers": []}, receive, send))
    assert time.monotonic() - t0 < 1.0
    assert sent[0]["status"] == 408 and not reached
    assert b"0.3 s for the whole body" in sent[1]["body"]


# ----------------------------------------------------------------------------- 405 Allow


@pytest.mark.parametrize(
    "method, path, allowed",
    [
        ("PUT", "/documents", "GET, POST"),
        ("DELETE", "/documents", "GET, POST"),
        ("PATCH", "/documents/policy_zh", "DELETE, GET"),
        ("POST", "/documents/policy_zh", "DELETE, GET"),
        ("GET", "/ask", "POST"),
        ("PUT", "/jobs/abc", "GET"),
    ],
)
def test_405_lists_every_allowed_method(client: TestClient, method: str, path: str, allowed: str) -> None:
    r = client.request(method, path, headers={"X-API-Key": KEY})
    assert r.status_code == 405, r.text
    assert r.headers["allow"] == allowed
    assert r.json()["detail"]


# ----------------------------------------------------------------------------- schema = validation


@pytest.mark.parametrize("k", [16.0, 3, 50.0])
def test_whole_number_k_given_as_a_float_is_accepted(client: TestClient, k: float) -> None:
    for url in ("/search", "/ask"):
        r = client.post(url, json={"question": "海外仓补贴", "k": k})
        assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    "k, message",
    [
        (16.5, "k: must be a whole number"),
        ("5", "k: must be an integer"),
        (True, "k: must be an integer"),
        (None, "k: must be an integer"),
        (51.0, "k: Input should be less than or equal to 50"),
        (0, "k: Input should be greater than or equal to 1"),
    ],
)
def test_other_k_values_are_refused_clearly(client: TestClient, k: object, message: str) -> None:
    r = client.post("/search", json={"question": "海外仓", "k": k})
    assert r.status_code == 422 and r.json()["detail"].startswith(message), r.text


def test_openapi_states_the_question_and_k_rules(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for name in ("SearchRequest", "AskRequest"):
        props = spec["components"]["schemas"][name]["properties"]
        q = props["question"]
        assert q["minLength"] == 1 and "maxLength" not in q  # the limit is after trimming: in the pattern
        assert q["pattern"] == QUESTION_PATTERN
        assert props["k"]["type"] == "integer" and props["k"]["minimum"] == 1 and props["k"]["maximum"] == 50


BLANKISH = st.text(
    alphabet=st.sampled_from(
        [" ", "\t", "\n", "\r", "\x00", "\x0b", "\x1c", "\x7f", "\x85", "\xa0", "\u1680", "\u2000", "\u2028"]
        + ["\u202f", "\u3000", "\ufeff", "\u200b", "a", "海", "?", "。", "\ud800"]
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None, database=None)
@given(core=BLANKISH, pad=st.integers(0, 3))
def test_server_accepts_a_question_exactly_when_the_schema_does(core: str, pad: int) -> None:
    """The OpenAPI rule (minLength, the pattern as a regex search) and the validator agree on every string,
    at the length limit too (blanks around a 2000-character question are trimmed, not counted)."""
    x = "x" * (MAX_QUESTION_CHARS - 1 + pad)
    for question in (core, " " * pad + core, core + x, x + core, " " + x[:-1] + core + "\u3000"):
        by_schema = len(question) >= 1 and re.search(QUESTION_PATTERN, question) is not None
        try:
            clean_question(question)
            accepted = True
        except ValueError:
            accepted = False
        assert accepted == by_schema, repr(question[:20])


# ----------------------------------------------------------------------------- body encoding


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_json_body_sent_as_another_type_gets_415_naming_the_fix(client: TestClient, ctype: str) -> None:
    r = client.post(
        "/ask",
        content=json.dumps({"question": "海外仓补贴多少？"}).encode(),
        headers={"Content-Type": ctype, "X-API-Key": KEY},
    )
    assert r.status_code == 415, r.text
    assert "application/json" in r.json()["detail"] and ctype in r.json()["detail"]


def test_malformed_json_says_where(client: TestClient) -> None:
    r = client.post(
        "/ask",
        content=b'{"question": "unterminated',
        headers={"Content-Type": "application/json", "X-API-Key": KEY},
    )
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail.startswith("malformed JSON body") and re.search(r"at character \d+", detail), detail


def test_a_bad_field_in_a_json_body_is_still_422(client: TestClient) -> None:
    r = client.post("/ask", json={"question": "海外仓补贴多少？", "k": "many"}, headers={"X-API-Key": KEY})
    assert r.status_code == 422 and "k" in r.json()["detail"]


def test_an_upload_sent_raw_is_not_told_to_send_json(client: TestClient) -> None:
    """415 is for the JSON routes; the upload route reads a multipart form and keeps its own 422."""
    r = client.post(
        "/documents", content=b"%PDF-1.4", headers={"Content-Type": "application/pdf", "X-API-Key": KEY}
    )
    assert r.status_code == 422 and "application/json" not in r.json()["detail"], r.text


def test_a_json_body_sent_without_a_content_type_gets_415(client: TestClient) -> None:
    r = client.post(
        "/ask", content=json.dumps({"question": "海外仓补贴多少？"}).encode(), headers={"X-API-Key": KEY}
    )
    assert r.status_code == 415 and "none was sent" in r.json()["detail"], r.text
