"""Turn the reading-comprehension sets in ../shared/data/mrc/ into corpora the pipeline can index.

Each paragraph becomes one .txt document (its article title, a blank line, the paragraph), and
each question a JSON line with the document and the character span of its answer in that file:

* ``fit``: CMRC 2018 trial and the DRCD dev paragraphs outside the sealed 300 questions
  (a seeded sample of ``--drcd-paragraphs`` of them), for fitting the answer selector;
* ``heldout``: the paragraphs of the 300 sealed DRCD questions (eval/sealed/drcd_heldout_ids.txt),
  for the open-retrieval check. Only scored, never used for fitting.

    python eval/mrc_corpus.py fit --out eval/out/mrc_fit
    python eval/mrc_corpus.py heldout --out eval/out/drcd_heldout
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MRC = ROOT.parent / "shared" / "data" / "mrc"


def _paragraphs(path: Path, tag: str) -> list[tuple[str, str, dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    out = []
    for a, art in enumerate(data):
        for p, para in enumerate(art["paragraphs"]):
            out.append((f"{tag}-{a:04d}-{p:02d}", art.get("title", ""), para))
    return out


def write(out: Path, paragraphs: list[tuple[str, str, dict]], keep: set[str] | None) -> int:
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(out / "questions.jsonl", "w", encoding="utf-8") as f:
        for name, title, para in paragraphs:
            qas = [qa for qa in para["qas"] if keep is None or qa["id"] in keep]
            if not qas:
                continue
            head = f"{title}\n\n" if title else ""
            text = head + para["context"]
            (docs / f"{name}.txt").write_text(text, encoding="utf-8")
            for qa in qas:
                spans = []
                for ans in qa["answers"]:
                    s = len(head) + int(ans["answer_start"])
                    if text[s : s + len(ans["text"])] == ans["text"]:
                        spans.append([s, s + len(ans["text"])])
                if not spans:
                    continue
                answers = sorted({a["text"] for a in qa["answers"]})
                row = {
                    "id": qa["id"],
                    "question": qa["question"],
                    "source": f"{name}.txt",
                    "answers": answers,
                    "spans": spans,
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", choices=("fit", "heldout"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--drcd-paragraphs", type=int, default=250)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    sealed = set((ROOT / "eval" / "sealed" / "drcd_heldout_ids.txt").read_text().split())
    drcd = _paragraphs(MRC / "drcd_dev_simplified.json", "drcd")
    if args.part == "heldout":
        paras = [p for p in drcd if any(qa["id"] in sealed for qa in p[2]["qas"])]
        n = write(args.out, paras, sealed)
    else:
        free = [p for p in drcd if not any(qa["id"] in sealed for qa in p[2]["qas"])]
        random.Random(args.seed).shuffle(free)
        paras = _paragraphs(MRC / "cmrc2018_trial.json", "cmrc") + free[: args.drcd_paragraphs]
        n = write(args.out, paras, None)
    print(f"{args.part}: {len(paras)} paragraphs, {n} questions -> {args.out}")


if __name__ == "__main__":
    main()
