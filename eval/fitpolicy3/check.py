#!/usr/bin/env python3
"""Check gold.jsonl and docs/ of fitpolicy3. Prints counts and the number of errors."""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold.jsonl")
KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "place", "list", "date", "reason", "definition", "other", "yesno"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


# ---------- documents ----------
docs = {}
for name in sorted(os.listdir(DOCS)):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        docs[name] = f.read()

if len(docs) != 6:
    err(f"expected 6 documents, found {len(docs)}")
zh_docs = [d for d in docs if d.startswith("zh_")]
en_docs = [d for d in docs if d.startswith("en_")]
if len(zh_docs) != 4 or len(en_docs) != 2:
    err(f"expected 4 zh + 2 en documents, found {len(zh_docs)} + {len(en_docs)}")
exts = Counter(os.path.splitext(d)[1] for d in docs)
for e in (".txt", ".md", ".html"):
    if exts[e] < 1:
        err(f"no {e} document")
for d, t in docs.items():
    if d.endswith(".html") and "<table" not in t:
        err(f"{d}: html without <table>")
    if d.startswith("zh_"):
        plain = re.sub(r"<[^>]+>", "", t) if d.endswith(".html") else t
        n = len(re.sub(r"\s", "", plain))
        if not 1450 <= n <= 2100:
            err(f"{d}: {n} non-space chars, expected ~1500-2000")
    else:
        n = len(t.split())
        if not 780 <= n <= 1150:
            err(f"{d}: {n} words, expected ~800-1100")
if not any(d.endswith(".md") and re.search(r"^\| ?-+", docs[d], re.M) for d in docs):
    err("no markdown table in any .md document")

# ---------- gold ----------
items = []
with open(GOLD, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except Exception as e:  # noqa
            err(f"line {ln}: invalid JSON ({e})")
            continue
        if list(obj.keys()) != KEYS:
            err(f"line {ln}: keys {list(obj.keys())} != {KEYS}")
            continue
        items.append((ln, obj))

ids = Counter(o["id"] for _, o in items)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

doc_answerable = Counter()
cross_en_on_zh = 0
cross_zh_on_en = 0
broken_docs = set()
for ln, o in items:
    lang = o["lang"]
    if lang not in ("zh", "en"):
        err(f"line {ln}: lang {lang!r}")
    if not re.fullmatch(rf"fp3-{lang}-\d{{3}}", o["id"]):
        err(f"line {ln}: bad id {o['id']}")
    if o["type"] not in TYPES:
        err(f"line {ln}: bad type {o['type']}")
    if not isinstance(o["question"], str) or not o["question"].strip():
        err(f"line {ln}: empty question")
    if lang == "zh" and not CJK.search(o["question"]):
        err(f"line {ln}: zh question without Chinese")
    if lang == "en" and CJK.search(o["question"]):
        err(f"line {ln}: en question contains Chinese")
    if not isinstance(o["unanswerable"], bool):
        err(f"line {ln}: unanswerable not bool")
    if o["unanswerable"]:
        if o["answers"] != [] or o["evidence"] != []:
            err(f"line {ln}: unanswerable item with answers/evidence")
        continue
    if not o["answers"] or not o["evidence"]:
        err(f"line {ln}: answerable item without answers or evidence")
        continue
    quotes = []
    srcs = set()
    for ev in o["evidence"]:
        if list(ev.keys()) != ["source", "quote"]:
            err(f"line {ln}: evidence keys {list(ev.keys())}")
            continue
        s, q = ev["source"], ev["quote"]
        if s not in docs:
            err(f"line {ln}: unknown source {s}")
            continue
        if "\n" in q or "\r" in q:
            err(f"line {ln}: quote contains a newline")
        if not q or q not in docs[s]:
            err(f"line {ln}: quote not in {s}: {q[:40]}")
        quotes.append(q)
        srcs.add(s)
    # sentences broken across a line: consecutive quotes joined by a newline
    for a, b in zip(o["evidence"], o["evidence"][1:]):
        if a["source"] == b["source"] and (a["quote"] + "\n" + b["quote"]) in docs[a["source"]]:
            broken_docs.add(a["source"])
    if len(srcs) != 1:
        err(f"line {ln}: evidence from {len(srcs)} documents")
    src = next(iter(srcs)) if srcs else None
    for g in o["answers"]:
        if not isinstance(g, list) or not g:
            err(f"line {ln}: empty answer group")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt:
                err(f"line {ln}: empty answer alternative")
            elif not any(alt in q for q in quotes):
                err(f"line {ln}: answer {alt!r} not in any quote")
            if src and src.startswith("zh_") and re.search(r"[A-Za-z]{3,}", alt):
                err(f"line {ln}: English answer {alt!r} on a Chinese document")
            if src and src.startswith("en_") and CJK.search(alt):
                err(f"line {ln}: Chinese answer {alt!r} on an English document")
    if src:
        doc_answerable[src] += 1
        if lang == "en" and src.startswith("zh_"):
            cross_en_on_zh += 1
        if lang == "zh" and src.startswith("en_"):
            cross_zh_on_en += 1

# ---------- counts ----------
n = len(items)
by_lang = Counter(o["lang"] for _, o in items)
unans = [o for _, o in items if o["unanswerable"]]
if not 140 <= n <= 160:
    err(f"{n} questions, expected 140-160")
if by_lang["en"] < 0.45 * n:
    err(f"English questions {by_lang['en']} < 45% of {n}")
if not 30 <= len(unans) <= 35:
    err(f"{len(unans)} unanswerable, expected 30-35")
if cross_en_on_zh < 30:
    err(f"only {cross_en_on_zh} English questions over Chinese documents")
if cross_zh_on_en < 8:
    err(f"only {cross_zh_on_en} Chinese questions over English documents")
for d in docs:
    if doc_answerable[d] < 15:
        err(f"{d}: only {doc_answerable[d]} answerable questions")
    if d not in broken_docs:
        err(f"{d}: no item cites a sentence broken across a line")

print(f"questions: {n}  zh: {by_lang['zh']}  en: {by_lang['en']} ({100 * by_lang['en'] / max(n, 1):.1f}%)")
for lang in ("zh", "en"):
    a = sum(1 for _, o in items if o["lang"] == lang and not o["unanswerable"])
    u = sum(1 for _, o in items if o["lang"] == lang and o["unanswerable"])
    print(f"  {lang}: answerable {a}, unanswerable {u}")
print(f"answerable: {n - len(unans)}  unanswerable: {len(unans)}")
print(f"English questions over Chinese docs (answerable): {cross_en_on_zh}")
print(f"Chinese questions over English docs (answerable): {cross_zh_on_en}")
print("answerable questions per document:")
for d in sorted(docs):
    print(f"  {d}: {doc_answerable[d]}")
print("types (all / zh / en):")
tc = Counter((o["type"], o["lang"]) for _, o in items)
for t in ["figure", "place", "list", "date", "reason", "definition", "other", "yesno"]:
    print(f"  {t}: {tc[(t, 'zh')] + tc[(t, 'en')]} / {tc[(t, 'zh')]} / {tc[(t, 'en')]}")
print(f"errors: {len(errors)}")
for e in errors:
    print("  ERROR", e)
sys.exit(1 if errors else 0)
