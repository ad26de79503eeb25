"""Lexical-retrieval probe: tokenizer modes, bigram fallback and query expansion.

Builds BM25 indexes over simple sentence-packed passages (~300 chars, split on 。！？
and blank lines) of a folder of .txt files (default: seeds/) and reports hit@5 /
MRR@10 for

* tokenizer variants: jieba precise ``cut`` / jieba ``cut_for_search`` / our "search"
  (precise cut + every in-dictionary sub-word), each with and without the
  character-bigram fallback;
* English-question expansion: none / glossary / CEDICT / both (vocabulary-filtered),
  plus both without the vocabulary filter;

on the hand-written probe questions below (answer strings picked from the seed
documents; these live only here, never in library code or data) and, if present,
on eval/gold.jsonl (a passage is relevant when it contains an evidence quote after
removing whitespace; unanswerable and unreachable items are skipped).

    .venv/bin/python eval/lexical_probe.py [--corpus seeds] [--gold eval/gold.jsonl] [--speed]

Results that set the defaults (185 passages of seeds/; 14+14 probes, 96+40 answerable
gold items, hit@5 / MRR@10; "all" = over all 164 items):

    config                        probe-zh   probe-en   gold-zh    gold-en    all
    tok=precise                   1.00/0.95  0.93/0.65  0.98/0.93  0.82/0.64  0.939/0.836
    tok=jieba_search              1.00/0.88  0.93/0.72  0.98/0.92  0.93/0.70  0.963/0.848
    tok=search (default)          1.00/0.88  0.93/0.72  0.98/0.92  0.93/0.70  0.963/0.849
    tok=search + bigrams          1.00/0.88  0.93/0.73  0.98/0.93  0.93/0.70  0.963/0.849
    no expansion                  1.00/0.88  0.29/0.15  0.98/0.92  0.28/0.10  0.750/0.652
    glossary only                 1.00/0.88  0.86/0.58  0.98/0.92  0.65/0.51  0.890/0.789
    CEDICT only                   1.00/0.88  0.71/0.63  0.98/0.92  0.80/0.56  0.915/0.806
    glossary + CEDICT (default)   1.00/0.88  0.93/0.72  0.98/0.92  0.93/0.70  0.963/0.849
    ... without IDF parity        1.00/0.88  0.79/0.51  0.98/0.92  0.90/0.44  0.945/0.765

=> tokenizer "search" (bigram fallback off: no gain, bigger index), glossary + CEDICT
with weights 0.8 / 0.5, 5 CEDICT candidates, precise-cut expansion tokens, IDF parity
on (BM25Index.vocab), no glossary siblings for Chinese questions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cbec_rag import crosslingual as xl  # noqa: E402
from cbec_rag import tokenize as tkmod  # noqa: E402
from cbec_rag.bm25 import BM25Index  # noqa: E402
from cbec_rag.crosslingual import build_query, load_cedict  # noqa: E402

# (lang, question, [answer strings: a passage containing any of them, whitespace removed, is relevant])
PROBES: list[tuple[str, str, list[str]]] = [
    ("zh", "2023年我国跨境电商出口规模是多少？", ["出口规模达到1.84万亿元"]),
    ("zh", "鄂州综试区到2030年要引进培养多少跨境电商专业人才？", ["引进培养跨境电商专业人才3000人以上"]),
    (
        "zh",
        "1210网购保税进口模式被哪个国际组织作为全球推广示范样板？",
        ["世界海关组织将1210网购保税进口模式"],
    ),
    ("zh", "河北省跨境电商发展存在哪些问题？", ["跨境电商人才缺乏"]),
    ("zh", "全国跨境电商综试区一共有多少个？", ["全国跨境电商综试区达到165个"]),
    ("zh", "广东省有多少个跨境电商综试区？", ["以广东省最多"]),
    ("zh", "苏州2023年经海关管理平台申报的跨境电商进出口额是多少？", ["124.7亿元"]),
    ("zh", "河南省十年来累计跨境电商进出口额是多少？", ["累计跨境电商进出口6408.8亿元"]),
    ("zh", "郑州首创的通关监管模式被海关总署赋予了什么监管代码？", ["赋予了监管代码"]),
    (
        "zh",
        "海外仓出口收结汇和退税方面提供什么服务？",
        ["为跨境电商海外仓出口收结汇、退税提供贸易过程溯源等服务"],
    ),
    ("zh", "天津保税区2016年双十一当天的跨境购单量是多少？", ["40,530单"]),
    ("zh", "湖北省从事电子商务的卖家有多少家？", ["卖家达1.8万家"]),
    ("zh", "2024年上半年跨境电商进出口占我国进出口总值的比重是多少？", ["占我国进出口总值的5.9%"]),
    ("zh", "计划试点哪种海外仓退货模式？", ["海外仓就地退货"]),
    (
        "en",
        "What was the export scale of China's cross-border e-commerce in 2023?",
        ["出口规模达到1.84万亿元"],
    ),
    (
        "en",
        "How many cross-border e-commerce comprehensive pilot zones are there nationwide?",
        ["全国跨境电商综试区达到165个"],
    ),
    (
        "en",
        "Which province has the most cross-border e-commerce comprehensive pilot zones?",
        ["以广东省最多"],
    ),
    (
        "en",
        "What customs supervision code was assigned to Zhengzhou's bonded import model?",
        ["赋予了监管代码"],
    ),
    (
        "en",
        "How many cross-border e-commerce professionals does Ezhou plan to train by 2030?",
        ["引进培养跨境电商专业人才3000人以上"],
    ),
    (
        "en",
        "What problems does Hebei's cross-border e-commerce development face?",
        ["跨境电商人才缺乏", "lackoftalents"],
    ),
    (
        "en",
        "What was Wuhan's total import and export value through the public service platform in the first half of 2019?",
        ["完成进出口总额为21,803.5万元"],
    ),
    (
        "en",
        "Which organization promoted the 1210 online bonded import model as a global demonstration?",
        ["世界海关组织将1210网购保税进口模式"],
    ),
    (
        "en",
        "What was the year-on-year growth of cross-border e-commerce imports and exports in the first three quarters of 2024?",
        ["全国跨境电商进出口额同比增长11.5%"],
    ),
    ("en", "How many e-commerce sellers are there in Hubei province?", ["卖家达1.8万家"]),
    (
        "en",
        "What financial products for overseas warehouses should financial institutions develop?",
        ["海外仓质押融资贷"],
    ),
    (
        "en",
        "When was Zhengzhou approved as a cross-border e-commerce comprehensive pilot zone?",
        ["郑州获批设立国家第二批跨境电商综试区"],
    ),
    (
        "en",
        "What share of Suzhou's foreign trade does cross-border e-commerce account for?",
        ["只占到其外贸总额的1/200"],
    ),
    (
        "en",
        "Which pilot for retail import of drugs did Henan get approval for?",
        ["跨境电子商务零售进口药品试点"],
    ),
]

_SENT_END = re.compile(r"(?<=[。！？!?])|\n\s*\n")
_WS = re.compile(r"\s+")
_CJK_WS = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+|\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def passages_of(text: str, size: int = 300) -> list[str]:
    units = []
    for u in _SENT_END.split(text):
        u = _CJK_WS.sub("", u.strip())
        u = _WS.sub(" ", u)
        if u:
            units.append(u)
    out: list[str] = []
    cur = ""
    for u in units:
        if cur and len(cur) + len(u) > size:
            out.append(cur)
            cur = ""
        cur += (" " if cur and cur[-1].isascii() and u[0].isascii() else "") + u
    if cur:
        out.append(cur)
    return out


def squash(s: str) -> str:
    return _WS.sub("", s)


def load_passages(corpus: Path) -> list[tuple[str, str]]:
    rows = []
    for f in sorted(corpus.glob("*.txt")):
        for p in passages_of(f.read_text(encoding="utf-8")):
            rows.append((f.name, p))
    return rows


def load_items(passages, gold: Path | None):
    """[(set_name, lang, question, relevant passage ids)] for probes and gold."""
    flat = [squash(p) for _, p in passages]
    items = []
    for lang, q, answers in PROBES:
        rel = {i for i, t in enumerate(flat) if any(squash(a) in t for a in answers)}
        items.append(("probe", lang, q, rel))
    skipped = 0
    if gold and gold.is_file():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if g.get("unanswerable"):
                continue
            rel = set()
            for ev in g.get("evidence", []):
                quote = squash(ev.get("quote", ""))
                src = ev.get("source")
                rel |= {
                    i
                    for i, t in enumerate(flat)
                    if quote and quote in t and (src is None or passages[i][0] == src)
                }
            if not rel:
                skipped += 1
                continue
            items.append(("gold", g["lang"], g["question"], rel))
    return items, skipped


def evaluate(index: BM25Index, items, make_terms):
    res: dict[tuple[str, str], list[float]] = {}
    for set_name, lang, q, rel in items:
        if not rel:
            continue
        ids, _ = index.top_k(make_terms(q), 10)
        hit5 = float(any(int(i) in rel for i in ids[:5]))
        rr = 0.0
        for r, i in enumerate(ids, 1):
            if int(i) in rel:
                rr = 1.0 / r
                break
        acc = res.setdefault((set_name, lang), [0, 0.0, 0.0])
        acc[0] += 1
        acc[1] += hit5
        acc[2] += rr
    return res


def fmt(res, keys):
    cells = []
    for k in keys:
        n, h, rr = res.get(k, (0, 0, 0))
        cells.append(f"{h / n:5.2f}/{rr / n:4.2f}" if n else "   -      ")
    n = sum(v[0] for v in res.values())
    h = sum(v[1] for v in res.values())
    rr = sum(v[2] for v in res.values())
    cells.append(f"{h / n:5.3f}/{rr / n:5.3f}" if n else "-")
    return " | ".join(cells)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    ap.add_argument("--gold", type=Path, default=ROOT / "eval" / "gold.jsonl")
    ap.add_argument("--speed", action="store_true", help="also time tokenize() on ~5 MB of Chinese")
    args = ap.parse_args()

    passages = load_passages(args.corpus)
    items, skipped = load_items(passages, args.gold)
    keys = [("probe", "zh"), ("probe", "en"), ("gold", "zh"), ("gold", "en")]
    counts = {k: sum(1 for s, lang, _, rel in items if (s, lang) == k and rel) for k in keys}
    print(f"{len(passages)} passages; items with a relevant passage: {counts}; gold unreachable: {skipped}")
    t = time.perf_counter()
    load_cedict()
    print(f"CEDICT reverse index load: {time.perf_counter() - t:.2f}s")
    header = "config".ljust(44) + " | " + " | ".join(f"{s}-{lang}".ljust(10) for s, lang in keys) + " | all"
    print("\nhit@5 / MRR@10")
    print(header)
    print("-" * len(header))

    def run(label, mode, bigrams, **qkw):
        toks = [tkmod.tokenize(p, mode=mode, bigrams=bigrams) for _, p in passages]
        index = BM25Index.build(toks)
        saved = tkmod.DEFAULT_MODE, tkmod.DEFAULT_BIGRAMS
        tkmod.DEFAULT_MODE, tkmod.DEFAULT_BIGRAMS = mode, bigrams  # build_query tokenises with defaults
        try:
            res = evaluate(index, items, lambda q: build_query(q, vocabulary=index.vocab, **qkw).terms)
        finally:
            tkmod.DEFAULT_MODE, tkmod.DEFAULT_BIGRAMS = saved
        print(label[:44].ljust(44) + " | " + fmt(res, keys))
        return index

    for mode in ("precise", "jieba_search", "search"):
        for bigrams in (False, True):
            run(f"tok={mode} bigrams={'on' if bigrams else 'off'}", mode, bigrams)
    mode, bigrams = tkmod.DEFAULT_MODE, tkmod.DEFAULT_BIGRAMS
    print(f"\nexpansion variants (tok={mode}, bigrams={bigrams})")
    for label, kw in [
        ("no expansion", dict(use_glossary=False, use_cedict=False)),
        ("glossary only", dict(use_glossary=True, use_cedict=False)),
        ("CEDICT only", dict(use_glossary=False, use_cedict=True)),
        ("glossary + CEDICT", dict(use_glossary=True, use_cedict=True)),
        ("glossary + CEDICT, weights 1.0/0.7", dict(glossary_weight=1.0, cedict_weight=0.7)),
        ("glossary + CEDICT, weights 0.6/0.3", dict(glossary_weight=0.6, cedict_weight=0.3)),
    ]:
        run(label, mode, bigrams, **kw)
    # the vocabulary as a plain set: filter on, but no IDF information (no IDF parity)
    toks = [tkmod.tokenize(p) for _, p in passages]
    index = BM25Index.build(toks)
    plain = set(index.vocab)
    res = evaluate(index, items, lambda q: build_query(q, vocabulary=plain).terms)
    print("glossary + CEDICT, vocabulary as set (no IDF)".ljust(44) + " | " + fmt(res, keys))
    # without the vocabulary filter
    res = evaluate(index, items, lambda q: build_query(q).terms)
    print("glossary + CEDICT, no vocabulary filter".ljust(44) + " | " + fmt(res, keys))
    # knobs of crosslingual (module constants)
    for name, values in [
        ("EXPANSION_MODE", ["search"]),
        ("ZH_SIBLINGS", [True]),
        ("CEDICT_MAX_CANDIDATES", [2, 6]),
    ]:
        for v in values:
            old = getattr(xl, name)
            setattr(xl, name, v)
            try:
                res = evaluate(index, items, lambda q: build_query(q, vocabulary=index.vocab).terms)
            finally:
                setattr(xl, name, old)
            print(f"defaults but {name}={v!r}".ljust(44) + " | " + fmt(res, keys))

    if args.speed:
        zh = "".join(p for _, p in passages if tkmod.detect_lang(p) == "zh")
        big = zh * (5_000_000 // len(zh.encode("utf-8")) + 1)
        big = big.encode("utf-8")[:5_000_000].decode("utf-8", "ignore")
        tkmod.warmup()
        for m in ("search", "jieba_search", "precise"):
            t = time.perf_counter()
            n = len(tkmod.tokenize(big, mode=m))
            dt = time.perf_counter() - t
            print(f"tokenize mode={m}: 5.0 MB Chinese in {dt:.1f}s ({5.0 / dt:.2f} MB/s, {n} tokens)")


if __name__ == "__main__":
    main()
