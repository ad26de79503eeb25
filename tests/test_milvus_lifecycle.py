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
