#!/usr/bin/env python3
"""Checks gold.jsonl against docs/ (python3 check.py)."""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "place", "list", "date", "reason", "definition", "other", "yesno"}
ID_RE = re.compile(r"^fp2-(zh|en)-\d{3}$")

errors = []


def err(msg):
    errors.append(msg)


docs = {}
for name in sorted(os.listdir(DOCS)):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        docs[name] = f.read()


def doc_lang(name):
    return "zh" if name.startswith("zh_") else "en"


# document checks: counts, formats, mid-phrase line breaks
exts = Counter(os.path.splitext(n)[1] for n in docs)
langs = Counter(doc_lang(n) for n in docs)
if len(docs) != 6:
    err("expected 6 documents, found %d" % len(docs))
if langs["zh"] != 4 or langs["en"] != 2:
    err("expected 4 zh + 2 en documents, found %s" % dict(langs))
for e in (".txt", ".md", ".html"):
    if exts[e] < 1:
        err("no %s document" % e)
doc_size = {}
for name, text in docs.items():
    plain = re.sub(r"<[^>]+>", " ", text) if name.endswith(".html") else text
    if doc_lang(name) == "zh":
        size = len(re.sub(r"\s", "", plain))
        doc_size[name] = "%d chars" % size
        if not 1400 <= size <= 2100:
            err("%s: %d non-space chars, outside ~1500-2000" % (name, size))
    else:
        size = len([w for w in plain.split() if re.search(r"[A-Za-z0-9]", w)])
        doc_size[name] = "%d words" % size
        if not 780 <= size <= 1120:
            err("%s: %d words, outside ~800-1100" % (name, size))
    if name.endswith(".md") and not re.search(r"^\|.*\|\s*$\n^\|\s*-+", text, re.M):
        err("%s: no markdown table" % name)
    if name.endswith(".html") and "<table" not in text:
        err("%s: no <table>" % name)
    # a line that ends mid-sentence (no closing punctuation / tag) followed by a text line
    broken = 0
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        cur, nxt = lines[i].rstrip(), lines[i + 1].strip()
        if not cur or not nxt or cur.startswith(("#", "|", "<h", "表", "注")):
            continue
        if cur.endswith(("。", "：", "；", ".", ":", ">", "|", "）", ")", "?", "？", "”")):
            continue
        if "\t" in cur or "\t" in nxt:
            continue
        if len(cur) > 40:
            broken += 1
    if broken < 1:
        err("%s: no sentence broken by a newline mid-phrase" % name)

ids = set()
items = []
with open(GOLD, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            err("line %d: empty line" % ln)
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except Exception as e:  # noqa
            err("line %d: invalid JSON (%s)" % (ln, e))
            continue
        if list(obj.keys()) != KEYS:
            err("line %d: keys %s" % (ln, list(obj.keys())))
            continue
        i = obj["id"]
        if not ID_RE.match(i):
            err("line %d: bad id %r" % (ln, i))
        if i in ids:
            err("line %d: duplicate id %s" % (ln, i))
        ids.add(i)
        if obj["lang"] not in ("zh", "en") or not i.startswith("fp2-%s-" % obj["lang"]):
            err("%s: lang/id mismatch" % i)
        if obj["type"] not in TYPES:
            err("%s: type %r" % (i, obj["type"]))
        if not isinstance(obj["question"], str) or not obj["question"].strip():
            err("%s: empty question" % i)
        if not isinstance(obj["unanswerable"], bool):
            err("%s: unanswerable not bool" % i)
        ans, ev = obj["answers"], obj["evidence"]
        if obj["unanswerable"]:
            if ans != [] or ev != []:
                err("%s: unanswerable item with answers/evidence" % i)
        else:
            if not ans or not ev:
                err("%s: answerable item without answers/evidence" % i)
            quotes = []
            for e in ev:
                if not isinstance(e, dict) or list(e.keys()) != ["source", "quote"]:
                    err("%s: bad evidence entry %r" % (i, e))
                    continue
                src, q = e["source"], e["quote"]
                if src not in docs:
                    err("%s: source %s not in docs/" % (i, src))
                    continue
                if "\n" in q or "\r" in q:
                    err("%s: quote contains a newline" % i)
                if not q or q not in docs[src]:
                    err("%s: quote not found in %s: %r" % (i, src, q[:60]))
                quotes.append(q)
            if not isinstance(ans, list):
                err("%s: answers not a list" % i)
                ans = []
            for g in ans:
                if not isinstance(g, list) or not g:
                    err("%s: bad answer group %r" % (i, g))
                    continue
                for alt in g:
                    if not isinstance(alt, str) or not alt or not any(alt in q for q in quotes):
                        err("%s: answer %r not in any quote" % (i, alt))
            srcs = {e["source"] for e in ev if isinstance(e, dict) and "source" in e}
            if len(srcs) > 1:
                err("%s: evidence from several documents" % i)
        items.append(obj)

# ---- counts ----
n = len(items)
by_lang = Counter(o["lang"] for o in items)
unans = [o for o in items if o["unanswerable"]]
answ = [o for o in items if not o["unanswerable"]]
per_doc = Counter(o["evidence"][0]["source"] for o in answ if o["evidence"])
cross_en_on_zh = sum(1 for o in answ if o["lang"] == "en" and doc_lang(o["evidence"][0]["source"]) == "zh")
cross_zh_on_en = sum(1 for o in answ if o["lang"] == "zh" and doc_lang(o["evidence"][0]["source"]) == "en")

if not 140 <= n <= 160:
    err("question count %d outside 140-160" % n)
if by_lang["en"] < 0.45 * n:
    err("English questions %d < 45%% of %d" % (by_lang["en"], n))
if cross_en_on_zh < 30:
    err("only %d English questions over Chinese docs" % cross_en_on_zh)
if cross_zh_on_en < 8:
    err("only %d Chinese questions over English docs" % cross_zh_on_en)
if not 30 <= len(unans) <= 35:
    err("unanswerable count %d outside 30-35" % len(unans))
for d in docs:
    if per_doc[d] < 15:
        err("%s: only %d answerable questions" % (d, per_doc[d]))

print("documents:")
for d in docs:
    print("  %-50s %-12s answerable questions: %d" % (d, doc_size[d], per_doc[d]))
print("questions: %d (zh %d, en %d = %.1f%%)" % (n, by_lang["zh"], by_lang["en"], 100.0 * by_lang["en"] / max(n, 1)))
print("answerable: %d (zh %d, en %d); unanswerable: %d (zh %d, en %d)" % (
    len(answ), sum(o["lang"] == "zh" for o in answ), sum(o["lang"] == "en" for o in answ),
    len(unans), sum(o["lang"] == "zh" for o in unans), sum(o["lang"] == "en" for o in unans)))
print("cross-language (answerable): en questions on zh docs %d; zh questions on en docs %d" % (cross_en_on_zh, cross_zh_on_en))
print("types (all / zh / en / unanswerable):")
for t in sorted(TYPES, key=lambda t: -sum(o["type"] == t for o in items)):
    print("  %-10s %3d / %3d / %3d / %3d" % (
        t, sum(o["type"] == t for o in items), sum(o["type"] == t and o["lang"] == "zh" for o in items),
        sum(o["type"] == t and o["lang"] == "en" for o in items), sum(o["type"] == t for o in unans)))
print("multi-quote items (e.g. sentences broken across lines): %d" % sum(len(o["evidence"]) > 1 for o in answ))
print("errors: %d" % len(errors))
for e in errors:
    print("  " + e)
sys.exit(1 if errors else 0)
