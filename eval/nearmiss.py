"""Near-miss questions made from answerable fit questions, for fitting refusal (issue 16).

A user's unanswerable question is rarely off topic: it asks for a figure the documents give for
another year, another place or another part of the year. This module makes such questions from
answerable ones by changing one condition the question states:

* ``year``: a year of the question becomes a nearby year;
* ``place``: a place the question names (Chinese: a jieba place word that CC-CEDICT knows as a
  name; English: the CC-CEDICT English name of one) becomes another place of the corpus;
* ``period``: a part of the year (上半年, first quarter...) becomes another part;
* ``swap``: a word with a standard opposite in trade statistics becomes the opposite (exports and
  imports, retail and wholesale, online and offline, new and cumulative...): the figure the
  documents give is then for the other flow, channel or count.

A condition is changed only when the answering sentence (or its title or heading) states it, and
not in a question with a span of years, several years or several parts of a year.

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
_WORD_EN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


@dataclass(frozen=True)
class Variant:
    kind: str  # "year" | "place" | "period" | "swap"
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


# parts of a year and their other spellings (a changed period must be stated in none of them); a
# full year is never a target: documents give full-year figures without saying so
PERIODS = (
    (("上半年", "1-6月", "1—6月", "1至6月", "前两个季度"), ("first half", "h1")),
    (("下半年", "7-12月", "7—12月", "7至12月"), ("second half", "h2")),
    (("前三季度", "1-9月", "1—9月", "1至9月"), ("first three quarters",)),
    (("第一季度", "一季度", "1-3月", "1—3月", "1至3月"), ("first quarter", "q1")),
)
# words with a standard opposite in trade and policy statistics: (zh a, zh b, en a, en b); a Chinese
# word is matched outside longer words that hold it (出口 in 进出口 is no export)
SWAPS = (
    (r"(?<!进)出口", "进口", r"\bexports?\b", "imports"),
    (r"进口", "出口", r"\bimports?\b", "exports"),
    (r"零售", "批发", r"\bretail\b", "wholesale"),
    (r"批发", "零售", r"\bwholesale\b", "retail"),
    (r"线上", "线下", r"\bonline\b", "offline"),
    (r"线下", "线上", r"\boffline\b", "online"),
    (r"(?<![进出])境外", "境内", r"\boverseas\b", "domestic"),
    (r"城市", "农村", r"\burban\b", "rural"),
    (r"累计", "新增", r"\bcumulative\b", "new"),
    (r"新增", "累计", r"\bnew(?:ly)?\b", "cumulative"),
)
_SPAN = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*(?:至|到|-|—|–|~|to|and)\s*(?:19|20)\d{2}", re.I)
_ADMIN = re.compile(r"(?:特别行政区|自治区|自治州|省|市|县|区)$")


def _same_place(a: str, b: str) -> bool:
    """上海 and 上海市 name one place."""
    a, b = _ADMIN.sub("", a), _ADMIN.sub("", b)
    return a in b or b in a


def variants(
    question: str,
    lang: str,
    avoid: str,
    answer: str,
    corpus_places: list[str],
    rng: random.Random,
) -> list[Variant]:
    """Near-miss versions of ``question``. ``avoid``: the text of the passages retrieved for it
    (each new term occurs nowhere in it); ``answer``: the sentences that answer it with their
    titles and headings (the changed term must be one the answer states, so that it matters)."""
    out: list[Variant] = []
    years = sorted(set(_YEAR.findall(question)))
    if len(years) == 1 and not _SPAN.search(question) and years[0] in answer:
        y = years[0]
        options = [str(int(y) + d) for d in (-3, -2, -1, 1, 2, 3) if str(int(y) + d) not in avoid]
        if options:
            new = rng.choice(options)
            out.append(Variant("year", question.replace(y, new), y, new, (new,)))
    zh_places, en_names = place_names()
    low_avoid = avoid.lower()
    if lang == "zh":
        import jieba

        places = set(zh_places)
        named = [t for t in jieba.lcut(question) if t in places and t in answer]
        if named:
            old = named[0]
            pool = [
                p for p in corpus_places if p not in avoid and p not in question and not _same_place(p, old)
            ]
            if pool:
                new = rng.choice(pool)
                out.append(Variant("place", question.replace(old, new), old, new, (new,)))
    else:
        named = [w for w in _WORD_EN.findall(question) if w in en_names and en_names[w] in answer]
        if named:
            old = named[0]
            pool = [
                e
                for e, z in en_names.items()
                if z in corpus_places
                and z not in avoid
                and e.lower() not in low_avoid
                and e not in question
                and not _same_place(z, en_names[old])
            ]
            if pool:
                new = rng.choice(pool)
                q2 = re.sub(rf"\b{re.escape(old)}\b", new, question)
                out.append(Variant("place", q2, old, new, (new, en_names[new])))
    low = question if lang == "zh" else question.lower()
    found = [
        (low.find(f), i, f)
        for i, (zh, en) in enumerate(PERIODS)
        for f in (zh if lang == "zh" else en)
        if f in low
    ]
    answer_low = answer.lower()
    whole = re.search(r"全年|full year|whole year|annual", low)
    if len({i for _, i, _ in found}) == 1 and not whole:  # one part asked (not "全年…其中上半年…")
        _, i, old = min(found)
        if any(f in answer_low for f in (*PERIODS[i][0], *PERIODS[i][1])):
            options = [
                j
                for j, (zh, en) in enumerate(PERIODS)
                if j != i and not any(f in low_avoid for f in (*zh, *en))
            ]
            if options:
                j = rng.choice(options)
                new = PERIODS[j][0][0] if lang == "zh" else PERIODS[j][1][0]
                q2 = (
                    question.replace(old, new)
                    if lang == "zh"
                    else re.sub(re.escape(old), new, question, flags=re.I)
                )
                out.append(Variant("period", q2, old, new, (*PERIODS[j][0], *PERIODS[j][1])))
    out += _swaps(question, lang, low_avoid, answer_low, rng)
    return out


def _swaps(question: str, lang: str, low_avoid: str, answer_low: str, rng: random.Random) -> list[Variant]:
    """At most one ``swap`` variant: a word the question and its answer both state becomes its
    opposite, which the passages never state."""
    options = []
    for zh_a, zh_b, en_a, en_b in SWAPS:
        pat, new = (zh_a, zh_b) if lang == "zh" else (en_a, en_b)
        mark = new if lang == "zh" else new.removesuffix("s")  # "import" also finds "imports"
        m = re.search(pat, question, flags=re.I)
        if not m or not re.search(pat, answer_low, flags=re.I) or mark in low_avoid:
            continue
        q2 = question[: m.start()] + new + question[m.end() :]
        options.append(Variant("swap", q2, m.group(0), new, (mark,)))
    return [rng.choice(options)] if options else []


def corpus_place_list(texts: list[str]) -> list[str]:
    """The place names (see :func:`place_names`) that occur in the corpus, in a fixed order."""
    zh, _ = place_names()
    body = "\n".join(texts)
    return [p for p in zh if p in body]
