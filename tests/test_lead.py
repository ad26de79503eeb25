"""The English lead line of an English answer over Chinese sentences (issue 18): the asked figure,
date, share or name in English with the Chinese in brackets, or no lead line when unsure."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import extractive_generator

from cbec_rag.generate.lead import english_name
from cbec_rag.generate.numerals import english_number, find_amounts, find_dates, find_percents

_generator = extractive_generator


def _lead(answer_text: str) -> str:
    first = answer_text.split("\n", 1)[0]
    return first if first.startswith("Answer: ") else ""


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("规模达到7万亿元", "7 trillion yuan"),
        ("营收31,406.2万元", "314.062 million yuan"),
        ("补贴五千万元", "50 million yuan"),
        ("面积2.5万平方米", "25,000 square metres"),
        ("出口4.6亿美元", "460 million US dollars"),
        ("开行专列38列", "38"),
        ("三个城市", "3"),
    ],
)
def test_amounts_in_english_numerals(text: str, english: str) -> None:
    assert [a.english for a in find_amounts(text)] == [english]


def test_a_year_or_a_share_is_no_amount() -> None:
    assert find_amounts("2021年增长13.5%，第二个") == []
    assert [p.english for p in find_percents("增长13.5%，占百分之四十，提高2.5个百分点")] == [
        "13.5%",
        "40%",
        "2.5 percentage points",
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("2017年3月", "March 2017"),
        ("2017年3月8日起", "8 March 2017"),
        ("于11月20日", "20 November"),
        ("2016年下半年", "the second half of 2016"),
        ("二〇一六年", "2016"),
        ("2016年", "2016"),
    ],
)
def test_dates_in_english(text: str, english: str) -> None:
    assert [d.english for d in find_dates(text)] == [english]


def test_english_number_scales() -> None:
    assert english_number(Decimal("1200000000")) == "1.2 billion"
    assert english_number(Decimal("45000")) == "45,000"


def test_names_from_the_dictionaries_or_pinyin() -> None:
    assert english_name("合肥") == "Hefei"
    assert english_name("江西省") == "Jiangxi Province"
    assert english_name("商务部") == "Ministry of Commerce"  # the glossary's
    assert english_name("欧盟") == "European Union"


def test_an_amount_question_gets_its_figure_in_english() -> None:
    gen, hits = _generator("2020年，临川市跨境电商交易额达到3.7万亿元，同比增长12.4%。")
    ans = gen.generate(
        "What was the value of cross-border e-commerce transactions in Linchuan in 2020?", hits
    )
    assert not ans.refused, ans.text
    assert _lead(ans.text) == "Answer: 3.7 trillion yuan (3.7万亿元) [1]"
    assert ans.citations[0].quote.endswith("同比增长12.4%。")  # citations as before


def test_a_share_question_gets_the_share_not_the_amount() -> None:
    gen, hits = _generator("2020年，临川市跨境电商交易额达到3.7万亿元，同比增长12.4%。")
    ans = gen.generate("By what percentage did Linchuan's cross-border e-commerce grow in 2020?", hits)
    assert _lead(ans.text) == "Answer: 12.4% [1]"


def test_a_date_question_gets_the_date() -> None:
    gen, hits = _generator("临川市跨境电子商务综合试验区于2017年3月获国务院批准设立。")
    ans = gen.generate("When was the Linchuan cross-border e-commerce pilot zone approved?", hits)
    assert _lead(ans.text) == "Answer: March 2017 (2017年3月) [1]"


def test_a_which_cities_question_gets_the_names_not_the_province() -> None:
    gen, hits = _generator("江西省临川、宁川、汾阳三市获批设立跨境电子商务综合试验区。")
    ans = gen.generate("Which cities in Jiangxi were approved as cross-border e-commerce pilot zones?", hits)
    assert _lead(ans.text) == "Answer: Linchuan, Ningchuan and Fenyang (临川、宁川、汾阳) [1]"


def test_the_question_year_picks_one_of_two_figures() -> None:
    gen, hits = _generator("临川市2021年共开行跨境电商列车52列，2020年开行列车31列。")
    ans = gen.generate("How many cross-border e-commerce trains did Linchuan run in 2021?", hits)
    assert _lead(ans.text) == "Answer: 52 (52列) [1]"


def test_nothing_picks_one_of_several_figures_so_no_lead_line() -> None:
    gen, hits = _generator("临川市海外仓分布在德国（12个）、法国（9个）、意大利（7个）和西班牙（5个）。")
    ans = gen.generate("How many overseas warehouses does Linchuan have?", hits)
    assert not ans.refused, ans.text
    assert _lead(ans.text) == "", ans.text


def test_no_lead_line_for_a_chinese_question_or_an_english_source() -> None:
    gen, hits = _generator("2020年，临川市跨境电商交易额达到3.7万亿元。")
    assert _lead(gen.generate("2020年临川市跨境电商交易额是多少？", hits).text) == ""
    gen, hits = _generator("In 2020 the cross-border e-commerce trade of Linchuan reached 3.7 trillion yuan.")
    ans = gen.generate("What was the cross-border e-commerce trade of Linchuan in 2020?", hits)
    assert not ans.refused and _lead(ans.text) == "", ans.text


def test_a_reason_question_gets_no_lead_line() -> None:
    gen, hits = _generator("临川市物流成本偏高，主要原因是距离沿海港口较远，2020年单票成本高出12%。")
    ans = gen.generate("Why are logistics costs high in Linchuan?", hits)
    assert _lead(ans.text) == "", ans.text
