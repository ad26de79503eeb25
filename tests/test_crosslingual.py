"""Tests for cbec_rag.crosslingual: glossary + CC-CEDICT query expansion."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from cbec_rag.bm25 import BM25Index
from cbec_rag.crosslingual import (
    WeightedQuery,
    build_query,
    cedict_en_to_zh,
    cedict_zh_to_en,
    glossary_en_to_zh,
    load_cedict,
    load_glossary,
)
from cbec_rag.tokenize import is_number, tokenize

_SRC = Path(__file__).resolve().parents[1] / "src"

DATA = _SRC / "cbec_rag" / "data"

PASSAGES = [
    "支持企业在重点市场建设海外仓，完善海外仓退货和售后服务。",
    "加快综合保税区建设，发展保税物流、保税仓储和保税维修业务。",
    "加强跨境电商人才培养，推动校企合作和产教融合。",
    "优化通关流程，推行无纸化申报，提高清关效率。",
    "落实出口退税政策，便利企业收结汇和跨境支付。",
]


@pytest.fixture(scope="module")
def index() -> BM25Index:
    return BM25Index.build([tokenize(p) for p in PASSAGES])


# --------------------------------------------------------------------------- glossary


def test_glossary_file_shape():
    rows = [
        ln
        for ln in (DATA / "glossary.tsv").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    assert 150 <= len(rows) <= 500
    for row in rows:
        en, zh = row.split("\t")
        assert en.strip() and all(z.strip() for z in zh.split("|")), row
    gl = load_glossary()
    assert gl.en_max >= 3
    assert load_glossary() is gl


def test_glossary_lookup():
    assert glossary_en_to_zh("cross-border e-commerce")[:2] == ["跨境电商", "跨境电子商务"]
    assert "海外仓" in glossary_en_to_zh("overseas warehouses")  # stemmed match
    assert "同比" in glossary_en_to_zh("year-on-year")


def test_english_question_glossary_expansion():
    wq = build_query("How many overseas warehouses were built?", use_cedict=False)
    assert isinstance(wq, WeightedQuery) and wq.lang == "en"
    assert wq.terms["海外仓"] == pytest.approx(0.8)
    assert "海外仓" in wq.expansions["overseas warehouses"]
    assert wq.original == tokenize("How many overseas warehouses were built?")
    for t in wq.original:
        assert wq.terms[t] == 1.0


def test_longest_phrase_wins():
    wq = build_query("cross-border e-commerce comprehensive pilot zone", use_cedict=False)
    assert "综试区" in wq.terms and "跨境电商" in wq.terms
    assert list(wq.expansions) == ["cross border ecommerce comprehensive pilot zone"]


# --------------------------------------------------------------------------- CC-CEDICT


def test_cedict_reverse_index():
    assert "仓库" in cedict_en_to_zh("warehouse")
    assert "进口" in cedict_en_to_zh("import")[:2]
    assert cedict_en_to_zh("Hubei")[0] == "湖北"
    assert "郑州" in cedict_en_to_zh("Zhengzhou")
    assert len(cedict_en_to_zh("export")) <= 5
    assert cedict_en_to_zh("qwertyuiop") == []
    assert "bonded" in cedict_zh_to_en("保税")


def test_cedict_loaded_once_thread_safe():
    results = []
    threads = [threading.Thread(target=lambda: results.append(load_cedict())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r is results[0] for r in results)


def test_cedict_parse_is_cached_and_a_damaged_cache_rebuilt(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("CBEC_RAG_CACHE_DIR", str(tmp_path))
    fresh = load_cedict()  # the process copy, whichever way it was made
    try:
        load_cedict.cache_clear()
        parsed = load_cedict()  # no cache file in tmp_path: parses and writes one
        (cache,) = tmp_path.glob("cedict-*.pickle")
        load_cedict.cache_clear()
        cached = load_cedict()  # read back
        assert cached is not parsed
        for word in ("warehouse", "import", "Hubei", "export"):
            assert cedict_en_to_zh(word) == parsed.lookup(*_split(word), limit=5)
        assert cached.zh2en == parsed.zh2en and cached.names == parsed.names
        cache.write_bytes(b"not a pickle")
        load_cedict.cache_clear()
        rebuilt = load_cedict()
        assert rebuilt.zh2en == parsed.zh2en
        assert "unreadable CC-CEDICT cache" in caplog.text
        assert cache.read_bytes() != b"not a pickle"  # rewritten
        # the English side is two mapped tables beside the pickle: nothing to load, same answers
        from cbec_rag.mmaptable import MmapTable

        load_cedict.cache_clear()
        mapped = load_cedict()
        assert all(isinstance(t, MmapTable) for t in mapped._en)
        for word in ("warehouse", "import", "Hubei", "export", "cross-border e-commerce"):
            assert mapped.lookup(*_split(word), limit=5) == parsed.lookup(*_split(word), limit=5)
        (table,) = tmp_path.glob("cedict-*.en-stem.tab")
        table.write_bytes(table.read_bytes()[:-3])
        caplog.clear()
        load_cedict.cache_clear()
        assert load_cedict().lookup(*_split("warehouse"), limit=5) == parsed.lookup(
            *_split("warehouse"), limit=5
        )
        assert "unreadable CC-CEDICT cache" in caplog.text
    finally:
        load_cedict.cache_clear()
        assert load_cedict().zh2en == fresh.zh2en


def _split(phrase: str) -> tuple[list[str], list[str]]:
    from cbec_rag.tokenize import en_words

    ws = en_words(phrase)
    return [w for w, _ in ws], [s for _, s in ws]


def test_english_question_cedict_expansion():
    wq = build_query("Where is the warehouse in Zhengzhou?", use_glossary=False)
    assert wq.terms.get("仓库") == pytest.approx(0.5)
    assert wq.terms.get("郑州") == pytest.approx(0.5)
    off = build_query("Where is the warehouse in Zhengzhou?", use_glossary=False, use_cedict=False)
    assert "仓库" not in off.terms and off.expansions == {}


def test_expansions_weighted_below_originals():
    q = "What was the year-on-year growth of cross-border e-commerce exports in 2023?"
    wq = build_query(q)
    originals = set(wq.original)
    assert originals and all(wq.terms[t] == 1.0 for t in originals)
    expanded = [t for t in wq.terms if t not in originals]
    assert expanded and all(0 < wq.terms[t] < 1.0 for t in expanded)
    assert "同比" in wq.terms and "出口" in wq.terms and "跨境电商" in wq.terms


def test_numbers_never_expanded():
    wq = build_query("exports grew 20% to 1.84 trillion yuan in 2023")
    assert wq.terms["2023"] == 1.0 and wq.terms["1.84"] == 1.0 and wq.terms["20%"] == 1.0
    for source, toks in wq.expansions.items():
        assert not any(ch.isdigit() for ch in source)
        assert not any(is_number(t) for t in toks)


def test_vocabulary_filter():
    vocab = {"海外仓", "出口"}
    wq = build_query("export from overseas warehouses and bonded zones", vocabulary=vocab)
    expanded = {t for toks in wq.expansions.values() for t in toks}
    assert expanded == {"海外仓", "出口"}
    assert "保税" not in wq.terms
    # original tokens are never filtered
    assert set(tokenize("export from overseas warehouses and bonded zones")) <= set(wq.terms)


def test_chinese_question_expands_to_english():
    wq = build_query("海外仓的退税政策")
    assert wq.lang == "zh"
    assert "oversea" in wq.terms and "warehous" in wq.terms
    assert all(wq.terms[t] < 1.0 for t in wq.terms if t not in wq.original)
    assert all(wq.terms[t] == 1.0 for t in wq.original)


def test_empty_question():
    for q in ("", "？？？", "the of and"):
        wq = build_query(q)
        assert wq.terms == {} and wq.original == []


def test_idf_parity_with_index_vocabulary():
    # a mostly-Chinese corpus with one English passage: rare English tokens of a
    # translated phrase must not outweigh the Chinese evidence
    passages = [
        *PASSAGES,
        "海外仓企业提供一件代发服务。",
        "海外仓布局持续优化。",
        "Overseas warehouses help sellers.",
    ]
    index = BM25Index.build([tokenize(p) for p in passages])
    q = "overseas warehouse return service"
    plain = build_query(q, vocabulary=set(index.vocab))
    assert plain.terms["oversea"] == 1.0
    balanced = build_query(q, vocabulary=index.vocab)
    assert balanced.terms["oversea"] < 1.0 and balanced.terms["warehous"] < 1.0
    assert balanced.terms["海外仓"] == pytest.approx(0.8)
    assert index.top_k(plain.terms, 1)[0][0] == len(passages) - 1  # English passage wins unbalanced
    assert index.top_k(balanced.terms, 1)[0][0] == 0


# --------------------------------------------------------------------------- end to end


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How do they train cross-border e-commerce talent?", 2),
        ("export tax refund policy", 4),
        ("customs clearance efficiency", 3),
        ("bonded logistics in the comprehensive bonded zone", 1),
        ("returns handled by overseas warehouses", 0),
    ],
)
def test_english_question_finds_chinese_passage_only_with_expansion(index, question, expected):
    bare = build_query(question, vocabulary=index.vocab, use_glossary=False, use_cedict=False)
    ids, _ = index.top_k(bare.terms, 5)
    assert expected not in ids.tolist()[:1]
    wq = build_query(question, vocabulary=index.vocab)
    ids, _ = index.top_k(wq.terms, 5)
    assert ids.size and ids[0] == expected, (wq.expansions, ids)


def test_cedict_names_with_diacritics_and_no_bare_see_senses():
    from cbec_rag.crosslingual import cedict_en_to_zh, cedict_zh_to_en, glossary_zh_to_en

    assert "乌鲁木齐" in cedict_en_to_zh("urumqi")  # the gloss says "Ürümqi or Urumqi"
    assert "see" not in cedict_zh_to_en("西安")  # what was left of "see 西安区[…]"
    assert {"uk", "united kingdom"} <= set(glossary_zh_to_en("英国"))


def test_goods_and_duty_words_bridge_both_ways():
    zh = build_query("墨西哥把纺织服装类的关税提高到了多少？")
    assert any("textil" in t for ts in zh.expansions.values() for t in ts)
    en = build_query("Which tariff lines cover apparel and footwear?")
    assert {"服装", "税号"} <= {t for ts in en.expansions.values() for t in ts}


def test_a_name_written_in_pinyin_finds_the_corpus_word_spelt_so():
    from cbec_rag.cedict import pinyin_spellings

    assert pinyin_spellings("前海") == ["qianhai"]
    assert pinyin_spellings("前海X") == []  # a character without a reading
    vocab = {"前海", "海关", "出口", "浅滩"}
    wq = build_query("How much did Qianhai customs supervise in 2024?", vocabulary=vocab)
    assert wq.expansions.get("qianhai") == ["前海"]
    assert (
        "qianhai"
        not in build_query("How much did Qianhai customs supervise?", vocabulary={"海关"}).expansions
    )


def test_policy_service_words_bridge_to_chinese():
    en = build_query(
        "How quickly does the enterprise service commissioner respond to requests to go overseas?"
    )
    got = {t for ts in en.expansions.values() for t in ts}
    assert {"专员", "响应", "出海"} <= got
