"""In-process ask latency (the fitted selector's extractive answer) on one index, with the passage
reranker and without it, interleaved per question so both see the same machine load. Prints p50/p95
of each (after one warm-up pass) and the load average before and after. A benchmark, not a test.

    python eval/bench_ask.py [--index-dir index] [--gold eval/gold.jsonl] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.embed import load_embedder  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.store import load_index  # noqa: E402
from cbec_rag.threads import configure_threads  # noqa: E402
from cbec_rag.tokenize import warmup  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    questions = [json.loads(x)["question"] for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    configure_threads()  # before the OpenMP runtimes load, as Pipeline.load, the CLI and the server do
    warmup()  # dictionaries in memory, as the server and eval/bench.py do
    index = load_index(args.index_dir)
    embedder = load_embedder(index.embedder_spec)
    pipes = {"reranked": Pipeline(index, embedder), "fused": Pipeline(index, embedder, rerank=False)}
    for q in questions:  # warm-up: dictionaries, token caches
        for p in pipes.values():
            p.ask(q)
    load0 = os.getloadavg()[0]
    times: dict[str, list[float]] = {s: [] for s in pipes}
    for _ in range(args.rounds):
        for q in questions:
            for s, p in pipes.items():
                t0 = time.perf_counter()
                p.ask(q)
                times[s].append((time.perf_counter() - t0) * 1000)
    load1 = os.getloadavg()[0]
    print(f"{len(questions)} questions x {args.rounds} rounds, load average {load0:.2f} -> {load1:.2f}")
    for s, v in times.items():
        q = statistics.quantiles(v, n=20)
        print(f"  {s:9s} ask p50 {statistics.median(v):6.1f} ms   p95 {q[18]:6.1f} ms")


if __name__ == "__main__":
    main()
