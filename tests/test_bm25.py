"""Tests for cbec_rag.bm25: the bm25s-backed index over pre-tokenised passages."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from cbec_rag.bm25 import META_NAME, BM25Index
from cbec_rag.errors import CorpusError, IndexCorruptError
from cbec_rag.tokenize import tokenize

_SRC = Path(__file__).resolve().parents[1] / "src"

ZH_PASSAGES = [
    "支持企业在重点市场建设海外仓，完善海外仓退货和售后服务。",
    "加快综合保税区建设，发展保税物流、保税仓储和保税维修业务。",
    "加强跨境电商人才培养，推动校企合作和产教融合。",
    "优化通关流程，推行无纸化申报，提高清关效率。",
    "落实出口退税政策，便利企业收结汇和跨境支付。",
]


@pytest.fixture(scope="module")
def zh_index() -> BM25Index:
    return BM25Index.build([tokenize(p) for p in ZH_PASSAGES])


def test_ranking_on_tiny_zh_corpus(zh_index):
    ids, scores = zh_index.top_k(dict.fromkeys(tokenize("海外仓退货"), 1.0), 3)
    assert ids[0] == 0
    assert ids.dtype == np.int64 and scores.dtype == np.float32
    assert np.all(np.diff(scores) <= 0)
    ids, _ = zh_index.top_k(dict.fromkeys(tokenize("保税物流"), 1.0), 5)
    assert ids[0] == 1
    ids, _ = zh_index.top_k(dict.fromkeys(tokenize("出口退税"), 1.0), 5)
    assert ids[0] == 4


def test_zero_score_docs_excluded_and_k_bounds(zh_index):
    ids, scores = zh_index.top_k({"海外仓": 1.0}, 10)
    assert ids.tolist() == [0]
    assert scores[0] > 0
    ids, scores = zh_index.top_k({"海外仓": 1.0}, 0)
    assert ids.size == 0 and scores.size == 0


def test_unknown_terms_ignored(zh_index):
    s = zh_index.scores({"不存在的词": 1.0, "xyz": 3.0})
    assert s.dtype == np.float32 and s.shape == (len(ZH_PASSAGES),)
    assert not s.any()
    ids, scores = zh_index.top_k({"不存在的词": 1.0}, 5)
    assert ids.size == 0 and scores.size == 0
    assert np.array_equal(zh_index.scores({"海外仓": 1.0, "nope": 1.0}), zh_index.scores({"海外仓": 1.0}))
    assert not zh_index.scores({}).any()
    assert not zh_index.scores({"": 1.0}).any()


def test_weights_are_honoured(zh_index):
    a, b = "海外仓", "保税"
    one = zh_index.scores({a: 1.0})
    np.testing.assert_allclose(zh_index.scores({a: 2.5}), 2.5 * one, rtol=1e-6)
    both = zh_index.scores({a: 1.0, b: 1.0})
    np.testing.assert_allclose(both, one + zh_index.scores({b: 1.0}), rtol=1e-6)
    # the weighting decides which document wins
    ids, _ = zh_index.top_k({a: 1.0, b: 0.1}, 1)
    assert ids[0] == 0
    ids, _ = zh_index.top_k({a: 0.1, b: 1.0}, 1)
    assert ids[0] == 1
    assert not zh_index.scores({a: 0.0}).any()


def test_deterministic_tie_break():
    docs = [["x", "y"], ["z"], ["x", "y"], ["x", "y"], ["w"]]
    index = BM25Index.build(docs)
    ids, scores = index.top_k({"x": 1.0}, 10)
    assert ids.tolist() == [0, 2, 3]
    assert scores[0] == scores[1] == scores[2]
    ids, _ = index.top_k({"x": 1.0}, 2)
    assert ids.tolist() == [0, 2]


def test_top_k_larger_corpus_matches_full_sort():
    rng = np.random.default_rng(0)
    vocab = [f"t{i}" for i in range(30)]
    docs = [list(rng.choice(vocab, size=int(rng.integers(1, 12)))) for _ in range(300)]
    index = BM25Index.build(docs)
    q = {"t1": 1.0, "t2": 0.5, "t3": 0.25}
    s = index.scores(q)
    order = sorted((i for i in range(len(docs)) if s[i] > 0), key=lambda i: (-s[i], i))
    ids, scores = index.top_k(q, 17)
    assert ids.tolist() == order[:17]
    np.testing.assert_array_equal(scores, s[ids])


def test_vocab_and_doc_freq(zh_index):
    assert zh_index.has_term("海外仓") and "海外仓" in zh_index.vocab
    assert not zh_index.has_term("") and "" not in zh_index.vocab
    assert zh_index.n_docs == len(ZH_PASSAGES) == len(zh_index)
    assert zh_index.vocab.doc_freq("海外仓") == 1
    assert zh_index.vocab.doc_freq("建设") == 2
    assert zh_index.vocab.doc_freq("nope") == 0
    assert zh_index.vocab.idf("海外仓") > zh_index.vocab.idf("建设") > 0


def test_empty_documents_and_single_document():
    index = BM25Index.build([["a", "b"], [], ["b"]])
    assert index.n_docs == 3
    s = index.scores({"b": 1.0})
    assert s[1] == 0 and s[0] > 0 and s[2] > 0
    one = BM25Index.build([["solo"]])
    assert one.scores({"solo": 1.0})[0] > 0
    assert one.top_k({"solo": 1.0}, 5)[0].tolist() == [0]
    empty = BM25Index.build([[], []])
    assert empty.n_docs == 2 and len(empty.vocab) == 0
    assert not empty.scores({"x": 1.0}).any()


def test_zero_documents_rejected():
    with pytest.raises(CorpusError):
        BM25Index.build([])


def test_save_load_roundtrip(tmp_path, zh_index):
    folder = tmp_path / "bm25"
    zh_index.save(folder)
    meta = json.loads((folder / META_NAME).read_text(encoding="utf-8"))
    assert meta["format"] == 1 and meta["n_docs"] == len(ZH_PASSAGES)
    loaded = BM25Index.load(folder, expected_docs=len(ZH_PASSAGES))
    assert loaded.n_docs == zh_index.n_docs
    assert set(loaded.vocab) == set(zh_index.vocab)
    q = {"海外仓": 1.0, "保税": 0.5, "出口": 0.8}
    np.testing.assert_array_equal(loaded.scores(q), zh_index.scores(q))
    assert loaded.top_k(q, 3)[0].tolist() == zh_index.top_k(q, 3)[0].tolist()
    # no pickled arrays
    for npy in folder.glob("*.npy"):
        np.load(npy, allow_pickle=False)
    # saving again over the same folder works
    zh_index.save(folder)
    BM25Index.load(folder)


def test_mapped_postings_score_the_same_and_stay_on_disk(tmp_path, zh_index):
    folder = tmp_path / "bm25"
    zh_index.save(folder)
    mapped = BM25Index.load(folder, expected_docs=len(ZH_PASSAGES), mapped=True)
    sc = mapped._bm.scores
    assert isinstance(sc["data"], np.memmap) and isinstance(sc["indices"], np.memmap)
    assert not isinstance(sc["indptr"], np.memmap)  # the document frequencies, read
    assert all(mapped.doc_freq(t) == zh_index.doc_freq(t) for t in zh_index.vocab)
    q = {"海外仓": 1.0, "保税": 0.5, "出口": 0.8}
    np.testing.assert_array_equal(mapped.scores(q), zh_index.scores(q))
    assert not isinstance(BM25Index.load(folder)._bm.scores["data"], np.memmap)


def test_mapped_postings_of_the_wrong_size_are_refused(tmp_path, zh_index):
    folder = tmp_path / "bm25"
    zh_index.save(folder)
    data = np.load(folder / "data.csc.index.npy")
    np.save(folder / "data.csc.index.npy", data[:-1])
    with pytest.raises(IndexCorruptError):
        BM25Index.load(folder, mapped=True)


def test_save_load_empty_documents(tmp_path):
    index = BM25Index.build([[], ["a"], []])
    index.save(tmp_path / "i")
    loaded = BM25Index.load(tmp_path / "i", expected_docs=3)
    assert loaded.scores({"a": 1.0}).tolist() == index.scores({"a": 1.0}).tolist()


def _assert_corrupt(folder: Path, **kw) -> IndexCorruptError:
    with pytest.raises(IndexCorruptError) as info:
        BM25Index.load(folder, **kw)
    msg = str(info.value)
    assert str(folder) in msg
    assert "rebuild with `cbec-rag index`" in msg
    return info.value


def test_load_errors(tmp_path, zh_index):
    _assert_corrupt(tmp_path / "missing")
    folder = tmp_path / "bm25"
    zh_index.save(folder)
    _assert_corrupt(folder, expected_docs=len(ZH_PASSAGES) + 1)

    def fresh(name: str) -> Path:
        f = tmp_path / name
        zh_index.save(f)
        return f

    f = fresh("no_meta")
    (f / META_NAME).unlink()
    _assert_corrupt(f)

    f = fresh("bad_meta")
    (f / META_NAME).write_text("{not json", encoding="utf-8")
    _assert_corrupt(f)

    f = fresh("old_format")
    (f / META_NAME).write_text(json.dumps({"format": 0, "n_docs": len(ZH_PASSAGES)}), encoding="utf-8")
    _assert_corrupt(f)

    f = fresh("garbage_npy")
    (f / "indptr.csc.index.npy").write_bytes(b"garbage")
    _assert_corrupt(f)

    f = fresh("truncated_npy")
    p = f / "data.csc.index.npy"
    p.write_bytes(p.read_bytes()[:-8])
    _assert_corrupt(f)

    f = fresh("no_vocab")
    (f / "vocab.index.json").unlink()
    _assert_corrupt(f)

    f = fresh("bad_vocab")
    (f / "vocab.index.json").write_text('{"a": 0', encoding="utf-8")
    _assert_corrupt(f)

    f = fresh("doc_count_lie")
    meta = json.loads((f / META_NAME).read_text(encoding="utf-8"))
    meta["n_docs"] = 99
    (f / META_NAME).write_text(json.dumps(meta), encoding="utf-8")
    _assert_corrupt(f)


def test_scores_identical_across_hash_seeds():
    """Term ids follow set order (hash seed); the summation order must not."""
    import os
    import subprocess

    code = (
        "import hashlib\n"
        "from cbec_rag.bm25 import BM25Index\n"
        "from cbec_rag.tokenize import tokenize\n"
        "docs=['跨境电商海外仓建设','综合试验区人才培养政策','海外仓补贴和人才引进','物流成本与通关便利化']*20\n"
        "b=BM25Index.build([tokenize(d) for d in docs])\n"
        "s=b.scores({t:1.0 for t in tokenize('海外仓人才培养补贴物流通关政策')})\n"
        "print(hashlib.sha1(s.tobytes()).hexdigest())\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in (1, 2, 3)
    }
    assert len(outs) == 1


@pytest.mark.parametrize("method", ["lucene", "robertson", "atire", "bm25l", "bm25+"])
def test_a_loaded_index_scores_exactly_as_bm25s(tmp_path, method):
    """Loading reads the arrays with numpy alone (no bm25s import) for methods without a
    non-occurrence term; scores are bit-identical to bm25s' own loader for every method."""
    import bm25s

    from cbec_rag.bm25 import _SavedScores

    rng = np.random.default_rng(7)
    words = [f"w{i}" for i in range(40)]
    docs = [list(rng.choice(words, size=rng.integers(0, 12))) for _ in range(30)]
    built = BM25Index.build(docs, method=method)
    built.save(tmp_path)
    loaded = BM25Index.load(tmp_path, expected_docs=30)
    plain = method in ("lucene", "robertson", "atire")
    assert isinstance(loaded._bm, _SavedScores) is plain
    reference = bm25s.BM25.load(str(tmp_path), allow_pickle=False, show_progress=False)
    for _ in range(20):
        terms = {str(w): float(rng.choice([1.0, 0.5, 0.8])) for w in rng.choice(words, size=4)}
        assert np.array_equal(loaded.scores(terms), built.scores(terms))
        ids = [loaded._vocab[t] for t in sorted(terms) if t in loaded._vocab]
        if ids:
            assert np.array_equal(loaded._bm.get_scores(ids), reference.get_scores(ids))


def test_top_positive_breaks_ties_by_the_given_order_and_includes_ties_at_the_cut():
    from cbec_rag.bm25 import top_positive

    s = np.array([0.0, 2.0, 1.0, 2.0, 1.0, 1.0, -1.0, 1.0], dtype=np.float32)
    assert top_positive(s, 3)[0].tolist() == [1, 3, 2]  # ties at the cut go by id
    tie = np.array([0, 7, 6, 5, 4, 3, 2, 1])  # reversed order: the later id wins a tie
    ids, scores = top_positive(s, 4, tiebreak=tie)
    assert ids.tolist() == [3, 1, 7, 5] and scores.tolist() == [2.0, 2.0, 1.0, 1.0]
    assert top_positive(s, 50)[0].tolist() == [1, 3, 2, 4, 5, 7]  # only scores above 0
    assert top_positive(s, 0)[0].size == 0 and top_positive(np.zeros(4), 2)[0].size == 0


def test_saved_scores_equal_bm25s_sums_on_long_posting_lists(tmp_path):
    # the numpy reader sums each term's column with an indexed add: the same float32 sums as
    # bm25s' own np.add.at, bit for bit, where a term is in most documents
    rng = np.random.default_rng(1)
    vocab = [f"t{i}" for i in range(8)]
    docs = [list(rng.choice(vocab, size=int(rng.integers(1, 30)))) for _ in range(2000)]
    built = BM25Index.build(docs)
    built.save(tmp_path / "b")
    loaded = BM25Index.load(tmp_path / "b", expected_docs=len(docs))
    assert type(loaded._bm).__name__ == "_SavedScores"
    q = {"t0": 1.0, "t1": 0.7, "t2": 0.7, "t5": 0.3}
    np.testing.assert_array_equal(loaded.scores(q), built.scores(q))
