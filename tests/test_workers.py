"""`safeguard serve --workers 2` over a Chroma server: both processes answer, both see a re-index.

Each keep-alive connection stays with the worker that accepted it, so a health check
and a question sent on one connection are answered by the same process: that is how
the test knows which worker gave which answer.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.conftest import LiveServer, StoreMode, run_cli, write_corpus

QUESTION = {"message": "What is the LADO phone number?", "partnership": "Anyshire"}


def ask_each_worker(url: str, want_workers: int = 2, within: float = 60.0) -> dict[int, dict]:
    """Open fresh connections until `want_workers` processes have answered; per worker pid: its replies.

    Bounded in time: the second worker may still be loading the index when the first answers.
    """
    seen: dict[int, dict] = {}
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        with httpx.Client(base_url=url, timeout=30, limits=httpx.Limits(max_connections=1)) as client:
            health = client.get("/healthz").json()
            if health["worker"] not in seen:
                search = client.post("/api/search", json={"query": "LADO phone number", "partnership": "Anyshire"})
                chat = client.post("/api/chat", json=QUESTION)
                again = client.get("/healthz").json()
                assert again["worker"] == health["worker"]  # the same connection stayed with one process
                seen[health["worker"]] = {"health": health, "search": search.json(), "chat": chat.json()}
        if len(seen) >= want_workers:
            return seen
        time.sleep(0.05)
    raise AssertionError(f"only {len(seen)} worker(s) answered within {within:.0f} s")


def found(reply: dict) -> str:
    return " ".join(r["text"] for r in reply["search"]["results"]) + " " + reply["chat"]["answer"]


def test_two_workers_answer_and_both_pick_up_a_reindex(tmp_path: Path, chroma_server_url: str) -> None:
    docs = write_corpus(tmp_path / "docs")
    data = str(tmp_path / "data")
    env = StoreMode("server", chroma_server_url).env(f"{chroma_server_url}/workers{time.monotonic_ns()}")
    assert run_cli("ingest", str(docs), "--data-dir", data, env=env).returncode == 0
    server = LiveServer(Path(data), env, args=("--workers", "2"))
    try:
        before = ask_each_worker(server.url)
        assert len(before) == 2 and server.proc.pid not in before
        for reply in before.values():
            assert reply["health"]["status"] == "ok" and reply["health"]["documents"] == 3
            assert reply["chat"]["status"] == "answered" and "01632 960150" in reply["chat"]["answer"]
            assert "960150" in found(reply)

        lado = docs / "anyshire" / "lado.md"
        lado.write_text(lado.read_text().replace("960150", "960151"))
        ingest = run_cli("ingest", str(docs), "--data-dir", data, env=env)
        assert ingest.returncode == 0 and "updated 1" in ingest.stdout

        after = ask_each_worker(server.url)
        assert set(after) == set(before)  # the same two processes, not restarted
        for reply in after.values():
            assert "01632 960151" in reply["chat"]["answer"]
            assert "960150" not in found(reply)  # the superseded number is gone from every worker
    finally:
        server.stop()


def test_several_workers_over_embedded_chroma_are_refused(tmp_path: Path) -> None:
    result = run_cli("serve", "--workers", "2", "--port", "1", "--data-dir", str(tmp_path / "data"),
                     env={"SAFEGUARD_CHROMA_URL": ""})
    assert result.returncode == 2
    assert "needs a Chroma server" in result.stderr and "SAFEGUARD_CHROMA_URL" in result.stderr
    assert not (tmp_path / "data").exists()  # refused before anything was opened
