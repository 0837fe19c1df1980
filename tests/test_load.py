"""A short, bounded load run against a real server over the demo corpus.

20 concurrent clients for 8 seconds mixing /api/search and /api/chat with the
questions in eval/questions.jsonl: every request must succeed (no 5xx, no
transport error) and the server must still be healthy afterwards. The full
form (50 clients, 60 s; 10,000 requests) is `python -m eval.load`, see RELIABILITY.md.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from eval.load import run_load
from tests.conftest import REPO, LiveServer, run_cli


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data = tmp_path_factory.mktemp("load") / "data"
    done = run_cli("ingest", str(REPO / "corpus"), "--data-dir", str(data))
    assert done.returncode == 0, done.stdout + done.stderr
    server = LiveServer(data, env={"SAFEGUARD_RATE_LIMIT_PER_MINUTE": "0"})  # load, not abuse
    yield server
    server.stop()


def test_twenty_clients_for_eight_seconds_get_no_errors(demo_server: LiveServer) -> None:
    report = asyncio.run(run_load(demo_server.url, clients=20, seconds=8, pid=demo_server.proc.pid))
    print("\nload:", report)
    assert report["errors"] == 0, report["error_kinds"]
    assert report["server_5xx"] == 0
    assert report["completed"] >= 40, report  # the server really served under load, not one request
    assert report["by_endpoint"]["search"]["requests"] and report["by_endpoint"]["chat"]["requests"]
    rss = report["server_rss_mb"]
    assert rss["before"] and rss["after"] < rss["before"] * 2, rss  # no runaway growth in a short run
    health = httpx.get(demo_server.url + "/healthz", timeout=5).json()
    assert health["status"] == "ok" and health["documents"] >= 30
