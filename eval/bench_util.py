"""Small helpers shared by eval/bench.py and its sections (eval/ is not a package)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold.jsonl"
perf = time.perf_counter


def ms(values: list[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(values) * 1000, q)), 2) if values else float("nan")


def bar(items, desc: str, total: int | None = None) -> tqdm:
    return tqdm(items, desc=desc, total=total, file=sys.stderr, leave=False, mininterval=1.0)


def vmrss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return next(round(int(ln.split()[1]) / 1024, 1) for ln in status if ln.startswith("VmRSS:"))


def rss_mb() -> float:
    return vmrss_mb(os.getpid())
