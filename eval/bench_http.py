"""HTTP throughput of POST /ask: starts the real server (``cbec-rag serve``) on a free port over an
index, then drives /ask with httpx (async) at each concurrency for a fixed time, cycling through
the gold questions. Prints, per concurrency: requests per second, p50/p95 latency, error count
(any non-200 or transport error), and the 1-minute load average before and after.

    python eval/bench_http.py [--index-dir index] [--gold eval/gold.jsonl]
                              [--concurrency 1,4,8] [--seconds 30] [--selector rules]

The server runs as a child process of this script and is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir: Path, port: int, selector: str, log: IO[str]) -> subprocess.Popen:
    env = dict(os.environ)
    # this checkout's code (the src package and the service package at the root) wins
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    cmd = [sys.executable, "-m", "cbec_rag.cli", "serve", "--index-dir", str(index_dir), "--port", str(port)]
    cmd += ["--selector", selector]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True)


def wait_ready(base: str, proc: subprocess.Popen, log: IO[str], timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise SystemExit(f"the server exited ({proc.returncode}): {log.read()[-2000:]}")
        try:
            if httpx.get(f"{base}/ready", timeout=2.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server was not ready within {timeout:.0f} s")


async def drive(base: str, questions: list[str], concurrency: int, seconds: float) -> tuple[list[float], int]:
    """``concurrency`` clients, each asking the next question as soon as its last answer came."""
    latencies: list[float] = []
    errors = 0
    counter = iter(range(10**9))
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.perf_counter() < stop:
            q = questions[next(counter) % len(questions)]
            t0 = time.perf_counter()
            try:
                r = await http.post("/ask", json={"question": q})
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            if ok:
                latencies.append((time.perf_counter() - t0) * 1000)
            else:
                errors += 1

    async with httpx.AsyncClient(base_url=base, timeout=60.0, limits=limits) as http:
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
    return latencies, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=ROOT / "index")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--concurrency", default="1,4,8")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--selector", default="rules", choices=("rules", "fitted"))
    args = ap.parse_args()
    questions = [json.loads(x)["question"] for x in args.gold.read_text(encoding="utf-8").splitlines() if x]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tempfile.TemporaryFile("w+", encoding="utf-8")  # the server's log (read if it fails to start)
    proc = start_server(args.index_dir.resolve(), port, args.selector, log)
    try:
        wait_ready(base, proc, log)
        asyncio.run(drive(base, questions, 1, min(10.0, args.seconds)))  # warm-up (caches, pools)
        print(
            f"POST /ask, {len(questions)} questions cycled, {args.seconds:.0f} s per concurrency, "
            f"selector {args.selector}, {os.cpu_count()} CPUs"
        )
        for c in (int(x) for x in args.concurrency.split(",")):
            load0 = os.getloadavg()[0]
            t0 = time.perf_counter()
            lat, errors = asyncio.run(drive(base, questions, c, args.seconds))
            elapsed = time.perf_counter() - t0
            load1 = os.getloadavg()[0]
            q = statistics.quantiles(lat, n=20) if len(lat) > 1 else [float("nan")] * 19
            print(
                f"  concurrency {c}: {len(lat) / elapsed:6.1f} req/s   p50 {statistics.median(lat):6.1f} ms   "
                f"p95 {q[18]:6.1f} ms   errors {errors}   ({len(lat)} answers; load average "
                f"{load0:.2f} -> {load1:.2f})"
            )
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


if __name__ == "__main__":
    main()
