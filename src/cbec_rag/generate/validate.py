"""Post-generation checks for free-text (LLM) answers.

An LLM is asked to put ``[n]`` after every claim, ``n`` being the number of the
passage it used. :func:`validate_answer` turns that into checkable citations:

1. find the markers: ``[1]``, ``[1][2]``, ``[1, 2]``, ``[1-3]``, full-width ``【1】`` /
   ``［1］`` (1 to 3 digits; a bracketed year such as ``[2023]`` is left alone); the claim
   of a marker is the text of its answer sentence since the previous marker in it (the
   whole sentence when that is too short to say anything);
2. drop numbers outside ``1..len(hits)`` (flagged);
3. resolve each remaining ``[n]`` to the sentence of passage ``n`` that best supports its
   claim (:mod:`.support`: most of the claim's figures stated, then the highest
   IDF-weighted coverage of the claim's words, translations counting; a heading loses a
   tie), and cite that sentence's exact source span (``quote == document.text[start:end]``);
4. check the claim against its cited sentences: a claim whose figures (digits or words:
   "3", "three", "三个") are not all stated by them, or whose words they cover less than
   :data:`MIN_SUPPORT`, is **unsupported** and dropped from the answer with its markers
   (flagged, and listed in ``Validation.dropped``); a citation sharing nothing with its
   claim, or citing an instruction to the model (:data:`INSTRUCTION`: "ignore previous
   instructions…"), is dropped from it. An uncited sentence stating a figure that no cited sentence
   states is dropped too; other uncited sentences are flagged;
5. number the citations densely in order of first appearance and rewrite the
   markers as ``[1][2]``.

An answer with no valid citation left is not valid: the caller then answers with its
fallback (the extractive generator) and marks the answer degraded; an answer that lost
claims is served marked degraded. Refusals (a text equal to or containing the fixed
refusal sentence) validate as refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from ..sentences import split_sentences
from ..types import Citation, Hit
from .base import REFUSAL, DocumentStore, Sentence, refusal_text
from .markers import MARKER, NUMBER
from .numerals import find_figures
from .shapes import is_label
from .support import (
    LIST_MARK,
    ClaimTerms,
    claim_terms,
    coverage,
    figures_found,
    sentence_figures,
    sentence_tokens,
)

_PART = re.compile(rf"({NUMBER})(?:\s*[-–—~～]\s*({NUMBER}))?")
_WORD = re.compile(r"\w", re.UNICODE)
_HAS_CONTENT = re.compile(r"[^\W\d_]", re.UNICODE)  # a letter or a CJK character
_MAX_RANGE = 20  # [1-500] is not a citation range worth expanding

#: a sentence that speaks to the model instead of stating something ("ignore previous
#: instructions…", "忽略之前的指令…"): a claim it supports is an obeyed instruction, not a fact
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.!?。！？]{0,40}\b(?:instructions?|prompts?|rules)\b"
    r"|\bsystem prompt\b|\byou are now\b"
    r"|(?:忽略|无视|忽视|忘记|忘掉)[^。！？]{0,12}(?:指令|指示|提示|规则|要求)|系统提示|你现在是",
    re.I,
)

#: the share of a claim's words (IDF-weighted, translations counting) its cited sentences must
#: have, else the claim is unsupported and dropped. Chosen with eval/sweep_claim_support.py.
#: On 22 fake claims (14 supported, 8 not) with IDF weights, 0.3 kept 13 and dropped all 8; 0.25
#: let one unsupported claim through, 0.35 dropped a second supported one.
MIN_SUPPORT = 0.3


REFUSED_FLAG = "refused: by the model"


class Validation(NamedTuple):
    """The result of :func:`validate_answer`."""

    text: str  # the answer with markers rewritten to the dense citation numbers
    citations: list[Citation]
    flags: list[str]
    valid: bool  # at least one valid citation, or a refusal
    dropped: tuple[str, ...] = ()  # why each unsupported claim was dropped (the answer is degraded)

    @property
    def refused(self) -> bool:
        """The answer is the fixed refusal sentence (``text`` is then the refusal in the
        question's language, with no citations)."""
        return self.valid and not self.citations and REFUSED_FLAG in self.flags


def _norm_refusal(s: str) -> str:
    return re.sub(r"[\s。.!！]+", "", s).lower()


_REFUSALS = tuple(_norm_refusal(r) for r in REFUSAL.values())


def is_refusal(text: str) -> bool:
    """True when ``text`` is, or contains, the fixed refusal sentence (either language)."""
    t = _norm_refusal(text)
    return any(r in t for r in _REFUSALS)


def parse_markers(text: str) -> list[tuple[int, int, list[int]]]:
    """Every marker group in ``text`` as ``(start, end, numbers)``, numbers in written order.
    Adjacent markers (``[1][2]``, ``[1] [2]``) form one group."""
    out: list[tuple[int, int, list[int]]] = []
    for m in MARKER.finditer(text):
        nums: list[int] = []
        for p in _PART.finditer(m.group(1)):
            a = int(p.group(1))
            b = int(p.group(2)) if p.group(2) else a
            if b < a or b - a > _MAX_RANGE:
                b = a
            nums.extend(range(a, b + 1))
        if out and not text[out[-1][1] : m.start()].strip():
            out[-1] = (out[-1][0], m.end(), out[-1][2] + nums)
        else:
            out.append((m.start(), m.end(), nums))
    return out


def char_bigrams(text: str) -> set[str]:
    """Lower-cased bigrams of the word characters (CJK, letters, digits) of ``text``."""
    s = "".join(_WORD.findall(text.lower()))
    if len(s) == 1:
        return {s}
    return {s[i : i + 2] for i in range(len(s) - 1)}


class Support(NamedTuple):
    """How a sentence supports a claim: the claim's figures it states, the share of the claim's
    words it covers."""

    figures: frozenset[str]
    coverage: float


def best_sentence(
    claim: str | ClaimTerms,
    sentences: list[Sentence],
    text: str = "",
    *,
    idf: Callable[[str], float] | None = None,
    vocabulary: Container[str] | None = None,
) -> tuple[Sentence, Support]:
    """The sentence that best supports ``claim`` (its text, or its terms and ``text``): most of
    its figures, then the highest coverage of its words, then not a heading, then most character
    bigrams shared with the claim; the earlier one on a full tie. With how it supports it."""
    if isinstance(claim, str):
        claim, text = claim_terms(claim, idf=idf, vocabulary=vocabulary), claim
    cg = char_bigrams(text) if text else set()
    best, best_key, best_support = sentences[0], None, Support(frozenset(), 0.0)
    for s in sentences:
        sup = Support(
            frozenset(figures_found(claim.figures, sentence_figures(s))), coverage(claim, sentence_tokens(s))
        )
        key = (len(sup.figures), sup.coverage, not is_label(s.text), len(cg & char_bigrams(s.text)))
        if best_key is None or key > best_key:
            best, best_key, best_support = s, key, sup
    return best, best_support


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.extend((pos + i, pos + j) for i, j in split_sentences(line))
        pos += len(line) + 1
    return spans


def _owner(spans: list[tuple[int, int]], p: int) -> int:
    """Index of the sentence a marker at ``p`` belongs to: the one it sits inside or right
    after (``start < p <= end``), else the last sentence starting before it, else the first."""
    owner = -1
    for k, (s, e) in enumerate(spans):
        if s < p <= e:
            return k
        if s < p:
            owner = k
    return owner if owner >= 0 else (0 if spans else -1)


def _short(s: str, n: int = 60) -> str:
    s = re.sub(r"\s+([。，、；：！？,.;:!?])", r"\1", " ".join(s.split()))
    return s if len(s) <= n else s[: n - 1] + "…"


@dataclass
class _Group:
    """One marker group and the claim it closes."""

    start: int  # where its claim starts (after the previous marker of its sentence)
    s: int  # the marker group's span
    e: int
    k: int  # its answer sentence (-1: none)
    claim: str
    refs: list[tuple[int, Sentence]] = field(default_factory=list)  # (passage index, sentence)
    why: str = ""  # why the claim is unsupported ("": it is supported, or it cites nothing)


def _join(values: set[str] | frozenset[str]) -> str:
    return ", ".join(sorted(values))


def validate_answer(
    question: str,
    text: str,
    hits: list[Hit],
    store: DocumentStore,
    *,
    idf: Callable[[str], float] | None = None,
    vocabulary: Container[str] | None = None,
    min_support: float = MIN_SUPPORT,
) -> Validation:
    """Check and normalise the citations of a generated answer (see module docstring).

    ``hits`` are the passages exactly as numbered in the prompt (``[n]`` = ``hits[n-1]``);
    ``idf`` and ``vocabulary`` (the index's) weigh a claim's words and keep its translations
    to words the corpus has (without them every word weighs 1). Returns
    ``(text, citations, flags, valid, dropped)``; ``valid`` is False when no supported claim
    cites a passage sentence. A text that is or contains the refusal sentence gives
    ``(refusal in the question's language, [], ["refused: by the model"], True, ())``,
    recognisable by ``.refused``.
    """
    if is_refusal(text):
        return Validation(refusal_text(question), [], [REFUSED_FLAG], True)
    flags: list[str] = []
    dropped: list[str] = []
    markers = parse_markers(text)
    # the same text with markers blanked out: positions stay aligned, sentences split cleanly
    body = list(text)
    for s, e, _ in markers:
        body[s:e] = " " * (e - s)
    body_s = "".join(body)
    spans = _sentence_spans(body_s)

    out_of_range: list[int] = []
    unresolved: list[int] = []
    sentence_cache: dict[int, list[Sentence]] = {}
    prev_end_in_sentence: dict[int, int] = {}
    groups: list[_Group] = []

    for s, e, nums in markers:
        k = _owner(spans, s)
        # the claim: the owning sentence's text since the previous marker in it (or all of it)
        claim, start = "", s
        if k >= 0:
            ss, se = spans[k]
            start = max(ss, prev_end_in_sentence.get(k, ss))
            claim = body_s[start : min(s, se) if s > ss else se]
            if len(_WORD.findall(claim)) < 4:
                claim = body_s[ss:se]
            prev_end_in_sentence[k] = e
            start = min(start, s)
        group = _Group(start, s, e, k, claim.strip())
        groups.append(group)
        terms = claim_terms(group.claim, idf=idf, vocabulary=vocabulary)
        supports: list[Support] = []
        for n in dict.fromkeys(nums):
            if not 1 <= n <= len(hits):
                out_of_range.append(n)
                continue
            if n not in sentence_cache:
                try:
                    sentence_cache[n] = store.sentences(hits[n - 1].chunk, n - 1)
                except (KeyError, IndexError, ValueError):
                    sentence_cache[n] = []
            sents = sentence_cache[n]
            if not sents:
                unresolved.append(n)
                continue
            sent, sup = best_sentence(terms, sents, group.claim)
            group.refs.append((n - 1, sent))
            supports.append(sup)
        if not group.refs:
            continue
        # a citation that shares nothing with its claim does not support it, nor one that
        # tells the model what to say
        useful = [i for i, sup in enumerate(supports) if sup.figures or sup.coverage > 0]
        obeyed = [i for i in useful if INSTRUCTION.search(group.refs[i][1].text)]
        useful = [i for i in useful if i not in obeyed]
        stated: set[Decimal | str] = set()
        tokens: frozenset[str] = frozenset()
        for i in useful:
            stated |= sentence_figures(group.refs[i][1])
            tokens |= sentence_tokens(group.refs[i][1])
        missing = {f.label for f in terms.figures} - figures_found(terms.figures, stated)
        support = coverage(terms, tokens) if terms.weights else 1.0
        if not useful and obeyed:
            group.why = "its cited sentence is an instruction to the model, not a statement"
        elif not useful:
            group.why = "it shares nothing with its cited sentence"
        elif missing:
            group.why = "figures not found in its cited sentence: " + _join(missing)
        elif support < min_support:
            group.why = f"its cited sentence says too little of it ({support:.2f} < {min_support:g})"
        if group.why:
            dropped.append(f"unsupported claim dropped ({group.why}): “{_short(group.claim)}”")
        elif len(useful) < len(group.refs):
            lost = [group.refs[i][0] + 1 for i in range(len(group.refs)) if i not in useful]
            flags.append(
                "citations not supporting their claim dropped: "
                + ", ".join(f"[{n}]" for n in lost)
                + f" after “{_short(group.claim)}”"
            )
            group.refs = [group.refs[i] for i in useful]

    kept = [g for g in groups if g.refs and not g.why]
    by_sentence: dict[int, list[_Group]] = {}
    for g in groups:
        by_sentence.setdefault(g.k, []).append(g)
    # an answer sentence goes when every claim in it that cites something is unsupported
    gone = {
        k
        for k, gs in by_sentence.items()
        if k >= 0 and any(g.why for g in gs) and all(g.why or not g.refs for g in gs)
    }
    cited_sentences = {g.k for g in kept}
    stated_all: set[Decimal | str] = set()
    for g in kept:
        for _, sent in g.refs:
            stated_all |= sentence_figures(sent)
    for k, (ss, se) in enumerate(spans):
        sent = body_s[ss:se].strip()
        if k in cited_sentences or k in gone or not _HAS_CONTENT.search(sent) or sent.endswith((":", "：")):
            continue
        claimed = find_figures(LIST_MARK.sub("", sent, count=1), ones=False)
        unstated = {f.label for f in claimed} - figures_found(tuple(claimed), stated_all)
        if unstated and kept:
            gone.add(k)
            dropped.append(
                f"uncited claim dropped (figures not found in any cited sentence: {_join(unstated)}): "
                f"“{_short(sent)}”"
            )
        else:
            flags.append(f"uncited sentence: “{_short(sent)}”")

    # number the kept citations in order of first appearance, then rewrite the text
    numbering: dict[tuple[int, int, int], int] = {}
    citations: list[Citation] = []
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement), in text order
    for k in sorted(gone):
        ss, se = spans[k]
        while se < len(text) and text[se] in " \t":
            se += 1
        edits.append((ss, se, ""))
    for g in groups:
        if g.k in gone:
            continue
        if g.why:
            edits.append((g.start, g.e, ""))
            continue
        new: list[int] = []
        for hi, sent in g.refs:
            key = (hi, sent.start, sent.end)
            if key not in numbering:
                numbering[key] = len(citations) + 1
                citations.append(store.citation(numbering[key], sent))
            if numbering[key] not in new:
                new.append(numbering[key])
        edits.append((g.s, g.e, "".join(f"[{n}]" for n in new)))
    edits.sort()
    parts: list[str] = []
    pos = 0
    for s, e, repl in edits:
        if s < pos:  # inside a sentence already dropped
            continue
        chunk = text[pos:s]
        if not repl:
            chunk = chunk.rstrip(" \t")
        parts.append(chunk)
        parts.append(repl)
        pos = e
    parts.append(text[pos:])
    new_text = "".join(parts)
    if dropped:
        new_text = _tidy(new_text)
    new_text = new_text.strip()

    if out_of_range:
        flags.append(
            "citation numbers out of range dropped (passages 1.."
            f"{len(hits)}): " + ", ".join(str(n) for n in dict.fromkeys(out_of_range))
        )
    if unresolved:
        flags.append(
            "citations to passages without sentences dropped: "
            + ", ".join(str(n) for n in dict.fromkeys(unresolved))
        )
    valid = bool(citations)
    if not valid:
        flags.append("no valid citation in the answer" if new_text else "empty answer")
    return Validation(new_text, citations, [*dropped, *flags], valid, tuple(dropped))


_DANGLING = re.compile(r"[ \t]*[，,、；;：:][ \t]*(?=[。．.!?！？]|$)", re.M)
_LEADING = re.compile(r"(^|(?<=[。．!?！？])|(?<=[.] ))[ \t]*[，,、；;][ \t]*", re.M)


def _tidy(text: str) -> str:
    """Punctuation left hanging where claims were cut out ("A[1]，。" -> "A[1]。")."""
    text = _DANGLING.sub("", text)
    text = _LEADING.sub(r"\1", text)
    text = re.sub(r"(?<=[。！？])[ \t]*[。．]", "", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", text))


__all__ = [
    "INSTRUCTION",
    "MARKER",
    "MIN_SUPPORT",
    "REFUSED_FLAG",
    "Support",
    "Validation",
    "best_sentence",
    "char_bigrams",
    "is_refusal",
    "parse_markers",
    "validate_answer",
]
