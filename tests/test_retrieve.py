import pytest

from cbec_rag.errors import QueryError
from cbec_rag.retrieve import Retriever


def test_modes_return_hits_with_per_retriever_evidence(tiny_pipeline):
    for mode in ("hybrid", "bm25", "dense"):
        r = tiny_pipeline.search("海外仓补贴是多少？", k=3, mode=mode)
        assert 1 <= len(r.hits) <= 3
        assert [h.rank for h in r.hits] == list(range(1, len(r.hits) + 1))
        scores = [h.score for h in r.hits]
        assert scores == sorted(scores, reverse=True)
    hybrid = tiny_pipeline.search("海外仓补贴是多少？", k=3)
    top = hybrid.hits[0]
    assert "海外仓" in top.chunk.text
    assert set(top.scores) == {"bm25", "dense"} and set(top.ranks) == {"bm25", "dense"}
    assert top.scores["bm25"] is not None and top.scores["dense"] is not None


def test_english_question_finds_chinese_passage_through_expansion(tiny_pipeline):
    r = tiny_pipeline.search("What subsidy is given for overseas warehouses?", k=3, mode="bm25")
    assert r.hits and "海外仓" in r.hits[0].chunk.text


def test_weights_are_honoured(tiny_pipeline):
    idx, emb = tiny_pipeline.index, tiny_pipeline.embedder
    q = "跨境电商人才"
    bm25_only = Retriever(idx, emb, weights={"bm25": 1.0, "dense": 0.0}).search(q, k=5)
    dense_only = Retriever(idx, emb, weights={"bm25": 0.0, "dense": 1.0}).search(q, k=5)
    assert [h.chunk.chunk_id for h in bm25_only.hits] == [
        h.chunk.chunk_id for h in tiny_pipeline.search(q, k=5, mode="bm25").hits
    ]
    assert [h.chunk.chunk_id for h in dense_only.hits][:3] == [
        h.chunk.chunk_id for h in tiny_pipeline.search(q, k=5, mode="dense").hits
    ][:3]


def test_weighted_fusion_mode(tiny_pipeline):
    r = Retriever(tiny_pipeline.index, tiny_pipeline.embedder, fusion="weighted").search("物流成本", k=3)
    assert r.hits and 0.0 <= r.hits[0].score <= 2.0


def test_deterministic(tiny_pipeline):
    runs = {
        tuple((h.chunk.chunk_id, round(h.score, 9)) for h in tiny_pipeline.search("跨境电商", k=5).hits)
        for _ in range(20)
    }
    assert len(runs) == 1


@pytest.mark.parametrize("q", ["", "   ", "。，！？", "\x00\x01"])
def test_empty_or_tokenless_questions_are_errors(tiny_pipeline, q):
    with pytest.raises(QueryError):
        tiny_pipeline.search(q)


def test_bad_parameters(tiny_pipeline):
    with pytest.raises(QueryError):
        tiny_pipeline.search("海外仓", k=0)
    with pytest.raises(QueryError):
        tiny_pipeline.search("海外仓", k=51)
    with pytest.raises(QueryError):
        tiny_pipeline.search("海外仓", mode="magic")


def test_a_question_over_the_limit_is_refused_not_truncated(tiny_pipeline):
    from cbec_rag.errors import MAX_QUESTION_CHARS, QuestionTooLongError

    with pytest.raises(QuestionTooLongError, match=r"too long: 10500 characters, at most 2000"):
        tiny_pipeline.search("海外仓补贴政策" * 1500, k=3)
    with pytest.raises(QuestionTooLongError):
        tiny_pipeline.ask("海" * (MAX_QUESTION_CHARS + 1))
    padded = "  " + "海外仓补贴" * (MAX_QUESTION_CHARS // 5) + "\n"  # the limit counts after trimming
    assert tiny_pipeline.search(padded, k=3).hits


def test_odd_unicode_does_not_crash(tiny_pipeline):
    for q in ["海外仓\ud800补贴", "مرحبا 海外仓", "🚀 overseas warehouse 🚀", "ｆｕｌｌ　ｗｉｄｔｈ 海外仓"]:
        tiny_pipeline.search(q, k=2)
