"""Decompression bombs and runaway extraction: bounded before inflating, skipped with a reason at
ingest, refused with 422 at upload, and quarantined so that no build retries them for nothing."""

from __future__ import annotations

import functools
import io
import json
import struct
import time
import zipfile
from pathlib import Path

import pytest
from conftest import write_corpus
from fastapi.testclient import TestClient

from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index
from cbec_rag.ingest import (
    ExtractLimits,
    UnreadableFileError,
    check_zip,
    load_corpus,
    load_document,
)
from cbec_rag.quarantine import MARKER_NAME, QUARANTINE_NAME, Quarantine, bytes_sha256
from cbec_rag.store import load_index
from service.app import create_app
from service.settings import Settings

KEY = "bomb-key-0123456789abcdef"
AUTH = {"X-API-Key": KEY}


def _docx_bytes(text: str = "海外仓建设补贴说明。") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _with_member(base: bytes, name: str, size: int) -> bytes:
    """``base`` (a zip) plus one member of ``size`` zero bytes, deflated (written in 1 MB blocks)."""
    buf = io.BytesIO(base)
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=size >= 1 << 31) as f:
            block = b"\0" * (1 << 20)
            left = size
            while left > 0:
                f.write(block[: min(left, len(block))])
                left -= len(block)
    return buf.getvalue()


@functools.lru_cache(maxsize=1)
def real_bomb() -> bytes:
    """A DOCX whose word/document.xml-sized part unpacks to 300 MB (about 300 KB on disk)."""
    return _with_member(_docx_bytes(), "word/padding.xml", 300 * 1024 * 1024)


def _lying_zip(base: bytes, name: str, real_size: int, claimed: int) -> bytes:
    """A zip member whose central directory entry claims ``claimed`` bytes but that inflates to
    ``real_size`` (zip readers trust the directory's sizes)."""
    buf = io.BytesIO(base)
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, b"\0" * real_size)
    raw = bytearray(buf.getvalue())
    at = raw.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + name_len] == name.encode():
            struct.pack_into("<I", raw, at + 24, claimed)  # uncompressed size
            return bytes(raw)
        at = raw.find(b"PK\x01\x02", at + 4)
    raise AssertionError("member not found")


SMALL = ExtractLimits(max_zip_members=50, max_unpacked_bytes=4 << 20, max_xml_bytes=2 << 20)


# ----------------------------------------------------------------------------- the zip check


def test_ordinary_docx_passes_the_check() -> None:
    check_zip(_docx_bytes(), SMALL)


def test_xml_over_its_limit_is_refused_before_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _with_member(_docx_bytes(), "word/document2.xml", 3 << 20)
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile, "open", lambda self, *a, **k: (opened.append(a[0]), real_open(self, *a, **k))[1]
    )
    with pytest.raises(
        UnreadableFileError, match=r"DOCX unpacks to XML of at least 4 MB.*2 MB limit.*decompression bomb"
    ):
        check_zip(data, SMALL)
    assert not opened  # the directory alone decided: nothing was inflated


def test_all_members_count_towards_the_unpacked_limit() -> None:
    data = _with_member(_docx_bytes(), "word/media/image1.png", 5 << 20)
    with pytest.raises(UnreadableFileError, match=r"unpacks to contents of at least 6 MB.*4 MB limit"):
        check_zip(data, SMALL)


def test_too_many_members() -> None:
    buf = io.BytesIO(_docx_bytes())
    with zipfile.ZipFile(buf, "a") as z:
        for i in range(60):
            z.writestr(f"extra/item{i}.xml", "<a/>")
    with pytest.raises(UnreadableFileError, match=r"DOCX has \d+ parts, more than the 50 allowed"):
        check_zip(buf.getvalue(), SMALL)


def test_a_directory_that_lies_about_sizes_is_still_refused() -> None:
    data = _lying_zip(_docx_bytes(), "word/document2.xml", real_size=3 << 20, claimed=1000)
    with pytest.raises(UnreadableFileError):
        check_zip(data, SMALL)
    with pytest.raises(UnreadableFileError):  # and python-docx is never reached with it
        _load_via_file(data)


def _load_via_file(data: bytes, limits: ExtractLimits = SMALL) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.docx"
        p.write_bytes(data)
        load_document(p, Path(d), limits=limits)


def test_real_300mb_bomb_is_refused_fast_with_default_limits(tmp_path: Path) -> None:
    data = real_bomb()
    assert len(data) < 2 << 20
    (tmp_path / "bomb.docx").write_bytes(data)
    t0 = time.perf_counter()
    with pytest.raises(UnreadableFileError, match=r"unpacks to XML of at least 30\d MB.*64 MB limit"):
        load_document(tmp_path / "bomb.docx", tmp_path)
    assert time.perf_counter() - t0 < 2.0


# ----------------------------------------------------------------------------- PDF and text bounds


def _pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return path


def test_pdf_page_limit(tmp_path: Path) -> None:
    _pdf(tmp_path / "long.pdf", ["page one", "page two", "page three"])
    with pytest.raises(UnreadableFileError, match=r"PDF has 3 pages, more than the 2-page limit \(split it"):
        load_document(tmp_path / "long.pdf", tmp_path, limits=ExtractLimits(max_pdf_pages=2))
    assert load_document(tmp_path / "long.pdf", tmp_path, limits=ExtractLimits(max_pdf_pages=3)).text


def test_pdf_extraction_stops_at_the_character_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PageObject

    _pdf(tmp_path / "many.pdf", [f"page {i} " + "x" * 60 for i in range(6)])
    calls: list[int] = []
    real = PageObject.extract_text
    monkeypatch.setattr(
        PageObject, "extract_text", lambda self, *a, **k: (calls.append(1), real(self, *a, **k))[1]
    )
    with pytest.raises(UnreadableFileError, match=r"too much text: more than 100 characters"):
        load_document(tmp_path / "many.pdf", tmp_path, limits=ExtractLimits(max_text_chars=100))
    assert len(calls) == 2  # stopped early: the other four pages were never extracted


def test_pdf_stream_bomb_is_refused_as_one(tmp_path: Path) -> None:
    """A content stream that inflates past pypdf's limit (75 MB) is a bomb, not "no text layer"."""
    from eval.hardening_probe import pdf_stream_bomb

    (tmp_path / "stream.pdf").write_bytes(pdf_stream_bomb(80 << 20))
    with pytest.raises(UnreadableFileError, match=r"PDF page 1 unpacks past the decompression limit"):
        load_document(tmp_path / "stream.pdf", tmp_path)


def test_text_limit_applies_to_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("跨境电商" * 100, encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="too much text"):
        load_document(tmp_path / "a.txt", tmp_path, limits=ExtractLimits(max_text_chars=399))
    assert load_document(tmp_path / "a.txt", tmp_path, limits=ExtractLimits(max_text_chars=400)).text


# ----------------------------------------------------------------------------- ingest + quarantine


def test_bomb_is_skipped_with_its_reason_and_quarantined(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bomb.docx").write_bytes(real_bomb())
    q = Quarantine(tmp_path / "index")
    result = load_corpus(corpus, quarantine=q)
    assert "bomb" not in {d.doc_id for d in result.documents} and len(result.documents) == 3
    [skipped] = result.skipped
    assert skipped.source == "bomb.docx" and "decompression bomb" in skipped.reason
    saved = json.loads((tmp_path / "index" / QUARANTINE_NAME).read_text("utf-8"))
    assert saved["files"]["bomb.docx"]["sha256"] == bytes_sha256(corpus / "bomb.docx")
    assert not (tmp_path / "index" / MARKER_NAME).exists()

    # the next run does not read it again (the parser is never called for it)...
    import cbec_rag.ingest as ingest

    read: list[str] = []
    real = ingest.load_document
    try:
        ingest.load_document = lambda p, r, **k: (read.append(Path(p).name), real(p, r, **k))[1]
        again = load_corpus(corpus, quarantine=Quarantine(tmp_path / "index"))
    finally:
        ingest.load_document = real
    assert "bomb.docx" not in read
    assert [s.reason.split(":")[0] for s in again.skipped] == ["quarantined"]
    assert "decompression bomb" in again.skipped[0].reason

    # ...until its bytes change: a fixed file is read (and indexed) again
    (corpus / "bomb.docx").write_bytes(_docx_bytes("修好的文件：海外仓建设补贴说明。"))
    fixed = load_corpus(corpus, quarantine=Quarantine(tmp_path / "index"))
    assert "bomb" in {d.doc_id for d in fixed.documents} and not fixed.skipped
    assert json.loads((tmp_path / "index" / QUARANTINE_NAME).read_text("utf-8"))["files"] == {}


def test_a_file_a_build_died_reading_is_quarantined(tmp_path: Path) -> None:
    """The marker written before a file is read names it when the process is killed meanwhile."""
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "killer.docx").write_bytes(_docx_bytes())
    index_dir = tmp_path / "index"
    digest = bytes_sha256(corpus / "killer.docx")
    Quarantine(index_dir).begin("killer.docx", digest)  # ...and then: kill -9
    once = load_corpus(corpus, quarantine=Quarantine(index_dir))
    assert not once.skipped  # one death is an accident (an operator's kill): the file is read again
    assert Quarantine(index_dir).suspect is None  # it was read through: the suspicion is gone
    Quarantine(index_dir).begin("killer.docx", digest)  # two deaths in a row on the same bytes
    Quarantine(index_dir).recover()
    Quarantine(index_dir).begin("killer.docx", digest)
    result = load_corpus(corpus, quarantine=Quarantine(index_dir))
    [skipped] = result.skipped
    assert skipped.source == "killer.docx"
    assert skipped.reason.startswith("quarantined: the build stopped while reading this file")
    assert not (index_dir / MARKER_NAME).exists()


def test_build_lists_the_quarantined_file_in_the_manifest(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bomb.docx").write_bytes(real_bomb())
    for _ in range(2):
        build_index(corpus, tmp_path / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    manifest = load_index(tmp_path / "index").manifest
    assert [s["source"] for s in manifest["skipped"]] == ["bomb.docx"]
    assert manifest["skipped"][0]["reason"].startswith("quarantined: DOCX unpacks to XML")


def test_damaged_quarantine_file_means_read_again(tmp_path: Path) -> None:
    (tmp_path / QUARANTINE_NAME).write_text("{not json", encoding="utf-8")
    assert Quarantine(tmp_path).entries == {}


# ----------------------------------------------------------------------------- the service


@pytest.fixture()
def site(tmp_path: Path) -> dict[str, Path]:
    corpus = write_corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return {"corpus": corpus, "index": tmp_path / "index"}


def _app(site: dict[str, Path]):
    return create_app(
        Settings(index_dir=site["index"], corpus_dir=site["corpus"], api_key=KEY, reload_poll_s=0)
    )


def test_bomb_upload_gets_422_at_once_and_is_not_stored(site: dict[str, Path]) -> None:
    before = sorted(p.name for p in site["corpus"].iterdir())
    with TestClient(_app(site), raise_server_exceptions=False) as c:
        t0 = time.perf_counter()
        r = c.post("/documents", files={"file": ("bomb.docx", real_bomb())}, headers=AUTH)
        assert time.perf_counter() - t0 < 5
        assert r.status_code == 422, r.text
        assert (
            "decompression bomb" in r.json()["detail"]
            and "unpacks to XML of at least 30" in r.json()["detail"]
        )
    assert sorted(p.name for p in site["corpus"].iterdir()) == before


def test_restart_does_not_retry_a_file_that_killed_a_build(site: dict[str, Path]) -> None:
    """A file in the corpus folder that a rebuild died reading (marker left behind): the startup
    rebuild quarantines it instead of reading it again; /ready and the job status say why."""
    (site["corpus"] / "killer.docx").write_bytes(_docx_bytes())
    digest = bytes_sha256(site["corpus"] / "killer.docx")
    Quarantine(site["index"]).begin("killer.docx", digest)  # a first death: a suspect
    Quarantine(site["index"]).recover()
    Quarantine(site["index"]).begin("killer.docx", digest)  # a second one on the same bytes
    with TestClient(_app(site), raise_server_exceptions=False) as c:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "skipped" not in c.get("/ready").json():
            time.sleep(0.05)
        [entry] = c.get("/ready").json()["skipped"]
        assert entry["source"] == "killer.docx" and entry["reason"].startswith(
            "quarantined: the build stopped"
        )
        assert "killer" not in {d["doc_id"] for d in c.get("/documents").json()}
        # an upload's job names the files its rebuild skipped
        r = c.post(
            "/documents",
            files={"file": ("new.txt", "保税仓租金补贴为每平方米每月30元。".encode())},
            headers=AUTH,
            params={"wait": "true"},
        )
        job = r.json()["job"]
        assert job["status"] == "done", job
        assert [s["source"] for s in job["skipped"]] == ["killer.docx"]
    # a restart now finds the folder matching the index: no rebuild, nothing read again
    with TestClient(_app(site), raise_server_exceptions=False) as c:
        assert c.app.state.rag.rebuilder.jobs == {}
