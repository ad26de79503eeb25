"""How a candidate sentence stands to the question and to the sentences around it: the
places it names, a table cell left blank, a list, a cause, a line that shares only the
question's names.

The candidates' constraint checks and the fitted selector's features read these; each is a
small predicate on one sentence (and its neighbours), generic over corpora.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..crosslingual import cedict_en_to_zh, glossary_en_to_zh
from ..tokenize import precise_cached
from .base import Sentence
from .constraints import Constraints, mentions
from .counted import dict_tags
from .names import is_plain_name, place_acronym
from .patterns import BREAKS_DOWN, CJK, EN_COMMON, EN_NAME

ENUMERATION = re.compile(
    r"一是.{1,200}二是|[（(]1[)）].{1,200}[（(]2[)）]|[①].{1,200}[②]|第一.{1,200}第二"
    r"|\b\w+(?: \w+)?, \w+(?: \w+)?, (?:and |or )?\w+",  # "A, B, and C" (not "In 2024, X rose and Y fell")
    re.S,
)

# a sentence that gives a cause (what a why-question asks for)
HAS_CAUSE = re.compile(
    r"原因|由于|因为|受到?\S{0,12}?影响|得益于|源于|导致|归因于|\bbecause\b|\bdue to\b|\bowing to\b|\bdriven by\b",
    re.I,
)
EN_PARTNERS = re.compile(r"\b(?:from|to|into|via|with|by)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
NATIONALITY = re.compile(r"(?:ese|ish|ian|ean|can|ch)$")  # Chinese, British, Indian, Korean, Mexican, French
PARTNERS = re.compile(
    r"(?<![来针面相各绝独亲])(?:对|向|自|从|往|赴|至)(?:[^，。；、\d]{2,8}[、和及])*[^，。；、\d]{2,8}"
)


@dataclass(frozen=True)
class Candidate:
    """A sentence with its lexical coverage and the question terms it covers."""

    lexical: float
    sent: Sentence
    covered: frozenset[str]


def names_other_place(text: str, cons: Constraints) -> bool:
    """The sentence names a place or body, none of them the one the question asks about."""
    low = text.lower()
    spaced = " ".join(low.split())
    # an English name as whole words: "us" is not in "us$18.70"
    if any(mentions(a, low, spaced) for alts in cons.anchors for a in alts):
        return False
    if not CJK.search(text):
        # "The UK has not indicated…", "…under the Korea-US FTA": an English sentence names a
        # place by a word the dictionaries translate to a place name; "from China", "to Japan"
        # name trade partners, "Chinese platforms" a nationality
        own = EN_PARTNERS.sub(" ", text)
        return any(english_place(m.group(1)) for m in EN_NAME.finditer(own))
    # "对日本、韩国出口…", "自东盟进口…": trade partners, not the place the figure is for
    own = PARTNERS.sub("", text)
    return any(len(t) >= 2 and CJK.search(t) and is_plain_name(t) for t in precise_cached(own))


RATE_COLUMN = {
    "growth": re.compile(r"增长|增速|增幅|growth|change", re.I),
    "share": re.compile(r"占|比重|share", re.I),
}


def blank_in_column(header: str, row: str, column: re.Pattern[str]) -> bool:
    """The row's cells under the columns whose names match ``column`` hold no figure ("—", "/")."""
    heads, cells = header.split("\t"), row.split("\t")
    if len(heads) != len(cells):
        return False
    # the first column labels the rows ("指标（2023年）"): it is no column of figures
    asked = [c for h, c in zip(heads[1:], cells[1:], strict=True) if column.search(h)]
    return bool(asked) and not any(re.search(r"\d", c) for c in asked)


def blank_in_years(header: str, row: str, years: set[str]) -> bool:
    """The row's cells under the columns of the years asked hold no figure."""
    return bool(years) and blank_in_column(header, row, re.compile("|".join(sorted(years))))


@lru_cache(maxsize=4096)
def english_place(word: str) -> bool:
    """A capitalised word or acronym naming a place (UK, Japan; not VAT, Amazon or Customs)."""
    low = word.lower()
    if low in EN_COMMON or NATIONALITY.search(low):
        return False
    if word.isupper():
        return place_acronym(word)
    first = next(iter((*glossary_en_to_zh(low), *cedict_en_to_zh(low))), "")  # its main sense
    return dict_tags().get(first) == "ns"  # a place ("Amazon" names a company, "Customs" a body)


def enumerates(text: str) -> bool:
    """The sentence lists several things: "A、B、C", "一是…二是…", "(1)…(2)…", "A, B and C"."""
    return bool(ENUMERATION.search(text)) or text.count("、") >= 2 or text.count("；") >= 2


def topic_words(covered: frozenset[str], cons: Constraints) -> set[str]:
    """The question terms a sentence covers other than the names the question is about."""
    names = {a.lower() for alts in cons.anchors for a in alts}
    return {t for t in covered if t.lower() not in names}


def names_only(cand: Candidate, cons: Constraints) -> bool:
    """Of the question's terms, the sentence shares only names ("南京\t无锡\t常州"); a
    breakdown ("其中，…") shares the words of the sentence it breaks down."""
    if not cons.anchors or topic_words(cand.covered, cons):
        return False
    return not (cand.sent.before and BREAKS_DOWN.match(cand.sent.text))
