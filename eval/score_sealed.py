"""Score a sealed gold file and print only aggregate figures (issue 16): no question, answer or
failure is printed, so scoring a sealed set never shows what is in it.

    python eval/score_sealed.py --gold eval/sealed/gold_sealed.jsonl --index-dir index
    python eval/score_sealed.py --gold eval/heldout/gold.jsonl --index-dir eval/out/heldout_index
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.eval import is_relevant, load_gold, run_eval  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402

KEYS = ("n", "accuracy", "citation_precision", "answer_support", "wrongly_refused", "unanswerable_refused")


def outcomes(v: dict) -> dict[str, int]:
    """What a user got, counted over every question of a slice: ``right`` (a correct answer, or a
    refusal of an unanswerable question), ``wrong`` (an answer that is not right, to either kind)
    and ``missed`` (an answerable question refused)."""
    n, n_un = v["n"], v.get("n_unanswerable", 0)
    correct = round(v["accuracy"] * n)
    missed = round(v["wrongly_refused"] * n)
    refused_un = round(v.get("unanswerable_refused", 0.0) * n_un)
    return {
        "right": correct + refused_un,
        "wrong": (n - correct - missed) + (n_un - refused_un),
        "missed": missed,
        "questions": n + n_un,
    }


def why_refused(pipe, gold) -> dict[str, int]:
    """Counts over the answerable questions refused (after run_eval located their evidence): by
    what refused them, and whether a passage holding the answer was among the top 5. Counts only."""
    out: dict[str, int] = {}
    for it in gold:
        if it.unanswerable:
            continue
        ans = pipe.ask(it.question, k=5, mode="hybrid")
        if not ans.refused:
            continue
        # (a refusal's own flag; retrieval notes come before it)
        flag = next((f for f in ans.flags if f.startswith("refused: ")), "").removeprefix("refused: ")
        what = (
            "off-topic guard"
            if flag.startswith("off-topic")
            else "answerability head"
            if "probability" in flag
            else "no candidate"
            if "no candidate" in flag
            else "other"
        )
        found = any(is_relevant(h, it) for h in ans.passages[:5])
        key = f"{what} ({'answer in top 5' if found else 'answer not in top 5'})"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument(
        "--selector-weights", type=Path, help="the fitted selector's weights file (default: the packaged one)"
    )
    ap.add_argument(
        "--no-rerank", action="store_true", help="keep the fused order (no fitted passage reranker)"
    )
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--why",
        action="store_true",
        help="also count, over the answerable questions, what refused them (the on-topic guard, the "
        "answerability head, no candidate) and whether a passage holding the answer was in the top 5",
    )
    args = ap.parse_args()
    digest = hashlib.sha256(args.gold.read_bytes()).hexdigest()
    gold = load_gold(args.gold)
    pipe = Pipeline.load(
        args.index_dir,
        selector_weights=args.selector_weights,
        rerank=not args.no_rerank,
    )
    report = run_eval(pipe, gold)
    if report["gold"]["errors"]:
        print(
            f"{len(report['gold']['errors'])} gold items could not be located in the corpus", file=sys.stderr
        )
    ans = report["answers"]["extractive"]
    out = {
        "gold": str(args.gold),
        "sha256": digest,
        "selector_weights": str(args.selector_weights) if args.selector_weights else "packaged",
        "rerank": pipe.retriever.reranker is not None,
        "hybrid_hit@5": {k: round(v["hit@5"], 3) for k, v in report["retrieval"]["hybrid"].items()},
        "answers": {
            lang: {k: round(v[k], 3) for k in KEYS if k in v} | outcomes(v)
            for lang, v in ans.items()
            if lang in ("all", "zh", "en")
        },
        # accuracy per question type (the set's own types: list, reason, figure...), aggregates only
        "by_type": {t: round(v, 3) for t, v in ans.get("by_type", {}).items()},
        "quote_validity": ans["quote_validity"],
        "ask_p50_ms": report["latency_ms"].get("ask.extractive.total", {}).get("p50"),
    }
    if args.why:
        out["why_refused"] = why_refused(pipe, gold)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    print(
        f"{args.gold} (sha256 {digest[:12]}), selector weights {out['selector_weights']}, reranker {'on' if out['rerank'] else 'off'}"
    )
    print(f"hybrid hit@5: {out['hybrid_hit@5']}")
    for lang, v in out["answers"].items():
        print(f"  {lang:3s} " + "  ".join(f"{k} {v[k]}" for k in KEYS if k in v))
        print(
            f"      outcomes: right {v['right']}, wrong {v['wrong']}, missed {v['missed']} of {v['questions']}"
        )
    if out["by_type"]:
        print("  accuracy by type: " + ", ".join(f"{t} {v}" for t, v in out["by_type"].items()))
    print(f"  quote validity {out['quote_validity']}, ask p50 {out['ask_p50_ms']} ms")
    if args.why:
        print(
            "  answerable questions refused, by what refused them: "
            + ", ".join(f"{k} {v}" for k, v in out["why_refused"].items())
        )


if __name__ == "__main__":
    main()
