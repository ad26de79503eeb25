"""The answer generator's own time (the fitted selector's extractive answer, retrieval excluded) on one
index: every gold question is searched first, then its answer is made from that retrieval in several
passes. The first pass meets most sentences for the first time; later passes read the per-text caches
the selector keeps (features, constraint forms, names), as a long-running service does for a corpus it
has answered from before. Prints p50 and mean per pass and the load average. A benchmark, not a test.

    python eval/bench_generate.py [--index-dir index] [--gold eval/gold.jsonl] [--passes 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.eval import load_gold  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.threads import configure_threads  # noqa: E402
from cbec_rag.tokenize import warmup  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    configure_threads()
    warmup()  # dictionaries in memory, as the server and eval/bench_ask.py do
    pipe = Pipeline.load(args.index_dir)
    questions = [g.question for g in load_gold(args.gold)]
    retrievals = [pipe.search(q) for q in questions]
    gen = pipe.generator("extractive")
    load = os.getloadavg()[0]
    print(f"{len(questions)} questions, {args.passes} passes, load average {load:.2f}")
    for n in range(1, args.passes + 1):
        ms = []
        for r in retrievals:
            t0 = time.perf_counter()
            gen.generate_from(r)
            ms.append((time.perf_counter() - t0) * 1000)
        print(f"  pass {n}: generate p50 {statistics.median(ms):6.2f} ms  mean {statistics.mean(ms):6.2f} ms")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
