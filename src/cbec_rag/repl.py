"""The interactive question prompt of ``cbec-rag ask`` (line editing and history on a terminal).

Commands: ``:k N``, ``:mode hybrid|bm25|dense``, ``:generator NAME``, ``:sources``, ``:help``, ``:quit``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import CbecRagError
from .render import format_answer, format_hit
from .retrieve import MAX_K, MODES

HELP = ":k N  :mode hybrid|bm25|dense  :generator extractive|openai  :sources  :help  :quit"


def _reader():
    """A line reader: prompt_toolkit with persistent history on a TTY, plain stdin otherwise."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory

        hist = (
            Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "cbec-rag" / "history"
        )
        hist.parent.mkdir(parents=True, exist_ok=True)
        session = PromptSession(history=FileHistory(str(hist)))
        return lambda: session.prompt("问/ask> ")
    return lambda: input()


def handle_command(line: str, state: dict, pipe, out) -> bool:
    """Apply a ``:command``; returns False when the prompt should end."""
    cmd, _, arg = line[1:].strip().partition(" ")
    arg = arg.strip()
    if cmd in ("q", "quit", "exit"):
        return False
    if cmd == "k":
        if arg.isdigit() and 1 <= int(arg) <= MAX_K:
            state["k"] = int(arg)
            print(f"k = {state['k']}", file=out)
        else:
            print(f"usage: :k N (1-{MAX_K})", file=out)
    elif cmd == "mode":
        if arg in MODES:
            state["mode"] = arg
            print(f"mode = {arg}", file=out)
        else:
            print(f"usage: :mode {'|'.join(MODES)}", file=out)
    elif cmd == "generator":
        try:
            pipe.generator(arg)
            state["generator"] = arg
            print(f"generator = {arg}", file=out)
        except CbecRagError as e:
            print(f"error: {e}", file=out)
    elif cmd == "sources":
        last = state.get("last")
        if last is None:
            print("no answer yet", file=out)
        for h in last.passages if last else []:
            print(format_hit(h, color=state["color"]), file=out)
    else:
        print(HELP, file=out)
    return True


def run_repl(pipe, *, k: int = 5, mode: str = "hybrid", generator: str = "extractive", out=None) -> int:
    out = out or sys.stdout
    state = {"k": k, "mode": mode, "generator": generator, "last": None, "color": out.isatty()}
    read = _reader()
    if out.isatty():
        print(f"cbec-rag — ask in 中文 or English. {HELP}", file=out)
    while True:
        try:
            line = read().strip()
        except (EOFError, KeyboardInterrupt):
            return 0
        if not line:
            continue
        if line.startswith(":"):
            if not handle_command(line, state, pipe, out):
                return 0
            continue
        try:
            ans = pipe.ask(line, k=state["k"], mode=state["mode"], generator=state["generator"])
        except CbecRagError as e:
            print(f"error: {e}", file=out)
            continue
        state["last"] = ans
        print(format_answer(ans, color=state["color"]), file=out)
        print(file=out)
