"""Names in questions and sentences: which words name a place, body or person, which local
names a document is about, and whether a sentence names a place the question does not."""

from __future__ import annotations

from functools import lru_cache

from ..crosslingual import (
    cedict_en_to_zh,
    cedict_is_name,
    cedict_zh_to_en,
    glossary_en_to_zh,
    glossary_zh_to_en,
)
from ..tokenize import precise_cached, tokenize
from .counted import dict_tags
from .patterns import (
    CJK,
    COUNTED_PLACES,
    CURRENCY_NAMES,
    EN_COMMON,
    EN_NAME,
    GENERIC_PLACES,
    NAME_TAGS,
    QWORD,
    SENTENCE_START,
)


@lru_cache(maxsize=65536)
def is_name(word: str) -> bool:
    """A place, person or organisation name, by jieba's dictionary tag or by CC-CEDICT
    knowing it only as a proper noun (合肥 He2 fei2, 欧盟 Ou1 meng2)."""
    if word in GENERIC_PLACES or word in CURRENCY_NAMES or COUNTED_PLACES.fullmatch(word):
        return False
    if cedict_is_name(word):
        return True
    tag = dict_tags().get(word)
    if tag is not None and tag.startswith("nr") and cedict_zh_to_en(word):
        return False  # jieba's person-name tag on a word CC-CEDICT knows as a common word (托运)
    return tag in NAME_TAGS


@lru_cache(maxsize=65536)
def is_plain_name(word: str) -> bool:
    """``is_name``, less jieba's place tag on a word CC-CEDICT knows only as a common word
    (海鲜 "seafood"): for reading a sentence's own places, where a false name misleads."""
    if not is_name(word):
        return False
    return cedict_is_name(word) or dict_tags().get(word) != "ns" or not cedict_zh_to_en(word)


def names_place(text: str, anchors: list[set[str]]) -> bool:
    """``text`` names a place, body or person other than the question's own names."""
    known = {a.lower() for alts in anchors for a in alts}
    if CJK.search(text):
        toks = precise_cached(text)
        if any(len(t) >= 2 and CJK.search(t) and t not in known and is_name(t) for t in toks):
            return True
    for m in EN_NAME.finditer(text):
        w = m.group(1)
        if w.lower() in known or w.lower() in EN_COMMON or (w.isupper() and not place_acronym(w)):
            continue
        # a capital that only opens the sentence is a name if the dictionary translates it to one
        if not SENTENCE_START.search(text[: m.start()]) or any(
            is_name(z) for z in cedict_en_to_zh(w.lower())
        ):
            return True
    return False


def title_subjects(titles: list[str]) -> frozenset[str]:
    """The word a title opens with when no dictionary knows it: the local name the document
    is about ("前海海关支持…措施": 前海), which jieba tags as a common word."""
    out = set()
    for title in titles:
        first = next((t for t in tokenize(title, mode="precise") if CJK.search(t)), "")
        if (
            len(first) >= 2
            and not QWORD.search(first)
            and not is_name(first)
            and not cedict_zh_to_en(first)
            and not glossary_zh_to_en(first)
        ):
            out.add(first)
    return frozenset(out)


def place_acronym(word: str) -> bool:
    """UK, EU, USA: an acronym the glossary translates to a place name."""
    return any(is_name(z) for z in glossary_en_to_zh(word.lower()))
