"""cbec_rag.indexer as a user meets it: progress without a terminal, each skipped file warned
once, no empty index folder left by a failed run."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import write_corpus

from cbec_rag.cli import main
from cbec_rag.embed import FakeEmbedder
from cbec_rag.errors import CorpusError
from cbec_rag.indexer import ProgressLines, build_index

ROOT = Path(__file__).resolve().parents[1]
LINE = re.compile(
    r"^indexing: \d+/\d+ documents chunked, step [12] of 2, \d+/\d+ (chunks|sentences) embedded, [\d.]+ \1/s, "
    r"ETA (\d+ s|unknown)$"
)


class SlowEmbedder(FakeEmbedder):
    def embed(self, texts, role):
        time.sleep(0.05 * len(texts))
        return super().embed(texts, role)


def test_progress_lines_come_while_a_slow_embedding_runs(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    out = io.StringIO()
    lines = ProgressLines(0.05, stream=out).start()
    from cbec_rag import indexer

    try:
        indexer._build(
            corpus,
            tmp_path / "index",
            embedder=SlowEmbedder(64),
            embedder_spec="fake:64",
            chunker=indexer.ChunkerConfig(),
            dense_kind="auto",
            max_file_bytes=10**6,
            progress=False,
            on_skip=None,
            lines=lines,
        )
    finally:
        lines.stop()
    printed = out.getvalue().splitlines()
    embedding = [ln for ln in printed if " embedded" in ln]
    assert embedding and all(LINE.match(ln) for ln in embedding), printed
    done = [int(m.group(1)) for ln in embedding if (m := re.search(r"(\d+)/\d+ chunks embedded", ln))]
    assert done == sorted(done)
    # the answer candidates are embedded after the chunks, with lines of their own
    sentences = [int(m.group(1)) for ln in embedding if (m := re.search(r"(\d+)/\d+ sentences", ln))]
    # (the last batch may end after the last line: the count need not reach the total)
    assert sentences and sentences == sorted(sentences) and 0 <= sentences[-1] <= lines.chunks_total
    assert printed.index(next(ln for ln in printed if "sentences" in ln)) > printed.index(embedding[0])


def test_progress_line_counts_cache_hits_but_rates_only_new_work():
    lines = ProgressLines(60)
    lines.docs_total = lines.docs = 2
    lines.embedding(100)
    lines.embedded(60, cached=True)
    assert "60/100 chunks embedded" in lines.line()
    assert lines.line().endswith("0.0 chunks/s, ETA unknown")
    lines._embed_t0 -= 2.0  # two seconds on, 20 new chunks: 10/s, 20 left: 2 s
    lines.embedded(20)
    assert re.search(r"80/100 chunks embedded, \d+(\.\d)? chunks/s, ETA \d+ s$", lines.line())
    lines.embedded(20)  # all done: the rate is the embedding's, not diluted by the stages after it
    done = lines.line()
    assert "100/100 chunks embedded" in done and done.endswith("ETA 0 s")
    lines._embed_t0 -= 60.0
    lines._embed_t1 -= 60.0
    assert lines.line() == done


def test_cli_without_a_terminal_prints_progress_lines_and_each_skip_once(tmp_path, capsys, monkeypatch):
    fast = FakeEmbedder.embed

    def slow(self, texts, role):
        time.sleep(0.05 * len(texts))
        return fast(self, texts, role)

    monkeypatch.setattr(FakeEmbedder, "embed", slow)
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    argv = ["index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "--embedder", "fake:64"]
    assert main([*argv, "--progress-every", "0.05"]) == 0
    err = capsys.readouterr().err
    assert err.count("bad.pdf") == 1, err  # one warning line, no logger or pypdf echo
    assert "warning: skipped bad.pdf: corrupt PDF" in err
    assert any(LINE.match(ln) for ln in err.splitlines()), err
    assert main([*argv, "--quiet"]) == 0
    err = capsys.readouterr().err
    assert "indexing:" not in err and err.count("bad.pdf") == 1


def test_a_skipped_file_is_warned_once_by_the_installed_command(tmp_path):
    """In a real process (where the logging warning and pypdf's own warning reach stderr too)."""
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    argv = ["index", "--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "--embedder", "fake:64"]
    run = subprocess.run(
        [sys.executable, "-m", "cbec_rag.cli", *argv], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("bad.pdf") == 1 and "EOF marker" not in run.stderr, run.stderr
    assert "indexed 3 documents" in run.stdout


def test_library_callers_without_on_skip_still_get_a_logged_warning(tmp_path, caplog):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_bytes(b"")
    build_index(corpus, tmp_path / "i", embedder=FakeEmbedder(64), embedder_spec="fake:64")
    assert caplog.text.count("skipped empty.txt") == 1


def test_a_failed_index_run_leaves_no_new_folder(tmp_path, capsys):
    target = tmp_path / "fresh" / "index"
    assert main(["index", "--corpus", str(tmp_path / "missing"), "--index-dir", str(target)]) == 4
    (tmp_path / "empty").mkdir()
    assert main(["index", "--corpus", str(tmp_path / "empty"), "--index-dir", str(target), "--quiet"]) == 4
    assert not target.exists()
    with pytest.raises(CorpusError):
        build_index(tmp_path / "empty", target, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    assert not target.exists()
    # a folder that was there before is left as it was
    target.mkdir(parents=True)
    (target / "keep.txt").write_text("x")
    assert main(["index", "--corpus", str(tmp_path / "empty"), "--index-dir", str(target), "--quiet"]) == 4
    assert (target / "keep.txt").is_file()
    capsys.readouterr()


def test_building_into_a_file_is_refused_and_leaves_it(tmp_path, tiny_corpus):
    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.errors import IndexNotBuiltError
    from cbec_rag.indexer import build_index

    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    with pytest.raises(IndexNotBuiltError, match="is a file, not a folder"):
        build_index(tiny_corpus, afile, embedder=FakeEmbedder(64), embedder_spec="fake:64")
    assert afile.read_text(encoding="utf-8") == "x"
