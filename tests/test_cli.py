import io
import json

import pytest
from conftest import write_corpus

from cbec_rag.cli import main


def test_index_search_ask_json(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "empty.txt").write_bytes(b"")
    idx = str(tmp_path / "index")
    assert (
        main(["index", "--corpus", str(corpus), "--index-dir", idx, "--embedder", "fake:64", "--quiet"]) == 0
    )
    out, err = capsys.readouterr()
    assert "indexed 3 documents" in out and "skipped 2 files" in out
    assert "bad.pdf" in err and "empty.txt" in err

    assert main(["search", "海外仓补贴", "--index-dir", idx, "--json", "--k", "2"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert len(obj["hits"]) == 2 and obj["hits"][0]["rank"] == 1

    assert main(["ask", "新建海外仓最高补贴多少？", "--index-dir", idx, "--json"]) == 0
    ans = json.loads(capsys.readouterr().out)
    assert "200万元" in ans["answer"] and ans["citations"]

    assert main(["ask", "新建海外仓最高补贴多少？", "--index-dir", idx]) == 0
    text = capsys.readouterr().out
    assert "[1]" in text and "policy_zh.txt" in text


def test_batch_keeps_order_and_reports_bad_lines(tiny_index, tmp_path, capsys):
    batch = tmp_path / "q.txt"
    batch.write_text("海外仓补贴\n。。。\nlogistics costs\n", encoding="utf-8")
    assert main(["search", "--batch", str(batch), "--index-dir", str(tiny_index)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in rows] == ["海外仓补贴", "。。。", "logistics costs"]
    assert "error" in rows[1] and rows[0]["hits"]

    assert main(["ask", "--batch", str(batch), "--index-dir", str(tiny_index)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3 and "answer" in rows[0]


def test_exit_codes_and_messages(tmp_path, capsys):
    assert main(["search", "海外仓", "--index-dir", str(tmp_path / "none")]) == 3
    assert "cbec-rag index" in capsys.readouterr().err
    assert main(["index", "--corpus", str(tmp_path / "missing"), "--index-dir", str(tmp_path / "i")]) == 4
    assert "corpus folder not found" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert (
        main(
            [
                "index",
                "--corpus",
                str(tmp_path / "empty"),
                "--index-dir",
                str(tmp_path / "i"),
                "--embedder",
                "fake:64",
            ]
        )
        == 4
    )
    assert "nothing to index" in capsys.readouterr().err


def test_bad_question_exit_code(tiny_index, capsys):
    assert main(["search", "   ", "--index-dir", str(tiny_index)]) == 5
    assert "empty" in capsys.readouterr().err


def test_interactive_prompt_commands(tiny_pipeline, monkeypatch):
    from cbec_rag.repl import run_repl

    lines = iter([":k 2", ":mode bm25", "海外仓补贴是多少？", ":sources", ":generator nope", ":quit"])
    monkeypatch.setattr("builtins.input", lambda *a: next(lines))
    out = io.StringIO()
    assert run_repl(tiny_pipeline, out=out) == 0
    text = out.getvalue()
    assert "k = 2" in text and "mode = bm25" in text
    assert "[1]" in text and "200万元" in text
    assert "1. policy_zh.txt" in text  # :sources lists passages
    assert "unknown generator" in text


def test_empty_question_argument_is_an_error_not_the_prompt(tiny_index, capsys):
    assert main(["ask", "", "--index-dir", str(tiny_index)]) == 5
    assert "empty" in capsys.readouterr().err


def test_version_flag_prints_the_package_version(capsys):
    from importlib.metadata import version

    from cbec_rag import __version__

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out == f"cbec-rag {__version__}"
    assert __version__ == version("cbec-rag")  # the package metadata and the module agree


def test_a_20000_character_question_is_refused_like_the_http_api(tiny_index, tmp_path, capsys):
    """One rule for the CLI and HTTP: over 2000 characters is an error with the same message
    (exit 5 here, 422 there), never a silent cut; --batch reports it on that line."""
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    question = "跨境电商海外仓补贴政策是什么？" * 1334  # 20,010 characters
    for command in ("ask", "search"):
        assert main([command, question, "--index-dir", str(tiny_index)]) == 5
        err = capsys.readouterr().err.strip()
        assert (
            err == "error: the question is too long: 20010 characters, at most 2000; ask a shorter question"
        )
    batch = tmp_path / "q.txt"
    batch.write_text(f"海外仓补贴\n{question}\n", encoding="utf-8")
    assert main(["ask", "--batch", str(batch), "--index-dir", str(tiny_index)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "answer" in rows[0] and rows[1]["error"] == err.removeprefix("error: ")
    with TestClient(create_app(Settings(index_dir=tiny_index))) as client:
        for url in ("/ask", "/search"):
            r = client.post(url, json={"question": question})
            assert r.status_code == 422 and err.removeprefix("error: ") in r.json()["detail"], r.text


def test_an_index_dir_that_is_a_file_is_a_usage_error_for_every_command(tmp_path, tiny_corpus, capsys):
    afile = tmp_path / "afile"
    afile.write_text("x", encoding="utf-8")
    for argv in (
        ["ask", "海外仓", "--index-dir", str(afile)],
        ["search", "海外仓", "--index-dir", str(afile)],
        [
            "index",
            "--corpus",
            str(tiny_corpus),
            "--index-dir",
            str(afile),
            "--embedder",
            "fake:64",
            "--quiet",
        ],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "is a file, not a folder" in err and "Traceback" not in err
    assert afile.read_text(encoding="utf-8") == "x"  # left as it was


def test_a_documents_folder_given_as_the_index_says_how_to_index_it(tiny_corpus, capsys):
    assert main(["ask", "海外仓", "--index-dir", str(tiny_corpus)]) == 3
    err = capsys.readouterr().err
    assert "holds documents, not an index" in err and f"--corpus {tiny_corpus}" in err


def test_the_rebuild_hint_names_the_corpus_flag(tmp_path, capsys):
    assert main(["ask", "海外仓", "--index-dir", str(tmp_path / "none")]) == 3
    assert "cbec-rag index --corpus" in capsys.readouterr().err


def test_verbose_may_follow_the_command(tiny_index, capsys):
    assert main(["search", "海外仓", "-v", "--index-dir", str(tiny_index), "--k", "1"]) == 0
    assert main(["-v", "search", "海外仓", "--index-dir", str(tiny_index), "--k", "1"]) == 0


def test_serve_on_a_port_in_use_is_a_usage_error_before_loading(tmp_path, capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        # (no index there: the port is checked first, so the message is about the port)
        assert main(["serve", "--port", str(port), "--index-dir", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert f"127.0.0.1:{port}" in err and "another --port" in err


def test_an_unconfigured_llm_exits_1_naming_the_settings(tiny_index, monkeypatch, capsys):
    monkeypatch.delenv("CBEC_RAG_LLM_BASE_URL", raising=False)
    monkeypatch.delenv("CBEC_RAG_LLM_MODEL", raising=False)
    assert main(["ask", "海外仓", "--generator", "openai", "--index-dir", str(tiny_index)]) == 1
    assert "CBEC_RAG_LLM_BASE_URL" in capsys.readouterr().err


def test_the_port_check_allows_port_0_and_names_bad_ports():
    from cbec_rag.cli import _listen_problem

    assert _listen_problem("127.0.0.1", 0) is None  # the system picks a free port
    assert "between 1 and 65535" in _listen_problem("127.0.0.1", 70000)
    assert "not an address" in _listen_problem("no-such-host.invalid", 8000)


def test_serve_takes_the_index_folder_from_the_environment_unless_the_flag_gives_one(monkeypatch, tmp_path):
    import uvicorn

    import service.app

    seen = []
    monkeypatch.setattr(service.app, "create_app", lambda settings: seen.append(settings) or object())
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port: None)
    monkeypatch.setenv("CBEC_RAG_INDEX_DIR", str(tmp_path / "from-env"))
    assert main(["serve", "--port", "0"]) == 0
    assert str(seen[-1].index_dir) == str(tmp_path / "from-env")
    assert main(["serve", "--port", "0", "--index-dir", str(tmp_path / "flag")]) == 0
    assert str(seen[-1].index_dir) == str(tmp_path / "flag")
