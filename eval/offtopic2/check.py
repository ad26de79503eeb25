#!/usr/bin/env python3
"""Format check for gold.jsonl (standard library only)."""
import json
import os
import re
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
KEYS = ["id", "lang", "type", "question", "answers", "evidence", "unanswerable"]
ID_RE = re.compile(r"^ot2-(zh|en)-(\d{3})$")

errors = []
langs = Counter()
ids = set()
questions = {}

with open(PATH, encoding="utf-8") as f:
    lines = f.read().splitlines()

if len(lines) != 100:
    errors.append(f"expected 100 lines, found {len(lines)}")

for n, line in enumerate(lines, 1):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: invalid JSON ({e})")
        continue
    if not isinstance(obj, dict):
        errors.append(f"line {n}: not a JSON object")
        continue
    if list(obj.keys()) != KEYS:
        errors.append(f"line {n}: keys {list(obj.keys())} != {KEYS}")
    oid = obj.get("id")
    lang = obj.get("lang")
    if oid in ids:
        errors.append(f"line {n}: duplicate id {oid}")
    ids.add(oid)
    m = ID_RE.match(oid) if isinstance(oid, str) else None
    if not m:
        errors.append(f"line {n}: bad id {oid!r}")
    elif m.group(1) != lang:
        errors.append(f"line {n}: id prefix {m.group(1)} does not match lang {lang!r}")
    if lang not in ("zh", "en"):
        errors.append(f"line {n}: bad lang {lang!r}")
    langs[lang] += 1
    if obj.get("type") != "other":
        errors.append(f"line {n}: type is {obj.get('type')!r}, expected 'other'")
    q = obj.get("question")
    if not isinstance(q, str) or not q.strip():
        errors.append(f"line {n}: empty or non-string question")
    else:
        key = " ".join(q.split()).lower()
        if key in questions:
            errors.append(f"line {n}: duplicate question (same as line {questions[key]})")
        else:
            questions[key] = n
    if obj.get("answers") != []:
        errors.append(f"line {n}: answers not empty")
    if obj.get("evidence") != []:
        errors.append(f"line {n}: evidence not empty")
    if obj.get("unanswerable") is not True:
        errors.append(f"line {n}: unanswerable is not true")

if langs.get("zh", 0) != 50 or langs.get("en", 0) != 50:
    errors.append(f"language split {dict(langs)}, expected zh 50 / en 50")

for e in errors:
    print("ERROR:", e)
print(f"lines: {len(lines)}")
print(f"zh: {langs.get('zh', 0)}  en: {langs.get('en', 0)}")
print(f"unique ids: {len(ids)}  unique questions: {len(questions)}")
print(f"errors: {len(errors)}")
