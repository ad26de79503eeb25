"""Fit the evidence selector's weights (issue 16). Seeded; prints what it fitted on, the
validation figures and the feature importances, and writes the weights into the package.

Data (none of it sealed):
* the fit part of the gold set (eval/sealed/gold_fit.jsonl) over the seeds index;
* public reading comprehension (CMRC 2018 trial + DRCD dev outside the sealed 300 questions), each
  paragraph a document of its own corpus, questions asked by open retrieval over that corpus.

A candidate's label: its sentence holds the answer (MRC: the answer span lies inside it; gold: it
covers most of an evidence quote and holds an answer alternative, or holds every answer group).
Unanswerable gold questions give only negatives.

Out-of-fold probabilities (5 folds grouped by question) choose the refusal threshold ``tau`` (the
largest that refuses at most ``--max-wrongly-refused`` of the answerable questions of either
domain, gold fit part or reading comprehension) and the extra-sentence ratio; then the model is refitted on everything.

    python eval/mrc_corpus.py fit --out eval/out/mrc_fit
    cbec-rag index --corpus eval/out/mrc_fit/docs --index-dir eval/out/mrc_fit/index
    cbec-rag index --corpus seeds --index-dir index
    python eval/fit_selector.py [--seed 16]
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.errors import QueryError  # noqa: E402
from cbec_rag.eval import load_gold  # noqa: E402
from cbec_rag.generate import features  # noqa: E402
from cbec_rag.generate.selector import (  # noqa: E402
    DENSE_FEATURES,
    GENERIC,
    FittedGenerator,
    SelectorModel,
    weights_name,
)
from cbec_rag.pipeline import Pipeline  # noqa: E402


@dataclass
class Question:
    qid: str
    domain: str  # "gold" | "mrc"
    answerable: bool
    X: np.ndarray
    y: np.ndarray  # 1: the candidate holds the answer
    texts: list[str]
    covered: list[frozenset[str]]
    groups: list[list[str]]  # answer groups (gold) or alternatives as one group (mrc)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def holds(text: str, groups: list[list[str]]) -> bool:
    body = squash(text)
    return all(any(squash(a) in body for a in g) for g in groups)


def generator(pipe: Pipeline) -> FittedGenerator:
    """The fitted generator of ``pipe``'s index, with an empty model: only its features are read."""
    empty = SelectorModel(GENERIC, features.FEATURE_VERSION, (), *(np.zeros(0),) * 3, 0.0, 0.0, 1.0)
    return pipe.fitted_generator(empty)


def gold_questions(index_dir: Path, gold: Path) -> list[Question]:
    pipe = Pipeline.load(index_dir, selector="rules")
    gen = generator(pipe)
    texts = {d.source: d.text for d in pipe.index.documents.values()}
    out = []
    for it in load_gold(gold):
        r = pipe.search(it.question, k=5)
        cs = gen.candidates(r.question, r.hits)
        spans = []
        for ev in it.evidence:
            t = texts.get(ev["source"], "")
            s = t.find(ev["quote"])
            if s >= 0:
                spans.append((ev["source"], s, s + len(ev["quote"])))
        y = np.zeros(len(cs.cands), dtype=np.int8)
        if not it.unanswerable:
            for i, c in enumerate(cs.cands):
                s = c.sent
                over = any(
                    src == s.chunk.source
                    and min(e, s.end) - max(b, s.start) >= 0.5 * min(e - b, s.end - s.start)
                    for src, b, e in spans
                )
                some = any(any(squash(a) in squash(s.text) for a in g) for g in it.answers)
                y[i] = int((over and some) or holds(s.text, it.answers))
            out += dropped(gen, it.id, "gold", r, cs, y, it.answers)
        out.append(
            Question(
                it.id,
                "gold",
                not it.unanswerable,
                cs.X,
                y,
                [c.sent.text for c in cs.cands],
                [c.covered for c in cs.cands],
                it.answers,
            )
        )
    return out


def dropped(gen, qid: str, domain: str, r, cs, y: np.ndarray, groups: list[list[str]]) -> list[Question]:
    """A near miss made from an answerable question: its passages without the ones that hold the
    answer. Every candidate left is a negative; the question should be refused."""
    gone = {cs.cands[i].sent.hit_index for i in np.flatnonzero(y)}
    if not gone:
        return []
    hits = [h for i, h in enumerate(r.hits) if i not in gone]
    if not hits:
        return []
    cs2 = gen.candidates(r.question, hits)
    if any(holds(c.sent.text, groups) for c in cs2.cands):
        return []  # the fact is stated again elsewhere: no near miss
    return [
        Question(
            f"{qid}#drop",
            domain,
            False,
            cs2.X,
            np.zeros(len(cs2.cands), dtype=np.int8),
            [c.sent.text for c in cs2.cands],
            [c.covered for c in cs2.cands],
            [],
        )
    ]


def mrc_questions(folder: Path, limit: int, seed: int) -> list[Question]:
    pipe = Pipeline.load(folder / "index", selector="rules")
    gen = generator(pipe)
    out = []
    rows = [json.loads(x) for x in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()][
        :limit
    ]
    t0 = time.time()
    for n, row in enumerate(rows):
        try:
            r = pipe.search(row["question"], k=5)
        except QueryError:
            continue  # (an empty question in the data set)
        cs = gen.candidates(r.question, r.hits)
        y = np.array(
            [
                int(
                    c.sent.chunk.source == row["source"]
                    and any(c.sent.start <= s and e <= c.sent.end for s, e in row["spans"])
                )
                for c in cs.cands
            ],
            dtype=np.int8,
        )
        if n % 3 == 0:
            out += dropped(gen, row["id"], "mrc", r, cs, y, [row["answers"]])
        out.append(
            Question(
                row["id"],
                "mrc",
                True,
                cs.X,
                y,
                [c.sent.text for c in cs.cands],
                [c.covered for c in cs.cands],
                [row["answers"]],
            )
        )
        if n % 200 == 0:
            print(f"  mrc {n}/{len(rows)} ({time.time() - t0:.0f}s)", file=sys.stderr)
    return out


def fit(qs: list[Question], names: list[str], *, gold_weight: float, C: float, seed: int):
    from sklearn.linear_model import LogisticRegression

    cols = [features.INDEX[n] for n in names]
    X = np.vstack([q.X[:, cols] for q in qs if len(q.y)])
    y = np.concatenate([q.y for q in qs if len(q.y)])
    w = np.concatenate(
        [np.full(len(q.y), gold_weight if q.domain == "gold" else 1.0) for q in qs if len(q.y)]
    )
    mean, scale = np.nanmean(X, axis=0), np.nanstd(X, axis=0)
    X = np.where(np.isnan(X), mean, X)  # an unknown feature at its mean, as SelectorModel.proba does
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, random_state=seed)
    lr.fit((X - mean) / scale, y, sample_weight=w)
    return mean, scale, lr.coef_[0], float(lr.intercept_[0])


def model_of(names, params, tau=0.0, ratio=1.0, embedder=GENERIC) -> SelectorModel:
    mean, scale, coef, b = params
    return SelectorModel(embedder, features.FEATURE_VERSION, tuple(names), mean, scale, coef, b, tau, ratio)


def choose(q: Question, p: np.ndarray, tau: float, ratio: float, limit: int = 3) -> list[int]:
    """The selector's policy (as FittedGenerator.generate, without the redundancy check)."""
    if not len(p):
        return []
    order = sorted(range(len(p)), key=lambda i: -p[i])
    if p[order[0]] < tau:
        return []
    chosen, covered = [order[0]], set(q.covered[order[0]])
    for i in order[1:]:
        if len(chosen) >= limit or p[i] < max(tau, ratio * p[order[0]]):
            break
        if q.covered[i] - covered:
            chosen.append(i)
            covered |= q.covered[i]
    return chosen


def scores(qs: list[Question], probs: list[np.ndarray], tau: float, ratio: float) -> dict[str, float]:
    keys = ("acc_gold", "acc_mrc", "refused_ans", "refused_unans", "refused_drop", "prec", "n")
    out: dict[str, list[float]] = {k: [] for k in keys}
    for q, p in zip(qs, probs, strict=True):
        ch = choose(q, p, tau, ratio)
        text = " ".join(q.texts[i] for i in ch)
        if not q.answerable:
            out["refused_drop" if q.qid.endswith("#drop") else "refused_unans"].append(float(not ch))
            continue
        if q.domain == "gold":
            out["refused_ans"].append(float(not ch))
        ok = bool(ch) and holds(text, q.groups)
        out["acc_gold" if q.domain == "gold" else "acc_mrc"].append(float(ok))
        if ch:
            out["prec"].extend(float(q.y[i]) for i in ch)
            out["n"].append(len(ch))
    return {k: float(np.mean(v)) if v else float("nan") for k, v in out.items()}


def oof(qs: list[Question], names, *, folds: int, **kw) -> list[np.ndarray]:
    rng = np.random.default_rng(kw["seed"])
    base = sorted({q.qid.split("#")[0] for q in qs})
    of = dict(zip(base, rng.integers(0, folds, size=len(base)), strict=True))
    fold = [of[q.qid.split("#")[0]] for q in qs]  # a near miss shares its question's fold
    probs: list[np.ndarray] = [np.zeros(0)] * len(qs)
    for f in range(folds):
        params = fit([q for q, k in zip(qs, fold, strict=True) if k != f], names, **kw)
        m = model_of(names, params)
        for i, q in enumerate(qs):
            if fold[i] == f:
                probs[i] = m.proba(q.X) if len(q.y) else np.zeros(0)
    return probs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "sealed" / "gold_fit.jsonl")
    ap.add_argument(
        "--index-dir", type=Path, default=ROOT / "index", help="index of seeds/ for the gold part"
    )
    ap.add_argument("--mrc", type=Path, default=ROOT / "eval" / "out" / "mrc_fit")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "cbec_rag" / "data" / "selector")
    ap.add_argument(
        "--mrc-questions", type=int, default=1000000, help="at most this many MRC questions (0: none)"
    )
    ap.add_argument("--reuse", action="store_true", help="reuse the candidates of the last run (eval/out/)")
    ap.add_argument("--gold-weight", type=float, default=3.0)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--max-wrongly-refused", type=float, default=0.04)
    args = ap.parse_args()

    t0 = time.time()
    embedder_id = Pipeline.load(args.index_dir, selector="rules").embedder.id
    tag = "".join(ch if ch.isalnum() else "-" for ch in embedder_id)
    cache = ROOT / "eval" / "out" / f"fit_features_v{features.FEATURE_VERSION}_{tag}.pkl"
    if args.mrc_questions and not (args.reuse and cache.is_file()):
        mrc_embedder = Pipeline.load(args.mrc / "index", selector="rules").embedder.id
        if mrc_embedder != embedder_id:
            sys.exit(
                f"the MRC index was built with {mrc_embedder}, the gold index with {embedder_id}: use one"
            )
    if args.reuse and cache.is_file():
        qs = pickle.loads(cache.read_bytes())  # the candidates and labels of an earlier run
    else:
        qs = gold_questions(args.index_dir, args.gold)
        if args.mrc_questions:
            qs += mrc_questions(args.mrc, args.mrc_questions, args.seed)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(qs))
    n_pos = sum(int(q.y.sum()) for q in qs)
    print(
        f"fit data: {sum(q.domain == 'gold' for q in qs)} gold-fit questions, "
        f"{sum(q.domain == 'mrc' for q in qs)} MRC questions, {sum(len(q.y) for q in qs)} candidates "
        f"({n_pos} positive), features v{features.FEATURE_VERSION}, seed {args.seed} ({time.time() - t0:.0f}s)"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for variant, names in (
        (embedder_id, list(features.NAMES)),
        (GENERIC, [n for n in features.NAMES if n not in DENSE_FEATURES]),
    ):
        kw = {"gold_weight": args.gold_weight, "C": args.C, "seed": args.seed}
        probs = oof(qs, names, folds=5, **kw)
        # the largest threshold that refuses at most this share of the answerable questions of each
        # domain (policy gold and reading comprehension): a threshold fitted to one kind of question
        # refuses too much of another
        taus = []
        for domain in ("gold", "mrc"):
            leads = [
                float(p.max()) if len(p) else 0.0
                for q, p in zip(qs, probs, strict=True)
                if q.domain == domain and q.answerable
            ]
            if leads:
                taus.append(float(np.quantile(leads, args.max_wrongly_refused)))
        tau = min(taus) if taus else 0.0
        print(f"\n== {variant}: {len(names)} features; tau = {tau:.3f} (out-of-fold)")
        print("ratio  acc_gold acc_mrc  prec   sents  refused_ans refused_unans refused_near_miss")
        best = None
        for ratio in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
            s = scores(qs, probs, tau, ratio)
            print(
                f"{ratio:5.2f}  {s['acc_gold']:.3f}    {s['acc_mrc']:.3f}   {s['prec']:.3f}  {s['n']:.2f}   "
                f"{s['refused_ans']:.3f}       {s['refused_unans']:.3f}         {s['refused_drop']:.3f}"
            )
            obj = s["acc_gold"] + s["acc_mrc"] + s["prec"]
            if best is None or obj > best[0]:
                best = (obj, ratio)
        ratio = best[1] if best else 0.8
        params = fit(qs, names, **kw)
        model = model_of(names, params, tau, ratio, embedder=variant)
        order = np.argsort(-np.abs(params[2]))
        print(f"chosen extra_ratio = {ratio}; feature importances (standardised coefficients):")
        for i in order:
            print(f"  {names[i]:16s} {params[2][i]:+.3f}")
        obj = model.to_json() | {
            "fitted": {
                "script": "eval/fit_selector.py",
                "seed": args.seed,
                "gold_fit_questions": sum(q.domain == "gold" for q in qs),
                "mrc_questions": sum(q.domain == "mrc" for q in qs),
                "mrc_sources": "CMRC 2018 trial (CC BY-SA 4.0), DRCD dev (CC BY-SA 3.0) minus the sealed 300",
                "gold_weight": args.gold_weight,
                "C": args.C,
            }
        }
        path = args.out / weights_name(variant) if variant != GENERIC else args.out / f"{GENERIC}.json"
        path.write_text(json.dumps(obj, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
