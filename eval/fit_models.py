"""The models of the evidence selector's fit (eval/fit_selector.py): the weighted logistic
regressions of the candidate model, the answerability head and the on-topic model, their
out-of-fold probabilities over folds grouped by document, and the refusal thresholds."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from fit_data import Question  # noqa: E402

from cbec_rag import trees as trees_mod  # noqa: E402
from cbec_rag.generate import features, pairs, vecpairs  # noqa: E402
from cbec_rag.generate.selector import GENERIC, Logistic, SelectorModel  # noqa: E402

#: the candidate models ``--candidate-model`` chooses from, and the heads ``--head-model`` does
CANDIDATE_MODELS = ("logistic", "trees")
HEAD_MODELS = ("logistic", "trees")


def weight(q: Question, gold_weight: float) -> float:
    """Policy questions (the gold fit part and eval/fitpolicy) weigh ``gold_weight``, MRC 1."""
    return 1.0 if q.domain == "mrc" else gold_weight


def logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, *, C: float, seed: int):
    """A weighted logistic regression on standardised columns; an unknown (NaN) value is taken at
    its column's mean, as :class:`Logistic` does at run time. Returns mean, scale, coef, intercept."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = np.nanmean(X, axis=0), np.nanstd(X, axis=0)
    X = np.where(np.isnan(X), mean, X)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, random_state=seed)
    lr.fit((X - mean) / scale, y, sample_weight=w)
    return mean, scale, lr.coef_[0], float(lr.intercept_[0])


def outside(q: Question) -> bool:
    """A near miss asked from another corpus (``#offtopic``, ``#foreign``)."""
    return q.qid.endswith(("#offtopic", "#foreign"))


def _rows(qs: list[Question], names: list[str], gold_weight: float, foreign_all: bool):
    """The candidate rows (columns ``names``), labels and weights a candidate model is fitted on."""
    qs = [q for q in qs if len(q.y) and (foreign_all or not outside(q))]
    cols = [features.INDEX[n] for n in names]
    X = np.vstack([q.X[:, cols] for q in qs])
    y = np.concatenate([q.y for q in qs])
    w = np.concatenate([np.full(len(q.y), weight(q, gold_weight)) for q in qs])
    return X, y, w


def fit(
    qs: list[Question], names: list[str], *, gold_weight: float, C: float, seed: int, foreign_all: bool = True
):
    """The candidate model; ``foreign_all`` False: without the questions asked from another corpus."""
    return logistic(*_rows(qs, names, gold_weight, foreign_all), C=C, seed=seed)


def fit_trees(
    qs: list[Question], names: list[str], *, gold_weight: float, C: float, seed: int, foreign_all: bool = True
) -> trees_mod.Trees:
    """The candidate model as boosted trees (scikit-learn's histogram gradient boosting, seeded; its
    own early stopping holds out a seeded tenth of the rows), on the rows and weights :func:`fit`
    uses. ``C`` (the logistic model's) is not read."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    X, y, w = _rows(qs, names, gold_weight, foreign_all)
    m = HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.05, l2_regularization=1.0, random_state=seed
    )
    m.fit(X, y, sample_weight=w)
    return trees_mod.from_sklearn(m, names)


def model_of(
    names, params, tau=0.0, ratio=1.0, embedder=GENERIC, head=None, on_topic=None, tau_topic=0.0, trees=None
) -> SelectorModel:
    mean, scale, coef, b = params
    return SelectorModel(
        embedder,
        features.FEATURE_VERSION,
        tuple(names),
        mean,
        scale,
        coef,
        b,
        tau,
        ratio,
        "",
        head,
        on_topic,
        tau_topic,
        trees=trees,
    )


def candidate_model(qs: list[Question], names: list[str], candidate: str = "logistic", **kw) -> SelectorModel:
    """The candidate model fitted on ``qs``: logistic, or (``candidate`` "trees") boosted trees beside
    the logistic weights, which then score the candidates."""
    if candidate not in CANDIDATE_MODELS:
        raise ValueError(f"candidate model {candidate!r}: choose from {CANDIDATE_MODELS}")
    return model_of(
        names, fit(qs, names, **kw), trees=fit_trees(qs, names, **kw) if candidate == "trees" else None
    )


def folds_of(qs: list[Question], folds: int, seed: int) -> list[int]:
    """Folds grouped by document (by question where none is known): a fold's questions are
    scored by models that saw nothing of their documents. A near miss goes with its question."""

    def key(q: Question) -> str:
        return f"{q.domain}:{q.doc}" if q.doc else q.qid.split("#")[0]

    rng = np.random.default_rng(seed)
    base = sorted({key(q) for q in qs if not outside(q)})
    of = {g: i % folds for i, g in enumerate(rng.permutation(base))}
    # the questions asked from another corpus get folds of their own draw: adding them leaves the
    # other questions' folds (and so a fit without them) as they were
    more = sorted({key(q) for q in qs if outside(q)} - set(of))
    of |= {g: i % folds for i, g in enumerate(np.random.default_rng(seed + 1).permutation(more))}
    return [of[key(q)] for q in qs]


def oof(
    qs: list[Question],
    names,
    fold: list[int],
    *,
    folds: int,
    exclude: int = -1,
    candidate: str = "logistic",
    **kw,
) -> list[np.ndarray]:
    """Out-of-fold candidate probabilities; fold ``exclude`` is neither fitted on nor scored."""
    probs: list[np.ndarray] = [np.zeros(0)] * len(qs)
    for f in range(folds):
        if f == exclude:
            continue
        m = candidate_model(
            [q for q, k in zip(qs, fold, strict=True) if k not in (f, exclude)], names, candidate, **kw
        )
        for i, q in enumerate(qs):
            if fold[i] == f:
                probs[i] = m.proba(q.X) if len(q.y) else np.zeros(0)
    return probs


def question_rows(qs: list[Question], probs: list[np.ndarray], names: list[str]) -> np.ndarray:
    """The answerability model's rows, columns ``names`` (NaN rows: questions without candidates)."""
    cols = [features.QUESTION_NAMES.index(n) for n in names]
    Z = np.full((len(qs), len(names)), np.nan)
    for i, p in enumerate(probs):
        if len(p):
            Z[i] = features.question_level(qs[i].X, p)[cols]
    return Z


def fit_answerable(
    qs: list[Question],
    Z: np.ndarray,
    keep: np.ndarray,
    names: list[str],
    *,
    gold_weight: float,
    C: float,
    seed: int,
    foreign_all: bool = True,
    head_model: str = "logistic",
) -> Logistic | trees_mod.Trees:
    """P(answerable) from the question rows ``Z`` of the questions ``keep`` selects. The label: the
    question is answerable and some candidate holds its answer (an answerable question whose
    answer was not retrieved cannot be answered from these candidates). ``foreign_all`` False:
    without the questions asked from another corpus. ``head_model`` "trees": boosted trees (small
    ones, with at least 40 questions a leaf: there are about a hundred times fewer questions than
    candidates) in place of the logistic model."""
    if head_model not in HEAD_MODELS:
        raise ValueError(f"head model {head_model!r}: choose from {HEAD_MODELS}")
    sel = keep & ~np.isnan(Z).all(axis=1) & np.array([foreign_all or not outside(q) for q in qs], dtype=bool)
    y = np.array([q.answerable and bool(q.y.any()) for q, k in zip(qs, sel, strict=True) if k], dtype=np.int8)
    w = np.array([weight(q, gold_weight) for q, k in zip(qs, sel, strict=True) if k])
    if head_model == "trees":
        from sklearn.ensemble import HistGradientBoostingClassifier

        m = HistGradientBoostingClassifier(
            max_iter=200,
            learning_rate=0.05,
            max_leaf_nodes=15,
            min_samples_leaf=40,
            l2_regularization=1.0,
            random_state=seed,
        )
        m.fit(Z[sel], y, sample_weight=w)
        return trees_mod.from_sklearn(m, names)
    return Logistic(tuple(names), *logistic(Z[sel], y, w, C=C, seed=seed))


def oof_answerable(
    qs: list[Question],
    outer: list[np.ndarray],
    names: list[str],
    head_names: list[str],
    fold: list[int],
    folds: int,
    candidate: str = "logistic",
    head_model: str = "logistic",
    **kw,
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold P(answerable) per question (0 without candidates), nested: the head that scores
    fold ``f`` is fitted on rows whose candidate probabilities come from models that never saw
    fold ``f`` either. ``outer``: the plain out-of-fold probabilities (fold f's from a model
    without f). Also returns every question's row from ``outer``, for fitting the shipped head."""
    fold_a = np.array(fold)
    out = np.zeros(len(qs))
    for f in range(folds):
        inner = oof(
            qs, names, fold, folds=folds, exclude=f, candidate=candidate, **kw
        )  # fold f takes no part
        Z_in = question_rows(qs, inner, head_names)
        head = fit_answerable(qs, Z_in, (fold_a != f), head_names, head_model=head_model, **kw)
        rows = fold_a == f
        Z_out = question_rows(
            [q for q, r in zip(qs, rows, strict=True) if r],
            [p for p, r in zip(outer, rows, strict=True) if r],
            head_names,
        )
        ok = ~np.isnan(Z_out).all(axis=1)
        idx = np.flatnonzero(rows)
        out[idx[ok]] = head.proba(Z_out[ok])
    return out, question_rows(qs, outer, head_names)


def fit_on_topic(
    qs: list[Question], Z: np.ndarray, keep: np.ndarray, names: list[str], *, C: float, seed: int
):
    """P(on topic) from the question rows ``Z``: the answerable questions against the ``#offtopic``
    ones (another field's questions), among those ``keep`` selects; the two classes weigh the same."""
    label = np.array([q.answerable for q in qs])
    off = np.array([q.qid.endswith("#offtopic") for q in qs])
    sel = keep & (label | off) & ~np.isnan(Z).all(axis=1)
    y = label[sel].astype(np.int8)
    w = np.where(y == 1, 0.5 / max(1, int(y.sum())), 0.5 / max(1, int((1 - y).sum()))) * len(y)
    return Logistic(tuple(names), *logistic(Z[sel], y, w, C=C, seed=seed))


#: what the on-topic model reads: how much of the question the corpus knows and the best
#: sentence covers, and how close that sentence is (a few features: off-topic questions differ
#: from answerable ones on these, and many correlated ones gave large opposing weights)
ON_TOPIC = (
    "q_known",
    "lead_cover_known",
    "lead_context_known",
    "lead_bigram",
    "lead_dense",
    "lead_logit",
    "q_terms",
    "q_en",
)


def oof_on_topic(
    qs: list[Question], Z: np.ndarray, topic_names: list[str], fold: list[int], folds: int, **kw
):
    """Out-of-fold P(on topic) per question (1 for a question without candidates: that one is
    refused anyway). ``Z``: the rows (columns ``topic_names``) from out-of-fold candidate
    probabilities."""
    fold_a = np.array(fold)
    out = np.ones(len(qs))
    ok = ~np.isnan(Z).all(axis=1)
    for f in range(folds):
        m = fit_on_topic(qs, Z, fold_a != f, topic_names, C=kw["C"], seed=kw["seed"])
        rows = ok & (fold_a == f)
        out[rows] = m.proba(Z[rows])
    return out


def tau_of(qs: list[Question], ans: np.ndarray, share: float, *, pooled: bool = False) -> float:
    """The largest threshold that refuses at most ``share`` of the answerable questions of each
    domain: a threshold fitted to one kind of question refuses too much of another. ``pooled``:
    of the answerable questions of every domain but MRC taken together (with several policy
    writers, the hardest writer alone would set a threshold that refuses almost nothing). Never
    below 0: a question refused before (by the on-topic model) scores -1, and a domain with more of
    them than ``share`` would give -1, which a weights file cannot hold."""
    if pooled:
        v = [a for q, a in zip(qs, ans, strict=True) if q.domain != "mrc" and q.answerable]
        return max(0.0, float(np.quantile(v, share))) if v else 0.0
    taus = [
        float(np.quantile(v, share))
        for domain in sorted({q.domain for q in qs})
        if len(v := [a for q, a in zip(qs, ans, strict=True) if q.domain == domain and q.answerable])
    ]
    return max(0.0, min(taus)) if taus else 0.0


#: how far the word-pair block is scaled against the standardised features in the joint fit (the
#: one L2 penalty then shrinks the pairs less): chosen out of fold, 1 -> 2 raised policy top-1
PAIR_SCALE = 2.0


def pair_blocks(qs: list[Question]):
    """Each question's word-pair rows (generate/pairs.py) as a sparse matrix, one row a candidate."""
    import scipy.sparse as sp

    out = []
    for q in qs:
        owner, cols, value = pairs.rows(pairs.word_hashes(q.text), [pairs.word_hashes(t) for t in q.texts])
        data = value[owner].astype(np.float32)
        out.append(sp.csr_matrix((data, (owner, cols)), shape=(len(q.texts), pairs.DIM)))
    return out


#: how far the vector-pair block (standardised) is scaled in the same joint fit: chosen out of fold
#: on the fit writers (leave one writer out, before the block joined the fit)
VEC_SCALE = 0.3


def vector_axes(qs: list[Question]) -> vecpairs.Axes | None:
    """The principal axes of the fit data's question and sentence vectors (None without vectors).
    Fitted once on every question's vectors, no labels read: the folds share them."""
    have = [q for q in qs if q.vectors is not None and q.query_vector is not None and len(q.y)]
    if not have:
        return None
    Q = np.vstack(list({q.text: q.query_vector for q in have}.values()))
    S = np.vstack([q.vectors[q.have] for q in have])
    return vecpairs.fit_axes(Q, S)


def vector_blocks(qs: list[Question], axes: vecpairs.Axes) -> list[np.ndarray]:
    """Each question's vector-pair rows (generate/vecpairs.py), one row a candidate (all 0 for a
    question gathered without vectors)."""
    return [
        vecpairs.rows(axes, q.query_vector, q.vectors, q.have)
        if q.vectors is not None and q.query_vector is not None
        else np.zeros((len(q.y), axes.width), dtype=np.float32)
        for q in qs
    ]


def fit_pairs(
    qs: list[Question],
    blocks,
    names: list[str],
    *,
    gold_weight: float,
    C: float,
    seed: int,
    foreign_all: bool = True,
    vblocks: list[np.ndarray] | None = None,
) -> tuple[np.ndarray, tuple[np.ndarray, float] | None]:
    """The word-pair weights and (``vblocks``) the vector-pair weights and offset: a logistic regression over
    the candidates' standardised features ``names``, their pair rows and their vector-pair rows
    (standardised) together, so that the pairs learn what the other features miss. Returns each
    block's weights on its raw rows (a candidate's pair logit is its rows times them; the vector
    block's standardisation is folded into its weights and an offset, so that the two give that
    block's part of the fitted logit exactly)."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    keep = [i for i, q in enumerate(qs) if len(q.y) and (foreign_all or not outside(q))]
    cols = [features.INDEX[n] for n in names]
    X = np.vstack([qs[i].X[:, cols] for i in keep])
    mean, scale = np.nanmean(X, axis=0), np.nanstd(X, axis=0)
    scale[scale == 0] = 1.0
    dense = [np.nan_to_num((X - mean) / scale)]
    if vblocks is not None:
        D = np.vstack([vblocks[i] for i in keep])
        v_mean, v_scale = D.mean(axis=0), D.std(axis=0)
        v_scale[v_scale == 0] = 1.0
        dense.append(VEC_SCALE * (D - v_mean) / v_scale)
        del D
    Md = np.hstack(dense).astype(np.float32)
    del dense
    M = sp.hstack([sp.csr_matrix(Md), PAIR_SCALE * sp.vstack([blocks[i] for i in keep])]).tocsr()
    del Md
    y = np.concatenate([qs[i].y for i in keep])
    w = np.concatenate([np.full(len(qs[i].y), weight(qs[i], gold_weight)) for i in keep])
    lr = LogisticRegression(C=C, max_iter=500, solver="liblinear", random_state=seed)
    lr.fit(M, y, sample_weight=w)
    coef = lr.coef_[0]
    n_vec = 0 if vblocks is None else len(v_scale)
    vec = None
    if vblocks is not None:
        raw = (VEC_SCALE * coef[len(cols) : len(cols) + n_vec] / v_scale).astype(np.float32)
        # a row's logit is its raw row times ``raw`` less ``raw @ v_mean``: that constant goes with it
        vec = (raw, -float(raw @ v_mean))
    return PAIR_SCALE * coef[len(cols) + n_vec :], vec


def pair_logits(blocks, vblocks, wts: np.ndarray, vec: tuple[np.ndarray, float] | None, i: int) -> np.ndarray:
    """Question ``i``'s pair logits (the ``pairs`` column) from the weights of :func:`fit_pairs`."""
    out = np.asarray(blocks[i] @ wts, dtype=np.float32)
    if vec is not None and vblocks is not None:
        out = out + (vblocks[i] @ vec[0] + vec[1]).astype(np.float32)
    return out


def pairs_key(qs: list[Question], names: list[str], vblocks, **kw) -> str:
    """A digest of everything the pairs column and weights of :func:`oof_pairs` and :func:`fit_pairs`
    depend on: the questions (ids, texts, candidate texts, labels, the features ``names``), the
    vector-pair rows and the fit's settings. Equal digests give equal results, so a stored column
    can stand in for a refit (``--reuse``)."""
    import hashlib

    cols = [features.INDEX[n] for n in names]
    h = hashlib.sha256(repr((sorted(kw.items()), list(names), PAIR_SCALE, VEC_SCALE, pairs.DIM)).encode())
    for i, q in enumerate(qs):
        h.update("\x00".join([q.qid, q.text, *q.texts]).encode("utf-8"))
        h.update(np.ascontiguousarray(q.X[:, cols]).tobytes())
        h.update(np.ascontiguousarray(q.y).tobytes())
        if vblocks is not None:
            h.update(np.ascontiguousarray(vblocks[i]).tobytes())
    h.update(b"vec" if vblocks is not None else b"novec")
    return h.hexdigest()[:20]


def oof_pairs(
    qs: list[Question], blocks, names: list[str], fold: list[int], *, folds: int, vblocks=None, **kw
) -> list[np.ndarray]:
    """Out-of-fold pair logits per question (fold f's from weights fitted without it): the ``pairs``
    column the candidate model is fitted on, as a new question's would be."""
    out: list[np.ndarray] = [np.zeros(0)] * len(qs)
    for f in range(folds):
        train = [k != f for k in fold]
        wts, vec = fit_pairs(
            [q for q, t in zip(qs, train, strict=True) if t],
            [b for b, t in zip(blocks, train, strict=True) if t],
            names,
            vblocks=None if vblocks is None else [b for b, t in zip(vblocks, train, strict=True) if t],
            **kw,
        )
        for i in range(len(qs)):
            if fold[i] == f:
                out[i] = pair_logits(blocks, vblocks, wts, vec, i)
    return out
