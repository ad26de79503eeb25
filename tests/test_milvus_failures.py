"""The Milvus backend's failure reporting: which failures are "unreachable" (503, exit 3,
retried) and which are "rebuild it" (IndexMismatchError naming the fix), a bad alias refused at
start (CLI exit 2, a settings error), and Milvus URIs in HTTP bodies and CLI messages.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pymilvus")
pytest.importorskip("milvus_lite")

from conftest import built_milvus as _built  # noqa: E402
from conftest import free_port  # noqa: E402

from cbec_rag.backends.milvus import MilvusTarget  # noqa: E402

# ----------------------------------------------------------------------------- 2. down or refused


def _fake_backend(error: BaseException, calls: list):
    """A MilvusBackend whose client's every search raises ``error`` (no server)."""
    from cbec_rag.backends.milvus import MilvusBackend

    class Failing:
        def search(self, *a, **kw):
            calls.append(kw.get("anns_field"))
            raise error

        def load_collection(self, *a, **kw):
            pass

    backend = object.__new__(MilvusBackend)
    backend.target = MilvusTarget("http://127.0.0.1:1", alias="fake", timeout_s=5)
    backend.client, backend.known, backend.vocab = Failing(), {}, None
    return backend


def _wrapped(outer: BaseException, inner: BaseException) -> BaseException:
    try:
        try:
            raise inner
        except BaseException as e:
            raise outer from e
    except BaseException as e:
        return e


def _refused_cases():
    from pymilvus.exceptions import DataNotMatchException, MilvusException, ParamError

    return [
        ParamError(message="`limit` value -1 is illegal"),
        DataNotMatchException(message="the data fields do not match the schema"),
        MilvusException(6, "anns_field 'sparse' not found in schema"),  # milvus-lite: illegal argument
        MilvusException(1100, "invalid parameter[expected=dim 64][actual=32]"),  # a server's ParameterInvalid
        MilvusException(1, "matmul: mismatch in its core dimension"),  # "unexpected", not retriable
        MilvusException(2, "bad expression", is_input_error=True),
        KeyError("sparse"),  # a hit without the field asked for
    ]


def _down_cases():
    import grpc
    from pymilvus.exceptions import MilvusException

    return [
        ConnectionError("connection reset by peer"),
        TimeoutError("deadline exceeded"),
        MilvusException(2, "Fail connecting to server on 127.0.0.1:1"),
        MilvusException(101, "collection is in state 'released'"),
        MilvusException(100, "collection 'x' does not exist"),  # dropped by an alias switch mid-query
        MilvusException(1, "service not ready", retriable=True),
        MilvusException(8, "rate limit exceeded"),
        MilvusException(grpc.StatusCode.DEADLINE_EXCEEDED, "[search] Retry timeout: 10s"),
        _wrapped(MilvusException(1, "Unexpected error, message=<reset>"), ConnectionResetError("reset")),
    ]


@pytest.mark.parametrize("case", range(7))
def test_a_schema_or_parameter_error_is_a_mismatch_never_retried(case):
    import numpy as np

    from cbec_rag.backends.base import CandidateQuery
    from cbec_rag.errors import BackendUnavailableError, IndexMismatchError

    calls: list = []
    backend = _fake_backend(_refused_cases()[case], calls)
    with pytest.raises(IndexMismatchError, match=r"--milvus-rebuild") as e:
        backend.candidates(CandidateQuery(None, np.ones(4, dtype=np.float32), 5))
    assert not isinstance(e.value, BackendUnavailableError) and "start Milvus" not in str(e.value)
    assert len(calls) == 1  # retrying cannot help


@pytest.mark.parametrize("case", range(9))
def test_connection_timeout_and_server_unavailable_errors_stay_unreachable(case):
    import numpy as np

    from cbec_rag.backends.base import CandidateQuery
    from cbec_rag.errors import BackendUnavailableError

    calls: list = []
    backend = _fake_backend(_down_cases()[case], calls)
    with pytest.raises(BackendUnavailableError, match="127.0.0.1:1"):
        backend.candidates(CandidateQuery(None, np.ones(4, dtype=np.float32), 5))
    assert len(calls) == 2  # once more (as before: an alias switch, a restarted server)


def test_milvus_lite_refusing_a_search_is_a_mismatch(tmp_path):
    from cbec_rag.backends import BackendSpec
    from cbec_rag.errors import IndexMismatchError
    from cbec_rag.pipeline import Pipeline

    _, index_dir, db = _built(tmp_path, "lite")
    with Pipeline.load(index_dir, backend=BackendSpec("milvus", db, "lite")) as pipe:
        client = pipe.backend.client
        real = client.search
        client.search = lambda *a, **kw: real(*a, **{**kw, "anns_field": "no_such_field"})
        with pytest.raises(IndexMismatchError, match="no_such_field.*--milvus-rebuild"):
            pipe.search("海外仓补贴", k=3, mode="dense")
        client.search = real


def _foreign_collection(db: str, alias: str) -> None:
    """A collection behind ``alias`` with cbec-rag's properties but not its fields (no sparse)."""
    from pymilvus import DataType

    from cbec_rag.backends.milvus import SCHEMA_VERSION, connect, disconnect

    client = connect(MilvusTarget(db, alias))
    try:
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("chunk_id", DataType.VARCHAR, is_primary=True, max_length=64)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=64)
        index = client.prepare_index_params()
        index.add_index("dense", index_type="FLAT", metric_type="IP")
        props = {"cbec.schema": SCHEMA_VERSION, "cbec.embedder": "fake:64", "cbec.dim": "64"}
        client.create_collection(f"{alias}_other", schema=schema, index_params=index, properties=props)
        client.create_alias(f"{alias}_other", alias)
    finally:
        disconnect(client, db)


def test_a_collection_without_cbec_rag_fields_is_refused_naming_the_fix(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from cbec_rag.cli import main
    from service.app import _needs_reload, create_app
    from service.settings import Settings

    _, index_dir, db = _built(tmp_path, "good")
    _foreign_collection(db, "foreign")
    argv = ["search", "海外仓补贴", "--index-dir", str(index_dir), "--backend", "milvus", "--milvus-uri", db]
    assert main([*argv, "--milvus-alias", "foreign"]) == 3
    err = capsys.readouterr().err
    assert "no field" in err and "sparse" in err and "--milvus-rebuild" in err and "start Milvus" not in err
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=db, milvus_alias="foreign", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        r = c.get("/ready")
        assert r.status_code == 503 and "rebuild" in r.json()["detail"]
        state = c.app.state.rag
        assert not state.backend_down and not _needs_reload(state, state.pointer)  # not retried forever


# ----------------------------------------------------------------------------- 4. alias validation

BAD_ALIASES = ["x-y", "9lives", "别名", "a b", "a" * 201]


@pytest.mark.parametrize("alias", BAD_ALIASES)
def test_a_bad_alias_is_a_usage_error_naming_the_flag(alias, tmp_path, capsys, monkeypatch):
    from cbec_rag.cli import main

    monkeypatch.delenv("CBEC_RAG_MILVUS_ALIAS", raising=False)
    db = str(tmp_path / "never.db")
    search = [
        "search",
        "海外仓",
        "--index-dir",
        str(tmp_path / "i"),
        "--backend",
        "milvus",
        "--milvus-uri",
        db,
    ]
    assert main([*search, "--milvus-alias", alias]) == 2
    err = capsys.readouterr().err
    assert "--milvus-alias" in err and ("letters, digits and _" in err or "at most 200" in err)
    index = ["index", "--corpus", str(tmp_path), "--index-dir", str(tmp_path / "i"), "--backend", "milvus"]
    assert main([*index, "--milvus-uri", db, "--milvus-alias", alias, "--quiet"]) == 2
    monkeypatch.setenv("CBEC_RAG_MILVUS_ALIAS", alias)
    assert main(search) == 2
    assert "CBEC_RAG_MILVUS_ALIAS" in capsys.readouterr().err
    assert not (tmp_path / "never.db").exists() and not (tmp_path / "i").exists()  # refused before any work


def test_service_settings_refuse_a_bad_alias_and_serve_exits_2(tmp_path, capsys, monkeypatch):
    from pydantic import ValidationError

    from cbec_rag.cli import main
    from service.settings import Settings

    for alias in BAD_ALIASES:
        with pytest.raises(ValidationError, match="CBEC_RAG_MILVUS_ALIAS"):
            Settings(backend="milvus", milvus_uri="http://127.0.0.1:19530", milvus_alias=alias)
    assert Settings(backend="milvus", milvus_uri="x.db", milvus_alias="").milvus_alias == "cbec_rag"
    assert Settings(milvus_alias="x-y").backend == "embedded"  # unused by the embedded backend
    env = tmp_path / "bad.env"  # read by `serve` itself, after the flags were checked
    env.write_text(
        "CBEC_RAG_BACKEND=milvus\nCBEC_RAG_MILVUS_URI=x.db\nCBEC_RAG_MILVUS_ALIAS=x-y\n", encoding="utf-8"
    )
    for key in ("CBEC_RAG_BACKEND", "CBEC_RAG_MILVUS_URI", "CBEC_RAG_MILVUS_ALIAS", "CBEC_RAG_INDEX_DIR"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CBEC_RAG_ENV_FILE", str(env))
    try:
        assert main(["serve", "--index-dir", str(tmp_path / "i"), "--port", "1"]) == 2
    finally:
        for key in ("CBEC_RAG_BACKEND", "CBEC_RAG_MILVUS_URI", "CBEC_RAG_MILVUS_ALIAS", "CBEC_RAG_INDEX_DIR"):
            os.environ.pop(key, None)
    err = capsys.readouterr().err
    assert "CBEC_RAG_MILVUS_ALIAS" in err and "'x-y'" in err and "Traceback" not in err


def test_library_targets_refuse_a_bad_alias():
    from cbec_rag.backends import BackendSpec
    from cbec_rag.errors import QueryError

    for alias in BAD_ALIASES:
        with pytest.raises(QueryError, match="--milvus-alias"):
            BackendSpec("milvus", "x.db", alias)
        with pytest.raises(QueryError, match="--milvus-alias"):
            MilvusTarget("x.db", alias)
    assert MilvusTarget("x.db", "_ok_" + "a" * 196).alias  # 200 characters


# ----------------------------------------------------------------------------- 5. URIs in messages


def test_http_bodies_show_the_milvus_uri_without_credentials(tmp_path):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    _, index_dir, _ = _built(tmp_path, "creds")
    uri = f"http://admin:s3cret@127.0.0.1:{free_port()}/db1"
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=uri, milvus_alias="creds", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        public = uri.replace("admin:s3cret@", "").removesuffix("/db1")
        for r in (c.get("/ready"), c.post("/search", json={"question": "海外仓"})):
            detail = r.json()["detail"]
            assert r.status_code == 503 and public in detail, detail
            assert "s3cret" not in detail and "admin" not in detail and "***" not in detail, detail


def test_http_bodies_name_a_milvus_lite_file_by_its_file_name(tmp_path):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    _, index_dir, _ = _built(tmp_path, "lite_name")
    db = str(tmp_path / "secret_dir" / "inner" / "store.db")  # its folder does not exist: unreachable
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=db, milvus_alias="x", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        detail = c.get("/ready").json()["detail"]
    assert "unreachable" in detail and "Milvus at store.db failed" in detail, detail
    assert "secret_dir" not in detail and str(tmp_path) not in detail


def test_cli_messages_keep_the_uri_but_never_its_password(tmp_path, capsys):
    from cbec_rag.cli import main

    _, index_dir, _ = _built(tmp_path, "cli_creds")
    port = free_port()
    argv = ["search", "海外仓", "--index-dir", str(index_dir), "--backend", "milvus"]
    assert main([*argv, "--milvus-uri", f"http://admin:s3cret@127.0.0.1:{port}"]) == 3
    err = capsys.readouterr().err
    assert f"http://admin:***@127.0.0.1:{port}" in err and "s3cret" not in err
    assert main([*argv, "--milvus-uri", f"https://tok3n@127.0.0.1:{port}"]) == 3  # a token as userinfo
    err = capsys.readouterr().err
    assert f"https://***@127.0.0.1:{port}" in err and "tok3n" not in err


def test_uri_display_forms():
    from cbec_rag.backends.milvus_names import hide_secrets, public_uri, strip_userinfo

    assert public_uri("http://u:p@Milvus.internal:19530/db?x=1") == "http://Milvus.internal:19530"
    assert public_uri("https://milvus:443") == "https://milvus:443"
    assert public_uri("/srv/data/milvus.db") == "milvus.db" and public_uri("./m.db") == "m.db"
    assert (
        hide_secrets("at http://u:p@h:1 and https://tok@h:2/x") == "at http://u:***@h:1 and https://***@h:2/x"
    )
    assert strip_userinfo("see http://u:p@h:1/x") == "see http://h:1/x"
