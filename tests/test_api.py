"""The HTTP contract end to end: `safeguard serve` on 127.0.0.1, real Chroma, real files.

The served tests and the CLI round trip run twice: over embedded Chroma and over a `chroma run` server.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.conftest import LiveServer, StoreMode, run_cli, write_corpus

SEARCH_FIELDS = {"doc_id", "title", "partnership", "doc_type", "source", "url", "section", "page", "text", "score"}
CITATION_FIELDS = {"n", "doc_id", "title", "partnership", "source", "url", "section", "page", "text"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, store_mode: StoreMode):
    root = tmp_path_factory.mktemp(f"api-{store_mode.name}")
    corpus = write_corpus(root / "docs")
    env = store_mode.env(store_mode.fresh_url())
    ingest = run_cli("ingest", str(corpus), "--data-dir", str(root / "data"), env=env)
    assert ingest.returncode == 0, ingest.stderr
    live = LiveServer(root / "data", env)
    yield live
    live.stop()


def test_healthz_reports_index_and_embedder(server: LiveServer) -> None:
    body = httpx.get(server.url + "/healthz").json()
    assert body["status"] == "ok"
    assert body["documents"] == 3 and body["passages"] >= 3
    assert body["embedder"].startswith("hashing")
    assert set(body["partnerships"]) == {"Anyshire", "Brackenford"}


def test_search_contract_and_partnership_scope(server: LiveServer) -> None:
    r = httpx.post(server.url + "/api/search", json={"query": "LADO contact number", "partnership": "brackenford"})
    assert r.status_code == 200
    results = r.json()["results"]
    assert results and SEARCH_FIELDS <= set(results[0])
    assert {x["partnership"] for x in results} == {"Brackenford"}
    assert "960250" in " ".join(x["text"] for x in results)
    top = httpx.post(server.url + "/api/search", json={"query": "return home interview", "top_k": 1}).json()["results"]
    assert len(top) == 1 and "72 hours" in top[0]["text"]


def test_chat_answers_with_cited_local_fact(server: LiveServer) -> None:
    r = httpx.post(server.url + "/api/chat", json={"message": "What is the LADO phone number?", "partnership": "Brackenford"})
    body = r.json()
    assert r.status_code == 200 and body["status"] == "answered" and body["urgent"] is False
    assert "01632 960250" in body["answer"] and "960150" not in body["answer"]
    assert "[1]" in body["answer"]
    cite = body["citations"][0]
    assert CITATION_FIELDS <= set(cite)
    assert cite["partnership"] == "Brackenford" and "Contact details" in cite["section"]
    assert "960250" in cite["text"]
    assert len(body["answer"].split()) <= 150
    assert body["session_id"]
    # The session id comes back unchanged when the client sends it.
    again = httpx.post(server.url + "/api/chat", json={"message": "and out of hours?", "session_id": body["session_id"]})
    assert again.json()["session_id"] == body["session_id"]


def test_chat_says_not_found_instead_of_guessing(server: LiveServer) -> None:
    for question in ("What is the capital of France?", "What is the LADO number for Cornwall?"):
        body = httpx.post(server.url + "/api/chat", json={"message": question}).json()
        assert body["status"] == "not_found", question
        assert body["citations"] == []
        assert "01632" not in body["answer"]


def test_urgent_message_leads_with_999(server: LiveServer) -> None:
    message = "a boy in my class says his mum's boyfriend burned his arm and he won't go home tonight"
    body = httpx.post(server.url + "/api/chat", json={"message": message, "partnership": "Anyshire"}).json()
    assert body["urgent"] is True
    assert body["signposting"].startswith("If a child is in immediate danger, call 999")
    assert body["answer"].index("999") < 80


def test_document_endpoint_serves_only_catalogued_files(server: LiveServer) -> None:
    hit = httpx.post(server.url + "/api/search", json={"query": "LADO", "top_k": 1}).json()["results"][0]
    doc = httpx.get(server.url + f"/api/documents/{hit['doc_id']}")
    assert doc.status_code == 200 and "LADO" in doc.text
    assert hit["url"].endswith(f"/api/documents/{hit['doc_id']}")
    for bad in ("..%2F..%2Fetc%2Fpasswd", "0000000000000000", "%2Fetc%2Fpasswd"):
        assert httpx.get(server.url + f"/api/documents/{bad}").status_code == 404


def test_bad_requests_get_clear_4xx(server: LiveServer) -> None:
    assert httpx.post(server.url + "/api/chat", json={}).status_code == 422
    assert httpx.post(server.url + "/api/chat", json={"message": ""}).status_code == 422
    assert httpx.post(server.url + "/api/search", json={"query": "x", "top_k": 0}).status_code == 422
    for not_a_count in (True, "5", 2.5):  # the schema says integer: a boolean or a string is not quietly read as one
        assert httpx.post(server.url + "/api/search", json={"query": "x", "top_k": not_a_count}).status_code == 422
    assert httpx.post(server.url + "/api/search", json={"query": "lado", "top_k": 3}).status_code == 200


def test_chat_page_and_openapi(server: LiveServer) -> None:
    page = httpx.get(server.url + "/")
    assert page.status_code == 200 and "api/chat" in page.text and "Do not enter names" in page.text
    schema = httpx.get(server.url + "/openapi.json").json()
    assert {"/api/search", "/api/chat", "/healthz", "/api/documents/{doc_id}"} <= set(schema["paths"])
    assert httpx.get(server.url + "/docs").status_code == 200


def test_cli_ingest_search_ask(tmp_path: Path, store_mode: StoreMode) -> None:
    corpus = write_corpus(tmp_path / "docs")
    data = str(tmp_path / "data")
    env = store_mode.env(store_mode.fresh_url())
    first = run_cli("ingest", str(corpus), "--data-dir", data, env=env)
    assert first.returncode == 0 and "added 3" in first.stdout
    (corpus / "anyshire" / "bad.docx").write_bytes(b"PK\x03\x04 not a real docx")
    second = run_cli("ingest", str(corpus), "--data-dir", data, env=env)
    assert second.returncode == 1
    assert "unchanged 3, failed 1" in second.stdout and "bad.docx" in second.stderr
    found = run_cli("search", "return home interview", "--json", "--data-dir", data, env=env)
    assert found.returncode == 0 and '"results"' in found.stdout and "72 hours" in found.stdout
    asked = run_cli("ask", "lado email address in anyshire", "--data-dir", data, env=env)
    assert asked.returncode == 0 and "lado@anyshire.example.org" in asked.stdout and "[1]" in asked.stdout


def test_cli_reindex_publishes_and_reports(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "docs")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - folders: [{corpus / 'anyshire'}]\n  - folders: [{corpus / 'brackenford'}]\n")
    data = str(tmp_path / "data")
    first = run_cli("reindex", "--sources", str(sources), "--no-gate", "--json", "--data-dir", data)
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["added"]) == 3
    (corpus / "anyshire" / "missing.md").unlink()
    second = run_cli("reindex", "--sources", str(sources), "--no-gate", "--json", "--data-dir", data)
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert [Path(s).name for s in report["removed"]] == ["missing.md"]
    gone = run_cli("search", "return home interview", "--json", "--data-dir", data)
    assert "72 hours" not in gone.stdout


def _sse(text: str) -> list[tuple[str, object]]:
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_stream_sends_the_same_answer_as_chat(server: LiveServer) -> None:
    body = {"message": "How soon is a return home interview offered?", "partnership": "Anyshire"}
    plain = httpx.post(server.url + "/api/chat", json=body).json()
    r = httpx.post(server.url + "/api/chat/stream", json=body)
    assert r.headers["content-type"].startswith("text/event-stream")
    events = _sse(r.text)
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-2:] == ["citations", "done"]
    assert events[0][1]["status"] == plain["status"] == "answered" and events[0][1]["urgent"] is False
    sentences = " ".join(data["text"] for name, data in events if name == "sentence")
    assert sentences == plain["answer"] == events[-1][1]["answer"]
    assert [c["doc_id"] for c in events[-2][1]] == [c["doc_id"] for c in plain["citations"]]


def test_stream_puts_urgent_signposting_first(server: LiveServer) -> None:
    message = "a boy in my class says his mum's boyfriend burned his arm and he won't go home tonight"
    events = _sse(httpx.post(server.url + "/api/chat/stream", json={"message": message}).text)
    assert events[0][0] == "meta" and events[0][1]["urgent"] is True
    assert events[0][1]["signposting"].startswith("If a child is in immediate danger, call 999")
