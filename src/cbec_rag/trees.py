"""A boosted tree ensemble over named features, as eval/fit_selector.py ``--candidate-model trees`` saves
it: the fitted answer selector's candidate model can be one in place of the logistic one
(:class:`cbec_rag.logistic.Logistic`). The trees are scikit-learn's histogram gradient boosting for
binary classification, exported as plain node arrays, so that reading them needs numpy only."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

_FIELDS = ("feature", "threshold", "left", "right", "missing_left", "leaf", "value")


@dataclass(frozen=True)
class Trees:
    """Boosted regression trees over named features; P(class 1) is the logistic of their summed leaf
    values plus ``baseline``. Nodes of every tree are in one set of arrays; ``roots`` holds each
    tree's first node. At a split, a row goes left when its value is at most ``threshold``, or,
    for an unknown (NaN) value, when ``missing_left`` says so."""

    names: tuple[str, ...]
    baseline: float
    roots: np.ndarray  # int64, one per tree
    feature: np.ndarray  # int64, the column (of ``names``) a split reads
    threshold: np.ndarray  # float64
    left: np.ndarray  # int64, child nodes (of splits; unused at leaves)
    right: np.ndarray
    missing_left: np.ndarray  # bool
    leaf: np.ndarray  # bool
    value: np.ndarray  # float64, a leaf's contribution to the raw score

    def raw(self, Z: np.ndarray) -> np.ndarray:
        """The raw score (log-odds) per row of ``Z`` (columns in :attr:`names` order). Every row
        walks every tree at once, one level a step (a loop per tree cost 300 Python steps a level)."""
        Z = np.asarray(Z, dtype=np.float64)
        if not len(Z):
            return np.full(0, self.baseline)
        node = np.repeat(self.roots[None, :], len(Z), axis=0)  # (rows, trees)
        rows = np.repeat(np.arange(len(Z))[:, None], len(self.roots), axis=1)
        while True:
            going = ~self.leaf[node]
            if not going.any():
                break
            at = node[going]
            x = Z[rows[going], self.feature[at]]
            left = np.where(np.isnan(x), self.missing_left[at], x <= self.threshold[at])
            node[going] = np.where(left, self.left[at], self.right[at])
        return self.baseline + self.value[node].sum(axis=1)

    def proba(self, Z: np.ndarray) -> np.ndarray:
        """P(class 1) per row of ``Z`` (columns in :attr:`names` order; NaN: as the fit sent it)."""
        return 1.0 / (1.0 + np.exp(-np.clip(self.raw(Z), -30, 30)))

    def split_counts(self) -> dict[str, int]:
        """How many splits read each feature (the fit script prints them as the trees' importances)."""
        counts = np.bincount(self.feature[~self.leaf], minlength=len(self.names))
        return {n: int(c) for n, c in zip(self.names, counts, strict=True)}

    def to_json(self) -> dict:
        return {
            "names": list(self.names),
            "baseline": float(self.baseline),
            "roots": [int(x) for x in self.roots],
            "feature": [int(x) for x in self.feature],
            "threshold": [float(x) for x in self.threshold],
            "left": [int(x) for x in self.left],
            "right": [int(x) for x in self.right],
            "missing_left": [bool(x) for x in self.missing_left],
            "leaf": [bool(x) for x in self.leaf],
            "value": [float(x) for x in self.value],
        }

    @classmethod
    def from_json(cls, obj: dict, known: dict[str, int]) -> Trees:
        """Read and check the arrays: every split reads a named column and points to later nodes
        (so every row reaches a leaf), every leaf value is finite."""
        names = tuple(obj["names"])
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValueError(f"unknown features {unknown}")
        baseline = float(obj["baseline"])
        if not math.isfinite(baseline):
            raise ValueError("the baseline must be finite")
        ints = {k: np.asarray(obj[k], dtype=np.int64) for k in ("roots", "feature", "left", "right")}
        flts = {k: np.asarray(obj[k], dtype=np.float64) for k in ("threshold", "value")}
        bools = {k: np.asarray(obj[k], dtype=bool) for k in ("missing_left", "leaf")}
        n = len(bools["leaf"])
        arrays = {**ints, **flts, **bools}
        if any(arrays[k].shape != (n,) for k in _FIELDS) or ints["roots"].ndim != 1:
            raise ValueError("the node arrays must be flat and of one length")
        if np.isnan(flts["threshold"]).any() or not np.isfinite(flts["value"]).all():
            # (a threshold may be infinite: a split of the unknown values from all the others)
            raise ValueError("thresholds must be numbers and leaf values finite")
        if not len(ints["roots"]) or ((ints["roots"] < 0) | (ints["roots"] >= n)).any():
            raise ValueError("every tree's root must be a node")
        split = ~bools["leaf"]
        idx = np.arange(n)
        for side in ("left", "right"):
            child = ints[side][split]
            if ((child <= idx[split]) | (child >= n)).any():
                raise ValueError(f"a split's {side} child must be a later node")
        if ((ints["feature"][split] < 0) | (ints["feature"][split] >= len(names))).any():
            raise ValueError("a split reads a column the trees do not name")
        return cls(names, baseline, **arrays)  # type: ignore[arg-type]


def from_sklearn(model, names: list[str] | tuple[str, ...]) -> Trees:
    """The trees of a fitted binary ``sklearn.ensemble.HistGradientBoostingClassifier`` (numeric
    features only), fitted on the columns ``names``."""
    parts: dict[str, list[np.ndarray]] = {k: [] for k in _FIELDS}
    roots, offset = [], 0
    for (predictor,) in model._predictors:
        nodes = predictor.nodes
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not supported")
        leaf = nodes["is_leaf"].astype(bool)
        roots.append(offset)
        parts["feature"].append(np.where(leaf, 0, nodes["feature_idx"]).astype(np.int64))
        parts["threshold"].append(np.where(leaf, 0.0, nodes["num_threshold"]).astype(np.float64))
        parts["left"].append(np.where(leaf, 0, nodes["left"] + offset).astype(np.int64))
        parts["right"].append(np.where(leaf, 0, nodes["right"] + offset).astype(np.int64))
        parts["missing_left"].append(nodes["missing_go_to_left"].astype(bool))
        parts["leaf"].append(leaf)
        parts["value"].append(np.where(leaf, nodes["value"], 0.0).astype(np.float64))
        offset += len(nodes)
    arrays = {k: np.concatenate(v) for k, v in parts.items()}
    baseline = float(np.ravel(model._baseline_prediction)[0])
    return Trees(tuple(names), baseline, np.asarray(roots, dtype=np.int64), **arrays)  # type: ignore[arg-type]


__all__ = ["Trees", "from_sklearn"]
