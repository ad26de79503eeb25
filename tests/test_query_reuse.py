"""An ask builds the question's weighted query once: the search's query (and its vector) reach
the extractive generator, which answers exactly as it does when it builds its own."""

from __future__ import annotations

import pytest

import cbec_rag.generate.candidates as candidates
from cbec_rag.crosslingual import build_query
from cbec_rag.pipeline import Pipeline
from cbec_rag.retrieve import Retriever


def _answer(ans) -> tuple:
    return ans.text, ans.refused, ans.confidence, [(c.chunk_id, c.start, c.end) for c in ans.citations]


def _count_builds(monkeypatch) -> list[str]:
    """The texts the generators build a weighted query for, from now on."""
    built: list[str] = []
    real = candidates.build_query

    def counting(text, **kw):
        built.append(text)
        return real(text, **kw)

    monkeypatch.setattr(candidates, "build_query", counting)
    return built


def test_search_returns_the_weighted_query_it_built(tiny_pipeline):
    for q in ("What logistics hub did the province open?", "跨境电商人才短缺的问题"):
        r = tiny_pipeline.search(q)
        assert r.query == build_query(r.question, vocabulary=tiny_pipeline.index.bm25.vocab)
    plain = Retriever(tiny_pipeline.index, tiny_pipeline.embedder, expand=False)
    assert plain.search("跨境电商人才短缺的问题").query is None  # no vocabulary: not the generator's query


@pytest.fixture(scope="module")
def pipe(tiny_index):
    return Pipeline.load(tiny_index)


@pytest.mark.parametrize(
    "q",
    [
        "新建海外仓最高给予多少补贴？",
        "When did the province open a logistics hub?",
        "2023年全省跨境电商进出口额是多少？",
    ],
)
def test_ask_reuses_the_searched_query_and_answers_the_same(pipe, monkeypatch, q):
    gen = pipe.generator("extractive")
    r = pipe.search(q)
    own = gen.generate(r.question, r.hits)  # builds its own query (and asks for the vector)
    built = _count_builds(monkeypatch)
    asked_vector: list[str] = []  # the search's vector is passed too
    real_vector = gen.query_vector
    monkeypatch.setattr(gen, "query_vector", lambda text: asked_vector.append(text) or real_vector(text))
    ans = pipe.ask(q)
    assert built == [] and asked_vector == []
    assert _answer(ans) == _answer(own)


def test_a_question_whose_content_differs_gets_its_own_query(pipe, monkeypatch):
    q = "全市培育的跨境电商产业园有多少个？"  # "有多少" is cut from the words a sentence should share
    assert candidates._content(q) != q
    built = _count_builds(monkeypatch)
    ans = pipe.ask(q)
    assert candidates._content(q) in built
    monkeypatch.undo()
    r = pipe.search(q)
    assert _answer(ans) == _answer(pipe.generator("extractive").generate(r.question, r.hits))
