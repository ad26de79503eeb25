#!/usr/bin/env python3
"""Validate the heldout3 corpus: gold.jsonl against docs/ (and docs_src/ for .docx/.pdf).

Standard library only. If python-docx / pypdf are importable, quotes from .docx/.pdf
documents are additionally checked against the text extracted from the binary file
(whitespace removed on both sides).

Usage: python3 check.py
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SRC = os.path.join(HERE, "docs_src")
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "date", "place", "list", "reason", "definition", "yesno", "other"}
BINARY = (".docx", ".pdf")

errors = []


def err(msg):
    errors.append(msg)


def ws(s):
    return re.sub(r"\s+", "", s)


def cjk_count(s):
    return len(re.findall(r"[\u4e00-\u9fff]", s))


def doc_lang(name):
    m = re.match(r"h3_(zh|en)_", name)
    return m.group(1) if m else None


# ---------------------------------------------------------------- documents
docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
raw = {}        # text that quotes are matched against
extracted = {}  # whitespace-free text extracted from docx/pdf (if libs available)
for f in docs:
    path = os.path.join(DOCS, f)
    if doc_lang(f) is None:
        err(f"doc {f}: name must start with h3_zh_ or h3_en_")
    if f.endswith(BINARY):
        sp = os.path.join(SRC, os.path.splitext(f)[0] + ".txt")
        if not os.path.exists(sp):
            err(f"doc {f}: missing docs_src/{os.path.basename(sp)}")
            continue
        raw[f] = open(sp, encoding="utf-8").read()
        try:
            if f.endswith(".docx"):
                import docx  # type: ignore
                d = docx.Document(path)
                parts = [p.text for p in d.paragraphs]
                for t in d.tables:
                    for r in t.rows:
                        parts.append(" | ".join(c.text for c in r.cells))
                extracted[f] = ws("\n".join(parts))
            else:
                import pypdf  # type: ignore
                extracted[f] = ws("".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages))
        except ImportError:
            pass
        # every non-empty source line must appear in the binary (when extractable)
        if f in extracted:
            for line in raw[f].split("\n"):
                if line.strip() and ws(line) not in extracted[f]:
                    err(f"doc {f}: source line not found in extracted text: {line[:40]!r}")
    else:
        raw[f] = open(path, encoding="utf-8").read()

# sizes and formats
size_info = {}
for f, text in raw.items():
    lang = doc_lang(f)
    body = re.sub(r"<[^>]+>", " ", text) if f.endswith(".html") else text
    if lang == "zh":
        n = cjk_count(body)
        size_info[f] = f"{n} CJK chars"
        if not 2000 <= n <= 3000:
            err(f"doc {f}: {n} CJK characters, expected 2000-3000")
    elif lang == "en":
        n = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'.,%-]*", body))
        size_info[f] = f"{n} words"
        if not 1000 <= n <= 1800:
            err(f"doc {f}: {n} words, expected 1000-1800")
    if "\n" not in text.strip():
        err(f"doc {f}: expected multi-line text")

langs = Counter(doc_lang(f) for f in docs)
if len(docs) != 6 or langs["zh"] != 4 or langs["en"] != 2:
    err(f"expected 6 documents (4 zh, 2 en), found {len(docs)} {dict(langs)}")
exts = Counter(os.path.splitext(f)[1] for f in docs)
for e in (".txt", ".md", ".html"):
    if not exts[e]:
        err(f"no {e} document")
if not (exts[".docx"] or exts[".pdf"]):
    err("no .docx or .pdf document")
for f in docs:
    if f.endswith(".html") and "<table" not in raw[f]:
        err(f"doc {f}: html without <table>")

# ---------------------------------------------------------------- gold
items = []
with open(GOLD, encoding="utf-8") as fh:
    for i, line in enumerate(fh, 1):
        if not line.strip():
            err(f"line {i}: blank line")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: bad JSON ({e})")

ids = Counter(it.get("id") for it in items)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate id {k}")

per_lang = Counter()
per_type = Counter()
per_type_lang = defaultdict(Counter)
unans = Counter()
cross = Counter()          # (question lang, doc lang) for answerable items
per_doc = Counter()
multi_group = 0

for it in items:
    iid = it.get("id", "?")
    if list(it.keys()) != KEYS:
        err(f"{iid}: keys {list(it.keys())} != {KEYS}")
        continue
    lang = it["lang"]
    if lang not in ("zh", "en"):
        err(f"{iid}: bad lang {lang}")
    if not re.fullmatch(rf"h3-{lang}-\d{{3}}", iid):
        err(f"{iid}: id does not match h3-{lang}-NNN")
    if it["type"] not in TYPES:
        err(f"{iid}: bad type {it['type']}")
    q = it["question"]
    if not isinstance(q, str) or not q.strip():
        err(f"{iid}: empty question")
    elif lang == "zh" and cjk_count(q) < 5:
        err(f"{iid}: zh question without Chinese text")
    elif lang == "en" and cjk_count(q) > len(q) * 0.2:
        err(f"{iid}: en question is mostly Chinese")
    per_lang[lang] += 1
    per_type[it["type"]] += 1
    per_type_lang[it["type"]][lang] += 1
    if not isinstance(it["unanswerable"], bool):
        err(f"{iid}: unanswerable must be bool")
    if it["unanswerable"]:
        unans[lang] += 1
        if it["answers"] != [] or it["evidence"] != []:
            err(f"{iid}: unanswerable item must have empty answers and evidence")
        continue
    if not it["answers"] or not it["evidence"]:
        err(f"{iid}: answerable item needs answers and evidence")
        continue
    quotes = []
    srcs = set()
    for ev in it["evidence"]:
        if list(ev.keys()) != ["source", "quote"]:
            err(f"{iid}: evidence keys {list(ev.keys())}")
            continue
        s, qt = ev["source"], ev["quote"]
        srcs.add(s)
        if s not in raw:
            err(f"{iid}: unknown source {s}")
            continue
        if "\n" in qt or "\r" in qt:
            err(f"{iid}: newline in quote")
        if not qt.strip():
            err(f"{iid}: empty quote")
        if qt not in raw[s]:
            err(f"{iid}: quote not in {s}: {qt[:50]!r}")
        if s in extracted and ws(qt) not in extracted[s]:
            err(f"{iid}: quote not in extracted text of {s}: {qt[:50]!r}")
        quotes.append(qt)
    if len(srcs) != 1:
        err(f"{iid}: evidence should come from exactly one document, got {sorted(srcs)}")
    dlang = doc_lang(next(iter(srcs))) if srcs else None
    for g in it["answers"]:
        if not isinstance(g, list) or not g:
            err(f"{iid}: answer group must be a non-empty list")
            continue
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(f"{iid}: empty answer alternative")
                continue
            if not any(a in qt for qt in quotes):
                err(f"{iid}: answer {a!r} not in any quote")
            if dlang == "en" and cjk_count(a):
                err(f"{iid}: answer {a!r} on an English document contains Chinese")
            if dlang == "zh" and re.search(r"[A-Za-z]{4,}", a):
                err(f"{iid}: answer {a!r} on a Chinese document looks English")
    if len(it["answers"]) >= 2:
        multi_group += 1
    for s in srcs:
        per_doc[s] += 1
    if dlang:
        cross[(lang, dlang)] += 1

total = len(items)
n_unans = sum(unans.values())
fig_share = per_type["figure"] / total if total else 0


def need(cond, msg):
    if not cond:
        err(msg)


need(total >= 100, f"only {total} questions (need >= 100)")
need(per_lang["en"] >= 45, f"only {per_lang['en']} English questions (need >= 45)")
need(per_lang["zh"] >= 45, f"only {per_lang['zh']} Chinese questions (need >= 45)")
need(n_unans >= 25, f"only {n_unans} near misses (need >= 25)")
need(unans["zh"] >= 10 and unans["en"] >= 10, f"near misses per language {dict(unans)} (need >= 10 each)")
need(cross[("en", "zh")] >= 22, f"only {cross[('en', 'zh')]} English questions on Chinese docs (need >= 22)")
need(cross[("zh", "en")] >= 10, f"only {cross[('zh', 'en')]} Chinese questions on English docs (need >= 10)")
need(multi_group >= 10, f"only {multi_group} questions with >= 2 answer groups (need >= 10)")
need(fig_share <= 0.55, f"figure share {fig_share:.1%} > 55%")
for f in docs:
    need(per_doc[f] >= 1, f"doc {f} is not used as evidence")

# ---------------------------------------------------------------- report
print("documents:")
for f in docs:
    print(f"  {f:48s} {size_info.get(f, '?'):>16s}  answerable questions: {per_doc[f]}")
print(f"questions: {total}  (zh {per_lang['zh']}, en {per_lang['en']})")
print(f"answerable: {total - n_unans}  near misses: {n_unans} (zh {unans['zh']}, en {unans['en']})")
print("types (all / zh / en):")
for t in sorted(per_type, key=lambda x: -per_type[x]):
    print(f"  {t:11s} {per_type[t]:4d} {per_type_lang[t]['zh']:4d} {per_type_lang[t]['en']:4d}")
print(f"figure share: {fig_share:.1%}")
print(f"cross-language (answerable): en questions on zh docs {cross[('en', 'zh')]}, "
      f"zh questions on en docs {cross[('zh', 'en')]}; same-language: zh/zh {cross[('zh', 'zh')]}, en/en {cross[('en', 'en')]}")
print(f"questions with >= 2 answer groups: {multi_group}")
print(f"binary docs checked against extracted text: {sorted(extracted) or 'none (python-docx/pypdf not importable)'}")
for e in errors:
    print("ERROR:", e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
