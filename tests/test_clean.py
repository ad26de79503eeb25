import re

from cbec_rag.clean import clean_document


def _nonws(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _check_offsets(src: str) -> None:
    cd = clean_document(src)
    assert len(cd.offsets) == len(cd.text)
    # offsets strictly increase and point at the same character for non-whitespace
    assert all(a < b for a, b in zip(cd.offsets, cd.offsets[1:], strict=False))
    for ch, off in zip(cd.text, cd.offsets, strict=True):
        if not ch.isspace():
            assert src[off] == ch
    # non-whitespace of the cleaned text == source minus furniture
    kept = list(src)
    for s, e in cd.furniture:
        kept[s:e] = [" "] * (e - s)
    assert _nonws(cd.text) == _nonws("".join(kept))


def test_broken_chinese_lines_are_joined_without_space():
    src = "湖北省跨境电商作为中坚省\n\n份发展速度有所加快，但 是基础环境还有 所欠缺。\n下一段开始。"
    cd = clean_document(src)
    assert "湖北省跨境电商作为中坚省份发展速度有所加快，但是基础环境还有所欠缺。" in cd.text
    assert cd.text.split("\n")[-1] == "下一段开始。"
    _check_offsets(src)


def test_latin_lines_keep_a_space_and_hyphen_breaks_join():
    src = "The rise of cross-border e-commerce brings\nopportunities for cultivat-\ning markets.\n"
    cd = clean_document(src)
    assert cd.text == "The rise of cross-border e-commerce brings opportunities for cultivat-ing markets."
    _check_offsets(src)


def test_mixed_script_spaces_next_to_chinese_are_dropped():
    cd = clean_document("中国跨境电商 2018 年的交易规模同比增长 11.6%，达到 9 万亿元。")
    assert cd.text == "中国跨境电商2018年的交易规模同比增长11.6%，达到9万亿元。"


def test_page_numbers_and_running_headers_are_dropped():
    pages = []
    topics = ["海外仓", "综试区", "物流", "人才"]
    for p, topic in enumerate(topics, start=1):
        body = f"关于{topic}的正文第{p}页内容继续\n写到这里。\n{topic}还有更多说明。\n{topic}的结论。\n"
        pages.append(f"某研究院 政策简报 第{p}期\n{body}- {p} -\n")
    src = "\f".join(pages)
    cd = clean_document(src)
    assert "政策简报" not in cd.text
    assert "- 1 -" not in cd.text and not re.search(r"^\d+$", cd.text, re.M)
    assert "关于物流的正文第3页内容继续写到这里。" in cd.text
    _check_offsets(src)


def test_tables_stay_tables():
    src = "说明文字。\n获批日期\t新增个数\t累计个数\n2015年3月\t1\t1\n2016年1月\t12\t13\n后续说明。\n"
    cd = clean_document(src)
    tables = [b for b in cd.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert (
        cd.text[tables[0].cstart : tables[0].cend]
        == "获批日期\t新增个数\t累计个数\n2015年3月\t1\t1\n2016年1月\t12\t13"
    )
    _check_offsets(src)


def test_headings_become_blocks_and_toc_is_furniture():
    src = "目录\n一、总体要求.....\t1\n二、主要任务.....\t3\n一、总体要求\n坚持创新驱动。\n（一）发展目标\n到期末实现目标。\n"
    cd = clean_document(src)
    heads = [cd.text[b.cstart : b.cend] for b in cd.blocks if b.kind == "heading"]
    assert heads == ["一、总体要求", "（一）发展目标"]
    assert "....." not in cd.text
    _check_offsets(src)


def test_render_maps_source_span_back_to_cleaned_text():
    src = "第一句在这\n里结束。第二句 也在这里。"
    cd = clean_document(src)
    start = src.index("第二句")
    assert cd.render(start, len(src)) == "第二句也在这里。"
    assert cd.render(0, src.index("。") + 1) == "第一句在这里结束。"


def test_weird_input_does_not_crash():
    for src in ["", "   \n\n", "\f\f", "。。。", "a", "\u200b\u3000", "１２３４５"]:
        clean_document(src)


def test_a_short_line_before_a_blank_line_stands_alone():
    body = "为深入推进跨境电子商务综合试验区建设，加快培育外贸新业态新模式，推动传统产业通过跨境电商拓展国际市场，制定以下措施。"
    src = f"某市促进跨境电子商务发展若干措施\n\n某政办规〔2023〕15号\n\n{body}\n\n{body}\n"
    paragraphs = clean_document(src).text.split("\n")
    assert paragraphs[:3] == ["某市促进跨境电子商务发展若干措施", "某政办规〔2023〕15号", body]


def test_wrapped_lines_with_blank_lines_between_still_join():
    # PDF extraction that double-spaces wrapped lines: full-width lines join into one paragraph
    src = (
        "湖北省良好的进出口贸易现状为企业积极发展跨境电商提供了良好的环境和市场基础。2018 年湖北省外贸进出口总值\n\n"
        "3,487.2 亿元，比 2017 年增长 11.2%，进出口规模再次突破 3,000 亿元，对外贸易进出口规模继续保持增长趋势。\n"
    )
    assert "\n" not in clean_document(src).text


def test_markdown_only_hash_lines_are_headings():
    src = (
        "# 指引\n\n## 一、支持政策\n\n1. 对新认定的公共海外仓，给予一次性奖励40万元\n\n2. 对海外仓给予补助\n"
    )
    cd = clean_document(src, fmt="md")
    heads = [b.heading.text for b in cd.blocks if b.kind == "heading" and b.heading]
    assert heads == ["指引", "一、支持政策"]  # the numbered list items are text


def test_docx_and_html_lines_are_paragraphs():
    src = "临江市商务局\n2024年2月20日\nEnglish Summary\nThe measures take effect on 1 March 2024."
    assert clean_document(src, fmt="docx").text == src  # nothing joined
    assert "\n" not in clean_document("临江市商务局关于印发\n若干措施的通知", fmt="txt").text


def test_markdown_pipe_table_rows_are_rows_and_the_rule_is_dropped():
    src = "| 国家 | 门槛 |\n|---|---|\n| 加拿大 | 150加元 |\n| 美国 | 800美元 |\n"
    cd = clean_document(src, fmt="md")
    assert [b.kind for b in cd.blocks] == ["table"]
    rows = cd.text.split("\n")
    assert len(rows) == 3 and "---" not in cd.text and "800美元" in rows[2]


def test_markdown_pipe_cells_become_tab_separated_with_exact_offsets():
    src = "| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n| 进出口额（亿元） | 285.4 | 347.6 |\n|  | 空 | x |\n"
    cd = clean_document(src, fmt="md")
    assert cd.text.split("\n") == ["指标\t2021年\t2022年", "进出口额（亿元）\t285.4\t347.6", "\t空\tx"]
    i = cd.text.index("进出口额")
    s, e = cd.src_span(i, cd.text.index("347.6") + len("347.6"))
    assert src[s:e] == "进出口额（亿元） | 285.4 | 347.6"


def test_full_width_aligned_columns_are_a_table_only_beside_figures():
    table = (
        "表2　2024年某市跨境电商出口主要市场\n出口市场　　　　出口额（亿元）　　占比（%）\n"
        "欧盟　　　　　　41.6　　　　　　　29.1\n中亚五国　　　　27.3　　　　　　　19.1\n"
    )
    cd = clean_document(table)
    assert [b.kind for b in cd.blocks] == ["caption", "table"]
    assert cd.text.split("\n")[1] == "出口市场\t出口额（亿元）\t占比（%）"
    form = "姓　　名：张三　　性　　别：男\n单　　位：某局　　职　　务：科员\n"
    assert [b.kind for b in clean_document(form).blocks] == ["text"]
    assert "\t" not in clean_document("各区县人民政府：　　为贯彻落实。　　一、总体要求。\n").text


def test_a_tab_with_spaces_around_it_still_separates_cells():
    cd = clean_document("指标 \t 2021年 \t 2022年\n进出口额 \t 285.4 \t 347.6\n")
    assert cd.text == "指标\t2021年\t2022年\n进出口额\t285.4\t347.6"


def test_columns_aligned_by_two_plain_spaces_are_a_table_only_beside_figures():
    table = (
        "表1  2024年某市跨境电商分监管方式情况\n\n"
        "监管方式  业务模式              进出口额（亿元）  同比增长（%）\n"
        "9610      跨境电商零售（直购）  102.3             10.8\n"
        "9710      B2B直接出口           118.6             34.2\n"
    )
    rows = clean_document(table).text.split("\n")
    assert "监管方式\t业务模式\t进出口额（亿元）\t同比增长（%）" in rows
    assert "9610\t跨境电商零售（直购）\t102.3\t10.8" in rows
    prose = (
        "The threshold was abolished.  Sellers now charge VAT.  The rate is 20%.\nIt applies to parcels.\n"
    )
    assert "\t" not in clean_document(prose).text


def test_numbered_list_items_are_not_a_table():
    text = "1.  Sellers must register for VAT.  They file returns.\n2.  Platforms collect the tax.  They remit it.\n"
    assert "\t" not in clean_document(text).text


def test_a_clause_cut_by_a_blank_line_is_joined_but_a_title_is_not():
    long = (
        "全市跨境电商企业持续增加，进出口规模稳步扩大，海外仓布局不断完善，物流通道日益通畅，" * 3
        + "成效明显。"
    )
    source = (
        "某市跨境电商发展情况\n\n"
        f"{long}\n\n"
        "在推进改革的同时，本市还设立了一批可以先行先试\n\n"
        "的功能区，为企业提供了便利。\n\n"
        f"{long}\n"
    )
    cd = clean_document(source)
    assert "可以先行先试的功能区，为企业提供了便利。" in cd.text  # one sentence again
    assert "某市跨境电商发展情况\n" in cd.text  # the title line still stands alone
    i = cd.text.index("在推进改革")
    s, e = cd.src_span(i, i + len("在推进改革的同时，本市还设立了一批可以先行先试的功能区"))
    assert source[s:e].replace("\n", "") == "在推进改革的同时，本市还设立了一批可以先行先试的功能区"
