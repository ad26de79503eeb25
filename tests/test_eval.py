import json
from collections import Counter
from pathlib import Path

import pytest

from cbec_rag.cli import main
from cbec_rag.eval import (
    GoldItem,
    answer_correct,
    check_thresholds,
    is_relevant,
    load_gold,
    load_thresholds,
    locate_evidence,
    render_markdown,
    run_eval,
)
from cbec_rag.types import Chunk, Hit

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold.jsonl"


def test_gold_set_is_valid_and_covers_the_corpus():
    gold = load_gold(GOLD)
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    assert locate_evidence(gold, texts) == []
    langs = Counter(it.lang for it in gold if not it.unanswerable)
    assert len(gold) >= 80 and langs["zh"] >= 50 and langs["en"] >= 20
    assert sum(it.unanswerable for it in gold) >= 10
    assert len({it.id for it in gold}) == len(gold)
    sources = Counter(ev["source"] for it in gold for ev in it.evidence)
    assert set(sources) == set(texts)
    assert all(it.spans for it in gold if not it.unanswerable)


def test_validator_catches_bad_items():
    texts = {"a.txt": "跨境电商交易额达到9万亿元。"}
    bad = [
        GoldItem("x1", "zh", "q", [["9万亿元"]], [{"source": "a.txt", "quote": "不存在的句子"}]),
        GoldItem("x2", "zh", "q", [["100亿元"]], [{"source": "a.txt", "quote": "达到9万亿元"}]),
        GoldItem("x3", "zh", "q", [["x"]], [], unanswerable=True),
    ]
    errors = locate_evidence(bad, texts)
    assert any("x1" in e and "verbatim" in e for e in errors)
    assert any("x2" in e and "corpus" in e for e in errors)
    assert any("x3" in e for e in errors)


def test_a_quote_from_raw_html_or_across_a_line_break_is_located_in_the_cleaned_text():
    texts = {"t.html": "Province total\t58.6\t16.7\nNext row", "p.pdf": "跨境电商交易额\n达到9万亿元。"}
    items = [
        GoldItem("h", "en", "q", [["58.6"]], [{"source": "t.html", "quote": "<tr><td>Province total</td><td>58.6</td>"}]),
        GoldItem("p", "zh", "q", [["9万亿元"]], [{"source": "p.pdf", "quote": "跨境电商交易额达到9万亿元"}]),
    ]  # fmt: skip
    assert locate_evidence(items, texts) == []
    assert items[0].spans == [("t.html", 0, 19)]  # "Province total\t58.6"
    assert items[1].spans == [("p.pdf", 0, len("跨境电商交易额\n达到9万亿元"))]
    # a "<" or ">" of the text is not a tag; a tag-only quote left with a few characters is not found
    texts = {"c.txt": "税率>0，货值<5000元。", "t.html": "5\t6\t5"}
    ok = GoldItem("c", "zh", "q", [["5000元"]], [{"source": "c.txt", "quote": "税率>0，\n货值<5000元"}])
    short = GoldItem("t", "zh", "q", [["5"]], [{"source": "t.html", "quote": "<td>5</td>"}])
    errors = locate_evidence([ok, short], texts)
    assert ok.spans == [("c.txt", 0, len("税率>0，货值<5000元"))]
    assert not short.spans and any("t:" in e for e in errors)
    # a character whose case folding is longer ("ß" -> "ss") shifts no offset after it
    texts = {"d.txt": "Straße: Zoll 5 %\nfrei."}
    item = GoldItem("d", "en", "q", [["5"]], [{"source": "d.txt", "quote": "<b>Zoll 5 %</b> frei"}])
    assert locate_evidence([item], texts) == []
    s, e = item.spans[0][1:]
    assert texts["d.txt"][s:e] == "Zoll 5 %\nfrei"


def test_relevance_and_correctness_rules():
    it = GoldItem("i", "zh", "q", [["9万亿元", "9 trillion"], ["11.6%"]], [{"source": "a.txt", "quote": "x"}])
    it.spans = [("a.txt", 100, 120)]
    chunk = Chunk("c", "d", "a.txt", "", "", 90, 115, "t")
    assert is_relevant(Hit(chunk, 1.0), it)  # covers 15 of 20 characters
    assert not is_relevant(Hit(Chunk("c", "d", "a.txt", "", "", 112, 200, "t"), 1.0), it)
    assert not is_relevant(Hit(Chunk("c", "d", "b.txt", "", "", 90, 130, "t"), 1.0), it)
    assert answer_correct("交易规模同比增长 11.6%，达到 9 万亿元[1]", it)
    assert not answer_correct("达到9万亿元[1]", it)


def test_thresholds(tmp_path):
    report = {
        "retrieval": {"hybrid": {"all": {"hit@5": 0.9}}},
        "answers": {"g": {"all": {"wrongly_refused": 0.1}}},
    }
    assert check_thresholds(report, {"retrieval.hybrid.all.hit@5": 0.8}) == []
    assert check_thresholds(report, {"retrieval.hybrid.all.hit@5": 0.95})
    assert check_thresholds(report, {}, {"answers.g.all.wrongly_refused": 0.05})
    assert check_thresholds(report, {"no.such": 1.0}) == ["no.such: no such metric"]
    mins, maxs = load_thresholds(ROOT / "eval" / "thresholds.json")
    assert mins and maxs


def test_eval_cli_on_tiny_index(tiny_index, tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    items = [
        {
            "id": "t1",
            "lang": "zh",
            "type": "figure",
            "question": "新建海外仓最高补贴多少？",
            "answers": [["200万元"]],
            "evidence": [{"source": "policy_zh.txt", "quote": "最高200万元补贴"}],
            "unanswerable": False,
        },
        {
            "id": "t2",
            "lang": "zh",
            "type": "figure",
            "question": "火星基地的氧气供应方案是什么？",
            "answers": [],
            "evidence": [],
            "unanswerable": True,
        },
    ]
    gold.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    report_md = tmp_path / "report.md"
    args = ["eval", "--gold", str(gold), "--index-dir", str(tiny_index), "--report", str(report_md), "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["retrieval"]["hybrid"]["zh"]["hit@1"] == 1.0
    assert report["answers"]["extractive"]["all"]["accuracy"] == 1.0
    assert report["answers"]["extractive"]["all"]["unanswerable_refused"] == 1.0
    assert report["answers"]["extractive"]["quote_validity"] == 1.0
    assert "| hit@5 |" in report_md.read_text(encoding="utf-8")
    assert main([*args[:-1], "--min", "answers.extractive.all.accuracy=1.01"]) == 6


def test_ci_gate_on_the_gold_set(seeds_pipeline):
    """The regression gate: the full harness on the gold set must stay above eval/thresholds.json."""
    report = run_eval(seeds_pipeline, load_gold(GOLD))
    mins, maxs = load_thresholds(ROOT / "eval" / "thresholds.json")
    failed = check_thresholds(report, mins, maxs)
    assert report["gold"]["errors"] == []
    print("\n" + render_markdown(report, failures=False))
    assert failed == [], failed


@pytest.mark.parametrize("question", ["海外仓", "How are overseas warehouses supported?"])
def test_real_pipeline_answers_cite_verbatim(seeds_pipeline, question):
    ans = seeds_pipeline.ask(question)
    for c in ans.citations:
        assert seeds_pipeline.index.documents[c.doc_id].text[c.start : c.end] == c.quote


def test_citation_precision_and_answer_support_count_differently():
    from cbec_rag.eval import GoldItem, _answer_metrics
    from cbec_rag.types import Answer

    def row(i, refused, sup, n_cit):
        it = GoldItem(f"q{i}", "zh", "问", [["x"]], [{"source": "a", "quote": "x"}])
        ans = Answer("问", "答", [], refused, [], "extractive")
        return (it, ans, not refused and sup > 0, True, sup, n_cit, sup > 0)

    # two answers: one with 1 of 2 citations supporting, one with none of 1; one refusal
    m = _answer_metrics([row(1, False, 1, 2), row(2, False, 0, 1), row(3, True, 0, 0)])["all"]
    assert m["citation_precision"] == 1 / 3
    assert m["answer_support"] == 1 / 2  # refused questions are not answers
    assert m["wrongly_refused"] == 1 / 3
