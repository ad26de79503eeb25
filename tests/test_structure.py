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
