"""Writing the Milvus collections of :mod:`.milvus`: a new collection per full build behind an
alias switch, or upserts and deletes by document on the live one (see :func:`sync_collection`)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..errors import CbecRagError, CorpusError, QueryError
from ..types import Chunk
from .milvus import (
    _TEXT_FIELDS,
    AUTO_THRESHOLD,
    HNSW_EF_CONSTRUCTION,
    HNSW_M,
    RECORD_FIELDS,
    SCHEMA_VERSION,
    MilvusTarget,
    _properties,
    connect,
    disconnect,
    live_collection,
    log,
    open_client,
)
from .milvus_errors import failure
from .milvus_names import collection_name, collections_of
from .sparse import doc_vector, mean_length


def _check_lengths(chunk: Chunk) -> None:
    for name, limit in _TEXT_FIELDS.items():
        n = len(str(getattr(chunk, name)).encode("utf-8"))
        if n > limit:
            raise CorpusError(
                f"chunk {chunk.chunk_id} has a {name} of {n} bytes, over Milvus' {limit}: "
                f"index with a smaller --max-tokens or use the embedded backend"
            )


def _rows(
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    tokens: Sequence[list[str]],
    avgdl: float,
    k1: float,
    b: float,
) -> list[dict[str, Any]]:
    rows = []
    for c, v, toks in zip(chunks, vectors, tokens, strict=True):
        _check_lengths(c)
        row: dict[str, Any] = {f: getattr(c, f) for f in RECORD_FIELDS}
        row["dense"] = np.asarray(v, dtype=np.float32)
        row["sparse"] = doc_vector(toks, avgdl=avgdl, k1=k1, b=b)
        rows.append(row)
    return rows


@dataclass
class SyncSummary:
    mode: str  # "full" | "incremental"
    collection: str
    inserted: int
    deleted: int
    dropped: list[str]
    seconds: float


def _create(client: Any, name: str, dim: int, n_rows: int, dense_kind: str, props: dict[str, str]) -> None:
    from pymilvus import DataType

    schema = client.create_schema(auto_id=False, enable_dynamic_field=False, description="cbec-rag chunks")
    schema.add_field("chunk_id", DataType.VARCHAR, is_primary=True, max_length=1024)
    for f, limit in _TEXT_FIELDS.items():
        schema.add_field(f, DataType.VARCHAR, max_length=limit)
    schema.add_field("start", DataType.INT64)
    schema.add_field("end", DataType.INT64)
    schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    index = client.prepare_index_params()
    kind = dense_kind if dense_kind != "auto" else ("hnsw" if n_rows >= AUTO_THRESHOLD else "flat")
    if kind == "hnsw":
        index.add_index(
            "dense",
            index_type="HNSW",
            metric_type="IP",
            params={"M": HNSW_M, "efConstruction": HNSW_EF_CONSTRUCTION},
        )
    elif kind == "flat":
        index.add_index("dense", index_type="FLAT", metric_type="IP")
    else:
        raise QueryError(f"unknown dense index kind {dense_kind!r}: choose auto, flat or hnsw")
    index.add_index("sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="IP")
    client.create_collection(
        name, schema=schema, index_params=index, properties={**props, "cbec.dense": kind}
    )


def _insert(client: Any, name: str, rows: list[dict[str, Any]], batch: int, upsert: bool = False) -> None:
    write = client.upsert if upsert else client.insert
    for i in range(0, len(rows), batch):
        part = [{**r, "dense": r["dense"].tolist()} for r in rows[i : i + batch]]
        write(name, part)


#: what a row's vectors were made from besides what its chunk id hashes (doc id, offsets, text):
#: a changed heading or table header leaves the id as it was, but not the vectors
_BESIDES_ID = ("section", "header", "title")


def _existing(client: Any, name: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """chunk id -> (doc id, its :data:`_BESIDES_ID` fields) of every row of a collection."""
    rows: dict[str, tuple[str, tuple[str, ...]]] = {}
    fields = ["chunk_id", "doc_id", *_BESIDES_ID]
    it = client.query_iterator(name, batch_size=4096, filter="", output_fields=fields)
    try:
        while True:
            page = it.next()
            if not page:
                break
            rows.update(
                (str(r["chunk_id"]), (str(r["doc_id"]), tuple(str(r[f]) for f in _BESIDES_ID))) for r in page
            )
    finally:
        it.close()
    return rows


def _wait_indexed(client: Any, name: str, timeout_s: float = 3600.0) -> None:
    """Until the dense index covers every row (a new generation is fast from its first query)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = client.describe_index(name, "dense") or {}
        total, done = int(info.get("total_rows", 0) or 0), int(info.get("indexed_rows", 0) or 0)
        if int(info.get("pending_index_rows", 0) or 0) == 0 and done >= total:
            return
        time.sleep(0.5)
    log.warning("the dense index of %s is still being built after %.0f s", name, timeout_s)


def sync_collection(
    target: MilvusTarget,
    *,
    generation: str,
    chunks: Sequence[Chunk],
    vectors: np.ndarray,
    tokens: Sequence[list[str]],
    embedder_id: str,
    dim: int,
    k1: float = 1.2,
    b: float = 0.75,
    dense_kind: str = "auto",
    rebuild: bool = False,
    batch: int = 2000,
    client: Any = None,
    before_switch: Callable[[str], None] | None = None,
) -> SyncSummary:
    """Make the collection behind ``target.alias`` hold exactly ``chunks`` (see the module
    docstring for the full and incremental paths). ``before_switch`` is called with the new
    collection's name just before the alias moves (tests use it to kill a build there).
    ``client``: an open client (the caller's to close), else one is opened and closed here."""
    own = client is None
    client = client or connect(target)
    t0 = time.perf_counter()
    try:
        live = live_collection(client, target.alias)
        props = _properties(client, live) if live else {}
        same = (
            live is not None
            and props.get("cbec.schema") == SCHEMA_VERSION
            and props.get("cbec.embedder") == embedder_id
            and props.get("cbec.dim") == str(dim)
            and props.get("cbec.k1") == repr(float(k1))
            and props.get("cbec.b") == repr(float(b))
        )
        leftovers = collections_of(client, target.alias)  # of killed builds: behind no alias
        for n in leftovers:
            client.drop_collection(n)
        if same and not rebuild:
            assert live is not None
            avgdl = float(props["cbec.avgdl"])
            client.load_collection(live)  # a milvus-lite file opened afresh holds it released
            have = _existing(client, live)
            want = {c.chunk_id: i for i, c in enumerate(chunks)}
            new = [  # new chunks, and chunks whose heading or table header changed
                i
                for cid, i in want.items()
                if cid not in have or have[cid][1] != tuple(str(getattr(chunks[i], f)) for f in _BESIDES_ID)
            ]
            rows = _rows([chunks[i] for i in new], vectors[new], [tokens[i] for i in new], avgdl, k1, b)
            _insert(client, live, rows, batch, upsert=True)  # new and changed documents' chunks first
            docs = {c.doc_id for c in chunks}
            removed = sorted({d for d, _ in have.values() if d not in docs})
            for i in range(0, len(removed), 100):  # removed documents: by doc id
                client.delete(
                    live, filter=f"doc_id in {json.dumps(removed[i : i + 100], ensure_ascii=False)}"
                )
            stale = sorted(cid for cid, (d, _) in have.items() if cid not in want and d in docs)
            for i in range(0, len(stale), batch):  # changed documents' old chunks: by chunk id
                client.delete(live, ids=stale[i : i + batch])
            client.flush(live)
            gone = sum(1 for cid in have if cid not in want)
            return SyncSummary("incremental", live, len(rows), gone, leftovers, time.perf_counter() - t0)

        name = collection_name(target.alias, generation)
        avgdl = mean_length(tokens)
        props_new = {
            "cbec.schema": SCHEMA_VERSION,
            "cbec.embedder": embedder_id,
            "cbec.dim": str(dim),
            "cbec.k1": repr(float(k1)),
            "cbec.b": repr(float(b)),
            "cbec.avgdl": repr(avgdl),
            "cbec.generation": generation,
        }
        _create(client, name, dim, len(chunks), dense_kind, props_new)
        for i in range(0, len(chunks), batch):
            sl = slice(i, i + batch)
            _insert(client, name, _rows(chunks[sl], vectors[sl], tokens[sl], avgdl, k1, b), batch)
        client.flush(name)
        _wait_indexed(client, name)
        client.load_collection(name)
        if before_switch is not None:
            before_switch(name)
        if live is None:
            client.create_alias(name, target.alias)
        else:
            client.alter_alias(name, target.alias)
        dropped = list(leftovers)
        if live is not None:
            client.drop_collection(live)
            dropped.append(live)
        return SyncSummary("full", name, len(chunks), 0, dropped, time.perf_counter() - t0)
    except CbecRagError:
        raise
    except Exception as e:
        raise failure(target, e, "writing the collection") from e
    finally:
        if own:
            disconnect(client, target.uri)


def drop_all(target: MilvusTarget, client: Any = None) -> list[str]:
    """Drop the alias and every collection of ``target.alias`` that no other alias points to (for
    tests and teardown)."""
    with open_client(target, client) as client:
        if live_collection(client, target.alias):
            client.drop_alias(target.alias)
        names = collections_of(client, target.alias)  # exactly its own, and none another alias names
        for n in names:
            client.drop_collection(n)
        return names
