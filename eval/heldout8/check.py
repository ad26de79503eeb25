#!/usr/bin/env python3
"""Validate gold.jsonl of the heldout8 set against docs/ and docs_src/ and print counts.
Standard library only. Exit status 0 when there are no errors."""
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
TYPES = ["figure", "date", "definition", "place", "list", "reason", "other", "yesno"]
CJK = re.compile(r"[\u3400-\u9fff]")
errors = []


def err(msg):
    errors.append(msg)


def doc_lang(name):
    return "zh" if name.startswith("h8_zh_") else "en"


def source_text(name):
    """Reference text of a document: raw file for txt/md/html, docs_src/<stem>.txt for pdf/docx."""
    stem, ext = os.path.splitext(name)
    if ext in (".pdf", ".docx"):
        p = os.path.join(SRC, stem + ".txt")
    else:
        p = os.path.join(DOCS, name)
    with open(p, encoding="utf-8") as f:
        return f.read()


def visible(name, text):
    if name.endswith(".html"):
        text = re.sub(r"<[^>]+>", "", text[text.find("<body"):])
    return text


# ---------- documents ----------
docs = sorted(os.listdir(DOCS))
texts = {}
expected_formats = Counter({("zh", ".txt"): 1, ("zh", ".md"): 1, ("zh", ".html"): 1, ("zh", ".pdf"): 1,
                            ("en", ".docx"): 1, ("en", ".txt"): 1})
got_formats = Counter((doc_lang(d), os.path.splitext(d)[1]) for d in docs)
if got_formats != expected_formats:
    err("document formats %s != expected %s" % (dict(got_formats), dict(expected_formats)))
doc_rows = []
for d in docs:
    try:
        texts[d] = source_text(d)
    except OSError as e:
        err("cannot read reference text for %s: %s" % (d, e))
        continue
    raw = os.path.join(DOCS, d)
    if d.endswith(".pdf"):
        with open(raw, "rb") as f:
            if not f.read(5).startswith(b"%PDF"):
                err("%s is not a PDF" % d)
    if d.endswith(".docx"):
        with open(raw, "rb") as f:
            if not f.read(2) == b"PK":
                err("%s is not a zip/docx" % d)
    v = visible(d, texts[d])
    if doc_lang(d) == "zh":
        n_cjk = len(CJK.findall(v))
        n_chars = len(re.sub(r"\s", "", v))
        size = "%d chars (%d CJK)" % (n_chars, n_cjk)
        if not 1400 <= n_chars <= 2100:
            err("%s: %d non-space characters, outside 1,400-2,100" % (d, n_chars))
    else:
        n_words = len(v.split())
        size = "%d words" % n_words
        if not 800 <= n_words <= 1100:
            err("%s: %d words, outside 800-1,100" % (d, n_words))
    doc_rows.append((d, size))
    if d.endswith(".html") and not ("<table" in texts[d] and "<ul>" in texts[d]):
        err("%s: html needs a <table> and a <ul>" % d)
    if d.endswith(".md") and not re.search(r"^\|.*\|\s*$\n^\|\s*-{3}", texts[d], re.M):
        err("%s: markdown needs a pipe table" % d)

# ---------- gold ----------
items = []
with open(GOLD, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            err("line %d: empty line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("line %d: invalid JSON (%s)" % (n, e))
            continue
        items.append((n, obj))

seen = set()
per_doc = defaultdict(Counter)
broken_cited = set()
for n, o in items:
    where = "line %d (%s)" % (n, o.get("id"))
    if list(o.keys()) != KEYS:
        err("%s: keys %s, expected %s" % (where, list(o.keys()), KEYS))
        continue
    if not re.fullmatch(r"h8-(zh|en)-\d{3}", str(o["id"])):
        err("%s: bad id" % where)
    if o["id"] in seen:
        err("%s: duplicate id" % where)
    seen.add(o["id"])
    if o["lang"] not in ("zh", "en"):
        err("%s: bad lang" % where)
    elif not o["id"].startswith("h8-%s-" % o["lang"]):
        err("%s: id prefix does not match lang" % where)
    if o["type"] not in TYPES:
        err("%s: bad type %r" % (where, o["type"]))
    q = o["question"]
    if not isinstance(q, str) or not q.strip():
        err("%s: empty question" % where)
    elif o["lang"] == "zh" and len(CJK.findall(q)) < 4:
        err("%s: zh question without Chinese" % where)
    elif o["lang"] == "en" and (len(re.findall(r"[A-Za-z]+", q)) < 4 or len(CJK.findall(q)) > 8):
        err("%s: en question is not English" % where)
    if not isinstance(o["unanswerable"], bool):
        err("%s: unanswerable must be a boolean" % where)
    ans, ev = o["answers"], o["evidence"]
    if not isinstance(ans, list) or not all(isinstance(g, list) and g and all(isinstance(a, str) and a.strip() for a in g) for g in ans):
        err("%s: answers must be a list of non-empty lists of non-empty strings" % where)
        continue
    if not isinstance(ev, list) or not all(isinstance(e, dict) and list(e.keys()) == ["source", "quote"] for e in ev):
        err("%s: evidence must be a list of {source, quote}" % where)
        continue
    if o["unanswerable"]:
        if ans or ev:
            err("%s: unanswerable item must have empty answers and evidence" % where)
        per_doc["(unanswerable)"][o["lang"]] += 1
        continue
    if not ans or not ev:
        err("%s: answerable item needs answers and evidence" % where)
        continue
    sources = {e["source"] for e in ev}
    if len(sources) != 1:
        err("%s: evidence from more than one document" % where)
    quotes = []
    for e in ev:
        s, qt = e["source"], e["quote"]
        if s not in texts:
            err("%s: unknown source %r" % (where, s))
            continue
        if "\n" in qt or "\r" in qt:
            err("%s: quote contains a newline" % where)
        if not qt.strip():
            err("%s: empty quote" % where)
        if qt not in texts[s]:
            err("%s: quote not found in %s: %r" % (where, s, qt[:60]))
        quotes.append(qt)
    for a, b in zip(ev, ev[1:]):
        if a["source"] == b["source"] and (a["quote"] + "\n" + b["quote"]) in texts.get(a["source"], ""):
            broken_cited.add(a["source"])
    src = ev[0]["source"]
    for g in ans:
        for alt in g:
            if not any(alt in qt for qt in quotes):
                err("%s: answer %r is not a substring of any quote" % (where, alt))
            if doc_lang(src) == "en" and CJK.search(alt):
                err("%s: answer %r on an English document contains Chinese" % (where, alt))
            if doc_lang(src) == "zh" and not CJK.search(alt) and re.search(r"[A-Za-z]{3,}", alt):
                err("%s: answer %r on a Chinese document is English" % (where, alt))
    if o["type"] == "list" and len(ans) < 2:
        err("%s: list item needs at least 2 answer groups" % where)
    per_doc[src][o["lang"]] += 1

for d in docs:
    if d not in broken_cited:
        err("%s: no sentence broken across a line is cited as two quotes" % d)

# ---------- counts ----------
objs = [o for _, o in items if list(o.keys()) == KEYS]
total = len(objs)
by_lang = Counter(o["lang"] for o in objs)
ua = Counter((o["lang"], o["unanswerable"]) for o in objs)
by_type = defaultdict(Counter)
for o in objs:
    by_type[o["type"]][o["lang"]] += 1
n_ua = sum(1 for o in objs if o["unanswerable"])
n_list = sum(1 for o in objs if o["type"] == "list")
n_reason = sum(1 for o in objs if o["type"] == "reason")
cross_en_on_zh = sum(1 for o in objs if not o["unanswerable"] and o["lang"] == "en" and doc_lang(o["evidence"][0]["source"]) == "zh")
cross_zh_on_en = sum(1 for o in objs if not o["unanswerable"] and o["lang"] == "zh" and doc_lang(o["evidence"][0]["source"]) == "en")

if not 200 <= total <= 240:
    err("total %d questions, expected about 220 (200-240)" % total)
if total and not 0.45 <= by_lang["en"] / total <= 0.55:
    err("English share %.1f%% is not about half" % (100.0 * by_lang["en"] / total))
if n_ua < 40:
    err("only %d unanswerable items (need >= 40)" % n_ua)
if n_list < 36:
    err("only %d list items (need >= 36)" % n_list)
if n_reason < 36:
    err("only %d reason items (need >= 36)" % n_reason)
for lang in ("zh", "en"):
    if ua[(lang, True)] < 15:
        err("too few unanswerable %s items" % lang)

print("documents:")
for d, size in doc_rows:
    print("  %-60s %s" % (d, size))
print()
print("questions: %d   zh: %d   en: %d (%.1f%%)" % (total, by_lang["zh"], by_lang["en"], 100.0 * by_lang["en"] / max(total, 1)))
print()
print("%-14s %5s %5s %6s" % ("", "zh", "en", "total"))
print("%-14s %5d %5d %6d" % ("answerable", ua[("zh", False)], ua[("en", False)], ua[("zh", False)] + ua[("en", False)]))
print("%-14s %5d %5d %6d" % ("unanswerable", ua[("zh", True)], ua[("en", True)], n_ua))
print()
print("%-14s %5s %5s %6s" % ("type", "zh", "en", "all"))
for t in TYPES:
    print("%-14s %5d %5d %6d" % (t, by_type[t]["zh"], by_type[t]["en"], by_type[t]["zh"] + by_type[t]["en"]))
print()
print("answerable questions per document (zh / en question language):")
for d in docs:
    print("  %-60s %3d / %3d" % (d, per_doc[d]["zh"], per_doc[d]["en"]))
print("English questions over Chinese documents (answerable): %d" % cross_en_on_zh)
print("Chinese questions over English documents (answerable): %d" % cross_zh_on_en)
print()
if errors:
    print("%d ERROR(S):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: 0 errors on %d lines" % total)
