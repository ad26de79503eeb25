#!/usr/bin/env python3
"""Checks the heldout5 gold set (standard library only).

Run from anywhere:  python3 check.py
Exit code 0 and "0 errors" when every rule holds.
"""
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SRC = os.path.join(HERE, "docs_src")
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
TYPES = {"figure", "date", "definition", "place", "list", "reason", "other", "yesno"}
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- documents
def doc_lang(name):
    return "zh" if name.startswith("h5_zh_") else "en"


def docx_text(path):
    """Paragraph text of a .docx (body paragraphs and table cells), stdlib only."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
        s = ""
        for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:br/>|<w:tab/>", para):
            if m.group(0) == "<w:br/>":
                s += "\n"
            elif m.group(0) == "<w:tab/>":
                s += "\t"
            else:
                s += m.group(1)
        out.append(s)
    t = "\n".join(out)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        t = t.replace(a, b)
    return t


def norm(s):
    return re.sub(r"\s+", "", s)


doc_files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
texts = {}       # doc name -> text that quotes must come from
visible = {}     # doc name -> text used for size counts
for f in doc_files:
    if not re.fullmatch(r"h5_(zh|en)_[a-z0-9_]+\.(txt|md|html|pdf|docx)", f):
        err(f"bad document file name: {f}")
    ext = f.rsplit(".", 1)[1]
    path = os.path.join(DOCS, f)
    if ext in ("pdf", "docx"):
        src = os.path.join(SRC, f.rsplit(".", 1)[0] + ".txt")
        if not os.path.exists(src):
            err(f"{f}: missing plain-text source {src}")
            continue
        texts[f] = open(src, encoding="utf-8").read()
        visible[f] = texts[f]
        if ext == "pdf":
            with open(path, "rb") as fh:
                if not fh.read(5).startswith(b"%PDF"):
                    err(f"{f}: not a PDF file")
        else:
            dt = docx_text(path)
            # table rows are written "a | b | c" in docs_src and as cells in the .docx
            if norm(dt).replace("|", "") != norm(texts[f]).replace("|", ""):
                err(f"{f}: .docx text differs from docs_src text")
    else:
        texts[f] = open(path, encoding="utf-8").read()
        if ext == "html":
            body = re.search(r"<body>(.*)</body>", texts[f], re.S)
            visible[f] = re.sub(r"<[^>]+>", "", body.group(1) if body else texts[f])
        else:
            visible[f] = texts[f]

if len(doc_files) != 6:
    err(f"expected 6 documents, found {len(doc_files)}")
langs = Counter(doc_lang(f) for f in doc_files)
if langs != Counter({"zh": 4, "en": 2}):
    err(f"expected 4 zh and 2 en documents, found {dict(langs)}")
exts = Counter(f.rsplit(".", 1)[1] for f in doc_files)
for need in ("txt", "md", "html"):
    if not exts.get(need):
        err(f"no .{need} document")
if not (exts.get("pdf") or exts.get("docx")):
    err("no .pdf or .docx document")

sizes = {}
for f in doc_files:
    if f not in visible:
        continue
    v = visible[f]
    if doc_lang(f) == "zh":
        n_cjk = len(CJK.findall(v))
        n_chars = len(norm(v))
        sizes[f] = f"{n_cjk} CJK / {n_chars} chars"
        if not 1200 <= n_cjk or not n_chars <= 2200:
            err(f"{f}: size out of range ({n_cjk} CJK chars, {n_chars} non-space chars)")
    else:
        n_words = len(v.split())
        sizes[f] = f"{n_words} words"
        if not 700 <= n_words <= 1200:
            err(f"{f}: {n_words} words, outside 700-1200")

# ---------------------------------------------------------------- gold
items = []
with open(GOLD, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            err(f"line {n}: empty line")
            continue
        try:
            items.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")

ids = Counter()
per_doc = defaultdict(Counter)     # doc -> Counter(lang) of answerable items
broken_cited = set()
lang_count = Counter()
type_count = defaultdict(Counter)
unans = Counter()
cross = Counter()
answerable_by_lang = Counter()

for n, it in items:
    where = f"line {n} ({it.get('id')})"
    if list(it.keys()) != KEYS:
        err(f"{where}: keys {list(it.keys())} not in order {KEYS}")
        continue
    ids[it["id"]] += 1
    lang = it["lang"]
    if lang not in ("zh", "en"):
        err(f"{where}: bad lang {lang}")
    if not re.fullmatch(rf"h5-{lang}-\d{{3}}", str(it["id"])):
        err(f"{where}: id does not match h5-{lang}-NNN")
    if it["type"] not in TYPES:
        err(f"{where}: bad type {it['type']}")
    q = it["question"]
    if not isinstance(q, str) or not q.strip():
        err(f"{where}: empty question")
    elif lang == "zh" and not CJK.search(q):
        err(f"{where}: zh question has no Chinese")
    elif lang == "en" and CJK.search(q):
        # English questions may name a Chinese term in quotes, but must be mainly English
        if len(CJK.findall(q)) > 12:
            err(f"{where}: en question is mostly Chinese")
    if not isinstance(it["unanswerable"], bool):
        err(f"{where}: unanswerable is not a boolean")
        continue
    lang_count[lang] += 1
    type_count[it["type"]][lang] += 1
    if it["unanswerable"]:
        unans[lang] += 1
        if it["answers"] != [] or it["evidence"] != []:
            err(f"{where}: unanswerable item must have empty answers and evidence")
        continue
    answerable_by_lang[lang] += 1
    ev = it["evidence"]
    ans = it["answers"]
    if not ev:
        err(f"{where}: no evidence")
        continue
    if not ans or not all(isinstance(g, list) and g for g in ans):
        err(f"{where}: answers must be a non-empty list of non-empty groups")
        continue
    sources = set()
    quotes = []
    for e in ev:
        if list(e.keys()) != ["source", "quote"]:
            err(f"{where}: evidence keys {list(e.keys())}")
            continue
        src, quote = e["source"], e["quote"]
        sources.add(src)
        if src not in texts:
            err(f"{where}: unknown source {src}")
            continue
        if "\n" in quote or "\r" in quote:
            err(f"{where}: quote contains a newline")
        if not quote.strip():
            err(f"{where}: empty quote")
        if quote not in texts[src]:
            err(f"{where}: quote not found in {src}: {quote[:40]}")
        quotes.append(quote)
    if len(sources) != 1:
        err(f"{where}: evidence from {len(sources)} documents")
        continue
    src = sources.pop()
    if src not in texts:
        continue
    for g in ans:
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(f"{where}: empty answer alternative")
            elif not any(alt in qq for qq in quotes):
                err(f"{where}: answer '{alt}' not in any quote")
            elif doc_lang(src) == "en" and CJK.search(alt):
                err(f"{where}: answer '{alt}' over an English document contains Chinese")
    if doc_lang(src) == "zh":
        # answers over Chinese documents are Chinese (bare figures from table rows allowed)
        for g in ans:
            for alt in g:
                if isinstance(alt, str) and re.search(r"[A-Za-z]{2,}", alt):
                    err(f"{where}: answer '{alt}' over a Chinese document contains English words")
    per_doc[src][lang] += 1
    if lang != doc_lang(src):
        cross[lang] += 1
    # a sentence broken across a line, cited as two consecutive quotes
    t = texts[src]
    for a, b in zip(quotes, quotes[1:]):
        start = 0
        while True:
            i = t.find(a, start)
            if i < 0:
                break
            j = i + len(a)
            if t[j:j + 1] == "\n" and t[j + 1:].startswith(b):
                broken_cited.add(src)
                break
            start = i + 1

for k, v in ids.items():
    if v > 1:
        err(f"duplicate id {k}")

total = sum(lang_count.values())
n_unans = sum(unans.values())
n_list = sum(type_count["list"].values())
n_reason = sum(type_count["reason"].values())
if not 220 <= total <= 240:
    err(f"{total} questions, outside 220-240")
for lg in ("zh", "en"):
    share = lang_count[lg] / total if total else 0
    if not 0.45 <= share <= 0.55:
        err(f"{lg} questions are {share:.1%} of all, outside 45-55%")
    if answerable_by_lang[lg] and cross[lg] / answerable_by_lang[lg] < 0.20:
        err(f"only {cross[lg]} of {answerable_by_lang[lg]} answerable {lg} questions cross over (<20%)")
if n_unans < 45:
    err(f"only {n_unans} unanswerable questions (need 45)")


def answerable_of_type(tp):
    return sum(1 for _, it in items if isinstance(it, dict) and it.get("type") == tp and it.get("unanswerable") is False)


if answerable_of_type("list") < 35:
    err(f"only {answerable_of_type('list')} answerable list questions (need 35)")
if answerable_of_type("reason") < 30:
    err(f"only {answerable_of_type('reason')} answerable reason questions (need 30)")
for f in doc_files:
    a = sum(per_doc[f].values())
    if a < 30:
        err(f"{f}: only {a} answerable questions (need 30)")
    if f not in broken_cited:
        err(f"{f}: no sentence broken across a line is cited as two quotes")

# ---------------------------------------------------------------- report
print("documents:")
for f in doc_files:
    print(f"  {f:60s} {sizes.get(f, '?'):>22s}  answerable zh={per_doc[f]['zh']} en={per_doc[f]['en']}")
print(f"questions: {total}  zh={lang_count['zh']} en={lang_count['en']}")
print(f"answerable: {total - n_unans}  unanswerable: {n_unans} (zh={unans['zh']} en={unans['en']})")
print(f"cross-language answerable: zh over en docs={cross['zh']}  en over zh docs={cross['en']}")
print("types (all / zh / en; answerable in brackets):")
for tp in sorted(TYPES):
    c = type_count[tp]
    print(f"  {tp:10s} {sum(c.values()):4d} {c['zh']:4d} {c['en']:4d}   [{answerable_of_type(tp)}]")
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
