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

from ..clean import han_ratio
from ..crosslingual import (
    WeightedQuery,
    build_query,
    cedict_en_to_zh,
    cedict_zh_to_en,
    glossary_en_to_zh,
    glossary_zh_to_en,
)
from ..structure import is_caption
from ..tokenize import detect_lang, tokenize
from ..types import Answer, Hit
from .base import DocumentStore, Generator, Sentence, unsupported_figures
from .constraints import (
    POINTS_BACK,
    Constraints,
    _mentions,
    has_date,
    known_share,
    question_constraints,
    question_parts,
)
from .counted import _dict_tags
from .names import is_plain_name, place_acronym, title_subjects
from .patterns import BREAKS_DOWN, CJK, EN_COMMON, EN_NAME
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
    plain,
    row_text,
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
_ENUMERATION = re.compile(
    r"一是.{1,200}二是|[（(]1[)）].{1,200}[（(]2[)）]|[①].{1,200}[②]|第一.{1,200}第二"
    r"|\b\w+(?: \w+)?, \w+(?: \w+)?, (?:and |or )?\w+",  # "A, B, and C" (not "In 2024, X rose and Y fell")
    re.S,
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
# a sentence that continues the one before it (breaks it down, or adds to it)
_CONTINUES = re.compile(r"^(?:其中|此外|同时|另外|among (?:them|which)|of which|of these)[，,：:\s]", re.I)
# "面积有多大？" / "有多少个" / "增长了多少倍": the question word's pieces (有, 多, 大) are no topic terms
_HOW_MUCH = re.compile(r"有多少|多少倍|几倍|(?:有|是)?多[大长久高远重宽](?=[？?，,。]|$)")

# a sentence that gives a cause (what a why-question asks for)
_HAS_CAUSE = re.compile(
    r"原因|由于|因为|受到?\S{0,12}?影响|得益于|源于|导致|归因于|\bbecause\b|\bdue to\b|\bowing to\b|\bdriven by\b",
    re.I,
)
_PARTNERS = re.compile(
    r"(?<![来针面相各绝独亲])(?:对|向|自|从|往|赴|至)(?:[^，。；、\d]{2,8}[、和及])*[^，。；、\d]{2,8}"
)


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


@dataclass(frozen=True)
class Candidate:
    """A sentence with its evidence score, lexical coverage and the question terms it covers."""

    score: float
    lexical: float
    sent: Sentence
    covered: frozenset[str]


def _names_other_place(text: str, cons: Constraints) -> bool:
    """The sentence names a place or body, none of them the one the question asks about."""
    low = text.lower()
    spaced = " ".join(low.split())
    # an English name as whole words: "us" is not in "us$18.70"
    if any(_mentions(a, low, spaced) for alts in cons.anchors for a in alts):
        return False
    # "对日本、韩国出口…", "自东盟进口…": trade partners, not the place the figure is for
    if not CJK.search(text):
        # "The UK has not indicated…", "…under the Korea-US FTA": an English sentence names a
        # place by a word the dictionaries translate to a place name
        return any(_english_place(m.group(1)) for m in EN_NAME.finditer(text))
    own = _PARTNERS.sub("", text)
    return any(len(t) >= 2 and CJK.search(t) and is_plain_name(t) for t in tokenize(own, mode="precise"))


_RATE_COLUMN = {
    "growth": re.compile(r"增长|增速|增幅|growth|change", re.I),
    "share": re.compile(r"占|比重|share", re.I),
}


def _blank_in_column(header: str, row: str, column: re.Pattern[str]) -> bool:
    """The row's cells under the columns whose names match ``column`` hold no figure ("—", "/")."""
    heads, cells = header.split("\t"), row.split("\t")
    if len(heads) != len(cells):
        return False
    # the first column labels the rows ("指标（2023年）"): it is no column of figures
    asked = [c for h, c in zip(heads[1:], cells[1:], strict=True) if column.search(h)]
    return bool(asked) and not any(re.search(r"\d", c) for c in asked)


def _blank_in_years(header: str, row: str, years: set[str]) -> bool:
    """The row's cells under the columns of the years asked hold no figure."""
    return bool(years) and _blank_in_column(header, row, re.compile("|".join(sorted(years))))


def _english_place(word: str) -> bool:
    """A capitalised word or acronym naming a place (UK, Japan; not VAT, Amazon or Customs)."""
    low = word.lower()
    if low in EN_COMMON:
        return False
    if word.isupper():
        return place_acronym(word)
    first = next(iter((*glossary_en_to_zh(low), *cedict_en_to_zh(low))), "")  # its main sense
    return _dict_tags().get(first) == "ns"  # a place ("Amazon" names a company, "Customs" a body)


def _precedes(sent: Sentence, lead: Sentence) -> bool:
    """``sent`` comes just before ``lead`` in its paragraph (within what ``lead.before`` holds)."""
    return (
        sent.chunk is lead.chunk
        and sent.end <= lead.start
        and bool(sent.text)
        and sent.text[-20:] in lead.before
    )


def _explains(sent: Sentence, lead: Sentence) -> bool:
    """``sent`` follows ``lead`` in its paragraph, points back at it and gives a cause."""
    return (
        sent.chunk is lead.chunk
        and sent.start >= lead.end
        and sent.before.endswith(lead.text[-20:])
        and bool(POINTS_BACK.match(sent.text))
        and bool(_HAS_CAUSE.search(sent.text))
    )


def _continues_chosen(sent: Sentence, chosen: list[Sentence]) -> bool:
    """``sent`` opens with 其中/此外/among them… right after a sentence already chosen."""
    if not (sent.before and _CONTINUES.match(sent.text)):
        return False
    return any(
        c.chunk is sent.chunk and c.end <= sent.start and sent.before.endswith(c.text[-20:]) for c in chosen
    )


def _enumerates(text: str) -> bool:
    """The sentence lists several things: "A、B、C", "一是…二是…", "(1)…(2)…", "A, B and C"."""
    return bool(_ENUMERATION.search(text)) or text.count("、") >= 2 or text.count("；") >= 2


def _topic_words(covered: frozenset[str], cons: Constraints) -> set[str]:
    """The question terms a sentence covers other than the names the question is about."""
    names = {a.lower() for alts in cons.anchors for a in alts}
    return {t for t in covered if t.lower() not in names}


def _names_only(cand: Candidate, cons: Constraints) -> bool:
    """Of the question's terms, the sentence shares only names ("南京\t无锡\t常州"); a
    breakdown ("其中，…") shares the words of the sentence it breaks down."""
    if not cons.anchors or _topic_words(cand.covered, cons):
        return False
    return not (cand.sent.before and BREAKS_DOWN.match(cand.sent.text))


def _content(question: str) -> str:
    """The question without its how-much phrase, for the words a sentence should share."""
    return _HOW_MUCH.sub("，", question)


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

    # -- scoring -------------------------------------------------------------------------------
    def score_sentences(
        self, question: str, hits: list[Hit], wq: WeightedQuery | None = None
    ) -> list[Candidate]:
        """All candidate sentences, best first."""
        wq = wq or build_query(_content(question), vocabulary=self.vocabulary)
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
                toks = set(tokenize(sent.text))
                if header:
                    toks |= set(tokenize(header))  # a row's column names are its words too
                covered = {t for t in terms if t in toks}
                lexical = math.fsum(terms[t] for t in covered) / total
                cue = 0.0
                if sent.before and BREAKS_DOWN.match(sent.text):
                    # "其中，对东盟…" continues the sentence before it: that sentence's words
                    # (the year, the region) are this one's too
                    before = set(tokenize(sent.before))
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
            dated = [
                c for c in scored if _precedes(c.sent, lead.sent) and has_date(c.sent.text) and c.covered
            ]
            if dated:
                prev = max(dated, key=lambda c: c.sent.end)
                chosen.append(prev.sent)
                covered |= prev.covered
                grams.append(_char_bigrams(prev.sent.text))
        if cons is not None and cons.cause and not _HAS_CAUSE.search(lead.sent.text):
            # "增速回落的原因？" -> "…增速有所回落。这主要是受到高基数的影响。": the lead states
            # what is explained, the sentence after it pointing back gives the cause
            cause = next((c for c in scored if _explains(c.sent, lead.sent)), None)
            if cause is not None and not (cons is not None and self._fails(cause, cons, extra=True)):
                # the cause answers; what it explains is the question's own premise
                return [cause.sent]
        if cons is not None and cons.questions > 1 and BREAKS_DOWN.match(lead.sent.text):
            # "…企业有多少家？其中…有几家？": the breakdown answers the second question, the
            # sentence it breaks down the first
            whole = [c for c in scored if _precedes(c.sent, lead.sent)]
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
            if not (cand.covered - covered) and _continues_chosen(cand.sent, chosen):
                continue  # "其中…" after a chosen sentence ties with it on that sentence's words alone
            if cons is not None and _names_only(cand, cons):
                continue  # "杭州\t上海\t深圳" shares the question's names, nothing it asks about them
            if cons is not None and self._fails(cand, cons, extra=True):
                continue
            chosen.append(cand.sent)
            covered |= cand.covered
            grams.append(g)
        one_question = cons is None or cons.questions == 1  # "…有哪些项目？…进出口额是多少？" asks two
        if many and one_question and any(_enumerates(c.text) for c in chosen):
            # a list question is answered by the sentences that list things; the one that only
            # introduces the topic ("…背景为…提供了契机") is context, not an answer
            chosen = [c for c in chosen if _enumerates(c.text)]
        # read in document order within a passage, passages in rank order
        return sorted(chosen, key=lambda s: (s.hit_index, s.start))

    def _written(self, word: str) -> bool:
        """The corpus writes ``word`` or, for a Chinese word, a word of its English translation."""
        if self._text is None:
            self._text = "\n".join(d.text for d in self.store.documents.values()).lower()
        if word.lower() in self._text:
            return True
        english = {
            w for e in cedict_zh_to_en(word) + glossary_zh_to_en(word) for w in re.findall(r"[a-z]{4,}", e)
        }
        return any(re.search(rf"\b{w}", self._text) for w in english)

    def _unwritten(self, kind: str, what: str) -> bool:
        """The question asks for a kind (旅客 of 吞吐量, 国家级 of 产业园区) the corpus never
        writes, although it writes of the thing (货邮吞吐量): it answers for other kinds only."""
        return not self._written(kind) and (kind.endswith("级") or self._written(what))

    def _answers_parts(self, question: str, lead: Candidate) -> bool:
        """Each question of a two-part question asks for a kind of answer (a figure, a date, a
        place) that ``lead`` gives, meeting that part's constraints."""
        parts = question_parts(question, detect_lang(question))
        if len(parts) < 2:
            return False
        for part in parts:
            wq = build_query(_content(part), vocabulary=self.vocabulary)
            cons = question_constraints(
                part,
                wq,
                self.idf,
                anchor_idf=self.config.anchor_idf,
                known=self.vocabulary,
                subjects=self.subjects,
            )
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
            and _names_other_place(s.text, cons)
        ):
            ctx = ""  # "四川…获批8个" names its own place: a neighbouring sentence's 湖北 does not count
        header = table_header(s)
        if header:  # a row is read with its column names and caption: "指标 2021年 2022年" dates its cells
            ctx = f"{ctx} {s.paragraph}"
            out = cons.missing(f"{header}\n{s.text}", context=ctx, year=s.year, extra=extra, table=True)
            if not out and _blank_in_years(header, s.text, cons.years):
                out = ["a figure for " + "/".join(sorted(cons.years))]  # "离岛免税购物人次 | — | 582.4"
            if not out and cons.rate and _blank_in_column(header, s.text, _RATE_COLUMN[cons.rate]):
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
            if topical and _names_only(cand, cons):
                # "南京\t无锡\t常州" names the places asked about and says nothing of what is asked
                why = why or ["no retrieved sentence says what the question asks about its names"]
                continue
            missing = self._fails(cand, cons)
            if not missing:
                return i, []
            why = why or ["no retrieved sentence mentions " + ", ".join(missing)]
        return None, why

    def generate(self, question: str, hits: list[Hit]) -> Answer:
        t0 = time.perf_counter()
        wq = build_query(_content(question), vocabulary=self.vocabulary)
        scored = self.score_sentences(question, hits, wq)
        if not scored:
            return self.refuse(question, hits, "no passages")
        if self.vocabulary is not None:
            share = known_share(wq, self.idf, self.vocabulary)
            floor = self.config.min_known.get(wq.lang, 0.0)
            if share < floor:
                ans = self.refuse(
                    question, hits, f"the corpus does not mention most of the question ({share:.2f})"
                )
                ans.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
                return ans
        cons = question_constraints(
            question,
            wq,
            self.idf,
            anchor_idf=self.config.anchor_idf,
            known=self.vocabulary,
            subjects=self.subjects,
        )
        voc = self.vocabulary
        known = frozenset(t for t in wq.terms if voc is None or t in voc)  # type: ignore[operator]
        unknown_kind = next((k for k, what in cons.kinds.items() if self._unwritten(k, what)), None)
        if unknown_kind is not None:
            ans = self.refuse(question, hits, f"the documents never mention {unknown_kind}")
            ans.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
            return ans
        li, why = self.lead(scored, cons, topical=bool(_topic_words(known, cons)))
        best = scored[0].score
        if li is None:
            reason = why[0] if why else f"best sentence evidence {best:.2f} < {self.config.refuse_below:.2f}"
            ans = self.refuse(question, hits, reason)
            ans.confidence = round(max(0.0, min(1.0, best)), 4)
            ans.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
            return ans
        if li:
            scored = [scored[li], *scored[:li], *scored[li + 1 :]]
        chosen = self.select(question, scored, cons)
        citations = [self.store.citation(n, s) for n, s in enumerate(chosen, start=1)]
        text = self.compose(question, chosen)
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

    def compose(self, question: str, chosen: list[Sentence]) -> str:
        """The answer text: the chosen sentences with ``[n]`` markers. A sentence in the other
        language is quoted as it is, inside a frame in the question's language that says
        where it was found (no pretend translation); a table row gets its column names."""
        lang = detect_lang(question)
        out = []
        for n, s in enumerate(chosen, start=1):
            header = table_header(s)
            body = row_text(s.text) if header else plain(s.text)
            same = (han_ratio(s.text) >= 0.5) == (lang == "zh")
            if lang == "zh":
                cols = f"（表格：{row_text(header)}）" if header else ""
                out.append(
                    f"{cols}{body}[{n}]" if same else f"文档英文原文（{_where(s, 'zh')}）：“{body}”[{n}]"
                )
            elif same:
                out.append(f"(table columns: {row_text(header)}) {body} [{n}]" if header else f"{body} [{n}]")
            else:
                where = _where(s, "en") + (f", table columns “{row_text(header)}”" if header else "")
                out.append(f"The documents say in Chinese ({where}): “{body}” [{n}]")
        return "".join(out) if lang == "zh" else "\n".join(out)


def _where(s: Sentence, lang: str) -> str:
    """Document title (or file) and the innermost section, for an answer's frame."""
    where = s.chunk.title or s.chunk.source
    section = s.chunk.section.split(" > ")[-1] if s.chunk.section else ""
    if section and section != where:
        where += f"，“{section}”部分" if lang == "zh" else f", section “{section}”"
    return where
