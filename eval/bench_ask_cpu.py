"""CPU per in-process ask (``time.process_time``) over the gold questions, with the embedding
replayed from memory (the CPU an ask spends beyond embedding its question) and, with ``--live``,
embedded for real. Optionally writes every answer as JSON Lines (``--answers``), to check that a
change leaves the answers as they were.

    python eval/bench_ask_cpu.py [--index-dir index] [--rounds 3]
                                 [--live] [--answers FILE]

Prints CPU ms per ask (median and range over the rounds) and the 1-minute load average before and
after. Run two versions of the code alternately (same machine, same load) to compare them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.embed import Embedder, load_embedder  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.store import load_index  # noqa: E402
from cbec_rag.tokenize import warmup  # noqa: E402


class ReplayEmbedder(Embedder):
    """Embeds each (role, text) once with ``inner``, then answers from memory."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.id, self.dim, self.max_tokens = inner.id, inner.dim, inner.max_tokens
        self.seen: dict[tuple[str, str], np.ndarray] = {}

    def embed(self, texts: Sequence[str], role) -> np.ndarray:  # noqa: ANN001 - Role literal
        missing = [t for t in texts if (role, t) not in self.seen]
        if missing:
            for t, v in zip(missing, self.inner.embed(missing, role), strict=True):
                self.seen[(role, t)] = v
        return np.stack([self.seen[(role, t)] for t in texts]) if texts else self.inner.embed([], role)

    def token_count(self, text: str, role="passage") -> int:  # noqa: ANN001
        return self.inner.token_count(text, role)


def answer_row(ans) -> dict:  # noqa: ANN001 - an Answer
    """The answer's JSON without its timings, plus its flags and confidence."""
    row = ans.to_json()
    row.pop("timings_ms", None)
    return {**row, "flags": ans.flags, "confidence": ans.confidence}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--live", action="store_true", help="embed each question for real (no replay)")
    ap.add_argument("--answers", type=Path, help="write each answer (JSON Lines) here")
    args = ap.parse_args()
    questions = [json.loads(x)["question"] for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    warmup()
    index = load_index(args.index_dir)
    embedder = load_embedder(index.embedder_spec)
    pipe = Pipeline(index, embedder if args.live else ReplayEmbedder(embedder))
    answers = [pipe.ask(q) for q in questions]  # warm-up (and, replaying, every embedding made once)
    if args.answers:
        with args.answers.open("w", encoding="utf-8") as f:
            for a in answers:
                f.write(json.dumps(answer_row(a), ensure_ascii=False) + "\n")
    load0 = os.getloadavg()[0]
    per_ask = []
    for _ in range(args.rounds):
        c0 = time.process_time()
        for q in questions:
            pipe.ask(q)
        per_ask.append((time.process_time() - c0) * 1000 / len(questions))
    load1 = os.getloadavg()[0]
    what = "live embedding" if args.live else "embedding replayed"
    print(
        f"{what}: CPU per ask median {statistics.median(per_ask):.2f} ms "
        f"(range {min(per_ask):.2f}-{max(per_ask):.2f}) over {args.rounds} rounds x {len(questions)} "
        f"asks; load average {load0:.2f} -> {load1:.2f}"
    )


if __name__ == "__main__":
    main()
