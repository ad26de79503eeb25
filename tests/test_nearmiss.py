"""Near misses made for fitting refusal (eval/nearmiss.py): a changed condition must make the
question unanswerable, so some changes are never made."""

from __future__ import annotations

import random

import pytest

from eval.nearmiss import variants

PLACES = ["甲州", "甲州市", "乙州", "丙州"]


@pytest.fixture(autouse=True)
def _places(monkeypatch):
    # an inline gazetteer instead of jieba's and CC-CEDICT's (made up names)
    from eval import nearmiss

    monkeypatch.setattr(
        nearmiss, "place_names", lambda: (tuple(PLACES), {"Jiazhou": "甲州", "Yizhou": "乙州"})
    )
    monkeypatch.setattr("jieba.lcut", lambda q: [q[i : i + 2] for i in range(len(q) - 1)])


def kinds(question, lang, avoid, answer) -> dict:
    return {v.kind: v for v in variants(question, lang, avoid, answer, PLACES, random.Random(0))}


def test_year_place_and_period_change_to_what_the_passages_never_state():
    answer = "2019年上半年甲州出口1亿元"
    got = kinds("2019年上半年甲州出口多少？", "zh", answer + "。2020年乙州出口2亿元", answer)
    assert got["year"].new not in {"2019", "2020"}
    assert got["place"].new == "丙州"  # 乙州 is in the passages; 甲州市 is 甲州 itself
    assert got["period"].new not in ("上半年", "全年") and "上半年" not in got["period"].question


def test_no_change_the_answer_does_not_state_or_that_may_stay_answerable():
    answer = "甲州出口1亿元"  # no year, no part of the year in the answer: changing them proves nothing
    assert set(kinds("2019年上半年甲州出口多少？", "zh", answer + "；进口", answer)) == {"place"}
    # a span of years, or two parts of a year, is not one condition
    span = "2016至2019年甲州出口增长多少？"
    assert "year" not in kinds(span, "zh", "2016年甲州；2019年甲州", "2016年至2019年甲州")
    two = "2019年全年和上半年甲州出口多少？其中1-6月呢"
    assert "period" not in kinds(two, "zh", "2019年上半年甲州", "2019年上半年甲州")


def test_english_place_names_change_by_their_dictionary_names():
    answer = "2019年甲州出口1亿元"
    got = kinds("What did Jiazhou export in 2019?", "en", answer, answer)
    assert got["place"].question == "What did Yizhou export in 2019?"
    assert set(got["place"].marks) == {"Yizhou", "乙州"}


def test_a_word_with_a_standard_opposite_swaps_only_where_the_passages_never_state_it():
    answer = "2019年甲州跨境电商出口1亿元"
    got = kinds("2019年甲州跨境电商出口多少？", "zh", answer, answer)
    assert got["swap"].question == "2019年甲州跨境电商进口多少？" and got["swap"].marks == ("进口",)
    # the opposite is stated somewhere in the passages: the new question may be answerable
    assert "swap" not in kinds("2019年甲州跨境电商出口多少？", "zh", answer + "；进口2亿元", answer)
    # 出口 inside 进出口 is no export; the answer must state the word too
    both = "2019年甲州进出口3亿元"
    assert "swap" not in kinds("2019年甲州进出口多少？", "zh", both, both)
    assert "swap" not in kinds("2019年甲州零售额多少？", "zh", both, both)


def test_english_swaps_mark_the_stem():
    answer = "In 2019 Jiazhou exports reached 1 billion"
    got = kinds("How much did Jiazhou's exports reach in 2019?", "en", answer, answer)
    assert got["swap"].question == "How much did Jiazhou's imports reach in 2019?"
    assert got["swap"].marks == ("import",)  # finds "import" and "imports" in a passage
    assert "swap" not in kinds("How much did Jiazhou's exports reach?", "en", answer + " import", answer)
