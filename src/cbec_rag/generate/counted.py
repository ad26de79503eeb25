"""What a "how many" question counts: the noun it names, in the forms a document may use.

"全国综试区共有多少个？" counts 综试区 (and 综合试验区); "How many comprehensive pilot zones…"
counts zones, written 综试区 or 综合试验区 in Chinese text. :mod:`.constraints` requires one
of the forms in or just before the answer sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from ..crosslingual import WeightedQuery, cedict_en_to_zh, glossary_en_to_zh
from ..tokenize import tokenize

_CJK = re.compile(r"[\u4e00-\u9fff]")
# "how many <noun phrase> <verb|preposition>": what is being counted
_EN_COUNTED = re.compile(
    r"\bhow many ((?:[a-z][a-z'-]*\s){0,5}?[a-z][a-z'-]*)"
    r"(?=\s(?:have|has|had|did|do|does|are|were|is|was|will|would|can|could|in|of|from|for|by|at|on|to|per|"
    r"with|under|during|ran|run|there)\b|\s?[?,.;]|\s?$)",
    re.I,
)
# words after "how many" that are no counted thing: "how many are there", "how many times"
_EN_NOT_COUNTED = frozenset(
    "are were is was have has had did do does will would can could there of times more fewer less percent".split()
)
# 多少/几 + classifier + noun: 几个综试区, 多少家企业 (amount units are figures, not counted things);
# not 哪几个城市 (which cities: a list, not a count)
_ZH_COUNTED = re.compile(
    r"(?<!哪)(?:多少|几)\s?(?:个|家|项|座|条|所|名|位|种|批|类|架|艘|件|单|列|辆)([\u4e00-\u9fff]{1,16})"
)
# noun + (共/累计)有多少个: 全国综试区共有多少个
_ZH_COUNTED_AFTER = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)(?:共|一共|总共|累计|目前)?(?:有|达|为|是)?(?:多少|几)\s?"
    r"(?:个|家|项|座|条|所|名|位|种|批|类|架|艘|人|件|单|列|辆)\s?[？?]?$"
)
# noun + 总数/数量/人数 + 有多少: 网民总数有多少
_ZH_COUNTED_TOTAL = re.compile(
    r"([\u4e00-\u9fff]{2,16}?)的?(?:总数|数量|人数|个数|总量)(?:有|是|为|达|共)?(?:多少|几)"
)
# "从韩国进口的化妆品有多少": the goods the amount is of (not 出口额, 规模: those name a measure)
_ZH_AMOUNT_OF = re.compile(
    r"的([\u4e00-\u9fff]{2,8}?)(?:一共|总共|大概|大约)?(?:有|是|为|达)?多少(?=[？?，,。]|$)"
)
_MEASURE_SUFFIX = re.compile(
    r"(?:额|量|率|值|数|规模|比重|比例|占比|速|幅|价|费|税|资金|收入|面积|时间|时效|门槛|标准|水平|程度"
    r"|补贴|补助|奖励|租金|利润|成本|投资|投入|营收|目标|要求|任务|情况|内容|期限|条件|结果|指标|名额)$"
)
_GENERIC_GOODS = frozenset("商品 货物 产品 东西 物品 货品 进口商品 出口商品".split())
# nouns that measure rather than name what is counted (第几名, 几个位次, 几个百分点)
_MEASURE_NOUNS = frozenset("位次 名次 排名 百分点 批次 年度 月份 倍数".split())
_ZH_STOP = re.compile(r"[了是在和与及或吗呢呀啊？?，,。、]")


def normalise_question(question: str) -> str:
    """NFKC (full-width digits are digits) with whitespace runs collapsed (keeps patterns linear)."""
    return " ".join(unicodedata.normalize("NFKC", question).split())


def dict_tags() -> dict[str, str]:
    import jieba.posseg as pseg

    return pseg.dt.word_tag_tab


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and re.search(r"(?:ss|x|ch|sh)es$", word):
        return word[:-2]  # businesses, boxes, branches
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def counted_forms(question: str, wq: WeightedQuery, known: Container[str] | None = None) -> set[str]:
    """Surface forms of what a "how many"/"几个" question counts (empty: no count question,
    or nothing the rule can name).

    English: the head noun after "how many" (singular) and the Chinese translations of the
    longest final part of its noun phrase that has any ("comprehensive pilot zones" ->
    综试区, 综合试验区); Chinese: the last noun after the classifier (多少家…的卖家 -> 卖家)
    or before it (综试区共有多少个 -> 综试区).
    """
    question = normalise_question(question)
    if wq.lang == "en":
        m = _EN_COUNTED.search(question)
        if not m:
            return set()
        words = [w for w in m.group(1).lower().split() if w not in _EN_NOT_COUNTED]
        if not words or m.group(1).lower().split()[0] in _EN_NOT_COUNTED:
            return set()
        forms = {_singular(words[-1])}
        for k in range(min(3, len(words)), 0, -1):
            phrase = " ".join(words[-k:])
            zh = {t for t in glossary_en_to_zh(phrase) + cedict_en_to_zh(phrase) if len(t) >= 2}
            if zh:
                return forms | zh
        return forms
    m = _ZH_COUNTED.search(question)
    phrase = _ZH_STOP.split(m.group(1))[0].split("的")[-1] if m else ""
    for pattern in (_ZH_COUNTED_AFTER, _ZH_COUNTED_TOTAL):
        if not phrase:
            m = pattern.search(question)
            phrase = _ZH_STOP.split(m.group(1))[-1].split("的")[-1] if m else ""
    if not phrase and (m := _ZH_AMOUNT_OF.search(question)) is not None:
        phrase = m.group(1) if not _MEASURE_SUFFIX.search(m.group(1)) else ""
        # "进口的商品有多少" asks for the trade; "的百分之多少" for a share
        phrase = "" if phrase in _GENERIC_GOODS or phrase.startswith("百分") else phrase
    noun = _last_noun(phrase)
    if not noun or noun in _MEASURE_NOUNS or _MEASURE_SUFFIX.search(noun):
        return set()
    forms = {noun}
    # a compound is often written out in full elsewhere (跨境电商产业园 / 跨境电子商务产业园):
    # its last dictionary sub-word (产业园) names the same thing
    tails = [w for w in tokenize(noun, mode="search") if len(w) >= 2 and w != noun and noun.endswith(w)]
    if tails:
        forms.add(max(tails, key=len))
    return forms


def _last_noun(phrase: str) -> str:
    """The last word of ``phrase`` that is not a verb, adjective, adverb, numeral or measure
    word (by jieba's dictionary tag, or its HMM tag for words the dictionary lacks)."""
    import jieba.posseg as pseg

    tags = dict_tags()
    for w in reversed([w for w in tokenize(phrase, mode="precise") if len(w) >= 2 and _CJK.search(w)]):
        tag = tags.get(w) or pseg.lcut(w)[-1].flag
        if not tag.startswith(("v", "a", "d", "m", "q")):
            return w
    return ""
