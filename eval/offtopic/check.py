#!/usr/bin/env python3
"""Validate gold.jsonl for the off-topic evaluation set (stdlib only)."""
import json, os, sys
from collections import Counter

KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
errors = []
with open(path, encoding="utf-8") as f:
    lines = f.read().splitlines()
if len(lines) != 80:
    errors.append(f"expected 80 lines, got {len(lines)}")
ids, questions, langs, types = Counter(), Counter(), Counter(), Counter()
for n, line in enumerate(lines, 1):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: invalid JSON ({e})"); continue
    if not isinstance(obj, dict):
        errors.append(f"line {n}: not an object"); continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {n}: keys {list(obj.keys())} != {KEYS}")
    lang, oid = obj.get("lang"), obj.get("id")
    langs[lang] += 1; types[obj.get("type")] += 1; ids[oid] += 1
    if lang not in ("zh", "en"):
        errors.append(f"line {n}: bad lang {lang!r}")
    if not isinstance(oid, str) or not oid.startswith(f"ot-{lang}-") or not oid[len(f'ot-{lang}-'):].isdigit():
        errors.append(f"line {n}: id {oid!r} does not match lang {lang!r}")
    if obj.get("type") != "other":
        errors.append(f"line {n}: type must be 'other'")
    q = obj.get("question")
    if not isinstance(q, str) or not q.strip():
        errors.append(f"line {n}: empty question")
    else:
        questions[q.strip()] += 1
    if obj.get("answers") != []:
        errors.append(f"line {n}: answers not empty")
    if obj.get("evidence") != []:
        errors.append(f"line {n}: evidence not empty")
    if obj.get("unanswerable") is not True:
        errors.append(f"line {n}: unanswerable is not true")
for k, c in ids.items():
    if c > 1: errors.append(f"duplicate id {k!r} x{c}")
for k, c in questions.items():
    if c > 1: errors.append(f"duplicate question {k!r} x{c}")
if langs.get("zh") != 40 or langs.get("en") != 40:
    errors.append(f"expected 40 zh / 40 en, got {dict(langs)}")
print(f"lines: {len(lines)}")
print(f"lang: zh={langs.get('zh', 0)} en={langs.get('en', 0)}")
print(f"type: {dict(types)}")
print(f"unique ids: {len(ids)}  unique questions: {len(questions)}")
for e in errors:
    print("ERROR:", e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
