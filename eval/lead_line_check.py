"""How often an English answer over Chinese sources gets an English lead line, how often it holds
the asked fact, and how often it is wrong (issue 18), on gold questions it was not written for.

For each English question of the gold file whose answers are Chinese text, it asks the index and
reads the answer's lead line ("Answer: …"). The lead line *holds* the fact when it contains an
alternative of a gold answer group, as written or in its English rendering (9万亿元 -> 9 trillion
yuan); *all* when it does for every group; it is *wrong* when it is given and holds none. Lead
lines on unanswerable English questions are counted apart (any is wrong).

    cbec-rag index --corpus eval/fitpolicy/docs --index-dir /tmp/fp_index
    python eval/lead_line_check.py [--gold eval/fitpolicy/gold.jsonl] [--index-dir /tmp/fp_index] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag.generate.lead import english_name  # noqa: E402
from cbec_rag.generate.numerals import find_amounts, find_dates, find_percents  # noqa: E402
from cbec_rag.pipeline import Pipeline  # noqa: E402

_CJK = re.compile(r"[\u4e00-\u9fff]")
LEAD = "Answer: "


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def renderings(alt: str) -> set[str]:
    """A gold alternative as written and in English (its figure, date or name)."""
    out = {squash(alt)}
    for r in [*find_amounts(alt), *find_percents(alt), *find_dates(alt)]:
        if r.end - r.start >= len(alt.strip()) - 1:
            out.add(squash(r.english))
    if _CJK.search(alt) and (name := english_name(alt.strip())):
        out.add(squash(name))
    return out


def lead_of(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if first.startswith(LEAD) else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "fitpolicy" / "gold.jsonl")
    ap.add_argument("--index-dir", type=Path, default=Path("/tmp/fp_index"))
    ap.add_argument("--verbose", action="store_true", help="print each lead line and the gold answers")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    english = [r for r in rows if r["lang"] == "en"]
    zh_answer = [
        r
        for r in english
        if not r.get("unanswerable") and any(_CJK.search(a) for g in r["answers"] for a in g)
    ]
    unanswerable = [r for r in english if r.get("unanswerable")]
    print(
        f"{args.gold.relative_to(ROOT) if args.gold.is_relative_to(ROOT) else args.gold}: "
        f"{len(zh_answer)} English questions with Chinese answers, {len(unanswerable)} unanswerable"
    )
    pipe = Pipeline.load(args.index_dir)
    given = holds = whole = wrong = answered = 0
    for r in zh_answer:
        ans = pipe.ask(r["question"], k=5)
        answered += not ans.refused
        lead = squash(lead_of(ans.text))
        if not lead:
            continue
        given += 1
        found = [any(x in lead for a in g for x in renderings(a)) for g in r["answers"]]
        holds += any(found)
        whole += all(found)
        wrong += not any(found)
        if args.verbose:
            mark = "ok " if all(found) else "part" if any(found) else "WRONG"
            print(f"  {mark:5s} {r['id']}: {lead_of(ans.text)}  | gold {r['answers']}")
    on_unanswerable = sum(bool(lead_of(pipe.ask(r["question"], k=5).text)) for r in unanswerable)
    n = len(zh_answer)
    print(
        f"answered {answered}/{n}; lead line given {given}/{n}; holds the asked fact "
        f"{holds}/{given} (every part {whole}/{given}); wrong {wrong}/{given}; "
        f"on unanswerable questions {on_unanswerable}/{len(unanswerable)}",
        flush=True,
    )


if __name__ == "__main__":
    main()
