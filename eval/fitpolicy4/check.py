#!/usr/bin/env python3
"""Check fitpolicy4 gold.jsonl against its documents (stdlib only).

Run from anywhere:  python3 check.py
Exit status 0 when there are no errors.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
SRC = os.path.join(HERE, 'docs_src')
GOLD = os.path.join(HERE, 'gold.jsonl')

KEYS = ['id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable']
TYPES = {'figure', 'date', 'definition', 'place', 'list', 'reason', 'other', 'yesno'}
CJK = re.compile(r'[\u3400-\u9fff]')
ID_RE = re.compile(r'^fp4-(zh|en)-(\d{3})$')

# required counts
N_MIN, N_MAX = 200, 230
UNANS_MIN = 45
LIST_MIN, REASON_MIN = 35, 30
PER_DOC_MIN = 25
CROSS_MIN = 0.20          # share of each language's questions asked over a document in the other language
LANG_SHARE = (0.45, 0.55)  # share of zh questions
ZH_SIZE = (1200, 2200)    # Chinese characters (CJK only), tags stripped for html
EN_SIZE = (700, 1200)     # words

errors = []
def err(msg):
    errors.append(msg)

# ---------------------------------------------------------------- documents
def doc_lang(name):
    return name.split('_', 1)[0]

def raw_text(name):
    """Text that quotes must be substrings of."""
    ext = name.rsplit('.', 1)[-1]
    if ext in ('pdf', 'docx'):
        p = os.path.join(SRC, name.rsplit('.', 1)[0] + '.txt')
        if not os.path.exists(p):
            err('docs_src text missing for %s' % name)
            return ''
        return open(p, encoding='utf-8').read()
    return open(os.path.join(DOCS, name), encoding='utf-8').read()

docs = sorted(f for f in os.listdir(DOCS) if not f.startswith('.'))
texts = {}
fmts = collections.Counter()
for d in docs:
    lang = doc_lang(d)
    ext = d.rsplit('.', 1)[-1]
    fmts[ext] += 1
    if lang not in ('zh', 'en'):
        err('document %s: name must start with zh_ or en_' % d)
    if ext not in ('txt', 'md', 'html', 'pdf', 'docx'):
        err('document %s: unexpected format' % d)
    t = raw_text(d)
    texts[d] = t
    plain = re.sub(r'<[^>]+>', '', t) if ext == 'html' else t
    if lang == 'zh':
        n = len(CJK.findall(plain))
        if not ZH_SIZE[0] <= n <= ZH_SIZE[1]:
            err('document %s: %d Chinese characters, outside %s' % (d, n, ZH_SIZE))
    else:
        n = len(plain.split())
        if not EN_SIZE[0] <= n <= EN_SIZE[1]:
            err('document %s: %d words, outside %s' % (d, n, EN_SIZE))
    if lang == 'en' and CJK.search(plain):
        err('document %s: English document contains Chinese characters' % d)
    # form features
    if not re.search(r'是指|refers to|means', plain):
        err('document %s: no definition (是指 / refers to / means)' % d)
    if not re.search(r'<table|\n[^\n]*\|[^\n]*\|', t):
        err('document %s: no table' % d)
    if not re.search(r'注[：:]|\nNotes?\b|## Notes', t):
        err('document %s: no notes/footnotes' % d)
    if not re.search(r'一是|（一）|First,|\n1\. |\n- ', plain):
        err('document %s: no enumerated list' % d)
    if ext == 'html' and '<table' not in t:
        err('document %s: html without <table>' % d)

if len(docs) != 6:
    err('expected 6 documents, found %d' % len(docs))
if sum(1 for d in docs if doc_lang(d) == 'zh') != 4 or sum(1 for d in docs if doc_lang(d) == 'en') != 2:
    err('expected 4 zh and 2 en documents')
for need in ('txt', 'md', 'html'):
    if fmts[need] < 1:
        err('no .%s document' % need)
if fmts['pdf'] + fmts['docx'] < 1:
    err('no .pdf or .docx document')

# ---------------------------------------------------------------- gold
items = []
seen_ids = set()
with open(GOLD, encoding='utf-8') as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err('line %d: empty line' % ln)
            continue
        try:
            obj = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            err('line %d: invalid JSON (%s)' % (ln, e))
            continue
        tag = 'line %d' % ln
        if list(obj.keys()) != KEYS:
            err('%s: keys %s, expected %s' % (tag, list(obj.keys()), KEYS))
            continue
        iid = obj['id']
        tag = '%s (%s)' % (tag, iid)
        m = ID_RE.match(str(iid))
        if not m:
            err('%s: malformed id' % tag)
        elif m.group(1) != obj['lang']:
            err('%s: id prefix does not match lang' % tag)
        if iid in seen_ids:
            err('%s: duplicate id' % tag)
        seen_ids.add(iid)
        if obj['lang'] not in ('zh', 'en'):
            err('%s: lang must be zh or en' % tag)
        if obj['type'] not in TYPES:
            err('%s: bad type %r' % (tag, obj['type']))
        q = obj['question']
        if not isinstance(q, str) or not q.strip():
            err('%s: empty question' % tag)
        else:
            ncjk = len(CJK.findall(q))
            nlat = len(re.findall(r'[A-Za-z]', q))
            if obj['lang'] == 'zh' and ncjk < 5:
                err('%s: zh question has too few Chinese characters' % tag)
            if obj['lang'] == 'en' and (nlat < 15 or ncjk > nlat / 4):
                err('%s: en question does not look English' % tag)
        ans, ev, un = obj['answers'], obj['evidence'], obj['unanswerable']
        if not isinstance(un, bool):
            err('%s: unanswerable must be true/false' % tag)
        if not isinstance(ans, list) or not isinstance(ev, list):
            err('%s: answers and evidence must be lists' % tag)
            continue
        if un:
            if ans or ev:
                err('%s: unanswerable item must have empty answers and evidence' % tag)
            items.append(obj)
            continue
        if not ans:
            err('%s: answerable item without answers' % tag)
        if not ev:
            err('%s: answerable item without evidence' % tag)
        srcs = set()
        quotes = []
        for e in ev:
            if not isinstance(e, dict) or list(e.keys()) != ['source', 'quote']:
                err('%s: evidence entry must have keys source, quote (in that order)' % tag)
                continue
            s, qt = e['source'], e['quote']
            srcs.add(s)
            if s not in texts:
                err('%s: unknown source %s' % (tag, s))
                continue
            if not isinstance(qt, str) or not qt:
                err('%s: empty quote' % tag)
                continue
            if '\n' in qt or '\r' in qt:
                err('%s: quote contains a newline' % tag)
            if qt not in texts[s]:
                err('%s: quote not found in %s: %r' % (tag, s, qt[:60]))
            quotes.append(qt)
        if len(srcs) > 1:
            err('%s: evidence from more than one document' % tag)
        src = next(iter(srcs)) if srcs else None
        for g in ans:
            if not isinstance(g, list) or not g:
                err('%s: each answer group must be a non-empty list' % tag)
                continue
            for a in g:
                if not isinstance(a, str) or not a.strip():
                    err('%s: empty answer alternative' % tag)
                    continue
                if not any(a in qt for qt in quotes):
                    err('%s: answer %r is not a substring of any evidence quote' % (tag, a))
                if src and doc_lang(src) == 'en' and CJK.search(a):
                    err('%s: Chinese answer %r on an English document' % (tag, a))
                if src and doc_lang(src) == 'zh' and not CJK.search(a) and len(re.findall(r'[A-Za-z]+', a)) >= 3:
                    err('%s: English-looking answer %r on a Chinese document' % (tag, a))
        obj['_src'] = src
        items.append(obj)

# ---------------------------------------------------------------- broken lines
for d, t in texts.items():
    found = False
    for it in items:
        if it['unanswerable'] or it.get('_src') != d:
            continue
        qs = [e['quote'] for e in it['evidence']]
        for a, b in zip(qs, qs[1:]):
            if (a + '\n' + b) in t and not re.search(r'[。！？.!?]$', a):
                found = True
    if not found:
        err('document %s: no sentence broken across a line and cited as two quotes' % d)

# ---------------------------------------------------------------- counts
n = len(items)
by_lang = collections.Counter(i['lang'] for i in items)
unans = [i for i in items if i['unanswerable']]
answ = [i for i in items if not i['unanswerable']]
type_all = collections.Counter(i['type'] for i in items)
type_lang = collections.Counter((i['type'], i['lang']) for i in items)
type_ans = collections.Counter(i['type'] for i in answ)
per_doc = collections.Counter(i['_src'] for i in answ)
per_doc_lang = collections.Counter((i['_src'], i['lang']) for i in answ)
cross = collections.Counter(i['lang'] for i in answ if doc_lang(i['_src']) != i['lang'])
unans_lang = collections.Counter(i['lang'] for i in unans)

if not N_MIN <= n <= N_MAX:
    err('%d questions, expected %d-%d' % (n, N_MIN, N_MAX))
if n and not LANG_SHARE[0] <= by_lang['zh'] / n <= LANG_SHARE[1]:
    err('zh share %.1f%% outside %s' % (100 * by_lang['zh'] / n, LANG_SHARE))
if len(unans) < UNANS_MIN:
    err('%d unanswerable, expected at least %d' % (len(unans), UNANS_MIN))
if type_ans['list'] < LIST_MIN:
    err('%d answerable list questions, expected at least %d' % (type_ans['list'], LIST_MIN))
if type_ans['reason'] < REASON_MIN:
    err('%d answerable reason questions, expected at least %d' % (type_ans['reason'], REASON_MIN))
for d in docs:
    if per_doc[d] < PER_DOC_MIN:
        err('document %s has %d answerable questions, expected at least %d' % (d, per_doc[d], PER_DOC_MIN))
for lg in ('zh', 'en'):
    if by_lang[lg] and cross[lg] / by_lang[lg] < CROSS_MIN:
        err('only %.1f%% of %s questions cross over' % (100 * cross[lg] / by_lang[lg], lg))
multi = sum(1 for i in answ if len(i['evidence']) > 1)

print('questions: %d (zh %d, en %d); answerable %d, unanswerable %d (zh %d, en %d)' % (
    n, by_lang['zh'], by_lang['en'], len(answ), len(unans), unans_lang['zh'], unans_lang['en']))
print('cross-language answerable: zh over en docs %d (%.1f%% of zh), en over zh docs %d (%.1f%% of en)' % (
    cross['zh'], 100 * cross['zh'] / max(by_lang['zh'], 1), cross['en'], 100 * cross['en'] / max(by_lang['en'], 1)))
print('items citing more than one quote: %d' % multi)
print('\ntype          all   zh   en   answerable')
for t in sorted(TYPES, key=lambda x: -type_all[x]):
    print('%-12s %4d %4d %4d %6d' % (t, type_all[t], type_lang[(t, 'zh')], type_lang[(t, 'en')], type_ans[t]))
print('\nanswerable per document            all   zh   en')
for d in docs:
    print('%-46s %3d %4d %4d' % (d, per_doc[d], per_doc_lang[(d, 'zh')], per_doc_lang[(d, 'en')]))
print('\ndocuments: %d (%s)' % (len(docs), ', '.join('%s %d' % kv for kv in sorted(fmts.items()))))

if errors:
    print('\n%d error(s):' % len(errors))
    for e in errors:
        print('  - ' + e)
    sys.exit(1)
print('\nOK: 0 errors')
