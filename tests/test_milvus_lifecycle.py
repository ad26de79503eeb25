"""The Milvus backend's lifecycle and failure reporting: clients closed after a swap, at shutdown
and at CLI exit (a milvus-lite file's lock freed), which failures are "unreachable" and which are
"rebuild it", exact generation-collection names, alias validation, and URIs in HTTP bodies.

Tests that check a milvus-lite file's lock use a file of their own (another test's open client
on a shared file would keep it locked).
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

pytest.importorskip("pymilvus")
pytest.importorskip("milvus_lite")

from conftest import free_port, write_corpus  # noqa: E402

from cbec_rag.backends.milvus import MilvusTarget  # noqa: E402
from cbec_rag.embed import FakeEmbedder  # noqa: E402
from cbec_rag.indexer import build_index  # noqa: E402


def _locked(db: str) -> bool:
    """Whether some open file description holds the milvus-lite file's data-dir lock (flock is
    per open file, so this process' own in-process server counts)."""
    import fcntl

    lock = Path(db) / "LOCK"
    if not lock.exists():
        return False
    with open(lock, "a+") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f, fcntl.LOCK_UN)
        return False


def _built(tmp_path: Path, alias: str) -> tuple[Path, Path, str]:
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    db = str(tmp_path / "own.db")
    build_index(
        corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64", milvus=MilvusTarget(db, alias)
    )
    return corpus, index_dir, db


# ----------------------------------------------------------------------------- 1. closing clients


def test_cli_and_build_leave_the_milvus_lite_file_unlocked(tmp_path, capsys):
    from cbec_rag.cli import main

    _, index_dir, db = _built(tmp_path, "cli")
    assert not _locked(db)  # the build closed its client: another process may open the file now
    argv = ["search", "海外仓补贴", "--json", "--index-dir", str(index_dir)]
    assert main([*argv, "--backend", "milvus", "--milvus-uri", db, "--milvus-alias", "cli"]) == 0
    assert '"hits"' in capsys.readouterr().out
    assert not _locked(db)


def test_service_shutdown_closes_the_backend_and_frees_the_file(tmp_path):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    _, index_dir, db = _built(tmp_path, "shut")
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=db, milvus_alias="shut", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        assert c.post("/search", json={"question": "海外仓补贴"}).status_code == 200
        assert _locked(db)
        backend = c.app.state.rag.pipeline.backend
    assert backend.client is None and not _locked(db)


def test_a_swapped_out_backend_is_closed_once_no_request_holds_it(tmp_path):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    corpus, index_dir, db = _built(tmp_path, "swap")
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=db, milvus_alias="swap", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        state = c.app.state.rag
        held = state.pipeline  # as a request in flight holds it
        old = held.backend
        build_index(corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64",
                    milvus=MilvusTarget(db, "swap"), milvus_rebuild=True)  # fmt: skip
        assert c.post("/admin/reload").json()["status"] == "reloaded"
        assert state.pipeline is not held and state.pipeline.backend is not old
        assert old.client is not None and held.search("海外仓补贴", k=3).hits  # still usable while held
        del held
        gc.collect()
        assert old.client is None  # closed once released
        assert c.post("/search", json={"question": "海外仓补贴"}).status_code == 200  # the new one serves


def test_a_refused_collection_leaves_no_client_open(tmp_path):
    from cbec_rag.backends.milvus import MilvusBackend
    from cbec_rag.errors import IndexMismatchError
    from cbec_rag.store import load_index

    _, index_dir, db = _built(tmp_path, "refused")
    vocab = load_index(index_dir).bm25.vocab
    with pytest.raises(IndexMismatchError):
        MilvusBackend(MilvusTarget(db, "refused"), embedder_id="other", dim=32, vocab=vocab)
    assert not _locked(db)


def test_pipeline_close_is_idempotent_and_embedded_close_is_a_no_op(tiny_pipeline, tmp_path):
    from cbec_rag.backends import BackendSpec
    from cbec_rag.pipeline import Pipeline

    tiny_pipeline.close()  # the embedded backend: nothing to release, still searchable
    assert tiny_pipeline.search("海外仓", k=1).hits
    _, index_dir, db = _built(tmp_path, "twice")
    with Pipeline.load(index_dir, backend=BackendSpec("milvus", db, "twice")) as pipe:
        assert pipe.search("海外仓补贴", k=2).hits
    pipe.close()
    assert pipe.backend.client is None and not _locked(db)
    assert os.path.isdir(db)


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


# ----------------------------------------------------------------------------- 3. exact names


def test_a_rebuild_drops_only_its_own_alias_generations(tmp_path):
    """Aliases ``cb``, ``cb_`` and ``cb__gx`` share a file; collections named like ``cb``'s
    generations but behind another alias stay too. A full rebuild of ``cb`` drops exactly its
    old generation."""
    from cbec_rag.backends import BackendSpec
    from cbec_rag.backends.milvus import collection_name, connect, disconnect, live_collection
    from cbec_rag.pipeline import Pipeline

    corpus = write_corpus(tmp_path / "corpus")
    db = str(tmp_path / "shared.db")
    emb = FakeEmbedder(64)
    dirs = {}
    for alias in ("cb", "cb_", "cb__gx"):
        dirs[alias] = tmp_path / f"index_{alias}"
        build_index(
            corpus, dirs[alias], embedder=emb, embedder_spec="fake:64", milvus=MilvusTarget(db, alias)
        )
    client = connect(MilvusTarget(db, "cb"))
    try:
        old = live_collection(client, "cb")
        others = {a: live_collection(client, a) for a in ("cb_", "cb__gx")}
        assert all(n.startswith("cb__") for n in others.values())  # what a prefix "cb__" would claim
        pinned = collection_name("cb", "pinned")  # named like cb's, but another alias points to it
        client.create_collection(pinned, dimension=4)
        client.create_alias(pinned, "keep_me")
    finally:
        disconnect(client, db)
    build_index(corpus, dirs["cb"], embedder=emb, embedder_spec="fake:64", milvus=MilvusTarget(db, "cb"),
                milvus_rebuild=True)  # fmt: skip
    client = connect(MilvusTarget(db, "cb"))
    try:
        names = set(client.list_collections())
        assert old not in names and live_collection(client, "cb") in names
        assert set(others.values()) | {pinned} <= names
        assert {a: live_collection(client, a) for a in others} == others
    finally:
        disconnect(client, db)
    for alias in others:
        with Pipeline.load(dirs[alias], backend=BackendSpec("milvus", db, alias)) as pipe:
            assert pipe.search("海外仓补贴", k=2).hits


def test_generation_names_parse_one_way():
    from cbec_rag.backends.milvus_names import collection_name, generation_of

    assert collection_name("cbec", "20250101T120000_abc123") == "cbec__g20250101T120000_abc123"
    assert collection_name("cbec", "-a..b-") == "cbec__ga_b"  # runs of other characters: one _
    assert generation_of("cbec__g20250101T120000_abc123", "cbec") == "20250101T120000_abc123"
    for alias, name in [("cbec", "cbec_test__g1"), ("cbec", "cbec___g1"), ("cbec", "cbec__gx__g1"),
                        ("cbec", "cbec__g1_"), ("cbec", "cbec__g"), ("cbec_", "cbec__g1")]:  # fmt: skip
        assert generation_of(name, alias) is None, (alias, name)
    assert generation_of("cbec___g1", "cbec_") == "1" and generation_of("cbec__gx__g1", "cbec__gx") == "1"


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


# ----------------------------------------------------------------------------- 6. cheap retries


def test_retries_while_milvus_is_unreachable_reload_neither_index_nor_model(tiny_index, monkeypatch):
    import cbec_rag.embed
    import cbec_rag.pipeline
    import cbec_rag.store
    from cbec_rag.backends import EmbeddedBackend
    from cbec_rag.errors import BackendUnavailableError
    from service.app import _needs_reload
    from service.settings import Settings
    from service.state import ServiceState

    loads = {"index": 0, "embedder": 0, "backend": 0}
    real_index, real_embedder = cbec_rag.store.load_index, cbec_rag.embed.load_embedder
    down = {"on": True}

    def load_index(*a, **kw):
        loads["index"] += 1
        return real_index(*a, **kw)

    def load_embedder(*a, **kw):
        loads["embedder"] += 1
        return real_embedder(*a, **kw)

    def open_backend(spec, index, **kw):  # a fake Milvus: unreachable until "started"
        loads["backend"] += 1
        if down["on"]:
            raise BackendUnavailableError("Milvus at http://127.0.0.1:1 failed while connecting (refused)")
        return EmbeddedBackend(index)

    monkeypatch.setattr(cbec_rag.store, "load_index", load_index)
    monkeypatch.setattr(cbec_rag.embed, "load_embedder", load_embedder)
    monkeypatch.setattr(cbec_rag.pipeline, "open_backend", open_backend)
    state = ServiceState(Settings(index_dir=tiny_index, backend="milvus", milvus_uri="http://127.0.0.1:1"))
    state.load()
    assert state.pipeline is None and state.backend_down
    for _ in range(3):  # the poll, while Milvus stays down
        assert _needs_reload(state, state.pointer_text())
        assert state.reload(reason="poll")["status"] == "not ready"
    assert loads == {"index": 1, "embedder": 1, "backend": 4}
    real_current = cbec_rag.store.current_generation
    monkeypatch.setattr(cbec_rag.store, "current_generation", lambda d: "another_generation")
    assert state.reload(reason="poll")["status"] == "not ready"  # CURRENT moved on: loaded anew
    assert loads == {"index": 2, "embedder": 2, "backend": 5}
    monkeypatch.setattr(cbec_rag.store, "current_generation", real_current)
    assert state.reload(reason="poll")["status"] == "not ready"
    assert state.reload(reason="poll")["status"] == "not ready"
    assert loads == {"index": 3, "embedder": 3, "backend": 7}
    down["on"] = False
    assert state.reload(reason="poll")["status"] == "reloaded"
    assert loads == {"index": 3, "embedder": 3, "backend": 8}
    assert state.pipeline.search("海外仓补贴", k=2).hits and not state.backend_down
    assert state._unreached is None
    state.close()
