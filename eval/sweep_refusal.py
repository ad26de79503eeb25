"""Calibrate the extractive generator's refusal settings on the gold set (prints a grid).

    python eval/sweep_refusal.py [--index-dir index] [--gold eval/gold.jsonl]

For each (anchor_idf, min_coverage) it reports answer accuracy on answerable questions,
the share of answerable questions wrongly refused and of unanswerable questions refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cbec_rag.eval import answer_correct, load_gold
from cbec_rag.generate.extractive import ExtractiveConfig, ExtractiveGenerator
from cbec_rag.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index-dir", default="index")
    ap.add_argument("--gold", default="eval/gold.jsonl")
    args = ap.parse_args()
    pipe = Pipeline.load(args.index_dir)
    gold = load_gold(Path(args.gold))
    hits = {it.id: pipe.search(it.question, k=5).hits for it in gold}
    print(f"{'anchor_idf':>10} {'coverage>=':>10} {'acc':>6} {'wrong_ref':>9} {'unans_ref':>9}")
    for anchor in (0.7, 1.0, 1.5):
        for floor in (0.0, 0.15):
            gen = ExtractiveGenerator(
                pipe.store,
                idf=pipe.index.bm25.vocab.idf,
                vocabulary=pipe.index.bm25.vocab,
                config=ExtractiveConfig(min_coverage=floor, anchor_idf=anchor),
            )
            acc = wrong = unans = n_ans = n_un = 0
            for it in gold:
                a = gen.generate(it.question, hits[it.id])
                if it.unanswerable:
                    n_un += 1
                    unans += a.refused
                else:
                    n_ans += 1
                    wrong += a.refused
                    acc += (not a.refused) and answer_correct(a.text, it)
            print(
                f"{anchor:>10} {floor:>10} {acc / n_ans:>6.3f} {wrong / n_ans:>9.3f} {unans / max(1, n_un):>9.3f}"
            )


if __name__ == "__main__":
    main()
