"""The selector's fit script (eval/fit_selector.py): the refusal threshold per domain and the
left-out-domain report, on tiny synthetic fit data."""

from __future__ import annotations

import re

import numpy as np
import pytest

from cbec_rag.generate import features

fs = pytest.importorskip("eval.fit_selector")


def _question(qid: str, domain: str, answerable: bool, rng: np.random.Generator):
    """Four candidates; the one holding the answer (answerable only) has a high ``cover``."""
    X = np.zeros((4, len(features.NAMES)), dtype=np.float32)
    X[:, features.INDEX["cover"]] = rng.uniform(0.0, 0.3, 4)
    y = np.zeros(4, dtype=np.int8)
    if answerable:
        X[0, features.INDEX["cover"]] = rng.uniform(0.8, 1.0)
        y[0] = 1
    return fs.Question(qid, domain, answerable, X, y, ["t"] * 4, [frozenset({"w"})] * 4, [["t"]], doc=qid)


def _data(seed: int = 0):
    rng = np.random.default_rng(seed)
    return [
        _question(f"{d}{i}", d, i % 3 != 0, rng) for d in ("gold", "policy", "policy2") for i in range(30)
    ]


def test_the_threshold_refuses_at_most_the_share_in_every_domain():
    qs = _data()
    ans = np.array([0.1 * (i % 10) for i in range(len(qs))])
    ans[[i for i, q in enumerate(qs) if q.domain == "policy2"]] -= 0.05  # one domain scores lower
    tau = fs.tau_of(qs, ans, 0.1)
    for domain in ("gold", "policy", "policy2"):
        scores = [a for q, a in zip(qs, ans, strict=True) if q.domain == domain and q.answerable]
        assert np.mean([a < tau for a in scores]) <= 0.1
    assert tau == pytest.approx(
        min(
            np.quantile([a for q, a in zip(qs, ans, strict=True) if q.domain == d and q.answerable], 0.1)
            for d in ("gold", "policy", "policy2")
        )
    )


def test_a_pooled_threshold_holds_the_share_over_the_domains_together_and_leaves_out_mrc():
    qs = _data() + [_question(f"mrc{i}", "mrc", True, np.random.default_rng(i)) for i in range(30)]
    ans = np.array([0.1 * (i % 10) for i in range(len(qs))])
    ans[[i for i, q in enumerate(qs) if q.domain == "policy2"]] -= 0.05  # one domain scores lower
    ans[[i for i, q in enumerate(qs) if q.domain == "mrc"]] = -1.0  # would drag any threshold down
    tau = fs.tau_of(qs, ans, 0.1, pooled=True)
    pooled = [a for q, a in zip(qs, ans, strict=True) if q.domain != "mrc" and q.answerable]
    assert np.mean([a < tau for a in pooled]) <= 0.1
    assert tau == pytest.approx(np.quantile(pooled, 0.1))
    assert tau > fs.tau_of(qs, ans, 0.1)  # per domain, the lowest domain (here MRC) sets it


def test_a_left_out_domain_is_scored_by_models_fitted_on_the_others():
    qs = _data()
    line = fs.left_out(
        qs, ["cover"], ["lead_logit", "lead_cover"], "policy2", share=0.04, ratio=1.0,
        gold_weight=1.0, C=1.0, seed=0,
    )  # fmt: skip
    assert line.startswith("  policy2 left out")
    auc = float(re.search(r"head AUC ([0-9.]+)", line).group(1))
    assert auc > 0.95  # the cover signal carries over to the unseen domain
    assert "wrongly refused policy2" in line and "gold" not in line.split(";", 1)[1]


def test_foreign_questions_are_near_misses_unless_the_corpus_holds_their_answer(tiny_index):
    fd = pytest.importorskip("eval.fit_data")
    asked = [
        fd.Asked("mrc-1", "火星基地的氧气供应方案是什么？", [["液氧"]]),
        fd.Asked("zh-2", "新建海外仓最高补贴多少？", [["200万元"]]),  # this corpus states it
    ]
    out = fd.foreign_questions(tiny_index, "policy", asked, n=5, seed=0)
    assert [q.qid for q in out] == ["mrc-1@policy#foreign"]
    q = out[0]
    assert not q.answerable and q.domain == "policy" and len(q.y) and not q.y.any()
    assert q.doc == "foreign:mrc-1"  # its own fold group
    assert len(fd.foreign_questions(tiny_index, "policy", asked, n=0, seed=0)) == 0


fm = pytest.importorskip("eval.fit_models")


def test_questions_from_another_corpus_leave_the_other_questions_folds_as_they_were():
    qs = _data()
    before = fm.folds_of(qs, 5, 16)
    rng = np.random.default_rng(1)
    extra = []
    for i in range(12):
        q = _question(f"x{i}@policy#offtopic", "policy", False, rng)
        q.doc = f"foreign:x{i}"
        extra.append(q)
    after = fm.folds_of(qs + extra, 5, 16)
    assert after[: len(qs)] == before
    assert set(after[len(qs) :]) <= set(range(5))


def test_the_on_topic_model_tells_answerable_from_off_topic_questions_out_of_fold():
    # the question rows: one column, high for answerable questions and low for off-topic ones
    rng = np.random.default_rng(0)
    qs, rows = [], []
    for i in range(60):
        answerable = i % 2 == 0
        q = _question(f"q{i}" + ("" if answerable else "@policy#offtopic"), "policy", answerable, rng)
        qs.append(q)
        rows.append([rng.uniform(0.6, 1.0) if answerable else rng.uniform(0.0, 0.4)])
    Z = np.array(rows)
    fold = fm.folds_of(qs, 5, 0)
    p = fm.oof_on_topic(qs, Z, ["q_known"], fold, 5, C=1.0, seed=0)
    ans = np.array([q.answerable for q in qs])
    assert p[ans].min() > p[~ans].max()  # separable data: every off-topic one below every answerable one
    model = fm.fit_on_topic(qs, Z, np.ones(len(qs), dtype=bool), ["q_known"], C=1.0, seed=0)
    assert model.names == ("q_known",) and model.coef[0] > 0


def test_a_threshold_from_on_topic_refusals_is_never_below_zero():
    qs = _data()
    ans = np.full(len(qs), -1.0)  # every answerable question already refused as off-topic
    assert fm.tau_of(qs, ans, 0.05) == 0.0 and fm.tau_of(qs, ans, 0.05, pooled=True) == 0.0


def test_a_run_is_labelled_positive_only_when_no_item_holds_the_answer_alone():
    from types import SimpleNamespace

    import eval.fit_data as fd

    def cand(text, parts=()):
        return SimpleNamespace(sent=SimpleNamespace(text=text, parts=parts))

    items = [cand("一是退货慢。"), cand("二是数据不通。")]
    run = cand("一是退货慢。二是数据不通。", tuple(c.sent for c in items))
    cs = SimpleNamespace(cands=[*items, run])
    y = np.array([1, 1, 1], dtype=np.int8)
    fd.run_labels(cs, y, [["退货慢"], ["数据不通"]])  # a list question: only the run holds both
    assert y.tolist() == [1, 1, 1]
    y = np.array([1, 0, 1], dtype=np.int8)
    fd.run_labels(cs, y, [["退货慢"]])  # one item holds the whole answer: the run is not needed
    assert y.tolist() == [1, 0, 0]
    y = np.array([0, 0, 1], dtype=np.int8)
    fd.run_labels(cs, y, [["海外仓"]])  # the run does not hold it
    assert y[2] == 0


def test_the_fits_pair_rows_times_the_weights_are_what_the_selector_scores():
    # (eval/fit_models.pair_blocks builds what the fit sees; PairWeights.score what a question gets)
    from cbec_rag.generate.pairs import DIM, PairWeights

    fm = pytest.importorskip("eval.fit_models")
    texts = ["由于物流成本上升，设立补贴。", "补贴设立于2023年。", "The subsidy covers 30% of rent.", "补贴"]
    q = fs.Question(
        "q",
        "policy",
        True,
        np.zeros((4, len(features.NAMES)), np.float32),
        np.zeros(4, np.int8),
        texts,
        [frozenset()] * 4,
        [],
        text="为什么要设立补贴？ Why?",
    )
    w = np.random.default_rng(3).normal(size=DIM).astype(np.float32)
    (block,) = fm.pair_blocks([q])
    assert block.shape == (4, DIM) and block[3].nnz == 0  # adds no word: no column
    np.testing.assert_allclose(block @ w, PairWeights(w).score(q.text, texts), rtol=1e-5, atol=1e-5)


def test_pair_weights_are_fitted_out_of_fold_and_learn_a_cue_pair():
    # the answer is the candidate that adds 由于 to a 为什么 question, whatever else it holds; the
    # features alone cannot tell it (all zero), the pairs can
    fm = pytest.importorskip("eval.fit_models")
    rng = np.random.default_rng(0)
    fillers = ["政策", "补贴", "企业", "平台", "园区", "仓储", "物流", "海关"]
    qs = []
    for i in range(60):
        a, b, c = rng.choice(fillers, 3, replace=False)
        texts = [f"由于{a}变化。", f"{b}已经{c}。", f"{c}和{a}。"]
        order = rng.permutation(3)
        y = (order == 0).astype(np.int8)
        X = np.zeros((3, len(features.NAMES)), np.float32)
        qs.append(
            fs.Question(
                f"q{i}",
                "policy",
                True,
                X,
                y,
                [texts[k] for k in order],
                [frozenset()] * 3,
                [],
                doc=f"d{i}",
                text=f"为什么{a}？",
            )
        )
    blocks = fm.pair_blocks(qs)
    fold = fm.folds_of(qs, 5, 0)
    out = fm.oof_pairs(qs, blocks, ["bias"], fold, folds=5, gold_weight=1.0, C=1.0, seed=0)
    top1 = np.mean([q.y[int(np.argmax(p))] for q, p in zip(qs, out, strict=True)])
    assert top1 > 0.9


def _vector_question(i: int, rng, dim: int = 8):
    """A question whose answer is the candidate whose vector agrees with the question's on dimension 0
    (the other candidates are closer by cosine); every other feature is zero."""
    q = rng.normal(size=dim).astype(np.float32)
    q[0] = abs(q[0]) + 1.0
    q /= np.linalg.norm(q)
    V = rng.normal(size=(3, dim)).astype(np.float32)
    V[0, 0] = abs(V[0, 0]) + 1.0
    V[1:, 0] = -np.abs(V[1:, 0]) - 1.0
    V /= np.linalg.norm(V, axis=1, keepdims=True)
    order = rng.permutation(3)
    y = (order == 0).astype(np.int8)
    return fs.Question(
        f"q{i}",
        "policy",
        True,
        np.zeros((3, len(features.NAMES)), np.float32),
        y,
        ["a", "b", "c"],
        [frozenset()] * 3,
        [],
        doc=f"d{i}",
        text=f"question {i}",
        query_vector=q,
        vectors=V[order],
        have=np.ones(3, bool),
    )


def test_the_fits_vector_weights_and_offset_give_its_logit_and_the_selectors_score(monkeypatch):
    # the joint fit's own logit, less its intercept (the other features are all zero here), is what
    # pair_logits makes from the returned weights, and what VectorPairs.score gives a new question
    import sklearn.linear_model as lm

    from cbec_rag.generate.vecpairs import VectorPairs

    fm = pytest.importorskip("eval.fit_models")
    seen = []
    fit = lm.LogisticRegression.fit

    def spy(self, M, *a, **k):
        seen.append((self, M))
        return fit(self, M, *a, **k)

    monkeypatch.setattr(lm.LogisticRegression, "fit", spy)
    rng = np.random.default_rng(4)
    qs = [_vector_question(i, rng) for i in range(30)]
    qs[0].have[1] = False  # a candidate the index has no vector for
    qs[0].vectors[1] = 0.0
    axes = fm.vector_axes(qs)
    blocks, vblocks = fm.pair_blocks(qs), fm.vector_blocks(qs, axes)
    assert not vblocks[0][1].any()
    wts, vec = fm.fit_pairs(qs, blocks, ["bias"], vblocks=vblocks, gold_weight=1.0, C=1.0, seed=0)
    lr, M = seen[-1]
    ours = np.concatenate([fm.pair_logits(blocks, vblocks, wts, vec, i) for i in range(len(qs))])
    np.testing.assert_allclose(lr.decision_function(M) - lr.intercept_[0], ours, atol=1e-4)
    vp = VectorPairs(axes, *vec)
    for i, q in enumerate(qs):
        words = np.asarray(blocks[i] @ wts)
        got = words + vp.score(q.query_vector, q.vectors, q.have)
        np.testing.assert_allclose(got, fm.pair_logits(blocks, vblocks, wts, vec, i), rtol=1e-5, atol=1e-5)


def test_vector_pair_weights_are_fitted_out_of_fold_and_learn_a_cue_dimension():
    fm = pytest.importorskip("eval.fit_models")
    rng = np.random.default_rng(0)
    qs = [_vector_question(i, rng) for i in range(80)]
    blocks = fm.pair_blocks(qs)  # the same words everywhere: the word pairs cannot tell
    fold = fm.folds_of(qs, 5, 0)
    kw = {"folds": 5, "gold_weight": 1.0, "C": 1.0, "seed": 0}
    vblocks = fm.vector_blocks(qs, fm.vector_axes(qs))
    with_vec = fm.oof_pairs(qs, blocks, ["bias"], fold, vblocks=vblocks, **kw)
    words_only = fm.oof_pairs(qs, blocks, ["bias"], fold, **kw)

    def top1(out):
        return np.mean([q.y[int(np.argmax(p))] for q, p in zip(qs, out, strict=True)])

    assert top1(with_vec) > 0.9 and top1(words_only) < 0.6


def _xor_question(qid: str, rng: np.random.Generator):
    """Eight candidates; the answer is the one where ``cover`` and ``bm25`` are both high or both low
    (an interaction no logistic weight on the two columns can draw)."""
    X = np.zeros((8, len(features.NAMES)), dtype=np.float32)
    a, b = rng.random(8) > 0.5, rng.random(8) > 0.5
    a[1:], b[1:] = a[1:], ~a[1:]  # the others disagree
    b[0] = a[0]  # the answer agrees
    X[:, features.INDEX["cover"]] = a + rng.normal(0, 0.05, 8)
    X[:, features.INDEX["bm25"]] = b + rng.normal(0, 0.05, 8)
    y = np.zeros(8, dtype=np.int8)
    y[0] = 1
    return fs.Question(qid, "policy", True, X, y, ["t"] * 8, [frozenset({"w"})] * 8, [["t"]], doc=qid)


def test_boosted_trees_out_of_fold_learn_what_the_logistic_model_cannot():
    rng = np.random.default_rng(3)
    qs = [_xor_question(f"q{i}", rng) for i in range(200)]
    fold = fs.folds_of(qs, 5, 0)
    kw = {"gold_weight": 1.0, "C": 1.0, "seed": 0}

    def top1(probs):
        return np.mean([q.y[int(np.argmax(p))] for q, p in zip(qs, probs, strict=True)])

    names = ["cover", "bm25"]
    assert top1(fs.oof(qs, names, fold, folds=5, **kw)) < 0.6
    assert top1(fs.oof(qs, names, fold, folds=5, candidate="trees", **kw)) > 0.95
    model = fs.candidate_model(qs, names, "trees", **kw)
    assert model.trees is not None and model.trees.names == ("cover", "bm25")
    with pytest.raises(ValueError, match="candidate model"):
        fs.candidate_model(qs, names, "forest", **kw)


def test_a_stored_pairs_column_reads_back_and_its_key_follows_the_data(tmp_path):
    """--reuse reads the pairs column and weights back only for the same data and settings."""
    qs = _data()
    kw = {"gold_weight": 1.0, "C": 1.0, "seed": 0}
    key = fm.pairs_key(qs, ["cover"], None, **kw)
    assert fm.pairs_key(_data(), ["cover"], None, **kw) == key  # the same data, the same key
    assert fm.pairs_key(qs, ["cover"], None, **(kw | {"seed": 1})) != key
    assert fm.pairs_key(qs, ["cover", "bias"], None, **kw) != key
    changed = _data()
    changed[3].y[:] = 1 - changed[3].y  # one label moved
    assert fm.pairs_key(changed, ["cover"], None, **kw) != key
    vb = [np.ones((len(q.y), 2), dtype=np.float32) for q in qs]
    assert fm.pairs_key(qs, ["cover"], vb, **kw) != key

    cols = [np.arange(len(q.y), dtype=np.float32) + i for i, q in enumerate(qs)]
    wts = np.linspace(-1, 1, 7)
    path = tmp_path / "p.npz"
    fs.write_pairs(path, cols, wts, (np.ones(3, dtype=np.float32), -0.5))
    got, got_w, got_vec = fs.read_pairs(path, qs)
    assert all(np.array_equal(a, b) for a, b in zip(got, cols, strict=True))
    assert np.array_equal(got_w, wts) and got_vec[1] == -0.5 and np.array_equal(got_vec[0], np.ones(3))
    fs.write_pairs(path, cols, wts, None)
    assert fs.read_pairs(path, qs)[2] is None
    with pytest.raises(SystemExit, match="other candidates"):
        fs.read_pairs(path, qs[:-1])


def test_a_trees_head_learns_what_a_logistic_head_cannot():
    """The answerability head as boosted trees (--head-model trees): answerable exactly when one of two
    question-level signals is high but not both, which no logistic model over them can tell."""
    rng = np.random.default_rng(5)
    qs = [_question(f"q{i}", "policy", True, rng) for i in range(1200)]
    Z = rng.uniform(0.0, 1.0, size=(len(qs), 2))
    label = (Z[:, 0] > 0.5) ^ (Z[:, 1] > 0.5)
    for q, yes in zip(qs, label, strict=True):
        q.answerable = bool(yes)
        q.y[:] = 0
        q.y[0] = int(yes)
    fit_on = np.arange(len(qs)) < 800
    kw = {"gold_weight": 1.0, "C": 1.0, "seed": 0}

    def accuracy(head) -> float:
        return float(np.mean((head.proba(Z[~fit_on]) > 0.5) == label[~fit_on]))

    names = ["lead_cover", "lead_dense"]
    trees = fs.fit_answerable(qs, Z, fit_on, names, head_model="trees", **kw)
    assert isinstance(trees, fs.Trees) and trees.names == tuple(names)
    assert accuracy(trees) > 0.9
    assert accuracy(fs.fit_answerable(qs, Z, fit_on, names, **kw)) < 0.7
    assert set(trees.split_counts()) == set(names) and sum(trees.split_counts().values()) > 0
    with pytest.raises(ValueError, match="head model"):
        fs.fit_answerable(qs, Z, fit_on, names, head_model="forest", **kw)


def test_importances_print_largest_first_coefficients_signed_and_split_counts_whole(capsys):
    fs.show({"a": 0.1, "b": -0.5, "c": 0.3}, most=2)
    assert capsys.readouterr().out.split() == ["b", "-0.500", "c", "+0.300"]
    fs.show({"x": 3, "y": 12})
    assert capsys.readouterr().out.split() == ["y", "12", "x", "3"]
