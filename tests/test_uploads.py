"""Document upload and deletion: auth, limits, types, safe names, dedupe, durability, indexing.

``POST /documents`` / ``DELETE /documents/{id}`` / ``GET /jobs/{id}`` against a tiny fake-embedder
index in a temporary corpus folder; the kill -9 durability trials run a real server process
(1 trial by default, 8 with ``-m slow``).
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import free_port, write_corpus
from fastapi.testclient import TestClient

import cbec_rag.indexer
from cbec_rag.embed import FakeEmbedder
from cbec_rag.indexer import build_index
from cbec_rag.store import load_index
from cbec_rag.uploads import MAX_NAME_BYTES, UnsupportedTypeError, sanitize_filename
from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

KEY = "test-key-0123456789abcdef"
AUTH = {"X-API-Key": KEY}
NEW_DOC = "关于保税仓租金补贴的通知\n一、补贴标准\n保税仓租金补贴为每平方米每月30元，补贴期限三年。\n"
NEW_Q = "保税仓租金补贴是多少？"


@pytest.fixture()
def site(tmp_path: Path) -> dict[str, Path]:
    corpus = write_corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    return {"corpus": corpus, "index": tmp_path / "index", "base": tmp_path}


def make_app(site: dict[str, Path], **kw: Any):
    kw.setdefault("api_key", KEY)
    kw.setdefault("reload_poll_s", 0)
    return create_app(Settings(index_dir=site["index"], corpus_dir=site["corpus"], **kw))


def upload(c: TestClient, name: str, data: bytes | str, *, headers=AUTH, **params: Any) -> httpx.Response:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return c.post("/documents", files={"file": (name, raw)}, headers=headers, params=params)


def wait_job(c: TestClient, job_id: str, timeout: float = 30) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = c.get(f"/jobs/{job_id}", headers=AUTH).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.02)
    raise AssertionError("job did not finish")


def visible_files(corpus: Path) -> dict[str, bytes]:
    return {p.relative_to(corpus).as_posix(): p.read_bytes() for p in corpus.rglob("*") if p.is_file()}


# ----------------------------------------------------------------------------- auth


def test_writes_are_off_without_a_key(site: dict[str, Path]) -> None:
    before = visible_files(site["corpus"])
    with TestClient(make_app(site, api_key=None), raise_server_exceptions=False) as c:
        for r in (
            upload(c, "a.txt", NEW_DOC),
            upload(c, "a.txt", NEW_DOC, headers={"X-API-Key": "anything-at-all-long"}),
            c.delete("/documents/policy_zh", headers=AUTH),
            c.get("/jobs/123", headers=AUTH),
        ):
            assert r.status_code == 403 and "CBEC_RAG_API_KEY" in r.json()["detail"], r.text
        assert c.post("/admin/reload").status_code == 200  # no key configured: reload is open
        assert c.get("/documents/policy_zh").status_code == 200
    assert visible_files(site["corpus"]) == before


def test_missing_and_wrong_keys(site: dict[str, Path]) -> None:
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        for headers in (
            {},
            {"Authorization": "Basic dXNlcjpwYXNz"},
            {"X-API-Key": ""},
            {"Authorization": "Bearer"},
        ):
            r = upload(c, "a.txt", NEW_DOC, headers=headers)
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (headers, r.text)
            assert c.post("/admin/reload", headers=headers).status_code == 401
        for headers in (
            {"X-API-Key": KEY[:-1]},
            {"X-API-Key": KEY + "x"},
            {"Authorization": f"Bearer {KEY.upper()}"},
            {"X-API-Key": ("\u00e9" * 24).encode("utf-8")},
        ):
            assert upload(c, "a.txt", NEW_DOC, headers=headers).status_code == 403, headers
            assert c.delete("/documents/policy_zh", headers=headers).status_code == 403
            assert c.get("/jobs/x", headers=headers).status_code == 403
            assert c.post("/admin/reload", headers=headers).status_code == 403
        assert upload(c, "a.txt", NEW_DOC, headers={"Authorization": f"bearer {KEY}"}).status_code == 202
        assert upload(c, "b.txt", NEW_DOC + "二", headers={"X-API-Key": KEY}).status_code == 202
        assert c.post("/admin/reload", headers={"Authorization": f"Bearer {KEY}"}).status_code == 200


def test_key_is_compared_in_constant_time(site: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    import service.auth

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(service.auth.hmac, "compare_digest", spy)
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        assert (
            upload(c, "a.txt", NEW_DOC, headers={"X-API-Key": "wrong-key-but-long-enough"}).status_code == 403
        )
    assert calls and calls[0] == (b"wrong-key-but-long-enough", KEY.encode())


def test_short_keys_are_refused_at_startup() -> None:
    with pytest.raises(ValueError, match="16 characters"):
        Settings(api_key="hunter2")
    assert Settings(api_key="  ").api_key is None


def test_refused_upload_is_answered_before_its_body_is_read(site: dict[str, Path]) -> None:
    """A 30 MB upload without a key gets 401 (not 413): nothing is buffered for it."""
    with TestClient(make_app(site, upload_max_bytes=1_000_000), raise_server_exceptions=False) as c:
        big = b"x" * (30 * 1024 * 1024)
        r = c.post("/documents", content=big, headers={"content-type": "multipart/form-data; boundary=b"})
        assert r.status_code == 401


# ----------------------------------------------------------------------------- limits and types


def test_upload_limit_is_separate_from_the_json_limit(site: dict[str, Path]) -> None:
    with TestClient(make_app(site, upload_max_bytes=200_000), raise_server_exceptions=False) as c:
        body = ("海外仓补贴说明。" * 6000)[:50_000]  # ~150 KB of UTF-8, over the 64 KB JSON limit
        r = upload(c, "big.txt", body)
        assert r.status_code == 202, r.text
        r = upload(c, "bigger.txt", "政" * 70_000)  # 210 KB
        assert r.status_code == 413 and "200000" in r.json()["detail"]
        r = c.post("/documents", files={"file": ("huge.txt", b"x" * 400_000)}, headers=AUTH)
        assert r.status_code == 413  # the whole body, refused by the middleware
        assert c.post("/ask", json={"question": "x" * 70_000}).status_code == 413  # JSON limit unchanged
    assert "bigger.txt" not in visible_files(site["corpus"]) and "huge.txt" not in visible_files(
        site["corpus"]
    )


def _docx_bytes(text: str) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_bytes(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, data, status",
    [
        ("a.exe", b"MZ\x90\x00", 415),
        ("report.doc", b"\xd0\xcf\x11\xe0", 415),
        ("noext", b"hello", 415),
        ("a.txt.exe", b"hello", 415),
        ("a.pdf.", b"hello", 422),  # trailing dots go: a .pdf that is no PDF
        ("", b"hello", 422),
        ("fake.pdf", b"this is not a pdf at all", 422),
        ("fake.docx", b"PK\x03\x04 not a zip", 422),
        ("binary.txt", bytes(range(256)) * 8, 422),
        ("empty.md", b"", 422),
        ("blank.txt", b"   \n\t\n", 422),
        ("note.md", "# 标题\n\n海外仓建设补贴说明。\n", 202),
        (
            "page.html",
            "<html><head><title>海外仓</title></head><body><p>海外仓建设补贴说明。</p></body></html>",
            202,
        ),
        ("PAGE.HTM", "<p>Overseas warehouse subsidies are explained here.</p>", 202),
        ("memo.docx", None, 202),
        ("scan.pdf", None, 202),
    ],
)
def test_allowed_types_only(site: dict[str, Path], name: str, data: Any, status: int) -> None:
    if data is None:
        text = "Overseas warehouse subsidy notice 2024"
        data = _docx_bytes(text) if name.endswith(".docx") else _pdf_bytes(text)
    before = visible_files(site["corpus"])
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        r = upload(c, name, data)
        assert r.status_code == status, r.text
        body = r.json()
        if status >= 400:
            assert isinstance(body["detail"], str) and body["detail"]
            assert visible_files(site["corpus"]) == before  # nothing stored
        else:
            assert wait_job(c, body["job"]["id"])["status"] == "done"
            assert body["doc_id"] in {d["doc_id"] for d in c.get("/documents").json()}
    assert not [p for p in site["corpus"].iterdir() if p.name.startswith(".upload-")]


# ----------------------------------------------------------------------------- names


HOSTILE_NAMES = [
    "../../etc/passwd.txt",
    "..\\..\\windows\\system.ini.txt",
    "/absolute/path/x.md",
    ".hidden.txt",
    "..txt",
    "a\x00b.txt",
    "tab\tand\nnewline.txt",
    "CON.txt",
    "\u202eevil\u202dtxt.md",
    "名" * 200 + ".txt",
    "<script>alert(1)</script>.html",
    "C:\\Users\\x\\report.txt",
    "\udcff\ud800.txt",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_sanitize_filename(name: str) -> None:
    safe = sanitize_filename(name)
    assert (
        "/" not in safe
        and "\\" not in safe
        and not safe.startswith(".")
        and ".." not in safe.rsplit(".", 1)[0][:2]
    )
    assert len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    assert all(ch.isprintable() for ch in safe)
    assert safe.rsplit(".", 1)[1] in ("txt", "md", "html")
    assert not safe.split(".")[0].upper() == "CON"


def test_sanitize_filename_refuses_other_types() -> None:
    for name in ("x.exe", "x", "x.txt/", "x.txt\x00.exe", ".bashrc", "txt", "a . txt"):
        with pytest.raises(UnsupportedTypeError):
            sanitize_filename(name)


def test_hostile_names_stay_inside_the_corpus(site: dict[str, Path]) -> None:
    outside = {p for p in site["base"].rglob("*") if site["corpus"] not in p.parents}
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        stored = []
        for i, name in enumerate(HOSTILE_NAMES):
            if any("\ud800" <= ch <= "\udfff" for ch in name):
                continue  # not sendable as text; raw bytes below
            r = upload(c, name, NEW_DOC + f"第{i}号。\n")
            assert r.status_code == 202, (name, r.text)
            stored.append(r.json()["source"])
        for i, raw_name in enumerate(
            [b"\xed\xa0\x80\xff.txt", b"..\xc0\xaf..\xc0\xafetc.md", b'"quoted".txt']
        ):
            body = (
                b'--XyZ\r\nContent-Disposition: form-data; name="file"; filename="' + raw_name + b'"\r\n'
                b"Content-Type: text/plain\r\n\r\n" + (NEW_DOC + f"原始{i}。").encode() + b"\r\n--XyZ--\r\n"
            )
            r = c.post(
                "/documents",
                content=body,
                headers={**AUTH, "content-type": "multipart/form-data; boundary=XyZ"},
            )
            assert r.status_code in (202, 415, 422), r.text
            if r.status_code == 202:
                stored.append(r.json()["source"])
        for src in stored:
            path = site["corpus"] / src
            assert path.parent == site["corpus"] and not src.startswith(".") and path.is_file()
        assert len(set(stored)) == len(stored)
        wait_job(c, r.json()["job"]["id"])
        docs = {d["source"] for d in c.get("/documents").json()}
        assert set(stored) <= docs  # stored names are ones the indexer reads (not hidden)
    assert {p for p in site["base"].rglob("*") if site["corpus"] not in p.parents} - outside <= {
        p for p in site["base"].rglob("*") if site["index"] in p.parents or p == site["index"]
    }


def test_same_name_never_overwrites(site: dict[str, Path]) -> None:
    original = (site["corpus"] / "policy_zh.txt").read_bytes()
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        a = upload(c, "note.txt", NEW_DOC).json()
        b = upload(c, "note.txt", NEW_DOC + "附则。\n").json()
        m = upload(c, "NOTE.md", NEW_DOC + "附件。\n").json()  # same document id once the suffix goes
        p = upload(c, "policy_zh.txt", "另一份同名文件。\n海外仓。\n").json()
        assert [a["source"], b["source"]] == ["note.txt", "note-2.txt"]
        assert m["source"] == "NOTE-3.md" and len({a["doc_id"], b["doc_id"], m["doc_id"]}) == 3
        assert p["source"] == "policy_zh-2.txt"
    files = visible_files(site["corpus"])
    assert files["note.txt"] == NEW_DOC.encode() and files["note-2.txt"] == (NEW_DOC + "附则。\n").encode()
    assert files["policy_zh.txt"] == original


def test_duplicate_content_is_detected(site: dict[str, Path]) -> None:
    seed = (site["corpus"] / "report_zh.txt").read_bytes()
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        first = upload(c, "one.txt", NEW_DOC)
        assert first.status_code == 202
        again = upload(c, "two.txt", NEW_DOC)
        assert again.status_code == 200, again.text
        body = again.json()
        assert body["duplicate"] is True and body["doc_id"] == first.json()["doc_id"] and body["job"] is None
        assert body["sha256"] == first.json()["sha256"]
        seed_dup = upload(c, "copy_of_report.txt", seed).json()
        assert seed_dup["duplicate"] and seed_dup["doc_id"] == "report_zh"
    assert "two.txt" not in visible_files(site["corpus"])


# ----------------------------------------------------------------------------- durability and indexing


def test_upload_is_durable_then_indexed_and_cited(site: dict[str, Path]) -> None:
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        before = c.get("/ready").json()["index_version"]
        r = upload(c, "保税仓通知.txt", NEW_DOC)
        assert r.status_code == 202 and r.headers["location"] == f"/jobs/{r.json()['job']['id']}"
        body = r.json()
        assert (site["corpus"] / body["source"]).read_bytes() == NEW_DOC.encode()  # stored before the reply
        job = wait_job(c, body["job"]["id"])
        assert job["status"] == "done" and job["generation"] and job["error"] is None
        ready = c.get("/ready").json()
        assert ready["index_version"] == job["generation"] != before
        manifest = load_index(site["index"], generation=job["generation"]).manifest
        assert manifest["embedder"]["spec"] == "fake:64"  # the live index's embedder, not the default
        answer = c.post("/ask", json={"question": NEW_Q}).json()
        assert answer["index_version"] == job["generation"]
        assert body["doc_id"] in {cit["doc_id"] for cit in answer["citations"]}, answer
        text = c.get(f"/documents/{body['doc_id']}").json()["text"]
        assert all(
            text[x["start"] : x["end"]] == x["quote"]
            for x in answer["citations"]
            if x["doc_id"] == body["doc_id"]
        )
        r = upload(c, "second.md", "# 第二份\n海关对跨境电商包裹实行分类通关。\n", wait="true")
        assert r.json()["job"]["status"] == "done"  # ?wait=true answers after the rebuild
        assert c.get("/jobs/nope", headers=AUTH).status_code == 404


def test_deleted_document_is_never_cited_again(
    site: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        up = upload(c, "bonded.txt", NEW_DOC, wait="true").json()
        doc_id = up["doc_id"]
        cited = c.post("/ask", json={"question": NEW_Q}).json()
        assert doc_id in {x["doc_id"] for x in cited["citations"]}
        # the rebuild after the delete is held back: the document must vanish at once anyway
        gate = threading.Event()
        real = cbec_rag.indexer.build_index

        def held(*a: Any, **kw: Any) -> Any:
            assert gate.wait(30)
            return real(*a, **kw)

        monkeypatch.setattr(cbec_rag.indexer, "build_index", held)
        r = c.delete(f"/documents/{doc_id}", headers=AUTH)
        assert r.status_code == 202 and r.json()["deleted"] is True, r.text
        assert not (site["corpus"] / "bonded.txt").exists()

        def assert_gone() -> None:
            for payload in (
                {"question": NEW_Q},
                {"question": NEW_Q, "k": 50},
                {"question": NEW_Q, "stream": True},
            ):
                a = c.post("/ask", json=payload)
                assert a.status_code == 200 and doc_id not in a.text, a.text
            for mode in ("hybrid", "bm25", "dense"):
                s = c.post("/search", json={"question": NEW_Q, "k": 50, "mode": mode}).json()
                assert doc_id not in {h["doc_id"] for h in s["hits"]}
                assert [h["rank"] for h in s["hits"]] == list(range(1, len(s["hits"]) + 1))
            assert c.get(f"/documents/{doc_id}").status_code == 404
            assert doc_id not in {d["doc_id"] for d in c.get("/documents").json()}

        assert_gone()  # before the rebuild (the live generation still holds it)
        assert c.delete(f"/documents/{doc_id}", headers=AUTH).status_code == 404
        gate.set()
        job = wait_job(c, r.json()["job"]["id"])
        assert job["status"] == "done"
        assert doc_id not in load_index(site["index"]).documents
        assert_gone()
    with TestClient(make_app(site), raise_server_exceptions=False) as c:  # and after a restart
        assert_gone()


def test_deleting_every_document_fails_its_rebuild_but_hides_them(site: dict[str, Path]) -> None:
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        ids = [d["doc_id"] for d in c.get("/documents").json()]
        replies = [c.delete(f"/documents/{i}", headers=AUTH, params={"wait": "true"}) for i in ids]
        assert [r.status_code for r in replies] == [202] * len(ids)
        last = replies[-1].json()["job"]
        assert last["status"] == "failed" and "nothing to index" in last["error"], last
        assert str(site["corpus"]) not in last["error"]  # no server paths in job errors
        assert c.get("/documents").json() == []
        r = c.post("/ask", json={"question": "跨境电商人才培养"})
        assert r.status_code == 200 and r.json()["refused"] and not r.json()["passages"]
        assert c.get("/ready").json()["documents"] == 0


def test_restart_catches_up_with_the_corpus_folder(
    site: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upload acknowledged (durable) but never indexed, and a file deleted while the server was
    down: the next start hides the deleted one at once and rebuilds."""
    (site["corpus"] / "acked.txt").write_text(NEW_DOC, encoding="utf-8")
    (site["corpus"] / "report_zh.txt").unlink()
    (site["corpus"] / ".upload-deadbeef.txt").write_text("half", encoding="utf-8")  # an interrupted upload
    gate = threading.Event()
    real = cbec_rag.indexer.build_index
    monkeypatch.setattr(cbec_rag.indexer, "build_index", lambda *a, **kw: (gate.wait(30), real(*a, **kw))[1])
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        assert "report_zh" not in {d["doc_id"] for d in c.get("/documents").json()}
        assert "report_zh" not in c.post("/search", json={"question": "跨境电商人才短缺", "k": 50}).text
        gate.set()
        deadline = time.monotonic() + 30
        while (
            "acked" not in {d["doc_id"] for d in c.get("/documents").json()} and time.monotonic() < deadline
        ):
            time.sleep(0.05)
        assert "acked" in {d["doc_id"] for d in c.get("/documents").json()}
    assert not (site["corpus"] / ".upload-deadbeef.txt").exists()


def test_concurrent_uploads_are_all_kept_and_rebuilds_serialised(
    site: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    active, peak = 0, 0
    lock = threading.Lock()
    real = cbec_rag.indexer.build_index

    def counted(*a: Any, **kw: Any) -> Any:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        try:
            time.sleep(0.05)
            return real(*a, **kw)
        finally:
            with lock:
                active -= 1

    monkeypatch.setattr(cbec_rag.indexer, "build_index", counted)
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        replies: list[httpx.Response] = []

        def send(i: int) -> None:
            replies.append(upload(c, "same name.txt", f"第{i}份通知\n海外仓第{i}号补贴规定。\n"))

        threads = [threading.Thread(target=send, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(r.status_code for r in replies) == [202] * 8
        jobs = [wait_job(c, r.json()["job"]["id"]) for r in replies]
        assert all(j["status"] == "done" for j in jobs)
        docs = {d["doc_id"] for d in c.get("/documents").json()}
        assert {r.json()["doc_id"] for r in replies} <= docs and len(
            {r.json()["source"] for r in replies}
        ) == 8
    assert peak == 1


# ----------------------------------------------------------------------------- kill -9 of the server


def _start_server(site: dict[str, Path], port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "CBEC_RAG_API_KEY": KEY,
        "CBEC_RAG_CORPUS_DIR": str(site["corpus"]),
        "CBEC_RAG_RELOAD_POLL_S": "0.5",
    }
    cmd = [
        sys.executable,
        "-m",
        "cbec_rag.cli",
        "serve",
        "--port",
        str(port),
        "--index-dir",
        str(site["index"]),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ready", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, "the server exited"
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("server did not become ready")


def _kill_server_trial(site: dict[str, Path], trial: int, rng: random.Random) -> tuple[int, int]:
    """Upload until a random SIGKILL; every acknowledged upload must be on disk, whole, and
    indexed after a restart. Returns (acknowledged, attempted)."""
    originals = visible_files(site["corpus"])
    port = free_port()
    proc = _start_server(site, port)
    acked: dict[str, bytes] = {}
    attempted: list[bytes] = []
    killer = threading.Timer(rng.uniform(0.05, 1.5), lambda: os.kill(proc.pid, signal.SIGKILL))
    killer.start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            for i in range(200):
                data = f"第{trial}-{i}号通知\n一、内容\n保税仓第{trial}x{i}号规定：补贴{rng.randint(1, 999)}元。\n".encode()
                attempted.append(data)
                try:
                    r = http.post("/documents", files={"file": (f"t{trial}.txt", data)}, headers=AUTH)
                except httpx.HTTPError:
                    break
                if r.status_code >= 300:
                    break
                acked[r.json()["doc_id"]] = data
    finally:
        killer.join()
        proc.wait(30)
    files = visible_files(site["corpus"])
    for doc_id, data in acked.items():
        assert data in files.values(), f"acknowledged upload {doc_id} lost"
    for name, data in files.items():  # no partial or foreign file became visible
        assert name.startswith(".upload-") or data in attempted or originals.get(name) == data, name
    with TestClient(make_app(site), raise_server_exceptions=False) as c:  # the restart (in this process)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            docs = {d["doc_id"] for d in c.get("/documents").json()}
            if set(acked) <= docs:
                break
            time.sleep(0.05)
        assert set(acked) <= docs, "acknowledged uploads were not indexed after the restart"
        assert not [p for p in site["corpus"].iterdir() if p.name.startswith(".upload-")]
        for doc_id, data in list(acked.items())[-3:]:  # and they answer questions
            marker = re.search(r"保税仓第\S+?号规定", data.decode()).group(0)
            hits = c.post("/search", json={"question": marker, "k": 50, "mode": "bm25"}).json()["hits"]
            assert doc_id in {h["doc_id"] for h in hits}
    return len(acked), len(attempted)


def _kill_server_trials(site: dict[str, Path], n: int, seed: int) -> None:
    rng = random.Random(seed)
    stats = [_kill_server_trial(site, t, rng) for t in range(n)]
    print(f"\nserver kill -9 trials: {n}; acknowledged/attempted uploads per trial: {stats}")
    assert sum(a for a, _ in stats) > 0


def test_acknowledged_uploads_survive_kill_9(site: dict[str, Path]) -> None:
    _kill_server_trials(site, 1, seed=5)


@pytest.mark.slow
def test_acknowledged_uploads_survive_kill_9_many_trials(site: dict[str, Path]) -> None:
    _kill_server_trials(site, 8, seed=99)


def test_openapi_documents_the_write_routes(site: dict[str, Path]) -> None:
    with TestClient(make_app(site), raise_server_exceptions=False) as c:
        spec = c.get("/openapi.json").json()
    post = spec["paths"]["/documents"]["post"]
    assert {"200", "202", "401", "403", "413", "415", "422"} <= set(post["responses"])
    assert "multipart/form-data" in post["requestBody"]["content"]
    schemes = spec["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} >= {"apiKey", "http"}
    assert "delete" in spec["paths"]["/documents/{doc_id}"] and "/jobs/{job_id}" in spec["paths"]
    assert json.dumps(spec).count("HTTPValidationError") == 0  # every 422 is {"detail": "..."}
