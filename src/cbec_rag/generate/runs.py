"""Enumerations offered whole: a run of numbered items as one more answer candidate.

A list's items are often sentences of their own ("一是……。二是……。三是……。", "First, … Second, …",
"（一）…" lines), and none of them shares the question's words ("what problems did the pilot
meet?"), so no single sentence answers a question for several things. :func:`runs` finds each
run of items that count on one after another in one passage (with the sentence that announces
them when it ends in a colon, and at most two unnumbered sentences inside an item), and
:func:`run_candidate` makes it one candidate whose sentence holds its parts: the fitted selector
scores it beside the sentences (its features say it is a run), and an answer that chooses it cites
each part apart. Whether a run is a good answer is the model's to learn (its fit labels a run
positive only when it holds an answer that none of its items holds alone).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .base import Sentence
from .relations import Candidate

_CN = "一二三四五六七八九十"
_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# (family, pattern); group 1 is the item's number in the family's own numerals
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shi", re.compile(rf"([{_CN}])是")),
    ("qi", re.compile(rf"其([{_CN}])[，,、：:是]")),
    ("di", re.compile(rf"第([{_CN}])[，,、：:是]")),
    ("paren_cn", re.compile(rf"[（(]([{_CN}])[)）]")),
    ("paren_num", re.compile(r"[（(](\d{1,2})[)）]")),
    ("num", re.compile(r"(\d{1,2})[.、)）](?![\d.])")),
    ("circled", re.compile(rf"([{_CIRCLED}])")),
    ("en", re.compile(r"(" + "|".join(_EN) + r")(?:ly)?[,:]", re.I)),
    ("order", re.compile(r"(首先|其次|再次)[，,]")),
)
_LAST = re.compile(r"(?:最后|finally|lastly)[，,:]", re.I)
_BULLET = re.compile(r"[-*•·]\s")
_ANNOUNCES = re.compile(r"[:：]\s*$")
MAX_ITEMS = 10
MAX_CHARS = 1500
_CJK_LAST = re.compile(r"[\u4e00-\u9fff：，。；、“”（）]$")
_CJK_FIRST = re.compile(r"^[\u4e00-\u9fff“（]")


def _number(family: str, token: str) -> int:
    if family in ("shi", "qi", "di", "paren_cn"):
        return _CN.index(token) + 1
    if family == "circled":
        return _CIRCLED.index(token) + 1
    if family == "en":
        return _EN.index(token.lower()) + 1
    if family == "order":
        return ("首先", "其次", "再次").index(token) + 1
    return int(token)


@dataclass(frozen=True)
class Item:
    family: str
    n: int  # 0: "finally" or a bullet (any place in the run)


def item_of(text: str) -> Item | None:
    """The list-item marker ``text`` starts with, or that follows its colon ("存在以下问题：一是…")."""
    at = [0]
    colon = re.search(r"[:：]\s*", text)
    if colon:
        at.append(colon.end())
    for pos in at:
        head = text[pos : pos + 24]
        if _LAST.match(head):
            return Item("last", 0)
        if _BULLET.match(head):
            return Item("bullet", 0)
        for family, pattern in _MARKERS:
            m = pattern.match(head)
            if m:
                return Item(family, _number(family, m.group(1)))
    return None


def _follows(item: Item, family: str, last: int) -> bool:
    if item.family == "last":
        return last >= 2
    if item.family == "bullet":
        return family == "bullet"
    return item.family == family and item.n == last + 1


def runs(sents: list[Sentence]) -> list[list[int]]:
    """The runs among ``sents`` (in passage order): lists of their indices, the announcing
    sentence first when there is one, then the items and the sentences inside them."""
    out: list[list[int]] = []
    items = [item_of(s.text) for s in sents]
    i = 0
    while i < len(sents):
        it = items[i]
        if it is None or not (it.n == 1 or it.family == "bullet"):
            i += 1
            continue
        family, last, run, gap = it.family, it.n, [i], 0
        j = i + 1
        while j < len(sents) and sents[j].hit_index == sents[i].hit_index and len(run) - gap < MAX_ITEMS:
            nxt = items[j]
            if nxt is not None and _follows(nxt, family, last):
                run.append(j)
                last, gap = (last + 1 if nxt.n else last), 0
                if nxt.family == "last":
                    break
            elif nxt is None and gap < 2:
                run.append(j)
                gap += 1
            else:
                break
            j += 1
        if gap:
            run = run[:-gap]  # ends with its last item
        n_items = sum(1 for k in run if items[k] is not None)
        if n_items >= 2:
            before = i - 1
            if (
                before >= 0
                and sents[before].hit_index == sents[i].hit_index
                and _ANNOUNCES.search(sents[before].text)
            ):
                run.insert(0, before)
            while len(run) > 2 and sum(len(sents[k].text) for k in run) > MAX_CHARS:
                run.pop()
            out.append(run)
            i = run[-1] + 1
        else:
            i += 1
    return out


def joined(texts: list[str]) -> str:
    """Sentences as one text: no space between Chinese ones, one space otherwise."""
    out = texts[0]
    for t in texts[1:]:
        out += ("" if _CJK_LAST.search(out) and _CJK_FIRST.search(t) else " ") + t
    return out


def run_candidate(parts: list[Candidate], terms: dict[str, float], total: float) -> Candidate:
    """One candidate of a run's ``parts``: their text joined, the question terms any of them
    covers, the best of their scores."""
    sents = [c.sent for c in parts]
    first, last = sents[0], sents[-1]
    covered = frozenset().union(*(c.covered for c in parts))
    lexical = math.fsum(terms[t] for t in sorted(covered) if t in terms) / (total or 1.0)
    sent = Sentence(
        first.hit_index,
        first.chunk,
        first.start,
        last.end,
        joined([s.text for s in sents]),
        before=first.before,
        year=first.year,
        paragraph=first.paragraph,
        parts=tuple(sents),
    )
    return Candidate(max(c.score for c in parts), lexical, sent, covered)


__all__ = ["MAX_CHARS", "MAX_ITEMS", "Item", "item_of", "joined", "run_candidate", "runs"]
