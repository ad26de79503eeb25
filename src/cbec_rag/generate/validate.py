"""Post-generation checks for free-text (LLM) answers.

An LLM is asked to put ``[n]`` after every claim, ``n`` being the number of the
passage it used. :func:`validate_answer` turns that into checkable citations:

1. find the markers: ``[1]``, ``[1][2]``, ``[1, 2]``, ``[1-3]``, full-width ``【1】`` /
   ``［1］`` (1 to 3 digits; a bracketed year such as ``[2023]`` is left alone);
2. drop numbers outside ``1..len(hits)`` (flagged);
3. resolve each remaining ``[n]`` to the sentence of passage ``n`` that best supports
   the claim it follows (character-bigram overlap between the claim and every
   sentence of ``store.sentences(hits[n-1].chunk)``, the max wins), and cite that
   sentence's exact source span (``quote == document.text[start:end]``);
4. number the citations densely in order of first appearance and rewrite the
   markers as ``[1][2]``;
5. flag answer sentences without a valid citation and figures that appear in no
   cited quote.

An answer with no valid citation at all is not valid: the caller then answers with
its fallback (the extractive generator) and marks the answer degraded. Refusals are
(a text equal to or containing the fixed refusal sentence) validate as refused.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..sentences import split_sentences
from ..types import Citation, Hit
from .base import REFUSAL, DocumentStore, Sentence, refusal_text, unsupported_figures

# one marker group: [1] [1, 2] [1-3] 【1】 ［1，2］ ... (numbers of 1-3 digits)
_NUM = r"\d{1,3}"
_SEP = r"\s*(?:[,，、;；]|[-–—~～])\s*"
MARKER = re.compile(rf"[\[【［]\s*({_NUM}(?:{_SEP}{_NUM})*)\s*[\]】］]")
_PART = re.compile(rf"({_NUM})(?:\s*[-–—~～]\s*({_NUM}))?")
_WORD = re.compile(r"\w", re.UNICODE)
_HAS_CONTENT = re.compile(r"[^\W\d_]", re.UNICODE)  # a letter or a CJK character
_MAX_RANGE = 20  # [1-500] is not a citation range worth expanding


REFUSED_FLAG = "refused: by the model"


class Validation(NamedTuple):
    """The result of :func:`validate_answer` (unpacks as ``text, citations, flags, valid``)."""

    text: str  # the answer with markers rewritten to the dense citation numbers
    citations: list[Citation]
    flags: list[str]
    valid: bool  # at least one valid citation, or a refusal

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


def best_sentence(claim: str, sentences: list[Sentence]) -> tuple[Sentence, int]:
    """The sentence sharing most character bigrams with ``claim`` (ties: the more precise,
    then the earlier one), with the size of the overlap."""
    cg = char_bigrams(claim)
    best, best_key = sentences[0], (-1, -1.0)
    for s in sentences:
        sg = char_bigrams(s.text)
        inter = len(cg & sg)
        key = (inter, inter / max(1, len(sg)))
        if key > best_key:
            best, best_key = s, key
    return best, best_key[0]


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


def validate_answer(question: str, text: str, hits: list[Hit], store: DocumentStore) -> Validation:
    """Check and normalise the citations of a generated answer (see module docstring).

    ``hits`` are the passages exactly as numbered in the prompt (``[n]`` = ``hits[n-1]``).
    Returns ``(text, citations, flags, valid)``; ``valid`` is False when no marker
    resolves to a passage sentence. A text that is or contains the refusal sentence
    gives ``(refusal in the question's language, [], ["refused: by the model"], True)``,
    recognisable by ``.refused``.
    """
    if is_refusal(text):
        return Validation(refusal_text(question), [], [REFUSED_FLAG], True)
    flags: list[str] = []
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
    numbering: dict[tuple[int, int, int], int] = {}  # (hit index, start, end) -> new number
    citations: list[Citation] = []
    cited_sentences: set[int] = set()
    rewritten: list[list[int]] = []  # new numbers per marker group
    prev_end_in_sentence: dict[int, int] = {}

    for s, e, nums in markers:
        k = _owner(spans, s)
        # the claim: the owning sentence's text since the previous marker in it (or all of it)
        claim = ""
        if k >= 0:
            ss, se = spans[k]
            claim = body_s[max(ss, prev_end_in_sentence.get(k, ss)) : min(s, se) if s > ss else se]
            if len(_WORD.findall(claim)) < 4:
                claim = body_s[ss:se]
            prev_end_in_sentence[k] = e
        new_nums: list[int] = []
        for n in nums:
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
            sent, _overlap = best_sentence(claim, sents)
            key = (n - 1, sent.start, sent.end)
            if key not in numbering:
                numbering[key] = len(citations) + 1
                citations.append(store.citation(numbering[key], sent))
            if numbering[key] not in new_nums:
                new_nums.append(numbering[key])
        if new_nums and k >= 0:
            cited_sentences.add(k)
        rewritten.append(new_nums)

    # rewrite the markers (a group left empty disappears, with the space before it)
    parts: list[str] = []
    pos = 0
    for (s, e, _), new in zip(markers, rewritten, strict=True):
        chunk = text[pos:s]
        if not new:
            chunk = chunk.rstrip(" \t")
        parts.append(chunk)
        parts.append("".join(f"[{n}]" for n in new))
        pos = e
    parts.append(text[pos:])
    new_text = "".join(parts).strip()

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
    for k, (ss, se) in enumerate(spans):
        sent = body_s[ss:se].strip()
        if k in cited_sentences or not _HAS_CONTENT.search(sent) or sent.endswith((":", "：")):
            continue
        flags.append(f"uncited sentence: “{_short(sent)}”")
    missing = unsupported_figures(new_text, citations)
    if missing:
        flags.append("figures not found in cited quotes: " + ", ".join(sorted(missing)))
    valid = bool(citations)
    if not valid:
        flags.append("no valid citation in the answer" if new_text else "empty answer")
    return Validation(new_text, citations, flags, valid)


__all__ = [
    "MARKER",
    "REFUSED_FLAG",
    "Validation",
    "best_sentence",
    "char_bigrams",
    "is_refusal",
    "parse_markers",
    "validate_answer",
]
