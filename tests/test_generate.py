import re

from conftest import ANSWER_KEYS, CITATION_KEYS, HIT_KEYS

from cbec_rag.generate.base import figures, unsupported_figures
from cbec_rag.types import Citation


def _check_citations(pipe, ans):
    for c in ans.citations:
        assert pipe.index.documents[c.doc_id].text[c.start : c.end] == c.quote
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", ans.text)}
    assert markers == {c.n for c in ans.citations}


def test_extractive_answers_with_verbatim_citations(tiny_pipeline):
    ans = tiny_pipeline.ask("新建海外仓最高补贴多少钱？")
    assert not ans.refused
    assert "200万元" in ans.text
    assert ans.citations and "[1]" in ans.text
    _check_citations(tiny_pipeline, ans)
    assert ans.generator == "extractive"
    assert ans.index_version == tiny_pipeline.version


def test_number_question_prefers_sentence_with_figure(tiny_pipeline):
    ans = tiny_pipeline.ask("2023年全省跨境电商进出口额是多少？")
    assert "1.84万亿元" in ans.text
    _check_citations(tiny_pipeline, ans)


def test_english_question_over_chinese_sources_quotes_chinese(tiny_pipeline):
    ans = tiny_pipeline.ask("How much subsidy can a new overseas warehouse get?")
    assert not ans.refused
    lead, frame = ans.text.split("\n", 1)
    assert lead == "Answer: 2 million yuan (200万元) [1]"  # the asked figure in English (issue 18)
    assert frame.startswith("The documents say")
    assert "200万元" in frame
    _check_citations(tiny_pipeline, ans)


def test_unrelated_question_is_refused_in_its_language(tiny_pipeline):
    zh = tiny_pipeline.ask("火星基地的氧气供应方案是什么？")
    assert zh.refused and zh.text == "所提供的文档中没有找到该问题的答案。" and not zh.citations
    en = tiny_pipeline.ask("What is the oxygen supply plan of the Mars base?")
    assert en.refused and en.text == "The documents do not answer this question."
    assert en.passages  # closest passages are still listed


def test_to_json_contract(tiny_pipeline):
    obj = tiny_pipeline.ask("海外仓补贴").to_json()
    assert set(obj) >= ANSWER_KEYS
    for c in obj["citations"]:
        assert set(c) == CITATION_KEYS
    for h in obj["passages"]:
        assert set(h) >= HIT_KEYS
        assert set(h["scores"]) == {"bm25", "dense"}


def test_figures_check():
    assert figures("增长15.3%，达到1,810.8亿元，2018年") == {"15.3%", "1810.8", "2018"}
    cit = [Citation(1, "c", "d", "s", 0, 10, "同比增长 15.3%，达到 9 万亿元")]
    assert unsupported_figures("增长15.3%[1]，达到9万亿元", cit) == set()
    assert unsupported_figures("增长16%[1]", cit) == {"16%"}


def test_a_bare_heading_is_not_the_answer(tiny_pipeline):
    ans = tiny_pipeline.ask("优化通关监管有哪些监管模式？")
    assert not ans.refused
    assert "9610" in ans.text  # the body sentence ...
    assert "（二）优化通关监管" not in ans.text  # ... and not the bare heading above it


def test_sentences_are_split_once_per_chunk_and_equal_a_fresh_split(tiny_pipeline):
    from cbec_rag.generate.base import DocumentStore

    index = tiny_pipeline.index
    chunks = index.chunks[:2]
    store = DocumentStore(index.documents, sentence_cache=1)
    split = store._split
    calls = []
    store._split = lambda chunk, hi: calls.append(chunk.chunk_id) or split(chunk, hi)
    first = store.sentences(chunks[0], 0)
    first.append("not kept")  # a caller's list is its own
    again = store.sentences(chunks[0], 3)
    assert calls == [chunks[0].chunk_id]  # split once
    assert again == DocumentStore(index.documents).sentences(chunks[0], 3)  # as a fresh split, hit index 3
    assert store.sentences(chunks[0], 0) == DocumentStore(index.documents).sentences(chunks[0], 0)
    store.sentences(chunks[1], 0)  # the cache holds one chunk: the first one goes
    store.sentences(chunks[0], 0)
    assert calls == [chunks[0].chunk_id, chunks[1].chunk_id, chunks[0].chunk_id]


def test_the_document_cache_is_safe_across_threads(tiny_pipeline):
    # the service answers from several threads: one thread's eviction must not break another's
    # cache hit (it raised KeyError in move_to_end)
    import threading
    import time
    from collections import OrderedDict

    from cbec_rag.generate.base import DocumentStore

    class Slow(OrderedDict):  # a cache lookup that yields to the other threads
        def get(self, key, default=None):
            got = super().get(key, default)
            time.sleep(0.0005)
            return got

    docs = tiny_pipeline.index.documents
    store = DocumentStore(docs, cache_size=1, sentence_cache=0)
    store._clean = Slow()
    one, *others = list(docs)
    errors = []

    def work(seq: list[str]) -> None:  # one thread keeps hitting one document, another evicts it
        try:
            for n in range(200):
                assert store.cleaned(seq[n % len(seq)]).text
        except Exception as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=work, args=(seq,)) for seq in ([one], others)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(store._clean) == 1
