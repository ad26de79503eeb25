"""jieba's dictionaries from ready table files instead of a parse, so a CLI call starts fast.

jieba rebuilds its word-frequency dict at every process start (unmarshalling its own cache:
about 1 s on a loaded 2-core machine) and ``import jieba.posseg`` parses the whole dictionary
file again for the part-of-speech tags (1-1.5 s). Here both are built once per machine (and
per jieba dictionary, user dictionary and format version) and written to the user cache folder
(:func:`cache_dir`) as :mod:`cbec_rag.mmaptable` files, which are usable as soon as they are
opened:

* ``freq``: the private tokenizer's frequencies (jieba's dictionary + ``data/userdict.txt``);
* ``default``: the frequencies of jieba's own dictionary, for the global ``jieba.dt`` that
  ``jieba.posseg`` cuts with;
* ``tags``: the part-of-speech tag of every dictionary word (``jieba.posseg.dt.word_tag_tab``).

A missing, stale or damaged table is rebuilt; an unwritable cache folder only costs the parse.
A lookup in a table costs about a microsecond against a dict's tenth of one: long-running
processes call :func:`cbec_rag.tokenize.warmup`, which turns the tables into dicts.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .mmaptable import open_table, write_table

log = logging.getLogger(__name__)

#: bump when what the tables hold changes (invalidates tables already written)
TABLES_VERSION = 1


def cache_dir() -> Path:
    """``$CBEC_RAG_CACHE_DIR``, else ``$XDG_CACHE_HOME/cbec-rag``, else ``~/.cache/cbec-rag``."""
    env = os.environ.get("CBEC_RAG_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cbec-rag"


@dataclass
class Tables:
    freq: Mapping[str, int]  # private tokenizer: jieba's dictionary + the user dictionary
    total: int
    default: Mapping[str, int]  # jieba's dictionary alone (the global jieba.dt)
    default_total: int
    tags: Mapping[str, str]  # word -> part-of-speech tag


def _jieba_dict_file() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def _key(user_lines: list[str]) -> str:
    import jieba

    st = _jieba_dict_file().stat()
    raw = f"{TABLES_VERSION}|{jieba.__version__}|{st.st_size}|{st.st_mtime_ns}|" + "\n".join(user_lines)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _paths(key: str) -> dict[str, Path]:
    base = cache_dir()
    return {
        "meta": base / f"jieba-{key}.json",
        "freq": base / f"jieba-{key}-freq.tab",
        "default": base / f"jieba-{key}-default.tab",
        "tags": base / f"jieba-{key}-tags.tab",
    }


def _parse(user_lines: list[str]) -> Tables:
    """Read jieba's dictionary file once: frequencies (with jieba's prefix entries) and tags,
    then the user dictionary on top of a copy (the rule of :func:`cbec_rag.tokenize._jieba`)."""
    import jieba

    default: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with _jieba_dict_file().open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            parts = line.split(" ")
            if len(parts) < 2:
                raise ValueError(f"invalid jieba dictionary entry at line {lineno}: {line}")
            word, freq = parts[0], int(parts[1])
            default[word] = freq
            total += freq
            if len(parts) == 3:
                tags[word] = parts[2]
            for i in range(1, len(word)):
                default.setdefault(word[:i], 0)
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(default), total, True
    for line in user_lines:
        parts = line.split()
        word = unicodedata.normalize("NFKC", parts[0]).lower()
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else None
        # never lower jieba's own frequency for a word it already knows
        tk.add_word(word, max(freq or 3000, tk.FREQ.get(word, 0)), tag)
    return Tables(tk.FREQ, tk.total, default, total, tags)


def _open(paths: dict[str, Path]) -> Tables:
    meta = json.loads(paths["meta"].read_text(encoding="utf-8"))
    return Tables(
        open_table(paths["freq"]),
        int(meta["total"]),
        open_table(paths["default"]),
        int(meta["default_total"]),
        open_table(paths["tags"]),  # type: ignore[arg-type]
    )


def _save(paths: dict[str, Path], t: Tables) -> None:
    for name in ("freq", "default", "tags"):
        write_table(paths[name], getattr(t, name))
    # the meta file last: a folder without it has no usable tables
    fd, tmp = tempfile.mkstemp(dir=paths["meta"].parent, prefix=".jieba-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"total": t.total, "default_total": t.default_total, "version": TABLES_VERSION}, fh)
        os.replace(tmp, paths["meta"])
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load_tables(user_lines: list[str]) -> Tables:
    """The tables for this jieba and user dictionary: mapped from the cache, else parsed (and
    cached for the next process)."""
    try:
        paths = _paths(_key(user_lines))
    except OSError as e:
        log.debug("jieba tables: no cache key (%s)", e)
        return _parse(user_lines)
    try:
        return _open(paths)
    except FileNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001 - any damage to a cache file means: rebuild it
        log.warning("ignoring unreadable jieba dictionary cache %s (%s)", paths["meta"].parent, e)
    tables = _parse(user_lines)
    try:
        _save(paths, tables)
    except OSError as e:
        log.debug("jieba tables not written to %s (%s)", paths["meta"].parent, e)
    return tables


_POS_LOCK = threading.Lock()


def preload_posseg(tables: Tables) -> bool:
    """Import ``jieba.posseg`` without its dictionary parse: the global tokenizer ``jieba.dt``
    gets the ``default`` frequencies and the tagger the ``tags`` table. A no-op (False) when
    ``jieba.posseg`` is already imported or ``jieba.dt`` was given another dictionary."""
    if "jieba.posseg" in sys.modules:
        return False
    import jieba

    with _POS_LOCK:
        dt = jieba.dt
        if "jieba.posseg" in sys.modules or dt.dictionary != jieba.DEFAULT_DICT:
            return False
        if not dt.initialized:
            dt.FREQ, dt.total, dt.initialized = tables.default, tables.default_total, True
        # posseg's import builds its tagger with POSTokenizer(jieba.dt), which reads the
        # dictionary file for the tags: hand it an empty file, then give it the table
        dt.get_dict_file = lambda: io.BytesIO(b"")
        try:
            import jieba.posseg as pseg
        finally:
            del dt.get_dict_file
        pseg.dt.word_tag_tab = tables.tags
    return True
