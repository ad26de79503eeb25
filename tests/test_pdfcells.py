"""Tests for cbec_rag.pdfcells: a PDF table extracted a cell a line is read as rows again."""

from __future__ import annotations

from pathlib import Path

from cbec_rag.clean import clean_document
from cbec_rag.ingest import load_document
from cbec_rag.pdfcells import regroup_cells

ZH_TABLE = "\n".join(
    [
        "一、基本情况：全市出口增长较快，主要指标如下表所示，数据均为海关统计的初步结果，以正式公布为准。",
        " 表1 主要指标",
        "指标",
        "2022年",
        "2023年",
        "出口额（亿元）",
        "12.5",
        "15.8",
        "增长率",
        "8.1%",
        "26.4%",
        "卖家数（家）",
        "310",
        "402",
        "二、存在问题：物流成本偏高，中小卖家普遍依赖转运，单票成本比沿海城市高出约一成以上。",
    ]
)

EN_TABLE = "\n".join(
    [
        "Table 2 Sellers by county",
        "County",
        "Sellers",
        "Share",
        "Main market",
        "Botou",
        "41",
        "22%",
        "Vietnam",
        "Hejian",
        "48",
        "15%",
        "Poland",
        "Other",
        "27",
        "7%",
        "Chile",
        "The survey covered 116 sellers in all, and most of them sell through two or more platforms.",
    ]
)


def test_zh_cells_become_tab_separated_rows_and_the_text_keeps_its_length():
    out = regroup_cells(ZH_TABLE)
    assert len(out) == len(ZH_TABLE)
    lines = out.split("\n")
    assert "指标\t2022年\t2023年" in lines
    assert "出口额（亿元）\t12.5\t15.8" in lines
    assert "卖家数（家）\t310\t402" in lines
    # the caption and the prose around the table stay lines of their own
    assert " 表1 主要指标" in lines
    assert lines[0].startswith("一、基本情况") and lines[-1].startswith("二、存在问题")


def test_en_table_with_a_column_of_words_and_a_caption():
    lines = regroup_cells(EN_TABLE).split("\n")
    assert "County\tSellers\tShare\tMain market" in lines
    assert "Hejian\t48\t15%\tPoland" in lines
    assert lines[0] == "Table 2 Sellers by county"
    assert lines[-1].startswith("The survey covered")


def test_runs_that_are_not_tables_are_left_alone():
    headings = "\n".join(
        ["第一章 总则", "第二章 申报条件", "第三章 资金管理", "第四章 监督检查", "第五章 附则", "附件"] * 2
    )
    assert regroup_cells(headings) == headings  # short lines, no figures
    figures = "\n".join(["12.5", "15.8", "8.1%", "26.4%", "310", "402", "7", "9"])
    assert regroup_cells(figures) == figures  # figures without labels: no columns to tell apart
    prose = "\n".join(
        [
            "2023年，全市跨境电商进出口额39.6亿元，同比增长18.4%；2024年1—6月为22.3亿",
            "元，同比增长12.7%。海运快件是对外出口的主渠道。",
        ]
    )
    assert regroup_cells(prose) == prose
    # a table with too few rows under its header stays as it was
    short = "\n".join(["指标", "2023年", "出口额（亿元）", "15.8", "另见附表。"])
    assert regroup_cells(short) == short


def test_ragged_rows_stop_the_table_where_the_columns_break():
    text = "\n".join(["地区", "出口额", "甲区", "41", "乙区", "48", "丙区", "27", "说明", "丁区另计", "注释"])
    lines = regroup_cells(text).split("\n")
    assert "地区\t出口额" in lines and "丙区\t27" in lines
    assert lines[-3:] == ["说明", "丁区另计", "注释"]


def _table_pdf(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "一、基本情况：全市出口增长较快，主要指标如下表所示。")
    rows = [
        ["指标", "2022年", "2023年"],
        ["出口额（亿元）", "12.5", "15.8"],
        ["增长率", "8.1%", "26.4%"],
        ["卖家数（家）", "310", "402"],
    ]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.drawString(72 + 120 * k, 730 - 20 * r, cell)  # a cell each: pypdf gives each a line
    c.drawString(72, 640, "二、存在问题：物流成本偏高。")
    c.save()
    return path


def test_a_drawn_pdf_table_is_cleaned_into_rows_with_their_header(tmp_path: Path):
    doc = load_document(_table_pdf(tmp_path / "t.pdf"), tmp_path)
    assert "增长率\t8.1%\t26.4%" in doc.text
    clean = clean_document(doc.text, fmt="pdf")
    # each row stays a row of its own (before, the cells ran together into one blob)
    assert any(
        ln.startswith("增长率") and "26.4%" in ln and "卖家数" not in ln for ln in clean.text.split("\n")
    )


def test_a_wrapped_label_breaks_the_table_without_gluing_cells_across_rows():
    cells = ["指标", "2022年", "2023年", "单店销售额", "486", "552", "平均客单价", "24.6%", "25.1%"]
    cells += ["跨境电商出口", "额（亿元）", "12.5", "15.8", "进口额", "3.1", "4.2", "卖家数", "310", "402"]
    lines = regroup_cells("\n".join(cells)).split("\n")
    assert lines[:3] == ["指标\t2022年\t2023年", "单店销售额\t486\t552", "平均客单价\t24.6%\t25.1%"]
    # every row that is joined holds one label and its own figures
    assert "进口额\t3.1\t4.2" in lines and "卖家数\t310\t402" in lines
    assert not any(
        ln.count("\t") and ln.split("\t")[-1] in ("跨境电商出口", "进口额", "卖家数") for ln in lines
    )


def test_numbered_lists_are_not_tables():
    for cells in (
        ["1.", "总则条款", "2.", "术语", "3.", "申报", "4.", "审核", "5.", "拨付", "6.", "附件"],
        ["Step", "1", "Register", "2", "Declare", "3", "Pay", "4", "Ship"],
    ):
        text = "\n".join(cells)
        assert regroup_cells(text) == text


def test_thousands_separators_and_currency_are_figures():
    text = "\n".join(["地区", "出口额（元）", "甲区", "12,500", "乙区", "¥3,400", "丙区", "$1,200.5"])
    assert regroup_cells(text).split("\n") == [
        "地区\t出口额（元）",
        "甲区\t12,500",
        "乙区\t¥3,400",
        "丙区\t$1,200.5",
    ]


def test_two_tables_in_one_run_are_both_rows_and_a_long_run_is_quick():
    one = ["地区", "企业数", "甲区", "41", "乙区", "48", "丙区", "27"]
    two = ["品类", "出口额", "占比", "服装", "3.2", "21%", "家居", "2.8", "18%", "灯具", "1.1", "7%"]
    lines = regroup_cells("\n".join(one + two)).split("\n")
    assert "丙区\t27" in lines and "品类\t出口额\t占比" in lines and "灯具\t1.1\t7%" in lines
    # many small tables back to back: each search goes on from where a table ended
    many = []
    for b in range(4000):
        many += ["甲", "1", "乙", "2", "丙", "3"] + (["丁"] if b % 2 else ["丁", "戊"])
    assert len(regroup_cells("\n".join(many))) == len("\n".join(many))
