"""Open-retrieval check on the sealed 300 DRCD questions (issue 16): is the gold answer span in
the extractive answer? Prints the rate and the mean answer length of the fitted selector, beside
a naive reference (the two sentences of the top passages sharing most words with the question).

    python eval/mrc_corpus.py heldout --out eval/out/drcd_heldout
    cbec-rag index --corpus eval/out/drcd_heldout/docs --index-dir eval/out/drcd_heldout/index
    python eval/mrc_check.py [--folder eval/out/drcd_heldout] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.tokenize import token_set  # noqa: E402


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def naive(pipe: Pipeline, question: str) -> str:
    """The two sentences of the top-5 passages that share most tokens with the question."""
    r = pipe.search(question, k=5)
    q = token_set(r.question)
    sents = [s for i, h in enumerate(r.hits) for s in pipe.store.sentences(h.chunk, i)]
    best = sorted(sents, key=lambda s: (-len(q & token_set(s.text)), s.hit_index, s.start))[:2]
    return " ".join(s.text for s in best)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=ROOT / "eval" / "out" / "drcd_heldout")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(x) for x in (args.folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    out = {"questions": len(rows)}
    pipe = Pipeline.load(args.folder / "index")
    for variant in ("fitted", "naive"):
        hit = lengths = refused = 0
        t0 = time.perf_counter()
        for row in rows:
            if variant == "naive":
                text = naive(pipe, row["question"])
                refusal = False
            else:
                ans = pipe.ask(row["question"], k=5)
                text = " ".join(c.quote for c in ans.citations)
                refusal = ans.refused
            refused += refusal
            lengths += len(squash(text))
            hit += any(squash(a) in squash(text) for a in row["answers"])
        n = len(rows)
        out[variant] = {
            "span_in_answer": round(hit / n, 4),
            "mean_answer_chars": round(lengths / n, 1),
            "refused": round(refused / n, 4),
            "seconds": round(time.perf_counter() - t0, 1),
        }
        print(
            f"{variant:8s} span in answer {hit / n:.3f}  mean answer {lengths / n:.0f} chars  "
            f"refused {refused / n:.3f}  ({n} questions)",
            flush=True,
        )
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
