"""Tests for cbec_rag.generate.validate: marker parsing, sentence resolution, renumbering,
exact offsets, flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from cbec_rag.generate.base import REFUSAL, DocumentStore
from cbec_rag.generate.validate import (
    Validation,
    best_sentence,
    char_bigrams,
    is_refusal,
    parse_markers,
    validate_answer,
)
from cbec_rag.types import Chunk, Document, Hit

_SRC = Path(__file__).resolve().parents[1] / "src"

# a PDF-like source: line breaks and stray spaces inside Chinese text, so cleaned text
# and source offsets differ
ZH_SRC = (
    "2023年，我国跨境电商进出口\n额达到2.38万亿元，增长 15.6%。其中出口1.83万亿元，\n"
    "增长19.6%。杭州是全国首个跨境电子商务综合试验区。"
)
EN_SRC = (
    "Zone report\n\nThe Hangzhou comprehensive pilot zone was approved in March 2015. "
    "It was the first such zone in China.\nLater, 104 more zones followed."
)


def _chunk(store: DocumentStore, doc: Document, start: int, end: int, cid: str, section: str = "") -> Chunk:
    text = store.cleaned(doc.doc_id).render(start, end)
    return Chunk(cid, doc.doc_id, doc.source, doc.title, section, start, end, text)


@pytest.fixture()
def corpus() -> tuple[DocumentStore, list[Hit], dict[str, Document]]:
    docs = {
        "d1": Document("d1", "reports/zh.txt", "跨境电商报告", ZH_SRC),
        "d2": Document("d2", "reports/en.txt", "Zone report", EN_SRC),
    }
    store = DocumentStore(docs)
    c1 = _chunk(store, docs["d1"], 0, len(ZH_SRC), "c1", "一、总体情况")
    s2 = EN_SRC.index("The Hangzhou")
    c2 = _chunk(store, docs["d2"], s2, len(EN_SRC), "c2", "Zones")
    return store, [Hit(c1, 1.0, 1), Hit(c2, 0.5, 2)], docs


def _assert_exact(v: Validation, docs: dict[str, Document]) -> None:
    for c in v.citations:
        assert docs[c.doc_id].text[c.start : c.end] == c.quote


# --------------------------------------------------------------------------- markers


def test_parse_markers_variants() -> None:
    text = "a[1] b[1][2] c[1, 2] d【3】 e［4，5］ f[1-3] g[ 2 ] h[2023] i[1、2]"
    got = [(text[s:e], nums) for s, e, nums in parse_markers(text)]
    assert got == [
        ("[1]", [1]),
        ("[1][2]", [1, 2]),
        ("[1, 2]", [1, 2]),
        ("【3】", [3]),
        ("［4，5］", [4, 5]),
        ("[1-3]", [1, 2, 3]),
        ("[ 2 ]", [2]),
        ("[1、2]", [1, 2]),
    ]  # [2023] is a bracketed year, not a marker


def test_char_bigrams_and_best_sentence(corpus) -> None:
    store, hits, _ = corpus
    assert char_bigrams("出口 1.83") == {"出口", "口1", "18", "83"}
    sents = store.sentences(hits[0].chunk)
    assert [s.text[:4] for s in sents] == ["2023", "其中出口", "杭州是全"]
    best, support = best_sentence("出口额为1.83万亿元", sents)
    assert best is sents[1] and support.figures == {"1.83"} and support.coverage > 0.5
    best, support = best_sentence("首个综合试验区是杭州", sents)
    assert best is sents[2] and not support.figures and support.coverage > 0.5


# --------------------------------------------------------------------------- validation


def test_valid_answer_exact_offsets_and_renumbering(corpus) -> None:
    store, hits, docs = corpus
    text = "Hangzhou was approved in 2015 [2]. 出口为1.83万亿元，增长19.6%【1】。进出口额为2.38万亿元[1]。"
    v = validate_answer("q", text, hits, store)
    assert v.valid
    # numbered by first appearance: passage 2's sentence is [1], passage 1's export sentence [2] ...
    assert (
        v.text
        == "Hangzhou was approved in 2015 [1]. 出口为1.83万亿元，增长19.6%[2]。进出口额为2.38万亿元[3]。"
    )
    assert [c.n for c in v.citations] == [1, 2, 3]
    assert [c.chunk_id for c in v.citations] == ["c2", "c1", "c1"]
    assert v.citations[0].quote == "The Hangzhou comprehensive pilot zone was approved in March 2015."
    assert v.citations[1].quote.startswith("其中出口1.83万亿元")
    assert v.citations[2].quote.startswith("2023年，我国跨境电商进出口\n额达到")  # source text, verbatim
    _assert_exact(v, docs)
    assert v.flags == []


def test_same_sentence_reuses_number_and_groups_dedupe(corpus) -> None:
    store, hits, docs = corpus
    text = "出口1.83万亿元[1]。出口增长19.6%[1][1]。Approved in 2015 [2][1, 2]."
    v = validate_answer("q", text, hits, store)
    assert v.valid
    # both claims resolve to the export sentence -> one citation [1]
    assert v.text.startswith("出口1.83万亿元[1]。出口增长19.6%[1]。")
    assert len({(c.chunk_id, c.start) for c in v.citations}) == len(v.citations)
    # passage 1 (Chinese trade figures) says nothing of the approval: that citation goes, flagged
    assert v.text.endswith("Approved in 2015 [2].") and [c.chunk_id for c in v.citations] == ["c1", "c2"]
    assert any(f.startswith("citations not supporting") and "[1]" in f for f in v.flags)
    assert not v.dropped
    _assert_exact(v, docs)


def test_out_of_range_dropped_and_flagged(corpus) -> None:
    store, hits, _ = corpus
    v = validate_answer("q", "The zone was approved in 2015 [2]. Something else [7].", hits, store)
    assert v.valid
    assert "[7]" not in v.text and v.text.endswith("Something else.")
    assert any("out of range" in f and "7" in f for f in v.flags)
    assert any(f.startswith("uncited sentence") and "Something else" in f for f in v.flags)


def test_no_valid_citation_is_invalid(corpus) -> None:
    store, hits, _ = corpus
    v = validate_answer("q", "杭州是首个试验区[7]。", hits, store)
    assert not v.valid and v.citations == []
    assert v.text == "杭州是首个试验区。"
    v = validate_answer("q", "杭州是首个试验区。", hits, store)
    assert not v.valid and any("no valid citation" in f for f in v.flags)
    v = validate_answer("q", "杭州是首个试验区[1]。", [], store)
    assert not v.valid


def test_figures_flag(corpus) -> None:
    store, hits, _ = corpus
    ok = validate_answer("q", "出口1.83万亿元，增长19.6%[1]。", hits, store)
    assert not any("figures" in f for f in ok.flags)
    bad = validate_answer("q", "出口1.83万亿元，增长25.5%[1]。", hits, store)
    # the only claim states a figure no cited sentence has: dropped, nothing valid is left
    assert not bad.valid and bad.citations == [] and bad.text == ""
    assert len(bad.dropped) == 1 and "figures not found" in bad.dropped[0] and "25.5%" in bad.dropped[0]
    assert bad.dropped[0] in bad.flags


def test_uncited_sentences_flagged_but_intro_lines_not(corpus) -> None:
    store, hits, _ = corpus
    text = "主要情况如下：\n1. 出口1.83万亿元[1]。\n2. 杭州是首个综合试验区。"
    v = validate_answer("q", text, hits, store)
    assert v.valid
    uncited = [f for f in v.flags if f.startswith("uncited")]
    assert len(uncited) == 1 and "杭州" in uncited[0]


def test_multiple_markers_in_one_sentence_resolve_their_own_clause(corpus) -> None:
    store, hits, _ = corpus
    v = validate_answer("q", "进出口额达到2.38万亿元[1]，杭州是首个综合试验区[1]。", hits, store)
    assert [c.quote[:4] for c in v.citations] == ["2023", "杭州是全"]
    assert v.text == "进出口额达到2.38万亿元[1]，杭州是首个综合试验区[2]。"


def test_is_refusal() -> None:
    assert is_refusal(REFUSAL["zh"])
    assert is_refusal(REFUSAL["en"])
    assert is_refusal("  " + REFUSAL["en"].rstrip(".") + "  ")
    assert is_refusal("抱歉。" + REFUSAL["zh"])
    assert not is_refusal("The documents say that Hangzhou was first [1].")
