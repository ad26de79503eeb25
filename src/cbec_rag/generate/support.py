"""How well a cited sentence supports a claim of a generated answer.

Two measures, in this order:

* **figures**: the claim's numbers, percentages and years (digits or words: "3", "three", "三个")
  that the sentence states too. A sentence's own figures are those of its text, of its table
  header (a row's column names date its cells) and the year its passage last named before it (what
  dates a yearless sentence, as for the extractive answer).
* **coverage**: the IDF-weighted share of the claim's words that the sentence has, a word counting
  as found when the sentence has it or one of its cross-lingual translations (the bridge of
  :func:`cbec_rag.crosslingual.build_query`: glossary and CC-CEDICT, kept to the index vocabulary
  when one is given). Each word of the claim is one unit, so an English claim over a Chinese
  sentence is not diluted by its translations. A word's weight is its query weight times its IDF;
  a word the index does not know weighs what its best known translation weighs, and a word known
  in no form weighs the highest IDF (a claim the corpus never words is not supported).

Figures are left out of the coverage: they are checked on their own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from decimal import Decimal

from ..crosslingual import build_query
from ..tokenize import is_number, token_set, tokenize
from .base import Sentence
from .numerals import Figure, find_figures
from .shapes import table_header

#: a list mark starting a line ("1.", "（二）", "- "): neither a word nor a figure of a claim
LIST_MARK = re.compile(
    r"^\s*(?:\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）]|[（(]?[一二三四五六七八九十]{1,2}[、)）]|[-*•·]\s)"
)


@dataclass(frozen=True)
class ClaimTerms:
    """A claim's words and figures, ready to be compared with sentences."""

    weights: dict[str, float]  # each word of the claim -> its weight
    forms: dict[str, frozenset[str]]  # each word -> the tokens that say it (itself, its translations)
    figures: tuple[Figure, ...]

    @property
    def total(self) -> float:
        return math.fsum(self.weights.values())


def claim_terms(
    claim: str,
    *,
    idf: Callable[[str], float] | None = None,
    vocabulary: Container[str] | None = None,
) -> ClaimTerms:
    """The words (with their translations and weights) and figures of ``claim``. A list mark at
    its start ("1.", "（二）") is neither a word nor a figure."""
    claim = LIST_MARK.sub("", claim, count=1)
    idf = idf or (lambda term: 1.0)
    found = find_figures(claim, ones=False)
    wordy = claim
    for f in reversed(find_figures(claim)):  # figures are checked on their own
        wordy = wordy[: f.start] + " " + wordy[f.end :]
    wq = build_query(wordy, vocabulary=vocabulary)
    words = [t for t in dict.fromkeys(wq.original) if not is_number(t)]
    forms: dict[str, set[str]] = {t: {t} for t in words}
    for source, expansions in wq.expansions.items():
        for t in dict.fromkeys(tokenize(source)):
            if t in forms:
                forms[t].update(expansions)

    def weight(t: str) -> float:
        if vocabulary is None or t in vocabulary:
            return wq.terms.get(t, 1.0) * idf(t)
        known = [wq.terms.get(a, 0.0) * idf(a) for a in forms[t] if a != t and a in vocabulary]
        return max(known) if known else idf(t)

    return ClaimTerms(
        {t: weight(t) for t in words},
        {t: frozenset(f) for t, f in forms.items()},
        tuple(found),
    )


def sentence_tokens(sent: Sentence) -> frozenset[str]:
    """The tokens of a sentence, with its table header's for a row."""
    header = table_header(sent)
    return token_set(sent.text) | token_set(header) if header else token_set(sent.text)


def sentence_figures(sent: Sentence) -> set[Decimal | str]:
    """What the figures a sentence states may mean: its text's, its table header's, and its
    passage's year."""
    header = table_header(sent) or ""
    out = stated(f"{header}\n{sent.text}")
    if sent.year:
        out.add(Decimal(sent.year))
    return out


def stated(text: str) -> set[Decimal | str]:
    """The values of the figures of ``text`` (each number, and with its unit)."""
    return {v for f in find_figures(text) for v in f.values}


def coverage(claim: ClaimTerms, tokens: frozenset[str]) -> float:
    """The IDF-weighted share of the claim's words found (in some form) among ``tokens``
    (0 for a claim without words)."""
    total = claim.total
    if not total:
        return 0.0
    return math.fsum(w for t, w in claim.weights.items() if claim.forms[t] & tokens) / total


def figures_found(figures: tuple[Figure, ...], values: set[Decimal | str]) -> set[str]:
    """The labels of ``figures`` that one of ``values`` reads as."""
    return {f.label for f in figures if f.values & values}


__all__ = [
    "LIST_MARK",
    "ClaimTerms",
    "claim_terms",
    "coverage",
    "figures_found",
    "sentence_figures",
    "sentence_tokens",
    "stated",
]
