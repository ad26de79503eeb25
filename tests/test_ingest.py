"""Tests for cbec_rag.ingest: decoding, per-format loaders and the corpus walk."""

from __future__ import annotations

import logging
import random
import re
from pathlib import Path

import pytest

from cbec_rag.errors import CorpusError
from cbec_rag.ingest import (
    DEFAULT_MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    IngestResult,
    SkippedFile,
    UnreadableFileError,
    decode_text,
    load_corpus,
    load_document,
    make_doc_id,
)

_SRC = Path(__file__).resolve().parents[1] / "src"

ZH = "跨境电子商务零售进口商品清单\n海关总署关于跨境电子商务零售进出口商品有关监管事宜的公告。\n"
ZH_TRAD = "跨境電子商務零售進口商品清單\n海關總署關於跨境電子商務零售進出口商品有關監管事宜的公告。\n"


# --------------------------------------------------------------------------- fixtures


def make_pdf(path: Path, pages: list[list[str]], title: str | None = None) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    if title is not None:
        c.setTitle(title)
    for lines in pages:
        c.setFont("STSong-Light", 14)
        for i, line in enumerate(lines):
            c.drawString(72, 750 - 20 * i, line)
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, title: str = "") -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.add_heading("跨境电商零售进口政策", level=1)
    d.add_paragraph("第一段：适用范围。")
    d.add_paragraph("Second paragraph in English.")
    table = d.add_table(rows=2, cols=3)
    for r, row in enumerate([["商品", "税率", "备注"], ["奶粉", "9.1%", "限额内"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("表格之后的段落。")
    d.save(str(path))
    return path


HTML = """<!DOCTYPE html>
<html><head><title>海关公告 第1号</title><meta charset="utf-8">
<style>p { color: red }</style><script>var secret = "SCRIPT_TEXT";</script></head>
<body><nav>NAV_MENU</nav><header>SITE_HEADER</header>
<h1>主标题</h1>
<p>第一段   包含 <b>加粗</b>文字。</p>
<div>块一<br>换行后</div>
<table><tr><th>商品</th><th>税率</th></tr><tr><td>奶粉</td><td>9.1%</td></tr></table>
<ul><li>条目一</li><li>条目二</li></ul>
<footer>FOOTER_TEXT</footer><noscript>NOSCRIPT_TEXT</noscript>
</body></html>
"""


@pytest.fixture()
def mixed_corpus(tmp_path: Path) -> Path:
    """Good files next to every kind of bad file."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(ZH, encoding="utf-8")
    (root / "sub" / "good.md").write_text("# 标题\n\n正文内容。\n", encoding="utf-8")
    make_pdf(root / "good.pdf", [["第一页内容"], ["第二页内容"]])
    make_docx(root / "good.docx")
    (root / "good.html").write_text(HTML, encoding="utf-8")
    (root / "corrupt.pdf").write_bytes(random.Random(0).randbytes(4096))
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\t\r\n   \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "image.xyz").write_bytes(b"whatever")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("hidden dir", encoding="utf-8")
    return root


# --------------------------------------------------------------------------- decode_text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(ZH, "utf-8"), (ZH, "utf-8-sig"), (ZH, "gbk"), (ZH, "gb18030"), (ZH_TRAD, "big5"), (ZH, "utf-16")],
)
def test_decode_text_round_trips_chinese(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding)) == text


def test_decode_text_strips_bom_and_normalises_newlines_only() -> None:
    raw = "\ufeff第一行\r\n第二行\r第三行\n  缩进\t制表\f".encode()
    assert decode_text(raw) == "第一行\n第二行\n第三行\n  缩进\t制表\f"


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00def" * 10,
        bytes(range(1, 32)) * 20,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    ],
)
def test_decode_text_rejects_binary(data: bytes) -> None:
    with pytest.raises(UnreadableFileError, match="binary file, not text"):
        decode_text(data)


def test_unreadable_file_error_is_a_corpus_error() -> None:
    err = UnreadableFileError("only whitespace")
    assert isinstance(err, CorpusError) and isinstance(err, ValueError)
    assert err.reason == "only whitespace"


# --------------------------------------------------------------------------- make_doc_id


def test_make_doc_id() -> None:
    assert make_doc_id("000_43a8996865c3d3ea.txt") == "000_43a8996865c3d3ea"
    assert make_doc_id("sub/dir/政策 文件(1).pdf") == "sub__dir__政策_文件_1_"
    assert make_doc_id("a.b-c.md") == "a_b-c"
    assert make_doc_id("README") == "README"
    assert make_doc_id("x/y.html") == make_doc_id("x/y.html")


# --------------------------------------------------------------------------- per-format loaders


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "big5"])
def test_load_txt_encodings(tmp_path: Path, encoding: str) -> None:
    text = ZH_TRAD if encoding == "big5" else ZH
    path = tmp_path / f"doc_{encoding}.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    doc = load_document(path, tmp_path)
    assert doc.text == text
    assert "\r" not in doc.text
    assert (doc.fmt, doc.title, doc.source) == ("txt", "", f"doc_{encoding}.txt")
    assert doc.doc_id == f"doc_{encoding}"


def test_load_md(tmp_path: Path) -> None:
    (tmp_path / "n.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    doc = load_document(tmp_path / "n.md", tmp_path)
    assert (doc.fmt, doc.text, doc.title) == ("md", "# 标题\n\n正文。\n", "")


def test_load_pdf_chinese_two_pages(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "policy.pdf",
        [["跨境电子商务零售进口商品清单", "Cross-border e-commerce 2024"], ["第二页：海关监管要求"]],
        title="跨境电商政策汇编",
    )
    doc = load_document(path, tmp_path)
    assert doc.fmt == "pdf"
    assert doc.text.count("\f") == 1
    first, second = doc.text.split("\f")
    assert "跨境电子商务零售进口商品清单" in first and "Cross-border e-commerce 2024" in first
    assert "第二页：海关监管要求" in second
    assert doc.title == "跨境电商政策汇编"


def test_load_pdf_placeholder_title_is_dropped(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "p.pdf", [["内容"]])  # reportlab's default title is "untitled"
    assert load_document(path, tmp_path).title == ""


def test_load_pdf_without_text_layer(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "scan.pdf"))
    c.rect(100, 100, 200, 200, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(UnreadableFileError, match="no text layer"):
        load_document(tmp_path / "scan.pdf", tmp_path)


def test_load_encrypted_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "locked.pdf"), encrypt=StandardEncryption("secret", canPrint=0))
    c.drawString(72, 750, "locked text")
    c.showPage()
    c.save()
    with pytest.raises(UnreadableFileError, match="corrupt PDF: encrypted"):
        load_document(tmp_path / "locked.pdf", tmp_path)


def test_load_docx_heading_paragraphs_table(tmp_path: Path) -> None:
    doc = load_document(make_docx(tmp_path / "d.docx", title="零售进口政策"), tmp_path)
    assert doc.fmt == "docx"
    assert doc.title == "零售进口政策"
    assert doc.text == (
        "# 跨境电商零售进口政策\n第一段：适用范围。\nSecond paragraph in English.\n"
        "\n商品\t税率\t备注\n奶粉\t9.1%\t限额内\n\n表格之后的段落。"
    )


def test_load_docx_without_title_metadata(tmp_path: Path) -> None:
    assert load_document(make_docx(tmp_path / "d.docx"), tmp_path).title == ""


def test_load_html(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    doc = load_document(tmp_path / "page.html", tmp_path)
    assert doc.fmt == "html"
    assert doc.title == "海关公告 第1号"
    for dropped in ("SCRIPT_TEXT", "NAV_MENU", "SITE_HEADER", "FOOTER_TEXT", "NOSCRIPT_TEXT", "color: red"):
        assert dropped not in doc.text
    assert doc.text == (
        "# 主标题\n第一段 包含 加粗文字。\n块一\n换行后\n\n商品\t税率\n奶粉\t9.1%\n\n条目一\n条目二"
    )


def test_load_htm_gbk_declared_and_title_from_h1(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    page += "<body><h1>监管公告</h1><p>正文内容</p></body></html>"
    (tmp_path / "p.htm").write_bytes(page.encode("gbk"))
    doc = load_document(tmp_path / "p.htm", tmp_path)
    assert (doc.fmt, doc.title, doc.text) == ("html", "监管公告", "# 监管公告\n正文内容")


def test_load_document_errors(tmp_path: Path) -> None:
    (tmp_path / "x.xyz").write_bytes(b"data")
    (tmp_path / "e.md").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b" \r\n\t ")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "empty.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    cases = {
        "x.xyz": "unsupported type .xyz",
        "e.md": "empty file (0 bytes)",
        "w.txt": "only whitespace",
        "broken.docx": "corrupt DOCX",
        "empty.html": "no text",
    }
    for name, reason in cases.items():
        with pytest.raises(UnreadableFileError, match=re.escape(reason)):
            load_document(tmp_path / name, tmp_path)


# --------------------------------------------------------------------------- load_corpus


def test_load_corpus_keeps_good_files_and_explains_bad_ones(
    mixed_corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    with caplog.at_level(logging.WARNING, logger="cbec_rag.ingest"):
        result = load_corpus(mixed_corpus, progress=seen.append)
    assert isinstance(result, IngestResult)
    assert [d.source for d in result.documents] == [
        "good.docx",
        "good.html",
        "good.pdf",
        "good.txt",
        "sub/good.md",
    ]
    assert {d.fmt for d in result.documents} == {"docx", "html", "pdf", "txt", "md"}
    reasons = {s.source: s.reason for s in result.skipped}
    assert set(reasons) == {"binary.txt", "blank.txt", "corrupt.pdf", "empty.txt", "image.xyz"}
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["blank.txt"] == "only whitespace"
    assert reasons["corrupt.pdf"].startswith("corrupt PDF: ")
    assert reasons["empty.txt"] == "empty file (0 bytes)"
    assert reasons["image.xyz"] == "unsupported type .xyz"
    assert all(isinstance(s, SkippedFile) for s in result.skipped)
    # hidden files and folders are neither loaded nor reported; progress saw every other file once
    assert seen == sorted(seen) and len(seen) == len(result.documents) + len(result.skipped)
    assert not any(".hidden" in s or ".git" in s for s in seen)
    for source in reasons:
        assert f"skipped {source}: " in caplog.text


def test_load_corpus_too_large_is_skipped_before_reading(tmp_path: Path) -> None:
    (tmp_path / "big.pdf").write_bytes(b"x" * 5000)  # would be a corrupt PDF if it were read
    (tmp_path / "small.txt").write_text("小文件", encoding="utf-8")
    result = load_corpus(tmp_path, max_file_bytes=1024)
    assert [d.source for d in result.documents] == ["small.txt"]
    assert result.skipped == [
        SkippedFile("big.pdf", "too large: 4.9 KB > 1.0 KB limit (raise with --max-file-mb)")
    ]


def test_too_large_reason_in_megabytes(tmp_path: Path) -> None:
    with open(tmp_path / "huge.txt", "wb") as fh:  # sparse file: no real disk use
        fh.truncate(int(52.4 * 1024 * 1024))
    result = load_corpus(tmp_path)
    assert result.skipped[0].reason == "too large: 52.4 MB > 20.0 MB limit (raise with --max-file-mb)"
    assert DEFAULT_MAX_FILE_BYTES == 20 * 1024 * 1024


def test_load_corpus_one_crashing_file_does_not_stop_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cbec_rag.ingest as ingest

    real = ingest.decode_text

    def flaky(data: bytes) -> str:
        if data.startswith(b"BOOM"):
            raise RuntimeError("parser exploded")
        return real(data)

    monkeypatch.setattr(ingest, "decode_text", flaky)
    (tmp_path / "a.txt").write_text("fine a", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BOOM", encoding="utf-8")
    (tmp_path / "c.txt").write_text("fine c", encoding="utf-8")
    result = load_corpus(tmp_path)
    assert [d.source for d in result.documents] == ["a.txt", "c.txt"]
    assert result.skipped == [SkippedFile("b.txt", "unreadable: RuntimeError: parser exploded")]


def test_load_corpus_missing_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError, match="corpus folder not found") as info:
        load_corpus(missing)
    assert str(missing) in str(info.value)


def test_load_corpus_root_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder"):
        load_corpus(tmp_path / "f.txt")


def test_load_corpus_empty_folder(tmp_path: Path) -> None:
    result = load_corpus(tmp_path)
    assert result.documents == [] and result.skipped == []


def test_doc_ids_stable_and_unique(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("文本 a", encoding="utf-8")
    (tmp_path / "a.md").write_text("文本 md", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("子目录", encoding="utf-8")
    (tmp_path / "000_43a8996865c3d3ea.txt").write_text("政策", encoding="utf-8")
    first = load_corpus(tmp_path)
    second = load_corpus(tmp_path)
    ids = [d.doc_id for d in first.documents]
    assert ids == [d.doc_id for d in second.documents]
    assert len(set(ids)) == len(ids) == 4
    by_source = {d.source: d.doc_id for d in first.documents}
    assert by_source["000_43a8996865c3d3ea.txt"] == "000_43a8996865c3d3ea"
    assert by_source["sub/a.txt"] == "sub__a"
    assert by_source["a.md"] == "a"
    assert by_source["a.txt"].startswith("a_") and len(by_source["a.txt"]) == len("a_") + 8


def test_supported_suffixes_are_all_loadable(tmp_path: Path) -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
    (tmp_path / "UPPER.TXT").write_text("大写后缀", encoding="utf-8")
    assert load_document(tmp_path / "UPPER.TXT", tmp_path).fmt == "txt"


def test_load_html_deeply_nested_and_pre(tmp_path: Path) -> None:
    page = "<div>" * 3000 + "深层<pre>a  b\nc</pre>" + "</div>" * 3000
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    assert load_document(tmp_path / "deep.html", tmp_path).text == "深层\na b\nc"


def test_html_headings_keep_their_level_and_table_captions_stay(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Note</h1><h2>2. Thresholds</h2><p>Text.</p>"
        "<table><caption>Table 1 IOSS registrations, end of 2023</caption>"
        "<tr><th>Country</th><th>Registrations</th></tr><tr><td>Ireland</td><td>1,200</td></tr></table>"
        "</body></html>"
    )
    (tmp_path / "n.html").write_text(page, encoding="utf-8")
    doc = load_document(tmp_path / "n.html", tmp_path)
    assert doc.text.split("\n")[:3] == ["# Note", "## 2. Thresholds", "Text."]
    assert "Table 1 IOSS registrations, end of 2023\nCountry\tRegistrations" in doc.text
