"""An English lead line for an English question answered by Chinese sentences.

The answer's sentences are quoted in Chinese; the lead line states the asked fact in English
before them, when that fact is a figure, a date, a share or a named place or organisation:
"Answer: 7 trillion yuan (7万亿元) [1]", "Answer: Linchuan and Ningchuan (临川、宁川) [1]".

Only spans of the cited sentences are stated, each with its English form (figures and dates by
:mod:`.numerals`, names from the glossary, CC-CEDICT or pinyin) and the Chinese as written in
brackets: no translation of anything else. Which span: the kind the question asks for (its
constraints, :func:`.question.question_constraints`, and the generic question cues of
:mod:`.features`), then, among several of that kind, the one the question's year or words pick
(the words just before a figure say what it measures: "出口12.3亿元，进口4.5亿元"). When nothing
picks one, there is no lead line: a wrong one is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..cedict import pinyin_spellings
from ..crosslingual import WeightedQuery, cedict_zh_to_en, glossary_zh_to_en
from ..tokenize import tokenize
from .base import Sentence
from .constraints import Constraints
from .features import _Q_DATE, _Q_LIST, _Q_PLACE
from .names import is_plain_name
from .numerals import Rendered, find_amounts, find_dates, find_percents
from .patterns import CJK, YEAR

# "which agency", "who", "where": a question whose answer names a place or a body
_ASKS_NAME = re.compile(
    r"\bwho\b|\bwhere\b|\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|agency|agencies"
    r"|authority|authorities|department|ministry|body|bodies|banks?|compan(?:y|ies)|platforms?"
    r"|districts?|count(?:y|ies)|airports?|ports?|cit(?:y|ies)|provinces?|countr(?:y|ies)|regions?"
    r"|towns?|municipalit(?:y|ies)|prefectures?)\b",
    re.I,
)
_SEVERAL = re.compile(r"\b(?:and|or|both|each|respectively)\b", re.I)
# where a clause starts: the words before a figure back to here say what it measures
_CLAUSE = re.compile(r"[，,；;。：:！？!?]")
# between two names of one list
_LIST_SEP = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")
_LIST_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4})、")
# the kind a place or body name ends with, in English after the name ("北塘区" -> "Beitang District")
_SUFFIX_EN = {
    "自治区": "Autonomous Region",
    "新区": "New Area",
    "省": "Province",
    "市": "",
    "区": "District",
    "县": "County",
    "镇": "Town",
    "海关": "Customs",
    "机场": "Airport",
    "港": "Port",
}
_SMALL_WORDS = frozenset("of and the for in on at to".split())


@dataclass(frozen=True)
class Fact:
    """A span of a cited sentence of the asked kind, with its English form."""

    n: int  # the citation number of its sentence
    order: int  # position among all candidates (sentence order, then offset)
    zh: str
    english: str
    context: str  # the words before it in its clause (for a list of names, its whole clause)
    clause: str  # its whole clause
    year: str  # the year it belongs to: the last one named before it, or its passage's


def asked_kind(question: str, cons: Constraints) -> str | None:
    """The kind of fact an English question asks for: "date", "percent", "money", "count",
    "measure", "charge" (money or a share) or "name"; None for any other question."""
    if cons.figure in ("percent", "money", "count", "measure", "charge"):
        return cons.figure
    if cons.figure == "date" or (_Q_DATE.search(question) and not cons.figure):
        return "date"
    if cons.figure is None and _Q_PLACE.search(question) and (cons.place or _ASKS_NAME.search(question)):
        if _Q_LIST.search(question) and not cons.place:
            return None  # "what are the measures…": a list of things, not a name
        return "name"
    return None


def _title(phrase: str) -> str:
    """A dictionary sense as a name: "general administration of customs" -> "General
    Administration of Customs"."""
    return " ".join(
        w if (i and w in _SMALL_WORDS) or not w[:1].isalpha() else w[:1].upper() + w[1:]
        for i, w in enumerate(phrase.split())
    )


def _kind(word: str) -> str:
    """The English word for the kind a name ends with (" District" for 北塘区), or ""."""
    suffix = next((k for k in sorted(_SUFFIX_EN, key=len, reverse=True) if word.endswith(k)), "")
    return f" {_SUFFIX_EN[suffix]}" if suffix and len(word) > len(suffix) + 1 and _SUFFIX_EN[suffix] else ""


def _split(word: str) -> tuple[str, str]:
    """A name and the kind it ends with: "北塘区" -> ("北塘", "区"); ("临川", "") without one."""
    for suffix in sorted(_SUFFIX_EN, key=len, reverse=True):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)], suffix
    return word, ""


def english_name(word: str) -> str | None:
    """A place or body name in English: the glossary's, else CC-CEDICT's (a romanised name
    without the words the dictionary adds: "guangxi zhuang autonomous region" -> "Guangxi"; with its
    kind: "henan" + 省 -> "Henan Province"), else its kind's word after the name itself ("北塘区" ->
    "Beitang District"),
    else pinyin. None when it has no reading."""
    spellings = pinyin_spellings(word)
    base, suffix = _split(word)
    senses = glossary_zh_to_en(word) or cedict_zh_to_en(word)
    for sense in senses:
        squashed = re.sub(r"[^a-z]", "", sense.lower())
        if suffix and squashed in pinyin_spellings(base):
            return _title(sense) + _kind(word)  # "henan" + 省
        if squashed in spellings:
            return _title(sense)
        romanised = next((p for p in spellings if len(p) >= 4 and squashed.startswith(p)), None)
        if romanised:
            return _title(romanised)  # "guangxi zhuang autonomous" -> "Guangxi"
    if senses:
        short = senses[0]
        initials = {"".join(w[0] for w in x.split() if w not in _SMALL_WORDS) for x in senses}
        return short.upper() if short.isalpha() and short in initials else _title(short)
    if suffix:
        named = english_name(base)
        return None if named is None else named + _kind(word)
    return _title(spellings[0]) if spellings else None


def _names(text: str) -> list[tuple[int, int, list[str]]]:
    """The runs of names in ``text`` (a list "临川、宁川" is one run): start, end and the
    names."""
    toks: list[tuple[int, int, str]] = []
    pos = 0
    for tok in tokenize(text, mode="precise"):
        i = text.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        toks.append((i, pos, tok))
    names: list[tuple[int, int, str]] = []
    for k, (i, j, tok) in enumerate(toks):
        if len(tok) < 2 or not CJK.search(tok) or not is_plain_name(tok):
            continue
        if k + 1 < len(toks) and toks[k + 1][0] == j and toks[k + 1][2] in _SUFFIX_EN:
            j = toks[k + 1][1]  # "北塘" + "区"
        names.append((i, j, text[i:j]))
    runs: list[tuple[int, int, list[str]]] = []
    for i, j, name in names:
        gap = text[runs[-1][1] : i] if runs else ""
        # a list item no dictionary knows between two names ("临川、宁川、汾阳") is a name of the list
        inner = _LIST_ITEM.fullmatch(gap)
        if runs and (_LIST_SEP.fullmatch(gap) or inner):
            runs[-1] = (runs[-1][0], j, [*runs[-1][2], *([inner.group(1)] if inner else []), name])
        else:
            runs.append((i, j, [name]))
    return runs


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _in_question(name: str, english: str, question: str) -> bool:
    """The question names it already (in English or pinyin, with or without its kind: "Henan"
    for the name with 省): it is a condition, not the answer."""
    q = question.lower()
    squashed = re.sub(r"[^a-z]", "", q)
    suffix = next((k for k in sorted(_SUFFIX_EN, key=len, reverse=True) if name.endswith(k)), "")
    forms = {name, name[: len(name) - len(suffix)] if len(name) > len(suffix) + 1 else name}
    return (
        any(f in question for f in forms)
        or english.lower() in q
        or any(len(p) >= 4 and p in squashed for f in forms for p in pinyin_spellings(f))
    )


def _facts(kind: str, question: str, chosen: list[Sentence]) -> list[Fact]:
    out: list[Fact] = []
    for n, s in enumerate(chosen, start=1):
        if not CJK.search(s.text):
            continue
        text = s.text
        spans: list[Rendered] = []
        if kind == "date":
            spans = find_dates(text)
        elif kind in ("percent", "charge"):
            spans = find_percents(text)
        if kind in ("money", "count", "measure", "charge"):
            want = "money" if kind == "charge" else kind
            spans += [a for a in find_amounts(text) if a.kind == want]
        if kind == "name":
            for i, j, names in _names(text):
                keep = [(nm, english_name(nm)) for nm in names]
                if any(e is None for _, e in keep):
                    return []  # a name it cannot read: no lead line
                keep = [(nm, e) for nm, e in keep if e and not _in_question(nm, e, question)]
                if keep:
                    zh = text[i:j] if len(keep) == len(names) else "、".join(nm for nm, _ in keep)
                    spans.append(Rendered(i, j, zh, _join([e for _, e in keep]), "name"))
        stated = set(YEAR.findall(question)) | set(re.findall(r"\d+(?:\.\d+)?%?", question))
        for r in sorted(spans):
            if kind != "name" and r.english in stated:
                continue  # the question's own year or figure is its condition
            clause = max((m.end() for m in _CLAUSE.finditer(text, 0, r.start)), default=0)
            prev = max((f.end for f in spans if f.end <= r.start and f is not r), default=0)
            context = text[max(clause, prev) : r.start]
            if kind == "name":
                end = _CLAUSE.search(text, r.end)
                context += text[r.end : end.start() if end else len(text)]
            end = _CLAUSE.search(text, r.end)
            whole = text[clause : end.start() if end else len(text)]
            years = YEAR.findall(text[: r.start])
            year = years[-1] if years else s.year
            out.append(Fact(n, len(out), r.text, r.english, context, whole, year))
    return out


def _pick(facts: list[Fact], question: str, cons: Constraints, terms: dict[str, float]) -> list[Fact]:
    """The facts the question asks for, or [] when it does not pick them out."""
    several = bool(cons.multipart or cons.comparison or cons.questions > 1 or _SEVERAL.search(question))
    # a fact's clause says what it is about: among several, it must share a word with the
    # question; with a "how many", name what is counted ("多少所学校": not "10个" of campuses)
    if len(facts) > 1:
        facts = [f for f in facts if any(t in f.clause for t in terms)]
    if cons.counted:
        facts = [f for f in facts if any(c in f.clause for c in cons.counted)]
    # a clause listing three or more ("德国（12个）、法国（9个）…"): its topic is every item's, only
    # the words right before one (its name) can pick it
    listed = {f.clause for f in facts if sum(g.clause == f.clause for g in facts) >= 3}
    facts = [replace(f, context=f.context[-6:]) if f.clause in listed else f for f in facts]
    if cons.superlative and len(facts) > 1:
        return []  # "the largest number": the lead line cannot vouch for a ranking
    if cons.years:
        dated = [f for f in facts if f.year in cons.years]
        facts = dated or facts
    if len(facts) <= 1:
        return facts
    if several and cons.years and len({f.year for f in facts}) == len(facts) == len(cons.years):
        return facts  # one for each year asked
    found = [{t for t in terms if t in f.context} for f in facts]
    shared = set.intersection(*found)
    scores = [sum(terms[t] for t in ts - shared) for ts in found]
    best = max(scores)
    if best <= 0:
        return []
    top = [f for f, sc in zip(facts, scores, strict=True) if sc >= 0.8 * best]
    return top if len(top) == 1 or several else []


def lead_line(
    question: str,
    chosen: list[Sentence],
    cons: Constraints,
    wq: WeightedQuery,
    idf: Callable[[str], float] = lambda t: 1.0,
) -> str | None:
    """The lead line for an English question over the Chinese ``chosen`` sentences (cited as
    [1], [2]… in order), or None."""
    kind = asked_kind(question, cons)
    if kind is None:
        return None
    facts = _facts(kind, question, chosen)
    terms = {t: w * idf(t) for t, w in wq.terms.items() if CJK.search(t) or t.isdigit()}
    picked = _pick(facts, question, cons, terms)
    if not picked:
        return None
    parts = [f.english if f.english == f.zh else f"{f.english} ({f.zh})" for f in picked]
    marks = "".join(f"[{n}]" for n in sorted({f.n for f in picked}))
    return f"Answer: {'; '.join(parts)} {marks}"


__all__ = ["Fact", "asked_kind", "english_name", "lead_line"]
