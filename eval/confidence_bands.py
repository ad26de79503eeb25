"""How often an answer is right in each confidence band the CLI and the web page name (low, medium,
high: cbec_rag.render.CONFIDENCE_BANDS), over sealed sets already used for decisions. Aggregates only.

    python eval/confidence_bands.py                      # heldout17 ... heldout21
    python eval/confidence_bands.py --sets heldout19,heldout20 [--selector-weights FILE]

Each set's index must be built (eval/out/<set>_index, as eval/compare_sealed.py expects). An answer is
right as eval/score_sealed.py counts it (for a near miss, any answer is wrong); refusals are left out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from compare_sealed import all_sets  # noqa: E402

from cbec_rag.eval import load_gold, run_eval  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.render import CONFIDENCE_BANDS, confidence_band  # noqa: E402

DEFAULT_SETS = "heldout17,heldout18,heldout19,heldout20,heldout21"


def by_band(points: list) -> dict[str, tuple[int, int]]:
    """(answers, right) per band from run_eval's points (confidence, refused, handled, unanswerable)."""
    out = {name: (0, 0) for _, name in CONFIDENCE_BANDS}
    for conf, refused, handled, _ in points:
        if refused or conf is None:
            continue
        name = confidence_band(conf)
        n, right = out[name]
        out[name] = (n + 1, right + int(bool(handled)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=DEFAULT_SETS, help="comma-separated sealed set names")
    ap.add_argument("--selector-weights", type=Path, default=None, help="a weights file (default: packaged)")
    args = ap.parse_args()
    wanted = args.sets.split(",")
    sets = {s.name: s for s in all_sets()}
    missing = [w for w in wanted if w not in sets]
    if missing:
        sys.exit(
            f"no built index for {missing}: build eval/out/<set>_index first (eval/compare_sealed.py --help)"
        )
    total = {name: np.zeros(2, dtype=int) for _, name in CONFIDENCE_BANDS}
    for w in wanted:
        s = sets[w]
        pipe = Pipeline.load(s.index_dir, selector_weights=args.selector_weights)
        points = run_eval(pipe, load_gold(s.gold))["answers"]["extractive"]["points"]
        for name, (n, right) in by_band(points).items():
            total[name] += (n, right)
        print(
            f"{w}: " + ", ".join(f"{k} {n} ({r} right)" for k, (n, r) in by_band(points).items()), flush=True
        )
    lo = 0.0
    for upper, name in CONFIDENCE_BANDS:
        n, right = total[name]
        share = f"{right / n:.3f}" if n else "-"
        print(f"{name:6s} [{lo:.2f}, {upper:.2f}): {n:5d} answers, right {share}")
        lo = upper


if __name__ == "__main__":
    main()
