"""Measure hybrid fusion settings on the gold set (prints a table; used to choose the defaults).

python eval/sweep_fusion.py [--index-dir index] [--gold eval/gold.jsonl]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cbec_rag.eval import is_relevant, load_gold, locate_evidence
from cbec_rag.pipeline import Pipeline
from cbec_rag.retrieve import Retriever


def score(retriever: Retriever, items, mode: str = "hybrid") -> dict[str, float]:
    out = {}
    for lang in ("zh", "en", "all"):
        sel = [it for it in items if lang == "all" or it.lang == lang]
        hit5 = mrr = 0.0
        for it in sel:
            hits = retriever.search(it.question, k=10, mode=mode).hits
            rank = next((i + 1 for i, h in enumerate(hits) if is_relevant(h, it)), None)
            hit5 += rank is not None and rank <= 5
            mrr += 1.0 / rank if rank else 0.0
        n = max(1, len(sel))
        out[f"{lang} hit@5"] = hit5 / n
        out[f"{lang} mrr"] = mrr / n
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index-dir", default="index")
    ap.add_argument("--gold", default="eval/gold.jsonl")
    args = ap.parse_args()
    pipe = Pipeline.load(args.index_dir)
    gold = load_gold(Path(args.gold))
    locate_evidence(gold, {d.source: d.text for d in pipe.index.documents.values()})
    items = [it for it in gold if not it.unanswerable]
    configs = [("bm25 only", {}, "bm25"), ("dense only", {}, "dense")]
    for w in (1.0, 0.5, 0.3, 0.2):
        configs.append((f"rrf dense={w}", {"fusion": "rrf", "weights": {"bm25": 1.0, "dense": w}}, "hybrid"))
    for w in (1.0, 0.5, 0.3):
        configs.append(
            (f"weighted dense={w}", {"fusion": "weighted", "weights": {"bm25": 1.0, "dense": w}}, "hybrid")
        )
    print(f"{'config':<22}" + "".join(f"{k:>12}" for k in score(pipe.retriever, items[:1])))
    for name, kw, mode in configs:
        r = Retriever(pipe.index, pipe.embedder, **kw)
        row = score(r, items, mode)
        print(f"{name:<22}" + "".join(f"{v:>12.3f}" for v in row.values()))


if __name__ == "__main__":
    main()
