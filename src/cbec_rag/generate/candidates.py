"""The candidates an extractive answer is chosen from, shared by both selectors.

:class:`CandidateGenerator` splits the top passages into sentences and table rows (captions,
headings and titles left out) and scores each against the question:

* lexical evidence: the IDF-weighted share of the question's terms (same tokeniser,
  cross-lingual expansions at their lower weights) found in the sentence;
* retrieval prior: the passage's rank and its dense similarity to the question;
* question-type cues: a figure for 多少/几/how many/what rate, a year or date for
  哪一年/何时/when, a place or organisation for 哪个/哪里/which/where.

It also states the question's constraints (year, place, kind of figure...) and which of them a
candidate fails, and composes the answer text of the sentences chosen. Which sentences are chosen
and when to refuse is the fitted selector's (:class:`~.selector.FittedGenerator`).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..clean import han_ratio
from ..crosslingual import (
    WeightedQuery,
    build_query,
    cedict_zh_to_en,
    glossary_zh_to_en,
)
from ..structure import is_caption
from ..tokenize import detect_lang, token_set
from ..types import Answer, Hit
from .base import DocumentStore, Generator, Sentence
from .compose import answer_text
from .constraints import Constraints
from .lead import lead_line
from .names import title_subjects
from .patterns import BREAKS_DOWN
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
    is_label,
    is_title,
    item_noun,
    items_asked,
    items_listed,
    table_header,
)

_NUM_Q = re.compile(
    r"多少|几[个家项年次倍成]|比例|比重|占比|增速|增幅|增长率|规模|金额|总额|数量|how (many|much)|what (rate|share|percentage|proportion|amount|number)|percent|figure",
    re.I,
)
_DATE_Q = re.compile(
    r"哪一?年|何时|什么时候|哪个时间|日期|时间|哪[一个]?月|when|what year|which year|what date|since when",
    re.I,
)
_PLACE_Q = re.compile(
    r"哪[个些座家里]|哪儿|什么地方|谁|哪位|which|where|who|what (city|cities|province|organi[sz]ation|platform|company)",
    re.I,
)
_LIST_Q = re.compile(
    r"哪些|措施|举措|途径|路径|问题|建议|对策|有什么|what (measures|problems|steps|policies|are)|list", re.I
)
_HAS_NUM = re.compile(r"\d")
_HAS_PCT = re.compile(r"\d\s*[%％]|百分")
_HAS_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:万亿|亿|万|千)?\s*(?:美元|元|个|家|人|件|单|吨|票|项|座|条|列)")
_HAS_DATE = re.compile(r"(19|20)\d{2}\s*年|\d{1,2}\s*月|(19|20)\d{2}")
_HAS_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,6}(省|市|区|县|州|港|国|园|中心|平台|公司|集团|协会|部|局|署|委|院)"
)
_BIGRAMS = re.compile(r"\S")
_YEAR_TERM = re.compile(r"(?:19|20)\d{2}年?")
# "…有多大？" / "…有多少个？": the question word's pieces (有, 多, 大) are no topic terms
_HOW_MUCH = re.compile(r"有多少|多少倍|几倍|(?:有|是)?多[大长久高远重宽](?=[？?，,。]|$)")


@dataclass(frozen=True)
class ExtractiveConfig:
    max_passages: int = 5
    max_sentences: int = 3  # list questions (哪些/措施/what measures); others get at most 2
    second_ratio: float = 0.9  # an extra sentence must score this share of the lead (eval/sweep_selection.py)
    carry_over: float = 1.0  # weight of the previous sentence's words for 其中/among them… sentences
    tie_ratio: float = 0.95  # ...and this share when it adds no question term or one thing is asked
    refuse_below: float = 0.25  # minimum evidence score of the lead sentence (calibrated on the gold set)
    min_coverage: float = 0.0  # minimum IDF-weighted share of question terms in the lead (0: off, see sweep)
    # off-topic guard: the share of the question the corpus knows. zh 0.5 -> 0.4 let Chinese questions over
    # English documents through (their words are known only through translations); the gold set is unchanged
    min_known: dict[str, float] = field(default_factory=lambda: {"zh": 0.4, "en": 0.15})
    # names this rare (IDF) must appear in or around the answer. IDF 0.7 ~ in fewer than half
    # of the passages: on the gold set 0.7-1.5 give the same figures; 1.5 let a small corpus
    # whose reports each have their own subject place answer for the wrong place
    anchor_idf: float = 0.7
    heading_penalty: float = 0.15  # a bare heading as answer: measured on the gold set
    lead_pool: int = 8  # the lead sentence is chosen among this many best-scoring sentences
    redundancy: float = 0.6


def _content(question: str) -> str:
    """The question without its how-much phrase, for the words a sentence should share."""
    return _HOW_MUCH.sub("，", question)


def _char_bigrams(text: str) -> set[str]:
    s = "".join(_BIGRAMS.findall(text))
    return {s[i : i + 2] for i in range(len(s) - 1)}


class CandidateGenerator(Generator):
    """Scores the candidate sentences of the top passages (see the module docstring); a
    selector subclass chooses among them in :meth:`generate`."""

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
        self._text: str | None = None  # the corpus, lower-cased, for words it never writes

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

    # -- scoring -------------------------------------------------------------------------------
    def score_sentences(
        self, question: str, hits: list[Hit], wq: WeightedQuery | None = None
    ) -> list[Candidate]:
        """All candidate sentences, best first."""
        wq = wq or self.content_query(question)
        # terms the corpus never contains cannot be covered by any sentence: leaving them in
        # the denominator would make every English question look unsupported
        voc = self.vocabulary
        terms = {t: w * self.idf(t) for t, w in wq.terms.items() if voc is None or t in voc}  # type: ignore[operator]
        total = math.fsum(terms.values()) or 1.0  # fsum: the same total whatever the set order
        wants_num = bool(_NUM_Q.search(question))
        wants_pct = bool(
            re.search(r"比例|比重|占比|增速|增幅|率|百分|percent|rate|share|proportion", question, re.I)
        )
        wants_date = bool(_DATE_Q.search(question))
        wants_place = bool(_PLACE_Q.search(question))
        wants_items = items_asked(question)
        # "哪N个<noun>": a sentence listing N things but none of that noun lists others
        noun = item_noun(question)
        # a colon-announced list answers a question for several things, not one of its items
        listing_q = bool(wants_items or _LIST_Q.search(question) or _PLACE_Q.search(question))
        scored = []
        for hi, hit in enumerate(hits[: self.config.max_passages]):
            prior = 1.0 / (1.0 + 0.25 * hi)
            dense = hit.scores.get("dense")
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
                cue = 0.0
                if sent.before and BREAKS_DOWN.match(sent.text):
                    # "其中，对东盟…" continues the sentence before it: that sentence's words
                    # (the year, the region) are this one's too
                    before = token_set(sent.before)
                    carried = {t for t in terms if t in before} - covered
                    cue += 0.7 * self.config.carry_over * math.fsum(terms[t] for t in carried) / total
                if wants_num:
                    cue += 0.08 if _HAS_NUM.search(sent.text) else -0.08
                    if wants_pct:
                        cue += 0.05 if _HAS_PCT.search(sent.text) else 0.0
                    elif _HAS_AMOUNT.search(sent.text):
                        cue += 0.05  # "多少" without 比例/rate asks for an amount or a count
                if wants_date:
                    cue += 0.08 if _HAS_DATE.search(sent.text) else -0.05
                if wants_place and _HAS_PLACE.search(sent.text):
                    cue += 0.04
                if wants_items >= 2 and items_listed(sent.text) >= wants_items and noun in sent.text:
                    cue += 0.08
                length_pen = 0.05 if len(sent.text) < 8 else 0.0
                if is_label(sent.text):
                    length_pen += self.config.heading_penalty  # a heading names a topic, it states no fact
                score = (
                    0.7 * lexical
                    + 0.15 * prior
                    + 0.15 * (dense if dense is not None else 0.0)
                    + cue
                    - length_pen
                )
                scored.append(Candidate(score, lexical, sent, frozenset(covered)))
        scored.sort(key=lambda c: (-c.score, c.sent.hit_index, c.sent.start))
        return scored

    def _written(self, word: str) -> bool:
        """The corpus writes ``word`` or, for a Chinese word, one of its English translations as a
        whole phrase ("national-level" or "national level" for 国家级, not just "national")."""
        if self._text is None:
            self._text = " ".join(" ".join(d.text for d in self.store.documents.values()).lower().split())
        if word.lower() in self._text:
            return True
        phrases = {p.lower() for p in cedict_zh_to_en(word) + glossary_zh_to_en(word) if len(p) >= 4}
        return any(
            re.search(r"\b" + r"[\s-]".join(map(re.escape, re.split(r"[\s-]+", p))) + r"s?\b", self._text)
            for p in phrases
        )

    def _unwritten(self, kind: str, what: str) -> bool:
        """The question asks for a kind of a thing (a passenger kind of 吞吐量, a national level of a
        zone) that the corpus never writes, in either language: it can only answer for other kinds.
        For a noun kind the corpus must write the thing itself (吞吐量), else the question is just
        off-topic."""
        return not self._written(kind) and (kind.endswith("级") or self._written(what))

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
    def _fails(cand: Candidate, cons: Constraints, *, extra: bool = False) -> list[str]:
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
            out = cons.missing(f"{header}\n{s.text}", context=ctx, year=s.year, extra=extra, table=True)
            if not out and blank_in_years(header, s.text, cons.years):
                out = ["a figure for " + "/".join(sorted(cons.years))]  # "离岛免税购物人次 | — | 582.4"
            if not out and cons.rate and blank_in_column(header, s.text, RATE_COLUMN[cons.rate]):
                out = [f"a {cons.rate} rate"]  # "1210进口 | 18.3 | — | 3.0": no growth given
            return out
        return cons.missing(s.text, context=ctx, near=s.before, year=s.year, extra=extra)

    def compose(
        self,
        question: str,
        chosen: list[Sentence],
        cons: Constraints | None = None,
        wq: WeightedQuery | None = None,
    ) -> str:
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
            line = lead_line(question, chosen, cons or self._constraints(question, wq), wq, self.idf)
        return answer_text(question, chosen, line)
