"""What an English question's dense side should embed: the question with its Chinese bridge terms
(all of them, or the top N by query weight), the question and the terms as two inputs of one batch
with their vectors summed, or the question alone (the bridge then only on the BM25 side).

For each variant, on the gold set's answerable English questions: dense and hybrid hit@5 and
MRR@10, and the query-embedding time (wall and CPU, p50 and p95, variants interleaved per question,
order rotated each round) with the 1-minute load average. Chinese questions embed the question
alone in every variant (the bridge appends Chinese terms to English questions only).

    python eval/sweep_bridge.py [--index-dir index] [--gold eval/gold.jsonl] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.crosslingual import WeightedQuery, build_query  # noqa: E402
from cbec_rag.eval import is_relevant, load_gold, locate_evidence  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.retrieve import Retriever  # noqa: E402
from cbec_rag.tokenize import warmup  # noqa: E402


def bridge_terms(wq: WeightedQuery) -> list[str]:
    """The Chinese expansion terms, in the order the dense side appends them."""
    out: list[str] = []
    for terms in wq.expansions.values():
        for t in terms:
            if t not in out and any("\u4e00" <= ch <= "\u9fff" for ch in t):
                out.append(t)
    return out


Inputs = Callable[[str, WeightedQuery], tuple[list[str], list[float]]]


def no_subterms(q: str, wq: WeightedQuery) -> tuple[list[str], list[float]]:
    """All terms but those written inside another appended term (电商 beside 跨境电商)."""
    terms = bridge_terms(wq)
    extra = [t for t in terms if not any(t != o and t in o for o in terms)]
    return [f"{q} {' '.join(extra)}" if extra else q], [1.0]


def two_inputs(w: float) -> Inputs:
    def f(q: str, wq: WeightedQuery) -> tuple[list[str], list[float]]:
        extra = bridge_terms(wq)
        return ([q, " ".join(extra)], [1.0, w]) if extra else ([q], [1.0])

    return f


class VariantRetriever(Retriever):
    """A retriever whose English dense side embeds ``inputs(question, wq)``, vectors summed."""

    def __init__(self, pipe: Pipeline, inputs: Inputs) -> None:
        super().__init__(pipe.index, pipe.embedder)
        self.inputs = inputs
        self._parts: tuple[list[str], list[float]] = ([], [])

    def dense_text(self, question: str, wq) -> str:  # noqa: ANN001
        self._parts = self.inputs(question, wq) if wq.lang == "en" else ([question], [1.0])
        return self._parts[0][0]

    def _embed_query(self, text: str) -> np.ndarray:
        return embed_parts(self.embedder, *self._parts)


def parts(r: Retriever, q: str, wq: WeightedQuery) -> tuple[list[str], list[float]]:
    """What ``r`` embeds for ``q`` (its texts and their weights in the sum)."""
    if isinstance(r, VariantRetriever):
        return r.inputs(q, wq)
    return [r.dense_text(q, wq)], [1.0]


def embed_parts(embedder, texts: list[str], weights: list[float]) -> np.ndarray:  # noqa: ANN001
    vecs = embedder.embed(texts, "query")
    v = np.asarray(weights, dtype=np.float32) @ vecs
    return (v / np.linalg.norm(v)).astype(np.float32)


def quality(r: Retriever, items) -> dict[str, float]:  # noqa: ANN001
    out = {}
    for mode in ("dense", "hybrid"):
        hit5 = mrr = 0.0
        for it in items:
            hits = r.search(it.question, k=10, mode=mode).hits
            rank = next((i + 1 for i, h in enumerate(hits) if is_relevant(h, it)), None)
            hit5 += rank is not None and rank <= 5
            mrr += 1.0 / rank if rank else 0.0
        out[f"{mode} hit@5"] = hit5 / len(items)
        out[f"{mode} mrr@10"] = mrr / len(items)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    warmup()
    pipe = Pipeline.load(args.index_dir)
    gold = load_gold(args.gold)
    locate_evidence(gold, {d.source: d.text for d in pipe.index.documents.values()})
    en = [it for it in gold if it.lang == "en" and not it.unanswerable]
    variants: dict[str, Retriever] = {
        "all terms (default)": Retriever(pipe.index, pipe.embedder),
        **{
            f"top {n} terms": Retriever(pipe.index, pipe.embedder, bridge_terms=n) for n in (4, 8, 12, 16, 20)
        },
        "no sub-terms": VariantRetriever(pipe, no_subterms),
        "two inputs w=1": VariantRetriever(pipe, two_inputs(1.0)),
        "two inputs w=0.7": VariantRetriever(pipe, two_inputs(0.7)),
        "question alone": Retriever(pipe.index, pipe.embedder, bridge_terms=0),
    }
    vocab = pipe.index.bm25.vocab
    wqs = [build_query(it.question, vocabulary=vocab) for it in en]
    n_terms = [len(bridge_terms(wq)) for wq in wqs]
    print(
        f"{len(en)} answerable English questions; bridge terms per question: median "
        f"{statistics.median(n_terms)}, max {max(n_terms)}"
    )
    load0 = os.getloadavg()[0]
    rows = {name: quality(r, en) for name, r in variants.items()}
    # embedding time, interleaved: every variant on one question before the next question
    wall: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for rnd in range(args.rounds):
        order = names[rnd % len(names) :] + names[: rnd % len(names)]
        for it, wq in zip(en, wqs, strict=True):
            for name in order:
                texts, weights = parts(variants[name], it.question, wq)
                t0, c0 = time.perf_counter(), time.process_time()
                embed_parts(pipe.embedder, texts, weights)
                wall[name].append((time.perf_counter() - t0) * 1000)
                cpu[name].append((time.process_time() - c0) * 1000)
    load1 = os.getloadavg()[0]
    print(f"load average {load0:.2f} -> {load1:.2f}; {args.rounds} rounds of embedding times")
    head = "".join(f"{k:>14}" for k in next(iter(rows.values())))
    print(f"{'variant':<20}{head}{'wall p50':>10}{'wall p95':>10}{'cpu p50':>9}")
    for name, row in rows.items():
        q = statistics.quantiles(wall[name], n=20)
        print(
            f"{name:<20}"
            + "".join(f"{v:>14.3f}" for v in row.values())
            + f"{statistics.median(wall[name]):>10.1f}{q[18]:>10.1f}{statistics.median(cpu[name]):>9.1f}"
        )


if __name__ == "__main__":
    main()
