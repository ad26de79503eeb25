"""An outside store that changes with the index (a Milvus collection) is changed only once the local
generation's files are written, and the switch waits for it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from cbec_rag.backends import milvus as milvus_mod
from cbec_rag.backends import milvus_write
from cbec_rag.backends.milvus import MilvusTarget
from cbec_rag.bm25 import BM25Index
from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index
from cbec_rag.store import read_manifest


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(
        "# 海外仓\n\n新建海外仓最高补贴200万元。\n\nOverseas warehouses get support.\n", "utf-8"
    )
    return corpus


@pytest.fixture
def fake_milvus(monkeypatch):
    calls: list[dict] = []
    monkeypatch.setattr(milvus_mod, "connect", lambda target: object())

    def sync(target, **kw):
        calls.append(kw)
        if kw.get("fail"):
            raise RuntimeError("boom")
        return SimpleNamespace(
            collection=f"{target.alias}__{kw['generation']}", mode="new", inserted=3, deleted=0
        )

    monkeypatch.setattr(milvus_write, "sync_collection", sync)
    return calls


def test_the_collection_is_synced_after_the_local_files_are_written_and_named_in_the_manifest(
    tmp_path, fake_milvus, monkeypatch
):
    index_dir = tmp_path / "index"
    seen: list[bool] = []
    real = milvus_write.sync_collection

    def sync(target, **kw):
        tmp = list((index_dir / "generations").glob(".tmp-*"))
        seen.append(len(tmp) == 1 and (tmp[0] / "chunks.jsonl").is_file() and (tmp[0] / "bm25").exists())
        return real(target, **kw)

    monkeypatch.setattr(milvus_write, "sync_collection", sync)
    build_index(
        _corpus(tmp_path),
        index_dir,
        embedder=FakeEmbedder(16),
        embedder_spec="fake:16",
        milvus=MilvusTarget("x.db"),
    )
    assert seen == [True]
    _, _, manifest = read_manifest(index_dir)
    assert manifest["backend"]["collection"].startswith("cbec_rag__") and manifest["backend"]["inserted"] == 3


def test_a_build_that_cannot_write_its_files_leaves_the_collection_untouched(
    tmp_path, fake_milvus, monkeypatch
):
    index_dir = tmp_path / "index"
    corpus = _corpus(tmp_path)
    build_index(
        corpus, index_dir, embedder=FakeEmbedder(16), embedder_spec="fake:16", milvus=MilvusTarget("x.db")
    )
    live = (index_dir / "CURRENT").read_text()
    (corpus / "b.md").write_text("# 退税\n\n出口退税平均办理时间压缩至3个工作日。\n", "utf-8")

    def full_disk(self, path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(BM25Index, "save", full_disk)
    with pytest.raises(OSError):
        build_index(
            corpus, index_dir, embedder=FakeEmbedder(16), embedder_spec="fake:16", milvus=MilvusTarget("x.db")
        )
    assert len(fake_milvus) == 1  # only the first build's sync
    assert (index_dir / "CURRENT").read_text() == live
    assert not list((index_dir / "generations").glob(".tmp-*"))


def test_a_failed_sync_leaves_the_live_generation_as_it_was(tmp_path, fake_milvus, monkeypatch):
    index_dir = tmp_path / "index"
    corpus = _corpus(tmp_path)
    build_index(
        corpus, index_dir, embedder=FakeEmbedder(16), embedder_spec="fake:16", milvus=MilvusTarget("x.db")
    )
    live = (index_dir / "CURRENT").read_text()
    gens = sorted(p.name for p in (index_dir / "generations").iterdir())
    (corpus / "b.md").write_text("# 退税\n\n出口退税平均办理时间压缩至3个工作日。\n", "utf-8")

    def down(target, **kw):
        raise milvus_mod.BackendUnavailableError("Milvus went away")

    monkeypatch.setattr(milvus_write, "sync_collection", down)
    with pytest.raises(milvus_mod.BackendUnavailableError):
        build_index(
            corpus, index_dir, embedder=FakeEmbedder(16), embedder_spec="fake:16", milvus=MilvusTarget("x.db")
        )
    assert (index_dir / "CURRENT").read_text() == live
    assert sorted(p.name for p in (index_dir / "generations").iterdir()) == gens
