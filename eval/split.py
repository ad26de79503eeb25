"""Seal the evaluation data before any fitting (issue 16). Run once; its outputs are committed
with their sha256 and from then on only scored, never read while tuning.

* eval/gold.jsonl -> eval/sealed/gold_fit.jsonl (fit + validation) and eval/sealed/gold_sealed.jsonl
  (scored only), a seeded split stratified by language, question type and answerability.
* ../shared/data/mrc/drcd_dev_simplified.json -> eval/sealed/drcd_heldout_ids.txt: 300 questions whose
  paragraphs form a separate open-retrieval corpus; every other paragraph may be used for fitting.

    python eval/split.py [--seed 16]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval" / "sealed"
DRCD = ROOT.parent / "shared" / "data" / "mrc" / "drcd_dev_simplified.json"
DRCD_HELDOUT = 300


def split_gold(rows: list[dict], rng: random.Random) -> tuple[list[dict], list[dict]]:
    strata: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        strata[(r["lang"], r.get("type", ""), bool(r.get("unanswerable")))].append(r)
    fit, sealed = [], []
    carry = 0  # alternate odd strata so neither part gets every odd item
    for key in sorted(strata):
        items = strata[key]
        rng.shuffle(items)
        half = len(items) // 2 + (len(items) % 2) * carry
        carry ^= len(items) % 2
        sealed += items[:half]
        fit += items[half:]
    order = {r["id"]: i for i, r in enumerate(rows)}
    return sorted(fit, key=lambda r: order[r["id"]]), sorted(sealed, key=lambda r: order[r["id"]])


def split_drcd(data: dict, rng: random.Random) -> list[str]:
    paragraphs = [p for art in data["data"] for p in art["paragraphs"]]
    rng.shuffle(paragraphs)
    held: list[str] = []
    for p in paragraphs:
        for qa in p["qas"]:
            if len(held) < DRCD_HELDOUT:
                held.append(qa["id"])
        if len(held) >= DRCD_HELDOUT:
            break
    return held


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rows = [
        json.loads(x) for x in (ROOT / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x
    ]
    fit, sealed = split_gold(rows, random.Random(args.seed))
    OUT.mkdir(parents=True, exist_ok=True)
    for name, part in (("gold_fit.jsonl", fit), ("gold_sealed.jsonl", sealed)):
        (OUT / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part), encoding="utf-8"
        )
    held = split_drcd(json.loads(DRCD.read_text(encoding="utf-8")), random.Random(args.seed))
    (OUT / "drcd_heldout_ids.txt").write_text("\n".join(held) + "\n", encoding="utf-8")
    lines = []
    for name in ("gold_fit.jsonl", "gold_sealed.jsonl", "drcd_heldout_ids.txt"):
        lines.append(f"{hashlib.sha256((OUT / name).read_bytes()).hexdigest()}  {name}")
    lines.append(f"{hashlib.sha256(DRCD.read_bytes()).hexdigest()}  ../../../shared/data/mrc/{DRCD.name}")
    (OUT / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"gold: {len(fit)} fit, {len(sealed)} sealed; drcd: {len(held)} held out")


if __name__ == "__main__":
    main()
