"""Plots for the evaluation report: calibration of the answer confidence and the
accuracy-vs-refusal curve (matplotlib, a dev dependency; without it the report says so).

Each point is one gold question: the generator's confidence (the fitted selector's probability
for its lead sentence), whether it answered, and whether the answer was right (an unanswerable
question is right only when refused).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def _points(report: dict[str, Any], gen: str) -> list[tuple[float, bool, bool, bool]]:
    return [tuple(p) for p in report["answers"][gen].get("points", []) if p[0] is not None]  # type: ignore[misc]


def write_plots(report: dict[str, Any], stem: Path, gen: str = "extractive") -> list[Path]:
    """Write ``<stem>-calibration.png`` and ``<stem>-refusal.png``; return their paths ([] without
    matplotlib or data)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    pts = _points(report, gen)
    if not pts:
        return []
    out: list[Path] = []
    # calibration: answered questions, binned by confidence, against the share answered right
    answered = [(c, ok) for c, refused, ok, _ in pts if not refused]
    fig, ax = plt.subplots(figsize=(4.5, 4))
    edges = [i / 10 for i in range(11)]
    xs, ys, ns = [], [], []
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = [ok for c, ok in answered if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if sel:
            xs.append((lo + hi) / 2)
            ys.append(sum(sel) / len(sel))
            ns.append(len(sel))
    ax.plot([0, 1], [0, 1], ls="--", color="grey", lw=1, label="perfect calibration")
    ax.scatter(xs, ys, s=[12 + 4 * n for n in ns], label="answered questions (size: count)")
    ax.legend(loc="upper left", fontsize=7)
    out.append(
        _save(
            plt,
            fig,
            ax,
            "Calibration",
            "confidence of the lead sentence",
            "share answered correctly",
            stem.parent / f"{stem.name}-calibration.png",
        )
    )
    # accuracy vs refusal: raise the threshold over the answered questions' confidences
    fig, ax = plt.subplots(figsize=(4.5, 4))
    n = len(pts)
    thresholds = sorted({0.0, *(c for c, *_ in pts)})
    rx, ry = [], []
    for t in thresholds:
        right = sum(
            1
            for c, refused, ok, unans in pts
            if (not refused and c >= t and ok) or (unans and (refused or c < t))
        )
        refused_share = sum(1 for c, refused, *_ in pts if refused or c < t) / n
        rx.append(refused_share)
        ry.append(right / n)
    ax.plot(rx, ry, marker=".", lw=1)
    ylabel = "share handled right (right answer or right refusal)"
    out.append(
        _save(
            plt,
            fig,
            ax,
            "Accuracy vs refusal",
            "share of questions refused",
            ylabel,
            stem.parent / f"{stem.name}-refusal.png",
        )
    )
    return out


def _save(plt: Any, fig: Any, ax: Any, title: str, xlabel: str, ylabel: str, path: Path) -> Path:
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


__all__ = ["write_plots"]
