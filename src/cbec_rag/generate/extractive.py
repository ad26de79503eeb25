"""The default generator: offline, deterministic, extractive.

It splits the top passages into sentences and scores each against the question:

* lexical evidence: the IDF-weighted share of the question's terms (same tokeniser,
  cross-lingual expansions at their lower weights) found in the sentence;
* retrieval prior: the passage's rank and its dense similarity to the question;
* question-type cues: a figure for 多少/几/how many/what rate, a year or date for
  哪一年/何时/when, a place or organisation for 哪个/哪里/which/where.

It answers with the best one to three non-redundant sentences, each cited with its
exact source span. An English question over Chinese sources gets an English frame
saying where the answer was found around the quoted Chinese sentence (no pretend
translation). When the best sentence's evidence falls below the calibrated
threshold, it refuses in the question's language and still lists the passages.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..clean import han_ratio
from ..crosslingual import (
    WeightedQuery,
    build_query,
    cedict_zh_to_en,
    glossary_zh_to_en,
)
from ..structure import is_caption
from ..tokenize import detect_lang, token_set, tokenize
from ..types import Answer, Hit
from .base import DocumentStore, Generator, Sentence, unsupported_figures
from .compose import answer_text
from .constraints import Constraints, has_date
from .lead import lead_line
from .names import title_subjects
from .patterns import BREAKS_DOWN, COLLOQUIAL, QWORD
from .question import known_share, question_constraints, question_parts
from .relations import (
    HAS_CAUSE,
    RATE_COLUMN,
    Candidate,
    blank_in_column,
    blank_in_years,
    continues_chosen,
    enumerates,
    explains,
    names_only,
    names_other_place,
    precedes,
    topic_words,
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

if TYPE_CHECKING:
    from ..retrieve import Retrieval

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
# "面积有多大？" / "有多少个" / "增长了多少倍": the question word's pieces (有, 多, 大) are no topic terms
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


# nouns that name what a part asks for, not its topic: "what was the amount", "数量是多少"
_ASKED_NOUNS = frozenset(
    "amount value number figure total rate share year date time level 数量 金额 数额 规模 总额 比例 比重 年份 时间".split()
)


def _char_bigrams(text: str) -> set[str]:
    s = "".join(_BIGRAMS.findall(text))
    return {s[i : i + 2] for i in range(len(s) - 1)}


class ExtractiveGenerator(Generator):
    """Picks and cites the sentences of the top passages that best answer the question."""

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

    def generate_from(self, retrieval: Retrieval) -> Answer:
        return self.generate(retrieval.question, retrieval.hits, query=retrieval.query)

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
        noun = item_noun(question)  # "哪三个平台": a sentence listing three things but no 平台 lists others
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

    # -- composition ---------------------------------------------------------------------------
    def select(
        self, question: str, scored: list[Candidate], cons: Constraints | None = None
    ) -> list[Sentence]:
        """The lead (``scored[0]``) plus up to two non-redundant sentences that add question terms.

        An extra sentence must meet the question's constraints like the lead (else it answers
        a neighbouring question), and a question that asks for one thing (no list, no
        comparison, no second question) gets one only when it scores as high as the lead.
        """
        if not scored:
            return []
        lead = scored[0]
        chosen = [lead.sent]
        covered = set(lead.covered)
        grams = [_char_bigrams(lead.sent.text)]
        if cons is not None and cons.figure == "date" and not has_date(lead.sent.text):
            # "Since 1 July 2021 the EU has applied… The main change was the abolition…": the
            # date that answers is in the sentence before the lead
            dated = [c for c in scored if precedes(c.sent, lead.sent) and has_date(c.sent.text) and c.covered]
            if dated:
                prev = max(dated, key=lambda c: c.sent.end)
                chosen.append(prev.sent)
                covered |= prev.covered
                grams.append(_char_bigrams(prev.sent.text))
        if cons is not None and cons.cause and not HAS_CAUSE.search(lead.sent.text):
            # "增速回落的原因？" -> "…增速有所回落。这主要是受到高基数的影响。": the lead states
            # what is explained, the sentence after it pointing back gives the cause
            cause = next((c for c in scored if explains(c.sent, lead.sent)), None)
            if cause is not None and not (cons is not None and self._fails(cause, cons, extra=True)):
                # the cause answers; what it explains is the question's own premise
                return [cause.sent]
        if cons is not None and cons.questions > 1 and BREAKS_DOWN.match(lead.sent.text):
            # "…企业有多少家？其中…有几家？": the breakdown answers the second question, the
            # sentence it breaks down the first
            whole = [c for c in scored if precedes(c.sent, lead.sent)]
            if whole:
                prev = max(whole, key=lambda c: c.sent.end)
                if not self._fails(prev, cons, extra=True):
                    chosen.append(prev.sent)
                    covered |= prev.covered
                    grams.append(_char_bigrams(prev.sent.text))
        many = bool(_LIST_Q.search(question))
        limit = self.config.max_sentences if many else 2
        several = many or (cons is not None and (cons.multipart or cons.comparison))
        # "哪个省最多？有多少个？" answered by one sentence (a province and its count) needs no second
        answered = (
            not many and cons is not None and cons.questions > 1 and self._answers_parts(question, lead)
        )
        for cand in scored[1:]:
            if answered or len(chosen) >= limit or cand.score < self.config.second_ratio * lead.score:
                break
            tie = cand.score >= self.config.tie_ratio * lead.score
            if not several and not tie:
                continue
            g = _char_bigrams(cand.sent.text)
            if any(
                len(g & h) / max(1, min(len(g), len(h))) > self.config.redundancy for h in grams
            ) and not any(_YEAR_TERM.fullmatch(t) for t in cand.covered - covered):
                continue  # says again what is chosen; one alike but for a year asked ("2023年…") is not
            if not (cand.covered - covered) and not tie:
                continue  # adds no question term and is clearly weaker
            if not (cand.covered - covered) and continues_chosen(cand.sent, chosen):
                continue  # "其中…" after a chosen sentence ties with it on that sentence's words alone
            if cons is not None and names_only(cand, cons):
                continue  # "杭州\t上海\t深圳" shares the question's names, nothing it asks about them
            if cons is not None and self._fails(cand, cons, extra=True):
                continue
            chosen.append(cand.sent)
            covered |= cand.covered
            grams.append(g)
        one_question = cons is None or cons.questions == 1  # "…有哪些项目？…进出口额是多少？" asks two
        if many and one_question and any(enumerates(c.text) for c in chosen):
            # a list question is answered by the sentences that list things; the one that only
            # introduces the topic ("…背景为…提供了契机") is context, not an answer
            chosen = [c for c in chosen if enumerates(c.text)]
        # read in document order within a passage, passages in rank order
        return sorted(chosen, key=lambda s: (s.hit_index, s.start))

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
        """The question asks for a kind of a thing (旅客 of 吞吐量, 国家级 of 产业园区) that the corpus
        never writes, in either language: it can only answer for other kinds. For a noun kind the
        corpus must write the thing itself (吞吐量), else the question is just off-topic."""
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

    def _answers_parts(self, question: str, lead: Candidate) -> bool:
        """Each question of a two-part question asks for a kind of answer (a figure, a date, a
        place) that ``lead`` gives, meeting that part's constraints."""
        parts = question_parts(question, detect_lang(question))
        if len(parts) < 2:
            return False
        said = set(tokenize(lead.sent.text))
        for i, part in enumerate(parts):
            wq = build_query(_content(part), vocabulary=self.vocabulary)
            # a later part naming its own topic ("全国共有多少个综试区？") needs its words in the
            # lead; an elliptical one ("有多少个？", "what was the amount?") refers to the first
            voc = self.vocabulary
            topic = [
                t
                for t in wq.original
                if (voc is None or t in voc)  # type: ignore[operator]
                and not (QWORD.search(t) or t in COLLOQUIAL or t in _ASKED_NOUNS or len(t) < 2)
            ]
            if i and any(t not in said for t in topic):
                return False
            cons = self._constraints(part, wq)
            if not (cons.figure or cons.place) or self._fails(lead, cons):
                return False
        return True

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

    def lead(
        self, scored: list[Candidate], cons: Constraints, *, topical: bool = False
    ) -> tuple[int | None, list[str]]:
        """Index of the best sentence with enough evidence that satisfies the question's
        constraints (or None, and why the best candidate failed). ``topical``: the question
        has words besides its names, and the lead must share one of them."""
        why: list[str] = []
        for i, cand in enumerate(scored[: self.config.lead_pool]):
            if cand.score < self.config.refuse_below:
                break
            if cand.lexical < self.config.min_coverage:
                why = why or [f"too few of the question's terms ({cand.lexical:.2f})"]
                continue
            if topical and names_only(cand, cons):
                # "南京\t无锡\t常州" names the places asked about and says nothing of what is asked
                why = why or ["no retrieved sentence says what the question asks about its names"]
                continue
            missing = self._fails(cand, cons)
            if not missing:
                return i, []
            why = why or ["no retrieved sentence mentions " + ", ".join(missing)]
        return None, why

    def generate(self, question: str, hits: list[Hit], *, query: WeightedQuery | None = None) -> Answer:
        """``query``: the search's weighted query of ``question`` (see :meth:`content_query`)."""
        t0 = time.perf_counter()
        wq = self.content_query(question, query)
        scored = self.score_sentences(question, hits, wq)
        if not scored:
            return self.refuse(question, hits, "no passages")
        if self.vocabulary is not None:
            share = known_share(wq, self.idf, self.vocabulary)
            floor = self.config.min_known.get(wq.lang, 0.0)
            if share < floor:
                reason = f"the corpus does not mention most of the question ({share:.2f})"
                return self._refused(question, hits, reason, t0)
        cons = self._constraints(question, wq)
        voc = self.vocabulary
        known = frozenset(t for t in wq.terms if voc is None or t in voc)  # type: ignore[operator]
        unknown_kind = next((k for k, what in cons.kinds.items() if self._unwritten(k, what)), None)
        if unknown_kind is not None:
            return self._refused(question, hits, f"the documents never mention {unknown_kind}", t0)
        li, why = self.lead(scored, cons, topical=bool(topic_words(known, cons)))
        best = scored[0].score
        if li is None:
            reason = why[0] if why else f"best sentence evidence {best:.2f} < {self.config.refuse_below:.2f}"
            ans = self._refused(question, hits, reason, t0)
            ans.confidence = round(max(0.0, min(1.0, best)), 4)
            return ans
        if li:
            scored = [scored[li], *scored[:li], *scored[li + 1 :]]
        chosen = self.select(question, scored, cons)
        citations = [self.store.citation(n, s) for n, s in enumerate(chosen, start=1)]
        text = self.compose(question, chosen, cons, wq)
        flags = []
        # the claims are the quoted sentences; the English frame's title and section
        # numbers say where, they claim no figure
        missing_figures = unsupported_figures(" ".join(s.text for s in chosen), citations)
        if missing_figures:
            flags.append("figures not found in cited quotes: " + ", ".join(sorted(missing_figures)))
        answer = Answer(question, text, citations, False, hits, self.name, flags=flags)
        answer.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
        answer.confidence = round(max(0.0, min(1.0, scored[0].score)), 4) if not math.isnan(best) else 0.0
        return answer

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
