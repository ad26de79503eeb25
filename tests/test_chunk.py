import re
import statistics
from pathlib import Path

import pytest

from cbec_rag.chunk import ChunkerConfig, chunk_document, count_tokens
from cbec_rag.clean import clean_document
from cbec_rag.types import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_END = re.compile(r"[。！？!?；;…”’」』）)】》\".]$")


def _doc(text: str, doc_id: str = "d1") -> Document:
    return Document(doc_id, f"{doc_id}.txt", "", text)


def _nonws(s: str) -> str:
    return re.sub(r"\s+", "", s)


POLICY = (
    "关于推进跨境电商发展的实施方案\n"
    "一、工作目标\n"
    "到期末，跨境电商交易额年均增长20%。培育跨境电商产业园5个。引进专业人才3000人以上。\n"
    "二、工作举措\n"
    "（一）优化通关服务\n"
    "1.推广海外仓模式。支持企业在重点市场建设海外仓，完善仓储网络。\n"
    "2.完善物流体系。开通跨境电商专线，降低物流成本。\n"
    "（二）加强人才培养\n"
    "鼓励高校开设跨境电商专业。支持企业与院校共建实训基地。\n"
    "三、保障措施\n"
    "加强组织领导。落实财政资金支持。\n"
)


def test_chunks_follow_sections_and_never_cross_top_level():
    chunks = chunk_document(_doc(POLICY), ChunkerConfig(max_tokens=30))
    tops = [c.section.split(" > ")[0] for c in chunks]
    assert tops[0] == "" or tops[0].startswith("一、")
    assert any(c.section == "二、工作举措 > （一）优化通关服务 > 1.推广海外仓模式" for c in chunks)
    for c in chunks:
        heads = re.findall(r"^[一二三四五六七八九十]+、", c.text, re.M)
        assert len(heads) <= 1, c.text
    # the lone parent heading "二、工作举措" is carried into its child's first chunk
    assert any(c.text.startswith("二、工作举措\n（一）优化通关服务") for c in chunks)


def test_budget_overlap_and_sentence_boundaries():
    text = "一、概述\n" + "".join(f"第{i}项措施是加快发展跨境电商海外仓建设。" for i in range(1, 30)) + "\n"
    chunks = chunk_document(_doc(text), ChunkerConfig(max_tokens=40))
    assert len(chunks) > 3
    for c in chunks:
        assert _END.search(c.text), c.text
        n_sent = c.text.count("。")
        assert count_tokens(c.text) <= 40 or n_sent == 1
    # one sentence of overlap between neighbours
    for a, b in zip(chunks[1:], chunks[2:], strict=False):
        last = re.findall(r"[^。]+。", a.text)[-1]
        assert b.text.startswith(last)


def test_table_is_its_own_chunk_and_slices_repeat_header():
    rows = "\n".join(f"2019年{i}月\t{i}\t{i * 2}" for i in range(1, 30))
    text = f"一、数据\n说明文字。\n日期\t新增\t累计\n{rows}\n表后说明。\n"
    chunks = chunk_document(_doc(text), ChunkerConfig(table_max_rows=10))
    tables = [c for c in chunks if c.kind == "table"]
    assert len(tables) == 3
    assert tables[0].text.startswith("日期\t新增\t累计")
    assert tables[1].header == "日期\t新增\t累计" and not tables[1].text.startswith("日期")
    assert all("说明" not in t.text for t in tables)


def test_ids_are_stable_and_unique():
    a = chunk_document(_doc(POLICY))
    b = chunk_document(_doc(POLICY))
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    assert len({c.chunk_id for c in a}) == len(a)
    assert all(c.chunk_id.startswith("d1#") for c in a)


def test_english_document():
    text = "1 Introduction\nCross-border e-commerce grew fast. Sellers use overseas warehouses.\n2 Methods\nWe compare regions.\n"
    chunks = chunk_document(_doc(text))
    assert [c.section for c in chunks] == ["1 Introduction", "2 Methods"]


@pytest.fixture(scope="module")
def seed_chunks():
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = Document(path.stem, path.name, "", text)
        cd = clean_document(text)
        out.append((doc, cd, chunk_document(doc, cleaned=cd)))
    return out


def test_offset_property_over_every_seed_chunk(seed_chunks):
    total = 0
    for doc, cd, chunks in seed_chunks:
        kept = list(doc.text)
        for s, e in cd.furniture:
            kept[s:e] = [" "] * (e - s)
        kept_text = "".join(kept)
        for c in chunks:
            total += 1
            assert c.text == cd.render(c.start, c.end)
            assert _nonws(c.text) == _nonws(kept_text[c.start : c.end])
            assert not c.text[0].isspace() and not c.text[-1].isspace()
    assert total > 50


def test_chunks_end_at_sentence_or_section_end(seed_chunks):
    ends, total, lengths = 0, 0, []
    for *_, chunks in seed_chunks:
        for i, c in enumerate(chunks):
            total += 1
            lengths.append(len(c.text))
            nxt = chunks[i + 1] if i + 1 < len(chunks) else None
            if c.kind == "table" or _END.search(c.text) or nxt is None or nxt.section != c.section:
                ends += 1
    share = ends / total
    print(
        f"\nseed chunks: {total}, ending at sentence/section end: {share:.3f}, "
        f"chars min/median/max: {min(lengths)}/{statistics.median(lengths)}/{max(lengths)}"
    )
    assert share >= 0.95


def test_a_markdown_title_heading_is_not_repeated_in_every_section_path():
    from cbec_rag.chunk import chunk_document
    from cbec_rag.types import Document

    text = "# 海外仓建设指引\n\n## 一、总体情况\n\n全市企业在境外设立海外仓86个。\n\n## 二、建设目标\n\n到2026年达到120个。\n"
    chunks = chunk_document(Document("d", "g.md", "", text, fmt="md"))
    assert {c.title for c in chunks} == {"海外仓建设指引"}
    assert [c.section for c in chunks] == ["一、总体情况", "二、建设目标"]
