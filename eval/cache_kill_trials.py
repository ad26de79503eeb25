"""kill -9 trials in the embedding cache's save window: does the next build re-embed more than
the changed document?

    python eval/cache_kill_trials.py [--trials 20] [--seed 19] [--docs 24] [--dim 1024]

Setup: an index of a synthetic corpus (fake embedder, so nothing but the cache costs time),
then one document changed. Each trial copies that index, starts a rebuild in a child process
and kills it (SIGKILL) inside ``EmbeddingCache.save``:

* ``event`` trials: the child kills itself just before the k-th ``os.fsync``/``os.replace``
  made by the save (k drawn at random; k = the number of such calls: just after the save
  returned, before the new index generation is written);
* ``timed`` trials: the parent polls the cache folder and kills the child a random 0-3 ms
  after a temp file of the save appears (mid-write, mid-fsync, around the rename).

Then the next build runs to completion and its count of newly embedded chunks is compared
with that of an uninterrupted rebuild (the changed document's chunks). The figure printed at
the end is how many trials re-embedded more than that (goal: 0), and how many left temp files
in the cache folder after the next build (goal: 0).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

TOPICS = ["海外仓", "综合试验区", "跨境电商", "通关监管", "出口退税", "物流枢纽", "人才培养", "知识产权"]
PLACES = ["杭州", "郑州", "宁波", "广州", "深圳", "重庆", "成都", "厦门"]

# Runs in the child: a rebuild that SIGKILLs itself before the k-th fsync/replace inside
# EmbeddingCache.save (k = -1: never). argv: corpus index_dir dim k
CHILD = r"""
import os, signal, sys
import cbec_rag.embed_cache as ec
from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index

corpus, index_dir, dim, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
state = {"in_save": False, "events": 0}

def counted(fn):
    def wrapper(*a, **k):
        if state["in_save"]:
            if state["events"] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            state["events"] += 1
        return fn(*a, **k)
    return wrapper

os.fsync = counted(os.fsync)
os.replace = counted(os.replace)
real_save = ec.EmbeddingCache.save

def save(self):
    state["in_save"] = True
    try:
        real_save(self)
    finally:
        state["in_save"] = False
    if state["events"] == kill_at:  # k == number of events: right after the save
        os.kill(os.getpid(), signal.SIGKILL)

ec.EmbeddingCache.save = save
build_index(corpus, index_dir, embedder=FakeEmbedder(dim), embedder_spec=f"fake:{dim}")
print(f"events={state['events']}")
"""


def write_corpus(folder: Path, n_docs: int, changed: int | None = None, seed: int = 7) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    for d in range(n_docs):
        lines = [f"关于{rng.choice(PLACES)}{rng.choice(TOPICS)}的实施意见", "一、总体要求"]
        for s in range(14):
            topic, place = rng.choice(TOPICS), rng.choice(PLACES)
            version = 2 if d == changed else 1
            lines.append(
                f"{place}市{topic}第{version}-{d}-{s}项措施：对符合条件的企业给予最高{rng.randint(10, 900)}万元补贴，"
                f"{topic}年均增长{rng.randint(3, 40)}%。"
            )
            if s == 7:
                lines.append("二、保障措施")
        (folder / f"doc_{d:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}


def run_child(corpus: Path, index_dir: Path, dim: int, kill_at: int) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", CHILD, str(corpus), str(index_dir), str(dim), str(kill_at)]
    return subprocess.run(cmd, capture_output=True, text=True, env=child_env(), timeout=300)


def timed_kill(corpus: Path, index_dir: Path, dim: int, rng: random.Random) -> bool:
    """Kill the child 0-3 ms after a temp file appears in the cache folder; False if it finished first."""
    cache = index_dir / "cache"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), str(index_dir), str(dim), "-1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(),
    )
    try:
        while proc.poll() is None:
            if cache.is_dir() and any(p.name.endswith(".tmp") for p in cache.iterdir()):
                time.sleep(rng.uniform(0, 0.003))
                proc.send_signal(signal.SIGKILL)
                proc.wait(30)
                return proc.returncode == -signal.SIGKILL
            time.sleep(0.0002)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(30)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--docs", type=int, default=24)
    ap.add_argument("--dim", type=int, default=1024, help="fake embedder dimension (a larger cache file)")
    args = ap.parse_args(argv)

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    rng = random.Random(args.seed)
    emb = FakeEmbedder(args.dim)
    spec = f"fake:{args.dim}"
    with tempfile.TemporaryDirectory(prefix="cache-kill-") as tmp:
        base = Path(tmp)
        v1 = write_corpus(base / "v1", args.docs)
        v2 = write_corpus(base / "v2", args.docs, changed=args.docs // 2)
        built = base / "built"
        full = build_index(v1, built, embedder=emb, embedder_spec=spec)
        ref = base / "ref"
        shutil.copytree(built, ref)
        expected = build_index(v2, ref, embedder=emb, embedder_spec=spec).embedded
        probe = base / "probe"
        shutil.copytree(built, probe)
        out = run_child(v2, probe, args.dim, -1)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 1
        events = int(out.stdout.strip().rsplit("events=", 1)[1])
        print(
            f"corpus: {args.docs} documents, {full.chunks} chunks; one document changed: {expected} chunks "
            f"to embed; cache save makes {events} fsync/replace calls"
        )
        worse = leftovers = 0
        outcomes: dict[str, int] = {}
        for trial in range(args.trials):
            index_dir = base / f"trial{trial}"
            shutil.copytree(built, index_dir)
            if trial % 2 == 0:
                k = rng.randint(0, events)
                how = f"event {k}/{events}"
                run_child(v2, index_dir, args.dim, k)
            else:
                how = "timed"
                for _ in range(5):
                    if timed_kill(v2, index_dir, args.dim, rng):
                        break
                    shutil.rmtree(index_dir)
                    shutil.copytree(built, index_dir)
                else:
                    how = "timed (missed: the save finished first)"
            summary = build_index(v2, index_dir, embedder=emb, embedder_spec=spec)
            temps = [p.name for p in (index_dir / "cache").iterdir() if p.name.endswith(".tmp")]
            bad = summary.embedded > expected
            worse += bad
            leftovers += bool(temps)
            outcome = "RE-EMBEDDED MORE" if bad else "ok"
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            print(
                f"trial {trial:2d} [{how}]: next build embedded {summary.embedded} (expected <= {expected}): "
                f"{outcome}{'; temp files left: ' + ', '.join(temps) if temps else ''}"
            )
            shutil.rmtree(index_dir)
        print(
            f"\ncache-save kill -9 trials: {args.trials}; next build re-embedded more than the changed "
            f"document: {worse}/{args.trials}; temp files left after the next build: {leftovers}/{args.trials}"
        )
    return 1 if worse or leftovers else 0


if __name__ == "__main__":
    raise SystemExit(main())
