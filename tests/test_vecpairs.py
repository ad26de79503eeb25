"""The fitted vector pairs (generate/vecpairs.py): their columns, scores, file checks, and the selector
column they add to."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest
from test_pairs import _save, _weights_on
from test_selector import _weights

from cbec_rag.errors import SelectorError
from cbec_rag.generate import features
from cbec_rag.generate.pairs import DIM
from cbec_rag.generate.selector import DENSE_FEATURES, FIT_COMMAND, GENERIC, SelectorModel
from cbec_rag.generate.vecpairs import Axes, VectorPairs, fit_axes, rows
from cbec_rag.pipeline import Pipeline
from cbec_rag.sentvec import SentenceVectors


def _unit(rng, n: int, dim: int) -> np.ndarray:
    v = rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _axes(dim: int = 8, k: int = 3, seed: int = 0) -> Axes:
    rng = np.random.default_rng(seed)
    return fit_axes(_unit(rng, 40, dim), _unit(rng, 60, dim), k)


def test_rows_are_the_products_of_the_vectors_and_of_their_components():
    axes = _axes()
    rng = np.random.default_rng(1)
    q, V = _unit(rng, 1, 8)[0], _unit(rng, 3, 8)
    have = np.array([True, False, True])
    got = rows(axes, q, V, have)
    assert got.shape == (3, axes.width) == (3, 8 + 3 * 3)
    np.testing.assert_allclose(got[0, :8], q * V[0], rtol=1e-6)
    pq = (q - axes.q_mean) @ axes.q_axes
    ps = (V[2] - axes.s_mean) @ axes.s_axes
    np.testing.assert_allclose(got[2, 8:], np.outer(pq, ps).ravel(), rtol=1e-5, atol=1e-6)
    assert not got[1].any()  # no vector: no column


def test_axes_are_orthonormal_principal_directions():
    axes = _axes(dim=6, k=2)
    np.testing.assert_allclose(axes.q_axes.T @ axes.q_axes, np.eye(2), atol=1e-5)
    # the leading direction carries the most variance: planted along the first coordinate
    rng = np.random.default_rng(2)
    A = rng.normal(size=(200, 6)) * np.array([5, 1, 1, 1, 1, 1])
    assert abs(fit_axes(A, A, 1).q_axes[0, 0]) > 0.95


def test_one_weighted_dimension_ranks_the_sentence_that_agrees_with_the_question_on_it():
    # the cosine prefers the second sentence; a weight on dimension 0 alone prefers the first
    axes = _axes(dim=4, k=1)
    q = np.array([0.6, 0.8, 0.0, 0.0], np.float32)
    V = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]], np.float32)
    w = np.zeros(axes.width, np.float32)
    w[0] = 5.0
    got = VectorPairs(axes, w).score(q, V, np.array([True, True]))
    assert (V @ q).argmax() == 1 and got.argmax() == 0
    assert got[0] == pytest.approx(5.0 * 0.6)
    assert VectorPairs(axes, w).score(q, V[:0], np.zeros(0, bool)).shape == (0,)


def _file(tmp_path, vp: VectorPairs, name: str = "t.vecpairs.npz") -> tuple[str, str]:
    raw = vp.to_bytes()
    (tmp_path / name).write_bytes(raw)
    return name, hashlib.sha256(raw).hexdigest()


def test_a_file_that_is_missing_altered_misshapen_or_for_another_dimension_is_refused(tmp_path):
    axes = _axes()
    vp = VectorPairs(axes, np.arange(axes.width, dtype=np.float32), -1.5)
    name, digest = _file(tmp_path, vp)
    back = VectorPairs.load(tmp_path / name, digest, 8, FIT_COMMAND)
    np.testing.assert_array_equal(back.weights, vp.weights)
    assert back.offset == -1.5
    np.testing.assert_array_equal(back.axes.s_axes, axes.s_axes)
    with pytest.raises(SelectorError, match="not readable") as e:
        VectorPairs.load(tmp_path / "none.npz", digest, 8, FIT_COMMAND)
    assert FIT_COMMAND in str(e.value)
    with pytest.raises(SelectorError, match="sha256"):
        VectorPairs.load(tmp_path / name, "0" * 64, 8, FIT_COMMAND)
    with pytest.raises(SelectorError, match="8-dimensional vectors, the index has 64"):
        VectorPairs.load(tmp_path / name, digest, 64, FIT_COMMAND)
    short, d2 = _file(tmp_path, VectorPairs(axes, np.zeros(5, np.float32)), "short.npz")
    with pytest.raises(SelectorError, match="wrong shape"):
        VectorPairs.load(tmp_path / short, d2, 8, FIT_COMMAND)
    good = vp.to_bytes()
    junk = {"junk": b"junk", "empty": b"", "truncated": good[: len(good) // 2]}
    buf = io.BytesIO()
    np.save(buf, np.zeros(3, np.float32))  # a .npy, not an .npz
    junk["npy"] = buf.getvalue()
    for what, raw in junk.items():
        (tmp_path / what).write_bytes(raw)
        with pytest.raises(SelectorError, match="unreadable"):
            VectorPairs.load(tmp_path / what, hashlib.sha256(raw).hexdigest(), 8, FIT_COMMAND)
    a = axes
    for what, change, message in (
        ("scalar", {"q_mean": np.float32(0.0)}, "wrong shape"),
        ("complex", {"weights": vp.weights.astype(np.complex64)}, "not real numbers"),
        ("nan", {"offset": np.float32("nan")}, "not finite"),
    ):
        arrays = {"q_mean": a.q_mean, "q_axes": a.q_axes, "s_mean": a.s_mean, "s_axes": a.s_axes}
        arrays |= {"weights": vp.weights, "offset": np.float32(0.0)} | change
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        raw = buf.getvalue()
        (tmp_path / what).write_bytes(raw)
        with pytest.raises(SelectorError, match=message):
            VectorPairs.load(tmp_path / what, hashlib.sha256(raw).hexdigest(), 8, FIT_COMMAND)


def _selector(tmp_path, embedder: str, pairs: dict, vec: dict | None) -> str:
    """Weights for ``embedder`` that read the pairs column alone, naming the two tables."""
    names = [n for n in features.NAMES if embedder != GENERIC or n not in DENSE_FEATURES]
    return _weights(
        tmp_path,
        embedder=embedder,
        names=names,
        mean=[0.0] * len(names),
        scale=[1.0] * len(names),
        coef=[1.0 if n == "pairs" else 0.0 for n in names],
        intercept=0.0,
        tau=0.0,
        extra_ratio=1.0,
        pairs=pairs,
        **({"vecpairs": vec} if vec is not None else {}),
    )


def test_the_selector_adds_the_vector_half_to_the_pairs_column(tiny_index, tmp_path):
    q = "新建海外仓最高补贴多少？"
    pipe = Pipeline.load(tiny_index)
    r = pipe.search(q, k=5)
    gen0 = pipe.generator("extractive")
    texts = [c.sent.text for c in gen0.candidates(r.question, r.hits).cands]
    target = next(t for t in texts if "200万元" in t)
    table = _save(tmp_path, _weights_on(q, target, 1.0).astype(np.float16))
    dim = pipe.embedder.dim
    rng = np.random.default_rng(5)
    axes = fit_axes(_unit(rng, 30, dim), _unit(rng, 30, dim), 2)
    vp = VectorPairs(axes, rng.normal(size=axes.width).astype(np.float32), 0.7)
    vec = _file(tmp_path, vp)
    path = _selector(
        tmp_path,
        pipe.embedder.id,
        {"file": table[0], "sha256": table[1]},
        {"file": vec[0], "sha256": vec[1]},
    )
    model = SelectorModel.load(path, embedder_id=pipe.embedder.id)
    assert model.vecpairs is not None
    cs = (
        Pipeline.load(tiny_index, selector_weights=path)
        .generator("extractive")
        .candidates(r.question, r.hits)
    )
    assert cs.vectors is not None and cs.have is not None and cs.have.any()
    words = model.pairs.score(cs.question, [c.sent.text for c in cs.cands])
    want = words + vp.score(cs.query_vector, cs.vectors, cs.have)
    np.testing.assert_allclose(cs.X[:, features.INDEX["pairs"]], want, rtol=1e-5, atol=1e-6)
    assert np.abs(want - words).max() > 0  # the vector half moved the column
    # a sentence the index holds no vector for gets the offset alone
    gen = Pipeline.load(tiny_index, selector_weights=path).generator("extractive")
    sv = gen.sentences
    first = cs.cands[0].sent
    keep = [i for i, k in enumerate(sv.keys) if k != (first.chunk.doc_id, first.start, first.end)]
    gen.sentences = SentenceVectors([sv.keys[i] for i in keep], sv.vectors[keep])
    cs2 = gen.candidates(r.question, r.hits)
    assert not cs2.have[0] and cs2.have[1:].any()
    assert cs2.X[0, features.INDEX["pairs"]] == pytest.approx(words[0] + 0.7, abs=1e-5)
    np.testing.assert_allclose(cs2.X[1:, features.INDEX["pairs"]], want[1:], rtol=1e-5, atol=1e-6)
    # generic weights (any embedder) may not name a vector half; a missing file is refused
    with pytest.raises(SelectorError, match="generic selector weights .* vector pairs"):
        SelectorModel.load(
            _selector(
                tmp_path, GENERIC, {"file": table[0], "sha256": table[1]}, {"file": vec[0], "sha256": vec[1]}
            ),
            embedder_id=pipe.embedder.id,
        )
    with pytest.raises(SelectorError, match="vector pairs .* not readable"):
        SelectorModel.load(
            _selector(
                tmp_path,
                pipe.embedder.id,
                {"file": table[0], "sha256": table[1]},
                {"file": "x.npz", "sha256": vec[1]},
            ),
            embedder_id=pipe.embedder.id,
        )


def test_vector_pairs_for_another_dimension_are_refused_before_a_question(tiny_index, tmp_path):
    pipe = Pipeline.load(tiny_index)
    table = _save(tmp_path, np.zeros(DIM, dtype=np.float16))
    vp = VectorPairs(_axes(dim=8, k=2), np.zeros(8 + 4, np.float32))
    vec = _file(tmp_path, vp)
    path = _selector(
        tmp_path, pipe.embedder.id, {"file": table[0], "sha256": table[1]}, {"file": vec[0], "sha256": vec[1]}
    )
    with pytest.raises(SelectorError, match="8-dimensional vectors, the index has 64"):
        Pipeline.load(tiny_index, selector_weights=path).generator("extractive")
