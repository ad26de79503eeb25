"""Tests of cbec_rag.dense.DenseIndex (faiss-cpu)."""

from __future__ import annotations

import numpy as np
import pytest

from cbec_rag import dense
from cbec_rag.dense import DenseIndex
from cbec_rag.errors import IndexCorruptError


def _unit(rng: np.random.Generator, n: int, d: int) -> np.ndarray:
    x = rng.standard_normal((n, d)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(7)
    return _unit(rng, 500, 32), _unit(rng, 20, 32)


def test_flat_top_k_equals_numpy(data):
    x, qs = data
    idx = DenseIndex.build(x, "flat")
    assert (idx.kind, idx.ntotal, idx.dim) == ("flat", 500, 32)
    assert idx.ef_search is None
    for q in qs:
        scores, ids = idx.search(q, 10)
        exact = x @ q
        expected = np.argsort(-exact, kind="stable")[:10]
        assert ids.dtype == np.int64 and scores.dtype == np.float32
        np.testing.assert_array_equal(ids, expected)
        np.testing.assert_allclose(scores, exact[expected], rtol=1e-5, atol=1e-5)
    bs, bi = idx.search_batch(qs, 10)
    assert bs.shape == bi.shape == (20, 10)
    np.testing.assert_array_equal(bi, np.argsort(-(qs @ x.T), axis=1, kind="stable")[:, :10])


def test_hnsw_recall_at_10_vs_flat():
    rng = np.random.default_rng(0)
    x, qs = _unit(rng, 5000, 128), _unit(rng, 100, 128)
    flat = DenseIndex.build(x, "flat")
    hnsw = DenseIndex.build(x, "hnsw")
    assert hnsw.kind == "hnsw" and hnsw.ef_search == dense.HNSW_EF_SEARCH
    _, truth = flat.search_batch(qs, 10)
    _, approx = hnsw.search_batch(qs, 10)
    recall = np.mean([len(set(a) & set(t)) / 10 for a, t in zip(approx, truth, strict=True)])
    assert recall >= 0.9, recall
    hnsw.ef_search = 16
    assert hnsw.ef_search == 16
    with pytest.raises(ValueError):
        flat.ef_search = 10
    with pytest.raises(ValueError):
        hnsw.ef_search = 0


def test_auto_kind_threshold(data):
    x, _ = data
    assert DenseIndex.build(x).kind == "flat"
    assert DenseIndex.build(x, auto_threshold=500).kind == "hnsw"
    assert DenseIndex.build(x, auto_threshold=501).kind == "flat"
    with pytest.raises(ValueError):
        DenseIndex.build(x, "ivf")


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_save_load_roundtrip(tmp_path, data, kind):
    x, qs = data
    idx = DenseIndex.build(x, kind)
    if kind == "hnsw":
        idx.ef_search = 64
    path = tmp_path / "dense.faiss"
    idx.save(path)
    back = DenseIndex.load(path, expected_dim=32, expected_count=500)
    assert (back.kind, back.ntotal, back.dim) == (kind, 500, 32)
    if kind == "hnsw":
        assert back.ef_search == 64
    a = idx.search_batch(qs, 5)
    b = back.search_batch(qs, 5)
    np.testing.assert_array_equal(a[1], b[1])
    np.testing.assert_allclose(a[0], b[0])


def test_k_clipping_and_empty_index(data):
    x, qs = data
    small = DenseIndex.build(x[:3], "flat")
    scores, ids = small.search(qs[0], 10)
    assert len(ids) == len(scores) == 3
    assert sorted(ids.tolist()) == [0, 1, 2]
    assert np.all(np.diff(scores) <= 1e-6)  # best first
    assert small.search_batch(qs, 10)[1].shape == (20, 3)
    empty = DenseIndex.build(np.zeros((0, 32), np.float32), "flat")
    s, i = empty.search(qs[0], 5)
    assert s.shape == i.shape == (0,)
    assert empty.search_batch(qs, 5)[1].shape == (20, 0)


def test_minus_one_ids_are_removed():
    class StubIndex:  # an index that returns fewer than k results, like HNSW can
        ntotal = 4
        d = 2

        def search(self, q, k):
            s = np.array([[0.9, 0.5, -3.4e38, -3.4e38]], np.float32)[:, :k]
            i = np.array([[2, 0, -1, -1]], np.int64)[:, :k]
            return s, i

    idx = DenseIndex(StubIndex(), "hnsw")
    scores, ids = idx.search(np.array([1.0, 0.0], np.float32), 4)
    assert ids.tolist() == [2, 0]
    np.testing.assert_allclose(scores, [0.9, 0.5])
    bs, bi = idx.search_batch(np.array([[1.0, 0.0]], np.float32), 4)
    assert bi.tolist() == [[2, 0, -1, -1]]
    assert np.isneginf(bs[0, 2:]).all()


def test_validation_errors(data):
    x, qs = data
    with pytest.raises(ValueError, match="float32"):
        DenseIndex.build(x.astype(np.float64))
    with pytest.raises(ValueError, match="2-D"):
        DenseIndex.build(x[0])
    bad = x.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        DenseIndex.build(bad)
    with pytest.raises(TypeError):
        DenseIndex.build(x.tolist())  # type: ignore[arg-type]
    idx = DenseIndex.build(x)
    with pytest.raises(ValueError, match="dim"):
        idx.search(qs[0][:16], 3)
    with pytest.raises(ValueError, match="k must"):
        idx.search(qs[0], 0)
    with pytest.raises(ValueError):
        idx.search(qs[:2], 3)  # two queries: use search_batch
    with pytest.raises(ValueError, match="float32"):
        idx.search(qs[0].astype(np.float64), 3)


def test_truncated_file_raises_index_corrupt(tmp_path, data):
    x, _ = data
    path = tmp_path / "dense.faiss"
    DenseIndex.build(x, "flat").save(path)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(IndexCorruptError) as ei:
        DenseIndex.load(path)
    assert str(path) in str(ei.value) and "rebuild with `cbec-rag index`" in str(ei.value)

    hpath = tmp_path / "hnsw.faiss"
    DenseIndex.build(x, "hnsw").save(hpath)
    hpath.write_bytes(hpath.read_bytes()[:1000])
    with pytest.raises(IndexCorruptError, match="cbec-rag index"):
        DenseIndex.load(hpath)


def test_garbage_and_missing_files_raise_index_corrupt(tmp_path):
    junk = tmp_path / "junk.faiss"
    junk.write_bytes(b"definitely not a faiss index" * 10)
    with pytest.raises(IndexCorruptError, match="junk.faiss"):
        DenseIndex.load(junk)
    empty = tmp_path / "empty.faiss"
    empty.write_bytes(b"")
    with pytest.raises(IndexCorruptError):
        DenseIndex.load(empty)
    with pytest.raises(IndexCorruptError, match="missing"):
        DenseIndex.load(tmp_path / "nope.faiss")


def test_dim_and_count_mismatch_raise_index_corrupt(tmp_path, data):
    x, _ = data
    path = tmp_path / "dense.faiss"
    DenseIndex.build(x, "flat").save(path)
    with pytest.raises(IndexCorruptError, match="dim 32"):
        DenseIndex.load(path, expected_dim=384)
    with pytest.raises(IndexCorruptError, match="500 vectors"):
        DenseIndex.load(path, expected_count=499)
    assert DenseIndex.load(path, expected_dim=32, expected_count=500).ntotal == 500


def test_unsupported_index_type_raises(tmp_path, data):
    import faiss

    x, _ = data
    l2 = faiss.IndexFlatL2(32)
    l2.add(x)
    path = tmp_path / "l2.faiss"
    faiss.write_index(l2, str(path))
    with pytest.raises(IndexCorruptError, match="l2.faiss"):
        DenseIndex.load(path)
