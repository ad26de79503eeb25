"""The HTTP service: routes, JSON shapes (DESIGN.md), input rules, error mapping, streaming, CORS.

One tiny bilingual index is built per module with the fake embedder (fast, deterministic).
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from conftest import ANSWER_KEYS, CITATION_KEYS, HIT_KEYS
from fastapi.testclient import TestClient

from service.app import GENERATORS, AnswerModel, HitModel, SearchResponse, create_app
from service.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parents[1]

ZH_DOC = """关于跨境电子商务综合试验区的支持政策

一、总体要求
2015年3月，国务院同意设立中国（杭州）跨境电子商务综合试验区。综合试验区重点在跨境电子商务企业对企业方式相关环节的技术标准、业务流程、监管模式和信息化建设等方面先行先试。

二、主要措施
（一）对综试区内符合条件的跨境电商零售出口企业试行增值税、消费税无票免税政策。
（二）支持企业建设海外仓，完善海外仓的仓储配送、售后服务等功能。
（三）海关对跨境电商零售进口商品按个人自用进境物品监管，不执行首次进口许可批件、注册或备案要求。
"""

EN_DOC = """# Cross-border e-commerce retail import limits

The single transaction limit for cross-border e-commerce retail imports is 5,000 yuan.
The annual transaction limit for each individual is 26,000 yuan.
Goods within the limits are subject to a zero tariff rate, and import VAT and consumption tax are levied at 70% of the statutory amount.

## Overseas warehouses
Enterprises are encouraged to build overseas warehouses to improve logistics and after-sales service.
"""

CORPUS = {"zh_policy.txt": ZH_DOC, "en/limits.md": EN_DOC}
ZH_Q = "国务院何时同意设立杭州跨境电子商务综合试验区？"
EN_Q = "What is the single transaction limit for cross-border e-commerce retail imports?"


def build_tiny_index(base: Path) -> Path:
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    corpus = base / "corpus"
    for name, text in CORPUS.items():
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    index_dir = base / "index"
    build_index(corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return index_dir


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_index(tmp_path_factory.mktemp("service"))


@pytest.fixture(scope="module")
def client(index_dir: Path):
    with TestClient(create_app(Settings(index_dir=index_dir)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def missing_client(tmp_path_factory: pytest.TempPathFactory):
    where = tmp_path_factory.mktemp("noindex") / "index"
    with TestClient(create_app(Settings(index_dir=where)), raise_server_exceptions=False) as c:
        yield c, where


def assert_json(response) -> object:
    """Every response body is strict UTF-8 JSON."""
    text = response.content.decode("utf-8", "strict")
    assert response.headers["content-type"].startswith("application/json"), response.headers["content-type"]
    return json.loads(text)


def parse_sse(text: str) -> list[tuple[str, dict]]:
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip(" "))
        events.append((name, json.loads("\n".join(data))))
    return events


# ----------------------------------------------------------------------------- health and readiness


def test_health_and_ready(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200 and assert_json(r) == {"status": "ok"}
    r = client.get("/ready")
    body = assert_json(r)
    assert r.status_code == 200, body
    assert body["status"] == "ready" and body["documents"] == 2 and body["chunks"] >= 2
    assert body["embedder"] == "fake:64" and body["index_version"]


def test_missing_index_is_503_naming_the_fix(missing_client) -> None:
    c, where = missing_client
    assert c.get("/health").status_code == 200
    for method, url, payload in [
        ("GET", "/ready", None),
        ("POST", "/ask", {"question": ZH_Q}),
        ("POST", "/ask", {"question": ZH_Q, "stream": True}),
        ("POST", "/search", {"question": EN_Q}),
        ("GET", "/documents", None),
        ("GET", "/documents/zh_policy", None),
    ]:
        r = c.request(method, url, json=payload)
        body = assert_json(r)
        assert r.status_code == 503, (url, body)
        assert "cbec-rag index" in body["detail"], body
        assert str(where) not in r.text and str(where.parent) not in r.text
    assert c.get("/").status_code == 200  # the page still loads and shows the reason


def test_corrupt_index_is_503_without_paths(index_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "index"
    shutil.copytree(index_dir, broken)
    gen = (broken / "CURRENT").read_text().strip()
    (broken / "generations" / gen / "chunks.jsonl").write_text("{not json\n", encoding="utf-8")
    with TestClient(create_app(Settings(index_dir=broken)), raise_server_exceptions=False) as c:
        r = c.get("/ready")
        body = assert_json(r)
        assert r.status_code == 503 and "cbec-rag index" in body["detail"]
        r = c.post("/ask", json={"question": ZH_Q})
        assert r.status_code == 503 and "cbec-rag index" in assert_json(r)["detail"]
        for text in (c.get("/ready").text, r.text):
            assert str(tmp_path) not in text and "/tmp/" not in text


# ----------------------------------------------------------------------------- JSON shapes


def test_search_shape(client: TestClient) -> None:
    for mode in ("hybrid", "bm25", "dense"):
        r = client.post("/search", json={"question": EN_Q, "k": 3, "mode": mode})
        body = assert_json(r)
        assert r.status_code == 200, body
        assert set(body) == {"question", "hits", "notes", "timings_ms", "index_version"}
        assert body["question"] == EN_Q and body["index_version"]
        assert 1 <= len(body["hits"]) <= 3
        for i, hit in enumerate(body["hits"], start=1):
            assert HIT_KEYS <= set(hit), set(hit)
            assert hit["rank"] == i
            assert set(hit["scores"]) <= {"bm25", "dense"} and hit["scores"]
            assert isinstance(hit["start"], int) and hit["start"] < hit["end"]
        if mode == "hybrid":
            assert {"bm25", "dense"} == set(body["hits"][0]["scores"])
    assert client.post("/search", json={"question": EN_Q, "k": 1}).json()["hits"][0]["rank"] == 1


def test_ask_shape_and_citations_are_verbatim(client: TestClient) -> None:
    docs = {d["doc_id"]: d for d in assert_json(client.get("/documents"))}
    assert {d["source"] for d in docs.values()} == {"zh_policy.txt", "en/limits.md"}
    for question in (ZH_Q, EN_Q):
        r = client.post("/ask", json={"question": question, "k": 4})
        body = assert_json(r)
        assert r.status_code == 200, body
        assert ANSWER_KEYS <= set(body)
        assert body["question"] == question and body["generator"] == "extractive"
        assert body["refused"] is False, body
        assert body["citations"], body
        assert all(HIT_KEYS <= set(h) for h in body["passages"])
        for c in body["citations"]:
            assert set(c) == CITATION_KEYS
            assert f"[{c['n']}]" in body["answer"]
            full = assert_json(client.get(f"/documents/{c['doc_id']}"))
            assert full["text"][c["start"] : c["end"]] == c["quote"]
            part = assert_json(
                client.get(f"/documents/{c['doc_id']}", params={"start": c["start"], "end": c["end"]})
            )
            assert part["text"] == c["quote"] and part["start"] == c["start"] and part["end"] == c["end"]
            assert full["chars"] == docs[c["doc_id"]]["chars"] == len(full["text"])


def test_documents_routes(client: TestClient) -> None:
    docs = assert_json(client.get("/documents"))
    assert all(set(d) == {"doc_id", "source", "title", "chars"} for d in docs)
    doc = docs[0]
    r = client.get(f"/documents/{doc['doc_id']}", params={"start": 5, "end": 10**9})
    body = assert_json(r)
    assert r.status_code == 200 and body["end"] == doc["chars"] and len(body["text"]) == doc["chars"] - 5
    for params in ({"start": -1}, {"start": 10, "end": 3}, {"start": "x"}):
        r = client.get(f"/documents/{doc['doc_id']}", params=params)
        assert r.status_code == 422 and assert_json(r)["detail"]
    for bad in ("nope", "..%2F..%2Fetc%2Fpasswd", "%ED%A0%80"):
        r = client.get(f"/documents/{bad}")
        assert r.status_code == 404 and assert_json(r)["detail"]


def test_response_models_match_the_json(client: TestClient) -> None:
    """The OpenAPI models document exactly the keys the routes send."""
    body = client.post("/ask", json={"question": ZH_Q}).json()
    assert set(AnswerModel.model_fields) == set(body)
    assert set(HitModel.model_fields) == set(body["passages"][0])
    AnswerModel.model_validate(body)
    s = client.post("/search", json={"question": ZH_Q}).json()
    assert set(SearchResponse.model_fields) == set(s)
    SearchResponse.model_validate(s)
    from cbec_rag.pipeline import GENERATORS as LIB_GENERATORS

    assert tuple(GENERATORS) == tuple(LIB_GENERATORS)


def test_openapi_documents_routes_and_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/ask", "/search", "/health", "/ready", "/documents", "/documents/{doc_id}"):
        assert path in spec["paths"], path
    ask = spec["paths"]["/ask"]["post"]
    assert ask["requestBody"]["content"]["application/json"]["examples"]
    assert "AnswerModel" in json.dumps(ask["responses"]["200"])
    assert "AskRequest" in spec["components"]["schemas"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/openapi.json" in docs.text


def test_docs_are_served_from_the_package_not_a_cdn(client: TestClient) -> None:
    import re

    from service.app import local_swagger_ui

    assert local_swagger_ui() is not None, "swagger-ui-bundle-v2 (a dependency) is not installed"
    docs = client.get("/docs").text
    assert not re.search(r"https?://", docs), "the /docs page names an outside URL"
    assert "/docs-assets/swagger-ui-bundle.js" in docs
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-assets/swagger-ui.css").status_code == 200


# ----------------------------------------------------------------------------- input rules


@pytest.mark.parametrize(
    "payload",
    [
        {"question": ""},
        {"question": "   \n\t "},
        {"question": "问" * 2001},
        {"question": "\u0000"},
        {"question": ZH_Q, "k": 0},
        {"question": ZH_Q, "k": 51},
        {"question": ZH_Q, "k": "5"},
        {"question": ZH_Q, "k": 2.5},
        {"question": ZH_Q, "k": True},
        {"question": ZH_Q, "mode": "magic"},
        {"question": ZH_Q, "generator": "gpt"},
        {"question": 42},
        {"question": None},
        {"question": ["a"]},
        {},
    ],
)
def test_bad_input_is_422_with_a_message(client: TestClient, payload: dict) -> None:
    for url in ("/ask", "/search"):
        if url == "/search" and "generator" in payload:
            continue
        r = client.post(url, json=payload)
        body = assert_json(r)
        assert r.status_code == 422, (url, payload, body)
        assert isinstance(body["detail"], str) and body["detail"]
        assert "Traceback" not in body["detail"]


def test_question_limits_are_after_trimming(client: TestClient) -> None:
    r = client.post("/search", json={"question": "  " + "跨境" * 1000 + "  "})
    assert r.status_code == 200, r.text
    r = client.post("/search", json={"question": "问" * 2001})
    assert "2000" in assert_json(r)["detail"]
    r = client.post("/ask", json={"question": " \t "})
    assert "question" in assert_json(r)["detail"]


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b'{"question": ', "application/json"),
        (b"{'question': 'x'}", "application/json"),
        (b"\xff\xfe\x00garbage", "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b"null", "application/json"),
        (b'"just a string"', "application/json"),
        (b"question=hello", "application/x-www-form-urlencoded"),
        (b"hello", "text/plain"),
        (b"", "application/json"),
        (b'{"question": "x", "k": NaN}', "application/json"),
    ],
)
def test_malformed_bodies_are_4xx_json(client: TestClient, body: bytes, content_type: str) -> None:
    for url in ("/ask", "/search"):
        r = client.post(url, content=body, headers={"content-type": content_type})
        data = assert_json(r)
        assert 400 <= r.status_code < 500, (url, body, r.status_code, data)
        assert isinstance(data["detail"], str) and data["detail"]


@pytest.mark.parametrize(
    "raw_question",
    [
        r'"\ud800"',
        r'"跨境电商 \ud800 海外仓"',
        r'"\udfff\ud800 overseas warehouse"',
        r'"\u0000"',
        r'"海外仓\u0000政策"',
        r'"\u0007\u001b[31m overseas \u0008"',
        '"🚀📦 跨境电商海外仓 🇨🇳"',
        '"🚀📦"',
        '"ما هي سياسة التجارة الإلكترونية عبر الحدود؟"',
        '"\u202eoverseas warehouse\u202c"',
        '"<script>alert(1)</script> 海外仓"',
        '"\ufeff\u200b"',
        r'"\\"',
    ],
)
def test_hostile_questions_never_500(client: TestClient, raw_question: str) -> None:
    for url, extra in (("/ask", ""), ("/search", ""), ("/ask", ', "stream": true')):
        body = ('{"question": ' + raw_question + extra + "}").encode("utf-8")
        r = client.post(url, content=body, headers={"content-type": "application/json"})
        assert r.status_code < 500, (url, raw_question, r.status_code, r.text)
        r.content.decode("utf-8", "strict")  # always valid UTF-8
        if r.headers["content-type"].startswith("text/event-stream"):
            assert parse_sse(r.text)[-1][0] == "done"
        else:
            data = assert_json(r)
            if r.status_code >= 400:
                assert isinstance(data["detail"], str)


def test_lone_surrogate_is_replaced_not_echoed(client: TestClient) -> None:
    body = b'{"question": "overseas warehouse \\ud800"}'
    r = client.post("/search", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200
    assert assert_json(r)["question"] == "overseas warehouse \ufffd"


def test_body_over_limit_is_413_with_content_length(client: TestClient) -> None:
    payload = json.dumps({"question": "x" * 70_000}).encode()
    r = client.post("/ask", content=payload, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "bytes" in assert_json(r)["detail"]


def test_body_over_limit_is_413_when_chunked(client: TestClient) -> None:
    def chunks():
        yield b'{"question": "'
        for _ in range(70):
            yield b"x" * 1024
        yield b'"}'

    r = client.post("/search", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert r.status_code == 413 and assert_json(r)["detail"]
    r = client.post(
        "/search",
        content=iter([b'{"question": ', b'"overseas warehouse"}']),
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 200, r.text  # small chunked bodies are replayed intact


def test_real_server_chunked_body_over_limit(index_dir: Path) -> None:
    """Over a real socket (uvicorn): chunked transfer encoding without Content-Length."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(index_dir=index_dir)), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(
                b"POST /ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n"
            )
            try:
                for _ in range(80):
                    piece = b"y" * 1024
                    conn.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                conn.sendall(b"0\r\n\r\n")
            except OSError:
                pass  # the server may close the connection once it has answered
            reply = b""
            while b"\r\n\r\n" not in reply or not reply.rstrip().endswith(b"}"):
                data = conn.recv(65536)
                if not data:
                    break
                reply += data
        assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
        assert json.loads(reply.split(b"\r\n\r\n", 1)[1])["detail"]
    finally:
        server.should_exit = True
        thread.join(10)


# ----------------------------------------------------------------------------- streaming


def test_stream_event_order(client: TestClient) -> None:
    r = client.post("/ask", json={"question": ZH_Q, "stream": True})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    r.content.decode("utf-8", "strict")
    events = parse_sse(r.text)
    names = [n for n, _ in events]
    assert names[0] == "passages" and names[-1] == "done", names
    assert set(names[1:-1]) == {"delta"} and len(names) >= 3
    passages = events[0][1]["passages"]
    assert passages and all(HIT_KEYS <= set(h) for h in passages)
    done = events[-1][1]
    assert {"answer", "refused", "citations", "timings_ms", "generator"} <= set(done)
    assert "".join(d["text"] for n, d in events if n == "delta") == done["answer"]
    plain = client.post("/ask", json={"question": ZH_Q}).json()
    assert done["answer"] == plain["answer"] and done["citations"] == plain["citations"]
    assert client.app.state.rag.gate.active == 0  # every slot was released


@pytest.mark.parametrize("spec_version", ["2.0", "2.4"])
def test_stream_slot_is_released_when_the_client_leaves_early(spec_version: str) -> None:
    import anyio
    from starlette.requests import ClientDisconnect

    from service.app import Gate, GatedStreamingResponse

    gate = Gate(1)
    release = gate.slot()

    async def body():
        await anyio.sleep(30)  # an answer that never comes
        yield b"never sent"

    async def receive():
        return {"type": "http.disconnect"}

    async def send(message):
        if spec_version == "2.4":
            raise OSError("client gone")

    response = GatedStreamingResponse(body(), release, media_type="text/event-stream")
    scope = {"type": "http", "asgi": {"spec_version": spec_version}}
    t0 = time.monotonic()
    try:
        anyio.run(response, scope, receive, send)
    except (OSError, ClientDisconnect):
        pass
    assert time.monotonic() - t0 < 5
    assert gate.active == 0
    gate.slot()()  # the slot can be taken again
    assert gate.active == 0


def test_stream_errors_before_streaming_have_status_codes(client: TestClient) -> None:
    r = client.post("/ask", json={"question": "  ", "stream": True})
    assert r.status_code == 422 and assert_json(r)["detail"]
    r = client.post("/ask", json={"question": "？？！！", "stream": True})  # no searchable words
    assert r.status_code in (200, 422)
    if r.status_code == 422:
        assert assert_json(r)["detail"]


def test_stream_uses_a_streaming_generator(client: TestClient) -> None:
    """A generator with ``stream()`` (the openai one) sends its own deltas; ``done`` carries
    the final (validated) answer."""
    import httpx

    from cbec_rag.generate.openai_compat import OpenAICompatGenerator

    pipeline = client.app.state.rag.pipeline
    extractive = pipeline.generator("extractive")
    hits = pipeline.search(ZH_Q, k=5).hits
    sentence = next(s for h in hits for s in pipeline.store.sentences(h.chunk) if "2015" in s.text)
    pieces = [sentence.text[:6], sentence.text[6:], "[1]"]

    def handler(request: httpx.Request) -> httpx.Response:
        lines = [
            "data: "
            + json.dumps({"choices": [{"delta": {"content": p}, "finish_reason": None}]}, ensure_ascii=False)
            for p in pieces
        ]
        lines.append("data: " + json.dumps({"choices": [{"delta": {}, "finish_reason": "stop"}]}))
        lines.append("data: [DONE]")
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=("\n\n".join(lines) + "\n\n").encode()
        )

    gen = OpenAICompatGenerator(
        "http://llm.invalid/v1",
        "m",
        store=pipeline.store,
        fallback=extractive,
        transport=httpx.MockTransport(handler),
        retries=0,
    )
    pipeline._generators["openai"] = gen
    try:
        r = client.post("/ask", json={"question": ZH_Q, "stream": True, "generator": "openai"})
        events = parse_sse(r.text)
        names = [n for n, _ in events]
        assert names[0] == "passages" and names[-1] == "done", events
        assert [d["text"] for n, d in events if n == "delta"] == pieces
        done = events[-1][1]
        assert done["generator"] == "openai" and not done["degraded"], done
        assert done["question"] == ZH_Q and done["index_version"]
        assert "total" in done["timings_ms"] and "retrieve" in done["timings_ms"]
        assert done["citations"] and "[1]" in done["answer"]
        for c in done["citations"]:
            text = client.get(f"/documents/{c['doc_id']}").json()["text"]
            assert text[c["start"] : c["end"]] == c["quote"]
    finally:
        pipeline._generators.pop("openai", None)
        gen.close()
    assert client.app.state.rag.gate.active == 0


# ----------------------------------------------------------------------------- errors


def test_unconfigured_llm_is_503_naming_the_settings(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing upstream was asked: not a 502 (bad gateway) but this server lacking the generator."""
    monkeypatch.delenv("CBEC_RAG_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("CBEC_RAG_LLM_MODEL", raising=False)
    client.app.state.rag.pipeline._generators.pop("openai", None)
    for stream in (False, True):
        r = client.post("/ask", json={"question": ZH_Q, "generator": "openai", "stream": stream})
        body = assert_json(r)
        assert r.status_code == 503 and "CBEC_RAG_LLM_BASE_URL" in body["detail"], body


class _Wrapped:
    """Delegates to the real pipeline, replacing some methods."""

    def __init__(self, inner, **overrides) -> None:
        self._inner = inner
        self.__dict__.update(overrides)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_unexpected_error_is_generic_500_without_paths(client: TestClient) -> None:
    state = client.app.state.rag
    real = state.pipeline

    def boom(*a, **kw):
        raise RuntimeError("secret failure in /home/deploy/app/private.py line 3")

    state.pipeline = _Wrapped(real, search=boom, ask=boom)
    try:
        for url, payload in (
            ("/search", {"question": EN_Q}),
            ("/ask", {"question": EN_Q}),
            ("/ask", {"question": EN_Q, "stream": True}),
        ):
            r = client.post(url, json=payload)
            body = assert_json(r)
            assert r.status_code == 500, body
            assert "/home/deploy" not in r.text and "Traceback" not in r.text and "secret" not in r.text
    finally:
        state.pipeline = real


def test_library_errors_map_to_status_codes(client: TestClient) -> None:
    from cbec_rag.errors import (
        EmbedderError,
        GeneratorConfigError,
        GeneratorError,
        IndexCorruptError,
        QueryError,
    )

    state = client.app.state.rag
    real = state.pipeline
    cases = [
        (QueryError("the question has no searchable words"), 422),
        (GeneratorError("LLM unreachable"), 502),
        (GeneratorConfigError("the openai generator is not configured: set CBEC_RAG_LLM_MODEL"), 503),
        (
            IndexCorruptError(
                "index file x is damaged: rebuild with `cbec-rag index --index-dir /srv/data/index`"
            ),
            503,
        ),
        (EmbedderError("model failed in /opt/models/e5"), 503),
    ]
    try:
        for exc, status in cases:

            def fail(*a, _exc=exc, **kw):
                raise _exc

            state.pipeline = _Wrapped(real, search=fail, ask=fail)
            r = client.post("/ask", json={"question": EN_Q})
            body = assert_json(r)
            assert r.status_code == status, (exc, body)
            assert "/srv/data" not in r.text and "/opt/models" not in r.text
    finally:
        state.pipeline = real


def test_overload_fails_fast_with_retry_after(index_dir: Path) -> None:
    app = create_app(Settings(index_dir=index_dir, max_concurrency=1))
    with TestClient(app, raise_server_exceptions=False) as c:
        state = app.state.rag
        real = state.pipeline
        release = threading.Event()
        entered = threading.Event()

        def slow_search(*a, **kw):
            entered.set()
            release.wait(10)
            return real.search(*a, **kw)

        state.pipeline = _Wrapped(real, search=slow_search)
        results = {}
        t = threading.Thread(target=lambda: results.update(first=c.post("/search", json={"question": EN_Q})))
        t.start()
        try:
            assert entered.wait(10)
            t0 = time.monotonic()
            r = c.post("/search", json={"question": EN_Q})
            assert time.monotonic() - t0 < 2
            assert r.status_code == 503 and r.headers["retry-after"] == "1"
            assert "busy" in assert_json(r)["detail"]
            assert c.get("/health").status_code == 200  # cheap routes are not gated
        finally:
            release.set()
            t.join(10)
        assert results["first"].status_code == 200
        assert c.post("/search", json={"question": EN_Q}).status_code == 200  # the slot was released


# ----------------------------------------------------------------------------- CORS, settings, page


def test_cors_off_by_default(client: TestClient) -> None:
    r = client.get("/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    r = client.options(
        "/ask", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in r.headers


def test_cors_on_for_allowed_origin(index_dir: Path) -> None:
    app = create_app(Settings(index_dir=index_dir, cors_origins=["http://allowed.example"]))
    with TestClient(app) as c:
        r = c.post("/search", json={"question": EN_Q}, headers={"Origin": "http://allowed.example"})
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "http://allowed.example"
        r = c.options(
            "/ask",
            headers={
                "Origin": "http://allowed.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        )
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "http://allowed.example"
        r = c.get("/health", headers={"Origin": "http://other.example"})
        assert "access-control-allow-origin" not in r.headers


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CBEC_RAG_INDEX_DIR", "/data/idx")
    monkeypatch.setenv("CBEC_RAG_CORS_ORIGINS", "http://a.example, http://b.example")
    monkeypatch.setenv("CBEC_RAG_MAX_CONCURRENCY", "3")
    s = Settings()
    assert str(s.index_dir) == "/data/idx" and s.max_concurrency == 3
    assert s.cors_origins == ["http://a.example", "http://b.example"]
    monkeypatch.setenv("CBEC_RAG_CORS_ORIGINS", '["http://c.example"]')
    assert Settings().cors_origins == ["http://c.example"]
    monkeypatch.delenv("CBEC_RAG_CORS_ORIGINS")
    assert Settings().cors_origins == [] and Settings().max_body_bytes == 65536
    get_settings.cache_clear()
    try:
        assert get_settings() is get_settings()
    finally:
        get_settings.cache_clear()


def test_settings_dependency_can_be_overridden(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CBEC_RAG_LLM_BASE_URL", raising=False)
    app = client.app
    app.dependency_overrides[get_settings] = lambda: Settings(default_generator="openai")
    try:
        app.state.rag.pipeline._generators.pop("openai", None)
        r = client.post("/ask", json={"question": ZH_Q})
        assert r.status_code == 503  # the overridden default generator (unconfigured LLM) was used
    finally:
        app.dependency_overrides[get_settings] = lambda: app.state.rag.settings
    assert client.post("/ask", json={"question": ZH_Q}).status_code == 200


def test_import_loads_nothing() -> None:
    import service.app as module

    assert module.app.state.rag.pipeline is None


def test_page_is_served_offline_and_safe(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert 'id="question"' in r.text
    static = ROOT / "service" / "static"
    for name in ("index.html", "app.js", "app.css"):
        text = (static / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, name  # no CDN, no web fonts
    js = (static / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/app.css").status_code == 200


def test_unknown_routes_and_methods_are_json(client: TestClient) -> None:
    r = client.get("/nope")
    assert r.status_code == 404 and assert_json(r)["detail"]
    r = client.get("/ask")
    assert r.status_code == 405 and assert_json(r)["detail"]


def test_the_module_app_is_built_on_first_use_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    from pydantic import ValidationError

    monkeypatch.setenv("CBEC_RAG_MAX_CONCURRENCY", "not a number")
    monkeypatch.delitem(sys.modules, "service.app")
    get_settings.cache_clear()  # (the app reads the cached settings)
    try:
        mod = importlib.import_module("service.app")  # reads no setting: the bad value does not stop it
        assert "app" not in vars(mod)
        with pytest.raises(ValidationError):
            mod.app  # noqa: B018 (the first use builds it, with the environment's settings)
        monkeypatch.setenv("CBEC_RAG_MAX_CONCURRENCY", "2")
        get_settings.cache_clear()
        built = mod.app
        assert built is mod.app and built.title  # built once
        with pytest.raises(AttributeError):
            mod.no_such_name  # noqa: B018
    finally:
        get_settings.cache_clear()
