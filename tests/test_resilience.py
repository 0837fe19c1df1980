"""Urgent signposting never depends on the index: empty, failing or unopenable."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.assistant import Assistant
from safeguard.settings import Settings
from tests.conftest import REPO, free_port

URGENT = "a boy in my class says his mum's boyfriend burned his arm and he won't go home tonight"
ANYSHIRE_FRONT_DOOR = "01632 960100"  # corpus/partnerships.yaml


def _settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, embed_model="hashing", offline=True, rate_limit_per_minute=0)


def _break(data_dir: Path) -> None:
    """An index folder whose catalogue is not a database (a bad copy, a disk fault)."""
    data_dir.mkdir(parents=True)
    (data_dir / "catalog.sqlite").write_bytes(b"this is not a database" * 100)


def test_urgent_with_an_empty_index_still_leads_with_999(tmp_path: Path) -> None:
    reply = Assistant(_settings(tmp_path / "empty")).answer(URGENT, "Anyshire")
    assert reply.answer.urgent
    assert reply.answer.text.startswith("This sounds urgent. If a child is in immediate danger, call 999")
    assert ANYSHIRE_FRONT_DOOR in reply.answer.signposting


def test_urgent_when_search_fails_mid_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    core = Assistant(_settings(tmp_path / "data"))

    def broken(*args, **kwargs):
        raise OSError("chroma went away")

    monkeypatch.setattr(core.index.retriever, "search", broken)
    reply = core.answer(URGENT, "Anyshire")
    assert reply.answer.urgent and ANYSHIRE_FRONT_DOOR in reply.answer.text


def test_unopenable_index_starts_degraded_and_still_signposts(tmp_path: Path) -> None:
    data = tmp_path / "broken"
    _break(data)
    core = Assistant(_settings(data))
    assert core.health()["status"] == "degraded"
    urgent = core.answer(URGENT, "Anyshire").answer
    assert urgent.urgent and ANYSHIRE_FRONT_DOOR in urgent.text
    routine = core.answer("What is the LADO phone number?", "Anyshire").answer
    assert routine.status == "not_found" and "unavailable" in routine.text and "999" in routine.text


def test_broken_index_served_over_http(tmp_path: Path) -> None:
    """`safeguard serve` on a broken index: health says 503, urgent chat still answers with 999."""
    data = tmp_path / "broken"
    _break(data)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "safeguard.cli", "serve", "--port", str(port), "--data-dir", str(data)],
        cwd=REPO, env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        health = None
        while time.monotonic() < deadline and health is None:
            try:
                health = httpx.get(url + "/healthz", timeout=2)
            except httpx.HTTPError:
                time.sleep(0.2)
        assert health is not None and health.status_code == 503 and health.json()["status"] == "degraded"
        chat = httpx.post(url + "/api/chat", json={"message": URGENT, "partnership": "Anyshire"}).json()
        assert chat["urgent"] and chat["answer"].index("999") < 80 and ANYSHIRE_FRONT_DOOR in chat["answer"]
        assert httpx.post(url + "/api/search", json={"query": "LADO"}).status_code == 503
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_chroma_server_going_away(tmp_path: Path) -> None:
    """Server mode: answers go on while Chroma is down; ingest says so clearly; the next run completes."""
    from tests.conftest import chroma_server, run_cli, write_corpus

    docs = write_corpus(tmp_path / "docs")
    port = free_port()
    env = {"SAFEGUARD_CHROMA_URL": f"http://127.0.0.1:{port}"}
    data = str(tmp_path / "data")
    with chroma_server(tmp_path / "server", port) as url:
        assert run_cli("ingest", str(docs), "--data-dir", data, env=env).returncode == 0
        core = Assistant(_settings(Path(data)).model_copy(update={"chroma_url": url}))

    # Chroma is gone: the loaded version keeps answering, urgent signposting included.
    assert any("960250" in p.text for p in core.search("LADO phone number", 3, "Brackenford"))
    assert ANYSHIRE_FRONT_DOOR in core.answer(URGENT, "Anyshire").answer.text

    lado = docs / "anyshire" / "lado.md"
    lado.write_text(lado.read_text().replace("960150", "960151"))
    down = run_cli("ingest", str(docs), "--data-dir", data, env=env)
    assert down.returncode == 2 and "cannot write the index" in down.stderr and "Traceback" not in down.stderr

    with chroma_server(tmp_path / "server", port):
        again = run_cli("ingest", str(docs), "--data-dir", data, env=env)
        assert again.returncode == 0 and "updated 1" in again.stdout
        found = run_cli("search", "LADO 960151", "--json", "--data-dir", data, env=env).stdout
        assert "960151" in found and "960150" not in found
