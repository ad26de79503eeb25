#!/usr/bin/env python3
"""Checks gold.jsonl and docs/ of this set (standard library only). Usage: python3 check.py"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
SRC = os.path.join(HERE, 'docs_src')
KEYS = ['id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable']
TYPES = {'figure', 'date', 'definition', 'place', 'list', 'reason', 'other', 'yesno'}
CJK = re.compile(r'[\u3400-\u9fff]')
errors = []

def err(msg):
    errors.append(msg)

# ---- documents ----
docs = sorted(f for f in os.listdir(DOCS) if not f.startswith('.'))
text = {}
for f in docs:
    if not f.startswith('h7_'):
        err(f'doc name without h7_ prefix: {f}')
    ext = f.rsplit('.', 1)[-1]
    if ext in ('pdf', 'docx'):
        p = os.path.join(SRC, f.rsplit('.', 1)[0] + '.txt')
        if not os.path.exists(p):
            err(f'no docs_src text for {f}')
            continue
        text[f] = open(p, encoding='utf-8').read()
    else:
        text[f] = open(os.path.join(DOCS, f), encoding='utf-8').read()

def doc_lang(f):
    return 'zh' if f.startswith('h7_zh_') else 'en' if f.startswith('h7_en_') else '?'

if len(docs) != 6:
    err(f'expected 6 documents, found {len(docs)}')
lc = Counter(doc_lang(f) for f in docs)
if lc['zh'] != 4 or lc['en'] != 2:
    err(f'expected 4 zh and 2 en documents, found {dict(lc)}')
exts = {f.rsplit('.', 1)[-1] for f in docs}
for need in ('txt', 'md', 'html'):
    if need not in exts:
        err(f'no .{need} document')
if not exts & {'pdf', 'docx'}:
    err('no .pdf or .docx document')
sizes = {}
for f, t in text.items():
    plain = re.sub(r'<[^>]+>', '', t) if f.endswith('.html') else t
    if doc_lang(f) == 'zh':
        n = len(re.sub(r'\s', '', plain)); sizes[f] = f'{n} chars'
        if not 1200 <= n <= 2200:
            err(f'{f}: {n} non-space chars, outside 1200-2200')
    else:
        n = len(plain.split()); sizes[f] = f'{n} words'
        if not 700 <= n <= 1200:
            err(f'{f}: {n} words, outside 700-1200')

# ---- gold ----
items = []
with open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8') as fh:
    for i, line in enumerate(fh, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            err(f'line {i}: invalid JSON ({e})'); continue
        if list(o.keys()) != KEYS:
            err(f'line {i}: keys {list(o.keys())} not in order {KEYS}'); continue
        items.append(o)

ids = Counter(o['id'] for o in items)
for k, v in ids.items():
    if v > 1:
        err(f'duplicate id {k}')
split_cited = set()
item_doc = {}
for o in items:
    i = o['id']
    if not re.fullmatch(r'h7-(zh|en)-\d{3}', str(i)) or i.split('-')[1] != o['lang']:
        err(f'{i}: bad id or id/lang mismatch')
    if o['lang'] not in ('zh', 'en'):
        err(f'{i}: bad lang')
    if o['type'] not in TYPES:
        err(f'{i}: bad type {o["type"]}')
    q = o['question']
    if not isinstance(q, str) or not q.strip():
        err(f'{i}: empty question')
    elif o['lang'] == 'zh' and not CJK.search(q):
        err(f'{i}: zh question without Chinese')
    elif o['lang'] == 'en' and CJK.search(q):
        err(f'{i}: en question contains Chinese')
    if not isinstance(o['unanswerable'], bool):
        err(f'{i}: unanswerable not bool'); continue
    if o['unanswerable']:
        if o['answers'] != [] or o['evidence'] != []:
            err(f'{i}: unanswerable item must have empty answers and evidence')
        continue
    ev, ans = o['evidence'], o['answers']
    if not isinstance(ev, list) or not ev:
        err(f'{i}: no evidence'); continue
    if not isinstance(ans, list) or not ans or not all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in ans):
        err(f'{i}: answers must be a non-empty list of non-empty groups of strings'); continue
    srcs = set()
    quotes = []
    for e in ev:
        if not isinstance(e, dict) or list(e.keys()) != ['source', 'quote']:
            err(f'{i}: evidence entry must have keys source, quote'); continue
        s, qt = e['source'], e['quote']
        srcs.add(s)
        if s not in text:
            err(f'{i}: unknown source {s}'); continue
        if '\n' in qt or '\r' in qt:
            err(f'{i}: quote contains a newline')
        if qt not in text[s]:
            err(f'{i}: quote not in {s}: {qt[:40]}')
        quotes.append(qt)
    if len(srcs) != 1:
        err(f'{i}: evidence from {len(srcs)} documents'); continue
    s = srcs.pop(); item_doc[i] = s
    for g in ans:
        for a in g:
            if not any(a in qt for qt in quotes):
                err(f'{i}: answer {a!r} not in its quotes')
            if doc_lang(s) == 'en' and CJK.search(a):
                err(f'{i}: Chinese answer on English document')
            if doc_lang(s) == 'zh' and re.search(r'[A-Za-z]+ [A-Za-z]+ [A-Za-z]+', a):
                err(f'{i}: English answer on Chinese document')
    # a sentence broken across a line cited as two quotes
    t = text.get(s, '')
    for a, b in zip(quotes, quotes[1:]):
        k = t.find(a + '\n' + b)
        if k < 0:
            k = t.find(a + '\r\n' + b)
        # the first part must stop mid-phrase: not after sentence/list punctuation or a table cell
        if k >= 0 and not re.search(r'[。；;.!?！？：:|%\d]\s*$', a):
            split_cited.add(s)

for f in docs:
    if f not in split_cited:
        err(f'{f}: no sentence broken across a line cited as two quotes')

# ---- counts ----
N = len(items)
ans_items = [o for o in items if not o['unanswerable']]
una = N - len(ans_items)
lang = Counter(o['lang'] for o in items)
if not 200 <= N <= 230:
    err(f'{N} questions, outside 200-230')
for l in ('zh', 'en'):
    if not 0.4 <= lang[l] / max(N, 1) <= 0.6:
        err(f'{l}: {lang[l]} of {N} questions, not about half')
if una < 40:
    err(f'only {una} unanswerable')
tc = Counter(o['type'] for o in ans_items)
if tc['list'] < 30:
    err(f'only {tc["list"]} answerable list questions')
if tc['reason'] < 30:
    err(f'only {tc["reason"]} answerable reason questions')
per_doc = defaultdict(Counter)
for o in ans_items:
    if o['id'] in item_doc:
        per_doc[item_doc[o['id']]][o['lang']] += 1
for f in docs:
    tot = sum(per_doc[f].values())
    if tot < 28:
        err(f'{f}: only {tot} answerable questions')
cross = Counter()
for o in ans_items:
    d = item_doc.get(o['id'])
    if d and doc_lang(d) != o['lang']:
        cross[o['lang']] += 1
for l in ('zh', 'en'):
    if cross[l] < 0.2 * lang[l]:
        err(f'{l}: only {cross[l]} cross-language questions of {lang[l]}')

# ---- report ----
print(f'documents: {len(docs)}')
for f in docs:
    print(f'  {f}: {sizes.get(f)}; answerable all={sum(per_doc[f].values())} zh={per_doc[f]["zh"]} en={per_doc[f]["en"]}')
print(f'questions: {N} (zh {lang["zh"]}, en {lang["en"]}); answerable {len(ans_items)}, unanswerable {una}')
print(f'cross-language answerable: en over zh docs {cross["en"]}, zh over en docs {cross["zh"]}')
print('type  all  zh  en  (unanswerable)')
for t in sorted(TYPES):
    a = [o for o in items if o['type'] == t]
    print(f'  {t:<10} {len(a):>3} {sum(o["lang"]=="zh" for o in a):>3} {sum(o["lang"]=="en" for o in a):>3}  ({sum(o["unanswerable"] for o in a)})')
print(f'{len(errors)} errors')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors else 0)
