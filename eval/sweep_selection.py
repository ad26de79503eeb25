"""How many sentences the extractive generator cites: sweep its extra-sentence threshold on the gold set.

    python eval/sweep_selection.py [--index-dir index] [--gold eval/gold.jsonl]

For each ``second_ratio`` (an extra sentence must score at least this share of the lead) it prints
answer accuracy, citation precision (cited quotes that cover evidence or hold a key fact), answer
support (answers with at least one such quote) and the number of citations.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from cbec_rag.eval import _citation_scores, answer_correct, load_gold, locate_evidence
from cbec_rag.generate.extractive import ExtractiveGenerator
from cbec_rag.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--index-dir", default="index")
    ap.add_argument("--gold", default="eval/gold.jsonl")
    args = ap.parse_args()
    pipe = Pipeline.load(args.index_dir, selector="rules")  # (a sweep of the rules' settings)
    gold = [it for it in load_gold(Path(args.gold)) if not it.unanswerable]
    locate_evidence(gold, {d.source: d.text for d in pipe.index.documents.values()})
    hits = {it.id: pipe.search(it.question, k=5).hits for it in gold}
    base = pipe.generator("extractive")
    assert isinstance(base, ExtractiveGenerator)
    print(f"{'second_ratio':>12} {'acc':>6} {'cit_prec':>8} {'ans_sup':>7} {'cites':>5}")
    for ratio in (0.8, 0.85, 0.9, 0.95):
        gen = ExtractiveGenerator(
            base.store,
            idf=base.idf,
            vocabulary=base.vocabulary,
            config=replace(base.config, second_ratio=ratio),
        )
        acc = sup = n_cit = answered = backed = 0
        for it in gold:
            a = gen.generate(it.question, hits[it.id])
            if a.refused:
                continue
            answered += 1
            acc += answer_correct(a.text, it)
            s, n, _ = _citation_scores(a, it)
            sup, n_cit, backed = sup + s, n_cit + n, backed + (s > 0)
        print(
            f"{ratio:>12} {acc / len(gold):>6.3f} {sup / max(1, n_cit):>8.3f} "
            f"{backed / max(1, answered):>7.3f} {n_cit:>5}"
        )


if __name__ == "__main__":
    main()
