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
import time
from typing import TYPE_CHECKING

from ..crosslingual import (
    WeightedQuery,
    build_query,
)
from ..tokenize import detect_lang, tokenize
from ..types import Answer, Hit
from .base import Sentence, unsupported_figures
from .candidates import (
    _LIST_Q,
    _YEAR_TERM,
    CandidateGenerator,
    ExtractiveConfig,
    _char_bigrams,
    _content,
)
from .constraints import Constraints, has_date
from .patterns import BREAKS_DOWN, COLLOQUIAL, QWORD
from .question import known_share, question_parts
from .relations import (
    HAS_CAUSE,
    Candidate,
    continues_chosen,
    enumerates,
    explains,
    names_only,
    precedes,
    topic_words,
)
from .shapes import (
    items_asked,
)

if TYPE_CHECKING:
    from ..retrieve import Retrieval
# nouns that name what a part asks for, not its topic: "what was the amount", "数量是多少"
_ASKED_NOUNS = frozenset(
    "amount value number figure total rate share year date time level 数量 金额 数额 规模 总额 比例 比重 年份 时间".split()
)


class ExtractiveGenerator(CandidateGenerator):
    """Picks and cites the sentences of the top passages that best answer the question, by
    hand-written rules (``--selector rules``)."""

    name = "extractive"

    def generate_from(self, retrieval: Retrieval) -> Answer:
        return self.generate(retrieval.question, retrieval.hits, query=retrieval.query)

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


__all__ = ["ExtractiveConfig", "ExtractiveGenerator", "_char_bigrams", "_content", "items_asked"]
