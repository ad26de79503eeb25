import pytest

from cbec_rag.structure import KIND_ORDER, classify_heading, guess_title, is_caption, is_toc_line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("一、工作目标", "cn_num"),
        ("（二）从“缺人才”到“产人才”", "cn_paren"),
        ("(三) 依托传统优势", "cn_paren"),
        ("1. 引言", "named"),
        ("2.1 湖北省跨境电商发展的现状", "arabic2"),
        ("1.1.2 Data sources", "arabic3"),
        ("第三章 政策建议", "chapter"),
        ("案例 3 某市的新实践", "case"),
        ("3 Results and Discussion", "arabic"),
        ("Abstract", "named"),
        ("摘  要", "named"),
    ],
)
def test_heading_kinds(line, kind):
    h = classify_heading(line)
    assert h is not None and h.kind == kind and not h.run_in


@pytest.mark.parametrize(
    "line",
    ["1.84万亿元的规模", "2018年国务院正式批准", "这是普通的一句话。", "1.", "20%的增长来自出口"],
)
def test_not_headings(line):
    assert classify_heading(line) is None


def test_run_in_heading_takes_first_clause():
    h = classify_heading(
        "1.优化多式联运枢纽体系。联动周边城市，加快交通枢纽网络建设，试行跨境电商专线，推广卡车航班模式。"
    )
    assert h is not None and h.run_in and h.text == "1.优化多式联运枢纽体系"


def test_captions_and_toc():
    assert is_caption("图 1 中国跨境电商进出口规模变动")
    assert is_caption("表2 主要指标")
    assert not is_caption("图书出版业增长了很多。")
    assert is_toc_line("(一) 中国跨境电商发展现状.....\t1")
    assert is_toc_line("案例 1 先行先试的经验\t9")
    assert is_toc_line("目 录")
    assert not is_toc_line("一、中国跨境电商发展综述")


def test_guess_title_skips_headings_and_joins_subtitle():
    lines = ["", " 某省跨境电商的发展与创新研究 ", "——基于综合试验区试点", "作者"]
    assert guess_title(lines) == "某省跨境电商的发展与创新研究 ——基于综合试验区试点"
    assert guess_title(["一、总则", "关于促进跨境电商发展的意见"]) == "关于促进跨境电商发展的意见"


def test_markdown_headings_carry_their_level_and_lose_their_marks():
    h = classify_heading("## 一、总体情况")
    assert h is not None and h.kind == "md2" and h.text == "一、总体情况"
    assert KIND_ORDER["md1"] < KIND_ORDER["md2"] < KIND_ORDER["part"]
    assert (
        guess_title(["# 某市海外仓建设指引（2024年版）", "> 某市商务局"]) == "某市海外仓建设指引（2024年版）"
    )


def test_a_short_numbered_paragraph_is_a_run_in_heading():
    h = classify_heading("（四）加强风险防范。指导企业建立风险防控机制。")
    assert h is not None and h.run_in and h.text == "（四）加强风险防范"


def test_a_title_is_never_a_sentence_fragment():
    # a document that opens with its abstract has no title line: "" (the file name is used)
    assert (
        guess_title(
            [
                " Abstract ",
                "The growth of online retail exports under the regional strategy brings new chances for the",
                " 摘  要 ",
                "",
                "区域协同战略背景下跨境电子商务的兴起为外贸发展带来了机遇，",
                "分析三个地区跨境电子商务发展现状，探索目前的主要存",
            ]
        )
        == ""
    )
    # running text without a label: the first long sentence line ends the search
    body = ["随着跨境电商的快速发展，我国外贸企业纷纷开展", "跨境业务并取得了显著成效的企业数量逐年增加"]
    assert guess_title(body) == ""
    assert guess_title(
        ["", "某地推进跨境电商发展的若干举措", "【摘 要】：近年来，某地跨境电商快速增长。"]
    ) == ("某地推进跨境电商发展的若干举措")
    # a line cut after a comma or in mid-clause is never the title, even a short one
    assert guess_title(["为加快外贸新业态发展，", "某市海外仓建设指引"]) == "某市海外仓建设指引"
    assert guess_title(["the lagging development of warehousing and the", "Online Retail Export Guide"]) == ""
    assert guess_title(["Online Retail Export Guide", "Prepared by the trade office"]) == (
        "Online Retail Export Guide"
    )


def test_a_title_set_over_two_lines_is_joined():
    lines = ["某市跨境电子商务综合试验区", "实  施  方  案", "", "为贯彻落实有关文件精神，制定本方案。"]
    assert guess_title(lines) == "某市跨境电子商务综合试验区实施方案"
    # a short line that is not the kind of document (an author, a date) is not joined
    assert guess_title(["某省跨境电商发展研究", "张三", "2024年3月"]) == "某省跨境电商发展研究"
    assert guess_title(["关于促进跨境电商发展的实施意见", "办公厅通知"]) == "关于促进跨境电商发展的实施意见"


def test_a_document_without_a_title_line_is_named_by_its_file(tmp_path):
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index
    from cbec_rag.store import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "policy_notes.txt").write_text(
        "摘 要\n\n区域协同战略背景下跨境电子商务的兴起为外贸发展带来了机遇，\n\n分析现状并提出对策。\n",
        encoding="utf-8",
    )
    (corpus / "plan.txt").write_text(
        "某市跨境电子商务综合试验区\n实 施 方 案\n\n为贯彻落实有关文件精神，制定本方案。\n", encoding="utf-8"
    )
    build_index(corpus, tmp_path / "index", embedder=FakeEmbedder(32), embedder_spec="fake:32")
    titles = {d.source: d.title for d in load_index(tmp_path / "index").documents.values()}
    assert titles == {"policy_notes.txt": "policy_notes", "plan.txt": "某市跨境电子商务综合试验区实施方案"}
