#!/usr/bin/env python3
"""Checks gold.jsonl and docs/ of the heldout6 set. Standard library only.

Usage: python3 check.py            (run from any directory)
Exit status 0 when there are no errors.
"""
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SRC = os.path.join(HERE, "docs_src")
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "date", "definition", "place", "list", "reason", "other", "yesno"}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

errors = []


def err(msg):
    errors.append(msg)


def doc_lang(name):
    return name.split("_")[1]


def raw_text(name):
    """Text that quotes are matched against: the raw file, or docs_src for pdf/docx."""
    if name.endswith((".pdf", ".docx")):
        p = os.path.join(SRC, name.rsplit(".", 1)[0] + ".txt")
    else:
        p = os.path.join(DOCS, name)
    with open(p, encoding="utf-8") as f:
        return f.read()


def visible_text(name):
    t = raw_text(name)
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", "", t)
    return t


def docx_paragraphs(path):
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(ns + "p"):
        out.append("".join(t.text or "" for t in p.iter(ns + "t")))
    return out


# ---------------------------------------------------------------- documents
docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
if len(docs) != 6:
    err(f"expected 6 documents, found {len(docs)}")
for d in docs:
    if not d.startswith("h6_"):
        err(f"document name without h6_ prefix: {d}")
langs = Counter(doc_lang(d) for d in docs)
if langs != Counter({"zh": 4, "en": 2}):
    err(f"expected 4 zh and 2 en documents, got {dict(langs)}")
exts = Counter(d.rsplit(".", 1)[1] for d in docs)
for need in ("txt", "md", "html"):
    if not exts.get(need):
        err(f"no .{need} document")
if not (exts.get("pdf") or exts.get("docx")):
    err("no .pdf or .docx document")

doc_size = {}
for d in docs:
    path = os.path.join(DOCS, d)
    if d.endswith((".pdf", ".docx")):
        sp = os.path.join(SRC, d.rsplit(".", 1)[0] + ".txt")
        if not os.path.exists(sp):
            err(f"{d}: missing plain-text source {sp}")
            continue
        with open(path, "rb") as f:
            head = f.read(4)
        if d.endswith(".pdf") and head != b"%PDF":
            err(f"{d}: not a PDF file")
        if d.endswith(".docx"):
            if head != b"PK\x03\x04":
                err(f"{d}: not a docx (zip) file")
            else:
                paras = set(p.strip() for p in docx_paragraphs(path))
                for line in raw_text(d).split("\n"):
                    line = line.strip()
                    if not line or " | " in line:
                        continue  # table rows live in table cells
                    if line.startswith("- "):
                        line = line[2:]
                    if line not in paras:
                        err(f"{d}: docs_src line not found as a docx paragraph: {line[:60]}")
    t = visible_text(d)
    if doc_lang(d) == "zh":
        n = len(CJK.findall(t))
        doc_size[d] = f"{n} Chinese chars"
        if not 1200 <= n <= 2200:
            err(f"{d}: {n} Chinese characters, outside 1,200-2,200")
    else:
        n = len(re.findall(r"\b[\w'.,%-]+\b", t))
        doc_size[d] = f"{n} words"
        if not 700 <= n <= 1200:
            err(f"{d}: {n} words, outside 700-1,200")
        if CJK.search(t):
            err(f"{d}: English document contains Chinese characters")

texts = {}
for d in docs:
    try:
        texts[d] = raw_text(d)
    except OSError as e:
        err(f"{d}: cannot read text ({e})")

# ---------------------------------------------------------------- gold
items = []
with open(GOLD, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            items.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")

ids = set()
seq = defaultdict(int)
per_doc = defaultdict(Counter)      # doc -> Counter(lang) for answerable items
broken_cited = set()
for n, it in items:
    where = f"line {n}"
    if list(it.keys()) != KEYS:
        err(f"{where}: keys {list(it.keys())} != {KEYS}")
        continue
    iid = it["id"]
    where = f"{iid} (line {n})"
    m = re.fullmatch(r"h6-(zh|en)-(\d{3})", str(iid))
    if not m:
        err(f"{where}: malformed id")
    else:
        if m.group(1) != it["lang"]:
            err(f"{where}: id language differs from lang")
        seq[m.group(1)] += 1
        if int(m.group(2)) != seq[m.group(1)]:
            err(f"{where}: id number out of sequence")
    if iid in ids:
        err(f"{where}: duplicate id")
    ids.add(iid)
    if it["lang"] not in ("zh", "en"):
        err(f"{where}: bad lang")
    if it["type"] not in TYPES:
        err(f"{where}: bad type {it['type']}")
    qtext = it["question"]
    if not isinstance(qtext, str) or not qtext.strip():
        err(f"{where}: empty question")
    elif it["lang"] == "zh" and not CJK.search(qtext):
        err(f"{where}: zh question without Chinese")
    elif it["lang"] == "en" and len(LATIN.findall(qtext)) <= len(CJK.findall(qtext)):
        err(f"{where}: en question is not mainly English")
    ans, ev, un = it["answers"], it["evidence"], it["unanswerable"]
    if not isinstance(un, bool):
        err(f"{where}: unanswerable is not a boolean")
        continue
    if not isinstance(ans, list) or not isinstance(ev, list):
        err(f"{where}: answers/evidence must be lists")
        continue
    if un:
        if ans or ev:
            err(f"{where}: unanswerable item must have empty answers and evidence")
        continue
    if not ans or not ev:
        err(f"{where}: answerable item needs answers and evidence")
        continue
    srcs = set()
    quotes = []
    for e in ev:
        if not isinstance(e, dict) or list(e.keys()) != ["source", "quote"]:
            err(f"{where}: evidence entry must be {{source, quote}} in that order")
            continue
        s, qt = e["source"], e["quote"]
        srcs.add(s)
        if s not in texts:
            err(f"{where}: unknown source {s}")
            continue
        if not isinstance(qt, str) or not qt:
            err(f"{where}: empty quote")
            continue
        if "\n" in qt or "\r" in qt:
            err(f"{where}: quote contains a newline")
        if qt not in texts[s]:
            err(f"{where}: quote not found in {s}: {qt[:50]}")
        quotes.append(qt)
    if len(srcs) != 1:
        err(f"{where}: evidence must come from exactly one document ({srcs})")
        continue
    src = next(iter(srcs))
    for a, b in zip(quotes, quotes[1:]):
        if src in texts and (a + "\n" + b) in texts[src]:
            broken_cited.add(src)
    for g in ans:
        if not isinstance(g, list) or not g:
            err(f"{where}: each answer group must be a non-empty list")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(f"{where}: empty answer alternative")
                continue
            if not any(alt in qt for qt in quotes):
                err(f"{where}: answer '{alt}' not in any quote of the item")
            if src in texts and doc_lang(src) == "en" and CJK.search(alt):
                err(f"{where}: Chinese answer over an English document: {alt}")
    if src in texts and doc_lang(src) == "zh":
        flat = "".join(a for g in ans for a in g)
        if not (CJK.search(flat) or re.search(r"\d", flat)):
            err(f"{where}: answers over a Chinese document are not in Chinese")
    per_doc[src][it["lang"]] += 1

for d in docs:
    if d not in broken_cited:
        err(f"{d}: no sentence broken across a line is cited as two quotes")

# ---------------------------------------------------------------- counts
recs = [it for _, it in items if list(it.keys()) == KEYS]
total = len(recs)
by_lang = Counter(r["lang"] for r in recs)
unans = [r for r in recs if r["unanswerable"]]
answerable = [r for r in recs if not r["unanswerable"]]
type_all = Counter(r["type"] for r in recs)
type_ans = Counter(r["type"] for r in answerable)


def cross(lang):
    n = 0
    for r in answerable:
        if r["lang"] == lang and doc_lang(r["evidence"][0]["source"]) != lang:
            n += 1
    return n


if not 220 <= total <= 240:
    err(f"{total} questions, outside 220-240")
for lg in ("zh", "en"):
    share = by_lang[lg] / total if total else 0
    if not 0.45 <= share <= 0.55:
        err(f"{lg} share {share:.1%} is not about half")
    if total and cross(lg) / by_lang[lg] < 0.20:
        err(f"only {cross(lg)} of {by_lang[lg]} {lg} questions cross over (<20%)")
if len(unans) < 45:
    err(f"only {len(unans)} unanswerable questions (<45)")
for t in ("list", "reason"):
    if type_ans[t] < 30:
        err(f"only {type_ans[t]} answerable {t} questions (<30)")
for d in docs:
    if sum(per_doc[d].values()) < 30:
        err(f"{d}: only {sum(per_doc[d].values())} answerable questions (<30)")

# ---------------------------------------------------------------- report
print(f"documents: {len(docs)}")
for d in docs:
    print(f"  {d}: {doc_size.get(d, '?')}")
print(f"questions: {total}  zh {by_lang['zh']}  en {by_lang['en']}")
print(f"answerable: {len(answerable)}  unanswerable: {len(unans)}"
      f" (zh {sum(r['lang'] == 'zh' for r in unans)}, en {sum(r['lang'] == 'en' for r in unans)})")
print(f"cross-language answerable: en over zh docs {cross('en')}, zh over en docs {cross('zh')}")
print("type        all  answerable  zh  en")
for t in sorted(TYPES):
    zh = sum(r["type"] == t and r["lang"] == "zh" for r in recs)
    en = sum(r["type"] == t and r["lang"] == "en" for r in recs)
    print(f"  {t:<10}{type_all[t]:>4}{type_ans[t]:>12}{zh:>4}{en:>4}")
print("answerable per document (all / zh / en):")
for d in docs:
    c = per_doc[d]
    print(f"  {d}: {sum(c.values())} / {c['zh']} / {c['en']}")
multi = sum(len(r["evidence"]) > 1 for r in answerable)
print(f"items with more than one quote: {multi}")
if errors:
    print(f"\n{len(errors)} error(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\n0 errors")
