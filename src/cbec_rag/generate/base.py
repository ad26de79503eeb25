"""The answer-generator interface and the pieces every generator shares.

A generator has one abstract method, :meth:`Generator.generate` (question + ranked
hits -> :class:`Answer`). Shared helpers find the sentences of a passage with their
exact source offsets, build checkable citations, say "the documents do not say" in
the question's language, and check that every figure in an answer appears in a
cited quote.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..clean import CleanDoc, clean_document
from ..sentences import split_sentences
from ..tokenize import detect_lang
from ..types import Answer, Chunk, Citation, Document, Hit
from .markers import strip_markers
from .numerals import find_figures
from .patterns import BASE_YEAR, YEAR

if TYPE_CHECKING:
    from ..retrieve import Retrieval

REFUSAL = {
    "zh": "所提供的文档中没有找到该问题的答案。",
    "en": "The documents do not answer this question.",
}


#: how much of a sentence's paragraph before it counts as its immediate context
BEFORE_CHARS = 120
#: how much of its paragraph before it still names what a sentence is about (the place, the plan)
PARAGRAPH_CHARS = 600
#: an enumeration ("一是…；二是…；三是…") longer than this stays split into its items
ENUM_CHARS = 360
_BREAKDOWN = re.compile(r"其中[，,：:]|among (?:them|which)|of which", re.I)
#: a list announced by a colon ("…目标如下：" then "1. …" lines) is one sentence up to this length
LIST_CHARS = 600
_LIST_ITEM = re.compile(
    r"^\s*(?:\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）]|[-*•·]\s|[（(][一二三四五六七八九十]+[)）]|[a-z][.)]\s)"
)
_CJK_LAST = re.compile(r"[\u4e00-\u9fff：，。；、“”（）]$")
_CJK_FIRST = re.compile(r"^[\u4e00-\u9fff“（]")
# the first item of an enumeration, and the items after it
_ENUM_FIRST = re.compile(
    r"一是|其一[，,、：:是]|第一[，,、：:是]|首先[，,]|(?:^|[:：]\s*)first(?:ly)?,", re.I
)
_ENUM_NEXT = re.compile(
    r"^(?:[二三四五六七八九十]是|其[二三四五六七八九十][，,、：:是]|第[二三四五六七八九十][，,、：:是]"
    r"|其次|再次[，,]|最后[，,]|second(?:ly)?,|third(?:ly)?,|finally,)",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    """One sentence of a retrieved passage, with its source span."""

    hit_index: int  # position of the passage in the hit list (0-based)
    chunk: Chunk
    start: int  # source offsets: quote = document.text[start:end]
    end: int
    text: str  # cleaned (whitespace-normalised) sentence
    before: str = ""  # the cleaned words just before it in its paragraph (at most BEFORE_CHARS)
    year: str = ""  # the last year named before it in its passage: what dates a yearless sentence
    paragraph: str = ""  # its paragraph before it (at most PARAGRAPH_CHARS), from before the passage too
    listing: bool = False  # a colon-announced list offered whole ("…目标如下：" + its numbered items)
    # a run of numbered items offered whole (:mod:`.runs`): the sentences it joins, each cited apart
    parts: tuple[Sentence, ...] = ()


class DocumentStore:
    """Documents by id, with their cleaned form cached (for sentence offsets), and the sentences of
    the last ``sentence_cache`` chunks asked for (an answer splits its passages again for every
    question that retrieves them: about 0.7 ms of an ask's CPU, eval/bench_ask_cpu.py)."""

    def __init__(
        self, documents: dict[str, Document], cache_size: int = 64, sentence_cache: int = 256
    ) -> None:
        self.documents = documents
        self._clean: OrderedDict[str, CleanDoc] = OrderedDict()
        self._cache_size = cache_size
        self._sents: OrderedDict[Chunk, list[Sentence]] = OrderedDict()
        self._sent_cache = sentence_cache
        self._lock = threading.Lock()
        self._clean_lock = threading.Lock()

    def cleaned(self, doc_id: str) -> CleanDoc:
        """The cleaned form of a document (cached; the service asks from several threads)."""
        with self._clean_lock:
            cd = self._clean.get(doc_id)
            if cd is not None:
                self._clean.move_to_end(doc_id)
                return cd
        cd = clean_document(self.documents[doc_id].text, fmt=self.documents[doc_id].fmt)
        with self._clean_lock:
            self._clean[doc_id] = cd
            while len(self._clean) > self._cache_size:
                self._clean.popitem(last=False)
        return cd

    def sentences(self, chunk: Chunk, hit_index: int = 0) -> list[Sentence]:
        """The sentences of a chunk (table rows count as sentences), in order."""
        with self._lock:
            cached = self._sents.get(chunk)
            if cached is not None:
                self._sents.move_to_end(chunk)
        if cached is None:
            cached = self._split(chunk, hit_index)
            if self._sent_cache > 0:
                with self._lock:
                    self._sents[chunk] = cached
                    while len(self._sents) > self._sent_cache:
                        self._sents.popitem(last=False)
        if cached and cached[0].hit_index != hit_index:
            return [replace(s, hit_index=hit_index) for s in cached]
        return list(cached)

    def _split(self, chunk: Chunk, hit_index: int) -> list[Sentence]:
        import numpy as np

        cd = self.cleaned(chunk.doc_id)
        ci = int(np.searchsorted(cd.offsets, chunk.start, side="left"))
        cj = int(np.searchsorted(cd.offsets, chunk.end, side="left"))
        out: list[Sentence] = []
        pos = ci
        # a bulletin's title may be its only date ("某市2024年跨境电商统计公报")
        titled = set(YEAR.findall(chunk.title))
        year = titled.pop() if len(titled) == 1 else ""
        # a passage may start inside a paragraph: its first line's paragraph began earlier
        head = cd.text[max(cd.text.rfind("\n", 0, ci) + 1, ci - PARAGRAPH_CHARS) : ci]
        if chunk.kind == "table" and ci > 0 and cd.text[ci - 1] == "\n" and _caption_before(cd.text, ci):
            # a table is its own passage: the line before it ("表1 2023年…情况") is its caption
            caption = cd.text[max(cd.text.rfind("\n", 0, ci - 1) + 1, ci - 1 - PARAGRAPH_CHARS) : ci - 1]
            head = caption + "\n"
            years = YEAR.findall(caption)
            year = years[-1] if years else year
        lines = cd.text[ci:cj].split("\n")
        for k, line in enumerate(lines):
            spans = [(0, len(line))] if "\t" in line else join_enumerations(line, split_sentences(line))
            for n, (i, j) in enumerate(spans):
                if j > i:
                    s, e = cd.src_span(pos + i, pos + j)
                    before = line[max(0, i - BEFORE_CHARS) : i].strip()
                    para = (head + line[max(0, i - PARAGRAPH_CHARS) : i])[-PARAGRAPH_CHARS:].strip()
                    text = line[i:j].strip()
                    if not text:
                        continue  # ("|||" leaves a row of empty cells)
                    out.append(Sentence(hit_index, chunk, s, e, text, before, year, para))
                    if n == len(spans) - 1 and "\t" not in line and text.endswith((":", "：")):
                        listed = _with_list(text, lines[k + 1 :])
                        if listed is not None:  # "…目标如下：" + "1. …" "2. …": the list is its answer
                            text2, extra = listed
                            s2, e2 = cd.src_span(pos + i, pos + len(line) + 1 + extra)
                            out.append(Sentence(hit_index, chunk, s2, e2, text2, before, year, para, True))
                    # the year a sentence is about, not the one it compares with ("up 31% on 2023")
                    years = YEAR.findall(BASE_YEAR.sub("", " ".join(text.split()).lower()))
                    year = years[-1] if years else year
            pos += len(line) + 1
            head = ""
        return out

    def citation(self, n: int, sentence: Sentence) -> Citation:
        """Citation ``n`` of ``sentence``: its exact source span, and its display form."""
        c = sentence.chunk
        quote = self.documents[c.doc_id].text[sentence.start : sentence.end]
        return Citation(
            n,
            c.chunk_id,
            c.doc_id,
            c.source,
            sentence.start,
            sentence.end,
            quote,
            display_text(sentence.text),
        )


def _caption_before(text: str, at: int) -> bool:
    """The line just before ``at`` is a table caption ("表1 …", "Table 2 …")."""
    from ..structure import is_caption

    line = text[text.rfind("\n", 0, at - 1) + 1 : at - 1]
    return is_caption(line.strip(" *_"))  # (a Markdown caption may be set in bold)


def joined(texts: list[str]) -> str:
    """Sentences or lines as one text: no space between Chinese ones, one space otherwise."""
    out = texts[0]
    for t in texts[1:]:
        out += ("" if _CJK_LAST.search(out) and _CJK_FIRST.search(t) else " ") + t
    return out


def _with_list(text: str, following: list[str]) -> tuple[str, int] | None:
    """A sentence ending in a colon followed by list-item lines: (the sentence with its items,
    length of the item lines in the cleaned text), or None. At most ``LIST_CHARS`` long."""
    if not text.endswith((":", "：")) or not following or not _LIST_ITEM.match(following[0]):
        return None
    parts, size = [text], 0
    for line in following:
        if not _LIST_ITEM.match(line) or "\t" in line or len(text) + size + len(line) > LIST_CHARS:
            break
        parts.append(line.strip())
        size += len(line) + 1
    if len(parts) < 2:
        return None
    return joined(parts), size - 1


def join_enumerations(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans of ``line`` with each enumeration made one span.

    "三大趋势：一是…；二是…；三是…。" is split at its semicolons, but its items answer one
    question together: the sentence naming the first item and the items that follow it
    become one span, unless that would pass ``ENUM_CHARS``. So does a breakdown ("其中，出口额…；
    进口额…。") up to the end of its sentence.
    """
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        i, j = spans[k]
        m = k + 1
        if _ENUM_FIRST.search(line[i:j]):
            while m < len(spans) and _ENUM_NEXT.match(line[spans[m][0] : spans[m][1]].lstrip()):
                m += 1
            if spans[m - 1][1] - i > ENUM_CHARS:
                m = k + 1
        elif _BREAKDOWN.match(line[i:j].lstrip()) and line[i:j].rstrip().endswith(("；", ";")):
            # "其中，出口额…；进口额…。": a breakdown runs on to the end of its sentence
            while m < len(spans) and line[spans[m - 1][0] : spans[m - 1][1]].rstrip().endswith(("；", ";")):
                m += 1
            if spans[m - 1][1] - i > ENUM_CHARS:
                m = k + 1
        out.append((i, spans[m - 1][1]))
        k = m
    return out


def display_text(text: str) -> str:
    """A cleaned sentence for reading: a document's own citation or footnote marks dropped
    (they would read as, or link to, the answer's citations), Markdown marks dropped, table
    cells separated by " | ", whitespace collapsed."""
    from .shapes import plain, row_text

    text = strip_markers(text)
    text = row_text(text) if "\t" in text else plain(text)
    return " ".join(text.split())


def refusal_text(question: str) -> str:
    return REFUSAL[detect_lang(question)]


def figures(text: str, *, words: bool = True, ones: bool = True) -> set[str]:
    """Numbers, percentages and years in a text, normalised (thousand separators dropped).

    With ``words``, numbers written in words count too, as the digits they mean ("three", "三个",
    "百分之三十": :mod:`.numerals`). Without ``ones``, a 1 written as a word ("one of them",
    "一个重要平台") is left out: it is more often an article than a count.
    """
    return {f.label for f in find_figures(text, words=words, ones=ones)}


def unsupported_figures(answer_text: str, citations: list[Citation]) -> set[str]:
    """Figures in the answer that appear in none of its cited quotes (markers [n] ignored)."""
    body = re.sub(r"\[\d+\]", " ", answer_text)
    quoted: set[str] = set()
    joined = ""
    for c in citations:
        quoted |= figures(c.quote)
        joined += re.sub(r"[\s,，]", "", c.quote)
    return {f for f in figures(body, ones=False) if f not in quoted and f.rstrip("%") not in joined}


class Generator(ABC):
    """Composes an answer from a question and its ranked passages."""

    name: str = "generator"

    @abstractmethod
    def generate(self, question: str, hits: list[Hit]) -> Answer:
        """Answer ``question`` from ``hits`` (best first), citing exact source spans."""

    def generate_from(self, retrieval: Retrieval) -> Answer:
        """Answer a search's question from its hits. A generator that can reuse what the search
        already computed (its weighted query, its query vector) overrides this."""
        return self.generate(retrieval.question, retrieval.hits)

    def refuse(self, question: str, hits: list[Hit], reason: str = "") -> Answer:
        flags = [f"refused: {reason}"] if reason else []
        return Answer(question, refusal_text(question), [], True, hits, self.name, flags=flags)
