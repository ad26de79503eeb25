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
from collections.abc import Callable
from dataclasses import dataclass

from .base import Sentence, joined
from .relations import Candidate

_CN = "一二三四五六七八九十"
_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# (family, pattern); group 1 is the item's number in the family's own numerals
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shi", re.compile(rf"([{_CN}])是")),
    # ("第一、二季度": two quarters named, not an item)
    ("qi", re.compile(rf"其([{_CN}])(?:[，,：:是]|、(?![{_CN}]))")),
    ("di", re.compile(rf"第([{_CN}])(?:[，,：:是]|、(?![{_CN}]))")),
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


def _marker(text: str) -> tuple[Item, int] | None:
    """The list-item marker ``text`` starts with, or that follows its colon, and where it ends."""
    at = [0]
    colon = re.search(r"(?<!\d)[:：](?!\d)\s*", text)  # (not "10:1")
    if colon:
        at.append(colon.end())
    for pos in at:
        head = text[pos : pos + 24]
        for family, pattern in (("last", _LAST), ("bullet", _BULLET)):
            m = pattern.match(head)
            if m:
                return Item(family, 0), pos + m.end()
        for family, pattern in _MARKERS:
            m = pattern.match(head)
            if m:
                return Item(family, _number(family, m.group(1))), pos + m.end()
    return None


def item_of(text: str) -> Item | None:
    """The list-item marker ``text`` starts with, or that follows its colon ("存在以下问题：一是…")."""
    found = _marker(text)
    return found[0] if found else None


def _follows(item: Item, family: str, last: int) -> bool:
    if item.family == "last":
        return last >= 2
    if item.family == "bullet":
        return family == "bullet"
    return item.family == family and item.n == last + 1


@dataclass
class _Unit:
    """A sentence, or a bare marker ("1.", split off its line) with the sentence after it."""

    idx: list[int]
    item: Item | None
    hit: int
    chars: int


def _units(sents: list[Sentence], adjacent: Callable[[Sentence, Sentence], bool]) -> list[_Unit]:
    out: list[_Unit] = []
    i = 0
    while i < len(sents):
        s = sents[i]
        found = _marker(s.text)
        bare = found is not None and not s.text[found[1] :].strip(" .、)）")
        nxt = sents[i + 1] if i + 1 < len(sents) else None
        if (
            bare
            and nxt is not None
            and nxt.hit_index == s.hit_index
            and item_of(nxt.text) is None
            and adjacent(s, nxt)
        ):
            out.append(_Unit([i, i + 1], found[0], s.hit_index, len(s.text) + len(nxt.text)))  # type: ignore[index]
            i += 2
            continue
        # (a bare marker whose sentence is not the next candidate says nothing: no item)
        item = found[0] if found and not bare else None
        out.append(_Unit([i], item, s.hit_index, len(s.text)))
        i += 1
    return out


def runs(
    sents: list[Sentence], adjacent: Callable[[Sentence, Sentence], bool] = lambda a, b: True
) -> list[list[list[int]]]:
    """The runs among ``sents`` (in passage order). Each is a list of its parts in order (the
    announcing sentence when there is one, then the items and the sentences inside them), each
    part a list of indices into ``sents``: one sentence, or a bare marker and its sentence when
    ``adjacent`` says nothing lies between them in the document (a caption or heading left out of
    the candidates must not be cited inside an item)."""
    units = _units(sents, adjacent)
    out: list[list[list[int]]] = []
    u = 0
    while u < len(units):
        it = units[u].item
        if it is None or not (it.n == 1 or it.family == "bullet"):
            u += 1
            continue
        family, last, run, n_items = it.family, it.n, [u], 1
        gap = 0
        v = u + 1
        while v < len(units) and units[v].hit == units[u].hit and n_items < MAX_ITEMS:
            nxt = units[v].item
            if nxt is not None and _follows(nxt, family, last):
                run.append(v)
                last, gap, n_items = (last + 1 if nxt.n else last), 0, n_items + 1
                if nxt.family == "last":
                    break
            elif nxt is None and gap < 2:
                run.append(v)
                gap += 1
            else:
                break
            v += 1
        del run[len(run) - gap :]  # ends with its last item
        while sum(units[k].chars for k in run) > MAX_CHARS and len(run) > 1:
            run.pop()
            while units[run[-1]].item is None:
                run.pop()  # (again ends with an item; one item left is no run)
        if sum(1 for k in run if units[k].item is not None) < 2:
            u += 1
            continue
        before = units[u - 1] if u > 0 else None
        parts = [units[k].idx for k in run]
        if (
            before is not None
            and before.hit == units[u].hit
            and before.item is None
            and _ANNOUNCES.search(sents[before.idx[-1]].text)
        ):
            parts.insert(0, before.idx)
        out.append(parts)
        u = run[-1] + 1
    return out


def _spanning(cands: list[Candidate], lexical: float, parts: tuple[Sentence, ...] = ()) -> Candidate:
    """One candidate from the first of ``cands`` to the last (one passage, in order): their text
    joined, the question terms any of them covers and ``lexical``."""
    a, b = cands[0].sent, cands[-1].sent
    sent = Sentence(
        a.hit_index,
        a.chunk,
        a.start,
        b.end,
        joined([c.sent.text for c in cands]),
        before=a.before,
        year=a.year,
        paragraph=a.paragraph,
        parts=parts,
    )
    covered = frozenset().union(*(c.covered for c in cands))
    return Candidate(lexical, sent, covered)


def merged(cands: list[Candidate]) -> Candidate:
    """One candidate of adjacent sentences of one passage (a bare "1." and its sentence): one
    source span, cited once."""
    if len(cands) == 1:
        return cands[0]
    return _spanning(cands, max(c.lexical for c in cands))


def run_candidate(parts: list[Candidate], terms: dict[str, float], total: float) -> Candidate:
    """One candidate of a run's ``parts``, each cited apart when it is chosen; its lexical cover
    is that of the question terms any part covers."""
    covered = frozenset().union(*(c.covered for c in parts))
    lexical = math.fsum(terms[t] for t in sorted(covered) if t in terms) / (total or 1.0)
    return _spanning(parts, lexical, tuple(c.sent for c in parts))


__all__ = ["MAX_CHARS", "MAX_ITEMS", "Item", "item_of", "joined", "merged", "run_candidate", "runs"]
