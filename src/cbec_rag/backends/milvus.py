"""Milvus as the search backend (pymilvus ``MilvusClient``): a milvus-lite file or a cluster URI.

One collection per index generation, reached through an alias (the live pointer, as ``CURRENT``
is for the index folder). A row per chunk: its record (chunk id as primary key, doc id, source,
title, section, offsets, text, kind, table header), its dense vector and its lexical side as a
client-side BM25 sparse vector (:mod:`.sparse`: the same jieba tokens and query weights as the
embedded backend). The collection's properties name the embedder, its dimension, BM25's k1, b
and avgdl, and the schema version; another embedder or dimension is refused.

Writes (:func:`.milvus_write.sync_collection`):

* full build: a new collection ``<alias>__g<generation>`` is filled, flushed and indexed, then
  the alias is switched to it and the old collection dropped. A build killed before the switch
  leaves the alias on the old, complete collection; the next build drops the leftover (only
  names that are exactly this alias' generations, and never one any alias points to: see
  :mod:`.milvus_names`).
* incremental (same embedder, dimension and BM25 settings, ``rebuild=False``): the live
  collection gets the chunks of new or changed documents upserted, then the chunks that are
  gone deleted (by doc id for a removed document), then a flush. New rows keep the
  collection's avgdl, so lexical scores drift slightly from a fresh build until the next full
  one.

Reads (:class:`MilvusBackend`): one dense and one sparse search through the alias, each
returning both vectors of its hits, so every pooled chunk's exact BM25 and cosine scores are
computed here and fused by :mod:`cbec_rag.retrieve` as for the embedded backend; a hit is
never returned half-scored. A server that cannot answer raises
:class:`~cbec_rag.errors.BackendUnavailableError` (the CLI exits 3, the service answers 503 and
retries); a collection or request Milvus refuses for good (fields, dimension, parameters; see
:mod:`.milvus_errors`) raises :class:`~cbec_rag.errors.IndexMismatchError` naming the fix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..bm25 import Vocabulary
from ..errors import (
    BackendUnavailableError,
    CbecRagError,
    IndexMismatchError,
    IndexNotBuiltError,
    QueryError,
)
from ..types import Chunk
from .base import CandidateQuery, Candidates, SearchBackend
from .milvus_errors import failure
from .milvus_errors import unavailable as _unavailable
from .milvus_names import alias_problem, hide_secrets
from .milvus_names import collection_name as collection_name  # re-exported (tests, scripts)
from .sparse import LexicalQuery

log = logging.getLogger("cbec_rag.milvus")

SCHEMA_VERSION = "1"
DEFAULT_ALIAS = "cbec_rag"
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 200
DEFAULT_EF = 128
AUTO_THRESHOLD = 50_000  # as the embedded backend: exact search below, HNSW at or above
_TEXT_FIELDS = {  # name: max bytes (Milvus VARCHAR limit)
    "doc_id": 1024,
    "source": 4096,
    "title": 4096,
    "section": 16384,
    "text": 65535,
    "kind": 32,
    "header": 65535,
}
RECORD_FIELDS = ("chunk_id", *_TEXT_FIELDS, "start", "end")


@dataclass(frozen=True)
class MilvusTarget:
    """Where the collections live: ``uri`` a milvus-lite file (``./milvus.db``) or a server
    (``http://host:19530``), ``alias`` the live generation's alias (collections are named
    ``<alias>__g<generation>``), ``ef`` HNSW's search breadth, ``token`` for a secured cluster."""

    uri: str
    alias: str = DEFAULT_ALIAS
    ef: int = DEFAULT_EF
    token: str = ""
    timeout_s: float = 10.0

    def __post_init__(self) -> None:
        if not self.uri or not str(self.uri).strip():
            raise QueryError("the Milvus backend needs a URI: pass --milvus-uri FILE.db or http://host:19530")
        problem = alias_problem(self.alias)
        if problem:
            raise QueryError(f"{self.alias!r} is not a usable Milvus alias (--milvus-alias): {problem}")
        if self.ef < 1:
            raise QueryError("the HNSW search breadth ef must be at least 1")

    @property
    def shown(self) -> str:
        """The URI for messages and logs: a password or token in it replaced by ``***``."""
        return hide_secrets(self.uri)


#: clients :func:`connect` opened on each milvus-lite file (absolute path) and not yet handed to
#: :func:`disconnect`: pymilvus runs one in-process milvus-lite server per file, holding the
#: file's lock, and closing a client does not stop it; the last :func:`disconnect` does
_lite_clients: dict[str, weakref.WeakSet[Any]] = {}
_lite_lock = threading.Lock()


def _lite_path(uri: str) -> str | None:
    """The absolute path of a milvus-lite file URI (pymilvus' rule: it ends in ``.db``), else None."""
    return os.path.abspath(uri) if uri.endswith(".db") else None


def connect(target: MilvusTarget) -> Any:
    """A ``MilvusClient`` for ``target``; :class:`BackendUnavailableError` naming the URI when it
    cannot be reached. Hand it back with :func:`disconnect`."""
    try:
        from pymilvus import MilvusClient
    except ImportError as e:  # pragma: no cover - a dependency
        raise BackendUnavailableError(
            "the Milvus backend needs pymilvus and milvus-lite: pip install 'cbec-rag[milvus]'"
        ) from e
    # after the import (pymilvus configures its loggers then): its RPC errors reach us as
    # exceptions, and milvus-lite's in-process gRPC server logs calls it does not implement
    for name in ("pymilvus", "grpc._server"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    lite = _lite_path(target.uri)
    with (
        _lite_lock if lite else contextlib.nullcontext()
    ):  # a file's server is not stopped while a client opens on it
        try:
            client = MilvusClient(uri=target.uri, token=target.token, timeout=target.timeout_s)
            client.list_aliases()  # a round trip: the constructor alone may not reach the server
        except Exception as e:
            raise _unavailable(target, e, "connecting") from e
        if lite:
            _lite_clients.setdefault(lite, weakref.WeakSet()).add(client)
    return client


def disconnect(client: Any, uri: str) -> None:
    """Close a client of :func:`connect`; for a milvus-lite file, the last one open on it in
    this process also stops its in-process server, which frees the file's lock (another
    process may open it then). Never raises: closing a dead connection is not an error."""
    lite = _lite_path(uri)
    with _lite_lock if lite else contextlib.nullcontext():
        try:
            client.close()
        except Exception:  # noqa: BLE001 - closing a dead connection
            log.debug("closing the Milvus client failed", exc_info=True)
        users = _lite_clients.get(lite) if lite else None
        if users is None or client not in users:
            return
        users.discard(client)
        if len(users) == 0:
            del _lite_clients[lite]
            try:
                from milvus_lite.server_manager import server_manager_instance

                server_manager_instance.release_server(lite)
            except Exception:  # noqa: BLE001 - an older milvus-lite: its server stops at exit
                log.debug("stopping the milvus-lite server of %s failed", lite, exc_info=True)


@contextlib.contextmanager
def open_client(target: MilvusTarget, client: Any = None) -> Iterator[Any]:
    """``client`` as it is (the caller's to close), else a new one from :func:`connect` that is
    closed (:func:`disconnect`) on the way out."""
    if client is not None:
        yield client
        return
    client = connect(target)
    try:
        yield client
    finally:
        disconnect(client, target.uri)


#: Milvus status codes of an alias that does not exist (collection not found, alias not found)
_NO_ALIAS_CODES = (100, 1600)


def live_collection(client: Any, alias: str) -> str | None:
    """The collection the alias names, or None when there is no such alias."""
    try:
        return str(client.describe_alias(alias)["collection_name"])
    except Exception as e:
        if getattr(e, "code", None) in _NO_ALIAS_CODES:
            return None
        if "not" in str(e).lower() and ("exist" in str(e).lower() or "found" in str(e).lower()):
            return None  # a server that words it without a code
        raise


def _properties(client: Any, name: str) -> dict[str, str]:
    return _props(client.describe_collection(name))


def _props(desc: Mapping[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in (desc.get("properties") or {}).items()}


_VECTOR_TYPES = {"dense": "FLOAT_VECTOR", "sparse": "SPARSE_FLOAT_VECTOR"}


def _schema_problem(desc: Mapping[str, Any], dim: int) -> str | None:
    """What keeps a described collection from being searched as a cbec-rag one, or None."""
    fields = {str(f.get("name")): f for f in desc.get("fields") or [] if isinstance(f, Mapping)}
    missing = [f for f in (*RECORD_FIELDS, *_VECTOR_TYPES) if f not in fields]
    if missing:
        return f"it has no field {', '.join(missing)}"
    for name, want in _VECTOR_TYPES.items():
        kind = fields[name].get("type")
        if getattr(kind, "name", str(kind)) != want:
            return f"its field {name} is {getattr(kind, 'name', kind)}, not {want}"
    got = (fields["dense"].get("params") or {}).get("dim")
    if got is not None and str(got) != str(dim):
        return f"its dense vectors have {got} dimensions, not {dim}"
    return None


class MilvusBackend(SearchBackend):
    """Searches the collection behind ``target.alias``.

    ``vocab`` is the loaded index's vocabulary (document frequencies for the query's IDF);
    ``known`` maps the chunk ids of the loaded index generation to its chunks: a Milvus row the
    generation does not know (written by a newer build that this process has not loaded yet) is
    left out, so every hit's document and offsets are the ones the generator quotes from.
    """

    name = "milvus"

    def __init__(
        self,
        target: MilvusTarget,
        *,
        embedder_id: str,
        dim: int,
        vocab: Vocabulary,
        known: Mapping[str, Chunk] | None = None,
        client: Any = None,
    ) -> None:
        self.target = target
        self.vocab = vocab
        self.known = known
        self._owns_client = client is None  # a client handed in stays the caller's to close
        self.client = client or connect(target)
        try:
            self.collection, props = self._open(embedder_id, dim)
        except BaseException:
            self.close()  # a refused collection leaves no client open (nor a milvus-lite file locked)
            raise
        self.avgdl = float(props.get("cbec.avgdl", "1"))

    def _open(self, embedder_id: str, dim: int) -> tuple[str, dict[str, str]]:
        """The live collection's name and properties, checked against the loaded embedder, and
        loaded for search."""
        target = self.target
        try:
            live = live_collection(self.client, target.alias)
            desc = self.client.describe_collection(live) if live else {}
        except Exception as e:
            raise failure(target, e, "opening the collection") from e
        if live is None:
            raise _NoCollectionError(target)
        props = _props(desc)
        got = (props.get("cbec.embedder"), props.get("cbec.dim"))
        if got != (embedder_id, str(dim)):
            raise IndexMismatchError(
                f"the Milvus collection {live} behind alias {target.alias} at {target.shown} was built with "
                f"embedder {got[0]} ({got[1]}-d) but {embedder_id} ({dim}-d) is loaded: rebuild it with "
                f"`cbec-rag index --backend milvus --milvus-uri {target.shown} --embedder SPEC` "
                f"or query with that collection's embedder"
            )
        if props.get("cbec.schema") != SCHEMA_VERSION:
            raise IndexMismatchError(
                f"the Milvus collection {live} has schema version {props.get('cbec.schema')}, "
                f"not {SCHEMA_VERSION}: rebuild it with `cbec-rag index --backend milvus --milvus-uri {target.shown}`"
            )
        problem = _schema_problem(desc, dim)
        if problem:
            raise IndexMismatchError(
                f"the Milvus collection {live} behind alias {target.alias} at {target.shown} cannot be searched: "
                f"{problem}. Rebuild it with `cbec-rag index --backend milvus --milvus-uri {target.shown} "
                f"--milvus-alias {target.alias} --milvus-rebuild`"
            )
        try:
            self.client.load_collection(live)  # a new milvus-lite process finds it released
        except Exception as e:
            raise failure(target, e, "loading the collection") from e
        return live, props

    def size(self) -> int:
        return 16_384  # Milvus' largest limit; a limit above the row count is fine

    def _search(self, data: Any, field: str, n: int, params: dict[str, Any]) -> list[dict[str, Any]]:
        res = self.client.search(
            self.target.alias,
            data=[data],
            anns_field=field,
            limit=n,
            search_params={"metric_type": "IP", "params": params},
            timeout=self.target.timeout_s,  # an unanswering server: 503 after this, not a hung request
            # the loaded generation supplies the chunk records: only the vectors travel then
            output_fields=["dense", "sparse"]
            if self.known is not None
            else [*RECORD_FIELDS, "dense", "sparse"],
        )
        return [dict(h["entity"], chunk_id=h.get("chunk_id", h.get("id"))) for h in res[0]]

    def candidates(self, query: CandidateQuery) -> Candidates:
        t0 = time.monotonic()
        try:
            return self._candidates(query)
        except BackendUnavailableError as first:
            if time.monotonic() - t0 >= 0.9 * self.target.timeout_s:
                raise  # a server that did not answer in time: no second wait (503 now)
            # once more: an alias switch may drop the collection a search had just resolved, and a
            # restarted milvus-lite server holds its collections released (pymilvus reconnects by
            # itself within seconds; until then this raises again: 503)
            time.sleep(0.05)
            if "released" in str(first) or "load()" in str(first):
                try:
                    live = live_collection(self.client, self.target.alias)
                    if live is not None:
                        self.client.load_collection(live, timeout=self.target.timeout_s)
                except Exception:  # noqa: BLE001 - the retry below reports what is wrong
                    log.debug("reloading the collection failed", exc_info=True)
            return self._candidates(query)

    def _candidates(self, query: CandidateQuery) -> Candidates:
        if self.client is None:
            raise BackendUnavailableError(
                f"the Milvus backend for {self.target.shown} was closed: open it again"
            )
        timings: dict[str, float] = {}
        lex = LexicalQuery(query.terms, self.vocab) if query.terms is not None else None
        found: dict[str, dict[str, Any]] = {}
        ranked_ids: dict[str, list[str]] = {}
        try:
            if lex is not None:
                t0 = time.perf_counter()
                rows = self._search(lex.vector, "sparse", query.n, {"drop_ratio_search": 0.0}) if lex else []
                ranked_ids["bm25"] = [r["chunk_id"] for r in rows]
                found.update((r["chunk_id"], r) for r in rows)
                timings["bm25"] = (time.perf_counter() - t0) * 1000
            if query.vector is not None:
                t0 = time.perf_counter()
                vec = np.asarray(query.vector, dtype=np.float32).tolist()
                rows = self._search(vec, "dense", query.n, {"ef": max(self.target.ef, query.n)})
                ranked_ids["dense"] = [r["chunk_id"] for r in rows]
                found.update((r["chunk_id"], r) for r in rows)
                timings["dense"] = (time.perf_counter() - t0) * 1000
        except Exception as e:
            raise failure(self.target, e, "searching") from e
        return self._pool(found, ranked_ids, lex, query.vector, timings)

    def _chunk(self, row: Mapping[str, Any]) -> Chunk | None:
        cid = str(row["chunk_id"])
        if self.known is not None:
            return self.known.get(cid)
        return Chunk(**{f: (int(row[f]) if f in ("start", "end") else str(row[f])) for f in RECORD_FIELDS})

    def _pool(
        self,
        found: dict[str, dict[str, Any]],
        ranked_ids: dict[str, list[str]],
        lex: LexicalQuery | None,
        qvec: np.ndarray | None,
        timings: dict[str, float],
    ) -> Candidates:
        chunks: dict[str, Chunk] = {}
        for cid, row in found.items():
            c = self._chunk(row)
            if c is not None:
                chunks[cid] = c
        ids = sorted(chunks)  # pool order = chunk-id order, so the tie-break is the position
        pos = {cid: j for j, cid in enumerate(ids)}
        raw: dict[str, np.ndarray] = {}
        if lex is not None:
            raw["bm25"] = np.array([lex.score(found[c]["sparse"]) for c in ids], dtype=np.float64)
        if qvec is not None:
            # (an empty pool: every row Milvus returned belongs to chunks this generation does not know)
            mat = np.array([found[c]["dense"] for c in ids], dtype=np.float32).reshape(
                len(ids), qvec.shape[0]
            )
            raw["dense"] = (mat @ qvec).astype(np.float64)
        tie = np.arange(len(ids), dtype=np.int64)
        ranked: dict[str, np.ndarray] = {}
        for name, order in ranked_ids.items():
            p = np.array([pos[c] for c in order if c in pos], dtype=np.int64)
            if name == "bm25":
                p = p[raw["bm25"][p] > 0]
            ranked[name] = p[np.lexsort((tie[p], -raw[name][p]))]
        return Candidates([chunks[c] for c in ids], tie, ranked, raw, timings)

    def close(self) -> None:
        """Close the client (see :func:`disconnect`); safe to call more than once. Call it once
        no search uses this backend any more."""
        client, self.client = self.client, None
        if client is not None and self._owns_client:
            disconnect(client, self.target.uri)


class _NoCollectionError(IndexNotBuiltError):
    """No collection behind the alias (exit 3 / 503, as an index not built)."""

    def __init__(self, target: MilvusTarget) -> None:
        CbecRagError.__init__(
            self,
            f"no Milvus collection behind alias {target.alias} at {target.shown}: run "
            f"`cbec-rag index --backend milvus --milvus-uri {target.shown}`",
        )
        self.index_dir = target.shown
