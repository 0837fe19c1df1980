"""A bounded load test: N concurrent clients for T seconds mixing /api/search and /api/chat.

Questions are the realistic ones in eval/questions.jsonl. Reports requests, errors, status codes,
p50/p95/p99 latency (overall and per endpoint) and the server's resident memory before, at peak and
after (from /proc/<pid>/status), so memory growth under sustained load is visible.

    # against a server it starts itself over an existing index (rate limiting off for the run):
    python -m eval.load --data-dir data/demo --clients 50 --seconds 60
    # against a running server (give its pid to see memory):
    python -m eval.load --url http://127.0.0.1:8000 --pid 12345 --clients 20 --seconds 10
    # a fixed number of requests, to check memory growth:
    python -m eval.load --data-dir data/demo --clients 50 --seconds 600 --max-requests 10000

Bounded by design: at most --clients connections, --seconds of wall time and --max-requests requests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = REPO / "eval" / "questions.jsonl"
MAX_CLIENTS = 500
# A client must drop an idle connection before the server does, or it may send a request on a
# connection the server is closing at that moment: the server resets it unanswered (a ReadError
# here). httpx's default (5 s) equals uvicorn's default keep-alive; `safeguard serve` keeps idle
# connections 75 s. 2 s stays under both. Measured: RELIABILITY.md, "the load ReadError".
KEEPALIVE_EXPIRY_SECONDS = 2.0


@dataclass
class Tally:
    """What the clients saw, shared between them (asyncio: one thread, no locks needed)."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {"search": [], "chat": []})
    statuses: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    requests: int = 0


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    """Questions with their partnership (None = any), as practitioners typed them."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"question": r["question"], "partnership": r.get("partnership")} for r in rows if r.get("question")]


def rss_kb(pid: int | None) -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) of a process, in kB; empty when unknown."""
    if not pid:
        return {}
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


async def _client(http: httpx.AsyncClient, questions: list[dict], tally: Tally, end: float, max_requests: int,
                  chat_share: float, rng: random.Random) -> None:
    while time.monotonic() < end and tally.requests < max_requests:
        tally.requests += 1
        q = rng.choice(questions)
        kind = "chat" if rng.random() < chat_share else "search"
        body = ({"message": q["question"], "partnership": q["partnership"]} if kind == "chat"
                else {"query": q["question"], "partnership": q["partnership"], "top_k": 5})
        start = time.perf_counter()
        try:
            response = await http.post(f"/api/{kind}", json=body)
        except httpx.HTTPError as exc:
            tally.errors.append(f"{kind}: {type(exc).__name__}")
            continue
        tally.latencies[kind].append(time.perf_counter() - start)
        key = str(response.status_code)
        tally.statuses[key] = tally.statuses.get(key, 0) + 1
        if response.status_code != 200:
            tally.errors.append(f"{kind}: HTTP {response.status_code}")


async def _sample_memory(pid: int | None, peak: dict[str, int], stop: asyncio.Event) -> None:
    while not stop.is_set():
        now = rss_kb(pid).get("VmRSS", 0)
        peak["VmRSS"] = max(peak.get("VmRSS", 0), now)
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.5)
        except TimeoutError:
            pass


async def run_load(url: str, clients: int = 20, seconds: float = 8.0, max_requests: int = 1_000_000,
                   chat_share: float = 0.5, pid: int | None = None, seed: int = 7) -> dict:
    """Drive the server at `url` and return the report (see module docstring)."""
    clients = max(1, min(clients, MAX_CLIENTS))
    questions = load_questions()
    rng = random.Random(seed)
    tally = Tally()
    before = rss_kb(pid)
    peak: dict[str, int] = {}
    stop = asyncio.Event()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients,
                          keepalive_expiry=KEEPALIVE_EXPIRY_SECONDS)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:
        sampler = asyncio.create_task(_sample_memory(pid, peak, stop))
        started = time.monotonic()
        end = started + seconds
        await asyncio.gather(*(_client(http, questions, tally, end, max_requests, chat_share,
                                       random.Random(rng.random())) for _ in range(clients)))
        elapsed = time.monotonic() - started
        stop.set()
        await sampler
    after = rss_kb(pid)
    every = tally.latencies["search"] + tally.latencies["chat"]
    return {
        "clients": clients, "seconds": round(elapsed, 2), "requests": tally.requests,
        "completed": len(every), "rps": round(len(every) / elapsed, 1) if elapsed else 0.0,
        "errors": len(tally.errors), "error_kinds": sorted(set(tally.errors))[:10], "statuses": tally.statuses,
        "server_5xx": sum(n for code, n in tally.statuses.items() if code.startswith("5")),
        "latency_ms": _latency(every),
        "by_endpoint": {k: {"requests": len(v), **_latency(v)} for k, v in tally.latencies.items()},
        "server_rss_mb": {"before": _mb(before.get("VmRSS")), "peak": _mb(peak.get("VmRSS")),
                          "after": _mb(after.get("VmRSS")), "high_water": _mb(after.get("VmHWM"))},
    }


def _latency(values: list[float]) -> dict[str, float]:
    return {f"p{q}": round(percentile(values, q) * 1000, 1) for q in (50, 95, 99)}


def _mb(kb: int | None) -> float | None:
    return round(kb / 1024, 1) if kb else None


# ---------------------------------------------------------------- command line


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`safeguard serve` on 127.0.0.1 with rate limiting off (the load is the point)."""
    port = _free_port()
    full_env = {**os.environ, "SAFEGUARD_RATE_LIMIT_PER_MINUTE": "0", **(env or {})}
    proc = subprocess.Popen([sys.executable, "-m", "safeguard.cli", "serve", "--host", "127.0.0.1", "--port",
                             str(port), "--data-dir", str(data_dir)], cwd=REPO, env=full_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited during start-up")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError("server did not start within 90 s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="a running server")
    where.add_argument("--data-dir", type=Path, help="start `safeguard serve` over this index")
    parser.add_argument("--pid", type=int, help="the running server's pid, to report its memory")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    parser.add_argument("--chat-share", type=float, default=0.5, help="fraction of requests to /api/chat")
    args = parser.parse_args(argv)
    proc = None
    url, pid = args.url, args.pid
    if args.data_dir:
        proc, url = start_server(args.data_dir)
        pid = proc.pid
    try:
        report = asyncio.run(run_load(url, args.clients, args.seconds, args.max_requests, args.chat_share, pid))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=15)
    print(json.dumps(report, indent=2))
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
