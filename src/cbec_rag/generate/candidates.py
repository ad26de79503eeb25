"""The candidates an extractive answer is chosen from.

:class:`CandidateGenerator` splits the top passages into sentences and table rows (captions,
headings and titles left out; a colon-announced list offered whole only to a question for
several things) and measures each one's lexical evidence: the IDF-weighted share of the
question's terms (same tokeniser, cross-lingual expansions at their lower weights) found in it.

It also states the question's constraints (year, place, kind of figure...) and which of them a
candidate fails, and composes the answer text of the sentences chosen. Which sentences are chosen
and when to refuse is the fitted selector's (:class:`~.selector.FittedGenerator`), which reads
these as features.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..clean import han_ratio
from ..crosslingual import WeightedQuery, build_query
from ..structure import is_caption
from ..tokenize import detect_lang, token_set
from ..types import Answer, Hit
from .base import DocumentStore, Generator, Sentence
from .compose import answer_text
from .constraints import Constraints
from .lead import lead_line
from .names import title_subjects
from .question import question_constraints
from .relations import (
    RATE_COLUMN,
    Candidate,
    blank_in_column,
    blank_in_years,
    names_other_place,
)
from .shapes import (
    MD_HEADING,
    NOTICE_TITLE,
    POINTER,
    SENT_END,
    is_title,
    items_asked,
    table_header,
)

# a question for a place or body, or for a list: a colon-announced list may answer it whole
_PLACE_Q = re.compile(
    r"哪[个些座家里]|哪儿|什么地方|谁|哪位|which|where|who|what (city|cities|province|organi[sz]ation|platform|company)",
    re.I,
)
_LIST_Q = re.compile(
    r"哪些|措施|举措|途径|路径|问题|建议|对策|有什么|what (measures|problems|steps|policies|are)|list", re.I
)
_BIGRAMS = re.compile(r"\S")
# "…有多大？" / "…有多少个？": the question word's pieces (有, 多, 大) are no topic terms
_HOW_MUCH = re.compile(r"有多少|多少倍|几倍|(?:有|是)?多[大长久高远重宽](?=[？?，,。]|$)")


@dataclass(frozen=True)
class ExtractiveConfig:
    max_passages: int = 5  # the candidates come from this many top passages
    max_sentences: int = 3  # an answer is made of at most this many candidates
    # names this rare (IDF) must appear in or around the answer. IDF 0.7 ~ in fewer than half
    # of the passages: on the gold set 0.7-1.5 give the same figures; 1.5 let a small corpus
    # whose reports each have their own subject place answer for the wrong place
    anchor_idf: float = 0.7
    redundancy: float = 0.6  # a further candidate sharing more than this share of its character pairs with a chosen one says it again


def _content(question: str) -> str:
    """The question without its how-much phrase, for the words a sentence should share."""
    return _HOW_MUCH.sub("，", question)


def _char_bigrams(text: str) -> set[str]:
    s = "".join(_BIGRAMS.findall(text))
    return {s[i : i + 2] for i in range(len(s) - 1)}


class CandidateGenerator(Generator):
    """The candidate sentences of the top passages (see the module docstring); the selector
    subclass chooses among them in :meth:`generate`."""

    name = "extractive"

    def __init__(
        self,
        store: DocumentStore,
        *,
        idf: Callable[[str], float] | None = None,
        vocabulary: object | None = None,
        config: ExtractiveConfig | None = None,
    ) -> None:
        self.store = store
        self.idf = idf or (lambda term: 1.0)
        self.vocabulary = vocabulary
        self.config = config or ExtractiveConfig()
        self._subjects: frozenset[str] | None = None

    @property
    def subjects(self) -> frozenset[str]:
        """Words naming a single document's subject in its title that no dictionary knows as a
        common word ("深圳前海…措施": 前海): computed once, from the titles."""
        if self._subjects is None:
            self._subjects = title_subjects([d.title for d in self.store.documents.values()])
        return self._subjects

    def content_query(self, question: str, query: WeightedQuery | None = None) -> WeightedQuery:
        """The weighted query of the question's content (:func:`_content`). ``query``: the search's
        weighted query of ``question`` with this generator's vocabulary (:attr:`Retrieval.query`),
        used as it is when the content is the question itself (most questions), not built again."""
        content = _content(question)
        if query is not None and content == question:
            return query
        return build_query(content, vocabulary=self.vocabulary)

    # -- candidates ----------------------------------------------------------------------------
    def score_sentences(
        self, question: str, hits: list[Hit], wq: WeightedQuery | None = None
    ) -> list[Candidate]:
        """All candidate sentences with their lexical evidence, in passage order."""
        wq = wq or self.content_query(question)
        # terms the corpus never contains cannot be covered by any sentence: leaving them in
        # the denominator would make every English question look unsupported
        voc = self.vocabulary
        terms = {t: w * self.idf(t) for t, w in wq.terms.items() if voc is None or t in voc}  # type: ignore[operator]
        total = math.fsum(terms.values()) or 1.0  # fsum: the same total whatever the set order
        # a colon-announced list answers a question for several things, not one of its items
        listing_q = bool(items_asked(question) or _LIST_Q.search(question) or _PLACE_Q.search(question))
        out = []
        for hi, hit in enumerate(hits[: self.config.max_passages]):
            for sent in self.store.sentences(hit.chunk, hi):
                header = table_header(sent)
                if (
                    is_caption(sent.text)
                    or header == ""
                    or is_title(sent)
                    or MD_HEADING.match(sent.text)
                    or (
                        NOTICE_TITLE.search(sent.text)
                        and not SENT_END.search(sent.text)
                        and "\t" not in sent.text
                    )
                    or (sent.listing and not listing_q)
                    or POINTER.fullmatch(sent.text)
                ):
                    # a caption, a table's header row, a "#" heading, the title or a notice's
                    # title and number: each labels something, it states no answer
                    continue
                toks = set(token_set(sent.text))
                if header:
                    toks |= token_set(header)  # a row's column names are its words too
                covered = {t for t in terms if t in toks}
                lexical = math.fsum(terms[t] for t in covered) / total
                out.append(Candidate(lexical, sent, frozenset(covered)))
        return out

    def _constraints(self, question: str, wq: WeightedQuery) -> Constraints:
        return question_constraints(
            question,
            wq,
            self.idf,
            anchor_idf=self.config.anchor_idf,
            known=self.vocabulary,
            subjects=self.subjects,
        )

    def _refused(self, question: str, hits: list[Hit], reason: str, t0: float) -> Answer:
        """A refusal stamped with the time the generator took to reach it."""
        ans = self.refuse(question, hits, reason)
        ans.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
        return ans

    @staticmethod
    def _fails(cand: Candidate, cons: Constraints) -> list[str]:
        # names may live in the title or heading rather than in the sentence itself
        c = cand.sent.chunk
        s = cand.sent
        # a figure belongs to the place its sentence or section names, not to any place its
        # passage mentions somewhere ("郑州有多少个海外仓" is not answered by a province total)
        ctx = (
            f"{c.title} {c.section} {s.before}"
            if cons.quantity
            else f"{c.title} {c.section} {c.text} {s.paragraph}"
        )
        if (
            cons.quantity
            and cons.anchors
            and not (cons.comparison or cons.place)  # "青岛哪个区…": the answer names a part of 青岛
            and names_other_place(s.text, cons)
        ):
            ctx = ""  # "四川…获批8个" names its own place: a neighbouring sentence's 湖北 does not count
        header = table_header(s)
        if header:  # a row is read with its column names and caption: "指标 2021年 2022年" dates its cells
            ctx = f"{ctx} {s.paragraph}"
            out = cons.missing(f"{header}\n{s.text}", context=ctx, year=s.year, table=True)
            if not out and blank_in_years(header, s.text, cons.years):
                out = ["a figure for " + "/".join(sorted(cons.years))]  # "离岛免税购物人次 | — | 582.4"
            if not out and cons.rate and blank_in_column(header, s.text, RATE_COLUMN[cons.rate]):
                out = [f"a {cons.rate} rate"]  # "1210进口 | 18.3 | — | 3.0": no growth given
            return out
        return cons.missing(s.text, context=ctx, near=s.before, year=s.year)

    def compose(self, question: str, chosen: list[Sentence], wq: WeightedQuery | None = None) -> str:
        """The answer text: the chosen sentences with ``[n]`` markers. A sentence in the other
        language is quoted as it is, inside a frame in the question's language that says
        where it was found (no pretend translation); a table row gets its column names. A
        document's own footnote or citation marks ("[3]", "【3】") are left out: in the answer
        they would read as, or link to, its citations.

        An English question answered in Chinese gets a lead line first when it asks for a
        figure, date, share or name that a cited sentence states ("Answer: 7 trillion yuan
        (7万亿元) [1]", :mod:`.lead`): the span with its English rendering, nothing else."""
        line = None
        if detect_lang(question) == "en" and any(han_ratio(s.text) >= 0.5 for s in chosen):
            wq = wq or self.content_query(question)
            line = lead_line(question, chosen, self._constraints(question, wq), wq, self.idf)
        return answer_text(question, chosen, line)
