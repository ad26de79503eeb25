"""One tokeniser for index time and query time (Chinese + English).

``tokenize(text)`` is the only function the index and the retrievers should use, so
that a passage and a question always meet in the same token space:

* ASCII thousands separators between digits are dropped (``21,803.5`` -> ``21803.5``),
  then the text is NFKC-normalised (full-width digits/letters/punctuation become
  half-width) and lower-cased.
* Numbers are single tokens, decimals and percents included: ``1.84``, ``2023``,
  ``9610``; ``20%`` gives ``20%`` *and* ``20``. ``1.25万亿元`` gives ``1.25`` and the
  Chinese unit word(s) that jieba finds (``万亿元``).
* Latin words (letters, possibly with digits: ``b2b``, ``5g``) are stemmed with the
  Snowball English stemmer; a single letter joined by a hyphen is glued to the next
  word (``e-commerce`` -> ``ecommerc``); single letters and English stopwords are dropped.
* Runs of CJK characters are segmented by a private ``jieba.Tokenizer`` loaded with
  the domain user dictionary (``data/userdict.txt``); Chinese stopwords are dropped.
  The default segmentation mode is chosen by measurement (``eval/lexical_probe.py``):
  ``"search"`` = jieba's precise cut plus every in-dictionary sub-word of 2..n-1
  characters of each longer word (a superset of ``cut_for_search``), so
  ``跨境电商`` yields ``跨境``, ``电商``, ``跨境电商``. ``"jieba_search"`` (jieba's own
  ``cut_for_search``, 2- and 3-character sub-words only) and ``"precise"`` (plain
  ``cut``) are kept for comparison.
* Optional character bigrams over runs of single characters that jieba could not
  group (``bigrams=True``); off by default, see the probe numbers.

Everything heavy (the jieba dictionary, the stemmer, the word lists) is loaded lazily,
once per process: the jieba tokenizer behind a lock (:func:`once`), the small word lists
and the stemmer under ``functools.lru_cache``. jieba's dictionaries are mapped from ready
table files (:mod:`cbec_rag.jieba_tables`), so a one-shot call pays almost nothing for them;
a long-running process calls :func:`warmup` to load them into memory up front.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    import jieba

__all__ = [
    "DEFAULT_BIGRAMS",
    "DEFAULT_MODE",
    "Mode",
    "detect_lang",
    "en_stems",
    "en_words",
    "is_number",
    "is_cjk",
    "normalize",
    "preload_pos_tagger",
    "stopwords_en",
    "stopwords_zh",
    "tokenize",
    "warmup",
]

Mode = Literal["search", "jieba_search", "precise"]
T = TypeVar("T")

#: Segmentation mode used when ``tokenize`` is called without ``mode``. Chosen by
#: ``eval/lexical_probe.py`` (see its docstring for the numbers).
DEFAULT_MODE: Mode = "search"
#: Character-bigram fallback for runs of single characters; chosen by measurement.
DEFAULT_BIGRAMS = False

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK_RANGES}]")
# ASCII comma between a digit and exactly three digits: a thousands separator.
# Applied *before* NFKC so that the Chinese full-width comma (a clause separator
# between numbers, e.g. "12，345") is never mistaken for one.
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# "e-commerce", "e-business" -> "ecommerce": a lone letter glued by a hyphen.
_LETTER_HYPHEN_RE = re.compile(r"(?<![a-z0-9])([a-z])-(?=[a-z])")
# One scanner for the three kinds of token material.
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?%?")
_SCAN_RE = re.compile(
    rf"(?P<cjk>[{_CJK_RANGES}]+)"
    r"|(?P<num>(?>\d+(?:\.\d+)?)%?)(?![a-z0-9])"
    r"|(?P<word>[a-z0-9]+)"
)

# a date unit right after a number belongs to it, not to the word after it
_DATE_UNITS = frozenset("年月日号")
# ...unless it starts a time word of its own ("2024年度", "2023年末", "12月底")
_TIME_WORDS = frozenset("年度 年末 年底 年初 年中 年内 年间 年均 月底 月末 月初 月中 月份 日起 日前".split())

DATA_DIR = Path(__file__).resolve().parent / "data"


def _read_data_lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a packaged data file."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=1)
def stopwords_zh() -> frozenset[str]:
    """Chinese stopwords (function words, question words) from ``data/stopwords_zh.txt``."""
    return frozenset(unicodedata.normalize("NFKC", w).lower() for w in _read_data_lines("stopwords_zh.txt"))


@lru_cache(maxsize=1)
def stopwords_en() -> frozenset[str]:
    """English stopwords (unstemmed, lower-case) from ``data/stopwords_en.txt``."""
    return frozenset(w.lower() for w in _read_data_lines("stopwords_en.txt"))


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


_STEM_LOCK = threading.Lock()


@lru_cache(maxsize=131072)
def _stem(word: str) -> str:
    with _STEM_LOCK:  # a PyStemmer object must not be used by two threads at once
        return _stemmer().stemWord(word)


def once(fn: Callable[[], T]) -> Callable[[], T]:
    """Compute ``fn()`` once per process, thread-safe (double-checked lock).

    The wrapper has ``loaded()`` (already computed?) and ``cache_clear()``.
    """
    lock = threading.Lock()
    box: list[T] = []

    def wrapper() -> T:
        if box:
            return box[0]
        with lock:
            if not box:
                box.append(fn())
        return box[0]

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.loaded = lambda: bool(box)  # type: ignore[attr-defined]
    wrapper.cache_clear = box.clear  # type: ignore[attr-defined]
    return wrapper


@once
def _tables():
    """jieba's dictionaries as ready tables (see :mod:`cbec_rag.jieba_tables`)."""
    from .jieba_tables import load_tables

    return load_tables(_read_data_lines("userdict.txt"))


@once
def _jieba() -> jieba.Tokenizer:
    """A private jieba tokenizer with the domain user dictionary (never the global one).

    Its frequencies come from a ready table file (built once per machine), not from a parse
    of jieba's dictionary: see :mod:`cbec_rag.jieba_tables`."""
    import jieba

    jieba.setLogLevel(logging.ERROR)
    logging.getLogger("jieba").setLevel(logging.ERROR)
    t = _tables()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = t.freq, t.total, True
    return tk


def preload_pos_tagger() -> None:
    """Make the first ``import jieba.posseg`` (the answer generator's part-of-speech tags) cheap:
    its tags and the global tokenizer's frequencies come from the ready tables instead of a
    parse of jieba's dictionary. Call it before anything imports ``jieba.posseg``; a no-op after."""
    from .jieba_tables import preload_posseg

    preload_posseg(_tables())


def warmup() -> None:
    """Load the jieba dictionary, stemmer and word lists now (e.g. at server start). The
    tokenizer's frequencies go into memory: a dict lookup is ten times faster than one in a
    mapped table (which is what lets a one-shot CLI call skip the load); the part-of-speech
    tags, looked up a few hundred times per answer, stay mapped."""
    from .mmaptable import MmapTable

    tk = _jieba()
    if isinstance(tk.FREQ, MmapTable):
        tk.FREQ = tk.FREQ.to_dict()
    preload_pos_tagger()
    _stemmer()
    stopwords_zh()
    stopwords_en()


def normalize(text: str) -> str:
    """Thousands separators dropped, NFKC, lower-case; the text every token comes from."""
    text = _THOUSANDS_RE.sub("", text)
    text = unicodedata.normalize("NFKC", text).lower()
    return _LETTER_HYPHEN_RE.sub(r"\1", text)


def is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def _segment_cjk(run: str, mode: str, bigrams: bool, out: list[str], stop: frozenset[str]) -> None:
    tk = _jieba()
    if mode == "jieba_search":
        words = list(tk.cut_for_search(run, HMM=True))
    else:
        words = list(tk.cut(run, HMM=True))
    if mode == "search":
        freq = tk.FREQ
        for w in words:
            n = len(w)
            if n > 2:
                for size in range(2, n):
                    for i in range(n - size + 1):
                        g = w[i : i + size]
                        if freq.get(g) and g not in stop:
                            out.append(g)
            if w not in stop:
                out.append(w)
    else:
        out.extend(w for w in words if w not in stop)
    if bigrams:
        # runs of >= 2 single characters (stopwords break a run) -> character bigrams
        singles: list[str] = []
        for w in [*words, ""]:
            if len(w) == 1 and w not in stop:
                singles.append(w)
                continue
            if len(singles) >= 2:
                out.extend(singles[i] + singles[i + 1] for i in range(len(singles) - 1))
            singles = []


@lru_cache(maxsize=32768)
def tokens_cached(text: str) -> tuple[str, ...]:
    """The default tokens of ``text``, cached: the answer generator tokenizes the same corpus
    sentences for question after question."""
    return tuple(tokenize(text))


@lru_cache(maxsize=32768)
def precise_cached(text: str) -> tuple[str, ...]:
    """The precise-mode tokens of ``text``, cached: the answer checks look for names in the same
    corpus sentences question after question (about 2 ms of a fitted-selector ask's CPU)."""
    return tuple(tokenize(text, mode="precise"))


@lru_cache(maxsize=32768)
def token_set(text: str) -> frozenset[str]:
    """The distinct default tokens of ``text`` (cached, see :func:`tokens_cached`)."""
    return frozenset(tokens_cached(text))


def tokenize(text: str, *, mode: Mode | None = None, bigrams: bool | None = None) -> list[str]:
    """Tokens of ``text`` for BM25 (index and query side alike).

    ``mode`` and ``bigrams`` default to :data:`DEFAULT_MODE` / :data:`DEFAULT_BIGRAMS`;
    pass them only for experiments: an index and its queries must use the same values.
    Returns ``[]`` for empty, whitespace-only or punctuation-only text.
    """
    if not text:
        return []
    mode = DEFAULT_MODE if mode is None else mode
    if mode not in ("search", "jieba_search", "precise"):
        raise ValueError(f"unknown tokenize mode {mode!r}: use 'search', 'jieba_search' or 'precise'")
    bigrams = DEFAULT_BIGRAMS if bigrams is None else bigrams
    norm = normalize(text)
    out: list[str] = []
    stop_zh = stopwords_zh()
    stop_en = stopwords_en()
    after_num = -1  # end of the last number: "2024年前海" is 2024|年|前海, not 年前|海
    for m in _SCAN_RE.finditer(norm):
        kind = m.lastgroup
        tok = m.group()
        if kind == "cjk":
            if (
                tok[0] in _DATE_UNITS
                and len(tok) > 1
                and after_num >= 0
                and not norm[after_num : m.start()].strip()
                and tok[:2] not in _TIME_WORDS
            ):
                if tok[0] not in stop_zh:
                    out.append(tok[0])
                tok = tok[1:]
            _segment_cjk(tok, mode, bigrams, out, stop_zh)
        elif kind == "num":
            after_num = m.end()
            out.append(tok)
            if tok.endswith("%"):
                out.append(tok[:-1])
        else:  # latin word, possibly with digits
            if tok.isdigit():  # e.g. "2023a" never gets here; digits glued to letters do
                out.append(tok)
            elif len(tok) > 1 and tok not in stop_en:
                out.append(_stem(tok))
    return out


def en_words(text: str) -> list[tuple[str, str]]:
    """``(word, stem)`` for every latin word of ``text`` in order, *without* stopword removal.

    Used to match multi-word glossary / dictionary phrases ("belt and road") against a
    question; numbers and CJK are skipped. ``word`` is normalised and lower-cased.
    """
    norm = normalize(text)
    return [
        (m.group(), _stem(m.group()))
        for m in _SCAN_RE.finditer(norm)
        if m.lastgroup == "word" and not m.group().isdigit()
    ]


def en_stems(text: str) -> list[str]:
    """The stems of :func:`en_words`."""
    return [s for _, s in en_words(text)]


def is_number(token: str) -> bool:
    """True for number tokens as produced by :func:`tokenize` (``1.84``, ``20%``, ``9610``)."""
    return bool(_NUMBER_RE.fullmatch(token))


def detect_lang(text: str) -> Literal["zh", "en"]:
    """``"zh"`` when CJK characters are at least 20% of letters + CJK characters, else ``"en"``."""
    cjk = 0
    letters = 0
    for ch in text:
        if _CJK_RE.match(ch):
            cjk += 1
        elif ch.isalpha():
            letters += 1
    total = cjk + letters
    if total == 0:
        return "en"
    return "zh" if cjk / total >= 0.2 else "en"
