"""Fuzzed inputs: schemathesis over the service's OpenAPI, hypothesis strings at /ask and /search,
and overload that fails fast.

schemathesis (``pip install schemathesis``; in the dev extras) generates schema-valid
(positive) and schema-violating (negative) requests for every operation and runs all its
response checks on each: no 5xx, documented status codes, content types and headers,
responses valid against their schemas, invalid data rejected, valid data accepted, auth
enforced. The schema states what validation enforces (``k`` an integer, 16.0 included; a
question of 1..2000 characters once blanks and control characters are trimmed: its pattern), so
``positive_data_acceptance`` holds on every operation but ``POST /documents``: a multipart file
named ``x.exe``, or an empty one, is schema-valid (OpenAPI cannot describe a file name's suffix
or a file's content) and rightly answered 415/422. The default run leaves out that one pairing
and ``max_response_time`` (timing on a shared CI machine). One answer is not a validation rule
but the search's own: a question with no searchable word (no letter or digit, or in ``bm25``
mode no indexed term) is answered 422 "no searchable words" (documented on the 422 of /ask and
/search); ``positive_data_accepted`` lets exactly that answer through and is otherwise
schemathesis' ``positive_data_acceptance``.

Default run: 25 examples per operation and mode. ``-m slow``: 200, every check on every
operation, the cases and the failures by check printed (``make test-slow`` shows them); the
only failures allowed are that one pairing's.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import write_corpus
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index
from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

KEY = "fuzz-key-0123456789abcdef"


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory: pytest.TempPathFactory):
    """A tiny index and corpus; the openai generator pointing at a closed port (it falls back to
    the extractive answer instead of failing)."""
    from conftest import free_port

    mp = pytest.MonkeyPatch()
    mp.setenv("CBEC_RAG_LLM_BASE_URL", f"http://127.0.0.1:{free_port()}/v1")
    mp.setenv("CBEC_RAG_LLM_MODEL", "stub-model")
    mp.setenv("CBEC_RAG_LLM_RETRIES", "0")
    base = tmp_path_factory.mktemp("fuzz")
    corpus = write_corpus(base / "corpus")
    build_index(corpus, base / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    yield base
    mp.undo()


def make_app(base: Path, **kw: Any):
    """Uploads on (API key + corpus folder)."""
    kw.setdefault("max_concurrency", 64)
    return create_app(
        Settings(index_dir=base / "index", corpus_dir=base / "corpus", api_key=KEY, reload_poll_s=0, **kw)
    )


@pytest.fixture(scope="module")
def client(fuzz_site: Path):
    with TestClient(make_app(fuzz_site), raise_server_exceptions=False) as c:
        yield c


# (check failure, operation) pairs the schema cannot rule out (see the module docstring)
ALLOWED = {("RejectedPositiveData", "POST /documents")}
UNSEARCHABLE = b"the question has no searchable words"


def _positive_data_accepted() -> Any:
    """schemathesis' positive_data_acceptance, except for the search's own "no searchable words" 422."""
    import schemathesis
    from schemathesis.checks import positive_data_acceptance

    @schemathesis.check
    def positive_data_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
        if response.status_code == 422 and UNSEARCHABLE in response.content:
            return True
        return positive_data_acceptance(ctx, response, case)

    return positive_data_accepted


def _fuzz(app: Any, examples: int, *, every_check: bool = False) -> tuple[Counter, list[str], Counter]:
    schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis (dev extra)")
    from schemathesis import GenerationMode

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)  # runs the app's lifespan itself
    counts: Counter = Counter()
    failures: list[str] = []
    by_check: Counter = Counter()  # (failure kind, operation) -> count, allowed ones included
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        for result in schema.get_all_operations():
            op = result.ok()
            run = _fuzz_operation(op, mode, examples, counts, failures, by_check, every_check)
            try:
                run()
            except Exception as e:  # an operation without negative inputs (no parameters) is unsatisfiable
                if type(e).__name__ != "Unsatisfiable":
                    raise
    return counts, failures, by_check


def _fuzz_operation(
    op: Any,
    mode: Any,
    examples: int,
    counts: Counter,
    failures: list[str],
    by_check: Counter,
    every_check: bool,
) -> Any:
    from schemathesis.checks import max_response_time, positive_data_acceptance

    operation = f"{op.method.upper()} {op.path}"
    label = f"{operation} {mode.value}"
    accepted = _positive_data_accepted()
    excluded = [positive_data_acceptance] if every_check else [positive_data_acceptance, max_response_time]
    if not every_check and any(o == operation for _, o in ALLOWED):
        excluded.append(accepted)

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    def run(case: Any) -> None:
        counts[label] += 1
        for headers in ({"X-API-Key": KEY}, None):  # with the key, and as whoever sent it
            try:
                case.call_and_validate(headers=headers, excluded_checks=excluded)
            except (Exception, BaseExceptionGroup) as e:  # every failure (FailureGroup is no Exception)
                kinds = [type(f).__name__ for f in getattr(e, "exceptions", None) or [e]]
                for kind in kinds:
                    by_check[(kind, operation)] += 1
                if any((kind, operation) not in ALLOWED for kind in kinds):
                    failures.append(f"{label}: {str(e)[:1500]}")

    return run


def test_schemathesis_all_operations(fuzz_site: Path) -> None:
    counts, failures, _ = _fuzz(make_app(fuzz_site), 25)
    total = sum(counts.values())
    print(
        f"\nschemathesis: {total} cases x 2 (with and without the key) over {len(counts)} operation/mode pairs"
    )
    assert not failures, "\n\n".join(failures[:5])
    assert len(counts) >= 17 and total >= 300, counts  # 10 operations positive, 7 with negative inputs


@pytest.mark.slow
def test_schemathesis_all_operations_long(fuzz_site: Path) -> None:
    counts, failures, by_check = _fuzz(make_app(fuzz_site), 200, every_check=True)
    print(
        f"\nschemathesis (slow, every check): {sum(counts.values())} cases x 2 (with and without the key) "
        f"over {len(counts)} operation/mode pairs"
    )
    for label, n in sorted(counts.items()):
        print(f"  {label}: {n} cases")
    print(f"failures by check: {sum(by_check.values())}" + ("" if by_check else " (none)"))
    for (kind, operation), n in sorted(by_check.items()):
        note = (
            " (allowed: the schema cannot describe a file's suffix or content)"
            if (kind, operation) in ALLOWED
            else ""
        )
        print(f"  {kind} on {operation}: {n}{note}")
    assert not failures, "\n\n".join(failures[:5])


# ----------------------------------------------------------------------------- hypothesis strings

HOSTILE = st.one_of(
    st.text(),  # any code points, including control characters and NUL
    st.text(
        alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1
    ),  # lone surrogates
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]), min_size=1),
    st.lists(
        st.sampled_from(
            [
                "跨境电商",
                "海外仓",
                "overseas",
                "ما هي",
                "Привет",
                "🚀",
                "\u202e",
                "\x00",
                "<script>",
                "[1]",
                "\ud800",
            ]
        ),
        max_size=30,
    ).map("".join),
    st.sampled_from(["x" * 1_000_000, "海" * 1_000_000, "\x00" * 100_000, "\ud800" * 50_000]),  # huge bodies
)


def _raw(question: str, **extra: Any) -> bytes:
    """JSON with \\uXXXX escapes: lone surrogates survive the trip as they would from any client."""
    return json.dumps({"question": question, **extra}, ensure_ascii=True).encode("ascii")


@pytest.mark.parametrize("url, extra", [("/ask", {}), ("/search", {}), ("/ask", {"stream": True})])
def test_hostile_strings_never_500(client: TestClient, url: str, extra: dict[str, Any]) -> None:
    seen: Counter = Counter()

    @given(question=HOSTILE, k=st.one_of(st.none(), st.integers(-3, 60)))
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(question: str, k: int | None) -> None:
        payload = {**extra, **({} if k is None else {"k": k})}
        r = client.post(url, content=_raw(question, **payload), headers={"content-type": "application/json"})
        seen[r.status_code] += 1
        assert r.status_code < 500, (r.status_code, r.text[:300])
        text = r.content.decode("utf-8", "strict")  # always valid UTF-8
        if r.headers["content-type"].startswith("text/event-stream"):
            events = [b for b in text.split("\n\n") if b.strip()]
            assert events[-1].startswith("event: done"), events[-1][:200]
            for block in events:
                json.loads(block.split("data:", 1)[1])
        else:
            body = json.loads(text)
            if r.status_code >= 400:
                assert isinstance(body["detail"], str) and body["detail"]
            else:
                assert body["index_version"]

    run()
    assert seen[200] and (seen[413] or seen[422]), seen


# ----------------------------------------------------------------------------- overload


def test_overload_fails_fast_instead_of_queueing(fuzz_site: Path) -> None:
    """More concurrent questions than max_concurrency: the surplus gets 503 + Retry-After at once."""
    slow_app = make_app(fuzz_site, max_concurrency=2)
    with TestClient(slow_app, raise_server_exceptions=False) as c:
        state = slow_app.state.rag
        real = state.pipeline
        release = threading.Event()

        class Slow:
            def search(self, *a: Any, **kw: Any) -> Any:
                release.wait(20)
                return real.search(*a, **kw)

            def __getattr__(self, name: str) -> Any:
                return getattr(real, name)

        state.pipeline = Slow()
        results: list[Any] = []
        threads = [
            threading.Thread(target=lambda: results.append(c.post("/search", json={"question": "海外仓"})))
            for _ in range(2)
        ]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 10
        while state.gate.active < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        t0 = time.monotonic()
        burst = [c.post("/search", json={"question": "海外仓"}) for _ in range(10)]
        assert time.monotonic() - t0 < 5
        assert all(r.status_code == 503 and r.headers["retry-after"] for r in burst)
        assert all("busy" in r.json()["detail"] for r in burst)
        release.set()
        for t in threads:
            t.join(20)
        assert [r.status_code for r in results] == [200, 200]
        assert state.gate.active == 0
