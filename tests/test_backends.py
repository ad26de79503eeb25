"""Search backends: the Milvus backend (milvus-lite, offline) against the embedded default.

Every test here uses one milvus-lite file per session and its own alias (collections are named
after the alias), on the tiny inline corpus of conftest with the fake embedder.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pymilvus")
pytest.importorskip("milvus_lite")

from conftest import free_port, write_corpus  # noqa: E402

from cbec_rag.backends import BackendSpec  # noqa: E402
from cbec_rag.backends.milvus import (  # noqa: E402
    MilvusBackend,
    MilvusTarget,
    collection_name,
    connect,
    live_collection,
)
from cbec_rag.backends.milvus_write import sync_collection  # noqa: E402
from cbec_rag.embed import FakeEmbedder  # noqa: E402
from cbec_rag.errors import IndexMismatchError  # noqa: E402
from cbec_rag.indexer import build_index  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402

QUESTIONS = [
    "海外仓补贴",
    "新建海外仓最高补贴多少？",
    "2023年全省跨境电商进出口额是多少？",
    "What are the problems of cross-border e-commerce talent and logistics costs?",
    "When did the province open a logistics hub at the airport?",
    "通关监管模式",
]


@pytest.fixture(scope="session")
def milvus_uri(tmp_path_factory) -> str:
    return str(tmp_path_factory.mktemp("milvus") / "milvus.db")


@pytest.fixture(scope="session")
def milvus_index(tmp_path_factory, tiny_corpus, milvus_uri) -> Path:
    """The tiny corpus indexed into a folder and the Milvus collection behind alias ``parity``."""
    index_dir = tmp_path_factory.mktemp("mindex")
    build_index(
        tiny_corpus,
        index_dir,
        embedder=FakeEmbedder(64),
        embedder_spec="fake:64",
        milvus=MilvusTarget(milvus_uri, alias="parity"),
    )
    return index_dir


def _ranked(pipe: Pipeline, q: str, mode: str, k: int = 8):
    return [(h.chunk.chunk_id, h.rank, h.ranks) for h in pipe.search(q, k=k, mode=mode).hits]


def test_milvus_ranks_as_the_embedded_backend(milvus_index, milvus_uri):
    embedded = Pipeline.load(milvus_index)
    milvus = Pipeline.load(milvus_index, backend=BackendSpec("milvus", milvus_uri, "parity"))
    assert milvus.backend.name == "milvus" and embedded.backend.name == "embedded"
    for q in QUESTIONS:
        for mode in ("hybrid", "bm25", "dense"):
            a = embedded.search(q, k=8, mode=mode).hits
            b = milvus.search(q, k=8, mode=mode).hits
            assert [h.chunk for h in b] == [h.chunk for h in a], (q, mode)
            assert [h.ranks for h in b] == [h.ranks for h in a], (q, mode)
            for x, y in zip(a, b, strict=True):
                assert y.score == pytest.approx(x.score, abs=1e-5)
                assert y.scores == pytest.approx(x.scores, abs=1e-5)
        ans_a = embedded.ask(q)
        ans_b = milvus.ask(q)
        assert (ans_b.text, ans_b.refused) == (ans_a.text, ans_a.refused), q


def test_a_milvus_pipeline_holds_no_faiss_index_and_maps_the_vectors_and_postings(milvus_index, milvus_uri):
    from cbec_rag.backends.embedded import EmbeddedBackend
    from cbec_rag.errors import IndexMismatchError

    pipe = Pipeline.load(milvus_index, backend=BackendSpec("milvus", milvus_uri, "parity"))
    assert pipe.index.dense is None and isinstance(pipe.index.vectors, np.memmap)
    assert isinstance(pipe.index.bm25._bm.scores["data"], np.memmap)  # the lexical side searches in Milvus
    assert pipe.search(QUESTIONS[0], k=3).hits
    with pytest.raises(IndexMismatchError, match="dense=True"):
        EmbeddedBackend(pipe.index)
    own = Pipeline.load(milvus_index).index  # the embedded default loads both
    assert own.dense is not None and not isinstance(own.bm25._bm.scores["data"], np.memmap)


def test_the_manifest_names_the_collection(milvus_index, milvus_uri):
    pipe = Pipeline.load(milvus_index)
    meta = pipe.index.manifest["backend"]
    assert meta["kind"] == "milvus" and meta["alias"] == "parity" and meta["sync"] == "full"
    assert live_collection(connect(MilvusTarget(milvus_uri, alias="parity")), "parity") == meta["collection"]


def test_a_collection_of_another_embedder_is_refused(milvus_index, milvus_uri):
    index = Pipeline.load(milvus_index).index
    with pytest.raises(
        IndexMismatchError, match=r"fake:64 \(64-d\) but other \(32-d\).*cbec-rag index --backend milvus"
    ):
        MilvusBackend(
            MilvusTarget(milvus_uri, alias="parity"), embedder_id="other", dim=32, vocab=index.bm25.vocab
        )


def test_no_collection_behind_the_alias_names_the_fix(milvus_index, milvus_uri):
    from cbec_rag.errors import IndexNotBuiltError

    with pytest.raises(IndexNotBuiltError, match="no Milvus collection behind alias nothing_here"):
        Pipeline.load(milvus_index, backend=BackendSpec("milvus", milvus_uri, "nothing_here"))


def test_unreachable_milvus_exits_3_naming_the_uri(milvus_index, capsys):
    from cbec_rag.cli import main

    uri = f"http://127.0.0.1:{free_port()}"
    assert (
        main(
            ["search", "海外仓", "--index-dir", str(milvus_index), "--backend", "milvus", "--milvus-uri", uri]
        )
        == 3
    )
    err = capsys.readouterr().err
    assert uri in err and "--milvus-uri" in err
    assert main(["index", "--corpus", "nowhere", "--index-dir", str(milvus_index), "--backend", "milvus",
                 "--milvus-uri", uri, "--quiet"]) == 3  # fmt: skip
    assert uri in capsys.readouterr().err


def test_milvus_without_a_uri_is_a_usage_error(milvus_index, capsys, monkeypatch):
    from cbec_rag.cli import main

    monkeypatch.delenv("CBEC_RAG_MILVUS_URI", raising=False)
    assert main(["search", "海外仓", "--index-dir", str(milvus_index), "--backend", "milvus"]) == 2
    assert "--milvus-uri" in capsys.readouterr().err
    monkeypatch.setenv("CBEC_RAG_BACKEND", "faiss")
    assert main(["search", "海外仓", "--index-dir", str(milvus_index)]) == 2
    assert "choose embedded or milvus" in capsys.readouterr().err


def test_service_unreachable_milvus_is_503_with_the_reason(milvus_index):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    uri = f"http://127.0.0.1:{free_port()}"
    settings = Settings(index_dir=milvus_index, backend="milvus", milvus_uri=uri, reload_poll_s=0)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        r = c.get("/ready")
        assert r.status_code == 503
        assert "unreachable" in r.json()["detail"] and uri in r.json()["detail"]
        assert c.post("/search", json={"question": "海外仓"}).status_code == 503


def test_service_milvus_failing_mid_query_is_503_never_a_partial_answer(milvus_index, milvus_uri):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    settings = Settings(
        index_dir=milvus_index, backend="milvus", milvus_uri=milvus_uri, milvus_alias="parity"
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        assert c.get("/ready").status_code == 200
        ok = c.post("/search", json={"question": "海外仓补贴"})
        assert ok.status_code == 200 and ok.json()["hits"]
        client = c.app.state.rag.pipeline.backend.client
        real = client.search
        calls = {"n": 0}

        def flaky(*a, **kw):  # the dense search fails after the lexical one answered
            calls["n"] += 1
            if kw.get("anns_field") == "dense":
                raise ConnectionError("connection reset by peer")
            return real(*a, **kw)

        client.search = flaky
        try:
            for path in ("/search", "/ask"):
                r = c.post(path, json={"question": "海外仓补贴"})
                assert r.status_code == 503, r.text
                assert "hits" not in r.json() and "answer" not in r.json()
                assert "Milvus" in r.json()["detail"]
        finally:
            client.search = real
        assert calls["n"] >= 2
        assert c.post("/search", json={"question": "海外仓补贴"}).status_code == 200


def _chunk_docs(pipe: Pipeline, q: str) -> set[str]:
    return {h.chunk.doc_id for h in pipe.search(q, k=20, mode="bm25").hits}


def test_adding_and_deleting_a_document_upserts_and_deletes_by_doc_id(tmp_path, milvus_uri):
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="updates")
    emb = FakeEmbedder(64)
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    first = Pipeline.load(index_dir).index.manifest["backend"]
    spec = BackendSpec("milvus", milvus_uri, "updates")

    (corpus / "extra_zh.txt").write_text("海关总署发布跨境电商零售进口退货监管新规。\n", encoding="utf-8")
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    added = Pipeline.load(index_dir, backend=spec)
    meta = added.index.manifest["backend"]
    assert meta["sync"] == "incremental" and meta["collection"] == first["collection"]
    n_extra = sum(c.doc_id == "extra_zh" for c in added.index.chunks)
    assert meta["inserted"] == n_extra >= 1 and meta["deleted"] == 0
    assert "extra_zh" in _chunk_docs(added, "退货监管新规")

    (corpus / "report_zh.txt").unlink()
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    deleted = Pipeline.load(index_dir, backend=spec)
    meta = deleted.index.manifest["backend"]
    assert meta["sync"] == "incremental" and meta["deleted"] >= 1 and meta["inserted"] == 0
    client = connect(target)
    left = client.query(meta["collection"], filter='doc_id == "report_zh"', output_fields=["chunk_id"])
    assert left == []
    assert "report_zh" not in _chunk_docs(deleted, "跨境电商人才短缺")
    rows = client.query(meta["collection"], filter='chunk_id != ""', output_fields=["chunk_id"])
    assert sorted(r["chunk_id"] for r in rows) == sorted(c.chunk_id for c in deleted.index.chunks)


def test_a_killed_rebuild_leaves_the_alias_on_the_old_complete_collection(tmp_path, milvus_uri):
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="killed")
    emb = FakeEmbedder(64)
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    pipe = Pipeline.load(index_dir, backend=BackendSpec("milvus", milvus_uri, "killed"))
    old = live_collection(pipe.backend.client, "killed")
    before = _ranked(pipe, "海外仓补贴", "hybrid")

    class Killed(BaseException):
        pass

    def kill(name: str) -> None:
        raise Killed(name)

    idx = pipe.index
    from cbec_rag.chunk import index_text
    from cbec_rag.tokenize import tokenize

    with pytest.raises(Killed) as e:
        sync_collection(
            target,
            generation="second",
            chunks=idx.chunks,
            vectors=idx.vectors,
            tokens=[tokenize(index_text(c)) for c in idx.chunks],
            embedder_id=emb.id,
            dim=emb.dim,
            rebuild=True,
            before_switch=kill,
        )
    assert str(e.value.args[0]) == collection_name("killed", "second")
    client = connect(target)
    assert live_collection(client, "killed") == old
    assert _ranked(pipe, "海外仓补贴", "hybrid") == before
    assert collection_name("killed", "second") in client.list_collections()  # the leftover
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target, milvus_rebuild=True)
    names = [n for n in client.list_collections() if n.startswith("killed__")]
    assert names == [live_collection(client, "killed")] and old not in names


def test_queries_keep_answering_while_the_alias_switches(tmp_path, milvus_uri):
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="switch")
    emb = FakeEmbedder(64)
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    pipe = Pipeline.load(index_dir, embedder=emb, backend=BackendSpec("milvus", milvus_uri, "switch"))
    want = {q: _ranked(pipe, q, "hybrid") for q in QUESTIONS}
    stop = threading.Event()
    errors: list[BaseException] = []
    answered = {"n": 0}

    def ask() -> None:
        while not stop.is_set():
            for q in QUESTIONS:
                try:
                    got = _ranked(pipe, q, "hybrid")
                    assert got == want[q], q
                    answered["n"] += 1
                except BaseException as e:  # noqa: BLE001 - collected for the assertion below
                    errors.append(e)
                    return

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for t in threads:
        t.start()
    seen = {live_collection(pipe.backend.client, "switch")}
    try:
        for _ in range(3):
            build_index(
                corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target, milvus_rebuild=True
            )
            seen.add(live_collection(pipe.backend.client, "switch"))
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert not errors, errors[:1]
    assert len(seen) == 4 and answered["n"] > 0
    names = [n for n in pipe.backend.client.list_collections() if n.startswith("switch__")]
    assert len(names) == 1  # each old collection was dropped after its switch


def test_embedded_stays_the_default(tiny_pipeline):
    assert tiny_pipeline.backend.name == "embedded"


def test_compose_runs_milvus_standalone_behind_a_profile() -> None:
    import yaml

    root = Path(__file__).resolve().parents[1]
    spec = yaml.safe_load((root / "deploy" / "docker-compose.yml").read_text(encoding="utf-8"))
    services = spec["services"]
    for name in ("etcd", "minio", "milvus"):
        assert services[name]["profiles"] == ["milvus"], name
    assert services["milvus"]["environment"]["ETCD_ENDPOINTS"] == "etcd:2379"
    for name in ("index", "api"):
        svc = services[name]
        assert svc["environment"]["CBEC_RAG_BACKEND"] == "${CBEC_RAG_BACKEND:-embedded}"
        assert svc["environment"]["CBEC_RAG_MILVUS_URI"].endswith("http://milvus:19530}")
        assert svc["depends_on"]["milvus"] == {"condition": "service_healthy", "required": False}
    assert "milvus" not in services["api"].get("profiles", [])  # the default stack is unchanged


def test_service_on_milvus_picks_up_a_new_generation(tmp_path, milvus_uri):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="svc")
    emb = FakeEmbedder(64)
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    settings = Settings(
        index_dir=index_dir, backend="milvus", milvus_uri=milvus_uri, milvus_alias="svc", reload_poll_s=0
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        first = c.post("/search", json={"question": "退货监管新规", "k": 10}).json()
        assert "extra_zh" not in {h["doc_id"] for h in first["hits"]}
        (corpus / "extra_zh.txt").write_text("海关总署发布跨境电商零售进口退货监管新规。\n", encoding="utf-8")
        build_index(
            corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target, milvus_rebuild=True
        )
        # the old generation still answers (its chunks are all in the new collection)
        assert c.post("/search", json={"question": "海外仓补贴"}).status_code == 200
        assert c.post("/admin/reload").json()["status"] == "reloaded"
        r = c.post("/search", json={"question": "退货监管新规", "k": 10}).json()
        assert r["index_version"] != first["index_version"]
        assert r["hits"][0]["doc_id"] == "extra_zh"


_KILL_SCRIPT = """
import os, signal, sys
from pathlib import Path
from cbec_rag.backends.milvus import MilvusTarget
from cbec_rag.backends.milvus_write import sync_collection
from cbec_rag.chunk import index_text
from cbec_rag.embed import FakeEmbedder
from cbec_rag.store import load_index
from cbec_rag.tokenize import tokenize

idx = load_index(Path(sys.argv[2]))
emb = FakeEmbedder(64)
sync_collection(
    MilvusTarget(sys.argv[1], alias="kill9"), generation="doomed", chunks=idx.chunks, vectors=idx.vectors,
    tokens=[tokenize(index_text(c)) for c in idx.chunks], embedder_id=emb.id, dim=emb.dim, rebuild=True,
    before_switch=lambda name: os.kill(os.getpid(), signal.SIGKILL),
)
"""


@pytest.mark.slow
def test_kill_9_before_the_switch_leaves_the_old_collection_live(tmp_path):
    """A real kill -9 of a build at the last moment before the alias moves (the new collection
    complete): the milvus-lite file opens again and the alias names the old collection. Every
    step runs in its own process (milvus-lite: one process per file)."""
    import os
    import subprocess
    import sys

    uri = str(tmp_path / "kill.db")
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    build = [
        sys.executable,
        "-m",
        "cbec_rag.cli",
        "index",
        "--corpus",
        str(corpus),
        "--index-dir",
        str(index_dir),
    ]
    build += [
        "--embedder",
        "fake:64",
        "--backend",
        "milvus",
        "--milvus-uri",
        uri,
        "--milvus-alias",
        "kill9",
        "--quiet",
    ]
    r = subprocess.run(build, env=env, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    old = Pipeline.load(index_dir).index.manifest["backend"]["collection"]
    r = subprocess.run(
        [sys.executable, "-c", _KILL_SCRIPT, uri, str(index_dir)], env=env, capture_output=True, timeout=120
    )
    assert r.returncode == -9, r.stderr.decode()[-2000:]
    pipe = Pipeline.load(index_dir, backend=BackendSpec("milvus", uri, "kill9"))
    assert pipe.backend.collection == old
    assert pipe.search("海外仓补贴", k=3).hits
    assert collection_name("kill9", "doomed") in pipe.backend.client.list_collections()  # the leftover
    target = MilvusTarget(uri, alias="kill9")
    build_index(
        corpus,
        index_dir,
        embedder=FakeEmbedder(64),
        embedder_spec="fake:64",
        milvus=target,
        milvus_rebuild=True,
    )
    names = [n for n in pipe.backend.client.list_collections() if n.startswith("kill9__")]
    assert len(names) == 1 and old not in names


def test_service_settings_refuse_milvus_without_a_uri(monkeypatch):
    from pydantic import ValidationError

    from service.settings import Settings

    monkeypatch.delenv("CBEC_RAG_MILVUS_URI", raising=False)
    with pytest.raises(ValidationError, match="CBEC_RAG_MILVUS_URI"):
        Settings(backend="milvus")
    monkeypatch.setenv("CBEC_RAG_BACKEND", "milvus")
    monkeypatch.setenv("CBEC_RAG_MILVUS_URI", "http://127.0.0.1:19530")
    spec = Settings().backend_spec()
    assert (spec.kind, spec.milvus_uri, spec.milvus_alias) == ("milvus", "http://127.0.0.1:19530", "cbec_rag")


def _lite_server(data_dir: Path, port: int):
    """A ``milvus-lite server`` process (the way several processes share one milvus-lite store)."""
    import shutil as _shutil
    import socket
    import subprocess
    import sys
    import time

    exe = _shutil.which("milvus-lite") or str(Path(sys.executable).with_name("milvus-lite"))
    proc = subprocess.Popen(
        [exe, "server", "--data-dir", str(data_dir), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        time.sleep(0.1)
    proc.kill()
    pytest.fail("milvus-lite server did not start")


def test_a_milvus_server_by_http_uri_and_its_loss_mid_session(tmp_path):
    """The same code path on ``http://``: a milvus-lite server process; when it dies the service
    answers 503 naming the URI (never a partial answer), and answers again once it is back."""
    import time

    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    port = free_port()
    uri = f"http://127.0.0.1:{port}"
    server = _lite_server(tmp_path / "data", port)
    try:
        corpus = write_corpus(tmp_path / "corpus")
        index_dir = tmp_path / "index"
        build_index(
            corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64", milvus=MilvusTarget(uri)
        )
        settings = Settings(index_dir=index_dir, backend="milvus", milvus_uri=uri, reload_poll_s=0)
        with TestClient(create_app(settings), raise_server_exceptions=False) as c:
            assert c.get("/ready").status_code == 200
            ok = c.post("/ask", json={"question": "新建海外仓最高补贴多少？"})
            assert ok.status_code == 200 and ok.json()["citations"]
            server.kill()
            server.wait(timeout=30)
            r = c.post("/ask", json={"question": "新建海外仓最高补贴多少？"})
            assert r.status_code == 503 and uri in r.json()["detail"] and "answer" not in r.json()
            server = _lite_server(tmp_path / "data", port)
            deadline = time.monotonic() + 30  # pymilvus reconnects by itself, after a backoff
            while (r := c.post("/ask", json={"question": "新建海外仓最高补贴多少？"})).status_code == 503:
                assert time.monotonic() < deadline, r.json()
                time.sleep(0.5)
            assert r.status_code == 200 and r.json()["answer"] == ok.json()["answer"]
    finally:
        server.kill()
        server.wait(timeout=30)


def test_uploads_and_deletes_through_the_service_upsert_and_delete_in_milvus(tmp_path, milvus_uri):
    import time

    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    key = "test-key-0123456789abcdef"
    auth = {"X-API-Key": key}
    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="uploads")
    build_index(corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64", milvus=target)
    settings = Settings(
        index_dir=index_dir, corpus_dir=corpus, api_key=key, reload_poll_s=0,
        backend="milvus", milvus_uri=milvus_uri, milvus_alias="uploads",
    )  # fmt: skip
    doc = "关于保税仓租金补贴的通知\n一、补贴标准\n保税仓租金补贴为每平方米每月30元，补贴期限三年。\n"
    question = "保税仓租金补贴是多少？"
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        up = c.post(
            "/documents", files={"file": ("bonded.txt", doc.encode())}, headers=auth, params={"wait": "true"}
        )
        assert up.status_code in (200, 201, 202) and up.json()["job"]["status"] == "done", up.text
        doc_id = up.json()["doc_id"]
        manifest = c.app.state.rag.pipeline.index.manifest["backend"]
        assert manifest["sync"] == "incremental" and manifest["inserted"] >= 1
        cited = c.post("/ask", json={"question": question}).json()
        assert doc_id in {x["doc_id"] for x in cited["citations"]}
        r = c.delete(f"/documents/{doc_id}", headers=auth)
        assert r.status_code == 202, r.text
        job_id = r.json()["job"]["id"]
        deadline = time.monotonic() + 30
        while c.get(f"/jobs/{job_id}", headers=auth).json()["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert c.get(f"/jobs/{job_id}", headers=auth).json()["status"] == "done"
        client = connect(target)
        live = live_collection(client, "uploads")
        assert client.query(live, filter=f'doc_id == "{doc_id}"', output_fields=["chunk_id"]) == []
        s = c.post("/search", json={"question": question, "k": 50}).json()
        assert doc_id not in {h["doc_id"] for h in s["hits"]}


def test_rows_the_loaded_generation_does_not_know_leave_an_empty_pool(milvus_index, milvus_uri):
    # every row Milvus returns belongs to chunks of another generation (e.g. a rebuild with another
    # chunk size behind the same alias): no hits, not an error
    from cbec_rag.backends.base import CandidateQuery
    from cbec_rag.backends.milvus import MilvusBackend

    pipe = Pipeline.load(milvus_index)
    backend = MilvusBackend(
        MilvusTarget(milvus_uri, alias="parity"),
        embedder_id=pipe.embedder.id,
        dim=pipe.embedder.dim,
        vocab=pipe.index.bm25.vocab,
        known={},
    )
    q = QUESTIONS[0]
    vec = pipe.retriever.query_vector(q)
    got = backend.candidates(CandidateQuery({t: 1.0 for t in list(pipe.index.bm25.vocab)[:5]}, vec, 8))
    assert got.size == 0 and got.raw["dense"].shape == (0,) and got.ranked["dense"].size == 0


def test_a_reload_refused_while_milvus_was_down_is_retried_even_while_serving():
    # an upload's new generation refused during a short Milvus outage: CURRENT no longer changes,
    # so the poll must retry because the backend was down, with the old generation still served
    from types import SimpleNamespace

    from service.app import _needs_reload

    serving = SimpleNamespace(pipeline=object(), pointer="g2", backend_down=True)
    assert _needs_reload(serving, "g2")
    assert not _needs_reload(SimpleNamespace(pipeline=object(), pointer="g2", backend_down=False), "g2")
    assert _needs_reload(SimpleNamespace(pipeline=None, pointer="g1", backend_down=False), "g2")


def test_a_changed_heading_reembeds_its_chunks_though_their_ids_stay(tmp_path, milvus_uri):
    # a chunk id hashes the document, offsets and text; the vectors also read the heading path:
    # a heading edited to the same length keeps every id but must not keep the old vectors
    corpus = tmp_path / "corpus"
    body = "".join(f"第{i}项：支持企业开展跨境电商进口业务，对新设海外仓给予一次性补贴。" for i in range(60))
    doc = f"# 甲市通知\n\n## 2023年进口措施\n\n{body}\n"  # long: later chunks hold only the section
    write_corpus(corpus, {"notice_zh.md": doc})
    index_dir = tmp_path / "index"
    target = MilvusTarget(milvus_uri, alias="headings")
    emb = FakeEmbedder(64)
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    before = {c.chunk_id: c.section for c in Pipeline.load(index_dir).index.chunks}
    (corpus / "notice_zh.md").write_text(doc.replace("2023年", "2024年"), encoding="utf-8")
    build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64", milvus=target)
    pipe = Pipeline.load(index_dir)
    meta = pipe.index.manifest["backend"]
    changed = [c for c in pipe.index.chunks if c.chunk_id in before and before[c.chunk_id] != c.section]
    fresh = [c for c in pipe.index.chunks if c.chunk_id not in before]  # the chunk holding the heading
    assert changed and meta["sync"] == "incremental" and meta["inserted"] == len(changed) + len(fresh)
    client = connect(target)  # the build closed its client: the milvus-lite file opens afresh, released
    client.load_collection(meta["collection"])
    rows = client.query(meta["collection"], ids=[c.chunk_id for c in changed], output_fields=["section"])
    assert rows and all("2024年" in r["section"] for r in rows)


def test_a_search_that_timed_out_is_not_retried():
    # a hung server: the first search waited the whole timeout; a retry would hold the request
    # (and a worker thread) for as long again before the 503
    import time as _time

    import numpy as np

    from cbec_rag.backends.base import CandidateQuery
    from cbec_rag.backends.milvus import MilvusBackend
    from cbec_rag.errors import BackendUnavailableError

    calls = []

    class Hung:
        def search(self, *a, **kw):
            calls.append(1)
            _time.sleep(0.12)
            raise TimeoutError("deadline exceeded")

    backend = object.__new__(MilvusBackend)  # (no server: only the search path is exercised)
    backend.target = MilvusTarget("http://127.0.0.1:1", alias="hung", timeout_s=0.1)
    backend.client, backend.known, backend.vocab = Hung(), {}, None
    with pytest.raises(BackendUnavailableError, match="127.0.0.1:1"):
        backend.candidates(CandidateQuery(None, np.ones(4, dtype=np.float32), 5))
    assert calls == [1]
