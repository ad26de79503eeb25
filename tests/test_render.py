"""Display text: citations' display form, quotation marks, one answer sentence per line."""

from __future__ import annotations

import pytest
from conftest import fitted_generator

from cbec_rag.generate.base import DocumentStore
from cbec_rag.render import answer_lines, confidence_band, format_answer, quoted
from cbec_rag.types import Answer, Chunk, Citation, Document, Hit

# a PDF-like source: a line break inside a Chinese word, a footnote mark, a quoted term first
SRC = (
    "二、仓储建设\n对新建边境仓给予补助，补助标准为每个项目100万元，分两批拨\n付[3]。\n"
    "“一站式”服务平台由市商务局统一建设。"
)


def _hits(text: str = SRC) -> tuple[DocumentStore, list[Hit]]:
    doc = Document("d1", "policy/warehouses.txt", "仓储政策", text)
    store = DocumentStore({"d1": doc})
    chunk = Chunk("c1", "d1", doc.source, doc.title, "二、仓储建设", 0, len(text), text)
    return store, [Hit(chunk, 1.0, 1)]


def test_citation_display_beside_the_verbatim_quote() -> None:
    store, hits = _hits()
    sent = next(s for s in store.sentences(hits[0].chunk) if "补助" in s.text)
    c = store.citation(1, sent)
    assert c.quote == SRC[c.start : c.end] and "拨\n付" in c.quote and "[3]" in c.quote
    assert c.display == "对新建边境仓给予补助，补助标准为每个项目100万元，分两批拨付。"
    obj = c.to_json()
    assert obj["quote"] == c.quote and obj["display"] == c.display
    # a citation made without one shows its quote with whitespace collapsed
    assert Citation(1, "c", "d", "s", 0, 3, "a\n b").to_json()["display"] == "a b"


def test_quoted_adds_no_second_quotation_mark() -> None:
    assert quoted("补助100万元。") == "“补助100万元。”"
    assert quoted("“一站式”服务平台由市商务局统一建设。") == "“一站式”服务平台由市商务局统一建设。"
    assert quoted("「一站式」平台") == "「一站式」平台"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("甲项补助100万元。[1]乙项补助50万元。[2]", ["甲项补助100万元。[1]", "乙项补助50万元。[2]"]),
        (
            "甲项补助100万元[1]，乙项补助50万元[2]。丙项另行规定[3]。",
            ["甲项补助100万元[1]，乙项补助50万元[2]。", "丙项另行规定[3]。"],
        ),
        (
            "Grants reach 1 million yuan [1]. They are paid twice [1][2].",
            ["Grants reach 1 million yuan [1].", "They are paid twice [1][2]."],
        ),
        ("One line [1]\nAnother line [2]", ["One line [1]", "Another line [2]"]),
        ("只有一句，没有标记。", ["只有一句，没有标记。"]),
    ],
)
def test_answer_lines(text: str, lines: list[str]) -> None:
    assert answer_lines(text) == lines


def test_cli_answer_one_sentence_a_line_and_display_quotes() -> None:
    store, hits = _hits()
    sents = store.sentences(hits[0].chunk)
    cites = [
        store.citation(n, s)
        for n, s in enumerate([x for x in sents if "补助" in x.text or "平台" in x.text], 1)
    ]
    ans = Answer(
        "补助标准是多少？",
        "补助标准为每个项目100万元。[1]服务平台由市商务局建设。[2]",
        cites,
        False,
        hits,
        "x",
    )
    out = format_answer(ans).splitlines()
    assert out[:2] == ["补助标准为每个项目100万元。[1]", "服务平台由市商务局建设。[2]"]
    assert "    “对新建边境仓给予补助，补助标准为每个项目100万元，分两批拨付。”" in out
    assert "    “一站式”服务平台由市商务局统一建设。" in out  # not ““一站式”…
    assert not any("拨 付" in line or "[3]" in line for line in out)


def test_extractive_frame_adds_no_second_quotation_mark() -> None:
    store, hits = _hits()
    ans = fitted_generator(store).generate("Who builds the one-stop service platform?", hits)
    assert not ans.refused, ans.flags
    assert "“一站式”服务平台由市商务局统一建设。" in ans.text and "““" not in ans.text


@pytest.mark.parametrize(
    ("confidence", "band"),
    [(0.0, "low"), (0.349, "low"), (0.35, "medium"), (0.649, "medium"), (0.65, "high"), (1.0, "high")],
)
def test_confidence_bands(confidence: float, band: str) -> None:
    assert confidence_band(confidence) == band


def test_an_answer_shows_its_confidence_and_a_refusal_does_not() -> None:
    store, hits = _hits()
    cites = [store.citation(1, store.sentences(hits[0].chunk)[0])]
    ans = Answer(
        "补助标准是多少？", "补助标准为每个项目100万元。[1]", cites, False, hits, "x", confidence=0.2
    )
    assert "confidence 0.20 (low: check the cited sentence)" in format_answer(ans).splitlines()
    ans.confidence = 0.9
    assert "confidence 0.90 (high)" in format_answer(ans).splitlines()
    refused = Answer("补助标准是多少？", "The documents do not say.", [], True, hits, "x", confidence=0.05)
    assert not any(line.startswith("confidence") for line in format_answer(refused).splitlines())


def test_a_nan_confidence_shows_no_band() -> None:
    store, hits = _hits()
    cites = [store.citation(1, store.sentences(hits[0].chunk)[0])]
    ans = Answer(
        "补助标准是多少？", "补助标准为每个项目100万元。[1]", cites, False, hits, "x", confidence=float("nan")
    )
    assert not any(line.startswith("confidence") for line in format_answer(ans).splitlines())
