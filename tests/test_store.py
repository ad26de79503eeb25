import json
import shutil

import numpy as np
import pytest

from cbec_rag.embed import FakeEmbedder
from cbec_rag.errors import IndexCorruptError, IndexMismatchError, IndexNotBuiltError
from cbec_rag.indexer import build_index
from cbec_rag.store import current_generation, load_index


@pytest.fixture()
def built(tmp_path, tiny_corpus):
    index_dir = tmp_path / "index"
    build_index(tiny_corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return index_dir


def _gen(index_dir):
    return index_dir / "generations" / current_generation(index_dir)


def test_layout_and_manifest(built):
    gen = _gen(built)
    for name in ("documents.jsonl", "chunks.jsonl", "vectors.npy", "dense.faiss", "manifest.json"):
        assert (gen / name).is_file()
    manifest = json.loads((gen / "manifest.json").read_text())
    assert manifest["format_version"] == 2
    assert manifest["embedder"] == {"id": "fake:64", "spec": "fake:64", "dim": 64}
    assert manifest["counts"]["documents"] == 3 and manifest["counts"]["chunks"] > 3
    assert len(manifest["corpus"]["fingerprint"]) == 64
    assert set(manifest["chunker"]) >= {"max_tokens", "overlap_sentences"}
    idx = load_index(built)
    assert len(idx.chunks) == idx.vectors.shape[0] == idx.dense.ntotal == idx.bm25.n_docs


def test_missing_index_names_the_fix(tmp_path):
    with pytest.raises(IndexNotBuiltError, match="cbec-rag index --corpus"):
        load_index(tmp_path / "nope")


def test_a_file_or_a_documents_folder_is_named_for_what_it_is(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(IndexNotBuiltError, match="is a file, not a folder"):
        load_index(afile)
    docs = tmp_path / "my docs"
    docs.mkdir()
    (docs / "a.txt").write_text("跨境电商", encoding="utf-8")
    with pytest.raises(IndexNotBuiltError, match="holds documents, not an index") as e:
        load_index(docs)
    assert "--corpus '" in str(e.value)  # a path with a space, quoted for the shell


@pytest.mark.parametrize("damage", ["truncate_faiss", "delete_chunks", "flip_vectors", "drop_chunk_line"])
def test_corrupt_index_is_refused(built, damage):
    gen = _gen(built)
    if damage == "truncate_faiss":
        data = (gen / "dense.faiss").read_bytes()
        (gen / "dense.faiss").write_bytes(data[: len(data) // 2])
    elif damage == "delete_chunks":
        (gen / "chunks.jsonl").unlink()
    elif damage == "flip_vectors":
        data = bytearray((gen / "vectors.npy").read_bytes())
        data[-5] ^= 0xFF
        (gen / "vectors.npy").write_bytes(bytes(data))
    else:
        lines = (gen / "chunks.jsonl").read_text().splitlines()
        (gen / "chunks.jsonl").write_text("\n".join(lines[:-1]) + "\n")
    with pytest.raises(IndexCorruptError, match="cbec-rag index"):
        load_index(built)


def test_count_mismatch_caught_even_without_checksums(built):
    gen = _gen(built)
    lines = (gen / "chunks.jsonl").read_text().splitlines()
    (gen / "chunks.jsonl").write_text("\n".join(lines[:-1]) + "\n")
    with pytest.raises(IndexCorruptError):
        load_index(built, verify=False)


def test_old_format_is_a_mismatch(built):
    gen = _gen(built)
    m = json.loads((gen / "manifest.json").read_text())
    m["format_version"] = 0
    (gen / "manifest.json").write_text(json.dumps(m))
    with pytest.raises(IndexMismatchError, match="rebuild"):
        load_index(built)


def test_other_embedder_is_a_mismatch(built):
    from cbec_rag.pipeline import Pipeline

    with pytest.raises(IndexMismatchError, match="fake:64"):
        Pipeline.load(built, embedder=FakeEmbedder(32))


def test_rebuild_switches_generation_and_keeps_previous(built, tiny_corpus):
    first = current_generation(built)
    build_index(tiny_corpus, built, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    second = current_generation(built)
    assert second != first
    names = sorted(p.name for p in (built / "generations").iterdir())
    assert first in names and second in names
    build_index(tiny_corpus, built, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    assert first not in {p.name for p in (built / "generations").iterdir()}


def test_failed_build_leaves_live_index_untouched(built, tiny_corpus, monkeypatch):
    before = current_generation(built)
    from cbec_rag import store

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(store.DenseIndex, "save", boom)
    with pytest.raises(OSError):
        build_index(tiny_corpus, built, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    assert current_generation(built) == before
    assert not list((built / "generations").glob(".tmp-*"))
    load_index(built)


class CountingEmbedder(FakeEmbedder):
    def __init__(self):
        super().__init__(64)
        self.embedded = 0

    def embed(self, texts, role):
        self.embedded += len(texts)
        return super().embed(texts, role)


def test_reindex_embeds_only_new_chunks(tmp_path, tiny_corpus):
    corpus = tmp_path / "corpus"
    shutil.copytree(tiny_corpus, corpus)
    index_dir = tmp_path / "index"
    emb = CountingEmbedder()
    s1 = build_index(corpus, index_dir, embedder=emb, embedder_spec="fake:64")
    assert s1.embedded == s1.chunks
    (corpus / "new.txt").write_text("一、新增文件\n新增的海外仓政策说明。\n", encoding="utf-8")
    emb2 = CountingEmbedder()
    s2 = build_index(corpus, index_dir, embedder=emb2, embedder_spec="fake:64")
    assert s2.chunks > s1.chunks
    assert s2.embedded == s2.chunks - s1.chunks
    # the new document's sentences are embedded too (answer candidates), nothing else
    assert 0 < s2.sentences_embedded and emb2.embedded == s2.embedded + s2.sentences_embedded
    idx = load_index(index_dir)
    assert np.allclose(np.linalg.norm(idx.vectors, axis=1), 1.0, atol=1e-4)
