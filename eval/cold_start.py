"""Cold-start time of one `cbec-rag ask` call: a fresh Python process per run, as a user's shell
runs it (imports, index load, dictionaries, the answer), wall clock.

    python eval/cold_start.py [--runs 5] [--index-dir index] [--question Q] [--src DIR ...]

Each ``--src`` is a source tree (its ``src`` folder) to time; several are run interleaved, so a
change of machine load hits them alike (e.g. the tree before a change and the one after).
One untimed run per tree first builds its user caches (jieba tables, CC-CEDICT). Prints every
run, min and median per tree, and the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--index-dir", default=str(ROOT / "index"))
    ap.add_argument("--question", default="各地跨境电商发展面临哪些主要问题？")
    ap.add_argument("--src", action="append", help="source folder to time (default: this tree's src)")
    args = ap.parse_args()
    trees = args.src or [str(ROOT / "src")]

    def once(src: str) -> float:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, str(Path(src).parent)])}
        cmd = [sys.executable, "-m", "cbec_rag.cli", "ask", args.question, "--index-dir", args.index_dir]
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - t0

    load_before = os.getloadavg()
    for src in trees:
        once(src)  # builds the user caches, if any
    times: dict[str, list[float]] = {src: [] for src in trees}
    for _ in range(args.runs):
        for src in trees:
            times[src].append(once(src))
    load_after = os.getloadavg()
    print(f"question: {args.question}  index: {args.index_dir}  runs: {args.runs}")
    for src, ts in times.items():
        runs = " ".join(f"{t:.2f}" for t in ts)
        print(f"{src}: min {min(ts):.2f} s, median {statistics.median(ts):.2f} s  ({runs})")
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*load_before))
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*load_after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
