"""Generic features of answer candidates, for the fitted evidence selector.

A candidate is a sentence or table row of one of the top passages (as
:meth:`DocumentStore.sentences` splits them). Each gets one row of numbers, the same whatever the
corpus or language:

* dense: cosine of the question's vector and the sentence's (made at index time), also relative
  to the best candidate;
* lexical: IDF-weighted coverage of the question's terms (cross-lingual bridge terms at their
  weights), coverage by the words around it (title, section, paragraph), sentence-level BM25,
  character-bigram overlap, and the share of its words that are new (an answer adds something);
* the passage: its rank, fused score and dense score;
* answer type: what the question asks (figure, share, date, place or body, list, reason,
  definition) beside what the sentence holds, and their products;
* constraints: how many of the question's stated conditions (year, named place, kind of figure
  and unit, the counted thing, level, period) the sentence fails; a failure is a feature here,
  not a veto;
* shape: position in its passage, length, a heading or label, a table row, a run of numbered
  items offered whole (also beside a list or reason question), a self-reference ("本文…",
  "this paper…").

No word list here names anything of a particular corpus; question-type cues are the generic
question words of each language.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ..crosslingual import WeightedQuery
from ..tokenize import detect_lang, token_set, tokens_cached
from .base import Sentence
from .constraints import Constraints
from .periods import agreement, periods
from .relations import HAS_CAUSE, Candidate, enumerates, names_only
from .shapes import is_label, table_header

FEATURE_VERSION = 7

_Q_FIGURE = re.compile(
    r"多少|几[个家项年次倍成十百千万亿]|比例|比重|占比|增速|增幅|增长率|规模|金额|总额|数量"
    r"|how (?:many|much)|what (?:rate|share|percentage|proportion|amount|number|value|total)|percent",
    re.I,
)
_Q_SHARE = re.compile(r"比例|比重|占比|增速|增幅|率|百分|percent|rate|share|proportion|growth", re.I)
_Q_DATE = re.compile(
    r"哪一?年|何时|什么时[候间]|哪个时间|日期|哪[一个]?月|\bwhen\b|what (?:year|date)|which year", re.I
)
_Q_PLACE = re.compile(
    r"哪[个些座家里国省市区]|哪儿|什么地方|谁|哪位|\bwhich\b|\bwhere\b|\bwho\b"
    r"|what (?:city|cities|province|country|countries|organi[sz]ation|platform|company|agency|body)",
    re.I,
)
_Q_LIST = re.compile(
    r"哪些|措施|举措|途径|路径|建议|对策|有什么|what (?:are|were)|\blist\b|\bmeasures\b|\bsteps\b", re.I
)
_Q_REASON = re.compile(r"为什么|为何|原因|why|what (?:caused|causes|reasons?|drove)|because", re.I)
_Q_DEFINE = re.compile(
    r"什么是|是什么|是指|指的是|含义|定义|what (?:is|does) .* mean|what is meant|define", re.I
)

_S_NUM = re.compile(r"\d")
_S_PCT = re.compile(r"\d\s*[%％]|百分之|percent", re.I)
_S_AMOUNT = re.compile(
    r"\d[\d.,]*\s*(?:万亿|亿|万|千|million|billion|trillion)?\s*(?:美元|元|个|家|人|件|单|吨|票|项|座|条|列|户)"
    r"|(?:US\$|\$|€|£|¥|RMB|USD|EUR|yuan)\s?\d",
    re.I,
)
_S_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{0,2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_S_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,6}(?:省|市|区|县|州|港|国|园|中心|平台|公司|集团|协会|部|局|署|委|院|海关)"
    r"|\b[A-Z][a-z]+(?: [A-Z][a-z]+)*\b"
)
_S_DEFINE = re.compile(r"是指|指的是|即|是一种|称为|简称|refers to|\bmeans\b|is defined as|is a ", re.I)
_SELF_REF = re.compile(
    r"本文|本研究|本报告|笔者|本章|本节|this (?:paper|article|study|report|chapter)|we (?:analy[sz]e|discuss|argue)",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_BIGRAM = re.compile(r"[\w\u4e00-\u9fff]")

NAMES: tuple[str, ...] = (
    "bias",
    # question
    "q_en",
    "q_known",
    "q_terms",
    "q_figure",
    "q_share",
    "q_date",
    "q_place",
    "q_list",
    "q_reason",
    "q_define",
    # dense
    "dense",
    "dense_gap",
    "dense_top",
    "dense_missing",
    # lexical
    "cover",
    "cover_gap",
    "cover_top",
    "cover_context",
    "bm25",
    "bigram",
    "novel",
    "cross_lang",
    # passage
    "p_rank",
    "p_score",
    "p_dense",
    # sentence holds
    "s_num",
    "s_pct",
    "s_amount",
    "s_date",
    "s_place",
    "s_enum",
    "s_cause",
    "s_define",
    # agreement
    "figure_num",
    "figure_amount",
    "share_pct",
    "date_date",
    "place_place",
    "list_enum",
    "reason_cause",
    "define_define",
    "figure_no_num",
    "date_no_date",
    "year_match",
    "year_other",
    # constraints
    "fails",
    "n_fails",
    "fail_year",
    "fail_name",
    "fail_place",
    "fail_figure",
    "fail_measured",
    "fail_qualifier",
    "names_only",
    # shape
    "first",
    "log_len",
    "short",
    "label",
    "table_row",
    "listing",
    "run",
    "run_items",
    "list_run",
    "reason_run",
    "self_ref",
    "continues",
    # neighbours: the sentence before and after it in its passage, and the passage's best
    "prev_cover",
    "prev_dense",
    "next_cover",
    "passage_cover",
    # the part of the year (read by the answerability head only, see HEAD_ONLY)
    "period_match",
    "period_other",
    "period_none",
    # the fitted word and vector pairs' logit (pairs.py, vecpairs.py): NaN here, filled by the
    # selector that holds the weights
    "pairs",
)
INDEX = {n: i for i, n in enumerate(NAMES)}
#: candidate features the answerability head reads but the candidate model leaves out (out of fold
#: they helped refusal and cost candidate ranking: eval/fit_selector.py, docs/selector-decisions.md)
HEAD_ONLY = frozenset({"period_match", "period_other", "period_none"})


FAIL_KINDS = ("year", "name", "place", "figure", "measured", "qualifier")
# how :meth:`Constraints.missing` words each kind of failed constraint (its messages' openings)
_FAIL_PREFIX = (
    ("year", ("year ", "a figure for ")),
    ("name", ("name ", "a quoted name")),
    ("place", ("a place",)),
    ("measured", ("what is ",)),
    (
        "figure",
        (
            "a number",
            "an amount",
            "a percentage",
            "a date",
            "a fine",
            "the figure ",
            "a figure in ",
            "a figure per ",
        ),
    ),
)


def fail_kind(message: str) -> str:
    """The kind of a failed constraint: year, name, place, figure, measured, or qualifier (level,
    part of the year, rate, ranking, plan or fact, count word...)."""
    for kind, prefixes in _FAIL_PREFIX:
        if message.startswith(prefixes):
            return kind
    return "qualifier"


@dataclass
class CandidateSet:
    """The candidates of one question with their feature rows (``X[i]`` describes ``cands[i]``)."""

    cands: list[Candidate]
    X: np.ndarray  # float32 (len(cands), len(NAMES))
    fails: list[list[str]]  # the constraints each candidate fails (for explaining a refusal)
    question: str = ""  # the question they were gathered for
    # the question's vector and the candidates' sentence vectors (zero rows where ``have`` is False),
    # when the index has sentence vectors: the vector pairs read them (vecpairs.py)
    query_vector: np.ndarray | None = None
    vectors: np.ndarray | None = None
    have: np.ndarray | None = None


def bigrams(text: str) -> set[str]:
    s = "".join(_BIGRAM.findall(text.lower()))
    return {s[i : i + 2] for i in range(len(s) - 1)}


#: what the sentence holds (the ``s_*`` columns, in this order)
_SENTENCE_KINDS = (
    ("s_num", _S_NUM.search),
    ("s_pct", _S_PCT.search),
    ("s_amount", _S_AMOUNT.search),
    ("s_date", _S_DATE.search),
    ("s_place", _S_PLACE.search),
    ("s_enum", enumerates),
    ("s_cause", HAS_CAUSE.search),
    ("s_define", _S_DEFINE.search),
)
_CONTINUES = re.compile(r"^(?:其中|此外|同时|另外|among|of which)", re.I)


class _Shape(NamedTuple):
    """What a candidate's text alone decides (the same for every question that retrieves it)."""

    grams: frozenset[str]
    tokens: frozenset[str]
    lang: str
    kinds: tuple[float, ...]  # the ``s_*`` columns
    years: frozenset[str]
    label: float
    self_ref: float
    continues: float


@lru_cache(maxsize=8192)
def _shape(text: str) -> _Shape:
    """The text-only features of a candidate, cached: the top passages of one corpus bring the
    same sentences back question after question (as :func:`tokens_cached` does for tokens). An
    entry is a few KB (its character pairs above all): 8,192 of them stay under about 50 MB."""
    return _Shape(
        frozenset(bigrams(text)),
        token_set(text),
        detect_lang(text),
        tuple(float(bool(f(text))) for _, f in _SENTENCE_KINDS),
        frozenset(_YEAR.findall(text)),
        float(is_label(text)),
        float(bool(_SELF_REF.search(text))),
        float(bool(_CONTINUES.match(text))),
    )


def question_row(question: str, wq: WeightedQuery, known: float) -> dict[str, float]:
    """The question's own features (the same for each of its candidates)."""
    return {
        "q_en": float(wq.lang == "en"),
        "q_known": known,
        "q_terms": math.log1p(len(wq.original)),
        "q_figure": float(bool(_Q_FIGURE.search(question))),
        "q_share": float(bool(_Q_SHARE.search(question))),
        "q_date": float(bool(_Q_DATE.search(question))),
        "q_place": float(bool(_Q_PLACE.search(question))),
        "q_list": float(bool(_Q_LIST.search(question))),
        "q_reason": float(bool(_Q_REASON.search(question))),
        "q_define": float(bool(_Q_DEFINE.search(question))),
    }


def build(
    question: str,
    wq: WeightedQuery,
    cands: list[Candidate],
    *,
    terms: dict[str, float],
    known: float,
    dense: np.ndarray,
    hit_scores: list[tuple[float, float | None]],
    fails: list[list[str]],
    cons: Constraints,
) -> CandidateSet:
    """Feature rows for ``cands`` (all candidates of the question's top passages).

    ``terms``: the question's weighted terms the corpus knows (weight × IDF);
    ``dense``: cosine of each candidate to the question (NaN: unknown); ``hit_scores``: the
    fused and dense score of each passage by hit position; ``fails``: the constraints each
    candidate fails.
    """
    n = len(cands)
    X = np.zeros((n, len(NAMES)), dtype=np.float32)
    if not n:
        return CandidateSet(cands, X, fails, question)
    q = question_row(question, wq, known)
    total = math.fsum(terms.values()) or 1.0
    qgrams = bigrams(question)
    qtoks = set(wq.original)
    qyears = set(_YEAR.findall(question))
    qperiods = periods(question)
    lang = wq.lang
    # sentence-level BM25 over the candidates (IDF from the corpus, length from the candidates)
    toks = [tokens_cached(c.sent.text) for c in cands]
    avg = max(1.0, sum(len(t) for t in toks) / n)
    bm = np.zeros(n, dtype=np.float32)
    for i, tk in enumerate(toks):
        tf: dict[str, int] = {}
        for t in tk:
            if t in terms:
                tf[t] = tf.get(t, 0) + 1
        norm = 1.2 * (0.25 + 0.75 * len(tk) / avg)
        bm[i] = sum(terms[t] * f * 2.2 / (f + norm) for t, f in tf.items())
    bm_top = float(bm.max()) or 1.0
    have = ~np.isnan(dense)
    d = np.where(have, dense, 0.0)
    d_top = float(d[have].max()) if have.any() else 0.0
    covers = np.array([c.lexical for c in cands], dtype=np.float32)
    c_top = float(covers.max()) or 1.0
    fused = [s for s, _ in hit_scores]
    any_dense = any(d is not None for _, d in hit_scores)
    f_top = max(fused) if fused else 1.0
    first: dict[int, int] = {}
    for c in cands:
        first[c.sent.hit_index] = min(first.get(c.sent.hit_index, c.sent.start), c.sent.start)
    prev, nxt, best = neighbours(cands, covers)
    for i, c in enumerate(cands):
        s: Sentence = c.sent
        text = s.text
        row = dict(q)
        row["bias"] = 1.0
        row["dense"] = float(d[i]) if have[i] else math.nan  # unknown: the model takes its mean
        row["dense_gap"] = float(d[i] - d_top) if have[i] else -0.2
        row["dense_top"] = float(have[i] and d[i] >= d_top - 1e-6)
        row["dense_missing"] = float(not have[i])
        row["cover"] = float(c.lexical)
        row["cover_gap"] = float(c.lexical - c_top)
        row["cover_top"] = float(c.lexical >= c_top - 1e-6)
        # a table row is read with its header row
        ctx = token_set(s.chunk.title) | token_set(s.chunk.section) | token_set(s.before)
        ctx |= token_set(table_header(s) or "")
        row["cover_context"] = (
            math.fsum(v for t, v in terms.items() if t in ctx and t not in c.covered) / total
        )
        row["bm25"] = float(bm[i] / bm_top)
        shape = _shape(text)
        row["bigram"] = len(qgrams & shape.grams) / max(1, len(qgrams))
        st = shape.tokens
        row["novel"] = len(st - qtoks) / max(1, len(st))
        row["cross_lang"] = float(shape.lang != lang)
        fused_i, dense_i = hit_scores[s.hit_index] if s.hit_index < len(hit_scores) else (0.0, None)
        row["p_rank"] = 1.0 / (1.0 + s.hit_index)
        row["p_score"] = float(fused_i / f_top) if f_top else 0.0
        # a passage the dense side did not rank (found by BM25 only) is 0 here, as in the fit data;
        # when no passage has a dense score (``--mode bm25``) it is unknown: the model takes its mean
        row["p_dense"] = float(dense_i) if dense_i is not None else (0.0 if any_dense else math.nan)
        row.update(zip((k for k, _ in _SENTENCE_KINDS), shape.kinds, strict=True))
        row["figure_num"] = q["q_figure"] * row["s_num"]
        row["figure_amount"] = q["q_figure"] * row["s_amount"]
        row["share_pct"] = q["q_share"] * row["s_pct"]
        row["date_date"] = q["q_date"] * row["s_date"]
        row["place_place"] = q["q_place"] * row["s_place"]
        row["list_enum"] = q["q_list"] * row["s_enum"]
        row["reason_cause"] = q["q_reason"] * row["s_cause"]
        row["define_define"] = q["q_define"] * row["s_define"]
        row["figure_no_num"] = q["q_figure"] * (1.0 - row["s_num"])
        row["date_no_date"] = q["q_date"] * (1.0 - row["s_date"])
        years = shape.years or ({s.year} if s.year else set())
        row["year_match"] = float(bool(qyears) and bool(qyears & years))
        row["year_other"] = float(bool(qyears) and bool(years) and not (qyears & years))
        # a sentence that names no part of the year takes its heading's, title's or lead-in's
        stated = (
            (periods(text) or periods(f"{s.chunk.title} {s.chunk.section} {s.before}")) if qperiods else set()
        )
        row["period_match"], row["period_other"], row["period_none"] = agreement(qperiods, stated)
        row["fails"] = float(bool(fails[i]))
        row["n_fails"] = float(len(fails[i]))
        kinds = {fail_kind(f) for f in fails[i]}
        for kind in FAIL_KINDS:
            row[f"fail_{kind}"] = float(kind in kinds)
        row["names_only"] = float(bool(cons) and names_only(c, cons))
        row["first"] = float(s.start == first[s.hit_index])
        row["log_len"] = math.log1p(len(text)) / 6.0
        row["short"] = float(len(text) < 12)
        row["label"] = shape.label
        row["table_row"] = float(table_header(s) is not None)
        row["listing"] = float(s.listing)
        # a run of numbered items offered whole (runs.py), and with a question for several things
        row["run"] = float(bool(s.parts))
        row["run_items"] = math.log1p(len(s.parts))
        row["list_run"] = q["q_list"] * row["run"]
        row["reason_run"] = q["q_reason"] * row["run"]
        row["self_ref"] = shape.self_ref
        row["continues"] = shape.continues
        # an item under a sentence that matches the question ("存在以下问题。一是…"), a cause after
        # the statement it explains: what the sentence next to it says, weighed by the fit
        row["prev_cover"] = float(covers[prev[i]]) if prev[i] >= 0 else 0.0
        row["prev_dense"] = float(d[prev[i]] - d_top) if prev[i] >= 0 and have[prev[i]] else -0.2
        row["next_cover"] = float(covers[nxt[i]]) if nxt[i] >= 0 else 0.0
        row["passage_cover"] = float(best[s.hit_index])
        row["pairs"] = math.nan
        X[i] = [row[k] for k in NAMES]
    return CandidateSet(cands, X, fails, question)


def neighbours(cands: list[Candidate], covers: np.ndarray) -> tuple[list[int], list[int], dict[int, float]]:
    """For each candidate, the index of the sentence just before and just after it in its passage
    (-1: none; a run, placed by its first and last part, and a list offered whole with the sentence
    announcing it, placed by its span, are nobody's neighbour: the sentences they join are), and each
    passage's best cover."""
    n = len(cands)
    prev, nxt = [-1] * n, [-1] * n
    best: dict[int, float] = {}
    plain: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        best[c.sent.hit_index] = max(best.get(c.sent.hit_index, 0.0), float(covers[i]))
        if not c.sent.parts and not c.sent.listing:
            plain.setdefault(c.sent.hit_index, []).append(i)
    starts: dict[int, list[int]] = {}
    for hit, idx in plain.items():
        idx.sort(key=lambda i: cands[i].sent.start)
        starts[hit] = [cands[i].sent.start for i in idx]
    for i, c in enumerate(cands):
        s = c.sent
        idx = plain.get(s.hit_index)
        if not idx:
            continue
        lo, hi = (s.parts[0].start, s.parts[-1].end) if s.parts else (s.start, s.end)
        k = bisect.bisect_left(starts[s.hit_index], lo) - 1
        prev[i] = idx[k] if k >= 0 else -1
        k = bisect.bisect_left(starts[s.hit_index], hi)
        nxt[i] = idx[k] if k < len(idx) else -1
    return prev, nxt, best


#: what the answerability model reads of a question: its candidates' probabilities and the lead
#: candidate's agreement with the question (a near miss is typically a good match on everything
#: but one stated condition)
QUESTION_NAMES: tuple[str, ...] = (
    "lead_logit",
    "second_gap",
    "n_close",
    "lead_fails",
    "lead_n_fails",
    "lead_year_other",
    "lead_year_match",
    "year_nowhere",
    "lead_cover",
    "lead_cover_gap",
    "lead_context",
    "lead_dense",
    "lead_dense_gap",
    "lead_bigram",
    "lead_names_only",
    "lead_fail_year",
    "lead_fail_name",
    "lead_fail_place",
    "lead_fail_figure",
    "lead_fail_measured",
    "lead_fail_qualifier",
    "min_fails",
    "name_nowhere",
    "lead_period_other",
    "lead_period_none",
    "period_nowhere",
    "q_en",
    "q_known",
    "q_terms",
    "q_figure",
    "q_date",
    "q_place",
    "q_list",
    "q_reason",
    "q_define",
    "lead_cover_known",
    "lead_context_known",
)


#: read by the on-topic model only (the answerability head was fitted without them: out of fold
#: they moved nothing there)
TOPIC_ONLY = frozenset({"lead_cover_known", "lead_context_known"})


def question_level(X: np.ndarray, p: np.ndarray) -> np.ndarray:
    """One row of :data:`QUESTION_NAMES` for a question whose candidates have feature rows ``X``
    and probabilities ``p`` (at least one candidate)."""
    order = np.argsort(-p, kind="stable")
    lead = int(order[0])
    pl = float(np.clip(p[lead], 1e-6, 1 - 1e-6))
    second = float(p[order[1]]) if len(p) > 1 else 0.0
    row = X[lead]

    def col(name: str) -> float:
        return float(row[INDEX[name]])

    out = {
        "lead_logit": math.log(pl / (1 - pl)),
        "second_gap": pl - second,
        # (against the unclipped lead: the lead itself always counts, however small its probability)
        "n_close": math.log1p(int((p >= 0.5 * p[lead]).sum()) - 1),
        "lead_fails": col("fails"),
        "lead_n_fails": col("n_fails"),
        "lead_year_other": col("year_other"),
        "lead_year_match": col("year_match"),
        # the question names a year: no candidate has it, and some name another
        "year_nowhere": float(not X[:, INDEX["year_match"]].any() and bool(X[:, INDEX["year_other"]].any())),
        "lead_cover": col("cover"),
        # the same of the whole question: cover is of the terms the corpus knows, so an off-topic
        # question whose one known word a sentence (or its neighbours) has looks fully covered
        "lead_cover_known": col("cover") * col("q_known"),
        # (the neighbours' cover completes the sentence's own: of a sentence that shares no term
        # with the question, it is only the document's title or heading, which an off-topic
        # question's one known word finds too)
        "lead_context_known": col("cover_context") * col("q_known") * float(col("cover") > 0),
        "lead_cover_gap": col("cover_gap"),
        "lead_context": col("cover_context"),
        "lead_dense": col("dense"),
        "lead_dense_gap": col("dense_gap"),
        "lead_bigram": col("bigram"),
        "lead_names_only": col("names_only"),
        # no candidate meets every condition; no candidate names the question's names
        "min_fails": float(X[:, INDEX["n_fails"]].min()),
        "name_nowhere": float(X[:, INDEX["fail_name"]].all()),
        "lead_period_other": col("period_other"),
        "lead_period_none": col("period_none"),
        # the question asks for a part of the year: no candidate states it, and some state another
        # or none
        "period_nowhere": float(
            not X[:, INDEX["period_match"]].any()
            and bool((X[:, INDEX["period_other"]] + X[:, INDEX["period_none"]]).any())
        ),
    }
    for kind in FAIL_KINDS:
        out[f"lead_fail_{kind}"] = col(f"fail_{kind}")
    for n in QUESTION_NAMES:
        if n.startswith("q_"):
            out[n] = col(n)
    return np.array([out[n] for n in QUESTION_NAMES], dtype=np.float64)


__all__ = [
    "FEATURE_VERSION",
    "HEAD_ONLY",
    "TOPIC_ONLY",
    "NAMES",
    "QUESTION_NAMES",
    "FAIL_KINDS",
    "CandidateSet",
    "bigrams",
    "fail_kind",
    "build",
    "question_level",
    "question_row",
]
