"""Fit the passage reranker's weights (src/cbec_rag/rerank.py). Deterministic; prints the fused
order's figures and the reranker's with each writer's questions left out (fitted on the others
only: what a new writer's questions would get), the feature weights, and writes the weights into
the package.

Data (none of it sealed): the answerable questions of the fit part of the gold set over the seeds
index and of each policy folder written for fitting, over its own index. A passage is relevant
when it covers most of an evidence quote (``cbec_rag.eval.is_relevant``, as ``cbec-rag eval``
scores retrieval). Each question's fused top :data:`~cbec_rag.rerank.DEPTH` passages are rows.

    cbec-rag index --corpus seeds --index-dir index
    cbec-rag index --corpus eval/fitpolicy/docs --index-dir eval/out/fitpolicy_index   # and 2 to 6
    python eval/fit_reranker.py

The packaged weights come from ``python eval/fit_reranker.py`` with its defaults.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.eval import is_relevant, load_gold, locate_evidence  # noqa: E402
from cbec_rag.logistic import Logistic, weights_name  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.rerank import DEPTH, NAMES, RERANK_VERSION, LogisticReranker  # noqa: E402

#: (name, gold file, index folder): the fit part of the gold set and the fit writers' folders
SETS = (
    ("gold", "eval/sealed/gold_fit.jsonl", "index"),
    ("fitpolicy", "eval/fitpolicy/gold.jsonl", "eval/out/fitpolicy_index"),
    ("fitpolicy2", "eval/fitpolicy2/gold.jsonl", "eval/out/fitpolicy2_index"),
    ("fitpolicy3", "eval/fitpolicy3/gold.jsonl", "eval/out/fitpolicy3_index"),
    ("fitpolicy4", "eval/fitpolicy4/gold.jsonl", "eval/out/fitpolicy4_index"),
    ("fitpolicy5", "eval/fitpolicy5/gold.jsonl", "eval/out/fitpolicy5_index"),
    ("fitpolicy6", "eval/fitpolicy6/gold.jsonl", "eval/out/fitpolicy6_index"),
)
KS = (1, 3, 5, 10)


@dataclass
class Asked:
    group: str
    lang: str
    X: np.ndarray  # (hits, NAMES), fused order
    y: np.ndarray  # 1: the passage is relevant


def collect(name: str, gold: Path, index_dir: Path) -> tuple[str, list[Asked]]:
    """The fit rows of one set: its answerable questions' fused top DEPTH passages."""
    pipe = Pipeline.load(index_dir, rerank=False)
    items = load_gold(gold)
    # (a quote found only loosely, across a table's cells say, is noted and still located)
    notes = locate_evidence(items, {d.source: d.text for d in pipe.index.documents.values()})
    if notes:
        print(f"  {name}: {len(notes)} evidence notes, e.g. {notes[0]}", file=sys.stderr)
    out = []
    for it in items:
        if it.unanswerable or not it.spans:
            continue
        r = pipe.search(it.question, k=DEPTH)
        if not r.hits or r.query is None:
            continue
        X = pipe.retriever.features.matrix(r.query, r.hits)
        y = np.array([is_relevant(h, it) for h in r.hits], dtype=np.int8)
        out.append(Asked(name, r.query.lang, X, y))
    return pipe.embedder.id, out


def fit(asked: list[Asked], C: float) -> Logistic:
    from sklearn.linear_model import LogisticRegression

    X = np.vstack([a.X for a in asked])
    y = np.concatenate([a.y for a in asked])
    mean, scale = X.mean(0), X.std(0)
    scale = np.where(scale > 0, scale, 1.0)
    m = LogisticRegression(C=C, max_iter=5000).fit((X - mean) / scale, y)
    return Logistic(NAMES, mean, scale, m.coef_[0].astype(np.float64), float(m.intercept_[0]))


def figures(asked: list[Asked], model: Logistic | None) -> dict[str, float]:
    """hit@k and MRR@10 of the fused order (``model`` None) or the model's."""
    hit = {k: 0 for k in KS}
    mrr = 0.0
    for a in asked:
        s = -np.arange(len(a.y), dtype=np.float64) if model is None else model.proba(a.X)
        rel = a.y[np.lexsort((np.arange(len(a.y)), -s))]
        first = np.flatnonzero(rel)
        for k in KS:
            hit[k] += int(first.size > 0 and first[0] < k)
        mrr += 1.0 / (first[0] + 1) if first.size and first[0] < 10 else 0.0
    n = max(1, len(asked))
    return {**{f"hit@{k}": hit[k] / n for k in KS}, "mrr@10": mrr / n}


def show(label: str, f: dict[str, float]) -> str:
    return f"{label:<28}" + "  ".join(f"{k} {v:.3f}" for k, v in f.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--C", type=float, default=1.0, help="inverse L2 strength (default 1.0)")
    ap.add_argument("--out", type=Path, default=None, help="weights file (default: the packaged one)")
    ap.add_argument("--no-write", action="store_true", help="report only")
    args = ap.parse_args()

    t0 = time.time()
    asked: list[Asked] = []
    embedders = set()
    for name, gold, index_dir in SETS:
        emb, rows = collect(name, ROOT / gold, ROOT / index_dir)
        embedders.add(emb)
        asked += rows
        print(f"{name}: {len(rows)} answerable questions ({time.time() - t0:.0f}s)", flush=True)
    if len(embedders) != 1:
        raise SystemExit(f"the indexes were built with different embedders: {sorted(embedders)}")
    embedder = embedders.pop()

    print(f"\nleft out in turn (fitted on the other sets; C={args.C}):")
    groups = [name for name, _, _ in SETS]
    pooled_base, pooled_rr = [], []
    for g in groups:
        held = [a for a in asked if a.group == g]
        model = fit([a for a in asked if a.group != g], args.C)
        print(show(f"  {g} fused ({len(held)})", figures(held, None)))
        print(show(f"  {g} reranked", figures(held, model)))
        if g != "gold":
            pooled_base.append(figures(held, None))
            pooled_rr.append(figures(held, model))
    for label, fs in (("policy writers, fused", pooled_base), ("policy writers, reranked", pooled_rr)):
        print(show(label + " (mean)", {k: float(np.mean([f[k] for f in fs])) for k in fs[0]}))

    model = fit(asked, args.C)
    print(f"\nall sets ({len(asked)} questions, {sum(len(a.y) for a in asked)} passages); weights:")
    for n, c in sorted(zip(NAMES, model.coef, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {n:<16}{c:+.3f}")
    print(show("in sample, reranked", figures(asked, model)))
    if args.no_write:
        return
    out = args.out or ROOT / "src" / "cbec_rag" / "data" / "rerank" / weights_name(embedder)
    out.parent.mkdir(parents=True, exist_ok=True)
    obj = LogisticReranker(embedder, RERANK_VERSION, model).to_json()
    out.write_text(json.dumps(obj, indent=1) + "\n", encoding="utf-8")
    LogisticReranker.load(out, embedder_id=embedder)  # what was written loads
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    main()
