"""jieba's dictionaries from ready table files (cbec_rag.jieba_tables): same contents as
jieba's own parse, cached, rebuilt when damaged, and used by a query process."""

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from cbec_rag import jieba_tables
from cbec_rag.mmaptable import MmapTable

ROOT = Path(__file__).resolve().parents[1]
USER = ["跨境电商 5000 n", "综试区 3000 n", "ＡＢＣ仓"]


@pytest.fixture(scope="module")
def parsed() -> jieba_tables.Tables:
    return jieba_tables._parse(USER)


def test_parse_matches_jieba_own_dictionary_and_user_words(parsed):
    import jieba

    tk = jieba.Tokenizer()
    tk.initialize()  # jieba's own way: its cache or a parse of dict.txt
    assert parsed.default == tk.FREQ and parsed.default_total == tk.total
    for line in USER:  # the rule tokenize has always applied
        parts = line.split()
        word = unicodedata.normalize("NFKC", parts[0]).lower()
        freq = int(parts[1]) if len(parts) > 1 else None
        tk.add_word(word, max(freq or 3000, tk.FREQ.get(word, 0)), parts[2] if len(parts) > 2 else None)
    assert parsed.freq == tk.FREQ and parsed.total == tk.total
    assert "abc仓" in parsed.freq and "abc仓" not in parsed.default


def test_tags_match_jieba_posseg(parsed):
    import jieba
    from jieba.posseg import POSTokenizer

    pos = POSTokenizer(jieba.Tokenizer())  # reads the dictionary file for its tags
    assert parsed.tags == pos.word_tag_tab


def test_tables_are_cached_and_a_damaged_one_rebuilt(tmp_path, monkeypatch, caplog, parsed):
    monkeypatch.setenv("CBEC_RAG_CACHE_DIR", str(tmp_path))
    first = jieba_tables.load_tables(USER)  # no cache: parses and writes the tables
    assert isinstance(first.freq, dict)
    (meta,) = tmp_path.glob("jieba-*.json")
    assert len(list(tmp_path.glob("jieba-*.tab"))) == 3
    again = jieba_tables.load_tables(USER)
    assert isinstance(again.freq, MmapTable) and isinstance(again.tags, MmapTable)
    assert again.total == parsed.total and again.default_total == parsed.default_total
    for word in ("跨境电商", "综试区", "海外", "跨", "的"):
        assert again.freq.get(word) == parsed.freq.get(word)
        assert again.default.get(word) == parsed.default.get(word)
        assert again.tags.get(word) == parsed.tags.get(word)
    assert len(again.freq) == len(parsed.freq)
    # another user dictionary: other tables
    jieba_tables.load_tables([*USER, "新词语 10 n"])
    assert len(list(tmp_path.glob("jieba-*.json"))) == 2
    # damage: rebuilt with a warning, then read from the cache again
    (tags,) = tmp_path.glob(meta.name.replace(".json", "-tags.tab"))
    tags.write_bytes(tags.read_bytes()[:100])
    rebuilt = jieba_tables.load_tables(USER)
    assert "unreadable jieba dictionary cache" in caplog.text
    assert isinstance(rebuilt.tags, dict) and rebuilt.tags == parsed.tags
    assert isinstance(jieba_tables.load_tables(USER).tags, MmapTable)
    meta.write_text("{", encoding="utf-8")
    assert jieba_tables.load_tables(USER).total == parsed.total


def test_unwritable_cache_only_costs_the_parse(tmp_path, monkeypatch, parsed):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("CBEC_RAG_CACHE_DIR", str(blocker / "sub"))  # cannot be a folder
    assert jieba_tables.load_tables(USER).total == parsed.total


def test_tokens_are_the_same_from_tables_and_from_memory():
    from cbec_rag import tokenize as T

    text = "2024年前海跨境电商综试区进出口额达到1.25万亿元，同比增长20%；e-commerce 企业在海外仓备货。"
    tk = T._jieba()
    saved = tk.FREQ
    try:
        tk.FREQ = T._tables().freq
        from_tables = [T.tokenize(text, mode=m) for m in ("search", "precise", "jieba_search")]
        tk.FREQ = dict(T._tables().freq.items())
        in_memory = [T.tokenize(text, mode=m) for m in ("search", "precise", "jieba_search")]
    finally:
        tk.FREQ = saved
    assert from_tables == in_memory


_PROBE = """
import json, sys
from cbec_rag.pipeline import Pipeline
pipe = Pipeline.load(sys.argv[1])
ans = pipe.ask("新建海外仓最高补贴多少？")
import jieba, jieba.posseg as pseg
print(json.dumps({
    "answer": ans.text,
    "modules": sorted(m for m in ("torch", "sentence_transformers", "transformers", "bm25s", "scipy")
                      if m in sys.modules),
    "tags": type(pseg.dt.word_tag_tab).__name__,
    "freq": type(jieba.dt.FREQ).__name__,
}))
"""


def test_a_query_process_loads_no_heavy_library_and_no_dictionary_parse(tiny_index, tmp_path):
    """What a cold `cbec-rag ask` imports: no torch / sentence-transformers (only an st: embedder
    needs them), no bm25s / scipy (a saved index is read with numpy), and jieba's tagger uses
    the tables instead of parsing the dictionary."""
    env = {**os.environ, "CBEC_RAG_CACHE_DIR": str(tmp_path / "cache")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")])
    runs = []
    for _ in range(2):  # the first run builds the tables, the second maps them
        out = subprocess.run(
            [sys.executable, "-c", _PROBE, str(tiny_index)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert runs[0]["answer"] == runs[1]["answer"] and "200万元" in runs[1]["answer"]
    assert runs[1]["modules"] == [], runs[1]
    assert runs[1]["tags"] == "MmapTable" and runs[1]["freq"] == "MmapTable"


def test_warmup_puts_the_tokenizer_frequencies_in_memory():
    from cbec_rag import tokenize as T

    T.warmup()
    assert isinstance(T._jieba().FREQ, dict)
    assert "jieba.posseg" in sys.modules
