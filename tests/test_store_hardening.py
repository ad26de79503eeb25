"""The index load check covers every file and the manifest itself; an unusable CURRENT falls back to
the newest intact generation (with a warning); killed builds' temp folders go at the next build."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cbec_rag import store
from cbec_rag.embed import FakeEmbedder
from cbec_rag.errors import IndexCorruptError, IndexMismatchError, IndexNotBuiltError
from cbec_rag.indexer import build_index
from cbec_rag.store import current_generation, list_generations, load_index, manifest_digest
from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def build(corpus: Path, index_dir: Path) -> str:
    return build_index(corpus, index_dir, embedder=FakeEmbedder(64), embedder_spec="fake:64").generation


@pytest.fixture()
def two(tmp_path: Path, tiny_corpus: Path) -> dict:
    """Two complete generations of the tiny corpus (the second one live)."""
    index_dir = tmp_path / "index"
    old = build(tiny_corpus, index_dir)
    new = build(tiny_corpus, index_dir)
    assert list_generations(index_dir) == [old, new] and current_generation(index_dir) == new
    return {"index": index_dir, "old": old, "new": new, "corpus": tiny_corpus}


def _folder(index_dir: Path, gen: str) -> Path:
    return index_dir / "generations" / gen


def _manifest(index_dir: Path, gen: str) -> dict:
    return json.loads((_folder(index_dir, gen) / "manifest.json").read_text(encoding="utf-8"))


def _write_manifest(index_dir: Path, gen: str, m: dict, *, resign: bool) -> None:
    if resign:
        m["manifest_sha256"] = manifest_digest(m)
    (_folder(index_dir, gen) / "manifest.json").write_text(json.dumps(m), encoding="utf-8")


def _flip(path: Path, at: int = -3) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x5A
    path.write_bytes(bytes(data))


# ============================================================================ 3. the load check


def test_manifest_lists_every_file_of_the_generation(two: dict) -> None:
    folder = _folder(two["index"], two["new"])
    m = _manifest(two["index"], two["new"])
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"manifest.json"}
    assert set(m["files"]) == on_disk and any(f.startswith("bm25/") for f in on_disk)
    assert m["format_version"] == 2 and m["generation"] == two["new"]
    assert m["manifest_sha256"] == manifest_digest(m)


def test_bm25_entries_removed_and_a_bm25_bit_flipped_is_refused(two: dict) -> None:
    """The probe's case: entries of the bm25 files dropped from the manifest, a bit flipped in one."""
    index_dir, gen = two["index"], two["new"]
    m = _manifest(index_dir, gen)
    m["files"] = {k: v for k, v in m["files"].items() if not k.startswith("bm25/")}
    target = sorted((_folder(index_dir, gen) / "bm25").glob("*.npy"))[0]
    _flip(target)
    _write_manifest(index_dir, gen, dict(m), resign=False)
    with pytest.raises(IndexCorruptError, match="manifest of generation .* does not match its checksum"):
        load_index(index_dir, fallback=False)
    _write_manifest(index_dir, gen, dict(m), resign=True)  # even a consistently re-signed manifest
    with pytest.raises(IndexCorruptError, match=r"does not list every index file \(bm25/.* is not listed\)"):
        load_index(index_dir, fallback=False)


def test_a_flipped_bm25_bit_is_caught_by_its_checksum(two: dict) -> None:
    index_dir, gen = two["index"], two["new"]
    for target in sorted((_folder(index_dir, gen) / "bm25").iterdir()):
        backup = target.read_bytes()
        _flip(target, at=len(backup) // 2)
        with pytest.raises(
            IndexCorruptError, match=f"index file bm25/{target.name} does not match its checksum"
        ):
            load_index(index_dir, fallback=False)
        target.write_bytes(backup)
    load_index(index_dir, fallback=False)


@pytest.mark.parametrize(
    "edit",
    ["counts", "embedder_dim", "files_digest", "drop_checksum", "format_1", "other_generation", "extra_file"],
)
def test_manifest_edits_are_refused(two: dict, edit: str) -> None:
    index_dir, gen = two["index"], two["new"]
    m = _manifest(index_dir, gen)
    error: type[Exception] = IndexCorruptError
    match = "does not match its checksum"
    if edit == "counts":
        m["counts"]["chunks"] -= 1
    elif edit == "embedder_dim":
        m["embedder"]["dim"] = 32
    elif edit == "files_digest":
        m["files"]["vectors.npy"] = "0" * 64
    elif edit == "drop_checksum":
        del m["manifest_sha256"]
    elif edit == "format_1":  # a manifest written before the checksum existed
        m["format_version"] = 1
        del m["manifest_sha256"]
        error, match = IndexMismatchError, "format version 1 .* rebuild"
    if edit == "other_generation":  # a whole, valid manifest copied from the other generation
        shutil.copy(
            _folder(index_dir, two["old"]) / "manifest.json", _folder(index_dir, gen) / "manifest.json"
        )
        match = f"belongs to generation '{two['old']}'"
    elif edit == "extra_file":  # something dropped into the folder beside the listed files
        (_folder(index_dir, gen) / "bm25" / "extra.npy").write_bytes(b"\x93NUMPY")
        match = r"bm25/extra.npy is not listed"
    else:
        _write_manifest(index_dir, gen, m, resign=False)
    with pytest.raises(error, match=match):
        load_index(index_dir, fallback=False)


def test_check_without_checksums_still_needs_every_file_listed(two: dict) -> None:
    index_dir, gen = two["index"], two["new"]
    (_folder(index_dir, gen) / "stray.bin").write_bytes(b"x")
    with pytest.raises(IndexCorruptError, match="stray.bin is not listed"):
        load_index(index_dir, verify=False, fallback=False)


# ============================================================================ 4. fallback


@pytest.mark.parametrize("damage", ["deleted", "emptied", "garbage", "escapes", "to_nothing", "to_damaged"])
def test_unusable_current_falls_back_to_the_newest_intact_generation(two: dict, damage: str) -> None:
    index_dir = two["index"]
    pointer = index_dir / "CURRENT"
    expected = two["new"]
    if damage == "deleted":
        pointer.unlink()
    elif damage == "emptied":
        pointer.write_text("", encoding="utf-8")
    elif damage == "garbage":
        pointer.write_bytes(b"\xff\xfe\x00garbage")
    elif damage == "escapes":
        pointer.write_text("../../etc\n", encoding="utf-8")
    elif damage == "to_nothing":
        pointer.write_text("20990101T000000-000000000-ffffff\n", encoding="utf-8")
    else:  # the live generation is damaged: the one before it is served
        _flip(_folder(index_dir, two["new"]) / "vectors.npy")
        expected = two["old"]
    with pytest.raises((IndexCorruptError, IndexNotBuiltError)):
        load_index(index_dir, fallback=False)
    loaded = load_index(index_dir)
    assert loaded.generation == expected
    assert loaded.warning and f"serving the newest intact generation {expected}" in loaded.warning
    assert "cbec-rag index" in loaded.warning
    if damage == "to_damaged":
        assert "vectors.npy does not match its checksum" in loaded.warning
    # the next build repairs the pointer: no warning any more
    build(two["corpus"], index_dir)
    assert load_index(index_dir).warning is None


def test_no_intact_generation_raises_the_original_error(two: dict) -> None:
    index_dir = two["index"]
    for gen in (two["old"], two["new"]):
        _flip(_folder(index_dir, gen) / "chunks.jsonl", at=5)
    with pytest.raises(IndexCorruptError, match="chunks.jsonl does not match its checksum"):
        load_index(index_dir)
    (index_dir / "CURRENT").unlink()
    with pytest.raises(IndexNotBuiltError):
        load_index(index_dir)


def test_intact_load_has_no_warning(two: dict) -> None:
    assert load_index(two["index"]).warning is None


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    return subprocess.run(
        [sys.executable, "-m", "cbec_rag.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_cli_falls_back_with_a_warning_on_stderr(two: dict) -> None:
    (two["index"] / "CURRENT").unlink()
    r = _cli("search", "海外仓补贴", "--index-dir", str(two["index"]), "--json")
    assert r.returncode == 0, r.stderr
    assert "warning: the index pointer CURRENT is missing or empty" in r.stderr
    assert json.loads(r.stdout)["hits"]


def test_service_starts_on_the_fallback_and_says_so_in_ready(two: dict) -> None:
    _flip(_folder(two["index"], two["new"]) / "dense.faiss", at=-9)
    app = create_app(Settings(index_dir=two["index"], reload_poll_s=0))
    with TestClient(app, raise_server_exceptions=False) as c:
        body = c.get("/ready").json()
        assert body["status"] == "ready" and body["index_version"] == two["old"]
        assert "dense.faiss does not match its checksum" in body["warning"]
        assert f"serving the newest intact generation {two['old']}" in body["warning"]
        assert str(two["index"]) not in body["warning"]
        r = c.post("/search", json={"question": "海外仓"})
        assert r.status_code == 200 and r.json()["index_version"] == two["old"]
        # a good build is picked up and clears the warning
        gen = build(two["corpus"], two["index"])
        assert c.post("/admin/reload").json()["status"] == "reloaded"
        body = c.get("/ready").json()
        assert body["index_version"] == gen and "warning" not in body


# ============================================================================ killed builds' temp folders


def test_next_build_removes_temp_folders_of_killed_builds(two: dict) -> None:
    gens = two["index"] / "generations"
    for name in (".tmp-20990101T000000-000000001-aaaaaa", ".tmp-x"):
        (gens / name / "bm25").mkdir(parents=True)
        (gens / name / "chunks.jsonl").write_text("half", encoding="utf-8")
    assert time.time() - (gens / ".tmp-x").stat().st_mtime < 60  # fresh: not "older than an hour"
    build(two["corpus"], two["index"])
    assert not list(gens.glob(".tmp-*"))


def test_sweep_is_a_store_function(tmp_path: Path) -> None:
    (tmp_path / "generations" / ".tmp-a").mkdir(parents=True)
    (tmp_path / "generations" / "keep").mkdir()
    assert store.sweep_temp_folders(tmp_path) == 1
    assert [p.name for p in (tmp_path / "generations").iterdir()] == ["keep"]
    assert store.sweep_temp_folders(tmp_path / "none") == 0
