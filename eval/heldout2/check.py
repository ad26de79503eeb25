#!/usr/bin/env python3
"""Validate the heldout2 corpus: gold.jsonl against docs/ (and docs_src/ for the PDF).

Standard library only; if pypdf is importable, the PDF text is also extracted and
every PDF quote is checked against it (whitespace removed on both sides).
Prints counts and `errors: N`.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
SRC = os.path.join(HERE, 'docs_src')
GOLD = os.path.join(HERE, 'gold.jsonl')

KEYS = ['id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable']
TYPES = {'figure', 'date', 'place', 'list', 'reason', 'definition', 'yesno', 'other'}
CJK = re.compile(r'[\u4e00-\u9fff]')
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.,%-]*")

errors = []


def err(msg):
    errors.append(msg)


def doc_lang(name):
    m = re.match(r'h2_(zh|en)_', name)
    return m.group(1) if m else None


def source_text(name):
    """Text that quotes must be substrings of: raw file, or docs_src text for a PDF."""
    if name.endswith('.pdf'):
        p = os.path.join(SRC, name[:-4] + '.txt')
    else:
        p = os.path.join(DOCS, name)
    with open(p, encoding='utf-8') as f:
        return f.read()


def plain_text(name):
    t = source_text(name)
    if name.endswith('.html'):
        t = re.sub(r'<[^>]+>', '', t)
    return t


# ---------------------------------------------------------------- documents
docs = sorted(os.listdir(DOCS)) if os.path.isdir(DOCS) else []
texts = {}
print('documents:')
for d in docs:
    lang = doc_lang(d)
    ext = d.rsplit('.', 1)[-1]
    if lang is None:
        err(f'doc name not h2_zh_*/h2_en_*: {d}')
        continue
    if d.endswith('.pdf') and not os.path.exists(os.path.join(SRC, d[:-4] + '.txt')):
        err(f'pdf without docs_src text: {d}')
        continue
    texts[d] = source_text(d)
    pt = plain_text(d)
    if lang == 'zh':
        n = len(CJK.findall(pt))
        ok = 2000 <= n <= 3000
        print(f'  {d}: {ext}, {n} CJK chars')
        if not ok:
            err(f'{d}: {n} CJK chars, want 2000-3000')
    else:
        n = len(WORD.findall(pt))
        ok = 1000 <= n <= 1800
        print(f'  {d}: {ext}, {n} words')
        if not ok:
            err(f'{d}: {n} words, want 1000-1800')

langs = Counter(doc_lang(d) for d in texts)
exts = Counter(d.rsplit('.', 1)[-1] for d in texts)
if langs['zh'] != 4 or langs['en'] != 2:
    err(f'want 4 zh + 2 en documents, got {dict(langs)}')
for e in ('txt', 'md', 'html', 'pdf'):
    if exts[e] < 1:
        err(f'no .{e} document')
for d, t in texts.items():
    if d.endswith('.html') and '<table' not in t:
        err(f'{d}: html without <table>')

# PDF extraction check (optional)
pdf_norm = {}
try:
    import pypdf  # noqa
    for d in texts:
        if d.endswith('.pdf'):
            r = pypdf.PdfReader(os.path.join(DOCS, d))
            pdf_norm[d] = re.sub(r'\s', '', ''.join(p.extract_text() or '' for p in r.pages))
    print('pypdf: available, PDF quotes checked against extracted text')
except ImportError:
    print('pypdf: not available, PDF quotes checked against docs_src only')

# ---------------------------------------------------------------- gold
items = []
with open(GOLD, encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f'line {ln}: blank line')
            continue
        try:
            items.append((ln, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f'line {ln}: bad JSON: {e}')

ids = Counter()
for ln, o in items:
    where = f'line {ln} ({o.get("id")})'
    if list(o.keys()) != KEYS:
        err(f'{where}: keys {list(o.keys())}')
        continue
    ids[o['id']] += 1
    if o['lang'] not in ('zh', 'en'):
        err(f'{where}: lang {o["lang"]}')
    if not re.fullmatch(rf'h2-{o["lang"]}-\d{{3}}', o['id']):
        err(f'{where}: id does not match lang')
    if o['type'] not in TYPES:
        err(f'{where}: type {o["type"]}')
    if not isinstance(o['question'], str) or not o['question'].strip():
        err(f'{where}: empty question')
    if o['lang'] == 'zh' and not CJK.search(o['question']):
        err(f'{where}: zh question without Chinese')
    if o['lang'] == 'en' and CJK.search(re.sub(r'\([^)]*\)', '', o['question'])):
        err(f'{where}: en question with Chinese outside brackets')
    if not isinstance(o['unanswerable'], bool):
        err(f'{where}: unanswerable not bool')
    if o['unanswerable']:
        if o['answers'] != [] or o['evidence'] != []:
            err(f'{where}: unanswerable with answers/evidence')
        continue
    if not o['answers'] or not o['evidence']:
        err(f'{where}: answerable without answers/evidence')
        continue
    quotes = []
    srcs = set()
    for ev in o['evidence']:
        if list(ev.keys()) != ['source', 'quote']:
            err(f'{where}: evidence keys {list(ev.keys())}')
            continue
        s, q = ev['source'], ev['quote']
        srcs.add(s)
        if s not in texts:
            err(f'{where}: unknown source {s}')
            continue
        if '\n' in q or '\r' in q:
            err(f'{where}: quote has newline')
        if not q.strip():
            err(f'{where}: empty quote')
        if q not in texts[s]:
            err(f'{where}: quote not in {s}: {q[:40]}')
        if s in pdf_norm and re.sub(r'\s', '', q) not in pdf_norm[s]:
            err(f'{where}: quote not in extracted PDF text: {q[:40]}')
        quotes.append(q)
    if len(srcs) != 1:
        err(f'{where}: evidence from {len(srcs)} sources')
    src_lang = doc_lang(next(iter(srcs))) if srcs else None
    for g in o['answers']:
        if not isinstance(g, list) or not g:
            err(f'{where}: bad answer group {g}')
            continue
        for a in g:
            if not isinstance(a, str) or not a:
                err(f'{where}: bad answer {a!r}')
                continue
            if not any(a in q for q in quotes):
                err(f'{where}: answer not in quotes: {a}')
            if src_lang == 'en' and CJK.search(a):
                err(f'{where}: Chinese answer on English document: {a}')
    o['_src_lang'] = src_lang

for i, n in ids.items():
    if n > 1:
        err(f'duplicate id {i}')

# ---------------------------------------------------------------- counts
gold = [o for _, o in items if list(o.keys())[:7] == KEYS]
total = len(gold)
by_lang = Counter(o['lang'] for o in gold)
un = [o for o in gold if o['unanswerable']]
un_lang = Counter(o['lang'] for o in un)
ans = [o for o in gold if not o['unanswerable']]
en_on_zh = sum(1 for o in ans if o['lang'] == 'en' and o.get('_src_lang') == 'zh')
zh_on_en = sum(1 for o in ans if o['lang'] == 'zh' and o.get('_src_lang') == 'en')
two_group = sum(1 for o in ans if len(o['answers']) >= 2)
types = Counter(o['type'] for o in gold)
per_doc = Counter(o['evidence'][0]['source'] for o in ans)
fig_share = types['figure'] / total if total else 0

print(f'questions: {total} (zh {by_lang["zh"]}, en {by_lang["en"]})')
print(f'answerable: {len(ans)}; unanswerable near misses: {len(un)} (zh {un_lang["zh"]}, en {un_lang["en"]})')
print(f'English questions on Chinese documents (answerable): {en_on_zh}')
print(f'Chinese questions on English documents (answerable): {zh_on_en}')
print(f'questions needing two or more answer groups: {two_group}')
print('types: ' + ', '.join(f'{t} {types[t]}' for t in sorted(TYPES, key=lambda t: -types[t])) + f' (figure {fig_share:.1%})')
print('answerable per document: ' + ', '.join(f'{d} {n}' for d, n in sorted(per_doc.items())))

if total < 90:
    err(f'total {total} < 90')
if by_lang['en'] < 40:
    err(f'en {by_lang["en"]} < 40')
if by_lang['zh'] < 45:
    err(f'zh {by_lang["zh"]} < 45')
if len(un) < 22:
    err(f'near misses {len(un)} < 22')
for l in ('zh', 'en'):
    if un_lang[l] < 10:
        err(f'near misses {l} {un_lang[l]} < 10')
if en_on_zh < 22:
    err(f'en on zh docs {en_on_zh} < 22')
if zh_on_en < 10:
    err(f'zh on en docs {zh_on_en} < 10')
if two_group < 8:
    err(f'two-group questions {two_group} < 8')
if fig_share > 0.55:
    err(f'figure share {fig_share:.1%} > 55%')
for d in texts:
    if per_doc[d] == 0:
        err(f'no answerable question on {d}')

for e in errors:
    print('ERROR:', e)
print(f'errors: {len(errors)}')
sys.exit(1 if errors else 0)
