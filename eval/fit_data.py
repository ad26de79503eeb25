"""The fit data of the evidence selector (issue 16): each question's candidates, feature rows and
labels, asked by open retrieval over its own index, with the near misses made from it.

A candidate's label: its sentence holds the answer (MRC: the answer span lies inside it; gold: it
covers most of an evidence quote and holds an answer alternative, or holds every answer group).
Unanswerable gold questions give only negatives, and so do the near misses made from answerable
questions: their passages without the answer's (``#drop``) and the question with a year, place or
part of the year changed to one the passages never state (``#year``, ``#place``, ``#period``,
``#swap``; see eval/nearmiss.py). ``#offtopic`` and ``#foreign``: a question of another corpus
asked over this one (``#offtopic``: a Wikipedia reading-comprehension question over policy documents
or a policy question over Wikipedia paragraphs; ``#foreign``: one writer's policy question over
another writer's documents), kept only when no candidate holds its answer: the off-topic and
wrong-corpus questions a user asks, which no near miss made from a corpus's own questions resembles. Used by eval/fit_selector.py.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from nearmiss import corpus_place_list, variants  # noqa: E402

from cbec_rag.errors import QueryError  # noqa: E402
from cbec_rag.eval import load_gold  # noqa: E402
from cbec_rag.generate import features  # noqa: E402
from cbec_rag.generate.selector import GENERIC, FittedGenerator, SelectorModel  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402
from cbec_rag.tokenize import detect_lang  # noqa: E402


@dataclass
class Question:
    qid: str
    domain: str  # "gold" | "policy" | "mrc"
    answerable: bool
    X: np.ndarray
    y: np.ndarray  # 1: the candidate holds the answer
    texts: list[str]
    covered: list[frozenset[str]]
    groups: list[list[str]]  # answer groups (gold) or alternatives as one group (mrc)
    doc: str = ""  # the document it was asked of (its near misses share it): folds keep it whole
    text: str = ""  # the question as its candidates were gathered for (the word-pair feature reads it)
    # the question's vector and the candidates' sentence vectors (zero rows where ``have`` is
    # False), which the vector pairs read; None where the index has no sentence vectors
    query_vector: np.ndarray | None = None
    vectors: np.ndarray | None = None
    have: np.ndarray | None = None


def question(qid: str, domain: str, answerable: bool, cs, y: np.ndarray, groups: list[list[str]]) -> Question:
    """The record of one question asked over the candidate set ``cs``."""
    return Question(
        qid,
        domain,
        answerable,
        cs.X,
        y,
        [c.sent.text for c in cs.cands],
        [c.covered for c in cs.cands],
        groups,
        text=cs.question,
        query_vector=None if cs.query_vector is None else np.asarray(cs.query_vector, dtype=np.float32),
        vectors=cs.vectors,
        have=cs.have,
    )


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def holds(text: str, groups: list[list[str]]) -> bool:
    body = squash(text)
    return all(any(squash(a) in body for a in g) for g in groups)


def empty_model() -> SelectorModel:
    """A model with no weights: a generator with it is only asked for its candidates' features."""
    return SelectorModel(GENERIC, features.FEATURE_VERSION, (), *(np.zeros(0),) * 3, 0.0, 0.0, 1.0)


def load_pipeline(index_dir: Path) -> Pipeline:
    """The pipeline of ``index_dir`` without the packaged selector weights (a refit must not need
    weights of the feature version it replaces)."""
    return Pipeline.load(index_dir, selector_model=empty_model())


def generator(pipe: Pipeline) -> FittedGenerator:
    """The fitted generator of ``pipe``'s index, with an empty model: only its features are read."""
    return pipe.fitted_generator(empty_model())


def gold_questions(index_dir: Path, gold: Path, domain: str = "gold", seed: int = 16) -> list[Question]:
    pipe = load_pipeline(index_dir)
    gen = generator(pipe)
    near = NearMisses(pipe, gen, seed)
    texts = {d.source: d.text for d in pipe.index.documents.values()}
    out: list[Question] = []
    doc = ""
    for it in load_gold(gold):
        start = len(out)
        # an unanswerable question names no source: it goes with the document asked of before it
        # (the question files list each document's questions together)
        doc = next((ev["source"] for ev in it.evidence), doc)
        r = pipe.search(it.question, k=5)
        cs = gen.candidates(r.question, r.hits)
        spans = []
        for ev in it.evidence:
            t = texts.get(ev["source"], "")
            s = t.find(ev["quote"])
            if s >= 0:
                spans.append((ev["source"], s, s + len(ev["quote"])))
        y = np.zeros(len(cs.cands), dtype=np.int8)
        if not it.unanswerable:
            for i, c in enumerate(cs.cands):
                s = c.sent
                over = any(
                    src == s.chunk.source
                    and min(e, s.end) - max(b, s.start) >= 0.5 * min(e - b, s.end - s.start)
                    for src, b, e in spans
                )
                some = any(any(squash(a) in squash(s.text) for a in g) for g in it.answers)
                y[i] = int((over and some) or holds(s.text, it.answers))
            run_labels(cs, y, it.answers)
            out += dropped(gen, it.id, domain, r, cs, y, it.answers)
            out += near(it.id, domain, it.question, r, y, cs)
        out.append(question(it.id, domain, not it.unanswerable, cs, y, it.answers))
        for q in out[start:]:
            q.doc = doc
    return out


def run_labels(cs, y: np.ndarray, groups: list[list[str]]) -> None:
    """Relabel the runs of numbered items among the candidates (generate/runs.py) in place: a run
    is positive only when its text holds every answer group and none of its parts does alone, so
    that a run is learnt as the answer to a question for several things, not to one of them."""
    for i, c in enumerate(cs.cands):
        parts = c.sent.parts
        if parts:
            y[i] = int(holds(c.sent.text, groups) and not any(holds(s.text, groups) for s in parts))


def unanswerable(qid: str, domain: str, cs) -> Question:
    """A near miss: every candidate of ``cs`` is a negative."""
    return question(qid, domain, False, cs, np.zeros(len(cs.cands), dtype=np.int8), [])


def dropped(gen, qid: str, domain: str, r, cs, y: np.ndarray, groups: list[list[str]]) -> list[Question]:
    """A near miss made from an answerable question: its passages without the ones that hold the
    answer. Every candidate left is a negative; the question should be refused."""
    gone = {cs.cands[i].sent.hit_index for i in np.flatnonzero(y)}
    if not gone:
        return []
    hits = [h for i, h in enumerate(r.hits) if i not in gone]
    if not hits:
        return []
    cs2 = gen.candidates(r.question, hits)
    if any(holds(c.sent.text, groups) for c in cs2.cands):
        return []  # the fact is stated again elsewhere: no near miss
    return [unanswerable(f"{qid}#drop", domain, cs2)]


def passages_text(hits) -> str:
    """The titles, headings and text of the retrieved passages."""
    return "\n".join(f"{h.chunk.title}\n{h.chunk.section}\n{h.chunk.text}" for h in hits)


class NearMisses:
    """Near-miss questions made by changing a year, place or part of the year (eval/nearmiss.py)."""

    def __init__(self, pipe: Pipeline, gen: FittedGenerator, seed: int) -> None:
        self.pipe, self.gen = pipe, gen
        self.rng = random.Random(seed)
        self.places = corpus_place_list([d.text for d in pipe.index.documents.values()])
        self.made: dict[str, int] = {}

    def __call__(self, qid: str, domain: str, question: str, r, y: np.ndarray, cs) -> list[Question]:
        if not y.any():
            return []  # only questions whose answer was retrieved: the hard near misses
        lang = "en" if detect_lang(question) == "en" else "zh"
        answer = "\n".join(
            f"{c.sent.chunk.title}\n{c.sent.chunk.section}\n{c.sent.text}"
            for c, pos in zip(cs.cands, y, strict=True)
            if pos
        )
        out = []
        for v in variants(question, lang, passages_text(r.hits), answer, self.places, self.rng):
            try:
                r2 = self.pipe.search(v.question, k=5)
            except QueryError:
                continue
            seen = passages_text(r2.hits)
            if any(m.lower() in seen.lower() for m in v.marks):
                continue  # the changed condition is stated somewhere: perhaps answerable
            cs = self.gen.candidates(r2.question, r2.hits)
            self.made[v.kind] = self.made.get(v.kind, 0) + 1
            out.append(unanswerable(f"{qid}#{v.kind}", domain, cs))
        return out


def mrc_questions(folder: Path, limit: int, seed: int) -> list[Question]:
    pipe = load_pipeline(folder / "index")
    gen = generator(pipe)
    near = NearMisses(pipe, gen, seed)
    out = []
    rows = [json.loads(x) for x in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()][
        :limit
    ]
    t0 = time.time()
    for n, row in enumerate(rows):
        start = len(out)
        try:
            r = pipe.search(row["question"], k=5)
        except QueryError:
            continue  # (an empty question in the data set)
        cs = gen.candidates(r.question, r.hits)
        y = np.array(
            [
                int(
                    c.sent.chunk.source == row["source"]
                    and any(c.sent.start <= s and e <= c.sent.end for s, e in row["spans"])
                )
                for c in cs.cands
            ],
            dtype=np.int8,
        )
        run_labels(cs, y, [row["answers"]])
        if n % 3 == 0:
            out += dropped(gen, row["id"], "mrc", r, cs, y, [row["answers"]])
        out += near(row["id"], "mrc", row["question"], r, y, cs)
        out.append(question(row["id"], "mrc", True, cs, y, [row["answers"]]))
        for q in out[start:]:
            q.doc = row["source"]
        if n % 200 == 0:
            print(f"  mrc {n}/{len(rows)} ({time.time() - t0:.0f}s) near misses {near.made}", file=sys.stderr)
    return out


@dataclass
class Asked:
    """A question of one corpus, to be asked over another (``foreign_questions``)."""

    qid: str
    text: str
    groups: list[list[str]]


def gold_asked(gold: Path) -> list[Asked]:
    """The answerable questions of a gold file."""
    return [Asked(it.id, it.question, it.answers) for it in load_gold(gold) if not it.unanswerable]


def mrc_asked(folder: Path, skip: int) -> list[Asked]:
    """The MRC questions after the first ``skip`` (those are fitted as MRC's own questions)."""
    rows = [json.loads(x) for x in (folder / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    return [Asked(r["id"], r["question"], [r["answers"]]) for r in rows[skip:] if r["question"].strip()]


def foreign_questions(
    index_dir: Path, domain: str, asked: list[Asked], n: int, seed: int, kind: str = "foreign"
) -> list[Question]:
    """Up to ``n`` of ``asked`` (another corpus's questions, sampled with ``seed``) asked over
    ``index_dir``: near misses of ``kind`` (``#foreign``: another writer's policy questions;
    ``#offtopic``: questions of another field) in ``domain``, unless a candidate holds the answer
    (a national rule two corpora both state, say)."""
    pipe = load_pipeline(index_dir)
    gen = generator(pipe)
    out: list[Question] = []
    for a in random.Random(seed).sample(asked, len(asked)):
        if len(out) >= n:
            break
        try:
            r = pipe.search(a.text, k=5)
        except QueryError:
            continue
        cs = gen.candidates(r.question, r.hits)
        if not cs.cands or any(holds(c.sent.text, a.groups) for c in cs.cands):
            continue
        q = unanswerable(f"{a.qid}@{domain}#{kind}", domain, cs)
        q.doc = f"foreign:{a.qid}"
        out.append(q)
    return out
