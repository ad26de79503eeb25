"""The Milvus backend's lifecycle: clients closed after a swap, at shutdown and at CLI exit (a
milvus-lite file's lock freed), exact generation-collection names (a rebuild drops only its own
alias' leftovers) and cheap retries while Milvus is unreachable. Failure reporting, alias
validation and URIs in messages: tests/test_milvus_failures.py.

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

from conftest import built_milvus as _built  # noqa: E402
from conftest import write_corpus  # noqa: E402

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
        # (the service loads a Milvus index without FAISS: the stand-in searches a full load of it)
        return EmbeddedBackend(real_index(tiny_index))

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
