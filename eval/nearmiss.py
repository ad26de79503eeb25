"""Near-miss questions made from answerable fit questions, for fitting refusal (issue 16).

A user's unanswerable question is rarely off topic: it asks for a figure the documents give for
another year, another place or another part of the year. This module makes such questions from
answerable ones by changing one condition the question states:

* ``year``: a year of the question becomes a nearby year;
* ``place``: a place the question names (Chinese: a jieba place word that CC-CEDICT knows as a
  name; English: the CC-CEDICT English name of one) becomes another place of the corpus;
* ``period``: a part of the year (上半年, first quarter, full year...) becomes another part.

The new term must occur nowhere in the passages retrieved for the original question, and the
fit script retrieves again for the new question and keeps it only if the term occurs nowhere in
those passages either: then no candidate can state the asked fact and every candidate is a
negative. All of it is generic: years by pattern, places from the dictionaries, periods from
the language's words for parts of a year.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass
from functools import lru_cache

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
PERIODS_ZH = ("上半年", "下半年", "前三季度", "第一季度", "全年")
PERIODS_EN = ("first half", "second half", "first three quarters", "first quarter", "full year")
_WORD_EN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


@dataclass(frozen=True)
class Variant:
    kind: str  # "year" | "place" | "period"
    question: str
    old: str
    new: str
    marks: tuple[str, ...]  # what a passage must not contain for the variant to be unanswerable


@lru_cache(maxsize=1)
def place_names() -> tuple[tuple[str, ...], dict[str, str]]:
    """Chinese place names (jieba's ``ns`` words CC-CEDICT knows as names) and their English names."""
    import jieba

    from cbec_rag.cedict import cedict_is_name, cedict_zh_to_en

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    zh = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "ns" and 2 <= len(parts[0]) <= 5 and int(parts[1]) >= 20:
                if cedict_is_name(parts[0]):
                    zh.append(parts[0])
    en: dict[str, str] = {}
    for w in zh:
        for sense in cedict_zh_to_en(w, 1):
            name = sense.split(",")[0].strip()  # (senses come lower-cased)
            m = re.match(r"^([a-z]+(?: [a-z]+)?)(?: (?:city|province|county|district))?$", name)
            if m and len(m.group(1)) >= 4 and m.group(1).title() not in en:
                en[m.group(1).title()] = w
    return tuple(zh), en


def variants(
    question: str,
    lang: str,
    avoid: str,
    corpus_places: list[str],
    rng: random.Random,
) -> list[Variant]:
    """Near-miss versions of ``question``; each new term occurs nowhere in ``avoid`` (the text of
    the passages retrieved for the original question)."""
    out: list[Variant] = []
    years = _YEAR.findall(question)
    if years:
        y = years[0]
        options = [str(int(y) + d) for d in (-3, -2, -1, 1, 2, 3) if str(int(y) + d) not in avoid]
        if options:
            new = rng.choice(options)
            out.append(Variant("year", question.replace(y, new), y, new, (new,)))
    zh_places, en_names = place_names()
    if lang == "zh":
        import jieba

        named = [t for t in jieba.lcut(question) if t in set(zh_places) and t in avoid]
        pool = [p for p in corpus_places if p not in avoid and p not in question]
        if named and pool:
            old, new = named[0], rng.choice(pool)
            out.append(Variant("place", question.replace(old, new), old, new, (new,)))
    else:
        named = [w for w in _WORD_EN.findall(question) if w in en_names and en_names[w] in avoid]
        pool = [e for e, z in en_names.items() if z in corpus_places and z not in avoid and e not in question]
        if named and pool:
            old, new = named[0], rng.choice(pool)
            q2 = re.sub(rf"\b{re.escape(old)}\b", new, question)
            out.append(Variant("place", q2, old, new, (new, en_names[new])))
    periods = PERIODS_ZH if lang == "zh" else PERIODS_EN
    low = question if lang == "zh" else question.lower()
    have = [i for i, p in enumerate(periods) if p in low]
    if have:
        options = [
            i
            for i, p in enumerate(periods)
            if p not in low and p not in avoid.lower() and PERIODS_ZH[i] not in avoid
        ]
        if options:
            i, old = rng.choice(options), periods[have[0]]
            q2 = (
                question.replace(old, periods[i])
                if lang == "zh"
                else re.sub(old, periods[i], question, flags=re.I)
            )
            out.append(Variant("period", q2, old, periods[i], (periods[i], PERIODS_ZH[i])))
    return out


def corpus_place_list(texts: list[str]) -> list[str]:
    """The place names (see :func:`place_names`) that occur in the corpus, in a fixed order."""
    zh, _ = place_names()
    body = "\n".join(texts)
    return [p for p in zh if p in body]
