"""Runs of numbered items offered whole as one candidate (generate/runs.py), and how the fitted
selector scores and cites them."""

from __future__ import annotations

import pytest

from cbec_rag.generate import features
from cbec_rag.generate.runs import Item, item_of, joined, run_candidate, runs
from cbec_rag.pipeline import Pipeline


@pytest.mark.parametrize(
    "text, item",
    [
        ("一是推动产业带转型。", Item("shi", 1)),
        ("三是完善海外仓网络。", Item("shi", 3)),
        ("试点中仍存在以下问题：一是退货监管仍不顺畅。", Item("shi", 1)),
        ("第二，建设公共海外仓联盟。", Item("di", 2)),
        ("（一）推广海铁联运模式；", Item("paren_cn", 1)),
        ("(2) file the return declaration.", Item("paren_num", 2)),
        ("2. 加强人才培养", Item("num", 2)),
        ("First, the seller appoints an agent.", Item("en", 1)),
        ("Secondly: the platform sends the data.", Item("en", 2)),
        ("Finally, the goods are put back into stock.", Item("last", 0)),
        ("- a product list", Item("bullet", 0)),
    ],
)
def test_item_markers(text, item):
    assert item_of(text) == item


@pytest.mark.parametrize(
    "text",
    [
        "1.5亿元来自出口。",
        "第一条 为了规范跨境电商管理",
        "First-time sellers pay no fee.",
        "统一是关键。",
        "二〇二三年",
    ],
)
def test_not_item_markers(text):
    assert item_of(text) is None


class _S:
    """A stand-in sentence: only the text and passage matter to runs()."""

    def __init__(self, text: str, hit: int = 0) -> None:
        self.text, self.hit_index = text, hit


def _flat(found: list[list[list[int]]]) -> list[list[int]]:
    return [[i for part in run for i in part] for run in found]


def test_a_run_counts_on_and_takes_its_announcing_sentence_and_inner_sentences():
    sents = [
        _S("全市跨境电商发展较快。"),
        _S("试点运行中仍存在以下问题："),
        _S("一是退货监管仍不顺畅。"),
        _S("二是数据对接不充分。"),
        _S("部分企业尚未接入平台。"),  # inside the second item
        _S("三是统计口径不统一。"),
        _S("下一步将加强协调。"),
    ]
    assert runs(sents) == [[[1], [2], [3], [4], [5]]]


def test_no_run_without_consecutive_numbers_or_across_passages():
    assert runs([_S("一是推动转型。"), _S("三是完善网络。")]) == []
    assert runs([_S("一是推动转型。"), _S("二是降低成本。", hit=1)]) == []
    assert runs([_S("一是推动转型。"), _S("其他。")]) == []
    assert runs([_S("第一、二季度增长较快。"), _S("第二、三季度回落。")]) == []
    two = [_S("First, file the declaration."), _S("It takes a day."), _S("Second, send the parcel.")]
    assert _flat(runs(two)) == [[0, 1, 2]]
    # a run ends with its last item: the sentences after it are not inside it
    assert _flat(runs([*two, _S("Fees are low."), _S("Sellers like it.")])) == [[0, 1, 2]]


def test_a_bare_marker_split_off_its_line_goes_with_its_sentence():
    sents = [_S("The review found these problems:"), _S("1."), _S("Returns are slow."), _S("2.")]
    sents += [_S("Warehouse data is not shared."), _S("3."), _S("Statistics differ.")]
    assert runs(sents) == [[[0], [1, 2], [3, 4], [5, 6]]]  # the last item kept whole


def test_a_bare_marker_alone_or_apart_from_its_sentence_is_no_item():
    assert runs([_S("1."), _S("2."), _S("3.")]) == []
    sents = [_S("1."), _S("Returns are slow."), _S("2."), _S("Data is not shared.")]
    assert runs(sents, adjacent=lambda a, b: True) == [[[0, 1], [2, 3]]]
    # something the candidates left out (a caption, a heading) lies between marker and sentence
    assert runs(sents, adjacent=lambda a, b: False) == []


def test_items_are_counted_not_sentences_and_trimming_keeps_a_run_whole():
    from cbec_rag.generate.runs import MAX_CHARS, MAX_ITEMS

    cn = "一二三四五六七八九十"
    sents = []
    for k in range(8):  # eight items, each with a sentence inside it
        sents += [_S(f"{cn[k]}是第{k}项措施。"), _S("具体由各区落实。")]
    assert len(runs(sents)[0]) == 15 and MAX_ITEMS >= 8
    item = "很" * (MAX_CHARS * 2 // 5)
    # over the length limit a run loses items from its end; a single item left is no run
    assert runs([_S("一是" + item), _S("二是" + item), _S("三是" + item), _S("补充。")]) == [[[0], [1]]]
    assert runs([_S("一是" + item + item), _S("二是" + item)]) == []


def test_joined_text_spaces_only_between_non_chinese_sentences():
    assert joined(["一是推动转型。", "二是降低成本。"]) == "一是推动转型。二是降低成本。"
    assert joined(["First, file.", "Second, send."]) == "First, file. Second, send."


def test_run_candidate_unites_its_parts(tmp_path):
    from cbec_rag.generate.base import Sentence
    from cbec_rag.generate.relations import Candidate

    class Chunk:
        doc_id = "d"

    a = Candidate(0.2, Sentence(0, Chunk(), 10, 20, "一是推动转型。"), frozenset({"转型"}))
    b = Candidate(0.3, Sentence(0, Chunk(), 20, 30, "二是降低成本。"), frozenset({"成本"}))
    run = run_candidate([a, b], {"转型": 1.0, "成本": 3.0, "问题": 4.0}, 8.0)
    assert (run.sent.start, run.sent.end, run.sent.text) == (10, 30, "一是推动转型。二是降低成本。")
    assert run.sent.parts == (a.sent, b.sent) and run.covered == {"转型", "成本"}
    assert run.lexical == pytest.approx(0.5)


LIST_DOC = (
    "某市跨境电商试点评估报告\n\n"
    "2023年，全市跨境电商进出口额达到120亿元。\n\n"
    # (items on lines of their own: a short enumeration inside one line is one sentence already)
    "评估发现，试点运行中仍存在以下问题：\n\n一是退货监管仍不顺畅。\n\n二是海外仓数据对接不充分，"
    "部分企业尚未接入平台。\n\n三是统计口径不统一。\n\n"
    "下一步，市商务局将会同海关加强协调。\n"
)


@pytest.fixture(scope="module")
def list_pipe(tmp_path_factory):
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    root = tmp_path_factory.mktemp("runs")
    corpus = write_corpus(root / "c", {"report.txt": LIST_DOC})
    build_index(corpus, root / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return root


def test_a_run_is_a_candidate_with_its_own_features(list_pipe):
    pipe = Pipeline.load(list_pipe / "i")
    r = pipe.search("试点运行中存在哪些问题？", k=5)
    cs = pipe.generator("extractive").candidates(r.question, r.hits)
    run = [i for i, c in enumerate(cs.cands) if c.sent.parts]
    assert len(run) == 1
    c = cs.cands[run[0]]
    assert "一是退货监管" in c.sent.text and "三是统计口径不统一" in c.sent.text
    assert len(c.sent.parts) == 4  # the announcing sentence and the items
    x = cs.X[run[0]]
    assert x[features.INDEX["run"]] == 1 and x[features.INDEX["list_run"]] == 1
    assert all(cs.X[i, features.INDEX["run"]] == 0 for i in range(len(cs.cands)) if i != run[0])


def test_an_answer_that_chooses_a_run_cites_each_part(list_pipe, tmp_path):
    import json

    names = ["run", "list_run"]
    weights = {
        "embedder": "generic",
        "feature_version": features.FEATURE_VERSION,
        "names": names,
        "mean": [0.0, 0.0],
        "scale": [1.0, 1.0],
        "coef": [2.0, 4.0],
        "intercept": -3.0,
        "tau": 0.0,
        "extra_ratio": 0.99,
    }
    path = tmp_path / "w.json"
    path.write_text(json.dumps(weights), encoding="utf-8")
    pipe = Pipeline.load(list_pipe / "i", selector_weights=str(path))
    ans = pipe.ask("试点运行中存在哪些问题？")
    assert not ans.refused
    assert len(ans.citations) == 4
    text = pipe.index.documents[ans.citations[0].doc_id].text
    for c in ans.citations:
        assert text[c.start : c.end] == c.quote
    assert "退货监管" in ans.text and "统计口径" in ans.text


def test_a_numbered_markdown_list_is_one_run_of_whole_items(tmp_path):
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    doc = (
        "# Pilot review\n\nThe pilot ran for a year in the bonded zone.\n\n"
        "The review found these problems:\n\n1. Returns are slow at the border.\n"
        "2. Warehouse data is not shared with customs.\n3. Statistics differ between agencies.\n"
    )
    corpus = write_corpus(tmp_path / "c", {"review.md": doc})
    build_index(corpus, tmp_path / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    pipe = Pipeline.load(tmp_path / "i")
    r = pipe.search("What problems did the review find?", k=5)
    gen = pipe.generator("extractive")
    cs = gen.candidates(r.question, r.hits)
    run = [c for c in cs.cands if c.sent.parts]
    assert len(run) == 1
    parts = run[0].sent.parts
    assert [p.text[:2] for p in parts[-3:]] == ["1.", "2.", "3."]  # no bare marker cited apart
    assert "agencies" in parts[-1].text
    text = pipe.index.documents[parts[0].chunk.doc_id].text
    for p in parts:
        cite = gen.store.citation(1, p)
        assert text[cite.start : cite.end] == cite.quote and cite.quote.strip()


def test_a_part_never_spans_a_sentence_left_out_of_the_candidates(tmp_path):
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    doc = (
        "某市退货试点评估\n\n评估发现以下问题：\n\n1.\n\n表1 退货情况\n\n退货监管不顺畅。\n\n"
        "2.\n\n数据对接不充分。\n\n3.\n\n统计口径不统一。\n"
    )
    corpus = write_corpus(tmp_path / "c", {"r.txt": doc})
    build_index(corpus, tmp_path / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    pipe = Pipeline.load(tmp_path / "i")
    gen = pipe.generator("extractive")
    r = pipe.search("评估发现了哪些问题？", k=5)
    for c in gen.candidates(r.question, r.hits).cands:
        for part in c.sent.parts:
            assert "表1" not in gen.store.citation(1, part).quote
