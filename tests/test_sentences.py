from cbec_rag.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[i:j] for i, j in split_sentences(text)]


def test_chinese_terminators_and_closing_quotes():
    text = "跨境电商发展迅速。海外仓数量增加了吗？是的！他说：“政策很好。”随后离开；结束…"
    assert _split(text) == [
        "跨境电商发展迅速。",
        "海外仓数量增加了吗？",
        "是的！",
        "他说：“政策很好。”",
        "随后离开；",
        "结束…",
    ]


def test_decimals_and_abbreviations_do_not_split():
    text = "The rate was 1.84 percent in the U.S. market, e.g. for Amazon sellers. Growth continued. 增长1.25万亿元。"
    assert _split(text) == [
        "The rate was 1.84 percent in the U.S. market, e.g. for Amazon sellers.",
        "Growth continued.",
        "增长1.25万亿元。",
    ]


def test_ascii_punctuation_in_chinese_text():
    assert _split("河南省增长35.3%;郑州领先!其他城市?") == ["河南省增长35.3%;", "郑州领先!", "其他城市?"]


def test_run_on_sentence_is_capped_at_soft_break():
    text = "，".join(["跨境电商综合试验区建设"] * 100)
    spans = split_sentences(text, max_chars=120)
    assert len(spans) > 1
    assert all(j - i <= 120 for i, j in spans)
    assert "".join(text[i:j] for i, j in spans) == text


def test_whitespace_only():
    assert split_sentences("   ") == []


def test_journal_field_code_ends_a_sentence():
    text = "【中图分类号】F724.6【文献标识码】A在一带一路政策利好的背景下，跨境电商快速发展。"
    parts = [text[i:j] for i, j in split_sentences(text)]
    assert parts == ["【中图分类号】F724.6【文献标识码】A", "在一带一路政策利好的背景下，跨境电商快速发展。"]
    # a bracketed label followed by Chinese text is not a code: no split
    assert len(split_sentences("【摘要】近年来跨境电商快速发展。")) == 1
