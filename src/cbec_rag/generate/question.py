"""What a question asks: its parts, the constraints an answer must meet, the kinds of
quantity it names, and how much of it the corpus knows at all.

Everything here is generic (no corpus-specific names): years by pattern, anchors by
corpus rarity (IDF), figure kinds by unit and question words; :mod:`.constraints` checks
sentences against the result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from ..crosslingual import (
    WeightedQuery,
    cedict_zh_to_en,
    glossary_en_to_zh,
    glossary_zh_to_en,
)
from ..tokenize import tokenize
from .constraints import LEVEL_FILLER, Constraints, char_pairs, ungroup
from .counted import counted_forms, normalise_question
from .names import is_name, place_acronym
from .patterns import (
    ACHIEVED_Q,
    ADMIN_NAME,
    ADMIN_SUFFIXES,
    AMOUNT_ASK,
    CAUSE_ASK,
    CHARGE_Q,
    CJK,
    COLLOQUIAL,
    COORD,
    COORD_EN,
    COUNT_Q,
    CURRENCY_Q,
    DATE_ASK,
    EN_COMMON,
    EN_EXPORTS,
    EN_IMPORTS,
    FULL_YEAR,
    GROWTH_OF,
    GROWTH_Q,
    LEVEL_OF,
    MEASURED,
    MONEY_NOUN,
    MONEY_Q,
    MULTI_EN,
    MULTI_ZH,
    NAME_ASK,
    NUMBER,
    PART_SPLIT,
    PCT_Q,
    PENALTY_Q,
    PER_UNIT_Q,
    PLACE_ASK,
    QWORD,
    RATE_NOUN,
    SHARE_Q,
    SIZE_Q,
    SUPERLATIVE_Q,
    THRESHOLD_Q,
    TRADE_DONE,
    UNIT_EN,
    UNIT_FORMS,
    UNIT_Q,
    YEAR,
    YEAR_SPAN,
)

_EN_MAGNITUDE = re.compile(r"^\s*(million|billion|trillion)\b", re.I)
_TO_WAN = {"million": (100, "万"), "billion": (10, "亿"), "trillion": (1, "万亿")}


def _with_magnitude(number: str, after: str) -> str:
    """A stated figure; for "10 million" also the Chinese way of writing it: "10million|1000万"."""
    m = _EN_MAGNITUDE.match(after)
    if m is None or not re.fullmatch(r"\d+(?:\.\d+)?", number):
        return number
    factor, unit = _TO_WAN[m.group(1).lower()]
    value = float(number) * factor
    zh = f"{value:.4f}".rstrip("0").rstrip(".") + unit
    return f"{number}{m.group(1).lower()}|{zh}"


def question_parts(question: str, lang: str) -> list[str]:
    """The questions a question holds: "…有哪些？…是多少？" and "in which year… and what…" are two."""
    multi = MULTI_EN if lang == "en" else MULTI_ZH
    if not multi.search(question):
        return [question]
    return [p for p in PART_SPLIT.split(question) if p.strip()]


def question_constraints(
    question: str,
    wq: WeightedQuery,
    idf: Callable[[str], float],
    *,
    anchor_idf: float,
    known: Container[str] | None = None,
    subjects: Container[str] = frozenset(),
) -> Constraints:
    """Constraints of a question: its years, its rare named terms, the figure kind it asks for.

    ``subjects``: words that name one document's subject in its title and that no dictionary
    knows (前海, 横琴): names too, although jieba tags them as common words.

    ``anchor_idf``: a name at least this rare in the corpus (by IDF) is an anchor the answer
    must mention (calibrated on the gold set's answerable/unanswerable split). Names absent
    from the corpus vocabulary (``known``) are anchors too: nothing can answer for them.
    """
    question = normalise_question(question)
    coord = COORD if wq.lang == "zh" else COORD_EN
    years = set(YEAR.findall(question))
    span = False
    for m in YEAR_SPAN.finditer(question):
        a, b = (int(g) for g in m.groups() if g)
        if 0 < b - a <= 30:
            years |= {str(y) for y in range(a, b + 1)}
            span = True
    parts = question_parts(question, wq.lang)
    c = Constraints(years=years, comparison=bool(coord.search(question)), multipart=span or len(parts) > 1)
    c.questions = len(parts)
    if (pm := PLACE_ASK.search(question)) is not None:
        c.place = True
        # "哪个区（市）", "哪些区县": any of the kinds named together
        more = re.match(r"[（(]([区县市])[）)]|[、]?([区县市])(?![场区])", question[pm.end() :])
        kinds = (pm.group(1) or "") + ("".join(g for g in more.groups() if g) if more else "")
        if (pm.group(1) or "") in ("区", "县"):
            c.place_kind = "".join(k for k in dict.fromkeys(kinds) if k in ADMIN_NAME)
    c.cause = bool(CAUSE_ASK.search(question)) and not AMOUNT_ASK.search(question)
    c.counted = counted_forms(question, wq, known)
    # a figure the question states is a condition the answer must share ("首次突破10亿元",
    # "the 9610 mode", "5,000 square metres"); years are handled above
    plain = ungroup(question)
    c.numbers = {
        _with_magnitude(re.sub(r"\s", "", n).replace("％", "%"), plain[m.end() :])
        for m in NUMBER.finditer(plain)
        if not YEAR.fullmatch(n := m.group()) and len(re.sub(r"\D", "", n)) >= 2
    }
    asks_date = DATE_ASK.search(question) and not AMOUNT_ASK.search(question) and len(parts) == 1
    if asks_date:
        c.figure = "date"  # "哪几年增长率下降": the rate is a condition, the answer is a date
    elif c.cause and len(parts) == 1:
        pass  # "增速回落的原因": the rate is what is explained, the answer is a cause
    elif PENALTY_Q.search(question) and not re.search(r"多少\s*[个家项次件]|how many", question, re.I):
        c.figure = "charge"  # "罚款多少", "what fine does X impose": an amount or a share of the tax
    elif MONEY_Q.search(question):
        c.figure = "money"
        c.currency = next((k for k, pat in CURRENCY_Q.items() if pat.search(question)), None)
    elif PCT_Q.search(question):
        c.figure = "percent"
    elif (m := COUNT_Q.search(question)) is not None:
        c.figure = "count"
        c.measure_word = m.group(1) or m.group(2) or ""
    elif SIZE_Q.search(question) or UNIT_Q.search(question):
        c.figure = "measure"
    elif (fee := CHARGE_Q.search(question)) is not None and fee.group(1).lower() in (
        "fee",
        "charge",
        "price",
        "cost",
    ):
        c.figure = "money"  # "what handling fee do carriers add"
    elif TRADE_DONE.search(question):
        c.figure = "money"
    elif (THRESHOLD_Q.search(question) and AMOUNT_ASK.search(question)) or (
        fee is not None and fee.group(1).lower() in ("threshold", "ceiling")
    ):
        c.figure = "money"  # a threshold is an amount: "There is no registration threshold for…" gives none
    if (u := UNIT_Q.search(question)) is not None:
        asked = (u.group(1) or u.group(2)).lower()
        c.unit = asked if asked in UNIT_FORMS else next(v for k, v in UNIT_EN.items() if asked.startswith(k))
    c.levels = {lv for lv, _ in LEVEL_OF.findall(question)}
    c.levelled = {g for _, what in LEVEL_OF.findall(question) for g in char_pairs(what)} - LEVEL_FILLER
    c.superlative = bool(SUPERLATIVE_Q.search(question))
    if wq.lang == "en" and (ch := CHARGE_Q.search(question)) is not None:
        c.charged = ch.group(1).lower()
    if (pu := PER_UNIT_Q.search(question)) is not None and c.figure in ("money", "measure", None):
        c.per_unit = (pu.group(1) or pu.group(2)).lower()
    c.achieved = bool(ACHIEVED_Q.search(question))
    c.quoted = bool(NAME_ASK.search(question))
    if c.figure == "percent":
        growth, share = GROWTH_Q.search(question), SHARE_Q.search(question)
        c.rate = "growth" if growth and not share else "share" if share and not growth else ""
    c.full_year = bool(FULL_YEAR.search(re.sub(r"\s+", "", question).lower()))
    m = MEASURED.search(question)
    if m and m.group(1) not in ("金", "总", "数") and c.figure == "money":
        c.measured = m.group(1)  # "进出口236.7亿元" often drops the 额
    elif (mn := MONEY_NOUN.search(question)) is not None and c.figure == "money":
        c.measured = mn.group(1)
    elif (td := TRADE_DONE.search(question)) is not None and c.figure == "money":
        c.measured = td.group(1)
    elif (rn := RATE_NOUN.search(question)) is not None and c.figure == "percent":
        c.measured = rn.group(1)  # 利润率: a growth rate next to an export total does not answer
    elif (gm := GROWTH_OF.search(question)) is not None and c.figure == "percent":
        c.measured = gm.group(1)  # "出口同比增长了多少" is not answered by the growth of 进出口
    elif wq.lang == "en" and c.figure == "money":
        # "what were the exports worth" asks for 出口 in a Chinese sentence, not 进出口
        ex, im = EN_EXPORTS.search(question), EN_IMPORTS.search(question)
        c.measured = "进出口" if ex and im else "出口" if ex else "进口" if im else ""
    if wq.lang == "zh":
        names = [
            tok
            for tok in dict.fromkeys(wq.original)
            if len(tok) >= 2
            and CJK.search(tok)
            and not QWORD.search(tok)
            and (is_name(tok) or tok in subjects)
            and (idf(tok) >= anchor_idf or (known is not None and tok not in known))
        ]
        # a name's pieces (澳大利, 利亚 of 澳大利亚; 印度 of 印度尼西亚) are no names of their own;
        # the name without its administrative suffix (河北 of 河北省) is another way to write it
        whole = {n: {n} for n in names if not any(n != m and n in m for m in names)}
        for n in names:
            for m in whole:
                if m[: len(n)] == n and m[len(n) :] in ADMIN_SUFFIXES:
                    whole[m].add(n)
        for alts in whole.values():
            # in English text the name is written in English (欧盟 -> european union, eu)
            c.anchors.append(
                {*alts, *(e for a in alts for e in (*cedict_zh_to_en(a), *glossary_zh_to_en(a)))}
            )
    else:
        # English: a capitalised word inside the question is a name; its bridge terms stand for it
        # (a pinyin name keeps its apostrophe: "Yixin'ou"; a possessive does not: "Ezhou's")
        words = re.findall(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-z]{2,}(?:'(?!s\b)[a-z]+)?)(?:'s)?\b", question)
        # an acronym the glossary knows as a place (UK, EU) is a name too; others (VAT, GDP,
        # B2B) are ordinary words whose long form a document may use instead
        words += [a for a in re.findall(r"\b([A-Z]{2,5})(?:'?s)?\b", question) if place_acronym(a)]
        for w in dict.fromkeys(words):
            lw = w.lower()
            # a word of a translated multi-word name ("State Council", "Silk Road") stands
            # for that name's translation
            bridged = [t for key, ts in wq.expansions.items() if lw in key.split() for t in ts]
            alts = {lw, *[t for t in wq.expansions.get(lw, []) + bridged if CJK.search(t)]}
            if w.isupper():  # UK: also "United Kingdom", "Britain"
                alts |= {e for z in glossary_en_to_zh(lw) for e in glossary_zh_to_en(z)}
            zh = [t for t in alts if CJK.search(t)]
            if zh and max(idf(t) for t in zh) >= anchor_idf:
                c.anchors.append(alts)
            elif not zh and known is not None and w.lower() not in known and w.lower() not in EN_COMMON:
                c.anchors.append(alts)  # a name the corpus never mentions in any language
    return c


def known_share(wq: WeightedQuery, idf: Callable[[str], float], known: Container[str]) -> float:
    """IDF-weighted share of the question's search terms that occur in the corpus at all.
    A question mostly about things the corpus never mentions is off-topic."""
    # question words (何时, 多少) and one-character particles the index dropped say nothing
    # about the topic
    # a word the corpus writes only in the other language counts through its translation
    bridged = {t for src, toks in wq.expansions.items() if toks for t in tokenize(src)}
    weights = {
        t: w * idf(t)
        for t, w in wq.terms.items()
        if t in known or not (QWORD.search(t) or t in COLLOQUIAL or (len(t) == 1 and CJK.search(t)))
    }
    total = sum(weights.values())
    return sum(v for t, v in weights.items() if t in known or t in bridged) / total if total else 0.0
