"""Measure the chunk token budget on the gold set (BM25 retrieval, so no embedding is needed).

    python eval/sweep_chunk_budget.py [--budgets 80,120,160,240,320]

Prints chunks, median chunk length, and BM25 hit@5 / MRR@10 per budget.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from cbec_rag.chunk import ChunkerConfig
from cbec_rag.embed import FakeEmbedder
from cbec_rag.eval import is_relevant, load_gold, locate_evidence
from cbec_rag.indexer import build_index
from cbec_rag.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--budgets", default="80,120,160,240,320")
    ap.add_argument("--corpus", default="seeds")
    ap.add_argument("--gold", default="eval/gold.jsonl")
    args = ap.parse_args()
    print(f"{'budget':>6} {'chunks':>6} {'median':>6} {'hit@5':>6} {'mrr@10':>6}")
    for budget in [int(b) for b in args.budgets.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            build_index(
                Path(args.corpus),
                Path(tmp),
                embedder=FakeEmbedder(64),
                embedder_spec="fake:64",
                chunker=ChunkerConfig(max_tokens=budget),
            )
            pipe = Pipeline.load(tmp)
            gold = load_gold(Path(args.gold))
            locate_evidence(gold, {d.source: d.text for d in pipe.index.documents.values()})
            items = [it for it in gold if not it.unanswerable]
            hit5 = mrr = 0.0
            for it in items:
                hits = pipe.search(it.question, k=10, mode="bm25").hits
                rank = next((i + 1 for i, h in enumerate(hits) if is_relevant(h, it)), None)
                hit5 += rank is not None and rank <= 5
                mrr += 1.0 / rank if rank else 0.0
            med = statistics.median(len(c.text) for c in pipe.index.chunks)
            print(
                f"{budget:>6} {len(pipe.index.chunks):>6} {med:>6.0f} {hit5 / len(items):>6.3f} {mrr / len(items):>6.3f}"
            )


if __name__ == "__main__":
    main()
