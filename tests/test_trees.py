"""Boosted trees as the selector's candidate model: the exported arrays predict what scikit-learn's
model predicts, bad arrays are refused, and a weights file with trees scores candidates by them."""

from __future__ import annotations

import json

import numpy as np
import pytest

from cbec_rag.errors import SelectorError
from cbec_rag.generate import features
from cbec_rag.generate.selector import GENERIC, SelectorModel
from cbec_rag.trees import Trees, from_sklearn

NAMES = ["cover", "bm25", "first"]


@pytest.fixture(scope="module")
def fitted():
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(7)
    X = rng.normal(size=(2000, 3))
    y = ((X[:, 0] > 0.2) ^ (X[:, 1] * X[:, 2] > 0.5)).astype(int)  # an interaction no line draws
    X[rng.random(X.shape) < 0.15] = np.nan
    y[np.isnan(X[:, 0])] = 1  # unknown values carry a signal of their own
    model = HistGradientBoostingClassifier(max_iter=40, random_state=0).fit(X, y)
    test = rng.normal(size=(400, 3))
    test[rng.random(test.shape) < 0.2] = np.nan
    return model, from_sklearn(model, NAMES), test


def test_exported_trees_predict_what_sklearn_predicts_unknown_values_included(fitted):
    model, trees, test = fitted
    assert len(trees.roots) == model.n_iter_
    assert np.isnan(test).any()
    np.testing.assert_allclose(trees.proba(test), model.predict_proba(test)[:, 1], atol=1e-12)
    assert trees.proba(np.zeros((0, 3))).shape == (0,)


def test_trees_survive_a_json_round_trip(fitted):
    _, trees, test = fitted
    again = Trees.from_json(json.loads(json.dumps(trees.to_json())), features.INDEX)
    np.testing.assert_array_equal(again.proba(test), trees.proba(test))


def _broken(trees: Trees, **change) -> dict:
    obj = trees.to_json()
    for key, edit in change.items():
        obj[key] = edit(obj[key])
    return obj


def _first_split(obj: dict) -> int:
    return obj["leaf"].index(False)


@pytest.mark.parametrize(
    "change, says",
    [
        ({"names": lambda v: ["no_such_feature", *v[1:]]}, "unknown features"),
        ({"baseline": lambda v: float("nan")}, "baseline"),
        ({"value": lambda v: [float("nan"), *v[1:]]}, "finite"),
        ({"threshold": lambda v: [float("nan"), *v[1:]]}, "numbers"),
        ({"left": lambda v: v[:-1]}, "one length"),
        ({"roots": lambda v: [len(v) * 10**6]}, "root"),
        ({"roots": lambda v: []}, "root"),
        ({"feature": lambda v: [9 if i == 0 else x for i, x in enumerate(v)]}, "column"),
    ],
)
def test_bad_trees_are_refused(fitted, change, says):
    _, trees, _ = fitted
    with pytest.raises(ValueError, match=says):
        Trees.from_json(_broken(trees, **change), features.INDEX)


def test_a_split_pointing_back_is_refused_so_every_row_reaches_a_leaf(fitted):
    _, trees, _ = fitted
    obj = trees.to_json()
    node = _first_split(obj)
    obj["right"][node] = node  # a loop
    with pytest.raises(ValueError, match="later node"):
        Trees.from_json(obj, features.INDEX)


def _selector_weights(tmp_path, with_trees: Trees | None, **change) -> str:
    obj = {
        "embedder": GENERIC,
        "feature_version": features.FEATURE_VERSION,
        "names": NAMES,
        "mean": [0.0] * 3,
        "scale": [1.0] * 3,
        "coef": [1.0, 0.0, 0.0],
        "intercept": 0.0,
        "tau": 0.2,
        "extra_ratio": 0.5,
    }
    if with_trees is not None:
        obj["trees"] = with_trees.to_json()
    obj |= change
    path = tmp_path / "w.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return str(path)


def test_a_weights_file_with_trees_scores_candidates_by_them(tmp_path, fitted):
    _, trees, test = fitted
    X = np.zeros((len(test), len(features.NAMES)))
    X[:, [features.INDEX[n] for n in NAMES]] = test
    with_trees = SelectorModel.load(_selector_weights(tmp_path, trees), embedder_id="x")
    np.testing.assert_allclose(with_trees.proba(X), trees.proba(test))
    plain = SelectorModel.load(_selector_weights(tmp_path, None), embedder_id="x")
    assert not np.allclose(plain.proba(X), with_trees.proba(X))  # the logistic weights are not what scores
    # the file it writes keeps the logistic weights and the trees
    again = SelectorModel.from_json(with_trees.to_json())
    np.testing.assert_array_equal(again.proba(X), with_trees.proba(X))
    assert again.coef.tolist() == [1.0, 0.0, 0.0]


def test_trees_over_other_features_than_the_file_names_are_refused(tmp_path, fitted):
    _, trees, _ = fitted
    other = Trees.from_json(trees.to_json() | {"names": ["cover", "bm25", "short"]}, features.INDEX)
    with pytest.raises(SelectorError, match="trees must read the features"):
        SelectorModel.load(_selector_weights(tmp_path, other), embedder_id="x")
    with pytest.raises(SelectorError, match="unreadable"):
        SelectorModel.load(
            _selector_weights(tmp_path, None, trees={"names": NAMES}), embedder_id="x"
        )  # (a stub)


def test_a_trees_head_in_a_weights_file_gives_the_answerable_probability(tmp_path):
    """A weights file whose answerability head is boosted trees (--head-model trees) refuses by them."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    head_names = ["lead_logit", "lead_cover"]
    rng = np.random.default_rng(11)
    Z = rng.normal(size=(600, 2))
    y = ((Z[:, 0] > 0) ^ (Z[:, 1] > 0)).astype(int)
    head = from_sklearn(HistGradientBoostingClassifier(max_iter=30, random_state=0).fit(Z, y), head_names)
    path = _selector_weights(tmp_path, None, refusal="head", answerable=head.to_json())
    model = SelectorModel.load(path, embedder_id="x")
    assert isinstance(model.answerable, Trees)
    X = np.zeros((4, len(features.NAMES)))
    X[:, features.INDEX["cover"]] = [0.9, 0.1, 0.3, 0.0]
    p = model.proba(X)
    z = features.question_level(X, p)
    cols = [features.QUESTION_NAMES.index(n) for n in head_names]
    assert model.answerability(X, p) == pytest.approx(float(head.proba(z[cols][None, :])[0]))
    again = SelectorModel.from_json(json.loads(json.dumps(model.to_json())))
    assert isinstance(again.answerable, Trees) and again.answerability(X, p) == model.answerability(X, p)
    bad = head.to_json() | {"names": ["lead_logit", "no_such_feature"]}
    with pytest.raises(SelectorError, match="unreadable"):
        SelectorModel.load(_selector_weights(tmp_path, None, refusal="head", answerable=bad), embedder_id="x")
