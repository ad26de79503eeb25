"""Re-runs the fault probe of issue 19 against this tree and prints each trial's outcome.

    python eval/hardening_probe.py

1. bomb uploads: each hostile file is POSTed to /documents of an in-process service
   (uploads on); the answer status, time and reason are printed (goal: 422 at once, nothing stored);
2. manifest edits: each edit of the live generation's manifest or files must be refused by the
   loader (goal: all refused);
3. CURRENT damage: each damage of the pointer must fall back to the newest intact generation,
   with a warning (goal: all served).
The cache-window kills are ``eval/cache_kill_trials.py``; schemathesis is ``make test-slow``.

Run on 2026-12-06 (after the fix): uploads 6/6 refused with 422 in 0.01-0.54 s and nothing
stored; manifest edits 9/9 refused; CURRENT damage 6/6 served from the newest intact
generation with a warning.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

KEY = "probe-key-0123456789abcdef"


def docx_bytes(text: str = "海外仓建设补贴说明。") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def with_member(base: bytes, name: str, size: int) -> bytes:
    buf = io.BytesIO(base)
    with zipfile.ZipFile(buf, "a") as z:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=size >= 1 << 31) as f:
            block = b"\0" * (1 << 20)
            for _ in range(size // len(block)):
                f.write(block)
    return buf.getvalue()


def many_members(n: int) -> bytes:
    buf = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buf, "a") as z:
        for i in range(n):
            z.writestr(f"extra/item{i}.xml", "<a/>")
    return buf.getvalue()


def pdf_pages(n: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(n):
        c.drawString(72, 720, f"page {i}")
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_stream_bomb(size: int) -> bytes:
    """One page whose content stream inflates to ``size`` bytes of spaces (a PDF's own zip bomb)."""
    import zlib

    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (x) Tj ET " + b" " * size, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def bombs() -> list[tuple[str, str, bytes]]:
    return [
        (
            "docx: document XML unpacks to 300 MB",
            "bomb.docx",
            with_member(docx_bytes(), "word/pad.xml", 300 << 20),
        ),
        (
            "docx: media unpacks to 300 MB",
            "media.docx",
            with_member(docx_bytes(), "word/media/i.png", 300 << 20),
        ),
        ("docx: 5,000 zip members", "members.docx", many_members(5000)),
        ("pdf: 2,001 pages", "long.pdf", pdf_pages(2001)),
        ("pdf: content stream inflates to 300 MB", "stream.pdf", pdf_stream_bomb(300 << 20)),
        ("txt: 20 MB of NUL bytes", "nul.txt", b"\0" * (20 << 20)),
    ]


def probe_uploads(base: Path) -> None:
    from conftest import write_corpus
    from fastapi.testclient import TestClient

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index
    from service.app import create_app
    from service.settings import Settings

    corpus = write_corpus(base / "corpus")
    build_index(corpus, base / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    app = create_app(
        Settings(
            index_dir=base / "index",
            corpus_dir=corpus,
            api_key=KEY,
            reload_poll_s=0,
            upload_max_bytes=30 << 20,
        )
    )
    print("1. bomb uploads (POST /documents)")
    ok = 0
    cases = bombs()
    with TestClient(app, raise_server_exceptions=False) as c:
        for what, name, data in cases:
            before = sorted(p.name for p in corpus.iterdir())
            t0 = time.perf_counter()
            r = c.post("/documents", files={"file": (name, data)}, headers={"X-API-Key": KEY})
            seconds = time.perf_counter() - t0
            stored = sorted(p.name for p in corpus.iterdir()) != before
            good = r.status_code == 422 and not stored
            ok += good
            detail = r.json().get("detail", "")
            print(
                f"   {what} ({len(data) / 1e6:.2f} MB sent): {r.status_code} in {seconds:.2f} s, "
                f"stored={stored}: {detail[:150]}"
            )
    print(f"   -> {ok}/{len(cases)} refused with 422 and not stored")


def probe_manifest(base: Path) -> None:
    from conftest import write_corpus

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.errors import CbecRagError
    from cbec_rag.indexer import build_index
    from cbec_rag.store import load_index, manifest_digest

    corpus = write_corpus(base / "mcorpus")
    pristine = base / "mindex"
    old = build_index(corpus, pristine, embedder=FakeEmbedder(64), embedder_spec="fake:64").generation
    gen = build_index(corpus, pristine, embedder=FakeEmbedder(64), embedder_spec="fake:64").generation

    def edit(folder: Path, how: str) -> None:
        mpath = folder / "manifest.json"
        m = json.loads(mpath.read_text(encoding="utf-8"))
        bm25 = sorted((folder / "bm25").glob("*.npy"))[0]
        if how.startswith("bm25 entries removed"):
            m["files"] = {k: v for k, v in m["files"].items() if not k.startswith("bm25/")}
            data = bytearray(bm25.read_bytes())
            data[-3] ^= 0x5A
            bm25.write_bytes(bytes(data))
            if "re-signed" in how:
                m["manifest_sha256"] = manifest_digest(m)
        elif how == "bm25 bit flipped":
            data = bytearray(bm25.read_bytes())
            data[len(data) // 2] ^= 0x5A
            bm25.write_bytes(bytes(data))
            return
        elif how == "chunk count edited":
            m["counts"]["chunks"] -= 1
        elif how == "file digest edited":
            m["files"]["vectors.npy"] = "0" * 64
        elif how == "checksum removed":
            del m["manifest_sha256"]
        elif how == "manifest of the other generation":
            shutil.copy(folder.parent / old / "manifest.json", mpath)
            return
        elif how == "unlisted file added":
            (folder / "bm25" / "extra.npy").write_bytes(b"\x93NUMPY")
            return
        elif how == "chunks.jsonl entry removed, re-signed":
            del m["files"]["chunks.jsonl"]
            m["manifest_sha256"] = manifest_digest(m)
        mpath.write_text(json.dumps(m), encoding="utf-8")

    edits = [
        "bm25 entries removed + bm25 bit flipped",
        "bm25 entries removed + bm25 bit flipped, re-signed",
        "bm25 bit flipped",
        "chunk count edited",
        "file digest edited",
        "checksum removed",
        "manifest of the other generation",
        "unlisted file added",
        "chunks.jsonl entry removed, re-signed",
    ]
    print("2. manifest edits (load_index of the edited generation, no fallback)")
    refused = 0
    for how in edits:
        trial = base / "mtrial"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(pristine, trial)
        edit(trial / "generations" / gen, how)
        try:
            load_index(trial, fallback=False)
            print(f"   {how}: LOADED")
        except CbecRagError as e:
            refused += 1
            print(f"   {how}: refused: {str(e).split(': rebuild')[0][:120]}")
    print(f"   -> {refused}/{len(edits)} refused")


def probe_current(base: Path) -> None:
    from cbec_rag.errors import CbecRagError
    from cbec_rag.store import load_index

    pristine = base / "mindex"
    gens = sorted(p.name for p in (pristine / "generations").iterdir())
    damages = [
        "deleted",
        "emptied",
        "garbage bytes",
        "../../etc",
        "names a missing generation",
        "names a damaged one",
    ]
    print("3. CURRENT damage (load_index with fallback)")
    served = 0
    for how in damages:
        trial = base / "ctrial"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(pristine, trial)
        pointer = trial / "CURRENT"
        if how == "deleted":
            pointer.unlink()
        elif how == "emptied":
            pointer.write_text("", encoding="utf-8")
        elif how == "garbage bytes":
            pointer.write_bytes(b"\xff\xfe\x00junk")
        elif how == "../../etc":
            pointer.write_text("../../etc\n", encoding="utf-8")
        elif how == "names a missing generation":
            pointer.write_text("20990101T000000-000000000-ffffff\n", encoding="utf-8")
        else:
            target = trial / "generations" / gens[-1] / "vectors.npy"
            data = bytearray(target.read_bytes())
            data[-3] ^= 0x5A
            target.write_bytes(bytes(data))
        try:
            idx = load_index(trial)
            served += bool(idx.warning)
            print(f"   {how}: served {idx.generation} with warning: {idx.warning[:110]}...")
        except CbecRagError as e:
            print(f"   {how}: NOT SERVED: {e}")
    print(f"   -> {served}/{len(damages)} served from the newest intact generation, with a warning")


def main() -> int:
    sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "tests")]
    with tempfile.TemporaryDirectory(prefix="probe-") as tmp:
        base = Path(tmp)
        probe_uploads(base)
        probe_manifest(base)
        probe_current(base)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
