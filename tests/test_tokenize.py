"""Tests for cbec_rag.tokenize: the one tokeniser used at index and query time."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cbec_rag import tokenize as tkmod
from cbec_rag.tokenize import detect_lang, en_words, is_number, normalize, tokenize

_SRC = Path(__file__).resolve().parents[1] / "src"

DATA = _SRC / "cbec_rag" / "data"


# --------------------------------------------------------------------------- Chinese


def test_domain_words_kept_whole():
    toks = tokenize("支持企业建设海外仓，推进综试区和综保区发展")
    for w in ("海外仓", "综试区", "综保区", "建设", "企业"):
        assert w in toks
    assert "，" not in toks and "," not in toks


def test_search_mode_adds_dictionary_subwords():
    toks = tokenize("跨境电商")
    assert {"跨境电商", "跨境", "电商"} <= set(toks)
    precise = tokenize("跨境电商", mode="precise")
    assert precise == ["跨境电商"]
    # every precise word is also produced by the search modes (index superset)
    text = "中国跨境电子商务综合试验区的海外仓建设和保税物流"
    for mode in ("search", "jieba_search"):
        assert set(tokenize(text, mode="precise")) <= set(tokenize(text, mode=mode))


def test_chinese_stopwords_removed_but_domain_words_kept():
    toks = tokenize("我们的出口和进口是什么？")
    assert "的" not in toks and "和" not in toks and "什么" not in toks and "我们" not in toks
    assert "出口" in toks and "进口" in toks


def test_user_dictionary_general_vocabulary():
    for w in ("一带一路", "中欧班列", "独立站", "市场采购", "数字贸易", "品牌出海", "单一窗口"):
        assert w in tokenize(f"推动{w}发展"), w


def test_bigram_fallback_for_single_character_runs():
    assert tokenize("犇骉猋") == ["犇", "骉", "猋"]
    assert tokenize("犇骉猋", bigrams=True) == ["犇", "骉", "猋", "犇骉", "骉猋"]
    # stopwords never form bigrams
    assert tokenize("的了吗", bigrams=True) == []


def test_private_jieba_instance_leaves_global_untouched():
    import jieba

    tokenize("综试区海外仓")
    assert tkmod._jieba() is not jieba.dt
    if jieba.dt.initialized:
        assert "综试区" not in jieba.dt.FREQ


# --------------------------------------------------------------------------- English


def test_english_stemming_and_stopwords():
    assert tokenize("The exports of warehouses") == ["export", "warehous"]
    assert tokenize("What is the growth rate?") == ["growth", "rate"]
    # letter-hyphen compounds are glued, so the spellings meet
    assert tokenize("e-commerce") == tokenize("ecommerce") == tokenize("E-Commerce") == ["ecommerc"]
    assert tokenize("cross-border") == ["cross", "border"]
    assert tokenize("China's B2B and 5G") == ["china", "b2b", "5g"]


def test_en_words_keep_stopwords_for_phrase_matching():
    assert [w for w, _ in en_words("Belt and Road 2023")] == ["belt", "and", "road"]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("出口规模达到1.84万亿元", ["1.84", "万亿元"]),
        ("同比增长20%", ["20%", "20"]),
        ("2023年", ["2023"]),
        ("进出口总额为 21,803.5万元", ["21803.5"]),
        ("9610模式和1210模式", ["9610", "1210"]),
        ("直购进口(9,610项下进口)", ["9610"]),
        ("grew 11.6% in 2018", ["11.6%", "11.6", "2018"]),
    ],
)
def test_numbers_are_single_tokens(text, expected):
    toks = tokenize(text)
    for e in expected:
        assert e in toks, (e, toks)


def test_chinese_comma_is_not_a_thousands_separator():
    toks = tokenize("12，345")
    assert "12" in toks and "345" in toks and "12345" not in toks


def test_is_number():
    assert is_number("1.84") and is_number("20%") and is_number("9610")
    assert not is_number("b2b") and not is_number("海外仓")


# --------------------------------------------------------------------------- normalisation / edge cases


def test_nfkc_full_width():
    assert normalize("２０２３年ＡＢＣ") == "2023年abc"
    toks = tokenize("２０２３年Ｂ２Ｂ出口增长２０％")
    assert "2023" in toks and "b2b" in toks and "20%" in toks and "20" in toks


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "。，！？……——", "...!!!???", "（）【】《》", "“”‘’"])
def test_empty_and_punctuation_only(text):
    assert tokenize(text) == []


def test_deterministic():
    text = "2024年上半年，我国跨境电商进出口1.25万亿元，同比增长10.5%。Cross-border e-commerce grew."
    assert tokenize(text) == tokenize(text)
    assert "1.25" in tokenize(text) and "万亿元" in tokenize(text)


def test_unknown_mode_rejected():
    with pytest.raises(ValueError):
        tokenize("出口", mode="nope")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- detect_lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("海外仓是什么？", "zh"),
        ("What is an overseas warehouse?", "en"),
        ("What does the term 海外仓 mean for cross-border sellers in general?", "en"),
        ("2023年B2B出口增长了多少", "zh"),
        ("", "en"),
        ("2023", "en"),
    ],
)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


# --------------------------------------------------------------------------- data files and laziness


def _entries(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln.strip() and not ln.startswith("#")]


def test_userdict_format_and_size():
    rows = _entries("userdict.txt")
    assert 150 <= len(rows) <= 400
    for row in rows:
        parts = row.split()
        assert len(parts) == 3 and parts[1].isdigit(), row
    assert len({r.split()[0] for r in rows}) == len(rows), "duplicate user dictionary words"


def test_stopword_lists_are_modest():
    zh = set(_entries("stopwords_zh.txt"))
    en = set(_entries("stopwords_en.txt"))
    assert 30 <= len(zh) <= 300 and 30 <= len(en) <= 300
    for domain in ("出口", "进口", "海外仓", "年", "亿元", "%"):
        assert domain not in zh
    for domain in ("export", "import", "trade", "china", "tax"):
        assert domain not in en


def test_import_is_lazy():
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(_SRC)!r})
        import cbec_rag.tokenize as t
        import cbec_rag.bm25, cbec_rag.crosslingual
        assert not t._jieba.loaded()
        assert "bm25s" not in sys.modules and "Stemmer" not in sys.modules
        print("ok")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_a_date_unit_after_a_number_is_not_glued_to_the_next_word():
    toks = tokenize("2024年前海海关监管跨境电商出口")
    assert "前海" in toks and "年前" not in toks
    assert "年末" in tokenize("去年年末")  # without a number before it the unit stays in its word


def test_a_time_word_after_a_number_keeps_its_unit():
    assert "年度" in tokenize("2024年度报告")
    assert "年末" in tokenize("截至2023年末")
    assert "前海" in tokenize("2024 年前海")  # a space between number and unit changes nothing


def test_precise_cached_is_precise_tokenize():
    from cbec_rag.tokenize import precise_cached, tokenize

    for text in ("对日本、韩国出口的跨境电商企业", "Exports to Japan rose 12%", ""):
        assert precise_cached(text) == tuple(tokenize(text, mode="precise"))
        assert precise_cached(text) is precise_cached(text)  # kept, not made again
