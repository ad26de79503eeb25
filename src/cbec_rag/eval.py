"""Evaluation harness: retrieval, answers, citations and refusal on a gold set.

Gold format (one JSON object a line)::

    {"id", "lang": "zh"|"en", "type", "question", "answers": [["alt", "alt"], ["fact 2"]],
     "evidence": [{"source", "quote"}], "unanswerable": false}

* A passage is relevant when its source span covers most (>= 50%) of an evidence
  quote's span in the same source file.
* An answer is correct when every answer group has an alternative in the answer
  text (compared without whitespace, case-folded).
* Citation precision (ALCE-style): share of citations whose quote supports the
  answer: it covers most of an evidence quote or contains a key fact. Answer
  support: share of answered (answerable) questions with at least one such
  citation. Citation recall: share of correct answers whose every key fact appears
  in a cited quote.
* Quote validity: ``quote == source_text[start:end]`` for every citation.
"""

from __future__ import annotations

import html
import json
import math
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QueryError
from .types import Answer, Hit

KS = (1, 3, 5, 10)
MODES = ("bm25", "dense", "hybrid")


@dataclass
class GoldItem:
    id: str
    lang: str
    question: str
    answers: list[list[str]]
    evidence: list[dict[str, str]]
    unanswerable: bool = False
    type: str = ""
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (source, start, end) of evidence


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def load_gold(path: Path) -> list[GoldItem]:
    if not Path(path).is_file():
        raise QueryError(f"gold file not found: {path} (pass --gold FILE)")
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            items.append(
                GoldItem(
                    id=obj["id"],
                    lang=obj["lang"],
                    question=obj["question"],
                    answers=obj.get("answers", []),
                    evidence=obj.get("evidence", []),
                    unanswerable=bool(obj.get("unanswerable", False)),
                    type=obj.get("type", ""),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise QueryError(f"{path}:{n}: not a gold item ({e})") from e
    return items


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # an HTML tag, not a "<" or ">" of the text
_MIN_LOOSE = 6


def _loose_spans(text: str, quote: str, squashed: dict[str, tuple[str, list[int]]]) -> list[tuple[int, int]]:
    """Where ``quote`` occurs in ``text`` when whitespace, HTML tags and entities are ignored: a
    quote copied from a raw HTML table row or a PDF's source text, against the cleaned text the
    index holds. ``squashed`` caches each text's squashed form and its offsets."""
    if text not in squashed:
        # each character case-folded on its own ("ß" becomes "ss"): every folded character keeps
        # the offset of the character it came from
        folded = [(i, f) for i, ch in enumerate(text) if not ch.isspace() for f in ch.casefold()]
        squashed[text] = ("".join(f for _, f in folded), [i for i, _ in folded])
    flat, pos = squashed[text]
    needle = _squash(html.unescape(_TAG.sub(" ", quote)))
    spans: list[tuple[int, int]] = []
    # (a quote of a few characters, a tag-only one left with a number, would match anywhere)
    start = flat.find(needle) if len(needle) >= _MIN_LOOSE else -1
    while start >= 0:
        spans.append((pos[start], pos[start + len(needle) - 1] + 1))
        start = flat.find(needle, start + 1)
    return spans


def locate_evidence(items: list[GoldItem], texts: dict[str, str]) -> list[str]:
    """Fill ``spans`` from the source texts (by source path); return validation errors. A quote
    is found verbatim, or else with whitespace, HTML tags and entities ignored (an HTML table row
    quoted from the raw file, a PDF's line breaks)."""
    errors = []
    squashed: dict[str, tuple[str, list[int]]] = {}
    corpus = "".join(_squash(t) for t in texts.values())
    for it in items:
        it.spans = []
        if it.unanswerable:
            if it.answers or it.evidence:
                errors.append(f"{it.id}: unanswerable items have no answers or evidence")
            continue
        if not it.answers or not it.evidence:
            errors.append(f"{it.id}: answerable items need answers and evidence")
        for ev in it.evidence:
            text = texts.get(ev["source"])
            if text is None:
                errors.append(f"{it.id}: unknown source {ev['source']}")
                continue
            start = text.find(ev["quote"])
            if start < 0:
                loose = _loose_spans(text, ev["quote"], squashed)
                if not loose:
                    errors.append(f"{it.id}: quote not verbatim in {ev['source']}: {ev['quote'][:40]}")
                it.spans.extend((ev["source"], s, e) for s, e in loose)
            while start >= 0:
                it.spans.append((ev["source"], start, start + len(ev["quote"])))
                start = text.find(ev["quote"], start + 1)
        for group in it.answers:
            if not any(_squash(alt) in corpus or alt.isascii() for alt in group):
                errors.append(f"{it.id}: no alternative of {group} occurs in the corpus")
    return errors


def is_relevant(hit: Hit, item: GoldItem) -> bool:
    c = hit.chunk
    for source, s, e in item.spans:
        if source == c.source and min(e, c.end) - max(s, c.start) >= 0.5 * (e - s):
            return True
    return False


def answer_correct(text: str, item: GoldItem) -> bool:
    body = _squash(re.sub(r"\[\d+\]", "", text))
    return all(any(_squash(alt) in body for alt in group) for group in item.answers)


def _retrieval_metrics(ranks: list[int | None], n_relevant: list[int]) -> dict[str, float]:
    """ranks: 1-based rank of the first relevant passage (None if not in top 10)."""
    n = len(ranks) or 1
    out = {f"hit@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in KS}
    out["mrr@10"] = sum(1.0 / r for r in ranks if r is not None) / n
    return out


def _ndcg(rel: list[bool], n_rel: int) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, r in enumerate(rel[:10]) if r)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(10, max(1, n_rel))))
    return dcg / ideal if ideal else 0.0


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def _citation_scores(ans: Answer, item: GoldItem) -> tuple[int, int, bool]:
    """(supported citations, citations, every key fact backed by a citation)."""
    facts = [_squash(a) for g in item.answers for a in g]
    supported = 0
    for c in ans.citations:
        q = _squash(c.quote)
        covers = any(
            src == c.source and min(e, c.end) - max(s, c.start) >= 0.5 * (e - s) for src, s, e in item.spans
        )
        if covers or any(f and f in q for f in facts):
            supported += 1
    quotes = [_squash(c.quote) for c in ans.citations]
    backed = all(any(_squash(a) in q for a in g for q in quotes) for g in item.answers)
    return supported, len(ans.citations), backed


def run_eval(
    pipe,
    gold: list[GoldItem],
    *,
    generators: list[str] | tuple[str, ...] = ("extractive",),
    k: int = 10,
    progress: bool = False,
) -> dict[str, Any]:
    """Run every retrieval mode and generator over the gold set; return the report dict."""
    t_start = time.perf_counter()
    texts = {d.source: d.text for d in pipe.index.documents.values()}
    errors = locate_evidence(gold, texts)
    answerable = [it for it in gold if not it.unanswerable]
    report: dict[str, Any] = {
        "gold": {
            "items": len(gold),
            "answerable": len(answerable),
            "unanswerable": len(gold) - len(answerable),
            "errors": errors,
        },
        "index_version": pipe.version,
        "embedder": pipe.index.manifest["embedder"]["id"],
        "retrieval": {},
        "answers": {},
        "latency_ms": {},
        "failures": [],
    }
    # --- retrieval ---------------------------------------------------------------------------
    first_rel: dict[str, dict[str, int | None]] = {m: {} for m in MODES}
    retrieved: dict[str, list[Hit]] = {}
    lat: dict[str, list[float]] = {}
    for mode in MODES:
        per_lang: dict[str, list] = {}
        for it in answerable:
            r = pipe.search(it.question, k=k, mode=mode)
            for stage, ms in r.timings_ms.items():
                lat.setdefault(f"{mode}.{stage}", []).append(ms)
            rel = [is_relevant(h, it) for h in r.hits]
            rank = next((i + 1 for i, x in enumerate(rel) if x), None)
            first_rel[mode][it.id] = rank
            n_rel = sum(1 for c in pipe.index.chunks if is_relevant(Hit(c, 0.0), it))
            for lang in (it.lang, "all"):
                per_lang.setdefault(lang, []).append((rank, _ndcg(rel, n_rel)))
            if mode == "hybrid":
                retrieved[it.id] = r.hits
        report["retrieval"][mode] = {
            lang: {
                **_retrieval_metrics([r for r, _ in rows], []),
                "ndcg@10": statistics.fmean(n for _, n in rows),
                "n": len(rows),
            }
            for lang, rows in sorted(per_lang.items())
        }
    # --- answers -----------------------------------------------------------------------------
    for gen in generators:
        rows = []
        confidences = []
        points: list[tuple[float | None, bool, bool, bool]] = []
        for it in gold:
            ans = pipe.ask(it.question, k=5, mode="hybrid", generator=gen)
            for stage, ms in ans.timings_ms.items():
                lat.setdefault(f"ask.{gen}.{stage}", []).append(ms)
            valid = all(
                pipe.index.documents[c.doc_id].text[c.start : c.end] == c.quote for c in ans.citations
            )
            correct = (not it.unanswerable) and (not ans.refused) and answer_correct(ans.text, it)
            sup, n_cit, backed = (
                _citation_scores(ans, it) if not it.unanswerable else (0, len(ans.citations), False)
            )
            confidences.append((ans.confidence, it.unanswerable))
            points.append(
                (ans.confidence, ans.refused, correct or (it.unanswerable and ans.refused), it.unanswerable)
            )
            rows.append((it, ans, correct, valid, sup, n_cit, backed))
            if it.unanswerable != ans.refused or (not it.unanswerable and not correct):
                report["failures"].append(_failure(it, ans, gen, first_rel["hybrid"].get(it.id)))
        report["answers"][gen] = _answer_metrics(rows)
        report["answers"][gen]["calibration"] = _calibrate(confidences)
        # (confidence, refused, handled right, unanswerable) per question, for the report's plots
        report["answers"][gen]["points"] = points
    report["latency_ms"] = {
        stage: {"p50": round(_pct(v, 0.5), 2), "p95": round(_pct(v, 0.95), 2)}
        for stage, v in sorted(lat.items())
    }
    report["seconds"] = round(time.perf_counter() - t_start, 2)
    if progress:
        print(f"evaluated {len(gold)} questions in {report['seconds']} s", file=sys.stderr)
    return report


def _answer_metrics(rows: list) -> dict[str, Any]:
    def summarise(sel: list) -> dict[str, float]:
        ans_rows = [r for r in sel if not r[0].unanswerable]
        un_rows = [r for r in sel if r[0].unanswerable]
        n_cit = sum(r[5] for r in ans_rows)
        correct = [r for r in ans_rows if r[2]]
        answered = [r for r in ans_rows if not r[1].refused]
        out = {
            "n": len(ans_rows),
            "accuracy": len(correct) / len(ans_rows) if ans_rows else 0.0,
            "citation_precision": sum(r[4] for r in ans_rows) / n_cit if n_cit else 0.0,
            "answer_support": sum(1 for r in answered if r[4]) / len(answered) if answered else 0.0,
            "citation_recall": sum(1 for r in correct if r[6]) / len(correct) if correct else 0.0,
            "wrongly_refused": sum(1 for r in ans_rows if r[1].refused) / len(ans_rows) if ans_rows else 0.0,
        }
        if un_rows:
            out["unanswerable_refused"] = sum(1 for r in un_rows if r[1].refused) / len(un_rows)
            out["n_unanswerable"] = len(un_rows)
        return out

    out: dict[str, Any] = {"all": summarise(rows)}
    for lang in sorted({r[0].lang for r in rows}):
        out[lang] = summarise([r for r in rows if r[0].lang == lang])
    out["by_type"] = {
        t: summarise([r for r in rows if r[0].type == t])["accuracy"]
        for t in sorted({r[0].type for r in rows if not r[0].unanswerable})
    }
    n_quotes = sum(len(r[1].citations) for r in rows)
    out["quote_validity"] = sum(1 for r in rows if r[3]) / len(rows) if rows else 0.0
    out["citations"] = n_quotes
    return out


def _calibrate(conf: list[tuple[float | None, bool]]) -> dict[str, float]:
    """The refusal threshold that minimises total errors with wrong refusals <= 5%."""
    ans = sorted(c for c, u in conf if not u and c is not None)
    una = sorted(c for c, u in conf if u and c is not None)
    if not ans:
        return {}
    best = None
    for t in sorted({0.0, *ans, *una}):
        wrong = sum(1 for c in ans if c < t) / len(ans)
        missed = sum(1 for c in una if c >= t) / len(una) if una else 0.0
        key = (wrong > 0.05, wrong + missed, -t)
        if best is None or key < best[0]:
            best = (key, t, wrong, missed)
    _, t, wrong, missed = best
    return {
        "suggested_threshold": round(t, 4),
        "wrongly_refused_at": round(wrong, 4),
        "unanswerable_answered_at": round(missed, 4),
    }


def _failure(it: GoldItem, ans: Answer, gen: str, rank: int | None) -> dict[str, Any]:
    return {
        "id": it.id,
        "generator": gen,
        "lang": it.lang,
        "question": it.question,
        "expected": "(unanswerable)" if it.unanswerable else " / ".join("|".join(g) for g in it.answers),
        "answer": ans.text,
        "refused": ans.refused,
        "confidence": ans.confidence,
        "first_relevant_rank": rank,
        "retrieved": [
            f"{h.chunk.source} § {h.chunk.section[:40]}: {h.chunk.text[:60]}" for h in ans.passages[:3]
        ],
    }


def flatten(obj: Any, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(obj, (int, float)) and not isinstance(obj, bool):
        out[prefix] = float(obj)
    return out


def check_thresholds(
    report: dict[str, Any], mins: dict[str, float], maxs: dict[str, float] | None = None
) -> list[str]:
    """Metrics (dotted keys, e.g. ``retrieval.hybrid.zh.hit@5``) below their minimum or above
    their maximum (e.g. ``answers.extractive.all.wrongly_refused``)."""
    flat = flatten({k: v for k, v in report.items() if k in ("retrieval", "answers")})
    failed = []
    for bound, limits in (("min", mins), ("max", maxs or {})):
        for key, limit in limits.items():
            if key not in flat:
                failed.append(f"{key}: no such metric")
            elif bound == "min" and flat[key] < limit:
                failed.append(f"{key} = {flat[key]:.4f} < {limit}")
            elif bound == "max" and flat[key] > limit:
                failed.append(f"{key} = {flat[key]:.4f} > {limit}")
    return failed


def load_thresholds(path: Path) -> tuple[dict[str, float], dict[str, float]]:
    """``{"min": {metric: value}, "max": {metric: value}}`` (a flat object means minimums)."""
    try:
        obj = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise QueryError(f"cannot read thresholds file {path}: {e}") from e
    if "min" in obj or "max" in obj:
        return dict(obj.get("min", {})), dict(obj.get("max", {}))
    return {k: v for k, v in obj.items() if not k.startswith("_")}, {}


def render_markdown(report: dict[str, Any], *, failures: bool = True) -> str:
    lines = [
        f"# cbec-rag evaluation ({report['gold']['items']} gold questions, index {report['index_version']}, "
        f"embedder {report['embedder']})",
        "",
        "## Retrieval",
        "",
    ]
    langs = sorted({lang for m in report["retrieval"].values() for lang in m})
    metrics = [f"hit@{k}" for k in KS] + ["mrr@10", "ndcg@10"]
    lines.append("| metric | " + " | ".join(f"{m} {lang}" for lang in langs for m in MODES) + " |")
    lines.append("|---|" + "---|" * (len(langs) * len(MODES)))
    for met in metrics:
        cells = [f"{report['retrieval'][m].get(lang, {}).get(met, 0):.3f}" for lang in langs for m in MODES]
        lines.append(f"| {met} | " + " | ".join(cells) + " |")
    lines += ["", "## Answers", ""]
    for gen, res in report["answers"].items():
        lines.append(f"### {gen}")
        lines.append("")
        lines.append(
            "| slice | n | accuracy | citation precision | answer support | citation recall | wrongly refused "
            "| unanswerable refused |"
        )
        lines.append("|---|---|---|---|---|---|---|---|")
        for sl in ("all", "zh", "en"):
            if sl in res:
                r = res[sl]
                un = f"{r['unanswerable_refused']:.3f}" if "unanswerable_refused" in r else "-"
                lines.append(
                    f"| {sl} | {r['n']} | {r['accuracy']:.3f} | {r['citation_precision']:.3f} | "
                    f"{r['answer_support']:.3f} | "
                    f"{r['citation_recall']:.3f} | {r['wrongly_refused']:.3f} | {un} |"
                )
        lines.append("")
        lines.append(
            "Accuracy by question type: " + ", ".join(f"{t} {v:.2f}" for t, v in res["by_type"].items())
        )
        lines.append(
            f"Quote validity: {res['quote_validity']:.3f} over {res['citations']} citations. "
            f"Refusal calibration: {res.get('calibration')}"
        )
        lines.append("")
    lines += ["## Latency (ms)", "", "| stage | p50 | p95 |", "|---|---|---|"]
    for stage, v in report["latency_ms"].items():
        lines.append(f"| {stage} | {v['p50']} | {v['p95']} |")
    lines.append(f"\nEvaluation took {report['seconds']} s.")
    if report["gold"]["errors"]:
        lines += ["", "## Gold set problems", ""] + [f"- {e}" for e in report["gold"]["errors"]]
    if failures and report["failures"]:
        lines += ["", f"## Failed questions ({len(report['failures'])})", ""]
        for f in report["failures"]:
            lines.append(f"- **{f['id']}** ({f['generator']}, {f['lang']}) {f['question']}")
            lines.append(
                f"  - expected: {f['expected']}; first relevant passage rank: {f['first_relevant_rank']}"
            )
            lines.append(
                f"  - answered (refused={f['refused']}, confidence={f['confidence']}): {f['answer'][:200]!r}"
            )
            for r in f["retrieved"]:
                lines.append(f"  - retrieved: {r}")
    return "\n".join(lines) + "\n"
