"""Benchmarks: ingest throughput, query latency at 1k/10k/100k passages, serving memory.

    python -m eval.bench [--scales 1000,10000,100000] [--queries 100] [--out bench.json] [--budget 1500]

A script, not a test. Everything runs offline (hashing embedder). The corpus
is scaled synthetically: procedure-like documents built by recombining the
demo corpus's sentences, with invented area names, phone numbers and time
limits, indexed through the real ingest pipeline beside the demo corpus
(which stays in, so the demo questions keep their answers among distractors).

At each scale: `safeguard serve` is started on 127.0.0.1 in a child process and
queried over HTTP (p50/p95 for /api/search and /api/chat, resident memory from
/proc); the core is also timed in-process, beside the plain llama-index
baseline (SentenceSplitter 256 + BM25Retriever over the same texts) timed in
a fresh child process in the same run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eval.harness import CORPUS, REPO, load_questions
from eval.metrics import percentile

AREA_WORDS = ("North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Kings", "Queens")
AREA_STEMS = ("wold", "mere", "ford", "haven", "dale", "moor", "bridge", "field", "wick", "stow")
TOPICS = ("neglect", "missing children", "exploitation", "allegations against staff", "escalation",
          "early help", "domestic abuse", "bruising in babies", "online safety", "private fostering")
DEMO_AREAS = re.compile(r"\b(Anyshire|Brackenford|Eastmarsh)\b")
PHONE = re.compile(r"\b960\d{3}\b")
DURATION = re.compile(r"\b\d{1,3}(?= (?:hours|working days|days|weeks|minutes))")
PASSAGES_PER_DOC = 20


# -- machine and process facts ------------------------------------------------------------


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {"cpu": cpu, "nproc": os.cpu_count(), "mem_gb": round(int(mem) / 1024 / 1024, 1),
            "python": platform.python_version()}


def rss_mb(pid: int | str = "self") -> dict[str, float]:
    """Resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return {k: round(int(fields[k].split()[0]) / 1024, 1) for k in ("VmRSS", "VmHWM")}


def pct(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(ms, 50), 2), "p95_ms": round(percentile(ms, 95), 2), "n": len(ms)}


# -- synthetic corpus ---------------------------------------------------------------------


def demo_sentences() -> list[str]:
    """Sentences of the demo corpus, as the parsers read them."""
    from index.passages import split_sentences
    from ingest import discover, parse_file

    out: list[str] = []
    for path in discover([CORPUS]):
        for section in parse_file(path).sections:
            for block in section.blocks:
                out.extend(s for s in split_sentences(block) if 6 <= len(s.split()) <= 60)
    return out


def area_names(n: int) -> list[str]:
    return [f"{AREA_WORDS[i % 10]} {AREA_WORDS[(i // 10) % 10]}{AREA_STEMS[(i // 100) % 10]}".replace("  ", " ")
            for i in range(n)]


def _vary(sentence: str, area: str, rng: random.Random) -> str:
    sentence = DEMO_AREAS.sub(area, sentence)
    sentence = PHONE.sub(lambda _: f"960{rng.randint(0, 999):03d}", sentence)
    return DURATION.sub(lambda _: str(rng.choice((1, 2, 3, 5, 10, 24, 48, 72))), sentence)


def synthetic_doc(i: int, sentences: list[str], area: str, rng: random.Random) -> str:
    """One procedure-like Markdown document of about PASSAGES_PER_DOC sections of 100-200 words."""
    topic = TOPICS[i % len(TOPICS)]
    lines = [f"# {topic.capitalize()}: practice guidance {i}", "",
             f"{area} Safeguarding Children Partnership. Updated {rng.randint(1, 28)} March 2026.", ""]
    for s in range(PASSAGES_PER_DOC):
        lines += [f"## {topic.capitalize()} {s + 1}: {rng.choice(sentences).split()[0].lower()} and next steps", ""]
        words, body = 0, []
        target = rng.randint(100, 200)
        while words < target:
            sentence = _vary(rng.choice(sentences), area, rng)
            body.append(sentence)
            words += len(sentence.split())
        lines += [" ".join(body), ""]
    return "\n".join(lines)


def write_synthetic(folder: Path, start: int, stop: int, sentences: list[str]) -> None:
    """Documents start..stop-1 (deterministic), spread over 50 invented areas' folders."""
    areas = area_names(50)
    for i in range(start, stop):
        rng = random.Random(i)
        area = areas[i % len(areas)]
        path = folder / area.lower().replace(" ", "-") / f"guidance-{i:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(synthetic_doc(i, sentences, area, rng), encoding="utf-8")


# -- our system ---------------------------------------------------------------------------


def demo_pages() -> int:
    """Pages in the demo corpus: PDF pages, and one per non-PDF document."""
    from ingest import discover, parse_file

    total = 0
    for path in discover([CORPUS]):
        doc = parse_file(path)
        total += len({s.page for s in doc.sections}) if doc.format == "pdf" else 1
    return total


def ingest(index, paths: list[Path]) -> dict:
    start = time.perf_counter()
    before = index.store.count()
    report = index.ingest(paths)
    seconds = time.perf_counter() - start
    added = index.store.count() - before
    return {"seconds": round(seconds, 2), "passages_added": added, "passages_per_s": round(added / seconds, 1),
            "files": len(report.added) + len(report.updated), "failed": len(report.failed)}


def open_times(data_dir: Path) -> dict:
    """Seconds to open the index in a new process's shoes: with the saved keyword index, and rebuilding it."""
    from index import bm25
    from index.embedders import HashingEmbedder
    from index.indexer import Index

    out = {}
    for label, threshold in (("saved_bm25_s", bm25.CACHE_MIN_PASSAGES), ("rebuilt_bm25_s", 10**12)):
        bm25.CACHE_MIN_PASSAGES, saved = threshold, bm25.CACHE_MIN_PASSAGES
        try:
            start = time.perf_counter()
            Index(data_dir, HashingEmbedder(), chroma_url="")
            out[label] = round(time.perf_counter() - start, 2)
        finally:
            bm25.CACHE_MIN_PASSAGES = saved
    return out


def serve_and_measure(data_dir: Path, queries: list[tuple[str, str | None]]) -> dict:
    """`safeguard serve` in a child process: HTTP latency and the server's resident memory."""
    from tests.conftest import free_port

    port = free_port()
    env = {**os.environ, "SAFEGUARD_EMBED_MODEL": "hashing", "SAFEGUARD_OFFLINE": "true",
           "SAFEGUARD_RATE_LIMIT_PER_MINUTE": "0", "HF_HUB_OFFLINE": "1"}
    log = open(data_dir / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "safeguard.cli", "serve", "--port", str(port),
                             "--data-dir", str(data_dir)], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                if proc.poll() is not None or time.perf_counter() - start > 600:
                    raise RuntimeError(f"server did not start; see {data_dir / 'serve.log'}")
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            startup = time.perf_counter() - start
            for q, area in queries[:5]:  # warm up
                client.post("/api/chat", json={"message": q, "partnership": area})
            search_ms, chat_ms = [], []
            for q, area in queries:
                t = time.perf_counter()
                client.post("/api/search", json={"query": q, "partnership": area}).raise_for_status()
                search_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                client.post("/api/chat", json={"message": q, "partnership": area}).raise_for_status()
                chat_ms.append((time.perf_counter() - t) * 1000)
            passages = client.get("/healthz").json()["passages"]
        return {"startup_s": round(startup, 1), "passages": passages, "search": pct(search_ms), "chat": pct(chat_ms),
                "memory_mb": rss_mb(proc.pid)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def core_latency(data_dir: Path, queries: list[tuple[str, str | None]]) -> dict:
    """The core in this process (no HTTP), for a like-for-like ratio with the baseline."""
    from bot.assistant import Assistant
    from safeguard.settings import Settings

    assistant = Assistant(Settings(data_dir=data_dir, embed_model="hashing", offline=True))
    for q, area in queries[:5]:
        assistant.answer(q, area, channel="bench")
    search_ms, chat_ms = [], []
    for q, area in queries:
        t = time.perf_counter()
        assistant.search(q, 5, area)
        search_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        assistant.answer(q, area, channel="bench")
        chat_ms.append((time.perf_counter() - t) * 1000)
    return {"search": pct(search_ms), "chat": pct(chat_ms)}


# -- the baseline, in a fresh process ------------------------------------------------------


def _baseline_worker(paths: list[str], queries: list[tuple[str, str | None]], out: multiprocessing.Queue) -> None:
    from llama_index.core import Document as LIDocument
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.retrievers.bm25 import BM25Retriever

    from ingest import discover, parse_file

    start = time.perf_counter()
    docs = []
    for path in discover([Path(p) for p in paths]):
        doc = parse_file(path)
        text = "\n\n".join("\n".join(s.blocks) for s in doc.sections)
        docs.append(LIDocument(text=f"{doc.title}\n\n{text}", metadata={"source": doc.source}))
    nodes = SentenceSplitter(chunk_size=256, chunk_overlap=20).get_nodes_from_documents(docs)
    retriever = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=10)
    build = time.perf_counter() - start
    search_ms = []
    for q, _ in queries:  # the baseline has no partnership scope; chat = its top chunk, so the same cost
        t = time.perf_counter()
        retriever.retrieve(q)
        search_ms.append((time.perf_counter() - t) * 1000)
    out.put({"chunks": len(nodes), "build_s": round(build, 2), "chunks_per_s": round(len(nodes) / build, 1),
             "search": pct(search_ms), "memory_mb": rss_mb()})


def baseline(paths: list[Path], queries: list[tuple[str, str | None]], timeout: float) -> dict:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_baseline_worker, args=([str(p) for p in paths], queries, out))
    proc.start()
    try:
        return out.get(timeout=timeout)
    except Exception as exc:
        return {"error": f"baseline did not finish within {timeout:.0f} s ({type(exc).__name__})"}
    finally:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.terminate()


# -- the run -------------------------------------------------------------------------------


def run(scales: list[int], n_queries: int, budget: float, work: Path) -> dict:
    from index.embedders import HashingEmbedder
    from index.indexer import Index

    deadline = time.monotonic() + budget
    questions = [(q.question, q.partnership) for q in load_questions() if q.kind == "answerable"]
    queries = [questions[i % len(questions)] for i in range(n_queries)]
    data_dir, synth = work / "data", work / "synthetic"
    index = Index(data_dir, HashingEmbedder(), chroma_url="")  # embedded: the single-node figures

    demo = ingest(index, [CORPUS])
    pages = demo_pages()
    demo["pages"] = pages
    demo["pages_per_s"] = round(pages / demo["seconds"], 1)
    demo_base = baseline([CORPUS], queries[:1], timeout=300)
    result = {"machine": machine(), "queries": n_queries,
              "ingest_demo": {"ours": demo, "baseline": {"pages_per_s": round(pages / demo_base["build_s"], 1),
                                                          **demo_base}},
              "scales": {}}
    sentences = demo_sentences()
    docs_written = 0
    for scale in scales:
        if time.monotonic() > deadline:
            result["scales"][str(scale)] = {"skipped": "time budget spent"}
            continue
        need = max(0, -(-(scale - index.store.count()) // PASSAGES_PER_DOC))
        write_synthetic(synth, docs_written, docs_written + need, sentences)
        docs_written += need
        print(f"[bench] {scale}: indexing {need} synthetic documents ...", flush=True)
        built = ingest(index, [CORPUS, synth])
        print(f"[bench] {scale}: {index.store.count()} passages; serving ...", flush=True)
        row = {"passages": index.store.count(), "ingest": built, "open": open_times(data_dir),
               "serve": serve_and_measure(data_dir, queries),
               "core": core_latency(data_dir, queries),
               "baseline": baseline([CORPUS, synth], queries, timeout=max(60.0, deadline - time.monotonic()))}
        result["scales"][str(scale)] = row
        print(f"[bench] {scale}: {json.dumps(row)}", flush=True)
    return result


def table(result: dict) -> str:
    d = result["ingest_demo"]
    lines = [f"machine: {result['machine']}",
             (f"ingest demo corpus: ours {d['ours']['pages_per_s']} pages/s, {d['ours']['passages_per_s']} passages/s; "
              f"baseline {d['baseline'].get('pages_per_s')} pages/s, {d['baseline'].get('chunks_per_s')} chunks/s"),
             "",
             (f"{'passages':>9} {'ingest p/s':>10} {'start s':>7} {'open s':>11} | {'HTTP search p50/p95':>19} "
              f"{'HTTP chat p50/p95':>18} {'RSS MB':>7} | {'core search p95':>15} {'core chat p95':>13} | "
              f"{'baseline p95':>12} {'base RSS':>8} {'ratio':>6}")]
    for scale, row in result["scales"].items():
        if "skipped" in row:
            lines.append(f"{scale:>9} skipped: {row['skipped']}")
            continue
        s, c, b = row["serve"], row["core"], row["baseline"]
        ratio = f"{c['search']['p95_ms'] / b['search']['p95_ms']:.2f}x" if "search" in b else "-"
        lines.append(
            f"{row['passages']:>9} {row['ingest']['passages_per_s']:>10} {s['startup_s']:>7} "
            f"{row['open']['saved_bm25_s']:>5}/{row['open']['rebuilt_bm25_s']:>5} | "
            f"{s['search']['p50_ms']:>8.1f} / {s['search']['p95_ms']:>7.1f} {s['chat']['p50_ms']:>7.1f} / "
            f"{s['chat']['p95_ms']:>7.1f} {s['memory_mb']['VmHWM']:>7.0f} | {c['search']['p95_ms']:>15.1f} "
            f"{c['chat']['p95_ms']:>13.1f} | {b.get('search', {}).get('p95_ms', float('nan')):>12.1f} "
            f"{b.get('memory_mb', {}).get('VmHWM', float('nan')):>8.0f} {ratio:>6}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--budget", type=float, default=1800, help="seconds; later scales are skipped past it")
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument("--work", type=Path, default=None, help="keep the built indexes here")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    scales = [int(s) for s in args.scales.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        result = run(scales, args.queries, args.budget, args.work or Path(tmp))
    args.out.write_text(json.dumps(result, indent=2))
    print(table(result))
    print(f"\nwritten to {args.out}")


if __name__ == "__main__":
    main()
