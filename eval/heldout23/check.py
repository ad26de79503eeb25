#!/usr/bin/env python3
"""Validate gold.jsonl against docs/ (and docs_src/ for .pdf/.docx). Standard library only."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['id', 'lang', 'type', 'question', 'answers', 'evidence', 'unanswerable']
TYPES = {'figure', 'date', 'definition', 'place', 'list', 'reason', 'other', 'yesno'}
CJK = re.compile(r'[\u4e00-\u9fff]')

def source_text(name):
    if name.endswith(('.pdf', '.docx')):
        p = os.path.join(HERE, 'docs_src', os.path.splitext(name)[0] + '.txt')
    else:
        p = os.path.join(HERE, 'docs', name)
    with open(p, encoding='utf-8') as f:
        return f.read()

def main():
    errors = []
    docs = sorted(os.listdir(os.path.join(HERE, 'docs')))
    texts = {}
    for d in docs:
        try:
            texts[d] = source_text(d)
        except OSError as e:
            errors.append('cannot read source text for %s: %s' % (d, e))
    # document-level checks
    exts = Counter(os.path.splitext(d)[1] for d in docs)
    if len(docs) != 6:
        errors.append('expected 6 documents, found %d' % len(docs))
    for d, t in texts.items():
        plain = re.sub(r'<[^>]+>', '', t) if d.endswith('.html') else t
        if d.startswith('h23_zh_'):
            n = len(re.sub(r'\s', '', plain))
            if not 1400 <= n <= 2100:
                errors.append('%s: %d non-space characters' % (d, n))
        else:
            n = len(plain.split())
            if not 780 <= n <= 1150:
                errors.append('%s: %d words' % (d, n))

    items, ids = [], set()
    with open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                o = json.loads(line)
            except ValueError as e:
                errors.append('line %d: invalid JSON (%s)' % (ln, e)); continue
            if list(o.keys()) != KEYS:
                errors.append('line %d: keys %s' % (ln, list(o.keys()))); continue
            i = o['id']
            if i in ids:
                errors.append('line %d: duplicate id %s' % (ln, i))
            ids.add(i)
            if o['lang'] not in ('zh', 'en') or not re.fullmatch(r'h23-%s-\d{3}' % o['lang'], i):
                errors.append('%s: bad id/lang' % i)
            if o['type'] not in TYPES:
                errors.append('%s: bad type %r' % (i, o['type']))
            if not isinstance(o['question'], str) or not o['question'].strip():
                errors.append('%s: empty question' % i)
            if (o['lang'] == 'zh') != bool(CJK.search(o['question'])):
                errors.append('%s: question language does not match lang' % i)
            if not isinstance(o['unanswerable'], bool):
                errors.append('%s: unanswerable not bool' % i)
            if not isinstance(o['answers'], list) or not all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in o['answers']):
                errors.append('%s: answers must be a list of non-empty lists of strings' % i)
            if not isinstance(o['evidence'], list):
                errors.append('%s: evidence must be a list' % i)
            if o['unanswerable']:
                if o['answers'] or o['evidence']:
                    errors.append('%s: unanswerable item with answers/evidence' % i)
                items.append((o, None)); continue
            if not o['answers'] or not o['evidence']:
                errors.append('%s: answerable item without answers/evidence' % i)
            quotes, srcs = [], set()
            for e in o['evidence']:
                if list(e.keys()) != ['source', 'quote']:
                    errors.append('%s: evidence keys %s' % (i, list(e.keys()))); continue
                s, q = e['source'], e['quote']
                srcs.add(s)
                if s not in texts:
                    errors.append('%s: unknown source %s' % (i, s)); continue
                if '\n' in q or '\r' in q:
                    errors.append('%s: newline in quote' % i)
                if not q or q not in texts[s]:
                    errors.append('%s: quote not found in %s: %r' % (i, s, q[:60]))
                quotes.append(q)
            if len(srcs) > 1:
                errors.append('%s: evidence from several documents' % i)
            for g in o['answers']:
                for a in g:
                    if not any(a in q for q in quotes):
                        errors.append('%s: answer %r not in any quote' % (i, a))
            src = next(iter(srcs)) if srcs else None
            if src:
                zh_doc = src.startswith('h23_zh_')
                for g in o['answers']:
                    for a in g:
                        if not zh_doc and CJK.search(a):
                            errors.append('%s: Chinese answer on English document' % i)
            items.append((o, src))

    # counts
    n = len(items)
    by_lang = Counter(o['lang'] for o, _ in items)
    un = [o for o, _ in items if o['unanswerable']]
    by_type = defaultdict(Counter)
    for o, _ in items:
        by_type[o['type']]['all'] += 1
        by_type[o['type']][o['lang']] += 1
        if o['unanswerable']:
            by_type[o['type']]['unans'] += 1
    per_doc = defaultdict(Counter)
    for o, s in items:
        if s:
            per_doc[s]['all'] += 1
            per_doc[s][o['lang']] += 1
    un_lang = Counter(o['lang'] for o in un)
    un_type = Counter(o['type'] for o in un)

    # requirements
    if not 200 <= n <= 250: errors.append('expected about 220 questions, got %d' % n)
    if not 0.35 * n <= by_lang['en'] <= 0.45 * n: errors.append('English share not about 40%%: %s' % dict(by_lang))
    if len(un) < 45: errors.append('fewer than 45 unanswerable: %d' % len(un))
    if len(un_type) < 4: errors.append('unanswerable items use too few types')
    if by_type['list']['all'] < 36: errors.append('fewer than 36 list questions')
    if by_type['reason']['all'] < 36: errors.append('fewer than 36 reason questions')
    for d in docs:
        if per_doc[d]['all'] < 20: errors.append('%s: only %d answerable questions' % (d, per_doc[d]['all']))
        if per_doc[d]['zh'] == 0 or per_doc[d]['en'] == 0: errors.append('%s: questions in one language only' % d)

    print('documents: %d (%s)' % (len(docs), ', '.join('%s %d' % kv for kv in sorted(exts.items()))))
    print('questions: %d  zh: %d  en: %d' % (n, by_lang['zh'], by_lang['en']))
    print('answerable: %d  unanswerable: %d (zh %d, en %d)' % (n - len(un), len(un), un_lang['zh'], un_lang['en']))
    print('\n%-11s %5s %5s %5s %7s' % ('type', 'all', 'zh', 'en', 'unans'))
    for t in sorted(TYPES, key=lambda t: -by_type[t]['all']):
        c = by_type[t]
        print('%-11s %5d %5d %5d %7d' % (t, c['all'], c['zh'], c['en'], c['unans']))
    print('\nunanswerable by type: ' + ', '.join('%s %d' % kv for kv in sorted(un_type.items())))
    print('\nanswerable per document (all / zh / en):')
    for d in docs:
        c = per_doc[d]
        print('  %-55s %3d %3d %3d' % (d, c['all'], c['zh'], c['en']))
    if errors:
        print('\n%d ERRORS' % len(errors))
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: 0 errors')

if __name__ == '__main__':
    main()
