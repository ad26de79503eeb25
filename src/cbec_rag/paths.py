"""Checks of a path the user gave, before anything reads it (no heavy imports: the CLI runs them
before the index, and its OpenMP libraries, load)."""

from __future__ import annotations

import os
from pathlib import Path


def file_in_the_way(index_dir: Path | str) -> str | None:
    """Why ``index_dir`` can be no index folder at all: it is a file. None otherwise (missing, a
    folder, or out of reach: what reads it says so). Never raises."""
    path = os.fspath(index_dir)
    if os.path.lexists(path) and not os.path.isdir(path):
        return f"{path!r} is a file, not a folder: pass an index folder (--index-dir)"
    return None
