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


def _reference_hits(retriever: Retriever, question: str, k: int, mode: str, n_cand: int):
    """The fusion as a plain loop over every chunk, sorted in full (the code before the vectorised
    one): rank, chunk id, fused score, per-signal scores and ranks."""
    import numpy as np

    from cbec_rag.crosslingual import build_query
    from cbec_rag.retrieve import normalise_question
    from cbec_rag.tokenize import detect_lang

    q = normalise_question(question)
    chunks = retriever.index.chunks
    wq = build_query(q, vocabulary=retriever.index.bm25.vocab)
    ranked, raw = {}, {}
    if mode in ("hybrid", "bm25"):
        s = retriever.index.bm25.scores(wq.terms)
        pos = [i for i in range(len(chunks)) if s[i] > 0]
        ranked["bm25"] = sorted(pos, key=lambda i: (-float(s[i]), chunks[i].chunk_id))[:n_cand]
        raw["bm25"] = s
    if mode in ("hybrid", "dense"):
        qv = retriever.query_vector(q)
        d = retriever.index.vectors @ qv
        ranked["dense"] = sorted(range(len(chunks)), key=lambda i: (-float(d[i]), chunks[i].chunk_id))[
            :n_cand
        ]
        raw["dense"] = d
    pool = sorted({i for ids in ranked.values() for i in ids})
    own = retriever.dense_text(q, wq) == q  # (no bridge terms in what the query embeds)
    lang = {i: detect_lang(chunks[i].text) for i in pool}
    rank_of = {name: {i: r + 1 for r, i in enumerate(ids)} for name, ids in ranked.items()}
    fused = {}
    for i in pool:
        if mode != "hybrid":
            fused[i] = float(raw[mode][i])
        elif retriever.fusion == "rrf":
            fused[i] = sum(
                retriever.weights[n] / (retriever.rrf_k + r[i]) for n, r in rank_of.items() if i in r
            )
        else:
            fused[i] = 0.0
            for name, vals in raw.items():
                # a one-language query vector's dense scores are scaled within each passage language
                alike = [j for j in pool if not (name == "dense" and own) or lang[j] == lang[i]]
                lo, hi = min(float(vals[j]) for j in alike), max(float(vals[j]) for j in alike)
                if hi > lo:
                    fused[i] += retriever.weights[name] * ((float(vals[i]) - lo) / (hi - lo))
    order = [
        i
        for i in sorted(pool, key=lambda i: (-fused[i], chunks[i].chunk_id))
        if mode == "hybrid" or i in rank_of[mode]
    ]
    return [
        (
            chunks[i].chunk_id,
            fused[i],
            {n: float(raw[n][i]) for n in raw},
            {n: rank_of[n].get(i) for n in rank_of},
        )
        for i in order[:k]
    ], np


@pytest.mark.parametrize("fusion", ["weighted", "rrf"])
@pytest.mark.parametrize("candidates", [2, 5, 50])
def test_vectorised_fusion_equals_the_plain_loop(tiny_pipeline, fusion, candidates):
    retriever = Retriever(
        tiny_pipeline.index,
        tiny_pipeline.embedder,
        fusion=fusion,
        candidates=candidates,
        weights={"dense": 0.7},
    )
    questions = [
        "海外仓补贴是多少？",
        "跨境电商人才",
        "What subsidy is given for overseas warehouses?",
        "物流成本",
    ]
    for q in questions:
        for mode in ("hybrid", "bm25", "dense"):
            k = 4
            n_cand = min(len(tiny_pipeline.index.chunks), max(candidates, k))
            want, np = _reference_hits(retriever, q, k, mode, n_cand)
            got = retriever.search(q, k=k, mode=mode).hits
            assert [h.chunk.chunk_id for h in got] == [w[0] for w in want], (q, mode)
            for h, (_, score, scores, ranks) in zip(got, want, strict=True):
                assert h.score == pytest.approx(score, abs=1e-9)
                assert h.scores == pytest.approx(scores, abs=1e-6)
                assert h.ranks == ranks


def test_equal_scores_are_ranked_by_chunk_id_not_by_row(tiny_pipeline):
    import numpy as np

    index = tiny_pipeline.index
    retriever = Retriever(index, tiny_pipeline.embedder)
    ids = [c.chunk_id for c in index.chunks]
    assert ids != sorted(ids)  # rows are not in id order, so the tie-break is tested
    backend = retriever.backend  # the embedded backend's rows
    tie = backend.tiebreak()
    assert [ids[i] for i in np.argsort(tie)] == sorted(ids)
    flat = np.ones(len(ids), dtype=np.float32)  # every chunk ties
    hits = retriever._rank(backend.pool(flat, None, None, None, 3), 3, "bm25")
    assert [h.chunk.chunk_id for h in hits] == sorted(ids)[:3]


def test_bridge_terms_caps_what_an_english_question_embeds(tiny_pipeline):
    from cbec_rag.crosslingual import WeightedQuery, build_query

    index, embedder = tiny_pipeline.index, tiny_pipeline.embedder
    q = "talent shortage and logistics costs"
    terms = {"talent": 1.0, "shortage": 1.0, "人才": 0.5, "短缺": 0.8, "不足": 0.3, "物流": 0.8, "成本": 0.6}
    expansions = {"talent": ["人才"], "shortage": ["短缺", "不足"], "logistics": ["物流"], "costs": ["成本"]}
    wq = WeightedQuery(terms, ["talent", "shortage"], expansions, "en")
    assert Retriever(index, embedder).dense_text(q, wq) == f"{q} 人才 短缺 不足 物流 成本"  # default: all
    # the heaviest, kept in their first-seen order (a tie goes to the first seen)
    assert Retriever(index, embedder, bridge_terms=2).dense_text(q, wq) == f"{q} 短缺 物流"
    assert Retriever(index, embedder, bridge_terms=3).dense_text(q, wq) == f"{q} 短缺 物流 成本"
    assert Retriever(index, embedder, bridge_terms=9).dense_text(q, wq) == f"{q} 人才 短缺 不足 物流 成本"
    alone = Retriever(index, embedder, bridge_terms=0)
    assert alone.dense_text(q, wq) == q
    real = "What subsidy is given for overseas warehouses?"
    assert Retriever(index, embedder).dense_text(real, build_query(real, vocabulary=index.bm25.vocab)) != real
    assert alone.search(real, mode="dense").query_vector.tolist() == embedder.embed_query(real).tolist()
    zh = "跨境电商人才短缺"  # a Chinese question embeds itself whatever the cap
    assert Retriever(index, embedder).dense_text(zh, build_query(zh, vocabulary=index.bm25.vocab)) == zh
    from cbec_rag.pipeline import Pipeline

    assert (
        Pipeline(index, embedder, bridge_terms=0).retriever.dense_text(q, wq) == q
    )  # a pipeline passes it on
    for bad in (-1, 1.5, "4"):
        with pytest.raises(QueryError, match="bridge_terms"):
            Retriever(index, embedder, bridge_terms=bad)


def test_dense_scores_are_scaled_within_each_passage_language():
    import numpy as np

    from cbec_rag.retrieve import scaled_by_language
    from cbec_rag.types import Chunk

    def chunk(i: int, text: str) -> Chunk:
        return Chunk(f"c{i}", "d", "s", "t", "", 0, len(text), text)

    chunks = [
        chunk(0, "海外仓补贴标准"),
        chunk(1, "出口退税办理"),
        chunk(2, "overseas warehouse subsidy"),
        chunk(3, "tax"),
    ]
    vals = np.array([0.9, 0.8, 0.5, 0.4])
    # each language's best passage scores 1, its worst 0: the other language's gap is gone
    assert scaled_by_language(vals, chunks).tolist() == pytest.approx([1.0, 0.0, 1.0, 0.0])
    one = chunks[:2]  # one language: the plain min-max scaling
    assert scaled_by_language(vals[:2], one).tolist() == pytest.approx([1.0, 0.0])


def test_only_a_one_language_query_vector_is_scaled_by_language(tiny_pipeline, monkeypatch):
    retriever = Retriever(tiny_pipeline.index, tiny_pipeline.embedder)
    seen = []
    real = retriever._rank

    def rank(cand, k, mode, *, by_language=False):
        seen.append(by_language)
        return real(cand, k, mode, by_language=by_language)

    monkeypatch.setattr(retriever, "_rank", rank)
    retriever.search("海外仓补贴是多少？", k=3)  # the question alone is embedded
    retriever.search("What subsidy is given for overseas warehouses?", k=3)  # with its Chinese bridge terms
    retriever.search("海外仓补贴是多少？", k=3, mode="dense")
    assert seen == [True, False, False]
    hit = retriever.search("海外仓补贴是多少？", k=3).hits[0]
    vec = retriever.query_vector("海外仓补贴是多少？")
    row = [c.chunk_id for c in tiny_pipeline.index.chunks].index(hit.chunk.chunk_id)
    assert hit.scores["dense"] == pytest.approx(float(tiny_pipeline.index.vectors[row] @ vec), abs=1e-5)
