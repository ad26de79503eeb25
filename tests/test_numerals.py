"""Tests for cbec_rag.generate.numerals: figures written in digits or words, read as numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cbec_rag.generate.base import figures, unsupported_figures
from cbec_rag.generate.numerals import find_figures
from cbec_rag.types import Citation


def labels(text: str, **kw) -> list[str]:
    return [f.label for f in find_figures(text, **kw)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three pilot towns", ["3"]),
        ("Twenty-five firms", ["25"]),
        ("two hundred and five stores", ["205"]),
        ("one thousand two hundred parcels", ["1200"]),
        ("approved in March 2021", ["3", "2021"]),
        ("三个城市", ["3"]),
        ("两家企业", ["2"]),
        ("三大平台", ["3"]),
        ("二十多个口岸", ["20"]),
        ("一百零五项", ["105"]),
        ("百分之三十", ["30%"]),
        ("二〇二一年", ["2021"]),
        ("三千五百万元", ["3500"]),
        ("补助200万元，增长12.4%", ["200", "12.4%"]),
        ("31,250.5万元", ["31250.5"]),
    ],
)
def test_figures_in_digits_and_words(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第三方平台",  # an ordinal
        "十二五规划",  # a name, not a number
        "一些问题、统一标准、十分重要、进一步",  # numeral characters that count nothing
        "数十个城市",  # "some tens"
        "2.38万亿元的规模",  # 万亿 after digits is their unit (the 2.38 is the figure)
        "千方百计、百姓、万一",
        "three four",  # two numbers side by side are not one
        "exports may grow",  # "may" is a month only next to a day or year
    ],
)
def test_words_that_are_not_figures(text: str) -> None:
    assert [f for f in find_figures(text) if f.word] == []


def test_values_with_units_meet_across_languages() -> None:
    def values(text: str) -> frozenset:
        (f,) = find_figures(text)
        return f.values

    assert values("200万元") & values("2 million yuan") == {Decimal(2000000)}
    assert values("2.38万亿") & values("2.38 trillion") == {Decimal("2.38"), Decimal("2.38e12")}
    assert values("三千五百万") & values("35 million") == {Decimal(35000000)}
    assert values("3万家") & values("three million") == {Decimal(3)}  # the bare number still meets


def test_lone_one_in_words_is_optional() -> None:
    assert labels("one of the first zones") == ["1"]
    assert labels("one of the first zones", ones=False) == []
    assert labels("一个重要平台", ones=False) == [] and labels("11个城市", ones=False) == ["11"]


def test_unsupported_figures_reads_words() -> None:
    cit = Citation(1, "c", "d", "s", 0, 9, "共有三个城市获批。")
    assert unsupported_figures("3 cities were approved [1]", [cit]) == set()
    assert unsupported_figures("Four cities were approved [1]", [cit]) == {"4"}
    assert figures("three") == {"3"} and figures("three", words=False) == set()
