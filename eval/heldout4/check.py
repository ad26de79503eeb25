#!/usr/bin/env python3
"""Self-check for the heldout4 corpus (standard library only).

Checks gold.jsonl against docs/ (and docs_src/ for .pdf/.docx documents):
key order, types, unique ids, answers inside evidence quotes, quotes inside
their sources without newlines, empty unanswerables, the required counts,
document sizes and formats. If pypdf / python-docx can be imported, quotes
from .pdf/.docx documents are also checked against the extracted text
(whitespace removed). Prints counts and "errors: N".
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SRC = os.path.join(HERE, "docs_src")
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "date", "place", "list", "reason", "definition", "yesno", "other"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def nows(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- documents
def binary_src_path(name):
    return os.path.join(SRC, name.rsplit(".", 1)[0] + ".txt")


def extract_binary(path):
    """Extracted text of a .pdf/.docx, or None when the library is missing."""
    if path.endswith(".docx"):
        try:
            import docx  # python-docx
        except ImportError:
            return None
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                parts.append("\t".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".pdf"):
        try:
            import pypdf
        except ImportError:
            return None
        return "\n".join((pg.extract_text() or "") for pg in pypdf.PdfReader(path).pages)
    return None


raw = {}        # file name -> text quotes are matched against
extracted = {}  # file name -> whitespace-free extracted text (pdf/docx only)
doc_names = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
for f in doc_names:
    p = os.path.join(DOCS, f)
    if f.endswith((".pdf", ".docx")):
        sp = binary_src_path(f)
        if not os.path.exists(sp):
            err("missing docs_src text for %s" % f)
            continue
        raw[f] = open(sp, encoding="utf-8").read()
        ex = extract_binary(p)
        if ex is not None:
            extracted[f] = nows(ex)
            if nows(raw[f]) != extracted[f]:
                # not fatal by itself; quotes are checked one by one below
                pass
    else:
        raw[f] = open(p, encoding="utf-8").read()

# names and formats
zh_docs = [f for f in doc_names if f.startswith("h4_zh_")]
en_docs = [f for f in doc_names if f.startswith("h4_en_")]
for f in doc_names:
    if not (f.startswith("h4_zh_") or f.startswith("h4_en_")):
        err("bad document name %s" % f)
if len(doc_names) != 6 or len(zh_docs) != 4 or len(en_docs) != 2:
    err("expected 6 documents (4 zh, 2 en), got %d (%d zh, %d en)" % (len(doc_names), len(zh_docs), len(en_docs)))
exts = Counter(f.rsplit(".", 1)[1] for f in doc_names)
for e in ("txt", "md", "html"):
    if not exts[e]:
        err("no .%s document" % e)
if not (exts["pdf"] or exts["docx"]):
    err("no .pdf or .docx document")
for f in doc_names:
    if f.endswith(".html") and "<table" not in raw.get(f, ""):
        err("%s has no <table>" % f)

# sizes
sizes = {}
for f in doc_names:
    t = raw.get(f, "")
    if f.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", t)
    if f.startswith("h4_zh_"):
        n = len(CJK.findall(t))
        sizes[f] = "%d CJK chars" % n
        if not 2000 <= n <= 3000:
            err("%s: %d CJK characters (want 2000-3000)" % (f, n))
    else:
        n = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,%-]*", t))
        sizes[f] = "%d words" % n
        if not 1000 <= n <= 1800:
            err("%s: %d words (want 1000-1800)" % (f, n))

# ---------------------------------------------------------------- gold
items = []
with open(GOLD, encoding="utf-8") as fh:
    for ln, line in enumerate(fh, 1):
        if not line.strip():
            err("line %d: empty line" % ln)
            continue
        try:
            items.append((ln, json.loads(line)))
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (ln, e))

ids = Counter()
for ln, it in items:
    tag = "line %d (%s)" % (ln, it.get("id"))
    if list(it.keys()) != KEYS:
        err("%s: key order %s" % (tag, list(it.keys())))
        continue
    ids[it["id"]] += 1
    lang = it["lang"]
    if lang not in ("zh", "en"):
        err("%s: bad lang" % tag)
    if not re.fullmatch(r"h4-(zh|en)-\d{3}", it["id"]) or it["id"][3:5] != lang:
        err("%s: id does not match h4-<lang>-NNN" % tag)
    if it["type"] not in TYPES:
        err("%s: bad type %r" % (tag, it["type"]))
    q = it["question"]
    if not isinstance(q, str) or not q.strip():
        err("%s: empty question" % tag)
    elif lang == "zh" and not CJK.search(q):
        err("%s: zh question without Chinese" % tag)
    elif lang == "en" and len(CJK.findall(q)) > 12:
        err("%s: en question mostly Chinese" % tag)
    if not isinstance(it["unanswerable"], bool):
        err("%s: unanswerable not bool" % tag)
        continue
    ans, ev = it["answers"], it["evidence"]
    if it["unanswerable"]:
        if ans != [] or ev != []:
            err("%s: unanswerable item must have empty answers and evidence" % tag)
        continue
    if not ans or not ev:
        err("%s: answerable item without answers or evidence" % tag)
        continue
    quotes = []
    for e in ev:
        if list(e.keys()) != ["source", "quote"]:
            err("%s: evidence keys %s" % (tag, list(e.keys())))
            continue
        s, qt = e["source"], e["quote"]
        if s not in raw:
            err("%s: unknown source %s" % (tag, s))
            continue
        if not qt or "\n" in qt or "\r" in qt:
            err("%s: empty quote or newline in quote" % tag)
            continue
        if qt not in raw[s]:
            err("%s: quote not in %s: %s" % (tag, s, qt[:40]))
        if s in extracted and nows(qt) not in extracted[s]:
            err("%s: quote not in extracted text of %s: %s" % (tag, s, qt[:40]))
        quotes.append((s, qt))
    srcs = {s for s, _ in quotes}
    for g in ans:
        if not isinstance(g, list) or not g:
            err("%s: answer group must be a non-empty list" % tag)
            continue
        for a in g:
            if not isinstance(a, str) or not a:
                err("%s: empty answer alternative" % tag)
                continue
            if not any(a in qt for _, qt in quotes):
                err("%s: answer %r not in any evidence quote" % (tag, a))
            if srcs and all(s.startswith("h4_en_") for s in srcs) and CJK.search(a):
                err("%s: Chinese answer %r on an English document" % (tag, a))
    if len(srcs) > 1:
        err("%s: evidence from more than one document" % tag)

for i, n in ids.items():
    if n > 1:
        err("duplicate id %s" % i)

# ---------------------------------------------------------------- counts
recs = [it for _, it in items if list(it.keys()) == KEYS]
N = len(recs)
by_lang = Counter(r["lang"] for r in recs)
by_type = Counter(r["type"] for r in recs)
una = [r for r in recs if r["unanswerable"]]
una_lang = Counter(r["lang"] for r in una)
ansd = [r for r in recs if not r["unanswerable"]]


def doc_lang(r):
    return "zh" if r["evidence"][0]["source"].startswith("h4_zh_") else "en"


en_on_zh = sum(1 for r in ansd if r["lang"] == "en" and doc_lang(r) == "zh")
zh_on_en = sum(1 for r in ansd if r["lang"] == "zh" and doc_lang(r) == "en")
per_doc = Counter(r["evidence"][0]["source"] for r in ansd)

print("documents:")
for f in doc_names:
    print("  %-40s %s" % (f, sizes.get(f, "?")))
print("questions: %d (zh %d, en %d)" % (N, by_lang["zh"], by_lang["en"]))
print("answerable: %d; unanswerable: %d (zh %d, en %d)" % (len(ansd), len(una), una_lang["zh"], una_lang["en"]))
print("English questions on Chinese documents (answerable): %d" % en_on_zh)
print("Chinese questions on English documents (answerable): %d" % zh_on_en)
print("types: " + ", ".join("%s %d" % (t, by_type[t]) for t in sorted(TYPES, key=lambda t: -by_type[t])))
print("figure share: %.1f%%" % (100.0 * by_type["figure"] / max(N, 1)))
print("answerable per document: " + ", ".join("%s %d" % (k, v) for k, v in sorted(per_doc.items())))

if N < 120:
    err("fewer than 120 questions")
for l in ("zh", "en"):
    if by_lang[l] < 55:
        err("fewer than 55 %s questions" % l)
    if una_lang[l] < 12:
        err("fewer than 12 %s unanswerable questions" % l)
if len(una) < 28:
    err("fewer than 28 unanswerable questions")
if en_on_zh < 25:
    err("fewer than 25 English questions on Chinese documents")
if zh_on_en < 12:
    err("fewer than 12 Chinese questions on English documents")
if by_type["list"] < 20:
    err("fewer than 20 list questions")
if by_type["reason"] < 15:
    err("fewer than 15 reason questions")
if by_type["figure"] > 0.45 * N:
    err("figure questions above 45%")
if not extracted and any(f.endswith((".pdf", ".docx")) for f in doc_names):
    print("note: pypdf/python-docx not importable; pdf/docx quotes checked against docs_src only")

for e in errors:
    print("ERROR:", e)
print("errors: %d" % len(errors))
sys.exit(1 if errors else 0)
